//! A known secret and session token never show in anything the SDK prints: `Debug` of
//! credentials, configurations, clients and prepared requests, and `Display`/`Debug` of every
//! error a call can end with (invalid input, a service error from the mock, transport,
//! timeout, decode, configuration). The secret never goes on the wire either. The same for
//! the credential providers: instance roles and STS/OIDC roles holding fetched credentials,
//! and their failures.
//!
//! The CLI's `--debug` and error output, and the profile-permission warning, are checked over
//! the built binary in `crates/cli/tests/secrets.rs`.

use std::time::Duration;

use sdk_mock::{MockCredentials, MockKey, MockOptions, MockServer};
use sdk_runtime::{Config, ConfigError, Credentials, RateLimit, RetryConfig, SdkError};
use sdk_test_support::{Reply, TestServer, refused_url};

const ID: &str = "AKIDsecretstest";
const SECRET: &str = "SECRETNEVERSHOWN123";
const TOKEN: &str = "TOKENNEVERSHOWN456";

fn credentials() -> Credentials {
    Credentials::new(ID, SECRET).with_token(TOKEN)
}

fn config(url: &str, region: &str) -> Config {
    Config::builder()
        .credentials(credentials())
        .region(region)
        .endpoint(url)
        .timeout(Duration::from_millis(300))
        .retry(RetryConfig::disabled())
        .rate_limit(RateLimit::Off)
        .build()
}

/// Assert neither the secret nor the token is in `text`; `what` names the output.
#[track_caller]
fn clean(what: &str, text: &str) {
    assert!(!text.contains(SECRET), "{what} shows the secret: {text}");
    assert!(!text.contains(TOKEN), "{what} shows the token: {text}");
}

/// Every way an error prints: Display, Debug, alternate Debug, and its source chain.
#[track_caller]
fn clean_error<E: std::error::Error>(what: &str, e: &E) {
    clean(what, &e.to_string());
    clean(what, &format!("{e:?}"));
    clean(what, &format!("{e:#?}"));
    let mut source = e.source();
    while let Some(s) = source {
        clean(what, &s.to_string());
        clean(what, &format!("{s:?}"));
        source = s.source();
    }
}

#[test]
fn debug_of_credentials_configs_and_clients() {
    let c = credentials();
    clean("Credentials", &format!("{c:?} {c:#?}"));
    let builder = Config::builder()
        .credentials(c.clone())
        .region("ap-guangzhou");
    clean("ConfigBuilder", &format!("{builder:?}"));
    let config = builder.build();
    clean("Config", &format!("{config:?} {config:#?}"));
    let tat = tat_client::Client::new(config.clone()).unwrap();
    clean("tat_client::Client", &format!("{tat:?} {tat:#?}"));
    clean("ServiceClient", &format!("{:?}", tat.runtime()));
    let eflo = eflo_controller_client::Client::new(
        Config::builder()
            .credentials(c)
            .region("cn-hangzhou")
            .build(),
    )
    .unwrap();
    clean("eflo_controller_client::Client", &format!("{eflo:#?}"));
}

/// The prepared request of every action of every service: the documented request, else one
/// of the required members made from the shapes (`sdk_shape::sample`).
#[test]
fn debug_of_prepared_requests() {
    use sdk_shape::sample::{self, Fill};
    for service in sdk_tests::every_service() {
        let region = match service.protocol {
            sdk_shape::Protocol::Tc3Json => "ap-guangzhou",
            sdk_shape::Protocol::Acs3Rpc | sdk_shape::Protocol::Acs3Roa => "cn-hangzhou",
        };
        let client =
            sdk_runtime::ServiceClient::new(service, config("http://127.0.0.1:9", region)).unwrap();
        let mut checked = 0;
        for &action in service.actions {
            let request: serde_json::Value =
                match action.examples.iter().find(|e| !e.request.is_empty()) {
                    Some(example) => serde_json::from_str(example.request).unwrap(),
                    None => action
                        .input
                        .iter()
                        .filter(|m| m.required)
                        .filter_map(|m| {
                            Some((m.name.to_owned(), sample::member(m, Fill::Example)?))
                        })
                        .collect::<serde_json::Map<_, _>>()
                        .into(),
                };
            // A rule between members the made-up request does not meet: nothing to print.
            let Ok(prepared) = client.prepare(action, &request, 1_700_000_000, "n") else {
                continue;
            };
            clean(action.name, &format!("{prepared:?}"));
            clean(action.name, &format!("{prepared:#?}"));
            // The token is sent, as it must be; only its printing is redacted.
            assert!(prepared.headers.iter().any(|(_, v)| v == TOKEN));
            checked += 1;
        }
        assert!(checked > 0, "{}: a request that prepares", service.name);
    }
}

#[tokio::test]
async fn invalid_input_and_configuration_errors() {
    let tat = tat_client::Client::new(config("http://127.0.0.1:9", "ap-guangzhou")).unwrap();
    let err = tat.create_invoker().name("n").send().await.unwrap_err();
    assert!(matches!(err, SdkError::InvalidInput(_)), "{err:?}");
    clean_error("invalid input", &err);

    let err = tat_client::Client::new(config("http://192.0.2.1:80", "ap-guangzhou")).unwrap_err();
    assert!(
        matches!(err, ConfigError::InsecureEndpoint { .. }),
        "{err:?}"
    );
    clean_error("insecure endpoint", &err);
    let err = tat_client::Client::new(config("http://[::1", "ap-guangzhou")).unwrap_err();
    clean_error("invalid endpoint", &err);
    let err = eflo_controller_client::Client::new(
        Config::builder()
            .credentials(credentials())
            .region("cn hangzhou")
            .build(),
    )
    .unwrap_err();
    clean_error("invalid region", &err);
}

#[tokio::test]
async fn service_errors_from_the_mock() {
    // The mock knows the id with another secret: every signature is wrong.
    let server = MockServer::start(MockOptions::all_services().with_credentials(
        MockCredentials::Keys(vec![MockKey::new(ID, "another-secret")]),
    ))
    .await
    .unwrap();
    clean("MockServer", &format!("{server:?}"));
    let tat = tat_client::Client::new(config(&server.endpoint(), "ap-guangzhou")).unwrap();
    let err = tat
        .describe_invocations()
        .limit(1)
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(&err, SdkError::Service(e) if e.raw_code.starts_with("AuthFailure")),
        "{err:?}"
    );
    clean_error("tat service error", &err);
    let eflo =
        eflo_controller_client::Client::new(config(&server.endpoint(), "cn-hangzhou")).unwrap();
    let err = eflo
        .describe_invocations()
        .invoke_id("t-1")
        .send()
        .await
        .unwrap_err();
    assert!(matches!(&err, SdkError::Service(_)), "{err:?}");
    clean_error("eflo service error", &err);
    server.shutdown().await;

    // With the right secret, the mock's own validation errors.
    let server = MockServer::start(
        MockOptions::all_services()
            .with_credentials(MockCredentials::Keys(vec![MockKey::new(ID, SECRET)])),
    )
    .await
    .unwrap();
    clean("MockServer with the key", &format!("{server:?}"));
    let tat = tat_client::Client::new(config(&server.endpoint(), "ap-guangzhou")).unwrap();
    let answer = tat.describe_invocations().limit(1).send().await.unwrap();
    clean("answer", &format!("{answer:?}"));
    let err = tat
        .runtime()
        .send_json(
            tat_model::SERVICE.action("DescribeInvocations").unwrap(),
            serde_json::json!({"InvocationIds": ["not-an-id"]}),
        )
        .await;
    if let Err(err) = &err {
        clean_error("mock validation error", err);
    }
    server.shutdown().await;
}

/// Every byte a server received, as text.
fn wire(server: &TestServer) -> String {
    let raw: Vec<u8> = server.requests().into_iter().flat_map(|r| r.raw).collect();
    String::from_utf8_lossy(&raw).into_owned()
}

#[tokio::test]
async fn transport_timeout_and_decode_errors_and_the_wire() {
    // Transport: nothing listens.
    let closed = refused_url();
    let tat = tat_client::Client::new(config(&closed, "ap-guangzhou")).unwrap();
    let err = tat.describe_invocations().send().await.unwrap_err();
    assert!(matches!(err, SdkError::Transport(_)), "{err:?}");
    clean_error("transport", &err);

    // Timeout: the server never answers.
    let silent = TestServer::start(|_, _| Reply::Never).await;
    let tat = tat_client::Client::new(config(&silent.url, "ap-guangzhou")).unwrap();
    let err = tat.describe_invocations().send().await.unwrap_err();
    assert!(matches!(err, SdkError::Timeout(_)), "{err:?}");
    clean_error("timeout", &err);

    // Decode: a proxy's HTML page, for both protocols; the server sees what was sent.
    const HTML: &str = "HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: 20\r\nConnection: close\r\n\r\n<html>502</html>    ";
    let proxy = TestServer::start(|_, _| Reply::Raw(HTML.into())).await;
    let tat = tat_client::Client::new(config(&proxy.url, "ap-guangzhou")).unwrap();
    let err = tat.describe_invocations().send().await.unwrap_err();
    assert!(matches!(err, SdkError::Decode(_)), "{err:?}");
    clean_error("tat decode", &err);
    let eflo = eflo_controller_client::Client::new(config(&proxy.url, "cn-hangzhou")).unwrap();
    let err = eflo
        .describe_invocations()
        .invoke_id("t-1")
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, SdkError::Decode(_)), "{err:?}");
    clean_error("eflo decode", &err);
    let wire = wire(&proxy);
    assert!(wire.contains("POST / HTTP/1.1"), "{wire}");
    assert!(
        wire.contains(TOKEN),
        "the token is sent (x-tc-token / x-acs-security-token)"
    );
    assert!(
        !wire.contains(SECRET),
        "the secret never goes on the wire: {wire}"
    );
}

/// The instance-role, STS and OIDC providers: their `Debug` while holding fetched
/// credentials, the clients using them, and their failures (an answer cut short in the
/// middle of the secret, an OIDC token that could not be exchanged).
#[tokio::test]
async fn credential_providers_and_their_failures() {
    use sdk_runtime::SharedCredentialsProvider;
    use sdk_runtime::credentials::Environment;
    use sdk_runtime::credentials::metadata::InstanceRoleProvider;
    use sdk_runtime::credentials::sts::{AssumeRoleProvider, RoleSettings, Vendor};

    let answer: &'static str = Box::leak(
        format!(
            "{{\"TmpSecretId\":\"{ID}\",\"TmpSecretKey\":\"{SECRET}\",\"Token\":\"{TOKEN}\",\"ExpiredTime\":{},\"Code\":\"Success\"}}",
            sdk_runtime::clock::now_unix() + 3600
        )
        .into_boxed_str(),
    );
    let metadata = TestServer::start(move |_, _| Reply::json(answer)).await;
    let provider = InstanceRoleProvider::cvm(Some(&metadata.url), Some("role".into())).unwrap();
    let shared = SharedCredentialsProvider::new(provider);
    let server = MockServer::start(
        MockOptions::all_services()
            .with_credentials(MockCredentials::Keys(vec![MockKey::new(ID, SECRET)])),
    )
    .await
    .unwrap();
    let config = Config::builder()
        .credentials_provider(shared.clone())
        .region("ap-guangzhou")
        .endpoint(server.endpoint())
        .build();
    let tat = tat_client::Client::new(config.clone()).unwrap();
    tat.describe_invocations().limit(1).send().await.unwrap();
    clean(
        "a provider holding credentials",
        &format!("{shared:?} {shared:#?}"),
    );
    clean(
        "a config with a provider",
        &format!("{config:?} {config:#?}"),
    );
    clean(
        "a client with fetched credentials",
        &format!("{tat:?} {tat:#?}"),
    );
    server.shutdown().await;

    // An answer cut inside the secret.
    let broken = TestServer::start(|_, _| {
        Reply::json("{\"TmpSecretId\":\"AKIDsecretstest\",\"TmpSecretKey\":\"SECRETNEVERSH")
    })
    .await;
    let provider = InstanceRoleProvider::cvm(Some(&broken.url), Some("role".into())).unwrap();
    let tat = tat_client::Client::new(
        Config::builder()
            .credentials_provider(SharedCredentialsProvider::new(provider))
            .region("ap-guangzhou")
            .endpoint("http://127.0.0.1:9")
            .build(),
    )
    .unwrap();
    let err = tat.describe_invocations().send().await.unwrap_err();
    assert!(
        matches!(err, SdkError::Config(ConfigError::Credentials(_))),
        "{err:?}"
    );
    assert!(!err.to_string().contains("SECRETNEVERSH"), "{err}");
    clean_error("a metadata answer cut short", &err);

    // An OIDC token that STS refuses, and a chain that fails with it.
    let dir = std::env::temp_dir().join(format!("secrets-oidc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let token_file = dir.join("token");
    std::fs::write(&token_file, TOKEN).unwrap();
    let sts = TestServer::start(|_, _| {
        Reply::json(
            r#"{"Response":{"Error":{"Code":"InvalidParameter.WebIdentityToken","Message":"no"},"RequestId":"r"}}"#,
        )
    })
    .await;
    let oidc = AssumeRoleProvider::oidc(
        Vendor::Tencent,
        "provider".into(),
        token_file.clone(),
        RoleSettings {
            role_arn: "qcs::cam::uin/1:roleName/r".into(),
            session_name: None,
            duration_seconds: None,
            endpoint: Some(sts.url.clone()),
            region: Some("ap-guangzhou".into()),
        },
    )
    .unwrap();
    clean("an OIDC provider", &format!("{oidc:?}"));
    let shared = SharedCredentialsProvider::new(oidc);
    let err = shared.provide().await.unwrap_err();
    assert!(
        err.message.contains("InvalidParameter.WebIdentityToken"),
        "{err}"
    );
    clean_error("an OIDC exchange refused", &err);
    assert!(wire(&sts).contains(TOKEN), "the token was sent");
    let env = Environment {
        home: Some(dir.clone()),
        ..Environment::default()
    }
    .with_var("TKE_REGION", "ap-guangzhou")
    .with_var("TKE_PROVIDER_ID", "provider")
    .with_var("TKE_WEB_IDENTITY_TOKEN_FILE", token_file.to_str().unwrap())
    .with_var("TKE_ROLE_ARN", "qcs::cam::uin/1:roleName/r")
    .with_var("TENCENTCLOUD_STS_ENDPOINT", &sts.url)
    .with_var("TENCENTCLOUD_METADATA_ENDPOINT", "http://127.0.0.1:9");
    clean("an environment", &format!("{env:?}"));
    let config = Config::from_environment(&tat_model::SERVICE, env)
        .unwrap()
        .to_builder()
        .region("ap-guangzhou")
        .endpoint("http://127.0.0.1:9")
        .build();
    let err = tat_client::Client::new(config)
        .unwrap()
        .describe_invocations()
        .send()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("tried 4"), "{err}");
    clean_error("the Tencent chain failing", &err);
    let _ = std::fs::remove_dir_all(&dir);
}
