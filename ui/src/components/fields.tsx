// Form building blocks for the intake: every label is shown staff language | patient language,
// bound to its input, with its error (if any) inline beneath it.
import { createContext, type ComponentChildren } from "preact";
import { useContext, useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import type { Item } from "../bindings/Item";
import type { Message } from "../bindings/Message";
import type { PatientText } from "../bindings/PatientText";
import type { Section } from "../bindings/Section";
import type { TranslationMethod } from "../bindings/TranslationMethod";
import { TRANSLATION_METHOD } from "../bindings/codes";
import { localizer } from "../i18n";
import { GlossaryTerms } from "../glossary/GlossaryTerms";
import { fieldId, PATIENT_LOCALES } from "../logic";
import { LocaleContext } from "../state";
import { Bi, Text } from "./text";

export interface FormContext {
  /** Field path → the problem the store reported for it. */
  errors: Map<string, Message>;
  /** Checklist items of the record as it stands on screen. */
  items: Item[];
  /** Who is working (for "confirmed by"). */
  staff: string;
  jump: (path: string) => void;
}

export const FormCtx = createContext<FormContext>({ errors: new Map(), items: [], staff: "", jump: () => undefined });

/** A coded choice shown in both languages in one line (an <option> cannot hold markup). */
export function biText(id: string, staff: string, patient: string): string {
  const l10n = localizer();
  const a = l10n.format(staff, id);
  if (staff === patient) return a;
  const b = l10n.format(patient, id);
  return a === b ? a : `${a} | ${b}`;
}

export function FieldError({ path }: { path: string }) {
  const { errors } = useContext(FormCtx);
  const { staff } = useContext(LocaleContext);
  const e = errors.get(path);
  if (!e) return null;
  return (
    <p class="field-error" id={`${fieldId(path)}-error`} role="alert" lang={staff}>
      {localizer().formatMessage(staff, e)}
    </p>
  );
}

interface FieldProps {
  path: string;
  labelId: string;
  hintId?: string;
  wide?: boolean;
  children: ComponentChildren;
}

/** A label (both languages) over its input, with hint and inline error. */
export function Field({ path, labelId, hintId, wide, children }: FieldProps) {
  const { errors } = useContext(FormCtx);
  return (
    <div class={`field${wide ? " wide" : ""}${errors.has(path) ? " has-error" : ""}`}>
      <label for={fieldId(path)}>
        <Bi id={labelId} />
      </label>
      {children}
      {hintId && (
        <p class="field-hint">
          <Bi id={hintId} />
        </p>
      )}
      <FieldError path={path} />
    </div>
  );
}

function describedBy(errors: Map<string, Message>, path: string): string | undefined {
  return errors.has(path) ? `${fieldId(path)}-error` : undefined;
}

interface TextInputProps {
  path: string;
  labelId: string;
  value: string;
  onInput: (v: string) => void;
  hintId?: string;
  lang?: string;
  multiline?: boolean;
  wide?: boolean;
  inputMode?: "decimal" | "numeric" | "text";
}

export function TextInput(p: TextInputProps) {
  const { errors } = useContext(FormCtx);
  const common = {
    id: fieldId(p.path),
    "data-path": p.path,
    lang: p.lang,
    value: p.value,
    "aria-invalid": errors.has(p.path) ? ("true" as const) : undefined,
    "aria-describedby": describedBy(errors, p.path),
    onInput: (e: Event) => p.onInput((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <Field path={p.path} labelId={p.labelId} hintId={p.hintId} wide={p.wide ?? p.multiline}>
      {p.multiline ? <textarea rows={2} {...common} /> : <input type="text" inputMode={p.inputMode} autoComplete="off" spellcheck={false} {...common} />}
    </Field>
  );
}

interface CodeSelectProps<T extends string> {
  path: string;
  labelId: string;
  options: ReadonlyArray<{ value: T; id: string }>;
  value: T;
  onChange: (v: T) => void;
  hintId?: string;
}

/** A coded value, chosen from its localized list — never typed. */
export function CodeSelect<T extends string>(p: CodeSelectProps<T>) {
  const { staff, patient } = useContext(LocaleContext);
  const { errors } = useContext(FormCtx);
  return (
    <Field path={p.path} labelId={p.labelId} hintId={p.hintId}>
      <select
        id={fieldId(p.path)}
        data-path={p.path}
        value={p.value}
        aria-invalid={errors.has(p.path) ? "true" : undefined}
        aria-describedby={describedBy(errors, p.path)}
        onChange={(e) => p.onChange(e.currentTarget.value as T)}
      >
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {biText(o.id, staff, patient)}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** Several coded values at once, as checkboxes. */
export function CodeChecks<T extends string>(p: { path: string; labelId: string; options: ReadonlyArray<{ value: T; id: string }>; value: T[]; onChange: (v: T[]) => void }) {
  return (
    <fieldset class="field wide checks" id={fieldId(p.path)} data-path={p.path}>
      <legend>
        <Bi id={p.labelId} />
      </legend>
      {p.options.map((o) => {
        const id = `${fieldId(p.path)}-${o.value}`;
        const on = p.value.includes(o.value);
        return (
          <label key={o.value} for={id} class="check">
            <input
              type="checkbox"
              id={id}
              checked={on}
              onChange={() => p.onChange(on ? p.value.filter((v) => v !== o.value) : [...p.value, o.value])}
            />
            <Bi id={o.id} />
          </label>
        );
      })}
      <FieldError path={p.path} />
    </fieldset>
  );
}

export function emptyText(lang: string): PatientText {
  return { original: "", originalLang: lang, translation: null };
}

interface PatientTextProps {
  path: string;
  labelId: string;
  value: PatientText | null;
  /** Language the patient answers in (the original's default language tag). */
  patientLang: string;
  onChange: (v: PatientText | null) => void;
  required?: boolean;
}

/**
 * The patient's own words, typed in the patient's language, and the interpreter's Japanese
 * translation beside them with who translated and how. Both are kept.
 */
export function PatientTextInput(p: PatientTextProps) {
  const { staff, patient } = useContext(LocaleContext);
  const { errors } = useContext(FormCtx);
  const v = p.value ?? emptyText(p.patientLang);
  const set = (next: PatientText) => {
    const empty = next.original === "" && (next.translation === null || (next.translation.text === "" && next.translation.translator === ""));
    p.onChange(empty && !p.required ? null : next);
  };
  const tr = v.translation ?? { text: "", lang: "ja", translator: "", method: "human" as TranslationMethod };
  const setTr = (t: typeof tr) => set({ ...v, translation: t.text === "" && t.translator === "" ? null : t });
  const orig = `${p.path}.original`;
  const origLang = `${p.path}.originalLang`;
  const trText = `${p.path}.translation.text`;
  const trLang = `${p.path}.translation.lang`;
  const trBy = `${p.path}.translation.translator`;
  const trMethod = `${p.path}.translation.method`;
  return (
    <fieldset class="patient-text wide" id={fieldId(p.path)}>
      <legend>
        <Bi id={p.labelId} />
      </legend>
      <div class="pt-grid">
        <div class={`field${errors.has(orig) ? " has-error" : ""}`}>
          <label for={fieldId(orig)}>
            <Bi id="ui-pt-original" />
            <span class="lang-tag">{v.originalLang}</span>
          </label>
          <textarea
            id={fieldId(orig)}
            data-path={orig}
            rows={2}
            lang={v.originalLang || undefined}
            value={v.original}
            aria-invalid={errors.has(orig) ? "true" : undefined}
            onInput={(e) => set({ ...v, originalLang: v.originalLang || p.patientLang, original: e.currentTarget.value })}
          />
          <FieldError path={orig} />
          <TermsBeside text={v.original} />
        </div>
        <div class={`field${errors.has(trText) ? " has-error" : ""}`}>
          <label for={fieldId(trText)}>
            <Bi id="ui-pt-translation" />
          </label>
          <textarea id={fieldId(trText)} data-path={trText} rows={2} lang={tr.lang || "ja"} value={tr.text} onInput={(e) => setTr({ ...tr, text: e.currentTarget.value })} />
          <FieldError path={trText} />
          <TermsBeside text={tr.text} />
        </div>
      </div>
      <div class="pt-meta">
        <div class={`field${errors.has(origLang) ? " has-error" : ""}`}>
          <label for={fieldId(origLang)}>
            <Bi id="ui-pt-original-lang" />
          </label>
          <LangTagSelect path={origLang} value={v.originalLang} onChange={(x) => set({ ...v, originalLang: x })} />
          <FieldError path={origLang} />
        </div>
        <div class={`field${errors.has(trLang) ? " has-error" : ""}`}>
          <label for={fieldId(trLang)}>
            <Bi id="ui-pt-translation-lang" />
          </label>
          <LangTagSelect path={trLang} value={tr.lang} onChange={(x) => setTr({ ...tr, lang: x })} />
          <FieldError path={trLang} />
        </div>
        <div class={`field${errors.has(trBy) ? " has-error" : ""}`}>
          <label for={fieldId(trBy)}>
            <Bi id="ui-pt-translator" />
          </label>
          <input type="text" id={fieldId(trBy)} data-path={trBy} value={tr.translator} onInput={(e) => setTr({ ...tr, translator: e.currentTarget.value })} />
          <FieldError path={trBy} />
        </div>
        <div class="field">
          <label for={fieldId(trMethod)}>
            <Bi id="ui-pt-method" />
          </label>
          <select id={fieldId(trMethod)} data-path={trMethod} value={tr.method} onChange={(e) => setTr({ ...tr, method: e.currentTarget.value as TranslationMethod })}>
            {TRANSLATION_METHOD.map((o) => (
              <option key={o.value} value={o.value}>
                {biText(o.id, staff, patient)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </fieldset>
  );
}

/** A language tag chosen from the patient languages (plus Japanese); a tag from elsewhere is kept and shown. */
function LangTagSelect(p: { path: string; value: string; onChange: (v: string) => void }) {
  const tags = ["ja", ...PATIENT_LOCALES.map((l) => l.tag).filter((t) => t !== "ja")];
  return (
    <select id={fieldId(p.path)} data-path={p.path} value={p.value} onChange={(e) => p.onChange(e.currentTarget.value)}>
      {!tags.includes(p.value) && <option value={p.value}>{p.value === "" ? "—" : p.value}</option>}
      {tags.map((t) => (
        <option key={t} value={t} lang={t}>
          {PATIENT_LOCALES.find((l) => l.tag === t)?.autonym ?? t} ({t})
        </option>
      ))}
    </select>
  );
}

/**
 * Glossary terms recognised in a free text, listed under its box (never inside it, so typing is
 * never disturbed). Each term is a button: a click, or Tab then Enter, opens the glossary on it.
 */
function TermsBeside({ text }: { text: string }) {
  // Looked up once typing pauses, not on every key.
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const t = setTimeout(() => setSettled(text), TERMS_DELAY_MS);
    return () => clearTimeout(t);
  }, [text]);
  if (settled.trim() === "") return null;
  return (
    <div class="pt-terms" data-testid="pt-terms">
      <span class="pt-terms-label">
        <Text id="ui-pt-terms" />
      </span>
      <GlossaryTerms text={settled} />
    </div>
  );
}

const TERMS_DELAY_MS = 400;

/** Who confirmed "none" and when — written by the app at the moment staff confirmed, shown, not typed. */
export function ConfirmationStamp({ path, by, at }: { path: string; by: string | null; at: string | null }) {
  return (
    <span class="confirmed-by">
      {by && (
        <span data-view-path={`${path}.confirmedBy`}>
          <Text id="ui-confirmed-by" args={{ who: by }} />
        </span>
      )}
      {at && (
        <span data-view-path={`${path}.confirmedAt`}>
          {" "}
          <Text id="ui-confirmed-at" args={{ at: at.slice(0, 16).replace("T", " ") }} />
        </span>
      )}
    </span>
  );
}

/** The state chip of a section: not asked / none (confirmed) / n recorded — text, not colour alone. */
export function StateChip({ kind, count, compact }: { kind: "not-asked" | "confirmed-none" | "entries" | "unknown" | "known"; count?: number; compact?: boolean }) {
  const id =
    kind === "not-asked" ? "ui-state-not-asked" : kind === "confirmed-none" ? "ui-state-confirmed-none" : kind === "unknown" ? "ui-state-unknown" : kind === "known" ? "ui-state-known" : "ui-state-entries";
  return (
    <span class={`chip chip-${kind}`} data-state={kind}>
      {compact ? <Text id={id} args={kind === "entries" ? { count: count ?? 0 } : undefined} /> : <Bi id={id} args={kind === "entries" ? { count: count ?? 0 } : undefined} />}
    </span>
  );
}

interface SectionBlockProps<T> {
  path: string;
  labelId: string;
  section: Section<T>;
  onChange: (s: Section<T>) => void;
  blank: () => T;
  confirmNone: () => Section<T>;
  children: (entry: T, index: number, set: (e: T) => void) => ComponentChildren;
}

/**
 * A list section with its three states always visible: "not asked", "none (confirmed)" or its
 * entries. Confirming none is a button staff press; nothing else sets it.
 */
export function SectionBlock<T>(p: SectionBlockProps<T>) {
  const testId = fieldId(p.path);
  const entries = p.section.kind === "entries" ? p.section.entries : [];
  // Where the caret goes once a row is added or removed: a keyboard user adds a row to type in it,
  // and a removed row must not leave focus on nothing. Applied in the commit that shows the change.
  const focusNext = useRef<number | "section" | null>(null);
  useLayoutEffect(() => {
    const next = focusNext.current;
    if (next === null) return;
    focusNext.current = null;
    const row = next === "section" ? null : document.getElementById(fieldId(`${p.path}[${next}]`));
    const target = row?.querySelector<HTMLElement>(".grid input, .grid select, .grid textarea") ?? row ?? document.getElementById(testId);
    target?.focus();
  });
  return (
    <section class={`list-section state-${p.section.kind}`} id={testId} data-testid={`section-${p.path}`} data-path={`${p.path}.kind`} data-state={p.section.kind} tabIndex={-1}>
      <header class="list-head">
        <h3>
          <Bi id={p.labelId} />
        </h3>
        <StateChip kind={p.section.kind} count={entries.length} />
        {p.section.kind === "confirmed-none" && <ConfirmationStamp path={p.path} by={p.section.confirmedBy} at={p.section.confirmedAt} />}
        <div class="list-actions">
          {p.section.kind !== "not-asked" && p.section.kind !== "entries" && (
            <button type="button" class="quiet" data-action="not-asked" onClick={() => p.onChange({ kind: "not-asked" })}>
              <Text id="ui-state-action-not-asked" />
            </button>
          )}
          {p.section.kind === "not-asked" && (
            <button type="button" class="quiet" data-action="confirm-none" onClick={() => p.onChange(p.confirmNone())}>
              <Text id="ui-state-action-confirm-none" />
            </button>
          )}
          <button
            type="button"
            data-add-row
            data-action="add-row"
            onClick={() => {
              focusNext.current = entries.length;
              p.onChange({ kind: "entries", entries: [...entries, p.blank()] });
            }}
          >
            + <Text id="ui-add-row" />
          </button>
        </div>
      </header>
      <FieldError path={p.path} />
      <SectionItems prefix={p.path} />
      {entries.map((e, i) => (
        <div class="entry" key={i} id={fieldId(`${p.path}[${i}]`)} data-testid={`${p.path}-row`} tabIndex={-1}>
          <div class="entry-head">
            <span class="entry-n">
              <Text id="ui-row" args={{ n: i + 1 }} />
            </span>
            <button
              type="button"
              class="quiet danger"
              onClick={() => {
                const rest = entries.filter((_, j) => j !== i);
                focusNext.current = rest.length === 0 ? "section" : Math.min(i, rest.length - 1);
                p.onChange(rest.length === 0 ? { kind: "not-asked" } : { kind: "entries", entries: rest });
              }}
            >
              <Text id="ui-remove-row" />
            </button>
          </div>
          <div class="grid">{p.children(e, i, (next) => p.onChange({ kind: "entries", entries: entries.map((x, j) => (j === i ? next : x)) }))}</div>
        </div>
      ))}
    </section>
  );
}

const SEVERITY_LABEL: Record<string, string> = {
  stop: "ui-severity-stop",
  missing: "ui-severity-missing",
  attention: "ui-severity-attention",
  note: "ui-severity-note",
};

/** One checklist item, in both languages; clicking it jumps to the field that causes it. */
export function ChecklistItem({ item }: { item: Item }) {
  const { staff, patient } = useContext(LocaleContext);
  const { jump } = useContext(FormCtx);
  const l10n = localizer();
  const target = item.fields[0];
  const sev = SEVERITY_LABEL[item.severity] ?? "ui-severity-note";
  return (
    <li class={`check-item sev-${item.severity}`} data-rule={item.ruleId}>
      <span class="sev-label">
        <Text id={sev} />
      </span>
      <div class="check-body">
        <button type="button" class="link" disabled={!target} onClick={() => target && jump(target)} title={l10n.format(staff, "ui-checklist-jump")}>
          <span class="bi">
            <span class="bi-staff" lang={staff}>{l10n.formatMessage(staff, item.title)}</span>
            {patient !== staff && (
              <>
                <span class="bi-sep" aria-hidden="true">|</span>
                <span class="bi-patient" lang={patient}>{l10n.formatMessage(patient, item.title)}</span>
              </>
            )}
          </span>
        </button>
        <p class="check-resolves" lang={staff}>{l10n.formatMessage(staff, item.resolves)}</p>
      </div>
    </li>
  );
}

/** Checklist items whose fields lie under `prefix`, shown beside the fields that cause them. */
export function SectionItems({ prefix, exact }: { prefix: string; exact?: boolean }) {
  const { items } = useContext(FormCtx);
  const mine = items.filter((it) =>
    it.fields.some((f) => (exact ? f === prefix : f === prefix || f.startsWith(`${prefix}.`) || f.startsWith(`${prefix}[`))),
  );
  if (mine.length === 0) return null;
  return (
    <ul class="check-list inline" aria-label={localizer().format(useContext(LocaleContext).staff, "ui-checklist-in-section")}>
      {mine.map((it) => (
        <ChecklistItem key={it.ruleId + it.fields.join()} item={it} />
      ))}
    </ul>
  );
}
