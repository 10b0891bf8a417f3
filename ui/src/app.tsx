import { listen } from "@tauri-apps/api/event";
import { invoke } from "@tauri-apps/api/core";
import { getCurrentWindow } from "@tauri-apps/api/window";
import { useEffect, useRef, useState } from "preact/hooks";
import type { AppError } from "./bindings/AppError";
import type { AppInfo } from "./bindings/AppInfo";
import type { Message } from "./bindings/Message";
import type { OpenProblem } from "./bindings/OpenProblem";
import type { PatientRecord } from "./bindings/PatientRecord";
import type { Settings } from "./bindings/Settings";
import type { StoreStatus } from "./bindings/StoreStatus";
import { StaleWindowSetting } from "./components/settings";
import { Text } from "./components/text";
import { localizer } from "./i18n";
import { appInfo, noteActivity, patientLoad, patientNew, settingsGet, settingsSet, storeLock, storeOpenProblem, storeStatus } from "./ipc";
import { DEFAULT_STALE_DAYS, PATIENT_LOCALES, patientLocaleFor } from "./logic";
import { FlowPanel, SetupScreen, UnlockScreen } from "./screens/auth";
import { DataScreen, OpenFailedPanel } from "./screens/data";
import { IntakeScreen, type IntakeHandle } from "./screens/intake";
import { PatientsScreen } from "./screens/patients";
import { LocaleContext, initialLocales, type Locales } from "./state";

function LocalePicker(props: { labelId: string; value: string; onChange: (v: string) => void; testId: string; locales: ReadonlyArray<{ tag: string; autonym: string }> }) {
  const id = `picker-${props.testId}`;
  return (
    <div class="picker">
      <label for={id}>
        <Text id={props.labelId} />
      </label>
      <select id={id} data-testid={props.testId} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        {props.locales.map((loc) => (
          <option key={loc.tag} value={loc.tag} lang={loc.tag}>
            {loc.autonym}
          </option>
        ))}
      </select>
    </div>
  );
}

type Screen =
  | { kind: "loading" }
  | { kind: "setup" }
  | { kind: "locked"; notice: string | null; opened?: Message[] }
  | { kind: "patients" }
  | { kind: "data" }
  | { kind: "open-failed"; problem: OpenProblem }
  | { kind: "intake"; record: PatientRecord; saved: boolean };

export function App() {
  const l10n = localizer();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [locales, setLocales] = useState<Locales>({ staff: "ja", patient: "en" });
  const [screen, setScreen] = useState<Screen>({ kind: "loading" });
  const [staffName, setStaffName] = useState("");
  const [backupFailure, setBackupFailure] = useState<Message | null>(null);
  const intake = useRef<IntakeHandle | null>(null);
  const dirtyGuard = useRef(false);

  const staffLocales = l10n.locales.map((tag) => ({ tag, autonym: l10n.format(tag, "locale-autonym") }));
  const patientLocales = PATIENT_LOCALES.map((l) => ({ tag: l.tag, autonym: l10n.has(l.tag, "locale-autonym") ? l10n.format(l.tag, "locale-autonym") : l.autonym }));

  const fromStatus = (s: StoreStatus, notice: string | null = null) => {
    if (s.state === "needs-setup") setScreen({ kind: "setup" });
    else if (s.state === "locked") setScreen({ kind: "locked", notice, opened: s.notices });
    else {
      setStaffName(s.staff);
      setScreen({ kind: "patients" });
    }
  };

  useEffect(() => {
    Promise.all([appInfo(), settingsGet(), storeStatus()])
      .then(([i, s, st]) => {
        setInfo(i);
        setSettings(s);
        setLocales(initialLocales(s, i.suggestedStaffLocale));
        fromStatus(st);
      })
      .catch((e: AppError) =>
        // A store that would not open: say what happened and offer the newest backup.
        storeOpenProblem()
          .then((problem) => (problem ? setScreen({ kind: "open-failed", problem }) : setError(e)))
          .catch(() => setError(e)),
      );
  }, []);

  // An automatic backup failed: staff must know, the changes are not yet in any backup.
  useEffect(() => {
    const un = listen<Message>("backup-failed", (event) => setBackupFailure(event.payload));
    const ok = listen("backup-made", () => setBackupFailure(null));
    return () => {
      void un.then((f) => f()).catch(() => undefined);
      void ok.then((f) => f()).catch(() => undefined);
    };
  }, []);

  // The session locked for idleness: patient data leaves the screen at once.
  useEffect(() => {
    const un = listen("store-locked", () => {
      intake.current = null;
      setScreen({ kind: "locked", notice: "ui-locked-idle" });
    });
    return () => void un.then((f) => f()).catch(() => undefined);
  }, []);

  // Staff input keeps the idle lock from firing (throttled inside noteActivity).
  useEffect(() => {
    const on = () => noteActivity();
    document.addEventListener("keydown", on, { passive: true });
    document.addEventListener("pointerdown", on, { passive: true });
    return () => {
      document.removeEventListener("keydown", on);
      document.removeEventListener("pointerdown", on);
    };
  }, []);

  // Closing the window saves unsaved edits first. Only hooked when the window may destroy itself,
  // or a refused `destroy` would leave a window that cannot be closed.
  useEffect(() => {
    let unlisten: (() => void) | null = null;
    invoke("plugin:window|destroy", { label: "kakehashi-probe-no-such-window" })
      .then(
        () => true,
        (e: unknown) => !/not allowed|denied|forbidden/i.test(String(e)),
      )
      .then((allowed) => {
        if (!allowed) return;
        return getCurrentWindow()
          .onCloseRequested(async () => {
            if (intake.current && !dirtyGuard.current) {
              dirtyGuard.current = true;
              await intake.current.flush().catch(() => false);
            }
          })
          .then((f) => {
            unlisten = f;
          });
      })
      .catch(() => undefined);
    return () => unlisten?.();
  }, []);

  useEffect(() => {
    document.documentElement.lang = locales.staff;
  }, [locales.staff]);

  // The glossary and handoff overlays render in their own root; tell them the current pair.
  useEffect(() => {
    window.dispatchEvent(new CustomEvent("kakehashi:locales", { detail: { staff: locales.staff, patient: locales.patient } }));
  }, [locales.staff, locales.patient]);

  const update = (next: Locales, persist: boolean) => {
    setLocales(next);
    if (settings && persist) {
      const saved = { ...settings, staffLocale: next.staff, patientLocale: next.patient };
      settingsSet(saved)
        .then(setSettings)
        .catch((e: AppError) => setError(e));
    }
  };

  const openRecord = (record: PatientRecord, saved: boolean) => {
    const preferred = patientLocaleFor(record.profile.preferredLanguage);
    if (preferred) setLocales((l) => ({ ...l, patient: preferred }));
    setScreen({ kind: "intake", record, saved });
  };

  const leaveIntake = async () => {
    // A refused save keeps staff on the record, with the problems shown at their fields.
    if (intake.current && !(await intake.current.flush())) return;
    intake.current = null;
    setLocales((l) => ({ ...l, patient: settings?.patientLocale && patientLocales.some((p) => p.tag === settings.patientLocale) ? settings.patientLocale : l.patient }));
    setScreen({ kind: "patients" });
  };

  const lock = async () => {
    if (intake.current) await intake.current.flush();
    intake.current = null;
    storeLock()
      .then((s) => fromStatus(s))
      .catch((e: AppError) => setError(e));
  };

  const unlocked = screen.kind === "patients" || screen.kind === "intake" || screen.kind === "data";

  const openData = async () => {
    if (intake.current && !(await intake.current.flush())) return;
    intake.current = null;
    setScreen({ kind: "data" });
  };

  return (
    <LocaleContext.Provider value={locales}>
      <header class="topbar">
        <div class="brand">
          <h1 data-testid="app-title">
            <Text id="app-title" />
          </h1>
          <p class="tagline">
            <Text id="app-tagline" />
          </p>
        </div>
        <div class="pickers">
          <LocalePicker labelId="ui-staff-locale" testId="staff-locale" locales={staffLocales} value={locales.staff} onChange={(v) => update({ ...locales, staff: v }, true)} />
          <LocalePicker
            labelId="ui-patient-locale"
            testId="patient-locale"
            locales={patientLocales}
            value={locales.patient}
            onChange={(v) => update({ ...locales, patient: v }, screen.kind !== "intake")}
          />
          {settings && <StaleWindowSetting settings={settings} onSaved={setSettings} />}
          {unlocked && (
            <div class="who">
              <span data-testid="signed-in">
                <Text id="ui-signed-in" args={{ staff: staffName }} />
              </span>
              <button type="button" class="on-brand" data-testid="open-data" onClick={() => void openData()}>
                <Text id="data-open" />
              </button>
              <button type="button" class="on-brand" data-testid="lock" onClick={() => void lock()}>
                <Text id="ui-lock" />
              </button>
            </div>
          )}
        </div>
      </header>
      <main id="main" data-testid="main-screen" data-screen={screen.kind}>
        {error && (
          <div class="error" role="alert">
            {l10n.formatMessage(locales.staff, error.message)}
          </div>
        )}
        {backupFailure && (
          <div class="error" role="alert" data-testid="backup-failed-notice">
            <Text id="data-auto-failed" args={{ detail: l10n.formatMessage(locales.staff, backupFailure) }} />{" "}
            <button type="button" class="quiet" onClick={() => setBackupFailure(null)}>
              <Text id="data-dismiss" />
            </button>
          </div>
        )}
        {screen.kind === "open-failed" && (
          <div class="auth-layout">
            <OpenFailedPanel problem={screen.problem} />
            <FlowPanel />
          </div>
        )}
        {screen.kind === "data" && <DataScreen settings={settings} onSettings={setSettings} onBack={() => setScreen({ kind: "patients" })} />}
        {screen.kind === "loading" && (
          <div class="auth-layout">
            <p class="hint">
              <Text id="ui-loading" />
            </p>
            <FlowPanel />
          </div>
        )}
        {screen.kind === "setup" && (
          <div class="auth-layout">
            <SetupScreen onDone={(s, who) => (setStaffName(who), fromStatus(s))} />
            <FlowPanel />
          </div>
        )}
        {screen.kind === "locked" && (
          <div class="auth-layout">
            <div>
              {/* What happened while opening the store (e.g. a damaged snapshot file moved aside). */}
              {(screen.opened ?? []).map((m, i) => (
                <p key={i} class="notice" role="status" data-testid="open-notice">
                  {l10n.formatMessage(locales.staff, m)}
                </p>
              ))}
              <UnlockScreen notice={screen.notice} onDone={(s, who) => (setStaffName(who), fromStatus(s))} />
            </div>
            <FlowPanel />
          </div>
        )}
        {screen.kind === "patients" && (
          <PatientsScreen
            onOpen={(id) =>
              patientLoad(id)
                .then((r) => openRecord(r, true))
                .catch((e: AppError) => setError(e))
            }
            onNew={() =>
              patientNew()
                .then((r) => openRecord(r, false))
                .catch((e: AppError) => setError(e))
            }
          />
        )}
        {screen.kind === "intake" && (
          <IntakeScreen
            key={screen.record.id}
            initial={screen.record}
            saved={screen.saved}
            staff={staffName}
            handle={intake}
            staleWindowDays={settings?.staleWindowDays ?? DEFAULT_STALE_DAYS}
            onBack={() => void leaveIntake()}
            onPreferredLanguage={(tag) => {
              const loc = patientLocaleFor(tag);
              if (loc) setLocales((l) => ({ ...l, patient: loc }));
            }}
          />
        )}
      </main>
      <footer class="statusbar">
        {info ? (
          <>
            <span>
              <Text id="ui-version" args={{ version: info.version }} />
            </span>
            <span>
              <Text id="ui-data-dir" args={{ path: info.dataDir }} />
            </span>
          </>
        ) : (
          <span>
            <Text id="ui-loading" />
          </span>
        )}
      </footer>
    </LocaleContext.Provider>
  );
}
