//! `src/service.rs` of a model crate: the service's shape table (protocol, endpoints,
//! credentials, actions), read by the runtime, the CLI and the mock.

use quote::quote;

use crate::emit::{render_with, shape, slot, GeneratedFile};
use crate::ir::Service;

use super::crate_dir;

pub(super) fn service_rs(s: &Service) -> Result<GeneratedFile, String> {
    let slot = slot();
    let tokens = quote! {
        //! The service's shape table: protocol, endpoints, credentials and actions.
        use crate::actions;
        #slot
    };
    render_with(
        format!("{}/src/service.rs", crate_dir(s)),
        &s.file,
        tokens,
        [shape::service_static(s)],
    )
}
