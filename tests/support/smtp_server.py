#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A real SMTP server (Debian's python3-aiosmtpd) on 127.0.0.1 for the tests (TestSmtpServer).

Listens on a free port and prints {"ready": PORT} on one line; then prints one JSON line per
message received: the envelope, the headers and body as Python's e-mail parser decodes them, and
whether it came over TLS and after AUTH. Recipients at refused.example get 550. Runs until killed.
"""
import argparse
import asyncio
import base64
import email
import email.policy
import json
import ssl
import sys

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class Printer:
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.endswith("@refused.example"):
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        print(json.dumps({
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "from": str(message["From"]),
            "to": str(message["To"]),
            "subject": str(message["Subject"]),
            "date": str(message["Date"]),
            "message_id": str(message["Message-ID"]),
            "body": message.get_content().replace("\r\n", "\n"),  # the text; "raw" keeps the wire
            "tls": session.ssl is not None or server.transport.get_extra_info("ssl_object") is not None,
            "authenticated": bool(session.authenticated),
            "raw": base64.b64encode(envelope.content).decode("ascii"),
        }), flush=True)
        return "250 OK: queued"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--security", choices=["none", "starttls", "tls"], default="none")
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--user")
    parser.add_argument("--password")
    arguments = parser.parse_args()

    context = None
    if arguments.security != "none":
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(arguments.cert, arguments.key)

    def authenticate(server, session, envelope, mechanism, data):
        ok = (isinstance(data, LoginPassword) and data.login.decode() == arguments.user
              and data.password.decode() == arguments.password)
        return AuthResult(success=ok, handled=False)  # not handled: the server answers 535 itself

    def factory():
        return SMTP(Printer(), hostname="localhost",
                    tls_context=context if arguments.security == "starttls" else None,
                    require_starttls=arguments.security == "starttls",
                    authenticator=authenticate if arguments.user else None,
                    auth_required=bool(arguments.user),
                    auth_require_tls=arguments.security != "none")

    loop = asyncio.new_event_loop()
    server = loop.run_until_complete(loop.create_server(
        factory, host="127.0.0.1", port=0, ssl=context if arguments.security == "tls" else None))
    print(json.dumps({"ready": server.sockets[0].getsockname()[1]}), flush=True)
    loop.run_forever()


if __name__ == "__main__":
    sys.exit(main())
