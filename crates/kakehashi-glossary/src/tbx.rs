//! TBX import and export.
//!
//! We write the `martif` / TBX-Basic form (what translate-toolkit and most CAT tools read) with
//! [`export_tbx`], and TBX v3 (TBX-Core, DCA style) with [`export_tbx_v3`]. [`parse_tbx`] reads
//! both, and the DCT style's `<administrativeStatus>` elements too, element names matched without
//! their namespace prefix.
//!
//! What goes where:
//! - entry id → `termEntry/@id` (`conceptEntry/@id`); domain → `descrip[@type=subjectField]`;
//!   source → `admin[@type=source]`; LOINC → `descrip[@type=loinc]`; related ids →
//!   `ref[@type=crossReference]/@target`; review → `admin[@type=elementWorkingStatus]`
//!   (`finalizedElement` = verified, anything else = needs review);
//! - language → `langSet/@xml:lang`; definition → `descrip[@type=definition]` in the langSet;
//! - term kind → `termNote[@type=administrativeStatus]`: `preferredTerm-admn-sts`,
//!   `admittedTerm-admn-sts` (synonym), `deprecatedTerm-admn-sts` (term to avoid); the Japanese
//!   reading → `termNote[@type=pronunciation]` on the preferred term.

use std::collections::BTreeMap;
use std::io::Write;

use kakehashi_i18n::{msg, Message};
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use crate::error::{GlossaryError, ImportProblem};
use crate::import::{LineIndex, PreviewBuilder};
use crate::model::{is_clean_term, is_clean_text, Concept, Domain, Locale, LocaleTerms, Origin, ReviewState};
use crate::Glossary;

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 cannot carry at all are written as U+FFFD rather than making the
            // whole file unreadable; the data and the importers never let them into a term.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

#[derive(Clone, Copy, PartialEq)]
enum Flavor {
    Martif,
    V3,
}

/// Writes every concept (built-in and user) as TBX-Basic (`martif`), readable by translate-toolkit.
pub fn export_tbx(glossary: &Glossary, out: impl Write) -> Result<(), GlossaryError> {
    write_tbx(glossary.concepts(), out, Flavor::Martif)
}

/// Writes every concept as TBX v3 (TBX-Core dialect, DCA style).
pub fn export_tbx_v3(glossary: &Glossary, out: impl Write) -> Result<(), GlossaryError> {
    write_tbx(glossary.concepts(), out, Flavor::V3)
}

fn write_tbx(concepts: &[Concept], mut out: impl Write, flavor: Flavor) -> Result<(), GlossaryError> {
    let mut s = String::with_capacity(concepts.len() * 1500);
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let (entry, lang, term_group) = match flavor {
        Flavor::Martif => {
            s.push_str("<martif type=\"TBX-Basic\" xml:lang=\"ja\">\n<martifHeader><fileDesc><sourceDesc><p>Kakehashi glossary</p></sourceDesc></fileDesc></martifHeader>\n<text><body>\n");
            ("termEntry", "langSet", "tig")
        }
        Flavor::V3 => {
            s.push_str("<tbx type=\"TBX-Core\" style=\"dca\" xml:lang=\"ja\" xmlns=\"urn:iso:std:iso:30042:ed-2\">\n<tbxHeader><fileDesc><sourceDesc><p>Kakehashi glossary</p></sourceDesc></fileDesc></tbxHeader>\n<text><body>\n");
            ("conceptEntry", "langSec", "termSec")
        }
    };
    for c in concepts {
        s.push_str(&format!("<{entry} id=\"{}\">\n", esc(&c.id)));
        if let Some(d) = c.domain {
            s.push_str(&format!(
                "  <descrip type=\"subjectField\">{}</descrip>\n",
                d.as_str()
            ));
        }
        if !c.source.is_empty() {
            s.push_str(&format!("  <admin type=\"source\">{}</admin>\n", esc(&c.source)));
        }
        s.push_str(&format!(
            "  <admin type=\"elementWorkingStatus\">{}</admin>\n",
            status_of(c.review)
        ));
        if let Some(l) = &c.loinc {
            s.push_str(&format!("  <descrip type=\"loinc\">{}</descrip>\n", esc(l)));
        }
        for r in &c.related {
            s.push_str(&format!(
                "  <ref type=\"crossReference\" target=\"{0}\">{0}</ref>\n",
                esc(r)
            ));
        }
        let mut locales: Vec<Locale> = c.terms.keys().copied().collect();
        for l in c.definition.keys() {
            if !locales.contains(l) {
                locales.push(*l);
            }
        }
        for l in locales {
            s.push_str(&format!("  <{lang} xml:lang=\"{}\">\n", l.tag()));
            if let Some(d) = c.definition.get(&l) {
                s.push_str(&format!(
                    "    <descrip type=\"definition\">{}</descrip>\n",
                    esc(d)
                ));
            }
            let Some(t) = c.terms.get(&l) else {
                s.push_str(&format!("  </{lang}>\n"));
                continue;
            };
            let review = t
                .review
                .map(|r| format!("<admin type=\"elementWorkingStatus\">{}</admin>", status_of(r)));
            let mut term = |text: &str, status: &str, reading: Option<&str>| {
                s.push_str(&format!("    <{term_group}><term>{}</term>", esc(text)));
                s.push_str(&format!(
                    "<termNote type=\"administrativeStatus\">{status}</termNote>"
                ));
                if let Some(r) = reading {
                    s.push_str(&format!("<termNote type=\"pronunciation\">{}</termNote>", esc(r)));
                }
                if let Some(r) = &review {
                    s.push_str(r);
                }
                s.push_str(&format!("</{term_group}>\n"));
            };
            term(&t.preferred, "preferredTerm-admn-sts", t.reading.as_deref());
            for syn in &t.synonyms {
                term(syn, "admittedTerm-admn-sts", None);
            }
            for a in &t.avoid {
                term(a, "deprecatedTerm-admn-sts", None);
            }
            s.push_str(&format!("  </{lang}>\n"));
        }
        s.push_str(&format!("</{entry}>\n"));
    }
    match flavor {
        Flavor::Martif => s.push_str("</body></text>\n</martif>\n"),
        Flavor::V3 => s.push_str("</body></text>\n</tbx>\n"),
    }
    out.write_all(s.as_bytes()).map_err(|e| GlossaryError::Export {
        detail: e.to_string(),
    })
}

fn status_of(r: ReviewState) -> &'static str {
    match r {
        ReviewState::Verified => "finalizedElement",
        ReviewState::NeedsReview => "workingElement",
    }
}

/// What a captured text belongs to.
#[derive(Clone, Copy, PartialEq)]
enum Capture {
    Term,
    Status,
    Reading,
    TermReview,
    Definition,
    Subject,
    Source,
    Loinc,
    Review,
    Ignore,
}

#[derive(Default)]
struct RawTerm {
    text: String,
    status: String,
    reading: Option<String>,
    review: Option<String>,
}

/// One language section: its tag, line, terms and definition.
type RawLang = (Option<String>, u64, Vec<RawTerm>, Option<String>);

#[derive(Default)]
struct RawEntry {
    id: Option<String>,
    line: u64,
    subject: Option<String>,
    source: Vec<String>,
    loinc: Option<String>,
    review: Option<String>,
    related: Vec<String>,
    langs: Vec<RawLang>,
}

fn local(name: &[u8]) -> &[u8] {
    match name.iter().rposition(|&b| b == b':') {
        Some(i) => &name[i + 1..],
        None => name,
    }
}

fn attr(e: &BytesStart<'_>, want: &[u8]) -> Option<String> {
    for a in e.attributes().flatten() {
        if a.key.as_ref() == want || (want != b"xml:lang" && local(a.key.as_ref()) == want) {
            return a.unescape_value().ok().map(|v| v.into_owned());
        }
    }
    None
}

/// Reads a TBX file (either form). Never panics; every problem is reported with its line and entry.
pub fn parse_tbx(bytes: &[u8]) -> crate::ImportPreview {
    let mut p = Parser::default();
    let text = match crate::import::utf8(bytes) {
        Ok(t) => t,
        Err(problem) => {
            p.pb.problems.push(problem);
            return p.pb.finish();
        }
    };
    let lines = LineIndex::new(text);
    let mut reader = Reader::from_str(text);
    reader.config_mut().check_end_names = true;
    loop {
        let pos = reader.buffer_position();
        let ev = match reader.read_event() {
            Ok(ev) => ev,
            Err(e) => {
                let at = lines.line_of(reader.error_position());
                p.problem(
                    at,
                    msg!("glossary-import-xml-malformed", "line" => at, "detail" => e.to_string()),
                );
                break;
            }
        };
        let line = lines.line_of(pos);
        match ev {
            Event::Start(e) => {
                let name = local(e.name().as_ref()).to_vec();
                p.open(&e, &name, line);
                p.push_element(name);
            }
            Event::Empty(e) => {
                let name = local(e.name().as_ref()).to_vec();
                p.open(&e, &name, line);
                p.push_element(name.clone());
                p.close(&name, line);
            }
            Event::End(e) => {
                let name = local(e.name().as_ref()).to_vec();
                p.close(&name, line);
            }
            Event::Text(t) if p.capture.is_some() => match t.decode() {
                Ok(s) => p.push_text(&s),
                Err(e) => p.problem(
                    line,
                    msg!("glossary-import-xml-malformed", "line" => line, "detail" => e.to_string()),
                ),
            },
            Event::CData(t) => {
                let text = String::from_utf8_lossy(&t.into_inner()).into_owned();
                p.push_text(&text);
            }
            Event::GeneralRef(r) => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(c.to_string()),
                    Ok(None) => match AsRef::<[u8]>::as_ref(&*r) {
                        b"amp" => Some("&".to_owned()),
                        b"lt" => Some("<".to_owned()),
                        b"gt" => Some(">".to_owned()),
                        b"quot" => Some("\"".to_owned()),
                        b"apos" => Some("'".to_owned()),
                        _ => None,
                    },
                    Err(_) => None,
                };
                match resolved {
                    Some(s) => p.push_text(&s),
                    None => {
                        let entity = String::from_utf8_lossy(AsRef::<[u8]>::as_ref(&*r)).into_owned();
                        p.problem(
                            line,
                            msg!("glossary-import-unknown-entity", "line" => line, "entity" => entity),
                        );
                    }
                }
            }
            Event::Eof => {
                if !p.stack.is_empty() {
                    // A truncated file: the entries read so far must not pass for the whole file.
                    let at = lines.line_of(pos);
                    p.problem(at, msg!("glossary-import-truncated", "line" => at));
                }
                break;
            }
            _ => {}
        }
    }
    if !p.saw_root && p.pb.problems.is_empty() {
        p.pb.problems.push(ImportProblem {
            line: None,
            entry: None,
            message: msg!("glossary-import-not-tbx"),
        });
    }
    p.pb.finish()
}

/// The reader's state between XML events.
#[derive(Default)]
struct Parser {
    /// Open elements (local names).
    stack: Vec<Vec<u8>>,
    /// How many of them are language sections (`langSet`, `langSec`).
    open_languages: usize,
    entry: Option<RawEntry>,
    entry_no: u64,
    term: Option<RawTerm>,
    /// The text being collected, what it belongs to, and the depth of its element.
    capture: Option<(Capture, usize, String)>,
    saw_root: bool,
    pb: PreviewBuilder,
}

impl Parser {
    fn problem(&mut self, line: u64, message: Message) {
        let entry = self.entry.as_ref().map(|_| self.entry_no);
        self.pb.problems.push(ImportProblem {
            line: Some(line),
            entry,
            message,
        });
    }

    fn push_text(&mut self, s: &str) {
        if let Some((_, _, buf)) = self.capture.as_mut() {
            buf.push_str(s);
        }
    }

    fn push_element(&mut self, name: Vec<u8>) {
        if is_language_section(&name) {
            self.open_languages += 1;
        }
        self.stack.push(name);
    }

    fn pop_element(&mut self) {
        if let Some(name) = self.stack.pop() {
            if is_language_section(&name) {
                self.open_languages = self.open_languages.saturating_sub(1);
            }
        }
    }

    /// Whether a language section is open (counted, not searched: nesting can be deep).
    fn in_language(&self) -> bool {
        self.open_languages > 0
    }

    fn open(&mut self, e: &BytesStart<'_>, name: &[u8], line: u64) {
        if self.stack.is_empty() && matches!(name, b"martif" | b"tbx") {
            self.saw_root = true;
        }
        if self.capture.is_some() {
            return; // inline markup inside a captured text: its text is kept, the element is not
        }
        match name {
            b"termEntry" | b"conceptEntry" => {
                if let Some(outer) = self.entry.take() {
                    // Entries do not nest; the outer one is kept as it stands, and reported.
                    self.pb.problems.push(ImportProblem {
                        line: Some(line),
                        entry: Some(self.entry_no),
                        message: msg!("glossary-import-nested-entry", "line" => line),
                    });
                    finish_entry(outer, self.entry_no, &mut self.pb);
                }
                self.entry_no += 1;
                self.entry = Some(RawEntry {
                    id: attr(e, b"id"),
                    line,
                    ..RawEntry::default()
                });
            }
            b"langSet" | b"langSec" => {
                if let Some(en) = self.entry.as_mut() {
                    en.langs.push((attr(e, b"xml:lang"), line, Vec::new(), None));
                }
            }
            b"tig" | b"ntig" | b"termSec" => self.term = Some(RawTerm::default()),
            b"ref" => {
                if let (Some(en), Some(t)) = (self.entry.as_mut(), attr(e, b"target")) {
                    if attr(e, b"type").as_deref() == Some("crossReference") {
                        en.related.push(t);
                    }
                }
                self.capture = Some((Capture::Ignore, self.stack.len(), String::new()));
            }
            _ => {
                let ty = attr(e, b"type").unwrap_or_default();
                let in_term = self.term.is_some();
                let in_lang = self.in_language();
                let what = match (name, ty.as_str()) {
                    (b"term", _) if in_term => Capture::Term,
                    (b"termNote", "administrativeStatus" | "normativeAuthorization") if in_term => {
                        Capture::Status
                    }
                    (b"administrativeStatus", _) if in_term => Capture::Status,
                    (b"termNote", "pronunciation") if in_term => Capture::Reading,
                    (b"admin", "elementWorkingStatus") if in_term => Capture::TermReview,
                    (b"admin", "elementWorkingStatus") => Capture::Review,
                    (b"descrip", "definition") if in_lang => Capture::Definition,
                    (b"descrip", "subjectField") => Capture::Subject,
                    (b"subjectField", _) => Capture::Subject,
                    (b"admin" | b"descrip", "source") => Capture::Source,
                    (b"descrip", "loinc") => Capture::Loinc,
                    _ => return,
                };
                if self.entry.is_some() {
                    self.capture = Some((what, self.stack.len(), String::new()));
                }
            }
        }
    }

    fn close(&mut self, name: &[u8], line: u64) {
        self.pop_element();
        let depth = self.stack.len();
        if let Some((what, at, _)) = self.capture.as_ref() {
            if *at != depth {
                return;
            }
            let what = *what;
            let text = self.capture.take().map(|c| c.2).unwrap_or_default();
            self.store(what, text);
            return;
        }
        match name {
            b"tig" | b"ntig" | b"termSec" => {
                let Some(t) = self.term.take() else { return };
                let in_lang = self.in_language();
                let has_entry = self.entry.is_some();
                if let Some(l) = self
                    .entry
                    .as_mut()
                    .and_then(|en| en.langs.last_mut())
                    .filter(|_| in_lang)
                {
                    l.2.push(t);
                } else if has_entry && !t.text.trim().is_empty() {
                    // A term with no language cannot be placed; reported, not dropped silently.
                    let term = t.text.trim().to_owned();
                    self.problem(
                        line,
                        msg!("glossary-import-term-outside-language", "line" => line, "term" => term),
                    );
                }
            }
            b"termEntry" | b"conceptEntry" => {
                if let Some(en) = self.entry.take() {
                    finish_entry(en, self.entry_no, &mut self.pb);
                }
            }
            _ => {}
        }
    }

    fn store(&mut self, what: Capture, text: String) {
        let value = text.trim().to_owned();
        let Some(en) = self.entry.as_mut() else { return };
        match what {
            Capture::Term => {
                if let Some(t) = self.term.as_mut() {
                    t.text = text;
                }
            }
            Capture::Status => {
                if let Some(t) = self.term.as_mut() {
                    t.status = value;
                }
            }
            Capture::Reading => {
                if let Some(t) = self.term.as_mut() {
                    t.reading = Some(value);
                }
            }
            Capture::TermReview => {
                if let Some(t) = self.term.as_mut() {
                    t.review = Some(value);
                }
            }
            Capture::Definition => {
                if let Some(l) = en.langs.last_mut() {
                    l.3 = Some(value);
                }
            }
            Capture::Subject => en.subject = Some(value),
            Capture::Source => en.source.push(value),
            Capture::Loinc => en.loinc = Some(value),
            Capture::Review => en.review = Some(value),
            Capture::Ignore => {}
        }
    }
}

fn finish_entry(en: RawEntry, entry_no: u64, pb: &mut PreviewBuilder) {
    let line = en.line;
    let mut problem = |at: u64, m: Message| {
        pb.problems.push(ImportProblem {
            line: Some(at),
            entry: Some(entry_no),
            message: m,
        })
    };
    let mut terms: BTreeMap<Locale, LocaleTerms> = BTreeMap::new();
    let mut definition = BTreeMap::new();
    for (tag, lang_line, raw_terms, def) in en.langs {
        let Some(tag) = tag else {
            problem(
                lang_line,
                msg!("glossary-import-missing-language", "line" => lang_line),
            );
            continue;
        };
        let Some(locale) = Locale::from_foreign_tag(&tag) else {
            problem(
                lang_line,
                msg!("glossary-import-unsupported-language", "line" => lang_line, "language" => &tag),
            );
            continue;
        };
        if let Some(d) = def.filter(|d| !d.is_empty()) {
            if is_clean_text(&d) {
                definition.insert(locale, d);
            } else {
                problem(
                    lang_line,
                    msg!("glossary-import-invalid-character", "line" => lang_line, "text" => d.trim()),
                );
            }
        }
        let slot = terms.entry(locale).or_default();
        let mut preferred_set = !slot.preferred.is_empty();
        let mut pending: Vec<RawTerm> = Vec::new();
        for t in raw_terms {
            if t.text.trim().is_empty() {
                continue;
            }
            if !is_clean_term(&t.text) || !t.reading.as_deref().is_none_or(is_clean_term) {
                problem(
                    lang_line,
                    msg!("glossary-import-invalid-character", "line" => lang_line, "text" => t.text.trim()),
                );
                continue;
            }
            let status = t.status.to_ascii_lowercase();
            if status.starts_with("preferred") && !preferred_set {
                slot.preferred = t.text.clone();
                slot.reading = t.reading.clone();
                slot.review = t.review.as_deref().map(review_of);
                preferred_set = true;
            } else if status.starts_with("deprecated") || status.starts_with("superseded") {
                slot.avoid.push(t.text);
            } else {
                pending.push(t);
            }
        }
        for t in pending {
            if slot.preferred.is_empty() {
                slot.preferred = t.text;
                slot.reading = t.reading;
                slot.review = t.review.as_deref().map(review_of);
            } else {
                slot.synonyms.push(t.text);
            }
        }
        if slot.preferred.is_empty() {
            if let Some(first) = (!slot.avoid.is_empty()).then(|| slot.avoid.remove(0)) {
                // Only deprecated terms: keep them all, the first one stands in as the name.
                problem(
                    lang_line,
                    msg!("glossary-import-only-deprecated", "line" => lang_line, "language" => &tag),
                );
                slot.preferred = first;
            } else {
                terms.remove(&locale);
            }
        }
    }
    // Someone else's subject field is kept in the source note below, so nothing is lost.
    let domain = en.subject.as_deref().and_then(Domain::parse);
    let mut source = en.source.join("; ");
    if !is_clean_text(&source) {
        problem(
            line,
            msg!("glossary-import-invalid-character", "line" => line, "text" => source.trim()),
        );
        source.clear();
    }
    if let (None, Some(s)) = (domain, en.subject.as_deref().filter(|s| !s.is_empty())) {
        if !source.is_empty() {
            source.push_str("; ");
        }
        source.push_str("subjectField: ");
        source.push_str(s);
    }
    if terms.is_empty() {
        problem(line, msg!("glossary-import-entry-without-terms", "line" => line));
        return;
    }
    let id = en.id.filter(|i| !i.trim().is_empty());
    let concept = Concept {
        id: id.clone().unwrap_or_default(),
        domain,
        review: en
            .review
            .as_deref()
            .map(review_of)
            .unwrap_or(ReviewState::NeedsReview),
        source,
        loinc: en.loinc.filter(|l| !l.is_empty()),
        related: en.related,
        definition,
        terms,
        origin: Origin::User,
    };
    pb.push(concept, id.is_some(), Some(line), entry_no);
}

fn is_language_section(name: &[u8]) -> bool {
    matches!(name, b"langSet" | b"langSec")
}

fn review_of(s: &str) -> ReviewState {
    match s.trim() {
        "finalizedElement" | "consolidatedElement" | "verified" => ReviewState::Verified,
        _ => ReviewState::NeedsReview,
    }
}
