#![allow(clippy::unwrap_used, clippy::expect_used)]
use kakehashi_handoff::*;

#[test]
#[ignore]
fn render_samples_to_tmp_for_viewing() {
    for (i, record) in kakehashi_model::samples().iter().enumerate() {
        let mut o = HandoffOptions::at("2026-11-21T20:00:00+09:00");
        o.clinic = "サンプル再生医療クリニック".into();
        o.staff = Staff {
            coordinator: "佐藤 花子".into(),
            interpreter: "李 明".into(),
            physician: "山田 太郎".into(),
        };
        o.record_version = "7".into();
        o.alerts = vec![AlertItem {
            severity: AlertSeverity::Stop,
            title: "静脈内投与：肺塞栓の既往".into(),
            rationale: "根拠: テスト".into(),
        }];
        let t = std::time::Instant::now();
        let bytes = render_record(record, &o).unwrap();
        eprintln!("{} {} bytes in {:?}", record.id, bytes.len(), t.elapsed());
        std::fs::write(format!("/tmp/sample-{i}.pdf"), bytes).unwrap();
    }
}
