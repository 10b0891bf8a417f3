// Pure intake logic: the three states of a section, field paths → elements, autosave timing,
// screening flags. No DOM and no IPC here, so all of it is tested without a window.
import type { Abnormality } from "./bindings/Abnormality";
import type { Date as IsoDate } from "./bindings/Date";
import type { ScreeningResult } from "./bindings/ScreeningResult";
import type { Section } from "./bindings/Section";

// ---------------------------------------------------------------------------------------------
// Three states

export type SectionState = "not-asked" | "confirmed-none" | "entries";

export function sectionState<T>(s: Section<T>): SectionState {
  return s.kind;
}

export function entriesOf<T>(s: Section<T>): T[] {
  return s.kind === "entries" ? s.entries : [];
}

/** Staff confirmed that there is none. Only ever called from an explicit staff action. */
export function confirmNone<T>(who: string, at: Date = new Date()): Section<T> {
  return { kind: "confirmed-none", confirmedBy: who || null, confirmedAt: rfc3339(at) };
}

export function notAsked<T>(): Section<T> {
  return { kind: "not-asked" };
}

/** Adds an entry; a not-asked or confirmed-none section becomes a list with that one entry. */
export function addEntry<T>(s: Section<T>, entry: T): Section<T> {
  return { kind: "entries", entries: [...entriesOf(s), entry] };
}

export function updateEntry<T>(s: Section<T>, index: number, entry: T): Section<T> {
  const entries = entriesOf(s).map((e, i) => (i === index ? entry : e));
  return { kind: "entries", entries };
}

/**
 * Removes an entry. Removing the last one returns the section to "not asked", never to
 * "confirmed none": only staff may confirm that there is nothing.
 */
export function removeEntry<T>(s: Section<T>, index: number): Section<T> {
  const entries = entriesOf(s).filter((_, i) => i !== index);
  return entries.length === 0 ? { kind: "not-asked" } : { kind: "entries", entries };
}

/** RFC 3339 with the local offset, e.g. 2026-11-21T10:15:00+09:00. */
export function rfc3339(d: Date): string {
  const pad = (n: number) => String(Math.abs(n)).padStart(2, "0");
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` +
    `T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` +
    `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}

// ---------------------------------------------------------------------------------------------
// Field paths (as Rust reports them: `medications[1].dose.unit`) → element ids and tabs

export type TabId = "profile" | "history" | "medications" | "allergies" | "screening" | "treatment" | "consent" | "summary";

export const TABS: readonly TabId[] = ["profile", "history", "medications", "allergies", "screening", "treatment", "consent", "summary"];

/** The DOM id of the input for a field path. */
export function fieldId(path: string): string {
  return "f-" + path.replace(/\[(\d+)\]/g, ".$1").replace(/[^A-Za-z0-9]+/g, "-").replace(/-+$/, "");
}

/**
 * Ids to try when jumping to a field, most specific first: a rule may name `allergies[0]` (the
 * row) or `plannedTreatment.committee` (a group) where no single input carries that exact path.
 */
export function fieldIdCandidates(path: string): string[] {
  const out: string[] = [];
  let p = path;
  for (;;) {
    out.push(fieldId(p));
    const cut = Math.max(p.lastIndexOf("."), p.lastIndexOf("["));
    if (cut <= 0) break;
    p = p.slice(0, cut);
  }
  return out;
}

/** The intake tab that holds a field. */
export function tabOfField(path: string): TabId {
  const head = path.split(/[.[]/, 1)[0] ?? "";
  switch (head) {
    case "profile":
    case "patientStatement":
      return "profile";
    case "history":
      return "history";
    case "medications":
      return "medications";
    case "allergies":
      return "allergies";
    case "screening":
    case "imaging":
      return "screening";
    case "plannedTreatment":
      return "treatment";
    case "explanation":
    case "consent":
      return "consent";
    default:
      return "summary";
  }
}

// ---------------------------------------------------------------------------------------------
// Autosave timing

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** Runs `fn` once, `ms` after the last `poke()`; `flush()` runs it at once if one is pending. */
export class Debouncer {
  private handle: unknown = null;
  constructor(
    private readonly fn: () => void,
    private readonly ms: number,
    private readonly timers: Timers = realTimers,
  ) {}

  poke(): void {
    if (this.handle !== null) this.timers.clear(this.handle);
    this.handle = this.timers.set(() => {
      this.handle = null;
      this.fn();
    }, this.ms);
  }

  get pending(): boolean {
    return this.handle !== null;
  }

  flush(): void {
    if (this.handle === null) return;
    this.timers.clear(this.handle);
    this.handle = null;
    this.fn();
  }

  cancel(): void {
    if (this.handle !== null) this.timers.clear(this.handle);
    this.handle = null;
  }
}

/**
 * What the save indicator says. "saved" only once the store confirmed the durable write of the
 * very version on screen; an edit made while a save is in flight keeps the state "dirty".
 */
export type SaveState =
  | { kind: "new" }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "rejected"; count: number }
  | { kind: "failed" };

export class SaveTracker {
  /** Bumped on every edit. */
  version = 0;
  /** The version the store holds durably; a new record has nothing worth saving until its first edit. */
  savedVersion = 0;
  inFlight: number | null = null;
  state: SaveState;

  constructor(saved: boolean) {
    this.state = saved ? { kind: "saved", at: "" } : { kind: "new" };
  }

  edit(): void {
    this.version += 1;
    if (this.inFlight === null) this.state = { kind: "dirty" };
  }

  get dirty(): boolean {
    return this.version !== this.savedVersion;
  }

  /** Starts a save of the current version; returns it, or null when nothing needs saving. */
  begin(): number | null {
    if (!this.dirty || this.inFlight !== null) return null;
    this.inFlight = this.version;
    this.state = { kind: "saving" };
    return this.version;
  }

  succeeded(version: number, at: string): void {
    this.inFlight = null;
    this.savedVersion = Math.max(this.savedVersion, version);
    this.state = this.dirty ? { kind: "dirty" } : { kind: "saved", at };
  }

  rejected(count: number): void {
    this.inFlight = null;
    this.state = { kind: "rejected", count };
  }

  failed(): void {
    this.inFlight = null;
    this.state = { kind: "failed" };
  }
}

// ---------------------------------------------------------------------------------------------
// Screening: abnormal flag and staleness (derived for display, never stored)

function num(text: string | null | undefined): number | null {
  if (text === null || text === undefined || text.trim() === "") return null;
  const v = Number(text.trim());
  return Number.isFinite(v) ? v : null;
}

/** The result judged against its printed reference range. */
export function abnormality(r: ScreeningResult): Abnormality {
  const v = r.value;
  if (v.kind === "qualitative") {
    if (v.result === "positive") return "abnormal";
    if (v.result === "indeterminate") return "indeterminate";
    return "normal";
  }
  const x = num(v.value);
  if (x === null) return "not-determined";
  const low = num(r.referenceRange.low);
  const high = num(r.referenceRange.high);
  if (low === null && high === null) {
    if (v.interpretation === "positive") return "abnormal";
    if (v.interpretation === "negative") return "normal";
    if (v.interpretation === "indeterminate") return "indeterminate";
    return "not-determined";
  }
  switch (v.comparator) {
    case "lt":
    case "le":
      // "< x": the true value is at most x.
      if (low !== null && x <= low) return "low";
      if (high !== null && x <= high) return low === null || low <= 0 ? "normal" : "indeterminate";
      return "indeterminate";
    case "gt":
    case "ge":
      if (high !== null && x >= high) return "high";
      if (low !== null && x >= low && high === null) return "normal";
      return "indeterminate";
    default:
      if (low !== null && x < low) return "low";
      if (high !== null && x > high) return "high";
      return "normal";
  }
}

export function isAbnormal(a: Abnormality): boolean {
  return a === "low" || a === "high" || a === "abnormal";
}

function dayNumber(date: IsoDate): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : Math.round(t / 86_400_000);
}

export type Freshness = "fresh" | "stale" | "no-date";

/**
 * A result collected more than `windowDays` before the planned treatment date is stale. Without
 * a planned date, today stands in for it.
 */
export function freshness(collected: IsoDate | null, plannedDate: IsoDate | null, windowDays: number, today: IsoDate): Freshness {
  if (!collected) return "no-date";
  const c = dayNumber(collected);
  const ref = dayNumber(plannedDate ?? today) ?? dayNumber(today);
  if (c === null || ref === null) return "no-date";
  return ref - c > windowDays ? "stale" : "fresh";
}

export const DEFAULT_STALE_DAYS = 90;

export function todayIso(d: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export type GridStatus = "done" | "abnormal" | "stale" | "missing";

/** One cell of the summary grid: the worst of a test's results (abnormal over stale over done). */
export function gridStatus(results: ScreeningResult[], testId: string, plannedDate: IsoDate | null, windowDays: number, today: IsoDate): GridStatus {
  const mine = results.filter((r) => r.test.kind === "catalog" && r.test.id === testId);
  if (mine.length === 0) return "missing";
  if (mine.some((r) => isAbnormal(abnormality(r)))) return "abnormal";
  if (mine.every((r) => freshness(r.collected, plannedDate, windowDays, today) !== "fresh")) return "stale";
  return "done";
}

// ---------------------------------------------------------------------------------------------
// Locales a patient may be shown in (the UI falls back to Japanese where a translation is missing)

export const PATIENT_LOCALES: ReadonlyArray<{ tag: string; autonym: string }> = [
  { tag: "ja", autonym: "日本語" },
  { tag: "en", autonym: "English" },
  { tag: "zh-Hans", autonym: "简体中文" },
  { tag: "zh-Hant", autonym: "繁體中文" },
  { tag: "ko", autonym: "한국어" },
  { tag: "vi", autonym: "Tiếng Việt" },
];

/** The patient locale for a preferred-language tag, e.g. `zh-CN` → `zh-Hans`; null when none fits. */
export function patientLocaleFor(preferred: string): string | null {
  const tag = preferred.trim();
  if (!tag) return null;
  const lower = tag.toLowerCase();
  const exact = PATIENT_LOCALES.find((l) => l.tag.toLowerCase() === lower);
  if (exact) return exact.tag;
  if (/^zh-(hant|tw|hk|mo)/.test(lower)) return "zh-Hant";
  if (lower === "zh" || lower.startsWith("zh-")) return "zh-Hans";
  const base = lower.split("-")[0];
  return PATIENT_LOCALES.find((l) => l.tag === base)?.tag ?? null;
}
