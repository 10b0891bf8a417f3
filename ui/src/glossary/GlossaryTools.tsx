// Import and export of the user glossary. An import is read and shown first (counts, new and
// already-present ids, every problem with its line or entry); only an explicit confirmation
// stores it, and a file with problems needs its own confirmation to import the valid entries.
import { useState } from "preact/hooks";
import type { AppError } from "../bindings/AppError";
import type { ExportFormat } from "../bindings/ExportFormat";
import type { ImportProblem } from "../bindings/ImportProblem";
import type { ImportReview } from "../bindings/ImportReview";
import { localizer } from "../i18n";
import { toAppError } from "../ipc";
import { glossaryExport, importCommit, importPreview } from "./ipc";

type Phase =
  | { kind: "idle" }
  | { kind: "reading" }
  | { kind: "review"; review: ImportReview }
  | { kind: "importing"; review: ImportReview }
  | { kind: "done"; text: string }
  | { kind: "failed"; error: AppError };

interface Props {
  staff: string;
  /** After an import: search again so the new terms show. */
  onImported: () => void;
}

export function GlossaryTools({ staff, onImported }: Props) {
  const l10n = localizer();
  const t = (id: string, args?: Record<string, string | number>) => l10n.format(staff, id, args);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [format, setFormat] = useState<ExportFormat>("tbx");

  const startImport = async () => {
    setPhase({ kind: "reading" });
    try {
      const review = await importPreview();
      setPhase(review ? { kind: "review", review } : { kind: "idle" });
    } catch (raw) {
      setPhase({ kind: "failed", error: toAppError(raw) });
    }
  };
  const confirm = async (review: ImportReview, acceptPartial: boolean) => {
    setPhase({ kind: "importing", review });
    try {
      const done = await importCommit(review.token, acceptPartial);
      setPhase({ kind: "done", text: t("panels-glossary-import-done", { count: done.imported, left: done.leftOut }) });
      onImported();
    } catch (raw) {
      setPhase({ kind: "failed", error: toAppError(raw) });
    }
  };
  const exportNow = async () => {
    try {
      const path = await glossaryExport(format);
      setPhase(path ? { kind: "done", text: t("panels-glossary-export-done", { path }) } : { kind: "idle" });
    } catch (raw) {
      setPhase({ kind: "failed", error: toAppError(raw) });
    }
  };

  const busy = phase.kind === "reading" || phase.kind === "importing";
  return (
    <div class="glossary-tools" data-testid="glossary-tools">
      <div class="glossary-tools-row">
        <button type="button" onClick={startImport} disabled={busy} data-testid="glossary-import">
          {t("panels-glossary-import")}
        </button>
        <label class="glossary-export-format">
          {t("panels-glossary-export-format")}
          <select value={format} onChange={(e) => setFormat((e.target as HTMLSelectElement).value as ExportFormat)} data-testid="glossary-export-format">
            <option value="tbx">TBX</option>
            <option value="tbx-v3">TBX v3</option>
            <option value="csv">CSV</option>
          </select>
        </label>
        <button type="button" onClick={exportNow} disabled={busy} data-testid="glossary-export">
          {t("panels-glossary-export")}
        </button>
      </div>
      {busy && (
        <p class="glossary-progress" role="status" data-testid="glossary-import-progress">
          <progress />
          {phase.kind === "reading" ? t("panels-glossary-import-reading") : t("panels-glossary-import-storing")}
        </p>
      )}
      {phase.kind === "review" && <ReviewView staff={staff} review={phase.review} onConfirm={confirm} onCancel={() => setPhase({ kind: "idle" })} />}
      {phase.kind === "done" && (
        <p class="glossary-tools-done" role="status" data-testid="glossary-tools-done">
          {phase.text}
        </p>
      )}
      {phase.kind === "failed" && (
        <p class="glossary-form-error" role="alert" data-testid="glossary-tools-error">
          {l10n.formatMessage(staff, phase.error.message)}
        </p>
      )}
    </div>
  );
}

interface ReviewProps {
  staff: string;
  review: ImportReview;
  onConfirm: (review: ImportReview, acceptPartial: boolean) => void;
  onCancel: () => void;
}

function ReviewView({ staff, review, onConfirm, onCancel }: ReviewProps) {
  const l10n = localizer();
  const t = (id: string, args?: Record<string, string | number>) => l10n.format(staff, id, args);
  const toStore = review.newIds.length + review.replacesUser.length + review.extendsBuiltin.length;
  const problems = review.problems.length;
  return (
    <section class="glossary-import-review" data-testid="glossary-import-review" aria-label={t("panels-glossary-import-review")}>
      <h3>{t("panels-glossary-import-review")}</h3>
      <p class="glossary-import-file">{review.file}</p>
      <ul class="glossary-import-counts" data-testid="glossary-import-counts">
        <li>{t("panels-glossary-import-new", { count: review.newIds.length })}</li>
        <li>{t("panels-glossary-import-replaces", { count: review.replacesUser.length })}</li>
        <li>{t("panels-glossary-import-extends", { count: review.extendsBuiltin.length })}</li>
        <li>{t("panels-glossary-import-unchanged", { count: review.unchanged.length })}</li>
        <li>{t("panels-glossary-import-problems", { count: problems })}</li>
      </ul>
      {problems > 0 && (
        <ol class="glossary-import-problems" data-testid="glossary-import-problems">
          {review.problems.map((p, i) => (
            <li key={i}>
              {problemPlace(p, t)}
              {l10n.formatMessage(staff, p.message)}
            </li>
          ))}
        </ol>
      )}
      <div class="glossary-form-actions">
        {toStore > 0 && problems === 0 && (
          <button type="button" onClick={() => onConfirm(review, false)} data-testid="glossary-import-confirm">
            {t("panels-glossary-import-confirm", { count: toStore })}
          </button>
        )}
        {toStore > 0 && problems > 0 && (
          <button type="button" onClick={() => onConfirm(review, true)} data-testid="glossary-import-confirm-partial">
            {t("panels-glossary-import-confirm-partial", { count: toStore, problems })}
          </button>
        )}
        <button type="button" onClick={onCancel} data-testid="glossary-import-cancel">
          {t("panels-glossary-cancel")}
        </button>
      </div>
    </section>
  );
}

/** "Line 3: " before a problem, unless its message already names the line itself. */
function problemPlace(p: ImportProblem, t: (id: string, args?: Record<string, string | number>) => string): string {
  if (p.message.args && "line" in p.message.args) return "";
  if (p.line != null) return `${t("panels-glossary-import-at-line", { line: p.line })} `;
  if (p.entry != null) return `${t("panels-glossary-import-at-entry", { entry: p.entry })} `;
  return "";
}
