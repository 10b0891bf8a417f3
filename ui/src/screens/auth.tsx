// First-run setup (with the one-time recovery key) and unlock.
import { useContext, useEffect, useRef, useState } from "preact/hooks";
import type { AppError } from "../bindings/AppError";
import type { StoreStatus } from "../bindings/StoreStatus";
import { Bi, Text } from "../components/text";
import { localizer } from "../i18n";
import { appInfo, storeSetup, storeUnlock, storeUnlockRecovery } from "../ipc";
import { LocaleContext } from "../state";

/** The intake sections, in the order a coordinator works through them. */
const FLOW = ["section-profile", "section-history", "section-medications", "section-allergies", "section-screening", "section-treatment", "section-consent"] as const;

/** What the app is for, beside the setup and unlock forms. */
export function FlowPanel() {
  return (
    <section class="card flow">
      <h2>
        <Text id="ui-home-heading" />
      </h2>
      <p class="hint">
        <Text id="ui-home-intro" />
      </p>
      <ol class="sections" data-testid="section-list">
        {FLOW.map((id) => (
          <li key={id}>
            <Bi id={id} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function fieldErrors(e: AppError | null): Map<string, string> {
  const out = new Map<string, string>();
  if (e?.kind === "invalid-input") for (const f of e.fields) out.set(f.field, f.message.id + JSON.stringify(f.message.args ?? {}));
  return out;
}

function ErrorLine({ error, field }: { error: AppError | null; field?: string }) {
  const { staff } = useContext(LocaleContext);
  if (!error) return null;
  const l10n = localizer();
  if (field) {
    const f = error.kind === "invalid-input" ? error.fields.find((x) => x.field === field) : undefined;
    return f ? (
      <p class="field-error" role="alert" id={`auth-${field}-error`}>
        {l10n.formatMessage(staff, f.message)}
      </p>
    ) : null;
  }
  return (
    <div class="error" role="alert" data-testid="auth-error">
      {l10n.formatMessage(staff, error.message)}
    </div>
  );
}

function Input(p: { id: string; labelId: string; type?: string; value: string; onInput: (v: string) => void; error: AppError | null; field: string; hintId?: string; autoFocus?: boolean }) {
  const has = fieldErrors(p.error).has(p.field);
  const ref = useRef<HTMLInputElement>(null);
  // Focus once, right after the form appears. The `autofocus` attribute is applied by WebKit at
  // a later moment and can pull the caret out of a field staff are already typing in.
  useEffect(() => {
    if (p.autoFocus) ref.current?.focus();
  }, []);
  return (
    <div class={`field${has ? " has-error" : ""}`}>
      <label for={p.id}>
        <Text id={p.labelId} />
      </label>
      <input
        id={p.id}
        data-testid={p.id}
        type={p.type ?? "text"}
        ref={ref}
        value={p.value}
        autoComplete="off"
        aria-invalid={has ? "true" : undefined}
        aria-describedby={has ? `auth-${p.field}-error` : undefined}
        onInput={(e) => p.onInput(e.currentTarget.value)}
      />
      {p.hintId && (
        <p class="field-hint">
          <Text id={p.hintId} />
        </p>
      )}
      <ErrorLine error={p.error} field={p.field} />
    </div>
  );
}

export function SetupScreen({ onDone }: { onDone: (status: StoreStatus, staff: string) => void }) {
  const [staff, setStaff] = useState("");
  const [pass, setPass] = useState("");
  const [confirm, setConfirm] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [recovery, setRecovery] = useState<{ key: string; status: StoreStatus } | null>(null);
  const [ack, setAck] = useState(false);
  // The rule comes from the app, so the intro states exactly what setup enforces.
  const [minChars, setMinChars] = useState<number | null>(null);
  useEffect(() => {
    appInfo()
      .then((info) => setMinChars(info.minPassphraseChars))
      .catch(() => setMinChars(null));
  }, []);

  if (recovery) {
    return (
      <section class="card auth recovery" data-testid="recovery-screen">
        <h2>
          <Text id="ui-recovery-heading" />
        </h2>
        <p class="warning-text">
          <Text id="ui-recovery-instruction" />
        </p>
        <p class="recovery-key" data-testid="recovery-key" lang="en">
          {recovery.key}
        </p>
        <label class="check" for="recovery-ack">
          <input id="recovery-ack" data-testid="recovery-ack" type="checkbox" checked={ack} onChange={(e) => setAck(e.currentTarget.checked)} />
          <Text id="ui-recovery-ack" />
        </label>
        <div class="actions">
          <button type="button" class="primary" data-testid="recovery-continue" disabled={!ack} onClick={() => onDone(recovery.status, staff)}>
            <Text id="ui-recovery-continue" />
          </button>
        </div>
      </section>
    );
  }

  const submit = (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    storeSetup(staff, pass, confirm)
      .then((done) => {
        setPass("");
        setConfirm("");
        setRecovery({ key: done.recoveryKey, status: done.status });
      })
      .catch((err: AppError) => setError(err))
      .finally(() => setBusy(false));
  };

  return (
    <form class="card auth" data-testid="setup-screen" onSubmit={submit}>
      <h2>
        <Text id="ui-setup-heading" />
      </h2>
      {minChars !== null && (
        <p class="hint">
          <Text id="ui-setup-intro" args={{ min: minChars }} />
        </p>
      )}
      <ErrorLine error={error} />
      <Input id="setup-staff" labelId="ui-field-staff-name" hintId="ui-field-staff-name-hint" value={staff} onInput={setStaff} error={error} field="staff" autoFocus />
      <Input id="setup-passphrase" labelId="ui-field-passphrase" type="password" value={pass} onInput={setPass} error={error} field="passphrase" />
      <Input id="setup-confirm" labelId="ui-field-passphrase-confirm" type="password" value={confirm} onInput={setConfirm} error={error} field="confirm" />
      <div class="actions">
        <button type="submit" class="primary" data-testid="setup-submit" disabled={busy}>
          <Text id="ui-setup-submit" />
        </button>
        {busy && (
          <span class="progress" role="status" data-testid="progress">
            <span class="spinner" aria-hidden="true" />
            <Text id="ui-setup-working" />
          </span>
        )}
      </div>
    </form>
  );
}

export function UnlockScreen({ onDone, notice }: { onDone: (status: StoreStatus, staff: string) => void; notice: string | null }) {
  const [staff, setStaff] = useState("");
  const [pass, setPass] = useState("");
  const [useRecovery, setUseRecovery] = useState(false);
  const [key, setKey] = useState("");
  const [confirm, setConfirm] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const submit = (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const p = useRecovery ? storeUnlockRecovery(staff, key, pass, confirm) : storeUnlock(staff, pass);
    p.then((status) => {
      setPass("");
      setConfirm("");
      setKey("");
      onDone(status, staff);
    })
      .catch((err: AppError) => setError(err))
      .finally(() => setBusy(false));
  };

  return (
    <form class="card auth" data-testid="unlock-screen" onSubmit={submit}>
      <h2>
        <Text id="ui-unlock-heading" />
      </h2>
      {notice && (
        <p class="notice" role="status">
          <Text id={notice} />
        </p>
      )}
      <p class="hint">
        <Text id="ui-unlock-intro" />
      </p>
      <ErrorLine error={error} />
      <Input id="unlock-staff" labelId="ui-field-staff-name" value={staff} onInput={setStaff} error={error} field="staff" autoFocus />
      {useRecovery && <Input id="unlock-recovery-key" labelId="ui-field-recovery-key" value={key} onInput={setKey} error={error} field="recoveryKey" />}
      <Input id="unlock-passphrase" labelId={useRecovery ? "ui-field-new-passphrase" : "ui-field-passphrase"} type="password" value={pass} onInput={setPass} error={error} field="passphrase" />
      {useRecovery && <Input id="unlock-confirm" labelId="ui-field-new-passphrase-confirm" type="password" value={confirm} onInput={setConfirm} error={error} field="confirm" />}
      <div class="actions">
        <button type="submit" class="primary" data-testid="unlock-submit" disabled={busy}>
          {useRecovery ? <Text id="ui-unlock-recovery-submit" /> : <Text id="ui-unlock-submit" />}
        </button>
        <button type="button" class="quiet" onClick={() => setUseRecovery(!useRecovery)}>
          {useRecovery ? <Text id="ui-unlock-use-passphrase" /> : <Text id="ui-unlock-use-recovery" />}
        </button>
        {busy && (
          <span class="progress" role="status" data-testid="progress">
            <span class="spinner" aria-hidden="true" />
            <Text id="ui-unlock-working" />
          </span>
        )}
      </div>
    </form>
  );
}
