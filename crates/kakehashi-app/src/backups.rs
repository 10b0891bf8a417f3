//! Backups as the app runs them: the automatic rotating backup (when one is due) and the
//! operations of the "Data & backups" screen — back up now, list, verify, restore into a new
//! folder, the plaintext export behind its warning — plus what the unlock screen offers when the
//! store would not open.
//!
//! The encryption, file format and checks live in `kakehashi-store`; this module decides when, and
//! turns the results into values the window can show. Every transfer still goes through
//! [`crate::transfer`], so it is audited there.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use kakehashi_i18n::{msg, Message};
use kakehashi_store::{Actor, BackupReport, PlainExportAck, RecoveryKey, Unlock};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::FieldError;
use crate::session::Session;
use crate::settings::Settings;
use crate::{instance, paths, transfer, AppError};

/// The moments at which an automatic backup may be taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moment {
    /// Staff locked the store, or it locked itself for idleness (keys are still in memory).
    Lock,
    /// The app is quitting.
    Quit,
    /// Staff just changed something and keep working.
    Working,
}

/// What the window shows about automatic backups.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AutoBackupStatus {
    pub enabled: bool,
    /// Changes were saved since the last automatic backup.
    pub pending_changes: bool,
    /// RFC 3339 time of the last backup this run made into the backups folder (automatic or by hand).
    pub last_backup_at: Option<String>,
    pub last_backup_path: Option<String>,
    /// Why the last attempt failed, until one succeeds.
    pub last_failure: Option<Message>,
    /// The folder automatic backups go to.
    pub backups_dir: String,
}

/// When the automatic backup is due, and what happened to the last one.
///
/// Policy: a backup is taken only when records changed since the previous one, and then at every
/// lock (staff or idle), at quit, and while staff keep working at most once every
/// [`Settings::backup_every_minutes`]. A failed attempt leaves the changes pending, so the next
/// lock or quit tries again; while working it waits a full interval before retrying rather than
/// failing on every save.
#[derive(Debug, Clone)]
pub struct AutoBackup {
    pending: bool,
    /// The last backup (or attempt), or the start of the run: the interval counts from here.
    since: Instant,
    last_ok: Option<(String, PathBuf)>,
    last_failure: Option<Message>,
}

impl AutoBackup {
    pub fn new(now: Instant) -> AutoBackup {
        AutoBackup {
            pending: false,
            since: now,
            last_ok: None,
            last_failure: None,
        }
    }

    /// A record was saved or deleted, the samples loaded, or the key ring changed.
    pub fn note_change(&mut self) {
        self.pending = true;
    }

    pub fn has_pending_changes(&self) -> bool {
        self.pending
    }

    /// Whether a backup should be taken at `moment`.
    pub fn is_due(&self, settings: &Settings, moment: Moment, now: Instant) -> bool {
        if !settings.auto_backup || !self.pending {
            return false;
        }
        match moment {
            Moment::Lock | Moment::Quit => true,
            Moment::Working => {
                let every = Duration::from_secs(u64::from(settings.backup_every_minutes) * 60);
                now.saturating_duration_since(self.since) >= every
            }
        }
    }

    /// Takes the rotating backup if one is due and the store is unlocked. Returns the file written,
    /// `None` when nothing was due; a failure is remembered (for the status) and returned, to be
    /// shown to staff.
    pub fn run_if_due(
        &mut self,
        session: &mut Session,
        settings: &Settings,
        data_dir: &Path,
        moment: Moment,
        now: Instant,
    ) -> Result<Option<PathBuf>, AppError> {
        // A locked store has no key to write with; its changes were backed up when it locked.
        if !self.is_due(settings, moment, now) || session.actor().is_err() {
            return Ok(None);
        }
        self.since = now;
        let keep = usize::try_from(settings.backup_keep).unwrap_or(usize::MAX).max(1);
        match transfer::backup_rotating(session, &settings.backups_dir(data_dir), keep) {
            Ok(path) => {
                self.pending = false;
                self.last_failure = None;
                self.last_ok = Some((transfer::now_in_japan(), path.clone()));
                Ok(Some(path))
            }
            Err(e) => {
                self.last_failure = Some(e.message().clone());
                Err(e)
            }
        }
    }

    /// Staff backed up into the backups folder by hand: that backup holds every change so far, so
    /// the next lock need not write another.
    pub fn record_manual(&mut self, path: &Path, now: Instant) {
        self.pending = false;
        self.since = now;
        self.last_failure = None;
        self.last_ok = Some((transfer::now_in_japan(), path.to_owned()));
    }

    pub fn status(&self, settings: &Settings, data_dir: &Path) -> AutoBackupStatus {
        AutoBackupStatus {
            enabled: settings.auto_backup,
            pending_changes: self.pending,
            last_backup_at: self.last_ok.as_ref().map(|(at, _)| at.clone()),
            last_backup_path: self.last_ok.as_ref().map(|(_, p)| p.display().to_string()),
            last_failure: self.last_failure.clone(),
            backups_dir: settings.backups_dir(data_dir).display().to_string(),
        }
    }
}

/// How staff open a backup: the passphrase it was made under, or the store's recovery key.
#[derive(Debug, Clone, PartialEq, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum BackupKey {
    Passphrase {
        passphrase: String,
    },
    #[serde(rename_all = "camelCase")]
    RecoveryKey {
        recovery_key: String,
    },
}

fn with_unlock<T>(key: &BackupKey, f: impl FnOnce(Unlock<'_>) -> Result<T, AppError>) -> Result<T, AppError> {
    match key {
        BackupKey::Passphrase { passphrase } => {
            if passphrase.is_empty() {
                return Err(field_error("passphrase", msg!("data-error-key-required")));
            }
            f(Unlock::Passphrase(passphrase))
        }
        BackupKey::RecoveryKey { recovery_key } => {
            let parsed = RecoveryKey::parse(recovery_key)?;
            f(Unlock::RecoveryKey(&parsed))
        }
    }
}

fn field_error(field: &str, message: Message) -> AppError {
    AppError::InvalidInput {
        message: message.clone(),
        fields: vec![FieldError {
            field: field.to_owned(),
            message,
        }],
    }
}

/// A backup just written.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupMade {
    pub path: String,
    /// Patients in the store when it was written.
    pub patients: u64,
    pub size_bytes: u64,
    /// The file's checksum (hex), as [`verify`] reports it, to compare copies.
    pub sha256: String,
}

/// Backs up now into the backups folder, rotating like the automatic backups.
pub fn backup_now(
    session: &mut Session,
    settings: &Settings,
    data_dir: &Path,
) -> Result<BackupMade, AppError> {
    let keep = usize::try_from(settings.backup_keep).unwrap_or(usize::MAX).max(1);
    let path = transfer::backup_rotating(session, &settings.backups_dir(data_dir), keep)?;
    let patients = session.list_patients()?.len() as u64;
    made(&path, patients)
}

/// Writes a backup to a file staff chose (e.g. on a removable disk).
pub fn backup_copy(session: &mut Session, path: &Path) -> Result<BackupMade, AppError> {
    let report = transfer::backup_to(session, path)?;
    let mut out = made(path, report.summaries)?;
    out.sha256 = report.sha256;
    Ok(out)
}

fn made(path: &Path, patients: u64) -> Result<BackupMade, AppError> {
    let bytes = std::fs::read(path).map_err(|e| AppError::data_dir(path, &e))?;
    // The file ends with its own SHA-256 over everything before it.
    let tail = bytes.get(bytes.len().saturating_sub(32)..).unwrap_or_default();
    Ok(BackupMade {
        path: path.display().to_string(),
        patients,
        size_bytes: bytes.len() as u64,
        sha256: tail.iter().map(|b| format!("{b:02x}")).collect(),
    })
}

/// One file in the backups folder.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupFile {
    pub path: String,
    pub file_name: String,
    pub size_bytes: u64,
    /// RFC 3339 (UTC) time the file was last written.
    pub modified_at: Option<String>,
}

/// The backup files (`*.kkbak`) in `dir`, newest first. A folder that does not exist yet holds
/// none. Names and sizes only: nothing is decrypted, so this works while the store is locked.
pub fn list_backups(dir: &Path) -> Result<Vec<BackupFile>, AppError> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(AppError::data_dir(dir, &e)),
    };
    let suffix = format!(".{}", kakehashi_store::backup::BACKUP_EXTENSION);
    let mut files: Vec<(std::time::SystemTime, BackupFile)> = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.ends_with(&suffix) || name.starts_with('.') {
            continue;
        }
        let Ok(meta) = entry.metadata() else { continue };
        if !meta.is_file() {
            continue;
        }
        let modified = meta.modified().ok();
        files.push((
            modified.unwrap_or(std::time::UNIX_EPOCH),
            BackupFile {
                path: entry.path().display().to_string(),
                file_name: name,
                size_bytes: meta.len(),
                modified_at: modified.and_then(rfc3339),
            },
        ));
    }
    // Newest first; rotating names sort by age, so the name breaks ties within one second.
    files.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| b.1.file_name.cmp(&a.1.file_name)));
    Ok(files.into_iter().map(|(_, f)| f).collect())
}

fn rfc3339(t: std::time::SystemTime) -> Option<String> {
    time::OffsetDateTime::from(t)
        .replace_nanosecond(0)
        .ok()?
        .format(&time::format_description::well_known::Rfc3339)
        .ok()
}

/// Decrypts and checks a backup completely (checksum, every value, the audit chain) and counts
/// what it holds. A wrong passphrase is an error on the `passphrase` field.
pub fn verify(path: &Path, key: &BackupKey) -> Result<BackupReport, AppError> {
    with_unlock(key, |how| Ok(kakehashi_store::verify_backup(path, how)?))
}

/// A backup restored into a new data folder.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Restored {
    /// The new data folder; open it with `--data-dir`.
    pub data_dir: String,
    pub records: u64,
    pub audit_entries: u64,
}

/// Restores `backup` into `target`, a NEW data folder (missing or empty): never over anything,
/// least of all the store in use. The restore is the first new entry of the restored audit trail,
/// under `staff`.
pub fn restore_into(
    backup: &Path,
    target: &Path,
    staff: &str,
    key: &BackupKey,
) -> Result<Restored, AppError> {
    let actor = Actor::new(staff).map_err(|_| field_error("staff", msg!("app-error-staff-required")))?;
    // A relative folder would land wherever the app happened to be started from.
    if !target.is_absolute() {
        return Err(field_error(
            "target",
            msg!("data-error-restore-target-absolute", "path" => target.display().to_string()),
        ));
    }
    let occupied = std::fs::read_dir(target)
        .map(|mut d| d.next().is_some())
        .unwrap_or(false);
    if occupied {
        return Err(field_error(
            "target",
            msg!("data-error-restore-target-not-empty", "path" => target.display().to_string()),
        ));
    }
    paths::ensure_data_dir(target)?;
    let _guard = instance::acquire_exclusive(target)?;
    let integrity = with_unlock(key, |how| {
        let mut store = kakehashi_store::restore_backup(backup, &target.join("store"), &actor, how)?;
        Ok(store.verify_all()?)
    })?;
    Ok(Restored {
        data_dir: target.display().to_string(),
        records: integrity.records,
        audit_entries: integrity.audit_entries,
    })
}

/// Writes every record as UNENCRYPTED JSON — only when staff confirmed the warning
/// (`store-plain-export-warning`) in this request. Audited per patient as an export.
pub fn export_plaintext(session: &mut Session, path: &Path, acknowledged: bool) -> Result<u64, AppError> {
    if !acknowledged {
        return Err(AppError::Refused {
            message: msg!("store-plain-export-warning"),
        });
    }
    transfer::export_all(
        session,
        path,
        PlainExportAck::staff_confirmed_unencrypted_export(),
    )
}

/// A plaintext export just written.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportDone {
    pub path: String,
    pub patients: u64,
}

/// Why the store did not open at start, and the backup the unlock screen offers to restore.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OpenProblem {
    pub message: Message,
    /// The newest backup in the backups folder whose checksum is intact (verified with the
    /// passphrase before restoring).
    pub newest_backup: Option<String>,
    pub backups_dir: String,
}

/// Describes a failed open for the unlock screen. Nothing is created or changed: the damaged store
/// stays where it is, for the integrator to examine.
pub fn open_problem(error: &AppError, backups_dir: &Path) -> OpenProblem {
    OpenProblem {
        message: error.message().clone(),
        newest_backup: kakehashi_store::newest_intact_backup(backups_dir).map(|p| p.display().to_string()),
        backups_dir: backups_dir.display().to_string(),
    }
}

/// A new folder name beside the data folder for a restore, e.g. `…/jp.kakehashi.desktop-restored-20261121-2330`.
pub fn suggested_restore_dir(data_dir: &Path) -> PathBuf {
    let stamp = time::OffsetDateTime::now_utc()
        .format(&time::macros::format_description!(
            "[year][month][day]-[hour][minute][second]"
        ))
        .unwrap_or_default();
    let name = data_dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "kakehashi".to_owned());
    data_dir.with_file_name(format!("{name}-restored-{stamp}"))
}
