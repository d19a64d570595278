//! `cargo xtask codegen [--check] [--root DIR]`: regenerate the crates from `spec/`, or check
//! that the committed output is current. `cargo xtask import FILE...`: vendor pages and
//! metadata into `spec/`. `cargo xtask changes`: the API change report. `cargo xtask update`:
//! a vendor release in one step. Thin on purpose: all the work is in the `codegen` and
//! `importer` libraries.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// Generation builds and drops millions of small token trees and strings on every core;
/// glibc's allocator took about a third of the time of a whole-catalogue run, mimalloc a
/// fraction of that (the catalogue's import and generation about 35% faster).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "usage: cargo xtask <codegen|import|changes|update|catalogue> [options]

  codegen [--check]      regenerate spec/schema.json and the generated crates from spec/;
                         with --check write nothing and fail listing every stale, missing or
                         extra file
  import FILE...         read vendor pages (Tencent en/zh, Alibaba zh, captured as text),
                         Tencent API metadata (tccli's api.json) and a service's own error
                         codes (the Python SDK's errorcodes.py) into spec/
      --force            import over a newer source
      --service S/V      the service and version, for pages that name neither (Alibaba)
  catalogue DIR...       import every `api.json` under DIR (tccli's `services` folder), or
                         every unpacked Alibaba SDK package in DIR, and
                         generate from it, in memory, writing nothing: every service version
                         must import and generate; prints the counts, the renamed types, the
                         sentences left as prose, the examples repaired and left out, the
                         actions without an example, the times and a digest of the output.
                         Several DIRs of one package (releases, oldest first) are imported
                         one over the other: the digest is the last one's alone. DIRs of
                         different packages (tccli's and tccli-intl-en's `services`) are a
                         union: each package on its own, then every service version of any,
                         one in several getting each input, Chinese first
      --shapes FILE      also write the shape data of the catalogue's services (the newest
                         version of each) to FILE: what `cloudcmd` includes when built with
                         CLOUDCMD_SHAPES=FILE (scripts/build-full-cli.sh)
  changes                compare the spec at a git revision with the spec on disk
      --base REV         the revision to compare with (default: HEAD)
      --format markdown|json
      --fail-on breaking exit 1 when any change is breaking
  update [NAME[==VERSION]...]
                         move the pinned vendor metadata (scripts/metadata-pins.txt; no NAME:
                         every package) to VERSION or the newest release, import every spec
                         folder that came from it again, bump each changed service's crates by
                         the change report's verdict, write their CHANGELOG.md entries,
                         regenerate, and print the report
      --force            move to an older release
      --dry-run          write nothing; print what would be written
      --date YYYY-MM-DD  the changelog entries' date (default: today, UTC)
  --root DIR             the repository to work on (DIR/spec in, DIR/crates out); default: this one";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut args: Vec<&str> = args.iter().map(String::as_str).collect();
    // `--root DIR` may come anywhere; take it out first.
    let root = match take_value(&mut args, "--root") {
        Ok(Some(dir)) => PathBuf::from(dir),
        Ok(None) => repo_root(),
        Err(_) => return usage_error("--root needs a directory"),
    };
    match args.first().copied() {
        Some("codegen") => match &args[1..] {
            [] => codegen(&root, false),
            ["--check"] => codegen(&root, true),
            rest => usage_error(&format!("unexpected arguments {rest:?}")),
        },
        Some("import") => import(&root, &args[1..]),
        Some("changes") => changes(&root, &args[1..]),
        Some("update") => update(&root, &args[1..]),
        Some("catalogue") => match &args[1..] {
            [flag, file, dirs @ ..] if *flag == "--shapes" && !dirs.is_empty() => catalogue(
                &dirs.iter().map(PathBuf::from).collect::<Vec<_>>(),
                Some(Path::new(file)),
            ),
            [flag, ..] if *flag == "--shapes" => {
                usage_error("catalogue --shapes needs a FILE and at least one DIR")
            }
            [] => usage_error("catalogue needs at least one DIR"),
            dirs => catalogue(&dirs.iter().map(PathBuf::from).collect::<Vec<_>>(), None),
        },
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => usage_error(&format!("unexpected arguments {args:?}")),
    }
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("error: {message}\n\n{USAGE}");
    ExitCode::from(2)
}

/// Remove `flag VALUE` from the arguments and return the value.
fn take_value<'a>(args: &mut Vec<&'a str>, flag: &str) -> Result<Option<&'a str>, String> {
    let Some(i) = args.iter().position(|a| *a == flag) else {
        return Ok(None);
    };
    match args.get(i + 1) {
        Some(v) if !v.starts_with("--") => {
            let v = *v;
            args.drain(i..=i + 1);
            Ok(Some(v))
        }
        _ => Err(format!("{flag} needs a value")),
    }
}

fn take_flag(args: &mut Vec<&str>, flag: &str) -> bool {
    let found = args.iter().position(|a| *a == flag);
    if let Some(i) = found {
        args.remove(i);
    }
    found.is_some()
}

fn import(root: &Path, args: &[&str]) -> ExitCode {
    let mut args = args.to_vec();
    let force = take_flag(&mut args, "--force");
    if args.contains(&"--language") {
        return usage_error(
            "--language is gone: the spec keeps the descriptions of both languages (spec/README.md, \"Languages\")",
        );
    }
    let service = match take_value(&mut args, "--service") {
        Ok(s) => s.map(str::to_owned),
        Err(e) => return usage_error(&e),
    };
    if let Some(flag) = args.iter().find(|a| a.starts_with("--")) {
        return usage_error(&format!("unknown option {flag} for import"));
    }
    if args.is_empty() {
        return usage_error("import needs at least one FILE");
    }
    let inputs: Vec<PathBuf> = args.iter().map(PathBuf::from).collect();
    let started = Instant::now();
    let opts = importer::ImportOptions { force, service };
    match importer::import(root, &inputs, &opts) {
        Ok(report) => {
            for line in &report.lines {
                println!("{line}");
            }
            println!(
                "{} input(s) read, {} spec file(s) written in {} ms",
                inputs.len(),
                report.written.len(),
                started.elapsed().as_millis()
            );
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for e in &errors {
                eprintln!("error: {e}");
            }
            eprintln!("error: nothing was written");
            ExitCode::FAILURE
        }
    }
}

fn changes(root: &Path, args: &[&str]) -> ExitCode {
    let mut args = args.to_vec();
    let (base, format, fail_on) = match (
        take_value(&mut args, "--base"),
        take_value(&mut args, "--format"),
        take_value(&mut args, "--fail-on"),
    ) {
        (Ok(b), Ok(f), Ok(x)) => (
            b.unwrap_or("HEAD").to_owned(),
            f.unwrap_or("markdown").to_owned(),
            x.map(str::to_owned),
        ),
        (Err(e), _, _) | (_, Err(e), _) | (_, _, Err(e)) => return usage_error(&e),
    };
    if !args.is_empty() {
        return usage_error(&format!("unexpected arguments for changes: {args:?}"));
    }
    if format != "markdown" && format != "json" {
        return usage_error(&format!("--format takes markdown or json, not `{format}`"));
    }
    if fail_on.as_deref().is_some_and(|f| f != "breaking") {
        return usage_error("--fail-on takes `breaking`");
    }
    let report = match importer::changes::compare_with_git(root, &base) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    if format == "json" {
        println!("{}", report.to_json());
    } else {
        print!("{}", report.to_markdown());
    }
    if fail_on.is_some() && report.has_breaking() {
        eprintln!("error: the change report lists breaking changes");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

fn update(root: &Path, args: &[&str]) -> ExitCode {
    let mut args = args.to_vec();
    let force = take_flag(&mut args, "--force");
    let dry_run = take_flag(&mut args, "--dry-run");
    let date = match take_value(&mut args, "--date") {
        Ok(d) => d.map(str::to_owned),
        Err(e) => return usage_error(&e),
    };
    if let Some(flag) = args.iter().find(|a| a.starts_with("--")) {
        return usage_error(&format!("unknown option {flag} for update"));
    }
    let targets = args
        .iter()
        .map(|a| match a.split_once("==") {
            Some((name, version)) => importer::update::Target {
                name: name.to_owned(),
                version: Some(version.to_owned()),
            },
            None => importer::update::Target {
                name: (*a).to_owned(),
                version: None,
            },
        })
        .collect();
    let opts = importer::update::UpdateOptions {
        targets,
        force,
        dry_run,
        date,
    };
    let done = match importer::update::update(root, &opts, &importer::update::Pip) {
        Ok(done) => done,
        Err(errors) => {
            for e in &errors {
                failed(e);
            }
            eprintln!("error: nothing was written");
            return ExitCode::FAILURE;
        }
    };
    for line in &done.import_lines {
        println!("{line}");
    }
    let would = if dry_run { "would be " } else { "" };
    for d in &done.files {
        match d {
            codegen::write::Drift::Stale(p) => println!("{would}updated {p}"),
            codegen::write::Drift::Missing(p) => println!("{would}created {p}"),
            codegen::write::Drift::Extra(p) => println!("{would}removed {p}"),
        }
    }
    if !done.moved.is_empty() {
        println!();
        print!("{}", done.report.to_markdown());
    }
    println!();
    print!("{}", done.summary());
    ExitCode::SUCCESS
}

/// Every `<service>/v<version>/api.json` under each of `dirs`: releases of one package one
/// over the other, or the union of several packages' catalogues, each package first on its
/// own.
fn catalogue(dirs: &[PathBuf], shapes: Option<&Path>) -> ExitCode {
    use importer::catalogue::{self, Plan};
    let plan = match catalogue::plan(dirs) {
        Ok(plan) => plan,
        Err(e) => return failed(&e),
    };
    let mut part_failures = 0;
    if plan == Plan::Union {
        for dir in catalogue::chinese_first(dirs) {
            let c = match catalogue::run(&dir) {
                Ok(c) => c,
                Err(e) => return failed(&e),
            };
            for p in &c.problems {
                eprintln!("error: {}: {p}", c.package);
            }
            let digest = match &c.output {
                Ok(o) => format!("output digest {}", o.digest()),
                Err(e) => {
                    part_failures += 1;
                    format!(
                        "not generated: {}",
                        e.to_string().lines().next().unwrap_or("")
                    )
                }
            };
            println!("{}: {}; {digest}", c.package, c.counts());
            // Freed before the union is imported, so the peak is one catalogue's, not three.
            drop(c);
        }
    }
    let run = match plan {
        Plan::Releases => catalogue::run_releases(dirs),
        Plan::Union => catalogue::run_union(dirs),
    };
    let c = match run {
        Ok(c) => c,
        Err(e) => return failed(&e),
    };
    for p in &c.problems {
        eprintln!("error: {p}");
    }
    let label = match plan {
        Plan::Releases => c.package.clone(),
        Plan::Union => format!("total ({})", c.package),
    };
    println!("{label}: {}", c.counts());
    if plan == Plan::Union {
        println!(
            "{} actions of an earlier package's metadata are not in a later one's of the same service version, so not in the union",
            c.actions_removed()
        );
    }
    println!(
        "{} service versions, {} actions, {} spec files: imported in {} ms",
        c.services,
        c.actions,
        c.spec_files,
        c.import_time.as_millis(),
    );
    // What a person should see by name: the renamed types, the sentences left as prose.
    if !c.renamed.is_empty() {
        println!("{} types renamed:", c.renamed.len());
        for l in &c.renamed {
            println!("  {l}");
        }
    }
    if !c.as_prose.is_empty() {
        println!("{} sentences left as prose:", c.as_prose.len());
        for l in &c.as_prose {
            println!("  {l}");
        }
    }
    // Alibaba product packages: what was left out, grouped by why, and what failed.
    let left: Vec<&str> = c
        .report
        .iter()
        .filter_map(|l| l.strip_prefix("left out: "))
        .collect();
    if !left.is_empty() {
        let mut why: std::collections::BTreeMap<String, usize> = Default::default();
        for l in &left {
            *why.entry(importer::catalogue::left_out_kind(l))
                .or_default() += 1;
        }
        println!("{} actions left out:", left.len());
        let mut why: Vec<_> = why.into_iter().collect();
        why.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        for (kind, n) in why {
            println!("  {n} {kind}");
        }
    }
    if !c.failed.is_empty() {
        println!("{} products failed:", c.failed.len());
        for f in &c.failed {
            println!("  {f}");
        }
    }
    if let Some((service, n)) = c.largest() {
        println!("largest service version: {service}, {n} actions");
    }
    let repaired: usize = c.repairs.values().sum();
    println!(
        "{} vendor examples kept; {repaired} faults repaired, {} examples or member values left out (no faithful reading)",
        c.examples,
        c.left_out.len()
    );
    for (kind, n) in &c.repairs {
        println!("  repaired: {n} {}", kind.name());
    }
    println!("{} actions without an example:", c.without_examples.len());
    // Alibaba's SDK packages document no examples at all: the list would be every action.
    for a in c.without_examples.iter().filter(|_| !c.alibaba) {
        println!("  {a}");
    }
    let output = match &c.output {
        Ok(o) => o,
        Err(e) => return failed(e),
    };
    let lines: usize = codegen::parallel::map(&output.files, |f| f.contents.lines().count())
        .iter()
        .sum();
    println!(
        "generated {} files, {lines} lines ({} per action), in {} ms; output digest {}",
        output.files.len(),
        lines / c.actions.max(1),
        c.generate_time.as_millis(),
        output.digest(),
    );
    if let Some(path) = shapes {
        let bytes: &[u8] = output.data.first().map_or(&[], |f| f.bytes.as_slice());
        if let Err(e) = std::fs::write(path, bytes) {
            return failed(&format!("--shapes {}: {e}", path.display()));
        }
        println!(
            "shape data of the newest version of each service: {} ({} bytes)",
            path.display(),
            bytes.len()
        );
    }
    let code = if c.problems.is_empty() && part_failures == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    };
    // The process ends here: freeing a gigabyte of spec and generated text one allocation at
    // a time took a few tenths of a second on one core, which the system does at exit for
    // nothing.
    std::mem::forget(c);
    code
}

/// One `error:` line per line of the message (the generator's, or a catalogue's).
fn failed(e: &dyn std::fmt::Display) -> ExitCode {
    for line in e.to_string().lines() {
        eprintln!("error: {line}");
    }
    ExitCode::FAILURE
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
        Err(e) => return failed(&e),
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
