// "Data & backups": automatic backups and their settings, back up now, the backups folder, verify
// and restore a backup into a new folder, and the plaintext export behind its warning. Also the
// panel the unlock screen shows when the store would not open at start.
import { useContext, useEffect, useState } from "preact/hooks";
import type { AppError } from "../bindings/AppError";
import type { AutoBackupStatus } from "../bindings/AutoBackupStatus";
import type { BackupFile } from "../bindings/BackupFile";
import type { BackupKey } from "../bindings/BackupKey";
import type { BackupMade } from "../bindings/BackupMade";
import type { BackupReport } from "../bindings/BackupReport";
import type { ExportDone } from "../bindings/ExportDone";
import type { OpenProblem } from "../bindings/OpenProblem";
import type { Restored } from "../bindings/Restored";
import type { Settings } from "../bindings/Settings";
import { Text } from "../components/text";
import { localizer } from "../i18n";
import {
  appRelaunch,
  backupList,
  backupNow,
  backupPickFile,
  backupPickFolder,
  backupRestore,
  backupRestoreSuggestion,
  backupSaveAs,
  backupStatus,
  backupVerify,
  exportPlaintext,
  settingsSet,
} from "../ipc";
import { LocaleContext } from "../state";

/** A running operation, shown with a spinner and its name until it ends. */
function Progress({ id }: { id: string }) {
  return (
    <span class="progress" role="status" data-testid="data-progress">
      <span class="spinner" aria-hidden="true" />
      <Text id={id} />
    </span>
  );
}

function ErrorBox({ error, testId }: { error: AppError | null; testId: string }) {
  const { staff } = useContext(LocaleContext);
  if (!error) return null;
  return (
    <div class="error" role="alert" data-testid={testId}>
      {localizer().formatMessage(staff, error.message)}
    </div>
  );
}

function FieldError({ error, field }: { error: AppError | null; field: string }) {
  const { staff } = useContext(LocaleContext);
  const f = error?.kind === "invalid-input" ? error.fields.find((x) => x.field === field) : undefined;
  if (!f) return null;
  return (
    <p class="field-error" role="alert" id={`data-${field}-error`}>
      {localizer().formatMessage(staff, f.message)}
    </p>
  );
}

function when(iso: string | null, locale: string): string {
  if (!iso) return "—";
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(locale);
}

function size(bytes: number, locale: string): string {
  const kib = bytes / 1024;
  return kib < 1024
    ? `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(kib)} KiB`
    : `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(kib / 1024)} MiB`;
}

/** The passphrase or the recovery key that opens a backup. */
function KeyInput(props: { idPrefix: string; value: BackupKey; onChange: (k: BackupKey) => void; error: AppError | null }) {
  const recovery = props.value.kind === "recovery-key";
  const field = recovery ? "recoveryKey" : "passphrase";
  const id = `${props.idPrefix}-${recovery ? "recovery-key" : "passphrase"}`;
  const invalid = props.error?.kind === "invalid-input" && props.error.fields.some((f) => f.field === field);
  return (
    <div class={`field${invalid ? " has-error" : ""}`}>
      <label for={id}>{recovery ? <Text id="data-key-recovery" /> : <Text id="data-key-passphrase" />}</label>
      <input
        id={id}
        data-testid={id}
        type={recovery ? "text" : "password"}
        autoComplete="off"
        aria-invalid={invalid ? "true" : undefined}
        aria-describedby={invalid ? `data-${field}-error` : undefined}
        value={recovery ? (props.value as { recoveryKey: string }).recoveryKey : (props.value as { passphrase: string }).passphrase}
        onInput={(e) => {
          const v = e.currentTarget.value;
          props.onChange(recovery ? { kind: "recovery-key", recoveryKey: v } : { kind: "passphrase", passphrase: v });
        }}
      />
      <FieldError error={props.error} field={field} />
      <button
        type="button"
        class="link"
        data-testid={`${props.idPrefix}-key-mode`}
        onClick={() => props.onChange(recovery ? { kind: "passphrase", passphrase: "" } : { kind: "recovery-key", recoveryKey: "" })}
      >
        {recovery ? <Text id="data-key-use-passphrase" /> : <Text id="data-key-use-recovery" />}
      </button>
    </div>
  );
}

function VerifyResult({ report }: { report: BackupReport }) {
  return (
    <p class="notice" role="status" data-testid="verify-result" data-patients={report.summaries}>
      <Text
        id="data-verify-ok"
        args={{ patients: report.summaries, records: report.records, terms: report.documents, audit: report.auditEntries, sha: report.sha256.slice(0, 16) }}
      />
    </p>
  );
}

/**
 * Verify a backup file and restore it into a NEW folder, then offer to open that folder. Used on
 * the data screen and on the unlock screen when the store would not open.
 */
export function VerifyRestorePanel(props: { file: string | null; onFile: (path: string) => void; onVerified?: (path: string, report: BackupReport) => void }) {
  const [key, setKey] = useState<BackupKey>({ kind: "passphrase", passphrase: "" });
  const [who, setWho] = useState("");
  const [target, setTarget] = useState("");
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [report, setReport] = useState<BackupReport | null>(null);
  const [restored, setRestored] = useState<Restored | null>(null);

  useEffect(() => {
    backupRestoreSuggestion()
      .then((s) => setTarget((t) => t || s))
      .catch(() => undefined);
  }, []);
  useEffect(() => {
    setReport(null);
    setRestored(null);
    setError(null);
  }, [props.file]);

  const run = <T,>(label: string, p: () => Promise<T>, done: (v: T) => void) => {
    setBusy(label);
    setError(null);
    p()
      .then(done)
      .catch((e: AppError) => setError(e))
      .finally(() => setBusy(null));
  };

  const file = props.file;
  return (
    <div data-testid="verify-restore">
      <div class="field">
        <span class="field-label">
          <Text id="data-selected-file" />
        </span>
        <p data-testid="selected-backup" style="overflow-wrap:anywhere;margin:0.2rem 0">
          {file ?? <Text id="data-no-file" />}
        </p>
        <button type="button" data-testid="backup-pick-file" disabled={busy !== null} onClick={() => backupPickFile().then((p) => p && props.onFile(p)).catch((e: AppError) => setError(e))}>
          <Text id="data-choose-file" />
        </button>
      </div>
      <KeyInput idPrefix="backup" value={key} onChange={setKey} error={error} />
      <div class="actions">
        <button
          type="button"
          class="primary"
          data-testid="verify-run"
          disabled={!file || busy !== null}
          onClick={() =>
            file &&
            run("data-verifying", () => backupVerify(file, key), (r) => {
              setReport(r);
              props.onVerified?.(file, r);
            })
          }
        >
          <Text id="data-verify" />
        </button>
        {busy && <Progress id={busy} />}
      </div>
      {report && <VerifyResult report={report} />}

      <h3>
        <Text id="data-restore-heading" />
      </h3>
      <p class="hint">
        <Text id="data-restore-intro" />
      </p>
      <div class="field">
        <label for="restore-staff">
          <Text id="ui-field-staff-name" />
        </label>
        <input id="restore-staff" data-testid="restore-staff" value={who} autoComplete="off" onInput={(e) => setWho(e.currentTarget.value)} />
        <FieldError error={error} field="staff" />
      </div>
      <div class="field">
        <label for="restore-target">
          <Text id="data-restore-target" />
        </label>
        <div style="display:flex;gap:0.5rem;align-items:center">
          <input id="restore-target" data-testid="restore-target" value={target} autoComplete="off" onInput={(e) => setTarget(e.currentTarget.value)} />
          <button type="button" style="white-space:nowrap" data-testid="restore-pick-folder" disabled={busy !== null} onClick={() => backupPickFolder().then((p) => p && setTarget(p)).catch((e: AppError) => setError(e))}>
            <Text id="data-choose-folder" />
          </button>
        </div>
        <FieldError error={error} field="target" />
      </div>
      <div class="actions">
        <button
          type="button"
          data-testid="restore-run"
          disabled={!file || target.trim() === "" || busy !== null}
          onClick={() => file && run("data-restoring", () => backupRestore(file, target, who, key), setRestored)}
        >
          <Text id="data-restore" />
        </button>
      </div>
      <ErrorBox error={error?.kind === "invalid-input" && error.fields.length > 0 ? null : error} testId="verify-restore-error" />
      {restored && (
        <div class="notice" role="status" data-testid="restore-result">
          <p>
            <Text id="data-restore-done" args={{ path: restored.dataDir, patients: restored.records }} />
          </p>
          <p class="hint">
            <Text id="data-restore-how-to-open" args={{ path: restored.dataDir }} />
          </p>
          <button type="button" class="primary" data-testid="restore-open" onClick={() => appRelaunch(restored.dataDir).catch((e: AppError) => setError(e))}>
            <Text id="data-restore-open" />
          </button>
        </div>
      )}
    </div>
  );
}

/** The unlock screen's panel when the store failed to open: what happened, and the way back. */
export function OpenFailedPanel({ problem }: { problem: OpenProblem }) {
  const { staff } = useContext(LocaleContext);
  const [file, setFile] = useState<string | null>(problem.newestBackup);
  return (
    <section class="card auth" data-testid="open-failed">
      <h2>
        <Text id="data-open-failed-heading" />
      </h2>
      <div class="error" role="alert" data-testid="open-failed-message">
        {localizer().formatMessage(staff, problem.message)}
      </div>
      <p class="hint">
        <Text id="data-open-failed-untouched" />
      </p>
      <p class={problem.newestBackup ? "notice" : "warning-text"}>
        {problem.newestBackup ? (
          <Text id="data-open-failed-offer" args={{ path: problem.newestBackup }} />
        ) : (
          <Text id="data-open-failed-no-backup" args={{ dir: problem.backupsDir }} />
        )}
      </p>
      <VerifyRestorePanel file={file} onFile={setFile} />
    </section>
  );
}

export function DataScreen(props: { settings: Settings | null; onSettings: (s: Settings) => void; onBack: () => void }) {
  const { staff } = useContext(LocaleContext);
  const [status, setStatus] = useState<AutoBackupStatus | null>(null);
  const [files, setFiles] = useState<BackupFile[] | null>(null);
  const [counts, setCounts] = useState<Record<string, number>>({});
  const [selected, setSelected] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [made, setMade] = useState<BackupMade | null>(null);
  const [ack, setAck] = useState(false);
  const [exported, setExported] = useState<ExportDone | null>(null);
  const [exportError, setExportError] = useState<AppError | null>(null);
  const [draft, setDraft] = useState<Settings | null>(props.settings);
  const [settingsError, setSettingsError] = useState<AppError | null>(null);
  const [settingsSaved, setSettingsSaved] = useState(false);

  const refresh = () => {
    backupStatus().then(setStatus).catch((e: AppError) => setError(e));
    backupList().then(setFiles).catch((e: AppError) => setError(e));
  };
  useEffect(refresh, []);
  useEffect(() => setDraft(props.settings), [props.settings]);

  const run = <T,>(label: string, p: () => Promise<T>, done: (v: T) => void, onError: (e: AppError) => void = setError) => {
    setBusy(label);
    setError(null);
    setExportError(null);
    p()
      .then(done)
      .catch(onError)
      .finally(() => {
        setBusy(null);
        refresh();
      });
  };

  const saveSettings = () => {
    if (!draft) return;
    setSettingsError(null);
    setSettingsSaved(false);
    settingsSet(draft)
      .then((s) => {
        props.onSettings(s);
        setSettingsSaved(true);
        refresh();
      })
      .catch((e: AppError) => setSettingsError(e));
  };

  const num = (field: "backupKeep" | "backupEveryMinutes", labelId: string) => {
    const invalid = settingsError?.kind === "invalid-input" && settingsError.fields.some((f) => f.field === field);
    return (
      <div class={`field${invalid ? " has-error" : ""}`} style="max-width:16rem">
        <label for={`setting-${field}`}>
          <Text id={labelId} />
        </label>
        <input
          id={`setting-${field}`}
          data-testid={`setting-${field}`}
          type="number"
          value={draft ? String(draft[field]) : ""}
          aria-invalid={invalid ? "true" : undefined}
          onInput={(e) => {
            const v = Number.parseInt(e.currentTarget.value, 10);
            if (draft) setDraft({ ...draft, [field]: Number.isNaN(v) ? 0 : v });
          }}
        />
        <FieldError error={settingsError} field={field} />
      </div>
    );
  };

  return (
    <div class="patients" data-testid="data-screen">
      <div class="actions">
        <button type="button" data-testid="data-back" onClick={props.onBack}>
          ← <Text id="data-back" />
        </button>
      </div>
      <section class="card">
        <h2>
          <Text id="data-heading" />
        </h2>
        <p class="hint">
          <Text id="data-intro" />
        </p>
        <ErrorBox error={error} testId="data-error" />
        <h3>
          <Text id="data-auto-heading" />
        </h3>
        {status && (
          <div data-testid="auto-status">
            <p>
              {status.enabled ? <Text id="data-auto-on" args={{ dir: status.backupsDir }} /> : <Text id="data-auto-off" />}
            </p>
            <p class="hint">
              {status.lastBackupAt ? <Text id="data-auto-last" args={{ when: when(status.lastBackupAt, staff) }} /> : <Text id="data-auto-none-yet" />}
              {status.pendingChanges && (
                <>
                  {" "}
                  <Text id="data-auto-pending" />
                </>
              )}
            </p>
            {status.lastFailure && (
              <div class="error" role="alert" data-testid="auto-failure">
                <Text id="data-auto-failed" args={{ detail: localizer().formatMessage(staff, status.lastFailure) }} />
              </div>
            )}
          </div>
        )}
        {draft && (
          <div>
            <label class="check" for="setting-autoBackup">
              <input id="setting-autoBackup" data-testid="setting-autoBackup" type="checkbox" checked={draft.autoBackup} onChange={(e) => setDraft({ ...draft, autoBackup: e.currentTarget.checked })} />
              <Text id="data-setting-auto" />
            </label>
            <div style="display:flex;gap:1rem;flex-wrap:wrap">
              {num("backupKeep", "data-setting-keep")}
              {num("backupEveryMinutes", "data-setting-every")}
            </div>
            <div class="field">
              <label for="setting-backupDir">
                <Text id="data-setting-dir" />
              </label>
              <input
                id="setting-backupDir"
                data-testid="setting-backupDir"
                value={draft.backupDir ?? ""}
                placeholder={status?.backupsDir ?? ""}
                autoComplete="off"
                aria-invalid={settingsError?.kind === "invalid-input" && settingsError.fields.some((f) => f.field === "backupDir") ? "true" : undefined}
                onInput={(e) => {
                  const v = e.currentTarget.value;
                  setDraft({ ...draft, backupDir: v.trim() === "" ? null : v });
                }}
              />
              <p class="field-hint">
                <Text id="data-setting-dir-hint" />
              </p>
              <FieldError error={settingsError} field="backupDir" />
            </div>
            <div class="actions">
              <button type="button" data-testid="settings-save" onClick={saveSettings}>
                <Text id="data-setting-save" />
              </button>
              {settingsSaved && (
                <span role="status">
                  <Text id="data-setting-saved" />
                </span>
              )}
            </div>
            <ErrorBox error={settingsError?.kind === "invalid-input" ? null : settingsError} testId="settings-error" />
          </div>
        )}
      </section>

      <section class="card">
        <h2>
          <Text id="data-now-heading" />
        </h2>
        <div class="actions">
          <button type="button" class="primary" data-testid="backup-now" disabled={busy !== null} onClick={() => run("data-backing-up", backupNow, setMade)}>
            <Text id="data-backup-now" />
          </button>
          <button type="button" data-testid="backup-save-as" disabled={busy !== null} onClick={() => run("data-backing-up", () => backupSaveAs(), (m) => m && setMade(m))}>
            <Text id="data-backup-save-as" />
          </button>
          {busy && <Progress id={busy} />}
        </div>
        {made && (
          <p class="notice" role="status" data-testid="backup-result">
            <Text id="data-backup-done" args={{ path: made.path, patients: made.patients, size: size(made.sizeBytes, staff), sha: made.sha256.slice(0, 16) }} />
          </p>
        )}
      </section>

      <section class="card">
        <h2>
          <Text id="data-list-heading" />
        </h2>
        {files === null ? (
          <p class="hint">
            <Text id="ui-loading" />
          </p>
        ) : files.length === 0 ? (
          <p class="empty" data-testid="backups-empty">
            <Text id="data-list-empty" />
          </p>
        ) : (
          <table class="patient-table" data-testid="backup-table">
            <thead>
              <tr>
                <th scope="col">
                  <Text id="data-col-date" />
                </th>
                <th scope="col">
                  <Text id="data-col-size" />
                </th>
                <th scope="col">
                  <Text id="data-col-patients" />
                </th>
                <th scope="col">
                  <Text id="data-col-file" />
                </th>
              </tr>
            </thead>
            <tbody>
              {files.map((f) => (
                <tr key={f.path} data-testid="backup-row" data-path={f.path} aria-selected={selected === f.path ? "true" : "false"}>
                  <td>{when(f.modifiedAt, staff)}</td>
                  <td>{size(f.sizeBytes, staff)}</td>
                  <td data-testid="backup-row-patients">{counts[f.path] ?? <Text id="data-col-patients-unverified" />}</td>
                  <td>
                    <button type="button" class="link" data-testid="backup-select" onClick={() => setSelected(f.path)}>
                      {f.fileName}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section class="card">
        <h2>
          <Text id="data-verify-heading" />
        </h2>
        <VerifyRestorePanel file={selected} onFile={setSelected} onVerified={(path, r) => setCounts((c) => ({ ...c, [path]: r.summaries }))} />
      </section>

      <section class="card">
        <h2>
          <Text id="data-export-heading" />
        </h2>
        <p class="warning-text" data-testid="export-warning">
          <Text id="store-plain-export-warning" />
        </p>
        <label class="check" for="export-ack">
          <input id="export-ack" data-testid="export-ack" type="checkbox" checked={ack} onChange={(e) => setAck(e.currentTarget.checked)} />
          <Text id="data-export-ack" />
        </label>
        <div class="actions">
          <button
            type="button"
            class="danger"
            data-testid="export-run"
            disabled={!ack || busy !== null}
            onClick={() =>
              run(
                "data-exporting",
                () => exportPlaintext(ack),
                (d) => {
                  setExported(d);
                  setAck(false);
                },
                setExportError,
              )
            }
          >
            <Text id="data-export-run" />
          </button>
        </div>
        <ErrorBox error={exportError} testId="export-error" />
        {exported && (
          <p class="notice" role="status" data-testid="export-result">
            <Text id="data-export-done" args={{ path: exported.path, patients: exported.patients }} />
          </p>
        )}
      </section>
    </div>
  );
}
