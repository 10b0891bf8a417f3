// The two locale settings: the staff locale (UI chrome) and the patient locale (shown beside it).
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { Settings } from "./bindings/Settings";
import { localizer, type Localizer } from "./i18n";

export interface Locales {
  staff: string;
  patient: string;
}

export const LocaleContext = createContext<Locales>({ staff: "ja", patient: "en" });

/** The locales to start with: the saved choice, else the OS language for staff. */
export function initialLocales(settings: Settings, suggestedStaff: string): Locales {
  const available = localizer().locales;
  const pick = (saved: string | null, fallback: string) => (saved && available.includes(saved) ? saved : fallback);
  const staff = pick(settings.staffLocale, suggestedStaff);
  const patient = pick(settings.patientLocale, staff === "ja" ? "en" : "ja");
  return { staff, patient };
}

/** `t(id, args)` in the staff locale, plus the localizer for anything else. */
export function useT(): {
  t: (id: string, args?: Record<string, string | number>) => string;
  l10n: Localizer;
  locales: Locales;
} {
  const locales = useContext(LocaleContext);
  const l10n = localizer();
  return { t: (id, args) => l10n.format(locales.staff, id, args), l10n, locales };
}
