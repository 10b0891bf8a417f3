#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The power cord test: a child process saves records and acknowledges each one only after
//! `save` returns; the parent kills it with SIGKILL at a random moment (sometimes while it is still
//! opening the store) and then checks that the store opens and every acknowledged record is there,
//! byte for byte.
//!
//! Short run (CI): `cargo test -p kakehashi-store --test crash`
//! Long run:      `KAKEHASHI_CRASH_CYCLES=1000 cargo test -p kakehashi-store --release --test crash -- --nocapture`
//! Optional `KAKEHASHI_CRASH_SEED=<n>` repeats a run's kill timings.
mod common;

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use common::*;
use kakehashi_store::{NameKind, RecordId, Store, Unlock};
use rand::{Rng, SeedableRng};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

const CHILD_DIR_ENV: &str = "KAKEHASHI_CRASH_CHILD_DIR";
const CHILD_CYCLE_ENV: &str = "KAKEHASHI_CRASH_CHILD_CYCLE";
const TEST_NAME: &str = "acknowledged_saves_survive_sigkill_at_random_moments";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct CrashRecord {
    cycle: u64,
    n: u64,
    name: String,
    notes: String,
    allergies: Option<Vec<String>>,
}

/// Deterministic content for record `n` of `cycle`, so the parent can rebuild what was saved.
fn record_for(cycle: u64, n: u64) -> CrashRecord {
    let mut rng = rand::rngs::StdRng::seed_from_u64(cycle.wrapping_mul(1_000_003).wrapping_add(n));
    let alphabet: Vec<char> = "あいうえおカキクケコ漢字記録患者ẠặễƯờ한국어Кириллица abcXYZ0123、。\n🙂"
        .chars()
        .collect();
    let len = if rng.gen_ratio(1, 10) {
        10_000
    } else {
        rng.gen_range(0..400)
    };
    let notes: String = (0..len)
        .map(|_| alphabet[rng.gen_range(0..alphabet.len())])
        .collect();
    let allergies = match n % 3 {
        0 => None,
        1 => Some(Vec::new()),
        _ => Some(vec![format!("ペニシリン {cycle}-{n}")]),
    };
    CrashRecord {
        cycle,
        n,
        name: format!("患者 {cycle}-{n} Nguyễn"),
        notes,
        allergies,
    }
}

fn sha_hex(record: &CrashRecord) -> String {
    let bytes = serde_json::to_vec(record).unwrap();
    Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn child(dir: &Path, cycle: u64) {
    let out = std::io::stdout();
    let say = |line: String| {
        let mut o = out.lock();
        writeln!(o, "{line}").unwrap();
        o.flush().unwrap();
    };
    say("OPENING".into());
    let mut store = Store::open(dir).unwrap();
    store.unlock(&staff(), Unlock::Passphrase(PASS)).unwrap();
    say(format!("READY {}", store.open_events().len()));
    let mut last: Option<RecordId> = None;
    for n in 0..100_000u64 {
        let record = record_for(cycle, n);
        let summary = names(&[(NameKind::Native, &record.name)]);
        let receipt = store
            .save(&staff(), None, &record, &summary, &fields(&["notes"]))
            .unwrap();
        say(format!("ACK {} {} {cycle} {n}", receipt.id, sha_hex(&record)));
        if let Some(id) = last {
            if n % 4 == 0 {
                let _: CrashRecord = store.load(&staff(), id).unwrap();
            }
        }
        last = Some(receipt.id);
    }
}

struct Ack {
    sha: String,
    cycle: u64,
    n: u64,
}

#[test]
fn acknowledged_saves_survive_sigkill_at_random_moments() {
    if let (Ok(dir), Ok(cycle)) = (std::env::var(CHILD_DIR_ENV), std::env::var(CHILD_CYCLE_ENV)) {
        child(Path::new(&dir), cycle.parse().unwrap());
        return;
    }
    let cycles: u64 = std::env::var("KAKEHASHI_CRASH_CYCLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    let seed: u64 = std::env::var("KAKEHASHI_CRASH_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| rand::thread_rng().gen());
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let tmp = tempfile::tempdir().unwrap();
    let dir = store_dir(&tmp);
    drop(new_store(&dir));
    let exe = std::env::current_exe().unwrap();

    let mut acked: BTreeMap<RecordId, Ack> = BTreeMap::new();
    let (mut killed_before_ready, mut recoveries, mut verified_bytes) = (0u64, 0u64, 0u64);
    let mut open_ms_seen: u64 = 50;
    for cycle in 0..cycles {
        let mut child = Command::new(&exe)
            .args(["--exact", TEST_NAME, "--nocapture", "--test-threads=1"])
            .env(CHILD_DIR_ENV, &dir)
            .env(CHILD_CYCLE_ENV, cycle.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel::<String>();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        // One kill in five lands while the child starts and opens the store (somewhere within the
        // open time seen so far); the others while it is saving.
        let during_open = rng.gen_ratio(1, 5);
        let mut lines = Vec::new();
        if during_open {
            let window = open_ms_seen.max(5);
            std::thread::sleep(Duration::from_millis(rng.gen_range(0..window)));
        } else {
            let started = std::time::Instant::now();
            while let Ok(line) = rx.recv_timeout(Duration::from_secs(60)) {
                let is_ready = line.starts_with("READY");
                lines.push(line);
                if is_ready {
                    open_ms_seen = open_ms_seen.max(started.elapsed().as_millis() as u64);
                    break;
                }
            }
            // A child that exits or stalls before its store is ready failed to open it.
            assert!(
                lines.last().is_some_and(|l| l.starts_with("READY")),
                "cycle {cycle} (seed {seed}): the child never got its store open: {lines:?}"
            );
            std::thread::sleep(Duration::from_millis(rng.gen_range(0..300)));
        }
        child.kill().unwrap();
        let status = child.wait().unwrap();
        reader.join().unwrap();
        let mut ready = false;
        let mut this_cycle = Vec::new();
        lines.extend(rx.try_iter());
        for line in lines {
            let parts: Vec<&str> = line.split_whitespace().collect();
            match parts.as_slice() {
                ["READY", events] => {
                    ready = true;
                    recoveries += events.parse::<u64>().unwrap();
                }
                ["ACK", id, sha, c, n] => {
                    let id = RecordId::parse(id).unwrap();
                    acked.insert(
                        id,
                        Ack {
                            sha: sha.to_string(),
                            cycle: c.parse().unwrap(),
                            n: n.parse().unwrap(),
                        },
                    );
                    this_cycle.push(id);
                }
                _ => {}
            }
        }
        assert!(
            ready || this_cycle.is_empty(),
            "cycle {cycle}: acknowledgements without a ready store (status {status:?})"
        );
        if !ready {
            killed_before_ready += 1;
        }

        // The store must open, with every acknowledged record present and byte-identical.
        let mut store = Store::open(&dir).unwrap_or_else(|e| panic!("cycle {cycle} (seed {seed}): {e:?}"));
        recoveries += store.open_events().len() as u64;
        store.unlock(&staff(), Unlock::Passphrase(PASS)).unwrap();
        let listed: BTreeMap<RecordId, u64> = store
            .list_summaries()
            .unwrap()
            .into_iter()
            .map(|s| (s.id, s.revision))
            .collect();
        let lost: Vec<&RecordId> = acked.keys().filter(|id| !listed.contains_key(id)).collect();
        assert!(
            lost.is_empty(),
            "cycle {cycle} (seed {seed}): acknowledged records lost: {lost:?}"
        );
        let sample: Vec<RecordId> = {
            let all: Vec<RecordId> = acked.keys().copied().collect();
            let mut s = this_cycle.clone();
            for _ in 0..5.min(all.len()) {
                s.push(all[rng.gen_range(0..all.len())]);
            }
            s
        };
        for id in sample {
            let ack = &acked[&id];
            let back: CrashRecord = store.load(&staff(), id).unwrap();
            assert_eq!(
                sha_hex(&back),
                ack.sha,
                "cycle {cycle}: record {id} differs from what was acknowledged"
            );
            assert_eq!(back, record_for(ack.cycle, ack.n));
            verified_bytes += back.notes.len() as u64;
        }
        store
            .verify_audit()
            .unwrap_or_else(|e| panic!("cycle {cycle} (seed {seed}): audit {e:?}"));
        if (cycle + 1) % 100 == 0 {
            println!(
                "  {} cycles, {} acknowledged, 0 lost, {recoveries} recoveries",
                cycle + 1,
                acked.len()
            );
        }
    }

    // Finally every acknowledged record, read in full.
    let mut store = Store::open(&dir).unwrap();
    store.unlock(&staff(), Unlock::Passphrase(PASS)).unwrap();
    let ids: Vec<RecordId> = acked.keys().copied().collect();
    for chunk in ids.chunks(1000) {
        let back: Vec<CrashRecord> = store.load_many(&staff(), chunk).unwrap();
        for (id, record) in chunk.iter().zip(back) {
            assert_eq!(
                sha_hex(&record),
                acked[id].sha,
                "record {id} differs from what was acknowledged"
            );
        }
    }
    let audit = store.verify_audit().unwrap();
    let size: u64 = all_files(&dir)
        .iter()
        .map(|f| std::fs::metadata(f).unwrap().len())
        .sum();
    println!(
        "crash harness: seed {seed}, cycles {cycles}, killed while opening {killed_before_ready}, \
         records acknowledged {}, lost 0, recoveries {recoveries}, audit entries {audit}, \
         sampled note bytes {verified_bytes}, data folder {} KiB",
        acked.len(),
        size / 1024
    );
}
