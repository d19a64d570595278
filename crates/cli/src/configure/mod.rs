//! `cloudcmd configure`: profiles in the files the vendors' own CLIs write, so tccli, aliyun,
//! the vendors' SDKs and this CLI (through the runtime's readers) share one configuration.
//!
//! - `configure --vendor V`: questions on stderr, answers read from stdin (an empty answer
//!   keeps the value shown); `configure set KEY VALUE [KEY VALUE ...]` for scripts;
//!   `configure get KEY ...` and `configure list` print `key = value` lines as tccli does,
//!   secrets masked.
//! - Tencent: tccli's `~/.tccli/<profile>.credential` and `.configure` ([`tccli`]);
//!   Alibaba: aliyun's `~/.aliyun/config.json` ([`aliyun`]). Files are written private
//!   ([`files`]).
//! - The vendor is named, never guessed: `--vendor tencent|alibaba` (or a service name,
//!   which stands for its vendor), since the two write different files. `list` without it
//!   shows both.
//! - The profile: `--profile`, else the variable the runtime reads (`TENCENTCLOUD_PROFILE`,
//!   `ALIBABA_CLOUD_PROFILE`), else (Alibaba) the file's `current`, else `default`: where the
//!   next call will look.
//!
//! Secrets are never printed: not in `list`/`get` (masked as tccli masks them), not in the
//! questions (the current value shown masked), not in errors.

mod aliyun;
mod files;
mod tccli;

use std::io::BufRead;
use std::path::PathBuf;

use clap::{Arg, ArgAction, ArgMatches, Command};
use sdk_shape::Protocol;

use crate::exit::Failure;
use crate::flags::ids;
use crate::language::{pick, say};
use crate::output::print;
use crate::services;
use aliyun::AliyunProfile;
use tccli::TccliProfile;

/// A key of a profile: its name in the file, the other spellings accepted, and whether it is
/// a secret.
#[derive(Debug)]
pub struct Key {
    name: &'static str,
    aliases: &'static [&'static str],
    secret: bool,
}

impl Key {
    const fn plain(name: &'static str, aliases: &'static [&'static str]) -> Key {
        Key {
            name,
            aliases,
            secret: false,
        }
    }

    const fn secret(name: &'static str, aliases: &'static [&'static str]) -> Key {
        Key {
            name,
            aliases,
            secret: true,
        }
    }

    fn is(&self, key: &str) -> bool {
        self.name == key || self.aliases.contains(&key)
    }
}

/// The two vendors, whose files differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Vendor {
    Tencent,
    Alibaba,
}

impl Vendor {
    /// `tencent`, `alibaba` (tccli's and aliyun's names too), or a service, for its vendor.
    fn parse(word: &str) -> Result<Vendor, String> {
        match word {
            "tencent" | "tencentcloud" | "tccli" => return Ok(Vendor::Tencent),
            "alibaba" | "alibabacloud" | "aliyun" => return Ok(Vendor::Alibaba),
            _ => {}
        }
        match services::entries().iter().find(|s| s.command == word) {
            Some(s) if s.protocol == Protocol::Tc3Json => Ok(Vendor::Tencent),
            Some(_) => Ok(Vendor::Alibaba),
            None => Err(say!(
                "{word:?} is neither tencent, alibaba nor a service name",
                "{word:?} 既不是 tencent、alibaba，也不是服务名"
            )),
        }
    }

    fn profile_env(self) -> &'static str {
        match self {
            Vendor::Tencent => "TENCENTCLOUD_PROFILE",
            Vendor::Alibaba => "ALIBABA_CLOUD_PROFILE",
        }
    }
}

/// One vendor's profile, loaded.
enum Profile {
    Tencent(TccliProfile),
    Alibaba(AliyunProfile),
}

impl Profile {
    fn load(vendor: Vendor, home: &std::path::Path, name: Option<&str>) -> Result<Self, Failure> {
        let name = name
            .map(str::to_owned)
            .or_else(|| env_var(vendor.profile_env()));
        match vendor {
            Vendor::Tencent => {
                let name = name.unwrap_or_else(|| "default".to_owned());
                check_profile_name(&name)?;
                Ok(Profile::Tencent(TccliProfile::load(home, &name)?))
            }
            Vendor::Alibaba => Ok(Profile::Alibaba(AliyunProfile::load(
                home,
                name.as_deref(),
            )?)),
        }
    }

    fn canonical(&self, key: &str) -> Result<String, Failure> {
        let (found, known): (Option<String>, Vec<&str>) = match self {
            Profile::Tencent(_) => (
                TccliProfile::canonical(key),
                TccliProfile::keys()
                    .map(|k| k.name)
                    .chain(["<service>.endpoint", "<service>.version"])
                    .collect(),
            ),
            Profile::Alibaba(_) => (
                AliyunProfile::canonical(key),
                AliyunProfile::keys().map(|k| k.name).collect(),
            ),
        };
        found.ok_or_else(|| {
            Failure::usage(say!(
                "unknown key {key:?}; the keys are: {}",
                "未知的键 {key:?}；可用的键：{}",
                known.join(", ")
            ))
        })
    }

    fn is_secret(&self, key: &str) -> bool {
        match self {
            Profile::Tencent(_) => TccliProfile::is_secret(key),
            Profile::Alibaba(_) => AliyunProfile::is_secret(key),
        }
    }

    fn get(&self, key: &str) -> Option<String> {
        match self {
            Profile::Tencent(p) => p.get(key),
            Profile::Alibaba(p) => p.get(key),
        }
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), Failure> {
        match self {
            Profile::Tencent(p) => p.set(key, value),
            Profile::Alibaba(p) => p.set(key, value),
        }
    }

    fn save(self) -> Result<Vec<PathBuf>, Failure> {
        match self {
            Profile::Tencent(p) => p.save(),
            Profile::Alibaba(p) => p.save(),
        }
    }

    fn list(&self) -> String {
        match self {
            Profile::Tencent(p) => p.list(),
            Profile::Alibaba(p) => p.list(),
        }
    }

    fn paths(&self) -> String {
        match self {
            Profile::Tencent(p) => p.paths(),
            Profile::Alibaba(p) => p.paths(),
        }
    }
}

fn env_var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// A profile name becomes a file name (tccli): no path separators, nothing hidden.
fn check_profile_name(name: &str) -> Result<(), Failure> {
    let bad = name.is_empty()
        || name.starts_with('.')
        || name.contains(['/', '\\'])
        || name.chars().any(char::is_control);
    if bad {
        return Err(Failure::usage(say!(
            "--profile {name:?}: a profile name cannot be empty, start with a dot or hold a path separator",
            "--profile {name:?}：配置名不能为空、不能以点开头，也不能包含路径分隔符"
        )));
    }
    Ok(())
}

/// `value` must be one of `allowed`. The value is not repeated in the error: words given in
/// the wrong order can put a secret where a setting was expected.
fn one_of(key: &str, value: &str, allowed: &[&str]) -> Result<(), Failure> {
    if allowed.contains(&value) {
        return Ok(());
    }
    Err(Failure::usage(say!(
        "{key}: the value given is not one of {}",
        "{key}：给出的值不是 {} 之一",
        allowed.join(", ")
    )))
}

/// `true`/`false` as tccli reads them.
fn boolean(key: &str, value: &str) -> Result<bool, Failure> {
    match value.to_ascii_lowercase().as_str() {
        "true" | "yes" | "1" | "on" => Ok(true),
        "false" | "no" | "0" | "off" => Ok(false),
        _ => Err(Failure::usage(say!(
            "{key}: the value given is not true or false",
            "{key}：给出的值不是 true 或 false"
        ))),
    }
}

/// One `key = value` line, a secret masked.
fn line(key: &str, value: &str, secret: bool) -> String {
    if secret {
        format!("{key} = {}\n", files::mask(value))
    } else {
        format!("{key} = {value}\n")
    }
}

/// `cloudcmd configure [--vendor V] [list | get KEY... | set KEY VALUE...]`.
pub fn command() -> Command {
    let vendor = Arg::new("vendor")
        .long("vendor")
        .value_name("VENDOR")
        .global(true)
        .help(pick(
            "tencent (tccli's ~/.tccli/<profile>.credential and .configure) or alibaba (aliyun's ~/.aliyun/config.json); a service name stands for its vendor",
            "tencent（tccli 的 ~/.tccli/<profile>.credential 和 .configure）或 alibaba（aliyun 的 ~/.aliyun/config.json）；服务名代表其所属厂商",
        ));
    Command::new("configure")
        .about(pick(
            "Set up credentials and defaults in the files tccli and aliyun use",
            "在 tccli 和 aliyun 使用的文件中配置凭证和默认值",
        ))
        .long_about(pick(
            "Set up credentials and defaults in the files tccli and aliyun use.\n\n\
             Without a subcommand, asks for each value (stdin; an empty answer keeps the value shown). \
             The profile is --profile, else $TENCENTCLOUD_PROFILE / $ALIBABA_CLOUD_PROFILE, \
             else (Alibaba) the file's current profile, else default. With --vendor alibaba, \
             --mode picks what is asked (AK, StsToken, RamRoleArn, EcsRamRole); with --vendor tencent, \
             --use-cvm-role configures the CVM role instead of keys. Files are written with mode 0600.",
            "在 tccli 和 aliyun 使用的文件中配置凭证和默认值。\n\n\
             不带子命令时逐项询问（从标准输入读取；直接回车保留显示的值）。\
             配置名取 --profile，其次 $TENCENTCLOUD_PROFILE / $ALIBABA_CLOUD_PROFILE，\
             其次（阿里云）文件中的当前配置，最后为 default。使用 --vendor alibaba 时，\
             --mode 决定询问哪些项（AK、StsToken、RamRoleArn、EcsRamRole）；使用 --vendor tencent 时，\
             --use-cvm-role 配置 CVM 角色而不是密钥。文件以 0600 权限写入。",
        ))
        .arg(vendor)
        .subcommand(Command::new("list").about(pick(
            "Show the profile (secrets masked); without --vendor, both vendors'",
            "显示配置（密钥已遮盖）；不带 --vendor 时显示两个厂商的",
        )))
        .subcommand(
            Command::new("get")
                .about(pick(
                    "Print keys of the profile as `key = value` (secrets masked)",
                    "以 `key = value` 打印配置中的键（密钥已遮盖）",
                ))
                .arg(
                    Arg::new("key")
                        .required(true)
                        .num_args(1..)
                        .value_name("KEY"),
                ),
        )
        .subcommand(
            Command::new("set")
                .about(pick(
                    "Set keys of the profile, for scripts: set KEY VALUE [KEY VALUE ...]",
                    "设置配置中的键，供脚本使用：set KEY VALUE [KEY VALUE ...]",
                ))
                .arg(
                    Arg::new("pairs")
                        .required(true)
                        .num_args(2..)
                        .action(ArgAction::Append)
                        .value_name("KEY VALUE"),
                ),
        )
        .after_help(pick(
            "Keys (tencent): secretId secretKey token role-arn role-session-name use-cvm-role region output language <service>.endpoint <service>.version\n\
             Keys (alibaba): mode access_key_id access_key_secret sts_token sts_region ram_role_name ram_role_arn ram_session_name expired_seconds oidc_provider_arn oidc_token_file region_id output_format language (aliyun's --flag spellings too: access-key-id, region, ...)\n\n\
             Credentials of a call, first found wins (the vendors' SDK order):\n  \
             Tencent: $TENCENTCLOUD_SECRET_ID/_SECRET_KEY/_SESSION_TOKEN; ~/.tencentcloud/credentials, else ~/.tccli/<profile>.credential; CVM role; TKE OIDC ($TKE_*)\n  \
             Alibaba: $ALIBABA_CLOUD_ACCESS_KEY_ID/_ACCESS_KEY_SECRET/_SECURITY_TOKEN; OIDC ($ALIBABA_CLOUD_ROLE_ARN, _OIDC_PROVIDER_ARN, _OIDC_TOKEN_FILE); ~/.aliyun/config.json; ECS RAM role\n\
             The metadata services are asked at $TENCENTCLOUD_METADATA_ENDPOINT / $ALIBABA_CLOUD_METADATA_ENDPOINT when set; $ALIBABA_CLOUD_ECS_METADATA_DISABLED=true skips the ECS role.\n\n\
             Examples:\n  cloudcmd configure --vendor tencent\n  cloudcmd configure set secretId AKID... secretKey ... region ap-guangzhou --vendor tencent --profile work\n  cloudcmd configure --vendor alibaba --mode RamRoleArn\n  cloudcmd configure list --vendor alibaba",
            "键（tencent）：secretId secretKey token role-arn role-session-name use-cvm-role region output language <service>.endpoint <service>.version\n\
             键（alibaba）：mode access_key_id access_key_secret sts_token sts_region ram_role_name ram_role_arn ram_session_name expired_seconds oidc_provider_arn oidc_token_file region_id output_format language（也接受 aliyun 选项的写法：access-key-id、region 等）\n\n\
             调用时的凭证，先找到者优先（与厂商 SDK 顺序一致）：\n  \
             腾讯云：$TENCENTCLOUD_SECRET_ID/_SECRET_KEY/_SESSION_TOKEN；~/.tencentcloud/credentials，其次 ~/.tccli/<profile>.credential；CVM 角色；TKE OIDC（$TKE_*）\n  \
             阿里云：$ALIBABA_CLOUD_ACCESS_KEY_ID/_ACCESS_KEY_SECRET/_SECURITY_TOKEN；OIDC（$ALIBABA_CLOUD_ROLE_ARN、_OIDC_PROVIDER_ARN、_OIDC_TOKEN_FILE）；~/.aliyun/config.json；ECS RAM 角色\n\
             设置了 $TENCENTCLOUD_METADATA_ENDPOINT / $ALIBABA_CLOUD_METADATA_ENDPOINT 时向该地址询问元数据服务；$ALIBABA_CLOUD_ECS_METADATA_DISABLED=true 跳过 ECS 角色。\n\n\
             示例：\n  cloudcmd configure --vendor tencent\n  cloudcmd configure set secretId AKID... secretKey ... region ap-guangzhou --vendor tencent --profile work\n  cloudcmd configure --vendor alibaba --mode RamRoleArn\n  cloudcmd configure list --vendor alibaba",
        ))
}

/// Run `configure` with its matches.
pub fn run(matches: &ArgMatches) -> Result<(), Failure> {
    let home = env_var("HOME").map(PathBuf::from).ok_or_else(|| {
        Failure::usage(pick(
            "configure: no home directory ($HOME is not set)",
            "configure：没有主目录（未设置 $HOME）",
        ))
    })?;
    let (sub, sub_matches) = match matches.subcommand() {
        Some((name, m)) => (Some(name), m),
        None => (None, matches),
    };
    let vendor = match sub_matches.get_one::<String>("vendor") {
        Some(word) => {
            Some(Vendor::parse(word).map_err(|e| Failure::usage(format!("--vendor {e}")))?)
        }
        None => None,
    };
    let profile_name = sub_matches
        .get_one::<String>(ids::PROFILE)
        .map(String::as_str);
    let need_vendor = || {
        vendor.ok_or_else(|| {
            Failure::usage(pick(
                "configure: name the vendor with --vendor tencent or --vendor alibaba (they keep different files)",
                "configure：请用 --vendor tencent 或 --vendor alibaba 指定厂商（两者的文件不同）",
            ))
        })
    };
    match sub {
        Some("list") => {
            let vendors = match vendor {
                Some(v) => vec![v],
                None => vec![Vendor::Tencent, Vendor::Alibaba],
            };
            let mut out = String::new();
            for v in vendors {
                let profile = Profile::load(v, &home, profile_name)?;
                if vendor.is_none() {
                    let heading = match v {
                        Vendor::Tencent => "[tencent]",
                        Vendor::Alibaba => "[alibaba]",
                    };
                    out.push_str(&format!("{heading} {}\n", profile.paths()));
                }
                out.push_str(&profile.list());
            }
            print(&out)
        }
        Some("get") => {
            let profile = Profile::load(need_vendor()?, &home, profile_name)?;
            let mut out = String::new();
            for key in sub_matches.get_many::<String>("key").into_iter().flatten() {
                let key = profile.canonical(key)?;
                let Some(value) = profile.get(&key) else {
                    return Err(Failure::usage(say!(
                        "{key} is not set in {}",
                        "{} 中没有设置 {key}",
                        profile.paths()
                    )));
                };
                out.push_str(&line(&key, &value, profile.is_secret(&key)));
            }
            print(&out)
        }
        Some("set") => {
            let mut profile = Profile::load(need_vendor()?, &home, profile_name)?;
            let pairs: Vec<&String> = sub_matches
                .get_many::<String>("pairs")
                .into_iter()
                .flatten()
                .collect();
            if pairs.len() % 2 != 0 {
                return Err(Failure::usage(pick(
                    "configure set takes keys and values in pairs: set KEY VALUE [KEY VALUE ...]",
                    "configure set 的键和值须成对给出：set KEY VALUE [KEY VALUE ...]",
                )));
            }
            for pair in pairs.chunks(2) {
                let key = profile.canonical(pair[0])?;
                profile.set(&key, pair[1])?;
            }
            profile.save().map(|_| ())
        }
        _ => interactive(need_vendor()?, &home, profile_name, matches),
    }
}

/// One question: the prompt, the key it sets.
struct Question {
    key: &'static str,
    prompt: &'static str,
}

fn ask(key: &'static str, en: &'static str, zh: &'static str) -> Question {
    Question {
        key,
        prompt: pick(en, zh),
    }
}

/// `configure` without a subcommand: ask for each value of the vendor's form (by `--mode` or
/// `--use-cvm-role`), then write.
fn interactive(
    vendor: Vendor,
    home: &std::path::Path,
    profile_name: Option<&str>,
    matches: &ArgMatches,
) -> Result<(), Failure> {
    let mut profile = Profile::load(vendor, home, profile_name)?;
    let cvm_role = matches.get_flag(ids::USE_CVM_ROLE);
    let mode = matches.get_one::<String>(ids::MODE).cloned();
    let questions: Vec<Question> = match vendor {
        Vendor::Tencent => {
            if mode.is_some() {
                return Err(Failure::usage(pick(
                    "configure --vendor tencent: --mode is aliyun's; use --use-cvm-role for the CVM role",
                    "configure --vendor tencent：--mode 是 aliyun 的选项；CVM 角色请用 --use-cvm-role",
                )));
            }
            let mut q = Vec::new();
            if cvm_role {
                profile.set("use-cvm-role", "true")?;
            } else {
                q.push(ask(
                    "secretId",
                    "TencentCloud API secretId",
                    "腾讯云 API secretId",
                ));
                q.push(ask(
                    "secretKey",
                    "TencentCloud API secretKey",
                    "腾讯云 API secretKey",
                ));
            }
            q.push(ask("region", "Default region name", "默认地域"));
            q.push(ask(
                "output",
                "Default output format (json, text, table)",
                "默认输出格式（json、text、table）",
            ));
            q
        }
        Vendor::Alibaba => {
            let mode = match (mode, cvm_role) {
                (Some(m), _) => m,
                (None, true) => "EcsRamRole".to_owned(),
                (None, false) => profile.get("mode").unwrap_or_else(|| "AK".to_owned()),
            };
            profile.set("mode", &mode)?;
            if let Profile::Alibaba(p) = &mut profile {
                eprintln!(
                    "{}",
                    say!(
                        "Configuring profile '{}' in '{mode}' mode...",
                        "正在以 '{mode}' 模式配置 '{}'...",
                        p.name()
                    )
                );
                p.make_current();
            }
            let mut q = Vec::new();
            if matches!(mode.as_str(), "AK" | "StsToken" | "RamRoleArn") {
                q.push(ask("access_key_id", "Access Key Id", "Access Key Id"));
                q.push(ask(
                    "access_key_secret",
                    "Access Key Secret",
                    "Access Key Secret",
                ));
            }
            if mode == "StsToken" {
                q.push(ask("sts_token", "Sts Token", "Sts Token"));
            }
            if mode == "RamRoleArn" {
                q.push(ask("ram_role_arn", "Ram Role Arn", "Ram Role Arn"));
                q.push(ask("ram_session_name", "Role Session Name", "角色会话名"));
            }
            if mode == "EcsRamRole" {
                q.push(ask(
                    "ram_role_name",
                    "Ecs Ram Role (empty: the instance's)",
                    "ECS RAM 角色（留空：实例所绑定的）",
                ));
            }
            if mode == "OIDC" {
                q.push(ask(
                    "oidc_provider_arn",
                    "OIDC Provider Arn",
                    "OIDC 提供商 ARN",
                ));
                q.push(ask("oidc_token_file", "OIDC Token File", "OIDC 令牌文件"));
                q.push(ask("ram_role_arn", "Ram Role Arn", "Ram Role Arn"));
            }
            q.push(ask("region_id", "Default Region Id", "默认地域"));
            q.push(ask(
                "language",
                "Default Language [zh|en]",
                "默认语言 [zh|en]",
            ));
            q
        }
    };
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    for question in questions {
        let current = profile.get(question.key);
        let shown = match &current {
            Some(v) if profile.is_secret(question.key) => files::mask(v),
            Some(v) => v.clone(),
            None => "None".to_owned(),
        };
        eprint!("{} [{shown}]: ", question.prompt);
        let mut answer = String::new();
        input.read_line(&mut answer).map_err(|e| {
            Failure::usage(say!(
                "configure: cannot read stdin: {e}",
                "configure：无法读取标准输入：{e}"
            ))
        })?;
        let answer = answer.trim();
        if !answer.is_empty() {
            profile.set(question.key, answer)?;
        }
    }
    eprintln!();
    let written = profile.save()?;
    let names: Vec<String> = written.iter().map(|p| p.display().to_string()).collect();
    if !names.is_empty() {
        eprintln!("{}", say!("Saved {}", "已保存 {}", names.join(", ")));
    }
    Ok(())
}
