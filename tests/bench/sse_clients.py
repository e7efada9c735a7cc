#!/usr/bin/env python3
"""Holds N Server-Sent Events streams open in one process (for stream-bench.sh).

Opens --count connections to GET --path with "Authorization: Bearer --key", checks that
each answers 200 text/event-stream, writes "ready N" to --ready once all have, then reads
and discards whatever arrives (so the clients are never slow) until SIGTERM/SIGINT. On exit
it prints one line:

    SSE_RESULT clients=N ok=N open=M bytes=B events=E closed=C

ok: answered 200; open: still connected at the end (the server drops no one that reads);
events: "event: pageview|event" blocks received over all clients.
"""

import argparse
import selectors
import signal
import socket
import sys
import time


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--path", required=True)
    ap.add_argument("--key", default="")
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--ready", default="")
    ap.add_argument("--timeout", type=float, default=20.0)
    args = ap.parse_args()

    request = (f"GET {args.path} HTTP/1.1\r\nHost: {args.host}\r\n"
               "Accept: text/event-stream\r\n")
    if args.key:
        request += f"Authorization: Bearer {args.key}\r\n"
    request = (request + "\r\n").encode()

    sel = selectors.DefaultSelector()
    state = {}  # socket -> dict(head=bytes|None, ok=bool, tail=bytes)
    for _ in range(args.count):
        s = socket.create_connection((args.host, args.port))
        s.sendall(request)
        s.setblocking(False)
        state[s] = {"buf": b"", "ok": False, "head": False, "tail": b""}
        sel.register(s, selectors.EVENT_READ)

    stop = False

    def on_signal(*_):
        nonlocal stop
        stop = True

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)

    total_bytes = 0
    events = 0
    closed = 0
    ok = 0
    ready_written = False
    started = time.monotonic()
    while not stop:
        for key, _ in sel.select(timeout=0.2):
            s = key.fileobj
            st = state[s]
            try:
                data = s.recv(65536)
            except (BlockingIOError, InterruptedError):
                continue
            except OSError:
                data = b""
            if not data:
                sel.unregister(s)
                s.close()
                closed += 1
                continue
            total_bytes += len(data)
            if not st["head"]:
                st["buf"] += data
                end = st["buf"].find(b"\r\n\r\n")
                if end < 0:
                    continue
                head = st["buf"][:end]
                st["head"] = True
                status = head.split(b"\r\n", 1)[0].split(b" ")
                if len(status) >= 2 and status[1] == b"200" and b"text/event-stream" in head:
                    st["ok"] = True
                    ok += 1
                data = st["buf"][end + 4:]
                st["buf"] = b""
            # count event blocks, also across read boundaries
            chunk = st["tail"] + data
            events += chunk.count(b"event: pageview") + chunk.count(b"event: event")
            st["tail"] = chunk[-16:]
            events -= st["tail"].count(b"event: pageview") + st["tail"].count(b"event: event")
        if not ready_written and args.ready and ok == args.count:
            with open(args.ready, "w") as f:
                f.write(f"ready {ok}\n")
            ready_written = True
        if not ready_written and time.monotonic() - started > args.timeout:
            with open(args.ready, "w") as f:
                f.write(f"failed {ok} of {args.count} answered 200\n")
            ready_written = True
    # whatever the last tails hold
    for st in state.values():
        events += st["tail"].count(b"event: pageview") + st["tail"].count(b"event: event")
    still_open = len(sel.get_map())
    print(f"SSE_RESULT clients={args.count} ok={ok} open={still_open} bytes={total_bytes} "
          f"events={events} closed={closed}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
