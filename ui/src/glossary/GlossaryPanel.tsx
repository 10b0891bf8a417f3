// The interpreter's glossary: one shortcut from anywhere, results on every keystroke, the concept
// side by side in the staff and patient languages, the other four one keystroke away.
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import type { AppError } from "../bindings/AppError";
import type { Concept } from "../bindings/Concept";
import type { Locale } from "../bindings/Locale";
import type { TermHit } from "../bindings/TermHit";
import { localizer } from "../i18n";
import { toAppError } from "../ipc";
import { ConceptForm } from "./ConceptForm";
import { GlossaryTools } from "./GlossaryTools";
import { glossarySearch, userConceptDelete, userConcepts } from "./ipc";
import { columnsFor, isMatched, termsNeedReview } from "./logic";
import "./glossary.css";

/** The user-concept form, when open: a new concept, an edit, or a copy of a built-in one. */
type Editing = { mode: "add" | "edit"; from: Concept | null };

interface Props {
  staff: string;
  patient: string;
  initialQuery: string;
  onClose: () => void;
}

export function GlossaryPanel({ staff, patient, initialQuery, onClose }: Props) {
  const l10n = localizer();
  const t = (id: string, args?: Record<string, string | number>) => l10n.format(staff, id, args);
  const [query, setQuery] = useState(initialQuery);
  const [hits, setHits] = useState<TermHit[]>([]);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [refresh, setRefresh] = useState(0);
  const [actionError, setActionError] = useState<AppError | null>(null);
  const [selected, setSelected] = useState(0);
  const [expanded, setExpanded] = useState(false);
  const [failed, setFailed] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // Only the answer to the latest query may land: an older, slower reply must not overwrite it.
  const generation = useRef(0);

  // Layout effect: focus moves in the same commit that shows the panel. After paint would leave a
  // frame where the screen under it is already inert and focus on nothing, and the first letters
  // typed right after the shortcut would be lost.
  useLayoutEffect(() => {
    input.current?.focus();
    input.current?.select();
    // Once more after the next frame: a screen that re-renders under the overlay must not keep focus.
    const frame = requestAnimationFrame(() => {
      if (document.activeElement !== input.current) input.current?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, []);

  // A new query from the main app replaces what is in the box; the first one is already there.
  // Applying it again after paint would wipe letters typed right after the shortcut.
  const applied = useRef(initialQuery);
  useEffect(() => {
    if (applied.current === initialQuery) return;
    applied.current = initialQuery;
    setQuery(initialQuery);
  }, [initialQuery]);

  useEffect(() => {
    const mine = ++generation.current;
    if (query.trim() === "") {
      setHits([]);
      return;
    }
    // One frame at most: search is fast, and typing must never wait on it.
    const frame = requestAnimationFrame(() => {
      glossarySearch(query, 20)
        .then((found) => {
          if (mine !== generation.current) return;
          setHits(found);
          setSelected(0);
          setFailed(false);
        })
        .catch(() => {
          if (mine === generation.current) setFailed(true);
        });
    });
    return () => cancelAnimationFrame(frame);
  }, [query, refresh]);

  // Edit or delete what staff stored: for a built-in concept with staff terms, that is the stored
  // user concept of the same id, not the merged view the search shows.
  const storedUserConcept = async (concept: Concept): Promise<Concept | null> => {
    if (concept.origin === "user") return concept;
    const stored = await userConcepts();
    return stored.find((c) => c.id === concept.id) ?? null;
  };
  const edit = async (concept: Concept) => {
    try {
      setActionError(null);
      setEditing({ mode: "edit", from: await storedUserConcept(concept) });
    } catch (raw) {
      setActionError(toAppError(raw));
    }
  };
  const remove = async (concept: Concept) => {
    try {
      setActionError(null);
      await userConceptDelete(concept.id);
      setRefresh((r) => r + 1);
    } catch (raw) {
      setActionError(toAppError(raw));
    }
  };
  const saved = (concept: Concept) => {
    setEditing(null);
    const first = Object.values(concept.terms)[0]?.preferred;
    if (first && query.trim() === "") setQuery(first);
    setRefresh((r) => r + 1);
  };

  const columns = columnsFor(staff, patient, expanded);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Escape") {
      e.preventDefault();
      e.stopPropagation();
      if (editing) setEditing(null);
      else onClose();
    } else if (e.key === "Tab" && !e.shiftKey && e.target === input.current) {
      // Tab in the search box shows all six languages (and back): one keystroke, focus stays put.
      e.preventDefault();
      setExpanded((x) => !x);
    } else if (e.key === "Tab") {
      // Keep Tab inside the dialog: the screen under it is inert anyway.
      const panel = e.currentTarget as HTMLElement;
      const focusable = [...panel.querySelectorAll<HTMLElement>("input,button,select,textarea")];
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last?.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first?.focus();
      }
    } else if (e.key === "ArrowDown" && !editing) {
      e.preventDefault();
      setSelected((s) => Math.min(hits.length - 1, s + 1));
    } else if (e.key === "ArrowUp" && !editing) {
      e.preventDefault();
      setSelected((s) => Math.max(0, s - 1));
    }
  };

  useEffect(() => {
    document.getElementById(`glossary-hit-${selected}`)?.scrollIntoView({ block: "nearest" });
  }, [selected, hits]);

  return (
    <div class="glossary-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        class="glossary-panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby="glossary-title"
        data-testid="glossary-panel"
        onKeyDown={onKeyDown}
        lang={staff}
      >
        <header class="glossary-head">
          <h2 id="glossary-title">{t("panels-glossary-title")}</h2>
          <button type="button" class="glossary-close" onClick={onClose} data-testid="glossary-close">
            {t("panels-close")}
          </button>
        </header>
        <input
          ref={input}
          type="search"
          class="glossary-search"
          data-testid="glossary-search"
          aria-label={t("panels-glossary-search-label")}
          aria-describedby="glossary-hint"
          aria-controls="glossary-results"
          placeholder={t("panels-glossary-search-placeholder")}
          value={query}
          autocomplete="off"
          spellcheck={false}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
        <p id="glossary-hint" class="glossary-hint">
          {t("panels-glossary-hint")}{" "}
          <button type="button" class="glossary-expand" aria-pressed={expanded} data-testid="glossary-expand" onClick={() => setExpanded((x) => !x)}>
            {expanded ? t("panels-glossary-collapse") : t("panels-glossary-expand")}
          </button>
        </p>
        <p class="glossary-count" role="status" aria-live="polite" data-testid="glossary-count">
          {failed ? t("panels-glossary-failed") : query.trim() === "" ? "" : t("panels-glossary-count", { count: hits.length })}
        </p>
        <div class="glossary-user-row">
          <button type="button" class="glossary-add" data-testid="glossary-add" onClick={() => setEditing({ mode: "add", from: null })}>
            + {t("panels-glossary-add")}
          </button>
          <GlossaryTools staff={staff} onImported={() => setRefresh((r) => r + 1)} />
        </div>
        {actionError && (
          <p class="glossary-form-error" role="alert" data-testid="glossary-action-error">
            {l10n.formatMessage(staff, actionError.message)}
          </p>
        )}
        {editing ? (
          <ConceptForm staff={staff} from={editing.from} mode={editing.mode} onDone={saved} onCancel={() => setEditing(null)} />
        ) : (
          <ol id="glossary-results" class="glossary-results" data-testid="glossary-results">
            {hits.map((hit, i) => (
              <HitView
                key={hit.concept.id}
                hit={hit}
                index={i}
                selected={i === selected}
                columns={columns}
                staff={staff}
                onPick={() => setSelected(i)}
                onEdit={() => edit(hit.concept)}
                onCopy={() => setEditing({ mode: "add", from: hit.concept })}
                onDelete={() => remove(hit.concept)}
              />
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}

interface HitProps {
  hit: TermHit;
  index: number;
  selected: boolean;
  columns: Locale[];
  staff: string;
  onPick: () => void;
  onEdit: () => void;
  onCopy: () => void;
  onDelete: () => void;
}

function HitView({ hit, index, selected, columns, staff, onPick, onEdit, onCopy, onDelete }: HitProps) {
  const l10n = localizer();
  const t = (id: string, args?: Record<string, string | number>) => l10n.format(staff, id, args);
  const { concept, matched } = hit;
  const [confirmDelete, setConfirmDelete] = useState(false);
  const stored = concept.origin !== "built-in";
  const conceptReview = concept.review === "needs-review";
  return (
    <li
      id={`glossary-hit-${index}`}
      class={"glossary-hit" + (selected ? " selected" : "")}
      data-testid="glossary-hit"
      data-concept={concept.id}
      aria-current={selected ? "true" : undefined}
      onClick={onPick}
    >
      <div class="glossary-meta">
        {concept.domain && <span class="glossary-domain">{t(`panels-domain-${concept.domain}`)}</span>}
        {concept.loinc && (
          <span class="glossary-loinc" data-testid="glossary-loinc">
            LOINC {concept.loinc}
          </span>
        )}
        {conceptReview && (
          <span class="glossary-review" data-testid="glossary-review">
            ⚠ {t("panels-needs-review")}
          </span>
        )}
        {hit.userTerm && (
          <span class="glossary-user-badge" data-testid="glossary-user-term">
            {t("panels-glossary-user-term")}
          </span>
        )}
        <span class="glossary-how">{t(`panels-match-${hit.how}`)}</span>
        <span class="glossary-hit-actions">
          {stored && (
            <button type="button" data-testid="glossary-edit" onClick={onEdit}>
              {t("panels-glossary-edit")}
            </button>
          )}
          {stored && !confirmDelete && (
            <button type="button" data-testid="glossary-delete" onClick={() => setConfirmDelete(true)}>
              {t("panels-glossary-delete")}
            </button>
          )}
          {stored && confirmDelete && (
            <span class="glossary-delete-confirm" role="alert">
              {concept.origin === "user" ? t("panels-glossary-delete-confirm") : t("panels-glossary-delete-confirm-added")}{" "}
              <button type="button" data-testid="glossary-delete-yes" onClick={onDelete}>
                {t("panels-glossary-delete")}
              </button>
              <button type="button" data-testid="glossary-delete-no" onClick={() => setConfirmDelete(false)}>
                {t("panels-glossary-cancel")}
              </button>
            </span>
          )}
          {concept.origin === "built-in" && (
            <button type="button" data-testid="glossary-copy" onClick={onCopy}>
              {t("panels-glossary-copy")}
            </button>
          )}
        </span>
      </div>
      <div class="glossary-columns" style={{ gridTemplateColumns: `repeat(${columns.length}, minmax(0, 1fr))` }}>
        {columns.map((locale) => {
          const terms = concept.terms[locale];
          return (
            <section class="glossary-locale" lang={locale} data-locale={locale} key={locale}>
              <h3 class="glossary-locale-name" lang={staff}>
                {t(`panels-locale-${locale}`)}
              </h3>
              {!terms ? (
                <p class="glossary-missing" lang={staff}>{t("panels-glossary-no-term")}</p>
              ) : (
                <>
                  <p class="glossary-preferred">
                    <Term text={terms.preferred} mark={isMatched(terms.preferred, matched.locale, locale, matched.text)} />
                    {!conceptReview && termsNeedReview(concept, terms) && (
                      <span class="glossary-review" lang={staff}>⚠ {t("panels-needs-review")}</span>
                    )}
                  </p>
                  {terms.reading && (
                    <p class="glossary-reading">
                      <Term text={terms.reading} mark={isMatched(terms.reading, matched.locale, locale, matched.text)} />
                    </p>
                  )}
                  {terms.synonyms.length > 0 && (
                    <p class="glossary-synonyms">
                      {terms.synonyms.map((s, i) => (
                        <span key={s}>
                          {i > 0 && " · "}
                          <Term text={s} mark={isMatched(s, matched.locale, locale, matched.text)} />
                        </span>
                      ))}
                    </p>
                  )}
                  {terms.avoid.length > 0 && (
                    <p class="glossary-avoid" data-testid="glossary-avoid">
                      <span class="glossary-avoid-label" lang={staff}>✕ {t("panels-glossary-avoid")}:</span>{" "}
                      {terms.avoid.map((s, i) => (
                        <span key={s}>
                          {i > 0 && " · "}
                          <s>
                            <Term text={s} mark={isMatched(s, matched.locale, locale, matched.text)} />
                          </s>
                        </span>
                      ))}
                    </p>
                  )}
                </>
              )}
            </section>
          );
        })}
      </div>
      {(concept.definition.ja || concept.definition.en) && (
        <dl class="glossary-definition">
          {concept.definition.ja && (
            <>
              <dt lang={staff}>{t("panels-definition-ja")}</dt>
              <dd lang="ja">{concept.definition.ja}</dd>
            </>
          )}
          {concept.definition.en && (
            <>
              <dt lang={staff}>{t("panels-definition-en")}</dt>
              <dd lang="en">{concept.definition.en}</dd>
            </>
          )}
        </dl>
      )}
      <p class="glossary-source" lang={staff}>
        {t("panels-glossary-source")}: {concept.source}
      </p>
    </li>
  );
}

function Term({ text, mark }: { text: string; mark: boolean }) {
  return mark ? (
    <mark class="glossary-match" data-testid="glossary-match">
      {text}
    </mark>
  ) : (
    <span>{text}</span>
  );
}
