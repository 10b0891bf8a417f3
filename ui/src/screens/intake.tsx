// One patient's intake: the sections as tabs, autosave with an honest indicator, the live safety
// checklist beside the fields, and the summary board.
import type { MutableRef } from "preact/hooks";
import { useContext, useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { AppError } from "../bindings/AppError";
import type { Item } from "../bindings/Item";
import type { Message } from "../bindings/Message";
import type { PatientRecord } from "../bindings/PatientRecord";
import type { Report } from "../bindings/Report";
import type { Section } from "../bindings/Section";
import type { SectionId } from "../bindings/SectionId";
import { CATALOG } from "../bindings/catalog";
import { SECTION_ID } from "../bindings/codes";
import { ChecklistItem, FormCtx, StateChip } from "../components/fields";
import { Bi, Text } from "../components/text";
import { localizer } from "../i18n";
import { checklist, noteActivity, patientSave } from "../ipc";
import { Debouncer, fieldIdCandidates, gridStatus, SaveTracker, type SaveState, type TabId, TABS, tabOfField, todayIso } from "../logic";
import { LocaleContext } from "../state";
import { AllergiesSection, ConsentSection, HistorySection, ImagingSection, MedicationsSection, ProfileSection, ScreeningSection, TreatmentSection } from "./sections";

const TAB_LABEL: Record<TabId, string> = {
  profile: "section-profile",
  history: "section-history",
  medications: "section-medications",
  allergies: "section-allergies",
  screening: "section-screening",
  treatment: "section-treatment",
  consent: "section-consent",
  summary: "ui-tab-summary",
};

const AUTOSAVE_MS = 1500;

function sectionOf(r: PatientRecord, id: SectionId): Section<unknown> {
  switch (id) {
    case "conditions":
      return r.history.conditions;
    case "surgeries":
      return r.history.surgeries;
    case "family-history":
      return r.history.familyHistory;
    case "medications":
      return r.medications;
    case "allergies":
      return r.allergies;
    case "screening":
      return r.screening;
    case "imaging":
      return r.imaging;
    case "processing-sites":
      return r.plannedTreatment.processingSites;
    case "explanation-items":
      return r.explanation.items;
    case "patient-questions":
      return r.explanation.questions;
  }
}

/** The list section a tab is summarised by in the navigation. */
const TAB_SECTION: Partial<Record<TabId, SectionId>> = {
  history: "conditions",
  medications: "medications",
  allergies: "allergies",
  screening: "screening",
  consent: "explanation-items",
};

export interface IntakeHandle {
  /** Saves anything unsaved; resolves once the store has it (or the save was refused). */
  flush: () => Promise<boolean>;
}

function SaveIndicator({ state }: { state: SaveState }) {
  let body;
  switch (state.kind) {
    case "new":
      body = <Text id="ui-save-new" />;
      break;
    case "dirty":
      body = <Text id="ui-save-dirty" />;
      break;
    case "saving":
      body = (
        <>
          <span class="spinner" aria-hidden="true" />
          <Text id="ui-save-saving" />
        </>
      );
      break;
    case "saved":
      body = state.at ? <Text id="ui-save-saved" args={{ time: state.at }} /> : <Text id="ui-save-up-to-date" />;
      break;
    case "rejected":
      body = <Text id="ui-save-rejected" args={{ count: state.count }} />;
      break;
    case "failed":
      body = <Text id="ui-save-failed" />;
      break;
  }
  return (
    <span class={`save-state save-${state.kind}`} role="status" aria-live="polite" data-testid="save-state" data-state={state.kind}>
      {body}
    </span>
  );
}

function SummaryBoard({ record, report, windowDays }: { record: PatientRecord; report: Report | null; windowDays: number }) {
  const today = todayIso();
  const results = record.screening.kind === "entries" ? record.screening.entries : [];
  const answered = SECTION_ID.filter((s) => sectionOf(record, s.value).kind !== "not-asked").length;
  const order = ["stop", "missing", "attention", "note"];
  const items = [...(report?.items ?? [])].sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity));
  const counts = { stop: report?.stopCount ?? 0, missing: report?.missingCount ?? 0, attention: report?.attentionCount ?? 0, note: report?.noteCount ?? 0 };
  return (
    <div class="summary" data-testid="summary-board">
      <section class="card">
        <h3>
          <Bi id="ui-summary-completion" />
        </h3>
        <p class="hint">
          <Text id="ui-summary-sections-done" args={{ done: answered, total: SECTION_ID.length }} />
        </p>
        <div class="meter" aria-hidden="true">
          <span style={{ width: `${(answered / SECTION_ID.length) * 100}%` }} />
        </div>
        <ul class="completion-grid">
          {SECTION_ID.map((s) => {
            const sec = sectionOf(record, s.value);
            return (
              <li key={s.value} data-section={s.value} data-state={sec.kind}>
                <Bi id={s.id} />
                <StateChip kind={sec.kind} count={sec.kind === "entries" ? sec.entries.length : 0} />
              </li>
            );
          })}
        </ul>
      </section>
      <section class="card">
        <h3>
          <Bi id="ui-summary-screening" />
        </h3>
        <ul class="test-grid" data-testid="screening-grid">
          {CATALOG.filter((c) => c.group !== "cbc" || c.id === "cbc").map((c) => {
            const st = gridStatus(results, c.id, record.plannedTreatment.plannedDate, windowDays, today);
            return (
              <li key={c.id} class={`test-cell grid-${st}`} data-test={c.id} data-status={st}>
                <span class="test-name">
                  <Bi id={c.messageId} />
                </span>
                <span class="test-loinc">LOINC {c.loinc}</span>
                <span class="test-status">
                  {st === "done" ? <Text id="ui-grid-done" /> : st === "abnormal" ? <Text id="ui-grid-abnormal" /> : st === "stale" ? <Text id="ui-grid-stale" /> : <Text id="ui-grid-missing" />}
                </span>
              </li>
            );
          })}
        </ul>
      </section>
      <section class="card">
        <h3>
          <Bi id="ui-summary-checklist" />
        </h3>
        <p class="counts">
          <span class="count sev-stop">
            <Text id="ui-severity-stop" /> {counts.stop}
          </span>
          <span class="count sev-missing">
            <Text id="ui-severity-missing" /> {counts.missing}
          </span>
          <span class="count sev-attention">
            <Text id="ui-severity-attention" /> {counts.attention}
          </span>
          <span class="count sev-note">
            <Text id="ui-severity-note" /> {counts.note}
          </span>
        </p>
        {items.length === 0 ? (
          <p class="hint">
            <Text id="ui-summary-checklist-empty" />
          </p>
        ) : (
          <ul class="check-list" data-testid="checklist">
            {items.map((it: Item, i) => (
              <ChecklistItem key={`${it.ruleId}-${i}`} item={it} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

export function IntakeScreen(props: {
  initial: PatientRecord;
  saved: boolean;
  staff: string;
  handle: MutableRef<IntakeHandle | null>;
  onBack: () => void;
  onPreferredLanguage: (tag: string) => void;
  /** From Settings: how many days before the planned treatment a screening result stays current. */
  staleWindowDays: number;
}) {
  const { staff: staffLocale, patient } = useContext(LocaleContext);
  // Read by `save`, whose first copy lives on in the autosave timer and the shortcut listener.
  const staffLocaleNow = useRef(staffLocale);
  staffLocaleNow.current = staffLocale;
  const l10n = localizer();
  const [record, setRecord] = useState(props.initial);
  const recordRef = useRef(record);
  const tracker = useRef(new SaveTracker(props.saved));
  const [saveState, setSaveState] = useState<SaveState>(tracker.current.state);
  const [errors, setErrors] = useState<Map<string, Message>>(new Map());
  const [report, setReport] = useState<Report | null>(null);
  const [tab, setTab] = useState<TabId>("profile");
  // The section shown, as of the last key: Alt+→ pressed twice quickly must move two sections,
  // even before the screen has caught up with the first.
  const tabNow = useRef<TabId>("profile");
  const [pendingJump, setPendingJump] = useState<string | null>(null);
  const windowDays = props.staleWindowDays;
  const inflight = useRef<Promise<boolean> | null>(null);

  const sync = () => setSaveState({ ...tracker.current.state });

  const save = (): Promise<boolean> => {
    if (inflight.current) return inflight.current.then(() => (tracker.current.dirty ? save() : true));
    const version = tracker.current.begin();
    if (version === null) return Promise.resolve(!tracker.current.dirty);
    sync();
    const p = patientSave(recordRef.current)
      .then(() => {
        tracker.current.succeeded(version, new Date().toLocaleTimeString(staffLocaleNow.current, { hour: "2-digit", minute: "2-digit", second: "2-digit" }));
        setErrors(new Map());
        return true;
      })
      .catch((e: AppError) => {
        if (e.kind === "invalid-input") {
          setErrors(new Map(e.fields.map((f) => [f.field, f.message])));
          tracker.current.rejected(e.fields.length);
        } else {
          tracker.current.failed();
        }
        return false;
      })
      .finally(() => {
        inflight.current = null;
        sync();
        // Typing during the save: that newer version is saved next.
        if (tracker.current.dirty && tracker.current.state.kind === "dirty") autosave.current.poke();
      });
    inflight.current = p;
    return p;
  };

  // Created once: `save` only reads refs and stable setters, so the first render's copy stays valid
  // (as do the shortcuts, registered once below).
  const autosave = useRef<Debouncer>(null as unknown as Debouncer);
  if (autosave.current === null) autosave.current = new Debouncer(() => void save(), AUTOSAVE_MS);

  props.handle.current = {
    flush: () => {
      autosave.current.cancel();
      return save();
    },
  };

  useEffect(() => () => autosave.current.cancel(), []);

  const edit = (change: (r: PatientRecord) => void) => {
    const next = structuredClone(recordRef.current);
    change(next);
    recordRef.current = next;
    setRecord(next);
    tracker.current.edit();
    sync();
    autosave.current.poke();
    noteActivity();
  };

  // The checklist follows the record as it stands on screen, saved or not.
  useEffect(() => {
    const t = setTimeout(() => {
      checklist(record)
        .then(setReport)
        .catch(() => undefined);
    }, 300);
    return () => clearTimeout(t);
  }, [record]);

  const go = (next: TabId) => {
    autosave.current.flush();
    tabNow.current = next;
    setTab(next);
  };

  const jump = (path: string) => {
    go(tabOfField(path));
    setPendingJump(path);
  };

  useEffect(() => {
    if (!pendingJump) return;
    for (const id of [...fieldIdCandidates(pendingJump), "tab-panel"]) {
      const el = document.getElementById(id);
      if (el) {
        el.scrollIntoView({ block: "center" });
        const focusable = el.matches("input,select,textarea,button,[tabindex]") ? el : el.querySelector<HTMLElement>("input,select,textarea,button");
        (focusable ?? el).focus();
        el.classList.add("jumped");
        setTimeout(() => el.classList.remove("jumped"), 1500);
        break;
      }
    }
    setPendingJump(null);
  }, [pendingJump, tab]);

  // Keyboard first: Ctrl+S save, Alt+N add a row, Alt+→/← next/previous section.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "s") {
        e.preventDefault();
        autosave.current.cancel();
        void save();
      } else if (e.altKey && (e.key.toLowerCase() === "n" || e.code === "KeyN")) {
        e.preventDefault();
        // The list being worked in gets the row; elsewhere, the section's first list.
        const here = document.activeElement instanceof HTMLElement ? document.activeElement.closest(".list-section") : null;
        (here?.querySelector<HTMLButtonElement>("[data-add-row]") ?? document.querySelector<HTMLButtonElement>(".tab-panel [data-add-row]"))?.click();
      } else if (e.altKey && (e.key === "ArrowRight" || e.key === "ArrowLeft")) {
        e.preventDefault();
        const i = TABS.indexOf(tabNow.current) + (e.key === "ArrowRight" ? 1 : -1);
        const next = TABS[(i + TABS.length) % TABS.length];
        if (next) go(next);
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  const items = report?.items ?? [];
  const form = useMemo(() => ({ errors, items, staff: props.staff, jump }), [errors, items, props.staff]);
  const patientLang = record.profile.preferredLanguage || patient;
  const n = record.profile.names;
  const title = [n.native, [n.latinFamily, n.latinGiven].filter(Boolean).join(" "), n.katakana].filter((s) => s.trim() !== "").join(" / ");
  const tabItems = (t: TabId) => items.filter((it) => it.fields.some((f) => tabOfField(f) === t));
  const sectionProps = { record, edit, patientLang };

  return (
    <FormCtx.Provider value={form}>
      <div class="intake" data-testid="intake-screen" data-record={record.id}>
        <div class="intake-head">
          <button type="button" class="quiet" data-testid="back-to-list" onClick={props.onBack}>
            ← <Text id="ui-back-to-list" />
          </button>
          <h2 class="patient-name" data-testid="patient-name">
            {title || l10n.format(staffLocale, "ui-patients-unnamed")}
            {record.sample && (
              <span class="sample-badge">
                <Text id="ui-sample-badge" />
              </span>
            )}
          </h2>
          <SaveIndicator state={saveState} />
          <button
            type="button"
            class="quiet"
            data-testid="open-glossary"
            onClick={() => window.dispatchEvent(new CustomEvent("kakehashi:glossary", { detail: {} }))}
          >
            <Text id="ui-glossary-open" />
          </button>
          <button
            type="button"
            class="quiet"
            data-testid="open-handoff"
            onClick={() => {
              // The sheet is drawn from the stored record: save what is on screen first.
              autosave.current.cancel();
              void save().then((ok) => {
                if (ok) {
                  window.dispatchEvent(
                    new CustomEvent("kakehashi:handoff", { detail: { recordId: record.id, patientLocale: patientLang } }),
                  );
                }
              });
            }}
          >
            <Text id="ui-handoff-open" />
          </button>
          <button
            type="button"
            class="primary"
            data-testid="save"
            onClick={() => {
              autosave.current.cancel();
              void save();
            }}
          >
            <Text id="ui-save" />
          </button>
        </div>
        <div class="intake-body">
          <nav class="tabs" aria-label={l10n.format(staffLocale, "ui-intake-sections")}>
            <ol role="tablist" aria-orientation="vertical">
              {TABS.map((t) => {
                const sid = TAB_SECTION[t];
                const sec = sid ? sectionOf(record, sid) : null;
                const mine = tabItems(t);
                const worst = ["stop", "missing", "attention", "note"].find((s) => mine.some((it) => it.severity === s));
                return (
                  <li key={t}>
                    <button
                      type="button"
                      role="tab"
                      id={`tab-${t}`}
                      data-testid={`tab-${t}`}
                      aria-selected={tab === t}
                      aria-controls="tab-panel"
                      class={tab === t ? "tab active" : "tab"}
                      onClick={() => go(t)}
                    >
                      <Bi id={TAB_LABEL[t]} />
                      <span class="tab-meta">
                        {sec && <StateChip compact kind={sec.kind} count={sec.kind === "entries" ? sec.entries.length : 0} />}
                        {t !== "summary" && mine.length > 0 && worst && <span class={`badge sev-${worst}`}>{mine.length}</span>}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ol>
            <p class="shortcuts">
              <Text id="ui-shortcuts" />
            </p>
          </nav>
          <div class="tab-panel" id="tab-panel" tabIndex={-1} role="tabpanel" aria-labelledby={`tab-${tab}`} data-testid={`panel-${tab}`}>
            <h2 class="panel-title">
              <Bi id={TAB_LABEL[tab]} />
            </h2>
            {tab === "profile" && <ProfileSection {...sectionProps} onPreferredLanguage={props.onPreferredLanguage} />}
            {tab === "history" && <HistorySection {...sectionProps} />}
            {tab === "medications" && <MedicationsSection {...sectionProps} />}
            {tab === "allergies" && <AllergiesSection {...sectionProps} />}
            {tab === "screening" && (
              <>
                <ScreeningSection {...sectionProps} windowDays={windowDays} />
                <ImagingSection {...sectionProps} />
              </>
            )}
            {tab === "treatment" && <TreatmentSection {...sectionProps} />}
            {tab === "consent" && <ConsentSection {...sectionProps} />}
            {tab === "summary" && <SummaryBoard record={record} report={report} windowDays={windowDays} />}
            {tab !== "summary" && (
              <div class="panel-foot">
                <button type="button" data-testid="next-section" onClick={() => go(TABS[TABS.indexOf(tab) + 1] ?? "summary")}>
                  <Text id="ui-next-section" /> →
                </button>
              </div>
            )}
          </div>
        </div>
      </div>
    </FormCtx.Provider>
  );
}
