//! `dist/explorer-offline.html`: the whole explorer in one file, for readers without a web
//! server (a file share, an e-mail attachment). Browsers refuse a page opened from disk the
//! module scripts and hashed stylesheets `index.html` loads, so this page carries everything
//! inside itself: the styles as `<style>` elements, the JavaScript glue and the wasm (in base64)
//! in one inline module script, and the whole dataset for the footer's download as a `data:`
//! address. It makes no request at all.
//!
//! Its policy is in a `<meta>` element (a file has no headers): nothing may load from anywhere,
//! and only the page's own script and styles, named by their hashes, may run.

use std::fs;
use std::path::Path;

use base64::Engine;

use crate::loader::{self, HashedFiles, NOTICE, REASONS};
use crate::process::Failure;

/// The file's name in `dist/`, beside `index.html` (whose notice for a page opened from disk
/// names it too: `loaders/reasons.js`).
pub const FILE: &str = "explorer-offline.html";

const START: &str = include_str!("loaders/offline.js");
const CHARSET: &str = "<meta charset=\"utf-8\">";
const ROOT: &str = "data-interpol-explorer";

/// Writes `dist/explorer-offline.html` from the built `index.html` and the files it names;
/// gives back its size in bytes.
pub fn write_offline_page(dist: &Path, files: &HashedFiles) -> Result<usize, Failure> {
    let read = |name: &str| {
        let path = dist.join(name);
        fs::read(&path).map_err(|e| Failure(format!("cannot read {}: {e}", path.display())))
    };
    let text = |name: &str| {
        String::from_utf8(read(name)?).map_err(|_| Failure(format!("{}: not UTF-8", dist.join(name).display())))
    };
    let page = offline_page(
        &text("index.html")?,
        &|href| text(href.trim_start_matches("./")),
        &inline_glue(&text(&files.glue)?).map_err(|reason| Failure(format!("{}: {reason}", files.glue)))?,
        &read(&files.wasm)?,
        &read("dataset.json")?,
    )
    .map_err(|reason| Failure(format!("cannot write {FILE} from {}: {reason}", dist.join("index.html").display())))?;
    let path = dist.join(FILE);
    fs::write(&path, &page).map_err(|e| Failure(format!("cannot write {}: {e}", path.display())))?;
    Ok(page.len())
}

/// The single page, from `index.html` (as the build finished it), its stylesheets (read by
/// their `href`), the glue made inlinable, the wasm and the dataset.
fn offline_page(
    index: &str,
    stylesheet: &dyn Fn(&str) -> Result<String, Failure>,
    glue: &str,
    wasm: &[u8],
    dataset: &[u8],
) -> Result<String, String> {
    let base64 = |bytes: &[u8]| base64::engine::general_purpose::STANDARD.encode(bytes);
    let mut page = String::with_capacity(index.len() + wasm.len() * 4 / 3 + dataset.len() * 4 / 3);
    let mut style_hashes = Vec::new();
    let mut script_hash = None;
    let mut rest = index;
    // Each element that loads a file gives way to what it loads, or goes.
    while let Some(start) = rest.find('<') {
        page.push_str(&rest[..start]);
        rest = &rest[start..];
        let Some(end) = rest.find('>') else { break };
        let tag = &rest[..=end];
        rest = &rest[end + 1..];
        if tag.starts_with("<link") {
            match attribute(tag, "rel") {
                Some("stylesheet") => {
                    let href = attribute(tag, "href").ok_or_else(|| format!("a stylesheet without href: {tag}"))?;
                    let css = stylesheet(href).map_err(|Failure(reason)| reason)?;
                    if css.replace("url(data:", "").replace("url(\"data:", "").contains("url(") {
                        return Err(format!("{href} names a file (url(...)), which the single page cannot carry"));
                    }
                    style_hashes.push(loader::sri(css.as_bytes()));
                    page.push_str(&format!("<style>{css}</style>"));
                }
                // The files they fetch ahead are inside the page.
                Some("preload" | "modulepreload") => {}
                Some("icon") if attribute(tag, "href").is_some_and(|href| href.starts_with("data:")) => {
                    page.push_str(tag)
                }
                _ => return Err(format!("an element that would load a file: {tag}")),
            }
        } else if tag.starts_with("<script") {
            let close = rest.find("</script>").ok_or_else(|| format!("a script that does not end: {tag}"))?;
            if !rest[..close].trim().is_empty() {
                return Err(format!("an inline script: {tag}"));
            }
            rest = &rest[close + "</script>".len()..];
            // The checks script goes (it is there to say that this page is needed); the start
            // script gives way to the glue and the start from the wasm inside the page.
            if attribute(tag, "type") == Some("module") {
                let script = format!(
                    "{glue}\n{}",
                    loader::fill(
                        START,
                        &[("__REASONS__", REASONS), ("__NOTICE__", NOTICE), ("__WASM_BASE64__", &base64(wasm))]
                    )
                );
                script_hash = Some(loader::sri(script.as_bytes()));
                page.push_str(&format!("<script type=\"module\">{script}</script>"));
            }
        } else if tag.starts_with(&format!("<div id=\"explorer\" {ROOT}")) {
            let dataset = format!(" data-dataset-url=\"data:application/json;base64,{}\"", base64(dataset));
            page.push_str(&tag.replacen(ROOT, &format!("{ROOT}{dataset}"), 1));
        } else {
            page.push_str(tag);
        }
    }
    page.push_str(rest);
    let script_hash = script_hash.ok_or("no module script to start the explorer")?;
    let styles: Vec<String> = style_hashes.iter().map(|hash| format!("'{hash}'")).collect();
    let policy = format!(
        "default-src 'none'; script-src '{script_hash}' 'wasm-unsafe-eval'; style-src {}; img-src data:; \
         base-uri 'none'; form-action 'none'",
        styles.join(" ")
    );
    if !page.contains(&format!("<div id=\"explorer\" {ROOT} data-dataset-url")) {
        return Err(format!("no <div id=\"explorer\" {ROOT}> to carry the dataset"));
    }
    // The policy must come before every script and style it governs, the charset first of all.
    let at = page.find(CHARSET).ok_or(format!("no {CHARSET}"))? + CHARSET.len();
    page.insert_str(at, &format!("\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">"));
    Ok(page)
}

/// The value of `name="..."` (or `name='...'`) in `tag`.
fn attribute<'t>(tag: &'t str, name: &str) -> Option<&'t str> {
    ['"', '\''].into_iter().find_map(|quote| {
        let start = tag.find(&format!(" {name}={quote}"))? + name.len() + 3;
        let length = tag[start..].find(quote)?;
        Some(&tag[start..start + length])
    })
}

/// wasm-bindgen's glue, a module of its own, made into the start of an inline module: no
/// export (nothing imports it), its `__wbg_init` called by the start that follows.
fn inline_glue(glue: &str) -> Result<String, String> {
    if !glue.contains("async function __wbg_init(") {
        return Err("no `async function __wbg_init(` to start the explorer with".into());
    }
    let mut inline = String::with_capacity(glue.len());
    for line in glue.lines() {
        if line.starts_with("import ") {
            return Err(format!("it imports a file, which the single page cannot carry: {line}"));
        }
        if line.starts_with("export {") || line.starts_with("export default ") {
            continue;
        }
        inline.push_str(line.strip_prefix("export ").unwrap_or(line));
        inline.push('\n');
    }
    Ok(inline)
}

#[cfg(test)]
mod tests {
    use super::*;

    const INDEX: &str = "<!doctype html><html><head>\n<meta charset=\"utf-8\">\n\
        <link rel=\"icon\" href='data:image/svg+xml,x'>\n\
        <link rel=\"stylesheet\" href=\"./style-1.css\" integrity=\"sha384-a\" crossorigin=\"anonymous\"/>\n\
        <link rel=\"modulepreload\" href=\"./explorer-1.js\" crossorigin=\"anonymous\" integrity=\"sha384-b\">\n\
        <link rel=\"preload\" href=\"./explorer-1_bg.wasm\" crossorigin=\"anonymous\" as=\"fetch\" type=\"application/wasm\">\n\
        <script defer src=\"./checks-1.js\"></script>\n\
        <script type=\"module\" src=\"./start-1.js\" integrity=\"sha384-c\" crossorigin=\"anonymous\"></script>\n\
        </head><body><div id=\"explorer\" data-interpol-explorer data-routing=\"hash\"><main>summary</main></div></body></html>";

    fn page(index: &str) -> Result<String, String> {
        let css = |href: &str| match href {
            "./style-1.css" => Ok(".interpol-explorer { color: red }".to_string()),
            other => Err(Failure(format!("no {other}"))),
        };
        offline_page(index, &css, "let wasm;\nasync function __wbg_init(m) {}\n", &[0, 97, 115, 109], b"{}")
    }

    #[test]
    fn the_page_carries_every_file_and_names_nothing_to_load() {
        let page = page(INDEX).unwrap();
        assert!(page.contains("<style>.interpol-explorer { color: red }</style>"));
        assert!(page.contains("<script type=\"module\">let wasm;\nasync function __wbg_init(m) {}\n"));
        // The four wasm bytes 0 a s m, in base64.
        assert!(page.contains("const wasmBase64 = 'AGFzbQ==';"));
        assert!(
            page.contains("data-interpol-explorer data-dataset-url=\"data:application/json;base64,e30=\" data-routing")
        );
        for gone in ["src=", "href=\"./", "checks-1.js", "integrity="] {
            assert!(!page.contains(gone), "{gone} in\n{page}");
        }
        assert!(page.contains("<link rel=\"icon\" href='data:image/svg+xml,x'>"));
    }

    #[test]
    fn the_policy_comes_after_the_charset_and_names_the_inline_script_and_style_by_their_hash() {
        let page = page(INDEX).unwrap();
        let style = loader::sri(b".interpol-explorer { color: red }");
        let script_start = page.find("<script type=\"module\">").unwrap() + "<script type=\"module\">".len();
        let script = &page[script_start..script_start + page[script_start..].find("</script>").unwrap()];
        let expected = format!(
            "<meta charset=\"utf-8\">\n    <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
             script-src '{}' 'wasm-unsafe-eval'; style-src '{style}'; img-src data:; base-uri 'none'; form-action 'none'\">",
            loader::sri(script.as_bytes())
        );
        assert!(page.contains(&expected), "{expected}\nnot in\n{}", &page[..400]);
    }

    #[test]
    fn an_element_that_would_load_a_file_is_refused_by_name() {
        let with_image = INDEX.replace("<main>", "<link rel=\"manifest\" href=\"./m.json\"><main>");
        assert_eq!(
            page(&with_image).unwrap_err(),
            "an element that would load a file: <link rel=\"manifest\" href=\"./m.json\">"
        );
        let with_url = |href: &str| Ok(format!("a {{ background: url(./{href}.png) }}"));
        let failure = offline_page(INDEX, &with_url, "async function __wbg_init(", &[], b"").unwrap_err();
        assert!(failure.contains("./style-1.css names a file"), "{failure}");
    }

    #[test]
    fn the_glue_loses_its_exports_and_must_import_nothing() {
        let glue = "let wasm;\nexport function greet() {}\nasync function __wbg_init(m) {}\nexport { initSync };\nexport default __wbg_init;\n";
        assert_eq!(inline_glue(glue).unwrap(), "let wasm;\nfunction greet() {}\nasync function __wbg_init(m) {}\n");
        let importing = format!("import {{ x }} from './snippets/a.js';\n{glue}");
        assert!(inline_glue(&importing).unwrap_err().contains("./snippets/a.js"));
        assert!(inline_glue("export default 1;").is_err());
    }
}
