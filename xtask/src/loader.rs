//! Trunk writes its loader as an inline module script; a strict Content-Security-Policy
//! (`script-src 'self'`) refuses inline scripts. After the build, the loader moves to a file of
//! its own, named by its hash and referenced with a subresource-integrity hash like the
//! other assets.

use std::fs;
use std::path::Path;

use base64::Engine;
use sha2::{Digest, Sha384};

use crate::process::Failure;

const OPEN: &str = "<script type=\"module\">";
const CLOSE: &str = "</script>";

/// Byte range of the inline module script's text in the page.
fn inline_script(html: &str) -> Option<std::ops::Range<usize>> {
    let body_start = html.find(OPEN)? + OPEN.len();
    Some(body_start..body_start + html[body_start..].find(CLOSE)?)
}

/// The page with its inline module script replaced by a reference to `file`, and the
/// script's text; `None` when the page has no inline module script.
pub fn externalise(html: &str, file: &str, integrity: &str) -> Option<(String, String)> {
    let body = inline_script(html)?;
    let tag = format!(
        "<script type=\"module\" src=\"./{file}\" integrity=\"{integrity}\" crossorigin=\"anonymous\"></script>"
    );
    let page = format!("{}{tag}{}", &html[..body.start - OPEN.len()], &html[body.end + CLOSE.len()..]);
    Some((page, html[body].to_string()))
}

fn sri(bytes: &[u8]) -> String {
    format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes)))
}

/// Moves `dist/index.html`'s inline loader to `dist/start-<hash>.js`.
pub fn externalise_loader(dist: &Path) -> Result<(), Failure> {
    let index = dist.join("index.html");
    let html = fs::read_to_string(&index).map_err(|e| Failure(format!("cannot read {}: {e}", index.display())))?;
    let Some(body) = inline_script(&html) else {
        return Err(Failure(format!("{} has no inline loader script to move", index.display())));
    };
    let script = &html[body];
    let hash = Sha384::digest(script.as_bytes());
    let file = format!("start-{:x}.js", u64::from_be_bytes(hash[..8].try_into().expect("8 bytes")));
    let (page, script) = externalise(&html, &file, &sri(script.as_bytes())).expect("found above");
    fs::write(dist.join(&file), script).map_err(|e| Failure(format!("cannot write {file}: {e}")))?;
    fs::write(&index, page).map_err(|e| Failure(format!("cannot write {}: {e}", index.display())))?;
    println!("build: moved the inline loader to {file} (for a strict Content-Security-Policy)");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_inline_module_script_with_a_reference() {
        let html = "<head><link rel=\"icon\"/>\n<script type=\"module\">\nimport init from './app.js';\nawait init();\n</script></head>";
        let (page, script) = externalise(html, "start-1.js", "sha384-abc").unwrap();
        assert_eq!(script, "\nimport init from './app.js';\nawait init();\n");
        assert_eq!(
            page,
            "<head><link rel=\"icon\"/>\n<script type=\"module\" src=\"./start-1.js\" integrity=\"sha384-abc\" crossorigin=\"anonymous\"></script></head>"
        );
        assert!(externalise("<p>no script</p>", "x.js", "y").is_none());
    }

    #[test]
    fn integrity_is_sha384_in_base64() {
        // The SHA-384 of the empty string, as browsers expect it in `integrity`.
        assert_eq!(sri(b""), "sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb");
    }
}
