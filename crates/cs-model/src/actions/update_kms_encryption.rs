// @generated from spec/cs/2015-12-15/actions/UpdateKMSEncryption.json by `cargo xtask codegen`; do not edit.
//! The `UpdateKMSEncryption` action:

/// Marker type tying the request and response of `UpdateKMSEncryption` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct UpdateKMSEncryption;

impl sdk_shape::Action for UpdateKMSEncryption {
    type Request = UpdateKMSEncryptionRequest;
    type Response = UpdateKMSEncryptionResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `UpdateKMSEncryption`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateKMSEncryptionRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Specifies whether to disable the encryption at rest feature for Secrets.
    ///
    /// - `true`: Disables the encryption at rest feature.
    /// - `false`: Enables the encryption at rest feature.
    ///
    /// Wire name: `disable_encryption`.
    #[serde(
        rename = "disable_encryption",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub disable_encryption: Option<bool>,
    /// The KMS key ID used for the encryption at rest feature for Secrets.
    ///
    /// > Notice: You cannot use a service key. You can only use a master key or a customer master key (CMK). The key type must be `Aliyun_AES_256`, and the key usage must be `ENCRYPT/DECRYPT`.
    ///
    /// > Warning: Do not disable or delete the KMS key in the KMS console or by calling API operations during the start or shutdown procedure of the encryption at rest feature, or after the feature is started. Otherwise, the cluster API server becomes inactive. As a result, objects such as Secrets and ServiceAccounts cannot be retrieved, which affects the normal operation of your applications.
    ///
    /// Wire name: `kms_key_id`.
    #[serde(rename = "kms_key_id", default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
}

/// Response of `UpdateKMSEncryption`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct UpdateKMSEncryptionResponse {}
impl UpdateKMSEncryptionResponse {}
/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "UpdateKMSEncryption",
    command: "update-kms-encryption",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "ClusterId",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            required: true,
            location: sdk_shape::Location::Path,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "disable_encryption",
            flag: "disable-encryption",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to disable the encryption at rest feature for Secrets.\n\n- `true`: Disables the encryption at rest feature.\n- `false`: Enables the encryption at rest feature.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "kms_key_id",
            flag: "kms-key-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The KMS key ID used for the encryption at rest feature for Secrets.\n\n> Notice: You cannot use a service key. You can only use a master key or a customer master key (CMK). The key type must be `Aliyun_AES_256`, and the key usage must be `ENCRYPT/DECRYPT`.\n\n> Warning: Do not disable or delete the KMS key in the KMS console or by calling API operations during the start or shutdown procedure of the encryption at rest feature, or after the feature is started. Otherwise, the cluster API server becomes inactive. As a result, objects such as Secrets and ServiceAccounts cannot be retrieved, which affects the normal operation of your applications.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[],
    rules: &[],
    errors: &[],
    examples: &[],
    pagination: None,
    http: Some(
        &sdk_shape::HttpBinding {
            method: "PUT",
            path: "/clusters/{ClusterId}/kms",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::None,
        },
    ),
};
