//! From a folder of press releases (`*.txt`, `manifest.json` and `corrections.toml`) to a
//! [`Dataset`], and a review of each release for its maintainer; and the world map's geometry.
//! Only the build step (`build.rs`) and `xtask` run it: the app never links it, nor its
//! `regex`, `keshvar` and `toml`.
//!
//! Reading the folder ([`extract_folder`]) is kept apart from reading texts
//! ([`extract_sources`]) so tests can feed texts without touching the disk.

pub mod annotate;
pub mod corrections;
pub mod doc;
pub mod manifest;
mod phrases;
pub mod problem;
pub mod read;
pub mod review;
pub mod segment;
pub mod world_map;

use std::collections::{BTreeSet, HashMap, HashSet};
use std::fs;
use std::hash::BuildHasherDefault;
use std::path::Path;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use annotate::country_index::{CountryIndex, Fnv};
use corrections::{CORRECTIONS_FILE, Corrections};
use manifest::{MANIFEST_FILE, parse_manifest};
pub use problem::{Problem, Problems};
use read::identity::operation_id;
use read::{MentionedOperation, read_document};
use review::DocumentReview;

use explorer_model::date::PartialDate;
use explorer_model::figure_value;
use explorer_model::text::{fold, slug};
use explorer_model::{
    Conflict, Dataset, Document, Metric, Operation, Source as ModelSource, StatedValue, UnreadNumber, json_name,
};

/// One press release: its file name, its text and its manifest entry.
#[derive(Debug, Clone)]
pub struct Source {
    pub file: String,
    pub text: String,
    pub document: Document,
}

/// A folder's dataset, and how each of its documents was read.
#[derive(Debug, Clone)]
pub struct Extraction {
    pub dataset: Dataset,
    /// One per document, in file-name order.
    pub reviews: Vec<DocumentReview>,
}

/// Reads every `*.txt` in `dir` with its manifest entry and corrections and extracts the
/// dataset, or returns every problem found (unreadable files, manifest or correction errors,
/// unresolvable participants).
pub fn extract_folder(dir: &Path) -> Result<Dataset, Problems> {
    review_folder(dir).map(|extraction| extraction.dataset)
}

/// [`extract_folder`], with the review of each document.
pub fn review_folder(dir: &Path) -> Result<Extraction, Problems> {
    let (sources, mut problems) = read_folder(dir);
    let corrections = read_optional(dir, CORRECTIONS_FILE, &mut problems)
        .map(|text| {
            Corrections::parse(&text, CountryIndex::shared()).unwrap_or_else(|found| {
                problems.extend(found);
                Corrections::default()
            })
        })
        .unwrap_or_default();
    match extract_corrected(sources, &corrections) {
        Ok(extraction) if problems.is_empty() => Ok(extraction),
        Ok(_) => Err(Problems(problems)),
        Err(Problems(more)) => {
            problems.extend(more);
            Err(Problems(problems))
        }
    }
}

/// The paths a build depends on: the folder, its manifest, its corrections and its texts.
pub fn input_paths(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut paths = vec![dir.to_path_buf(), dir.join(MANIFEST_FILE), dir.join(CORRECTIONS_FILE)];
    paths.extend(text_files(dir).unwrap_or_default().into_iter().map(|name| dir.join(name)));
    paths
}

fn text_files(dir: &Path) -> std::io::Result<Vec<String>> {
    let mut names: Vec<String> = fs::read_dir(dir)?
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".txt"))
        .collect();
    names.sort();
    Ok(names)
}

/// The text of a file a folder may have (its manifest, its corrections); `None` when it has
/// none, or when it cannot be read, which is a problem.
fn read_optional(dir: &Path, file: &str, problems: &mut Vec<Problem>) -> Option<String> {
    match fs::read_to_string(dir.join(file)) {
        Ok(text) => Some(text),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => None,
        Err(error) => {
            problems.push(Problem::in_file(file, format!("cannot read it: {error}")));
            None
        }
    }
}

fn read_folder(dir: &Path) -> (Vec<Source>, Vec<Problem>) {
    let mut problems = Vec::new();
    let shown = dir.display().to_string();
    let names = match text_files(dir) {
        Ok(names) => names,
        Err(error) => {
            return (Vec::new(), vec![Problem::in_file(&shown, format!("cannot list the folder: {error}"))]);
        }
    };
    let mut entries = read_optional(dir, MANIFEST_FILE, &mut problems)
        .map(|text| {
            parse_manifest(&text).unwrap_or_else(|problem| {
                problems.push(problem);
                Vec::new()
            })
        })
        .unwrap_or_default();
    let mut seen = BTreeSet::new();
    for entry in &entries {
        // The names are sorted: each entry is looked up, not compared with every name.
        if names.binary_search(&entry.file).is_err() {
            problems
                .push(Problem::in_file(MANIFEST_FILE, format!("names `{}`, which is not in the folder", entry.file)));
        }
        if !seen.insert(entry.file.clone()) {
            problems.push(Problem::in_file(MANIFEST_FILE, format!("names `{}` twice", entry.file)));
        }
    }

    let mut sources = Vec::new();
    // Read on every core: on one thread, opening and reading the files took 4% of extracting
    // the 10x synthetic folder, all of it while the other cores waited.
    let contents = in_parallel(&names, threads(), |name| fs::read(dir.join(name)));
    for (name, content) in names.into_iter().zip(contents) {
        let document = match entries.iter().position(|entry| entry.file == name) {
            Some(i) => entries.swap_remove(i),
            None => Document { file: name.clone(), ..Document::default() },
        };
        match content {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => sources.push(Source { file: name, text, document }),
                Err(error) => {
                    let valid = error.utf8_error().valid_up_to();
                    let prefix = String::from_utf8_lossy(&error.as_bytes()[..valid]).into_owned();
                    problems.push(Problem::at(&name, &prefix, valid, "the text is not valid UTF-8 here"));
                }
            },
            Err(error) => problems.push(Problem::in_file(&name, format!("cannot read it: {error}"))),
        }
    }
    (sources, problems)
}

/// Extracts the dataset from texts already read.
pub fn extract_sources(sources: Vec<Source>) -> Result<Dataset, Problems> {
    extract_corrected(sources, &Corrections::default()).map(|extraction| extraction.dataset)
}

/// Reads each source on up to `threads` threads, and returns the readings in the sources'
/// order. A document is read on its own, without a look at any other (merging comes after,
/// one document at a time in order), so the dataset is the same whatever the number of threads.
fn read_each(sources: &[Source], index: &CountryIndex, threads: usize) -> Vec<Result<read::Reading, Vec<Problem>>> {
    in_parallel(sources, threads, |source| guarded(source, |source| read_document(source, index)))
}

/// A document's reading, where a fault in the extractor on that one text becomes a problem
/// that names its file, not a crash of the whole build that names none. (Under `panic =
/// "abort"` the process still stops, as that setting asks.)
fn guarded<R>(source: &Source, read: impl FnOnce(&Source) -> Result<R, Vec<Problem>>) -> Result<R, Vec<Problem>> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| read(source))).unwrap_or_else(|_| {
        let reason =
            "the extractor failed on this text (an internal fault, told above); please report it with the file";
        Err(vec![Problem::in_file(&source.file, reason)])
    })
}

/// `items.iter().map(each)` on up to `threads` threads, in the items' order.
fn in_parallel<T: Sync, R: Send>(items: &[T], threads: usize, each: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = threads.min(items.len());
    if threads <= 1 {
        return items.iter().map(each).collect();
    }
    // Each thread takes the next item: releases differ in length by a factor of ten.
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else { break done };
            done.push((i, each(item)));
        }
    };
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        // The calling thread works too: one thread fewer to start and to give memory.
        let helpers: Vec<_> = (1..threads).map(|_| scope.spawn(work)).collect();
        let mut done = work();
        // A panic in a helper is the caller's, as it would be on one thread.
        for helper in helpers {
            done.extend(helper.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)));
        }
        done
    });
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, result)| result).collect()
}

/// The threads a folder is read on: every core this process may use. Asked once: the
/// answer reads the system's files, which cost as much as a short release's reading.
fn threads() -> usize {
    static THREADS: OnceLock<usize> = OnceLock::new();
    *THREADS.get_or_init(|| std::thread::available_parallelism().map_or(1, usize::from))
}

/// Extracts the dataset from texts already read, with a maintainer's corrections applied to
/// each document's reading before the operations are merged.
pub fn extract_corrected(sources: Vec<Source>, corrections: &Corrections) -> Result<Extraction, Problems> {
    let index = CountryIndex::shared();
    let mut dataset = Dataset::default();
    let mut problems = Vec::new();
    let mut mentions: Vec<(MentionedOperation, String)> = Vec::new();
    // Where each operation stands in `dataset.operations`, by id: a scan of them all for each
    // document grew with the square of the folder's size.
    let mut position_of_id: HashMap<String, usize> = HashMap::new();
    // What each document states of an operation's dates and participant count, by the
    // operation's id: where two documents differ, both values are kept.
    let mut stated: HashMap<String, Vec<StatedTiming>> = HashMap::new();
    let mut documents = Vec::new();
    // Each document's trace and the id of the operation it went to, for its review.
    let mut traces = Vec::new();
    // Actions without a code name, by position in `dataset.operations`, with their theme:
    // another release about one of them is merged into it by what it says, not by its id.
    let mut actions: Vec<(usize, Option<String>)> = Vec::new();
    for (source, reading) in sources.iter().zip(read_each(&sources, index, threads())) {
        let mut document = source.document.clone();
        match reading {
            Ok(mut reading) => {
                let file = &source.file;
                problems.extend(corrections.apply(file, &source.text, &mut reading.operation, &mut dataset.warnings));
                // The manifest, where it says them, overrides what the text states.
                if document.published.is_none() {
                    document.published = reading.published.map(|date| date.to_string());
                }
                if document.publisher.is_none() {
                    document.publisher = reading.publisher.clone();
                }
                if document.headline.is_none() {
                    document.headline = reading.headline.take();
                }
                let id = match reading.operation {
                    Some(mut operation) => {
                        let timing = StatedTiming::of(&operation);
                        if !operation.code_name {
                            join_action(&mut dataset, &actions, &mut operation, reading.theme.as_deref());
                            if !position_of_id.contains_key(&operation.id) {
                                actions.push((dataset.operations.len(), reading.theme.clone()));
                            }
                        }
                        let id = add_operation(&mut dataset, &mut position_of_id, operation);
                        stated.entry(id.clone()).or_default().push(timing);
                        Some(id)
                    }
                    None => {
                        dataset.warnings.push(format!("{file}: names no operation; it is listed as a source only"));
                        None
                    }
                };
                traces.push((source, id, reading.trace));
                dataset.warnings.extend(reading.warnings);
                mentions.extend(reading.mentioned.into_iter().map(|m| (m, source.file.clone())));
            }
            Err(mut found) => problems.append(&mut found),
        }
        documents.push(document);
    }
    warn_of_uncertain_pairs(&mut dataset);
    for (mentioned, file) in mentions {
        add_mention(&mut dataset, mentioned, file);
    }
    for op in &mut dataset.operations {
        op.conflicts = conflicts(op, stated.get(&op.id).map_or(&[], Vec::as_slice));
        for conflict in &op.conflicts {
            let values: Vec<String> =
                conflict.values.iter().map(|v| format!("{} in {}", v.value, v.document)).collect();
            dataset.warnings.push(format!(
                "{}: sources differ on {}: {}",
                op.title(),
                conflict.fact,
                values.join(", ")
            ));
        }
    }
    for named in corrections.documents() {
        if !sources.iter().any(|source| source.file == named.value) {
            problems.push(corrections.problem(named.at, format!("no document `{}` in the folder", named.value)));
        }
    }
    problems.extend(verify_sources(&dataset, &sources));
    if !problems.is_empty() {
        return Err(Problems(problems));
    }
    let reviews = reviews(&dataset, traces);
    dataset.unread_numbers = reviews
        .iter()
        .flat_map(|review| {
            review.left_numbers().map(|number| UnreadNumber {
                document: review.document.clone(),
                span: number.span,
                text: number.text.clone(),
            })
        })
        .collect();
    dataset.documents = documents;
    dataset.documents.sort_by(|a, b| a.file.cmp(&b.file));
    dataset.countries = countries_named(&dataset).into_iter().filter_map(|code| index.describe(code)).collect();
    dataset.operations.sort_by(|a, b| {
        // Within a year, dated operations first; operations without a year last. (The names are
        // compared in place: a copy of each for every comparison cost more than comparing.)
        let key = |op: &Operation| (op.year.is_none(), op.year, op.start.is_none(), op.start);
        key(a).cmp(&key(b)).then_with(|| a.name.cmp(&b.name))
    });
    Ok(Extraction { dataset, reviews })
}

/// Each document's review, in file-name order, from the facts the dataset holds of it.
fn reviews(dataset: &Dataset, traces: Vec<(&Source, Option<String>, review::Trace)>) -> Vec<DocumentReview> {
    let mut spans: HashMap<&str, Vec<(usize, usize)>> = HashMap::new();
    // Where each seizure's amount stands: its quote holds it, as the build verified.
    let mut seized: HashMap<&str, Vec<(usize, usize)>> = HashMap::new();
    for op in &dataset.operations {
        for (source, _) in op.sourced_facts() {
            spans.entry(source.document.as_str()).or_default().push(source.span);
        }
        for seizure in op.seizures.iter().chain(op.highlights.iter().flat_map(|h| &h.seizures)) {
            let source = &seizure.source;
            if let Some(at) = source.quote.find(&seizure.as_written) {
                let start = source.span.0 + at;
                seized.entry(source.document.as_str()).or_default().push((start, start + seizure.as_written.len()));
            }
        }
    }
    let mut reviews: Vec<DocumentReview> = traces
        .into_iter()
        .map(|(source, id, trace)| {
            let facts = spans.get(source.file.as_str()).map_or(&[][..], Vec::as_slice);
            let seized = seized.get(source.file.as_str()).map_or(&[][..], Vec::as_slice);
            DocumentReview::new(&source.file, &source.text, id, &trace, facts, seized)
        })
        .collect();
    reviews.sort_by(|a, b| a.document.cmp(&b.document));
    reviews
}

/// Every country code the dataset uses, in order: participants, case countries, coordination
/// hosts. Borrowed, as most codes are named many times: a copy of each would be made and
/// dropped. Gathered in a hash set, which keeps each code once for less than a sorted set's
/// comparisons, and sorted once at the end. The codes are the crate's own: hashed with
/// [`Fnv`], as the index's names are, for less than the standard hasher's setup.
fn countries_named(dataset: &Dataset) -> Vec<&str> {
    let mut codes: HashSet<&str, BuildHasherDefault<Fnv>> = HashSet::default();
    for op in &dataset.operations {
        codes.extend(op.countries.iter().map(String::as_str));
        for highlight in &op.highlights {
            codes.extend(highlight.acting.iter().chain(&highlight.involved).map(String::as_str));
        }
        codes.extend(op.coordination.iter().filter_map(|c| c.country.as_deref()));
    }
    let mut codes: Vec<&str> = codes.into_iter().collect();
    codes.sort_unstable();
    codes
}

/// Adds an operation, or merges it into the one with the same id that another document
/// reported: the same series, edition and year. Two reports that give no year, and no dates
/// that agree, may be of two editions: they stay apart, each with an id of its own, and a
/// warning names both files. Returns the id the operation has in the dataset.
fn add_operation(
    dataset: &mut Dataset,
    position_of_id: &mut HashMap<String, usize>,
    mut operation: Operation,
) -> String {
    let Some(&position) = position_of_id.get(&operation.id) else {
        position_of_id.insert(operation.id.clone(), dataset.operations.len());
        let id = operation.id.clone();
        dataset.operations.push(operation);
        return id;
    };
    let existing = &dataset.operations[position];
    let dates_agree = existing.start.is_some() && (existing.start, existing.end) == (operation.start, operation.end);
    if existing.year.is_none() && operation.year.is_none() && !dates_agree {
        let file = operation.documents[0].clone();
        dataset.warnings.push(format!(
            "{file} and {} both report {} with no year or dates that tell whether it is one operation; \
             they are kept apart",
            existing.documents[0],
            existing.title()
        ));
        operation.id = format!("{}-{}", operation.id, slug(file.trim_end_matches(".txt")));
        return add_operation(dataset, position_of_id, operation);
    }
    let existing = &mut dataset.operations[position];
    // The first document's dates and count stand in the fields, with their sources;
    // [`conflicts`] keeps the others.
    let (sources, theirs) = (&mut existing.field_sources, operation.field_sources);
    if existing.start.is_none() {
        (existing.start, existing.end, existing.duration_days) =
            (operation.start, operation.end, operation.duration_days);
        (sources.start, sources.end, sources.duration_days) = (theirs.start, theirs.end, theirs.duration_days);
    }
    if existing.stated_country_count.is_none() {
        existing.stated_country_count = operation.stated_country_count;
        sources.stated_country_count = theirs.stated_country_count;
    }
    let known = existing.countries.len();
    for code in operation.countries {
        if !existing.countries.contains(&code) {
            existing.countries.push(code);
        }
    }
    // A release that adds participants is a source of the list.
    if existing.countries.len() > known {
        sources.countries.extend(theirs.countries);
    }
    existing.figures.extend(operation.figures);
    existing.also_stated.extend(operation.also_stated);
    existing.highlights.extend(operation.highlights);
    existing.coordination.extend(operation.coordination);
    for organiser in operation.organisers {
        if !existing.organisers.iter().any(|known| known.name == organiser.name) {
            existing.organisers.push(organiser);
        }
    }
    existing.partners.extend(operation.partners);
    existing.funders.extend(operation.funders);
    existing.projects.extend(operation.projects);
    existing.quotes.extend(operation.quotes);
    existing.documents.extend(operation.documents);
    existing.id.clone()
}

/// Gives an action without a code name the id of the one another release reported, when
/// both tell of one action: the same organiser, overlapping periods and the same theme.
/// Where they share an organiser and a period but one names no theme, nothing tells whether
/// they are one: they stay apart, and a warning names both files. Different themes are
/// different actions.
fn join_action(
    dataset: &mut Dataset,
    actions: &[(usize, Option<String>)],
    operation: &mut Operation,
    theme: Option<&str>,
) {
    let days = |op: &Operation| Some((op.start?.first_day()?, op.end.or(op.start)?.last_day()?));
    let Some((start, end)) = days(operation) else { return };
    for (position, known_theme) in actions {
        let existing = &dataset.operations[*position];
        if existing.id == operation.id {
            return;
        }
        let organiser =
            existing.organisers.iter().find(|a| operation.organisers.iter().any(|b| fold(&a.name) == fold(&b.name)));
        let overlap = days(existing).is_some_and(|(first, last)| first <= end && start <= last);
        let Some(organiser) = organiser.filter(|_| overlap) else { continue };
        match (known_theme.as_deref(), theme) {
            (Some(known), Some(theme)) if known == theme => {
                operation.id = existing.id.clone();
                return;
            }
            (Some(_), Some(_)) => {}
            _ => {
                let warning = format!(
                    "{} and {} both report action by {} at the same time, and not both say what it was against: \
                     they may be one action; they are kept apart",
                    operation.documents[0], existing.documents[0], organiser.name
                );
                dataset.warnings.push(warning);
            }
        }
    }
}

/// Reports of one series and edition that stay apart because one gives no year: they may
/// be one operation or two, and a maintainer should know (two without a year are warned of
/// as they are added).
fn warn_of_uncertain_pairs(dataset: &mut Dataset) {
    // By series and edition: comparing every pair of operations grew with the square of the
    // folder's size.
    let mut editions: HashMap<(String, Option<u32>), Vec<usize>> = HashMap::new();
    for (i, op) in dataset.operations.iter().enumerate() {
        editions.entry((fold(&op.series), op.edition)).or_default().push(i);
    }
    let mut groups: Vec<Vec<usize>> = editions.into_values().filter(|group| group.len() > 1).collect();
    groups.sort();
    for group in groups {
        for (n, &a) in group.iter().enumerate() {
            for &b in &group[n + 1..] {
                let (a, b) = (&dataset.operations[a], &dataset.operations[b]);
                if a.year.is_none() != b.year.is_none() {
                    let warning = format!(
                        "{} and {} both report {}, one with a year and one without; they are kept apart",
                        b.documents[0],
                        a.documents[0],
                        a.title()
                    );
                    dataset.warnings.push(warning);
                }
            }
        }
    }
}

/// What one document states of an operation's dates and participant count.
struct StatedTiming {
    document: String,
    start: Option<PartialDate>,
    end: Option<PartialDate>,
    count: Option<u32>,
}

impl StatedTiming {
    fn of(operation: &Operation) -> StatedTiming {
        StatedTiming {
            document: operation.documents[0].clone(),
            start: operation.start,
            end: operation.end,
            count: operation.stated_country_count,
        }
    }
}

/// How one of a document's dates or its participant count is written in a conflict.
type StatedOf = fn(&StatedTiming) -> Option<String>;

/// The facts an operation's documents state differently: its figures (each document's
/// figures are in `op.figures`) and its dates and participant count (in `stated`).
fn conflicts(op: &Operation, stated: &[StatedTiming]) -> Vec<Conflict> {
    let mut found = Vec::new();
    let mut metrics: Vec<Metric> = Vec::new();
    for figure in &op.figures {
        if !metrics.contains(&figure.metric) {
            metrics.push(figure.metric);
        }
    }
    for metric in metrics {
        let values =
            op.figures_of(metric).map(|f| StatedValue { value: figure_value(f), document: f.source.document.clone() });
        found.extend(conflict(json_name(metric).to_string(), values.collect()));
    }
    let timing: [(&str, StatedOf); 3] = [
        ("start", |s| s.start.map(|d| d.to_string())),
        ("end", |s| s.end.map(|d| d.to_string())),
        ("stated_country_count", |s| s.count.map(|n| n.to_string())),
    ];
    for (fact, value_of) in timing {
        let values =
            stated.iter().filter_map(|s| Some(StatedValue { value: value_of(s)?, document: s.document.clone() }));
        found.extend(conflict(fact.to_string(), values.collect()));
    }
    found
}

/// A conflict over `fact` when its stated values are not all the same.
fn conflict(fact: String, values: Vec<StatedValue>) -> Option<Conflict> {
    let differ = values.iter().any(|v| v.value != values[0].value);
    differ.then_some(Conflict { fact, values })
}

/// Links a passing mention to the operation it names (same series and edition; same year
/// where both are known), or records a mentioned-only operation.
fn add_mention(dataset: &mut Dataset, mentioned: MentionedOperation, file: String) {
    let same = |op: &Operation| {
        fold(&op.series) == fold(&mentioned.series)
            && op.edition == mentioned.edition
            && (op.year == mentioned.year || op.year.is_none() || mentioned.year.is_none())
    };
    let matching: Vec<usize> = (0..dataset.operations.len()).filter(|&i| same(&dataset.operations[i])).collect();
    match matching.as_slice() {
        [i] => {
            let op = &mut dataset.operations[*i];
            if !op.documents.contains(&file) && !op.mentioned_in.contains(&file) {
                op.mentioned_in.push(file);
            }
        }
        [] => dataset.operations.push(Operation {
            id: operation_id(&mentioned.series, mentioned.edition, mentioned.year),
            name: mentioned.name,
            series: mentioned.series,
            edition: mentioned.edition,
            year: mentioned.year,
            mentioned_only: true,
            mentioned_in: vec![file],
            ..Operation::default()
        }),
        _ => dataset.warnings.push(format!(
            "{file}: names Operation {} without a year that tells which of its editions is meant",
            mentioned.name
        )),
    }
}

/// Checks every fact against its document: the quote stands at its span, and a figure's
/// number stands in its quote. A failure here is a bug in the extractor, reported like bad
/// input so that no unverified fact reaches the app.
pub fn verify_sources(dataset: &Dataset, sources: &[Source]) -> Vec<Problem> {
    let mut problems = Vec::new();
    // Looked up once per fact: a scan of every source each time grew with the square of the
    // folder's size. The first source of a name is the one kept, as a scan would find it.
    let mut by_file: HashMap<&str, &Source> = HashMap::new();
    for source in sources {
        by_file.entry(source.file.as_str()).or_insert(source);
    }
    let mut check = |source: &ModelSource, number: Option<&str>| {
        let Some(input) = by_file.get(source.document.as_str()) else {
            problems.push(Problem::in_file(&source.document, "a fact cites this document, which was not read"));
            return;
        };
        let (start, end) = source.span;
        if input.text.get(start..end) != Some(source.quote.as_str()) {
            problems.push(Problem::at(
                &input.file,
                &input.text,
                start,
                format!("quote not found verbatim: `{}`", source.quote),
            ));
        } else if let Some(number) = number.filter(|n| !source.quote.contains(n)) {
            problems.push(Problem::at(
                &input.file,
                &input.text,
                start,
                format!("the number `{number}` is not in its quote"),
            ));
        }
    };
    for op in &dataset.operations {
        for (source, number) in op.sourced_facts() {
            check(source, number);
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use explorer_model::CrimeArea;

    fn source(file: &str, text: &str, published: Option<&str>) -> Source {
        Source {
            file: file.to_string(),
            text: text.to_string(),
            document: Document {
                file: file.to_string(),
                published: published.map(str::to_string),
                ..Document::default()
            },
        }
    }

    #[test]
    fn reports_every_unknown_participant_with_its_place() {
        let text = "Operation Nimbus (1 - 3 May) ran.\nParticipating countries: Spain, Atlantis, Lemuria.";
        let problems = extract_sources(vec![source("n.txt", text, Some("2023-06-01"))]).unwrap_err();
        let shown: Vec<String> = problems.0.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "n.txt:2:33: participant `Atlantis` resolves to no country",
                "n.txt:2:43: participant `Lemuria` resolves to no country",
            ]
        );
    }

    #[test]
    fn a_review_lists_the_quantities_of_seizing_sentences_that_gave_no_seizure() {
        let text = "Operation Nimbus (1 - 3 May) ran in ten ports.\n\nOfficers seized 1.4 tonnes of cocaine and 40 tonnes in total.";
        let extraction =
            extract_corrected(vec![source("n.txt", text, Some("2023-06-01"))], &Corrections::default()).unwrap();
        let unread: Vec<&str> = extraction.reviews[0].unread_quantities.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(unread, ["40 tonnes"]);
        assert_eq!(extraction.dataset.operations[0].seizures[0].as_written, "1.4 tonnes");
    }

    #[test]
    fn a_fault_on_one_text_is_a_problem_that_names_its_file() {
        let faulty = source("faulty.txt", "Police held 3 people.", None);
        let read = guarded(&faulty, |_| -> Result<(), Vec<Problem>> { panic!("a fault in a reader") });
        let problems = read.expect_err("the fault is a problem");
        assert_eq!(problems.len(), 1);
        assert!(problems[0].to_string().starts_with("faulty.txt: the extractor failed on this text"), "{problems:?}");
        // A reading without a fault passes through.
        assert_eq!(guarded(&faulty, |source| Ok::<_, Vec<Problem>>(source.file.len())), Ok(10));
    }

    #[test]
    fn several_threads_read_what_one_reads_in_the_same_order() {
        let (sources, problems) = read_folder(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../seeds")));
        assert!(problems.is_empty(), "{problems:?}");
        assert!(sources.len() >= 5, "the seeds are read");
        let index = CountryIndex::shared();
        let readings = |threads| format!("{:?}", read_each(&sources, index, threads));
        let one = readings(1);
        assert!(one.contains("Turquesa"), "the seeds' operations are read");
        assert_eq!(readings(3), one);
    }

    #[test]
    fn a_text_without_an_operation_is_a_warning() {
        let dataset = extract_sources(vec![source("minutes.txt", "The committee met.", None)]).unwrap();
        assert!(dataset.operations.is_empty());
        assert_eq!(dataset.warnings, ["minutes.txt: names no operation; it is listed as a source only"]);
        assert_eq!(dataset.documents.len(), 1);
    }

    #[test]
    fn verification_catches_a_quote_that_is_not_in_its_source() {
        let text = "Operation Nimbus (1 - 3 May) led to 41 arrests.";
        let sources = vec![source("n.txt", text, Some("2023-06-01"))];
        let mut dataset = extract_sources(sources.clone()).unwrap();
        assert!(verify_sources(&dataset, &sources).is_empty());
        dataset.operations[0].figures[0].source.quote = "led to 14 arrests".to_string();
        dataset.operations[0].figures[0].as_written = "14".to_string();
        let problems = verify_sources(&dataset, &sources);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].to_string().starts_with("n.txt:1:1: quote not found verbatim"), "{}", problems[0]);
        dataset.operations[0].figures[0].source.quote = text.to_string();
        let problems = verify_sources(&dataset, &sources);
        assert_eq!(problems[0].reason, "the number `14` is not in its quote");
    }

    #[test]
    fn merges_two_reports_of_one_operation() {
        let a = source(
            "a.txt",
            "Operation Nimbus (1 - 3 May) ran.\nParticipating countries: Spain and Chile.",
            Some("2023-06-01"),
        );
        let b = source(
            "b.txt",
            "Operation Nimbus (1 - 3 May) again.\nParticipating countries: Chile, Peru.",
            Some("2023-06-02"),
        );
        let dataset = extract_sources(vec![a, b]).unwrap();
        assert_eq!(dataset.operations.len(), 1);
        let op = &dataset.operations[0];
        assert_eq!(op.id, "nimbus-2023");
        assert_eq!(op.countries, ["ES", "CL", "PE"]);
        assert_eq!(op.documents, ["a.txt", "b.txt"]);
        let names: Vec<&str> = dataset.countries.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["Chile", "Spain", "Peru"]);
    }

    #[test]
    fn a_merged_operation_keeps_the_sources_of_the_values_it_holds() {
        // a.txt states the dates and lists two participants; b.txt, the same dates, a count
        // and one more participant; c.txt, only participants already known.
        let published = Some("2023-06-01");
        let a =
            source("a.txt", "Operation Nimbus (1 - 3 May) ran.\nParticipating countries: Spain and Chile.", published);
        let b = source(
            "b.txt",
            "Operation Nimbus (1 - 3 May) again. Police of 3 countries took part.\nParticipating countries: Chile, Peru.",
            published,
        );
        let c = source("c.txt", "Operation Nimbus (1 - 3 May) ended.\nParticipating countries: Spain.", published);
        let sources = vec![a, b, c];
        let mut dataset = extract_sources(sources.clone()).unwrap();
        let op = &dataset.operations[0];
        assert_eq!(op.documents, ["a.txt", "b.txt", "c.txt"]);
        let quoted = |source: &Option<ModelSource>| source.as_ref().map(|s| (s.document.clone(), s.quote.clone()));
        let dates = Some(("a.txt".to_string(), "Operation Nimbus (1 - 3 May) ran.".to_string()));
        assert_eq!((quoted(&op.field_sources.start), quoted(&op.field_sources.end)), (dates.clone(), dates));
        assert_eq!(
            quoted(&op.field_sources.stated_country_count),
            Some(("b.txt".to_string(), "Police of 3 countries took part.".to_string()))
        );
        let lists: Vec<(&str, &str)> =
            op.field_sources.countries.iter().map(|s| (s.document.as_str(), s.quote.as_str())).collect();
        assert_eq!(
            lists,
            [("a.txt", "Participating countries: Spain and Chile"), ("b.txt", "Participating countries: Chile, Peru")]
        );
        // They are verified as every fact is.
        assert!(verify_sources(&dataset, &sources).is_empty());
        dataset.operations[0].field_sources.start.as_mut().unwrap().quote = "Operation Nimbus (2 - 3 May) ran.".into();
        let problems = verify_sources(&dataset, &sources);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].reason.starts_with("quote not found verbatim"), "{}", problems[0]);
    }

    /// A release on action days without a code name: `lead` says what, who and when.
    fn action_days(file: &str, lead: &str) -> Source {
        source(file, &format!("{lead}\n\nOfficers made 12 arrests.\n"), None)
    }

    #[test]
    fn two_releases_about_one_unnamed_action_are_one_operation() {
        let europol = action_days(
            "europol.txt",
            "THE HAGUE – Police of six countries carried out joint action days against firearms trafficking \
             from 3 to 7 June 2024, coordinated by Europol.",
        );
        // Another organiser beside the same one, the theme in the same words, days within the others.
        let frontex = action_days(
            "frontex.txt",
            "WARSAW – Border guards joined action days against firearms trafficking, coordinated by Europol \
             and Frontex, from 4 to 6 June 2024.",
        );
        let dataset = extract_sources(vec![europol, frontex]).unwrap();
        assert_eq!(dataset.operations.len(), 1, "{:?}", dataset.warnings);
        let op = &dataset.operations[0];
        assert_eq!(op.name, "Europol joint action days against firearms trafficking, June 2024");
        assert!(!op.code_name);
        assert_eq!(op.title(), op.name);
        let organisers: Vec<&str> = op.organisers.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(organisers, ["Europol", "Frontex"]);
        assert_eq!(op.documents, ["europol.txt", "frontex.txt"]);
    }

    #[test]
    fn an_unnamed_action_whose_text_gives_no_date_is_known_by_the_month_it_was_reported() {
        let text = "Six men were arrested in dawn raids led by Kent Police.\n\nOfficers made 12 arrests.\n";
        let dataset = extract_sources(vec![source("raids.txt", text, Some("2022-06-15"))]).unwrap();
        let op = &dataset.operations[0];
        assert_eq!(op.name, "Kent Police raids, reported June 2022");
        // The month it was reported in names it; it is never given as its dates.
        assert_eq!((op.start, op.end), (None, None));
        assert_eq!((op.year, op.year_inferred), (Some(2022), true));
        // Without a date in the text or a publication date, its name says so.
        let undated = extract_sources(vec![source("raids.txt", text, None)]).unwrap();
        assert_eq!(undated.operations[0].name, "Kent Police raids, date not stated");
        assert_eq!((undated.operations[0].year, undated.operations[0].start), (None, None));
        // Where the text says only when it ended, that month names it.
        let ended = "Six men were arrested in raids led by Kent Police, which ran until 3 May.\n";
        let dataset = extract_sources(vec![source("raids.txt", ended, Some("2022-06-15"))]).unwrap();
        let op = &dataset.operations[0];
        assert_eq!(op.name, "Kent Police raids, May 2022");
        assert_eq!(op.start, None);
    }

    #[test]
    fn an_unnamed_action_takes_its_dates_from_another_sentence_of_the_lead_that_tells_of_it() {
        let text = "In mid-May 2019, a police operation was held across the Union.\n\nThe week-long joint \
                    action against child trafficking was run under the coordination of Europol.\n";
        let dataset = extract_sources(vec![source("week.txt", text, Some("2019-07-01"))]).unwrap();
        let op = &dataset.operations[0];
        assert_eq!(op.name, "Europol joint action against child trafficking, May 2019");
        assert_eq!((op.year, op.year_inferred), (Some(2019), false));
    }

    #[test]
    fn a_line_of_country_codes_alone_at_the_foot_lists_who_took_part() {
        let text = "Joint Action Day Kestrel\n\nLed by Austria, a two-day action against firearms trafficking \
                    checked border crossings.\n\nKey outcome: 12 arrests.\n\nAT, HU, SK, UK, Europol\n";
        let dataset = extract_sources(vec![source("kestrel.txt", text, Some("2021-05-10"))]).unwrap();
        let countries: Vec<&str> = dataset.operations[0].countries.iter().map(|code| code.as_str()).collect();
        assert_eq!(countries, ["AT", "HU", "SK", "GB"]);
    }

    #[test]
    fn a_rounded_seizure_gives_way_only_to_an_exact_one_of_the_same_thing() {
        let items = |text: &str| -> Vec<(String, Option<f64>)> {
            let dataset = extract_sources(vec![source("gale.txt", text, Some("2024-02-01"))]).unwrap();
            dataset.operations[0].seizures.iter().map(|s| (s.item.clone(), s.quantity)).collect()
        };
        assert_eq!(
            items("Operation Gale ended. Police seized more than 56 tonnes of cocaine and 52 tonnes of other drugs.\n"),
            [("cocaine".to_string(), Some(56.0)), ("other drugs".to_string(), Some(52.0))]
        );
        assert_eq!(
            items(
                "Operation Gale ended. Police seized over 14 million illicit pills.\n\nIn all, 14.3 million pills were seized.\n"
            ),
            [("pills".to_string(), Some(14_300_000.0))]
        );
        assert_eq!(
            items(
                "Operation Gale ended. Police seized more than 3,000 guns.\n\nIn all, some 3,184 guns were seized.\n"
            ),
            [("guns".to_string(), Some(3184.0))]
        );
    }

    #[test]
    fn a_national_action_is_its_police_s_and_their_country_s_account_is_no_case() {
        let text = "The Dutch police arrested 60 people last week in a national action against roaming criminal \
                    gangs.\n\nIn one car three men were arrested. The Dutch police also seized 12 firearms.\n";
        let dataset = extract_sources(vec![source("nl.txt", text, Some("2017-06-12"))]).unwrap();
        let op = &dataset.operations[0];
        let organisers: Vec<&str> = op.organisers.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(organisers, ["Dutch police"]);
        assert_eq!(op.countries, ["NL"]);
        assert_eq!(op.figure(Metric::Arrests).map(|f| f.value), Some(60));
        assert!(op.highlights.is_empty(), "the Netherlands' own account is no case");
        assert_eq!(op.seizures.iter().map(|s| s.quantity).collect::<Vec<_>>(), [Some(12.0)]);
    }

    #[test]
    fn a_sentence_about_all_who_took_part_is_no_case_of_the_one_that_led() {
        let text = "Forum taken down\n\nPolice in Austria and three other countries said they took down a forum.\n\n\
                    Led by the city police in Austria, authorities in Chile, Peru and Ghana all coordinated raids on \
                    the forum on Monday, seizing 12 servers.\n";
        let dataset = extract_sources(vec![source("at.txt", text, Some("2022-01-18"))]).unwrap();
        let op = &dataset.operations[0];
        assert_eq!(op.countries, ["AT", "CL", "PE", "GH"]);
        assert_eq!(op.stated_country_count, Some(4));
        assert!(op.highlights.is_empty(), "Austria led the whole; it told no case of its own");
        assert_eq!(op.seizures.iter().map(|s| s.quantity).collect::<Vec<_>>(), [Some(12.0)]);
    }

    #[test]
    fn an_action_in_the_one_country_its_release_names_took_place_there() {
        let read = |text: &str| {
            let dataset = extract_sources(vec![source("gb.txt", text, Some("2021-10-21"))]).unwrap();
            let op = dataset.operations[0].clone();
            (op.countries.clone(), op.highlights.len(), op.figure(Metric::Arrests).map(|f| f.value))
        };
        let text = "Drug lines hit\n\nIn a week of action, officers across Wales arrested 40 people and safeguarded \
                    Polish nationals.\n";
        assert_eq!(read(text), (vec!["GB".to_string()], 0, Some(40)));
        // The headline may be what names the country.
        let headline = "Drug lines hit in Wales\n\nIn a week of action, officers arrested 40 people.\n";
        assert_eq!(read(headline), (vec!["GB".to_string()], 0, Some(40)));
        // Another country's authorities, or an international body, may have brought others in.
        let with_others = text.replace("Polish nationals", "Polish authorities helped");
        assert_eq!(read(&with_others).0, Vec::<String>::new());
        let with_europol = text.replace("In a week of action", "In a week of action backed by Europol");
        assert_eq!(read(&with_europol).0, Vec::<String>::new());
        // Countries that people came from are not where the action took place.
        let from = text.replace("Polish nationals", "workers mostly from Chad and Niger");
        assert_eq!(read(&from), (vec!["GB".to_string()], 0, Some(40)));
        let bound_for = text.replace("Polish nationals", "adults from Chad bound for the United States");
        assert_eq!(read(&bound_for), (vec!["GB".to_string()], 0, Some(40)));
        let one_person = text.replace("Polish nationals", "a Polish man who called the police");
        assert_eq!(read(&one_person), (vec!["GB".to_string()], 0, Some(40)));
        let spanish = "Red desarticulada\n\nLa policía ha desarticulado una red en Uruguay que explotaba a \
                       jornaleros procedentes de Haití y Cuba, y detuvo a 17 personas.\n";
        assert_eq!(read(spanish), (vec!["UY".to_string()], 0, Some(17)));
        let french = "Réseau démantelé\n\nLors d’une opération au Cameroun, la police a procédé à 6 \
                      arrestations.\n";
        assert_eq!(read(french), (vec!["CM".to_string()], 0, Some(6)));
        // A code name changes nothing.
        let named = text.replace("In a week of action", "In Operation Slate Harrow");
        assert_eq!(read(&named), (vec!["GB".to_string()], 0, Some(40)));
    }

    #[test]
    fn arrests_joined_on_to_other_news_are_the_arrests_told_first() {
        let arrests = |text: &str| {
            let dataset = extract_sources(vec![source("es.txt", text, Some("2025-07-22"))]).unwrap();
            dataset.operations[0].figures_of(Metric::Arrests).map(|f| f.value).collect::<Vec<_>>()
        };
        let joined = "Women freed\n\nA joint police operation freed 64 women.\n\nIn addition, 20 people have been \
                      arrested and 25 homes searched.\n";
        assert_eq!(arrests(joined), [20]);
        let added = "Women freed\n\nA joint police operation freed 64 women and led to 30 arrests.\n\nIn addition, \
                     4 people have been arrested in Lagos.\n";
        assert_eq!(arrests(added), [30]);
    }

    #[test]
    fn a_named_operation_of_one_countrys_police_is_their_account_and_no_case() {
        let text = "Gambling ring smashed\n\nMacao police have broken up a betting ring and seized 40 firearms.\n\n\
                    In an operation codenamed Tern Light, police arrested 45 people.\n";
        let dataset = extract_sources(vec![source("hk.txt", text, Some("2018-06-14"))]).unwrap();
        let op = &dataset.operations[0];
        assert_eq!((op.name.as_str(), op.countries.as_slice()), ("Tern Light", ["MO".to_string()].as_slice()));
        assert_eq!(op.seizures.iter().map(|s| s.quantity).collect::<Vec<_>>(), [Some(40.0)]);
        assert!(op.highlights.is_empty(), "Macao's own account is no case");
        // Where the operation ran in more countries, the police of one told a case of it.
        let wider = text.replace("police arrested 45 people", "police of 12 countries arrested 45 people");
        let dataset = extract_sources(vec![source("hk.txt", &wider, Some("2018-06-14"))]).unwrap();
        let op = &dataset.operations[0];
        assert_eq!(op.highlights.iter().map(|h| h.acting.clone()).collect::<Vec<_>>(), [["MO".to_string()]]);
    }

    #[test]
    fn an_unnamed_action_takes_the_year_its_words_end_with() {
        let text = "Between 16 and 20 September, Europol coordinated the Joint Action Days 2019 against drugs.\n";
        let dataset = extract_sources(vec![source("jad.txt", text, Some("2020-01-10"))]).unwrap();
        let op = &dataset.operations[0];
        assert_eq!((op.year, op.year_inferred), (Some(2019), false));
        assert_eq!(op.start.map(|d| d.to_string()).as_deref(), Some("2019-09-16"));
    }

    #[test]
    fn a_count_of_who_took_part_beats_one_of_where_it_took_place() {
        let text = "Operation Tern Light checks took place in 8 countries. 18 countries participated in them.\n";
        let dataset = extract_sources(vec![source("tern.txt", text, Some("2024-02-01"))]).unwrap();
        assert_eq!(dataset.operations[0].stated_country_count, Some(18));
        let text = "Police of 12 countries took part in Operation Tern Light. Checks ran in 8 countries.\n";
        let dataset = extract_sources(vec![source("tern.txt", text, Some("2024-02-01"))]).unwrap();
        assert_eq!(dataset.operations[0].stated_country_count, Some(12));
        // A whole series' count is not this edition's.
        let text = "Operation Tern Light IV ran in May.\n\nSince 2015, Tern Light operations have led to 900 arrests \
                    in 61 countries.\n";
        let dataset = extract_sources(vec![source("tern.txt", text, Some("2024-02-01"))]).unwrap();
        assert_eq!(dataset.operations[0].stated_country_count, None);
    }

    #[test]
    fn a_release_in_spanish_is_read_as_an_english_one_is() {
        let text = "Quetzal II: 200 detenidos\n\n9 de marzo de 2023\n\nLYON – Las policías de la región \
                    detuvieron a más de 200 sospechosos en 14 países durante una operación de INTERPOL contra la \
                    trata de personas.\n\nLa operación Quetzal II duró seis días (del 20 al 25 de febrero) y \
                    permitió rescatar a 4 mil 112 víctimas. Participaron Guatemala, Honduras y Panamá, entre otros.\n";
        let dataset = extract_sources(vec![source("quetzal.txt", text, None)]).unwrap();
        let op = &dataset.operations[0];
        assert_eq!((op.series.as_str(), op.edition, op.year), ("Quetzal", Some(2), Some(2023)));
        assert_eq!(
            (op.start.map(|d| d.to_string()), op.end.map(|d| d.to_string())),
            (Some("2023-02-20".to_string()), Some("2023-02-25".to_string()))
        );
        assert_eq!(
            (op.stated_country_count, op.countries.clone()),
            (Some(14), vec!["GT".to_string(), "HN".to_string(), "PA".to_string()])
        );
        let arrests = op.figure(Metric::Arrests).unwrap();
        assert_eq!((arrests.value, arrests.qualifier.as_deref()), (200, Some("more than")));
        assert_eq!(op.figure(Metric::VictimsRescued).unwrap().value, 4112);
        let areas: Vec<CrimeArea> = op.crime_areas.iter().map(|a| a.area).collect();
        assert_eq!(areas, [CrimeArea::HumanTrafficking]);
    }

    #[test]
    fn who_acted_named_as_a_later_sentence_opens_took_part() {
        let text = "30 held in hit on gang\n\nOn 4 May 2023, led by the Chilean prosecutor, an international \
                    operation against a crime group took place.\n\nPolice forces and prosecutors from Chile, \
                    Peru and Bolivia, backed by the Agency, raided the group's sites on the same day.\n";
        let dataset = extract_sources(vec![source("gang.txt", text, Some("2023-05-10"))]).unwrap();
        assert_eq!(dataset.operations[0].countries, ["CL", "PE", "BO"]);
        // Victims from countries are no participants.
        let victims = text.replace("Police forces and prosecutors", "Victims");
        let dataset = extract_sources(vec![source("gang.txt", &victims, Some("2023-05-10"))]).unwrap();
        assert!(dataset.operations[0].countries.is_empty(), "{:?}", dataset.operations[0].countries);
    }

    #[test]
    fn smugglers_arrested_in_an_action_against_goods_are_its_arrests() {
        let arrests = |text: &str| {
            let dataset = extract_sources(vec![source("tern.txt", text, Some("2024-02-01"))]).unwrap();
            dataset.operations[0].figures.iter().map(|f| (f.metric, f.value)).collect::<Vec<_>>()
        };
        let goods = "Operation Tern Light targeted cocaine trafficking.\n\n12 smugglers were arrested.\n";
        assert_eq!(arrests(goods), [(Metric::Arrests, 12)]);
        let people = "Operation Tern Light targeted migrant smuggling.\n\n12 smugglers were arrested.\n";
        assert_eq!(arrests(people), [(Metric::ArrestsSmugglers, 12)]);
    }

    #[test]
    fn an_exact_value_far_from_a_rounded_one_counts_something_else() {
        let text = "Operation Tern Light led to over 5,500 arrests.\n\nOne raid led to 27 arrests and 19 charges.\n";
        let dataset = extract_sources(vec![source("tern.txt", text, Some("2024-02-01"))]).unwrap();
        let arrests = dataset.operations[0].figure(Metric::Arrests).unwrap();
        assert_eq!((arrests.value, arrests.qualifier.as_deref()), (5500, Some("over")));
        // One that rounds it is replaced by it.
        let text = "Operation Tern Light led to over 5,500 arrests.\n\nIn all, 5,561 people were arrested.\n";
        let dataset = extract_sources(vec![source("tern.txt", text, Some("2024-02-01"))]).unwrap();
        let arrests = dataset.operations[0].figure(Metric::Arrests).unwrap();
        assert_eq!((arrests.value, arrests.qualifier.as_deref()), (5561, None));
        // A lower bound rounds down what lies a little above it, not what lies far above it.
        let text = "Operation Tern Light led to more than 400 arrests.\n\nThe checks resulted in 462 arrests.\n";
        let dataset = extract_sources(vec![source("tern.txt", text, Some("2024-02-01"))]).unwrap();
        let arrests = dataset.operations[0].figure(Metric::Arrests).unwrap();
        assert_eq!((arrests.value, arrests.qualifier.as_deref()), (462, None));
        let text = "Operation Tern Light led to more than 400 arrests.\n\nThe checks resulted in 640 arrests.\n";
        let dataset = extract_sources(vec![source("tern.txt", text, Some("2024-02-01"))]).unwrap();
        let arrests = dataset.operations[0].figure(Metric::Arrests).unwrap();
        assert_eq!((arrests.value, arrests.qualifier.as_deref()), (400, Some("more than")));
        // Of two lower bounds of one figure, the higher is the closer.
        let text = "Operation Tern Light led to more than 30 arrests.\n\nChecks led to at least 33 arrests.\n";
        let dataset = extract_sources(vec![source("tern.txt", text, Some("2024-02-01"))]).unwrap();
        let arrests = dataset.operations[0].figure(Metric::Arrests).unwrap();
        assert_eq!((arrests.value, arrests.qualifier.as_deref()), (33, Some("at least")));
        assert_eq!(dataset.operations[0].also_stated[0].value, 30);
        // Those arrested first, then the whole they were part of.
        let text = "Operation Tern Light: six held\n\nSix men were arrested by the county police.\n\nThe six were \
                    part of a four-week sweep in which officers searched 50 homes and arrested 41 people.\n";
        let dataset = extract_sources(vec![source("tern.txt", text, Some("2024-02-01"))]).unwrap();
        assert_eq!(dataset.operations[0].figure(Metric::Arrests).unwrap().value, 41);
    }

    #[test]
    fn an_unnamed_action_is_dated_where_the_body_tells_of_it_again_below_its_lead() {
        let text = "Gang busted in police operation\n\nA cross-border operation dismantled a gang.\n\nThe gang used \
                    email.\n\nIts victims lost money.\n\nOn 21 June 2022 the coordinated police action led to 9 \
                    arrests.\n";
        let dataset = extract_sources(vec![source("gang.txt", text, Some("2022-06-22"))]).unwrap();
        let op = &dataset.operations[0];
        assert_eq!(op.start.map(|d| d.to_string()), Some("2022-06-21".to_string()));
        assert!(!op.year_inferred);
    }

    #[test]
    fn a_dateline_that_opens_the_body_opens_no_country_case() {
        let text = "Rescues in the west\n\nGhana – Forty-eight victims were rescued in Operation Tern Light in June \
                    2015.\n";
        let dataset = extract_sources(vec![source("tern.txt", text, Some("2015-07-01"))]).unwrap();
        let op = &dataset.operations[0];
        assert_eq!(op.figure(Metric::VictimsRescued).map(|f| f.value), Some(48));
        assert!(op.highlights.is_empty(), "{:?}", op.highlights);
    }

    #[test]
    fn a_sentence_about_other_operations_gives_none_of_its_figures() {
        let text = "Operation Tern Light led to 300 arrests in May.\n\nIt followed Operation Sand Crane, which led to \
                    1,006 arrests and the dismantling of 40 networks.\n";
        let dataset = extract_sources(vec![source("tern.txt", text, Some("2024-06-01"))]).unwrap();
        let op = dataset.operations.iter().find(|op| op.series == "Tern Light").unwrap();
        let figures: Vec<(Metric, u64)> = op.figures.iter().map(|f| (f.metric, f.value)).collect();
        assert_eq!(figures, [(Metric::Arrests, 300)]);
    }

    #[test]
    fn the_exact_count_told_as_already_made_beats_the_rounded_lead() {
        let text = "Police made close to 300 arrests in Operation Tern Light, officers said in May.\n\nOfficers are \
                    still questioning 40 people besides the 296 arrests made.\n";
        let dataset = extract_sources(vec![source("tern.txt", text, Some("2024-06-01"))]).unwrap();
        let op = &dataset.operations[0];
        let arrests = op.figure(Metric::Arrests).unwrap();
        assert_eq!((arrests.value, arrests.qualifier.as_deref()), (296, None));
        let also: Vec<(u64, Option<&str>)> = op.also_stated.iter().map(|f| (f.value, f.qualifier.as_deref())).collect();
        assert_eq!(also, [(300, Some("close to"))]);
    }

    #[test]
    fn a_headline_states_exactly_what_the_body_rounds() {
        let text = "Ring broken up, 539 Taken into Custody\n\nMore than 500 people were arrested in Operation \
                    Tern Light, police said. Police seized 40 guns.\n";
        let dataset = extract_sources(vec![source("tern.txt", text, Some("2024-02-01"))]).unwrap();
        let op = &dataset.operations[0];
        let arrests = op.figure(Metric::Arrests).unwrap();
        assert_eq!((arrests.value, arrests.qualifier.as_deref()), (539, None));
        assert_eq!(arrests.source.quote, "Ring broken up, 539 Taken into Custody");
        let also: Vec<(u64, Option<&str>)> = op.also_stated.iter().map(|f| (f.value, f.qualifier.as_deref())).collect();
        assert_eq!(also, [(500, Some("more than"))]);
        // A count only the headline states is the operation's; not one the body gives as
        // another count, nor a sum.
        let other = "Ring broken up, 539 Taken into Custody\n\nOperation Tern Light ended, police said.\n";
        let dataset = extract_sources(vec![source("tern.txt", other, Some("2024-02-01"))]).unwrap();
        assert_eq!(dataset.operations[0].figure(Metric::Arrests).map(|f| f.value), Some(539));
        let counted = "539 Taken into Custody\n\nPolice arrested 539 suspected traffickers in Operation Tern Light.\n";
        let dataset = extract_sources(vec![source("tern.txt", counted, Some("2024-02-01"))]).unwrap();
        assert_eq!(dataset.operations[0].figure(Metric::Arrests), None);
        // Victims of the same number are another count.
        let victims = "539 Taken into Custody\n\nPolice identified 539 victims in Operation Tern Light.\n";
        let dataset = extract_sources(vec![source("tern.txt", victims, Some("2024-02-01"))]).unwrap();
        assert_eq!(dataset.operations[0].figure(Metric::Arrests).map(|f| f.value), Some(539));
        let worth = "Drugs worth EUR 85 million seized\n\nOperation Tern Light ended, police said.\n";
        let dataset = extract_sources(vec![source("tern.txt", worth, Some("2024-02-01"))]).unwrap();
        assert!(dataset.operations[0].figures.is_empty(), "{:?}", dataset.operations[0].figures);
        // The body's own number without its qualifier is no exact figure.
        let same = "Man among 500 Taken into Custody\n\nMore than 500 people were arrested in Operation Tern \
                    Light, police said.\n";
        let dataset = extract_sources(vec![source("tern.txt", same, Some("2024-02-01"))]).unwrap();
        let arrests = dataset.operations[0].figure(Metric::Arrests).unwrap();
        assert_eq!((arrests.value, arrests.qualifier.as_deref()), (500, Some("more than")));
    }

    #[test]
    fn an_action_no_one_is_named_for_is_an_operation_of_its_release_alone() {
        // Nothing names who ran the crackdown, and no publisher stands for them.
        let crackdown = |file| {
            action_days(file, "Police made 40 arrests in a week-long crackdown on 3-9 May 2021 against knife crime.")
        };
        let dataset = extract_sources(vec![crackdown("north.txt"), crackdown("south.txt")]).unwrap();
        let read: Vec<(&str, &str, bool, usize)> = dataset
            .operations
            .iter()
            .map(|op| (op.name.as_str(), op.series.as_str(), op.code_name, op.organisers.len()))
            .collect();
        // Its name is what the text calls it and its period; as no one is named, nothing says
        // that the two are one or of one series.
        let name = "Week-long crackdown against knife crime, May 2021";
        assert_eq!(read, [(name, name, false, 0), (name, name, false, 0)]);
        assert_ne!(dataset.operations[0].id, dataset.operations[1].id);
        assert_eq!(dataset.operations[0].figure(Metric::Arrests).map(|f| f.value), Some(40));
    }

    #[test]
    fn unnamed_actions_that_may_be_one_stay_apart_with_a_warning() {
        let themed = action_days(
            "a.txt",
            "THE HAGUE – Police carried out joint action days against firearms trafficking from 3 to 7 June \
             2024, coordinated by Europol.",
        );
        // The same organiser at the same time, and no word of what it was against.
        let unthemed = action_days(
            "b.txt",
            "ROME – Police carried out action days from 5 to 6 June 2024, coordinated by Europol.",
        );
        // The same organiser at the same time against something else: another action.
        let other = action_days(
            "c.txt",
            "MADRID – Police carried out action days against cybercrime from 5 to 6 June 2024, coordinated by \
             Europol.",
        );
        let dataset = extract_sources(vec![themed, unthemed, other]).unwrap();
        assert_eq!(dataset.operations.len(), 3);
        assert!(dataset.operations.iter().all(|op| !op.code_name));
        // a and c are told apart by their themes; b, without one, may be either.
        let apart: Vec<String> = dataset.warnings.iter().filter(|w| w.contains("kept apart")).cloned().collect();
        let may_be_one = |later: &str, earlier: &str| {
            format!(
                "{later} and {earlier} both report action by Europol at the same time, and not both say what it \
                 was against: they may be one action; they are kept apart"
            )
        };
        assert_eq!(apart, [may_be_one("b.txt", "a.txt"), may_be_one("c.txt", "b.txt")]);
    }

    #[test]
    fn an_unnamed_action_dated_without_a_year_is_read_without_one() {
        // No year in the text and none in a manifest: the month names it, and the year stays
        // unknown rather than guessed.
        let inspections = action_days(
            "inspections.txt",
            "Nine joint inspections took place on 12-16 May in Latvia and Estonia, coordinated by the Baltic \
             Labour Office.",
        );
        let dataset = extract_sources(vec![inspections]).unwrap();
        assert_eq!(dataset.operations.len(), 1, "{:?}", dataset.warnings);
        let op = &dataset.operations[0];
        assert!(!op.code_name);
        assert_eq!(op.name, "Baltic Labour Office joint inspections, May");
        assert_eq!(
            (op.year, op.start.map(|d| d.to_string()), op.end.map(|d| d.to_string())),
            (None, Some("--05-12".into()), Some("--05-16".into()))
        );
        // The date between the subject and its verb, in brackets after "yesterday" too.
        for said in [
            "The Baltic Labour Office on 12 May held a day of action against illegal dumps.",
            "The Baltic Labour Office yesterday (12 May) held a day of action against illegal dumps.",
        ] {
            let dataset = extract_sources(vec![action_days("waste.txt", said)]).unwrap();
            let op = &dataset.operations[0];
            assert_eq!(op.name, "Baltic Labour Office day of action against illegal dumps, May", "{said}");
            assert_eq!(
                (op.start.map(|d| d.to_string()), op.end.map(|d| d.to_string())),
                (Some("--05-12".into()), Some("--05-12".into()))
            );
        }
        // With no period at all, nothing tells an action from its organiser's others: two
        // undated releases stay two operations.
        let undated =
            |file| action_days(file, "Joint inspections took place, coordinated by the Baltic Labour Office.");
        let dataset = extract_sources(vec![undated("one.txt"), undated("two.txt")]).unwrap();
        let names: Vec<&str> = dataset.operations.iter().map(|op| op.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Baltic Labour Office joint inspections, date not stated",
                "Baltic Labour Office joint inspections, date not stated"
            ]
        );
    }
}
