//! From parsed spec files to the resolved model ([`crate::ir`]), checking every fact between
//! files on the way: names legal and distinct after case conversion, references resolved,
//! limits consistent, examples true to the members they use. Every problem is collected with
//! its file and JSON pointer; nothing here panics on bad input.

mod actions;
mod binding;
pub mod codes;
mod derive;
mod examples;
mod types;
pub mod waiters;

use std::collections::{BTreeMap, HashMap};

use crate::error::{did_you_mean, Repair, SpecError};
use crate::ir::{self, TypeKind};
use crate::load::LoadedService;
use crate::naming;
use crate::spec::{ProtocolSpec, TypeFile};

pub(super) const PRIMITIVES: &[&str] = &["String", "Integer", "Number", "Boolean", "Json"];

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
    derive::name_crates(&mut out);
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

pub(super) struct Ctx<'a> {
    file: &'a str,
    errors: &'a mut Vec<SpecError>,
    /// Type name → (index, is_enum).
    types: &'a BTreeMap<String, (usize, bool)>,
    /// Types with problems of their own: references to them are not reported again.
    broken: &'a [String],
    /// The file's `language`: the language of its `description`s (`en`, `zh`).
    language: &'a str,
}

impl Ctx<'_> {
    /// A description in both languages: `text` in the file's language, `en`/`zh` the
    /// other language's field (`<field>_en`/`<field>_zh`); the field of the file's own
    /// language is an error, since its text belongs in `<field>`.
    pub(super) fn doc(
        &mut self,
        pointer: &str,
        field: &str,
        text: &str,
        en: &Option<String>,
        zh: &Option<String>,
    ) -> ir::Doc {
        let own = if self.language == "zh" { zh } else { en };
        if own.is_some() {
            self.err(
                format!("{pointer}/{field}_{}", self.language),
                format!(
                    "`{field}_{lang}` in a file whose `language` is `{lang}`: its text belongs in `{field}`",
                    lang = self.language
                ),
            );
        }
        let text_in = |want| crate::spec::text_in(self.language, text, en, zh, want).to_owned();
        ir::Doc {
            en: text_in("en"),
            zh: text_in("zh"),
        }
    }

    pub(super) fn err(&mut self, pointer: impl Into<String>, message: impl Into<String>) {
        self.errors
            .push(SpecError::new(self.file, pointer, message));
    }

    /// An error with the faithful reading of the value it is about, when there is one.
    pub(super) fn err_repairable(
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
    if matches!(spec.protocol, ProtocolSpec::Acs3Rpc | ProtocolSpec::Acs3Roa)
        && spec.endpoints.is_empty()
        && spec.regional_endpoint.is_none()
    {
        errors.push(SpecError::new(
            &file,
            "/regional_endpoint",
            "an acs3-rpc service needs endpoints or a regional_endpoint",
        ));
    }
    for (region, host) in &spec.endpoint_map {
        if region.is_empty() || host.is_empty() || host.contains("://") || host.contains('/') {
            errors.push(SpecError::new(
                &file,
                format!("/endpoint_map/{region}"),
                format!("`{region}` → `{host}` must be a region id and a host name without scheme or path"),
            ));
        }
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
    let mut broken = loaded.broken_types;
    for (path, t) in loaded.types {
        let before = errors.len();
        types::check_file_name(&path, &t.name, errors);
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
    let modules = type_modules(&type_files);

    let before_types = errors.len();
    let mut types = Vec::new();
    // The documented values of each enum that resolved without a problem (`None` otherwise,
    // so a rule naming a value is not reported a second time for the enum's own problem).
    let mut enum_values: Vec<Option<Vec<String>>> = Vec::new();
    for ((path, t), (snake, numbered_after)) in type_files.iter().zip(modules) {
        let mut ctx = Ctx {
            file: path,
            errors,
            types: &type_names,
            broken: &broken,
            language: t.file_language(),
        };
        let before = ctx.errors.len();
        let kind = if !t.values.is_empty() {
            let variants = types::resolve_variants(&mut ctx, t);
            let clean = ctx.errors.len() == before;
            enum_values.push(clean.then(|| variants.iter().map(|v| v.wire.clone()).collect()));
            TypeKind::Enum(variants)
        } else {
            enum_values.push(None);
            binding::check_not_request(&mut ctx, &t.members, "/members");
            TypeKind::Struct(types::resolve_members(&mut ctx, &t.members, "/members"))
        };
        types.push(ir::TypeDef {
            file: path.clone(),
            name: t.name.clone(),
            snake,
            numbered_after,
            description: ctx.doc(
                "",
                "description",
                &t.description,
                &t.description_en,
                &t.description_zh,
            ),
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
            language: t.file_language(),
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
        let rules = actions::resolve_rules(
            &mut ctx,
            &t.rules,
            &t.members,
            members,
            (&types, &enum_values),
            "member",
        );
        types[i].rules = rules;
    }

    // The platform's common codes are our English list; the service's are in the language
    // of the file they were read from.
    let common = codes::resolve_list(&file, "/common_errors", &spec.common_errors, "en", errors);
    let service_language = spec
        .service_errors_source
        .as_ref()
        .map_or("en", |s| s.language.as_str());
    let service_codes = codes::resolve_list(
        &file,
        "/service_errors",
        &spec.service_errors,
        service_language,
        errors,
    );

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
            language: &a.language,
        };
        if !crate::spec::LANGUAGES.contains(&a.language.as_str()) {
            ctx.err(
                "/language",
                format!("language {:?} is not one of `en`, `zh`", a.language),
            );
        }
        actions.push(actions::resolve_action(
            &mut ctx,
            a,
            spec.protocol,
            (&types, &enum_values),
            types_ok,
        ));
    }
    actions.sort_by(|a, b| a.name.cmp(&b.name));
    types::check_curated(&type_files, &loaded.actions, errors);

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

    derive::mark_reachable(&mut types, &actions);
    let known_codes: Vec<&str> = all_codes.iter().map(|c| c.code.as_str()).collect();
    let waiters = waiters::resolve(loaded.waiters, &actions, &known_codes, errors);
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
        endpoint_map: spec.endpoint_map.into_iter().collect(),
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

/// Each type's module (and file) name, and for a numbered one the type whose name gave the
/// same module first. Type names that differ only in case (`Isp`, `ISP`) or underscores are
/// distinct Rust types but one snake-case module (`isp`): in name order, the first keeps it
/// and the next are numbered (`isp_2`), never taking a module another type's own name gives.
fn type_modules(types: &[(String, TypeFile)]) -> Vec<(String, Option<String>)> {
    let own: Vec<String> = types.iter().map(|(_, t)| naming::snake(&t.name)).collect();
    let natural: std::collections::HashSet<&str> = own.iter().map(String::as_str).collect();
    let mut first: HashMap<String, &str> = HashMap::new();
    let mut used: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut out = Vec::new();
    for ((_, t), snake) in types.iter().zip(&own) {
        if used.insert(snake.clone()) {
            first.insert(snake.clone(), &t.name);
            out.push((snake.clone(), None));
            continue;
        }
        let numbered = (2..)
            .map(|n| format!("{snake}_{n}"))
            .find(|c| !natural.contains(c.as_str()) && !used.contains(c))
            .expect("an unused number");
        used.insert(numbered.clone());
        out.push((numbered, first.get(snake).map(|n| (*n).to_owned())));
    }
    out
}
