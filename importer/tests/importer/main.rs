//! The importer's integration tests, one test binary: each file is a module, so the importer
//! and the generator are linked once for all of them. The tests that fetch vendor releases
//! from PyPI are `#[ignore = "network: ..."]`: `cargo test` runs offline and lists them as
//! ignored; `cargo test --workspace -- --include-ignored` (`.ci/run`) runs them too.

/// The allocator `cargo xtask` uses: generation is allocation-bound (a third faster), which
/// the whole-catalogue test feels most. One allocator per binary, so every module has it.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod support;

mod alibaba_sdk;
mod catalogue;
mod changes;
mod errorcodes;
mod history;
mod import;
mod languages;
mod metadata_pages;
mod update;
mod whole_catalogue;
