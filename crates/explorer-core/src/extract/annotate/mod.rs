//! The recognisers: each finds one kind of thing in a sentence and returns typed spans
//! (byte offsets into the original text), never a fact. The readers in `read/` turn those
//! spans into facts.

pub mod countries;
pub mod country_index;
pub mod dates;
pub mod numbers;
pub mod operation_names;
