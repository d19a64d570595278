//! Where a call's credentials come from: the vendor's default chain of the runtime
//! ([`sdk_runtime::credentials::chain`]), or the one source the user names with tccli's and
//! aliyun's flags (`--use-cvm-role`, `--mode AK|StsToken|RamRoleArn|EcsRamRole`,
//! `--role-arn`, `--role-session-name`).
//!
//! The chain is asked once before the call, so that a run with nothing configured fails at
//! once with one line saying so and an indented line per provider, in the chain's order,
//! saying why it gave nothing (in the run's language), instead of failing inside the first
//! attempt with the runtime's English sentence. The chain remembers the provider that
//! answered and that provider caches what it fetched, so the call that follows asks nothing
//! twice. The metadata services are asked with the runtime's short limits (1 s to connect,
//! 3 s per request) at the addresses of `TENCENTCLOUD_METADATA_ENDPOINT` /
//! `ALIBABA_CLOUD_METADATA_ENDPOINT` when set.

use clap::builder::PossibleValuesParser;
use clap::{Arg, ArgAction, ArgMatches};
use sdk_runtime::credentials::chain::{self, ChainSettings, RoleRequest};
use sdk_runtime::credentials::{
    ChainProvider, Credentials, CredentialsError, Environment, Resolved, SharedCredentialsProvider,
    StaticProvider, Unavailable,
};
use sdk_shape::{Protocol, ServiceShape};

use crate::exit::Failure;
use crate::flags::ids;
use crate::language::{pick, say};

/// The one source of credentials the flags name, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// `--mode AK`: a key pair from the environment or the profile, nothing fetched.
    Ak,
    /// `--mode StsToken`: temporary keys with their token, from the environment or the
    /// profile.
    StsToken,
    /// `--mode RamRoleArn` (or `--role-arn` alone): the role of `--role-arn`, assumed with the
    /// key pair of the environment or the profile.
    RamRoleArn,
    /// `--use-cvm-role` or `--mode EcsRamRole`: the role of the instance the CLI runs on,
    /// from its metadata service.
    InstanceRole,
}

impl Mode {
    /// aliyun's names of the modes, which `--mode` takes.
    pub const NAMES: [&'static str; 4] = ["AK", "StsToken", "RamRoleArn", "EcsRamRole"];

    /// The mode of one of [`Mode::NAMES`].
    pub fn parse(name: &str) -> Option<Mode> {
        match name {
            "AK" => Some(Mode::Ak),
            "StsToken" => Some(Mode::StsToken),
            "RamRoleArn" => Some(Mode::RamRoleArn),
            "EcsRamRole" => Some(Mode::InstanceRole),
            _ => None,
        }
    }

    /// How the flags spell the mode, for messages.
    fn flag(self, service: &ServiceShape) -> &'static str {
        match self {
            Mode::Ak => "--mode AK",
            Mode::StsToken => "--mode StsToken",
            Mode::RamRoleArn => "--mode RamRoleArn",
            Mode::InstanceRole if service.protocol == Protocol::Tc3Json => "--use-cvm-role",
            Mode::InstanceRole => "--mode EcsRamRole",
        }
    }
}

/// The credential flags of one run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CredentialFlags {
    /// The source named, `None` for the default chain.
    pub mode: Option<Mode>,
    /// `--role-arn` / `--ram-role-arn`.
    pub role_arn: Option<String>,
    /// `--role-session-name`.
    pub role_session_name: Option<String>,
}

impl CredentialFlags {
    /// Read the flags (clap has already refused contradictory ones).
    pub fn from_matches(matches: &ArgMatches) -> Self {
        let mode = if matches.get_flag(ids::USE_CVM_ROLE) {
            Some(Mode::InstanceRole)
        } else {
            matches
                .get_one::<String>(ids::MODE)
                .and_then(|m| Mode::parse(m))
        };
        let role_arn = matches.get_one::<String>(ids::ROLE_ARN).cloned();
        // tccli assumes a role when `--role-arn` is given, without a mode.
        let mode = mode.or(role_arn.as_ref().map(|_| Mode::RamRoleArn));
        CredentialFlags {
            mode,
            role_arn,
            role_session_name: matches.get_one::<String>(ids::ROLE_SESSION_NAME).cloned(),
        }
    }

    /// Whether any of the flags was given.
    pub fn any(&self) -> bool {
        *self != CredentialFlags::default()
    }
}

/// The credential flags, global: tccli's and aliyun's spellings.
pub fn global_args() -> Vec<Arg> {
    let global = |arg: Arg| {
        arg.global(true)
            .help_heading(pick("Credential options", "凭证选项"))
    };
    vec![
        global(
            Arg::new(ids::USE_CVM_ROLE)
                .long(ids::USE_CVM_ROLE)
                .action(ArgAction::SetTrue)
                .conflicts_with(ids::MODE)
                .conflicts_with(ids::ROLE_ARN)
                .help(pick(
                    "Use the role of the instance this runs on (CVM or ECS metadata service) and nothing else; TENCENTCLOUD_METADATA_ENDPOINT / ALIBABA_CLOUD_METADATA_ENDPOINT override the metadata address",
                    "只使用当前实例的角色（CVM 或 ECS 元数据服务）；TENCENTCLOUD_METADATA_ENDPOINT / ALIBABA_CLOUD_METADATA_ENDPOINT 可改元数据服务地址",
                )),
        ),
        global(
            Arg::new(ids::MODE)
                .long(ids::MODE)
                .value_name("MODE")
                .value_parser(PossibleValuesParser::new(Mode::NAMES))
                .help(pick(
                    "Take credentials from one source instead of the default chain: AK (a key pair from the environment or profile), StsToken (the same with its token), RamRoleArn (assume --role-arn with that key pair), EcsRamRole (the instance's role, as --use-cvm-role)",
                    "只从一个来源取凭证而不走默认凭证链：AK（环境变量或配置中的密钥对）、StsToken（同上并带令牌）、RamRoleArn（用该密钥对扮演 --role-arn 的角色）、EcsRamRole（实例角色，同 --use-cvm-role）",
                )),
        ),
        global(
            Arg::new(ids::ROLE_ARN)
                .long(ids::ROLE_ARN)
                .alias("ram-role-arn")
                .value_name("ARN")
                .help(pick(
                    "Role to assume through STS with the configured key pair (implies --mode RamRoleArn; aliyun's spelling --ram-role-arn is accepted)",
                    "用已配置的密钥对经 STS 扮演的角色（隐含 --mode RamRoleArn；也接受 aliyun 的写法 --ram-role-arn）",
                )),
        ),
        global(
            Arg::new(ids::ROLE_SESSION_NAME)
                .long(ids::ROLE_SESSION_NAME)
                .value_name("NAME")
                .requires(ids::ROLE_ARN)
                .help(pick(
                    "Session name of the role assumed with --role-arn",
                    "以 --role-arn 扮演角色时的会话名",
                )),
        ),
    ]
}

/// What signs the calls of a run.
#[derive(Debug)]
pub enum Signing {
    /// Keys that do not expire (the environment's, a profile's): used as they are, so
    /// `--debug` can show the request signed offline.
    Keys(Credentials),
    /// Temporary credentials: the provider that gave them, which keeps them cached and
    /// fetches them again before they expire (a long `--wait` outlives them).
    Provider(SharedCredentialsProvider),
}

/// What signs the calls of a run, asked for now.
pub async fn signing(
    service: &'static ServiceShape,
    flags: &CredentialFlags,
    env: &Environment,
    resolved: &Resolved,
    region: Option<&str>,
) -> Result<Signing, Failure> {
    let settings = ChainSettings::default();
    let keys = || -> Result<StaticProvider, Failure> {
        let mode = flags.mode.unwrap_or(Mode::Ak);
        match &resolved.credentials {
            Some(c) => Ok(StaticProvider::new("keys", c.clone())),
            None => Err(no_keys(service, mode, resolved)),
        }
    };
    let chain = match flags.mode {
        None => chain::default_chain(service, env, &settings),
        Some(mode @ (Mode::Ak | Mode::StsToken)) => {
            let keys = keys()?;
            if mode == Mode::StsToken && keys.credentials().and_then(|c| c.token()).is_none() {
                return Err(Failure::usage(say!(
                    "--mode StsToken: the keys found for {} have no token (set ${} or the profile's token)",
                    "--mode StsToken：为 {} 找到的密钥没有令牌（请设置 ${} 或配置中的令牌）",
                    service.name,
                    service.credentials.token_env
                )));
            }
            ChainProvider::new("keys", vec![SharedCredentialsProvider::new(keys)])
        }
        Some(Mode::RamRoleArn) => {
            let Some(role_arn) = flags.role_arn.clone() else {
                return Err(Failure::usage(pick(
                    "--mode RamRoleArn needs --role-arn (a profile in RamRoleArn mode needs neither: the default chain assumes its role)",
                    "--mode RamRoleArn 需要 --role-arn（RamRoleArn 模式的配置两者都不需要：默认凭证链会扮演其中的角色）",
                )));
            };
            let base = keys()?
                .credentials()
                .cloned()
                .ok_or_else(|| no_keys(service, Mode::RamRoleArn, resolved))?;
            let role = RoleRequest {
                role_arn,
                session_name: flags.role_session_name.clone(),
                duration_seconds: None,
                region: region.map(str::to_owned),
            };
            let link = chain::assume_role(service, env, &settings, base, role);
            ChainProvider::new("role", vec![link])
        }
        Some(Mode::InstanceRole) => {
            let link = chain::instance_role(service, env, &settings, None);
            ChainProvider::new("instance-role", vec![link])
        }
    };
    match chain.provide_each().await {
        Ok(c) if c.expiry().is_none() => Ok(Signing::Keys(c)),
        Ok(_) => Ok(Signing::Provider(SharedCredentialsProvider::new(chain))),
        Err(failures) => Err(nothing_found(service, flags.mode, &failures)),
    }
}

/// `--mode AK` (or a mode built on a key pair) with no key pair anywhere.
fn no_keys(service: &ServiceShape, mode: Mode, resolved: &Resolved) -> Failure {
    let flag = mode.flag(service);
    Failure::usage(say!(
        "{flag}: no key pair for {} (looked in {}); set both variables, or run `cloudcmd configure --vendor {}`",
        "{flag}：没有找到 {} 的密钥对（已查找 {}）；请设置这两个环境变量，或运行 `cloudcmd configure --vendor {}`",
        service.name,
        resolved.searched,
        vendor_word(service)
    ))
}

fn vendor_word(service: &ServiceShape) -> &'static str {
    match service.protocol {
        Protocol::Tc3Json => "tencent",
        Protocol::Acs3Rpc | Protocol::Acs3Roa => "alibaba",
    }
}

/// The failure of a run without credentials: one line, then each provider asked (of the
/// default chain, or the one `mode` names) and why it gave nothing.
pub fn nothing_found(
    service: &ServiceShape,
    mode: Option<Mode>,
    failures: &[CredentialsError],
) -> Failure {
    let sources = &service.credentials;
    let message = match mode {
        None => say!(
            "no credentials for {}: every provider of the default chain, asked in order, gave none; set ${} and ${}, run `cloudcmd configure --vendor {}`, or pick a profile with --profile",
            "没有 {} 的凭证：默认凭证链的提供者已依次询问，均未给出凭证；请设置 ${} 和 ${}，运行 `cloudcmd configure --vendor {}`，或用 --profile 选择配置",
            service.name,
            sources.id_env,
            sources.secret_env,
            vendor_word(service)
        ),
        Some(mode) => {
            let flag = mode.flag(service);
            say!(
                "no credentials for {} from {flag}",
                "{flag} 没有给出 {} 的凭证",
                service.name
            )
        }
    };
    let details = failures
        .iter()
        .enumerate()
        .map(|(i, f)| format!("{}. {}", i + 1, reason(f)))
        .collect();
    Failure::usage(message).with_details(details)
}

/// One provider's line: its name, what it is, and why it gave nothing.
fn reason(failure: &CredentialsError) -> String {
    let name = failure.provider.as_str();
    let label = match name {
        "environment" => pick("environment variables", "环境变量"),
        "profile" => pick("profile file", "配置文件"),
        "cvm-role" => pick(
            "CVM instance role, metadata service",
            "CVM 实例角色，元数据服务",
        ),
        "ecs-ram-role" => pick("ECS RAM role, metadata service", "ECS RAM 角色，元数据服务"),
        "tke-oidc" => pick("TKE OIDC role", "TKE OIDC 角色"),
        "oidc-role-arn" => pick("OIDC role", "OIDC 角色"),
        "sts-assume-role" | "ram-role-arn" => pick("role assumed through STS", "经 STS 扮演的角色"),
        "keys" => pick("key pair", "密钥对"),
        _ => "",
    };
    let why = match &failure.unavailable {
        Some(why) => unavailable(why),
        None => say!("{}", "获取失败：{}", failure.message),
    };
    if label.is_empty() {
        say!("{name}: {why}", "{name}：{why}")
    } else {
        say!("{name} ({label}): {why}", "{name}（{label}）：{why}")
    }
}

/// Why a provider did not apply, in the run's language.
fn unavailable(why: &Unavailable) -> String {
    let dollars = |vars: &[String], and: &str| {
        vars.iter()
            .map(|v| format!("${v}"))
            .collect::<Vec<_>>()
            .join(and)
    };
    match why {
        Unavailable::Unset(vars) if vars.len() == 1 => {
            say!("{} is not set", "未设置 {}", dollars(vars, ""))
        }
        Unavailable::Unset(vars) => say!(
            "{} are not both set",
            "{} 未同时设置",
            dollars(vars, pick(" and ", " 和 "))
        ),
        Unavailable::NoFile(paths) => {
            let each: Vec<String> = paths
                .iter()
                .map(|p| say!("{p} does not exist", "{p} 不存在"))
                .collect();
            each.join(pick("; ", "；"))
        }
        Unavailable::NoHome => pick(
            "no home directory ($HOME is not set)",
            "没有主目录（未设置 $HOME）",
        )
        .to_owned(),
        Unavailable::Disabled(var) => say!("disabled by ${var}", "已被 ${var} 关闭"),
        // A reason newer than this CLI: the runtime's own words.
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes_are_aliyun_s_names() {
        for name in Mode::NAMES {
            assert!(Mode::parse(name).is_some(), "{name}");
        }
        assert_eq!(Mode::parse("EcsRamRole"), Some(Mode::InstanceRole));
        assert_eq!(Mode::parse("ak"), None);
    }

    #[test]
    fn each_provider_is_a_numbered_line_with_its_reason() {
        let failures = [
            CredentialsError::unavailable(
                "environment",
                Unavailable::Unset(vec!["A".into(), "B".into()]),
            ),
            CredentialsError::unavailable("profile", Unavailable::NoFile(vec!["/h/f".into()])),
            CredentialsError::new("cvm-role", "GET http://127.0.0.1:1/: refused"),
            CredentialsError::unavailable(
                "tke-oidc",
                Unavailable::Unset(vec!["TKE_REGION".into()]),
            ),
        ];
        let failure = nothing_found(&tat_model::SERVICE, None, &failures);
        assert!(
            failure.message().starts_with("no credentials for tat: "),
            "{}",
            failure.message()
        );
        assert_eq!(
            failure.details(),
            [
                "1. environment (environment variables): $A and $B are not both set",
                "2. profile (profile file): /h/f does not exist",
                "3. cvm-role (CVM instance role, metadata service): GET http://127.0.0.1:1/: refused",
                "4. tke-oidc (TKE OIDC role): $TKE_REGION is not set",
            ]
        );
    }
}
