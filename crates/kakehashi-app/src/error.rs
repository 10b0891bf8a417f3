//! The error type that crosses the IPC boundary.
//!
//! Each variant carries a Fluent [`Message`] so the UI shows it in the staff's language, plus enough
//! structure (the kind, the fields involved) for the UI to place it next to the right input.

use kakehashi_i18n::{msg, Message};
use serde::Serialize;
use ts_rs::TS;

/// A problem with one input field, shown inline next to it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FieldError {
    /// Path of the field, e.g. `medications[1].dose.unit`.
    pub field: String,
    pub message: Message,
}

/// Every error a command can return to the window.
#[derive(Debug, Clone, PartialEq, Serialize, TS, thiserror::Error)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum AppError {
    /// The input was rejected; nothing was stored.
    #[error("invalid input: {message:?}")]
    InvalidInput {
        message: Message,
        fields: Vec<FieldError>,
    },
    /// The data folder cannot be used.
    #[error("data directory: {message:?}")]
    DataDir { message: Message },
    /// Another Kakehashi process holds this data folder.
    #[error("in use: {message:?}")]
    InUse { message: Message },
    /// A bug or an unexpected condition; the message says what was being done.
    #[error("internal: {message:?}")]
    Internal { message: Message },
}

impl AppError {
    /// The localizable message of any variant.
    pub fn message(&self) -> &Message {
        match self {
            AppError::InvalidInput { message, .. }
            | AppError::DataDir { message }
            | AppError::InUse { message }
            | AppError::Internal { message } => message,
        }
    }

    pub(crate) fn data_dir(path: &std::path::Path, err: &std::io::Error) -> AppError {
        AppError::DataDir {
            message: msg!("app-error-data-dir", "path" => path.display().to_string(), "detail" => err.to_string()),
        }
    }

    pub(crate) fn in_use(path: &std::path::Path) -> AppError {
        AppError::InUse {
            message: msg!("app-error-in-use", "path" => path.display().to_string()),
        }
    }
}
