// Typed calls for the handoff preview; the types are generated from the Rust side (../bindings).
import { invoke } from "@tauri-apps/api/core";
import type { HandoffPreview } from "../bindings/HandoffPreview";
import type { HandoffRequest } from "../bindings/HandoffRequest";
import { toAppError } from "../ipc";

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (raw) {
    throw toAppError(raw);
  }
}

export const handoffPreview = (request: HandoffRequest): Promise<HandoffPreview> => call<HandoffPreview>("handoff_preview", { request });
/** Opens a save dialog on the Rust side; `null` when staff cancelled it. */
export const handoffSave = (request: HandoffRequest): Promise<string | null> => call<string | null>("handoff_save", { request, path: null });
export const handoffOpen = (request: HandoffRequest): Promise<string> => call<string>("handoff_open", { request });
