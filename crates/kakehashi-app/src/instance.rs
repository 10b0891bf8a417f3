//! One process per data folder.
//!
//! Two processes must never open the same store: the second would either fail deep inside the
//! storage engine or, worse, race the first. A lock file in the data folder decides who owns it.
//! The desktop app that finds the folder taken asks the owner to bring its window forward (over a
//! Unix socket in the same folder) and exits; the CLI reports "in use" instead.
//!
//! Keying this on the data folder rather than on the app id means two test runs with different
//! folders never interfere, while two launches against the same patient data always do.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

use crate::AppError;

const LOCK_FILE: &str = "kakehashi.lock";
#[cfg(unix)]
const SOCKET_FILE: &str = "kakehashi.sock";
const FOCUS_REQUEST: &str = "focus";

/// Holds the data folder for this process until dropped.
#[derive(Debug)]
pub struct InstanceGuard {
    _lock: File,
    socket: Option<PathBuf>,
}

impl Drop for InstanceGuard {
    fn drop(&mut self) {
        if let Some(path) = &self.socket {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// What a launch of the desktop app finds.
#[derive(Debug)]
pub enum Launch {
    /// This process owns the folder; it should open its window.
    Primary(InstanceGuard),
    /// Another app process owns it and has been asked to focus its window; this one should exit.
    AlreadyRunning,
}

fn open_lock(dir: &Path) -> Result<(File, bool), AppError> {
    let path = dir.join(LOCK_FILE);
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| AppError::data_dir(&path, &e))?;
    match file.try_lock() {
        Ok(()) => Ok((file, true)),
        Err(TryLockError::WouldBlock) => Ok((file, false)),
        Err(TryLockError::Error(e)) => Err(AppError::data_dir(&path, &e)),
    }
}

/// For the desktop app: take the folder, or hand over to the process that has it.
///
/// `on_focus` runs (on a background thread) each time a later launch asks this one to come forward.
pub fn acquire_for_window(dir: &Path, on_focus: impl Fn() + Send + 'static) -> Result<Launch, AppError> {
    let (lock, owned) = open_lock(dir)?;
    if !owned {
        return if ask_owner_to_focus(dir) {
            Ok(Launch::AlreadyRunning)
        } else {
            Err(AppError::in_use(dir))
        };
    }
    let socket = listen_for_focus(dir, on_focus);
    Ok(Launch::Primary(InstanceGuard { _lock: lock, socket }))
}

/// For the CLI: take the folder or report that it is in use. Never steals it from a running app.
pub fn acquire_exclusive(dir: &Path) -> Result<InstanceGuard, AppError> {
    let (lock, owned) = open_lock(dir)?;
    if owned {
        Ok(InstanceGuard {
            _lock: lock,
            socket: None,
        })
    } else {
        Err(AppError::in_use(dir))
    }
}

#[cfg(unix)]
fn ask_owner_to_focus(dir: &Path) -> bool {
    use std::os::unix::net::UnixStream;
    match UnixStream::connect(dir.join(SOCKET_FILE)) {
        Ok(mut stream) => stream.write_all(format!("{FOCUS_REQUEST}\n").as_bytes()).is_ok(),
        Err(_) => false,
    }
}

#[cfg(not(unix))]
fn ask_owner_to_focus(_dir: &Path) -> bool {
    false
}

#[cfg(unix)]
fn listen_for_focus(dir: &Path, on_focus: impl Fn() + Send + 'static) -> Option<PathBuf> {
    use std::os::unix::net::UnixListener;
    let path = dir.join(SOCKET_FILE);
    // A socket left by a crashed owner is stale: we hold the lock, so nobody is listening on it.
    let _ = std::fs::remove_file(&path);
    let listener = UnixListener::bind(&path).ok()?;
    std::thread::Builder::new()
        .name("kakehashi-focus".into())
        .spawn(move || {
            for stream in listener.incoming().flatten() {
                let mut line = String::new();
                if BufReader::new(stream).read_line(&mut line).is_ok() && line.trim() == FOCUS_REQUEST {
                    on_focus();
                }
            }
        })
        .ok()?;
    Some(path)
}

#[cfg(not(unix))]
fn listen_for_focus(_dir: &Path, _on_focus: impl Fn() + Send + 'static) -> Option<PathBuf> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;
    use std::time::Duration;

    #[test]
    fn a_second_launch_focuses_the_first_and_does_not_open_the_store() {
        let dir = tempfile::tempdir().unwrap();
        let (tx, rx) = mpsc::channel();
        let first = acquire_for_window(dir.path(), move || tx.send(()).unwrap()).unwrap();
        assert!(matches!(first, Launch::Primary(_)));

        let second = acquire_for_window(dir.path(), || {}).unwrap();
        assert!(matches!(second, Launch::AlreadyRunning));
        rx.recv_timeout(Duration::from_secs(5))
            .expect("the first instance was asked to focus");
    }

    #[test]
    fn the_cli_is_refused_while_the_app_holds_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        let _app = acquire_for_window(dir.path(), || {}).unwrap();
        assert!(matches!(
            acquire_exclusive(dir.path()),
            Err(AppError::InUse { .. })
        ));
    }

    #[test]
    fn the_app_is_refused_while_the_cli_holds_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        let _cli = acquire_exclusive(dir.path()).unwrap();
        assert!(matches!(
            acquire_for_window(dir.path(), || {}),
            Err(AppError::InUse { .. })
        ));
    }

    #[test]
    fn the_folder_is_free_again_once_the_owner_is_gone() {
        let dir = tempfile::tempdir().unwrap();
        drop(acquire_exclusive(dir.path()).unwrap());
        assert!(acquire_exclusive(dir.path()).is_ok());
    }

    #[test]
    fn different_folders_do_not_interfere() {
        let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let _first = acquire_exclusive(a.path()).unwrap();
        assert!(acquire_exclusive(b.path()).is_ok());
    }
}
