//! Rust names from wire names, and the rules that make them legal and distinct.

use heck::{ToKebabCase, ToSnakeCase, ToUpperCamelCase};

/// Keywords that may be used as raw identifiers (`r#type`).
const RAW_OK: &[&str] = &[
    "as", "break", "const", "continue", "else", "enum", "extern", "false", "fn", "for", "if",
    "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "static",
    "struct", "trait", "true", "type", "unsafe", "use", "where", "while", "async", "await", "dyn",
    "abstract", "become", "box", "do", "final", "macro", "override", "priv", "typeof", "unsized",
    "virtual", "yield", "try", "gen",
];

/// Keywords that cannot be identifiers at all, not even raw.
const NEVER: &[&str] = &["self", "Self", "super", "crate", "_"];

/// The crate-name stem of a service version (`<stem>-model`, `<stem>-client`): the service's
/// name for the newest version the spec has of it, `<service>-v<version without dashes>`
/// (`yunsou-v20180504`) for an older one, as the vendors' SDKs keep a module per version.
/// The rule `resolve` applies to the resolved services, here for those that name crates
/// without resolving a spec (the change report's crate bumps).
pub fn crate_stem(service: &str, version: &str, newest: bool) -> String {
    if newest {
        service.to_owned()
    } else {
        format!("{service}-v{}", version.replace('-', ""))
    }
}

/// Snake-case name of a wire name (`InvocationIds` → `invocation_ids`, `OutputCOSBucketUrl` →
/// `output_cos_bucket_url`).
pub fn snake(wire: &str) -> String {
    wire.to_snake_case()
}

/// Kebab-case name (`InvocationIds` → `invocation-ids`).
pub fn kebab(wire: &str) -> String {
    wire.to_kebab_case()
}

/// UpperCamel name (`PARTIAL_FAILED` → `PartialFailed`, `InvalidParameter.ConflictParameter`
/// → `InvalidParameterConflictParameter`).
pub fn camel(wire: &str) -> String {
    wire.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty())
        .map(|p| {
            if p.chars().any(|c| c.is_ascii_lowercase()) {
                // Already mixed case: keep the documented word boundaries.
                let mut c = p.chars();
                let first = c.next().map(|f| f.to_ascii_uppercase()).into_iter();
                first.chain(c).collect::<String>()
            } else {
                p.to_upper_camel_case()
            }
        })
        .collect()
}

/// A field or method identifier for `snake`: itself, a raw identifier for a keyword, a
/// trailing underscore for the keywords that cannot be raw (`self_`), or an error for names
/// that cannot be identifiers.
pub fn field_ident(snake: &str) -> Result<String, String> {
    if NEVER.contains(&snake) {
        // `self`, `super`, `crate` cannot be raw identifiers; Rust's convention for a
        // reserved word is a trailing underscore.
        return Ok(format!("{snake}_"));
    }
    if !is_ident(snake) {
        return Err(format!("`{snake}` is not a valid Rust identifier"));
    }
    if RAW_OK.contains(&snake) {
        Ok(format!("r#{snake}"))
    } else {
        Ok(snake.to_owned())
    }
}

/// Whether `name` is a keyword that must be written as a raw identifier (`r#type`).
pub fn needs_raw(name: &str) -> bool {
    RAW_OK.contains(&name)
}

/// Check a type name: UpperCamel, a legal identifier, not a keyword.
pub fn check_type_name(name: &str) -> Result<(), String> {
    if NEVER.contains(&name) || RAW_OK.contains(&name) {
        return Err(format!("`{name}` is a Rust keyword and cannot name a type"));
    }
    if !is_ident(name) || !name.starts_with(|c: char| c.is_ascii_uppercase()) {
        return Err(format!(
            "`{name}` cannot name a type: use UpperCamelCase ASCII letters and digits"
        ));
    }
    Ok(())
}

/// A wire name must start with a letter and hold only ASCII letters, digits and `_`.
pub fn check_wire_name(name: &str) -> Result<(), String> {
    if !is_ident(name) || name.starts_with('_') {
        return Err(format!(
            "`{name}` is not a member name: use ASCII letters, digits and `_`, starting with a letter"
        ));
    }
    Ok(())
}

fn is_ident(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The Rust item a documented filter name becomes in an action's `filters` module: a
/// constant (`invocation-id` → `INVOCATION_ID`), or for a template whose part after `:` is
/// replaced by the caller (`tag:tag-key`) a function of that part (`tag`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FilterItem {
    /// `pub const NAME: &str = "invocation-id";`
    Const(String),
    /// `pub fn prefix(key: &str) -> String` giving `prefix:key`.
    Template {
        /// The function name (`tag`).
        function: String,
        /// The part kept as written (`tag`).
        prefix: String,
    },
}

/// The item of filter name `name`, or why it cannot have one.
impl FilterItem {
    /// The item with `_<n>` after its name from 2 on (`LAN_IP_2`, `tag_2`), so two names that
    /// give the same item stay apart.
    pub fn numbered(&self, n: u32) -> FilterItem {
        let suffix = |s: &str| {
            if n < 2 {
                s.to_owned()
            } else {
                format!("{s}_{n}")
            }
        };
        match self {
            FilterItem::Const(c) => FilterItem::Const(suffix(c)),
            FilterItem::Template { function, prefix } => FilterItem::Template {
                function: suffix(function),
                prefix: prefix.clone(),
            },
        }
    }
}

pub fn filter_item(name: &str) -> Result<FilterItem, String> {
    use heck::ToShoutySnakeCase;
    let item = match name.split_once(':') {
        Some((prefix, _)) => FilterItem::Template {
            function: prefix.to_snake_case(),
            prefix: prefix.to_owned(),
        },
        None => FilterItem::Const(name.to_shouty_snake_case()),
    };
    let ident = match &item {
        FilterItem::Const(c) => c,
        FilterItem::Template { function, .. } => function,
    };
    let legal = ident.starts_with(|c: char| c.is_ascii_alphabetic())
        && ident.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if !legal || syn_keyword(ident) {
        return Err(format!(
            "filter name {name:?} gives no Rust name for its constant"
        ));
    }
    Ok(item)
}

fn syn_keyword(ident: &str) -> bool {
    syn::parse_str::<syn::Ident>(ident).is_err()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(snake("OutputCOSBucketUrl"), "output_cos_bucket_url");
        assert_eq!(snake("InvocationIds"), "invocation_ids");
        assert_eq!(kebab("InvocationIds"), "invocation-ids");
        assert_eq!(
            kebab("DescribeInvocationTasks"),
            "describe-invocation-tasks"
        );
        assert_eq!(kebab("OutputCOSBucketUrl"), "output-cos-bucket-url");
        assert_eq!(kebab("Name"), "name");
        assert_eq!(camel("PARTIAL_FAILED"), "PartialFailed");
        assert_eq!(camel("PlainText"), "PlainText");
        assert_eq!(camel("user"), "User");
        assert_eq!(
            camel("InvalidParameter.ConflictParameter"),
            "InvalidParameterConflictParameter"
        );
        assert_eq!(
            camel("UnauthorizedOperation.MFAExpired"),
            "UnauthorizedOperationMFAExpired"
        );
        assert_eq!(field_ident("type").unwrap(), "r#type");
        assert_eq!(field_ident("self").unwrap(), "self_");
    }
}
