// @generated from spec/tat/2020-10-28/types/InvokerRecord.json by `cargo xtask codegen`; do not edit.
//! The `InvokerRecord` data type.

use serde::{Deserialize, Serialize};

/// One run of an invoker.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct InvokerRecord {
    /// ID of the invoker.
    ///
    /// Wire name: `InvokerId`.
    #[serde(rename = "InvokerId", default, skip_serializing_if = "Option::is_none")]
    pub invoker_id: Option<String>,
    /// When the invoker ran.
    ///
    /// ISO 8601 date-time.
    ///
    /// Wire name: `InvokeTime`.
    #[serde(rename = "InvokeTime", default, skip_serializing_if = "Option::is_none")]
    pub invoke_time: Option<String>,
    /// Why the invoker ran.
    ///
    /// Wire name: `Reason`.
    #[serde(rename = "Reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// ID of the execution activity the run started.
    ///
    /// Wire name: `InvocationId`.
    #[serde(rename = "InvocationId", default, skip_serializing_if = "Option::is_none")]
    pub invocation_id: Option<String>,
    /// Result of the run.
    ///
    /// Wire name: `Result`.
    #[serde(rename = "Result", default, skip_serializing_if = "Option::is_none")]
    pub result: Option<crate::InvocationStatus>,
}

impl InvokerRecord {
    /// ID of the invoker (`InvokerId`).
    pub fn invoker_id(&self) -> Option<&str> {
        self.invoker_id.as_deref()
    }

    /// When the invoker ran (`InvokeTime`).
    pub fn invoke_time(&self) -> Option<&str> {
        self.invoke_time.as_deref()
    }

    /// Why the invoker ran (`Reason`).
    pub fn reason(&self) -> Option<&str> {
        self.reason.as_deref()
    }

    /// ID of the execution activity the run started (`InvocationId`).
    pub fn invocation_id(&self) -> Option<&str> {
        self.invocation_id.as_deref()
    }

    /// Result of the run (`Result`).
    pub fn result(&self) -> Option<&crate::InvocationStatus> {
        self.result.as_ref()
    }
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "InvokerRecord",
    description: "One run of an invoker.",
    members: &[
        sdk_shape::MemberShape {
            name: "InvokerId",
            flag: "invoker-id",
            kind: sdk_shape::Kind::String,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "ID of the invoker.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "InvokeTime",
            flag: "invoke-time",
            kind: sdk_shape::Kind::DateTime,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "When the invoker ran.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "Reason",
            flag: "reason",
            kind: sdk_shape::Kind::String,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "Why the invoker ran.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "InvocationId",
            flag: "invocation-id",
            kind: sdk_shape::Kind::String,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "ID of the execution activity the run started.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "Result",
            flag: "result",
            kind: sdk_shape::Kind::Enum(&crate::types::invocation_status::SHAPE),
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "Result of the run.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
    ],
};
