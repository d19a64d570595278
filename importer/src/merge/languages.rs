//! A service version documented in both of the vendor's languages. Tencent publishes its
//! metadata twice (`tccli` in Chinese, `tccli-intl-en` in English); the spec keeps both
//! texts of every description (`description` in the file's `language`, `description_zh` or
//! `description_en` beside it) and the facts of both.
//!
//! Each language's input is built into a spec of its own (`whole::replace`), and the two are
//! combined here by language, never by which came last: the English side's facts win where
//! the two disagree, the Chinese side fills what the English one does not state (a limit
//! written only in the Chinese text), the actions, types, members, error codes and enum
//! values of either are kept, and each side gives the texts of its language. So importing the
//! Chinese metadata then the English gives the same files as the reverse order.

use std::collections::BTreeSet;

use codegen::spec::{
    ActionFile, EnumValueSpec, ErrorSpec, ExampleSpec, FilterNameSpec, MemberSpec, RuleSpec,
    TypeFile,
};

use super::Spec;

/// An item with a description in both languages.
trait Texts {
    fn text(&self, file_language: &str, language: &str) -> String;
    fn put(&mut self, file_language: &str, language: &str, text: String);
    /// Clear both languages' side fields (`description_en`, `description_zh`).
    fn clear(&mut self);
}

macro_rules! texts {
    ($($ty:ty),*) => {$(
        impl Texts for $ty {
            fn text(&self, file_language: &str, language: &str) -> String {
                self.description_in(file_language, language).to_owned()
            }
            fn put(&mut self, file_language: &str, language: &str, text: String) {
                self.set_description_in(file_language, language, text);
            }
            fn clear(&mut self) {
                self.description_en = None;
                self.description_zh = None;
            }
        }
    )*};
}

texts!(
    ActionFile,
    TypeFile,
    MemberSpec,
    FilterNameSpec,
    EnumValueSpec,
    ErrorSpec
);

/// The English and Chinese texts of an item.
fn pair(item: &dyn Texts, file_language: &str) -> (String, String) {
    (
        item.text(file_language, "en"),
        item.text(file_language, "zh"),
    )
}

/// Write an item's texts for a file of `to`'s language.
fn write(item: &mut dyn Texts, to: &str, (en, zh): (String, String)) {
    item.clear();
    item.put(to, "en", en);
    item.put(to, "zh", zh);
}

/// The part of `spec` the input of `language` documented: the actions and types with a text
/// in that language (with all their facts: which side stated a fact is not recorded, so the
/// side keeps every fact, and the other side's input overrides or fills them), and the
/// curated types.
pub(super) fn side(spec: &Spec, language: &str) -> Spec {
    let has_text = |file_language: &str, item: &dyn Texts| {
        !item.text(file_language, language).trim().is_empty()
    };
    let action_documented = |a: &ActionFile| {
        has_text(&a.language, a)
            || a.input
                .iter()
                .chain(&a.output)
                .any(|m| has_text(&a.language, m))
    };
    let type_documented = |t: &TypeFile| {
        let l = t.file_language();
        t.curated.is_some()
            || (has_text(l, t) && t.description != t.name)
            || t.members.iter().any(|m| has_text(l, m))
            || t.values.iter().any(|v| has_text(l, v))
    };
    Spec {
        actions: spec
            .actions
            .iter()
            .filter(|(_, a)| action_documented(a))
            .map(|(n, a)| (n.clone(), a.clone()))
            .collect(),
        types: spec
            .types
            .iter()
            .filter(|(_, t)| type_documented(t))
            .map(|(n, t)| (n.clone(), t.clone()))
            .collect(),
    }
}

/// The spec of both sides: `en` built from the English input, `zh` from the Chinese one
/// (either may be empty).
pub(super) fn combine(en: &Spec, zh: &Spec) -> Spec {
    // A name one side gives an object and the other an enum (an enum named after a member
    // where that side has no object of the name) is the object's: only names that are an
    // enum on every side that has them are enums in the result.
    let enums: BTreeSet<String> = en
        .types
        .keys()
        .chain(zh.types.keys())
        .filter(|n| {
            [en.types.get(*n), zh.types.get(*n)]
                .into_iter()
                .flatten()
                .all(|t| t.members.is_empty() && !t.values.is_empty())
        })
        .cloned()
        .collect();
    let lost = |side: &Spec| -> BTreeSet<String> {
        side.types
            .iter()
            .filter(|(n, t)| !t.values.is_empty() && !enums.contains(*n))
            .map(|(n, _)| n.clone())
            .collect()
    };
    let (lost_en, lost_zh) = (lost(en), lost(zh));
    let ctx = Kinds {
        enums: &enums,
        lost_en: &lost_en,
        lost_zh: &lost_zh,
    };
    let mut out = Spec::default();
    let names: BTreeSet<&String> = en.actions.keys().chain(zh.actions.keys()).collect();
    for name in names {
        let a = en.actions.get(name).map(|a| only(a.clone(), "en"));
        let z = zh.actions.get(name).map(|z| only(z.clone(), "zh"));
        let action = match (a, z) {
            (Some(a), Some(z)) => combine_action(a, &z, &ctx),
            (Some(one), None) | (None, Some(one)) => one,
            (None, None) => continue,
        };
        out.actions.insert(name.clone(), action);
    }
    let names: BTreeSet<&String> = en.types.keys().chain(zh.types.keys()).collect();
    for name in names {
        let t = match (en.types.get(name), zh.types.get(name)) {
            (Some(a), _) if a.curated.is_some() => a.clone(),
            (_, Some(z)) if z.curated.is_some() => z.clone(),
            (Some(a), Some(z)) => combine_type(
                only_type(a.clone(), "en"),
                &only_type(z.clone(), "zh"),
                &ctx,
            ),
            (Some(a), None) => only_type(a.clone(), "en"),
            (None, Some(z)) => only_type(z.clone(), "zh"),
            (None, None) => continue,
        };
        out.types.insert(name.clone(), t);
    }
    out
}

/// The texts of a pair to keep: both, or one language's only.
type Keep<'a> = &'a dyn Fn((String, String)) -> (String, String);

/// The texts of `language` only (the other side's input did not give the rest).
fn keeping(language: &str) -> impl Fn((String, String)) -> (String, String) + '_ {
    move |(en, zh)| {
        if language == "en" {
            (en, String::new())
        } else {
            (String::new(), zh)
        }
    }
}

/// An action's every text written for a file of `to`'s language, as `keep` filters it.
fn rewrite_action(a: &mut ActionFile, to: &str, keep: Keep<'_>) {
    let from = a.language.clone();
    let texts = keep(pair(a, &from));
    write(a, to, texts);
    for m in a.input.iter_mut().chain(a.output.iter_mut()) {
        relabel_member(m, &from, to, keep);
    }
    for e in &mut a.errors {
        let texts = keep(pair(e, &from));
        write(e, to, texts);
    }
    for e in &mut a.examples {
        let title = keep((
            e.title_in(&from, "en").to_owned(),
            e.title_in(&from, "zh").to_owned(),
        ));
        let text = keep((
            e.description_in(&from, "en").to_owned(),
            e.description_in(&from, "zh").to_owned(),
        ));
        write_example(e, to, title, text);
    }
    a.language = to.to_owned();
}

/// A type's every text written for a file of `to`'s language, as `keep` filters it.
/// `name_is_no_text`: the English description equal to the type's name (the stand-in for a
/// description the English input did not give) is dropped.
fn rewrite_type(t: &mut TypeFile, to: &str, keep: Keep<'_>, name_is_no_text: bool) {
    let from = t.file_language().to_owned();
    let (mut en, zh) = pair(t, &from);
    if name_is_no_text && en == t.name {
        en = String::new();
    }
    let texts = keep((en, zh));
    write(t, to, texts);
    for m in &mut t.members {
        relabel_member(m, &from, to, keep);
    }
    for v in &mut t.values {
        let texts = keep(pair(v, &from));
        write(v, to, texts);
    }
    t.language = (to != "en").then(|| to.to_owned());
}

/// An action file with only the texts of `language`, written as a file of that language,
/// with that language's package; the other language's fields are cleared (that side's
/// input did not give them).
fn only(mut a: ActionFile, language: &str) -> ActionFile {
    let package = match (a.language == language, language) {
        (true, _) => a.source_package.take(),
        (false, "en") => a.source_package_en.take(),
        (false, _) => a.source_package_zh.take(),
    };
    rewrite_action(&mut a, language, &keeping(language));
    a.source_package = package;
    a.source_package_en = None;
    a.source_package_zh = None;
    a
}

fn only_type(mut t: TypeFile, language: &str) -> TypeFile {
    rewrite_type(&mut t, language, &keeping(language), false);
    t
}

fn relabel_member(m: &mut MemberSpec, from: &str, to: &str, keep: Keep<'_>) {
    let t = keep(pair(m, from));
    write(m, to, t);
    if let Some(f) = &mut m.filters {
        for n in &mut f.names {
            let t = keep(pair(n, from));
            write(n, to, t);
        }
    }
}

fn write_example(e: &mut ExampleSpec, to: &str, title: (String, String), text: (String, String)) {
    e.title_en = None;
    e.title_zh = None;
    e.description_en = None;
    e.description_zh = None;
    e.set_title_in(to, "en", title.0);
    e.set_title_in(to, "zh", title.1);
    e.set_description_in(to, "en", text.0);
    e.set_description_in(to, "zh", text.1);
}

/// `a` (English, its facts first) with `z`'s Chinese texts and what only `z` states.
fn combine_action(mut a: ActionFile, z: &ActionFile, kinds: &Kinds<'_>) -> ActionFile {
    let text = beside(&a.description, z.description.clone());
    a.set_description_in("en", "zh", text);
    if a.source_package != z.source_package {
        a.source_package_zh.clone_from(&z.source_package);
    }
    if a.rate_limit.is_none() {
        a.rate_limit = z.rate_limit;
    }
    if a.region_required.is_none() {
        a.region_required = z.region_required;
    }
    if a.access_level.is_none() {
        a.access_level.clone_from(&z.access_level);
    }
    if a.http.is_none() {
        a.http.clone_from(&z.http);
    }
    a.input = combine_members(&a.input, &z.input, kinds);
    a.output = combine_members(&a.output, &z.output, kinds);
    a.rules = combine_rules(&a.rules, &z.rules);
    a.errors = combine_errors(&a.errors, &z.errors);
    if a.examples.is_empty() {
        a.examples = z
            .examples
            .iter()
            .map(|e| {
                let mut out = e.clone();
                write_example(
                    &mut out,
                    "en",
                    (String::new(), e.title.clone()),
                    (String::new(), e.description.clone()),
                );
                out
            })
            .collect();
    } else {
        // Titles are prose: the two languages' examples are matched by position.
        for (e, ze) in a.examples.iter_mut().zip(&z.examples) {
            let title = beside(&e.title, ze.title.clone());
            e.set_title_in("en", "zh", title);
            let text = beside(&e.description, ze.description.clone());
            e.set_description_in("en", "zh", text);
        }
    }
    a
}

fn combine_type(mut a: TypeFile, z: &TypeFile, kinds: &Kinds<'_>) -> TypeFile {
    if a.description == a.name && z.description != z.name {
        // The English input named the type only; the Chinese one describes it.
        a.description = String::new();
    }
    let text = beside(&a.description, z.description.clone());
    a.set_description_in("en", "zh", text);
    if a.description.is_empty() {
        a.description = a.name.clone();
    }
    if a.members.is_empty() && !z.members.is_empty() {
        // The Chinese side's object over the English side's enum of the name.
        a.values.clear();
        a.members = z.members.clone();
        for m in &mut a.members {
            relabel_member(m, "zh", "en", &|t| t);
        }
    }
    let is_object = !a.members.is_empty();
    a.members = combine_members(&a.members, &z.members, kinds);
    a.rules = combine_rules(&a.rules, &z.rules);
    if is_object {
        a.values.clear();
        return a;
    }
    for zv in &z.values {
        match a.values.iter_mut().find(|v| v.value == zv.value) {
            Some(v) => {
                let text = beside(&v.description, zv.description.clone());
                v.set_description_in("en", "zh", text);
            }
            None => {
                let mut v = zv.clone();
                write(&mut v, "en", (String::new(), zv.description.clone()));
                a.values.push(v);
            }
        }
    }
    a
}

/// The English side's members with the Chinese texts and facts they lack, then the members
/// only the Chinese side lists.
fn combine_members(en: &[MemberSpec], zh: &[MemberSpec], kinds: &Kinds<'_>) -> Vec<MemberSpec> {
    let mut out: Vec<MemberSpec> = en.to_vec();
    for m in &mut out {
        let Some(z) = zh.iter().find(|z| z.name == m.name) else {
            continue;
        };
        let text = beside(&m.description, z.description.clone());
        m.set_description_in("en", "zh", text);
        // A String the Chinese side refines into an enum (values listed only in its text).
        if m.ty == "String" && z.list == m.list && kinds.enums.contains(&z.ty) {
            m.ty.clone_from(&z.ty);
        }
        m.format = m.format.or(z.format);
        m.nullable |= z.nullable;
        m.base64 |= z.base64;
        m.required |= z.required;
        if m.default.is_none() {
            m.default.clone_from(&z.default);
        }
        m.minimum = m.minimum.or(z.minimum);
        m.maximum = m.maximum.or(z.maximum);
        m.max_items = m.max_items.or(z.max_items);
        if m.example.is_none() {
            m.example.clone_from(&z.example);
        }
        m.location = m.location.or(z.location);
        m.style = m.style.or(z.style);
        match (&mut m.filters, &z.filters) {
            (Some(f), Some(zf)) => {
                f.max_values = f.max_values.or(zf.max_values);
                for zn in &zf.names {
                    match f.names.iter_mut().find(|n| n.name == zn.name) {
                        Some(n) => {
                            let text = beside(&n.description, zn.description.clone());
                            n.set_description_in("en", "zh", text);
                        }
                        None => {
                            let mut n = zn.clone();
                            write(&mut n, "en", (String::new(), zn.description.clone()));
                            f.names.push(n);
                        }
                    }
                }
            }
            (None, Some(zf)) => {
                let mut zf = zf.clone();
                for n in &mut zf.names {
                    let text = n.description.clone();
                    write(n, "en", (String::new(), text));
                }
                m.filters = Some(zf);
            }
            _ => {}
        }
    }
    for z in zh {
        if !en.iter().any(|m| m.name == z.name) {
            let mut m = z.clone();
            relabel_member(&mut m, "zh", "en", &|t| t);
            out.push(m);
        }
    }
    // A member typed by its side's enum whose name is the other side's object: the
    // documented values go, the string stays.
    for m in &mut out {
        let from_zh = !en.iter().any(|e| e.name == m.name);
        let lost = if from_zh {
            kinds.lost_zh
        } else {
            kinds.lost_en
        };
        if lost.contains(&m.ty) {
            m.ty = "String".to_owned();
        }
    }
    out
}

/// Which names are enums in the combined spec.
struct Kinds<'a> {
    enums: &'a BTreeSet<String>,
    /// Enums of the English side whose name is an object in the result.
    lost_en: &'a BTreeSet<String>,
    /// The same of the Chinese side.
    lost_zh: &'a BTreeSet<String>,
}

fn combine_rules(en: &[RuleSpec], zh: &[RuleSpec]) -> Vec<RuleSpec> {
    let mut out = en.to_vec();
    for r in zh {
        if !out.contains(r) {
            out.push(r.clone());
        }
    }
    out
}

fn combine_errors(en: &[ErrorSpec], zh: &[ErrorSpec]) -> Vec<ErrorSpec> {
    let mut out = en.to_vec();
    for z in zh {
        match out.iter_mut().find(|e| e.code == z.code) {
            Some(e) => {
                let text = beside(&e.description, z.description.clone());
                e.set_description_in("en", "zh", text);
            }
            None => {
                let mut e = z.clone();
                write(&mut e, "en", (String::new(), z.description.clone()));
                out.push(e);
            }
        }
    }
    out
}

/// A file whose texts are all Chinese is written as a Chinese file (`language: zh`), so a
/// file's language says what it holds whatever the order of the imports. A file with no
/// text in either language keeps its language.
pub(super) fn settle(spec: &mut Spec) {
    for a in spec.actions.values_mut() {
        if a.language == "en" && !has_text(a, "en") && has_text(a, "zh") {
            relabel(a, "zh");
        }
    }
    for t in spec.types.values_mut() {
        if t.curated.is_none()
            && t.file_language() == "en"
            && !type_has_text(t, "en")
            && type_has_text(t, "zh")
        {
            rewrite_type(t, "zh", &|texts| texts, true);
        }
    }
}

/// An action file written for a file of `to`'s language, every text and package kept.
fn relabel(a: &mut ActionFile, to: &str) {
    if a.language == to {
        return;
    }
    rewrite_action(a, to, &|texts| texts);
    let own = a.source_package.take();
    let (to_slot, from_slot) = if to == "zh" {
        (a.source_package_zh.take(), &mut a.source_package_en)
    } else {
        (a.source_package_en.take(), &mut a.source_package_zh)
    };
    *from_slot = own;
    a.source_package = to_slot;
}

/// Whether an action has text in `language` (its own or a member's).
fn has_text(a: &ActionFile, language: &str) -> bool {
    let l = a.language.as_str();
    !a.text(l, language).is_empty()
        || a.input
            .iter()
            .chain(&a.output)
            .any(|m| !m.text(l, language).is_empty())
}

/// Whether a type has text in `language`. In English, the type's name standing in for its
/// description, and a value standing in for its own, are no text.
fn type_has_text(t: &TypeFile, language: &str) -> bool {
    let l = t.file_language();
    // English stand-ins: the name for the type's description, the value for a value's.
    let stand_in = |text: &str, name: &str| language == "en" && text == name;
    let own = t.text(l, language);
    (!own.is_empty() && !stand_in(&t.description, &t.name))
        || t.members.iter().any(|m| !m.text(l, language).is_empty())
        || t.values
            .iter()
            .any(|v| !v.text(l, language).is_empty() && !stand_in(&v.description, &v.value))
}

/// The Chinese text to keep beside an English one: none when it is the same text (a page
/// that wrote an error's description in English in a Chinese file).
fn beside(en: &str, zh: String) -> String {
    if zh == en {
        String::new()
    } else {
        zh
    }
}
