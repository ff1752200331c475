//! An enforcement action a release reports without a code name: joint action days, a week
//! of action, concerted inspections, a coordinated raid, an online hackathon.
//!
//! Such an action is known by what its release says of it: the words that say what it was
//! ("joint action days"), who ran it ("coordinated by Europol and Frontex"), what it was
//! against ("against firearms trafficking") and, read by the timing reader, when. The name
//! built from these is the text's own words; no code name is made up.
//!
//! A release that reports no action (a statement, a report, a conference) uses none of the
//! words for one in its headline and first paragraphs, or tells of one yet to come ("will
//! hold"), and stays a source only.

use std::ops::Range;
use std::sync::LazyLock;

use explorer_model::text::{first_bytes, fold};
use regex::Regex;

use crate::annotate::countries::CountryMention;
use crate::annotate::country_index::CountryIndex;
use crate::annotate::operation_names::BODY_WORDS;
use crate::doc::{Doc, Sentence};
use crate::phrases::any_of;
use crate::read::INTERNATIONAL_BODIES;
use crate::read::participants::national_agencys_country;
use crate::read::partners::Named;
use crate::read::publication::{PUBLISHERS, dateline_end, dateline_of_a_place};
use crate::read::timing::opens_with_the_date;

/// Words that say a release reports an action without a code name, most telling first: a
/// release that says "a week of action" and "intensified checks" is about the week. A sentence
/// that uses one tells of the operation (`participants`).
pub(crate) const ACTION_WORDS: &[&str] = &[
    "joint action days",
    "joint action day",
    "action days",
    "action day",
    "referral action",
    "days of action",
    "day of action",
    "week of action",
    "action week",
    "week of intensified action",
    "intensification week",
    "week of concerted inspections",
    "concerted inspections",
    "coordinated inspections",
    "joint inspections",
    "concerted inspection",
    "joint inspection",
    "blitz inspections",
    "blitz inspection",
    "hackathon",
    // "a Victim Identification Task Force that brought in officers of 9 nations": weeks of
    // work on seized images, as a hackathon is on the web.
    "identification task force",
    "rescue mission",
    "rescue operation",
    "coordinated raids",
    "coordinated raid",
    "joint checks",
    "coordinated checks",
    "joint controls",
    "cross-border controls",
    "intensified checks",
    "week of police action",
    // German: "Aktionstage", "in einer koordinierten Aktion", "bei einer gemeinsamen Aktion",
    // "Schwerpunktprüfung", "Razzia".
    "aktionstage",
    "aktionstag",
    "koordinierten aktion",
    "koordinierte aktion",
    "gemeinsamen aktion",
    "gemeinsame aktion",
    "kontrollaktion",
    "polizeiaktion",
    "schwerpunktprüfung",
    "schwerpunktkontrolle",
    "großkontrolle",
    "großrazzia",
    "razzien",
    "razzia",
    // French: "deux jours de contrôles renforcés", "journées d'action".
    "contrôles renforcés",
    "journées d'action",
    "journée d'action",
    // The vaguest last: a release that says "crackdown" and "action week" is about the week.
    "week-long crackdown",
    "crackdown",
    "clampdown",
    "sweep",
    "swoop",
    "blitz",
    "joint action",
    "coordinated action",
    "coordinated strike",
    "joint strike",
    "cross-border action",
    "police operation",
    // An operation told of by its length or its reach ("a ten-day operation", "a regional
    // operation"), where the release names none.
    "day operation",
    "week-long operation",
    "joint operation",
    "regional operation",
    "international operation",
    "coordinated operation",
    // "a Europe-wide operation", "an EU-wide operation", "a nationwide operation".
    "wide operation",
    "nationwide operation",
    "enforcement action",
    "police actions",
    "police action",
    "national action",
    "combat action",
];

/// Whether a sentence (in lower case) tells of an operation or an action: it says
/// "operation" or one of [`ACTION_WORDS`].
pub(crate) fn tells_of_an_action(lower: &str) -> bool {
    // "operation" in the other languages too: "La operación tuvo lugar en ...".
    static OPERATION_OR_ACTION: LazyLock<Regex> = LazyLock::new(|| any_of(BARE_OPERATIONS.iter().chain(ACTION_WORDS)));
    OPERATION_OR_ACTION.is_match(lower)
}

/// Whether a sentence (in lower case) names police work ([`WORK_WORDS`], [`RAID_WORDS`]): "a
/// campaign", "the probe", "raids".
pub(crate) fn tells_of_police_work(lower: &str) -> bool {
    static WORK: LazyLock<Regex> = LazyLock::new(|| any_of(WORK_WORDS.iter().chain(RAID_WORDS)));
    WORK.is_match(lower)
}

/// Whether a sentence (in lower case) tells of arrests, rescues, seizures or the like
/// ([`ENFORCEMENT_WORDS`]).
pub(crate) fn tells_of_enforcement(lower: &str) -> bool {
    static ANY_ENFORCEMENT_WORDS: LazyLock<Regex> = LazyLock::new(|| any_of(ENFORCEMENT_WORDS));
    ANY_ENFORCEMENT_WORDS.is_match(lower)
}

/// An action's words as the explorer names every action, in English: "operación",
/// "operativo", "operação" and "opération" are operations, and their plurals too; German's
/// "Razzia" is a raid and its "Aktionstage" are action days, French "journées d'action" too.
fn kind_in_english(words: &str) -> &str {
    match words {
        "operación" | "operativo" | "operação" | "opération" => "operation",
        "operaciones" | "operativos" | "operações" | "opérations" => "operations",
        "aktionstage" => "action days",
        "aktionstag" => "action day",
        "koordinierten aktion" | "koordinierte aktion" => "coordinated action",
        "gemeinsamen aktion" | "gemeinsame aktion" => "joint action",
        "kontrollaktion" => "checks",
        "schwerpunktkontrolle" | "schwerpunktprüfung" => "targeted checks",
        "polizeiaktion" => "police action",
        "großkontrolle" => "large-scale checks",
        "razzia" | "großrazzia" => "raid",
        "razzien" => "raids",
        "contrôles renforcés" => "intensified checks",
        "journées d'action" => "action days",
        "journée d'action" => "action day",
        words => words,
    }
}

/// Words that tell of an action only where nothing else in the lead does: raids a release
/// reports are its action, but a sentence about raids in a release on something else does not
/// tell of the operation (as [`ACTION_WORDS`] do, for the participants).
const RAID_WORDS: &[&str] = &["raids", "raid", "search warrants", "search warrant", "searches"];

/// Words that make warrants an action: executed, not issued ("12 warrants were executed in
/// the city", "officers carried out six warrants"; not "a court issued arrest warrants").
const WARRANTS_EXECUTED: &[&str] = &["execut", "carried out", "served"];

/// The words for an action a lead calls nothing more, the vaguest of all: "Italian police have
/// dismantled a network ... Agencies of five countries cooperated in the operation".
const BARE_OPERATIONS: &[&str] = &[
    "operation",
    "operations",
    "operación",
    "operaciones",
    "operativo",
    "operativos",
    "operação",
    "operações",
    "opération",
    "opérations",
];

/// Words for police work that are an action only where the lead tells of what it did to
/// people or goods ([`ENFORCEMENT_WORDS`]): "Romanian Police dismantled a smuggling group ...
/// The investigation led to the arrest of seven people"; "... leading to the arrest of 16
/// persons. The action took place on Wednesday"; a report on investigations, or a call for
/// action, is none.
const WORK_WORDS: &[&str] = &["investigation", "investigations", "probe", "probes", "campaign", "action"];

/// The beginnings of the words that tell of arrests, rescues, dismantled groups, seizures and
/// warrants executed.
const ENFORCEMENT_WORDS: &[&str] = &[
    "arrest",
    "rescu",
    "dismantl",
    "disband",
    "taken down",
    "took down",
    "busted",
    "detain",
    "custody",
    "inspected",
    "checked",
    "seiz",
    "warrants",
    // Spanish and Portuguese: "detenidos", "detiene", "desarticula", "desmantelado", "liberado",
    // "rescató", "prisão", "desarticular".
    "detenid",
    "detien",
    "detuv",
    "desarticul",
    "desmantel",
    "desbarat",
    "liberad",
    "rescat",
    "prisão",
    "presos",
    // German: "festgenommen", "Festnahmen", "befreit".
    "festgenommen",
    "festnahme",
    "befreit",
    // French: "saisie", "saisis", "interpellés", "démantelé".
    "saisi",
    "interpell",
    "démantel",
];

/// Words after which a release names who ran the action: "coordinated by Europol". Not
/// "supported by" (a supporter is a partner); "led by" is [`LED_BY`].
const ORGANISER_CUES: &[&str] = &[
    "under the coordination of ",
    "with the coordination of ",
    "under the leadership of ",
    "coordinated by ",
    "coordinated through ",
    "co-ordinated through ",
    COORDINATION_CENTRES_AT[0],
    COORDINATION_CENTRES_AT[1],
    "coordinated and supported by ",
    "organised and supported by ",
    "organized and supported by ",
    "co-ordinated by ",
    "organised by ",
    "organized by ",
    "conducted by ",
    "carried out by ",
    "spearheaded by ",
    "launched by ",
    "operation by ",
    "inspection by ",
    "inspections by ",
    "blitz by ",
    RUN_BY,
    "dismantled by ",
    "operation involving ",
    "action involving ",
    // French: "coordonnée par INTERPOL", "menée par la Sûreté du Québec".
    "coordonnée par ",
    "coordonnées par ",
    "organisée par ",
    "menée par ",
    "menées par ",
    "sous la coordination de ",
    // Spanish and Italian: "coordinada por Europol", "coordinata da Europol".
    "coordinada por ",
    "coordinado por ",
    "coordinadas por ",
    "coordinados por ",
    "coordinata da ",
    "coordinato da ",
    "coordinate da ",
    "coordinati da ",
    // "Europol has supported the Spanish National Police in 29 investigations": who was
    // supported ran it.
    SUPPORTED_CUES[0],
    SUPPORTED_CUES[1],
    DONE_BY[0],
    DONE_BY[1],
];

/// Cues of [`ORGANISER_CUES`] before the bodies whose centres ran an action, each with where it
/// sits: "run through coordination centres at Frontex in Warsaw, INTERPOL Chile and Afripol in
/// Algiers".
const COORDINATION_CENTRES_AT: [&str; 2] = ["coordination centres at ", "coordination centers at "];

/// The cue of [`ORGANISER_CUES`] that tells who ran a crime as often as an action.
const RUN_BY: &str = "run by ";

/// Cues of [`ORGANISER_CUES`] that tell who did what the action did ("victims rescued by the
/// Coast Guard"): a body, not a person, ran the action.
const DONE_BY: [&str; 2] = ["rescued by ", "arrested by "];

/// Cues of [`ORGANISER_CUES`] after which a body is named, or the action itself ("Europol
/// supported the Joint Action Days").
const SUPPORTED_CUES: [&str; 2] = ["supported the ", "assisted the "];

/// "led by" names the countries that led a part of an action as often as who ran it: the
/// names after it are organisers only when they are a body's ("led by Wiltshire Police").
const LED_BY: &str = "led by ";

/// Frameworks under which others run actions, written before the action as an organiser's
/// name is ("EMPACT Joint Action Days").
const FRAMEWORKS: &[&str] = &["EMPACT"];

/// Whether a name is a framework's, alone or with its priority: "EMPACT", "EMPACT Firearms".
fn is_a_framework(name: &str) -> bool {
    FRAMEWORKS
        .iter()
        .any(|framework| name.strip_prefix(framework).is_some_and(|rest| rest.is_empty() || rest.starts_with(' ')))
}

/// The words that join a relative clause to the name it tells of: "Interpol, which coordinated".
const RELATIVE_PRONOUNS: &[&str] = &[", which", ", who"];

/// Words for a person's office, which a name of a body may go before ("NAPTIP Director
/// General"): the person is no organiser.
const ROLE_WORDS: &[&str] =
    &["Director", "Minister", "Secretary", "Commissioner", "Chief", "Head", "President", "Inspector", "Mr", "Ms", "Dr"];

/// Whether the text gives `name` in brackets after a person's office ("Assistant Commissioner
/// of Police (ACP)"): "the ACP said" names the officer, not a body.
fn an_offices_short_form(text: &str, name: &str) -> bool {
    text.match_indices(&format!("({name})")).any(|(at, _)| {
        let office = text[..at].trim_end().rsplit(' ');
        office
            .take_while(|word| word.starts_with(char::is_uppercase) || matches!(*word, "of" | "for"))
            .any(|word| ROLE_WORDS.contains(&word))
    })
}

/// Police ranks, as a person's name opens with them: "Sgt Ruritan", "Insp. Carpan".
const RANKS: &[&str] = &[
    "Sgt",
    "Sergeant",
    "Cpl",
    "Corporal",
    "Constable",
    "PC",
    "Insp",
    "Supt",
    "Superintendent",
    "Detective",
    "Captain",
    "Capt",
    "Lieutenant",
    "Lt",
    "Major",
    "Maj",
    "Colonel",
    "Col",
    "Brig",
    "Gen",
    "General",
    "Officer",
];

/// Words for the plan an action is part of, after the name of the framework that runs it:
/// "part of the EMPACT operational action plan".
const FRAMEWORK_PLANS: &[&str] = &["operational action plan", "action plan"];

/// Verbs after which the names that open a sentence are who ran the action: "The European
/// Labour Authority coordinated inspections in ...", "Europol and Frontex launch action on
/// arms trafficking". Countries that do so led a part of it.
const ORGANISING_VERBS: &[&str] = &[
    " coordinated ",
    " coordinates ",
    " has coordinated ",
    " co-ordinated ",
    " organised ",
    " organized ",
    " launched ",
    " launch ",
    " launches ",
    " undertook ",
    // "The agency hosted an operation at ports": the host ran it.
    " hosted ",
    " has hosted ",
    // "The agency held a day of action": not "held 40 people", who were detained.
    " held a ",
    " has held a ",
    " mounted a ",
    " mounted an ",
    // "The Carabinieri has planned a campaign of checks, carried out from 1 to 10 August".
    " planned a ",
    " has planned a ",
];

/// Words that open an aside of purpose: "to strengthen its work", "in order to", "in a bid to".
const PURPOSES: &[&str] = &["to ", "in order to ", "in a bid to ", "in an effort to "];

/// The words before a verb without the adverb or the time that ends them, which stands
/// between a name and the verb of what it did: "Afripol recently announced", "Europol also
/// coordinated", "The agency on 12 May hosted", "The agency yesterday (12 May) hosted".
fn without_an_adverb(before: &str) -> &str {
    let before = without_a_time(before);
    let Some((name, word)) = before.rsplit_once(' ') else { return before };
    let adverb = word == "also" || word.len() > 2 && word.ends_with("ly") && word.starts_with(char::is_lowercase);
    if adverb { name } else { before }
}

/// The words before a verb without the day that ends them: "on 12 May", "on Tuesday",
/// "yesterday", "today (4 May)".
fn without_a_time(before: &str) -> &str {
    let relative = [" yesterday", " today"].iter().find_map(|day| {
        let at = before.rfind(day)?;
        let rest = &before[at + day.len()..];
        (rest.is_empty() || rest.starts_with(" (") && rest.ends_with(')')).then_some(&before[..at])
    });
    let on_a_day = || {
        let at = before.rfind(" on ")?;
        let day = &before[at + " on ".len()..];
        let short = day.split(' ').count() <= 3;
        (short && day.starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase())).then_some(&before[..at])
    };
    relative.or_else(on_a_day).unwrap_or(before)
}

/// Verbs after which the names that open a sentence did the action, and so ran it where they
/// are bodies: "Europol has carried out a large-scale operation", "the Drug Section executed a
/// series of search warrants".
const CARRYING_VERBS: &[&str] = &[
    " has carried out ",
    " have carried out ",
    " carried out ",
    " has conducted ",
    " conducted ",
    " executed ",
    // A body that did what the action did ran it: "Operatives of the Border Agency have rescued
    // 24 trafficked victims", "The Tacoma Police Department arrested ...".
    " have rescued ",
    " has rescued ",
    " rescued ",
    " have arrested ",
    " has arrested ",
    " arrested ",
    " have dismantled ",
    " has dismantled ",
    " dismantled ",
    " have busted ",
    " has busted ",
    " busted ",
    " nabbed ",
    " have freed ",
    " has freed ",
    " freed ",
    " have seized ",
    " has seized ",
    " seized ",
    // Spanish and Portuguese: "La Guardia Civil ha liberado", "A Polícia Federal deflagrou".
    " ha desarticulado ",
    " han desarticulado ",
    " desarticula ",
    " desarticuló ",
    " desbarató ",
    " desbarataron ",
    " ha liberado ",
    " han liberado ",
    " detiene ",
    " ha detenido ",
    " lideró ",
    " deflagrou ",
    // "La Fiscalía realizó ocho allanamientos", "A Polícia Federal coordenou as ações".
    " realizó ",
    " realizou ",
    " ejecutó ",
    " executou ",
    " coordinó ",
    " coordenou ",
];

/// Words for the people of a body, before its name at the opening of a sentence: "Operatives
/// of the Border Agency ...".
const PEOPLE_OF_A_BODY: &[&str] = &[
    "Operatives of the ",
    "Officers of the ",
    "Officers from the ",
    "Officials of the ",
    "Officials from the ",
    "Members of the ",
    "Staff of the ",
    "Agents of the ",
    "Agentes de la ",
    "Agentes del ",
];

/// What a body's name is joined to where it backed an action and ran none: "a Europol-backed
/// crackdown", "an IOM-supported operation".
const BACKED: &[&str] = &["-backed ", "-supported "];

/// Words for a body's people after its name, before what they did: "Home Ministry teams
/// made raids", "Border Agency officers have seized".
const BODYS_PEOPLE: &[&str] = &[" teams", " officers", " agents", " investigators", " officials", " staff"];

/// Words that name a kind of body, not one: "Police said they rescued 26 women".
const GENERIC_BODIES: &[&str] = &["Police", "Authorities", "Officers"];

/// Whether a name is one of [`GENERIC_BODIES`], in any case.
fn is_generic(named: &Named) -> bool {
    GENERIC_BODIES.iter().any(|generic| generic.eq_ignore_ascii_case(&named.name))
}

/// What a body may coordinate or organise that is not the action: "Europol coordinated the
/// exchange of operational information".
const NOT_THE_ACTION: &[&str] = &["the exchange", "information", "the information", "the flow"];

/// Words that open a sentence with where, when or with whose support, not who: "During
/// coordinated action days", "With Europol's support, 12 countries ...".
const PREPOSITIONS: &[&str] = &[
    "During",
    "In",
    "On",
    "At",
    "After",
    "Before",
    "Between",
    "From",
    "Under",
    "Within",
    "Throughout",
    "Over",
    "With",
];

/// Words that open a sentence with a thing rather than a name: "This coordinated action",
/// "First-ever coordinated week of action", as a page's summary line opens.
const DETERMINERS: &[&str] = &[
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "Its",
    "Their",
    "Each",
    "Every",
    "Both",
    "Such",
    "First-ever",
    "First",
    "Another",
    "Second",
    "Third",
    "Latest",
    "Largest",
    "Biggest",
];

/// Words for those who enforce the law that name no one body.
const ENFORCERS: &[&str] =
    &["lawmen", "police", "policemen", "officers", "troops", "soldiers", "agents", "operatives", "cops", "authorities"];

/// Pronouns that open a clause: they stand for someone named before, and name no one.
const PRONOUNS: &[&str] = &["They", "It", "We", "He", "She"];

/// Words that put an action in the future, or wish for one: an announcement, not a report.
const FUTURE_WORDS: &[&str] =
    &[" will ", " is to ", " are to ", " plans to ", " is planned", " calls for ", " called for "];

/// Words after which a release says what the action was against.
const THEME_CUES: &[&str] = &["against", "targeted", "targeting", "aimed at", "to tackle", "to combat", "crackdown on"];

/// Verbs that may open what an action was against, before the thing itself.
const THEME_VERBS: &[&str] =
    &["combating ", "combatting ", "tackling ", "fighting ", "countering ", "disrupting ", "dismantling "];

/// What follows "against" where it is not what an action was against.
/// "in the fight against this type of crime" points back to what the text has told.
const NOT_THEMES: &[&str] = &[
    "their will",
    "his will",
    "her will",
    "the will of",
    "this ",
    "these ",
    "that ",
    "those ",
    "such ",
    // "a targeted effort to name victims": "targeted" as an adjective.
    "effort",
];

/// People a crime is against, whom an action protects: "a call centre that targeted foreign
/// nationals", "a scheme targeting U.S. citizens".
const PEOPLE_HARMED: &[&str] = &["nationals", "citizens", "tourists", "residents", "customers", "consumers", "elderly"];

/// Words that end what an action was against: where it was, when, through what, by whom.
const THEME_ENDS: &[&str] = &[
    ",",
    ".",
    ";",
    ":",
    "(",
    " –",
    " - ",
    " through ",
    " for ",
    " coordinated",
    " co-ordinated",
    " organised",
    " organized",
    " led ",
    " at ",
    " along ",
    " during ",
    " since ",
    " from ",
    " on ",
    " between ",
    " over ",
    " with ",
    " across ",
    " among ",
    " and the ",
    " by ",
    " took ",
    " ran ",
    " which ",
    " that ",
    " who ",
    // What it used or where it worked: "a scam involving fake invoices", "a
    // network operating across the region".
    " involving ",
    " operating ",
    " in ",
    // A verb: "the action against child trafficking was run ...", "... has led to", "...
    // aimed to".
    " was ",
    " were ",
    " is ",
    " are ",
    " has ",
    " have ",
    " had ",
    " will ",
    " aimed ",
    // When: "against a gang early on Wednesday", "late last week", "against dumps yesterday".
    " early ",
    " late ",
    " yesterday",
    " today",
    " last week",
    " last month",
    " this week",
    " this month",
];

/// Phrases inside which a word of [`THEME_ENDS`] ends no theme: "in" in "trafficking in human
/// beings"; "organised", which ends one before "by", in "organised crime".
const PHRASES_IN_THEMES: &[&str] =
    &["trafficking in human beings", "trafficking in persons", "trade in", " organised crime", " organized crime"];

/// The longest theme kept, in words: a longer one is a clause, not a name.
const THEME_WORDS: usize = 8;

/// Themes written two ways that are one: two releases about one action may use either.
const SAME_THEME: &[(&str, &str)] = &[
    ("trafficking in human beings", "human trafficking"),
    ("trafficking in persons", "human trafficking"),
    ("smuggling of migrants", "migrant smuggling"),
    ("forced labour", "labour exploitation"),
];

/// An action a release reports without a code name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Action {
    /// What it was, as the text says it, in lower case: "joint action days".
    pub kind: String,
    /// Where those words stand, and the index of their sentence in [`Doc::sentences`].
    pub span: Range<usize>,
    pub sentence: usize,
    /// Who ran it, as the text names them, each with the words it was read from.
    pub organisers: Vec<Named>,
    /// What it was against, in the text's words: "firearms trafficking".
    pub theme: Option<String>,
    /// The other sentences of the body that tell of an action and name no operation, each with
    /// the words that do ("In mid-October 2017, a police operation ..." before "The week-long
    /// joint action ..."): its dates may stand there.
    pub told_again: Vec<(usize, Range<usize>)>,
    /// The countries whose own police ran it, where they did ("The Dutch police arrested 60
    /// people in a national action"), each with where its police are named: what they did is
    /// the action's own account, not a country's case, and the country took part.
    pub national: Vec<(String, Range<usize>)>,
    /// The countries whose forces the lead says acted, whoever ran it ("The Ruritanian and
    /// Carpanian authorities, with Eurojust's support, dismantled ..."), each with where its
    /// force is named: they took part.
    pub acting: Vec<(String, Range<usize>)>,
}

impl Action {
    /// Who ran it, what it was and what against, in the text's words: "Europol joint action
    /// days against firearms trafficking". The action's name is this and its period; actions
    /// of other months and years have this in common. `publisher` stands for who ran it when
    /// the text names no one; without either, there is no one to know the action by.
    pub fn series(&self, publisher: Option<&str>) -> Option<String> {
        let names: Vec<&str> = self.organisers.iter().map(|o| o.name.as_str()).collect();
        let by = if names.is_empty() { publisher?.to_string() } else { names.join(" and ") };
        Some(format!("{by} {}", self.what()))
    }

    /// What it was and what against, where no one is named who ran it: "Crackdown against
    /// migrant smuggling". Such an action is told apart from others by its release alone.
    pub fn unattributed(&self) -> String {
        let what = self.what();
        let mut first = what.chars();
        first.next().map(|c| c.to_uppercase().chain(first).collect()).unwrap_or(what)
    }

    fn what(&self) -> String {
        match &self.theme {
            Some(theme) => format!("{} against {theme}", self.kind),
            None => self.kind.clone(),
        }
    }
}

/// The theme as two releases about one action compare it: folded, and written one way.
pub fn comparable_theme(theme: &str) -> String {
    let mut folded = fold(theme);
    for (written, same) in SAME_THEME {
        folded = folded.replace(written, same);
    }
    folded
}

/// How many paragraphs of the body an action is reported in: a release may open with what was
/// dismantled and tell of the raid in the next.
pub(crate) const LEAD_PARAGRAPHS: usize = 2;

/// How many paragraphs of the body a release whose lead tells of arrests or seizures may take
/// to call them an operation: a news report opens with the arrest and says "The NCA operation
/// was carried out with ..." some paragraphs on.
const ENFORCEMENT_LEAD_PARAGRAPHS: usize = 5;

/// The sentences an action is reported in: the headline, the lines above and beside it, and
/// the first `paragraphs` of the body, by index into [`Doc::sentences`].
fn lead(doc: &Doc, paragraphs: usize) -> Vec<usize> {
    let mut seen: Vec<usize> = Vec::new();
    let mut lead = Vec::new();
    for (i, sentence) in doc.sentences.iter().enumerate() {
        if sentence.is_body() && !seen.contains(&sentence.block) {
            if seen.len() == paragraphs {
                break;
            }
            seen.push(sentence.block);
        }
        lead.push(i);
    }
    lead
}

/// Where a lead first tells of an action: the sentence (by index into the lead), where the
/// words stand in it and which words they are. `lower` is the lead's sentences in ASCII lower
/// case; `enforced`, whether they tell of arrests or seizures, which makes an investigation an
/// action.
fn told_in(doc: &Doc, lead: &[usize], lower: &[&str], enforced: bool) -> Option<(usize, usize, &'static str)> {
    // In the body where it says them: its dates stand there ("carried out a joint action day
    // ... on 12 February"), rarely in the headline.
    let body_first: Vec<usize> = (0..lead.len())
        .filter(|&n| doc.sentences[lead[n]].is_body())
        .chain((0..lead.len()).filter(|&n| !doc.sentences[lead[n]].is_body()))
        .collect();
    let work = WORK_WORDS.iter().filter(|_| enforced);
    ACTION_WORDS.iter().chain(RAID_WORDS).chain(BARE_OPERATIONS).chain(work).find_map(|words| {
        body_first.iter().find_map(|&n| {
            let said = doc.sentences[lead[n]].text(doc.text);
            let at = every_whole_words(lower[n], words)
                .find(|&at| !a_criminal_operation(lower[n], at) && !inside_a_name(said, at, words.len()))?;
            Some((n, at, *words))
        })
    })
}

/// Whether the word of `len` bytes at `at` of `said` is inside a name, between two
/// capitalised words or before the name's short form: "the 1st Special Operations Unit" is a
/// unit, not an operation; "Homeland Security Investigations (HSI)" a body, not its probes.
fn inside_a_name(said: &str, at: usize, len: usize) -> bool {
    let capitalised = |word: Option<&str>| word.is_some_and(|word| word.starts_with(char::is_uppercase));
    let after = said[at + len..].strip_prefix(' ');
    // One word only: "EMPACT Joint Action Days (JADs)" are the action's own words, capitalised.
    let short_form = !said[at..at + len].contains(' ')
        && after.and_then(|rest| rest.strip_prefix('(')).is_some_and(|rest| rest.starts_with(char::is_uppercase));
    capitalised(Some(&said[at..]))
        && capitalised(said[..at].split_whitespace().next_back())
        && (capitalised(after) || short_form)
}

/// Words right before "operation" that make it the criminals' ("this alleged human
/// trafficking operation", "a smuggling operation"), not an action against them.
const CRIMINAL_OPERATION_WORDS: &[&str] = &[
    "alleged",
    "criminal",
    "illegal",
    "illicit",
    "trafficking",
    "smuggling",
    "phishing",
    "scam",
    "fraud",
    "laundering",
];

/// Whether the word at `at` of `lower` is an "operation" that the words right before make the
/// criminals' ([`CRIMINAL_OPERATION_WORDS`]).
fn a_criminal_operation(lower: &str, at: usize) -> bool {
    let criminal = |word: &str| {
        // "the ring's operations", "a syndicate's operation": what a criminal group ran.
        let owner = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"));
        CRIMINAL_OPERATION_WORDS.contains(&word) || owner.is_some_and(|owner| CRIMINAL_OWNERS.contains(&owner))
    };
    lower[at..].starts_with("operation") && lower[..at].split_whitespace().next_back().is_some_and(criminal)
}

/// Criminal groups and their places of work, whose operations are theirs.
const CRIMINAL_OWNERS: &[&str] =
    &["centre", "center", "network", "gang", "group", "ring", "syndicate", "cartel", "racket", "scheme"];

/// Verbs that tell an enforcement action done, each with the word the action is then known
/// by: "dismantled a network" is a dismantling, "arrested 11 people" arrests.
const DEEDS: &[(&str, &str)] = &[
    ("dismantled", "dismantling"),
    ("broke up", "dismantling"),
    ("taken down", "dismantling"),
    ("took down", "dismantling"),
    ("busted", "dismantling"),
    ("arrested", "arrests"),
    ("detained", "arrests"),
    ("apprehended", "arrests"),
    ("rescued", "rescue"),
    ("freed", "rescue"),
    // Spanish and Portuguese, known by the same English words as the rest of the explorer's
    // actions; French below.
    ("ha desarticulado", "dismantling"),
    ("desarticula", "dismantling"),
    ("desarticuló", "dismantling"),
    ("han desarticulado", "dismantling"),
    ("desmantelado", "dismantling"),
    ("desbarataron", "dismantling"),
    ("desbarató", "dismantling"),
    ("ha liberado", "rescue"),
    ("han liberado", "rescue"),
    ("detiene", "arrests"),
    ("ha detenido", "arrests"),
    // French: "a démantelé un réseau".
    ("démantelé", "dismantling"),
    ("démantèle", "dismantling"),
];

/// The first deed of [`DEEDS`] the lead's body tells, or warrants it tells executed, as
/// [`told_in`] tells an action's words.
fn deed_in(doc: &Doc, lead: &[usize], lower: &[&str]) -> Option<(usize, usize, &'static str)> {
    (0..lead.len()).filter(|&n| doc.sentences[lead[n]].is_body()).find_map(|n| {
        let warrants = whole_words(lower[n], "warrants")
            .filter(|_| WARRANTS_EXECUTED.iter().any(|verb| lower[n].contains(verb)))
            .map(|at| (n, at, "warrants"));
        DEEDS
            .iter()
            .filter_map(|(verb, kind)| whole_words(lower[n], verb).map(|at| (n, at, *kind)))
            .chain(warrants)
            .min_by_key(|found| found.1)
    })
}

/// Where the lead's body first tells of people found, intercepted or detected, by count and
/// kind ("found 303 undocumented migrants", "intercepted 40 people"), as [`deed_in`] tells a
/// deed.
fn people_found_in(doc: &Doc, lead: &[usize], lower: &[&str]) -> Option<(usize, usize, &'static str)> {
    static PEOPLE_FOUND: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"(?-u:\b)(?:found|intercepted|detected|located|discovered)\s+(?:more than\s+|over\s+|some\s+)?\d[\d,]*\s+",
            r"(?:[a-z-]+\s+){0,2}?(?:migrants|foreigners|people|persons|victims)(?-u:\b)"
        ))
        .expect("valid regex")
    });
    // "Customs officers intercepted a shipment of 100 kilograms of heroin", "thwarted an
    // attempt to smuggle two tons of cannabis": a load stopped on its way, in the headline
    // too, is an interception; a count of seizures is not.
    static LOAD_STOPPED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"(?-u:\b)(?:intercepted|stopped)\s+(?:a|an|one)\s+(?:[a-z-]+\s+){0,2}?",
            r"(?:shipment|consignment|cargo|container|truck|lorry|vessel|boat)(?-u:\b)",
            r"|(?-u:\b)(?:thwart|foil)(?:ed|s)\s+(?:(?:an?|the)\s+)?(?:(?:attempts?|bid|plot)\s+to\s+smuggle|smuggling)(?-u:\b)"
        ))
        .expect("valid regex")
    });
    (0..lead.len()).find_map(|n| {
        let people = doc.sentences[lead[n]].is_body().then(|| PEOPLE_FOUND.find(lower[n])).flatten();
        people.or_else(|| LOAD_STOPPED.find(lower[n])).map(|found| (n, found.start(), "interception"))
    })
}

/// The action the release reports without a code name, if its headline or first paragraphs
/// tell of one that took place.
pub fn reported_action(doc: &Doc) -> Option<Action> {
    // ASCII lower case keeps every byte where it was: offsets in it are offsets in the text.
    let lowered = |lead: &[usize]| -> Vec<&str> { lead.iter().map(|&i| doc.sentences[i].lower()).collect() };
    let mut lead = lead(doc, LEAD_PARAGRAPHS);
    let mut lower = lowered(&lead);
    // The first lead and its lower case, kept for the last look below.
    let (first_lead, first_lower) = (lead.clone(), lower.clone());
    let enforced = lower.iter().any(|said| tells_of_enforcement(said));
    let mut told = told_in(doc, &lead, &lower, enforced);
    if told.is_none() && enforced {
        lead = self::lead(doc, ENFORCEMENT_LEAD_PARAGRAPHS);
        lower = lowered(&lead);
        told = told_in(doc, &lead, &lower, enforced);
    }
    // A lead that tells of rescues or arrests reports an action wherever the body calls it
    // one: "The agency has rescued 40 victims ..." and, paragraphs on, "a special operation was
    // mounted in three states". Not its investigations, nor where the lead only counts
    // seizures, as a report on a trade does.
    let rescued_or_arrested = lower.iter().any(|said| ["arrest", "rescu"].iter().any(|word| said.contains(word)));
    if told.is_none() && rescued_or_arrested {
        lead = self::lead(doc, usize::MAX);
        lower = lowered(&lead);
        told = told_in(doc, &lead, &lower, false);
    }
    // "Police in Spain and Portugal have dismantled a network ...": a lead that tells what was
    // done, and no word anywhere that calls it an action, reports it by its deed.
    if told.is_none() && enforced {
        lead = self::lead(doc, LEAD_PARAGRAPHS);
        lower = lowered(&lead);
        told = deed_in(doc, &lead, &lower);
    }
    // "The border service found 80 irregular migrants hidden in lorries":
    // people found, intercepted or detected in the lead are an interception.
    if told.is_none() {
        (lead, lower) = (first_lead, first_lower);
        told = people_found_in(doc, &lead, &lower);
    }
    let (n, at, words) = told?;
    let sentence = &doc.sentences[lead[n]];
    let padded = format!(" {} ", lower[n]);
    static ANY_FUTURE_WORDS: LazyLock<Regex> = LazyLock::new(|| any_of(FUTURE_WORDS));
    // "Four men are to appear in court after a joint raid ...": what is to
    // come follows the action, which is done.
    let followed = lower[n][..at].split_whitespace().rev().take(4).any(|word| matches!(word, "following" | "after"));
    if ANY_FUTURE_WORDS.is_match(&padded) && !followed {
        return None;
    }
    let start = sentence.span.start + at;
    let national = first_forces(doc, &lead);
    let subjects = lead.iter().find_map(|&i| subject_organisers(doc.text, &doc.sentences[i]));
    // A body named as who coordinated it below the lead, in a paragraph about the action:
    // "The actions ... were coordinated and supported by the European Labour Authority (ELA)",
    // "The action featured ... The work of ... was coordinated by Europol".
    let named_below = || {
        let tells_of_it = |said: &str| {
            let all_words = ACTION_WORDS.iter().chain(RAID_WORDS).chain(BARE_OPERATIONS).chain(&["actions", "action"]);
            first_told(&said.to_ascii_lowercase(), all_words).is_some()
        };
        let body = || doc.sentences.iter().filter(|s| s.is_body());
        let about_it: Vec<usize> = body().filter(|s| tells_of_it(s.text(doc.text))).map(|s| s.block).collect();
        body().filter(|s| about_it.contains(&s.block)).find_map(|s| organisers(doc.text, s))
    };
    let organisers: Vec<Named> = lead
        .iter()
        .find_map(|&i| organisers(doc.text, &doc.sentences[i]))
        .or_else(|| lead.iter().zip(&lower).find_map(|(&i, lower)| joint_of(doc.text, &doc.sentences[i], lower, words)))
        .or_else(|| {
            let (framework, in_a_headline) =
                std::iter::once(words).chain(FRAMEWORK_PLANS.iter().copied()).find_map(|run| {
                    lead.iter().zip(&lower).find_map(|(&i, lower)| {
                        let sentence = &doc.sentences[i];
                        framework(doc.text, sentence, lower, run).map(|named| (named, !sentence.is_body()))
                    })
                })?;
            // "Europol coordinated EMPACT Joint Action Days": who coordinated, in the framework.
            if let Some(subjects) = &subjects {
                return Some(subjects.iter().cloned().chain(framework).collect());
            }
            // "EMPACT Joint Action Days ... coordinated by Europol": a framework that runs
            // nothing itself stands for who ran the action only where no one else is named;
            // nor does a headline's "Europol crackdown" over "the operation, coordinated by
            // Frontex", as a headline names the body its reader knows.
            let only_frameworks = framework.iter().all(|named| is_a_framework(&named.name));
            (only_frameworks || in_a_headline).then(named_below).flatten().or(Some(framework))
        })
        .or(subjects)
        // "The Ruritanian National Police arrested ... In a statement, its unit said": the
        // forces that open the lead ran the action, whoever speaks of it after.
        .or_else(|| (!national.is_empty()).then(|| national.iter().map(|(named, _)| named.clone()).collect()))
        .or_else(|| lead.iter().find_map(|&i| speaker(doc.text, &doc.sentences[i])))
        .or_else(named_below)
        .or_else(|| lead.iter().find_map(|&i| supporting_subject(doc.text, &doc.sentences[i])))
        .unwrap_or_default();
    // "coordinated by EMPACT Firearms and Europol": the body named beside a framework ran it;
    // a framework alone runs nothing, and names no one who did.
    let organisers: Vec<Named> = organisers
        .into_iter()
        .filter(|named| !is_a_framework(&named.name))
        .filter(|named| !is_generic(named))
        // "a Europol-backed crackdown": a body the text calls its backer supported it, whatever
        // it "organised" for it below.
        .filter(|named| !BACKED.iter().any(|backed| doc.text.contains(&format!("{}{backed}", named.name))))
        .map(|named| {
            let name = the_body_it_calls(doc.text, &named).unwrap_or(named.name);
            let name = short_form(doc.text, &name).unwrap_or(name);
            let name = body_of_unit(doc.text, &name).unwrap_or(name);
            Named { name: without_its_countrys_adjective(&name).unwrap_or(name), span: named.span }
        })
        .fold(Vec::new(), |mut organisers: Vec<Named>, named| {
            // A body named twice, in full and by its short form, is one organiser.
            if !organisers.iter().any(|known| known.name == named.name) {
                organisers.push(named);
            }
            organisers
        });
    let acting = national.iter().map(|(named, code)| (code.clone(), named.span.clone())).collect();
    let national: Vec<(String, Range<usize>)> = national
        .into_iter()
        // "Police in Ruritania": a force that names no body tells its country all the same.
        .filter(|(named, _)| {
            organisers.iter().any(|o| o.span == named.span || o.name == named.name) || is_generic(named)
        })
        .map(|(named, code)| (code, named.span))
        .collect();
    // "Ruritanian police arrested ... the Ruritanian Federal Police (RFP) said": the force
    // the lead describes is the body the release names. "Ruritanian authorities" or "law
    // enforcement" that the release names no further are no body at all: the country ran it,
    // by no one named.
    let organisers = organisers
        .into_iter()
        .filter_map(|organiser| match national.iter().find(|(_, span)| *span == organiser.span) {
            Some((code, _)) => {
                named_force(doc, &organiser, code).or_else(|| (!names_no_body(&organiser.name)).then_some(organiser))
            }
            None => Some(organiser),
        })
        .collect();
    let theme = std::iter::once(n).chain((0..lead.len()).filter(|&m| m != n)).find_map(|m| {
        let from = if m == n { at } else { 0 };
        theme(&lower[m][from..], &doc.sentences[lead[m]].text(doc.text)[from..])
    });
    // Anywhere in the body, where a sentence names no other operation: "On 21 June 2022 the
    // coordinated police action led to:" may stand below the lead.
    let told_again = (0..doc.sentences.len())
        .filter(|&i| i != lead[n] && doc.sentences[i].is_body() && doc.sentences[i].operations.is_empty())
        .filter_map(|i| {
            let sentence = &doc.sentences[i];
            let (at, words) = first_told(sentence.lower(), ACTION_WORDS)?;
            let start = sentence.span.start + at;
            Some((i, start..start + words.len()))
        })
        .collect();
    // "an EU-wide operation", "a two-day operation": a word joined to the action's words by a
    // hyphen is part of them, not a "wide operation" or a "day operation".
    let reach = doc.text[sentence.span.start..start]
        .strip_suffix('-')
        .map(|before| &before[before.rfind(|c: char| !c.is_alphanumeric()).map_or(0, |at| at + 1)..])
        .filter(|reach| !reach.is_empty());
    let (kind, from) = match reach {
        Some(reach) => (format!("{reach}-{}", kind_in_english(words)), start - reach.len() - 1),
        None => (kind_in_english(words).to_string(), start),
    };
    Some(Action {
        kind,
        span: from..start + words.len(),
        sentence: lead[n],
        national,
        acting,
        organisers,
        theme,
        told_again,
    })
}

/// The body of `code`'s that the release names, for a force the lead describes by its
/// country and a word in lower case ("Ruritanian police", "Ruritanian wildlife
/// authorities"): "the Ruritanian Federal Police (RFP)", "the Ruritania Wildlife Service".
/// Each by its short form where the text gives one.
fn named_force(doc: &Doc, force: &Named, code: &str) -> Option<Named> {
    let describes = force.name.rsplit(' ').next().is_some_and(|word| word.starts_with(char::is_lowercase));
    if !describes {
        return None;
    }
    let named = doc.sentences.iter().flat_map(|s| s.countries.iter().map(move |c| (s, c))).find_map(|(s, c)| {
        let after = &doc.text[c.span.end..s.span.end];
        let body = FORCE_AFTER_ITS_COUNTRY.find(after).filter(|_| c.code.as_str() == code)?;
        let end = force_name_end(doc.text, c.span.end + body.end(), s.span.end);
        Some(c.span.start..end)
    })?;
    let name = &doc.text[named.clone()];
    Some(Named { name: short_form(doc.text, name).unwrap_or_else(|| name.to_string()), span: named })
}

/// A force's name right after its country's: " Federal Police", " Wildlife Service", "
/// Constabulary Force".
pub(crate) static FORCE_AFTER_ITS_COUNTRY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}?",
        r"(?:Police|Agency|Bureau|Guard|Service|Gendarmerie|Customs|Directorate|Force|Authority|Constabulary|Army|Navy)(?-u:\b)"
    ))
    .expect("valid regex")
});

/// The countries whose own police the lead says acted, opening a sentence ("Macao police have
/// broken up a betting ring"), each with where it is named.
pub(crate) fn forces_in_the_lead(doc: &Doc) -> Vec<(String, Range<usize>)> {
    first_forces(doc, &lead(doc, LEAD_PARAGRAPHS)).into_iter().map(|(named, code)| (code, named.span)).collect()
}

/// The national forces of the first sentence of `lead` that opens with some, else of the
/// first that names some as who ran the action ("The raid ... was carried out by Kenyan
/// police").
fn first_forces(doc: &Doc, lead: &[usize]) -> Vec<(Named, String)> {
    // The body's sentences first: a headline shortens the force's name ("Ruritanian police
    // rescue 200" over "Ruritanian federal police rescued 200").
    let (body, headline): (Vec<usize>, Vec<usize>) = lead.iter().partition(|&&i| doc.sentences[i].is_body());
    let first = |read: fn(&str, &Sentence) -> Vec<(Named, String)>| {
        body.iter().chain(&headline).map(|&i| read(doc.text, &doc.sentences[i])).find(|forces| !forces.is_empty())
    };
    first(national_police).or_else(|| first(forces_after_a_cue)).unwrap_or_default()
}

/// The national forces right after the first of [`ORGANISER_CUES`] that ends in "by" in a
/// sentence ("carried out by"; not "an operation involving", which names who took part).
fn forces_after_a_cue(text: &str, sentence: &Sentence) -> Vec<(Named, String)> {
    let lower = sentence.lower();
    let after = ORGANISER_CUES
        .iter()
        .filter(|cue| cue.ends_with(" by "))
        .filter_map(|cue| lower.find(cue).map(|at| at + cue.len()))
        .min();
    after
        .and_then(|after| national_forces_at(text, sentence, sentence.span.start + after))
        .map(|(forces, _)| forces)
        .unwrap_or_default()
}

/// The first of `words` that `lower` says as whole words, and where.
fn first_told<'w>(lower: &str, words: impl IntoIterator<Item = &'w &'static str>) -> Option<(usize, &'static str)> {
    words.into_iter().find_map(|words| Some((whole_words(lower, words)?, *words)))
}

/// Where `words` stand in `text` as whole words.
pub(crate) fn whole_words(text: &str, words: &str) -> Option<usize> {
    every_whole_words(text, words).next()
}

/// Every place `words` stand in `text` as whole words.
pub(crate) fn every_whole_words<'a>(text: &'a str, words: &'a str) -> impl Iterator<Item = usize> + 'a {
    text.match_indices(words).map(|(at, _)| at).filter(move |&at| {
        let before = text[..at].chars().next_back();
        let after = text[at + words.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Who a sentence says ran the action: the names after "coordinated by" and its like
/// ("coordinated by Europol and the European Banking Federation, with the support of
/// Eurojust" names two), or the one that tells of the coordination ("The National Migration
/// Institute said the raids ... were coordinated with ...").
fn organisers(text: &str, sentence: &Sentence) -> Option<Vec<Named>> {
    let said = sentence.text(text);
    // ASCII lower case keeps every byte where it was: "Under the coordination of" opens a sentence.
    let lower = said.to_ascii_lowercase();
    // Each cue the sentence holds, first to last: "dismantled by authorities in A and B,
    // coordinated by Eurojust" names no body after its first cue, and one after its second.
    let mut cues: Vec<(usize, &str)> =
        ORGANISER_CUES.iter().filter_map(|cue| lower.find(cue).map(|at| (at + cue.len(), *cue))).collect();
    cues.sort_unstable();
    // "coordinated by Spain and Europol": a country that coordinated led a part; it is a
    // participant, not who ran the action.
    let a_country = |named: &Named| {
        sentence.countries.iter().any(|c| c.span.start <= named.span.start && named.span.end <= c.span.end)
    };
    // "Joint efforts of 16 Member States, led by the Polish Central Bureau of Investigation": a
    // country's own body led its country's part (one that ran the whole is "coordinated by"
    // or "dismantled by").
    let a_countrys =
        |named: &Named| a_country(named) || sentence.countries.iter().any(|c| c.span.start == named.span.start);
    let led_by = || {
        let after = lower.find(LED_BY)? + LED_BY.len();
        let named = names_from(text, sentence.span.start + after, sentence.span.end);
        let of_bodies = named.iter().all(|named| is_a_body(&named.name));
        (of_bodies && !named.iter().any(a_countrys)).then_some(named)
    };
    let after_cue = |(after, cue): (usize, &str)| {
        if COORDINATION_CENTRES_AT.contains(&cue) {
            return bodies_of_centres(text, sentence, sentence.span.start + after);
        }
        let mut named = names_from(text, sentence.span.start + after, sentence.span.end);
        named.retain(|named| !a_country(named) && !REGIONS_PEOPLE.contains(&named.name.as_str()));
        // "Europol supported the Joint Action Days": who is supported is a body; the
        // action is not. "The ring was run by Kovac": a person runs a crime, a body an action.
        if SUPPORTED_CUES.contains(&cue) || cue == RUN_BY || DONE_BY.contains(&cue) {
            named.retain(|named| is_a_body(&named.name));
        }
        named
    };
    let first_named = cues.iter().map(|&cue| after_cue(cue)).find(|named| !named.is_empty());
    let named = match first_named {
        Some(named) => named,
        None if !cues.is_empty() => Vec::new(),
        None => {
            // "The Federal Police said the raids ... were coordinated with ...".
            let speaker_coordinated = || {
                let speaker = sentence.span.start + said.strip_prefix("The ").map_or(0, |_| "The ".len());
                let named = name_at(text, speaker, sentence.span.end)?;
                text[named.span.end..].starts_with(" said ").then(|| vec![named])
            };
            led_by()
                .filter(|named| !named.is_empty())
                .or_else(|| hyphen_led(text, sentence).map(|named| vec![named]))
                .or_else(|| under_ones_lead(text, sentence, &lower).map(|named| vec![named]))
                .or_else(|| said.contains("coordinated with").then(speaker_coordinated).flatten())
                .unwrap_or_default()
        }
    };
    (!named.is_empty()).then_some(named)
}

/// Words for the people of a region, which say whose forces they were but name no body: "a
/// raid by African police forces".
const REGIONS_PEOPLE: &[&str] =
    &["European", "African", "Asian", "Caribbean", "Nordic", "Balkan", "Arab", "Latin American", "Pacific"];

/// Words that open a sentence and link it to the ones before, set off by a comma: "Overall,
/// Europol co-ordinated ...". They name no one.
const LINKING_ADVERBS: &[&str] =
    &["Overall, ", "Meanwhile, ", "Additionally, ", "Furthermore, ", "Moreover, ", "Altogether, ", "Separately, "];

/// Where the clause after one of [`LINKING_ADVERBS`] that opens `sentence` starts.
fn after_an_opening_adverb(text: &str, sentence: &Sentence) -> Option<usize> {
    let said = sentence.text(text);
    LINKING_ADVERBS.iter().find(|adverb| said.starts_with(**adverb)).map(|adverb| sentence.span.start + adverb.len())
}

/// The body under whose coordination or lead an action ran, named with its possessive: "Under
/// Europol's coordination, 19 countries checked ...".
fn under_ones_lead(text: &str, sentence: &Sentence, lower: &str) -> Option<Named> {
    const LEADS: &[&str] = &["coordination", "co-ordination", "leadership", "lead"];
    every_whole_words(lower, "under").find_map(|at| {
        let named = name_at(text, sentence.span.start + at + "under ".len(), sentence.span.end)?;
        let after = &text[named.span.end..sentence.span.end];
        let lead = ["'s ", "’s "].iter().find_map(|possessive| after.strip_prefix(possessive))?;
        let led = LEADS
            .iter()
            .any(|word| lead.strip_prefix(word).is_some_and(|rest| !rest.starts_with(char::is_alphanumeric)));
        (led && is_a_body(&named.name)).then_some(named)
    })
}

/// The body that led an action written as one word with it: "An Interpol-led operation", "the
/// FBI-led raids": a body the publishers' list knows, or one named as a body; not a country ("a
/// USA-led operation") or its people ("a Spanish-led action"), which led a part.
fn hyphen_led(text: &str, sentence: &Sentence) -> Option<Named> {
    let said = sentence.text(text);
    let at = said.find("-led ")?;
    let mut start = said[..at].rfind(|c: char| !(c.is_alphanumeric() || c == '-')).map_or(0, |space| space + 1);
    // "a Police Wessex-led operation": the capitalised words before the one glued to "-led"
    // are the name's too, back to a word in lower case or a determiner.
    while let Some(before) = said[..start].strip_suffix(' ') {
        let word_start = before.rfind(' ').map_or(0, |space| space + 1);
        let word = &before[word_start..];
        if !word.starts_with(char::is_uppercase)
            || DETERMINERS.contains(&word)
            || !word.chars().all(char::is_alphabetic)
        {
            break;
        }
        start = word_start;
    }
    let name = &said[start..at];
    let span = sentence.span.start + start..sentence.span.start + at;
    let known = is_a_publishers_name(name);
    // Not any name in capitals, as `is_a_body` takes: "USA-led".
    let of_a_body = name.split([' ', '-']).any(|word| BODY_WORDS.contains(&word));
    (known || of_a_body).then(|| Named { name: name.to_string(), span })
}

/// The name in capitals just before the words for the action or its plan (`run`), as a
/// framework or an agency puts its name to what it runs: "the EMPACT Joint Action Days",
/// "an ELA action week", "part of the EMPACT operational action plan". `lower` is the
/// sentence in lower case.
fn framework(text: &str, sentence: &Sentence, lower: &str, run: &str) -> Option<Vec<Named>> {
    let said = sentence.text(text);
    let at = whole_words(lower, run)?;
    let before = said[..at].trim_end_matches(' ');
    let start = before.trim_end_matches(char::is_alphanumeric).len();
    let word = &before[start..];
    let in_capitals =
        word.chars().filter(|c| c.is_alphabetic()).count() >= 3 && word.chars().all(|c| c.is_ascii_uppercase());
    // "a month-long Interpol operation": a known agency as its publishers write it.
    let names_a_body = in_capitals || is_a_publishers_name(word);
    let in_a_country = sentence.countries.iter().any(|country| country.span.contains(&(sentence.span.start + start)));
    // "A MASSIVE day of action": a news lede's word in capitals for emphasis, after the
    // article that opens it, names no one; nor does one that opens the lede ("SWIFT action by
    // police freed ...") where the text never writes it again, as a body's name would be.
    let opens_the_lede = start == 0 && !is_a_publishers_name(word) && text.matches(word).nth(1).is_none();
    let emphasis = said[..start] == *"A " || opens_the_lede;
    (names_a_body && !in_a_country && !emphasis && before.len() < at).then(|| {
        vec![Named { name: word.to_string(), span: sentence.span.start + start..sentence.span.start + before.len() }]
    })
}

/// The bodies named between "joint" and the words for the action, whose joint action it was: "A
/// joint Ruritanian Federal Police (RFP) and Ruritanian Border Force (RBF) operation", "a joint
/// RFP-RBF investigation". `lower` is the sentence in lower case.
fn joint_of(text: &str, sentence: &Sentence, lower: &str, run: &str) -> Option<Vec<Named>> {
    let at = whole_words(lower, run)?;
    let joint = lower[..at].rfind("joint ")? + "joint ".len();
    let (start, end) = (sentence.span.start + joint, sentence.span.start + at);
    let named: Vec<Named> = names_from(text, start, end)
        .into_iter()
        .flat_map(|named| {
            // "RFP-RBF": two bodies' short forms joined by a hyphen.
            let parts: Vec<&str> = named.name.split('-').collect();
            let of_short_forms = parts.len() > 1 && parts.iter().all(|part| is_a_short_form(part));
            if !of_short_forms {
                return vec![named];
            }
            let mut from = named.span.start;
            parts
                .into_iter()
                .map(|part| {
                    let span = from..from + part.len();
                    from = span.end + 1;
                    Named { name: part.to_string(), span }
                })
                .collect()
        })
        .collect();
    // Only bodies, and nothing else between them and the action: "a joint effort by police and
    // the Ruritanian army against an operation" names its bodies after "by", not here.
    let reaches_the_action = named.last().is_some_and(|last| text[last.span.end..end].trim().is_empty());
    (reaches_the_action && named.iter().all(|named| is_a_body(&named.name))).then_some(named)
}

/// Whether a word is a body's short form in capitals, in any alphabet's: "UNODC", "CBŚP".
fn is_a_short_form(word: &str) -> bool {
    word.chars().count() >= 3 && word.chars().all(char::is_uppercase)
}

/// The names that open a sentence, before "coordinated" ("The European Labour Authority
/// (ELA) coordinated and supported inspections"), unless they are countries.
fn subject_organisers(text: &str, sentence: &Sentence) -> Option<Vec<Named>> {
    let said = sentence.text(text);
    let first_verb = |from: usize| {
        ORGANISING_VERBS
            .iter()
            .chain(CARRYING_VERBS)
            .filter_map(|verb| Some((from + said[from..].find(verb)?, *verb)))
            .min()
    };
    let (first_at, first_words) = first_verb(0)?;
    // "30 men arrested as the agency carried out raids": the verb of the clause after "as",
    // whose subject ran the action; the clause opens after "as".
    let after_as = said[first_at..].find(" as the ").map(|as_the| first_at + as_the + " as ".len());
    let clause_after_as = after_as.and_then(|from| first_verb(from).map(|verb| (from, verb)));
    let (at, verb_words) = clause_after_as.map_or((first_at, first_words), |(_, verb)| verb);
    let verb = sentence.span.start + at;
    // "Between 16 and 20 September, Europol coordinated ...": the names open the clause after
    // the dates that open the sentence.
    let clause = sentence
        .dates
        .first()
        .filter(|date| {
            let before = text[sentence.span.start..date.span.start].trim().to_ascii_lowercase();
            date.span.end < verb && opens_with_the_date(&before)
        })
        .map(|date| {
            // "Between 10 and 17 June 2023 Europol coordinated ...": without a comma too.
            let after = &text[date.span.end..verb];
            let comma = after.find(", ").map_or(0, |comma| comma + ", ".len());
            date.span.end + comma + (after[comma..].len() - after[comma..].trim_start().len())
        })
        .or_else(|| dateline_of_a_place(text, sentence))
        .or_else(|| after_an_opening_adverb(text, sentence))
        // "In a move against drug dealing, the Drug Unit carried out raids".
        .or_else(|| after_an_opening_clause(said).map(|end| sentence.span.start + end).filter(|&end| end <= verb))
        // "HARBOUR CITY — The Coast Bureau has seized": a dateline without a date.
        .unwrap_or_else(|| sentence.span.start + dateline_end(said));
    let clause = clause_after_as.map_or(clause, |(from, _)| sentence.span.start + from);
    // "Europol coordinated the exchange of operational information": not the action.
    if NOT_THE_ACTION.iter().any(|words| said[at + verb_words.len()..].starts_with(words)) {
        return None;
    }
    let opening = &text[clause..sentence.span.end];
    // "The", and Spanish's "La" and "El"; Portuguese's "A" only before its police, as "A" is
    // English's article too.
    // "In a crackdown, the Drug Section executed ...": "the" after an opening clause.
    let article = ["The ", "the ", "La ", "El "]
        .iter()
        .chain(PEOPLE_OF_A_BODY)
        .find(|words| opening.starts_with(**words))
        .or_else(|| opening.starts_with("A Polícia ").then_some(&"A "));
    let start = clause + article.map_or(0, |words| words.len());
    // "The coordinated raids": the verb is the opening "The"'s neighbour, and names nothing.
    if verb < start {
        return None;
    }
    // "This coordinated action", "During coordinated action days": "coordinated" describes;
    // no one is named.
    let opening = text[start..].split(' ').next().unwrap_or_default();
    if DETERMINERS.contains(&opening) || PREPOSITIONS.contains(&opening) || PRONOUNS.contains(&opening) {
        return None;
    }
    // "TROOPS arrested six smugglers": a news lead's first word in capitals, a word for officers
    // that names no one.
    let in_capitals = opening.chars().all(|c| c.is_ascii_uppercase());
    if in_capitals && ENFORCERS.iter().any(|enforcers| opening.eq_ignore_ascii_case(enforcers)) {
        return None;
    }
    // "Interpol, which co-ordinated the clampdown, said ...": the relative clause's verb is
    // the name's.
    let verb = RELATIVE_PRONOUNS
        .iter()
        .find_map(|which| text[start..verb].strip_suffix(which))
        .map_or(verb, |name| start + name.len());
    // "The Carabinieri, to strengthen its work against exploitation, has planned ...": an
    // aside of purpose between commas stands between the name and its verb.
    let verb = text[start..verb]
        .split_once(", ")
        .filter(|(_, aside)| PURPOSES.iter().any(|purpose| aside.starts_with(purpose)) && aside.ends_with(','))
        .map_or(verb, |(name, _)| start + name.len());
    // "Interpol recently hosted ...": an adverb between the name and its verb.
    let verb = start + without_an_adverb(&text[start..verb]).len();
    let mut named = names_from(text, start, verb);
    // "The European Union Internet Referral Unit (EU IRU) at Europol organized ...": a unit
    // acts for the body it is at.
    if let Some(host) = named.last().and_then(|unit| host(text, unit.span.end, verb)) {
        named = vec![host];
    }
    // "Europol's European Migrant Smuggling Centre (EMSC), together with ..., coordinated":
    // the unit is the body's whose name it follows.
    if let [owner] = named.as_slice()
        && ["'s ", "’s "].iter().any(|possessive| text[owner.span.end..verb].starts_with(possessive))
        && is_a_body(&owner.name)
    {
        return Some(named);
    }
    let countries = |named: &Named| sentence.countries.iter().any(|country| named.span.contains(&country.span.start));
    // "Home Ministry teams made raids": the body's people did it; not "Customs officers",
    // a kind of officer, which names no one body.
    let reaches_the_verb = named.last().is_some_and(|last| {
        let a_bodys_name = last.name.contains(' ') || is_a_publishers_name(&last.name);
        last.span.end == verb || a_bodys_name && BODYS_PEOPLE.iter().any(|people| text[last.span.end..verb] == **people)
    });
    // "Eurojust, as well as Frontex, and Latvia have carried out checks": the bodies ran
    // it, the country took part; a sentence of countries alone names no one who ran it.
    if named.iter().any(|named| !countries(named)) {
        named.retain(|named| !countries(named));
    }
    // "Europol has carried out a large-scale operation": a body that did it ran it; "Officers
    // carried out checks" names no one.
    let carried_out = CARRYING_VERBS.contains(&verb_words);
    let of_bodies = named.iter().all(|named| is_a_body(&named.name) && !GENERIC_BODIES.contains(&named.name.as_str()));
    (reaches_the_verb && !named.is_empty() && !named.iter().any(countries) && (!carried_out || of_bodies))
        .then_some(named)
}

/// The body a unit named up to `at` is part of, where the text says so before `end`: "...
/// Unit (EU IRU) at Europol", "... Centre at Europol".
fn host(text: &str, at: usize, end: usize) -> Option<Named> {
    let rest = &text[at..end];
    let short = rest.strip_prefix(" (").and_then(|after| after.find(')')).map_or(0, |close| " (".len() + close + 1);
    let host_at = at + short + rest[short..].strip_prefix(" at ").map(|_| " at ".len())?;
    name_at(text, host_at, end).filter(|host| host.span.end == end && is_a_body(&host.name))
}

/// Verbs after the body a news article quotes on the action: "the National Police Chiefs'
/// Council said", "Europol says".
const SPEAKING_VERBS: &[&str] = &[" said", " says", " has said", " announced", " has announced"];

/// The body a sentence quotes on the action ("..., the Border Agency said", "according to
/// Europol"), where nothing names who ran it: a news article tells of an action in the words
/// of the body that ran it. A country or a person quoted ran nothing.
fn speaker(text: &str, sentence: &Sentence) -> Option<Vec<Named>> {
    let said = sentence.text(text);
    let start = sentence.span.start;
    let a_body = |named: &Named| {
        // "Italy said": a country, quoted by its name; not "the Ruritanian National Police
        // said", a body whose name holds its country's.
        let a_country =
            sentence.countries.iter().any(|c| c.span.start <= named.span.start && named.span.end <= c.span.end);
        !a_country && is_a_body(&named.name) && !an_offices_short_form(text, &named.name)
    };
    // The name that ends right before a verb, after the sentence's start or a comma, or before
    // an adverb of the verb ("Afripol recently announced").
    let before_a_verb = SPEAKING_VERBS.iter().flat_map(|verb| said.match_indices(verb)).find_map(|(verb, _)| {
        let after_comma = said[..verb].rfind(", ").map_or(0, |comma| comma + ", ".len());
        // "In May, the National Agency ... says": the article is not the name's.
        let after_comma = after_comma + if said[after_comma..].starts_with("the ") { "the ".len() } else { 0 };
        let name_end = after_comma + without_an_adverb(&said[after_comma..verb]).len();
        let named = name_at(text, start + after_comma, start + name_end);
        named.filter(|named| named.span.end == start + name_end).or_else(|| short_name_before(text, start + name_end))
    });
    let after_according_to = || {
        let at = said.to_ascii_lowercase().find("according to ")? + "according to ".len();
        name_at(text, start + at, sentence.span.end)
    };
    let named = before_a_verb.filter(a_body).or_else(|| after_according_to().filter(a_body))?;
    // "..., Europol said on Friday": an international body that tells of what others did,
    // quoted after what it tells, ran nothing it is not told to have run. Its own announcement
    // ("Europol announced the arrest of 40 people") opens the sentence, maybe after a short
    // clause ("In May, Afripol announced ...").
    let subject_start = start + after_an_opening_clause(said).unwrap_or(0);
    let opens_the_sentence = text[subject_start..named.span.start].trim().is_empty();
    let international = INTERNATIONAL_BODIES.contains(&named.name.to_ascii_lowercase().as_str());
    (opens_the_sentence || !international).then(|| vec![named])
}

/// The short name in brackets that ends at `end`, after a long one whose small words the name
/// reader stops at: "the National Agency for the Prohibition of Trafficking in Persons (NAPTA)".
fn short_name_before(text: &str, end: usize) -> Option<Named> {
    let bracketed = text[..end].strip_suffix(')')?;
    let open = bracketed.rfind('(')?;
    let short = &bracketed[open + 1..];
    is_short_name(short).then(|| Named { name: short.to_string(), span: open..end })
}

/// The countries' police that a sentence opens with, as who acted, each with its country:
/// "The Dutch police arrested 60 people in a national action", "Italian police have dismantled
/// ...", "With the support of Europol, the German Federal Police and the Romanian Police
/// dismantled ...".
fn national_police(text: &str, sentence: &Sentence) -> Vec<(Named, String)> {
    let said = sentence.text(text);
    // "With support from Europol, the German ...", "In a large crackdown, Dutch
    // police ...": the subject after the clause that opens the sentence.
    // "A joint effort between the Ruritanian Police and ... has uncovered": the forces the
    // effort was between did it.
    let joint_work = JOINT_WORK_OPENINGS.iter().find(|words| said.starts_with(**words)).map(|words| words.len());
    let opening = after_an_opening_clause(said)
        .or(joint_work)
        .or_else(|| dateline_of_a_place(text, sentence).map(|end| end - sentence.span.start))
        .unwrap_or_else(|| dateline_end(said));
    let mut at = sentence.span.start + opening;
    let mut forces = Vec::new();
    while let Some((named, force_end)) = national_forces_at(text, sentence, at) {
        forces.extend(named);
        let end = unit_end(text, force_end, sentence.span.end);
        // "the Ruritanian National Police (Policía Nacional) and ...": its name in its own
        // language, in brackets.
        let end = past_brackets(text, end, sentence.span.end);
        let joints = ["and the ", "and ", "together with the ", "together with "];
        match joints.iter().find(|joint| text[end..sentence.span.end].starts_with(&format!(" {joint}"))) {
            Some(joint) => {
                let next = end + 1 + joint.len();
                // Spaces doubled where a text was pasted together.
                at = next + (text[next..].len() - text[next..].trim_start_matches(' ').len());
            }
            None => {
                // "The Spanish National Police, with support from Europol, dismantled ...": an
                // aside between the forces and their verb.
                let rest = &text[end..sentence.span.end];
                let rest = match rest.strip_prefix(", ") {
                    Some(aside) => aside.split_once(", ").map_or("", |(_, verb)| verb),
                    None => rest.strip_prefix(' ').unwrap_or_default(),
                };
                // "British police also carried out searches": they helped others who ran it.
                let helped = rest.starts_with("also ");
                return if rest.starts_with(char::is_lowercase) && !helped { forces } else { Vec::new() };
            }
        }
    }
    Vec::new()
}

/// Where a unit glued to its force's name ends: "-Anti Human Trafficking Unit (GP-AHTU)"
/// after "the Ghana Police"; `end` itself where none follows.
fn unit_end(text: &str, end: usize, limit: usize) -> usize {
    let Some(unit) = text[end..limit].strip_prefix('-').filter(|unit| unit.starts_with(char::is_uppercase)) else {
        return end;
    };
    let mut word_start = limit - unit.len();
    let mut name_end = end;
    for word in unit.split_inclusive(' ') {
        let bare = word.trim_end();
        if !(bare.starts_with(char::is_uppercase) || matches!(bare, "and" | "of" | "for")) {
            break;
        }
        name_end = word_start + bare.len();
        word_start += word.len();
    }
    // The unit's short form in brackets, if it has one.
    past_brackets(text, name_end, limit)
}

/// Where a name that ends at `end` ends with what follows it in brackets, before `limit`: its
/// short form ("Unit (GP-AHTU)"), or its name in its own language ("National Police (Policía
/// Nacional)"); `end` itself where no bracket follows.
fn past_brackets(text: &str, end: usize, limit: usize) -> usize {
    match text[end..limit].strip_prefix(" (").and_then(|rest| rest.find(')')) {
        Some(close) => end + " (".len() + close + ')'.len_utf8(),
        None => end,
    }
}

/// The body a sentence opens with as having supported an action that no one else is named
/// as running: "Frontex supported a week of joint checks carried out by border guards at 30
/// ports". A supporter of someone named is a partner, and asked after them.
fn supporting_subject(text: &str, sentence: &Sentence) -> Option<Vec<Named>> {
    let named = name_at(text, sentence.span.start, sentence.span.end)?;
    let after = &text[named.span.end..sentence.span.end];
    let supported = [" supported", " has supported", " supports"].iter().any(|verb| {
        after.strip_prefix(verb).is_some_and(|action| action.starts_with(" a ") || action.starts_with(" an "))
    });
    (supported && is_a_body(&named.name)).then(|| vec![named])
}

/// The longest clause before a sentence's subject: "In a large cross-border crackdown, ".
const OPENING_CLAUSE_BYTES: usize = 60;

/// Where the subject starts after a short clause that opens the sentence with a preposition
/// or with who supported the action: "In a large crackdown, Dutch police ...", "With support
/// from Europol, the German ...".
fn after_an_opening_clause(said: &str) -> Option<usize> {
    let first_word = said.split(' ').next().unwrap_or_default();
    (SUPPORT_OPENINGS.iter().any(|words| said.starts_with(words)) || PREPOSITIONS.contains(&first_word))
        .then(|| said.find(", ").filter(|&comma| comma <= OPENING_CLAUSE_BYTES).map(|comma| comma + ", ".len()))
        .flatten()
}

/// Words that open a sentence with work that the forces after them did together.
const JOINT_WORK_OPENINGS: &[&str] =
    &["A joint effort between ", "A combined effort between ", "A joint operation between ", "Joint work between "];

/// Words that open a sentence with who supported an action, before who ran it.
const SUPPORT_OPENINGS: &[&str] = &["With the support of ", "With support from ", "Supported by "];

/// The countries' force named at `at` ("the German Federal Police"; "Hungarian and Serbian
/// police", one force word for both), each with its country, and where the name ends.
fn national_forces_at(text: &str, sentence: &Sentence, at: usize) -> Option<(Vec<(Named, String)>, usize)> {
    let start = at + ["The ", "the "].iter().find(|the| text[at..].starts_with(**the)).map_or(0, |the| the.len());
    if let Some(forces) = forces_in_countries(text, sentence, start) {
        return Some(forces);
    }
    // "Spanish police"; "Kenya police", where the country's name is its adjective.
    // A country's name may take in the "the" before it ("the Gambia").
    let first = sentence.countries.iter().find(|c| c.span.start == start || c.span.start == at)?;
    let (countries, last_end) = countries_listed_from(text, sentence, first);
    // "Colombia's National Police": the country's own, by its name and a possessive.
    let possessive = ["'s ", "’s "].iter().find(|mark| text[last_end..].starts_with(**mark)).filter(|_| !first.demonym);
    let after_start = last_end + possessive.map_or(' '.len_utf8(), |mark| mark.len());
    let after = text.get(after_start..sentence.span.end)?;
    if possessive.is_none() && !text[last_end..].starts_with(' ') {
        return None;
    }
    let (force_at, force) = force_after_descriptors(after)?;
    let end = force_name_end(text, after_start + force_at + force.len(), sentence.span.end);
    let forces = match countries.as_slice() {
        [one] => vec![(Named { name: text[start..end].to_string(), span: start..end }, one.code.to_string())],
        // Each country's force by its own name: "Hungarian police", "Serbian police".
        _ => countries
            .iter()
            .map(|c| {
                let name = format!("{} {}", &text[c.span.clone()], &text[after_start..end]);
                (Named { name, span: c.span.start..end }, c.code.to_string())
            })
            .collect(),
    };
    Some((forces, end))
}

/// The countries listed from `first` ("Hungary, Serbia and Croatia"), and where the list ends.
fn countries_listed_from<'s>(
    text: &str,
    sentence: &'s Sentence,
    first: &'s CountryMention,
) -> (Vec<&'s CountryMention>, usize) {
    let mut countries = vec![first];
    let mut last_end = first.span.end;
    while let Some(joint) = [", ", " and "].iter().find(|joint| text[last_end..].starts_with(**joint)) {
        let Some(next) = sentence.countries.iter().find(|c| c.span.start == last_end + joint.len()) else { break };
        countries.push(next);
        last_end = next.span.end;
    }
    (countries, last_end)
}

/// "Police in Ruritania and Carpania have dismantled ...": the police of the countries named
/// after them, each by the word the text uses, which names no body and so no organiser.
fn forces_in_countries(text: &str, sentence: &Sentence, start: usize) -> Option<(Vec<(Named, String)>, usize)> {
    let said = text.get(start..sentence.span.end)?;
    let word = ["Police", "police", "Authorities", "authorities"]
        .into_iter()
        .find(|word| said.strip_prefix(word).is_some_and(|rest| rest.starts_with(" in ")))?;
    let first_at = start + word.len() + " in ".len();
    let first = sentence.countries.iter().find(|c| c.span.start == first_at && !c.demonym)?;
    let (countries, end) = countries_listed_from(text, sentence, first);
    let named = Named { name: word.to_string(), span: start..start + word.len() };
    Some((countries.iter().map(|c| (named.clone(), c.code.to_string())).collect(), end))
}

/// Where the force's word stands after the country, past up to two words that say which
/// force ("wildlife authorities", "Federal Police", "law enforcement authorities", "Wildlife
/// Service"), and the word.
fn force_after_descriptors(after: &str) -> Option<(usize, &'static str)> {
    let mut at = 0;
    for _ in 0..=MAX_FORCE_DESCRIPTORS {
        let rest = &after[at..];
        let forces = FORCES_BY_THEIR_OWN_NAMES.iter().chain(NATIONAL_FORCES);
        if let Some(force) = forces.into_iter().find(|force| whole_words(rest, force) == Some(0)) {
            return Some((at, force));
        }
        let word = rest.split(' ').next().unwrap_or_default();
        // "Ruritania's anti-smuggling police": what the force is against describes it too.
        let describes = word.starts_with(char::is_uppercase) && word.chars().all(|c| c.is_alphabetic() || c == '-')
            || FORCE_DESCRIPTORS.contains(&word)
            || word.starts_with("anti-");
        if !describes || word.len() == rest.len() {
            return None;
        }
        at += word.len() + ' '.len_utf8();
    }
    None
}

/// How many words may say which force a country's is: "law enforcement authorities".
const MAX_FORCE_DESCRIPTORS: usize = 2;

/// Whether a country's force, as the text names it, is no body: "Ruritanian authorities",
/// "Ruritanian law enforcement".
fn names_no_body(force: &str) -> bool {
    force.ends_with(" authorities") || force.ends_with(" law enforcement")
}

/// Words in lower case that say which of a country's forces acted: "Kenyan wildlife
/// authorities", "Thai immigration police".
const FORCE_DESCRIPTORS: &[&str] = &[
    "federal",
    "national",
    "wildlife",
    "immigration",
    "border",
    "customs",
    "tax",
    "financial",
    "anti-narcotics",
    "narcotics",
    "anti-drug",
    "drug",
    "maritime",
    "marine",
    "forestry",
    "environmental",
    "military",
    "security",
    "revenue",
    "judicial",
    "criminal",
    "law",
    "enforcement",
    "local",
    "provincial",
    "regional",
    "state",
];

/// Where a force's name ends, past the words that go on naming it after its force's word:
/// "the Ruritania Customs Service", "the Carpania Police Service".
fn force_name_end(text: &str, end: usize, limit: usize) -> usize {
    let mut end = end;
    while let Some(word) = text[end..limit].strip_prefix(' ').and_then(|rest| rest.split([' ', ',', '.']).next()) {
        if !FORCE_NAME_ENDINGS.contains(&word) {
            break;
        }
        end += ' '.len_utf8() + word.len();
    }
    end
}

/// Words that go on naming a force after its force's word.
const FORCE_NAME_ENDINGS: &[&str] =
    &["Service", "Services", "Force", "Agency", "Unit", "Command", "Department", "Bureau"];

/// Forces known by names of their own, which follow their people's name: "Italian
/// Carabinieri", "Spanish Civil Guard".
pub(crate) const FORCES_BY_THEIR_OWN_NAMES: &[&str] =
    &["Carabinieri", "Gendarmerie", "Marechaussee", "Civil Guard", "Guardia Civil"];

/// Words for a country's force after its people's name, beside
/// [`FORCES_BY_THEIR_OWN_NAMES`]: "Dutch police", "Polish border guards".
const NATIONAL_FORCES: &[&str] = &[
    "police",
    "Police",
    "Border Guard",
    "border guards",
    "Coast Guard",
    "coast guard",
    "customs",
    "Customs",
    "authorities",
    "Authorities",
    "law enforcement",
    "Service",
    "Force",
    "Agency",
    "Bureau",
    "Directorate",
];

/// Whether a name is a known publisher's, as written: "INTERPOL" or "Interpol", "ELA".
fn is_a_publishers_name(name: &str) -> bool {
    PUBLISHERS.iter().any(|(short, others)| *short == name || others.contains(&name))
}

/// Whether a name is a body's: a word of one ("Police", "Agency", "Europol") or letters in
/// capitals ("NCA"), not a person's.
pub(crate) fn is_a_body(name: &str) -> bool {
    let a_known_publisher = || {
        PUBLISHERS
            .iter()
            .any(|(short, others)| std::iter::once(short).chain(*others).any(|n| n.eq_ignore_ascii_case(name)))
    };
    name.split([' ', '-']).any(|word| BODY_WORDS.contains(&word))
        || is_a_short_form(name)
        || a_known_publisher()
        || national_agencys_country(name).is_some()
}

/// The bodies of the coordination centres listed from `at`, each without the place it sits in:
/// "Frontex in Warsaw, INTERPOL Chile and Afripol in Algiers" names Frontex, INTERPOL and
/// Afripol.
fn bodies_of_centres(text: &str, sentence: &Sentence, at: usize) -> Vec<Named> {
    let said = &text[at..sentence.span.end];
    let listed = &said[..said.find([';', '.']).unwrap_or(said.len())];
    let mut bodies = Vec::new();
    let mut cursor = at;
    for item in listed.split(", ").flat_map(|item| item.split(" and ")) {
        let Some(offset) = text[cursor..].find(item) else { break };
        let start = cursor + offset;
        cursor = start + item.len();
        let Some(mut named) = name_at(text, start, cursor) else { continue };
        // "INTERPOL Chile": a country's name that ends the name is where the centre sits.
        let place = sentence.countries.iter().find(|c| {
            c.span.end == named.span.end && c.span.start > named.span.start && text[..c.span.start].ends_with(' ')
        });
        if let Some(place) = place {
            named.span.end = place.span.start - 1;
            named.name = text[named.span.clone()].to_string();
        }
        if is_a_body(&named.name) {
            bodies.push(named);
        }
    }
    bodies
}

/// The names listed from `at`: "Europol and Frontex", "Europol, the EBF and Eurojust"; not
/// a name that describes the one before ("OLTIM, the French National Police unit
/// specialising in ...", which goes on in lower case).
fn names_from(text: &str, mut at: usize, end: usize) -> Vec<Named> {
    let mut names = Vec::new();
    while let Some(named) = name_at(text, at, end) {
        let named = described_then_named(text, &named, end).unwrap_or(named);
        let describes = !names.is_empty()
            && text[named.span.end..end].strip_prefix(' ').is_some_and(|rest| {
                rest.starts_with(char::is_lowercase) && !rest.starts_with("and ") && !rest.starts_with("with ")
            });
        if describes {
            break;
        }
        // "under the leadership of NAPTIP Director General, Binta Adamu Bello": a person's
        // office names their body; the person after it ran nothing.
        if let Some(role) = named.name.split(' ').position(|word| ROLE_WORDS.contains(&word)) {
            let body: Vec<&str> = named.name.split(' ').take(role).collect();
            if !body.is_empty() {
                let body = body.join(" ");
                names.push(Named { span: named.span.start..named.span.start + body.len(), name: body });
            }
            break;
        }
        // "coordinated by Sgt Ruritan and Cpl Carpan of the Anti-Slavery Unit": officers
        // by their ranks ran nothing themselves; their unit, where it is named, did.
        let is_a_rank = |word: &str| RANKS.contains(&word.trim_end_matches('.'));
        // "coordinated by the Police General Ruritan": some forces put their name before the rank;
        // not "the Police Major Crimes Unit", a body.
        let police_rank = named
            .name
            .strip_prefix("Police ")
            .and_then(|rest| rest.split_once(' '))
            .is_some_and(|(rank, person)| is_a_rank(rank) && !is_a_body(person));
        let rank = named.name.split(' ').next().is_some_and(is_a_rank) || police_rank;
        if rank {
            at = named.span.end;
            if let Some((_, unit)) = named.name.split_once(" of the ") {
                names.push(Named { name: unit.to_string(), span: named.span.end - unit.len()..named.span.end });
            }
        } else {
            let mut named = named;
            // "the Police Service (PSX) Special Task Force (STF) unit": a unit named after its
            // body's short form acts for the body, and is read with its name.
            let short_form = text[named.span.clone()].ends_with(')');
            if short_form && text[named.span.end..end].starts_with(' ') {
                let unit = name_at(text, named.span.end + 1, end).filter(|unit| text[unit.span.clone()].ends_with(')'));
                if let Some(unit) = unit {
                    let unit_word = [" unit", " Unit"].iter().find(|word| text[unit.span.end..end].starts_with(**word));
                    named.span.end = unit.span.end + unit_word.map_or(0, |word| word.len());
                }
            }
            at = named.span.end;
            names.push(named);
        }
        if text[at..end].starts_with(" and ")
            && let Some(last) = names.last_mut()
            && let Some(next) = name_at(text, at + " and ".len(), end)
            && let Some(joined) = one_body_across_and(text, last, &next)
        {
            at = joined.span.end;
            *last = joined;
        }
        let rest = &text[at..end];
        // "Eurojust, as well as Frontex, and ...": "as well as" joins names as "and" does.
        let separators = [", as well as ", " as well as ", ", and ", " and ", ", "];
        let Some(separator) = separators.iter().find(|s| rest.starts_with(**s)) else { break };
        at += separator.len();
    }
    names
}

/// Words for a body that a description before its name ends with: "the UN drugs office
/// UNODC".
const DESCRIBED_BODIES: &[&str] = &["agency", "organisation", "organization", "office", "body", "authority"];

/// The body named after a description that opens on another name: "the UN drugs office
/// UNODC" is UNODC, "the EU police agency Europol" is Europol; "UN" and "EU" only say whose.
fn described_then_named(text: &str, named: &Named, end: usize) -> Option<Named> {
    let rest = text[named.span.end..end].strip_prefix(' ')?;
    let words: Vec<&str> = rest.split(' ').take(4).collect();
    let noun = (1..words.len()).find(|&i| DESCRIBED_BODIES.contains(&words[i - 1]))?;
    let described = &words[..noun];
    if !described.iter().all(|word| word.starts_with(char::is_lowercase)) {
        return None;
    }
    let at = named.span.end + 1 + described.iter().map(|word| word.len() + 1).sum::<usize>();
    name_at(text, at, end)
}

/// An organisation's name at `at`: capitalised words, with "of" or "for" between them
/// ("Subdirectorate for Combating Organised Crime"), after an optional "the". Where the
/// text gives it a short form in brackets ("the European Labour Authority (ELA)"), that is
/// the name, as the text goes on to call it.
fn name_at(text: &str, at: usize, end: usize) -> Option<Named> {
    // A cue that ends its sentence ("... under.") leaves nothing to name.
    let rest = text.get(at..end)?;
    // "The Justice Department announced": the article, at a sentence's start too, is no part of the name.
    // A news lede's "THE" in capitals too, and French's articles ("la Sûreté", "l’Office").
    let article = ["the ", "The ", "THE ", "la ", "le ", "l’", "l'"].iter().find(|article| rest.starts_with(**article));
    let start = at + article.map_or(0, |article| article.len());
    if let Some(named) = long_name_at(text, start, end).or_else(|| spelt_out_before_short(text, start, end)) {
        return Some(named);
    }
    let mut name_end = start;
    let mut word_start = start;
    let mut previous = "";
    for word in text[start..end].split(' ') {
        // A name ends at a comma, a full stop or a possessive: "Frontex,", "Europol's".
        let bare = &word[..word.find(|c: char| !(c.is_alphanumeric() || c == '-')).unwrap_or(word.len())];
        // "U.S. and Mexican police": a letter and a dot abbreviate; they name no body.
        let abbreviation = bare.chars().count() == 1 && word[bare.len()..].starts_with('.');
        let capitalised = bare.chars().next().is_some_and(char::is_uppercase) && !abbreviation;
        // "the Office for the Suppression of ...": "the" after a joining word too;
        // "in" of "Trafficking in Persons", as bodies against it are named.
        // French's "of": "la Sûreté du Québec", "le ministère des Forêts", "de la".
        let joining = name_end > start
            && (matches!(bare, "of" | "for" | "du" | "de" | "des")
                || bare == "the" && matches!(previous, "of" | "for")
                || bare == "la" && previous == "de"
                || bare == "in" && previous == "Trafficking");
        // "Raids Held By Gardaí In Fraud Probe": a headline in title case
        // capitalises the preposition that ends the name.
        let title_case_preposition =
            name_end > start && TITLE_CASE_PREPOSITIONS.contains(&bare) && previous != "Trafficking";
        if !(capitalised || joining) || title_case_preposition {
            break;
        }
        previous = bare;
        if capitalised {
            name_end = word_start + bare.len();
        }
        // A possessive inside a name goes on to its next word: "the National Police Chiefs'
        // Council", "the Public Prosecutor's Office"; not a body's ("Europol's Migrant
        // Centre" is a unit of Europol's).
        let next_word = text[end.min(word_start + word.len() + 1)..end].chars().next();
        let possessive = match &word[bare.len()..] {
            "'" | "’" => bare.ends_with('s'),
            mark => matches!(mark, "'s" | "’s") && !is_a_body(bare),
        };
        let inner_possessive = possessive && next_word.is_some_and(char::is_uppercase);
        if bare.len() < word.len() && !inner_possessive {
            break;
        }
        word_start += word.len() + 1;
    }
    if name_end == start {
        return None;
    }
    // "the Police Service (PSX)", and "the Police Service(PSX)" as some releases write it.
    let open = [" (", "("].iter().find(|open| text[name_end..end].starts_with(**open)).map_or(0, |open| open.len());
    let short = (open > 0)
        .then(|| text[name_end + open..end].split_once(')'))
        .flatten()
        .map(|(short, _)| short)
        // "The African Union Mechanism for Police Cooperation (Afripol)": a known body's name as
        // its publishers write it is as short.
        .filter(|short| is_short_name(short) || is_a_publishers_name(short));
    Some(match short {
        Some(short) => Named { name: short.to_string(), span: start..name_end + open + short.len() + ")".len() },
        None => Named { name: text[start..name_end].to_string(), span: start..name_end },
    })
}

/// Small words a body's name spelt out may hold between its capitalised words: "Centre
/// against Smuggling and Organised Fraud".
const WORDS_INSIDE_NAMES: &[&str] = &["against", "and", "on", "of", "for", "the", "in", "to"];

/// How many words a name spelt out before its short form in brackets may run to, and how
/// far its bracket is looked for.
const MAX_SPELT_OUT_WORDS: usize = 10;
const SPELT_OUT_BYTES: usize = 120;

/// A body's name spelt out with small words inside it, then its short form in brackets:
/// "the Border Centre against Smuggling and Organised Fraud (BCSOF)" is BCSOF, where
/// the capitalised words alone would stop at "against". The words must begin and end on a
/// capital, at least two must be capitalised, and their initials must be the short form's
/// letters: "Frontex and the Police of Ruritania (PR)" are two bodies.
fn spelt_out_before_short(text: &str, start: usize, end: usize) -> Option<Named> {
    let here = &text[start..end];
    if !here.starts_with(char::is_uppercase) {
        return None;
    }
    let open = first_bytes(here, SPELT_OUT_BYTES).find(" (")?;
    let words: Vec<&str> = here[..open].split(' ').collect();
    let capitalised = |word: &&str| word.starts_with(char::is_uppercase);
    let spelt_out = words.len() <= MAX_SPELT_OUT_WORDS
        && words.iter().filter(|word| capitalised(word)).count() >= 2
        && words.first().is_some_and(capitalised)
        && words.last().is_some_and(capitalised)
        && words.iter().any(|word| WORDS_INSIDE_NAMES.contains(word))
        && words.iter().all(|word| capitalised(word) || WORDS_INSIDE_NAMES.contains(word))
        // "Europol, Frontex and the ...": a list, not one name.
        && words.iter().all(|word| word.chars().all(|c| c.is_alphanumeric() || c == '-'));
    let (short, _) = here[open + " (".len()..].split_once(')')?;
    (spelt_out && is_short_name(short) && spells_in_any_order(short, &here[..open]))
        .then(|| Named { name: short.to_string(), span: start..start + open + " (".len() + short.len() + ")".len() })
}

/// Prepositions a headline in title case capitalises, which no body's name holds after its
/// first word (but "Trafficking In Persons").
const TITLE_CASE_PREPOSITIONS: &[&str] =
    &["In", "On", "At", "With", "After", "During", "Across", "Into", "From", "Over"];

/// A body whose full name holds words a run of capitals stops at ("European Border and Coast
/// Guard Agency", "United Nations Office on Drugs and Crime"), known by the name the dataset
/// gives it, its short name written after it ("... Agency FRONTEX", "... Crime (UNODC)") read
/// with it.
fn long_name_at(text: &str, start: usize, end: usize) -> Option<Named> {
    let here = &text[start..end];
    let (short, written) = PUBLISHERS.iter().find_map(|(short, others)| {
        let written = others.iter().find(|other| other.split(' ').any(|w| w.starts_with(char::is_lowercase)))?;
        here.starts_with(*written).then_some((*short, *written))
    })?;
    let after = &here[written.len()..];
    let repeated = [
        format!(" ({short})"),
        format!(" {short}"),
        format!(" ({})", short.to_uppercase()),
        format!(" {}", short.to_uppercase()),
    ]
    .into_iter()
    .find(|repeat| after.starts_with(repeat.as_str()))
    .map_or(0, |repeat| repeat.len());
    Some(Named { name: short.to_string(), span: start..start + written.len() + repeated })
}

/// The one body that two names joined by "and" make, or `None` where they are two: the last
/// word of a name that runs "of X" ("the Department of Mines and Labour"), where it is no body
/// or short form of its own ("the Ministry of Justice and Europol"); or the words on both sides
/// of "and" that a short form in brackets spells ("the Harbour and Coast Department (H&CD)"),
/// known by that short form.
fn one_body_across_and(text: &str, last: &Named, next: &Named) -> Option<Named> {
    let last_word = last.name.contains(" of ")
        && next.span.start == last.span.end + " and ".len()
        && !next.name.contains(' ')
        && !is_a_body(&next.name)
        && next.name.chars().any(char::is_lowercase);
    if last_word {
        let span = last.span.start..next.span.end;
        return Some(Named { name: text[span.clone()].to_string(), span });
    }
    let long_end = text[..next.span.end].strip_suffix(&format!(" ({})", next.name))?.len();
    spells(&next.name, &text[last.span.start..long_end])
        .then(|| Named { name: next.name.clone(), span: last.span.start..next.span.end })
}

/// Whether `short` ("H&CD") holds the initials of the capitalised words of `long`
/// ("Harbour and Coast Department"), in order.
fn spells(short: &str, long: &str) -> bool {
    initials(long).eq(short.chars().filter(|c| c.is_alphabetic()))
}

/// Whether `short` holds the initials of the capitalised words of `long` in any order, as a
/// short form taken from the name in another language does, its words in that language's
/// order ("CBSOF" of "Border Centre against Smuggling and Organised Fraud").
fn spells_in_any_order(short: &str, long: &str) -> bool {
    let mut initials: Vec<char> = initials(long).collect();
    let mut letters: Vec<char> = short.chars().filter(|c| c.is_alphabetic()).collect();
    initials.sort_unstable();
    letters.sort_unstable();
    initials == letters
}

/// The first letters of the capitalised words of a name.
fn initials(long: &str) -> impl Iterator<Item = char> + '_ {
    long.split(' ').filter_map(|word| word.chars().next().filter(|c| c.is_uppercase()))
}

/// Whether the words in a name's brackets are its short name: capitals and digits and no
/// space ("ELA", "G7"; not "EU IRU").
fn is_short_name(short: &str) -> bool {
    // "H&CD", the Harbour and Coast Department's.
    short.starts_with(char::is_uppercase) && short.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '&')
}

/// The body a release calls by a common noun with a capital ("Coordinated by the Agency"), as
/// an agency calls itself in its own releases: the known one named last before it.
fn the_body_it_calls(text: &str, named: &Named) -> Option<String> {
    if !SELF_REFERENCES.contains(&named.name.as_str()) {
        return None;
    }
    let before = &text[..named.span.start];
    let last_at = |name: &str| every_whole_words(before, name).last();
    let names = PUBLISHERS
        .iter()
        .flat_map(|(short, others)| std::iter::once(short).chain(*others).map(move |name| (*short, *name)));
    names.filter_map(|(short, name)| Some((last_at(name)?, short))).max().map(|(_, short)| short.to_string())
}

/// Common nouns with a capital that a body's release calls it by.
const SELF_REFERENCES: &[&str] = &["Agency", "Authority", "Organisation", "Organization"];

/// The short form the text gives a name anywhere ("the European Labour Authority (ELA)"):
/// the text goes on to call it that, and so do other releases. A known body's short form
/// that the text also writes on its own counts too ("The European Labour Authority
/// led the checks ... ELA figures for the week").
fn short_form(text: &str, name: &str) -> Option<String> {
    let written = format!("{name} (");
    let bracketed = text.match_indices(&written).find_map(|(at, _)| {
        let (short, _) = text[at + written.len()..].split_once(')')?;
        is_short_name(short).then(|| short.to_string())
    });
    let known = || {
        let (short, _) = PUBLISHERS.iter().find(|(_, others)| others.contains(&name))?;
        (is_short_name(short) && every_whole_words(text, short).next().is_some()).then(|| short.to_string())
    };
    // "The Ruritania Customs Service ... said RCS officers": its initials, which the text writes.
    let initials = || {
        let words = name.split(' ').filter(|word| !matches!(*word, "The" | "the" | "of" | "and" | "for"));
        let initials: Option<String> = words.map(|word| word.chars().next().filter(|c| c.is_uppercase())).collect();
        initials.filter(|initials| initials.len() >= 3 && every_whole_words(text, initials).next().is_some())
    };
    bracketed.or_else(known).or_else(initials)
}

/// The body a unit's short form belongs to, where the text names the unit after the body's
/// short form: "STF" of "the Police Service (PSX) Special Task Force (STF) unit" is PSX's.
fn body_of_unit(text: &str, short: &str) -> Option<String> {
    let at = text.find(&format!("({short})"))?;
    let unit = text[..at].trim_end();
    let unit_start = unit.trim_end_matches(|c: char| c.is_alphabetic() || c == ' ').len();
    let unit_words = &unit[unit_start..];
    let capitalised = unit_words.split_whitespace().all(|word| word.starts_with(char::is_uppercase));
    let body = unit[..unit_start].strip_suffix(')')?;
    let body = &body[body.rfind('(')? + 1..];
    (capitalised && !unit_words.trim().is_empty() && is_short_name(body)).then(|| body.to_string())
}

/// The name of an agency that one country alone has, without its country's adjective
/// before it: "the Spanish Guardia Civil" is the Guardia Civil, by the name it goes by.
fn without_its_countrys_adjective(name: &str) -> Option<String> {
    let (adjective, agency) = name.split_once(' ')?;
    let code = national_agencys_country(agency)?;
    (CountryIndex::shared().resolve_demonym(adjective) == Some(code)).then(|| agency.to_string())
}

/// Whether the words right before `start` and right after `end` are capitalised, as a
/// lower-case word inside a name stands: "Crimes against Women".
fn between_capitals(written: &str, start: usize, end: usize) -> bool {
    let before = written[..start].trim_end().rsplit(' ').next().unwrap_or_default();
    let after = written[end..].trim_start();
    before.starts_with(char::is_uppercase) && after.starts_with(char::is_uppercase)
}

/// What an action was against, from the words after "against" or "targeted" in a sentence
/// (`sentence` in ASCII lower case, `written` as the text has it), to the words that say where,
/// when or by whom.
fn theme(sentence: &str, written: &str) -> Option<String> {
    // "kept against their will" says how victims were held, not what the action was against.
    // "to combat them effectively": a pronoun points back to what the text has told.
    let not_a_theme = |after: &str| {
        let after = after.trim_start();
        let first_word = after.split(|c: char| !c.is_alphanumeric()).next().unwrap_or_default();
        // "a crackdown on 4 May": a day, not a theme.
        let a_day = after.starts_with(|c: char| c.is_ascii_digit());
        NOT_THEMES.iter().any(|words| after.starts_with(words))
            || ["them", "it", "him", "us"].contains(&first_word)
            || a_day
    };
    let after = THEME_CUES
        .iter()
        .filter_map(|cue| {
            every_whole_words(sentence, cue)
                // "EMPACT (European Multidisciplinary Platform against Criminal Threats)": a
                // cue inside brackets spells out a name.
                .filter(|&at| sentence[..at].rfind('(') <= sentence[..at].rfind(')'))
                // "the Centre Against Child Abuse (CACA)": a capital past the sentence's first
                // word puts the cue in a body's name.
                .filter(|&at| at == 0 || !written[at..].starts_with(char::is_uppercase))
                // "the Crimes against Women (CAW) unit": capitals on both sides too.
                .filter(|&at| !between_capitals(written, at, at + cue.len()))
                .map(|at| at + cue.len())
                .find(|&after| !not_a_theme(&sentence[after..]))
        })
        .min()?;
    let rest = sentence[after..].trim_start();
    // "in" inside "trafficking in human beings" does not end it, nor "organised" "organised crime".
    let kept: Vec<Range<usize>> = PHRASES_IN_THEMES
        .iter()
        .flat_map(|words| rest.match_indices(words).map(|(at, words)| at..at + words.len()))
        .collect();
    let end = THEME_ENDS
        .iter()
        .filter_map(|ends| {
            rest.match_indices(ends).map(|(at, _)| at).find(|&at| !kept.iter().any(|k| k.start <= at && at < k.end))
        })
        .min()
        .unwrap_or(rest.len());
    let theme = rest[..end].trim();
    // "aimed at combating counterfeiting": what it was against follows the verb.
    let theme = THEME_VERBS.iter().find_map(|verb| theme.strip_prefix(verb)).unwrap_or(theme);
    let theme = theme.strip_prefix("the ").unwrap_or(theme);
    let words = theme.split_whitespace().count();
    let harmed = theme.split_whitespace().any(|word| PEOPLE_HARMED.contains(&word));
    // "targeting u.s. citizens" ends at the abbreviation's stop: a theme has a word.
    let a_word = theme.split_whitespace().any(|word| word.chars().filter(|c| c.is_alphabetic()).count() >= 3);
    // A text broken into short lines breaks its theme too.
    (words > 0 && words <= THEME_WORDS && a_word && !harmed)
        .then(|| theme.split_whitespace().collect::<Vec<_>>().join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::country_index::CountryIndex;
    use crate::annotate::dates::NumericOrder;

    /// The kind, organisers and theme of the action a text reports.
    fn read(text: &str) -> Option<(String, Vec<String>, Option<String>)> {
        let doc = Doc::new(text, CountryIndex::shared(), NumericOrder::DayFirst);
        let action = reported_action(&doc)?;
        Some((action.kind, action.organisers.into_iter().map(|o| o.name).collect(), action.theme))
    }

    fn action(kind: &str, organisers: &[&str], theme: Option<&str>) -> Option<(String, Vec<String>, Option<String>)> {
        Some((kind.to_string(), organisers.iter().map(|o| o.to_string()).collect(), theme.map(str::to_string)))
    }

    #[test]
    fn a_national_force_in_the_lead_tells_the_country_and_the_body_the_release_names() {
        // The organisers and the countries of the national forces that ran the action.
        let national = |text: &str| {
            let doc = Doc::new(text, CountryIndex::shared(), NumericOrder::DayFirst);
            let action = reported_action(&doc).expect("an action");
            let organisers: Vec<String> = action.organisers.into_iter().map(|o| o.name).collect();
            let codes: Vec<String> = action.national.into_iter().map(|(code, _)| code).collect();
            (organisers, codes)
        };
        let cases: [(&str, &[&str], &[&str]); 15] = [
            // A force described by what it is against.
            (
                "Chile's anti-trafficking police, in cooperation with the authorities of Peru, rescued 40 workers \
                 in an operation.",
                &["Chile's anti-trafficking police"],
                &["CL"],
            ),
            // A dateline with its place in capitals and no mark.
            ("BERGEN, May 13 Police in Norway freed 12 workers in raids on farms, an agency said.", &[], &["NO"]),
            // Forces that an effort was between.
            (
                "A joint effort between the Belgian Federal Police and the Spanish Civil Guard has broken up a \
                 ring in an operation.",
                &["Belgian Federal Police", "Spanish Civil Guard"],
                &["BE", "ES"],
            ),
            // A country's force by the country's name and a possessive.
            (
                "Peru’s National Police announced on Monday the end of an operation against drug rings.",
                &["Peru’s National Police"],
                &["PE"],
            ),
            // Forces that acted together, each with its name in its own language in brackets, and
            // a space doubled where the text was pasted together.
            (
                "The Belgian Federal Police together with the Spanish Civil Guard (Guardia Civil) and the  \
                 Dutch Royal Marechaussee, backed by Europol, dismantled a ring in an operation.",
                &["Belgian Federal Police", "Spanish Civil Guard", "Dutch Royal Marechaussee"],
                &["BE", "ES", "NL"],
            ),
            // A dateline with a wire's name, and a body the release names for the force the lead describes.
            (
                "OSLO (Wire) – Norwegian police arrested 12 men in an operation against online abuse, the \
                 Norwegian National Police (NNP) said.",
                &["NNP"],
                &["NO"],
            ),
            // Police "in" a country name no body: the country alone.
            (
                "Bergen, May 13 (Wire): Police in Norway have arrested 14 people in an operation against \
                 smugglers, an officer said.",
                &[],
                &["NO"],
            ),
            // Words that say which force, and a dateline with a double hyphen; "authorities"
            // that the release names no further are no body.
            (
                "ACCRA, March 3 (Wire) -- Ghanaian wildlife authorities on Monday arrested three ivory \
                 sellers during an operation in the east.",
                &[],
                &["GH"],
            ),
            // A force's name that goes on after its word, known by the initials the text writes.
            (
                "The Ghana Customs Service, working with a charity, has arrested six pangolin traders \
                 in an operation. GCS officers found the scales.",
                &["GCS"],
                &["GH"],
            ),
            // A place's name and a colon.
            (
                "Chennai: The Indian Coast Guard has intercepted a boat in an operation off the coast.",
                &["Indian Coast Guard"],
                &["IN"],
            ),
            // A place's name with a wire's.
            (
                "Jakarta (Wire) – The Indonesian Police reported on Monday that they had held 640 suspects in a \
                 crackdown this month.",
                &["Indonesian Police"],
                &["ID"],
            ),
            // The subject after a clause that opens the sentence.
            (
                "In a major crackdown, Norwegian police, supported by Europol, have dismantled a gang in an \
                 operation.",
                &["Norwegian police"],
                &["NO"],
            ),
            // The body's name for the force, over the headline's shorter one.
            (
                "Norwegian police free 200 migrants\n\nNorwegian federal police freed 200 migrants in an \
                 operation on a highway.",
                &["Norwegian federal police"],
                &["NO"],
            ),
            // A country's law enforcement names no body either.
            ("Norwegian law enforcement arrested 12 people in an operation against smuggling.", &[], &["NO"]),
            // A country's minister is no force.
            ("The Italian Prime Minister praised an operation in which officers arrested ten people.", &[], &[]),
        ];
        for (text, organisers, codes) in cases {
            let (read_organisers, read_codes) = national(text);
            assert_eq!(read_organisers, organisers, "{text}");
            assert_eq!(read_codes, codes, "{text}");
        }
    }

    #[test]
    fn people_found_in_the_lead_are_an_interception() {
        let text = "Migrants found in lorries\n\nIn two incidents, the border service found 303 undocumented migrants \
                    being carried in lorries.";
        assert_eq!(read(text).map(|(kind, _, _)| kind).as_deref(), Some("interception"));
        // A load stopped on its way, told in the headline.
        let text =
            "Customs officers intercepted a shipment of 90 kilograms of heroin\n\nThe truck came from the south.";
        assert_eq!(read(text).map(|(kind, _, _)| kind).as_deref(), Some("interception"));
        // A bid to smuggle, foiled.
        let text = "Port drug haul\n\nThe drug squad foiled a bid to smuggle cocaine by sea on Monday.";
        assert_eq!(read(text).map(|(kind, _, _)| kind).as_deref(), Some("interception"));
        // Things found, or a finding, are none.
        assert_eq!(read("Report out\n\nInspectors found 3 cases of fraud in the accounts."), None);
        assert_eq!(read("Report out\n\nShipments intercepted at ports rose by a fifth."), None);
        assert_eq!(read("Report out\n\nResearchers found that 30 people had left."), None);
    }

    #[test]
    fn forces_the_lead_says_acted_took_part_whoever_ran_the_action() {
        let text = "The Norwegian and Swedish authorities, coordinated by Eurojust, dismantled a network in a \
                    joint action day.";
        let doc = Doc::new(text, CountryIndex::shared(), NumericOrder::DayFirst);
        let action = reported_action(&doc).expect("an action");
        let names: Vec<String> = action.organisers.into_iter().map(|o| o.name).collect();
        assert_eq!(names, ["Eurojust"]);
        // They did not run it, so what they did may be a case; they took part all the same.
        assert!(action.national.is_empty());
        let acting: Vec<String> = action.acting.into_iter().map(|(code, _)| code).collect();
        assert_eq!(acting, ["NO", "SE"]);
    }

    #[test]
    fn reads_each_form_of_action_with_its_organisers_and_theme() {
        let cases = [
            // A body's name spelt out with small words inside, known by its short form; not a
            // list of bodies before a bracket.
            (
                "Police of three countries held joint action days on 3 May, coordinated by the Border Centre \
                 against Smuggling and Organised Fraud (CBSOF) in Lima.",
                action("joint action days", &["CBSOF"], None),
            ),
            (
                "Police held joint action days on 3 May, coordinated by Europol, Frontex and the Police of \
                 Ruritania (PR).",
                action("joint action days", &["Europol", "Frontex", "PR"], None),
            ),
            // A body named with its possessive before "coordination"; a body, not a person, by
            // whom people were rescued; an agency one country alone has, named in one word.
            (
                "Under Frontex's coordination, nine countries checked 5,000 lorries in a week of action.",
                action("week of action", &["Frontex"], None),
            ),
            ("Under Anna Berg's lead, the unit held a raid on a farm.", action("raid", &[], None)),
            ("Forty workers were rescued by the IOM in a raid on a farm.", action("raid", &["IOM"], None)),
            ("Forty workers were rescued by Kofi Mensah in a raid on a farm.", action("raid", &[], None)),
            ("The Hawks have arrested four men in a raid on a farm.", action("raid", &["Hawks"], None)),
            // An agency one country alone has, by the name it goes by.
            (
                "The Spanish Guardia Civil, with support from Europol, dismantled a network in a raid on 4 June.",
                action("raid", &["Guardia Civil"], None),
            ),
            // Weeks of work on seized images, as a hackathon is on the web; "targeted" as an
            // adjective, and "against" inside a unit's name, tell no theme.
            (
                "Several inquiries opened after a Victim Identification Task Force brought together officers from \
                 9 nations, with a targeted effort to name children seen in material held by the Crimes against \
                 Children unit.",
                action("identification task force", &[], None),
            ),
            (
                "Border police of nine countries held joint action days against cigarette smuggling from 2 to \
                 6 March, coordinated by Europol and the European Anti-Fraud Office (OLAF).",
                action("joint action days", &["Europol", "OLAF"], Some("cigarette smuggling")),
            ),
            (
                "Officers across Scotland carried out a week of action against knife crime from 4 to 10 May, \
                 organised by Police Scotland.",
                action("week of action", &["Police Scotland"], Some("knife crime")),
            ),
            // Officers by their ranks ran nothing; their unit did.
            (
                "Police rescued eight women in a raid coordinated by Sgt Olsen and Cpl Berg of the \
                 Anti-Trafficking Unit.",
                action("raid", &["Anti-Trafficking Unit"], None),
            ),
            (
                "The raid was coordinated by the Police General Arif Wiryo and freed 90 women.",
                action("raid", &[], None),
            ),
            (
                "The raid, led by the Police Major Crimes Unit, freed 90 women.",
                action("raid", &["Police Major Crimes Unit"], None),
            ),
            // A known body's short form that the text writes too is its name.
            (
                "Labour inspectors held a week of action from 3 to 7 May, coordinated by the European Labour \
                 Authority. ELA staff joined the checks.",
                action("week of action", &["ELA"], None),
            ),
            // What is yet to come, after the action that is done.
            (
                "Four men are to appear in court on 3 May after a joint operation by three agencies led to their arrest.",
                action("joint operation", &[], None),
            ),
            // "Operations" in a unit's name is no operation; the action is the one it took.
            (
                "Swift action by lawmen rescued six women, the head of the Coastal Special Operations Unit said on \
                 3 May.",
                action("action", &[], None),
            ),
            (
                "State agents took 640 guns from people not allowed to own them in a five-week sweep.",
                action("sweep", &[], None),
            ),
            // A rescue mission is an action, not the press investigation told beside it.
            (
                "Ferries for freed crews\n\nA team arrived on the islands as part of a rescue mission for 400 \
                 stranded crew members. A newspaper investigation had found them.",
                action("rescue mission", &[], None),
            ),
            // Two bodies in a lede's capitals, one named with "for the" and "Trafficking in
            // Persons", who busted a ring in a raid.
            (
                "THE Office for the Suppression of Trafficking in Persons (OSTP) and the Coast Guard Service (CGS) \
                 have busted a ring on two farms. Officers arrested two men during the raid.",
                action("raid", &["OSTP", "CGS"], None),
            ),
            ("THE Coast Guard Service has freed 12 victims in a raid.", action("raid", &["Coast Guard Service"], None)),
            (
                "Une opération coordonnée par INTERPOL a permis 40 arrestations.",
                action("operation", &["INTERPOL"], None),
            ),
            (
                "Une opération menée par la Sûreté du Québec a permis 40 arrestations.",
                action("operation", &["Sûreté du Québec"], None),
            ),
            // In Spanish and Italian, and joint action days named by their cue alone.
            (
                "La operación fue coordinada por Frontex y terminó con 40 detenidos.",
                action("operation", &["Frontex"], None),
            ),
            (
                "Nell'operazione Joint Action Days, coordinata da Frontex, sono stati fatti 40 arresti.",
                action("joint action days", &["Frontex"], None),
            ),
            // In French, an "opération" where suspects were "interpellés".
            (
                "Quatre suspects ont été interpellés à Garoua lors d’une opération coup de poing.",
                action("operation", &[], None),
            ),
            // After a dateline with a wire's name in brackets.
            (
                "Lima, 9 May 2024 (Wire). – Peruvian police arrested 17 people in a raid.",
                action("raid", &["Peruvian police"], None),
            ),
            // The bodies after "an operation by", one named with a possessive.
            (
                "Police arrested 17 people in a joint operation by the Coast Guard, the Attorney General's Office \
                 and the Border Service.",
                action("joint operation", &["Coast Guard", "Attorney General's Office", "Border Service"], None),
            ),
            // A swoop is an action; a known agency before the action ran it.
            ("Police in six countries arrested 30 people in a swoop on Friday.", action("swoop", &[], None)),
            (
                "Over 200 people were held in a month-long Europol operation targeting illegal gold mining.",
                action("operation", &["Europol"], Some("illegal gold mining")),
            ),
            // Warrants executed in the lead, and the action's word further on.
            (
                "Workers found on farms\n\nBorder officers executed several warrants at farms near Ely on Monday.\n\nThe warrants \
                 followed tips from residents.\n\nDuring the operation, officers spoke to 30 workers.",
                action("operation", &[], None),
            ),
            // No word for an action: the deed it was known by.
            (
                "Ring broken up\n\nOfficers in Chile and Peru have dismantled a ring that forged visas. Six people \
                 were arrested.",
                action("dismantling", &[], None),
            ),
            ("Coast guards detained 14 smugglers off Crete on Sunday.", action("arrests", &[], None)),
            // A text broken into short lines.
            (
                "Officers across Wales carried out a week of action against knife\ncrime from 4 to 10 May.",
                action("week of action", &[], Some("knife crime")),
            ),
            (
                "Inspectors from five countries took part in concerted inspections on building sites between 8 \
                 and 12 April, coordinated by the European Labour Authority (ELA). The inspections targeted \
                 undeclared work and forced labour among posted workers.",
                action("concerted inspections", &["ELA"], Some("undeclared work and forced labour")),
            ),
            (
                "Smuggling ring broken up in Porto\n\nA network that smuggled tobacco through the port has been \
                 dismantled by the Portuguese Judicial Police.\n\nIn a coordinated raid on 3 May, officers \
                 searched 14 homes.",
                action("coordinated raid", &["Portuguese Judicial Police"], None),
            ),
            (
                "Analysts from 12 countries spent two days at an online hackathon organised by Eurojust and the \
                 Swedish Police Authority, tracing dark-web sellers of fentanyl.",
                action("hackathon", &["Eurojust", "Swedish Police Authority"], None),
            ),
            (
                "Border guards of Poland and Lithuania carried out joint checks at 12 crossing points from 1 to \
                 3 July, coordinated by Frontex, targeting stolen vehicles.",
                action("joint checks", &["Frontex"], Some("stolen vehicles")),
            ),
            (
                "Prosecutors welcomed a coordinated raid on 8 October carried out by the National Police of \
                 Colombia against illegal gold mining.",
                action("coordinated raid", &["National Police of Colombia"], Some("illegal gold mining")),
            ),
            // Who coordinated it, told by the one who speaks of it.
            (
                "Twelve held in coordinated raids\n\nThe Federal Police said the raids on 9 June were \
                 coordinated with state prosecutors.",
                action("coordinated raids", &["Federal Police"], None),
            ),
            // A week of action, inspections or a crackdown, by whom the text says.
            (
                "Between 6 and 12 May police forces across Wessex carried out a crackdown co-ordinated by the \
                 Regional Drugs Taskforce, seizing 40 knives.",
                action("crackdown", &["Regional Drugs Taskforce"], None),
            ),
            (
                "Eleven joint inspections of shipyards took place on 4-10 June, coordinated by the Maritime \
                 Labour Office (MLO).",
                action("joint inspections", &["MLO"], None),
            ),
            (
                "The Maritime Labour Office (MLO) coordinated and supported an intensification week against \
                 undeclared work in ports from 2 to 8 October 2023.",
                action("intensification week", &["MLO"], Some("undeclared work")),
            ),
            // Who opens the headline by coordinating, by the short form the text gives it.
            (
                "The Maritime Labour Office coordinates its first joint inspection\n\nToday, 4 June 2024, staff of \
                 the Maritime Labour Office (MLO) joined a joint inspection of shipyards in Gdansk.",
                action("joint inspection", &["MLO"], None),
            ),
            // The framework or agency whose name stands before the action's.
            (
                "Between 3 and 9 May, customs of 14 states took part in the NORDPACT joint action days against \
                 fake spare parts.",
                action("joint action days", &["NORDPACT"], Some("fake spare parts")),
            ),
            (
                "This coordinated action week, held from 8 to 14 April 2019, is part of the NORDPACT operational \
                 action plan on labour exploitation.",
                action("action week", &["NORDPACT"], None),
            ),
            // A news site tells of it; who coordinated is what the text says, not the site.
            (
                "Harbour Watch Daily\n\nDuring coordinated NORDPACT Joint Action Days from 3 to 9 May, Ruritania \
                 and Freedonia coordinated the two streams of checks.",
                action("joint action days", &["NORDPACT"], None),
            ),
            // An operation told of by its length.
            (
                "Customs of 11 countries seized 40 tonnes of fake medicines during a ten-day operation from 8 to \
                 17 April, coordinated by the Regional Customs Office (RCO).",
                action("ten-day operation", &["RCO"], None),
            ),
            (
                "On 3 May, a coordinated strike between police forces of three countries led to nine arrests.",
                action("coordinated strike", &[], None),
            ),
            // Under the coordination of a body, or led by one.
            (
                "Under the coordination of Europol and with the support of Frontex, 12 countries held a \
                 week-long joint action against child trafficking in mid-May 2019.",
                action("joint action", &["Europol"], Some("child trafficking")),
            ),
            (
                "Six men were arrested in dawn raids on 3 May, led by Kent Police.",
                action("raids", &["Kent Police"], None),
            ),
            // A country beside the body that coordinated is no organiser.
            (
                "Police of nine countries held joint action days against arms trafficking from 3 to 7 May, \
                 coordinated by Portugal and Europol.",
                action("joint action days", &["Europol"], Some("arms trafficking")),
            ),
            // A name that describes the one before is no second organiser.
            (
                "Six men were arrested in raids on 3 May led by OLTIM, the French National Police unit for \
                 smuggling.",
                action("raids", &["OLTIM"], None),
            ),
            // Supporters and the countries that led a part are no organisers.
            (
                "Police of 20 countries took part in action days against trafficking in human beings for \
                 sexual exploitation, coordinated by Europol and led by Austria, with the support of Frontex.",
                action("action days", &["Europol"], Some("trafficking in human beings")),
            ),
            // Who carried it out, after a wire's dateline and its ".-".
            (
                "Bergen, 13 May (Fjordwire).- The Coast Customs Bureau seized 40 kg of cocaine in joint checks.",
                action("joint checks", &["Coast Customs Bureau"], None),
            ),
            // The subject after a clause that opens the sentence.
            (
                "In a move against drug dealing, the Harbour Drug Unit carried out coordinated raids on 40 homes.",
                action("coordinated raids", &["Harbour Drug Unit"], None),
            ),
            // The subject of a clause after "as".
            (
                "Forty people were arrested as the Harbour Investigation Agency (HIA) carried out coordinated raids.",
                action("coordinated raids", &["HIA"], None),
            ),
            (
                "Thirty men arrested as the Harbour Investigation Agency (HIA) carried out coordinated raids.",
                action("coordinated raids", &["HIA"], None),
            ),
            // A name spelt by its short form across "and", and who mounted the action.
            (
                "The Harbour and Coast Department (H&CD) mounted a special operation to combat smuggling.",
                action("operation", &["H&CD"], Some("smuggling")),
            ),
            // Coordinated inspections and who coordinated them.
            (
                "Inspectors of four states made coordinated inspections at truck stops. They were \
                 coordinated by the Labour Authority (LA).",
                action("coordinated inspections", &["LA"], None),
            ),
            // A blitz, and who held it after "by".
            (
                "Police held nine workers in a blitz inspection by the Office of Mines and Labour.",
                action("blitz inspection", &["Office of Mines and Labour"], None),
            ),
            (
                "Nine workers were arrested during joint inspections coordinated by the Ministry of Labour and Europol.",
                action("joint inspections", &["Ministry of Labour", "Europol"], None),
            ),
            // Who carried it out, after a dateline without a date.
            (
                "HARBOUR CITY — The Coast Customs Bureau (CCB) has seized 40 kg of cigarettes in joint checks.",
                action("joint checks", &["CCB"], None),
            ),
            // Who coordinated, after the dates that open the sentence.
            (
                "Between 16 and 20 September, Europol coordinated the joint action days against synthetic drugs.",
                action("joint action days", &["Europol"], Some("synthetic drugs")),
            ),
            // A news article quotes the body that ran it, where nothing else names one.
            (
                "Forces shut 90 drug lines in a week of police action from 3 to 9 May, the National Police \
                 Chiefs' Council said.",
                action("week of police action", &["National Police Chiefs' Council"], None),
            ),
            (
                "Harbour Watch Daily\n\nCustoms says 12 held in joint checks at ports\n\nThe joint checks ran \
                 from 3 to 7 May.",
                action("joint checks", &["Customs"], None),
            ),
            (
                "The raids on 3 May were the largest this year, according to the Border Agency.",
                action("raids", &["Border Agency"], None),
            ),
            // Police by a common noun, then the force quoted by a name that holds its country's.
            (
                "RIGA – Police freed nine workers in a raid on a farm on 3 May, the Latvian State Police (LSP) \
                 said on Friday.",
                action("raid", &["LSP"], None),
            ),
            // An international body quoted after what others did ran nothing; its own
            // announcement opens the sentence.
            ("Police held 40 smugglers in raids on 3 May, Interpol said on Friday.", action("raids", &[], None)),
            ("Europol announced the arrest of 40 smugglers in raids on 3 May.", action("raids", &["Europol"], None)),
            // Who organised or launched it, opening the sentence; a unit for the body it is at.
            (
                "Marine harvest checks\n\nA joint action day against illegal fishing took place on 4 May 2021. \
                 The Fisheries Intelligence Unit (FI U) at the Nordic Fisheries Agency organised the checks.",
                action("joint action day", &["Nordic Fisheries Agency"], Some("illegal fishing")),
            ),
            (
                "Eurojust and Frontex launch action on fake documents\n\nA three-day crackdown on 4-6 May \
                 reached 20 airports.",
                action("crackdown", &["Eurojust", "Frontex"], None),
            ),
            (
                "Eurojust undertook a fraud combat action across nine countries from 2 to 6 May.",
                action("combat action", &["Eurojust"], None),
            ),
            (
                "Europol's Migrant Centre (EMC), with two other units, coordinated the referral action on 16 \
                 December against smuggling.",
                action("referral action", &["Europol"], Some("smuggling")),
            ),
            (
                "Authorities from five countries carried out the coordinated action from 5 to 9 December.",
                action("coordinated action", &[], None),
            ),
            // The body that hosted it, with an adverb before its verb.
            (
                "The Maritime Organisation (MARO) recently hosted a regional operation against drugs at ports.",
                action("regional operation", &["MARO"], Some("drugs")),
            ),
            // The bodies whose centres ran it, without where each sits; its length as written.
            (
                "The three-day operation ran through coordination centres at Frontex in Warsaw, INTERPOL Chile and \
                 Afripol in Algiers, with help from Canadian officers.",
                action("three-day operation", &["Frontex", "INTERPOL", "Afripol"], None),
            ),
            // Its reach as written before "-wide".
            (
                "Officers made 48 checks in an EU-wide operation against labour exploitation.",
                action("EU-wide operation", &[], Some("labour exploitation")),
            ),
            // A known body's full name, with the name it is known by in brackets.
            (
                "The African Union Mechanism for Police Cooperation (Afripol) hosted a week of action against fraud.",
                action("week of action", &["Afripol"], Some("fraud")),
            ),
            // An officer known by the short form of their office is no body.
            (
                "Call centre shut\n\nThe raid on 3 May was led by the Assistant Commissioner of Police (ACP), \
                 Ravi Kumar. Officers held 54 people, the ACP said.",
                action("raid", &[], None),
            ),
            // The body its officials work for.
            (
                "Officials of the Fisheries Department rescued 12 crew members in raids on trawlers on 3 May.",
                action("raids", &["Fisheries Department"], None),
            ),
            // A word that links the sentence to the one before names no one.
            (
                "Week of action\n\nPolice arrested 44 people in a week of action in June. Overall, Europol \
                 coordinated the checks in nine states.",
                action("week of action", &["Europol"], None),
            ),
            // A person who ran the crime ran no action.
            (
                "The raid on 3 May shut a call centre. The racket was run by Marko Kovac, who fled before the raid.",
                action("raid", &[], None),
            ),
            // An investigation, where the lead tells of what it did.
            (
                "Romanian Police dismantled a smuggling group on Monday. The investigation led to the arrest of \
                 seven people.",
                action("investigation", &["Romanian Police"], None),
            ),
            // An action called nothing more, where the lead tells of what it did.
            (
                "Four states set up a plan to tackle smuggling, which led to 11 arrests. The action took place on \
                 Friday.",
                action("action", &[], Some("smuggling")),
            ),
            (
                "Eleven held\n\n“The operations to dismantle a smuggling group were carried out in Poland,” he said.",
                action("operations", &[], None),
            ),
            // Who coordinated in the framework, after dates without a comma.
            (
                "Between 10 and 17 June 2023 Europol coordinated NORDPACT Joint Action Days against forced labour.",
                action("joint action days", &["Europol", "NORDPACT"], Some("forced labour")),
            ),
            (
                "Police of four countries held joint action days in May, co-ordinated through Eurojust.",
                action("joint action days", &["Eurojust"], None),
            ),
            // Who coordinated it, said below the lead in a sentence about the actions.
            (
                "Checks of wages\n\nInspectors checked 900 firms in a joint inspection.\n\nThey found faults.\n\n\
                 Victims went to a shelter run by the Red Cross.\n\nThe actions were coordinated by the Maritime \
                 Labour Office (MLO).",
                action("joint inspection", &["MLO"], None),
            ),
            // An operation the lead calls nothing more, by the country's police that ran it.
            (
                "Dutch police have dismantled a cannabis network, arresting 12 people. Agencies of four \
                 countries cooperated in the operation.",
                action("operation", &["Dutch police"], None),
            ),
            // A framework stands for no one where a paragraph about the action names who coordinated it.
            (
                "Thirty held\n\nPolice of 20 countries held EMPACT Joint Action Days in May.\n\nThey met.\n\nThe \
                 action was broad. The work of inspectors was coordinated by Europol.",
                action("joint action days", &["Europol"], None),
            ),
            (
                "Joint action days against firearms trafficking, coordinated by EMPACT Firearms and Europol, \
                 ran in May.",
                action("joint action days", &["Europol"], Some("firearms trafficking")),
            ),
            // An article opens no name.
            (
                "A coordinated international operation backed by two agencies broke up a gang in Riga.",
                action("international operation", &[], None),
            ),
            // A framework alone runs nothing, and names no one who did.
            ("Police of 20 countries held EMPACT Joint Action Days in May.", action("joint action days", &[], None)),
            (
                "The first action week on farms, organised and supported by ELA, took place on 3-9 May.",
                action("action week", &["ELA"], None),
            ),
            // Who led it, written as one word with it; a country that led is no organiser.
            (
                "An Interpol-led operation in West Africa has rescued 90 victims.",
                action("operation", &["Interpol"], None),
            ),
            ("A USA-led operation in the Gulf has rescued 90 victims.", action("operation", &[], None)),
            // A headline's body before the action, where the body names who coordinated it.
            (
                "Arrests in Europol crackdown\n\nPolice arrested 130 people in a crackdown in June.\n\nThe \
                 actions also found 100 victims.\n\nThroughout the operation, which was coordinated by \
                 Frontex, officers checked 9,000 cars.",
                action("crackdown", &["Frontex"], None),
            ),
            (
                "Arrests in Europol crackdown\n\nPolice arrested 130 people in a crackdown in June.",
                action("crackdown", &["Europol"], None),
            ),
            // A body's people did it; a kind of officer names no body.
            (
                "Four men were arrested after a crackdown on smugglers.\n\nHome Ministry teams carried out dawn \
                 raids on homes in four towns.",
                action("crackdown", &["Home Ministry"], Some("smugglers")),
            ),
            (
                "Four men were arrested after a crackdown on smugglers.\n\nCustoms officers carried out dawn raids \
                 on homes in four towns.",
                action("crackdown", &[], Some("smugglers")),
            ),
            // A body joined to "-backed" only backed it, whatever it organised.
            (
                "Police made 64 arrests during a Europol-backed crackdown.\n\nThe exchanges of officers, organised \
                 by Europol, helped the actions.",
                action("crackdown", &[], None),
            ),
            // Bodies named between "joint" and the action, in full or by short forms joined by a
            // hyphen; countries there are no bodies.
            (
                "A joint Chilean Federal Police (CFP) and Chilean Border Force (CBF) operation has led to \
                 three arrests.",
                action("operation", &["CFP", "CBF"], None),
            ),
            (
                "A joint CFP-CBF investigation led to the arrest of two men.",
                action("investigation", &["CFP", "CBF"], None),
            ),
            ("A joint Chile and Peru operation led to the arrest of two men.", action("operation", &[], None)),
            // A campaign, work that is an action where its lead tells of places checked, and a
            // body that planned it, with an aside of purpose between them.
            (
                "The Kestrel Labour Agency, to curb exploitation, has planned a campaign, and 958 farms were \
                 checked from 1 to 10 August.",
                action("campaign", &["Kestrel Labour Agency"], None),
            ),
            ("The agency planned a campaign on safety at work.", None),
            // The members of a body who nabbed people ran the action.
            (
                "Members of the Kestrel Investigation and Detection Group (KIDG) nabbed two men during an \
                 operation in Lima.",
                action("operation", &["KIDG"], None),
            ),
            // A probe, work that is an action where its lead tells of people taken into custody,
            // and who spearheaded it.
            (
                "Ten men are in custody after a probe by several agencies, spearheaded by the Chilean \
                 Federal Police (CFP).",
                action("probe", &["CFP"], None),
            ),
            // A name of several words before "-led".
            (
                "In all, 31 arrests followed a Police Wessex-led operation in ports.",
                action("operation", &["Police Wessex"], None),
            ),
            // A body that did it, or was supported in it, ran it; a kind of body is no one.
            (
                "Hundreds held\n\nEuropol has carried out a large-scale operation in May.",
                action("operation", &["Europol"], None),
            ),
            ("Border Teams carried out an operation in May and arrested 12 people.", action("operation", &[], None)),
            (
                "Europol has supported the Spanish National Police (Policía Nacional) in action days against fraud.",
                action("action days", &["Spanish National Police"], Some("fraud")),
            ),
            ("Police said the raids on 3 May were the largest yet.", action("raids", &[], None)),
            // National forces named as who ran it, below a lead that tells no one.
            (
                "Ninety freed\n\nNinety workers were freed from a farm, a paper said.\n\nThe raid was carried \
                 out by Kenyan police on 2 May.",
                action("raid", &["Kenyan police"], None),
            ),
            // The criminals' operation is no action against them.
            (
                "Ring broken\n\nPolice arrested two men on 3 May. Ending this alleged smuggling operation took months.",
                action("arrests", &[], None),
            ),
            (
                "Ring broken\n\nPolice disrupted a phishing operation and arrested six people in Ruritania.",
                action("arrests", &[], None),
            ),
            (
                "Ring broken\n\nPolice arrested six people at a call centre. The centre's operations were run \
                 from abroad.",
                action("arrests", &[], None),
            ),
            // A network taken down, with no other word for the action.
            (
                "The Dutch Police have taken down a ring that forged visas.",
                action("dismantling", &["Dutch Police"], None),
            ),
            // In Spanish and Portuguese, by the deed its body did or its word for an operation,
            // named in English.
            (
                "La Guardia Civil ha liberado a siete temporeros de una finca.",
                action("rescue", &["Guardia Civil"], None),
            ),
            (
                "Agentes de la Policía Foral han desarticulado una red en Navarra.",
                action("dismantling", &["Policía Foral"], None),
            ),
            ("La Policía Federal desbarató una banda en el puerto.", action("dismantling", &["Policía Federal"], None)),
            // In French, by the deed the lead tells.
            ("La gendarmerie dit avoir démantelé un gang de voleurs de vélos.", action("dismantling", &[], None)),
            // Bodies beside a country, which took part, ran it; "as well as" joins names.
            (
                "Eurojust, as well as Frontex, and Latvia have carried out joint checks on 3 May.",
                action("joint checks", &["Eurojust", "Frontex"], None),
            ),
            // A body described by whose it is, then named.
            (
                "Joint action days, coordinated by the UN drugs office UNODC, led to 40 arrests.",
                action("joint action days", &["UNODC"], None),
            ),
            // A body's name is no word for the action.
            (
                "Agents of Ruritania Serious Crime Investigations (RSCI) arrested 19 people.",
                action("arrests", &["RSCI"], None),
            ),
            (
                "In May, the EMPACT Joint Action Days (JADs) against fraud were coordinated by Europol.",
                action("joint action days", &["Europol"], Some("fraud")),
            ),
            // Warrants executed.
            ("Officers carried out nine warrants in Leeds, making four arrests.", action("warrants", &[], None)),
            (
                "On 3 May, officers executed a search warrant at a house in Leeds and seized 40 rifles.",
                action("search warrant", &[], None),
            ),
            // Below a lead that tells what the agency does in general.
            (
                "LEEDS - The Border Agency is committed to keeping firearms out of our towns and conducts \
                 investigations into smugglers.\n\nOn 3 May, officers executed a search warrant at a house in \
                 Leeds, where they found 61 firearms.",
                action("search warrant", &[], None),
            ),
            (
                "A Polícia Federal deflagrou em Manaus uma operação contra o tráfico de drogas.",
                action("operation", &["Polícia Federal"], None),
            ),
            (
                "A Polícia Federal coordenou três operações nos portos do país.",
                action("operations", &["Polícia Federal"], None),
            ),
            // Who ran it, told in a relative clause.
            (
                "Waste seized worldwide\n\nThe clampdown took place in June. Interpol, which co-ordinated the \
                 clampdown, said it was the largest yet.",
                action("clampdown", &["Interpol"], None),
            ),
            // The forces of two countries, after who supported them.
            (
                "With the support of Eurojust, the Czech Police and the Slovak Police dismantled a network on \
                 4 May. Austria also took part in the operation.",
                action("operation", &["Czech Police", "Slovak Police"], None),
            ),
            // German: the action's words, known in English as the explorer names every action.
            (
                "Beamte der Polizei prüften in einer koordinierten Aktion 40 Betriebe auf Ausbeutung. Europol \
                 koordinierte die Kontrollen in 12 Staaten.",
                action("coordinated action", &[], None),
            ),
            ("Bei einer Razzia in drei Städten wurden am Montag 14 Männer festgenommen.", action("raid", &[], None)),
            // French.
            (
                "Les douaniers ont tenu deux jours de contrôles renforcés aux ports ; 40 kg de tabac ont été saisis.",
                action("intensified checks", &[], None),
            ),
            // Who supported it, in a clause of its own, did not run it; the countries after it name no body.
            (
                "Fishing fleet tracked\n\nWith Europol’s support, some 12 countries opened inquiries and carried \
                 out operations against the fleet.",
                action("operations", &[], Some("fleet")),
            ),
            // A news report that opens with the arrests and calls them an operation paragraphs on.
            (
                "Van driver held at port\n\nA van driver was arrested at Harwich on Monday.\n\nHe is 41.\n\n\
                 Officers found nine people in the back.\n\nThe Border Force operation was run with Essex Police.",
                action("operation", &[], None),
            ),
            // "Led by" opening the sentence; a body's long name with "and" in it, known by its short name.
            (
                "Border guards of eight countries checked lorries at the border. Led by the European Border and \
                 Coast Guard Agency FRONTEX, the joint checks ran for ten days.",
                action("joint checks", &["Frontex"], None),
            ),
            // A lead that tells of groups disbanded may call them an operation paragraphs on.
            (
                "Prosecutors carried out 30 missions on Tuesday for the disbandment of fraud rings.\n\n\
                 The missions follow a year of work.\n\nAs part of the nationwide operation, officers searched 80 homes.",
                action("nationwide operation", &[], None),
            ),
            // Who announced it, a known body in the case its text writes, before an adverb.
            (
                "In a sweeping operation across four countries, Afripol recently announced the arrest of 12 people.",
                action("operation", &["Afripol"], None),
            ),
            // Search warrants executed are an action.
            (
                "The Harbour City Police Drug Section executed a series of search warrants on 4 May 2024 and \
                 arrested six people.",
                action("search warrants", &["Harbour City Police Drug Section"], None),
            ),
            // A body named at a sentence's start, its article no part of its name.
            (
                "The Border Agency announced 40 arrests.\n\nThe large-scale operation in three ports ended on Friday.",
                action("operation", &["Border Agency"], None),
            ),
            // After a dateline of a place and its date; a unit after its body's short form acts
            // for the body; people held against their will say nothing of what it was against.
            (
                "Durban, 4 May 2024; The Coastal Police Service(CPS) Harbour Response Team (HRT) unit has rescued \
                 40 people kept against their will on a farm.\n\nThe operation continues.",
                action("operation", &["CPS"], None),
            ),
            (
                "The Coastal Police Service (CPS) Harbour Response Team (HRT) unit has rescued 40 people.\n\nA \
                 team led by the HRT found them. The operation continues.",
                action("operation", &["CPS"], None),
            ),
            // The verb that opens a theme is no part of it.
            (
                "Customs ran joint action days aimed at combating counterfeit toys in May.",
                action("joint action days", &[], Some("counterfeit toys")),
            ),
            // A theme ends where the text tells when.
            (
                "Police carried out coordinated raids against a gang of car thieves early on Friday.",
                action("coordinated raids", &[], Some("a gang of car thieves")),
            ),
            // A theme that points back is none; police that "also" searched helped, and ran nothing.
            (
                "Two men were detained at the port.\n\nDutch police also carried out searches at four homes in \
                 the fight against this kind of crime.",
                action("searches", &[], None),
            ),
            // The body that says it rescued and arrested, after a stretch of the calendar; the
            // action is named far below the lead.
            (
                "In the first 9 days of June, the National Agency for the Protection of Children in Need \
                 (NAPCN) says it rescued 20 children and arrested two men in Jos.\n\nThe victims were \
                 cared for.\n\nTheir families were found.\n\nThree were sent home.\n\nThe rest stay in \
                 shelters.\n\nThe agency thanked its partners.\n\nA special operation was mounted in two states.",
                action("operation", &["NAPCN"], None),
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(read(text), expected, "{text}");
        }
    }

    #[test]
    fn a_release_that_reports_no_action_reports_none() {
        let texts = [
            // A conference, a report, action days yet to come.
            "Police chiefs from 40 countries met in Vienna on 3 and 4 June for a conference on cybercrime, \
             hosted by the Austrian Federal Police.",
            "A report published today by the agency finds that arrests for wildlife crime doubled between 2015 \
             and 2022.",
            "Europol will coordinate joint action days against drug trafficking in ports from 10 to 14 November.",
            // Investigations told of with no arrest, seizure or dismantled group.
            "A report on investigations into wildlife crime was published on 3 May 2024.",
            // A call for action with no arrest, seizure or dismantled group.
            "Ministers called for action on smuggling at a meeting in Rome on 3 May 2024.",
            // A crackdown called for has not taken place.
            "The minister called for a crackdown on illegal waste dumping after 30 sites were found in May 2024.",
            // Warrants issued, not executed.
            "A court in Leeds issued arrest warrants for two men wanted for fraud.",
            // Action days told of after the first two paragraphs are not what the release reports.
            "Ministers met in Rome.\n\nThey discussed migration.\n\nLast year's joint action days against \
             smuggling were praised.",
            // Nor are they where the lead tells of no arrest or seizure.
            "Ministers met in Rome.\n\nThey discussed migration.\n\nTrade was raised.\n\nThe police \
             operation in the port last year was praised.",
        ];
        for text in texts {
            assert_eq!(read(text), None, "{text}");
        }
    }

    #[test]
    fn a_title_case_preposition_ends_a_name() {
        let name = |text: &str| name_at(text, 0, text.len()).map(|named| named.name);
        assert_eq!(name("Gardaí In Labour Exploitation Probe").as_deref(), Some("Gardaí"));
        assert_eq!(name("Trafficking In Persons Unit").as_deref(), Some("Trafficking In Persons Unit"));
        // A cue that ends its text leaves nothing to name, and no slice past the end.
        let text = "Ships sailed under";
        assert_eq!(name_at(text, text.len() + 1, text.len()), None);
    }

    #[test]
    fn countries_and_things_that_coordinated_are_no_organisers() {
        let cases = [
            // "led by" a country or a person names no one who ran it.
            ("Police of nine countries held raids on 3 May, led by Spain and Portugal.", action("raids", &[], None)),
            ("Six men were arrested in dawn raids on 3 May, led by Inspector Anna Lee.", action("raids", &[], None)),
            // A news lead's first word in capitals, a word for officers.
            ("TROOPS arrested six smugglers in raids on 3 May.", action("raids", &[], None)),
            (
                "Latvia and Estonia coordinated the joint inspections of shipyards from 4 to 10 June.",
                action("joint inspections", &[], None),
            ),
            (
                "This coordinated action week took place from 8 to 14 April 2019 in 20 countries.",
                action("action week", &[], None),
            ),
            (
                "First-ever coordinated week of action against online fraud.",
                action("week of action", &[], Some("online fraud")),
            ),
            // Authorities of the countries named after them are no body; the one a later cue
            // names is.
            ("On 3 May raids were carried out by authorities in Latvia and Estonia.", action("raids", &[], None)),
            (
                "On 3 May raids were carried out by authorities in Latvia and Estonia, \
                 coordinated by Eurojust.",
                action("raids", &["Eurojust"], None),
            ),
            // "the Agency", as a body's release calls it: the known body named before.
            (
                "Eurojust backed an action day on 3 May. Coordinated by the Agency, police held 12 people.",
                action("action day", &["Eurojust"], None),
            ),
            // A region's people name whose forces they were, not a body.
            (
                "A joint operation by African police forces on 3 May led to 40 arrests.",
                action("joint operation", &[], None),
            ),
            // A country's own body led a part.
            (
                "Police of nine countries held action days from 3 to 7 May, led by the Polish Border Guard.",
                action("action days", &[], None),
            ),
            // A pronoun stands for someone named before.
            ("They coordinated raids on 3 May on two call centres.", action("coordinated raids", &[], None)),
            // A word in capitals for emphasis names no one.
            ("A MASSIVE day of action on 4 March led to 40 arrests in the town.", action("day of action", &[], None)),
            ("QUICK action by police on 4 March led to 40 arrests in the town.", action("action", &[], None)),
            (
                "A day of action involving Gardaí, officers from Customs and the Dog Warden led to 40 arrests.",
                action("day of action", &["Gardaí"], None),
            ),
            // A country's own police, where nothing else names who ran it.
            (
                "German federal police launched a crackdown in 12 federal states on Wednesday.",
                action("crackdown", &["German federal police"], None),
            ),
            ("MOMBASA: Kenya police rescued 14 people in a raid at the port.", action("raid", &["Kenya police"], None)),
            // A body that did what the action did ran it; people of a body are that body.
            (
                "The Tacoma Police Department arrested 9 people in raids on two bars.",
                action("raids", &["Tacoma Police Department"], None),
            ),
            (
                "Operatives of the Tacoma Police Department have rescued 6 victims in a raid.",
                action("raid", &["Tacoma Police Department"], None),
            ),
            // A short form in another alphabet's capitals; a body that seized things in the raids.
            ("The Inspectorate (IGŚ) has seized 40 guns in raids on four farms.", action("raids", &["IGŚ"], None)),
            (
                "The Spanish National Police, with support from Europol, dismantled a network in a raid on 4 June.",
                action("raid", &["Spanish National Police"], None),
            ),
            (
                "Polish border guards have detained 11 people in an operation across the country.",
                action("operation", &["Polish border guards"], None),
            ),
            // Two countries' forces under one word.
            (
                "Czech and Slovak National Police broke up a ring in a joint operation on 9 May.",
                action("joint operation", &["Czech National Police", "Slovak National Police"], None),
            ),
            // A country's authorities act for it as its police do, but name no body: the
            // countries took part, and no one is named as who ran it.
            (
                "The Latvian and Estonian authorities, supported by Europol, made 12 arrests in a crackdown on 4 May.",
                action("crackdown", &[], None),
            ),
            // A unit glued to its force's name, and its short form: the force ran the action,
            // though the unit speaks of it after.
            (
                "The Ghana Police-Anti Human Trafficking Unit (GP-AHTU) freed 14 people in two raids on Friday. \
                 In a statement, the AHTU said more raids would follow.",
                action("raids", &["Ghana Police"], None),
            ),
            // A person or a country quoted on it ran nothing.
            ("Six men were held in dawn raids on 3 May, Inspector Anna Lee said.", action("raids", &[], None)),
            ("Police of nine countries held raids on 3 May, Spain said.", action("raids", &[], None)),
            ("The coordinated raids were the largest yet.", action("coordinated raids", &[], None)),
            // A person's office names their body; the person ran nothing.
            (
                "Officers raided the airport. The operation, carried out under the leadership of NAPTA Director \
                 General, Ada Bello, freed 24 people.",
                action("operation", &["NAPTA"], None),
            ),
            // An abbreviation names no body.
            ("Forty were held in an operation involving U.S. and Mexican police.", action("operation", &[], None)),
            // Who supported an action that no one else is named as running stands for who ran it.
            (
                "Frontex supported a week of joint checks carried out by border guards at 30 ports.",
                action("joint checks", &["Frontex"], None),
            ),
            // The action that was supported is no body.
            (
                "Police of nine countries held action days in May. Europol supported the Joint Action Days with \
                 a mobile office.",
                action("joint action days", &[], None),
            ),
            // What a body coordinated that is not the action.
            (
                "Police held joint action days in May. Europol coordinated the exchange of information.",
                action("joint action days", &[], None),
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(read(text), expected, "{text}");
        }
    }

    #[test]
    fn a_theme_ends_where_the_text_says_where_when_or_by_whom() {
        let cases = [
            (
                "action days against trafficking in human beings for sexual exploitation",
                Some("trafficking in human beings"),
            ),
            (
                "the checks targeted the trade in counterfeit medicines through ports",
                Some("trade in counterfeit medicines"),
            ),
            ("a week of action against smuggling in the aegean", Some("smuggling")),
            ("a raid against them", None),
            ("the work needed to combat them effectively", None),
            ("a scheme that targeted tourists using fake websites", None),
            ("a ring targeting u.s. citizens", None),
            ("the joint action against child trafficking was run by the agency", Some("child trafficking")),
            ("an operation against the illegal trade in owls has led to 20 arrests", Some("illegal trade in owls")),
            ("nothing against", None),
            (
                "operations targeted serious international and organised crime in the eu",
                Some("serious international and organised crime"),
            ),
            ("action days against labour exploitation organised by the agency", Some("labour exploitation")),
            ("a day of action against illegal dumps yesterday", Some("illegal dumps")),
            ("raids against loan sharks last week in the city", Some("loan sharks")),
            ("an action against a tax scam involving fake invoices", Some("a tax scam")),
            ("raids targeting a fuel fraud ring operating across the north", Some("a fuel fraud ring")),
            ("a shared crackdown on river piracy since 3 may", Some("river piracy")),
            // A name spelt out in brackets is no theme; a cue after the brackets is.
            ("action days under empact (the platform against criminal threats)", None),
            ("days under empact (a platform) against fraud", Some("fraud")),
            // Nor is a cue in a body's name, which capitals tell.
            ("help from the Centre Against Child Abuse led to raids", None),
        ];
        for (sentence, expected) in cases {
            assert_eq!(theme(&sentence.to_ascii_lowercase(), sentence).as_deref(), expected, "{sentence}");
        }
    }

    #[test]
    fn two_ways_of_writing_a_theme_compare_as_one() {
        assert_eq!(comparable_theme("Trafficking in human beings"), comparable_theme("human trafficking"));
        assert_ne!(comparable_theme("human trafficking"), comparable_theme("migrant smuggling"));
    }
}
