#!/usr/bin/env python3
"""Creates each CloudFormation template Berth exported in moto's CloudFormation, in a VPC
with two subnets made for it, and prints `TEMPLATE: STATUS` per template. Exit 0 only when
every stack reaches CREATE_COMPLETE. moto is an oracle for the tests, not a product need."""
import json
import sys
import warnings

import boto3
from moto import mock_aws
from moto.elbv2 import models as elbv2_models


warnings.filterwarnings("ignore")  # moto's "no CloudFormation support" for auto scaling


def _load_balancer_from_template(cls, resource_name, cloudformation_json, account_id,
                                 region_name, **kwargs):
    # moto 5.2.1 drops the template's Type and makes every load balancer an application one,
    # which then refuses a network load balancer's TCP listener. Same call, Type passed on.
    properties = cloudformation_json["Properties"]
    backend = elbv2_models.elbv2_backends[account_id][region_name]
    return backend.create_load_balancer(
        resource_name, properties.get("SecurityGroups"), properties.get("Subnets"),
        scheme=properties.get("Scheme", "internet-facing"),
        loadbalancer_type=properties.get("Type"))


elbv2_models.FakeLoadBalancer.create_from_cloudformation_json = classmethod(
    _load_balancer_from_template)


def create(path):
    ec2 = boto3.client("ec2", region_name="us-east-1")
    vpc = ec2.create_vpc(CidrBlock="10.0.0.0/16")["Vpc"]["VpcId"]
    subnets = [
        ec2.create_subnet(VpcId=vpc, CidrBlock=f"10.0.{i}.0/24",
                          AvailabilityZone=f"us-east-1{zone}")["Subnet"]["SubnetId"]
        for i, zone in enumerate("ab")
    ]
    body = open(path).read()
    parameters = [{"ParameterKey": "VpcId", "ParameterValue": vpc},
                  {"ParameterKey": "Subnets", "ParameterValue": ",".join(subnets)}]
    if "CertificateArn" in json.loads(body).get("Parameters", {}):
        parameters.append({"ParameterKey": "CertificateArn",
                           "ParameterValue": "arn:aws:acm:us-east-1:123456789012:certificate/x"})
    cfn = boto3.client("cloudformation", region_name="us-east-1")
    name = "berth-" + str(abs(hash(path)))
    cfn.create_stack(StackName=name, TemplateBody=body, Parameters=parameters)
    stack = cfn.describe_stacks(StackName=name)["Stacks"][0]
    status = stack["StackStatus"]
    if status != "CREATE_COMPLETE":
        events = cfn.describe_stack_events(StackName=name)["StackEvents"]
        reasons = [e.get("ResourceStatusReason", "") for e in events
                   if e.get("ResourceStatusReason")]
        status += " " + "; ".join(reasons)
    services = boto3.client("ecs", region_name="us-east-1")
    counts = []
    for cluster in services.list_clusters()["clusterArns"]:
        counts.append(len(services.list_services(cluster=cluster)["serviceArns"]))
    return status, sum(counts)


def main():
    ok = True
    for path in sys.argv[1:]:
        with mock_aws():
            status, services = create(path)
        print(f"{path}: {status} services={services}")
        ok = ok and status == "CREATE_COMPLETE"
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
