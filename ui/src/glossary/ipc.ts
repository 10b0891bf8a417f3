// Typed calls for the glossary panel; the types are generated from the Rust side (../bindings).
import { invoke } from "@tauri-apps/api/core";
import type { TermHit } from "../bindings/TermHit";
import type { TermInText } from "../bindings/TermInText";
import type { Settings } from "../bindings/Settings";
import type { AppInfo } from "../bindings/AppInfo";
import type { Concept } from "../bindings/Concept";
import type { ImportReview } from "../bindings/ImportReview";
import type { ImportDone } from "../bindings/ImportDone";
import type { ExportFormat } from "../bindings/ExportFormat";
import { toAppError } from "../ipc";

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (raw) {
    throw toAppError(raw);
  }
}

export const glossarySearch = (query: string, limit: number | null = null): Promise<TermHit[]> =>
  call<TermHit[]>("glossary_search", { query, limit });
export const glossaryFindInText = (text: string): Promise<TermInText[]> => call<TermInText[]>("glossary_find_in_text", { text });
export const settingsGet = (): Promise<Settings> => call<Settings>("settings_get");
export const appInfo = (): Promise<AppInfo> => call<AppInfo>("app_info");

// The user glossary, kept in the encrypted store (the store must be unlocked).
export const userConcepts = (): Promise<Concept[]> => call<Concept[]>("glossary_user_list");
export const userConceptAdd = (concept: Concept): Promise<Concept> => call<Concept>("glossary_user_add", { concept });
export const userConceptUpdate = (concept: Concept): Promise<Concept> => call<Concept>("glossary_user_update", { concept });
export const userConceptDelete = (id: string): Promise<void> => call<void>("glossary_user_delete", { id });
/** Opens a file dialog unless `path` is given; `null` when staff cancelled. Stores nothing. */
export const importPreview = (path: string | null = null): Promise<ImportReview | null> =>
  call<ImportReview | null>("glossary_import_preview", { path });
export const importCommit = (token: number, acceptPartial: boolean): Promise<ImportDone> =>
  call<ImportDone>("glossary_import_commit", { token, acceptPartial });
/** Opens a save dialog unless `path` is given; returns the path written, `null` when cancelled. */
export const glossaryExport = (format: ExportFormat, path: string | null = null): Promise<string | null> =>
  call<string | null>("glossary_export", { format, path });
