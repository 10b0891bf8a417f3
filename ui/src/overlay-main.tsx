// The overlays that live above whatever screen is showing (first-run setup included): the
// glossary (Ctrl+K or F2 from anywhere) and the physician handoff preview. The main app drives
// them with window events, so neither side imports the other:
//   kakehashi:locales  {detail: {staff, patient}}
//   kakehashi:glossary {detail: {query?}}
//   kakehashi:handoff  {detail: {recordId, patientLocale?}}
import { render } from "preact";
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { GlossaryPanel } from "./glossary/GlossaryPanel";
import { appInfo, settingsGet } from "./glossary/ipc";
import { HandoffPanel } from "./handoff/HandoffPanel";
import { localizer } from "./i18n";
import { LocaleContext, type Locales } from "./state";

async function savedLocales(): Promise<Locales> {
  const available = localizer().locales;
  const [settings, info] = await Promise.all([settingsGet().catch(() => null), appInfo().catch(() => null)]);
  const pick = (v: string | null | undefined) => (v && available.includes(v) ? v : null);
  const staff = pick(settings?.staffLocale) ?? pick(info?.suggestedStaffLocale) ?? "ja";
  // The patient side is kept even without UI messages in that language: the glossary has six.
  const patient = settings?.patientLocale || (staff === "ja" ? "en" : "ja");
  return { staff, patient };
}

function Overlays() {
  const [locales, setLocales] = useState<Locales | null>(null);
  const [glossary, setGlossary] = useState<{ query: string } | null>(null);
  const [handoff, setHandoff] = useState<{ recordId: string; patientLocale: string | null } | null>(null);
  // Once the main app has told us the locales, they win over the saved settings.
  const driven = useRef(false);
  const returnFocus = useRef<HTMLElement | null>(null);

  // Where focus goes back to: the glossary may open over the handoff preview, so each panel keeps
  // its own return point.
  const glossaryReturn = useRef<HTMLElement | null>(null);
  const remember = (into: { current: HTMLElement | null }, except: string) => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body && !active.closest(except)) into.current = active;
  };
  const restore = (from: { current: HTMLElement | null }) => {
    const target = from.current;
    from.current = null;
    if (target && target.isConnected) requestAnimationFrame(() => target.focus());
  };

  const openGlossary = (query: string) => {
    remember(glossaryReturn, "[data-testid=glossary-panel]");
    if (!driven.current) {
      void savedLocales().then((l) => {
        if (!driven.current) setLocales(l);
      });
    }
    setGlossary({ query });
  };

  useEffect(() => {
    void savedLocales().then((l) => {
      if (!driven.current) setLocales(l);
    });
    const onKey = (e: KeyboardEvent) => {
      const shortcut = (e.key === "k" || e.key === "K") && (e.ctrlKey || e.metaKey) && !e.altKey;
      if (shortcut || (e.key === "F2" && !e.ctrlKey && !e.altKey && !e.metaKey)) {
        e.preventDefault();
        e.stopPropagation();
        if (document.querySelector("[data-testid=glossary-panel]")) {
          (document.querySelector("[data-testid=glossary-search]") as HTMLInputElement | null)?.focus();
        } else {
          openGlossary("");
        }
      }
    };
    const onLocales = (e: Event) => {
      const detail = (e as CustomEvent<{ staff?: string; patient?: string }>).detail;
      if (!detail) return;
      driven.current = true;
      setLocales((old) => ({
        staff: detail.staff ?? old?.staff ?? "ja",
        patient: detail.patient ?? old?.patient ?? "en",
      }));
    };
    const onGlossary = (e: Event) => {
      const detail = (e as CustomEvent<{ query?: string } | null>).detail;
      openGlossary(detail?.query ?? "");
    };
    const onHandoff = (e: Event) => {
      const detail = (e as CustomEvent<{ recordId?: string; patientLocale?: string } | null>).detail;
      if (!detail?.recordId) return;
      remember(returnFocus, "#overlay");
      setHandoff({ recordId: detail.recordId, patientLocale: detail.patientLocale ?? null });
    };
    // Capture phase: the shortcut works whatever screen has focus, even inside a text field.
    window.addEventListener("keydown", onKey, true);
    window.addEventListener("kakehashi:locales", onLocales);
    window.addEventListener("kakehashi:glossary", onGlossary);
    window.addEventListener("kakehashi:handoff", onHandoff);
    return () => {
      window.removeEventListener("keydown", onKey, true);
      window.removeEventListener("kakehashi:locales", onLocales);
      window.removeEventListener("kakehashi:glossary", onGlossary);
      window.removeEventListener("kakehashi:handoff", onHandoff);
    };
  }, []);

  // While a panel is open the screen under it is out of reach of Tab and screen readers.
  const open = glossary !== null || handoff !== null;
  // Layout effect: the screen must be reachable again before focus is handed back to it.
  useLayoutEffect(() => {
    const app = document.getElementById("app");
    if (!app) return;
    app.inert = open;
    if (open) app.setAttribute("aria-hidden", "true");
    else app.removeAttribute("aria-hidden");
  }, [open]);

  const current = locales ?? { staff: "ja", patient: "en" };
  return (
    <LocaleContext.Provider value={current}>
      {handoff && (
        <HandoffPanel
          // A new record is a new panel: nothing of the previous patient may show while loading.
          key={handoff.recordId}
          recordId={handoff.recordId}
          staffLocale={current.staff}
          patientLocale={current.patient}
          // Unless the main app said which language, the sheet uses the patient's preferred one.
          sheetLocale={handoff.patientLocale ?? (driven.current ? current.patient : null)}
          onClose={() => {
            setHandoff(null);
            restore(returnFocus);
          }}
        />
      )}
      {glossary && (
        <GlossaryPanel
          staff={current.staff}
          patient={current.patient}
          initialQuery={glossary.query}
          onClose={() => {
            setGlossary(null);
            restore(glossaryReturn);
          }}
        />
      )}
    </LocaleContext.Provider>
  );
}

const root = document.getElementById("overlay");
if (root) render(<Overlays />, root);
