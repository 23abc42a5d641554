"""Prints a wrk script that POSTs one DescribeServices request, signed by botocore with the
credentials in the environment (a signature stays valid for five minutes, so one signed
request can be replayed for the whole run)."""
import os
import sys

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

url, body, sign = sys.argv[1], sys.argv[2], sys.argv[3] == "yes"
request = AWSRequest(method="POST", url=url, data=body.encode(), headers={
    "Content-Type": "application/x-amz-json-1.1",
    "X-Amz-Target": "AmazonEC2ContainerServiceV20141113.DescribeServices"})
if sign:
    SigV4Auth(Credentials(os.environ["AWS_ACCESS_KEY_ID"], os.environ["AWS_SECRET_ACCESS_KEY"]),
              "ecs", "us-east-1").add_auth(request)
lua_body = body.replace("\\", "\\\\").replace('"', '\\"')
print('wrk.method = "POST"')
print('wrk.body = "%s"' % lua_body)
for name, value in request.headers.items():
    print('wrk.headers["%s"] = "%s"' % (name, value))
