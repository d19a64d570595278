//! The STS role providers and the vendors' default chains, end to end through a client,
//! against loopback servers playing the metadata services, STS and the APIs.

use crate::common::metadata::*;
use crate::common::*;
use sdk_runtime::clock;
use sdk_runtime::credentials::chain::{default_chain, ChainSettings};
use sdk_runtime::credentials::sts::{AssumeRoleProvider, RoleSettings, Vendor};
use sdk_runtime::credentials::{Environment, ProvideCredentials, StaticProvider, Unavailable};
use sdk_runtime::{
    Config, ConfigError, Credentials, SdkError, ServiceClient, SharedCredentialsProvider,
};
use serde_json::json;

#[tokio::test]
async fn a_chain_that_finds_nothing_lists_every_provider_and_why() {
    let (_home, env) = empty_home();
    let closed = refused_url();
    let config = Config::from_environment(&TAT, env)
        .unwrap()
        .to_builder()
        .metadata_endpoint(&closed)
        .endpoint(&closed)
        .region("ap-guangzhou")
        .build();
    let err = ServiceClient::new(&TAT, config)
        .unwrap()
        .send_json(&DESCRIBE_INVOCATIONS, json!({}))
        .await
        .unwrap_err();
    let SdkError::Config(ConfigError::Credentials(e)) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(e.provider, "tencent-default-chain");
    let text = err.to_string();
    for part in [
        "tried 4",
        "environment: $TENCENTCLOUD_SECRET_ID and $TENCENTCLOUD_SECRET_KEY are not both set",
        "profile: ",
        ".tencentcloud/credentials does not exist",
        "cvm-role: GET ",
        "could not connect",
        "tke-oidc: $TKE_REGION is not set",
    ] {
        assert!(text.contains(part), "{part:?} missing from: {text}");
    }
}

/// One server playing the metadata service (GET/PUT) and the API (POST /).
fn cloud(
    metadata: fn(&Recorded, usize) -> Reply,
) -> impl Fn(&Recorded, usize) -> Reply + Send + Sync {
    move |r, i| {
        if r.method == "POST" {
            Reply::json(
                r#"{"Response":{"TotalCount":0,"InvocationSet":[],"RequestId":"r-1"},"RequestId":"r-1"}"#,
            )
        } else {
            metadata(r, i)
        }
    }
}

fn cvm_fixed(r: &Recorded, i: usize) -> Reply {
    cvm(3600)(r, i)
}

#[tokio::test]
async fn the_tencent_chain_signs_with_the_cvm_role() {
    let (_home, env) = empty_home();
    let server = TestServer::start(cloud(cvm_fixed)).await;
    let config = Config::from_environment(
        &TAT,
        env.with_var("TENCENTCLOUD_METADATA_ENDPOINT", &server.url),
    )
    .unwrap()
    .to_builder()
    .endpoint(&server.url)
    .region("ap-guangzhou")
    .build();
    let client = ServiceClient::new(&TAT, config).unwrap();
    client
        .send_json(&DESCRIBE_INVOCATIONS, json!({}))
        .await
        .unwrap();
    client
        .send_json(&DESCRIBE_INVOCATIONS, json!({}))
        .await
        .unwrap();
    let posts: Vec<_> = server
        .requests()
        .into_iter()
        .filter(|r| r.method == "POST")
        .collect();
    assert_eq!(
        (server.count(), posts.len()),
        (4, 2),
        "credentials fetched once"
    );
    for r in &posts {
        assert!(r
            .header("authorization")
            .unwrap()
            .contains("Credential=AKIDtmp/"));
        assert_eq!(r.header("x-tc-token"), Some(TMP_TOKEN));
    }
    clean("a client with fetched credentials", &format!("{client:?}"));
}

#[tokio::test]
async fn the_alibaba_chain_follows_an_ecs_ram_role_profile() {
    let (home, env) = empty_home();
    home.write(
        ".aliyun/config.json",
        r#"{"current":"ecs","profiles":[{"name":"ecs","mode":"EcsRamRole","ram_role_name":"EcsRole","region_id":"cn-hangzhou"}]}"#,
    );
    let server = TestServer::start(|r: &Recorded, i| {
        if r.method == "POST" {
            Reply::json(r#"{"RequestId":"r-1","Invocations":{"Invocation":[]}}"#)
        } else {
            ecs_hardened(r, i)
        }
    })
    .await;
    let config = Config::from_environment(&EFLO, env)
        .unwrap()
        .to_builder()
        .metadata_endpoint(&server.url)
        .endpoint(&server.url)
        .build();
    assert_eq!(config.region(), Some("cn-hangzhou"));
    let client = ServiceClient::new(&EFLO, config).unwrap();
    client
        .send_json(&EFLO_DESCRIBE_INVOCATIONS, json!({"InvokeId": "t-1"}))
        .await
        .unwrap();
    let post = server
        .requests()
        .into_iter()
        .find(|r| r.method == "POST")
        .unwrap();
    assert!(post
        .header("authorization")
        .unwrap()
        .contains("Credential=STS.tmp,"));
    assert_eq!(post.header("x-acs-security-token"), Some(TMP_TOKEN));
}

fn sts_settings(url: &str) -> RoleSettings {
    RoleSettings {
        role_arn: "qcs::cam::uin/100:roleName/deploy".into(),
        session_name: Some("deploy-1".into()),
        duration_seconds: Some(900),
        endpoint: Some(url.to_owned()),
        region: Some("ap-guangzhou".into()),
    }
}

#[tokio::test]
async fn tencent_assume_role_is_a_signed_sts_call_with_the_wrapped_credentials() {
    let server = TestServer::start(|_: &Recorded, _| {
        Reply::json(
            json!({"Response": {
                "Credentials": {"Token": TMP_TOKEN, "TmpSecretId": "AKIDrole", "TmpSecretKey": TMP_SECRET},
                "ExpiredTime": clock::now_unix() + 900, "Expiration": "x", "RequestId": "r-sts"}})
            .to_string(),
        )
    })
    .await;
    let base = SharedCredentialsProvider::new(StaticProvider::new(
        "base",
        Credentials::new("AKIDbase", SECRET),
    ));
    let p =
        AssumeRoleProvider::assume_role(Vendor::Tencent, base, sts_settings(&server.url)).unwrap();
    let c = p.provide().await.unwrap();
    assert_eq!((c.id(), c.token()), ("AKIDrole", Some(TMP_TOKEN)));
    p.provide().await.unwrap();
    let requests = server.requests();
    assert_eq!(requests.len(), 1, "cached");
    let r = &requests[0];
    assert_eq!(r.header("x-tc-action"), Some("AssumeRole"));
    assert_eq!(r.header("x-tc-version"), Some("2018-08-13"));
    assert_eq!(r.header("x-tc-region"), Some("ap-guangzhou"));
    let auth = r.header("authorization").unwrap();
    assert!(
        auth.starts_with("TC3-HMAC-SHA256 Credential=AKIDbase/")
            && auth.contains("/sts/tc3_request"),
        "{auth}"
    );
    let body: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
    assert_eq!(
        body,
        json!({"RoleArn": "qcs::cam::uin/100:roleName/deploy", "RoleSessionName": "deploy-1", "DurationSeconds": 900})
    );
    clean("an assume-role provider", &format!("{p:?} {p:#?}"));
}

#[tokio::test]
async fn sts_errors_name_the_provider_the_action_and_the_code() {
    let server = TestServer::start(|_: &Recorded, _| {
        Reply::json(r#"{"Response":{"Error":{"Code":"InvalidParameter.RoleArn","Message":"no such role"},"RequestId":"r"}}"#)
    })
    .await;
    let base = SharedCredentialsProvider::new(StaticProvider::new(
        "base",
        Credentials::new("AKIDbase", SECRET),
    ));
    let p =
        AssumeRoleProvider::assume_role(Vendor::Tencent, base, sts_settings(&server.url)).unwrap();
    let e = p.provide().await.unwrap_err();
    assert_eq!(e.provider, "sts-assume-role");
    assert!(
        e.message
            .starts_with("Tencent STS AssumeRole: InvalidParameter.RoleArn: no such role"),
        "{e}"
    );
}

#[tokio::test]
async fn tke_oidc_exchanges_the_token_file_unsigned() {
    let (home, env) = empty_home();
    let token = token_file(&home);
    let server = TestServer::start(|r: &Recorded, _| {
        if r.header("x-tc-action") == Some("AssumeRoleWithWebIdentity") {
            Reply::json(
                json!({"Response": {"Credentials": {"Token": TMP_TOKEN, "TmpSecretId": "AKIDoidc", "TmpSecretKey": TMP_SECRET},
                    "ExpiredTime": clock::now_unix() + 7200, "RequestId": "r-sts"}})
                .to_string(),
            )
        } else if r.method == "POST" {
            Reply::json(r#"{"Response":{"TotalCount":0,"InvocationSet":[],"RequestId":"r-1"}}"#)
        } else {
            status(404) // no CVM here
        }
    })
    .await;
    let env = env
        .with_var("TKE_REGION", "ap-shanghai")
        .with_var("TKE_PROVIDER_ID", "tke-provider")
        .with_var("TKE_WEB_IDENTITY_TOKEN_FILE", token.to_str().unwrap())
        .with_var("TKE_ROLE_ARN", "qcs::cam::uin/100:roleName/pod")
        .with_var("TENCENTCLOUD_STS_ENDPOINT", &server.url);
    let config = Config::from_environment(&TAT, env)
        .unwrap()
        .to_builder()
        .metadata_endpoint(&server.url)
        .endpoint(&server.url)
        .region("ap-guangzhou")
        .build();
    ServiceClient::new(&TAT, config)
        .unwrap()
        .send_json(&DESCRIBE_INVOCATIONS, json!({}))
        .await
        .unwrap();
    let requests = server.requests();
    let sts = requests
        .iter()
        .find(|r| r.header("x-tc-action") == Some("AssumeRoleWithWebIdentity"))
        .unwrap();
    assert_eq!(sts.header("authorization"), Some("SKIP"));
    assert_eq!(sts.header("x-tc-region"), Some("ap-shanghai"));
    let body: serde_json::Value = serde_json::from_slice(&sts.body).unwrap();
    assert_eq!(body["WebIdentityToken"], OIDC_TOKEN);
    assert_eq!(body["ProviderId"], "tke-provider");
    assert_eq!(body["RoleArn"], "qcs::cam::uin/100:roleName/pod");
    let api = requests
        .iter()
        .find(|r| r.header("x-tc-action") == Some("DescribeInvocations"))
        .unwrap();
    assert!(api
        .header("authorization")
        .unwrap()
        .contains("Credential=AKIDoidc/"));
}

fn ali_sts(r: &Recorded, _: usize) -> Reply {
    let body = String::from_utf8_lossy(&r.body).into_owned();
    let ok = match r.header("x-acs-action") {
        Some("AssumeRoleWithOIDC") => {
            r.header("authorization").is_none() && body.contains(OIDC_TOKEN)
        }
        Some("AssumeRole") => r
            .header("authorization")
            .is_some_and(|a| a.contains("Credential=LTAIbase,")),
        _ => false,
    };
    if !ok {
        return Reply::Json {
            status: 400,
            body: r#"{"Code":"InvalidParameter","Message":"unexpected request","RequestId":"r"}"#
                .into(),
        };
    }
    Reply::json(
        json!({"RequestId": "r-sts", "AssumedRoleUser": {"Arn": "x"},
            "Credentials": {"AccessKeyId": "STS.role", "AccessKeySecret": TMP_SECRET, "SecurityToken": TMP_TOKEN,
            "Expiration": clock::utc_iso8601(clock::now_unix() + 3600).as_str()}})
        .to_string(),
    )
}

#[tokio::test]
async fn alibaba_oidc_from_the_environment_comes_before_the_profile() {
    let (home, env) = empty_home();
    let token = token_file(&home);
    home.write(
        ".aliyun/config.json",
        r#"{"profiles":[{"name":"default","mode":"AK","access_key_id":"LTAIfile","access_key_secret":"x"}]}"#,
    );
    let server = TestServer::start(ali_sts).await;
    let env = env
        .with_var("ALIBABA_CLOUD_ROLE_ARN", "acs:ram::1:role/pod")
        .with_var(
            "ALIBABA_CLOUD_OIDC_PROVIDER_ARN",
            "acs:ram::1:oidc-provider/ack",
        )
        .with_var("ALIBABA_CLOUD_OIDC_TOKEN_FILE", token.to_str().unwrap());
    let config = Config::from_environment(&EFLO, env)
        .unwrap()
        .to_builder()
        .sts_endpoint(&server.url)
        .endpoint(refused_url())
        .region("cn-hangzhou")
        .build();
    assert!(
        config.credentials().is_none(),
        "the profile's keys are not taken first"
    );
    let err = ServiceClient::new(&EFLO, config)
        .unwrap()
        .send_json(&EFLO_DESCRIBE_INVOCATIONS, json!({"InvokeId": "t-1"}))
        .await
        .unwrap_err();
    // Credentials came from STS; the API itself is unreachable here.
    assert!(matches!(err, SdkError::Transport(_)), "{err:?}");
    let sts = &server.requests()[0];
    assert_eq!(sts.header("x-acs-action"), Some("AssumeRoleWithOIDC"));
    assert_eq!(sts.header("x-acs-version"), Some("2015-04-01"));
    let form = sts.body_str();
    assert!(
        form.contains("OIDCProviderArn=acs%3Aram%3A%3A1%3Aoidc-provider%2Fack"),
        "{form}"
    );
}

#[tokio::test]
async fn a_ram_role_arn_profile_assumes_the_role_with_its_keys() {
    let (home, env) = empty_home();
    let server = TestServer::start(ali_sts).await;
    home.write(
        ".aliyun/config.json",
        r#"{"current":"ram","profiles":[{"name":"ram","mode":"RamRoleArn","access_key_id":"LTAIbase",
            "access_key_secret":"base-secret","ram_role_arn":"acs:ram::1:role/ops","ram_session_name":"ops","expired_seconds":900}]}"#,
    );
    let config = Config::from_environment(&EFLO, env)
        .unwrap()
        .to_builder()
        .sts_endpoint(&server.url)
        .region("cn-hangzhou")
        .build();
    let SdkError::Config(_) = ServiceClient::new(&EFLO, config.clone())
        .unwrap()
        .prepare(
            &EFLO_DESCRIBE_INVOCATIONS,
            &json!({"InvokeId": "t"}),
            0,
            "n",
        )
        .unwrap_err()
    else {
        panic!("prepare cannot fetch credentials")
    };
    let chain = sdk_runtime::credentials::chain::default_chain(
        &EFLO,
        &Environment {
            home: Some(home.0.clone()),
            ..Environment::default()
        },
        &sdk_runtime::credentials::chain::ChainSettings {
            sts_endpoint: Some(server.url.clone()),
            ..Default::default()
        },
    );
    let c = chain.provide().await.unwrap();
    assert_eq!((c.id(), c.token()), ("STS.role", Some(TMP_TOKEN)));
    let form = server.requests()[0].body_str().to_owned();
    assert!(
        form.contains("RoleArn=acs%3Aram%3A%3A1%3Arole%2Fops")
            && form.contains("DurationSeconds=900"),
        "{form}"
    );
    clean("a chain holding credentials", &format!("{chain:?}"));
}

#[tokio::test]
async fn the_tencent_chain_reads_tccli_s_files() {
    // What `tccli configure` (and `cloudcmd configure`) writes: keys in `.credential`, the
    // region in `.configure`.
    let (home, env) = empty_home();
    home.write(
        ".tccli/work.credential",
        r#"{"secretId": "AKIDtccli", "secretKey": "SECRETNEVERSHOWN"}"#,
    );
    home.write(
        ".tccli/work.configure",
        r#"{"_sys_param": {"region": "ap-beijing", "output": "json"}}"#,
    );
    let env = Environment {
        profile: Some("work".into()),
        ..env
    };
    let config = Config::from_environment(&TAT, env.clone()).unwrap();
    assert_eq!(config.region(), Some("ap-beijing"));
    assert_eq!(config.credentials().map(|c| c.id()), Some("AKIDtccli"));
    let chain = default_chain(&TAT, &env, &ChainSettings::default());
    assert_eq!(chain.provide().await.unwrap().id(), "AKIDtccli");

    // `"type": "cvm-role"` (tccli's `use-cvm-role true`) asks the CVM metadata service.
    home.write(".tccli/work.credential", r#"{"type": "cvm-role"}"#);
    let server = TestServer::start(cvm_fixed).await;
    let settings = ChainSettings {
        metadata_endpoint: Some(server.url.clone()),
        ..ChainSettings::default()
    };
    let chain = default_chain(&TAT, &env, &settings);
    let c = chain.provide().await.unwrap();
    assert_eq!((c.id(), c.token()), ("AKIDtmp", Some(TMP_TOKEN)));
    assert_eq!(server.count(), 2, "the role name, then its credentials");
}

#[tokio::test]
async fn a_failed_chain_hands_back_each_provider_s_reason_as_facts() {
    let (home, env) = empty_home();
    let closed = refused_url();
    let settings = ChainSettings {
        metadata_endpoint: Some(closed.clone()),
        ..ChainSettings::default()
    };
    let failures = default_chain(&TAT, &env, &settings)
        .provide_each()
        .await
        .unwrap_err();
    let names: Vec<&str> = failures.iter().map(|f| f.provider.as_str()).collect();
    assert_eq!(names, ["environment", "profile", "cvm-role", "tke-oidc"]);
    let home_path = home.0.display().to_string();
    assert_eq!(
        failures[0].unavailable,
        Some(Unavailable::Unset(vec![
            "TENCENTCLOUD_SECRET_ID".into(),
            "TENCENTCLOUD_SECRET_KEY".into()
        ]))
    );
    assert_eq!(
        failures[1].unavailable,
        Some(Unavailable::NoFile(vec![
            format!("{home_path}/.tencentcloud/credentials"),
            format!("{home_path}/.tccli/default.credential"),
        ]))
    );
    // Fetched and failed: a reason, no facts.
    assert_eq!(failures[2].unavailable, None);
    assert!(
        failures[2].message.contains(&closed),
        "{}",
        failures[2].message
    );
    assert_eq!(
        failures[3].unavailable,
        Some(Unavailable::Unset(vec!["TKE_REGION".into()]))
    );

    let env = env.with_var("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true");
    let failures = default_chain(&EFLO, &env, &settings)
        .provide_each()
        .await
        .unwrap_err();
    let names: Vec<&str> = failures.iter().map(|f| f.provider.as_str()).collect();
    assert_eq!(
        names,
        ["environment", "oidc-role-arn", "profile", "ecs-ram-role"]
    );
    assert_eq!(
        failures[3].unavailable,
        Some(Unavailable::Disabled(
            "ALIBABA_CLOUD_ECS_METADATA_DISABLED".into()
        ))
    );
}
