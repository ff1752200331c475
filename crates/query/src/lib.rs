//! The questions the explorer's app asks of a dataset: the reader's filters and their counts,
//! countries, cases, headline figures, timelines, comparisons, sources and exports. Native Rust
//! with no web dependency, so that every answer is tested with `cargo test`.

pub mod cases;
pub mod compare;
pub mod countries;
pub mod export;
pub mod facets;
pub mod filter;
pub mod headline;
mod index;
pub mod map;
pub mod operations;
pub mod sorting;
pub mod sources;
pub mod timeline;

pub use index::IndexedDataset;
