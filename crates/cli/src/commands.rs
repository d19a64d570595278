//! The clap command tree, built at startup from the services' shape tables.
//!
//! Nothing here knows an action by name: the service a command line names becomes a
//! subcommand, every action of its shape a sub-subcommand (kebab-case, PascalCase alias),
//! every request member a flag (kebab-case, PascalCase alias) whose help text comes from
//! the documentation. Only that service's subtree is built, and only its tables decoded
//! ([`named_service`]); the other services are listed by name and title from the shape
//! data's index, so start-up costs the same with two services or a whole catalogue.
//! Building a service's tree costs a few dozen allocations per action, so it is done on
//! every run instead of being generated as code. The documentation's text (CommonMark,
//! rendered for the terminal) goes in only where help is shown ([`Help`]): a run that calls
//! an action, or prints the version, parses no description, and help renders only what it
//! shows.

use std::ffi::{OsStr, OsString};

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{value_parser, Arg, ArgAction, Command};
use sdk_shape::{ActionShape, EnumShape, Kind, Language, MemberShape, ServiceShape};

use crate::exit::Failure;
use crate::flags::{flag_name, ids};
use crate::help;
use crate::language::{pick, say};
use crate::services::{self, Named};

/// Which of the documentation's text the tree carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Help {
    /// Every description rendered (tests that render every page).
    #[cfg_attr(not(test), allow(dead_code))]
    Full,
    /// What help shows for a command line: the named service's list of actions and its
    /// errors, the named action's descriptions (with no service named, the root's help needs
    /// none). Rendering every member of every service would cost a help call many times
    /// what it shows.
    For {
        service: Option<&'static str>,
        action: Option<&'static str>,
    },
    /// Names, flags and values only: what parsing needs.
    Bare,
}

impl Help {
    /// The help a command line naming `service` asks for: the action it names after the
    /// service, by its command or its wire name.
    pub fn for_args(args: &[OsString], service: Option<&'static ServiceShape>) -> Help {
        let words: Vec<&str> = args.iter().filter_map(|a| a.to_str()).collect();
        let action = service.and_then(|s| {
            words
                .iter()
                .find_map(|w| s.actions.iter().find(|a| a.command == *w || a.name == *w))
        });
        Help::For {
            service: service.map(|s| s.name),
            action: action.map(|a| a.command),
        }
    }

    /// Whether the service's own help (its actions listed, its errors) is shown.
    fn service(self, name: &str) -> bool {
        match self {
            Help::Full => true,
            Help::For { service, .. } => service == Some(name),
            Help::Bare => false,
        }
    }

    /// Whether the action's help (its description, members, errors, examples) is shown.
    fn action(self, service: &str, command: &str) -> bool {
        match self {
            Help::Full => true,
            Help::For {
                service: s,
                action: a,
            } => s == Some(service) && a == Some(command),
            Help::Bare => false,
        }
    }
}

/// The service a command line names, its tables decoded, and the action it names: the first
/// word that is not an option (global options come before it, and the values of those that
/// take one are skipped), when it is a service's name, then the next such word, when it is
/// one of the service's actions. `None` for the CLI's own commands, a word that names
/// nothing, or no word at all.
pub fn named_service(args: &[OsString]) -> Result<Option<Named>, Failure> {
    let mut globals = global_args();
    globals.extend(crate::credentials::global_args());
    // The words that are neither options nor their values, up to `--`.
    let mut words = args.iter().skip(1).map(|a| a.to_str());
    let mut next_word = || {
        while let Some(word) = words.next() {
            match word {
                Some(w) if w.starts_with('-') && w != "--" => {
                    if crate::flags::takes_value(globals.iter(), w) {
                        words.next();
                    }
                }
                Some("--") | None => return None,
                Some(w) => return Some(w),
            }
        }
        None
    };
    let Some(mut named) = next_word().map(services::named).transpose()?.flatten() else {
        return Ok(None);
    };
    named.action = next_word().and_then(|w| {
        named
            .shape
            .actions
            .iter()
            .copied()
            .find(|a| a.command == w || a.name == w)
    });
    Ok(Some(named))
}

/// The tree: `service`'s whole subtree when the command line names one; otherwise, unless
/// the tree is [`Help::Bare`], every service as a name and a title (for the root's help,
/// suggestions and completion).
pub fn root(help: Help, service: Option<Named>) -> Command {
    let mut root = in_language(Command::new("cloudcmd"))
        .version(env!("CARGO_PKG_VERSION"))
        .about("Call every documented cloud API action from the terminal")
        .long_about(
            "Call every documented cloud API action from the terminal.\n\n\
             Services, actions and flags are built from the API documentation: \
             `cloudcmd <service> <action> --help` shows what the docs say.",
        )
        .subcommand_required(true)
        .arg_required_else_help(true)
        .args(global_args())
        .args(crate::credentials::global_args());
    match service {
        Some(named) => root = root.subcommand(service_command(named, help)),
        // Listed for help, suggestions and completion only: clap copies the global options
        // into every subcommand, which for a whole catalogue costs more than the rest of a
        // start-up, so a command line that names no service is parsed without the list
        // (and parsed again with it when it fails, for the suggestion).
        None if help != Help::Bare => {
            root = root.subcommands(services::entries().iter().map(|e| {
                Command::new(e.command).about(format!("{} (API {})", e.title, e.version))
            }));
        }
        None => {}
    }
    root = root
        .subcommand(in_language_all(completions_command()))
        .subcommand(in_language_all(crate::mock::command()))
        .subcommand(in_language_all(crate::configure::command()))
        .after_help(help::root_after_help());
    if crate::language::chosen() == Language::Zh {
        root = root.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help_heading("选项")
                .help("打印版本"),
        );
    }
    root
}

/// clap's own words on one command's help (the usage line, the help flag, the heading of the
/// subcommands) in the language of this run: clap writes English, so only Chinese changes
/// anything. Applied to a new command, so the help flag comes first, as clap's own does.
pub fn in_language(cmd: Command) -> Command {
    if crate::language::chosen() != Language::Zh {
        return cmd;
    }
    cmd.help_template("{before-help}{about-with-newline}\n用法： {usage}\n\n{all-args}{after-help}")
        .subcommand_help_heading("命令")
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help_heading("选项")
                .help("打印帮助（-h 显示摘要）"),
        )
}

/// [`in_language`] for a command and every subcommand below it (the few commands the CLI
/// owns; the services' trees are built in the language as they are built).
fn in_language_all(cmd: Command) -> Command {
    if crate::language::chosen() != Language::Zh {
        return cmd;
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    names.iter().fold(in_language(cmd), |cmd, name| {
        cmd.mut_subcommand(name, in_language_all)
    })
}

fn global_args() -> Vec<Arg> {
    let global = |arg: Arg| {
        arg.global(true)
            .help_heading(pick("Global options", "全局选项"))
    };
    vec![
        global(Arg::new(ids::REGION).long(ids::REGION).value_name("REGION").help(pick(
            "Region to call (ap-guangzhou, cn-hangzhou); default from the environment or profile",
            "调用的地域（ap-guangzhou、cn-hangzhou）；默认取环境变量或配置文件中的",
        ))),
        global(
            Arg::new(ids::ENDPOINT)
                .long(ids::ENDPOINT)
                .value_name("URL")
                .help(pick(
                    "Endpoint overriding the documented one (https://host or http://127.0.0.1:PORT)",
                    "代替文档所列接入点的接入点（https://host 或 http://127.0.0.1:PORT）",
                )),
        ),
        global(
            Arg::new(ids::PROFILE)
                .long(ids::PROFILE)
                .value_name("NAME")
                .help(pick(
                    "Profile of ~/.tencentcloud/credentials or ~/.aliyun/config.json to use",
                    "使用的 ~/.tencentcloud/credentials 或 ~/.aliyun/config.json 中的配置",
                )),
        ),
        global(
            Arg::new(ids::LANGUAGE)
                .long(ids::LANGUAGE)
                .value_name("LANG")
                .value_parser(crate::language::parse_flag)
                .help(pick(
                    "Language of the help and of the service's messages: zh-CN or en-US; default from the profile's `language`, then the locale",
                    "帮助和服务消息的语言：zh-CN 或 en-US；默认取配置文件的 `language`，其次取系统语言环境",
                )),
        ),
        global(
            Arg::new(ids::TIMEOUT)
                .long(ids::TIMEOUT)
                .value_name("SECS")
                .value_parser(value_parser!(f64))
                .allow_negative_numbers(true)
                .help(pick(
                    "Time limit of one attempt, in seconds [default: 30]",
                    "单次尝试的时间上限，单位秒 [默认：30]",
                )),
        ),
        global(
            Arg::new(ids::MAX_ATTEMPTS)
                .long(ids::MAX_ATTEMPTS)
                .value_name("N")
                .value_parser(value_parser!(u32).range(1..=100))
                .help(pick(
                    "Most attempts per call, the first included [default: 3]",
                    "每次调用最多尝试的次数，含第一次 [默认：3]",
                )),
        ),
        global(
            Arg::new(ids::OUTPUT)
                .long(ids::OUTPUT)
                .short('o')
                .value_name("FORMAT")
                .value_parser(PossibleValuesParser::new(["json", "table", "text"]))
                .help(pick(
                    "json: the service's answer as is; table: aligned columns for people; \
                     text: tab-separated lines for scripts [default: json]",
                    "json：服务的原始应答；table：供人阅读的对齐表格；\
                     text：供脚本读取的制表符分隔行 [默认：json]",
                )),
        ),
        global(
            Arg::new(ids::QUERY)
                .long(ids::QUERY)
                .value_name("JMESPATH")
                .help(pick(
                    "JMESPath expression applied to the answer before printing",
                    "打印前应用于应答的 JMESPath 表达式",
                )),
        ),
        global(
            Arg::new(ids::DEBUG)
                .long(ids::DEBUG)
                .action(ArgAction::SetTrue)
                .help(pick(
                    "Print the request and the answer on stderr (signatures and secrets are never printed)",
                    "在标准错误输出上打印请求和应答（从不打印签名和密钥）",
                )),
        ),
        global(
            Arg::new(ids::ALLOW_HTTP)
                .long(ids::ALLOW_HTTP)
                .action(ArgAction::SetTrue)
                .help(pick(
                    "Allow a plain http:// --endpoint on a host other than loopback (requests are then readable on the network)",
                    "允许非本机回环地址的明文 http:// --endpoint（请求在网络上可被读取）",
                )),
        ),
        global(
            Arg::new(ids::MOCK)
                .long(ids::MOCK)
                .action(ArgAction::SetTrue)
                .help(pick(
                    "Call the built-in mock server (documented examples) instead of the cloud; demo credentials and a region are used when none are configured",
                    "调用内置的模拟服务（按文档示例应答）而不是云端；未配置时使用演示凭证和地域",
                )),
        ),
        global(
            Arg::new(ids::MOCK_SCENARIO)
                .long(ids::MOCK_SCENARIO)
                .value_name("FILE")
                .help(pick(
                    "With --mock (implied): the fleet the mock runs commands on (a scenario file, as for mock serve --scenario)",
                    "配合 --mock（隐含）：模拟服务运行命令的实例集合（场景文件，同 mock serve --scenario）",
                )),
        ),
    ]
}

/// A service's subtree: every action, or only the one the command line names (a run, or its
/// help), whose flags are all that parsing it needs; building a large service's every
/// action for one call cost more than the call.
fn service_command(named: Named, help: Help) -> Command {
    let service = named.shape;
    let mut cmd = in_language(Command::new(named.command))
        .about(format!("{} (API {})", service.title, service.version))
        .subcommand_required(true)
        .arg_required_else_help(true);
    if help.service(service.name) {
        cmd = cmd.after_help(help::service_after_help(service));
    }
    let only = named.action.as_ref().map(std::slice::from_ref);
    for &action in only.unwrap_or(service.actions) {
        cmd = cmd.subcommand(action_command(service, action, help));
    }
    cmd
}

fn action_command(
    service: &'static ServiceShape,
    action: &'static ActionShape,
    help: Help,
) -> Command {
    let mut cmd = in_language(Command::new(action.command))
        .alias(action.name)
        .next_line_help(true);
    // The first sentence lists the action in its service's help.
    if help.service(service.name) {
        cmd = cmd.about(help::first_sentence(crate::language::text(
            action.description,
        )));
    }
    let shown = help.action(service.name, action.command);
    if shown {
        cmd = cmd
            .long_about(help::action_about(action))
            .after_help(help::action_after_help(service, action));
    }
    for member in action.input {
        cmd = cmd.arg(member_arg(member, shown));
    }
    cmd = cmd
        .arg(
            Arg::new(ids::INPUT_JSON)
                .long(ids::INPUT_JSON)
                .value_name("FILE|-")
                .help_heading(pick("Input options", "输入选项"))
                .help(pick(
                    "Read the request from a JSON file (- for stdin) in the wire format: \
                     the documented example request works as is; flags override its members",
                    "从 JSON 文件（- 表示标准输入）读取线上格式的请求：\
                     文档示例的请求可直接使用；选项覆盖其中的参数",
                )),
        )
        .arg(
            Arg::new(ids::SKELETON)
                .long(ids::SKELETON)
                .action(ArgAction::SetTrue)
                .help_heading(pick("Input options", "输入选项"))
                .help(pick(
                    "Print a request template with every member for --cli-input-json, and exit",
                    "打印包含所有参数的请求模板（供 --cli-input-json 使用）后退出",
                )),
        );
    if action.pagination.is_some() {
        cmd = cmd.arg(
            Arg::new(ids::ALL)
                .long(ids::ALL)
                .action(ArgAction::SetTrue)
                .help_heading(pick("Output options", "输出选项"))
                .help(pick(
                    "Follow pagination and print every item (one merged answer)",
                    "跟随分页打印所有条目（合并为一个应答）",
                )),
        );
    }
    if crate::decode::has_base64(action.output) {
        cmd = cmd.arg(
            Arg::new(ids::DECODE)
                .long(ids::DECODE)
                .action(ArgAction::SetTrue)
                .help_heading(pick("Output options", "输出选项"))
                .help(say!(
                    "Show base64 members ({}) decoded as text",
                    "将 base64 参数（{}）解码为文本显示",
                    crate::decode::base64_names(action.output).join(", ")
                )),
        );
    }
    crate::wait::with_flags(service, action, cmd)
}

/// A member's flag; `shown`: its help is shown (else it carries no text).
fn member_arg(member: &'static MemberShape, shown: bool) -> Arg {
    let long = flag_name(member);
    // The wire name is an alias (`--InvocationIds`) where it is not the flag itself or a
    // name the CLI owns (`--region` of a member named `region`).
    let alias =
        (member.name != long && !crate::flags::is_reserved(member.name)).then_some(member.name);
    let mut arg = Arg::new(crate::flags::member_id(member))
        .long(long)
        .aliases(alias)
        .help_heading(pick("Request members", "请求参数"))
        .value_name(value_name(member));
    if shown {
        arg = arg.help(help::member_help(member));
    }
    arg = match member.kind {
        Kind::Enum(shape) => arg.value_parser(DocumentedValues(shape, shown)),
        // Negative numbers reach the range check instead of being taken for flags.
        Kind::Int32 | Kind::Int64 | Kind::Uint64 | Kind::Number => arg
            .value_parser(value_parser!(String))
            .allow_negative_numbers(true),
        _ => arg.value_parser(value_parser!(String)),
    };
    if member.list {
        arg.num_args(1..).action(ArgAction::Append)
    } else if matches!(member.kind, Kind::Boolean) {
        // `--include-output` alone means true; `--include-output false` is also accepted.
        arg.num_args(0..=1)
            .default_missing_value("true")
            .action(ArgAction::Set)
    } else {
        arg.num_args(1).action(ArgAction::Set)
    }
}

fn value_name(member: &MemberShape) -> String {
    match member.kind {
        Kind::String => "STRING",
        Kind::DateTime => "DATETIME",
        Kind::Crontab => "CRONTAB",
        Kind::Int32 | Kind::Int64 | Kind::Uint64 => "INT",
        Kind::Number => "NUMBER",
        Kind::Boolean => "BOOL",
        Kind::Json => "JSON",
        Kind::Enum(_) => "VALUE",
        Kind::Struct(_) => "JSON|K=V,..",
    }
    .to_owned()
}

/// Documented enum values, offered in help and shell completion but not enforced: the
/// documentation may lag behind the service, so an undocumented value is sent as is (with a
/// warning from [`crate::request`]).
#[derive(Clone)]
struct DocumentedValues(&'static EnumShape, bool);

impl TypedValueParser for DocumentedValues {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &Command,
        arg: Option<&Arg>,
        value: &OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        let shown = self.1;
        Some(Box::new(self.0.values.iter().map(move |v| {
            let value = PossibleValue::new(v.value);
            match crate::language::text(v.description) {
                description if description.is_empty() || !shown => value,
                description => value.help(help::value_help(description)),
            }
        })))
    }
}

fn completions_command() -> Command {
    Command::new("completions")
        .about(pick(
            "Print a shell completion script (bash, zsh or fish)",
            "打印 shell 补全脚本（bash、zsh 或 fish）",
        ))
        .arg(
            Arg::new("shell")
                .required(true)
                .value_parser(PossibleValuesParser::new(["bash", "zsh", "fish"])),
        )
        .after_help(pick(
            "Example: cloudcmd completions bash > ~/.local/share/bash-completion/completions/cloudcmd",
            "示例：cloudcmd completions bash > ~/.local/share/bash-completion/completions/cloudcmd",
        ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exit::Code;
    use crate::flags::is_reserved;

    /// Every service of the included shape data, decoded.
    fn every_service() -> Vec<&'static ServiceShape> {
        services::all().expect("the included shape data decodes")
    }

    fn tat() -> Option<Named> {
        services::named("tat").expect("decodes")
    }

    fn named(service: &'static ServiceShape) -> Option<Named> {
        Some(Named {
            command: service.name,
            shape: service,
            action: None,
        })
    }

    fn args(words: &[&str]) -> Vec<OsString> {
        words.iter().map(Into::into).collect()
    }

    #[test]
    fn tree_is_consistent() {
        // clap checks ids, names and aliases for clashes in debug builds.
        root(Help::Full, None).debug_assert();
        for service in every_service() {
            root(Help::Full, named(service)).debug_assert();
            root(Help::Bare, named(service)).debug_assert();
        }
    }

    #[test]
    fn only_the_named_service_is_decoded_and_built() {
        let named = |words: &[&str]| named_service(&args(words)).unwrap().map(|s| s.command);
        assert_eq!(named(&["cloudcmd", "tat", "run-command"]), Some("tat"));
        // Values of global options are skipped, whatever they say.
        assert_eq!(
            named(&["cloudcmd", "--region", "tat", "cs", "x"]),
            Some("cs")
        );
        assert_eq!(
            named(&["cloudcmd", "-o", "tat", "--mock", "cs"]),
            Some("cs")
        );
        assert_eq!(named(&["cloudcmd", "--region=x", "tat"]), Some("tat"));
        assert_eq!(named(&["cloudcmd", "mock", "serve"]), None);
        assert_eq!(named(&["cloudcmd", "--version"]), None);
        assert_eq!(named(&["cloudcmd", "nosuch", "tat"]), None);
        // The action named after the service, by either name, options between them.
        let action = |words: &[&str]| {
            named_service(&args(words))
                .unwrap()
                .and_then(|n| n.action)
                .map(|a| a.name)
        };
        assert_eq!(
            action(&["cloudcmd", "tat", "--region", "x", "RunCommand", "--help"]),
            Some("RunCommand")
        );
        assert_eq!(
            action(&["cloudcmd", "tat", "run-command"]),
            Some("RunCommand")
        );
        assert_eq!(action(&["cloudcmd", "tat", "help", "run-command"]), None);
        assert_eq!(action(&["cloudcmd", "tat"]), None);
        let one = named_service(&args(&["cloudcmd", "tat", "run-command"])).unwrap();
        let tree = root(Help::Bare, one);
        let service = tree.find_subcommand("tat").unwrap();
        let actions: Vec<&str> = service.get_subcommands().map(|c| c.get_name()).collect();
        assert_eq!(actions, ["run-command"], "only the named action is built");
        // With a service named, the tree holds that service alone; without, every service
        // by name and title, without actions.
        let tree = root(Help::Bare, tat());
        let names: Vec<&str> = tree.get_subcommands().map(|c| c.get_name()).collect();
        assert_eq!(names, ["tat", "completions", "mock", "configure"]);
        let tree = root(
            Help::For {
                service: None,
                action: None,
            },
            None,
        );
        let cs = tree.find_subcommand("cs").expect("every service listed");
        assert_eq!(cs.get_subcommands().count(), 0);
        assert!(cs
            .get_about()
            .unwrap()
            .to_string()
            .contains("(API 2015-12-15)"));
    }

    #[test]
    fn only_help_carries_the_documentation_s_text() {
        // An ordinary run (and `--version`) parses no description; help shows them rendered.
        let action = |help: Help| {
            root(help, tat())
                .find_subcommand("tat")
                .and_then(|s| s.find_subcommand("cancel-invocation"))
                .cloned()
                .expect("tat cancel-invocation")
        };
        let bare = action(Help::Bare);
        assert!(bare.get_about().is_none() && bare.get_long_about().is_none());
        assert!(bare
            .get_arguments()
            .all(|a| a.get_help().is_none() || !a.get_id().as_str().starts_with("member:")));
        let full = action(Help::Full);
        let about = full.get_long_about().expect("the description").to_string();
        assert!(about.contains("\n- If the command"), "{about}");
        // Help for one action renders that action's text, not the others'.
        let focus = Help::for_args(
            &args(&["cloudcmd", "tat", "CancelInvocation", "--help"]),
            tat().map(|n| n.shape),
        );
        assert_eq!(
            focus,
            Help::For {
                service: Some("tat"),
                action: Some("cancel-invocation")
            }
        );
        assert!(action(focus).get_long_about().is_some());
        let other = root(focus, tat())
            .find_subcommand("tat")
            .and_then(|s| s.find_subcommand("run-command"))
            .cloned()
            .expect("tat run-command");
        assert!(other.get_about().is_some() && other.get_long_about().is_none());
    }

    #[test]
    fn root_help_lists_every_exit_code() {
        let help = root(Help::Full, None).render_long_help().to_string();
        for code in Code::ALL {
            let listed = format!("{} {}", code.value(), code.meaning());
            assert!(help.contains(&listed), "{listed:?} missing from:\n{help}");
        }
    }

    #[test]
    fn every_flag_the_cli_owns_is_reserved() {
        for service in every_service() {
            every_flag_reserved_in(root(Help::Full, named(service)), service);
        }
    }

    fn every_flag_reserved_in(mut root: Command, service: &'static ServiceShape) {
        // Built, the tree has clap's own flags and the global ones copied to every command.
        root.build();
        let mut checked = 0;
        let mut check = |command: &Command, members: &[MemberShape]| {
            for arg in command.get_arguments() {
                let is_member = members
                    .iter()
                    .any(|m| crate::flags::member_id(m) == arg.get_id().as_str());
                if let (false, Some(long)) = (is_member, arg.get_long()) {
                    assert!(is_reserved(long), "--{long} of {}", command.get_name());
                    checked += 1;
                }
            }
        };
        check(&root, &[]);
        let service_command = root.find_subcommand(service.name).expect("service");
        check(service_command, &[]);
        for action in service.actions {
            let command = service_command
                .find_subcommand(action.command)
                .expect("action");
            check(command, action.input);
        }
        assert!(checked > ids::EVERY.len(), "the walk saw the flags");
    }

    #[test]
    fn members_named_like_the_cli_flags_get_a_member_suffix() {
        // A documented `AllowHttp` (and any member named like a CLI or clap flag) must not
        // take the CLI's own flag: it becomes `--allow-http-member`, as `--region-member`.
        fn pascal(flag: &str) -> String {
            flag.split('-')
                .map(|w| w[..1].to_uppercase() + &w[1..])
                .collect()
        }
        let flags: Vec<&'static str> = ids::EVERY
            .iter()
            .copied()
            .chain(["help", "version"])
            .collect();
        let members: Vec<MemberShape> = flags
            .iter()
            .map(|&flag| MemberShape {
                name: Box::leak(pascal(flag).into_boxed_str()),
                flag,
                ..MemberShape::BASE
            })
            .collect();
        assert!(members.iter().any(|m| m.name == "AllowHttp"));
        let service = every_service()[0];
        let action: &'static ActionShape = Box::leak(Box::new(ActionShape {
            input: Box::leak(members.into_boxed_slice()),
            ..*service.actions[0]
        }));
        let tree = Command::new("cloudcmd")
            .args(global_args())
            .subcommand(action_command(service, action, Help::Full));
        // clap refuses two flags with one long name here.
        tree.clone().debug_assert();
        let command = tree
            .find_subcommand(action.command)
            .expect("the action's command");
        for member in action.input {
            let arg = command
                .get_arguments()
                .find(|a| a.get_id().as_str() == crate::flags::member_id(member))
                .expect("the member's flag");
            assert_eq!(
                arg.get_long(),
                Some(format!("{}-member", member.flag).as_str()),
                "{}",
                member.name
            );
        }
    }
}
