//! Country names as publishers write them, resolved to ISO 3166-1 alpha-2 codes.
//!
//! The names come from the `keshvar` crate (ISO short and long names and its list of
//! common names); a small alias table adds the spellings seen in press releases that the
//! crate does not know ("Kuweit", "Congo (Democratic Rep.)", "St Lucia").

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::{LazyLock, OnceLock};

use explorer_model::Country;
use explorer_model::text::{fold, fold_each};
use keshvar::{Alpha2, Country as KeshvarCountry, CountryIterator};

/// Publishers' spellings that the crate's name lists lack, already in `match_key` form.
const ALIASES: &[(&str, &str)] = &[
    // The Caribbean Netherlands, listed by its largest island.
    // Benin as the Nigerian press names it, apart from Nigeria's Benin City.
    ("benin republic", "BJ"),
    ("bonaire", "BQ"),
    ("britain", "GB"),
    ("chinese taipei", "TW"),
    ("congo (democratic rep)", "CD"),
    ("democratic republic of congo", "CD"),
    ("dr congo", "CD"),
    ("drc", "CD"),
    // The other Congo, by its capital or its long name's start.
    ("congo brazzaville", "CG"),
    ("republic of congo", "CG"),
    // North Macedonia's name before 2019, as releases of those years list it.
    ("former yugoslav republic of macedonia", "MK"),
    ("hong kong sar", "HK"),
    // The Islamic Republic of Iran by its initials, as the United Nations' offices write it.
    ("ir of iran", "IR"),
    ("holland", "NL"),
    ("korea (rep of)", "KR"),
    // The Republic of Korea, as releases name it in lists; the North is named as such.
    ("korea", "KR"),
    ("kosovo", "XK"),
    ("kuweit", "KW"),
    ("lao pdr", "LA"),
    ("macao sar", "MO"),
    // Papua New Guinea as its own press and the region's write it.
    ("png", "PG"),
    // Police forces of the United Kingdom's nations take part under their own names.
    ("northern ireland", "GB"),
    ("scotland", "GB"),
    ("uae", "AE"),
    ("us", "US"),
    ("vatican", "VA"),
    ("wales", "GB"),
];

/// Names in Spanish, Portuguese, French and German that the crate's lists lack (it has many:
/// "Alemania", "Países Bajos", "Brasil", "Rumänien"), in `match_key` form. Releases on
/// operations in Latin America and Africa come in the first three, Europe's in German too.
const OTHER_LANGUAGE_NAMES: &[(&str, &str)] = &[
    ("arabia saudita", "SA"),
    ("banglades", "BD"),
    ("barein", "BH"),
    ("birmania", "MM"),
    ("botsuana", "BW"),
    ("catar", "QA"),
    ("costa de marfil", "CI"),
    ("curazao", "CW"),
    ("eslovaquia", "SK"),
    ("estados unidos de america", "US"),
    ("esuatini", "SZ"),
    ("islas turcas y caicos", "TC"),
    ("islas turcos y caicos", "TC"),
    ("kirguistan", "KG"),
    ("lesoto", "LS"),
    ("macedonia del norte", "MK"),
    ("republica de el salvador", "SV"),
    ("malaui", "MW"),
    ("san cristobal y nieves", "KN"),
    ("san vicente y las granadinas", "VC"),
    ("sierra leona", "SL"),
    ("sudafrica", "ZA"),
    ("yibuti", "DJ"),
    // Portuguese.
    ("afeganistao", "AF"),
    ("africa do sul", "ZA"),
    ("alemanha", "DE"),
    ("camaroes", "CM"),
    ("camboja", "KH"),
    ("costa do marfim", "CI"),
    ("egito", "EG"),
    ("equador", "EC"),
    ("espanha", "ES"),
    ("franca", "FR"),
    ("guine bissau", "GW"),
    ("holanda", "NL"),
    ("japao", "JP"),
    ("marrocos", "MA"),
    ("mocambique", "MZ"),
    ("nova zelandia", "NZ"),
    ("paquistao", "PK"),
    ("paraguai", "PY"),
    ("quenia", "KE"),
    ("romenia", "RO"),
    ("sao tome e principe", "ST"),
    ("servia", "RS"),
    ("suica", "CH"),
    ("uruguai", "UY"),
    // French.
    ("republique democratique du congo", "CD"),
    // German.
    ("bosnien herzegowina", "BA"),
    ("nordmazedonien", "MK"),
    ("tschechien", "CZ"),
    ("vereinigte staaten", "US"),
];

/// Places with a code in common use that ISO 3166-1, and so the crate, does not list:
/// code, name, region, subregion.
const UNLISTED: &[(&str, &str, &str, &str)] = &[("XK", "Kosovo", "Europe", "Southern Europe")];

/// Parenthesised sovereigns after a territory's name ("Bermuda (UK)"): dropped before
/// matching. Only these: any other parenthesis is part of the name ("Congo (Democratic Rep.)").
const SOVEREIGN_MARKERS: &[&str] = &["(uk)", "(us)", "(usa)", "(fr)", "(france)", "(nl)", "(netherlands)"];

/// Folds a name to the form the index is keyed by: no case, accents, dots or hyphens,
/// "&" as "and", no leading "the", single spaces.
pub fn match_key(name: &str) -> String {
    key_of_folded(&folded_words(name)).to_string()
}

/// The first step of [`match_key`]: no case, accents, dots or hyphens, "&" as "and", single
/// spaces. Each character folds on its own, so a text whose parts meet at a space folds to
/// its parts' folded words joined by a space (which lets a caller fold each word once).
pub fn folded_words(name: &str) -> String {
    let mut words = String::with_capacity(name.len());
    fold_words_into(name, &mut words);
    words
}

/// [`folded_words`] written into `words`, which it clears first: a caller that folds word
/// after word (every capitalised word of every sentence) keeps one buffer for them all.
pub fn fold_words_into(name: &str, words: &mut String) {
    words.clear();
    // Most names are one plain word ("Pakistan", "Police"): folding one is lower-casing it.
    if name.bytes().all(|byte| byte.is_ascii_alphanumeric()) {
        words.push_str(name);
        words.make_ascii_lowercase();
        return;
    }
    // Spaces, hyphens and underscores in a row become one space, and only between words.
    let mut space_pending = false;
    fold_each(name, |c| match c {
        // "Kosovo*": a footnote's star, like a dot, is no part of a name.
        '.' | '*' => {}
        '-' | '_' => space_pending = true,
        c if c.is_whitespace() => space_pending = true,
        '&' => {
            if !words.is_empty() {
                words.push(' ');
            }
            words.push_str("and");
            space_pending = true;
        }
        c => {
            if space_pending && !words.is_empty() {
                words.push(' ');
            }
            space_pending = false;
            words.push(c);
        }
    });
}

/// The last step of [`match_key`], on the result of [`folded_words`]: no sovereign marker,
/// no leading "the".
fn key_of_folded(folded: &str) -> &str {
    let mut key = folded;
    // Every marker closes a bracket: most names, looked up for every capitalised word, end
    // in none, and one look at their last byte spares trying each marker.
    let markers: &[&str] = if key.ends_with(')') { SOVEREIGN_MARKERS } else { &[] };
    for marker in markers {
        if let Some(stripped) = key.strip_suffix(marker) {
            key = stripped.trim_end();
        }
    }
    key.strip_prefix("the ").unwrap_or(key)
}

/// FNV-1a, for the index's tables of short keys, which are looked up for every capitalised
/// word of every sentence: the standard hasher's setup cost more than the rest of a look-up.
/// (The standard hasher resists keys chosen to collide, which matters for tables that take
/// keys from outside; these are built from the crate's names and are only read.) Also for a
/// set of the country codes the crate gives.
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type Table<V> = HashMap<String, V, BuildHasherDefault<Fnv>>;

/// A country's ISO alpha-2 code ("ES") as its two bytes. Readers ask again and again whether a
/// country is listed already: two bytes compare at once and copy for free, where a `String`
/// is compared through a call and copied through the allocator.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    /// The code written `code`, if it is two ASCII letters.
    pub fn new(code: &str) -> Option<CountryCode> {
        let bytes: [u8; 2] = code.as_bytes().try_into().ok()?;
        bytes.iter().all(u8::is_ascii_alphabetic).then_some(CountryCode(bytes))
    }

    pub fn as_str(&self) -> &str {
        // Two ASCII letters, as `new` checked.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

/// The code as a `String`, copied from its two bytes: `to_string` would go through the
/// formatting machinery for each of the codes every operation lists.
impl From<CountryCode> for String {
    fn from(code: CountryCode) -> String {
        code.as_str().to_owned()
    }
}

impl std::fmt::Debug for CountryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl std::fmt::Display for CountryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<str> for CountryCode {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for CountryCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

pub struct CountryIndex {
    by_key: Table<String>,
    /// The first word of every key of `by_key` ("united", "bosnia"), with the most words of
    /// the keys it starts ("united" starts "united states of america": four).
    first_words: Table<usize>,
    by_demonym: Table<String>,
    /// Every code's record, made at the first [`CountryIndex::describe`]: a record takes
    /// microseconds to make from the crate's tables, and a folder of releases asks for each of
    /// its countries at every extraction.
    records: OnceLock<HashMap<String, Country>>,
}

/// Demonyms the crate spells otherwise or lacks, already in `match_key` form.
/// ("Chinese" is also the crate's nationality of Hong Kong, Macao and Taiwan, "Indian" the
/// British Indian Ocean Territory's and "Dutch" that of the Netherlands' Caribbean islands;
/// in these releases they mean China's, India's and the Netherlands' nationals. The Indian
/// Ocean is told apart where demonyms are found. "Moldavian" is Moldova's older English
/// demonym, still written.)
const DEMONYM_ALIASES: &[(&str, &str)] = &[
    ("chinese", "CN"),
    ("dutch", "NL"),
    ("emirati", "AE"),
    ("indian", "IN"),
    ("moldavian", "MD"),
    // The crate's nationality of a country's territories too ("French", "American",
    // "Norwegian"), or a spelling other than the one releases write ("Philippine" for
    // "Filipino", "Swedish" for "Swede").
    ("american", "US"),
    ("argentine", "AR"),
    ("argentinian", "AR"),
    ("bosnian", "BA"),
    ("burmese", "MM"),
    ("ecuadorian", "EC"),
    ("french", "FR"),
    ("icelandic", "IS"),
    ("kazakh", "KZ"),
    ("kosovar", "XK"),
    ("kyrgyz", "KG"),
    ("lao", "LA"),
    ("luxembourgish", "LU"),
    ("nepali", "NP"),
    ("nigerian", "NG"),
    ("nigerien", "NE"),
    ("norwegian", "NO"),
    ("philippine", "PH"),
    ("salvadorian", "SV"),
    ("saudi", "SA"),
    ("slovenian", "SI"),
    ("swedish", "SE"),
    ("tajik", "TJ"),
    ("uzbek", "UZ"),
];

impl CountryIndex {
    pub fn new() -> CountryIndex {
        let mut by_key = names_from_crate();
        for (alias, code) in ALIASES.iter().chain(OTHER_LANGUAGE_NAMES) {
            by_key.insert((*alias).to_string(), (*code).to_string());
        }
        // "St Maarten", "St. Helena": lists shorten "Saint" and the Dutch "Sint" to "St".
        let shortened: Vec<(String, String)> = by_key
            .iter()
            .filter_map(|(key, code)| {
                let rest = key.strip_prefix("saint ").or_else(|| key.strip_prefix("sint "))?;
                Some((format!("st {rest}"), code.clone()))
            })
            .collect();
        for (key, code) in shortened {
            by_key.entry(key).or_insert(code);
        }
        let mut first_words: Table<usize> = Table::default();
        for key in by_key.keys() {
            let first = key.split(' ').next().unwrap_or_default();
            let most = first_words.entry(first.to_string()).or_default();
            *most = (*most).max(key.split(' ').count());
        }
        let mut by_demonym = demonyms_from_crate();
        for (alias, code) in DEMONYM_ALIASES {
            by_demonym.insert((*alias).to_string(), (*code).to_string());
        }
        CountryIndex { by_key, first_words, by_demonym, records: OnceLock::new() }
    }

    /// The country of a demonym ("Togolese", "Venezuelans"), if it belongs to exactly one.
    pub fn resolve_demonym(&self, word: &str) -> Option<&str> {
        self.resolve_folded_demonym(&folded_words(word))
    }

    /// [`CountryIndex::resolve_demonym`] for a word already folded by [`folded_words`].
    pub fn resolve_folded_demonym(&self, folded: &str) -> Option<&str> {
        let key = key_of_folded(folded);
        let singular = key.strip_suffix('s').unwrap_or(key);
        self.by_demonym.get(key).or_else(|| self.by_demonym.get(singular)).map(String::as_str)
    }

    /// The alpha-2 code of a country name as a publisher wrote it, if it names exactly one.
    pub fn resolve(&self, name: &str) -> Option<&str> {
        self.resolve_folded(&folded_words(name))
    }

    /// [`CountryIndex::resolve`] for a name already folded by [`folded_words`].
    pub fn resolve_folded(&self, folded: &str) -> Option<&str> {
        self.by_key.get(key_of_folded(folded)).map(String::as_str)
    }

    /// The most words a country's name that starts with this word, folded by [`folded_words`],
    /// may have, or `None` where no name starts with it: a name's key starts with its first
    /// word, and no key starts with another word. A leading "the" is not part of the key ("the
    /// Gambia"), so a name starting with it may have any number of words. Each word of a text
    /// folds to one word or more, so a name has at most as many words as its key.
    pub fn most_name_words(&self, folded_word: &str) -> Option<usize> {
        // Asked of every capitalised word, most of them one word: a byte loop finds the end of
        // the first sooner than a character search sets up.
        let first_end = folded_word.bytes().position(|byte| byte == b' ').unwrap_or(folded_word.len());
        let first = &folded_word[..first_end];
        if first == "the" { Some(usize::MAX) } else { self.first_words.get(first).copied() }
    }

    /// The dataset's record of a code: its English short name.
    pub fn describe(&self, code: &str) -> Option<Country> {
        let records = self.records.get_or_init(|| {
            let codes = CountryIterator::new().map(|country| country.alpha2().to_string());
            let codes = codes.chain(UNLISTED.iter().map(|(code, ..)| code.to_string()));
            codes.filter_map(|code| Some((code.clone(), record_of(&code)?))).collect()
        });
        // A code in another case ("es") is made anew, as it always was.
        records.get(code).cloned().or_else(|| record_of(code))
    }
}

/// [`CountryIndex::describe`], made from the crate's tables.
fn record_of(code: &str) -> Option<Country> {
    if let Some((code, name, region, subregion)) = UNLISTED.iter().find(|(c, ..)| *c == code) {
        let (region, subregion) = (Some(region.to_string()), Some(subregion.to_string()));
        let aliases = Vec::new();
        return Some(Country { code: code.to_string(), name: name.to_string(), region, subregion, aliases });
    }
    let country: KeshvarCountry = Alpha2::try_from(code).ok()?.to_country();
    let name = common_name(&country);
    let alpha3 = country.alpha3().to_string();
    let names = [country.iso_short_name(), country.iso_long_name(), alpha3.as_str()]
        .into_iter()
        .map(str::to_string)
        .chain(country.unofficial_name_list().iter().map(|n| n.to_string()))
        .chain(ALIASES.iter().filter(|(_, c)| *c == code).map(|(alias, _)| alias.to_string()));
    // A name that holds the country's own name adds nothing to a search by part of a name.
    let own = fold(name);
    let mut aliases: Vec<String> = names.map(|n| fold(&n)).filter(|n| n.is_ascii() && !n.contains(&own)).collect();
    aliases.sort();
    aliases.dedup();
    Some(Country {
        code: code.to_string(),
        name: name.to_string(),
        aliases,
        region: country.maybe_region().map(|region| words_of(&format!("{region:?}"))),
        subregion: country.maybe_subregion().map(|subregion| words_of(&format!("{subregion:?}"))),
    })
}

/// Keeps the keys that name exactly one country: a name two countries share (the crate's
/// lists hold some, and "Congolese" is two nationalities) identifies neither.
fn unambiguous(pairs: impl Iterator<Item = (String, String)>) -> Table<String> {
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

fn demonyms_from_crate() -> Table<String> {
    unambiguous(
        CountryIterator::new()
            .filter_map(|country| Some((match_key(country.maybe_nationality()?), country.alpha2().to_string()))),
    )
}

/// Match keys of every name the crate knows, each with the one country it names.
fn names_from_crate() -> Table<String> {
    unambiguous(CountryIterator::new().flat_map(|country| {
        let code = country.alpha2().to_string();
        [country.iso_short_name(), country.iso_long_name()]
            .into_iter()
            .chain(country.unofficial_name_list().iter().copied().filter(|name| !AMBIGUOUS_IN_ENGLISH.contains(name)))
            .map(move |name| (match_key(name), code.clone()))
            .collect::<Vec<_>>()
    }))
}

/// Names the crate gives a country in another language that English text uses for something
/// else: "Island" is Iceland in German and the Nordic languages, and "the North Island" in
/// English; "Salvador" is El Salvador in some lists, and a city of Brazil and a given name.
const AMBIGUOUS_IN_ENGLISH: &[&str] = &["Island", "Salvador"];

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
    use proptest::prelude::*;

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
            ("St. Maarten", "SX"),
            ("St Helena", "SH"),
            ("Türkiye", "TR"),
            ("Turkey", "TR"),
            ("Kuweit", "KW"),
            ("Benin Republic", "BJ"),
            ("Bosnia And Herzegovina", "BA"),
            ("Trinidad And Tobago", "TT"),
            ("Guinea Bissau", "GW"),
            ("Burkina-Faso", "BF"),
            ("Sao Tome And Principe", "ST"),
            ("The Gambia", "GM"),
            ("Palestine", "PS"),
            ("Aruba", "AW"),
            ("Bonaire", "BQ"),
            ("United States", "US"),
            ("United Kingdom", "GB"),
            ("North Macedonia", "MK"),
            ("Eswatini", "SZ"),
            ("Kosovo*", "XK"),
            ("Hong Kong SAR", "HK"),
            ("I.R. of Iran", "IR"),
            ("Chinese Taipei", "TW"),
            ("Korea (Rep. of)", "KR"),
            ("Korea", "KR"),
            ("North Korea", "KP"),
            ("Lao PDR", "LA"),
            ("PNG", "PG"),
            ("Scotland", "GB"),
            ("Congo-Brazzaville", "CG"),
            ("Republic of Congo", "CG"),
            ("Democratic Republic of the Congo", "CD"),
            // In Spanish, Portuguese and French.
            ("Países Bajos", "NL"),
            ("Costa de Marfil", "CI"),
            ("Espanha", "ES"),
            ("África do Sul", "ZA"),
            ("République démocratique du Congo", "CD"),
        ];
        for (name, code) in cases {
            assert_eq!(index.resolve(name), Some(code), "{name}");
        }
        // An English word that names a country in another language names none.
        assert_eq!(index.resolve("Island"), None);
        assert_eq!(index.resolve("Iceland"), Some("IS"));
        assert_eq!(index.resolve("Salvador"), None);
        assert_eq!(index.resolve("El Salvador"), Some("SV"));
    }

    proptest! {
        #[test]
        fn folded_words_are_the_folded_text_split_at_spaces(name in "[a-zA-Zéü’'&._ \t-]{0,30}|\\PC{0,30}") {
            let plain = fold(&name).replace('&', " and ").replace(['-', '_'], " ").replace(['.', '*'], "");
            prop_assert_eq!(folded_words(&name), plain.split_whitespace().collect::<Vec<_>>().join(" "));
        }
    }

    #[test]
    fn every_alias_is_one_the_crate_lacks() {
        let from_crate = names_from_crate();
        for (alias, code) in ALIASES.iter().chain(OTHER_LANGUAGE_NAMES) {
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
        for (word, code) in [
            ("Togolese", "TG"),
            ("Ivorian", "CI"),
            ("Venezuelans", "VE"),
            ("Emirati", "AE"),
            ("Moldavian", "MD"),
            ("French", "FR"),
            ("Philippine", "PH"),
            ("Nigerians", "NG"),
            ("Swedish", "SE"),
        ] {
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
    fn every_sovereign_marker_closes_a_bracket() {
        // `key_of_folded` tries the markers only on a name that ends in one.
        assert!(SOVEREIGN_MARKERS.iter().all(|marker| marker.ends_with(')')));
        assert_eq!(match_key("Bermuda (UK)"), "bermuda");
    }

    #[test]
    fn a_name_may_start_with_a_countrys_first_word_or_the() {
        let index = CountryIndex::new();
        for word in ["united", "bosnia", "the", "the gambia", "cote d'ivoire"] {
            assert!(index.most_name_words(word).is_some(), "{word}");
        }
        for word in ["police", "operation", "interpol"] {
            assert_eq!(index.most_name_words(word), None, "{word}");
        }
        assert_eq!(index.most_name_words("spain"), Some(1));
        assert_eq!(index.most_name_words("bosnia"), Some(3));
    }

    #[test]
    fn a_countrys_other_names_are_its_own_in_ascii_without_its_name() {
        let index = CountryIndex::new();
        let uk = index.describe("GB").unwrap();
        for alias in ["gbr", "britain", "scotland", "wales", "northern ireland"] {
            assert!(uk.aliases.iter().any(|a| a == alias), "{alias} in {:?}", uk.aliases);
        }
        let spain = index.describe("ES").unwrap();
        assert!(spain.aliases.iter().any(|a| a == "espana"), "{:?}", spain.aliases);
        for country in [uk, spain, index.describe("JP").unwrap(), index.describe("CI").unwrap()] {
            let own = fold(&country.name);
            for alias in &country.aliases {
                assert!(alias.is_ascii() && !alias.contains(&own), "{}: {alias}", country.code);
                // Another country's alias is not this one's.
                assert!(!ALIASES.iter().any(|(a, code)| a == alias && *code != country.code), "{alias}");
            }
        }
    }

    #[test]
    fn describes_codes_with_plain_names() {
        let index = CountryIndex::new();
        assert_eq!(index.describe("ES").unwrap().name, "Spain");
        assert_eq!(index.describe("BO").unwrap().name, "Bolivia");
        assert_eq!(index.describe("GB").unwrap().name, "United Kingdom");
        assert_eq!(index.describe("TR").unwrap().name, "Türkiye");
        assert_eq!(index.describe("XK").unwrap().subregion.as_deref(), Some("Southern Europe"));
        assert!(index.describe("XX").is_none());
        let mali = index.describe("ML").unwrap();
        assert_eq!((mali.region.as_deref(), mali.subregion.as_deref()), (Some("Africa"), Some("Western Africa")));
        assert_eq!(index.describe("NZ").unwrap().subregion.as_deref(), Some("Australia and New Zealand"));
    }
}
