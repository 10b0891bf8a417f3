//! What the handoff tests and the benchmark share: a sample record by id, and the options a
//! clinic would print with (staff names, a stop alert).
#![allow(dead_code, clippy::unwrap_used)]

use kakehashi_handoff::{AlertItem, AlertSeverity, HandoffOptions, Staff};
use kakehashi_model::PatientRecord;

pub fn sample(id: &str) -> PatientRecord {
    kakehashi_model::samples()
        .into_iter()
        .find(|r| r.id.as_str() == id)
        .unwrap()
}

pub fn options() -> HandoffOptions {
    let mut o = HandoffOptions::at("2026-11-21T20:00:00+09:00");
    o.clinic = "サンプル再生医療クリニック".into();
    o.staff = Staff {
        coordinator: "佐藤 花子".into(),
        interpreter: "陳 怡君".into(),
        physician: "山田 太郎".into(),
    };
    o.record_version = "12".into();
    o.alerts = vec![AlertItem {
        severity: AlertSeverity::Stop,
        title: "自己脂肪由来幹細胞の静脈内投与".into(),
        rationale: "肺塞栓のリスク（2025年の死亡事例、緊急命令）".into(),
    }];
    o
}
