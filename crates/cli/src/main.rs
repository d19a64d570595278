//! `cloudcmd`: every documented cloud API action from the terminal.
//!
//! The command tree is built from the generated shape tables ([`commands`]); this file only
//! parses the arguments, dispatches, and turns the outcome into an exit code ([`exit`]).
//!
//! Where things live: one action from its flags to its printed answer in [`action`]; flags
//! and `--cli-input-json` to a request in [`request`] (object shorthand in [`shorthand`],
//! scalar values in [`scalar`]); global flags to the runtime's configuration in [`config`];
//! one call and `--debug` in [`run`], `--all` in [`pages`], `--wait` and `--waiter` in
//! [`wait`]; printing in [`output`], [`table`] and [`decode`]; help text from the
//! documentation in [`help`], examples as command lines in [`example_command`]; the mock
//! server in [`mock`]; credentials (the vendors' default chains, `--use-cvm-role`, `--mode`)
//! in [`credentials`], and `cloudcmd configure` (tccli's and aliyun's profile files) in
//! [`configure`]. The CLI's own flag ids are in [`flags`], the services in
//! [`services`] and the language of the help and messages in [`language`], leaves every
//! other module may use: imports only point down, never in a
//! circle.

mod action;
mod clap_zh;
mod commands;
mod completion;
mod config;
mod configure;
mod credentials;
mod decode;
mod example_command;
mod exit;
mod flags;
mod help;
mod language;
mod markdown;
mod mock;
mod output;
mod pages;
mod request;
mod run;
mod scalar;
mod services;
mod shorthand;
mod table;
mod wait;

use std::process::ExitCode;

use clap::error::ErrorKind;

use crate::commands::Help;
use crate::exit::{Code, Failure};
use crate::language::say;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if args.get(1).is_some_and(|a| a == completion::COMPLETE) {
        return match completion::answer(&args[2..]) {
            Ok(()) => Code::Success.into(),
            Err(failure) => failure.report(),
        };
    }
    // Only the service the command line names is decoded and gets its subtree.
    let named = match services::check().and_then(|()| commands::named_service(&args)) {
        Ok(named) => named,
        Err(failure) => return failure.report(),
    };
    // The tree without the documentation's text; help is built again with it, only when
    // help is what was asked for.
    let mut root = commands::root(Help::Bare, named);
    let matches = match root.try_get_matches_from_mut(&args) {
        Ok(matches) => matches,
        Err(e) if shows_help(&e) => {
            let shape = named.map(|n| n.shape);
            let mut full = commands::root(Help::for_args(&args, shape), named);
            return match full.try_get_matches_from_mut(args) {
                Err(with_text) => clap_failure(with_text),
                // The same arguments ask for help again; were they not to, the help without
                // text is still help.
                Ok(_) => clap_failure(e),
            };
        }
        // Parsed without the services' list (it costs more than the rest of a start-up):
        // a word that names nothing is refused again with the list, for clap's suggestion.
        Err(e) if named.is_none() && e.kind() == ErrorKind::InvalidSubcommand => {
            let listed = Help::For {
                service: None,
                action: None,
            };
            return match commands::root(listed, None).try_get_matches_from_mut(&args) {
                Err(with_list) => clap_failure(with_list),
                Ok(_) => clap_failure(e),
            };
        }
        Err(e) => return clap_failure(e),
    };
    let outcome = match matches.subcommand() {
        Some(("completions", sub)) => completions(sub),
        Some(("mock", sub)) => mock::serve(sub),
        Some(("configure", sub)) => configure::run(sub),
        Some((name, sub)) => match named.filter(|n| n.command == name).map(|n| n.shape) {
            Some(service) => match sub.subcommand() {
                Some((action_name, action_matches)) => {
                    match services::action(service, action_name) {
                        Some(action) => action::run(service, action, action_matches),
                        None => Err(Failure::usage(say!(
                            "unknown action {action_name}",
                            "未知接口 {action_name}"
                        ))),
                    }
                }
                None => Err(Failure::usage(say!(
                    "{name}: an action is required",
                    "{name}：需要指定接口"
                ))),
            },
            None => Err(Failure::usage(say!(
                "unknown command {name}",
                "未知命令 {name}"
            ))),
        },
        None => Err(Failure::usage(language::pick(
            "a command is required",
            "需要指定命令",
        ))),
    };
    match outcome {
        Ok(()) => Code::Success.into(),
        Err(failure) => failure.report(),
    }
}

/// Whether clap stopped to show help (which the tree without text cannot show).
fn shows_help(e: &clap::Error) -> bool {
    matches!(
        e.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    )
}

/// Help and version print as clap renders them (exit 0); every other parse error becomes one
/// line (exit 2), since scripts read stderr line by line.
fn clap_failure(e: clap::Error) -> ExitCode {
    match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let code = if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
                Code::Usage
            } else {
                Code::Success
            };
            let _ = e.print();
            code.into()
        }
        _ => {
            let rendered = e.render().to_string();
            let first = rendered
                .lines()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("invalid arguments");
            let line = first.strip_prefix("error: ").unwrap_or(first);
            let line = clap_zh::line(&e).unwrap_or_else(|| line.to_owned());
            Failure::usage(say!("{line} (see --help)", "{line}（见 --help）")).report()
        }
    }
}

fn completions(matches: &clap::ArgMatches) -> Result<(), Failure> {
    let shell = matches
        .get_one::<String>("shell")
        .map_or("bash", String::as_str);
    output::print(&completion::script(shell))
}
