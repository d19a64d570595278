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
    credentials: sdk_shape::CredentialSources {
        id_env: "TENCENTCLOUD_SECRET_ID",
        secret_env: "TENCENTCLOUD_SECRET_KEY",
        token_env: "TENCENTCLOUD_SESSION_TOKEN",
        region_env: None,
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
    service_errors: &[],
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
};
