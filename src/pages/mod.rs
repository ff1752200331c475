//! One component per route; each reads the dataset from context and asks `explorer-query`.

pub mod about;
pub mod cases;
pub mod countries;
pub mod country;
pub mod map;
pub mod not_found;
pub mod operation;
pub mod operations;
pub mod source;
pub mod sources;
pub mod timeline;
