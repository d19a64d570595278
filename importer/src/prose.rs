//! Facts written in prose: limits, ranges, defaults, allowed values, filter names, exclusive
//! members, members required when another has a value, base64 and null notes, date-time and
//! crontab formats, in the English and Chinese phrasings the vendor uses. One
//! extractor serves the pages and the metadata's `document` fields, all CommonMark once
//! `markup` has read them: the patterns read its plain text (`markup::plain`). The phrasings
//! are listed in `spec/README.md`; each pattern below names its example.

use std::sync::LazyLock;

use codegen::spec::{
    FilterNameSpec, FiltersSpec, FormatSpec, RequiredIfSpec, RuleSpec, RuleValueSpec,
};
use regex::Regex;
use serde_json::Value;

use crate::facts::{MemberFacts, TypeFact};
use crate::markup;

/// A pattern below, its word boundaries made ASCII (`(?-u:\b)`). The phrases they bound are
/// English words, so an ASCII boundary is the one meant; a Unicode one makes the regex
/// engine's DFA give up at the first non-ASCII byte and search the whole text again with a
/// backtracker, and most descriptions are Chinese: that was 3% of the instructions of a
/// whole-catalogue import and generation.
fn re(pattern: &str) -> Regex {
    Regex::new(&pattern.replace(r"\b", r"(?-u:\b)")).expect("the prose patterns are valid")
}

/// Largest number of list items: "Up to 100 IDs", "has a cap of 100", "list cap 100", "上限为100",
/// "列表上限 100", "The maximum number of Filters per request is 10", "不超过10".
static MAX_ITEMS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    vec![
        re(r"(?i)\bup to (\d+)"),
        re(r"(?i)\bcap (?:of )?(\d+)"),
        re(r"(?i)\bat most (\d+)"),
        re(r"(?i)maximum number of `?\w+`? (?:per request )?is (\d+)"),
        re(r"上限为\s*(\d+)"),
        re(r"列表上限\s*(\d+)"),
        re(r"列表长度不超过\s*(\d+)"),
    ]
});

/// A limit on the values of one filter: "that of Filter.Values is 5", "Filter.Values 的上限为5".
static FILTER_VALUES: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    vec![
        re(r"(?i)Filter\.Values`? is (\d+)"),
        re(r"Filter\.Values`?\s*的上限为\s*(\d+)"),
    ]
});

/// Largest value: "The maximum is 100", "maximum value is 100", "a maximum value of 100",
/// "Maximum value: 100",
/// "最大值为100", "最大值为 100".
static MAXIMUM: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    vec![
        re(r"(?i)\bmaximum(?: value)? (?:is|of) `?(\d+)"),
        re(r"(?i)\bmaximum value:?\s*`?(\d+)"),
        re(r"最大值为\s*`?(\d+)"),
        re(r"最大值\s*[:：]\s*(\d+)"),
    ]
});

/// Smallest value: "The minimum is 1", "minimum value is 1", "Minimum value: 1", "最小值为1".
static MINIMUM: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    vec![
        re(r"(?i)\bminimum(?: value)? is `?(\d+)"),
        re(r"(?i)\bminimum value:?\s*`?(\d+)"),
        re(r"最小值为\s*`?(\d+)"),
    ]
});

/// A range: "Value range: [1, 86400]", "Valid values: [6,168]", "取值范围[1, 86400]",
/// "取值范围：[1, 86400]".
static RANGE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)(?:value range|valid values?|取值范围)\s*[:：]?\s*\[\s*(-?\d+)\s*[,，]\s*(-?\d+)\s*\]")
});

/// A default: "Default value: 20", "It defaults to 20", "defaults to 20", "The default value
/// is 0", "default value is 10",
/// "default: SHELL", "默认为20", "默认值为 true", "默认值：false", "默认：SHELL", "默认60秒".
static DEFAULT: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    vec![
        re(r"(?i)\bdefault value:\s*`?([A-Za-z0-9_./-]+)`?"),
        re(r"(?i)\bdefaults to `?([A-Za-z0-9_./-]+)`?"),
        re(r"(?i)\bdefault value is `?([A-Za-z0-9_./-]+)`?"),
        re(r"(?i)\bdefault:\s*`?([A-Za-z0-9_./-]+)`?"),
        re(r"默认(?:值)?(?:为|是|：|:)\s*`?([A-Za-z0-9_./-]+)`?"),
        re(r"默认\s*(\d+)"),
    ]
});

/// Allowed values listed inline: "valid values: SHELL, POWERSHELL, BAT",
/// "currently supports SHELL, POWERSHELL, BAT", "目前支持取值：SHELL、POWERSHELL、BAT",
/// "It can only be SCHEDULE".
static INLINE_VALUES: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    vec![
        re(r"(?i)\bvalid values:\s*([A-Z][A-Z0-9_]*(?:\s*(?:,|、|or|and)\s*[A-Z][A-Z0-9_]*)+)"),
        re(r"(?i)\bcurrently supports\s+([A-Z][A-Z0-9_]*(?:\s*(?:,|、)\s*[A-Z][A-Z0-9_]*)+)"),
        re(r"支持取值\s*[:：]\s*([A-Z][A-Z0-9_]*(?:\s*(?:,|、|，)\s*[A-Z][A-Z0-9_]*)+)"),
        re(r"(?i)\bcan only be ([A-Z][A-Z0-9_]*)\b"),
    ]
});

/// The start of an allowed value listed inline, as a Chinese page flattens bullets:
/// "可选取值：- SCHEDULE：周期类型执行器。", "取值为：- COMMAND：命令 - REGISTER_CODE：注册码".
static INLINE_BULLET: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:^|\s|[:：])-\s*`?([A-Z][A-Z0-9_]*)`?\s*[:：]\s*"));

/// Between the values of an inline list: "A, B or C", "A、B、C".
static VALUE_SEPARATOR: LazyLock<Regex> = LazyLock::new(|| re(r"\s*(?:,|、|，|\bor\b|\band\b)\s*"));

/// A bullet listing one allowed value: "- PENDING：等待下发", "- `SCHEDULE`：周期类型执行器。",
/// "- SUCCESS: the command succeeded".
static VALUE_BULLET: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s*[-•]\s*`?([A-Z][A-Z0-9_]*)`?\s*[:：]\s*(.*)$"));

/// A filter bullet: "• invocation-id - String - required: no - (filter condition) ...",
/// "- invocation-id - String - 是否必填：否 -（过滤条件）...".
static FILTER_BULLET: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^|\s|[。：:，.])([-•])\s*([a-z][a-z0-9]*(?:[-.:][a-z0-9]+)*)\s+-\s+\w+\s+-\s+(?:required:\s*\w+|是否必填\s*[:：]\s*\S)\s*-\s*",
    )
});

/// A filter block: "- instance-name 按照【托管实例名称】进行过滤。 类型：String 必选：否",
/// "- instance-name Filter by instance name. Type: String. Required: No" (a Chinese cell runs
/// it on after "。").
static FILTER_BLOCK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(^|\s|[。：:，.])-\s*([a-z][a-z0-9]*(?:[-:][a-z0-9]+)+|[a-z]+)\s+(.*?)\s*(?:类型|Type)\s*[:：]\s*\w+\.?\s*(?:必选|Required)\s*[:：]\s*[^\s-]+",
    )
});

/// Members that cannot be given together: "InvocationIds and Filters cannot be specified at
/// the same time", "参数不支持同时指定 InvocationTaskIds 和 Filters",
/// "must not be specified simultaneously DefaultParameters and DefaultParameterConfs".
static EXCLUSIVE: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    vec![
        re(
            r"(?i)\b(?:the\s+)?`?([A-Z]\w*)`? and `?([A-Z]\w*)`?(?: parameters)? cannot be specified at the same time",
        ),
        re(r"不支持同时指定\s*`?([A-Z]\w*)`?\s*和\s*`?([A-Z]\w*)`?"),
        re(r"(?i)specified simultaneously `?([A-Z]\w*)`? and `?([A-Z]\w*)`?"),
    ]
});

/// "示例值:..." at the end of a Chinese page's cell: the member's example.
static EXAMPLE_VALUE: LazyLock<Regex> = LazyLock::new(|| re(r"\s*示例值\s*[:：]\s*(.*)$"));

/// Base64 content: "Base64-encoded", "encoded in Base64", "需 Base64 编码", "经过 Base64 编码".
static BASE64: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)base64[- ]encoded|encoded in base64|base64\s*编码后|需\s*base64\s*编码|经过\s*base64\s*编码",
    )
});

/// Null note: "Note: This field may return null", "注意：此字段可能返回 null".
static NULLABLE: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)may return null|可能返回\s*null"));

/// ISO 8601 format note: "格式为：YYYY-MM-DDThh:mm:ssZ", "in the format of YYYY-MM-DDThh:mm:ssZ",
/// "The time format is YYYY-MM-DDThh:MM:ssZ" (the English pages write the minutes `MM`).
static DATE_TIME: LazyLock<Regex> = LazyLock::new(|| re(r"YYYY-MM-DDThh:(?:mm|MM):ss"));

/// Crontab note: "Trigger the crontab expression", "触发 Crontab 表达式".
static CRONTAB: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\bcrontab expression|crontab\s*表达式"));

/// This member is required when another has a value: "This field is required if `Policy` is
/// `RECURRENCE`", "this field requires specifying when Policy is ONCE", "This parameter is
/// required if SourceType is set to 1", "It is required when `AllLocalImages` is `false`",
/// "This field is required only if `Business` is `https`", "Policy 为 RECURRENCE 时，需要指定此
/// 字段", "SourceType 为 1 时必填", "EnableOriginSni为True时，此字段必传". The member named and
/// the value are captured; the value as written (a quoted or backticked literal, an
/// upper-case word, a number, true or false), typed by the member it names (`rule_value`).
/// Only the English phrase is read without case: a member's name and its value are read as
/// written, so "required when InstanceId is empty" names no value.
static REQUIRED_IF: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    vec![
        re(
            r#"(?i:\b(?:this (?:field|parameter)|it) (?:is required|must be specified|requires specifying)(?: only)? (?:if|when)) `?([A-Z]\w*)`? is (?:set to )?(`[^`\s]+`|"[^"\s]+"|[A-Z][A-Z0-9_]*\b|-?\d+(?:\.\d+)?\b|(?i:true|false)\b)"#,
        ),
        re(
            r#"`?([A-Za-z][A-Za-z0-9_]*)`?\s*为\s*(`[^`\s]+`|"[^"\s]+"|[A-Za-z0-9_.-]+)\s*时\s*[，,]?\s*(?:(?:需要|必须)指定此(?:字段|参数)|(?:此|该)?(?:字段|参数)?\s*(?:必填|必传|必须填写|需要填写)(?:$|[。，,；;.）)\s]))"#,
        ),
    ]
});

fn first_number<T: std::str::FromStr>(patterns: &[Regex], text: &str) -> Option<T> {
    patterns
        .iter()
        .find_map(|p| p.captures(text).and_then(|c| c[1].parse().ok()))
}

/// A unit right after a number: "365 days", "10 MB", "30秒".
static UNIT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?i:(?:milli|micro)?seconds?\b|secs?\b|ms\b|minutes?\b|mins?\b|hours?\b|days?\b|weeks?\b|months?\b|years?\b|[kmgtp]i?b\b|bytes?\b|kbps\b|mbps\b|gbps\b|毫秒|秒|分钟|小时|天|周|个月|月|年|字节)",
    )
});

/// A bound stated as a number: the first pattern that matches, unless a unit follows the
/// number ("The maximum value is 365 days" of a member counted in seconds is no bound on
/// the number sent; a wrong bound would refuse requests the service accepts).
fn bound(patterns: &[Regex], text: &str) -> Option<i64> {
    patterns.iter().find_map(|p| {
        let c = p.captures(text)?;
        let number = c.get(1)?;
        if UNIT.is_match(&text[number.end()..]) {
            return None;
        }
        number.as_str().parse().ok()
    })
}

/// Split a description into the part that stays and the filter bullets it lists.
fn take_filter_bullets(text: &str) -> (String, Vec<FilterNameSpec>) {
    let starts: Vec<_> = FILTER_BULLET.captures_iter(text).collect();
    if starts.is_empty() {
        return (text.to_owned(), Vec::new());
    }
    let mut names = Vec::new();
    let first = starts[0].get(1).expect("the bullet").start();
    let mut rest_after = text.len();
    for (i, caps) in starts.iter().enumerate() {
        let whole = caps.get(0).expect("whole match");
        let end = starts
            .get(i + 1)
            .map(|n| n.get(1).expect("the bullet").start())
            .unwrap_or(text.len());
        let mut body = &text[whole.end()..end];
        if i + 1 == starts.len() {
            // The last bullet runs to the end of its line (a page line) or to the first
            // sentence that is a limit or a rule (the Chinese pages keep it on one line).
            let stop = body
                .find('\n')
                .or_else(|| trailing_prose_start(body))
                .unwrap_or(body.len());
            rest_after = whole.end() + stop;
            body = &body[..stop];
        }
        names.push(FilterNameSpec {
            description_en: None,
            description_zh: None,
            name: caps[2].to_owned(),
            description: clean_bullet(body),
        });
    }
    let mut kept = text[..first].trim_end().to_owned();
    let tail = text[rest_after..].trim();
    if !tail.is_empty() {
        kept.push('\n');
        kept.push_str(tail);
    }
    (kept, names)
}

/// Where prose about limits or rules starts after the last filter bullet on the same line.
fn trailing_prose_start(body: &str) -> Option<usize> {
    ["每次请求的", "The maximum number", "the maximum number"]
        .iter()
        .filter_map(|m| body.find(m))
        .min()
}

fn clean_bullet(body: &str) -> String {
    one_line(body).trim().to_owned()
}

/// Members whose descriptions are their plain text on one line (`markup::plain`): what the
/// rule patterns ([`rules`]) read, as they read page text before descriptions were
/// CommonMark.
pub fn flattened(members: &[MemberFacts]) -> Vec<MemberFacts> {
    members
        .iter()
        .map(|m| {
            let mut m = m.clone();
            m.description = one_line(&markup::plain(&m.description));
            m
        })
        .collect()
}

/// Collapse the lines and page residue of a description into one line: bullets that are
/// only a dot, doubled spaces, spaces before the Chinese full stop are as the page has them.
pub fn one_line(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line == "." || line == "•" || line == "• ." || line == "- ." {
            continue;
        }
        // Chinese sentences run on without a space after their full-width punctuation.
        if !out.is_empty() && !out.ends_with(['。', '，', '；', '：']) {
            out.push(' ');
        }
        out.push_str(line);
    }
    out
}

/// Typed JSON for a default or example written as text, or `None` when it does not fit.
pub fn typed_value(ty: &TypeFact, list: bool, raw: &str) -> Option<Value> {
    let raw = raw.trim();
    if raw.is_empty() || raw == "无" || raw == "None" {
        return None;
    }
    if list || matches!(ty, TypeFact::Object(_)) {
        let v: Value = serde_json::from_str(raw).ok()?;
        return match (&v, list) {
            (Value::Array(_), true) | (Value::Object(_), false) => Some(v),
            _ => None,
        };
    }
    match ty {
        TypeFact::Integer => raw.parse::<i64>().ok().map(Value::from),
        TypeFact::Number => match raw.parse::<i64>() {
            Ok(i) => Some(Value::from(i)),
            Err(_) => raw
                .parse::<f64>()
                .ok()
                .and_then(serde_json::Number::from_f64)
                .map(Value::Number),
        },
        TypeFact::Boolean => match raw.to_ascii_lowercase().as_str() {
            "true" => Some(Value::Bool(true)),
            "false" => Some(Value::Bool(false)),
            _ => None,
        },
        TypeFact::String => Some(Value::String(raw.to_owned())),
        // Any JSON value: the text when it is JSON, else the text as a string.
        TypeFact::Json => {
            Some(serde_json::from_str(raw).unwrap_or_else(|_| Value::String(raw.to_owned())))
        }
        TypeFact::Object(_) => None,
    }
}

/// Read the facts in a member's description into the member, and leave in the description
/// only what did not move into another fact (filter names and the example value move). The
/// description is CommonMark ([`crate::markup`]); the patterns read its plain text, and it stays
/// CommonMark.
pub fn apply(member: &mut MemberFacts) {
    let mut markdown = member.description.clone();
    if let Some(caps) = EXAMPLE_VALUE.captures(&markdown) {
        if member.example.is_none() {
            member.example = typed_value(&member.ty, member.list, &markup::plain(&caps[1]));
        }
        let start = caps.get(0).expect("whole match").start();
        markdown.truncate(start);
    }
    if member.list && member.ty == TypeFact::Object("Filter".into()) {
        let (kept, names) = filter_names(&markdown);
        let names = one_each(names);
        if !names.is_empty() {
            member.filters = Some(FiltersSpec {
                max_values: first_number(&FILTER_VALUES, &markup::plain(&kept)),
                names,
            });
        }
        markdown = kept;
    }
    let text = markup::plain(&markdown);
    let flat = one_line(&text);
    if member.list {
        if member.max_items.is_none() {
            member.max_items = first_number(&MAX_ITEMS, &flat);
        }
    } else if member.ty == TypeFact::Integer {
        if let Some(c) = RANGE.captures(&flat) {
            member.minimum = member.minimum.or(c[1].parse().ok());
            member.maximum = member.maximum.or(c[2].parse().ok());
        }
        member.maximum = member.maximum.or(bound(&MAXIMUM, &flat));
        member.minimum = member.minimum.or(bound(&MINIMUM, &flat));
    }
    if !member.list && member.default.is_none() {
        member.default = DEFAULT.iter().find_map(|p| {
            p.captures(&flat)
                .and_then(|c| typed_value(&member.ty, false, c[1].trim_end_matches('.')))
        });
    }
    if member.ty == TypeFact::String && !member.list && member.values.is_empty() {
        member.values = allowed_values(&text);
    }
    if member.ty == TypeFact::String && BASE64.is_match(&flat) {
        member.base64 = Some(true);
    }
    if NULLABLE.is_match(&flat) {
        member.nullable = Some(true);
    }
    if member.ty == TypeFact::String && member.format.is_none() && DATE_TIME.is_match(&flat) {
        member.format = Some(FormatSpec::DateTime);
    }
    if member.ty == TypeFact::String
        && !member.list
        && member.format.is_none()
        && CRONTAB.is_match(&flat)
    {
        member.format = Some(FormatSpec::Crontab);
    }
    member.description = markdown.trim_end().to_owned();
}

/// One entry per filter name: a name the vendor lists twice (cwp's `BeginTime`, once for the
/// start of a range and once for its end) keeps both descriptions, in one paragraph each.
fn one_each(names: Vec<FilterNameSpec>) -> Vec<FilterNameSpec> {
    let mut out: Vec<FilterNameSpec> = Vec::with_capacity(names.len());
    for name in names {
        match out.iter_mut().find(|n| n.name == name.name) {
            Some(first) if name.description.is_empty() || first.description == name.description => {
            }
            Some(first) if first.description.is_empty() => first.description = name.description,
            Some(first) => {
                first.description.push_str("\n\n");
                first.description.push_str(&name.description);
            }
            None => out.push(name),
        }
    }
    out
}

/// The filter names a description lists, and the description without them: list items in any
/// of the vendor's styles ([`crate::filters`]), else bullets flattened into one line (a
/// captured page's cell), else blocks ("- name ... 类型：String 必选：否").
fn filter_names(markdown: &str) -> (String, Vec<FilterNameSpec>) {
    if let Some(found) = crate::filters::from_items(markdown) {
        return found;
    }
    // Bullets run into the text: a page's cell, read as its text.
    let text = markup::plain(markdown);
    let (kept, mut names) = take_filter_bullets(&text);
    if !names.is_empty() {
        // The bullets were inline in one paragraph: what remains of it is one paragraph.
        let kept = if text.contains("\n\n") {
            kept
        } else {
            one_line(&kept)
        };
        return (markup::from_text(&kept), names);
    }
    let flat = one_line(&kept);
    names = FILTER_BLOCK
        .captures_iter(&flat)
        .map(|c| FilterNameSpec {
            name: c[2].to_owned(),
            description: c[3].trim().to_owned(),
            description_en: None,
            description_zh: None,
        })
        .collect();
    if names.is_empty() {
        return (markdown.to_owned(), names);
    }
    // The blocks leave; the punctuation before one ends the sentence before it and stays,
    // and a Chinese sentence runs on after it without a space (as `one_line` joins them).
    let mut kept = String::with_capacity(flat.len());
    let mut from = 0;
    for c in FILTER_BLOCK.captures_iter(&flat) {
        let whole = c.get(0).expect("whole match");
        kept.push_str(&flat[from..whole.start()]);
        kept.push_str(c[1].trim());
        from = whole.end();
    }
    let tail = &flat[from..];
    if kept.ends_with(['。', '，', '；', '：']) {
        kept.push_str(tail.trim_start());
    } else {
        kept.push_str(tail);
    }
    (markup::from_text(&kept), names)
}

/// The values a string member may take, from bullets or an inline list.
fn allowed_values(text: &str) -> Vec<(String, String)> {
    let bullets: Vec<(String, String)> = text
        .lines()
        .filter_map(|l| VALUE_BULLET.captures(l))
        .map(|c| {
            (
                c[1].to_owned(),
                c[2].trim().trim_end_matches(['。', '.']).to_owned(),
            )
        })
        .collect();
    let single = |n: usize| n >= 2 || (n == 1 && text.contains("仅支持一种"));
    if single(bullets.len()) {
        return bullets;
    }
    let flat = one_line(text);
    let starts: Vec<_> = INLINE_BULLET.captures_iter(&flat).collect();
    if single(starts.len()) {
        return starts
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let from = c.get(0).expect("whole match").end();
                let to = starts
                    .get(i + 1)
                    .map_or(flat.len(), |n| n.get(0).expect("whole match").start());
                (
                    c[1].to_owned(),
                    flat[from..to]
                        .trim()
                        .trim_end_matches(['。', '.'])
                        .to_owned(),
                )
            })
            .collect();
    }
    for p in INLINE_VALUES.iter() {
        if let Some(c) = p.captures(&flat) {
            return VALUE_SEPARATOR
                .split(&c[1])
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(|v| (v.to_owned(), String::new()))
                .collect();
        }
    }
    Vec::new()
}

/// Every rule between `members` their descriptions state: exclusive members, then members
/// required when another has a value.
pub fn rules(members: &[MemberFacts]) -> Vec<RuleSpec> {
    let mut out = exclusive_rules(members);
    out.extend(required_if_rules(members));
    out
}

/// Members a description says are required when a sibling has a value ("This field is
/// required if Policy is RECURRENCE"), with the value typed as the sibling's (`1` for an
/// integer, `true` for a boolean). Every such sentence gives its rule, even one that names a
/// member that is not there, the member itself, or a value its sibling cannot hold: whether
/// a rule is a valid fact is the generator's check, and the import leaves the sentence as
/// prose (and reports it) where that check refuses the rule.
pub fn required_if_rules(members: &[MemberFacts]) -> Vec<RuleSpec> {
    let mut out = Vec::new();
    for m in members {
        for p in REQUIRED_IF.iter() {
            for c in p.captures_iter(&m.description) {
                let when = &c[1];
                let raw = c[2].trim_matches(['`', '"']);
                let sibling = members.iter().find(|s| s.name == when);
                let rule = RuleSpec::RequiredIf(RequiredIfSpec {
                    member: m.name.clone(),
                    when: when.to_owned(),
                    equals: rule_value(sibling.map(|s| &s.ty), raw),
                });
                if !out.contains(&rule) {
                    out.push(rule);
                }
            }
        }
    }
    out
}

/// A rule's value as written, as a JSON value of the member it names: an integer or number
/// of a number member, `true` or `false` (any case) of a boolean one, text otherwise. Text
/// that is not a value of the member's type stays text, for the generator to refuse.
fn rule_value(ty: Option<&TypeFact>, raw: &str) -> RuleValueSpec {
    let text = || RuleValueSpec::String(raw.to_owned());
    match ty {
        Some(TypeFact::Integer) => raw.parse().map_or_else(|_| text(), RuleValueSpec::Integer),
        Some(TypeFact::Number) => match (raw.parse::<i64>(), raw.parse::<f64>()) {
            (Ok(i), _) => RuleValueSpec::Integer(i),
            (_, Ok(x)) if x.is_finite() => RuleValueSpec::Number(x),
            _ => text(),
        },
        Some(TypeFact::Boolean) => match raw.to_ascii_lowercase().as_str() {
            "true" => RuleValueSpec::Boolean(true),
            "false" => RuleValueSpec::Boolean(false),
            _ => text(),
        },
        _ => text(),
    }
}

/// Rules between members that the descriptions state ("X and Y cannot be specified at the
/// same time"), naming only members that exist, each pair once.
pub fn exclusive_rules(members: &[MemberFacts]) -> Vec<RuleSpec> {
    let known = |n: &str| members.iter().any(|m| m.name == n);
    let mut pairs: Vec<Vec<String>> = Vec::new();
    for m in members {
        for p in EXCLUSIVE.iter() {
            for c in p.captures_iter(&m.description) {
                let (a, b) = (c[1].to_owned(), c[2].to_owned());
                if a == b || !known(&a) || !known(&b) {
                    continue;
                }
                // In the order the members are listed.
                let pos = |n: &str| members.iter().position(|m| m.name == n);
                let mut pair = vec![a, b];
                pair.sort_by_key(|n| pos(n));
                if !pairs.contains(&pair) {
                    pairs.push(pair);
                }
            }
        }
    }
    pairs.into_iter().map(RuleSpec::MutuallyExclusive).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(ty: TypeFact, list: bool, description: &str) -> MemberFacts {
        let mut m = MemberFacts::new("M", ty, list, description.to_owned());
        apply(&mut m);
        m
    }

    /// A number with a unit is no bound on the number sent: CDN's `CacheTime` is counted in
    /// seconds and "The maximum value is 365 days".
    #[test]
    fn a_bound_with_a_unit_is_not_read() {
        for text in [
            "Cache expiration time settings. Unit: second. The maximum value is 365 days.",
            "缓存过期时间，单位为秒，最大值为365天。",
            "Size. Maximum value: 10 GB.",
        ] {
            let m = member(TypeFact::Integer, false, text);
            assert_eq!((m.minimum, m.maximum), (None, None), "{text}");
        }
        let m = member(
            TypeFact::Integer,
            false,
            "Timeout. The maximum value is 86400. Minimum value: 1.",
        );
        assert_eq!((m.minimum, m.maximum), (Some(1), Some(86400)));
        let m = member(
            TypeFact::Integer,
            false,
            "Local binlog retention duration. Valid values: [6,168].",
        );
        assert_eq!((m.minimum, m.maximum), (Some(6), Some(168)));
    }

    #[test]
    fn limits_in_both_languages() {
        for text in [
            "List of IDs. Up to 100 IDs are allowed for each request.",
            "Executor ID list. the list has a cap of 100.",
            "Trigger associated instance ID. list cap 100.",
            "执行任务ID列表,每次请求的上限为100。",
            "触发器关联的实例ID。列表上限 100。",
        ] {
            assert_eq!(
                member(TypeFact::String, true, text).max_items,
                Some(100),
                "{text}"
            );
        }
        let m = member(
            TypeFact::Integer,
            false,
            "Number of instances allowed by the registration code. default value is 10, minimum value is 1, maximum value is 10000.",
        );
        assert_eq!(
            (m.default, m.minimum, m.maximum),
            (Some(Value::from(10)), Some(1), Some(10000))
        );
        let m = member(
            TypeFact::Integer,
            false,
            "Number of returned results, defaults to 20, maximum value is 100.",
        );
        assert_eq!((m.default, m.maximum), (Some(Value::from(20)), Some(100)));
        let m = member(
            TypeFact::Integer,
            false,
            "Number of returned results, defaults to 20 with a maximum value of 100.",
        );
        assert_eq!((m.default, m.maximum), (Some(Value::from(20)), Some(100)));
        let m = member(TypeFact::Integer, false, "返回数量,默认为20,最大值为100。");
        assert_eq!((m.default, m.maximum), (Some(Value::from(20)), Some(100)));
        let m = member(
            TypeFact::Integer,
            false,
            "Number of returned results. It defaults to 20. The maximum is 100.",
        );
        assert_eq!((m.default, m.maximum), (Some(Value::from(20)), Some(100)));
        let m = member(
            TypeFact::Integer,
            false,
            "Command timeout period. Default value: 60 seconds. Value range: [1, 86400].",
        );
        assert_eq!(
            (m.default, m.minimum, m.maximum),
            (Some(Value::from(60)), Some(1), Some(86400))
        );
        let m = member(
            TypeFact::Integer,
            false,
            "命令超时时间，默认60秒。取值范围[1, 86400]。",
        );
        assert_eq!(
            (m.default, m.minimum, m.maximum),
            (Some(Value::from(60)), Some(1), Some(86400))
        );
        let m = member(
            TypeFact::Boolean,
            false,
            "是否隐藏命令输出结果,取值范围: - true:隐藏输出 - false:不隐藏 默认为 true。",
        );
        assert_eq!(m.default, Some(Value::Bool(true)));
        let m = member(TypeFact::Boolean, false, "Default value: `false`.");
        assert_eq!(m.default, Some(Value::Bool(false)));
    }

    #[test]
    fn allowed_values_inline_and_bulleted() {
        let m = member(
            TypeFact::String,
            false,
            "Command type. currently supports SHELL, POWERSHELL, BAT. default: SHELL.",
        );
        let values: Vec<_> = m.values.iter().map(|v| v.0.as_str()).collect();
        assert_eq!(values, ["SHELL", "POWERSHELL", "BAT"]);
        assert_eq!(m.default, Some(Value::from("SHELL")));
        let m = member(
            TypeFact::String,
            false,
            "命令类型，目前支持取值：SHELL、POWERSHELL、BAT。默认：SHELL。",
        );
        assert_eq!(m.values.len(), 3);
        let m = member(
            TypeFact::String,
            false,
            "执行任务状态。取值范围：\n\n- PENDING：等待下发\n- RUNNING：命令运行中",
        );
        assert_eq!(
            m.values,
            [
                ("PENDING".into(), "等待下发".into()),
                ("RUNNING".into(), "命令运行中".into())
            ]
        );
        let m = member(
            TypeFact::String,
            false,
            "Invoker type. It can only be SCHEDULE (recurring invokers).",
        );
        assert_eq!(m.values, [("SCHEDULE".into(), String::new())]);
    }

    #[test]
    fn filter_bullets_leave_the_description() {
        let m = member(
            TypeFact::Object("Filter".into()),
            true,
            "过滤条件。 - invocation-task-id - String - 是否必填:否 -(过滤条件)按照执行任务ID过滤。 - instance-id - String - 是否必填:否 -(过滤条件)按照实例ID过滤。 每次请求的 Filters 的上限为10, Filter.Values 的上限为5。",
        );
        let f = m.filters.expect("filters");
        assert_eq!(f.max_values, Some(5));
        assert_eq!(f.names[0].name, "invocation-task-id");
        assert_eq!(f.names[0].description, "(过滤条件)按照执行任务ID过滤。");
        assert_eq!(f.names[1].name, "instance-id");
        assert_eq!(
            m.description,
            "过滤条件。每次请求的 Filters 的上限为10, Filter.Values 的上限为5。"
        );
        assert_eq!(m.max_items, Some(10));
    }

    #[test]
    fn a_filter_listed_twice_is_one_name_with_both_descriptions() {
        // cwp DescribeRiskProcessEvents lists `BeginTime` for each end of a range.
        let m = member(
            TypeFact::Object("Filter".into()),
            true,
            "Filtering criteria\n\n- BeginTime - String - required: no - process startup time - begin\n- BeginTime - String - required: no - process startup time - end\n- Status - String - required: no - status",
        );
        let f = m.filters.expect("filters");
        let names: Vec<_> = f.names.iter().map(|n| n.name.as_str()).collect();
        assert_eq!(names, ["BeginTime", "Status"]);
        assert_eq!(
            f.names[0].description,
            "process startup time - begin\n\nprocess startup time - end"
        );
    }

    #[test]
    fn exclusive_members_base64_null_and_examples() {
        let a = MemberFacts::new(
            "InvocationIds",
            TypeFact::String,
            true,
            "InvocationIds and Filters cannot be specified at the same time.".into(),
        );
        let b = MemberFacts::new(
            "Filters",
            TypeFact::Object("Filter".into()),
            true,
            "参数不支持同时指定 InvocationIds 和 Filters 。".into(),
        );
        let rules = exclusive_rules(&[a, b]);
        assert_eq!(rules.len(), 1);
        let m = member(
            TypeFact::String,
            false,
            "Base64-encoded command. The maximum length is 64 KB.",
        );
        assert_eq!(m.base64, Some(true));
        let m = member(
            TypeFact::String,
            false,
            "结束时间。格式为：YYYY-MM-DDThh:mm:ssZ\n注意：此字段可能返回 null，表示取不到有效值。",
        );
        assert_eq!(
            (m.nullable, m.format),
            (Some(true), Some(FormatSpec::DateTime))
        );
        let m = member(TypeFact::Integer, false, "偏移量,默认为0。示例值:0");
        assert_eq!(
            (m.example, m.description.as_str()),
            (Some(Value::from(0)), "偏移量,默认为0。")
        );
    }

    fn schedule_members(policy: &str, recurrence: &str, invoke_time: &str) -> Vec<MemberFacts> {
        let mut members = vec![
            MemberFacts::new("Policy", TypeFact::String, false, policy.into()),
            MemberFacts::new("Recurrence", TypeFact::String, false, recurrence.into()),
            MemberFacts::new("InvokeTime", TypeFact::String, false, invoke_time.into()),
        ];
        members[0].required = Some(true);
        for m in &mut members {
            apply(m);
        }
        members
    }

    fn required_if(member: &str, when: &str, equals: &str) -> RuleSpec {
        RuleSpec::RequiredIf(RequiredIfSpec {
            member: member.into(),
            when: when.into(),
            equals: equals.into(),
        })
    }

    #[test]
    fn conditional_requirements_and_formats_in_both_languages() {
        let en = schedule_members(
            "Execution policy.\n\n- ONCE: one-time execution.\n- RECURRENCE: execute periodically.",
            "Trigger the crontab expression. This field is required if `Policy` is `RECURRENCE`. The crontab expression is parsed in UTC+8.",
            "Next execution time of the executor. this field requires specifying when Policy is ONCE.\n\nThe time format is YYYY-MM-DDThh:MM:ssZ.",
        );
        let zh = schedule_members(
            "执行策略：\n\n- ONCE：单次执行\n- RECURRENCE：周期执行",
            "触发 Crontab 表达式。Policy 为 RECURRENCE 时，需要指定此字段。Crontab 按北京时间解析。",
            "执行器下次执行时间。Policy 为 ONCE 时，需要指定此字段。\n\n时间格式为：YYYY-MM-DDThh:mm:ssZ",
        );
        for members in [&en, &zh] {
            assert_eq!(
                rules(members),
                [
                    required_if("Recurrence", "Policy", "RECURRENCE"),
                    required_if("InvokeTime", "Policy", "ONCE"),
                ]
            );
            assert_eq!(members[1].format, Some(FormatSpec::Crontab));
            assert_eq!(members[2].format, Some(FormatSpec::DateTime));
        }
        // Every sentence gives its rule, even one naming the member itself, a member that
        // is not there or a value its sibling does not document: the generator judges them,
        // and the import leaves such a sentence as prose.
        let odd = schedule_members(
            "- ONCE: once.\n- RECURRENCE: periodically. This field is required if Policy is ONCE.",
            "This field is required if Mode is RECURRENCE.",
            "This field is required if Policy is WEEKLY.",
        );
        assert_eq!(
            required_if_rules(&odd),
            [
                required_if("Policy", "Policy", "ONCE"),
                required_if("Recurrence", "Mode", "RECURRENCE"),
                required_if("InvokeTime", "Policy", "WEEKLY"),
            ]
        );
        // A name or value read without case would be an English word, not a fact.
        let words = schedule_members(
            "- ONCE: once.",
            "This parameter is required when Policy is empty.",
            "This field is required if it is a file.",
        );
        assert_eq!(required_if_rules(&words), []);
    }

    fn typed(member: &str, when: &str, equals: RuleValueSpec) -> RuleSpec {
        RuleSpec::RequiredIf(RequiredIfSpec {
            member: member.into(),
            when: when.into(),
            equals,
        })
    }

    /// asr's `CreateRecTask`, cwp's `ModifyLicenseBinds`, ga2's `CreateForwardingRule`, as
    /// each language writes them: the value is typed as the member it names.
    #[test]
    fn rules_on_integer_boolean_and_number_members_in_both_languages() {
        let members = |source: &str, data: &str, is_all: &str, quuids: &str, speed: &str| {
            let mut ms = vec![
                MemberFacts::new("SourceType", TypeFact::Integer, false, source.into()),
                MemberFacts::new("Data", TypeFact::String, false, data.into()),
                MemberFacts::new("IsAll", TypeFact::Boolean, false, is_all.into()),
                MemberFacts::new("QuuidList", TypeFact::String, true, quuids.into()),
                MemberFacts::new("Speed", TypeFact::Number, false, speed.into()),
            ];
            for m in &mut ms {
                apply(m);
            }
            ms
        };
        let en = members(
            "Audio source. 0: URL; 1: local file.",
            "Audio data. **This parameter is required if SourceType is set to 1. Otherwise, it can be left blank.**",
            "Whether to bind all.",
            "Machines. This parameter is required when IsAll is set to false. It is required when Speed is 1.5.",
            "Speed.",
        );
        let zh = members(
            "音频来源。0：URL；1：本地文件。",
            "音频数据。SourceType 为 1 时必填。",
            "是否全部绑定。",
            "机器列表。IsAll为False时，此字段必传。Speed 为 1.5 时必填",
            "语速。",
        );
        for ms in [&en, &zh] {
            assert_eq!(
                required_if_rules(ms),
                [
                    typed("Data", "SourceType", RuleValueSpec::Integer(1)),
                    typed("QuuidList", "IsAll", RuleValueSpec::Boolean(false)),
                    typed("QuuidList", "Speed", RuleValueSpec::Number(1.5)),
                ]
            );
        }
        // A value the member cannot hold stays text, for the generator to refuse.
        let odd = members(
            "Audio source.",
            "This parameter is required if SourceType is ENABLED.",
            "",
            "IsAll 为 yes 时必填。",
            "",
        );
        assert_eq!(
            required_if_rules(&odd),
            [
                typed("Data", "SourceType", "ENABLED".into()),
                typed("QuuidList", "IsAll", "yes".into()),
            ]
        );
    }
}
