"""Writes a project with one cluster of 5 instances and 10 services of 10 demo tasks each."""
import json
import sys

instances = [{"availabilityZone": "us-east-1a", "canvas": {"x": 40 + 200 * i, "y": 60},
              "cpu": 8192, "instanceType": "m5.2xlarge", "memory": 31000,
              "name": "i%d" % (i + 1), "registeredAt": "2026-11-01T09:00:00Z",
              "status": "ACTIVE"} for i in range(5)]
project = {
    "format": "berth-project", "version": 1, "name": "bench-api", "region": "us-east-1",
    "accountId": "123456789012",
    "clusters": [{"name": "bench", "canvas": {"x": 0, "y": 0, "width": 1100, "height": 300},
                  "fargate": {"enabled": False, "quota": 0}, "instances": instances}],
    "taskDefinitions": [{"canvas": {"x": 0, "y": 400}, "revision": 1, "definition": {
        "family": "web", "networkMode": "bridge", "requiresCompatibilities": ["EC2"],
        "containerDefinitions": [{"name": "web", "image": "berth/demo:1", "cpu": 16,
                                  "memory": 24, "essential": True,
                                  "portMappings": [{"containerPort": 8080, "hostPort": 0,
                                                    "protocol": "tcp"}]}]}}],
    "services": [{"canvas": {"x": 100 * i, "y": 200}, "cluster": "bench",
                  "serviceName": "svc-%d" % i, "taskDefinition": "web:1",
                  "desiredCount": 10, "launchType": "EC2"} for i in range(10)],
    "loadBalancers": [], "targetGroups": [],
}
with open(sys.argv[1], "w") as f:
    json.dump(project, f, indent=2)
