//! The mock server against the runtime's client and hand-signed raw requests.

mod answers;
mod auth;
mod support;
mod switches;
mod validation;
