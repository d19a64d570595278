//! `src/errors.rs` of a model crate: the service's one `ErrorCode` enum (every common,
//! service and page code) and `ErrorFamily`, the dotted prefixes.

use quote::quote;

use crate::emit::{render, GeneratedFile};
use crate::ir::{Service, Variant};

use super::crate_dir;
use super::types::string_enum;

/// `errors.rs`: the service's one `ErrorCode` enum (every common, service and page code) and
/// the `ErrorFamily` of its dotted prefixes.
pub(super) fn errors_rs(s: &Service) -> Result<GeneratedFile, String> {
    let variants: Vec<Variant> = s
        .codes
        .iter()
        .map(|c| Variant {
            wire: c.code.clone(),
            ident: c.variant.clone(),
            description: crate::ir::Doc::one("en", &code_doc(c)),
        })
        .collect();
    let origin = match &s.service_errors_package {
        Some(p) => format!("the service's own codes ({p}), "),
        None if s.service_errors.is_empty() => String::new(),
        None => "the service's own codes, ".to_owned(),
    };
    let codes = string_enum(
        "ErrorCode",
        &format!(
            "An error code of {title}: the platform's common codes, {origin}and the codes \
             the action pages document, each once. Any action may return any of them; each \
             action's documentation lists the codes its page names.\n\n\
             `family()` gives the code's family (`AuthFailure` of \
             `AuthFailure.SignatureFailure`), to match a kind of error without strings.",
            title = s.title,
        ),
        &variants,
        &|v| v.description.docs().to_owned(),
        "A code the documentation does not list, kept verbatim.",
    );
    let families: Vec<Variant> = s
        .families
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let n = s.codes.iter().filter(|c| c.family == i).count();
            Variant {
                wire: f.prefix.clone(),
                ident: f.variant.clone(),
                description: crate::ir::Doc::one(
                    "en",
                    &format!(
                        "The `{p}` family: `{p}` and `{p}.*` codes ({n} documented).",
                        p = f.prefix
                    ),
                ),
            }
        })
        .collect();
    let family = string_enum(
        "ErrorFamily",
        "The family of an error code: the part before its first dot, or the whole code \
         without one (`AuthFailure` for `AuthFailure.SignatureFailure` and for `AuthFailure`).",
        &families,
        &|v| v.description.docs().to_owned(),
        "A family the documentation does not list, kept verbatim.",
    );
    let tokens = quote! {
        //! The service's error codes: one enum for every action, and the families of codes.

        #codes

        impl ErrorCode {
            /// The code's family (`AuthFailure` for `AuthFailure.SignatureFailure`); a code
            /// the documentation does not list still gets its family from its prefix.
            pub fn family(&self) -> ErrorFamily {
                ErrorFamily::of(self.as_str())
            }
        }

        #family

        impl ErrorFamily {
            /// The family of a code given as text.
            pub fn of(code: &str) -> Self {
                Self::from(code.split_once('.').map_or(code, |(family, _)| family))
            }
        }
    };
    render(format!("{}/src/errors.rs", crate_dir(s)), &s.dir, tokens)
}

/// A variant's documentation: the code, its description, and the lists that name it.
fn code_doc(c: &crate::ir::ServiceCode) -> String {
    let mut from = Vec::new();
    if c.common {
        from.push("a common code of the platform".to_owned());
    }
    if c.service {
        from.push("one of the service's own codes".to_owned());
    }
    if !c.actions.is_empty() {
        let pages: Vec<String> = c.actions.iter().map(|a| format!("`{a}`")).collect();
        from.push(format!("documented by {}", pages.join(", ")));
    }
    let description = c.description.trim();
    let head = if description.is_empty() {
        format!("`{}` (documented without a description).", c.code)
    } else if !description.contains("\n\n") && crate::emit::rustdoc::starts_inline(description) {
        format!(
            "`{}`: {}.",
            c.code,
            description.trim_end_matches(['.', '。'])
        )
    } else {
        crate::emit::rustdoc::after(&format!("`{}`: ", c.code), description)
    };
    format!("{head}\n\n{}.", capitalize(&from.join("; ")))
}

fn capitalize(text: &str) -> String {
    let mut c = text.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
