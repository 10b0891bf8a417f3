//! The safety checklist: rules evaluated over an intake record before the physician sees it.
//!
//! Each rule comes from what went wrong in the cases this app exists for (the seeds), from the
//! Act on the Safety of Regenerative Medicine (ASRM), the MHLW notice of 31 July 2024 on
//! exosomes and conditioned medium, or the Act on the Protection of Personal Information (APPI).
//! Every item says how serious it is, why it matters in plain words, where that comes from, which
//! fields are involved and what resolves it. Wording lives in `locales/*/checklist.ftl`.
//!
//! Pure and fast: no I/O, no clock — the reference date comes in the [`Context`].

use kakehashi_i18n::{msg, Message};
use kakehashi_model::{Date, ModelError, PatientRecord};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

mod rules;

pub use rules::rules;

/// How serious an item is. Items are listed in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// Do not proceed as planned until this is resolved.
    Stop,
    /// Information the physician needs is not in the record.
    Missing,
    /// The physician must look at this before deciding.
    Attention,
    /// For the physician's information.
    Note,
}

/// What kind of source a rule rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    /// An article in the project's seed collection (`/work/shared/seeds/`).
    Seed,
    /// A law or a ministry notice.
    Regulation,
    /// A professional society's statement or a guideline.
    Guideline,
}

/// Where a rule comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Source {
    pub kind: SourceKind,
    /// Seed file name, law and article, or notice and date.
    pub reference: &'static str,
}

/// What an item stops until it is resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Blocks {
    Nothing,
    /// The handoff sheet is not produced (unless staff override it, which the app audits).
    Handoff,
    /// Nothing leaves the app: no print, no export, no handoff — unless the rule is overridable
    /// and staff override it explicitly (audited by the app).
    PrintAndExport,
}

/// A rule as listed in the closing note of the handoff sheet.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RuleInfo {
    /// Stable id, e.g. `R01-iv-living-cells`.
    pub id: &'static str,
    pub severity: Severity,
    pub blocks: Blocks,
    /// Whether staff may override a handoff block (audited by the app).
    pub overridable: bool,
    pub source: Source,
    /// Fluent id of the rule's title.
    pub title_id: &'static str,
    /// The rule rests on clinical judgement not yet confirmed against a primary source.
    pub needs_review: bool,
}

/// One finding of the checklist.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Item {
    pub rule_id: &'static str,
    pub severity: Severity,
    pub blocks: Blocks,
    pub overridable: bool,
    pub title: Message,
    /// Why this matters, in plain words.
    pub rationale: Message,
    pub source: Source,
    /// Field paths in the syntax of `kakehashi_model::ValidationError::field`, so the UI can jump
    /// to them.
    pub fields: Vec<String>,
    /// What resolves the item.
    pub resolves: Message,
}

/// What the evaluation needs besides the record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Context {
    /// The day the checklist is judged on (usually today; the treatment day for a pre-check).
    pub reference_date: Date,
    /// Results older than this many days count as stale.
    pub stale_window_days: u32,
}

/// Default window after which a screening result is stale.
pub const DEFAULT_STALE_WINDOW_DAYS: u32 = 90;

impl Context {
    pub fn new(reference_date: Date) -> Self {
        Context {
            reference_date,
            stale_window_days: DEFAULT_STALE_WINDOW_DAYS,
        }
    }

    /// A context from a date as typed ("YYYY-MM-DD"), e.g. a CLI argument; refuses anything that
    /// is not a real full date.
    pub fn from_date_text(text: &str, stale_window_days: u32) -> Result<Self, ChecklistError> {
        let reference_date = Date::from_text(text);
        if reference_date.parts().is_err() {
            return Err(ChecklistError::ReferenceDate(text.to_owned()));
        }
        Ok(Context {
            reference_date,
            stale_window_days,
        })
    }
}

/// The rule with this id, for the closing note and the UI.
pub fn rule(id: &str) -> Option<&'static RuleInfo> {
    rules().iter().find(|r| r.id == id)
}

/// Evaluates every rule over `record`. Items come sorted: stop, missing, attention, note; then
/// by rule id, in the order found.
pub fn evaluate(record: &PatientRecord, ctx: &Context) -> Vec<Item> {
    let mut items = rules::evaluate_all(record, ctx);
    items.sort_by(|a, b| a.severity.cmp(&b.severity).then_with(|| a.rule_id.cmp(b.rule_id)));
    items
}

/// Whether the handoff sheet may not be produced (rule 7: allergies not asked; rule 13: no
/// consent to share special-care information), ignoring items whose rule id is in `overridden`.
/// Only overridable items can be overridden; the app records who did it and when.
pub fn blocks_handoff_except(items: &[Item], overridden: &[&str]) -> bool {
    items.iter().any(|i| match i.blocks {
        Blocks::Nothing => false,
        Blocks::Handoff | Blocks::PrintAndExport => !(i.overridable && overridden.contains(&i.rule_id)),
    })
}

/// Whether the handoff sheet may not be produced (see [`blocks_handoff_except`]).
pub fn blocks_handoff(items: &[Item]) -> bool {
    blocks_handoff_except(items, &[])
}

/// Whether nothing may be printed or exported (rule 13: APPI consent).
pub fn blocks_print_or_export(items: &[Item]) -> bool {
    items.iter().any(|i| i.blocks == Blocks::PrintAndExport)
}

/// The checklist for one record, as the CLI and the UI show it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    pub record_id: String,
    pub reference_date: Date,
    pub items: Vec<Item>,
    pub blocks_handoff: bool,
    pub blocks_print_or_export: bool,
    pub stop_count: u32,
    pub missing_count: u32,
    pub attention_count: u32,
    pub note_count: u32,
}

/// Evaluates and summarises.
pub fn report(record: &PatientRecord, ctx: &Context) -> Report {
    let items = evaluate(record, ctx);
    let count =
        |s: Severity| u32::try_from(items.iter().filter(|i| i.severity == s).count()).unwrap_or(u32::MAX);
    Report {
        record_id: record.id.to_string(),
        reference_date: ctx.reference_date.clone(),
        blocks_handoff: blocks_handoff(&items),
        blocks_print_or_export: blocks_print_or_export(&items),
        stop_count: count(Severity::Stop),
        missing_count: count(Severity::Missing),
        attention_count: count(Severity::Attention),
        note_count: count(Severity::Note),
        items,
    }
}

/// The report as plain text in `locale` (falling back to Japanese), for the CLI and logs.
pub fn format_report(report: &Report, locale: &str) -> String {
    use std::fmt::Write as _;
    let l = kakehashi_i18n::Localizer::embedded();
    let f = |m: &Message| l.format(locale, m);
    let mut out = String::new();
    let heading = msg!(
        "checklist-report-heading",
        "record" => report.record_id.as_str(),
        "date" => report.reference_date.as_str(),
        "stop" => report.stop_count,
        "missing" => report.missing_count,
        "attention" => report.attention_count,
        "note" => report.note_count
    );
    let _ = writeln!(out, "{}", f(&heading));
    if report.blocks_print_or_export {
        let _ = writeln!(out, "{}", f(&msg!("checklist-report-blocks-print")));
    } else if report.blocks_handoff {
        let _ = writeln!(out, "{}", f(&msg!("checklist-report-blocks-handoff")));
    }
    for item in &report.items {
        let severity = match item.severity {
            Severity::Stop => msg!("checklist-severity-stop"),
            Severity::Missing => msg!("checklist-severity-missing"),
            Severity::Attention => msg!("checklist-severity-attention"),
            Severity::Note => msg!("checklist-severity-note"),
        };
        let _ = writeln!(out, "\n[{}] {} ({})", f(&severity), f(&item.title), item.rule_id);
        let _ = writeln!(out, "    {}", f(&item.rationale));
        let _ = writeln!(
            out,
            "    {}",
            f(&msg!("checklist-report-resolves", "text" => f(&item.resolves)))
        );
        let _ = writeln!(
            out,
            "    {}",
            f(&msg!("checklist-report-fields", "fields" => item.fields.join(", ")))
        );
        let _ = writeln!(
            out,
            "    {}",
            f(&msg!("checklist-report-source", "source" => item.source.reference))
        );
    }
    out
}

/// Errors of the checklist crate.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ChecklistError {
    /// The record could not be read or did not validate; nothing was evaluated.
    #[error("record not accepted: {0}")]
    Record(#[from] ModelError),
    /// The reference date is not a real full date.
    #[error("reference date is not a date: {0}")]
    ReferenceDate(String),
    #[error("report could not be written as JSON")]
    Unwritable,
}

impl ChecklistError {
    pub fn message(&self) -> Message {
        match self {
            ChecklistError::Record(e) => e.message(),
            ChecklistError::ReferenceDate(v) => msg!("checklist-error-reference-date", "value" => v.as_str()),
            ChecklistError::Unwritable => msg!("checklist-error-unwritable"),
        }
    }
}

/// For `kakehashi-cli check RECORD.json`: reads a record in the store's export format, validates
/// it, evaluates the checklist and returns the [`Report`] as pretty JSON.
pub fn evaluate_json(record_json: &str, ctx: &Context) -> Result<String, ChecklistError> {
    if ctx.reference_date.parts().is_err() {
        return Err(ChecklistError::ReferenceDate(
            ctx.reference_date.as_str().to_owned(),
        ));
    }
    let record = PatientRecord::from_json(record_json)?;
    serde_json::to_string_pretty(&report(&record, ctx)).map_err(|_| ChecklistError::Unwritable)
}
