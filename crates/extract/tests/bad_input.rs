//! Bad input stops extraction with every problem, each as `file:line:column: reason`; no
//! input makes the extractor panic.

use std::fs;
use std::path::PathBuf;

use explorer_extract::{Source, extract_folder, extract_sources};
use explorer_model::{Document, Figure, Operation, Source as Cited};
use proptest::prelude::*;

/// A fresh folder under the system's temporary directory, removed when dropped.
struct Folder(PathBuf);

impl Folder {
    fn new(name: &str) -> Folder {
        let path = std::env::temp_dir().join(format!("explorer-extract-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&path);
        fs::create_dir_all(&path).unwrap();
        Folder(path)
    }

    fn write(&self, file: &str, bytes: &[u8]) {
        fs::write(self.0.join(file), bytes).unwrap();
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

#[test]
fn every_problem_is_reported_with_its_place() {
    let folder = Folder::new("bad");
    folder.write("a-latin1.txt", b"Operation Nimbus (1 - 3 May) ran.\nCaf\xe9 owners were arrested.\n");
    folder.write(
        "b-unknown.txt",
        "Operation Nimbus (1 - 3 May) ran.\nParticipating countries: Spain, Atlantis.\n".as_bytes(),
    );
    folder.write("manifest.json", br#"{"documents": [{"file": "missing.txt"}]}"#);
    let problems = extract_folder(&folder.0).unwrap_err();
    let shown: Vec<String> = problems.0.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        [
            "manifest.json: names `missing.txt`, which is not in the folder",
            "a-latin1.txt:2:4: the text is not valid UTF-8 here",
            "b-unknown.txt:2:33: participant `Atlantis` resolves to no country",
        ]
    );
}

#[test]
fn a_broken_manifest_points_at_its_line() {
    let folder = Folder::new("manifest");
    folder.write("a.txt", b"Operation Nimbus ran.");
    folder.write("manifest.json", b"{\"documents\": [\n  {\"file\": \"a.txt\",}\n]}");
    let problems = extract_folder(&folder.0).unwrap_err();
    assert_eq!(problems.0.len(), 1);
    assert!(problems.0[0].to_string().starts_with("manifest.json:2:"), "{}", problems.0[0]);
}

#[test]
fn a_missing_folder_is_reported() {
    let problems = extract_folder(&std::env::temp_dir().join("explorer-extract-no-such-folder")).unwrap_err();
    assert!(problems.0[0].reason.starts_with("cannot list the folder"), "{}", problems.0[0]);
}

fn source(text: String) -> Source {
    let document =
        Document { file: "fuzz.txt".to_string(), published: Some("2021-07-26".to_string()), ..Document::default() };
    Source { file: "fuzz.txt".to_string(), text, document }
}

/// Pieces of real releases, so that random texts reach deep into the extractor.
const FRAGMENTS: &[&str] = &[
    "Operation Weka II ",
    "operation TURQUESA",
    "(27 November – 3 December)",
    "from 12 to 17 June 2022",
    "Participating countries: ",
    "Participating countriesAlgeria, ",
    "Bosnia and Herzegovina and Chad",
    "Congo (Democratic Rep.",
    "“With 22 criminal groups dismantled,” said INTERPOL Secretary General Jürgen Stock.",
    "In Brazil, police arrested 12 suspects",
    "more than 3,222 victims were rescued",
    "USD 750,000",
    "Operational coordination units were set up in ",
    "funded by:\n  • ",
    "AFRIPOLAIRCOP",
    ".The ",
    "\n\n",
    "   1 /\n 11\n",
    "é",
    "\u{a0}",
    ",",
    " and ",
    "\"",
];

/// Extracts `text` (a panic fails the case) and checks the outcome: a text without a list of
/// participants must extract, and what was read must cite the text exactly; a text with one
/// may fail, but only for a participant that resolves to no country, named where it stands.
fn extracts_and_cites_exactly(text: String) -> Result<(), TestCaseError> {
    match extract_sources(vec![source(text.clone())]) {
        Ok(dataset) => {
            for op in &dataset.operations {
                for citation in citations(op) {
                    citation.check("fuzz.txt", &text)?;
                }
            }
        }
        Err(problems) => {
            prop_assert!(
                has_participant_heading(&text),
                "a text with no list of participants failed to extract:\n{}",
                problems
            );
            for problem in &problems.0 {
                prop_assert_eq!(problem.file.as_str(), "fuzz.txt");
                let name = problem
                    .reason
                    .strip_prefix("participant `")
                    .and_then(|rest| rest.strip_suffix("` resolves to no country"));
                prop_assert!(name.is_some(), "not a problem with a participant: {}", problem);
                let at = byte_offset(&text, problem.line, problem.column);
                prop_assert!(
                    at.is_some_and(|at| text[at..].starts_with(name.unwrap_or_default())),
                    "{} does not point at the participant it names",
                    problem
                );
            }
        }
    }
    Ok(())
}

/// Whether the text has a heading that starts a list of participants, in the words the
/// extractor's documentation gives for one ("Participating countries:", "Countries involved:").
fn has_participant_heading(text: &str) -> bool {
    [
        "Participating ",
        "Countries involved",
        "Countries participating",
        "Countries taking part",
        "The following countries",
    ]
    .iter()
    .any(|words| text.contains(words))
}

/// The byte offset of a 1-based line and character column, if the text has that place.
fn byte_offset(text: &str, line: usize, column: usize) -> Option<usize> {
    let line_start =
        if line == 1 { 0 } else { text.match_indices('\n').nth(line.checked_sub(2)?).map(|(at, _)| at + 1)? };
    let line_text = &text[line_start..];
    let within = line_text.char_indices().map(|(at, _)| at).chain([line_text.len()]).nth(column.checked_sub(1)?)?;
    Some(line_start + within)
}

/// One fact's citation: what it is (for the failure message), where it says it was read, and,
/// for a figure, the number as written.
struct Citation<'a> {
    what: String,
    source: &'a Cited,
    number: Option<&'a str>,
    /// For a quotation: its words, which are exactly the quoted text.
    words: Option<&'a str>,
}

impl Citation<'_> {
    /// Checks the citation against the document `file`, whose text is `text`.
    fn check(&self, file: &str, text: &str) -> Result<(), TestCaseError> {
        let (start, end) = self.source.span;
        prop_assert_eq!(self.source.document.as_str(), file, "{} cites another document", self.what);
        prop_assert_eq!(
            text.get(start..end),
            Some(self.source.quote.as_str()),
            "{} does not stand at its span {}..{}",
            self.what,
            start,
            end
        );
        if let Some(number) = self.number {
            prop_assert!(self.source.quote.contains(number), "{}: `{}` is not in its quote", self.what, number);
        }
        if let Some(words) = self.words {
            prop_assert_eq!(words, self.source.quote.as_str(), "{}: the words quoted are not the quote", self.what);
        }
        Ok(())
    }
}

/// Every citation an operation carries, gathered field by field here rather than through the
/// model's own list of them, which the extractor's verification walks: a fact left out of that
/// list would be left out of both. Figures of the operation and of each country case, the cases
/// themselves, coordination, organisations, quotations and corrected fields.
fn citations(op: &Operation) -> Vec<Citation<'_>> {
    let fact = |what: String, source| Citation { what, source, number: None, words: None };
    let mut found: Vec<Citation> = op.figures.iter().map(|f| figure_citation(op.id.clone(), f)).collect();
    for (i, case) in op.highlights.iter().enumerate() {
        found.push(fact(format!("{} case {i}", op.id), &case.source));
        found.extend(case.figures.iter().map(|f| figure_citation(format!("{} case {i}", op.id), f)));
    }
    found.extend(op.coordination.iter().map(|c| fact(format!("{} coordination", op.id), &c.source)));
    for organisation in op.partners.iter().chain(&op.funders).chain(&op.projects) {
        found.push(fact(format!("{} organisation {}", op.id, organisation.name), &organisation.source));
    }
    for quote in &op.quotes {
        found.push(Citation {
            what: format!("{} quotation", op.id),
            source: &quote.source,
            number: None,
            words: Some(quote.text.as_str()),
        });
    }
    found.extend(op.corrected.iter().map(|c| fact(format!("{} corrected {}", op.id, c.field), &c.source)));
    found
}

fn figure_citation(what: String, figure: &Figure) -> Citation<'_> {
    Citation {
        what: format!("{what}: {:?} figure `{}`", figure.metric, figure.as_written),
        source: &figure.source,
        number: Some(figure.as_written.as_str()),
        words: None,
    }
}

proptest! {
    // 2,000 cases of each kind are run by `cargo test` (about two seconds on 2 cores).
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_extracts_and_cites_exactly(text in "\\PC{0,400}") {
        extracts_and_cites_exactly(text)?;
    }

    #[test]
    fn shuffled_release_fragments_extract_and_cite_exactly(parts in prop::collection::vec(0..FRAGMENTS.len(), 0..40)) {
        let text: String = parts.iter().map(|&i| FRAGMENTS[i]).collect();
        extracts_and_cites_exactly(text)?;
    }
}

/// The real releases extract together, and every fact cites them exactly: the operations'
/// figures and every country case's, which the edits below may not reach.
#[test]
fn the_real_releases_cite_exactly() {
    let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let dataset = extract_folder(&seeds).unwrap_or_else(|problems| panic!("the seeds extract: {problems}"));
    let mut checked = Vec::new();
    for op in &dataset.operations {
        for citation in citations(op) {
            let file = citation.source.document.as_str();
            let text =
                fs::read_to_string(seeds.join(file)).unwrap_or_else(|e| panic!("{}: {file}: {e}", citation.what));
            citation.check(file, &text).unwrap_or_else(|failure| panic!("{failure}"));
            checked.push(citation.what);
        }
    }
    // Each kind of fact is there to be checked: a kind the seeds lost would check nothing.
    for kind in [": ", " case ", " coordination", " organisation ", " quotation"] {
        assert!(checked.iter().any(|what| what.contains(kind)), "no `{kind}` fact was checked");
    }
    assert!(checked.iter().any(|what| what.contains(" case ") && what.contains(": ")), "no case figure was checked");
}

/// The real releases, as the mutations below start from them.
fn real_releases() -> Vec<String> {
    let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let mut texts: Vec<String> = fs::read_dir(&seeds)
        .expect("the seeds folder")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .map(|path| fs::read_to_string(path).expect("seeds are UTF-8"))
        .collect();
    texts.sort();
    texts
}

/// One edit of a text: cut a stretch out, repeat it, or put a few characters in.
#[derive(Debug, Clone)]
enum Edit {
    Cut(prop::sample::Index, prop::sample::Index),
    Repeat(prop::sample::Index, prop::sample::Index),
    Insert(prop::sample::Index, String),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<prop::sample::Index>(), any::<prop::sample::Index>()).prop_map(|(a, b)| Edit::Cut(a, b)),
        (any::<prop::sample::Index>(), any::<prop::sample::Index>()).prop_map(|(a, b)| Edit::Repeat(a, b)),
        (any::<prop::sample::Index>(), "\\PC{1,4}|[\\n.,:;()“”–•]").prop_map(|(a, s)| Edit::Insert(a, s)),
    ]
}

/// Applies an edit at character boundaries; a stretch is at most 200 characters long.
fn apply(text: &str, edit: &Edit) -> String {
    let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
    let stretch = |at: &prop::sample::Index, length: &prop::sample::Index| {
        let start = at.index(bounds.len());
        let end = (start + length.index(200)).min(bounds.len() - 1);
        (bounds[start], bounds[end])
    };
    match edit {
        Edit::Cut(at, length) => {
            let (start, end) = stretch(at, length);
            format!("{}{}", &text[..start], &text[end..])
        }
        Edit::Repeat(at, length) => {
            let (start, end) = stretch(at, length);
            format!("{}{}", &text[..end], &text[start..])
        }
        Edit::Insert(at, inserted) => {
            let at = bounds[at.index(bounds.len())];
            format!("{}{inserted}{}", &text[..at], &text[at..])
        }
    }
}

proptest! {
    // 500 cases (about 10 seconds on 2 cores: each is a whole release).
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn edited_real_releases_never_panic_and_cite_exactly(
        release in any::<prop::sample::Index>(),
        edits in prop::collection::vec(edit(), 1..8),
    ) {
        let releases = real_releases();
        let text = edits.iter().fold(release.get(&releases).clone(), |text, edit| apply(&text, edit));
        extracts_and_cites_exactly(text)?;
    }
}
