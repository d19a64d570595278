// @generated from spec/eflo-controller/2022-12-15 by `cargo xtask codegen`; do not edit.
//! Alibaba Cloud eflo-controller (API version 2022-12-15): the data types and actions, as documented.
//!
//! Generated from `spec/eflo-controller/2022-12-15`. Types are plain serde values with no I/O; send them with the `eflo-controller-client` crate. Every documented enum has an `Unknown` variant that keeps values newer than the documentation, and unknown response members are ignored.
//!
//! # How this crate is organised
//!
//! - [`types`]: the data types the actions share (`types::Invocation`).
//! - [`actions`]: one module per action (`actions::describe_invocations::{DescribeInvocations, DescribeInvocationsRequest, DescribeInvocationsResponse}`): the marker type that names the action to the runtime (`sdk_shape::Action`), its request and response, and the documented filter names.
//! - [`ErrorCode`] and [`ErrorFamily`]: every error code the service documents, and their dotted prefixes.
//! - [`SERVICE`]: the documented facts (endpoints, actions, members, limits) as a table the runtime, the CLI and the mock server read.
//!
//! Requests (and the types they hold) implement `Serialize`, responses (and theirs) `Deserialize`, which is what the wire needs; the features `serialize-all` and `deserialize-all` add the other direction to every type.
#![warn(missing_docs)]
/// The data types the actions share.
#[rustfmt::skip]
pub mod types {
    pub(crate) mod content_encoding;
    pub(crate) mod invocation;
    pub(crate) mod invocation_status;
    pub(crate) mod invocations;
    pub(crate) mod invoke_node;
    pub(crate) mod invoke_nodes;
    pub(crate) mod invoke_status;
    pub(crate) mod node_error_code;
    pub(crate) mod node_invocation_status;
    pub(crate) mod repeat_mode;
    pub use content_encoding::ContentEncoding;
    pub use invocation::Invocation;
    pub use invocation_status::InvocationStatus;
    pub use invocations::Invocations;
    pub use invoke_node::InvokeNode;
    pub use invoke_nodes::InvokeNodes;
    pub use invoke_status::InvokeStatus;
    pub use node_error_code::NodeErrorCode;
    pub use node_invocation_status::NodeInvocationStatus;
    pub use repeat_mode::RepeatMode;
}

/// One module per action: its marker type, request, response and filter names.
#[rustfmt::skip]
pub mod actions {
    /// The `DescribeInvocations` action.
    pub mod describe_invocations;
}

#[rustfmt::skip]
mod errors;
#[rustfmt::skip]
mod service;
#[rustfmt::skip]
mod each;
pub use errors::{ErrorCode, ErrorFamily};
pub use service::SERVICE;
