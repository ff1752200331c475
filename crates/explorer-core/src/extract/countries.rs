//! Country names as publishers write them, resolved to ISO 3166-1 alpha-2 codes.
//!
//! The names come from the `keshvar` crate (ISO short and long names and its list of
//! common names); a small alias table adds the spellings seen in press releases that the
//! crate does not know ("Kuweit", "Congo (Democratic Rep.)", "St Lucia").

use std::collections::HashMap;

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
}

impl CountryIndex {
    pub fn new() -> CountryIndex {
        let mut by_key = names_from_crate();
        for (alias, code) in ALIASES {
            by_key.insert((*alias).to_string(), (*code).to_string());
        }
        CountryIndex { by_key }
    }

    /// The alpha-2 code of a country name as a publisher wrote it, if it names exactly one.
    pub fn resolve(&self, name: &str) -> Option<&str> {
        self.by_key.get(&match_key(name)).map(String::as_str)
    }

    /// The dataset's record of a code: its English short name.
    pub fn describe(&self, code: &str) -> Option<Country> {
        let country: KeshvarCountry = Alpha2::try_from(code).ok()?.to_country();
        Some(Country { code: code.to_string(), name: common_name(&country).to_string() })
    }
}

/// Match keys of every name the crate knows, each with the one country it names.
fn names_from_crate() -> HashMap<String, String> {
    let mut by_key: HashMap<String, Option<String>> = HashMap::new();
    for country in CountryIterator::new() {
        let code = country.alpha2().to_string();
        let names = [country.iso_short_name(), country.iso_long_name()]
            .into_iter()
            .chain(country.unofficial_name_list().iter().copied());
        for name in names {
            // A name two countries share (the crate's lists hold some) identifies neither.
            by_key
                .entry(match_key(name))
                .and_modify(|seen| {
                    if seen.as_deref() != Some(code.as_str()) {
                        *seen = None;
                    }
                })
                .or_insert_with(|| Some(code.clone()));
        }
    }
    by_key.into_iter().filter_map(|(key, code)| Some((key, code?))).collect()
}

impl Default for CountryIndex {
    fn default() -> Self {
        CountryIndex::new()
    }
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
    }

    #[test]
    fn leaves_non_countries_unresolved() {
        let index = CountryIndex::new();
        for name in ["Europol", "Atlantis", "", "Congo (Something)", "Venezuela and Vietnam"] {
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
    }
}
