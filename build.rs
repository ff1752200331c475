//! Runs the extractor over the seed folder and leaves the dataset in `$OUT_DIR/dataset.json`
//! and the texts themselves in `$OUT_DIR/sources.rs`, which `src/data.rs` embeds: the app
//! never fetches its data.
//!
//! The folder is `seeds/`, or the one named by `EXPLORER_SEEDS` (relative to this package).

use std::env;
use std::fs;
use std::path::PathBuf;
use std::process::ExitCode;

use explorer_core::extract::{extract_folder, input_paths};

fn main() -> ExitCode {
    let package_dir = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let seeds = match env::var_os("EXPLORER_SEEDS") {
        Some(dir) => package_dir.join(dir),
        None => package_dir.join("seeds"),
    };
    println!("cargo::rerun-if-env-changed=EXPLORER_SEEDS");
    for path in input_paths(&seeds) {
        println!("cargo::rerun-if-changed={}", path.display());
    }

    let dataset = match extract_folder(&seeds) {
        Ok(dataset) => dataset,
        Err(problems) => {
            // Each problem on its own line, `file:line:column: reason`, relative to the folder.
            eprintln!("extraction of {} failed:\n{problems}", seeds.display());
            return ExitCode::FAILURE;
        }
    };
    for warning in &dataset.warnings {
        println!("cargo::warning={warning}");
    }
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let json = serde_json::to_string(&dataset).expect("the dataset serialises");
    fs::write(out_dir.join("dataset.json"), json).expect("OUT_DIR is writable");
    // The texts as Rust string literals (Debug escapes them), for the Sources view.
    let mut sources = String::from("pub static SOURCE_TEXTS: &[(&str, &str)] = &[\n");
    for document in &dataset.documents {
        let text = fs::read_to_string(seeds.join(&document.file)).expect("extraction has read this file");
        sources.push_str(&format!("    ({:?}, {:?}),\n", document.file, text));
    }
    sources.push_str("];\n");
    fs::write(out_dir.join("sources.rs"), sources).expect("OUT_DIR is writable");
    ExitCode::SUCCESS
}
