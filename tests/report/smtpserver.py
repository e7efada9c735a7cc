#!/usr/bin/python3
"""A real SMTP server on loopback for the report tests (Debian's python3-aiosmtpd):
STARTTLS required (or, with --implicit-tls, TLS from the first byte), AUTH PLAIN/LOGIN
required with one user, every accepted message written to --spool as N.eml with the
envelope in N.env. Prints "port N" once it listens; stops when stdin closes.

    smtpserver.py --cert C --key K --spool DIR [--user U --password P] [--implicit-tls]
"""
import argparse
import json
import os
import socket
import ssl
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

parser = argparse.ArgumentParser()
parser.add_argument("--cert", required=True)
parser.add_argument("--key", required=True)
parser.add_argument("--spool", required=True)
parser.add_argument("--user", default="reports")
parser.add_argument("--password", default="s3cret")
parser.add_argument("--implicit-tls", action="store_true")
args = parser.parse_args()


class Spool:
    def __init__(self):
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(args.spool, str(self.count))
        with open(base + ".eml", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        with open(base + ".env", "w") as f:
            json.dump({"from": envelope.mail_from, "to": envelope.rcpt_tos,
                       "tls": session.ssl is not None
                       or server.transport.get_extra_info("ssl_object") is not None}, f)
        return "250 OK"


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = (isinstance(auth_data, LoginPassword)
          and auth_data.login == args.user.encode()
          and auth_data.password == args.password.encode())
    return AuthResult(success=ok, handled=False)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
context.load_cert_chain(args.cert, args.key)
port = free_port()
common = dict(hostname="127.0.0.1", port=port, authenticator=authenticator,
              auth_required=True)
if args.implicit_tls:
    # aiosmtpd only offers AUTH after STARTTLS unless told otherwise; here the whole
    # connection is TLS already.
    controller = Controller(Spool(), ssl_context=context, auth_require_tls=False, **common)
else:
    controller = Controller(Spool(), tls_context=context, require_starttls=True, **common)
controller.start()
print("port %d" % port, flush=True)
try:
    sys.stdin.read()
finally:
    controller.stop()
