import { useEffect, useState } from "preact/hooks";
import type { AppError } from "./bindings/AppError";
import type { AppInfo } from "./bindings/AppInfo";
import { Bi, Text } from "./components/text";
import { localizer } from "./i18n";
import type { Settings } from "./bindings/Settings";
import { appInfo, settingsGet, settingsSet } from "./ipc";
import { LocaleContext, initialLocales, type Locales } from "./state";

/** The intake sections, in the order a coordinator works through them. */
const SECTIONS = [
  "section-profile",
  "section-history",
  "section-medications",
  "section-allergies",
  "section-screening",
  "section-treatment",
  "section-consent",
] as const;

function LocalePicker(props: { labelId: string; value: string; onChange: (v: string) => void; testId: string }) {
  const l10n = localizer();
  const id = `picker-${props.testId}`;
  return (
    <div class="picker">
      <label for={id}>
        <Text id={props.labelId} />
      </label>
      <select id={id} data-testid={props.testId} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        {l10n.locales.map((loc) => (
          <option key={loc} value={loc} lang={loc}>
            {l10n.format(loc, "locale-autonym")}
          </option>
        ))}
      </select>
    </div>
  );
}

export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [locales, setLocales] = useState<Locales>({ staff: "ja", patient: "en" });

  useEffect(() => {
    Promise.all([appInfo(), settingsGet()])
      .then(([i, s]) => {
        setInfo(i);
        setSettings(s);
        setLocales(initialLocales(s, i.suggestedStaffLocale));
      })
      .catch((e: AppError) => setError(e));
  }, []);

  useEffect(() => {
    document.documentElement.lang = locales.staff;
  }, [locales.staff]);

  const update = (next: Locales) => {
    setLocales(next);
    if (settings) {
      const saved = { ...settings, staffLocale: next.staff, patientLocale: next.patient };
      settingsSet(saved)
        .then(setSettings)
        .catch((e: AppError) => setError(e));
    }
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
          <LocalePicker labelId="ui-staff-locale" testId="staff-locale" value={locales.staff} onChange={(v) => update({ ...locales, staff: v })} />
          <LocalePicker labelId="ui-patient-locale" testId="patient-locale" value={locales.patient} onChange={(v) => update({ ...locales, patient: v })} />
        </div>
      </header>
      <main id="main" data-testid="main-screen">
        {error && (
          <div class="error" role="alert">
            {localizer().formatMessage(locales.staff, error.message)}
          </div>
        )}
        <section class="card">
          <h2>
            <Text id="ui-home-heading" />
          </h2>
          <p class="hint">
            <Text id="ui-home-intro" />
          </p>
          <ol class="sections" data-testid="section-list">
            {SECTIONS.map((id) => (
              <li key={id}>
                <Bi id={id} />
              </li>
            ))}
          </ol>
        </section>
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
