//! `--output table` at a given terminal width (`COLUMNS`), with Chinese content: the
//! documented DescribeInvocationTasks and eflo-controller examples, whose pages are Chinese
//! but whose example values happen to be ASCII, answered with Chinese text in their free-text
//! members (what the services return with `X-TC-Language: zh-CN`). Every line must fit the
//! width as a terminal counts it (a CJK character is two columns), and the columns must line
//! up, which the snapshots show.

use crate::common;

use common::{cloudcmd, stderr, stdout, Recorded, Reply, TestServer};
use serde_json::Value;

/// The first documented example answer of `action`, with `edit` applied.
fn documented(
    service: &sdk_shape::ServiceShape,
    action: &str,
    edit: impl Fn(&mut Value),
) -> TestServer {
    let action = service.action(action).expect("documented action");
    let mut body: Value =
        serde_json::from_str(action.examples[0].response).expect("documented JSON");
    edit(&mut body);
    let text = body.to_string();
    TestServer::blocking(move |_: &Recorded, _| Reply::json(text.clone()))
}

fn chinese_tasks() -> TestServer {
    documented(&tat_model::SERVICE, "DescribeInvocationTasks", |body| {
        let task = &mut body["Response"]["InvocationTaskSet"][0];
        task["CommandName"] = "查看当前用户".into();
        task["ErrorInfo"] = "命令执行超时：实例上的自动化助手客户端在规定时间内没有返回结果，\
            请检查实例的网络与客户端状态后重试。"
            .into();
        let mut second = task.clone();
        second["InvocationTaskId"] = "invt-3k9x0abc".into();
        second["InstanceId"] = "ins-9x8y7z6w".into();
        second["TaskStatus"] = "TIMEOUT".into();
        second["CommandName"] = "清理日志".into();
        body["Response"]["InvocationTaskSet"]
            .as_array_mut()
            .expect("a list")
            .push(second);
        body["Response"]["TotalCount"] = 2.into();
    })
}

/// Terminal columns of a line: CJK ideographs and full-width forms take two.
fn display_width(line: &str) -> usize {
    line.chars()
        .map(|c| match c {
            '\u{1100}'..='\u{115f}' | '\u{2e80}'..='\u{a4cf}' | '\u{ac00}'..='\u{d7a3}' => 2,
            '\u{f900}'..='\u{faff}' | '\u{fe30}'..='\u{fe4f}' | '\u{ff00}'..='\u{ff60}' => 2,
            _ => 1,
        })
        .sum()
}

fn table(server: &TestServer, columns: Option<&str>, args: &[&str]) -> String {
    let home = tempfile::tempdir().expect("temp home");
    let mut cmd = cloudcmd(home.path());
    if let Some(columns) = columns {
        cmd.env("COLUMNS", columns);
    }
    let output = cmd
        .args(["--endpoint", &server.url, "--output", "table"])
        .args(args)
        .output()
        .expect("run cloudcmd");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    stdout(&output)
}

fn assert_fits(out: &str, width: usize) {
    for line in out.lines() {
        assert!(
            display_width(line) <= width,
            "wider than {width}: {line:?}\n{out}"
        );
    }
}

const TASKS: &[&str] = &[
    "--region",
    "ap-guangzhou",
    "tat",
    "describe-invocation-tasks",
    "--limit",
    "10",
];

#[test]
fn chinese_tasks_at_80_columns() {
    let server = chinese_tasks();
    let out = table(&server, Some("80"), TASKS);
    assert_fits(&out, 80);
    insta::assert_snapshot!("tat__describe-invocation-tasks__zh__80", out);
}

#[test]
fn a_chinese_query_result_is_an_aligned_table_at_80_columns() {
    let server = chinese_tasks();
    let mut args = TASKS.to_vec();
    args.extend([
        "--query",
        "InvocationTaskSet[].{Task: InvocationTaskId, Status: TaskStatus, Command: CommandName, Error: ErrorInfo}",
    ]);
    let out = table(&server, Some("80"), &args);
    assert_fits(&out, 80);
    let widths: Vec<usize> = out.lines().map(display_width).collect();
    assert!(
        widths.windows(2).all(|w| w[0] == w[1]),
        "every line of the table is as wide as the others: {widths:?}\n{out}"
    );
    insta::assert_snapshot!("tat__describe-invocation-tasks__zh__query__80", out);
}

#[test]
fn chinese_eflo_nodes_at_80_columns() {
    let server = documented(
        &eflo_controller_model::SERVICE,
        "DescribeInvocations",
        |body| {
            let node = &mut body["Invocations"]["Invocation"][0]["InvokeNodes"]["InvokeNode"][0];
            node["ErrorInfo"] = "指定的节点不存在".into();
            node["Output"] = "磁盘使用率：87%，请及时清理。".into();
            body["Invocations"]["Invocation"][0]["CommandDescription"] = "巡检磁盘".into();
        },
    );
    let out = table(
        &server,
        Some("80"),
        &[
            "--region",
            "cn-hangzhou",
            "eflo-controller",
            "describe-invocations",
            "--invoke-id",
            "t-ind3k9ytvvduoe8",
            "--query",
            "Invocations.Invocation[0].InvokeNodes.InvokeNode[].{NodeId: NodeId, Status: NodeInvokeStatus, Error: ErrorInfo, Output: Output}",
        ],
    );
    assert_fits(&out, 80);
    insta::assert_snapshot!("eflo-controller__describe-invocations__zh__query__80", out);
}

#[test]
fn columns_is_honoured_and_the_default_without_a_terminal_is_80() {
    let server = chinese_tasks();
    let narrow = table(&server, Some("30"), TASKS);
    assert_fits(&narrow, 30);
    assert!(narrow.contains("..."), "cut cells are marked: {narrow}");
    let default = table(&server, None, TASKS);
    assert_eq!(default, table(&server, Some("80"), TASKS));
    let wide = table(&server, Some("400"), TASKS);
    assert!(
        wide.lines().any(|l| display_width(l) > 80),
        "a wide terminal gets one row per task: {wide}"
    );
}
