//! Per-installation preferences. No patient data lives here, so the file is plain JSON; it sits in
//! the data folder so that a test's private folder also gets private settings.

use std::path::Path;

use kakehashi_i18n::msg;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::FieldError;
use crate::AppError;

const FILE: &str = "settings.json";

/// Preferences staff can change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct Settings {
    /// The language of the UI chrome; `None` follows the operating system.
    pub staff_locale: Option<String>,
    /// The language shown beside it when no patient is open (a patient's preferred language wins).
    pub patient_locale: Option<String>,
    /// Minutes without input before the store locks and keys are wiped from memory.
    pub idle_lock_minutes: u32,
    /// A screening result collected more than this many days before the planned treatment date is
    /// marked stale. Files written before this setting existed read as the default.
    pub stale_window_days: u32,
    /// Whether the app writes rotating encrypted backups by itself (see `docs/store.md`).
    pub auto_backup: bool,
    /// How many automatic backups are kept in the backups folder; older ones are removed.
    pub backup_keep: u32,
    /// While staff keep working, at most one automatic backup per this many minutes.
    pub backup_every_minutes: u32,
    /// The backups folder; `None` means `<data folder>/backups`.
    pub backup_dir: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            staff_locale: None,
            patient_locale: None,
            idle_lock_minutes: 10,
            stale_window_days: DEFAULT_STALE_WINDOW_DAYS,
            auto_backup: true,
            backup_keep: 10,
            backup_every_minutes: 30,
            backup_dir: None,
        }
    }
}

/// Bounds for [`Settings::idle_lock_minutes`]: long enough for an interview, short enough that an
/// unattended laptop does not stay open all afternoon.
pub const IDLE_LOCK_RANGE: std::ops::RangeInclusive<u32> = 1..=120;

/// Infection screening is commonly asked for within about three months of the procedure.
pub const DEFAULT_STALE_WINDOW_DAYS: u32 = kakehashi_checklist::DEFAULT_STALE_WINDOW_DAYS;

/// Bounds for [`Settings::stale_window_days`]: at least a day; at most ten years, beyond which a
/// window no longer marks anything.
pub const STALE_WINDOW_RANGE: std::ops::RangeInclusive<u32> = 1..=3650;
/// Bounds for [`Settings::backup_keep`]: at least one backup must survive a rotation, and a
/// hundred covers months of daily work without filling a small disk.
pub const BACKUP_KEEP_RANGE: std::ops::RangeInclusive<u32> = 1..=100;

/// Bounds for [`Settings::backup_every_minutes`]: often enough that a crash costs at most a few
/// hours of intake, rarely enough that backups do not interrupt an interview.
pub const BACKUP_EVERY_RANGE: std::ops::RangeInclusive<u32> = 5..=480;

impl Settings {
    /// Reads the settings; a missing file means defaults, an unreadable one is reported.
    pub fn load(dir: &Path) -> Result<Settings, AppError> {
        let path = dir.join(FILE);
        match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| AppError::DataDir {
                message: msg!("app-error-settings-unreadable", "path" => path.display().to_string(), "detail" => e.to_string()),
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Settings::default()),
            Err(e) => Err(AppError::data_dir(&path, &e)),
        }
    }

    /// Checks every field; all problems are reported at once.
    pub fn validate(&self) -> Result<(), AppError> {
        let locales = kakehashi_i18n::available_locales();
        let mut fields = Vec::new();
        for (field, value) in [
            ("staffLocale", &self.staff_locale),
            ("patientLocale", &self.patient_locale),
        ] {
            if let Some(locale) = value {
                if !locales.contains(&locale.as_str()) {
                    fields.push(FieldError {
                        field: field.to_owned(),
                        message: msg!("app-error-unknown-locale", "locale" => locale.clone()),
                    });
                }
            }
        }
        if !IDLE_LOCK_RANGE.contains(&self.idle_lock_minutes) {
            fields.push(FieldError {
                field: "idleLockMinutes".to_owned(),
                message: msg!("app-error-out-of-range", "min" => *IDLE_LOCK_RANGE.start(), "max" => *IDLE_LOCK_RANGE.end()),
            });
        }
        if !STALE_WINDOW_RANGE.contains(&self.stale_window_days) {
            fields.push(FieldError {
                field: "staleWindowDays".to_owned(),
                message: msg!("ui-settings-stale-window-out-of-range", "min" => *STALE_WINDOW_RANGE.start(), "max" => *STALE_WINDOW_RANGE.end()),
            });
        }
        for (field, value, range) in [
            ("backupKeep", self.backup_keep, BACKUP_KEEP_RANGE),
            (
                "backupEveryMinutes",
                self.backup_every_minutes,
                BACKUP_EVERY_RANGE,
            ),
        ] {
            if !range.contains(&value) {
                fields.push(FieldError {
                    field: field.to_owned(),
                    message: msg!("app-error-out-of-range", "min" => *range.start(), "max" => *range.end()),
                });
            }
        }
        if let Some(dir) = &self.backup_dir {
            // A relative folder would depend on where the app happened to be started from.
            if dir.trim().is_empty() || !Path::new(dir).is_absolute() {
                fields.push(FieldError {
                    field: "backupDir".to_owned(),
                    message: msg!("data-error-backup-dir-absolute", "path" => dir.clone()),
                });
            }
        }
        if fields.is_empty() {
            Ok(())
        } else {
            Err(AppError::InvalidInput {
                message: msg!("app-error-invalid-settings"),
                fields,
            })
        }
    }

    /// The folder automatic backups go to (and the data screen lists).
    pub fn backups_dir(&self, data_dir: &Path) -> std::path::PathBuf {
        match &self.backup_dir {
            Some(dir) if !dir.trim().is_empty() => std::path::PathBuf::from(dir),
            _ => data_dir.join("backups"),
        }
    }

    /// Validates, then replaces the file atomically (write, fsync, rename): a crash leaves either
    /// the old or the new settings, never half of each.
    pub fn save(&self, dir: &Path) -> Result<(), AppError> {
        self.validate()?;
        let path = dir.join(FILE);
        let tmp = dir.join(format!("{FILE}.tmp"));
        let json = serde_json::to_vec_pretty(self).map_err(|e| AppError::Internal {
            message: msg!("app-error-internal", "context" => e.to_string()),
        })?;
        let write = || -> std::io::Result<()> {
            use std::io::Write;
            let mut f = std::fs::File::create(&tmp)?;
            f.write_all(&json)?;
            f.sync_all()?;
            std::fs::rename(&tmp, &path)?;
            std::fs::File::open(dir)?.sync_all()
        };
        write().map_err(|e| AppError::data_dir(&path, &e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fresh_folder_has_default_settings() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(Settings::load(dir.path()).unwrap(), Settings::default());
    }

    #[test]
    fn chosen_languages_survive_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let s = Settings {
            staff_locale: Some("en".into()),
            patient_locale: Some("ja".into()),
            idle_lock_minutes: 5,
            stale_window_days: 120,
            ..Settings::default()
        };
        s.save(dir.path()).unwrap();
        assert_eq!(Settings::load(dir.path()).unwrap(), s);
    }

    #[test]
    fn an_unknown_locale_and_a_silly_timeout_are_both_named_and_nothing_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let good = Settings {
            staff_locale: Some("en".into()),
            ..Settings::default()
        };
        good.save(dir.path()).unwrap();
        let bad = Settings {
            staff_locale: Some("xx".into()),
            patient_locale: None,
            idle_lock_minutes: 0,
            stale_window_days: 0,
            ..Settings::default()
        };
        let Err(AppError::InvalidInput { fields, .. }) = bad.save(dir.path()) else {
            panic!("accepted")
        };
        let named: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(named, ["staffLocale", "idleLockMinutes", "staleWindowDays"]);
        assert_eq!(Settings::load(dir.path()).unwrap(), good);
    }

    #[test]
    fn a_settings_file_from_before_the_stale_window_reads_with_ninety_days() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(FILE),
            br#"{"staffLocale":"vi","patientLocale":null,"idleLockMinutes":15}"#,
        )
        .unwrap();
        let s = Settings::load(dir.path()).unwrap();
        assert_eq!(s.stale_window_days, 90);
        assert_eq!(s.idle_lock_minutes, 15);
        assert_eq!(s.staff_locale.as_deref(), Some("vi"));
    }

    #[test]
    fn a_stale_window_outside_its_range_is_refused_with_a_message_naming_the_window() {
        let dir = tempfile::tempdir().unwrap();
        for days in [0, 3651, u32::MAX] {
            let bad = Settings {
                stale_window_days: days,
                ..Settings::default()
            };
            let Err(AppError::InvalidInput { fields, .. }) = bad.save(dir.path()) else {
                panic!("{days} days accepted")
            };
            assert_eq!(fields.len(), 1);
            assert_eq!(fields[0].field, "staleWindowDays");
            assert_eq!(fields[0].message.id, "ui-settings-stale-window-out-of-range");
        }
        for days in [1, 90, 3650] {
            let good = Settings {
                stale_window_days: days,
                ..Settings::default()
            };
            good.save(dir.path()).unwrap();
            assert_eq!(Settings::load(dir.path()).unwrap().stale_window_days, days);
        }
    }

    #[test]
    fn settings_written_before_backups_existed_still_load_with_backups_on() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(FILE),
            br#"{"staffLocale":"vi","patientLocale":null,"idleLockMinutes":7}"#,
        )
        .unwrap();
        let s = Settings::load(dir.path()).unwrap();
        assert_eq!(s.idle_lock_minutes, 7);
        assert!(s.auto_backup);
        assert_eq!(s.backup_keep, 10);
        assert_eq!(s.backups_dir(dir.path()), dir.path().join("backups"));
    }

    #[test]
    fn backup_fields_out_of_range_are_each_named() {
        let bad = Settings {
            backup_keep: 0,
            backup_every_minutes: 1,
            backup_dir: Some("relative/backups".into()),
            ..Settings::default()
        };
        let Err(AppError::InvalidInput { fields, .. }) = bad.validate() else {
            panic!("accepted")
        };
        let named: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(named, ["backupKeep", "backupEveryMinutes", "backupDir"]);
    }

    #[test]
    fn a_corrupt_file_is_reported_not_replaced_by_defaults() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE), b"{not json").unwrap();
        assert!(matches!(
            Settings::load(dir.path()),
            Err(AppError::DataDir { .. })
        ));
    }
}
