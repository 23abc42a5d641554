#!/usr/bin/env python3
"""Soak: the sample project under `berth run --headless` on a fast lab clock, with random task
kills, scale changes and deployments every few seconds (seeded, bounded, loopback only).
Prints Berth's resident memory, open files and threads at the start, every minute and at
the end, whether every service is back at its desired count of running tasks at the end, and
how many containers and networks of the project are left after the run stopped (orphans).
Not part of scripts/test.sh: it takes as long as it is told to.

    bench/soak/soak.py BUILD_DIR [--minutes 30] [--seed 22] [--time-scale 60]

Needs a Docker daemon (DOCKER_HOST or /var/run/docker.sock) and HAProxy. The sample is run
under its own project name ("soak") with its listener moved to port 18480, so it meets no
other run of the sample on this machine.
"""
import argparse
import http.client
import json
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PROJECT = "soak"


class UnixConnection(http.client.HTTPConnection):
    def __init__(self, path):
        super().__init__("localhost", timeout=30)
        self.path = path

    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(30)
        self.sock.connect(self.path)


def docker(method, path):
    host = os.environ.get("DOCKER_HOST", "unix:///var/run/docker.sock")
    conn = UnixConnection(host[len("unix://"):])
    conn.request(method, path)
    resp = conn.getresponse()
    body = resp.read()
    conn.close()
    return resp.status, (json.loads(body) if body and body[:1] in b"[{" else body)


def project_filter():
    return urllib.parse.quote(json.dumps({"label": ["io.berth.project=" + PROJECT]}))


def containers(all_states=False):
    _, listed = docker("GET", "/containers/json?all=%d&filters=%s"
                       % (1 if all_states else 0, project_filter()))
    return listed


def networks():
    _, listed = docker("GET", "/networks?filters=" + project_filter())
    return listed


def running_per_service():
    counts = {}
    for c in containers():
        service = c["Labels"].get("io.berth.service", "")
        task = c["Labels"].get("io.berth.task", "")
        counts.setdefault(service, set()).add(task)
    return {s: len(t) for s, t in counts.items()}


def process_figures(pid):
    rss = threads = 0
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1]) // 1024
            elif line.startswith("Threads:"):
                threads = int(line.split()[1])
    files = len(os.listdir("/proc/%d/fd" % pid))
    return {"rss_mib": rss, "open_files": files, "threads": threads}


def berth_service(berth, project_file, service, *args):
    return subprocess.run([berth, "service", project_file, service, *args],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                          timeout=60).returncode


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build")
    parser.add_argument("--minutes", type=float, default=30)
    parser.add_argument("--seed", type=int, default=22)
    parser.add_argument("--time-scale", type=float, default=60)
    args = parser.parse_args()
    berth = os.path.join(args.build, "bin", "berth")
    rng = random.Random(args.seed)

    work = tempfile.mkdtemp(prefix="berth-soak-")
    with open(os.path.join(ROOT, "resources", "samples", "web-api.berth")) as f:
        design = json.load(f)
    design["name"] = PROJECT
    for lb in design["loadBalancers"]:
        for listener in lb["listeners"]:
            listener["port"] = 18480
    desired = {s["serviceName"]: s["desiredCount"] for s in design["services"]}
    project_file = os.path.join(work, "soak.berth")
    with open(project_file, "w") as f:
        json.dump(design, f, indent=2)

    env = dict(os.environ, BERTH_TIME_SCALE=str(args.time_scale), BERTH_LANG="en")
    log = open(os.path.join(work, "run.log"), "w")
    run = subprocess.Popen([berth, "run", project_file, "--headless", "--no-api", "--quiet"],
                           stdout=log, stderr=subprocess.STDOUT, env=env)
    print("soak: seed %d, %.0f min at %gx, log %s" % (args.seed, args.minutes,
                                                     args.time_scale, log.name), flush=True)

    def steady(timeout):
        deadline = time.monotonic() + timeout
        stable_since = None
        while time.monotonic() < deadline:
            if run.poll() is not None:
                return False
            counts = running_per_service()
            if all(counts.get(s, 0) == n for s, n in desired.items()) and \
                    sum(counts.values()) == sum(desired.values()):
                stable_since = stable_since or time.monotonic()
                if time.monotonic() - stable_since >= 10:
                    return True
            else:
                stable_since = None
            time.sleep(1)
        return False

    if not steady(300):
        print("soak: the sample did not reach its desired counts; see " + log.name)
        run.terminate()
        return 1
    start = process_figures(run.pid)
    print("soak: start %s" % start, flush=True)

    actions = {"kill": 0, "scale": 0, "deploy": 0}
    end = time.monotonic() + args.minutes * 60
    next_report = time.monotonic() + 60
    while time.monotonic() < end and run.poll() is None:
        time.sleep(rng.uniform(2, 6))
        action = rng.choice(["kill", "kill", "scale", "deploy"])
        service = rng.choice(sorted(desired))
        if action == "kill":
            running = [c for c in containers()
                       if c["Labels"].get("io.berth.service") == service]
            if running:
                victim = rng.choice(running)
                docker("POST", "/containers/%s/kill" % victim["Id"])
        elif action == "scale":
            desired[service] = rng.randint(1, 5)
            berth_service(berth, project_file, service, "--desired-count",
                          str(desired[service]))
        else:
            berth_service(berth, project_file, service, "--force-new-deployment")
        actions[action] += 1
        if time.monotonic() >= next_report:
            next_report += 60
            print("soak: %s, actions %s" % (process_figures(run.pid), actions), flush=True)

    alive = run.poll() is None
    at_rest = alive and steady(300)
    finish = process_figures(run.pid) if alive else {}
    print("soak: end %s" % finish, flush=True)
    run.send_signal(signal.SIGTERM)
    try:
        code = run.wait(timeout=120)
    except subprocess.TimeoutExpired:
        run.kill()
        code = "killed after 120 s"
    time.sleep(1)
    orphans = len(containers(all_states=True)) + len(networks())
    print("soak: actions %s" % actions)
    print("soak: RSS %s -> %s MiB, open files %s -> %s, threads %s -> %s"
          % (start["rss_mib"], finish.get("rss_mib"), start["open_files"],
             finish.get("open_files"), start["threads"], finish.get("threads")))
    print("soak: berth alive to the end: %s, steady state at the end: %s, exit code %s, "
          "orphans %d" % (alive, at_rest, code, orphans))
    return 0 if alive and at_rest and orphans == 0 and code == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
