#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Benchmark: time and size of a 2-page and a 10-page sheet, against headless Chromium printing
//! the same content as HTML in the same run, and this process's peak memory.
//!
//! Run: `CARGO_TARGET_DIR=/work/target-handoff cargo bench -p kakehashi-handoff --bench handoff`
//! (set `CHROMIUM=/path/to/chromium` to choose the browser; `CHROMIUM=` skips the peer).

use std::fmt::Write as _;
use std::process::Command;
use std::time::{Duration, Instant};

use kakehashi_handoff::layout::layout;
use kakehashi_handoff::sheet::{Block, Cell, Sheet};
use kakehashi_handoff::text::{Ink, Span};
use kakehashi_handoff::*;
use kakehashi_model::{PatientRecord, Section};

#[path = "../tests/support/mod.rs"]
mod support;
use support::{options, sample};

fn pages(record: &PatientRecord) -> usize {
    let fonts = FontLibrary::resolve(None);
    layout(&compose(record, &options()).unwrap(), &fonts)
        .unwrap()
        .len()
}

/// A record whose sheet has exactly `target` pages (or the nearest above), built from a sample.
fn record_with_pages(target: usize) -> PatientRecord {
    let mut r = sample("sample-exosome-iv");
    // Trim the long lists of the sample, one at a time, until it fits.
    let halve_results: fn(&mut PatientRecord) = |r| {
        let e = r.screening.entries().to_vec();
        if e.len() > 2 {
            r.screening = Section::from_entries(e[..e.len() / 2].to_vec());
        }
    };
    let trims: [fn(&mut PatientRecord); 10] = [
        |r| r.explanation.questions = Section::NotAsked,
        |r| r.imaging = Section::NotAsked,
        |r| r.history.family_history = Section::NotAsked,
        |r| r.history.surgeries = Section::NotAsked,
        |r| r.explanation.items = Section::NotAsked,
        |r| r.history.conditions = Section::NotAsked,
        |r| r.planned_treatment.processing_sites = Section::NotAsked,
        halve_results,
        halve_results,
        halve_results,
    ];
    for trim in trims {
        if pages(&r) <= target {
            break;
        }
        trim(&mut r);
    }
    eprintln!(
        "{target}-page record: {} results, {} pages before padding",
        r.screening.entries().len(),
        pages(&r)
    );
    let med = r.medications.entries().first().cloned();
    if let Some(med) = med {
        let mut meds = r.medications.entries().to_vec();
        while pages(&r) < target {
            meds.push(med.clone());
            r.medications = Section::from_entries(meds.clone());
        }
    }
    r
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

fn spans_html(spans: &[Span]) -> String {
    let mut out = String::new();
    for s in spans {
        let color = match s.style.ink {
            Ink::Red => "#c00",
            Ink::Grey => "#777",
            Ink::White => "#fff",
            _ => "#000",
        };
        let weight = if s.style.bold { "bold" } else { "normal" };
        let _ = write!(
            out,
            "<span lang=\"{}\" style=\"font-size:{}pt;font-weight:{weight};color:{color}\">{}</span>",
            esc(&s.lang),
            s.style.size,
            esc(&s.text).replace('\n', "<br>")
        );
    }
    out
}

fn cell_html(tag: &str, c: &Cell) -> String {
    let bg = match c.fill {
        Some(Ink::Red) => "background:#c00;",
        Some(Ink::Shade) => "background:#e6e6e6;",
        Some(Ink::Blush) => "background:#ffebeb;",
        _ => "",
    };
    format!("<{tag} style=\"{bg}\">{}</{tag}>", spans_html(&c.spans))
}

/// The same sheet as HTML, with the same bundled fonts, for the Chromium peer.
fn sheet_html(sheet: &Sheet) -> String {
    let dir = FontLibrary::resolve(None).dir().display().to_string();
    let mut h = format!(
        "<!doctype html><html lang=\"ja\"><head><meta charset=\"utf-8\"><style>\
         @font-face{{font-family:NS;src:url(file://{dir}/NotoSans-Regular.ttf)}}\
         @font-face{{font-family:CJK;src:url(file://{dir}/NotoSansCJK-Regular.ttc)}}\
         @font-face{{font-family:SYM;src:url(file://{dir}/Symbola_hint.ttf)}}\
         @page{{size:A4;margin:12mm}} body{{font-family:NS,CJK,SYM;font-size:9pt;line-break:strict}}\
         table{{width:100%;border-collapse:collapse;margin-bottom:4pt}} td,th{{border:0.5pt solid #777;padding:3pt;\
         vertical-align:top;text-align:left;overflow-wrap:anywhere}} h2{{background:#e6e6e6;font-size:11pt;padding:3pt;margin:4pt 0}}\
         .alert{{border:2pt solid #c00}}</style></head><body><div>{}</div>",
        spans_html(&sheet.furniture.header)
    );
    for block in &sheet.blocks {
        match block {
            Block::Heading(c) => {
                let _ = write!(h, "<h2>{}</h2>", spans_html(&c.spans));
            }
            Block::Table(t) => {
                let class = if t.frame == kakehashi_handoff::sheet::Frame::Alert {
                    " class=\"alert\""
                } else {
                    ""
                };
                h.push_str(&format!("<table{class}>"));
                if let Some(head) = &t.header {
                    h.push_str("<thead><tr>");
                    for c in head {
                        h.push_str(&cell_html("th", c));
                    }
                    h.push_str("</tr></thead>");
                }
                h.push_str("<tbody>");
                for row in &t.rows {
                    h.push_str("<tr>");
                    for c in row {
                        h.push_str(&cell_html("td", c));
                    }
                    h.push_str("</tr>");
                }
                h.push_str("</tbody></table>");
            }
            Block::Signatures(labels) => {
                for l in labels {
                    let _ = write!(h, "<div style=\"display:inline-block;width:30%;border-bottom:0.7pt solid #000;height:40pt\">{}</div> ", spans_html(std::slice::from_ref(l)));
                }
            }
            Block::Gap(g) => {
                let _ = write!(h, "<div style=\"height:{g}pt\"></div>");
            }
        }
    }
    let _ = write!(
        h,
        "<div>{}{}</div></body></html>",
        spans_html(&sheet.furniture.notice),
        spans_html(&sheet.furniture.hash)
    );
    h
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM:")).map(|l| l.to_owned()))
        .and_then(|l| l.split_whitespace().nth(1).and_then(|n| n.parse().ok()))
        .unwrap_or(0)
}

fn chromium(html: &str, runs: usize) -> Option<(Duration, usize, u64)> {
    let exe = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    if exe.is_empty() {
        return None;
    }
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("sheet.html");
    std::fs::write(&input, html).unwrap();
    let out = dir.path().join("sheet.pdf");
    let mut times = Vec::new();
    let mut peak_kib = 0;
    for i in 0..runs {
        let profile = dir.path().join(format!("profile-{i}"));
        let start = Instant::now();
        let status = Command::new("/usr/bin/time")
            .arg("-f")
            .arg("%M")
            .arg("-o")
            .arg(dir.path().join("mem"))
            .arg(&exe)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--no-pdf-header-footer",
                "--allow-file-access-from-files",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg(format!("--print-to-pdf={}", out.display()))
            .arg(format!("file://{}", input.display()))
            .output();
        let elapsed = start.elapsed();
        match status {
            Ok(s) if s.status.success() => {}
            Ok(s) => {
                eprintln!("chromium failed: {}", String::from_utf8_lossy(&s.stderr));
                return None;
            }
            Err(e) => {
                eprintln!("chromium not run: {e}");
                return None;
            }
        }
        times.push(elapsed);
        let mem = std::fs::read_to_string(dir.path().join("mem")).unwrap_or_default();
        peak_kib = peak_kib.max(
            mem.trim()
                .lines()
                .last()
                .and_then(|l| l.trim().parse().ok())
                .unwrap_or(0),
        );
    }
    let size = std::fs::metadata(&out).map(|m| m.len() as usize).unwrap_or(0);
    Some((median(times), size, peak_kib))
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` passes nothing: run a single quick pass then.
    let quick = !std::env::args().any(|a| a == "--bench");
    let iterations = if quick { 1 } else { 30 };
    let start = Instant::now();
    let fonts = FontLibrary::resolve(None);
    for face in [FaceId::Sans, FaceId::SansBold, FaceId::CjkJp, FaceId::CjkTc] {
        fonts.face(face).unwrap();
    }
    println!("font parsing (once per process): {:?}", start.elapsed());
    println!("| sheet | pages | kakehashi median | min | size | chromium median | chromium size | chromium peak RSS | ratio |");
    println!("|---|---|---|---|---|---|---|---|---|");
    for target in [2usize, 10] {
        let record = record_with_pages(target);
        let sheet = compose(&record, &options()).unwrap();
        let n = layout(&sheet, &fonts).unwrap().len();
        let mut times = Vec::new();
        let mut size = 0;
        for _ in 0..iterations {
            let t = Instant::now();
            let bytes = render_record(&record, &options()).unwrap();
            times.push(t.elapsed());
            size = bytes.len();
        }
        let (mut tc, mut tl, mut te) = (Vec::new(), Vec::new(), Vec::new());
        for _ in 0..iterations {
            let t = Instant::now();
            let sheet = compose(&record, &options()).unwrap();
            tc.push(t.elapsed());
            let t = Instant::now();
            let laid = layout(&sheet, &fonts).unwrap();
            tl.push(t.elapsed());
            let t = Instant::now();
            let _ = kakehashi_handoff::emit::emit(&laid, &sheet.meta, &fonts).unwrap();
            te.push(t.elapsed());
        }
        eprintln!(
            "{target}-page breakdown (median): compose {:?}, layout {:?}, emit {:?}",
            median(tc),
            median(tl),
            median(te)
        );
        let min = *times.iter().min().unwrap();
        let med = median(times);
        let peer = if quick {
            None
        } else {
            chromium(&sheet_html(&sheet), 3)
        };
        match peer {
            Some((ct, cs, cm)) => println!(
                "| {target}-page | {n} | {:.1} ms | {:.1} ms | {} KB | {:.0} ms | {} KB | {} MB | {:.0}× |",
                med.as_secs_f64() * 1e3,
                min.as_secs_f64() * 1e3,
                size / 1024,
                ct.as_secs_f64() * 1e3,
                cs / 1024,
                cm / 1024,
                ct.as_secs_f64() / med.as_secs_f64()
            ),
            None => println!(
                "| {target}-page | {n} | {:.1} ms | {:.1} ms | {} KB | – | – | – | – |",
                med.as_secs_f64() * 1e3,
                min.as_secs_f64() * 1e3,
                size / 1024
            ),
        }
    }
    println!(
        "peak memory of this process (VmHWM): {} MB",
        peak_rss_kib() / 1024
    );
}
