//! Text folding shared by the extractor (matching country names) and the app (search):
//! both must agree on what "the same words" means.

/// Lower-cases, removes accents from Latin letters and straightens typographic apostrophes,
/// so that "Côte D’ivoire", "Cote d'Ivoire" and "COTE D'IVOIRE" fold to the same text.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        // Most of a text is ASCII without a backtick, which folds to its lower case byte for
        // byte: such a run is copied and lower-cased at once, not pushed a character at a time.
        let plain = rest.bytes().position(|byte| !byte.is_ascii() || byte == b'`').unwrap_or(rest.len());
        let start = out.len();
        out.push_str(&rest[..plain]);
        out[start..].make_ascii_lowercase();
        rest = &rest[plain..];
        if let Some(c) = rest.chars().next() {
            fold_each(&rest[..c.len_utf8()], |folded| out.push(folded));
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// [`fold`] character by character, handed to `take`: a caller that reshapes the folded text
/// as it goes (the extractor's country names) needs no copy of it first.
pub fn fold_each(text: &str, mut take: impl FnMut(char)) {
    for c in text.chars() {
        match c {
            '’' | '‘' | 'ʼ' | '`' => take('\''),
            // The common case, without the general lower-casing's table look-up.
            _ if c.is_ascii() => take(c.to_ascii_lowercase()),
            _ => match base_letter(c) {
                Some(base) => base.chars().for_each(&mut take),
                None => c.to_lowercase().for_each(&mut take),
            },
        }
    }
}

/// British spellings and their American twins, as word stems: a search for either spelling
/// finds both ("forced labor" finds "forced labour", "scam centers" finds "scam centres").
const SPELLINGS: [(&str, &str); 5] = [
    ("labour", "labor"),
    ("centre", "center"),
    ("organis", "organiz"),
    ("offence", "offense"),
    ("programme", "program"),
];

/// The text as search compares it: folded (see [`fold`]), each British spelling written the
/// American way. The search text and the texts searched both take this form, so that either
/// spelling finds the other.
pub fn search_form(text: &str) -> String {
    SPELLINGS.iter().fold(
        fold(text),
        |folded, (british, american)| {
            if folded.contains(british) { folded.replace(british, american) } else { folded }
        },
    )
}

/// The text's last `bytes` bytes at most, starting on a whole character.
pub fn last_bytes(text: &str, bytes: usize) -> &str {
    let mut start = text.len().saturating_sub(bytes);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..]
}

/// The text's first `bytes` bytes at most, ending on a whole character.
pub fn first_bytes(text: &str, bytes: usize) -> &str {
    let mut end = text.len().min(bytes);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// A count with its noun: "1 fact", "3 facts" (`one` and `many` may carry a verb: "fact
/// was", "facts were").
pub fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "Western Africa" → `western-africa`, "Turquesa II" → `turquesa-ii`: folded ASCII words
/// joined by hyphens, for ids and values in addresses.
pub fn slug(label: &str) -> String {
    fold(label).split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join("-")
}

/// The unaccented lower-case form of an accented Latin letter.
fn base_letter(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'ā' | 'Ā' => "a",
        'æ' | 'Æ' => "ae",
        'ç' | 'Ç' | 'č' | 'Č' | 'ć' | 'Ć' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' | 'ē' | 'ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'ı' | 'İ' => "i",
        'ñ' | 'Ñ' | 'ń' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'ō' => "o",
        'œ' | 'Œ' => "oe",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'ū' | 'ů' => "u",
        'ý' | 'ÿ' | 'Ý' => "y",
        'ß' => "ss",
        'š' | 'Š' | 'ş' | 'Ş' | 'ś' => "s",
        'ž' | 'Ž' | 'ź' | 'ż' => "z",
        'ğ' | 'Ğ' => "g",
        'ł' | 'Ł' => "l",
        'ř' => "r",
        'ţ' | 'ț' => "t",
        _ => return None,
    })
}

/// "3,222": digits grouped by thousands, as the releases write them.
pub fn grouped(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{counted, first_bytes, fold, last_bytes, search_form, slug};

    #[test]
    fn slugs_are_ascii() {
        assert_eq!(slug("Western Africa"), "western-africa");
        assert_eq!(slug("Australia and New Zealand"), "australia-and-new-zealand");
        assert_eq!(slug("Côte d’Ivoire"), "cote-d-ivoire");
    }

    #[test]
    fn folds_case_accents_and_apostrophes() {
        assert_eq!(fold("Côte D’ivoire"), "cote d'ivoire");
        assert_eq!(fold("Türkiye"), "turkiye");
        assert_eq!(fold("Curaçao"), "curacao");
        assert_eq!(fold("São Tomé"), "sao tome");
    }

    #[test]
    fn either_spelling_takes_one_search_form() {
        assert_eq!(search_form("Forced Labour"), search_form("forced labor"));
        assert_eq!(search_form("scam centres"), "scam centers");
        assert_eq!(search_form("Labourers"), "laborers");
        assert_eq!(search_form("Côte d’Ivoire"), "cote d'ivoire");
    }

    #[test]
    fn folds_each_accented_latin_letter_to_its_base() {
        let letters = [
            ("àáâãäåÀÁÂÃÄÅāĀ", "aaaaaaaaaaaaaa"),
            ("æÆ", "aeae"),
            ("çÇčČćĆ", "cccccc"),
            ("èéêëÈÉÊËēě", "eeeeeeeeee"),
            ("ìíîïÌÍÎÏıİ", "iiiiiiiiii"),
            ("ñÑń", "nnn"),
            ("òóôõöøÒÓÔÕÖØō", "ooooooooooooo"),
            ("œŒ", "oeoe"),
            ("ùúûüÙÚÛÜūů", "uuuuuuuuuu"),
            ("ýÿÝ", "yyy"),
            ("ß", "ss"),
            ("šŠşŞś", "sssss"),
            ("žŽźż", "zzzz"),
            ("ğĞ", "gg"),
            ("łŁ", "ll"),
            ("ř", "r"),
            ("ţț", "tt"),
        ];
        for (accented, base) in letters {
            assert_eq!(fold(accented), base, "{accented}");
        }
        assert_eq!(fold("Łódź, Škoda, İstanbul"), "lodz, skoda, istanbul");
    }

    #[test]
    fn a_count_takes_the_noun_its_number_needs() {
        assert_eq!(counted(1, "fact", "facts"), "1 fact");
        assert_eq!(counted(0, "fact", "facts"), "0 facts");
        assert_eq!(counted(3, "case was", "cases were"), "3 cases were");
    }

    #[test]
    fn keeps_other_scripts_as_they_are() {
        assert_eq!(fold("Кыргызстан"), "кыргызстан");
    }

    #[test]
    fn cuts_only_between_characters() {
        assert_eq!(last_bytes("Côte", 3), "te");
        assert_eq!(last_bytes("Côte", 4), "ôte");
        assert_eq!(first_bytes("Côte", 2), "C");
        assert_eq!((first_bytes("ab", 9), last_bytes("ab", 9)), ("ab", "ab"));
    }
}
