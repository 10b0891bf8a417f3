// Typed calls for the glossary panel; the types are generated from the Rust side (../bindings).
import { invoke } from "@tauri-apps/api/core";
import type { Hit } from "../bindings/Hit";
import type { TermInText } from "../bindings/TermInText";
import type { Settings } from "../bindings/Settings";
import type { AppInfo } from "../bindings/AppInfo";
import { toAppError } from "../ipc";

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (raw) {
    throw toAppError(raw);
  }
}

export const glossarySearch = (query: string, limit: number | null = null): Promise<Hit[]> =>
  call<Hit[]>("glossary_search", { query, limit });
export const glossaryFindInText = (text: string): Promise<TermInText[]> => call<TermInText[]>("glossary_find_in_text", { text });
export const settingsGet = (): Promise<Settings> => call<Settings>("settings_get");
export const appInfo = (): Promise<AppInfo> => call<AppInfo>("app_info");
