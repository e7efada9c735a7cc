#!/usr/bin/env python3
"""Clients posting wrong passwords to /api/auth/login, each from its own loopback address
(127.0.1.N), back to back until killed (SIGTERM), then a count of the answers by status.
One process and a thread per client: forking curl per request would load the machine more
than the server does. Used by hardening-bench.sh.

    wrong_passwords.py --port PORT [--clients 20] [--out FILE]
"""
import argparse
import collections
import http.client
import signal
import sys
import threading

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, required=True)
parser.add_argument("--clients", type=int, default=20)
parser.add_argument("--out", default="-")
args = parser.parse_args()

stop = threading.Event()
counts = collections.Counter()
lock = threading.Lock()


def client(n):
    body = b'{"password":"wrong guess %d"}' % n
    conn = None
    while not stop.is_set():
        try:
            if conn is None:
                conn = http.client.HTTPConnection("127.0.0.1", args.port, timeout=30,
                                                  source_address=("127.0.1.%d" % n, 0))
            conn.request("POST", "/api/auth/login", body, {"Content-Type": "application/json"})
            r = conn.getresponse()
            r.read()
            status = r.status
            if r.getheader("Connection", "").lower() == "close":
                conn.close()
                conn = None
        except Exception:
            status = "error"
            if conn is not None:
                conn.close()
            conn = None
            stop.wait(0.1)
        with lock:
            counts[status] += 1


signal.signal(signal.SIGTERM, lambda *_: stop.set())
threads = [threading.Thread(target=client, args=(n,), daemon=True)
           for n in range(1, args.clients + 1)]
for t in threads:
    t.start()
try:
    while not stop.wait(0.2):
        pass
except KeyboardInterrupt:
    pass
stop.set()
for t in threads:
    t.join(timeout=2)
out = sys.stdout if args.out == "-" else open(args.out, "w")
out.write("  ".join("%s x%d" % (k, v) for k, v in sorted(counts.items(), key=str)) + "\n")
