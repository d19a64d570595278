// @generated from spec/tat/2020-10-28/actions/InvokeCommand.json by `cargo xtask codegen`; do not edit.
//! The `InvokeCommand` action: This API is used to trigger a command on the specified instance and returns the execution activity ID (inv-xxxxxxxx) on success. Each execution activity has one or more execution tasks (invt-xxxxxxxx) and each execution task indicates an execution record on a CVM or Lighthouse instance

use serde::{Deserialize, Serialize};

/// This API is used to trigger a command on the specified instance and returns the execution activity ID (inv-xxxxxxxx) on success. Each execution activity has one or more execution tasks (invt-xxxxxxxx) and each execution task indicates an execution record on a CVM or Lighthouse instance.
///
/// * If the agent is not installed on the instance or is offline, an error is returned. * If the command type is not supported by the agent runtime environment, an error is returned. * The specified instance needs to be in a VPC network. * The specified instance needs to be in the RUNNING status. * Only one type of instances (CVM or Lighthouse) can be specified in a single request.
///
/// Marker type tying the request, response and error codes of `InvokeCommand` together.
#[derive(Debug, Clone, Copy, Default)]
pub struct InvokeCommand;

impl sdk_shape::Action for InvokeCommand {
    type Request = InvokeCommandRequest;
    type Response = InvokeCommandResponse;
    type ErrorCode = InvokeCommandErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `InvokeCommand`: This API is used to trigger a command on the specified instance and returns the execution activity ID (inv-xxxxxxxx) on success. Each execution activity has one or more execution tasks (invt-xxxxxxxx) and each execution task indicates an execution record on a CVM or Lighthouse instance.
///
/// * If the agent is not installed on the instance or is offline, an error is returned. * If the command type is not supported by the agent runtime environment, an error is returned. * The specified instance needs to be in a VPC network. * The specified instance needs to be in the RUNNING status. * Only one type of instances (CVM or Lighthouse) can be specified in a single request.
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct InvokeCommandRequest {
    /// Pending trigger command ID. call the DescribeCommands api to query command details.
    ///
    /// Required.
    ///
    /// Wire name: `CommandId`.
    #[serde(rename = "CommandId", default, skip_serializing_if = "Option::is_none")]
    pub command_id: Option<String>,
    /// Instance ID list for the command to be executed, with a cap of 200. Instance ID can be obtained through the query instance interface of corresponding cloud services. currently supported instance types:. - CVM - Lighthouse -TAT register instance.
    ///
    /// Required. At most 200 items.
    ///
    /// Wire name: `InstanceIds`.
    #[serde(rename = "InstanceIds", default, skip_serializing_if = "Option::is_none")]
    pub instance_ids: Option<Vec<String>>,
    /// Custom parameter of Command. field type is json encoded string. for example: {"varA": "222"}. The key is the custom parameter name, and the value is the default. both kv are string-type. This parameter can be set only when the EnableParameter of the command is true. you can obtain the EnableParameter settings through the DescribeCommands (detailed command information) api. If the parameter value is not provided, the DefaultParameters or DefaultParameterConfs of Command will be used to replace it. Custom parameters can be up to 20. The custom parameter name must meet the following standard: the number of characters has a cap of 64, and the optional range is \[a-zA-Z0-9-_\].
    ///
    /// Wire name: `Parameters`.
    #[serde(rename = "Parameters", default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<String>,
    /// The username used to execute the command on the CVM or Lighthouse instance. The principle of the least privilege is the best practice for permission management. We recommend you execute TAT commands as a general user. If this is not specified, the Username of the command is used by default.
    ///
    /// Wire name: `Username`.
    #[serde(rename = "Username", default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// Execution path of the command. The WorkingDirectory of the command is used by default.
    ///
    /// Wire name: `WorkingDirectory`.
    #[serde(
        rename = "WorkingDirectory",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub working_directory: Option<String>,
    /// Command timeout period. Value range: \[1, 86400\]. The Timeout of the command is used by default.
    ///
    /// Minimum: 1. Maximum: 86400.
    ///
    /// Wire name: `Timeout`.
    #[serde(rename = "Timeout", default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<u64>,
    /// The COS bucket URL for uploading logs. The URL must start with https, such as <https://BucketName-123454321.cos.ap-beijing.myqcloud.com>.
    ///
    /// Wire name: `OutputCOSBucketUrl`.
    #[serde(
        rename = "OutputCOSBucketUrl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub output_cos_bucket_url: Option<String>,
    /// The COS bucket directory where the logs are saved. Check below for the rules of the directory name. 1. It must be a combination of number, letters, and visible characters. Up to 60 characters are allowed. 2. Use a slash (/) to create a subdirectory. 3. ".." can not be used as the folder name. It cannot start with a slash (/), and cannot contain consecutive slashes.
    ///
    /// Wire name: `OutputCOSKeyPrefix`.
    #[serde(
        rename = "OutputCOSKeyPrefix",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub output_cos_key_prefix: Option<String>,
}

/// Response of `InvokeCommand`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct InvokeCommandResponse {
    /// Execution activity ID.
    ///
    /// Wire name: `InvocationId`.
    #[serde(rename = "InvocationId", default, skip_serializing_if = "Option::is_none")]
    pub invocation_id: Option<String>,
    /// The unique request ID, generated by the server, will be returned for every request (if the request fails to reach the server for other reasons, the request will not obtain a RequestId). RequestId is required for locating a problem.
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl InvokeCommandResponse {
    /// Execution activity ID (`InvocationId`).
    pub fn invocation_id(&self) -> Option<&str> {
        self.invocation_id.as_deref()
    }

    /// The unique request ID, generated by the server, will be returned for every request (if the request fails to reach the server for other reasons, the request will not obtain a RequestId). RequestId is required for locating a problem (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

/// Error codes of `InvokeCommand`: the ones its page documents, then the service's common codes.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InvokeCommandErrorCode {
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
    /// Internal error (common error) (`InternalError`)
    InternalError,
    /// The action does not exist (common error) (`InvalidAction`)
    InvalidAction,
    /// Invalid parameter (common error) (`InvalidParameter`)
    InvalidParameter,
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

impl InvokeCommandErrorCode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AuthFailureSignatureFailure => "AuthFailure.SignatureFailure",
            Self::AuthFailureSignatureExpire => "AuthFailure.SignatureExpire",
            Self::AuthFailureSecretIdNotFound => "AuthFailure.SecretIdNotFound",
            Self::AuthFailureInvalidSecretId => "AuthFailure.InvalidSecretId",
            Self::AuthFailureTokenFailure => "AuthFailure.TokenFailure",
            Self::AuthFailureUnauthorizedOperation => "AuthFailure.UnauthorizedOperation",
            Self::InternalError => "InternalError",
            Self::InvalidAction => "InvalidAction",
            Self::InvalidParameter => "InvalidParameter",
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

impl From<&str> for InvokeCommandErrorCode {
    fn from(value: &str) -> Self {
        match value {
            "AuthFailure.SignatureFailure" => Self::AuthFailureSignatureFailure,
            "AuthFailure.SignatureExpire" => Self::AuthFailureSignatureExpire,
            "AuthFailure.SecretIdNotFound" => Self::AuthFailureSecretIdNotFound,
            "AuthFailure.InvalidSecretId" => Self::AuthFailureInvalidSecretId,
            "AuthFailure.TokenFailure" => Self::AuthFailureTokenFailure,
            "AuthFailure.UnauthorizedOperation" => Self::AuthFailureUnauthorizedOperation,
            "InternalError" => Self::InternalError,
            "InvalidAction" => Self::InvalidAction,
            "InvalidParameter" => Self::InvalidParameter,
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

impl From<String> for InvokeCommandErrorCode {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for InvokeCommandErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for InvokeCommandErrorCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        sdk_shape::wire::serialize_enum(self.as_str(), serializer)
    }
}

impl<'de> serde::Deserialize<'de> for InvokeCommandErrorCode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_shape::wire::deserialize_enum(deserializer)
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "InvokeCommand",
    command: "invoke-command",
    description: "This API is used to trigger a command on the specified instance and returns the execution activity ID (inv-xxxxxxxx) on success. Each execution activity has one or more execution tasks (invt-xxxxxxxx) and each execution task indicates an execution record on a CVM or Lighthouse instance.\n\n* If the agent is not installed on the instance or is offline, an error is returned. * If the command type is not supported by the agent runtime environment, an error is returned. * The specified instance needs to be in a VPC network. * The specified instance needs to be in the RUNNING status. * Only one type of instances (CVM or Lighthouse) can be specified in a single request.",
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "CommandId",
            flag: "command-id",
            kind: sdk_shape::Kind::String,
            list: false,
            required: true,
            nullable: false,
            base64: false,
            description: "Pending trigger command ID. call the DescribeCommands api to query command details.",
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
            description: "Instance ID list for the command to be executed, with a cap of 200. Instance ID can be obtained through the query instance interface of corresponding cloud services. currently supported instance types:. - CVM - Lighthouse -TAT register instance.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: Some(200u32),
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
            description: "Custom parameter of Command. field type is json encoded string. for example: {\"varA\": \"222\"}. The key is the custom parameter name, and the value is the default. both kv are string-type. This parameter can be set only when the EnableParameter of the command is true. you can obtain the EnableParameter settings through the DescribeCommands (detailed command information) api. If the parameter value is not provided, the DefaultParameters or DefaultParameterConfs of Command will be used to replace it. Custom parameters can be up to 20. The custom parameter name must meet the following standard: the number of characters has a cap of 64, and the optional range is [a-zA-Z0-9-_].",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
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
            description: "The username used to execute the command on the CVM or Lighthouse instance. The principle of the least privilege is the best practice for permission management. We recommend you execute TAT commands as a general user. If this is not specified, the Username of the command is used by default.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "WorkingDirectory",
            flag: "working-directory",
            kind: sdk_shape::Kind::String,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "Execution path of the command. The WorkingDirectory of the command is used by default.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "Timeout",
            flag: "timeout",
            kind: sdk_shape::Kind::Uint64,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "Command timeout period. Value range: [1, 86400]. The Timeout of the command is used by default.",
            default: None,
            minimum: Some(1i64),
            maximum: Some(86400i64),
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "OutputCOSBucketUrl",
            flag: "output-cos-bucket-url",
            kind: sdk_shape::Kind::String,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "The COS bucket URL for uploading logs. The URL must start with https, such as https://BucketName-123454321.cos.ap-beijing.myqcloud.com.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "OutputCOSKeyPrefix",
            flag: "output-cos-key-prefix",
            kind: sdk_shape::Kind::String,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "The COS bucket directory where the logs are saved. Check below for the rules of the directory name. 1. It must be a combination of number, letters, and visible characters. Up to 60 characters are allowed. 2. Use a slash (/) to create a subdirectory. 3. \"..\" can not be used as the folder name. It cannot start with a slash (/), and cannot contain consecutive slashes.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "InvocationId",
            flag: "invocation-id",
            kind: sdk_shape::Kind::String,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "Execution activity ID.",
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
            description: "The unique request ID, generated by the server, will be returned for every request (if the request fails to reach the server for other reasons, the request will not obtain a RequestId). RequestId is required for locating a problem.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
    ],
    rules: &[],
    errors: &[],
    examples: &[
        sdk_shape::ExampleShape {
            title: "Triggering a command on a Lighthouse instance",
            description: "",
            request: "{\n  \"CommandId\": \"cmd-ffxdx79i\",\n  \"InstanceIds\": [\n    \"lhins-ar5wyn40\"\n  ]\n}",
            response: "{\n  \"Response\": {\n    \"RequestId\": \"41417f50-51b5-4c8d-85b7-f6c508cb228f\",\n    \"InvocationId\": \"inv-8xgjrytm\"\n  }\n}",
        },
    ],
    pagination: None,
};
