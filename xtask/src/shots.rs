//! `cargo xtask shots`: a screenshot of every view of the app, at a phone's and a desktop's
//! size, in the light and the dark colour scheme, and one page (`target/shots/index.html`)
//! that shows them all side by side, for a person to look over before and after a change.
//!
//! The bundle is built into `target/shots/bundle/` rather than `dist/`, so that the shots
//! always show the current source and a run never changes the bundle the end-to-end tests
//! read. The browser half is `tests/shots/capture.mjs`: Chromium under playwright-core, as in
//! the media tests, because WebDriver has neither colour-scheme emulation nor full-page
//! screenshots. It opens each view, waits for the app to mark its first render, and writes a
//! PNG of the whole page. What the shots show fails nothing: they are for eyes. Only a shot
//! that could not be taken fails the command; a page wider than its window, a console error
//! or a request off the machine is noted under its shot.

use std::path::Path;
use std::time::Instant;

use serde_json::{Value, json};

use crate::process::{Failure, run};
use crate::setup::{self, Needs};
use crate::summary::escape;

/// Where the shots, their index and the bundle they show are written, from the repository root.
const OUT_DIR: &str = "target/shots";

/// A view to photograph: a page of the bundle, the hash it is opened at, and whether the
/// browser runs scripts (without them the page shows the static summary the build writes).
#[derive(Debug)]
struct View {
    page: &'static str,
    hash: &'static str,
    javascript: bool,
}

/// A view of the app itself, at its own page.
const fn app(hash: &'static str) -> View {
    View { page: "index.html", hash, javascript: true }
}

/// Every view, in the order the index shows them. A new route gets a line here (a test
/// checks that every route of `src/route.rs` has one).
const VIEWS: &[View] = &[
    app("#/timeline"),
    app("#/timeline?figure=participants"),
    app("#/timeline?country=US"),
    app("#/operations"),
    app("#/operations?q=cote&theme=forced_labour"),
    app("#/operations?country=BR"),
    app("#/operations/weka-ii-2022"),
    app("#/operations/liberterra-ii-2024"),
    app("#/cases"),
    app("#/cases?theme=forced_labour"),
    app("#/countries"),
    app("#/countries?q=cote&region=africa"),
    app("#/countries?tab=matrix"),
    app("#/countries/ES"),
    app("#/map"),
    app("#/map?series=weka"),
    app("#/sources"),
    app("#/sources/weka-ii-2022.txt"),
    // Opened from a citation: the passage cited marked apart.
    app("#/sources/weka-ii-2022.txt?at=202"),
    app("#/about"),
    app("#/no/such/view"),
    // The example host page as the bundle ships it: the explorer in an iframe and mounted.
    View { page: "embed-example.html", hash: "", javascript: true },
    View { page: "index.html", hash: "", javascript: false },
];

/// Window sizes (CSS pixels): a phone's, and a desktop's.
const SIZES: [(u32, u32); 2] = [(390, 844), (1280, 900)];

const SCHEMES: [&str; 2] = ["light", "dark"];

impl View {
    /// What the index calls it: its address in the app, or the page and how it is seen.
    fn label(&self) -> String {
        match (self.javascript, self.hash) {
            (false, _) => format!("{} with JavaScript off", self.page),
            (true, "") => self.page.to_string(),
            (true, hash) => hash.to_string(),
        }
    }

    /// The part of a file name that names the view: the label's words joined by dashes
    /// ("#/countries?tab=matrix" gives "countries-tab-matrix").
    fn slug(&self) -> String {
        explorer_model::text::slug(&self.label())
    }
}

/// One screenshot: a view at a size in a colour scheme.
#[derive(Debug)]
struct Shot {
    view: &'static View,
    size: (u32, u32),
    scheme: &'static str,
}

impl Shot {
    fn file(&self) -> String {
        let (width, height) = self.size;
        format!("{}-{width}x{height}-{}.png", self.view.slug(), self.scheme)
    }

    /// Its size and scheme in words, as the index and the messages say them.
    fn setting(&self) -> String {
        let (width, height) = self.size;
        format!("{width}×{height}, {}", self.scheme)
    }
}

/// Every view at every size in every scheme, a view's four shots together.
fn plan() -> Vec<Shot> {
    VIEWS
        .iter()
        .flat_map(|view| {
            SIZES.iter().flat_map(move |&size| SCHEMES.iter().map(move |&scheme| Shot { view, size, scheme }))
        })
        .collect()
}

/// What the browser made of one shot: the image's size, which is the whole page's, or why
/// there is no image; and what went wrong in the page meanwhile (console errors, requests off
/// this machine).
#[derive(Debug)]
struct Outcome {
    image: Result<(u32, u32), String>,
    problems: Vec<String>,
}

impl Outcome {
    /// What a person should know beside the image: the page's problems, and a page wider
    /// than the window (which a reader would have to scroll sideways).
    fn notes(&self, shot: &Shot) -> Vec<String> {
        let mut notes = self.problems.clone();
        if let Ok((width, _)) = self.image
            && width > shot.size.0
        {
            notes.push(format!("the page is {width} px wide, wider than the window"));
        }
        notes
    }
}

pub fn shots() -> Result<(), Failure> {
    let started = Instant::now();
    let tools = setup::ensure(Needs::Test)?;
    let out = crate::project_root().join(OUT_DIR);
    let bundle = out.join("bundle");
    crate::build_with(
        &tools,
        &crate::Bundle { seeds: crate::seeds_from_env(), dist: bundle.clone(), integrity: true },
    )?;

    // An earlier run's images must not pass for this run's.
    let images = out.join("images");
    let results = out.join("results.json");
    remove(&images)?;
    remove(&results)?;
    std::fs::create_dir_all(&images).map_err(|e| Failure(format!("cannot create {}: {e}", images.display())))?;

    let shots = plan();
    let plan_json: Vec<Value> = shots
        .iter()
        .map(|shot| {
            json!({
                "address": format!("{}{}", shot.view.page, shot.view.hash),
                "width": shot.size.0,
                "height": shot.size.1,
                "scheme": shot.scheme,
                "javascript": shot.view.javascript,
                "path": images.join(shot.file()),
            })
        })
        .collect();
    let plan_path = out.join("plan.json");
    write(&plan_path, &serde_json::to_string_pretty(&plan_json).expect("the plan serialises"))?;

    let mut node = tools.command("node");
    node.arg("tests/shots/capture.mjs").arg(&bundle).arg(&plan_path).arg(&results);
    run(&mut node)?;
    let outcomes = read_outcomes(&results, shots.len())?;

    let index = out.join("index.html");
    write(&index, &index_html(&shots, &outcomes))?;
    let mut failed = Vec::new();
    for (shot, outcome) in shots.iter().zip(&outcomes) {
        let name = format!("{} at {}", shot.view.label(), shot.setting());
        for note in outcome.notes(shot) {
            println!("shots: {name}: {note}");
        }
        if let Err(error) = &outcome.image {
            failed.push(format!("  {name}: {error}"));
        }
    }
    let seconds = started.elapsed().as_secs();
    println!(
        "shots: {} of {} screenshots written in {seconds} s; open {}",
        shots.len() - failed.len(),
        shots.len(),
        index.display()
    );
    if failed.is_empty() {
        Ok(())
    } else {
        Err(Failure(format!("shots: {} of {} shots failed:\n{}", failed.len(), shots.len(), failed.join("\n"))))
    }
}

/// The browser's results, one per shot in the plan's order.
fn read_outcomes(path: &Path, expected: usize) -> Result<Vec<Outcome>, Failure> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure(format!("shots: the browser wrote no results to {}: {e}", path.display())))?;
    let list: Vec<Value> = serde_json::from_str(&text)
        .map_err(|e| Failure(format!("shots: {} is not a list of results: {e}", path.display())))?;
    if list.len() != expected {
        return Err(Failure(format!("shots: {} results for {expected} shots in {}", list.len(), path.display())));
    }
    let strings = |value: &Value| -> Vec<String> {
        value.as_array().into_iter().flatten().filter_map(|item| item.as_str().map(str::to_string)).collect()
    };
    Ok(list
        .iter()
        .map(|result| {
            let size = result["width"].as_u64().zip(result["height"].as_u64());
            let image = match (result["error"].as_str(), size) {
                (Some(error), _) => Err(error.to_string()),
                (None, Some((width, height))) => Ok((width as u32, height as u32)),
                (None, None) => Err("the browser gave neither an image size nor an error".to_string()),
            };
            Outcome { image, problems: strings(&result["problems"]) }
        })
        .collect())
}

/// The page that shows every shot: a section per view with its shots in a row, each labelled
/// by size and scheme and linked to the full-size image. A tall shot scrolls in its own box,
/// so that a view's row stays on one screen and the next view is a scroll away.
fn index_html(shots: &[Shot], outcomes: &[Outcome]) -> String {
    let mut sections = String::new();
    let mut contents = String::new();
    for (position, (shot, outcome)) in shots.iter().zip(outcomes).enumerate() {
        let label = escape(&shot.view.label());
        let starts_view = position == 0 || !std::ptr::eq(shots[position - 1].view, shot.view);
        if starts_view {
            if position > 0 {
                sections.push_str("</div></section>\n");
            }
            let anchor = shot.view.slug();
            contents.push_str(&format!("<li><a href=\"#{anchor}\">{label}</a></li>"));
            sections.push_str(&format!("<section id=\"{anchor}\"><h2>{label}</h2><div class=\"row\">"));
        }
        let setting = escape(&shot.setting());
        let file = format!("images/{}", shot.file());
        let picture = match &outcome.image {
            Ok((width, _)) => format!(
                "<a href=\"{file}\"><img src=\"{file}\" width=\"{}\" loading=\"lazy\" alt=\"{label} at {setting}\"></a>",
                width / shrink(shot.size.0)
            ),
            Err(error) => format!("<p class=\"failed\">No shot: {}</p>", escape(error)),
        };
        let notes: String = outcome.notes(shot).iter().map(|note| format!("<li>{}</li>", escape(note))).collect();
        let notes = if notes.is_empty() { notes } else { format!("<ul class=\"notes\">{notes}</ul>") };
        sections.push_str(&format!(
            "<figure><figcaption>{setting}</figcaption><div class=\"frame\">{picture}</div>{notes}</figure>"
        ));
    }
    if !shots.is_empty() {
        sections.push_str("</div></section>\n");
    }
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>Every view of the explorer</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n\
         <h1>Every view of the explorer</h1>\n\
         <p>{count} screenshots of the bundle in <code>bundle/</code>, each of the full page, shown small: \
         click one for its real size. Written by <code>cargo xtask shots</code>.</p>\n\
         <ul class=\"contents\">{contents}</ul>\n{sections}</body>\n</html>\n",
        count = shots.len()
    )
}

/// How many times smaller the index shows a shot taken in a window this wide: a phone's at
/// half size, a desktop's at a third, so that a view's four shots fit side by side on a
/// laptop's screen. A page wider than its window shows as a wider picture.
fn shrink(window_width: u32) -> u32 {
    if window_width < 800 { 2 } else { 3 }
}

/// The index's own look: neutral grey, so that the edges of light and dark shots both show.
const STYLE: &str = "\
body { font: 15px/1.4 system-ui, sans-serif; margin: 1rem 2rem; background: #c8c8c8; color: #111; }
.contents { columns: 3 16rem; padding-left: 1.2rem; }
section { margin: 2rem 0; }
h2 { font: 600 1.1rem ui-monospace, monospace; }
.row { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
figure { margin: 0; }
figcaption { font-size: 0.9rem; margin-bottom: 0.25rem; }
.frame { max-height: 80vh; overflow-y: auto; border: 1px solid #555; background: #fff; }
.frame img { display: block; height: auto; }
.failed { color: #900; padding: 0.5rem; max-width: 20rem; }
.notes { color: #900; font-size: 0.85rem; max-width: 30rem; }
";

fn remove(path: &Path) -> Result<(), Failure> {
    let removed = if path.is_dir() { std::fs::remove_dir_all(path) } else { std::fs::remove_file(path) };
    match removed {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            Err(Failure(format!("cannot remove {}: {e}", path.display())))
        }
        _ => Ok(()),
    }
}

fn write(path: &Path, text: &str) -> Result<(), Failure> {
    std::fs::write(path, text).map_err(|e| Failure(format!("cannot write {}: {e}", path.display())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_view_is_shot_at_both_sizes_in_both_schemes_under_a_file_name_of_its_own() {
        let shots = plan();
        assert_eq!(shots.len(), VIEWS.len() * 4);
        let mut files: Vec<String> = shots.iter().map(Shot::file).collect();
        assert!(files.iter().all(|f| f.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))), "{files:?}");
        assert!(files.contains(&"operations-q-cote-theme-forced-labour-390x844-dark.png".to_string()));
        assert!(files.contains(&"index-html-with-javascript-off-1280x900-light.png".to_string()));
        files.sort();
        files.dedup();
        assert_eq!(files.len(), shots.len(), "two shots would write the same file");
    }

    /// Each `#[at("...")]` of the app's routes must match the path of some view here, so a new
    /// route cannot be left out of the shots. "/" shows the timeline, and the not-found page
    /// is reached by an address no route matches (`#/no/such/view`), not by its own path.
    #[test]
    fn every_route_of_the_app_has_a_view() {
        let routes = std::fs::read_to_string(crate::project_root().join("src/route.rs")).unwrap();
        let patterns: Vec<&str> =
            routes.lines().filter_map(|l| l.trim().strip_prefix("#[at(\"")?.strip_suffix("\")]")).collect();
        assert!(patterns.len() >= 10, "the routes were not read: {patterns:?}");
        let paths: Vec<&str> =
            VIEWS.iter().filter(|v| v.page == "index.html").map(|v| v.hash.trim_start_matches('#')).collect();
        let matches = |pattern: &str, path: &str| {
            let path = path.split('?').next().unwrap_or_default();
            let (wanted, got): (Vec<&str>, Vec<&str>) = (pattern.split('/').collect(), path.split('/').collect());
            wanted.len() == got.len() && wanted.iter().zip(&got).all(|(w, g)| w.starts_with(':') || w == g)
        };
        for pattern in patterns.into_iter().filter(|p| !["/", "/not-found"].contains(p)) {
            assert!(paths.iter().any(|path| matches(pattern, path)), "no view in VIEWS shows the route {pattern}");
        }
        // A matcher that took any path would make the loop above pass whatever VIEWS holds.
        assert!(!matches("/sources", "/sources/weka-ii-2022.txt") && !matches("/cases", "/countries"));
    }

    #[test]
    fn the_index_labels_each_shot_and_says_which_failed() {
        let shown = ["#/operations?q=cote&theme=forced_labour", "#/about"];
        let shots: Vec<Shot> = plan().into_iter().filter(|s| shown.contains(&s.view.hash)).collect();
        let mut outcomes: Vec<Outcome> =
            shots.iter().map(|shot| Outcome { image: Ok((shot.size.0, 2000)), problems: Vec::new() }).collect();
        outcomes[1].image = Err("page.goto: <timeout>".into());
        outcomes[2].problems = vec!["console error: boom".into()];
        outcomes[3].image = Ok((1400, 900));
        let html = index_html(&shots, &outcomes);
        assert_eq!(html.matches("<section").count(), 2);
        assert!(html.contains("<li><a href=\"#operations-q-cote-theme-forced-labour\">#/operations?q=cote&amp;theme=forced_labour</a></li>"), "{html}");
        assert!(html.contains("<section id=\"about\"><h2>#/about</h2>"));
        assert!(html.contains(
            "<figcaption>390×844, light</figcaption><div class=\"frame\"><a href=\"images/operations-q-cote-theme-forced-labour-390x844-light.png\">"
        ));
        assert!(html.contains("<figcaption>390×844, dark</figcaption><div class=\"frame\"><p class=\"failed\">No shot: page.goto: &lt;timeout&gt;</p>"));
        assert!(html.contains("alt=\"#/about at 1280×900, dark\""));
        assert!(html.contains("<li>console error: boom</li>"));
        assert!(html.contains("<li>the page is 1400 px wide, wider than the window</li>"));
        assert_eq!(html.matches("<li>").count(), 2 + 2, "two notes, and the contents' two views");
        assert_eq!(html.matches("<img ").count(), 7);
        assert!(html.contains("width=\"195\""), "a phone's shot is shown at half its width");
        assert!(html.contains("width=\"426\""), "a desktop's shot is shown at a third of its width");
        assert!(html.contains("width=\"466\""), "a page wider than its window shows wider");
    }
}
