//! The UI's TypeScript types are generated from the Rust types and must be current.
//!
//! Regenerate after changing a type that crosses IPC:
//! `KAKEHASHI_UPDATE_BINDINGS=1 cargo test -p kakehashi-tests --test bindings`
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::path::Path;

use kakehashi_tests::{files_with_extensions, workspace_root};

fn read_tree(dir: &Path) -> BTreeMap<String, String> {
    files_with_extensions(dir, &[".ts"])
        .into_iter()
        .map(|p| {
            let rel = p
                .strip_prefix(dir)
                .unwrap_or(&p)
                .to_string_lossy()
                .replace('\\', "/");
            (rel, std::fs::read_to_string(&p).unwrap_or_default())
        })
        .collect()
}

#[test]
fn typescript_bindings_match_the_rust_types() {
    let committed_dir = workspace_root().join("ui/src/bindings");
    let fresh = tempfile::tempdir().unwrap();
    kakehashi_app::ipc::export_typescript(fresh.path()).unwrap();
    let generated = read_tree(fresh.path());
    assert!(!generated.is_empty(), "the generator wrote nothing");

    if std::env::var_os("KAKEHASHI_UPDATE_BINDINGS").is_some() {
        let _ = std::fs::remove_dir_all(&committed_dir);
        std::fs::create_dir_all(&committed_dir).unwrap();
        for (rel, text) in &generated {
            let dest = committed_dir.join(rel);
            std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
            std::fs::write(dest, text).unwrap();
        }
        return;
    }

    let committed = read_tree(&committed_dir);
    let stale: Vec<&String> = generated
        .keys()
        .filter(|k| committed.get(*k) != generated.get(*k))
        .collect();
    let orphaned: Vec<&String> = committed.keys().filter(|k| !generated.contains_key(*k)).collect();
    assert!(
        stale.is_empty() && orphaned.is_empty(),
        "ui/src/bindings is out of date (changed or missing: {stale:?}; no longer generated: {orphaned:?}).\n\
         Run: KAKEHASHI_UPDATE_BINDINGS=1 cargo test -p kakehashi-tests --test bindings"
    );
}
