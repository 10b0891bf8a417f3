//! Staff keep their own glossary terms in the encrypted store: added, found as they type, edited,
//! deleted, imported only after a preview and a yes, exported with the built-in terms.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use kakehashi_app::session::Session;
use kakehashi_app::terms;
use kakehashi_app::user_terms::ExportFormat;
use kakehashi_app::AppError;
use kakehashi_glossary::{Concept, Locale, LocaleTerms, ReviewState};
use kakehashi_store::{AuditAction, KdfParams};

const PASS: &str = "correct horse battery";

fn open(dir: &std::path::Path) -> Session {
    Session::open_with(dir, KdfParams::insecure_for_tests()).unwrap()
}

fn unlocked(dir: &std::path::Path) -> Session {
    let mut s = open(dir);
    s.setup("Sato", PASS, PASS).unwrap();
    s
}

/// A clinic's own word for its cell-processing room, in Japanese (with reading) and Chinese.
fn clinic_term() -> Concept {
    let mut c = Concept::new_user("");
    let mut ja = LocaleTerms::new("細胞培養加工室ひまわり");
    ja.reading = Some("さいぼうばいようかこうしつひまわり".into());
    ja.synonyms = vec!["ひまわりラボ".into()];
    c.terms.insert(Locale::Ja, ja);
    c.terms
        .insert(Locale::ZhHans, LocaleTerms::new("向日葵细胞培养室"));
    c.definition.insert(Locale::Ja, "当院の細胞培養加工施設。".into());
    c.source = "当院の施設名".into();
    c
}

fn write(dir: &std::path::Path, name: &str, text: &str) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

const SMALL_TBX: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="clinic-shuttle">
  <langSet xml:lang="ja"><tig><term>送迎シャトル</term></tig></langSet>
  <langSet xml:lang="en"><tig><term>clinic shuttle</term></tig></langSet>
</termEntry>
<termEntry id="bad-one">
  <langSet xml:lang="en"><tig><term>broken
term</term></tig></langSet>
</termEntry>
<termEntry id="iv-drip">
  <langSet xml:lang="en"><tig><term>drip line</term></tig></langSet>
</termEntry>
</body></text></martif>
"#;

#[test]
fn a_term_staff_add_is_found_as_they_type_and_survives_a_relaunch() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = unlocked(dir.path());
    let stored = s.add_user_concept(clinic_term()).unwrap();
    assert!(stored.id.starts_with("user-"), "{}", stored.id);
    assert_eq!(stored.review, ReviewState::NeedsReview);

    let hits = terms::search_in(s.glossary(), "ひまわりら", 10);
    let hit = hits
        .iter()
        .find(|h| h.concept.id == stored.id)
        .expect("found by prefix");
    assert!(hit.user_term, "marked as a staff term");
    assert_eq!(hit.concept.preferred(Locale::ZhHans), Some("向日葵细胞培养室"));
    let built_in = terms::search_in(s.glossary(), "アナフィラキシー", 5);
    assert!(!built_in[0].user_term);

    let found = terms::find_in_text_in(s.glossary(), "明日は細胞培養加工室ひまわりで説明します");
    assert!(found.iter().any(|m| m.concept_id == stored.id && m.user_term));

    s.lock();
    assert!(
        terms::search_in(s.glossary(), "ひまわりら", 10).is_empty(),
        "a locked app shows only the built-in glossary"
    );
    drop(s);

    let mut s = open(dir.path());
    s.unlock("Suzuki", PASS).unwrap();
    let hits = terms::search_in(s.glossary(), "向日葵", 10);
    assert!(hits.iter().any(|h| h.concept.id == stored.id));
    assert_eq!(s.user_concepts().unwrap(), vec![stored]);
}

#[test]
fn editing_and_deleting_are_audited_with_the_concept_id() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = unlocked(dir.path());
    let mut c = s.add_user_concept(clinic_term()).unwrap();
    c.terms.get_mut(&Locale::Ja).unwrap().avoid = vec!["ラボ".into()];
    c.review = ReviewState::Verified;
    s.update_user_concept(c.clone()).unwrap();
    assert_eq!(s.user_concepts().unwrap()[0].terms[&Locale::Ja].avoid, ["ラボ"]);
    s.delete_user_concept(&c.id).unwrap();
    assert!(s.user_concepts().unwrap().is_empty());
    assert!(terms::search_in(s.glossary(), "ひまわりら", 10).is_empty());
    assert!(matches!(
        s.delete_user_concept(&c.id),
        Err(AppError::NotFound { .. })
    ));

    let trail = s.store_unlocked().unwrap().audit_entries().unwrap();
    let glossary: Vec<_> = trail
        .iter()
        .filter(|e| e.collection.as_deref() == Some("user-glossary"))
        .map(|e| (e.action, e.items.clone(), e.actor.clone()))
        .collect();
    let id = vec![c.id.clone()];
    assert_eq!(
        glossary,
        [
            (AuditAction::Create, id.clone(), "Sato".to_owned()),
            (AuditAction::Update, id.clone(), "Sato".to_owned()),
            (AuditAction::Delete, id, "Sato".to_owned()),
        ]
    );
}

#[test]
fn bad_input_is_refused_naming_the_field_and_nothing_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = unlocked(dir.path());
    let mut c = clinic_term();
    c.terms.get_mut(&Locale::Ja).unwrap().reading = Some("saibou".into());
    match s.add_user_concept(c).unwrap_err() {
        AppError::InvalidInput { fields, message } => {
            assert_eq!(message.id, "glossary-user-error-invalid");
            assert_eq!(fields[0].field, "terms.ja.reading");
            assert_eq!(fields[0].message.id, "glossary-user-error-reading-kana");
        }
        other => panic!("{other:?}"),
    }
    let empty = Concept::new_user("nothing-here");
    let err = s.add_user_concept(empty).unwrap_err();
    assert!(matches!(&err, AppError::InvalidInput { fields, .. } if fields[0].field == "terms"));
    assert!(s.user_concepts().unwrap().is_empty());

    let first = s.add_user_concept(clinic_term()).unwrap();
    let mut again = clinic_term();
    again.id = first.id.clone();
    let err = s.add_user_concept(again).unwrap_err();
    assert!(matches!(&err, AppError::InvalidInput { fields, .. } if fields[0].field == "id"));
}

#[test]
fn a_locked_store_refuses_user_terms() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = unlocked(dir.path());
    s.lock();
    assert!(matches!(
        s.add_user_concept(clinic_term()),
        Err(AppError::Locked { .. })
    ));
    assert!(matches!(s.user_concepts(), Err(AppError::Locked { .. })));
}

#[test]
fn a_built_in_concept_copied_and_adapted_adds_the_staff_terms_to_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = unlocked(dir.path());
    let mut copy = kakehashi_glossary::Glossary::builtin()
        .concept("iv-drip")
        .expect("built-in iv-drip")
        .clone();
    copy.terms
        .get_mut(&Locale::En)
        .unwrap()
        .synonyms
        .push("drip line".into());
    s.add_user_concept(copy).unwrap();
    let hits = terms::search_in(s.glossary(), "drip line", 5);
    let hit = hits.iter().find(|h| h.concept.id == "iv-drip").expect("found");
    assert!(hit.user_term, "the staff synonym is marked");
    assert_eq!(
        hit.concept.preferred(Locale::Ja),
        kakehashi_glossary::Glossary::builtin().preferred("iv-drip", Locale::Ja),
        "the built-in wording stays preferred"
    );
    let plain = terms::search_in(s.glossary(), "点滴", 5);
    let plain = plain.iter().find(|h| h.concept.id == "iv-drip").unwrap();
    assert!(
        !plain.user_term,
        "built-in terms of the same concept are not marked"
    );
}

#[test]
fn an_import_is_previewed_then_stored_only_after_a_yes_and_only_all_or_confirmed_partial() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = unlocked(dir.path());
    let file = write(dir.path(), "small.tbx", SMALL_TBX);
    let review = s.preview_import(&file).unwrap();
    assert_eq!(review.new_ids, ["clinic-shuttle"]);
    assert_eq!(review.extends_builtin, ["iv-drip"]);
    assert!(!review.problems.is_empty());
    assert!(
        review
            .problems
            .iter()
            .all(|p| p.line == Some(7) || p.line == Some(8)),
        "each problem names its line: {:?}",
        review.problems
    );
    assert!(s.user_concepts().unwrap().is_empty(), "a preview stores nothing");

    let refused = s.commit_import(review.token, false).unwrap_err();
    assert_eq!(refused.message().id, "glossary-error-import-has-problems");
    assert!(
        s.user_concepts().unwrap().is_empty(),
        "nothing partially imported"
    );
    assert!(matches!(
        s.commit_import(review.token + 7, true),
        Err(AppError::Refused { .. })
    ));

    let done = s.commit_import(review.token, true).unwrap();
    assert_eq!((done.imported, done.left_out), (2, 1));
    let stored = s.user_concepts().unwrap();
    assert!(stored.iter().all(|c| c.review == ReviewState::NeedsReview));
    assert!(terms::search_in(s.glossary(), "送迎シャトル", 3)[0].user_term);
    assert!(
        matches!(s.commit_import(review.token, true), Err(AppError::Refused { .. })),
        "once only"
    );

    let again = s.preview_import(&file).unwrap();
    assert_eq!(again.unchanged.len(), 2, "{again:?}");
    assert!(again.new_ids.is_empty());

    let trail = s.store_unlocked().unwrap().audit_entries().unwrap();
    let import = trail.iter().find(|e| e.action == AuditAction::Import).unwrap();
    assert_eq!(import.items, ["clinic-shuttle", "iv-drip"]);
}

#[test]
fn hostile_files_are_reported_not_imported() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = unlocked(dir.path());
    let bomb = write(
        dir.path(),
        "bomb.tbx",
        r#"<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><martif><text><body><termEntry><langSet xml:lang="en"><tig><term>&b;</term></tig></langSet></termEntry></body></text></martif>"#,
    );
    let review = s.preview_import(&bomb).unwrap();
    assert!(!review.problems.is_empty());
    let garbage = write(dir.path(), "x.csv", "\u{0}\u{1}ja,en\n\"unclosed,");
    let review = s.preview_import(&garbage).unwrap();
    assert!(!review.problems.is_empty());
    let missing = s.preview_import(&dir.path().join("none.tbx")).unwrap_err();
    assert!(matches!(&missing, AppError::InvalidInput { fields, .. } if fields[0].field == "file"));
}

#[test]
fn the_export_holds_user_terms_while_unlocked_and_translate_toolkit_shape_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = unlocked(dir.path());
    s.add_user_concept(clinic_term()).unwrap();
    for (format, name) in [
        (ExportFormat::Tbx, "g.tbx"),
        (ExportFormat::TbxV3, "g3.tbx"),
        (ExportFormat::Csv, "g.csv"),
    ] {
        let out = dir.path().join(name);
        s.export_glossary(format, &out).unwrap();
        let text = std::fs::read_to_string(&out).unwrap();
        assert!(text.contains("細胞培養加工室ひまわり"), "{name}");
        assert!(
            text.contains("アナフィラキシー"),
            "{name} has the built-in terms too"
        );
        // What we write we can read back.
        let preview = kakehashi_glossary::import_file(&out).unwrap();
        assert!(preview.problems.is_empty(), "{name}: {:?}", preview.problems);
    }
    let trail = s.store_unlocked().unwrap().audit_entries().unwrap();
    let exports: Vec<_> = trail.iter().filter(|e| e.action == AuditAction::Export).collect();
    assert_eq!(exports.len(), 3, "each export of user terms is audited");
    assert!(exports[0].transfer.as_ref().unwrap().recipient.ends_with("g.tbx"));
    s.lock();
    let out = dir.path().join("locked.tbx");
    s.export_glossary(ExportFormat::Tbx, &out).unwrap();
    assert!(!std::fs::read_to_string(&out).unwrap().contains("ひまわり"));
}

#[test]
fn a_backup_restored_elsewhere_still_finds_the_user_terms() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = unlocked(dir.path());
    let c = s.add_user_concept(clinic_term()).unwrap();
    let backup = dir.path().join("b.kkbak");
    kakehashi_app::transfer::backup_to(&mut s, &backup).unwrap();
    drop(s);
    let other = tempfile::tempdir().unwrap();
    kakehashi_store::restore_backup(
        &backup,
        &other.path().join("store"),
        &kakehashi_store::Actor::new("Tanaka").unwrap(),
        kakehashi_store::Unlock::Passphrase(PASS),
    )
    .unwrap();
    let mut s = open(other.path());
    s.unlock("Tanaka", PASS).unwrap();
    assert!(terms::search_in(s.glossary(), "ひまわりラボ", 5)
        .iter()
        .any(|h| h.concept.id == c.id));
}

#[test]
fn an_entry_the_file_format_allows_but_the_rules_do_not_is_reported_at_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = unlocked(dir.path());
    let file = write(
        dir.path(),
        "readings.csv",
        "id,ja,ja-reading,en\nfine,院内略語,いんないりゃくご,in-house abbreviation\nlatin-reading,送迎,sougei,shuttle\n",
    );
    let review = s.preview_import(&file).unwrap();
    assert_eq!(review.new_ids, ["fine"]);
    let p = &review.problems[0];
    assert_eq!(p.message.id, "glossary-user-import-invalid");
    assert_eq!((p.line, p.entry), (Some(3), Some(2)));
}
