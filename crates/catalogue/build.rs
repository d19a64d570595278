//! Which shape data the crate includes: `shapes.bin` beside this file (what `cargo xtask
//! codegen` writes from the committed spec), or the files `CLOUDCMD_SHAPES` lists, separated
//! as `PATH` is (whole catalogues, written by `cargo xtask catalogue --shapes FILE`:
//! Tencent's and Alibaba's; `scripts/build-full-cli.sh` sets it). The bytes are included by
//! `include_bytes!` in a list this script writes; nothing is copied.

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=CLOUDCMD_SHAPES");
    let files: Vec<PathBuf> = match std::env::var_os("CLOUDCMD_SHAPES") {
        Some(list) if !list.is_empty() => std::env::split_paths(&list).collect(),
        _ => vec![PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("shapes.bin")],
    };
    let mut list = String::from("&[\n");
    for path in &files {
        if !path.is_absolute() {
            fail(&format!(
                "CLOUDCMD_SHAPES: {} must be an absolute path",
                path.display()
            ));
        }
        if !path.is_file() {
            fail(&format!(
                "no shape data at {}: run `cargo xtask codegen`, or list in CLOUDCMD_SHAPES files `cargo xtask catalogue --shapes` wrote",
                path.display()
            ));
        }
        let Some(text) = path.to_str() else {
            fail(&format!("CLOUDCMD_SHAPES: {} is not UTF-8", path.display()));
        };
        println!("cargo:rerun-if-changed={text}");
        list.push_str(&format!("    include_bytes!({text:?}),\n"));
    }
    list.push_str("]\n");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    if let Err(e) = std::fs::write(out.join("files.rs"), list) {
        fail(&format!(
            "cannot write {}: {e}",
            out.join("files.rs").display()
        ));
    }
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(1);
}
