#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The printed sheet as a physician gets it: read back with poppler's `pdftotext`, checked with
//! `qpdf --check`. Both tools are required (Debian: poppler-utils, qpdf); a missing tool fails the
//! test with a message instead of passing silently.

use std::path::Path;
use std::process::Command;

use kakehashi_handoff::text::visible_chars;
use kakehashi_handoff::*;
use kakehashi_model::{
    Allergy, AllergyCategory, AllergySeverity, Medication, PatientRecord, PatientText, Section, YesNo,
};
use unicode_normalization::UnicodeNormalization;

mod support;
use support::{options, sample};

fn tool(name: &str, args: &[&str]) -> std::process::Output {
    match Command::new(name).args(args).output() {
        Ok(out) => out,
        Err(e) => panic!(
            "`{name}` is required for this test but could not be run ({e}); install poppler-utils and qpdf"
        ),
    }
}

fn write_pdf(bytes: &[u8], name: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    (dir, path)
}

/// The text of each page, in content order, without whitespace, NFC.
fn pages_text(pdf: &Path) -> Vec<String> {
    let out = tool(
        "pdftotext",
        &["-raw", "-enc", "UTF-8", pdf.to_str().unwrap(), "-"],
    );
    assert!(
        out.status.success(),
        "pdftotext failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    text.split('\u{c}')
        .map(|p| visible_chars(p).nfc().collect())
        .collect()
}

fn qpdf_check(pdf: &Path) {
    let out = tool("qpdf", &["--check", pdf.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "qpdf --check failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Finds `field` in the extracted pages: all of it on one page, or — when it runs over page
/// breaks — its successive pieces on successive pages, each piece contiguous.
fn find_across_pages(pages: &[String], field: &str) -> Result<(), String> {
    let want: String = visible_chars(field).nfc().collect();
    if want.is_empty() {
        return Ok(());
    }
    for start in 0..pages.len() {
        let mut rest = want.as_str();
        let mut page = start;
        while page < pages.len() && !rest.is_empty() {
            // The longest prefix of `rest` on this page.
            let mut cut = rest.len();
            while cut > 0 && !(rest.is_char_boundary(cut) && pages[page].contains(&rest[..cut])) {
                cut -= 1;
            }
            if cut == 0 {
                break;
            }
            rest = &rest[cut..];
            page += 1;
        }
        if rest.is_empty() {
            return Ok(());
        }
    }
    Err(format!(
        "not found: {:?}…",
        want.chars().take(40).collect::<String>()
    ))
}

/// 10,000 characters in every script the sheet supports, with emoji and combining marks.
fn hostile_text(seed: usize) -> String {
    let pieces = [
        "患者は「膝が痛い」と言った。ちょっと待ってください。",
        "Bệnh nhân bị đau khớp gối, dị ứng với penicillin. ",
        "Пациент принимает варфарин каждый день. ",
        "환자는 무릎 통증을 호소합니다. ",
        "患者说：“膝盖很痛，已经三年了。”",
        "病患說：「膝蓋很痛，已經三年了。」",
        "Zoë naïve façade e\u{301}\u{323} Ελληνικά ",
        "😀👍❤️⚠️🩸💉 ",
        "ｶﾀｶﾅ ＡＢＣ ①②③ ℃ ㎎ ",
        "Supercalifragilisticexpialidociouswarfarinacetylsalicylicacidclopidogrel ",
    ];
    let mut s = String::new();
    let mut i = seed;
    while s.chars().count() < 10_000 {
        s.push_str(pieces[i % pieces.len()]);
        i += 1;
    }
    s.chars().take(10_000).collect()
}

fn hostile_record() -> (PatientRecord, Vec<(String, String)>) {
    let mut r = sample("sample-well-documented");
    let mut fields: Vec<(String, String)> = Vec::new();
    let long = |fields: &mut Vec<(String, String)>, name: &str, seed: usize| {
        let t = hostile_text(seed);
        fields.push((name.to_owned(), t.clone()));
        t
    };
    r.profile.names.other = vec![long(&mut fields, "profile.names.other[0]", 0)];
    r.patient_statement = Some(
        PatientText::new(long(&mut fields, "patientStatement.original", 1), "zh-Hans").translated(
            long(&mut fields, "patientStatement.translation", 2),
            "ja",
            "陳 怡君",
        ),
    );
    r.history.conditions = Section::from_entries(vec![kakehashi_model::Condition {
        name: PatientText::new("Đái tháo đường type 2", "vi"),
        note: long(&mut fields, "history.conditions[0].note", 3),
        ..Default::default()
    }]);
    r.allergies = Section::from_entries(vec![Allergy {
        substance: PatientText::new("Пенициллин", "ru").translated("ペニシリン", "ja", "通訳"),
        category: AllergyCategory::Drug,
        groups: vec![],
        reaction: Some(PatientText::new(
            long(&mut fields, "allergies[0].reaction", 4),
            "ko",
        )),
        severity: AllergySeverity::Anaphylaxis,
        when: None,
    }]);
    r.planned_treatment.indication = long(&mut fields, "plannedTreatment.indication", 5);
    let langs = ["ja", "zh-Hans", "zh-Hant", "ko", "vi", "ru", "en"];
    let names = [
        "ワルファリン",
        "华法林片",
        "華法林錠",
        "와파린",
        "Thuốc chống đông",
        "Варфарин",
        "Warfarin 😀",
    ];
    let mut meds = Vec::new();
    for i in 0..200 {
        let name = if i == 0 {
            long(&mut fields, "medications[0].nameAsGiven", 6)
        } else {
            format!("{} {i}", names[i % names.len()])
        };
        if i > 0 {
            fields.push((format!("medications[{i}].nameAsGiven"), name.clone()));
        }
        meds.push(Medication {
            name_as_given: PatientText::new(name, langs[i % langs.len()]),
            generic_name: format!("generic-{i}"),
            frequency: "1日2回 twice daily".into(),
            anticoagulant: if i % 10 == 0 { YesNo::Yes } else { YesNo::No },
            antiplatelet: YesNo::No,
            ..Default::default()
        });
    }
    r.medications = Section::from_entries(meds);
    let base = r.screening.entries().to_vec();
    assert!(!base.is_empty(), "the sample has results to repeat");
    let mut results = Vec::new();
    for i in 0..50 {
        let mut s = base[i % base.len()].clone();
        s.note = format!("結果メモ {i} ✓ Ghi chú {i}");
        fields.push((format!("screening[{i}].note"), s.note.clone()));
        results.push(s);
    }
    r.screening = Section::from_entries(results);
    (r, fields)
}

#[test]
fn a_hostile_record_prints_every_field_and_passes_qpdf() {
    let (record, fields) = hostile_record();
    let bytes = render_record(&record, &options()).unwrap();
    let (_dir, path) = write_pdf(&bytes, "hostile.pdf");
    // KAKEHASHI_HANDOFF_KEEP=<dir> keeps the PDF for looking at (pdftoppm -r 60 -png).
    if let Some(keep) = std::env::var_os("KAKEHASHI_HANDOFF_KEEP") {
        std::fs::write(Path::new(&keep).join("hostile.pdf"), &bytes).unwrap();
    }
    qpdf_check(&path);
    let pages = pages_text(&path);
    assert!(
        pages.len() > 20,
        "expected a long sheet, got {} pages",
        pages.len()
    );
    let mut missing = Vec::new();
    for (name, text) in &fields {
        if let Err(e) = find_across_pages(&pages, text) {
            missing.push(format!("{name}: {e}"));
        }
    }
    // The check itself can fail: text that is not on the sheet is not found.
    assert!(find_across_pages(&pages, &hostile_text(7).replace('😀', "X")).is_err());
    assert!(
        missing.is_empty(),
        "{} of {} fields not found:\n{}",
        missing.len(),
        fields.len(),
        missing.join("\n")
    );
}

#[test]
fn a_character_no_font_has_stops_the_export_with_the_field_named() {
    let mut record = sample("sample-well-documented");
    record.history.conditions = Section::from_entries(vec![kakehashi_model::Condition {
        name: PatientText::new("ارتفاع ضغط الدم", "ar"),
        ..Default::default()
    }]);
    let err = render_record(&record, &options()).unwrap_err();
    assert!(
        matches!(&err, HandoffError::Unrenderable { field, .. } if field == "history.conditions[0].name.original"),
        "{err:?}"
    );
}

fn words_page_1(pdf: &Path) -> Vec<(String, f32)> {
    let out = tool(
        "pdftotext",
        &[
            "-f",
            "1",
            "-l",
            "1",
            "-bbox",
            "-enc",
            "UTF-8",
            pdf.to_str().unwrap(),
            "-",
        ],
    );
    assert!(out.status.success());
    let html = String::from_utf8(out.stdout).unwrap();
    html.lines()
        .filter(|l| l.trim_start().starts_with("<word"))
        .map(|l| {
            let y = l
                .split("yMin=\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap()
                .parse::<f32>()
                .unwrap();
            let text = l.split('>').nth(1).unwrap().split('<').next().unwrap().to_owned();
            (text, y)
        })
        .collect()
}

#[test]
fn allergies_not_asked_is_in_the_alert_box_on_page_one_above_everything_else_about_the_patient() {
    let record = sample("sample-allergies-not-asked");
    assert!(record.allergies.is_not_asked());
    let bytes = render_record(&record, &options()).unwrap();
    let (_dir, path) = write_pdf(&bytes, "not-asked.pdf");
    let words = words_page_1(&path);
    let y_of = |needle: &str| {
        words
            .iter()
            .find(|(w, _)| w.contains(needle))
            .map(|(_, y)| *y)
            .unwrap_or_else(|| panic!("{needle} not on page 1: {words:?}"))
    };
    let alert_title = y_of("要注意事項");
    let allergy_label = y_of("アレルギー");
    let not_asked = y_of("未確認（聞いていない）");
    let patient_section = y_of("患者情報");
    assert!(
        (allergy_label - not_asked).abs() < 2.0,
        "NOT ASKED sits on the allergy row"
    );
    assert!(
        alert_title < not_asked && not_asked < patient_section,
        "{alert_title} < {not_asked} < {patient_section}"
    );
    assert!(
        words
            .iter()
            .any(|(w, y)| w == "ASKED" && (y - not_asked).abs() < 2.0),
        "the English NOT ASKED is there too"
    );
}

#[test]
fn the_same_record_and_time_give_byte_identical_pdfs_with_the_right_metadata() {
    let record = sample("sample-exosome-iv");
    let a = render_record(&record, &options()).unwrap();
    let b = render_record(&record, &options()).unwrap();
    assert!(a == b, "two renders differ");
    let mut later = options();
    later.generated_at = "2026-11-22T09:30:00+09:00".into();
    assert!(
        render_record(&record, &later).unwrap() != a,
        "the generation time is part of the sheet"
    );

    let (_dir, path) = write_pdf(&a, "meta.pdf");
    let info = tool("pdfinfo", &["-isodates", path.to_str().unwrap()]);
    let info = String::from_utf8(info.stdout)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(info.contains("CreationDate: 2026-11-21T20:00:00+09"), "{info}");
    assert!(
        info.contains("再生医療 診察前 引き継ぎシート — 記録 sample-exosome-iv"),
        "{info}"
    );
    assert!(
        !info.contains("Trần"),
        "the patient's name stays out of the metadata: {info}"
    );
    let raw = String::from_utf8_lossy(&a);
    assert!(raw.contains("/Lang(ja)"), "the document language is set");
    assert!(
        raw.contains(
            &content_hash(&record)[..32]
                .bytes()
                .map(|b| format!("{b:02x}"))
                .collect::<String>()
        ),
        "the file id is the content hash"
    );
}

#[test]
fn the_footer_numbers_pages_and_carries_the_content_hash() {
    let record = sample("sample-well-documented");
    let bytes = render_record(&record, &options()).unwrap();
    let (_dir, path) = write_pdf(&bytes, "footer.pdf");
    let pages = pages_text(&path);
    let n = pages.iter().filter(|p| !p.is_empty()).count();
    let hash = content_hash(&record);
    for (i, page) in pages.iter().filter(|p| !p.is_empty()).enumerate() {
        assert!(
            page.contains(&format!("{}/{}ページ", i + 1, n)),
            "page {} lacks its number",
            i + 1
        );
        assert!(page.contains(&hash), "page {} lacks the content hash", i + 1);
        assert!(
            page.contains("機密"),
            "page {} lacks the confidentiality notice",
            i + 1
        );
    }
}

#[test]
fn the_cli_entry_point_reads_the_store_export_format() {
    let (_, json) = kakehashi_model::sample_sources()
        .iter()
        .find(|(f, _)| *f == "nk-cells-iv.json")
        .unwrap();
    let bytes = render_record_json(json, &options()).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let err = render_record_json("{ not json", &options()).unwrap_err();
    assert!(
        matches!(err, HandoffError::InvalidRecord { line: 1, .. }),
        "{err:?}"
    );
    let mut bad_time = options();
    bad_time.generated_at = "yesterday".into();
    assert!(matches!(
        render_record_json(json, &bad_time),
        Err(HandoffError::InvalidTimestamp { .. })
    ));
}
