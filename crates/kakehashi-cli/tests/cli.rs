//! The CLI as a batch user meets it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

fn cli() -> Command {
    Command::new(env!("CARGO_BIN_EXE_kakehashi-cli"))
}

#[test]
fn version_prints_the_workspace_version() {
    let out = cli().arg("--version").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        text.trim(),
        format!("kakehashi-cli {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn help_names_the_data_folder_variable() {
    let out = cli().arg("--help").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("KAKEHASHI_DATA_DIR"), "{text}");
    assert!(text.contains("info"), "{text}");
}

#[test]
fn info_reports_the_folder_from_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let out = cli()
        .arg("info")
        .env("KAKEHASHI_DATA_DIR", dir.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["dataDir"], dir.path().display().to_string());
    assert!(json["locales"].as_array().unwrap().iter().any(|l| l == "ja"));
}

#[test]
fn an_unknown_subcommand_fails_with_usage() {
    let out = cli().arg("no-such-thing").output().unwrap();
    assert!(!out.status.success());
}
