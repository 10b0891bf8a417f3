// Installation settings shown beside the language pickers. The value lives in the Rust Settings
// (settings.json in the data folder), so every window and every restart sees the same one.
import { useEffect, useState } from "preact/hooks";
import type { AppError } from "../bindings/AppError";
import type { Message } from "../bindings/Message";
import type { Settings } from "../bindings/Settings";
import { localizer } from "../i18n";
import { settingsSet } from "../ipc";
import { useT } from "../state";
import { Text } from "./text";

/**
 * How many days before the planned treatment a screening result stays current. Saved when staff
 * leave the box or press Enter; a refused value stays in the box with the reason beneath it.
 */
export function StaleWindowSetting(p: { settings: Settings; onSaved: (s: Settings) => void }) {
  const { t, locales } = useT();
  const [draft, setDraft] = useState(String(p.settings.staleWindowDays));
  const [error, setError] = useState<Message | null>(null);
  useEffect(() => setDraft(String(p.settings.staleWindowDays)), [p.settings.staleWindowDays]);

  const commit = () => {
    if (draft === String(p.settings.staleWindowDays)) return;
    const n = Number(draft);
    // Anything that is not a whole number is sent as 0, which the Rust side refuses with the
    // field's own message: one place decides what is acceptable.
    const days = draft.trim() !== "" && Number.isInteger(n) && n >= 0 && n <= 0xffffffff ? n : 0;
    settingsSet({ ...p.settings, staleWindowDays: days })
      .then((s) => {
        setError(null);
        p.onSaved(s);
      })
      .catch((e: AppError) => {
        const field = e.kind === "invalid-input" ? e.fields.find((f) => f.field === "staleWindowDays") : undefined;
        setError(field?.message ?? e.message);
      });
  };

  return (
    <div class="picker stale-window-setting">
      <label for="setting-stale-window" title={t("ui-stale-window-hint")}>
        <Text id="ui-settings-stale-window" />
      </label>
      <input
        id="setting-stale-window"
        data-testid="setting-stale-window"
        type="number"
        min={1}
        max={3650}
        step={1}
        value={draft}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={error ? "setting-stale-window-error" : undefined}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onChange={commit}
        onKeyDown={(e) => e.key === "Enter" && commit()}
      />
      {error && (
        <p class="field-error" id="setting-stale-window-error" role="alert" data-testid="setting-stale-window-error" lang={locales.staff}>
          {localizer().formatMessage(locales.staff, error)}
        </p>
      )}
    </div>
  );
}
