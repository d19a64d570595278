// @generated from spec/tat/2020-10-28 by `cargo xtask codegen`; do not edit.
//! The service's error codes: one enum for every action, and the families of codes.

/// An error code of Tencent Cloud TAT: the platform's common codes, and the codes the action pages document, each once. Any action may return any of them; each action's documentation lists the codes its page names.
///
/// `family()` gives the code's family (`AuthFailure` of `AuthFailure.SignatureFailure`), to match a kind of error without strings.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorCode {
    /// `AuthFailure`: CAM signature/authentication error.
    ///
    /// Documented by `CreateInvoker`, `DescribeInvokerRecords`.
    AuthFailure,
    /// `AuthFailure.InvalidSecretId`: The SecretId is invalid.
    ///
    /// A common code of the platform.
    AuthFailureInvalidSecretId,
    /// `AuthFailure.SecretIdNotFound`: The SecretId does not exist.
    ///
    /// A common code of the platform.
    AuthFailureSecretIdNotFound,
    /// `AuthFailure.SignatureExpire`: The signature has expired: the request timestamp is more than 5 minutes away from the server time.
    ///
    /// A common code of the platform.
    AuthFailureSignatureExpire,
    /// `AuthFailure.SignatureFailure`: The signature does not match the one the server computed.
    ///
    /// A common code of the platform.
    AuthFailureSignatureFailure,
    /// `AuthFailure.TokenFailure`: The session token is invalid.
    ///
    /// A common code of the platform.
    AuthFailureTokenFailure,
    /// `AuthFailure.UnauthorizedOperation`: The request is not authorized.
    ///
    /// A common code of the platform.
    AuthFailureUnauthorizedOperation,
    /// `InternalError`: Internal error.
    ///
    /// A common code of the platform; documented by `CreateInvoker`, `DescribeInvocationTasks`, `DescribeInvocations`.
    InternalError,
    /// `InvalidAction`: The action does not exist.
    ///
    /// A common code of the platform.
    InvalidAction,
    /// `InvalidParameter`: Invalid parameter.
    ///
    /// A common code of the platform; documented by `CreateInvoker`, `DescribeInvocationTasks`, `DescribeInvocations`.
    InvalidParameter,
    /// `InvalidParameter.ConflictParameter`: 参数冲突.
    ///
    /// Documented by `DescribeInvocationTasks`, `DescribeInvocations`.
    InvalidParameterConflictParameter,
    /// `InvalidParameterValue`: Invalid parameter value.
    ///
    /// A common code of the platform; documented by `DescribeInvocationTasks`, `DescribeInvokerRecords`.
    InvalidParameterValue,
    /// `InvalidParameterValue.InconsistentID`: Invalid ID format or inconsistent format in the array.
    ///
    /// Documented by `DescribeInvokerRecords`.
    InvalidParameterValueInconsistentID,
    /// `InvalidParameterValue.InvalidCommandId`: Invalid CommandId.
    ///
    /// Documented by `CreateInvoker`, `DescribeInvocationTasks`, `DescribeInvocations`.
    InvalidParameterValueInvalidCommandId,
    /// `InvalidParameterValue.InvalidCronExpression`: Invalid crontab expression.
    ///
    /// Documented by `CreateInvoker`.
    InvalidParameterValueInvalidCronExpression,
    /// `InvalidParameterValue.InvalidFilter`: Filter 无效.
    ///
    /// Documented by `DescribeInvocationTasks`, `DescribeInvocations`.
    InvalidParameterValueInvalidFilter,
    /// `InvalidParameterValue.InvalidInstanceId`: Invalid instance ID.
    ///
    /// Documented by `CreateInvoker`, `DescribeInvocationTasks`.
    InvalidParameterValueInvalidInstanceId,
    /// `InvalidParameterValue.InvalidInvocationId`: 不合法的执行活动ID.
    ///
    /// Documented by `DescribeInvocationTasks`, `DescribeInvocations`.
    InvalidParameterValueInvalidInvocationId,
    /// `InvalidParameterValue.InvalidInvocationTaskId`: 不合法的执行任务ID.
    ///
    /// Documented by `DescribeInvocationTasks`.
    InvalidParameterValueInvalidInvocationTaskId,
    /// `InvalidParameterValue.InvalidInvokerId`: Invalid InvokerId.
    ///
    /// Documented by `DescribeInvokerRecords`.
    InvalidParameterValueInvalidInvokerId,
    /// `InvalidParameterValue.InvalidTimeFormat`: Invalid time format.
    ///
    /// Documented by `CreateInvoker`.
    InvalidParameterValueInvalidTimeFormat,
    /// `InvalidParameterValue.InvokeTimeExpired`: API invocation expired.
    ///
    /// Documented by `CreateInvoker`.
    InvalidParameterValueInvokeTimeExpired,
    /// `InvalidParameterValue.LimitExceeded`: Parameter limit exceeded.
    ///
    /// Documented by `DescribeInvocations`.
    InvalidParameterValueLimitExceeded,
    /// `InvalidParameterValue.ParameterInvalidJsonFormat`: The parameter is not a valid JSON string.
    ///
    /// Documented by `CreateInvoker`.
    InvalidParameterValueParameterInvalidJsonFormat,
    /// `InvalidParameterValue.TooLarge`: Parameter value is too large.
    ///
    /// Documented by `DescribeInvokerRecords`.
    InvalidParameterValueTooLarge,
    /// `InvalidParameterValue.TooLong`: Length limit exceeded.
    ///
    /// Documented by `DescribeInvokerRecords`.
    InvalidParameterValueTooLong,
    /// `InvalidParameterValue.TooSmall`: Parameter value is too low.
    ///
    /// Documented by `DescribeInvokerRecords`.
    InvalidParameterValueTooSmall,
    /// `InvalidRequest`: The request is invalid.
    ///
    /// A common code of the platform.
    InvalidRequest,
    /// `LimitExceeded`: A limit was exceeded.
    ///
    /// A common code of the platform.
    LimitExceeded,
    /// `LimitExceeded.FilterValueExceeded`: Too many Filter values.
    ///
    /// Documented by `DescribeInvocations`.
    LimitExceededFilterValueExceeded,
    /// `MissingParameter`: A required parameter is missing.
    ///
    /// A common code of the platform.
    MissingParameter,
    /// `NoSuchVersion`: The API version does not exist.
    ///
    /// A common code of the platform.
    NoSuchVersion,
    /// `RequestLimitExceeded`: Too many requests: the rate limit was exceeded.
    ///
    /// A common code of the platform.
    RequestLimitExceeded,
    /// `RequestSizeLimitExceeded`: The request is too large.
    ///
    /// A common code of the platform.
    RequestSizeLimitExceeded,
    /// `ResourceNotFound`: The resource does not exist.
    ///
    /// A common code of the platform.
    ResourceNotFound,
    /// `ResourceNotFound.CommandNotFound`: The command does not exist.
    ///
    /// Documented by `CreateInvoker`.
    ResourceNotFoundCommandNotFound,
    /// `ResourceNotFound.InstanceNotFound`: The instance does not exist.
    ///
    /// Documented by `CreateInvoker`.
    ResourceNotFoundInstanceNotFound,
    /// `ResourceUnavailable`: The resource is unavailable.
    ///
    /// A common code of the platform.
    ResourceUnavailable,
    /// `ResourceUnavailable.AgentNotInstalled`: TAT Agent is not installed.
    ///
    /// Documented by `CreateInvoker`.
    ResourceUnavailableAgentNotInstalled,
    /// `ServiceUnavailable`: The service is temporarily unavailable.
    ///
    /// A common code of the platform.
    ServiceUnavailable,
    /// `UnauthorizedOperation`: The operation is not authorized.
    ///
    /// A common code of the platform.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.CamAuthFailed`: CAM鉴权失败.
    ///
    /// Documented by `DescribeInvocationTasks`, `DescribeInvocations`.
    UnauthorizedOperationCamAuthFailed,
    /// `UnauthorizedOperation.InvalidToken`: Token 无效.
    ///
    /// Documented by `DescribeInvocationTasks`, `DescribeInvocations`.
    UnauthorizedOperationInvalidToken,
    /// `UnauthorizedOperation.MFAExpired`: Multi-Factor Authentication(MFA) 过期.
    ///
    /// Documented by `DescribeInvocationTasks`, `DescribeInvocations`.
    UnauthorizedOperationMFAExpired,
    /// `UnauthorizedOperation.MFANotFound`: Multi-Factor Authentication(MFA) 不存在.
    ///
    /// Documented by `DescribeInvocationTasks`, `DescribeInvocations`.
    UnauthorizedOperationMFANotFound,
    /// `UnknownParameter`: Unknown parameter.
    ///
    /// A common code of the platform.
    UnknownParameter,
    /// `UnsupportedOperation`: The operation is not supported.
    ///
    /// A common code of the platform; documented by `DescribeInvocationTasks`, `DescribeInvokerRecords`.
    UnsupportedOperation,
    /// `UnsupportedRegion`: The region is not supported.
    ///
    /// A common code of the platform.
    UnsupportedRegion,
    /// A code the documentation does not list, kept verbatim.
    Unknown(String),
}

impl ErrorCode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AuthFailure => "AuthFailure",
            Self::AuthFailureInvalidSecretId => "AuthFailure.InvalidSecretId",
            Self::AuthFailureSecretIdNotFound => "AuthFailure.SecretIdNotFound",
            Self::AuthFailureSignatureExpire => "AuthFailure.SignatureExpire",
            Self::AuthFailureSignatureFailure => "AuthFailure.SignatureFailure",
            Self::AuthFailureTokenFailure => "AuthFailure.TokenFailure",
            Self::AuthFailureUnauthorizedOperation => "AuthFailure.UnauthorizedOperation",
            Self::InternalError => "InternalError",
            Self::InvalidAction => "InvalidAction",
            Self::InvalidParameter => "InvalidParameter",
            Self::InvalidParameterConflictParameter => {
                "InvalidParameter.ConflictParameter"
            }
            Self::InvalidParameterValue => "InvalidParameterValue",
            Self::InvalidParameterValueInconsistentID => {
                "InvalidParameterValue.InconsistentID"
            }
            Self::InvalidParameterValueInvalidCommandId => {
                "InvalidParameterValue.InvalidCommandId"
            }
            Self::InvalidParameterValueInvalidCronExpression => {
                "InvalidParameterValue.InvalidCronExpression"
            }
            Self::InvalidParameterValueInvalidFilter => {
                "InvalidParameterValue.InvalidFilter"
            }
            Self::InvalidParameterValueInvalidInstanceId => {
                "InvalidParameterValue.InvalidInstanceId"
            }
            Self::InvalidParameterValueInvalidInvocationId => {
                "InvalidParameterValue.InvalidInvocationId"
            }
            Self::InvalidParameterValueInvalidInvocationTaskId => {
                "InvalidParameterValue.InvalidInvocationTaskId"
            }
            Self::InvalidParameterValueInvalidInvokerId => {
                "InvalidParameterValue.InvalidInvokerId"
            }
            Self::InvalidParameterValueInvalidTimeFormat => {
                "InvalidParameterValue.InvalidTimeFormat"
            }
            Self::InvalidParameterValueInvokeTimeExpired => {
                "InvalidParameterValue.InvokeTimeExpired"
            }
            Self::InvalidParameterValueLimitExceeded => {
                "InvalidParameterValue.LimitExceeded"
            }
            Self::InvalidParameterValueParameterInvalidJsonFormat => {
                "InvalidParameterValue.ParameterInvalidJsonFormat"
            }
            Self::InvalidParameterValueTooLarge => "InvalidParameterValue.TooLarge",
            Self::InvalidParameterValueTooLong => "InvalidParameterValue.TooLong",
            Self::InvalidParameterValueTooSmall => "InvalidParameterValue.TooSmall",
            Self::InvalidRequest => "InvalidRequest",
            Self::LimitExceeded => "LimitExceeded",
            Self::LimitExceededFilterValueExceeded => "LimitExceeded.FilterValueExceeded",
            Self::MissingParameter => "MissingParameter",
            Self::NoSuchVersion => "NoSuchVersion",
            Self::RequestLimitExceeded => "RequestLimitExceeded",
            Self::RequestSizeLimitExceeded => "RequestSizeLimitExceeded",
            Self::ResourceNotFound => "ResourceNotFound",
            Self::ResourceNotFoundCommandNotFound => "ResourceNotFound.CommandNotFound",
            Self::ResourceNotFoundInstanceNotFound => "ResourceNotFound.InstanceNotFound",
            Self::ResourceUnavailable => "ResourceUnavailable",
            Self::ResourceUnavailableAgentNotInstalled => {
                "ResourceUnavailable.AgentNotInstalled"
            }
            Self::ServiceUnavailable => "ServiceUnavailable",
            Self::UnauthorizedOperation => "UnauthorizedOperation",
            Self::UnauthorizedOperationCamAuthFailed => {
                "UnauthorizedOperation.CamAuthFailed"
            }
            Self::UnauthorizedOperationInvalidToken => {
                "UnauthorizedOperation.InvalidToken"
            }
            Self::UnauthorizedOperationMFAExpired => "UnauthorizedOperation.MFAExpired",
            Self::UnauthorizedOperationMFANotFound => "UnauthorizedOperation.MFANotFound",
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

impl From<&str> for ErrorCode {
    fn from(value: &str) -> Self {
        match value {
            "AuthFailure" => Self::AuthFailure,
            "AuthFailure.InvalidSecretId" => Self::AuthFailureInvalidSecretId,
            "AuthFailure.SecretIdNotFound" => Self::AuthFailureSecretIdNotFound,
            "AuthFailure.SignatureExpire" => Self::AuthFailureSignatureExpire,
            "AuthFailure.SignatureFailure" => Self::AuthFailureSignatureFailure,
            "AuthFailure.TokenFailure" => Self::AuthFailureTokenFailure,
            "AuthFailure.UnauthorizedOperation" => Self::AuthFailureUnauthorizedOperation,
            "InternalError" => Self::InternalError,
            "InvalidAction" => Self::InvalidAction,
            "InvalidParameter" => Self::InvalidParameter,
            "InvalidParameter.ConflictParameter" => {
                Self::InvalidParameterConflictParameter
            }
            "InvalidParameterValue" => Self::InvalidParameterValue,
            "InvalidParameterValue.InconsistentID" => {
                Self::InvalidParameterValueInconsistentID
            }
            "InvalidParameterValue.InvalidCommandId" => {
                Self::InvalidParameterValueInvalidCommandId
            }
            "InvalidParameterValue.InvalidCronExpression" => {
                Self::InvalidParameterValueInvalidCronExpression
            }
            "InvalidParameterValue.InvalidFilter" => {
                Self::InvalidParameterValueInvalidFilter
            }
            "InvalidParameterValue.InvalidInstanceId" => {
                Self::InvalidParameterValueInvalidInstanceId
            }
            "InvalidParameterValue.InvalidInvocationId" => {
                Self::InvalidParameterValueInvalidInvocationId
            }
            "InvalidParameterValue.InvalidInvocationTaskId" => {
                Self::InvalidParameterValueInvalidInvocationTaskId
            }
            "InvalidParameterValue.InvalidInvokerId" => {
                Self::InvalidParameterValueInvalidInvokerId
            }
            "InvalidParameterValue.InvalidTimeFormat" => {
                Self::InvalidParameterValueInvalidTimeFormat
            }
            "InvalidParameterValue.InvokeTimeExpired" => {
                Self::InvalidParameterValueInvokeTimeExpired
            }
            "InvalidParameterValue.LimitExceeded" => {
                Self::InvalidParameterValueLimitExceeded
            }
            "InvalidParameterValue.ParameterInvalidJsonFormat" => {
                Self::InvalidParameterValueParameterInvalidJsonFormat
            }
            "InvalidParameterValue.TooLarge" => Self::InvalidParameterValueTooLarge,
            "InvalidParameterValue.TooLong" => Self::InvalidParameterValueTooLong,
            "InvalidParameterValue.TooSmall" => Self::InvalidParameterValueTooSmall,
            "InvalidRequest" => Self::InvalidRequest,
            "LimitExceeded" => Self::LimitExceeded,
            "LimitExceeded.FilterValueExceeded" => Self::LimitExceededFilterValueExceeded,
            "MissingParameter" => Self::MissingParameter,
            "NoSuchVersion" => Self::NoSuchVersion,
            "RequestLimitExceeded" => Self::RequestLimitExceeded,
            "RequestSizeLimitExceeded" => Self::RequestSizeLimitExceeded,
            "ResourceNotFound" => Self::ResourceNotFound,
            "ResourceNotFound.CommandNotFound" => Self::ResourceNotFoundCommandNotFound,
            "ResourceNotFound.InstanceNotFound" => Self::ResourceNotFoundInstanceNotFound,
            "ResourceUnavailable" => Self::ResourceUnavailable,
            "ResourceUnavailable.AgentNotInstalled" => {
                Self::ResourceUnavailableAgentNotInstalled
            }
            "ServiceUnavailable" => Self::ServiceUnavailable,
            "UnauthorizedOperation" => Self::UnauthorizedOperation,
            "UnauthorizedOperation.CamAuthFailed" => {
                Self::UnauthorizedOperationCamAuthFailed
            }
            "UnauthorizedOperation.InvalidToken" => {
                Self::UnauthorizedOperationInvalidToken
            }
            "UnauthorizedOperation.MFAExpired" => Self::UnauthorizedOperationMFAExpired,
            "UnauthorizedOperation.MFANotFound" => Self::UnauthorizedOperationMFANotFound,
            "UnknownParameter" => Self::UnknownParameter,
            "UnsupportedOperation" => Self::UnsupportedOperation,
            "UnsupportedRegion" => Self::UnsupportedRegion,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for ErrorCode {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ErrorCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        sdk_shape::wire::serialize_enum(self.as_str(), serializer)
    }
}

impl<'de> serde::Deserialize<'de> for ErrorCode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_shape::wire::deserialize_enum(deserializer)
    }
}

impl ErrorCode {
    /// The code's family (`AuthFailure` for `AuthFailure.SignatureFailure`); a code
    /// the documentation does not list still gets its family from its prefix.
    pub fn family(&self) -> ErrorFamily {
        ErrorFamily::of(self.as_str())
    }
}

/// The family of an error code: the part before its first dot, or the whole code without one (`AuthFailure` for `AuthFailure.SignatureFailure` and for `AuthFailure`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorFamily {
    /// The `AuthFailure` family: `AuthFailure` and `AuthFailure.*` codes (7 documented).
    AuthFailure,
    /// The `InternalError` family: `InternalError` and `InternalError.*` codes (1 documented).
    InternalError,
    /// The `InvalidAction` family: `InvalidAction` and `InvalidAction.*` codes (1 documented).
    InvalidAction,
    /// The `InvalidParameter` family: `InvalidParameter` and `InvalidParameter.*` codes (2 documented).
    InvalidParameter,
    /// The `InvalidParameterValue` family: `InvalidParameterValue` and `InvalidParameterValue.*` codes (16 documented).
    InvalidParameterValue,
    /// The `InvalidRequest` family: `InvalidRequest` and `InvalidRequest.*` codes (1 documented).
    InvalidRequest,
    /// The `LimitExceeded` family: `LimitExceeded` and `LimitExceeded.*` codes (2 documented).
    LimitExceeded,
    /// The `MissingParameter` family: `MissingParameter` and `MissingParameter.*` codes (1 documented).
    MissingParameter,
    /// The `NoSuchVersion` family: `NoSuchVersion` and `NoSuchVersion.*` codes (1 documented).
    NoSuchVersion,
    /// The `RequestLimitExceeded` family: `RequestLimitExceeded` and `RequestLimitExceeded.*` codes (1 documented).
    RequestLimitExceeded,
    /// The `RequestSizeLimitExceeded` family: `RequestSizeLimitExceeded` and `RequestSizeLimitExceeded.*` codes (1 documented).
    RequestSizeLimitExceeded,
    /// The `ResourceNotFound` family: `ResourceNotFound` and `ResourceNotFound.*` codes (3 documented).
    ResourceNotFound,
    /// The `ResourceUnavailable` family: `ResourceUnavailable` and `ResourceUnavailable.*` codes (2 documented).
    ResourceUnavailable,
    /// The `ServiceUnavailable` family: `ServiceUnavailable` and `ServiceUnavailable.*` codes (1 documented).
    ServiceUnavailable,
    /// The `UnauthorizedOperation` family: `UnauthorizedOperation` and `UnauthorizedOperation.*` codes (5 documented).
    UnauthorizedOperation,
    /// The `UnknownParameter` family: `UnknownParameter` and `UnknownParameter.*` codes (1 documented).
    UnknownParameter,
    /// The `UnsupportedOperation` family: `UnsupportedOperation` and `UnsupportedOperation.*` codes (1 documented).
    UnsupportedOperation,
    /// The `UnsupportedRegion` family: `UnsupportedRegion` and `UnsupportedRegion.*` codes (1 documented).
    UnsupportedRegion,
    /// A family the documentation does not list, kept verbatim.
    Unknown(String),
}

impl ErrorFamily {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AuthFailure => "AuthFailure",
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

impl From<&str> for ErrorFamily {
    fn from(value: &str) -> Self {
        match value {
            "AuthFailure" => Self::AuthFailure,
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

impl From<String> for ErrorFamily {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for ErrorFamily {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ErrorFamily {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        sdk_shape::wire::serialize_enum(self.as_str(), serializer)
    }
}

impl<'de> serde::Deserialize<'de> for ErrorFamily {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_shape::wire::deserialize_enum(deserializer)
    }
}

impl ErrorFamily {
    /// The family of a code given as text.
    pub fn of(code: &str) -> Self {
        Self::from(code.split_once('.').map_or(code, |(family, _)| family))
    }
}
