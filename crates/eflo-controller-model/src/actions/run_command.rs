// @generated from spec/eflo-controller/2022-12-15/actions/RunCommand.json by `cargo xtask codegen`; do not edit.
//! The `RunCommand` action:

/// Marker type tying the request and response of `RunCommand` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct RunCommand;

impl sdk_shape::Action for RunCommand {
    type Request = RunCommandRequest;
    type Response = RunCommandResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `RunCommand`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct RunCommandRequest {
    /// The client token to ensure the idempotency of the request. Use your client to generate the token that is unique among requests. The token can contain only ASCII characters and cannot exceed 64 characters in length. For more information, see "How to ensure idempotence".
    ///
    /// Wire name: `ClientToken`.
    #[serde(rename = "ClientToken", default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
    /// The command content. Take note of the following:
    ///
    /// - When `EnableParameter` is set to true, you can use custom parameters in the command.
    /// - Define custom parameters in the {{}} format. Within `{{}}`, the spaces and line feeds before and after the parameter names are ignored.
    /// - You can specify up to 20 custom parameters.
    /// - A custom parameter name can contain only letters, digits, underscores (\_), and hyphens (-). The name is not case-sensitive.
    /// - Each custom parameter name is up to 64 bytes in length.
    ///
    /// Wire name: `CommandContent`.
    #[serde(rename = "CommandContent", default, skip_serializing_if = "Option::is_none")]
    pub command_content: Option<String>,
    /// The ID of the command.
    ///
    /// Wire name: `CommandId`.
    #[serde(rename = "CommandId", default, skip_serializing_if = "Option::is_none")]
    pub command_id: Option<String>,
    /// The encoding mode of the command content. Valid values:
    ///
    /// - PlainText
    /// - Base64
    ///
    /// Default value: PlainText. If the specified value of this parameter is invalid, PlainText is used by default.
    ///
    /// Default: `"PlainText"`.
    ///
    /// Wire name: `ContentEncoding`.
    #[serde(
        rename = "ContentEncoding",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub content_encoding: Option<String>,
    /// The command description.
    ///
    /// Wire name: `Description`.
    #[serde(rename = "Description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Specifies whether to use custom parameters in the command.
    ///
    /// Default value: false.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `EnableParameter`.
    #[serde(
        rename = "EnableParameter",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_parameter: Option<bool>,
    /// The schedule to run the command. Supported schedule types: at a fixed interval based on a rate expression, run only once at a specific time, or run at specific times based on a cron expression.
    ///
    /// - To run the command at a fixed interval, use a rate expression to specify the interval. The interval can be in seconds, minutes, hours, or days. This option is suitable for scenarios in which tasks need to be executed at a fixed interval. Format: rate(\\\<Execution interval value> \\\<Execution interval unit>). For example, rate(5m) means to run the command every 5 minutes. When you specify an interval, take note of the following limits:
    ///
    ///   - The interval can be anywhere from 60 seconds to 7 days, but must be longer than the timeout period of the scheduled task.
    ///   - The interval is the time between two consecutive executions, irrelevant of the time required to run the command. For example, assume that you set the interval to 5 minutes and that it takes 2 minutes to run the command each time. The system waits 3 minutes before running the command again.
    ///   - The command is not immediately executed after the task is created. For example, assume that you set the interval to 5 minutes. The task begins to be executed 5 minutes after it is created.
    ///
    /// - To run a command only once at a specific point in time, specify a point in time and a time zone. Format: at(yyyy-MM-dd HH:mm:ss \\\<Time zone>). If you do not specify a time zone, the Coordinated Universal Time (UTC) time zone is used by default. The time zone name supports the following formats: Full name, such as Asia/Shanghai and America/Los_Angeles. The time offset from GMT. Examples: GMT+8:00 (UTC+8) and GMT-7:00 (UTC-7). If you use the GMT format, you cannot add leading zeros to the hour value. The time zone abbreviation. Only UTC is supported. For example, to configure a command to run only once at 13:15:30 on June 6, 2022 (Shanghai time), set the time to at(2022-06-06 13:15:30 Asia/Shanghai). To configure a command to run only once at 13:15:30 on June 6, 2022 (UTC-7), set the time to at(2022-06-06 13:15:30 GMT-7:00).
    ///
    /// - To run a command at designated points in time, use a cron expression to define the schedule. Format: \\\<Cron expression> \\\<Time zone>. Example: \\\<Seconds> \\\<Minutes> \\\<Hours> \\\<Day of the month> \\\<Month> \\\<Day of the week> \\\<Year (optional)> \\\<Time zone>. The system calculates the execution times of the command based on the specified cron expression and time zone and runs the command as scheduled. If you do not specify a time zone, the system time zone of the instance is used by default. For more information, see Cron expressions. The time zone name supports the following formats:
    ///
    ///   - Full name, such as Asia/Shanghai and America/Los_Angeles.
    ///   - The time offset from GMT. Examples: GMT+8:00 (UTC+8) and GMT-7:00 (UTC-7). If you use the GMT format, you cannot add leading zeros to the hour value.
    ///   - The time zone abbreviation. Only UTC is supported.
    ///
    /// For example, if you specify a command to run at 10:15:00 every day in 2022 in China/Shanghai time, set the time to 0 15 10 ? \* \* 2022 Asia/Shanghai. To configure a command to run every half an hour from 10:00:00 to 11:30:00 every day in 2022 (UTC+8), set the schedule to 0 0/30 10-11 \* \* ? 2022 GMT+8:00. To configure a command to run every 5 minutes from 14:00:00 to 14:55:00 every October every two years from 2022 in UTC, set the schedule to 0 0/5 14 \* 10 ? 2022/2 UTC.
    ///
    /// Wire name: `Frequency`.
    #[serde(rename = "Frequency", default, skip_serializing_if = "Option::is_none")]
    pub frequency: Option<String>,
    /// The launcher for script execution. Cannot exceed 1 KB.
    ///
    /// Wire name: `Launcher`.
    #[serde(rename = "Launcher", default, skip_serializing_if = "Option::is_none")]
    pub launcher: Option<String>,
    /// The command name.
    ///
    /// Wire name: `Name`.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The node list.
    ///
    /// Wire name: `NodeIdList`.
    #[serde(rename = "NodeIdList", default, skip_serializing_if = "Option::is_none")]
    pub node_id_list: Option<Vec<String>>,
    /// The key-value pairs of custom parameters to pass in when the command includes custom parameters. For example, the command content is `echo {{name}}`. You can use `Parameters` to pass in the `{"name":"Jack"}` key-value pair. The `name` key of the custom parameter is automatically replaced by the paired Jack value to generate a new command. As a result, the `echo Jack` command is run.
    ///
    /// You can specify 0 to 10 custom parameters. Take note of the following:
    ///
    /// - The key of a custom parameter can be up to 64 characters in length, and cannot be an empty string.
    /// - The value of a custom parameter can be an empty string.
    /// - If you want to retain a command, make sure that the command after Base64 encoding, including custom parameters and original command content, does not exceed 18 KB in size. If you do not want to retain the command, make sure that the command after Base64 encoding does not exceed 24 KB in size. You can set `KeepCommand` to specify whether to retain the command.
    /// - The specified custom parameter names must be included in the custom parameter names that you specify when you create the command. You can use empty strings to represent the parameters that are not passed in.
    ///
    /// This parameter is left empty by default, which indicates that the custom parameter feature is disabled.
    ///
    /// Wire name: `Parameters`.
    #[serde(rename = "Parameters", default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<serde_json::Value>,
    /// The mode to run the command. Valid values:
    ///
    /// - Once: runs the command immediately.
    /// - Period: runs the command based on a schedule. When set to `Period`, `Frequency` is required.
    /// - NextRebootOnly: runs the command the next time the instances is started.
    /// - EveryReboot: runs the command every time the instance is started.
    ///
    /// Default value:
    ///
    /// - If you do not specify `Frequency`, the default value is `Once`.
    /// - If you specify `Frequency`, [RepeatMode](crate::types::RepeatMode) is set to `Period` regardless of whether a value is already specified.
    ///
    /// Default: `"Once"`.
    ///
    /// Wire name: `RepeatMode`.
    #[serde(rename = "RepeatMode", default, skip_serializing_if = "Option::is_none")]
    pub repeat_mode: Option<String>,
    /// Indicates how the command task is stopped when a command execution is manually stopped or times out. Valid values:
    ///
    /// Process: The process of the command is stopped. ProcessTree: The process tree of the command is stopped. In this case, the process of the command and all subprocesses are stopped.
    ///
    /// Wire name: `TerminationMode`.
    #[serde(
        rename = "TerminationMode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub termination_mode: Option<String>,
    /// The timeout period for the command. Unit: seconds. A timeout error occurs if the command cannot be run because the process slows down or because a specific module or Cloud Assistant Agent does not exist. When the specified timeout period ends, the command process is forcefully terminated. Default value: 60.
    ///
    /// Default: `60`.
    ///
    /// Wire name: `Timeout`.
    #[serde(rename = "Timeout", default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<i64>,
    /// The username that you use to run the command. The name can be up to 255 characters in length. For Linux instances, the root user is used by default.
    ///
    /// Wire name: `Username`.
    #[serde(rename = "Username", default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// The working path of the command. You can specify a custom path. Default path:
    ///
    /// Linux instances: By default, the path is in the /home directory of the root user.
    ///
    /// Wire name: `WorkingDir`.
    #[serde(rename = "WorkingDir", default, skip_serializing_if = "Option::is_none")]
    pub working_dir: Option<String>,
}

/// Response of `RunCommand`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct RunCommandResponse {
    /// The ID of the execution.
    ///
    /// Wire name: `InvokeId`.
    #[serde(rename = "InvokeId", default, skip_serializing_if = "Option::is_none")]
    pub invoke_id: Option<String>,
    /// Id of the request
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl RunCommandResponse {
    /// The ID of the execution (`InvokeId`).
    pub fn invoke_id(&self) -> Option<&str> {
        self.invoke_id.as_deref()
    }

    /// Id of the request (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "RunCommand",
    command: "run-command",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "ClientToken",
            flag: "client-token",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The client token to ensure the idempotency of the request. Use your client to generate the token that is unique among requests. The token can contain only ASCII characters and cannot exceed 64 characters in length. For more information, see \"How to ensure idempotence\".",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CommandContent",
            flag: "command-content",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The command content. Take note of the following:\n\n- When `EnableParameter` is set to true, you can use custom parameters in the command.\n- Define custom parameters in the {{}} format. Within `{{}}`, the spaces and line feeds before and after the parameter names are ignored.\n- You can specify up to 20 custom parameters.\n- A custom parameter name can contain only letters, digits, underscores (\\_), and hyphens (-). The name is not case-sensitive.\n- Each custom parameter name is up to 64 bytes in length.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CommandId",
            flag: "command-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the command."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ContentEncoding",
            flag: "content-encoding",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The encoding mode of the command content. Valid values:\n\n- PlainText\n- Base64\n\nDefault value: PlainText. If the specified value of this parameter is invalid, PlainText is used by default.",
            ),
            default: Some("\"PlainText\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Description",
            flag: "description",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The command description."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "EnableParameter",
            flag: "enable-parameter",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to use custom parameters in the command.\n\nDefault value: false.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Frequency",
            flag: "frequency",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The schedule to run the command. Supported schedule types: at a fixed interval based on a rate expression, run only once at a specific time, or run at specific times based on a cron expression.\n\n- To run the command at a fixed interval, use a rate expression to specify the interval. The interval can be in seconds, minutes, hours, or days. This option is suitable for scenarios in which tasks need to be executed at a fixed interval. Format: rate(\\\\\\<Execution interval value> \\\\\\<Execution interval unit>). For example, rate(5m) means to run the command every 5 minutes. When you specify an interval, take note of the following limits:\n\n  - The interval can be anywhere from 60 seconds to 7 days, but must be longer than the timeout period of the scheduled task.\n  - The interval is the time between two consecutive executions, irrelevant of the time required to run the command. For example, assume that you set the interval to 5 minutes and that it takes 2 minutes to run the command each time. The system waits 3 minutes before running the command again.\n  - The command is not immediately executed after the task is created. For example, assume that you set the interval to 5 minutes. The task begins to be executed 5 minutes after it is created.\n\n- To run a command only once at a specific point in time, specify a point in time and a time zone. Format: at(yyyy-MM-dd HH:mm:ss \\\\\\<Time zone>). If you do not specify a time zone, the Coordinated Universal Time (UTC) time zone is used by default. The time zone name supports the following formats: Full name, such as Asia/Shanghai and America/Los_Angeles. The time offset from GMT. Examples: GMT+8:00 (UTC+8) and GMT-7:00 (UTC-7). If you use the GMT format, you cannot add leading zeros to the hour value. The time zone abbreviation. Only UTC is supported. For example, to configure a command to run only once at 13:15:30 on June 6, 2022 (Shanghai time), set the time to at(2022-06-06 13:15:30 Asia/Shanghai). To configure a command to run only once at 13:15:30 on June 6, 2022 (UTC-7), set the time to at(2022-06-06 13:15:30 GMT-7:00).\n\n- To run a command at designated points in time, use a cron expression to define the schedule. Format: \\\\\\<Cron expression> \\\\\\<Time zone>. Example: \\\\\\<Seconds> \\\\\\<Minutes> \\\\\\<Hours> \\\\\\<Day of the month> \\\\\\<Month> \\\\\\<Day of the week> \\\\\\<Year (optional)> \\\\\\<Time zone>. The system calculates the execution times of the command based on the specified cron expression and time zone and runs the command as scheduled. If you do not specify a time zone, the system time zone of the instance is used by default. For more information, see Cron expressions. The time zone name supports the following formats:\n\n  - Full name, such as Asia/Shanghai and America/Los_Angeles.\n  - The time offset from GMT. Examples: GMT+8:00 (UTC+8) and GMT-7:00 (UTC-7). If you use the GMT format, you cannot add leading zeros to the hour value.\n  - The time zone abbreviation. Only UTC is supported.\n\nFor example, if you specify a command to run at 10:15:00 every day in 2022 in China/Shanghai time, set the time to 0 15 10 ? \\* \\* 2022 Asia/Shanghai. To configure a command to run every half an hour from 10:00:00 to 11:30:00 every day in 2022 (UTC+8), set the schedule to 0 0/30 10-11 \\* \\* ? 2022 GMT+8:00. To configure a command to run every 5 minutes from 14:00:00 to 14:55:00 every October every two years from 2022 in UTC, set the schedule to 0 0/5 14 \\* 10 ? 2022/2 UTC.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Launcher",
            flag: "launcher",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The launcher for script execution. Cannot exceed 1 KB.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The command name."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeIdList",
            flag: "node-id-list",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node list."),
            list: true,
            style: Some(sdk_shape::Style::Json),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Parameters",
            flag: "parameters",
            kind: sdk_shape::Kind::Json,
            description: sdk_shape::Text::en(
                "The key-value pairs of custom parameters to pass in when the command includes custom parameters. For example, the command content is `echo {{name}}`. You can use `Parameters` to pass in the `{\"name\":\"Jack\"}` key-value pair. The `name` key of the custom parameter is automatically replaced by the paired Jack value to generate a new command. As a result, the `echo Jack` command is run.\n\nYou can specify 0 to 10 custom parameters. Take note of the following:\n\n- The key of a custom parameter can be up to 64 characters in length, and cannot be an empty string.\n- The value of a custom parameter can be an empty string.\n- If you want to retain a command, make sure that the command after Base64 encoding, including custom parameters and original command content, does not exceed 18 KB in size. If you do not want to retain the command, make sure that the command after Base64 encoding does not exceed 24 KB in size. You can set `KeepCommand` to specify whether to retain the command.\n- The specified custom parameter names must be included in the custom parameter names that you specify when you create the command. You can use empty strings to represent the parameters that are not passed in.\n\nThis parameter is left empty by default, which indicates that the custom parameter feature is disabled.",
            ),
            style: Some(sdk_shape::Style::Json),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "RepeatMode",
            flag: "repeat-mode",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The mode to run the command. Valid values:\n\n- Once: runs the command immediately.\n- Period: runs the command based on a schedule. When set to `Period`, `Frequency` is required.\n- NextRebootOnly: runs the command the next time the instances is started.\n- EveryReboot: runs the command every time the instance is started.\n\nDefault value:\n\n- If you do not specify `Frequency`, the default value is `Once`.\n- If you specify `Frequency`, RepeatMode is set to `Period` regardless of whether a value is already specified.",
            ),
            default: Some("\"Once\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TerminationMode",
            flag: "termination-mode",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "Indicates how the command task is stopped when a command execution is manually stopped or times out. Valid values:\n\nProcess: The process of the command is stopped. ProcessTree: The process tree of the command is stopped. In this case, the process of the command and all subprocesses are stopped.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Timeout",
            flag: "timeout",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The timeout period for the command. Unit: seconds. A timeout error occurs if the command cannot be run because the process slows down or because a specific module or Cloud Assistant Agent does not exist. When the specified timeout period ends, the command process is forcefully terminated. Default value: 60.",
            ),
            default: Some("60"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Username",
            flag: "username",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The username that you use to run the command. The name can be up to 255 characters in length. For Linux instances, the root user is used by default.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "WorkingDir",
            flag: "working-dir",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The working path of the command. You can specify a custom path. Default path:\n\nLinux instances: By default, the path is in the /home directory of the root user.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "InvokeId",
            flag: "invoke-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the execution."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "RequestId",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("Id of the request"),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
    errors: &[],
    examples: &[],
    pagination: None,
    http: Some(
        &sdk_shape::HttpBinding {
            method: "POST",
            path: "/",
            body: sdk_shape::BodyEncoding::Form,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
