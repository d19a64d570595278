//! An action's HTTP binding and its request members' places: the method is one HTTP knows,
//! the path template reads, every `{Member}` of the path is a required single value whose
//! location is `path` (and every such member is in the path), a header holds one value, a
//! style is given only to what it can write, and none of it appears on a Tencent service or
//! outside a request.

use sdk_shape::{path_pieces, PathPiece};

use crate::error::did_you_mean;
use crate::ir::{self, AnswerBody, BodyEncoding, Location, Style, Ty};
use crate::spec::{ActionFile, MemberSpec, ProtocolSpec};

use super::Ctx;

/// The methods an action may be bound to.
const METHODS: &[&str] = &["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"];

/// Members that are not an action's request (an answer's, an object type's) have no place
/// of their own: they go where their request or answer goes.
pub(super) fn check_not_request(ctx: &mut Ctx<'_>, members: &[MemberSpec], base: &str) {
    for (i, m) in members.iter().enumerate() {
        if m.location.is_some() {
            ctx.err(
                format!("{base}/{i}/location"),
                "`location` applies to an action's input members only",
            );
        }
        if m.style.is_some() {
            ctx.err(
                format!("{base}/{i}/style"),
                "`style` applies to an action's input members only",
            );
        }
    }
}

/// The action's binding, checked against its protocol and its resolved request members
/// (`input`, from the spec's `a.input`). Every fault is reported; `None` where there is no
/// binding or it has a fault.
pub(super) fn resolve_http(
    ctx: &mut Ctx<'_>,
    protocol: ProtocolSpec,
    a: &ActionFile,
    input: &[ir::Member],
) -> Option<ir::Http> {
    let pointer = |wire: &str, field: &str| {
        let i = a.input.iter().position(|m| m.name == wire).unwrap_or(0);
        format!("/input/{i}/{field}")
    };
    if protocol == ProtocolSpec::Tc3Json {
        if a.http.is_some() {
            ctx.err(
                "/http",
                "an HTTP binding applies to acs3-rpc and acs3-roa services; tc3-json calls \
                 every action with POST /",
            );
        }
        for m in input {
            if m.location.is_some() {
                ctx.err(
                    pointer(&m.wire, "location"),
                    "`location` applies to acs3-rpc and acs3-roa services; tc3-json sends \
                     every member in the JSON body",
                );
            }
            if m.style.is_some() {
                ctx.err(
                    pointer(&m.wire, "style"),
                    "`style` applies to acs3-rpc and acs3-roa services; tc3-json sends \
                     every member in the JSON body",
                );
            }
        }
        return None;
    }
    for m in input {
        check_style(ctx, m, &pointer(&m.wire, "style"));
        if m.location == Some(Location::Header) {
            check_header(ctx, m, &pointer(&m.wire, "location"));
        }
    }
    let Some(http) = &a.http else {
        if protocol == ProtocolSpec::Acs3Roa {
            ctx.err(
                "",
                "an acs3-roa action needs its `http` binding (method and path)",
            );
        }
        for m in input.iter().filter(|m| m.location == Some(Location::Path)) {
            ctx.err(
                pointer(&m.wire, "location"),
                format!(
                    "`{}` goes in the path, but the action has no `http` binding with a path",
                    m.wire
                ),
            );
        }
        return None;
    };
    let before = ctx.errors.len();
    if !METHODS.contains(&http.method.as_str()) {
        let hint = did_you_mean(&http.method.to_ascii_uppercase(), METHODS.iter().copied());
        ctx.err(
            "/http/method",
            format!(
                "`{}` is not an HTTP method (one of {}){hint}",
                http.method,
                METHODS.join(", ")
            ),
        );
    }
    check_path(ctx, &http.path, input, &pointer);
    let body = http.body.unwrap_or(match protocol {
        ProtocolSpec::Acs3Roa => BodyEncoding::Json,
        _ => BodyEncoding::Form,
    });
    (ctx.errors.len() == before).then(|| ir::Http {
        method: http.method.clone(),
        path: http.path.clone(),
        body,
        answer: http.answer.unwrap_or(AnswerBody::Json),
    })
}

/// The path template reads, its members are path members, and its path members are in it.
fn check_path(
    ctx: &mut Ctx<'_>,
    path: &str,
    input: &[ir::Member],
    pointer: &dyn Fn(&str, &str) -> String,
) {
    let pieces = match path_pieces(path) {
        Ok(pieces) => pieces,
        Err(e) => {
            ctx.err(
                "/http/path",
                format!("path template {path:?} cannot be read: {}", e.message),
            );
            return;
        }
    };
    let mut named: Vec<&str> = Vec::new();
    for piece in pieces {
        let PathPiece::Member(name) = piece else {
            continue;
        };
        if named.contains(&name) {
            ctx.err(
                "/http/path",
                format!("{{{name}}} appears twice in the path"),
            );
            continue;
        }
        named.push(name);
        let Some(m) = input.iter().find(|m| m.wire == name) else {
            let hint = did_you_mean(name, input.iter().map(|m| m.wire.as_str()));
            ctx.err(
                "/http/path",
                format!("{{{name}}} is not an input member{hint}"),
            );
            continue;
        };
        if m.location != Some(Location::Path) {
            ctx.err(
                pointer(name, "location"),
                format!("`{name}` is in the path {path:?}, so its location must be `path`"),
            );
        }
        if !m.required {
            ctx.err(
                pointer(name, "required"),
                format!("`{name}` is in the path {path:?}, so it must be required"),
            );
        }
        if m.list || matches!(m.ty, Ty::Struct(_) | Ty::Json) {
            ctx.err(
                pointer(name, "type"),
                format!(
                    "`{name}` is in the path {path:?}, so it must be one string, number or \
                     boolean, not {}",
                    what(m)
                ),
            );
        }
    }
    for m in input.iter().filter(|m| m.location == Some(Location::Path)) {
        if !named.contains(&m.wire.as_str()) {
            ctx.err(
                pointer(&m.wire, "location"),
                format!(
                    "`{}` goes in the path, but the path {path:?} has no {{{}}}",
                    m.wire, m.wire
                ),
            );
        }
    }
}

/// A header holds one value: a list, object or free-form value only as one string.
fn check_header(ctx: &mut Ctx<'_>, m: &ir::Member, pointer: &str) {
    let several = m.list || matches!(m.ty, Ty::Struct(_) | Ty::Json);
    if several && m.style.is_none() {
        ctx.err(
            pointer,
            format!(
                "`{}` is {}, and a header holds one value: give it a `style` (`json`, or \
                 `simple` for a list) to write it as one string",
                m.wire,
                what(m)
            ),
        );
    }
}

/// `json` writes a list, object or free-form value as one string, `simple` a list of single
/// values.
fn check_style(ctx: &mut Ctx<'_>, m: &ir::Member, pointer: &str) {
    let Some(style) = m.style else {
        return;
    };
    let fits = match style {
        Style::Json => m.list || matches!(m.ty, Ty::Struct(_) | Ty::Json),
        Style::Simple => m.list && !matches!(m.ty, Ty::Struct(_) | Ty::Json),
    };
    if !fits {
        let applies = match style {
            Style::Json => "`json` applies to lists, objects and Json members",
            Style::Simple => "`simple` joins a list of strings, numbers or booleans with commas",
        };
        ctx.err(pointer, format!("{applies}; `{}` is {}", m.wire, what(m)));
    }
}

/// What a member holds, for messages: `a list`, `an object`, `a Json value`, `one value`.
fn what(m: &ir::Member) -> &'static str {
    match (m.list, &m.ty) {
        (true, Ty::Struct(_)) => "a list of objects",
        (true, _) => "a list",
        (false, Ty::Struct(_)) => "an object",
        (false, Ty::Json) => "a Json value",
        (false, _) => "one value",
    }
}
