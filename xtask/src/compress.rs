//! Precompressed copies of the bundle's files, written once at build time, so that a host
//! serves the smallest encoding a browser accepts without compressing on every request:
//! beside `app.js`, `app.js.br` (brotli, quality 11) and `app.js.gz` (gzip, level 9). Hosts find
//! them by that name (nginx's `gzip_static` and `brotli_static`, Caddy's `precompressed`, the
//! Apache rules in README, Deploying; `xtask/server.mjs` in host mode).
//!
//! Only text and WebAssembly are compressed: images and fonts are compressed already. The
//! output depends on the input bytes alone (no time stamp, no file name in the gzip header),
//! so two builds of the same seeds stay byte for byte the same.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::process::Failure;

/// The extensions compressed: every text format the bundle has or may have, and the wasm.
pub const COMPRESSED_EXTENSIONS: [&str; 7] = ["html", "js", "css", "wasm", "json", "svg", "txt"];

/// The precompressed copies' extensions, each beside its original's: `x.js.br`, `x.js.gz`.
pub const ENCODINGS: [&str; 2] = ["br", "gz"];

/// Brotli's highest quality, and its largest window in the standard format (2^24 bytes). The
/// "large window" extension (up to 2^30) is not used: browsers cannot decode it.
const BROTLI_QUALITY: i32 = 11;
const BROTLI_WINDOW_BITS: i32 = 24;
const GZIP_LEVEL: u32 = 9;

/// Whether the file at `path` gets precompressed copies: by its extension. A `.br` or `.gz`
/// never does, so a second run over the same folder writes the same copies and no copies of
/// copies.
pub fn is_compressed(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| COMPRESSED_EXTENSIONS.contains(&e))
}

pub fn brotli(bytes: &[u8]) -> Vec<u8> {
    let params = brotli::enc::BrotliEncoderParams {
        quality: BROTLI_QUALITY,
        lgwin: BROTLI_WINDOW_BITS,
        size_hint: bytes.len(),
        ..Default::default()
    };
    let mut compressed = Vec::new();
    brotli::BrotliCompress(&mut &bytes[..], &mut compressed, &params).expect("compressing in memory cannot fail");
    compressed
}

/// Gzip with a bare header: time stamp 0, no file name, "unknown" operating system.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder =
        flate2::GzBuilder::new().mtime(0).operating_system(255).write(Vec::new(), flate2::Compression::new(GZIP_LEVEL));
    encoder.write_all(bytes).expect("compressing in memory cannot fail");
    encoder.finish().expect("compressing in memory cannot fail")
}

/// Writes `.br` and `.gz` beside every compressible file in `dir` and its subfolders; returns
/// the originals compressed, sorted.
pub fn precompress(dir: &Path) -> Result<Vec<PathBuf>, Failure> {
    let mut originals: Vec<PathBuf> = files_under(dir)?.into_iter().filter(|path| is_compressed(path)).collect();
    originals.sort();
    for original in &originals {
        let bytes = fs::read(original).map_err(|e| Failure(format!("cannot read {}: {e}", original.display())))?;
        for (encoding, compressed) in ENCODINGS.into_iter().zip([brotli(&bytes), gzip(&bytes)]) {
            let path = beside(original, encoding);
            fs::write(&path, compressed).map_err(|e| Failure(format!("cannot write {}: {e}", path.display())))?;
        }
    }
    Ok(originals)
}

/// `x.js` → `x.js.br`.
pub fn beside(original: &Path, encoding: &str) -> PathBuf {
    let mut name = original.as_os_str().to_owned();
    name.push(format!(".{encoding}"));
    PathBuf::from(name)
}

fn files_under(dir: &Path) -> Result<Vec<PathBuf>, Failure> {
    let listing = fs::read_dir(dir).map_err(|e| Failure(format!("cannot list {}: {e}", dir.display())))?;
    let mut files = Vec::new();
    for entry in listing {
        let path = entry.map_err(|e| Failure(format!("cannot list {}: {e}", dir.display())))?.path();
        if path.is_dir() {
            files.extend(files_under(&path)?);
        } else {
            files.push(path);
        }
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    /// Text that compresses as the bundle's does: repetitive, with some variety.
    fn sample() -> Vec<u8> {
        (0..2000)
            .map(|i| format!("<tr><td>operation {i}</td><td>{}</td></tr>\n", i * 7 % 13))
            .collect::<String>()
            .into()
    }

    fn unbrotli(bytes: &[u8]) -> Vec<u8> {
        let mut plain = Vec::new();
        brotli::Decompressor::new(bytes, 4096).read_to_end(&mut plain).unwrap();
        plain
    }

    fn ungzip(bytes: &[u8]) -> Vec<u8> {
        let mut plain = Vec::new();
        flate2::read::GzDecoder::new(bytes).read_to_end(&mut plain).unwrap();
        plain
    }

    #[test]
    fn both_encodings_decode_to_the_original_and_are_smaller() {
        let text = sample();
        let (br, gz) = (brotli(&text), gzip(&text));
        assert_eq!(unbrotli(&br), text);
        assert_eq!(ungzip(&gz), text);
        assert!(br.len() < gz.len() && gz.len() < text.len() / 5, "{} < {} < {}", br.len(), gz.len(), text.len());
        // An empty file too (the decoders accept what was written for it).
        assert_eq!(unbrotli(&brotli(b"")), b"");
        assert_eq!(ungzip(&gzip(b"")), b"");
    }

    #[test]
    fn the_output_depends_on_the_bytes_alone() {
        let text = sample();
        assert_eq!(brotli(&text), brotli(&text));
        assert_eq!(gzip(&text), gzip(&text));
        // Gzip's header: no flags (so no file name), time stamp 0, best compression, "unknown" OS.
        assert_eq!(gzip(&text)[..10], [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 255]);
    }

    #[test]
    fn text_and_wasm_are_compressed_and_nothing_else() {
        for name in
            ["index.html", "a-0123456789abcdef.js", "style.css", "app_bg.wasm", "dataset.json", "map.svg", "robots.txt"]
        {
            assert!(is_compressed(Path::new(name)), "{name}");
        }
        for name in ["index.html.br", "app_bg.wasm.gz", "photo.png", "font.woff2", "favicon.ico", "README", "js"] {
            assert!(!is_compressed(Path::new(name)), "{name}");
        }
    }

    /// A fresh, empty folder of this test run, with an empty subfolder `assets`.
    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("explorer-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("assets")).unwrap();
        dir
    }

    fn listing(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> =
            files_under(dir).unwrap().iter().map(|p| p.strip_prefix(dir).unwrap().display().to_string()).collect();
        names.sort();
        names
    }

    #[test]
    fn writes_both_copies_beside_each_file_once_even_when_run_again() {
        let dir = scratch("precompress");
        fs::write(dir.join("index.html"), sample()).unwrap();
        fs::write(dir.join("assets/app_bg.wasm"), [0, 97, 115, 109, 1, 0, 0, 0]).unwrap();
        fs::write(dir.join("photo.png"), [137, 80, 78, 71]).unwrap();
        let compressed = precompress(&dir).unwrap();
        assert_eq!(compressed, [dir.join("assets/app_bg.wasm"), dir.join("index.html")]);
        let first = listing(&dir);
        assert_eq!(
            first,
            [
                "assets/app_bg.wasm",
                "assets/app_bg.wasm.br",
                "assets/app_bg.wasm.gz",
                "index.html",
                "index.html.br",
                "index.html.gz",
                "photo.png"
            ]
        );
        assert_eq!(unbrotli(&fs::read(dir.join("index.html.br")).unwrap()), sample());
        let gz = fs::read(dir.join("assets/app_bg.wasm.gz")).unwrap();
        // A rebuild over the same folder: no `.br.gz`, no `.gz.br`, the same bytes.
        assert_eq!(precompress(&dir).unwrap(), compressed);
        assert_eq!(listing(&dir), first);
        assert_eq!(fs::read(dir.join("assets/app_bg.wasm.gz")).unwrap(), gz);
        fs::remove_dir_all(&dir).unwrap();
    }
}
