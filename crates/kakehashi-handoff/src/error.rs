//! The one error type of the handoff sheet.

use kakehashi_i18n::{msg, Message};

/// Why a sheet could not be produced. Every variant names what the reader must fix.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum HandoffError {
    /// A character of `field` that no bundled font can draw (or a script the sheet cannot set
    /// correctly without shaping, such as Arabic). Refused rather than printed as an empty box.
    #[error("field {field}: character {codepoint} cannot be drawn by any bundled font")]
    Unrenderable {
        field: String,
        character: String,
        codepoint: String,
    },
    /// A bundled font file is missing from the font directory.
    #[error("font file {file} not found in {dir}")]
    FontMissing { file: String, dir: String },
    /// A font file exists but could not be read or parsed.
    #[error("font file {file} could not be parsed")]
    FontInvalid { file: String },
    /// The record JSON could not be read; `field` is the JSON path where reading stopped.
    #[error("record JSON is invalid at {field} (line {line}, column {column}): {detail}")]
    InvalidRecord {
        field: String,
        line: usize,
        column: usize,
        detail: String,
    },
    /// The PDF could not be serialised.
    #[error("the PDF could not be written")]
    PdfWrite,
    /// A date or time given to the sheet is not a valid RFC 3339 timestamp.
    #[error("{field} is not an RFC 3339 timestamp: {value}")]
    InvalidTimestamp { field: String, value: String },
}

impl HandoffError {
    /// The error as a localizable message for the UI or the CLI.
    pub fn message(&self) -> Message {
        match self {
            HandoffError::Unrenderable {
                field,
                character,
                codepoint,
            } => msg!(
                "handoff-error-unrenderable",
                "field" => field.as_str(),
                "character" => character.as_str(),
                "codepoint" => codepoint.as_str()
            ),
            HandoffError::FontMissing { file, dir } => {
                msg!("handoff-error-font-missing", "file" => file.as_str(), "dir" => dir.as_str())
            }
            HandoffError::FontInvalid { file } => msg!("handoff-error-font-invalid", "file" => file.as_str()),
            HandoffError::InvalidRecord {
                field, line, column, ..
            } => msg!(
                "handoff-error-invalid-record",
                "field" => field.as_str(),
                "line" => *line,
                "column" => *column
            ),
            HandoffError::PdfWrite => msg!("handoff-error-pdf-write"),
            HandoffError::InvalidTimestamp { field, value } => {
                msg!("handoff-error-invalid-timestamp", "field" => field.as_str(), "value" => value.as_str())
            }
        }
    }
}
