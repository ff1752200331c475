//! Countries named in running text, by name ("the Dominican Republic", "Côte d’Ivoire") or by
//! demonym ("Togolese victims", "Serbian police").

use std::ops::Range;

use super::country_index::{CountryCode, CountryIndex, fold_words_into, folded_words};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountryMention {
    pub code: CountryCode,
    pub span: Range<usize>,
    /// Named by its people ("Togolese") rather than by its name.
    pub demonym: bool,
}

/// The longest name tried, in words ("Saint Vincent and the Grenadines").
const MAX_NAME_WORDS: usize = 6;

/// Words in lower case that open a country's name in the lists releases write: "former
/// Yugoslav Republic of Macedonia".
const LOWER_CASE_OPENINGS: &[&str] = &["former"];

/// Reads the countries named in sentence after sentence of a release: its word list and the
/// buffers it folds words into serve every sentence, where each sentence made its own.
pub struct CountryReader<'i> {
    index: &'i CountryIndex,
    words: Vec<Range<usize>>,
    /// Each capitalised word folded in turn.
    first: String,
    /// The names the capitalised word may start.
    names: PossibleNames,
}

impl<'i> CountryReader<'i> {
    pub fn new(index: &'i CountryIndex) -> CountryReader<'i> {
        CountryReader { index, words: Vec::new(), first: String::new(), names: PossibleNames::default() }
    }

    /// Every country named in `text[range]`, in order, longest names first where they overlap.
    pub fn mentions(&mut self, text: &str, range: Range<usize>) -> Vec<CountryMention> {
        let CountryReader { index, words, first, names } = self;
        fill_words(text, range, words);
        mentions_in(text, words, index, first, names)
    }
}

/// The countries named in the `words` of `text`, with `first` and `names` to fold them in.
fn mentions_in(
    text: &str,
    words: &[Range<usize>],
    index: &CountryIndex,
    first: &mut String,
    names: &mut PossibleNames,
) -> Vec<CountryMention> {
    let mut mentions = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let word = &text[words[i].clone()];
        // Only a word that is not capitalised is asked whether it opens a name in lower case.
        let opens_in_lower_case = || {
            LOWER_CASE_OPENINGS.contains(&word)
                && words.get(i + 1).is_some_and(|next| text[next.clone()].starts_with(char::is_uppercase))
        };
        if !word.starts_with(char::is_uppercase) && !opens_in_lower_case() {
            i += 1;
            continue;
        }
        fold_words_into(possessive_stem(word).unwrap_or(word), first);
        // Most capitalised words start no country's name ("Police", "INTERPOL"): only the
        // others are tried with the words after them.
        let longest = if let Some(most_words) = index.most_name_words(first) {
            names.fill(text, words, i, first, most_words);
            names.longest_first().find_map(|(extra_words, folded)| {
                let j = i + extra_words;
                let name = &text[words[i].start..words[j].end];
                // "Ghana's police", "New Zealand’s agency": the name before a possessive.
                let (code, name) = match (index.resolve_folded(folded), possessive_stem(name)) {
                    (Some(code), stem) => (code, stem.filter(|_| j == i).unwrap_or(name)),
                    (None, Some(stem)) => (index.resolve_folded(&folded_words(stem))?, stem),
                    (None, None) => return None,
                };
                let span = words[i].start..words[i].start + name.len();
                Some((j, CountryMention { code: CountryCode::new(code)?, span, demonym: false }))
            })
        } else {
            None
        };
        let previous = i.checked_sub(1).map(|p| &text[words[p].clone()]);
        match longest {
            Some((j, mention)) => {
                // "Niger State": a state of another country, named after the one it borders.
                let a_state =
                    words.get(j + 1).is_some_and(|next| matches!(&text[next.clone()], "State" | "State's" | "State’s"));
                if !named_after_a_country(text, words, i) && !a_state {
                    mentions.push(mention);
                }
                i = j + 1;
            }
            None => {
                let next = words.get(i + 1).map(|w| &text[w.clone()]);
                // "the Irish Sea", "the Indian Ocean", "West Indian": a place no country's.
                let a_place = matches!(next, Some("Sea" | "Ocean")) || matches!(previous, Some("West" | "East"));
                if let Some(code) = index.resolve_folded_demonym(first).filter(|_| !a_place).and_then(CountryCode::new)
                {
                    mentions.push(CountryMention { code, span: words[i].clone(), demonym: true });
                }
                i += 1;
            }
        }
    }
    mentions
}

/// Whether the name at word `i` is part of a place named after a country: "New Mexico", "New
/// Jersey", "New South Wales". "New" and the name are no country's ("New Zealand" is read
/// whole, from its first word).
fn named_after_a_country(text: &str, words: &[Range<usize>], i: usize) -> bool {
    // "New Delhi [India]" names the country after a place: the words of one name are apart
    // by a space alone.
    let one_name_from =
        |k: usize| text[words[k].clone()] == *"New" && (k..i).all(|w| text[words[w].end..words[w + 1].start] == *" ");
    i.checked_sub(1).is_some_and(one_name_from)
        || i.checked_sub(2)
            .is_some_and(|k| text[words[k + 1].clone()].starts_with(char::is_uppercase) && one_name_from(k))
}

/// A name without the possessive that ends it ("Ghana's" is "Ghana"), if one does.
fn possessive_stem(name: &str) -> Option<&str> {
    name.strip_suffix("'s").or_else(|| name.strip_suffix("’s"))
}

/// The mentions that form a list ("A, B and C", "A, the B and C") starting exactly at byte
/// `start`, in order.
pub fn list_at<'m>(text: &str, start: usize, mentions: &'m [CountryMention]) -> Vec<&'m CountryMention> {
    let mut list = Vec::new();
    let mut at = start;
    // Inside an aside of places within the last item: "France – including Martinique and
    // Guadeloupe – Italy". Its places are items too, and the list goes on after its closing dash.
    let mut in_aside = false;
    for mention in mentions.iter().skip_while(|m| m.span.start < start) {
        // A bracket after an item qualifies it, and the places in it are no items: a sovereign
        // after a territory ("Hong Kong (China), ..."), a country's regions ("France
        // (Guadeloupe and Martinique), Grenada"), other words ("Ghana (observer), Togo").
        if !list.is_empty()
            && let Some(close) = bracket_after(text, at)
        {
            if mention.span.start < close {
                continue;
            }
            at = close;
        }
        let gap = &text[at..mention.span.start];
        let opens_aside = !list.is_empty() && !in_aside && opens_an_aside(gap);
        let closes_aside = in_aside && closes_an_aside(gap);
        let joins = list.is_empty() && at == mention.span.start || joins_a_list(gap) || opens_aside || closes_aside;
        if !joins {
            break;
        }
        in_aside = (in_aside || opens_aside) && !closes_aside;
        list.push(mention);
        at = mention.span.end;
    }
    list
}

/// Where a bracket that opens right after a list's item (`at`) closes, after its ")": one
/// short aside on the item's line.
fn bracket_after(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let open = rest.len() - rest.trim_start_matches(' ').len();
    let inside = rest[open..].strip_prefix('(')?;
    let close = inside.find(')').filter(|&close| close <= BRACKET_ASIDE_BYTES && !inside[..close].contains('\n'))?;
    Some(at + open + '('.len_utf8() + close + ')'.len_utf8())
}

/// How long an aside in brackets after a list's item may be.
const BRACKET_ASIDE_BYTES: usize = 60;

/// Dashes that open and close an aside.
const DASHES: [&str; 3] = ["–", "—", "-"];

/// Whether the text after a list's item opens an aside of places within it: " – including ",
/// ", including " (then closed by ", as well as ", which joins a list anyway).
fn opens_an_aside(gap: &str) -> bool {
    let mut words = gap.split_whitespace();
    words.next().is_some_and(|mark| mark == "," || DASHES.contains(&mark))
        && words.next() == Some("including")
        && words.next().is_none()
}

/// Whether the text after the last place of an aside closes it and goes on with the list: " – ".
fn closes_an_aside(gap: &str) -> bool {
    let mut words = gap.split_whitespace();
    words.next().is_some_and(|dash| DASHES.contains(&dash)) && words.next().is_none()
}

/// Whether the text between two countries joins them in a list: ", ", " and ", ", and ",
/// " as well as ", each with "the" after it or not, and " and in ", " as well as in ", with
/// white space folded (a list may be wrapped across lines).
fn joins_a_list(gap: &str) -> bool {
    // Every pair of countries in a sentence is asked: the words go on the stack, not the heap.
    let mut words = [""; 6];
    let mut count = 0;
    // "Kosovo*": the star of a footnote the European Union's texts put after the name.
    for word in gap.strip_prefix('*').unwrap_or(gap).split_whitespace() {
        if count == words.len() {
            return false;
        }
        words[count] = word;
        count += 1;
    }
    // "the" and its Spanish, Portuguese, French and German forms: "y el Perú", "e o Brasil",
    // "et le Mali", "la Guinée", "l’Algérie" (the article glued to the name), "und der Libanon".
    let joiner = match &words[..count] {
        [
            joiner @ ..,
            "the" | "el" | "la" | "los" | "las" | "o" | "os" | "le" | "les" | "l’" | "l'" | "der" | "die" | "den"
            | "dem",
        ] if !joiner.is_empty() => joiner,
        joiner => joiner,
    };
    // "y", "e", "et" and "und": "and" in Spanish, Portuguese, French and German; "sowie" and
    // "así como a", their "as well as".
    matches!(
        joiner,
        [","]
            | ["and" | "y" | "e" | "et" | "und" | "sowie"]
            | [",", "and" | "y" | "e" | "et" | "und" | "sowie"]
            | [",", "así", "como", "a"]
            | ["as", "well", "as"]
            | [",", "as", "well", "as"]
            // The same with its last word dropped, as hurried copy writes it.
            | [",", "as", "well"]
            // "made in A, B, as well as in C", "in A and in B".
            | ["and", "in"]
            | [",", "and", "in"]
            | ["as", "well", "as", "in"]
            | [",", "as", "well", "as", "in"]
    )
}

/// The names that may start at a word, folded by [`folded_words`]: the word alone, then with
/// each next word up to [`MAX_NAME_WORDS`], as long as only spaces or "&" lie between them (a
/// name does not run across punctuation: "Spain, Portugal").
///
/// Each longer name is the shorter one with the next gap and word folded and appended: these
/// gaps fold to spaces (or " and "), so this gives what folding the whole span would, while
/// folding each word once instead of once per span it ends. So every name is a start of the
/// longest, which is all that is kept, with where each name ends in it: the buffers serve
/// every capitalised word of a sentence.
#[derive(Default)]
struct PossibleNames {
    longest: String,
    /// The length in `longest` of the name of one word, of two words, and so on.
    ends: Vec<usize>,
    gap_and_word: String,
}

impl PossibleNames {
    /// The names that may start at word `first`, folded to `first_folded`, of `most_words` at
    /// most: "Spain and Portugal" tries "Spain" alone, as no country's name starts with
    /// "Spain" and has more words.
    fn fill(&mut self, text: &str, words: &[Range<usize>], first: usize, first_folded: &str, most_words: usize) {
        self.longest.clear();
        self.longest.push_str(first_folded);
        self.ends.clear();
        self.ends.push(self.longest.len());
        for next in first + 1..words.len().min(first + most_words.min(MAX_NAME_WORDS)) {
            let gap = &text[words[next - 1].end..words[next].start];
            // "St. Lucia": the dot of the short "Saint" is inside the name.
            let after_saint = gap.trim() == "." && &text[words[next - 1].clone()] == "St";
            if !matches!(gap.trim(), "" | "&") && !after_saint {
                break;
            }
            fold_words_into(&text[words[next - 1].end..words[next].end], &mut self.gap_and_word);
            if !self.longest.is_empty() && !self.gap_and_word.is_empty() {
                self.longest.push(' ');
            }
            self.longest.push_str(&self.gap_and_word);
            self.ends.push(self.longest.len());
        }
    }

    /// Each name with the count of words after the first it takes, the longest first.
    fn longest_first(&self) -> impl Iterator<Item = (usize, &str)> {
        self.ends.iter().enumerate().rev().map(|(extra_words, &end)| (extra_words, &self.longest[..end]))
    }
}

/// Fills `words` with the byte spans of the words in `text[range]`: letters and digits, with
/// apostrophes and hyphens inside a word ("d’Ivoire", "Guinea-Bissau").
fn fill_words(text: &str, range: Range<usize>, words: &mut Vec<Range<usize>>) {
    let slice = &text[range.clone()];
    words.clear();
    let bytes = slice.as_bytes();
    let mut start = None;
    let mut i = 0;
    while i < bytes.len() {
        // Most characters are ASCII letters, digits and spaces, which settle where a word
        // starts or ends on their own: read as bytes, as every sentence is, they need no
        // decoding.
        if bytes[i].is_ascii_alphanumeric() {
            start.get_or_insert(i);
            i += 1;
            continue;
        }
        if bytes[i] == b' ' {
            if let Some(s) = start.take() {
                words.push(range.start + s..range.start + i);
            }
            i += 1;
            continue;
        }
        let c = slice[i..].chars().next().expect("the loop stops at the start of a character");
        let after = &slice[i + c.len_utf8()..];
        // French's article glued to a country's name is no part of it: "l’Algérie".
        let elided_article = matches!(c, '’' | '\'')
            && start.is_some_and(|s| matches!(&slice[s..i], "l" | "L"))
            && after.starts_with(char::is_uppercase);
        if elided_article {
            start = None;
            i += c.len_utf8();
            continue;
        }
        let joins = matches!(c, '’' | '\'' | '-') && start.is_some() && after.starts_with(char::is_alphanumeric);
        // "U.S.", "U.K.": capitals and dots, the last dot too, are one word.
        let initials = c == '.'
            && start.is_some_and(|s| {
                let so_far = &slice[s..i];
                let alternating = so_far
                    .bytes()
                    .enumerate()
                    .all(|(k, b)| if k % 2 == 0 { b.is_ascii_uppercase() } else { b == b'.' });
                alternating
                    && so_far.len() % 2 == 1
                    && (so_far.len() >= 3 || slice[i + 1..].starts_with(|next: char| next.is_ascii_uppercase()))
            });
        if c.is_alphanumeric() || joins || initials {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            words.push(range.start + s..range.start + i);
        }
        i += c.len_utf8();
    }
    if let Some(s) = start {
        words.push(range.start + s..range.end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, &str, bool)> {
        CountryReader::new(&CountryIndex::new())
            .mentions(text, 0..text.len())
            .into_iter()
            .map(|m| (m.code.to_string(), &text[m.span], m.demonym))
            .collect()
    }

    #[test]
    fn finds_names_and_demonyms() {
        let text = "In one instance, 24 Togolese victims were safeguarded in Mali.";
        assert_eq!(found(text), [("TG".to_string(), "Togolese", true), ("ML".to_string(), "Mali", false)]);
    }

    #[test]
    fn a_sea_or_an_ocean_is_no_country() {
        // "Indian Customs" is India's; the Indian Ocean, the Irish Sea and the West Indies'
        // people are no country's.
        let text = "Indian Customs patrolled the Indian Ocean and the Irish Sea with West Indian and Irish crews.";
        assert_eq!(found(text), [("IN".to_string(), "Indian", true), ("IE".to_string(), "Irish", true)]);
    }

    #[test]
    fn a_place_named_after_a_country_is_no_country() {
        let text = "Raids in New Mexico, New Jersey and New South Wales; a dateline New Delhi [India]; New Zealand; \
                    Minna, the capital of Niger State, near Niger.";
        let names: Vec<(String, &str)> = found(text).into_iter().map(|(code, name, _)| (code, name)).collect();
        let expected = [("IN".to_string(), "India"), ("NZ".to_string(), "New Zealand"), ("NE".to_string(), "Niger")];
        assert_eq!(names, expected);
    }

    #[test]
    fn finds_a_name_before_a_possessive() {
        let text = "Ghana's police and New Zealand’s agency met the Lao People's Democratic Republic.";
        let names: Vec<(String, &str)> = found(text).into_iter().map(|(code, name, _)| (code, name)).collect();
        assert_eq!(
            names,
            [
                ("GH".to_string(), "Ghana"),
                ("NZ".to_string(), "New Zealand"),
                ("LA".to_string(), "Lao People's Democratic Republic")
            ]
        );
    }

    #[test]
    fn a_french_article_glued_to_a_name_is_no_part_of_it() {
        let text = "Des agents de l’Algérie et de la Côte d’Ivoire.";
        let names: Vec<(String, &str)> = found(text).into_iter().map(|(code, name, _)| (code, name)).collect();
        assert_eq!(names, [("DZ".to_string(), "Algérie"), ("CI".to_string(), "Côte d’Ivoire")]);
    }

    #[test]
    fn reads_initials_with_their_dots() {
        let text = "Police of the U.S. and U.K. met J. Smith.";
        let names: Vec<(String, &str)> = found(text).into_iter().map(|(code, name, _)| (code, name)).collect();
        assert_eq!(names, [("US".to_string(), "U.S."), ("GB".to_string(), "U.K.")]);
    }

    #[test]
    fn reads_a_short_saint_with_or_without_its_dot() {
        let text = "Crews of St. Maarten, St Lucia and St. Kitts and Nevis met at St. Ann's Hall.";
        let names: Vec<(String, &str)> = found(text).into_iter().map(|(code, name, _)| (code, name)).collect();
        let expected = [("SX", "St. Maarten"), ("LC", "St Lucia"), ("KN", "St. Kitts and Nevis")];
        assert_eq!(names, expected.map(|(code, name)| (code.to_string(), name)));
    }

    #[test]
    fn prefers_the_longest_name() {
        let text = "In the Democratic Republic of Congo and Bosnia and Herzegovina, police in Côte d’Ivoire and Trinidad & Tobago acted.";
        let codes: Vec<String> = found(text).into_iter().map(|(code, _, _)| code).collect();
        assert_eq!(codes, ["CD", "BA", "CI", "TT"]);
    }

    #[test]
    fn a_name_of_several_words_may_open_the_text() {
        assert_eq!(found("Trinidad and Tobago took part."), [("TT".to_string(), "Trinidad and Tobago", false)]);
    }

    #[test]
    fn a_list_ends_at_its_bracket_and_skips_a_bracket_after_an_item() {
        let index = CountryIndex::new();
        let list = |text: &str, first: &str| -> Vec<String> {
            let mentions = CountryReader::new(&index).mentions(text, 0..text.len());
            list_at(text, text.find(first).unwrap(), &mentions).iter().map(|m| m.code.to_string()).collect()
        };
        assert_eq!(list("Two countries (Spain and France) acted.", "Spain"), ["ES", "FR"]);
        assert_eq!(list("Hong Kong (China), Macao and Spain acted.", "Hong"), ["HK", "MO", "ES"]);
        // A bracket after an item qualifies it, whatever it holds; its places are no items.
        assert_eq!(list("Chile, France (Guadeloupe and Martinique), Peru acted.", "Chile"), ["CL", "FR", "PE"]);
        assert_eq!(list("Chile, Ghana (observer) and Peru acted.", "Chile"), ["CL", "GH", "PE"]);
        // "as well as" joins; "the" may follow any joiner, but not stand alone.
        assert_eq!(
            list("Chile, Peru as well as the Netherlands and Spain, and the Gambia acted.", "Chile"),
            ["CL", "PE", "NL", "ES", "GM"]
        );
        assert_eq!(list("Chile the Netherlands acted.", "Chile"), ["CL"]);
        // "in" may be said again after a joiner, and each item may hold its figure.
        assert_eq!(
            list("Seized in Chile (2 tonnes), Peru (1 tonne), as well as in Ghana and in Togo.", "Chile"),
            ["CL", "PE", "GH", "TG"]
        );
        // "y" and "e", Spanish's and Portuguese's "and", and their articles.
        assert_eq!(list("Participaron Chile, Perú y el Ecuador.", "Chile"), ["CL", "PE", "EC"]);
        assert_eq!(list("Atuaram Portugal, Espanha e o Brasil.", "Portugal"), ["PT", "ES", "BR"]);
        // German's "und" and "sowie", Spanish's "así como a".
        assert_eq!(
            list("Beteiligt waren Polen, Tschechien sowie Ungarn und Rumänien.", "Polen"),
            ["PL", "CZ", "HU", "RO"]
        );
        // German's articles: "und der Libanon", "die Slowakei"; a footnote's star after a name.
        assert_eq!(
            list("Darunter waren Zypern, Kosovo*, die Türkei und der Libanon.", "Zypern"),
            ["CY", "XK", "TR", "LB"]
        );
        assert_eq!(list("Actuaron Chile, Perú, así como a Canadá.", "Chile"), ["CL", "PE", "CA"]);
        // An aside of places within an item; a dash alone joins nothing.
        assert_eq!(
            list("Raids in France – including Martinique and Guadeloupe – Italy and Malta.", "France"),
            ["FR", "MQ", "GP", "IT", "MT"]
        );
        assert_eq!(list("Raids in France – Italy said – and Malta.", "France"), ["FR"]);
        // The aside may open with a comma, and the list go on with "as well as".
        assert_eq!(
            list("Raids in France, including Martinique and Guadeloupe, as well as Italy and Malta.", "France"),
            ["FR", "MQ", "GP", "IT", "MT"]
        );
    }

    #[test]
    fn possible_names_fold_like_their_whole_span() {
        let text = "The Côte d’Ivoire & Trinidad&Tobago  Guinea-Bissau,\nU.S. St. Lucia (UK) the Gambia";
        let mut words = Vec::new();
        fill_words(text, 0..text.len(), &mut words);
        for first in 0..words.len() {
            let mut names = PossibleNames::default();
            names.fill(text, &words, first, &folded_words(&text[words[first].clone()]), MAX_NAME_WORDS);
            for (extra_words, folded) in names.longest_first() {
                let span = words[first].start..words[first + extra_words].end;
                assert_eq!(folded, folded_words(&text[span.clone()]), "{:?}", &text[span]);
            }
        }
    }

    #[test]
    fn does_not_join_names_across_commas_or_take_regions() {
        let codes: Vec<String> = found("from Afghanistan, Bangladesh, Pakistan and Syria to Greece")
            .into_iter()
            .map(|(code, _, _)| code)
            .collect();
        assert_eq!(codes, ["AF", "BD", "PK", "SY", "GR"]);
        assert!(found("migrants detected in the Americas and North America, and in the Middle East").is_empty());
        assert!(found("Mexican-based groups and the Ibero-American network").is_empty());
    }
}
