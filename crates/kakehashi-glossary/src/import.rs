//! Import previews: a file is parsed in full first; nothing reaches the user glossary until the
//! preview is accepted, and a preview with problems is only applied when the user explicitly
//! accepts a partial import.

use std::collections::HashSet;
use std::io::Read;
use std::path::Path;

use kakehashi_i18n::msg;
use serde::Serialize;
use ts_rs::TS;

use crate::error::{GlossaryError, ImportProblem};
use crate::model::Concept;

/// Files larger than this are refused before parsing (a glossary is a few megabytes at most).
pub const MAX_IMPORT_BYTES: u64 = 64 * 1024 * 1024;

/// What an import would add, and everything that would not make it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportPreview {
    pub concepts: Vec<Concept>,
    pub problems: Vec<ImportProblem>,
    /// Where each of `concepts` was in the file: (1-based line when known, 1-based entry), so a
    /// later check (e.g. the app's rules for user concepts) can report its problems in place.
    #[serde(skip)]
    #[ts(skip)]
    pub positions: Vec<(Option<u64>, u64)>,
}

impl ImportPreview {
    /// The concepts to store. Refused while there are problems, unless `accept_partial` records
    /// that the user saw them and chose to import the rest.
    pub fn apply(self, accept_partial: bool) -> Result<Vec<Concept>, GlossaryError> {
        if !self.problems.is_empty() && !accept_partial {
            return Err(GlossaryError::ImportHasProblems {
                count: self.problems.len(),
            });
        }
        Ok(self.concepts)
    }
}

/// The two import formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ImportFormat {
    Tbx,
    Csv,
}

/// `kakehashi-cli glossary import FILE`: reads a TBX or CSV file (by extension, else by content)
/// into a preview.
pub fn import_file(path: &Path) -> Result<ImportPreview, GlossaryError> {
    let shown = path.display().to_string();
    let io = |e: std::io::Error| GlossaryError::Io {
        path: shown.clone(),
        detail: e.to_string(),
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let mut bytes = Vec::new();
    file.take(MAX_IMPORT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_IMPORT_BYTES {
        return Err(GlossaryError::FileTooLarge {
            path: shown,
            limit: MAX_IMPORT_BYTES,
        });
    }
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(|e| e.to_ascii_lowercase());
    let format = match ext.as_deref() {
        Some("tbx" | "xml") => ImportFormat::Tbx,
        Some("csv") => ImportFormat::Csv,
        _ => sniff(&bytes).ok_or(GlossaryError::UnknownFormat { path: shown })?,
    };
    Ok(parse(&bytes, format))
}

/// Parses bytes in a known format.
pub fn parse(bytes: &[u8], format: ImportFormat) -> ImportPreview {
    match format {
        ImportFormat::Tbx => crate::tbx::parse_tbx(bytes),
        ImportFormat::Csv => crate::csv_io::parse_csv(bytes),
    }
}

fn sniff(bytes: &[u8]) -> Option<ImportFormat> {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let first = body.iter().find(|b| !b.is_ascii_whitespace())?;
    if *first == b'<' {
        Some(ImportFormat::Tbx)
    } else if body.contains(&b',') {
        Some(ImportFormat::Csv)
    } else {
        None
    }
}

pub(crate) fn utf8(bytes: &[u8]) -> Result<&str, ImportProblem> {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(body).map_err(|e| {
        let line = body[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() as u64 + 1;
        ImportProblem {
            line: Some(line),
            entry: None,
            message: msg!("glossary-import-not-utf8", "line" => line),
        }
    })
}

/// Byte offset → 1-based line number.
pub(crate) struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineIndex { starts }
    }

    pub fn line_of(&self, pos: u64) -> u64 {
        let pos = usize::try_from(pos).unwrap_or(usize::MAX);
        self.starts.partition_point(|&s| s <= pos).max(1) as u64
    }
}

#[derive(Default)]
pub(crate) struct PreviewBuilder {
    pub concepts: Vec<Concept>,
    pub problems: Vec<ImportProblem>,
    positions: Vec<(Option<u64>, u64)>,
    ids: HashSet<String>,
}

impl PreviewBuilder {
    /// Adds a parsed concept; entries without an id get `import-<entry>`.
    pub fn push(&mut self, mut c: Concept, has_id: bool, line: Option<u64>, entry: u64) {
        if !has_id {
            let mut n = entry;
            loop {
                let candidate = format!("import-{n}");
                if !self.ids.contains(&candidate) {
                    c.id = candidate;
                    break;
                }
                n += 1_000_000;
            }
        }
        if !self.ids.insert(c.id.clone()) {
            self.problems.push(ImportProblem {
                line,
                entry: Some(entry),
                message: msg!("glossary-import-duplicate-id", "id" => &c.id),
            });
            return;
        }
        self.concepts.push(c);
        self.positions.push((line, entry));
    }

    pub fn finish(self) -> ImportPreview {
        ImportPreview {
            concepts: self.concepts,
            problems: self.problems,
            positions: self.positions,
        }
    }
}
