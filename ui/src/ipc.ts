// Typed calls into the Rust side. Every value and error here is generated from Rust types
// (src/bindings/), so the two sides cannot drift apart silently.
import { invoke } from "@tauri-apps/api/core";
import type { AppError } from "./bindings/AppError";
import type { AppInfo } from "./bindings/AppInfo";
import type { Settings } from "./bindings/Settings";
import type { StoreStatus } from "./bindings/StoreStatus";
import type { SetupDone } from "./bindings/SetupDone";
import type { PatientSummary } from "./bindings/PatientSummary";
import type { PatientRecord } from "./bindings/PatientRecord";
import type { Saved } from "./bindings/Saved";
import type { Report } from "./bindings/Report";
import type { AutoBackupStatus } from "./bindings/AutoBackupStatus";
import type { BackupFile } from "./bindings/BackupFile";
import type { BackupKey } from "./bindings/BackupKey";
import type { BackupMade } from "./bindings/BackupMade";
import type { BackupReport } from "./bindings/BackupReport";
import type { ExportDone } from "./bindings/ExportDone";
import type { OpenProblem } from "./bindings/OpenProblem";
import type { Restored } from "./bindings/Restored";

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

// The encrypted store and the patient records.

export const storeStatus = (): Promise<StoreStatus> => call<StoreStatus>("store_status");
export const storeSetup = (staff: string, passphrase: string, confirm: string): Promise<SetupDone> =>
  call<SetupDone>("store_setup", { staff, passphrase, confirm });
export const storeUnlock = (staff: string, passphrase: string): Promise<StoreStatus> =>
  call<StoreStatus>("store_unlock", { staff, passphrase });
export const storeUnlockRecovery = (staff: string, recoveryKey: string, passphrase: string, confirm: string): Promise<StoreStatus> =>
  call<StoreStatus>("store_unlock_recovery", { staff, recoveryKey, passphrase, confirm });
export const storeLock = (): Promise<StoreStatus> => call<StoreStatus>("store_lock");
export const activity = (): Promise<void> => call<void>("activity");
export const patientList = (): Promise<PatientSummary[]> => call<PatientSummary[]>("patient_list");
export const patientSearch = (query: string): Promise<PatientSummary[]> => call<PatientSummary[]>("patient_search", { query });
export const patientNew = (): Promise<PatientRecord> => call<PatientRecord>("patient_new");
export const patientLoad = (id: string): Promise<PatientRecord> => call<PatientRecord>("patient_load", { id });
export const patientSave = (record: PatientRecord): Promise<Saved> => call<Saved>("patient_save", { record });
export const patientDelete = (id: string): Promise<void> => call<void>("patient_delete", { id });
export const samplesLoad = (): Promise<PatientSummary[]> => call<PatientSummary[]>("samples_load");
export const checklist = (record: PatientRecord): Promise<Report> => call<Report>("checklist", { record });

/** Calls `activity` at most once per 30 s, to keep the idle lock from firing while staff work. */
let lastActivity = 0;
export function noteActivity(now: number = Date.now()): void {
  if (now - lastActivity < 30_000) return;
  lastActivity = now;
  void activity().catch(() => undefined);
}

// Backups and the data screen. Each long operation runs off the window's thread on the Rust side.

export const backupStatus = (): Promise<AutoBackupStatus> => call<AutoBackupStatus>("backup_status");
export const backupNow = (): Promise<BackupMade> => call<BackupMade>("backup_now");
/** Opens a save dialog unless `path` is given; `null` when staff cancelled. */
export const backupSaveAs = (path?: string): Promise<BackupMade | null> => call<BackupMade | null>("backup_save_as", { path: path ?? null });
export const backupList = (): Promise<BackupFile[]> => call<BackupFile[]>("backup_list");
export const backupPickFile = (): Promise<string | null> => call<string | null>("backup_pick_file");
export const backupPickFolder = (): Promise<string | null> => call<string | null>("backup_pick_folder");
export const backupVerify = (path: string, key: BackupKey): Promise<BackupReport> => call<BackupReport>("backup_verify", { path, key });
export const backupRestoreSuggestion = (): Promise<string> => call<string>("backup_restore_suggestion");
export const backupRestore = (path: string, target: string, staff: string, key: BackupKey): Promise<Restored> =>
  call<Restored>("backup_restore", { path, target, staff, key });
/** Refused unless staff confirmed the warning; opens a save dialog unless `path` is given. */
export const exportPlaintext = (acknowledged: boolean, path?: string): Promise<ExportDone | null> =>
  call<ExportDone | null>("export_plaintext", { acknowledged, path: path ?? null });
export const storeOpenProblem = (): Promise<OpenProblem | null> => call<OpenProblem | null>("store_open_problem");
export const appRelaunch = (dataDir: string): Promise<void> => call<void>("app_relaunch", { dataDir });
