//! `cargo xtask synth N DIR`: N synthetic press releases in the style of the real ones, with a
//! manifest, so that the whole pipeline can be built and measured at 10× and 100× the real corpus
//! (`EXPLORER_SEEDS=DIR cargo xtask build`).
//!
//! The releases are invented but shaped like INTERPOL's: a dateline, the operation with its dates
//! and participant count, headline figures, country cases, coordination units, a partner, a quote,
//! photo captions and the participant list, all with real country names. The same N gives the same
//! files. Each release's facts are also returned, so a test can check that extraction reads back
//! exactly what was written.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use explorer_model::date::MONTH_NAMES;

use crate::process::Failure;

/// Real country names, in the forms the releases use.
const COUNTRIES: &[&str] = &[
    "Albania",
    "Algeria",
    "Argentina",
    "Armenia",
    "Austria",
    "Bangladesh",
    "Belgium",
    "Benin",
    "Bolivia",
    "Brazil",
    "Bulgaria",
    "Burkina Faso",
    "Cameroon",
    "Chad",
    "Chile",
    "Colombia",
    "Costa Rica",
    "Croatia",
    "Cyprus",
    "Ecuador",
    "Egypt",
    "El Salvador",
    "Ethiopia",
    "France",
    "Gabon",
    "Georgia",
    "Germany",
    "Ghana",
    "Greece",
    "Guatemala",
    "Guinea",
    "Honduras",
    "Hungary",
    "India",
    "Indonesia",
    "Iraq",
    "Italy",
    "Jordan",
    "Kenya",
    "Lebanon",
    "Libya",
    "Malaysia",
    "Mali",
    "Mauritania",
    "Mexico",
    "Moldova",
    "Mongolia",
    "Montenegro",
    "Morocco",
    "Nepal",
    "Nicaragua",
    "Niger",
    "Nigeria",
    "North Macedonia",
    "Pakistan",
    "Panama",
    "Paraguay",
    "Peru",
    "Philippines",
    "Poland",
    "Portugal",
    "Romania",
    "Senegal",
    "Serbia",
    "Slovenia",
    "South Africa",
    "Spain",
    "Sri Lanka",
    "Sudan",
    "Tanzania",
    "Thailand",
    "Togo",
    "Tunisia",
    "Uganda",
    "Ukraine",
    "Uruguay",
    "Zambia",
    "Zimbabwe",
];

/// Invented series names (none is a real operation's).
const SERIES: &[&str] = &[
    "Aurora",
    "Basalt",
    "Cirrus",
    "Dorado",
    "Egret",
    "Fennec",
    "Garnet",
    "Heron",
    "Ibis",
    "Jacaranda",
    "Kestrel",
    "Lantana",
    "Marlin",
    "Nimbus",
    "Osprey",
    "Pelican",
    "Quartz",
    "Rosella",
    "Sirocco",
    "Tamarind",
    "Umber",
    "Verbena",
    "Wren",
    "Xenon",
    "Yarrow",
    "Zephyr",
    "Acacia",
    "Bramble",
    "Cobalt",
    "Dune",
    "Ember",
    "Flint",
    "Gale",
    "Harbour",
    "Indigo",
    "Juniper",
    "Kelp",
    "Lagoon",
    "Mistral",
    "Nettle",
];

const ROMAN: &[&str] = &["", " II", " III", " IV", " V", " VI", " VII", " VIII", " IX", " X", " XI", " XII", " XIII"];

const CAPTIONS: &[&str] = &[
    "Officers check travel documents at a border crossing.",
    "A briefing at the operational coordination unit.",
    "Police inspect a bus at a checkpoint.",
    "Victims receive first assistance from social workers.",
];

/// What one synthetic release states, for checking the extraction against.
#[derive(Debug, Clone, PartialEq)]
pub struct Written {
    pub file: String,
    pub name: String,
    pub year: i32,
    pub participants: Vec<&'static str>,
    pub arrests: u64,
    pub victims_rescued: Option<u64>,
}

/// SplitMix64: small, fast and the same everywhere, so the corpus is reproducible.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `range` (inclusive).
    fn between(&mut self, low: u64, high: u64) -> u64 {
        low + self.next() % (high - low + 1)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.next() as usize % items.len()]
    }

    /// `count` different items, in the slice's order.
    fn some<T: Copy>(&mut self, items: &[T], count: usize) -> Vec<T> {
        let mut chosen: Vec<usize> = (0..items.len()).collect();
        for i in 0..count {
            let j = i + self.next() as usize % (items.len() - i);
            chosen.swap(i, j);
        }
        let mut chosen = chosen[..count].to_vec();
        chosen.sort_unstable();
        chosen.into_iter().map(|i| items[i]).collect()
    }
}

/// "a, b and c"
fn listed(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// Release `index` of the corpus: its text and what it states.
fn release(index: usize, random: &mut Random) -> (String, Written) {
    let series = SERIES[index % SERIES.len()];
    let name = format!("{series}{}", ROMAN[(index / SERIES.len()) % ROMAN.len()]);
    let year = 2012 + (index % 13) as i32;
    let month = random.between(0, 11) as usize;
    let first_day = random.between(1, 20);
    let last_day = first_day + random.between(2, 7);
    let participant_count = random.between(4, 40) as usize;
    let participants = random.some(COUNTRIES, participant_count);
    let arrests = random.between(20, 2000);
    let victims_rescued = (!random.next().is_multiple_of(4)).then(|| random.between(10, 3000));
    let migrants = random.between(100, 9000);
    let file = format!("synthetic-{:04}.txt", index + 1);

    let mut text = String::new();
    let _ = write!(
        text,
        "LYON, France – Police and border officials from {} countries took part in Operation {name}, which ran from {first_day} to {last_day} {} {year}.\n\n",
        participants.len(),
        MONTH_NAMES[month]
    );
    let rescued = victims_rescued.map(|v| format!(" and the rescue of {v} victims of trafficking")).unwrap_or_default();
    let _ = write!(
        text,
        "The operation led to the arrest of {arrests} suspects{rescued}. Officers also identified {migrants} irregular migrants.\n\n"
    );
    let _ = write!(text, "        {}\n\n", random.pick(CAPTIONS));
    for _ in 0..random.between(1, 4) {
        let acting = *random.pick(&participants);
        let members = random.between(2, 30);
        let destination = *random.pick(COUNTRIES);
        let _ = write!(
            text,
            "In {acting}, police arrested {members} members of a network that smuggled migrants to {destination}.\n\n"
        );
    }
    let hubs = random.some(&participants, 2);
    let _ = write!(text, "Operational coordination units were set up in {}.\n\n", listed(&hubs));
    let _ = write!(text, "        {}\n\n", random.pick(CAPTIONS));
    let _ = write!(
        text,
        "“Operation {name} shows what police can do when they share intelligence across borders,” said the head of INTERPOL's Vulnerable Communities unit.\n\n"
    );
    let _ = writeln!(text, "Participating countries: {}.", listed(&participants));
    let written = Written { file, name: format!("Operation {name}"), year, participants, arrests, victims_rescued };
    (text, written)
}

/// The corpus of `count` releases (the same for the same count).
pub fn corpus(count: usize) -> Vec<(String, Written)> {
    let mut random = Random(0x5eed);
    (0..count).map(|index| release(index, &mut random)).collect()
}

/// Writes the corpus and its manifest into `dir` (created if missing).
pub fn write_corpus(count: usize, dir: &Path) -> Result<Vec<Written>, Failure> {
    let fail = |e: std::io::Error| Failure(format!("cannot write into {}: {e}", dir.display()));
    fs::create_dir_all(dir).map_err(fail)?;
    let mut manifest = String::from("{\n  \"documents\": [\n");
    let mut facts = Vec::with_capacity(count);
    for (i, (text, written)) in corpus(count).into_iter().enumerate() {
        fs::write(dir.join(&written.file), text).map_err(fail)?;
        let separator = if i + 1 < count { "," } else { "" };
        // Published in the December of the operation's year: after its dates, whatever they are.
        let _ = writeln!(
            manifest,
            "    {{ \"file\": \"{}\", \"kind\": \"press_release\", \"published\": \"{}-12-15\", \"publisher\": \"INTERPOL\", \"place\": \"Lyon\" }}{separator}",
            written.file, written.year
        );
        facts.push(written);
    }
    manifest.push_str("  ]\n}\n");
    fs::write(dir.join("manifest.json"), manifest).map_err(fail)?;
    Ok(facts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use explorer_model::Metric;

    #[test]
    fn the_same_count_gives_the_same_corpus_and_a_larger_one_extends_it() {
        let small = corpus(5);
        assert_eq!(small, corpus(5));
        assert_eq!(small[..], corpus(8)[..5]);
        let names: std::collections::BTreeSet<_> = corpus(120).into_iter().map(|(_, w)| w.name).collect();
        assert_eq!(names.len(), 120, "every operation has a name of its own");
    }

    #[test]
    fn extraction_reads_back_what_was_written() {
        let dir = std::env::temp_dir().join(format!("explorer-synth-{}", std::process::id()));
        let written = write_corpus(60, &dir).unwrap();
        let dataset = explorer_extract::extract_folder(&dir);
        let _ = fs::remove_dir_all(&dir);
        let dataset = dataset.unwrap_or_else(|problems| panic!("{problems}"));
        assert_eq!(dataset.operations.len(), 60);
        assert!(dataset.warnings.is_empty(), "{:?}", dataset.warnings);
        for facts in &written {
            let op = dataset.operations.iter().find(|op| format!("Operation {}", op.name) == facts.name);
            let op = op.unwrap_or_else(|| panic!("{} was not read", facts.name));
            assert_eq!(op.year, Some(facts.year), "{}", facts.name);
            assert_eq!(op.countries.len(), facts.participants.len(), "{}", facts.name);
            let figure = |metric| op.figures.iter().find(|f| f.metric == metric).map(|f| f.value);
            assert_eq!(figure(Metric::Arrests), Some(facts.arrests), "{}", facts.name);
            assert_eq!(figure(Metric::VictimsRescued), facts.victims_rescued, "{}", facts.name);
        }
    }
}
