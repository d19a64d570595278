// @generated from spec/cs/2015-12-15/types/KubernetesObjects.json by `cargo xtask codegen`; do not edit.
//! The `KubernetesObjects` data type.

/// The list of Kubernetes objects contained in the component.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct KubernetesObjects {
    /// The Kubernetes API group to which the object belongs.
    ///
    /// Wire name: `group`.
    #[serde(rename = "group", default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// The Kubernetes API kind of the object.
    ///
    /// Wire name: `kind`.
    #[serde(rename = "kind", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The name of the object.
    ///
    /// Wire name: `name`.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The namespace to which the object belongs.
    ///
    /// Wire name: `namespace`.
    #[serde(rename = "namespace", default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// The Kubernetes API version of the object.
    ///
    /// Wire name: `version`.
    #[serde(rename = "version", default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

impl KubernetesObjects {
    /// The Kubernetes API group to which the object belongs (`group`).
    pub fn group(&self) -> Option<&str> {
        self.group.as_deref()
    }

    /// The Kubernetes API kind of the object (`kind`).
    pub fn kind(&self) -> Option<&str> {
        self.kind.as_deref()
    }

    /// The name of the object (`name`).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The namespace to which the object belongs (`namespace`).
    pub fn namespace(&self) -> Option<&str> {
        self.namespace.as_deref()
    }

    /// The Kubernetes API version of the object (`version`).
    pub fn version(&self) -> Option<&str> {
        self.version.as_deref()
    }
}

impl KubernetesObjects {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "KubernetesObjects",
    description: sdk_shape::Text::en(
        "The list of Kubernetes objects contained in the component.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "group",
            flag: "group",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The Kubernetes API group to which the object belongs.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "kind",
            flag: "kind",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The Kubernetes API kind of the object."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the object."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "namespace",
            flag: "namespace",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The namespace to which the object belongs.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "version",
            flag: "version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The Kubernetes API version of the object.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
