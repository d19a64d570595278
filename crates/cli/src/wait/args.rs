//! The waiting flags: `--wait` and `--max-wait` on actions a spec waiter follows, `--waiter`
//! on every action; added to an action's command, and read back into a [`Waiting`].

use clap::{Arg, ArgMatches, Command};
use sdk_shape::{ActionShape, ServiceShape, WaiterShape};

use super::follow::{follower, DEFAULT_MAX_WAIT_SECONDS};
use super::poll::{Poll, DEFAULT_INTERVAL_SECONDS, DEFAULT_TIMEOUT_SECONDS};
use crate::exit::{Code, Failure};
use crate::flags::ids;
use crate::language::{pick, say};

/// What the run asks for beyond one call.
pub enum Waiting {
    /// Neither flag: one call.
    No,
    /// `--wait`: the waiter following the action, its polling template, `--max-wait`.
    Follow(&'static WaiterShape, &'static str, Option<u64>),
    /// `--waiter`: repeat the call until the expression matches.
    Poll(Poll),
}

impl Waiting {
    /// Read `--wait`, `--max-wait` and `--waiter`; giving both ways is a usage error.
    pub fn from_matches(
        service: &'static ServiceShape,
        action: &'static ActionShape,
        matches: &ArgMatches,
    ) -> Result<Self, Failure> {
        let waiter: Option<Vec<String>> = matches
            .try_get_many::<String>(ids::WAITER)
            .ok()
            .flatten()
            .map(|v| v.cloned().collect());
        // `--wait` exists only on actions a waiter follows.
        let follow = matches
            .try_get_one::<bool>(ids::WAIT)
            .ok()
            .flatten()
            .copied()
            .unwrap_or(false);
        match (waiter, follow) {
            (Some(_), true) => Err(Failure::usage(pick(
                "--wait and --waiter cannot be combined",
                "--wait 与 --waiter 不能同时使用",
            ))),
            (Some(words), false) => Ok(Waiting::Poll(Poll::parse(&words)?)),
            (None, true) => {
                let (waiter, template) = follower(service, action).ok_or_else(|| {
                    Failure::usage(pick(
                        "--wait: no waiter follows this action",
                        "--wait：此接口之后没有可用的等待器",
                    ))
                })?;
                let max_wait = matches
                    .try_get_one::<u64>(ids::MAX_WAIT)
                    .ok()
                    .flatten()
                    .copied();
                Ok(Waiting::Follow(waiter, template, max_wait))
            }
            (None, false) => Ok(Waiting::No),
        }
    }
}

/// `cmd` with the waiting flags of `action`.
pub fn with_flags(
    service: &'static ServiceShape,
    action: &ActionShape,
    mut cmd: Command,
) -> Command {
    if let Some((waiter, _)) = follower(service, action) {
        cmd = cmd
            .arg(
                Arg::new(ids::WAIT)
                    .long(ids::WAIT)
                    .action(clap::ArgAction::SetTrue)
                    .help_heading(pick("Waiting", "等待"))
                    .help(say!(
                        "Then wait until {} ({}, polling {}), and print the result per item; exit {} unless every item succeeded",
                        "然后等待直到满足等待器 {1}（{0}，轮询 {2}），逐项打印结果；除非每一项都成功，否则退出码为 {3}",
                        lower_first(waiter.description.trim_end_matches('.')),
                        waiter.command,
                        waiter.action.command,
                        Code::Wait.value(),
                    )),
            )
            .arg(
                Arg::new(ids::MAX_WAIT)
                    .long(ids::MAX_WAIT)
                    .value_name("SECONDS")
                    .requires(ids::WAIT)
                    .value_parser(clap::value_parser!(u64).range(1..=86_400))
                    .help_heading(pick("Waiting", "等待"))
                    .help(say!(
                        "How long --wait waits in all (default {DEFAULT_MAX_WAIT_SECONDS}); delays grow from {} s to {} s",
                        "--wait 总共等待的秒数（默认 {DEFAULT_MAX_WAIT_SECONDS}）；轮询间隔从 {} 秒增长到 {} 秒",
                        waiter.min_delay_seconds,
                        waiter.max_delay_seconds
                    )),
            );
    }
    cmd.arg(
        Arg::new(ids::WAITER)
            .long(ids::WAITER)
            .value_name("SPEC")
            .num_args(1..)
            .help_heading(pick("Waiting", "等待"))
            .help(say!(
                "Repeat the call until a JMESPath expression of the answer equals a value: \
                 tccli's \"{{'expr':'...','to':'...','timeout':{DEFAULT_TIMEOUT_SECONDS},'interval':{DEFAULT_INTERVAL_SECONDS}}}\" or aliyun's \
                 expr=... to=... [timeout={DEFAULT_TIMEOUT_SECONDS}] [interval={DEFAULT_INTERVAL_SECONDS}]",
                "重复调用，直到应答的 JMESPath 表达式等于给定值：\
                 tccli 的写法 \"{{'expr':'...','to':'...','timeout':{DEFAULT_TIMEOUT_SECONDS},'interval':{DEFAULT_INTERVAL_SECONDS}}}\" 或 aliyun 的写法 \
                 expr=... to=... [timeout={DEFAULT_TIMEOUT_SECONDS}] [interval={DEFAULT_INTERVAL_SECONDS}]",
            )),
    )
}

/// `text` with its first letter lower-case, to follow "wait until" mid-sentence.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}
