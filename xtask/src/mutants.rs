//! `cargo xtask mutants [MODULE]`: how many deliberate bugs the tests catch in each of the
//! core's pure modules, by cargo-mutants, one module at a time (see TESTING.md).
//!
//! Each module is mutated alone and checked by its own package's tests, one build at a time
//! (`-j 1`): slow, but the machine stays usable. Not part of `cargo xtask test`.

use std::path::Path;
use std::time::Instant;

use serde_json::Value;

use crate::process::{Failure, run};
use crate::setup;

/// A module: its name in the table, its package and its file.
struct Module {
    name: &'static str,
    package: &'static str,
    file: &'static str,
}

const fn module(name: &'static str, package: &'static str, file: &'static str) -> Module {
    Module { name, package, file }
}

/// The pure modules: dates, text folding and the packed form; sorting, filters, facets,
/// countries, cases and headline figures; and the extractor's recognisers.
const MODULES: &[Module] = &[
    module("model/date", "explorer-model", "crates/model/src/date.rs"),
    module("model/text", "explorer-model", "crates/model/src/text.rs"),
    module("model/packed", "explorer-model", "crates/model/src/packed.rs"),
    module("query/sorting", "explorer-query", "crates/query/src/sorting.rs"),
    module("query/filter", "explorer-query", "crates/query/src/filter.rs"),
    module("query/facets", "explorer-query", "crates/query/src/facets.rs"),
    module("query/countries", "explorer-query", "crates/query/src/countries.rs"),
    module("query/cases", "explorer-query", "crates/query/src/cases.rs"),
    module("query/headline", "explorer-query", "crates/query/src/headline.rs"),
    module("extract/dates", "explorer-extract", "crates/extract/src/annotate/dates.rs"),
    module("extract/numbers", "explorer-extract", "crates/extract/src/annotate/numbers.rs"),
    module("extract/quantities", "explorer-extract", "crates/extract/src/annotate/quantities.rs"),
    module("extract/countries", "explorer-extract", "crates/extract/src/annotate/countries.rs"),
    module("extract/country_index", "explorer-extract", "crates/extract/src/annotate/country_index.rs"),
    module("extract/operation_names", "explorer-extract", "crates/extract/src/annotate/operation_names.rs"),
];

/// The share of mutants each module's tests must catch.
const TARGET: f64 = 0.8;

/// What cargo-mutants made of one module's mutants.
#[derive(Debug, Default, PartialEq, Eq)]
struct Tally {
    caught: usize,
    missed: usize,
    unviable: usize,
    timeout: usize,
}

impl Tally {
    /// Caught among the mutants that built: a mutant that does not compile tests nothing.
    fn caught_share(&self) -> f64 {
        let viable = self.caught + self.missed + self.timeout;
        if viable == 0 { 1.0 } else { self.caught as f64 / viable as f64 }
    }
}

pub fn mutants(only: Option<&str>) -> Result<(), Failure> {
    let chosen: Vec<&Module> = MODULES.iter().filter(|m| only.is_none_or(|name| m.name == name)).collect();
    if chosen.is_empty() {
        let names: Vec<&str> = MODULES.iter().map(|m| m.name).collect();
        return Err(Failure(format!("mutants: no module {only:?}; the modules are {}", names.join(", "))));
    }
    let tools = setup::tools();
    setup::ensure_cargo_mutants(&tools)?;
    let work = crate::project_root().join("target/mutants");
    let mut rows = Vec::new();
    for module in chosen {
        let output = work.join(module.name.replace('/', "-"));
        // A run that stops early must not leave the previous run's outcomes to be read.
        let _ = std::fs::remove_dir_all(output.join("mutants.out"));
        // cargo-mutants makes its output folder but not the folders above it (a fresh clone
        // has no target/mutants yet).
        std::fs::create_dir_all(&output)
            .map_err(|error| Failure(format!("mutants: cannot make {}: {error}", output.display())))?;
        let started = Instant::now();
        let mut cargo = tools.command("cargo");
        cargo.args(["mutants", "--package", module.package, "--file", module.file, "--no-shuffle", "-j", "1"]);
        // Builds share one target directory of their own, so that the dependencies build once.
        cargo.arg("--output").arg(&output).env("CARGO_TARGET_DIR", work.join("build"));
        // cargo-mutants exits non-zero when a mutant survives: its outcomes say what happened.
        let _ = run(&mut cargo);
        let tally = read_tally(&output.join("mutants.out/outcomes.json"))?;
        println!("mutants: {} took {:.1} minutes", module.name, started.elapsed().as_secs_f64() / 60.0);
        rows.push((module.name, tally));
    }
    println!("\n{}", table(&rows));
    let below: Vec<&str> = rows.iter().filter(|(_, t)| t.caught_share() < TARGET).map(|(name, _)| *name).collect();
    if below.is_empty() {
        Ok(())
    } else {
        Err(Failure(format!("mutants: below {:.0}% caught: {}", TARGET * 100.0, below.join(", "))))
    }
}

fn read_tally(path: &Path) -> Result<Tally, Failure> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure(format!("mutants: cannot read {} (did cargo-mutants run?): {e}", path.display())))?;
    let outcomes: Value =
        serde_json::from_str(&text).map_err(|e| Failure(format!("mutants: {} is not JSON: {e}", path.display())))?;
    Ok(tally(&outcomes))
}

/// Counts the outcomes by their summary; the baseline's ("Success") is none of the four.
fn tally(outcomes: &Value) -> Tally {
    let mut tally = Tally::default();
    for outcome in outcomes["outcomes"].as_array().into_iter().flatten() {
        match outcome["summary"].as_str() {
            Some("CaughtMutant") => tally.caught += 1,
            Some("MissedMutant") => tally.missed += 1,
            Some("Unviable") => tally.unviable += 1,
            Some("Timeout") => tally.timeout += 1,
            _ => {}
        }
    }
    tally
}

fn table(rows: &[(&str, Tally)]) -> String {
    let mut lines = vec![
        "| module | caught | missed | unviable | timeout | caught share |".to_string(),
        "|---|---:|---:|---:|---:|---:|".to_string(),
    ];
    for (name, t) in rows {
        lines.push(format!(
            "| {name} | {} | {} | {} | {} | {:.0}% |",
            t.caught,
            t.missed,
            t.unviable,
            t.timeout,
            t.caught_share() * 100.0
        ));
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An outcomes.json as cargo-mutants writes it, cut down to what is read.
    const OUTCOMES: &str = r#"{
        "outcomes": [
            {"scenario": "Baseline", "summary": "Success"},
            {"scenario": {"Mutant": {"name": "a"}}, "summary": "CaughtMutant"},
            {"scenario": {"Mutant": {"name": "b"}}, "summary": "CaughtMutant"},
            {"scenario": {"Mutant": {"name": "c"}}, "summary": "CaughtMutant"},
            {"scenario": {"Mutant": {"name": "d"}}, "summary": "MissedMutant"},
            {"scenario": {"Mutant": {"name": "e"}}, "summary": "Unviable"},
            {"scenario": {"Mutant": {"name": "f"}}, "summary": "Unviable"},
            {"scenario": {"Mutant": {"name": "g"}}, "summary": "Timeout"}
        ],
        "total_mutants": 7, "caught": 3, "missed": 1, "unviable": 2, "timeout": 1, "success": 0
    }"#;

    #[test]
    fn counts_each_outcome_and_leaves_out_the_baseline() {
        let tally = tally(&serde_json::from_str(OUTCOMES).unwrap());
        assert_eq!(tally, Tally { caught: 3, missed: 1, unviable: 2, timeout: 1 });
        // Unviable mutants are not in the share: 3 caught of 5 that built.
        assert_eq!(tally.caught_share(), 0.6);
    }

    #[test]
    fn prints_one_row_per_module_with_the_caught_share() {
        let rows = [
            ("model/date", Tally { caught: 3, missed: 1, unviable: 2, timeout: 1 }),
            ("model/text", Tally { caught: 0, missed: 0, unviable: 4, timeout: 0 }),
        ];
        let lines: Vec<String> = table(&rows).lines().map(str::to_string).collect();
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[2], "| model/date | 3 | 1 | 2 | 1 | 60% |");
        // Nothing that built survived: nothing was missed.
        assert_eq!(lines[3], "| model/text | 0 | 0 | 4 | 0 | 100% |");
    }

    #[test]
    fn every_module_file_exists_in_its_package() {
        let root = crate::project_root();
        for m in MODULES {
            assert!(root.join(m.file).is_file(), "{} names {}, which is missing", m.name, m.file);
            let manifest = root.join(m.file.split("/src/").next().unwrap()).join("Cargo.toml");
            let manifest = std::fs::read_to_string(manifest).unwrap();
            assert!(manifest.contains(&format!("name = \"{}\"", m.package)), "{} is not in {}", m.file, m.package);
        }
    }
}
