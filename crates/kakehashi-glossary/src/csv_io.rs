//! CSV import and export (RFC 4180: comma-separated, fields quoted when needed, CRLF line ends).
//!
//! One concept per row. Columns: `id, domain, review, source, loinc, related`, then per locale
//! `<tag>` (preferred term), `ja-reading`, `<tag>-synonyms`, `<tag>-avoid`, `<tag>-review`,
//! `<tag>-definition`. Lists (synonyms, terms to avoid, related ids) are one item per line inside
//! the cell — terms never contain line breaks, so nothing can be split wrongly. The export starts
//! with a UTF-8 byte order mark so spreadsheet programs pick the right encoding; the importer
//! accepts files with or without it, and locale columns written by other tools (`en-US`, `zh-TW`).

use std::collections::BTreeMap;
use std::io::Write;

use kakehashi_i18n::msg;

use crate::error::{GlossaryError, ImportProblem};
use crate::import::{ImportPreview, PreviewBuilder};
use crate::model::{is_clean_term, is_clean_text, Concept, Domain, Locale, LocaleTerms, Origin, ReviewState};
use crate::Glossary;

/// Writes every concept (built-in and user) as CSV.
pub fn export_csv(glossary: &Glossary, out: impl Write) -> Result<(), GlossaryError> {
    write_csv(glossary.concepts(), out)
}

fn header() -> Vec<String> {
    let mut h: Vec<String> = ["id", "domain", "review", "source", "loinc", "related"]
        .map(String::from)
        .to_vec();
    for l in Locale::ALL {
        let t = l.tag();
        h.push(t.to_owned());
        if l == Locale::Ja {
            h.push(format!("{t}-reading"));
        }
        for suffix in ["synonyms", "avoid", "review", "definition"] {
            h.push(format!("{t}-{suffix}"));
        }
    }
    h
}

pub(crate) fn write_csv(concepts: &[Concept], mut out: impl Write) -> Result<(), GlossaryError> {
    let err = |e: &dyn std::fmt::Display| GlossaryError::Export {
        detail: e.to_string(),
    };
    out.write_all(b"\xEF\xBB\xBF").map_err(|e| err(&e))?;
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    w.write_record(header()).map_err(|e| err(&e))?;
    for c in concepts {
        let mut row: Vec<String> = vec![
            c.id.clone(),
            c.domain.map(|d| d.as_str().to_owned()).unwrap_or_default(),
            c.review.as_str().to_owned(),
            c.source.clone(),
            c.loinc.clone().unwrap_or_default(),
            c.related.join("\n"),
        ];
        for l in Locale::ALL {
            let t = c.terms.get(&l);
            row.push(t.map(|t| t.preferred.clone()).unwrap_or_default());
            if l == Locale::Ja {
                row.push(t.and_then(|t| t.reading.clone()).unwrap_or_default());
            }
            row.push(t.map(|t| t.synonyms.join("\n")).unwrap_or_default());
            row.push(t.map(|t| t.avoid.join("\n")).unwrap_or_default());
            row.push(
                t.and_then(|t| t.review)
                    .map(|r| r.as_str().to_owned())
                    .unwrap_or_default(),
            );
            row.push(c.definition.get(&l).cloned().unwrap_or_default());
        }
        w.write_record(&row).map_err(|e| err(&e))?;
    }
    w.flush().map_err(|e| err(&e))
}

#[derive(Clone, Copy, PartialEq)]
enum Col {
    Id,
    Domain,
    Review,
    Source,
    Loinc,
    Related,
    Preferred(Locale),
    Reading(Locale),
    Synonyms(Locale),
    Avoid(Locale),
    TermReview(Locale),
    Definition(Locale),
}

fn column(name: &str) -> Option<Col> {
    let n = name.trim().to_ascii_lowercase();
    let fixed = match n.as_str() {
        "id" => Some(Col::Id),
        "domain" => Some(Col::Domain),
        "review" => Some(Col::Review),
        "source" => Some(Col::Source),
        "loinc" => Some(Col::Loinc),
        "related" => Some(Col::Related),
        _ => None,
    };
    if fixed.is_some() {
        return fixed;
    }
    for (suffix, make) in [
        ("-reading", Col::Reading as fn(Locale) -> Col),
        ("-synonyms", Col::Synonyms),
        ("-avoid", Col::Avoid),
        ("-review", Col::TermReview),
        ("-definition", Col::Definition),
    ] {
        if let Some(tag) = n.strip_suffix(suffix) {
            return Locale::from_foreign_tag(tag).map(make);
        }
    }
    Locale::from_foreign_tag(&n).map(Col::Preferred)
}

/// One item per line; empty lines are skipped, but items are kept exactly as written.
fn list(cell: &str) -> Vec<String> {
    cell.lines()
        .filter(|s| !s.trim().is_empty())
        .map(str::to_owned)
        .collect()
}

/// Reads a CSV file. Never panics; problems are reported with their line and row.
pub fn parse_csv(bytes: &[u8]) -> ImportPreview {
    let mut pb = PreviewBuilder::default();
    let text = match crate::import::utf8(bytes) {
        Ok(t) => t,
        Err(p) => {
            pb.problems.push(p);
            return pb.finish();
        }
    };
    // Lines are counted from byte offsets: the reader's own line count differs between LF and
    // CRLF files.
    // A record's position may point at the line end before it (the "\n" of a CRLF), so line
    // ends are skipped first.
    let lines = crate::import::LineIndex::new(text);
    let line_at = |p: Option<&csv::Position>| {
        p.map(|p| {
            let mut at = usize::try_from(p.byte()).unwrap_or(usize::MAX);
            while matches!(text.as_bytes().get(at), Some(b'\r' | b'\n')) {
                at += 1;
            }
            lines.line_of(at as u64)
        })
        .unwrap_or(1)
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let head = match records.next() {
        Some(Ok(h)) => h,
        Some(Err(e)) => {
            let line = line_at(e.position());
            pb.problems.push(ImportProblem {
                line: Some(line),
                entry: None,
                message: msg!("glossary-import-csv-malformed", "line" => line, "detail" => e.to_string()),
            });
            return pb.finish();
        }
        None => {
            pb.problems.push(ImportProblem {
                line: None,
                entry: None,
                message: msg!("glossary-import-empty-file"),
            });
            return pb.finish();
        }
    };
    let mut cols: Vec<Option<Col>> = Vec::new();
    for name in head.iter() {
        let c = column(name);
        if c.is_none() {
            pb.problems.push(ImportProblem {
                line: Some(1),
                entry: None,
                message: msg!("glossary-import-csv-unknown-column", "column" => name),
            });
        }
        if c.is_some() && cols.contains(&c) {
            pb.problems.push(ImportProblem {
                line: Some(1),
                entry: None,
                message: msg!("glossary-import-csv-duplicate-column", "column" => name),
            });
        }
        cols.push(c);
    }
    if !cols.iter().any(|c| matches!(c, Some(Col::Preferred(_)))) {
        pb.problems.push(ImportProblem {
            line: Some(1),
            entry: None,
            message: msg!("glossary-import-csv-no-term-columns"),
        });
        return pb.finish();
    }
    let mut row_no: u64 = 0;
    for rec in records {
        row_no += 1;
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                let line = line_at(e.position());
                pb.problems.push(ImportProblem {
                    line: Some(line),
                    entry: Some(row_no),
                    message: msg!("glossary-import-csv-malformed", "line" => line, "detail" => e.to_string()),
                });
                continue;
            }
        };
        let line = line_at(rec.position());
        if rec.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let mut problem = |m| {
            pb.problems.push(ImportProblem {
                line: Some(line),
                entry: Some(row_no),
                message: m,
            })
        };
        if rec.len() != cols.len() {
            problem(
                msg!("glossary-import-csv-field-count", "line" => line, "found" => rec.len(), "expected" => cols.len()),
            );
            continue;
        }
        // A cell that cannot be stored or exported unchanged rejects its row (reported, not cut).
        let bad_cell = rec.iter().zip(&cols).find(|(cell, col)| match col {
            Some(Col::Preferred(_) | Col::Reading(_)) => !is_clean_term(cell),
            Some(Col::Synonyms(_) | Col::Avoid(_)) => !cell.lines().all(is_clean_term),
            _ => !is_clean_text(cell),
        });
        if let Some((cell, _)) = bad_cell {
            problem(msg!("glossary-import-invalid-character", "line" => line, "text" => cell.trim()));
            continue;
        }
        let mut c = Concept::new_user(String::new());
        c.origin = Origin::User;
        let mut terms: BTreeMap<Locale, LocaleTerms> = BTreeMap::new();
        let mut has_id = false;
        // A value that cannot be taken as written leaves its row out: stored without it, the
        // concept would not be what the file says.
        let mut ok = true;
        for (cell, col) in rec.iter().zip(&cols) {
            let Some(col) = col else { continue };
            let v = cell.trim();
            match *col {
                Col::Id => {
                    has_id = !v.is_empty();
                    c.id = v.to_owned();
                }
                Col::Domain if !v.is_empty() => match Domain::parse(v) {
                    Some(d) => c.domain = Some(d),
                    None => {
                        problem(msg!("glossary-import-unknown-domain", "line" => line, "domain" => v));
                        ok = false;
                    }
                },
                Col::Review if !v.is_empty() => match ReviewState::parse(v) {
                    Some(r) => c.review = r,
                    None => {
                        problem(msg!("glossary-import-unknown-review", "line" => line, "review" => v));
                        ok = false;
                    }
                },
                Col::Source => c.source = v.to_owned(),
                Col::Loinc if !v.is_empty() => c.loinc = Some(v.to_owned()),
                Col::Related => c.related = list(cell),
                Col::Preferred(l) if !v.is_empty() => terms.entry(l).or_default().preferred = cell.to_owned(),
                Col::Reading(l) if !v.is_empty() => {
                    terms.entry(l).or_default().reading = Some(cell.to_owned())
                }
                Col::Synonyms(l) if !v.is_empty() => terms.entry(l).or_default().synonyms = list(cell),
                Col::Avoid(l) if !v.is_empty() => terms.entry(l).or_default().avoid = list(cell),
                Col::TermReview(l) if !v.is_empty() => match ReviewState::parse(v) {
                    Some(r) => terms.entry(l).or_default().review = Some(r),
                    None => {
                        problem(msg!("glossary-import-unknown-review", "line" => line, "review" => v));
                        ok = false;
                    }
                },
                Col::Definition(l) if !v.is_empty() => {
                    c.definition.insert(l, v.to_owned());
                }
                _ => {}
            }
        }
        for (l, t) in &terms {
            if t.preferred.is_empty() {
                problem(msg!("glossary-import-csv-missing-preferred", "line" => line, "language" => l.tag()));
                ok = false;
            }
        }
        if terms.is_empty() {
            problem(msg!("glossary-import-entry-without-terms", "line" => line));
            continue;
        }
        if !ok {
            continue;
        }
        c.terms = terms;
        pb.push(c, has_id, Some(line), row_no);
    }
    pb.finish()
}
