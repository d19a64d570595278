//! The facts one source states, whatever its format: what every front end (pages, metadata)
//! produces and the one merge reads. `None` means "the source does not say", which is not
//! the same as "no": merging keeps the spec's fact where the source is silent.

use std::collections::BTreeMap;

use codegen::spec::{
    ErrorSpec, ExampleSpec, FiltersSpec, FormatSpec, HttpSpec, LocationSpec, ProtocolSpec,
    RuleSpec, StyleSpec,
};
use serde_json::Value;

/// Which kind of source the facts come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    /// A documentation page captured as text.
    Page,
    /// The vendor's machine-readable data: API metadata (tccli's `api.json`), or the SDK's
    /// list of a service's error codes (`errorcodes.py`).
    Metadata,
}

/// Where facts come from, as recorded in the action files it writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// Page or metadata.
    pub kind: SourceKind,
    /// What `source` records: the page's file name, or the metadata's path inside its package.
    pub source: String,
    /// A page's "Last updated" time (`2023-03-14 16:55:47`).
    pub updated: Option<String>,
    /// The metadata package and version (`tccli 3.1.189.1`).
    pub package: Option<String>,
    /// Language of the descriptions (`en`, `zh`).
    pub language: String,
}

/// Which vendor family a source belongs to; decides the protocol of a new service.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Vendor {
    /// Tencent Cloud API 3.0.
    Tencent,
    /// Alibaba Cloud RPC.
    Alibaba,
}

/// Everything one input file says.
#[derive(Debug, Clone)]
pub struct SourceFacts {
    /// The input file as given on the command line.
    pub file: String,
    /// Where the facts come from.
    pub origin: Origin,
    /// Vendor family.
    pub vendor: Vendor,
    /// Service short name, when the source names it (`tat`).
    pub service: Option<String>,
    /// API version, when the source names it (`2020-10-28`).
    pub version: Option<String>,
    /// Human title of the service, when the source gives one.
    pub title: Option<String>,
    /// Endpoint host the source names (`tat.tencentcloudapi.com`).
    pub domain: Option<String>,
    /// How the service is reached, when the source states it whole (Alibaba's SDK): the
    /// protocol and the endpoints replace the service file's.
    pub reach: Option<ServiceReach>,
    /// Whether the source states the whole service version (API metadata): what it does
    /// not state is removed from the spec (`merge::whole`). A page is partial: what it does
    /// not speak about is kept.
    pub whole: bool,
    /// The actions the source documents.
    pub actions: Vec<ActionFacts>,
    /// Object types the source defines.
    pub types: Vec<TypeFacts>,
    /// The service's own error codes, when the source lists them (the whole list).
    pub service_errors: Option<Vec<ErrorSpec>>,
    /// What the source said that could not be used, each with its place.
    pub notes: Vec<String>,
}

/// How a service is reached, as a source that states it whole gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceReach {
    /// The wire protocol.
    pub protocol: ProtocolSpec,
    /// Regional endpoint rule with `{region}` (`cs.{region}.aliyuncs.com`).
    pub regional_endpoint: Option<String>,
    /// Fixed hosts, the first the default (a central service).
    pub endpoints: Vec<String>,
    /// Hosts of regions that differ from the rule (region → host).
    pub endpoint_map: BTreeMap<String, String>,
}

/// What a source says about one action.
#[derive(Debug, Clone, Default)]
pub struct ActionFacts {
    /// Action name.
    pub name: String,
    /// What the action does.
    pub description: Option<String>,
    /// Requests per second.
    pub rate_limit: Option<u32>,
    /// Whether the common Region parameter is required.
    pub region_required: Option<bool>,
    /// Alibaba's access level.
    pub access_level: Option<String>,
    /// The HTTP binding, when the source gives one per action (Alibaba's SDK).
    pub http: Option<HttpSpec>,
    /// Request members, when the source lists them (the whole list).
    pub input: Option<Vec<MemberFacts>>,
    /// Response members, when the source lists them (the whole list).
    pub output: Option<Vec<MemberFacts>>,
    /// Rules between request members found in the prose (only meaningful with `input`).
    pub rules: Vec<RuleSpec>,
    /// Error codes, when the source has an error table.
    pub errors: Option<Vec<ErrorSpec>>,
    /// Examples, when the source shows them.
    pub examples: Option<Vec<ExampleSpec>>,
    /// Titles of examples that could not be read (invalid JSON): existing examples with these
    /// titles are kept rather than dropped.
    pub unreadable_examples: Vec<String>,
}

/// The type a source gives a member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeFact {
    /// A string.
    String,
    /// An integer (width in `MemberFacts::format`, when said).
    Integer,
    /// A number with a fraction (precision in `MemberFacts::format`, when said).
    Number,
    /// A boolean.
    Boolean,
    /// Any JSON value (the vendor's free maps and `Any`).
    Json,
    /// An object type, by name.
    Object(String),
}

impl TypeFact {
    /// The spec's spelling of the type.
    pub fn spec_name(&self) -> &str {
        match self {
            TypeFact::String => "String",
            TypeFact::Integer => "Integer",
            TypeFact::Number => "Number",
            TypeFact::Boolean => "Boolean",
            TypeFact::Json => "Json",
            TypeFact::Object(name) => name,
        }
    }
}

/// What a source says about one member.
#[derive(Debug, Clone)]
pub struct MemberFacts {
    /// Wire name, without `.N`.
    pub name: String,
    /// Its type.
    pub ty: TypeFact,
    /// Whether it is a list.
    pub list: bool,
    /// Whether it is required (input tables say; output tables do not).
    pub required: Option<bool>,
    /// Whether the value may be null.
    pub nullable: Option<bool>,
    /// Whether the string is base64-encoded.
    pub base64: Option<bool>,
    /// Integer width or date-time.
    pub format: Option<FormatSpec>,
    /// The description, cleaned of what moved into other facts.
    pub description: String,
    /// Documented default.
    pub default: Option<Value>,
    /// Documented bounds.
    pub minimum: Option<i64>,
    /// Documented bounds.
    pub maximum: Option<i64>,
    /// Documented largest number of items.
    pub max_items: Option<u32>,
    /// Filter names and limits.
    pub filters: Option<FiltersSpec>,
    /// Example value.
    pub example: Option<Value>,
    /// Allowed values with their descriptions, for a string member.
    pub values: Vec<(String, String)>,
    /// Where a request member goes in the HTTP request, when the source says.
    pub location: Option<LocationSpec>,
    /// How a list or object request member is written, when the source says.
    pub style: Option<StyleSpec>,
}

impl MemberFacts {
    /// A member with only its name, type and description known.
    pub fn new(name: &str, ty: TypeFact, list: bool, description: String) -> Self {
        MemberFacts {
            name: name.to_owned(),
            ty,
            list,
            required: None,
            nullable: None,
            base64: None,
            format: None,
            description,
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filters: None,
            example: None,
            values: Vec::new(),
            location: None,
            style: None,
        }
    }
}

/// What a source says about an object type.
#[derive(Debug, Clone)]
pub struct TypeFacts {
    /// Type name.
    pub name: String,
    /// The file that defines it, when not the source's own (a model file of a package).
    pub source: Option<String>,
    /// What it is, when the source says.
    pub description: Option<String>,
    /// Its members.
    pub members: Vec<MemberFacts>,
}
