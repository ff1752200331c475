//! Trunk writes its loader as an inline module script, which a strict Content-Security-Policy
//! (`script-src 'self'`) refuses. After the build, the inline script gives way to two files:
//! - `start-<hash>.js`, which `index.html` references with a subresource-integrity hash like
//!   the other assets;
//! - `embed.js`, under a name that does not change, which a host page loads to mount the
//!   explorer into one of its own elements (README, Embedding).
//!
//! Both find every file beside themselves (`import.meta.url`), so `dist/` works from any path.

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

    /// How a loader asks for the wasm, given its address: with its integrity hash where the
    /// bundle has hashes. The hash on `index.html`'s preload of the wasm is not enough:
    /// browsers ignore `integrity` on a preload of this kind, so only the fetch that
    /// instantiates the module can make the browser refuse an altered file.
    fn wasm_request(&self, address: &str) -> String {
        match &self.wasm_integrity {
            Some(hash) => format!("fetch({address}, {{ integrity: '{hash}' }})"),
            None => address.to_string(),
        }
    }

    /// The script `index.html` loads: the wasm module starts the app itself.
    /// Where the app cannot start, the static summary in `index.html` stays, and a line says why.
    pub fn start_script(&self) -> String {
        format!(
            "// Starts the explorer. Files are found beside this script, so the folder works from any path.\n\
             import init from './{glue}';\n\
             \n\
             // Where the app cannot start, the page keeps its static summary and says why in one line.\n\
             function cannotStart(reason) {{\n\
             \x20 const line = document.createElement('p');\n\
             \x20 line.className = 'notice';\n\
             \x20 line.textContent = `${{reason}}, so this is a summary: the interactive explorer needs JavaScript and WebAssembly.`;\n\
             \x20 document.querySelector('[data-static-summary]')?.prepend(line);\n\
             }}\n\
             \n\
             if (typeof WebAssembly !== 'object') {{\n\
             \x20 cannotStart('This browser does not run WebAssembly');\n\
             }} else {{\n\
             \x20 await init({{ module_or_path: {wasm} }}).catch((error) => {{\n\
             \x20   cannotStart(`The explorer could not start (${{error}})`);\n\
             \x20   throw error;\n\
             \x20 }});\n\
             }}\n",
            glue = self.glue,
            wasm = self.wasm_request(&format!("new URL('./{}', import.meta.url)", self.wasm)),
        )
    }

    /// The script a host page loads: it tells the app where its own page is, takes the host
    /// page's colour scheme where the element names no theme, adds the app's stylesheet to the
    /// host page and waits for it (no unstyled flash), then starts the app. Where the app
    /// cannot start (a policy without `'wasm-unsafe-eval'`, no WebAssembly), the element says
    /// why instead of staying blank.
    pub fn embed_script(&self) -> String {
        format!(
            "// Mounts the INTERPOL operations explorer into this page's element marked\n\
             // data-interpol-explorer (see the explorer's README, Embedding). Files are found beside\n\
             // this script, so the folder works from any path.\n\
             import init from './{glue}';\n\
             const beside = (file) => new URL(file, import.meta.url).href;\n\
             const root = document.querySelector('[data-interpol-explorer]');\n\
             if (root && !root.hasAttribute('data-page-url')) root.setAttribute('data-page-url', beside('./index.html'));\n\
             if (root) root.setAttribute('data-bundle-url', beside('./'));\n\
             // A host page that sets its own colour scheme (color-scheme: dark) gets the explorer in it.\n\
             const hostScheme = getComputedStyle(document.documentElement).colorScheme;\n\
             if (root && !root.hasAttribute('data-theme') && ['light', 'dark'].includes(hostScheme)) root.setAttribute('data-theme', hostScheme);\n\
             const style = document.createElement('link');\n\
             style.rel = 'stylesheet';\n\
             style.href = beside('./{stylesheet}');\n\
             await new Promise((done) => {{ style.onload = style.onerror = done; document.head.append(style); }});\n\
             await init({{ module_or_path: {wasm} }}).catch((error) => {{\n\
             \x20 const line = document.createElement('p');\n\
             \x20 line.setAttribute('role', 'alert');\n\
             \x20 line.textContent = `The INTERPOL operations explorer could not start (${{error}}). ` +\n\
             \x20   \"It needs WebAssembly, and a Content-Security-Policy on this page must allow 'wasm-unsafe-eval' \" +\n\
             \x20   'and the explorer\\'s files.';\n\
             \x20 root?.replaceChildren(line);\n\
             \x20 throw error;\n\
             }});\n",
            glue = self.glue,
            wasm = self.wasm_request(&format!("beside('./{}')", self.wasm)),
            stylesheet = self.stylesheet,
        )
    }
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

fn sri(bytes: &[u8]) -> String {
    format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes)))
}

fn write(path: &Path, text: &str) -> Result<(), Failure> {
    fs::write(path, text).map_err(|e| Failure(format!("cannot write {}: {e}", path.display())))
}

/// Replaces `dist/index.html`'s inline loader with `start-<hash>.js` and writes `embed.js`.
/// Without `integrity`, the page keeps no subresource-integrity hash at all.
pub fn write_loaders(dist: &Path, integrity: bool) -> Result<(), Failure> {
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
    let hash = Sha384::digest(script.as_bytes());
    let file = format!("start-{:x}.js", u64::from_be_bytes(hash[..8].try_into().expect("8 bytes")));
    let tag = format!(
        "<script type=\"module\" src=\"./{file}\" integrity=\"{}\" crossorigin=\"anonymous\"></script>",
        sri(script.as_bytes())
    );
    let Some(page) = replace_inline_script(&html, &tag) else {
        return Err(Failure(format!("{} has no inline loader script to replace", index.display())));
    };
    let page = if integrity { page } else { without_integrity(&page) };
    write(&dist.join(&file), &script)?;
    write(&dist.join("embed.js"), &files.embed_script())?;
    write(&index, &page)?;
    println!(
        "build: index.html loads {file} (no inline script, for a strict Content-Security-Policy); host pages load embed.js"
    );
    if !integrity {
        println!("build: no subresource-integrity hashes in index.html (--no-integrity)");
    }
    Ok(())
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
    fn the_loaders_name_the_bundle_relative_to_themselves() {
        let start = hashed_files().start_script();
        assert!(start.contains("import init from './explorer-1.js';"));
        assert!(start.contains("new URL('./explorer-1_bg.wasm', import.meta.url)"));
        let embed = hashed_files().embed_script();
        assert!(embed.contains("import init from './explorer-1.js';"));
        assert!(embed.contains("beside('./style-2.css')"));
        assert!(embed.contains("beside('./explorer-1_bg.wasm')"));
        assert!(embed.contains("must allow 'wasm-unsafe-eval'"));
    }

    #[test]
    fn with_hashes_the_loaders_fetch_the_wasm_with_its_integrity() {
        let files = HashedFiles { wasm_integrity: Some("sha384-abc".into()), ..hashed_files() };
        let fetch = "fetch(new URL('./explorer-1_bg.wasm', import.meta.url), { integrity: 'sha384-abc' })";
        assert!(files.start_script().contains(&format!("init({{ module_or_path: {fetch} }})")));
        let embed = files.embed_script();
        assert!(
            embed.contains(
                "init({ module_or_path: fetch(beside('./explorer-1_bg.wasm'), { integrity: 'sha384-abc' }) })"
            )
        );
        assert!(!hashed_files().start_script().contains("fetch("));
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
    fn integrity_is_sha384_in_base64() {
        // The SHA-384 of the empty string, as browsers expect it in `integrity`.
        assert_eq!(sri(b""), "sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb");
    }
}
