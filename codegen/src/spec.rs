//! The spec format: what a transcribed documentation page looks like as JSON.
//!
//! These types are the single definition of the format: the loader deserializes them and
//! `spec/schema.json` is generated from them (`cargo xtask codegen`), so the schema an editor
//! validates against cannot drift from what the generator accepts. Only shape lives here;
//! the facts between files (type references, names, examples) are checked in `resolve`.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// `spec/<service>/<version>/service.json`: one service version.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ServiceFile {
    /// Path of the JSON Schema, for editors.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Short service name as used in host names and crate names (`tat`, `eflo-controller`).
    pub service: String,
    /// The vendor's name of the service, as its metadata gives it (imports keep it current).
    pub title: String,
    /// The vendor's Chinese name of the service, when its Chinese metadata gives one and
    /// `title` is the English package's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_zh: Option<String>,
    /// The title the SDK shows instead of `title` (crate descriptions, docs), written by
    /// hand: no import changes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_title: Option<String>,
    /// API version (`2020-10-28`).
    pub version: String,
    /// Version of the service's generated crates, model and client alike (`0.2.0`): Cargo's
    /// `MAJOR.MINOR.PATCH`; absent means `0.1.0`. Written by `cargo xtask update`, which
    /// moves it by the change report's verdict.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$"))]
    pub crate_version: Option<String>,
    /// Wire protocol family.
    pub protocol: ProtocolSpec,
    /// Documented fixed endpoints; the first is the default.
    #[serde(default)]
    pub endpoints: Vec<EndpointSpec>,
    /// Regional endpoint rule with `{region}` for the region id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regional_endpoint: Option<String>,
    /// Hosts of regions that differ from the regional rule (or from the first endpoint of a
    /// central service): region id → host, as the vendor's SDK lists them.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub endpoint_map: std::collections::BTreeMap<String, String>,
    /// Where credentials come from.
    pub credentials: CredentialsSpec,
    /// The platform's common error codes: any action of any service of the vendor may return
    /// them (Tencent Cloud API 3.0's common error codes page).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub common_errors: Vec<ErrorSpec>,
    /// Where `service_errors` come from, when a vendor file lists them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_errors_source: Option<ErrorSourceSpec>,
    /// The service's own error codes, any action of the service may return them (the vendor
    /// publishes no per-action list beside the few pages with an error table).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub service_errors: Vec<ErrorSpec>,
}

/// The vendor file a service's own error codes were read from.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ErrorSourceSpec {
    /// The file inside its package (`tencentcloud/tat/v20201028/errorcodes.py`).
    pub source: String,
    /// The package and its version (`tencentcloud-sdk-python-intl-en 3.1.193`).
    pub package: String,
    /// Language of the descriptions (`en`, `zh`).
    pub language: String,
}

/// Wire protocol family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
pub enum ProtocolSpec {
    /// Tencent Cloud API 3.0 (JSON body, TC3-HMAC-SHA256).
    #[serde(rename = "tc3-json")]
    Tc3Json,
    /// Alibaba Cloud RPC (form body, ACS3-HMAC-SHA256).
    #[serde(rename = "acs3-rpc")]
    Acs3Rpc,
    /// Alibaba Cloud ROA (REST paths with path parameters, JSON bodies, ACS3-HMAC-SHA256):
    /// every action has its `http` binding.
    #[serde(rename = "acs3-roa")]
    Acs3Roa,
}

/// A documented host.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EndpointSpec {
    /// Host name without scheme.
    pub host: String,
    /// Where the documentation names it and for what.
    pub description: String,
}

/// Credential sources of a service.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CredentialsSpec {
    /// Environment variable with the key id.
    pub id_env: String,
    /// Environment variable with the secret.
    pub secret_env: String,
    /// Environment variable with the session token.
    pub token_env: String,
    /// Environment variable with the default region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_env: Option<String>,
    /// The vendor's profile file (`~/.tencentcloud/credentials`).
    pub profile_file: String,
}

/// `spec/<service>/<version>/actions/<Action>.json`: one documentation page.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ActionFile {
    /// Path of the JSON Schema, for editors.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Action name (`DescribeInvocations`).
    pub name: String,
    /// The page the facts come from (file name under `shared/docs`, or a URL), or the
    /// metadata file (`tccli/services/tat/v20201028/api.json`).
    pub source: String,
    /// When the source was last updated: the page's "Last updated" time
    /// (`2023-03-14 16:55:47`), for pages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_updated: Option<String>,
    /// The metadata package and its version (`tccli 3.1.189.1`), for metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_package: Option<String>,
    /// The English metadata package, when the file's `language` is `zh` and the action is
    /// documented in both (`tccli-intl-en 3.1.193.1`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_package_en: Option<String>,
    /// The Chinese metadata package, when the file's `language` is `en` and the action is
    /// documented in both (`tccli 3.1.189.1`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_package_zh: Option<String>,
    /// Language of the descriptions (`en`, `zh`).
    pub language: String,
    /// What the action does, in the page's words.
    pub description: String,
    /// The description in English, when the file's `language` is `zh` (see "Languages" in spec/README.md).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_en: Option<String>,
    /// The description in Chinese, when the file's `language` is `en`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_zh: Option<String>,
    /// Documented request rate limit, requests per second.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rate_limit: Option<u32>,
    /// Whether the common Region parameter is required (Tencent pages say so per action);
    /// absent when the source does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_required: Option<bool>,
    /// Documented access level (Alibaba's "访问级别", e.g. `get`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_level: Option<String>,
    /// How the action is called over HTTP, where the vendor binds each action to a method and
    /// a path (Alibaba's SDK metadata); absent: the protocol's one binding (`POST /`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http: Option<HttpSpec>,
    /// Request members (without common parameters).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub input: Vec<MemberSpec>,
    /// Response members.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub output: Vec<MemberSpec>,
    /// Rules between request members.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<RuleSpec>,
    /// Error codes documented for the action.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<ErrorSpec>,
    /// The documented examples, verbatim.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<ExampleSpec>,
}

/// An action's HTTP binding.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HttpSpec {
    /// The method (`GET`, `POST`, `PUT`, `DELETE`, ...).
    pub method: String,
    /// The path, with `{Member}` for each request member whose `location` is `path`
    /// (`/clusters/{ClusterId}/attach`); `/` for RPC.
    pub path: String,
    /// How the members whose place is the body are encoded (the SDK's `req_body_type`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<BodyEncodingSpec>,
    /// What the answer's body holds (the SDK's `body_type`); absent: a JSON object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<AnswerBodySpec>,
}

/// How request members in the body are encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum BodyEncodingSpec {
    /// `application/x-www-form-urlencoded`, nested values flattened (`Key.1.Sub=...`).
    Form,
    /// `application/json`: the body members as one JSON object.
    Json,
}

/// What an answer's body holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum AnswerBodySpec {
    /// A JSON object whose members are the action's `output`.
    Json,
    /// Nothing: the status says it all; the action has no `output`.
    None,
}

/// Where a request member goes in the HTTP request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum LocationSpec {
    /// The query string.
    Query,
    /// The body, encoded as the action's `http.body` says.
    Body,
    /// A `{Member}` segment of the action's `http.path`, percent-encoded.
    Path,
    /// A header of the member's wire name.
    Header,
}

/// How a list or object member is written where it goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum StyleSpec {
    /// As one string holding its JSON (Alibaba's "shrink" members: `NodeIdList=["a","b"]`).
    Json,
    /// A list as one string of its items joined by commas.
    Simple,
}

/// `spec/<service>/<version>/types/<Type>.json`: a data type, either an object (`members`)
/// or a set of string values (`values`).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TypeFile {
    /// Path of the JSON Schema, for editors.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Type name (`Filter`).
    pub name: String,
    /// Where the facts come from.
    pub source: String,
    /// Language of the descriptions (`en`, `zh`); absent means `en`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// What the type is.
    pub description: String,
    /// The description in English, when the file's `language` is `zh` (see "Languages" in spec/README.md).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_en: Option<String>,
    /// The description in Chinese, when the file's `language` is `en`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_zh: Option<String>,
    /// Members of an object type.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<MemberSpec>,
    /// Values of an enum type.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<EnumValueSpec>,
    /// Rules between the members of an object type, checked wherever it is in a request.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<RuleSpec>,
    /// Present when the type is written by hand (an enum whose values the vendor documents
    /// on a page the metadata has no field for, a better name than the derived one): no
    /// import changes or removes it, and every import points the listed members at it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub curated: Option<CuratedSpec>,
}

/// What a curated type refines.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CuratedSpec {
    /// The members that have this type, whatever type the vendor's metadata gives them:
    /// `Action.input.Member`, `Action.output.Member` or `Type.Member`.
    pub members: Vec<String>,
}

/// Where a member sits, as a curated type names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemberPlace<'a> {
    /// `Action.input.Member`: `(action, member)`.
    Input(&'a str, &'a str),
    /// `Action.output.Member`: `(action, member)`.
    Output(&'a str, &'a str),
    /// `Type.Member`: `(type, member)`.
    Type(&'a str, &'a str),
}

impl<'a> MemberPlace<'a> {
    /// Read `Action.input.Member`, `Action.output.Member` or `Type.Member`.
    pub fn parse(place: &'a str) -> Option<Self> {
        match place.split('.').collect::<Vec<_>>().as_slice() {
            [action, "input", name] => Some(MemberPlace::Input(action, name)),
            [action, "output", name] => Some(MemberPlace::Output(action, name)),
            [ty, name] => Some(MemberPlace::Type(ty, name)),
            _ => None,
        }
    }
}

/// A member of a request, a response or a data type.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MemberSpec {
    /// Wire name (`InvocationIds`, without the page's `.N`).
    pub name: String,
    /// `String`, `Integer`, `Number`, `Boolean`, `Json` (any JSON value: the vendor's free
    /// maps and `Any`), or the name of a type in `types/`.
    #[serde(rename = "type")]
    pub ty: String,
    /// Refinement of the type: `int32`, `int64` (default for Integer), `uint64`; `float`,
    /// `double` (default for Number); `date-time`, `crontab`, `binary` (for String).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<FormatSpec>,
    /// The member is a list (`Array of ...`, `.N`).
    #[serde(default, skip_serializing_if = "is_false")]
    pub list: bool,
    /// The page marks the member required.
    #[serde(default, skip_serializing_if = "is_false")]
    pub required: bool,
    /// The documentation says the value may be null.
    #[serde(default, skip_serializing_if = "is_false")]
    pub nullable: bool,
    /// The string is base64-encoded.
    #[serde(default, skip_serializing_if = "is_false")]
    pub base64: bool,
    /// The page's description.
    pub description: String,
    /// The description in English, when the file's `language` is `zh` (see "Languages" in spec/README.md).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_en: Option<String>,
    /// The description in Chinese, when the file's `language` is `en`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_zh: Option<String>,
    /// Documented default value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<Value>,
    /// Documented smallest value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum: Option<i64>,
    /// Documented largest value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maximum: Option<i64>,
    /// Documented largest number of list items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<u32>,
    /// Filter names and limits, for a list of `Filter`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<FiltersSpec>,
    /// Documented example value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<Value>,
    /// Where a request member goes in the HTTP request (actions with an `http` binding);
    /// absent: the body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationSpec>,
    /// How a list or object request member is written; absent: as the body's encoding writes
    /// it (flattened in a form, nested in JSON).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub style: Option<StyleSpec>,
}

/// Refinement of a primitive type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
pub enum FormatSpec {
    /// Signed 32-bit integer.
    #[serde(rename = "int32")]
    Int32,
    /// Signed 64-bit integer.
    #[serde(rename = "int64")]
    Int64,
    /// Unsigned 64-bit integer.
    #[serde(rename = "uint64")]
    Uint64,
    /// ISO 8601 date-time string.
    #[serde(rename = "date-time")]
    DateTime,
    /// A number the vendor documents as single precision (decoded as `f64` all the same, so
    /// that no documented digit is lost).
    #[serde(rename = "float")]
    Float,
    /// A double-precision number.
    #[serde(rename = "double")]
    Double,
    /// Bytes the vendor documents as binary, carried in JSON as a string.
    #[serde(rename = "binary")]
    Binary,
    /// Five-field crontab string (`minute hour day-of-month month day-of-week`).
    #[serde(rename = "crontab")]
    Crontab,
}

/// The filters a `Filters` member accepts.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FiltersSpec {
    /// Largest number of `Values` in one filter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_values: Option<u32>,
    /// The accepted filter names.
    pub names: Vec<FilterNameSpec>,
}

/// One accepted filter name.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FilterNameSpec {
    /// The name (`invocation-id`).
    pub name: String,
    /// The page's description.
    pub description: String,
    /// The description in English, when the file's `language` is `zh` (see "Languages" in spec/README.md).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_en: Option<String>,
    /// The description in Chinese, when the file's `language` is `en`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_zh: Option<String>,
}

/// One value of an enum type.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EnumValueSpec {
    /// The wire value (`SUCCESS`).
    pub value: String,
    /// What it means.
    pub description: String,
    /// The description in English, when the file's `language` is `zh` (see "Languages" in spec/README.md).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_en: Option<String>,
    /// The description in Chinese, when the file's `language` is `en`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_zh: Option<String>,
}

/// A rule between request members (of an action, or of an object type).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub enum RuleSpec {
    /// At most one of these members may be given.
    MutuallyExclusive(Vec<String>),
    /// A member the page says is required when another member has a value ("This field is
    /// required if Policy is RECURRENCE", "Policy 为 RECURRENCE 时，需要指定此字段").
    RequiredIf(RequiredIfSpec),
}

/// `member` is required when member `when` equals `equals`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RequiredIfSpec {
    /// The member that becomes required (`Recurrence`).
    pub member: String,
    /// The member whose value decides (`Policy`), a sibling of `member`: a string, enum,
    /// integer, number or boolean member.
    pub when: String,
    /// The value of `when` that makes `member` required, as a JSON value of its type:
    /// `"RECURRENCE"` (a string or enum member), `1` (an integer or number), `true`.
    pub equals: RuleValueSpec,
}

/// A value a rule compares a member with, written as the JSON value of that member's type.
/// Which types it may be for which member is checked by `resolve`, against the member.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(
    untagged,
    expecting = "expected a string, an integer, a number or a boolean, of the type of the `when` member"
)]
pub enum RuleValueSpec {
    /// For a string or enum member (`"RECURRENCE"`).
    String(String),
    /// For an integer or number member (`1`).
    Integer(i64),
    /// For a number member (`1.5`).
    Number(f64),
    /// For a boolean member (`true`).
    Boolean(bool),
}

impl RuleValueSpec {
    /// The value as JSON, as the member holds it.
    pub fn to_json(&self) -> Value {
        match self {
            RuleValueSpec::String(s) => Value::String(s.clone()),
            RuleValueSpec::Integer(i) => Value::from(*i),
            RuleValueSpec::Number(x) => Value::from(*x),
            RuleValueSpec::Boolean(b) => Value::Bool(*b),
        }
    }

    /// The string, for a string or enum member's value.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            RuleValueSpec::String(s) => Some(s),
            _ => None,
        }
    }
}

/// As the documentation writes it: `RECURRENCE`, `1`, `true` (report lines, messages).
impl std::fmt::Display for RuleValueSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RuleValueSpec::String(s) => f.write_str(s),
            RuleValueSpec::Integer(i) => write!(f, "{i}"),
            RuleValueSpec::Number(x) => write!(f, "{x}"),
            RuleValueSpec::Boolean(b) => write!(f, "{b}"),
        }
    }
}

impl From<&str> for RuleValueSpec {
    fn from(s: &str) -> Self {
        RuleValueSpec::String(s.to_owned())
    }
}

/// A documented error code.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ErrorSpec {
    /// The code (`InvalidParameterValue.InvalidFilter`).
    pub code: String,
    /// The page's description.
    pub description: String,
    /// The description in English, when the file's `language` is `zh` (see "Languages" in spec/README.md).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_en: Option<String>,
    /// The description in Chinese, when the file's `language` is `en`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_zh: Option<String>,
}

/// A documented example.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExampleSpec {
    /// The example's title.
    pub title: String,
    /// The title in English, when the file's `language` is `zh` (see "Languages" in spec/README.md).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    /// The title in Chinese, when the file's `language` is `en`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_zh: Option<String>,
    /// The example's description, if the page gives one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// The description in English, when the file's `language` is `zh` (see "Languages" in spec/README.md).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_en: Option<String>,
    /// The description in Chinese, when the file's `language` is `en`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_zh: Option<String>,
    /// Request parameters, verbatim (without common parameters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request: Option<Value>,
    /// Response body, verbatim (with the `Response` wrapper for Tencent).
    pub response: Value,
    /// What an import changed in the vendor's example so the documented types can read it,
    /// each with its place (`/response/Response/Limit: "10" read as 10`); empty when the
    /// example is verbatim.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub repairs: Vec<String>,
}

/// `spec/<service>/<version>/waiters.json`: the service's waiters. They are SDK knowledge,
/// not page facts (the pages say which states are final, not how to poll), so they live
/// apart from the imported files and the importer never writes them.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WaitersFile {
    /// Path of the JSON Schema, for editors.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The waiters, in the order the client lists them.
    pub waiters: Vec<WaiterSpec>,
}

/// One waiter, after smithy's `smithy.waiters#waitable`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WaiterSpec {
    /// `<Resource><State>` in PascalCase (`InvocationFinished`).
    pub name: String,
    /// What it waits for (the client method's doc).
    pub description: String,
    /// The action polled (a Describe action of the service).
    pub action: String,
    /// Shortest delay between attempts, seconds (default 2, at least 1).
    #[serde(default = "default_min_delay")]
    pub min_delay: u32,
    /// Longest delay between attempts, seconds (default 120, at least `min_delay`).
    #[serde(default = "default_max_delay")]
    pub max_delay: u32,
    /// Checked in order after each attempt; the first that matches decides. At least one
    /// moves to `success`.
    pub acceptors: Vec<AcceptorSpec>,
    /// Actions whose answer starts this wait (the CLI's `--wait` on them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub follows: Vec<FollowSpec>,
    /// The final answer as rows, for the CLI's `--wait`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<ReportSpec>,
}

fn default_min_delay() -> u32 {
    2
}

fn default_max_delay() -> u32 {
    120
}

/// A state transition: exactly one of `output`, `success`, `error_code`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AcceptorSpec {
    /// Where the waiter goes when the matcher matches.
    pub state: AcceptorStateSpec,
    /// A JMESPath expression over a successful answer (wire names), compared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output: Option<PathMatcherSpec>,
    /// `true`: any successful answer; `false`: any error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// An error answer with this code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_code: Option<String>,
}

/// smithy's acceptor states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum AcceptorStateSpec {
    /// Done: the state waited for.
    Success,
    /// Done: it can no longer be reached.
    Failure,
    /// Poll again.
    Retry,
}

/// smithy's path matcher.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PathMatcherSpec {
    /// JMESPath over the answer (`InvocationSet[].InvocationStatus`).
    pub path: String,
    /// How the result is compared.
    pub comparator: ComparatorSpec,
    /// The expected value; `"true"` or `"false"` for `booleanEquals`.
    pub expected: String,
}

/// smithy's path comparators.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum ComparatorSpec {
    /// A string equal to `expected`.
    StringEquals,
    /// A boolean equal to `expected`.
    BooleanEquals,
    /// A non-empty array of strings, all equal to `expected`.
    AllStringEquals,
    /// An array with a string equal to `expected`.
    AnyStringEquals,
}

/// An action whose answer starts a wait.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FollowSpec {
    /// The action (`RunCommand`).
    pub action: String,
    /// The polling request; a string `"{Name}"` stands for member `Name` of the followed
    /// action's answer.
    pub request: Value,
}

/// The final answer as rows, for people.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportSpec {
    /// JMESPath giving one object per row; `seconds_between(start, end)` gives the seconds
    /// between two ISO 8601 times.
    pub rows: String,
    /// JMESPath, true when every row went as wished (else the CLI exits non-zero).
    pub succeeded: String,
}

// `skip_serializing_if` wants a function of `&T`.
#[allow(clippy::trivially_copy_pass_by_ref)]
fn is_false(b: &bool) -> bool {
    !*b
}

/// The JSON Schema of every spec file, as written to `spec/schema.json`.
pub fn json_schema() -> String {
    #[derive(JsonSchema)]
    #[allow(dead_code)]
    #[serde(untagged)]
    /// A spec file: a service, an action, a data type or the waiters.
    enum SpecFile {
        Service(ServiceFile),
        Action(ActionFile),
        Type(TypeFile),
        Waiters(WaitersFile),
    }
    let schema = schemars::schema_for!(SpecFile);
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema serializes");
    text.push('\n');
    text
}

/// A spec file as the importer writes it: keys in reading order, 2-space indentation, a final
/// newline. Every committed spec file is in this form, so a rewrite changes only what changed.
pub fn to_canonical_json<T: Serialize>(file: &T) -> String {
    let mut text = serde_json::to_string_pretty(file).expect("spec files serialize");
    text.push('\n');
    text
}

/// The languages descriptions are written in: a file's `language`, and the suffixes of the
/// other language's fields (`description_zh` in a file whose `language` is `en`).
pub const LANGUAGES: [&str; 2] = ["en", "zh"];

/// A text in `want`: `text` is in the file's `language`, `en`/`zh` the other language's
/// field (only the one that is not the file's language is ever set). Empty when absent.
pub fn text_in<'a>(
    file_language: &str,
    text: &'a str,
    en: &'a Option<String>,
    zh: &'a Option<String>,
    want: &str,
) -> &'a str {
    if want == file_language {
        return text;
    }
    match want {
        "en" => en.as_deref().unwrap_or(""),
        "zh" => zh.as_deref().unwrap_or(""),
        _ => "",
    }
}

/// Set a text in `lang`: in the main field when `lang` is the file's language, else in the
/// other language's field (`None` when empty).
fn set_text_in(
    file_language: &str,
    text: &mut String,
    en: &mut Option<String>,
    zh: &mut Option<String>,
    lang: &str,
    value: String,
) {
    if lang == file_language {
        *text = value;
        return;
    }
    let slot = if lang == "zh" { zh } else { en };
    *slot = (!value.is_empty()).then_some(value);
}

/// `description_in`/`set_description_in` for the spec items that carry a description in
/// both languages.
macro_rules! bilingual {
    ($($ty:ty),*) => {$(
        impl $ty {
            /// The description in `want` (`en`, `zh`), given the file's `language`; empty
            /// when the file has none in that language.
            pub fn description_in(&self, file_language: &str, want: &str) -> &str {
                text_in(file_language, &self.description, &self.description_en, &self.description_zh, want)
            }

            /// Set the description in `lang`, given the file's `language`.
            pub fn set_description_in(&mut self, file_language: &str, lang: &str, value: String) {
                set_text_in(file_language, &mut self.description, &mut self.description_en, &mut self.description_zh, lang, value);
            }
        }
    )*};
}

bilingual!(
    ActionFile,
    TypeFile,
    MemberSpec,
    FilterNameSpec,
    EnumValueSpec,
    ErrorSpec,
    ExampleSpec
);

impl ExampleSpec {
    /// The title in `want` (`en`, `zh`), given the file's `language`.
    pub fn title_in(&self, file_language: &str, want: &str) -> &str {
        text_in(
            file_language,
            &self.title,
            &self.title_en,
            &self.title_zh,
            want,
        )
    }

    /// Set the title in `lang`, given the file's `language`.
    pub fn set_title_in(&mut self, file_language: &str, lang: &str, value: String) {
        set_text_in(
            file_language,
            &mut self.title,
            &mut self.title_en,
            &mut self.title_zh,
            lang,
            value,
        );
    }
}

impl TypeFile {
    /// The file's language (`language`, absent meaning `en`).
    pub fn file_language(&self) -> &str {
        self.language.as_deref().unwrap_or("en")
    }
}
