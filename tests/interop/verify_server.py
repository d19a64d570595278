#!/usr/bin/env python3
"""An HTTP server that verifies TC3-HMAC-SHA256 and ACS3-HMAC-SHA256 signatures with the
vendors' official Python SDKs' own signing code, and answers a minimal valid envelope
echoing the decoded parameters, or the vendor's signature error. Any method and path (Alibaba
ROA); every ACS3 request is also kept as decoded (method, path, query, body, header members)
until a driver reads them from GET /__interop/requests.

    python verify_server.py [--port 0]

Prints `PORT <n>` on its first line of stdout once listening. GET /stats answers
{"verified": n, "rejected": m, "failures": [...]}.

Verification recomputes each signature from what was received (method, path, query,
the headers named by SignedHeaders, the body), never from what the client meant to send:
  - TC3: tencentcloud-sdk-python-common's AbstractClient._get_tc3_signature (when the
    signed headers are the official `content-type;host`) or Sign.sign_tc3 over the
    canonical request of the signed headers (otherwise);
  - ACS3: alibabacloud-tea-openapi's Utils.get_authorization.
"""

import argparse
import hashlib
import json
import sys
import threading
import time
import uuid
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

from tencentcloud.common.abstract_client import AbstractClient
from tencentcloud.common.http.request import RequestInternal
from tencentcloud.common.sign import Sign
from alibabacloud_tea_openapi.utils import Utils as AcsUtils

# Test-only keys, shared with crates/runtime/examples/interop_call.rs.
SECRETS = {
    "AKIDinterop0000000000000000000000000": "tc-interop-secret-key-0000000000",
    "LTAIinterop000000000000": "ali-interop-secret-000000000000",
}

STATS = {"verified": 0, "rejected": 0, "failures": []}
LOCK = threading.Lock()


def record(ok, what):
    with LOCK:
        if ok:
            STATS["verified"] += 1
        else:
            STATS["rejected"] += 1
            STATS["failures"].append(what)


def parse_auth_fields(text):
    """`Credential=a/b, SignedHeaders=x;y, Signature=z` (TC3 uses ', ', ACS3 ',')."""
    fields = {}
    for part in text.split(","):
        key, _, value = part.strip().partition("=")
        fields[key] = value
    return fields


class FakeTc3Request:
    pass


def verify_tc3(method, path, query, headers, body, auth):
    fields = parse_auth_fields(auth[len("TC3-HMAC-SHA256 "):])
    secret_id, date, service, terminator = fields.get("Credential", "").split("/")
    if terminator != "tc3_request":
        return "credential scope does not end in tc3_request"
    secret = SECRETS.get(secret_id)
    if secret is None:
        return "unknown secret id " + secret_id
    timestamp = headers.get("x-tc-timestamp", "")
    if not timestamp.isdigit() or abs(int(timestamp) - time.time()) > 300:
        return "timestamp missing or more than 5 minutes off"
    if datetime.fromtimestamp(int(timestamp), timezone.utc).strftime("%Y-%m-%d") != date:
        return "credential date is not the UTC date of X-TC-Timestamp"
    signed = fields.get("SignedHeaders", "")
    names = signed.split(";")
    if "content-type" not in names or "host" not in names:
        return "content-type and host must be signed"
    if signed == "content-type;host":
        # Exactly the official client's own computation, fed with what we received.
        req = RequestInternal(headers.get("host", ""), method, path)
        req.header = {"Content-Type": headers.get("content-type", ""), "Host": headers.get("host", ""),
                      "X-TC-Timestamp": timestamp}
        req.data = body
        expected = AbstractClient._get_tc3_signature(None, None, req, date, service, secret)
    else:
        canonical_headers = "".join("%s:%s\n" % (n, headers.get(n, "").strip()) for n in names)
        canonical = "%s\n%s\n%s\n%s\n%s\n%s" % (
            method, path, query, canonical_headers, signed, hashlib.sha256(body).hexdigest())
        string_to_sign = "TC3-HMAC-SHA256\n%s\n%s/%s/tc3_request\n%s" % (
            timestamp, date, service, hashlib.sha256(canonical.encode("utf-8")).hexdigest())
        expected = Sign.sign_tc3(secret, date, service, string_to_sign)
    if expected != fields.get("Signature"):
        return "signature mismatch"
    return None


# Every ACS3 request received as the server decoded it, for drivers that compare two clients'
# requests (tests/interop/run_alibaba_interop.py); GET REQUESTS_PATH answers and clears them.
REQUESTS_PATH = "/__interop/requests"
REQUESTS = []


def remember(method, parts, headers, body, problem):
    content_type = headers.get("content-type", "")
    text = body.decode("utf-8", "replace")
    if content_type.startswith("application/json"):
        try:
            decoded = json.loads(text) if text else None
        except ValueError:
            decoded = text
    elif content_type.startswith("application/x-www-form-urlencoded"):
        decoded = dict(parse_qsl(text, keep_blank_values=True))
    else:
        decoded = text or None
    with LOCK:
        REQUESTS.append({
            "action": headers.get("x-acs-action"),
            "method": method,
            "path": parts.path,
            "query": dict(parse_qsl(parts.query, keep_blank_values=True)),
            "content_type": content_type.split(";")[0],
            "body": decoded,
            "headers": {k: v for k, v in headers.items()
                        if not k.startswith("x-acs-") and k not in STANDARD_HEADERS},
            "verified": problem is None,
            "problem": problem,
        })


# Headers every client sends for itself, left out of the comparison of header members.
STANDARD_HEADERS = {"host", "authorization", "content-type", "content-length", "accept", "user-agent",
                    "accept-encoding", "connection", "x-sdk-client", "date"}


class FakeAcsRequest:
    def __init__(self, method, pathname, query, headers):
        self.method = method
        self.pathname = pathname
        self.query = query
        self.headers = headers


def verify_acs3(method, path, query, headers, body, auth):
    fields = parse_auth_fields(auth[len("ACS3-HMAC-SHA256 "):])
    access_key_id = fields.get("Credential", "")
    secret = SECRETS.get(access_key_id)
    if secret is None:
        return "unknown access key id " + access_key_id
    payload_hash = hashlib.sha256(body).hexdigest()
    if headers.get("x-acs-content-sha256") != payload_hash:
        return "x-acs-content-sha256 does not match the body"
    names = fields.get("SignedHeaders", "").split(";")
    for required in ("host", "x-acs-action", "x-acs-version", "x-acs-date",
                     "x-acs-signature-nonce", "x-acs-content-sha256"):
        if required not in names:
            return required + " is not signed"
    for name in headers:
        if name.startswith("x-acs-") and name not in names:
            return name + " is sent but not signed"
    signed_headers = {n: headers.get(n, "") for n in names}
    request = FakeAcsRequest(method, path, dict(parse_qsl(query, keep_blank_values=True)), signed_headers)
    expected = AcsUtils.get_authorization(request, "ACS3-HMAC-SHA256", payload_hash, access_key_id, secret)
    if expected != auth:
        return "signature mismatch"
    return None


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):  # keep the driver's output readable
        pass

    def answer(self, status, doc):
        data = json.dumps(doc, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path == "/stats":
            with LOCK:
                self.answer(200, STATS)
        elif self.path == REQUESTS_PATH:
            with LOCK:
                self.answer(200, REQUESTS)
                REQUESTS.clear()
        else:
            self.signed("GET")

    def do_POST(self):
        self.signed("POST")

    def do_PUT(self):
        self.signed("PUT")

    def do_DELETE(self):
        self.signed("DELETE")

    def do_PATCH(self):
        self.signed("PATCH")

    def signed(self, method):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        headers = {k.lower(): v for k, v in self.headers.items()}
        parts = urlsplit(self.path)
        auth = headers.get("authorization", "")
        request_id = str(uuid.uuid4())
        if auth.startswith("TC3-HMAC-SHA256 "):
            try:
                problem = verify_tc3(method, parts.path, parts.query, headers, body, auth)
            except Exception as e:  # a malformed header is a failed verification
                problem = "cannot verify: %r" % e
            record(problem is None, "TC3 %s: %s" % (headers.get("x-tc-action"), problem))
            if problem:
                self.answer(200, {"Response": {"Error": {"Code": "AuthFailure.SignatureFailure",
                                                         "Message": problem}, "RequestId": request_id}})
            else:
                self.answer(200, {"Response": {"Echo": json.loads(body or b"{}"), "RequestId": request_id}})
        elif auth.startswith("ACS3-HMAC-SHA256 "):
            try:
                problem = verify_acs3(method, parts.path, parts.query, headers, body, auth)
            except Exception as e:
                problem = "cannot verify: %r" % e
            record(problem is None, "ACS3 %s: %s" % (headers.get("x-acs-action"), problem))
            remember(method, parts, headers, body, problem)
            if problem:
                self.answer(400, {"RequestId": request_id, "HostId": headers.get("host"),
                                  "Code": "SignatureDoesNotMatch", "Message": problem,
                                  "Recommend": ""})
            else:
                echo = dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
                self.answer(200, {"RequestId": request_id, "Echo": echo})
        else:
            record(False, "no recognised Authorization header")
            self.answer(401, {"Code": "MissingAuthorization", "Message": "no signature",
                              "RequestId": request_id})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    print("PORT %d" % server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
