// @generated from spec/eflo-controller/2022-12-15 by `cargo xtask codegen`; do not edit.
//! Alibaba Cloud eflo-controller (API version 2022-12-15): the data types and actions, as documented.
//!
//! Generated from `spec/eflo-controller/2022-12-15`. Types are plain serde values with no I/O; send them with the `eflo-controller-client` crate. Every documented enum has an `Unknown` variant that keeps values newer than the documentation, and unknown response members are ignored.
//!
//! Requests (and the types they hold) implement `Serialize`, responses (and theirs) `Deserialize`, which is what the wire needs; the features `serialize-all` and `deserialize-all` add the other direction to every type.

/// Data types shared by the actions.
#[rustfmt::skip]
pub mod types {
    /// The `ContentEncoding` data type.
    pub mod content_encoding;
    /// The `Invocation` data type.
    pub mod invocation;
    /// The `InvocationStatus` data type.
    pub mod invocation_status;
    /// The `Invocations` data type.
    pub mod invocations;
    /// The `InvokeNode` data type.
    pub mod invoke_node;
    /// The `InvokeNodes` data type.
    pub mod invoke_nodes;
    /// The `InvokeStatus` data type.
    pub mod invoke_status;
    /// The `NodeErrorCode` data type.
    pub mod node_error_code;
    /// The `NodeInvocationStatus` data type.
    pub mod node_invocation_status;
    /// The `RepeatMode` data type.
    pub mod repeat_mode;
}

/// One module per action: request, response and shape.
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
pub use actions::describe_invocations::DescribeInvocations;
pub use actions::describe_invocations::DescribeInvocationsRequest;
pub use actions::describe_invocations::DescribeInvocationsResponse;
pub use errors::ErrorCode;
pub use errors::ErrorFamily;
pub use service::SERVICE;
pub use types::content_encoding::ContentEncoding;
pub use types::invocation::Invocation;
pub use types::invocation_status::InvocationStatus;
pub use types::invocations::Invocations;
pub use types::invoke_node::InvokeNode;
pub use types::invoke_nodes::InvokeNodes;
pub use types::invoke_status::InvokeStatus;
pub use types::node_error_code::NodeErrorCode;
pub use types::node_invocation_status::NodeInvocationStatus;
pub use types::repeat_mode::RepeatMode;
