//! Trunk writes its loader as an inline module script, which a strict Content-Security-Policy
//! (`script-src 'self'`) refuses. After the build, the inline script gives way to files:
//! - `start-<hash>.js`, which `index.html` references with a subresource-integrity hash like
//!   the other assets;
//! - `checks-<hash>.js`, a classic script `index.html` runs first, which says why the explorer
//!   cannot start where `start-<hash>.js` cannot run to say it (a page opened from a file, a
//!   browser without module scripts, a refused module);
//! - `embed.js`, under a name that does not change, which a host page loads to mount the
//!   explorer into one of its own elements (README, Embedding).
//!
//! They find every file beside themselves (`import.meta.url`), so `dist/` works from any path.
//! Their JavaScript is in `loaders/`; each failure is said in the same words everywhere
//! (`loaders/reasons.js`).

use std::fs;
use std::path::Path;

use base64::Engine;
use sha2::{Digest, Sha384};

use crate::process::Failure;

const OPEN: &str = "<script type=\"module\">";
const CLOSE: &str = "</script>";

/// The hashed files Trunk wrote that the loaders name.
#[derive(Debug, PartialEq)]
pub struct HashedFiles {
    /// wasm-bindgen's JavaScript glue, `explorer-<hash>.js`.
    pub glue: String,
    pub wasm: String,
    /// The app's own stylesheet (not the standalone page's).
    pub stylesheet: String,
    /// The wasm's subresource-integrity hash, which the loaders fetch it with; `None` for a
    /// bundle built without hashes.
    pub wasm_integrity: Option<String>,
}

impl HashedFiles {
    /// Finds the files in a listing of `dist/`.
    pub fn find(names: &[String]) -> Result<HashedFiles, Failure> {
        let one = |what: &str, test: &dyn Fn(&str) -> bool| {
            let found: Vec<&String> = names.iter().filter(|name| test(name)).collect();
            match found.as_slice() {
                [name] => Ok(name.to_string()),
                _ => Err(Failure(format!("dist/ should hold exactly one {what}, found {found:?}"))),
            }
        };
        Ok(HashedFiles {
            glue: one("explorer-<hash>.js", &|n| n.starts_with("explorer-") && n.ends_with(".js"))?,
            wasm: one("explorer-<hash>_bg.wasm", &|n| n.starts_with("explorer-") && n.ends_with("_bg.wasm"))?,
            stylesheet: one("style-<hash>.css", &|n| n.starts_with("style-") && n.ends_with(".css"))?,
            wasm_integrity: None,
        })
    }

    /// The script `index.html` loads: the wasm module starts the app itself. Where the app
    /// cannot start, the static summary in `index.html` stays, and a line above it says why.
    pub fn start_script(&self) -> String {
        self.fill(&fill(START, &[("__NOTICE__", NOTICE), ("__REFUSED__", REFUSED), ("__FETCH_WASM__", FETCH_WASM)]))
    }

    /// The script a host page loads: it tells the app where its own page is, takes the host
    /// page's colour scheme where the element names no theme, adds the app's stylesheet to the
    /// host page and waits for it (no unstyled flash), then starts the app. Where the app
    /// cannot start, the element says why instead of staying blank.
    pub fn embed_script(&self) -> String {
        self.fill(&fill(EMBED, &[("__REFUSED__", REFUSED), ("__FETCH_WASM__", FETCH_WASM)]))
    }

    /// The classic script `index.html` runs before the start script, which says why the app
    /// cannot start where the start script cannot run to say it (see `loaders/checks.js`).
    pub fn checks_script(&self) -> String {
        self.fill(&fill(CHECKS, &[("__NOTICE__", NOTICE), ("__REFUSED__", REFUSED)]))
    }

    /// A loader's template with the bundle's file names and the wasm's hash in it.
    fn fill(&self, template: &str) -> String {
        let integrity = self.wasm_integrity.as_deref().unwrap_or_default();
        fill(
            template,
            &[
                ("__REASONS__", REASONS),
                ("__GLUE__", &self.glue),
                ("__WASM__", &self.wasm),
                ("__STYLESHEET__", &self.stylesheet),
                ("__INTEGRITY__", integrity),
            ],
        )
    }
}

/// The loaders' JavaScript, written as files of their own to be read as JavaScript; the
/// build fills in the `__NAMES__` in them. `REASONS` (the words of each failure), `NOTICE` (the
/// line that says it) and `REFUSED` are plain ES5, for the classic script too.
pub const REASONS: &str = include_str!("loaders/reasons.js");
pub const NOTICE: &str = include_str!("loaders/notice.js");
const REFUSED: &str = include_str!("loaders/refused.js");
const FETCH_WASM: &str = include_str!("loaders/fetch_wasm.js");
const CHECKS: &str = include_str!("loaders/checks.js");
const START: &str = include_str!("loaders/start.js");
const EMBED: &str = include_str!("loaders/embed.js");

/// `template` with each name replaced by its text, in the order given (a text may hold
/// names replaced after it).
pub fn fill(template: &str, names: &[(&str, &str)]) -> String {
    names.iter().fold(template.to_string(), |text, (name, value)| text.replace(name, value))
}

/// Byte range of the inline module script (tags included) in the page.
fn inline_script(html: &str) -> Option<std::ops::Range<usize>> {
    let start = html.find(OPEN)?;
    let body_end = start + OPEN.len() + html[start + OPEN.len()..].find(CLOSE)?;
    Some(start..body_end + CLOSE.len())
}

/// The page with its inline module script replaced by `tag`; `None` when it has none.
pub fn replace_inline_script(html: &str, tag: &str) -> Option<String> {
    let script = inline_script(html)?;
    Some(format!("{}{tag}{}", &html[..script.start], &html[script.end..]))
}

/// The page without any `integrity` attribute, for servers or proxies that rewrite files
/// (a rewritten file no longer matches its hash, and the browser would refuse it).
pub fn without_integrity(html: &str) -> String {
    const ATTRIBUTE: &str = " integrity=\"";
    let mut page = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find(ATTRIBUTE) {
        page.push_str(&rest[..start]);
        let value = &rest[start + ATTRIBUTE.len()..];
        rest = value.find('"').map_or("", |end| &value[end + 1..]);
    }
    page.push_str(rest);
    page
}

/// `<stem>-<hash>.js`, its name changing with its content, so that hosts may cache it for ever.
fn hashed_name(stem: &str, script: &str) -> String {
    let hash = Sha384::digest(script.as_bytes());
    format!("{stem}-{:x}.js", u64::from_be_bytes(hash[..8].try_into().expect("8 bytes")))
}

/// The page with the wasm's preload stripped of its `integrity`: browsers ignore the attribute
/// on a preload of this kind and warn about it on every load. The loaders' fetch checks the hash.
fn preload_without_integrity(html: &str, wasm: &str) -> String {
    let Some(start) = html.find(&format!("<link rel=\"preload\" href=\"./{wasm}\"")) else { return html.to_string() };
    let end = html[start..].find('>').map_or(html.len(), |end| start + end + 1);
    format!("{}{}{}", &html[..start], without_integrity(&html[start..end]), &html[end..])
}

pub fn sri(bytes: &[u8]) -> String {
    format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes)))
}

fn write(path: &Path, text: &str) -> Result<(), Failure> {
    fs::write(path, text).map_err(|e| Failure(format!("cannot write {}: {e}", path.display())))
}

/// Replaces `dist/index.html`'s inline loader with `checks-<hash>.js` and `start-<hash>.js`
/// and writes `embed.js`. Without `integrity`, the page keeps no subresource-integrity hash at
/// all. Gives back the files the loaders name.
pub fn write_loaders(dist: &Path, integrity: bool) -> Result<HashedFiles, Failure> {
    let listing = fs::read_dir(dist).map_err(|e| Failure(format!("cannot list {}: {e}", dist.display())))?;
    let names: Vec<String> = listing.filter_map(|entry| entry.ok()?.file_name().into_string().ok()).collect();
    let mut files = HashedFiles::find(&names)?;
    if integrity {
        let wasm = dist.join(&files.wasm);
        let bytes = fs::read(&wasm).map_err(|e| Failure(format!("cannot read {}: {e}", wasm.display())))?;
        files.wasm_integrity = Some(sri(&bytes));
    }
    let index = dist.join("index.html");
    let html = fs::read_to_string(&index).map_err(|e| Failure(format!("cannot read {}: {e}", index.display())))?;

    let script = files.start_script();
    let file = hashed_name("start", &script);
    let checks = files.checks_script();
    let checks_file = hashed_name("checks", &checks);
    // The checks script carries no hash: a hash would make browsers refuse it in a page opened
    // from a file, which is one of the things it is there to say.
    let tag = format!(
        "<script defer src=\"./{checks_file}\"></script>\n\
         <script type=\"module\" src=\"./{file}\" integrity=\"{}\" crossorigin=\"anonymous\"></script>",
        sri(script.as_bytes())
    );
    let Some(page) = replace_inline_script(&html, &tag) else {
        return Err(Failure(format!("{} has no inline loader script to replace", index.display())));
    };
    let page = if integrity { preload_without_integrity(&page, &files.wasm) } else { without_integrity(&page) };
    write(&dist.join(&file), &script)?;
    write(&dist.join(&checks_file), &checks)?;
    write(&dist.join("embed.js"), &files.embed_script())?;
    write(&index, &page)?;
    println!(
        "build: index.html loads {file} (no inline script, for a strict Content-Security-Policy); host pages load embed.js"
    );
    if !integrity {
        println!("build: no subresource-integrity hashes in index.html (--no-integrity)");
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hashed_files() -> HashedFiles {
        HashedFiles {
            glue: "explorer-1.js".into(),
            wasm: "explorer-1_bg.wasm".into(),
            stylesheet: "style-2.css".into(),
            wasm_integrity: None,
        }
    }

    #[test]
    fn finds_the_hashed_files_and_refuses_a_listing_without_exactly_one_of_each() {
        let names = ["index.html", "explorer-1.js", "explorer-1_bg.wasm", "style-2.css", "page-3.css", "embed.js"];
        let names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
        assert_eq!(HashedFiles::find(&names).unwrap(), hashed_files());
        let failure = HashedFiles::find(&names[..2]).unwrap_err();
        assert!(failure.0.contains("explorer-<hash>_bg.wasm"), "{}", failure.0);
    }

    #[test]
    fn the_loaders_name_the_bundle_relative_to_themselves_and_leave_no_name_unfilled() {
        let start = hashed_files().start_script();
        assert!(start.contains("import init from './explorer-1.js';"));
        assert!(start.contains("fetchWasm(new URL('./explorer-1_bg.wasm', import.meta.url).href, '')"));
        let embed = hashed_files().embed_script();
        assert!(embed.contains("import init from './explorer-1.js';"));
        assert!(embed.contains("beside('./style-2.css')"));
        assert!(embed.contains("fetchWasm(beside('./explorer-1_bg.wasm'), '')"));
        let checks = hashed_files().checks_script();
        assert!(checks.contains("new URL('./explorer-1.js', start.src)"));
        for script in [start, embed, checks] {
            assert!(!script.contains("__"), "a name left unfilled in:\n{script}");
            assert!(script.contains("var REASONS = {"));
        }
    }

    #[test]
    fn with_hashes_the_loaders_fetch_the_wasm_with_its_integrity() {
        let files = HashedFiles { wasm_integrity: Some("sha384-abc".into()), ..hashed_files() };
        assert!(
            files
                .start_script()
                .contains("fetchWasm(new URL('./explorer-1_bg.wasm', import.meta.url).href, 'sha384-abc')")
        );
        assert!(files.embed_script().contains("fetchWasm(beside('./explorer-1_bg.wasm'), 'sha384-abc')"));
    }

    #[test]
    fn replaces_the_inline_module_script_with_a_tag() {
        let html =
            "<head><link rel=\"icon\"/>\n<script type=\"module\">\nimport init from './app.js';\n</script></head>";
        let page = replace_inline_script(html, "<script src=\"./s.js\"></script>").unwrap();
        assert_eq!(page, "<head><link rel=\"icon\"/>\n<script src=\"./s.js\"></script></head>");
        assert!(replace_inline_script("<p>no script</p>", "x").is_none());
    }

    #[test]
    fn without_integrity_drops_every_integrity_attribute_and_nothing_else() {
        let html = "<link rel=\"stylesheet\" href=\"./a.css\" integrity=\"sha384-x+/=\"/>\n<script src=\"./b.js\" integrity=\"sha384-y\" crossorigin=\"anonymous\"></script>";
        assert_eq!(
            without_integrity(html),
            "<link rel=\"stylesheet\" href=\"./a.css\"/>\n<script src=\"./b.js\" crossorigin=\"anonymous\"></script>"
        );
        assert_eq!(without_integrity("<p>integrity</p>"), "<p>integrity</p>");
    }

    #[test]
    fn the_wasm_preload_alone_loses_its_integrity() {
        let html = "<link rel=\"modulepreload\" href=\"./explorer-1.js\" integrity=\"sha384-a\"><link rel=\"preload\" href=\"./explorer-1_bg.wasm\" crossorigin=\"anonymous\" integrity=\"sha384-b\" as=\"fetch\">";
        assert_eq!(
            preload_without_integrity(html, "explorer-1_bg.wasm"),
            "<link rel=\"modulepreload\" href=\"./explorer-1.js\" integrity=\"sha384-a\"><link rel=\"preload\" href=\"./explorer-1_bg.wasm\" crossorigin=\"anonymous\" as=\"fetch\">"
        );
    }

    #[test]
    fn integrity_is_sha384_in_base64() {
        // The SHA-384 of the empty string, as browsers expect it in `integrity`.
        assert_eq!(sri(b""), "sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb");
    }
}
