//! Help text from the documentation: action descriptions, member facts (type, default,
//! limits, filter names), rules, documented errors and examples (written as command lines by
//! [`crate::example_command`]), and the exit codes. Descriptions are CommonMark, shown as
//! terminal text by [`crate::markdown`].

use std::fmt::Write;

use sdk_shape::{ActionShape, Kind, MemberShape, Rule, ServiceShape};

use crate::example_command;
use crate::exit::Code;
use crate::flags::flag_name;
use crate::language::{self, say};
use crate::markdown;

/// The first sentence of a description, for one-line listings.
pub fn first_sentence(text: &str) -> String {
    markdown::first_sentence(text)
}

/// A documented value's description, as a possible value's help.
pub fn value_help(text: &str) -> String {
    markdown::render(text)
}

/// The long description of an action: the page's text and its rate limit.
pub fn action_about(action: &ActionShape) -> String {
    let mut out = markdown::render(language::text(action.description));
    if let Some(rate) = action.rate_limit {
        out.push_str(&say!(
            "\n\nRate limit: {rate} requests per second.",
            "\n\n调用频率限制：每秒 {rate} 次。"
        ));
    }
    if action.pagination.is_some() {
        // After a list, on a line of its own: it is no part of the last item.
        let last = out.lines().last().unwrap_or_default().trim_start();
        let digits = last.bytes().take_while(u8::is_ascii_digit).count();
        let item = last.starts_with("- ") || (digits > 0 && last[digits..].starts_with(". "));
        out.push_str(if item { "\n\n" } else { " " });
        out.push_str(language::pick(
            "Paginated: --all fetches every page.",
            "分页返回：--all 取回每一页。",
        ));
    }
    out
}

/// Help of one request member: description, then the documented facts in brackets.
pub fn member_help(member: &MemberShape) -> String {
    let mut out = markdown::render(language::text(member.description));
    let mut facts = Vec::new();
    if member.required {
        facts.push(language::pick("required", "必填").to_owned());
    }
    let kind = match member.kind {
        Kind::Struct(s) => say!(
            "{} as JSON or key=value,..",
            "{}，JSON 或 key=value,..",
            s.name
        ),
        other => other.describe().to_owned(),
    };
    facts.push(if member.list {
        say!("list of {kind}", "{kind} 列表")
    } else {
        kind
    });
    if let Some(max) = member.max_items {
        facts.push(say!("at most {max} items", "最多 {max} 项"));
    }
    // Where it goes, when that is not the body: a path member names the resource.
    if member.location != sdk_shape::Location::Body {
        facts.push(say!(
            "sent in the {}",
            "放在 {} 中发送",
            member.location.word()
        ));
    }
    if let Some(default) = member.default {
        facts.push(say!("default: {default}", "默认值：{default}"));
    }
    match (member.minimum, member.maximum) {
        (Some(lo), Some(hi)) => facts.push(say!("range: {lo}..={hi}", "取值范围：{lo}..={hi}")),
        (Some(lo), None) => facts.push(say!("minimum: {lo}", "最小值：{lo}")),
        (None, Some(hi)) => facts.push(say!("maximum: {hi}", "最大值：{hi}")),
        (None, None) => {}
    }
    let _ = write!(out, "\n[{}]", facts.join("; "));
    if let Kind::Struct(shape) = member.kind {
        let keys: Vec<String> = shape
            .members
            .iter()
            .map(|m| {
                let list = if m.list { "=[a,b]" } else { "=.." };
                format!("{}{list}", m.flag)
            })
            .collect();
        out.push_str(&say!("\nShorthand: {}", "\n简写：{}", keys.join(",")));
        if shape.members.iter().any(|m| m.list) {
            out.push_str(language::pick(
                " (a list also takes k=a,k=b or k=a,b)",
                "（列表也可写作 k=a,k=b 或 k=a,b）",
            ));
        }
    }
    if let Some(filter) = member.filter {
        out.push_str(language::pick("\nFilter names:", "\n过滤条件名称："));
        for name in filter.names {
            match indented(&markdown::render(language::text(name.description)), "    ").as_str() {
                "" => write!(out, "\n  {}", name.name),
                text => write!(out, "\n  {}: {text}", name.name),
            }
            .ok();
        }
        if let Some(max) = filter.max_values {
            out.push_str(&say!(
                "\n  (at most {max} values per filter)",
                "\n  （每个过滤条件最多 {max} 个值）"
            ));
        }
    }
    out
}

/// After the root help: every exit code and its meaning, from their one definition.
pub fn root_after_help() -> String {
    let codes: Vec<String> = Code::ALL
        .iter()
        .map(|code| format!("{} {}", code.value(), code.meaning()))
        .collect();
    say!("Exit codes: {}.", "退出码：{}。", codes.join(", "))
}

/// After the service's help: the platform's common errors and the service's own.
pub fn service_after_help(service: &ServiceShape) -> String {
    let mut out = language::pick(
        "Errors every action may return:\n",
        "每个接口都可能返回的错误：\n",
    )
    .to_owned();
    for error in service.common_errors {
        let text = indented(&markdown::render(language::text(error.description)), "    ");
        let _ = writeln!(out, "  {}: {text}", error.code);
    }
    if !service.service_errors.is_empty() {
        out.push_str(&say!(
            "\nErrors of {} every action may return:\n",
            "\n{} 的每个接口都可能返回的错误：\n",
            service.name
        ));
        for error in service.service_errors {
            match indented(&markdown::render(language::text(error.description)), "    ").as_str() {
                "" => writeln!(out, "  {}", error.code),
                d => writeln!(out, "  {}: {d}", error.code),
            }
            .ok();
        }
    }
    out.push_str(language::pick(
        "\nUse `cloudcmd <SERVICE> <ACTION> --help` for an action's members and examples.",
        "\n接口的参数和示例见 `cloudcmd <SERVICE> <ACTION> --help`。",
    ));
    out
}

/// After an action's help: its documented errors and examples.
pub fn action_after_help(service: &ServiceShape, action: &ActionShape) -> String {
    let mut out = String::new();
    for rule in action.rules {
        match rule {
            Rule::MutuallyExclusive(names) => {
                let flags: Vec<String> = names
                    .iter()
                    .map(|n| match action.input_member(n) {
                        Some(m) => format!("--{}", flag_name(m)),
                        None => (*n).to_owned(),
                    })
                    .collect();
                out.push_str(&say!(
                    "Rule: at most one of {} may be given.\n\n",
                    "规则：{} 最多只能指定一个。\n\n",
                    flags.join(", ")
                ));
            }
            Rule::RequiredIf {
                member,
                when,
                equals,
            } => {
                let flag = |n: &str| {
                    action
                        .input_member(n)
                        .map_or_else(|| n.to_owned(), |m| format!("--{}", flag_name(m)))
                };
                let (member, when) = (flag(member), flag(when));
                out.push_str(&say!(
                    "Rule: {member} is required when {when} is {equals}.\n\n",
                    "规则：{when} 为 {equals} 时必须指定 {member}。\n\n"
                ));
            }
        }
    }
    // Rules of the object types members take ("Recurrence is required if Policy is
    // RECURRENCE" in ScheduleSettings), named by the flag that sets the object.
    for input in action.input {
        let Kind::Struct(shape) = input.kind else {
            continue;
        };
        for rule in shape.rules {
            if let Rule::RequiredIf {
                member,
                when,
                equals,
            } = rule
            {
                out.push_str(&say!(
                    "Rule: in --{}, {member} is required when {when} is {equals}.\n\n",
                    "规则：在 --{} 中，{when} 为 {equals} 时必须指定 {member}。\n\n",
                    flag_name(input)
                ));
            }
        }
    }
    if !action.errors.is_empty() {
        out.push_str(language::pick("Documented errors:\n", "文档列出的错误：\n"));
        for error in action.errors {
            let text = indented(&markdown::render(language::text(error.description)), "    ");
            let _ = writeln!(out, "  {}: {text}", error.code);
        }
        out.push_str(&say!(
            "  (and the errors every {} action may return: cloudcmd {} --help)\n",
            "  （以及 {} 每个接口都可能返回的错误：cloudcmd {} --help）\n",
            service.name,
            crate::services::command_of(service)
        ));
    }
    for example in action.examples {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&say!(
            "Example: {}\n",
            "示例：{}\n",
            language::text(example.title).trim()
        ));
        let description = markdown::render(language::text(example.description));
        if !description.is_empty() {
            let _ = writeln!(out, "  {}", indented(&description, "  "));
        }
        match example_command::from_request(service, action, example) {
            Some(line) => {
                let _ = writeln!(out, "  $ {line}");
            }
            None => match example_command::from_response(service, action, example) {
                Some(line) => {
                    out.push_str(&say!(
                        "  (the page documents only the response; a request it answers:)\n  $ {line}\n",
                        "  （文档只给出了响应；可得到该响应的请求：）\n  $ {line}\n"
                    ));
                }
                None => {
                    out.push_str(language::pick(
                        "  (the page documents no request for this example)\n",
                        "  （文档没有给出此示例的请求）\n",
                    ));
                }
            },
        }
    }
    out.trim_end().to_owned()
}

/// Text whose lines after the first are indented by `pad`, to stay under the line that
/// names it.
fn indented(text: &str, pad: &str) -> String {
    text.lines()
        .enumerate()
        .map(|(i, l)| {
            if i == 0 || l.is_empty() {
                l.to_owned()
            } else {
                format!("{pad}{l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pagination_note_is_no_part_of_a_last_item() {
        let paged = crate::services::all()
            .expect("the included shape data decodes")
            .into_iter()
            .flat_map(|s| s.actions.iter())
            .find(|a| a.pagination.is_some())
            .expect("a paginated action");
        let with = |description: &'static str| ActionShape {
            description: sdk_shape::Text::en(description),
            rate_limit: None,
            ..**paged
        };
        assert_eq!(
            action_about(&with("Lists.\n\n* one\n* two")),
            "Lists.\n\n- one\n- two\n\nPaginated: --all fetches every page."
        );
        assert_eq!(
            action_about(&with("Lists `x`.")),
            "Lists x. Paginated: --all fetches every page."
        );
    }

    #[test]
    fn sentences() {
        assert_eq!(first_sentence("One. Two."), "One.");
        assert_eq!(first_sentence("查询。更多"), "查询。");
        assert_eq!(first_sentence("No end"), "No end");
    }
}
