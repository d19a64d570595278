//! The CLI's own flags by id, and the flag name each request member gets.
//!
//! A leaf: the command tree defines these flags, and the request, configuration, output,
//! waiting and error modules read them or name them in messages.

use sdk_shape::MemberShape;

/// Defines each id as a constant and [`ids::EVERY`] from the same list, so a flag added here is
/// reserved without a second edit (a hand-kept copy once lacked `allow-http`).
macro_rules! flag_ids {
    ($($name:ident = $id:literal;)*) => {
        $(pub const $name: &str = $id;)*

        /// Every id above, in order.
        pub const EVERY: &[&str] = &[$($name),*];
    };
}

/// Argument ids of the CLI's own flags, which are also their long names (request members use
/// their wire names as ids, which are PascalCase and so cannot collide with these lower-case
/// ids).
pub mod ids {
    flag_ids! {
        REGION = "region";
        ENDPOINT = "endpoint";
        PROFILE = "profile";
        LANGUAGE = "language";
        TIMEOUT = "timeout";
        MAX_ATTEMPTS = "max-attempts";
        DEBUG = "debug";
        MOCK = "mock";
        MOCK_SCENARIO = "mock-scenario";
        ALLOW_HTTP = "allow-http";
        USE_CVM_ROLE = "use-cvm-role";
        MODE = "mode";
        ROLE_ARN = "role-arn";
        ROLE_SESSION_NAME = "role-session-name";
        OUTPUT = "output";
        QUERY = "query";
        INPUT_JSON = "cli-input-json";
        SKELETON = "generate-cli-skeleton";
        ALL = "all";
        DECODE = "decode";
        WAIT = "wait";
        MAX_WAIT = "max-wait";
        WAITER = "waiter";
    }
}

/// The flags clap adds to every command.
const CLAP_FLAGS: &[&str] = &["help", "version"];

/// Other spellings of the CLI's own flags (aliyun's `--ram-role-arn` for `--role-arn`).
pub const ALIASES: &[&str] = &["ram-role-arn"];

/// Whether the CLI owns the flag `--{flag}`: one of its own ([`ids::EVERY`], [`ALIASES`]) or
/// clap's.
pub fn is_reserved(flag: &str) -> bool {
    ids::EVERY.contains(&flag) || ALIASES.contains(&flag) || CLAP_FLAGS.contains(&flag)
}

/// The clap id of a member's flag: its wire name in a namespace of its own, since a wire name
/// may equal one of the CLI's own ids (Alibaba's ROA members are lower-case: `region`,
/// `output`, `query`).
pub fn member_id(member: &MemberShape) -> String {
    format!("member:{}", member.name)
}

/// The flag name of a member: its documented kebab-case name, unless the CLI owns that name;
/// then it gets a `-member` suffix, so a new documented member can never break the tree.
pub fn flag_name(member: &MemberShape) -> String {
    if is_reserved(member.flag) {
        format!("{}-member", member.flag)
    } else {
        member.flag.to_owned()
    }
}

/// Whether `word` as typed (`--long`, or `-s`) names `arg`.
pub fn names(arg: &clap::Arg, word: &str) -> bool {
    word.strip_prefix("--") == arg.get_long()
        || (word.len() == 2
            && word.strip_prefix('-').and_then(|c| c.chars().next()) == arg.get_short())
}

/// Whether `word` is one of `args` that takes its value in the next word (not `--x=v`): the
/// words a command line's service, action or completion is looked for among skip it.
pub fn takes_value<'a>(mut args: impl Iterator<Item = &'a clap::Arg>, word: &str) -> bool {
    !word.contains('=') && args.any(|a| a.get_action().takes_values() && names(a, word))
}
