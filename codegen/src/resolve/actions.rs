//! Actions: members, rules between members, documented examples checked against them,
//! the HTTP binding (`binding`), and the facts derived from them (pagination).

use crate::error::did_you_mean;
use crate::ir::{self, Ty};
use crate::naming;
use crate::spec::{ActionFile, MemberSpec, ProtocolSpec, RequiredIfSpec, RuleSpec};

use super::types::{check_file_name, resolve_members};
use super::{binding, codes, derive, examples, Ctx};

pub(super) fn resolve_action(
    ctx: &mut Ctx<'_>,
    a: &ActionFile,
    protocol: ProtocolSpec,
    (types, enum_values): (&[ir::TypeDef], &[Option<Vec<String>>]),
    types_ok: bool,
) -> ir::Action {
    check_file_name(ctx.file, &a.name, ctx.errors);
    if let Err(m) = naming::check_type_name(&a.name) {
        ctx.err("/name", m);
    }
    let before = ctx.errors.len();
    let input = resolve_members(ctx, &a.input, "/input");
    let output = resolve_members(ctx, &a.output, "/output");
    let members_ok = types_ok && ctx.errors.len() == before;
    binding::check_not_request(ctx, &a.output, "/output");
    let http = binding::resolve_http(ctx, protocol, a, &input);

    let rules = resolve_rules(
        ctx,
        &a.rules,
        &a.input,
        &input,
        (types, enum_values),
        "input member",
    );

    let errors = codes::resolve_list(ctx.file, "/errors", &a.errors, ctx.language, ctx.errors);

    let mut examples = Vec::new();
    for (i, ex) in a.examples.iter().enumerate() {
        // Checked only once the members are fixed; see `types_ok`.
        if members_ok {
            let members = examples::ActionMembers {
                input: &input,
                output: &output,
                types,
            };
            examples::check_example(ctx, protocol, &members, ex, &format!("/examples/{i}"));
        }
        examples.push(ir::Example {
            title: ctx.doc(
                &format!("/examples/{i}"),
                "title",
                &ex.title,
                &ex.title_en,
                &ex.title_zh,
            ),
            description: ctx.doc(
                &format!("/examples/{i}"),
                "description",
                &ex.description,
                &ex.description_en,
                &ex.description_zh,
            ),
            request: ex.request.clone(),
            response: ex.response.clone(),
        });
    }

    let pagination = derive::derive_pagination(&input, &output);
    let read_only =
        a.name.starts_with("Describe") || matches!(a.access_level.as_deref(), Some("get" | "list"));
    ir::Action {
        file: ctx.file.to_owned(),
        name: a.name.clone(),
        marker: a.name.clone(),
        snake: naming::snake(&a.name),
        kebab: naming::kebab(&a.name),
        description: ctx.doc(
            "",
            "description",
            &a.description,
            &a.description_en,
            &a.description_zh,
        ),
        source: a.source.clone(),
        rate_limit: a.rate_limit,
        region_required: a.region_required.unwrap_or(false),
        read_only,
        input,
        output,
        rules,
        errors,
        examples,
        pagination,
        http,
    }
}

/// Check the rules between `spec_members` (resolved as `members`); `what` names them in
/// messages (`input member`). Names are checked against the spec's members, so a member
/// dropped for another problem is not reported a second time here.
pub(super) fn resolve_rules(
    ctx: &mut Ctx<'_>,
    rules: &[RuleSpec],
    spec_members: &[MemberSpec],
    members: &[ir::Member],
    (types, enum_values): (&[ir::TypeDef], &[Option<Vec<String>>]),
    what: &str,
) -> Vec<ir::Rule> {
    let mut out = Vec::new();
    for (i, rule) in rules.iter().enumerate() {
        let before = ctx.errors.len();
        let known = |ctx: &mut Ctx<'_>, pointer: String, n: &str| {
            if !spec_members.iter().any(|m| m.name == n) {
                let hint = did_you_mean(n, spec_members.iter().map(|m| m.name.as_str()));
                ctx.err(pointer, format!("unknown {what} `{n}`{hint}"));
            }
        };
        match rule {
            RuleSpec::MutuallyExclusive(names) => {
                let p = format!("/rules/{i}/mutually_exclusive");
                if names.len() < 2 {
                    ctx.err(&p, "a mutually_exclusive rule names at least two members");
                }
                for (k, n) in names.iter().enumerate() {
                    known(ctx, format!("{p}/{k}"), n);
                }
            }
            RuleSpec::RequiredIf(r) => {
                let p = format!("/rules/{i}/required_if");
                known(ctx, format!("{p}/member"), &r.member);
                known(ctx, format!("{p}/when"), &r.when);
                if r.member == r.when {
                    ctx.err(
                        format!("{p}/when"),
                        "a member cannot be required by its own value",
                    );
                }
                if let Some(m) = members.iter().find(|m| m.wire == r.member) {
                    if m.required {
                        ctx.err(
                            format!("{p}/member"),
                            format!("`{}` is always required; the rule says nothing", m.wire),
                        );
                    }
                }
                if let Some(w) = members.iter().find(|m| m.wire == r.when) {
                    check_equals(ctx, &p, r, w, (types, enum_values));
                }
            }
        }
        if ctx.errors.len() == before {
            out.push(rule.clone());
        }
    }
    out
}

/// A `required_if` rule's `equals` against its `when` member `w`: a documented value of an
/// enum, any string of a string member, an integer or number of a number member within its
/// documented range, a boolean of a boolean member. Other members (lists, objects, JSON,
/// date-times, crontabs) decide no rule.
fn check_equals(
    ctx: &mut Ctx<'_>,
    p: &str,
    r: &RequiredIfSpec,
    w: &ir::Member,
    (types, enum_values): (&[ir::TypeDef], &[Option<Vec<String>>]),
) {
    let scalar = matches!(
        w.ty,
        Ty::String | Ty::Enum(_) | Ty::Int32 | Ty::Int64 | Ty::Uint64 | Ty::Number | Ty::Boolean
    );
    if w.list || !scalar {
        ctx.err(
            format!("{p}/when"),
            format!(
                "`{}` is not a string, enum, integer, number or boolean member: a rule compares one such value",
                w.wire
            ),
        );
        return;
    }
    // The value must be one the member can hold: the generator's own reading of a JSON value
    // against a member's type (and its documented range), as for examples.
    if let Err(why) = examples::check_scalar(w, &r.equals.to_json()) {
        ctx.err(
            format!("{p}/equals"),
            format!(
                "{} is not a value of `{}`: {why}",
                r.equals.to_json(),
                w.wire
            ),
        );
        return;
    }
    if let (Ty::Enum(index), Some(equals)) = (&w.ty, r.equals.as_str()) {
        let values = enum_values[*index].as_deref().unwrap_or_default();
        if enum_values[*index].is_some() && !values.iter().any(|v| v == equals) {
            let hint = did_you_mean(equals, values.iter().map(String::as_str));
            ctx.err(
                format!("{p}/equals"),
                format!(
                    "{equals:?} is not a documented value of `{}`{hint}",
                    types[*index].name
                ),
            );
        }
    }
}
