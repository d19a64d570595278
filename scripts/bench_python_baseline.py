#!/usr/bin/env python3
"""The vendor's own numbers, measured in the same run as our criterion benches.

Runs inside the interop venv (tests/interop/requirements-mock.txt brings the official
Tencent Cloud Python SDK). Prints two lines in the bencher format criterion also prints:

    test python/build_and_sign_describe_invocations ... bench: N ns/iter
    test python/decode_2_5mb_describe_invocation_tasks ... bench: N ns/iter

The first builds and signs one DescribeInvocations request the way TatClient does before
sending (model → params → TC3 signature → headers); the second decodes the same 2.5 MB
DescribeInvocationTasks answer as scripts/bench-sdk.sh's Rust bench (100 tasks, 24 KB of
base64 output each) the way TatClient does after receiving (json.loads + model).
"""

import json
import time
import uuid

from tencentcloud.common import credential
from tencentcloud.common.http.request import RequestInternal
from tencentcloud.tat.v20201028 import models, tat_client


def best_of(fn, rounds, inner):
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter_ns()
        for _ in range(inner):
            fn()
        best = min(best, (time.perf_counter_ns() - start) / inner)
    return best


def sign_bench():
    cred = credential.Credential("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE")
    client = tat_client.TatClient(cred, "ap-guangzhou")
    req = models.DescribeInvocationsRequest()
    req.from_json_string('{"InvocationIds": ["inv-q4zp60g0"], "Limit": 1, "Offset": 0}')

    def once():
        params = req._serialize()
        r = RequestInternal(client._get_endpoint(), "POST", client._requestPath,
                            header={"X-TC-TraceId": str(uuid.uuid4())})
        client._build_req_inter("DescribeInvocations", params, r, None)
        return r

    return best_of(once, 7, 2000)


def big_body():
    output = "QUJD" * (24 * 1024 // 4)
    tasks = []
    for i in range(100):
        tasks.append({
            "InvocationId": "inv-1vll7hda", "InvocationTaskId": "invt-%08d" % i,
            "CommandId": "cmd-o0mb5fnp", "CommandName": "check", "InstanceId": "ins-%08d" % i,
            "TaskStatus": "SUCCESS",
            "TaskResult": {"ExitCode": 0, "Output": output, "ExecStartTime": "2024-05-01T08:00:00+00:00",
                           "ExecEndTime": "2024-05-01T08:00:01+00:00", "Dropped": 0, "OutputUrl": "",
                           "OutputUploadCOSErrorInfo": ""},
            "CommandDocument": {"Content": "ZWNobyBoaQ==", "CommandType": "SHELL", "Timeout": 60,
                                "WorkingDirectory": "/root", "Username": "root"},
            "StartTime": "2024-05-01T08:00:00+00:00", "EndTime": None,
            "CreatedTime": "2024-05-01T08:00:00+00:00", "UpdatedTime": "2024-05-01T08:00:01+00:00",
            "ErrorInfo": "", "InvocationSource": "USER",
        })
    return json.dumps({"Response": {"TotalCount": 100, "InvocationTaskSet": tasks, "RequestId": "r"}}).encode()


def decode_bench():
    body = big_body()

    def once():
        response = json.loads(body)
        model = models.DescribeInvocationTasksResponse()
        model._deserialize(response["Response"])
        return model

    return best_of(once, 5, 20)


if __name__ == "__main__":
    print("test python/build_and_sign_describe_invocations ... bench: %d ns/iter" % sign_bench())
    print("test python/decode_2_5mb_describe_invocation_tasks ... bench: %d ns/iter" % decode_bench())
