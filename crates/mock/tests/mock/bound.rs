//! Alibaba actions bound to their own method and path (ROA, and RPC with query members):
//! the mock reads each member from its place (path, query, header, form or JSON body, a
//! styled member from its one string) into the request its examples are matched with,
//! verifies the signature over what it received, and answers an action documented without
//! an answer body with none.

use sdk_mock::{demo, MockCredentials, MockOptions, MockServer};
use sdk_runtime::clock;
use sdk_runtime::protocol::form;
use sdk_runtime::sign::acs3;
use sdk_shape::{
    ActionShape, AnswerBody, BodyEncoding, CredentialSources, ExampleShape, HttpBinding, Kind,
    Location, MemberShape, Protocol, ServiceShape, StructShape, Style,
};
use serde_json::{json, Value};

use crate::support::client;

const fn m(name: &'static str, kind: Kind, location: Location) -> MemberShape {
    MemberShape {
        name,
        flag: name,
        kind,
        location,
        ..MemberShape::BASE
    }
}

const fn action(
    name: &'static str,
    http: &'static HttpBinding,
    input: &'static [MemberShape],
    examples: &'static [ExampleShape],
) -> ActionShape {
    ActionShape {
        name,
        command: name,
        description: sdk_shape::Text::NONE,
        rate_limit: None,
        region_required: false,
        read_only: false,
        input,
        output: &[MemberShape {
            name: "matched",
            flag: "matched",
            ..MemberShape::BASE
        }],
        rules: &[],
        errors: &[],
        examples,
        pagination: None,
        http: Some(http),
    }
}

static POOL: StructShape = StructShape {
    name: "NodepoolInfo",
    description: sdk_shape::Text::NONE,
    members: &[m("name", Kind::String, Location::Body)],
    rules: &[],
};

static DESCRIBE: ActionShape = action(
    "DescribeClusterNodePools",
    &HttpBinding {
        method: "GET",
        path: "/clusters/{ClusterId}/nodepools",
        body: BodyEncoding::Json,
        answer: AnswerBody::Json,
    },
    &[
        MemberShape {
            required: true,
            ..m("ClusterId", Kind::String, Location::Path)
        },
        m("NodepoolName", Kind::String, Location::Query),
        m("PageSize", Kind::Int64, Location::Query),
    ],
    &[ExampleShape {
        title: sdk_shape::Text::en("decoded"),
        description: sdk_shape::Text::NONE,
        request: r#"{"ClusterId": "c-1/中 *", "NodepoolName": "a b+c", "PageSize": 5}"#,
        response: r#"{"matched": "get"}"#,
    }],
);

static CREATE: ActionShape = action(
    "CreateClusterNodePool",
    &HttpBinding {
        method: "POST",
        path: "/clusters/{ClusterId}/nodepools",
        body: BodyEncoding::Json,
        answer: AnswerBody::Json,
    },
    &[
        MemberShape {
            required: true,
            ..m("ClusterId", Kind::String, Location::Path)
        },
        m("x-acs-client-token", Kind::String, Location::Header),
        m(
            "nodepool_info",
            Kind::Struct(sdk_shape::StructRef::to(&POOL)),
            Location::Body,
        ),
        MemberShape {
            list: true,
            style: Some(Style::Json),
            ..m("node_ids", Kind::String, Location::Body)
        },
        m("labels", Kind::Json, Location::Body),
    ],
    &[ExampleShape {
        title: sdk_shape::Text::en("decoded"),
        description: sdk_shape::Text::NONE,
        request: r#"{"ClusterId": "c-1", "x-acs-client-token": "tok", "nodepool_info": {"name": "池"}, "node_ids": ["a", "b"], "labels": {"k": [1]}}"#,
        response: r#"{"matched": "post"}"#,
    }],
);

static DELETE: ActionShape = action(
    "DeleteClusterNodepool",
    &HttpBinding {
        method: "DELETE",
        path: "/clusters/{ClusterId}/nodepools/{NodepoolId}",
        body: BodyEncoding::Json,
        answer: AnswerBody::None,
    },
    &[
        MemberShape {
            required: true,
            ..m("ClusterId", Kind::String, Location::Path)
        },
        MemberShape {
            required: true,
            ..m("NodepoolId", Kind::String, Location::Path)
        },
        MemberShape {
            list: true,
            style: Some(Style::Simple),
            ..m("Ids", Kind::Int64, Location::Query)
        },
    ],
    &[],
);

static RUN: ActionShape = action(
    "RunCommand",
    &HttpBinding {
        method: "POST",
        path: "/",
        body: BodyEncoding::Form,
        answer: AnswerBody::Json,
    },
    &[
        m("RegionId", Kind::String, Location::Query),
        MemberShape {
            list: true,
            style: Some(Style::Json),
            ..m("NodeIdList", Kind::String, Location::Body)
        },
        m("Timeout", Kind::Int32, Location::Body),
    ],
    &[ExampleShape {
        title: sdk_shape::Text::en("decoded"),
        description: sdk_shape::Text::NONE,
        request: r#"{"RegionId": "cn-wulanchabu", "NodeIdList": ["e01-a", "e01-b"], "Timeout": 60}"#,
        response: r#"{"matched": "rpc"}"#,
    }],
);

const fn service(
    name: &'static str,
    version: &'static str,
    protocol: Protocol,
    actions: &'static [&'static ActionShape],
) -> ServiceShape {
    ServiceShape {
        name,
        title: name,
        version,
        protocol,
        endpoints: &[],
        regional_endpoint: None,
        endpoint_map: &[],
        credentials: CredentialSources {
            id_env: "ALIBABA_CLOUD_ACCESS_KEY_ID",
            secret_env: "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
            token_env: "ALIBABA_CLOUD_SECURITY_TOKEN",
            region_env: None,
            profile_file: "~/.aliyun/config.json",
        },
        common_errors: &[],
        service_errors: &[],
        actions,
        waiters: &[],
    }
}

static CS: ServiceShape = service(
    "cs",
    "2015-12-15",
    Protocol::Acs3Roa,
    &[&DESCRIBE, &CREATE, &DELETE],
);
static RPC: ServiceShape = service("ops", "2022-12-15", Protocol::Acs3Rpc, &[&RUN]);

async fn start() -> MockServer {
    MockServer::start(
        MockOptions::all_services()
            .with_services(vec![&CS, &RPC])
            .with_credentials(MockCredentials::Demo),
    )
    .await
    .expect("the mock starts")
}

#[tokio::test]
async fn members_are_read_from_their_places_into_the_documented_request() {
    let server = start().await;
    let cs = client(&server, &CS);
    let get = cs
        .send_json(
            &DESCRIBE,
            json!({"ClusterId": "c-1/中 *", "NodepoolName": "a b+c", "PageSize": 5}),
        )
        .await
        .unwrap();
    assert_eq!(get.body, json!({"matched": "get"}));
    let post = cs
        .send_json(
            &CREATE,
            json!({"ClusterId": "c-1", "x-acs-client-token": "tok", "nodepool_info": {"name": "池"},
                   "node_ids": ["a", "b"], "labels": {"k": [1]}}),
        )
        .await
        .unwrap();
    assert_eq!(post.body, json!({"matched": "post"}));
    let rpc = client(&server, &RPC)
        .send_json(
            &RUN,
            json!({"RegionId": "cn-wulanchabu", "NodeIdList": ["e01-a", "e01-b"], "Timeout": 60}),
        )
        .await
        .unwrap();
    assert_eq!(rpc.body, json!({"matched": "rpc"}));
}

#[tokio::test]
async fn an_action_documented_without_an_answer_body_answers_with_none() {
    let server = start().await;
    let answer = raw(
        &server,
        "DELETE",
        "/clusters/c-1/nodepools/np-1",
        "Ids=1%2C2",
        "DeleteClusterNodepool",
        &[],
        None,
    )
    .await;
    assert_eq!((answer.0, answer.2.as_str()), (200, ""));
    // Through the runtime: an empty object.
    let deleted = client(&server, &CS)
        .send_json(
            &DELETE,
            json!({"ClusterId": "c-1", "NodepoolId": "np-1", "Ids": [1, 2]}),
        )
        .await
        .unwrap();
    assert_eq!(deleted.body, json!({}));
}

#[tokio::test]
async fn misplaced_members_bad_styles_and_foreign_paths_are_named() {
    let server = start().await;
    // A json-style member whose string is not JSON.
    let (status, _, body) = raw(
        &server,
        "POST",
        "/clusters/c-1/nodepools",
        "",
        "CreateClusterNodePool",
        &[],
        Some(r#"{"node_ids": "a,b"}"#),
    )
    .await;
    assert_eq!(status, 400, "{body}");
    let body: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(body["Code"], "InvalidParameter");
    assert_eq!(
        body["Message"],
        "The parameter node_ids is sent as one JSON text (its style is json), but \"a,b\" is not JSON: expected value at line 1 column 1."
    );
    // A body member in the query.
    let (status, _, body) = raw(
        &server,
        "POST",
        "/clusters/c-1/nodepools",
        "labels=1",
        "CreateClusterNodePool",
        &[],
        None,
    )
    .await;
    assert_eq!(status, 400);
    assert!(
        message(&body) == "The parameter labels goes in the body, not the query (labels).",
        "{body}"
    );
    // A path that is not the action's.
    let (status, _, body) = raw(
        &server,
        "GET",
        "/clusters/c-1/pools",
        "",
        "DescribeClusterNodePools",
        &[],
        None,
    )
    .await;
    assert_eq!(status, 404);
    assert!(
        message(&body).starts_with(
            "The path \"/clusters/c-1/pools\" does not match \"/clusters/{ClusterId}/nodepools\""
        ),
        "{body}"
    );
    // A comma-joined item that is not an integer.
    let (status, _, body) = raw(
        &server,
        "DELETE",
        "/clusters/c-1/nodepools/np-1",
        "Ids=1%2Cx",
        "DeleteClusterNodepool",
        &[],
        None,
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(
        message(&body),
        "The parameter Ids (items joined with commas) is malformed: expected an integer, got \"x\"."
    );
    // The signature covers the path: the client's request with another path fails.
    let e = raw(
        &server,
        "GET",
        "/clusters/c-2/nodepools",
        "",
        "DescribeClusterNodePools",
        &[("x-sign-path", "/clusters/c-1/nodepools")],
        None,
    )
    .await;
    assert_eq!(e.0, 400, "{}", e.2);
    assert!(e.2.contains("SignatureDoesNotMatch"), "{}", e.2);
}

fn message(body: &str) -> String {
    let body: Value = serde_json::from_str(body).unwrap_or_else(|_| panic!("{body}"));
    body["Message"].as_str().unwrap_or_default().to_owned()
}

/// A request signed by hand: `method` on `path` with `query` (encoded), JSON `body`.
/// `x-sign-path` among `extra` signs another path than the one sent.
async fn raw(
    server: &MockServer,
    method: &str,
    path: &str,
    query: &str,
    action: &str,
    extra: &[(&str, &str)],
    body: Option<&str>,
) -> (u16, String, String) {
    let host = server.local_addr().to_string();
    let body = body.unwrap_or("");
    let hash = acs3::payload_hash(body.as_bytes());
    let date = clock::utc_iso8601(clock::now_unix());
    let nonce = format!("{:032x}", rand_nonce());
    let mut signed = vec![
        ("host", host.as_str()),
        ("x-acs-action", action),
        ("x-acs-content-sha256", hash.as_str()),
        ("x-acs-date", date.as_str()),
        ("x-acs-signature-nonce", nonce.as_str()),
        ("x-acs-version", "2015-12-15"),
    ];
    if !body.is_empty() {
        signed.insert(0, ("content-type", "application/json; charset=utf-8"));
    }
    let sign_path = extra
        .iter()
        .find(|(k, _)| *k == "x-sign-path")
        .map_or(path, |(_, v)| *v);
    let mut pairs = form::parse_pairs(query);
    pairs.sort();
    let pairs: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let auth = acs3::sign(
        demo::ALIBABA_ACCESS_KEY_ID,
        demo::ALIBABA_ACCESS_KEY_SECRET,
        &acs3::CanonicalRequest {
            method,
            path: sign_path,
            query: &pairs,
            headers: &signed,
            payload_hash: hash.as_str(),
        },
    )
    .expect("signed");
    let url = if query.is_empty() {
        format!("{}{path}", server.endpoint().trim_end_matches('/'))
    } else {
        format!("{}{path}?{query}", server.endpoint().trim_end_matches('/'))
    };
    let mut request = reqwest::Client::new()
        .request(method.parse().unwrap(), url)
        .header("authorization", auth)
        .body(body.to_owned());
    for (name, value) in &signed {
        if *name != "host" {
            request = request.header(*name, *value);
        }
    }
    let response = request.send().await.expect("an answer");
    let status = response.status().as_u16();
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    (status, content_type, response.text().await.unwrap())
}

fn rand_nonce() -> u128 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(1);
    (u128::from(clock::now_unix() as u64) << 64) | u128::from(N.fetch_add(1, Ordering::Relaxed))
}
