#!/usr/bin/env python3
"""Checks exported files against the ECS API model with botocore's own parameter validator.

    check_ecs_model.py OPERATION FILE...     (OPERATION: RegisterTaskDefinition, CreateService,
                                              CreateCapacityProvider, ...)

Prints one line per file and exits 1 when any file would be rejected.
"""
import json
import sys

import botocore.session
from botocore.validate import ParamValidator

model = botocore.session.get_session().get_service_model("ecs")
shape = model.operation_model(sys.argv[1]).input_shape
failed = False
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as f:
        report = ParamValidator().validate(json.load(f), shape)
    if report.has_errors():
        failed = True
        print(f"{path}: REJECTED\n{report.generate_report()}")
    else:
        print(f"{path}: OK")
sys.exit(1 if failed else 0)
