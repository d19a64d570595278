//! From parsed spec files to the resolved model ([`crate::ir`]), checking every fact between
//! files on the way: names legal and distinct after case conversion, references resolved,
//! limits consistent, examples true to the members they use. Every problem is collected with
//! its file and JSON pointer; nothing here panics on bad input.

mod examples;

use std::collections::{BTreeMap, HashMap};

use crate::codes;
use crate::error::{did_you_mean, Repair, SpecError};
use crate::ir::{self, Ty, TypeKind};
use crate::load::LoadedService;
use crate::naming;
use crate::spec::{
    ActionFile, FormatSpec, MemberPlace, MemberSpec, ProtocolSpec, RuleSpec, TypeFile,
};

const PRIMITIVES: &[&str] = &["String", "Integer", "Number", "Boolean"];

/// Resolve every loaded service, or return every problem found.
pub fn resolve(loaded: Vec<LoadedService>, errors: &mut Vec<SpecError>) -> Vec<ir::Service> {
    // Services resolve independently, so on every core; their errors keep the services' order.
    let resolved = crate::parallel::map_owned(loaded, |service| {
        let mut found = Vec::new();
        let resolved = resolve_service(service, &mut found);
        (resolved, found)
    });
    let mut out = Vec::new();
    for (resolved, found) in resolved {
        errors.extend(found);
        out.extend(resolved);
    }
    name_crates(&mut out);
    let mut seen: HashMap<String, String> = HashMap::new();
    for s in &out {
        if let Some(other) = seen.insert(s.snake.clone(), s.file.clone()) {
            errors.push(SpecError::new(
                &s.file,
                "/service",
                format!("service `{}` gives the same crate names as {other}", s.name),
            ));
        }
    }
    out
}

/// The newest version of a service keeps the plain crate names (`yunsou-model`); older
/// versions the spec also has get their version in the name (`yunsou-v20180504-model`), as
/// the vendors' SDKs keep one module per version.
fn name_crates(services: &mut [ir::Service]) {
    let mut newest: HashMap<String, String> = HashMap::new();
    for s in services.iter() {
        let v = newest.entry(s.name.clone()).or_default();
        if s.version > *v {
            *v = s.version.clone();
        }
    }
    for s in services.iter_mut() {
        s.newest = newest.get(&s.name) == Some(&s.version);
        if !s.newest {
            s.crate_name = format!("{}-v{}", s.name, s.version.replace('-', ""));
            s.snake = s.crate_name.replace('-', "_");
        }
    }
}

struct Ctx<'a> {
    file: &'a str,
    errors: &'a mut Vec<SpecError>,
    /// Type name → (index, is_enum).
    types: &'a BTreeMap<String, (usize, bool)>,
    /// Types with problems of their own: references to them are not reported again.
    broken: &'a [String],
}

impl Ctx<'_> {
    fn err(&mut self, pointer: impl Into<String>, message: impl Into<String>) {
        self.errors
            .push(SpecError::new(self.file, pointer, message));
    }

    /// An error with the faithful reading of the value it is about, when there is one.
    fn err_repairable(
        &mut self,
        pointer: impl Into<String>,
        message: impl Into<String>,
        repair: Option<Repair>,
    ) {
        let mut e = SpecError::new(self.file, pointer, message);
        e.repair = repair.map(Box::new);
        self.errors.push(e);
    }
}

fn resolve_service(loaded: LoadedService, errors: &mut Vec<SpecError>) -> Option<ir::Service> {
    let (file, spec) = loaded.service?;
    let dir_parts: Vec<&str> = loaded.dir.split('/').collect();
    if dir_parts.get(1) != Some(&spec.service.as_str()) {
        errors.push(SpecError::new(
            &file,
            "/service",
            format!(
                "service `{}` does not match its folder `{}`",
                spec.service, loaded.dir
            ),
        ));
    }
    if dir_parts.get(2) != Some(&spec.version.as_str()) {
        errors.push(SpecError::new(
            &file,
            "/version",
            format!(
                "version `{}` does not match its folder `{}`",
                spec.version, loaded.dir
            ),
        ));
    }
    if spec.service.is_empty()
        || !spec
            .service
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        errors.push(SpecError::new(
            &file,
            "/service",
            format!(
                "service name `{}` must be lower-case letters, digits and `-`",
                spec.service
            ),
        ));
    }
    if spec.protocol == ProtocolSpec::Tc3Json && spec.endpoints.is_empty() {
        errors.push(SpecError::new(
            &file,
            "/endpoints",
            "a tc3-json service needs at least one endpoint",
        ));
    }
    if spec.protocol == ProtocolSpec::Acs3Rpc
        && spec.endpoints.is_empty()
        && spec.regional_endpoint.is_none()
    {
        errors.push(SpecError::new(
            &file,
            "/regional_endpoint",
            "an acs3-rpc service needs endpoints or a regional_endpoint",
        ));
    }
    if let Some(rule) = &spec.regional_endpoint {
        if !rule.contains("{region}") {
            errors.push(SpecError::new(
                &file,
                "/regional_endpoint",
                format!("`{rule}` must contain `{{region}}`"),
            ));
        }
    }

    // Types: names first, so members anywhere can refer to any type.
    let mut type_names: BTreeMap<String, (usize, bool)> = BTreeMap::new();
    let mut type_files: Vec<(String, TypeFile)> = Vec::new();
    let mut lower: HashMap<String, String> = HashMap::new();
    let mut broken = loaded.broken_types;
    for (path, t) in loaded.types {
        let before = errors.len();
        check_file_name(&path, &t.name, errors);
        if let Err(m) = naming::check_type_name(&t.name) {
            errors.push(SpecError::new(&path, "/name", m));
        }
        if PRIMITIVES.contains(&t.name.as_str()) {
            errors.push(SpecError::new(
                &path,
                "/name",
                format!("`{}` is a primitive type name", t.name),
            ));
        }
        // A type with neither is an object without documented members (the vendors have
        // some); one with both is a mistake.
        if !t.members.is_empty() && !t.values.is_empty() {
            errors.push(SpecError::new(
                &path,
                "",
                "a type has either `members` (an object) or `values` (an enum), not both",
            ));
        }
        if let Some(other) = lower.insert(naming::snake(&t.name), path.clone()) {
            errors.push(SpecError::new(
                &path,
                "/name",
                format!(
                    "type `{}` collides with the type in {other} after case conversion",
                    t.name
                ),
            ));
        }
        if errors.len() == before {
            type_files.push((path, t));
        } else {
            broken.push(t.name);
        }
    }
    type_files.sort_by(|a, b| a.1.name.cmp(&b.1.name));
    for (i, (_, t)) in type_files.iter().enumerate() {
        type_names.insert(t.name.clone(), (i, !t.values.is_empty()));
    }

    let before_types = errors.len();
    let mut types = Vec::new();
    // The documented values of each enum that resolved without a problem (`None` otherwise,
    // so a rule naming a value is not reported a second time for the enum's own problem).
    let mut enum_values: Vec<Option<Vec<String>>> = Vec::new();
    for (path, t) in &type_files {
        let mut ctx = Ctx {
            file: path,
            errors,
            types: &type_names,
            broken: &broken,
        };
        let before = ctx.errors.len();
        let kind = if !t.values.is_empty() {
            let variants = resolve_variants(&mut ctx, t);
            let clean = ctx.errors.len() == before;
            enum_values.push(clean.then(|| variants.iter().map(|v| v.wire.clone()).collect()));
            TypeKind::Enum(variants)
        } else {
            enum_values.push(None);
            TypeKind::Struct(resolve_members(&mut ctx, &t.members, "/members"))
        };
        types.push(ir::TypeDef {
            file: path.clone(),
            name: t.name.clone(),
            snake: naming::snake(&t.name),
            description: t.description.clone(),
            kind,
            rules: Vec::new(),
            in_input: false,
            in_output: false,
        });
    }
    // Rules read the members' types and the documented values of enums, so they are checked
    // once every type is resolved.
    for (i, (path, t)) in type_files.iter().enumerate() {
        let mut ctx = Ctx {
            file: path,
            errors,
            types: &type_names,
            broken: &broken,
        };
        if !t.rules.is_empty() && !t.values.is_empty() {
            ctx.err(
                "/rules",
                "rules apply to object types (with `members`), not enums",
            );
            continue;
        }
        let members = match &types[i].kind {
            TypeKind::Struct(members) => members.as_slice(),
            TypeKind::Enum(_) => &[],
        };
        let rules = resolve_rules(
            &mut ctx,
            &t.rules,
            &t.members,
            members,
            (&types, &enum_values),
            "member",
        );
        types[i].rules = rules;
    }

    let common = codes::resolve_list(&file, "/common_errors", &spec.common_errors, errors);
    let service_codes = codes::resolve_list(&file, "/service_errors", &spec.service_errors, errors);

    // Examples are checked against members only when every type resolved; otherwise a member
    // dropped for a bad name would make its examples report a second, misleading error.
    let types_ok = errors.len() == before_types && broken.is_empty();
    let mut actions = Vec::new();
    let mut action_names: HashMap<String, String> = HashMap::new();
    for (path, a) in &loaded.actions {
        if let Some(other) = action_names.insert(naming::snake(&a.name), path.clone()) {
            errors.push(SpecError::new(
                path,
                "/name",
                format!(
                    "action `{}` collides with {other} after case conversion",
                    a.name
                ),
            ));
        }
        let mut ctx = Ctx {
            file: path,
            errors,
            types: &type_names,
            broken: &broken,
        };
        actions.push(resolve_action(
            &mut ctx,
            a,
            spec.protocol,
            (&types, &enum_values),
            types_ok,
        ));
    }
    actions.sort_by(|a, b| a.name.cmp(&b.name));
    check_curated(&type_files, &loaded.actions, errors);

    let (all_codes, families) = codes::union(&file, &common, &service_codes, &actions, errors);

    // Names at the crate root must be distinct, and leave the error enums theirs.
    let mut root: HashMap<String, String> = HashMap::new();
    for t in &types {
        if let Some(message) = codes::reserved(&t.name, "type") {
            errors.push(SpecError::new(&t.file, "/name", message));
        }
        root.insert(t.name.clone(), t.file.clone());
    }
    for a in &mut actions {
        if let Some(message) = codes::reserved(&a.name, "action") {
            errors.push(SpecError::new(&a.file, "/name", message));
        }
        if root.contains_key(&a.name) {
            a.marker = format!("{}Action", a.name);
        }
        for name in [
            a.marker.clone(),
            format!("{}Request", a.name),
            format!("{}Response", a.name),
        ] {
            if let Some(other) = root.insert(name.clone(), a.file.clone()) {
                errors.push(SpecError::new(
                    &a.file,
                    "/name",
                    format!("the generated name `{name}` is already taken by {other}"),
                ));
            }
        }
    }

    mark_reachable(&mut types, &actions);
    let known_codes: Vec<&str> = all_codes.iter().map(|c| c.code.as_str()).collect();
    let waiters = crate::waiters::resolve(loaded.waiters, &actions, &known_codes, errors);
    let snake = spec.service.replace('-', "_");
    let crate_version = crate::crate_version::checked(&file, spec.crate_version, errors);
    Some(ir::Service {
        dir: loaded.dir,
        file,
        crate_name: spec.service.clone(),
        name: spec.service,
        snake,
        newest: true,
        title: spec.display_title.unwrap_or(spec.title),
        crate_version,
        version: spec.version,
        protocol: spec.protocol,
        endpoints: spec
            .endpoints
            .into_iter()
            .map(|e| (e.host, e.description))
            .collect(),
        regional_endpoint: spec.regional_endpoint,
        credentials: ir::Credentials {
            id_env: spec.credentials.id_env,
            secret_env: spec.credentials.secret_env,
            token_env: spec.credentials.token_env,
            region_env: spec.credentials.region_env,
            profile_file: spec.credentials.profile_file,
        },
        common_errors: common,
        service_errors: service_codes,
        service_errors_package: spec.service_errors_source.map(|s| s.package),
        codes: all_codes,
        families,
        actions,
        types,
        waiters,
    })
}

/// A curated type names the members that have it (`Action.input.Member`,
/// `Action.output.Member`, `Type.Member`): each must exist and have that type, or an import
/// would point a member at it that the file does not know of.
fn check_curated(
    types: &[(String, TypeFile)],
    actions: &[(String, ActionFile)],
    errors: &mut Vec<SpecError>,
) {
    for (path, t) in types {
        let Some(curated) = &t.curated else {
            continue;
        };
        for (k, place) in curated.members.iter().enumerate() {
            let action = |n: &str| actions.iter().map(|(_, a)| a).find(|a| a.name == n);
            let member = match MemberPlace::parse(place) {
                Some(MemberPlace::Input(a, name)) => {
                    action(a).map(|a| a.input.iter().find(|m| m.name == name))
                }
                Some(MemberPlace::Output(a, name)) => {
                    action(a).map(|a| a.output.iter().find(|m| m.name == name))
                }
                Some(MemberPlace::Type(ty, name)) => types
                    .iter()
                    .find(|(_, o)| o.name == ty)
                    .map(|(_, o)| o.members.iter().find(|m| m.name == name)),
                None => {
                    errors.push(SpecError::new(
                        path,
                        format!("/curated/members/{k}"),
                        format!("`{place}` is not `Action.input.Member`, `Action.output.Member` or `Type.Member`"),
                    ));
                    continue;
                }
            };
            let problem = match member {
                None => Some(format!("`{place}`: no such action or type")),
                Some(None) => Some(format!("`{place}`: no such member")),
                Some(Some(m)) if m.ty != t.name => {
                    Some(format!("`{place}` has type `{}`, not `{}`", m.ty, t.name))
                }
                Some(Some(_)) => None,
            };
            if let Some(message) = problem {
                errors.push(SpecError::new(
                    path,
                    format!("/curated/members/{k}"),
                    message,
                ));
            }
        }
    }
}

fn check_file_name(path: &str, name: &str, errors: &mut Vec<SpecError>) {
    let stem = path
        .rsplit('/')
        .next()
        .and_then(|f| f.strip_suffix(".json"))
        .unwrap_or_default();
    if stem != name {
        errors.push(SpecError::new(
            path,
            "/name",
            format!("name `{name}` does not match the file name `{stem}.json`"),
        ));
    }
}

fn resolve_variants(ctx: &mut Ctx<'_>, t: &TypeFile) -> Vec<ir::Variant> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut out = Vec::new();
    for (i, v) in t.values.iter().enumerate() {
        let ident = naming::camel(&v.value);
        let pointer = format!("/values/{i}/value");
        if ident.is_empty() || ident.starts_with(|c: char| c.is_ascii_digit()) {
            ctx.err(
                &pointer,
                format!("enum value {:?} gives no Rust variant name", v.value),
            );
            continue;
        }
        // `Unknown(raw)` holds undocumented values; a documented `Unknown` is
        // `UnknownValue`, as aws-sdk-rust names it.
        // `Self` is a keyword that cannot be raw: `SelfValue` likewise.
        let mut ident = if ident == "Unknown" || ident == "Self" {
            format!("{ident}Value")
        } else {
            ident
        };
        if let Some(&j) = seen.get(&ident) {
            if t.values[j].value != v.value {
                // Values that differ only in case or punctuation (`a-b`, `A_B`) are distinct:
                // the later one is numbered, in the order of the spec.
                ident = (2..)
                    .map(|n| format!("{ident}{n}"))
                    .find(|c| !seen.contains_key(c))
                    .expect("an unused number");
            }
        }
        if let Some(j) = seen.insert(ident.clone(), i) {
            ctx.err(
                &pointer,
                format!(
                    "enum value {:?} collides with value {:?} (/values/{j}) as variant `{ident}`",
                    v.value, t.values[j].value
                ),
            );
            continue;
        }
        out.push(ir::Variant {
            wire: v.value.clone(),
            ident,
            description: v.description.clone(),
        });
    }
    out
}

fn resolve_members(ctx: &mut Ctx<'_>, members: &[MemberSpec], base: &str) -> Vec<ir::Member> {
    let mut out = Vec::new();
    let mut by_snake: HashMap<String, usize> = HashMap::new();
    for (i, m) in members.iter().enumerate() {
        let p = format!("{base}/{i}");
        if let Err(msg) = naming::check_wire_name(&m.name) {
            ctx.err(format!("{p}/name"), msg);
            continue;
        }
        let mut snake = naming::snake(&m.name);
        if let Some(&j) = by_snake.get(&snake) {
            if members[j].name == m.name {
                ctx.err(
                    format!("{p}/name"),
                    format!("duplicate member `{}` (also {base}/{j})", m.name),
                );
                continue;
            }
            // Wire names that differ only in case (`RequestId`, `RequestID`) are distinct
            // members: the later one is numbered, in the order of the spec.
            snake = (2..)
                .map(|n| format!("{snake}_{n}"))
                .find(|c| !by_snake.contains_key(c))
                .expect("an unused number");
        }
        by_snake.insert(snake.clone(), i);
        let field = match naming::field_ident(&snake) {
            Ok(f) => f,
            Err(msg) => {
                ctx.err(format!("{p}/name"), msg);
                continue;
            }
        };
        // Methods are named like the field where the field is not a raw identifier
        // (`self_` for a member `Self`).
        let kebab = snake.replace('_', "-");
        if !field.starts_with("r#") {
            snake.clone_from(&field);
        }
        let Some(ty) = resolve_type(ctx, m, &p) else {
            continue;
        };
        if m.max_items.is_some() && !m.list {
            ctx.err(format!("{p}/max_items"), "max_items needs `\"list\": true`");
        }
        let numeric = matches!(ty, Ty::Int32 | Ty::Int64 | Ty::Uint64 | Ty::Number);
        if (m.minimum.is_some() || m.maximum.is_some()) && !numeric {
            ctx.err(
                format!("{p}/minimum"),
                "minimum/maximum apply to Integer and Number members only",
            );
        }
        if let (Some(lo), Some(hi)) = (m.minimum, m.maximum) {
            if lo > hi {
                ctx.err(
                    format!("{p}/minimum"),
                    format!("minimum {lo} is greater than maximum {hi}"),
                );
            }
        }
        if m.base64 && ty != Ty::String {
            ctx.err(
                format!("{p}/base64"),
                "base64 applies to String members only",
            );
        }
        let filters = m.filters.as_ref().map(|f| {
            if !(m.list && matches!(ty, Ty::Struct(_))) {
                ctx.err(
                    format!("{p}/filters"),
                    "filters apply to a list of an object type (such as Filter)",
                );
            }
            let mut seen = HashMap::new();
            let mut items: HashMap<naming::FilterItem, usize> = HashMap::new();
            for (k, n) in f.names.iter().enumerate() {
                let pointer = format!("{p}/filters/names/{k}/name");
                if seen.insert(n.name.as_str(), k).is_some() {
                    ctx.err(&pointer, format!("duplicate filter name `{}`", n.name));
                    continue;
                }
                // Each name becomes a constant (or a function, for `tag:tag-key`) of the
                // action's `filters` module.
                match naming::filter_item(&n.name) {
                    Ok(item) => {
                        if let Some(j) = items.insert(item, k) {
                            ctx.err(
                                &pointer,
                                format!(
                                    "filter name `{}` gives the same Rust name as `{}` (names/{j})",
                                    n.name, f.names[j].name
                                ),
                            );
                        }
                    }
                    Err(message) => ctx.err(&pointer, message),
                }
            }
            ir::Filters {
                max_values: f.max_values,
                names: f
                    .names
                    .iter()
                    .map(|n| (n.name.clone(), n.description.clone()))
                    .collect(),
            }
        });
        let member = ir::Member {
            wire: m.name.clone(),
            field,
            snake,
            kebab,
            ty,
            list: m.list,
            required: m.required,
            nullable: m.nullable,
            base64: m.base64,
            description: m.description.clone(),
            default: m.default.clone(),
            minimum: m.minimum,
            maximum: m.maximum,
            max_items: m.max_items,
            filters,
            example: m.example.clone(),
        };
        examples::check_member_value(ctx, &member, "default", &p);
        examples::check_member_value(ctx, &member, "example", &p);
        out.push(member);
    }
    out
}

fn resolve_type(ctx: &mut Ctx<'_>, m: &MemberSpec, p: &str) -> Option<Ty> {
    let ty = match (m.ty.as_str(), m.format) {
        ("String", None) => Ty::String,
        ("String", Some(FormatSpec::DateTime)) => Ty::DateTime,
        // Binary values travel as JSON strings; the format is kept for the docs.
        ("String", Some(FormatSpec::Binary)) => Ty::String,
        ("Number", None | Some(FormatSpec::Float | FormatSpec::Double)) => Ty::Number,
        ("String", Some(FormatSpec::Crontab)) => Ty::Crontab,
        ("Integer", None | Some(FormatSpec::Int64)) => Ty::Int64,
        ("Integer", Some(FormatSpec::Int32)) => Ty::Int32,
        ("Integer", Some(FormatSpec::Uint64)) => Ty::Uint64,
        ("Boolean", None) => Ty::Boolean,
        (prim @ ("String" | "Integer" | "Number" | "Boolean"), Some(f)) => {
            ctx.err(
                format!("{p}/format"),
                format!("format {f:?} does not apply to {prim}"),
            );
            return None;
        }
        (name, format) => match ctx.types.get(name) {
            Some(&(index, is_enum)) => {
                if format.is_some() {
                    ctx.err(
                        format!("{p}/format"),
                        format!("format does not apply to type `{name}`"),
                    );
                    return None;
                }
                if is_enum {
                    Ty::Enum(index)
                } else {
                    Ty::Struct(index)
                }
            }
            None if ctx.broken.iter().any(|b| b == name) => return None,
            None => {
                let candidates = PRIMITIVES
                    .iter()
                    .copied()
                    .chain(ctx.types.keys().map(String::as_str));
                let hint = did_you_mean(name, candidates);
                ctx.err(
                    format!("{p}/type"),
                    format!("unknown type \"{name}\"{hint}"),
                );
                return None;
            }
        },
    };
    Some(ty)
}

fn resolve_action(
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

    let rules = resolve_rules(
        ctx,
        &a.rules,
        &a.input,
        &input,
        (types, enum_values),
        "input member",
    );

    let errors = codes::resolve_list(ctx.file, "/errors", &a.errors, ctx.errors);

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
            title: ex.title.clone(),
            description: ex.description.clone(),
            request: ex.request.clone(),
            response: ex.response.clone(),
        });
    }

    let pagination = derive_pagination(&input, &output);
    let read_only =
        a.name.starts_with("Describe") || matches!(a.access_level.as_deref(), Some("get" | "list"));
    ir::Action {
        file: ctx.file.to_owned(),
        name: a.name.clone(),
        marker: a.name.clone(),
        snake: naming::snake(&a.name),
        kebab: naming::kebab(&a.name),
        description: a.description.clone(),
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
    }
}

/// Check the rules between `spec_members` (resolved as `members`); `what` names them in
/// messages (`input member`). Names are checked against the spec's members, so a member
/// dropped for another problem is not reported a second time here.
fn resolve_rules(
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
                    match (&w.ty, w.list) {
                        (Ty::Enum(index), false) => {
                            let values = enum_values[*index].as_deref().unwrap_or_default();
                            if enum_values[*index].is_some() && !values.contains(&r.equals) {
                                let hint =
                                    did_you_mean(&r.equals, values.iter().map(String::as_str));
                                ctx.err(
                                    format!("{p}/equals"),
                                    format!(
                                        "{:?} is not a documented value of `{}`{hint}",
                                        r.equals, types[*index].name
                                    ),
                                );
                            }
                        }
                        (Ty::String, false) => {}
                        _ => ctx.err(
                            format!("{p}/when"),
                            format!("`{}` is not a string or enum member", w.wire),
                        ),
                    }
                }
            }
        }
        if ctx.errors.len() == before {
            out.push(rule.clone());
        }
    }
    out
}

fn derive_pagination(input: &[ir::Member], output: &[ir::Member]) -> Option<ir::Pagination> {
    let int = |m: &ir::Member| !m.list && matches!(m.ty, Ty::Int64 | Ty::Uint64 | Ty::Int32);
    let find = |ms: &[ir::Member], name: &str| ms.iter().position(|m| m.wire == name && int(m));
    let offset = find(input, "Offset")?;
    find(input, "Limit")?;
    let total = output
        .iter()
        .position(|m| m.wire == "TotalCount" && int(m))?;
    let lists: Vec<usize> = output
        .iter()
        .enumerate()
        .filter(|(_, m)| m.list && matches!(m.ty, Ty::Struct(_)))
        .map(|(i, _)| i)
        .collect();
    match lists.as_slice() {
        [items] => Some(ir::Pagination {
            offset,
            items: *items,
            total,
        }),
        _ => None,
    }
}

fn mark_reachable(types: &mut [ir::TypeDef], actions: &[ir::Action]) {
    fn visit(types: &mut [ir::TypeDef], members: &[ir::Member], input: bool) {
        for m in members {
            if let Ty::Struct(i) | Ty::Enum(i) = m.ty {
                let seen = if input {
                    types[i].in_input
                } else {
                    types[i].in_output
                };
                if seen {
                    continue;
                }
                if input {
                    types[i].in_input = true;
                } else {
                    types[i].in_output = true;
                }
                if let TypeKind::Struct(sub) = types[i].kind.clone() {
                    visit(types, &sub, input);
                }
            }
        }
    }
    for a in actions {
        visit(types, &a.input, true);
        visit(types, &a.output, false);
    }
}
