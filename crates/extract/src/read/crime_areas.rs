//! The crime areas an operation targeted, read where the text says what it was against:
//! the words after "against", "targeting", "crackdown on", "to combat" ... ("an operation
//! against human trafficking and migrant smuggling"). A crime named elsewhere (an arrest "for
//! other crimes such as drug trafficking") is told in passing and not read.

use std::ops::Range;
use std::sync::LazyLock;

use explorer_model::text::fold;
use explorer_model::{CrimeArea, SeizureKind};
use regex::Regex;

use super::super::doc::{Doc, Sentence};
use super::super::phrases::any_of;
use super::super::segment::BlockKind;
use super::Scope;
use super::figures::tells_of_a_series;
use super::quotes::inside_quotation;
use super::seizures::FoundSeizure;
use super::timing::ELSEWHERE;

/// Words a window of what was done opens after, matched regardless of case, with fragments
/// of them one of which every match holds in a sentence's ASCII lower case: most sentences
/// hold none of the fragments, and a look for them costs a fraction of the case-blind search.
/// (No fragment has a "k" or an "s": case-blind, those also match the Kelvin sign and the long
/// "ſ", which ASCII lower case leaves as they are.)
struct Cue {
    words: LazyLock<Regex>,
    fragments: LazyLock<Regex>,
}

/// Words after which a text says what an operation was against.
static TARGETING: Cue = Cue {
    words: LazyLock::new(|| {
        Regex::new(r"(?i)(?-u:\b)(?:against|targeting|targeted|targets|to\s+target|crackdown\s+on|crack(?:ing)?\s+down\s+on|to\s+combat|combating|combatting|to\s+tackle|tackling|to\s+deal\s+with\s+(?:[\w-]+\s+){0,2}?crimes|to\s+fight|to\s+counter|to\s+disrupt|disrupts|disrupting|disruption\s+of|to\s+dismantle|stemming|to\s+stem|investigations?\s+into|looking\s+into|to\s+look\s+into|aimed\s+at|focus\s+(?:was\s+)?on|focus(?:s)?ed\s+(?:attention\s+)?(?:\w+\s+)?on|focus(?:s)?ing\s+on|focus(?:es)?\s+of\s+the\s+\w+\s+(?:was|were)|to\s+detect|to\s+stop|to\s+eliminate|to\s+curb|went\s+after|contra|combatir|dirigid[ao]s?\s+a|centrad[ao]s?\s+en|contre|ciblant|visant|gegen|wegen)(?-u:\b)")
        .expect("valid regex")
    }),
    fragments: LazyLock::new(|| {
        any_of(&[
            "again", "target", "crac", "combat", "tac", "deal", "fight", "counter", "rupt", "mantle", "tem", "inve",
            "aimed", "look", "focu", "detect", "top", "elimin", "curb", "went", "contra", "dirigid", "centrad",
            "contre", "cibl", "visant", "egen",
        ])
    }),
};

/// Words after which a text says what the suspects did, where it says nothing of what the
/// operation was against ("dismantled a criminal group that shipped hazardous waste",
/// "suspected of smuggling migrants", "raided illegal gambling dens", "people linked to
/// cyber-crimes", "members of drugs gangs", "an organisation that imported cocaine", "a group
/// active in Chile and Peru that forged banknotes", "rings specialising in human trafficking").
static SUSPECTED: Cue = Cue {
    words: LazyLock::new(|| {
        Regex::new(r"(?i)(?-u:\b)(?:dismantled|dedicated\s+to|suspected\s+of|on\s+suspicion\s+of|accused\s+of|charged\s+with|raided|raids\s+(?:of|on)|taken\s+down|took\s+down|linked\s+to|members\s+of|involved\s+in|engaged\s+in|speciali[sz]ing\s+in|offen[cs]es\s+(?:include[ds]?|including|relat(?:ed|ing)\s+to)|infringements\s+(?:[\w-]+\s+){0,6}?concerned|(?:organi[sz]ation|network|group|ring|gang)\s+(?:(?:active|based|operating)\s+)?(?:in\s+(?:[\w-]+\s+){1,5}?)?that|dedicad[ao]s?\s+al?|(?:desarticul|desmantel)\p{L}*|sospechos[oa]s?\s+de|favorecía|se\s+dedicava\s+ao|especializad[ao]\s+(?:en|no|na|em))(?-u:\b)")
        .expect("valid regex")
    }),
    fragments: LazyLock::new(|| {
        any_of(&[
            "mantled",
            "dedicated",
            "pected",
            "picion",
            "accu",
            "charged",
            "raid",
            "down",
            "lin",
            "member",
            "involved",
            "engaged",
            "peciali",
            "that",
            "dedicad",
            "desarticul",
            "desmantel",
            "pecho",
            "favorec",
            "dedicava",
            "offen",
            "infring",
        ])
    }),
};

/// The areas a window after a cue names, its sentence, whether it ended at "other crimes",
/// and whether its cue stands inside a quotation, where that was asked.
struct Window<'d> {
    areas: Vec<CrimeArea>,
    sentence: &'d Sentence,
    ends_in_other_crimes: bool,
    quoted: Option<bool>,
    /// Whether "also" stands right before the cue: "The checks also targeted ...".
    adds: bool,
    /// Whether "operation" stands right before the cue: "a wide operation aimed at ...".
    of_an_operation: bool,
}

/// A window up to the crimes it names as others than the target: "linked to other serious
/// crimes such as human trafficking" names none the operation was against.
fn before_other_crimes(window: &str) -> &str {
    // Most windows name no other crimes: a look for the word costs less than a lower-case copy.
    if !window.contains("ther ") {
        return window;
    }
    let lower = window.to_ascii_lowercase();
    let end =
        ["other crimes", "other serious crimes", "other illegal", "other criminal", "other forms of", "other types of"]
            .iter()
            .filter_map(|words| lower.find(words))
            .min()
            .unwrap_or(window.len());
    &window[..end]
}

/// Groups and operations, which the words right before them may say what they do: "a
/// migrant smuggling network", "people smuggling rings", "a human trafficking syndicate", "child trafficking operations", "a
/// human trafficking investigation", in
/// a headline's title case or capitals too. Spelt out rather than matched regardless of case,
/// which costs more on every sentence of a lead.
static DOERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?-u:\b)(?:[Nn]etworks?|[Rr]ings?|[Gg]angs?|[Ss]yndicates?|[Cc]artels?|[Oo]rgani[sz]ations?|[Oo]perations?",
        // What an action went after: "a human trafficking investigation", "trafficking bust".
        r"|[Ii]nvestigations?|[Bb]usts?|[Ss]weeps?|[Cc]rackdowns?",
        // Who the action went after: "suspected drug traffickers", "people smugglers", "heroin
        // dealers".
        r"|[Tt]raffickers|[Ss]mugglers|[Dd]ealers",
        r"|NETWORKS?|RINGS?|GANGS?|OPERATIONS?)(?-u:\b)"
    ))
    .expect("valid regex")
});

/// Words right before a group that say nothing of what it does.
const NO_DOING: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "of", "and", "in", "at", "to", "for", "by",
    "on", "criminal",
];

/// The paragraphs that may say what the groups did.
const DOER_PARAGRAPHS: usize = 4;

/// How many words before a group may say what it does.
const DOER_WORDS: usize = 5;

/// The last [`DOER_WORDS`] words of `before`, within its clause.
fn words_before(before: &str) -> &str {
    let clause = before.rfind([',', ';', ':', '(', '.']).map_or(before, |mark| &before[mark + 1..]);
    let trimmed = clause.trim_end();
    let start =
        trimmed.char_indices().rev().filter(|(_, c)| c.is_whitespace()).nth(DOER_WORDS - 1).map_or(0, |(at, _)| at);
    &trimmed[start..]
}

/// The opening quotation mark that ends a window, as UTF-8.
const OPENING_QUOTE: &[u8] = "“".as_bytes();

/// Words before a colon that opens a list of areas.
const LIST_OPENERS: &[&str] = &["in particular", "namely", "the following", "including", "as follows"];

/// How many words after the targeting words may name an area.
const WINDOW_WORDS: usize = 14;

/// How many may where they go on listing areas past [`WINDOW_WORDS`]: the window has at least
/// [`LIST_COMMAS`] commas and its last word ends with a comma or is "and" or "or".
const LIST_WINDOW_WORDS: usize = 20;
const LIST_COMMAS: usize = 2;

/// Frauds done online, which are both cybercrime and financial crime: listed under each area,
/// as the longest words matched take a phrase for one list only.
const ONLINE_FRAUD: &[&str] = &[
    "online fraud",
    "online scams",
    "scam centre",
    "scam centres",
    "scam center",
    "scam centers",
    "scam compound",
    "scam compounds",
    "scam complex",
];

/// Words that name each area, folded; a phrase must stand as whole words.
const AREAS: &[(CrimeArea, &[&str])] = &[
    (
        CrimeArea::HumanTrafficking,
        &[
            "human trafficking",
            "trafficking in human beings",
            "trafficking in persons",
            "trafficking in person",
            "trafficking of human beings",
            "trafficking of persons",
            "traffic people",
            "trafficking people",
            // As British English says it.
            "people trafficking",
            "people traffickers",
            "child trafficking",
            "trafficking of children",
            "trafficking in children",
            "sex trafficking",
            "sexual trafficking",
            "human traffickers",
            "sex traffickers",
            // Two areas that share their last word: listed under each.
            "human and drug trafficking",
            "human and drug traffickers",
            // Its forms, named alone.
            "sexual exploitation",
            "forced labour",
            "forced labor",
            "forced labourers",
            "forced laborers",
            "bonded labour",
            "bonded labor",
            "bonded labourers",
            "bonded laborers",
            "labour exploitation",
            "labor exploitation",
            "modern slavery",
            "modern day slavery",
            "slave like",
            "slavery",
            "exploitation of workers",
            "worker exploitation",
            // In Spanish: "trata" alone, as in "víctimas de trata"; and in Portuguese.
            "trata",
            "trafico de pessoas",
            "trafico de seres humanos",
            "trata de personas",
            "trata de seres humanos",
            "trata de mujeres",
            "trata de menores",
            "explotacion sexual",
            "explotacion laboral",
            "explotar laboralmente",
            "trabajo forzoso",
            "trabajos forzosos",
            // Brazil's "trabalho escravo" and "condições análogas à de escravo", slave labour.
            "trabalho escravo",
            "analogas a de escravo",
            "analogas as de escravo",
            "analoga a de escravo",
            "escravidao",
            // In French.
            "traite des etres humains",
            "traite d'etres humains",
            "traite des personnes",
            "trafic d'etres humains",
            "exploitation sexuelle",
            "travail force",
            // In German, whose compounds are words of their own.
            "menschenhandel",
            "menschenhandels",
            "menschenhandler",
            "arbeitsausbeutung",
            "ausbeutung der arbeitskraft",
            "ausbeutung durch arbeit",
            "zwangsarbeit",
            "sexuelle ausbeutung",
            "sexuellen ausbeutung",
            "zwangsprostitution",
        ],
    ),
    (
        CrimeArea::MigrantSmuggling,
        &[
            "migrant smuggling",
            "smuggling of migrants",
            "smuggling migrants",
            "smuggling irregular migrants",
            "smuggling of irregular migrants",
            "people smuggling",
            "migrant smugglers",
            "people smugglers",
            "smuggle migrants",
            // As the United States say it.
            "human smuggling",
            "human smugglers",
            "person smuggling",
            "facilitation of illegal immigration",
            // As Latin American releases put "tráfico de migrantes" in English.
            "trafficking of migrants",
            "trafficking in migrants",
            "trafficking migrants",
            "migrant trafficking",
            // "rescued 40 migrants smuggled across the border in a van".
            "migrants smuggled",
            "trafico de migrantes",
            "trafico ilicito de migrantes",
            "trafico ilegal de migrantes",
            "inmigracion irregular",
            "inmigracion ilegal",
            "imigracao ilegal",
            "illegal immigration",
            "illegal migration",
            "trafic de migrants",
            "passeurs",
            "immigration clandestine",
            "immigration illegale",
            "schleuser",
            "schleusern",
            "schleusung",
            "schleusungen",
            "schleuserkriminalitat",
            "schleuserbanden",
        ],
    ),
    (
        CrimeArea::DrugTrafficking,
        &[
            "drug",
            "drugs",
            "human and drug trafficking",
            "human and drug traffickers",
            "cocaine",
            "heroin",
            "narcotics",
            "methamphetamine",
            "meth",
            "cannabis",
            "hashish",
            "narcotrafico",
            "trafico de drogas",
            "trafico de droga",
            "trafico de estupefacientes",
            "drogue",
            "drogues",
            "stupefiants",
            "drogen",
            "drogenhandel",
            "rauschgift",
            "rauschgifthandel",
            "kokain",
            "betaubungsmittel",
        ],
    ),
    (
        CrimeArea::FirearmsTrafficking,
        &[
            "firearms",
            "weapons",
            "arms trafficking",
            "pistols",
            "guns",
            "gun trafficking",
            "gun smuggling",
            "trafico de armas",
            "armas de fuego",
            "trafic d'armes",
            "armes a feu",
            "waffen",
            "schusswaffen",
            "waffenhandel",
            "waffenschieber",
        ],
    ),
    // "medicines containing tiger bone": the trade is in the wildlife.
    (
        CrimeArea::WildlifeCrime,
        &[
            "wildlife",
            "ivory",
            "poaching",
            "medicines containing",
            "medicines made from",
            "endangered species",
            "threatened species",
            "protected species",
        ],
    ),
    (
        CrimeArea::EnvironmentalCrime,
        &[
            "pollution",
            "timber",
            "rosewood",
            "logging",
            "waste",
            "forest crime",
            "environmental crime",
            "illegal fishing",
            "illegal mining",
            "illegal gold mining",
            "fisheries crime",
            "fishing-related crime",
        ],
    ),
    (
        CrimeArea::Cybercrime,
        &["cybercrime", "cybercrimes", "cyber", "cybercriminals", "phishing", "ransomware", "malware", "hacking"],
    ),
    (CrimeArea::Cybercrime, ONLINE_FRAUD),
    (
        CrimeArea::FinancialCrime,
        &[
            "money laundering",
            "laundered",
            "financial crime",
            "fraud",
            "frauds",
            "mule accounts",
            "money muling",
            "money mules",
            "undeclared cash",
            "fraudulent call centre",
            "fraudulent call centres",
            "scam",
            "scams",
            "scammers",
            "lavado de dinero",
            "lavado de activos",
            "blanqueo de capitales",
            "fraude",
            "estafa",
            "estafas",
            "geldwasche",
            "betrug",
            "telefonbetrug",
        ],
    ),
    (CrimeArea::FinancialCrime, ONLINE_FRAUD),
    (
        CrimeArea::IllicitMedicines,
        &[
            "medicines",
            "pharmaceuticals",
            "pharmaceutical crime",
            "pharmaceutical items",
            "pharmaceutical products",
            "medical products",
            "illegal health products",
            "illicit health products",
            "counterfeit health products",
            // Drugs that pass for medicines: not drug trafficking.
            "fake drugs",
            "counterfeit drugs",
            "falsified drugs",
            "substandard drugs",
        ],
    ),
    (
        CrimeArea::CulturalProperty,
        &["cultural property", "cultural goods", "antiquities", "artefacts", "archaeological"],
    ),
    (
        CrimeArea::ChildSexualAbuse,
        &[
            "child sexual abuse",
            "child abuse",
            "sexual abuse of children",
            "child sexual exploitation",
            "sexual exploitation of children",
            "child sex abuse",
            "child sex offenders",
            "child sex offences",
            "child pornography",
            "indecent images of children",
            "explotacion sexual infantil",
            "abuso sexual infantil",
            "pornografia infantil",
        ],
    ),
    (CrimeArea::IllegalGambling, &["gambling", "betting"]),
    (
        CrimeArea::Counterfeiting,
        &["counterfeit", "counterfeiting", "counterfeits", "fake goods", "fake products", "fake brands"],
    ),
    // Crimes with no area of their own. "document fraud", "identity fraud" and "visa fraud"
    // are matched whole, so that their "fraud" is not financial crime.
    (
        CrimeArea::Other,
        &[
            "document fraud",
            "identity fraud",
            "visa fraud",
            "falsificacion de documentos",
            "stolen vehicles",
            "vehicle crime",
            // Itinerant gangs that steal and burgle across borders.
            "roaming criminal gangs",
            "mobile banditry",
            "mobile crime",
            "mobile organised crime",
            "mobile organized crime",
            "property crime",
            "polycriminal",
            "burglaries",
            "shoplifting",
            // Round-ups of the wanted and of violent offenders.
            "fugitives",
            "wanted persons",
            "wanted people",
            "violent offenders",
            "violent crime",
            // What labour inspections look for.
            "undeclared work",
            "illegal working",
            "illegal workers",
            "illegal employment",
            "posting",
            "self-employment",
            "subcontracting",
            "wage regulations",
            "wage rules",
            "minimum wage",
            // What road transport checks look for.
            "tachograph",
            "driving and resting time",
            "driving and resting times",
            "terrorism",
            "terrorist",
            // Tobacco and other goods smuggled past excise.
            "cigarettes",
            "cigarette smuggling",
            "tobacco",
            "excise goods",
        ],
    ),
];

/// The area a seized thing belongs to, where the thing tells: "9.2 tonnes of methamphetamine
/// seized" in a release that says nothing else of what the operation was against.
fn area_of_seized(kind: SeizureKind) -> Option<CrimeArea> {
    Some(match kind {
        SeizureKind::Drugs => CrimeArea::DrugTrafficking,
        SeizureKind::Firearms | SeizureKind::Ammunition => CrimeArea::FirearmsTrafficking,
        SeizureKind::Wildlife => CrimeArea::WildlifeCrime,
        SeizureKind::Timber => CrimeArea::EnvironmentalCrime,
        SeizureKind::Medicines => CrimeArea::IllicitMedicines,
        SeizureKind::CulturalGoods => CrimeArea::CulturalProperty,
        SeizureKind::Cash
        | SeizureKind::Assets
        | SeizureKind::Documents
        | SeizureKind::Vehicles
        | SeizureKind::Other => {
            return None;
        }
    })
}

/// Whether the words before a target tell of a duty or a wish, not of what was done:
/// "Customs and police have to work side by side to combat fraud".
fn a_duty(before: &str) -> bool {
    static DUTY_WORDS: LazyLock<Regex> =
        LazyLock::new(|| any_of(&[" have to ", " has to ", " must ", " should ", " need to ", " needs to "]));
    DUTY_WORDS.is_match(before)
}

/// The area of the first thing an operation seized that has one, with its sentence: read
/// only where the text names no area in words ([`crime_areas`] finds none). A release tells
/// first of what its operation was after; drugs found in a firearms action week were not its
/// target.
fn seized_areas(seized: &[(FoundSeizure, Range<usize>)]) -> Vec<(CrimeArea, Range<usize>)> {
    seized
        .iter()
        .filter(|(seizure, _)| seizure.part_of.is_none())
        .find_map(|(seizure, span)| Some((area_of_seized(seizure.kind)?, span.clone())))
        .into_iter()
        .collect()
}

/// Words for a charge of holding something, which says no trade in it.
const POSSESSION: [&str; 3] = ["possession of", "unlawful possession of", "illegal possession of"];

/// The areas named after the first targeting words of the operation's sentences that name
/// any, with the sentence that names them; where none do, every area named after words on
/// what the suspects did, each with its first sentence; then what its victims were victims
/// of, the area of what it seized ([`seized_areas`]), and last what a quoted speaker said it
/// was against.
pub fn crime_areas(
    doc: &Doc,
    scope: &Scope,
    seized: &[(FoundSeizure, Range<usize>)],
) -> Vec<(CrimeArea, Range<usize>)> {
    // "Since the start of the year the unit has held 420 smugglers": a body's tally over a
    // span of time says what it does, not what this action was against.
    // "Last year, 31 smugglers were sentenced": a sentence about another time or thing
    // says nothing of this action either.
    let of_other_times = |i: usize| {
        let lower = doc.sentences[i].lower();
        tells_of_a_series(lower) || ELSEWHERE.iter().any(|words| lower.starts_with(words))
    };
    let headline: Vec<usize> = (0..doc.sentences.iter().take_while(|s| !s.is_body()).count()).collect();
    // `tell_quoted`: whether to tell each window inside a quotation from one outside;
    // `sentences`: the sentences in scope, or the headline's.
    let windows = |cue: &'static Cue, tell_quoted: bool, sentences: Sentences| {
        let holding_a_fragment =
            |i: &&usize| cue.fragments.is_match(doc.sentences[**i].lower()) && !of_other_times(**i);
        let sentences = if sentences == Sentences::Headline { &headline } else { &scope.sentences };
        sentences.iter().filter(holding_a_fragment).flat_map(move |&i| {
            let sentence = &doc.sentences[i];
            let said = sentence.text(doc.text);
            cue.words
                .find_iter(said)
                .filter(move |found| {
                    let in_a_bodys_name = sentence.is_body()
                        && (in_a_name(said, found.start()) || names_a_body_after(&said[found.end()..]));
                    let before = &said[..found.start()];
                    !a_duty(before) && !a_bodys_mission(before) && !in_a_bodys_name && !of_a_share(before)
                })
                .map(move |found| {
                    // A quotation may open sentences before this one, in its paragraph.
                    let quoted = tell_quoted.then(|| {
                        inside_quotation(
                            &doc.text[doc.blocks[sentence.block].span.start..sentence.span.start + found.start()],
                        )
                    });
                    let after = &said[found.end()..];
                    let whole = window(after);
                    let named = before_other_crimes(whole);
                    // "targeted ... the EMPACT priority crime areas of" over a list of bullets.
                    let listed = opens_a_list(after, named).then(|| listed_below(doc, i));
                    let passage = listed.map_or_else(|| named.to_string(), |listed| format!("{named}; {listed}"));
                    // "charged with illegal possession of a pistol": holding, not trafficking.
                    let lower = named.trim_start().to_ascii_lowercase();
                    let holding = POSSESSION.iter().any(|words| lower.starts_with(words));
                    let areas = if holding { Vec::new() } else { areas_in(&passage) };
                    let mut words_before = said[..found.start()].trim_end().rsplit(' ');
                    let word_before = words_before.next().unwrap_or_default();
                    let adds = word_before.eq_ignore_ascii_case("also");
                    // "A simultaneous operation against ..." is another one.
                    let another = |word: &str| ANOTHER.iter().any(|other| word.eq_ignore_ascii_case(other));
                    let of_an_operation =
                        word_before.eq_ignore_ascii_case("operation") && !words_before.next().is_some_and(another);
                    Window {
                        areas,
                        sentence,
                        ends_in_other_crimes: named.len() < whole.len(),
                        quoted,
                        adds,
                        of_an_operation,
                    }
                })
        })
    };
    // What the text says in its own words first: a quoted speaker may speak of crime at large
    // ("... to combat organised crime and terrorism", said the agency), and is heard last. One
    // look over the targeting words finds the first window of each.
    let mut quoted_targeting = None;
    let mut targeting = windows(&TARGETING, true, Sentences::InScope).filter(|w| !w.areas.is_empty());
    for w in targeting.by_ref() {
        if w.quoted == Some(false) {
            let mut found: Vec<(CrimeArea, Range<usize>)> =
                w.areas.into_iter().map(|area| (area, w.sentence.span.clone())).collect();
            // "... targeting car theft. The checks also targeted firearms":
            // what the text adds to the first window.
            // "Police hold 41 in drive against people smuggling" over "an operation
            // against human trafficking": what the headline adds too.
            // "Officers joined in the worldwide drive to fight trafficking in persons.
            // Operation Kestrel was a wide operation aimed at people smuggling and forced
            // labour": what the operation itself was against, where the first window may tell
            // a country's share.
            let in_headline = windows(&TARGETING, false, Sentences::Headline);
            let adding = |w: &Window| (w.adds || w.of_an_operation) && w.quoted == Some(false);
            for added in targeting.filter(adding).chain(in_headline) {
                for area in added.areas {
                    if !found.iter().any(|(known, _)| *known == area) {
                        found.push((area, added.sentence.span.clone()));
                    }
                }
            }
            return found;
        }
        quoted_targeting.get_or_insert(w);
    }
    // What victims are accused of or suspected of is not what the operation was against.
    let of_suspects = |sentence: &Sentence| !sentence.lower().contains("victim");
    // "a migrant smuggling network", "child trafficking operations": what a group or an
    // operation does, in the words right before it, where a release says what it is about:
    // its headline ("Operation Theseus busts human trafficking and migrant smuggling rings")
    // and its first paragraphs.
    let lead_blocks = doc.first_paragraphs(DOER_PARAGRAPHS);
    let in_the_lead = scope
        .sentences
        .iter()
        .copied()
        .filter(|&i| lead_blocks.contains(&doc.sentences[i].block) && !of_other_times(i));
    let named_before = headline.iter().copied().chain(in_the_lead).flat_map(|i| {
        let sentence = &doc.sentences[i];
        let said = sentence.text(doc.text);
        DOERS.find_iter(said).filter_map(move |found| {
            let before = words_before(&said[..found.start()]);
            // "the operation", "a network": most groups are named with no word of what they do.
            let last = before.rsplit(' ').next().unwrap_or_default();
            // "the Baltic Cigarette Smuggling Network" in running text: a body's name,
            // capitalised word by word, which says what the body does, not what the action
            // went after. An operation's name says what it targets.
            let a_bodys_name = sentence.is_body()
                && last.starts_with(char::is_uppercase)
                && found.as_str().starts_with(char::is_uppercase)
                && !found.as_str().starts_with("Operation");
            if a_bodys_name {
                return None;
            }
            // "human traffickers" says it whole, where "human" alone says nothing.
            let before_starts = before.as_ptr() as usize - said.as_ptr() as usize;
            let with_the_doer = &said[before_starts..found.end()];
            (!NO_DOING.iter().any(|word| last.eq_ignore_ascii_case(word))).then(|| (areas_in(with_the_doer), sentence))
        })
    });
    // "accused of human trafficking, drug offences or other crimes": charges of every kind,
    // which say what the operation was against only where nothing else does.
    let (charges, suspected): (Vec<Window>, Vec<Window>) = windows(&SUSPECTED, false, Sentences::InScope)
        .filter(|w| of_suspects(w.sentence) && !w.areas.is_empty())
        .partition(|w| w.ends_in_other_crimes);
    // "The gang ... was also linked to heroin sales": what else the suspects did, told
    // as an aside, names an area only where nothing else does.
    let (also, suspected): (Vec<Window>, Vec<Window>) = suspected.into_iter().partition(|w| w.adds);
    let said_of_suspects = suspected.into_iter().map(|w| (w.areas, w.sentence));
    let mut found: Vec<(CrimeArea, Range<usize>)> = Vec::new();
    let mut told: Vec<(Vec<CrimeArea>, &Sentence)> =
        said_of_suspects.chain(named_before).filter(|(areas, _)| !areas.is_empty()).collect();
    if told.is_empty() {
        told.extend(also.into_iter().map(|w| (w.areas, w.sentence)));
    }
    for (areas, sentence) in told {
        for area in areas {
            if !found.iter().any(|(known, _)| *known == area) {
                found.push((area, sentence.span.clone()));
            }
        }
    }
    if let Some(first) = charges.into_iter().next().filter(|_| found.is_empty()) {
        return first.areas.into_iter().map(|area| (area, first.sentence.span.clone())).collect();
    }
    if !found.is_empty() {
        return found;
    }
    // "nearly 350 potential victims of forced labour or sexual trafficking have been rescued":
    // what the victims the operation found were victims of, where nothing else says.
    // "Gulf action targets pharmaceutical crime": what the headline says
    // the action targeted, where the body says nothing of it.
    if let Some(w) = windows(&TARGETING, false, Sentences::Headline).find(|w| !w.areas.is_empty()) {
        return w.areas.into_iter().map(|area| (area, w.sentence.span.clone())).collect();
    }
    let victims_of = windows(&VICTIMS_OF, false, Sentences::InScope).find(|w| !w.areas.is_empty());
    if let Some(Window { areas, sentence, .. }) = victims_of {
        return areas.into_iter().map(|area| (area, sentence.span.clone())).collect();
    }
    let seized = seized_areas(seized);
    if !seized.is_empty() {
        return seized;
    }
    quoted_targeting
        .map_or_else(Vec::new, |w| w.areas.into_iter().map(|area| (area, w.sentence.span.clone())).collect())
}

/// Words before "operation" that tell of another one than the release's.
const ANOTHER: &[&str] =
    &["simultaneous", "parallel", "separate", "another", "other", "second", "similar", "previous", "earlier"];

/// Which sentences a crime area's cue is looked for in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Sentences {
    /// Those in the operation's scope.
    InScope,
    /// The headline's.
    Headline,
}

/// Whether the words after the targeting words, read whole as `named`, end the sentence with
/// words that open a list below it: "... crime areas of", "... including:".
fn opens_a_list(after: &str, named: &str) -> bool {
    let end = after.trim_end();
    named.trim_end() == end && [":", " of", " including"].iter().any(|opener| end.ends_with(opener))
}

/// The items of the list of bullets right after sentence `i`, joined.
fn listed_below(doc: &Doc, i: usize) -> String {
    let items = doc.sentences[i + 1..].iter().take_while(|s| s.kind == BlockKind::Bullet);
    items.map(|s| s.text(doc.text)).collect::<Vec<_>>().join("; ")
}

/// Words after which a text says what the victims were victims of.
static VICTIMS_OF: Cue = Cue {
    // "freed 31 victims, 30 of them girls, from trafficking in persons"; "freed 17 forced
    // labourers": what the people rescued were, right after their count ("resgatou 40 pessoas
    // de trabalho escravo" in Portuguese).
    words: LazyLock::new(|| {
        Regex::new(r"(?i)(?-u:\b)(?:victims(?:,[^,]{1,40},)?\s+(?:of|from)|(?:rescued|freed|resgatou|resgataram|libertou|libertaram)\s+\d[\d,.]*|víctimas\s+de)(?-u:\b)")
            .expect("valid regex")
    }),
    fragments: LazyLock::new(|| any_of(&["victim", "cued", "freed", "ctima", "resgat", "libert"])),
};

/// Whether the targeting word at `at` is capitalised inside its sentence, as a word of another
/// body's name is in running text (a headline capitalises every word): "the Eurasian Group on
/// Combating Money Laundering" targets nothing.
fn in_a_name(said: &str, at: usize) -> bool {
    // An operation's own name says what it targets: "Operation Shield Against Child Trafficking".
    let an_operations = || said[..at].split_whitespace().rev().take(NAME_WORDS_BEFORE).any(|word| word == "Operation");
    at > 0 && said[at..].starts_with(|c: char| c.is_uppercase()) && !an_operations()
}

/// Whether the words after Spanish's "contra" are a body's name: "la Oficina contra el Lavado
/// de Activos" names an office, as Spanish writes crimes in lower case.
fn names_a_body_after(after: &str) -> bool {
    let mut words = after.split_whitespace();
    matches!(words.next(), Some("el" | "la" | "los" | "las"))
        && words.next().is_some_and(|noun| noun.starts_with(char::is_uppercase))
}

/// How many words before a capitalised targeting word may open an operation's name.
const NAME_WORDS_BEFORE: usize = 4;

/// Whether the clause before the words is about a share ("more than 90% of the money mule
/// transactions were linked to cybercrime"): a statistic of what the suspects' crimes fed, not
/// what the operation or its suspects went after.
fn of_a_share(before: &str) -> bool {
    let clause = before.rfind([',', ';', ':']).map_or(before, |mark| &before[mark + 1..]);
    // Three words: a quick scan for each costs less than setting up a search for all.
    ["%", " percent", " per cent"].iter().any(|words| clause.contains(words))
}

/// Whether the words before "against" make it a body's standing fight, not the operation's
/// target: "a major win for Europol's fight against organised crime".
fn a_bodys_mission(before: &str) -> bool {
    let before = before.trim_end();
    ["fight", "battle", "efforts"]
        .iter()
        .any(|fight| before.strip_suffix(fight).is_some_and(|owner| owner.ends_with("'s ") || owner.ends_with("’s ")))
}

/// A verb in the present perfect and the word before it: " distribution has uncovered".
static PERFECT_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<before>[\w-]+) (?P<verb>(?:has|have) (?:also |now |already )?(?:been )?[a-z]+(?:ed|en|ht|ound|ade))(?-u:\b)")
        .expect("valid regex")
});

/// The words after the targeting words, up to a mark that ends the clause and at most
/// [`WINDOW_WORDS`] of them, or [`LIST_WINDOW_WORDS`] where they list areas: "targeted
/// synthetic drugs and, human trafficking, migrant smuggling, document fraud and
/// environmental crime".
fn window(after: &str) -> &str {
    // A colon ends the clause, unless it opens the list of what was targeted ("three
    // criminal phenomena in particular: illegal immigration, ...").
    // Each mark but the opening quote is one ASCII byte, and the quote's first byte starts
    // no other mark: the marks are found in the bytes, without decoding every character.
    let ends_clause = |at: usize| match after.as_bytes()[at] {
        b'.' | b';' | b'(' | b'"' => true,
        b':' => !LIST_OPENERS.iter().any(|words| after[..at].ends_with(words)),
        byte => byte == OPENING_QUOTE[0] && after.as_bytes()[at..].starts_with(OPENING_QUOTE),
    };
    let end = (0..after.len()).find(|&at| ends_clause(at)).unwrap_or(after.len());
    // "targeting meth dealing has turned up cash and guns": the sentence's verb ends
    // what was targeted; what it found is told after it. Not "groups that have smuggled
    // migrants", which tells who the groups are.
    let end = PERFECT_VERB
        .captures_iter(&after[..end])
        .find(|found| !matches!(&found["before"], "who" | "that" | "which"))
        .and_then(|found| found.name("verb"))
        .map_or(end, |verb| verb.start());
    let clause = &after[..end];
    let mut words = 0;
    // The commas of the clause before `at`, counted on the way rather than again at each word.
    let mut commas = 0;
    let mut in_word = false;
    let mut limit = WINDOW_WORDS;
    for (at, c) in clause.char_indices() {
        if c.is_whitespace() && in_word {
            words += 1;
            let so_far = &clause[..at];
            let listing =
                commas >= LIST_COMMAS && (so_far.ends_with(',') || so_far.ends_with(" and") || so_far.ends_with(" or"));
            if words == WINDOW_WORDS && listing {
                limit = LIST_WINDOW_WORDS;
            }
            if words == limit {
                return so_far;
            }
        }
        in_word = !c.is_whitespace();
        commas += usize::from(c == ',');
    }
    clause
}

/// The areas a passage names, in the order of [`AREAS`].
pub(super) fn areas_in(passage: &str) -> Vec<CrimeArea> {
    let folded = without_counts(&fold(passage));
    let named: Vec<&str> = AREA_WORDS.find_iter(&folded).map(|found| found.as_str()).collect();
    let areas = AREAS.iter().filter(|(_, words)| words.iter().any(|word| named.contains(word))).map(|(area, _)| *area);
    let medicines_only = named.contains(&"counterfeit") && counterfeit_describes_medicines(&folded);
    let fake_drugs = named.contains(&"drugs") && drugs_pass_for_medicines(&folded);
    let mut areas: Vec<CrimeArea> = areas
        .filter(|area| !(medicines_only && *area == CrimeArea::Counterfeiting))
        .map(|area| if fake_drugs && area == CrimeArea::DrugTrafficking { CrimeArea::IllicitMedicines } else { area })
        .collect();
    // An area listed twice in a row (its own words and [`ONLINE_FRAUD`]) is named once.
    areas.dedup();
    areas
}

/// Words that say drugs pass for medicines, a word or two before "drugs": "fake malaria drugs".
const PASSING_FOR_MEDICINES: &[&str] = &["fake", "counterfeit", "falsified", "substandard"];

/// Whether every "drugs" of a passage (folded: in lower case) is said to pass for medicines, by
/// one of [`PASSING_FOR_MEDICINES`] up to two words before it: "fake malaria drugs" are illicit
/// medicines, not drug trafficking.
pub(super) fn drugs_pass_for_medicines(folded: &str) -> bool {
    let words: Vec<&str> = folded.split_whitespace().collect();
    let mut drugs = words.iter().enumerate().filter(|(_, word)| **word == "drugs").peekable();
    drugs.peek().is_some()
        && drugs.all(|(at, _)| words[at.saturating_sub(3)..at].iter().any(|word| PASSING_FOR_MEDICINES.contains(word)))
}

/// Words that may stand between "counterfeit" and the medicines it describes.
const DESCRIBING_MEDICINES: &[&str] = &["and", "or", "illegal", "illicit", "falsified", "fake", "substandard"];

/// Whether every "counterfeit" of a passage (folded) describes medicines: "counterfeit and
/// illegal medical products" are illicit medicines, not a second area.
fn counterfeit_describes_medicines(folded: &str) -> bool {
    let medicines = AREAS.iter().find(|(area, _)| *area == CrimeArea::IllicitMedicines).map_or(&[][..], |(_, w)| w);
    let words: Vec<&str> = folded.split_whitespace().collect();
    let mut counterfeits = words.iter().enumerate().filter(|(_, word)| **word == "counterfeit").peekable();
    counterfeits.peek().is_some()
        && counterfeits.all(|(at, _)| {
            let rest = words[at + 1..].iter().skip_while(|word| DESCRIBING_MEDICINES.contains(word));
            let following = rest.take(2).copied().collect::<Vec<_>>().join(" ");
            medicines.iter().any(|medicine| following.starts_with(medicine))
        })
}

/// Words that qualify a count: "over", "more than", "at least".
const COUNT_QUALIFIERS: &[&str] =
    &["over", "than", "more", "some", "about", "nearly", "almost", "around", "least", "at"];

/// A passage without its counts and their qualifiers, so that what was counted joins the
/// words before it: "smuggling over 1,000 migrants" names migrant smuggling. Its words are
/// joined by single spaces, and its commas and hyphens are spaces too.
fn without_counts(passage: &str) -> String {
    // A word takes a byte and a space at least: room for every word at once, where growing
    // the list as it fills copied it again and again.
    let mut kept: Vec<&str> = Vec::with_capacity(passage.len().div_ceil(2));
    for word in passage.split_whitespace() {
        if word.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.')
            && word.starts_with(|c: char| c.is_ascii_digit())
        {
            while kept.last().is_some_and(|before| COUNT_QUALIFIERS.contains(before)) {
                kept.pop();
            }
        } else {
            kept.push(word);
        }
    }
    // Commas and hyphens are ASCII: each becomes a space byte for byte, and the words are
    // copied as bytes, not pushed a character at a time.
    let mut joined = Vec::with_capacity(passage.len());
    for word in kept {
        if !joined.is_empty() {
            joined.push(b' ');
        }
        joined.extend(word.bytes().map(|byte| if matches!(byte, b',' | b'-') { b' ' } else { byte }));
    }
    String::from_utf8(joined).expect("ASCII bytes replaced by ASCII bytes leave the text UTF-8")
}

/// Every word of [`AREAS`] as a whole word: one pass over a passage instead of one per word.
/// The longest first, so that "child sexual exploitation" and "sexual exploitation of
/// children" are read whole before "sexual exploitation" is.
static AREA_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    let mut words: Vec<&str> = AREAS.iter().flat_map(|(_, words)| words.iter().copied()).collect();
    words.sort_by_key(|word| std::cmp::Reverse(word.len()));
    let words: Vec<String> = words.iter().map(|word| regex::escape(word)).collect();
    Regex::new(&format!(r"(?-u:\b)(?:{})(?-u:\b)", words.join("|"))).expect("valid regex")
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::country_index::CountryIndex;
    use crate::annotate::dates::NumericOrder;

    #[test]
    fn every_cue_holds_one_of_its_fragments() {
        let written = [
            (
                &TARGETING,
                "Against; TARGETING; targeted; targets; to  target; CRACKDOWN on; to combat; combating; combatting; to tackle; to deal with organised crimes; Tackling; to fight; to counter; to disrupt; disrupts; disrupting; disruption of; to dismantle; stemming; to stem; investigation into; investigations into; looking into; to look into; aimed at; focus on; focus was on; focused on; focused attention on; focusing on; focussed mainly on; focussing on; focus of the operation was; focuses of the checks were; to detect; to stop; to eliminate; to curb; went after; contra; CONTRA; para combatir; dirigida a; dirigidas a; centrada en; centrados en",
            ),
            (
                &SUSPECTED,
                "dismantled; dedicated to; Suspected of; on suspicion of; accused of; charged with; raided; raids of; raids on; taken down; took down; linked to; members of; involved in; engaged in; specialising in; specializing in; organisation that; organization based in Chile that; network operating that; group active in Chile and Peru that; ring that; gang that; offences include; offenses included; offences relating to; infringements in the three inspections concerned; dedicada a; dedicados a; dedicadas al; desarticularon; desmantelada; sospechosos de; Sospechosa de; favorecía; se dedicava ao; especializada no; especializada en",
            ),
            (
                &VICTIMS_OF,
                "victims of; Victims, 30 of them girls, from; rescued 17; Freed 40; víctimas de; resgatou 1.250",
            ),
        ];
        for (cue, list) in written {
            for words in list.split("; ") {
                assert!(cue.words.is_match(words), "{words}");
                assert!(cue.fragments.is_match(&words.to_ascii_lowercase()), "{words}");
            }
        }
    }

    fn areas(text: &str) -> Vec<&'static str> {
        let doc = Doc::new(text, CountryIndex::shared(), NumericOrder::DayFirst);
        let scope = Scope { blocks: Vec::new(), sentences: (0..doc.sentences.len()).collect() };
        crime_areas(&doc, &scope, &[]).into_iter().map(|(area, _)| explorer_model::json_name(area)).collect()
    }

    #[test]
    fn reads_each_area_where_the_text_says_what_the_operation_was_against() {
        let table: &[(&str, &[&str])] = &[
            (
                "An operation against human trafficking and migrant smuggling ran in May.",
                &["human_trafficking", "migrant_smuggling"],
            ),
            ("Police raided a gang of people smugglers in Leipzig.", &["migrant_smuggling"]),
            // German, with "gegen" for "against" and its compounds as words of their own.
            (
                "Die Polizei ging in einer Razzia gegen Zwangsarbeit und Schleuserkriminalität vor.",
                &["human_trafficking", "migrant_smuggling"],
            ),
            (
                "Die Aktion richtete sich gegen Waffenhandel und Geldwäsche.",
                &["firearms_trafficking", "financial_crime"],
            ),
            ("Police raided 40 farms against slave-like working conditions.", &["human_trafficking"]),
            (
                "Joint action days targeting drug and firearms trafficking at ports.",
                &["drug_trafficking", "firearms_trafficking"],
            ),
            ("A crackdown on the illegal trade in ivory and live reptiles.", &["wildlife_crime"]),
            ("Customs went after sellers of medicines containing tiger bone.", &["wildlife_crime"]),
            ("A crackdown on the illegal trade in owls, an endangered species.", &["wildlife_crime"]),
            ("Raids against illegal mining along the river.", &["environmental_crime"]),
            ("Pharmacies were raided in a crackdown on falsified drugs.", &["illicit_medicines"]),
            // Drugs that pass for medicines, with a word between.
            ("Pharmacies were raided in a crackdown on fake cough drugs.", &["illicit_medicines"]),
            ("A crackdown on fake cough drugs and on drugs sold in clubs.", &["drug_trafficking"]),
            ("Customs held a week of action against fake goods sold at markets.", &["counterfeiting"]),
            ("Police raided a fraudulent call centre in Riga.", &["financial_crime"]),
            // In Spanish.
            (
                "Las redadas fueron contra la trata de personas y el tráfico ilícito de migrantes.",
                &["human_trafficking", "migrant_smuggling"],
            ),
            ("Cayó un clan dedicado a la explotación sexual en bares.", &["human_trafficking"]),
            ("La policía desarticuló una banda de explotación laboral en tres provincias.", &["human_trafficking"]),
            ("Cayó un grupo dedicado a explotar laboralmente a costureras.", &["human_trafficking"]),
            ("Cayeron tres hombres dedicados al tráfico ilícito de migrantes.", &["migrant_smuggling"]),
            // In French.
            (
                "Une opération contre la traite des êtres humains et le trafic d’armes a eu lieu.",
                &["human_trafficking", "firearms_trafficking"],
            ),
            ("Des contrôles visant les passeurs ont été menés.", &["migrant_smuggling"]),
            ("A gang dedicated to the trafficking of migrants was broken up.", &["migrant_smuggling"]),
            (
                "Fueron detenidos 12 sospechosos de narcotráfico y lavado de activos.",
                &["drug_trafficking", "financial_crime"],
            ),
            ("Se trata de la mayor operación del año en la región.", &[]),
            // Charges of every kind say what it was against only where nothing else does.
            (
                "Police smashed a human trafficking ring in May.\n\nThose held are suspected of migrant \
                 smuggling, drug dealing or other crimes.",
                &["human_trafficking"],
            ),
            (
                "Those held are suspected of migrant smuggling, drug dealing or other crimes.",
                &["migrant_smuggling", "drug_trafficking"],
            ),
            ("Trabajó con la Oficina contra el Lavado de Activos del país.", &[]),
            ("La fiscalía rescató a 75 víctimas de trata en tres estados.", &["human_trafficking"]),
            ("Uma quadrilha especializada no tráfico de pessoas foi presa em Belém.", &["human_trafficking"]),
            ("Fiscais resgataram 40 pessoas em condições análogas à de escravo.", &["human_trafficking"]),
            ("Cayó una banda que favorecía la inmigración irregular por mar.", &["migrant_smuggling"]),
            ("Troops raided a scam compound on the river border.", &["cybercrime", "financial_crime"]),
            ("Police dismantled a ring that ran romance scams from rented flats.", &["financial_crime"]),
            ("Eleven were held in raids on an online fraud syndicate.", &["cybercrime", "financial_crime"]),
            ("Police freed 17 forced labourers from a brick kiln in a raid.", &["human_trafficking"]),
            ("The week targeted web shops offering illicit health products.", &["illicit_medicines"]),
            ("Inspectors spent a week looking into reports of labour exploitation on farms.", &["human_trafficking"]),
            ("It is a yearly drive that disrupts web shops offering illegal health products.", &["illicit_medicines"]),
            ("Officers rescued 31 bonded labourers from a brick kiln.", &["human_trafficking"]),
            (
                "Officers found three minors, likely victims of trafficking in person, at a bus station.",
                &["human_trafficking"],
            ),
            ("The week of checks was aimed at human and drug trafficking.", &["human_trafficking", "drug_trafficking"]),
            ("Half of the checks focussed mainly on sexual exploitation.", &["human_trafficking"]),
            (
                "In an effort to deal with crimes such as stock theft and drugs, police led a blitz.",
                &["drug_trafficking"],
            ),
            // What a later sentence adds, and not what it says in passing.
            (
                "An operation targeted drug trafficking. It also targeted firearms, among other crimes.",
                &["drug_trafficking", "firearms_trafficking"],
            ),
            ("An operation targeted drug trafficking. Later raids targeted firearms.", &["drug_trafficking"]),
            // What the operation itself was against, beside a country's share of it; and
            // another operation, which adds nothing.
            (
                "Officers joined in the worldwide drive to fight trafficking in persons. The drive was a wide operation aimed at people smuggling and forced labour.",
                &["human_trafficking", "migrant_smuggling"],
            ),
            (
                "Police led an operation aimed at child trafficking rings. A parallel operation aimed at people smuggling saw four arrests.",
                &["human_trafficking"],
            ),
            // What the offences found were, and the rules that checks verified.
            ("Customs found offences relating to smuggled tobacco at two shops.", &["other"]),
            ("Infringements found in the two inspections concerned undeclared work.", &["other"]),
            ("Inspectors called at shops, cracking down on illegal employment.", &["other"]),
            (
                "The raids targeted people trafficking and gun trafficking.",
                &["human_trafficking", "firearms_trafficking"],
            ),
            ("The crackdown targeted drug smuggling and cybercrimes.", &["drug_trafficking", "cybercrime"]),
            ("Roadside teams aimed at the tachograph rules of haulage firms.", &["other"]),
            ("Agencies teamed up to dismantle a black market cigarettes racket.", &["other"]),
            ("Police took down a server used by cybercriminals.", &["cybercrime"]),
            ("Customs held joint checks against smuggled cigarettes at the border.", &["other"]),
            ("The joint action day targeted cigarette smuggling and other excise goods.", &["other"]),
            ("The operation targeted the illegal logging of protected forests.", &["environmental_crime"]),
            ("Police acted to combat phishing and investment fraud.", &["cybercrime", "financial_crime"]),
            ("Agents acted to combat migrant smuggling and identity fraud rings.", &["migrant_smuggling", "other"]),
            ("Banks and police joined a week of action against money muling in May.", &["financial_crime"]),
            ("Police set out to arrest child sex offenders in 30 towns.", &[]),
            ("Officers began a crackdown on child sex offenders who use chat apps.", &["child_sexual_abuse"]),
            ("The sweep was aimed at those sharing child pornography.", &["child_sexual_abuse"]),
            ("The action targeted facilitated illegal migration.", &["migrant_smuggling"]),
            ("The raids targeted dealers in looted archaeological coins.", &["cultural_property"]),
            ("Customs acted to combat counterfeit or substandard medicines sold online.", &["illicit_medicines"]),
            (
                "Customs acted to combat counterfeit watches and unlicensed medicines.",
                &["illicit_medicines", "counterfeiting"],
            ),
            (
                "A two-year investigation into child sexual abuse material on forums led to arrests.",
                &["child_sexual_abuse"],
            ),
            // A list "as follows".
            (
                "The checks focused on three threats, as follows: document fraud, firearms trafficking and drugs \
                 trafficking.",
                &["drug_trafficking", "firearms_trafficking", "other"],
            ),
            // A sentence that goes on in a list of bullets.
            (
                "Operations targeted crime in the areas of\n\n• cybercrime;\n• drug trafficking.\n\nPolice met.",
                &["drug_trafficking", "cybercrime"],
            ),
            ("The checks targeted people smuggling and document fraud.", &["migrant_smuggling", "other"]),
            ("The checks targeted visa fraud.", &["other"]),
            ("The checks targeted the trafficking of stolen vehicles.", &["other"]),
            ("Patrols at sea went after illegal fishing and fishing-related crime.", &["environmental_crime"]),
            ("Against organised mobile crime, 9,000 cars were checked in a week.", &["other"]),
            ("The action days targeted itinerant polycriminal gangs.", &["other"]),
            ("Police joined forces to target firearms trafficking.", &["firearms_trafficking"]),
            ("Days of action targeting the facilitation of illegal immigration.", &["migrant_smuggling"]),
            ("An action against the online sale of falsified medicines.", &["illicit_medicines"]),
            ("A week of action against the trafficking of cultural goods.", &["cultural_property"]),
            ("Officers targeted offenders who shared child sexual abuse material online.", &["child_sexual_abuse"]),
            ("Raids targeting illegal gambling dens.", &["illegal_gambling"]),
            // A count between the words of an area.
            ("A crackdown on smuggling over 1,000 migrants into the EU.", &["migrant_smuggling"]),
            ("The surge targeted human smuggling networks.", &["migrant_smuggling"]),
            ("The main focuses of the inspections were undeclared work and wage rules.", &["other"]),
            ("Inspections focused on worksites with posting and bogus self-employment.", &["other"]),
            (
                "The days focused attention on three crimes in particular: illegal immigration and drug trafficking.",
                &["migrant_smuggling", "drug_trafficking"],
            ),
            // A list of areas runs past the usual window; a clause after it does not.
            (
                "The actions targeted synthetic drugs and new psychoactive substances and, human trafficking, \
                 migrant smuggling, document fraud and environmental crime.",
                &["human_trafficking", "migrant_smuggling", "drug_trafficking", "environmental_crime", "other"],
            ),
            (
                "The operation targeted the trafficking of illicit medicines along the main road corridors and \
                 through informal markets, where counterfeit painkillers are sold.",
                &["illicit_medicines"],
            ),
            ("Customs acted against counterfeit goods at the border.", &["counterfeiting"]),
            (
                "The week brought the disruption of ivory and rosewood networks.",
                &["wildlife_crime", "environmental_crime"],
            ),
            ("Its aim was stemming the flow of counterfeit toys by post.", &["counterfeiting"]),
            ("A special focus was on the looting of cultural goods from ruins.", &["cultural_property"]),
            ("Patrols were sent out to detect oil pollution at sea.", &["environmental_crime"]),
            ("A huge effort to stop people smuggling began in May.", &["migrant_smuggling"]),
            ("The operation went after sex trafficking rings.", &["human_trafficking"]),
            ("Officers acted to combat the trafficking of children for begging.", &["human_trafficking"]),
            ("The operation, run to eliminate the trade in stolen artefacts, ended.", &["cultural_property"]),
            ("Checks ran to curb the sale of unlicensed medicines.", &["illicit_medicines"]),
            // Forms of trafficking named alone; the longest words read first.
            ("The sweep targeted sex traffickers.", &["human_trafficking"]),
            ("Officers arrested six suspected human traffickers in Lagos.", &["human_trafficking"]),
            ("Police freed 40 victims and arrested six suspected human traffickers.", &["human_trafficking"]),
            ("Police rescued 23 victims, 19 of them girls, from trafficking in persons.", &["human_trafficking"]),
            ("Inspections targeted forced labour on farms.", &["human_trafficking"]),
            ("The raids targeted the sexual exploitation of children online.", &["child_sexual_abuse"]),
        ];
        for (text, expected) in table {
            assert_eq!(areas(text), *expected, "{text}");
        }
    }

    #[test]
    fn a_crime_told_in_passing_is_no_area() {
        // Other crimes of the suspects, and a check "against" databases, say nothing of the aim.
        let text = "Some 100 arrests were made for other crimes such as drug trafficking. Officers ran checks against INTERPOL databases.";
        assert_eq!(areas(text), Vec::<&str>::new());
        // A body's standing fight is its mission, not this operation's aim.
        let text = "The raids were a win for Europol's fight against organised human trafficking.";
        assert_eq!(areas(text), Vec::<&str>::new());
        // A targeting word capitalised in running text is a word of a body's name.
        let text = "Observers came from the Regional Centre for Combating Drug Trafficking and Fraud.";
        assert_eq!(areas(text), Vec::<&str>::new());
        // So is a group's word in a body's name: what the body works on, not the aim.
        assert_eq!(areas("Police and the Baltic Cigarette Smuggling Network met in May."), Vec::<&str>::new());
        // What the groups the action went after specialised in.
        let text = "Officers moved to disband rings specialising in drug trafficking and phishing.";
        assert_eq!(areas(text), ["drug_trafficking", "cybercrime"]);
        // A unit's tally since the year began says what it does, not what this action was against.
        let text =
            "Police raided 40 farms in May. Since the start of the year, the unit has held 420 people smugglers.";
        assert_eq!(areas(text), Vec::<&str>::new());
        let text = "Police raided 40 farms in May. Last year, 31 people smugglers were sentenced.";
        assert_eq!(areas(text), Vec::<&str>::new());
        // Terrorism, which has no area of its own.
        assert_eq!(areas("Police ran an operation against terrorism financing in May."), ["other"]);
        // An operation's name says what it targets.
        assert_eq!(areas("Police ran Operation Shield Against Child Trafficking in May."), ["human_trafficking"]);
        // In a headline, every word is capitalised.
        assert_eq!(areas("Police Operation Against Drug Trafficking Ends\n\nThe checks ran."), ["drug_trafficking"]);
    }

    #[test]
    fn reads_an_aim_told_with_verbs_and_not_what_victims_are_accused_of() {
        let text = "Police acted against the networks that traffic people and smuggle migrants across the desert.";
        assert_eq!(areas(text), ["human_trafficking", "migrant_smuggling"]);
        let text = "Many victims fear to testify as they are accused of fraud themselves.";
        assert_eq!(areas(text), Vec::<&str>::new());
    }

    #[test]
    fn where_no_aim_is_stated_what_the_suspects_did_names_the_areas() {
        let text = "Police dismantled a network that dumped toxic waste in rivers. Its leaders are accused of money laundering.";
        assert_eq!(areas(text), ["environmental_crime", "financial_crime"]);
        let text = "Police arrested 40 men on suspicion of sharing child abuse material.";
        assert_eq!(areas(text), ["child_sexual_abuse"]);
        let text = "Police held 40 people charged with human trafficking.";
        assert_eq!(areas(text), ["human_trafficking"]);
        // Holding a thing is no trade in it.
        let text = "Police held 40 people charged with illegal possession of firearms.";
        assert!(areas(text).is_empty(), "{:?}", areas(text));
        // A round-up of the wanted: what it seized is not what it was against.
        let text = "The sweep aimed at catching wanted persons. Officers seized 3 firearms.";
        assert_eq!(areas(text), ["other"]);
        let text = "The operation targeted violent crime in three cities. Officers seized 3 firearms.";
        assert_eq!(areas(text), ["other"]);
        // What was targeted ends where the sentence's verb begins; who a group is goes on.
        let text = "An operation targeting meth dealing has uncovered cash and weapons.";
        assert_eq!(areas(text), ["drug_trafficking"]);
        let text = "An operation targeting groups that have smuggled guns ended.";
        assert_eq!(areas(text), ["firearms_trafficking"]);
        // Migrants smuggled, as what the rescued had gone through.
        let text = "Police rescued 40 migrants smuggled across the border in a van.";
        assert_eq!(areas(text), ["migrant_smuggling"]);
        let text = "Police held 12 men suspected of trafficking migrants by sea.";
        assert_eq!(areas(text), ["migrant_smuggling"]);
        let text = "Police raided a ring suspected of smuggling irregular migrants by lorry.";
        assert_eq!(areas(text), ["migrant_smuggling"]);
        // A stated aim wins over what some suspects did.
        let text = "Ten suspects were accused of money laundering. The operation targeted cocaine shipments.";
        assert_eq!(areas(text), ["drug_trafficking"]);
        // A quotation opened by an earlier sentence of the paragraph.
        let text = "Police closed a ring that made counterfeit banknotes.\n\n\u{201c}Checks matter. We act to combat \
                    organised crime and terrorism,\u{201d} said the minister.";
        assert_eq!(areas(text), ["counterfeiting"]);
        // A duty tells of no target.
        let text = "Police closed a ring that made counterfeit banknotes. All agencies have to work together to \
                    combat customs fraud.";
        assert_eq!(areas(text), ["counterfeiting"]);
        // A quoted speaker's words on crime at large come after what the text says itself.
        let text = "Police closed a ring active in two towns that made counterfeit banknotes. \"We work to combat \
                    organised crime and terrorism,\" said the agency.";
        assert_eq!(areas(text), ["counterfeiting"]);
    }

    #[test]
    fn what_victims_were_victims_of_names_the_area_where_nothing_else_does() {
        let text = "Nearly 350 victims of forced labour were rescued in raids across the region.";
        assert_eq!(areas(text), ["human_trafficking"]);
        let text = "Ten suspects were accused of money laundering. Police found 35 victims of forced labour.";
        assert_eq!(areas(text), ["financial_crime"]);
    }

    #[test]
    fn a_headline_tells_what_the_groups_did_where_the_body_does_not() {
        let text = "Operation Kestrel busts human trafficking and migrant smuggling rings\n\nPolice made 40 arrests.";
        let doc = Doc::new(text, CountryIndex::shared(), NumericOrder::DayFirst);
        let body = Scope { blocks: Vec::new(), sentences: vec![1] };
        let read: Vec<&str> =
            crime_areas(&doc, &body, &[]).into_iter().map(|(area, _)| explorer_model::json_name(area)).collect();
        assert_eq!(read, ["human_trafficking", "migrant_smuggling"]);
    }

    #[test]
    fn a_headline_tells_what_the_action_targeted() {
        let read = |text: &str| -> Vec<&str> {
            let doc = Doc::new(text, CountryIndex::shared(), NumericOrder::DayFirst);
            let body = Scope { blocks: Vec::new(), sentences: vec![1] };
            crime_areas(&doc, &body, &[]).into_iter().map(|(area, _)| explorer_model::json_name(area)).collect()
        };
        let text =
            "Regional action in the Gulf targets pharmaceutical crime\n\nPolice took 2 million items off the market.";
        assert_eq!(read(text), ["illicit_medicines"]);
        // The body's own target comes first, the headline's after it.
        let text =
            "Regional action in the Gulf targets pharmaceutical crime\n\nThe checks targeted firearms trafficking.";
        assert_eq!(read(text), ["firearms_trafficking", "illicit_medicines"]);
    }

    #[test]
    fn a_group_named_below_the_first_paragraphs_tells_nothing_of_the_operation() {
        let text = "Police made 40 arrests.\n\nThey met.\n\nThey spoke.\n\nThey left.\n\nA cocaine network was named.";
        assert_eq!(areas(text), Vec::<&str>::new());
        let text = "Police made 40 arrests.\n\nA cocaine network was named.";
        assert_eq!(areas(text), ["drug_trafficking"]);
        let text = "Officers broke up a human trafficking syndicate in a port town.";
        assert_eq!(areas(text), ["human_trafficking"]);
        let text = "Soldiers held 41 migrants and four presumed people smugglers at a checkpoint.";
        assert_eq!(areas(text), ["migrant_smuggling"]);
    }

    #[test]
    fn the_suspects_are_told_by_what_they_are_linked_to_or_members_of() {
        for (text, expected) in [
            (
                "Police held 212 people linked to cyber-crimes such as bogus investment frauds.",
                &["cybercrime", "financial_crime"][..],
            ),
            ("Some 300 members of heroin supply gangs were held.", &["drug_trafficking"]),
            ("Officers traced the groups involved in cultural goods theft.", &["cultural_property"]),
            ("Ship operators engaged in waste dumping were fined.", &["environmental_crime"]),
            (
                "A gang that shipped heroin and laundered its profits was broken up.",
                &["drug_trafficking", "financial_crime"],
            ),
            ("Police seized cash in raids of nearly 800 illegal gambling dens.", &["illegal_gambling"]),
            // A share of what the suspects did is a statistic, not what they were held for.
            ("Police questioned 40 mules. About 70% of the payments were linked to cybercrime.", &[]),
            // Crimes named as others than the target.
            ("Fishing fleets were linked to other serious crimes such as human trafficking.", &[]),
            ("Ships linked to waste dumping and other crimes such as drug smuggling.", &["environmental_crime"]),
            ("The gangs are also linked to other illegal trades like drug trafficking.", &[]),
            ("Gangs were involved in other criminal trades such as arms trafficking.", &[]),
            // What else the suspects did, as an aside, where something else is told.
            (
                "Police broke up a gang suspected of running betting dens. The gang was also linked to heroin sales.",
                &["illegal_gambling"],
            ),
            ("The gang was also linked to heroin sales.", &["drug_trafficking"]),
            ("Those held were linked to other forms of crime like arms trafficking.", &[]),
            // Groups and operations told by what they do, in the words right before them.
            ("A major migrant smuggling network in Ruritania had been dismantled.", &["migrant_smuggling"]),
            ("It was the first of several planned child trafficking operations.", &["human_trafficking"]),
            ("Police ended a three-year human trafficking investigation.", &["human_trafficking"]),
            // Words further back are another clause's.
            ("Officers found cocaine; a new network was found.", &[]),
        ] {
            assert_eq!(areas(text), expected, "{text}");
        }
    }

    #[test]
    fn an_operation_named_by_no_area_is_of_its_first_seizure_area() {
        let seized = |kind: SeizureKind, part_of: Option<&str>, at: usize| {
            let seizure = FoundSeizure {
                item: "things".to_string(),
                kind,
                amount: crate::annotate::quantities::Amount::Counted(5),
                qualifier: None,
                part_of: part_of.map(str::to_string),
                written: at..at + 1,
                listed_under_total: false,
            };
            (seizure, at..at + 10)
        };
        let firearms_then_drugs = [
            seized(SeizureKind::Cash, None, 0),
            seized(SeizureKind::Drugs, Some("firearms"), 5),
            seized(SeizureKind::Firearms, None, 10),
            seized(SeizureKind::Drugs, None, 20),
        ];
        let areas: Vec<(CrimeArea, Range<usize>)> = seized_areas(&firearms_then_drugs);
        assert_eq!(areas, [(CrimeArea::FirearmsTrafficking, 10..20)]);
    }
}
