#![allow(clippy::unwrap_used, clippy::expect_used)]
use kakehashi_handoff::*;

mod support;

#[test]
#[ignore]
fn render_samples_to_tmp_for_viewing() {
    for (i, record) in kakehashi_model::samples().iter().enumerate() {
        let o = support::options();
        let t = std::time::Instant::now();
        let bytes = render_record(record, &o).unwrap();
        eprintln!("{} {} bytes in {:?}", record.id, bytes.len(), t.elapsed());
        std::fs::write(format!("/tmp/sample-{i}.pdf"), bytes).unwrap();
    }
}
