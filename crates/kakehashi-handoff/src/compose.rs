//! Compose: a patient record (plus checklist alerts and staff details) becomes a [`Sheet`].
//!
//! Order on paper: title and who made the sheet; the alert box (allergies, stop and attention
//! items, anticoagulants); the patient; medications; history; screening results; the planned
//! treatment; explanation and consent; the patient's statement beside its translation;
//! signatures. Every "not asked" is printed as such, in white on red, never as "none".

use std::path::PathBuf;

use kakehashi_i18n::{msg, Localizer, Message};
use kakehashi_model::{
    screening::Abnormality, Coded, Fact, LabValue, PatientRecord, PatientText, Section, TestRef,
};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::error::HandoffError;
use crate::sheet::{Block, Cell, Frame, Furniture, Meta, Sheet, Table};
use crate::text::{Ink, Span, Style};

/// How urgent a checklist item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum AlertSeverity {
    /// Do not proceed until resolved.
    Stop,
    /// The physician must look at this.
    Attention,
    /// For information.
    Info,
}

/// A checklist finding to print in the alert box, already worded (in Japanese) by the caller.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AlertItem {
    pub severity: AlertSeverity,
    pub title: String,
    /// Why it matters, with its source.
    #[serde(default)]
    pub rationale: String,
}

impl AlertItem {
    /// An item from localizable messages, worded in Japanese for the physician.
    pub fn from_messages(severity: AlertSeverity, title: &Message, rationale: &Message) -> Self {
        let l = Localizer::embedded();
        AlertItem {
            severity,
            title: l.format("ja", title),
            rationale: l.format("ja", rationale),
        }
    }
}

/// Who prepared the sheet and who takes part.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct Staff {
    pub coordinator: String,
    pub interpreter: String,
    pub physician: String,
}

/// Everything besides the record that goes on the sheet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HandoffOptions {
    /// The patient's language for the second title line and the statement header (BCP 47);
    /// defaults to the record's preferred language.
    #[serde(default)]
    pub patient_locale: Option<String>,
    #[serde(default)]
    pub clinic: String,
    /// When the sheet is generated (RFC 3339). Printed, written as the PDF creation date, and the
    /// reference date for stale results. Passed in so the same input gives the same bytes.
    pub generated_at: String,
    #[serde(default)]
    pub staff: Staff,
    /// The stored version of the record (e.g. the store's revision), printed in the header.
    #[serde(default)]
    pub record_version: String,
    /// Checklist findings (stop and attention items) for the alert box.
    #[serde(default)]
    pub alerts: Vec<AlertItem>,
    /// Whether the checklist was run: with no alerts, the sheet then says it found nothing rather
    /// than that no checklist was supplied.
    #[serde(default)]
    pub checklist_run: bool,
    /// Results older than this many days before `generated_at` are marked stale.
    #[serde(default = "default_stale_days")]
    pub stale_after_days: u32,
    /// Font directory (see [`crate::fonts::FontLibrary::resolve`]); not part of the IPC form.
    #[serde(skip)]
    #[ts(skip)]
    pub font_dir: Option<PathBuf>,
}

fn default_stale_days() -> u32 {
    90
}

impl HandoffOptions {
    /// Options with the generation time and defaults for everything else.
    pub fn at(generated_at: impl Into<String>) -> Self {
        HandoffOptions {
            patient_locale: None,
            clinic: String::new(),
            generated_at: generated_at.into(),
            staff: Staff::default(),
            record_version: String::new(),
            alerts: Vec::new(),
            checklist_run: false,
            stale_after_days: default_stale_days(),
            font_dir: None,
        }
    }
}

/// SHA-256 of the record's JSON form, hex: identifies exactly which record version was printed.
pub fn content_hash(record: &PatientRecord) -> String {
    let json = serde_json::to_vec(record).unwrap_or_default();
    let digest = Sha256::digest(&json);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

fn parse_time(field: &str, value: &str) -> Result<time::OffsetDateTime, HandoffError> {
    time::OffsetDateTime::parse(value, &time::format_description::well_known::Rfc3339).map_err(|_| {
        HandoffError::InvalidTimestamp {
            field: field.to_owned(),
            value: value.to_owned(),
        }
    })
}

const JA: &str = "ja";

struct Composer<'a> {
    l: &'static Localizer,
    record: &'a PatientRecord,
    options: &'a HandoffOptions,
    patient_lang: String,
    blocks: Vec<Block>,
}

fn body() -> Style {
    Style::body()
}
fn small() -> Style {
    Style::body().sized(7.5)
}

impl Composer<'_> {
    fn t(&self, m: &Message) -> String {
        self.l.format(JA, m)
    }

    /// Sheet wording (Japanese), a span from a message.
    fn label(&self, m: Message) -> Span {
        Span::new(self.t(&m), JA, body(), "label")
    }

    fn label_cell(&self, m: Message) -> Cell {
        Cell::one(Span::new(self.t(&m), JA, body().bold(), "label")).filled(Ink::Shade)
    }

    /// Staff-entered text (Japanese), or a grey "not filled in" when blank.
    fn text(&self, value: &str, field: &str) -> Vec<Span> {
        self.text_in(value, JA, field)
    }

    fn text_in(&self, value: &str, lang: &str, field: &str) -> Vec<Span> {
        if value.trim().is_empty() {
            vec![Span::new(
                self.t(&msg!("handoff-blank")),
                JA,
                body().ink(Ink::Grey),
                "label",
            )]
        } else {
            vec![Span::new(value, lang, body(), field)]
        }
    }

    /// A coded choice; the not-asked choices are set in bold red.
    fn coded<T: Coded>(&self, value: T) -> Span {
        let id = value.message_id();
        let style = if id.ends_with("not-asked") {
            body().bold().ink(Ink::Red)
        } else {
            body()
        };
        Span::new(self.t(&value.message()), JA, style, "label")
    }

    fn not_asked_cell(&self) -> Cell {
        Cell::one(Span::new(
            self.t(&msg!("handoff-not-asked")),
            JA,
            body().bold().ink(Ink::White),
            "label",
        ))
        .filled(Ink::Red)
    }

    fn confirmed_none(&self, c: &kakehashi_model::Confirmation) -> Vec<Span> {
        let mut spans = vec![Span::new(
            self.t(&msg!("handoff-confirmed-none")),
            JA,
            body().bold(),
            "label",
        )];
        if let Some(by) = &c.confirmed_by {
            spans.push(self.label(msg!("handoff-confirmed-by")));
            spans.push(Span::new(by, JA, body(), "confirmedBy"));
        }
        if let Some(at) = &c.confirmed_at {
            spans.push(self.label(msg!("handoff-confirmed-at")));
            spans.push(Span::new(at.as_str(), JA, body(), "confirmedAt"));
        }
        spans
    }

    /// The patient's words: the original in its language, then the translation with who made it.
    fn patient_text(&self, p: &PatientText, field: &str) -> Vec<Span> {
        let mut spans = self.text_in(&p.original, &p.original_lang, &format!("{field}.original"));
        match &p.translation {
            Some(tr) => {
                spans.push(Span::new(" ／ ", JA, body().ink(Ink::Grey), "label"));
                spans.extend(self.text_in(&tr.text, &tr.lang, &format!("{field}.translation.text")));
                spans.push(Span::new(
                    self.t(&msg!(
                        "handoff-translated-by",
                        "translator" => tr.translator.as_str(),
                        "method" => self.t(&tr.method.message())
                    )),
                    JA,
                    small().ink(Ink::Grey),
                    format!("{field}.translation.translator"),
                ));
            }
            None if !p.original_lang.to_ascii_lowercase().starts_with("ja")
                && !p.original.trim().is_empty() =>
            {
                spans.push(Span::new(
                    self.t(&msg!("handoff-untranslated")),
                    JA,
                    small().bold().ink(Ink::Red),
                    "label",
                ));
            }
            None => {}
        }
        spans
    }

    fn heading(&mut self, m: Message) {
        let span = Span::new(self.t(&m), JA, body().bold().sized(10.0), "label");
        self.blocks.push(Block::Heading(Cell::one(span)));
    }

    fn kv(&mut self, rows: Vec<(Message, Cell)>) {
        let rows = rows
            .into_iter()
            .map(|(label, value)| vec![self.label_cell(label), value])
            .collect();
        self.blocks.push(Block::Table(Table {
            widths: vec![1.0, 3.2],
            header: None,
            rows,
            frame: Frame::Grid,
        }));
    }

    fn table(&mut self, widths: Vec<f32>, header: Vec<Message>, rows: Vec<Vec<Cell>>) {
        let header = header.into_iter().map(|m| self.label_cell(m)).collect();
        self.blocks.push(Block::Table(Table {
            widths,
            header: Some(header),
            rows,
            frame: Frame::Grid,
        }));
    }

    /// A section that is not asked or confirmed none, as one full-width row; `None` for entries.
    fn section_state<T>(&mut self, section: &Section<T>) -> Option<()> {
        let cell = match section {
            Section::NotAsked => self.not_asked_cell(),
            Section::ConfirmedNone(c) => Cell::new(self.confirmed_none(c)),
            Section::Entries { entries } if entries.is_empty() => Cell::one(Span::new(
                self.t(&msg!("handoff-empty-list")),
                JA,
                body().bold().ink(Ink::Red),
                "label",
            )),
            Section::Entries { .. } => return None,
        };
        self.blocks.push(Block::Table(Table {
            widths: vec![1.0],
            header: None,
            rows: vec![vec![cell]],
            frame: Frame::Grid,
        }));
        Some(())
    }

    fn fact<T>(&self, fact: &Fact<T>, known: impl Fn(&T) -> Vec<Span>) -> Cell {
        match fact {
            Fact::NotAsked => self.not_asked_cell(),
            Fact::Unknown => Cell::one(Span::new(
                self.t(&msg!("handoff-unknown")),
                JA,
                body().bold().ink(Ink::Red),
                "label",
            )),
            Fact::ConfirmedNone(c) => Cell::new(self.confirmed_none(c)),
            Fact::Known { value } => Cell::new(known(value)),
        }
    }

    fn opt_date(&self, d: Option<&dyn std::fmt::Display>, field: &str) -> Vec<Span> {
        match d {
            Some(d) => self.text(&d.to_string(), field),
            None => vec![Span::new(
                self.t(&msg!("handoff-blank")),
                JA,
                body().ink(Ink::Grey),
                "label",
            )],
        }
    }

    fn title(&mut self) {
        let title = self.t(&msg!("handoff-title"));
        let mut cells = vec![Span::new(title, JA, body().bold().sized(16.0), "label")];
        // The patient's language when its wording exists, else English as the common second language.
        let negotiated = kakehashi_i18n::negotiate(&[self.patient_lang.as_str(), "en"]);
        let patient_title = self.l.try_format(&negotiated, &msg!("handoff-title-patient"));
        if let Some(pt) = patient_title.filter(|_| negotiated != JA) {
            cells.push(Span::new(
                format!("\n{pt}"),
                negotiated.clone(),
                body().sized(11.0).ink(Ink::Grey),
                "label",
            ));
        }
        self.blocks.push(Block::Table(Table {
            widths: vec![1.0],
            header: None,
            rows: vec![vec![Cell::new(cells)]],
            frame: Frame::Plain,
        }));
        let o = self.options;
        let staff = vec![
            self.label(msg!("handoff-staff-coordinator")),
            Span::new(o.staff.coordinator.clone(), JA, body(), "staff.coordinator"),
            self.label(msg!("handoff-staff-interpreter")),
            Span::new(o.staff.interpreter.clone(), JA, body(), "staff.interpreter"),
            self.label(msg!("handoff-staff-physician")),
            Span::new(o.staff.physician.clone(), JA, body(), "staff.physician"),
        ];
        self.kv(vec![
            (msg!("handoff-clinic"), Cell::new(self.text(&o.clinic, "clinic"))),
            (
                msg!("handoff-generated-at"),
                Cell::new(self.text(&o.generated_at, "generatedAt")),
            ),
            (msg!("handoff-staff"), Cell::new(staff)),
            (
                msg!("handoff-record"),
                Cell::new(vec![
                    Span::new(self.record.id.as_str(), JA, body(), "id"),
                    self.label(msg!("handoff-record-version")),
                    Span::new(o.record_version.clone(), JA, body(), "recordVersion"),
                ]),
            ),
        ]);
        if self.record.sample {
            self.blocks.push(Block::Table(Table {
                widths: vec![1.0],
                header: None,
                rows: vec![vec![Cell::one(Span::new(
                    self.t(&msg!("handoff-sample")),
                    JA,
                    body().bold().ink(Ink::Red),
                    "label",
                ))]],
                frame: Frame::Plain,
            }));
        }
    }

    fn alert_box(&mut self) {
        let r = self.record;
        let mut rows: Vec<Vec<Cell>> = Vec::new();
        let head = Cell::one(Span::new(
            self.t(&msg!("handoff-alert-title")),
            JA,
            body().bold().sized(10.0).ink(Ink::Red),
            "label",
        ))
        .filled(Ink::Blush);
        rows.push(vec![head.clone(), Cell::default().filled(Ink::Blush)]);

        // Allergies.
        let allergy_label = self.label_cell(msg!("handoff-allergies")).filled(Ink::Blush);
        match &r.allergies {
            Section::NotAsked => rows.push(vec![allergy_label, self.not_asked_cell()]),
            Section::ConfirmedNone(c) => rows.push(vec![allergy_label, Cell::new(self.confirmed_none(c))]),
            Section::Entries { entries } if entries.is_empty() => rows.push(vec![
                allergy_label,
                Cell::one(Span::new(
                    self.t(&msg!("handoff-empty-list")),
                    JA,
                    body().bold().ink(Ink::Red),
                    "label",
                )),
            ]),
            Section::Entries { entries } => {
                for (i, a) in entries.iter().enumerate() {
                    let f = format!("allergies[{i}]");
                    let mut spans = self.patient_text(&a.substance, &format!("{f}.substance"));
                    spans.push(Span::new("\n", JA, body(), "label"));
                    let severe = a.is_anaphylaxis() || a.severity == kakehashi_model::AllergySeverity::Severe;
                    let mut sev = self.coded(a.severity);
                    if severe {
                        sev.style = body().bold().ink(Ink::Red);
                    }
                    spans.push(self.coded(a.category));
                    spans.push(Span::new(" ・ ", JA, body(), "label"));
                    spans.push(sev);
                    for g in &a.groups {
                        spans.push(Span::new(" ・ ", JA, body(), "label"));
                        spans.push(self.coded(*g));
                    }
                    if let Some(reaction) = &a.reaction {
                        spans.push(self.label(msg!("handoff-reaction")));
                        spans.extend(self.patient_text(reaction, &format!("{f}.reaction")));
                    }
                    if let Some(when) = &a.when {
                        spans.push(self.label(msg!("handoff-when")));
                        spans.push(Span::new(when.to_string(), JA, body(), format!("{f}.when")));
                    }
                    let label = if i == 0 {
                        allergy_label.clone()
                    } else {
                        Cell::default().filled(Ink::Blush)
                    };
                    rows.push(vec![label, Cell::new(spans)]);
                }
            }
        }

        // Checklist stop and attention items.
        let checklist_label = self.label_cell(msg!("handoff-checklist")).filled(Ink::Blush);
        if self.options.alerts.is_empty() {
            let note = if self.options.checklist_run {
                msg!("handoff-checklist-clear")
            } else {
                msg!("handoff-checklist-not-supplied")
            };
            rows.push(vec![
                checklist_label.clone(),
                Cell::one(Span::new(self.t(&note), JA, body().ink(Ink::Grey), "label")),
            ]);
        }
        for (i, item) in self.options.alerts.iter().enumerate() {
            let (sev, style) = match item.severity {
                AlertSeverity::Stop => (msg!("handoff-severity-stop"), body().bold().ink(Ink::Red)),
                AlertSeverity::Attention => (msg!("handoff-severity-attention"), body().bold().ink(Ink::Red)),
                AlertSeverity::Info => (msg!("handoff-severity-info"), body().bold()),
            };
            let mut spans = vec![
                Span::new(format!("【{}】", self.t(&sev)), JA, style, "label"),
                Span::new(
                    item.title.clone(),
                    JA,
                    body().bold(),
                    format!("alerts[{i}].title"),
                ),
            ];
            if !item.rationale.is_empty() {
                spans.push(Span::new("\n", JA, body(), "label"));
                spans.push(Span::new(
                    item.rationale.clone(),
                    JA,
                    small(),
                    format!("alerts[{i}].rationale"),
                ));
            }
            let label = if i == 0 {
                checklist_label.clone()
            } else {
                Cell::default().filled(Ink::Blush)
            };
            rows.push(vec![label, Cell::new(spans)]);
        }

        // Anticoagulants and antiplatelets.
        let ac_label = self.label_cell(msg!("handoff-anticoagulants")).filled(Ink::Blush);
        match &r.medications {
            Section::NotAsked => rows.push(vec![ac_label, self.not_asked_cell()]),
            Section::ConfirmedNone(c) => rows.push(vec![ac_label, Cell::new(self.confirmed_none(c))]),
            Section::Entries { entries } => {
                let mut spans = Vec::new();
                let mut unassessed = 0usize;
                for (i, m) in entries.iter().enumerate() {
                    use kakehashi_model::YesNo;
                    if m.anticoagulant == YesNo::NotAssessed || m.antiplatelet == YesNo::NotAssessed {
                        unassessed += 1;
                    }
                    if m.anticoagulant.is_yes() || m.antiplatelet.is_yes() {
                        if !spans.is_empty() {
                            spans.push(Span::new("\n", JA, body(), "label"));
                        }
                        let kind = if m.anticoagulant.is_yes() {
                            msg!("handoff-anticoagulant")
                        } else {
                            msg!("handoff-antiplatelet")
                        };
                        spans.push(Span::new(
                            format!("{}：", self.t(&kind)),
                            JA,
                            body().bold().ink(Ink::Red),
                            "label",
                        ));
                        spans.extend(
                            self.patient_text(&m.name_as_given, &format!("medications[{i}].nameAsGiven")),
                        );
                        if !m.generic_name.is_empty() {
                            spans.push(Span::new(
                                format!("（{}）", m.generic_name),
                                JA,
                                body(),
                                format!("medications[{i}].genericName"),
                            ));
                        }
                    }
                }
                if spans.is_empty() {
                    spans.push(Span::new(
                        self.t(&msg!("handoff-anticoagulants-none-listed")),
                        JA,
                        body(),
                        "label",
                    ));
                }
                if unassessed > 0 {
                    spans.push(Span::new("\n", JA, body(), "label"));
                    spans.push(Span::new(
                        self.t(&msg!("handoff-anticoagulants-unassessed", "count" => unassessed)),
                        JA,
                        body().bold().ink(Ink::Red),
                        "label",
                    ));
                }
                rows.push(vec![ac_label, Cell::new(spans)]);
            }
        }
        self.blocks.push(Block::Table(Table {
            widths: vec![1.0, 3.2],
            header: None,
            rows,
            frame: Frame::Alert,
        }));
    }

    fn patient(&mut self) {
        let p = &self.record.profile;
        let n = &p.names;
        self.heading(msg!("handoff-section-patient"));
        let mut name = self.text_in(
            &n.native,
            if n.native_lang.is_empty() {
                JA
            } else {
                &n.native_lang
            },
            "profile.names.native",
        );
        name.push(Span::new("\n", JA, body(), "label"));
        name.push(Span::new(
            format!("{} {}", n.latin_family, n.latin_given),
            "en",
            body().bold(),
            "profile.names.latin",
        ));
        name.push(Span::new("\n", JA, body(), "label"));
        name.extend(self.text(&n.katakana, "profile.names.katakana"));
        for (i, other) in n.other.iter().enumerate() {
            name.push(Span::new(" ／ ", JA, body().ink(Ink::Grey), "label"));
            name.push(Span::new(
                other.clone(),
                JA,
                body(),
                format!("profile.names.other[{i}]"),
            ));
        }
        let dob = self.opt_date(
            p.date_of_birth.as_ref().map(|d| d as &dyn std::fmt::Display),
            "profile.dateOfBirth",
        );
        let languages = {
            let mut s = self.text(&p.preferred_language, "profile.preferredLanguage");
            for (i, o) in p.other_languages.iter().enumerate() {
                s.push(Span::new(
                    format!(" ・ {o}"),
                    JA,
                    body(),
                    format!("profile.otherLanguages[{i}]"),
                ));
            }
            s.push(self.label(msg!("handoff-japanese-ability")));
            s.push(self.coded(p.japanese_ability));
            s
        };
        let interpreter = match &p.interpreter {
            kakehashi_model::InterpreterArrangement::NotAsked => self.not_asked_cell(),
            kakehashi_model::InterpreterArrangement::NotNeeded => {
                Cell::one(self.label(msg!("handoff-interpreter-not-needed")))
            }
            kakehashi_model::InterpreterArrangement::NotAssigned => Cell::one(Span::new(
                self.t(&msg!("handoff-interpreter-not-assigned")),
                JA,
                body().bold().ink(Ink::Red),
                "label",
            )),
            kakehashi_model::InterpreterArrangement::Assigned(a) => {
                let mut s = self.text(&a.name, "profile.interpreter.name");
                if !a.organization.is_empty() {
                    s.push(Span::new(
                        format!("（{}）", a.organization),
                        JA,
                        body(),
                        "profile.interpreter.organization",
                    ));
                }
                s.push(Span::new(
                    format!(" {}", a.languages.join(", ")),
                    JA,
                    body(),
                    "profile.interpreter.languages",
                ));
                s.push(self.label(msg!("handoff-qualification")));
                match &a.qualification {
                    kakehashi_model::InterpreterQualification::NotRecorded => s.push(Span::new(
                        self.t(&msg!("handoff-not-recorded")),
                        JA,
                        body().ink(Ink::Red),
                        "label",
                    )),
                    kakehashi_model::InterpreterQualification::NoneHeld => {
                        s.push(self.label(msg!("handoff-qualification-none")))
                    }
                    kakehashi_model::InterpreterQualification::Held { name, number } => s.push(Span::new(
                        format!("{name} {number}"),
                        JA,
                        body(),
                        "profile.interpreter.qualification",
                    )),
                }
                Cell::new(s)
            }
        };
        let r = &p.referral;
        let mut referral = vec![self.coded(r.source)];
        for (label, value, field) in [
            (msg!("handoff-referral-name"), &r.name, "profile.referral.name"),
            (
                msg!("handoff-referral-contact"),
                &r.contact,
                "profile.referral.contact",
            ),
            (msg!("handoff-note"), &r.note, "profile.referral.note"),
        ] {
            if !value.is_empty() {
                referral.push(self.label(label));
                referral.push(Span::new(value.clone(), JA, body(), field));
            }
        }
        let c = &p.contact;
        let mut contact = Vec::new();
        for (label, value, field) in [
            (msg!("handoff-phone"), &c.phone, "profile.contact.phone"),
            (msg!("handoff-email"), &c.email, "profile.contact.email"),
            (
                msg!("handoff-messaging"),
                &c.messaging,
                "profile.contact.messaging",
            ),
            (msg!("handoff-address"), &c.address, "profile.contact.address"),
            (
                msg!("handoff-emergency-contact"),
                &c.emergency_contact_name,
                "profile.contact.emergencyContactName",
            ),
            (
                msg!("handoff-emergency-phone"),
                &c.emergency_contact_phone,
                "profile.contact.emergencyContactPhone",
            ),
            (
                msg!("handoff-emergency-relation"),
                &c.emergency_contact_relation,
                "profile.contact.emergencyContactRelation",
            ),
        ] {
            if !value.is_empty() {
                if !contact.is_empty() {
                    contact.push(Span::new("\n", JA, body(), "label"));
                }
                contact.push(self.label(label));
                contact.push(Span::new(value.clone(), JA, body(), field));
            }
        }
        if contact.is_empty() {
            contact = self.text("", "profile.contact");
        }
        let nationality = self.text(&p.nationality.join(", "), "profile.nationality");
        let h = &self.record.history;
        let pregnancy = vec![
            self.coded(h.pregnancy),
            Span::new(" ／ ", JA, body(), "label"),
            self.label(msg!("handoff-breastfeeding")),
            self.coded(h.breastfeeding),
        ];
        self.kv(vec![
            (msg!("handoff-name"), Cell::new(name)),
            (
                msg!("handoff-dob-sex"),
                Cell::new({
                    let mut s = dob;
                    s.push(Span::new(" ／ ", JA, body(), "label"));
                    s.push(self.coded(p.sex));
                    s
                }),
            ),
            (msg!("handoff-nationality"), Cell::new(nationality)),
            (msg!("handoff-languages"), Cell::new(languages)),
            (msg!("handoff-interpreter"), interpreter),
            (msg!("handoff-referral"), Cell::new(referral)),
            (msg!("handoff-contact"), Cell::new(contact)),
            (msg!("handoff-pregnancy"), Cell::new(pregnancy)),
        ]);
    }

    fn medications(&mut self) {
        self.heading(msg!("handoff-section-medications"));
        if self.section_state(&self.record.medications).is_some() {
            return;
        }
        let mut rows = Vec::new();
        for (i, m) in self.record.medications.entries().iter().enumerate() {
            let f = format!("medications[{i}]");
            let mut dose = match &m.dose {
                Some(q) => vec![Span::new(
                    format!("{} {}", q.value, q.unit),
                    JA,
                    body(),
                    format!("{f}.dose"),
                )],
                None => self.text("", &format!("{f}.dose")),
            };
            dose.push(Span::new("\n", JA, body(), "label"));
            dose.extend(self.text(&m.frequency, &format!("{f}.frequency")));
            dose.push(Span::new("\n", JA, body(), "label"));
            dose.push(self.coded(m.route));
            let reason = match &m.reason {
                Some(r) => self.patient_text(r, &format!("{f}.reason")),
                None => self.text("", &format!("{f}.reason")),
            };
            let mut flags = vec![
                self.label(msg!("handoff-anticoagulant")),
                Span::new(": ", JA, body(), "label"),
            ];
            let mut ac = self.coded(m.anticoagulant);
            if m.anticoagulant.is_yes() {
                ac.style = body().bold().ink(Ink::Red);
            }
            flags.push(ac);
            flags.push(Span::new("\n", JA, body(), "label"));
            flags.push(self.label(msg!("handoff-antiplatelet")));
            flags.push(Span::new(": ", JA, body(), "label"));
            let mut ap = self.coded(m.antiplatelet);
            if m.antiplatelet.is_yes() {
                ap.style = body().bold().ink(Ink::Red);
            }
            flags.push(ap);
            rows.push(vec![
                Cell::new(self.patient_text(&m.name_as_given, &format!("{f}.nameAsGiven"))),
                Cell::new(self.text(&m.generic_name, &format!("{f}.genericName"))),
                Cell::new(dose),
                Cell::new(self.opt_date(
                    m.since.as_ref().map(|d| d as &dyn std::fmt::Display),
                    &format!("{f}.since"),
                )),
                Cell::new(reason),
                Cell::new(flags),
            ]);
        }
        self.table(
            vec![2.2, 1.3, 1.4, 0.8, 1.5, 1.7],
            vec![
                msg!("handoff-med-name"),
                msg!("handoff-med-generic"),
                msg!("handoff-med-dose"),
                msg!("handoff-med-since"),
                msg!("handoff-med-reason"),
                msg!("handoff-med-flags"),
            ],
            rows,
        );
    }

    fn history(&mut self) {
        let h = &self.record.history;
        self.heading(msg!("handoff-section-conditions"));
        if self.section_state(&h.conditions).is_none() {
            let rows = h
                .conditions
                .entries()
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let f = format!("history.conditions[{i}]");
                    vec![
                        Cell::new(self.patient_text(&c.name, &format!("{f}.name"))),
                        Cell::new(self.opt_date(
                            c.onset.as_ref().map(|d| d as &dyn std::fmt::Display),
                            &format!("{f}.onset"),
                        )),
                        Cell::one(self.coded(c.status)),
                        Cell::new(self.text(&c.note, &format!("{f}.note"))),
                    ]
                })
                .collect();
            self.table(
                vec![3.0, 1.0, 1.0, 2.0],
                vec![
                    msg!("handoff-condition"),
                    msg!("handoff-onset"),
                    msg!("handoff-status"),
                    msg!("handoff-note"),
                ],
                rows,
            );
        }
        self.heading(msg!("handoff-section-surgeries"));
        if self.section_state(&h.surgeries).is_none() {
            let rows = h
                .surgeries
                .entries()
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let f = format!("history.surgeries[{i}]");
                    vec![
                        Cell::new(self.patient_text(&s.procedure, &format!("{f}.procedure"))),
                        Cell::new(self.opt_date(
                            s.date.as_ref().map(|d| d as &dyn std::fmt::Display),
                            &format!("{f}.date"),
                        )),
                        Cell::new(self.text(&s.note, &format!("{f}.note"))),
                    ]
                })
                .collect();
            self.table(
                vec![3.0, 1.0, 3.0],
                vec![
                    msg!("handoff-procedure"),
                    msg!("handoff-date"),
                    msg!("handoff-note"),
                ],
                rows,
            );
        }
        self.heading(msg!("handoff-section-family"));
        if self.section_state(&h.family_history).is_none() {
            let rows = h
                .family_history
                .entries()
                .iter()
                .enumerate()
                .map(|(i, e)| {
                    let f = format!("history.familyHistory[{i}]");
                    vec![
                        Cell::one(self.coded(e.relation)),
                        Cell::new(self.patient_text(&e.condition, &format!("{f}.condition"))),
                        Cell::one(self.coded(e.kind)),
                        Cell::new(match e.age_at_onset {
                            Some(a) => vec![Span::new(a.to_string(), JA, body(), format!("{f}.ageAtOnset"))],
                            None => self.text("", &format!("{f}.ageAtOnset")),
                        }),
                    ]
                })
                .collect();
            self.table(
                vec![1.0, 3.0, 1.0, 1.0],
                vec![
                    msg!("handoff-relation"),
                    msg!("handoff-condition"),
                    msg!("handoff-kind"),
                    msg!("handoff-age-at-onset"),
                ],
                rows,
            );
        }
    }

    fn screening(&mut self) {
        self.heading(msg!("handoff-section-screening"));
        let reference = kakehashi_model::Date::from_text(self.options.generated_at.get(..10).unwrap_or(""));
        if self.section_state(&self.record.screening).is_none() {
            let mut rows = Vec::new();
            for (i, s) in self.record.screening.entries().iter().enumerate() {
                let f = format!("screening[{i}]");
                let name = match &s.test {
                    TestRef::Catalog { id } => match s.catalog_test() {
                        Some(t) => vec![Span::new(
                            self.t(&Message::new(t.message_id)),
                            JA,
                            body(),
                            "label",
                        )],
                        None => vec![Span::new(id.clone(), JA, body(), format!("{f}.test.id"))],
                    },
                    TestRef::Custom { name, group } => {
                        let mut s = self.text(name, &format!("{f}.test.name"));
                        s.push(Span::new(" ", JA, body(), "label"));
                        s.push(self.coded(*group));
                        s
                    }
                };
                let mut codes = vec![Span::new(
                    format!("LOINC {}", s.loinc),
                    JA,
                    small(),
                    format!("{f}.loinc"),
                )];
                if !s.lab_code.is_empty() {
                    codes.push(Span::new("\n", JA, small(), "label"));
                    codes.push(Span::new(s.lab_code.clone(), JA, small(), format!("{f}.labCode")));
                }
                let value = match &s.value {
                    LabValue::Numeric {
                        value,
                        unit,
                        comparator,
                        interpretation,
                    } => {
                        let mut v = Vec::new();
                        if *comparator != kakehashi_model::Comparator::Eq {
                            v.push(self.coded(*comparator));
                        }
                        v.push(Span::new(
                            format!("{value} {unit}"),
                            JA,
                            body().bold(),
                            format!("{f}.value"),
                        ));
                        if let Some(q) = interpretation {
                            v.push(Span::new(" ", JA, body(), "label"));
                            v.push(self.coded(*q));
                        }
                        v
                    }
                    LabValue::Qualitative { result, text } => {
                        let mut v = vec![self.coded(*result)];
                        if !text.is_empty() {
                            v.push(Span::new(
                                format!(" {text}"),
                                JA,
                                body(),
                                format!("{f}.value.text"),
                            ));
                        }
                        v
                    }
                };
                let rr = &s.reference_range;
                let mut range = Vec::new();
                if rr.low.is_some() || rr.high.is_some() {
                    let low = rr.low.as_ref().map(|d| d.to_string()).unwrap_or_default();
                    let high = rr.high.as_ref().map(|d| d.to_string()).unwrap_or_default();
                    range.push(Span::new(
                        format!("{low}–{high}"),
                        JA,
                        body(),
                        format!("{f}.referenceRange"),
                    ));
                }
                if !rr.text.is_empty() {
                    range.push(Span::new(
                        format!(" {}", rr.text),
                        JA,
                        body(),
                        format!("{f}.referenceRange.text"),
                    ));
                }
                if range.is_empty() {
                    range = self.text("", &format!("{f}.referenceRange"));
                }
                let abnormal = s.abnormal();
                let mut flag = self.coded(abnormal);
                if matches!(
                    abnormal,
                    Abnormality::High | Abnormality::Low | Abnormality::Abnormal | Abnormality::Indeterminate
                ) {
                    flag.style = body().bold().ink(Ink::Red);
                }
                let mut date = self.opt_date(
                    s.collected.as_ref().map(|d| d as &dyn std::fmt::Display),
                    &format!("{f}.collected"),
                );
                let stale = match &s.collected {
                    Some(c) => kakehashi_model::is_stale(c, &reference, self.options.stale_after_days),
                    None => true,
                };
                if stale {
                    date.push(Span::new(
                        self.t(&msg!("handoff-stale", "days" => self.options.stale_after_days)),
                        JA,
                        small().bold().ink(Ink::Red),
                        "label",
                    ));
                }
                let mut lab = self.text(&s.lab, &format!("{f}.lab"));
                if !s.note.is_empty() {
                    lab.push(Span::new("\n", JA, body(), "label"));
                    lab.push(Span::new(s.note.clone(), JA, small(), format!("{f}.note")));
                }
                rows.push(vec![
                    Cell::new(name),
                    Cell::new(codes),
                    Cell::new(value),
                    Cell::new(range),
                    Cell::one(flag),
                    Cell::new(date),
                    Cell::new(lab),
                ]);
            }
            self.table(
                vec![1.8, 1.1, 1.5, 1.2, 0.9, 1.1, 1.5],
                vec![
                    msg!("handoff-test"),
                    msg!("handoff-codes"),
                    msg!("handoff-result"),
                    msg!("handoff-range"),
                    msg!("handoff-flag"),
                    msg!("handoff-collected"),
                    msg!("handoff-lab"),
                ],
                rows,
            );
        }
        self.heading(msg!("handoff-section-imaging"));
        if self.section_state(&self.record.imaging).is_none() {
            let rows = self
                .record
                .imaging
                .entries()
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let f = format!("imaging[{i}]");
                    vec![
                        Cell::one(self.coded(s.modality)),
                        Cell::new(self.opt_date(
                            s.date.as_ref().map(|d| d as &dyn std::fmt::Display),
                            &format!("{f}.date"),
                        )),
                        Cell::new(self.text(&s.region, &format!("{f}.region"))),
                        Cell::new(self.patient_text(&s.summary, &format!("{f}.summary"))),
                        Cell::new(self.text(&s.facility, &format!("{f}.facility"))),
                    ]
                })
                .collect();
            self.table(
                vec![0.8, 0.9, 1.2, 3.4, 1.4],
                vec![
                    msg!("handoff-modality"),
                    msg!("handoff-date"),
                    msg!("handoff-region"),
                    msg!("handoff-imaging-summary"),
                    msg!("handoff-facility"),
                ],
                rows,
            );
        }
    }

    fn treatment(&mut self) {
        let t = &self.record.planned_treatment;
        self.heading(msg!("handoff-section-treatment"));
        let f = "plannedTreatment";
        let mut what = vec![self.coded(t.category), Span::new(" ", JA, body(), "label")];
        what.extend(self.text(&t.product_name, &format!("{f}.productName")));
        let mut origin = vec![
            self.coded(t.origin),
            Span::new(" ／ ", JA, body(), "label"),
            self.coded(t.tissue_source),
        ];
        if !t.tissue_source_detail.is_empty() {
            origin.push(Span::new(
                format!(" {}", t.tissue_source_detail),
                JA,
                body(),
                format!("{f}.tissueSourceDetail"),
            ));
        }
        origin.push(self.label(msg!("handoff-harvest")));
        origin.push(self.coded(t.harvest));
        let mut route = vec![self.coded(t.route)];
        if !t.route_detail.is_empty() {
            route.push(Span::new(
                format!(" {}", t.route_detail),
                JA,
                body(),
                format!("{f}.routeDetail"),
            ));
        }
        let mut dose = Vec::new();
        if let Some(q) = &t.dose {
            dose.push(Span::new(
                format!("{} {}", q.value, q.unit),
                JA,
                body(),
                format!("{f}.dose"),
            ));
        }
        if let Some(c) = &t.cell_count {
            dose.push(self.label(msg!("handoff-cell-count")));
            dose.push(Span::new(c.to_string(), JA, body(), format!("{f}.cellCount")));
        }
        if let Some(s) = t.sessions {
            dose.push(self.label(msg!("handoff-sessions")));
            dose.push(Span::new(s.to_string(), JA, body(), format!("{f}.sessions")));
        }
        if dose.is_empty() {
            dose = self.text("", &format!("{f}.dose"));
        }
        let mut handling = vec![
            self.label(msg!("handoff-cryopreserved")),
            self.coded(t.cryopreserved),
        ];
        handling.push(self.label(msg!("handoff-thawed-on-site")));
        handling.push(self.coded(t.thawed_on_site));
        if !t.thaw_handling_documented_by.is_empty() {
            handling.push(self.label(msg!("handoff-thaw-documented-by")));
            handling.push(Span::new(
                t.thaw_handling_documented_by.clone(),
                JA,
                body(),
                format!("{f}.thawHandlingDocumentedBy"),
            ));
        }
        if !t.thaw_handling_note.is_empty() {
            handling.push(Span::new("\n", JA, body(), "label"));
            handling.push(Span::new(
                t.thaw_handling_note.clone(),
                JA,
                body(),
                format!("{f}.thawHandlingNote"),
            ));
        }
        let plan = self.fact(&t.provision_plan_number, |v| {
            vec![Span::new(
                v.clone(),
                JA,
                body().bold(),
                format!("{f}.provisionPlanNumber"),
            )]
        });
        let committee = self.fact(&t.committee, |c| {
            vec![
                Span::new(c.name.clone(), JA, body(), format!("{f}.committee.name")),
                Span::new(
                    format!(" {}", c.number),
                    JA,
                    body().bold(),
                    format!("{f}.committee.number"),
                ),
            ]
        });
        let emergency = self.fact(&t.emergency_care, |e| {
            vec![
                Span::new(
                    e.hospital.clone(),
                    JA,
                    body(),
                    format!("{f}.emergencyCare.hospital"),
                ),
                Span::new(
                    format!(" {}", e.contact),
                    JA,
                    body(),
                    format!("{f}.emergencyCare.contact"),
                ),
                Span::new(
                    format!(" {}", e.note),
                    JA,
                    body(),
                    format!("{f}.emergencyCare.note"),
                ),
            ]
        });
        let mut registry = vec![self.coded(t.registry)];
        if !t.registry_name.is_empty() {
            registry.push(Span::new(
                format!(" {}", t.registry_name),
                JA,
                body(),
                format!("{f}.registryName"),
            ));
        }
        let planned = {
            let mut s = self.text(&t.physician, &format!("{f}.physician"));
            s.push(self.label(msg!("handoff-planned-date")));
            s.extend(self.opt_date(
                t.planned_date.as_ref().map(|d| d as &dyn std::fmt::Display),
                &format!("{f}.plannedDate"),
            ));
            s
        };
        self.kv(vec![
            (msg!("handoff-what"), Cell::new(what)),
            (msg!("handoff-origin"), Cell::new(origin)),
            (msg!("handoff-route"), Cell::new(route)),
            (msg!("handoff-dose"), Cell::new(dose)),
            (msg!("handoff-handling"), Cell::new(handling)),
            (msg!("handoff-plan-number"), plan),
            (msg!("handoff-risk-class"), Cell::one(self.coded(t.risk_class))),
            (msg!("handoff-committee"), committee),
            (msg!("handoff-registry"), Cell::new(registry)),
            (msg!("handoff-emergency-care"), emergency),
            (
                msg!("handoff-indication"),
                Cell::new(self.text(&t.indication, &format!("{f}.indication"))),
            ),
            (msg!("handoff-physician-date"), Cell::new(planned)),
        ]);
        self.heading(msg!("handoff-section-sites"));
        if self.section_state(&t.processing_sites).is_none() {
            let rows = t
                .processing_sites
                .entries()
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let g = format!("{f}.processingSites[{i}]");
                    vec![
                        Cell::new(self.text(&s.name, &format!("{g}.name"))),
                        Cell::new(self.text(&s.facility_number, &format!("{g}.facilityNumber"))),
                        Cell::new(vec![
                            self.coded(s.location),
                            Span::new(format!(" {}", s.country), JA, body(), format!("{g}.country")),
                        ]),
                        Cell::new(self.text(&s.role, &format!("{g}.role"))),
                    ]
                })
                .collect();
            self.table(
                vec![2.0, 1.5, 1.2, 2.0],
                vec![
                    msg!("handoff-site-name"),
                    msg!("handoff-facility-number"),
                    msg!("handoff-site-location"),
                    msg!("handoff-site-role"),
                ],
                rows,
            );
        }
    }

    fn explanation(&mut self) {
        let e = &self.record.explanation;
        self.heading(msg!("handoff-section-explanation"));
        if self.section_state(&e.items).is_none() {
            let rows = e
                .items
                .entries()
                .iter()
                .enumerate()
                .map(|(i, it)| {
                    let f = format!("explanation.items[{i}]");
                    let mut who = self.text(&it.explained_by, &format!("{f}.explainedBy"));
                    who.push(Span::new("\n", JA, body(), "label"));
                    who.extend(self.opt_date(
                        it.explained_on.as_ref().map(|d| d as &dyn std::fmt::Display),
                        &format!("{f}.explainedOn"),
                    ));
                    who.push(Span::new("\n", JA, body(), "label"));
                    who.push(Span::new(
                        format!("{} ", it.language),
                        JA,
                        small(),
                        format!("{f}.language"),
                    ));
                    who.push(Span::new(
                        it.interpreter.clone(),
                        JA,
                        small(),
                        format!("{f}.interpreter"),
                    ));
                    let mut tb = vec![self.coded(it.teach_back)];
                    if it.teach_back != kakehashi_model::TeachBack::Confirmed {
                        tb[0].style = body().bold().ink(Ink::Red);
                    }
                    if let Some(words) = &it.teach_back_words {
                        tb.push(Span::new("\n", JA, body(), "label"));
                        tb.extend(self.patient_text(words, &format!("{f}.teachBackWords")));
                    }
                    vec![
                        Cell::one(self.coded(it.topic)),
                        Cell::new(self.text(&it.detail, &format!("{f}.detail"))),
                        Cell::new(who),
                        Cell::new(tb),
                    ]
                })
                .collect();
            self.table(
                vec![1.2, 2.6, 1.4, 2.2],
                vec![
                    msg!("handoff-topic"),
                    msg!("handoff-detail"),
                    msg!("handoff-explained-by"),
                    msg!("handoff-teach-back"),
                ],
                rows,
            );
        }
        self.heading(msg!("handoff-section-questions"));
        if self.section_state(&e.questions).is_none() {
            let rows = e
                .questions
                .entries()
                .iter()
                .enumerate()
                .map(|(i, q)| {
                    let f = format!("explanation.questions[{i}]");
                    let mut answer = self.text(&q.answer, &format!("{f}.answer"));
                    answer.push(Span::new("\n", JA, body(), "label"));
                    answer.extend(self.text(&q.answered_by, &format!("{f}.answeredBy")));
                    vec![
                        Cell::new(self.patient_text(&q.question, &format!("{f}.question"))),
                        Cell::new(answer),
                    ]
                })
                .collect();
            self.table(
                vec![1.0, 1.0],
                vec![msg!("handoff-question"), msg!("handoff-answer")],
                rows,
            );
        }
        self.heading(msg!("handoff-section-consent"));
        let c = &self.record.consent;
        let consent = |this: &Self, r: &kakehashi_model::ConsentRecord, f: &str| -> Cell {
            if r.decision == kakehashi_model::ConsentDecision::NotAsked {
                return this.not_asked_cell();
            }
            let mut s = vec![this.coded(r.decision)];
            if r.decision != kakehashi_model::ConsentDecision::Given {
                s[0].style = body().bold().ink(Ink::Red);
            }
            s.push(Span::new(" ", JA, body(), "label"));
            s.extend(this.opt_date(
                r.date.as_ref().map(|d| d as &dyn std::fmt::Display),
                &format!("{f}.date"),
            ));
            s.push(this.label(msg!("handoff-recorded-by")));
            s.extend(this.text(&r.recorded_by, &format!("{f}.recordedBy")));
            if !r.scope.is_empty() {
                s.push(Span::new("\n", JA, body(), "label"));
                s.push(Span::new(r.scope.clone(), JA, body(), format!("{f}.scope")));
            }
            Cell::new(s)
        };
        let acquire = consent(self, &c.acquire_special_care, "consent.acquireSpecialCare");
        let share = consent(self, &c.share_special_care, "consent.shareSpecialCare");
        self.kv(vec![
            (msg!("handoff-consent-acquire"), acquire),
            (msg!("handoff-consent-share"), share),
        ]);
    }

    fn statement(&mut self) {
        self.heading(msg!("handoff-section-statement"));
        let Some(p) = &self.record.patient_statement else {
            self.blocks.push(Block::Table(Table {
                widths: vec![1.0],
                header: None,
                rows: vec![vec![self.not_asked_cell()]],
                frame: Frame::Grid,
            }));
            return;
        };
        let original_head = self.t(&msg!("handoff-statement-original", "lang" => p.original_lang.as_str()));
        let (translation_head, translation) = match &p.translation {
            Some(tr) => (
                self.t(&msg!("handoff-statement-translation", "translator" => tr.translator.as_str(), "method" => self.t(&tr.method.message()))),
                Cell::new(self.text_in(&tr.text, &tr.lang, "patientStatement.translation.text")),
            ),
            None => (
                self.t(&msg!("handoff-statement-translation-missing")),
                Cell::one(Span::new(self.t(&msg!("handoff-untranslated")), JA, body().bold().ink(Ink::Red), "label")),
            ),
        };
        let header = vec![
            Cell::one(Span::new(original_head, JA, body().bold(), "label")).filled(Ink::Shade),
            Cell::one(Span::new(translation_head, JA, body().bold(), "label")).filled(Ink::Shade),
        ];
        let original = Cell::new(self.text_in(&p.original, &p.original_lang, "patientStatement.original"));
        self.blocks.push(Block::Table(Table {
            widths: vec![1.0, 1.0],
            header: Some(header),
            rows: vec![vec![original, translation]],
            frame: Frame::Grid,
        }));
    }

    fn signatures(&mut self) {
        self.heading(msg!("handoff-section-signatures"));
        let s = &self.options.staff;
        let labels = vec![
            Span::new(
                self.t(&msg!("handoff-sign-coordinator", "name" => s.coordinator.as_str())),
                JA,
                body(),
                "staff.coordinator",
            ),
            Span::new(
                self.t(&msg!("handoff-sign-interpreter", "name" => s.interpreter.as_str())),
                JA,
                body(),
                "staff.interpreter",
            ),
            Span::new(
                self.t(&msg!("handoff-sign-physician", "name" => s.physician.as_str())),
                JA,
                body(),
                "staff.physician",
            ),
        ];
        self.blocks.push(Block::Signatures(labels));
    }
}

/// Longest patient name (in characters) repeated in the running header of every page; a longer
/// one is printed in full in the patient block and the header refers to it instead.
const HEADER_NAME_LIMIT: usize = 60;

/// Builds the sheet for a record.
pub fn compose(record: &PatientRecord, options: &HandoffOptions) -> Result<Sheet, HandoffError> {
    let created = parse_time("generatedAt", &options.generated_at)?;
    let l = Localizer::embedded();
    let patient_lang = options
        .patient_locale
        .clone()
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| record.profile.preferred_language.clone());
    let mut c = Composer {
        l,
        record,
        options,
        patient_lang,
        blocks: Vec::new(),
    };
    c.title();
    c.alert_box();
    c.patient();
    c.medications();
    c.history();
    c.screening();
    c.treatment();
    c.explanation();
    c.statement();
    c.signatures();

    let hash = content_hash(record);
    let name = record.display_name();
    let header_name = if name.chars().count() <= HEADER_NAME_LIMIT {
        name.clone()
    } else {
        l.format(JA, &msg!("handoff-header-name-see-page-1"))
    };
    let furniture = Furniture {
        header: vec![
            Span::new(l.format(JA, &msg!("handoff-title")), JA, small().bold().ink(Ink::Grey), "label"),
            Span::new(format!("  {header_name}"), record.profile.names.native_lang.clone(), small(), "header.name"),
            Span::new(
                l.format(JA, &msg!("handoff-header-record", "id" => record.id.as_str(), "version" => options.record_version.as_str())),
                JA,
                small().ink(Ink::Grey),
                "label",
            ),
        ],
        notice: vec![Span::new(l.format(JA, &msg!("handoff-confidential")), JA, small().ink(Ink::Grey), "label")],
        hash: vec![Span::new(l.format(JA, &msg!("handoff-content-hash", "hash" => hash.as_str())), JA, small().ink(Ink::Grey), "label")],
    };
    let meta = Meta {
        // The record id, not the name: file managers and search indexes show the title.
        title: l.format(JA, &msg!("handoff-pdf-title", "id" => record.id.as_str())),
        subject: l.format(JA, &msg!("handoff-pdf-subject")),
        author: options.clinic.clone(),
        lang: JA.to_owned(),
        created,
        content_hash: hash,
    };
    Ok(Sheet {
        blocks: c.blocks,
        furniture,
        meta,
    })
}
