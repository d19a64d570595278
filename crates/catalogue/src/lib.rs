//! The services `cloudcmd` and the mock serve, as shape data (`sdk_shape::data`): the files
//! the generator writes, included in the binary as bytes.
//!
//! A build includes `shapes.bin` (the committed spec's services) unless `CLOUDCMD_SHAPES`
//! lists other files at build time (whole vendor catalogues: `scripts/build-full-cli.sh`).
//! Either way no model crate is compiled for a service: the binary's size and build time
//! grow with the data, and its start-up not at all, since only the index is read until a
//! command names a service.

use std::sync::OnceLock;

pub use sdk_shape::data::{Catalogue, DataError, Entry};

/// The included files.
pub static FILES: &[&[u8]] = include!(concat!(env!("OUT_DIR"), "/files.rs"));

/// The included files' services, their indexes read on the first call.
pub fn catalogue() -> Result<&'static Catalogue, &'static DataError> {
    static CATALOGUE: OnceLock<Result<Catalogue, DataError>> = OnceLock::new();
    CATALOGUE
        .get_or_init(|| Catalogue::read_all(FILES))
        .as_ref()
}
