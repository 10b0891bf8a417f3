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
    /// The store is locked (idle timeout or staff locked it); unlock and try again.
    #[error("locked: {message:?}")]
    Locked { message: Message },
    /// No store has been set up in this data folder yet.
    #[error("needs setup: {message:?}")]
    NeedsSetup { message: Message },
    /// The record asked for does not exist (any more).
    #[error("not found: {message:?}")]
    NotFound { message: Message },
    /// The store refused or failed (damaged, tampered, disk error); the message says which.
    #[error("storage: {message:?}")]
    Storage { message: Message },
    /// Something would leave the machine that must not (e.g. no consent to share).
    #[error("refused: {message:?}")]
    Refused { message: Message },
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
            | AppError::Locked { message }
            | AppError::NeedsSetup { message }
            | AppError::NotFound { message }
            | AppError::Storage { message }
            | AppError::Refused { message }
            | AppError::Internal { message } => message,
        }
    }

    pub(crate) fn data_dir(path: &std::path::Path, err: &std::io::Error) -> AppError {
        AppError::DataDir {
            message: msg!("app-error-data-dir", "path" => path.display().to_string(), "detail" => err.to_string()),
        }
    }

    /// An unexpected failure while doing `context` (a short, untranslated technical note).
    pub fn internal(context: impl std::fmt::Display) -> AppError {
        AppError::Internal {
            message: msg!("app-error-internal", "context" => context.to_string()),
        }
    }

    pub(crate) fn in_use(path: &std::path::Path) -> AppError {
        AppError::InUse {
            message: msg!("app-error-in-use", "path" => path.display().to_string()),
        }
    }
}

impl From<kakehashi_store::StoreError> for AppError {
    fn from(e: kakehashi_store::StoreError) -> AppError {
        use kakehashi_store::StoreError as S;
        let message = e.message();
        let field = |name: &str| AppError::InvalidInput {
            message: message.clone(),
            fields: vec![FieldError {
                field: name.to_owned(),
                message: message.clone(),
            }],
        };
        match &e {
            S::WrongPassphrase => field("passphrase"),
            S::WrongRecoveryKey | S::RecoveryKeyMalformed { .. } => field("recoveryKey"),
            S::InvalidInput { field: name, .. } => field(name),
            S::InUse { .. } => AppError::InUse { message },
            S::Locked => AppError::Locked { message },
            S::NoStore { .. } => AppError::NeedsSetup { message },
            S::NotFound { .. } => AppError::NotFound { message },
            _ => AppError::Storage { message },
        }
    }
}

impl From<Vec<kakehashi_model::ValidationError>> for AppError {
    fn from(errors: Vec<kakehashi_model::ValidationError>) -> AppError {
        AppError::InvalidInput {
            message: msg!("app-error-record-invalid", "count" => errors.len()),
            fields: errors
                .into_iter()
                .map(|e| FieldError {
                    field: e.field,
                    message: e.message,
                })
                .collect(),
        }
    }
}

impl From<kakehashi_model::ModelError> for AppError {
    fn from(e: kakehashi_model::ModelError) -> AppError {
        use kakehashi_model::ModelError as M;
        match e {
            M::Invalid(errors) => errors.into(),
            M::Unreadable { ref field, .. } => AppError::InvalidInput {
                message: e.message(),
                fields: vec![FieldError {
                    field: field.clone(),
                    message: e.message(),
                }],
            },
            M::Unwritable => AppError::Internal { message: e.message() },
        }
    }
}
