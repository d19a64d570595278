//! A mock server for every documented service, driven by the shape tables the generator
//! writes into the model crates (`tat_model::SERVICE`, `eflo_controller_model::SERVICE`).
//!
//! One loopback listener serves every configured service. The engine is written once and is
//! generic over [`ServiceShape`]/[`ActionShape`](sdk_shape::ActionShape): it checks the
//! signature the way the vendor does, validates the request against the documented members
//! and answers with the documented example or a response of the documented shape.
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! let server = sdk_mock::MockServer::start(sdk_mock::MockOptions::all_services()).await?;
//! println!("mock listening at {}", server.endpoint()); // http://127.0.0.1:PORT
//! server.shutdown().await;
//! # Ok(()) }
//! ```
//!
//! # Credentials
//!
//! By default ([`MockCredentials::EnvOrDemo`]) the server accepts, per service, the key in
//! the environment variables the client reads (`TENCENTCLOUD_SECRET_ID`/`..._KEY`,
//! `ALIBABA_CLOUD_ACCESS_KEY_ID`/`..._SECRET`) when both are set at start, else the demo
//! keys of [`demo`]. The demo keys are obviously fake and grant nothing anywhere else.
//!
//! # Requests
//!
//! - Tencent (TC3): recognised by `X-TC-Action`; the service comes from the credential scope
//!   of `Authorization`, else the first label of `Host`, else the only Tencent service (a
//!   request without a scope is not signed as TC3 asks, and gets the signature check's code
//!   however many services are served).
//!   Errors come as `{"Response": {"Error": {"Code", "Message"}, "RequestId"}}` with HTTP 200
//!   and `Content-Type: application/json` exactly (what the official SDKs expect).
//! - Alibaba (ACS3, RPC and ROA): recognised by `x-acs-action`; the service by
//!   `x-acs-version`. Parameters come where the action's binding puts them: RPC's
//!   form-encoded in the body and the query string alike; a bound action's in its path,
//!   query, headers and form or JSON body, `json`-style members as one JSON text. The
//!   signature is checked over the method, path and query received. An action documented
//!   to answer without a body answers 200 with an empty one.
//!   Errors come with HTTP 4xx and `{"RequestId", "HostId", "Code", "Message", "Recommend"}`.
//!
//! Signature checks honour the `SignedHeaders` list and the `Host` header exactly as received
//! (tccli signs `http://127.0.0.1:PORT` as the host). Codes:
//!
//! | problem | Tencent | Alibaba |
//! |---|---|---|
//! | no / malformed `Authorization`, a signed header missing | `AuthFailure.SignatureFailure` | `IncompleteSignature` (400) |
//! | no `X-TC-Timestamp` / `X-TC-Version` | `MissingParameter` | — |
//! | wrong `x-acs-version` / `X-TC-Version` | `NoSuchVersion` | `InvalidVersion` (400) |
//! | unknown key id | `AuthFailure.SecretIdNotFound` | `InvalidAccessKeyId.NotFound` (404) |
//! | wrong signature | `AuthFailure.SignatureFailure` | `SignatureDoesNotMatch` (400) |
//! | clock skew | `AuthFailure.SignatureExpire` (> 5 min) | `InvalidTimeStamp.Expired` (400, > 15 min) |
//! | nonce reused within 15 min | — | `SignatureNonceUsed` (400) |
//! | unknown action | `InvalidAction` | `InvalidAction.NotFound` (404) |
//! | body over 1 MiB | `RequestSizeLimitExceeded` | `RequestSizeLimitExceeded` (413) |
//!
//! Validation errors of [`sdk_shape::validate_input`] map to the codes the action documents,
//! falling back to the service's common codes (see `validate.rs`): missing member
//! `MissingParameter` (Alibaba `Missing<Member>`; a member required when another has a value,
//! too), unknown member `UnknownParameter`, wrong
//! type `InvalidParameter` (or `InvalidParameterValue` when only that is documented),
//! mutually exclusive members `InvalidParameter.ConflictParameter`, too many filter values
//! `LimitExceeded.FilterValueExceeded`, out of range or too many items
//! `InvalidParameterValue.LimitExceeded` (else `.TooLarge`/`.TooSmall`/`.TooLong` when
//! documented, else `InvalidParameterValue`), unknown filter name
//! `InvalidParameterValue.InvalidFilter`, a date-time not in ISO 8601
//! `InvalidParameterValue.InvalidTimeFormat`, a crontab that is not one
//! `InvalidParameterValue.InvalidCronExpression` (each else `InvalidParameterValue`). Enum
//! values the documentation does not list are answered (the client warns). Malformed JSON or form bodies and other content
//! types get `InvalidParameter` with a message saying what was wrong.
//!
//! Identifier format: when an action documents `InvalidParameterValue.Invalid<Name>Id` and the
//! service's documented examples show `<Name>Id` values with one common prefix (`inv-`,
//! `ivk-`, `ins-`), an id in the request (as `<Name>Ids` item or the value of the
//! `<name>-id` filter) without that prefix followed by lower-case letters and digits gets
//! that code. Beyond that, well-formed ids are taken to exist, except where the TAT lifecycle
//! below keeps state (commands, invocations, and the instances of a scenario).
//!
//! # Answers
//!
//! - A request equal to a documented example's request (as JSON values, after filling the
//!   documented defaults on both sides) gets that example's response verbatim, RequestId
//!   included. An example documented without a request (the eflo-controller page) matches a
//!   request whose string members equal the same-named members of the example response.
//! - Otherwise the answer is built from the shapes, with a fresh UUID-like RequestId: the
//!   documented example is the template for every member. What it lacks, and every member
//!   of an action documented without an example, is filled from the shapes
//!   ([`sdk_shape::sample`]): the member's documented example value, else its default, else
//!   a value of its type (an enum's first documented value, `1970-01-01T00:00:00Z`,
//!   `0 0 1 * *`, base64 of `example`, 0 moved into the documented range, `false`, the
//!   member's name as a string); a list has one item and an object every member, at any
//!   depth (a type stops where it would contain itself), so no answer holds an empty object
//!   and every answer passes [`sdk_shape::validate_output`]. String members of the request are
//!   echoed into same-named members of the answer; for paged actions a list member
//!   `<Name>Ids` (or a filter `<name>-id`) gives one item per id with `<Name>Id` set, other
//!   filters whose kebab-case name is an item member fill that member, and without ids the
//!   action has [`MockOptions::synthetic_items`] synthetic items with distinct ids.
//!   `TotalCount` is the number of matching items and the page is the
//!   `Offset..Offset+Limit` slice (Limit default from the shape).
//! - Documented switches shape every built answer: a Boolean `Hide<Name>` / `Include<Name>`
//!   request member (TAT `HideOutput`, default true; eflo-controller `IncludeOutput`, off
//!   unless given) hides or shows the answer members `<Name>` at any depth (a hidden string
//!   is `""`), and a member whose enum has `Base64` and `PlainText` (eflo-controller
//!   `ContentEncoding`, default `Base64`) chooses the form of the members documented as
//!   base64. An example documented without a request answers only requests that give no
//!   switch, since the page does not say which switches produced it.
//!
//! # State
//!
//! The only state the documentation implies is creation: an action named `Create<Name>`
//! whose answer has a `<Name>Id` member (CreateInvoker) returns a fresh id, the documented
//! prefix plus 8 lower-case letters and digits (`ivk-3k9x0abc`), and remembers it. Items that
//! merely refer to such a resource (InvokerRecord refers to an invoker but is not one: its
//! own id would be `InvokerRecordId`) do not exist for a freshly created resource, because
//! nothing has run yet: DescribeInvokerRecords for a created invoker answers `TotalCount` 0.
//! State lives in memory for the life of the server.
//!
//! # The TAT lifecycle
//!
//! TAT's commands and invocations are answered from state (`lifecycle/tat/`); every other
//! action, and every other service, stays with the rules above. A request equal to a
//! documented example that names nothing the mock made still gets the documented answer.
//!
//! - **Commands.** CreateCommand stores the request with its documented defaults
//!   (`CommandType` SHELL, `WorkingDirectory` /root, `Timeout` 60, `EnableParameter` false)
//!   under a fresh `cmd-` id. DescribeCommands lists the stored commands, newest first, and
//!   nothing else (`CommandIds`; filters `command-id`, `command-name`, `command-type`,
//!   `created-by` (always USER), `tag-key`, `tag-value`, `tag:<key>`; `scene-id` matches
//!   none), paged by `Offset`/`Limit` with `TotalCount`. ModifyCommand replaces the members it
//!   names. DeleteCommand and DeleteCommands delete all the ids or, when one is unknown,
//!   none.
//! - **Invocations.** RunCommand (a command made from the request, stored when
//!   `SaveCommand` is true) and InvokeCommand (a stored command; `Timeout`,
//!   `WorkingDirectory`, `Username` and the COS members override it) make an `inv-`
//!   invocation with one `invt-` task per instance. A task is PENDING for 1 s, DELIVERING
//!   for 1 s, RUNNING for the instance's run time, then SUCCESS (exit code 0), FAILED (any
//!   other) or TIMEOUT when the run time is over the `Timeout`, at `Timeout`. CancelInvocation
//!   makes unfinished tasks (of its `InstanceIds`, else all) CANCELLED when not yet running,
//!   TERMINATED when running. The invocation's status follows: PENDING while all tasks wait,
//!   RUNNING while any is on its way; then CANCELLED / PARTIAL_CANCELLED when any was
//!   cancelled, SUCCESS when all succeeded, TIMEOUT when all timed out, FAILED when none
//!   succeeded, else PARTIAL_FAILED. Statuses and times are computed from [`MockClock`] at
//!   each request; nothing runs in the background.
//! - **Describing them.** DescribeInvocations (`InvocationIds`; filters `invocation-id`,
//!   `command-id`, `command-created-by`, `instance-kind`) and DescribeInvocationTasks
//!   (`InvocationTaskIds`; filters `invocation-task-id`, `invocation-id`, `instance-id`,
//!   `command-id`) answer from state, newest first and paged, when the request names an id
//!   the mock made (or an instance it ran on, or a scenario instance), or names no id once
//!   the mock has made an invocation. A request naming only ids the mock never made, or any
//!   request before the first invocation, keeps the shape answer above (so the documented
//!   `inv-q4zp60g0` still answers as documented). `TaskResult.Output` is the instance's
//!   output base64, once the command has exited, and only with `HideOutput` false: the
//!   documented default (true) leaves it empty.
//! - **Invokers.** CreateInvoker for a command the mock made stores the invoker (enabled)
//!   under a fresh `ivk-` id; for any other command it keeps the shape answer above. Its
//!   `ScheduleSettings` are checked either way: ONCE needs an `InvokeTime` like
//!   `2021-09-01T00:00:00+08:00` (else `InvalidParameterValue.InvalidTimeFormat`) in the
//!   future (else `InvalidParameterValue.InvokeTimeExpired`); RECURRENCE needs a five-field
//!   crontab, numbers in range, `*`, `?` for the days, ranges, steps and lists (else
//!   `InvalidParameterValue.InvalidCronExpression`). An enabled ONCE invoker fires once when
//!   the clock passes its time: an invocation as of that time (`InvocationSource` INVOKER)
//!   and a DescribeInvokerRecords entry whose `Result` is that invocation's status. An
//!   enabled RECURRENCE invoker fires at every minute its crontab matches, read in UTC+8 as
//!   the docs say (when both day fields are restricted, a day matching either fires), each
//!   firing as of its own minute; at most 100 missed firings are made up in one request.
//!   Times passed while an invoker is disabled are skipped, not made up. DescribeInvokers (`InvokerIds`; filters
//!   `invoker-id`, `command-id`, `invoker-type`) and DescribeInvokerRecords answer from
//!   state on the same terms as DescribeInvocations; Enable/Disable/Modify/DeleteInvoker
//!   change invokers the mock made and keep the shape answer for others.
//! - **Custom parameters.** `Parameters` (RunCommand, InvokeCommand, invokers,
//!   PreviewReplacedCommandContent) must be a JSON object of at most 20 string values under
//!   names of at most 64 characters from `[a-zA-Z0-9-_]`, each refused with its documented
//!   code (`InvalidParameterValue.ParameterInvalidJsonFormat`, `...ParameterNumberExceeded`,
//!   `...ParameterKeyLenExceeded`, `...ParameterKeyContainsInvalidChar`,
//!   `...ParameterValueNotString`), and only for a command with `EnableParameter`
//!   (`InvalidParameterValue.SupportParametersOnlyIfEnableParameter`).
//!   PreviewReplacedCommandContent replaces each `{{name}}` of the content (given, or of a
//!   command the mock made) with the request's value, else the command's
//!   `DefaultParameters` / `DefaultParameterConfs`; placeholders without a value stay.
//! - **Registration codes and registered instances.** CreateRegisterCode makes a code (a
//!   UUID-like id and a 64-hex value) with the documented defaults (`RegisterLimit` 10,
//!   `EffectiveTime` 4 hours; over 99999 hours it never expires, no `ExpiredTime`);
//!   DescribeRegisterCodes lists them newest first, DisableRegisterCodes and
//!   DeleteRegisterCodes change all the ids or, when one is unknown, none
//!   (`ResourceNotFound.RegisterCodesNotFoundCode`). The registered instances are the
//!   scenario's `rins-` instances (no agent registers with a code in the mock, so a code's
//!   `RegisteredCount` stays 0): DescribeRegisterInstances lists them (`InstanceIds`; filters
//!   `instance-id`, `instance-name`, `register-status`, `sys-name`) with their name, system
//!   and agent status; ModifyRegisterInstance renames one; DeleteRegisterInstance removes it,
//!   and commands for it are then refused like those for an unknown instance.
//! - **Unknown ids** get the first documented code of the action, else of the service's
//!   common codes: a command `ResourceNotFound.CommandNotFound`, else
//!   `InvalidParameterValue.InvalidCommandId`, else `ResourceNotFound`; an invocation
//!   `ResourceNotFound.InvocationNotFound` / `InvalidParameterValue.InvalidInvocationId` /
//!   `ResourceNotFound`; an instance (with a scenario) `ResourceNotFound.InstanceNotFound` /
//!   `InvalidParameterValue.InvalidInstanceId` / `ResourceNotFound`; an offline agent
//!   `ResourceUnavailable.AgentStatusNotOnline` / `ResourceUnavailable`; CancelInvocation for
//!   an instance the invocation did not run on `InvalidParameterValue.InvalidInstanceId` /
//!   `InvalidParameterValue`. (TAT 2020-10-28 documents per-action codes for few actions, so
//!   most of these answer with the common code.)
//! - The mock keeps up to 10,000 commands (more are refused with `LimitExceeded`) and the
//!   10,000 newest invocations.
//!
//! # Scenarios
//!
//! A [`Scenario`] ([`MockOptions::with_scenario`], `cloudcmd mock serve --scenario FILE`)
//! says what the fleet does. Without one, every well-formed instance id exists and every
//! command exits 0 with no output after 2 s. With one, only its instances exist:
//!
//! ```json
//! {
//!   "instances": [
//!     {"id": "ins-web00001", "output": "hello\n"},
//!     {"id": "ins-web00002", "exit_code": 1, "output": "disk full\n", "duration_seconds": 5},
//!     {"id": "lhins-db000001", "agent_status": "Offline"}
//!   ]
//! }
//! ```
//!
//! Per instance: `id` (required; `rins-` ids are registered instances), `name` (registered
//! instances; default the id), `agent_status` (`Online` default, or `Offline`: commands for
//! it are refused), `exit_code` (default 0; non-zero makes the task FAILED), `output` (text,
//! default empty, answered base64), `duration_seconds` (default 2, at most 86400),
//! `environment` (default `Linux`). DescribeAutomationAgentStatus then lists the scenario's
//! instances (`InstanceIds`; filters `instance-id`, `agent-status`, `environment`), an online
//! agent with a `LastHeartbeatTime` of now; without a scenario it keeps the shape answer. Unknown
//! fields, duplicate ids and bad durations are errors that name the place
//! ([`Scenario::from_json`], [`Scenario::from_file`]).
//!
//! # Time
//!
//! Whatever changes with time in the mock's state reads [`MockClock`]: the wall clock by
//! default ([`MockClock::real`]), a faster one ([`MockClock::scaled`]), or one that stands
//! still until a test moves it ([`MockClock::manual`], then
//! [`MockServer::clock`]`().advance(..)`). Signature checks keep using real time: they
//! compare the client's real timestamp.

#![warn(missing_docs)]

mod answer;
mod auth;
mod errors;
mod lifecycle;
mod placement;
mod server;
mod state;
mod switches;
mod validate;

use std::fmt;
use std::future::Future;
use std::net::SocketAddr;

use sdk_shape::ServiceShape;

pub use lifecycle::scenario::{AgentStatus, Scenario, ScenarioError, ScenarioInstance};
pub use lifecycle::MockClock;

#[doc(hidden)]
pub use placement::read_alibaba_request;
#[doc(hidden)]
pub use server::Handler;
pub use server::MockServer;

/// Demo credentials: obviously fake keys that the mock accepts when the environment names no
/// credentials, and that `cloudcmd --mock` signs with when none are configured.
pub mod demo {
    /// Tencent Cloud SecretId accepted by the mock.
    pub const TENCENT_SECRET_ID: &str = "AKIDMOCKDEMO0000000000000000000000000";
    /// Tencent Cloud SecretKey accepted by the mock.
    pub const TENCENT_SECRET_KEY: &str = "mockDemoSecretKeyNotARealSecret00";
    /// Alibaba Cloud AccessKey ID accepted by the mock.
    pub const ALIBABA_ACCESS_KEY_ID: &str = "LTAIMOCKDEMO00000000";
    /// Alibaba Cloud AccessKey secret accepted by the mock.
    pub const ALIBABA_ACCESS_KEY_SECRET: &str = "mockDemoAccessKeySecretNotReal0";
}

/// Which keys the mock accepts.
#[derive(Clone, Default)]
pub enum MockCredentials {
    /// Per service, the key in the environment variables the client reads
    /// (`ServiceShape.credentials.id_env`/`secret_env`) when both are set when the server
    /// starts, else the [`demo`] key of the vendor.
    #[default]
    EnvOrDemo,
    /// The [`demo`] keys only, whatever the environment says (for tests).
    Demo,
    /// These keys, for every service.
    Keys(Vec<MockKey>),
}

impl fmt::Debug for MockCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MockCredentials::EnvOrDemo => f.write_str("EnvOrDemo"),
            MockCredentials::Demo => f.write_str("Demo"),
            MockCredentials::Keys(keys) => f.debug_tuple("Keys").field(keys).finish(),
        }
    }
}

/// One accepted key: an id and its secret.
#[derive(Clone, PartialEq, Eq)]
pub struct MockKey {
    /// SecretId / AccessKey ID.
    pub id: String,
    /// SecretKey / AccessKey secret.
    pub secret: String,
}

impl MockKey {
    /// A key from its id and secret.
    pub fn new(id: impl Into<String>, secret: impl Into<String>) -> Self {
        MockKey {
            id: id.into(),
            secret: secret.into(),
        }
    }
}

impl fmt::Debug for MockKey {
    // The secret never appears in debug output.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MockKey")
            .field("id", &self.id)
            .field("secret", &"***")
            .finish()
    }
}

/// How a mock server is set up.
#[derive(Debug, Clone)]
pub struct MockOptions {
    /// Where to listen (default `127.0.0.1:0`: an ephemeral loopback port).
    pub listen: SocketAddr,
    /// The services served (default: every generated service).
    pub services: Vec<&'static ServiceShape>,
    /// Which keys are accepted.
    pub credentials: MockCredentials,
    /// Items of a paged action when the request names no ids (default 3).
    pub synthetic_items: u32,
    /// The clock of everything time-based in the mock's state (default: the wall clock).
    pub clock: MockClock,
    /// What the fleet behind the mock does (default: any instance, exit 0, no output, 2 s).
    pub scenario: Scenario,
}

impl Default for MockOptions {
    fn default() -> Self {
        MockOptions::serving(all_service_shapes())
    }
}

impl MockOptions {
    /// `services` on an ephemeral loopback port, env-or-demo credentials: no other service
    /// is decoded (`cloudcmd --mock` serves the one it calls).
    pub fn serving(services: Vec<&'static ServiceShape>) -> Self {
        MockOptions {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            services,
            credentials: MockCredentials::EnvOrDemo,
            synthetic_items: 3,
            clock: MockClock::real(),
            scenario: Scenario::default(),
        }
    }

    /// Every generated service on an ephemeral loopback port, env-or-demo credentials.
    pub fn all_services() -> Self {
        Self::default()
    }

    /// The same options serving only `services`.
    pub fn with_services(mut self, services: Vec<&'static ServiceShape>) -> Self {
        self.services = services;
        self
    }

    /// The same options listening on `listen`.
    pub fn with_listen(mut self, listen: SocketAddr) -> Self {
        self.listen = listen;
        self
    }

    /// The same options on `clock` (for tests: [`MockClock::manual`], then
    /// [`MockServer::clock`]`().advance(..)`).
    pub fn with_clock(mut self, clock: MockClock) -> Self {
        self.clock = clock;
        self
    }

    /// The same options with the fleet of `scenario`.
    pub fn with_scenario(mut self, scenario: Scenario) -> Self {
        self.scenario = scenario;
        self
    }

    /// The same options accepting `credentials`.
    pub fn with_credentials(mut self, credentials: MockCredentials) -> Self {
        self.credentials = credentials;
        self
    }
}

/// Every service of the included shape data (`sdk_catalogue`: the spec's services, or a
/// whole catalogue's in a build that includes one), each decoded on the first call. A
/// service whose data cannot be decoded is left out; `cloudcmd` reports it by name.
pub fn all_service_shapes() -> Vec<&'static ServiceShape> {
    sdk_catalogue::catalogue()
        .map(|c| c.entries().iter().filter_map(|e| e.shape().ok()).collect())
        .unwrap_or_default()
}

/// The service named `name` (`tat`, `eflo-controller`) of the included shape data.
pub fn service_shape(name: &str) -> Option<&'static ServiceShape> {
    sdk_catalogue::catalogue().ok()?.entry(name)?.shape().ok()
}

/// Serve until `shutdown` completes, then stop accepting, let open requests finish (up to
/// a few seconds) and return. For `cloudcmd mock serve`.
pub async fn serve(
    options: MockOptions,
    shutdown: impl Future<Output = ()>,
) -> std::io::Result<()> {
    server::serve(options, shutdown).await
}
