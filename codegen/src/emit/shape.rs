//! The `static` shape tables (see the `sdk-shape` crate) that let the runtime, the CLI and the
//! mock server follow the documentation without per-action code.

use proc_macro2::TokenStream;
use quote::quote;

use super::{ident, lit};
use crate::ir::{Action, Member, Protocol, Rule, Service, Ty, TypeDef, TypeKind, Variant};

fn opt_str(v: &Option<String>) -> TokenStream {
    match v {
        Some(s) => quote!(Some(#s)),
        None => quote!(None),
    }
}

fn opt<T: quote::ToTokens>(v: Option<T>) -> TokenStream {
    match v {
        Some(x) => quote!(Some(#x)),
        None => quote!(None),
    }
}

fn kind(s: &Service, ty: &Ty) -> TokenStream {
    match ty {
        Ty::String => quote!(sdk_shape::Kind::String),
        Ty::DateTime => quote!(sdk_shape::Kind::DateTime),
        Ty::Crontab => quote!(sdk_shape::Kind::Crontab),
        Ty::Int32 => quote!(sdk_shape::Kind::Int32),
        Ty::Int64 => quote!(sdk_shape::Kind::Int64),
        Ty::Uint64 => quote!(sdk_shape::Kind::Uint64),
        Ty::Number => quote!(sdk_shape::Kind::Number),
        Ty::Boolean => quote!(sdk_shape::Kind::Boolean),
        Ty::Enum(i) => {
            let m = ident(&s.types[*i].snake);
            quote!(sdk_shape::Kind::Enum(&crate::types::#m::SHAPE))
        }
        Ty::Struct(i) => {
            let m = ident(&s.types[*i].snake);
            quote!(sdk_shape::Kind::Struct(&crate::types::#m::SHAPE))
        }
    }
}

/// A member as what differs from `MemberShape::BASE`; the wire name, flag, type and
/// description are always written, so each entry reads on its own.
fn member(s: &Service, m: &Member) -> TokenStream {
    let name = &m.wire;
    let flag = &m.kebab;
    let k = kind(s, &m.ty);
    let description = lit(m.description.trim());
    let mut facts = Vec::new();
    for (set, field) in [
        (m.list, quote!(list)),
        (m.required, quote!(required)),
        (m.nullable, quote!(nullable)),
        (m.base64, quote!(base64)),
    ] {
        if set {
            facts.push(quote!(#field: true,));
        }
    }
    if let Some(d) = &m.default {
        let d = d.to_string();
        facts.push(quote!(default: Some(#d),));
    }
    if let Some(v) = m.minimum {
        facts.push(quote!(minimum: Some(#v),));
    }
    if let Some(v) = m.maximum {
        facts.push(quote!(maximum: Some(#v),));
    }
    if let Some(v) = m.max_items {
        facts.push(quote!(max_items: Some(#v),));
    }
    if let Some(f) = &m.filters {
        let max_values = opt(f.max_values);
        let names = f.names.iter().map(|(n, d)| {
            let d = lit(d.trim());
            quote!(sdk_shape::FilterName { name: #n, description: #d })
        });
        facts.push(quote!(filter: Some(&sdk_shape::FilterShape { max_values: #max_values, names: &[#(#names),*] }),));
    }
    quote! {
        sdk_shape::MemberShape {
            name: #name,
            flag: #flag,
            kind: #k,
            description: #description,
            #(#facts)*
            ..sdk_shape::MemberShape::BASE
        }
    }
}

fn rules(rules: &[Rule]) -> TokenStream {
    let rules = rules.iter().map(|r| match r {
        Rule::MutuallyExclusive(names) => {
            quote!(sdk_shape::Rule::MutuallyExclusive(&[#(#names),*]))
        }
        Rule::RequiredIf(r) => {
            let (member, when, equals) = (&r.member, &r.when, &r.equals);
            quote!(sdk_shape::Rule::RequiredIf { member: #member, when: #when, equals: #equals })
        }
    });
    quote!(&[#(#rules),*])
}

/// `pub static SHAPE: StructShape` for a data type.
pub fn struct_static(s: &Service, index: usize) -> TokenStream {
    let t = &s.types[index];
    let TypeKind::Struct(members) = &t.kind else {
        return TokenStream::new();
    };
    let name = &t.name;
    let description = lit(t.description.trim());
    let members = members.iter().map(|m| member(s, m));
    let rules = rules(&t.rules);
    quote! {
        /// The documented shape of this type, for validation, the CLI and the mock server.
        pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
            name: #name,
            description: #description,
            members: &[#(#members),*],
            rules: #rules,
        };
    }
}

/// `pub static SHAPE: EnumShape` for an enum type.
pub fn enum_static(t: &TypeDef, variants: &[Variant]) -> TokenStream {
    let name = &t.name;
    let description = lit(t.description.trim());
    let values = variants.iter().map(|v| {
        let w = &v.wire;
        let d = lit(v.description.trim());
        quote!(sdk_shape::EnumValue { value: #w, description: #d })
    });
    quote! {
        /// The documented values of this enum.
        pub static SHAPE: sdk_shape::EnumShape = sdk_shape::EnumShape {
            name: #name,
            description: #description,
            values: &[#(#values),*],
        };
    }
}

/// `pub static SHAPE: ActionShape` for an action.
pub fn action_static(s: &Service, a: &Action) -> TokenStream {
    let name = &a.name;
    let command = &a.kebab;
    let description = lit(a.description.trim());
    let rate_limit = opt(a.rate_limit);
    let region_required = a.region_required;
    let read_only = a.read_only;
    let input = a.input.iter().map(|m| member(s, m));
    let output = a.output.iter().map(|m| member(s, m));
    let rules = rules(&a.rules);
    let errors = a.errors.iter().map(|e| {
        let c = &e.code;
        let d = lit(e.description.trim());
        quote!(sdk_shape::ErrorShape { code: #c, description: #d })
    });
    let examples = a.examples.iter().map(|e| {
        let title = lit(&e.title);
        let description = lit(&e.description);
        let request = e
            .request
            .as_ref()
            .map(|r| serde_json::to_string_pretty(r).unwrap_or_default())
            .unwrap_or_default();
        let request = lit(&request);
        let response = lit(&serde_json::to_string_pretty(&e.response).unwrap_or_default());
        quote! {
            sdk_shape::ExampleShape {
                title: #title,
                description: #description,
                request: #request,
                response: #response,
            }
        }
    });
    let pagination = match &a.pagination {
        Some(p) => {
            let items = &a.output[p.items].wire;
            let total = &a.output[p.total].wire;
            quote!(Some(sdk_shape::Pagination { offset: "Offset", limit: "Limit", total: #total, items: #items }))
        }
        None => quote!(None),
    };
    quote! {
        /// The documented facts of this action: members, limits, rules, errors, examples.
        pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
            name: #name,
            command: #command,
            description: #description,
            rate_limit: #rate_limit,
            region_required: #region_required,
            read_only: #read_only,
            input: &[#(#input),*],
            output: &[#(#output),*],
            rules: #rules,
            errors: &[#(#errors),*],
            examples: &[#(#examples),*],
            pagination: #pagination,
        };
    }
}

/// `pub static SERVICE: ServiceShape` for the crate root.
pub fn service_static(s: &Service) -> TokenStream {
    let name = &s.name;
    let title = &s.title;
    let version = &s.version;
    let protocol = match s.protocol {
        Protocol::Tc3Json => quote!(sdk_shape::Protocol::Tc3Json),
        Protocol::Acs3Rpc => quote!(sdk_shape::Protocol::Acs3Rpc),
    };
    let endpoints = s
        .endpoints
        .iter()
        .map(|(h, d)| quote!(sdk_shape::Endpoint { host: #h, description: #d }));
    let regional = opt_str(&s.regional_endpoint);
    let c = &s.credentials;
    let (id_env, secret_env, token_env, profile_file) =
        (&c.id_env, &c.secret_env, &c.token_env, &c.profile_file);
    let region_env = opt_str(&c.region_env);
    let shapes = |codes: &[crate::ir::ErrorCode]| -> Vec<TokenStream> {
        codes
            .iter()
            .map(|e| {
                let code = &e.code;
                let d = lit(e.description.trim());
                quote!(sdk_shape::ErrorShape { code: #code, description: #d })
            })
            .collect()
    };
    let common = shapes(&s.common_errors);
    let own = shapes(&s.service_errors);
    let actions = s.actions.iter().map(|a| {
        let m = ident(&a.snake);
        quote!(&actions::#m::SHAPE)
    });
    let waiters = super::waiters::shape_list(s);
    quote! {
        /// The documented facts of the service: protocol, endpoints, credentials and actions.
        pub static SERVICE: sdk_shape::ServiceShape = sdk_shape::ServiceShape {
            name: #name,
            title: #title,
            version: #version,
            protocol: #protocol,
            endpoints: &[#(#endpoints),*],
            regional_endpoint: #regional,
            credentials: sdk_shape::CredentialSources {
                id_env: #id_env,
                secret_env: #secret_env,
                token_env: #token_env,
                region_env: #region_env,
                profile_file: #profile_file,
            },
            common_errors: &[#(#common),*],
            service_errors: &[#(#own),*],
            actions: &[#(#actions),*],
            waiters: #waiters,
        };
    }
}
