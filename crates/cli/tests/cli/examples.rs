//! Every documented example, run end to end through the built binary against a local server
//! that answers with the documented response: once from flags (json output), once from
//! `--cli-input-json` (table output). The request the server receives must be the documented
//! request, so the flag conversion is checked as well as the printing.

use crate::common;

use common::{documented_server, kebab, run, stderr, stdout, SERVICES};
use sdk_shape::{ActionShape, ExampleShape, ServiceShape};
use serde_json::{Map, Value};

/// The example's request; for a page that documents none (eflo-controller), the required
/// members taken from the same-named members of the documented response.
fn example_request(action: &ActionShape, example: &ExampleShape) -> Map<String, Value> {
    if let Ok(Value::Object(map)) = serde_json::from_str(example.request) {
        return map;
    }
    let response: Value = serde_json::from_str(example.response).expect("response JSON");
    let mut map = Map::new();
    for member in action.input.iter().filter(|m| m.required) {
        let value = find(&response, member.name).expect("required member in the response");
        map.insert(member.name.to_owned(), value);
    }
    map
}

fn find(value: &Value, key: &str) -> Option<Value> {
    match value {
        Value::Object(o) => o
            .get(key)
            .cloned()
            .or_else(|| o.values().find_map(|v| find(v, key))),
        Value::Array(a) => a.iter().find_map(|v| find(v, key)),
        _ => None,
    }
}

/// The CLI's own flags, as its root help lists them.
fn own_flags() -> Vec<String> {
    static FLAGS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    FLAGS
        .get_or_init(|| {
            let home = tempfile::tempdir().expect("temp home");
            let help = stdout(&run(home.path(), &["--help"]));
            help.split_whitespace()
                .filter_map(|w| w.strip_prefix("--"))
                .map(|w| w.trim_end_matches([',', '.']).to_owned())
                .collect()
        })
        .clone()
}

/// The request as flags: lists as separate values, objects as JSON. A member whose flag the
/// CLI owns (`Timeout` and the global `--timeout`) is spelled `--timeout-member`.
fn flags(action: &ActionShape, request: &Map<String, Value>) -> Vec<String> {
    let mut args = Vec::new();
    for (key, value) in request {
        let member = action.input_member(key).expect("documented member");
        if own_flags().iter().any(|f| f == member.flag) {
            args.push(format!("--{}-member", member.flag));
        } else {
            args.push(format!("--{}", member.flag));
        }
        match value {
            Value::Array(items) if items.iter().all(|i| !i.is_object()) => {
                args.extend(items.iter().map(scalar));
            }
            Value::Array(_) | Value::Object(_) => args.push(value.to_string()),
            other => args.push(scalar(other)),
        }
    }
    args
}

fn scalar(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn region(service: &ServiceShape) -> &'static str {
    if service.name == "tat" {
        "ap-guangzhou"
    } else {
        "cn-hangzhou"
    }
}

/// The wire request as JSON: Tencent's body, or Alibaba's form decoded with the shape.
fn wire_request(action: &ActionShape, body: &str) -> Value {
    serde_json::from_str(body)
        .unwrap_or_else(|_| sdk_runtime::protocol::form::decode(body, action).expect("form body"))
}

#[test]
fn every_documented_example_runs_end_to_end() {
    let home = tempfile::tempdir().expect("temp home");
    let server = documented_server();
    let mut ran = 0;
    for service in SERVICES {
        for action in service.actions {
            for (i, example) in action.examples.iter().enumerate() {
                let name = format!("{}__{}__{i}", service.name, kebab(action.name));
                let request = example_request(action, example);
                let action_name = kebab(action.name);
                let mut args: Vec<String> = vec![
                    "--endpoint".into(),
                    server.url.clone(),
                    "--region".into(),
                    region(service).into(),
                    service.name.into(),
                    action_name.clone(),
                ];
                args.extend(flags(action, &request));
                let argv: Vec<&str> = args.iter().map(String::as_str).collect();
                let output = run(home.path(), &argv);
                assert_eq!(output.status.code(), Some(0), "{name}: {}", stderr(&output));
                assert_eq!(
                    wire_request(action, server.last_request().body_str()),
                    Value::Object(request.clone()),
                    "{name}: the request sent is the documented one"
                );
                let shown = format!(
                    "$ cloudcmd {} {} {}\n{}",
                    service.name,
                    action_name,
                    shell_words(&argv[6..]),
                    stdout(&output)
                );
                insta::assert_snapshot!(format!("{name}__json"), shown);

                let input = home.path().join(format!("{name}.json"));
                std::fs::write(
                    &input,
                    serde_json::to_string_pretty(&request).expect("json"),
                )
                .expect("write input");
                let input = input.to_string_lossy().into_owned();
                let output = run(
                    home.path(),
                    &[
                        "--endpoint",
                        &server.url,
                        "--region",
                        region(service),
                        service.name,
                        &action_name,
                        "--cli-input-json",
                        &input,
                        "--output",
                        "table",
                    ],
                );
                assert_eq!(output.status.code(), Some(0), "{name}: {}", stderr(&output));
                assert_eq!(
                    wire_request(action, server.last_request().body_str()),
                    Value::Object(request),
                    "{name}: --cli-input-json sends the documented request"
                );
                insta::assert_snapshot!(format!("{name}__table"), stdout(&output));
                ran += 1;
            }
        }
    }
    assert!(ran >= 6, "every documented example ran ({ran})");
}

#[test]
fn json_output_is_exactly_the_documented_answer() {
    let home = tempfile::tempdir().expect("temp home");
    let server = documented_server();
    for service in SERVICES {
        for action in service.actions {
            let Some(example) = action.examples.first() else {
                continue;
            };
            let request = example_request(action, example);
            let name = kebab(action.name);
            let mut args = vec![
                "--endpoint".to_owned(),
                server.url.clone(),
                "--region".to_owned(),
                region(service).to_owned(),
                service.name.to_owned(),
                name,
            ];
            args.extend(flags(action, &request));
            let argv: Vec<&str> = args.iter().map(String::as_str).collect();
            let output = run(home.path(), &argv);
            let printed: Value = serde_json::from_str(&stdout(&output)).expect("json output");
            let documented: Value = serde_json::from_str(example.response).expect("json");
            let expected = documented.get("Response").cloned().unwrap_or(documented);
            assert_eq!(printed, expected, "{}", action.name);
            // Key order is the service's.
            assert_eq!(
                stdout(&output),
                format!(
                    "{}\n",
                    serde_json::to_string_pretty(&expected).expect("json")
                )
            );
        }
    }
}

fn shell_words(args: &[&str]) -> String {
    args.iter()
        .map(|a| {
            if a.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.:/+".contains(c))
            {
                (*a).to_owned()
            } else {
                format!("'{a}'")
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// POSIX shell words of a command line: single quotes, `'\''`, and `\` line continuations
/// (all the help's examples use).
fn shell_split(line: &str) -> Vec<String> {
    let line = line.replace("\\\n", " ");
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                in_word = true;
                for q in chars.by_ref() {
                    if q == '\'' {
                        break;
                    }
                    word.push(q);
                }
            }
            '\\' => {
                in_word = true;
                if let Some(next) = chars.next() {
                    word.push(next);
                }
            }
            c if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            c => {
                in_word = true;
                word.push(c);
            }
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

#[test]
fn the_example_command_lines_in_help_send_the_documented_requests() {
    let home = tempfile::tempdir().expect("temp home");
    let server = documented_server();
    let mut ran = 0;
    for service in SERVICES {
        for action in service.actions {
            let name = kebab(action.name);
            let help = stdout(&run(home.path(), &[service.name, &name, "--help"]));
            // Each example command starts at "$ cloudcmd" and runs to the first line
            // that does not end in a continuation.
            let mut commands = Vec::new();
            let mut current: Option<String> = None;
            for line in help.lines() {
                let line = line.trim();
                match current.as_mut() {
                    Some(text) => text.push_str(&format!("\n{line}")),
                    None => match line.strip_prefix("$ ") {
                        Some(start) => current = Some(start.to_owned()),
                        None => continue,
                    },
                }
                if !line.ends_with('\\') {
                    commands.extend(current.take());
                }
            }
            assert_eq!(
                commands.len(),
                action.examples.len(),
                "{name}: one command per example"
            );
            for (command, example) in commands.iter().zip(action.examples) {
                let words = shell_split(command);
                assert_eq!(words[0], "cloudcmd");
                let mut args = vec![
                    "--endpoint".to_owned(),
                    server.url.clone(),
                    "--region".to_owned(),
                    region(service).to_owned(),
                ];
                args.extend(words[1..].iter().cloned());
                let argv: Vec<&str> = args.iter().map(String::as_str).collect();
                let output = run(home.path(), &argv);
                assert_eq!(
                    output.status.code(),
                    Some(0),
                    "{command}: {}",
                    stderr(&output)
                );
                assert_eq!(
                    wire_request(action, server.last_request().body_str()),
                    Value::Object(example_request(action, example)),
                    "{command}"
                );
                ran += 1;
            }
        }
    }
    assert!(ran >= 6);
}
