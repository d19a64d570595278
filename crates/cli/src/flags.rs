//! The CLI's own flags by id, and the flag name each request member gets.
//!
//! A leaf: the command tree defines these flags, and the request, configuration, output,
//! waiting and error modules read them or name them in messages.

use sdk_shape::MemberShape;

/// Argument ids of the CLI's own flags (request members use their wire names as ids, which
/// are PascalCase and so cannot collide with these lower-case ids).
pub mod ids {
    pub const REGION: &str = "region";
    pub const ENDPOINT: &str = "endpoint";
    pub const PROFILE: &str = "profile";
    pub const TIMEOUT: &str = "timeout";
    pub const MAX_ATTEMPTS: &str = "max-attempts";
    pub const DEBUG: &str = "debug";
    pub const MOCK: &str = "mock";
    pub const MOCK_SCENARIO: &str = "mock-scenario";
    pub const ALLOW_HTTP: &str = "allow-http";
    pub const OUTPUT: &str = "output";
    pub const QUERY: &str = "query";
    pub const INPUT_JSON: &str = "cli-input-json";
    pub const SKELETON: &str = "generate-cli-skeleton";
    pub const ALL: &str = "all";
    pub const DECODE: &str = "decode";
    pub const WAIT: &str = "wait";
    pub const MAX_WAIT: &str = "max-wait";
    pub const WAITER: &str = "waiter";
}

/// Flags the CLI itself owns. A request member whose flag would collide with one of these gets
/// a `-member` suffix instead, so a new documented member can never break the tree.
const RESERVED: &[&str] = &[
    "region",
    "endpoint",
    "profile",
    "timeout",
    "max-attempts",
    "debug",
    "mock",
    "mock-scenario",
    "output",
    "query",
    "cli-input-json",
    "generate-cli-skeleton",
    "all",
    "decode",
    "wait",
    "max-wait",
    "waiter",
    "help",
    "version",
];

/// The flag name of a member: its documented kebab-case name, unless the CLI owns that name.
pub fn flag_name(member: &MemberShape) -> String {
    if RESERVED.contains(&member.flag) {
        format!("{}-member", member.flag)
    } else {
        member.flag.to_owned()
    }
}
