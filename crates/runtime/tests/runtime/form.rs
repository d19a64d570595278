//! The RPC form encoding, both ways.

use crate::common::*;
use sdk_runtime::protocol::form;
use serde_json::json;

#[test]
fn nested_members_are_flattened_sorted_and_encoded() {
    let body = form::encode(&json!({
        "InvokeId": "t 1",
        "Tags": [{"Key": "env", "Value": "测试"}, {"Key": "a*b", "Value": "~"}],
        "NodeIds": ["n1", "n2"],
        "IncludeOutput": false,
        "Repeats": 3,
        "NodeId": null,
        "Settings": {"Policy": "ONCE"}
    }));
    assert_eq!(
        body,
        "IncludeOutput=false&InvokeId=t%201&NodeIds.1=n1&NodeIds.2=n2&Repeats=3&Settings.Policy=ONCE\
         &Tags.1.Key=env&Tags.1.Value=%E6%B5%8B%E8%AF%95&Tags.2.Key=a%2Ab&Tags.2.Value=~"
    );
    assert_eq!(form::encode(&json!({})), "");
}

#[test]
fn decode_inverts_encode_using_member_types() {
    let members = json!({
        "IncludeOutput": true,
        "InvokeId": "t-中 &=+",
        "NodeIds": ["n1", "n2"],
        "Repeats": -3,
        "Tags": [{"Key": "env", "Value": "测试"}, {"Key": "k2", "Value": "v2"}],
    });
    let body = form::encode(&members);
    assert_eq!(
        form::decode(&body, &EFLO_DESCRIBE_INVOCATIONS).unwrap(),
        members
    );
}

#[test]
fn decode_accepts_python_sdk_encoding() {
    // The official Python SDK: urlencode (space as '+'), booleans as True/False.
    let v = form::decode(
        "IncludeOutput=True&InvokeId=t+1%2A&NodeIds.10=j&NodeIds.2=b",
        &EFLO_DESCRIBE_INVOCATIONS,
    )
    .unwrap();
    assert_eq!(
        v,
        json!({"IncludeOutput": true, "InvokeId": "t 1*", "NodeIds": ["b", "j"]})
    );
    let v = form::decode("IncludeOutput=False", &EFLO_DESCRIBE_INVOCATIONS).unwrap();
    assert_eq!(v, json!({"IncludeOutput": false}));
}

#[test]
fn undocumented_keys_are_kept_for_validation_to_report() {
    let v = form::decode("InvokeId=t&Bogus.1=x", &EFLO_DESCRIBE_INVOCATIONS).unwrap();
    assert_eq!(v, json!({"InvokeId": "t", "Bogus.1": "x"}));
    let err = sdk_shape::validate_input(&EFLO_DESCRIBE_INVOCATIONS, &v).unwrap_err();
    assert_eq!(err.path, "Bogus.1");
}

#[test]
fn bad_values_name_their_key() {
    let cases = [
        ("IncludeOutput=yes", "IncludeOutput"),
        ("Repeats=1.5", "Repeats"),
        ("NodeIds.x=1", "NodeIds.x"),
        ("NodeIds=1", "NodeIds"),
        ("NodeIds.0=1", "NodeIds.0"),
        ("Tags.1=1", "Tags.1"),
        ("InvokeId.Sub=1", "InvokeId.Sub"),
    ];
    for (body, key) in cases {
        let err = form::decode(body, &EFLO_DESCRIBE_INVOCATIONS).unwrap_err();
        assert_eq!(err.key, key, "{body}: {err}");
    }
}

#[test]
fn pairs_are_percent_decoded() {
    assert_eq!(
        form::parse_pairs("a=1+2%2B3&b&&c=%E4%B8%AD"),
        vec![
            ("a".to_owned(), "1 2+3".to_owned()),
            ("b".to_owned(), String::new()),
            ("c".to_owned(), "中".to_owned())
        ]
    );
}

#[test]
fn a_free_form_member_comes_back_as_objects_of_strings() {
    // CreateClusterNodePool's `labels` is free-form (`Json`): its nesting is its own.
    let body = form::encode(&json!({"ClusterId": "c-1", "labels": {"env": "prod", "n": {"k": 1}}}));
    assert_eq!(body, "ClusterId=c-1&labels.env=prod&labels.n.k=1");
    assert_eq!(
        form::decode(&body, &CREATE_NODE_POOL).unwrap(),
        json!({"ClusterId": "c-1", "labels": {"env": "prod", "n": {"k": "1"}}})
    );
    assert_eq!(
        form::decode("labels=plain", &CREATE_NODE_POOL).unwrap(),
        json!({"labels": "plain"})
    );
}
