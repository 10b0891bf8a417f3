// The form for a user concept: the six locales side by side (preferred term, Japanese reading,
// synonyms and terms to avoid one per line, definition), then source, domain and review state.
// Validation is the Rust side's: its errors name the field, and each is shown beside that field.
import { useState } from "preact/hooks";
import type { AppError } from "../bindings/AppError";
import type { Concept } from "../bindings/Concept";
import type { Domain } from "../bindings/Domain";
import type { Locale } from "../bindings/Locale";
import { localizer } from "../i18n";
import { toAppError } from "../ipc";
import { userConceptAdd, userConceptUpdate } from "./ipc";
import { conceptOf, draftOf, GLOSSARY_LOCALES, type ConceptDraft, type LocaleDraft } from "./logic";

const DOMAINS: Domain[] = [
  "cell-types",
  "cell-sources",
  "products",
  "procedures",
  "manufacturing-quality",
  "regulation",
  "history-conditions",
  "symptoms",
  "drug-classes",
  "allergy-reactions",
  "screening-tests",
  "imaging",
  "consent-phrases",
  "anatomy-routes",
];

interface Props {
  staff: string;
  /** The concept to edit (a user concept) or to copy (a built-in one); `null` for a new one. */
  from: Concept | null;
  mode: "add" | "edit";
  onDone: (saved: Concept) => void;
  onCancel: () => void;
}

export function ConceptForm({ staff, from, mode, onDone, onCancel }: Props) {
  const l10n = localizer();
  const t = (id: string, args?: Record<string, string | number>) => l10n.format(staff, id, args);
  const [draft, setDraft] = useState<ConceptDraft>(() => draftOf(from));
  const [error, setError] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);

  const fieldError = (field: string) => {
    if (error?.kind !== "invalid-input") return null;
    const found = error.fields.find((f) => f.field === field || f.field.startsWith(field + "["));
    return found ? (
      <span class="glossary-form-error" role="alert" data-testid={`glossary-form-error-${field}`}>
        {l10n.formatMessage(staff, found.message)}
      </span>
    ) : null;
  };
  const setLocale = (locale: Locale, key: keyof LocaleDraft, value: string) =>
    setDraft((d) => ({ ...d, locales: { ...d.locales, [locale]: { ...d.locales[locale], [key]: value } } }));

  const save = async (e: Event) => {
    e.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const concept = conceptOf(draft);
      onDone(mode === "edit" ? await userConceptUpdate(concept) : await userConceptAdd(concept));
    } catch (raw) {
      setError(toAppError(raw));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="glossary-form" data-testid="glossary-form" onSubmit={save} lang={staff}>
      <h3>{mode === "edit" ? t("panels-glossary-form-edit-title") : t("panels-glossary-form-add-title")}</h3>
      {error && (
        <p class="glossary-form-error" role="alert" data-testid="glossary-form-error">
          {l10n.formatMessage(staff, error.message)}
        </p>
      )}
      <div class="glossary-form-locales">
        {GLOSSARY_LOCALES.map((locale) => {
          const d = draft.locales[locale];
          const base = `terms.${locale}`;
          return (
            <fieldset class="glossary-form-locale" key={locale} data-locale={locale}>
              <legend>{t(`panels-locale-${locale}`)}</legend>
              <label>
                {t("panels-glossary-form-preferred")}
                <input
                  lang={locale}
                  value={d.preferred}
                  data-testid={`glossary-form-preferred-${locale}`}
                  onInput={(e) => setLocale(locale, "preferred", (e.target as HTMLInputElement).value)}
                />
                {fieldError(`${base}.preferred`)}
              </label>
              {locale === "ja" && (
                <label>
                  {t("panels-glossary-form-reading")}
                  <input
                    lang="ja"
                    value={d.reading}
                    data-testid="glossary-form-reading-ja"
                    onInput={(e) => setLocale(locale, "reading", (e.target as HTMLInputElement).value)}
                  />
                  {fieldError(`${base}.reading`)}
                </label>
              )}
              <label>
                {t("panels-glossary-form-synonyms")}
                <textarea
                  lang={locale}
                  rows={2}
                  value={d.synonyms}
                  data-testid={`glossary-form-synonyms-${locale}`}
                  onInput={(e) => setLocale(locale, "synonyms", (e.target as HTMLTextAreaElement).value)}
                />
                {fieldError(`${base}.synonyms`)}
              </label>
              <label>
                {t("panels-glossary-form-avoid")}
                <textarea
                  lang={locale}
                  rows={2}
                  value={d.avoid}
                  data-testid={`glossary-form-avoid-${locale}`}
                  onInput={(e) => setLocale(locale, "avoid", (e.target as HTMLTextAreaElement).value)}
                />
                {fieldError(`${base}.avoid`)}
              </label>
              <label>
                {t("panels-glossary-form-definition")}
                <textarea
                  lang={locale}
                  rows={2}
                  value={d.definition}
                  data-testid={`glossary-form-definition-${locale}`}
                  onInput={(e) => setLocale(locale, "definition", (e.target as HTMLTextAreaElement).value)}
                />
                {fieldError(`definition.${locale}`)}
              </label>
            </fieldset>
          );
        })}
      </div>
      {fieldError("terms")}
      <div class="glossary-form-meta">
        <label>
          {t("panels-glossary-form-id")}
          <input
            value={draft.id}
            readOnly={draft.fixedId}
            placeholder={t("panels-glossary-form-id-placeholder")}
            data-testid="glossary-form-id"
            onInput={(e) => setDraft((d) => ({ ...d, id: (e.target as HTMLInputElement).value }))}
          />
          {fieldError("id")}
        </label>
        <label>
          {t("panels-glossary-source")}
          <input
            value={draft.source}
            data-testid="glossary-form-source"
            onInput={(e) => setDraft((d) => ({ ...d, source: (e.target as HTMLInputElement).value }))}
          />
          {fieldError("source")}
        </label>
        <label>
          {t("panels-glossary-form-domain")}
          <select
            value={draft.domain ?? ""}
            data-testid="glossary-form-domain"
            onChange={(e) => setDraft((d) => ({ ...d, domain: (e.target as HTMLSelectElement).value as Domain | "" }))}
          >
            <option value="">{t("panels-glossary-form-domain-none")}</option>
            {DOMAINS.map((dom) => (
              <option value={dom} key={dom}>
                {t(`panels-domain-${dom}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("panels-glossary-form-review")}
          <select
            value={draft.review}
            data-testid="glossary-form-review"
            onChange={(e) => setDraft((d) => ({ ...d, review: (e.target as HTMLSelectElement).value as Concept["review"] }))}
          >
            <option value="needs-review">{t("panels-needs-review")}</option>
            <option value="verified">{t("panels-glossary-form-verified")}</option>
          </select>
        </label>
      </div>
      <div class="glossary-form-actions">
        <button type="submit" disabled={saving} data-testid="glossary-form-save">
          {t("panels-glossary-form-save")}
        </button>
        <button type="button" onClick={onCancel} data-testid="glossary-form-cancel">
          {t("panels-glossary-cancel")}
        </button>
      </div>
    </form>
  );
}
