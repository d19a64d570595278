//! Spec loading: the generator fed a hostile spec file among the real ones.
//!
//! The real tree is read once (`codegen::load::read_spec_tree`). Input: bytes 0 and 1 (a
//! little-endian `u16`, so every one of several hundred files can be picked) pick what the
//! rest (lossily UTF-8) becomes: with `n` real files, `0..n` replaces file `i` (sorted by
//! path), `n` adds an action file to TAT, `n + 1` a type file, `n + 2` a `service.json` of a
//! new service, `n + 3` an action file of eflo-controller. Then the generator runs on the
//! files in memory: `codegen::resolve` (parse, validate), and when that accepts them, the
//! model and client emitters (token streams formatted by prettyplease) of the service the
//! input touched, which is `codegen::generate_from` restricted to that service.
//!
//! Property: never panics; a spec is either refused with located errors (each naming a
//! file) or generates code, and then the emitters never report an internal error (they
//! parse what they produce before formatting it).
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use codegen::{load, SourceFile};
use libfuzzer_sys::fuzz_target;

static FILES: OnceLock<Vec<SourceFile>> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let real = FILES.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        load::read_spec_tree(&root).expect("the spec tree reads")
    });
    let [low, high, rest @ ..] = data else {
        return;
    };
    let which = u16::from_le_bytes([*low, *high]);
    let text = String::from_utf8_lossy(rest).into_owned();
    let n = real.len();
    let mut files = real.clone();
    let path = match which as usize % (n + 4) {
        i if i < n => {
            files[i].text = text;
            files[i].path.clone()
        }
        i => {
            let path = match i - n {
                0 => "spec/tat/2020-10-28/actions/FuzzAction.json",
                1 => "spec/tat/2020-10-28/types/FuzzType.json",
                2 => "spec/fuzz/2020-01-01/service.json",
                _ => "spec/eflo-controller/2022-12-15/actions/FuzzAction.json",
            };
            files.push(SourceFile {
                path: path.to_owned(),
                text,
            });
            files.sort_by(|a, b| a.path.cmp(&b.path));
            path.to_owned()
        }
    };
    match codegen::resolve(&files) {
        Ok(services) => {
            // What `generate_from` does next, for the service the input touched only
            // (emitting and formatting both services takes ~4x longer per execution).
            for service in services.iter().filter(|s| path.starts_with(&s.dir)) {
                codegen::emit::model::emit(service).unwrap_or_else(|e| panic!("{e}"));
                codegen::emit::client::emit(service).unwrap_or_else(|e| panic!("{e}"));
            }
        }
        Err(errors) => {
            assert!(!errors.0.is_empty(), "refused without an error ({path})");
            for e in &errors.0 {
                assert!(!e.file.is_empty(), "an error without its file: {e}");
            }
            let _ = errors.to_string();
        }
    }
});
