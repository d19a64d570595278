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
            description: sdk_shape::Text::en(
                "The signature does not match the one the server computed.",
            ),
        },
        sdk_shape::ErrorShape {
            code: "AuthFailure.SignatureExpire",
            description: sdk_shape::Text::en(
                "The signature has expired: the request timestamp is more than 5 minutes away from the server time.",
            ),
        },
        sdk_shape::ErrorShape {
            code: "AuthFailure.SecretIdNotFound",
            description: sdk_shape::Text::en("The SecretId does not exist."),
        },
        sdk_shape::ErrorShape {
            code: "AuthFailure.InvalidSecretId",
            description: sdk_shape::Text::en("The SecretId is invalid."),
        },
        sdk_shape::ErrorShape {
            code: "AuthFailure.TokenFailure",
            description: sdk_shape::Text::en("The session token is invalid."),
        },
        sdk_shape::ErrorShape {
            code: "AuthFailure.UnauthorizedOperation",
            description: sdk_shape::Text::en("The request is not authorized."),
        },
        sdk_shape::ErrorShape {
            code: "InternalError",
            description: sdk_shape::Text::en("Internal error."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidAction",
            description: sdk_shape::Text::en("The action does not exist."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameter",
            description: sdk_shape::Text::en("Invalid parameter."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue",
            description: sdk_shape::Text::en("Invalid parameter value."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidRequest",
            description: sdk_shape::Text::en("The request is invalid."),
        },
        sdk_shape::ErrorShape {
            code: "LimitExceeded",
            description: sdk_shape::Text::en("A limit was exceeded."),
        },
        sdk_shape::ErrorShape {
            code: "MissingParameter",
            description: sdk_shape::Text::en("A required parameter is missing."),
        },
        sdk_shape::ErrorShape {
            code: "NoSuchVersion",
            description: sdk_shape::Text::en("The API version does not exist."),
        },
        sdk_shape::ErrorShape {
            code: "RequestLimitExceeded",
            description: sdk_shape::Text::en(
                "Too many requests: the rate limit was exceeded.",
            ),
        },
        sdk_shape::ErrorShape {
            code: "RequestSizeLimitExceeded",
            description: sdk_shape::Text::en("The request is too large."),
        },
        sdk_shape::ErrorShape {
            code: "ResourceNotFound",
            description: sdk_shape::Text::en("The resource does not exist."),
        },
        sdk_shape::ErrorShape {
            code: "ResourceUnavailable",
            description: sdk_shape::Text::en("The resource is unavailable."),
        },
        sdk_shape::ErrorShape {
            code: "ServiceUnavailable",
            description: sdk_shape::Text::en("The service is temporarily unavailable."),
        },
        sdk_shape::ErrorShape {
            code: "UnauthorizedOperation",
            description: sdk_shape::Text::en("The operation is not authorized."),
        },
        sdk_shape::ErrorShape {
            code: "UnknownParameter",
            description: sdk_shape::Text::en("Unknown parameter."),
        },
        sdk_shape::ErrorShape {
            code: "UnsupportedOperation",
            description: sdk_shape::Text::en("The operation is not supported."),
        },
        sdk_shape::ErrorShape {
            code: "UnsupportedRegion",
            description: sdk_shape::Text::en("The region is not supported."),
        },
    ],
    service_errors: &[
        sdk_shape::ErrorShape {
            code: "AuthFailure",
            description: sdk_shape::Text::en("CAM signature/authentication error."),
        },
        sdk_shape::ErrorShape {
            code: "AuthFailure.UnauthorizedOperation",
            description: sdk_shape::Text::en("Authentication error."),
        },
        sdk_shape::ErrorShape {
            code: "FailedOperation.CVMError",
            description: sdk_shape::Text::en("Failed to access the CVM."),
        },
        sdk_shape::ErrorShape {
            code: "FailedOperation.LighthouseError",
            description: sdk_shape::Text::en("Failed to access the Lighthouse instance."),
        },
        sdk_shape::ErrorShape {
            code: "FailedOperation.TagOperationFailed",
            description: sdk_shape::Text::en("Tag operation failed."),
        },
        sdk_shape::ErrorShape {
            code: "InternalError",
            description: sdk_shape::Text::en("Internal error."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidFilter",
            description: sdk_shape::Text::en("Invalid Filter"),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameter",
            description: sdk_shape::Text::en("Invalid parameter."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameter.ConflictParameter",
            description: sdk_shape::Text::en("Conflicting parameters."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameter.InvalidUsername",
            description: sdk_shape::Text::en("Invalid username."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameter.ParameterNameDuplicated",
            description: sdk_shape::Text::en("Duplicate parameter name."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue",
            description: sdk_shape::Text::en("Invalid parameter value."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.AgentUnsupportedCommandType",
            description: sdk_shape::Text::en(
                "TAT Agent does not support this command type.",
            ),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.CommandContentInvalid",
            description: sdk_shape::Text::en("Invalid command content."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.CommandNameDuplicated",
            description: sdk_shape::Text::en("Duplicate command name."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.ID",
            description: sdk_shape::Text::en("Invalid ID format."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InconsistentID",
            description: sdk_shape::Text::en(
                "Invalid ID format or inconsistent format in the array.",
            ),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InconsistentInstance",
            description: sdk_shape::Text::en("Inconsistent instance type."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InstanceIsNotRelatedToInvocation",
            description: sdk_shape::Text::en(
                "The instance with this ID has no such execution activity.",
            ),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidCommandId",
            description: sdk_shape::Text::en("Invalid CommandId."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidCommandName",
            description: sdk_shape::Text::en("Invalid command name."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidContent",
            description: sdk_shape::Text::en("Invalid command."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidCronExpression",
            description: sdk_shape::Text::en("Invalid crontab expression."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidFilter",
            description: sdk_shape::Text::en("Invalid filter."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidInstanceId",
            description: sdk_shape::Text::en("Invalid instance ID."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidInvocationId",
            description: sdk_shape::Text::en("Invalid execution activity ID."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidInvocationTaskId",
            description: sdk_shape::Text::en("Invalid execution task ID."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidInvokerId",
            description: sdk_shape::Text::en("Invalid InvokerId."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidOutputCOSBucketUrl",
            description: sdk_shape::Text::en("Invalid OutputCOSBucketUrl."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidOutputCOSKeyPrefix",
            description: sdk_shape::Text::en("Invalid OutputCOSKeyPrefix."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidRegisterCodeId",
            description: sdk_shape::Text::en("Invalid registration code ID."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidRegisterInstanceId",
            description: sdk_shape::Text::en("Invalid managed instance ID."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidSceneId",
            description: sdk_shape::Text::en("Invalid scenario ID."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidSceneName",
            description: sdk_shape::Text::en("Invalid scenario name."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidTimeFormat",
            description: sdk_shape::Text::en("Invalid time format."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidUsername",
            description: sdk_shape::Text::en("Invalid username."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidWorkingDirectory",
            description: sdk_shape::Text::en("Invalid command execution path."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvokeTimeExpired",
            description: sdk_shape::Text::en("API invocation expired."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.LackOfParameterInfo",
            description: sdk_shape::Text::en(
                "The custom parameter feature is enabled, but custom parameters are missing.",
            ),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.LackOfParameters",
            description: sdk_shape::Text::en("Parameters not provided."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.LimitExceeded",
            description: sdk_shape::Text::en("Parameter limit exceeded."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.ParameterDisabled",
            description: sdk_shape::Text::en(
                "The custom parameter feature is not enabled.",
            ),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.ParameterInvalidJsonFormat",
            description: sdk_shape::Text::en("The parameter is not a valid JSON string."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.ParameterKeyContainsInvalidChar",
            description: sdk_shape::Text::en(
                "The parameter key contains invalid characters.",
            ),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.ParameterKeyDuplicated",
            description: sdk_shape::Text::en("Duplicate parameter keys."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.ParameterKeyLenExceeded",
            description: sdk_shape::Text::en("The parameter key is too long."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.ParameterNumberExceeded",
            description: sdk_shape::Text::en("Too many parameters."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.ParameterValueNotString",
            description: sdk_shape::Text::en("The parameter value is not a string."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.Range",
            description: sdk_shape::Text::en(
                "The parameter value is not in the valid range.",
            ),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.SupportParametersOnlyIfEnableParameter",
            description: sdk_shape::Text::en(
                "The custom parameter feature is not enabled.",
            ),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.TooLarge",
            description: sdk_shape::Text::en("Parameter value is too large."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.TooLong",
            description: sdk_shape::Text::en("Length limit exceeded."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.TooSmall",
            description: sdk_shape::Text::en("Parameter value is too low."),
        },
        sdk_shape::ErrorShape {
            code: "LimitExceeded",
            description: sdk_shape::Text::en("Reached the quota limit."),
        },
        sdk_shape::ErrorShape {
            code: "LimitExceeded.FilterValueExceeded",
            description: sdk_shape::Text::en("Too many `Filter` values."),
        },
        sdk_shape::ErrorShape {
            code: "MissingParameter",
            description: sdk_shape::Text::en("Missing parameter."),
        },
        sdk_shape::ErrorShape {
            code: "OperationDenied",
            description: sdk_shape::Text::en("Operation denied."),
        },
        sdk_shape::ErrorShape {
            code: "ResourceNotFound",
            description: sdk_shape::Text::en("The resource does not exist."),
        },
        sdk_shape::ErrorShape {
            code: "ResourceNotFound.CommandNotFound",
            description: sdk_shape::Text::en("The command does not exist."),
        },
        sdk_shape::ErrorShape {
            code: "ResourceNotFound.CosBucketNotFoundCode",
            description: sdk_shape::Text::en("CosBucket does not exist."),
        },
        sdk_shape::ErrorShape {
            code: "ResourceNotFound.InstanceNotFound",
            description: sdk_shape::Text::en("The instance does not exist."),
        },
        sdk_shape::ErrorShape {
            code: "ResourceNotFound.InvocationNotFound",
            description: sdk_shape::Text::en("No execution activity found."),
        },
        sdk_shape::ErrorShape {
            code: "ResourceNotFound.RegisterCodesNotFoundCode",
            description: sdk_shape::Text::en("Registration code not found."),
        },
        sdk_shape::ErrorShape {
            code: "ResourceNotFound.RegisterInstanceNotFoundCode",
            description: sdk_shape::Text::en("Registered instance not found."),
        },
        sdk_shape::ErrorShape {
            code: "ResourceNotFound.RoleNotFound",
            description: sdk_shape::Text::en("The role does not exist."),
        },
        sdk_shape::ErrorShape {
            code: "ResourceUnavailable",
            description: sdk_shape::Text::en("Resources are unavailable."),
        },
        sdk_shape::ErrorShape {
            code: "ResourceUnavailable.AgentNotInstalled",
            description: sdk_shape::Text::en("TAT Agent is not installed."),
        },
        sdk_shape::ErrorShape {
            code: "ResourceUnavailable.AgentStatusNotOnline",
            description: sdk_shape::Text::en("TAT Agent is offline."),
        },
        sdk_shape::ErrorShape {
            code: "ResourceUnavailable.CommandInExecuting",
            description: sdk_shape::Text::en("The command is being executed."),
        },
        sdk_shape::ErrorShape {
            code: "ResourceUnavailable.CommandInInvoker",
            description: sdk_shape::Text::en("The command has been bound to an invoker."),
        },
        sdk_shape::ErrorShape {
            code: "ResourceUnavailable.InstanceStateNotRunning",
            description: sdk_shape::Text::en("The instance is not running."),
        },
        sdk_shape::ErrorShape {
            code: "ResourceUnavailable.InvalidResourceQuotaResourceCode",
            description: sdk_shape::Text::en("Non-Existing resource name."),
        },
        sdk_shape::ErrorShape {
            code: "ResourceUnavailable.LighthouseUnsupportedRegion",
            description: sdk_shape::Text::en(
                "Lighthouse is not supported in the region.",
            ),
        },
        sdk_shape::ErrorShape {
            code: "ResourceUnavailable.UserHasNoQuotaCode",
            description: sdk_shape::Text::en("User quota run out."),
        },
        sdk_shape::ErrorShape {
            code: "UnauthorizedOperation.AssumeRoleUnauthorized",
            description: sdk_shape::Text::en("Role play unauthorized."),
        },
        sdk_shape::ErrorShape {
            code: "UnauthorizedOperation.CamAuthFailed",
            description: sdk_shape::Text::en("CAM authentication failed."),
        },
        sdk_shape::ErrorShape {
            code: "UnauthorizedOperation.InvalidToken",
            description: sdk_shape::Text::en("Invalid token."),
        },
        sdk_shape::ErrorShape {
            code: "UnauthorizedOperation.MFAExpired",
            description: sdk_shape::Text::en(
                "The Multi-factor authentication (MFA) code expired.",
            ),
        },
        sdk_shape::ErrorShape {
            code: "UnauthorizedOperation.MFANotFound",
            description: sdk_shape::Text::en(
                "Multi-factor authentication (MFA) does not exist.",
            ),
        },
        sdk_shape::ErrorShape {
            code: "UnauthorizedOperation.NeedApproval",
            description: sdk_shape::Text::NONE,
        },
        sdk_shape::ErrorShape {
            code: "UnknownParameter",
            description: sdk_shape::Text::en("Unknown parameter error."),
        },
        sdk_shape::ErrorShape {
            code: "UnsupportedOperation",
            description: sdk_shape::Text::en("The operation is not supported."),
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
