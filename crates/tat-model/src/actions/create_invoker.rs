// @generated from spec/tat/2020-10-28/actions/CreateInvoker.json by `cargo xtask codegen`; do not edit.
//! The `CreateInvoker` action: This API is used to create an invoker

use serde::{Deserialize, Serialize};

/// This API is used to create an invoker.
///
/// Marker type tying the request, response and error codes of `CreateInvoker` together.
#[derive(Debug, Clone, Copy, Default)]
pub struct CreateInvoker;

impl sdk_shape::Action for CreateInvoker {
    type Request = CreateInvokerRequest;
    type Response = CreateInvokerResponse;
    type ErrorCode = CreateInvokerErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `CreateInvoker`: This API is used to create an invoker.
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateInvokerRequest {
    /// Invoker name.
    ///
    /// Required.
    ///
    /// Wire name: `Name`.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Invoker type. It can only be SCHEDULE (recurring invokers).
    ///
    /// Required.
    ///
    /// Wire name: `Type`.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::InvokerType>,
    /// Remote command ID.
    ///
    /// Required.
    ///
    /// Wire name: `CommandId`.
    #[serde(rename = "CommandId", default, skip_serializing_if = "Option::is_none")]
    pub command_id: Option<String>,
    /// ID of the instance bound to the trigger. Up to 100 IDs are allowed.
    ///
    /// Required. At most 100 items.
    ///
    /// Wire name: `InstanceIds`.
    #[serde(rename = "InstanceIds", default, skip_serializing_if = "Option::is_none")]
    pub instance_ids: Option<Vec<String>>,
    /// The user who executes the command.
    ///
    /// Wire name: `Username`.
    #[serde(rename = "Username", default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// Custom parameters of the command.
    ///
    /// Wire name: `Parameters`.
    #[serde(rename = "Parameters", default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<String>,
    /// Settings required for a recurring invoker.
    ///
    /// Wire name: `ScheduleSettings`.
    #[serde(
        rename = "ScheduleSettings",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub schedule_settings: Option<crate::ScheduleSettings>,
}

/// Response of `CreateInvoker`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateInvokerResponse {
    /// Invoker ID.
    ///
    /// Wire name: `InvokerId`.
    #[serde(rename = "InvokerId", default, skip_serializing_if = "Option::is_none")]
    pub invoker_id: Option<String>,
    /// The unique request ID, which is returned for each request. RequestId is required for locating a problem.
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl CreateInvokerResponse {
    /// Invoker ID (`InvokerId`).
    pub fn invoker_id(&self) -> Option<&str> {
        self.invoker_id.as_deref()
    }

    /// The unique request ID, which is returned for each request. RequestId is required for locating a problem (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

/// Error codes of `CreateInvoker`: the ones its page documents, then the service's common codes.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateInvokerErrorCode {
    /// CAM signature/authentication error. (`AuthFailure`)
    AuthFailure,
    /// Internal error. (`InternalError`)
    InternalError,
    /// Invalid parameter. (`InvalidParameter`)
    InvalidParameter,
    /// Invalid CommandId. (`InvalidParameterValue.InvalidCommandId`)
    InvalidParameterValueInvalidCommandId,
    /// Invalid crontab expression. (`InvalidParameterValue.InvalidCronExpression`)
    InvalidParameterValueInvalidCronExpression,
    /// Invalid instance ID. (`InvalidParameterValue.InvalidInstanceId`)
    InvalidParameterValueInvalidInstanceId,
    /// Invalid time format. (`InvalidParameterValue.InvalidTimeFormat`)
    InvalidParameterValueInvalidTimeFormat,
    /// API invocation expired. (`InvalidParameterValue.InvokeTimeExpired`)
    InvalidParameterValueInvokeTimeExpired,
    /// The parameter is not a valid JSON string. (`InvalidParameterValue.ParameterInvalidJsonFormat`)
    InvalidParameterValueParameterInvalidJsonFormat,
    /// The command does not exist. (`ResourceNotFound.CommandNotFound`)
    ResourceNotFoundCommandNotFound,
    /// The instance does not exist. (`ResourceNotFound.InstanceNotFound`)
    ResourceNotFoundInstanceNotFound,
    /// TAT Agent is not installed. (`ResourceUnavailable.AgentNotInstalled`)
    ResourceUnavailableAgentNotInstalled,
    /// The signature does not match the one the server computed (common error) (`AuthFailure.SignatureFailure`)
    AuthFailureSignatureFailure,
    /// The signature has expired: the request timestamp is more than 5 minutes away from the server time (common error) (`AuthFailure.SignatureExpire`)
    AuthFailureSignatureExpire,
    /// The SecretId does not exist (common error) (`AuthFailure.SecretIdNotFound`)
    AuthFailureSecretIdNotFound,
    /// The SecretId is invalid (common error) (`AuthFailure.InvalidSecretId`)
    AuthFailureInvalidSecretId,
    /// The session token is invalid (common error) (`AuthFailure.TokenFailure`)
    AuthFailureTokenFailure,
    /// The request is not authorized (common error) (`AuthFailure.UnauthorizedOperation`)
    AuthFailureUnauthorizedOperation,
    /// The action does not exist (common error) (`InvalidAction`)
    InvalidAction,
    /// Invalid parameter value (common error) (`InvalidParameterValue`)
    InvalidParameterValue,
    /// The request is invalid (common error) (`InvalidRequest`)
    InvalidRequest,
    /// A limit was exceeded (common error) (`LimitExceeded`)
    LimitExceeded,
    /// A required parameter is missing (common error) (`MissingParameter`)
    MissingParameter,
    /// The API version does not exist (common error) (`NoSuchVersion`)
    NoSuchVersion,
    /// Too many requests: the rate limit was exceeded (common error) (`RequestLimitExceeded`)
    RequestLimitExceeded,
    /// The request is too large (common error) (`RequestSizeLimitExceeded`)
    RequestSizeLimitExceeded,
    /// The resource does not exist (common error) (`ResourceNotFound`)
    ResourceNotFound,
    /// The resource is unavailable (common error) (`ResourceUnavailable`)
    ResourceUnavailable,
    /// The service is temporarily unavailable (common error) (`ServiceUnavailable`)
    ServiceUnavailable,
    /// The operation is not authorized (common error) (`UnauthorizedOperation`)
    UnauthorizedOperation,
    /// Unknown parameter (common error) (`UnknownParameter`)
    UnknownParameter,
    /// The operation is not supported (common error) (`UnsupportedOperation`)
    UnsupportedOperation,
    /// The region is not supported (common error) (`UnsupportedRegion`)
    UnsupportedRegion,
    /// A code the documentation does not list, kept verbatim.
    Unknown(String),
}

impl CreateInvokerErrorCode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AuthFailure => "AuthFailure",
            Self::InternalError => "InternalError",
            Self::InvalidParameter => "InvalidParameter",
            Self::InvalidParameterValueInvalidCommandId => {
                "InvalidParameterValue.InvalidCommandId"
            }
            Self::InvalidParameterValueInvalidCronExpression => {
                "InvalidParameterValue.InvalidCronExpression"
            }
            Self::InvalidParameterValueInvalidInstanceId => {
                "InvalidParameterValue.InvalidInstanceId"
            }
            Self::InvalidParameterValueInvalidTimeFormat => {
                "InvalidParameterValue.InvalidTimeFormat"
            }
            Self::InvalidParameterValueInvokeTimeExpired => {
                "InvalidParameterValue.InvokeTimeExpired"
            }
            Self::InvalidParameterValueParameterInvalidJsonFormat => {
                "InvalidParameterValue.ParameterInvalidJsonFormat"
            }
            Self::ResourceNotFoundCommandNotFound => "ResourceNotFound.CommandNotFound",
            Self::ResourceNotFoundInstanceNotFound => "ResourceNotFound.InstanceNotFound",
            Self::ResourceUnavailableAgentNotInstalled => {
                "ResourceUnavailable.AgentNotInstalled"
            }
            Self::AuthFailureSignatureFailure => "AuthFailure.SignatureFailure",
            Self::AuthFailureSignatureExpire => "AuthFailure.SignatureExpire",
            Self::AuthFailureSecretIdNotFound => "AuthFailure.SecretIdNotFound",
            Self::AuthFailureInvalidSecretId => "AuthFailure.InvalidSecretId",
            Self::AuthFailureTokenFailure => "AuthFailure.TokenFailure",
            Self::AuthFailureUnauthorizedOperation => "AuthFailure.UnauthorizedOperation",
            Self::InvalidAction => "InvalidAction",
            Self::InvalidParameterValue => "InvalidParameterValue",
            Self::InvalidRequest => "InvalidRequest",
            Self::LimitExceeded => "LimitExceeded",
            Self::MissingParameter => "MissingParameter",
            Self::NoSuchVersion => "NoSuchVersion",
            Self::RequestLimitExceeded => "RequestLimitExceeded",
            Self::RequestSizeLimitExceeded => "RequestSizeLimitExceeded",
            Self::ResourceNotFound => "ResourceNotFound",
            Self::ResourceUnavailable => "ResourceUnavailable",
            Self::ServiceUnavailable => "ServiceUnavailable",
            Self::UnauthorizedOperation => "UnauthorizedOperation",
            Self::UnknownParameter => "UnknownParameter",
            Self::UnsupportedOperation => "UnsupportedOperation",
            Self::UnsupportedRegion => "UnsupportedRegion",
            Self::Unknown(value) => value,
        }
    }

    /// Whether the value is not one the documentation lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for CreateInvokerErrorCode {
    fn from(value: &str) -> Self {
        match value {
            "AuthFailure" => Self::AuthFailure,
            "InternalError" => Self::InternalError,
            "InvalidParameter" => Self::InvalidParameter,
            "InvalidParameterValue.InvalidCommandId" => {
                Self::InvalidParameterValueInvalidCommandId
            }
            "InvalidParameterValue.InvalidCronExpression" => {
                Self::InvalidParameterValueInvalidCronExpression
            }
            "InvalidParameterValue.InvalidInstanceId" => {
                Self::InvalidParameterValueInvalidInstanceId
            }
            "InvalidParameterValue.InvalidTimeFormat" => {
                Self::InvalidParameterValueInvalidTimeFormat
            }
            "InvalidParameterValue.InvokeTimeExpired" => {
                Self::InvalidParameterValueInvokeTimeExpired
            }
            "InvalidParameterValue.ParameterInvalidJsonFormat" => {
                Self::InvalidParameterValueParameterInvalidJsonFormat
            }
            "ResourceNotFound.CommandNotFound" => Self::ResourceNotFoundCommandNotFound,
            "ResourceNotFound.InstanceNotFound" => Self::ResourceNotFoundInstanceNotFound,
            "ResourceUnavailable.AgentNotInstalled" => {
                Self::ResourceUnavailableAgentNotInstalled
            }
            "AuthFailure.SignatureFailure" => Self::AuthFailureSignatureFailure,
            "AuthFailure.SignatureExpire" => Self::AuthFailureSignatureExpire,
            "AuthFailure.SecretIdNotFound" => Self::AuthFailureSecretIdNotFound,
            "AuthFailure.InvalidSecretId" => Self::AuthFailureInvalidSecretId,
            "AuthFailure.TokenFailure" => Self::AuthFailureTokenFailure,
            "AuthFailure.UnauthorizedOperation" => Self::AuthFailureUnauthorizedOperation,
            "InvalidAction" => Self::InvalidAction,
            "InvalidParameterValue" => Self::InvalidParameterValue,
            "InvalidRequest" => Self::InvalidRequest,
            "LimitExceeded" => Self::LimitExceeded,
            "MissingParameter" => Self::MissingParameter,
            "NoSuchVersion" => Self::NoSuchVersion,
            "RequestLimitExceeded" => Self::RequestLimitExceeded,
            "RequestSizeLimitExceeded" => Self::RequestSizeLimitExceeded,
            "ResourceNotFound" => Self::ResourceNotFound,
            "ResourceUnavailable" => Self::ResourceUnavailable,
            "ServiceUnavailable" => Self::ServiceUnavailable,
            "UnauthorizedOperation" => Self::UnauthorizedOperation,
            "UnknownParameter" => Self::UnknownParameter,
            "UnsupportedOperation" => Self::UnsupportedOperation,
            "UnsupportedRegion" => Self::UnsupportedRegion,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for CreateInvokerErrorCode {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for CreateInvokerErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CreateInvokerErrorCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        sdk_shape::wire::serialize_enum(self.as_str(), serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CreateInvokerErrorCode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_shape::wire::deserialize_enum(deserializer)
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "CreateInvoker",
    command: "create-invoker",
    description: "This API is used to create an invoker.",
    rate_limit: Some(20u32),
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "Name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            list: false,
            required: true,
            nullable: false,
            base64: false,
            description: "Invoker name.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "Type",
            flag: "type",
            kind: sdk_shape::Kind::Enum(&crate::types::invoker_type::SHAPE),
            list: false,
            required: true,
            nullable: false,
            base64: false,
            description: "Invoker type. It can only be SCHEDULE (recurring invokers).",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "CommandId",
            flag: "command-id",
            kind: sdk_shape::Kind::String,
            list: false,
            required: true,
            nullable: false,
            base64: false,
            description: "Remote command ID.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "InstanceIds",
            flag: "instance-ids",
            kind: sdk_shape::Kind::String,
            list: true,
            required: true,
            nullable: false,
            base64: false,
            description: "ID of the instance bound to the trigger. Up to 100 IDs are allowed.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: Some(100u32),
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "Username",
            flag: "username",
            kind: sdk_shape::Kind::String,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "The user who executes the command.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "Parameters",
            flag: "parameters",
            kind: sdk_shape::Kind::String,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "Custom parameters of the command.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "ScheduleSettings",
            flag: "schedule-settings",
            kind: sdk_shape::Kind::Struct(&crate::types::schedule_settings::SHAPE),
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "Settings required for a recurring invoker.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "InvokerId",
            flag: "invoker-id",
            kind: sdk_shape::Kind::String,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "Invoker ID.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "RequestId",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "The unique request ID, which is returned for each request. RequestId is required for locating a problem.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
    ],
    rules: &[],
    errors: &[
        sdk_shape::ErrorShape {
            code: "AuthFailure",
            description: "CAM signature/authentication error.",
        },
        sdk_shape::ErrorShape {
            code: "InternalError",
            description: "Internal error.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameter",
            description: "Invalid parameter.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidCommandId",
            description: "Invalid CommandId.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidCronExpression",
            description: "Invalid crontab expression.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidInstanceId",
            description: "Invalid instance ID.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidTimeFormat",
            description: "Invalid time format.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvokeTimeExpired",
            description: "API invocation expired.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.ParameterInvalidJsonFormat",
            description: "The parameter is not a valid JSON string.",
        },
        sdk_shape::ErrorShape {
            code: "ResourceNotFound.CommandNotFound",
            description: "The command does not exist.",
        },
        sdk_shape::ErrorShape {
            code: "ResourceNotFound.InstanceNotFound",
            description: "The instance does not exist.",
        },
        sdk_shape::ErrorShape {
            code: "ResourceUnavailable.AgentNotInstalled",
            description: "TAT Agent is not installed.",
        },
    ],
    examples: &[
        sdk_shape::ExampleShape {
            title: "Creating a run-once invoker",
            description: "Execute command cmd-m7uma92n on instance ins-yx05ky8j at 2021-09-01 00:00:00 UTC+8",
            request: "{\n  \"Name\": \"test-invoker\",\n  \"CommandId\": \"cmd-m7uma92n\",\n  \"InstanceIds\": [\n    \"ins-yx05ky8j\"\n  ],\n  \"Type\": \"SCHEDULE\",\n  \"ScheduleSettings\": {\n    \"Policy\": \"ONCE\",\n    \"InvokeTime\": \"2021-09-01T00:00:00+08:00\"\n  }\n}",
            response: "{\n  \"Response\": {\n    \"RequestId\": \"97268137-e0f7-477d-833b-766273d0ea47\",\n    \"InvokerId\": \"ivk-le1g3x2h\"\n  }\n}",
        },
        sdk_shape::ExampleShape {
            title: "Creating an invoker that executes a command repeatedly",
            description: "Execute command cmd-m7uma92n on instance ins-yx05ky8j at 00:00:00 UTC+8 on the first day of every month",
            request: "{\n  \"Name\": \"cron-invoker\",\n  \"CommandId\": \"cmd-m7uma92n\",\n  \"InstanceIds\": [\n    \"ins-yx05ky8j\"\n  ],\n  \"Type\": \"SCHEDULE\",\n  \"ScheduleSettings\": {\n    \"Policy\": \"RECURRENCE\",\n    \"Recurrence\": \"0 0 1 * *\"\n  }\n}",
            response: "{\n  \"Response\": {\n    \"RequestId\": \"d1d7ce29-b6ac-436d-93e0-b454f096cc50\",\n    \"InvokerId\": \"ivk-n0t6rxtv\"\n  }\n}",
        },
    ],
    pagination: None,
};
