// Typed calls into the Rust side. Every value and error here is generated from Rust types
// (src/bindings/), so the two sides cannot drift apart silently.
import { invoke } from "@tauri-apps/api/core";
import type { AppError } from "./bindings/AppError";
import type { AppInfo } from "./bindings/AppInfo";
import type { Settings } from "./bindings/Settings";

/** Anything a command rejected with, as the typed error the Rust side sends. */
export function toAppError(raw: unknown): AppError {
  if (raw && typeof raw === "object" && "kind" in raw && "message" in raw) {
    return raw as AppError;
  }
  // Tauri itself rejects with a plain string (e.g. a command the window may not call).
  return { kind: "internal", message: { id: "app-error-internal", args: { context: String(raw) } } };
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (raw) {
    throw toAppError(raw);
  }
}

export const appInfo = (): Promise<AppInfo> => call<AppInfo>("app_info");
export const uiReady = (): Promise<void> => call<void>("ui_ready");
export const settingsGet = (): Promise<Settings> => call<Settings>("settings_get");
export const settingsSet = (settings: Settings): Promise<Settings> => call<Settings>("settings_set", { settings });
