//! The resolved model the emitters read: every reference resolved, every Rust name chosen,
//! every fact checked. Emitters never look at spec files or make naming decisions.

use serde_json::Value;

pub use crate::spec::ProtocolSpec as Protocol;
/// Rules between members, as the spec writes them once checked (members exist, values are
/// documented).
pub use crate::spec::RuleSpec as Rule;
/// How body members are encoded, what an answer holds, where a request member goes and how
/// a list or object is written there: the spec's words, once checked.
pub use crate::spec::{
    AnswerBodySpec as AnswerBody, BodyEncodingSpec as BodyEncoding, LocationSpec as Location,
    StyleSpec as Style,
};

impl Service {
    /// Whether a member of an action or type is of the `Json` type: both crates then depend
    /// on `serde_json` (the model's fields and the client's setters are `serde_json::Value`).
    pub fn uses_json(&self) -> bool {
        let members = self
            .actions
            .iter()
            .flat_map(|a| a.input.iter().chain(&a.output))
            .chain(self.types.iter().flat_map(|t| match &t.kind {
                TypeKind::Struct(members) => members.as_slice(),
                TypeKind::Enum(_) => &[],
            }));
        members.into_iter().any(|m| m.ty == Ty::Json)
    }
}

/// A service version and everything in it.
#[derive(Debug, Clone)]
pub struct Service {
    /// Spec folder (`spec/tat/2020-10-28`).
    pub dir: String,
    /// Path of service.json.
    pub file: String,
    /// Service name (`eflo-controller`).
    pub name: String,
    /// Crate-name stem (`eflo-controller`; `yunsou-v20180504` for a version older than the
    /// newest one the spec has of the same service).
    pub crate_name: String,
    /// The crate-name stem as a Rust identifier (`eflo_controller`).
    pub snake: String,
    /// The newest version of its service in the spec: the CLI and the mock serve this one.
    pub newest: bool,
    /// Human title.
    pub title: String,
    /// API version.
    pub version: String,
    /// The version of the service's generated crates (`crate_version`, else
    /// `crate_version::DEFAULT`).
    pub crate_version: String,
    /// Wire protocol.
    pub protocol: Protocol,
    /// Fixed endpoints: (host, description).
    pub endpoints: Vec<(String, String)>,
    /// Regional endpoint rule.
    pub regional_endpoint: Option<String>,
    /// Hosts of regions that differ from the rule: (region, host), in region order.
    pub endpoint_map: Vec<(String, String)>,
    /// Credential environment variables and profile file.
    pub credentials: Credentials,
    /// The platform's common error codes, as the spec lists them.
    pub common_errors: Vec<ErrorCode>,
    /// The service's own error codes, as the spec lists them.
    pub service_errors: Vec<ErrorCode>,
    /// The package the service's own codes come from (`tencentcloud-sdk-python-intl-en 3.1.193`).
    pub service_errors_package: Option<String>,
    /// Every code of the service, once: the common codes, the service's codes and every code
    /// an action's page documents, sorted by code. The variants of the one `ErrorCode` enum.
    pub codes: Vec<ServiceCode>,
    /// The code families (dotted prefixes: `AuthFailure` of `AuthFailure.SignatureFailure`),
    /// sorted. The variants of `ErrorFamily`.
    pub families: Vec<Family>,
    /// Actions, sorted by name.
    pub actions: Vec<Action>,
    /// Data types, sorted by name.
    pub types: Vec<TypeDef>,
    /// Waiters (`waiters.json`), in file order.
    pub waiters: Vec<Waiter>,
}

/// A waiter: poll `action` until an acceptor decides (smithy's semantics).
#[derive(Debug, Clone)]
pub struct Waiter {
    /// Path of waiters.json.
    pub file: String,
    /// `InvocationFinished`.
    pub name: String,
    /// `invocation_finished` (the client method is `wait_until_invocation_finished`).
    pub snake: String,
    /// `invocation-finished`.
    pub kebab: String,
    pub description: String,
    /// Wire name of the polled action.
    pub action: String,
    pub min_delay: u32,
    pub max_delay: u32,
    pub acceptors: Vec<Acceptor>,
    /// Followed actions and their polling requests (JSON text with `"{Name}"` placeholders).
    pub follows: Vec<(String, String)>,
    /// Rows and success expressions of the CLI's report.
    pub report: Option<(String, String)>,
}

/// A waiter's state transition.
#[derive(Debug, Clone)]
pub struct Acceptor {
    pub state: AcceptorState,
    pub matcher: Matcher,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AcceptorState {
    Success,
    Failure,
    Retry,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Matcher {
    Output {
        path: String,
        comparator: Comparator,
        expected: String,
    },
    Success(bool),
    ErrorCode(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparator {
    StringEquals,
    BooleanEquals,
    AllStringEquals,
    AnyStringEquals,
}

/// Credential sources.
#[derive(Debug, Clone)]
pub struct Credentials {
    pub id_env: String,
    pub secret_env: String,
    pub token_env: String,
    pub region_env: Option<String>,
    pub profile_file: String,
}

/// One action.
#[derive(Debug, Clone)]
pub struct Action {
    /// Path of the action's spec file.
    pub file: String,
    /// Wire name (`DescribeInvocations`).
    pub name: String,
    /// The marker type's name: the wire name, or `<Name>Action` when a data type has that
    /// name (Tencent has both a type and an action `ReleaseService`).
    pub marker: String,
    /// Module and method name (`describe_invocations`).
    pub snake: String,
    /// Command name (`describe-invocations`).
    pub kebab: String,
    /// The page's description.
    pub description: Doc,
    /// The page the facts come from.
    pub source: String,
    pub rate_limit: Option<u32>,
    pub region_required: bool,
    /// Derived: the action only reads (its name starts with `Describe`, or the page's access
    /// level is `get`/`list`), so it may be retried after an ambiguous failure.
    pub read_only: bool,
    pub input: Vec<Member>,
    pub output: Vec<Member>,
    /// Rules between request members (wire names).
    pub rules: Vec<Rule>,
    /// The codes the action's page documents (all of them are also in `Service::codes`).
    pub errors: Vec<ErrorCode>,
    pub examples: Vec<Example>,
    pub pagination: Option<Pagination>,
    /// The action's own method and path (Alibaba ROA, RPC with query or header members).
    pub http: Option<Http>,
}

/// An action's HTTP binding, checked: the path's `{Member}`s are its path members.
#[derive(Debug, Clone)]
pub struct Http {
    /// `GET`, `POST`, ...
    pub method: String,
    /// `/clusters/{ClusterId}/nodepools`.
    pub path: String,
    /// How body members are encoded: the spec's, else the protocol's (a form for RPC, JSON
    /// for ROA).
    pub body: BodyEncoding,
    /// What the answer's body holds (absent in the spec: a JSON object).
    pub answer: AnswerBody,
}

/// Offset/Limit/TotalCount pagination, derived from the members.
#[derive(Debug, Clone)]
pub struct Pagination {
    /// Index of the `Offset` member in `input`.
    pub offset: usize,
    /// Index of the list member in `output` holding the items.
    pub items: usize,
    /// Index of the total count member in `output`.
    pub total: usize,
}

/// A documented error code, as one list of the spec gives it.
#[derive(Debug, Clone)]
pub struct ErrorCode {
    pub code: String,
    /// Variant name (`InvalidParameterValueInvalidFilter`).
    pub variant: String,
    pub description: Doc,
    /// Where its list has it (`/errors/3/code`), for messages about the service's codes.
    pub pointer: String,
}

/// One code of the service's `ErrorCode` enum, with every list that names it.
#[derive(Debug, Clone)]
pub struct ServiceCode {
    pub code: String,
    /// Variant name (`InvalidParameterValueInvalidFilter`).
    pub variant: String,
    /// The service's description, else the common one, else the first page's.
    pub description: Doc,
    /// Index into `Service::families`.
    pub family: usize,
    /// A common code of the platform.
    pub common: bool,
    /// One of the service's own codes.
    pub service: bool,
    /// Actions whose page documents the code, by name.
    pub actions: Vec<String>,
}

/// A family of codes: the part of a code before its first dot (the whole code without one).
#[derive(Debug, Clone)]
pub struct Family {
    /// The prefix as on the wire (`AuthFailure`).
    pub prefix: String,
    /// Variant name.
    pub variant: String,
}

/// A documented example.
#[derive(Debug, Clone)]
pub struct Example {
    pub title: Doc,
    pub description: Doc,
    pub request: Option<Value>,
    pub response: Value,
}

/// A member of a request, response or object type.
#[derive(Debug, Clone)]
pub struct Member {
    /// Wire name.
    pub wire: String,
    /// Field name, possibly a raw identifier (`r#type`).
    pub field: String,
    /// Plain snake name, for methods built from it (`type`).
    pub snake: String,
    /// Flag name (`invocation-ids`).
    pub kebab: String,
    pub ty: Ty,
    pub list: bool,
    pub required: bool,
    pub nullable: bool,
    pub base64: bool,
    pub description: Doc,
    pub default: Option<Value>,
    pub minimum: Option<i64>,
    pub maximum: Option<i64>,
    pub max_items: Option<u32>,
    pub filters: Option<Filters>,
    /// The page's example value, for generated doc examples.
    pub example: Option<Value>,
    /// Where a request member goes (absent: the body); only on request members.
    pub location: Option<Location>,
    /// How a list, object or `Json` request member is written where it goes.
    pub style: Option<Style>,
}

/// Allowed filters of a `Filters` member.
#[derive(Debug, Clone)]
pub struct Filters {
    pub max_values: Option<u32>,
    pub names: Vec<FilterName>,
}

/// One documented filter name.
#[derive(Debug, Clone)]
pub struct FilterName {
    /// The name as the service reads it (`invocation-id`, `tag:tag-key`).
    pub wire: String,
    /// Its item in the action's `filters` module, numbered when two names give the same one
    /// (`LanIp` and `lan-ip`: `LAN_IP` and `LAN_IP_2`).
    pub item: crate::naming::FilterItem,
    pub description: Doc,
}

/// The type of one value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ty {
    String,
    DateTime,
    /// A string holding a crontab.
    Crontab,
    Int32,
    Int64,
    Uint64,
    /// A JSON number with a fraction (`float` and `double` alike: `f64`).
    Number,
    Boolean,
    /// Any JSON value (`serde_json::Value`).
    Json,
    /// Index into `Service::types`.
    Enum(usize),
    /// Index into `Service::types`.
    Struct(usize),
}

/// A data type.
#[derive(Debug, Clone)]
pub struct TypeDef {
    pub file: String,
    /// Rust type name (= spec name).
    pub name: String,
    /// Module name (and file name, `src/types/<snake>.rs`): the name in snake case, numbered
    /// (`isp_2`) where an earlier type's name gives the same (`Isp` for `ISP`).
    pub snake: String,
    /// For a numbered module: the type whose name took the module first (`Isp`).
    pub numbered_after: Option<String>,
    pub description: Doc,
    pub kind: TypeKind,
    /// Rules between the members of an object type.
    pub rules: Vec<Rule>,
    /// Reachable from some action's input.
    pub in_input: bool,
    /// Reachable from some action's output.
    pub in_output: bool,
}

/// Object or enum.
#[derive(Debug, Clone)]
pub enum TypeKind {
    Struct(Vec<Member>),
    Enum(Vec<Variant>),
}

/// One enum value.
#[derive(Debug, Clone)]
pub struct Variant {
    pub wire: String,
    pub ident: String,
    pub description: Doc,
}

/// A description in the vendor's two documentation languages (empty where it has none):
/// rustdoc shows [`Doc::docs`], the shape tables carry both for the CLI's `--language`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Doc {
    /// English.
    pub en: String,
    /// Chinese.
    pub zh: String,
}

impl Doc {
    /// A text in one language (`en`, `zh`; anything else is taken as English).
    pub fn one(language: &str, text: &str) -> Self {
        Doc::both(
            if language == "zh" { "" } else { text },
            if language == "zh" { text } else { "" },
        )
    }

    /// Texts in both languages.
    pub fn both(en: &str, zh: &str) -> Self {
        Doc {
            en: en.to_owned(),
            zh: zh.to_owned(),
        }
    }

    /// The text the generated documentation shows: English where the vendor has English,
    /// Chinese otherwise.
    pub fn docs(&self) -> &str {
        if self.en.trim().is_empty() {
            &self.zh
        } else {
            &self.en
        }
    }
}

/// A `Doc` reads as the text the generated documentation shows ([`Doc::docs`]), which is
/// what every emitter of rustdoc wants; the shape tables take both languages by field.
impl std::ops::Deref for Doc {
    type Target = str;

    fn deref(&self) -> &str {
        self.docs()
    }
}

impl std::fmt::Display for Doc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.docs())
    }
}
