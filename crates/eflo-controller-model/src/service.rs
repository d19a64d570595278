// @generated from spec/eflo-controller/2022-12-15/service.json by `cargo xtask codegen`; do not edit.
//! The service's shape table: protocol, endpoints, credentials and actions.

use crate::actions;

/// The documented facts of the service: protocol, endpoints, credentials and actions.
pub static SERVICE: sdk_shape::ServiceShape = sdk_shape::ServiceShape {
    name: "eflo-controller",
    title: "Alibaba Cloud eflo-controller",
    version: "2022-12-15",
    protocol: sdk_shape::Protocol::Acs3Rpc,
    endpoints: &[],
    regional_endpoint: Some("eflo-controller.{region}.aliyuncs.com"),
    credentials: sdk_shape::CredentialSources {
        id_env: "ALIBABA_CLOUD_ACCESS_KEY_ID",
        secret_env: "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
        token_env: "ALIBABA_CLOUD_SECURITY_TOKEN",
        region_env: Some("ALIBABA_CLOUD_REGION_ID"),
        profile_file: "~/.aliyun/config.json",
    },
    common_errors: &[
        sdk_shape::ErrorShape {
            code: "SignatureDoesNotMatch",
            description: "The signature does not match the one the server computed.",
        },
        sdk_shape::ErrorShape {
            code: "IncompleteSignature",
            description: "The signature is incomplete.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidAccessKeyId.NotFound",
            description: "The AccessKey ID does not exist.",
        },
        sdk_shape::ErrorShape {
            code: "SignatureNonceUsed",
            description: "The signature nonce has already been used.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidTimeStamp.Expired",
            description: "The request timestamp has expired.",
        },
    ],
    service_errors: &[],
    actions: &[&actions::describe_invocations::SHAPE],
    waiters: &[],
};
