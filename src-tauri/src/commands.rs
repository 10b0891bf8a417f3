//! IPC commands: each one unwraps its arguments, calls the application layer and returns its typed
//! result. No behaviour lives here.

use std::sync::{Mutex, MutexGuard};

use kakehashi_app::ipc::AppInfo;
use kakehashi_app::session::{self, Saved, Session, SetupDone, StoreStatus};
use kakehashi_app::settings::Settings;
use kakehashi_app::AppError;
use kakehashi_checklist::Report;
use kakehashi_model::PatientRecord;
use kakehashi_store::PatientSummary;

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
pub fn checklist(record: PatientRecord) -> Report {
    session::checklist(&record)
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
