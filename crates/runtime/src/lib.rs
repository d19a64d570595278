//! The hand-written client runtime: everything that is per protocol, not per action.
//!
//! Generated client crates are thin wrappers over [`ServiceClient`]: they hand it a typed
//! request of an [`Action`](sdk_shape::Action) and get back the typed response or an
//! [`SdkError`] carrying the action's error-code enum. Everything in between lives here, one
//! job per module:
//!
//! - [`credentials`]: where secrets come from (explicit, environment, profile files);
//! - [`sign`]: TC3-HMAC-SHA256 and ACS3-HMAC-SHA256, step by step;
//! - [`protocol`]: building requests and reading envelopes of both wire protocols, and the
//!   form encoding of Alibaba's RPC style;
//! - `transport`: HTTP with timeouts and a cap on response size;
//! - [`retry`] and [`rate_limit`]: when to send again, and how often to send at all;
//! - [`client`] and [`paginate`]: the public face.

pub mod clock;
pub mod sign;
