// @generated from spec/cs/2015-12-15/actions/DescribeEvents.json by `cargo xtask codegen`; do not edit.
//! The `DescribeEvents` action:

/// Marker type tying the request and response of `DescribeEvents` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribeEvents;

impl sdk_shape::Action for DescribeEvents {
    type Request = DescribeEventsRequest;
    type Response = DescribeEventsResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribeEvents`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribeEventsRequest {
    /// The cluster ID.
    ///
    /// Wire name: `cluster_id`.
    #[serde(rename = "cluster_id", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The maximum number of results to return for a single request.
    ///
    /// Wire name: `max_results`.
    #[serde(rename = "max_results", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i64>,
    /// The pagination token. Set this parameter to the NextToken value returned from the previous API call.
    ///
    /// Wire name: `next_token`.
    #[serde(rename = "next_token", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The page number for paging in the paged query.
    ///
    /// Wire name: `page_number`.
    #[serde(rename = "page_number", default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// The maximum number of results to return per page.
    ///
    /// Valid values: 1 to 100.
    ///
    /// Default value: 50.
    ///
    /// Default: `50`.
    ///
    /// Wire name: `page_size`.
    #[serde(rename = "page_size", default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// The event type. If you do not specify this parameter, events of all types are queried. Valid values:
    ///
    /// - `cluster_create`: Cluster creation.
    /// - `cluster_scaleout`: Cluster scale-out.
    /// - `cluster_attach`: Addition of existing nodes.
    /// - `cluster_delete`: Cluster deletion.
    /// - `cluster_upgrade`: Cluster upgrade.
    /// - `cluster_migrate`: Cluster migration.
    /// - `cluster_node_delete`: Node removal.
    /// - `cluster_node_drain`: Node draining.
    /// - `cluster_modify`: Cluster modification.
    /// - `cluster_configuration_modify`: Cluster control configuration modification.
    /// - `cluster_addon_install`: Add-on installation.
    /// - `cluster_addon_upgrade`: Add-on upgrade.
    /// - `cluster_addon_uninstall`: Add-on uninstallation.
    /// - `runtime_upgrade`: Runtime upgrade.
    /// - `nodepool_upgrade`: Node pool upgrade.
    /// - `nodepool_update`: Node pool update.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

/// Response of `DescribeEvents`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeEventsResponse {
    /// The event details.
    ///
    /// Wire name: `events`.
    #[serde(rename = "events", default, skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<crate::types::Events>>,
    /// The pagination token. Set this parameter to the next_token value returned from the previous API call.
    ///
    /// Wire name: `next_token`.
    #[serde(rename = "next_token", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The pagination information.
    ///
    /// Wire name: `page_info`.
    #[serde(rename = "page_info", default, skip_serializing_if = "Option::is_none")]
    pub page_info: Option<crate::types::PageInfo>,
}

impl DescribeEventsResponse {
    /// The event details (`events`).
    pub fn events(&self) -> &[crate::types::Events] {
        self.events.as_deref().unwrap_or_default()
    }

    /// The pagination token. Set this parameter to the next_token value returned from the previous API call (`next_token`).
    pub fn next_token(&self) -> Option<&str> {
        self.next_token.as_deref()
    }

    /// The pagination information (`page_info`).
    pub fn page_info(&self) -> Option<&crate::types::PageInfo> {
        self.page_info.as_ref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribeEvents",
    command: "describe-events",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: true,
    input: &[
        sdk_shape::MemberShape {
            name: "cluster_id",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster ID."),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "max_results",
            flag: "max-results",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of results to return for a single request.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "next_token",
            flag: "next-token",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The pagination token. Set this parameter to the NextToken value returned from the previous API call.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "page_number",
            flag: "page-number",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The page number for paging in the paged query.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "page_size",
            flag: "page-size",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of results to return per page.\n\nValid values: 1 to 100.\n\nDefault value: 50.",
            ),
            default: Some("50"),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "type",
            flag: "type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The event type. If you do not specify this parameter, events of all types are queried. Valid values:\n\n- `cluster_create`: Cluster creation.\n- `cluster_scaleout`: Cluster scale-out.\n- `cluster_attach`: Addition of existing nodes.\n- `cluster_delete`: Cluster deletion.\n- `cluster_upgrade`: Cluster upgrade.\n- `cluster_migrate`: Cluster migration.\n- `cluster_node_delete`: Node removal.\n- `cluster_node_drain`: Node draining.\n- `cluster_modify`: Cluster modification.\n- `cluster_configuration_modify`: Cluster control configuration modification.\n- `cluster_addon_install`: Add-on installation.\n- `cluster_addon_upgrade`: Add-on upgrade.\n- `cluster_addon_uninstall`: Add-on uninstallation.\n- `runtime_upgrade`: Runtime upgrade.\n- `nodepool_upgrade`: Node pool upgrade.\n- `nodepool_update`: Node pool update.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "events",
            flag: "events",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::events::SHAPE),
            ),
            description: sdk_shape::Text::en("The event details."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "next_token",
            flag: "next-token",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The pagination token. Set this parameter to the next_token value returned from the previous API call.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "page_info",
            flag: "page-info",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::page_info::SHAPE),
            ),
            description: sdk_shape::Text::en("The pagination information."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
    errors: &[],
    examples: &[],
    pagination: None,
    http: Some(
        &sdk_shape::HttpBinding {
            method: "GET",
            path: "/events",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
