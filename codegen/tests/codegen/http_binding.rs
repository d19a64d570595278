//! An action's HTTP binding and its request members' places (`http`, `location`, `style`):
//! what a good ROA spec generates, and one exact message per fault, with file and pointer.

use codegen::SourceFile;
use serde_json::{json, Value};

const SERVICE: &str = "spec/roa/2015-12-15/service.json";
const ACTION: &str = "spec/roa/2015-12-15/actions/DescribeClusterNodePools.json";

fn service(protocol: &str) -> Value {
    json!({
        "service": "roa", "title": "ROA demo", "version": "2015-12-15",
        "protocol": protocol, "regional_endpoint": "cs.{region}.aliyuncs.com",
        "credentials": {
            "id_env": "ALIBABA_CLOUD_ACCESS_KEY_ID",
            "secret_env": "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
            "token_env": "ALIBABA_CLOUD_SECURITY_TOKEN",
            "profile_file": "~/.aliyun/config.json"
        }
    })
}

/// A GET with a path member, a query member, a header member and a shrunk list.
fn action() -> Value {
    json!({
        "name": "DescribeClusterNodePools", "source": "test", "language": "en",
        "description": "Lists node pools.",
        "http": {"method": "GET", "path": "/clusters/{ClusterId}/nodepools"},
        "input": [
            {"name": "ClusterId", "type": "String", "required": true, "location": "path",
             "description": "Cluster."},
            {"name": "NodepoolName", "type": "String", "location": "query", "description": "Name."},
            {"name": "Trace", "type": "String", "location": "header", "description": "Trace id."},
            {"name": "Ids", "type": "String", "list": true, "location": "query", "style": "json",
             "description": "Ids."}
        ],
        "output": [{"name": "Nodepools", "type": "Json", "description": "Pools."}]
    })
}

fn files(protocol: &str, action: Value) -> Vec<SourceFile> {
    [(SERVICE, service(protocol)), (ACTION, action)]
        .into_iter()
        .map(|(path, v)| SourceFile {
            path: path.into(),
            text: serde_json::to_string_pretty(&v).unwrap(),
        })
        .collect()
}

fn errors(protocol: &str, edit: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut a = action();
    edit(&mut a);
    match codegen::resolve(&files(protocol, a)) {
        Ok(_) => panic!("the spec was accepted"),
        Err(e) => e.0.iter().map(|e| e.to_string()).collect(),
    }
}

fn at(pointer: &str, message: &str) -> String {
    format!("{ACTION}: {pointer}: {message}")
}

#[test]
fn a_bound_action_writes_its_binding_and_places_as_deltas() {
    let out =
        codegen::generate_from(&files("acs3-roa", action())).unwrap_or_else(|e| panic!("{e}"));
    let file = |path: &str| {
        out.files
            .iter()
            .find(|f| f.path == path)
            .unwrap_or_else(|| panic!("{path}"))
            .contents
            .clone()
    };
    let shape = file("crates/roa-model/src/actions/describe_cluster_node_pools.rs");
    assert!(
        shape.contains(
            "    http: Some(
        &sdk_shape::HttpBinding {
            method: \"GET\",
            path: \"/clusters/{ClusterId}/nodepools\",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),"
        ),
        "{shape}"
    );
    assert!(
        shape.contains("location: sdk_shape::Location::Path,"),
        "{shape}"
    );
    assert!(
        shape.contains("location: sdk_shape::Location::Query,"),
        "{shape}"
    );
    assert!(
        shape.contains("location: sdk_shape::Location::Header,"),
        "{shape}"
    );
    assert!(
        shape.contains("style: Some(sdk_shape::Style::Json),"),
        "{shape}"
    );
    // Members in the body, and answers, write neither.
    assert_eq!(shape.matches("location:").count(), 4, "{shape}");
    let service = file("crates/roa-model/src/service.rs");
    assert!(
        service.contains("protocol: sdk_shape::Protocol::Acs3Roa,"),
        "{service}"
    );
}

#[test]
fn an_rpc_form_body_is_the_default_of_rpc_and_none_answers_are_kept() {
    let mut a = action();
    a["http"] = json!({"method": "POST", "path": "/clusters/{ClusterId}", "answer": "none"});
    let ir = codegen::resolve(&files("acs3-rpc", a)).unwrap_or_else(|e| panic!("{e}"));
    let http = ir[0].actions[0].http.as_ref().unwrap();
    assert_eq!(http.body, codegen::ir::BodyEncoding::Form);
    assert_eq!(http.answer, codegen::ir::AnswerBody::None);
}

#[test]
fn the_path_and_the_path_members_agree() {
    assert_eq!(
        errors("acs3-roa", |a| a["http"]["path"] = "/clusters/{ClusterID}/nodepools".into()),
        [
            at("/http/path", "{ClusterID} is not an input member (did you mean \"ClusterId\"?)"),
            at("/input/0/location", "`ClusterId` goes in the path, but the path \"/clusters/{ClusterID}/nodepools\" has no {ClusterId}"),
        ]
    );
    assert_eq!(
        errors("acs3-roa", |a| {
            a["input"][0]["location"] = "query".into();
            a["input"][0]["required"] = false.into();
        }),
        [
            at("/input/0/location", "`ClusterId` is in the path \"/clusters/{ClusterId}/nodepools\", so its location must be `path`"),
            at("/input/0/required", "`ClusterId` is in the path \"/clusters/{ClusterId}/nodepools\", so it must be required"),
        ]
    );
    assert_eq!(
        errors("acs3-roa", |a| a["input"][0]["list"] = true.into()),
        [at("/input/0/type", "`ClusterId` is in the path \"/clusters/{ClusterId}/nodepools\", so it must be one string, number or boolean, not a list")]
    );
    assert_eq!(
        errors("acs3-roa", |a| a["http"]["path"] =
            "/clusters/{ClusterId".into()),
        [at(
            "/http/path",
            "path template \"/clusters/{ClusterId\" cannot be read: a { without its }"
        )]
    );
    assert_eq!(
        errors("acs3-roa", |a| a["http"]["path"] =
            "/c/{ClusterId}/{ClusterId}".into()),
        [at("/http/path", "{ClusterId} appears twice in the path")]
    );
}

#[test]
fn bindings_belong_to_alibaba_requests() {
    let tencent = errors("tc3-json", |a| {
        a["input"][3].as_object_mut().unwrap().remove("style");
    });
    assert_eq!(
        tencent,
        [
            at("/http", "an HTTP binding applies to acs3-rpc and acs3-roa services; tc3-json calls every action with POST /"),
            at("/input/0/location", "`location` applies to acs3-rpc and acs3-roa services; tc3-json sends every member in the JSON body"),
            at("/input/1/location", "`location` applies to acs3-rpc and acs3-roa services; tc3-json sends every member in the JSON body"),
            at("/input/2/location", "`location` applies to acs3-rpc and acs3-roa services; tc3-json sends every member in the JSON body"),
            at("/input/3/location", "`location` applies to acs3-rpc and acs3-roa services; tc3-json sends every member in the JSON body"),
            format!("{SERVICE}: /endpoints: a tc3-json service needs at least one endpoint"),
        ]
    );
    assert_eq!(
        errors("acs3-roa", |a| {
            a.as_object_mut().unwrap().remove("http");
        }),
        [
            format!("{ACTION}: an acs3-roa action needs its `http` binding (method and path)"),
            at(
                "/input/0/location",
                "`ClusterId` goes in the path, but the action has no `http` binding with a path"
            ),
        ]
    );
    assert_eq!(
        errors("acs3-roa", |a| a["output"][0]["location"] = "query".into()),
        [at(
            "/output/0/location",
            "`location` applies to an action's input members only"
        )]
    );
}

#[test]
fn styles_headers_and_methods_fit_what_they_write() {
    assert_eq!(
        errors("acs3-roa", |a| a["input"][1]["style"] = "json".into()),
        [at(
            "/input/1/style",
            "`json` applies to lists, objects and Json members; `NodepoolName` is one value"
        )]
    );
    assert_eq!(
        errors("acs3-roa", |a| {
            a["input"][3]["type"] = "Json".into();
            a["input"][3]["style"] = "simple".into();
        }),
        [at(
            "/input/3/style",
            "`simple` joins a list of strings, numbers or booleans with commas; `Ids` is a list"
        )]
    );
    assert_eq!(
        errors("acs3-roa", |a| a["input"][2]["list"] = true.into()),
        [at("/input/2/location", "`Trace` is a list, and a header holds one value: give it a `style` (`json`, or `simple` for a list) to write it as one string")]
    );
    assert_eq!(
        errors("acs3-roa", |a| a["http"]["method"] = "get".into()),
        [at("/http/method", "`get` is not an HTTP method (one of GET, POST, PUT, DELETE, PATCH, HEAD, OPTIONS) (did you mean \"GET\"?)")]
    );
    // A list in a header as one string, comma-joined: accepted.
    let mut a = action();
    a["input"][2]["list"] = true.into();
    a["input"][2]["style"] = "simple".into();
    codegen::resolve(&files("acs3-roa", a)).unwrap_or_else(|e| panic!("{e}"));
}
