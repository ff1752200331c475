//! Extraction throughput over a seed folder, for `cargo xtask bench` (run with `--release`):
//! reads the folder, extracts it repeatedly for at least a second, and prints one JSON line
//! with the text's size, the runs, the median time of one extraction and the threads the
//! extractor may read releases on (every core this process may use: `taskset -c 0` before
//! the command measures one).
//!
//! `cargo run --release -p explorer-extract --example throughput -- DIR`

use std::path::PathBuf;
use std::time::{Duration, Instant};

use explorer_extract::{extract_folder, input_paths};

fn main() {
    let dir = PathBuf::from(std::env::args().nth(1).expect("usage: throughput DIR"));
    let bytes: u64 = input_paths(&dir)
        .iter()
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .map(|path| std::fs::metadata(path).map(|m| m.len()).unwrap_or(0))
        .sum();
    let mut times = Vec::new();
    let started = Instant::now();
    while times.len() < 3 || started.elapsed() < Duration::from_secs(1) {
        let run = Instant::now();
        let dataset = extract_folder(&dir).unwrap_or_else(|problems| panic!("{problems}"));
        times.push(run.elapsed());
        std::hint::black_box(dataset);
    }
    times.sort();
    let median = times[times.len() / 2].as_secs_f64();
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    println!(
        "{{\"text_bytes\": {bytes}, \"threads\": {threads}, \"runs\": {}, \"median_seconds\": {median:.6}, \"mb_per_second\": {:.2}}}",
        times.len(),
        bytes as f64 / 1e6 / median
    );
}
