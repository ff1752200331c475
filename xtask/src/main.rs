//! `cargo xtask <command>`: the project's one entry point for set-up, build, serve, test
//! and extraction, so that a fresh machine needs nothing but this repository.

mod bench;
mod compress;
mod loader;
mod mutants;
mod offline;
mod process;
mod review;
mod setup;
mod shots;
mod size;
mod summary;
mod synth;
mod test;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use process::{Failure, run};
use setup::Needs;

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  serve          install what is missing, build the release bundle into dist/, then serve it
                 on http://127.0.0.1:8080 as a host does (compressed, cached, strict policy)
  build [--no-integrity]
                 install what is missing, then write the release bundle to dist/, with a
                 brotli and a gzip copy of each text and wasm file, and
                 explorer-offline.html, the whole explorer in one file that opens from disk
                 (--no-integrity: no subresource-integrity hashes, for proxies that rewrite files)
  test           install what is missing, then run the native, component and end-to-end tests
  bench          measure sizes, startup, update latency, memory and extraction at 1x, 10x and 100x
                 the real corpus (bench/results.json; see BENCHMARKS.md)
  size           what the app's wasm binary is made of, by kind of code (installs twiggy)
  mutants [MODULE]
                 mutation testing of the core's pure modules, or of one (e.g. model/date):
                 caught, missed, unviable per module (installs cargo-mutants; see TESTING.md)
  shots          build the release bundle into target/shots/bundle/, then screenshot every view
                 at 390x844 and 1280x900, light and dark, into target/shots/ (see its index.html)
  extract [DIR]  print the dataset extracted from DIR (default seeds/) as JSON
  review [DIR or FILE] [--json]
                 show, for each release, what was read (with the sentence it came from) and
                 what was left: sentences with numbers, dates, countries or operation names
                 that gave no fact; `corrections.toml` beside the manifest fixes what is wrong
  synth N DIR    write N synthetic press releases and their manifest into DIR

The seed folder the app is built from is seeds/, or the one named by EXPLORER_SEEDS.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["serve"] => serve(),
        ["build"] => build(true),
        ["build", "--no-integrity"] => build(false),
        ["test"] => test::run_all(),
        ["bench"] => bench::bench(),
        ["shots"] => shots::shots(),
        ["size"] => size::size(),
        ["mutants"] => mutants::mutants(None),
        ["mutants", module] => mutants::mutants(Some(module)),
        ["extract"] => extract(&project_root().join("seeds")),
        ["extract", dir] => extract(Path::new(dir)),
        ["review", rest @ ..] => review_command(rest),
        ["synth", count, dir] => synth(count, Path::new(dir)),
        ["help" | "--help" | "-h"] => {
            println!("{USAGE}");
            Ok(())
        }
        _ => Err(Failure(USAGE.to_string())),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(message)) => {
            // `test` has already printed its summary, which must stay the last line.
            if !message.is_empty() {
                eprintln!("{message}");
            }
            ExitCode::FAILURE
        }
    }
}

/// The repository root (xtask lives one level below it).
pub fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask is inside the repository").to_path_buf()
}

/// The release bundle, built as `build` builds it, served as a host serves it (precompressed
/// files, cache headers, the strict policy: `xtask/server.mjs`), so that what runs here is what
/// readers will get. Ctrl-C stops the server and this command with it.
fn serve() -> Result<(), Failure> {
    let tools = setup::ensure(Needs::Build)?;
    let dist = build_dist(&tools, true)?;
    let mut node = tools.command("node");
    node.arg(project_root().join("xtask/server.mjs")).arg(&dist).arg("8080");
    run(&mut node)
}

/// The release bundle in `dist/`, with relative asset paths (Trunk.toml's `public_url`).
fn build(integrity: bool) -> Result<(), Failure> {
    let tools = setup::ensure(Needs::Build)?;
    build_dist(&tools, integrity).map(|_| ())
}

/// Builds `dist/` from the seeds EXPLORER_SEEDS names (or `seeds/`); gives back its path.
fn build_dist(tools: &setup::Tools, integrity: bool) -> Result<PathBuf, Failure> {
    let dist = project_root().join("dist");
    build_with(tools, &Bundle { seeds: seeds_from_env(), dist: dist.clone(), integrity })?;
    Ok(dist)
}

/// The seed folder EXPLORER_SEEDS names, if it names one, made absolute: build.rs reads it
/// relative to the package, not to where the user stands.
pub fn seeds_from_env() -> Option<PathBuf> {
    std::env::var_os("EXPLORER_SEEDS")
        .map(|seeds| std::env::current_dir().map(|cwd| cwd.join(&seeds)).unwrap_or(PathBuf::from(seeds)))
}

/// What a release build makes, and from what.
pub struct Bundle {
    /// The seed folder (absolute), or `seeds/` when `None`.
    pub seeds: Option<PathBuf>,
    pub dist: PathBuf,
    pub integrity: bool,
}

pub fn build_with(tools: &setup::Tools, bundle: &Bundle) -> Result<(), Failure> {
    let mut trunk = tools.command("trunk");
    trunk.args(["build", "--release", "--offline", "--skip-version-check", "--public-url", "./", "--dist"]);
    trunk.arg(&bundle.dist);
    match &bundle.seeds {
        Some(seeds) => trunk.env("EXPLORER_SEEDS", seeds),
        None => trunk.env_remove("EXPLORER_SEEDS"),
    };
    run(&mut trunk)?;
    write_summary_and_dataset(bundle)?;
    let files = loader::write_loaders(&bundle.dist, bundle.integrity)?;
    let size = offline::write_offline_page(&bundle.dist, &files)?;
    println!(
        "build: {} holds the whole explorer in one file that opens from disk with no server: {:.1} KB",
        offline::FILE,
        size as f64 / 1000.0
    );
    // Last, once every file of the bundle is written in its final form.
    precompress(&bundle.dist)
}

/// The `.br` and `.gz` copies beside the bundle's files, for hosts that serve them.
pub fn precompress(dist: &Path) -> Result<(), Failure> {
    let compressed = compress::precompress(dist)?;
    println!("build: a .br and a .gz beside each of {} files, for hosts that serve them", compressed.len());
    Ok(())
}

/// Writes what the bundle holds of the dataset beside the app: the static summary into the
/// built `index.html`, and the whole dataset as `dataset.json` for the footer's download link
/// (a file rather than JSON written by the app, which would carry a JSON serialiser). Both
/// come from the seeds the app embedded: extraction is deterministic, so the same folder
/// gives the same dataset.
fn write_summary_and_dataset(bundle: &Bundle) -> Result<(), Failure> {
    let seeds = bundle.seeds.clone().unwrap_or_else(|| project_root().join("seeds"));
    let dataset = explorer_extract::extract_folder(&seeds).map_err(|problems| Failure(problems.to_string()))?;
    let write = |path: PathBuf, text: String| {
        std::fs::write(&path, text).map_err(|e| Failure(format!("cannot write {}: {e}", path.display())))
    };
    let page = bundle.dist.join("index.html");
    let read = std::fs::read_to_string(&page).map_err(|e| Failure(format!("cannot read {}: {e}", page.display())))?;
    write(page, summary::fill(&read, &dataset)?)?;
    write(bundle.dist.join("dataset.json"), serde_json::to_string(&dataset).expect("the dataset serialises"))
}

fn synth(count: &str, dir: &Path) -> Result<(), Failure> {
    let count: usize = count.parse().map_err(|_| Failure(format!("synth: N must be a whole number, not {count:?}")))?;
    let written = synth::write_corpus(count, dir)?;
    println!("synth: wrote {} releases and manifest.json into {}", written.len(), dir.display());
    Ok(())
}

/// `review [DIR or FILE] [--json]`, the flag anywhere.
fn review_command(args: &[&str]) -> Result<(), Failure> {
    let json = args.contains(&"--json");
    let targets: Vec<&&str> = args.iter().filter(|a| **a != "--json").collect();
    match targets.as_slice() {
        [] => review::review(&project_root().join("seeds"), json),
        [target] => review::review(Path::new(target), json),
        _ => Err(Failure(USAGE.to_string())),
    }
}

fn extract(dir: &Path) -> Result<(), Failure> {
    let dataset = explorer_extract::extract_folder(dir).map_err(|problems| Failure(problems.to_string()))?;
    for warning in &dataset.warnings {
        eprintln!("warning: {warning}");
    }
    let json = serde_json::to_string_pretty(&dataset).expect("the dataset serialises");
    println!("{json}");
    Ok(())
}
