//! When an operation ran: its dates, as precisely as the release states them, and its year,
//! read from the text or, marked inferred, worked out from the publication date.
//!
//! The dates are the first date or range in a sentence that names the operation, or that
//! speaks of "the operation", after those words. The year is, in this order: written with
//! those dates or with the same days elsewhere; part of the name ("Blue Harbour 2023");
//! beside a mention ("Weka I (2021)", "2020's Operation Turquesa II", "at the end of 2019");
//! "last year" or "this year" counted from the publication date; the publication date.

use std::ops::Range;
use std::sync::LazyLock;

use explorer_model::date::{Date, PartialDate};
use explorer_model::text::last_bytes;
use regex::Regex;

use crate::annotate::dates::{DateMention, WEEKDAYS, strip_suffix_ignoring_case};
use crate::annotate::operation_names::OperationName;
use crate::doc::{Doc, Sentence};
use crate::phrases::any_of;
use crate::read::action::{every_whole_words, tells_of_an_action, tells_of_police_work};
use crate::read::identity::NamedOperation;
use crate::read::publication::{after_a_wires_name, dateline_end};

/// When an operation ran, and whether its year was read or worked out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Timing {
    pub year: Option<i32>,
    pub year_inferred: bool,
    pub start: Option<PartialDate>,
    pub end: Option<PartialDate>,
    /// Where the dates were read: the span of the date in the text.
    pub dates_at: Option<Range<usize>>,
    /// How the year was found, in words for a maintainer ("the dates", "the name").
    pub year_found: Option<&'static str>,
}

/// The publication date as far as it is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Published {
    pub year: i32,
    pub month: u8,
    pub day: Option<u8>,
}

/// Words that speak of the reported operation without naming it.
const REFERENCES: &[&str] = &[
    "the operation",
    "this operation",
    "the action days",
    "the joint action",
    "the action",
    // "The month-long operation, conducted in May", "the ten-day operation".
    "-long operation",
    "-day operation",
    "-week operation",
    // "arrested during a nationwide operation on June 12", "a Europe-wide operation".
    "nationwide operation",
    "-wide operation",
    // "The joint operations were held ...", "the blitz", "the crackdown": an action
    // without a code name, as its release calls it.
    "joint operation",
    "the initiative",
    "the blitz",
    "the crackdown",
];

/// Words before a date that tie it to another event than the operation ("a planning meeting
/// on 3 March", "published on", "since 2015").
const OTHER_EVENTS: &[&str] = &[
    // "At the report launch event held on 3 October 2024, ... praised the operation".
    "event",
    "ceremony",
    "meeting",
    // "Delegates are to meet in Lyon September 4-5 to review the operation".
    "meet ",
    "conference",
    "workshop",
    "training",
    "seminar",
    "published",
    "announced",
    // "after their dinghy sank near the island on 28 June": a disaster the release recalls.
    "capsized",
    "sank",
    "drowned",
    // "prosecutors said on 3 May": when it was told, not done.
    "said on",
    // "took place two weeks after the new chief took office on 9 March": the date is the
    // other event's, the operation's an offset from it that the text does not give.
    "days after",
    "weeks after",
    "months after",
    "days before",
    "weeks before",
    "months before",
    "since",
    "before the operation",
    // A year something is compared with: "three times as many as seized in 2007".
    "times as many",
    "compared with",
    "compared to",
    "than in",
    // "The operation follows raids on four homes on 27 February": what came before it.
    "follows",
    "came after",
    "builds on",
    "prior to",
    "ahead of",
    "arrested on",
    "sentenced",
    "began",
    "started",
    "commenced",
    // In Spanish: "arrancó en marzo", when it began, not when it ran.
    "arrancó",
    "comenzó",
    "empezó",
    "se inició",
    "founded",
    "established",
    // "The ring operated between March and May": when the crimes were done.
    "group operated",
    "network operated",
    "ring operated",
    "gang operated",
    "investigation",
    // What set off an investigation: "sparked by a tip-off ... in March 2020", "the result of a
    // referral from a police force, which had arrested a man in March".
    "result of",
    "referral",
    "which had",
    "who had",
    "sparked",
    "tip-off",
    "tipped off",
    "triggered by",
    "prompted by",
];

/// Whether `text` says one of [`OTHER_EVENTS`].
fn tells_of_another_event(text: &str) -> bool {
    static ANY_OTHER_EVENT: LazyLock<Regex> = LazyLock::new(|| any_of(OTHER_EVENTS));
    ANY_OTHER_EVENT.is_match(text)
}

/// Words between the operation and a date that make the date its beginning, its end unsaid:
/// "a two-month operation that began in November 2011".
const BEGINNINGS: &[&str] = &[
    "began in",
    "began on",
    "started in",
    "started on",
    "beginning in",
    "launched in",
    "launched on",
    "commenced in",
    "commenced on",
    // "The patrol began May 3, 2019", as United States English leaves out "on".
    "began",
    "started",
    "launched",
    "commenced",
    // "have run a shared crackdown ... since May 3": running from that day on.
    "since",
    // "the week starting 3 June 2019 ending on 9 June 2019".
    "starting",
    "starting in",
    "starting on",
    "starting from",
    // "held from the early hours of Monday, 4 March": a start with no end told.
    "from the early hours of",
    "from the morning of",
    "arrancó en",
    "comenzó en",
    "empezó en",
];

/// Words that open a sentence about something besides the operation.
pub(super) const ELSEWHERE: &[&str] =
    &["elsewhere", "separately", "in a separate", "meanwhile", "earlier", "last year", "previously"];

/// Words between a verb of running and its date: "carried out in March 2023".
const RUNNING_PREPOSITIONS: &[&str] = &[" on", " from", " in", " between", " during", " over"];

/// Verbs whose date is when the operation ran: "carried out 2–8 May", "held on 4 June".
const RUNNING_VERBS: &[&str] =
    &["carried out", "conducted", "held", "took place", "ran", "run", "launched", "implemented"];

/// How far before a date or year the words that tie it to another event are looked for.
const CLAUSE_BYTES: usize = 40;

/// How far after the words that name or speak of the operation its dates may start
/// ("during Operation Linden-Wren II, a single action day against ... coordinated by the
/// Southeast European Law Enforcement Center (SELEC) on 14 May 2024").
const DATES_WINDOW: usize = 200;

/// Words right before a year that make it the time of what the sentence tells: "in 2019",
/// "at the end of 2019", "(2021)". Not "since 2015" or "until 2020".
const YEAR_LEAD_INS: &[&str] = &[
    "(",
    "in",
    "during",
    "end of",
    "beginning of",
    "start of",
    "spring of",
    "summer of",
    "autumn of",
    "fall of",
    "winter of",
    "quarter of",
    "half of",
    "semester of",
    "early",
    "mid-",
    "late",
];

pub fn timing(doc: &Doc, reported: &NamedOperation, subject: bool, published: Option<Published>) -> Timing {
    // "Operation Keel Line was launched in February": when it began, not when it ran.
    let dates = own_dates(doc, reported, subject)
        .filter(|dates| is_span(dates) || !is_a_beginning(doc, dates))
        .map(|dates| through_later_phases(doc, dates))
        .or_else(|| begun_and_ended(doc, reported));
    if dates.is_none()
        && let Some((_, begun)) = beginning(doc, reported)
    {
        // It may end in another year than it began: only a year the text ties to the
        // operation is its year.
        // One that began in the year of the release it stands in ran in that year.
        let began_this_year = || begun.start.year.filter(|&began| published.is_some_and(|p| p.year == began));
        let (year, year_told_by) = match reported.name.year.or_else(|| year_beside(doc, reported)) {
            Some(year) => (Some(year), "the name or a year beside a mention"),
            None => (began_this_year(), "the beginning's year and the publication date"),
        };
        // A day without its year: "launched today (Mar 4)" began in the year of the release it
        // stands in, which the operation is then said to be of; "launched in November last
        // year" in a release whose deeds are dated to 2025, in the year of what it did or the
        // year before. Each as (the operation's year, the year it began in, inferred, found).
        let undated = year.is_none() && begun.start.year.is_none();
        let told = if !undated {
            None
        } else if let Some(published) = published {
            let year = year_ending_before(begun.end, published);
            Some((year, year, true, "the publication date"))
        } else if subject && let Some(year) = year_of_dated_events(doc) {
            let began_in = if said_last_year(doc, begun) { year - 1 } else { year };
            Some((year, began_in, false, "the dates of what it did"))
        } else {
            None
        };
        let (year, year_inferred, start, year_found) = match told {
            Some((year, began_in, inferred, found)) => (Some(year), inferred, in_year(begun, began_in).0, Some(found)),
            None => (year, false, Some(begun.start), year.map(|_| year_told_by)),
        };
        // "Operation Kestrel was launched on 3 March 2022" and, in another sentence that names
        // it, "concluded ... on 9 April 2022": the end, in the year it began in.
        let ended = start.and_then(|start| {
            let naming = reported.sentences().into_iter().map(|i| &doc.sentences[i]);
            let endings =
                naming.flat_map(|sentence| sentence.dates.iter()).filter(|d| !is_span(d) && is_an_ending(doc, d));
            endings.map(|d| d.end).find(|end| end.year.is_some() && end.year == start.year && start < *end)
        });
        let (year, year_inferred, year_found) = match (year, ended) {
            (None, Some(end)) => (end.year, false, Some("the dates")),
            _ => (year, year_inferred, year_found),
        };
        return Timing { year, year_inferred, start, end: ended, dates_at: Some(begun.span.clone()), year_found };
    }
    // "officers searched 12 homes today", in a release dated to the day: that day, or the day
    // before for "yesterday".
    if dates.is_none()
        && let Some(published) = published
        && let Some((date, span, found)) = day_of_release(doc, reported, published)
        && reported.name.year.is_none_or(|year| year == date.year)
    {
        let day = PartialDate::new(Some(date.year), date.month, Some(date.day));
        return Timing {
            year: Some(date.year),
            year_inferred: true,
            start: day,
            end: day,
            dates_at: Some(span),
            year_found: Some(found),
        };
    }
    // "A week of raids last month led to 40 arrests": the month before publication.
    if dates.is_none()
        && let Some(published) = published
        && let Some((year, month, span)) = month_before_release(doc, reported, published)
        && reported.name.year.is_none_or(|named| named == year)
    {
        let month = PartialDate::new(Some(year), month, None);
        return Timing {
            year: Some(year),
            year_inferred: true,
            start: month,
            end: month,
            dates_at: Some(span),
            year_found: Some("“last month” and the publication date"),
        };
    }
    let dates = dates.as_ref();
    let stated_year = dates
        .and_then(|d| d.end.year.map(|year| (year, "the dates")))
        .or_else(|| {
            dates.and_then(|d| same_days_with_year(doc, d)).map(|year| (year, "the same days written elsewhere"))
        })
        .or_else(|| {
            dates
                .and_then(|d| month_with_year(doc, reported, d))
                .map(|year| (year, "the month written elsewhere with its year"))
        })
        .or(reported.name.year.map(|year| (year, "the name")))
        .or_else(|| year_beside(doc, reported).map(|year| (year, "a year beside a mention")))
        .or_else(|| {
            subject.then(|| year_of_the_lead(doc)).flatten().map(|year| (year, "the year the lead tells it in"))
        })
        .or_else(|| {
            subject.then(|| year_of_dated_events(doc)).flatten().map(|year| (year, "the dates of what it did"))
        });
    let ((year, year_inferred), year_found) = match (stated_year, published) {
        (Some((year, found)), _) => ((Some(year), false), Some(found)),
        (None, Some(published)) => match relative_year(doc, reported) {
            Some(offset) => {
                ((Some(published.year + offset), true), Some("\"last year\" or \"this year\" and the publication date"))
            }
            None => (
                (Some(dates.map_or(published.year, |d| year_of_dates_before(d, published))), true),
                Some("the publication date"),
            ),
        },
        (None, None) => ((None, false), None),
    };
    // "ran in November last year": the month before the year the text states, where it
    // states one; a year from the publication date is already the last November's before it.
    let (start, end) = match (dates, year) {
        (Some(d), Some(year)) if d.end.year.is_none() && said_last_year(doc, d) && !year_inferred => {
            in_year(d, year - 1)
        }
        (Some(d), Some(year)) if d.end.year.is_none() => in_year(d, year),
        (Some(d), _) => (Some(d.start), Some(d.end)),
        (None, _) => (None, None),
    };
    // "ran until 13 June", "concluded on 13 June": when it ended; when it began is not said.
    let start = start.filter(|_| dates.is_none_or(|d| is_span(d) || !is_an_ending(doc, d)));
    Timing { year, year_inferred, start, end, dates_at: dates.map(|d| d.span.clone()), year_found }
}

/// Whether "last year" follows a date: "in November last year".
fn said_last_year(doc: &Doc, date: &DateMention) -> bool {
    doc.text[date.span.end..].trim_start_matches(',').trim_start().starts_with("last year")
}

/// The operation's own dates, found in this order:
/// - the first date after a mention of it, or after words that speak of it, in the same
///   sentence and tied to no other event;
/// - a date that a verb of running governs in such a sentence ("Carried out May 2–8, 2023
///   by ..., the operation resulted in ...");
/// - the first span of days or months in such a sentence, wherever it stands ("detained 64
///   suspects between 11 and 15 March 2024 during the Joint Action Days Drava");
/// - in a release about the operation, the one span its body gives ("From 9 to 13 October
///   2022 they reinforced checks"), when it gives exactly one.
fn own_dates<'d>(doc: &'d Doc, reported: &NamedOperation, subject: bool) -> Option<&'d DateMention> {
    let named = reported.mentions.iter().find_map(|(i, mention)| date_after(doc, &doc.sentences[*i], mention.span.end));
    let referred = || {
        doc.body().find_map(|sentence| {
            let at = reference_end(sentence)?;
            date_after(doc, sentence, sentence.span.start + at)
        })
    };
    let about_it = || {
        let naming = reported.sentences().into_iter().map(|i| &doc.sentences[i]);
        naming.chain(doc.body().filter(|sentence| reference_end(sentence).is_some()))
    };
    let governed = || {
        about_it().find_map(|sentence| {
            sentence.dates.iter().find(|d| {
                let said_before = doc.text[sentence.span.start..d.span.start].trim_end().to_lowercase();
                let before =
                    RUNNING_PREPOSITIONS.iter().find_map(|p| said_before.strip_suffix(p)).unwrap_or(&said_before);
                // "The agency on 12 May held a day of action", "yesterday (12 May) held":
                // the date between the subject and its verb.
                let after = doc.text[d.span.end..sentence.span.end].trim_start_matches(')').trim_start();
                let before_its_verb = (said_before.ends_with(" on") || said_before.ends_with('('))
                    && RUNNING_VERBS
                        .iter()
                        .any(|verb| after.strip_prefix(verb).is_some_and(|rest| rest.starts_with(' ')));
                (RUNNING_VERBS.iter().any(|verb| before.ends_with(verb)) || before_its_verb)
                    && !tied_elsewhere(doc, sentence, d)
            })
        })
    };
    // "the follow-up to Operation Kestrel in March and June": a span after another operation's
    // name is that operation's.
    let after_another = |sentence: &Sentence, date: &DateMention| {
        sentence.operations.iter().any(|o| o.span.end <= date.span.start && names_another(reported, o))
    };
    let spanned = || {
        about_it().find_map(|sentence| {
            sentence
                .dates
                .iter()
                .find(|d| is_span(d) && !tied_elsewhere(doc, sentence, d) && !after_another(sentence, d))
        })
    };
    let only_span = || {
        let elsewhere = |s: &&Sentence| {
            let opening = s.lower();
            ELSEWHERE.iter().any(|words| opening.starts_with(words))
        };
        let mut spans = doc.body().filter(|s| !elsewhere(s)).flat_map(|s| {
            s.dates.iter().filter(move |d| is_span(d) && !tied_elsewhere(doc, s, d) && !after_another(s, d))
        });
        let first = spans.next()?;
        // "From 5 to 9 September 2018, ..." and "The results from 5 to 9 September:" are one span.
        let same_days = |a: &PartialDate, b: &PartialDate| {
            (a.month, a.day) == (b.month, b.day) && (a.year == b.year || a.year.is_none() || b.year.is_none())
        };
        (subject && spans.all(|other| same_days(&other.start, &first.start) && same_days(&other.end, &first.end)))
            .then_some(first)
    };
    // "In mid-October 2017, a police operation ...": a date that opens a sentence about it;
    // not a date line before a dash ("21 September 2018 - Forty-four countries ..."), which
    // dates the release.
    let opening = || about_it().find_map(|sentence| date_opening(doc, sentence, sentence.span.start));
    // "HARBOUR CITY – On 9 June 2022, officers rescued 11 workers ...": in a release about one
    // action, the date that opens the first sentence of its body, past its dateline, where
    // that sentence tells a deed.
    let first_of_a_deed = || doc.body().next().filter(|first| subject && tells_a_deed(first));
    let first_deed = || {
        let first = first_of_a_deed()?;
        date_opening(doc, first, first.span.start + dateline_end(first.text(doc.text)))
    };
    // "Officers searched two homes today, Monday, 4 May, as part of a joint operation": in a
    // release about one action, the day its first sentence gives as today, where nothing
    // says it was only told then.
    let today = || {
        let first = first_of_a_deed()?;
        let said = first.text(doc.text);
        first.dates.iter().find(|d| {
            let at = d.span.start - first.span.start;
            let before = without_weekday(&said[..at]).trim_end_matches([',', ' ']);
            strip_suffix_ignoring_case(before, " today").is_some() && !nearest_verb_is(said, at, NOT_WHEN_IT_RAN)
        })
    };
    // "the operation formally ended in March": when it ended, which a span it ran over
    // written elsewhere ("Its field phase (2 January – 31 March 2021)") tells better.
    let an_ending = |date: &&DateMention| !is_span(date) && is_an_ending(doc, date);
    let ending = || named.filter(an_ending).or_else(|| referred().filter(an_ending));
    let running = || {
        let named = named.filter(|date| !an_ending(date));
        named.or_else(|| referred().filter(|date| !an_ending(date)))
    };
    let found = running()
        .or_else(governed)
        .or_else(spanned)
        .or_else(opening)
        .or_else(only_span)
        .or_else(first_deed)
        .or_else(today)
        .or_else(ending)?;
    // "led to 158 arrests in June ... The operation, conducted between June 1 and June 6": days
    // within the month said first tell the same time more exactly.
    let within = |date: &PartialDate, month: &PartialDate| {
        date.day.is_some()
            && date.month == month.month
            && (month.year.is_none() || date.year.is_none() || date.year == month.year)
    };
    let days_within = |days: &&DateMention| within(&days.start, &found.start) && within(&days.end, &found.start);
    // "Joint Action Days in March 2022 ... Between 7 and 11 March": days
    // within the month in a sentence that does not name the operation say it too.
    let in_the_body =
        || doc.body().find_map(|s| s.dates.iter().find(|d| is_span(d) && days_within(d) && !tied_elsewhere(doc, s, d)));
    let exact = (found.start.day.is_none() && found.start == found.end)
        .then(|| spanned().filter(days_within).or_else(in_the_body))
        .flatten();
    Some(exact.unwrap_or(found))
}

/// The first date of `sentence` where it opens the words from `from` ("In mid-October 2017,
/// ..."), unless a dash follows it, as a date line's does ("21 September 2018 - Forty-four
/// countries ...", and a wire's "June 9 (Wire) -- Officers rescued ...").
fn date_opening<'d>(doc: &Doc, sentence: &'d Sentence, from: usize) -> Option<&'d DateMention> {
    let first = sentence.dates.first()?;
    let before = doc.text.get(from..first.span.start)?.trim().to_ascii_lowercase();
    let after = doc.text[first.span.end..].trim_start();
    let date_line = after_a_wires_name(after).map_or(after, str::trim_start).starts_with(['-', '–', '—']);
    (opens_with_the_date(&before) && !date_line && !held_or_told_then(sentence, first)).then_some(first)
}

/// Words that may stand before a date that opens a sentence: "In", "On", "This morning,
/// Wednesday, 3 May 2023, ...", and "On the 6th of May", as British English writes a day.
const OPENING_PREPOSITIONS: &[&str] =
    &["", "in", "on", "on the", "from", "between", "during", "at", "this morning", "early this morning"];

/// Words for a part of a month that may stand between them and the date: "At the beginning
/// of June".
const OPENING_MONTH_PARTS: &[&str] = &["the beginning of", "the start of", "the middle of", "the end of"];

/// Whether the words before a sentence's first date (in ASCII lower case, trimmed) let it
/// open the sentence: "", "In", "On Wednesday", "At the beginning of".
pub(crate) fn opens_with_the_date(before: &str) -> bool {
    let before = without_weekday(before);
    let before = OPENING_MONTH_PARTS.iter().find_map(|part| before.strip_suffix(part)).map_or(before, str::trim_end);
    OPENING_PREPOSITIONS.contains(&before)
}

/// The date an operation began, where the text gives no other and says nothing of its end:
/// the date after "began in" a few words after "operation", in a sentence that names or
/// speaks of it.
fn beginning<'d>(doc: &'d Doc, reported: &NamedOperation) -> Option<(&'d Sentence, &'d DateMention)> {
    let naming = reported.sentences();
    let naming_sentences = naming.iter().map(|&i| &doc.sentences[i]);
    naming_sentences.chain(doc.body()).find_map(|sentence| {
        let names_it = naming.iter().any(|&i| doc.sentences[i].span == sentence.span);
        let date = sentence.dates.iter().find(|d| {
            let before = doc.text[sentence.span.start..d.span.start].trim_end().to_ascii_lowercase();
            let clause = last_bytes(&before, CLAUSE_BYTES);
            // "The joint operations ran ... from the early hours of 4 March".
            let referred_before = || reference_end(sentence).is_some_and(|at| sentence.span.start + at <= d.span.start);
            // "Starting in March 2021, the six-month operation traced ...": the beginning opens
            // the sentence, and the operation is its subject.
            let opening_its_sentence =
                || BEGINNINGS.contains(&before.as_str()) && OPERATION_AS_SUBJECT.is_match(&doc.text[d.span.end..]);
            !is_span(d)
                && (names_it || clause.contains("operation") || referred_before() || opening_its_sentence())
                && is_a_beginning(doc, d)
        })?;
        Some((sentence, date))
    })
}

/// The operation as the subject right after a date: ", the six-month long operation".
static OPERATION_AS_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^,?\s+(?:the|this)\s+(?:[\w-]+\s+){0,3}?(?:operation|action|initiative|crackdown)\b")
        .expect("valid regex")
});

/// Whether `date`, a day or month, is said as when the operation began: "began in March".
fn is_a_beginning(doc: &Doc, date: &DateMention) -> bool {
    let before = doc.text[..date.span.start].trim_end();
    let before = last_bytes(before, CLAUSE_BYTES).to_ascii_lowercase();
    // "launched today (Mar 4)": the verb, then the day in brackets.
    let today = before.strip_suffix('(').map(str::trim_end).and_then(|rest| rest.strip_suffix(" today"));
    let verb = today.and_then(|rest| rest.rsplit(' ').next());
    let launched_today = verb.is_some_and(|verb| BEGINNINGS.iter().any(|words| words.split(' ').next() == Some(verb)));
    BEGINNINGS.iter().any(|words| without_weekday(&before).ends_with(words))
        || launched_today
        || opens_a_launch(doc, date)
        || told_before_the_date(doc, date, LAUNCH_VERBS)
}

/// Whether `date` is said as when the operation ended: "concluded in November", "concluded
/// the joint operation (codenamed Kestrel) on 12 March".
fn is_an_ending(doc: &Doc, date: &DateMention) -> bool {
    let before = last_bytes(doc.text[..date.span.start].trim_end(), CLAUSE_BYTES).to_ascii_lowercase();
    ENDED_AT.iter().any(|words| without_weekday(&before).ends_with(words))
        || told_before_the_date(doc, date, &[" concluded ", " ended ", " completed "])
}

/// Whether the clause that ends in "in" or "on" right before `date` holds one of `verbs`, told
/// before the operation's name with the date after it: "launched the operation, Operation
/// Kestrel, in November", "concluded the joint operation (codenamed Kestrel) on 12 March".
fn told_before_the_date(doc: &Doc, date: &DateMention, verbs: &[&str]) -> bool {
    let said = last_bytes(doc.text[..date.span.start].trim_end(), LAUNCH_CLAUSE_BYTES).to_ascii_lowercase();
    let clause = said.rsplit(['.', ';', ':']).next().unwrap_or(&said);
    [" in", " on"].iter().any(|preposition| clause.ends_with(preposition))
        && verbs.iter().any(|verb| clause.contains(verb))
}

/// Whether `date` opens a sentence that tells of a launch: "In May 2022, the unit launched
/// Project Kingfisher".
fn opens_a_launch(doc: &Doc, date: &DateMention) -> bool {
    // Sentences stand in reading order: the last to start at or before the date holds it.
    let at = doc.sentences.partition_point(|s| s.span.start <= date.span.start);
    let Some(sentence) = at.checked_sub(1).map(|i| &doc.sentences[i]).filter(|s| s.span.contains(&date.span.start))
    else {
        return false;
    };
    let opening = doc.text[sentence.span.start..date.span.start].trim().to_ascii_lowercase();
    let clause = doc.text[date.span.end..sentence.span.end].split([';', ':']).next().unwrap_or_default();
    opens_with_the_date(&opening) && LAUNCH_VERBS.iter().any(|verb| clause.contains(verb))
}

/// How far before a date a launch or an end told before the operation's name may stand: "The
/// agency launched a nationwide joint operation, Operation Kestrel, in".
const LAUNCH_CLAUSE_BYTES: usize = 100;

/// Verbs that tell of a beginning after a date that opens their sentence.
/// "Ever since the launch of Operation Kestrel in March": the noun too.
const LAUNCH_VERBS: &[&str] = &[" launched ", " began ", " started ", " initiated ", " launch of "];

/// Words between a beginning and the end said after it: "started on 16 June and ended (on)
/// 29 June".
const ENDINGS: &[&str] = &["ended", "ended on", "finished on", "concluded on", "ran until", "ending", "ending on"];

/// Words right before a day or month that say the operation ended then ([`is_an_ending`]):
/// "until", and "to the" where a range's start is told in words the dates do not read ("from
/// the first to the 9th of May").
const ENDED_AT: &[&str] =
    &["concluded in", "concluded on", "ended in", "ended on", "finished in", "finished on", "until", "up to", "to the"];

/// The beginning and the end said apart ("started on Monday 16 June 2014 and ended Sunday 29
/// June 2014"), as one span.
fn begun_and_ended(doc: &Doc, reported: &NamedOperation) -> Option<DateMention> {
    let (sentence, begun) = beginning(doc, reported)?;
    let ended = sentence.dates.iter().find(|d| {
        let between = doc.text[begun.span.end..d.span.start.max(begun.span.end)].trim_end().to_ascii_lowercase();
        d.span.start >= begun.span.end && ENDINGS.iter().any(|words| without_weekday(&between).ends_with(words))
    })?;
    Some(DateMention { span: begun.span.start..ended.span.end, start: begun.start, end: ended.end })
}

/// Words shortly before a day that make it when something was said about the action, or when
/// a court took up its suspects: "police said today", "announced today", "briefing reporters
/// today", "were due to appear in court this morning".
const NOT_WHEN_IT_RAN: &[&str] = &[
    "appear",
    "appeared",
    "court",
    "charged",
    "said",
    "says",
    "added",
    "announced",
    "told",
    "stated",
    "statement",
    "reported",
    "briefing",
    "briefed",
    "conference",
    "welcomed",
    "next",
];

/// How many words before a day the verb it goes with is looked for.
const VERB_REACH_WORDS: usize = 6;

/// Past forms of deeds that do not end in "-ed": "made", "held".
const IRREGULAR_DEEDS: &[&str] =
    &["made", "held", "took", "found", "led", "ran", "began", "caught", "hit", "swept", "shut"];

/// The day a sentence naming the operation, or one of the release's first two paragraphs, says
/// it ran "today" or "yesterday": the publication date or the day before, where it is known to
/// the day, with where the word is written and how the year was found. A day of the week
/// ("raided 40 homes on Wednesday") is no date: which week it fell in is the reader's guess,
/// and readers of such releases leave it unstated.
fn day_of_release(
    doc: &Doc,
    reported: &NamedOperation,
    published: Published,
) -> Option<(Date, Range<usize>, &'static str)> {
    let published = Date::new(published.year, published.month, published.day?)?;
    // "homes were raided this morning at dawn": the morning of the day it was published.
    let today = || {
        let span = said_relative_to_release(doc, reported, &["today", "this morning"])?;
        Some((published, span, "“today” and the publication date"))
    };
    let yesterday = || {
        let span = said_relative_to_release(doc, reported, &["yesterday"])?;
        Some((published.day_before(), span, "“yesterday” and the publication date"))
    };
    today().or_else(yesterday)
}

/// The month a sentence naming the operation, or one of the release's first two paragraphs,
/// says it ran "last month": the month before the publication date's, as (year, month), with
/// where the words are written.
fn month_before_release(doc: &Doc, reported: &NamedOperation, published: Published) -> Option<(i32, u8, Range<usize>)> {
    let span = said_relative_to_release(doc, reported, &["last month"])?;
    let (year, month) =
        if published.month == 1 { (published.year - 1, 12) } else { (published.year, published.month - 1) };
    Some((year, month, span))
}

/// Where the first of `words` ("today", "last month") is written in a sentence naming the
/// operation, or in one of the release's first two paragraphs, as when it ran: not when
/// something was said of it, nor when it began, and not in a sentence that writes a date,
/// which tells the time by it or tells of something else.
fn said_relative_to_release(doc: &Doc, reported: &NamedOperation, words: &[&str]) -> Option<Range<usize>> {
    let lead_blocks: Vec<usize> = doc.body().map(|s| s.block).fold(Vec::new(), |mut blocks, block| {
        if blocks.len() < 2 && !blocks.contains(&block) {
            blocks.push(block);
        }
        blocks
    });
    let naming = reported.sentences().into_iter().map(|i| &doc.sentences[i]);
    let lead = doc.body().filter(|s| lead_blocks.contains(&s.block));
    naming.chain(lead).filter(|sentence| sentence.dates.is_empty()).find_map(|sentence| {
        let said = sentence.text(doc.text);
        // "last month's stories": what is of that time, not a deed in it.
        let possessive = |end: usize| said[end..].starts_with("'s") || said[end..].starts_with("’s");
        let (at, len) = words.iter().find_map(|words| {
            every_whole_words(said, words)
                .find(|&at| {
                    !said_then_in(said, at) && !nearest_verb_is(said, at, BEGUN_VERBS) && !possessive(at + words.len())
                })
                .map(|at| (at, words.len()))
        })?;
        let start = sentence.span.start;
        Some(start + at..start + at + len)
    })
}

/// Whether the day named at `at` of `said` ("today", "on 6 May") is when something was said of the
/// operation, not when it ran: the nearest verb before it is one of [`NOT_WHEN_IT_RAN`]
/// ("announced the new unit today"), not a deed ("said they raided homes today").
fn said_then_in(said: &str, at: usize) -> bool {
    nearest_verb_is(said, at, NOT_WHEN_IT_RAN)
}

/// Whether the nearest verb before `at` in `said` is one of `verbs`, looked for up to
/// [`VERB_REACH_WORDS`] back and no further than another verb of a deed.
fn nearest_verb_is(said: &str, at: usize, verbs: &[&str]) -> bool {
    let before = said[..at].split_whitespace().rev().take(VERB_REACH_WORDS);
    let words = before.map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase());
    for word in words {
        if verbs.contains(&word.as_str()) {
            return true;
        }
        if word.len() > 3 && word.ends_with("ed") || IRREGULAR_DEEDS.contains(&word.as_str()) {
            return false;
        }
    }
    false
}

/// Verbs that make a day when something began, not when it ran: "launched an investigation
/// today".
const BEGUN_VERBS: &[&str] = &["launched", "began", "begun", "started", "opened", "initiated"];

/// Words before a date without the day of the week that ends them: "started on monday".
fn without_weekday(before: &str) -> &str {
    // "starting, Monday," as some releases set the day apart.
    let before = before.trim_end_matches([',', ' ']);
    let without = WEEKDAYS.iter().find_map(|day| strip_suffix_ignoring_case(before, day));
    without.map_or(before, |rest| rest.trim_end_matches([',', ' ']))
}

/// Words that join one phase's dates to the next's: "between 3 and 14 May and between 2 and
/// 9 June", "from 2 to 6 May, and from 10 to 14 June".
const NEXT_PHASE_WORDS: &[&str] = &["and", "and from", "and between", "and on", "and on the", "and in", "then from"];

/// The operation's dates through the later phases that the same sentence joins to them:
/// from the first phase's start to the last one's end.
fn through_later_phases(doc: &Doc, dates: &DateMention) -> DateMention {
    let mut through = dates.clone();
    let Some(sentence) = doc.sentences.iter().find(|s| s.span.contains(&dates.span.start)) else { return through };
    for next in sentence.dates.iter().filter(|d| d.span.start >= dates.span.end) {
        let between = doc.text[through.span.end..next.span.start].trim().trim_start_matches(',').trim().to_lowercase();
        // "on 2 May (in Bremen) and 6 May (in Kiel)": where each day's action was, in brackets.
        let between = between
            .strip_prefix('(')
            .and_then(|aside| aside.split_once(')'))
            .map_or(&*between, |(_, rest)| rest.trim());
        if !NEXT_PHASE_WORDS.contains(&between) || !is_later(&next.start, &through.end) {
            break;
        }
        // "Between 16 and 20 September 2019 and on the 25 September": a later phase in the
        // same year as the one before, where it gives none.
        let same_year = next.end.year.is_none() && next.end.month >= through.end.month;
        through.end = PartialDate { year: if same_year { through.end.year } else { next.end.year }, ..next.end };
        through.span.end = next.span.end;
    }
    through
}

/// Whether `date` comes after `than`, comparing years only where both are known.
fn is_later(date: &PartialDate, than: &PartialDate) -> bool {
    let day = |d: &PartialDate| (d.month, d.day.unwrap_or(0));
    match (date.year, than.year) {
        (Some(year), Some(than_year)) if year != than_year => year > than_year,
        _ => day(date) > day(than),
    }
}

/// Days or months from one to another, not a single day.
fn is_span(date: &DateMention) -> bool {
    date.start != date.end
}

/// Whether the words just before a date tie it to another event ("a meeting from 3 to 5
/// March").
fn tied_elsewhere(doc: &Doc, sentence: &Sentence, date: &DateMention) -> bool {
    let before = doc.text[sentence.span.start..date.span.start].to_lowercase();
    said_then(&before)
        || tells_of_another_event(last_bytes(&before, CLAUSE_BYTES))
        || another_events_day(doc, sentence, date)
}

/// The day the first paragraph of the body says the action was told of, where the release
/// states no date of its own: "Officers freed nine workers ..., the police said Saturday,
/// May 6, 2023.", "On 25 May 2021, the coast guard unveiled the results of ...". It dates the
/// release as a publication date would, so that the action's own days told without their year
/// ("on Friday, May 5") take that year.
pub fn told_on(doc: &Doc) -> Option<Published> {
    // The first paragraph: a wire copy may give the day in its second sentence ("..., the
    // agency reported on Monday 8 May 2023").
    let block = doc.body().next()?.block;
    let date = doc.body().take_while(|s| s.block == block).find_map(|sentence| {
        sentence.dates.iter().find(|d| {
            let before = doc.text[sentence.span.start..d.span.start].to_lowercase();
            said_then(&before) || before.trim_end().ends_with(" said on") || results_told_then(sentence, d)
        })
    })?;
    let (year, day) = (date.start.year?, date.start.day?);
    (date.start == date.end).then_some(Published { year, month: date.start.month, day: Some(day) })
}

/// Whether the words before a date (in lower case) end with "said", as when it was told is
/// written without "on": "the police said Saturday, May 6". ("said on" is among
/// [`OTHER_EVENTS`].)
fn said_then(before: &str) -> bool {
    let before = without_weekday(before);
    // "dijo este jueves 9 de mayo": Spanish, with its weekday after "este".
    let before = SPANISH_WEEKDAYS.iter().find_map(|day| before.strip_suffix(day)).map_or(before, str::trim_end);
    let before = before.strip_suffix(" este").unwrap_or(before);
    [" said", " informó", " anunció", " dijo"].iter().any(|verb| before.ends_with(verb))
}

/// Days of the week in Spanish, in the lower case it writes them in.
const SPANISH_WEEKDAYS: [&str; 7] = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"];

/// Whether a date is another event's however far the words that tell so stand from it: it
/// names the event ("the March 8 riots"), or it follows the name of an operation that an event
/// was held about ("the debriefing meeting of Operation Kestrel ... from 4 to 6 May").
fn another_events_day(doc: &Doc, sentence: &Sentence, date: &DateMention) -> bool {
    names_an_event(doc, date)
        || after_an_event_about_the_operation(doc, sentence, date)
        || held_or_told_then(sentence, date)
}

/// Whether the sentence tells, after the date, of a gathering held on it or of results told
/// on it, before any deed: the day of a meeting or of a report, not of the action.
fn held_or_told_then(sentence: &Sentence, date: &DateMention) -> bool {
    a_gathering_held_then(sentence, date) || results_told_then(sentence, date)
}

/// Whether the sentence tells, after the date, of results told on it before any deed: "On 25
/// May 2021, the coast guard unveiled the results of the campaign's third phase": the day
/// they were told, while the campaign ran weeks before.
fn results_told_then(sentence: &Sentence, date: &DateMention) -> bool {
    static TOLD_RESULTS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:presented|announced|unveiled|released|published|revealed|shared|reported)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:results|outcomes?|findings|balance)(?-u:\b)")
            .expect("valid regex")
    });
    said_after_before_any_deed(sentence, date, &TOLD_RESULTS)
}

/// Whether the sentence tells, after the date, of a gathering held on it before any deed:
/// "On 3-4 May, the agency held a debriefing with those who took part": the
/// meeting's days, not the operation's.
fn a_gathering_held_then(sentence: &Sentence, date: &DateMention) -> bool {
    static HELD_A_GATHERING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?-u:\b)(?:held|hosted|organi[sz]ed|convened)\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){{0,3}}?(?:{})s?(?-u:\b)",
            EVENTS_ABOUT_AN_OPERATION.join("|")
        ))
        .expect("valid regex")
    });
    said_after_before_any_deed(sentence, date, &HELD_A_GATHERING)
}

/// Whether `words` follow the date in its sentence with no deed between them.
fn said_after_before_any_deed(sentence: &Sentence, date: &DateMention, words: &Regex) -> bool {
    // `lower` is the sentence's ASCII lower case, byte for byte.
    let lower = sentence.lower();
    let after = &lower[date.span.end - sentence.span.start..];
    words.find(after).is_some_and(|said| !DEEDS.is_match(&after[..said.start()]))
}

/// Events that a date before them names: "the January 8 riots", "the 11 March attacks".
const EVENTS_NAMED_BY_THEIR_DATE: &[&str] =
    &["riots", "riot", "attack", "attacks", "bombing", "bombings", "protests", "elections", "earthquake", "floods"];

/// Whether a date is the name of an event it goes before ("the January 8 riots"): the event's
/// day, which an operation may look into, not when it ran.
fn names_an_event(doc: &Doc, date: &DateMention) -> bool {
    let after = doc.text[date.span.end..].trim_start();
    let word = after.split(|c: char| !c.is_alphabetic()).next().unwrap_or_default();
    EVENTS_NAMED_BY_THEIR_DATE.contains(&word)
}

/// Events held about an operation, whose name follows them: "the debriefing meeting of
/// Operation Kestrel".
const EVENTS_ABOUT_AN_OPERATION: &[&str] =
    &["meeting", "conference", "workshop", "seminar", "debriefing", "briefing", "ceremony", "event"];

/// Whether a date follows an operation's name that follows an event held about it ("a
/// debriefing meeting of Operation Kestrel in Lyon from 4 to 6 May"): the days are the
/// event's, however far the name stands from them.
fn after_an_event_about_the_operation(doc: &Doc, sentence: &Sentence, date: &DateMention) -> bool {
    sentence.operations.iter().filter(|name| name.span.end <= date.span.start).any(|name| {
        let before = doc.text[sentence.span.start..name.span.start].trim_end();
        let Some(event) = ["of", "for"].iter().find_map(|word| before.strip_suffix(word)) else { return false };
        // "of the Operation", "of WCO Operation": an article, or a body's name in capitals.
        let event = event.trim_end();
        let event = event.strip_suffix(" the").unwrap_or(event);
        let event = event.trim_end_matches(|c: char| c.is_ascii_uppercase()).trim_end();
        let event = event.to_ascii_lowercase();
        EVENTS_ABOUT_AN_OPERATION
            .iter()
            .any(|noun| event.strip_suffix(noun).is_some_and(|rest| !rest.ends_with(|c: char| c.is_alphanumeric())))
    })
}

/// Where the first words that speak of the operation end in a sentence, as a byte offset.
fn reference_end(sentence: &Sentence) -> Option<usize> {
    let lower = sentence.lower();
    REFERENCES.iter().filter_map(|words| lower.find(words).map(|at| at + words.len())).min()
}

fn date_after<'d>(doc: &Doc, sentence: &'d Sentence, from: usize) -> Option<&'d DateMention> {
    let date = sentence.dates.iter().find(|d| d.span.start >= from && d.span.start - from <= DATES_WINDOW)?;
    let between = doc.text[from..date.span.start].to_lowercase();
    // A date after another operation's name is that operation's.
    let other_operation = sentence.operations.iter().any(|o| from <= o.span.start && o.span.end <= date.span.start);
    let elsewhere = said_then(&between) || tells_of_another_event(&between) || another_events_day(doc, sentence, date);
    (!other_operation && !elsewhere).then_some(date)
}

/// The year of the same days written elsewhere with it (a caption: "took place from 29
/// September to 4 October 2024").
fn same_days_with_year(doc: &Doc, dates: &DateMention) -> Option<i32> {
    let days = |d: &PartialDate| (d.month, d.day);
    // A date line ("02 December 2015") dates the page, whatever day the action fell on.
    let date_line = |s: &Sentence| s.dates.len() == 1 && s.span.len() - s.dates[0].span.len() <= DATE_LINE_SLACK_BYTES;
    doc.sentences.iter().filter(|s| !date_line(s)).flat_map(|s| &s.dates).find_map(|other| {
        let same = days(&other.start) == days(&dates.start) && days(&other.end) == days(&dates.end);
        if same { other.end.year } else { None }
    })
}

/// How many bytes besides its date a line may hold and still be a date line ("Posted: ").
const DATE_LINE_SLACK_BYTES: usize = 8;

/// Whether a mention names another operation than the reported one, or its series without
/// the reported edition ("Operation Kestrel", where the release is about Kestrel 2.0): its
/// dates and months are that operation's.
fn names_another(reported: &NamedOperation, mention: &OperationName) -> bool {
    !reported.mentions.iter().any(|(_, m)| m.span == mention.span) || mention.edition != reported.name.edition
}

/// The year of the month the days fall in, written elsewhere with it and no day ("Joint Action
/// Days in March 2022 ... Between 7 and 11 March and on 15 March"); not a month written as
/// another operation's time or another event's ("after the sweep of June 2024, Operation
/// Kestrel").
fn month_with_year(doc: &Doc, reported: &NamedOperation, dates: &DateMention) -> Option<i32> {
    let of_another = |s: &Sentence| s.operations.iter().any(|o| names_another(reported, o));
    (dates.start.month == dates.end.month && dates.start.day.is_some())
        .then(|| {
            doc.sentences.iter().filter(|s| !of_another(s)).find_map(|s| {
                s.dates.iter().find_map(|other| {
                    let the_month = other.start.day.is_none() && other.start == other.end;
                    (the_month && other.start.month == dates.start.month && !tied_elsewhere(doc, s, other))
                        .then_some(other.start.year)
                        .flatten()
                })
            })
        })
        .flatten()
}

/// Words after a name that go on to earlier actions, whose year a year after them is: "was
/// set up following operations Lark and Wren in 2015".
const EARLIER_ACTIONS_AFTER_NAME: &[&str] =
    &["following ", "followed ", "follows ", "builds on ", "building on ", "built on ", "succeeds ", "succeeded "];

/// A year written beside a mention ("Weka I (2021)", "2020's Operation Turquesa II", "Joint
/// Action Days 2019") or in
/// its sentence as the time of what it tells ("at the end of 2019"), with no other
/// operation named between the two.
pub fn year_beside(doc: &Doc, named: &NamedOperation) -> Option<i32> {
    named.mentions.iter().find_map(|(i, mention)| {
        let sentence = &doc.sentences[*i];
        let nothing_between = |a: usize, b: usize| {
            !sentence
                .operations
                .iter()
                .any(|other| other.span != mention.span && a <= other.span.start && other.span.end <= b)
        };
        sentence
            .numbers
            .iter()
            .filter(|n| n.is_year(doc.text) && !sentence.in_date(&n.span))
            .find(|n| {
                let bracketed = n.span.start >= mention.span.end
                    && doc.text[mention.span.end..n.span.start].trim() == "("
                    && doc.text[n.span.end..].starts_with(')');
                // "the EMPACT Joint Action Days 2019": the year an action's words end with.
                let ending =
                    n.span.start == mention.span.end + ' '.len_utf8() && doc.text[mention.span.end..].starts_with(' ');
                if bracketed || ending {
                    true
                } else if n.span.end <= mention.span.start {
                    let between = &doc.text[n.span.end..mention.span.start];
                    // "2020's Operation Turquesa II", "the 2021 edition of Operation Kestrel":
                    // the year names the edition.
                    let names_its_edition = matches!(between.trim(), "’s" | "'s" | "edition of");
                    // A year bracketed after another name is that one's ("Bramble Key I (2021)
                    // ..., and Bramble Key II"); one across a semicolon is of another clause.
                    let anothers = sentence.operations.iter().any(|other| {
                        other.span.end <= n.span.start && doc.text[other.span.end..n.span.start].trim() == "("
                    });
                    names_its_edition
                        || time_of(doc, sentence, &n.span)
                            && nothing_between(n.span.end, mention.span.start)
                            && !anothers
                            && !between.contains(';')
                } else {
                    let between = doc.text[mention.span.end..n.span.start].to_lowercase();
                    time_of(doc, sentence, &n.span)
                        && nothing_between(mention.span.end, n.span.start)
                        && !EARLIER_ACTIONS_AFTER_NAME.iter().any(|words| between.contains(words))
                }
            })
            .and_then(|n| i32::try_from(n.value).ok())
    })
}

/// The year the lead tells of an operation in, where it does not name it there: "An
/// operation ... carried out across five continents in 2025 led to 337 arrests", "a
/// two-week operation in the second quarter of 2018". Read only of a release about the
/// operation, in the sentences of its first two paragraphs (a headline may be written as the
/// first) that speak of an operation or an action without naming one: a year in a sentence
/// that names operations is read beside its mention ([`year_beside`]), which knows whose it is
/// ("built on the first Operation Trail-Guard, held in 2021").
fn year_of_the_lead(doc: &Doc) -> Option<i32> {
    let paragraphs = doc.first_paragraphs(LEAD_PARAGRAPHS);
    doc.body().filter(|s| paragraphs.contains(&s.block) && s.operations.is_empty()).find_map(|sentence| {
        // "Its campaign, launched in 2022, saw 900 people arrested": police work told with
        // what it did is the action too.
        let work_done = || tells_of_police_work(sentence.lower()) && tells_a_deed(sentence);
        if !(tells_of_an_action(sentence.lower()) || work_done()) {
            return None;
        }
        let year = sentence
            .numbers
            .iter()
            .find(|n| n.is_year(doc.text) && !sentence.in_date(&n.span) && time_of(doc, sentence, &n.span))?;
        i32::try_from(year.value).ok()
    })
}

/// The one year of every day the body dates to the day in a sentence that tells of a deed
/// ("was held on 2 March 2025", "raided on 3 May 2025"), in a release about one action:
/// what it did, where no other year is told of it. Days of two years leave the year in doubt;
/// a dateline's day ("Oslo, May 3, 2025 – ") is the release's, and a day of another step
/// ("joined the team on 4 February 2013") or event ("prosecutors said on 6 May 2025") tells
/// nothing.
fn year_of_dated_events(doc: &Doc) -> Option<i32> {
    let mut years = doc
        .body()
        .filter(|sentence| tells_a_deed(sentence))
        .flat_map(|sentence| sentence.dates.iter().map(move |date| (sentence, date)))
        .filter(|(sentence, date)| {
            let before = &doc.text[sentence.span.start..date.span.start];
            date.start.day.is_some()
                && !before.split_whitespace().all(|word| word.starts_with(char::is_uppercase))
                && !said_then_in(sentence.text(doc.text), date.span.start - sentence.span.start)
        })
        .map(|(_, date)| date.start.year.zip(date.end.year).filter(|(start, end)| start == end).map(|(year, _)| year));
    let first = years.next()??;
    years.all(|year| year == Some(first)).then_some(first)
}

/// Whether a sentence tells of something done: an arrest, a seizure, a raid, a rescue.
fn tells_a_deed(sentence: &Sentence) -> bool {
    DEEDS.is_match(sentence.lower())
}

/// Words of the deeds an operation does: "arrested", "seizure", "raids".
static DEEDS: LazyLock<Regex> = LazyLock::new(|| {
    any_of(&["arrest", "seiz", "raid", "search", "rescu", "detain", "intercept", "dismantl", "action"])
});

/// The paragraphs [`year_of_the_lead`] reads.
const LEAD_PARAGRAPHS: usize = 2;

/// Whether the words before a year make it the time of what the sentence tells.
fn time_of(doc: &Doc, sentence: &Sentence, year: &Range<usize>) -> bool {
    let before = doc.text[sentence.span.start..year.start].to_lowercase().replace(char::is_whitespace, " ");
    let led_in = YEAR_LEAD_INS.iter().any(|words| {
        let Some(rest) = before.trim_end().strip_suffix(words) else { return false };
        // A whole word: "in", not the end of "within".
        words.ends_with(['(', '-']) || !rest.ends_with(char::is_alphanumeric)
    });
    // The clause ends at a sentence's end that segmenting left inside it ("a series that began
    // in 2021. KORAL III, conducted in 2023").
    let clause = last_bytes(&before, CLAUSE_BYTES);
    let clause = clause.rfind(['.', ';']).map_or(clause, |end| &clause[end + 1..]);
    // "during the Euro 2016 tournament", "ahead of and throughout the Euro 2012 football
    // championships", "during the 2014 FIFA World Cup": the tournament an operation was timed
    // to gives its year, named before it or after it.
    let named_after =
        doc.text[year.end..sentence.span.end].chars().take(TOURNAMENT_AFTER_YEAR_CHARS).collect::<String>();
    let named_after = named_after.to_lowercase();
    let beside_a_tournament =
        TOURNAMENTS.iter().any(|event| before.trim_end().ends_with(event) || named_after.contains(event));
    let during_a_tournament =
        beside_a_tournament && ["during", "throughout"].iter().any(|words| clause.contains(words));
    // "Joint Action Days ... within OAP Firearms 2022": the year of the plan it ran under.
    static PLAN_BEFORE_YEAR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:oap|operational action plan)(?: [a-z&-]+){1,3}$").expect("valid regex")
    });
    let a_plans_year = PLAN_BEFORE_YEAR.is_match(before.trim_end());
    // "the trade had doubled by the spring of 2019": a time up to which, not when.
    static UP_TO: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)by(?: the (?:end|beginning|start|middle|spring|summer|autumn|fall|winter) of)?$")
            .expect("valid regex")
    });
    let up_to = UP_TO.is_match(before.trim_end());
    led_in && !up_to && !tells_of_another_event(clause) || during_a_tournament || a_plans_year
}

/// Tournaments named with their year, which operations against illegal betting are timed to.
const TOURNAMENTS: &[&str] = &["euro", "world cup"];

/// How far after a year a tournament's name may end ("2014 FIFA World Cup").
const TOURNAMENT_AFTER_YEAR_CHARS: usize = 20;

/// "Last year, INTERPOL-led operation TURQUESA": -1 for last year, 0 for this year, when said
/// in a mention's sentence before it. "Up on the 31 freed in last year's edition of Operation
/// Tern" names an earlier edition, which says nothing of this one's year.
pub fn relative_year(doc: &Doc, reported: &NamedOperation) -> Option<i32> {
    reported.mentions.iter().find_map(|(i, mention)| {
        let before = doc.text[doc.sentences[*i].span.start..mention.span.start].to_lowercase();
        if ["last year's edition of ", "last year’s edition of "].iter().any(|words| before.ends_with(words)) {
            None
        } else if before.contains("last year") {
            Some(-1)
        } else if before.contains("this year") {
            Some(0)
        } else {
            None
        }
    })
}

/// The year of dates written without one: the latest in which they end on or before the
/// publication date, or the publication's own where they were under way on its day ("Today
/// opens the week of action (4-8 May)").
fn year_of_dates_before(dates: &DateMention, published: Published) -> i32 {
    let day = |date: PartialDate| (date.month, date.day.unwrap_or(0));
    let today = (published.month, published.day.unwrap_or(0));
    let under_way =
        published.day.is_some() && dates.start.day.is_some() && day(dates.start) <= today && today <= day(dates.end);
    if under_way { published.year } else { year_ending_before(dates.end, published) }
}

/// The latest year in which a date ends on or before the publication date.
fn year_ending_before(end: PartialDate, published: Published) -> i32 {
    let after = match (end.day, published.day) {
        (Some(day), Some(published_day)) => (end.month, day) > (published.month, published_day),
        _ => end.month > published.month,
    };
    if after { published.year - 1 } else { published.year }
}

/// Dates written without a year, placed in `year`: the end in it, and a start later in the
/// calendar than the end in the year before (a span across New Year).
fn in_year(dates: &DateMention, year: i32) -> (Option<PartialDate>, Option<PartialDate>) {
    let across_new_year = (dates.start.month, dates.start.day) > (dates.end.month, dates.end.day);
    let start_year = if across_new_year { year - 1 } else { year };
    (dates.start.in_year(start_year), dates.end.in_year(year))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::country_index::CountryIndex;
    use crate::read::identity::identities;
    use crate::read::publication::numeric_order;

    /// A publication date as (year, month, day).
    type Day = Option<(i32, u8, Option<u8>)>;

    fn timing_of(text: &str, published: Day) -> Timing {
        let doc = Doc::new(text, CountryIndex::shared(), numeric_order(text));
        let found = identities(&doc);
        let reported = found.reported.expect("the text reports an operation");
        timing(&doc, &reported, found.subject, published.map(|(year, month, day)| Published { year, month, day }))
    }

    #[test]
    fn a_mentioned_edition_takes_the_year_of_its_own_clause() {
        let text = "4. Operation KESTREL III ran from 2 to 6 May 2024.\n\n5. Operation KESTREL III is the third of a \
                    series that began in 2020. KESTREL II, held in 2023, targeted ports.";
        let doc = Doc::new(text, CountryIndex::shared(), numeric_order(text));
        let found = identities(&doc);
        let years: Vec<Option<i32>> = found.mentioned.iter().map(|m| year_beside(&doc, m)).collect();
        assert_eq!(years, [Some(2023)]);
    }

    #[test]
    fn earlier_editions_named_without_a_cue_take_their_own_years() {
        let text = "Operation Thistle Key III ran from 2 to 6 May 2024 and led to 50 arrests. Earlier came \
                    Thistle Key I (2021), and Thistle Key II, in 2022, led to 77 arrests. Thistle Key was first held \
                    in 2019; the edition before, THISTLE KEY 4, is not counted here.";
        let doc = Doc::new(text, CountryIndex::shared(), numeric_order(text));
        let found = identities(&doc);
        let years: Vec<(String, Option<i32>)> =
            found.mentioned.iter().map(|m| (m.name.name(), year_beside(&doc, m))).collect();
        let expected = [("Thistle Key I", Some(2021)), ("Thistle Key II", Some(2022)), ("Thistle Key 4", None)];
        assert_eq!(years, expected.map(|(name, year)| (name.to_string(), year)));
    }

    /// (text, publication date, year, inferred, start, end), each checked by hand.
    #[test]
    // A table of cases reads best as rows of plain values.
    #[allow(clippy::type_complexity)]
    fn reads_dates_and_years_in_every_form() {
        let cases: &[(&str, Day, Option<i32>, bool, Option<&str>, Option<&str>)] = &[
            // The day a launch was announced, in brackets before the name, without its year:
            // when it began, in the year of the release.
            (
                "Border police launched today (Mar 4) Operation Fern Hollow against a smuggling ring.",
                Some((2019, 3, Some(4))),
                Some(2019),
                true,
                Some("2019-03-04"),
                None,
            ),
            // A year after the earlier operations a name is told to follow is theirs.
            (
                "Seizures across Europe\n\nOperation Fern Hollow was set up against gangs, following operations \
                 Lark and Wren in 2017 and 2016.",
                Some((2018, 5, Some(2))),
                Some(2018),
                true,
                None,
                None,
            ),
            // A day that opens the sentence as British English writes it, with "the".
            (
                "On the 4th of May 2021, Bolivian police held 12 smugglers in Operation Fern Hollow.",
                None,
                Some(2021),
                false,
                Some("2021-05-04"),
                Some("2021-05-04"),
            ),
            // Days without a year under way on the day of the release: the release's year.
            (
                "Operation Fern Hollow, a week of checks (4-8 May), opened today at nine ports.",
                Some((2021, 5, Some(4))),
                Some(2021),
                true,
                Some("2021-05-04"),
                Some("2021-05-08"),
            ),
            // When it ended, and no word of when it began.
            (
                "Operation Fern Hollow, which ran until 13 June 2021, led to 40 arrests.",
                None,
                Some(2021),
                false,
                None,
                Some("2021-06-13"),
            ),
            (
                "Operation Fern Hollow concluded on 13 June 2021 with 40 arrests.",
                None,
                Some(2021),
                false,
                None,
                Some("2021-06-13"),
            ),
            // A start told in words the dates do not read: the end alone, not the end twice.
            (
                "Operation Fern Hollow ran from the first to the 13th of June 2021 and led to 40 arrests.",
                None,
                Some(2021),
                false,
                None,
                Some("2021-06-13"),
            ),
            // A year the operation's results are compared with is another's.
            (
                "Operation Fern Hollow took 900 guns off the streets, three times as many as seized in 2015 during the last edition.",
                None,
                None,
                false,
                None,
                None,
            ),
            // The year of the month the days fall in, written elsewhere; not the month of the
            // edition before, which the release follows.
            (
                "Joint Action Days Fern Hollow ran in March 2022.\n\nBetween 7 and 11 March, officers held 40 people.",
                None,
                Some(2022),
                false,
                Some("2022-03-07"),
                Some("2022-03-11"),
            ),
            (
                "Joint Action Days Fern Hollow ran between 7 and 11 March.\n\nA planning meeting in March 2022 \
                 prepared them.",
                None,
                None,
                false,
                Some("--03-07"),
                Some("--03-11"),
            ),
            // A span after the name of the edition before, which the release follows up.
            (
                "Operation Fern Hollow II followed Operation Fern Hollow in March and June.",
                None,
                None,
                false,
                None,
                None,
            ),
            (
                "Operation Fern Hollow II freed 12 people.\n\nThe raid was the follow-up to Operation Fern Hollow in \
                 March and June.",
                None,
                None,
                false,
                None,
                None,
            ),
            (
                "Operation Fern Hollow 2.0 ran between 11 June and 14 June.\n\nThe first edition, Operation Fern \
                 Hollow, ran in June 2024.",
                None,
                None,
                false,
                Some("--06-11"),
                Some("--06-14"),
            ),
            // The one year of the days its deeds are dated to; not a day of another step.
            (
                "Raids on a network\n\nOperation Fern Hollow freed 12 people. One suspect was arrested on 2 March \
                 2025 in Oslo.",
                None,
                Some(2025),
                false,
                None,
                None,
            ),
            (
                "Raids on a network\n\nMonday, June 9, 2025 - Two men were arrested after Operation Fern Hollow in Oslo.",
                None,
                None,
                false,
                None,
                None,
            ),
            (
                "Raids on a network\n\nOperation Fern Hollow freed 12 people. Norway joined the team on 4 February 2013.",
                None,
                None,
                false,
                None,
                None,
            ),
            (
                "Raids on a network\n\nOperation Fern Hollow freed 12 people. Two were arrested on 3 May 2024 and \
                 one on 18 June 2025.",
                None,
                None,
                false,
                None,
                None,
            ),
            // Nor when its results are to be reviewed.
            (
                "Delegates are to meet in Lyon September 4-5 to review Operation Fern Hollow.",
                None,
                None,
                false,
                None,
                None,
            ),
            // The year of the plan an action ran under.
            (
                "Raids on a network\n\nOperation Fern Hollow ran between the 3rd and 6th May within OAP \
                 Firearms 2024.",
                None,
                Some(2024),
                false,
                Some("2024-05-03"),
                Some("2024-05-06"),
            ),
            // A month "last year": the year before the one its deeds are dated to, or before
            // the publication's, counted once.
            (
                "Raids on a network\n\nTwo women were detained on 28 June 2025.\n\nThe agency launched the national \
                 operation, Operation Fern Hollow, in November last year.",
                None,
                Some(2025),
                false,
                Some("2024-11"),
                None,
            ),
            (
                "Raids on a network\n\nOperation Fern Hollow ran in November last year. Two men were arrested on 3 \
                 May 2025.",
                None,
                Some(2025),
                false,
                Some("2024-11"),
                Some("2024-11"),
            ),
            (
                "Raids on a network\n\nOperation Fern Hollow ran in November last year.",
                Some((2025, 3, None)),
                Some(2024),
                true,
                Some("2024-11"),
                Some("2024-11"),
            ),
            // When it was told is not when it was done.
            (
                "Officers arrested nine smugglers in Operation Fern Hollow, prosecutors said on 6 May 2022.",
                None,
                None,
                false,
                None,
                None,
            ),
            (
                "Officers arrested nine smugglers in Operation Fern Hollow, prosecutors said Friday, May 6, 2022.",
                None,
                None,
                false,
                None,
                None,
            ),
            // The year a long investigation began is not the year of the arrests it led to.
            (
                "This morning, agents arrested 12 suspects in Operation Fern Hollow. Operation Fern Hollow \
                 commenced in 2016 when banks reported fraud.",
                None,
                None,
                false,
                None,
                None,
            ),
            // What the operation came after is dated too, but is not the operation.
            (
                "On Mar. 9, officers arrested six smugglers in Operation Fern Hollow.\n\nThe operation follows \
                 raids on four homes on Feb. 27 in Hull.",
                Some((2021, 3, Some(15))),
                Some(2021),
                true,
                Some("2021-03-09"),
                Some("2021-03-09"),
            ),
            // The year the first paragraph tells the operation in, where it does not name it there.
            (
                "Drugs seized at sea\n\n3 May 2019 - Police of 40 countries took part in a two-week operation in the \
                 second quarter of 2018.\n\nOperation Keel Line targeted cocaine.",
                Some((2019, 5, Some(3))),
                Some(2018),
                false,
                None,
                None,
            ),
            (
                "Cocaine seized in maritime operation \"Keel-2\"\n\n3 May 2019 - Forty ports took part in a two-week \
                 maritime operation in the second quarter of 2018, aimed at drugs.",
                Some((2019, 5, Some(3))),
                Some(2018),
                false,
                None,
                None,
            ),
            // The date of "a nationwide operation", in a release that names it elsewhere.
            (
                "Police held 48 people during a nationwide operation on 3 April 2024.\n\nThe operation, \
                 dubbed Operation Keel Line, involved 14 contingents.",
                None,
                Some(2024),
                false,
                Some("2024-04-03"),
                Some("2024-04-03"),
            ),
            // A part of a month that opens a sentence about it.
            (
                "Operation Keel Line ended.\n\nAt the beginning of June 2021, there were 5 days of checks in the \
                 operation against labour exploitation.",
                None,
                Some(2021),
                false,
                Some("2021-06"),
                Some("2021-06"),
            ),
            // When it was launched is when it began; its end is not said, nor is its year, as it
            // may run into the next.
            (
                "Operation Keel Line was launched in February 2024 to trace online abuse.\n\nOfficers have \
                 arrested 12 people so far.",
                None,
                None,
                false,
                Some("2024-02"),
                None,
            ),
            // A beginning that opens the sentence whose subject is the operation.
            (
                "Operation Keel Line led to 12 arrests.\n\nStarting in March 2023, the ten-month long \
                 operation traced online abuse.",
                None,
                None,
                false,
                Some("2023-03"),
                None,
            ),
            // "the launch of" it: when it began.
            (
                "Operation Keel Line\n\nFrom the launch of this operation in May 2023, officers have made 12 \
                 arrests.",
                None,
                None,
                false,
                Some("2023-05"),
                None,
            ),
            // "since" a day: running from that day on.
            (
                "Operation Keel Line: police of three states have run a shared crackdown since 23 August \
                 2024.",
                None,
                None,
                false,
                Some("2024-08-23"),
                None,
            ),
            // Its launch and its end told in two sentences that name it.
            (
                "Sweep ends\n\nThe agency concluded the joint operation (codenamed Operation Keel Line) on 9 \
                 April 2022, after weeks of checks. Operation Keel Line was launched on 3 March 2022.",
                None,
                Some(2022),
                false,
                Some("2022-03-03"),
                Some("2022-04-09"),
            ),
            // When a ring ran is not when the action did.
            (
                "Operation Keel Line: police held 12 smugglers. The ring operated between March and May.",
                None,
                None,
                false,
                None,
                None,
            ),
            // A year by which something had happened is not when the action ran.
            (
                "Operation Keel Line: raids on smugglers\n\nThe common action took place on Monday in five \
                 states. Theft had doubled by the spring of 2019, so the police began a joint action.",
                None,
                None,
                false,
                None,
                None,
            ),
            (
                "Operation Keel Line: raids on smugglers\n\nThe common action took place on Monday in five \
                 states. In the spring of 2019, the police began a joint action.",
                None,
                Some(2019),
                false,
                None,
                None,
            ),
            // Its year, where it began in the year of the release.
            (
                "Operation Keel Line was launched in February 2024 to trace online abuse.",
                Some((2024, 11, Some(5))),
                Some(2024),
                false,
                Some("2024-02"),
                None,
            ),
            (
                "Operation Keel Line was launched in February 2024 to trace online abuse.",
                Some((2025, 1, Some(5))),
                None,
                false,
                Some("2024-02"),
                None,
            ),
            (
                "Operation Keel Line led to 12 arrests.\n\nStarting in March 2023, officers met to plan the \
                 operation.",
                None,
                None,
                false,
                None,
                None,
            ),
            (
                "Operation Keel Line commenced on 5 March 2024 along the coast.\n\nOfficers have arrested 12 \
                 people so far.",
                None,
                None,
                false,
                Some("2024-03-05"),
                None,
            ),
            (
                "In February 2024, the county unit launched Operation Keel Line to trace online abuse.\n\nOfficers \
                 have arrested 12 people so far.",
                None,
                None,
                false,
                Some("2024-02"),
                None,
            ),
            // A date another event was held on, in a sentence about the operation.
            (
                "From 20 to 31 May 2024, customs ran Operation Keel Line.\n\nAt the launch event held on 3 October \
                 2024, officials praised the operation.",
                None,
                Some(2024),
                false,
                Some("2024-05-20"),
                Some("2024-05-31"),
            ),
            // The tournament the operation was timed to, and its dates within that year.
            (
                "Betting raids in Asia\n\nNearly 300 people were arrested in an operation run ahead of and \
                 throughout the Euro 2012 football championships.\n\nConducted between 1 May and 1 July, Operation \
                 Keel Line targeted betting dens.",
                Some((2012, 8, Some(3))),
                Some(2012),
                false,
                Some("2012-05-01"),
                Some("2012-07-01"),
            ),
            // The month with its year in the lead, its days in a sentence that names no operation.
            (
                "Drugs seized\n\nPolice held Operation Keel Line in March 2022 against drug gangs.\n\nBetween 7 and 11 \
                 March and on 15 March, officers searched 300 homes.",
                None,
                Some(2022),
                false,
                Some("2022-03-07"),
                Some("2022-03-15"),
            ),
            // When it ended, beside the span it ran over.
            (
                "Keel Line results\n\nCodenamed Keel Line, the operation formally ended in November with 40 \
                 arrests.\n\nIts field phase (1 September \u{2013} 30 November 2019) drew officers of 35 countries.",
                None,
                Some(2019),
                false,
                Some("2019-09-01"),
                Some("2019-11-30"),
            ),
            // The tournament named after its year.
            (
                "Betting raids in Asia\n\nNearly 300 people were held by police in an operation run throughout the \
                 2010 FIFA World Cup.\n\nConducted between 11 June and 11 July, Operation Keel Line targeted betting dens.",
                Some((2010, 8, Some(3))),
                Some(2010),
                false,
                Some("2010-06-11"),
                Some("2010-07-11"),
            ),
            // The day of a disaster the release recalls.
            (
                "Smugglers held\n\nOperation Keel Line held 7 smugglers. Forty people died after their dinghy \
                 capsized near the island on 3-4 May 2021.",
                None,
                None,
                false,
                None,
                None,
            ),
            // The days of a debriefing the release opens with, not the operation's.
            (
                "Keel Line reviewed\n\nOn 3-4 May 2021, the agency held a debriefing with those who took part in the \
                 latest action. Operation Keel Line took place in six ports.",
                None,
                None,
                false,
                None,
                None,
            ),
            // A day without its year, the same as the page's date line: the year is inferred.
            (
                "Raids on a network\n\n14 March 2019\n\nOn 14 March officers held 23 people in Operation Keel Line.",
                Some((2019, 3, Some(14))),
                Some(2019),
                true,
                Some("2019-03-14"),
                Some("2019-03-14"),
            ),
            // A beginning without "on", as United States English writes it.
            (
                "Keel Line\n\nThe Operation Keel Line patrol mission started March 4, 2021 with a first phase of checks.",
                None,
                None,
                false,
                Some("2021-03-04"),
                None,
            ),
            // The day the first sentence gives as today, in a release about one action.
            (
                "Homes searched\n\nDetectives searched three flats in the harbour district today, Tuesday, 8 \
                 March, as part of Operation Keel Line with police in Latvia.",
                None,
                None,
                false,
                Some("--03-08"),
                Some("--03-08"),
            ),
            // The day the results were told, not one the operation ran on.
            (
                "Keel Line results\n\nOn 25 May 2021, the coast guard unveiled the results of the third phase of \
                 Operation Keel Line. From 10 April to 20 May, ships from 12 countries took part.",
                None,
                None,
                false,
                Some("--04-10"),
                Some("--05-20"),
            ),
            (
                "Keel Line results\n\nOn 3-4 May 2021, officers raided 40 homes and the agency held a debriefing. \
                 Operation Keel Line took place in six ports.",
                None,
                Some(2021),
                false,
                Some("2021-05-03"),
                Some("2021-05-04"),
            ),
            // One span written twice, once with its year.
            (
                "Keel Line results\n\nOperation Keel Line led to 148 arrests.\n\nFrom 5 to 9 September 2018, \
                 a coordination centre was set up.\n\nThe results from 5 to 9 September:",
                None,
                Some(2018),
                false,
                Some("2018-09-05"),
                Some("2018-09-09"),
            ),
            // A beginning and an end said apart, each after its day of the week.
            (
                "Operation Keel Line – Guns Off Our Streets started on Monday 16 June 2014 and ended Sunday 29 \
                 June 2014.",
                None,
                Some(2014),
                false,
                Some("2014-06-16"),
                Some("2014-06-29"),
            ),
            // "starting" and "ending", a day of the week set apart by commas.
            (
                "Through Operation Keel Line police held 40 people in the week starting, Monday, 16 June 2014 \
                 ending on Sunday, 22 June 2014.",
                None,
                Some(2014),
                false,
                Some("2014-06-16"),
                Some("2014-06-22"),
            ),
            // Days within the month said first tell the same time more exactly.
            (
                "Operation Keel Line led to 158 arrests in June 2025.\n\nThe operation, conducted between June 1 \
                 and June 6, 2025, targeted forced begging.",
                None,
                Some(2025),
                false,
                Some("2025-06-01"),
                Some("2025-06-06"),
            ),
            // A later phase after "and on the".
            (
                "Between 16 and 20 September 2019 and on the 25 September, police ran Operation Keel Line.",
                None,
                Some(2019),
                false,
                Some("2019-09-16"),
                Some("2019-09-25"),
            ),
            // Each day's place in brackets between two days of action.
            (
                "Operation Keel Line's action days on 30 April (in Bremen) and 3 May (in Kiel) led to 9 arrests.",
                None,
                None,
                false,
                Some("--04-30"),
                Some("--05-03"),
            ),
            // A day of the week, even in a release dated to the day, is no date: which week
            // it fell in is a guess (2024-12-06 was a Friday; Wednesday may be the 4th or
            // any Wednesday before).
            (
                "Raids on a network\n\nPolice raided 40 homes early on Wednesday in Operation Keel Line, officials \
                 said Friday.",
                Some((2024, 12, Some(6))),
                Some(2024),
                true,
                None,
                None,
            ),
            // "today", in a release dated to the day: that day.
            (
                "Raids on a network\n\nIn Operation Keel Line, officers searched 12 homes today in two countries.",
                Some((2024, 12, Some(6))),
                Some(2024),
                true,
                Some("2024-12-06"),
                Some("2024-12-06"),
            ),
            (
                "Raids on a network\n\nIn Operation Keel Line, homes were raided this morning at dawn.",
                Some((2024, 12, Some(6))),
                Some(2024),
                true,
                Some("2024-12-06"),
                Some("2024-12-06"),
            ),
            // "yesterday": the day before, across a month's end.
            (
                "Raids on a network\n\nIn Operation Keel Line, homes were raided yesterday at dawn.",
                Some((2024, 12, Some(1))),
                Some(2024),
                true,
                Some("2024-11-30"),
                Some("2024-11-30"),
            ),
            (
                "Raids on a network\n\nOperation Keel Line's raids on Saturday and Sunday freed 12 people.",
                Some((2024, 12, Some(2))),
                Some(2024),
                true,
                None,
                None,
            ),
            // The day that opens the sentence after "This morning" and its weekday.
            (
                "Raids on a network\n\nThis morning, Wednesday, 3 May 2023, a search operation was undertaken in \
                 Operation Keel Line.",
                None,
                Some(2023),
                false,
                Some("2023-05-03"),
                Some("2023-05-03"),
            ),
            // "last month", in a release dated to the month: the month before, a January's in
            // the year before.
            (
                "Raids on a network\n\nA week of raids last month in Operation Keel Line led to 40 arrests.",
                Some((2024, 3, Some(31))),
                Some(2024),
                true,
                Some("2024-02"),
                Some("2024-02"),
            ),
            (
                "Raids on a network\n\nA week of raids last month in Operation Keel Line led to 40 arrests.",
                Some((2024, 1, None)),
                Some(2023),
                true,
                Some("2023-12"),
                Some("2023-12"),
            ),
            (
                "Raids on a network\n\nOperation Keel Line led to 40 arrests. Read last month's news from ports.",
                Some((2024, 3, Some(31))),
                Some(2024),
                true,
                None,
                None,
            ),
            (
                "Raids on a network\n\nOperation Keel Line led to 40 arrests, police announced last month.",
                Some((2024, 3, Some(31))),
                Some(2024),
                true,
                None,
                None,
            ),
            // Not the day something was said either.
            (
                "Raids on a network\n\nOperation Keel Line freed 12 people, police announced today.",
                Some((2024, 12, Some(6))),
                Some(2024),
                true,
                None,
                None,
            ),
            (
                "Raids on a network\n\nThe minister announced a new unit today after Operation Keel Line freed 12 \
                 people.",
                Some((2024, 12, Some(6))),
                Some(2024),
                true,
                None,
                None,
            ),
            // Nor the day its suspects went before a court.
            (
                "Raids on a network\n\nFour people were charged after Operation Keel Line. They were due to appear \
                 at Harlow Crown Court this morning.",
                Some((2024, 12, Some(6))),
                Some(2024),
                true,
                None,
                None,
            ),
            // Nor the day it began.
            (
                "Raids on a network\n\nOperation Keel Line freed 12 people. Police opened a new inquiry into it today.",
                Some((2024, 12, Some(6))),
                Some(2024),
                true,
                None,
                None,
            ),
            // The deed nearest "today" is what was done that day, whoever said so.
            (
                "Raids on a network\n\nIn Operation Keel Line, police said officers raided 12 homes today.",
                Some((2024, 12, Some(6))),
                Some(2024),
                true,
                Some("2024-12-06"),
                Some("2024-12-06"),
            ),
            (
                "Raids on a network\n\nOn Monday the agency listed what Operation Keel Line did in May.",
                Some((2024, 12, Some(6))),
                Some(2024),
                true,
                Some("2024-05"),
                Some("2024-05"),
            ),
            // A date after a day of the week opens the sentence.
            (
                "Raids on a network\n\nOn Wednesday 4 December, police of three countries raided 40 homes in \
                 Operation Keel Line.",
                Some((2024, 12, Some(6))),
                Some(2024),
                true,
                Some("2024-12-04"),
                Some("2024-12-04"),
            ),
            (
                "Waste seized\n\nAn operation led by Europol and carried out in 2025 led to 337 arrests.\n\n\
                 Operation Keel Line targeted waste.",
                Some((2026, 3, Some(11))),
                Some(2025),
                false,
                None,
                None,
            ),
            // The year from the publication date; a range ending after it is from the year before.
            (
                "Operation Turquesa II (27 November – 3 December) saw authorities act.",
                Some((2020, 12, Some(11))),
                Some(2020),
                true,
                Some("2020-11-27"),
                Some("2020-12-03"),
            ),
            (
                "Operation Sentinel (20 - 24 November) ended.",
                Some((2023, 2, Some(1))),
                Some(2022),
                true,
                Some("2022-11-20"),
                Some("2022-11-24"),
            ),
            (
                "Operation Frost (28 December to 4 January) ended.",
                Some((2023, 1, Some(20))),
                Some(2023),
                true,
                Some("2022-12-28"),
                Some("2023-01-04"),
            ),
            // The same days written elsewhere with their year state it.
            (
                "Operation Liberterra II (29 September to 4 October) led to arrests.\nThe operation took place from 29 September to 4 October 2024",
                Some((2024, 11, Some(6))),
                Some(2024),
                false,
                Some("2024-09-29"),
                Some("2024-10-04"),
            ),
            (
                "Operation Weka II was carried out from 12 to 17 June, where officers worked.",
                Some((2022, 6, Some(29))),
                Some(2022),
                true,
                Some("2022-06-12"),
                Some("2022-06-17"),
            ),
            // A date that opens a sentence about the operation.
            (
                "On 12 May 2024, police of nine countries took part in Operation Quill Bay.",
                None,
                Some(2024),
                false,
                Some("2024-05-12"),
                Some("2024-05-12"),
            ),
            // The operation spoken of by its length.
            (
                "Code-named Lantern Drift, the drive involved 40 countries.\n\nThe month-long operation, conducted \
                 in May, led to 300 seizures.",
                Some((2018, 6, Some(30))),
                Some(2018),
                true,
                Some("2018-05"),
                Some("2018-05"),
            ),
            // Phases joined in one sentence: from the first's start to the last's end.
            (
                "Operation Weka II ran in two phases, from 2 to 9 May and from 12 to 17 June.",
                Some((2022, 6, Some(29))),
                Some(2022),
                true,
                Some("2022-05-02"),
                Some("2022-06-17"),
            ),
            (
                "Operation Weka II ran between 2 and 9 May 2022, and between 12 and 17 June 2022.",
                None,
                Some(2022),
                false,
                Some("2022-05-02"),
                Some("2022-06-17"),
            ),
            // An earlier date joined by "and" is no later phase.
            (
                "Operation Weka II ran from 12 to 17 June, and in May 2022 officers had trained for it.",
                Some((2022, 6, Some(29))),
                Some(2022),
                true,
                Some("2022-06-12"),
                Some("2022-06-17"),
            ),
            // A later date joined otherwise is not a phase.
            (
                "Operation Weka II ran from 2 to 9 May, before a review on 12 June.",
                Some((2022, 6, Some(29))),
                Some(2022),
                true,
                Some("2022-05-02"),
                Some("2022-05-09"),
            ),
            // Dates in another sentence are not the operation's.
            (
                "Operation Weka II ended. Elsewhere, on 12 to 17 June, other things happened.",
                None,
                None,
                false,
                None,
                None,
            ),
            (
                "Operation Weka II took place two weeks after the new chief took office on 9 March.",
                None,
                None,
                false,
                None,
                None,
            ),
            (
                "Last year, INTERPOL-led operation TURQUESA, conducted with UNODC, ran.",
                Some((2020, 10, None)),
                Some(2019),
                true,
                None,
                None,
            ),
            (
                "Operation Tern III freed 40 people, up on the 31 freed in last year's edition of Operation \
                 Tern.",
                Some((2020, 10, None)),
                Some(2020),
                true,
                None,
                None,
            ),
            ("Operation Liberterra (5 - 9 July) rescued victims.", None, None, false, Some("--07-05"), Some("--07-09")),
            (
                "Cooperation since Operation Weka I (2021) paid off for Operation Weka I.",
                None,
                Some(2021),
                false,
                None,
                None,
            ),
            ("2020’s Operation Turquesa II found him.", None, Some(2020), false, None, None),
            (
                "Ten states joined the 2021 edition of Operation Kestrel.",
                Some((2021, 9, Some(1))),
                Some(2021),
                false,
                None,
                None,
            ),
            ("Operation Blue Harbour 2023 led to 95 arrests.", Some((2024, 1, Some(9))), Some(2023), false, None, None),
            ("At the end of 2019, Operation Condor rescued 40 victims.", None, Some(2019), false, None, None),
            (
                "Operation Condor, building on cooperation since 2015, rescued 40 victims.",
                None,
                None,
                false,
                None,
                None,
            ),
            (
                "Operation Condor ran over two weeks in April and May 2024.",
                None,
                Some(2024),
                false,
                Some("2024-04"),
                Some("2024-05"),
            ),
            (
                "Police rescued 40 victims in Operation Condor. The operation took place from 2 to 6 May 2024.",
                None,
                Some(2024),
                false,
                Some("2024-05-02"),
                Some("2024-05-06"),
            ),
            ("Operation Condor was prepared at a meeting on 3 March 2024 in Madrid.", None, None, false, None, None),
            ("Operation Condor ran during the first semester of 2024.", None, Some(2024), false, None, None),
            // The day that opens the first sentence of a release about one action, past its
            // dateline, where that sentence tells a deed; not a date line before a dash.
            (
                "HARBOUR CITY – On 9 June 2022, officers rescued 11 workers. Operation Condor was long planned.",
                None,
                Some(2022),
                false,
                Some("2022-06-09"),
                Some("2022-06-09"),
            ),
            (
                "9 June 2022 – Officers rescued 11 workers. Operation Condor was long planned.",
                None,
                None,
                false,
                None,
                None,
            ),
            // A wire's date line: its name in brackets before the dash.
            (
                "June 9 (Wire) -- Officers rescued 11 workers. Operation Condor was long planned.",
                None,
                None,
                false,
                None,
                None,
            ),
            // The day an event is named by, which the operation looks into.
            (
                "Police launched Operation Condor to find those who took part in the March 8 riots.",
                None,
                None,
                false,
                None,
                None,
            ),
            // What led to it, done before it.
            (
                "Operation Condor freed 9 people. The operation stemmed from a tip by a force abroad, which had \
                 held a man in March 2024.",
                None,
                None,
                false,
                None,
                None,
            ),
            // The days of an event held about it, however far its name stands from them.
            (
                "Officials attended the debriefing meeting of Operation Condor in Lyon, France, from 19 to 21 \
                 May 2024.",
                None,
                None,
                false,
                None,
                None,
            ),
            // What set off the investigation is not when the operation ran.
            (
                "Operation Condor was set off by a tip-off from a bank in June 2021 about card fraud.",
                None,
                None,
                false,
                None,
                None,
            ),
            (
                "The operation was sparked by a report from a web host in June 2021.\n\nOperation Condor led to 30 \
                 arrests.",
                None,
                None,
                false,
                None,
                None,
            ),
            // Begun in a month, its end unsaid: it may end in another year, so no year.
            (
                "Customs seized 9,000 fake watches in Operation Condor, a three-month operation that began in \
                 October 2019.",
                Some((2020, 2, Some(10))),
                None,
                false,
                Some("2019-10"),
                None,
            ),
            // In Spanish: begun in a month, its end unsaid; when it began, told otherwise, is no
            // date of when it ran.
            (
                "La operación Cóndor, que comenzó en octubre de 2019, dejó 9 detenidos.",
                Some((2020, 2, Some(10))),
                None,
                false,
                Some("2019-10"),
                None,
            ),
            ("La operación Cóndor arrancó a finales de octubre.", None, None, false, None, None),
            // The initiative, as a release calls it.
            (
                "Operation Condor led to 75 arrests. Its officers trained from 3 to 5 May 2023.\n\nThe initiative, \
                 which targeted forced labour, ran across the region between October 2 and 9, 2023.",
                None,
                Some(2023),
                false,
                Some("2023-10-02"),
                Some("2023-10-09"),
            ),
            // Its start told in a sentence that refers to it, far from those words.
            (
                "Operation Condor led to 31 arrests.\n\nThe joint operations ran along the coast near three ports \
                 from the early hours of Monday, March 4, 2024.",
                None,
                None,
                false,
                Some("2024-03-04"),
                None,
            ),
            (
                "Operation Condor (9 to 13 October 2022) led to 12 arrests.",
                Some((2023, 1, Some(5))),
                Some(2022),
                false,
                Some("2022-10-09"),
                Some("2022-10-13"),
            ),
        ];
        for &(text, published, year, inferred, start, end) in cases {
            let found = timing_of(text, published);
            let shown = |d: Option<PartialDate>| d.map(|d| d.to_string());
            assert_eq!(
                (found.year, found.year_inferred, shown(found.start), shown(found.end)),
                (year, inferred, start.map(str::to_string), end.map(str::to_string)),
                "{text}"
            );
        }
    }
}
