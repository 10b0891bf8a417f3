//! The TypeScript declarations the UI will be generated from describe the same JSON as serde writes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use kakehashi_model::*;
use ts_rs::TS;

#[test]
fn sections_and_facts_are_tagged_by_kind_for_the_ui() {
    let section = Section::<Allergy>::decl(&ts_rs::Config::default());
    assert!(section.contains("\"kind\": \"not-asked\""), "{section}");
    assert!(section.contains("\"kind\": \"confirmed-none\""), "{section}");
    assert!(section.contains("entries: Array<T>"), "{section}");
    let fact = Fact::<String>::decl(&ts_rs::Config::default());
    assert!(fact.contains("\"kind\": \"known\""), "{fact}");
}

#[test]
fn dates_numbers_and_ids_are_strings_in_typescript() {
    let cfg = ts_rs::Config::default();
    for decl in [
        PartialDate::decl(&cfg),
        Date::decl(&cfg),
        Decimal::decl(&cfg),
        RecordId::decl(&cfg),
    ] {
        assert!(decl.contains("= string"), "{decl}");
    }
    let record = PatientRecord::decl(&cfg);
    assert!(record.contains("schemaVersion: number"), "{record}");
    assert!(record.contains("plannedTreatment: PlannedTreatment"), "{record}");
}
