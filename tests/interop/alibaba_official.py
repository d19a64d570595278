#!/usr/bin/env python3
"""Calls Alibaba Cloud products with their official Python SDK packages, as a user of them
would: one `<Action>Request` model made from wire-name JSON, the client's
`<action>_with_options` method with the path arguments, headers and runtime options its
signature asks for. Run inside the interop venv by run_alibaba_interop.py.

    python alibaba_official.py CALLS.json

CALLS.json: {"endpoint": "127.0.0.1:PORT", "key_id", "secret", "calls": [{"module":
"alibabacloud_cs20151215", "action": "DescribeClusterDetail", "path": {"cluster_id": "c1"},
"request": {...}}]}. A call's request may name an earlier call's answer as "$<n>.<Member>"
(`"$0.InvokeId"`). Prints one JSON line per call: {"status", "body"} or {"error", "status",
"message"}.
"""

import importlib
import inspect
import json
import sys

from alibabacloud_tea_openapi import utils_models as open_api_models
from darabonba.runtime import RuntimeOptions


def method_of(client, action):
    wanted = action.lower() + "withoptions"
    for name in dir(client):
        if name.replace("_", "").lower() == wanted and not name.endswith("_async"):
            return getattr(client, name)
    raise LookupError("no method for " + action)


def resolve(value, answers):
    if isinstance(value, str) and value.startswith("$") and "." in value:
        index, member = value[1:].split(".", 1)
        return (answers[int(index)].get("body") or {}).get(member, value)
    if isinstance(value, dict):
        return {k: resolve(v, answers) for k, v in value.items()}
    if isinstance(value, list):
        return [resolve(v, answers) for v in value]
    return value


def call(clients, plan, item, answers):
    module = item["module"]
    if module not in clients:
        client_module = importlib.import_module(module + ".client")
        config = open_api_models.Config(access_key_id=plan["key_id"], access_key_secret=plan["secret"],
                                        endpoint=plan["endpoint"], protocol="http", region_id="cn-hangzhou")
        clients[module] = (client_module.Client(config), importlib.import_module(module + ".models"))
    client, models = clients[module]
    method = method_of(client, item["action"])
    request = resolve(item.get("request") or {}, answers)
    path = resolve(item.get("path") or {}, answers)
    args = []
    for name in inspect.signature(method).parameters:
        if name in ("request", "tmp_req"):
            args.append(getattr(models, item["action"] + "Request")().from_map(request))
        elif name == "headers":
            args.append(resolve(item.get("headers") or {}, answers))
        elif name == "runtime":
            args.append(RuntimeOptions())
        else:
            args.append(path[name])
    response = method(*args)
    body = getattr(response, "body", None)
    if body is not None and hasattr(body, "to_map"):
        body = body.to_map()
    return {"status": getattr(response, "status_code", None), "body": body}


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        plan = json.load(f)
    clients = {}
    answers = []
    for item in plan["calls"]:
        try:
            answer = call(clients, plan, item, answers)
        except Exception as e:  # the SDK's exceptions carry the vendor's code
            data = getattr(e, "data", None) or {}
            answer = {"error": getattr(e, "code", None) or type(e).__name__,
                      "status": getattr(e, "statusCode", None) or data.get("statusCode"),
                      "message": str(e)[:500]}
        answers.append(answer)
        print(json.dumps(answer, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
