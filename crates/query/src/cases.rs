//! Case-centred questions: every country case of every operation as the rows of one table,
//! what a row says and how the rows are ordered. Which rows the reader's filters keep, and
//! the counts beside each filter value, are in `filter` (`matching_cases`, `case_facets`).

use explorer_model::figure_value;
use explorer_model::text::fold;
use explorer_model::{Dataset, Highlight, Operation};

use crate::operations::{country_names, time_order};
use crate::sorting::{SortColumn, known_first, sort_by};

/// One country case with the operation it belongs to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CaseRow<'a> {
    pub operation: &'a Operation,
    pub case: &'a Highlight,
    /// Its place among the operation's cases: with the operation's id, a key that names the
    /// row as long as the dataset stays the same.
    pub index: usize,
}

impl CaseRow<'_> {
    /// "weka-ii-2022/3": the operation's id and the case's place in it.
    pub fn key(&self) -> String {
        format!("{}/{}", self.operation.id, self.index)
    }
}

/// Every case of the dataset, operation by operation in the dataset's (time) order, each
/// operation's cases in the order its releases tell them.
pub fn case_rows(dataset: &Dataset) -> impl Iterator<Item = CaseRow<'_>> {
    dataset.operations.iter().flat_map(|operation| {
        operation.highlights.iter().enumerate().map(move |(index, case)| CaseRow { operation, case, index })
    })
}

/// A case's figures as a reader says them: "victims rescued: 6", "arrests: more than 20".
pub fn figures_in_words(case: &Highlight) -> Vec<String> {
    case.figures.iter().map(|f| format!("{}: {}", f.metric.label(), figure_value(f))).collect()
}

/// Columns the cases table sorts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseSort {
    /// The operation, in time order; an operation's cases keep their order.
    Operation,
    /// The names of the countries that acted, then the operation's time.
    Country,
}

impl SortColumn for CaseSort {
    const ALL: &'static [CaseSort] = &[CaseSort::Operation, CaseSort::Country];

    fn key(self) -> &'static str {
        match self {
            CaseSort::Operation => "operation",
            CaseSort::Country => "country",
        }
    }
}

/// Sorts cases by a column; values the releases do not state (a year, an acting country) go
/// last either way. Ties are in time order, each operation's cases in their order, whatever
/// order the rows came in.
pub fn sort_cases(dataset: &Dataset, rows: &mut [CaseRow<'_>], key: CaseSort, descending: bool) {
    // The dataset's order: by time, operations of the same dates by name.
    let in_time = |a: &CaseRow, b: &CaseRow, descending: bool| {
        known_first(time_order(a.operation), time_order(b.operation), descending)
            .then_with(|| a.operation.name.cmp(&b.operation.name))
            .then(a.index.cmp(&b.index))
    };
    match key {
        CaseSort::Operation => sort_by(rows, |a, b| in_time(a, b, descending)),
        CaseSort::Country => {
            // Each row's names folded once, not at every comparison: "Côte d'Ivoire" sorts as
            // "cote d'ivoire", before "Cuba".
            let acting =
                |row: &CaseRow| (!row.case.acting.is_empty()).then(|| fold(&country_names(dataset, &row.case.acting)));
            let mut keyed: Vec<(Option<String>, CaseRow)> = rows.iter().map(|row| (acting(row), *row)).collect();
            sort_by(&mut keyed, |(a_name, a), (b_name, b)| {
                known_first(a_name.as_ref(), b_name.as_ref(), descending).then_with(|| in_time(a, b, false))
            });
            rows.iter_mut().zip(keyed).for_each(|(slot, (_, row))| *slot = row);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use explorer_model::{Country, Figure, Metric, Source};

    fn case(acting: &[&str], quote: &str) -> Highlight {
        Highlight {
            acting: acting.iter().map(|c| c.to_string()).collect(),
            involved: Vec::new(),
            themes: Vec::new(),
            figures: Vec::new(),
            seizures: Vec::new(),
            source: Source { quote: quote.to_string(), ..Source::default() },
        }
    }

    fn operation(id: &str, year: Option<i32>, cases: Vec<Highlight>) -> Operation {
        Operation { id: id.to_string(), name: id.to_string(), year, highlights: cases, ..Operation::default() }
    }

    fn dataset() -> Dataset {
        let country = |code: &str, name: &str| Country {
            code: code.to_string(),
            name: name.to_string(),
            region: None,
            subregion: None,
            aliases: Vec::new(),
        };
        Dataset {
            operations: vec![
                operation("old", Some(2019), vec![case(&["CU"], "old 0"), case(&["CI"], "old 1")]),
                operation("new", Some(2024), vec![case(&["ES"], "new 0"), case(&[], "new 1")]),
                operation("undated", None, vec![case(&["CI"], "undated 0")]),
            ],
            countries: vec![country("CI", "Côte d'Ivoire"), country("CU", "Cuba"), country("ES", "Spain")],
            ..Dataset::default()
        }
    }

    fn keys(rows: &[CaseRow]) -> Vec<String> {
        rows.iter().map(CaseRow::key).collect()
    }

    #[test]
    fn every_case_is_a_row_in_the_datasets_order() {
        let dataset = dataset();
        let rows: Vec<CaseRow> = case_rows(&dataset).collect();
        assert_eq!(keys(&rows), ["old/0", "old/1", "new/0", "new/1", "undated/0"]);
        assert_eq!(rows[3].case.source.quote, "new 1");
    }

    #[test]
    fn sorts_by_time_or_country_with_the_unknown_last_both_ways() {
        let dataset = dataset();
        let mut rows: Vec<CaseRow> = case_rows(&dataset).collect();
        // Whatever order they come in, ties keep time order.
        rows.reverse();
        sort_cases(&dataset, &mut rows, CaseSort::Operation, true);
        // The newest operation first, its cases still in their order; no year, last.
        assert_eq!(keys(&rows), ["new/0", "new/1", "old/0", "old/1", "undated/0"]);
        sort_cases(&dataset, &mut rows, CaseSort::Country, false);
        // Côte d'Ivoire (twice, in time order), Cuba, Spain; the case with no acting country last.
        assert_eq!(keys(&rows), ["old/1", "undated/0", "old/0", "new/0", "new/1"]);
        sort_cases(&dataset, &mut rows, CaseSort::Country, true);
        assert_eq!(keys(&rows), ["new/0", "old/0", "old/1", "undated/0", "new/1"]);
    }

    #[test]
    fn the_address_names_the_cases_sort() {
        use crate::sorting::{parse_sort, sort_value};
        assert_eq!(sort_value((CaseSort::Operation, false)), "operation");
        assert_eq!(sort_value((CaseSort::Country, true)), "-country");
        assert_eq!(parse_sort::<CaseSort>("-country"), Some((CaseSort::Country, true)));
        assert_eq!(parse_sort::<CaseSort>("operation"), Some((CaseSort::Operation, false)));
        assert_eq!(parse_sort::<CaseSort>("cases"), None);
    }

    #[test]
    fn says_figures_as_a_reader_does() {
        let mut with_figures = case(&["ES"], "");
        with_figures.figures = vec![Figure {
            metric: Metric::VictimsRescued,
            value: 1200,
            qualifier: Some("more than".to_string()),
            currency: None,
            as_written: "1,200".to_string(),
            source: Source::default(),
        }];
        assert_eq!(figures_in_words(&with_figures), ["victims rescued: more than 1,200"]);
    }
}
