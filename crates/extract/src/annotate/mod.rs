//! The recognisers: each finds one kind of thing in a sentence and returns typed spans
//! (byte offsets into the original text), never a fact. The readers in `read/` turn those
//! spans into facts.
//!
//! Their regexes use ASCII word boundaries (`(?-u:\b)`) or none, and check a match's edges
//! themselves where a letter outside ASCII could touch it. The regex crate's fast engines
//! handle a Unicode `\b` only while the text is all ASCII: on a text with any other
//! character, a curly quote or a dash included, a slower engine searches instead, and a
//! sentence naming "Jürgen" or "Türkiye" was read some forty times slower.

pub mod countries;
pub mod country_index;
pub mod dates;
pub mod numbers;
pub mod operation_names;
pub mod quantities;
