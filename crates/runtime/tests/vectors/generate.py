#!/usr/bin/env python3
"""Signature test vectors made by the vendors' official Python SDKs.

Run with the packages of tests/interop/requirements.txt installed:

    python crates/runtime/tests/vectors/generate.py

It writes tc3.json, acs3.json and acs3_bound.json beside this file. Every final signature and Authorization
header comes from the official code (tencentcloud-sdk-python-common's AbstractClient and
Sign.sign_tc3; alibabacloud-tea-openapi's Utils.get_authorization). The intermediates are
captured from that code or, where the official code keeps them in local variables, rebuilt
here and checked against what the official code produced (the hash of our canonical request
must equal the one inside the official string to sign), so a vector can only be written if
our reading of each step agrees with the vendor's.
"""

import hashlib
import hmac
import json
import os
import sys
import time
from datetime import datetime, timezone
from importlib.metadata import version

import tencentcloud.common.abstract_client as tc_abstract
from tencentcloud.common.abstract_client import AbstractClient
from tencentcloud.common.credential import Credential
from tencentcloud.common.http.request import RequestInternal
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile
from tencentcloud.common.sign import Sign

from alibabacloud_tea_openapi import utils as acs_utils
from alibabacloud_tea_openapi.utils import Utils as AcsUtils
from alibabacloud_tea_openapi import client as acs_client
from alibabacloud_tea_openapi import utils_models as acs_models
from darabonba.runtime import RuntimeOptions
from darabonba.url import Url as DaraURL

HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- TC3 (Tencent) ----------

captured = {}
_official_sign_tc3 = Sign.sign_tc3


def _capturing_sign_tc3(secret_key, date, service, str2sign):
    captured["string_to_sign"] = str2sign
    return _official_sign_tc3(secret_key, date, service, str2sign)


tc_abstract.Sign.sign_tc3 = staticmethod(_capturing_sign_tc3)


def tc3_client(service, version_, host, region, token):
    class Client(AbstractClient):
        _apiVersion = version_
        _endpoint = host
        _service = service

    profile = ClientProfile(httpProfile=HttpProfile(endpoint=host))
    cred = Credential("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", token)
    return Client(cred, region, profile)


def tc3_vector(name, *, service="tat", version_="2020-10-28", host="tat.tencentcloudapi.com",
               region="ap-guangzhou", token=None, action="DescribeInvocations", params=None,
               raw_body=None, timestamp=1551113065, content_type=None):
    """Sign with the official client. With raw_body, the body is set as our runtime sends
    it (serde_json, UTF-8 not escaped) and the official _get_tc3_signature signs it."""
    client = tc3_client(service, version_, host, region, token)
    req = RequestInternal(host, "POST", "/")
    real_time = time.time
    time.time = lambda: timestamp
    try:
        client._build_req_with_tc3_signature(action, params or {}, req)
    finally:
        time.time = real_time
    if content_type is not None or raw_body is not None:
        # Re-sign the same request with the body and content type our runtime sends.
        if content_type is not None:
            req.header["Content-Type"] = content_type
        if raw_body is not None:
            req.data = raw_body
        date = datetime.fromtimestamp(timestamp, timezone.utc).strftime("%Y-%m-%d")
        signature = client._get_tc3_signature(params, req, date, service,
                                              client.credential.secretKey)
        req.header["Authorization"] = (
            "TC3-HMAC-SHA256 Credential=%s/%s/%s/tc3_request, SignedHeaders=content-type;host, Signature=%s"
            % (client.credential.secretId, date, service, signature))
    else:
        # Recompute once more to capture the string to sign of exactly this request.
        date = datetime.fromtimestamp(timestamp, timezone.utc).strftime("%Y-%m-%d")
        client._get_tc3_signature(params, req, date, service, client.credential.secretKey)
    string_to_sign = captured["string_to_sign"]
    payload = req.data if isinstance(req.data, str) else req.data.decode("utf-8")
    payload_hash = hashlib.sha256(payload.encode("utf-8")).hexdigest()
    signed = [["content-type", req.header["Content-Type"]], ["host", req.header["Host"]]]
    canonical_request = "POST\n/\n\n" + "".join("%s:%s\n" % (k, v) for k, v in signed) \
        + "\ncontent-type;host\n" + payload_hash
    digest = hashlib.sha256(canonical_request.encode("utf-8")).hexdigest()
    assert string_to_sign.endswith("\n" + digest), (name, string_to_sign, digest)
    date = datetime.fromtimestamp(timestamp, timezone.utc).strftime("%Y-%m-%d")
    k_date = hmac.new(("TC3" + client.credential.secretKey).encode(), date.encode(), hashlib.sha256).digest()
    k_service = hmac.new(k_date, service.encode(), hashlib.sha256).digest()
    k_signing = hmac.new(k_service, b"tc3_request", hashlib.sha256).digest()
    signature = _official_sign_tc3(client.credential.secretKey, date, service, string_to_sign)
    authorization = req.header["Authorization"]
    assert authorization.endswith("Signature=" + signature), name
    return {
        "name": name,
        "secret_id": client.credential.secretId,
        "secret_key": client.credential.secretKey,
        "token": token,
        "service": service,
        "timestamp": timestamp,
        "date": date,
        "method": "POST",
        "path": "/",
        "query": "",
        "signed_headers": signed,
        "sent_headers": {k: v for k, v in req.header.items()
                         if k not in ("Authorization", "X-TC-RequestClient")},
        "payload": payload,
        "payload_hash": payload_hash,
        "canonical_request": canonical_request,
        "string_to_sign": string_to_sign,
        "signing_key": k_signing.hex(),
        "signature": signature,
        "authorization": authorization,
    }


def tc3_vectors():
    return [
        tc3_vector("describe-invocations",
                   params={"InvocationIds": ["inv-q4zp60g0"], "Limit": 1, "Offset": 0}),
        tc3_vector("runtime-content-type-utf8-body",
                   content_type="application/json; charset=utf-8",
                   raw_body='{"Name":"定时任务 ✓","Description":"naïve \\"quoted\\" /path?a=b&c"}',
                   action="CreateInvoker", params={}),
        tc3_vector("escaped-unicode-and-token", token="tok-ÄÖ-secret-token",
                   action="CreateInvoker",
                   params={"Name": "巡检 invoker", "Type": "SCHEDULE", "CommandId": "cmd-o0mb5fnp",
                           "InstanceIds": ["ins-1", "ins-2"],
                           "ScheduleSettings": {"Policy": "RECURRENCE", "Recurrence": "0 */2 * * *"}}),
        tc3_vector("intl-endpoint-date-boundary", host="tat.intl.tencentcloudapi.com",
                   region="na-siliconvalley", timestamp=1704067199,
                   params={"Filters": [{"Name": "invocation-id", "Values": ["inv-1 2+3%4*~"]}]}),
        tc3_vector("no-region-empty-params", region=None, action="DescribeInvokerRecords",
                   params={}, timestamp=1714550400),
        tc3_vector("loopback-host-as-tccli-sends-it", host="127.0.0.1:8080",
                   params={"Limit": 100}, timestamp=1700000000),
        tc3_vector("other-service-leap-day", service="cvm", version_="2017-03-12",
                   host="cvm.tencentcloudapi.com", action="DescribeInstances",
                   timestamp=951782400, raw_body='{"Filters":[{"Name":"instance-name","Values":["未命名"]}],"Limit":1}',
                   content_type="application/json; charset=utf-8", params={}),
    ]


# ---------------------------------------------------------------- ACS3 (Alibaba) ---------

class AcsRequest:
    def __init__(self, method, pathname, query, headers):
        self.method = method
        self.pathname = pathname
        self.query = query
        self.headers = headers


def acs3_vector(name, *, body=None, raw_body=None, query=None, headers=None,
                ak="LTAI5tEXAMPLEaccesskeyid", secret="EXAMPLEsecret0123456789abcdefAB",
                method="POST", path="/", token=None):
    """Sign with the official Utils.get_authorization. `body` is a dict form-encoded by the
    official Utils.to_form; `raw_body` is a body as our runtime encodes it."""
    if raw_body is None:
        raw_body = AcsUtils.to_form(body) if body else ""
    payload_hash = AcsUtils.hash(raw_body.encode("utf-8"), "ACS3-HMAC-SHA256").hex()
    all_headers = dict(headers or {})
    all_headers["x-acs-content-sha256"] = payload_hash
    if token:
        all_headers["x-acs-security-token"] = token
        all_headers["x-acs-accesskey-id"] = ak
    query = query or {}
    request = AcsRequest(method, path, query, all_headers)
    authorization = AcsUtils.get_authorization(request, "ACS3-HMAC-SHA256", payload_hash, ak, secret)
    canonical_query = acs_utils.get_canonical_query_string(query)
    canonical_headers, signed_names = acs_utils.get_canonicalized_headers(all_headers)
    canonical_request = "%s\n%s\n%s\n%s\n%s\n%s" % (method, path or "/", canonical_query,
                                                  canonical_headers, signed_names, payload_hash)
    string_to_sign = "ACS3-HMAC-SHA256\n" + AcsUtils.hex_encode(
        AcsUtils.hash(canonical_request.encode("utf-8"), "ACS3-HMAC-SHA256"))
    signature = AcsUtils.hex_encode(acs_utils.signature_method(secret, string_to_sign, "ACS3-HMAC-SHA256"))
    assert authorization == "ACS3-HMAC-SHA256 Credential=%s,SignedHeaders=%s,Signature=%s" % (
        ak, signed_names, signature), name
    signed = sorted([k.lower(), str(v).strip()] for k, v in all_headers.items())
    return {
        "name": name,
        "access_key_id": ak,
        "access_key_secret": secret,
        "method": method,
        "path": path,
        "query": sorted([k, v] for k, v in query.items()),
        "signed_headers": [[k, v] for k, v in all_headers.items()],
        "body": raw_body,
        "payload_hash": payload_hash,
        "canonical_query": canonical_query,
        "canonical_request": canonical_request,
        "string_to_sign": string_to_sign,
        "signature": signature,
        "authorization": authorization,
        "_sorted_headers": signed,
    }


def acs_headers(action="DescribeInvocations", host="eflo-controller.cn-hangzhou.aliyuncs.com",
                date="2024-05-01T08:00:00Z", nonce="3f1a0e8c2b7d4e9fa1b2c3d4e5f60718",
                content_type="application/x-www-form-urlencoded"):
    h = {
        "host": host,
        "x-acs-action": action,
        "x-acs-version": "2022-12-15",
        "x-acs-date": date,
        "x-acs-signature-nonce": nonce,
    }
    if content_type:
        h["content-type"] = content_type
    return h


def acs3_vectors():
    return [
        acs3_vector("describe-invocations-form-body", headers=acs_headers(),
                    body={"InvokeId": "t-cd03crwys0lrls0", "NodeId": "e01-cn-zvp2tgykr08",
                          "IncludeOutput": "true", "ContentEncoding": "PlainText"}),
        acs3_vector("runtime-encoded-unicode-body", headers=acs_headers(),
                    raw_body="InvokeId=t-%E4%B8%AD%E6%96%87%20%2A~&NodeId=e01%2Bx%26y%3Dz"),
        acs3_vector("query-needing-percent-encoding", headers=acs_headers(content_type=None),
                    query={"RegionId": "cn-hangzhou", "Name": "a b*c~d/é中", "Empty": "",
                           "Plus": "1+1=2&3"}),
        acs3_vector("security-token", token="STS.NUexampleTOKEN/+=",
                    headers=acs_headers(host="eflo-controller.cn-wulanchabu.aliyuncs.com",
                                        date="2023-12-31T23:59:59Z"),
                    body={"InvokeId": "t-1", "Tags": [{"Key": "env", "Value": "测试"}]}),
        acs3_vector("official-header-set-with-accept-and-user-agent",
                    headers=dict(acs_headers(), **{
                        "accept": "application/json",
                        "user-agent": "AlibabaCloud (Linux) Python/3.11 Core/1.0 TeaDSL/2",
                    }),
                    body={"InvokeId": "t-cd03crwys0lrls0", "IncludeOutput": True}),
        acs3_vector("loopback-endpoint-values-with-spaces",
                    headers=dict(acs_headers(host="127.0.0.1:8080"),
                                 **{"x-acs-action": "  DescribeInvocations  "}),
                    body={"InvokeId": "  padded  "}),
    ]


# ------------------------------------------- ACS3 requests with an HTTP binding ---------
#
# The official client (alibabacloud-tea-openapi's Client.call_api, which signs with ACS3)
# builds the whole request here: method, pathname, query, headers and body, with the
# product SDKs' helpers for what each product's generated code does before calling it
# (DaraURL.percent_encode for path members, Utils.query for query members,
# Utils.array_to_string_with_specified_style for "shrink" members). The request is caught
# where it would be sent. Each vector also holds `runtime_authorization`: the official
# get_authorization over the same request with the header set our runtime sends (it does not
# send user-agent or x-acs-credentials-provider), which our client must reproduce exactly.

class _Caught(Exception):
    pass


def _catch(request, runtime_option=None):
    _Caught.request = request
    raise _Caught()


BOUND_DATE = "2024-05-01T08:00:00Z"
BOUND_TIMESTAMP = 1714550400
BOUND_NONCE = "0b5e5c6f7a8b4c9d8e7f6a5b4c3d2e1f"
BOUND_AK = "LTAI5tEXAMPLEaccesskeyid"
BOUND_SECRET = "EXAMPLEsecret0123456789abcdefAB"


def acs3_bound_vector(name, *, members, style, action, version, method, pathname,
                      host, query=None, headers=None, body=None, req_body_type="json",
                      body_type="json", token=None):
    """`members` is the request as our runtime takes it (wire names, JSON); the rest is
    what a product SDK hands to call_api for it."""
    config = acs_models.Config(access_key_id=BOUND_AK, access_key_secret=BOUND_SECRET,
                               security_token=token, endpoint=host, protocol="HTTPS")
    client = acs_client.Client(config)
    request = acs_models.OpenApiRequest(headers=dict(headers or {}), query=query, body=body)
    params = acs_models.Params(action=action, version=version, protocol="HTTPS",
                               pathname=pathname, method=method, auth_type="AK", style=style,
                               req_body_type=req_body_type, body_type=body_type)
    real = (acs_client.DaraCore.do_action, AcsUtils.get_timestamp, AcsUtils.get_nonce)
    acs_client.DaraCore.do_action = staticmethod(_catch)
    AcsUtils.get_timestamp = staticmethod(lambda: BOUND_DATE)
    AcsUtils.get_nonce = staticmethod(lambda: BOUND_NONCE)
    try:
        client.call_api(params, request, RuntimeOptions())
    except Exception:
        pass
    finally:
        acs_client.DaraCore.do_action, AcsUtils.get_timestamp, AcsUtils.get_nonce = \
            (staticmethod(real[0]), staticmethod(real[1]), staticmethod(real[2]))
    sent = _Caught.request
    sent_headers = {k: v for k, v in sent.headers.items()}
    authorization = sent_headers.pop("Authorization")
    body_text = sent.body if isinstance(sent.body, str) else (sent.body or b"").decode("utf-8")
    payload_hash = sent_headers["x-acs-content-sha256"]
    assert payload_hash == AcsUtils.hash(body_text.encode("utf-8"), "ACS3-HMAC-SHA256").hex()
    canonical_query = acs_utils.get_canonical_query_string(sent.query)
    canonical_headers, signed_names = acs_utils.get_canonicalized_headers(sent_headers)
    canonical_request = "%s\n%s\n%s\n%s\n%s\n%s" % (sent.method, sent.pathname, canonical_query,
                                                  canonical_headers, signed_names, payload_hash)
    string_to_sign = "ACS3-HMAC-SHA256\n" + AcsUtils.hex_encode(
        AcsUtils.hash(canonical_request.encode("utf-8"), "ACS3-HMAC-SHA256"))
    signature = AcsUtils.hex_encode(acs_utils.signature_method(BOUND_SECRET, string_to_sign,
                                                               "ACS3-HMAC-SHA256"))
    assert authorization == "ACS3-HMAC-SHA256 Credential=%s,SignedHeaders=%s,Signature=%s" % (
        BOUND_AK, signed_names, signature), name
    ours = {k: v for k, v in sent_headers.items()
            if k.lower() not in ("user-agent", "accept", "x-acs-credentials-provider")}
    runtime_authorization = AcsUtils.get_authorization(
        AcsRequest(sent.method, sent.pathname, sent.query, ours), "ACS3-HMAC-SHA256",
        payload_hash, BOUND_AK, BOUND_SECRET)
    return {
        "name": name,
        "access_key_id": BOUND_AK,
        "access_key_secret": BOUND_SECRET,
        "token": token,
        "timestamp": BOUND_TIMESTAMP,
        "nonce": BOUND_NONCE,
        "host": host,
        "action": action,
        "members": members,
        "method": sent.method,
        "path": sent.pathname,
        "query": sorted([k, v] for k, v in (sent.query or {}).items()),
        "url": DaraCore_compose_url(sent),
        "headers": sorted([k.lower(), v] for k, v in sent_headers.items()),
        "body": body_text,
        "payload_hash": payload_hash,
        "canonical_request": canonical_request,
        "string_to_sign": string_to_sign,
        "authorization": authorization,
        "runtime_signed_headers": sorted(k.lower() for k in ours),
        "runtime_authorization": runtime_authorization,
    }


def DaraCore_compose_url(request):
    return acs_client.DaraCore.compose_url(request)


def acs3_bound_vectors():
    cs = dict(version="2015-12-15", host="cs.cn-hangzhou.aliyuncs.com", style="ROA")
    cluster = "c-1/中 *~"
    nodepools = "/clusters/%s/nodepools" % DaraURL.percent_encode(cluster)
    # No spaces in the form body: the official to_form writes them `+`, ours `%20` (both
    # read back the same; acs3.json's runtime-encoded-unicode-body signs ours).
    node_ids = ["e01-a", "e01-b中"]
    return [
        # GET with a path member needing encoding and a query member: no body, no
        # content type, the empty body's hash.
        acs3_bound_vector(
            "roa-get-path-and-query", action="DescribeClusterNodePools", method="GET",
            pathname=nodepools,
            members={"ClusterId": cluster, "NodepoolName": "pool a+b=c&d*e~f"},
            query=AcsUtils.query({"NodepoolName": "pool a+b=c&d*e~f"}), **cs),
        # POST with a JSON body of nested members, a query list flattened, a header member.
        acs3_bound_vector(
            "roa-post-json-body-header-and-flattened-query", action="CreateClusterNodePool",
            method="POST", pathname=nodepools,
            members={"ClusterId": cluster,
                     "Tags": [{"Key": "env", "Value": "测试"}, {"Key": "team", "Value": "a b"}],
                     "x-acs-client-token": "token-123",
                     "nodepool_info": {"name": "池 one", "type": "ess"},
                     "count": 2,
                     "labels": {"k": ["v1", "v2"], "n": 1.5}},
            query=AcsUtils.query({"Tags": [{"Key": "env", "Value": "测试"},
                                           {"Key": "team", "Value": "a b"}]}),
            headers={"x-acs-client-token": "token-123"},
            body={"nodepool_info": {"name": "池 one", "type": "ess"}, "count": 2,
                  "labels": {"k": ["v1", "v2"], "n": 1.5}},
            **cs),
        # DELETE whose answer has no body, a list joined with commas in the query, and a
        # session token.
        acs3_bound_vector(
            "roa-delete-simple-list-none-answer-token", action="DeleteClusterNodepool",
            method="DELETE", pathname=nodepools + "/np-1", body_type="none",
            token="STS.NUexampleTOKEN/+=",
            members={"ClusterId": cluster, "NodepoolId": "np-1", "Ids": ["a", "b c", "d,e"]},
            query=AcsUtils.query({"Ids": AcsUtils.array_to_string_with_specified_style(
                ["a", "b c", "d,e"], "Ids", "simple")}),
            **cs),
        # RPC with members in the query and the form body, and a list as one JSON string
        # (eflo-controller's NodeIdList "shrink" member).
        acs3_bound_vector(
            "rpc-query-and-form-body-with-json-style", action="RunCommand",
            version="2022-12-15", host="eflo-controller.cn-wulanchabu.aliyuncs.com",
            style="RPC", method="POST", pathname="/", req_body_type="formData",
            members={"RegionId": "cn-wulanchabu", "CommandContent": "echo&&ls*~",
                     "NodeIdList": node_ids, "Timeout": 60},
            query=AcsUtils.query({"RegionId": "cn-wulanchabu"}),
            body={"CommandContent": "echo&&ls*~", "Timeout": 60,
                  "NodeIdList": AcsUtils.array_to_string_with_specified_style(
                      node_ids, "NodeIdList", "json")}),
    ]


def write(name, vectors, source):
    path = os.path.join(HERE, name)
    for v in vectors:
        v.pop("_sorted_headers", None)
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"source": source, "vectors": vectors}, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote %d vectors to %s" % (len(vectors), path))


def main():
    write("tc3.json", tc3_vectors(),
          "tencentcloud-sdk-python-common %s (AbstractClient._build_req_with_tc3_signature, "
          "_get_tc3_signature, Sign.sign_tc3)" % version("tencentcloud-sdk-python-common"))
    write("acs3.json", acs3_vectors(),
          "alibabacloud-tea-openapi %s (Utils.get_authorization, Utils.to_form)"
          % version("alibabacloud-tea-openapi"))
    write("acs3_bound.json", acs3_bound_vectors(),
          "alibabacloud-tea-openapi %s (Client.call_api: the request built and signed; "
          "Utils.query, Utils.array_to_string_with_specified_style, darabonba-core %s "
          "Url.percent_encode)" % (version("alibabacloud-tea-openapi"), version("darabonba-core")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
