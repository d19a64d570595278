// @generated from spec/cs/2015-12-15/types/DescribeClusterDetailRrsaConfig.json by `cargo xtask codegen`; do not edit.
//! The `DescribeClusterDetailRrsaConfig` data type.

/// The RAM Roles for Service Accounts (RRSA) configuration.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeClusterDetailRrsaConfig {
    /// The default audience of the OIDC token. If multiple values are included, they are separated by commas (,). These values form an array for the `aud` field in the OIDC token.
    ///
    /// Wire name: `audience`.
    #[serde(rename = "audience", default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<String>,
    /// Specifies whether RRSA is enabled.
    ///
    /// Wire name: `enabled`.
    #[serde(rename = "enabled", default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// The issuer of the OIDC token. If multiple values are included, they are separated by commas (,). The first value is used as the `iss` field in the OIDC token and the issuer URL of the OIDC identity provider (IdP).
    ///
    /// Wire name: `issuer`.
    #[serde(rename = "issuer", default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// The URL of the OIDC public key.
    ///
    /// Wire name: `jwks_url`.
    #[serde(rename = "jwks_url", default, skip_serializing_if = "Option::is_none")]
    pub jwks_url: Option<String>,
    /// The maximum configurable validity period of the OIDC token.
    ///
    /// Wire name: `max_oidc_token_expiration`.
    #[serde(
        rename = "max_oidc_token_expiration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_oidc_token_expiration: Option<String>,
    /// The ARN of the OIDC IdP.
    ///
    /// Wire name: `oidc_arn`.
    #[serde(rename = "oidc_arn", default, skip_serializing_if = "Option::is_none")]
    pub oidc_arn: Option<String>,
    /// The name of the OIDC IdP.
    ///
    /// Wire name: `oidc_name`.
    #[serde(rename = "oidc_name", default, skip_serializing_if = "Option::is_none")]
    pub oidc_name: Option<String>,
    /// The URL of the OIDC configuration document.
    ///
    /// Wire name: `open_api_configuration_url`.
    #[serde(
        rename = "open_api_configuration_url",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub open_api_configuration_url: Option<String>,
}

impl DescribeClusterDetailRrsaConfig {
    /// The default audience of the OIDC token. If multiple values are included, they are separated by commas (,). These values form an array for the `aud` field in the OIDC token (`audience`).
    pub fn audience(&self) -> Option<&str> {
        self.audience.as_deref()
    }

    /// Specifies whether RRSA is enabled (`enabled`).
    pub fn enabled(&self) -> Option<bool> {
        self.enabled
    }

    /// The issuer of the OIDC token. If multiple values are included, they are separated by commas (,). The first value is used as the `iss` field in the OIDC token and the issuer URL of the OIDC identity provider (IdP) (`issuer`).
    pub fn issuer(&self) -> Option<&str> {
        self.issuer.as_deref()
    }

    /// The URL of the OIDC public key (`jwks_url`).
    pub fn jwks_url(&self) -> Option<&str> {
        self.jwks_url.as_deref()
    }

    /// The maximum configurable validity period of the OIDC token (`max_oidc_token_expiration`).
    pub fn max_oidc_token_expiration(&self) -> Option<&str> {
        self.max_oidc_token_expiration.as_deref()
    }

    /// The ARN of the OIDC IdP (`oidc_arn`).
    pub fn oidc_arn(&self) -> Option<&str> {
        self.oidc_arn.as_deref()
    }

    /// The name of the OIDC IdP (`oidc_name`).
    pub fn oidc_name(&self) -> Option<&str> {
        self.oidc_name.as_deref()
    }

    /// The URL of the OIDC configuration document (`open_api_configuration_url`).
    pub fn open_api_configuration_url(&self) -> Option<&str> {
        self.open_api_configuration_url.as_deref()
    }
}

impl DescribeClusterDetailRrsaConfig {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "DescribeClusterDetailRrsaConfig",
    description: sdk_shape::Text::en(
        "The RAM Roles for Service Accounts (RRSA) configuration.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "audience",
            flag: "audience",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The default audience of the OIDC token. If multiple values are included, they are separated by commas (,). These values form an array for the `aud` field in the OIDC token.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "enabled",
            flag: "enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en("Specifies whether RRSA is enabled."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "issuer",
            flag: "issuer",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The issuer of the OIDC token. If multiple values are included, they are separated by commas (,). The first value is used as the `iss` field in the OIDC token and the issuer URL of the OIDC identity provider (IdP).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "jwks_url",
            flag: "jwks-url",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The URL of the OIDC public key."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "max_oidc_token_expiration",
            flag: "max-oidc-token-expiration",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The maximum configurable validity period of the OIDC token.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "oidc_arn",
            flag: "oidc-arn",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ARN of the OIDC IdP."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "oidc_name",
            flag: "oidc-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the OIDC IdP."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "open_api_configuration_url",
            flag: "open-api-configuration-url",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The URL of the OIDC configuration document.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
