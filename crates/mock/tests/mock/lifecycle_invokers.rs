//! TAT invokers on a manual clock: a ONCE invoker fires when its time comes and leaves a
//! record; disabled ones do not fire; bad schedules get the documented codes (sent raw: the
//! client refuses them before sending).

use std::time::Duration;

use sdk_mock::MockClock;
use serde_json::json;

use crate::lifecycle_commands::{call, start_on};
use crate::support::{client, tencent, Tc3};

/// A command made in the mock, for invokers to run: its id.
async fn made_command(tat: &sdk_runtime::ServiceClient) -> String {
    let made = call(
        tat,
        "CreateCommand",
        json!({"CommandName": "c", "Content": "bHM="}),
    )
    .await
    .unwrap();
    made["CommandId"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn a_once_invoker_fires_on_the_clock_and_is_recorded() {
    // 2027-01-15T08:00:00Z.
    let server = start_on(MockClock::manual_at(1_800_000_000), None).await;
    let tat = client(&server, &tat_model::SERVICE);
    let clock = server.clock();
    let command = made_command(&tat).await;
    let command = command.as_str();
    let once = |name: &str| {
        json!({"Name": name, "Type": "SCHEDULE", "CommandId": command, "InstanceIds": ["ins-aaaaaaaa"],
               "ScheduleSettings": {"Policy": "ONCE", "InvokeTime": "2027-01-15T16:00:10+08:00"}})
    };
    let fires = call(&tat, "CreateInvoker", once("fires")).await.unwrap();
    let fires = fires["InvokerId"].as_str().unwrap().to_owned();
    let quiet = call(&tat, "CreateInvoker", once("quiet")).await.unwrap();
    let quiet = quiet["InvokerId"].as_str().unwrap().to_owned();
    assert!(fires.starts_with("ivk-"));
    call(&tat, "DisableInvoker", json!({"InvokerId": quiet}))
        .await
        .unwrap();

    let listed = call(
        &tat,
        "DescribeInvokers",
        json!({"Filters": [{"Name": "command-id", "Values": [command]}]}),
    )
    .await
    .unwrap();
    assert_eq!(listed["TotalCount"], 2);
    assert_eq!(listed["InvokerSet"][0]["InvokerId"], quiet.as_str());
    assert_eq!(listed["InvokerSet"][0]["Enable"], false);
    assert_eq!(listed["InvokerSet"][1]["Enable"], true);
    assert_eq!(
        listed["InvokerSet"][1]["ScheduleSettings"]["Policy"],
        "ONCE"
    );

    let records = json!({"InvokerIds": [fires, quiet]});
    clock.advance(Duration::from_secs(9));
    assert_eq!(
        call(&tat, "DescribeInvokerRecords", records.clone())
            .await
            .unwrap()["TotalCount"],
        0
    );
    clock.advance(Duration::from_secs(1));
    let fired = call(&tat, "DescribeInvokerRecords", records.clone())
        .await
        .unwrap();
    assert_eq!(fired["TotalCount"], 1);
    let record = &fired["InvokerRecordSet"][0];
    assert_eq!(record["InvokerId"], fires.as_str());
    assert_eq!(record["InvokeTime"], "2027-01-15T08:00:10+00:00");
    assert_eq!(record["Result"], "PENDING");
    let invocation = record["InvocationId"].as_str().unwrap().to_owned();

    // The invocation runs like any other, made by the invoker; it fires only once.
    clock.advance(Duration::from_secs(60));
    let fired = call(&tat, "DescribeInvokerRecords", records).await.unwrap();
    assert_eq!(fired["TotalCount"], 1);
    assert_eq!(fired["InvokerRecordSet"][0]["Result"], "SUCCESS");
    let shown = call(
        &tat,
        "DescribeInvocations",
        json!({"InvocationIds": [invocation]}),
    )
    .await
    .unwrap();
    assert_eq!(shown["InvocationSet"][0]["InvocationSource"], "INVOKER");
    assert_eq!(
        shown["InvocationSet"][0]["CreatedTime"],
        "2027-01-15T08:00:10+00:00"
    );

    call(&tat, "DeleteInvoker", json!({"InvokerId": quiet}))
        .await
        .unwrap();
    let listed = call(&tat, "DescribeInvokers", json!({})).await.unwrap();
    assert_eq!(listed["TotalCount"], 1);
    server.shutdown().await;
}

#[tokio::test]
async fn bad_schedules_get_the_documented_codes() {
    let server = start_on(MockClock::manual_at(1_800_000_000), None).await;
    let tat = client(&server, &tat_model::SERVICE);
    let with = |settings| json!({"Name": "n", "Type": "SCHEDULE", "CommandId": "cmd-aaaaaaaa", "InstanceIds": ["ins-aaaaaaaa"], "ScheduleSettings": settings});
    for (settings, code) in [
        (
            json!({"Policy": "RECURRENCE", "Recurrence": "0 0 32 * *"}),
            "InvalidParameterValue.InvalidCronExpression",
        ),
        (
            json!({"Policy": "RECURRENCE", "Recurrence": "every day"}),
            "InvalidParameterValue.InvalidCronExpression",
        ),
        (
            json!({"Policy": "ONCE", "InvokeTime": "tomorrow"}),
            "InvalidParameterValue.InvalidTimeFormat",
        ),
        (json!({"Policy": "RECURRENCE"}), "MissingParameter"),
        (
            json!({"Policy": "ONCE", "InvokeTime": "2027-01-15T07:59:59Z"}),
            "InvalidParameterValue.InvokeTimeExpired",
        ),
    ] {
        let body = with(settings.clone()).to_string();
        let answer = tencent(&server, "CreateInvoker", body.as_bytes(), Tc3::default()).await;
        assert_eq!(answer.code(), Some(code), "{settings}: {answer:?}");
    }
    // A good crontab for a command the mock did not make: the shape answer, as before.
    let ok = call(
        &tat,
        "CreateInvoker",
        with(json!({"Policy": "RECURRENCE", "Recurrence": "0 0 1 * *"})),
    )
    .await
    .unwrap();
    assert!(ok["InvokerId"].as_str().unwrap().starts_with("ivk-"));
    server.shutdown().await;
}

#[tokio::test]
async fn a_recurrence_invoker_fires_at_each_crontab_minute_in_utc_plus_8() {
    // 2027-01-15T08:00:00Z is 16:00 in UTC+8.
    let server = start_on(MockClock::manual_at(1_800_000_000), None).await;
    let tat = client(&server, &tat_model::SERVICE);
    let clock = server.clock();
    let command = made_command(&tat).await;
    let command = command.as_str();
    // Every 20 minutes from 16:05 to 16:59 UTC+8 only: 16:05, 16:25, 16:45.
    let made = call(
        &tat,
        "CreateInvoker",
        json!({"Name": "r", "Type": "SCHEDULE", "CommandId": command, "InstanceIds": ["ins-aaaaaaaa"],
               "ScheduleSettings": {"Policy": "RECURRENCE", "Recurrence": "5/20 16 * * *"}}),
    )
    .await
    .unwrap();
    let invoker = made["InvokerId"].as_str().unwrap().to_owned();
    let records = json!({"InvokerIds": [invoker]});
    let times = |answer: &serde_json::Value| -> Vec<String> {
        answer["InvokerRecordSet"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["InvokeTime"].as_str().unwrap().to_owned())
            .collect()
    };

    clock.advance(Duration::from_secs(4 * 60 + 59));
    let none = call(&tat, "DescribeInvokerRecords", records.clone())
        .await
        .unwrap();
    assert_eq!(none["TotalCount"], 0);

    // One request after half an hour sees both firings it passed, each at its own time.
    clock.advance(Duration::from_secs(30 * 60));
    let two = call(&tat, "DescribeInvokerRecords", records.clone())
        .await
        .unwrap();
    assert_eq!(
        times(&two),
        ["2027-01-15T08:25:00+00:00", "2027-01-15T08:05:00+00:00"]
    );
    let first = two["InvokerRecordSet"][1]["InvocationId"].as_str().unwrap();
    let shown = call(
        &tat,
        "DescribeInvocations",
        json!({"InvocationIds": [first]}),
    )
    .await
    .unwrap();
    assert_eq!(shown["InvocationSet"][0]["InvocationSource"], "INVOKER");
    assert_eq!(shown["InvocationSet"][0]["InvocationStatus"], "SUCCESS");

    // Disabled over 16:45: that time is missed, not made up; re-enabled, it resumes with
    // the next day's 16:05 and 16:25.
    call(&tat, "DisableInvoker", json!({"InvokerId": invoker}))
        .await
        .unwrap();
    clock.advance(Duration::from_secs(60 * 60));
    call(&tat, "EnableInvoker", json!({"InvokerId": invoker}))
        .await
        .unwrap();
    clock.advance(Duration::from_secs(23 * 3600));
    let after = call(&tat, "DescribeInvokerRecords", records.clone())
        .await
        .unwrap();
    assert_eq!(
        times(&after),
        [
            "2027-01-16T08:25:00+00:00",
            "2027-01-16T08:05:00+00:00",
            "2027-01-15T08:25:00+00:00",
            "2027-01-15T08:05:00+00:00"
        ]
    );

    // ModifyInvoker to a crontab that never comes: it stops firing.
    call(
        &tat,
        "ModifyInvoker",
        json!({"InvokerId": invoker, "ScheduleSettings": {"Policy": "RECURRENCE", "Recurrence": "0 0 31 2 *"}}),
    )
    .await
    .unwrap();
    clock.advance(Duration::from_secs(7 * 86_400));
    let still = call(&tat, "DescribeInvokerRecords", records).await.unwrap();
    assert_eq!(still["TotalCount"], 4);
    server.shutdown().await;
}
