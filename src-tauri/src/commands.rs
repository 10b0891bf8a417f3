//! IPC commands: each one unwraps its arguments, calls the application layer and returns its typed
//! result. No behaviour lives here.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

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
use kakehashi_store::PatientSummary;

use tauri::Manager;
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
    state: tauri::State<'_, SessionState>,
    staff: String,
    passphrase: String,
    confirm: String,
) -> Result<SetupDone, AppError> {
    with_session(&state, |s| s.setup(&staff, &passphrase, &confirm))
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
    state: tauri::State<'_, SessionState>,
    staff: String,
    recovery_key: String,
    passphrase: String,
    confirm: String,
) -> Result<StoreStatus, AppError> {
    with_session(&state, |s| {
        s.unlock_with_recovery(&staff, &recovery_key, &passphrase, &confirm)
    })
}

#[tauri::command]
pub fn store_lock(state: tauri::State<'_, SessionState>) -> Result<StoreStatus, AppError> {
    with_session(&state, |s| {
        s.lock();
        Ok(s.status())
    })
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
pub fn patient_save(state: tauri::State<'_, SessionState>, record: PatientRecord) -> Result<Saved, AppError> {
    with_session(&state, |s| s.save_patient(record))
}

#[tauri::command]
pub fn patient_delete(state: tauri::State<'_, SessionState>, id: String) -> Result<(), AppError> {
    with_session(&state, |s| s.delete_patient(&id))
}

#[tauri::command]
pub fn samples_load(state: tauri::State<'_, SessionState>) -> Result<Vec<PatientSummary>, AppError> {
    with_session(&state, Session::load_samples)
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

/// Prints the handoff sheet to a PDF file chosen in a save dialog (audited as a print for the
/// recipient). Returns the path written, or `None` when staff cancelled the dialog.
#[tauri::command]
pub async fn handoff_save(
    app: tauri::AppHandle,
    request: HandoffRequest,
    path: Option<PathBuf>,
) -> Result<Option<String>, AppError> {
    let target = match path {
        Some(p) => p,
        None => {
            let chosen = app
                .dialog()
                .file()
                .set_file_name("handoff.pdf")
                .add_filter("PDF", &["pdf"])
                .blocking_save_file();
            match chosen.and_then(|p| p.into_path().ok()) {
                Some(p) => p,
                None => return Ok(None),
            }
        }
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
    state: tauri::State<'_, SessionState>,
    concept: Concept,
) -> Result<Concept, AppError> {
    with_session(&state, |s| s.add_user_concept(concept))
}

/// Replaces the user concept with the same id.
#[tauri::command]
pub fn glossary_user_update(
    state: tauri::State<'_, SessionState>,
    concept: Concept,
) -> Result<Concept, AppError> {
    with_session(&state, |s| s.update_user_concept(concept))
}

#[tauri::command]
pub fn glossary_user_delete(state: tauri::State<'_, SessionState>, id: String) -> Result<(), AppError> {
    with_session(&state, |s| s.delete_user_concept(&id))
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
    state: tauri::State<'_, SessionState>,
    token: u32,
    accept_partial: bool,
) -> Result<ImportDone, AppError> {
    with_session(&state, |s| s.commit_import(token, accept_partial))
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
    let target = match path {
        Some(p) => p,
        None => {
            let chosen = app
                .dialog()
                .file()
                .set_file_name(name)
                .add_filter(ext.to_uppercase(), &[ext])
                .blocking_save_file();
            match chosen.and_then(|p| p.into_path().ok()) {
                Some(p) => p,
                None => return Ok(None),
            }
        }
    };
    let state = app.state::<SessionState>();
    with_session(&state, |s| s.export_glossary(format, &target))?;
    Ok(Some(target.display().to_string()))
}
