// The physician handoff preview: the printed pages as they will print, the checklist items that
// block printing (each needs an explicit, audited override), then save or open the PDF.
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import type { AppError } from "../bindings/AppError";
import type { HandoffPreview } from "../bindings/HandoffPreview";
import type { HandoffRequest } from "../bindings/HandoffRequest";
import type { Item } from "../bindings/Item";
import { localizer } from "../i18n";
import { handoffOpen, handoffPreview, handoffSave } from "./ipc";
import { blockingItems, nextZoom, svgDataUrl, unresolved } from "./logic";
import "./handoff.css";

interface Props {
  recordId: string;
  staffLocale: string;
  /** The patient's language, shown beside the staff text. */
  patientLocale: string;
  /** The language printed beside the Japanese on the sheet; `null` (default): the record's own. */
  sheetLocale?: string | null;
  onClose: () => void;
}

type Busy = "none" | "preview" | "save" | "open";

export function HandoffPanel({ recordId, staffLocale, patientLocale, sheetLocale = null, onClose }: Props) {
  const l10n = localizer();
  const t = (id: string, args?: Record<string, string | number>) => l10n.format(staffLocale, id, args);
  const [recipient, setRecipient] = useState("");
  const [clinic, setClinic] = useState("");
  const [interpreter, setInterpreter] = useState("");
  const [overrides, setOverrides] = useState<ReadonlySet<string>>(new Set());
  const [preview, setPreview] = useState<HandoffPreview | null>(null);
  const [page, setPage] = useState(0);
  const [zoom, setZoom] = useState(100);
  const [busy, setBusy] = useState<Busy>("none");
  const [error, setError] = useState<AppError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const generation = useRef(0);
  const heading = useRef<HTMLHeadingElement>(null);

  const request = (): HandoffRequest => ({
    id: recordId,
    patientLocale: sheetLocale,
    recipient: recipient.trim(),
    clinic: clinic.trim(),
    interpreter: interpreter.trim(),
    overrides: [...overrides],
  });

  const refresh = () => {
    const mine = ++generation.current;
    setBusy("preview");
    handoffPreview(request())
      .then((p) => {
        if (mine !== generation.current) return;
        setPreview(p);
        setPage((n) => Math.min(n, Math.max(0, p.pages.length - 1)));
        setError(null);
      })
      .catch((e: AppError) => mine === generation.current && setError(e))
      .finally(() => mine === generation.current && setBusy("none"));
  };

  // Focus moves in the commit that shows the panel: the screen under it turns inert in that same
  // commit, and a key pressed in between must not land on nothing.
  useLayoutEffect(() => heading.current?.focus(), []);

  useEffect(() => {
    refresh();
  }, [recordId, sheetLocale]);

  // The names are printed on the sheet: redraw shortly after staff stop typing, so the preview
  // never shows a different sheet from the one that will be saved.
  const typed = useRef(false);
  useEffect(() => {
    if (!typed.current) {
      typed.current = true;
      return;
    }
    const timer = setTimeout(refresh, 400);
    return () => clearTimeout(timer);
  }, [recipient, clinic, interpreter]);

  const pages = preview?.pages ?? [];
  const current = pages[page];
  const items: Item[] = preview ? blockingItems(preview.report.items, preview.blocking) : [];
  const remaining = preview ? unresolved(preview.blocking, overrides) : [];
  const missingRecipient = recipient.trim() === "";
  const canPrint = preview !== null && remaining.length === 0 && !missingRecipient && busy !== "save" && busy !== "open";

  const toggle = (id: string, on: boolean) => {
    const next = new Set(overrides);
    if (on) next.add(id);
    else next.delete(id);
    setOverrides(next);
  };

  const act = (kind: "save" | "open") => {
    setBusy(kind);
    setError(null);
    setDone(null);
    const req = request();
    const run = kind === "save" ? handoffSave(req) : handoffOpen(req);
    run
      .then((path) => setDone(path === null ? null : path))
      .catch((e: AppError) => setError(e))
      .finally(() => setBusy("none"));
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const typing = e.target instanceof HTMLInputElement && e.target.type !== "checkbox";
    if (e.key === "Escape") {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    } else if (e.key === "PageDown" && !typing) {
      e.preventDefault();
      setPage((n) => Math.min(Math.max(0, pages.length - 1), n + 1));
    } else if (e.key === "PageUp" && !typing) {
      e.preventDefault();
      setPage((n) => Math.max(0, n - 1));
    }
  };


  return (
    <div class="handoff-overlay" role="dialog" aria-modal="true" aria-labelledby="handoff-title" data-testid="handoff-panel" onKeyDown={onKeyDown} lang={staffLocale}>
      <header class="handoff-head">
        <h2 id="handoff-title" tabIndex={-1} ref={heading}>
          {t("panels-handoff-title")}
        </h2>
        <button type="button" onClick={onClose} data-testid="handoff-close">
          {t("panels-close")}
        </button>
      </header>
      <div class="handoff-body">
        <aside class="handoff-side">
          <fieldset class="handoff-people">
            <legend>{t("panels-handoff-people")}</legend>
            <label>
              <span>
                {t("panels-handoff-recipient")} <span class="handoff-required">({t("panels-required")})</span>
              </span>
              <input
                data-testid="handoff-recipient"
                value={recipient}
                required
                aria-invalid={missingRecipient}
                onInput={(e) => setRecipient((e.target as HTMLInputElement).value)}
              />
            </label>
            <label>
              {t("panels-handoff-clinic")}
              <input data-testid="handoff-clinic" value={clinic} onInput={(e) => setClinic((e.target as HTMLInputElement).value)} />
            </label>
            <label>
              {t("panels-handoff-interpreter")}
              <input data-testid="handoff-interpreter" value={interpreter} onInput={(e) => setInterpreter((e.target as HTMLInputElement).value)} />
            </label>
          </fieldset>

          <section class="handoff-blocking" aria-labelledby="handoff-blocking-title" data-testid="handoff-blocking">
            <h3 id="handoff-blocking-title">{t("panels-handoff-blocking-title", { count: items.length })}</h3>
            {preview && items.length === 0 && <p data-testid="handoff-no-blocking">{t("panels-handoff-no-blocking")}</p>}
            <ul>
              {items.map((item) => (
                <BlockingItem
                  key={item.ruleId}
                  item={item}
                  staff={staffLocale}
                  patient={patientLocale}
                  checked={overrides.has(item.ruleId)}
                  onChange={(on) => toggle(item.ruleId, on)}
                />
              ))}
            </ul>
          </section>

          <div class="handoff-actions">
            <button type="button" class="handoff-primary" data-testid="handoff-save" disabled={!canPrint} aria-describedby="handoff-why" onClick={() => act("save")}>
              {t("panels-handoff-save")}
            </button>
            <button type="button" data-testid="handoff-open" disabled={!canPrint} aria-describedby="handoff-why" onClick={() => act("open")}>
              {t("panels-handoff-open")}
            </button>
            <p id="handoff-why" class="handoff-why" data-testid="handoff-why">
              {missingRecipient
                ? t("panels-handoff-need-recipient")
                : remaining.length > 0
                  ? t("panels-handoff-need-overrides", { count: remaining.length })
                  : ""}
            </p>
          </div>

          <div role="status" aria-live="polite" class="handoff-status" data-testid="handoff-status">
            {busy === "preview" && (
              <span class="handoff-progress" data-testid="handoff-progress">
                <span class="handoff-spinner" aria-hidden="true" /> {t("panels-handoff-rendering")}
              </span>
            )}
            {busy === "save" && t("panels-handoff-saving")}
            {busy === "open" && t("panels-handoff-opening")}
            {done && <span data-testid="handoff-done">{t("panels-handoff-saved", { path: done })}</span>}
          </div>
          {error && (
            <p role="alert" class="handoff-error" data-testid="handoff-error" data-kind={error.kind} data-id={error.message.id}>
              {l10n.formatMessage(staffLocale, error.message)}
            </p>
          )}
        </aside>

        <section class="handoff-pages" aria-label={t("panels-handoff-pages")}>
          <div class="handoff-toolbar">
            <button type="button" disabled={page <= 0} onClick={() => setPage(page - 1)} aria-keyshortcuts="PageUp" aria-label={t("panels-handoff-prev")}>
              ‹
            </button>
            <span data-testid="handoff-page-count">{t("panels-handoff-page", { n: pages.length === 0 ? 0 : page + 1, total: pages.length })}</span>
            <button type="button" disabled={page >= pages.length - 1} onClick={() => setPage(page + 1)} aria-keyshortcuts="PageDown" aria-label={t("panels-handoff-next")}>
              ›
            </button>
            <span class="handoff-gap" />
            <button type="button" data-testid="handoff-zoom-out" onClick={() => setZoom(nextZoom(zoom, -1))} aria-label={t("panels-handoff-zoom-out")}>
              −
            </button>
            <span data-testid="handoff-zoom">{zoom}%</span>
            <button type="button" data-testid="handoff-zoom-in" onClick={() => setZoom(nextZoom(zoom, 1))} aria-label={t("panels-handoff-zoom-in")}>
              +
            </button>
          </div>
          <div class="handoff-viewport">
            {current !== undefined && (
              <img
                class="handoff-page"
                data-testid="handoff-page"
                src={svgDataUrl(current)}
                alt={t("panels-handoff-page", { n: page + 1, total: pages.length })}
                style={{ width: `${(210 * 3.78 * zoom) / 100}px` }}
              />
            )}
          </div>
        </section>
      </div>
    </div>
  );
}

interface BlockingProps {
  item: Item;
  staff: string;
  patient: string;
  checked: boolean;
  onChange: (on: boolean) => void;
}

function BlockingItem({ item, staff, patient, checked, onChange }: BlockingProps) {
  const l10n = localizer();
  const id = `override-${item.ruleId}`;
  // Side by side only when the patient's language has its own messages; otherwise the fallback
  // would repeat the staff text.
  const both = patient !== staff && l10n.locales.includes(patient);
  return (
    <li class={`handoff-item severity-${item.severity}`} data-testid="handoff-blocking-item" data-rule={item.ruleId}>
      <p class="handoff-severity">
        <span class="handoff-badge">{l10n.format(staff, `panels-severity-${item.severity}`)}</span> <code>{item.ruleId}</code>
      </p>
      <div class={both ? "handoff-bi" : ""}>
        <div lang={staff}>
          <strong>{l10n.formatMessage(staff, item.title)}</strong>
          <p>{l10n.formatMessage(staff, item.rationale)}</p>
        </div>
        {both && (
          <div lang={patient}>
            <strong>{l10n.formatMessage(patient, item.title)}</strong>
            <p>{l10n.formatMessage(patient, item.rationale)}</p>
          </div>
        )}
      </div>
      {item.overridable ? (
        <label class="handoff-override" for={id}>
          <input id={id} type="checkbox" data-testid="handoff-override" checked={checked} onChange={(e) => onChange((e.target as HTMLInputElement).checked)} />{" "}
          {l10n.format(staff, "panels-handoff-override")}
        </label>
      ) : (
        <p class="handoff-not-overridable">{l10n.format(staff, "panels-handoff-not-overridable")}</p>
      )}
    </li>
  );
}
