#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A stolen laptop: nothing a coordinator entered may be readable in any file under the data
//! folder — store, backups, temporary files — in UTF-8 or UTF-16, as entered or folded for search.
mod common;

use common::*;
use kakehashi_store::{Actor, KdfParams, NameForm, NameKind, Store, SummaryFields, TransferKind, Unlock};

const MARKERS: &[&str] = &[
    "佐藤花子",
    "高橋健一郎",
    "さとうはなこ",
    "タカハシケンイチロウ",
    "ｻﾄｳﾊﾅｺ",
    "Nguyễn Thị Lan",
    "Trần Quốc Bảo",
    "NGUYENTHILAN",
    "Zhang Weiqiang",
    "張偉強",
    "张伟强",
    "김서연",
    "Олейникова",
    "สมชาย",
    "Fitzgerald-Okonkwo",
    "ペニシリンアレルギー",
    "ワルファリン服用中",
    "HBsAg陽性",
    "1968-02-29",
    "Hospital Bạch Mai",
    "São Paulo 55-11",
    "Dr. Yamamoto-Klinik",
    "乳がん既往",
];

#[test]
fn no_marker_entered_through_the_store_appears_in_any_file() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = store_dir(&tmp);
    let backups = tmp.path().join("backups");
    let (mut store, recovery) = new_store(&dir);
    let actor = Actor::new("Fitzgerald-Okonkwo").unwrap();
    let mut ids = Vec::new();
    for chunk in MARKERS.chunks(3) {
        let record = intake(chunk[0], chunk.get(1).unwrap_or(&""), &chunk.join(" / "));
        let summary = SummaryFields {
            names: chunk
                .iter()
                .map(|m| NameForm {
                    kind: NameKind::Other,
                    text: (*m).to_string(),
                })
                .collect(),
            date_of_birth: Some("1968-02-29".into()),
            sample: false,
        };
        let id = store
            .save(&actor, None, &record, &summary, &fields(&["notes"]))
            .unwrap()
            .id;
        store
            .save(&actor, Some(id), &record, &summary, &fields(&["notes"]))
            .unwrap();
        let _: Intake = store.load(&actor, id).unwrap();
        store
            .record_transfer(&actor, id, TransferKind::Print, "Dr. Yamamoto-Klinik", &[])
            .unwrap();
        ids.push(id);
    }
    assert_eq!(
        store.search("さとう").unwrap().len(),
        2,
        "hiragana and half-width kana forms"
    );
    store.delete(&actor, ids[0]).unwrap();
    store.backup_rotating(&actor, &backups, 2).unwrap();
    store.backup_to(&actor, &tmp.path().join("manual.kkbak")).unwrap();
    store
        .change_passphrase(&actor, "ワルファリン服用中", KdfParams::insecure_for_tests())
        .unwrap();
    drop(store);
    let restored = tmp.path().join("restored");
    let backup = kakehashi_store::newest_intact_backup(&backups).unwrap();
    drop(
        kakehashi_store::restore_backup(&backup, &restored, &actor, Unlock::RecoveryKey(&recovery)).unwrap(),
    );
    let mut reopened = Store::open(&dir).unwrap();
    reopened
        .unlock(&actor, Unlock::Passphrase("ワルファリン服用中"))
        .unwrap();
    drop(reopened);

    let files = all_files(tmp.path());
    assert!(files.len() >= 6, "{files:?}");
    let mut needles: Vec<(String, Vec<u8>)> = Vec::new();
    for m in MARKERS.iter().copied().chain([PASS]) {
        let folded = kakehashi_fold::fold(m);
        for form in [m.to_string(), folded.clone(), folded.replace(' ', "")] {
            if form.chars().count() < 4 {
                continue;
            }
            needles.push((format!("{form} utf-8"), form.as_bytes().to_vec()));
            needles.push((
                format!("{form} utf-16le"),
                form.encode_utf16().flat_map(|u| u.to_le_bytes()).collect(),
            ));
            needles.push((
                format!("{form} utf-16be"),
                form.encode_utf16().flat_map(|u| u.to_be_bytes()).collect(),
            ));
        }
    }
    let mut found = Vec::new();
    for file in &files {
        let bytes = std::fs::read(file).unwrap();
        for (label, needle) in &needles {
            if bytes.windows(needle.len()).any(|w| w == needle.as_slice()) {
                found.push(format!("{label} in {}", file.display()));
            }
        }
    }
    assert!(found.is_empty(), "plaintext found on disk:\n{}", found.join("\n"));
}

#[test]
fn the_privacy_scan_itself_finds_a_plaintext_marker() {
    // Guards the test above against passing because it cannot see anything.
    let tmp = tempfile::tempdir().unwrap();
    let (mut store, _) = new_store(&store_dir(&tmp));
    store
        .save(&staff(), None, &intake(MARKERS[0], "", ""), &names(&[]), &[])
        .unwrap();
    let out = tmp.path().join("export.json");
    store
        .export_plaintext(
            &staff(),
            &out,
            kakehashi_store::PlainExportAck::staff_confirmed_unencrypted_export(),
        )
        .unwrap();
    let needle = MARKERS[0].as_bytes();
    let hits = all_files(tmp.path())
        .into_iter()
        .filter(|f| {
            std::fs::read(f)
                .unwrap()
                .windows(needle.len())
                .any(|w| w == needle)
        })
        .collect::<Vec<_>>();
    assert_eq!(hits, vec![out]);
}
