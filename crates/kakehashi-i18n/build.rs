//! Embeds every `.ftl` file under the workspace's `locales/` folder, so the binaries carry the very
//! same files the UI bundles: one source of wording for Rust and TypeScript.
use std::{env, fmt::Write as _, fs, path::Path};

fn main() {
    let manifest = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let locales = Path::new(&manifest).join("../../locales");
    let locales = locales
        .canonicalize()
        .expect("the workspace has a locales/ folder");
    println!("cargo:rerun-if-changed={}", locales.display());

    let mut entries = Vec::new();
    let mut dirs: Vec<_> = fs::read_dir(&locales)
        .expect("locales/ is readable")
        .flatten()
        .collect();
    dirs.sort_by_key(|d| d.file_name());
    for dir in dirs {
        if !dir.path().is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", dir.path().display());
        let locale = dir.file_name().to_string_lossy().into_owned();
        let mut files: Vec<_> = fs::read_dir(dir.path())
            .expect("locale dir is readable")
            .flatten()
            .collect();
        files.sort_by_key(|f| f.file_name());
        for file in files {
            let path = file.path();
            if path.extension().and_then(|e| e.to_str()) != Some("ftl") {
                continue;
            }
            println!("cargo:rerun-if-changed={}", path.display());
            let name = file.file_name().to_string_lossy().into_owned();
            entries.push((locale.clone(), name, path));
        }
    }

    let mut out = String::from("/// (locale, file name, Fluent source) for every file under `locales/`.\n");
    out.push_str("pub static EMBEDDED: &[(&str, &str, &str)] = &[\n");
    for (locale, name, path) in entries {
        writeln!(
            out,
            "    ({locale:?}, {name:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .expect("writing to a String");
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("embedded_locales.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}
