//! The built-in mock server (`sdk-mock`): `--mock` on any action, and `cloudcmd mock serve`.
//!
//! With `--mock`, the mock starts in this process on an ephemeral loopback port, serving only
//! the service being called and accepting exactly the key the CLI signs with: the configured
//! credentials, or the mock's demo key when none are configured. A region is filled in when
//! none is configured, so `cloudcmd --mock tat describe-invocations` works on a bare machine.

use std::io::Write;
use std::net::SocketAddr;

use clap::{Arg, ArgMatches, Command};
use sdk_mock::{demo, MockClock, MockCredentials, MockKey, MockOptions, MockServer, Scenario};
use sdk_runtime::{Config, Credentials};
use sdk_shape::{Protocol, ServiceShape};

use crate::config::Fallback;
use crate::exit::Failure;
use crate::language::{pick, say};
use crate::output::print;
use crate::services;

/// `cloudcmd mock serve [--listen ADDR] [--service NAME|all] [--scenario FILE] [--clock-speed N]`.
pub fn command() -> Command {
    Command::new("mock")
        .about(pick(
            "Run the mock server that answers every documented action",
            "运行模拟服务，应答每个有文档的接口",
        ))
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(
            Command::new("serve")
                .about(pick(
                    "Serve until Ctrl-C; prints the endpoint and the credentials it accepts",
                    "持续服务直到 Ctrl-C；打印接入点和它接受的凭证",
                ))
                .arg(
                    Arg::new("listen")
                        .long("listen")
                        .value_name("ADDR:PORT")
                        .default_value("127.0.0.1:0")
                        .help(pick(
                            "Address to listen on (port 0: any free port)",
                            "监听地址（端口 0：任一空闲端口）",
                        )),
                )
                .arg(
                    Arg::new("service")
                        .long("service")
                        .value_name("NAME")
                        .default_value("all")
                        // Checked when serving: a list of every service's name here would be
                        // built on every start, whatever the command.
                        .help(pick(
                            "Service to serve, by its command name (cloudcmd --help lists them), or all",
                            "提供的服务，按其命令名（cloudcmd --help 列出），或 all",
                        )),
                )
                .arg(
                    Arg::new("scenario")
                        .long("scenario")
                        .value_name("FILE")
                        .help(pick(
                            "JSON file saying which instances exist and how each runs commands (see the sdk_mock docs)",
                            "说明有哪些实例、各自如何运行命令的 JSON 文件（见 sdk_mock 文档）",
                        )),
                )
                .arg(
                    Arg::new("clock-speed")
                        .long("clock-speed")
                        .value_name("FACTOR")
                        .help(pick(
                            "Run the mock's clock FACTOR times faster than real time (commands finish, schedules fire sooner); default 1",
                            "模拟服务的时钟比真实时间快 FACTOR 倍（命令更早完成，定时更早触发）；默认 1",
                        )),
                ),
        )
}

/// `--clock-speed`: a finite factor from 0.001 to 1,000,000.
fn clock_speed(text: &str) -> Result<MockClock, Failure> {
    match text.parse::<f64>() {
        Ok(speed) if speed.is_finite() && (0.001..=1_000_000.0).contains(&speed) => {
            Ok(MockClock::scaled(speed))
        }
        _ => Err(Failure::usage(format!(
            "--clock-speed {text}: expected a number from 0.001 to 1000000"
        ))),
    }
}

/// The defaults `--mock` fills in for `service` when nothing is configured.
pub fn fallback(service: &ServiceShape) -> Fallback {
    let (credentials, region) = match service.protocol {
        Protocol::Tc3Json => (
            Credentials::new(demo::TENCENT_SECRET_ID, demo::TENCENT_SECRET_KEY),
            "ap-guangzhou",
        ),
        Protocol::Acs3Rpc | Protocol::Acs3Roa => (
            Credentials::new(demo::ALIBABA_ACCESS_KEY_ID, demo::ALIBABA_ACCESS_KEY_SECRET),
            "cn-hangzhou",
        ),
    };
    Fallback {
        credentials,
        region,
    }
}

/// Start the mock for one call of `service` (with the fleet of `scenario`, a file) and point
/// `config` at it.
pub async fn start_for(
    service: &'static ServiceShape,
    config: Config,
    scenario: Option<&str>,
) -> Result<(MockServer, Config), Failure> {
    let mut keys = Vec::new();
    if let Some(c) = config.credentials() {
        keys.push(MockKey::new(c.id(), c.secret()));
    }
    let mut options =
        MockOptions::serving(vec![service]).with_credentials(MockCredentials::Keys(keys));
    if let Some(path) = scenario {
        let fleet = Scenario::from_file(path)
            .map_err(|e| Failure::usage(format!("--mock-scenario {e}")))?;
        options = options.with_scenario(fleet);
    }
    let server = MockServer::start(options)
        .await
        .map_err(|e| Failure::transport(format!("--mock: cannot start the mock server: {e}")))?;
    let config = config.to_builder().endpoint(server.endpoint()).build();
    Ok((server, config))
}

/// `cloudcmd mock serve`.
pub fn serve(matches: &ArgMatches) -> Result<(), Failure> {
    let Some(("serve", matches)) = matches.subcommand() else {
        return Err(Failure::usage("mock: a subcommand is required (serve)"));
    };
    let listen = matches
        .get_one::<String>("listen")
        .map_or("127.0.0.1:0", String::as_str);
    let listen: SocketAddr = listen
        .parse()
        .map_err(|e| Failure::usage(format!("--listen {listen}: {e}")))?;
    let services: Vec<&'static ServiceShape> = match matches.get_one::<String>("service") {
        Some(name) if name != "all" => match services::service(name)? {
            Some(service) => vec![service],
            None => {
                return Err(Failure::usage(say!(
                    "mock serve --service {name}: no such service (cloudcmd --help lists them)",
                    "mock serve --service {name}：没有这个服务（cloudcmd --help 列出全部服务）"
                )))
            }
        },
        _ => services::all()?,
    };
    let scenario = match matches.get_one::<String>("scenario") {
        Some(path) => {
            Scenario::from_file(path).map_err(|e| Failure::usage(format!("--scenario {e}")))?
        }
        None => Scenario::default(),
    };
    let mut options = MockOptions::serving(services.clone())
        .with_listen(listen)
        .with_scenario(scenario);
    if let Some(text) = matches.get_one::<String>("clock-speed") {
        options = options.with_clock(clock_speed(text)?);
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::transport(format!("cannot start the async runtime: {e}")))?;
    runtime.block_on(async {
        let server = MockServer::start(options)
            .await
            .map_err(|e| Failure::usage(format!("--listen {listen}: {e}")))?;
        let endpoint = server.endpoint();
        let mut out = format!("listening on {endpoint}\n");
        // A whole catalogue is hundreds of services: one line each for the first of each
        // vendor (their keys are the vendor's), then the count.
        let many = services.len() > 3;
        let mut vendors = Vec::new();
        for service in &services {
            if many {
                if vendors.contains(&service.credentials.id_env) {
                    continue;
                }
                vendors.push(service.credentials.id_env);
            }
            out.push_str(&accepted_keys(service, &endpoint));
            out.push_str(&format!(
                "  try: cloudcmd --endpoint {endpoint} --region {} {} {} --help\n",
                fallback(service).region,
                services::command_of(service),
                service
                    .actions
                    .first()
                    .map_or(String::new(), |a| a.command.to_owned()),
            ));
        }
        if many {
            out.push_str(&format!(
                "serving {} services; every other service the same way (its own endpoint variable, or --endpoint {endpoint})\n",
                services.len()
            ));
        }
        out.push_str("Ctrl-C stops the server.\n");
        print(&out)?;
        let _ = std::io::stdout().flush();
        let _ = tokio::signal::ctrl_c().await;
        server.shutdown().await;
        Ok(())
    })
}

/// Which key the mock accepts for `service`: the one in the client's environment variables
/// when both are set (the mock's default), else the demo key.
fn accepted_keys(service: &ServiceShape, endpoint: &str) -> String {
    let sources = &service.credentials;
    let env = sdk_runtime::credentials::Environment::capture(sources);
    // What makes a client's `from_env()` call this mock: region and endpoint, and the keys
    // unless the environment already has some (the mock then accepts those).
    let mut exports = Vec::new();
    let keys = if env.id.is_some() && env.secret.is_some() {
        format!("the key in ${} / ${}", sources.id_env, sources.secret_env)
    } else {
        let demo = fallback(service).credentials;
        exports.push(format!("{}={}", sources.id_env, demo.id()));
        exports.push(format!("{}={}", sources.secret_env, demo.secret()));
        "the demo key".to_owned()
    };
    if let Some(region_env) = sources.region_env {
        exports.push(format!("{region_env}={}", fallback(service).region));
    }
    let [service_endpoint, _] = sdk_runtime::credentials::endpoint_vars(service);
    exports.push(format!("{service_endpoint}={endpoint}"));
    format!(
        "{}: accepts {keys}; for from_env(): export {}\n",
        service.name,
        exports.join(" ")
    )
}
