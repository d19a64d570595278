// @generated from spec/tat/2020-10-28/types/Filter.json by `cargo xtask codegen`; do not edit.
//! The `Filter` data type.

use serde::{Deserialize, Serialize};

/// Key/values filter for Describe* queries. Several filters combine with AND; several values of one filter combine with OR.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Filter {
    /// The field to filter on.
    ///
    /// Required.
    ///
    /// Wire name: `Name`.
    #[serde(rename = "Name")]
    pub name: String,
    /// The values to match.
    ///
    /// Required.
    ///
    /// Wire name: `Values`.
    #[serde(rename = "Values")]
    pub values: Vec<String>,
}

impl Filter {
    /// A `Filter` with its required members `Name`, `Values`.
    pub fn new(
        name: impl Into<String>,
        values: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            name: name.into(),
            values: values.into_iter().map(Into::into).collect(),
        }
    }

    /// The field to filter on (`Name`).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The values to match (`Values`).
    pub fn values(&self) -> &[String] {
        &self.values
    }
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Filter",
    description: "Key/values filter for Describe* queries. Several filters combine with AND; several values of one filter combine with OR.",
    members: &[
        sdk_shape::MemberShape {
            name: "Name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            list: false,
            required: true,
            nullable: false,
            base64: false,
            description: "The field to filter on.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "Values",
            flag: "values",
            kind: sdk_shape::Kind::String,
            list: true,
            required: true,
            nullable: false,
            base64: false,
            description: "The values to match.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
    ],
};
