//! `src/each.rs` of a model crate: `for_each_action!` and `for_each_enum!`.

use quote::quote;

use crate::emit::{ident, render, GeneratedFile};
use crate::ir::{Service, TypeKind};

use super::crate_dir;

/// `for_each_action!` and `for_each_enum!`: the service's actions and enums for code that is
/// generic over them (tests, benches), so no hand-written list can fall behind the spec.
pub(super) fn each_rs(s: &Service) -> Result<GeneratedFile, String> {
    let actions = s.actions.iter().map(|a| {
        let (n, m) = (ident(&a.marker), ident(&a.snake));
        quote!($m!($($($args)*,)? $crate::actions::#m::#n);)
    });
    let enums = s
        .types
        .iter()
        .filter(|t| matches!(t.kind, TypeKind::Enum(_)))
        .map(|t| {
            let n = ident(&t.name);
            quote!($m!($($($args)*,)? $crate::types::#n, $crate::types::#n::SHAPE);)
        });
    let tokens = quote! {
        //! Macros naming every action and every enum of the service, for code generic over
        //! them (the `sdk-services` crate and the tests); hidden from the documentation, as
        //! they are not the crate's API.

        /// Calls `$m!(Action)` once for every action marker type of the service, in name order.
        /// `for_each_action!(m, args...)` calls `m!(args..., Action)`: `sdk-services` passes
        /// the service this way.
        #[doc(hidden)]
        #[macro_export]
        macro_rules! for_each_action {
            ($m:ident $(, $($args:tt)*)?) => { #(#actions)* };
        }

        /// Calls `$m!(Enum, SHAPE)` once for every enum type of the service with its shape,
        /// in name order; `for_each_enum!(m, args...)` calls `m!(args..., Enum, SHAPE)`.
        #[doc(hidden)]
        #[macro_export]
        macro_rules! for_each_enum {
            ($m:ident $(, $($args:tt)*)?) => { #(#enums)* };
        }
    };
    render(format!("{}/src/each.rs", crate_dir(s)), &s.dir, tokens)
}
