#!/usr/bin/env python3
"""Extracts the ECS API shapes Berth checks against (RegisterTaskDefinition and CreateService
input) from botocore's service model into model/ecs-shapes.json.

    python3 resources/ecs/generate-shapes.py > model/ecs-shapes.json
"""
import json
import sys

import botocore.loaders

ROOTS = {"RegisterTaskDefinition": "RegisterTaskDefinitionRequest",
         "CreateService": "CreateServiceRequest",
         "DescribedTaskDefinition": "TaskDefinition"}

model = botocore.loaders.Loader().load_service_model("ecs", "service-2")
shapes = model["shapes"]
out = {}


def visit(name):
    if name in out:
        return
    src = shapes[name]
    shape = {"type": src["type"]}
    for key in ("required", "enum", "min", "max"):
        if key in src:
            shape[key] = src[key]
    out[name] = shape
    if src["type"] == "structure":
        shape["members"] = {m: v["shape"] for m, v in src["members"].items()}
        for v in src["members"].values():
            visit(v["shape"])
    elif src["type"] == "list":
        shape["member"] = src["member"]["shape"]
        visit(src["member"]["shape"])
    elif src["type"] == "map":
        shape["key"] = src["key"]["shape"]
        shape["value"] = src["value"]["shape"]
        visit(src["key"]["shape"])
        visit(src["value"]["shape"])


for root in ROOTS.values():
    visit(root)
json.dump({"apiVersion": model["metadata"]["apiVersion"], "roots": ROOTS, "shapes": out},
          sys.stdout, indent=1, sort_keys=True)
sys.stdout.write("\n")
