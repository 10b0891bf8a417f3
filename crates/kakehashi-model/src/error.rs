//! The crate's error type and validation errors.

use kakehashi_i18n::{msg, Message};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One problem found in a record: the field (a path such as `medications[1].dose.unit`, in the
/// record's JSON field names, list sections indexed by entry) and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ValidationError {
    pub field: String,
    pub message: Message,
}

/// Errors of the model crate.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ModelError {
    /// The JSON text is not a record (syntax, unknown field, wrong type).
    /// `field` is where reading stopped, in [`ValidationError::field`] syntax (empty at the top).
    #[error("record JSON unreadable at {field:?}, line {line}, column {column}")]
    Unreadable {
        field: String,
        line: usize,
        column: usize,
    },
    /// The record parsed but has invalid fields; nothing was accepted.
    #[error("record has {} invalid field(s)", .0.len())]
    Invalid(Vec<ValidationError>),
    /// The record could not be written as JSON.
    #[error("record could not be written as JSON")]
    Unwritable,
}

impl ModelError {
    pub fn message(&self) -> Message {
        match self {
            ModelError::Unreadable { field, line, column } => {
                msg!("model-error-unreadable", "field" => field.as_str(), "line" => *line, "column" => *column)
            }
            ModelError::Invalid(errors) => msg!("model-error-invalid", "count" => errors.len()),
            ModelError::Unwritable => msg!("model-error-unwritable"),
        }
    }
}
