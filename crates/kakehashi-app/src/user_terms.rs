//! Staff-made glossary concepts ("user terms"), kept sealed in the encrypted store beside the
//! records: add, edit, delete, import (previewed, then confirmed) and export.
//!
//! Rules a user concept must meet (checked here, each failure naming its field):
//! - an id (one line, at most 128 characters; left empty, a `user-…` id is made up);
//! - at least one locale with a preferred term, and a preferred term in every locale it has;
//! - terms are single lines, none empty;
//! - a reading only on the Japanese terms, written in kana;
//! - definitions are optional (staff often add a term on the spot, before anyone writes one);
//!   such a concept keeps its review state, which for new and imported concepts is needs-review.
//!
//! A user concept with the id of a built-in concept adds its terms to that concept (the built-in
//! preferred term stays preferred; see `Glossary::with_user_concepts`): that is how staff adapt a
//! built-in concept, which itself stays read-only.

use std::collections::BTreeSet;
use std::path::Path;

use kakehashi_glossary::{Concept, Glossary, ImportPreview, ImportProblem, Locale, Origin, ReviewState};
use kakehashi_i18n::msg;
use kakehashi_store::{AuditAction, DocumentChange};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::FieldError;
use crate::session::Session;
use crate::AppError;

/// The store collection holding user concepts.
pub const COLLECTION: &str = "user-glossary";
/// Longest concept id accepted, in characters.
pub const MAX_ID_CHARS: usize = 128;

/// What an import would do, shown to staff before anything is stored.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportReview {
    /// Hand back to [`Session::commit_import`] to import exactly this preview.
    pub token: u32,
    /// The file read.
    pub file: String,
    /// Concepts read from the file without problems.
    pub total: u32,
    /// Ids not in the glossary yet.
    pub new_ids: Vec<String>,
    /// Ids of user concepts the import would replace.
    pub replaces_user: Vec<String>,
    /// Ids of built-in concepts the import would add terms to.
    pub extends_builtin: Vec<String>,
    /// Ids already present with nothing new (skipped).
    pub unchanged: Vec<String>,
    /// Every problem, by line or entry; entries with problems are not imported.
    pub problems: Vec<ImportProblem>,
}

/// The outcome of a confirmed import.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportDone {
    /// Concepts stored (new, replaced or extending a built-in one).
    pub imported: u32,
    /// Entries left out because of problems (only with a confirmed partial import); problems
    /// that belong to no entry (e.g. an unknown column) count once each.
    pub left_out: u32,
}

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ExportFormat {
    /// TBX in the martif/termEntry form most tools read.
    Tbx,
    /// TBX v3 (ISO 30042:2019).
    TbxV3,
    Csv,
}

/// A previewed import waiting for confirmation.
#[derive(Debug, Clone)]
pub struct PendingImport {
    token: u32,
    to_store: Vec<Concept>,
    problems: usize,
    left_out: usize,
}

impl Session {
    /// The glossary search uses: built-in plus this store's user concepts while unlocked, the
    /// built-in glossary alone while locked.
    pub fn glossary(&self) -> &Glossary {
        match (&self.user_glossary, self.is_unlocked()) {
            (Some(g), true) => g,
            _ => Glossary::builtin(),
        }
    }

    /// Rebuilds the merged glossary from the store. A user glossary that will not open (altered
    /// files) leaves search on the built-in terms and tells staff why.
    pub(crate) fn load_user_glossary(&mut self) {
        match self.user_concepts().and_then(|u| merged(&u)) {
            Ok(g) => self.user_glossary = Some(g),
            Err(e) => {
                self.user_glossary = None;
                self.add_notice(msg!("glossary-user-unreadable", "detail" => e.message().id.clone()));
            }
        }
    }

    /// Every user concept in the store, in id order.
    pub fn user_concepts(&mut self) -> Result<Vec<Concept>, AppError> {
        let docs = self.store_unlocked()?.documents::<Concept>(COLLECTION)?;
        Ok(docs.into_iter().map(|(_, c)| c).collect())
    }

    /// Adds a user concept (audited as a create). An empty id gets a new `user-…` id; an id
    /// already used by a user concept is refused. Returns the concept as stored.
    pub fn add_user_concept(&mut self, concept: Concept) -> Result<Concept, AppError> {
        let mut c = normalized(concept);
        if c.id.trim().is_empty() {
            c.id = new_id();
        }
        validate(&c)?;
        let existing = self.user_concepts()?;
        if existing.iter().any(|u| u.id == c.id) {
            return Err(field_error(
                "id",
                msg!("glossary-user-error-id-taken", "id" => &c.id),
            ));
        }
        self.store_concepts(AuditAction::Create, vec![c.clone()], existing)?;
        Ok(c)
    }

    /// Replaces a user concept with the same id (audited as an update).
    pub fn update_user_concept(&mut self, concept: Concept) -> Result<Concept, AppError> {
        let c = normalized(concept);
        validate(&c)?;
        let existing = self.user_concepts()?;
        if !existing.iter().any(|u| u.id == c.id) {
            return Err(not_found(&c.id));
        }
        self.store_concepts(AuditAction::Update, vec![c.clone()], existing)?;
        Ok(c)
    }

    /// Deletes a user concept (audited). Built-in concepts cannot be deleted.
    pub fn delete_user_concept(&mut self, id: &str) -> Result<(), AppError> {
        let existing = self.user_concepts()?;
        if !existing.iter().any(|u| u.id == id) {
            return Err(not_found(id));
        }
        let actor = self.actor()?;
        self.store_unlocked()?.change_documents::<Concept>(
            &actor,
            COLLECTION,
            AuditAction::Delete,
            &[DocumentChange::Delete { id: id.to_owned() }],
        )?;
        let rest: Vec<Concept> = existing.into_iter().filter(|u| u.id != id).collect();
        self.user_glossary = Some(merged(&rest)?);
        Ok(())
    }

    /// Reads a TBX or CSV file and reports what importing it would do; nothing is stored until
    /// [`Session::commit_import`] is called with the returned token.
    pub fn preview_import(&mut self, path: &Path) -> Result<ImportReview, AppError> {
        let preview = kakehashi_glossary::import_file(path).map_err(|e| AppError::InvalidInput {
            message: e.message(),
            fields: vec![FieldError {
                field: "file".into(),
                message: e.message(),
            }],
        })?;
        self.preview(preview, path.display().to_string())
    }

    /// Like [`Session::preview_import`] for a preview already parsed (e.g. from bytes).
    pub fn preview(&mut self, preview: ImportPreview, file: String) -> Result<ImportReview, AppError> {
        let user = self.user_concepts()?;
        let user_ids: BTreeSet<&str> = user.iter().map(|u| u.id.as_str()).collect();
        let builtin = Glossary::builtin();
        let mut problems = preview.problems;
        let mut review = ImportReview {
            token: 0,
            file,
            total: 0,
            new_ids: Vec::new(),
            replaces_user: Vec::new(),
            extends_builtin: Vec::new(),
            unchanged: Vec::new(),
            problems: Vec::new(),
        };
        let mut to_store = Vec::new();
        let positions = preview.positions;
        for (i, concept) in preview.concepts.into_iter().enumerate() {
            let (line, entry) = positions
                .get(i)
                .copied()
                .map_or((None, None), |(l, e)| (l, Some(e)));
            let mut c = normalized(concept);
            // Whatever a file claims, nobody here has checked its terms yet.
            c.review = ReviewState::NeedsReview;
            for t in c.terms.values_mut() {
                t.review = None;
            }
            if let Err(e) = validate(&c) {
                let field = match &e {
                    AppError::InvalidInput { fields, .. } => {
                        fields.first().map(|f| f.field.clone()).unwrap_or_default()
                    }
                    _ => String::new(),
                };
                problems.push(ImportProblem {
                    line,
                    entry,
                    message: msg!("glossary-user-import-invalid", "id" => &c.id, "field" => field),
                });
                continue;
            }
            review.total += 1;
            if user_ids.contains(c.id.as_str()) {
                if user.contains(&c) {
                    review.unchanged.push(c.id.clone());
                    continue;
                }
                review.replaces_user.push(c.id.clone());
            } else if builtin.concept(&c.id).is_some() {
                if builtin.only_new(vec![c.clone()]).is_empty() {
                    review.unchanged.push(c.id.clone());
                    continue;
                }
                review.extends_builtin.push(c.id.clone());
            } else {
                review.new_ids.push(c.id.clone());
            }
            to_store.push(c);
        }
        let token = self
            .pending_import
            .as_ref()
            .map_or(1, |p| p.token.wrapping_add(1));
        review.token = token;
        review.problems = problems;
        let entries: BTreeSet<u64> = review.problems.iter().filter_map(|p| p.entry).collect();
        let loose = review.problems.iter().filter(|p| p.entry.is_none()).count();
        self.pending_import = Some(PendingImport {
            token,
            to_store,
            problems: review.problems.len(),
            left_out: entries.len() + loose,
        });
        Ok(review)
    }

    /// Imports the previewed concepts in one atomic, audited commit. A preview with problems is
    /// refused unless `accept_partial` says staff saw them and want the valid entries only.
    pub fn commit_import(&mut self, token: u32, accept_partial: bool) -> Result<ImportDone, AppError> {
        let pending = match &self.pending_import {
            Some(p) if p.token == token => p.clone(),
            _ => {
                return Err(AppError::Refused {
                    message: msg!("glossary-user-import-stale"),
                })
            }
        };
        if pending.problems > 0 && !accept_partial {
            return Err(AppError::Refused {
                message: msg!("glossary-error-import-has-problems", "count" => pending.problems),
            });
        }
        let imported = pending.to_store.len() as u32;
        if imported > 0 {
            let existing = self.user_concepts()?;
            self.store_concepts(AuditAction::Import, pending.to_store, existing)?;
        }
        self.pending_import = None;
        Ok(ImportDone {
            imported,
            left_out: pending.left_out as u32,
        })
    }

    /// Writes the glossary (built-in terms plus, while unlocked, the user terms) to `path`. The
    /// user terms leaving the store are audited as an export to that file first.
    pub fn export_glossary(&mut self, format: ExportFormat, path: &Path) -> Result<(), AppError> {
        let write_err = |e: std::io::Error| AppError::DataDir {
            message: msg!("app-error-write-file", "path" => path.display().to_string(), "detail" => e.to_string()),
        };
        if self.is_unlocked() {
            let ids: Vec<String> = self.user_concepts()?.into_iter().map(|c| c.id).collect();
            if !ids.is_empty() {
                let actor = self.actor()?;
                let recipient = format!("file:{}", path.display());
                self.store_unlocked()?
                    .record_document_export(&actor, COLLECTION, &ids, &recipient)?;
            }
        }
        let file = std::fs::File::create(path).map_err(write_err)?;
        let mut writer = std::io::BufWriter::new(file);
        let g = self.glossary();
        let done = match format {
            ExportFormat::Tbx => kakehashi_glossary::export_tbx(g, &mut writer),
            ExportFormat::TbxV3 => kakehashi_glossary::export_tbx_v3(g, &mut writer),
            ExportFormat::Csv => kakehashi_glossary::export_csv(g, &mut writer),
        };
        done.map_err(|e| AppError::Storage { message: e.message() })?;
        std::io::Write::flush(&mut writer).map_err(write_err)?;
        writer.get_ref().sync_all().map_err(write_err)
    }

    fn store_concepts(
        &mut self,
        action: AuditAction,
        changed: Vec<Concept>,
        existing: Vec<Concept>,
    ) -> Result<(), AppError> {
        let mut all: Vec<Concept> = existing
            .into_iter()
            .filter(|u| !changed.iter().any(|c| c.id == u.id))
            .collect();
        all.extend(changed.iter().cloned());
        // Checked before writing, so a concept that could not be merged is never stored.
        let glossary = merged(&all)?;
        let actor = self.actor()?;
        let changes: Vec<DocumentChange<Concept>> = changed
            .into_iter()
            .map(|c| DocumentChange::Put {
                id: c.id.clone(),
                value: c,
            })
            .collect();
        self.store_unlocked()?
            .change_documents(&actor, COLLECTION, action, &changes)?;
        self.user_glossary = Some(glossary);
        Ok(())
    }
}

fn merged(user: &[Concept]) -> Result<Glossary, AppError> {
    Glossary::builtin()
        .with_user_concepts(user)
        .map_err(|e| AppError::InvalidInput {
            message: e.message(),
            fields: Vec::new(),
        })
}

/// Trims the edges of every term and drops empty synonyms and terms to avoid (an empty line in
/// the form is not a term); user concepts are always of user origin.
fn normalized(mut c: Concept) -> Concept {
    c.origin = Origin::User;
    c.id = c.id.trim().to_owned();
    for t in c.terms.values_mut() {
        t.preferred = t.preferred.trim().to_owned();
        t.reading = t
            .reading
            .take()
            .map(|r| r.trim().to_owned())
            .filter(|r| !r.is_empty());
        for list in [&mut t.synonyms, &mut t.avoid] {
            *list = list
                .iter()
                .map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty())
                .collect();
        }
    }
    c.terms.retain(|_, t| {
        !(t.preferred.is_empty() && t.synonyms.is_empty() && t.avoid.is_empty() && t.reading.is_none())
    });
    c.definition.retain(|_, d| !d.trim().is_empty());
    c
}

fn is_kana(c: char) -> bool {
    matches!(c as u32, 0x3041..=0x309F | 0x30A0..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F)
        || c == ' '
        || c == '\u{3000}'
}

fn one_line(s: &str) -> bool {
    !s.chars()
        .any(|c| c.is_control() || matches!(c, '\u{2028}' | '\u{2029}'))
}

fn clean_text(s: &str) -> bool {
    !s.chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
}

/// Checks a user concept; every problem is reported with the field it is in.
pub fn validate(c: &Concept) -> Result<(), AppError> {
    let mut fields = Vec::new();
    let mut push = |field: String, message| fields.push(FieldError { field, message });
    if c.id.is_empty() {
        push("id".into(), msg!("glossary-user-error-id-empty"));
    } else if c.id.chars().count() > MAX_ID_CHARS || !one_line(&c.id) {
        push(
            "id".into(),
            msg!("glossary-user-error-id-form", "max" => MAX_ID_CHARS),
        );
    }
    if c.terms.is_empty() {
        push("terms".into(), msg!("glossary-user-error-no-term"));
    }
    for (locale, t) in &c.terms {
        let tag = locale.tag();
        if t.preferred.is_empty() {
            push(
                format!("terms.{tag}.preferred"),
                msg!("glossary-user-error-preferred-missing", "locale" => tag),
            );
        } else if !one_line(&t.preferred) {
            push(
                format!("terms.{tag}.preferred"),
                msg!("glossary-user-error-term-line"),
            );
        }
        for (name, list) in [("synonyms", &t.synonyms), ("avoid", &t.avoid)] {
            for (i, s) in list.iter().enumerate() {
                if !one_line(s) {
                    push(
                        format!("terms.{tag}.{name}[{i}]"),
                        msg!("glossary-user-error-term-line"),
                    );
                }
            }
        }
        if let Some(r) = &t.reading {
            if *locale != Locale::Ja {
                push(
                    format!("terms.{tag}.reading"),
                    msg!("glossary-user-error-reading-ja-only"),
                );
            } else if !r.chars().all(is_kana) {
                push(
                    format!("terms.{tag}.reading"),
                    msg!("glossary-user-error-reading-kana", "reading" => r),
                );
            }
        }
    }
    for (locale, d) in &c.definition {
        if !clean_text(d) {
            push(
                format!("definition.{}", locale.tag()),
                msg!("glossary-user-error-text-control"),
            );
        }
    }
    if !clean_text(&c.source) {
        push("source".into(), msg!("glossary-user-error-text-control"));
    }
    if fields.is_empty() {
        Ok(())
    } else {
        Err(AppError::InvalidInput {
            message: msg!("glossary-user-error-invalid", "count" => fields.len()),
            fields,
        })
    }
}

fn field_error(field: &str, message: kakehashi_i18n::Message) -> AppError {
    AppError::InvalidInput {
        message: message.clone(),
        fields: vec![FieldError {
            field: field.to_owned(),
            message,
        }],
    }
}

fn not_found(id: &str) -> AppError {
    AppError::NotFound {
        message: msg!("glossary-user-error-not-found", "id" => id),
    }
}

fn new_id() -> String {
    let random = kakehashi_store::RecordId::random().to_string();
    format!("user-{}", &random[..12])
}

#[cfg(test)]
mod tests {
    use super::*;
    use kakehashi_glossary::LocaleTerms;

    fn concept(id: &str, ja: &str) -> Concept {
        let mut c = Concept::new_user(id);
        c.terms.insert(Locale::Ja, LocaleTerms::new(ja));
        c
    }

    fn fields_of(e: AppError) -> Vec<String> {
        match e {
            AppError::InvalidInput { fields, .. } => fields.into_iter().map(|f| f.field).collect(),
            other => panic!("expected invalid input, got {other:?}"),
        }
    }

    #[test]
    fn a_concept_without_any_term_is_refused_naming_the_terms() {
        let c = normalized(Concept::new_user("x"));
        assert_eq!(fields_of(validate(&c).unwrap_err()), ["terms"]);
    }

    #[test]
    fn a_reading_must_be_kana_and_only_on_japanese() {
        let mut c = concept("x", "脂肪");
        c.terms.get_mut(&Locale::Ja).unwrap().reading = Some("shibou".into());
        let mut en = LocaleTerms::new("fat");
        en.reading = Some("ふぁっと".into());
        c.terms.insert(Locale::En, en);
        assert_eq!(
            fields_of(validate(&normalized(c)).unwrap_err()),
            ["terms.ja.reading", "terms.en.reading"]
        );
    }

    #[test]
    fn a_synonym_with_a_line_break_is_refused_by_position() {
        let mut c = concept("x", "脂肪");
        c.terms.get_mut(&Locale::Ja).unwrap().synonyms = vec!["a".into(), "b\nc".into()];
        assert_eq!(
            fields_of(validate(&normalized(c)).unwrap_err()),
            ["terms.ja.synonyms[1]"]
        );
    }

    #[test]
    fn blank_lines_of_the_form_are_not_terms_and_definitions_are_optional() {
        let mut c = concept(" x ", " 脂肪 ");
        c.terms.get_mut(&Locale::Ja).unwrap().synonyms = vec!["  ".into(), "あぶら".into()];
        c.terms.insert(Locale::En, LocaleTerms::new(""));
        let n = normalized(c);
        assert_eq!(n.id, "x");
        assert_eq!(n.terms[&Locale::Ja].preferred, "脂肪");
        assert_eq!(n.terms[&Locale::Ja].synonyms, ["あぶら"]);
        assert!(!n.terms.contains_key(&Locale::En));
        assert!(validate(&n).is_ok());
    }
}
