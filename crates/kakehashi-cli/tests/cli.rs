//! The CLI as a batch user meets it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use kakehashi_app::session::Session;
use kakehashi_store::KdfParams;

const PASS: &str = "correct horse battery";

fn cli() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_kakehashi-cli"));
    // Messages in English, whatever the machine's locale.
    c.env("LANG", "en_US.UTF-8")
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    c
}

fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn sample_json(name: &str) -> String {
    kakehashi_model::sample_sources()
        .iter()
        .find(|(n, _)| n.contains(name))
        .unwrap()
        .1
        .to_owned()
}

/// A data folder with a store holding the sample patients.
fn store_with_samples(dir: &Path) {
    let mut s = Session::open_with(dir, KdfParams::insecure_for_tests()).unwrap();
    s.setup("Sato", PASS, PASS).unwrap();
    s.load_samples().unwrap();
}

#[test]
fn version_prints_the_workspace_version() {
    let text = ok(&cli().arg("--version").output().unwrap());
    assert_eq!(
        text.trim(),
        format!("kakehashi-cli {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn help_names_the_data_folder_variable_and_every_command() {
    let text = ok(&cli().arg("--help").output().unwrap());
    assert!(text.contains("KAKEHASHI_DATA_DIR"), "{text}");
    for cmd in [
        "info", "check", "handoff", "backup", "verify", "restore", "export", "glossary",
    ] {
        assert!(text.contains(cmd), "--help does not list {cmd}");
    }
}

#[test]
fn info_reports_the_folder_from_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let text = ok(&cli()
        .arg("info")
        .env("KAKEHASHI_DATA_DIR", dir.path())
        .output()
        .unwrap());
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["dataDir"], dir.path().display().to_string());
    assert!(json["locales"].as_array().unwrap().iter().any(|l| l == "ja"));
}

#[test]
fn check_prints_the_checklist_items_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("record.json");
    std::fs::write(&path, sample_json("allergies-not-asked")).unwrap();
    let text = ok(&cli()
        .args(["check", path.to_str().unwrap(), "--date", "2026-11-21"])
        .output()
        .unwrap());
    let report: serde_json::Value = serde_json::from_str(&text).unwrap();
    let items = report["items"].as_array().unwrap();
    assert!(
        items
            .iter()
            .any(|i| i["ruleId"].as_str().unwrap().starts_with("R07")),
        "{text}"
    );
    assert!(items
        .iter()
        .all(|i| i["severity"].is_string() && i["fields"].is_array()));
}

#[test]
fn check_names_the_field_of_a_broken_record() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("record.json");
    std::fs::write(
        &path,
        sample_json("well-documented").replace("\"schemaVersion\"", "\"schemaVersionX\""),
    )
    .unwrap();
    let out = cli().args(["check", path.to_str().unwrap()]).output().unwrap();
    assert!(!out.status.success());
    assert!(!String::from_utf8_lossy(&out.stderr).trim().is_empty());
}

#[test]
fn handoff_writes_a_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("record.json");
    let out = dir.path().join("sheet.pdf");
    std::fs::write(&path, sample_json("well-documented")).unwrap();
    ok(&cli()
        .args(["handoff", path.to_str().unwrap(), "--out", out.to_str().unwrap()])
        .args(["--generated-at", "2026-11-21T10:00:00+09:00"])
        .output()
        .unwrap());
    let pdf = std::fs::read(&out).unwrap();
    assert!(pdf.starts_with(b"%PDF-"), "not a PDF");
}

#[test]
fn export_is_refused_without_the_unencrypted_acknowledgement() {
    let dir = tempfile::tempdir().unwrap();
    store_with_samples(dir.path());
    let out = dir.path().join("all.json");
    let res = cli()
        .args(["export", "--out", out.to_str().unwrap(), "--staff", "Sato"])
        .env("KAKEHASHI_DATA_DIR", dir.path())
        .env("KAKEHASHI_PASSPHRASE", PASS)
        .output()
        .unwrap();
    assert!(!res.status.success());
    assert!(!out.exists(), "an unacknowledged export wrote a file");
}

#[test]
fn backup_verify_and_restore_round_trip_every_record() {
    let dir = tempfile::tempdir().unwrap();
    store_with_samples(dir.path());
    let backup = dir.path().join("b.kkb");
    let env = |c: &mut Command| {
        c.env("KAKEHASHI_DATA_DIR", dir.path())
            .env("KAKEHASHI_PASSPHRASE", PASS);
    };
    let mut c = cli();
    env(&mut c);
    ok(&c
        .args(["backup", "--out", backup.to_str().unwrap(), "--staff", "Sato"])
        .output()
        .unwrap());

    let mut c = cli();
    env(&mut c);
    let report: serde_json::Value = serde_json::from_str(&ok(&c
        .args(["verify", backup.to_str().unwrap()])
        .output()
        .unwrap()))
    .unwrap();
    assert_eq!(
        report["records"].as_u64().unwrap() as usize,
        kakehashi_model::samples().len()
    );

    let target = dir.path().join("restored");
    let mut c = cli();
    env(&mut c);
    ok(&c
        .args([
            "restore",
            backup.to_str().unwrap(),
            "--into",
            target.to_str().unwrap(),
            "--staff",
            "Sato",
        ])
        .output()
        .unwrap());
    let mut s = Session::open(&target).unwrap();
    s.unlock("Sato", PASS).unwrap();
    assert_eq!(s.list_patients().unwrap().len(), kakehashi_model::samples().len());
}

#[test]
fn a_rotating_backup_goes_to_the_folder_and_keeps_the_count_set_in_the_app() {
    let dir = tempfile::tempdir().unwrap();
    let chosen = tempfile::tempdir().unwrap();
    store_with_samples(dir.path());
    let settings = kakehashi_app::settings::Settings {
        backup_dir: Some(chosen.path().display().to_string()),
        backup_keep: 2,
        ..Default::default()
    };
    settings.save(dir.path()).unwrap();
    let mut made = Vec::new();
    for _ in 0..3 {
        let out = ok(&cli()
            .args(["backup", "--staff", "Sato"])
            .env("KAKEHASHI_DATA_DIR", dir.path())
            .env("KAKEHASHI_PASSPHRASE", PASS)
            .output()
            .unwrap());
        made.push(PathBuf::from(out.trim()));
    }
    assert!(made.iter().all(|p| p.starts_with(chosen.path())), "{made:?}");
    let kept = std::fs::read_dir(chosen.path()).unwrap().count();
    assert_eq!(kept, 2, "only the newest two are kept");
    assert!(made[2].exists() && !made[0].exists());
    assert!(
        !dir.path().join("backups").exists(),
        "nothing went to the default folder"
    );
}

#[test]
fn a_wrong_passphrase_fails_with_a_message_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    store_with_samples(dir.path());
    let backup = dir.path().join("b.kkb");
    let res = cli()
        .args(["backup", "--out", backup.to_str().unwrap(), "--staff", "Sato"])
        .env("KAKEHASHI_DATA_DIR", dir.path())
        .env("KAKEHASHI_PASSPHRASE", "wrong wrong wrong")
        .output()
        .unwrap();
    assert!(!res.status.success());
    assert!(
        String::from_utf8_lossy(&res.stderr).contains("passphrase"),
        "{}",
        String::from_utf8_lossy(&res.stderr)
    );
    assert!(!backup.exists());
}

#[test]
fn glossary_export_and_reimport_agree() {
    let dir = tempfile::tempdir().unwrap();
    for format in ["tbx", "csv"] {
        let out = dir.path().join(format!("g.{format}"));
        ok(&cli()
            .args([
                "glossary",
                "export",
                "--format",
                format,
                "--out",
                out.to_str().unwrap(),
            ])
            .output()
            .unwrap());
        let text = ok(&cli()
            .args(["glossary", "import", out.to_str().unwrap()])
            .output()
            .unwrap());
        let n = kakehashi_glossary::Glossary::builtin().concepts().len();
        assert!(
            text.starts_with(&format!("{n} concepts, 0 problems")),
            "{format}: {text}"
        );
    }
}

#[test]
fn an_unknown_subcommand_fails_with_usage() {
    let out = cli().arg("no-such-thing").output().unwrap();
    assert!(!out.status.success());
}

const CLINIC_TBX: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="ja"><text><body>
<termEntry id="clinic-shuttle">
  <langSet xml:lang="ja"><tig><term>送迎シャトル便</term></tig></langSet>
  <langSet xml:lang="en"><tig><term>clinic shuttle bus</term></tig></langSet>
</termEntry>
</body></text></martif>
"#;

fn user_ids(dir: &Path) -> Vec<String> {
    let mut s = Session::open_with(dir, KdfParams::insecure_for_tests()).unwrap();
    s.unlock("Sato", PASS).unwrap();
    s.user_concepts().unwrap().into_iter().map(|c| c.id).collect()
}

fn run_with_stdin(mut c: Command, input: &str) -> Output {
    use std::io::Write;
    let mut child = c
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

/// `kakehashi-cli --staff Sato glossary import FILE --data-dir DATA`, to be completed by the test.
fn glossary_import(file: &Path, data: &Path) -> Command {
    let mut c = cli();
    c.args(["--staff", "Sato", "glossary", "import"])
        .arg(file)
        .arg("--data-dir")
        .arg(data);
    c
}

#[test]
fn glossary_import_into_a_store_asks_first_and_then_the_export_carries_the_user_terms() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    store_with_samples(&data);
    let file = dir.path().join("clinic.tbx");
    std::fs::write(&file, CLINIC_TBX).unwrap();
    let import = || glossary_import(&file, &data);

    // Staff answer "n": nothing is stored.
    let out = run_with_stdin(import(), &format!("{PASS}\nn\n"));
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("1 new"), "the preview shows the counts: {stderr}");
    assert!(user_ids(&data).is_empty());

    // Staff answer "y": stored.
    let out = run_with_stdin(import(), &format!("{PASS}\ny\n"));
    ok(&out);
    assert_eq!(user_ids(&data), ["clinic-shuttle"]);

    let tbx = dir.path().join("out.tbx");
    let mut export = cli();
    export
        .args([
            "--staff", "Sato", "glossary", "export", "--format", "tbx", "--out",
        ])
        .arg(&tbx)
        .arg("--data-dir")
        .arg(&data);
    ok(&run_with_stdin(export, &format!("{PASS}\n")));
    let text = std::fs::read_to_string(&tbx).unwrap();
    assert!(text.contains("送迎シャトル便") && text.contains("アナフィラキシー"));

    // Without a data folder the export is the built-in glossary alone.
    let plain = dir.path().join("plain.csv");
    ok(&cli()
        .args(["glossary", "export", "--format", "csv", "--out"])
        .arg(&plain)
        .env_remove("KAKEHASHI_DATA_DIR")
        .output()
        .unwrap());
    assert!(!std::fs::read_to_string(&plain)
        .unwrap()
        .contains("送迎シャトル便"));
}

#[test]
fn glossary_import_with_problems_needs_partial_on_top_of_yes() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    store_with_samples(&data);
    let file = dir.path().join("mixed.csv");
    std::fs::write(
        &file,
        "id,ja,en\nok-term,院内略語,in-house abbreviation\nbroken,\"a\",b,c\n",
    )
    .unwrap();
    let import = |extra: &[&str]| {
        let mut c = glossary_import(&file, &data);
        c.args(extra).env("KAKEHASHI_PASSPHRASE", PASS);
        c.output().unwrap()
    };
    let out = import(&["--yes"]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr.to_lowercase().matches("line 3").count(),
        1,
        "problems name their line, once: {stderr}"
    );
    assert!(user_ids(&data).is_empty(), "nothing partially imported");

    ok(&import(&["--yes", "--partial"]));
    assert_eq!(user_ids(&data), ["ok-term"]);
}
