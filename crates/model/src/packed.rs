//! The dataset in a compact binary form, for the app to embed: the build packs it, the app
//! unpacks it at start-up without a JSON parser.
//!
//! Why not JSON: reading JSON took serde_json's reader and a derived deserialiser for every
//! model type into the wasm binary, and the JSON repeats every key and every document name.
//! This form is the model's fields in declaration order, with no keys:
//! - every string once, in a table at the start, and each use as its index in the table (a
//!   sentence that gives five facts is stored once, as is each document's file name);
//! - a fact's quote not at all where it is its document's text at its span, as it is for every
//!   fact the build verified: the app embeds the texts anyway, for the sources view;
//! - whole numbers as LEB128 varints (signed ones zigzagged), `bool` and `Option` as a byte,
//!   a `Vec` as its length then its items, a vocabulary enum as its index in `ALL`.
//!
//! The form has no version: the app and its packed dataset are built together, so a change
//! of the model changes both. Every struct lists all its fields to [`packed_struct!`], which
//! destructures them exhaustively: a field added to the model and not here does not compile.

use std::collections::HashMap;

use crate::date::PartialDate;
use crate::model::{
    Conflict, Coordination, CorrectedField, Country, Dataset, Document, FieldSources, Figure, Highlight, Operation,
    Organisation, Quote, Seizure, Source, StatedCrimeArea, StatedValue, UnreadNumber, Vocabulary,
};

/// The source texts by file name, as the app embeds them: quotes are cut from these.
pub type Texts<'a> = [(&'a str, &'a str)];

/// The dataset packed: the string table, then the dataset's fields. `texts` holds the
/// documents' texts; a quote that is its document's text at its span is left to be cut
/// from there.
pub fn pack(dataset: &Dataset, texts: &Texts) -> Vec<u8> {
    let texts = texts.iter().copied().collect();
    let mut body = Writer { texts, bytes: Vec::new(), table: Vec::new(), index: HashMap::new() };
    dataset.pack(&mut body);
    let mut out = Vec::new();
    write_varint(&mut out, body.table.len() as u64);
    for text in &body.table {
        write_varint(&mut out, text.len() as u64);
        out.extend_from_slice(text.as_bytes());
    }
    out.extend_from_slice(&body.bytes);
    out
}

/// Reads what [`pack`] wrote, given the same texts. An error says what was malformed and at
/// which byte: for the app, whose build wrote the bytes, that is a bug in the build.
pub fn unpack(bytes: &[u8], texts: &Texts) -> Result<Dataset, Malformed> {
    let mut reader = Reader { bytes, at: 0, table: Vec::new(), texts: texts.iter().copied().collect() };
    let count = reader.length()?;
    for _ in 0..count {
        let len = reader.length()?;
        let slice = reader.take(len)?;
        let text = std::str::from_utf8(slice).map_err(|_| reader.malformed("a string that is not UTF-8"))?;
        reader.table.push(text);
    }
    let dataset = Dataset::unpack(&mut reader)?;
    if reader.at != bytes.len() {
        return Err(reader.malformed("bytes after the dataset"));
    }
    Ok(dataset)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Malformed {
    pub reason: &'static str,
    pub at: usize,
}

impl std::fmt::Display for Malformed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "packed dataset, byte {}: {}", self.at, self.reason)
    }
}

struct Writer<'t> {
    /// The texts by file name: every fact looks up its document's.
    texts: HashMap<&'t str, &'t str>,
    bytes: Vec<u8>,
    /// Each distinct string, in the order first written; `index` finds its place.
    table: Vec<String>,
    index: HashMap<String, u64>,
}

impl Writer<'_> {
    fn string(&mut self, text: &str) {
        let next = self.table.len() as u64;
        let index = match self.index.get(text) {
            Some(&index) => index,
            None => {
                self.index.insert(text.to_string(), next);
                self.table.push(text.to_string());
                next
            }
        };
        write_varint(&mut self.bytes, index);
    }
}

fn write_varint(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push((value as u8) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    table: Vec<&'a str>,
    texts: HashMap<&'a str, &'a str>,
}

impl<'a> Reader<'a> {
    fn malformed(&self, reason: &'static str) -> Malformed {
        Malformed { reason, at: self.at }
    }

    fn byte(&mut self) -> Result<u8, Malformed> {
        let byte = *self.bytes.get(self.at).ok_or_else(|| self.malformed("the data ends early"))?;
        self.at += 1;
        Ok(byte)
    }

    fn take(&mut self, len: usize) -> Result<&'a [u8], Malformed> {
        let slice = self.bytes.get(self.at..self.at + len).ok_or_else(|| self.malformed("the data ends early"))?;
        self.at += len;
        Ok(slice)
    }

    fn varint(&mut self) -> Result<u64, Malformed> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte < 0x80 {
                return Ok(value);
            }
        }
        Err(self.malformed("a number longer than 64 bits"))
    }

    /// A count or length, which cannot exceed what is left to read: a corrupt one must not
    /// make the reader reserve gigabytes.
    fn length(&mut self) -> Result<usize, Malformed> {
        let value = self.varint()?;
        usize::try_from(value)
            .ok()
            .filter(|&len| len <= self.bytes.len() - self.at)
            .ok_or_else(|| self.malformed("a length beyond the end of the data"))
    }

    fn string(&mut self) -> Result<&'a str, Malformed> {
        let index = self.varint()?;
        usize::try_from(index)
            .ok()
            .and_then(|index| self.table.get(index).copied())
            .ok_or_else(|| self.malformed("a string index beyond the table"))
    }
}

trait Packed: Sized {
    fn pack(&self, out: &mut Writer<'_>);
    fn unpack(input: &mut Reader<'_>) -> Result<Self, Malformed>;
}

macro_rules! packed_unsigned {
    ($($type:ty),*) => {$(
        impl Packed for $type {
            fn pack(&self, out: &mut Writer<'_>) {
                write_varint(&mut out.bytes, *self as u64);
            }
            fn unpack(input: &mut Reader<'_>) -> Result<Self, Malformed> {
                let value = input.varint()?;
                <$type>::try_from(value).map_err(|_| input.malformed(concat!("a number too large for ", stringify!($type))))
            }
        }
    )*};
}

packed_unsigned!(u8, u32, u64, usize);

impl Packed for i32 {
    fn pack(&self, out: &mut Writer<'_>) {
        // Zigzag: small negative numbers stay small.
        let zigzag = ((i64::from(*self) << 1) ^ (i64::from(*self) >> 63)) as u64;
        write_varint(&mut out.bytes, zigzag);
    }
    fn unpack(input: &mut Reader<'_>) -> Result<Self, Malformed> {
        let zigzag = input.varint()?;
        let value = (zigzag >> 1) as i64 ^ -((zigzag & 1) as i64);
        i32::try_from(value).map_err(|_| input.malformed("a number too large for i32"))
    }
}

/// A quantity as its eight bytes: exactly the value packed, with no rounding.
impl Packed for f64 {
    fn pack(&self, out: &mut Writer<'_>) {
        out.bytes.extend_from_slice(&self.to_bits().to_le_bytes());
    }
    fn unpack(input: &mut Reader<'_>) -> Result<Self, Malformed> {
        let bytes = input.take(8)?;
        let bits = u64::from_le_bytes(bytes.try_into().expect("eight bytes taken"));
        Ok(f64::from_bits(bits))
    }
}

impl Packed for bool {
    fn pack(&self, out: &mut Writer<'_>) {
        out.bytes.push(u8::from(*self));
    }
    fn unpack(input: &mut Reader<'_>) -> Result<Self, Malformed> {
        match input.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(input.malformed("a boolean that is neither 0 nor 1")),
        }
    }
}

impl Packed for String {
    fn pack(&self, out: &mut Writer<'_>) {
        out.string(self);
    }
    fn unpack(input: &mut Reader<'_>) -> Result<Self, Malformed> {
        input.string().map(str::to_string)
    }
}

impl<T: Packed> Packed for Option<T> {
    fn pack(&self, out: &mut Writer<'_>) {
        out.bytes.push(u8::from(self.is_some()));
        if let Some(value) = self {
            value.pack(out);
        }
    }
    fn unpack(input: &mut Reader<'_>) -> Result<Self, Malformed> {
        if bool::unpack(input)? { T::unpack(input).map(Some) } else { Ok(None) }
    }
}

impl<T: Packed> Packed for Vec<T> {
    fn pack(&self, out: &mut Writer<'_>) {
        self.len().pack(out);
        for item in self {
            item.pack(out);
        }
    }
    fn unpack(input: &mut Reader<'_>) -> Result<Self, Malformed> {
        let len = input.length()?;
        (0..len).map(|_| T::unpack(input)).collect()
    }
}

impl<A: Packed, B: Packed> Packed for (A, B) {
    fn pack(&self, out: &mut Writer<'_>) {
        self.0.pack(out);
        self.1.pack(out);
    }
    fn unpack(input: &mut Reader<'_>) -> Result<Self, Malformed> {
        Ok((A::unpack(input)?, B::unpack(input)?))
    }
}

/// What the filters work out is not data: nothing is written, and it starts empty.
impl<T: Vocabulary> Packed for T {
    fn pack(&self, out: &mut Writer<'_>) {
        let index = T::all().iter().position(|word| word == self).expect("ALL lists every value");
        index.pack(out);
    }
    fn unpack(input: &mut Reader<'_>) -> Result<Self, Malformed> {
        let index = usize::unpack(input)?;
        T::all().get(index).copied().ok_or_else(|| input.malformed("a word beyond its vocabulary"))
    }
}

/// `Packed` for a struct: its fields in the order given, which must be all of them.
macro_rules! packed_struct {
    ($($type:ident { $($field:ident),* $(,)? })*) => {$(
        impl Packed for $type {
            fn pack(&self, out: &mut Writer<'_>) {
                let $type { $($field),* } = self;
                $($field.pack(out);)*
            }
            fn unpack(input: &mut Reader<'_>) -> Result<Self, Malformed> {
                Ok($type { $($field: Packed::unpack(input)?),* })
            }
        }
    )*};
}

packed_struct! {
    Dataset {
        operations, countries, documents, warnings, unread_numbers,
    }
    Operation {
        id, name, code_name, organisers, series, edition, year, year_inferred, start, end, duration_days,
        stated_country_count, countries, field_sources, figures, highlights, coordination, partners, funders, crime_areas, seizures,
        projects, quotes, conflicts, corrected, mentioned_only, documents, mentioned_in, also_stated,
    }
    StatedCrimeArea { area, source }
    Seizure { item, kind, quantity, unit, value, currency, qualifier, part_of, as_written, source }
    FieldSources { start, end, duration_days, stated_country_count, countries }
    Conflict { fact, values }
    StatedValue { value, document }
    CorrectedField { field, value, source }
    UnreadNumber { document, span, text }
    Figure { metric, value, qualifier, currency, as_written, source }
    Highlight { acting, involved, themes, figures, seizures, source }
    Coordination { kind, country, source }
    Organisation { name, source }
    Quote { speaker, role, organisation, text, source }
    Country { code, name, region, subregion, aliases }
    Document { file, original_file, kind, published, publisher, place, note, headline }
    PartialDate { year, month, day }
}

/// A source's quote is written only where its document's text at its span is not the quote
/// (a byte says which): everywhere else it is cut from the text when read.
impl Packed for Source {
    fn pack(&self, out: &mut Writer<'_>) {
        let Source { document, span, quote, origin, note } = self;
        document.pack(out);
        span.pack(out);
        let in_text =
            out.texts.get(document.as_str()).and_then(|text| text.get(span.0..span.1)) == Some(quote.as_str());
        out.bytes.push(u8::from(!in_text));
        if !in_text {
            quote.pack(out);
        }
        origin.pack(out);
        note.pack(out);
    }
    fn unpack(input: &mut Reader<'_>) -> Result<Self, Malformed> {
        let document = String::unpack(input)?;
        let span = <(usize, usize)>::unpack(input)?;
        let quote = match Option::<String>::unpack(input)? {
            Some(quote) => quote,
            None => input
                .texts
                .get(document.as_str())
                .and_then(|text| text.get(span.0..span.1))
                .ok_or_else(|| input.malformed("a quote cut from a text that is not given, or off its characters"))?
                .to_string(),
        };
        Ok(Source { document, span, quote, origin: Packed::unpack(input)?, note: Packed::unpack(input)? })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CoordinationKind, CrimeArea, Metric, Origin, SeizureKind, Theme, Unit};

    fn source(document: &str, quote: &str) -> Source {
        Source { document: document.into(), span: (10, 10 + quote.len()), quote: quote.into(), ..Source::default() }
    }

    /// A dataset with every kind of value the model has, the edges included: `None` and
    /// `Some`, empty and full lists, negative and large numbers, non-ASCII text.
    fn every_kind() -> Dataset {
        let said = "Police in Côte d'Ivoire rescued 1,234 victims.";
        let figure = Figure {
            metric: Metric::VictimsRescued,
            value: 1234,
            qualifier: Some("more than".into()),
            currency: None,
            as_written: "1,234".into(),
            source: source("a.txt", said),
        };
        let operation = Operation {
            id: "weka-ii-2022".into(),
            name: "Weka II".into(),
            series: "Weka".into(),
            edition: Some(2),
            year: Some(-44),
            year_inferred: true,
            start: PartialDate::new(Some(2022), 6, Some(12)),
            end: PartialDate::new(None, 2, Some(29)),
            duration_days: None,
            stated_country_count: Some(u32::MAX),
            countries: vec!["CI".into(), "ES".into()],
            field_sources: FieldSources {
                start: Some(source("a.txt", said)),
                end: None,
                duration_days: Some(source("b.txt", "over five days")),
                stated_country_count: Some(Source { origin: Origin::Corrected, ..source("a.txt", said) }),
                countries: vec![source("a.txt", said), source("b.txt", "Spain")],
            },
            figures: vec![Figure { value: u64::MAX, ..figure.clone() }, figure.clone()],
            highlights: vec![Highlight {
                acting: vec!["CI".into()],
                involved: vec![],
                themes: Theme::ALL.to_vec(),
                figures: vec![figure],
                seizures: vec![Seizure {
                    item: "cash".into(),
                    kind: SeizureKind::Cash,
                    quantity: None,
                    unit: None,
                    value: Some(3_100_000),
                    currency: Some("EUR".into()),
                    qualifier: None,
                    part_of: None,
                    as_written: "EUR 3.1 million".into(),
                    source: source("b.txt", "EUR 3.1 million in cash"),
                }],
                source: Source { origin: Origin::Corrected, note: Some("checked".into()), ..source("a.txt", said) },
            }],
            coordination: vec![Coordination {
                kind: CoordinationKind::Unit,
                country: None,
                source: source("b.txt", "A unit"),
            }],
            partners: vec![Organisation { name: "Europol".into(), source: source("b.txt", "Europol") }],
            code_name: false,
            organisers: vec![Organisation { name: "Frontex".into(), source: source("b.txt", "Frontex") }],
            crime_areas: CrimeArea::ALL
                .iter()
                .map(|&area| StatedCrimeArea { area, source: source("a.txt", said) })
                .collect(),
            seizures: vec![Seizure {
                item: "cocaine".into(),
                kind: SeizureKind::Drugs,
                quantity: Some(1.4),
                unit: Some(Unit::Tonnes),
                value: None,
                currency: None,
                qualifier: Some("more than".into()),
                part_of: Some("drugs".into()),
                as_written: "1.4 tonnes".into(),
                source: source("b.txt", "more than 1.4 tonnes of cocaine"),
            }],
            quotes: vec![Quote {
                speaker: Some("A. Speaker".into()),
                role: None,
                organisation: Some("INTERPOL".into()),
                text: "We act.".into(),
                source: source("a.txt", "We act."),
            }],
            conflicts: vec![Conflict {
                fact: "arrests".into(),
                values: vec![StatedValue { value: "126".into(), document: "b.txt".into() }],
            }],
            corrected: vec![CorrectedField {
                field: "year".into(),
                value: "2022".into(),
                source: source("a.txt", "2022"),
            }],
            mentioned_in: vec!["c.txt".into()],
            ..Operation::default()
        };
        Dataset {
            operations: vec![operation, Operation { id: "empty".into(), ..Operation::default() }],
            countries: vec![Country {
                code: "CI".into(),
                name: "Côte d'Ivoire".into(),
                region: Some("Africa".into()),
                subregion: None,
                aliases: vec!["ivory coast".into(), "civ".into()],
            }],
            documents: vec![Document { file: "a.txt".into(), headline: Some("".into()), ..Document::default() }],
            warnings: vec!["a.txt: a warning".into()],
            unread_numbers: vec![UnreadNumber { document: "a.txt".into(), span: (0, 2), text: "30".into() }],
        }
    }

    /// a.txt holds the sentence three sources quote at (10, 57); the other quotes are not
    /// at their spans, and b.txt is not given.
    const TEXTS: &Texts = &[("a.txt", "Headline. Police in Côte d'Ivoire rescued 1,234 victims. More.")];

    #[test]
    fn a_dataset_comes_back_as_it_was_packed() {
        let dataset = every_kind();
        assert_eq!(unpack(&pack(&dataset, TEXTS), TEXTS), Ok(dataset.clone()));
        assert_eq!(unpack(&pack(&dataset, &[]), &[]), Ok(dataset));
        assert_eq!(unpack(&pack(&Dataset::default(), &[]), &[]), Ok(Dataset::default()));
    }

    #[test]
    fn each_string_is_stored_once_and_quotes_in_their_text_not_at_all() {
        const SENTENCE: &[u8] = "Côte d'Ivoire rescued".as_bytes();
        let occurrences = |packed: Vec<u8>| packed.windows(SENTENCE.len()).filter(|w| *w == SENTENCE).count();
        // Several sources quote the sentence: once in the table without the text, else never.
        assert_eq!(occurrences(pack(&every_kind(), &[])), 1);
        assert_eq!(occurrences(pack(&every_kind(), TEXTS)), 0);
    }

    #[test]
    fn damaged_data_is_an_error_not_a_panic() {
        let packed = pack(&every_kind(), TEXTS);
        for len in 0..packed.len() {
            assert!(unpack(&packed[..len], TEXTS).is_err(), "cut at {len}");
        }
        let mut longer = packed.clone();
        longer.push(0);
        assert_eq!(unpack(&longer, TEXTS).unwrap_err().reason, "bytes after the dataset");
        let without_text = unpack(&packed, &[]).unwrap_err().reason;
        assert_eq!(without_text, "a quote cut from a text that is not given, or off its characters");
        // A string table that claims more strings than there are bytes.
        assert_eq!(unpack(&[0xff, 0xff, 0x03], &[]).unwrap_err().reason, "a length beyond the end of the data");
        // One string, not UTF-8.
        assert_eq!(unpack(&[1, 1, 0xff], &[]).unwrap_err().reason, "a string that is not UTF-8");
        // One string of five bytes, of which one is left: its length is what is wrong.
        let short = unpack(&[1, 5, b'a'], &[]).unwrap_err();
        assert_eq!(short, Malformed { reason: "a length beyond the end of the data", at: 2 });
        assert_eq!(short.to_string(), "packed dataset, byte 2: a length beyond the end of the data");
    }

    /// Whole numbers at the edges of a varint's bytes: 127 fits one byte, 128 takes two, the
    /// second of which is 1 after a first of exactly 0x80.
    #[test]
    fn numbers_come_back_at_the_edges_of_their_bytes() {
        for value in [0, 1, 127, 128, 255, 256, 300, 16_383, 16_384, u64::from(u32::MAX), u64::MAX] {
            let mut out = Writer { texts: HashMap::new(), bytes: Vec::new(), table: Vec::new(), index: HashMap::new() };
            value.pack(&mut out);
            let mut input = Reader { bytes: &out.bytes, at: 0, table: Vec::new(), texts: HashMap::new() };
            assert_eq!(u64::unpack(&mut input), Ok(value));
            assert_eq!(input.at, out.bytes.len(), "{value} read to its last byte");
        }
        let mut out = Writer { texts: HashMap::new(), bytes: Vec::new(), table: Vec::new(), index: HashMap::new() };
        128u64.pack(&mut out);
        assert_eq!(out.bytes, [0x80, 0x01]);
    }
}
