#!/usr/bin/env python3
"""Writes a 10-step lab for the lab-check bench: one service of 2 tasks behind an ALB, and
checks of every kind that needs no waiting (design, finding, plan, and the running design's
service, tasks, events and HTTP through the load balancer)."""
import json, os, sys

folder = sys.argv[1]
os.makedirs(os.path.join(folder, 'steps'), exist_ok=True)
container = {"cpu": 128, "essential": True, "image": "berth/demo:1", "memory": 128, "name": "web",
             "environment": [{"name": "PORT", "value": "8080"}],
             "portMappings": [{"containerPort": 8080, "hostPort": 0, "protocol": "tcp"}]}
design = {
    "accountId": "123456789012", "format": "berth-project", "name": "bench-lab",
    "region": "us-east-1", "version": 2,
    "clusters": [{"name": "lab", "fargate": {"enabled": False, "quota": 0}, "instances": [
        {"availabilityZone": "us-east-1a", "cpu": 2048, "instanceType": "t3.medium",
         "memory": 3891, "name": "node-1", "registeredAt": "2026-11-01T09:00:00Z",
         "status": "ACTIVE"}]}],
    "taskDefinitions": [{"revision": 1, "definition": {
        "family": "web", "networkMode": "bridge", "requiresCompatibilities": ["EC2"],
        "containerDefinitions": [container]}}],
    "services": [{"serviceName": "web", "cluster": "lab", "desiredCount": 2, "launchType": "EC2",
                  "schedulingStrategy": "REPLICA", "taskDefinition": "web:1",
                  "healthCheckGracePeriodSeconds": 10,
                  "loadBalancers": [{"containerName": "web", "containerPort": 8080,
                                     "targetGroup": "web-tg"}]}],
    "targetGroups": [{"name": "web-tg", "port": 8080, "protocol": "HTTP", "targetType": "instance",
                      "deregistrationDelaySeconds": 5,
                      "healthCheck": {"path": "/health", "intervalSeconds": 5, "timeoutSeconds": 2,
                                      "healthyThreshold": 2, "unhealthyThreshold": 2,
                                      "matcher": "200", "port": "traffic-port",
                                      "protocol": "HTTP"}}],
    "loadBalancers": [{"name": "edge", "type": "application", "listeners": [
        {"port": 80, "protocol": "HTTP", "defaultTargetGroup": "web-tg", "rules": []}]}],
}
checks = [
    {"kind": "design", "path": "services[web].desiredCount", "equals": 2},
    {"kind": "design", "path": "taskDefinitions[web].definition.networkMode", "equals": "bridge"},
    {"kind": "finding", "rule": "taskdef.essential", "present": False},
    {"kind": "plan", "service": "web", "placed": 2},
    {"kind": "plan", "stalls": False},
    {"kind": "service", "service": "web", "running": 2},
    {"kind": "service", "service": "web", "steady": True},
    {"kind": "task", "service": "web", "lastStatus": "RUNNING", "count": 2},
    {"kind": "event", "service": "web", "contains": "has started"},
    {"kind": "http", "loadBalancer": "edge", "path": "/", "status": 200},
]
steps = []
for i, check in enumerate(checks, 1):
    sid = "step-%d" % i
    for lang, text in (("en", "Step %d." % i), ("ja", "ステップ %d。" % i)):
        with open(os.path.join(folder, 'steps', '%s.%s.md' % (sid, lang)), 'w') as f:
            f.write(text + '\n')
    steps.append({"id": sid, "title": {"en": "Step %d" % i, "ja": "ステップ %d" % i},
                  "points": 10, "checks": [check],
                  "solution": [{"set": "services[web].desiredCount", "value": 2}]})
with open(os.path.join(folder, 'start.berth'), 'w') as f:
    json.dump(design, f, indent=4, sort_keys=True)
with open(os.path.join(folder, 'lab.json'), 'w') as f:
    json.dump({"format": "berth-lab", "id": "bench-lab", "version": 1,
               "title": {"en": "Bench", "ja": "ベンチ"}, "design": "start.berth",
               "steps": steps}, f, indent=4, ensure_ascii=False)
