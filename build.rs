//! Runs the extractor over the seed folder and leaves the dataset, packed
//! (`explorer_model::packed`), in `$OUT_DIR/dataset.bin` and the texts themselves in
//! `$OUT_DIR/sources.rs`, which `src/data.rs` embeds: the app never fetches its data. The world map's geometry goes to `$OUT_DIR/world.rs` as statics.
//!
//! The folder is `seeds/`, or the one named by `EXPLORER_SEEDS` (relative to this package).
//! The map is drawn from the world-atlas npm package (Natural Earth's 1:110m countries).

use std::env;
use std::fs;
use std::path::PathBuf;
use std::process::ExitCode;

use explorer_extract::world_map::{WorldMap, world_map};
use explorer_extract::{extract_folder, input_paths};

/// The world-atlas package's countries, relative to this package; `npm ci` installs it.
const WORLD_ATLAS: &str = "node_modules/world-atlas/countries-110m.json";

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
    let texts: Vec<(&str, String)> = dataset
        .documents
        .iter()
        .map(|document| {
            let text = fs::read_to_string(seeds.join(&document.file)).expect("extraction has read this file");
            (document.file.as_str(), text)
        })
        .collect();
    let texts: Vec<(&str, &str)> = texts.iter().map(|(file, text)| (*file, text.as_str())).collect();
    fs::write(out_dir.join("dataset.bin"), explorer_model::packed::pack(&dataset, &texts))
        .expect("OUT_DIR is writable");
    // The texts as Rust string literals (Debug escapes them), for the Sources view and for
    // the quotes the packed dataset cuts from them.
    let mut sources = String::from("pub static SOURCE_TEXTS: &[(&str, &str)] = &[\n");
    for (file, text) in &texts {
        sources.push_str(&format!("    ({file:?}, {text:?}),\n"));
    }
    sources.push_str("];\n");
    fs::write(out_dir.join("sources.rs"), sources).expect("OUT_DIR is writable");

    let atlas = package_dir.join(WORLD_ATLAS);
    println!("cargo::rerun-if-changed={}", atlas.display());
    let topojson = match fs::read_to_string(&atlas) {
        Ok(topojson) => topojson,
        Err(error) => {
            eprintln!(
                "cannot read {}: {error}\nrun `npm ci` to install the npm packages (cargo xtask does it)",
                atlas.display()
            );
            return ExitCode::FAILURE;
        }
    };
    let map = match world_map(&topojson) {
        Ok(map) => map,
        Err(error) => {
            eprintln!("{}: {error}", atlas.display());
            return ExitCode::FAILURE;
        }
    };
    fs::write(out_dir.join("world.rs"), world_statics(&map)).expect("OUT_DIR is writable");
    ExitCode::SUCCESS
}

/// The map as Rust statics (Debug writes the string literals): static data costs the app
/// nothing at start-up, unlike JSON it would parse.
fn world_statics(map: &WorldMap) -> String {
    let mut rust = String::from("/// The SVG view box's width and height.\n");
    rust.push_str(&format!("pub static WORLD_VIEW_BOX: (f64, f64) = {:?};\n", map.view_box));
    rust.push_str("/// Each country's shape.\n");
    rust.push_str("pub static WORLD_SHAPES: &[WorldShape] = &[\n");
    for shape in &map.shapes {
        let (west, north, east, south) = shape.extent;
        rust.push_str(&format!(
            "    WorldShape {{ code: {:?}, name: {:?}, path: {:?}, centre: {:?}, \
             extent: Extent {{ west: {west:?}, north: {north:?}, east: {east:?}, south: {south:?} }} }},\n",
            shape.code, shape.name, shape.path, shape.centre
        ));
    }
    rust.push_str("];\n/// Each country or territory without a shape of its own as (ISO alpha-2 code, name, x, y).\n");
    rust.push_str("pub static WORLD_DOTS: &[(&str, &str, f64, f64)] = &[\n");
    for dot in &map.dots {
        rust.push_str(&format!("    ({:?}, {:?}, {:?}, {:?}),\n", dot.code, dot.name, dot.x, dot.y));
    }
    rust.push_str("];\n");
    rust
}
