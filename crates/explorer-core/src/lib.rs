//! The explorer's core: the dataset model, the extractor that builds it from press
//! releases (feature `extract`, native only) and the queries the app runs over it.

pub mod cases;
pub mod compare;
pub mod countries;
pub mod date;
pub mod export;
#[cfg(feature = "extract")]
pub mod extract;
pub mod filter;
pub mod headline;
pub mod map;
pub mod model;
pub mod packed;
pub mod query;
pub mod sorting;
pub mod sources;
pub mod text;
pub mod timeline;
