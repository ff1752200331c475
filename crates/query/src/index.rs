//! What the views read of a dataset at every keystroke, worked out once and kept beside it, as
//! a database keeps its indexes beside its tables: each operation's and each country case's
//! values for the filters (`facets::Filterable`), and each country's counts.
//!
//! The dataset itself stays plain data. `IndexedDataset` owns it and hands out only a shared
//! reference, so an index can never describe a dataset edited since: to query an edited copy,
//! index the copy.

use std::fmt;
use std::ops::Deref;
use std::sync::OnceLock;

use explorer_model::{Dataset, Operation};

use crate::cases::{CaseRow, case_rows};
use crate::countries::{CountryCounts, CountryRow};
use crate::facets::Filterable;

/// A dataset with its indexes, each worked out on first use: an app that never filters cases
/// never folds their texts.
pub struct IndexedDataset {
    dataset: Dataset,
    /// In the order of `dataset.operations`.
    operations: OnceLock<Vec<Filterable>>,
    /// In the order of `cases::case_rows`.
    cases: OnceLock<Vec<Filterable>>,
    /// In the order of `dataset.countries`.
    country_counts: OnceLock<Vec<CountryCounts>>,
}

impl IndexedDataset {
    pub fn new(dataset: Dataset) -> IndexedDataset {
        IndexedDataset { dataset, operations: OnceLock::new(), cases: OnceLock::new(), country_counts: OnceLock::new() }
    }

    /// Each operation with what the filters read of it.
    pub(crate) fn filterable_operations(&self) -> impl Iterator<Item = (&Operation, &Filterable)> {
        let dataset = &self.dataset;
        let all =
            self.operations.get_or_init(|| dataset.operations.iter().map(|op| Filterable::of(dataset, op)).collect());
        dataset.operations.iter().zip(all)
    }

    /// Each country case with what the filters read of it.
    pub(crate) fn filterable_cases(&self) -> impl Iterator<Item = (CaseRow<'_>, &Filterable)> {
        let dataset = &self.dataset;
        let all = self.cases.get_or_init(|| {
            case_rows(dataset).map(|row| Filterable::of_case(dataset, row.operation, row.case)).collect()
        });
        case_rows(dataset).zip(all)
    }

    /// Every country of the dataset with its counts, in code order. Counting scans every
    /// operation and case for each country (7 ms a keystroke at 500 operations), hence the
    /// index.
    pub fn country_rows(&self) -> Vec<CountryRow<'_>> {
        let dataset = &self.dataset;
        let counts = self.country_counts.get_or_init(|| {
            dataset.countries.iter().map(|country| CountryCounts::of(dataset, &country.code)).collect()
        });
        dataset.countries.iter().zip(counts).map(|(country, &counts)| CountryRow { country, counts }).collect()
    }
}

/// The dataset's own fields and questions (`operations`, `country(code)`) read through the
/// index, so that a view holding the index needs nothing else.
impl Deref for IndexedDataset {
    type Target = Dataset;

    fn deref(&self) -> &Dataset {
        &self.dataset
    }
}

/// Two indexed datasets are equal when their data are: the indexes follow from the data.
impl PartialEq for IndexedDataset {
    fn eq(&self, other: &IndexedDataset) -> bool {
        self.dataset == other.dataset
    }
}

impl fmt::Debug for IndexedDataset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IndexedDataset").field("dataset", &self.dataset).finish_non_exhaustive()
    }
}
