//! What the importer does with the faults Tencent's metadata examples have, on a made
//! metadata file, where each can be seen; `whole_catalogue.rs` imports the real ones.

use crate::support::accepted;

/// A made metadata file with the faults the catalogue has: `"10"` for an integer, `null` for
/// a member not documented as nullable, a member the types lack, an answer outside its
/// envelope, a number for a string, and one fault with no faithful reading (a value outside
/// the documented range); also a value documented twice, a `float` member, a `binary` one.
#[test]
fn the_metadatas_faults_are_repaired_or_left_out_and_reported() {
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
                member("Limit", "int", "Number of results. Maximum value: 100."),
                member("Ratio", "float", "A ratio."),
                member("Blob", "binary", "Bytes."),
                member("Mode", "string", "Mode. Valid values: FAST, SLOW, FAST"),
                member("Name", "string", "A name."),
            ]},
            "DescribeThingsResponse": { "type": "object", "document": "", "members": [
                member("TotalCount", "int", "Total."),
                member("RequestId", "string", "Request id."),
            ]}
        },
        "version": "1.0"
    });
    let ok = "{\"Response\": {\"TotalCount\": 1, \"RequestId\": \"r\"}}";
    let example = |title: &str, request: &str, response: &str| {
        serde_json::json!({
            "title": title, "document": "", "input": format!("POST / HTTP/1.1\n\n{request}"), "output": response
        })
    };
    let examples = serde_json::json!({ "actions": { "DescribeThings": [
        example("Good", "{\"Limit\": 10, \"Ratio\": 0.5}", ok),
        example("Quoted", "{\"Limit\": \" 10\", \"Name\": 7}", ok),
        example("Null and unknown", "{\"Limit\": null, \"Disabled\": \"x\"}", ok),
        example("Bare", "{}", "{\"TotalCount\": 2, \"RequestId\": \"r\"}"),
        example("Beside", "{}", "{\"Response\": {\"RequestId\": \"r\"}, \"TotalCount\": 3, \"Error\": null}"),
        example("Out of range", "{\"Limit\": 1000}", ok),
    ]}});
    std::fs::write(svc.join("api.json"), api.to_string()).unwrap();
    std::fs::write(svc.join("examples.json"), examples.to_string()).unwrap();
    let report = accepted(importer::import(
        dir.path(),
        &[svc.join("api.json")],
        &Default::default(),
    ));
    let text = report.lines.join("\n");
    assert!(
        text.contains("/examples/5/request/Limit: example contradicts the spec: 1000 is outside the documented range; the vendor's example is left out (its own types contradict it)"),
        "{text}"
    );
    assert!(
        text.contains("/examples/1/request/Limit: example contradicts the spec: expected an integer, got a string; repaired: \" 10\" read as 10"),
        "{text}"
    );
    assert!(!text.contains("does not validate"), "{text}");
    use codegen::error::RepairKind;
    let counts: Vec<(RepairKind, usize)> = report.repairs.clone().into_iter().collect();
    assert_eq!(
        counts,
        [
            (RepairKind::UnknownMember, 1),
            (RepairKind::Null, 1),
            (RepairKind::Quoted, 1),
            (RepairKind::Unquoted, 1),
            (RepairKind::Envelope, 2),
        ]
    );
    assert_eq!(report.left_out.len(), 1, "{:?}", report.left_out);
    let action: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            dir.path()
                .join("spec/demo/2024-01-01/actions/DescribeThings.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let examples = action["examples"].as_array().unwrap();
    let titles: Vec<&str> = examples
        .iter()
        .map(|e| e["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        ["Good", "Quoted", "Null and unknown", "Bare", "Beside"]
    );
    // Each example as the types read it, with what was done to it.
    assert_eq!(examples[0].get("repairs"), None);
    assert_eq!(
        examples[1]["request"],
        serde_json::json!({"Limit": 10, "Name": "7"})
    );
    assert_eq!(
        examples[1]["repairs"],
        serde_json::json!([
            "/request/Limit: \" 10\" read as 10",
            "/request/Name: 7 read as \"7\""
        ])
    );
    assert_eq!(examples[2]["request"], serde_json::json!({}));
    assert_eq!(
        examples[3]["response"],
        serde_json::json!({"Response": {"TotalCount": 2, "RequestId": "r"}})
    );
    assert_eq!(
        examples[4]["response"],
        serde_json::json!({"Response": {"RequestId": "r", "TotalCount": 3}})
    );
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

/// A made metadata file whose descriptions state rules on an integer and a boolean member,
/// and facts the generator refuses: a range whose ends contradict each other, a rule
/// comparing an integer with a word, a rule naming a member that is not there. The rules
/// are kept with typed values; for each refused fact the import keeps the description,
/// drops the fact, says so with the generator's reason, and the folder generates.
#[test]
fn facts_the_generator_refuses_stay_prose_and_are_reported() {
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
    let range = "Number of results. Value range: [100, 1].";
    let api = serde_json::json!({
        "metadata": { "serviceShortName": "demo", "apiVersion": "2024-01-01", "serviceNameCN": "Demo", "api_brief": "Demo" },
        "actions": { "CreateTask": {
            "name": "Create a task", "document": "Creates a task.",
            "input": "CreateTaskRequest", "output": "CreateTaskResponse", "status": "online"
        }},
        "objects": {
            "CreateTaskRequest": { "type": "object", "document": "", "members": [
                member("Limit", "int", range),
                member("SourceType", "int", "Audio source: 0 for a URL, 1 for the data."),
                member("Data", "string", "Audio data. This parameter is required if SourceType is set to 1."),
                member("DeliverStatus", "int", "Delivery status."),
                member("DeliverConfig", "string", "Delivery configuration. It is required when DeliverStatus is ENABLED."),
                member("IsAll", "bool", "Whether every machine."),
                member("QuuidList", "string", "Machines. This parameter is required when IsAll is set to false."),
                member("YamlSpec", "string", "It is required when Flag is 1."),
            ]},
            "CreateTaskResponse": { "type": "object", "document": "", "members": [
                member("RequestId", "string", "Request id."),
            ]}
        },
        "version": "1.0"
    });
    std::fs::write(svc.join("api.json"), api.to_string()).unwrap();
    let report = accepted(importer::import(
        dir.path(),
        &[svc.join("api.json")],
        &Default::default(),
    ));
    let text = report.lines.join("\n");
    assert!(!text.contains("does not validate"), "{text}");
    let file = "spec/demo/2024-01-01/actions/CreateTask.json";
    let stays =
        "read from the description, is not kept: its sentence stays prose in the description";
    assert_eq!(
        report.as_prose,
        [
            format!("{file}: /input/0/minimum: minimum 100 is greater than maximum 1; input.Limit: minimum 100, maximum 1, {stays}"),
            format!("{file}: /rules/1/required_if/equals: \"ENABLED\" is not a value of `DeliverStatus`: expected an integer, got a string; the rule \"DeliverConfig is required when DeliverStatus is ENABLED\", {stays}"),
            format!("{file}: /rules/3/required_if/when: unknown input member `Flag`; the rule \"YamlSpec is required when Flag is 1\", {stays}"),
        ],
    );
    for line in &report.as_prose {
        assert!(text.contains(line), "{text}");
    }
    let action: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            dir.path()
                .join("spec/demo/2024-01-01/actions/CreateTask.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let limit = &action["input"][0];
    // The sentence stays, as CommonMark: the brackets escaped so rustdoc reads no link.
    assert_eq!(
        limit["description"],
        range.replace('[', "\\[").replace(']', "\\]")
    );
    assert_eq!((limit.get("minimum"), limit.get("maximum")), (None, None));
    assert_eq!(
        action["input"][4]["description"],
        "Delivery configuration. It is required when DeliverStatus is ENABLED."
    );
    assert_eq!(
        action["rules"],
        serde_json::json!([
            {"required_if": {"member": "Data", "when": "SourceType", "equals": 1}},
            {"required_if": {"member": "QuuidList", "when": "IsAll", "equals": false}},
        ])
    );
    let files = codegen::load::read_spec_tree(dir.path()).unwrap();
    let output = codegen::generate_from(&files).unwrap_or_else(|e| panic!("{e}"));
    let shape = output
        .files
        .iter()
        .find(|f| f.path == "crates/demo-model/src/actions/create_task.rs")
        .expect("the action's module");
    for rule in [
        "when: \"SourceType\",\n            equals: sdk_shape::RuleValue::Integer(1i64),",
        "when: \"IsAll\",\n            equals: sdk_shape::RuleValue::Boolean(false),",
    ] {
        assert!(shape.contents.contains(rule), "{}", shape.contents);
    }
}

/// ecm's metadata documents the values of `MonthNetwork.Isp` and an object `ISP`: the enum
/// the values make is not named `Isp`, which differs from `ISP` only in case (two files a
/// case-insensitive file system cannot hold, one generated module), whatever order the
/// objects come in. Two objects of the vendor's own that differ only in case keep their
/// names; the generator numbers the second one's module. The import says both.
#[test]
fn type_names_differing_only_in_case_are_renamed_and_reported() {
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
    let object = |name: &str| serde_json::json!({ "name": name, "type": "object", "member": name, "required": false, "document": "ISP." });
    let api = serde_json::json!({
        "metadata": { "serviceShortName": "demo", "apiVersion": "2024-01-01", "serviceNameCN": "Demo", "api_brief": "Demo" },
        "actions": { "DescribeNetworks": {
            "name": "Networks", "document": "Lists networks.",
            "input": "DescribeNetworksRequest", "output": "DescribeNetworksResponse", "status": "online"
        }},
        "objects": {
            "DescribeNetworksRequest": { "type": "object", "document": "", "members": [] },
            "DescribeNetworksResponse": { "type": "object", "document": "", "members": [
                object("MonthNetwork"), object("ISP"), object("IspInfo"), object("ISPInfo"),
                member("RequestId", "string", "Request id."),
            ]},
            "MonthNetwork": { "type": "object", "document": "Network of a month.", "members": [
                member("Isp", "string", "ISP abbreviation. Valid values: CUCC, CTCC, CMCC"),
            ]},
            "ISP": { "type": "object", "document": "ISP information.", "members": [
                member("ISPId", "string", "ISP ID."),
            ]},
            "IspInfo": { "type": "object", "document": "ISP.", "members": [member("Name", "string", "Name.")] },
            "ISPInfo": { "type": "object", "document": "ISP.", "members": [member("Id", "string", "Id.")] },
        },
        "version": "1.0"
    });
    std::fs::write(svc.join("api.json"), api.to_string()).unwrap();
    let report = accepted(importer::import(
        dir.path(),
        &[svc.join("api.json")],
        &Default::default(),
    ));
    let text = report.lines.join("\n");
    let types = dir.path().join("spec/demo/2024-01-01/types");
    let mut names: Vec<String> = std::fs::read_dir(&types)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "ISP.json",
            "ISPInfo.json",
            "IspInfo.json",
            "MonthNetwork.json",
            "MonthNetworkIsp.json"
        ]
    );
    assert_eq!(
        report.renamed,
        [
            "spec/demo/2024-01-01/types/MonthNetworkIsp.json: enum type MonthNetworkIsp for MonthNetwork.Isp is not named Isp: Isp differs from type ISP only in case",
            "spec/demo/2024-01-01/types/IspInfo.json: type IspInfo is generated in module types::isp_info_2 (src/types/isp_info_2.rs), as its name and ISPInfo's give the same module; the spec files types/ISPInfo.json and types/IspInfo.json cannot both exist on a file system that ignores case (Windows, macOS)",
        ]
    );
    for line in &report.renamed {
        assert!(text.contains(line), "{text}");
    }
    let files = codegen::load::read_spec_tree(dir.path()).unwrap();
    let output = codegen::generate_from(&files).unwrap_or_else(|e| panic!("{e}"));
    for file in ["isp_info.rs", "isp_info_2.rs", "month_network_isp.rs"] {
        let path = format!("crates/demo-model/src/types/{file}");
        assert!(output.files.iter().any(|f| f.path == path), "{path}");
    }
}

/// An unpacked tccli-like package under `root`: `tccli/__init__.py` with its version, the
/// `<dist>-<version>.dist-info` folder beside it, and one `api.json` per service version.
fn made_package(
    root: &std::path::Path,
    dist: &str,
    version: &str,
    apis: &[(&str, serde_json::Value)],
) -> std::path::PathBuf {
    let top = root.join(format!("{dist}-{version}"));
    std::fs::create_dir_all(top.join(format!("{}-{version}.dist-info", dist.replace('-', "_"))))
        .unwrap();
    std::fs::create_dir_all(top.join("tccli")).unwrap();
    std::fs::write(
        top.join("tccli/__init__.py"),
        format!("__version__ = '{version}'\n"),
    )
    .unwrap();
    for (at, api) in apis {
        let dir = top.join("tccli/services").join(at);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("api.json"), api.to_string()).unwrap();
    }
    top.join("tccli/services")
}

/// One service's metadata: `CreateTask` with the members given (name, type, description).
fn made_api(service: &str, members: &[(&str, &str, &str)]) -> serde_json::Value {
    let members: Vec<serde_json::Value> = members
        .iter()
        .map(|(name, ty, doc)| serde_json::json!({ "name": name, "type": ty, "member": ty, "required": false, "document": doc }))
        .collect();
    serde_json::json!({
        "metadata": { "serviceShortName": service, "apiVersion": "2024-01-01", "serviceNameCN": service, "api_brief": service },
        "actions": { "CreateTask": {
            "name": "Create a task", "document": "Creates a task.",
            "input": "CreateTaskRequest", "output": "CreateTaskResponse", "status": "online"
        }},
        "objects": {
            "CreateTaskRequest": { "type": "object", "document": "", "members": members },
            "CreateTaskResponse": { "type": "object", "document": "", "members": [
                { "name": "RequestId", "type": "string", "member": "string", "required": false, "document": "Request id." }
            ]}
        },
        "version": "1.0"
    })
}

/// Folders of one package are releases, of several packages a union taken Chinese first,
/// whatever order they are given in; two releases of one package beside another are
/// refused, naming both.
#[test]
fn catalogue_folders_of_several_packages_are_a_union_chinese_first() {
    use importer::catalogue::{self, Plan};
    let root = tempfile::tempdir().unwrap();
    let zh_members = [
        ("SourceType", "int", "音频来源。"),
        ("Data", "string", "音频数据。SourceType 为 1 时必填。"),
    ];
    let en_members = [
        ("SourceType", "int", "Audio source."),
        (
            "Data",
            "string",
            "Audio data. This parameter is required if SourceType is set to 1.",
        ),
    ];
    let zh = made_package(
        root.path(),
        "tccli",
        "3.1.189.1",
        &[
            ("shared/v20240101", made_api("shared", &zh_members)),
            ("zhonly/v20240101", made_api("zhonly", &zh_members)),
        ],
    );
    let zh_old = made_package(root.path(), "tccli", "3.1.100.1", &[]);
    let en = made_package(
        root.path(),
        "tccli-intl-en",
        "3.1.193.1",
        &[
            ("shared/v20240101", made_api("shared", &en_members)),
            ("enonly/v20240101", made_api("enonly", &en_members)),
        ],
    );
    assert_eq!(
        catalogue::plan(&[zh_old.clone(), zh.clone()]).unwrap(),
        Plan::Releases
    );
    assert_eq!(
        catalogue::plan(&[en.clone(), zh.clone()]).unwrap(),
        Plan::Union
    );
    assert_eq!(
        catalogue::chinese_first(&[en.clone(), zh.clone()]),
        [zh.clone(), en.clone()]
    );
    let refused = catalogue::plan(&[zh_old.clone(), zh.clone(), en.clone()]).unwrap_err();
    assert_eq!(
        refused.to_string(),
        format!(
            "{} and {} are both tccli: give releases of one package (oldest first), or one release of each package for their union",
            zh_old.display(),
            zh.display()
        )
    );

    let union = catalogue::run_union(&[en, zh]).expect("the union imports");
    assert_eq!(union.package, "tccli 3.1.189.1 + tccli-intl-en 3.1.193.1");
    assert_eq!((union.services, union.actions, union.failures()), (3, 3, 0));
    assert_eq!(union.typed_rules, 3, "one rule in each service version");
    let output = union.output.as_ref().unwrap_or_else(|e| panic!("{e}"));
    // The version both have: the Chinese descriptions kept, the English facts taken.
    let shared = &output
        .files
        .iter()
        .find(|f| f.path == "crates/shared-model/src/actions/create_task.rs")
        .expect("the shared action")
        .contents;
    assert!(shared.contains("音频数据"), "{shared}");
    assert!(
        shared.contains("equals: sdk_shape::RuleValue::Integer(1i64)"),
        "{shared}"
    );
}
