//! The `static` shape tables (see the `sdk-shape` crate) that let the runtime, the CLI and the
//! mock server follow the documentation without per-action code. They are built as syn nodes
//! ([`super::data`]), not tokens: they are pure data, and a third of the generated lines.

use proc_macro2::Literal;
use syn::{Expr, Item};

use super::data::{
    boolean, call, doc_text, number, option, path, public_static, reference, slice, some,
    static_ref, structure, text,
};
use crate::ir::{
    Action, AnswerBody, BodyEncoding, Doc, Http, Location, Member, Protocol, Rule, Service, Style,
    Ty, TypeDef, Variant,
};
use crate::spec::RuleValueSpec;

fn kind(s: &Service, ty: &Ty) -> Expr {
    let shape_of = |i: usize| static_ref(&["crate", "types", s.types[i].snake.as_str(), "SHAPE"]);
    match ty {
        Ty::String => path("sdk_shape::Kind::String"),
        Ty::DateTime => path("sdk_shape::Kind::DateTime"),
        Ty::Crontab => path("sdk_shape::Kind::Crontab"),
        Ty::Int32 => path("sdk_shape::Kind::Int32"),
        Ty::Int64 => path("sdk_shape::Kind::Int64"),
        Ty::Uint64 => path("sdk_shape::Kind::Uint64"),
        Ty::Number => path("sdk_shape::Kind::Number"),
        Ty::Boolean => path("sdk_shape::Kind::Boolean"),
        Ty::Json => path("sdk_shape::Kind::Json"),
        Ty::Enum(i) => call("sdk_shape::Kind::Enum", [shape_of(*i)]),
        Ty::Struct(i) => call(
            "sdk_shape::Kind::Struct",
            [call("sdk_shape::StructRef::to", [shape_of(*i)])],
        ),
    }
}

/// A member as what differs from `MemberShape::BASE`; the wire name, flag, type and
/// description are always written, so each entry reads on its own.
fn member(s: &Service, m: &Member) -> Expr {
    let mut fields = vec![
        ("name", text(&m.wire)),
        ("flag", text(&m.kebab)),
        ("kind", kind(s, &m.ty)),
        ("description", doc_text(&m.description)),
    ];
    for (set, field) in [
        (m.list, "list"),
        (m.required, "required"),
        (m.nullable, "nullable"),
        (m.base64, "base64"),
    ] {
        if set {
            fields.push((field, boolean(true)));
        }
    }
    if let Some(d) = &m.default {
        fields.push(("default", some(text(&d.to_string()))));
    }
    // An object's example is not kept: its members' own examples say the same, member by
    // member, and the mock builds objects from those.
    if let (Some(e), false) = (&m.example, matches!(m.ty, Ty::Struct(_))) {
        fields.push(("example", some(text(&e.to_string()))));
    }
    let int = |v: i64| number(Literal::i64_suffixed(v));
    let count = |v: u32| number(Literal::u32_suffixed(v));
    if let Some(v) = m.minimum {
        fields.push(("minimum", some(int(v))));
    }
    if let Some(v) = m.maximum {
        fields.push(("maximum", some(int(v))));
    }
    if let Some(v) = m.max_items {
        fields.push(("max_items", some(count(v))));
    }
    if let Some(f) = &m.filters {
        let names = f.names.iter().map(|n| {
            structure(
                "sdk_shape::FilterName",
                [
                    ("name", text(&n.wire)),
                    ("description", doc_text(&n.description)),
                ],
                None,
            )
        });
        let filter = structure(
            "sdk_shape::FilterShape",
            [
                ("max_values", option(f.max_values, count)),
                ("names", slice(names)),
            ],
            None,
        );
        fields.push(("filter", some(reference(filter))));
    }
    // A request member's place: written where it is not the body, the `BASE` one.
    let location = match m.location {
        None | Some(Location::Body) => None,
        Some(Location::Query) => Some("sdk_shape::Location::Query"),
        Some(Location::Path) => Some("sdk_shape::Location::Path"),
        Some(Location::Header) => Some("sdk_shape::Location::Header"),
    };
    if let Some(location) = location {
        fields.push(("location", path(location)));
    }
    if let Some(style) = m.style {
        let style = match style {
            Style::Json => "sdk_shape::Style::Json",
            Style::Simple => "sdk_shape::Style::Simple",
        };
        fields.push(("style", some(path(style))));
    }
    structure(
        "sdk_shape::MemberShape",
        fields,
        Some("sdk_shape::MemberShape::BASE"),
    )
}

fn rules(rules: &[Rule]) -> Expr {
    slice(rules.iter().map(|r| match r {
        Rule::MutuallyExclusive(names) => call(
            "sdk_shape::Rule::MutuallyExclusive",
            [slice(names.iter().map(|n| text(n)))],
        ),
        Rule::RequiredIf(r) => structure(
            "sdk_shape::Rule::RequiredIf",
            [
                ("member", text(&r.member)),
                ("when", text(&r.when)),
                ("equals", rule_value(&r.equals)),
            ],
            None,
        ),
    }))
}

/// `sdk_shape::RuleValue::String("RECURRENCE")`, `::Integer(1i64)`, `::Number(1.5f64)`,
/// `::Boolean(false)`: the value of the member's type, as `resolve` checked it.
fn rule_value(v: &RuleValueSpec) -> Expr {
    match v {
        RuleValueSpec::String(s) => call("sdk_shape::RuleValue::String", [text(s)]),
        RuleValueSpec::Integer(i) => call(
            "sdk_shape::RuleValue::Integer",
            [number(Literal::i64_suffixed(*i))],
        ),
        RuleValueSpec::Number(x) => call(
            "sdk_shape::RuleValue::Number",
            [number(Literal::f64_suffixed(*x))],
        ),
        RuleValueSpec::Boolean(b) => call("sdk_shape::RuleValue::Boolean", [boolean(*b)]),
    }
}

fn error_shapes<'a>(codes: impl IntoIterator<Item = (&'a str, &'a Doc)>) -> Expr {
    slice(codes.into_iter().map(|(code, description)| {
        structure(
            "sdk_shape::ErrorShape",
            [("code", text(code)), ("description", doc_text(description))],
            None,
        )
    }))
}

/// `pub static SHAPE: StructShape` for a data type.
pub fn struct_static(s: &Service, t: &TypeDef, members: &[Member]) -> Item {
    let value = structure(
        "sdk_shape::StructShape",
        [
            ("name", text(&t.name)),
            ("description", doc_text(&t.description)),
            ("members", slice(members.iter().map(|m| member(s, m)))),
            ("rules", rules(&t.rules)),
        ],
        None,
    );
    public_static(
        "The documented shape of this type, for validation, the CLI and the mock server.",
        "SHAPE",
        "sdk_shape::StructShape",
        value,
    )
}

/// `pub static SHAPE: EnumShape` for an enum type.
pub fn enum_static(t: &TypeDef, variants: &[Variant]) -> Item {
    let values = variants.iter().map(|v| {
        structure(
            "sdk_shape::EnumValue",
            [
                ("value", text(&v.wire)),
                ("description", doc_text(&v.description)),
            ],
            None,
        )
    });
    let value = structure(
        "sdk_shape::EnumShape",
        [
            ("name", text(&t.name)),
            ("description", doc_text(&t.description)),
            ("values", slice(values)),
        ],
        None,
    );
    public_static(
        "The documented values of this enum.",
        "SHAPE",
        "sdk_shape::EnumShape",
        value,
    )
}

/// `&HttpBinding { .. }` of an action bound to its own method and path.
fn http(h: &Http) -> Expr {
    let body = match h.body {
        BodyEncoding::Form => "sdk_shape::BodyEncoding::Form",
        BodyEncoding::Json => "sdk_shape::BodyEncoding::Json",
    };
    let answer = match h.answer {
        AnswerBody::Json => "sdk_shape::AnswerBody::Json",
        AnswerBody::None => "sdk_shape::AnswerBody::None",
    };
    reference(structure(
        "sdk_shape::HttpBinding",
        [
            ("method", text(&h.method)),
            ("path", text(&h.path)),
            ("body", path(body)),
            ("answer", path(answer)),
        ],
        None,
    ))
}

/// `pub static SHAPE: ActionShape` for an action.
pub fn action_static(s: &Service, a: &Action) -> Item {
    let examples = a.examples.iter().map(|e| {
        let request = e
            .request
            .as_ref()
            .map(|r| serde_json::to_string_pretty(r).unwrap_or_default())
            .unwrap_or_default();
        let response = serde_json::to_string_pretty(&e.response).unwrap_or_default();
        structure(
            "sdk_shape::ExampleShape",
            [
                ("title", doc_text(&e.title)),
                ("description", doc_text(&e.description)),
                ("request", text(&request)),
                ("response", text(&response)),
            ],
            None,
        )
    });
    let pagination = option(a.pagination.as_ref(), |p| {
        structure(
            "sdk_shape::Pagination",
            [
                ("offset", text("Offset")),
                ("limit", text("Limit")),
                ("total", text(&a.output[p.total].wire)),
                ("items", text(&a.output[p.items].wire)),
            ],
            None,
        )
    });
    let value = structure(
        "sdk_shape::ActionShape",
        [
            ("name", text(&a.name)),
            ("command", text(&a.kebab)),
            ("description", doc_text(&a.description)),
            (
                "rate_limit",
                option(a.rate_limit, |v| number(Literal::u32_suffixed(v))),
            ),
            ("region_required", boolean(a.region_required)),
            ("read_only", boolean(a.read_only)),
            ("input", slice(a.input.iter().map(|m| member(s, m)))),
            ("output", slice(a.output.iter().map(|m| member(s, m)))),
            ("rules", rules(&a.rules)),
            (
                "errors",
                error_shapes(a.errors.iter().map(|e| (e.code.as_str(), &e.description))),
            ),
            ("examples", slice(examples)),
            ("pagination", pagination),
            ("http", option(a.http.as_ref(), http)),
        ],
        None,
    );
    public_static(
        "The documented facts of this action: members, limits, rules, errors, examples.",
        "SHAPE",
        "sdk_shape::ActionShape",
        value,
    )
}

/// `pub static SERVICE: ServiceShape` for the crate root.
pub fn service_static(s: &Service) -> Item {
    let protocol = match s.protocol {
        Protocol::Tc3Json => path("sdk_shape::Protocol::Tc3Json"),
        Protocol::Acs3Rpc => path("sdk_shape::Protocol::Acs3Rpc"),
        Protocol::Acs3Roa => path("sdk_shape::Protocol::Acs3Roa"),
    };
    let endpoints = s.endpoints.iter().map(|(h, d)| {
        structure(
            "sdk_shape::Endpoint",
            [("host", text(h)), ("description", text(d))],
            None,
        )
    });
    let c = &s.credentials;
    let credentials = structure(
        "sdk_shape::CredentialSources",
        [
            ("id_env", text(&c.id_env)),
            ("secret_env", text(&c.secret_env)),
            ("token_env", text(&c.token_env)),
            ("region_env", option(c.region_env.as_deref(), text)),
            ("profile_file", text(&c.profile_file)),
        ],
        None,
    );
    let codes = |codes: &'_ [crate::ir::ErrorCode]| {
        error_shapes(codes.iter().map(|e| (e.code.as_str(), &e.description)))
    };
    let actions = s
        .actions
        .iter()
        .map(|a| static_ref(&["actions", a.snake.as_str(), "SHAPE"]));
    let value = structure(
        "sdk_shape::ServiceShape",
        [
            ("name", text(&s.name)),
            ("title", text(&s.title)),
            ("version", text(&s.version)),
            ("protocol", protocol),
            ("endpoints", slice(endpoints)),
            (
                "regional_endpoint",
                option(s.regional_endpoint.as_deref(), text),
            ),
            (
                "endpoint_map",
                slice(s.endpoint_map.iter().map(|(region, host)| {
                    structure(
                        "sdk_shape::RegionHost",
                        [("region", text(region)), ("host", text(host))],
                        None,
                    )
                })),
            ),
            ("credentials", credentials),
            ("common_errors", codes(&s.common_errors)),
            ("service_errors", codes(&s.service_errors)),
            ("actions", slice(actions)),
            ("waiters", super::model::waiters::shape_list(s)),
        ],
        None,
    );
    public_static(
        "The documented facts of the service: protocol, endpoints, credentials and actions.",
        "SERVICE",
        "sdk_shape::ServiceShape",
        value,
    )
}
