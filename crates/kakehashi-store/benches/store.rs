#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The store's figures, sled and SQLite side by side in the same run, with the same sealing:
//! the SQLite peer is just another [`Engine`] under the same [`Store`].
//!
//! `cargo bench -p kakehashi-store --bench store` (optionally `KAKEHASHI_BENCH_SAVES=1000`,
//! `KAKEHASHI_BENCH_PATIENTS=10000`). Prints a table; docs/store.md records the figures.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use kakehashi_store::{
    Actor, Engine, KdfParams, NameForm, NameKind, Op, Pair, Store, StoreError, SummaryFields, Tree, Unlock,
};
use rand::{Rng, SeedableRng};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

const PASS: &str = "bench passphrase";

// ---------------------------------------------------------------------------------------------
// The SQLite peer: WAL, synchronous=FULL, one WITHOUT ROWID table per tree.

struct SqliteEngine {
    dir: PathBuf,
    conn: Connection,
}

fn sql_err(op: &'static str, e: rusqlite::Error) -> StoreError {
    StoreError::Engine {
        op,
        detail: e.to_string(),
    }
}

fn table(tree: Tree) -> String {
    format!("\"{}\"", tree.name())
}

impl SqliteEngine {
    fn open(dir: &Path) -> SqliteEngine {
        std::fs::create_dir_all(dir).unwrap();
        let conn = Connection::open(dir.join("store.sqlite3")).unwrap();
        conn.pragma_update(None, "journal_mode", "WAL").unwrap();
        conn.pragma_update(None, "synchronous", "FULL").unwrap();
        for t in Tree::ALL {
            conn.execute(
                &format!(
                    "CREATE TABLE IF NOT EXISTS {} (k BLOB PRIMARY KEY, v BLOB NOT NULL) WITHOUT ROWID",
                    table(t)
                ),
                [],
            )
            .unwrap();
        }
        SqliteEngine {
            dir: dir.to_owned(),
            conn,
        }
    }
}

impl Engine for SqliteEngine {
    fn get(&self, tree: Tree, key: &[u8]) -> Result<Option<Vec<u8>>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!("SELECT v FROM {} WHERE k = ?1", table(tree)))
            .map_err(|e| sql_err("get", e))?;
        stmt.query_row(params![key], |r| r.get(0))
            .optional()
            .map_err(|e| sql_err("get", e))
    }

    fn scan(&self, tree: Tree) -> Result<Vec<Pair>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!("SELECT k, v FROM {} ORDER BY k", table(tree)))
            .map_err(|e| sql_err("scan", e))?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(|e| sql_err("scan", e))?;
        rows.collect::<Result<Vec<_>, _>>()
            .map_err(|e| sql_err("scan", e))
    }

    fn scan_prefix(&self, tree: Tree, prefix: &[u8]) -> Result<Vec<Pair>, StoreError> {
        Ok(self
            .scan(tree)?
            .into_iter()
            .filter(|(k, _)| k.starts_with(prefix))
            .collect())
    }

    fn last(&self, tree: Tree) -> Result<Option<Pair>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!(
                "SELECT k, v FROM {} ORDER BY k DESC LIMIT 1",
                table(tree)
            ))
            .map_err(|e| sql_err("last", e))?;
        stmt.query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()
            .map_err(|e| sql_err("last", e))
    }

    fn commit(&mut self, ops: &[Op]) -> Result<(), StoreError> {
        let tx = self.conn.transaction().map_err(|e| sql_err("begin", e))?;
        for op in ops {
            match op {
                Op::Put { tree, key, value } => {
                    let mut stmt = tx
                        .prepare_cached(&format!(
                            "INSERT OR REPLACE INTO {} (k, v) VALUES (?1, ?2)",
                            table(*tree)
                        ))
                        .map_err(|e| sql_err("put", e))?;
                    stmt.execute(params![key, value]).map_err(|e| sql_err("put", e))?;
                }
                Op::Delete { tree, key } => {
                    let mut stmt = tx
                        .prepare_cached(&format!("DELETE FROM {} WHERE k = ?1", table(*tree)))
                        .map_err(|e| sql_err("delete", e))?;
                    stmt.execute(params![key]).map_err(|e| sql_err("delete", e))?;
                }
            }
        }
        tx.commit().map_err(|e| sql_err("commit", e))
    }

    fn dir(&self) -> &Path {
        &self.dir
    }
}

// ---------------------------------------------------------------------------------------------
// A full intake, shaped like the real one: sections, lists, free text in two languages.

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Medication {
    name: String,
    dose: String,
    since: Option<String>,
    note_patient_language: String,
    note_japanese: String,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct LabResult {
    loinc: String,
    lab_code: String,
    value: String,
    unit: String,
    date: String,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Intake {
    names: Vec<(String, String)>,
    date_of_birth: Option<String>,
    nationality: String,
    language: String,
    passport_no: String,
    history: Vec<String>,
    medications: Vec<Medication>,
    allergies: Option<Vec<String>>,
    screening: Vec<LabResult>,
    tumour_markers: Vec<LabResult>,
    product: String,
    route: String,
    provision_plan: String,
    processing_facility: String,
    understanding_patient_words: String,
    understanding_japanese: String,
    interpreter_notes: String,
    introduced_by: String,
}

const FAMILY: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Wang", "Li", "Zhang", "Kim", "Park", "Smirnov", "Yamada", "García",
];
const GIVEN: &[&str] = &[
    "An", "Bảo", "Mai", "Wei", "Fang", "Minjun", "Seoyeon", "Olga", "Taro", "Lucía", "Hoa", "Jun",
];
const KANA: &[&str] = &[
    "グエン",
    "チャン",
    "レ",
    "ファム",
    "ワン",
    "リー",
    "チャン",
    "キム",
    "パク",
    "スミルノフ",
    "ヤマダ",
    "ガルシア",
];

fn intake(i: usize, rng: &mut impl Rng) -> (Intake, SummaryFields) {
    let f = rng.gen_range(0..FAMILY.len());
    let g = rng.gen_range(0..GIVEN.len());
    let latin = format!("{} {} {i}", FAMILY[f], GIVEN[g]);
    let kana = format!("{} {i}", KANA[f]);
    let lab = |loinc: &str, v: &str| LabResult {
        loinc: loinc.into(),
        lab_code: format!("L{}", loinc.replace('-', "")),
        value: v.into(),
        unit: "U/mL".into(),
        date: "2026-10-01".into(),
    };
    let record = Intake {
        names: vec![("latin".into(), latin.clone()), ("kana".into(), kana.clone())],
        date_of_birth: Some(format!(
            "19{:02}-0{}-1{}",
            rng.gen_range(40..99),
            rng.gen_range(1..9),
            rng.gen_range(0..9)
        )),
        nationality: "VN".into(),
        language: "vi".into(),
        passport_no: format!("C{:08}", rng.gen_range(0..99_999_999)),
        history: (0..6)
            .map(|k| {
                format!(
                    "Tiền sử bệnh {k}: tăng huyết áp, đái tháo đường type 2 / 既往歴 {k}: 高血圧、2型糖尿病"
                )
            })
            .collect(),
        medications: (0..8)
            .map(|k| Medication {
                name: format!("Thuốc {k} / 薬剤 {k}"),
                dose: "5 mg 1日1回".into(),
                since: if k % 2 == 0 { Some("2024-05".into()) } else { None },
                note_patient_language: "Uống sau bữa sáng, đôi khi quên liều buổi tối.".repeat(2),
                note_japanese: "朝食後に服用。夕方の服用を忘れることがある。".repeat(2),
            })
            .collect(),
        allergies: Some(vec!["Penicillin — phát ban / ペニシリン：発疹".into()]),
        screening: ["5196-1", "13955-0", "56888-1", "24110-9", "29901-6"]
            .iter()
            .map(|c| lab(c, "陰性"))
            .collect(),
        tumour_markers: ["2039-6", "1834-1", "24108-3", "10334-1"]
            .iter()
            .map(|c| lab(c, "3.1"))
            .collect(),
        product: "autologous adipose-derived MSC / 自己脂肪由来間葉系幹細胞".into(),
        route: "IV drip / 点滴静注".into(),
        provision_plan: "PB3000000".into(),
        processing_facility: "FA3000000".into(),
        understanding_patient_words:
            "Tôi hiểu rằng đây là điều trị chưa được chứng minh đầy đủ và có rủi ro tắc mạch phổi. ".repeat(8),
        understanding_japanese: "十分に証明された治療ではなく、肺塞栓のリスクがあることを理解している。"
            .repeat(8),
        interpreter_notes: "通訳メモ：患者は質問に落ち着いて答えた。".repeat(10),
        introduced_by: "Agency X, Hà Nội".into(),
    };
    let summary = SummaryFields {
        names: vec![
            NameForm {
                kind: NameKind::Latin,
                text: latin,
            },
            NameForm {
                kind: NameKind::Kana,
                text: kana,
            },
        ],
        date_of_birth: record.date_of_birth.clone(),
        sample: false,
    };
    (record, summary)
}

// ---------------------------------------------------------------------------------------------

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let idx = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[idx]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn dir_size(dir: &Path) -> u64 {
    let mut total = 0;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let m = e.metadata().unwrap();
            if m.is_dir() {
                stack.push(e.path());
            } else {
                total += m.len();
            }
        }
    }
    total
}

type Opener = Box<dyn Fn(&Path) -> Box<dyn Engine>>;

/// One engine under test. Every measurement alternates between the engines, so a burst of load
/// from elsewhere on the machine falls on both rather than on whichever ran at that moment.
struct Side {
    label: &'static str,
    dir: PathBuf,
    open: Opener,
    store: Option<Store>,
    saves: Vec<Duration>,
    opens: Vec<Duration>,
    /// (engine open, unlock, list) of each open, for the phase table.
    phases: Vec<[Duration; 3]>,
    searches: Vec<Duration>,
}

fn sorted(mut v: Vec<Duration>) -> Vec<Duration> {
    v.sort();
    v
}

fn main() {
    // `cargo test --benches` runs bench binaries too; only measure under `cargo bench`.
    if std::env::args().any(|a| a == "--list" || a == "--test") {
        return;
    }
    let saves: usize = std::env::var("KAKEHASHI_BENCH_SAVES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000);
    let patients: usize = std::env::var("KAKEHASHI_BENCH_PATIENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let tmp =
        tempfile::tempdir_in(std::env::var("KAKEHASHI_BENCH_DIR").unwrap_or_else(|_| "/tmp".into())).unwrap();
    let actor = Actor::new("bench").unwrap();
    let sled_dir = tmp.path().join("sled");
    let sqlite_dir = tmp.path().join("sqlite");
    let sled_store = Store::create(&sled_dir, &actor, PASS, KdfParams::insecure_for_tests())
        .unwrap()
        .0;
    let sqlite_store = Store::create_on(
        Box::new(SqliteEngine::open(&sqlite_dir)),
        &actor,
        PASS,
        KdfParams::insecure_for_tests(),
    )
    .unwrap()
    .0;
    let mut sides = [
        Side {
            label: "sled",
            dir: sled_dir,
            open: Box::new(|d| Box::new(kakehashi_store::SledEngine::open(d).unwrap().0)),
            store: Some(sled_store),
            saves: Vec::new(),
            opens: Vec::new(),
            phases: Vec::new(),
            searches: Vec::new(),
        },
        Side {
            label: "sqlite",
            dir: sqlite_dir,
            open: Box::new(|d| Box::new(SqliteEngine::open(d))),
            store: Some(sqlite_store),
            saves: Vec::new(),
            opens: Vec::new(),
            phases: Vec::new(),
            searches: Vec::new(),
        },
    ];
    let mut rng = rand::rngs::StdRng::seed_from_u64(7);
    let (sample, _) = intake(0, &mut rng);
    let record_json_bytes = serde_json::to_vec(&sample).unwrap().len();

    // 1. Durable saves of a full intake, one at a time, alternating engines (and which goes first).
    for i in 0..saves {
        let (record, summary) = intake(i, &mut rng);
        for k in 0..2 {
            let side = &mut sides[(i + k) % 2];
            let store = side.store.as_mut().unwrap();
            let t = Instant::now();
            store
                .save(&actor, None, &record, &summary, &["history".into()])
                .unwrap();
            side.saves.push(t.elapsed());
        }
    }
    // Fill both to `patients` with imports of 500 (one commit each).
    let mut have = saves;
    while have < patients {
        let n = 500.min(patients - have);
        let batch: Vec<(Intake, SummaryFields)> = (0..n).map(|k| intake(have + k, &mut rng)).collect();
        for side in sides.iter_mut() {
            side.store.as_mut().unwrap().import(&actor, &batch).unwrap();
        }
        have += n;
    }
    // 2. Open + unlock + list every patient (test KDF; the real KDF is measured below). The first
    //    open after the bulk import also folds the engine's log into a snapshot; it is kept.
    for round in 0..9 {
        for k in 0..2 {
            let side = &mut sides[(round + k) % 2];
            drop(side.store.take());
            // An app starts on a store no process holds: let the closed engine's background
            // threads release their files first (sled lets go shortly after the drop), so the
            // figure is an open, not a wait for the previous instance.
            std::thread::sleep(Duration::from_millis(300));
            let t = Instant::now();
            let mut s = Store::open_on((side.open)(&side.dir), Vec::new());
            let opened = t.elapsed();
            s.unlock(&actor, Unlock::Passphrase(PASS)).unwrap();
            let unlocked = t.elapsed();
            let list = s.list_summaries().unwrap();
            side.opens.push(t.elapsed());
            side.phases
                .push([opened, unlocked - opened, t.elapsed() - unlocked]);
            assert_eq!(list.len(), patients);
            s.set_idle_timeout(None);
            side.store = Some(s);
        }
    }
    // 3. Name search over all patients, by several forms of several names. The first search pays
    //    for folding every name once; it is kept.
    let queries = [
        "nguyen",
        "グエン",
        "ぐえん",
        "ｸﾞｴﾝ",
        "kim minjun",
        "smirnov",
        "GARCIA lucia",
        "ヤマダ 12",
        "tran bao 7",
        "zzz",
    ];
    for round in 0..30 {
        for q in queries {
            for k in 0..2 {
                let side = &mut sides[(round + k) % 2];
                let store = side.store.as_mut().unwrap();
                let t = Instant::now();
                let hits = store.search(q).unwrap().len();
                side.searches.push(t.elapsed());
                assert!(hits > 0 || q == "zzz");
            }
        }
    }
    let disk: Vec<u64> = sides.iter().map(|s| dir_size(&s.dir) / 1024).collect();
    let [a, b] = &mut sides;
    let (sa, sb) = (sorted(a.saves.clone()), sorted(b.saves.clone()));
    let (oa, ob) = (sorted(a.opens.clone()), sorted(b.opens.clone()));
    let (qa, qb) = (sorted(a.searches.clone()), sorted(b.searches.clone()));
    drop(a.store.take());
    drop(b.store.take());

    // The KDF an unlock pays with the recommended parameters.
    let kdf_dir = tmp.path().join("kdf");
    drop(Store::create(&kdf_dir, &actor, PASS, KdfParams::recommended()).unwrap());
    let mut unlocks = Vec::new();
    for _ in 0..3 {
        let mut s = Store::open(&kdf_dir).unwrap();
        let t = Instant::now();
        s.unlock(&actor, Unlock::Passphrase(PASS)).unwrap();
        unlocks.push(t.elapsed());
    }
    unlocks.sort();

    println!(
        "{saves} saves per engine, {patients} patients, {} searches per engine",
        qa.len()
    );
    println!("record JSON size: {record_json_bytes} bytes");
    println!(
        "| measure                         | {:<9} | {:<9} | sled/SQLite | target   |",
        a.label, b.label
    );
    println!("|---------------------------------|-----------|-----------|-------------|----------|");
    let row = |name: &str, x: Duration, y: Duration, target: &str| {
        println!(
            "| {name:<31} | {:>6.2} ms | {:>6.2} ms | {:>11.2} | {target:<8} |",
            ms(x),
            ms(y),
            ms(x) / ms(y)
        );
    };
    row("durable save p50", percentile(&sa, 0.5), percentile(&sb, 0.5), "");
    row(
        "durable save p99",
        percentile(&sa, 0.99),
        percentile(&sb, 0.99),
        "≤ 5 ms",
    );
    row(
        "open + unlock + list 10k p50",
        percentile(&oa, 0.5),
        percentile(&ob, 0.5),
        "≤ 100 ms",
    );
    row(
        "open + unlock + list 10k max",
        *oa.last().unwrap(),
        *ob.last().unwrap(),
        "",
    );
    row(
        "name search over 10k p50",
        percentile(&qa, 0.5),
        percentile(&qb, 0.5),
        "",
    );
    row(
        "name search over 10k p99",
        percentile(&qa, 0.99),
        percentile(&qb, 0.99),
        "",
    );
    println!(
        "| disk use (KiB)                  | {:>9} | {:>9} | {:>11.2} |          |",
        disk[0],
        disk[1],
        disk[0] as f64 / disk[1] as f64
    );
    println!("Phases of open + unlock + list (median of each phase over the 9 opens):");
    for side in [&*a, &*b] {
        let phase = |i: usize| {
            let mut v: Vec<Duration> = side.phases.iter().map(|p| p[i]).collect();
            v.sort();
            ms(percentile(&v, 0.5))
        };
        println!(
            "  {:<6} engine open {:>6.2} ms, unlock (keys + summaries) {:>6.2} ms, list {:>6.2} ms",
            side.label,
            phase(0),
            phase(1),
            phase(2)
        );
    }
    println!(
        "Argon2id unlock with KdfParams::recommended() (64 MiB, t=3, p=4): median {:.0} ms",
        ms(unlocks[1])
    );
}
