//! What a release says was seized: an amount ([`quantity_mentions`]) and the thing it is of,
//! named by a word of a closed list that gives its kind ("1.4 tonnes of cocaine", "212
//! firearms", "EUR 3.1 million in cash"). An amount is read only in a sentence that speaks of
//! seizing, or in a list that such a sentence opens ("Seized:"); an amount of something no
//! word of the list names is left out, as is an amount with nothing named beside it.

use std::ops::Range;
use std::sync::LazyLock;

use explorer_model::SeizureKind;
use explorer_model::text::fold;
use regex::Regex;

use super::super::annotate::numbers::{NumberMention, QUALIFIERS, is_number_word};
use super::super::annotate::quantities::{Amount, QuantityMention, quantity_mentions};
use super::super::doc::{Doc, Sentence};
use super::cases::dateline_country;
use super::crime_areas::drugs_pass_for_medicines;
use super::figures::{COUNTED_NOUNS, tells_of_a_series};
use crate::phrases::any_of;

/// A seizure found in a sentence, before it is given its source.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundSeizure {
    /// As the text names it ("cannabis resin").
    pub item: String,
    pub kind: SeizureKind,
    pub amount: Amount,
    pub qualifier: Option<String>,
    /// The item of the total it is listed under.
    pub part_of: Option<String>,
    /// The amount as written.
    pub written: Range<usize>,
    /// Whether it stands in a list that gives the parts of an earlier total ("Among the
    /// objects recovered were: - 1,870 coins, ...").
    pub listed_under_total: bool,
}

/// Words that tell of taking things in. "Detection of 83 fraudulent documents", "detected 17
/// stolen cars": what border checks find is held. "12 kg of heroin were found": what a search
/// finds is taken, and so is what officers locate or discover ("located 40 kilograms of
/// cocaine in a container"). "incautaron", "decomisado", "apreendidos": Spanish's and
/// Portuguese's.
const SEIZING: [&str; 18] = [
    "seiz",
    // "52 infringement cases, which held a total of:": customs count each
    // seizure of goods that break a law as an infringement case.
    "infringement case",
    "located",
    "discover",
    "confiscat",
    "recover",
    "intercepted",
    "impounded",
    "frozen",
    "froze",
    "haul",
    "detect",
    "found",
    "incaut",
    "decomis",
    "apreend",
    "apreens",
    "intervin",
];

/// Words naming what is seized, by kind, in the order they are tried: an item naming two
/// ("pottery fragments and vessels", "tablets of captagon") is of the first kind listed.
const ITEMS: &[(SeizureKind, &[&str])] = &[
    (
        SeizureKind::Other,
        &[
            "grenades",
            "explosives",
            "detectors",
            "bank cards",
            "sim cards",
            "medical devices",
            "firearm parts",
            "gun parts",
            // Fake money is no cash.
            "counterfeit banknotes",
            "counterfeit currency",
            "fake banknotes",
        ],
    ),
    (
        SeizureKind::CulturalGoods,
        &[
            "cultural goods",
            "cultural objects",
            "archaeological",
            "archeological",
            "artefacts",
            "artifacts",
            "antiquities",
            "coins",
            "icons",
            "paintings",
            "pottery",
            "manuscripts",
            "sculptures",
        ],
    ),
    (
        SeizureKind::Medicines,
        &[
            // Drugs that pass for medicines, before drugs of any kind.
            "fake drugs",
            "counterfeit drugs",
            "falsified drugs",
            "substandard drugs",
            "medicines",
            "medication",
            "medications",
            "pharmaceuticals",
            "pharmaceutical products",
            "medical products",
            "antimalarial",
            "antibiotics",
            "painkillers",
            "tramadol",
            "tapentadol",
        ],
    ),
    (
        SeizureKind::Drugs,
        &[
            "cocaine",
            "heroin",
            "cannabis",
            "marijuana",
            "hashish",
            "methamphetamine",
            "methylamphetamine",
            "amphetamine",
            "amphetamines",
            "captagon",
            "drugs",
            "narcotics",
            "illicit substances",
            "narcotic substances",
            "psychotropic substances",
            "fentanyl",
            "ketamine",
            "ecstasy",
            // Taken as tablets, which would otherwise make them medicines: "863 LSD tablets".
            "mdma",
            "lsd",
            "opium",
            "khat",
            // In Spanish and Portuguese, folded.
            "cocaina",
            "heroina",
            "marihuana",
            "hachis",
            "haxixe",
            "droga",
            "drogas",
            "estupefacientes",
        ],
    ),
    (SeizureKind::Ammunition, &["ammunition", "cartridges", "bullets", "municiones", "cartuchos", "municoes"]),
    (
        SeizureKind::Firearms,
        &[
            "firearms",
            "guns",
            "pistols",
            "rifles",
            "revolvers",
            "shotguns",
            "handguns",
            "blank-firing weapons",
            "signal weapons",
            "automatic weapons",
            "converted weapons",
            "armas de fuego",
            "armas de fogo",
            "pistolas",
        ],
    ),
    (
        SeizureKind::Wildlife,
        &[
            "wildlife",
            "ivory",
            "horn",
            "horns",
            "scales",
            "animals",
            "birds",
            "reptiles",
            "tortoises",
            "turtles",
            "sea cucumbers",
            "fins",
            "coral",
            "shells",
            "pangolins",
            "skins",
            "eels",
            "tusks",
            "bushmeat",
            "parrots",
            "songbirds",
            "primates",
            "lizards",
            "snakes",
            "big cats",
            "wild cats",
            "big cat parts",
            "animal parts",
            "game meat",
            "wild meat",
            "alligators",
            "crocodiles",
            "plants",
            "marine products",
            "ivory-derived products",
            // Protected sea life: "40 kilograms of abalone".
            "abalone",
            "seahorses",
        ],
    ),
    (SeizureKind::Timber, &["timber", "logs", "rosewood", "wood"]),
    (SeizureKind::Medicines, &["pills", "tablets", "capsules", "syrups"]),
    // Money by where it came from: "$27 million in illicit proceeds".
    (SeizureKind::Cash, &["cash", "banknotes", "currency", "proceeds", "profits", "earnings", "efectivo", "dinheiro"]),
    (
        SeizureKind::Assets,
        &["assets", "cryptocurrency", "cryptocurrencies", "properties", "bank accounts", "jewellery"],
    ),
    (SeizureKind::Documents, &["passports", "documents", "identity cards", "id cards"]),
    (
        SeizureKind::Vehicles,
        &[
            "vehicles",
            "cars",
            "boats",
            "speedboats",
            "lorries",
            "trucks",
            "trailers",
            "vessels",
            "semi-submersibles",
            "motorcycles",
            "vehiculos",
            "automoveis",
            "embarcaciones",
        ],
    ),
    (
        SeizureKind::Other,
        // Weapons that are not said to be firearms may be knives and the like: "297 weapons,
        // including 26 firearms".
        &[
            "servers",
            "phones",
            "computers",
            "laptops",
            "devices",
            "waste",
            "oil",
            "chemicals",
            "precursors",
            "weapons",
            // What smugglers use at sea.
            "engines",
            "lifejackets",
            "life jackets",
            "knives",
            "mercury",
            "pyrotechnics",
            "dynamite sticks",
            "detonators",
            "vehicle parts",
            // Fake goods of every kind not named above: "540 counterfeit perfumes".
            "counterfeit",
            "fake",
            "cigarettes",
        ],
    ),
];

/// Words that count what follows "of" ("610 rounds of ammunition"): the item is named by what
/// follows, and keeps the counting word so that it reads as the text says it.
const COUNTING_WORDS: [&str; 5] = ["rounds", "pieces", "doses", "units", "items"];

/// Words that hold what follows "of" ("2,300 logs of rosewood"): the item keeps both.
const HOLDING_WORDS: [&str; 9] = ["logs", "tablets", "bags", "boxes", "packages", "bottles", "sacks", "vials", "works"];

/// Words that end an item's name after it, but describe it before it ("stolen cars").
const ADJECTIVES_FIRST: [&str; 3] = ["stolen", "looted", "smuggled"];

/// Words that end an item's name.
const ENDS_ITEM: [&str; 74] = [
    "aboard",
    // "9 kilograms of cocaine being found".
    "being",
    // "90 kg of pangolin meat too", "30 tonnes of rosewood without export permits".
    "too",
    "without",
    // "29 live big cats along with reptiles"
    "along",
    "between",
    // "in cash all seized"
    "all",
    "stolen",
    "looted",
    "off",
    "near",
    "from",
    "in",
    "at",
    "that",
    "which",
    "who",
    "used",
    "with",
    "worth",
    "bound",
    "destined",
    "hidden",
    "stored",
    "awaiting",
    "were",
    "was",
    "are",
    "is",
    "had",
    "have",
    "has",
    "mostly",
    "including",
    "among",
    "to",
    "for",
    "by",
    "on",
    "containing",
    // "1,200 rifles spanning nine countries", "boats carrying fuel".
    "spanning",
    "carrying",
    "weighing",
    "bought",
    "ready",
    "valued",
    "intended",
    "seized",
    "belonging",
    "found",
    "during",
    "following",
    "across",
    "after",
    "before",
    "as",
    "into",
    "while",
    "smuggled",
    "concealed",
    "hidden",
    "within",
    "inside",
    "worldwide",
    // Spanish and Portuguese: "cocaína en Madrid", "vehículos que", "droga para".
    "en",
    "em",
    "que",
    "para",
    "por",
    "con",
    "com",
    "del",
    // Adjectives after the noun, as Spanish and Portuguese place them: "pistolas ilegales".
    "ilegales",
    "ilegais",
];

/// Words that list the parts of a total before them ("212 firearms, including 35 rifles",
/// "90 weapons which included 30 shotguns").
static PARTS_FOLLOW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:including|which included|which include|comprising|among them|among which|of which|of them|nomeadamente|incluyendo|entre ellos|de los cuales|dos quais)\b")
        .expect("valid regex")
});

/// A result line's label, naming what was seized before its amount ("Weapons seized: 297").
static SEIZED_LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*([A-Za-z][A-Za-z\- ]{0,40}?)\s+seized:\s*$").expect("valid regex"));

/// What a sum is of, named before it and its qualifier ("cryptocurrency worth EUR 2.3
/// million", "cash worth more than HK$2.5 million", "cash amounting to EUR 40,000", "Virtual
/// assets seized: USD 4.2 million").
static NAMED_BEFORE_SUM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)([A-Za-z][A-Za-z\- ]*?)\s+(?:worth|valued\s+at|amounting\s+to|seized:)\s*(?:(?:{})\s+)?$",
        QUALIFIERS.join("|")
    ))
    .expect("valid regex")
});

/// Whether a sentence, in ASCII lower case, speaks of seizing: every sentence is asked.
fn speaks_of_seizing(lower: &str) -> bool {
    static ANY_SEIZING: LazyLock<Regex> = LazyLock::new(|| any_of(&SEIZING));
    ANY_SEIZING.is_match(lower)
}

/// Whether a sentence is an item of a list: a bullet, or text opening with a list mark
/// ("- ", "a) ", "b. ").
static LIST_MARK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:[-–•*]\s|[a-z][.)]\s)").expect("valid regex"));

/// A list mark standing alone, or ending a sentence where the next item starts ("a.", "…
/// sea cucumbers;\n   b."): where the text is cut into sentences at the mark's dot.
static MARK_ALONE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|\n\s*)(?:[a-z]|\d{1,2})[.)]$").expect("valid regex"));

/// Whether `text` ends with a [`MARK_ALONE`]: one that is the whole text (three bytes at
/// most) or follows a line break. Most sentences are neither short nor broken, and a look
/// for a break costs less than the search.
fn ends_with_a_mark_alone(text: &str) -> bool {
    (text.len() <= 3 || text.contains('\n')) && MARK_ALONE.is_match(text)
}

fn is_list_item(doc: &Doc, i: usize) -> bool {
    let sentence = &doc.sentences[i];
    let said = sentence.text(doc.text);
    let after_mark = i > 0 && ends_with_a_mark_alone(doc.sentences[i - 1].text(doc.text).trim_end());
    sentence.kind == super::super::segment::BlockKind::Bullet
        || LIST_MARK.is_match(said)
        || ends_with_a_mark_alone(said.trim_end())
        || after_mark
        || unmarked_item(doc, i)
        || (i > 0 && unmarked_item(doc, i - 1) && is_line(doc, i))
}

/// A line of a list written without marks, each item a line that ends with a semicolon
/// ("23 live primates;"): the last item ends with a full stop, and is an item where the line
/// before is one (see [`is_list_item`]).
fn unmarked_item(doc: &Doc, i: usize) -> bool {
    is_line(doc, i) && doc.sentences[i].text(doc.text).trim_end().ends_with(';')
}

/// Whether the sentence at `i` is a whole block of its own: a line.
fn is_line(doc: &Doc, i: usize) -> bool {
    let sentence = &doc.sentences[i];
    doc.blocks[sentence.block].span == sentence.span
}

/// Whether the sentence at `i` may state seizures: it speaks of seizing, or it is an item of a
/// list that a sentence speaking of seizing opens with a colon ("Officers seized:").
fn in_seizure_context(doc: &Doc, i: usize) -> Context {
    let sentence = &doc.sentences[i];
    let said = sentence.text(doc.text);
    let own = context_of(said, sentence.lower());
    if !is_list_item(doc, i) {
        return own;
    }
    for (at, earlier) in doc.sentences[..i].iter().enumerate().rev() {
        let words = earlier.text(doc.text).trim_end();
        if words.ends_with(':') {
            return match context_of(words, earlier.lower()) {
                Context::None => own,
                opened => opened,
            };
        }
        if !is_list_item(doc, at) {
            break;
        }
        // "• 1,318 firearms seized" then "• 74,600 rounds of ammunition": a list of results
        // goes on with what was seized, unless the item tells of another action.
        if own == Context::None && speaks_of_seizing(earlier.lower()) && !starts_another_action(said) {
            return Context::Seizing;
        }
    }
    own
}

/// How a sentence's own words (`said`, and `lower` in ASCII lower case) let it state
/// seizures: not at all unless it speaks of seizing.
fn context_of(said: &str, lower: &str) -> Context {
    if !speaks_of_seizing(lower) {
        Context::None
    } else if PARTS_OPEN.is_match(said) {
        Context::PartsOfEarlierTotal
    } else {
        Context::Seizing
    }
}

/// Whether a sentence may state seizures, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Context {
    None,
    Seizing,
    /// An item of a list that an earlier total's parts open ("Among the objects recovered were:").
    PartsOfEarlierTotal,
}

/// Words that open a list of the parts of a total told before.
static PARTS_OPEN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:among(?-u:\b)|.*(?-u:\b)including:$)").expect("valid regex"));

/// Words of a sentence that tells of another edition or an earlier year, whose seizures are
/// not this operation's.
const EARLIER: [&str; 6] =
    ["first edition", "previous edition", "last edition", "earlier edition", "last year", "previous operation"];

/// Verbs of another action that can follow a seizure in one sentence ("seized EUR 1.1 million
/// in cash and froze 740 bank accounts"): what comes after them was not seized.
const OTHER_ACTIONS: [&str; 10] = [
    "froze",
    "arrested",
    "detained",
    "rescued",
    "identified",
    "dismantled",
    "blocked",
    "closed",
    "checked",
    "inspected",
];

/// Whether a gap between two amounts starts another action of the sentence.
fn starts_another_action(gap: &str) -> bool {
    gap.to_lowercase().split(|c: char| !c.is_alphabetic()).any(|word| OTHER_ACTIONS.contains(&word))
}

/// Whether one country's authority is the sentence's seizer ("the Moroccan Royal Gendarmerie
/// seized ..."): a country named before the words on seizing, in a sentence not about the
/// operation as a whole. Its seizure is that country's, not the operation's, unless its police
/// ran the operation (one of `national`).
fn seized_by_one_country(text: &str, sentence: &Sentence, national: &[&str]) -> bool {
    let said = sentence.lower();
    let Some(seizing_at) = SEIZING.iter().filter_map(|word| said.find(word)).min() else {
        return false;
    };
    // "YOGYAKARTA, Indonesia – A police operation ... led to the seizure of": where the release
    // was written, not who seized.
    let dateline = dateline_country(text, sentence);
    let before: Vec<&str> = sentence
        .countries
        .iter()
        .filter(|c| c.span.start < sentence.span.start + seizing_at && dateline.is_none_or(|d| d.span != c.span))
        .map(|c| c.code.as_str())
        .collect();
    // "Police in 15 countries seized ...": the operation's seizures.
    let one_before = before.len() == 1 && !said.contains("countries") && !national.contains(&before[0]);
    // "3,073 coins, seized ... by the Polish Police Service": one country's, named after.
    // "seized by Panama’s Border Service": a country's name owning the force.
    let by_one_after = sentence.countries.iter().any(|c| {
        let owns = c.demonym || ["’s ", "'s "].iter().any(|possessive| text[c.span.end..].starts_with(possessive));
        owns && c.span.start > sentence.span.start + seizing_at
            && ["by the ", "by "].iter().any(|by| text[sentence.span.start..c.span.start].ends_with(by))
            && !national.contains(&c.code.as_str())
    });
    one_before || by_one_after
}

/// The sentence's numbers that may count or measure something: not a year, nor part of a
/// date or an operation's name.
fn counted_numbers(text: &str, sentence: &Sentence) -> Vec<NumberMention> {
    sentence
        .numbers
        .iter()
        .filter(|n| !n.is_year(text) && !sentence.in_date(&n.span) && !sentence.in_operation_name(&n.span))
        .cloned()
        .collect()
}

/// What the sentence at `i` says of seizures.
#[derive(Debug, Default)]
pub struct SentenceSeizures {
    /// The seizures it states, in order.
    pub seizures: Vec<FoundSeizure>,
    /// Every amount of a sentence on seizing or of a list it opens, read as a seizure or not
    /// (a review shows those left).
    pub amounts: Vec<Range<usize>>,
}

/// The seizures the sentence at `i` states, and the amounts that may be seizures. `national`
/// are the countries whose own police ran the operation: what they seized is its seizure.
pub fn sentence_seizures(doc: &Doc, i: usize, national: &[&str]) -> SentenceSeizures {
    let context = in_seizure_context(doc, i);
    if context == Context::None {
        return SentenceSeizures::default();
    }
    let sentence = &doc.sentences[i];
    let numbers = counted_numbers(doc.text, sentence);
    let mentions = quantity_mentions(doc.text, sentence.span.clone(), &numbers);
    let amounts = mentions.iter().map(|m| m.span.clone()).collect();
    SentenceSeizures { seizures: stated_seizures(doc, i, context, &numbers, mentions, national), amounts }
}

/// The seizures among the amounts (`mentions`) of the sentence at `i`, in order.
fn stated_seizures(
    doc: &Doc,
    i: usize,
    context: Context,
    numbers: &[NumberMention],
    mentions: Vec<QuantityMention>,
    national: &[&str],
) -> Vec<FoundSeizure> {
    let text = doc.text;
    let sentence = &doc.sentences[i];
    let said = sentence.lower();
    let earlier = EARLIER.iter().any(|words| said.contains(words));
    // "In the port city alone, officers seized ...": one place's or one day's share.
    let a_share = said.split(|c: char| !c.is_alphabetic()).any(|word| word == "alone");
    if earlier || a_share || tells_of_a_series(said) || seized_by_one_country(text, sentence, national) {
        return Vec::new();
    }
    let mut found: Vec<FoundSeizure> = Vec::new();
    // The total whose parts are being listed, and where the last amount ended.
    let mut total: Option<(String, SeizureKind, bool)> = None;
    // Inside "(including ...)", every amount is a part until the bracket closes, also after
    // a part whose name the reader does not know.
    let mut in_bracketed_parts = false;
    let mut last_end = sentence.span.start;
    let mut last_looked_at = false;
    for mention in mentions {
        let gap = &text[last_end.min(mention.span.start)..mention.span.start];
        if !found.is_empty() && starts_another_action(gap) {
            break;
        }
        if gap.contains(')') {
            in_bracketed_parts = false;
        }
        // "40 forged papers (12 passports, 28 ID cards)": a bracket that opens right
        // after a total lists its parts, with or without a word that says so.
        if gap.contains('(') && PARTS_FOLLOW.is_match(gap) || gap.trim() == "(" && total.is_some() {
            in_bracketed_parts = true;
        }
        last_end = mention.span.end;
        // "$625,000 ... seized from 288 bank accounts": where it was seized from. "the arrest of
        // a woman in possession of six kg of heroin": what someone held, not said to be seized.
        let before = text[sentence.span.start..mention.span.start].trim_end();
        // "screened more than 1,200 devices ... and recovered 640 exhibits": what was looked
        // at, not taken.
        // "searched 1 200 locations, 3 400 vehicles and 8 000 persons": the list goes on with
        // what was looked at.
        let looked_at = LOOKED_AT.is_match(before) || last_looked_at && NEXT_IN_LIST.is_match(gap);
        last_looked_at = looked_at;
        // "heroin hidden inside six clay pots": what hid the seizure.
        let a_hiding_place = [" inside", " within"].iter().any(|words| before.ends_with(words));
        if before.ends_with(" from") || before.ends_with(" possession of") || looked_at || a_hiding_place {
            continue;
        }
        let Some((item, kind)) = item_of(text, sentence, &mention) else {
            continue;
        };
        // A name after the amount: the next gap starts after it.
        if let Some(at) = text[mention.span.end..sentence.span.end].find(item.as_str()) {
            last_end = mention.span.end + at + item.len();
            if counts_a_list(text, last_end..sentence.span.end, numbers)
                || done_otherwise(&text[last_end..sentence.span.end])
            {
                continue;
            }
        }
        // A sum has no parts that are counted.
        // "four of them luxury cars": the part says so after its amount.
        let part_after = told_as_part(&text[mention.span.end..sentence.span.end]);
        // "of them" right after the last amount was that part's own ("four of them luxury
        // cars, and 6 handguns"): it lists nothing after it.
        let parts_word = PARTS_FOLLOW.find(gap).filter(|_| !told_as_part(gap));
        // "70 knives and a great deal of cannabis resin, including 40 kg of hashish": the parts of
        // a thing named without an amount after the total, not of the total.
        let parts_of_the_uncounted = parts_word.is_some_and(|word| gap[..word.start()].contains(" and "));
        let parts_follow = parts_word.is_some() && !parts_of_the_uncounted;
        // "3561 works of art and cultural goods were seized ...; over 400 coins ... were seized":
        // a thing of a kind told after a total of all that kind is among it.
        let among_a_general_total = total.as_ref().is_some_and(|(total_item, total_kind, _)| {
            *total_kind == kind && *total_item != item && names_all_of_its_kind(total_item)
        });
        let listed_as_part =
            in_bracketed_parts || part_after || parts_follow || continues_parts(gap, &found) || among_a_general_total;
        let part_of = match &total {
            // Of its total's kind, or of a kind within a total of many ("297 weapons,
            // including 26 firearms").
            Some((total_item, total_kind, counted))
                if listed_as_part && *counted && (*total_kind == kind || *total_kind == SeizureKind::Other) =>
            {
                Some(total_item.clone())
            }
            // Listed under a total it cannot be a part of ("assets worth EUR 6.8 million,
            // including ... eight properties"): neither a part nor a seizure of its own.
            Some(_) if listed_as_part => continue,
            _ => None,
        };
        if parts_of_the_uncounted {
            total = None;
        } else if part_of.is_none() {
            total = Some((item.clone(), kind, !matches!(mention.amount, Amount::Money { .. })));
        }
        found.push(FoundSeizure {
            item,
            kind,
            amount: mention.amount,
            qualifier: mention.qualifier,
            part_of,
            written: mention.span,
            listed_under_total: context == Context::PartsOfEarlierTotal,
        });
    }
    found
}

/// Words that name all things of a kind rather than one of them: "cultural goods", "drugs".
const GENERAL_ITEMS: [&str; 8] =
    ["cultural goods", "cultural objects", "works of art", "drugs", "narcotics", "weapons", "wildlife", "animals"];

/// Whether an item names all things of its kind ("works of art and cultural goods").
fn names_all_of_its_kind(item: &str) -> bool {
    let item = item.to_lowercase();
    GENERAL_ITEMS.iter().any(|general| item.contains(general))
}

/// Whether the words after an item go on listing other things without amounts of their own
/// ("200,000 firearms, parts, components, ammunition and explosives"): the amount then counts
/// them all together, and is no amount of its first thing.
fn counts_a_list(text: &str, after_item: Range<usize>, numbers: &[NumberMention]) -> bool {
    let Some(rest) = text[after_item.clone()].strip_prefix(", ") else { return false };
    let Some(and) = rest.find(" and ") else { return false };
    let list_start = after_item.start + ", ".len();
    // "11 vehicles, four of them cars, and": a number in words is an amount of its own.
    if numbers.iter().any(|number| (list_start..list_start + and).contains(&number.span.start)) {
        return false;
    }
    let listed: Vec<&str> = rest[..and].split([',', ' ']).filter(|word| !word.is_empty()).collect();
    let plain = |word: &&str| {
        word.chars().all(char::is_lowercase)
            && !word.ends_with("ed")
            && !word.ends_with("ing")
            && !ENDS_ITEM.contains(word)
            && !starts_a_qualifier(word)
    };
    // "ivory, thousands of turtle eggs, and rhino horns": things with amounts of their own,
    // however vague, are no list the first amount counts.
    let vague_amount = |word: &&str| VAGUE_AMOUNTS.contains(word);
    !listed.is_empty() && listed.len() <= 8 && listed.iter().all(plain) && !listed.iter().any(vague_amount)
}

/// Words that give a thing an amount without a number.
const VAGUE_AMOUNTS: [&str; 9] =
    ["thousands", "hundreds", "dozens", "tens", "several", "various", "many", "numerous", "millions"];

/// What was done to a thing, said right after it: "115 false documents were detected".
static DONE_TO_IT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^,? (?:were|was|have been|has been|had been)(?: also)? ([a-z]+)").expect("valid regex")
});

/// Whether the words after an item say something other than its seizure was done to it
/// ("115 false documents were detected, and 25 stolen cars were seized"): the sentence speaks
/// of seizing, but not of this thing. The verb may follow the rest of its list, within its
/// clause ("11 properties and a dozen cars were searched, and ... were seized").
fn done_otherwise(after_item: &str) -> bool {
    // "115 false documents were detected, and 25 stolen vehicles were seized": where a
    // sentence says both, what was detected was not seized.
    let detected_not_seized = |done: &str| {
        done.starts_with("detect") && SEIZING.iter().any(|word| *word != "detect" && after_item.contains(word))
    };
    if DONE_TO_IT.captures(after_item).is_some_and(|done| !speaks_of_seizing(&done[1]) || detected_not_seized(&done[1]))
    {
        return true;
    }
    // "where 900 people and 40 cars were searched" told without "were": looked at, not taken.
    if LOOKED_AT_AFTER.is_match(after_item) {
        return true;
    }
    let clause_end =
        [", and ", "; ", ". "].iter().filter_map(|end| after_item.find(end)).min().unwrap_or(after_item.len());
    let clause = &after_item[..clause_end];
    LIST_THEN_DONE.captures(clause).is_some_and(|done| !speaks_of_seizing(&done[1]))
}

/// A verb of looking right after an item, with no "were" before it: "331 vehicles searched".
static LOOKED_AT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^ (?:searched|checked|inspected|screened|examined|controlled)\b").expect("valid regex")
});

/// What was done to a list an item opens, said after the list: " and more than a dozen cars
/// used by the suspects were searched".
static LIST_THEN_DONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^ and [^,;]{1,80}? (?:were|have been|had been)(?: also)? ([a-z]+)").expect("valid regex")
});

/// Whether `word` is the first word of a qualifier ("over", "more" of "more than").
fn starts_a_qualifier(word: &str) -> bool {
    QUALIFIERS.iter().any(|qualifier| qualifier.split(r"\s+").next() == Some(word))
}

/// Whether an amount right after a part is another part: only a comma or "and" between them.
fn continues_parts(gap: &str, found: &[FoundSeizure]) -> bool {
    found.last().is_some_and(|last| last.part_of.is_some()) && matches!(gap.trim(), "," | "and")
}

/// What an amount is of, and its kind: the name after a measure's "of" or after a count, or
/// beside a sum ("in cash", "assets worth").
fn item_of(text: &str, sentence: &Sentence, mention: &QuantityMention) -> Option<(String, SeizureKind)> {
    let after = &text[mention.span.end..sentence.span.end];
    let before = &text[sentence.span.start..mention.span.start];
    let named_after = match &mention.amount {
        // "856 kg of ivory", or "856 kg pangolin scales" when the words after name an item.
        // "856 kg of ivory", "33 kg de cocaína".
        Amount::Measured { .. } => after
            .strip_prefix(" of ")
            .or_else(|| after.strip_prefix(" de "))
            .or_else(|| after.strip_prefix(' '))
            .map(name_at),
        Amount::Counted(_) => {
            after.strip_prefix(' ').map(without_part_words).and_then(|rest| match rest.split_once(' ') {
                // The counting word stays in the name: "131,000 rounds of ammunition".
                Some((word, more)) if COUNTING_WORDS.contains(&word) => {
                    more.strip_prefix("of ").map(|rest| format!("{word} of {}", name_at(rest)))
                }
                _ => Some(name_at(rest)),
            })
        }
        // "EUR 30,000 in cash", "30.000 euros en efectivo".
        Amount::Money { .. } => match after
            .strip_prefix(" in ")
            .or_else(|| after.strip_prefix(" en "))
            .or_else(|| after.strip_prefix(" em "))
            .or_else(|| after.strip_prefix(WORTH_OF))
        {
            Some(rest) => Some(name_at(rest)),
            None => NAMED_BEFORE_SUM.captures(before).and_then(|caps| name_before(caps.get(1)?.as_str())),
        },
    };
    // A result line names its item before the amount: "Cocaine seized: 9.8 kg".
    let named = named_after
        .filter(|name| kind_of(name).is_some())
        .or_else(|| SEIZED_LABEL.captures(before).map(|caps| caps[1].to_string()))?;
    // "500 cash movement checks": checks of the things named, not things taken. "Three
    // suspected ivory dealers": people, named by what they deal in.
    if named.rsplit(' ').next().is_some_and(|last| {
        let last = last.to_lowercase();
        ACTS_NOT_THINGS.contains(&last.as_str()) || COUNTED_NOUNS.contains(&last.as_str())
    }) {
        return None;
    }
    let kind = kind_of(&named)?;
    let is_money = matches!(mention.amount, Amount::Money { .. });
    let money_kind = matches!(kind, SeizureKind::Cash | SeizureKind::Assets);
    // "£2.7 million worth of drugs": things of any kind measured by what they are worth.
    let valued = is_money && after.starts_with(WORTH_OF);
    (is_money == money_kind || !is_money || valued).then_some((named, kind))
}

/// Words that end a name of acts done to things rather than of things: "cash movement checks".
const ACTS_NOT_THINGS: [&str; 6] = ["checks", "controls", "inspections", "searches", "investigations", "cases"];

/// Words between a sum and the things it is the worth of.
const WORTH_OF: &str = " worth of ";

/// Verbs right before an amount (and its qualifier) that look at things rather than take
/// them.
static LOOKED_AT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:screened|checked|inspected|examined|searched|search|scanned|raided|raid)(?: (?:more than|over|some|about|nearly|almost|around|at least|up to))?$")
        .expect("valid regex")
});

/// The gap from one amount of a list to the next: the first's plain name and a comma or
/// "and" ("locations, ", " vehicles and more than ").
static NEXT_IN_LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^ [a-z -]{1,40}?(?:,| and|, and) (?:more than |over |some |about |nearly |almost |around )?$")
        .expect("valid regex")
});

/// Words right after a part's amount that make it one: "four of them luxury cars".
const PART_WORDS: [&str; 2] = ["of them ", "of which "];

/// What follows an amount (after its space) without the words that make it a part ("of them
/// luxury cars" names "luxury cars").
fn without_part_words(rest: &str) -> &str {
    PART_WORDS.iter().find_map(|words| rest.strip_prefix(words)).unwrap_or(rest)
}

/// Whether the words right after an amount make it a part.
fn told_as_part(after: &str) -> bool {
    after.strip_prefix(' ').is_some_and(|rest| PART_WORDS.iter().any(|words| rest.starts_with(words)))
}

/// Participles (and "raw") in a series before a thing's name, which describe it: "unconverted and
/// converted alarm weapons", "unconverted, converted, and live ammunition". A lone one ("stolen
/// cars") stays in the name.
static DESCRIBING_SERIES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:(?:[a-z-]+ed|raw)(?:,? and |,? or |, ))+").expect("valid regex"));

/// Words after a thing's name that tell how the things vary: "50 logs of different sizes".
const VARIETY_AFTER: [&str; 4] = [" of different ", " of various ", " of varying ", " of assorted "];

/// The name that starts `rest`: its words up to a word or mark that ends it.
fn name_at(rest: &str) -> String {
    let line = rest.split('\n').next().unwrap_or_default();
    let line = DESCRIBING_SERIES.find(line).map_or(line, |series| &line[series.end()..]);
    // "logs of different sizes": what follows tells how the things vary, not what they are.
    let line = VARIETY_AFTER.iter().filter_map(|words| line.find(words)).min().map_or(line, |at| &line[..at]);
    let mut words: Vec<&str> = Vec::new();
    let mut after_holding = false;
    for raw in line.split(' ') {
        let word = raw.trim_end_matches([',', ';', '.', ':', ')', '"', '”']);
        let ends_here = word.len() != raw.len();
        let lower = word.to_lowercase();
        // "alligators/crocodiles": two names of one thing.
        let is_word = word.chars().any(char::is_alphabetic)
            && word.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '/'));
        let joins = matches!(lower.as_str(), "and" | "or" | "y" | "e");
        let holds = lower == "of" && after_holding;
        // "stolen cars": a word that ends a name after it ("cars stolen from") describes the
        // item when it comes first.
        let describes = words.is_empty() && ADJECTIVES_FIRST.contains(&lower.as_str());
        let ends_name = !describes && (ENDS_ITEM.contains(&lower.as_str()) || speaks_of_seizing(&lower));
        if !is_word || ends_name || (lower == "of" && !after_holding) || words.len() == 6 {
            // "42 guns and abut US$170,000": an amount after "and" starts another thing, and
            // the words between (a misspelt "about") are no part of the name.
            let an_amount = word.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '€' | '£'))
                || (word.len() > 1 && word.contains('$'));
            if an_amount
                && let Some(joint) =
                    words.iter().rposition(|w| matches!(w.to_lowercase().as_str(), "and" | "or" | "y" | "e"))
            {
                words.truncate(joint);
            }
            break;
        }
        if joins && words.is_empty() {
            break;
        }
        // "firearms and arrested 40 people", "antiquities looted from": a verb after the
        // first word starts another clause.
        let after_join = words.last().is_some_and(|w| matches!(w.to_lowercase().as_str(), "and" | "or" | "y" | "e"));
        // "ammunition and EUR 1.2 million": a capital after "and" starts another thing, but
        // not a letter after a letter ("Class A and B drugs").
        let letter_after_letter =
            after_join && word.len() == 1 && words.len() >= 2 && words[words.len() - 2].len() == 1;
        let capital = word.starts_with(char::is_uppercase) && !letter_after_letter;
        // "firearms and over 300,000 rounds": a qualifier after "and" starts the next amount.
        // "30 big cats and large quantities of animal parts": a vague amount starts another thing.
        let clause_word = lower.ends_with("ing")
            // "EUR 30,000 in cash and further stolen goods": another thing.
            || matches!(lower.as_str(), "the" | "a" | "an" | "large" | "quantities" | "additional" | "further")
            // "chemical waste and said the checks ...": a verb without "-ed" starts another clause.
            || matches!(lower.as_str(), "said" | "says" | "made" | "took" | "found" | "led" | "held" | "was" | "were" | "is" | "are" | "has" | "have" | "had")
            || VAGUE_AMOUNTS.contains(&lower.as_str())
            // "557 weapons and four XL bully dogs": a number in words starts another thing.
            || is_number_word(&lower)
            || capital
            || starts_a_qualifier(&lower);
        // "60kg of drugs and cash worth USD 200,000", "10 rubber boats and engines": a thing of
        // another kind after "and" is another thing. Not "vessels", which may be pottery's
        // ("pottery fragments and vessels").
        let another_kind = after_join
            && lower != "vessels"
            && {
                let so_far = words[..words.len() - 1].join(" ");
                // "other weapons and firearms": things of no named kind take in what follows.
                matches!((kind_of_one(&so_far), kind_of_one(&lower)), (Some(a), Some(b)) if a != b && a != SeizureKind::Other)
            };
        if !words.is_empty() && (lower.ends_with("ed") || (after_join && clause_word) || another_kind) {
            break;
        }
        after_holding = HOLDING_WORDS.contains(&lower.as_str()) || (holds) || (after_holding && lower == "the");
        words.push(word);
        if ends_here {
            break;
        }
    }
    while words
        .last()
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "and" | "or" | "of" | "the" | "y" | "e" | "de"))
    {
        words.pop();
    }
    words.join(" ")
}

/// The name that ends `before`: its last words, back to a word that ends a name.
fn name_before(before: &str) -> Option<String> {
    let mut words: Vec<&str> = Vec::new();
    for word in before.split_whitespace().rev() {
        let lower = word.to_lowercase();
        let is_word = word.chars().all(|c| c.is_alphabetic() || c == '-');
        if !is_word
            || matches!(lower.as_str(), "and" | "or" | "the")
            || ENDS_ITEM.contains(&lower.as_str())
            || speaks_of_seizing(&lower)
            || lower.ends_with("ed")
            || words.len() == 3
        {
            break;
        }
        words.push(word);
    }
    words.reverse();
    (!words.is_empty()).then(|| words.join(" "))
}

/// The kind of what a name names: that of its things, or other when it joins things of
/// several kinds.
fn kind_of(name: &str) -> Option<SeizureKind> {
    // "illicit drugs and precursor chemicals": things of two kinds counted together are of
    // neither, so that no sum of one kind takes them in. A lone word after "and" goes with
    // the words before it ("pottery fragments and vessels" are pottery).
    let parts: Vec<&str> = name.split(" and ").collect();
    let each_named_in_full = parts.iter().all(|part| part.split(' ').count() >= 2);
    let kinds: Vec<SeizureKind> =
        if each_named_in_full { parts.iter().copied().filter_map(kind_of_one).collect() } else { Vec::new() };
    match kinds.as_slice() {
        [first, rest @ ..] if rest.iter().any(|kind| kind != first) => Some(SeizureKind::Other),
        _ => kind_of_one(name).or_else(|| names_goods(name).then_some(SeizureKind::Other)),
    }
}

/// Words for goods of no kind, read as an item only where nothing in it names a kind: "11
/// million products", "644,000 goods"; "fake drugs and cosmetic products" are medicines.
const GOODS: [&str; 2] = ["products", "goods"];

pub(crate) fn names_goods(name: &str) -> bool {
    name.rsplit(' ').next().is_some_and(|last| GOODS.iter().any(|goods| last.eq_ignore_ascii_case(goods)))
}

/// The kind of the first word of [`ITEMS`] that the name holds, as whole words.
fn kind_of_one(name: &str) -> Option<SeizureKind> {
    let folded = format!(" {} ", fold(name).replace('-', " - ").replace('/', " "));
    let folded = folded.replace(" - ", "-");
    // "fake malaria drugs": drugs that pass for medicines, whatever words stand between.
    if drugs_pass_for_medicines(&folded) {
        return Some(SeizureKind::Medicines);
    }
    ITEMS.iter().find_map(|(kind, words)| {
        words
            .iter()
            .any(|word| folded.contains(&format!(" {word} ")) || folded.contains(&format!("-{word} ")))
            .then_some(*kind)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::country_index::CountryIndex;
    use crate::annotate::dates::NumericOrder;

    /// Each seizure of the text's sentences as "amount written: item (kind) [part of ...]".
    fn seizures(text: &str) -> Vec<String> {
        let doc = Doc::new(text, CountryIndex::shared(), NumericOrder::DayFirst);
        (0..doc.sentences.len())
            .flat_map(|i| sentence_seizures(&doc, i, &[]).seizures)
            .map(|s| {
                let part = s.part_of.map(|p| format!(" part of {p}")).unwrap_or_default();
                let qualifier = s.qualifier.map(|q| format!("{q} ")).unwrap_or_default();
                format!("{qualifier}{}: {} ({:?}){part}", &text[s.written], s.item, s.kind)
            })
            .collect()
    }

    #[test]
    fn reads_each_kind_of_seizure_with_its_item() {
        let table: &[(&str, &[&str])] = &[
            ("Customs seized 1.4 tonnes of cocaine at the port.", &["1.4 tonnes: cocaine (Drugs)"]),
            (
                "Officers seized more than 380 kg of cannabis resin hidden in a lorry.",
                &["more than 380 kg: cannabis resin (Drugs)"],
            ),
            ("Police seized 212 firearms and arrested 40 people.", &["212: firearms (Firearms)"]),
            ("They also seized 9,500 rounds of ammunition.", &["9,500: rounds of ammunition (Ammunition)"]),
            (
                "Rangers confiscated 14 rhino horns and 8,000 live animals.",
                &["14: rhino horns (Wildlife)", "8,000: live animals (Wildlife)"],
            ),
            ("Inspectors seized 700 cubic metres of timber.", &["700 cubic metres: timber (Timber)"]),
            ("Rangers seized 80 timber logs of various sizes.", &["80: timber logs (Timber)"]),
            // Drugs that pass for medicines, with a word between.
            ("Officers seized 2,000 fake cough drugs.", &["2,000: fake cough drugs (Medicines)"]),
            // A word that adds the item to others, or what it lacked, is no part of its name.
            ("Rangers also seized 90 kg of bushmeat too.", &["90 kg: bushmeat (Wildlife)"]),
            ("Customs seized 30 tonnes of teak wood without permits.", &["30 tonnes: teak wood (Timber)"]),
            (
                "Agencies seized 3.5 million doses of illicit medicines.",
                &["3.5 million: doses of illicit medicines (Medicines)"],
            ),
            ("Police recovered 1,200 antiquities looted from a museum.", &["1,200: antiquities (CulturalGoods)"]),
            ("Police recovered 900 archaeological finds.", &["900: archaeological finds (CulturalGoods)"]),
            ("Customs seized 2,000 pharmaceutical products.", &["2,000: pharmaceutical products (Medicines)"]),
            // Goods of no kind are an item where nothing names a kind, and a kind's name
            // beside them keeps its kind.
            ("The checks ended in the seizure of 9 million products.", &["9 million: products (Other)"]),
            (
                "Officers seized 2,000 doses of fake cough drugs and beauty products.",
                &["2,000: doses of fake cough drugs and beauty products (Medicines)"],
            ),
            // What hid a seizure is not seized.
            ("Heroin was found concealed inside six pieces of pottery.", &[]),
            ("Officers seized EUR 3.1 million in cash.", &["EUR 3.1 million: cash (Cash)"]),
            (
                "They seized 4,100 rounds of ammunition and EUR 1.2 million in cash.",
                &["4,100: rounds of ammunition (Ammunition)", "EUR 1.2 million: cash (Cash)"],
            ),
            (
                "Investigators froze cryptocurrency worth USD 2.3 million.",
                &["USD 2.3 million: cryptocurrency (Assets)"],
            ),
            ("Agents also seized cash worth more than NZ$400,000.", &["more than NZ$400,000: cash (Cash)"]),
            ("Rangers seized 40 kilograms of abalone.", &["40 kilograms: abalone (Wildlife)"]),
            // What officers locate is taken, and where it was hidden is no part of the item.
            (
                "Customs located 80 kilograms of cocaine within a shipment of bananas.",
                &["80 kilograms: cocaine (Drugs)"],
            ),
            ("Officers seized cash amounting to EUR 40,000.", &["EUR 40,000: cash (Cash)"]),
            ("Border guards seized 64 forged passports.", &["64: forged passports (Documents)"]),
            ("Police impounded 31 vehicles used by the network.", &["31: vehicles (Vehicles)"]),
            ("Inspectors seized 8 tonnes of counterfeit drugs.", &["8 tonnes: counterfeit drugs (Medicines)"]),
            ("Police also seized 400 LSD tablets.", &["400: LSD tablets (Drugs)"]),
            ("A lorry was impounded in the raids, which saw 900 people and 40 motor vehicles searched.", &[]),
            ("Customs seized 540 counterfeit perfumes.", &["540: counterfeit perfumes (Other)"]),
            ("Officers seized 9,000 counterfeit banknotes.", &["9,000: counterfeit banknotes (Other)"]),
            ("Customs seized 2 million cigarettes.", &["2 million: cigarettes (Other)"]),
            ("Officers seized 214 servers in two data centres.", &["214: servers (Other)"]),
            ("Agents seized USD 600,000 in cash and froze 95 bank accounts.", &["USD 600,000: cash (Cash)"]),
            (
                "Police seized $4 million in criminal assets between May and June.",
                &["$4 million: criminal assets (Assets)"],
            ),
            ("Rangers seized 30 big cats and large quantities of animal parts.", &["30: big cats (Wildlife)"]),
            ("Rangers seized 869 alligators/crocodiles.", &["869: alligators/crocodiles (Wildlife)"]),
            // Things looked at are not seized.
            (
                "Officers screened more than 1,200 devices at the scenes and seized 12 firearms.",
                &["12: firearms (Firearms)"],
            ),
            // A list of things looked at, though the sentence goes on to a word of seizing.
            ("Inspectors searched 730 farms, 95 trucks and over 4 000 workers to detect fraud.", &[]),
            // In Spanish and Portuguese.
            (
                "Se incautaron 12,5 kilos de cocaína, 4 armas de fuego y 9.000 euros en efectivo.",
                &["4: armas de fuego (Firearms)", "9.000 euros: efectivo (Cash)"],
            ),
            (
                "Foram apreendidos 30 kg de haxixe e 3 automóveis.",
                &["30 kg: haxixe (Drugs)", "3: automóveis (Vehicles)"],
            ),
            ("Foram apreendidas 6 pistolas ilegais com silenciador.", &["6: pistolas (Firearms)"]),
            // Checks of things are no things.
            (
                "The checks led to 800 cash controls and the seizure of EUR 90,000 in cash.",
                &["EUR 90,000: cash (Cash)"],
            ),
            // Places raided are not seized either.
            ("Teams raided 52 properties and seized 310 phones.", &["310: phones (Other)"]),
            // What someone held when arrested is not said to be seized.
            (
                "It led to the recovery of 12 tusks and the arrest of a man in possession of six kg of heroin.",
                &["12: tusks (Wildlife)"],
            ),
            // Participles in a series describe the thing; its name follows them.
            (
                "Police seized 60 192 rounds of unconverted, converted, and live ammunition.",
                &["60 192: rounds of live ammunition (Ammunition)"],
            ),
            (
                "They seized 495 unconverted and converted alarm and signal weapons.",
                &["495: converted alarm and signal weapons (Firearms)"],
            ),
            (
                "Rangers seized 1.9 tonnes of raw and worked ivory and 80 wild cats.",
                &["1.9 tonnes: worked ivory (Wildlife)", "80: wild cats (Wildlife)"],
            ),
            (
                "Police seized 1,107 cannabis plants and 2,600 protected plants.",
                &["1,107: cannabis plants (Drugs)", "2,600: protected plants (Wildlife)"],
            ),
            // Things of any kind measured by their worth; "all" before the verb is no part of a name.
            (
                "The raids saw over £1.9 million worth of Class A and B drugs and some £40,210 in cash all seized.",
                &["over £1.9 million: Class A and B drugs (Drugs)", "some £40,210: cash (Cash)"],
            ),
        ];
        for (text, expected) in table {
            assert_eq!(seizures(text), *expected, "{text}");
        }
    }

    #[test]
    fn keeps_parts_apart_from_their_total() {
        assert_eq!(
            seizures(
                "Police seized 212 firearms, including 35 assault rifles and 12 shotguns, and 4,000 rounds of ammunition."
            ),
            [
                "212: firearms (Firearms)",
                "35: assault rifles (Firearms) part of firearms",
                "12: shotguns (Firearms) part of firearms",
                "4,000: rounds of ammunition (Ammunition)"
            ]
        );
        assert_eq!(
            seizures("Police seized 90 weapons which included 30 shotguns and 12 rifles."),
            ["90: weapons (Other)", "30: shotguns (Firearms) part of weapons", "12: rifles (Firearms) part of weapons"]
        );
        // Parts of a thing named without an amount, after a total of another.
        assert_eq!(
            seizures("Officers seized 70 knives and a great deal of cannabis resin, including 40 kg of hashish."),
            ["70: knives (Other)", "40 kg: hashish (Drugs)"]
        );
        assert_eq!(seizures("Detectives seized 12 kg of heroin following a tip-off."), ["12 kg: heroin (Drugs)"]);
    }

    #[test]
    fn a_thing_told_after_a_total_of_all_its_kind_is_among_it() {
        assert_eq!(
            seizures("Police seized 900 works of art and cultural goods; 300 icons were seized in one church."),
            [
                "900: works of art and cultural goods (CulturalGoods)",
                "300: icons (CulturalGoods) part of works of art and cultural goods"
            ]
        );
        // After a total of one thing, another of its kind is no part of it.
        assert_eq!(
            seizures("Police seized 900 icons; 300 coins were seized in a shop."),
            ["900: icons (CulturalGoods)", "300: coins (CulturalGoods)"]
        );
    }

    #[test]
    fn every_amount_in_brackets_after_including_is_a_part() {
        // The first part's name is not one the reader knows; those after it are parts still.
        assert_eq!(
            seizures("Rangers seized 6,400 reptiles (including 310 geckos/skinks, 2,150 tortoises, and 900 lizards)."),
            [
                "6,400: reptiles (Wildlife)",
                "2,150: tortoises (Wildlife) part of reptiles",
                "900: lizards (Wildlife) part of reptiles"
            ]
        );
        // A bracket right after a total lists its parts without a word that says so.
        assert_eq!(
            seizures("Officers seized 70 firearms (40 pistols and 30 rifles)."),
            [
                "70: firearms (Firearms)",
                "40: pistols (Firearms) part of firearms",
                "30: rifles (Firearms) part of firearms"
            ]
        );
    }

    #[test]
    fn a_programme_s_tally_is_no_seizure_of_the_operation() {
        assert!(
            seizures("Since 2006 the work under the programme has resulted in the seizure of 90 tons of cocaine.")
                .is_empty()
        );
        assert_eq!(seizures("Under the programme, officers seized 9 tons of cocaine."), ["9 tons: cocaine (Drugs)"]);
    }

    #[test]
    fn an_amount_of_a_list_of_things_is_of_none_of_them() {
        assert_eq!(
            seizures("Police seized some 90,000 pistols, parts, magazines and silencers in the raids."),
            Vec::<String>::new()
        );
        // Things with amounts of their own, a part, a qualifier or a verb after the comma.
        assert_eq!(
            seizures("Police seized 90 pistols, 12 rifles and 400 cartridges."),
            ["90: pistols (Firearms)", "12: rifles (Firearms)", "400: cartridges (Ammunition)"]
        );
        assert_eq!(
            seizures("Police seized 900 lifejackets, close to 80 boats and 30 engines."),
            ["900: lifejackets (Other)", "close to 80: boats (Vehicles)", "30: engines (Other)"]
        );
        assert_eq!(seizures("Police seized 90 pistols, arrested 12 men and left."), ["90: pistols (Firearms)"]);
        assert_eq!(
            seizures("Police seized 80 kg of ivory, thousands of turtle eggs, and rhino horns."),
            ["80 kg: ivory (Wildlife)"]
        );
        assert_eq!(
            seizures("Police seized 70 rifles, 9 grenades and various army boots."),
            ["70: rifles (Firearms)", "9: grenades (Other)"]
        );
    }

    #[test]
    fn one_country_s_seizure_is_its_own_but_a_dateline_names_no_seizer() {
        assert_eq!(seizures("The Moroccan Royal Gendarmerie seized 3 tonnes of cannabis."), Vec::<String>::new());
        assert_eq!(
            seizures("YOGYAKARTA, Indonesia – A police operation led to the seizure of 20 million fake medicines."),
            ["20 million: fake medicines (Medicines)"]
        );
    }

    #[test]
    fn a_seizure_named_after_by_one_country_s_authority_is_its_own() {
        assert_eq!(seizures("Some 3,073 coins were seized online by the Polish Police Service."), Vec::<String>::new());
        assert_eq!(seizures("Some 60 kg of heroin were seized by Panama’s Border Service."), Vec::<String>::new());
        assert_eq!(seizures("48 icons were recovered by Portuguese police."), Vec::<String>::new());
        assert_eq!(seizures("48 icons were recovered by police in the port."), ["48: icons (CulturalGoods)"]);
    }

    #[test]
    fn people_named_by_what_they_deal_in_are_not_seized() {
        assert_eq!(
            seizures("Rangers held four suspected rhino horn dealers after seizing 9 horns at a lodge."),
            ["9: horns (Wildlife)"]
        );
        assert_eq!(
            seizures("The seizure led to 2 cocaine traffickers and 6 kg of cocaine."),
            ["6 kg: cocaine (Drugs)"]
        );
        assert_eq!(
            seizures("Four suspected ivory traffickers are to be charged after the seizure of 9 tusks."),
            ["9: tusks (Wildlife)"]
        );
    }

    #[test]
    fn additional_things_after_and_are_another_thing() {
        assert_eq!(
            seizures("Police seized around EUR 30,500 in cash and additional laptops."),
            ["around EUR 30,500: cash (Cash)"]
        );
    }

    #[test]
    fn fake_medication_is_of_medicines() {
        assert_eq!(
            seizures("Over 40 tons of unlicensed and counterfeit medication were seized."),
            ["over 40 tons: counterfeit medication (Medicines)"]
        );
    }

    #[test]
    fn what_checks_detected_or_recovered_is_held() {
        assert_eq!(seizures("Detection of 83 fraudulent documents"), ["83: fraudulent documents (Documents)"]);
        assert_eq!(
            seizures("Police seized 500 bullets, 219 knives and 30 kg of game meat."),
            ["500: bullets (Ammunition)", "219: knives (Other)", "30 kg: game meat (Wildlife)"]
        );
        assert_eq!(
            seizures("Controls led to the recovery of 10 firearms, 60kg of drugs and cash worth USD 200,000."),
            ["10: firearms (Firearms)", "60kg: drugs (Drugs)", "USD 200,000: cash (Cash)"]
        );
        assert_eq!(
            seizures(
                "Police seized 10 rubber boats and engines, and 2,624 cubic metres of timber - enough for 440 ships."
            ),
            ["10: rubber boats (Vehicles)", "2,624 cubic metres: timber (Timber)"]
        );
        assert_eq!(
            seizures("Police seized 893 other weapons and firearms."),
            ["893: other weapons and firearms (Firearms)"]
        );
        // What searches found was taken; a count of what was not found is no seizure.
        assert_eq!(
            seizures("In the flats, about 4.2kg of cannabis and 310 grams of heroin were found."),
            ["about 4.2kg: cannabis (Drugs)", "310 grams: heroin (Drugs)"]
        );
    }

    #[test]
    fn what_it_was_seized_from_is_no_seizure() {
        assert_eq!(
            seizures("More than $625,000 in profits was seized from 288 bank accounts."),
            ["more than $625,000: profits (Cash)"]
        );
    }

    #[test]
    fn a_thing_something_else_was_done_to_is_no_seizure() {
        // The verb after the rest of the list, in the same clause.
        assert_eq!(
            seizures("11 properties and a dozen cars were searched, and phones and 40 rifles were seized."),
            ["40: rifles (Firearms)"]
        );
        assert_eq!(
            seizures("In all, 90 forged passports were detected and 12 stolen cars were seized."),
            ["12: stolen cars (Vehicles)"]
        );
        assert_eq!(seizures("In all, 90 forged passports were also seized."), ["90: forged passports (Documents)"]);
    }

    #[test]
    fn things_of_two_kinds_counted_together_are_of_neither() {
        assert_eq!(
            seizures("Police seized 600 tonnes of illicit drugs and precursor chemicals."),
            ["600 tonnes: illicit drugs and precursor chemicals (Other)"]
        );
        assert_eq!(seizures("Police seized 60 kg of cocaine and heroin."), ["60 kg: cocaine and heroin (Drugs)"]);
    }

    #[test]
    fn an_item_ends_before_an_amount_after_and() {
        assert_eq!(
            seizures("They seized 42 guns and abut US$170,000 in cash."),
            ["42: guns (Firearms)", "US$170,000: cash (Cash)"]
        );
        assert_eq!(seizures("They seized 557 weapons and four dogs."), ["557: weapons (Other)"]);
        // "along with" lists more things, not the item's words.
        assert_eq!(seizures("Officers seized 31 pistols along with knives."), ["31: pistols (Firearms)"]);
        // A participle after the item says where it was or what it held.
        assert_eq!(seizures("Police seized 1,200 rifles spanning nine countries."), ["1,200: rifles (Firearms)"]);
        // A verb after "and" starts another clause.
        assert_eq!(
            seizures("Agents seized 900 litres of chemical waste and said the checks go on."),
            ["900 litres: chemical waste (Other)"]
        );
        // Customs' infringement cases, each a seizure, open a list of what they held.
        assert_eq!(
            seizures("Customs logged 52 infringement cases, which held a total of:\n\n• 3,400 tonnes of plastic waste"),
            ["3,400 tonnes: plastic waste (Other)"]
        );
        // "being" opens what happened to it.
        assert_eq!(seizures("The searches saw 9 kilograms of cocaine being found."), ["9 kilograms: cocaine (Drugs)"]);
    }

    #[test]
    fn an_item_ends_before_a_qualifier_after_and() {
        assert_eq!(
            seizures("Officers seized 4,120 illegally held pistols and over 90,000 rounds of ammunition."),
            ["4,120: illegally held pistols (Firearms)", "over 90,000: rounds of ammunition (Ammunition)"]
        );
    }

    #[test]
    fn reads_a_measure_whose_item_follows_without_of() {
        assert_eq!(
            seizures("Wardens seized 412 kg pangolin scales and 38 live primates."),
            ["412 kg: pangolin scales (Wildlife)", "38: live primates (Wildlife)"]
        );
        // A word after a measure that names no item is no seizure.
        assert_eq!(seizures("Customs seized 40 kg overall at the port."), Vec::<String>::new());
    }

    #[test]
    fn reads_the_items_of_a_results_list_after_one_on_seizing() {
        let text = "Results:\n\n• 57 arrests\n• 900 firearms seized\n• 12,000 rounds of ammunition\n• 40 vehicles checked\n• 9 new investigations\n\nThe end.";
        assert_eq!(seizures(text), ["900: firearms (Firearms)", "12,000: rounds of ammunition (Ammunition)"]);
    }

    #[test]
    fn reads_a_label_line_that_names_the_item_before_the_amount() {
        let text =
            "Results:\n\nWeapons seized: 140, including 12 firearms\nCocaine seized: 6.5 kg\nVehicles checked: 300\n";
        assert_eq!(
            seizures(text),
            ["140: Weapons (Other)", "12: firearms (Firearms) part of Weapons", "6.5 kg: Cocaine (Drugs)"]
        );
    }

    #[test]
    fn a_stolen_thing_is_named_with_its_adjective() {
        assert_eq!(
            seizures("Officers recovered 7 stolen cars and 2 stolen boats."),
            ["7: stolen cars (Vehicles)", "2: stolen boats (Vehicles)"]
        );
    }

    #[test]
    fn a_part_told_after_its_amount_is_a_part_and_marks_nothing_after_it() {
        assert_eq!(
            seizures("Officers seized 11 vehicles, four of them luxury cars, and 6 handguns."),
            ["11: vehicles (Vehicles)", "four: luxury cars (Vehicles) part of vehicles", "6: handguns (Firearms)"]
        );
    }

    #[test]
    fn an_item_ends_at_a_closing_quotation_mark() {
        assert_eq!(
            seizures("\"Officers seized 500 rounds of ammunition,\" the agency said."),
            ["500: rounds of ammunition (Ammunition)"]
        );
    }

    #[test]
    fn reads_a_list_whose_marks_end_sentences() {
        let text =
            "The operation led to the seizure of:\n   a. 2.2 tonnes of hashish;\n   b. 17 speedboats.\n\nThe end.";
        assert_eq!(seizures(text), ["2.2 tonnes: hashish (Drugs)", "17: speedboats (Vehicles)"]);
    }

    #[test]
    fn reads_a_list_opened_by_a_sentence_on_seizing() {
        let text = "The results:\n\nOfficers seized:\n\n- 2.2 tonnes of hashish;\n- 17 speedboats.\n\nAnother 40 suspects were questioned.";
        assert_eq!(seizures(text), ["2.2 tonnes: hashish (Drugs)", "17: speedboats (Vehicles)"]);
    }

    #[test]
    fn never_reads_an_amount_without_a_seizure_or_a_named_item() {
        for text in [
            "Police arrested 212 people and rescued 35 victims.",
            "The operation checked 1.4 tonnes of cargo.",
            "Officers inspected 212 firearms dealers.",
            "Officers seized goods worth EUR 2 million.",
            "Police seized 40 tonnes in total.",
            "At the northern crossing alone, guards seized 90 kg of heroin.",
        ] {
            assert_eq!(seizures(text), Vec::<String>::new(), "{text}");
        }
    }
}
