//! The dataset the extractor writes and the app reads: plain data, serialisable both ways.
//!
//! A value that the source text does not state is `None` (JSON `null`), never a guess. Every
//! extracted fact carries a [`Source`]: the document, the byte span and the exact text it was
//! read from, which the build verifies against the document.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::date::PartialDate;

/// A closed list of words the dataset uses (metrics, themes, ...): each value's name in the
/// dataset's JSON, in URLs and in exports is given once, here, and serde writes and reads it.
pub trait Vocabulary: Copy + PartialEq + 'static {
    /// Every value, in the order the model lists them.
    fn all() -> &'static [Self];
    /// "victims_rescued" for `Metric::VictimsRescued`.
    fn json_name(self) -> &'static str;
}

/// The name of a vocabulary's value in the dataset's JSON, URLs and exports.
pub fn json_name<T: Vocabulary>(value: T) -> &'static str {
    value.json_name()
}

/// [`Vocabulary`], an `ALL` list and serde for an enum of unit variants, from each variant's
/// JSON name.
macro_rules! vocabulary {
    ($type:ident { $($variant:ident => $name:literal,)* }) => {
        impl $type {
            /// Every value, in the order the model lists them.
            pub const ALL: &'static [$type] = &[$($type::$variant),*];
        }

        impl Vocabulary for $type {
            fn all() -> &'static [Self] {
                Self::ALL
            }
            fn json_name(self) -> &'static str {
                match self {
                    $($type::$variant => $name),*
                }
            }
        }

        impl Serialize for $type {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.json_name())
            }
        }

        impl<'de> Deserialize<'de> for $type {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let name = String::deserialize(deserializer)?;
                Self::ALL.iter().copied().find(|value| value.json_name() == name).ok_or_else(|| {
                    serde::de::Error::unknown_variant(&name, &[$($name),*])
                })
            }
        }
    };
}

/// Everything extracted from one folder of press releases.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    /// Sorted by year, then start date (undated ones after the dated ones of their year,
    /// unknown years last), then name.
    pub operations: Vec<Operation>,
    /// Every country that any operation, highlight or coordination unit names, sorted by code.
    pub countries: Vec<Country>,
    /// One per source file, in file-name order.
    pub documents: Vec<Document>,
    /// Problems that did not stop the build, each naming its file.
    pub warnings: Vec<String>,
    /// Numbers in body sentences that gave no fact, by document and position.
    #[serde(default)]
    pub unread_numbers: Vec<UnreadNumber>,
}

/// One police operation, as reported by the documents that describe it: an action with a
/// code name ("Operation Turquesa II"), or one its releases describe without one (joint
/// action days, a week of action, a coordinated raid), known by who ran it, what it was
/// against and when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Operation {
    /// Stable slug of name and year, e.g. `turquesa-ii-2020`: used in permalinks.
    pub id: String,
    /// As the publisher names it, e.g. "Turquesa II"; for an action without a code name, a
    /// description in the text's own words ("Europol joint action days against labour
    /// exploitation, September 2023").
    pub name: String,
    /// Whether `name` is a code name. No view writes "Operation" before a name that is not
    /// one. Data written before the field existed held code names only.
    #[serde(default = "code_name_unless_said")]
    pub code_name: bool,
    /// Who ran an action without a code name, as its releases name them ("coordinated by
    /// Europol and Frontex"); empty for code names, whose releases are read for partners.
    #[serde(default)]
    pub organisers: Vec<Organisation>,
    /// The name without its edition numeral, e.g. "Turquesa".
    pub series: String,
    /// The edition numeral as a number ("II" is 2); `None` when the name has none.
    pub edition: Option<u32>,
    pub year: Option<i32>,
    /// True when `year` was not written in the text but worked out from the publication date.
    pub year_inferred: bool,
    /// As precisely as the text states it: a day, or only a month; `--MM-DD` when no year
    /// for the day is known (see [`PartialDate`]).
    pub start: Option<PartialDate>,
    pub end: Option<PartialDate>,
    /// Days from start to end, both counted, when both are whole dates; or as the text
    /// states it ("over only 5 days").
    pub duration_days: Option<u32>,
    /// How many participants the text says took part ("116 countries and territories").
    pub stated_country_count: Option<u32>,
    /// ISO 3166-1 alpha-2 codes of the participants the text lists, in the text's order.
    pub countries: Vec<String>,
    /// The passages the dates, the duration, the participant count and the participant list
    /// were read from. Data written before the field existed has none.
    #[serde(default, skip_serializing_if = "FieldSources::is_empty")]
    pub field_sources: FieldSources,
    /// The operation's own totals; figures about one country's case are in its highlight.
    /// Every source's value is kept: a metric has one figure per document that states it,
    /// in the order the documents were read, and `conflicts` names those that differ.
    pub figures: Vec<Figure>,
    pub highlights: Vec<Highlight>,
    pub coordination: Vec<Coordination>,
    pub partners: Vec<Organisation>,
    pub funders: Vec<Organisation>,
    /// The crime areas the text says the operation targeted, each with the passage that says so.
    #[serde(default)]
    pub crime_areas: Vec<StatedCrimeArea>,
    /// What the operation seized as a whole; a country case's seizures are in its highlight.
    #[serde(default)]
    pub seizures: Vec<Seizure>,
    /// INTERPOL projects, networks and tools named (Project Flyway, ISON, i-24/7, ...).
    pub projects: Vec<Organisation>,
    pub quotes: Vec<Quote>,
    /// The facts on which the documents reporting the operation disagree, each value with
    /// the document that states it. A figure, the dates or the participant count keep the
    /// first document's value in their own field; the others are here.
    pub conflicts: Vec<Conflict>,
    /// The fields a maintainer set by hand, each with its passage and note; the fields above
    /// hold the corrected values.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrected: Vec<CorrectedField>,
    /// Rounded values a document states beside the exact one in `figures` ("more than 1,200"
    /// in the lead, 1,236 in the results): shown as also stated, never as the figure.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_stated: Vec<Figure>,
    /// True when no document reports the operation; it is only named in another one.
    pub mentioned_only: bool,
    /// File names of the documents that report this operation.
    pub documents: Vec<String>,
    /// File names of other documents that name it in passing.
    pub mentioned_in: Vec<String>,
}

fn code_name_unless_said() -> bool {
    true
}

impl Default for Operation {
    /// An operation known by a code name, with nothing else known.
    fn default() -> Self {
        Operation {
            id: String::new(),
            name: String::new(),
            code_name: true,
            organisers: Vec::new(),
            series: String::new(),
            edition: None,
            year: None,
            year_inferred: false,
            start: None,
            end: None,
            duration_days: None,
            stated_country_count: None,
            countries: Vec::new(),
            field_sources: FieldSources::default(),
            figures: Vec::new(),
            highlights: Vec::new(),
            coordination: Vec::new(),
            partners: Vec::new(),
            funders: Vec::new(),
            crime_areas: Vec::new(),
            seizures: Vec::new(),
            projects: Vec::new(),
            quotes: Vec::new(),
            conflicts: Vec::new(),
            corrected: Vec::new(),
            mentioned_only: false,
            documents: Vec::new(),
            mentioned_in: Vec::new(),
            also_stated: Vec::new(),
        }
    }
}

/// A fact that two or more documents state differently.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conflict {
    /// What is disputed: a metric's JSON name ("arrests"), "start", "end" or
    /// "stated_country_count".
    pub fact: String,
    /// Each value as the dataset writes it ("126", "more than 120", "2024-03-11"), with the
    /// document that states it, in the order the documents were read.
    pub values: Vec<StatedValue>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatedValue {
    pub value: String,
    pub document: String,
}

/// Where a fact was read: the document, the byte span of `quote` in it, and `quote` itself;
/// and whether the extractor read it or a maintainer wrote it in `corrections.toml`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub document: String,
    /// Byte offsets `[start, end)` of `quote` in the document's text.
    pub span: (usize, usize),
    /// The sentence or passage, exactly as in the document.
    pub quote: String,
    #[serde(default)]
    pub origin: Origin,
    /// Why a maintainer corrected the fact, as their correction says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Who stated a fact of the dataset: the extractor, or a maintainer's correction checked
/// against the text like any extracted fact.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Origin {
    #[default]
    Read,
    Corrected,
}

vocabulary!(Origin {
    Read => "read",
    Corrected => "corrected",
});

/// Where an operation's dates and participants were read, field by field: the sentence (or the
/// list under its heading) that states each, or, where a maintainer set the field in
/// `corrections.toml`, the passage their correction quotes ([`Origin::Corrected`]). Where
/// several releases state a field, its source is the one of the release whose value the field
/// holds. A field the text does not state has no source.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldSources {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Source>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Source>,
    /// The sentence that states the duration, or the dates' sentence where it is counted from
    /// them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_days: Option<Source>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stated_country_count: Option<Source>,
    /// The list under its heading and each sentence that names more participants, in the order
    /// they added to `countries`; of a merged operation, those of each release that added one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub countries: Vec<Source>,
}

impl FieldSources {
    pub fn is_empty(&self) -> bool {
        self.all().next().is_none()
    }

    /// Every source, in the order of the fields.
    pub fn all(&self) -> impl Iterator<Item = &Source> {
        let single = [&self.start, &self.end, &self.duration_days, &self.stated_country_count];
        single.into_iter().flatten().chain(&self.countries)
    }
}

/// A field of an operation (its name, edition, year, dates, participant count or list) that a
/// maintainer set in `corrections.toml`, with the passage that states it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorrectedField {
    /// "year", "name", "edition", "start", "end", "stated_country_count" or "countries".
    pub field: String,
    /// The value as the dataset writes it ("2025", "ES, FR").
    pub value: String,
    #[serde(flatten)]
    pub source: Source,
}

/// Numbers in a document's body sentences from which no fact was read: what a reader should
/// know the dataset leaves out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnreadNumber {
    pub document: String,
    /// Byte offsets of the number in the document's text.
    pub span: (usize, usize),
    /// The number as written.
    pub text: String,
}

/// Kinds of figure; the names are the JSON values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Metric {
    Arrests,
    /// The part of the arrests made on trafficking or smuggling charges.
    ArrestsTraffickingSmuggling,
    /// Arrests of suspected traffickers ("including 88 suspected traffickers").
    ArrestsTraffickers,
    /// Arrests of suspected smugglers ("and 83 migrant smugglers").
    ArrestsSmugglers,
    /// Arrests for other crimes ("Some 100 additional arrests were made for other crimes").
    ArrestsOtherCrimes,
    VictimsRescued,
    /// Victims identified or found, not said to be rescued.
    VictimsIdentified,
    MigrantsIdentified,
    MigrantsRescued,
    /// How many nationalities or countries of origin the migrants had.
    MigrantNationalities,
    DatabaseChecks,
    Inspections,
    FlightsMonitored,
    NoticesRed,
    NoticesBlue,
    NoticesYellow,
    NoticesPurple,
    NoticesOrange,
    NoticesGreen,
    NoticesBlack,
    NoticesSilver,
    InvestigationsOpened,
    GroupsDismantled,
    /// A sum of money, with its currency.
    Amount,
}

vocabulary!(Metric {
    Arrests => "arrests",
    ArrestsTraffickingSmuggling => "arrests_trafficking_smuggling",
    ArrestsTraffickers => "arrests_traffickers",
    ArrestsSmugglers => "arrests_smugglers",
    ArrestsOtherCrimes => "arrests_other_crimes",
    VictimsRescued => "victims_rescued",
    VictimsIdentified => "victims_identified",
    MigrantsIdentified => "migrants_identified",
    MigrantsRescued => "migrants_rescued",
    MigrantNationalities => "migrant_nationalities",
    DatabaseChecks => "database_checks",
    Inspections => "inspections",
    FlightsMonitored => "flights_monitored",
    NoticesRed => "notices_red",
    NoticesBlue => "notices_blue",
    NoticesYellow => "notices_yellow",
    NoticesPurple => "notices_purple",
    NoticesOrange => "notices_orange",
    NoticesGreen => "notices_green",
    NoticesBlack => "notices_black",
    NoticesSilver => "notices_silver",
    InvestigationsOpened => "investigations_opened",
    GroupsDismantled => "groups_dismantled",
    Amount => "amount",
});

impl Metric {
    /// Whether it counts arrests, of any kind.
    pub fn is_arrests(self) -> bool {
        matches!(
            self,
            Metric::Arrests
                | Metric::ArrestsTraffickingSmuggling
                | Metric::ArrestsTraffickers
                | Metric::ArrestsSmugglers
                | Metric::ArrestsOtherCrimes
        )
    }

    /// A label for people: "victims rescued".
    pub fn label(self) -> &'static str {
        match self {
            Metric::Arrests => "arrests",
            Metric::ArrestsTraffickingSmuggling => "arrests on trafficking or smuggling charges",
            Metric::ArrestsTraffickers => "suspected traffickers arrested",
            Metric::ArrestsSmugglers => "suspected smugglers arrested",
            Metric::ArrestsOtherCrimes => "arrests for other crimes",
            Metric::VictimsRescued => "victims rescued",
            Metric::VictimsIdentified => "victims identified",
            Metric::MigrantsIdentified => "irregular migrants identified",
            Metric::MigrantsRescued => "migrants rescued",
            Metric::MigrantNationalities => "migrant nationalities",
            Metric::DatabaseChecks => "checks against INTERPOL databases",
            Metric::Inspections => "inspections",
            Metric::FlightsMonitored => "flights monitored",
            Metric::NoticesRed => "Red Notices",
            Metric::NoticesBlue => "Blue Notices",
            Metric::NoticesYellow => "Yellow Notices",
            Metric::NoticesPurple => "Purple Notices",
            Metric::NoticesOrange => "Orange Notices",
            Metric::NoticesGreen => "Green Notices",
            Metric::NoticesBlack => "Black Notices",
            Metric::NoticesSilver => "Silver Notices",
            Metric::InvestigationsOpened => "investigations opened",
            Metric::GroupsDismantled => "criminal groups dismantled",
            Metric::Amount => "amount",
        }
    }
}

/// A number the text states, typed by what it counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    pub metric: Metric,
    pub value: u64,
    /// "more than", "nearly", "some", "close to", "around", ...; `None` when stated exactly.
    pub qualifier: Option<String>,
    /// ISO 4217 code ("USD") or the currency as written ("dinars"), for amounts only.
    pub currency: Option<String>,
    /// The number as written ("3,222", "8 million", "Seven"): it occurs in `source.quote`.
    pub as_written: String,
    #[serde(flatten)]
    pub source: Source,
}

/// What kind of crime an operation targeted; the names are the JSON values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CrimeArea {
    HumanTrafficking,
    MigrantSmuggling,
    DrugTrafficking,
    FirearmsTrafficking,
    WildlifeCrime,
    /// Pollution, waste, timber and forest crime, and crime at sea in fisheries.
    EnvironmentalCrime,
    Cybercrime,
    FinancialCrime,
    IllicitMedicines,
    CulturalProperty,
    ChildSexualAbuse,
    IllegalGambling,
    Counterfeiting,
    Other,
}

vocabulary!(CrimeArea {
    HumanTrafficking => "human_trafficking",
    MigrantSmuggling => "migrant_smuggling",
    DrugTrafficking => "drug_trafficking",
    FirearmsTrafficking => "firearms_trafficking",
    WildlifeCrime => "wildlife_crime",
    EnvironmentalCrime => "environmental_crime",
    Cybercrime => "cybercrime",
    FinancialCrime => "financial_crime",
    IllicitMedicines => "illicit_medicines",
    CulturalProperty => "cultural_property",
    ChildSexualAbuse => "child_sexual_abuse",
    IllegalGambling => "illegal_gambling",
    Counterfeiting => "counterfeiting",
    Other => "other",
});

impl CrimeArea {
    pub fn label(self) -> &'static str {
        match self {
            CrimeArea::HumanTrafficking => "human trafficking",
            CrimeArea::MigrantSmuggling => "migrant smuggling",
            CrimeArea::DrugTrafficking => "drug trafficking",
            CrimeArea::FirearmsTrafficking => "firearms trafficking",
            CrimeArea::WildlifeCrime => "wildlife crime",
            CrimeArea::EnvironmentalCrime => "environmental crime",
            CrimeArea::Cybercrime => "cybercrime",
            CrimeArea::FinancialCrime => "financial crime",
            CrimeArea::IllicitMedicines => "illicit medicines",
            CrimeArea::CulturalProperty => "cultural property",
            CrimeArea::ChildSexualAbuse => "child sexual abuse",
            CrimeArea::IllegalGambling => "illegal gambling",
            CrimeArea::Counterfeiting => "counterfeiting",
            CrimeArea::Other => "other crime",
        }
    }
}

/// A crime area an operation targeted, with the passage that says so.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatedCrimeArea {
    pub area: CrimeArea,
    #[serde(flatten)]
    pub source: Source,
}

/// What kind of thing was seized; the names are the JSON values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SeizureKind {
    Drugs,
    Firearms,
    Ammunition,
    Wildlife,
    Timber,
    Medicines,
    CulturalGoods,
    Cash,
    /// Property, accounts and valuables other than cash.
    Assets,
    Documents,
    Vehicles,
    Other,
}

vocabulary!(SeizureKind {
    Drugs => "drugs",
    Firearms => "firearms",
    Ammunition => "ammunition",
    Wildlife => "wildlife",
    Timber => "timber",
    Medicines => "medicines",
    CulturalGoods => "cultural_goods",
    Cash => "cash",
    Assets => "assets",
    Documents => "documents",
    Vehicles => "vehicles",
    Other => "other",
});

impl SeizureKind {
    pub fn label(self) -> &'static str {
        match self {
            SeizureKind::CulturalGoods => "cultural goods",
            other => other.json_name(),
        }
    }
}

/// The unit a seized quantity is measured in; the names are the JSON values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Unit {
    Grams,
    Kilograms,
    Tonnes,
    Litres,
    CubicMetres,
}

vocabulary!(Unit {
    Grams => "g",
    Kilograms => "kg",
    Tonnes => "tonnes",
    Litres => "litres",
    CubicMetres => "cubic_metres",
});

impl Unit {
    /// How a quantity's unit is written for people: "kg", "tonnes", "m³".
    pub fn label(self) -> &'static str {
        match self {
            Unit::CubicMetres => "m³",
            other => other.json_name(),
        }
    }
}

/// Something the text says was seized, as it states it: a quantity (with its unit when it is
/// measured, none when it is counted) or a sum of money, never both, and neither when the
/// text gives no number.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Seizure {
    /// As the text names it: "cannabis resin", "assault rifles".
    pub item: String,
    pub kind: SeizureKind,
    /// 1.4 for "1.4 tonnes", 212 for "212 firearms".
    pub quantity: Option<f64>,
    /// `None` for a count.
    pub unit: Option<Unit>,
    /// A sum of money, in whole units of `currency` ("EUR 3.1 million" is 3100000).
    pub value: Option<u64>,
    /// ISO 4217 code ("EUR") or the currency as written ("dinars").
    pub currency: Option<String>,
    /// "more than", "nearly", ...; `None` when stated exactly.
    pub qualifier: Option<String>,
    /// The item of the total this seizure is listed under ("firearms" for "212 firearms,
    /// including 35 assault rifles"); `None` for a total or a seizure on its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<String>,
    /// The quantity or sum as written ("1.4 tonnes", "EUR 3.1 million"): it occurs in
    /// `source.quote`.
    pub as_written: String,
    #[serde(flatten)]
    pub source: Source,
}

/// Themes of a case, from a fixed vocabulary; the names are the JSON values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Theme {
    HumanTrafficking,
    MigrantSmuggling,
    SexualExploitation,
    ForcedLabour,
    /// Forced criminality, including scam centres and fraud schemes.
    ForcedCriminality,
    OrganTrafficking,
    ForcedBegging,
    DomesticServitude,
    ChildExploitation,
    DocumentFraud,
    MoneyLaundering,
    Drugs,
    Firearms,
    MaritimeSmuggling,
    WantedFugitives,
}

vocabulary!(Theme {
    HumanTrafficking => "human_trafficking",
    MigrantSmuggling => "migrant_smuggling",
    SexualExploitation => "sexual_exploitation",
    ForcedLabour => "forced_labour",
    ForcedCriminality => "forced_criminality",
    OrganTrafficking => "organ_trafficking",
    ForcedBegging => "forced_begging",
    DomesticServitude => "domestic_servitude",
    ChildExploitation => "child_exploitation",
    DocumentFraud => "document_fraud",
    MoneyLaundering => "money_laundering",
    Drugs => "drugs",
    Firearms => "firearms",
    MaritimeSmuggling => "maritime_smuggling",
    WantedFugitives => "wanted_fugitives",
});

impl Theme {
    pub fn label(self) -> &'static str {
        match self {
            Theme::HumanTrafficking => "human trafficking",
            Theme::MigrantSmuggling => "migrant smuggling",
            Theme::SexualExploitation => "sexual exploitation",
            Theme::ForcedLabour => "forced labour",
            Theme::ForcedCriminality => "forced criminality / scam centres",
            Theme::OrganTrafficking => "organ trafficking",
            Theme::ForcedBegging => "forced begging",
            Theme::DomesticServitude => "domestic servitude",
            Theme::ChildExploitation => "child exploitation",
            Theme::DocumentFraud => "document fraud",
            Theme::MoneyLaundering => "money laundering",
            Theme::Drugs => "drugs",
            Theme::Firearms => "firearms",
            Theme::MaritimeSmuggling => "maritime smuggling",
            Theme::WantedFugitives => "wanted fugitives",
        }
    }
}

/// One country case: a paragraph or bullet about what happened in or by one country.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Highlight {
    /// The countries whose authorities acted (usually one).
    pub acting: Vec<String>,
    /// Other countries involved: nationalities, origins, destinations.
    pub involved: Vec<String>,
    pub themes: Vec<Theme>,
    pub figures: Vec<Figure>,
    #[serde(default)]
    pub seizures: Vec<Seizure>,
    /// The case's text is `source.quote`. (In JSON, `document`, `span` and `quote` stand
    /// beside the other keys, as for every fact.)
    #[serde(flatten)]
    pub source: Source,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CoordinationKind {
    /// Where the operation was coordinated from.
    Headquarters,
    /// An operational coordination unit set up in a country.
    Unit,
}

vocabulary!(CoordinationKind {
    Headquarters => "headquarters",
    Unit => "unit",
});

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Coordination {
    pub kind: CoordinationKind,
    /// ISO alpha-2, when the text names the country.
    pub country: Option<String>,
    #[serde(flatten)]
    pub source: Source,
}

/// An organisation, project or network as named in a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organisation {
    /// The usual name ("International Organization for Migration" for "the IOM").
    pub name: String,
    #[serde(flatten)]
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub speaker: Option<String>,
    pub role: Option<String>,
    pub organisation: Option<String>,
    /// The words quoted, without quotation marks; `source.quote` is exactly this text.
    pub text: String,
    #[serde(flatten)]
    pub source: Source,
}

/// A country or territory named anywhere in the dataset.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Country {
    /// ISO 3166-1 alpha-2.
    pub code: String,
    /// English short name.
    pub name: String,
    /// UN M49 region ("Africa", "Americas", ...), when the country has one.
    pub region: Option<String>,
    /// UN M49 subregion ("Western Africa", "South America", ...).
    pub subregion: Option<String>,
    /// Other names a reader may search it by, folded as search folds text: the ISO names,
    /// common and other languages' names in Latin letters, the publishers' spellings, the
    /// alpha-3 code ("uk", "great britain", "gbr").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

/// One source file and the metadata its text lacks (from the seed manifest).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// File name inside the seeds folder.
    pub file: String,
    /// The name the file had when the users handed it over.
    pub original_file: Option<String>,
    /// "press_release", "statement", ...
    pub kind: Option<String>,
    /// ISO date, or only year and month ("2020-10") when that is all that is known.
    pub published: Option<String>,
    pub publisher: Option<String>,
    pub place: Option<String>,
    pub note: Option<String>,
    /// The release's headline: from the manifest, else the text's own headline above its
    /// body, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headline: Option<String>,
}

impl Dataset {
    pub fn operation(&self, id: &str) -> Option<&Operation> {
        self.operations.iter().find(|op| op.id == id)
    }

    /// The country of a code; `countries` is sorted by code, so this is a binary search.
    pub fn country(&self, code: &str) -> Option<&Country> {
        let i = self.countries.binary_search_by(|c| c.code.as_str().cmp(code)).ok()?;
        self.countries.get(i)
    }
}

/// The words a code name may start with that say what it is, so that no view writes
/// "Operation" before it.
const SAYS_WHAT_IT_IS: &[&str] = &["Joint Action Day", "Project ", "Action "];

impl Operation {
    /// How the operation is called in a heading or a list: "Operation Turquesa II", or the
    /// name alone where it is no code name ("Europol joint action days against labour
    /// exploitation, September 2023") or says what it is ("Joint Action Days Carpathia",
    /// "Project Kingfisher", "Action IPR A/P 2").
    pub fn title(&self) -> String {
        if !self.code_name || SAYS_WHAT_IT_IS.iter().any(|words| self.name.starts_with(words)) {
            self.name.clone()
        } else {
            format!("Operation {}", self.name)
        }
    }

    /// The operation's figure of a metric, as the first document that states it states it;
    /// see [`Operation::figures_of`] and [`Operation::range`] where documents differ.
    pub fn figure(&self, metric: Metric) -> Option<&Figure> {
        self.figures.iter().find(|f| f.metric == metric)
    }

    /// Every document's figure of a metric.
    pub fn figures_of(&self, metric: Metric) -> impl Iterator<Item = &Figure> {
        self.figures.iter().filter(move |f| f.metric == metric)
    }

    /// The lowest and highest value documents state for a metric, when they differ.
    pub fn range(&self, metric: Metric) -> Option<(u64, u64)> {
        let values = || self.figures_of(metric).map(|f| f.value);
        let (low, high) = (values().min()?, values().max()?);
        (low != high).then_some((low, high))
    }

    /// Every fact of the operation that has a source, with the number as written for a
    /// figure or a seizure: figures, seizures, cases, crime areas, coordination, organisations,
    /// quotes, the dates and participants, and corrected fields.
    pub fn sourced_facts(&self) -> impl Iterator<Item = (&Source, Option<&str>)> {
        let figures = self.figures.iter().chain(self.highlights.iter().flat_map(|h| &h.figures));
        let seizures = self.seizures.iter().chain(self.highlights.iter().flat_map(|h| &h.seizures));
        let others = self
            .highlights
            .iter()
            .map(|h| &h.source)
            .chain(self.crime_areas.iter().map(|a| &a.source))
            .chain(self.coordination.iter().map(|c| &c.source))
            .chain(
                self.organisers
                    .iter()
                    .chain(&self.partners)
                    .chain(&self.funders)
                    .chain(&self.projects)
                    .map(|o| &o.source),
            )
            .chain(self.quotes.iter().map(|q| &q.source))
            // A field set by hand is in `corrected` with the same passage: counted once.
            .chain(self.field_sources.all().filter(|s| s.origin == Origin::Read))
            .chain(self.corrected.iter().map(|c| &c.source));
        figures
            .map(|f| (&f.source, Some(f.as_written.as_str())))
            .chain(seizures.map(|s| (&s.source, Some(s.as_written.as_str()))))
            .chain(others.map(|source| (source, None)))
    }

    /// The correction a maintainer made to a field, if any.
    pub fn correction(&self, field: &str) -> Option<&CorrectedField> {
        self.corrected.iter().find(|c| c.field == field)
    }

    /// The conflict over a fact, if its documents disagree on it.
    pub fn conflict(&self, fact: &str) -> Option<&Conflict> {
        self.conflicts.iter().find(|c| c.fact == fact)
    }
}

/// A figure as a reader says it: "more than 200", "around USD 22,000", "320,000 dinars".
pub fn figure_value(figure: &Figure) -> String {
    let number = crate::text::grouped(figure.value);
    let amount = match figure.currency.as_deref() {
        Some(code) if code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase()) => format!("{code} {number}"),
        Some(word) => format!("{number} {word}"),
        None => number,
    };
    match &figure.qualifier {
        Some(qualifier) => format!("{qualifier} {amount}"),
        None => amount,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_code_name_is_called_an_operation() {
        let named = Operation { name: "Turquesa II".into(), ..Operation::default() };
        assert_eq!(named.title(), "Operation Turquesa II");
        let days = Operation { name: "Joint Action Days Drava".into(), ..Operation::default() };
        assert_eq!(days.title(), "Joint Action Days Drava");
        let day = Operation { name: "Joint Action Day Sava 4".into(), ..Operation::default() };
        assert_eq!(day.title(), "Joint Action Day Sava 4");
        let project = Operation { name: "Project Kingfisher".into(), ..Operation::default() };
        assert_eq!(project.title(), "Project Kingfisher");
        let action = Operation { name: "Action AF A/P 3".into(), ..Operation::default() };
        assert_eq!(action.title(), "Action AF A/P 3");
        let described = Operation { name: "Frontex joint checks, May 2024".into(), code_name: false, ..named };
        assert_eq!(described.title(), "Frontex joint checks, May 2024");
    }

    #[test]
    fn data_written_before_code_names_were_told_apart_reads_as_code_names() {
        let mut json = serde_json::to_value(Operation { id: "weka-ii".into(), ..Operation::default() }).unwrap();
        let fields = json.as_object_mut().unwrap();
        assert_eq!(fields.remove("code_name"), Some(serde_json::Value::Bool(true)));
        assert!(fields.remove("organisers").is_some());
        let read: Operation = serde_json::from_value(json).unwrap();
        assert!(read.code_name && read.organisers.is_empty());
    }

    #[test]
    fn data_written_before_field_sources_reads_with_none() {
        let mut json = serde_json::to_value(Operation { id: "weka-ii".into(), ..Operation::default() }).unwrap();
        // An operation without sources writes no key for them, as data written before did.
        assert!(!json.as_object().unwrap().contains_key("field_sources"));
        json.as_object_mut().unwrap().remove("field_sources");
        let read: Operation = serde_json::from_value(json).unwrap();
        assert!(read.field_sources.is_empty());
    }

    #[test]
    fn the_dates_and_participants_are_sourced_facts_and_a_correction_counts_once() {
        let passage = |start: usize, origin| Source {
            document: "a.txt".into(),
            span: (start, start + 5),
            quote: "words".into(),
            origin,
            note: None,
        };
        let corrected = passage(40, Origin::Corrected);
        let op = Operation {
            field_sources: FieldSources {
                start: Some(passage(0, Origin::Read)),
                end: Some(passage(0, Origin::Read)),
                duration_days: Some(passage(10, Origin::Read)),
                stated_country_count: Some(corrected.clone()),
                countries: vec![passage(20, Origin::Read), passage(30, Origin::Read)],
            },
            corrected: vec![CorrectedField {
                field: "stated_country_count".into(),
                value: "5".into(),
                source: corrected,
            }],
            ..Operation::default()
        };
        let starts: Vec<usize> = op.sourced_facts().map(|(source, _)| source.span.0).collect();
        assert_eq!(starts, [0, 0, 10, 20, 30, 40]);
        let json = serde_json::to_value(&op).unwrap();
        assert_eq!(json["field_sources"]["duration_days"]["quote"], "words");
        assert_eq!(json["field_sources"]["stated_country_count"]["origin"], "corrected");
        assert_eq!(serde_json::from_value::<Operation>(json).unwrap(), op);
    }

    #[test]
    fn words_figures_as_the_releases_do() {
        assert_eq!(crate::text::grouped(0), "0");
        assert_eq!(crate::text::grouped(999), "999");
        assert_eq!(crate::text::grouped(3222), "3,222");
        assert_eq!(crate::text::grouped(8_000_000), "8,000,000");
        let figure = |value, qualifier: Option<&str>, currency: Option<&str>| Figure {
            metric: Metric::Amount,
            value,
            qualifier: qualifier.map(str::to_string),
            currency: currency.map(str::to_string),
            as_written: String::new(),
            source: Default::default(),
        };
        assert_eq!(figure_value(&figure(200, Some("more than"), None)), "more than 200");
        assert_eq!(figure_value(&figure(22_000, Some("around"), Some("USD"))), "around USD 22,000");
        assert_eq!(figure_value(&figure(320_000, None, Some("dinars"))), "320,000 dinars");
    }
}
