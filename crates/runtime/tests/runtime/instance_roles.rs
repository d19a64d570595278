//! The instance-role providers against loopback metadata services: what they ask, what
//! they cache, when they fetch again (once for all concurrent callers) and how they fail.

use std::sync::Arc;
use std::time::Duration;

use crate::common::metadata::*;
use crate::common::*;
use sdk_runtime::clock;
use sdk_runtime::credentials::metadata::InstanceRoleProvider;
use sdk_runtime::credentials::ProvideCredentials;

#[tokio::test]
async fn cvm_role_asks_the_role_then_its_credentials_and_caches_them() {
    let server = TestServer::start(cvm(3600)).await;
    let p = InstanceRoleProvider::cvm(Some(&server.url), None).unwrap();
    let c = p.provide().await.unwrap();
    assert_eq!(
        (c.id(), c.secret(), c.token()),
        ("AKIDtmp", TMP_SECRET, Some(TMP_TOKEN))
    );
    assert!(c.expiry().unwrap() > clock::now_unix() + 3000);
    assert_eq!(p.provide().await.unwrap(), c);
    let paths: Vec<_> = server.requests().iter().map(|r| r.path.clone()).collect();
    assert_eq!(
        paths,
        [
            "/latest/meta-data/cam/security-credentials/",
            "/latest/meta-data/cam/security-credentials/role-a"
        ],
        "cached: the second call asked nothing"
    );
    clean("a provider holding credentials", &format!("{p:?}"));
}

#[tokio::test]
async fn credentials_close_to_expiry_are_fetched_again() {
    // 100 s left is inside the 5-minute refresh window.
    let server = TestServer::start(cvm(100)).await;
    let p = InstanceRoleProvider::cvm(Some(&server.url), Some("role-a".into())).unwrap();
    p.provide().await.unwrap();
    p.provide().await.unwrap();
    assert_eq!(
        server.count(),
        2,
        "a named role skips the lookup; each call refreshed"
    );
}

#[tokio::test]
async fn concurrent_callers_share_one_refresh() {
    let server = TestServer::start(|r: &Recorded, i| {
        Reply::Delay(Duration::from_millis(50), Box::new(cvm(3600)(r, i)))
    })
    .await;
    let p = Arc::new(InstanceRoleProvider::cvm(Some(&server.url), None).unwrap());
    let calls: Vec<_> = (0..32)
        .map(|_| {
            let p = p.clone();
            tokio::spawn(async move { p.provide().await })
        })
        .collect();
    for call in calls {
        assert_eq!(call.await.unwrap().unwrap().id(), "AKIDtmp");
    }
    assert_eq!(
        server.count(),
        2,
        "one role lookup and one fetch for 32 callers"
    );
}

#[tokio::test]
async fn ecs_ram_role_puts_for_a_session_token_and_sends_it_back() {
    let server = TestServer::start(ecs_hardened).await;
    let p = InstanceRoleProvider::ecs(Some(&server.url), None, true).unwrap();
    let c = p.provide().await.unwrap();
    assert_eq!((c.id(), c.token()), ("STS.tmp", Some(TMP_TOKEN)));
    let asked: Vec<_> = server
        .requests()
        .iter()
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    assert_eq!(
        asked,
        [
            "PUT /latest/api/token",
            "GET /latest/meta-data/ram/security-credentials/",
            "GET /latest/meta-data/ram/security-credentials/EcsRole"
        ],
        "one session token serves both reads of a refresh"
    );
}

#[tokio::test]
async fn ecs_falls_back_to_plain_gets_unless_imdsv1_is_disabled() {
    let v1_only = |r: &Recorded, _: usize| match (r.method.as_str(), r.path.as_str()) {
        ("GET", "/latest/meta-data/ram/security-credentials/EcsRole") => ecs_answer(3600),
        _ => status(403),
    };
    let server = TestServer::start(v1_only).await;
    let p = InstanceRoleProvider::ecs(Some(&server.url), Some("EcsRole".into()), false).unwrap();
    assert_eq!(p.provide().await.unwrap().id(), "STS.tmp");
    let p = InstanceRoleProvider::ecs(Some(&server.url), Some("EcsRole".into()), true).unwrap();
    let e = p.provide().await.unwrap_err();
    assert_eq!(e.provider, "ecs-ram-role");
    assert!(
        e.message.contains("/latest/api/token") && e.message.contains("HTTP 403"),
        "{e}"
    );
    assert!(e.message.contains("IMDSv1 is disabled"), "{e}");
}

#[tokio::test]
async fn a_failing_metadata_service_is_named_with_what_it_said() {
    let broken = |r: &Recorded, _: usize| match r.path.as_str() {
        "/latest/meta-data/cam/security-credentials/" => text("role-a"),
        // A body cut short: the secret it holds must not reach the error.
        _ => Reply::json(format!(
            r#"{{"TmpSecretId":"AKIDtmp","TmpSecretKey":"{TMP_SECRET}"#
        )),
    };
    let server = TestServer::start(broken).await;
    let e = InstanceRoleProvider::cvm(Some(&server.url), None)
        .unwrap()
        .provide()
        .await
        .unwrap_err();
    assert_eq!(e.provider, "cvm-role");
    assert!(
        e.message.contains("role-a") && e.message.contains("not JSON"),
        "{e}"
    );
    clean("a metadata error", &format!("{e} {e:?}"));
    let refusing = TestServer::start(|_, _| status(500)).await;
    let e = InstanceRoleProvider::cvm(Some(&refusing.url), None)
        .unwrap()
        .provide()
        .await
        .unwrap_err();
    assert!(
        e.to_string().starts_with("cvm-role: GET http://127.0.0.1:"),
        "{e}"
    );
    assert!(e.message.contains("HTTP 500"), "{e}");
}
