// @generated from spec/tat/2020-10-28 by `cargo xtask codegen`; do not edit.
//! The service's error codes: one enum for every action, and the families of codes.

/// An error code of Tencent Cloud TAT: the platform's common codes, the service's own codes (tencentcloud-sdk-python-intl-en 3.1.193), and the codes the action pages document, each once. Any action may return any of them; each action's documentation lists the codes its page names.
///
/// `family()` gives the code's family (`AuthFailure` of `AuthFailure.SignatureFailure`), to match a kind of error without strings.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorCode {
    /// `AuthFailure`: CAM signature/authentication error.
    ///
    /// One of the service's own codes; documented by `CreateInvoker`, `DescribeInvokerRecords`.
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
    /// `AuthFailure.UnauthorizedOperation`: Authentication error.
    ///
    /// A common code of the platform; one of the service's own codes.
    AuthFailureUnauthorizedOperation,
    /// `FailedOperation.CVMError`: Failed to access the CVM.
    ///
    /// One of the service's own codes.
    FailedOperationCVMError,
    /// `FailedOperation.LighthouseError`: Failed to access the Lighthouse instance.
    ///
    /// One of the service's own codes.
    FailedOperationLighthouseError,
    /// `FailedOperation.TagOperationFailed`: Tag operation failed.
    ///
    /// One of the service's own codes.
    FailedOperationTagOperationFailed,
    /// `InternalError`: Internal error.
    ///
    /// A common code of the platform; one of the service's own codes; documented by `CreateInvoker`, `DescribeInvocationTasks`, `DescribeInvocations`.
    InternalError,
    /// `InvalidAction`: The action does not exist.
    ///
    /// A common code of the platform.
    InvalidAction,
    /// `InvalidFilter`: Invalid Filter.
    ///
    /// One of the service's own codes.
    InvalidFilter,
    /// `InvalidParameter`: Invalid parameter.
    ///
    /// A common code of the platform; one of the service's own codes; documented by `CreateInvoker`, `DescribeInvocationTasks`, `DescribeInvocations`.
    InvalidParameter,
    /// `InvalidParameter.ConflictParameter`: Conflicting parameters.
    ///
    /// One of the service's own codes; documented by `DescribeInvocationTasks`, `DescribeInvocations`.
    InvalidParameterConflictParameter,
    /// `InvalidParameter.InvalidUsername`: Invalid username.
    ///
    /// One of the service's own codes.
    InvalidParameterInvalidUsername,
    /// `InvalidParameter.ParameterNameDuplicated`: Duplicate parameter name.
    ///
    /// One of the service's own codes.
    InvalidParameterParameterNameDuplicated,
    /// `InvalidParameterValue`: Invalid parameter value.
    ///
    /// A common code of the platform; one of the service's own codes; documented by `DescribeInvocationTasks`, `DescribeInvokerRecords`.
    InvalidParameterValue,
    /// `InvalidParameterValue.AgentUnsupportedCommandType`: TAT Agent does not support this command type.
    ///
    /// One of the service's own codes.
    InvalidParameterValueAgentUnsupportedCommandType,
    /// `InvalidParameterValue.CommandContentInvalid`: Invalid command content.
    ///
    /// One of the service's own codes.
    InvalidParameterValueCommandContentInvalid,
    /// `InvalidParameterValue.CommandNameDuplicated`: Duplicate command name.
    ///
    /// One of the service's own codes.
    InvalidParameterValueCommandNameDuplicated,
    /// `InvalidParameterValue.ID`: Invalid ID format.
    ///
    /// One of the service's own codes.
    InvalidParameterValueId,
    /// `InvalidParameterValue.InconsistentID`: Invalid ID format or inconsistent format in the array.
    ///
    /// One of the service's own codes; documented by `DescribeInvokerRecords`.
    InvalidParameterValueInconsistentID,
    /// `InvalidParameterValue.InconsistentInstance`: Inconsistent instance type.
    ///
    /// One of the service's own codes.
    InvalidParameterValueInconsistentInstance,
    /// `InvalidParameterValue.InstanceIsNotRelatedToInvocation`: The instance with this ID has no such execution activity.
    ///
    /// One of the service's own codes.
    InvalidParameterValueInstanceIsNotRelatedToInvocation,
    /// `InvalidParameterValue.InvalidCommandId`: Invalid CommandId.
    ///
    /// One of the service's own codes; documented by `CreateInvoker`, `DescribeInvocationTasks`, `DescribeInvocations`.
    InvalidParameterValueInvalidCommandId,
    /// `InvalidParameterValue.InvalidCommandName`: Invalid command name.
    ///
    /// One of the service's own codes.
    InvalidParameterValueInvalidCommandName,
    /// `InvalidParameterValue.InvalidContent`: Invalid command.
    ///
    /// One of the service's own codes.
    InvalidParameterValueInvalidContent,
    /// `InvalidParameterValue.InvalidCronExpression`: Invalid crontab expression.
    ///
    /// One of the service's own codes; documented by `CreateInvoker`.
    InvalidParameterValueInvalidCronExpression,
    /// `InvalidParameterValue.InvalidFilter`: Invalid filter.
    ///
    /// One of the service's own codes; documented by `DescribeInvocationTasks`, `DescribeInvocations`.
    InvalidParameterValueInvalidFilter,
    /// `InvalidParameterValue.InvalidInstanceId`: Invalid instance ID.
    ///
    /// One of the service's own codes; documented by `CreateInvoker`, `DescribeInvocationTasks`.
    InvalidParameterValueInvalidInstanceId,
    /// `InvalidParameterValue.InvalidInvocationId`: Invalid execution activity ID.
    ///
    /// One of the service's own codes; documented by `DescribeInvocationTasks`, `DescribeInvocations`.
    InvalidParameterValueInvalidInvocationId,
    /// `InvalidParameterValue.InvalidInvocationTaskId`: Invalid execution task ID.
    ///
    /// One of the service's own codes; documented by `DescribeInvocationTasks`.
    InvalidParameterValueInvalidInvocationTaskId,
    /// `InvalidParameterValue.InvalidInvokerId`: Invalid InvokerId.
    ///
    /// One of the service's own codes; documented by `DescribeInvokerRecords`.
    InvalidParameterValueInvalidInvokerId,
    /// `InvalidParameterValue.InvalidOutputCOSBucketUrl`: Invalid OutputCOSBucketUrl.
    ///
    /// One of the service's own codes.
    InvalidParameterValueInvalidOutputCOSBucketUrl,
    /// `InvalidParameterValue.InvalidOutputCOSKeyPrefix`: Invalid OutputCOSKeyPrefix.
    ///
    /// One of the service's own codes.
    InvalidParameterValueInvalidOutputCOSKeyPrefix,
    /// `InvalidParameterValue.InvalidRegisterCodeId`: Invalid registration code ID.
    ///
    /// One of the service's own codes.
    InvalidParameterValueInvalidRegisterCodeId,
    /// `InvalidParameterValue.InvalidRegisterInstanceId`: Invalid managed instance ID.
    ///
    /// One of the service's own codes.
    InvalidParameterValueInvalidRegisterInstanceId,
    /// `InvalidParameterValue.InvalidSceneId`: Invalid scenario ID.
    ///
    /// One of the service's own codes.
    InvalidParameterValueInvalidSceneId,
    /// `InvalidParameterValue.InvalidSceneName`: Invalid scenario name.
    ///
    /// One of the service's own codes.
    InvalidParameterValueInvalidSceneName,
    /// `InvalidParameterValue.InvalidTimeFormat`: Invalid time format.
    ///
    /// One of the service's own codes; documented by `CreateInvoker`.
    InvalidParameterValueInvalidTimeFormat,
    /// `InvalidParameterValue.InvalidUsername`: Invalid username.
    ///
    /// One of the service's own codes.
    InvalidParameterValueInvalidUsername,
    /// `InvalidParameterValue.InvalidWorkingDirectory`: Invalid command execution path.
    ///
    /// One of the service's own codes.
    InvalidParameterValueInvalidWorkingDirectory,
    /// `InvalidParameterValue.InvokeTimeExpired`: API invocation expired.
    ///
    /// One of the service's own codes; documented by `CreateInvoker`.
    InvalidParameterValueInvokeTimeExpired,
    /// `InvalidParameterValue.LackOfParameterInfo`: The custom parameter feature is enabled, but custom parameters are missing.
    ///
    /// One of the service's own codes.
    InvalidParameterValueLackOfParameterInfo,
    /// `InvalidParameterValue.LackOfParameters`: Parameters not provided.
    ///
    /// One of the service's own codes.
    InvalidParameterValueLackOfParameters,
    /// `InvalidParameterValue.LimitExceeded`: Parameter limit exceeded.
    ///
    /// One of the service's own codes; documented by `DescribeInvocations`.
    InvalidParameterValueLimitExceeded,
    /// `InvalidParameterValue.ParameterDisabled`: The custom parameter feature is not enabled.
    ///
    /// One of the service's own codes.
    InvalidParameterValueParameterDisabled,
    /// `InvalidParameterValue.ParameterInvalidJsonFormat`: The parameter is not a valid JSON string.
    ///
    /// One of the service's own codes; documented by `CreateInvoker`.
    InvalidParameterValueParameterInvalidJsonFormat,
    /// `InvalidParameterValue.ParameterKeyContainsInvalidChar`: The parameter key contains invalid characters.
    ///
    /// One of the service's own codes.
    InvalidParameterValueParameterKeyContainsInvalidChar,
    /// `InvalidParameterValue.ParameterKeyDuplicated`: Duplicate parameter keys.
    ///
    /// One of the service's own codes.
    InvalidParameterValueParameterKeyDuplicated,
    /// `InvalidParameterValue.ParameterKeyLenExceeded`: The parameter key is too long.
    ///
    /// One of the service's own codes.
    InvalidParameterValueParameterKeyLenExceeded,
    /// `InvalidParameterValue.ParameterNumberExceeded`: Too many parameters.
    ///
    /// One of the service's own codes.
    InvalidParameterValueParameterNumberExceeded,
    /// `InvalidParameterValue.ParameterValueNotString`: The parameter value is not a string.
    ///
    /// One of the service's own codes.
    InvalidParameterValueParameterValueNotString,
    /// `InvalidParameterValue.Range`: The parameter value is not in the valid range.
    ///
    /// One of the service's own codes.
    InvalidParameterValueRange,
    /// `InvalidParameterValue.SupportParametersOnlyIfEnableParameter`: The custom parameter feature is not enabled.
    ///
    /// One of the service's own codes.
    InvalidParameterValueSupportParametersOnlyIfEnableParameter,
    /// `InvalidParameterValue.TooLarge`: Parameter value is too large.
    ///
    /// One of the service's own codes; documented by `DescribeInvokerRecords`.
    InvalidParameterValueTooLarge,
    /// `InvalidParameterValue.TooLong`: Length limit exceeded.
    ///
    /// One of the service's own codes; documented by `DescribeInvokerRecords`.
    InvalidParameterValueTooLong,
    /// `InvalidParameterValue.TooSmall`: Parameter value is too low.
    ///
    /// One of the service's own codes; documented by `DescribeInvokerRecords`.
    InvalidParameterValueTooSmall,
    /// `InvalidRequest`: The request is invalid.
    ///
    /// A common code of the platform.
    InvalidRequest,
    /// `LimitExceeded`: Reached the quota limit.
    ///
    /// A common code of the platform; one of the service's own codes.
    LimitExceeded,
    /// `LimitExceeded.FilterValueExceeded`: Too many `Filter` values.
    ///
    /// One of the service's own codes; documented by `DescribeInvocations`.
    LimitExceededFilterValueExceeded,
    /// `MissingParameter`: Missing parameter.
    ///
    /// A common code of the platform; one of the service's own codes.
    MissingParameter,
    /// `NoSuchVersion`: The API version does not exist.
    ///
    /// A common code of the platform.
    NoSuchVersion,
    /// `OperationDenied`: Operation denied.
    ///
    /// One of the service's own codes.
    OperationDenied,
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
    /// A common code of the platform; one of the service's own codes.
    ResourceNotFound,
    /// `ResourceNotFound.CommandNotFound`: The command does not exist.
    ///
    /// One of the service's own codes; documented by `CreateInvoker`.
    ResourceNotFoundCommandNotFound,
    /// `ResourceNotFound.CosBucketNotFoundCode`: CosBucket does not exist.
    ///
    /// One of the service's own codes.
    ResourceNotFoundCosBucketNotFoundCode,
    /// `ResourceNotFound.InstanceNotFound`: The instance does not exist.
    ///
    /// One of the service's own codes; documented by `CreateInvoker`.
    ResourceNotFoundInstanceNotFound,
    /// `ResourceNotFound.InvocationNotFound`: No execution activity found.
    ///
    /// One of the service's own codes.
    ResourceNotFoundInvocationNotFound,
    /// `ResourceNotFound.RegisterCodesNotFoundCode`: Registration code not found.
    ///
    /// One of the service's own codes.
    ResourceNotFoundRegisterCodesNotFoundCode,
    /// `ResourceNotFound.RegisterInstanceNotFoundCode`: Registered instance not found.
    ///
    /// One of the service's own codes.
    ResourceNotFoundRegisterInstanceNotFoundCode,
    /// `ResourceNotFound.RoleNotFound`: The role does not exist.
    ///
    /// One of the service's own codes.
    ResourceNotFoundRoleNotFound,
    /// `ResourceUnavailable`: Resources are unavailable.
    ///
    /// A common code of the platform; one of the service's own codes.
    ResourceUnavailable,
    /// `ResourceUnavailable.AgentNotInstalled`: TAT Agent is not installed.
    ///
    /// One of the service's own codes; documented by `CreateInvoker`.
    ResourceUnavailableAgentNotInstalled,
    /// `ResourceUnavailable.AgentStatusNotOnline`: TAT Agent is offline.
    ///
    /// One of the service's own codes.
    ResourceUnavailableAgentStatusNotOnline,
    /// `ResourceUnavailable.CommandInExecuting`: The command is being executed.
    ///
    /// One of the service's own codes.
    ResourceUnavailableCommandInExecuting,
    /// `ResourceUnavailable.CommandInInvoker`: The command has been bound to an invoker.
    ///
    /// One of the service's own codes.
    ResourceUnavailableCommandInInvoker,
    /// `ResourceUnavailable.InstanceStateNotRunning`: The instance is not running.
    ///
    /// One of the service's own codes.
    ResourceUnavailableInstanceStateNotRunning,
    /// `ResourceUnavailable.InvalidResourceQuotaResourceCode`: Non-Existing resource name.
    ///
    /// One of the service's own codes.
    ResourceUnavailableInvalidResourceQuotaResourceCode,
    /// `ResourceUnavailable.LighthouseUnsupportedRegion`: Lighthouse is not supported in the region.
    ///
    /// One of the service's own codes.
    ResourceUnavailableLighthouseUnsupportedRegion,
    /// `ResourceUnavailable.UserHasNoQuotaCode`: User quota run out.
    ///
    /// One of the service's own codes.
    ResourceUnavailableUserHasNoQuotaCode,
    /// `ServiceUnavailable`: The service is temporarily unavailable.
    ///
    /// A common code of the platform.
    ServiceUnavailable,
    /// `UnauthorizedOperation`: The operation is not authorized.
    ///
    /// A common code of the platform.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.AssumeRoleUnauthorized`: Role play unauthorized.
    ///
    /// One of the service's own codes.
    UnauthorizedOperationAssumeRoleUnauthorized,
    /// `UnauthorizedOperation.CamAuthFailed`: CAM authentication failed.
    ///
    /// One of the service's own codes; documented by `DescribeInvocationTasks`, `DescribeInvocations`.
    UnauthorizedOperationCamAuthFailed,
    /// `UnauthorizedOperation.InvalidToken`: Invalid token.
    ///
    /// One of the service's own codes; documented by `DescribeInvocationTasks`, `DescribeInvocations`.
    UnauthorizedOperationInvalidToken,
    /// `UnauthorizedOperation.MFAExpired`: The Multi-factor authentication (MFA) code expired.
    ///
    /// One of the service's own codes; documented by `DescribeInvocationTasks`, `DescribeInvocations`.
    UnauthorizedOperationMFAExpired,
    /// `UnauthorizedOperation.MFANotFound`: Multi-factor authentication (MFA) does not exist.
    ///
    /// One of the service's own codes; documented by `DescribeInvocationTasks`, `DescribeInvocations`.
    UnauthorizedOperationMFANotFound,
    /// `UnauthorizedOperation.NeedApproval` (documented without a description).
    ///
    /// One of the service's own codes.
    UnauthorizedOperationNeedApproval,
    /// `UnknownParameter`: Unknown parameter error.
    ///
    /// A common code of the platform; one of the service's own codes.
    UnknownParameter,
    /// `UnsupportedOperation`: The operation is not supported.
    ///
    /// A common code of the platform; one of the service's own codes; documented by `DescribeInvocationTasks`, `DescribeInvokerRecords`.
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
            Self::FailedOperationCVMError => "FailedOperation.CVMError",
            Self::FailedOperationLighthouseError => "FailedOperation.LighthouseError",
            Self::FailedOperationTagOperationFailed => {
                "FailedOperation.TagOperationFailed"
            }
            Self::InternalError => "InternalError",
            Self::InvalidAction => "InvalidAction",
            Self::InvalidFilter => "InvalidFilter",
            Self::InvalidParameter => "InvalidParameter",
            Self::InvalidParameterConflictParameter => {
                "InvalidParameter.ConflictParameter"
            }
            Self::InvalidParameterInvalidUsername => "InvalidParameter.InvalidUsername",
            Self::InvalidParameterParameterNameDuplicated => {
                "InvalidParameter.ParameterNameDuplicated"
            }
            Self::InvalidParameterValue => "InvalidParameterValue",
            Self::InvalidParameterValueAgentUnsupportedCommandType => {
                "InvalidParameterValue.AgentUnsupportedCommandType"
            }
            Self::InvalidParameterValueCommandContentInvalid => {
                "InvalidParameterValue.CommandContentInvalid"
            }
            Self::InvalidParameterValueCommandNameDuplicated => {
                "InvalidParameterValue.CommandNameDuplicated"
            }
            Self::InvalidParameterValueId => "InvalidParameterValue.ID",
            Self::InvalidParameterValueInconsistentID => {
                "InvalidParameterValue.InconsistentID"
            }
            Self::InvalidParameterValueInconsistentInstance => {
                "InvalidParameterValue.InconsistentInstance"
            }
            Self::InvalidParameterValueInstanceIsNotRelatedToInvocation => {
                "InvalidParameterValue.InstanceIsNotRelatedToInvocation"
            }
            Self::InvalidParameterValueInvalidCommandId => {
                "InvalidParameterValue.InvalidCommandId"
            }
            Self::InvalidParameterValueInvalidCommandName => {
                "InvalidParameterValue.InvalidCommandName"
            }
            Self::InvalidParameterValueInvalidContent => {
                "InvalidParameterValue.InvalidContent"
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
            Self::InvalidParameterValueInvalidOutputCOSBucketUrl => {
                "InvalidParameterValue.InvalidOutputCOSBucketUrl"
            }
            Self::InvalidParameterValueInvalidOutputCOSKeyPrefix => {
                "InvalidParameterValue.InvalidOutputCOSKeyPrefix"
            }
            Self::InvalidParameterValueInvalidRegisterCodeId => {
                "InvalidParameterValue.InvalidRegisterCodeId"
            }
            Self::InvalidParameterValueInvalidRegisterInstanceId => {
                "InvalidParameterValue.InvalidRegisterInstanceId"
            }
            Self::InvalidParameterValueInvalidSceneId => {
                "InvalidParameterValue.InvalidSceneId"
            }
            Self::InvalidParameterValueInvalidSceneName => {
                "InvalidParameterValue.InvalidSceneName"
            }
            Self::InvalidParameterValueInvalidTimeFormat => {
                "InvalidParameterValue.InvalidTimeFormat"
            }
            Self::InvalidParameterValueInvalidUsername => {
                "InvalidParameterValue.InvalidUsername"
            }
            Self::InvalidParameterValueInvalidWorkingDirectory => {
                "InvalidParameterValue.InvalidWorkingDirectory"
            }
            Self::InvalidParameterValueInvokeTimeExpired => {
                "InvalidParameterValue.InvokeTimeExpired"
            }
            Self::InvalidParameterValueLackOfParameterInfo => {
                "InvalidParameterValue.LackOfParameterInfo"
            }
            Self::InvalidParameterValueLackOfParameters => {
                "InvalidParameterValue.LackOfParameters"
            }
            Self::InvalidParameterValueLimitExceeded => {
                "InvalidParameterValue.LimitExceeded"
            }
            Self::InvalidParameterValueParameterDisabled => {
                "InvalidParameterValue.ParameterDisabled"
            }
            Self::InvalidParameterValueParameterInvalidJsonFormat => {
                "InvalidParameterValue.ParameterInvalidJsonFormat"
            }
            Self::InvalidParameterValueParameterKeyContainsInvalidChar => {
                "InvalidParameterValue.ParameterKeyContainsInvalidChar"
            }
            Self::InvalidParameterValueParameterKeyDuplicated => {
                "InvalidParameterValue.ParameterKeyDuplicated"
            }
            Self::InvalidParameterValueParameterKeyLenExceeded => {
                "InvalidParameterValue.ParameterKeyLenExceeded"
            }
            Self::InvalidParameterValueParameterNumberExceeded => {
                "InvalidParameterValue.ParameterNumberExceeded"
            }
            Self::InvalidParameterValueParameterValueNotString => {
                "InvalidParameterValue.ParameterValueNotString"
            }
            Self::InvalidParameterValueRange => "InvalidParameterValue.Range",
            Self::InvalidParameterValueSupportParametersOnlyIfEnableParameter => {
                "InvalidParameterValue.SupportParametersOnlyIfEnableParameter"
            }
            Self::InvalidParameterValueTooLarge => "InvalidParameterValue.TooLarge",
            Self::InvalidParameterValueTooLong => "InvalidParameterValue.TooLong",
            Self::InvalidParameterValueTooSmall => "InvalidParameterValue.TooSmall",
            Self::InvalidRequest => "InvalidRequest",
            Self::LimitExceeded => "LimitExceeded",
            Self::LimitExceededFilterValueExceeded => "LimitExceeded.FilterValueExceeded",
            Self::MissingParameter => "MissingParameter",
            Self::NoSuchVersion => "NoSuchVersion",
            Self::OperationDenied => "OperationDenied",
            Self::RequestLimitExceeded => "RequestLimitExceeded",
            Self::RequestSizeLimitExceeded => "RequestSizeLimitExceeded",
            Self::ResourceNotFound => "ResourceNotFound",
            Self::ResourceNotFoundCommandNotFound => "ResourceNotFound.CommandNotFound",
            Self::ResourceNotFoundCosBucketNotFoundCode => {
                "ResourceNotFound.CosBucketNotFoundCode"
            }
            Self::ResourceNotFoundInstanceNotFound => "ResourceNotFound.InstanceNotFound",
            Self::ResourceNotFoundInvocationNotFound => {
                "ResourceNotFound.InvocationNotFound"
            }
            Self::ResourceNotFoundRegisterCodesNotFoundCode => {
                "ResourceNotFound.RegisterCodesNotFoundCode"
            }
            Self::ResourceNotFoundRegisterInstanceNotFoundCode => {
                "ResourceNotFound.RegisterInstanceNotFoundCode"
            }
            Self::ResourceNotFoundRoleNotFound => "ResourceNotFound.RoleNotFound",
            Self::ResourceUnavailable => "ResourceUnavailable",
            Self::ResourceUnavailableAgentNotInstalled => {
                "ResourceUnavailable.AgentNotInstalled"
            }
            Self::ResourceUnavailableAgentStatusNotOnline => {
                "ResourceUnavailable.AgentStatusNotOnline"
            }
            Self::ResourceUnavailableCommandInExecuting => {
                "ResourceUnavailable.CommandInExecuting"
            }
            Self::ResourceUnavailableCommandInInvoker => {
                "ResourceUnavailable.CommandInInvoker"
            }
            Self::ResourceUnavailableInstanceStateNotRunning => {
                "ResourceUnavailable.InstanceStateNotRunning"
            }
            Self::ResourceUnavailableInvalidResourceQuotaResourceCode => {
                "ResourceUnavailable.InvalidResourceQuotaResourceCode"
            }
            Self::ResourceUnavailableLighthouseUnsupportedRegion => {
                "ResourceUnavailable.LighthouseUnsupportedRegion"
            }
            Self::ResourceUnavailableUserHasNoQuotaCode => {
                "ResourceUnavailable.UserHasNoQuotaCode"
            }
            Self::ServiceUnavailable => "ServiceUnavailable",
            Self::UnauthorizedOperation => "UnauthorizedOperation",
            Self::UnauthorizedOperationAssumeRoleUnauthorized => {
                "UnauthorizedOperation.AssumeRoleUnauthorized"
            }
            Self::UnauthorizedOperationCamAuthFailed => {
                "UnauthorizedOperation.CamAuthFailed"
            }
            Self::UnauthorizedOperationInvalidToken => {
                "UnauthorizedOperation.InvalidToken"
            }
            Self::UnauthorizedOperationMFAExpired => "UnauthorizedOperation.MFAExpired",
            Self::UnauthorizedOperationMFANotFound => "UnauthorizedOperation.MFANotFound",
            Self::UnauthorizedOperationNeedApproval => {
                "UnauthorizedOperation.NeedApproval"
            }
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
            "FailedOperation.CVMError" => Self::FailedOperationCVMError,
            "FailedOperation.LighthouseError" => Self::FailedOperationLighthouseError,
            "FailedOperation.TagOperationFailed" => {
                Self::FailedOperationTagOperationFailed
            }
            "InternalError" => Self::InternalError,
            "InvalidAction" => Self::InvalidAction,
            "InvalidFilter" => Self::InvalidFilter,
            "InvalidParameter" => Self::InvalidParameter,
            "InvalidParameter.ConflictParameter" => {
                Self::InvalidParameterConflictParameter
            }
            "InvalidParameter.InvalidUsername" => Self::InvalidParameterInvalidUsername,
            "InvalidParameter.ParameterNameDuplicated" => {
                Self::InvalidParameterParameterNameDuplicated
            }
            "InvalidParameterValue" => Self::InvalidParameterValue,
            "InvalidParameterValue.AgentUnsupportedCommandType" => {
                Self::InvalidParameterValueAgentUnsupportedCommandType
            }
            "InvalidParameterValue.CommandContentInvalid" => {
                Self::InvalidParameterValueCommandContentInvalid
            }
            "InvalidParameterValue.CommandNameDuplicated" => {
                Self::InvalidParameterValueCommandNameDuplicated
            }
            "InvalidParameterValue.ID" => Self::InvalidParameterValueId,
            "InvalidParameterValue.InconsistentID" => {
                Self::InvalidParameterValueInconsistentID
            }
            "InvalidParameterValue.InconsistentInstance" => {
                Self::InvalidParameterValueInconsistentInstance
            }
            "InvalidParameterValue.InstanceIsNotRelatedToInvocation" => {
                Self::InvalidParameterValueInstanceIsNotRelatedToInvocation
            }
            "InvalidParameterValue.InvalidCommandId" => {
                Self::InvalidParameterValueInvalidCommandId
            }
            "InvalidParameterValue.InvalidCommandName" => {
                Self::InvalidParameterValueInvalidCommandName
            }
            "InvalidParameterValue.InvalidContent" => {
                Self::InvalidParameterValueInvalidContent
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
            "InvalidParameterValue.InvalidOutputCOSBucketUrl" => {
                Self::InvalidParameterValueInvalidOutputCOSBucketUrl
            }
            "InvalidParameterValue.InvalidOutputCOSKeyPrefix" => {
                Self::InvalidParameterValueInvalidOutputCOSKeyPrefix
            }
            "InvalidParameterValue.InvalidRegisterCodeId" => {
                Self::InvalidParameterValueInvalidRegisterCodeId
            }
            "InvalidParameterValue.InvalidRegisterInstanceId" => {
                Self::InvalidParameterValueInvalidRegisterInstanceId
            }
            "InvalidParameterValue.InvalidSceneId" => {
                Self::InvalidParameterValueInvalidSceneId
            }
            "InvalidParameterValue.InvalidSceneName" => {
                Self::InvalidParameterValueInvalidSceneName
            }
            "InvalidParameterValue.InvalidTimeFormat" => {
                Self::InvalidParameterValueInvalidTimeFormat
            }
            "InvalidParameterValue.InvalidUsername" => {
                Self::InvalidParameterValueInvalidUsername
            }
            "InvalidParameterValue.InvalidWorkingDirectory" => {
                Self::InvalidParameterValueInvalidWorkingDirectory
            }
            "InvalidParameterValue.InvokeTimeExpired" => {
                Self::InvalidParameterValueInvokeTimeExpired
            }
            "InvalidParameterValue.LackOfParameterInfo" => {
                Self::InvalidParameterValueLackOfParameterInfo
            }
            "InvalidParameterValue.LackOfParameters" => {
                Self::InvalidParameterValueLackOfParameters
            }
            "InvalidParameterValue.LimitExceeded" => {
                Self::InvalidParameterValueLimitExceeded
            }
            "InvalidParameterValue.ParameterDisabled" => {
                Self::InvalidParameterValueParameterDisabled
            }
            "InvalidParameterValue.ParameterInvalidJsonFormat" => {
                Self::InvalidParameterValueParameterInvalidJsonFormat
            }
            "InvalidParameterValue.ParameterKeyContainsInvalidChar" => {
                Self::InvalidParameterValueParameterKeyContainsInvalidChar
            }
            "InvalidParameterValue.ParameterKeyDuplicated" => {
                Self::InvalidParameterValueParameterKeyDuplicated
            }
            "InvalidParameterValue.ParameterKeyLenExceeded" => {
                Self::InvalidParameterValueParameterKeyLenExceeded
            }
            "InvalidParameterValue.ParameterNumberExceeded" => {
                Self::InvalidParameterValueParameterNumberExceeded
            }
            "InvalidParameterValue.ParameterValueNotString" => {
                Self::InvalidParameterValueParameterValueNotString
            }
            "InvalidParameterValue.Range" => Self::InvalidParameterValueRange,
            "InvalidParameterValue.SupportParametersOnlyIfEnableParameter" => {
                Self::InvalidParameterValueSupportParametersOnlyIfEnableParameter
            }
            "InvalidParameterValue.TooLarge" => Self::InvalidParameterValueTooLarge,
            "InvalidParameterValue.TooLong" => Self::InvalidParameterValueTooLong,
            "InvalidParameterValue.TooSmall" => Self::InvalidParameterValueTooSmall,
            "InvalidRequest" => Self::InvalidRequest,
            "LimitExceeded" => Self::LimitExceeded,
            "LimitExceeded.FilterValueExceeded" => Self::LimitExceededFilterValueExceeded,
            "MissingParameter" => Self::MissingParameter,
            "NoSuchVersion" => Self::NoSuchVersion,
            "OperationDenied" => Self::OperationDenied,
            "RequestLimitExceeded" => Self::RequestLimitExceeded,
            "RequestSizeLimitExceeded" => Self::RequestSizeLimitExceeded,
            "ResourceNotFound" => Self::ResourceNotFound,
            "ResourceNotFound.CommandNotFound" => Self::ResourceNotFoundCommandNotFound,
            "ResourceNotFound.CosBucketNotFoundCode" => {
                Self::ResourceNotFoundCosBucketNotFoundCode
            }
            "ResourceNotFound.InstanceNotFound" => Self::ResourceNotFoundInstanceNotFound,
            "ResourceNotFound.InvocationNotFound" => {
                Self::ResourceNotFoundInvocationNotFound
            }
            "ResourceNotFound.RegisterCodesNotFoundCode" => {
                Self::ResourceNotFoundRegisterCodesNotFoundCode
            }
            "ResourceNotFound.RegisterInstanceNotFoundCode" => {
                Self::ResourceNotFoundRegisterInstanceNotFoundCode
            }
            "ResourceNotFound.RoleNotFound" => Self::ResourceNotFoundRoleNotFound,
            "ResourceUnavailable" => Self::ResourceUnavailable,
            "ResourceUnavailable.AgentNotInstalled" => {
                Self::ResourceUnavailableAgentNotInstalled
            }
            "ResourceUnavailable.AgentStatusNotOnline" => {
                Self::ResourceUnavailableAgentStatusNotOnline
            }
            "ResourceUnavailable.CommandInExecuting" => {
                Self::ResourceUnavailableCommandInExecuting
            }
            "ResourceUnavailable.CommandInInvoker" => {
                Self::ResourceUnavailableCommandInInvoker
            }
            "ResourceUnavailable.InstanceStateNotRunning" => {
                Self::ResourceUnavailableInstanceStateNotRunning
            }
            "ResourceUnavailable.InvalidResourceQuotaResourceCode" => {
                Self::ResourceUnavailableInvalidResourceQuotaResourceCode
            }
            "ResourceUnavailable.LighthouseUnsupportedRegion" => {
                Self::ResourceUnavailableLighthouseUnsupportedRegion
            }
            "ResourceUnavailable.UserHasNoQuotaCode" => {
                Self::ResourceUnavailableUserHasNoQuotaCode
            }
            "ServiceUnavailable" => Self::ServiceUnavailable,
            "UnauthorizedOperation" => Self::UnauthorizedOperation,
            "UnauthorizedOperation.AssumeRoleUnauthorized" => {
                Self::UnauthorizedOperationAssumeRoleUnauthorized
            }
            "UnauthorizedOperation.CamAuthFailed" => {
                Self::UnauthorizedOperationCamAuthFailed
            }
            "UnauthorizedOperation.InvalidToken" => {
                Self::UnauthorizedOperationInvalidToken
            }
            "UnauthorizedOperation.MFAExpired" => Self::UnauthorizedOperationMFAExpired,
            "UnauthorizedOperation.MFANotFound" => Self::UnauthorizedOperationMFANotFound,
            "UnauthorizedOperation.NeedApproval" => {
                Self::UnauthorizedOperationNeedApproval
            }
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
    /// The `FailedOperation` family: `FailedOperation` and `FailedOperation.*` codes (3 documented).
    FailedOperation,
    /// The `InternalError` family: `InternalError` and `InternalError.*` codes (1 documented).
    InternalError,
    /// The `InvalidAction` family: `InvalidAction` and `InvalidAction.*` codes (1 documented).
    InvalidAction,
    /// The `InvalidFilter` family: `InvalidFilter` and `InvalidFilter.*` codes (1 documented).
    InvalidFilter,
    /// The `InvalidParameter` family: `InvalidParameter` and `InvalidParameter.*` codes (4 documented).
    InvalidParameter,
    /// The `InvalidParameterValue` family: `InvalidParameterValue` and `InvalidParameterValue.*` codes (42 documented).
    InvalidParameterValue,
    /// The `InvalidRequest` family: `InvalidRequest` and `InvalidRequest.*` codes (1 documented).
    InvalidRequest,
    /// The `LimitExceeded` family: `LimitExceeded` and `LimitExceeded.*` codes (2 documented).
    LimitExceeded,
    /// The `MissingParameter` family: `MissingParameter` and `MissingParameter.*` codes (1 documented).
    MissingParameter,
    /// The `NoSuchVersion` family: `NoSuchVersion` and `NoSuchVersion.*` codes (1 documented).
    NoSuchVersion,
    /// The `OperationDenied` family: `OperationDenied` and `OperationDenied.*` codes (1 documented).
    OperationDenied,
    /// The `RequestLimitExceeded` family: `RequestLimitExceeded` and `RequestLimitExceeded.*` codes (1 documented).
    RequestLimitExceeded,
    /// The `RequestSizeLimitExceeded` family: `RequestSizeLimitExceeded` and `RequestSizeLimitExceeded.*` codes (1 documented).
    RequestSizeLimitExceeded,
    /// The `ResourceNotFound` family: `ResourceNotFound` and `ResourceNotFound.*` codes (8 documented).
    ResourceNotFound,
    /// The `ResourceUnavailable` family: `ResourceUnavailable` and `ResourceUnavailable.*` codes (9 documented).
    ResourceUnavailable,
    /// The `ServiceUnavailable` family: `ServiceUnavailable` and `ServiceUnavailable.*` codes (1 documented).
    ServiceUnavailable,
    /// The `UnauthorizedOperation` family: `UnauthorizedOperation` and `UnauthorizedOperation.*` codes (7 documented).
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
            Self::FailedOperation => "FailedOperation",
            Self::InternalError => "InternalError",
            Self::InvalidAction => "InvalidAction",
            Self::InvalidFilter => "InvalidFilter",
            Self::InvalidParameter => "InvalidParameter",
            Self::InvalidParameterValue => "InvalidParameterValue",
            Self::InvalidRequest => "InvalidRequest",
            Self::LimitExceeded => "LimitExceeded",
            Self::MissingParameter => "MissingParameter",
            Self::NoSuchVersion => "NoSuchVersion",
            Self::OperationDenied => "OperationDenied",
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
            "FailedOperation" => Self::FailedOperation,
            "InternalError" => Self::InternalError,
            "InvalidAction" => Self::InvalidAction,
            "InvalidFilter" => Self::InvalidFilter,
            "InvalidParameter" => Self::InvalidParameter,
            "InvalidParameterValue" => Self::InvalidParameterValue,
            "InvalidRequest" => Self::InvalidRequest,
            "LimitExceeded" => Self::LimitExceeded,
            "MissingParameter" => Self::MissingParameter,
            "NoSuchVersion" => Self::NoSuchVersion,
            "OperationDenied" => Self::OperationDenied,
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
