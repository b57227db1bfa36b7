#!/usr/bin/env python3
"""Failover run on the cluster of bench/cluster.sh (issue 10, "done when"; bench/results/several-nodes.md).

A bounded write load of replies from 16 clients, each reply with an Idempotency-Key that the
client keeps for its retries (a failed or unanswered request is sent again with the same key until
it is acknowledged). Meanwhile: kill Galera node 1 (the writer), restart it, kill Helsebro node 1,
restart it. At the end every acknowledged reply must be in the database exactly once, and the error
rate must be back under 1 % within 10 s of each event.

    bench/cluster.sh start && bench/cluster-failover.py [--clients 16] [--rate 10] [--phase 20]

--rate is replies per second per client (bounded load), --phase the seconds between events.
Prints the events, the error rate per second and a RESULT line.
"""
import argparse
import json
import os
import subprocess
import threading
import time
import urllib.error
import urllib.request
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
CLUSTER = os.path.join(HERE, "cluster.sh")


def cluster_env():
    out = subprocess.run([CLUSTER, "env"], check=True, capture_output=True, text=True).stdout
    return dict(line.split("=", 1) for line in out.splitlines() if "=" in line)


def call(base, method, path, body=None, token=None, key=None, timeout=10):
    headers = {"Content-Type": "application/json", "Accept": "application/json",
               "X-Helsebro-Csrf": "1"}
    if token:
        headers["Authorization"] = "Bearer " + token
    if key:
        headers["Idempotency-Key"] = key
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(base + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()
    except Exception:  # connection refused, reset, timeout: no answer at all
        return 0, b""


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.per_second = {}  # second -> [ok, failed]
        self.acked = []

    def attempt(self, ok):
        s = int(time.time())
        with self.lock:
            row = self.per_second.setdefault(s, [0, 0])
            row[0 if ok else 1] += 1


def client(n, env, token, topics, stats, stop, rate):
    base = env["CLUSTER_HTTP"]
    i = 0
    while not stop.is_set():
        i += 1
        key = f"failover-{n}-{i}-{uuid.uuid4().hex[:8]}"
        topic = topics[(n + i) % len(topics)]
        body = {"body": f"Failover-svar {key}"}
        started = time.time()
        while True:  # the client's retries: same key until acknowledged
            status, _ = call(base, "POST", f"/api/v1/topics/{topic}/posts", body, token, key)
            ok = status in (200, 201)
            stats.attempt(ok)
            if ok:
                with stats.lock:
                    stats.acked.append(key)
                break
            if stop.is_set() and time.time() - started > 30:
                break
            time.sleep(0.2)
        time.sleep(max(0.0, 1.0 / rate - (time.time() - started)))


def recovery_seconds(per_second, at, settled=5, window=60):
    """Seconds from an event until the error rate is under 1 % for `settled` seconds in a row.

    A second without any answered attempt counts as bad: the clients were waiting on requests
    that had not been answered yet (a stall is an outage too)."""
    def good(s):
        ok, failed = per_second.get(s, [0, 0])
        return ok + failed > 0 and failed / (ok + failed) < 0.01

    for s in range(at, at + window):
        if all(good(s + i) for i in range(settled)):
            return s - at
    return None


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--clients", type=int, default=16)
    p.add_argument("--rate", type=float, default=10.0)
    p.add_argument("--phase", type=int, default=20)
    a = p.parse_args()
    env = cluster_env()
    status, body = call(env["CLUSTER_HTTP"], "POST", "/api/v1/auth/sign-in",
                        {"email": env["CLUSTER_COORDINATOR_EMAIL"],
                         "password": env["CLUSTER_COORDINATOR_PASSWORD"]})
    assert status == 200, body
    token = json.loads(body)["accessToken"]
    _, body = call(env["CLUSTER_HTTP"], "GET", "/api/v1/categories", token=token)
    category = json.loads(body)[0]["id"]
    topics = []
    for i in range(4):
        status, body = call(env["CLUSTER_HTTP"], "POST", "/api/v1/topics",
                            {"categoryId": category, "kind": "DISCUSSION",
                             "title": f"Failover {i} {uuid.uuid4().hex[:6]}",
                             "body": "Et emne for failover-målingen."},
                            token, key=uuid.uuid4().hex)
        assert status == 201, body
        topics.append(json.loads(body)["topicId"])

    stats, stop = Stats(), threading.Event()
    threads = [threading.Thread(target=client, args=(n, env, token, topics, stats, stop, a.rate))
               for n in range(a.clients)]
    for t in threads:
        t.start()
    events = []

    def event(name, *args):
        time.sleep(a.phase)
        events.append((int(time.time()), name))
        print(f"{time.strftime('%H:%M:%S')} {name}", flush=True)
        subprocess.run([CLUSTER, *args], check=False)

    event("kill Galera node 1 (the writer)", "kill-db", "1")
    event("restart Galera node 1", "restart-db", "1")
    event("kill Helsebro node 1", "kill-app", "1")
    event("restart Helsebro node 1", "restart-app", "1")
    time.sleep(a.phase)
    stop.set()
    for t in threads:
        t.join(60)

    seconds = sorted(stats.per_second)
    for s in seconds:
        ok, failed = stats.per_second[s]
        marks = "".join(f"  <- {name}" for at, name in events if at == s)
        print(f"{time.strftime('%H:%M:%S', time.localtime(s))} ok={ok} failed={failed}{marks}")
    recovery = [recovery_seconds(stats.per_second, at) for at, _ in events]

    keys = set(stats.acked)
    topic_list = ",".join(str(t) for t in topics)
    sql = ("SELECT body_md FROM forum_posts WHERE topic_id IN (" + topic_list + ") "
           "AND body_md LIKE 'Failover-svar %'")
    host, port = "127.0.0.1", env["CLUSTER_JDBC"].split(":")[3].split("/")[0]
    rows = subprocess.run(
        ["mariadb", "-h", host, "-P", port, "-u", env["CLUSTER_DB_USER"],
         "-p" + env["CLUSTER_DB_PASSWORD"], "-N", "-B", "helsebro", "-e", sql],
        check=True, capture_output=True, text=True).stdout.split("\n")
    stored = [r.split(" ", 1)[1] for r in rows if r.startswith("Failover-svar ")]
    lost = len(keys - set(stored))
    duplicates = len(stored) - len(set(stored))
    total_ok = sum(v[0] for v in stats.per_second.values())
    total_failed = sum(v[1] for v in stats.per_second.values())
    print(f"RESULT cluster-failover acknowledged={len(keys)} stored={len(stored)} lost={lost} "
          f"duplicates={duplicates} attempts_ok={total_ok} attempts_failed={total_failed} "
          f"seconds_to_under_1pct={recovery} clients={a.clients} rate={a.rate}/s/client")


if __name__ == "__main__":
    main()
