import { useContext } from "preact/hooks";
import { localizer } from "../i18n";
import { LocaleContext } from "../state";

interface TextProps {
  id: string;
  args?: Record<string, string | number>;
}

/** A message in the staff locale. */
export function Text({ id, args }: TextProps) {
  const { staff } = useContext(LocaleContext);
  return <span lang={staff}>{localizer().format(staff, id, args)}</span>;
}

/**
 * A message side by side: staff language | patient language. When both locales are the same the
 * message is shown once.
 */
export function Bi({ id, args }: TextProps) {
  const { staff, patient } = useContext(LocaleContext);
  const l10n = localizer();
  const staffText = l10n.format(staff, id, args);
  // Until a locale is translated its messages fall back to Japanese: show the text once rather
  // than the same words twice.
  const patientText = patient === staff ? staffText : l10n.format(patient, id, args);
  if (patientText === staffText) {
    return (
      <span class="bi">
        <span class="bi-staff" lang={staff}>{staffText}</span>
      </span>
    );
  }
  return (
    <span class="bi">
      <span class="bi-staff" lang={staff}>{staffText}</span>
      <span class="bi-sep" aria-hidden="true">|</span>
      <span class="bi-patient" lang={patient}>{patientText}</span>
    </span>
  );
}
