// Pure logic of the glossary panel: which locales to show in which order, and how to cut a text
// into plain and recognised pieces from the UTF-16 offsets the Rust side reports.
import type { Locale } from "../bindings/Locale";
import type { Concept } from "../bindings/Concept";
import type { LocaleTerms } from "../bindings/LocaleTerms";
import type { TermInText } from "../bindings/TermInText";

/** The six glossary locales, in the order they are listed when all are expanded. */
export const GLOSSARY_LOCALES: readonly Locale[] = ["ja", "en", "zh-Hans", "zh-Hant", "ko", "vi"];

/**
 * The glossary locale for a UI / patient locale tag. Traditional Chinese is chosen only when the
 * tag says so (script or region); any other Chinese tag means Simplified. Unknown → `null`.
 */
export function glossaryLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const lower = tag.toLowerCase();
  const exact = GLOSSARY_LOCALES.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const [lang, ...rest] = lower.split(/[-_]/);
  if (lang === "zh") {
    return rest.some((p) => p === "hant" || p === "tw" || p === "hk" || p === "mo") ? "zh-Hant" : "zh-Hans";
  }
  return GLOSSARY_LOCALES.find((l) => l === lang) ?? null;
}

/**
 * Columns to show: staff first, patient beside it, then (expanded) every other locale. A staff
 * locale the glossary does not have falls back to Japanese, a patient one to English.
 */
export function columnsFor(staff: string, patient: string, expanded: boolean): Locale[] {
  const s = glossaryLocale(staff) ?? "ja";
  let p = glossaryLocale(patient) ?? (s === "en" ? "ja" : "en");
  const first: Locale[] = s === p ? [s] : [s, p];
  if (!expanded) return first;
  return [...first, ...GLOSSARY_LOCALES.filter((l) => !first.includes(l))];
}

/** Whether a locale's terms (or, when they carry no own state, the concept) need review. */
export function termsNeedReview(concept: Concept, terms: LocaleTerms | undefined): boolean {
  return (terms?.review ?? concept.review) === "needs-review";
}

export interface Piece {
  text: string;
  /** The recognised term this piece is, when it is one. */
  term?: TermInText;
}

/**
 * Cuts `text` into pieces at the recognised terms. Offsets are UTF-16 code units, which is what
 * JavaScript strings index, so they slice directly. Overlapping or out-of-range mentions are
 * skipped (the earlier, then longer, one wins) so that every character appears exactly once and
 * nothing the coordinator typed is lost.
 */
export function pieces(text: string, terms: readonly TermInText[]): Piece[] {
  const sorted = [...terms]
    .filter((t) => Number.isInteger(t.start) && Number.isInteger(t.end) && t.start >= 0 && t.end <= text.length && t.start < t.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Piece[] = [];
  let at = 0;
  for (const term of sorted) {
    if (term.start < at) continue;
    if (term.start > at) out.push({ text: text.slice(at, term.start) });
    out.push({ text: text.slice(term.start, term.end), term });
    at = term.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/** Whether `term` is the one the search matched (so it is highlighted). */
export function isMatched(term: string, matchedLocale: Locale, locale: Locale, matchedText: string): boolean {
  return locale === matchedLocale && term === matchedText;
}

/** One locale's column of the user-concept form: lists are one term per line. */
export interface LocaleDraft {
  preferred: string;
  reading: string;
  synonyms: string;
  avoid: string;
  definition: string;
}

/** The user-concept form's state. */
export interface ConceptDraft {
  id: string;
  /** Whether the id was given by an existing concept (edit or copy) and so is not typed. */
  fixedId: boolean;
  domain: Concept["domain"] | "";
  review: Concept["review"];
  source: string;
  locales: Record<Locale, LocaleDraft>;
}

const lines = (items: readonly string[] | undefined): string => (items ?? []).join("\n");
const items = (text: string): string[] =>
  text
    .split("\n")
    .map((s) => s.trim())
    .filter((s) => s !== "");

/**
 * The form for a concept: empty for a new one (needs review until someone checks it), or filled
 * from an existing user concept (edit) or a built-in one (copy, to adapt).
 */
export function draftOf(concept: Concept | null): ConceptDraft {
  const locales = {} as Record<Locale, LocaleDraft>;
  for (const l of GLOSSARY_LOCALES) {
    const t = concept?.terms[l];
    locales[l] = {
      preferred: t?.preferred ?? "",
      reading: t?.reading ?? "",
      synonyms: lines(t?.synonyms),
      avoid: lines(t?.avoid),
      definition: concept?.definition[l] ?? "",
    };
  }
  return {
    id: concept?.id ?? "",
    fixedId: concept !== null,
    domain: concept?.domain ?? "",
    review: concept && concept.origin === "user" ? concept.review : "needs-review",
    source: concept?.source ?? "",
    locales,
  };
}

/** The concept the form describes. Empty columns are left out; the Rust side validates the rest. */
export function conceptOf(draft: ConceptDraft): Concept {
  const terms: Concept["terms"] = {};
  const definition: Concept["definition"] = {};
  for (const l of GLOSSARY_LOCALES) {
    const d = draft.locales[l];
    const synonyms = items(d.synonyms);
    const avoid = items(d.avoid);
    const reading = d.reading.trim();
    if (d.preferred.trim() !== "" || synonyms.length > 0 || avoid.length > 0 || reading !== "") {
      terms[l] = { preferred: d.preferred.trim(), synonyms, avoid, ...(reading !== "" ? { reading } : {}) };
    }
    if (d.definition.trim() !== "") definition[l] = d.definition;
  }
  return {
    id: draft.id.trim(),
    ...(draft.domain ? { domain: draft.domain } : {}),
    review: draft.review,
    source: draft.source,
    related: [],
    definition,
    terms,
    origin: "user",
  };
}
