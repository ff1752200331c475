//! The numbers of an annotated sentence, each typed by what it counts ("2,517 arrests", "18
//! Red Notices", "USD 750,000"), or read as the participant count or the duration the
//! sentence states.
//!
//! A number is typed from the words around it. One whose meaning they do not make certain
//! is left out: a wrong figure is worse than a missing one.

use std::ops::Range;
use std::sync::LazyLock;

use explorer_model::{CrimeArea, Metric};
use regex::Regex;

use crate::annotate::numbers::{NumberMention, is_number_word};
use crate::doc::Sentence;
use crate::phrases::any_of;
use crate::read::action::{tells_of_an_action, tells_of_police_work};
use crate::read::crime_areas::areas_in;
use crate::read::other_language_figures;

/// A number found in a sentence, typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundFigure {
    pub metric: Metric,
    pub value: u64,
    pub qualifier: Option<String>,
    pub currency: Option<String>,
    /// The number as written, without its qualifier or currency ("8 million").
    pub number: Range<usize>,
    /// Said of one phase or stretch of the operation ("the seven days of action saw 214
    /// arrests"), so a part of its total where the text states one.
    pub of_a_phase: bool,
    /// Arrests added to others told before ("another 70 were apprehended"): a country case's
    /// own figure, never the operation's total, whether or not the text states one.
    pub added_part: bool,
    /// Added only by a word that joins its sentence to the one before ("In addition, 37 people
    /// were arrested"), or arrests of the wanted ("two fugitives wanted abroad were
    /// arrested"): a part where arrests were told before it, else the arrests told first.
    pub added_after_arrests_only: bool,
}

static NOTICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:interpol )?(red|blue|yellow|purple|orange|green|black|silver) notices?\b").expect("valid regex")
});
/// The letters a match of [`NOTICE`] can start with: "interpol" and each colour's first.
const NOTICE_FIRST_LETTERS: [char; 8] = ['i', 'r', 'b', 'y', 'p', 'o', 'g', 's'];
/// Victims, with up to three words before them, or two kinds of crime joined by "and":
/// "potential sex-trafficking and forced labor victims".
static VICTIMS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        // Words, not another number: "12 states rescued 47 victims" counts states.
        r"^(?:(?:[\p{L}’'-]+ ){0,3}?",
        r"|(?:[a-z’'-]+ )?[a-z-]*(?:trafficking|smuggling|exploitation|slavery|abuse) and (?:[a-z’'-]+ ){1,2}",
        // "640 individuals believed to be victims", "three young girls thought to be possible
        // victims", "twelve Laotian labourers believed to be victims".
        r"|(?:[\p{L}-]+ )?(?:people|persons|individuals|minors|children|women|girls|men|workers|labou?rers|nationals|migrants) (?:believed|thought|suspected|presumed) to be (?:potential |possible )?)",
        r"victims\b"
    ))
    .expect("valid regex")
});
/// Things counted, then checked against something, a database where the sentence names one:
/// "4,000 lorries were screened against the database".
static CHECKED_AGAINST_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[a-z-]+ ){1,2}(?:were |have been )?(?:checked|screened) against\b").expect("valid regex")
});
/// Things counted, then inspected: "5,000 parcels were inspected", "110 containers inspected".
static INSPECTED_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[a-z-]+ ){1,2}(?:(?:were|was) )?inspected\b").expect("valid regex"));
/// Places counted as checked or visited: "2 406 work sites checked", "412 farms were visited",
/// "1,161 locations were controlled". People and vehicles checked are not inspections (a
/// border's checks), nor are places searched.
static PLACES_CHECKED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:[a-z-]+ )?(?:{PLACES_CHECKED})(?: were| have been)? (?:checked|visited|inspected|controlled)\b"
    ))
    .expect("valid regex")
});
/// Places that are inspected.
const PLACES_CHECKED: &str =
    "locations|premises|sites|workplaces|businesses|companies|farms|establishments|venues|places";
/// Places right after a verb of checking them: "checked 368 farms".
static PLACES_AFTER_CHECKING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^(?:[a-z-]+ )?(?:{PLACES_CHECKED})\b")).expect("valid regex"));
/// Inspections of the places counted next: "carried out inspections in a total of 11 360
/// locations", "checks took place at 870 farms and depots", "the visit of 640 premises".
static INSPECTIONS_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:(?:inspections|checks) (?:(?:were )?carried out |(?:were )?conducted |took place )?(?:in|at)|(?:checked|inspected) (?:on|at|in)|the visit of|visits to) (?:a total of )?$",
    )
    .expect("valid regex")
});
static CHILDREN: LazyLock<Regex> =
    // "12 children", "37 severely abused juveniles"; not "15 adults and children".
    LazyLock::new(|| {
        Regex::new(r"^(?:[a-z]+ly )?(?:[\w’'-]+ )?(?:children|kids|minors|juveniles)\b").expect("valid regex")
    });
/// People a rescue verb right before them makes victims: "rescued 64 children", "freed 211
/// people", "rescued 216 men, women and children", "rescued 29 forced laborers", "rescued 40
/// Laotian nationals without papers", "the rescue of nine Zambian students".
static RESCUED_PEOPLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:[\w’'-]+ ){0,2}?(?:people|persons|individuals|men|women|children|kids|girls|boys|minors|teenagers|students|labou?rers|workers|nationals|foreigners|slaves|females|males)\b",
    )
    .expect("valid regex")
});
static MIGRANTS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[\w’'-]+ ){0,2}?migrants\b").expect("valid regex"));
/// A rescue told right after the people it took out of harm: " have been rescued", " were
/// freed", " rescued", ", among them 40 children, were freed" (not ", including 9 minors,
/// rescued", where those who rescued are the subject; people "safeguarded" may only have been
/// at risk).
static RESCUED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:, [^,;.]{1,80}, (?:were|have been|had been)|(?: (?:were|have been|had been))?) (?:rescued|freed)(?-u:\b)",
    )
    .expect("valid regex")
});
/// The same after words that say who the people were: " forced to work in kilns have been
/// freed" (not after more people joined by "and", each of them a part).
static RESCUED_AFTER_A_PHRASE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^ ([^,;.\d]{1,60}?) (?:were|have been|had been) (?:rescued|freed)(?-u:\b)").expect("valid regex")
});
/// People an arrest is made of, with up to two words before them ("12 Nigerian suspects",
/// "286 human trafficking suspects", "436 accused").
static PEOPLE_ARRESTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        // Words between may stand in quotation marks: three "top tier" suspects.
        r#"^(?:[\w’'"“”-]+ ){0,2}?(?:suspects|people|persons|individuals|members|men and women|men|women|fugitives|subjects|(?:cyber)?criminals|offenders|perpetrators|users|buyers|sellers|dealers|vendors|pimps|accused|defendants|paedophiles|pedophiles|fraudsters|scammers|males|females|foreigners|nationals|workers|operatives|adults|lawbreakers|poachers|fishermen|crew members|crewmen|violators|predators|peddlers|pushers|robbers|thieves|kidnappers|gangsters|ringleaders|organi[sz]ers|leaders|bosses|terrorists|militants|extremists|jihadists|insurgents|hackers)\b"#,
        // Traffickers of things ("suspected stolen vehicle traffickers"); human traffickers and
        // smugglers are read before.
        r"|^(?:[\w’'-]+ ){0,3}?(?:traffickers|smugglers)\b",
    ))
    .expect("valid regex")
});
/// Officials, who are counted as those who acted unless an arrest is right beside them.
static OFFICIALS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:police |border |customs |prison |immigration )?(?:officers|officials|guards|agents)\b")
        .expect("valid regex")
});
/// People counted beside others of another kind, with no total said ("Three men and a
/// woman were arrested", "54 adults and 11 minors"): each count is a part of a sum the text
/// leaves to the reader.
static PEOPLE_AND_OTHERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        concat!(
            r"^(?:[\w’'-]+ )?(?:men|women|boys|girls|adults|minors|children|suspects|people|persons),? and (?:a|an|one|another|[0-9][0-9,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) ",
            // People again after the second count: "and 10 units arrested" starts
            // another clause.
            r"(?:[\w’'-]+ )?(?:m[ae]n|wom[ae]n|boys?|girls?|adults?|minors?|child(?:ren)?|suspects?|people|persons?)\b",
        ),
    )
    .expect("valid regex")
});
/// Whether what follows a number says it counts countries: "9 Member States", "12 countries".
fn counts_countries(after: &str) -> bool {
    ["member states", "eu member states", "countries", "nations", "states"].iter().any(|words| after.starts_with(words))
}

/// Words for things and acts, which a number after people's "and" may count instead of more
/// people: "the arrest of 17 people and 40 drug seizures".
const THINGS_AND_ACTS: &[&str] = &[
    "seizures",
    "searches",
    "raids",
    "kg",
    "kilograms",
    "tonnes",
    "tons",
    "vehicles",
    "firearms",
    "weapons",
    "cases",
    "investigations",
    "premises",
    "locations",
    "sites",
    "houses",
    "homes",
];

/// Whether `rest`, what follows a number, counts things, acts or victims, none of whom are
/// more of the people before it: its first word is one of [`THINGS_AND_ACTS`] or "victims",
/// or its second after a describing word ("58 drug seizures", "45 possible victims"); not
/// after people or a comma, where the second says who the first are ("40 women and 3 men,
/// victims of trafficking", "3 men victims of trafficking").
fn counts_another_kind(rest: &str) -> bool {
    let mut words = rest.split_whitespace();
    let another = |word: &str| {
        let word = word.trim_end_matches([',', '.', ';']);
        THINGS_AND_ACTS.contains(&word) || word == "victims"
    };
    match words.next() {
        Some(first) if another(first) => true,
        Some(first) if !first.ends_with(',') && !PEOPLE_NOUNS.contains(&first) => words.next().is_some_and(another),
        _ => false,
    }
}

/// Words for people, after which another word says who they are, not what else is counted.
const PEOPLE_NOUNS: &[&str] = &["men", "women", "boys", "girls", "adults", "minors", "children", "people", "persons"];

/// Others counted later in the clause, with no total said: "the arrest of two people who ran
/// the ring and four others who drove the vans": each count is a part.
static OTHERS_COUNTED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[^;.]{0,160}? and (?:[0-9][0-9,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) others\b",
    )
    .expect("valid regex")
});
/// One person named before a count of others, who is counted with them: "A man and two
/// women were arrested".
const ONE_PERSON_AND: &[&str] =
    &["a man and ", "a woman and ", "a boy and ", "a girl and ", "one man and ", "one woman and "];

/// The first part of such a sum, before the number of the second: "arrested 31 men and
/// [two women]".
static PEOPLE_AND_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:[0-9][0-9,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:[\w’'-]+ )?(?:men|women|boys|girls|adults|minors|children|suspects|people|persons),? and $",
    )
    .expect("valid regex")
});
/// An arrest right after the number, its people unsaid: "40 arrested", "539 Taken into
/// Custody" (headlines write so), "12 were detained".
static ARRESTED_RIGHT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:were |have been )?(?:arrested|detained|apprehended|taken into custody)(?-u:\b)")
        .expect("valid regex")
});
/// An arrest after the people it is made of: passive ("were arrested", "have been
/// detained", "resulted in 1,360 people being arrested", but not "people either being arrested
/// or placed under investigation"), after another verb ("have been identified and arrested"), a
/// participle right after them ("286 suspects arrested"), or "into custody".
static ARRESTED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|^ being|\b(?:were|was|been|be|are|is)(?: [a-z]+ly| also| [a-z]+ed and)?) (?:arrested|apprehended|detained)\b|\b(?:in|into) custody\b",
    )
    .expect("valid regex")
});
/// How far before a count of notices the hits they are among are looked for.
const HITS_REACH_BYTES: usize = 60;

/// Words that make people counted a part of the count right after them: "eight girls were
/// among 31 freed victims".
static AMONG_THE_NEXT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:were|are|was|is) (?:also )?among (?:the )?$").expect("valid regex"));
/// The arrests named before their number: "the total arrests was 2 315", "the number of arrests
/// stood at 512", "arrests totalled 83", "arrests amounting to 61 in all".
static ARRESTS_WERE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\b(?:total(?: number of)? arrests|number of arrests) (?:was|stood at|reached|came to|amounted to|totall?ed) $",
        r"|\barrests (?:totall?ed|totall?ing|amounting to|amounted to|numbering) $",
        // A running total: "brings the total number of arrests in the case to 41".
        r"|\b(?:total|tally|number) of arrests\b[^,;]{0,50}? to $"
    ))
    .expect("valid regex")
});
/// An arrest told after an aside about the people counted: ", including locals, were
/// arrested", ", aged from 19 to 52, have been detained", " – 80 men and 20 women – were
/// detained" (between dashes, commas of its own numbers and all), ", including 32 men and six
/// women were detained" (the closing comma left out), " across 22 countries had been
/// arrested" (where they were, with its own number), " in Chile, Peru and Fiji arrested;" (a
/// list's line, where they were and then the verb that ends it).
static ASIDE_THEN_ARRESTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:, [^,;.]{1,80},| [–—] [^;.–—]{1,80} [–—]|, including [^;.]{1,100}?| (?:across|in|from) (?:[\w-]+ ){1,4}?(?:countries|states|nations)) (?:were|have been|had been)(?: also)? (?:arrested|detained|apprehended)\b",
        r"|^ in [^;.]{1,140}? (?:arrested|detained)\s*(?:[;.]|$)",
    ))
    .expect("valid regex")
});
static TRAFFICKERS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:suspected |alleged |presumed )?(?:human )?traffickers\b").expect("valid regex"));
static SMUGGLERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:suspected |alleged |presumed )?(?:migrant |people |human )?smugglers\b",
        // "40 facilitators of people smuggling", "12 smuggling facilitators".
        r"|^(?:suspected |alleged )?(?:facilitators of (?:migrant |people |human )?smuggling|(?:migrant |people )?smuggling facilitators)\b"
    ))
    .expect("valid regex")
});
/// Words after "smugglers" or "traffickers" that count others with them.
const WITH_OTHERS: &[&str] = &[" and their ", " and associates", " and accomplices", " and others"];
static NATIONALITIES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:different )?(?:[a-z]+ )?(?:countries|nationalities)\b").expect("valid regex"));
/// "countries", or the countries of a region: "West African and Sahel countries", "EU Member
/// States". The region only narrows the count: its members are never listed from it.
static COUNTRIES: LazyLock<Regex> = LazyLock::new(|| {
    let region = r"(?:(?:west|east|north|south|central|western|eastern|northern|southern|south-east|southeast|latin) )?(?:african|american|asian|european union|european|caribbean|mediterranean|balkan|arab|gulf|pacific|sahel|asean|eu)";
    Regex::new(&format!(
        // "31* countries": a mark for a note between the count and what it counts. "six of
        // the West African countries": a region's countries, counted. "40 customs
        // administrations participated": each one country's. "6 Member States (A, B, ...)":
        // the states listed in brackets.
        r"^(?:\*{{1,3}} ?)?(?:(?:participating |different )?(?:{region}(?: and (?:non-)?{region})? (?:countries|nations|member states)|countries|nations|interpol member countries|member states (?:were (?:[a-z]+ly )?involved|took part|participated|\())|of the {region} (?:countries|nations)|customs administrations (?:participated|took part|were involved))(?: and territories)?\b"
    ))
    .expect("valid regex")
});
/// "países", and "países participantes", after a count in Spanish; "pays" and "pays
/// participants" in French.
static OTHER_LANGUAGE_COUNTRIES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:pa[íi]ses(?: participantes)?|pays(?: participants)?)(?:[^\p{L}]|$)").expect("valid regex")
});
/// A count of a union's members ("EU Member States", "member states").
static MEMBER_STATES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[a-z]+ )?member states\b|^eu countries\b").expect("valid regex"));
/// Participants beyond the member states: "and three third countries", "plus Norway",
/// "as well as non-EU partners", "and five countries in the Balkan region", "and 4 other
/// European countries".
static OTHER_COUNTRIES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^[^.;]{0,40}?\b(?:third|non-eu|partner|associated|other) (?:[\w-]+ )?(?:countries|states|partners)\b",
        r"|^,? and (?:[\w-]+ ){1,2}(?:countries|states)\b"
    ))
    .expect("valid regex")
});
/// The end of a count of some participants that another count follows: "17 EU countries and
/// (five countries in the Balkans)"; the second counts only some of them too.
static AFTER_ANOTHER_COUNT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:countries|states),? and\s*$").expect("valid regex"));
/// Records that countries shared, before their count: "a database of 7 million records from
/// 120 countries" counts who feeds a database, not who took part.
static SHARED_DATA_FROM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:records|entries|data|profiles)\s+(?:shared\s+|contributed\s+|provided\s+)?(?:by|from)\s+$")
        .expect("valid regex")
});
/// Those who want people found, before their count: "fugitives wanted by 17 countries" are
/// sought by those countries, which need not take part.
static WANTED_BY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:wanted|sought) (?:by|in) $").expect("valid regex"));
/// What countries were to a crime rather than to the operation: "countries of origin", "four
/// transit countries (A, B, ...)".
static COUNTRIES_OF_ORIGIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:countries|nations) of (?:origin|transit|destination)|(?:source|origin|transit|destination) (?:countries|nations))\b")
        .expect("valid regex")
});
/// "participating countries (24)": the count after its noun, in brackets.
static COUNTRIES_BEFORE_BRACKET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"participating (?:countries|nations)(?: and territories)? ?\($").expect("valid regex")
});
static INVESTIGATIONS: LazyLock<Regex> = LazyLock::new(|| {
    // "41 police cases being opened": a case opened by the police or a court is an investigation;
    // so is a new one ("initiate 12 new cases of forced labour").
    Regex::new(
        r"^(?:new |newly )?(?:[a-z-]+ ){0,2}(?:investigations|inquiries|enquiries)\b|^(?:new )?(?:police|criminal) cases\b|^new cases\b",
    )
    .expect("valid regex")
});
static GROUPS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:different )?(?:[a-z]+ ){0,2}?(?:groups|organizations|organisations|networks|gangs|syndicates|cartels|cells|modules)\b",
    )
        .expect("valid regex")
});
/// "34-year old", "17 years old", "a ten-month-old": an age.
static AGE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:-(?:year|month)|(?:years?|months?)[ -]old\b|years? of age\b)").expect("valid regex")
});
/// The characters a match of [`AGE_AFTER`] can start with.
const AGE_AFTER_FIRST_CHARS: [char; 3] = ['-', 'y', 'm'];
/// Ages listed before a number that is one of them: "aged 51, 43 and ", "aged 34, ", and the
/// last of a range of ages: "aged between 25 and ", "aged from 19 to ", "between the ages of 18
/// and ".
static AGES_LISTED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:aged (?:between |from )?|between the ages of )(?:\d{1,3}, )*\d{1,3},? (?:and |to )?$")
        .expect("valid regex")
});
static PERCENT_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:%|per ?cent\b|percentage points?\b)").expect("valid regex"));
/// The characters a match of [`PERCENT_AFTER`] can start with.
const PERCENT_AFTER_FIRST_CHARS: [char; 2] = ['%', 'p'];
/// A count of one is typed only as the subject of an arrest or a rescue ("One suspect was
/// arrested"): elsewhere "one" is as often no count ("one of the", "one thing").
static ONE_ARRESTED_OR_RESCUED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:[\w’'-]+ )?(?P<noun>[a-z]+) (?:was|has been|had been) (?:also )?(?P<verb>arrested|apprehended|detained|rescued|safeguarded)\b",
    )
    .expect("valid regex")
});
/// The one person "one" counts in an arrest ("One suspect was arrested").
const ONE_PERSON: [&str; 8] = ["suspect", "person", "man", "woman", "individual", "member", "fugitive", "national"];

/// Words after which a number is part of a name, not a count ("edition 3", "No. 5").
const NAME_WORDS: [&str; 10] =
    ["edition", "phase", "no.", "number", "item", "article", "section", "chapter", "page", "resolution"];

/// Nouns that a number after "of" counts, so that the number is no year ("the arrest of
/// 1991 suspects"); people and acts, never things seized.
pub(super) const COUNTED_NOUNS: &[&str] = &[
    "suspects",
    "people",
    "persons",
    "individuals",
    "victims",
    "migrants",
    "arrests",
    "women",
    "men",
    "children",
    "members",
    "smugglers",
    "traffickers",
    "poachers",
    "dealers",
    "checks",
    "inspections",
];

/// Words after which four digits are a year ("since 2019", "in March 2023"): the dates
/// recogniser takes most years, and this catches what it leaves.
const YEAR_WORDS: [&str; 29] = [
    "in",
    "since",
    "from",
    "of",
    "during",
    "until",
    "by",
    "before",
    "after",
    "between",
    "and",
    "to",
    "through",
    "year",
    "early",
    "late",
    "mid",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Words before a number of countries that make it INTERPOL's membership ("its 196 countries").
const MEMBERSHIP_WORDS: [&str; 4] = ["its", "all", "interpol's", "interpol’s"];

/// A count of countries as large as the world's: "all 196 countries" are INTERPOL's members,
/// where "from all three countries" are those that took part.
const WORLD_COUNTRIES: u64 = 190;

/// Whether the number counts a membership: "its 196 countries", "all 195 member countries",
/// "all 27 countries of the Union"; not "officers of all 27 participating countries"
/// nor "from all three countries".
fn counts_a_membership(n: &Placed) -> bool {
    match n.previous_word() {
        "all" => {
            n.after.starts_with("member ") || n.after.starts_with("countries of ") || n.mention.value >= WORLD_COUNTRIES
        }
        word => MEMBERSHIP_WORDS.contains(&word) && !n.after.starts_with("participating "),
    }
}

/// Words of an arrest: "arrested", "the arrest of", "detained", "taken into custody", "helps
/// nab" (" nab" with its space, as "unable" holds "nab"), "the capture of 15 traffickers".
const ARREST_CUES: [&str; 11] = [
    "arrest",
    "apprehended",
    " nab",
    "detain",
    "detention of",
    "into custody",
    "in custody",
    " snared",
    " netted",
    "capture of",
    " captured",
];

/// Whether `text` holds one of [`ARREST_CUES`].
fn has_an_arrest_cue(text: &str) -> bool {
    static ANY_ARREST_CUE: LazyLock<Regex> = LazyLock::new(|| any_of(&ARREST_CUES));
    // "arrest warrants were issued against 14 people": a warrant is no arrest made
    // (one served is read apart, as the number before it). "14 fugitives, by arrest or
    // location": people found, some of them arrested, in one count ("arrest or location of").
    if let Some((words, instead)) = NOT_ARRESTS.iter().find(|(words, _)| text.contains(words)) {
        return has_an_arrest_cue(&text.replace(words, instead));
    }
    ANY_ARREST_CUE.is_match(text)
}

/// Words with an arrest's that count no arrests made, and what is read in their place.
const NOT_ARRESTS: [(&str, &str); 3] =
    [("arrest warrant", "warrant"), ("arrest or location", "location"), ("arrest or localisation", "location")];

/// Whether a sentence names goods that are trafficked, in the crime areas' own words ("drug",
/// "weapons", "ivory", "timber"), so that its "traffickers" are not traffickers in people.
fn tells_of_trafficked_goods(sentence: &str) -> bool {
    areas_in(sentence).iter().any(|area| {
        matches!(
            area,
            CrimeArea::DrugTrafficking
                | CrimeArea::FirearmsTrafficking
                | CrimeArea::WildlifeCrime
                | CrimeArea::EnvironmentalCrime
                | CrimeArea::IllicitMedicines
                | CrimeArea::Counterfeiting
                | CrimeArea::CulturalProperty
        )
    })
}

/// How many words may stand between an arrest and the number it acts on ("the arrest of a
/// total of 64"): further off, it is likely another clause's ("Police who arrested the
/// leader found 12 people").
const ARREST_REACH_WORDS: usize = 4;

/// Words that end a clause before a number: what comes before them does not act on it
/// ("arrested a man who smuggled 70 people").
const CLAUSE_BREAK_MARKS: [char; 6] = [',', ';', ':', '(', ')', '–'];
/// Words that break a clause too; each ends in a space, where [`clause_start`] looks for it.
const CLAUSE_BREAK_WORDS: [&str; 7] = [" - ", " who ", " which ", " that ", " whom ", " for ", " while "];

/// Words that open a part of a total ("300 arrests, including 88 ..."): a part typed like its
/// total is left out, as adding it would count people twice.
const PART_OPENERS: [&str; 5] = ["including", "among them", "among whom", "of whom", "of which"];

/// Results written as a label and a number ("Arrests: 95", "Victims rescued – 212").
const LABELS: [(&str, Metric); 39] = [
    ("arrests", Metric::Arrests),
    ("arrests made", Metric::Arrests),
    ("people arrested", Metric::Arrests),
    ("persons arrested", Metric::Arrests),
    ("suspects arrested", Metric::Arrests),
    ("suspected traffickers arrested", Metric::ArrestsTraffickers),
    ("suspected smugglers arrested", Metric::ArrestsSmugglers),
    ("arrests for other crimes", Metric::ArrestsOtherCrimes),
    ("victims rescued", Metric::VictimsRescued),
    ("rescued victims", Metric::VictimsRescued),
    ("victims identified", Metric::VictimsIdentified),
    // "Victims: 35": counted, which says they were found, not that they were taken out of harm.
    ("victims", Metric::VictimsIdentified),
    ("migrants identified", Metric::MigrantsIdentified),
    ("irregular migrants identified", Metric::MigrantsIdentified),
    ("migrants rescued", Metric::MigrantsRescued),
    ("database checks", Metric::DatabaseChecks),
    ("checks against interpol databases", Metric::DatabaseChecks),
    ("inspections", Metric::Inspections),
    ("flights monitored", Metric::FlightsMonitored),
    ("red notices", Metric::NoticesRed),
    ("blue notices", Metric::NoticesBlue),
    ("yellow notices", Metric::NoticesYellow),
    ("purple notices", Metric::NoticesPurple),
    ("orange notices", Metric::NoticesOrange),
    ("green notices", Metric::NoticesGreen),
    ("black notices", Metric::NoticesBlack),
    ("silver notices", Metric::NoticesSilver),
    ("investigations opened", Metric::InvestigationsOpened),
    ("investigations triggered", Metric::InvestigationsOpened),
    ("associated investigations triggered", Metric::InvestigationsOpened),
    ("human trafficking victims identified", Metric::VictimsIdentified),
    ("criminal groups dismantled", Metric::GroupsDismantled),
    ("migrants detected", Metric::MigrantsIdentified),
    ("irregular migrants detected", Metric::MigrantsIdentified),
    ("potential victims identified", Metric::VictimsIdentified),
    ("people taken into custody", Metric::Arrests),
    ("persons detained", Metric::Arrests),
    ("people detained", Metric::Arrests),
    ("suspects detained", Metric::Arrests),
];

/// A number of the sentence with the words around it, in ASCII lower case (the cue words
/// are ASCII, and byte offsets stay those of the sentence).
struct Placed<'s> {
    mention: &'s NumberMention,
    /// The number as written, in its own case.
    written: &'s str,
    /// The sentence before the number and its qualifier and currency.
    before: &'s str,
    /// The sentence after the number, its scale and its currency, spaces trimmed off.
    after: &'s str,
    /// The length of `after` up to the next number.
    before_next_number: usize,
    /// Where in `before` the number's clause starts: after the last clause break.
    clause_start: usize,
}

impl Placed<'_> {
    /// The clause the number stands in, up to it: from the last clause break before it.
    fn clause_before(&self) -> &str {
        &self.before[self.clause_start..]
    }

    /// The clause the number stands in, from it on: up to the next comma, semicolon, stop or
    /// number.
    fn clause_after(&self) -> &str {
        let rest = &self.after[..self.before_next_number];
        // The marks are ASCII: a look at the bytes finds the first without decoding characters.
        let end = rest.bytes().position(|byte| matches!(byte, b',' | b';' | b'.' | b'(')).unwrap_or(rest.len());
        &rest[..end]
    }

    /// Four plain digits that may be a year ("2020"); "2,020" and "2 020" are counts.
    fn is_year_like(&self) -> bool {
        let plain_four_digits = self.written.len() == 4 && self.written.bytes().all(|b| b.is_ascii_digit());
        plain_four_digits && (1900..=2099).contains(&self.mention.value)
    }

    /// The word right before the number (and its qualifier), "mid" for "mid-2023".
    fn previous_word(&self) -> &str {
        self.before.split_whitespace().next_back().unwrap_or("").trim_end_matches('-')
    }
}

/// Where the clause that `before` ends in starts: after its last clause break. One scan
/// back from the end, as most clauses are short.
fn clause_start(before: &str) -> usize {
    for (at, c) in before.char_indices().rev() {
        let end = at + c.len_utf8();
        if CLAUSE_BREAK_MARKS.contains(&c) || c == ' ' && CLAUSE_BREAK_WORDS.iter().any(|w| before[..end].ends_with(w))
        {
            return end;
        }
    }
    0
}

/// The numbers of `sentence` outside its dates and operation names, each with its context.
fn placed<'s>(text: &'s str, sentence: &'s Sentence, lower: &'s str) -> impl Iterator<Item = Placed<'s>> {
    let start = sentence.span.start;
    let numbers = &sentence.numbers;
    numbers.iter().enumerate().filter(|(_, n)| !sentence.in_date(&n.span) && !sentence.in_operation_name(&n.span)).map(
        move |(i, mention)| {
            let after = lower[mention.whole.end - start..].trim_start();
            // "14 (12 women and 2 men) suspected traffickers": a breakdown in brackets says
            // who they are; what they are follows it.
            let after = match after.strip_prefix('(').and_then(|inner| inner.split_once(')')) {
                Some((inner, rest)) if inner.contains(|c: char| c.is_ascii_digit()) => rest.trim_start(),
                _ => after,
            };
            let after_start = lower.len() - after.len();
            let next_number = numbers[i + 1..]
                .iter()
                .map(|next| next.whole.start - start)
                .find(|&at| at >= after_start)
                .unwrap_or(lower.len());
            let before = &lower[..mention.whole.start - start];
            Placed {
                mention,
                written: &text[mention.span.clone()],
                before,
                after,
                before_next_number: next_number.saturating_sub(after_start),
                clause_start: clause_start(before),
            }
        },
    )
}

/// Whether a sentence tells what an action came after, and not an action: "The arrests come
/// after 60 migrants were found in lorries", "The raids follow the discovery of 60 migrants".
/// An action it came after ("The arrests came after a week of raids in which 60 were held")
/// may be the reported one's first part, and is read.
fn follows_earlier_finds(lower: &str) -> bool {
    static FOLLOWS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"^(?:the|these|this|it|they)(?: [a-z-]+){0,2} ",
            r"(?:comes? after|came after|follows?|followed) (?P<what>[^.;]*)",
        ))
        .expect("valid regex")
    });
    FOLLOWS.captures(lower).and_then(|found| found.name("what")).is_some_and(|what| {
        let what = what.as_str();
        !(tells_of_an_action(what) || tells_of_police_work(what))
    })
}

/// Every typed figure in the sentence.
pub fn sentence_figures(text: &str, sentence: &Sentence) -> Vec<FoundFigure> {
    let mut figures = counted_figures(text, sentence);
    if !figures.iter().any(|f| f.metric == Metric::GroupsDismantled) {
        figures.extend(one_group_dismantled(sentence));
    }
    figures
}

/// "dismantled an organised crime group", "a smuggling network was taken down": one group
/// dismantled, told with "a" or "an", which no number stands for.
fn one_group_dismantled(sentence: &Sentence) -> Option<FoundFigure> {
    let lower = sentence.lower();
    const DEEDS: [&str; 5] = ["dismantl", "broke up", "broken up", "took down", "taken down"];
    if !DEEDS.iter().any(|deed| lower.contains(deed)) {
        return None;
    }
    static ONE_GROUP: LazyLock<Regex> = LazyLock::new(|| {
        let group = r"(?:[a-z-]+ ){0,4}?(?:network|group|gang|ring|organi[sz]ation|syndicate|cell|ocg|cartel)(?-u:\b)";
        Regex::new(&format!(
            r"(?-u:\b)(?:dismantled|dismantling|broke up|broken up|took down|taken down) (?P<one>an?) {group}|(?-u:\b)(?P<passive>an?) {group}(?: [^,.;]{{0,40}}?)? (?:was|has been|had been) (?:dismantled|broken up|taken down)"
        ))
        .expect("valid regex")
    });
    let found = ONE_GROUP.captures(lower)?;
    // "an operation aimed at dismantling a network": what it set out to do, not what it did.
    const AIMS: [&str; 5] = ["aimed at", "aiming at", "aim of", "goal of", "objective of"];
    let before = lower[..found.get(0)?.start()].trim_end();
    if AIMS.iter().any(|aim| before.ends_with(aim)) {
        return None;
    }
    let one = found.name("one").or_else(|| found.name("passive"))?;
    let start = sentence.span.start + one.start();
    Some(FoundFigure {
        metric: Metric::GroupsDismantled,
        value: 1,
        qualifier: None,
        currency: None,
        number: start..start + one.len(),
        // As a phase's share does, it yields to a count of groups the text states ("dismantled
        // a network ... Two networks were dismantled").
        of_a_phase: true,
        added_part: false,
        added_after_arrests_only: false,
    })
}

/// The figures the sentence's numbers count.
fn counted_figures(text: &str, sentence: &Sentence) -> Vec<FoundFigure> {
    if sentence.numbers.is_empty() {
        return Vec::new();
    }
    let lower = sentence.lower();
    // The first number is read once, for a label and then as the sentence's.
    let mut numbers = placed(text, sentence, lower).peekable();
    let mut figures: Vec<FoundFigure> = numbers.peek().and_then(labelled_figure).into_iter().collect();
    // After a label's number, the rest of the line reads as a sentence does.
    let rest = numbers.skip(figures.len());
    // A tally of a whole series or of every edition so far is not this operation's, nor are
    // the finds an action followed.
    if tells_of_a_series(lower) || follows_earlier_finds(lower) {
        return figures;
    }
    // Most sentences are in English: one look tells for all their numbers.
    let in_another_language = other_language_figures::may_tell_of_results(lower);
    for n in rest.filter(|n| !names_no_count(n)) {
        let in_another_language =
            in_another_language.then(|| other_language_figures::metric(n.before, n.after)).flatten();
        let metric = in_another_language
            .or_else(|| metric_of(&n, lower))
            .or_else(|| checks_against_databases_next(text, sentence, &n));
        let Some((metric, added)) = metric.map(|metric| arrests_as_a_part(&n, metric)) else { continue };
        if opens_part(&n) && figures.iter().any(|f| f.metric == metric) {
            continue;
        }
        if metric == Metric::Amount && figures.last().is_some_and(|last| converts(text, last, n.mention)) {
            continue;
        }
        let (added_part, added_after_arrests_only) = (added != Added::No, added == Added::AfterArrestsOnly);
        // "A woman and three men were held": four people.
        let one_more = u64::from(ONE_PERSON_AND.iter().any(|words| n.before.ends_with(words)));
        let figure = found(n.mention, metric);
        let value = figure.value + one_more;
        figures.push(FoundFigure { of_a_phase: of_a_phase(&n), added_part, added_after_arrests_only, value, ..figure });
    }
    // "Two men were arrested in Coventry and two men and a woman were arrested in Slough":
    // arrests in two places side by side are shares of a sum the text leaves to its reader,
    // none of them the total.
    // So are arrests for several offences side by side: "two men were arrested for poaching,
    // four traders were arrested for selling bushmeat".
    let arrests = figures.iter().any(|f| f.metric == Metric::Arrests && !f.added_part);
    if arrests && (lower.matches(" arrested in ").count() > 1 || lower.matches(" arrested for ").count() > 1) {
        figures.retain(|f| f.metric != Metric::Arrests || f.added_part);
    }
    figures
}

/// Whether an amount is the one before it in another currency, in brackets right after it:
/// "320,000 dinars (USD 2,400)" is one sum, not two.
fn converts(text: &str, previous: &FoundFigure, amount: &NumberMention) -> bool {
    let between = text.get(previous.number.end..amount.whole.start).unwrap_or_default();
    previous.metric == Metric::Amount
        && between.trim_end().ends_with('(')
        && between.len() <= CONVERSION_GAP_BYTES
        && !between.contains(|c: char| c.is_ascii_digit())
}

/// How far a converted amount may stand after the amount it converts: a currency's name and
/// a bracket (" dinars (").
const CONVERSION_GAP_BYTES: usize = 24;

fn found(mention: &NumberMention, metric: Metric) -> FoundFigure {
    FoundFigure {
        metric,
        value: mention.value,
        qualifier: mention.qualifier.clone(),
        currency: mention.currency.clone(),
        number: mention.span.clone(),
        of_a_phase: false,
        added_part: false,
        added_after_arrests_only: false,
    }
}

/// Words that say a number is of one phase or stretch of an operation, not of all of it.
const PHASE_WORDS: &[&str] =
    &["days of action", "day of action", "week of action", "weeks of action", "phase", "first day", "alone"];

/// Whether the clause of `n`, before it or up to the next number, speaks of a phase.
fn of_a_phase(n: &Placed) -> bool {
    static ANY_PHASE_WORDS: LazyLock<Regex> = LazyLock::new(|| any_of(PHASE_WORDS));
    let (before, after) = (n.clause_before(), n.clause_after());
    ANY_PHASE_WORDS.is_match(before) || ANY_PHASE_WORDS.is_match(after)
}

/// A sentence that opens with a label and a number ("Arrests: 95", "Victims rescued – 212"),
/// maybe followed by a clause of its own ("Arrests: 95, including 12 for fraud"); not a
/// heading with a year ("Arrests 2024").
fn labelled_figure(n: &Placed) -> Option<FoundFigure> {
    // A table's row ends with a bar: "Arrests | 42 |".
    let after = n.after.trim_end_matches(['.', '|']).trim();
    if !(after.is_empty() || after.starts_with([',', ';', '('])) || n.is_year_like() {
        return None;
    }
    let label = n.before.trim_end().trim_end_matches([':', '–', '—', '-', '.', '|', ' ']);
    // "New investigations opened: 23" is "investigations opened", "Total arrests: 95" is
    // "arrests"; "Red Notices published: 4" is "red notices"; "victims of trafficking
    // identified" are "victims identified".
    let label = label
        .split_whitespace()
        .skip_while(|word| matches!(*word, "new" | "total" | "overall"))
        .collect::<Vec<_>>()
        .join(" ");
    let label = label.trim_end_matches(" published").trim_end_matches(" issued");
    // "Number of people arrested: 612".
    let label = label.strip_prefix("number of ").unwrap_or(label);
    let label = label.replace(" of human trafficking", "").replace(" of trafficking", "");
    let metric = LABELS.iter().find(|(l, _)| *l == label).map(|(_, metric)| *metric)?;
    Some(found(n.mention, metric))
}

/// A number that is no count whatever follows it: an age, a percentage, a year, a number
/// in a name ("edition 3").
fn names_no_count(n: &Placed) -> bool {
    let previous_word = n.previous_word();
    // Asked of every number: the first character after it, and a look for "age" before it,
    // rule most out before the searches do.
    // "aged 51, 43 and 40": each number of the list after "aged" is an age.
    let age = n.after.starts_with(AGE_AFTER_FIRST_CHARS) && AGE_AFTER.is_match(n.after)
        || previous_word == "aged"
        || n.before.ends_with("age of ")
        || n.before.contains("age") && AGES_LISTED_BEFORE.is_match(n.before);
    // "the arrest of 1991 suspects" counts people; "since 2015" and "In 2023 arrests rose"
    // are years.
    let counts_something = previous_word == "of" && COUNTED_NOUNS.iter().any(|noun| n.after.starts_with(noun));
    let year = n.is_year_like()
        && !counts_something
        && (YEAR_WORDS.contains(&previous_word) || n.after.starts_with(['’', '\'']));
    age || n.after.starts_with(PERCENT_AFTER_FIRST_CHARS) && PERCENT_AFTER.is_match(n.after)
        || year
        || NAME_WORDS.contains(&previous_word)
        || breaks_down(n.before)
        || of_a_counted_group(n.after)
}

/// Whether a number counts some of a group already counted: "31 of the victims rescued
/// were women", "12 of those arrested", "three of the victims were minors" tell who they were, not
/// how many; "5 of the suspects were arrested" counts arrests (suspects are not yet counted).
fn of_a_counted_group(after: &str) -> bool {
    let Some(group) = ["of the ", "of these ", "of those "].iter().find_map(|of| after.strip_prefix(of)) else {
        return false;
    };
    let group = group.split([',', '.', ';']).next().unwrap_or("");
    let group = [" were ", " was ", " are ", " had ", " have "]
        .iter()
        .fold(group, |group, verb| group.split(verb).next().unwrap_or(group));
    group.split_whitespace().any(|word| COUNTED_GROUPS.contains(&word))
}

/// Words for people a release has counted, in a partitive's group ("of the rescued victims").
const COUNTED_GROUPS: &[&str] =
    &["rescued", "arrested", "detained", "identified", "safeguarded", "freed", "victims", "arrests", "migrants"];

/// Whether a number stands in brackets right after another, as a part of it: the "12" and
/// "2" of "14 (12 women and 2 men) suspected traffickers were arrested".
fn breaks_down(before: &str) -> bool {
    before
        .rfind('(')
        .filter(|&open| !before[open..].contains(')'))
        .is_some_and(|open| before[..open].trim_end().ends_with(|c: char| c.is_ascii_digit()))
}

/// Checks whose databases the next sentence names: "Officers ran 2 million checks. They
/// used the police databases to ...".
fn checks_against_databases_next(text: &str, sentence: &Sentence, n: &Placed) -> Option<Metric> {
    if !n.after.starts_with("checks") {
        return None;
    }
    let rest = &text[sentence.span.end..];
    let next = &rest[..rest.find(['.', '\n']).unwrap_or(rest.len())];
    next.to_ascii_lowercase().contains("databases").then_some(Metric::DatabaseChecks)
}

/// What arrests told as a part count, and whether they are an added part: those for other
/// crimes ("a further 30 were detained for other offences") are arrests for other crimes;
/// arrests added to others told before ("Another 54 people were apprehended", "Also, three
/// suspects were arrested", "9 additional arrests") are an added part, and arrests of the
/// wanted ("two suspects wanted abroad were arrested") one where arrests were told before
/// (see [`FoundFigure::added_part`] and [`FoundFigure::added_after_arrests_only`]). Every
/// other figure passes as it is.
fn arrests_as_a_part(n: &Placed, metric: Metric) -> (Metric, Added) {
    if !matches!(metric, Metric::Arrests | Metric::ArrestsOtherCrimes) {
        return (metric, Added::No);
    }
    let clause = n.clause_after();
    static ANY_OTHER_CRIMES: LazyLock<Regex> = LazyLock::new(|| any_of(OTHER_CRIMES));
    // "40 people for fraud or other crimes": one count of both, all the arrests.
    let joined_to_a_crime = |at: usize| {
        let before = clause[..at].trim_end();
        before.ends_with(" or") || before.ends_with(" and")
    };
    if ANY_OTHER_CRIMES.find(clause).is_some_and(|other| !joined_to_a_crime(other.start())) {
        return (Metric::ArrestsOtherCrimes, Added::No);
    }
    // "31 suspects were arrested for migrant smuggling and a further 88 for other offences",
    // "12 arrests related to child trafficking and 20 arrests for robbery": the arrests
    // for the crimes the operation targeted, beside others; not all arrests.
    let for_the_targeted = FOR_TRAFFICKING_OR_SMUGGLING.is_match(clause);
    // The other crimes have a count of their own, after this one ("in relation to smuggling
    // and other crimes" counts both in one).
    let after_next_count = &n.after[n.before_next_number..];
    // "40 arrests for trafficking and 26 for offences like theft": the next count's own
    // crimes, said without "arrests".
    let next_for_offences = || {
        let rest = after_next_count.split_once(' ').map_or("", |(_, rest)| rest);
        ["for offences", "for offenses", "for crimes"].iter().any(|words| rest.starts_with(words))
    };
    if for_the_targeted
        && (ANY_OTHER_CRIMES.is_match(after_next_count)
            || arrests_for_other_crimes(after_next_count)
            || next_for_offences())
    {
        return (Metric::ArrestsTraffickingSmuggling, Added::No);
    }
    // The other arrests of such a pair.
    if !for_the_targeted
        && arrests_for_other_crimes(clause)
        && n.before.rfind("arrest").is_some_and(|at| FOR_TRAFFICKING_OR_SMUGGLING.is_match(&n.before[at..]))
    {
        return (Metric::ArrestsOtherCrimes, Added::No);
    }
    let before = n.before.trim_end();
    // "9 additional arrests", "arrested three further men", "two more suspects".
    let added = ADDED_WORDS.iter().any(|words| before.ends_with(words))
        || ["additional ", "further ", "more "].iter().any(|words| clause.starts_with(words));
    // Arrests of the wanted add to arrests told before; told first, as a fugitives operation
    // tells them, they are its arrests ("Police arrested 64 people wanted abroad").
    let added_after_arrests_only =
        JOINING_WORDS.iter().any(|words| before.ends_with(words)) || clause.contains("wanted");
    let added = match (added, added_after_arrests_only) {
        (true, _) => Added::ToOthers,
        (false, true) => Added::AfterArrestsOnly,
        (false, false) => Added::No,
    };
    (metric, added)
}

/// How arrests are added to others: not at all, by words that add them to others, or only
/// where arrests were told before (a word that joins their sentence to the one before, or
/// arrests of the wanted).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Added {
    No,
    ToOthers,
    AfterArrestsOnly,
}

/// Words that join a sentence to the one before, right before its count: they add to what was
/// told, which may or may not be arrests.
const JOINING_WORDS: &[&str] = &["further,", "also,", "in addition,", "additionally,"];

/// Arrests said to be for trafficking or smuggling: "arrested for human trafficking", "held
/// for migrant smuggling", "for trafficking in human beings", "in relation to human
/// trafficking".
static FOR_TRAFFICKING_OR_SMUGGLING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:for|in relation to|related to|in connection with) (?:(?:human|people|migrant|child) )?(?:trafficking|smuggling)(?-u:\b)",
    )
    .expect("valid regex")
});

/// Whether `text` holds arrests for named crimes other than trafficking or smuggling: "20
/// arrests for robbery", "20 arrests for fraud and theft".
fn arrests_for_other_crimes(text: &str) -> bool {
    text.match_indices("arrests for ").any(|(at, words)| {
        let crimes = text[at + words.len()..].split([';', '.', ',']).next().unwrap_or_default();
        !crimes.is_empty() && !crimes.contains("traffick") && !crimes.contains("smuggl")
    })
}

/// Words for crimes other than the operation's.
const OTHER_CRIMES: &[&str] = &["other crimes", "other offences", "other offenses", "other criminal"];

/// Words right before a number that add it to one told before. Not "in addition to the" nor
/// "besides the": those add something else to the number, which is the count already made
/// ("investigating 40 more people besides the 212 arrests made").
const ADDED_WORDS: &[&str] = &["another", "a further", "an additional", "of further", "of another"];

/// A sentence about a whole series or every edition so far: "The six operations have
/// yielded", "the four operations to date have", "Europol's six operations have", "the seven
/// editions", "since the series began in 2014", "the work under the programme has resulted
/// in", "the agency ran four action days"; not "the largest operation to date", which
/// tells of this edition. Read for figures and seizures alike (`seizures`).
static SERIES_TALLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\b(?:the|these|all|previous|past|[a-z]+(?:’|')s) (?:[a-z-]+ ){0,4}?(?:operations|editions) (?:to date |so far )?(?:have|had|has|together)\b",
        r"|\bsince (?:it|the series|the programme|the first edition|the operation series) (?:began|started|was launched)\b",
        r"|\bsince (?:its|their) (?:launch|inception|start)\b",
        r"|\b(?:programme|program|project) (?:have|has|had) (?:resulted|led|yielded)\b",
        // "In 2019, the agency ran four Joint Action Days that led to": a body's year of
        // actions, of which the one reported is at most one.
        r"|\b(?:led|held|ran|conducted|coordinated|organised|organized) (?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:[a-z-]+ ){0,2}?(?:operations|action days)\b"
    ))
    .expect("valid regex")
});

/// Words that compare a body's figures with another span of time: "4,100 visits were made from
/// January to June, a third more than in the same period a year before", "a rise of 12% year
/// on year". Such figures are a record over months, not one action's.
const COMPARED_SPANS: &[&str] = &["the same period", "year on year", "year-on-year"];

/// Whether a sentence, in lower case, tallies a whole series ([`SERIES_TALLY`]), a body's
/// years of work ([`tallies_years`]) or its months against others ([`COMPARED_SPANS`]). Every
/// way of saying so holds one of a few words, looked for first, each list in one search (one
/// `contains` a word cost more): the search for the whole falls back to a slow engine on a
/// sentence with any letter or mark outside ASCII, and few sentences hold the words.
pub(super) fn tells_of_a_series(lower: &str) -> bool {
    const WORDS: &[&str] = &["operations ", "editions ", "since ", "program", "project ", "action days "];
    static ANY_WORD: LazyLock<Regex> = LazyLock::new(|| any_of(WORDS));
    static ANY_COMPARED_SPAN: LazyLock<Regex> = LazyLock::new(|| any_of(COMPARED_SPANS));
    static ANY_PAST: LazyLock<Regex> = LazyLock::new(|| any_of(&["the past ", "the last "]));
    ANY_WORD.is_match(lower) && (SERIES_TALLY.is_match(lower) || tallies_years(lower))
        || ANY_COMPARED_SPAN.is_match(lower)
        || ANY_PAST.is_match(lower) && PAST_MONTHS.is_match(lower)
}

/// Months or years gone by that a record is told over: "the fourth such operation in the past
/// 14 months, which together led to 40 arrests", "over the last two years". (A week is an
/// action's own time: "held over the last week".)
static PAST_MONTHS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:in|over|during|within) the (?:past|last) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|several|few) (?:months|years)\b",
    )
    .expect("valid regex")
});

/// Whether a sentence counts what was done since a bare year, or since the year began,
/// without speaking of one operation: "Since 2016 the unit has broken up 12 networks" is a
/// body's record over years, and so are "Since 2013, Kestrel operations have led to 900
/// arrests" and "since the start of the year the unit has held 420 people". "Since March 2024
/// the operation has led to 40 arrests" is the operation's own, and stays.
fn tallies_years(lower: &str) -> bool {
    let of_one_operation =
        lower.match_indices("operation").any(|(at, word)| !lower[at + word.len()..].starts_with('s'));
    !of_one_operation
        && lower.match_indices("since ").any(|(at, since)| {
            let after = &lower[at + since.len()..];
            let year = after.as_bytes();
            let a_bare_year = year.len() >= 4
                && year[..4].iter().all(u8::is_ascii_digit)
                && matches!(&year[..2], b"19" | b"20")
                && year.get(4).is_none_or(|b| !b.is_ascii_digit());
            a_bare_year || ["the beginning of the year", "the start of the year"].iter().any(|w| after.starts_with(w))
        })
}

/// Whether the number counts places in a list of what a sentence says was checked or
/// inspected: "checked 9,400 people, 1,200 locations and 2,500 vehicles", "670 sites, 1,400
/// lorries and 2,200 people were checked", "9,000 people were checked, along with 420
/// locations". Not places the checks were made at ("checked 5,000 people at 12 locations").
fn places_in_a_list_checked(n: &Placed, sentence: &str) -> bool {
    let previous = n.before.trim_end().rsplit(' ').next().unwrap_or_default();
    let at_the_places = ["at", "in", "on", "of", "from", "across", "to", "into", "near"].contains(&previous);
    !at_the_places
        && PLACES_AFTER_CHECKING.is_match(n.after)
        && ["checked", "inspected", "controlled"].iter().any(|verb| sentence.contains(verb))
}

/// Whether the number's clause is inverted, its verb of rescue first and "were" or "are" right
/// before the number: "Rescued in the raids were 13 women".
fn rescued_first(n: &Placed) -> bool {
    let clause = n.clause_before().trim();
    ["rescued", "freed"].iter().any(|verb| clause.starts_with(verb))
        && [" were", " are"].iter().any(|be| clause.ends_with(be))
}

/// Whether the number opens a part of a total named before it ("including 88 ..."), or is
/// a later part of the same list ("including 32 minors and six women").
fn opens_part(n: &Placed) -> bool {
    let clause = n.clause_before().trim_end();
    PART_OPENERS.iter().any(|opener| clause.ends_with(opener))
        || clause.strip_suffix(" and").is_some_and(|list| {
            PART_OPENERS.iter().any(|opener| {
                list.rfind(opener)
                    .is_some_and(|at| list[at + opener.len()..].trim_start().starts_with(char::is_numeric))
            })
        })
}

/// Words before a number that make it a part of the arrests just told: "of which 85", "Of the
/// 126 arrests, 41", "Of those detained, 23".
const ARREST_PART_OPENERS: &[&str] =
    &["of which", "of those arrested,", "of those detained,", "of those taken into custody,"];

/// Those a text counts who were not arrested: a part of them ("30 of whom") is none of the
/// arrests.
const UNARRESTED: &[&str] = &["victims", "minors", "children", "migrants", "girls", "women", "survivors"];

/// A part of the arrests, told by what its people are suspected or charged of: "52 of them on
/// human trafficking charges", "Of the 126 arrests, 41 were made on ... charges", "19 of them
/// suspected people smugglers", "Of those detained, 23 are suspected of smuggling migrants".
fn part_of_arrests(n: &Placed, sentence: &str) -> Option<Metric> {
    let before = n.before.trim_end();
    // "40 arrests for trafficking and 26 for offences like theft": the second count's noun
    // left out, after arrests for the operation's crimes.
    let for_other_offences =
        ["for offences", "for offenses", "for crimes", "for other "].iter().any(|w| n.after.starts_with(w));
    if for_other_offences
        && before.ends_with(" and")
        && n.before.rfind("arrest").is_some_and(|at| FOR_TRAFFICKING_OR_SMUGGLING.is_match(&n.before[at..]))
    {
        return Some(Metric::ArrestsOtherCrimes);
    }
    let of_arrests_before = before.starts_with("of the ") && before.ends_with("arrests,") && !before.contains(". ");
    let of_those_just_counted = n.after.starts_with("of them") || n.after.starts_with("of whom");
    // "freed 31 victims, 30 of whom were minors": a part of those counted right before,
    // who were not arrested.
    let of_the_unarrested = || {
        let counted = before.trim_end_matches(',').rsplit(' ').next().unwrap_or("");
        UNARRESTED.contains(&counted)
    };
    // "410 arrests (120 related to migrant smuggling, 35 other crimes)": the parts in brackets
    // right after the arrests.
    let in_brackets_after_arrests = || {
        before.rfind("arrests (").is_some_and(|at| {
            let inside = &before[at + "arrests (".len()..];
            inside.is_empty() || inside.ends_with(',') && !inside.contains(')')
        })
    };
    // "200 people were arrested – 55 for human trafficking offences": the one part set off by
    // a dash after the arrests; not "120 arrests – 40 for trafficking and 22 for smuggling",
    // parts the metrics do not split so.
    let after_a_dash_after_arrests = || {
        let counted = ["arrested", "arrests", "detained"];
        [" –", " —", " -"]
            .iter()
            .any(|dash| before.strip_suffix(dash).is_some_and(|told| counted.iter().any(|word| told.ends_with(word))))
            && !n.after.split(['.', ';']).next().is_some_and(|part| part.contains(|c: char| c.is_ascii_digit()))
    };
    let part = of_those_just_counted && !of_the_unarrested()
        || ARREST_PART_OPENERS.iter().any(|opener| before.ends_with(opener))
        || of_arrests_before
        || in_brackets_after_arrests()
        || after_a_dash_after_arrests();
    // The part first: most numbers open none, and a look at the whole sentence costs more.
    if !(part && (has_an_arrest_cue(sentence) || sentence.contains("arrests"))) {
        return None;
    }
    let what = n.after.split([';', '.']).next().unwrap_or("");
    if OTHER_CRIMES.iter().any(|crimes| what.starts_with(crimes)) {
        return Some(Metric::ArrestsOtherCrimes);
    }
    // "of which 29 for labour exploitation": exploitation is what trafficking is for. Drug or
    // firearms trafficking is no trafficking in people.
    let what = what.split([',', ')']).next().unwrap_or(what);
    let trafficking = what.contains("traffick") && !tells_of_trafficked_goods(what) || what.contains("exploitation");
    let smuggling = what.contains("smuggl");
    let suspected = what.contains("suspect") || what.contains("suspicion");
    match (trafficking, smuggling) {
        (true, false) if suspected => Some(Metric::ArrestsTraffickers),
        (false, true) if suspected => Some(Metric::ArrestsSmugglers),
        (true, _) | (_, true)
            if what.contains("charge")
                || what.contains(" for ")
                || what.starts_with("for ")
                || what.starts_with("related to ")
                || what.contains(" on ") =>
        {
            Some(Metric::ArrestsTraffickingSmuggling)
        }
        _ => None,
    }
}

/// Whether the people a number's "of which" points back to are victims: the last of victims
/// and arrested people the sentence named before it.
fn points_back_to_victims(before: &str) -> bool {
    let victims = before.rfind("victim");
    let arrested = ["arrest", "suspect", "detain", "detention"].iter().filter_map(|word| before.rfind(word)).max();
    victims.is_some_and(|victims| arrested.is_none_or(|arrested| arrested < victims))
}

/// What a number counts, from the words after it and the sentence it stands in.
fn metric_of(n: &Placed, sentence: &str) -> Option<Metric> {
    if n.written.eq_ignore_ascii_case("one") {
        return one_as_a_count(n);
    }
    metric_from_words(n, sentence)
}

/// What a number other than the word "one" counts.
fn metric_from_words(n: &Placed, sentence: &str) -> Option<Metric> {
    let after = n.after;
    let has = |word: &str| sentence.contains(word);
    if n.mention.currency.is_some() {
        return Some(Metric::Amount);
    }
    // Asked of every number: its first letter rules most out before the search does.
    let notice = after.starts_with(NOTICE_FIRST_LETTERS).then(|| NOTICE.captures(after)).flatten();
    if let Some(colour) = notice {
        // "40 hits in the databases, among them 7 red notices": notices matched, not issued.
        let of_hits = n.before.rfind(" hits ").is_some_and(|at| n.before.len() - at <= HITS_REACH_BYTES);
        return if of_hits { None } else { notice_metric(&colour[1]) };
    }
    if after.starts_with("of which") && (after.contains("trafficking") || after.contains("smuggling")) {
        // "300 victims identified, 90 of which of trafficking": a part of the victims, which
        // the total counts.
        return (!points_back_to_victims(n.before)).then_some(Metric::ArrestsTraffickingSmuggling);
    }
    if let Some(metric) = part_of_arrests(n, sentence) {
        return Some(metric);
    }
    // Each pattern below needs a word of its own in `after`: a look for that word comes first,
    // as most numbers count none of these things and a search costs more than the look.
    let people_and_others =
        || PEOPLE_AND_OTHERS.find(after).is_some_and(|found| !counts_another_kind(&after[found.end()..]));
    // "found 14 suspects and 38 possible victims": the victims are no more suspects.
    let others_after_people =
        || n.before.ends_with(" and ") && PEOPLE_AND_BEFORE.is_match(n.before) && !counts_another_kind(after);
    if after.contains(" and ") && (people_and_others() || OTHERS_COUNTED_AFTER.is_match(after)) || others_after_people()
    {
        return None;
    }
    // "executed nine arrest warrants": each warrant served is an arrest; not one issued.
    let warrants_served = after.starts_with("arrest warrants")
        && matches!(n.clause_before().split_whitespace().next_back(), Some("executed" | "served"));
    // "412 arrest were made": the noun's plural left out, as hurried copy does.
    let arrest_were_made = ["arrest were made", "arrest have been made"].iter().any(|words| after.starts_with(words));
    // "8,120 arrests of irregular migrants": migrants found without papers, not suspects.
    // (A look for the word first: most arrests are of no migrants, and the search costs more.)
    let of_migrants = |rest: &str| rest.contains("migrants") && MIGRANTS.is_match(rest);
    if after.strip_prefix("arrests of ").is_some_and(of_migrants) {
        return Some(Metric::MigrantsIdentified);
    }
    if after.starts_with("arrests")
        || arrest_were_made
        || after.starts_with("additional arrests")
        || warrants_served
        || ARRESTED_RIGHT_AFTER.is_match(after)
        || (n.before.contains("arrests") && ARRESTS_WERE.is_match(n.clause_before()))
    {
        return Some(Metric::Arrests);
    }
    // What the number counts first, then the sentence's words on arresting: most numbers
    // count neither traffickers nor smugglers. Each is searched once.
    let traffickers = after.contains("traffickers").then(|| TRAFFICKERS.find(after)).flatten();
    let smugglers =
        (after.contains("smugglers") || after.contains("facilitators")).then(|| SMUGGLERS.find(after)).flatten();
    if (traffickers.is_some() || smugglers.is_some()) && has_an_arrest_cue(sentence) {
        // "192 smugglers and their associates have been arrested": not all of them are smugglers.
        let with_others =
            |found: regex::Match| WITH_OTHERS.iter().any(|others| after[found.end()..].starts_with(others));
        if traffickers.is_some_and(with_others) || smugglers.is_some_and(with_others) {
            return Some(Metric::Arrests);
        }
        // "the arrest of 70 suspected traffickers" in an operation against cocaine smuggling:
        // traffickers of goods, not of people.
        if traffickers.is_some_and(|found| !found.as_str().contains("human")) && tells_of_trafficked_goods(sentence) {
            return Some(Metric::Arrests);
        }
        return Some(if traffickers.is_some() { Metric::ArrestsTraffickers } else { Metric::ArrestsSmugglers });
    }
    if (after.contains("countries") || after.contains("nationalities")) && NATIONALITIES.is_match(after) {
        return migrant_nationalities(n, sentence);
    }
    // "eight girls were among 31 freed victims": a part of the count after it (where no kind
    // of arrest, as "41 smugglers were among 300 arrested", is told above).
    if after.contains(" among ") && AMONG_THE_NEXT.is_match(n.clause_after()) {
        return None;
    }
    // "1,072 potential adult victims": the adults among them, the children counted apart.
    let victims = after.contains("victims").then(|| VICTIMS.find(after)).flatten();
    if victims.is_some_and(|victims| victims.as_str().split(' ').any(|word| word == "adult")) {
        return None;
    }
    // "Of the 35 potential victims identified, 18 were minors", "established that the 60
    // victims had been ferried": victims counted before, told of again. Not where "The" opens
    // the sentence ("The 32 potential victims identified during the raids were ..."), as a
    // count is first told.
    if victims.is_some() && n.previous_word() == "the" && n.before.trim() != "the" {
        return None;
    }
    if victims.is_some() {
        let rescued = &[
            "rescu",
            "safeguard",
            "protection of",
            "freed",
            "freeing",
            "removed from",
            "release of",
            "brought to safety",
        ];
        let found = &["identif", "uncover", "discover", "found", "locat", "detect", "pinpoint"];
        return match nearest_action(n, rescued, found)? {
            Action::First => Some(Metric::VictimsRescued),
            Action::Second => Some(Metric::VictimsIdentified),
        };
    }
    // Children "safeguarded" or "recovered" (as the FBI says it) are victims taken out of
    // harm, the verb before them or after ("164 children safeguarded", "37 severely abused
    // juveniles were recovered"); children "found" or "rescued" may be migrants, so only
    // those verbs tell.
    if let Some(children) = CHILDREN.find(after) {
        let verb_after = ["were ", "have been ", "had been "]
            .iter()
            .fold(after[children.end()..].trim_start(), |said, verb| said.trim_start_matches(verb))
            .trim_start_matches(['"', '“']);
        let taken_out_of_harm =
            |said: &str| ["safeguarded", "recovered", "removed from harm"].iter().any(|verb| said.starts_with(verb));
        let verb_before = n.clause_before().trim_end().rsplit(' ').next().unwrap_or_default();
        // "the safeguarding of 64 children": the noun before them.
        let safeguarding_of = n.clause_before().trim_end().ends_with("safeguarding of");
        if taken_out_of_harm(verb_before) || taken_out_of_harm(verb_after) || safeguarding_of {
            return Some(Metric::VictimsRescued);
        }
    }
    // "rescued 216 men, women and children", "freed 211 people": people taken out of harm
    // right after the verb are its victims.
    // "rescued as many as 1,940 children": words that stress the count stand between.
    let clause = n.clause_before().trim_end();
    let clause = clause.strip_suffix(" as many as").unwrap_or(clause);
    let rescued_right_before = matches!(
        clause.split_whitespace().next_back(),
        Some("rescued" | "freed" | "safeguarded" | "saved" | "rescuing" | "freeing")
    ) || ["rescue of", "release of"].iter().any(|words| clause.ends_with(words));
    let rescued_first = rescued_first(n);
    // "safeguarded 300 vulnerable people": people at risk, whom the text does not call victims;
    // nor are people a search and rescue found, who were in danger.
    let at_risk = after.starts_with("vulnerable ") || has("search and rescue");
    if (rescued_right_before || rescued_first) && !at_risk && RESCUED_PEOPLE.is_match(after) {
        return Some(Metric::VictimsRescued);
    }
    // "23 people have been rescued": the same, told after them.
    if let Some(people) = RESCUED_PEOPLE.find(after)
        && !at_risk
        && (RESCUED_AFTER.is_match(&after[people.end()..])
            || RESCUED_AFTER_A_PHRASE
                .captures(&after[people.end()..])
                .is_some_and(|told| !told[1].split(' ').any(|word| word == "and")))
    {
        return Some(Metric::VictimsRescued);
    }
    if after.contains("migrants") && MIGRANTS.is_match(after) {
        // "found the bodies of 12 migrants": no one to rescue or identify as alive.
        if n.clause_before().ends_with("bodies of ") || n.clause_before().ends_with("remains of ") {
            return None;
        }
        // Migrants "detained" or "apprehended" were found at a border or on a road, not
        // arrested as suspects.
        let found = &["identif", "detect", "intercept", "found", "discover", "locat", "detain", "apprehend", "caught"];
        return match nearest_action(n, &["rescu"], found)? {
            Action::First => Some(Metric::MigrantsRescued),
            Action::Second => Some(Metric::MigrantsIdentified),
        };
    }
    if let Some(people) = PEOPLE_ARRESTED.find(after)
        && arrested_in_clause(n, people.as_str())
    {
        return Some(Metric::Arrests);
    }
    // "arrested five police officers", "two border guards were detained": officers are
    // counted as those who acted ("500 officers took part") unless an arrest is right beside.
    if let Some(officials) = OFFICIALS.find(after)
        && (matches!(n.previous_word(), "arrested" | "detained")
            || ARRESTED_RIGHT_AFTER.is_match(after[officials.end()..].trim_start()))
    {
        return Some(Metric::Arrests);
    }
    // "18 million searches against the databases": searches of records, not of homes.
    let checks = ["checks", "database checks", "crosschecks", "cross-checks", "searches against"]
        .iter()
        .any(|w| after.starts_with(w));
    // "checked 3 million travellers against the databases", "some 4,000 lorries were screened
    // against the database".
    let checked = matches!(n.clause_before().split_whitespace().next_back(), Some("checked" | "screened"))
        || CHECKED_AGAINST_AFTER.is_match(after);
    if ((checks || checked) && has("database")) || (after.starts_with("times") && has("databases were")) {
        return Some(Metric::DatabaseChecks);
    }
    // "3,900 vehicle inspections", "inspected more than 1,100 farms", "some 5,000 parcels were
    // inspected".
    let verb_before = n.clause_before().split_whitespace().next_back();
    // "inspections of 24 companies": places, not people or vehicles, whose inspections these were.
    let inspections_of_places =
        n.clause_before().trim_end().ends_with("inspections of") && PLACES_AFTER_CHECKING.is_match(after);
    let inspected = inspections_of_places
        || verb_before == Some("inspected")
        || matches!(verb_before, Some("checked" | "controlled" | "visited" | "checking" | "visiting" | "inspecting"))
            && PLACES_AFTER_CHECKING.is_match(after)
        || INSPECTED_AFTER.is_match(n.clause_after())
        || PLACES_CHECKED_AFTER.is_match(n.clause_after())
        // Not "inspections in 9 Member States", which counts where they were made.
        || (INSPECTIONS_IN.is_match(n.clause_before()) && !counts_countries(after))
        || places_in_a_list_checked(n, sentence);
    // "92 new inspections initiated": proceedings opened after the checks, not checks made.
    let opened = after.starts_with("new ") && (has("initiat") || has("opened") || has("launched"));
    // "159 illegal working visits", "150 enforcement visits": the visits inspectors make.
    let visits = after.split_whitespace().take(3).any(|w| w.trim_end_matches(['.', ',', ';']) == "visits")
        && (has("enforcement") || has("inspect") || has("illegal working"));
    if (after.starts_with("inspections")
        || after.split_whitespace().nth(1).map(|w| w.trim_end_matches(['.', ',', ';'])) == Some("inspections")
        || inspected
        || visits)
        && !opened
    {
        return Some(Metric::Inspections);
    }
    // "600 flights", "600 incoming flights".
    let flights = after.starts_with("flights") || after.split_whitespace().nth(1) == Some("flights");
    if flights && has("monitor") {
        return Some(Metric::FlightsMonitored);
    }
    // "launched 40 investigations", "the launch of 40 investigations", "25 new inquiries", "to
    // open 41 new investigations".
    if (after.contains("investigations") || after.contains("quiries") || after.contains("cases"))
        && (has("initiat")
            || has("opened")
            || has("opening")
            || has(" open ")
            || has("launch")
            || has("prompted")
            || has("triggered")
            || has("resulted in"))
        && INVESTIGATIONS.is_match(after)
    {
        return Some(Metric::InvestigationsOpened);
    }
    // "Officers booked 12 cases against employers", as Indian police open one; "the opening of
    // 90 cases".
    let booked = matches!(n.clause_before().split_whitespace().next_back(), Some("booked" | "registered"))
        || n.clause_before().trim_end().ends_with("opening of");
    if booked && after.starts_with("cases") {
        return Some(Metric::InvestigationsOpened);
    }
    // "Three cells engaged in smuggling were busted", "two gangs were broken up", "after
    // busting three gangs".
    let broken_up =
        has("dismantl") || has("busted") || has("busting") || has("broken up") || has("broke up") || has("smashed");
    if broken_up && GROUPS.is_match(after) {
        return Some(Metric::GroupsDismantled);
    }
    None
}

/// "One suspect was arrested": a count of one as the subject, at the start of its clause,
/// of an arrest or a rescue.
fn one_as_a_count(n: &Placed) -> Option<Metric> {
    if !n.clause_before().trim().is_empty() {
        return None;
    }
    let caps = ONE_ARRESTED_OR_RESCUED.captures(n.after)?;
    // "One person has been detained ... and two others arrested": one of a sum the text
    // leaves to its reader.
    if n.after.contains(" others ") {
        return None;
    }
    let rescued = matches!(&caps["verb"], "rescued" | "safeguarded");
    match &caps["noun"] {
        "victim" if rescued => Some(Metric::VictimsRescued),
        "migrant" if rescued => Some(Metric::MigrantsRescued),
        noun if !rescued && ONE_PERSON.contains(&noun) => Some(Metric::Arrests),
        _ => None,
    }
}

/// Whether an arrest acts on the people the number counts: one just before it ("detained
/// 40 suspects", "the arrest of 64 suspects"), or one after them in the same clause ("311
/// suspects were arrested"), before the next number ("identified 100 suspects and arrested
/// 20 of them" arrests 20, not 100).
fn arrested_in_clause(n: &Placed, people: &str) -> bool {
    // "the five targeted for arrest were among at least 20 suspects": an arrest meant, not made
    // (the clause starts after "for", a break).
    let clause = n.clause_before();
    let meant = n.before.contains("for arrest") && clause.trim_start().starts_with("arrest");
    let clause = if meant { clause.trim_start().trim_start_matches(|c: char| c.is_alphabetic()) } else { clause };
    // "arrested 27 of 40 defendants", "12 people out of the 140 suspects arrested": the 40
    // and the 140 are those the others were counted from.
    let before_of = clause.trim_end();
    let before_of = before_of.strip_suffix(" the").unwrap_or(before_of);
    let counted_from = before_of.strip_suffix(" of").is_some_and(|before| {
        let before = before.strip_suffix(" out").unwrap_or(before);
        before.rsplit(' ').take(2).any(|word| word.ends_with(|c: char| c.is_ascii_digit()) || is_number_word(word))
    });
    if counted_from {
        return false;
    }
    let after_people = n.clause_after().get(people.len()..).unwrap_or("");
    if let Some(arrested) = ARRESTED_AFTER.find(after_people) {
        // "64 people were arrested or are being investigated": a count of two things.
        return !counted_with_another_state(&after_people[arrested.end()..]);
    }
    // "120 people, including locals and foreign workers, were also arrested", "Nine
    // men, aged from 19 to 52, were arrested": an aside between the people and their arrest.
    if n.after.get(people.len()..).is_some_and(|rest| ASIDE_THEN_ARRESTED.is_match(rest)) {
        return true;
    }
    // "97 people suspected of fraud, theft or the like have been arrested", "600 violators of
    // residency, labour and border rules were arrested": what they are suspected of may run
    // over commas before their arrest.
    if let Some(suspected) = n.after[..n.before_next_number].get(people.len()..)
        && ["suspected of ", "of "].iter().any(|words| suspected.trim_start().starts_with(words))
        && ARRESTED_AFTER.is_match(suspected.split([';', '.']).next().unwrap_or_default())
    {
        return true;
    }
    // "35 were arrested after 120 drivers were questioned": a verb of their own after the
    // people says what was done to them, not the arrest before.
    let own_verb = after_people.contains("ed") && PASSIVE_AFTER.is_match(after_people);
    !own_verb && has_an_arrest_cue(&last_words_spaced(clause, ARREST_REACH_WORDS + 1))
}

/// Whether the words after an arrest join another state to it, so that its count counts both
/// ("arrested or are being investigated", "arrested or questioned"); another word for the
/// arrest ("arrested or detained") joins none.
fn counted_with_another_state(after_arrest: &str) -> bool {
    after_arrest.strip_prefix(" or ").is_some_and(|other| {
        let other = other.trim_start_matches("were ").trim_start_matches("have been ");
        !["arrested", "detained", "apprehended", "taken into custody"].iter().any(|arrest| other.starts_with(arrest))
    })
}

/// The last `count` words of `clause`, one space before each and none after: " nab" of
/// [`ARREST_CUES`] needs the space before the first word. Read back from the clause's end,
/// as most of a clause lies further off than the words wanted.
fn last_words_spaced(clause: &str, count: usize) -> String {
    let first_wanted = clause.split_whitespace().rev().take(count).last();
    // The first word wanted is a slice of `clause`: where it starts is how far its bytes lie
    // from the clause's.
    let from = first_wanted.map_or(clause.len(), |word| word.as_ptr() as usize - clause.as_ptr() as usize);
    let mut near = String::with_capacity(clause.len() - from + 1);
    near.push(' ');
    for (i, word) in clause[from..].split_whitespace().enumerate() {
        if i > 0 {
            near.push(' ');
        }
        near.push_str(word);
    }
    near
}

/// A passive verb right after counted people: "suspects were interviewed", "have been questioned".
static PASSIVE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:were|was|have been|had been)\s+(?:also\s+)?[a-z]+ed(?-u:\b)").expect("valid regex")
});

/// "from 29 nationalities", "originating from 74 different countries", "of 58 different
/// nationalities": how many nationalities migrants had; not who took part.
fn migrant_nationalities(n: &Placed, sentence: &str) -> Option<Metric> {
    let about_migrants = sentence.contains("migrant") || sentence.contains("smuggled");
    let of_nationalities = n.after.trim_start_matches("different ").starts_with("nationalities");
    (about_migrants && (of_nationalities || origins(n, sentence))).then_some(Metric::MigrantNationalities)
}

enum Action {
    First,
    Second,
}

/// Which of two kinds of verb acts on the number: the last active one before it ("rescued
/// 430 victims and identified 4,000 migrants"), else, in a passive clause, one after it
/// ("4,000 migrants were identified"), where rescuing outranks identifying ("identified and
/// rescued"), first up to the next number ("4,000 migrants were identified, and 60 women
/// rescued": the 60 were rescued), then past it ("4,000 migrants of 29 nationalities were
/// identified").
fn nearest_action(n: &Placed, first: &[&str], second: &[&str]) -> Option<Action> {
    // "300 victims rescued; 1,700 migrants identified": a verb before a semicolon is the item
    // before's.
    let before = n.before.rsplit(';').next().unwrap_or(n.before);
    match (last_active(before, first), last_active(before, second)) {
        (Some(a), Some(b)) => return Some(if a > b { Action::First } else { Action::Second }),
        (Some(_), None) => return Some(Action::First),
        (None, Some(_)) => return Some(Action::Second),
        (None, None) => {}
    }
    let of_the_number = n.after[..n.before_next_number].split([';', '.']).next().unwrap_or("");
    let clause = n.after.split([';', '.']).next().unwrap_or("");
    let found_in = |said: &str, words: &[&str]| words.iter().any(|w| said.contains(w));
    [of_the_number, clause].into_iter().find_map(|said| {
        if found_in(said, first) { Some(Action::First) } else { found_in(said, second).then_some(Action::Second) }
    })
}

/// Where one of `words` last stands in `before` as an active verb or a noun: a passive verb
/// acts on its subject, not on what follows ("individuals were intercepted leading a group
/// of 103 migrants").
fn last_active(before: &str, words: &[&str]) -> Option<usize> {
    let passive = |at: usize| matches!(before[..at].split_whitespace().next_back(), Some("was" | "were" | "been"));
    // Most words are not there: asking whether one is takes a quick scan, where a search
    // from the end first prepares a searcher for each word.
    words
        .iter()
        .filter(|w| before.contains(**w))
        .filter_map(|w| before.rmatch_indices(w).map(|(at, _)| at).find(|&at| !passive(at)))
        .max()
}

/// Nouns of those who take part: "officers from 17 countries" are participants even in a
/// sentence about migrants.
const PARTICIPANTS: [&str; 16] = [
    "officers",
    "officials",
    "police",
    "authorities",
    "agencies",
    "investigators",
    "experts",
    "delegates",
    "representatives",
    "enforcement",
    "inspectors",
    "guards",
    "gendarmes",
    "prosecutors",
    "teams",
    "forces",
];

/// "from 74 different countries", "originating from 30 countries": where migrants or victims
/// came from, not who took part ("officials from 47 countries participated").
fn origins(n: &Placed, sentence: &str) -> bool {
    let Some(before_from) = n.before.trim_end().strip_suffix("from") else { return false };
    if n.after.starts_with("different") {
        return true;
    }
    let word_before_from = before_from.split_whitespace().next_back().unwrap_or("");
    let about_people_moved = sentence.contains("migrant") || sentence.contains("victim");
    about_people_moved && !PARTICIPANTS.contains(&word_before_from)
}

/// Whether the words before a place or a count of countries (in lower case) make it where
/// those a crime harmed were, not where the action was: "to cheat victims in 12 countries",
/// "scamming people in Canada", "customers across 40 countries", "attacks on firms in 40
/// countries". ("rescued 200 victims in 12
/// countries" is where the action was.)
pub(super) fn where_the_harmed_were(before: &str) -> bool {
    let before = before.trim_end();
    let Some(people) = [" in", " across"].iter().find_map(|word| before.strip_suffix(word)) else { return false };
    let mut words = people.split_whitespace().rev();
    match (words.next(), words.next()) {
        (Some("customers" | "consumers" | "users"), _) => true,
        // "ransomware attacks on firms and hospitals in 40 countries": what was attacked.
        (Some("companies" | "firms" | "businesses" | "hospitals" | "infrastructure" | "computers"), _) => true,
        (Some("victims" | "people"), Some(verb)) => HARMING_VERBS.contains(&verb),
        _ => false,
    }
}

/// Verbs of a crime against people, before those it harmed.
const HARMING_VERBS: [&str; 12] = [
    "defraud",
    "defrauded",
    "defrauding",
    "scam",
    "scammed",
    "scamming",
    "dupe",
    "duped",
    "duping",
    "cheat",
    "cheated",
    "cheating",
];

fn notice_metric(colour: &str) -> Option<Metric> {
    Some(match colour {
        "red" => Metric::NoticesRed,
        "blue" => Metric::NoticesBlue,
        "yellow" => Metric::NoticesYellow,
        "purple" => Metric::NoticesPurple,
        "orange" => Metric::NoticesOrange,
        "green" => Metric::NoticesGreen,
        "black" => Metric::NoticesBlack,
        "silver" => Metric::NoticesSilver,
        _ => return None,
    })
}

/// Events where people of several countries meet, and the delegates who come to them: their
/// count of countries is of those who came, not of those who took part in the operation.
const GATHERINGS: &[&str] = &["meeting", "conference", "workshop", "seminar", "training", "debriefing", "delegates"];

/// Countries counted by the cases they opened: "five countries having opened criminal cases".
static CASES_OPENED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[a-z-]+ )?(?:countries|states) (?:having |have |had )?opened (?:[a-z]+ )?(?:cases|investigations|proceedings)\b")
        .expect("valid regex")
});

/// Words before a count that make it an earlier action's.
const OF_AN_EARLIER_ONE: [&str; 5] =
    ["last year's", "last year’s", "previous edition", "earlier edition", "previous operation"];

/// The participant count the sentence states ("authorities in 32 countries", "across 116
/// countries and territories", "participating countries (24)"), with the number's span; not
/// migrants' countries of origin ("from 58 different countries"), nor INTERPOL's membership
/// ("194 member countries"), nor a rounded count ("more than 40 countries").
pub fn stated_country_count(text: &str, sentence: &Sentence) -> Option<(u32, Range<usize>)> {
    if sentence.numbers.is_empty() {
        return None;
    }
    let lower = sentence.lower();
    // Every count read below is of "countries", "nations", "(member) states", "customs
    // administrations", "países" or "pays": most sentences with numbers name none of these,
    // and one look spares placing their numbers and searching round each.
    static COUNTED_WORDS: LazyLock<Regex> = LazyLock::new(|| {
        any_of(&["countries", "nations", "states", "customs administrations", "países", "paises", "pays"])
    });
    // "Since 2013, Kestrel operations have led to 900 arrests in 108 countries": the series'.
    if !COUNTED_WORDS.is_match(lower) || tells_of_a_series(lower) {
        return None;
    }
    // "Checks took place in six states and bodies from 12 states took part": the count of those
    // who took part beats one of where the checks were.
    static TOOK_PART: LazyLock<Regex> = LazyLock::new(|| any_of(&["participat", "took part", "involved", "joined"]));
    let mut counts = placed(text, sentence, lower).filter_map(|n| {
        let exact = n.mention.qualifier.is_none() && n.mention.currency.is_none();
        // "six Mekong countries", "four Baltic countries": a region's name the list lacks;
        // "six tiger-range countries (A, B, ...)": a kind of country, with its list in brackets.
        let original_after = &text[sentence.span.end - n.after.len()..sentence.span.end];
        let of_a_region = original_after.split_once(' ').is_some_and(|(word, rest)| {
            word.starts_with(char::is_uppercase) && rest.starts_with("countries") || rest.starts_with("countries (")
        });
        // "en 32 países", "participaron 13 países", "14 países participantes", "dans 12 pays",
        // "12 pays participants", "les huit pays suivants : ...": in Spanish and French, only
        // where the count is of where the operation ran or who took part.
        let in_another_language = OTHER_LANGUAGE_COUNTRIES.is_match(n.after)
            && (matches!(n.previous_word(), "en" | "participaron" | "dans")
                // "reunió a policías de 23 países": the forces of as many countries.
                || ["policías de", "policias de", "autoridades de", "agentes de"]
                    .iter()
                    .any(|forces| n.before.trim_end().ends_with(forces))
                || n.after.contains("participantes")
                || n.after.starts_with("pays participants")
                || n.after.starts_with("pays suivants"));
        let named_after = (COUNTRIES.is_match(n.after) || of_a_region || in_another_language)
            && !COUNTRIES_OF_ORIGIN.is_match(n.after)
            && !origins(&n, lower)
            && !where_the_harmed_were(n.before)
            && !counts_a_membership(&n)
            // "across these two countries", "in the two countries": countries already named,
            // maybe not all.
            && !matches!(n.previous_word(), "these" | "those" | "the");
        let in_brackets = COUNTRIES_BEFORE_BRACKET.is_match(n.before.trim_end()) && n.after.starts_with(')');
        // "Checks in 9 Member States": where the operation's checks were made. Not "in 9
        // states and the capital district", a federation's states.
        let inspected_in =
            counts_countries(n.after) && !n.after.starts_with("states") && INSPECTIONS_IN.is_match(n.clause_before());
        // "followed by a meeting that drew 60 delegates from 12 countries": those
        // who met, where an event is spoken of after the operation.
        let at_an_event = {
            let last_at = |words: &[&str]| words.iter().filter_map(|w| n.before.rfind(w)).max();
            last_at(GATHERINGS) > last_at(&["operation", "action"])
        };
        // "built on last year's drive, when 18 countries took part": an earlier
        // edition's count.
        // "with five countries having opened criminal cases": those who investigate, not
        // those who took part in the action.
        let investigating = CASES_OPENED.is_match(n.clause_after());
        // "Nine EU countries took part, alongside Chile and Peru": a part of those who did; not
        // "alongside Eurojust", a body beside the countries.
        let beside_others = n.after[..n.before_next_number].split(['.', ';']).next().is_some_and(|rest| {
            rest.find(" alongside ").is_some_and(|at| {
                let alongside = sentence.span.end - n.after.len() + at;
                sentence
                    .countries
                    .iter()
                    .any(|c| c.span.start > alongside && c.span.start < alongside + rest.len() - at)
            })
        });
        // "nine Nordic countries and the United Kingdom": a count of some, one more named.
        let and_one_named = {
            let rest_start = sentence.span.end - n.after.len();
            let named_next = |words: &str| {
                let at = rest_start + words.len();
                sentence.countries.iter().any(|c| c.span.start == at || c.span.start == at + "the ".len())
            };
            n.after.split_once("countries and ").is_some_and(|(counted, _)| {
                counted.split(' ').count() <= 2 && named_next(&n.after[..counted.len() + "countries and ".len()])
            })
        };
        if at_an_event
            || investigating
            || beside_others
            || and_one_named
            || OF_AN_EARLIER_ONE.iter().any(|words| n.before.contains(words))
        {
            return None;
        }
        // "the Six Nations Police Service": a number in words, capitalised inside the sentence
        // with the word after it, is part of a name.
        let written = &text[n.mention.span.clone()];
        let in_a_name = n.mention.span.start > sentence.span.start
            && written.starts_with(|c: char| c.is_uppercase())
            && original_after.starts_with(|c: char| c.is_uppercase());
        if in_a_name {
            return None;
        }
        let count = u32::try_from(n.mention.value).ok()?;
        let with_one_named = one_named_and_others(sentence, &n);
        let counted = exact
            && (named_after || in_brackets || with_one_named || inspected_in)
            && !only_member_states(text, sentence, &n)
            && !AFTER_ANOTHER_COUNT.is_match(n.before)
            && !SHARED_DATA_FROM.is_match(n.before)
            && !WANTED_BY.is_match(n.before);
        let took_part = TOOK_PART.is_match(n.clause_after());
        counted.then(|| (count + u32::from(with_one_named), n.mention.span.clone(), took_part))
    });
    let first = counts.next()?;
    let (count, span, _) = if first.2 { first } else { counts.find(|(_, _, took_part)| *took_part).unwrap_or(first) };
    Some((count, span))
}

/// Whether a count of countries follows one named ("Police in Austria and nine other
/// countries"): the count is of the others, and the sentence tells of them all.
fn one_named_and_others(sentence: &Sentence, n: &Placed) -> bool {
    let Some(named) = n.before.trim_end().strip_suffix(" and") else { return false };
    let named_end = sentence.span.start + named.len();
    n.after.starts_with("other countries") && sentence.countries.iter().any(|c| c.span.end == named_end)
}

/// Whether a sentence counts the countries that acted beside one it names, and so tells of
/// the whole operation.
pub fn names_one_of_the_counted(text: &str, sentence: &Sentence) -> bool {
    // Most sentences say no "other countries": no need to place their numbers.
    sentence.lower().contains("other countries")
        && placed(text, sentence, sentence.lower()).any(|n| one_named_and_others(sentence, &n))
}

/// Whether the count is of a union's member states and the sentence names other participants
/// after it ("23 EU Member States, Iceland and Norway"; "12 Member States and three third
/// countries"): then it counts only some of them, and the count of all is not stated.
fn only_member_states(text: &str, sentence: &Sentence, n: &Placed<'_>) -> bool {
    let Some(member_states) = MEMBER_STATES.find(n.after) else { return false };
    // `after` is a lowercase copy of the sentence's end, byte for byte.
    let rest_start = sentence.span.end - n.after.len();
    let rest = &text[rest_start..sentence.span.end];
    // Each country once: "(Austria, ...), led by the Austrian police".
    let mut codes_after: Vec<_> = sentence
        .countries
        .iter()
        .filter(|c| c.span.start >= rest_start + member_states.end())
        .map(|c| &c.code)
        .collect();
    codes_after.sort_unstable();
    codes_after.dedup();
    let named_after = codes_after.len();
    // "15 Member States were involved: Austria, ...": the list of those it counts.
    let others_named = named_after > 0 && named_after as u64 != n.mention.value;
    others_named || OTHER_COUNTRIES.is_match(&rest[member_states.end()..])
}

/// A length the sentence states in days ("Over only 5 days", "a five-day snapshot"); not a
/// time between events ("five days later").
pub fn stated_duration(text: &str, sentence: &Sentence) -> Option<u32> {
    if sentence.numbers.is_empty() {
        return None;
    }
    let lower = sentence.lower();
    // Every length read is in days: most sentences say no "day", and their numbers need not be
    // placed.
    if !lower.contains("day") {
        return None;
    }
    placed(text, sentence, lower).find_map(|n| {
        let days = n.after.strip_prefix("days").or_else(|| n.after.strip_prefix("-day"))?;
        let between_events =
            ["later", "after", "before", "ago", "earlier"].iter().any(|word| days.trim_start().starts_with(word));
        (!between_events).then(|| u32::try_from(n.mention.value).ok())?
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::country_index::CountryIndex;
    use crate::annotate::dates::NumericOrder;
    use crate::doc::Doc;

    /// What `read` finds in each sentence of `text`, annotated as the pipeline does.
    fn per_sentence<T>(text: &str, read: impl Fn(&str, &Sentence) -> T) -> Vec<T> {
        let doc = Doc::new(text, CountryIndex::shared(), NumericOrder::DayFirst);
        doc.sentences.iter().map(|sentence| read(text, sentence)).collect()
    }

    /// Each figure as "Metric value qualifier [as written]", for readable expectations.
    fn typed(text: &str) -> Vec<String> {
        per_sentence(text, sentence_figures)
            .into_iter()
            .flatten()
            .map(|f| {
                let qualifier = f.qualifier.as_deref().unwrap_or("exact");
                let part = if f.added_part { " (added part)" } else { "" };
                format!("{:?} {} {qualifier} [{}]{part}", f.metric, f.value, &text[f.number.clone()])
            })
            .collect()
    }

    fn count(text: &str) -> Option<u32> {
        per_sentence(text, stated_country_count).into_iter().flatten().next().map(|(n, _)| n)
    }

    fn days(text: &str) -> Option<u32> {
        per_sentence(text, stated_duration).into_iter().flatten().next()
    }

    fn check(table: &[(&str, &[&str])]) {
        for (text, expected) in table {
            assert_eq!(typed(text), *expected, "{text}");
        }
    }

    #[test]
    fn types_operation_totals() {
        check(&[
            ("An operation rescued 216 men, women and children in April.", &["VictimsRescued 216 exact [216]"]),
            // Two parts and who they are, with no total said: neither part is the total.
            ("Police said 40 women and three men, victims of trafficking, were rescued.", &[]),
            ("Police said 40 women and three men victims of trafficking were rescued.", &[]),
            ("Police rescued 120 people from forced labour.", &["VictimsRescued 120 exact [120]"]),
            ("Thirty disabled people forced to work in kilns have been freed.", &["VictimsRescued 30 exact [Thirty]"]),
            // A part of the count after it.
            ("Officials said 14 child victims were among 60 victims rescued.", &["VictimsRescued 60 exact [60]"]),
            ("It led to the rescue of almost 700 people.", &["VictimsRescued 700 almost [700]"]),
            ("Detectives arrested nine adults at two flats.", &["Arrests 9 exact [nine]"]),
            ("In all, 95 shipping crates inspected at the border held fakes.", &["Inspections 95 exact [95]"]),
            (
                "Operation Kestrel V has led to over 5,500 arrests and the seizure of $400 million in assets between July and November 2024.",
                &["Arrests 5500 over [5,500]", "Amount 400000000 exact [400 million]"],
            ),
            (
                "A total of 2,517 arrests were made during the week - 850 of which were specifically on human trafficking or migrant smuggling charges.",
                &["Arrests 2517 exact [2,517]", "ArrestsTraffickingSmuggling 850 exact [850]"],
            ),
            // A part of the victims is no count of arrests.
            (
                "In all, 300 victims of labour exploitation were identified, 90 of which of trafficking in human beings.",
                &["VictimsIdentified 300 exact [300]"],
            ),
            (
                "Globally, nearly 8 million checks were carried out against INTERPOL's databases.",
                &["DatabaseChecks 8000000 nearly [8 million]"],
            ),
            (
                "INTERPOL notices generated during the operation include 18 Red Notices for internationally wanted suspects, 367 Blue Notices for persons of interest.",
                &["NoticesRed 18 exact [18]", "NoticesBlue 367 exact [367]"],
            ),
            // A label and a number, then a clause of the line's own, read as a sentence.
            ("Arrests: 418, including 52 for people smuggling", &["Arrests 418 exact [418]"]),
            (
                "Irregular migrants identified: 3,090, of 27 nationalities",
                &["MigrantsIdentified 3090 exact [3,090]", "MigrantNationalities 27 exact [27]"],
            ),
            ("Potential victims of trafficking identified: 640", &["VictimsIdentified 640 exact [640]"]),
            ("Yellow Notices issued: 9", &["NoticesYellow 9 exact [9]"]),
            ("Total arrests: 1,204", &["Arrests 1204 exact [1,204]"]),
            ("Arrests ........ 95", &["Arrests 95 exact [95]"]),
        ]);
    }

    #[test]
    fn tells_rescued_from_identified_and_origins() {
        check(&[
            (
                "Authorities rescued some 430 human trafficking victims and identified 4,000 irregular migrants originating from 74 different countries.",
                &[
                    "VictimsRescued 430 some [430]",
                    "MigrantsIdentified 4000 exact [4,000]",
                    "MigrantNationalities 74 exact [74]",
                ],
            ),
            ("Law enforcement officials from 47 countries participated.", &[]),
            ("The fortnight saw 57 children safeguarded.", &["VictimsRescued 57 exact [57]"]),
            ("Officers said 23 children were safeguarded.", &["VictimsRescued 23 exact [23]"]),
            ("Officers rescued 17 forced labourers from a brick kiln.", &["VictimsRescued 17 exact [17]"]),
            ("Officers rescued 21 Laotian nationals from a farm.", &["VictimsRescued 21 exact [21]"]),
            ("Officers rescued 21 unregistered Laotian nationals.", &["VictimsRescued 21 exact [21]"]),
            ("Officers safeguarded 300 vulnerable people.", &[]),
            ("A search and rescue operation led to the rescue of six people on the river.", &[]),
            ("In total, 37 severely abused juveniles were recovered.", &["VictimsRescued 37 exact [37]"]),
            ("Agents recovered 12 children.", &["VictimsRescued 12 exact [12]"]),
            ("At least 15 adults and children were safeguarded after checks.", &[]),
            ("Agents arrested 64 pimps.", &["Arrests 64 exact [64]"]),
            ("The sweep led to the arrest of 57 alleged car parts traffickers.", &["Arrests 57 exact [57]"]),
            ("The raids led to the release of 64 women held in flats.", &["VictimsRescued 64 exact [64]"]),
            ("The raids led to the release of 64 women who were victims of a ring.", &["VictimsRescued 64 exact [64]"]),
            ("She said 31 of the victims rescued were women.", &[]),
            // A sentence inverted, its verb first.
            ("Rescued in the raids were 13 women from Peru.", &["VictimsRescued 13 exact [13]"]),
            ("Arrested during the raids were 40 suspects.", &["Arrests 40 exact [40]"]),
            ("Arrested during the raids were 40 kilograms of cocaine.", &[]),
            ("Officers found 12 children in the flat.", &[]),
            (
                "Investigations are ongoing following the discovery of 13 victims of trafficking.",
                &["VictimsIdentified 13 exact [13]"],
            ),
            // The verb after a number is the one before the next number.
            (
                "In all 3,120 migrants were identified, and 37 people were rescued from forced labour.",
                &["MigrantsIdentified 3120 exact [3,120]", "VictimsRescued 37 exact [37]"],
            ),
            ("In all 3,120 migrants were identified and rescued.", &["MigrantsRescued 3120 exact [3,120]"]),
        ]);
    }

    #[test]
    fn reads_word_numbers_spaces_and_currencies() {
        check(&[(
            "Seven suspects were arrested, and 2 315 migrants were identified; they paid as much as EUR 2,000 each.",
            &["Arrests 7 exact [Seven]", "MigrantsIdentified 2315 exact [2 315]", "Amount 2000 as much as [2,000]"],
        )]);
        let currencies = |text: &str| -> Vec<Option<String>> {
            per_sentence(text, sentence_figures).into_iter().flatten().map(|f| f.currency).collect()
        };
        // The amount in brackets is the same sum converted: one figure, as written first.
        assert_eq!(currencies("the seizure of 320,000 dinars (USD 2,400)"), [Some("dinars".to_string())]);
        assert_eq!(currencies("the seizure of USD 2,400 in cash"), [Some("USD".to_string())]);
    }

    #[test]
    fn leaves_unclear_numbers_out() {
        check(&[
            ("A 34-year old man smuggled 70 migrants into the United States in 2020.", &[]),
            ("Two subjects of INTERPOL Red Notices were seen.", &[]),
            ("More than 30 of the arrests were tied to sexual exploitation.", &[]),
        ]);
    }

    #[test]
    fn types_the_phrasings_of_arrests() {
        check(&[
            ("The operation led to 95 arrests.", &["Arrests 95 exact [95]"]),
            ("It resulted in the arrest of 64 suspects.", &["Arrests 64 exact [64]"]),
            // People found or arrested, in one count.
            ("Officers counted an arrest or location of 14 fugitives so far.", &[]),
            ("It ended with the capture of 12 drug traffickers.", &["Arrests 12 exact [12]"]),
            ("Police said 12 people out of the 140 suspects arrested in May were charged.", &[]),
            ("Two men were arrested for poaching, four traders were arrested for selling bushmeat.", &[]),
            ("Arrests totalled 83 over the week.", &["Arrests 83 exact [83]"]),
            ("It led to arrests amounting to 83.", &["Arrests 83 exact [83]"]),
            ("The operation led to the arrest of 1991 suspects.", &["Arrests 1991 exact [1991]"]),
            ("In all, 311 suspects were arrested.", &["Arrests 311 exact [311]"]),
            ("Police apprehended 12 smugglers.", &["ArrestsSmugglers 12 exact [12]"]),
            ("In all, 40 facilitators of migrant smuggling were arrested.", &["ArrestsSmugglers 40 exact [40]"]),
            (
                "The two-week operation caught 2,100 irregular migrants at sea.",
                &["MigrantsIdentified 2100 exact [2,100]"],
            ),
            // Traffickers of goods are arrests, not arrests of traffickers in people.
            (
                "The customs operation against cocaine smuggling led to the arrest of 70 suspected traffickers.",
                &["Arrests 70 exact [70]"],
            ),
            (
                "The raids on brothels led to the arrest of 9 suspected traffickers.",
                &["ArrestsTraffickers 9 exact [9]"],
            ),
            // Arrests in two places side by side: shares of a sum the text does not give.
            ("Two men were arrested in Coventry and two men and a woman were arrested in Slough.", &[]),
            (
                "A raid involving agencies across 12 states rescued 47 victims of trafficking.",
                &["VictimsRescued 47 exact [47]"],
            ),
            ("Interpol nabbed 286 human trafficking suspects.", &["Arrests 286 exact [286]"]),
            ("Sixteen lawbreakers were arrested in a sweep.", &["Arrests 16 exact [Sixteen]"]),
            ("Police raided the estate, arresting five suspected ringleaders.", &["Arrests 5 exact [five]"]),
            ("Officers detained 17 gang organisers in the raids.", &["Arrests 17 exact [17]"]),
            ("Eight foreign females were rescued in the raid.", &["VictimsRescued 8 exact [Eight]"]),
            // One group dismantled, told with "a" or "an"; a number, where one is told, instead.
            ("Police dismantled an organised crime group in Oslo.", &["GroupsDismantled 1 exact [an]"]),
            ("A smuggling network based in Bergen was taken down.", &["GroupsDismantled 1 exact [A]"]),
            ("Police dismantled 3 criminal groups and a gang.", &["GroupsDismantled 3 exact [3]"]),
            (
                "Eleven people were arrested after busting two cocaine gangs.",
                &["Arrests 11 exact [Eleven]", "GroupsDismantled 2 exact [two]"],
            ),
            (
                "Police broke up two smuggling gangs and arrested 9 people.",
                &["GroupsDismantled 2 exact [two]", "Arrests 9 exact [9]"],
            ),
            ("Police tried to dismantle a network.", &[]),
            ("Police began the raids, aimed at dismantling a ring that forged visas.", &[]),
            ("Police arrested 12 poachers and 9 drug peddlers.", &["Arrests 12 exact [12]", "Arrests 9 exact [9]"]),
            ("Police detained 41 suspected terrorists.", &["Arrests 41 exact [41]"]),
            ("In all, 436 accused have been identified and arrested.", &["Arrests 436 exact [436]"]),
            // Ages listed after "aged"; an arrest meant, not made.
            ("Three men aged 51, 43 and 40 were arrested.", &[]),
            // A count with others counted after it: parts of a total the text does not give.
            ("Raids led to the arrest of two people who ran the ring and four others who drove the vans.", &[]),
            // The last age of a range; the people are counted before it.
            ("Four alleged smugglers aged between 23 and 38 have been arrested.", &["ArrestsSmugglers 4 exact [Four]"]),
            ("Suspects aged from 19 to 52 were detained.", &[]),
            ("The five targeted for arrest were among at least 20 suspects in its sights.", &[]),
            // Victims counted before, told of again.
            ("Of the 35 potential victims identified and safeguarded, 18 were minors.", &[]),
            ("The 32 potential victims identified in the raids were women.", &["VictimsIdentified 32 exact [32]"]),
            ("The agency pinpointed 900 victims of the scams.", &["VictimsIdentified 900 exact [900]"]),
            ("It led to the protection of 414 potential victims.", &["VictimsRescued 414 exact [414]"]),
            ("Officers made 159 illegal working visits.", &["Inspections 159 exact [159]"]),
            ("It said checks carried out at 510 locations found drugs.", &["Inspections 510 exact [510]"]),
            ("Many people were checked on 288 premises.", &["Inspections 288 exact [288]"]),
            ("In the week, 640 incoming flights were monitored.", &["FlightsMonitored 640 exact [640]"]),
            ("Overall, 412 arrest were made.", &["Arrests 412 exact [412]"]),
            ("The family made 12 visits to the farm.", &[]),
            (
                "Nearly 350 potential sex-trafficking and forced labor victims were rescued.",
                &["VictimsRescued 350 nearly [350]"],
            ),
            // A breakdown in brackets is no count of its own; what was counted follows it.
            (
                "So far 14 (12 women and 2 men) suspected traffickers were arrested.",
                &["ArrestsTraffickers 14 exact [14]"],
            ),
            // People arrested for what they bought or used.
            ("Police of 13 countries arrested 34 users of attack tools.", &["Arrests 34 exact [34]"]),
            // Others counted with them: arrests, not all of them of smugglers.
            ("So far 192 smugglers and their associates have been arrested.", &["Arrests 192 exact [192]"]),
            ("Officers apprehended 31 suspected cybercriminals.", &["Arrests 31 exact [31]"]),
            // People named by what they did, and verbs of catching that say arrest.
            ("Agents arrested 27 of 40 defendants in four states.", &["Arrests 27 exact [27]"]),
            ("The sweep has snared 310 suspected online sellers.", &["Arrests 310 exact [310]"]),
            ("It led to the arrest of 19 darknet vendors.", &["Arrests 19 exact [19]"]),
            ("The coast guard detained 11 foreign fishermen at sea.", &["Arrests 11 exact [11]"]),
            ("It ended with the arrest of 40 alleged online predators.", &["Arrests 40 exact [40]"]),
            ("Network Uncovered, 539 Taken into Custody", &["Arrests 539 exact [539]"]),
            ("Police identified 900 potential adult victims and 40 suspects.", &[]),
            ("500 rescued, 40 arrested in raids", &["Arrests 40 exact [40]"]),
            (
                "The evidence allowed prosecutors to initiate 45 new investigations.",
                &["InvestigationsOpened 45 exact [45]"],
            ),
            ("Officers inspected more than 1,100 farms.", &["Inspections 1100 more than [1,100]"]),
            ("They carried out some 3,900 vehicle inspections.", &["Inspections 3900 some [3,900]"]),
            ("New investigations opened: 23", &["InvestigationsOpened 23 exact [23]"]),
            (
                "The raids led police to initiate 12 new cases of forced labour.",
                &["InvestigationsOpened 12 exact [12]"],
            ),
            ("Officers opened files on 12 cases of forced labour found in 2019.", &[]),
            ("Number of people arrested: 612.", &["Arrests 612 exact [612]"]),
            ("Number of victims: 2,418.", &["VictimsIdentified 2418 exact [2,418]"]),
            ("It led to nearly 90 newly opened investigations.", &["InvestigationsOpened 90 nearly [90]"]),
            ("associated investigations triggered: 197", &["InvestigationsOpened 197 exact [197]"]),
            ("human trafficking victims identified: 823", &["VictimsIdentified 823 exact [823]"]),
            ("Officers found 640 individuals believed to be victims.", &["VictimsIdentified 640 exact [640]"]),
            (
                "Twelve Laotian labourers believed to be victims of forced labour were rescued from a mill.",
                &["VictimsRescued 12 exact [Twelve]"],
            ),
            ("The agency confirmed the opening of 95 new investigations.", &["InvestigationsOpened 95 exact [95]"]),
            ("395 victims removed from exploitation", &["VictimsRescued 395 exact [395]"]),
            ("Police rescued as many as 1,940 children.", &["VictimsRescued 1940 exact [1,940]"]),
            ("Officers say 23 people have been rescued.", &["VictimsRescued 23 exact [23]"]),
            ("• 31 suspects in Chile, Peru and Fiji arrested;", &["Arrests 31 exact [31]"]),
            (
                "Results: 300 potential victims rescued; 1,700 irregular migrants identified.",
                &["VictimsRescued 300 exact [300]", "MigrantsIdentified 1700 exact [1,700]"],
            ),
            ("• 31 suspects in Chile, Peru and Fiji were questioned and then arrested by police;", &[]),
            ("The raid led to the rescue of nine South African students.", &["VictimsRescued 9 exact [nine]"]),
            ("In all, 90 kids were freed from begging rings.", &["VictimsRescued 90 exact [90]"]),
            ("Officers booked 12 cases against the employers.", &["InvestigationsOpened 12 exact [12]"]),
            (
                "Inquiries brought the opening of 90 cases and the safeguarding of 64 children.",
                &["InvestigationsOpened 90 exact [90]", "VictimsRescued 64 exact [64]"],
            ),
            ("The court heard 12 cases against the employers.", &[]),
            (
                "The operation led to the arrest of 143 people, 52 of them on human trafficking charges.",
                &["Arrests 143 exact [143]", "ArrestsTraffickingSmuggling 52 exact [52]"],
            ),
            (
                "Police arrested 38 people for various crimes (of which 29 for labour exploitation).",
                &["Arrests 38 exact [38]", "ArrestsTraffickingSmuggling 29 exact [29]"],
            ),
            (
                "The police said that 310 people were arrested – 64 for human trafficking offences.",
                &["Arrests 310 exact [310]", "ArrestsTraffickingSmuggling 64 exact [64]"],
            ),
            (
                "Kestrel saw 120 arrests – 40 for human trafficking and 22 on smuggling charges.",
                &["Arrests 120 exact [120]"],
            ),
            // Migrants held for want of papers are found, not arrested as suspects.
            ("Border checks led to 8,120 arrests of irregular migrants.", &["MigrantsIdentified 8120 exact [8,120]"]),
            ("Border checks led to 34 arrests of migrant smugglers.", &["Arrests 34 exact [34]"]),
            (
                "Of the 126 arrests, 41 were made on human trafficking or migrant smuggling charges.",
                &["Arrests 126 exact [126]", "ArrestsTraffickingSmuggling 41 exact [41]"],
            ),
            (
                "Officers apprehended 52 suspects, 19 of them suspected people smugglers.",
                &["Arrests 52 exact [52]", "ArrestsSmugglers 19 exact [19]"],
            ),
            (
                "Of those detained, 23 are suspected of smuggling migrants; the others were held for fraud.",
                &["ArrestsSmugglers 23 exact [23]"],
            ),
            ("Police arrested 96 suspects, 40 of them women.", &["Arrests 96 exact [96]"]),
            // A part of the victims just counted, though the sentence tells of arrests too.
            (
                "Officers detained two smugglers and freed 31 victims, 30 of whom were minors, from trafficking rings on the coast.",
                &["ArrestsSmugglers 2 exact [two]", "VictimsRescued 31 exact [31]"],
            ),
            ("12 people were detained.", &["Arrests 12 exact [12]"]),
            ("Officers detained 40 suspects.", &["Arrests 40 exact [40]"]),
            ("Gardaí arrested 4 males in Limerick.", &["Arrests 4 exact [4]"]),
            ("Two foreigners were arrested at the farm.", &["Arrests 2 exact [Two]"]),
            (
                "In all, 120 people, including locals and foreign workers, were also arrested.",
                &["Arrests 120 exact [120]"],
            ),
            ("Nine men, aged from 19 to 52, were arrested.", &["Arrests 9 exact [Nine]"]),
            ("It said 84 suspects in 17 countries had been arrested.", &["Arrests 84 exact [84]"]),
            ("Police took 30 people into custody.", &["Arrests 30 exact [30]"]),
            ("Results include a total of 2 048 arrests.", &["Arrests 2048 exact [2 048]"]),
            ("Police arrested 5 suspects.", &["Arrests 5 exact [5]"]),
            ("Three hundred suspects were arrested.", &["Arrests 300 exact [Three hundred]"]),
            ("One suspect was arrested in Spain.", &["Arrests 1 exact [One]"]),
            ("One man was detained at the port while four others were arrested in town.", &[]),
            ("Arrests: 95", &["Arrests 95 exact [95]"]),
            ("Arrests | 42 |", &["Arrests 42 exact [42]"]),
            ("• 95 arrests", &["Arrests 95 exact [95]"]),
            ("Victims rescued – 212", &["VictimsRescued 212 exact [212]"]),
            ("Arrests 95", &["Arrests 95 exact [95]"]),
            ("Red Notices: more than 18", &["NoticesRed 18 more than [18]"]),
            // Notices matched in a search, not issued.
            ("Checks gave 40 hits in the databases, among them 7 red notices.", &[]),
            ("Officers issued 7 red notices.", &["NoticesRed 7 exact [7]"]),
            ("Arrests 2024", &[]),
            (
                "Approximately 1.2 million database checks were carried out.",
                &["DatabaseChecks 1200000 approximately [1.2 million]"],
            ),
        ]);
    }

    #[test]
    fn keeps_parts_of_a_total_apart() {
        check(&[
            (
                "Results so far have yielded a total of 300 arrests, including 88 suspected traffickers and 83 migrant smugglers.",
                &["Arrests 300 exact [300]", "ArrestsTraffickers 88 exact [88]", "ArrestsSmugglers 83 exact [83]"],
            ),
            ("Police arrested 40 suspects, of whom 12 were minors.", &["Arrests 40 exact [40]"]),
            // Parts in brackets after the arrests; drug trafficking is no trafficking in people.
            (
                "The days ended with 410 arrests (120 related to migrant smuggling, 95 drug trafficking, 35 other crimes).",
                &[
                    "Arrests 410 exact [410]",
                    "ArrestsTraffickingSmuggling 120 exact [120]",
                    "ArrestsOtherCrimes 35 exact [35]",
                ],
            ),
            ("It led to 140 arrests (52 for drug trafficking).", &["Arrests 140 exact [140]"]),
            (
                "It led to 140 arrests (52 for trafficking in human beings).",
                &["Arrests 140 exact [140]", "ArrestsTraffickingSmuggling 52 exact [52]"],
            ),
            // People counted beside others with no total: each is a part of an unsaid sum.
            ("Three men and a woman were arrested in the raids.", &[]),
            ("Police rescued 30 adults and 6 minors from the farm.", &[]),
            ("Officers said they arrested 31 men and two women for running card dens.", &[]),
            ("Customs help nab 64 suspects in harbour sweep", &["Arrests 64 exact [64]"]),
            ("Nabbed 12 suspects at the port", &["Arrests 12 exact [12]"]),
            ("Officers were unable to trace 12 suspects.", &[]),
            (
                "Officers arrested 35 people after 120 drivers were questioned at the border.",
                &["Arrests 35 exact [35]"],
            ),
            ("Police arrested 200 men and women in the raids.", &["Arrests 200 exact [200]"]),
            ("Police arrested three \u{201c}top tier\u{201d} suspects in the raids.", &["Arrests 3 exact [three]"]),
            ("Six undocumented foreign workers were arrested.", &["Arrests 6 exact [Six]"]),
            (
                "A total of 3,100 people \u{2013} 2,950 men and 150 women \u{2013} were also detained.",
                &["Arrests 3100 exact [3,100]"],
            ),
            ("Police captured 312 suspects in the sweep.", &["Arrests 312 exact [312]"]),
            ("The sweep led to 41 police cases being opened.", &["InvestigationsOpened 41 exact [41]"]),
            ("Officers opened the doors in 12 drug cases.", &[]),
            (
                "Twenty seven workers, including 21 visitors and six people working without permits were detained.",
                &["Arrests 27 exact [Twenty seven]"],
            ),
            (
                "Three cells engaged in smuggling were busted and 27 operatives arrested.",
                &["GroupsDismantled 3 exact [Three]", "Arrests 27 exact [27]"],
            ),
            ("A total of 300 arrests were made, including 30 arrests in Spain.", &["Arrests 300 exact [300]"]),
            ("Some 100 additional arrests were made for other crimes.", &["ArrestsOtherCrimes 100 some [100]"]),
            // Parts with or without a total: added to others told before, or of the wanted.
            (
                "The sweep led to the detention of 80 people. Ten were held on notices; another 70 were apprehended on national warrants.",
                &["Arrests 80 exact [80]", "Arrests 70 exact [70] (added part)"],
            ),
            ("Another 70 people were apprehended on national warrants.", &["Arrests 70 exact [70] (added part)"]),
            ("Also, four suspects were arrested for poaching.", &["Arrests 4 exact [four] (added part)"]),
            ("The hits led to 9 additional arrests.", &["Arrests 9 exact [9] (added part)"]),
            ("Checks led to an additional 15 people being arrested.", &["Arrests 15 exact [15] (added part)"]),
            ("Officers then arrested four further men in Leeds.", &["Arrests 4 exact [four] (added part)"]),
            ("Tips brought the arrest of further 12 people.", &["Arrests 12 exact [12] (added part)"]),
            ("A woman and three men were arrested in Leeds.", &["Arrests 4 exact [three]"]),
            // The arrests named before their number, and people whose suspected crimes run over
            // commas before their arrest.
            ("By Friday the total arrests was 2 315.", &["Arrests 2315 exact [2 315]"]),
            ("The number of arrests stood at 86.", &["Arrests 86 exact [86]"]),
            ("The raid brings the total number of arrests in the case to 41.", &["Arrests 41 exact [41]"]),
            ("So far 97 people suspected of fraud, theft or the like have been detained.", &["Arrests 97 exact [97]"]),
            ("So far 97 people suspected of fraud, theft or arson were questioned.", &[]),
            ("Some 600 violators of residency, labour and border rules were arrested.", &["Arrests 600 some [600]"]),
            // One count of people arrested or in another state counts both.
            ("Police said 64 people were arrested or are being investigated.", &[]),
            ("Police said 64 people were arrested or detained.", &["Arrests 64 exact [64]"]),
            // People, then things or acts after "and": no sum of people.
            ("The checks brought the arrest of 31 people and 44 drug seizures.", &["Arrests 31 exact [31]"]),
            ("Officers held 31 men and 4 women.", &[]),
            (
                "Police rescued 40 children and 10 units arrested 30 suspects.",
                &["VictimsRescued 40 exact [40]", "Arrests 30 exact [30]"],
            ),
            ("Investigators identified 14 suspects and 38 possible victims.", &["VictimsIdentified 38 exact [38]"]),
            ("Close to 40 victims of forced labour were brought to safety.", &["VictimsRescued 40 close to [40]"]),
            (
                "Twelve children had been \u{201c}removed from harm\u{201d} in the raids.",
                &["VictimsRescued 12 exact [Twelve]"],
            ),
            ("Twelve victims were removed from harm by officers.", &["VictimsRescued 12 exact [Twelve]"]),
            ("Officers saved 9 boys from more harm.", &["VictimsRescued 9 exact [9]"]),
            ("Police freed 48 child slaves on farms.", &["VictimsRescued 48 exact [48]"]),
            ("Three young girls thought to be possible victims were rescued.", &["VictimsRescued 3 exact [Three]"]),
            ("A further 31 people were detained for other offences.", &["ArrestsOtherCrimes 31 exact [31]"]),
            ("Police arrested 31 people for migrant smuggling or other offences.", &["Arrests 31 exact [31]"]),
            (
                "Officers made 40 arrests for child trafficking and 26 for offences like theft.",
                &["ArrestsTraffickingSmuggling 40 exact [40]", "ArrestsOtherCrimes 26 exact [26]"],
            ),
            // Arrests for the operation's crimes beside arrests for others: neither is all arrests.
            (
                "Police detained 12 suspects for people smuggling and a further 40 people were detained for other crimes.",
                &["ArrestsTraffickingSmuggling 12 exact [12]", "ArrestsOtherCrimes 40 exact [40]"],
            ),
            (
                "Raids led to 12 arrests in connection with people smuggling, and 20 arrests for theft and fraud.",
                &["ArrestsTraffickingSmuggling 12 exact [12]", "ArrestsOtherCrimes 20 exact [20]"],
            ),
            // One count for smuggling and other crimes together is all arrests.
            (
                "Police made a further 70 arrests related to smuggling, theft and other crimes.",
                &["Arrests 70 exact [70] (added part)"],
            ),
            ("Three fugitives wanted abroad were arrested at the port.", &["Arrests 3 exact [Three] (added part)"]),
            // Something else added to the arrests: they are the count already made.
            ("In addition to the three suspects arrested, police opened 5 cases.", &["Arrests 3 exact [three]"]),
            ("Officers are still questioning 40 people besides the 212 arrests made.", &["Arrests 212 exact [212]"]),
            // A whole series' tally is not this edition's.
            ("The seven editions have yielded 15,000 arrests.", &[]),
            ("In 2019, the agency ran four Joint Action Days that led to the arrest of 96 smugglers.", &[]),
            ("Since the series began in 2014 it has led to 12,500 arrests.", &[]),
            ("The three Harrier operations to date have led to 2,600 arrests.", &[]),
            ("Europol’s four Harrier operations have led to 2,600 arrests.", &[]),
            ("The operation led to 400 arrests in five days.", &["Arrests 400 exact [400]"]),
            ("The largest operation to date led to 400 arrests.", &["Arrests 400 exact [400]"]),
            // A body's record over years is not this action's; the operation's own since a
            // month is.
            ("Since 2016 the coastguard has dismantled 21 smuggling networks.", &[]),
            ("Since the start of the year the unit has arrested 212 suspected smugglers.", &[]),
            ("Since 2014, \u{201c}Kestrel\u{201d} operations have brought 2,600 arrests.", &[]),
            ("Since May 2024 the operation has led to 40 arrests.", &["Arrests 40 exact [40]"]),
            // A body's months against others, neither.
            (
                "Officers arrested 1,050 people from January to June, 40 per cent more than in the same \
                 period of 2022.",
                &[],
            ),
            ("Arrests rose to 310 last year, a rise of 12 per cent year on year.", &[]),
            // A record over months or years gone by; a week is an action's own time.
            ("It was the third such operation in the past 14 months, with 40 arrests in all.", &[]),
            ("Over the last week, 19 of the suspects were arrested.", &["Arrests 19 exact [19]"]),
            // Finds an action followed are not its own; an action it followed may be its first part.
            ("The arrests come after 60 migrants were found in two lorries in March.", &[]),
            ("The raids follow the discovery of 60 migrants in a lorry.", &[]),
            (
                "The arrests came after a week of raids in which 60 migrants were found.",
                &["MigrantsIdentified 60 exact [60]"],
            ),
        ]);
    }

    #[test]
    fn reads_checks_in_millions_launched_investigations_and_safeguarded_children() {
        check(&[
            (
                "Officers ran more than 3 million crosschecks against the police databases.",
                &["DatabaseChecks 3000000 more than [3 million]"],
            ),
            (
                "Officers ran some 2 million searches against the police databases.",
                &["DatabaseChecks 2000000 some [2 million]"],
            ),
            ("The week saw the launch of 212 investigations.", &["InvestigationsOpened 212 exact [212]"]),
            (
                "The evidence found allowed police to open 41 new investigations.",
                &["InvestigationsOpened 41 exact [41]"],
            ),
            (
                "In all, 45 new labour exploitation investigations were initiated.",
                &["InvestigationsOpened 45 exact [45]"],
            ),
            ("The operation prompted 193 new investigations.", &["InvestigationsOpened 193 exact [193]"]),
            ("The checks prompted 14 new inquiries.", &["InvestigationsOpened 14 exact [14]"]),
            ("The inspections resulted in at least 96 investigations.", &["InvestigationsOpened 96 at least [96]"]),
            ("The week resulted in 1,140 people being arrested.", &["Arrests 1140 exact [1,140]"]),
            ("The week saw 76 people either being arrested or questioned.", &[]),
            ("Some 5,000 parcels were inspected by customs.", &["Inspections 5000 some [5,000]"]),
            ("2 406 work sites checked", &["Inspections 2406 exact [2 406]"]),
            ("Inspectors checked 368 farms during the week.", &["Inspections 368 exact [368]"]),
            ("In all, 1,161 locations were controlled.", &["Inspections 1161 exact [1,161]"]),
            ("Labour inspectors initiated 92 new inspections.", &[]),
            ("Officers checked 7,000 people; 310 premises were visited.", &["Inspections 310 exact [310]"]),
            ("Some 80 officers took part, visiting 35 sites.", &["Inspections 35 exact [35]"]),
            ("The agency backed inspections of 24 companies.", &["Inspections 24 exact [24]"]),
            ("Officers made inspections of 50 vehicles.", &[]),
            // Places in a list of what was checked, wherever the verb stands; not where checks were.
            ("Officers checked 9,400 people, 1,200 locations and 2,500 vehicles.", &["Inspections 1200 exact [1,200]"]),
            ("In all, 77 people, 312 places and 900 vehicles were checked.", &["Inspections 312 exact [312]"]),
            ("In all 670 sites, 1,400 lorries and 2,200 people were checked.", &["Inspections 670 exact [670]"]),
            ("Some 9,000 people were checked, along with 420 locations.", &["Inspections 420 exact [420]"]),
            ("Officers checked some 9,000 people at 12 locations.", &[]),
            ("Officers executed nine arrest warrants.", &["Arrests 9 exact [nine]"]),
            ("Judges issued 40 arrest warrants.", &[]),
            ("Arrest warrants were issued against 14 people.", &[]),
            ("Officers carried out inspections in a total of 11 360 locations.", &["Inspections 11360 exact [11 360]"]),
            ("Joint inspections in 9 Member States led to fines.", &[]),
            ("Inspections were carried out at over 2 150 places of business.", &["Inspections 2150 over [2 150]"]),
            ("Checks took place at 870 farms and depots.", &["Inspections 870 exact [870]"]),
            ("It included the visit of 640 business premises.", &["Inspections 640 exact [640]"]),
            (
                "Officers checked 3 million travellers against the police databases.",
                &["DatabaseChecks 3000000 exact [3 million]"],
            ),
            ("Officers checked 3 million travellers at the border.", &[]),
            (
                "Some 4,000 lorries were screened against the stolen vehicle database.",
                &["DatabaseChecks 4000 some [4,000]"],
            ),
            ("Some 4,000 lorries were screened at the border.", &[]),
            (
                "Officers ran 2.4 million checks. They used the police databases to find stolen cars.",
                &["DatabaseChecks 2400000 exact [2.4 million]"],
            ),
            ("Officers ran 2.4 million checks. They found stolen cars in the port.", &[]),
            ("Some 5,000 parcels were seized by customs.", &[]),
            ("Police safeguarded at least 64 children.", &["VictimsRescued 64 at least [64]"]),
            ("Police found 64 children at the border.", &[]),
            ("Arrest of 31 suspected people smugglers", &["ArrestsSmugglers 31 exact [31]"]),
            ("Guards said 8 alleged human smugglers were detained.", &["ArrestsSmugglers 8 exact [8]"]),
            ("Detection of 2,400 irregular migrants", &["MigrantsIdentified 2400 exact [2,400]"]),
        ]);
    }

    #[test]
    fn types_victims_and_migrants_by_their_verb() {
        check(&[
            ("Police rescued 212 victims.", &["VictimsRescued 212 exact [212]"]),
            ("Officers identified 45 victims of trafficking.", &["VictimsIdentified 45 exact [45]"]),
            ("Police found 13 victims.", &["VictimsIdentified 13 exact [13]"]),
            ("In one instance, 24 Togolese victims were safeguarded in Mali.", &["VictimsRescued 24 exact [24]"]),
            ("Close to 100 potential victims were identified and rescued.", &["VictimsRescued 100 close to [100]"]),
            ("The operation led to the rescue of 2 048 victims.", &["VictimsRescued 2048 exact [2 048]"]),
            (
                "Police arrested 120 people and freed 318 victims of trafficking.",
                &["Arrests 120 exact [120]", "VictimsRescued 318 exact [318]"],
            ),
            ("One victim was rescued.", &["VictimsRescued 1 exact [One]"]),
            ("Officers intercepted 120 migrants.", &["MigrantsIdentified 120 exact [120]"]),
            // Migrants detained at a road check were found, not arrested; the smugglers were.
            (
                "Soldiers detained 41 migrants and four presumed people smugglers at a checkpoint.",
                &["MigrantsIdentified 41 exact [41]", "ArrestsSmugglers 4 exact [four]"],
            ),
            ("Guards found 85 migrants in a lorry.", &["MigrantsIdentified 85 exact [85]"]),
            (
                "Overall, 80 foreigners, among them 30 Laotians, were freed by the army.",
                &["VictimsRescued 80 exact [80]"],
            ),
            (
                "In Leeds 6 men have been arrested and 9 workers rescued.",
                &["Arrests 6 exact [6]", "VictimsRescued 9 exact [9]"],
            ),
            ("Divers found the bodies of 12 migrants.", &[]),
            ("Officers arrested four prison guards on Friday.", &["Arrests 4 exact [four]"]),
            ("Two border guards were detained at dawn.", &["Arrests 2 exact [Two]"]),
            ("Police arrested 30 people with the help of 500 officers.", &["Arrests 30 exact [30]"]),
            ("Police detected 75 irregular migrants.", &["MigrantsIdentified 75 exact [75]"]),
            ("The coast guard rescued 69 migrants.", &["MigrantsRescued 69 exact [69]"]),
            (
                "Some 4,000 migrants from 29 nationalities were identified.",
                &["MigrantsIdentified 4000 some [4,000]", "MigrantNationalities 29 exact [29]"],
            ),
            (
                "Police identified 900 migrants of 58 different nationalities.",
                &["MigrantsIdentified 900 exact [900]", "MigrantNationalities 58 exact [58]"],
            ),
            ("Officers of 12 nationalities took part.", &[]),
            ("Four men were intercepted leading a group of 103 migrants.", &[]),
            (
                "200 victims were rescued and 30 migrants identified.",
                &["VictimsRescued 200 exact [200]", "MigrantsIdentified 30 exact [30]"],
            ),
        ]);
    }

    #[test]
    fn never_types_ages_years_percentages_names_or_things() {
        check(&[
            ("A man aged 17 was among 5 people arrested.", &["Arrests 5 exact [5]"]),
            ("Arrests rose by 40% and 40 per cent of the victims were minors.", &[]),
            ("In 2023 arrests rose sharply.", &[]),
            ("Identified in the course of 2020’s Operation Turquesa II, he was arrested.", &[]),
            ("Edition 3 arrests were reviewed.", &[]),
            ("The hotline +44 20 7946 0958 took 300 calls.", &[]),
            ("Police seized 79 passports and 12 vehicles.", &[]),
            ("He was one of the suspects arrested.", &[]),
            ("The one-week operation ended.", &[]),
            ("Police arrested one suspect.", &[]),
            ("Police arrested a man who had smuggled 70 people.", &[]),
            ("Police identified 100 suspects and arrested 20 of them.", &[]),
            ("Police who arrested the leader on Monday found 12 people hiding.", &[]),
            ("Migrants paid around USD 22,000 per person.", &["Amount 22000 around [22,000]"]),
            // One sum in two currencies is one figure.
            ("Police seized 320,000 dinars (USD 2,400) and phones.", &["Amount 320000 exact [320,000]"]),
            (
                "Police seized EUR 5,000 and, separately, USD 2,400.",
                &["Amount 5000 exact [5,000]", "Amount 2400 exact [2,400]"],
            ),
        ]);
    }

    #[test]
    fn counts_participants_but_not_origins_or_members() {
        let table: &[(&str, Option<u32>)] = &[
            ("carried out across 116 countries and territories.", Some(116)),
            ("Law enforcement officials from 47 countries participated.", Some(47)),
            ("police in 38 countries took part.", Some(38)),
            ("In all, 29 countries took part.", Some(29)),
            ("Officers from 17 countries rescued 200 victims.", Some(17)),
            ("The operation involved 12 nations.", Some(12)),
            ("The action week involved 31* countries in total.", Some(31)),
            ("The action involved six of the West African countries.", Some(6)),
            ("In all, 40 customs administrations participated.", Some(40)),
            ("Five European Union countries launched a joint plan.", Some(5)),
            ("Raids took place in three of the countries.", None),
            // "all" before those who took part; before a membership, no count of them.
            ("Police from all three countries took part.", Some(3)),
            ("The week ran with five INTERPOL member countries.", Some(5)),
            ("The alert went to all 195 countries.", None),
            ("The alert went to all 195 member countries.", None),
            ("Police from all 27 countries of the Union and two others took part.", None),
            ("Officers from 18 EU and non-EU countries took part.", Some(18)),
            ("The participating countries (24) are listed below.", Some(24)),
            ("some 800 irregular migrants from 30 different countries.", None),
            ("migrants from 58 countries were identified.", None),
            ("Most victims came from 12 countries of origin.", None),
            ("INTERPOL's 194 member countries.", None),
            ("INTERPOL’s 196 countries share data.", None),
            ("It built on last year's drive, in which 24 countries took part.", None),
            ("The operation's review drew delegates from 7 countries.", None),
            ("Inquiries ran for years, with five countries having opened criminal cases.", None),
            ("All 195 countries share data.", None),
            ("The vehicle database holds 9 million records from 130 countries.", None),
            ("The round-up targeted 90 fugitives wanted by 17 countries.", None),
            ("Agencies that took part include: Barrie Police, Six Nations Police and York Police.", None),
            ("Six Nations took part.", Some(6)),
            ("Operation Kite drew 90 officers from 5 countries: Benin, Ghana and Togo.", Some(5)),
            ("Officers from all 27 participating countries checked shops.", Some(27)),
            ("Joint inspections in 9 Member States led to fines.", Some(9)),
            ("Children work in the plantations across these two countries alone.", None),
            ("More than 40 countries took part.", None),
            ("The checks ran in 14 different countries over a week.", Some(14)),
            ("Smugglers moved people from 40 different countries.", None),
            ("Police in nine EU Member States searched lorries.", Some(9)),
            // Members of a union and others besides: the count is of some participants only.
            ("Nine EU Member States, Norway and Iceland ran checks on lorries.", None),
            ("Teams from 12 Member States and two third countries took part.", None),
            ("Checks ran at crossings in 17 EU countries and five countries in the Balkans.", None),
            ("Checks ran at crossings in 17 EU countries.", Some(17)),
            ("19 EU countries and 3 other European countries took part in the checks.", None),
            ("Three Member States were involved: Austria, Malta and Spain.", Some(3)),
            ("Three Member States were involved: Austria, Malta, Spain and Peru.", None),
            ("It ran with the involvement of 3 Member States (Austria, Malta and Spain).", Some(3)),
            // A country named twice, once by its people, is one country.
            (
                "Police from three EU Member States (Austria, Malta and Spain), led by the Spanish police, raided homes.",
                Some(3),
            ),
            // In Spanish: where the operation ran or who took part, not where people came from.
            ("La operación se saldó con 51 detenidos en 17 países.", Some(17)),
            ("En la operación participaron 9 países de la región.", Some(9)),
            ("La acción reunió a policías de 23 países.", Some(23)),
            ("Los 11 países participantes compartieron datos.", Some(11)),
            ("L’opération a eu lieu dans 14 pays d’Afrique.", Some(14)),
            ("Les 9 pays participants ont échangé des données.", Some(9)),
            ("Des agents ont agi sur 20 sites des 4 pays suivants : le Mali, le Niger, le Tchad et le Togo.", Some(4)),
            ("Les victimes venaient de 6 pays.", None),
            ("Las víctimas procedían de 6 países.", None),
        ];
        for (text, expected) in table {
            assert_eq!(count(text), *expected, "{text}");
        }
    }

    #[test]
    fn reads_stated_durations() {
        assert_eq!(days("Over only 5 days, this operation led to 152 arrests."), Some(5));
        assert_eq!(days("a five-day snapshot"), Some(5));
        assert_eq!(days("a four-hour car journey"), None);
        assert_eq!(days("He was arrested five days later."), None);
    }

    /// The seeds' sentences that golden.rs cites, with the figures it expects of them.
    #[test]
    fn types_the_seeds_as_golden_expects() {
        check(&[
            (
                "LYON, France – An operation led by INTERPOL targeting international migrant smuggling and human trafficking networks has led to more than 200 arrests and the identification of some 3,500 irregular migrants in the Americas, Africa, Europe and Asia.",
                &["Arrests 200 more than [200]", "MigrantsIdentified 3500 some [3,500]"],
            ),
            (
                "More than 50,000 checks against INTERPOL databases were made at air, land and sea borders as well as national hotspots throughout the one-week operation coordinated from Brazilian Federal Police headquarters in Brasilia, with round-the-clock support from INTERPOL’s Command and Coordination Centre.",
                &["DatabaseChecks 50000 more than [50,000]"],
            ),
            (
                "INTERPOL notices generated during the operation include 18 Red Notices for internationally wanted suspects, 367 Blue Notices for persons of interest, 188 Yellow Notices for missing persons, and 4 Purple Notices on new criminal modus operandi.",
                &[
                    "NoticesRed 18 exact [18]",
                    "NoticesBlue 367 exact [367]",
                    "NoticesYellow 188 exact [188]",
                    "NoticesPurple 4 exact [4]",
                ],
            ),
            (
                "Close to 100 potential victims of human trafficking were identified and rescued in Brazil, Chile, the Dominican Republic, El Salvador, Spain and Uruguay.",
                &["VictimsRescued 100 close to [100]"],
            ),
            (
                "In Brazil, police action against organized crime groups such as Sonho Americano, Lei do Retorno and CaiCai III uncovered how migrants paid around USD 22,000 per person to travel from Brazil to the USA.",
                &["Amount 22000 around [22,000]"],
            ),
            (
                "Operation Liberterra II (29 September to 4 October) led to the rescue of 3,222 potential victims of human trafficking and identified 17,793 irregular migrants.",
                &["VictimsRescued 3222 exact [3,222]", "MigrantsIdentified 17793 exact [17,793]"],
            ),
            (
                "Authorities around the world conducted police raids, reinforced strategic border points, monitored nearly 24,000 flights and deployed officers to known trafficking and smuggling hotspots.",
                &["FlightsMonitored 24000 nearly [24,000]"],
            ),
            (
                "In one instance, 24 Togolese victims were safeguarded in Mali. The women had been promised employment in locations as far away as North America, but instead, they were charged \"recruitment fees\" of up to USD 6,000 to operate a multi-level marketing scheme. So far, 10 arrests have been made.",
                &["VictimsRescued 24 exact [24]", "Amount 6000 up to [6,000]", "Arrests 10 exact [10]"],
            ),
            (
                "LYON, France – Criminal groups behind human trafficking and migrant smuggling have been hit hard in an operation coordinated by INTERPOL, with 286 suspects arrested worldwide.",
                &["Arrests 286 exact [286]"],
            ),
            (
                "Law enforcement officials from 47 countries participated in Operation Liberterra (5 - 9 July), carrying out some 500,000 inspections at checkpoints and airports as well as at hotspots identified through intelligence and investigations.",
                &["Inspections 500000 some [500,000]"],
            ),
            (
                "In addition, 60 new transnational investigations were initiated.",
                &["InvestigationsOpened 60 exact [60]"],
            ),
            (
                "“With 22 criminal groups dismantled, it also shows what coordinated, global law enforcement action can achieve.”",
                &["GroupsDismantled 22 exact [22]"],
            ),
            (
                "INTERPOL’s databases were queried 508,000 times and Notices played a key role in the location and arrest of wanted individuals.",
                &["DatabaseChecks 508000 exact [508,000]"],
            ),
            (
                "Authorities in Sudan rescued 253 victims of human trafficking, arresting 32 suspects.",
                &["VictimsRescued 253 exact [253]", "Arrests 32 exact [32]"],
            ),
            (
                "LYON, France – In an INTERPOL-led crackdown on the criminal groups behind human trafficking and migrant smuggling, authorities across 44 countries have rescued nearly 700 victims of human trafficking.",
                &["VictimsRescued 700 nearly [700]"],
            ),
            (
                "Some 100 additional arrests were made for other crimes such as document forgery, organized crime, firearms and drug trafficking, highlighting the poly-criminal nature of organized crime groups.",
                &["ArrestsOtherCrimes 100 some [100]"],
            ),
            (
                "Some 4,000 migrants from 29 nationalities were identified during the operation, however police actions on the ground mainly focused on dismantling the networks behind smuggling activities:",
                &["MigrantsIdentified 4000 some [4,000]", "MigrantNationalities 29 exact [29]"],
            ),
            (
                "Over only 5 days, this operation led to 152 arrests and the identification of about 800 irregular migrants from 30 different countries.",
                &[
                    "Arrests 152 exact [152]",
                    "MigrantsIdentified 800 about [800]",
                    "MigrantNationalities 30 exact [30]",
                ],
            ),
        ]);
        let counts = [
            (
                "Operation Turquesa II (27 November – 3 December) saw authorities in 32 countries across multiple continents act on leads generated by national investigations before the operation, with support from INTERPOL’s programme against the smuggling of migrants.",
                32,
            ),
            (
                "GLASGOW, United Kingdom - INTERPOL today is releasing preliminary results of its largest-ever operation against human trafficking and migrant smuggling, carried out across 116 countries and territories.",
                116,
            ),
            (
                "Law enforcement officials from 47 countries participated in Operation Liberterra (5 - 9 July), carrying out some 500,000 inspections at checkpoints and airports as well as at hotspots identified through intelligence and investigations.",
                47,
            ),
            (
                "LYON, France – In an INTERPOL-led crackdown on the criminal groups behind human trafficking and migrant smuggling, authorities across 44 countries have rescued nearly 700 victims of human trafficking.",
                44,
            ),
            ("Border officers in four West African countries checked buses.", 4),
            ("Customs from 11 West African and Sahel countries seized medicines.", 11),
            ("Police in seven EU Member States arrested 64 suspects.", 7),
            ("Agencies of 19 Caribbean countries and territories joined the operation.", 19),
            // The one named and the others.
            ("Police in Austria and six other countries took down a forum.", 7),
            ("Customs of five Andean countries seized cocaine.", 5),
            // A kind of country, with the list in brackets.
            ("The raids involved agencies in four owl-range countries (Chile, Peru, Ghana and Togo).", 4),
        ];
        for (text, expected) in counts {
            assert_eq!(count(text), Some(expected), "{text}");
        }
        assert_eq!(
            count("These databases were searched more than 7 billion times by INTERPOL's 194 Member countries."),
            None
        );
        assert_eq!(count("Officers searched homes in the two countries."), None);
        assert_eq!(count("Officers of nine countries took part in the checks, alongside Chile and Peru."), None);
        assert_eq!(count("The gang set out to cheat victims in 12 countries."), None);
        assert_eq!(count("Police rescued 200 victims in 12 countries."), Some(12));
        assert_eq!(count("Raids hit 9 hackers who locked up hospitals and firms in 40 countries."), None);
        assert_eq!(count("Police from six Baltic countries and the United Kingdom took part."), None);
        assert_eq!(count("Police from 14 countries took part, alongside Malta and Cyprus."), None);
        assert_eq!(count("Police from 14 countries took part, alongside Eurojust and the Commission."), Some(14));
        // Where checks were made, then who took part: the second.
        assert_eq!(
            count(
                "Inspections took place in five Member States and officers from 11 Member States were fully involved."
            ),
            Some(11)
        );
        // What the countries were to the crime, not who took part.
        assert_eq!(count("The network used four transit countries (Chile, Peru, Ghana and Togo)."), None);
        // Checks in member states count them; checks in a federation's states do not.
        assert_eq!(count("Officers carried out 120 inspections in 9 Member States."), Some(9));
        // Those who met after the operation, not those who took part in it.
        let meeting = "After the operation, a meeting in Oslo drew 60 delegates from 12 countries.";
        assert_eq!(count(meeting), None);
        assert_eq!(count("After a planning meeting, the operation ran in 15 countries."), Some(15));
        assert_eq!(count("Officers made 120 inspections in 9 states and a capital district."), None);
        assert_eq!(days("Over only 5 days, this operation led to 152 arrests."), Some(5));
    }
}
