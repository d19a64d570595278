//! Shell completion for the whole catalogue, answered by the binary as the words are typed.
//!
//! A static script listing every service, action and flag would grow with the catalogue
//! (tens of megabytes for 16,000 actions) and slow every shell's start-up to read it. The
//! script `cloudcmd completions SHELL` prints is a few lines instead: on each Tab it runs
//! `cloudcmd __complete WORD...` with the words typed so far, the last one being completed,
//! and that answers from the same tree a command line gets ([`commands::root`]): the
//! services from the shape data's index, the actions and flags of the one service named,
//! decoded alone, and the values a flag accepts. So a completion costs what a start-up
//! does, whatever the catalogue's size.

use std::ffi::OsString;

use clap::Command;

use crate::commands::{self, Help};
use crate::exit::Failure;
use crate::flags;
use crate::output;
use crate::services;

/// The hidden first argument the scripts call the binary with.
pub const COMPLETE: &str = "__complete";

/// The script for `shell` (`bash`, `zsh` or `fish`).
pub fn script(shell: &str) -> String {
    match shell {
        "zsh" => format!(
            "#compdef cloudcmd\n\
             # cloudcmd asks the binary for candidates on each Tab: every service of its catalogue.\n\
             _cloudcmd() {{\n\
             \x20 local -a candidates\n\
             \x20 candidates=(\"${{(@f)$(cloudcmd {COMPLETE} \"${{(@)words[2,CURRENT]}}\" 2>/dev/null)}}\")\n\
             \x20 compadd -a candidates\n\
             }}\n\
             compdef _cloudcmd cloudcmd\n"
        ),
        "fish" => format!(
            "# cloudcmd asks the binary for candidates on each Tab: every service of its catalogue.\n\
             complete -c cloudcmd -f -a '(cloudcmd {COMPLETE} (commandline -opc)[2..-1] (commandline -ct) 2>/dev/null)'\n"
        ),
        _ => format!(
            "# cloudcmd asks the binary for candidates on each Tab: every service of its catalogue.\n\
             _cloudcmd() {{\n\
             \x20   local IFS=$'\\n'\n\
             \x20   COMPREPLY=($(cloudcmd {COMPLETE} \"${{COMP_WORDS[@]:1:COMP_CWORD}}\" 2>/dev/null))\n\
             }}\n\
             complete -o default -F _cloudcmd cloudcmd\n"
        ),
    }
}

/// `cloudcmd __complete WORD...`: the candidates for the last word, one per line.
pub fn answer(words: &[OsString]) -> Result<(), Failure> {
    let words: Vec<String> = words
        .iter()
        .map(|w| w.to_string_lossy().into_owned())
        .collect();
    let mut out = candidates(&words)?.join("\n");
    if !out.is_empty() {
        out.push('\n');
    }
    output::print(&out)
}

/// The candidates for the last of `words` (the words after `cloudcmd`; the last one may be
/// empty: nothing typed yet).
pub fn candidates(words: &[String]) -> Result<Vec<String>, Failure> {
    let (current, before) = match words.split_last() {
        Some((current, before)) => (current.as_str(), before),
        None => ("", &[][..]),
    };
    let mut line: Vec<OsString> = vec!["cloudcmd".into()];
    line.extend(before.iter().map(OsString::from));
    let service = commands::named_service(&line)?;
    // Without the services' list: they come from the index below, which costs nothing,
    // where clap would copy the global options into a subcommand per service.
    let mut command = commands::root(Help::Bare, service);
    command.build();
    // Down the tree along the words typed: each word that is neither a flag nor a flag's
    // value names a subcommand of the one reached; one that names none ends completion.
    let mut reached = &command;
    let mut previous: Option<&str> = None;
    for word in before {
        if !word.starts_with('-') && previous.is_none_or(|p| !takes_value(reached, p)) {
            match reached.find_subcommand(word) {
                Some(sub) => reached = sub,
                None => return Ok(Vec::new()),
            }
        }
        previous = Some(word);
    }
    // A flag's value: the values it accepts.
    if let Some(flag) = previous.filter(|p| p.starts_with('-') && !p.contains('=')) {
        if let Some(arg) = find_flag(reached, flag) {
            if arg.get_action().takes_values() {
                return Ok(prefixed(
                    arg.get_possible_values()
                        .into_iter()
                        .map(|v| v.get_name().to_owned()),
                    current,
                ));
            }
        }
    }
    if current.starts_with('-') {
        let flags = reached
            .get_arguments()
            .filter(|a| !a.is_hide_set())
            .filter_map(|a| a.get_long().map(|l| format!("--{l}")));
        return Ok(prefixed(flags, current));
    }
    let subcommands = reached
        .get_subcommands()
        .filter(|c| !c.is_hide_set())
        .map(|c| c.get_name().to_owned());
    // At the root, every service is a candidate too.
    let services = std::ptr::eq(reached, &command)
        .then(services::entries)
        .unwrap_or_default()
        .iter()
        .map(|e| e.command.to_owned());
    Ok(prefixed(subcommands.chain(services), current))
}

fn prefixed(items: impl Iterator<Item = String>, current: &str) -> Vec<String> {
    let mut items: Vec<String> = items.filter(|i| i.starts_with(current)).collect();
    items.sort();
    items.dedup();
    items
}

fn find_flag<'a>(command: &'a Command, flag: &str) -> Option<&'a clap::Arg> {
    command.get_arguments().find(|a| flags::names(a, flag))
}

fn takes_value(command: &Command, flag: &str) -> bool {
    flag.starts_with('-') && flags::takes_value(command.get_arguments(), flag)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn complete(words: &[&str]) -> Vec<String> {
        let words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        candidates(&words).expect("candidates")
    }

    #[test]
    fn services_actions_flags_and_values() {
        assert_eq!(complete(&["t"]), ["tat"]);
        assert!(complete(&[""]).contains(&"eflo-controller".to_owned()));
        assert_eq!(
            complete(&["tat", "describe-invocation"]),
            ["describe-invocation-tasks", "describe-invocations"]
        );
        assert_eq!(
            complete(&[
                "--region",
                "ap-guangzhou",
                "tat",
                "describe-invocations",
                "--invocation-i"
            ]),
            ["--invocation-ids"]
        );
        assert_eq!(
            complete(&["tat", "describe-invocations", "--output", ""]),
            ["json", "table", "text"]
        );
        // A global flag's value is not taken for a service.
        assert_eq!(
            complete(&["--region", "tat", "c"]),
            ["completions", "configure", "cs"]
        );
        assert!(complete(&["nosuch", ""]).is_empty());
        // The credential flags' values are skipped too.
        assert_eq!(
            complete(&["--mode", "tat", "--role-arn", "cs", "tat", "run-c"]),
            ["run-command"]
        );
    }
}
