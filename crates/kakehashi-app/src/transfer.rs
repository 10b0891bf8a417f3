//! Everything that lets patient data leave the encrypted store: the physician's handoff sheet,
//! plain exports and backups. Each is explicit, and each is recorded in the audit trail before the
//! data is handed over; a transfer that cannot be audited does not happen.

use std::path::Path;

use kakehashi_checklist::{Blocks, Report, Severity};
use kakehashi_handoff::{AlertItem, AlertSeverity, HandoffOptions, Staff};
use kakehashi_i18n::msg;
use kakehashi_model::PatientRecord;
use kakehashi_store::{BackupReport, PlainExportAck, RecordId, TransferKind};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::session::{checklist, checklist_within, Session};
use crate::AppError;

/// A request to print (or save) the handoff sheet of a stored record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HandoffRequest {
    pub id: String,
    /// The patient's language shown beside the Japanese; defaults to their preferred language.
    #[serde(default)]
    pub patient_locale: Option<String>,
    /// Who receives the sheet (the physician, by name), for the audit trail.
    pub recipient: String,
    #[serde(default)]
    pub clinic: String,
    #[serde(default)]
    pub interpreter: String,
    /// Checklist rules whose block staff explicitly overrode; each is named in the audit entry.
    #[serde(default)]
    pub overrides: Vec<String>,
}

/// Renders the handoff sheet of a stored record and records the print in the audit trail.
///
/// Refused while the checklist blocks it (allergies not asked; no consent to share special-care
/// information) unless staff overrode those items in this request.
pub fn handoff_pdf(session: &mut Session, req: &HandoffRequest) -> Result<Vec<u8>, AppError> {
    let (record, options, report) = prepare(session, req)?;
    let unresolved = unresolved_blocks(&report, &req.overrides);
    if !unresolved.is_empty() {
        return Err(AppError::Refused {
            message: msg!("app-error-handoff-blocked", "rules" => unresolved.join(", ")),
        });
    }
    let pdf = kakehashi_handoff::render_record(&record, &options).map_err(handoff_error)?;

    let id = RecordId::parse(&req.id)?;
    // The content hash printed in the sheet's footer ties the paper to this record version.
    let mut fields = vec![
        "handoff-sheet".to_owned(),
        format!("content:{}", kakehashi_handoff::content_hash(&record)),
    ];
    fields.extend(req.overrides.iter().map(|r| format!("override:{r}")));
    let actor = session.actor()?;
    session
        .store_unlocked()?
        .record_transfer(&actor, id, TransferKind::Print, &req.recipient, &fields)?;
    Ok(pdf)
}

/// What the window shows before anything is printed: the sheet's pages as drawn (SVG), and the
/// checklist items that would block printing. Nothing leaves the app, so nothing is audited
/// beyond the view of the record.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HandoffPreview {
    pub pages: Vec<String>,
    /// Rule ids that block printing until resolved or overridden.
    pub blocking: Vec<String>,
    pub report: Report,
}

/// Lays the sheet out exactly as it will print and returns it for the screen.
pub fn handoff_preview(session: &mut Session, req: &HandoffRequest) -> Result<HandoffPreview, AppError> {
    let (record, options, report) = prepare(session, req)?;
    let fonts = kakehashi_handoff::FontLibrary::resolve(options.font_dir.as_deref());
    let sheet = kakehashi_handoff::compose(&record, &options).map_err(handoff_error)?;
    let pages = kakehashi_handoff::layout::layout(&sheet, &fonts).map_err(handoff_error)?;
    Ok(HandoffPreview {
        pages: pages.iter().map(crate::preview::page_svg).collect(),
        blocking: unresolved_blocks(&report, &[])
            .into_iter()
            .map(str::to_owned)
            .collect(),
        report,
    })
}

fn prepare(
    session: &mut Session,
    req: &HandoffRequest,
) -> Result<(PatientRecord, HandoffOptions, Report), AppError> {
    let record = session.load_patient(&req.id)?;
    let report = checklist_within(&record, session.stale_window_days());
    let revision = session
        .list_patients()?
        .into_iter()
        .find(|s| s.id.to_string() == req.id)
        .map(|s| s.revision.to_string())
        .unwrap_or_default();
    let actor = session.actor()?;
    let mut options = HandoffOptions::at(now_in_japan());
    options.patient_locale = req.patient_locale.clone();
    options.clinic = req.clinic.clone();
    options.record_version = revision;
    options.staff = Staff {
        coordinator: actor.user.clone(),
        interpreter: req.interpreter.clone(),
        physician: req.recipient.clone(),
    };
    options.alerts = alerts_of(&report);
    options.checklist_run = true;
    Ok((record, options, report))
}

fn unresolved_blocks<'a>(report: &'a Report, overrides: &[String]) -> Vec<&'a str> {
    report
        .items
        .iter()
        // An override only counts for a rule that allows one (consent to acquire never does).
        .filter(|i| {
            i.blocks != Blocks::Nothing && !(i.overridable && overrides.iter().any(|o| o == i.rule_id))
        })
        .map(|i| i.rule_id)
        .collect()
}

fn handoff_error(e: kakehashi_handoff::HandoffError) -> AppError {
    AppError::InvalidInput {
        message: e.message(),
        fields: Vec::new(),
    }
}

/// The checklist items the physician must see first, worded in Japanese.
pub fn alerts_of(report: &Report) -> Vec<AlertItem> {
    report
        .items
        .iter()
        .map(|i| {
            let severity = match i.severity {
                Severity::Stop => AlertSeverity::Stop,
                Severity::Attention => AlertSeverity::Attention,
                Severity::Missing | Severity::Note => AlertSeverity::Info,
            };
            AlertItem::from_messages(severity, &i.title, &i.rationale)
        })
        .collect()
}

/// Renders a record given as plain-export JSON (batch use; nothing is read from or written to the
/// store, so nothing is audited here — the export that produced the file was).
pub fn handoff_pdf_from_json(
    json: &str,
    patient_locale: Option<String>,
    generated_at: Option<String>,
) -> Result<Vec<u8>, AppError> {
    let record = PatientRecord::from_json(json)?;
    let report = checklist(&record);
    let mut options = HandoffOptions::at(generated_at.unwrap_or_else(now_in_japan));
    options.patient_locale = patient_locale;
    options.alerts = alerts_of(&report);
    options.checklist_run = true;
    kakehashi_handoff::render_record(&record, &options).map_err(|e| AppError::InvalidInput {
        message: e.message(),
        fields: Vec::new(),
    })
}

/// Writes one record as plain JSON (the export format `RECORD.json`), audited as an export.
/// Only with the staff's explicit acknowledgement that the file is not encrypted.
pub fn export_record(
    session: &mut Session,
    id: &str,
    path: &Path,
    recipient: &str,
    _ack: PlainExportAck,
) -> Result<(), AppError> {
    let record = session.load_patient(id)?;
    let json = record.to_json_pretty()?;
    let actor = session.actor()?;
    let store_id = RecordId::parse(id)?;
    session.store_unlocked()?.record_transfer(
        &actor,
        store_id,
        TransferKind::Export,
        recipient,
        &["*".to_owned()],
    )?;
    write_file(path, json.as_bytes())
}

/// Writes every record as plain JSON, audited; see [`kakehashi_store::Store::export_plaintext`].
pub fn export_all(session: &mut Session, path: &Path, ack: PlainExportAck) -> Result<u64, AppError> {
    let actor = session.actor()?;
    Ok(session.store_unlocked()?.export_plaintext(&actor, path, ack)?)
}

/// Writes an encrypted backup to `path`.
pub fn backup_to(session: &mut Session, path: &Path) -> Result<BackupReport, AppError> {
    let actor = session.actor()?;
    Ok(session.store_unlocked()?.backup_to(&actor, path)?)
}

/// Writes a new encrypted backup into `dir`, keeping the newest `keep`.
pub fn backup_rotating(
    session: &mut Session,
    dir: &Path,
    keep: usize,
) -> Result<std::path::PathBuf, AppError> {
    let actor = session.actor()?;
    Ok(session.store_unlocked()?.backup_rotating(&actor, dir, keep)?)
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), AppError> {
    std::fs::write(path, bytes).map_err(|e| AppError::DataDir {
        message: msg!("app-error-write-file", "path" => path.display().to_string(), "detail" => e.to_string()),
    })
}

/// Now, in Japan Standard Time, as RFC 3339 (printed on the sheet and used as its reference date).
pub fn now_in_japan() -> String {
    let jst = time::UtcOffset::from_hms(9, 0, 0).unwrap_or(time::UtcOffset::UTC);
    let now = time::OffsetDateTime::now_utc()
        .to_offset(jst)
        .replace_nanosecond(0)
        .unwrap_or_else(|_| time::OffsetDateTime::now_utc());
    now.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}
