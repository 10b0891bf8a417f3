//! Lists every `data/*.toml` file so the built-in terminology is compiled into the binary: the
//! loader accepts whatever files the data author adds, without a code change.
use std::{env, fmt::Write as _, fs, path::Path};

fn main() {
    let manifest = env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".to_owned());
    let data = Path::new(&manifest).join("data");
    println!("cargo:rerun-if-changed={}", data.display());
    let mut files: Vec<_> = match fs::read_dir(&data) {
        Ok(dir) => dir
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("toml"))
            .collect(),
        Err(_) => Vec::new(),
    };
    files.sort();
    let mut out = String::from("/// (file name, TOML source) for every `data/*.toml`, in name order.\n");
    out.push_str("pub static DATA_FILES: &[(&str, &str)] = &[\n");
    for path in files {
        println!("cargo:rerun-if-changed={}", path.display());
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "    ({name:?}, include_str!({:?})),",
            path.display().to_string()
        );
    }
    out.push_str("];\n");
    let out_dir = env::var("OUT_DIR").unwrap_or_else(|_| ".".to_owned());
    if let Err(e) = fs::write(Path::new(&out_dir).join("data_files.rs"), out) {
        println!("cargo:warning=cannot write data_files.rs: {e}");
        std::process::exit(1);
    }
}
