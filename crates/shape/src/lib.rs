//! Shapes: the documented facts of a service, as `static` tables.
//!
//! The generator writes one table per service, action and data type into the model crates
//! (`tat_model::SERVICE`, `tat_model::describe_invocations::SHAPE`, ...). Everything that
//! must follow the documentation without a copy per action reads these tables: the client
//! checks a request against them before sending it ([`validate_input`]), the CLI builds its
//! flags and help from them and checks answers against them ([`validate_output`]), and the
//! mock server validates and answers requests with them. Where the documentation has no
//! example of a whole request or answer, [`sample`] makes one from the tables (the CLI's
//! request skeleton, the mock's answers to actions without examples).
//!
//! Rules that several of those need live here once: what a JSON value of a documented type
//! is and the words for it ([`value`]), and when paging stops ([`next_offset`]).
//!
//! The crate does no I/O and depends only on `serde_json`.

#![warn(missing_docs)]

mod action;
mod binding;
#[cfg(feature = "data")]
pub mod data;
pub mod format;
mod input;
mod output;
mod paging;
mod path;
pub mod sample;
mod text;
pub mod value;
mod waiter;
pub mod wire;

pub use action::{Action, Page, PagedAction};
pub use binding::{
    path_pieces, AnswerBody, BodyEncoding, HttpBinding, Location, PathPiece, PathTemplateError,
    Style,
};
pub use input::{
    filter_name_matches, validate_input, validate_input_in, InputError, InputErrorKind,
    InputWarning, InputWarningKind,
};
pub use output::{validate_output, AnswerMismatch};
pub use paging::{next_offset, PageReceived, Pagination, MAX_PAGES};
pub use text::{Language, Text};
pub use value::{Bound, ValueType};
pub use waiter::{
    AcceptorShape, AcceptorState, Comparator, FollowShape, Matcher, ReportShape, WaiterShape,
};

/// How a service is called on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    /// Tencent Cloud API 3.0: JSON body, `X-TC-*` headers, TC3-HMAC-SHA256.
    Tc3Json,
    /// Alibaba Cloud RPC: form-encoded body, `x-acs-*` headers, ACS3-HMAC-SHA256.
    Acs3Rpc,
    /// Alibaba Cloud ROA: REST paths, JSON bodies, `x-acs-*` headers, ACS3-HMAC-SHA256;
    /// every action has its [`HttpBinding`].
    Acs3Roa,
}

impl Protocol {
    /// Whether the service is Alibaba Cloud's (RPC or ROA): `x-acs-*` headers, ACS3 signing,
    /// its credentials and its error bodies.
    pub fn is_acs3(self) -> bool {
        matches!(self, Protocol::Acs3Rpc | Protocol::Acs3Roa)
    }
}

/// A documented host name of a service.
#[derive(Debug)]
pub struct Endpoint {
    /// Host name, without scheme (`tat.tencentcloudapi.com`).
    pub host: &'static str,
    /// What the documentation says of it.
    pub description: &'static str,
}

/// The host of one region where it differs from the service's rule.
#[derive(Debug)]
pub struct RegionHost {
    /// The region id (`cn-hangzhou`).
    pub region: &'static str,
    /// Host name, without scheme.
    pub host: &'static str,
}

/// Where a client looks for credentials and its region.
#[derive(Debug)]
pub struct CredentialSources {
    /// Environment variable holding the access key id / secret id.
    pub id_env: &'static str,
    /// Environment variable holding the secret.
    pub secret_env: &'static str,
    /// Environment variable holding a session (security) token, for temporary credentials.
    pub token_env: &'static str,
    /// Environment variable holding the default region, when the vendor defines one.
    pub region_env: Option<&'static str>,
    /// The vendor's profile file, with `~` for the home directory.
    pub profile_file: &'static str,
}

/// A service version: protocol, endpoints, credentials and its actions.
#[derive(Debug)]
pub struct ServiceShape {
    /// Short service name, as used in hosts and the TC3 credential scope (`tat`).
    pub name: &'static str,
    /// Human title of the service.
    pub title: &'static str,
    /// API version (`2020-10-28`).
    pub version: &'static str,
    /// Wire protocol.
    pub protocol: Protocol,
    /// Documented fixed endpoints, the default first.
    pub endpoints: &'static [Endpoint],
    /// Regional endpoint rule, with `{region}` standing for the region id.
    pub regional_endpoint: Option<&'static str>,
    /// Hosts of regions that differ from the rule (Alibaba's endpoint map), by region id.
    pub endpoint_map: &'static [RegionHost],
    /// Credential sources.
    pub credentials: CredentialSources,
    /// The platform's common error codes: every action of every service may return them.
    pub common_errors: &'static [ErrorShape],
    /// The service's own error codes: every action of the service may return them.
    pub service_errors: &'static [ErrorShape],
    /// Every documented action.
    pub actions: &'static [&'static ActionShape],
    /// The waiters (`waiters.json`): SDK knowledge of how to poll for a state.
    pub waiters: &'static [&'static WaiterShape],
}

impl ServiceShape {
    /// The host the endpoint map gives `region`, if it lists it.
    pub fn mapped_host(&self, region: &str) -> Option<&'static str> {
        self.endpoint_map
            .iter()
            .find(|e| e.region == region)
            .map(|e| e.host)
    }

    /// The action with this wire name (`DescribeInvocations`).
    pub fn action(&self, name: &str) -> Option<&'static ActionShape> {
        self.actions.iter().copied().find(|a| a.name == name)
    }

    /// The waiter with this name (`InvocationFinished`) or command name.
    pub fn waiter(&self, name: &str) -> Option<&'static WaiterShape> {
        self.waiters
            .iter()
            .copied()
            .find(|w| w.name == name || w.command == name)
    }
}

/// One documented action.
#[derive(Debug)]
pub struct ActionShape {
    /// Wire name (`DescribeInvocations`).
    pub name: &'static str,
    /// Command-line name (`describe-invocations`).
    pub command: &'static str,
    /// The page's description of the action.
    pub description: Text,
    /// Documented request rate limit, requests per second.
    pub rate_limit: Option<u32>,
    /// Whether the common `Region` parameter is required (Tencent).
    pub region_required: bool,
    /// Whether the action only reads (safe to retry after an ambiguous failure).
    pub read_only: bool,
    /// Request members.
    pub input: &'static [MemberShape],
    /// Response members.
    pub output: &'static [MemberShape],
    /// Rules between request members.
    pub rules: &'static [Rule],
    /// Error codes the action's page documents (the service's own and common codes come on
    /// top).
    pub errors: &'static [ErrorShape],
    /// The documented examples, verbatim.
    pub examples: &'static [ExampleShape],
    /// Offset/Limit pagination, when the action has it.
    pub pagination: Option<Pagination>,
    /// The method and path the action is called with, where the vendor binds each action
    /// to its own (Alibaba ROA, and RPC actions with query or header members); `None`: the
    /// protocol's one binding (`POST /`, every member in the body).
    pub http: Option<&'static HttpBinding>,
}

impl ActionShape {
    /// The request member with this wire name.
    pub fn input_member(&self, name: &str) -> Option<&'static MemberShape> {
        self.input.iter().find(|m| m.name == name)
    }
}

/// A member of a request, response or data type.
#[derive(Debug)]
pub struct MemberShape {
    /// Wire name (`InvocationIds`).
    pub name: &'static str,
    /// Command-line flag name (`invocation-ids`).
    pub flag: &'static str,
    /// Type of one value.
    pub kind: Kind,
    /// Whether the member is a list of values.
    pub list: bool,
    /// Whether the member is required.
    pub required: bool,
    /// Whether the service documents the value as possibly null.
    pub nullable: bool,
    /// Whether the string is base64-encoded.
    pub base64: bool,
    /// Documented description.
    pub description: Text,
    /// Documented default, as JSON text.
    pub default: Option<&'static str>,
    /// The documentation's example value, as JSON text (of a list member, the whole list);
    /// kept for members that are not objects. Where an action documents no example of the
    /// whole, the mock answers with these ([`sample`]).
    pub example: Option<&'static str>,
    /// Documented smallest value.
    pub minimum: Option<i64>,
    /// Documented largest value.
    pub maximum: Option<i64>,
    /// Documented largest number of items of a list.
    pub max_items: Option<u32>,
    /// Filter rules, for members that are lists of `Filter`.
    pub filter: Option<&'static FilterShape>,
    /// Where a request member goes in the HTTP request ([`Location::Body`] for every member
    /// of an action without an [`HttpBinding`]).
    pub location: Location,
    /// How a list or object request member is written there; `None`: as its place writes
    /// it (flattened in a form or query, nested in JSON).
    pub style: Option<Style>,
}

impl MemberShape {
    /// A member of which nothing is documented: an optional single string in the body, not
    /// nullable, with no description, default, example or limits. Generated tables write each member as what
    /// differs from this (`..MemberShape::BASE`): a third of the lines, and less for rustc to
    /// read.
    pub const BASE: MemberShape = MemberShape {
        name: "",
        flag: "",
        kind: Kind::String,
        list: false,
        required: false,
        nullable: false,
        base64: false,
        description: Text::NONE,
        default: None,
        example: None,
        minimum: None,
        maximum: None,
        max_items: None,
        filter: None,
        location: Location::Body,
        style: None,
    };
}

/// Type of a value.
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    /// A string.
    String,
    /// A string holding an ISO 8601 date-time (`2021-09-01T00:00:00+08:00`).
    DateTime,
    /// A string holding a five-field crontab (`0 0 1 * *`).
    Crontab,
    /// A signed 32-bit integer.
    Int32,
    /// A signed 64-bit integer.
    Int64,
    /// An unsigned 64-bit integer.
    Uint64,
    /// A number that may have a fraction (the vendors' `float` and `double`).
    Number,
    /// A boolean.
    Boolean,
    /// Any JSON value (the vendors' free-form maps and `Any`): every value fits.
    Json,
    /// A string from a documented set of values.
    Enum(&'static EnumShape),
    /// An object.
    Struct(StructRef),
}

/// Where an object type's shape is: a `static` of a model crate, or an entry of a service's
/// table decoded from shape data ([`data`]). Object types may contain themselves (a tree
/// node's children), so a decoded table is filled only after every entry that points into
/// it is built; the reference is resolved when it is read. It reads as the
/// [`StructShape`] it names (`Deref`).
#[derive(Clone, Copy)]
pub struct StructRef(Place);

#[derive(Clone, Copy)]
enum Place {
    Static(&'static StructShape),
    #[cfg(feature = "data")]
    Table(&'static data::StructTable, u32),
}

impl StructRef {
    /// The shape of a generated `static`.
    pub const fn to(shape: &'static StructShape) -> StructRef {
        StructRef(Place::Static(shape))
    }

    /// Entry `index` of a decoded service's object types.
    #[cfg(feature = "data")]
    pub(crate) fn in_table(table: &'static data::StructTable, index: u32) -> StructRef {
        StructRef(Place::Table(table, index))
    }

    /// The shape it names.
    pub fn get(self) -> &'static StructShape {
        match self.0 {
            Place::Static(shape) => shape,
            #[cfg(feature = "data")]
            Place::Table(table, index) => table.entry(index),
        }
    }
}

impl std::ops::Deref for StructRef {
    type Target = StructShape;

    fn deref(&self) -> &StructShape {
        self.get()
    }
}

/// The type's name only: a type may contain itself.
impl std::fmt::Debug for StructRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("StructRef").field(&self.get().name).finish()
    }
}

/// A documented object type.
#[derive(Debug)]
pub struct StructShape {
    /// Type name (`Filter`).
    pub name: &'static str,
    /// Documented description.
    pub description: Text,
    /// Members.
    pub members: &'static [MemberShape],
    /// Rules between the members, checked in requests.
    pub rules: &'static [Rule],
}

/// A documented set of string values.
#[derive(Debug)]
pub struct EnumShape {
    /// Type name (`InvocationStatus`).
    pub name: &'static str,
    /// Documented description.
    pub description: Text,
    /// The documented values.
    pub values: &'static [EnumValue],
}

/// One documented value of an enum.
#[derive(Debug)]
pub struct EnumValue {
    /// The value on the wire.
    pub value: &'static str,
    /// What it means.
    pub description: Text,
}

/// Documented rules for a list of filters.
#[derive(Debug)]
pub struct FilterShape {
    /// Largest number of values of one filter.
    pub max_values: Option<u32>,
    /// The filter names the action accepts.
    pub names: &'static [FilterName],
}

/// One allowed filter name.
#[derive(Debug)]
pub struct FilterName {
    /// The name (`invocation-id`).
    pub name: &'static str,
    /// What it filters on.
    pub description: Text,
}

/// A documented rule between request members (of an action, or of an object type wherever
/// it appears in a request).
#[derive(Debug)]
pub enum Rule {
    /// At most one of these members may be given.
    MutuallyExclusive(&'static [&'static str]),
    /// `member` is required when member `when` has the value `equals` ("Recurrence is
    /// required if Policy is RECURRENCE").
    RequiredIf {
        /// The member that becomes required.
        member: &'static str,
        /// The member whose value decides.
        when: &'static str,
        /// The value that makes `member` required.
        equals: RuleValue,
    },
}

/// The value a rule compares a member with, of that member's type: a string (a string or
/// enum member: `Policy` is `RECURRENCE`), an integer or a number (`SourceType` is 1), a
/// boolean (`IsAll` is false). Shown as the documentation writes it (`RECURRENCE`, `1`,
/// `false`), which is how the request check's messages and the CLI's help name it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum RuleValue {
    /// A string.
    String(&'static str),
    /// An integer.
    Integer(i64),
    /// A number with a fraction.
    Number(f64),
    /// A boolean.
    Boolean(bool),
}

impl RuleValue {
    /// Whether the JSON `value` a request gives the member is this value. Numbers compare
    /// by value (`1` and `1.0` are the same number); a value of another JSON kind (`"1"`
    /// for an integer) never matches, as the member check has refused it already.
    pub fn matches(&self, value: &serde_json::Value) -> bool {
        use serde_json::Value;
        match (*self, value) {
            (RuleValue::String(s), Value::String(v)) => s == v,
            (RuleValue::Boolean(b), Value::Bool(v)) => b == *v,
            (RuleValue::Integer(i), Value::Number(n)) => match n.as_i64() {
                Some(v) => v == i,
                // A fraction, or an integer beyond i64 (which cannot equal `i`).
                None => n.is_f64() && n.as_f64() == Some(i as f64),
            },
            (RuleValue::Number(x), Value::Number(n)) => n.as_f64() == Some(x),
            _ => false,
        }
    }
}

impl std::fmt::Display for RuleValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RuleValue::String(s) => f.write_str(s),
            RuleValue::Integer(i) => write!(f, "{i}"),
            RuleValue::Number(x) => write!(f, "{x}"),
            RuleValue::Boolean(b) => write!(f, "{b}"),
        }
    }
}

/// A documented error code.
#[derive(Debug)]
pub struct ErrorShape {
    /// The code (`InvalidParameterValue.InvalidFilter`).
    pub code: &'static str,
    /// What it means.
    pub description: Text,
}

/// A documented example, verbatim.
#[derive(Debug)]
pub struct ExampleShape {
    /// The example's title.
    pub title: Text,
    /// The example's description.
    pub description: Text,
    /// The request parameters as JSON text (without common parameters).
    pub request: &'static str,
    /// The response as JSON text, exactly as documented (with `Response` for Tencent).
    pub response: &'static str,
}
