//! Running child processes: say what runs, fail with a message that names it.

use std::io::{BufRead, BufReader};
use std::process::{Command, ExitStatus, Stdio};
use std::thread;

/// Why a command of xtask stopped; printed as is.
#[derive(Debug)]
pub struct Failure(pub String);

fn describe(command: &Command) -> String {
    let args: Vec<String> = command.get_args().map(|a| a.to_string_lossy().into_owned()).collect();
    format!("{} {}", command.get_program().to_string_lossy(), args.join(" "))
}

/// Runs a command with its output shown; an error unless it exits with 0.
pub fn run(command: &mut Command) -> Result<(), Failure> {
    println!("$ {}", describe(command));
    let status = command.status().map_err(|e| Failure(format!("cannot start `{}`: {e}", describe(command))))?;
    check(command, status)
}

fn check(command: &Command, status: ExitStatus) -> Result<(), Failure> {
    if status.success() { Ok(()) } else { Err(Failure(format!("`{}` failed ({status})", describe(command)))) }
}

/// Runs a command, showing its output as it comes, and returns every line it printed
/// (stdout and stderr) with whether it succeeded: the test layers read their counts from it.
pub fn run_and_collect(command: &mut Command) -> Result<(bool, Vec<String>), Failure> {
    println!("$ {}", describe(command));
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| Failure(format!("cannot start `{}`: {e}", describe(command))))?;
    let stderr = child.stderr.take().expect("stderr is piped");
    let stderr_lines = thread::spawn(move || echo_lines(BufReader::new(stderr), true));
    let mut lines = echo_lines(BufReader::new(child.stdout.take().expect("stdout is piped")), false);
    lines.extend(stderr_lines.join().unwrap_or_default());
    let status = child.wait().map_err(|e| Failure(format!("`{}` did not finish: {e}", describe(command))))?;
    Ok((status.success(), lines))
}

fn echo_lines(reader: impl BufRead, to_stderr: bool) -> Vec<String> {
    let mut lines = Vec::new();
    for line in reader.lines().map_while(Result::ok) {
        if to_stderr {
            eprintln!("{line}");
        } else {
            println!("{line}");
        }
        lines.push(line);
    }
    lines
}

/// The first line a command prints, or `None` if it cannot be run (used for `--version`).
pub fn first_line_of(command: &mut Command) -> Option<String> {
    let output = command.stderr(Stdio::null()).output().ok()?;
    if !output.status.success() {
        return None;
    }
    String::from_utf8_lossy(&output.stdout).lines().next().map(str::to_string)
}
