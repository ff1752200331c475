//! Bad input stops extraction with every problem, each as `file:line:column: reason`; no
//! input makes the extractor panic.

use std::fs;
use std::path::PathBuf;

use explorer_core::extract::{Source, extract_folder, extract_sources};
use explorer_core::model::Document;
use proptest::prelude::*;

/// A fresh folder under the system's temporary directory, removed when dropped.
struct Folder(PathBuf);

impl Folder {
    fn new(name: &str) -> Folder {
        let path = std::env::temp_dir().join(format!("explorer-core-{name}-{}", std::process::id()));
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
    let problems = extract_folder(&std::env::temp_dir().join("explorer-core-no-such-folder")).unwrap_err();
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

/// Extracts `text` (a panic fails the case); whatever was read cites the text exactly.
fn extracts_without_panic_and_cites_exactly(text: String) -> Result<(), TestCaseError> {
    if let Ok(dataset) = extract_sources(vec![source(text.clone())]) {
        for op in &dataset.operations {
            for figure in &op.figures {
                let (start, end) = figure.source.span;
                prop_assert_eq!(&text[start..end], figure.source.quote.as_str());
            }
        }
    }
    Ok(())
}

proptest! {
    // 2,000 cases of each kind are run by `cargo test` (about two seconds on 2 cores).
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}") {
        let _ = extract_sources(vec![source(text)]);
    }

    #[test]
    fn shuffled_release_fragments_never_panic(parts in prop::collection::vec(0..FRAGMENTS.len(), 0..40)) {
        let text: String = parts.iter().map(|&i| FRAGMENTS[i]).collect();
        extracts_without_panic_and_cites_exactly(text)?;
    }
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
        extracts_without_panic_and_cites_exactly(text)?;
    }
}
