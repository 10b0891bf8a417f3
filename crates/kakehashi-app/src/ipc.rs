//! Values that cross the IPC boundary to the window. Their TypeScript twins in `ui/src/bindings/`
//! are generated from these definitions (see `tests/cross/bindings.rs`), never written by hand.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What the window needs to know at start.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    pub version: String,
    /// The data folder in use (shown so staff know where backups must be taken from).
    pub data_dir: String,
    /// Locales that have Fluent files.
    pub locales: Vec<String>,
    /// The staff locale suggested by the operating system's language settings.
    pub suggested_staff_locale: String,
}

impl AppInfo {
    /// Describes this build running against `data_dir`, suggesting a staff locale from the
    /// OS language preferences (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`).
    pub fn current(data_dir: &std::path::Path) -> AppInfo {
        let requested: Vec<String> = ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .flat_map(|v| v.split(':').map(posix_to_bcp47).collect::<Vec<_>>())
            .filter(|v| !v.is_empty() && v != "C" && v != "POSIX")
            .collect();
        let requested: Vec<&str> = requested.iter().map(String::as_str).collect();
        AppInfo {
            version: crate::VERSION.to_owned(),
            data_dir: data_dir.display().to_string(),
            locales: kakehashi_i18n::available_locales()
                .into_iter()
                .map(str::to_owned)
                .collect(),
            suggested_staff_locale: kakehashi_i18n::negotiate(&requested),
        }
    }
}

/// `ja_JP.UTF-8` → `ja-JP`.
fn posix_to_bcp47(v: &str) -> String {
    v.split(['.', '@']).next().unwrap_or_default().replace('_', "-")
}

/// Writes the TypeScript declarations of every type that crosses IPC into `dir`.
///
/// `tests/cross/bindings.rs` compares the result with the committed `ui/src/bindings/`, so a Rust
/// change that is not reflected in the UI's types fails the build.
pub fn export_typescript(dir: &std::path::Path) -> Result<(), ts_rs::ExportError> {
    // JSON numbers, not bigint: values arrive through JSON.parse.
    let cfg = ts_rs::Config::new().with_out_dir(dir).with_large_int("number");
    AppInfo::export_all(&cfg)?;
    crate::AppError::export_all(&cfg)?;
    crate::settings::Settings::export_all(&cfg)?;
    kakehashi_i18n::Message::export_all(&cfg)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posix_locale_names_become_language_tags() {
        assert_eq!(posix_to_bcp47("ja_JP.UTF-8"), "ja-JP");
        assert_eq!(posix_to_bcp47("en_US@euro"), "en-US");
        assert_eq!(posix_to_bcp47("vi"), "vi");
    }

    #[test]
    fn app_info_lists_the_embedded_locales() {
        let info = AppInfo::current(std::path::Path::new("/tmp/x"));
        assert!(info.locales.contains(&"ja".to_owned()));
        assert!(info.locales.contains(&"en".to_owned()));
        assert_eq!(info.data_dir, "/tmp/x");
    }
}
