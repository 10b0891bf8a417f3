//! The Kakehashi desktop shell.
//!
//! Deliberately thin: it owns the window and wires IPC commands to the application crates, which
//! hold all behaviour and are tested without a window. Nothing here decides anything clinical.

use std::path::PathBuf;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use kakehashi_app::instance::{self, InstanceGuard, Launch};
use kakehashi_app::ipc::AppInfo;
use kakehashi_app::session::Session;
use kakehashi_app::settings::Settings;
use kakehashi_app::{paths, AppError};
use tauri::{Emitter, Manager, WebviewUrl, WebviewWindowBuilder};

mod commands;
use commands::{AutoBackupState, SessionState};
use kakehashi_app::backups::{AutoBackup, Moment};

/// How often the idle lock is checked.
const IDLE_CHECK: Duration = Duration::from_secs(15);

/// Set to print the time to first rendered content and quit (used by `scripts/bench-startup.sh`).
pub const STARTUP_PROBE_ENV: &str = "KAKEHASHI_STARTUP_PROBE";

pub(crate) struct Shell {
    pub(crate) data_dir: PathBuf,
    started: Instant,
    startup_probe: bool,
    _instance: InstanceGuard,
}

/// Runs the app; returns the process exit code.
pub fn run() -> i32 {
    let started = Instant::now();
    let data_dir = match paths::data_dir_for_launch(std::env::args())
        .and_then(|d| paths::ensure_data_dir(&d).map(|()| d))
    {
        Ok(d) => d,
        Err(e) => return fail(&e),
    };

    let (focus_tx, focus_rx) = mpsc::channel::<()>();
    let guard = match instance::acquire_for_window(&data_dir, move || {
        let _ = focus_tx.send(());
    }) {
        Ok(Launch::Primary(guard)) => guard,
        // The running instance was asked to come forward; this launch has nothing more to do.
        Ok(Launch::AlreadyRunning) => return 0,
        Err(e) => return fail(&e),
    };

    let mut session = Session::open(&data_dir);
    if let (Ok(s), Ok(settings)) = (session.as_mut(), Settings::load(&data_dir)) {
        s.set_idle_minutes(settings.idle_lock_minutes);
    }

    let shell = Shell {
        data_dir,
        started,
        startup_probe: std::env::var_os(STARTUP_PROBE_ENV).is_some(),
        _instance: guard,
    };

    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(shell)
        .manage(SessionState(std::sync::Mutex::new(session)))
        .manage(AutoBackupState(std::sync::Mutex::new(AutoBackup::new(
            Instant::now(),
        ))))
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::settings_get,
            commands::settings_set,
            commands::store_status,
            commands::store_setup,
            commands::store_unlock,
            commands::store_unlock_recovery,
            commands::store_lock,
            commands::activity,
            commands::patient_list,
            commands::patient_search,
            commands::patient_new,
            commands::patient_load,
            commands::patient_save,
            commands::patient_delete,
            commands::samples_load,
            commands::checklist,
            commands::glossary_search,
            commands::glossary_find_in_text,
            commands::handoff_preview,
            commands::handoff_save,
            commands::handoff_open,
            commands::ui_ready,
            commands::glossary_user_list,
            commands::glossary_user_add,
            commands::glossary_user_update,
            commands::glossary_user_delete,
            commands::glossary_import_preview,
            commands::glossary_import_commit,
            commands::glossary_export,
            commands::backup_status,
            commands::backup_now,
            commands::backup_save_as,
            commands::backup_list,
            commands::backup_pick_file,
            commands::backup_pick_folder,
            commands::backup_verify,
            commands::backup_restore_suggestion,
            commands::backup_restore,
            commands::export_plaintext,
            commands::store_open_problem,
            commands::app_relaunch
        ])
        .setup(move |app| {
            let data_dir = app.state::<Shell>().data_dir.clone();
            open_main_window(app, &data_dir)?;
            let handle = app.handle().clone();
            std::thread::Builder::new()
                .name("kakehashi-focus-relay".into())
                .spawn(move || {
                    for () in focus_rx {
                        if let Some(window) = handle.get_webview_window("main") {
                            let _ = window.unminimize();
                            let _ = window.show();
                            let _ = window.set_focus();
                        }
                    }
                })?;
            let handle = app.handle().clone();
            std::thread::Builder::new()
                .name("kakehashi-idle-lock".into())
                .spawn(move || loop {
                    std::thread::sleep(IDLE_CHECK);
                    let state = handle.state::<SessionState>();
                    let locked = match state.0.lock() {
                        Ok(mut guard) => match guard.as_mut() {
                            Ok(s) if s.idle_expired() => {
                                // Back up before the keys are wiped; a failure is told to the window.
                                let _ = commands::auto_backup(&handle, s, Moment::Lock);
                                s.lock_if_idle()
                            }
                            _ => false,
                        },
                        Err(_) => false,
                    };
                    if locked {
                        // The window drops what it shows of the patient and returns to the unlock screen.
                        let _ = handle.emit("store-locked", ());
                    }
                })?;
            Ok(())
        })
        .build(tauri::generate_context!())
        .map(|app| {
            app.run(|handle, event| {
                if let tauri::RunEvent::Exit = event {
                    backup_at_quit(handle);
                }
            })
        });
    match result {
        Ok(()) => 0,
        Err(e) => fail(&AppError::Internal {
            message: kakehashi_i18n::msg!("app-error-internal", "context" => e.to_string()),
        }),
    }
}

/// The last automatic backup, when records changed since the previous one. The window is gone, so
/// a failure goes to stderr (and the changes are still in the store, backed up at the next lock).
fn backup_at_quit(handle: &tauri::AppHandle) {
    let state = handle.state::<SessionState>();
    let Ok(mut guard) = state.0.lock() else { return };
    if let Ok(session) = guard.as_mut() {
        if let Err(e) = commands::auto_backup(handle, session, Moment::Quit) {
            let locale = AppInfo::current(std::path::Path::new("")).suggested_staff_locale;
            eprintln!(
                "kakehashi: {}",
                kakehashi_i18n::Localizer::embedded().format(&locale, e.message())
            );
        }
        session.lock();
    }
}

fn open_main_window(app: &tauri::App, data_dir: &std::path::Path) -> tauri::Result<()> {
    WebviewWindowBuilder::new(app, "main", WebviewUrl::App("index.html".into()))
        .title("架け橋 Kakehashi")
        .inner_size(1280.0, 860.0)
        .min_inner_size(900.0, 600.0)
        // Whatever WebKit keeps on disk stays inside this data folder (and so inside a test's
        // private folder), never in a profile shared across installations. The UI itself stores
        // nothing in the webview: settings go to settings.json and patient data to the store.
        // (An incognito context would keep even less, but WebKitGTK refuses automation for it,
        // which would leave the real-window tests unable to attach.)
        .data_directory(data_dir.join("webview"))
        // Patient data must never be shown next to, or sent to, remote content: the window only
        // ever navigates within the bundled app.
        .on_navigation(|url| url.scheme() == "tauri" || url.host_str() == Some("tauri.localhost"))
        .build()?;
    Ok(())
}

/// Reports an error that happened before a window exists, in the user's language.
fn fail(error: &AppError) -> i32 {
    let locale = AppInfo::current(std::path::Path::new("")).suggested_staff_locale;
    eprintln!(
        "kakehashi: {}",
        kakehashi_i18n::Localizer::embedded().format(&locale, error.message())
    );
    1
}
