//! What a coordinator types through the application never lands on disk in the clear: not in the
//! store, the settings, backups or any temporary file under the data folder.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use kakehashi_app::session::Session;
use kakehashi_app::settings::Settings;
use kakehashi_app::transfer;
use kakehashi_model::{PatientText, Section};
use kakehashi_store::KdfParams;

const PASS: &str = "correct horse battery";

/// Distinctive strings in many scripts; none of them may appear in any file.
const MARKERS: &[&str] = &[
    "山田花子マーカー",
    "ヤマダハナコマーカー",
    "やまだはなこまーかー",
    "王小明标记",
    "陳美玲標記",
    "김민준표식",
    "Nguyễn Thị Đánh Dấu",
    "Иванов Маркер",
    "ZEBRAMARKER",
    "zebramarker-latin",
    "ペニシリンショック既往マーカー",
    "青霉素过敏标记",
    "Xarelto-marker-15mg",
    "膝の痛みがつらいマーカー",
    "我膝盖很痛标记",
    "무릎이아파요표식",
    "tôi bị đau đầu gối dấu",
    "090-MARKER-1234",
    "marker@example.invalid",
    "東京都新宿区マーカー町",
    "Dr. Marker Clinic",
    "MARKERPLAN-12345",
    // Typed into the user glossary (terms, reading, definition, source, id).
    "院内用語マーカー",
    "いんないようごまーかー",
    "诊所术语标记",
    "GLOSSMARKER-user-term",
    "定義マーカー文",
    "出典マーカー",
    "glossmarker-id",
];

fn encodings(marker: &str) -> Vec<Vec<u8>> {
    let utf16le: Vec<u8> = marker.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let utf16be: Vec<u8> = marker.encode_utf16().flat_map(u16::to_be_bytes).collect();
    vec![
        marker.as_bytes().to_vec(),
        utf16le,
        utf16be,
        kakehashi_fold::fold(marker).into_bytes(),
    ]
}

fn all_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let p = entry.path();
        if p.is_dir() {
            all_files(&p, out);
        } else {
            out.push(p);
        }
    }
}

#[test]
fn markers_typed_through_the_app_never_appear_in_any_file_of_the_data_folder() {
    assert!(MARKERS.len() >= 20);
    let dir = tempfile::tempdir().unwrap();
    Settings {
        staff_locale: Some("ja".into()),
        ..Settings::default()
    }
    .save(dir.path())
    .unwrap();
    let mut s = Session::open_with(dir.path(), KdfParams::insecure_for_tests()).unwrap();
    s.setup("Sato", PASS, PASS).unwrap();

    for chunk in MARKERS.chunks(4) {
        let mut r = s.new_patient().unwrap();
        r.profile.names.native = chunk[0].into();
        r.profile.names.native_lang = "ja".into();
        r.profile.names.katakana = chunk.get(1).copied().unwrap_or_default().into();
        r.profile.names.latin_family = chunk.get(2).copied().unwrap_or_default().into();
        r.profile.contact.phone = chunk.get(3).copied().unwrap_or_default().into();
        r.patient_statement = Some(PatientText {
            original: chunk.join(" / "),
            original_lang: "ja".into(),
            translation: None,
        });
        r.allergies = Section::NotAsked;
        let saved = s.save_patient(r).unwrap();
        // A second save leaves an overwritten version behind in the engine's log: still sealed.
        let mut again = saved.record;
        again.patient_statement = Some(PatientText {
            original: chunk.concat(),
            original_lang: "ja".into(),
            translation: None,
        });
        s.save_patient(again).unwrap();
    }
    for marker in MARKERS.iter().take(3) {
        assert!(
            !s.search_patients(marker).unwrap().is_empty(),
            "search must still find {marker}"
        );
    }
    let mut term = kakehashi_glossary::Concept::new_user("glossmarker-id");
    let mut ja = kakehashi_glossary::LocaleTerms::new("院内用語マーカー");
    ja.reading = Some("いんないようごまーかー".into());
    term.terms.insert(kakehashi_glossary::Locale::Ja, ja);
    let mut en = kakehashi_glossary::LocaleTerms::new("GLOSSMARKER-user-term");
    en.synonyms.push("诊所术语标记".into());
    term.terms.insert(kakehashi_glossary::Locale::En, en);
    term.definition
        .insert(kakehashi_glossary::Locale::Ja, "定義マーカー文".into());
    term.source = "出典マーカー".into();
    let stored = s.add_user_concept(term).unwrap();
    s.update_user_concept(stored).unwrap();
    assert!(!kakehashi_app::terms::search_in(s.glossary(), "院内用語マーカー", 3).is_empty());
    transfer::backup_rotating(&mut s, &dir.path().join("backups"), 3).unwrap();
    s.lock();
    drop(s);

    let mut files = Vec::new();
    all_files(dir.path(), &mut files);
    assert!(
        files.len() > 3,
        "expected store, settings and backup files, found {files:?}"
    );
    let mut leaks = Vec::new();
    for f in &files {
        let bytes = std::fs::read(f).unwrap();
        for marker in MARKERS {
            for enc in encodings(marker) {
                if bytes.windows(enc.len()).any(|w| w == enc.as_slice()) {
                    leaks.push(format!("{marker} in {}", f.display()));
                }
            }
        }
    }
    assert!(leaks.is_empty(), "plaintext found on disk:\n{}", leaks.join("\n"));
}

#[test]
fn the_scan_would_catch_a_leak() {
    // Guards the test above: the same scan finds a marker written in the clear.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("leak.txt"),
        "x 山田花子マーカー y"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect::<Vec<u8>>(),
    )
    .unwrap();
    let bytes = std::fs::read(dir.path().join("leak.txt")).unwrap();
    let found = encodings(MARKERS[0])
        .iter()
        .any(|enc| bytes.windows(enc.len()).any(|w| w == enc.as_slice()));
    assert!(found);
}
