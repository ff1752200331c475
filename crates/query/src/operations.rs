//! Questions the app asks of the dataset, answered without any web dependency so that they
//! are tested natively.

use explorer_model::date::{MONTH_NAMES, PartialDate};
use explorer_model::{
    CrimeArea, Dataset, Document, Figure, Highlight, Metric, Operation, Seizure, Theme, figure_value,
};

use crate::sorting::{SortColumn, known_first, sort_by, sort_by_cached_key};

/// When an operation ran, in words: "27 November – 3 December 2020", "5–9 July 2021",
/// "April – May 2024", "until 13 June 2022" where only its end is known, or the year alone, or
/// "dates not stated".
pub fn when(operation: &Operation) -> String {
    match (operation.start, operation.end, operation.year) {
        (Some(start), Some(end), _) => span_in_words(start, end),
        (Some(date), None, _) => date_in_words(date, true),
        (None, Some(date), _) => format!("until {}", date_in_words(date, true)),
        (_, _, Some(year)) => year.to_string(),
        _ => "dates not stated".to_string(),
    }
}

/// A span with what both ends share written once, at the end: "5–9 July 2021",
/// "27 November – 3 December 2020", "30 December 2019 – 3 January 2020".
fn span_in_words(start: PartialDate, end: PartialDate) -> String {
    if start == end {
        return date_in_words(end, true);
    }
    let same_year = start.year == end.year;
    match (start.day, end.day) {
        (Some(first), Some(_)) if same_year && start.month == end.month => {
            format!("{first}–{}", date_in_words(end, true))
        }
        _ => format!("{} – {}", date_in_words(start, !same_year), date_in_words(end, true)),
    }
}

/// "27 November 2020", "November 2020", "27 November": only the parts the date has.
fn date_in_words(date: PartialDate, with_year: bool) -> String {
    let mut words = MONTH_NAMES[usize::from(date.month - 1)].to_string();
    if let Some(day) = date.day {
        words = format!("{day} {words}");
    }
    match date.year {
        Some(year) if with_year => format!("{words} {year}"),
        _ => words,
    }
}

/// One row of an operation's figures: a metric, with the figure of every document that
/// states it (several where the operation has several releases).
#[derive(Debug, Clone, PartialEq)]
pub struct FigureRow<'f> {
    pub metric: Metric,
    pub figures: Vec<&'f Figure>,
}

impl FigureRow<'_> {
    /// Whether the documents state different values.
    pub fn disputed(&self) -> bool {
        self.figures.iter().any(|f| figure_value(f) != figure_value(self.figures[0]))
    }

    /// The value in words: "more than 200", or "sources differ: 126, 120".
    pub fn value(&self) -> String {
        if self.disputed() {
            let values: Vec<String> = self.figures.iter().map(|f| figure_value(f)).collect();
            format!("sources differ: {}", values.join(", "))
        } else {
            self.figures.first().map(|f| figure_value(f)).unwrap_or_default()
        }
    }
}

/// A figure with the release that states it: "126 in INTERPOL, Lyon, published 2024-03-20
/// (a.txt)".
pub fn stated_in(dataset: &Dataset, figure: &Figure) -> String {
    format!("{} in {}", figure_value(figure), citation(dataset, &figure.source.document))
}

/// Figures grouped by metric, in the order of each metric's first figure.
pub fn figure_rows(figures: &[Figure]) -> Vec<FigureRow<'_>> {
    let mut rows: Vec<FigureRow> = Vec::new();
    for figure in figures {
        match rows.iter_mut().find(|row| row.metric == figure.metric) {
            Some(row) => row.figures.push(figure),
            None => rows.push(FigureRow { metric: figure.metric, figures: vec![figure] }),
        }
    }
    rows
}

/// How a source document is cited: "press release, INTERPOL, Lyon, published 2020-12-11
/// (turquesa-ii-2020.txt)".
pub fn citation(dataset: &Dataset, file: &str) -> String {
    let Some(doc) = dataset.documents.iter().find(|d| d.file == file) else {
        return file.to_string();
    };
    // "press_release" → "press release": the manifest's kinds are words joined by "_".
    let mut parts: Vec<String> = doc.kind.iter().map(|kind| kind.replace('_', " ")).collect();
    parts.extend([&doc.publisher, &doc.place].into_iter().flatten().cloned());
    parts.extend(doc.published.as_ref().map(|date| format!("published {date}")));
    if parts.is_empty() { format!("({file})") } else { format!("{} ({file})", parts.join(", ")) }
}

/// The documents grouped by the operation each reports, in the dataset's order of
/// operations; the documents that report none come last, with `None`.
pub fn documents_by_operation(dataset: &Dataset) -> Vec<(Option<&Operation>, Vec<&Document>)> {
    let document = |file: &String| dataset.documents.iter().find(|d| &d.file == file);
    let mut groups: Vec<(Option<&Operation>, Vec<&Document>)> = dataset
        .operations
        .iter()
        .filter(|op| !op.documents.is_empty())
        .map(|op| (Some(op), op.documents.iter().filter_map(document).collect()))
        .collect();
    let reporting: Vec<&String> = dataset.operations.iter().flat_map(|op| &op.documents).collect();
    let others: Vec<&Document> = dataset.documents.iter().filter(|d| !reporting.contains(&&d.file)).collect();
    if !others.is_empty() {
        groups.push((None, others));
    }
    groups
}

/// "116 countries (stated and listed)", "47 stated, 45 listed": the stated count and the list
/// are both kept, so that a difference shows.
pub fn participants_summary(op: &Operation) -> String {
    match (op.stated_country_count, op.countries.len()) {
        (None, 0) => "not stated".to_string(),
        (Some(stated), 0) => format!("{stated} stated; none listed"),
        (None, listed) => format!("{listed} listed; no count stated"),
        (Some(stated), listed) if usize::try_from(stated) == Ok(listed) => {
            format!("{stated} countries (stated and listed)")
        }
        (Some(stated), listed) => format!("{stated} stated, {listed} listed"),
    }
}

/// Columns the operations table sorts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OperationSort {
    Name,
    When,
    Participants,
    Arrests,
    VictimsRescued,
    MigrantsIdentified,
}

impl OperationSort {
    /// The headline figure a column sorts by, if it is one (as its first release states it).
    pub fn metric(self) -> Option<Metric> {
        match self {
            OperationSort::Arrests => Some(Metric::Arrests),
            OperationSort::VictimsRescued => Some(Metric::VictimsRescued),
            OperationSort::MigrantsIdentified => Some(Metric::MigrantsIdentified),
            OperationSort::Name | OperationSort::When | OperationSort::Participants => None,
        }
    }
}

impl SortColumn for OperationSort {
    const ALL: &'static [OperationSort] = &[
        OperationSort::Name,
        OperationSort::When,
        OperationSort::Participants,
        OperationSort::Arrests,
        OperationSort::VictimsRescued,
        OperationSort::MigrantsIdentified,
    ];

    fn key(self) -> &'static str {
        match self {
            OperationSort::Name => "name",
            OperationSort::When => "when",
            OperationSort::Participants => "participants",
            OperationSort::Arrests => "arrests",
            OperationSort::VictimsRescued => "victims",
            OperationSort::MigrantsIdentified => "migrants",
        }
    }
}

/// The participant count shown for an operation: the stated one, else the listed ones.
pub fn participant_count(op: &Operation) -> Option<usize> {
    let listed = (!op.countries.is_empty()).then_some(op.countries.len());
    op.stated_country_count.and_then(|n| usize::try_from(n).ok()).or(listed)
}

/// What orders operations in time: the year, then within a year the dated ones before those
/// known only by year, as in the dataset; `None` when the year is not known.
pub fn time_order(op: &Operation) -> Option<(i32, bool, Option<PartialDate>)> {
    op.year.map(|year| (year, op.start.is_none(), op.start))
}

/// Sorts operations by a column; values the releases do not state go last either way, and
/// ties keep the dataset's (chronological) order.
pub fn sort_operations(operations: &mut [&Operation], key: OperationSort, descending: bool) {
    sort_by(operations, |a, b| match key {
        OperationSort::Name => known_first(Some(&a.name), Some(&b.name), descending),
        OperationSort::When => known_first(time_order(a), time_order(b), descending),
        OperationSort::Participants => known_first(participant_count(a), participant_count(b), descending),
        OperationSort::Arrests | OperationSort::VictimsRescued | OperationSort::MigrantsIdentified => {
            let value = |op: &Operation| key.metric().and_then(|metric| op.figure(metric)).map(|f| f.value);
            known_first(value(a), value(b), descending)
        }
    });
}

/// How an operation's country cases are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseGrouping {
    /// By acting country, countries in name order.
    Country,
    /// By theme, in the vocabulary's order; a case with several themes stands in each, and
    /// cases with none stand under "no theme".
    Theme,
}

/// The operation's cases in labelled groups.
pub fn group_cases<'a>(dataset: &Dataset, op: &'a Operation, by: CaseGrouping) -> Vec<(String, Vec<&'a Highlight>)> {
    let mut groups: Vec<(String, Vec<&Highlight>)> = Vec::new();
    let mut add = |label: String, case: &'a Highlight| match groups.iter_mut().find(|(l, _)| *l == label) {
        Some((_, cases)) => cases.push(case),
        None => groups.push((label, vec![case])),
    };
    for case in &op.highlights {
        match by {
            CaseGrouping::Country => add(country_names(dataset, &case.acting), case),
            CaseGrouping::Theme if case.themes.is_empty() => add("no theme".to_string(), case),
            CaseGrouping::Theme => case.themes.iter().for_each(|theme| add(theme.label().to_string(), case)),
        }
    }
    match by {
        CaseGrouping::Country => sort_by(&mut groups, |a, b| a.0.cmp(&b.0)),
        CaseGrouping::Theme => sort_by_cached_key(&mut groups, |(label, _)| {
            Theme::ALL.iter().position(|t| t.label() == label).unwrap_or(Theme::ALL.len())
        }),
    }
    groups
}

/// The crime areas an operation targeted, in words, once each and in the vocabulary's order
/// whatever order its releases name them in ("human trafficking, migrant smuggling"); `None`
/// when its releases name none.
pub fn crime_areas_in_words(op: &Operation) -> Option<String> {
    let mut areas: Vec<CrimeArea> = op.crime_areas.iter().map(|stated| stated.area).collect();
    sort_by(&mut areas, CrimeArea::cmp);
    areas.dedup();
    (!areas.is_empty()).then(|| areas.into_iter().map(CrimeArea::label).collect::<Vec<_>>().join(", "))
}

/// How a field a maintainer set by hand is called on a page.
pub fn corrected_field_label(field: &str) -> &str {
    match field {
        "start" => "start date",
        "end" => "end date",
        "stated_country_count" => "participant count",
        "countries" => "participating countries",
        other => other,
    }
}

/// A seizure as a reader says it, the amount as the text writes it: "more than 1.4 tonnes of
/// cocaine", "212 firearms", "EUR 3.1 million in cash".
pub fn seizure_in_words(seizure: &Seizure) -> String {
    let qualifier = seizure.qualifier.as_ref().map(|q| format!("{q} ")).unwrap_or_default();
    let joint = match (seizure.unit, seizure.value) {
        (Some(_), _) => " of ",
        (None, Some(_)) => " in ",
        (None, None) => " ",
    };
    format!("{qualifier}{}{joint}{}", seizure.as_written, seizure.item)
}

/// What an operation or a country case seized, in short, for a table cell or a case's line:
/// its first totals (parts left out) and how many more; `None` when it seized nothing the
/// texts state.
pub fn seized_in_short(seizures: &[Seizure]) -> Option<String> {
    const SHOWN: usize = 2;
    let totals: Vec<&Seizure> = seizures.iter().filter(|s| s.part_of.is_none()).collect();
    if totals.is_empty() {
        return None;
    }
    let mut words: Vec<String> = totals.iter().take(SHOWN).map(|s| seizure_in_words(s)).collect();
    if totals.len() > SHOWN {
        words.push(format!("{} more", totals.len() - SHOWN));
    }
    Some(format!("Seized: {}", words.join(", ")))
}

/// The name of each code, in order; a code the dataset does not know stands for itself.
pub fn names_of<'a>(dataset: &'a Dataset, codes: &'a [String]) -> impl Iterator<Item = &'a str> {
    codes.iter().map(|code| dataset.country(code).map_or(code.as_str(), |c| c.name.as_str()))
}

/// Country names for codes, in order ("Chile and Paraguay"; "Brazil, Colombia and Panama").
pub fn country_names(dataset: &Dataset, codes: &[String]) -> String {
    let names: Vec<&str> = names_of(dataset, codes).collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use explorer_model::Country;

    fn operation(id: &str, countries: &[&str]) -> Operation {
        Operation {
            id: id.to_string(),
            name: id.to_string(),
            series: id.to_string(),
            countries: countries.iter().map(|c| c.to_string()).collect(),
            ..Operation::default()
        }
    }

    fn country(code: &str, name: &str) -> Country {
        Country { code: code.to_string(), name: name.to_string(), region: None, subregion: None, aliases: Vec::new() }
    }

    #[test]
    fn groups_documents_by_the_operation_they_report() {
        let document = |file: &str| Document { file: file.to_string(), ..Document::default() };
        let mut a = operation("a", &[]);
        a.documents = vec!["a1.txt".to_string(), "a2.txt".to_string()];
        let mut mentioned = operation("m", &[]);
        mentioned.mentioned_in = vec!["a1.txt".to_string()];
        let dataset = Dataset {
            operations: vec![a, mentioned],
            documents: vec![document("a1.txt"), document("a2.txt"), document("minutes.txt")],
            ..Dataset::default()
        };
        let groups: Vec<(Option<&str>, Vec<&str>)> = documents_by_operation(&dataset)
            .into_iter()
            .map(|(op, docs)| (op.map(|op| op.id.as_str()), docs.iter().map(|d| d.file.as_str()).collect()))
            .collect();
        assert_eq!(groups, [(Some("a"), vec!["a1.txt", "a2.txt"]), (None, vec!["minutes.txt"])]);
    }

    #[test]
    fn cites_what_the_manifest_knows() {
        let full = Document {
            file: "a.txt".to_string(),
            publisher: Some("INTERPOL".to_string()),
            place: Some("Lyon".to_string()),
            published: Some("2020-12-11".to_string()),
            ..Document::default()
        };
        let bare = Document { file: "b.txt".to_string(), ..Document::default() };
        let dataset = Dataset { documents: vec![full, bare], ..Dataset::default() };
        assert_eq!(citation(&dataset, "a.txt"), "INTERPOL, Lyon, published 2020-12-11 (a.txt)");
        assert_eq!(citation(&dataset, "b.txt"), "(b.txt)");
        assert_eq!(citation(&dataset, "missing.txt"), "missing.txt");
        let news =
            Document { file: "c.txt".to_string(), kind: Some("news_article".to_string()), ..Document::default() };
        let dataset = Dataset { documents: vec![news], ..Dataset::default() };
        assert_eq!(citation(&dataset, "c.txt"), "news article (c.txt)");
    }

    fn arrests(value: u64, qualifier: Option<&str>, document: &str) -> Figure {
        Figure {
            metric: Metric::Arrests,
            value,
            qualifier: qualifier.map(str::to_string),
            currency: None,
            as_written: value.to_string(),
            source: explorer_model::Source { document: document.to_string(), ..explorer_model::Source::default() },
        }
    }

    #[test]
    fn groups_each_documents_figures_and_says_where_they_differ() {
        let mut victims = arrests(40, None, "a.txt");
        victims.metric = Metric::VictimsRescued;
        let figures = [arrests(126, None, "a.txt"), victims.clone(), arrests(120, None, "b.txt"), victims];
        let rows = figure_rows(&figures);
        let shown: Vec<(Metric, usize, String)> = rows.iter().map(|r| (r.metric, r.figures.len(), r.value())).collect();
        assert_eq!(
            shown,
            [
                (Metric::Arrests, 2, "sources differ: 126, 120".to_string()),
                (Metric::VictimsRescued, 2, "40".to_string())
            ]
        );
        // A qualifier makes another value: "more than 120" is not 120.
        let qualified = [arrests(120, None, "a.txt"), arrests(120, Some("more than"), "b.txt")];
        assert!(figure_rows(&qualified)[0].disputed());
    }

    #[test]
    fn summarises_stated_and_listed_participants() {
        let mut op = operation("x", &["ES", "PT"]);
        assert_eq!(participants_summary(&op), "2 listed; no count stated");
        op.stated_country_count = Some(2);
        assert_eq!(participants_summary(&op), "2 countries (stated and listed)");
        op.stated_country_count = Some(3);
        assert_eq!(participants_summary(&op), "3 stated, 2 listed");
        op.countries.clear();
        assert_eq!(participants_summary(&op), "3 stated; none listed");
        op.stated_country_count = None;
        assert_eq!(participants_summary(&op), "not stated");
    }

    #[test]
    fn sorts_operations_with_unknown_values_last() {
        let mut a = operation("a", &["ES", "PT"]);
        a.year = Some(2021);
        let mut b = operation("b", &[]);
        b.year = Some(2019);
        let mut c = operation("c", &["ES"]);
        c.stated_country_count = Some(40);
        let ids = |ops: &[&Operation]| ops.iter().map(|op| op.id.clone()).collect::<Vec<_>>();
        let mut ops = vec![&a, &b, &c];
        sort_operations(&mut ops, OperationSort::Participants, true);
        assert_eq!(ids(&ops), ["c", "a", "b"]);
        sort_operations(&mut ops, OperationSort::Participants, false);
        assert_eq!(ids(&ops), ["a", "c", "b"]);
        sort_operations(&mut ops, OperationSort::When, true);
        assert_eq!(ids(&ops), ["a", "b", "c"]);
        sort_operations(&mut ops, OperationSort::Name, true);
        assert_eq!(ids(&ops), ["c", "b", "a"]);
    }

    #[test]
    fn says_a_seizure_and_an_operations_seizures_in_short() {
        use explorer_model::{SeizureKind, Source, Unit};
        let seizure = |item: &str, written: &str, unit, value, part_of: Option<&str>| Seizure {
            item: item.into(),
            kind: SeizureKind::Other,
            quantity: None,
            unit,
            value,
            currency: None,
            qualifier: None,
            part_of: part_of.map(str::to_string),
            as_written: written.into(),
            source: Source::default(),
        };
        let cocaine = Seizure {
            qualifier: Some("more than".into()),
            ..seizure("cocaine", "1.4 tonnes", Some(Unit::Tonnes), None, None)
        };
        assert_eq!(seizure_in_words(&cocaine), "more than 1.4 tonnes of cocaine");
        let cash = seizure("cash", "EUR 3.1 million", None, Some(3_100_000), None);
        assert_eq!(seizure_in_words(&cash), "EUR 3.1 million in cash");
        let mut op = operation("x", &[]);
        assert_eq!(seized_in_short(&op.seizures), None);
        op.seizures = vec![
            seizure("firearms", "212", None, None, None),
            seizure("assault rifles", "35", None, None, Some("firearms")),
            cocaine,
            cash,
        ];
        assert_eq!(
            seized_in_short(&op.seizures).as_deref(),
            Some("Seized: 212 firearms, more than 1.4 tonnes of cocaine, 1 more")
        );
    }

    #[test]
    fn groups_cases_by_country_or_theme() {
        use explorer_model::Source;
        let case = |acting: &str, themes: &[Theme]| Highlight {
            acting: vec![acting.to_string()],
            involved: Vec::new(),
            themes: themes.to_vec(),
            figures: Vec::new(),
            seizures: Vec::new(),
            source: Source::default(),
        };
        let mut op = operation("x", &[]);
        op.highlights =
            vec![case("PT", &[Theme::Drugs]), case("ES", &[Theme::ForcedLabour, Theme::Drugs]), case("PT", &[])];
        let dataset =
            Dataset { countries: vec![country("ES", "Spain"), country("PT", "Portugal")], ..Dataset::default() };
        let sizes =
            |groups: Vec<(String, Vec<&Highlight>)>| groups.into_iter().map(|(l, c)| (l, c.len())).collect::<Vec<_>>();
        assert_eq!(
            sizes(group_cases(&dataset, &op, CaseGrouping::Country)),
            [("Portugal".to_string(), 2), ("Spain".to_string(), 1)]
        );
        assert_eq!(
            sizes(group_cases(&dataset, &op, CaseGrouping::Theme)),
            [("forced labour".to_string(), 1), ("drugs".to_string(), 2), ("no theme".to_string(), 1)]
        );
    }

    #[test]
    fn joins_country_names() {
        let dataset = Dataset {
            countries: vec![country("BR", "Brazil"), country("CL", "Chile"), country("PY", "Paraguay")],
            ..Dataset::default()
        };
        let codes = |list: &[&str]| list.iter().map(|c| c.to_string()).collect::<Vec<_>>();
        assert_eq!(country_names(&dataset, &codes(&["CL"])), "Chile");
        assert_eq!(country_names(&dataset, &codes(&["CL", "PY"])), "Chile and Paraguay");
        assert_eq!(country_names(&dataset, &codes(&["BR", "CL", "XX"])), "Brazil, Chile and XX");
    }

    #[test]
    fn words_the_dates() {
        let mut op = operation("x", &[]);
        assert_eq!(when(&op), "dates not stated");
        op.year = Some(2019);
        assert_eq!(when(&op), "2019");
        op.start = "2020-11-27".parse().ok();
        op.end = "2020-12-03".parse().ok();
        assert_eq!(when(&op), "27 November – 3 December 2020");
        op.start = "2020-12-01".parse().ok();
        assert_eq!(when(&op), "1–3 December 2020");
        op.start = "2019-12-30".parse().ok();
        assert_eq!(when(&op), "30 December 2019 – 3 December 2020");
        (op.start, op.end) = ("2024-04".parse().ok(), "2024-05".parse().ok());
        assert_eq!(when(&op), "April – May 2024");
        (op.start, op.end) = ("--12-28".parse().ok(), "--01-04".parse().ok());
        assert_eq!(when(&op), "28 December – 4 January");
        (op.start, op.end) = ("2023-03".parse().ok(), "2023-03".parse().ok());
        assert_eq!(when(&op), "March 2023");
        (op.start, op.end) = (None, "2022-06-13".parse().ok());
        assert_eq!(when(&op), "until 13 June 2022");
    }
}
