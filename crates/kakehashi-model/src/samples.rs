//! Fictional sample patients, for demos, the UI and other crates' tests. None is a real person.

use crate::record::PatientRecord;

const SAMPLE_FILES: &[(&str, &str)] = &[
    (
        "iv-adipose-msc-gaps.json",
        include_str!("../samples/iv-adipose-msc-gaps.json"),
    ),
    ("exosome-iv.json", include_str!("../samples/exosome-iv.json")),
    (
        "well-documented.json",
        include_str!("../samples/well-documented.json"),
    ),
    (
        "anaphylaxis-history.json",
        include_str!("../samples/anaphylaxis-history.json"),
    ),
    (
        "allergies-not-asked.json",
        include_str!("../samples/allergies-not-asked.json"),
    ),
    ("nk-cells-iv.json", include_str!("../samples/nk-cells-iv.json")),
];

/// The sample records (all marked `sample: true`). A sample file that does not parse is a
/// build defect caught by this crate's tests; it is left out rather than stopping the app.
pub fn samples() -> Vec<PatientRecord> {
    SAMPLE_FILES
        .iter()
        .filter_map(|(_, json)| serde_json::from_str(json).ok())
        .collect()
}

/// (file name, JSON) of every sample, for tests that report which file is wrong.
#[doc(hidden)]
pub fn sample_sources() -> &'static [(&'static str, &'static str)] {
    SAMPLE_FILES
}
