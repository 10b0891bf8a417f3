//! IPC commands: each one unwraps its arguments, calls the application layer and returns its typed
//! result. No behaviour lives here.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::Instant;

use kakehashi_app::backups::{
    self, AutoBackup, AutoBackupStatus, BackupFile, BackupKey, BackupMade, ExportDone, Moment, OpenProblem,
    Restored,
};
use kakehashi_app::ipc::AppInfo;
use kakehashi_app::session::{self, Saved, Session, SetupDone, StoreStatus};
use kakehashi_app::settings::Settings;
use kakehashi_app::terms::{self, TermHit};
use kakehashi_app::transfer::{self, HandoffPreview, HandoffRequest};
use kakehashi_app::user_terms::{ExportFormat, ImportDone, ImportReview};
use kakehashi_app::AppError;
use kakehashi_checklist::Report;
use kakehashi_glossary::Concept;
use kakehashi_model::PatientRecord;
use kakehashi_store::{BackupReport, PatientSummary};

use tauri::{Emitter, Manager};
use tauri_plugin_dialog::DialogExt;

use crate::Shell;

/// The session over the data folder, or why it could not be opened (a damaged store is reported
/// to the window, which offers the newest backup, instead of the app refusing to start).
pub struct SessionState(pub Mutex<Result<Session, AppError>>);

impl SessionState {
    fn lock(&self) -> Result<MutexGuard<'_, Result<Session, AppError>>, AppError> {
        self.0
            .lock()
            .map_err(|_| AppError::internal("session lock poisoned"))
    }
}

fn with_session<T>(
    state: &tauri::State<'_, SessionState>,
    f: impl FnOnce(&mut Session) -> Result<T, AppError>,
) -> Result<T, AppError> {
    let mut guard = state.lock()?;
    match guard.as_mut() {
        Ok(session) => f(session),
        Err(e) => Err(e.clone()),
    }
}

#[tauri::command]
pub fn app_info(shell: tauri::State<'_, Shell>) -> Result<AppInfo, AppError> {
    Ok(AppInfo::current(&shell.data_dir))
}

#[tauri::command]
pub fn settings_get(shell: tauri::State<'_, Shell>) -> Result<Settings, AppError> {
    Settings::load(&shell.data_dir)
}

#[tauri::command]
pub fn settings_set(
    shell: tauri::State<'_, Shell>,
    state: tauri::State<'_, SessionState>,
    settings: Settings,
) -> Result<Settings, AppError> {
    settings.save(&shell.data_dir)?;
    with_session(&state, |s| {
        s.set_idle_minutes(settings.idle_lock_minutes);
        Ok(())
    })?;
    Ok(settings)
}

#[tauri::command]
pub fn store_status(state: tauri::State<'_, SessionState>) -> Result<StoreStatus, AppError> {
    with_session(&state, |s| Ok(s.status()))
}

#[tauri::command]
pub fn store_setup(
    app: tauri::AppHandle,
    state: tauri::State<'_, SessionState>,
    staff: String,
    passphrase: String,
    confirm: String,
) -> Result<SetupDone, AppError> {
    changing(&app, &state, |s| s.setup(&staff, &passphrase, &confirm))
}

#[tauri::command]
pub fn store_unlock(
    state: tauri::State<'_, SessionState>,
    staff: String,
    passphrase: String,
) -> Result<StoreStatus, AppError> {
    with_session(&state, |s| s.unlock(&staff, &passphrase))
}

#[tauri::command]
pub fn store_unlock_recovery(
    app: tauri::AppHandle,
    state: tauri::State<'_, SessionState>,
    staff: String,
    recovery_key: String,
    passphrase: String,
    confirm: String,
) -> Result<StoreStatus, AppError> {
    // The passphrase changed: backups made from now on open with the new one.
    changing(&app, &state, |s| {
        s.unlock_with_recovery(&staff, &recovery_key, &passphrase, &confirm)
    })
}

/// Locks now, after the automatic backup when one is due (the keys are needed to write it). Off
/// the window's thread: the backup may take a moment.
#[tauri::command]
pub async fn store_lock(app: tauri::AppHandle) -> Result<StoreStatus, AppError> {
    blocking(move || {
        let state = app.state::<SessionState>();
        with_session(&state, |s| {
            let _ = auto_backup(&app, s, Moment::Lock);
            s.lock();
            Ok(s.status())
        })
    })
    .await
}

/// Staff are active (typing, clicking): restart the idle clock.
#[tauri::command]
pub fn activity(state: tauri::State<'_, SessionState>) -> Result<(), AppError> {
    with_session(&state, |s| {
        s.touch();
        Ok(())
    })
}

#[tauri::command]
pub fn patient_list(state: tauri::State<'_, SessionState>) -> Result<Vec<PatientSummary>, AppError> {
    with_session(&state, Session::list_patients)
}

#[tauri::command]
pub fn patient_search(
    state: tauri::State<'_, SessionState>,
    query: String,
) -> Result<Vec<PatientSummary>, AppError> {
    with_session(&state, |s| s.search_patients(&query))
}

#[tauri::command]
pub fn patient_new(state: tauri::State<'_, SessionState>) -> Result<PatientRecord, AppError> {
    with_session(&state, Session::new_patient)
}

#[tauri::command]
pub fn patient_load(state: tauri::State<'_, SessionState>, id: String) -> Result<PatientRecord, AppError> {
    with_session(&state, |s| s.load_patient(&id))
}

#[tauri::command]
pub fn patient_save(
    app: tauri::AppHandle,
    state: tauri::State<'_, SessionState>,
    record: PatientRecord,
) -> Result<Saved, AppError> {
    changing(&app, &state, |s| s.save_patient(record))
}

#[tauri::command]
pub fn patient_delete(
    app: tauri::AppHandle,
    state: tauri::State<'_, SessionState>,
    id: String,
) -> Result<(), AppError> {
    changing(&app, &state, |s| s.delete_patient(&id))
}

#[tauri::command]
pub fn samples_load(
    app: tauri::AppHandle,
    state: tauri::State<'_, SessionState>,
) -> Result<Vec<PatientSummary>, AppError> {
    changing(&app, &state, Session::load_samples)
}

/// The safety checklist of a record as it stands on screen (saved or not). Pure: no store access.
#[tauri::command]
pub fn checklist(shell: tauri::State<'_, Shell>, record: PatientRecord) -> Report {
    let days = Settings::load(&shell.data_dir)
        .map(|s| s.stale_window_days)
        .unwrap_or(kakehashi_app::settings::DEFAULT_STALE_WINDOW_DAYS);
    session::checklist_within(&record, days)
}

/// The window calls this once its first screen has been painted.
#[tauri::command]
pub fn ui_ready(app: tauri::AppHandle, shell: tauri::State<'_, Shell>) {
    if shell.startup_probe {
        println!(
            "first-render-ms {}",
            shell.started.elapsed().as_secs_f64() * 1000.0
        );
        app.exit(0);
    }
}

/// Search the glossary as the interpreter types (every locale at once): built-in terms, plus the
/// store's user terms while it is unlocked.
#[tauri::command]
pub fn glossary_search(
    state: tauri::State<'_, SessionState>,
    query: String,
    limit: Option<usize>,
) -> Result<Vec<TermHit>, AppError> {
    let limit = limit.unwrap_or(kakehashi_app::terms::MAX_HITS);
    let guard = state.lock()?;
    Ok(match guard.as_ref() {
        Ok(s) => terms::search_in(s.glossary(), &query, limit),
        Err(_) => terms::search(&query, limit),
    })
}

/// Glossary terms occurring in a patient's free text.
#[tauri::command]
pub fn glossary_find_in_text(
    state: tauri::State<'_, SessionState>,
    text: String,
) -> Result<Vec<terms::TermInText>, AppError> {
    let guard = state.lock()?;
    Ok(match guard.as_ref() {
        Ok(s) => terms::find_in_text_in(s.glossary(), &text),
        Err(_) => terms::find_in_text(&text),
    })
}

/// The handoff sheet as it will print, for the preview.
#[tauri::command]
pub fn handoff_preview(
    state: tauri::State<'_, SessionState>,
    request: HandoffRequest,
) -> Result<HandoffPreview, AppError> {
    with_session(&state, |s| transfer::handoff_preview(s, &request))
}

/// Where a file goes: the `path` the caller gave (the end-to-end tests give one), otherwise the one
/// staff choose in a save dialog; `None` when they cancel.
fn save_target(
    app: &tauri::AppHandle,
    path: Option<PathBuf>,
    file_name: &str,
    filter: &str,
    extensions: &[&str],
) -> Option<PathBuf> {
    if path.is_some() {
        return path;
    }
    app.dialog()
        .file()
        .set_file_name(file_name)
        .add_filter(filter, extensions)
        .blocking_save_file()
        .and_then(|p| p.into_path().ok())
}

/// Prints the handoff sheet to a PDF file chosen in a save dialog (audited as a print for the
/// recipient). Returns the path written, or `None` when staff cancelled the dialog.
#[tauri::command]
pub async fn handoff_save(
    app: tauri::AppHandle,
    request: HandoffRequest,
    path: Option<PathBuf>,
) -> Result<Option<String>, AppError> {
    let Some(target) = save_target(&app, path, "handoff.pdf", "PDF", &["pdf"]) else {
        return Ok(None);
    };
    let state = app.state::<SessionState>();
    let pdf = with_session(&state, |s| transfer::handoff_pdf(s, &request))?;
    std::fs::write(&target, pdf).map_err(|e| AppError::DataDir {
        message: kakehashi_i18n::msg!("app-error-write-file", "path" => target.display().to_string(), "detail" => e.to_string()),
    })?;
    Ok(Some(target.display().to_string()))
}

/// Prints the handoff sheet and opens it in the system's PDF viewer (audited as a print).
#[tauri::command]
pub async fn handoff_open(app: tauri::AppHandle, request: HandoffRequest) -> Result<String, AppError> {
    let state = app.state::<SessionState>();
    let pdf = with_session(&state, |s| transfer::handoff_pdf(s, &request))?;
    // Outside the data folder on purpose: once printed, the sheet is in the viewer's hands.
    let path = std::env::temp_dir().join(format!("kakehashi-handoff-{}.pdf", std::process::id()));
    std::fs::write(&path, pdf).map_err(|e| AppError::DataDir {
        message: kakehashi_i18n::msg!("app-error-write-file", "path" => path.display().to_string(), "detail" => e.to_string()),
    })?;
    open_in_viewer(&path)?;
    Ok(path.display().to_string())
}

fn open_in_viewer(path: &std::path::Path) -> Result<(), AppError> {
    #[cfg(target_os = "linux")]
    let mut cmd = std::process::Command::new("xdg-open");
    #[cfg(target_os = "macos")]
    let mut cmd = std::process::Command::new("open");
    #[cfg(target_os = "windows")]
    let mut cmd = {
        let mut c = std::process::Command::new("cmd");
        c.args(["/C", "start", ""]);
        c
    };
    cmd.arg(path).spawn().map(|_| ()).map_err(AppError::internal)
}

/// The store's user glossary concepts.
#[tauri::command]
pub fn glossary_user_list(state: tauri::State<'_, SessionState>) -> Result<Vec<Concept>, AppError> {
    with_session(&state, Session::user_concepts)
}

/// Adds a user concept (an empty id gets a new one); returns it as stored.
#[tauri::command]
pub fn glossary_user_add(
    app: tauri::AppHandle,
    state: tauri::State<'_, SessionState>,
    concept: Concept,
) -> Result<Concept, AppError> {
    // User terms live in the store, so they are part of what the next backup must carry.
    changing(&app, &state, |s| s.add_user_concept(concept))
}

/// Replaces the user concept with the same id.
#[tauri::command]
pub fn glossary_user_update(
    app: tauri::AppHandle,
    state: tauri::State<'_, SessionState>,
    concept: Concept,
) -> Result<Concept, AppError> {
    changing(&app, &state, |s| s.update_user_concept(concept))
}

#[tauri::command]
pub fn glossary_user_delete(
    app: tauri::AppHandle,
    state: tauri::State<'_, SessionState>,
    id: String,
) -> Result<(), AppError> {
    changing(&app, &state, |s| s.delete_user_concept(&id))
}

/// Reads a TBX or CSV file (chosen in an open dialog unless `path` is given) and previews the
/// import; `None` when staff cancelled the dialog. Nothing is stored yet.
#[tauri::command]
pub async fn glossary_import_preview(
    app: tauri::AppHandle,
    path: Option<PathBuf>,
) -> Result<Option<ImportReview>, AppError> {
    let source = match path {
        Some(p) => p,
        None => {
            let chosen = app
                .dialog()
                .file()
                .add_filter("TBX / CSV", &["tbx", "xml", "csv"])
                .blocking_pick_file();
            match chosen.and_then(|p| p.into_path().ok()) {
                Some(p) => p,
                None => return Ok(None),
            }
        }
    };
    let state = app.state::<SessionState>();
    with_session(&state, |s| s.preview_import(&source)).map(Some)
}

/// Imports the previewed file; with problems only when `accept_partial` is set.
#[tauri::command]
pub fn glossary_import_commit(
    app: tauri::AppHandle,
    state: tauri::State<'_, SessionState>,
    token: u32,
    accept_partial: bool,
) -> Result<ImportDone, AppError> {
    changing(&app, &state, |s| s.commit_import(token, accept_partial))
}

/// Exports the glossary (built-in and, while unlocked, user terms) to a file chosen in a save
/// dialog unless `path` is given. Returns the path written, or `None` when cancelled.
#[tauri::command]
pub async fn glossary_export(
    app: tauri::AppHandle,
    format: ExportFormat,
    path: Option<PathBuf>,
) -> Result<Option<String>, AppError> {
    let (name, ext) = match format {
        ExportFormat::Tbx | ExportFormat::TbxV3 => ("kakehashi-glossary.tbx", "tbx"),
        ExportFormat::Csv => ("kakehashi-glossary.csv", "csv"),
    };
    let Some(target) = save_target(&app, path, name, &ext.to_uppercase(), &[ext]) else {
        return Ok(None);
    };
    let state = app.state::<SessionState>();
    with_session(&state, |s| s.export_glossary(format, &target))?;
    Ok(Some(target.display().to_string()))
}

// Backups: automatic rotation and the "Data & backups" screen.

/// When automatic backups are due and how the last one went (see `kakehashi_app::backups`).
pub struct AutoBackupState(pub Mutex<AutoBackup>);

/// Event carrying the path of an automatic backup just written.
pub const BACKUP_MADE_EVENT: &str = "backup-made";
/// Event carrying the `Message` of a failed automatic backup; the window shows it.
pub const BACKUP_FAILED_EVENT: &str = "backup-failed";

/// Runs long work on the blocking pool so neither the window's thread nor the async runtime waits.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, AppError> + Send + 'static,
) -> Result<T, AppError> {
    tauri::async_runtime::spawn_blocking(f)
        .await
        .map_err(AppError::internal)?
}

fn settings_of(app: &tauri::AppHandle) -> (PathBuf, Settings) {
    let data_dir = app.state::<Shell>().data_dir.clone();
    // Unreadable settings are reported where staff edit them; the backup still runs on defaults.
    let settings = Settings::load(&data_dir).unwrap_or_default();
    (data_dir, settings)
}

/// Takes the automatic backup if one is due at `moment`; the caller holds the session. The result
/// is also told to the window as an event, so a failure is never silent.
pub(crate) fn auto_backup(
    app: &tauri::AppHandle,
    session: &mut Session,
    moment: Moment,
) -> Result<Option<PathBuf>, AppError> {
    let (data_dir, settings) = settings_of(app);
    let state = app.state::<AutoBackupState>();
    let mut auto = state
        .0
        .lock()
        .map_err(|_| AppError::internal("backup state poisoned"))?;
    let result = auto.run_if_due(session, &settings, &data_dir, moment, Instant::now());
    match &result {
        Ok(Some(path)) => {
            let _ = app.emit(BACKUP_MADE_EVENT, path.display().to_string());
        }
        Ok(None) => {}
        Err(e) => {
            let _ = app.emit(BACKUP_FAILED_EVENT, e.message().clone());
        }
    }
    result
}

/// Runs a command that changes what a backup must carry. The change is noted before the session
/// is released, so a lock waiting for the session always sees it and backs it up; a periodic
/// backup that falls due starts on another thread once the command is done.
fn changing<T>(
    app: &tauri::AppHandle,
    state: &tauri::State<'_, SessionState>,
    f: impl FnOnce(&mut Session) -> Result<T, AppError>,
) -> Result<T, AppError> {
    let (_, settings) = settings_of(app);
    let (value, due) = with_session(state, |s| {
        let value = f(s)?;
        // Lock order everywhere: the session, then the backup state.
        let due = match app.state::<AutoBackupState>().0.lock() {
            Ok(mut auto) => {
                auto.note_change();
                auto.is_due(&settings, Moment::Working, Instant::now())
            }
            Err(_) => false,
        };
        Ok((value, due))
    })?;
    if due {
        let app = app.clone();
        let _ = std::thread::Builder::new()
            .name("kakehashi-auto-backup".into())
            .spawn(move || {
                let state = app.state::<SessionState>();
                let _ = with_session(&state, |s| auto_backup(&app, s, Moment::Working));
            });
    }
    Ok(value)
}

#[tauri::command]
pub fn backup_status(app: tauri::AppHandle) -> Result<AutoBackupStatus, AppError> {
    let (data_dir, settings) = settings_of(&app);
    let state = app.state::<AutoBackupState>();
    let auto = state
        .0
        .lock()
        .map_err(|_| AppError::internal("backup state poisoned"))?;
    Ok(auto.status(&settings, &data_dir))
}

/// Backs up now into the backups folder (rotating, like the automatic backups).
#[tauri::command]
pub async fn backup_now(app: tauri::AppHandle) -> Result<BackupMade, AppError> {
    blocking(move || {
        let (data_dir, settings) = settings_of(&app);
        let state = app.state::<SessionState>();
        // Recorded before the session is released: a save that slips in after the backup must
        // stay pending for the next automatic one.
        with_session(&state, |s| {
            let made = backups::backup_now(s, &settings, &data_dir)?;
            if let Ok(mut auto) = app.state::<AutoBackupState>().0.lock() {
                auto.record_manual(Path::new(&made.path), Instant::now());
            }
            Ok(made)
        })
    })
    .await
}

/// Writes a backup to a file chosen in a save dialog (or `path`). `None` when staff cancelled.
#[tauri::command]
pub async fn backup_save_as(
    app: tauri::AppHandle,
    path: Option<PathBuf>,
) -> Result<Option<BackupMade>, AppError> {
    let Some(target) = save_target(
        &app,
        path,
        "kakehashi-backup.kkbak",
        "Kakehashi backup",
        &["kkbak"],
    ) else {
        return Ok(None);
    };
    blocking(move || {
        let state = app.state::<SessionState>();
        with_session(&state, |s| backups::backup_copy(s, &target)).map(Some)
    })
    .await
}

/// The backup files in the backups folder, newest first (works while locked: nothing is decrypted).
#[tauri::command]
pub async fn backup_list(app: tauri::AppHandle) -> Result<Vec<BackupFile>, AppError> {
    blocking(move || {
        let (data_dir, settings) = settings_of(&app);
        backups::list_backups(&settings.backups_dir(&data_dir))
    })
    .await
}

/// An open dialog for a backup file elsewhere (e.g. on a removable disk).
#[tauri::command]
pub async fn backup_pick_file(app: tauri::AppHandle) -> Result<Option<String>, AppError> {
    let chosen = app
        .dialog()
        .file()
        .add_filter("Kakehashi backup", &["kkbak"])
        .blocking_pick_file();
    Ok(chosen
        .and_then(|p| p.into_path().ok())
        .map(|p| p.display().to_string()))
}

/// A folder dialog for the restore target.
#[tauri::command]
pub async fn backup_pick_folder(app: tauri::AppHandle) -> Result<Option<String>, AppError> {
    let chosen = app.dialog().file().blocking_pick_folder();
    Ok(chosen
        .and_then(|p| p.into_path().ok())
        .map(|p| p.display().to_string()))
}

/// Decrypts and checks a backup (passphrase or recovery key): counts and checksum, or the error.
#[tauri::command]
pub async fn backup_verify(path: String, key: BackupKey) -> Result<BackupReport, AppError> {
    blocking(move || backups::verify(Path::new(&path), &key)).await
}

/// A new folder name beside the data folder, proposed as the restore target.
#[tauri::command]
pub fn backup_restore_suggestion(shell: tauri::State<'_, Shell>) -> String {
    backups::suggested_restore_dir(&shell.data_dir)
        .display()
        .to_string()
}

/// Restores a backup into a NEW, empty data folder (a non-empty one is refused).
#[tauri::command]
pub async fn backup_restore(
    path: String,
    target: String,
    staff: String,
    key: BackupKey,
) -> Result<Restored, AppError> {
    blocking(move || backups::restore_into(Path::new(&path), Path::new(&target), &staff, &key)).await
}

/// Writes every record UNENCRYPTED to a file chosen in a save dialog (or `path`), only when staff
/// confirmed the warning; audited per patient. `None` when staff cancelled the dialog.
#[tauri::command]
pub async fn export_plaintext(
    app: tauri::AppHandle,
    acknowledged: bool,
    path: Option<PathBuf>,
) -> Result<Option<ExportDone>, AppError> {
    if !acknowledged {
        // Refused before any dialog: the warning comes first.
        return Err(AppError::Refused {
            message: kakehashi_i18n::msg!("store-plain-export-warning"),
        });
    }
    let Some(target) = save_target(&app, path, "kakehashi-export-UNENCRYPTED.json", "JSON", &["json"]) else {
        return Ok(None);
    };
    blocking(move || {
        let state = app.state::<SessionState>();
        let patients = with_session(&state, |s| backups::export_plaintext(s, &target, acknowledged))?;
        Ok(Some(ExportDone {
            path: target.display().to_string(),
            patients,
        }))
    })
    .await
}

/// Why the store did not open at start, with the newest intact backup to offer; `None` when it
/// opened.
#[tauri::command]
pub fn store_open_problem(app: tauri::AppHandle) -> Result<Option<OpenProblem>, AppError> {
    let (data_dir, settings) = settings_of(&app);
    let state = app.state::<SessionState>();
    let guard = state.lock()?;
    Ok(match guard.as_ref() {
        Ok(_) => None,
        Err(e) => Some(backups::open_problem(e, &settings.backups_dir(&data_dir))),
    })
}

/// Opens another data folder (e.g. a restored one): starts the app on it and quits this one.
#[tauri::command]
pub fn app_relaunch(app: tauri::AppHandle, data_dir: String) -> Result<(), AppError> {
    let exe = std::env::current_exe().map_err(AppError::internal)?;
    std::process::Command::new(exe)
        .arg("--data-dir")
        .arg(&data_dir)
        .spawn()
        .map_err(AppError::internal)?;
    app.exit(0);
    Ok(())
}
