//! The working session over one data folder: setup, unlock and lock, and the patient records.
//!
//! The desktop shell keeps one `Session` behind a mutex and the CLI makes one per command; both
//! get the same validation, audit and durability. Every operation that touches patient data goes
//! through the encrypted store and is audited there under the staff member who unlocked it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use kakehashi_checklist::{Context, Report};
use kakehashi_i18n::{msg, Message};
use kakehashi_model::{Date, PatientRecord, RecordId as ModelId};
use kakehashi_store::{
    Actor, KdfParams, NameForm, NameKind, OpenEvent, PatientSummary, SaveReceipt, Store, SummaryFields,
    Unlock,
};
use serde::Serialize;
use ts_rs::TS;

use crate::error::FieldError;
use crate::AppError;

/// Minimum passphrase length. Long enough to resist guessing against Argon2id, short enough for a
/// sentence staff can remember.
pub const MIN_PASSPHRASE_CHARS: usize = 10;

/// Where the state of the store stands, for the window to choose its screen.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum StoreStatus {
    /// First run: no store in this data folder.
    NeedsSetup,
    /// A store exists; staff must unlock it. `notices` reports what happened while opening it
    /// (e.g. an empty snapshot file moved aside).
    Locked { notices: Vec<Message> },
    /// Unlocked by `staff`.
    #[serde(rename_all = "camelCase")]
    Unlocked { staff: String, notices: Vec<Message> },
}

/// What first-run setup returns: the recovery key, shown to staff exactly once.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SetupDone {
    pub recovery_key: String,
    pub status: StoreStatus,
}

/// A saved record with the proof that it reached stable storage.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Saved {
    pub record: PatientRecord,
    pub receipt: SaveReceipt,
}

pub struct Session {
    dir: PathBuf,
    /// The data folder (holding `store/` and `settings.json`).
    data_dir: PathBuf,
    store: Option<Store>,
    staff: Option<Actor>,
    kdf: KdfParams,
    idle: Duration,
    notices: Vec<Message>,
    /// The last stored version of each record this session has seen, to name the fields a save
    /// touches in the audit trail. Dropped on lock.
    known: BTreeMap<String, serde_json::Value>,
    last_activity: Instant,
    /// The built-in glossary merged with the store's user concepts, while unlocked.
    pub(crate) user_glossary: Option<kakehashi_glossary::Glossary>,
    /// An import previewed and waiting for staff to confirm it (see `user_terms`).
    pub(crate) pending_import: Option<crate::user_terms::PendingImport>,
}

impl Session {
    /// The stale window from the data folder's Settings. A settings file that cannot be read
    /// gives the default here; the settings screen reports the file itself.
    pub fn stale_window_days(&self) -> u32 {
        crate::settings::Settings::load(&self.data_dir)
            .map(|s| s.stale_window_days)
            .unwrap_or(crate::settings::DEFAULT_STALE_WINDOW_DAYS)
    }

    /// Opens the data folder's store, locked, or notes that it needs setup. A store that exists
    /// but cannot be opened is an error (never replaced by a new empty one).
    pub fn open(data_dir: &Path) -> Result<Session, AppError> {
        Session::open_with(data_dir, KdfParams::default())
    }

    /// Like [`Session::open`] with explicit key-derivation cost (tests use a cheap one).
    pub fn open_with(data_dir: &Path, kdf: KdfParams) -> Result<Session, AppError> {
        let dir = data_dir.join("store");
        // The folder staff chose for backups; unreadable settings fall back to the default one.
        let backups = crate::settings::Settings::load(data_dir)
            .unwrap_or_default()
            .backups_dir(data_dir);
        let mut notices = Vec::new();
        let store = if store_exists(&dir) {
            let store = Store::open_or_offer_backup(&dir, &backups)?;
            notices.extend(store.open_events().iter().map(open_event_message));
            Some(store)
        } else {
            None
        };
        Ok(Session {
            dir,
            data_dir: data_dir.to_path_buf(),
            store,
            staff: None,
            kdf,
            idle: kakehashi_store::DEFAULT_IDLE_TIMEOUT,
            notices,
            known: BTreeMap::new(),
            last_activity: Instant::now(),
            user_glossary: None,
            pending_import: None,
        })
    }

    pub fn status(&self) -> StoreStatus {
        match (&self.store, &self.staff) {
            (None, _) => StoreStatus::NeedsSetup,
            (Some(s), Some(staff)) if !s.is_locked() => StoreStatus::Unlocked {
                staff: staff.user.clone(),
                notices: self.notices.clone(),
            },
            (Some(_), _) => StoreStatus::Locked {
                notices: self.notices.clone(),
            },
        }
    }

    /// Minutes of inactivity after which [`Session::lock_if_idle`] locks.
    pub fn set_idle_minutes(&mut self, minutes: u32) {
        self.idle = Duration::from_secs(u64::from(minutes) * 60);
    }

    /// Staff did something (typed, clicked): the idle clock starts again.
    pub fn touch(&mut self) {
        self.last_activity = Instant::now();
    }

    /// First run: creates the encrypted store. Returns the recovery key (shown once).
    pub fn setup(&mut self, staff: &str, passphrase: &str, confirm: &str) -> Result<SetupDone, AppError> {
        if self.store.is_some() {
            return Err(AppError::Refused {
                message: msg!("app-error-already-set-up"),
            });
        }
        let actor = actor(staff)?;
        check_new_passphrase(passphrase, confirm)?;
        let (store, key) = Store::create(&self.dir, &actor, passphrase, self.kdf)?;
        self.store = Some(store);
        self.touch();
        self.staff = Some(actor);
        Ok(SetupDone {
            recovery_key: key.display_groups().to_string(),
            status: self.status(),
        })
    }

    /// Unlocks with the staff passphrase; `staff` is who will be named in the audit trail.
    pub fn unlock(&mut self, staff: &str, passphrase: &str) -> Result<StoreStatus, AppError> {
        let actor = actor(staff)?;
        let store = self.store_mut_any()?;
        store.unlock(&actor, Unlock::Passphrase(passphrase))?;
        self.staff = Some(actor);
        self.touch();
        self.load_user_glossary();
        Ok(self.status())
    }

    /// Unlocks with the recovery key and sets a new passphrase at once (the old one is forgotten).
    pub fn unlock_with_recovery(
        &mut self,
        staff: &str,
        recovery_key: &str,
        new_passphrase: &str,
        confirm: &str,
    ) -> Result<StoreStatus, AppError> {
        let actor = actor(staff)?;
        check_new_passphrase(new_passphrase, confirm)?;
        let key = kakehashi_store::RecoveryKey::parse(recovery_key)?;
        let kdf = self.kdf;
        let store = self.store_mut_any()?;
        store.unlock(&actor, Unlock::RecoveryKey(&key))?;
        store.change_passphrase(&actor, new_passphrase, kdf)?;
        self.staff = Some(actor);
        self.touch();
        self.load_user_glossary();
        Ok(self.status())
    }

    /// Locks now: keys are wiped from memory, and so is everything this session remembered.
    pub fn lock(&mut self) {
        if let Some(s) = &mut self.store {
            s.lock();
        }
        self.staff = None;
        self.known.clear();
        self.user_glossary = None;
        self.pending_import = None;
    }

    /// Locks if nobody has touched the app for longer than the configured time. Returns whether
    /// it locked just now.
    pub fn lock_if_idle(&mut self) -> bool {
        if self.idle_expired() {
            self.lock();
            return true;
        }
        false
    }

    /// Whether the store is unlocked and nobody has touched the app for longer than the configured
    /// time: the next [`Session::lock_if_idle`] locks. (The automatic backup runs just before.)
    pub fn idle_expired(&self) -> bool {
        let unlocked = self.store.as_ref().is_some_and(|s| !s.is_locked());
        unlocked && self.last_activity.elapsed() >= self.idle
    }

    /// Every patient, newest change first.
    pub fn list_patients(&mut self) -> Result<Vec<PatientSummary>, AppError> {
        let mut list = self.store_unlocked()?.list_summaries()?;
        list.sort_by(|a, b| b.updated_at.cmp(&a.updated_at));
        Ok(list)
    }

    /// Patients whose name, in any form, matches `query` (kana, width, case and diacritics folded).
    pub fn search_patients(&mut self, query: &str) -> Result<Vec<PatientSummary>, AppError> {
        Ok(self.store_unlocked()?.search(query)?)
    }

    /// A new, empty record (every section "not asked"), not yet saved.
    pub fn new_patient(&mut self) -> Result<PatientRecord, AppError> {
        self.store_unlocked()?;
        Ok(PatientRecord::new(ModelId(
            kakehashi_store::RecordId::random().to_string(),
        )))
    }

    /// Opens a record (audited as a view).
    pub fn load_patient(&mut self, id: &str) -> Result<PatientRecord, AppError> {
        let store_id = kakehashi_store::RecordId::parse(id)?;
        let actor = self.actor()?;
        let record: PatientRecord = self.store_unlocked()?.load(&actor, store_id)?;
        self.remember(&record);
        Ok(record)
    }

    /// Validates and saves durably. A record with any invalid field is refused whole and nothing
    /// stored changes; the error names every field.
    pub fn save_patient(&mut self, record: PatientRecord) -> Result<Saved, AppError> {
        record.validate()?;
        let store_id =
            kakehashi_store::RecordId::parse(record.id.as_str()).map_err(|_| AppError::InvalidInput {
                message: msg!("app-error-record-id"),
                fields: vec![FieldError {
                    field: "id".into(),
                    message: msg!("app-error-record-id"),
                }],
            })?;
        let fields = self.fields_touched(&record);
        let actor = self.actor()?;
        let receipt =
            self.store_unlocked()?
                .save(&actor, Some(store_id), &record, &summary_of(&record), &fields)?;
        self.remember(&record);
        Ok(Saved { record, receipt })
    }

    /// Deletes a record (audited).
    pub fn delete_patient(&mut self, id: &str) -> Result<(), AppError> {
        let store_id = kakehashi_store::RecordId::parse(id)?;
        let actor = self.actor()?;
        self.store_unlocked()?.delete(&actor, store_id)?;
        self.known.remove(id);
        Ok(())
    }

    /// Loads the fictional sample patients. Loading twice updates the same records rather than
    /// duplicating them.
    pub fn load_samples(&mut self) -> Result<Vec<PatientSummary>, AppError> {
        for mut record in kakehashi_model::samples() {
            record.id = ModelId(sample_store_id(record.id.as_str()));
            self.save_patient(record)?;
        }
        self.list_patients()
    }

    /// The staff member who unlocked the store.
    pub fn actor(&self) -> Result<Actor, AppError> {
        self.staff.clone().ok_or_else(|| AppError::Locked {
            message: msg!("store-error-locked"),
        })
    }

    /// The unlocked store, for operations that live elsewhere in this crate (backups, transfers).
    pub fn store_unlocked(&mut self) -> Result<&mut Store, AppError> {
        self.last_activity = Instant::now();
        match &mut self.store {
            None => Err(AppError::NeedsSetup {
                message: msg!("app-error-needs-setup"),
            }),
            Some(s) if s.is_locked() => Err(AppError::Locked {
                message: msg!("store-error-locked"),
            }),
            Some(s) => Ok(s),
        }
    }

    /// Whether the store is set up and unlocked.
    pub fn is_unlocked(&self) -> bool {
        self.staff.is_some() && self.store.as_ref().is_some_and(|s| !s.is_locked())
    }

    /// Adds a notice for the status line (e.g. the user glossary could not be opened).
    pub(crate) fn add_notice(&mut self, notice: Message) {
        self.notices.push(notice);
    }

    fn store_mut_any(&mut self) -> Result<&mut Store, AppError> {
        self.store.as_mut().ok_or_else(|| AppError::NeedsSetup {
            message: msg!("app-error-needs-setup"),
        })
    }

    fn remember(&mut self, record: &PatientRecord) {
        if let Ok(v) = serde_json::to_value(record) {
            self.known.insert(record.id.to_string(), v);
        }
    }

    /// The names (never the values) of the fields that differ from the last stored version.
    fn fields_touched(&self, record: &PatientRecord) -> Vec<String> {
        let Ok(new) = serde_json::to_value(record) else {
            return vec!["*".into()];
        };
        let mut out = Vec::new();
        match self.known.get(record.id.as_str()) {
            Some(old) => diff_paths("", old, &new, &mut out),
            None => diff_paths("", &serde_json::Value::Null, &new, &mut out),
        }
        out
    }
}

/// The checklist for a record as it stands (saved or not), judged on the planned treatment day
/// when one is recorded, else on today's date in Japan.
pub fn checklist(record: &PatientRecord) -> Report {
    checklist_within(record, kakehashi_checklist::DEFAULT_STALE_WINDOW_DAYS)
}

/// [`checklist`] with the stale window staff chose in Settings.
pub fn checklist_within(record: &PatientRecord, stale_window_days: u32) -> Report {
    let reference = record
        .planned_treatment
        .planned_date
        .clone()
        .filter(|d| d.parts().is_ok())
        .unwrap_or_else(today_in_japan);
    let mut context = Context::new(reference);
    context.stale_window_days = stale_window_days;
    kakehashi_checklist::report(record, &context)
}

/// Today's date at the clinic (Japan Standard Time, no daylight saving).
pub fn today_in_japan() -> Date {
    let jst = time::UtcOffset::from_hms(9, 0, 0).unwrap_or(time::UtcOffset::UTC);
    let d = time::OffsetDateTime::now_utc().to_offset(jst).date();
    Date::ymd(d.year(), u8::from(d.month()), d.day())
}

fn store_exists(dir: &Path) -> bool {
    std::fs::read_dir(dir)
        .map(|mut d| d.next().is_some())
        .unwrap_or(false)
}

fn actor(staff: &str) -> Result<Actor, AppError> {
    Actor::new(staff).map_err(|_| AppError::InvalidInput {
        message: msg!("app-error-staff-required"),
        fields: vec![FieldError {
            field: "staff".into(),
            message: msg!("app-error-staff-required"),
        }],
    })
}

fn check_new_passphrase(passphrase: &str, confirm: &str) -> Result<(), AppError> {
    let mut fields = Vec::new();
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        fields.push(FieldError {
            field: "passphrase".into(),
            message: msg!("app-error-passphrase-short", "min" => MIN_PASSPHRASE_CHARS),
        });
    }
    if passphrase != confirm {
        fields.push(FieldError {
            field: "confirm".into(),
            message: msg!("app-error-passphrase-mismatch"),
        });
    }
    if fields.is_empty() {
        Ok(())
    } else {
        Err(AppError::InvalidInput {
            message: msg!("app-error-passphrase-rejected"),
            fields,
        })
    }
}

fn open_event_message(event: &OpenEvent) -> Message {
    event.message()
}

/// The name forms and birth date the patient list shows and name search uses.
fn summary_of(record: &PatientRecord) -> SummaryFields {
    let n = &record.profile.names;
    let mut names = Vec::new();
    let mut push = |kind, text: &str| {
        if !text.trim().is_empty() {
            names.push(NameForm {
                kind,
                text: text.to_owned(),
            });
        }
    };
    push(NameKind::Native, &n.native);
    let latin = format!("{} {}", n.latin_family, n.latin_given);
    push(NameKind::Latin, latin.trim());
    push(NameKind::Kana, &n.katakana);
    for other in &n.other {
        push(NameKind::Other, other);
    }
    SummaryFields {
        sample: record.sample,
        names,
        date_of_birth: record
            .profile
            .date_of_birth
            .as_ref()
            .map(|d| d.as_str().to_owned()),
    }
}

/// A stable store id for a sample patient, derived from its sample id (never from patient data).
fn sample_store_id(sample_id: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(format!("kakehashi-sample:{sample_id}").as_bytes());
    digest.iter().take(16).map(|b| format!("{b:02x}")).collect()
}

/// Collects the JSON paths (in the model's field syntax) where `old` and `new` differ.
fn diff_paths(path: &str, old: &serde_json::Value, new: &serde_json::Value, out: &mut Vec<String>) {
    use serde_json::Value;
    // Enough to say what was touched without turning the audit trail into a copy of the record.
    const MAX: usize = 200;
    if out.len() >= MAX || old == new {
        return;
    }
    let join = |key: &str| {
        if path.is_empty() {
            key.to_owned()
        } else {
            format!("{path}.{key}")
        }
    };
    match (old, new) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, v) in b {
                diff_paths(&join(k), a.get(k).unwrap_or(&Value::Null), v, out);
            }
            for k in a.keys().filter(|k| !b.contains_key(*k)) {
                out.push(join(k));
            }
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                diff_paths(&format!("{path}[{i}]"), x, y, out);
            }
        }
        (Value::Null, Value::Object(b)) => {
            for (k, v) in b {
                diff_paths(&join(k), &Value::Null, v, out);
            }
        }
        _ => out.push(if path.is_empty() {
            "*".to_owned()
        } else {
            path.to_owned()
        }),
    }
}
