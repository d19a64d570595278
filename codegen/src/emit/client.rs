//! The client crate of a service (written with the runtime's API; see issue of the client).

use crate::ir::Service;

use super::GeneratedFile;

/// Crate folder of a service's client crate.
pub fn crate_dir(s: &Service) -> String {
    format!("crates/{}-client", s.name)
}

/// Every file of the client crate (none yet).
pub fn emit(_s: &Service) -> Result<Vec<GeneratedFile>, String> {
    Ok(Vec::new())
}
