//! `cargo xtask size`: what the app's wasm binary is made of, by kind of code, measured with
//! twiggy on the module optimised as the release bundle's is (`wasm-opt -Oz`) but with its
//! function names kept, so that each function can be put down to its crate.
//!
//! The figures are raw bytes of the optimised module; gzip and brotli shrink each kind by a
//! different factor (data and Yew's views compress best), so the bench's sizes are what a
//! reader downloads, and this table is where to look for what to cut.

use std::path::Path;

use serde_json::Value;

use crate::process::{Failure, run};
use crate::setup::{self, Needs, Tools};

/// The kinds of code, each with the words its function names contain; the first that matches
/// wins, so the narrower kinds come first. Data segments are their own kind.
const KINDS: &[(&str, &[&str])] = &[
    ("serde_json", &["serde_json"]),
    ("serde (derived and core)", &["serde"]),
    (
        "Yew: components' views and lifecycles (the app's html!)",
        &["CompStateInner", "CreateRunner", "FunctionProvider"],
    ),
    ("yew-router", &["yew_router"]),
    ("Yew: its runtime", &["yew", "implicit_clone", "gloo"]),
    ("the app (src/)", &["explorer::"]),
    ("the model and the queries (explorer-model, explorer-query)", &["explorer_model", "explorer_query"]),
    ("wasm-bindgen, js-sys, web-sys", &["wasm_bindgen", "js_sys", "web_sys"]),
    ("sorting (core::slice::sort)", &["core::slice::sort"]),
    ("formatting (core::fmt)", &["core::fmt", "fmt::"]),
    ("allocator (dlmalloc)", &["dlmalloc"]),
    ("core, alloc and std: the rest", &["core::", "alloc::", "std::", "core[", "alloc[", "std["]),
];

pub fn size() -> Result<(), Failure> {
    let tools = setup::ensure(Needs::Build)?;
    setup::ensure_twiggy(&tools)?;
    let root = crate::project_root();
    let work = root.join("target/size");
    std::fs::create_dir_all(&work).map_err(|e| Failure(format!("cannot create {}: {e}", work.display())))?;
    // The same build Trunk runs for the release bundle (so it is usually already compiled).
    let mut cargo = tools.command("cargo");
    cargo.args(["build", "--release", "--target", "wasm32-unknown-unknown", "--bin", "explorer"]);
    run(&mut cargo)?;
    let built = root.join("target/wasm32-unknown-unknown/release/explorer.wasm");
    let mut bindgen = tools.command("wasm-bindgen");
    bindgen.args(["--target", "web", "--keep-debug", "--out-dir"]).arg(&work).arg(&built);
    run(&mut bindgen)?;
    let named = work.join("explorer-named.wasm");
    let mut optimise = tools.command("wasm-opt");
    optimise.args(["-Oz", "-g"]).arg(work.join("explorer_bg.wasm")).arg("-o").arg(&named);
    run(&mut optimise)?;
    let items = twiggy_items(&tools, &named)?;
    println!("\n{}", table(&breakdown(&items)));
    Ok(())
}

/// Every item twiggy lists, as (name, bytes).
fn twiggy_items(tools: &Tools, wasm: &Path) -> Result<Vec<(String, u64)>, Failure> {
    let mut twiggy = tools.command("twiggy");
    twiggy.args(["top", "-n", "1000000", "-f", "json"]).arg(wasm);
    // Captured, not shown: the listing is one line of some megabytes.
    let output = twiggy.output().map_err(|e| Failure(format!("cannot run twiggy: {e}")))?;
    let items: Value = serde_json::from_slice(&output.stdout)
        .ok()
        .filter(|_| output.status.success())
        .ok_or_else(|| Failure(format!("twiggy failed: {}", String::from_utf8_lossy(&output.stderr))))?;
    Ok(items
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|item| Some((item["name"].as_str()?.to_string(), item["shallow_size"].as_u64()?)))
        .collect())
}

/// Bytes per kind, largest first, leaving out the names section (which the bundle strips).
fn breakdown(items: &[(String, u64)]) -> Vec<(&'static str, u64)> {
    let mut kinds: Vec<(&'static str, u64)> = Vec::new();
    for (name, bytes) in items {
        if name.contains("\"function names\" subsection") {
            continue;
        }
        let kind = if name.starts_with("data segment") {
            "data: strings, the packed dataset, the texts, the map"
        } else {
            KINDS
                .iter()
                .find(|(_, words)| words.iter().any(|word| name.contains(word)))
                .map_or("other (unnamed code, tables, imports)", |(kind, _)| kind)
        };
        match kinds.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, total)) => *total += bytes,
            None => kinds.push((kind, *bytes)),
        }
    }
    kinds.sort_by_key(|(_, bytes)| std::cmp::Reverse(*bytes));
    kinds
}

fn table(kinds: &[(&str, u64)]) -> String {
    let total: u64 = kinds.iter().map(|(_, bytes)| bytes).sum();
    let mut out = format!("{:<58} {:>10} {:>6}\n", "kind", "bytes", "share");
    for (kind, bytes) in kinds {
        out.push_str(&format!("{kind:<58} {bytes:>10} {:>5.1}%\n", *bytes as f64 * 100.0 / total as f64));
    }
    out.push_str(&format!("{:<58} {total:>10}\n", "the optimised module, names stripped"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_are_put_down_to_the_first_kind_whose_words_they_contain() {
        let items: Vec<(String, u64)> = [
            ("\"function names\" subsection", 1000),
            ("data segment \".rodata.3\"", 40),
            ("<&mut serde_json::de::Deserializer<R> as serde_core::de::Deserializer>::deserialize_seq::h1", 30),
            ("<yew::html::component::lifecycle::CompStateInner<COMP> as Stateful>::view::h2", 20),
            ("yew::dom_bundle::blist::reconcile::h3", 5),
            ("explorer_model::packed::unpack::h4", 4),
            ("core::slice::sort::stable::drift::sort::h5", 3),
            ("code[12]", 2),
        ]
        .iter()
        .map(|(name, bytes)| (name.to_string(), *bytes))
        .collect();
        let kinds = breakdown(&items);
        assert_eq!(
            kinds,
            [
                ("data: strings, the packed dataset, the texts, the map", 40),
                ("serde_json", 30),
                ("Yew: components' views and lifecycles (the app's html!)", 20),
                ("Yew: its runtime", 5),
                ("the model and the queries (explorer-model, explorer-query)", 4),
                ("sorting (core::slice::sort)", 3),
                ("other (unnamed code, tables, imports)", 2),
            ]
        );
        assert!(table(&kinds).contains("the optimised module, names stripped                              104"));
    }
}
