//! The mock server against the runtime's client and hand-signed raw requests.

mod answers;
mod auth;
mod bound;
mod lifecycle_commands;
mod lifecycle_eflo;
mod lifecycle_invocations;
mod lifecycle_invokers;
mod lifecycle_registrations;
mod support;
mod switches;
mod validation;
