//! `cargo xtask codegen [--check]`: regenerate the crates from `spec/`, or check that the
//! committed output is current. Thin on purpose: all the work is in the `codegen` library.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str = "usage: cargo xtask codegen [--check]

  codegen          regenerate spec/schema.json and the generated crates from spec/
  codegen --check  write nothing; fail listing every stale, missing or extra file";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["codegen"] => codegen(false),
        ["codegen", "--check"] => codegen(true),
        ["-h" | "--help" | "help"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("error: unexpected arguments {args:?}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn repo_root() -> PathBuf {
    // xtask lives one level below the repository root.
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

fn codegen(check: bool) -> ExitCode {
    let root = repo_root();
    let started = Instant::now();
    let output = match codegen::generate(&root) {
        Ok(o) => o,
        Err(e) => {
            for line in e.to_string().lines() {
                eprintln!("error: {line}");
            }
            return ExitCode::FAILURE;
        }
    };
    let generated = started.elapsed();
    if check {
        match codegen::write::check(&root, &output) {
            Ok(drift) if drift.is_empty() => {
                println!(
                    "{} generated files are current ({} ms)",
                    output.files.len(),
                    generated.as_millis()
                );
                ExitCode::SUCCESS
            }
            Ok(drift) => {
                for d in &drift {
                    eprintln!("error: {d}; run `cargo xtask codegen` and commit the result");
                }
                ExitCode::FAILURE
            }
            Err(e) => {
                eprintln!("error: cannot read the generated files: {e}");
                ExitCode::FAILURE
            }
        }
    } else {
        match codegen::write::write(&root, &output) {
            Ok(changed) => {
                for d in &changed {
                    match d {
                        codegen::write::Drift::Stale(p) => println!("updated {p}"),
                        codegen::write::Drift::Missing(p) => println!("created {p}"),
                        codegen::write::Drift::Extra(p) => println!("removed {p}"),
                    }
                }
                println!(
                    "{} files generated in {} ms, {} changed",
                    output.files.len(),
                    generated.as_millis(),
                    changed.len()
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: cannot write the generated files: {e}");
                ExitCode::FAILURE
            }
        }
    }
}
