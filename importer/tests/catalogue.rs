//! What the importer does with the contradictions Tencent's metadata has, on a made metadata
//! file, where each can be seen; `whole_catalogue.rs` imports the real ones.

/// A made metadata file with the contradictions the catalogue has: an example with `"10"`
/// for an integer, a value documented twice, a `float` member, a `binary` one.
#[test]
fn the_metadatas_contradictions_are_left_out_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let svc = dir.path().join("tccli/services/demo/v20240101");
    std::fs::create_dir_all(&svc).unwrap();
    std::fs::create_dir_all(dir.path().join("spec")).unwrap();
    std::fs::write(
        dir.path().join("tccli/__init__.py"),
        "__version__ = '9.9.9'\n",
    )
    .unwrap();
    let member = |name: &str, ty: &str, doc: &str| serde_json::json!({ "name": name, "type": ty, "member": ty, "required": false, "document": doc });
    let api = serde_json::json!({
        "metadata": { "serviceShortName": "demo", "apiVersion": "2024-01-01", "serviceNameCN": "Demo", "api_brief": "Demo" },
        "actions": { "DescribeThings": {
            "name": "List things", "document": "Lists things.",
            "input": "DescribeThingsRequest", "output": "DescribeThingsResponse", "status": "online"
        }},
        "objects": {
            "DescribeThingsRequest": { "type": "object", "document": "", "members": [
                member("Limit", "int", "Number of results."),
                member("Ratio", "float", "A ratio."),
                member("Blob", "binary", "Bytes."),
                member("Mode", "string", "Mode. Valid values: FAST, SLOW, FAST"),
            ]},
            "DescribeThingsResponse": { "type": "object", "document": "", "members": [
                member("TotalCount", "int", "Total."),
                member("RequestId", "string", "Request id."),
            ]}
        },
        "version": "1.0"
    });
    let examples = serde_json::json!({ "actions": { "DescribeThings": [
        { "title": "Good", "document": "", "input": "POST / HTTP/1.1\n\n{\"Limit\": 10, \"Ratio\": 0.5}", "output": "{\"Response\": {\"TotalCount\": 1, \"RequestId\": \"r\"}}" },
        { "title": "Bad", "document": "", "input": "POST / HTTP/1.1\n\n{\"Limit\": \"10\"}", "output": "{\"Response\": {\"TotalCount\": 1, \"RequestId\": \"r\"}}" }
    ]}});
    std::fs::write(svc.join("api.json"), api.to_string()).unwrap();
    std::fs::write(svc.join("examples.json"), examples.to_string()).unwrap();
    let report = importer::import(dir.path(), &[svc.join("api.json")], &Default::default())
        .unwrap_or_else(|e| {
            panic!(
                "{}",
                e.iter()
                    .map(|e| e.to_string())
                    .collect::<Vec<_>>()
                    .join("\n")
            )
        });
    let text = report.lines.join("\n");
    assert!(
        text.contains("/examples/1/request/Limit: example contradicts the spec: expected an integer, got a string; the vendor's example is left out (its own types contradict it)"),
        "{text}"
    );
    assert!(!text.contains("does not validate"), "{text}");
    let action: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            dir.path()
                .join("spec/demo/2024-01-01/actions/DescribeThings.json"),
        )
        .unwrap(),
    )
    .unwrap();
    assert_eq!(
        action["examples"].as_array().unwrap().len(),
        1,
        "{action:#}"
    );
    assert_eq!(action["examples"][0]["title"], "Good");
    let ratio = action["input"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["name"] == "Ratio")
        .unwrap();
    assert_eq!(
        (ratio["type"].as_str(), ratio["format"].as_str()),
        (Some("Number"), Some("float"))
    );
    let blob = action["input"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["name"] == "Blob")
        .unwrap();
    assert_eq!(
        (blob["type"].as_str(), blob["format"].as_str()),
        (Some("String"), Some("binary"))
    );
    // The whole folder generates.
    let files = codegen::load::read_spec_tree(dir.path()).unwrap();
    codegen::generate_from(&files).unwrap_or_else(|e| panic!("{e}"));
}
