// @generated from spec/cs/2015-12-15 by `cargo xtask codegen`; do not edit.
//! The service's error codes: one enum for every action, and the families of codes.

/// An error code of Alibaba Cloud CS: the platform's common codes, and the codes the action pages document, each once. Any action may return any of them; each action's documentation lists the codes its page names.
///
/// `family()` gives the code's family (`AuthFailure` of `AuthFailure.SignatureFailure`), to match a kind of error without strings.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorCode {
    /// `IncompleteSignature`: The signature is incomplete.
    ///
    /// A common code of the platform.
    IncompleteSignature,
    /// `InvalidAccessKeyId.NotFound`: The AccessKey ID does not exist.
    ///
    /// A common code of the platform.
    InvalidAccessKeyIdNotFound,
    /// `InvalidTimeStamp.Expired`: The request timestamp has expired.
    ///
    /// A common code of the platform.
    InvalidTimeStampExpired,
    /// `SignatureDoesNotMatch`: The signature does not match the one the server computed.
    ///
    /// A common code of the platform.
    SignatureDoesNotMatch,
    /// `SignatureNonceUsed`: The signature nonce has already been used.
    ///
    /// A common code of the platform.
    SignatureNonceUsed,
    /// A code the documentation does not list, kept verbatim.
    Unknown(String),
}

impl ErrorCode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::IncompleteSignature => "IncompleteSignature",
            Self::InvalidAccessKeyIdNotFound => "InvalidAccessKeyId.NotFound",
            Self::InvalidTimeStampExpired => "InvalidTimeStamp.Expired",
            Self::SignatureDoesNotMatch => "SignatureDoesNotMatch",
            Self::SignatureNonceUsed => "SignatureNonceUsed",
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
            "IncompleteSignature" => Self::IncompleteSignature,
            "InvalidAccessKeyId.NotFound" => Self::InvalidAccessKeyIdNotFound,
            "InvalidTimeStamp.Expired" => Self::InvalidTimeStampExpired,
            "SignatureDoesNotMatch" => Self::SignatureDoesNotMatch,
            "SignatureNonceUsed" => Self::SignatureNonceUsed,
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
    /// The `IncompleteSignature` family: `IncompleteSignature` and `IncompleteSignature.*` codes (1 documented).
    IncompleteSignature,
    /// The `InvalidAccessKeyId` family: `InvalidAccessKeyId` and `InvalidAccessKeyId.*` codes (1 documented).
    InvalidAccessKeyId,
    /// The `InvalidTimeStamp` family: `InvalidTimeStamp` and `InvalidTimeStamp.*` codes (1 documented).
    InvalidTimeStamp,
    /// The `SignatureDoesNotMatch` family: `SignatureDoesNotMatch` and `SignatureDoesNotMatch.*` codes (1 documented).
    SignatureDoesNotMatch,
    /// The `SignatureNonceUsed` family: `SignatureNonceUsed` and `SignatureNonceUsed.*` codes (1 documented).
    SignatureNonceUsed,
    /// A family the documentation does not list, kept verbatim.
    Unknown(String),
}

impl ErrorFamily {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::IncompleteSignature => "IncompleteSignature",
            Self::InvalidAccessKeyId => "InvalidAccessKeyId",
            Self::InvalidTimeStamp => "InvalidTimeStamp",
            Self::SignatureDoesNotMatch => "SignatureDoesNotMatch",
            Self::SignatureNonceUsed => "SignatureNonceUsed",
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
            "IncompleteSignature" => Self::IncompleteSignature,
            "InvalidAccessKeyId" => Self::InvalidAccessKeyId,
            "InvalidTimeStamp" => Self::InvalidTimeStamp,
            "SignatureDoesNotMatch" => Self::SignatureDoesNotMatch,
            "SignatureNonceUsed" => Self::SignatureNonceUsed,
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
