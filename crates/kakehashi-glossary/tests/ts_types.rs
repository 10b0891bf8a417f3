#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The types the UI receives have TypeScript declarations that match their JSON.

use kakehashi_glossary::{Concept, Hit, ImportPreview, ImportProblem, MatchKind, TextMatch, ZhCoverage};
use ts_rs::{Config, TS};

#[test]
fn result_types_declare_their_typescript_shape() {
    let cfg = Config::default();
    let hit = <Hit as TS>::decl(&cfg);
    assert!(hit.contains("concept: Concept"), "{hit}");
    assert!(hit.contains("how: MatchKind"), "{hit}");
    let concept = <Concept as TS>::decl(&cfg);
    assert!(concept.contains("terms:"), "{concept}");
    assert!(<MatchKind as TS>::decl(&cfg).contains("\"fuzzy\""));
    assert!(<TextMatch as TS>::decl(&cfg).contains("conceptId: string"));
    assert!(<ImportPreview as TS>::decl(&cfg).contains("problems: Array<ImportProblem>"));
    assert!(<ImportProblem as TS>::decl(&cfg).contains("line?: "));
    assert!(<ZhCoverage as TS>::decl(&cfg).contains("hantFoldsToHans"));
}
