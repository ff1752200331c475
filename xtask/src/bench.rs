//! `cargo xtask bench`: the explorer's figures at 1×, 10× and 100× the real corpus, printed as a
//! table and written to `bench/results.json`. Timings are medians and are never asserted: the
//! budgets are compared in BENCHMARKS.md, by a reader who knows the machine.
//!
//! For each scale: the seed folder (the real seeds, or `cargo xtask synth` output), extraction
//! throughput (`explorer-extract`'s `throughput` example, release build), the bundle's build time
//! and then, in headless Chromium (`bench/browser.mjs`): file sizes, cold-load startup served two
//! ways (compressed, as a host serves it, and plain, by `python3 -m http.server`), update latency
//! and wasm memory. The yardstick (`bench/hello`, a minimal Yew app, precompressed like the
//! bundles) is loaded alternately with the 1× bundle, served the same way. Lighthouse
//! (`bench/lighthouse.mjs`) scores the first scale's bundle only, served compressed, with its
//! mobile and desktop settings.

use std::path::{Path, PathBuf};
use std::time::Instant;

use serde_json::{Value, json};

use crate::process::{Failure, run, run_and_collect};
use crate::setup::{self, Needs, Tools};

/// Cold loads per bundle (the issue asks for at least 15).
const LOADS: usize = 15;

/// A corpus size: its name, and how many synthetic releases (`None`: the real seeds).
const SCALES: [(&str, Option<usize>); 3] = [("1x", None), ("10x", Some(50)), ("100x", Some(500))];

/// The Lighthouse settings measured, and the scores each gives (keys as `bench/lighthouse.mjs`
/// prints them).
const LIGHTHOUSE_PRESETS: [&str; 2] = ["mobile", "desktop"];
const LIGHTHOUSE_SCORES: [&str; 3] = ["performance", "accessibility", "best_practices"];

pub fn run_bench(loads: usize, scales: &[(&str, Option<usize>)]) -> Result<Value, Failure> {
    let tools = setup::ensure(Needs::Test)?;
    let root = crate::project_root();
    // Bundles, synthetic seeds and the yardstick are built here, leaving dist/ alone.
    let work = root.join("target/bench");
    // Scales in the order measured (1×, 10×, 100×): a list, as JSON objects keep no order here.
    let mut results = json!({ "machine": machine(), "scales": [] });
    let mut bundles = Vec::new();
    for &(name, synthetic) in scales {
        let seeds = match synthetic {
            None => root.join("seeds"),
            Some(count) => {
                let dir = work.join(format!("seeds-{name}"));
                crate::synth::write_corpus(count, &dir)?;
                dir
            }
        };
        let dist = dist_dir(&work, name);
        let started = Instant::now();
        crate::build_with(&tools, &crate::Bundle { seeds: Some(seeds.clone()), dist: dist.clone(), integrity: true })?;
        let build_seconds = started.elapsed().as_secs_f64();
        results["scales"].as_array_mut().expect("a list").push(json!({
            "name": name,
            "documents": synthetic.unwrap_or(5),
            "build_seconds": round(build_seconds, 1),
            "extraction": throughput(&tools, &seeds)?,
        }));
        bundles.push(format!("{name}={}", dist.display()));
    }
    let hello = work.join("hello");
    let mut trunk = tools.command("trunk");
    trunk.current_dir(root.join("bench/hello")).args([
        "build",
        "--release",
        "--offline",
        "--skip-version-check",
        "--dist",
    ]);
    run(trunk.arg(&hello))?;
    crate::precompress(&hello)?;

    let mut node = tools.command("node");
    node.arg("bench/browser.mjs").arg(loads.to_string()).arg(&hello).args(&bundles);
    let measured = last_json(&mut node, "the browser measurements")?;
    for scale in results["scales"].as_array_mut().expect("a list") {
        let figures = &measured["bundles"][scale["name"].as_str().unwrap_or_default()];
        for (key, value) in figures.as_object().into_iter().flatten() {
            scale[key] = value.clone();
        }
    }
    // Lighthouse for the first scale only (the real corpus in a full run): its scores judge the
    // page rather than the corpus's size, and it takes about 20 s a bundle.
    if let Some(first) = results["scales"].as_array_mut().and_then(|scales| scales.first_mut()) {
        let name = first["name"].as_str().unwrap_or_default().to_string();
        first["lighthouse"] = lighthouse(&tools, &dist_dir(&work, &name))?;
    }
    results["loads"] = json!(loads);
    Ok(results)
}

/// Where a scale's bundle is built.
fn dist_dir(work: &Path, scale: &str) -> PathBuf {
    work.join(format!("dist-{scale}"))
}

/// Lighthouse's scores for a bundle: `{"mobile": {...}, "desktop": {...}}`.
fn lighthouse(tools: &Tools, dist: &Path) -> Result<Value, Failure> {
    let mut node = tools.command("node");
    node.arg("bench/lighthouse.mjs").arg(dist);
    last_json(&mut node, "Lighthouse")
}

/// The figures every scale must have, for the suite's check that the bench still runs.
pub fn missing_figures(results: &Value) -> Vec<String> {
    // Startup served compressed (at the top level) and plain (under "plain").
    let keys = [
        "/build_seconds",
        "/ready_ms",
        "/fcp_ms",
        "/plain/ready_ms",
        "/plain/fcp_ms",
        "/update_ms",
        "/countries_keystroke_ms",
        "/wasm_memory_bytes",
        "/extraction/mb_per_second",
        "/size/total/gzip",
        "/size/total/brotli",
    ];
    let mut missing = Vec::new();
    let absent = |figures: &Value, key: &&str| !figures.pointer(key).is_some_and(Value::is_number);
    let named = |name: &str, key: &str| format!("{name}: {}", key.trim_start_matches('/'));
    for figures in results["scales"].as_array().into_iter().flatten() {
        let name = figures["name"].as_str().unwrap_or("?");
        missing.extend(keys.iter().filter(|key| absent(figures, key)).map(|key| named(name, key)));
    }
    // The yardstick is loaded with the first scale only, and Lighthouse scores only that one.
    if let Some(first) = results["scales"].as_array().and_then(|scales| scales.first()) {
        let name = first["name"].as_str().unwrap_or("?");
        let ratios = ["/startup_ratio", "/plain/startup_ratio"];
        missing.extend(ratios.iter().filter(|key| absent(first, key)).map(|key| named(name, key)));
        for preset in LIGHTHOUSE_PRESETS {
            let scores = &first["lighthouse"][preset];
            missing.extend(
                LIGHTHOUSE_SCORES
                    .iter()
                    .filter(|score| !scores[**score].is_number())
                    .map(|score| format!("{name}: lighthouse {preset} {score}")),
            );
        }
    }
    if results["scales"].as_array().is_none_or(|scales| scales.is_empty()) {
        missing.push("every scale".into());
    }
    missing
}

/// `cargo xtask bench`: every scale, the full number of loads; writes `bench/results.json`.
pub fn bench() -> Result<(), Failure> {
    let results = run_bench(LOADS, &SCALES)?;
    let path = crate::project_root().join("bench/results.json");
    let text = serde_json::to_string_pretty(&results).expect("JSON values serialise");
    std::fs::write(&path, text + "\n").map_err(|e| Failure(format!("cannot write {}: {e}", path.display())))?;
    println!("\n{}", table(&results));
    println!("written to {}", path.display());
    Ok(())
}

fn throughput(tools: &Tools, seeds: &Path) -> Result<Value, Failure> {
    let mut cargo = tools.command("cargo");
    cargo.args([
        "run",
        "--quiet",
        "--profile",
        "extraction",
        "-p",
        "explorer-extract",
        "--example",
        "throughput",
        "--",
    ]);
    cargo.arg(seeds);
    last_json(&mut cargo, "the throughput example")
}

/// Runs a measuring command and reads the JSON object it prints last.
fn last_json(command: &mut std::process::Command, what: &str) -> Result<Value, Failure> {
    let (succeeded, lines) = run_and_collect(command)?;
    let found = lines.iter().rev().find_map(|line| serde_json::from_str::<Value>(line).ok());
    found.filter(|_| succeeded).ok_or_else(|| Failure(format!("bench: {what} printed no result")))
}

fn machine() -> Value {
    let cpu = std::fs::read_to_string("/proc/cpuinfo").ok().and_then(|info| {
        info.lines()
            .find_map(|l| l.strip_prefix("model name").map(|m| m.trim_start_matches([' ', '\t', ':']).to_string()))
    });
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0);
    let memory_kb = std::fs::read_to_string("/proc/meminfo").ok().and_then(|info| {
        info.lines().find_map(|l| l.strip_prefix("MemTotal:")?.trim().strip_suffix(" kB")?.parse::<u64>().ok())
    });
    json!({ "cpu": cpu, "cores": cores, "memory_gb": memory_kb.map(|kb| round(kb as f64 / 1048576.0, 1)) })
}

fn round(value: f64, digits: i32) -> f64 {
    let scale = 10f64.powi(digits);
    (value * scale).round() / scale
}

/// The figures as a table, one column per scale, with the budget each is held to.
pub fn table(results: &Value) -> String {
    type Figure = (&'static str, &'static str, fn(&Value) -> Option<String>);
    let rows: [Figure; 17] = [
        ("documents", "", |v| v["documents"].as_u64().map(|n| n.to_string())),
        ("dist/ gzip (KB)", "≤ 200 at 1×", |v| {
            v["size"]["total"]["gzip"].as_f64().map(|b| format!("{:.1}", b / 1000.0))
        }),
        ("dist/ brotli (KB)", "", |v| v["size"]["total"]["brotli"].as_f64().map(|b| format!("{:.1}", b / 1000.0))),
        ("wasm raw / brotli (KB)", "", |v| {
            let files = v["size"]["files"].as_object()?;
            let wasm = files.iter().find(|(name, _)| name.ends_with(".wasm"))?.1;
            Some(format!("{:.1} / {:.1}", wasm["raw"].as_f64()? / 1000.0, wasm["brotli"].as_f64()? / 1000.0))
        }),
        ("explorer-offline.html (KB)", "", |v| {
            v["size"]["offline"]["raw"].as_f64().map(|b| format!("{:.1}", b / 1000.0))
        }),
        // "c/p": served compressed, as a host serves it / plain, both in one cell.
        ("startup, ready c/p (ms)", "", |v| served_cell(v, "ready_ms", 1)),
        ("startup ÷ minimal Yew c/p", "≤ 2.0", |v| served_cell(v, "startup_ratio", 2)),
        ("first contentful paint c/p (ms)", "", |v| served_cell(v, "fcp_ms", 1)),
        ("explorer:update median (ms)", "", |v| v["update_ms"].as_f64().map(|x| format!("{x:.1}"))),
        ("  keystroke / facet / route", "", |v| {
            let [k, f, r] = ["keystroke_ms", "facet_toggle_ms", "route_change_ms"].map(|key| v[key].as_f64());
            Some(format!("{:.1} / {:.1} / {:.1}", k?, f?, r?))
        }),
        ("countries keystroke (ms)", "≤ 4 / ≤ 16 at 100×", |v| {
            v["countries_keystroke_ms"].as_f64().map(|x| format!("{x:.1}"))
        }),
        ("wasm memory (MB)", "≤ 16 at 100×", |v| {
            v["wasm_memory_bytes"].as_f64().map(|b| format!("{:.1}", b / 1048576.0))
        }),
        ("extraction (MB/s)", "≥ 10", |v| v["extraction"]["mb_per_second"].as_f64().map(|x| format!("{x:.2}"))),
        ("bundle build (s)", "", |v| v["build_seconds"].as_f64().map(|x| format!("{x:.1}"))),
        // "m/d": mobile / desktop, both in one cell so the two settings read side by side.
        ("Lighthouse performance m/d", "≥ 0.95", |v| lighthouse_cell(v, "performance")),
        ("Lighthouse accessibility m/d", "1.0", |v| lighthouse_cell(v, "accessibility")),
        ("Lighthouse best practices m/d", "1.0", |v| lighthouse_cell(v, "best_practices")),
    ];
    let scales: Vec<&Value> = results["scales"].as_array().map(|list| list.iter().collect()).unwrap_or_default();
    let mut lines = vec![format!(
        "{:<32}{}{:>22}",
        "figure",
        scales.iter().map(|v| format!("{:>20}", v["name"].as_str().unwrap_or("?"))).collect::<String>(),
        "budget"
    )];
    for (label, budget, read) in rows {
        let cells: String = scales.iter().map(|v| format!("{:>20}", read(v).unwrap_or_else(|| "–".into()))).collect();
        lines.push(format!("{label:<32}{cells}{budget:>22}"));
    }
    lines.push(
        "c/p: served compressed, as a host serves it (the budgets' figure) / plain, by python3 -m http.server; \
         m/d: Lighthouse's mobile / desktop settings, served compressed"
            .into(),
    );
    lines.join("\n")
}

/// A startup figure served compressed then plain, e.g. "41.3 / 52.0".
fn served_cell(figures: &Value, key: &str, digits: usize) -> Option<String> {
    let [compressed, plain] = [&figures[key], &figures["plain"][key]].map(Value::as_f64);
    Some(format!("{:.digits$} / {:.digits$}", compressed?, plain?))
}

/// One Lighthouse score with the mobile then the desktop settings, e.g. "0.81 / 0.99".
fn lighthouse_cell(figures: &Value, score: &str) -> Option<String> {
    let [mobile, desktop] = LIGHTHOUSE_PRESETS.map(|preset| figures["lighthouse"][preset][score].as_f64());
    Some(format!("{:.2} / {:.2}", mobile?, desktop?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_shows_each_scale_and_a_dash_for_what_was_not_measured() {
        let results = json!({ "scales": [
            { "name": "1x", "documents": 5, "ready_ms": 41.25, "startup_ratio": 1.5,
              "plain": { "ready_ms": 52.0, "startup_ratio": 1.75, "fcp_ms": 30 },
              "countries_keystroke_ms": 2.25,
              "size": { "total": { "gzip": 263427 },
                        "files": { "index.html": { "raw": 9000, "brotli": 2000 },
                                   "app_bg.wasm": { "raw": 670000, "brotli": 190500 } } },
              "lighthouse": { "mobile": { "performance": 0.81, "accessibility": 1 },
                              "desktop": { "performance": 0.99, "accessibility": 1 } } },
            { "name": "100x", "documents": 500, "ready_ms": 90.0 },
        ]});
        let table = table(&results);
        let row = |label: &str| {
            table.lines().find(|l| l.starts_with(label)).unwrap().split_whitespace().collect::<Vec<_>>().join(" ")
        };
        assert!(table.lines().next().unwrap().contains("1x"));
        assert_eq!(row("documents"), "documents 5 500");
        assert_eq!(row("dist/ gzip"), "dist/ gzip (KB) 263.4 – ≤ 200 at 1×");
        assert_eq!(row("wasm raw"), "wasm raw / brotli (KB) 670.0 / 190.5 –");
        assert_eq!(row("startup, ready"), "startup, ready c/p (ms) 41.2 / 52.0 –");
        assert_eq!(row("startup ÷"), "startup ÷ minimal Yew c/p 1.50 / 1.75 – ≤ 2.0");
        // Served one way only: not a figure to compare.
        assert_eq!(row("first contentful"), "first contentful paint c/p (ms) – –");
        assert_eq!(row("countries keystroke"), "countries keystroke (ms) 2.2 – ≤ 4 / ≤ 16 at 100×");
        assert_eq!(row("Lighthouse performance"), "Lighthouse performance m/d 0.81 / 0.99 – ≥ 0.95");
        assert_eq!(row("Lighthouse accessibility"), "Lighthouse accessibility m/d 1.00 / 1.00 – 1.0");
        assert_eq!(row("Lighthouse best practices"), "Lighthouse best practices m/d – – 1.0");
        assert!(table.lines().last().unwrap().starts_with("c/p: served compressed"));
    }

    #[test]
    fn missing_figures_names_each_gap() {
        let scores = json!({ "performance": 0.8, "accessibility": 1, "best_practices": 1 });
        let measured = json!({ "build_seconds": 3.0, "ready_ms": 40.0, "fcp_ms": 30.0, "update_ms": 1.0,
            "countries_keystroke_ms": 1.0, "wasm_memory_bytes": 1, "extraction": { "mb_per_second": 3.0 },
            "size": { "total": { "gzip": 1, "brotli": 1 } },
            "plain": { "ready_ms": 45.0, "fcp_ms": 33.0 } });
        let mut first =
            json!({ "name": "1x", "startup_ratio": 2.0, "lighthouse": { "mobile": scores, "desktop": scores } });
        let mut second = json!({ "name": "10x" });
        for (key, value) in measured.as_object().unwrap() {
            first[key] = value.clone();
            second[key] = value.clone();
        }
        first["plain"]["startup_ratio"] = json!(2.2);
        // Only the first scale has the yardstick's ratios and Lighthouse's scores: the second lacks nothing.
        assert!(missing_figures(&json!({ "scales": [first.clone(), second] })).is_empty());
        first["wasm_memory_bytes"] = Value::Null;
        first["plain"]["startup_ratio"] = Value::Null;
        first["plain"].as_object_mut().unwrap().remove("fcp_ms");
        first["lighthouse"]["desktop"]["best_practices"] = Value::Null;
        assert_eq!(
            missing_figures(&json!({ "scales": [first.clone()] })),
            [
                "1x: plain/fcp_ms",
                "1x: wasm_memory_bytes",
                "1x: plain/startup_ratio",
                "1x: lighthouse desktop best_practices"
            ]
        );
        first.as_object_mut().unwrap().remove("lighthouse");
        first.as_object_mut().unwrap().remove("countries_keystroke_ms");
        assert_eq!(missing_figures(&json!({ "scales": [first] })).len(), 4 + 1 + 5);
        assert_eq!(missing_figures(&json!({ "scales": [] })), ["every scale"]);
    }
}
