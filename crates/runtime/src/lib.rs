//! The hand-written client runtime: everything that is per protocol, not per action.
//!
//! Generated client crates are thin wrappers over [`ServiceClient`]: they hand it a typed
//! request of an [`Action`] and get back the typed response or an
//! [`SdkError`] carrying the action's error-code enum. Everything in between lives here, one
//! job per module:
//!
//! - [`config`] and [`credentials`]: what a client is set up with, and where secrets come
//!   from (explicit, environment, profile files, instance roles, STS roles and OIDC);
//! - [`endpoint`]: which URL a service is called at;
//! - [`sign`]: TC3-HMAC-SHA256 and ACS3-HMAC-SHA256, step by step;
//! - [`protocol`]: building requests and reading envelopes of both wire protocols, and the
//!   form encoding of Alibaba's RPC style ([`protocol::form`]);
//! - `transport`: HTTP with timeouts and a cap on response size;
//! - [`retry`] and [`rate_limit`]: when to send again (backoff, `Retry-After`, the retry
//!   budget, clock-skew correction), and how often to send at all;
//! - [`client`] and [`paginate`]: the public face;
//! - [`waiter`]: polling an action until its answer ends the wait (smithy's waiters).
//!
//! ```no_run
//! # async fn demo(service: &'static sdk_shape::ServiceShape, action: &'static sdk_shape::ActionShape)
//! # -> Result<(), Box<dyn std::error::Error>> {
//! use sdk_runtime::{Config, Credentials, ServiceClient};
//! let config = Config::builder()
//!     .credentials(Credentials::new("AKID...", "secret"))
//!     .region("ap-guangzhou")
//!     .build();
//! let client = ServiceClient::new(service, config)?;
//! let answer = client.send_json(action, serde_json::json!({"Limit": 1})).await?;
//! println!("{} {:?}", answer.body, answer.request_id);
//! # Ok(()) }
//! ```

#![warn(missing_docs)]

pub mod client;
pub mod clock;
pub mod config;
pub mod credentials;
pub mod endpoint;
pub mod error;
pub mod paginate;
pub mod protocol;
pub mod rate_limit;
pub mod retry;
pub mod sign;
mod transport;
pub mod waiter;

pub use client::Paginator;
pub use client::{PreparedRequest, ServiceClient};
pub use config::{Config, ConfigBuilder, RateLimit};
pub use credentials::{Credentials, CredentialsError, SharedCredentialsProvider};
pub use error::{
    ConfigError, DecodeError, DecodeErrorKind, InputError, SdkError, ServiceError, TimeoutError,
    TransportError, TransportErrorKind,
};
pub use paginate::{PageSource, PageStream, Pages};
pub use protocol::RawResponse;
pub use retry::{RetryBudget, RetryConfig};
pub use sdk_shape::{Action, InputErrorKind, InputWarning, InputWarningKind, Page, PagedAction};
pub use waiter::{WaitOptions, WaiterError, Waiting};
