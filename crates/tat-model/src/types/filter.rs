// @generated from spec/tat/2020-10-28/types/Filter.json by `cargo xtask codegen`; do not edit.
//! The `Filter` data type.

/// Describes the key-value pair filter, which is used for conditional filtering queries. for example, filter by ID, name, and status.
///
/// - if there are multiple `Filter`s, the logical relationship between them is `AND`.
/// - if there are multiple Values in the same Filter, the relationship between Values under the same Filter is logical OR.
///
/// >
///
/// Take the `Filters` of the [DescribeCommands](https://www.tencentcloud.com/document/api/1340/52681?from_cn_redirect=1) api as an example. if we need to query commands with the `command-name` "print working directory" and the `command-type` "POWERSHELL" or "BAT", it can be implemented as follows:.
///
/// ```text
/// Filters.0.Name=command-name
/// &Filters.0.Values.0=Print working directory.
///
/// &Filters.1.Name=command-type
/// &Filters.1.Values.0=POWERSHELL
/// &Filters.1.Values.1=BAT
/// ```
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct Filter {
    /// Field to be filtered.
    ///
    /// Required.
    ///
    /// Wire name: `Name`.
    #[serde(rename = "Name")]
    pub name: String,
    /// Filter values of the field.
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

    /// Field to be filtered (`Name`).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Filter values of the field (`Values`).
    pub fn values(&self) -> &[String] {
        &self.values
    }
}

impl Filter {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Filter",
    description: sdk_shape::Text::both(
        "Describes the key-value pair filter, which is used for conditional filtering queries. for example, filter by ID, name, and status.\n\n- if there are multiple `Filter`s, the logical relationship between them is `AND`.\n- if there are multiple Values in the same Filter, the relationship between Values under the same Filter is logical OR.\n\n> \n\nTake the `Filters` of the [DescribeCommands](https://www.tencentcloud.com/document/api/1340/52681?from_cn_redirect=1) api as an example. if we need to query commands with the `command-name` \"print working directory\" and the `command-type` \"POWERSHELL\" or \"BAT\", it can be implemented as follows:.\n\n```\nFilters.0.Name=command-name\n&Filters.0.Values.0=Print working directory.\n\n&Filters.1.Name=command-type\n&Filters.1.Values.0=POWERSHELL\n&Filters.1.Values.1=BAT\n```",
        "> 描述键值对过滤器，用于条件过滤查询。例如过滤ID、名称、状态等\n>\n> - 若存在多个`Filter`时，`Filter`间的关系为逻辑与（`AND`）关系。\n> - 若同一个`Filter`存在多个`Values`，同一`Filter`下`Values`间的关系为逻辑或（`OR`）关系。\n>\n> 以[DescribeCommands](https://cloud.tencent.com/document/api/1340/52681)接口的`Filters`为例。若我们需要查询命令名称（`command-name`）为 “打印工作目录” ***并且*** 命令类型（`command-type`）为 “POWERSHELL” ***或者*** “BAT” 时，可如下实现：\n\n```\nFilters.0.Name=command-name\n&Filters.0.Values.0=打印工作目录\n\n&Filters.1.Name=command-type\n&Filters.1.Values.0=POWERSHELL\n&Filters.1.Values.1=BAT\n```",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "Name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Field to be filtered.",
                "需要过滤的字段。",
            ),
            required: true,
            example: Some("\"command-type\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Values",
            flag: "values",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Filter values of the field.",
                "字段的过滤值。",
            ),
            list: true,
            required: true,
            example: Some("[\"POWERSHELL\",\"BAT\"]"),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
