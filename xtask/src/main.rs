//! `cargo xtask codegen [--check] [--root DIR]`: regenerate the crates from `spec/`, or check
//! that the committed output is current. Thin on purpose: all the work is in the `codegen`
//! library.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str = "usage: cargo xtask codegen [--check] [--root DIR]

  codegen          regenerate spec/schema.json and the generated crates from spec/
  codegen --check  write nothing; fail listing every stale, missing or extra file
  --root DIR       the repository to work on (DIR/spec in, DIR/crates out); default: this one";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    // `--root DIR` may come anywhere after `codegen`; take it out first.
    let (root, args) = match args.iter().position(|a| *a == "--root") {
        Some(i) => match args.get(i + 1) {
            Some(dir) if !dir.starts_with("--") => {
                let mut rest = args.clone();
                rest.drain(i..=i + 1);
                (PathBuf::from(dir), rest)
            }
            _ => {
                eprintln!("error: --root needs a directory\n\n{USAGE}");
                return ExitCode::from(2);
            }
        },
        None => (repo_root(), args),
    };
    match args.as_slice() {
        ["codegen"] => codegen(&root, false),
        ["codegen", "--check"] => codegen(&root, true),
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

fn codegen(root: &Path, check: bool) -> ExitCode {
    let started = Instant::now();
    let output = match codegen::generate(root) {
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
        match codegen::write::check(root, &output) {
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
        match codegen::write::write(root, &output) {
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
