//! `cargo xtask test`: four layers, one summary line.
//!
//! 1. native: `cargo test --workspace` (core, extractor, xtask);
//! 2. component: the app's components in headless Chromium and Firefox (wasm-bindgen-test);
//! 3. end-to-end: the release bundle served on 127.0.0.1 (tests/e2e, node's test runner): the
//!    journeys in Chromium, Firefox and WebKit over WebDriver, hosting, summary and media
//!    tests in Chromium under playwright-core. Three more bundles are built for it: one from the
//!    hostile seeds in `tests/hostile-seeds/`, one from the development corpus (whose releases
//!    state seizures of an operation's own, which the seeds do not), and the real one a second
//!    time, which must come out byte for byte the same.
//! 4. benchmark: `cargo xtask bench` on three synthetic releases, checked for running, not timed.
//!
//! Every layer runs even when an earlier one fails, so one run shows every failure. A test
//! the runner cancelled, skipped or left to do counts as failed, and so does each test a layer
//! is short of its minimum (`LAYERS`): a layer that lost its tests cannot read as green.

use crate::process::{Failure, run_and_collect};
use crate::setup::{self, Needs, Tools};

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Counts {
    passed: usize,
    failed: usize,
    /// Tests the runner knew of but did not run to a pass: cancelled (a failing `before` hook
    /// cancels its suite's tests), skipped, todo, ignored; and those a layer lost, below its
    /// minimum. Each counts as a failure.
    not_run: usize,
}

impl Counts {
    fn failures(&self) -> usize {
        self.failed + self.not_run
    }

    fn ran(&self) -> usize {
        self.passed + self.failed + self.not_run
    }
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, other: Counts) {
        self.passed += other.passed;
        self.failed += other.failed;
        self.not_run += other.not_run;
    }
}

/// A test layer: its name, how to run it, and the fewest tests it has. A layer that reports
/// fewer has lost some (a file the runner did not find, a suite that never started), and fails.
struct Layer {
    name: &'static str,
    run: fn(&Tools) -> Counts,
    minimum: usize,
}

/// The layers in the order they run, with their minimums: the counts of a full run, raised
/// here when tests are added, so that losing one shows.
const LAYERS: [Layer; 4] = [
    Layer { name: "native", run: native, minimum: 450 },
    // The 16 component tests, in Chromium and then in Firefox.
    Layer { name: "component", run: component, minimum: 32 },
    Layer { name: "end-to-end", run: end_to_end, minimum: 263 },
    Layer { name: "benchmark", run: benchmark, minimum: 1 },
];

pub fn run_all() -> Result<(), Failure> {
    let tools = setup::ensure(Needs::Test)?;
    let mut total = Counts::default();
    let mut report = Vec::new();
    for layer in &LAYERS {
        println!("\n=== {} tests ===", layer.name);
        let counts = at_least((layer.run)(&tools), layer.minimum, layer.name);
        report.push(format!("{}: {}", layer.name, described(counts)));
        total += counts;
    }
    println!("\n{}", report.join("\n"));
    println!("{} passed, {} failed", total.passed, total.failures());
    if total.failures() > 0 { Err(Failure(String::new())) } else { Ok(()) }
}

/// "5 passed, 2 failed", and how many of the failures are tests that did not run.
fn described(counts: Counts) -> String {
    let line = format!("{} passed, {} failed", counts.passed, counts.failures());
    if counts.not_run == 0 { line } else { format!("{line} ({} of them not run)", counts.not_run) }
}

/// The counts, with the tests a layer is short of its minimum counted as not run.
fn at_least(counts: Counts, minimum: usize, layer: &str) -> Counts {
    let ran = counts.ran();
    if ran >= minimum {
        return counts;
    }
    eprintln!("{layer}: {ran} tests reported, fewer than the {minimum} the layer has: {} not run", minimum - ran);
    Counts { not_run: counts.not_run + minimum - ran, ..counts }
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
    for (driver, path, browser) in
        [("CHROMEDRIVER", "/usr/bin/chromedriver", "Chrome"), ("GECKODRIVER", "geckodriver", "Firefox")]
    {
        let mut cargo = tools.command("cargo");
        cargo.args(["test", "-p", "explorer", "--target", "wasm32-unknown-unknown", "--test", "components"]);
        only_driver(&mut cargo, driver, path);
        let pass = match run_and_collect(&mut cargo) {
            Ok((succeeded, lines)) => {
                let mut pass = counted_or_failed(cargo_test_counts(&lines), succeeded, "component");
                if let Some(other) = other_browser(&lines, browser) {
                    eprintln!("component: the pass meant for {browser} ran in {other}");
                    pass.failed += 1;
                }
                pass
            }
            Err(Failure(message)) => not_run("component", &message),
        };
        counts += pass;
    }
    counts
}

/// The WebDriver servers wasm-bindgen-test-runner looks for, each named by a variable of its
/// own (a path), or `<NAME>_REMOTE` (an address), with `<NAME>_ARGS`; the first one set wins,
/// Firefox's before Chromium's.
const DRIVER_VARIABLES: [&str; 4] = ["GECKODRIVER", "SAFARIDRIVER", "CHROMEDRIVER", "MSEDGEDRIVER"];

/// Sets `driver` to `path` for the runner and clears every other driver's variables, so that
/// one inherited from the shell does not turn the Chromium pass into a second Firefox pass.
fn only_driver(command: &mut std::process::Command, driver: &str, path: &str) {
    for name in DRIVER_VARIABLES {
        for suffix in ["", "_REMOTE", "_ARGS"] {
            command.env_remove(format!("{name}{suffix}"));
        }
    }
    command.env(driver, path);
}

/// The browser a wasm-bindgen-test run says it ran in ("Running headless tests in Firefox on
/// ..."), when that is not `browser`, or when it names none.
fn other_browser(lines: &[String], browser: &str) -> Option<String> {
    let named: Vec<&str> = lines
        .iter()
        .filter_map(|line| line.trim().strip_prefix("Running headless tests in "))
        .map(|rest| rest.split(" on ").next().unwrap_or(rest))
        .collect();
    match named.iter().find(|name| **name != browser) {
        Some(other) => Some(other.to_string()),
        None if named.is_empty() => Some("no browser it named".to_string()),
        None => None,
    }
}

fn end_to_end(tools: &Tools) -> Counts {
    let root = crate::project_root();
    let bundles = [
        crate::Bundle { seeds: None, dist: root.join("dist"), integrity: true },
        crate::Bundle { seeds: Some(root.join("tests/hostile-seeds")), dist: root.join(HOSTILE_DIST), integrity: true },
        // The development corpus: the seeds' seizures are all one country's case, so the
        // operation page's "Seized" and the table's "Seized: ..." are seen here
        // (tests/e2e/seizures.test.mjs).
        crate::Bundle { seeds: Some(root.join(CORPUS_SEEDS)), dist: root.join(CORPUS_DIST), integrity: true },
        // The same seeds again, after a build from other seeds made build.rs and the app crate
        // run afresh: the e2e suite compares this bundle with dist/.
        crate::Bundle { seeds: None, dist: root.join(SECOND_DIST), integrity: true },
    ];
    for bundle in &bundles {
        if let Err(Failure(message)) = crate::build_with(tools, bundle) {
            eprintln!("end-to-end: the bundle {} did not build: {message}", bundle.dist.display());
            return Counts { failed: 1, ..Counts::default() };
        }
    }
    let mut node = tools.command("node");
    node.args(["--test", "--test-reporter=spec", "tests/e2e/"]);
    match run_and_collect(&mut node) {
        Ok((succeeded, lines)) => counted_or_failed(node_counts(&lines), succeeded, "end-to-end"),
        Err(Failure(message)) => not_run("end-to-end", &message),
    }
}

/// Where the end-to-end suite finds the extra bundles (hosting.test.mjs and seizures.test.mjs
/// name them too).
const HOSTILE_DIST: &str = "target/e2e/hostile";
const CORPUS_SEEDS: &str = "crates/extract/tests/fixtures/corpus";
const CORPUS_DIST: &str = "target/e2e/corpus";
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
                Counts { passed: 1, ..Counts::default() }
            } else {
                eprintln!("benchmark: figures missing: {}", missing.join(", "));
                Counts { failed: 1, ..Counts::default() }
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
    if !succeeded && counts.failures() == 0 {
        eprintln!("{layer}: the runner failed before reporting a failing test");
        return Counts { failed: 1, ..counts };
    }
    counts
}

fn not_run(layer: &str, message: &str) -> Counts {
    eprintln!("{layer}: could not run: {message}");
    Counts { failed: 1, ..Counts::default() }
}

/// Sums cargo's (and wasm-bindgen-test's) "test result: ok. 8 passed; 0 failed; 1 ignored; ..."
/// lines; an ignored test did not run.
fn cargo_test_counts(lines: &[String]) -> Counts {
    let mut counts = Counts::default();
    for line in lines {
        let Some(result) = line.trim().strip_prefix("test result: ") else { continue };
        for part in result.split([';', '.']) {
            let mut words = part.split_whitespace();
            match (words.next().and_then(|n| n.parse::<usize>().ok()), words.next()) {
                (Some(n), Some("passed")) => counts.passed += n,
                (Some(n), Some("failed")) => counts.failed += n,
                (Some(n), Some("ignored")) => counts.not_run += n,
                _ => {}
            }
        }
    }
    counts
}

/// Reads node's spec reporter summary ("ℹ pass 5", "ℹ fail 0", "ℹ cancelled 62", "ℹ skipped 0",
/// "ℹ todo 0").
fn node_counts(lines: &[String]) -> Counts {
    let mut counts = Counts::default();
    for line in lines {
        let plain = strip_ansi(line);
        let mut words = plain.trim_start_matches(|c: char| !c.is_ascii_alphabetic()).split_whitespace();
        match (words.next(), words.next().and_then(|n| n.parse::<usize>().ok()), words.next()) {
            (Some("pass"), Some(n), None) => counts.passed += n,
            (Some("fail"), Some(n), None) => counts.failed += n,
            (Some("cancelled" | "skipped" | "todo"), Some(n), None) => counts.not_run += n,
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
        assert_eq!(cargo_test_counts(&output), Counts { passed: 13, failed: 2, not_run: 1 });
    }

    #[test]
    fn reads_node_spec_summary() {
        let output = lines(
            "\u{1b}[34mℹ tests 6\u{1b}[39m\nℹ suites 1\n\u{1b}[34mℹ pass 5\u{1b}[39m\nℹ fail 1\nℹ cancelled 0\n  ✔ pass 3 things (2ms)",
        );
        assert_eq!(node_counts(&output), Counts { passed: 5, failed: 1, not_run: 0 });
    }

    /// A `before` hook that throws cancels its suite: node says "fail 1" for the hook alone.
    #[test]
    fn cancelled_skipped_and_todo_tests_count_as_failed() {
        let output = lines("ℹ tests 70\nℹ pass 5\nℹ fail 1\nℹ cancelled 62\nℹ skipped 1\nℹ todo 1\nℹ duration_ms 9.5");
        let counts = node_counts(&output);
        assert_eq!(counts, Counts { passed: 5, failed: 1, not_run: 64 });
        assert_eq!(counts.failures(), 65);
        assert_eq!(described(counts), "5 passed, 65 failed (64 of them not run)");
    }

    #[test]
    fn a_layer_short_of_its_minimum_fails() {
        let none = Counts::default();
        assert_eq!(at_least(none, 222, "x"), Counts { passed: 0, failed: 0, not_run: 222 });
        let short = Counts { passed: 200, failed: 1, not_run: 1 };
        assert_eq!(at_least(short, 222, "x"), Counts { passed: 200, failed: 1, not_run: 21 });
        let full = Counts { passed: 223, ..Counts::default() };
        assert_eq!(at_least(full, 222, "x"), full);
    }

    #[test]
    fn a_failed_runner_without_failures_counts_one() {
        let passed = Counts { passed: 4, ..Counts::default() };
        assert_eq!(counted_or_failed(passed, false, "x"), Counts { passed: 4, failed: 1, not_run: 0 });
        assert_eq!(counted_or_failed(passed, true, "x"), passed);
    }

    #[test]
    fn a_component_pass_clears_the_other_drivers() {
        let mut cargo = std::process::Command::new("cargo");
        cargo.env("GECKODRIVER", "geckodriver").env("CHROMEDRIVER_REMOTE", "http://127.0.0.1:9515");
        only_driver(&mut cargo, "CHROMEDRIVER", "/usr/bin/chromedriver");
        let set: Vec<(String, Option<String>)> = cargo
            .get_envs()
            .map(|(name, value)| (name.to_string_lossy().into_owned(), value.map(|v| v.to_string_lossy().into_owned())))
            .collect();
        assert!(set.contains(&("CHROMEDRIVER".to_string(), Some("/usr/bin/chromedriver".to_string()))), "{set:?}");
        for name in DRIVER_VARIABLES {
            for suffix in ["_REMOTE", "_ARGS"] {
                assert!(set.contains(&(format!("{name}{suffix}"), None)), "{name}{suffix} is not cleared: {set:?}");
            }
        }
        for other in ["GECKODRIVER", "SAFARIDRIVER", "MSEDGEDRIVER"] {
            assert!(set.contains(&(other.to_string(), None)), "{other} is not cleared: {set:?}");
        }
    }

    #[test]
    fn a_pass_in_another_browser_is_caught() {
        let firefox =
            lines("Running headless tests in Firefox on `http://127.0.0.1:4444/`\ntest result: ok. 13 passed");
        assert_eq!(other_browser(&firefox, "Firefox"), None);
        assert_eq!(other_browser(&firefox, "Chrome").as_deref(), Some("Firefox"));
        assert_eq!(
            other_browser(&lines("test result: ok. 13 passed"), "Chrome").as_deref(),
            Some("no browser it named")
        );
    }
}
