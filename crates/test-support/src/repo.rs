//! The repository the tests run in, and copies of its folders for tests that edit them (a
//! spec broken on purpose, a scratch repository to update).

use std::fs;
use std::path::{Path, PathBuf};

/// The workspace root: `spec/`, `scripts/`, `target/` are found from here whichever package's
/// tests ask.
pub fn repo() -> PathBuf {
    // This crate is `crates/test-support`, two levels below the root.
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .expect("the workspace root")
        .to_path_buf()
}

/// Copy a folder and everything in it.
pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap_or_else(|e| panic!("{}: {e}", to.display()));
    let entries = fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display()));
    for entry in entries.flatten() {
        let path = entry.path();
        let target = to.join(entry.file_name());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            fs::copy(&path, &target).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        }
    }
}
