//! The shape of the workspace: dependency arrows point one way, and only the shell knows Tauri.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;

use kakehashi_tests::workspace_root;

/// Every workspace package: name → the names of all its dependencies (any section, any target).
fn packages() -> BTreeMap<String, Vec<String>> {
    let root = workspace_root();
    let mut dirs: Vec<_> = std::fs::read_dir(root.join("crates"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    dirs.push(root.join("src-tauri"));
    dirs.push(root.join("tests"));
    let mut out = BTreeMap::new();
    for dir in dirs {
        let Ok(text) = std::fs::read_to_string(dir.join("Cargo.toml")) else {
            continue;
        };
        let manifest: toml::Value = text.parse().unwrap();
        let name = manifest["package"]["name"].as_str().unwrap().to_owned();
        let mut deps = Vec::new();
        collect_deps(&manifest, &mut deps);
        if let Some(targets) = manifest.get("target").and_then(|t| t.as_table()) {
            for target in targets.values() {
                collect_deps(target, &mut deps);
            }
        }
        out.insert(name, deps);
    }
    out
}

fn collect_deps(table: &toml::Value, into: &mut Vec<String>) {
    for section in ["dependencies", "dev-dependencies", "build-dependencies"] {
        if let Some(deps) = table.get(section).and_then(|d| d.as_table()) {
            for (key, value) in deps {
                // `foo = { package = "bar" }` depends on bar.
                let real = value.get("package").and_then(|p| p.as_str()).unwrap_or(key);
                into.push(real.to_owned());
            }
        }
    }
}

#[test]
fn only_the_shell_depends_on_tauri() {
    let offenders: Vec<String> = packages()
        .into_iter()
        .filter(|(name, _)| name != "kakehashi")
        .filter(|(_, deps)| deps.iter().any(|d| d == "tauri" || d.starts_with("tauri-")))
        .map(|(name, _)| name)
        .collect();
    assert!(
        offenders.is_empty(),
        "only src-tauri may depend on tauri; also found in {offenders:?}"
    );
}

#[test]
fn the_shell_really_is_the_tauri_crate() {
    // Guards the test above against a rename that would make it vacuous.
    let pkgs = packages();
    assert!(pkgs["kakehashi"].iter().any(|d| d == "tauri"));
}

#[test]
fn domain_crates_do_not_depend_on_the_application_layer() {
    // Arrows point shell/CLI → app → domain crates → i18n/fold; never back up.
    let pkgs = packages();
    for (name, deps) in &pkgs {
        let allowed_to_use_app = matches!(name.as_str(), "kakehashi" | "kakehashi-cli" | "kakehashi-tests");
        if !allowed_to_use_app {
            assert!(
                !deps.iter().any(|d| d == "kakehashi-app"),
                "{name} depends on kakehashi-app"
            );
        }
        assert!(
            !deps.iter().any(|d| d == "kakehashi"),
            "{name} depends on the shell"
        );
        assert!(
            !deps.iter().any(|d| d == "kakehashi-cli"),
            "{name} depends on the CLI"
        );
    }
    for leaf in ["kakehashi-i18n", "kakehashi-fold"] {
        let deps = &pkgs[leaf];
        assert!(
            !deps.iter().any(|d| d.starts_with("kakehashi")),
            "{leaf} must not depend on other project crates"
        );
    }
}
