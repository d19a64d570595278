//! The shape data `cloudcmd` and the mock serve (`sdk_shape::data`): every service's shape
//! tables as bytes, one file for the whole spec, written in the order `sdk_shape::data`
//! reads them. They are the tables the model crates' statics hold (`super::shape`), as data:
//! the CLI includes the file instead of compiling a model crate per service, so a build with
//! the whole catalogue compiles no more Rust than one with two services, and a command
//! decodes only the service it names. `cloudcmd`'s tests compare every decoded service with
//! its model crate's statics, field by field.

use sdk_shape::data::{Indexed, Scalar, Writer};

use crate::ir::{
    AcceptorState, AnswerBody, BodyEncoding, Comparator, Doc, Location, Matcher, Member, Protocol,
    Rule, Service, Style, Ty, TypeKind,
};
use crate::spec::RuleValueSpec;

/// Where the file lives: beside the hand-written crate that includes it.
pub const PATH: &str = "crates/catalogue/shapes.bin";

/// The newest version of each service (the CLI's commands and the mock's routes are by
/// service name), as one file.
pub fn emit(services: &[Service]) -> super::DataFile {
    super::DataFile {
        path: PATH.to_owned(),
        bytes: file(services),
    }
}

/// The bytes of the file for `services` (the newest version of each).
pub fn file(services: &[Service]) -> Vec<u8> {
    let indexed = crate::parallel::map(services, |s| {
        s.newest.then(|| Indexed {
            name: s.name.clone(),
            version: s.version.clone(),
            title: s.title.clone(),
            protocol: protocol(s.protocol),
            bytes: service(s),
        })
    });
    Writer::catalogue(indexed.into_iter().flatten().collect())
}

fn protocol(p: Protocol) -> sdk_shape::Protocol {
    match p {
        Protocol::Tc3Json => sdk_shape::Protocol::Tc3Json,
        Protocol::Acs3Rpc => sdk_shape::Protocol::Acs3Rpc,
        Protocol::Acs3Roa => sdk_shape::Protocol::Acs3Roa,
    }
}

/// Where each type is among the service's enums or among its object types.
struct Places {
    of_type: Vec<usize>,
}

fn service(s: &Service) -> Vec<u8> {
    let mut w = Writer::new();
    w.str(&s.name);
    w.str(&s.title);
    w.str(&s.version);
    w.protocol(protocol(s.protocol));
    w.count(s.endpoints.len());
    for (host, description) in &s.endpoints {
        w.str(host);
        w.str(description);
    }
    w.opt_str(s.regional_endpoint.as_deref());
    w.count(s.endpoint_map.len());
    for (region, host) in &s.endpoint_map {
        w.str(region);
        w.str(host);
    }
    let c = &s.credentials;
    w.str(&c.id_env);
    w.str(&c.secret_env);
    w.str(&c.token_env);
    w.opt_str(c.region_env.as_deref());
    w.str(&c.profile_file);
    for codes in [&s.common_errors, &s.service_errors] {
        w.count(codes.len());
        for e in codes {
            w.str(&e.code);
            text(&mut w, &e.description);
        }
    }
    let (mut enums, mut structs) = (0, 0);
    let places = Places {
        of_type: s
            .types
            .iter()
            .map(|t| {
                let counter = match t.kind {
                    TypeKind::Enum(_) => &mut enums,
                    TypeKind::Struct(_) => &mut structs,
                };
                *counter += 1;
                *counter - 1
            })
            .collect(),
    };
    w.count(enums);
    for t in &s.types {
        if let TypeKind::Enum(variants) = &t.kind {
            w.str(&t.name);
            text(&mut w, &t.description);
            w.count(variants.len());
            for v in variants {
                w.str(&v.wire);
                text(&mut w, &v.description);
            }
        }
    }
    w.count(structs);
    for t in &s.types {
        if let TypeKind::Struct(members) = &t.kind {
            w.str(&t.name);
            text(&mut w, &t.description);
            member_list(&mut w, &places, members);
            rules(&mut w, &t.rules);
        }
    }
    w.count(s.actions.len());
    for a in &s.actions {
        w.str(&a.name);
        w.str(&a.kebab);
        text(&mut w, &a.description);
        w.option(a.rate_limit, |w, n| w.number(n.into()));
        w.flags(&[a.region_required, a.read_only]);
        member_list(&mut w, &places, &a.input);
        member_list(&mut w, &places, &a.output);
        rules(&mut w, &a.rules);
        w.count(a.errors.len());
        for e in &a.errors {
            w.str(&e.code);
            text(&mut w, &e.description);
        }
        w.count(a.examples.len());
        for e in &a.examples {
            text(&mut w, &e.title);
            text(&mut w, &e.description);
            let request = e
                .request
                .as_ref()
                .map(|r| serde_json::to_string_pretty(r).unwrap_or_default())
                .unwrap_or_default();
            w.str(&request);
            w.str(&serde_json::to_string_pretty(&e.response).unwrap_or_default());
        }
        w.option(a.pagination.as_ref(), |w, p| {
            w.str("Offset");
            w.str("Limit");
            w.str(&a.output[p.total].wire);
            w.str(&a.output[p.items].wire);
        });
        w.option(a.http.as_ref(), |w, h| {
            w.str(&h.method);
            w.str(&h.path);
            w.body_encoding(match h.body {
                BodyEncoding::Form => sdk_shape::BodyEncoding::Form,
                BodyEncoding::Json => sdk_shape::BodyEncoding::Json,
            });
            w.answer_body(match h.answer {
                AnswerBody::Json => sdk_shape::AnswerBody::Json,
                AnswerBody::None => sdk_shape::AnswerBody::None,
            });
        });
    }
    w.count(s.waiters.len());
    for waiter in &s.waiters {
        w.str(&waiter.name);
        w.str(&waiter.kebab);
        w.str(waiter.description.trim());
        // Validated: the polled action exists.
        let polled = s.actions.iter().position(|a| a.name == waiter.action);
        w.count(polled.unwrap_or(usize::MAX));
        w.number(waiter.min_delay.into());
        w.number(waiter.max_delay.into());
        w.count(waiter.acceptors.len());
        for a in &waiter.acceptors {
            w.acceptor_state(match a.state {
                AcceptorState::Success => sdk_shape::AcceptorState::Success,
                AcceptorState::Failure => sdk_shape::AcceptorState::Failure,
                AcceptorState::Retry => sdk_shape::AcceptorState::Retry,
            });
            match &a.matcher {
                Matcher::Output {
                    path,
                    comparator,
                    expected,
                } => w.matcher_output(
                    path,
                    match comparator {
                        Comparator::StringEquals => sdk_shape::Comparator::StringEquals,
                        Comparator::BooleanEquals => sdk_shape::Comparator::BooleanEquals,
                        Comparator::AllStringEquals => sdk_shape::Comparator::AllStringEquals,
                        Comparator::AnyStringEquals => sdk_shape::Comparator::AnyStringEquals,
                    },
                    expected,
                ),
                Matcher::Success(b) => w.matcher_success(*b),
                Matcher::ErrorCode(code) => w.matcher_error_code(code),
            }
        }
        w.count(waiter.follows.len());
        for (action, request) in &waiter.follows {
            w.str(action);
            w.str(request);
        }
        w.option(waiter.report.as_ref(), |w, (rows, succeeded)| {
            w.str(rows);
            w.str(succeeded);
        });
    }
    w.finish()
}

/// A text as the statics write it: each language trimmed.
fn text(w: &mut Writer, doc: &Doc) {
    w.text(doc.en.trim(), doc.zh.trim());
}

fn member_list(w: &mut Writer, places: &Places, members: &[Member]) {
    w.count(members.len());
    for m in members {
        member(w, places, m);
    }
}

fn member(w: &mut Writer, places: &Places, m: &Member) {
    w.str(&m.wire);
    w.str(&m.kebab);
    match m.ty {
        Ty::String => w.scalar_kind(Scalar::String),
        Ty::DateTime => w.scalar_kind(Scalar::DateTime),
        Ty::Crontab => w.scalar_kind(Scalar::Crontab),
        Ty::Int32 => w.scalar_kind(Scalar::Int32),
        Ty::Int64 => w.scalar_kind(Scalar::Int64),
        Ty::Uint64 => w.scalar_kind(Scalar::Uint64),
        Ty::Number => w.scalar_kind(Scalar::Number),
        Ty::Boolean => w.scalar_kind(Scalar::Boolean),
        Ty::Json => w.scalar_kind(Scalar::Json),
        Ty::Enum(i) => w.enum_kind(places.of_type[i]),
        Ty::Struct(i) => w.struct_kind(places.of_type[i]),
    }
    w.flags(&[m.list, m.required, m.nullable, m.base64]);
    text(w, &m.description);
    w.opt_str(m.default.as_ref().map(|d| d.to_string()).as_deref());
    // As in the statics: an object's example is not kept (its members' say the same).
    let example = m
        .example
        .as_ref()
        .filter(|_| !matches!(m.ty, Ty::Struct(_)));
    w.opt_str(example.map(|e| e.to_string()).as_deref());
    w.option(m.minimum, |w, v| w.integer(v));
    w.option(m.maximum, |w, v| w.integer(v));
    w.option(m.max_items, |w, v| w.number(v.into()));
    w.option(m.filters.as_ref(), |w, f| {
        w.option(f.max_values, |w, v| w.number(v.into()));
        w.count(f.names.len());
        for n in &f.names {
            w.str(&n.wire);
            text(w, &n.description);
        }
    });
    w.location(match m.location {
        None | Some(Location::Body) => sdk_shape::Location::Body,
        Some(Location::Query) => sdk_shape::Location::Query,
        Some(Location::Path) => sdk_shape::Location::Path,
        Some(Location::Header) => sdk_shape::Location::Header,
    });
    w.style(m.style.map(|s| match s {
        Style::Json => sdk_shape::Style::Json,
        Style::Simple => sdk_shape::Style::Simple,
    }));
}

fn rules(w: &mut Writer, rules: &[Rule]) {
    w.count(rules.len());
    for r in rules {
        match r {
            Rule::MutuallyExclusive(names) => {
                w.rule_exclusive(names.iter().map(String::as_str));
            }
            Rule::RequiredIf(r) => {
                w.rule_required_if(&r.member, &r.when);
                match &r.equals {
                    RuleValueSpec::String(s) => w.value_string(s),
                    RuleValueSpec::Integer(i) => w.value_integer(*i),
                    RuleValueSpec::Number(x) => w.value_number(*x),
                    RuleValueSpec::Boolean(b) => w.value_boolean(*b),
                }
            }
        }
    }
}
