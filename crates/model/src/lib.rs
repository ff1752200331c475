//! The explorer's dataset as plain data: operations, countries, documents and the facts they
//! hold, each with its source; partial dates; text folding; and the packed form the app embeds.
//! Every other crate reads it; it names none of them.

pub mod date;
mod model;
pub mod packed;
pub mod text;

pub use model::*;
