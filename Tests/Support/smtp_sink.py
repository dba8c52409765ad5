#!/usr/bin/python3
"""A real SMTP server for the tests (Debian's python3-aiosmtpd): every message it accepts is
written to DIR as NNNN.eml (as received) and NNNN.json (recipient, sender, Message-ID, subject
and the decoded text), so Swift and Python tests read what a mail server received.

  /usr/bin/python3 Tests/Support/smtp_sink.py --dir DIR [--port PORT]

Prints "ready PORT" (and writes it to DIR/ready) when it listens (port 0 picks a free one). Stops on SIGTERM, or when the
process that started it has gone."""
import argparse, email, email.header, email.policy, json, os, signal, sys, threading

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, directory):
        self.directory = directory
        self.lock = threading.Lock()
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        body = message.get_body(("plain",))
        record = {
            "to": envelope.rcpt_tos, "from": envelope.mail_from, "message_id": message.get("Message-ID", ""),
            "subject": str(message.get("Subject", "")), "text": body.get_content() if body else "",
        }
        with self.lock:
            self.count += 1
            name = os.path.join(self.directory, f"{self.count:04d}")
        with open(name + ".eml.tmp", "wb") as f:
            f.write(envelope.content)
        os.rename(name + ".eml.tmp", name + ".eml")
        with open(name + ".json.tmp", "w") as f:
            json.dump(record, f, ensure_ascii=False)
        os.rename(name + ".json.tmp", name + ".json")
        return "250 Message accepted for delivery"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", required=True)
    ap.add_argument("--port", type=int, default=0)
    args = ap.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    port = args.port
    if port == 0:
        import socket
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
    controller = Controller(Sink(args.dir), hostname="127.0.0.1", port=port)
    controller.start()
    # Also as a file: a reader polling for it never blocks on a pipe a signal can interrupt.
    with open(os.path.join(args.dir, "ready.tmp"), "w") as f:
        f.write(f"ready {port}\n")
    os.replace(os.path.join(args.dir, "ready.tmp"), os.path.join(args.dir, "ready"))
    print(f"ready {port}", flush=True)
    stopped = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stopped.set())
    signal.signal(signal.SIGINT, lambda *_: stopped.set())
    parent = os.getppid()
    # Also stop when the process that started it is gone (a test run that ended or crashed).
    while not stopped.wait(0.5):
        if os.getppid() != parent:
            break
    controller.stop()


if __name__ == "__main__":
    main()
