//! `cargo xtask test`: four layers, one summary line.
//!
//! 1. native: `cargo test --workspace` (core, extractor, xtask);
//! 2. component: the app's components in headless Chromium and Firefox (wasm-bindgen-test);
//! 3. end-to-end: the release bundle served on 127.0.0.1 (tests/e2e, node's test runner): the
//!    journeys in Chromium, Firefox and WebKit over WebDriver, hosting, summary and media
//!    tests in Chromium under playwright-core. Two more bundles are built for it: one from the
//!    hostile seeds in `tests/hostile-seeds/`, and the real one a second time, which must come
//!    out byte for byte the same.
//! 4. benchmark: `cargo xtask bench` on three synthetic releases, checked for running, not timed.
//!
//! Every layer runs even when an earlier one fails, so one run shows every failure.

use crate::process::{Failure, run_and_collect};
use crate::setup::{self, Needs, Tools};

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Counts {
    passed: usize,
    failed: usize,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, other: Counts) {
        self.passed += other.passed;
        self.failed += other.failed;
    }
}

/// A test layer: its name and how to run it.
type Layer = (&'static str, fn(&Tools) -> Counts);

pub fn run_all() -> Result<(), Failure> {
    let tools = setup::ensure(Needs::Test)?;
    let layers: [Layer; 4] =
        [("native", native), ("component", component), ("end-to-end", end_to_end), ("benchmark", benchmark)];
    let mut total = Counts::default();
    let mut report = Vec::new();
    for (name, layer) in layers {
        println!("\n=== {name} tests ===");
        let counts = layer(&tools);
        report.push(format!("{name}: {} passed, {} failed", counts.passed, counts.failed));
        total += counts;
    }
    println!("\n{}", report.join("\n"));
    println!("{} passed, {} failed", total.passed, total.failed);
    if total.failed > 0 { Err(Failure(String::new())) } else { Ok(()) }
}

fn native(tools: &Tools) -> Counts {
    let mut cargo = tools.command("cargo");
    // --no-fail-fast: one failing test binary must not hide the results of the others.
    cargo.args(["test", "--workspace", "--no-fail-fast"]);
    cargo_counts(run_and_collect(&mut cargo), "native")
}

/// The component tests in Chromium, then in Firefox (webdriver.json holds both browsers'
/// options); WebKit has no driver wasm-bindgen-test can use, so it runs the journeys only.
fn component(tools: &Tools) -> Counts {
    let mut counts = Counts::default();
    for (driver, path) in [("CHROMEDRIVER", "/usr/bin/chromedriver"), ("GECKODRIVER", "geckodriver")] {
        let mut cargo = tools.command("cargo");
        cargo
            .args(["test", "-p", "explorer", "--target", "wasm32-unknown-unknown", "--test", "components"])
            .env(driver, path);
        counts += cargo_counts(run_and_collect(&mut cargo), "component");
    }
    counts
}

fn end_to_end(tools: &Tools) -> Counts {
    let root = crate::project_root();
    let bundles = [
        crate::Bundle { seeds: None, dist: root.join("dist"), integrity: true },
        crate::Bundle { seeds: Some(root.join("tests/hostile-seeds")), dist: root.join(HOSTILE_DIST), integrity: true },
        // The same seeds again, after a build from other seeds made build.rs and the app crate
        // run afresh: the e2e suite compares this bundle with dist/.
        crate::Bundle { seeds: None, dist: root.join(SECOND_DIST), integrity: true },
    ];
    for bundle in &bundles {
        if let Err(Failure(message)) = crate::build_with(tools, bundle) {
            eprintln!("end-to-end: the bundle {} did not build: {message}", bundle.dist.display());
            return Counts { passed: 0, failed: 1 };
        }
    }
    let mut node = tools.command("node");
    node.args(["--test", "--test-reporter=spec", "tests/e2e/"]);
    match run_and_collect(&mut node) {
        Ok((succeeded, lines)) => counted_or_failed(node_counts(&lines), succeeded, "end-to-end"),
        Err(Failure(message)) => not_run("end-to-end", &message),
    }
}

/// Where the end-to-end suite finds the extra bundles (tests/e2e/bundles.mjs names them too).
const HOSTILE_DIST: &str = "target/e2e/hostile";
const SECOND_DIST: &str = "target/e2e/second";

/// The benchmark still runs end to end, on a tiny synthetic corpus and one load (its timings
/// are not checked: they are figures for BENCHMARKS.md, not tests).
fn benchmark(_: &Tools) -> Counts {
    match crate::bench::run_bench(1, &[("3-documents", Some(3))]) {
        Ok(results) => {
            let missing = crate::bench::missing_figures(&results);
            println!("{}", crate::bench::table(&results));
            if missing.is_empty() {
                println!("benchmark: every figure measured");
                Counts { passed: 1, failed: 0 }
            } else {
                eprintln!("benchmark: figures missing: {}", missing.join(", "));
                Counts { passed: 0, failed: 1 }
            }
        }
        Err(Failure(message)) => not_run("benchmark", &message),
    }
}

fn cargo_counts(outcome: Result<(bool, Vec<String>), Failure>, layer: &str) -> Counts {
    match outcome {
        Ok((succeeded, lines)) => counted_or_failed(cargo_test_counts(&lines), succeeded, layer),
        Err(Failure(message)) => not_run(layer, &message),
    }
}

/// A runner that failed without a failing test (a build error, a crash) still fails the layer.
fn counted_or_failed(counts: Counts, succeeded: bool, layer: &str) -> Counts {
    if !succeeded && counts.failed == 0 {
        eprintln!("{layer}: the runner failed before reporting a failing test");
        return Counts { failed: 1, ..counts };
    }
    counts
}

fn not_run(layer: &str, message: &str) -> Counts {
    eprintln!("{layer}: could not run: {message}");
    Counts { passed: 0, failed: 1 }
}

/// Sums cargo's (and wasm-bindgen-test's) "test result: ok. 8 passed; 0 failed; ..." lines.
fn cargo_test_counts(lines: &[String]) -> Counts {
    let mut counts = Counts::default();
    for line in lines {
        let Some(result) = line.trim().strip_prefix("test result: ") else { continue };
        for part in result.split([';', '.']) {
            let mut words = part.split_whitespace();
            match (words.next().and_then(|n| n.parse::<usize>().ok()), words.next()) {
                (Some(n), Some("passed")) => counts.passed += n,
                (Some(n), Some("failed")) => counts.failed += n,
                _ => {}
            }
        }
    }
    counts
}

/// Reads node's spec reporter summary ("ℹ pass 5", "ℹ fail 0").
fn node_counts(lines: &[String]) -> Counts {
    let mut counts = Counts::default();
    for line in lines {
        let plain = strip_ansi(line);
        let mut words = plain.trim_start_matches(|c: char| !c.is_ascii_alphabetic()).split_whitespace();
        match (words.next(), words.next().and_then(|n| n.parse::<usize>().ok()), words.next()) {
            (Some("pass"), Some(n), None) => counts.passed += n,
            (Some("fail"), Some(n), None) => counts.failed += n,
            _ => {}
        }
    }
    counts
}

fn strip_ansi(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            // An escape sequence runs to its final letter ("\x1b[32m").
            chars.by_ref().find(|c| c.is_ascii_alphabetic());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    #[test]
    fn sums_cargo_results() {
        let output = lines(
            "running 3 tests\ntest result: ok. 3 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out\n\
             test result: FAILED. 10 passed; 2 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.1s",
        );
        assert_eq!(cargo_test_counts(&output), Counts { passed: 13, failed: 2 });
    }

    #[test]
    fn reads_node_spec_summary() {
        let output = lines(
            "\u{1b}[34mℹ tests 6\u{1b}[39m\nℹ suites 1\n\u{1b}[34mℹ pass 5\u{1b}[39m\nℹ fail 1\nℹ cancelled 0\n  ✔ pass 3 things (2ms)",
        );
        assert_eq!(node_counts(&output), Counts { passed: 5, failed: 1 });
    }

    #[test]
    fn a_failed_runner_without_failures_counts_one() {
        assert_eq!(counted_or_failed(Counts { passed: 4, failed: 0 }, false, "x"), Counts { passed: 4, failed: 1 });
        assert_eq!(counted_or_failed(Counts { passed: 4, failed: 0 }, true, "x"), Counts { passed: 4, failed: 0 });
    }
}
