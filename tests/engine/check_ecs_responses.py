#!/usr/bin/env python3
"""Checks ECS API responses against the ECS model in botocore: every member the output shape
names as required is there, every member is one the shape knows, and each value has the
model's type (timestamps as epoch seconds, as AWS JSON 1.1 sends them).

    check_ecs_responses.py DIR      (DIR holds OPERATION.json files, the response bodies)

Other services and requests: a file named SERVICE@OPERATION[.anything].json is checked against
that botocore service's model (e.g. application-autoscaling@PutScalingPolicy.cpu.json), and
with --input every file is checked as the operation's input rather than its output.

Prints one line per file and exits 1 when any response does not match.
"""
import json
import os
import sys

import botocore.session

inputs = "--input" in sys.argv[2:]
session = botocore.session.get_session()
models = {}


def model_of(service):
    if service not in models:
        models[service] = session.get_service_model(service)
    return models[service]


def check(value, shape, path, problems):
    kind = shape.type_name
    if kind == "structure":
        if not isinstance(value, dict):
            problems.append(f"{path}: expected an object, got {type(value).__name__}")
            return
        for name in shape.required_members:
            if name not in value:
                problems.append(f"{path}: required member {name} is missing")
        for name, member in value.items():
            if name not in shape.members:
                problems.append(f"{path}.{name}: not a member of {shape.name}")
                continue
            check(member, shape.members[name], f"{path}.{name}", problems)
    elif kind == "list":
        if not isinstance(value, list):
            problems.append(f"{path}: expected a list")
            return
        for i, item in enumerate(value):
            check(item, shape.member, f"{path}[{i}]", problems)
    elif kind == "map":
        if not isinstance(value, dict):
            problems.append(f"{path}: expected a map")
            return
        for key, item in value.items():
            check(item, shape.value, f"{path}[{key}]", problems)
    elif kind == "string":
        if not isinstance(value, str):
            problems.append(f"{path}: expected a string, got {value!r}")
        elif shape.enum and value not in shape.enum:
            problems.append(f"{path}: {value!r} is not one of {shape.enum}")
    elif kind in ("integer", "long"):
        if not isinstance(value, int) or isinstance(value, bool):
            problems.append(f"{path}: expected an integer, got {value!r}")
    elif kind in ("double", "float"):
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            problems.append(f"{path}: expected a number, got {value!r}")
    elif kind == "boolean":
        if not isinstance(value, bool):
            problems.append(f"{path}: expected true or false, got {value!r}")
    elif kind == "timestamp":
        if inputs and isinstance(value, str):
            return  # the CLI reads ISO 8601 text in --cli-input-json
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            problems.append(f"{path}: expected epoch seconds, got {value!r}")


failed = False
folder = sys.argv[1]
for name in sorted(os.listdir(folder)):
    service, _, operation = name[: -len(".json")].rpartition("@")
    operation = operation.split(".")[0]
    operation_model = model_of(service or "ecs").operation_model(operation)
    with open(os.path.join(folder, name), encoding="utf-8") as f:
        body = json.load(f)
    problems = []
    shape = operation_model.input_shape if inputs else operation_model.output_shape
    check(body, shape, name[: -len(".json")], problems)
    if problems:
        failed = True
        print(f"{name}: MISMATCH")
        for p in problems:
            print("  " + p)
    else:
        print(f"{name}: OK")
sys.exit(1 if failed else 0)
