//! The crate's error type and the problem records importers and the data loader report.

use kakehashi_i18n::{msg, Message};
use serde::Serialize;
use ts_rs::TS;

/// Everything that can go wrong in this crate's public operations.
#[derive(Debug, thiserror::Error, Clone, PartialEq)]
pub enum GlossaryError {
    #[error("cannot read or write {path}: {detail}")]
    Io { path: String, detail: String },
    #[error("{path} is larger than {limit} bytes")]
    FileTooLarge { path: String, limit: u64 },
    #[error("{path} is neither TBX nor CSV")]
    UnknownFormat { path: String },
    #[error("the import has {count} problem(s); confirm to import the rest")]
    ImportHasProblems { count: usize },
    #[error("export failed: {detail}")]
    Export { detail: String },
    #[error("user concept {id:?}: {field} is invalid")]
    InvalidUserConcept { id: String, field: String },
}

impl GlossaryError {
    pub fn message(&self) -> Message {
        match self {
            GlossaryError::Io { path, detail } => {
                msg!("glossary-error-io", "path" => path, "detail" => detail)
            }
            GlossaryError::FileTooLarge { path, limit } => {
                msg!("glossary-error-file-too-large", "path" => path, "limit" => *limit)
            }
            GlossaryError::UnknownFormat { path } => msg!("glossary-error-unknown-format", "path" => path),
            GlossaryError::ImportHasProblems { count } => {
                msg!("glossary-error-import-has-problems", "count" => *count)
            }
            GlossaryError::Export { detail } => msg!("glossary-error-export", "detail" => detail),
            GlossaryError::InvalidUserConcept { id, field } => {
                msg!("glossary-error-invalid-user-concept", "id" => id, "field" => field)
            }
        }
    }
}

/// One problem found while importing a file: where it is and what it is.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportProblem {
    /// 1-based line in the file, when known.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// 1-based entry (TBX term entry or CSV data row), when the problem belongs to one.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entry: Option<u64>,
    pub message: Message,
}

/// One problem in the built-in data files (found by the data validation test).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DataProblem {
    pub file: String,
    /// 1-based position of the `[[concept]]` in its file; 0 for problems with the whole file.
    pub entry: usize,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub message: Message,
}

impl std::fmt::Display for DataProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} concept #{} ({}): {}",
            self.file,
            self.entry,
            self.id.as_deref().unwrap_or("?"),
            self.message.id
        )?;
        for (k, v) in &self.message.args {
            write!(f, " {k}={v:?}")?;
        }
        Ok(())
    }
}
