//! Where patient data lives.
//!
//! By default the OS application-data folder (on Linux `$XDG_DATA_HOME/jp.kakehashi.desktop`, the
//! same folder Tauri derives from the identifier). [`DATA_DIR_ENV`] points the app and the CLI at
//! another folder, which is how every test gets a private, throw-away store.

use std::path::{Path, PathBuf};

use crate::{AppError, IDENTIFIER};

/// Environment variable that overrides the data folder for both the app and the CLI.
pub const DATA_DIR_ENV: &str = "KAKEHASHI_DATA_DIR";

/// The data folder: `$KAKEHASHI_DATA_DIR` when set and non-empty, else the OS default.
pub fn data_dir() -> Result<PathBuf, AppError> {
    resolve(
        std::env::var_os(DATA_DIR_ENV).map(PathBuf::from),
        dirs::data_dir(),
    )
}

/// The data folder for a launch of the app: `--data-dir <dir>` (or `--data-dir=<dir>`) on the
/// command line wins over [`data_dir`]; other arguments are ignored (the webview driver adds its own).
pub fn data_dir_for_launch(args: impl IntoIterator<Item = String>) -> Result<PathBuf, AppError> {
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        if arg == "--data-dir" {
            if let Some(dir) = args.next().filter(|d| !d.is_empty()) {
                return Ok(PathBuf::from(dir));
            }
        } else if let Some(dir) = arg.strip_prefix("--data-dir=").filter(|d| !d.is_empty()) {
            return Ok(PathBuf::from(dir));
        }
    }
    data_dir()
}

fn resolve(env: Option<PathBuf>, os_default: Option<PathBuf>) -> Result<PathBuf, AppError> {
    match env {
        Some(p) if !p.as_os_str().is_empty() => Ok(p),
        _ => os_default.map(|d| d.join(IDENTIFIER)).ok_or_else(|| {
            AppError::data_dir(
                Path::new("?"),
                &std::io::Error::other("the OS reports no data folder"),
            )
        }),
    }
}

/// Creates the data folder if needed, readable by the current user only.
pub fn ensure_data_dir(dir: &Path) -> Result<(), AppError> {
    std::fs::create_dir_all(dir).map_err(|e| AppError::data_dir(dir, &e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
            .map_err(|e| AppError::data_dir(dir, &e))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_environment_variable_wins() {
        let got = resolve(Some("/tmp/k".into()), Some("/home/u/.local/share".into())).unwrap();
        assert_eq!(got, PathBuf::from("/tmp/k"));
    }

    #[test]
    fn a_command_line_folder_wins_in_either_spelling() {
        let a = data_dir_for_launch(["kakehashi".into(), "--data-dir".into(), "/tmp/a".into()]).unwrap();
        assert_eq!(a, PathBuf::from("/tmp/a"));
        let b = data_dir_for_launch(["kakehashi".into(), "--x".into(), "--data-dir=/tmp/b".into()]).unwrap();
        assert_eq!(b, PathBuf::from("/tmp/b"));
    }

    #[test]
    fn an_empty_variable_means_the_os_default() {
        let got = resolve(Some("".into()), Some("/home/u/.local/share".into())).unwrap();
        assert_eq!(got, PathBuf::from("/home/u/.local/share/jp.kakehashi.desktop"));
    }

    #[test]
    fn no_os_folder_is_an_error_not_a_guess() {
        assert!(matches!(resolve(None, None), Err(AppError::DataDir { .. })));
    }

    #[cfg(unix)]
    #[test]
    fn the_folder_is_private_to_the_user() {
        use std::os::unix::fs::PermissionsExt;
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("data");
        ensure_data_dir(&dir).unwrap();
        let mode = std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700);
    }
}
