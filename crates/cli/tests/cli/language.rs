//! The help's language and the service's: `--language`, then the tccli profile's
//! `language`, then the locale; Tencent requests carry it as `X-TC-Language`.

use crate::common::{cloudcmd, stderr, stdout};

fn help_in(home: &std::path::Path, env: &[(&str, &str)], args: &[&str]) -> String {
    let mut cmd = cloudcmd(home);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.args(args).output().expect("run cloudcmd");
    assert!(out.status.success(), "{}", stderr(&out));
    stdout(&out)
}

const CHINESE: &str = "取消一台或多台实例执行的命令";
const ENGLISH: &str = "Cancel the executed command on one or multiple instances.";

#[test]
fn help_follows_the_flag_then_the_profile_then_the_locale() {
    let home = tempfile::tempdir().unwrap();
    let action = ["tat", "cancel-invocation", "--help"];
    let with = |extra: &[&str]| -> Vec<String> {
        action
            .iter()
            .chain(extra)
            .map(|s| (*s).to_owned())
            .collect()
    };
    let run = |env: &[(&str, &str)], extra: &[&str]| {
        let list = with(extra);
        let list: Vec<&str> = list.iter().map(String::as_str).collect();
        help_in(home.path(), env, &list)
    };
    // No flag, no profile, no locale: English. Member help too.
    let plain = run(&[], &[]);
    assert!(plain.contains(ENGLISH), "{plain}");
    assert!(plain.contains("Execution activity ID."), "{plain}");
    // The flag, in tccli's spelling.
    let zh = run(&[], &["--language", "zh-CN"]);
    assert!(zh.contains(CHINESE) && !zh.contains(ENGLISH), "{zh}");
    assert!(zh.contains("执行活动ID"), "{zh}");
    // The locale.
    assert!(run(&[("LANG", "zh_CN.UTF-8")], &[]).contains(CHINESE));
    assert!(run(&[("LC_ALL", "en_US.UTF-8"), ("LANG", "zh_CN.UTF-8")], &[]).contains(ENGLISH));
    // The profile's `language`, as `tccli configure set language zh-CN` writes it, over the
    // locale; the flag over both.
    let dir = home.path().join(".tccli");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("default.configure"),
        r#"{"_sys_param": {"region": "ap-guangzhou", "output": "json", "language": "zh-CN"}}"#,
    )
    .unwrap();
    assert!(run(&[("LANG", "en_US.UTF-8")], &[]).contains(CHINESE));
    assert!(run(&[], &["--language", "en-US"]).contains(ENGLISH));
}

#[test]
fn a_language_the_docs_lack_is_a_usage_error() {
    let home = tempfile::tempdir().unwrap();
    let out = cloudcmd(home.path())
        .args(["--language", "fr-FR", "tat", "describe-regions", "--mock"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("\"fr-FR\"") && err.contains("zh-CN or en-US"),
        "{err}"
    );
}

#[test]
fn tencent_requests_carry_the_language() {
    let home = tempfile::tempdir().unwrap();
    for (flag, header) in [
        ("zh-CN", "x-tc-language: zh-CN"),
        ("en-US", "x-tc-language: en-US"),
    ] {
        let out = cloudcmd(home.path())
            .args([
                "tat",
                "describe-regions",
                "--mock",
                "--debug",
                "--language",
                flag,
            ])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(stderr(&out).contains(header), "{}", stderr(&out));
    }
}

/// The CLI's own words on a help page follow the language too: headings, member facts, flag
/// help, rules, examples and clap's usage line.
#[test]
fn the_help_pages_own_words_are_in_the_chosen_language() {
    let home = tempfile::tempdir().unwrap();
    let zh = help_in(
        home.path(),
        &[],
        &["tat", "run-command", "--help", "--language", "zh-CN"],
    );
    for chinese in [
        "用法： cloudcmd tat run-command",
        "选项:",
        "打印帮助",
        "请求参数:",
        "[必填; string]",
        "输入选项:",
        "等待:",
        "全局选项:",
        "规则：",
        "示例：",
    ] {
        assert!(zh.contains(chinese), "missing {chinese:?}:\n{zh}");
    }
    for english in [
        "Usage:",
        "Options:",
        "Print help",
        "Request members",
        "required;",
        "Input options",
        "Global options",
        "Rule:",
        "Example:",
    ] {
        assert!(!zh.contains(english), "{english:?} left in English:\n{zh}");
    }
    insta::assert_snapshot!("help_zh__tat__run-command", zh);
    let service = help_in(home.path(), &[], &["tat", "--help", "--language", "zh-CN"]);
    assert!(
        service.contains("命令:") && service.contains("每个接口都可能返回的错误"),
        "{service}"
    );
    let root = help_in(home.path(), &[("LANG", "zh_CN.UTF-8")], &["--help"]);
    assert!(
        root.contains("退出码：") && root.contains("-V, --version"),
        "{root}"
    );
}

/// The CLI's own errors follow the language: the documented facts it checks before sending,
/// the values it parses, and clap's usage errors. Exit codes and the `error:` prefix are the
/// same in both languages, so scripts read them alike.
#[test]
fn the_clis_own_errors_are_in_the_chosen_language() {
    let home = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let out = cloudcmd(home.path())
            .args(["--mock", "--language", "zh-CN"])
            .args(args)
            .output()
            .expect("run cloudcmd");
        (out.status.code(), stderr(&out))
    };
    for (args, chinese) in [
        (
            &["tat", "run-command", "--content", "ZWNobw=="][..],
            "error: 缺少必填参数 InstanceIds（--instance-ids）",
        ),
        (
            &["tat", "describe-invocations", "--limit", "101"][..],
            "error: --limit：101 大于文档规定的最大值 100",
        ),
        (
            &[
                "tat",
                "describe-invocations",
                "--filters",
                "name=bogus,values=x",
            ][..],
            "未知的过滤条件 \"bogus\"（允许：",
        ),
        (
            &["tat", "describe-invocations", "--invocation-idz", "x"][..],
            "error: 意外的参数 '--invocation-idz'；相似的有：'--invocation-ids'（见 --help）",
        ),
        (
            &["tat", "describe-invocations", "--output", "xml"][..],
            "error: '--output <FORMAT>' 的值 'xml' 无效；可选值：json, table, text",
        ),
    ] {
        let (code, err) = run(args);
        assert_eq!(code, Some(2), "{args:?}: {err}");
        assert!(err.contains(chinese), "{args:?}: {err}");
    }
    // A value the documentation does not list is sent, with a warning in the language.
    let (code, err) = run(&[
        "tat",
        "run-command",
        "--content",
        "ZWNobw==",
        "--instance-ids",
        "ins-1",
        "--command-type",
        "SHEL",
    ]);
    assert!(
        err.contains(
            "warning: CommandType (--command-type): \"SHEL\" 不是 CommandType 文档列出的取值"
        ),
        "{code:?}: {err}"
    );
}
