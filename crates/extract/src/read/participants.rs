//! Who took part: the list that follows a "Participating countries" heading, and lists in
//! prose ("carried out at the same time in Austria, Hungary and Slovakia", "involving police
//! from Ghana, Togo and Benin", "Spain, Portugal and Italy took part").

use std::ops::Range;
use std::sync::LazyLock;

use explorer_model::text::last_bytes;
use regex::Regex;

use super::action::{FORCE_AFTER_ITS_COUNTRY, FORCES_BY_THEIR_OWN_NAMES, is_a_body, tells_of_an_action, whole_words};
use super::cases::distinct_codes;
use super::partners::canonical;
use super::quotes::inside_quotation;
use super::{INTERNATIONAL_BODIES, Scope};
use crate::annotate::countries::{CountryMention, list_at};
use crate::annotate::country_index::{CountryCode, CountryIndex, fold_words_into};
use crate::doc::{Doc, Sentence};
use crate::phrases::any_of;
use crate::segment::{comma_items, trim_span};

/// A heading, not the words in a sentence ("among 32 participating countries which..."):
/// capitalised, then a colon, a line break, or the list glued on ("countriesAlgeria, ...").
/// Other headings say it in other words, and only before a colon ("Countries involved:").
/// Each ends with the first letter of the list.
const HEADING_PATTERN: &str = concat!(
    r"Participating (?:countries|nations|member countries|states)(?: and territories)?(?:[ \t]*:\s*|[ \t]*\n\s*|)\p{Lu}",
    r"|(?:Countries (?:involved|participating|taking part)|The following (?:EU )?(?:countries|[Mm]ember [Ss]tates) (?:took part|participated)",
    // The operation may be named before the colon ("participated in Operation Kestrel:").
    r"(?: in (?:the )?[^:\n.]{1,60})?",
    // A list of who took part that holds agencies too: "the other participants, which
    // were the following:".
    r"|[Pp]articipants\b[^:\n.]{0,40}\bthe following",
    // "The countries that participated in the inspections were:".
    r"|The (?:countries|nations|[Mm]ember [Ss]tates) (?:that|which) (?:took part|participated)(?: in [^:\n.]{1,60})? were",
    r")[ \t]*:\s*(?:[-•*–][ \t]*)?\p{Lu}"
);
static HEADING: LazyLock<Regex> = LazyLock::new(|| Regex::new(HEADING_PATTERN).expect("valid regex"));

/// [`HEADING`] with ASCII word boundaries, which the regex crate's fast engine handles in a
/// text with characters outside ASCII, where a Unicode `\b` makes it search the whole release
/// with its slowest (see [`crate::annotate`]). Only "participants ... the following" has
/// boundaries, and an ASCII boundary stands wherever a Unicode one does: a match of another
/// heading is [`HEADING`]'s, and none is none.
static HEADING_ASCII: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&HEADING_PATTERN.replace(r"\b", r"(?-u:\b)")).expect("valid regex"));

/// A count of countries in French words, up to twelve.
const FRENCH_COUNT: &str = "deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze";

/// A count of countries in digits or words, up to twelve.
pub(crate) const COUNT: &str = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";

/// Who acts for a country in an operation: "police", "border guards", "law enforcement
/// authorities", "police and gendarmes", "law enforcement agencies and judicial bodies",
/// "police, coast guard and immigration officers".
const PEOPLE: &str =
    concat!(r"(?:the\s+)?(?:national\s+)?(?:", people_word!(), r")(?:,?\s+(?:and\s+)?(?:", people_word!(), r")){0,4}");

/// A word of [`PEOPLE`], as a macro so that `concat!` can take it twice.
macro_rules! people_word {
    () => {
        concat!(
            r"police|forces|authorities|officers|officials|law enforcement|law|enforcement|agencies|guards?|border|coast|investigators",
            r"|teams|specialists|experts|prosecutors|gendarmes|gendarmerie|gendarmeries|units|customs|inspectors|immigration|agents",
            r"|management|security|judicial|bodies|partners|services|representatives|departments|cops"
        )
    };
}
use people_word;

/// The lazy DFA cache [`PARTICIPANTS_CUE`] may fill.
const PARTICIPANTS_CUE_DFA_BYTES: usize = 32 << 20;

/// Words that end right before a list of participants: "involving police from", "supported
/// police and border officials in", "by the police forces of", "with the participation of",
/// "officers from more than 15 countries, including", "Officers from six countries took part:",
/// "Observers joined from", "involved 3 EU Member States:", "raids and vehicle checks earlier
/// this month across", "house searches were carried out in", "the actions on the ground in",
/// "Europol has assisted".
static PARTICIPANTS_CUE: LazyLock<Regex> = LazyLock::new(|| {
    // "with involvement from agencies in".
    let verbs = r"involving|involved|involvement\s+(?:from|of)|featured|featuring|with|alongside|plus|bringing together|brought together|joined by|by|supported|supporting|support\s+to|assisted|comprising|namely";
    // "countries, mainly in Africa and Europe, such as": an aside may stand before the list,
    // and so may what they took part in ("countries participated in Operation X, including").
    let counted = r"countries(?:\s+and\s+territories)?(?:,\s+[^,;.]{1,40},|\s+(?:participated|took\s+part)\s+in\s+[^,;.]{1,40}?)?,?\s+(?:including|such as|among them)";
    // "of four Central Asian countries – Kazakhstan, ...": a count, a region, then the list
    // set off by a dash.
    let counted_then_dash = r"\S+\s+(?:[\p{L}-]+\s+){0,4}?countries(?:\s+and\s+territories)?\s*[–—]\s*";
    let who = r"countries|nations|administrations|agencies|authorities|forces";
    // In Spanish: "participaron Chile, Perú y Bolivia", "participaron además de Chile, ...",
    // "participaron 3 países: ...", "con la participación de las policías de ...", "también se
    // involucraron ...", "entre los países participantes figuran ...", "a los que se sumaron ...";
    // German's short cues share the search (one alternative costs less than two: a cue of its
    // own for them took 0.4 M more instructions per 10x extraction under callgrind).
    const SPANISH_AND_GERMAN: &str = concat!(
        r"(?-u:\b)(?:participaron(?:\s+también|\s+además\s+de)?|participación\s+de|se\s+involucraron|se\s+sumaron|se\s+unieron",
        // "La acción involucró a A, B y C", "las redadas se realizaron en A, B y C".
        r"|involucr(?:ó|o|aron)\s+a|se\s+(?:realizaron|realizó|desarrollaron|desarrolló|llevaron\s+a\s+cabo|llevó\s+a\s+cabo)\s+en",
        // German: "koordinierte die Zugriffe in A, B und C", "beteiligten sich A, B und C".
        r"|(?:zugriffe|durchsuchungen|razzien|kontrollen|einsätze)\s+in|beteiligten\s+sich(?:\s+auch)?",
        r"|países\s+participantes\s+(?:se\s+encuentran|figuran|son|fueron|están)|países\s+participantes(?:\s+[^:.;]{1,60}?)?\s*:)\s+",
        r"(?:\d+\s+países\s*:\s*)?(?:las?\s+polic[íi]as?\s+de\s+)?"
    );
    // One cue a line; the list follows the last one's words.
    let cues = [
        // "assisted by specialist officers from", "by customs and border partners in":
        // words may say which of them.
        format!(r"(?-u:\b)(?:{verbs})\s+(?:[\w-]+\s+){{0,3}}?{PEOPLE}\s+(?:from|of|in)\s+"),
        // "Police forces and prosecutors from Chile, ... raided", "Cops in Chile and Peru
        // held": who acted, named as the sentence opens.
        format!(r"^{PEOPLE}\s+(?:from|in)\s+"),
        // "Spain ran it, with the support of Frontex and police in A, B and C".
        format!(r"(?-u:\b)with\s+the\s+support\s+of\s+(?:[a-z]+\s+and\s+)?{PEOPLE}\s+(?:from|of|in)\s+"),
        format!(r"(?-u:\b){PEOPLE}\s+(?:from|of|in)\s+(?:more than\s+|over\s+)?\d+\s+{counted}\s+"),
        // "officers from 14 EU Member States, as well as from" or "..., A, B and C".
        format!(r"(?-u:\b){PEOPLE}\s+from\s+(?:all\s+)?\S+\s+(?:[\w-]+\s+){{0,3}}?(?:countries|members|member states)(?:,?\s+as well as\s+(?:from\s+)?|,\s+)"),
        // "Authorities in the West African countries of A, B and C reported ...".
        format!(r"(?-u:\b){PEOPLE}\s+in\s+the\s+(?:[\w-]+\s+){{0,4}}?countries\s+of\s+"),
        format!(r"(?-u:\b)(?:{PEOPLE}\s+(?:from|of|in)|in)\s+{counted_then_dash}"),
        format!(r"(?-u:\b)participation of\s+(?:{PEOPLE}\s+from\s+)?"),
        // "saw the participation of 31 countries worldwide, including".
        r"(?-u:\b)participation\s+of\s+(?:more than\s+|over\s+)?\d+\s+countries(?:\s+[a-z]+)?,?\s+(?:including|such as|among them)\s+"
            .to_string(),
        format!(r"(?-u:\b)(?:participating (?:eu\s+)?(?:{who})|countries (?:involved|taking part)(?:\s+in\s+[^,.;]{{1,60}}?)?)\s+(?:were|included|are|came from)\s+(?:those\s+of\s+|the\s+following\s*:\s*)?"),
        // "The participating countries – A, B and C – carried out", "the countries taking part
        // (A, B and C)": the list set off after them.
        format!(r"(?-u:\b)(?:participating\s+(?:{who})|(?:{who})\s+(?:involved|taking part|participating))\s*(?:[–—(,])\s*"),
        // "Nations which undertook action against the sellers included"; "Participants were
        // EU Member States and", where the countries named are the others.
        r"(?-u:\b)(?:(?:countries|nations|participants)\s+(?:which|that|who)\s+(?:took part|participated|undertook action|took action)|participants)(?:\s+(?:in|against)\s+[^.;]{1,60}?)?\s+(?:include|included|were|are)\s+(?:(?:the\s+)?eu\s+member\s+states,?\s+(?:and|as well as)\s+)?".to_string(),
        // "Participating countries:", "7 host countries:", "Observers from".
        r"^(?:\d+\s+)?(?:(?:eu|european union|non-eu|participating|partner|third|other|host)\s+)?(?:member\s+)?(?:states|countries)\b[^:.]{0,80}:\s*".to_string(),
        r"^observers\s+from\s+".to_string(),
        // "checks across 12 EU states, as well as": the others beside those counted.
        r"(?-u:\b)(?:across|in)\s+\d+\s+(?:eu\s+)?(?:member\s+)?(?:states|countries),?\s+as well as\s+".to_string(),
        // "participated in the operation – A, B and C": the list after a colon or a dash.
        r"(?-u:\b)(?:took part|participated|were involved|joined)(?:\s+in)?(?:\s+the\s+(?:operation|action)|\s+it)?(?::|\s*[–—])\s+".to_string(),
        // "Nine states took part in the operations, alongside A, B and C": the others.
        r"(?-u:\b)(?:took part|participated)\s+in\s+the\s+(?:actions?|operations?)\s*,?\s+alongside\s+".to_string(),
        r"(?-u:\b)countries (?:involved|participating|taking part):\s+".to_string(),
        // "the operation in A and B", "a major two-day operation in A and B".
        r"(?-u:\b)(?:the|an?)\s+(?:[\w-]+\s+){0,3}?operation\s+in\s+".to_string(),
        // "Operations were in A, B and C", as a bullet sums up where they ran.
        r"(?-u:\b)operations\s+were\s+in\s+".to_string(),
        // "Task force members representing its secretariat, A, B and C supported the checks":
        // who sent people, after a body that is no country.
        r"(?-u:\b)(?:members|officers|experts|specialists)\s+representing\s+(?:(?:\S+\s+){0,3}?\S+,\s+)?".to_string(),
        // "..., with major operations in A, B and C": where the main work was done.
        r"(?-u:\b)(?:notable|major|main|key)\s+(?:operations|actions|raids)\s+in\s+".to_string(),
        r"(?-u:\b)(?:took part|participated),\s+including\s+".to_string(),
        format!(r"(?-u:\b)(?:observers|visiting\s+{PEOPLE}|{PEOPLE})\s+(?:also\s+)?joined\s+from\s+"),
        // "a joint investigation team (JIT) formed on A's request and also involving B", "a
        // joint investigation team between A, B and C": the team's members.
        r"(?-u:\b)(?:investigation\s+teams?|jits?)\b[^.;]{0,80}?\s+(?:involving|between)\s+".to_string(),
        // "in cooperation with the governments of": who worked with, not who paid ("funded by
        // the governments of" is no cue).
        r"(?-u:\b)(?:coordination|cooperation|collaboration|partnership)\s+with\s+the\s+governments?\s+of\s+".to_string(),
        // "held after parallel raids of the Ruritanian and Carpanian police".
        r"(?-u:\b)(?:simultaneous|joint|coordinated|parallel|common)\s+(?:operations?|actions?|raids|searches)\s+(?:of|by)\s+(?:the\s+)?"
            .to_string(),
        // "A combined operation involving Chile, Peru and Bolivia".
        r"(?-u:\b)(?:operation|action|crackdown|effort)\s+(?:involving|involved)\s+(?:the\s+)?".to_string(),
        // "brought together some Andean countries, including".
        r"(?-u:\b)(?:involved|involving|brought together|bringing together)\s+(?:[\w-]+\s+){0,3}?countries,?\s+(?:such as|including|like)\s+".to_string(),
        format!(r"(?-u:\b)cooperation\s+between\s+{PEOPLE}\s+(?:of|from|in)\s+"),
        // "from the following countries:", "involved the following countries and territories:".
        r"(?-u:\b)(?:from|of|included|includes|involved)\s+the\s+following\s+countries(?:\s+and\s+territories)?:\s*"
            .to_string(),
        // "Officers of many countries took part. The backing came from: ...".
        r"(?-u:\b)came\s+from:\s*".to_string(),
        r"(?-u:\b)(?:raids|checks|operations?|actions?|inspections)\s+(?:[^,.;]{1,30}?\s+)?across\s+".to_string(),
        // "officers across A, B and C raided ...", "2,000 officers in all were deployed across".
        format!(r"(?-u:\b){PEOPLE}\s+(?:in (?:total|all)\s+)?(?:(?:were|had been)\s+deployed\s+)?across\s+"),
        // "310 raids and inspections in ...", "made 20 raids at ports, markets and shops in
        // ...", "raids last week in ...": where the raids were made.
        r"(?-u:\b)raids\s+(?:and\s+inspections\s+)?(?:at\s+[^.;]{1,80}?\s+|(?:earlier|later|last|this)\s+(?:this\s+|last\s+)?(?:week|month|year)\s+)?in\s+".to_string(),
        // "During operations on 2 and 3 April in", "in raids on 3 May in": the days, then
        // where.
        r"(?-u:\b)(?:during|in)\s+(?:the\s+)?(?:operations|raids|searches|action\s+days)\s+(?:on|of)\s+[^,.;]{1,30}?\s+in\s+"
            .to_string(),
        r"(?-u:\b)house\s+searches\s+(?:were\s+)?(?:carried out|conducted)\s+(?:in|within)\s+".to_string(),
        // "conducted 14 house searches in A and B".
        r"(?-u:\b)(?:carried out|conducted)\s+(?:\S+\s+)?(?:home|house)\s+searches\s+in\s+".to_string(),
        // "The biggest seizures were made in A (2 million), B and C".
        r"(?-u:\b)seizures\s+(?:were\s+)?made\s+in\s+".to_string(),
        r"(?-u:\b)carried out\s+by\s+".to_string(),
        // "involved 3 EU Member States:", "with the involvement of four Member States (A, ...)",
        // "in five EU Member States: ...", "in six countries
        // across Europe: ...", "police from three EU
        // Member States (the Netherlands, ...)", "agencies in four owl-range countries (A, ...)".
        format!(r"(?-u:\b)(?:involved|involving|included|including|in|(?:involvement|participation)\s+of)\s+{COUNT}\s+(?:eu\s+)?(?:member\s+)?(?:states|countries)(?:\s+(?:across|in)\s+[^:,.;]{{1,30}}?)?\s*[:(]\s*"),
        // "observers from four Member States: A, B and C".
        format!(r"(?-u:\b)(?:{PEOPLE}|observers)\s+(?:from|of|in)\s+{COUNT}\s+(?:[\w-]+\s+){{0,2}}?(?:states|countries)\s*[:(]\s*"),
        r"(?-u:\b)(?:member|participating|partner)\s+countries,?\s+(?:in particular|notably|including|such as|among them)\s+".to_string(),
        r"(?-u:\b)(?:actions|operations|searches)\s+on\s+the\s+ground\s+in\s+".to_string(),
        format!(
            r"(?-u:\b)(?:{})\s+(?:also\s+|has\s+|have\s+)?(?:supported|assisted)\s+",
            INTERNATIONAL_BODIES.join("|")
        ),
        SPANISH_AND_GERMAN.to_string(),
        // "participan agentes de fronteras y aduanas de A, B y C": who took part, by
        // the people each country sent.
        r"(?-u:\b)particip(?:an|aron)\s+(?:expertos|agentes|policías|funcionarios|efectivos|oficiales|especialistas)\s+(?:[^,.;]{1,80}?\s+)?de\s+".to_string(),
        // In French: "avec la participation des polices de trois pays (le Mali, ...)".
        format!(r"(?-u:\b)participation\s+(?:des?|du)\s+(?:[\p{{L}}-]+\s+){{0,3}}?(?:de\s+)?(?:\d+|{FRENCH_COUNT})\s+pays\s*[(:]\s*(?:l[ea]s?\s+|l[’'])?"),
        // "drew 12 task force members from the Secretariat, A, B and C": the
        // countries that sent a task force's members, maybe after a body that is none.
        r"(?-u:\b)task\s+force\s+(?:members|experts|officers)\s+from\s+(?:(?:\S+\s+){0,3}?\S+,\s+)?".to_string(),
        // "arranged the deployment of 9 experts from police and insurers from A, B and C".
        format!(r"(?-u:\b)(?:deployment\s+of|deployed)\s+(?:\d+\s+)?(?:[\w-]+\s+){{0,2}}?{PEOPLE}\s+from\s+(?:[^,.;]{{1,40}}?\s+from\s+)?"),
        // German: "Büros in mehreren Ländern, darunter A, B und C": where the action
        // struck ("aus verschiedenen Ländern" is where people came from).
        r"(?-u:\b)in\s+(?:\d+|[\p{L}]+)\s+(?:[\p{L}-]+\s+)?(?:ländern|staaten),\s+(?:darunter|unter\s+anderem|etwa)\s+".to_string(),
        // In French: "des policiers de plusieurs pays, notamment le Mali, la Guinée ...", "pays
        // participants : ...", "des trois pays suivants : ...", "ont participé : ...", with
        // the article before the first.
        r"(?-u:\b)(?:pays(?:\s+[\p{L}-]+){0,2}?,?\s+(?:notamment|dont|tels\s+que)|pays\s+(?:participants|suivants)\s*:|ont\s+participé\s*:)\s+(?:l[ea]s?\s+|l[’'])?".to_string(),
    ];
    // The cues together hold more states than the lazy DFA's default cache: past it, the
    // search gave up on the DFA for a bounded backtracker on the longest sentences, and an
    // extraction of the 10x corpus took twice the instructions (86 M against 41.7 M under
    // callgrind; BENCHMARKS.md, nineteenth round). A larger cache is only filled as needed.
    regex::RegexBuilder::new(&format!(r"(?i)(?:{})(?:the\s+)?$", cues.join("|")))
        .dfa_size_limit(PARTICIPANTS_CUE_DFA_BYTES)
        .build()
        .expect("valid regex")
});

/// Words that end right before a list of the places an operation was carried out: "carried
/// out in" (in a sentence about the operation) or "carried out at the same time in" (which
/// says that the places acted together), also with where and when between ("took place
/// across the EU on 18-24 March, in").
static PLACES_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?-u:\b)(?:carried out|conducted|executed|took place|held|ran|checked|inspected|searched)\s+",
        // "took place across the EU on 18-24 March, in ...", "took place between 4 and 9
        // February in ...", "took place during the last week of May in": where and when, before
        // the list.
        r"(?:across\s+[^,.;]{1,30}?\s+)?(?:(?:on|from|between|during)\s+[^,.;]{1,30}?,?\s+)?",
        // "carried out over five days simultaneously in ...": how long, before the list.
        r"(?:over\s+(?:\w+\s+){1,2}?(?:days|weeks|months)\s+)?",
        r"(?P<together>at the same time\s+|simultaneously\s+|in parallel\s+)?in\s+(?:the\s+)?$",
        // "took place across A, B and C": places spread, which, like "at the same time", says
        // that they acted together.
        r"|(?-u:\b)(?:took place|were carried out|were conducted)\s+(?P<across>across)\s+(?:the\s+)?$",
        // In Spanish and Portuguese: "se realizó del 2 al 9 de mayo en", "tuvo lugar en", "foi
        // realizada em".
        r"|(?-u:\b)(?:se\s+llevó\s+a\s+cabo|se\s+realizó|se\s+desarrolló|tuvo\s+lugar|foi\s+realizada)\s+",
        r"(?:(?:entre|del|desde|de)\s+[^,.;]{1,40}?\s+)?(?:en|em)\s+(?:(?:los|las)\s+)?$",
        // "deployed for the operation in the non-EU countries".
        r"|(?-u:\b)in\s+the\s+(?:non-eu\s+|eu\s+|partner\s+|following\s+)?countries\s+$",
        // "involved coordinated action in ...", "joint activities in ...", "targeted crimes in ...".
        r"|(?-u:\b)(?:action|actions|activities)\s+in\s+(?:the\s+)?$",
        r"|(?-u:\b)(?:targeted|targeting)\s+(?:[\w-]+\s+){1,3}?in\s+(?:the\s+)?$",
        // "checks at ports and land borders in ...": the posts, then where.
        r"|(?-u:\b)(?:airports|seaports|ports|land borders|borders|border crossings|border posts)\s+in\s+(?:the\s+)?$",
        // "in some twelve countries of the region, including ...": some of those counted.
        r"|(?-u:\b)in\s+(?:a\s+dozen|several|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)\s+(?:[\w-]+\s+)?countries(?:\s+(?:across|in)\s+[^,;.]{1,40}?)?,?\s+(?:including|such as|among them|notably)\s+(?:the\s+)?$"
    ))
    .expect("valid regex")
});

/// Words right before the countries where raids or arrests were made: "raided 300 betting
/// shops in", "arrested 15 members of gangs across". In the lead or a paragraph that names
/// the operation, those who made them are its police.
static RAIDED_OR_ARRESTED_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:raided|arrested)\s+(?:[^,.;]{1,100}?\s+)?(?:in|across)\s+(?:the\s+)?$")
        .expect("valid regex")
});

/// A count of forces and a colon right before their countries: "the collaboration of four
/// national forces: Chile, Peru, ..." (not a count of countries, which may be where victims
/// came from).
static COUNTED_THEN_COLON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b){COUNT}\s+(?:national\s+|law enforcement\s+|police\s+){{0,2}}(?:forces|agencies|authorities)\s*:\s*$"
    ))
    .expect("valid regex")
});

/// Words right before the countries whose police investigated together: "the culmination of
/// parallel investigations in ...".
static INVESTIGATED_TOGETHER_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:parallel|joint|simultaneous|coordinated)\s+investigations\s+in\s+(?:the\s+)?$")
        .expect("valid regex")
});

/// Words right before the countries that led an operation: "Led by the Netherlands",
/// "coordinated by the Agency and led by Austria and Romania", "Led by the city police
/// department in Austria".
static LED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?-u:\b)(?:co-)?led\s+by\s+(?:the\s+)?",
        r"(?:(?:[\w-]+\s+){0,3}?(?:police|police department|department|force|unit)\s+in\s+(?:the\s+)?)?$"
    ))
    .expect("valid regex")
});

/// Words right before the countries, by name, that coordinated an operation, maybe after an
/// international body: "coordinated by Europol, Chile and Peru". (A
/// force that coordinated may have coordinated another operation the release names.)
static COORDINATED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b)coordinated\s+by\s+(?:the\s+)?(?:(?:{})\s*,?\s+(?:and\s+)?(?:the\s+)?)?$",
        INTERNATIONAL_BODIES.join("|")
    ))
    .expect("valid regex")
});

/// Words before a country that shares the lead with an organiser, when [`LED`] follows it:
/// "the Agency, together with Spain, led an operation".
static TOGETHER_WITH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:together|in\s+cooperation|in\s+co-operation|in\s+collaboration)\s+with\s+(?:the\s+)?$")
        .expect("valid regex")
});
static LED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^,?\s+(?:co-)?led(?-u:\b)").expect("valid regex"));

/// Words between the countries that led and those that shared the lead with them: "led by
/// Spain, alongside Chile and Peru".
static ALONGSIDE_THE_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^,?\s+(?:alongside|together\s+with|along\s+with)\s+(?:the\s+)?$").expect("valid regex")
});

/// Words right after a list of participants that is the sentence's subject.
static TOOK_PART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^,?\s*(?:officials\s+|authorities\s+|officers\s+)?(?:also\s+|all\s+)?(?:took part|participated|joined the|joined forces|were involved|were also involved|were among the (?:participants|participating countries|countries that took part)|supported the (?:operation|action)|(?:conducted|carried out|launched|held)\s+(?:an?\s+|the\s+)?joint\s+(?:[\w-]+\s+)?(?:operations?|actions?|raids|checks|patrols|crackdown))(?-u:\b)",
    )
    .expect("valid regex")
});

/// Words between a list of participants and a second list of others of another kind: "A, B
/// and C, as well as from partner countries: D and E".
static OTHERS_FOLLOW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^,?\s+as\s+well\s+as\s+(?:from\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?countries\s*[-–—:,]\s*(?:the\s+)?",
    )
    .expect("valid regex")
});

/// German puts the verb last: "An dem Einsatz waren die Staaten A, B und C sowie D und E
/// beteiligt", "An den Kontrollen hatten sich auch A, B und C beteiligt". A sentence that
/// opens on the action ([`GERMAN_PART_IN`]) and ends its clause in "beteiligt" after a list
/// names those who took part, every list in it; one about a crime ("An der Schleusung waren
/// Männer aus A und B beteiligt") names suspects, so the action's word is asked for.
static GERMAN_PART_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?:^|[.!?]\s+)an\s+(?:dem|der|den|diesem|dieser|diesen)\s+(?:[\p{L}-]+\s+)?",
        r"[\p{L}-]*(?:einsatz|einsätzen|aktion|aktionen|operation|kontrollen|kontrolltagen|aktionstagen|razzia|razzien|durchsuchungen)",
        r"\s[^.;]*$"
    ))
    .expect("valid regex")
});

/// The clause after a German list that ends in "beteiligt" ("sowie D und E beteiligt",
/// "beteiligt, so die Behörde"), for [`GERMAN_PART_IN`].
static GERMAN_TOOK_PART: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[^.;]{0,160}?\sbeteiligt(?:[\s.,;]|$)").expect("valid regex"));

/// Words right after a subject list of people from several countries that acted together
/// ("Police in A, B and C, supported by Europol, have taken down a network").
static ACTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        // "Police in A, B and C all coordinated raids".
        r"^(?:,[^,]{1,60},)?\s+(?:all\s+|jointly\s+)?(?:have|has|had|carried out|conducted|coordinated|arrested|detained",
        r"|apprehended|nabbed|rescued|freed|dismantled|identified|detected|struck|worked|were|checked|inspected|raided",
        r"|searched|seized|took)(?-u:\b)"
    ))
        .expect("valid regex")
});

/// A dateline before a subject list: "THE HAGUE –", "LYON, France –", "THE HAGUE (Europol) –",
/// "KUNMING, Dec. 3 (Xinhua) --".
const DATELINE: &str =
    r"(?:\p{Lu}+(?:\s+\p{Lu}+)*,?(?:\s+\p{Lu}\p{Ll}+\.?(?:\s+\d{1,2})?)?(?:\s*\([^)]{1,30}\))?\s+[–—-]+\s+)?";

/// Where a subject starts: the sentence's start, or a full stop the sentence splitter kept
/// inside it ("... to 3 January 2023. Officers from ...", where a date ends the sentence).
const SUBJECT_START: &str = r"(?:^|[.!?]\s+)";

/// What may stand before a list that is the sentence's subject: "Police from", "In total,
/// authorities in", "Authorities throughout the Andes, the Caribbean," (regions before the
/// countries), a dateline, "Alongside", the members of a body the list names ("The
/// authorities of the member states, namely"), or nothing ("Spain, Portugal and Italy took
/// part").
static SUBJECT_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"{SUBJECT_START}(?:[^,]{{0,60}},\s*)?{DATELINE}(?i:alongside\s+|along with\s+)?(?i:{PEOPLE}\s+(?:from|of|in|throughout|across)\s+(?:[^,.;]{{1,40}},\s+){{0,3}}?(?:the\s+)?|[^,.;]{{1,80}},\s+namely\s+)?$"
    ))
    .expect("valid regex")
});

/// [`SUBJECT_LEAD`] that names who acted: "THE HAGUE (Europol) – Police in".
static PEOPLE_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        // "The Ruritanian Police (RP) and authorities in A, B and C arrested ...": a body named
        // beside them.
        r"{SUBJECT_START}(?:[^,]{{0,60}},\s*)?{DATELINE}(?:[^,.;]{{1,120}}?\s+and\s+)?(?i:{PEOPLE}\s+(?:from|of|in)\s+(?:the\s+)?)$"
    ))
    .expect("valid regex")
});

/// [`SUBJECT_LEAD`] that counts a union's members before the others it names: "23 EU
/// Member States, Norway and Iceland conducted ...".
static MEMBER_STATES_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"{SUBJECT_START}\S+\s+(?:EU\s+)?[Mm]ember\s+[Ss]tates(?:\s*\[\d+\])?,\s*$"))
        .expect("valid regex")
});

/// A count of countries and the word that names one of them after it: "agencies in 43
/// countries, including"; the count's preposition is group 1, so that what stands before it
/// tells whose countries they are ("migrants from 30 countries, including" are origins).
static ONE_OF_THE_COUNTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(in|from|of|across|involved|involving)\s+(?:more than\s+|over\s+)?\d+\s+countries(?:\s+and\s+territories)?,?\s+(?:including|among them)\s+(?:the\s+)?$")
        .expect("valid regex")
});

/// Who acted, right before a list of where they came from: "tax authorities from"; a cue in
/// a sentence about the operation only ("Police from Spain and France" may be anyone's
/// elsewhere).
static PEOPLE_FROM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)(?-u:\b){PEOPLE}\s+from\s+(?:the\s+)?$")).expect("valid regex"));

/// Words before the countries where people were arrested, or the countries a sentence before
/// told of, in the lead or a paragraph that names the operation, where they tell who acted in
/// it: "77 suspects have been arrested in Austria, Chile and Peru", "... ran in several
/// countries. Those countries include Chile and Peru" (elsewhere, such arrests and countries
/// may be another action's).
static ARRESTED_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(?:(?:have|has|had) been|were) arrested in|(?:those|these) countries include[ds]?)\s+(?:the\s+)?$")
        .expect("valid regex")
});

/// Words before the countries where arrests were made, in a sentence that tells of them:
/// "offenders in countries ranging from Chile to Peru were arrested". The police of those
/// countries made them, so took part.
static ARRESTS_MADE_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?-u:\b)(?:in countries (?:ranging from|such as|including)",
        // "with arrests made in", "The arrests happened in", "made arrests mainly in", "arrests
        // and house searches were carried out in".
        r"|arrests (?:and (?:house )?searches )?(?:were )?(?:made|happened|carried out|took place) in",
        r"|made arrests (?:mainly |mostly |chiefly )?in",
        // "48 suspects arrested in", "48 suspects in A, B and C arrested", as a list's line.
        r"|\d[\d,]*\s+(?:suspects|people|persons|individuals)\s+(?:arrested\s+)?in)\s+(?:the\s+)?$"
    ))
    .expect("valid regex")
});

/// The words after a list without an aside between dashes that opens them: "A, B and C – with
/// further support from D – joined forces" goes on with "joined forces".
fn without_aside(after: &str) -> &str {
    ["–", "—"]
        .iter()
        .find_map(|dash| {
            let aside = after.trim_start().strip_prefix(dash)?;
            aside.split_once(dash).map(|(_, rest)| rest)
        })
        .unwrap_or(after)
}

/// Whether a sentence tells of arrests made.
fn arrested(sentence: &str) -> bool {
    static ARRESTS_MADE: LazyLock<Regex> = LazyLock::new(|| {
        any_of(&[
            "arrested",
            "were detained",
            "arrests were made",
            "arrests made",
            "made arrests",
            "arrests happened",
            "arrests took place",
            "arrests and searches",
            "arrests and house searches",
        ])
    });
    ARRESTS_MADE.is_match(&sentence.to_lowercase())
}

/// How far before a list its cue may start: cues are a few words long, and searching only
/// this tail keeps each look linear in the list, not in the sentence.
const CUE_BYTES: usize = 160;

/// How long the words for one country's people may be before "took part": "Ruritania's border
/// guards, labour inspectors and tax officials took part".
const OWN_PEOPLE_BYTES: usize = 80;

/// Fewer countries than this after a cue are no list ("carried out in Spain" tells where, not
/// who took part).
pub(crate) const MIN_LISTED: usize = 2;

/// Abbreviations whose full stop does not end a list ("St. Lucia").
const ABBREVIATIONS: &[&str] = &["St", "Rep", "Dem"];

/// A participant as the text names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participant {
    /// ISO alpha-2, or `None` when the name matches no country.
    pub code: Option<CountryCode>,
    /// Where its name stands in the text: see [`Participant::name`].
    pub span: Range<usize>,
}

impl Participant {
    /// Its name as the text writes it.
    pub fn name<'t>(&self, text: &'t str) -> &'t str {
        &text[self.span.clone()]
    }
}

/// The participants in the list under the first "Participating countries" heading (the
/// items of the [`participant_list`] of `text`), in order; empty when the text has no such
/// heading.
pub fn listed_participants(text: &str, list: Option<Range<usize>>, index: &CountryIndex) -> Vec<Participant> {
    let Some(list) = list else {
        return Vec::new();
    };
    // The parts of every item in one list: most items are one line of one part, and a list
    // for each was an allocation per item.
    let mut parts = Vec::new();
    for item in comma_items(text, list) {
        push_lines(text, item, &mut parts);
    }
    // Every name is folded in one buffer, as the index is keyed by folded names.
    let mut folded = String::new();
    parts
        .into_iter()
        .filter(|item| !item.is_empty())
        .flat_map(|item| {
            let (first, second) = resolve_item(text, item, index, &mut folded);
            std::iter::once(first).chain(second)
        })
        // An agency listed among the countries ("- Europol") took part, but is no country.
        .filter(|participant| participant.code.is_some() || !is_an_organisation(participant.name(text)))
        .collect()
}

/// Whether a name is an organisation's: an agency, a police force, a body the partners'
/// lexicon knows ("EUROPOL", "Border Police", "World Customs Organization").
fn is_an_organisation(name: &str) -> bool {
    is_a_body(name) || canonical(name).is_some()
}

/// Pushes an item's lines, each without its bullet mark: a list under a heading may be written
/// one country a line ("- Ghana"). A list in labelled parts ([`labelled_part_at`]) splits where
/// a part ends, in a line or across lines, and each part's label is no item.
fn push_lines(text: &str, item: Range<usize>, parts: &mut Vec<Range<usize>>) {
    let mut start = item.start;
    for line in text[item].split_inclusive('\n') {
        let span = start..start + line.len();
        start = span.end;
        let unmarked = line.trim_start().trim_start_matches(BULLETS);
        push_parts(text, span.end - unmarked.len()..span.end, parts);
    }
}

/// Pushes the parts of a line of a list, split after the full stop that ends a part ("Spain
/// and the United Kingdom. Non-EU countries involved: Serbia"), each without its label or full
/// stop.
fn push_parts(text: &str, line: Range<usize>, parts: &mut Vec<Range<usize>>) {
    let mut start = line.start;
    // Most lines hold one item and no full stop: a look for the dot alone costs less than one
    // for the two characters.
    let said = &text[line.clone()];
    let stops = said.contains('.').then(|| said.match_indices(". ")).into_iter().flatten();
    for (at, _) in stops {
        let stop = line.start + at;
        if !follows_abbreviation(&text[start..stop]) {
            parts.push(part_of_a_line(text, start..stop));
            start = stop + 1;
        }
    }
    parts.push(part_of_a_line(text, start..line.end));
}

/// A part of a line of a list without its label ("EU Member States: ") or full stop.
fn part_of_a_line(text: &str, part: Range<usize>) -> Range<usize> {
    let part = trim_span(text, part);
    // Most parts have no label: a look for the colon alone costs less than one for ": ".
    let label = text[part.clone()].contains(':').then(|| text[part.clone()].split_once(": ")).flatten();
    let unlabelled = label.map_or(part.start, |(label, _)| part.start + label.len() + 2);
    let part = trim_span(text, unlabelled..part.end);
    let stop = text[part.clone()].ends_with('.') && !follows_abbreviation(&text[part.start..part.end - 1]);
    part.start..part.end - usize::from(stop)
}

/// The countries that prose lists as taking part, in order, from the body sentences in scope,
/// each with the sentence that lists it; never from inside a quotation.
pub fn prose_participants(doc: &Doc, scope: &Scope) -> Vec<(CountryCode, Range<usize>)> {
    let lead = doc.sentences.iter().find(|s| s.is_body()).map(|s| s.block);
    // Paragraphs that name an operation: police who acted in one acted in it ("Operation X ran
    // from ... . Officers from A, B and C checked buses").
    // So do paragraphs that speak of "the operation" ("The operation ... involved agencies from
    // five countries. These countries include A and B").
    let naming: Vec<usize> = doc
        .sentences
        .iter()
        .filter(|s| !s.operations.is_empty() || s.lower().starts_with("the operation "))
        .map(|s| s.block)
        .collect();
    let mut listed: Vec<(CountryCode, Range<usize>)> = Vec::new();
    let headline = doc.sentences.iter().take_while(|s| !s.is_body()).flat_map(|s| headline_subjects(doc.text, s));
    for (code, span) in headline {
        if !listed.iter().any(|(known, _)| *known == code) {
            listed.push((code, span));
        }
    }
    for &i in &scope.sentences {
        let sentence = &doc.sentences[i];
        let telling_who_acted = Some(sentence.block) == lead || naming.contains(&sentence.block);
        let partners = telling_who_acted.then(|| forces_joined_with(doc.text, sentence)).into_iter().flatten();
        for code in listed_in(doc.text, sentence, telling_who_acted).into_iter().chain(partners) {
            if !listed.iter().any(|(known, _)| *known == code) {
                listed.push((code, sentence.span.clone()));
            }
        }
    }
    listed
}

/// The countries of forces that joined forces with each other: "Chilean customs officers
/// joined forces with the Peruvian Police for the raids" tells that Chile and Peru took part.
/// The first is the sentence's subject; the second a force named by its country right after
/// "with".
fn forces_joined_with(text: &str, sentence: &Sentence) -> Vec<CountryCode> {
    static JOINED_WITH: LazyLock<Regex> =
        LazyLock::new(|| any_of(&["joined forces with ", "teamed up with ", "joined hands with "]));
    let lower = sentence.lower();
    let Some(cue) = JOINED_WITH.find(lower) else { return Vec::new() };
    let partner = sentence.countries.iter().find(|country| {
        let at = country.span.start - sentence.span.start;
        let after_the_cue = lower.get(cue.end()..at).is_some_and(|between| matches!(between, "" | "the "));
        after_the_cue && FORCE_AFTER_ITS_COUNTRY.is_match(&text[country.span.end..sentence.span.end])
    });
    let subject = sentence.countries.first().filter(|first| {
        let opening = text[sentence.span.start..first.span.start].trim();
        (opening.is_empty() || opening.eq_ignore_ascii_case("the"))
            && first.span.start - sentence.span.start < cue.start()
    });
    match (subject, partner) {
        (Some(subject), Some(partner)) => distinct_codes([subject, partner]),
        (None, Some(partner)) => vec![partner.code],
        _ => Vec::new(),
    }
}

/// The countries a headline opens with as who acted: "UK, France and Germany target network".
fn headline_subjects(text: &str, sentence: &Sentence) -> Vec<(CountryCode, Range<usize>)> {
    let Some(first) = sentence.countries.first().filter(|c| c.span.start == sentence.span.start) else {
        return Vec::new();
    };
    let list = list_at(text, first.span.start, &sentence.countries);
    let acted = list.last().is_some_and(|last| HEADLINE_ACTED.is_match(&text[last.span.end..sentence.span.end]));
    if list.len() < MIN_LISTED || list.iter().any(|m| m.demonym) || !acted {
        return Vec::new();
    }
    list.iter().map(|m| (m.code, sentence.span.clone())).collect()
}

/// Verbs a headline's countries act with, or a dash and what they did together: "Chile, Peru
/// and Bolivia – joint takedown of a network".
static HEADLINE_ACTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^\s+(?:target|bust|dismantle|raid|arrest|smash|break up|take down|crack down|join forces|team up)s?(?-u:\b)",
        r"|^\s+[–—-]\s+(?:coordinated|joint)\s+(?:takedown|action|operation|raids?|crackdown)(?-u:\b)",
    ))
    .expect("valid regex")
});

/// The participants one sentence lists after a cue, or as its subject before one. A subject
/// list of police that acted counts in the release's first paragraph or in a paragraph that
/// names the operation (`telling_who_acted`), where it tells who carried the operation out.
fn listed_in(text: &str, sentence: &Sentence, telling_who_acted: bool) -> Vec<CountryCode> {
    let agencies = agency_countries(text, sentence);
    if !agencies.is_empty() {
        return agencies;
    }
    if let Some(counted) = counted_by_country(text, sentence).or_else(|| shares_by_country(text, sentence)) {
        return counted;
    }
    // Asked only of a sentence with a list of countries, and then once.
    let about = std::cell::OnceCell::new();
    // "a series of actions carried out in A and B", "parallel actions took place in".
    let about_the_operation = || {
        *about.get_or_init(|| {
            let lower = sentence.lower();
            !sentence.operations.is_empty() || tells_of_an_action(lower) || lower.contains("actions")
        })
    };
    if let Some(counted) = counted_in_full(text, sentence).filter(|_| telling_who_acted || about_the_operation()) {
        return counted;
    }
    if let Some(subjects) = demonym_subjects(text, sentence) {
        return subjects;
    }
    let mut led: Vec<CountryCode> = Vec::new();
    // Where the list of the countries that led ends, once one is read.
    let mut leaders_end: Option<usize> = None;
    // Where a list of others begins after one read ([`OTHERS_FOLLOW`]).
    let mut others_at: Option<usize> = None;
    for (i, mention) in sentence.countries.iter().enumerate() {
        let before = &text[sentence.span.start..mention.span.start];
        // A country inside a list already tried starts no list of its own.
        let inside_a_list =
            i > 0 && list_at(text, sentence.countries[i - 1].span.start, &sentence.countries[i - 1..i + 1]).len() == 2;
        // "led by the Romanian National Police": a country leads by its force.
        let led_by_its_force = mention.demonym
            && LED_BY.is_match(last_bytes(before, CUE_BYTES))
            && PEOPLE_AFTER.is_match(&text[mention.span.end..sentence.span.end]);
        // Others may be listed after it: "led by the Ruritanian Police, involved authorities
        // from A, B and C".
        if led_by_its_force {
            led.push(mention.code);
            continue;
        }
        // "a two-day Ruritanian field operation": the country whose operation it was.
        if mention.demonym
            && about_the_operation()
            && ITS_OPERATION_AFTER.is_match(&text[mention.span.end..sentence.span.end])
        {
            led.push(mention.code);
            continue;
        }
        if inside_a_list || inside_quotation(before) || no_part_taken(&sentence.lower()[..before.len()]) {
            continue;
        }
        let list = list_at(text, mention.span.start, &sentence.countries[i..]);
        let list_end = list.last().map_or(mention.span.end, |m| m.span.end);
        // "supported the Ruritanian and Carpanian authorities": countries by their forces.
        let their_forces = mention.demonym
            && list.iter().all(|m| m.demonym)
            && PEOPLE_AFTER.is_match(&text[list_end..sentence.span.end]);
        if mention.demonym && !their_forces {
            continue;
        }
        let after = without_aside(&text[list_end..sentence.span.end]);
        let tail = last_bytes(before, CUE_BYTES);
        // One country may lead: "led by Spain", "coordinated by Spain", "the Agency together
        // with Spain led".
        let leading = LED_BY.is_match(tail)
            || COORDINATED_BY.is_match(tail)
            || TOGETHER_WITH.is_match(tail) && LED.is_match(after)
            || leaders_end.is_some_and(|end| ALONGSIDE_THE_LEAD.is_match(&text[end..mention.span.start]));
        if leading && !list.is_empty() && !list.iter().any(|m| m.demonym) {
            // "Led by Austria, police in A, B and C all raided ...": the others follow.
            led.extend(list.iter().map(|m| m.code));
            leaders_end = Some(list_end);
            continue;
        }
        // "agencies in 43 countries, including Ireland": one of the counted, named alone.
        if let [one] = list.as_slice()
            && about_the_operation()
            && ONE_OF_THE_COUNTED
                .captures(tail)
                .is_some_and(|count| !PEOPLE_FROM_COUNTRIES.is_match(&tail[..count.get(1).map_or(0, |c| c.end() + 1)]))
        {
            led.push(one.code);
            return led;
        }
        // "conducted an operation together with Ruritanian authorities": forces it acted with,
        // one country's too.
        if their_forces && TOGETHER_WITH.is_match(tail) {
            led.extend(list.iter().map(|m| m.code));
            return led;
        }
        // "Ruritania took part in the operation", "Ruritania's police and customs took part":
        // one country, said to take part as the sentence's subject.
        let one_took_part = || {
            let [one] = list.as_slice() else { return false };
            let after = &text[one.span.end..sentence.span.end];
            // The people keep the space before them, as [`PEOPLE_AFTER`] reads them.
            let its_people = ["'s", "’s"].iter().find_map(|owner| after.strip_prefix(owner)).and_then(|people| {
                let verb = [" took part", " participated"].iter().filter_map(|verb| people.find(verb)).min()?;
                let between = &people[..verb];
                (PEOPLE_AFTER.is_match(between) && between.len() <= OWN_PEOPLE_BYTES && !between.contains('.'))
                    .then(|| &people[verb..])
            });
            !one.demonym && SUBJECT_LEAD.is_match(before) && TOOK_PART.is_match(its_people.unwrap_or(after))
        };
        // "A UN-funded operation in Ruritania has led to ...": the one country the lead
        // says the action ran in.
        let one_ran_it_there = || {
            let [one] = list.as_slice() else { return false };
            static ONE_OPERATION_IN: LazyLock<Regex> = LazyLock::new(|| {
                Regex::new(r"(?i)^(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:operation|crackdown)\s+in\s+$")
                    .expect("valid regex")
            });
            telling_who_acted && !one.demonym && ONE_OPERATION_IN.is_match(before)
        };
        if one_took_part() || one_ran_it_there() {
            led.push(list[0].code);
            return led;
        }
        if list.len() < MIN_LISTED || (list.iter().any(|m| m.demonym) && !their_forces) {
            continue;
        }
        // In a sentence about the operation any cue of places does: asking whether one is
        // there costs less than finding its groups, which the rest need ("simultaneously").
        let places_cued = || {
            if about_the_operation() {
                PLACES_CUE.is_match(tail)
            } else {
                PLACES_CUE.captures(tail).is_some_and(|p| p.name("together").is_some() || p.name("across").is_some())
            }
        };
        let cued = PARTICIPANTS_CUE.is_match(tail)
            || places_cued()
            || about_the_operation() && PEOPLE_FROM.is_match(tail)
            || ARRESTS_MADE_IN.is_match(tail) && arrested(sentence.text(text))
            || INVESTIGATED_TOGETHER_IN.is_match(tail)
            || COUNTED_THEN_COLON.is_match(tail)
            || telling_who_acted && (ARRESTED_IN.is_match(tail) || RAIDED_OR_ARRESTED_IN.is_match(tail));
        // The cheap test of the words after the list first: most lists are no subject.
        let took_part = TOOK_PART.is_match(after);
        let acted = !took_part && (telling_who_acted || about_the_operation()) && ACTED.is_match(after);
        let subject = took_part && SUBJECT_LEAD.is_match(before)
            || acted && (PEOPLE_LEAD.is_match(before) || MEMBER_STATES_LEAD.is_match(before));
        if cued || subject || others_at == Some(mention.span.start) {
            led.extend(list.iter().map(|m| m.code));
            match OTHERS_FOLLOW.find(&text[list_end..sentence.span.end]) {
                Some(others) => others_at = Some(list_end + others.end()),
                None => return led,
            }
        }
        // Every list before a German "beteiligt" took part: read on for the next.
        if GERMAN_TOOK_PART.is_match(after) && GERMAN_PART_IN.is_match(before) {
            led.extend(list.iter().map(|m| m.code));
        }
    }
    led
}

/// The countries whose authorities a sentence opens with as those that took part: "The
/// Latvian, Polish and Ukrainian authorities participated in this operation."
fn demonym_subjects(text: &str, sentence: &Sentence) -> Option<Vec<CountryCode>> {
    let first = sentence.countries.first().filter(|first| first.demonym)?;
    let opening = text[sentence.span.start..first.span.start].trim();
    if !(opening.is_empty() || opening.eq_ignore_ascii_case("the")) {
        return None;
    }
    let list = list_at(text, first.span.start, &sentence.countries);
    let after = &text[list.last()?.span.end..sentence.span.end];
    let people = PEOPLE_AFTER.find(after)?;
    let took_part = TOOK_PART.is_match(&after[people.end()..]);
    (list.len() >= MIN_LISTED && list.iter().all(|m| m.demonym) && took_part)
        .then(|| list.iter().map(|m| m.code).collect())
}

/// The countries a result is broken down by in brackets, each with its number: "100 people
/// were arrested (Norway 3; Chile 12; Peru 20)". Each country's police made its share, so
/// took part.
fn counted_by_country(text: &str, sentence: &Sentence) -> Option<Vec<CountryCode>> {
    let said = sentence.text(text);
    let open = sentence.span.start + said.find('(')?;
    let close = open + text[open..sentence.span.end].find(')')?;
    let inside: Vec<&CountryMention> =
        sentence.countries.iter().filter(|c| open < c.span.start && c.span.end < close && !c.demonym).collect();
    // Each country right after the bracket or a separator, and its number right after it.
    let each_counted = inside.iter().all(|c| {
        let before = text[open + 1..c.span.start].trim_end();
        let after = text[c.span.end..close].trim_start();
        (before.is_empty() || before.ends_with([';', ','])) && after.starts_with(|ch: char| ch.is_ascii_digit())
    });
    (inside.len() >= MIN_LISTED && each_counted).then(|| distinct_codes(inside))
}

/// Whether the words before a country or an agency (in ASCII lower case) say its people took
/// no part: someone pretended to be its officials ("callers posing as tax officers of
/// Ruritania"), or it only passed on what it knew ("acting on a tip off from the FBI").
fn no_part_taken(before: &str) -> bool {
    const IMPERSONATED: [&str; 4] = ["posed as ", "posing as ", "pretending to be ", "impersonat"];
    const INFORMED_BY: [&str; 6] =
        ["tip off from", "tip-off from", "tipoff from", "tip from", "tipped off by", "referral from"];
    let near = last_bytes(before, INFORMED_REACH_BYTES);
    IMPERSONATED.iter().any(|words| before.contains(words)) || INFORMED_BY.iter().any(|words| near.contains(words))
}

/// How far before an agency the words that say it informed are looked for: "a tip off from
/// the Ruritanian Ministry of".
const INFORMED_REACH_BYTES: usize = 60;

/// The countries a result is shared out to, each after its number and "in": "23 arrested (19
/// in Peru and 4 in Chile)", "Eight were arrested, five in Bolivia and three in Ecuador". As in
/// brackets by name, each country's police made its share.
pub(super) fn shares_by_country(text: &str, sentence: &Sentence) -> Option<Vec<CountryCode>> {
    let shared = |country: &CountryMention| {
        let before = text[sentence.span.start..country.span.start].trim_end();
        let before = before.strip_suffix(" the").unwrap_or(before);
        let Some(before) = before.strip_suffix(" in") else { return false };
        let number_end = sentence.span.start + before.len();
        sentence.numbers.iter().any(|number| number.span.end == number_end)
    };
    let countries = || sentence.countries.iter().filter(|c| !c.demonym);
    (countries().count() >= MIN_LISTED && countries().all(shared)).then(|| distinct_codes(countries()))
}

/// An operation right after a country's people's name: " operation", " field operation", "
/// police action".
static ITS_OPERATION_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s+(?:[a-z-]+\s+){0,2}?(?:operation|action|raids?)(?-u:\b)").expect("valid regex"));

/// Who acts for countries, right after their people's names: " authorities", " police forces".
static PEOPLE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    // "the Spanish Civil Guard", "the Italian Carabinieri": forces by their own names.
    let own_names = FORCES_BY_THEIR_OWN_NAMES.join("|").replace(' ', r"\s+");
    Regex::new(&format!(r"(?i)^\s+(?:{PEOPLE}|{own_names})")).expect("valid regex")
});

/// The countries a sentence names where it counts as many exactly: "undertaken in 12
/// countries ... in Bolivia, Brazil, ... and Venezuela" (twelve named), "from eight countries
/// (Cambodia, ..., Vietnam)", "targeted six countries, four of which ...: A, B, C and D, as
/// well as two coastal countries: E and F". A count that a list fills names who took part;
/// one it does not fill leaves every name in doubt, and a qualified count ("more than 20
/// countries") is filled by no list.
fn counted_in_full(text: &str, sentence: &Sentence) -> Option<Vec<CountryCode>> {
    // Not a year, nor a number of a date or a name ("Operation Mind 2021 involved 9 countries").
    let counts = sentence
        .numbers
        .iter()
        .filter(|n| !n.is_year(text) && !sentence.in_date(&n.span) && !sentence.in_operation_name(&n.span));
    let counted = counts.into_iter().find_map(|number| {
        let counts_countries =
            text[number.span.end..sentence.span.end].split_whitespace().take(COUNTED_WITHIN + 1).any(|word| {
                let word = word.trim_end_matches([',', '.', ';', ':', ')']);
                word.eq_ignore_ascii_case("countries") || word.eq_ignore_ascii_case("nations")
            });
        if !counts_countries || number.qualifier.is_some() {
            return None;
        }
        // "victims from three countries": where people came from, not who took part.
        let before = last_bytes(&text[sentence.span.start..number.span.start], CUE_BYTES).to_ascii_lowercase();
        (!PEOPLE_FROM_COUNTRIES.is_match(&before)).then_some(number.value)
    })?;
    let codes = distinct_codes(sentence.countries.iter().filter(|mention| !mention.demonym));
    let demonyms = sentence.countries.iter().any(|mention| mention.demonym);
    (codes.len() >= MIN_LISTED && codes.len() as u64 == counted && !demonyms).then_some(codes)
}

/// People whose countries a count is of, where they came from: "victims from three
/// countries", "migrants of 12 different countries", "delegates from 7 countries" (at a
/// meeting, which says nothing of who took part in the operation).
static PEOPLE_FROM_COUNTRIES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:victims|migrants|nationals|citizens|people|persons|children|women|men|delegates|attendees)\s+(?:\w+\s+)?(?:from|of)\s+$",
    )
    .expect("valid regex")
});

/// How many words may stand between a count and "countries": "12 countries", "six West
/// African countries".
const COUNTED_WITHIN: usize = 3;

/// The countries of the agencies a sentence lists as those that took part, after a cue ("The
/// agencies included Ruritania's Federal Police and the Carpanian Crime Unit") or as the
/// subject of "took part" ("The Guardia Civil and the Polish Border Guard took part"): a
/// country counts where it names the agency right after it, so that the agency is that
/// country's, or where the agency is one of the [`NATIONAL_AGENCIES`], which one country
/// alone has. Any other agency tells no country.
fn agency_countries(text: &str, sentence: &Sentence) -> Vec<CountryCode> {
    let said = sentence.text(text);
    // Each cue holds one of these words: most sentences are answered without a search.
    static CUE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
        any_of(&[
            "agencies",
            "authorities",
            "forces",
            "involving",
            "alongside",
            "joint ",
            "coordinated ",
            "simultaneous ",
        ])
    });
    static TAKING_PART: LazyLock<Regex> =
        LazyLock::new(|| any_of(&["took part", "participated", "were involved", "worked together"]));
    let may_cue = CUE_WORDS.is_match(sentence.lower());
    let may_take_part = TAKING_PART.is_match(said);
    let cue = may_cue.then(|| AGENCIES_CUE.find(said)).flatten();
    let took_part = (may_cue || may_take_part).then(|| AGENCIES_TOOK_PART.find(said)).flatten();
    // The list, and where its cue stands: a cue inside a quotation is someone's words.
    let (region, cue_at) = match (cue, took_part) {
        (Some(cue), _) => (cue.end()..said.len(), cue.start()),
        (None, Some(took_part)) => (0..took_part.start(), took_part.start()),
        (None, None) => return Vec::new(),
    };
    if inside_quotation(&said[..cue_at]) {
        return Vec::new();
    }
    let start = sentence.span.start;
    let by_their_country = sentence
        .countries
        .iter()
        .filter(|m| region.contains(&(m.span.start - start)))
        .filter(|m| AGENCY_AFTER.is_match(&text[m.span.end..sentence.span.end]))
        .map(|m| (m.span.start - start, m.code.as_str()));
    let listed = &said[region.clone()];
    let named = if names_a_national_agency(listed) { NATIONAL_AGENCIES } else { &[] };
    let known = named
        .iter()
        .filter(|(agency, _)| names_its_country(sentence, agency))
        .filter_map(|(agency, code)| listed.find(agency).map(|at| (region.start + at, *code)));
    let mut found: Vec<(usize, &str)> = by_their_country.chain(known).collect();
    found.sort_unstable();
    let mut codes: Vec<CountryCode> = Vec::new();
    for code in found.into_iter().filter_map(|(_, code)| CountryCode::new(code)) {
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    codes
}

/// Agencies that one country alone has, by their own names: each tells its country.
pub(crate) const NATIONAL_AGENCIES: &[(&str, &str)] = &[
    ("Guardia Civil", "ES"),
    ("Mossos d'Esquadra", "ES"),
    ("Policía Nacional", "ES"),
    ("Carabinieri", "IT"),
    ("Guardia di Finanza", "IT"),
    ("Bundeskriminalamt", "DE"),
    ("Bundespolizei", "DE"),
    ("Koninklijke Marechaussee", "NL"),
    ("Garda Síochána", "IE"),
    ("Gardaí", "IE"),
    ("Federal Bureau of Investigation", "US"),
    ("FBI", "US"),
    ("Homeland Security", "US"),
    ("Immigration and Customs Enforcement", "US"),
    ("National Crime Agency", "GB"),
    ("Royal Canadian Mounted Police", "CA"),
    ("RCMP", "CA"),
    ("Gangmasters and Labour Abuse Authority", "GB"),
    ("GLAA", "GB"),
    ("HMRC", "GB"),
    ("Police Scotland", "GB"),
    ("Hellenic Police", "GR"),
    ("Royal Thai Police", "TH"),
    ("Royal Malaysia Police", "MY"),
    ("Philippine National Police", "PH"),
    ("PNP", "PH"),
    ("South African Police Service", "ZA"),
    ("SAPS", "ZA"),
    ("National Agency for the Prohibition of Trafficking in Persons", "NG"),
    ("NAPTIP", "NG"),
    ("Economic and Organised Crime Office", "GH"),
    ("EOCO", "GH"),
    ("Polícia Federal", "BR"),
    ("Policia Nacional", "ES"),
    ("National Drug Law Enforcement Agency", "NG"),
    ("NDLEA", "NG"),
    ("Directorate for Priority Crime Investigation", "ZA"),
    ("Korean National Police Agency", "KR"),
    ("Dubai Police", "AE"),
    ("Drug Enforcement Commission", "ZM"),
    ("SBGSU", "UA"),
    ("CBSA", "CA"),
    ("Politie", "NL"),
    ("Presidential Anti-Organized Crime Commission", "PH"),
    ("PAOCC", "PH"),
    ("Criminal Investigation and Detection Group", "PH"),
    ("CIDG", "PH"),
    ("Federal Investigation Agency", "PK"),
    ("Instituto Nacional de Migración", "MX"),
    ("DIICOT", "RO"),
    ("NAFDAC", "NG"),
    ("EFCC", "NG"),
    ("Hawks", "ZA"),
    ("Polícia Judiciária", "PT"),
    ("Polizia di Stato", "IT"),
    ("Carabineros", "CL"),
];

/// Whether `text` names any agency of [`NATIONAL_AGENCIES`]: one search, as most sentences
/// name none, before the look for each.
fn names_a_national_agency(text: &str) -> bool {
    static ANY_NATIONAL_AGENCY: LazyLock<Regex> =
        LazyLock::new(|| any_of(NATIONAL_AGENCIES.iter().map(|(agency, _)| agency)));
    ANY_NATIONAL_AGENCY.is_match(text)
}

/// The country of an agency of [`NATIONAL_AGENCIES`] named exactly so.
pub(crate) fn national_agencys_country(name: &str) -> Option<&'static str> {
    NATIONAL_AGENCIES.iter().find(|(agency, _)| *agency == name).map(|(_, code)| *code)
}

/// Whether an agency's name is the last word of a longer name that the words before it begin:
/// "the Atlanta Hawks" is a team, not South Africa's Hawks; "the Office for Homeland
/// Security" is any country's office. A country's name or its people's before it ("the
/// Canadian RCMP", "the UK National Crime Agency"), or a possessive ("Nigeria's NDLEA"), is no
/// such word.
fn ends_a_longer_name(before: &str) -> bool {
    let mut words = before.trim_end_matches(' ').rsplit(' ');
    let word = words.next().unwrap_or_default();
    // "the Office for Homeland Security of Ruritania": a body's name goes on through "for".
    if matches!(word, "of" | "for") && words.next().is_some_and(|word| word.starts_with(char::is_uppercase)) {
        return true;
    }
    let index = CountryIndex::shared();
    let opens_a_name = word.starts_with(char::is_uppercase)
        && !matches!(word, "The" | "A" | "An" | "El" | "La")
        && !word.ends_with("'s")
        && !word.ends_with("’s");
    before.ends_with(' ') && opens_a_name && index.resolve_demonym(word).is_none() && index.resolve(word).is_none()
}

/// Whether a sentence that names an agency of [`NATIONAL_AGENCIES`] tells its country by it.
/// Spain's "Policía Nacional" (or "Policia Nacional") is Spain's in an English sentence; in a
/// Spanish one it may be
/// Colombia's, Peru's or any Spanish-speaking country's, which the text leaves to the reader.
fn names_its_country(sentence: &Sentence, agency: &str) -> bool {
    !agency.starts_with("Polic") || whole_words(sentence.lower(), "the").is_some()
}

/// The one country whose agencies the sentences about the operation name, and the first
/// sentence that does: "The FBI assisted the Tacoma Police Department", "the Ruritania
/// Constabulary Force's unit". Asked only where no participant is named: it tells where a
/// national action took place. Names of two countries' agencies tell nothing, and neither do
/// places within a country (a state, a county, a city), which the text leaves its reader to
/// place.
pub fn one_countrys_agencies(doc: &Doc, scope: &Scope) -> Option<(String, Range<usize>)> {
    let sentences = || scope.sentences.iter().map(|&i| &doc.sentences[i]);
    let known = sentences().flat_map(|sentence| {
        let said = sentence.text(doc.text);
        let named = if names_a_national_agency(said) { NATIONAL_AGENCIES } else { &[] };
        named
            .iter()
            .filter(move |(agency, _)| {
                whole_words(said, agency)
                    .is_some_and(|at| !no_part_taken(&sentence.lower()[..at]) && !ends_a_longer_name(&said[..at]))
                    && names_its_country(sentence, agency)
            })
            .map(move |(_, code)| (*code, sentence))
    });
    // A force named by its country ("the Ruritania Customs Agency", "the Ruritanian Police"),
    // asked where no agency one country alone has is named: those are the surer sign.
    let by_their_country = || {
        sentences().flat_map(|sentence| {
            sentence
                .countries
                .iter()
                .filter(|c| FORCE_AFTER_ITS_COUNTRY.is_match(&doc.text[c.span.end..sentence.span.end]))
                // "callers who posed as agents of the Ruritania Tax Service": a body only pretended to.
                .filter(|c| !no_part_taken(&sentence.lower()[..c.span.start - sentence.span.start]))
                .map(move |c| (c.code.as_str(), sentence))
        })
    };
    let mut known = known.peekable();
    let (code, sentence) = if known.peek().is_some() { one_code(known)? } else { one_code(by_their_country())? };
    Some((code.to_string(), sentence.span.clone()))
}

/// The countries one sentence of the body lists, exactly as many as the release says took
/// part, where it tells of officers at work there: "Border guards from seven Member States
/// ... Officers were deployed along the borders of A, B, C, D, E, F and G". A list of as
/// many countries that people came from or went to is no such list.
pub fn filling_the_count(doc: &Doc, scope: &Scope, count: u32) -> Option<(Vec<CountryCode>, Range<usize>)> {
    static OFFICERS: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!(r"(?i)(?-u:\b)(?:{PEOPLE})(?-u:\b)")).expect("valid regex"));
    static ORIGINS: LazyLock<Regex> = LazyLock::new(|| {
        any_of(&[
            "came from",
            "come from",
            "nationals",
            "nationalit",
            "citizens",
            "origin",
            "bound for",
            "destined",
            "route",
        ])
    });
    scope.sentences.iter().map(|&i| &doc.sentences[i]).filter(|s| s.is_body()).find_map(|sentence| {
        let named: Vec<&CountryMention> = sentence.countries.iter().filter(|c| !c.demonym).collect();
        let first = named.first()?;
        let list = list_at(doc.text, first.span.start, &sentence.countries);
        let whole = list.len() == named.len() && list.iter().all(|c| !c.demonym);
        let codes = distinct_codes(list);
        let at_work = OFFICERS.is_match(sentence.text(doc.text)) && !ORIGINS.is_match(sentence.lower());
        (whole && at_work && codes.len() == count as usize).then(|| (codes, sentence.span.clone()))
    })
}

/// The first of `found`, where all are of one country.
fn one_code<'d>(mut found: impl Iterator<Item = (&'d str, &'d Sentence)>) -> Option<(&'d str, &'d Sentence)> {
    let first = found.next()?;
    found.all(|(code, _)| code == first.0).then_some(first)
}

/// Words right after a list of agencies that is the sentence's subject.
static AGENCIES_TOOK_PART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s(?:also\s+)?(?:took part|participated|were involved|joined forces|worked together)(?-u:\b)")
        .expect("valid regex")
});

/// Words that open a list of the agencies that took part.
static AGENCIES_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:(?:agencies|authorities|forces) (?:that took part |involved )?(?:included|including|were)|involving|worked alongside(?: officers from)?|(?:joint|coordinated|simultaneous) (?:operations?|actions?|raids|strikes?) (?:by|of|between)(?: the)?)\s+",
    )
    .expect("valid regex")
});

/// An agency's name right after its country: "'s Federal Police", " Mounted Police", " National
/// Crime Agency".
static AGENCY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:['’]s)?\s+(?:\p{Lu}[\p{L}-]*\s+){0,4}?",
        r"(?:Police|Agency|Bureau|Department|Guard|Service|Ministry|Gendarmerie|Customs|Office|Unit|Directorate|Force)(?-u:\b)"
    ))
    .expect("valid regex")
});

/// A list of participants under its heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParticipantList {
    /// The heading and the list: the passage a reader is shown as the list's source.
    pub passage: Range<usize>,
    /// The list alone.
    pub items: Range<usize>,
}

/// The list after the first "Participating countries" heading.
pub fn participant_list(text: &str) -> Option<ParticipantList> {
    let heading = HEADING_ASCII.find(text)?;
    // "participants ... the following" is read again with Unicode's boundaries.
    let heading = if heading.as_str()[1..].starts_with("articipants") { HEADING.find(text)? } else { heading };
    // Every heading ends with the list's first letter: found by the match alone, which costs
    // a fraction of a search for a capture group.
    let first_letter = heading.end() - heading.as_str().chars().next_back()?.len_utf8();
    let bulleted = text[..first_letter].trim_end_matches([' ', '\t']).ends_with(BULLETS);
    let mut end = if bulleted { bullets_end(text, first_letter) } else { list_end(text, first_letter) };
    // "EU Member States: Austria, Belgium.\n\nNon-EU countries: Benin, Brazil.": a list in
    // labelled parts, a paragraph each.
    while let Some(next) = labelled_part_at(text, end) {
        end = list_end(text, next);
    }
    let items = first_letter..end;
    Some(ParticipantList { passage: heading.start()..items.end, items })
}

/// Words before a list of who took part that may list anything: "Participants: ..." as a
/// heading, "Taking part were ...".
static OPEN_LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|\n)[ \t]*Participants:[ \t]*(\p{Lu})|(?-u:\b)Taking part (?:were|was)[ \t]+(?:the[ \t]+)?(\p{Lu})",
    )
    .expect("valid regex")
});

/// The list after [`OPEN_LIST`]'s words, taken only where every item is a country, as such a
/// list may name anyone ("Participants: officers of the border police").
pub fn open_list(text: &str, index: &CountryIndex) -> Option<ParticipantList> {
    let caps = OPEN_LIST.captures(text)?;
    let (opening, first) = (caps.get(0)?.start(), caps.get(1).or(caps.get(2))?.start());
    let items = first..list_end(text, first);
    all_countries(text, items.clone(), index).then_some(ParticipantList { passage: opening..items.end, items })
}

/// Fewest countries a line of names alone lists for it to be read as who took part.
const MIN_ON_A_BARE_LINE: usize = 3;

/// The marks that may stand around a line of names alone: "– Latvia, Estonia, Lithuania –".
const AROUND_A_BARE_LINE: &[char] = &['–', '—', '-', '.', ' ', '\t', '\r', '\n'];

/// A line of countries and nothing else, set apart from the prose ("– Latvia, Estonia and
/// Lithuania –", "AL, BA, BG, UK, Europol, Frontex"): a page that lost the list's heading
/// keeps the list. Taken only where each item is a country or a body and at least
/// [`MIN_ON_A_BARE_LINE`] are countries, and where the line before it ends with no colon
/// (a heading such as "Nationalities of the victims:" says whose countries they are).
pub fn bare_list(text: &str, index: &CountryIndex) -> Option<ParticipantList> {
    let mut line_start = 0;
    let mut previous = "";
    for line in text.split_inclusive('\n') {
        let at = line_start;
        line_start += line.len();
        let inner = line.trim_matches(AROUND_A_BARE_LINE);
        if inner.is_empty() {
            continue;
        }
        let after_a_label = previous.ends_with(':');
        previous = inner;
        if at == 0 || after_a_label || !inner.contains(',') {
            continue;
        }
        let first = at + (line.len() - line.trim_start_matches(AROUND_A_BARE_LINE).len());
        let items = first..first + inner.len();
        let listed = listed_participants(text, Some(items.clone()), index);
        if listed.len() >= MIN_ON_A_BARE_LINE && listed.iter().all(|participant| participant.code.is_some()) {
            return Some(ParticipantList { passage: items.clone(), items });
        }
    }
    None
}

/// Whether a list holds at least [`MIN_LISTED`] items and each is a country.
fn all_countries(text: &str, items: Range<usize>, index: &CountryIndex) -> bool {
    let listed = listed_participants(text, Some(items), index);
    listed.len() >= MIN_LISTED && listed.iter().all(|participant| participant.code.is_some())
}

/// A count of countries marked for a note: "inspectors of nine countries [2]", "nine states*".
static NOTE_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:countries|[Ss]tates|nations)[ \t]*(\(\d{1,2}\)|\[\d{1,2}\]|\*{1,3})").expect("valid regex")
});

/// The list a note gives of the countries a sentence counts: "... of nine countries [2] ..."
/// and, at the foot of the text, the line "[2] Malta, Cyprus and Greece." Taken only
/// where each of at least [`MIN_LISTED`] items is a country, for a note may say anything
/// else ("(1) Source: annual report").
pub fn noted_list(text: &str, index: &CountryIndex) -> Option<ParticipantList> {
    let mark = NOTE_MARK.captures(text)?.get(1)?;
    let mut line_start = mark.end();
    for line in text[mark.end()..].split_inclusive('\n') {
        let at = line_start;
        line_start += line.len();
        let Some(note) = line.trim_start().strip_prefix(mark.as_str()) else { continue };
        let said = note.trim_start();
        if at == mark.end() || !said.starts_with(char::is_uppercase) {
            continue;
        }
        let first = line_start - line.len() + (line.len() - said.len());
        let items = first..list_end(text, first);
        return all_countries(text, items.clone(), index).then_some(ParticipantList { passage: at..items.end, items });
    }
    None
}

/// Words one of which a label of a part of a participants' list holds ("Non-EU countries:").
const PART_LABEL_WORDS: &[&str] = &["countries", "states", "nations", "territories", "participants", "observers"];

/// Most words in the label of a part of a participants' list.
const PART_LABEL_MAX_WORDS: usize = 4;

/// Where the next part of a participants' list starts, if the paragraph after `end` (after
/// the list's full stop and blank lines) is one: a short label that names countries, a
/// colon, a capital ("Non-EU countries: Benin, ...").
fn labelled_part_at(text: &str, end: usize) -> Option<usize> {
    let rest = text[end..].trim_start_matches('.');
    let start = text.len() - rest.trim_start().len();
    let (label, after) = text[start..].split_once(':')?;
    let words: Vec<&str> = label.split_whitespace().collect();
    let labelled = (1..=PART_LABEL_MAX_WORDS).contains(&words.len())
        && !label.contains('\n')
        && words.iter().any(|word| PART_LABEL_WORDS.iter().any(|listed| word.eq_ignore_ascii_case(listed)));
    let first = after.trim_start_matches([' ', '\t']);
    (start > end && labelled && first.starts_with(char::is_uppercase)).then(|| text.len() - first.len())
}

/// Where the list stops: a full stop that ends a sentence (not one inside brackets or after
/// an abbreviation), a blank line, or the end of the text.
fn list_end(text: &str, from: usize) -> usize {
    let mut depth = 0usize;
    let mut previous_newline = false;
    for (i, c) in text[from..].char_indices() {
        let at = from + i;
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            '.' if depth == 0 && !follows_abbreviation(&text[from..at]) => return at,
            '\n' if previous_newline => return at,
            _ => {}
        }
        if c == '\n' {
            previous_newline = true;
        } else if !c.is_whitespace() {
            previous_newline = false;
        }
    }
    text.len()
}

/// The marks a list written one item a line may start its lines with.
pub(crate) const BULLETS: [char; 4] = ['-', '•', '*', '–'];

/// Where a list written one item a line ("- Ghana") stops: at the first line that is not
/// one of its items, or where [`list_end`] says.
fn bullets_end(text: &str, from: usize) -> usize {
    let mut end = from;
    for line in text[from..].split_inclusive('\n') {
        let is_item = end == from || line.trim_start().starts_with(BULLETS);
        if !is_item {
            break;
        }
        end += line.len();
    }
    list_end(text, from).min(end)
}

fn follows_abbreviation(before: &str) -> bool {
    let word = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    ABBREVIATIONS.contains(&word)
}

/// One item as one country, or as two joined by "and" ("Venezuela and Vietnam"), but never
/// split inside a name ("Bosnia and Herzegovina" resolves whole, so it stays whole): the
/// participant, and the second where the item names two. Names are folded into `folded`.
fn resolve_item(
    text: &str,
    item: Range<usize>,
    index: &CountryIndex,
    folded: &mut String,
) -> (Participant, Option<Participant>) {
    let mut participant = |range: Range<usize>| {
        fold_words_into(&text[range.clone()], folded);
        let code =
            index.resolve_folded(folded).and_then(CountryCode::new).or_else(|| code_of(&text[range.clone()], index));
        Participant { code, span: range }
    };
    // "Chile, Peru, and Ecuador": the last item after a serial comma opens with its "and".
    let serial_and = ["and ", "And ", "& "].iter().find(|and| text[item.clone()].starts_with(**and));
    let item = trim_span(text, item.start + serial_and.map_or(0, |and| and.len())..item.end);
    let whole = participant(item.clone());
    if whole.code.is_some() {
        return (whole, None);
    }
    let slice = &text[item.clone()];
    for (at, joiner) in joiners(slice) {
        let left = trim_span(text, item.start..item.start + at);
        let right = trim_span(text, item.start + at + joiner.len()..item.end);
        let (left, right) = (participant(left), participant(right));
        if left.code.is_some() && right.code.is_some() {
            return (left, Some(right));
        }
    }
    (whole, None)
}

/// The country an item gives by its two-letter code ("AL, BA, UK"): the code itself, or the
/// EU's own "UK" and "EL" for the United Kingdom and Greece.
fn code_of(item: &str, index: &CountryIndex) -> Option<CountryCode> {
    if item.len() != 2 || !item.bytes().all(|byte| byte.is_ascii_uppercase()) {
        return None;
    }
    let code = match item {
        "UK" => "GB",
        "EL" => "GR",
        code => code,
    };
    index.describe(code).and_then(|_| CountryCode::new(code))
}

/// Byte offsets of " and " (any case) and " & " in an item.
fn joiners(slice: &str) -> Vec<(usize, &'static str)> {
    let lower = slice.to_ascii_lowercase();
    let ands = lower.match_indices(" and ").map(|(i, _)| (i, " and "));
    let ampersands = lower.match_indices(" & ").map(|(i, _)| (i, " & "));
    ands.chain(ampersands).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(text: &str) -> Vec<Option<String>> {
        listed_participants(text, participant_list(text).map(|list| list.items), &CountryIndex::new())
            .into_iter()
            .map(|p| p.code.map(|code| code.to_string()))
            .collect()
    }

    fn some(codes: &[&str]) -> Vec<Option<String>> {
        codes.iter().map(|c| Some(c.to_string())).collect()
    }

    #[test]
    fn reads_headings_in_other_words() {
        assert_eq!(codes("Countries involved: Chile, Peru and Ecuador."), some(&["CL", "PE", "EC"]));
        assert_eq!(codes("The following countries took part: Ghana, Togo.\n"), some(&["GH", "TG"]));
        assert_eq!(codes("Participating nations\nAustria, Hungary"), some(&["AT", "HU"]));
        assert!(codes("Countries involved in smuggling routes include many.").is_empty());
    }

    #[test]
    fn reads_a_glued_heading_and_a_final_and() {
        let text = "more.Participating countriesAntigua & Barbuda, Bosnia and Herzegovina, Venezuela and Vietnam.Operation X was funded.";
        assert_eq!(codes(text), some(&["AG", "BA", "VE", "VN"]));
    }

    #[test]
    fn reads_a_last_item_after_a_serial_comma() {
        assert_eq!(codes("Countries involved: Chile, Peru, and Ecuador."), some(&["CL", "PE", "EC"]));
        assert_eq!(codes("Countries involved: Chile, Peru, and Bosnia and Herzegovina."), some(&["CL", "PE", "BA"]));
        assert_eq!(codes("Countries involved: Chile, Peru, & Trinidad and Tobago."), some(&["CL", "PE", "TT"]));
    }

    #[test]
    fn keeps_full_stops_inside_brackets_and_abbreviations() {
        let text = "Participating countries and territories:\n\nCongo (Democratic Rep.), St. Lucia, Trinidad And Tobago, Bermuda (UK).";
        assert_eq!(codes(text), some(&["CD", "LC", "TT", "BM"]));
    }

    #[test]
    fn reads_a_heading_that_names_the_operation_and_a_list_one_country_a_line() {
        let text =
            "The following countries participated in Operation Kestrel:\n- Ghana\n- Korea (Rep. of)\n- Togo\n\nMore.";
        assert_eq!(codes(text), some(&["GH", "KR", "TG"]));
        let text =
            "The following EU Member States participated in Operation Kestrel: Malta, Spain and the Netherlands.";
        assert_eq!(codes(text), some(&["MT", "ES", "NL"]));
    }

    #[test]
    fn a_headline_that_opens_with_countries_that_acted_names_participants() {
        let subjects = |text: &str| -> Vec<String> {
            headline_subjects(text, &Sentence::of(text)).into_iter().map(|(code, _)| code.to_string()).collect()
        };
        assert_eq!(subjects("Chile, Peru and Bolivia target smuggling network"), ["CL", "PE", "BO"]);
        assert!(subjects("Chile, Peru and Bolivia: migrants on the move").is_empty());
        assert_eq!(subjects("Chile, Peru and Bolivia – joint takedown of a smuggling ring"), ["CL", "PE", "BO"]);
        assert!(subjects("Chile, Peru and Bolivia – a route for migrants").is_empty());
        assert!(subjects("Network from Chile and Peru targeted").is_empty());
    }

    #[test]
    fn reads_a_heading_that_says_which_countries_took_part() {
        let text = "The countries that participated in the checks were:\n\nChile, Peru, Ecuador.\n\nMore.";
        assert_eq!(codes(text), some(&["CL", "PE", "EC"]));
    }

    #[test]
    fn reads_a_list_of_participants_that_holds_agencies_as_its_countries() {
        let text = "Checks were run with the other participants, namely the following:\n- Austria\n- Bosnia and \
                    Herzegovina\n- EUROPOL\n- Border Police\n- Slovakia\nSuch checks are run each year.";
        assert_eq!(codes(text), some(&["AT", "BA", "SK"]));
    }

    #[test]
    fn a_word_boundary_beside_participants_is_unicodes() {
        // "participantsé" runs on in a letter outside ASCII: no word ends after "participants",
        // though an ASCII boundary stands there.
        let text = "Checks were run with the participantsé, namely the following:\n- Austria\n- Slovakia";
        assert_eq!(participant_list(text), None);
        let text = "Checks were run with the participants, namely the following:\n- Austria\n- Slovakia";
        assert!(participant_list(text).is_some());
    }

    #[test]
    fn reads_a_list_in_labelled_parts() {
        let text = "Participating countries\n\nEU Member States: Estonia, Latvia.\n\nNon-EU countries: Chile, Peru.\n\n\
                    Note: Ghana observed.";
        assert_eq!(codes(text), some(&["EE", "LV", "CL", "PE"]));
        let text = "The following EU Member States participated: Malta, Ireland and Finland. Non-EU observers: Norway \
                    and Iceland.";
        assert_eq!(codes(text), some(&["MT", "IE", "FI", "NO", "IS"]));
    }

    #[test]
    fn reads_the_note_that_lists_the_countries_a_sentence_counts() {
        let noted = |text: &str| {
            let list = noted_list(text, &CountryIndex::new());
            list.map(|list| listed_participants(text, Some(list.items), &CountryIndex::new()).len())
        };
        let text = "Inspectors of nine countries [2] visited 80 farms in May.\n\n[1] See the agency's site.\n\
                    [2] Malta, Cyprus, Greece, Croatia, Slovenia, Austria, Czechia, Estonia and Norway.";
        assert_eq!(noted(text), Some(9));
        // A note that lists anything but countries is no list of participants.
        let text = "Inspectors of nine countries (1) visited 80 farms in May.\n\n(1) Figures from the labour agency, the ministry and two unions.";
        assert_eq!(noted(text), None);
    }

    #[test]
    fn reads_an_open_list_only_where_each_item_is_a_country() {
        let open = |text: &str| open_list(text, &CountryIndex::new()).map(|list| text[list.items].to_string());
        assert_eq!(open("Raids in May.\nParticipants: Malta, Peru and Chad").as_deref(), Some("Malta, Peru and Chad"));
        assert_eq!(open("Taking part were Malta, Peru and Chad.").as_deref(), Some("Malta, Peru and Chad"));
        assert_eq!(open("Raids in May.\nParticipants: border police of Malta and Peru"), None);
    }

    #[test]
    fn reads_a_line_of_countries_alone_unless_a_label_says_whose_they_are() {
        let bare = |text: &str| bare_list(text, &CountryIndex::new()).map(|list| text[list.items].to_string());
        let text = "Raids in May.\n\n– Latvia, Estonia and Lithuania –\n\nThe platform meets yearly.";
        assert_eq!(bare(text).as_deref(), Some("Latvia, Estonia and Lithuania"));
        let text = "Checks in May.\n\nAL, BA, UK, EL, Europol, Frontex\n";
        assert_eq!(bare(text).as_deref(), Some("AL, BA, UK, EL, Europol, Frontex"));
        let codes: Vec<String> = listed_participants(
            text,
            bare_list(text, &CountryIndex::new()).map(|list| list.items),
            &CountryIndex::new(),
        )
        .into_iter()
        .filter_map(|participant| participant.code.map(|code| code.to_string()))
        .collect();
        assert_eq!(codes, ["AL", "BA", "GB", "GR"]);
        assert_eq!(bare("Raids in May.\n\nVictims' nationalities:\nNigeria, Ghana, Togo"), None);
        assert_eq!(bare("Raids in May.\n\nLatvia and Estonia, both members"), None);
        assert_eq!(bare("Raids in May.\n\nLatvia, Estonia"), None);
    }

    #[test]
    fn stops_at_a_blank_line() {
        let text = "Participating countries: Spain, Portugal\n\nFunding came from Norway.";
        assert_eq!(codes(text), some(&["ES", "PT"]));
    }

    #[test]
    fn keeps_an_unknown_name_unresolved_with_its_place() {
        let text = "Participating countries: Spain, Atlantis.";
        let found = listed_participants(text, participant_list(text).map(|list| list.items), &CountryIndex::new());
        assert_eq!(found[1].code, None);
        assert_eq!(found[1].name(text), "Atlantis");
    }

    #[test]
    fn one_countrys_agencies_tell_where_a_national_action_took_place() {
        let agencies = |text: &str| {
            let doc = Doc::new(text, CountryIndex::shared(), crate::annotate::dates::NumericOrder::DayFirst);
            let scope = Scope { blocks: Vec::new(), sentences: (0..doc.sentences.len()).collect() };
            one_countrys_agencies(&doc, &scope).map(|(code, _)| code)
        };
        let text = "Police rescued 26 women. The FBI and Homeland Security assisted the city police.";
        assert_eq!(agencies(text).as_deref(), Some("US"));
        let text = "The National Crime Agency stopped a lorry on the M25.";
        assert_eq!(agencies(text).as_deref(), Some("GB"));
        let text = "The SAPS task team freed 40 workers in a raid on a farm.";
        assert_eq!(agencies(text).as_deref(), Some("ZA"));
        let text = "NAPTIP says it rescued 31 victims in three states.";
        assert_eq!(agencies(text).as_deref(), Some("NG"));
        // Two countries' agencies, or none, tell nothing.
        assert_eq!(agencies("The FBI and the RCMP arrested 12 people."), None);
        assert_eq!(agencies("The county police arrested 12 people in Utah."), None);
        // An agency that only passed on a tip took no part.
        assert_eq!(agencies("Acting on a tip-off from the FBI, town police seized 4 guns."), None);
        assert_eq!(agencies("Acting on a tipoff from the Spanish National Police, town police seized 4 guns."), None);
        // Spain's force by its Spanish name in English; in Spanish, any such country's.
        assert_eq!(agencies("The Policía Nacional arrested 12 people in Madrid.").as_deref(), Some("ES"));
        assert_eq!(agencies("La Policía Nacional detuvo a 12 personas en Cali."), None);
        assert_eq!(agencies("The Policia Nacional arrested 12 people in Madrid.").as_deref(), Some("ES"));
        assert_eq!(agencies("La Policia Nacional detuvo a 12 personas en Cali."), None);
        let text = "NDLEA operatives seized 20 kilograms of cannabis at the port.";
        assert_eq!(agencies(text).as_deref(), Some("NG"));
        assert_eq!(agencies("Dubai Police arrested 12 people.").as_deref(), Some("AE"));
        assert_eq!(agencies("The Drug Enforcement Commission held 9 people.").as_deref(), Some("ZM"));
        assert_eq!(agencies("A patrol of the SBGSU stopped two men.").as_deref(), Some("UA"));
        assert_eq!(agencies("CBSA officers found 40 rifles in a truck.").as_deref(), Some("CA"));
        let text = "PAOCC agents freed 90 workers from a compound in Pasay.";
        assert_eq!(agencies(text).as_deref(), Some("PH"));
        let text = "The Federal Investigation Agency held 14 suspected smugglers in Multan.";
        assert_eq!(agencies(text).as_deref(), Some("PK"));
        assert_eq!(agencies("The Hawks arrested three men at a farm near Polokwane.").as_deref(), Some("ZA"));
        assert_eq!(agencies("Police shut betting shops taking bets on Atlanta Hawks games."), None);
        assert_eq!(agencies("Police of the Office for Homeland Security of Ruritania freed 9 women."), None);
        let text = "El Instituto Nacional de Migración rescató a 40 migrantes en Puebla.";
        assert_eq!(agencies(text).as_deref(), Some("MX"));
        assert_eq!(agencies("Soldiers of the Ghana Army guarded the port.").as_deref(), Some("GH"));
        assert_eq!(agencies("Sailors of the Ghana Navy boarded the trawler.").as_deref(), Some("GH"));
        // A force named by its country, or by its people's name.
        let text = "Officers of the Ghana Customs Agency found 60 pistols at the wharf.";
        assert_eq!(agencies(text).as_deref(), Some("GH"));
        let text = "A unit of the Norwegian Police arrested 12 people in Bergen.";
        assert_eq!(agencies(text).as_deref(), Some("NO"));
        // Two countries' forces tell nothing; an agency one country alone has is the surer sign.
        let text = "The Ghana Customs Agency and the Togolese Police seized 60 pistols.";
        assert_eq!(agencies(text), None);
        let text = "The Guardia Civil arrested 40 people. In parallel, the Moroccan Royal Gendarmerie seized a lorry.";
        assert_eq!(agencies(text).as_deref(), Some("ES"));
        // Bodies that callers pretended to be took no part.
        let text = "Police raided a call centre whose staff posed as officers of the Ghana Customs Agency.";
        assert_eq!(agencies(text), None);
        let text = "Police raided a call centre whose staff posed as agents of the FBI.";
        assert_eq!(agencies(text), None);
    }

    #[test]
    fn a_list_that_fills_the_stated_count_names_who_took_part() {
        let filling = |text: &str, count: u32| -> Option<Vec<String>> {
            let doc = Doc::new(text, CountryIndex::shared(), crate::annotate::dates::NumericOrder::DayFirst);
            let scope = Scope { blocks: Vec::new(), sentences: (0..doc.sentences.len()).collect() };
            filling_the_count(&doc, &scope, count).map(|(codes, _)| codes.iter().map(CountryCode::to_string).collect())
        };
        let text = "Police of four states took part in a week of checks. Officers worked at ports in Chile, Peru, \
                    Bolivia and Ecuador.";
        assert_eq!(filling(text, 4), Some(vec!["CL".into(), "PE".into(), "BO".into(), "EC".into()]));
        // As many countries as people came from, or a list longer than the count, tell nothing.
        assert_eq!(filling(text, 3), None);
        let text = "Police of three states took part. Officers said the migrants came from Chile, Peru and Bolivia.";
        assert_eq!(filling(text, 3), None);
    }

    #[test]
    fn forces_that_joined_forces_took_part() {
        let joined = |text: &str| -> Vec<String> {
            forces_joined_with(text, &Sentence::of(text)).iter().map(CountryCode::to_string).collect()
        };
        let both = "Chilean customs officers joined forces with the Peruvian Police for the raids.";
        assert_eq!(joined(both), ["CL", "PE"]);
        // The partner alone, after a subject no country names.
        assert_eq!(joined("Europol teamed up with the Bolivian Police to take down the ring."), ["BO"]);
        // A country after "with" that is no force: where the victims were sent.
        assert_eq!(joined("The gang joined forces with Peru to move women."), Vec::<String>::new());
    }

    #[test]
    fn reads_lists_in_prose_but_not_origins_or_quotes() {
        let listed = |text: &str| -> Vec<String> {
            listed_in(text, &Sentence::of(text), true).iter().map(CountryCode::to_string).collect()
        };
        // Arrests told below the lead, in a paragraph that names no operation: maybe another
        // action's.
        let arrested = "In 2022, 95 suspects were arrested in Chile and Peru.";
        assert_eq!(listed_in(arrested, &Sentence::of(arrested), false), Vec::<CountryCode>::new());
        let raided = "Police raided 300 betting shops in Chile and Peru.";
        assert_eq!(listed_in(raided, &Sentence::of(raided), false), Vec::<CountryCode>::new());
        // Searches spread across places say that the places acted together, wherever they stand.
        let spread = "Searches took place across Chile, Peru and Bolivia.";
        let codes: Vec<String> =
            listed_in(spread, &Sentence::of(spread), false).iter().map(CountryCode::to_string).collect();
        assert_eq!(codes, ["CL", "PE", "BO"]);
        let cases: &[(&str, &[&str])] = &[
            (
                "The operation was carried out at the same time in Austria, Hungary, Slovakia and Czechia.",
                &["AT", "HU", "SK", "CZ"],
            ),
            ("Operation Kestrel, involving police from Ghana, Togo and Benin, ran for a week.", &["GH", "TG", "BJ"]),
            // The one country a lead says the action ran in.
            ("A UN-funded operation in Ghana freed 30 boys from fishing boats.", &["GH"]),
            ("Police rescued 30 boys who had passed through Ghana.", &[]),
            // Where a bullet says the operations were; who sent people to a task force.
            ("Operations were in Ghana, Togo and Benin.", &["GH", "TG", "BJ"]),
            (
                "Task force members representing the Secretariat, Ghana, Togo and Benin supported the checks.",
                &["GH", "TG", "BJ"],
            ),
            // A count whose list follows, in a sentence that names the operation with its year.
            ("Operation Kestrel 2021 involved 3 countries: Ghana, Togo and Benin.", &["GH", "TG", "BJ"]),
            ("Operation Kestrel the Third 2021 involved 3 countries: Ghana, Togo and Benin.", &["GH", "TG", "BJ"]),
            // Where the arrests were made, which their police made.
            (
                "Police seized cars and made arrests mainly in Latvia, Poland and Estonia, the agency said.",
                &["LV", "PL", "EE"],
            ),
            ("Arrests took place in Chile, Peru and Bolivia, and the Kosovo region.", &["CL", "PE", "BO", "XK"]),
            ("In all, 40 suspects have been arrested in Chile, Peru and Bolivia.", &["CL", "PE", "BO"]),
            ("Those countries include Chile, Peru and Bolivia.", &["CL", "PE", "BO"]),
            ("The raids ended parallel investigations in Chile, Peru and Bolivia.", &["CL", "PE", "BO"]),
            ("Meanwhile 14 house searches were carried out within Chile, Peru and Bolivia.", &["CL", "PE", "BO"]),
            ("Two forces held six people and conducted 14 house searches in Chile and Peru.", &["CL", "PE"]),
            ("From 3 to 13 May the agency ran an operation together with Chilean authorities.", &["CL"]),
            ("Three police forces joined in the action: Chile, Peru and Bolivia.", &["CL", "PE", "BO"]),
            ("It credited the work of three national forces: Chile, Peru and Bolivia.", &["CL", "PE", "BO"]),
            ("Spain, Portugal and Italy took part in the action days.", &["ES", "PT", "IT"]),
            ("Police of 7 countries participated in it: Chile, Peru and Bolivia.", &["CL", "PE", "BO"]),
            ("The main seizures were made in Chile (3 tonnes), Peru and Bolivia.", &["CL", "PE", "BO"]),
            (
                "In the operation, the participating countries were the following: Chile, Peru and Bolivia.",
                &["CL", "PE", "BO"],
            ),
            ("The inquiry was assisted by specialist officers from Chile and Peru.", &["CL", "PE"]),
            // Officers spread over the countries they came from.
            ("Police officers across Chile, Peru and Bolivia raided gambling dens.", &["CL", "PE", "BO"]),
            ("Some 900 officers in all were deployed across Chile and Peru.", &["CL", "PE"]),
            ("Police raided some 300 betting shops in Chile, Peru and Bolivia.", &["CL", "PE", "BO"]),
            (
                "Police have arrested 40 members of gangs behind forced labour and the sexual abuse of children \
                 across Chile, Peru and Bolivia.",
                &["CL", "PE", "BO"],
            ),
            ("It involved authorities from Chile, as well Peru and Bolivia.", &["CL", "PE", "BO"]),
            ("The day was run with involvement from agencies in Chile and Peru.", &["CL", "PE"]),
            ("7 host countries: Chile, Peru and Bolivia", &["CL", "PE", "BO"]),
            ("The operation involved Chile and Peru, as well as Ghana.", &["CL", "PE", "GH"]),
            ("In May, Chile, Peru and Bolivia conducted joint operations against smugglers.", &["CL", "PE", "BO"]),
            (
                "LIMA, Dec. 3 (Wire) -- Police in Chile, Peru and Bolivia, among others, have busted 40 gangs.",
                &["CL", "PE", "BO"],
            ),
            ("Police from all 27 EU member states, as well as Chile and Peru, took part.", &["CL", "PE"]),
            ("OLAF led it with the involvement of 3 Member States (Austria, Malta and Spain).", &["AT", "MT", "ES"]),
            ("Authorities in the Andean countries of Chile and Peru reported arrests.", &["CL", "PE"]),
            ("The drive saw the participation of 31 countries worldwide, including Chile and Peru.", &["CL", "PE"]),
            ("It set up a joint investigation team (JIT), also involving Chile and Peru.", &["CL", "PE"]),
            ("It set up a joint investigation team between Chile, Peru and the agency.", &["CL", "PE"]),
            ("Officers acted in six states; major operations in Chile and Peru led the way.", &["CL", "PE"]),
            ("During operations on 2 and 3 April in Chile, Peru and Bolivia, 9 were held.", &["CL", "PE", "BO"]),
            ("The participating countries – Chile, Peru and Bolivia – checked ports.", &["CL", "PE", "BO"]),
            ("The nations taking part (Chile and Peru) checked ports.", &["CL", "PE"]),
            ("Observers from Chile, Peru and Bolivia", &["CL", "PE", "BO"]),
            (
                "Inspectors worked beside observers from four Member States: Chile, Peru and Bolivia.",
                &["CL", "PE", "BO"],
            ),
            ("Chile ran it with the support of Frontex and police in Peru and Bolivia.", &["PE", "BO"]),
            (
                "The joint action took place during the last week of May in Chile, Peru and Bolivia.",
                &["CL", "PE", "BO"],
            ),
            ("Six states participated in the operation – Chile, Peru and Bolivia.", &["CL", "PE", "BO"]),
            ("Nine states took part in the operations, alongside Chile, Peru and Bolivia.", &["CL", "PE", "BO"]),
            ("The participating EU countries were Chile, Peru and Bolivia.", &["CL", "PE", "BO"]),
            ("Checks ran across 12 EU states, as well as Chile and Peru.", &["CL", "PE"]),
            ("The action days involved 29 countries, including Chile.", &["CL"]),
            ("Officers raided 11 homes in cooperation with Chilean and Peruvian police.", &["CL", "PE"]),
            ("Officers from three EU Member States (Austria, Malta and Spain) raided homes.", &["AT", "MT", "ES"]),
            // The list in brackets, and another country after it.
            (
                "Agencies in three owl-range countries (Austria, Malta and Spain) worked from Lyon, France.",
                &["AT", "MT", "ES"],
            ),
            ("A joint operation in three EU Member States: Austria, Malta and Spain.", &["AT", "MT", "ES"]),
            (
                "Nine were held in three countries across Europe: Austria, Malta and Spain, on a tip from Italy.",
                &["AT", "MT", "ES"],
            ),
            ("The week involved the following countries and territories: Aruba, Chile and Peru.", &["AW", "CL", "PE"]),
            // A result broken down by country, each with its share; not a list without numbers.
            ("In all, 40 people were arrested (Chile 10; Peru 28; Bolivia 2).", &["CL", "PE", "BO"]),
            ("Nine suspects were detained, five in Chile and four in the Dominican Republic.", &["CL", "DO"]),
            // Officials the suspects pretended to be took no part.
            ("In the operation, police arrested callers who posed as officials from Chile and Peru.", &[]),
            // A country where one share was made is no list of shares.
            ("Nine suspects were detained, five in Chile, during the raids in Peru.", &[]),
            ("Most victims came from abroad (Chile, Peru and Bolivia).", &[]),
            // A country's own operation.
            ("Europol supported a two-day Chilean field operation against smuggling.", &["CL"]),
            (
                "Operation Lantern targeted crimes in Ghana, Kenya and Uganda under a regional plan.",
                &["GH", "KE", "UG"],
            ),
            // A body named beside the authorities in the countries that acted.
            (
                "Ruritania Border Agency’s (RBA) Investigations Unit (IU) and police forces in Ghana, Togo and \
                 Benin arrested 36 smugglers during an operation.",
                &["GH", "TG", "BJ"],
            ),
            // Where the operation's action was; some of the countries it counts.
            (
                "The takedown, codenamed Lantern, involved joint action in Chile, Norway and France.",
                &["CL", "NO", "FR"],
            ),
            (
                "Operation Lantern ran in a dozen African countries, including Ghana, Kenya and Uganda.",
                &["GH", "KE", "UG"],
            ),
            ("Operation Lantern found victims held in European countries, including Spain and Italy.", &[]),
            // Countries by their forces' names, after a cue; not by their people's.
            ("Europol assisted the Norwegian, Swedish and Danish police in taking down a ring.", &["NO", "SE", "DK"]),
            ("Europol assisted the Norwegian, Swedish and Danish victims of the ring.", &[]),
            // In Spanish.
            ("En la operación participaron Guatemala, Honduras y Panamá.", &["GT", "HN", "PA"]),
            ("Contó con la participación de las policías de Chile, Perú y Bolivia.", &["CL", "PE", "BO"]),
            ("Participaron además de Chile, Perú y Bolivia varios países del Caribe.", &["CL", "PE", "BO"]),
            ("También se involucraron Cuba, Jamaica y Haití.", &["CU", "JM", "HT"]),
            ("Los países participantes fueron Panamá, Curazao y Cuba.", &["PA", "CW", "CU"]),
            ("La acción involucró a Guatemala, Belice y Honduras.", &["GT", "BZ", "HN"]),
            ("Las redadas se llevaron a cabo en Chile, Perú y Bolivia.", &["CL", "PE", "BO"]),
            ("Die Agentur leitete die Durchsuchungen in Polen, Litauen und Lettland.", &["PL", "LT", "LV"]),
            ("An den Kontrollen beteiligten sich auch Irland, Malta und Zypern.", &["IE", "MT", "CY"]),
            // German's verb last: every list before "beteiligt" in a sentence that opens on the
            // action; not the suspects of a crime.
            (
                "An der Aktion waren die Staaten Irland, Malta und Zypern sowie die Nachbarn Serbien und Albanien \
                 beteiligt.",
                &["IE", "MT", "CY", "RS", "AL"],
            ),
            ("An den Kontrollen hatten sich zudem Irland und Malta beteiligt, so die Behörde.", &["IE", "MT"]),
            ("An der Schleusung waren Männer aus Irland und Malta beteiligt.", &[]),
            ("Die Aktion traf Lager in mehreren Ländern, darunter Irland, Malta und Zypern.", &["IE", "MT", "CY"]),
            ("Die Opfer kamen aus mehreren Ländern, darunter Irland und Malta.", &[]),
            ("Participan agentes de fronteras y aduanas de Chile, Perú y Bolivia.", &["CL", "PE", "BO"]),
            // A second list of others after the first; who each country sent.
            (
                "The checks were run by the Agency, involving the police, coast guard and immigration officers of \
                 Chile, Peru and Bolivia, as well as from partner countries - Norway and Iceland.",
                &["CL", "PE", "BO", "NO", "IS"],
            ),
            (
                "The sweep brought 20 task force members from the Secretariat, Chile, Peru and Bolivia.",
                &["CL", "PE", "BO"],
            ),
            ("The unit led the deployment of 12 experts from police and industry from Chile and Peru.", &["CL", "PE"]),
            ("The ring recruited gang members from Chile and Peru.", &[]),
            (
                "L'action s'est appuyée sur la participation des douanes de trois pays (le Mali, le Niger et le Tchad).",
                &["ML", "NE", "TD"],
            ),
            // In French, each country with its article.
            (
                "Des policiers de plusieurs pays, notamment le Mali, la Guinée, l’Algérie et le Ghana, y ont pris part.",
                &["ML", "GN", "DZ", "GH"],
            ),
            ("Hubo ocho países, a los que se unieron Francia, Italia y Grecia.", &["FR", "IT", "GR"]),
            (
                "Des agents ont agi sur 20 sites des pays suivants : Mali, République démocratique du Congo et Tchad.",
                &["ML", "CD", "TD"],
            ),
            ("Norway and Iceland officials were also involved in the checks.", &["NO", "IS"]),
            ("The checks were planned and carried out by Chile, Peru and Bolivia.", &["CL", "PE", "BO"]),
            ("Besides, Ghana, Togo and Benin also supported the operation with house searches.", &["GH", "TG", "BJ"]),
            (
                "Law enforcement agencies and judicial bodies from Chile, Peru and Bolivia joined forces in the \
                 operation.",
                &["CL", "PE", "BO"],
            ),
            // An aside between dashes after the list.
            (
                "In June, law enforcement agencies and judicial bodies from Ghana, Togo and Benin – with some help \
                 from Niger – joined forces in a regional action against fraud.",
                &["GH", "TG", "BJ"],
            ),
            ("In total, authorities in Chile and Peru participated.", &["CL", "PE"]),
            ("It was held with the participation of Greece, Cyprus and Malta.", &["GR", "CY", "MT"]),
            ("The action had the participation of officers from Chile, Peru and Bolivia.", &["CL", "PE", "BO"]),
            ("Agents from Chile, Peru and Bolivia took part in the operation.", &["CL", "PE", "BO"]),
            ("The participating authorities came from Latvia, Malta and Peru.", &["LV", "MT", "PE"]),
            ("Participating administrations included those of Chad, Mali and Niger.", &["TD", "ML", "NE"]),
            // Who took part, as a list's subject or after "participants".
            ("Countries which took part in the operation include Chile, Peru, and the USA.", &["CL", "PE", "US"]),
            ("A combined operation involving Chile, Peru and Bolivia targeted fake medicines.", &["CL", "PE", "BO"]),
            (
                "Nations which undertook action against fake-drug sellers, makers and couriers included Chile, Peru and Canada.",
                &["CL", "PE", "CA"],
            ),
            ("Participants in the action days included Latvia, Malta and Peru", &["LV", "MT", "PE"]),
            ("Participants were EU Member States and Norway, Serbia and Peru.", &["NO", "RS", "PE"]),
            ("Alongside Chad, Mali, Niger, and Togo took part in the operation.", &["TD", "ML", "NE", "TG"]),
            ("Law enforcement partners from Chad and Mali have also contributed to the operation.", &["TD", "ML"]),
            ("The operation involved countries such as Chile, Peru and Bolivia.", &["CL", "PE", "BO"]),
            ("All the centre's member countries, in particular Chile and Peru, sent ships.", &["CL", "PE"]),
            ("Officers took part in the actions on the ground in Chile, Peru and Bolivia.", &["CL", "PE", "BO"]),
            ("It drew on police in more than 30 countries, including Chile, Peru and Fiji.", &["CL", "PE", "FJ"]),
            ("Europol has assisted Chile, Peru and Bolivia with analysts.", &["CL", "PE", "BO"]),
            // The countries counted, after an aside; the countries involved in the operation; the
            // countries the operation's officers went to; where searches were carried out.
            (
                "The operation involved the police services of 24 countries, mainly in Africa, such as Kenya, \
                 Sudan and Spain.",
                &["KE", "SD", "ES"],
            ),
            (
                "Officers from 18 countries took part in Operation Kestrel IV, including Kenya, Sudan and Spain.",
                &["KE", "SD", "ES"],
            ),
            (
                "Interpol said the countries involved in the operation were Aruba, Belize and Brazil.",
                &["AW", "BZ", "BR"],
            ),
            (
                "Officers were also deployed for the operation in the non-EU countries Albania, Serbia and Moldova.",
                &["AL", "RS", "MD"],
            ),
            ("Thirty-nine house searches were carried out in Belgium, Germany and Hungary.", &["BE", "DE", "HU"]),
            // Where the action's raids and checks were.
            (
                "Police raids and vehicle checks in May across Benin, Togo and Niger led to 15 arrests.",
                &["BJ", "TG", "NE"],
            ),
            // One of the counted countries, named alone.
            ("The crackdown involved agencies in 43 countries, including Ireland.", &["IE"]),
            ("The operation brought together police from 72 countries and territories, including Kenya.", &["KE"]),
            // Countries described, uncounted, before the list.
            (
                "In May the action brought together some Andean countries, including Peru and Chile, against logging.",
                &["PE", "CL"],
            ),
            (
                "The action had Eurojust's support and involved police services in Chile, the Czech Republic and Peru.",
                &["CL", "CZ", "PE"],
            ),
            // Who acted, after a clause of some length.
            (
                "Among the arrests made during the operation, authorities in Chile, Peru and Bolivia detained fugitives.",
                &["CL", "PE", "BO"],
            ),
            // A bullet that lists states under its label, after "The operation brought together:".
            ("Non-EU States: Chad, Mali, Niger;", &["TD", "ML", "NE"]),
            (
                "EU Member States involved in the checks in other Member States:  Chad, Mali and Niger.",
                &["TD", "ML", "NE"],
            ),
            (
                "Europol supported it, plus security and judicial authorities in Chad, Mali and Niger.",
                &["TD", "ML", "NE"],
            ),
            // Forces of several countries that joined forces; an operation carried out over some
            // days in several countries.
            (
                "Police and border management forces from Austria, Hungary and Slovakia joined forces for the action.",
                &["AT", "HU", "SK"],
            ),
            (
                "Police from Austria, former Yugoslav Republic of Macedonia and Serbia joined forces.",
                &["AT", "MK", "RS"],
            ),
            (
                "The operation was carried out over five days simultaneously in Chad, Mali and Niger.",
                &["TD", "ML", "NE"],
            ),
            ("The action, executed at the same time in Chad, Mali and Niger, hit a gang.", &["TD", "ML", "NE"]),
            // Actions, not a raid alone, tell of the operation where they took place.
            ("Further actions were carried out in Chad, Mali and Niger.", &["TD", "ML", "NE"]),
            // Origins, destinations and nationalities are no participants.
            ("Police found migrants from Syria, Iraq and Afghanistan heading to Germany and Austria.", &[]),
            ("Raids were carried out in Spain and Portugal against a network.", &[]),
            ("“Police from Spain, France and Italy took part,” said the minister.", &[]),
            (
                "Officers from more than 15 countries, including Botswana, Namibia and Zambia, took part.",
                &["BW", "NA", "ZM"],
            ),
            (
                "THE HAGUE – Police in Belgium, France and Germany, supported by Europol, have taken down a network.",
                &["BE", "FR", "DE"],
            ),
            (
                "WARSAW – Frontex officers worked alongside national border police in Greece, Bulgaria and Cyprus.",
                &["GR", "BG", "CY"],
            ),
            (
                "It was carried out from 18 to 22 September by police in Malaysia, Thailand and Cambodia.",
                &["MY", "TH", "KH"],
            ),
            (
                "Checks carried out at the same time in Austria, Hungary and Slovakia hit the networks.",
                &["AT", "HU", "SK"],
            ),
            ("Migrants from 14 countries, including Syria, Iraq and Yemen, were found.", &[]),
            // Where joint inspections took place, with their dates between; and who joined them.
            (
                "Seven joint inspections took place across the EU on 3-7 May, in Austria, Czechia and Slovakia.",
                &["AT", "CZ", "SK"],
            ),
            ("Observers joined from Latvia, Malta and Peru.", &["LV", "MT", "PE"]),
            ("The operation ran between 4 and 9 May in Latvia, Malta and Peru.", &["LV", "MT", "PE"]),
            ("During the operation, shops were checked in Latvia, Malta and Peru.", &["LV", "MT", "PE"]),
            (
                "In the operation, officers worked at ports and land borders in Latvia, Malta and Peru.",
                &["LV", "MT", "PE"],
            ),
            ("The action involved 3 EU Member States: Latvia, Malta and Cyprus.", &["LV", "MT", "CY"]),
            ("Visiting inspectors joined from Chile, Ghana and Peru.", &["CL", "GH", "PE"]),
            ("Tourists joined from Chile, Ghana and Peru.", &[]),
            // A count and a region, then the list between dashes; the region stays unexpanded.
            (
                "Police of three Southern African countries – Zambia, Malawi and Mozambique – ran checks.",
                &["ZM", "MW", "MZ"],
            ),
            ("Police of three Southern African countries ran checks with Europol.", &[]),
            (
                "Officers in 20 countries in Asia and Europe took part, including Japan, Poland and Viet Nam.",
                &["JP", "PL", "VN"],
            ),
            ("Among the participating forces were those of The Bahamas, Belize and Jamaica.", &["BS", "BZ", "JM"]),
            (
                "Among the participating agencies were those of Antigua and Barbuda, Grenada and Saint Lucia.",
                &["AG", "GD", "LC"],
            ),
            ("Participating administrations included those of Chile, Peru and Korea.", &["CL", "PE", "KR"]),
            ("Participating countries were Macao (China), Mongolia and Nepal.", &["MO", "MN", "NP"]),
            ("The participating authorities came from Chile, Peru and Bolivia.", &["CL", "PE", "BO"]),
            ("Norway, Denmark and Iceland were among the participants, officials said.", &["NO", "DK", "IS"]),
            ("Austria and Hungary were among the countries that took part.", &["AT", "HU"]),
            ("Austria and Hungary were among the countries worst hit.", &[]),
            // A count, a dash, then the list; agencies in a list; the operation in a list.
            ("Inspectors at ports in three countries – Chile, Peru and Ecuador – boarded ships.", &["CL", "PE", "EC"]),
            ("Migrants from three countries – Chile, Peru and Ecuador – were found.", &[]),
            ("The drill featured coast guard agencies in Ghana, Togo and Benin.", &["GH", "TG", "BJ"]),
            ("Raids took place in six countries. The operation in Chile and Peru hit gangs.", &["CL", "PE"]),
            ("Forty boys were freed by a large two-day INTERPOL operation in Chile and Peru.", &["CL", "PE"]),
            ("Cops in Chile and Peru held 18 people in raids on 14 homes.", &["CL", "PE"]),
            (
                "The wider police family, namely police departments from Chile, Peru and Fiji, worked together.",
                &["CL", "PE", "FJ"],
            ),
            ("Non-EU countries involved: Serbia, Norway and Iceland.", &["RS", "NO", "IS"]),
            (
                "During the week of action, labour inspectorates and tax authorities from Latvia, Malta and Peru checked sites.",
                &["LV", "MT", "PE"],
            ),
            ("Tax authorities from Latvia, Malta and Peru published a report.", &[]),
            (
                "11 EU Member States, Norway and Iceland, supported by the Agency, conducted an operation.",
                &["NO", "IS"],
            ),
            ("11 EU Member States, Norway and Iceland signed a treaty.", &[]),
            // Agencies named with their country or that one country alone has; others tell none.
            (
                "The agencies included Ghana's Police Service, the Togolese Gendarmerie, the Guardia Civil, the Border Police and the Royal Malaysian Customs.",
                &["GH", "TG", "ES", "MY"],
            ),
            ("The agencies included experts on Ghana and Togo.", &[]),
            (
                "An operation supported by Europol and involving the Belgian Police and the Dutch Police (Politie) ended.",
                &["BE", "NL"],
            ),
            ("An operation involving police from Ghana ended.", &[]),
            (
                "A coordinated strike between the Belgian Police, the Dutch Police and Ghana's Police Service ended.",
                &["BE", "NL", "GH"],
            ),
            ("A joint action of the Belgian Police and the Dutch Police ended.", &["BE", "NL"]),
            (
                "The agency worked alongside officers from Danish Customs, Irish Border Force and the Dutch \
                 Customs Administration.",
                &["DK", "IE", "NL"],
            ),
            (
                "Ghana's Department of the Interior, the Togolese Police and Europol worked together to find them.",
                &["GH", "TG"],
            ),
            ("The operation identified migrants from 30 countries, including Ghana.", &[]),
            (
                "The Carabinieri, the Guardia Civil and the Ghanaian Police Service took part in the operation.",
                &["IT", "ES", "GH"],
            ),
            (
                "Joint operations by the Ghana Police Service in Accra and the Togolese Gendarmerie led to 75 arrests.",
                &["GH", "TG"],
            ),
            ("The Guardia Civil arrested two suspects from Ghana and Togo.", &[]),
            ("The National Police and the Border Guard took part.", &[]),
            ("“The Carabinieri and the Guardia Civil took part,” he said.", &[]),
            ("Agencies in Ghana's capital included the city council.", &[]),
            (
                "Dozens of buyers, in countries ranging from Chile, Peru and Bolivia, were arrested by police.",
                &["CL", "PE", "BO"],
            ),
            ("Buyers live in countries ranging from Chile, Peru and Bolivia.", &[]),
            (
                "The operation brought together police from 20 countries, as well as from Macao and Hong Kong.",
                &["MO", "HK"],
            ),
            // As many countries named as the sentence counts, and only exactly as many.
            (
                "The operation, undertaken in five countries of the region, fought logging in Chile, Peru, Bolivia, \
                 Brazil and Ecuador.",
                &["CL", "PE", "BO", "BR", "EC"],
            ),
            (
                "The operation targeted three countries, two in the Sahel: Chad and Mali, and one on the coast: Ghana.",
                &["TD", "ML", "GH"],
            ),
            // Their authorities, by their people's names, as the subject of taking part.
            ("The Latvian, Polish and Ukrainian authorities participated in this operation.", &["LV", "PL", "UA"]),
            ("The Latvian, Polish and Ukrainian authorities welcomed the operation.", &[]),
            // In a paragraph that tells who acted.
            ("It was a platform for police of three countries (Chile, Peru and Bolivia).", &["CL", "PE", "BO"]),
            ("The operation, undertaken in six countries, fought logging in Chile, Peru and Bolivia.", &[]),
            ("The operation ran in more than three countries, among them Chile, Peru and Bolivia.", &[]),
            ("The operation rescued victims from three countries: Chile, Peru and Bolivia.", &[]),
            ("After the operation, delegates from three countries met: Chile, Peru and Bolivia.", &[]),
            // Countries where the operation's arrests were made.
            ("The crackdown ran in May, with arrests made in Chile, Peru and Bolivia.", &["CL", "PE", "BO"]),
            ("The arrests happened in Chile, Peru, and earlier in Bolivia.", &["CL", "PE"]),
            ("At dawn, arrests and house searches were carried out in Chile, Peru and Fiji.", &["CL", "PE", "FJ"]),
            (
                "It saw the participation of 26 Customs administrations from the following countries: Chile, Peru, \
                 and Bolivia.",
                &["CL", "PE", "BO"],
            ),
            // Where the raids were made, and who a unit of the operation comprised.
            (
                "It said 90 people were held after 310 raids and inspections in Chile, Peru and Bolivia.",
                &["CL", "PE", "BO"],
            ),
            (
                "Operation Kestrel saw officers carry out some 20 raids at ports, markets and shops in Chile, Peru and \
                 Bolivia.",
                &["CL", "PE", "BO"],
            ),
            ("Comprising representatives from Chile, Peru and Bolivia, the unit shared data.", &["CL", "PE", "BO"]),
            ("The raids targeted gangs born in Chile, Peru and Bolivia.", &[]),
            ("The Agency gave support to authorities in Chile and Peru to hold an action day.", &["CL", "PE"]),
            ("Police took part in raids last week in Chile, Peru and Bolivia.", &["CL", "PE", "BO"]),
            // Where the backing came from, after a colon.
            (
                "Police of many countries took part. The backing came from: Chile, Peru and Bolivia.",
                &["CL", "PE", "BO"],
            ),
            ("The migrants came from Chile, Peru and Bolivia.", &[]),
            // Authorities of countries that cooperated.
            (
                "Close cooperation between the law enforcement and judicial authorities of Chile, Peru and Bolivia has \
                 led to 39 arrests.",
                &["CL", "PE", "BO"],
            ),
            // The countries that led it, even one alone.
            ("This operation was led by the Romanian National Police (Poliția Română).", &["RO"]),
            ("Ten men were held after joint raids of the Chilean and Peruvian police.", &["CL", "PE"]),
            ("It ran in cooperation with the governments of Chile, Peru and Fiji.", &["CL", "PE", "FJ"]),
            ("It was funded by the governments of Chile, Peru and Fiji.", &[]),
            ("It involved officers from 14 EU Member States, Chile, Peru and Fiji.", &["CL", "PE", "FJ"]),
            ("• 31 suspects in Chile, Peru and Fiji arrested;", &["CL", "PE", "FJ"]),
            ("• 31 suspects arrested in Chile, Peru and Fiji;", &["CL", "PE", "FJ"]),
            ("• 31 suspects in Chile, Peru and Fiji questioned;", &[]),
            // One country, said to take part.
            ("Chile took part in the operation.", &["CL"]),
            ("Chile's police, customs and coast guard took part in the operation.", &["CL"]),
            ("Police in Chile took part.", &["CL"]),
            ("La operación Kestrel se realizó del 2 al 9 de mayo en Chile, Perú y Bolivia.", &["CL", "PE", "BO"]),
            ("A operação Kestrel foi realizada em Portugal, Brasil e Angola.", &["PT", "BR", "AO"]),
            ("La operación tuvo lugar en Chile, Perú y Bolivia.", &["CL", "PE", "BO"]),
            ("Los países participantes de la acción fueron: Chile, Perú y Bolivia.", &["CL", "PE", "BO"]),
            (
                "Other parcels were taken by specialist border control units in Chile, Peru and Fiji.",
                &["CL", "PE", "FJ"],
            ),
            (
                "Authorities throughout the Andes, the Pacific, Chile, Peru and Fiji also took part in it.",
                &["CL", "PE", "FJ"],
            ),
            ("In Chile, police joined in the checks.", &[]),
            ("A courier from Chile took part in the scheme.", &[]),
            (
                "The police of the member states, namely Chile, Peru and Fiji, took part in the checks.",
                &["CL", "PE", "FJ"],
            ),
            (
                "The action day, led by the Romanian National Police, involved officers from Chile, Peru and Fiji.",
                &["RO", "CL", "PE", "FJ"],
            ),
            ("This operation was led by the Romanian prosecutor.", &[]),
            ("The checks were led by the Italian Carabinieri, with help from Europol.", &["IT"]),
            ("Led by the Netherlands, and carried out by police from 20 countries, it ran a week.", &["NL"]),
            ("The days were coordinated by the Agency and led by Chile and Peru.", &["CL", "PE"]),
            ("The operation, coordinated by Interpol, Chile, Peru, and Fiji, ran in May.", &["CL", "PE", "FJ"]),
            ("The checks were coordinated by Chile.", &["CL"]),
            ("The days were led by Chile, alongside Peru, Fiji and the UK.", &["CL", "PE", "FJ", "GB"]),
            ("The days were led by Chile, alongside the police of Peru.", &["CL"]),
            ("The Agency, together with Ghana, led an operation against smugglers.", &["GH"]),
            ("The Agency worked together with Ghana on a study.", &[]),
            ("Smugglers led by a man from Ghana moved people.", &[]),
            // A subject list after a full stop the sentence was not cut at.
            (
                "Operation Kestrel ran until 9 May 2024. Officers from Ghana, Togo and Benin checked trucks.",
                &["GH", "TG", "BJ"],
            ),
        ];
        for (text, codes) in cases {
            assert_eq!(listed(text), codes.iter().map(|c| c.to_string()).collect::<Vec<_>>(), "{text}");
        }
    }

    #[test]
    fn takes_a_subject_list_that_acted_in_a_paragraph_naming_the_operation() {
        let read = |text: &str| {
            let doc = Doc::new(text, CountryIndex::shared(), crate::annotate::dates::NumericOrder::DayFirst);
            let sentences: Vec<usize> = (0..doc.sentences.len()).filter(|&i| doc.sentences[i].is_body()).collect();
            let scope = Scope { blocks: (0..doc.blocks.len()).collect(), sentences };
            prose_participants(&doc, &scope).into_iter().map(|(code, _)| code).collect::<Vec<_>>()
        };
        let lead = "Police freed 40 victims on the coast.\n\n";
        assert_eq!(
            read(&format!("{lead}Operation Kestrel ran for a week. Police from Ghana, Togo and Benin checked trucks.")),
            ["GH", "TG", "BJ"]
        );
        assert!(
            read(&format!("{lead}In a separate case, police from Ghana, Togo and Benin checked trucks.")).is_empty()
        );
    }

    #[test]
    fn no_heading_means_no_list() {
        assert!(codes("Spain, Portugal and Italy took part.").is_empty());
        assert!(codes("Bolivia was among 32 participating countries which carried out checks.").is_empty());
        assert!(codes("Participating countries reported, with most from Peru.").is_empty());
    }
}
