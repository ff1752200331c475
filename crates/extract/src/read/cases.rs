//! Country cases: which sentences tell what one country's authorities did, which country
//! acted and which others were involved, and what the case is about.
//!
//! A case starts at a sentence that names an acting country ("In Brazil, ...", "Serbian
//! police arrested ...", "Colombia dismantled ...", "... were arrested in Algeria") and runs
//! to the end of its paragraph or bullet, or to the next such sentence.

use std::sync::LazyLock;

use explorer_model::Theme;
use regex::{Regex, RegexSet};

use crate::annotate::countries::{CountryMention, list_at};
use crate::annotate::country_index::CountryCode;
use crate::doc::Sentence;
use crate::phrases::{any_of, any_of_each};

/// Lead-ins before a sentence's subject ("In one instance, 24 Togolese victims ...").
static LEAD_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:In one instance|For example|In addition|In a separate case|Elsewhere|Meanwhile|On the first day of the operation|After [^,]{1,60}|So far),\s*)*(?:The\s+)?")
        .expect("valid regex")
});

/// Words after a country or demonym that make it the acting authority ("Serbian police").
static AUTHORITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:national\s+)?(?:authorities|police|officers|officials|coast guard|customs|gendarmerie|law enforcement|border|immigration|investigators|prosecutors)\b")
        .expect("valid regex")
});

/// "in Mali", "across the United Arab Emirates", "en Belice": the place a case happened. (An
/// ASCII word boundary: "in" follows a space or punctuation, and the fast engines stay in use.)
static IN_PLACE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)(?:in|across|en)\s+(?:the\s+|el\s+)?$").expect("valid regex"));

/// "Following raids ..., this suspect ...": a paragraph that goes on with the case before it.
/// (ASCII word boundaries: with Unicode ones, a paragraph with a curly quote or an accent was
/// searched by the slow engines, two to three times slower.)
static REFERS_BACK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:.{0,80}(?-u:\b)(?:this|the) (?:suspect|man|woman|group|network)(?-u:\b)|(?:he|she|they|the suspects?) )")
        .expect("valid regex")
});

/// Words before "in" that tell where victims came from or where an agency sits, not where the
/// authorities acted ("young women recruited in Malawi", "the body headquartered in Lyon, France").
/// (A group "based in Spain" that was dismantled was dismantled there.)
const NOT_WHERE_ACTED: &[&str] =
    &["recruited in ", "born in ", "lured in ", "bought in ", "living in ", "headquartered in "];

/// A list of this many countries after "in" is an operation-wide aggregate, not a case
/// ("rescued in Brazil, Chile, the Dominican Republic, El Salvador, Spain and Uruguay").
const AGGREGATE_LIST: usize = 3;

/// A sentence that opens a case names its country near its start ("In Kenya, ...", "Serbian
/// police ..."); one that names it further on ("... helped identify three suspects in the
/// UK") opens a case only where no case is open.
const OPENING_BYTES: usize = 50;

/// The countries acting in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Acting {
    pub codes: Vec<String>,
    /// Named as the sentence's subject or in its first words.
    pub at_start: bool,
}

/// The countries acting in a sentence, or `None` if it tells no country case.
pub fn acting_countries(text: &str, sentence: &Sentence) -> Option<Acting> {
    // Only a country the sentence names acts: most name none, and are not searched.
    if sentence.countries.is_empty() {
        return None;
    }
    let lower = sentence.lower();
    static COORDINATION: LazyLock<Regex> = LazyLock::new(|| any_of(&["coordination unit", "headquarters"]));
    // "Police in Chile and Peru arrested 18 people in raids across both countries": all of it.
    static ALL_OF_THEM: LazyLock<Regex> = LazyLock::new(|| any_of(&["both countries", "all participating countries"]));
    if COORDINATION.is_match(lower) || OPERATION_SUBJECT.is_match(lower) || ALL_OF_THEM.is_match(lower) {
        return None;
    }
    let mentions = &sentence.countries;
    let sentence = sentence.span.clone();
    let subject_start = sentence.start + LEAD_IN.find(&text[sentence.clone()]).map_or(0, |m| m.end());

    // "Colombia dismantled", "Brazil, Colombia, Curacao and Panama nabbed", "Chilean and
    // Paraguayan authorities", "UK authorities": a subject list at the start of the sentence.
    let subject = list_at(text, subject_start, mentions);
    if let Some(last) = subject.last() {
        let by_name = subject.iter().all(|m| !m.demonym);
        let followed_by_authority = AUTHORITY.is_match(&text[last.span.end..sentence.end]);
        let followed_by_verb = text[last.span.end..sentence.end].starts_with(' ')
            && text[last.span.end..sentence.end].trim_start().starts_with(char::is_lowercase);
        // A result listed under its country: "Djibouti – the coast guard intercepted ...".
        let heads_an_item =
            [" – ", " — ", " - ", ": "].iter().any(|mark| text[last.span.end..sentence.end].starts_with(mark));
        if followed_by_authority || (by_name && (followed_by_verb || heads_an_item)) {
            return Some(Acting {
                codes: distinct_codes(subject.iter().copied()).into_iter().map(String::from).collect(),
                at_start: true,
            });
        }
    }

    // "authorities in Panama", "were arrested in Algeria", unless a long list follows.
    for (i, mention) in mentions.iter().enumerate() {
        let before = &text[sentence.start..mention.span.start];
        // "7 arrests (3 in Austria and 4 in Croatia)": the shares of a total, in brackets after it.
        let in_brackets = before.matches('(').count() > before.matches(')').count();
        if mention.demonym
            || in_brackets
            || !IN_PLACE.is_match(before)
            || NOT_WHERE_ACTED.iter().any(|words| before.ends_with(words))
        {
            continue;
        }
        let list = list_at(text, mention.span.start, &mentions[i..]);
        let at_start = mention.span.start - sentence.start <= OPENING_BYTES;
        return (list.len() < AGGREGATE_LIST).then(|| Acting { codes: vec![String::from(mention.code)], at_start });
    }
    None
}

/// The country of the dateline a sentence opens with, a place and a dash before a new
/// sentence, as the first of a release's body says where it was written: "Côte d’Ivoire –
/// Forty-eight child victims ...", "YOGYAKARTA, Indonesia – A police operation ...". Such a
/// country neither acts nor seizes. Elsewhere a country and a dash head its own result
/// ("Djibouti – the coast guard intercepted ...").
pub fn dateline_country<'s>(text: &str, sentence: &'s Sentence) -> Option<&'s CountryMention> {
    let first = sentence.countries.first().filter(|first| !first.demonym)?;
    let place = &text[sentence.span.start..first.span.start];
    // A city before the country: one word, or words in capitals ("THE HAGUE, ").
    let city = |city: &str| !city.contains(' ') || city.chars().all(|c| c.is_uppercase() || c == ' ' || c == '-');
    let in_the_place = place.is_empty() || place.strip_suffix(", ").is_some_and(city);
    let after = &text[first.span.end..sentence.span.end];
    let dash = [" – ", " — ", " - "].iter().find_map(|dash| after.strip_prefix(dash));
    let new_sentence = dash.is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    (in_the_place && new_sentence).then_some(first)
}

/// A sentence whose subject is the operation itself tells of all of it, wherever it names:
/// "An INTERPOL operation rescued 216 people ... in Benin and Nigeria".
static OPERATION_SUBJECT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:an?|the|this)\s+(?:[\w-]+\s+){0,3}?operation\s").expect("valid regex"));

/// The countries of `mentions`, each once, in the order first named.
pub(super) fn distinct_codes<'m>(mentions: impl IntoIterator<Item = &'m CountryMention>) -> Vec<CountryCode> {
    let mut codes: Vec<CountryCode> = Vec::new();
    for mention in mentions {
        if !codes.contains(&mention.code) {
            codes.push(mention.code);
        }
    }
    codes
}

/// The words of [`REFERS_BACK`] that refer to someone named before.
const REFERRING: [&str; 10] = [
    "this suspect",
    "the suspect",
    "this man",
    "the man",
    "this woman",
    "the woman",
    "this group",
    "the group",
    "this network",
    "the network",
];

/// Whether a paragraph that names no acting country continues the case before it.
pub fn refers_back(sentence: &Sentence) -> bool {
    let lower = sentence.lower();
    // Each form names this or the suspect, man, woman, group or network, or opens with a
    // pronoun: a look for those words costs less than the pattern's walk over 80 characters.
    static ANY_REFERRING: LazyLock<Regex> = LazyLock::new(|| any_of(&REFERRING));
    let may =
        ANY_REFERRING.is_match(lower) || ["he ", "she ", "they "].iter().any(|pronoun| lower.starts_with(pronoun));
    may && REFERS_BACK.is_match(lower)
}

/// Every country a case names other than the acting ones, in order of appearance.
pub fn involved_countries(sentences: &[&Sentence], acting: &[String]) -> Vec<String> {
    let mut involved: Vec<CountryCode> = Vec::new();
    for mention in sentences.iter().flat_map(|s| &s.countries) {
        if !acting.iter().any(|code| mention.code == code.as_str()) && !involved.contains(&mention.code) {
            involved.push(mention.code);
        }
    }
    involved.into_iter().map(String::from).collect()
}

/// Keywords of each theme, matched in lower case.
const THEME_WORDS: &[(Theme, &[&str])] = &[
    (
        Theme::HumanTrafficking,
        &[
            "human trafficking",
            "trafficking victims",
            "trafficking ring",
            "trafficking women",
            "traffickers",
            "trafficker",
        ],
    ),
    (Theme::MigrantSmuggling, &["smuggl"]),
    (Theme::SexualExploitation, &["sexual exploitation", "prostitution", "nightclub"]),
    (Theme::ForcedLabour, &["forced labour", "forced labor", "forced to work", "labour-related", "work off"]),
    (Theme::ForcedCriminality, &["scam", "committing fraud", "pyramid scheme", "multi-level marketing"]),
    (Theme::OrganTrafficking, &["organ trafficking"]),
    (Theme::ForcedBegging, &["begging"]),
    (Theme::DomesticServitude, &["domestic servitude", "domestic workers"]),
    (Theme::ChildExploitation, &["child exploitation", "minors", "children", "underage", "young girls"]),
    (
        Theme::DocumentFraud,
        &[
            "forged",
            "fraudulent id",
            "stolen bulgarian passport",
            "stolen passport",
            "document forgery",
            "fake passport",
            "templates of diplomas",
            "asylum documents",
        ],
    ),
    (Theme::MoneyLaundering, &["money laundering"]),
    (Theme::Drugs, &["drug"]),
    (Theme::Firearms, &["firearm", "shotgun", "pistol", "weapons", "ammunition", "armed individuals"]),
    (Theme::MaritimeSmuggling, &["by sea", "maritime", "boat", "coast guard"]),
    (Theme::WantedFugitives, &["red notice", "fugitive"]),
];

pub fn themes(text: &str) -> Vec<Theme> {
    // Every theme's words in one search, which tells in one pass over the text which themes
    // it has words of.
    static THEME_SEARCH: LazyLock<RegexSet> =
        LazyLock::new(|| any_of_each(THEME_WORDS.iter().map(|(_, words)| *words)));
    let lower = text.to_lowercase();
    THEME_SEARCH.matches(&lower).iter().map(|i| THEME_WORDS[i].0).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn acting(text: &str) -> Option<Vec<String>> {
        acting_countries(text, &Sentence::of(text)).map(|a| a.codes)
    }

    fn some(codes: &[&str]) -> Option<Vec<String>> {
        Some(codes.iter().map(|c| c.to_string()).collect())
    }

    #[test]
    fn finds_the_acting_country() {
        assert_eq!(
            acting("In Brazil, an earlier drug trafficking investigation uncovered a smuggling operation."),
            some(&["BR"])
        );
        assert_eq!(acting("Serbian police arrested 12 suspects linked to two groups."), some(&["RS"]));
        assert_eq!(acting("Chilean and Paraguayan authorities worked together."), some(&["CL", "PY"]));
        assert_eq!(acting("Colombia dismantled two different criminal organizations."), some(&["CO"]));
        assert_eq!(acting("Brazil, Colombia, Curacao and Panama nabbed fugitives."), some(&["BR", "CO", "CW", "PA"]));
        assert_eq!(acting("In one instance, 24 Togolese victims were safeguarded in Mali."), some(&["ML"]));
        // In Spanish.
        assert_eq!(acting("En Guatemala fueron detenidas 9 personas."), some(&["GT"]));
        assert_eq!(acting("The Tunisian coast guard rescued 69 migrants."), some(&["TN"]));
        assert_eq!(acting("Ghanaian customs at the Tema port held 14 smugglers."), some(&["GH"]));
        assert_eq!(acting("Senegalese gendarmerie units freed 31 children."), some(&["SN"]));
        assert_eq!(acting("UK authorities located a Syrian man wanted by Romania."), some(&["GB"]));
        assert_eq!(acting("Police action across the United Arab Emirates led to 34 arrests."), some(&["AE"]));
    }

    #[test]
    fn aggregates_datelines_and_coordination_are_not_cases() {
        // A total's shares in brackets after it.
        assert_eq!(acting("Police made 7 arrests (3 in Austria and 4 in Croatia)."), None);
        assert_eq!(
            acting(
                "Close to 100 victims were rescued in Brazil, Chile, the Dominican Republic, El Salvador and Spain."
            ),
            None
        );
        assert_eq!(acting("LYON, France – An operation led by INTERPOL has led to arrests."), None);
        assert_eq!(acting("Operational coordination units were set up in Argentina and Senegal."), None);
        assert_eq!(acting("Venezuelan nationals remain the largest group of irregular migrants."), None);
        assert_eq!(acting("Officers rescued 118 victims, most of them young women recruited in Malawi."), None);
        assert_eq!(acting("Police opened 70 cases, a body headquartered in Portugal said."), None);
        assert_eq!(acting("Djibouti – the coast guard intercepted two boats carrying 212 migrants."), some(&["DJ"]));
        assert_eq!(acting("Police in Chile and Peru held 18 people in raids across both countries."), None);
        assert_eq!(
            acting("An INTERPOL operation rescued 216 people trafficked into forced labour in Benin and Nigeria."),
            None
        );
    }

    #[test]
    fn a_place_and_a_dash_before_a_new_sentence_is_a_dateline() {
        let dateline = |text: &str| dateline_country(text, &Sentence::of(text)).is_some();
        assert!(dateline("Côte d’Ivoire – Forty-eight victims were rescued."));
        assert!(dateline("ABIDJAN, Côte d’Ivoire – 48 victims were rescued."));
        assert!(!dateline("Djibouti – the coast guard intercepted two boats."));
        assert!(!dateline("Police in Ghana – Forty were held."));
    }

    #[test]
    fn involved_countries_exclude_the_acting_ones() {
        let text = "Serbian police arrested 12 suspects who moved migrants through Serbia to Bosnia and Herzegovina.";
        let involved = involved_countries(&[&Sentence::of(text)], &["RS".to_string()]);
        assert_eq!(involved, ["BA"]);
    }

    #[test]
    fn themes_come_from_the_case_words() {
        assert_eq!(
            themes("victims rescued from fruit farms where they were forced to work; officials seized shotguns"),
            [Theme::ForcedLabour, Theme::Firearms]
        );
        assert_eq!(themes("a group of doctors suspected of organ trafficking"), [Theme::OrganTrafficking]);
    }

    #[test]
    fn paragraphs_about_the_same_suspect_continue_a_case() {
        let text =
            "Identified in the course of 2020’s Operation Turquesa II, this suspect was the subject of a Red Notice.";
        let refers = |text: &str| refers_back(&Sentence::of(text));
        assert!(refers(text));
        assert!(refers("She had recruited the women through a modelling agency."));
        assert!(refers("Two weeks later the woman was extradited."));
        assert!(refers("Weeks later, the network was broken up."));
        assert!(!refers("Human trafficking is increasingly linked to other crime."));
        assert!(!refers("Shelters took in the victims."));
    }
}
