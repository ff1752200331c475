//! Finds, or installs once, every tool the build and the tests need, saying what it does.
//! Installed tools are found again on the next run by their versions, never rebuilt.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::process::{Failure, first_line_of, run};
use crate::project_root;

pub const TRUNK_VERSION: &str = "0.21.14";
/// Firefox's WebDriver server, for the journeys in Firefox (no Debian package ships it).
const GECKODRIVER_VERSION: &str = "0.37.1";
const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// The code size profiler `cargo xtask size` reads the binary with.
const TWIGGY_VERSION: &str = "0.8.0";
/// The mutation tester `cargo xtask mutants` runs.
const CARGO_MUTANTS_VERSION: &str = "27.1.0";

/// Debian packages for the browser tests: (package, a file it installs). Chromium, Firefox
/// and WebKitGTK with their WebDriver servers (Firefox's is built by cargo), and the virtual
/// display WebKitGTK's MiniBrowser needs.
const BROWSER_PACKAGES: &[(&str, &str)] = &[
    ("chromium", "/usr/bin/chromium"),
    ("chromium-driver", "/usr/bin/chromedriver"),
    ("firefox-esr", "/usr/bin/firefox-esr"),
    ("webkit2gtk-driver", "/usr/bin/WebKitWebDriver"),
    ("xvfb", "/usr/bin/Xvfb"),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    /// Trunk, wasm-bindgen, wasm-opt and the wasm target.
    Build,
    /// All of the above, plus the three browsers and their drivers.
    Test,
}

/// Commands run with the installed tools first on PATH, from the repository root.
pub struct Tools {
    path: OsString,
}

impl Tools {
    pub fn command(&self, program: &str) -> Command {
        let mut command = Command::new(program);
        command.env("PATH", &self.path).current_dir(project_root());
        command
    }
}

/// The tools as installed now, for a command that installs only what it alone needs.
pub fn tools() -> Tools {
    Tools { path: search_path(&project_root()) }
}

pub fn ensure(needs: Needs) -> Result<Tools, Failure> {
    let root = project_root();
    let tools = tools();
    ensure_wasm_target(&tools)?;
    ensure_cargo_tool(
        &tools,
        "trunk",
        TRUNK_VERSION,
        &["trunk", "--version", TRUNK_VERSION, "--locked"],
        "about 12 minutes",
    )?;
    let bindgen = wasm_bindgen_version(&std::fs::read_to_string(root.join("Cargo.lock")).unwrap_or_default())
        .ok_or_else(|| Failure("Cargo.lock names no wasm-bindgen version".to_string()))?;
    // Not --locked: wasm-bindgen-cli's own lockfile pins a crate version the registry lacks.
    let exact = format!("={bindgen}");
    ensure_cargo_tool(&tools, "wasm-bindgen", &bindgen, &["wasm-bindgen-cli", "--version", &exact], "about 4 minutes")?;
    ensure_npm_packages(&tools, &root)?;
    if needs == Needs::Test {
        ensure_debian_packages(BROWSER_PACKAGES)?;
        let geckodriver = ["geckodriver", "--version", GECKODRIVER_VERSION, "--locked"];
        ensure_cargo_tool(&tools, "geckodriver", GECKODRIVER_VERSION, &geckodriver, "about 2 minutes")?;
    }
    Ok(tools)
}

/// twiggy, for `cargo xtask size` only: neither the build nor the tests need it.
pub fn ensure_twiggy(tools: &Tools) -> Result<(), Failure> {
    // Its binary calls itself `twiggy-opt` in `--version`.
    let found = first_line_of(tools.command("twiggy").arg("--version"));
    if found.as_deref() == Some(&format!("twiggy-opt {TWIGGY_VERSION}")) {
        println!("setup: twiggy {TWIGGY_VERSION} found");
        return Ok(());
    }
    println!("setup: installing twiggy {TWIGGY_VERSION} (about 3 minutes on 2 cores)");
    run(tools.command("cargo").args(["install", "twiggy", "--version", TWIGGY_VERSION, "--locked"]))
}

/// cargo-mutants, for `cargo xtask mutants` only: neither the build nor the tests need it.
pub fn ensure_cargo_mutants(tools: &Tools) -> Result<(), Failure> {
    // Its binary answers `--version` only when called as cargo calls it, with `mutants` first.
    let found = first_line_of(tools.command("cargo").args(["mutants", "--version"]));
    if found.as_deref() == Some(&format!("cargo-mutants {CARGO_MUTANTS_VERSION}")) {
        println!("setup: cargo-mutants {CARGO_MUTANTS_VERSION} found");
        return Ok(());
    }
    // Measured: 4.6 minutes with `-j 1`, on 2 cores that other builds were using.
    println!("setup: installing cargo-mutants {CARGO_MUTANTS_VERSION} (about 5 minutes on 2 cores)");
    run(tools.command("cargo").args(["install", "cargo-mutants", "--version", CARGO_MUTANTS_VERSION, "--locked"]))
}

/// PATH with the npm tools (wasm-opt, which Trunk looks up there) and cargo's binaries first.
fn search_path(root: &Path) -> OsString {
    let cargo_bin = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
        .map(|home| home.join("bin"));
    let mut dirs = vec![root.join("node_modules").join(".bin")];
    dirs.extend(cargo_bin);
    dirs.extend(std::env::var_os("PATH").iter().flat_map(std::env::split_paths));
    std::env::join_paths(dirs).expect("PATH entries have no separators")
}

fn ensure_wasm_target(tools: &Tools) -> Result<(), Failure> {
    let installed = tools.command("rustup").args(["target", "list", "--installed"]).output();
    if installed.is_ok_and(|out| String::from_utf8_lossy(&out.stdout).lines().any(|l| l.trim() == WASM_TARGET)) {
        println!("setup: Rust target {WASM_TARGET} found");
        return Ok(());
    }
    println!("setup: adding the Rust target {WASM_TARGET}");
    run(tools.command("rustup").args(["target", "add", WASM_TARGET]))
}

/// Finds `binary` at `version` (by `binary --version`), or `cargo install`s it.
fn ensure_cargo_tool(tools: &Tools, binary: &str, version: &str, install: &[&str], takes: &str) -> Result<(), Failure> {
    let found = first_line_of(tools.command(binary).arg("--version"));
    if found.as_deref() == Some(&format!("{binary} {version}")) {
        println!("setup: {binary} {version} found");
        return Ok(());
    }
    let was = found.map_or("not installed".to_string(), |line| format!("found `{line}`"));
    println!("setup: installing {binary} {version} ({was}; this takes {takes} on 2 cores)");
    run(tools.command("cargo").arg("install").args(install))
}

/// `npm ci` when node_modules is missing or older than package-lock.json.
fn ensure_npm_packages(tools: &Tools, root: &Path) -> Result<(), Failure> {
    let modified = |path: PathBuf| std::fs::metadata(path).and_then(|m| m.modified()).ok();
    let lock = modified(root.join("package-lock.json"));
    let installed = modified(root.join("node_modules").join(".package-lock.json"));
    if matches!((lock, installed), (Some(lock), Some(installed)) if installed >= lock) {
        println!(
            "setup: npm packages (binaryen, world-atlas, playwright-core, selenium-webdriver, axe-core, lighthouse) found"
        );
        return Ok(());
    }
    println!("setup: installing the npm packages pinned in package-lock.json");
    run(tools.command("npm").args(["ci", "--no-audit", "--no-fund"]))
}

fn ensure_debian_packages(packages: &[(&str, &str)]) -> Result<(), Failure> {
    let missing: Vec<&str> =
        packages.iter().filter(|(_, file)| !Path::new(file).exists()).map(|(package, _)| *package).collect();
    if missing.is_empty() {
        println!("setup: {} found", packages.iter().map(|(p, _)| *p).collect::<Vec<_>>().join(", "));
        return Ok(());
    }
    println!("setup: installing the Debian packages {}", missing.join(", "));
    let as_root = first_line_of(Command::new("id").arg("-u")).as_deref() == Some("0");
    let apt = |args: &[&str]| {
        let mut command = if as_root { Command::new("apt-get") } else { sudo_apt_get() };
        command.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        command
    };
    run(&mut apt(&["update"]))?;
    run(apt(&["install", "-y"]).args(&missing))
}

fn sudo_apt_get() -> Command {
    let mut command = Command::new("sudo");
    command.arg("apt-get");
    command
}

/// The version of the `wasm-bindgen` package in a Cargo.lock.
pub fn wasm_bindgen_version(lock: &str) -> Option<String> {
    let mut lines = lock.lines();
    lines.find(|line| line.trim() == "name = \"wasm-bindgen\"")?;
    let version = lines.next()?.trim().strip_prefix("version = \"")?.strip_suffix('"')?;
    Some(version.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_wasm_bindgen_version_from_a_lockfile() {
        let lock = "[[package]]\nname = \"wasm-bindgen-macro\"\nversion = \"9.9.9\"\n\n\
                    [[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.130\"\n";
        assert_eq!(wasm_bindgen_version(lock).as_deref(), Some("0.2.130"));
        assert_eq!(wasm_bindgen_version("[[package]]\nname = \"serde\"\n"), None);
    }

    /// Trunk refuses a wasm-bindgen CLI other than the one Trunk.toml names, and the CLI must
    /// match the library in Cargo.lock: the three must agree.
    #[test]
    fn trunk_toml_names_the_locked_wasm_bindgen() {
        let root = project_root();
        let lock = std::fs::read_to_string(root.join("Cargo.lock")).unwrap();
        let locked = wasm_bindgen_version(&lock).unwrap();
        for config in ["Trunk.toml", "bench/hello/Trunk.toml"] {
            let trunk = std::fs::read_to_string(root.join(config)).unwrap();
            assert!(
                trunk.contains(&format!("wasm_bindgen = \"{locked}\"")),
                "{config} must name wasm-bindgen {locked}"
            );
        }
    }
}
