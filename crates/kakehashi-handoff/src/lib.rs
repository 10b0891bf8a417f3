//! The physician's handoff sheet: a printed Japanese PDF in which nothing is cut.
//!
//! Three layers, each testable on its own:
//! - [`compose`] turns a patient record (plus checklist alerts and staff details) into a
//!   [`sheet::Sheet`]: headings, tables, the alert box, the patient's words beside their translation;
//! - [`layout`] turns the sheet into pages of positioned glyph runs with the [`text`] engine
//!   (per-character font fallback with a coverage check, kinsoku line breaking, no truncation);
//! - [`emit`] turns the pages into PDF bytes with printpdf (subset fonts, deterministic output).
//!
//! The CLI and the app call [`render_record_json`] or [`render_record`].

pub mod compose;
pub mod emit;
pub mod error;
pub mod fonts;
pub mod layout;
pub mod sheet;
pub mod text;

pub use compose::{compose, content_hash, AlertItem, AlertSeverity, HandoffOptions, Staff};
pub use error::HandoffError;
pub use fonts::{FaceId, FontLibrary};
pub use sheet::Sheet;

use kakehashi_model::PatientRecord;

/// Lays out and writes a composed sheet with the given font library.
pub fn render_sheet(sheet: &Sheet, fonts: &FontLibrary) -> Result<Vec<u8>, HandoffError> {
    let pages = layout::layout(sheet, fonts)?;
    emit::emit(&pages, &sheet.meta, fonts)
}

/// The PDF for a record. The same record and options give byte-identical output.
pub fn render_record(record: &PatientRecord, options: &HandoffOptions) -> Result<Vec<u8>, HandoffError> {
    let sheet = compose(record, options)?;
    let fonts = FontLibrary::resolve(options.font_dir.as_deref());
    render_sheet(&sheet, &fonts)
}

/// Parses a record in the store's plain export format (`RECORD.json`) without changing it.
///
/// The sheet prints what is recorded; it does not re-validate (the store validated on save, and
/// a physician is better served by a sheet that shows a gap than by none).
pub fn parse_record_json(json: &str) -> Result<PatientRecord, HandoffError> {
    let mut de = serde_json::Deserializer::from_str(json);
    let record: PatientRecord = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let field = e.path().to_string();
        let inner = e.into_inner();
        HandoffError::InvalidRecord {
            field,
            line: inner.line(),
            column: inner.column(),
            detail: inner.to_string(),
        }
    })?;
    de.end().map_err(|e| HandoffError::InvalidRecord {
        field: String::new(),
        line: e.line(),
        column: e.column(),
        detail: e.to_string(),
    })?;
    Ok(record)
}

/// `kakehashi-cli handoff RECORD.json --out FILE.pdf`: the record's JSON to PDF bytes.
pub fn render_record_json(json: &str, options: &HandoffOptions) -> Result<Vec<u8>, HandoffError> {
    render_record(&parse_record_json(json)?, options)
}
