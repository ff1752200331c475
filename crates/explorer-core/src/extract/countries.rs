//! Country names as publishers write them, resolved to ISO 3166-1 alpha-2 codes.
//!
//! The names come from the `keshvar` crate (ISO short and long names and its list of
//! common names); a small alias table adds the spellings seen in press releases that the
//! crate does not know ("Kuweit", "Congo (Democratic Rep.)", "St Lucia").

use std::collections::HashMap;
use std::sync::LazyLock;

use keshvar::{Alpha2, Country as KeshvarCountry, CountryIterator};

use crate::model::Country;
use crate::text::fold;

/// Publishers' spellings that the crate's name lists lack, already in `match_key` form.
const ALIASES: &[(&str, &str)] = &[
    ("congo (democratic rep)", "CD"),
    ("democratic republic of congo", "CD"),
    ("dr congo", "CD"),
    ("kuweit", "KW"),
    ("st vincent and the grenadines", "VC"),
    ("uae", "AE"),
    ("us", "US"),
];

/// Parenthesised sovereigns after a territory's name ("Bermuda (UK)"): dropped before
/// matching. Only these: any other parenthesis is part of the name ("Congo (Democratic Rep.)").
const SOVEREIGN_MARKERS: &[&str] = &["(uk)", "(us)", "(usa)", "(fr)", "(france)", "(nl)", "(netherlands)"];

/// Folds a name to the form the index is keyed by: no case, accents, dots or hyphens,
/// "&" as "and", no leading "the", single spaces.
pub fn match_key(name: &str) -> String {
    let folded = fold(name).replace('&', " and ").replace(['-', '_'], " ").replace('.', "");
    let mut key = folded.split_whitespace().collect::<Vec<_>>().join(" ");
    for marker in SOVEREIGN_MARKERS {
        if let Some(stripped) = key.strip_suffix(marker) {
            key = stripped.trim_end().to_string();
        }
    }
    match key.strip_prefix("the ") {
        Some(rest) => rest.to_string(),
        None => key,
    }
}

pub struct CountryIndex {
    by_key: HashMap<String, String>,
    by_demonym: HashMap<String, String>,
}

/// Demonyms the crate spells otherwise or lacks, already in `match_key` form.
/// ("Chinese" is also the crate's nationality of Hong Kong, Macao and Taiwan; in these
/// releases it means China's nationals.)
const DEMONYM_ALIASES: &[(&str, &str)] = &[("chinese", "CN"), ("emirati", "AE")];

impl CountryIndex {
    pub fn new() -> CountryIndex {
        let mut by_key = names_from_crate();
        for (alias, code) in ALIASES {
            by_key.insert((*alias).to_string(), (*code).to_string());
        }
        let mut by_demonym = demonyms_from_crate();
        for (alias, code) in DEMONYM_ALIASES {
            by_demonym.insert((*alias).to_string(), (*code).to_string());
        }
        CountryIndex { by_key, by_demonym }
    }

    /// The country of a demonym ("Togolese", "Venezuelans"), if it belongs to exactly one.
    pub fn resolve_demonym(&self, word: &str) -> Option<&str> {
        let key = match_key(word);
        let singular = key.strip_suffix('s').unwrap_or(&key);
        self.by_demonym.get(&key).or_else(|| self.by_demonym.get(singular)).map(String::as_str)
    }

    /// The alpha-2 code of a country name as a publisher wrote it, if it names exactly one.
    pub fn resolve(&self, name: &str) -> Option<&str> {
        self.by_key.get(&match_key(name)).map(String::as_str)
    }

    /// The dataset's record of a code: its English short name.
    pub fn describe(&self, code: &str) -> Option<Country> {
        let country: KeshvarCountry = Alpha2::try_from(code).ok()?.to_country();
        Some(Country {
            code: code.to_string(),
            name: common_name(&country).to_string(),
            region: country.maybe_region().map(|region| words_of(&format!("{region:?}"))),
            subregion: country.maybe_subregion().map(|subregion| words_of(&format!("{subregion:?}"))),
        })
    }
}

/// Keeps the keys that name exactly one country: a name two countries share (the crate's
/// lists hold some, and "Congolese" is two nationalities) identifies neither.
fn unambiguous(pairs: impl Iterator<Item = (String, String)>) -> HashMap<String, String> {
    let mut by_key: HashMap<String, Option<String>> = HashMap::new();
    for (key, code) in pairs {
        by_key
            .entry(key)
            .and_modify(|seen| {
                if seen.as_deref() != Some(code.as_str()) {
                    *seen = None;
                }
            })
            .or_insert(Some(code));
    }
    by_key.into_iter().filter_map(|(key, code)| Some((key, code?))).collect()
}

fn demonyms_from_crate() -> HashMap<String, String> {
    unambiguous(
        CountryIterator::new()
            .filter_map(|country| Some((match_key(country.maybe_nationality()?), country.alpha2().to_string()))),
    )
}

/// Match keys of every name the crate knows, each with the one country it names.
fn names_from_crate() -> HashMap<String, String> {
    unambiguous(CountryIterator::new().flat_map(|country| {
        let code = country.alpha2().to_string();
        [country.iso_short_name(), country.iso_long_name()]
            .into_iter()
            .chain(country.unofficial_name_list().iter().copied())
            .map(move |name| (match_key(name), code.clone()))
            .collect::<Vec<_>>()
    }))
}

/// Built once per process: the name tables take milliseconds to build and never change.
static SHARED: LazyLock<CountryIndex> = LazyLock::new(CountryIndex::new);

impl CountryIndex {
    pub fn shared() -> &'static CountryIndex {
        &SHARED
    }
}

impl Default for CountryIndex {
    fn default() -> Self {
        CountryIndex::new()
    }
}

/// The crate's region names are Rust identifiers ("AustraliaAndNewZealand"): make them words.
fn words_of(identifier: &str) -> String {
    let mut words = String::new();
    for c in identifier.chars() {
        if c.is_uppercase() && !words.is_empty() {
            words.push(' ');
        }
        words.push(c);
    }
    words.replace(" And ", " and ")
}

/// Names readers use where the ISO short name is a formal one ("Viet Nam").
const DISPLAY_NAMES: &[(&str, &str)] = &[
    ("BN", "Brunei"),
    ("CD", "Democratic Republic of the Congo"),
    ("GB", "United Kingdom"),
    ("SY", "Syria"),
    ("US", "United States"),
    ("VN", "Vietnam"),
];

/// ISO short names carry qualifiers readers do not use ("Bolivia (Plurinational State of)");
/// the crate's first common name is the plain one where it has one.
fn common_name(country: &KeshvarCountry) -> &'static str {
    let code = country.alpha2().to_string();
    if let Some((_, name)) = DISPLAY_NAMES.iter().find(|(c, _)| *c == code) {
        return name;
    }
    let iso = country.iso_short_name();
    match country.unofficial_name_list().first() {
        Some(common) if iso.contains('(') || iso.contains(',') => common,
        _ => iso,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_publishers_spellings() {
        let index = CountryIndex::new();
        let cases = [
            ("Antigua & Barbuda", "AG"),
            ("Curacao", "CW"),
            ("Côte D'ivoire", "CI"),
            ("Cote d'Ivoire", "CI"),
            ("Côte d’Ivoire", "CI"),
            ("Congo (Democratic Rep.)", "CD"),
            ("Democratic Republic Of Congo", "CD"),
            ("Congo", "CG"),
            ("Bermuda (UK)", "BM"),
            ("Turks & Caicos (UK)", "TC"),
            ("Cayman Islands (UK)", "KY"),
            ("St Lucia", "LC"),
            ("Türkiye", "TR"),
            ("Turkey", "TR"),
            ("Kuweit", "KW"),
            ("Bosnia And Herzegovina", "BA"),
            ("Trinidad And Tobago", "TT"),
            ("Guinea Bissau", "GW"),
            ("Burkina-Faso", "BF"),
            ("Sao Tome And Principe", "ST"),
            ("The Gambia", "GM"),
            ("Palestine", "PS"),
            ("Aruba", "AW"),
            ("United States", "US"),
            ("United Kingdom", "GB"),
            ("North Macedonia", "MK"),
            ("Eswatini", "SZ"),
        ];
        for (name, code) in cases {
            assert_eq!(index.resolve(name), Some(code), "{name}");
        }
    }

    #[test]
    fn every_alias_is_one_the_crate_lacks() {
        let from_crate = names_from_crate();
        for (alias, code) in ALIASES {
            assert_eq!(match_key(alias), *alias, "aliases are written as match keys");
            assert_ne!(from_crate.get(*alias).map(String::as_str), Some(*code), "`{alias}` is already known");
        }
        let demonyms = demonyms_from_crate();
        for (alias, code) in DEMONYM_ALIASES {
            assert_ne!(demonyms.get(*alias).map(String::as_str), Some(*code), "demonym `{alias}` is already known");
        }
    }

    #[test]
    fn resolves_demonyms_but_not_shared_ones() {
        let index = CountryIndex::new();
        for (word, code) in [("Togolese", "TG"), ("Ivorian", "CI"), ("Venezuelans", "VE"), ("Emirati", "AE")] {
            assert_eq!(index.resolve_demonym(word), Some(code), "{word}");
        }
        assert_eq!(index.resolve_demonym("Congolese"), None);
        assert_eq!(index.resolve_demonym("Asian"), None);
    }

    #[test]
    fn leaves_non_countries_unresolved() {
        let index = CountryIndex::new();
        for name in [
            "Europol",
            "Atlantis",
            "",
            "Congo (Something)",
            "Venezuela and Vietnam",
            "America",
            "Americas",
            "Europe",
            "Africa",
            "Middle East",
        ] {
            assert_eq!(index.resolve(name), None, "{name}");
        }
    }

    #[test]
    fn describes_codes_with_plain_names() {
        let index = CountryIndex::new();
        assert_eq!(index.describe("ES").unwrap().name, "Spain");
        assert_eq!(index.describe("BO").unwrap().name, "Bolivia");
        assert_eq!(index.describe("GB").unwrap().name, "United Kingdom");
        assert_eq!(index.describe("TR").unwrap().name, "Türkiye");
        assert!(index.describe("XX").is_none());
        let mali = index.describe("ML").unwrap();
        assert_eq!((mali.region.as_deref(), mali.subregion.as_deref()), (Some("Africa"), Some("Western Africa")));
        assert_eq!(index.describe("NZ").unwrap().subregion.as_deref(), Some("Australia and New Zealand"));
    }
}
