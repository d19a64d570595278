// @generated from spec/tat/2020-10-28/service.json by `cargo xtask codegen`; do not edit.
//! The service's shape table: protocol, endpoints, credentials and actions.

use crate::actions;

/// The documented facts of the service: protocol, endpoints, credentials and actions.
pub static SERVICE: sdk_shape::ServiceShape = sdk_shape::ServiceShape {
    name: "tat",
    title: "Tencent Cloud TAT",
    version: "2020-10-28",
    protocol: sdk_shape::Protocol::Tc3Json,
    endpoints: &[
        sdk_shape::Endpoint {
            host: "tat.tencentcloudapi.com",
            description: "Domain name for API requests named by the CreateInvoker and DescribeInvocationTasks pages (default).",
        },
        sdk_shape::Endpoint {
            host: "tat.intl.tencentcloudapi.com",
            description: "Domain name for API requests named by the English DescribeInvocations and DescribeInvokerRecords pages.",
        },
    ],
    regional_endpoint: None,
    endpoint_map: &[],
    credentials: sdk_shape::CredentialSources {
        id_env: "TENCENTCLOUD_SECRET_ID",
        secret_env: "TENCENTCLOUD_SECRET_KEY",
        token_env: "TENCENTCLOUD_SESSION_TOKEN",
        region_env: Some("TENCENTCLOUD_REGION"),
        profile_file: "~/.tencentcloud/credentials",
    },
    common_errors: &[
        sdk_shape::ErrorShape {
            code: "AuthFailure.SignatureFailure",
            description: "The signature does not match the one the server computed.",
        },
        sdk_shape::ErrorShape {
            code: "AuthFailure.SignatureExpire",
            description: "The signature has expired: the request timestamp is more than 5 minutes away from the server time.",
        },
        sdk_shape::ErrorShape {
            code: "AuthFailure.SecretIdNotFound",
            description: "The SecretId does not exist.",
        },
        sdk_shape::ErrorShape {
            code: "AuthFailure.InvalidSecretId",
            description: "The SecretId is invalid.",
        },
        sdk_shape::ErrorShape {
            code: "AuthFailure.TokenFailure",
            description: "The session token is invalid.",
        },
        sdk_shape::ErrorShape {
            code: "AuthFailure.UnauthorizedOperation",
            description: "The request is not authorized.",
        },
        sdk_shape::ErrorShape {
            code: "InternalError",
            description: "Internal error.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidAction",
            description: "The action does not exist.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameter",
            description: "Invalid parameter.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue",
            description: "Invalid parameter value.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidRequest",
            description: "The request is invalid.",
        },
        sdk_shape::ErrorShape {
            code: "LimitExceeded",
            description: "A limit was exceeded.",
        },
        sdk_shape::ErrorShape {
            code: "MissingParameter",
            description: "A required parameter is missing.",
        },
        sdk_shape::ErrorShape {
            code: "NoSuchVersion",
            description: "The API version does not exist.",
        },
        sdk_shape::ErrorShape {
            code: "RequestLimitExceeded",
            description: "Too many requests: the rate limit was exceeded.",
        },
        sdk_shape::ErrorShape {
            code: "RequestSizeLimitExceeded",
            description: "The request is too large.",
        },
        sdk_shape::ErrorShape {
            code: "ResourceNotFound",
            description: "The resource does not exist.",
        },
        sdk_shape::ErrorShape {
            code: "ResourceUnavailable",
            description: "The resource is unavailable.",
        },
        sdk_shape::ErrorShape {
            code: "ServiceUnavailable",
            description: "The service is temporarily unavailable.",
        },
        sdk_shape::ErrorShape {
            code: "UnauthorizedOperation",
            description: "The operation is not authorized.",
        },
        sdk_shape::ErrorShape {
            code: "UnknownParameter",
            description: "Unknown parameter.",
        },
        sdk_shape::ErrorShape {
            code: "UnsupportedOperation",
            description: "The operation is not supported.",
        },
        sdk_shape::ErrorShape {
            code: "UnsupportedRegion",
            description: "The region is not supported.",
        },
    ],
    service_errors: &[
        sdk_shape::ErrorShape {
            code: "AuthFailure",
            description: "CAM signature/authentication error.",
        },
        sdk_shape::ErrorShape {
            code: "AuthFailure.UnauthorizedOperation",
            description: "Authentication error.",
        },
        sdk_shape::ErrorShape {
            code: "FailedOperation.CVMError",
            description: "Failed to access the CVM.",
        },
        sdk_shape::ErrorShape {
            code: "FailedOperation.LighthouseError",
            description: "Failed to access the Lighthouse instance.",
        },
        sdk_shape::ErrorShape {
            code: "FailedOperation.TagOperationFailed",
            description: "Tag operation failed.",
        },
        sdk_shape::ErrorShape {
            code: "InternalError",
            description: "Internal error.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidFilter",
            description: "Invalid Filter",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameter",
            description: "Invalid parameter.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameter.ConflictParameter",
            description: "Conflicting parameters.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameter.InvalidUsername",
            description: "Invalid username.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameter.ParameterNameDuplicated",
            description: "Duplicate parameter name.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue",
            description: "Invalid parameter value.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.AgentUnsupportedCommandType",
            description: "TAT Agent does not support this command type.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.CommandContentInvalid",
            description: "Invalid command content.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.CommandNameDuplicated",
            description: "Duplicate command name.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.ID",
            description: "Invalid ID format.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InconsistentID",
            description: "Invalid ID format or inconsistent format in the array.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InconsistentInstance",
            description: "Inconsistent instance type.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InstanceIsNotRelatedToInvocation",
            description: "The instance with this ID has no such execution activity.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidCommandId",
            description: "Invalid CommandId.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidCommandName",
            description: "Invalid command name.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidContent",
            description: "Invalid command.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidCronExpression",
            description: "Invalid crontab expression.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidFilter",
            description: "Invalid filter.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidInstanceId",
            description: "Invalid instance ID.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidInvocationId",
            description: "Invalid execution activity ID.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidInvocationTaskId",
            description: "Invalid execution task ID.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidInvokerId",
            description: "Invalid InvokerId.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidOutputCOSBucketUrl",
            description: "Invalid OutputCOSBucketUrl.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidOutputCOSKeyPrefix",
            description: "Invalid OutputCOSKeyPrefix.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidRegisterCodeId",
            description: "Invalid registration code ID.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidRegisterInstanceId",
            description: "Invalid managed instance ID.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidSceneId",
            description: "Invalid scenario ID.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidSceneName",
            description: "Invalid scenario name.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidTimeFormat",
            description: "Invalid time format.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidUsername",
            description: "Invalid username.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidWorkingDirectory",
            description: "Invalid command execution path.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvokeTimeExpired",
            description: "API invocation expired.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.LackOfParameterInfo",
            description: "The custom parameter feature is enabled, but custom parameters are missing.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.LackOfParameters",
            description: "Parameters not provided.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.LimitExceeded",
            description: "Parameter limit exceeded.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.ParameterDisabled",
            description: "The custom parameter feature is not enabled.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.ParameterInvalidJsonFormat",
            description: "The parameter is not a valid JSON string.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.ParameterKeyContainsInvalidChar",
            description: "The parameter key contains invalid characters.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.ParameterKeyDuplicated",
            description: "Duplicate parameter keys.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.ParameterKeyLenExceeded",
            description: "The parameter key is too long.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.ParameterNumberExceeded",
            description: "Too many parameters.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.ParameterValueNotString",
            description: "The parameter value is not a string.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.Range",
            description: "The parameter value is not in the valid range.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.SupportParametersOnlyIfEnableParameter",
            description: "The custom parameter feature is not enabled.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.TooLarge",
            description: "Parameter value is too large.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.TooLong",
            description: "Length limit exceeded.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.TooSmall",
            description: "Parameter value is too low.",
        },
        sdk_shape::ErrorShape {
            code: "LimitExceeded",
            description: "Reached the quota limit.",
        },
        sdk_shape::ErrorShape {
            code: "LimitExceeded.FilterValueExceeded",
            description: "Too many `Filter` values.",
        },
        sdk_shape::ErrorShape {
            code: "MissingParameter",
            description: "Missing parameter.",
        },
        sdk_shape::ErrorShape {
            code: "OperationDenied",
            description: "Operation denied.",
        },
        sdk_shape::ErrorShape {
            code: "ResourceNotFound",
            description: "The resource does not exist.",
        },
        sdk_shape::ErrorShape {
            code: "ResourceNotFound.CommandNotFound",
            description: "The command does not exist.",
        },
        sdk_shape::ErrorShape {
            code: "ResourceNotFound.CosBucketNotFoundCode",
            description: "CosBucket does not exist.",
        },
        sdk_shape::ErrorShape {
            code: "ResourceNotFound.InstanceNotFound",
            description: "The instance does not exist.",
        },
        sdk_shape::ErrorShape {
            code: "ResourceNotFound.InvocationNotFound",
            description: "No execution activity found.",
        },
        sdk_shape::ErrorShape {
            code: "ResourceNotFound.RegisterCodesNotFoundCode",
            description: "Registration code not found.",
        },
        sdk_shape::ErrorShape {
            code: "ResourceNotFound.RegisterInstanceNotFoundCode",
            description: "Registered instance not found.",
        },
        sdk_shape::ErrorShape {
            code: "ResourceNotFound.RoleNotFound",
            description: "The role does not exist.",
        },
        sdk_shape::ErrorShape {
            code: "ResourceUnavailable",
            description: "Resources are unavailable.",
        },
        sdk_shape::ErrorShape {
            code: "ResourceUnavailable.AgentNotInstalled",
            description: "TAT Agent is not installed.",
        },
        sdk_shape::ErrorShape {
            code: "ResourceUnavailable.AgentStatusNotOnline",
            description: "TAT Agent is offline.",
        },
        sdk_shape::ErrorShape {
            code: "ResourceUnavailable.CommandInExecuting",
            description: "The command is being executed.",
        },
        sdk_shape::ErrorShape {
            code: "ResourceUnavailable.CommandInInvoker",
            description: "The command has been bound to an invoker.",
        },
        sdk_shape::ErrorShape {
            code: "ResourceUnavailable.InstanceStateNotRunning",
            description: "The instance is not running.",
        },
        sdk_shape::ErrorShape {
            code: "ResourceUnavailable.InvalidResourceQuotaResourceCode",
            description: "Non-Existing resource name.",
        },
        sdk_shape::ErrorShape {
            code: "ResourceUnavailable.LighthouseUnsupportedRegion",
            description: "Lighthouse is not supported in the region.",
        },
        sdk_shape::ErrorShape {
            code: "ResourceUnavailable.UserHasNoQuotaCode",
            description: "User quota run out.",
        },
        sdk_shape::ErrorShape {
            code: "UnauthorizedOperation.AssumeRoleUnauthorized",
            description: "Role play unauthorized.",
        },
        sdk_shape::ErrorShape {
            code: "UnauthorizedOperation.CamAuthFailed",
            description: "CAM authentication failed.",
        },
        sdk_shape::ErrorShape {
            code: "UnauthorizedOperation.InvalidToken",
            description: "Invalid token.",
        },
        sdk_shape::ErrorShape {
            code: "UnauthorizedOperation.MFAExpired",
            description: "The Multi-factor authentication (MFA) code expired.",
        },
        sdk_shape::ErrorShape {
            code: "UnauthorizedOperation.MFANotFound",
            description: "Multi-factor authentication (MFA) does not exist.",
        },
        sdk_shape::ErrorShape {
            code: "UnauthorizedOperation.NeedApproval",
            description: "",
        },
        sdk_shape::ErrorShape {
            code: "UnknownParameter",
            description: "Unknown parameter error.",
        },
        sdk_shape::ErrorShape {
            code: "UnsupportedOperation",
            description: "The operation is not supported.",
        },
    ],
    actions: &[
        &actions::cancel_invocation::SHAPE,
        &actions::create_command::SHAPE,
        &actions::create_invoker::SHAPE,
        &actions::create_register_code::SHAPE,
        &actions::delete_command::SHAPE,
        &actions::delete_commands::SHAPE,
        &actions::delete_invoker::SHAPE,
        &actions::delete_register_codes::SHAPE,
        &actions::delete_register_instance::SHAPE,
        &actions::describe_automation_agent_status::SHAPE,
        &actions::describe_commands::SHAPE,
        &actions::describe_invocation_tasks::SHAPE,
        &actions::describe_invocations::SHAPE,
        &actions::describe_invoker_records::SHAPE,
        &actions::describe_invokers::SHAPE,
        &actions::describe_quotas::SHAPE,
        &actions::describe_regions::SHAPE,
        &actions::describe_register_codes::SHAPE,
        &actions::describe_register_instances::SHAPE,
        &actions::describe_scenes::SHAPE,
        &actions::disable_invoker::SHAPE,
        &actions::disable_register_codes::SHAPE,
        &actions::enable_invoker::SHAPE,
        &actions::invoke_command::SHAPE,
        &actions::modify_command::SHAPE,
        &actions::modify_invoker::SHAPE,
        &actions::modify_register_instance::SHAPE,
        &actions::preview_replaced_command_content::SHAPE,
        &actions::run_command::SHAPE,
    ],
    waiters: &[
        &crate::waiters::INVOCATION_FINISHED,
        &crate::waiters::INVOCATION_SUCCEEDED,
        &crate::waiters::INVOCATION_TASKS_FINISHED,
        &crate::waiters::INVOCATION_TASKS_SUCCEEDED,
        &crate::waiters::AGENT_ONLINE,
    ],
};
