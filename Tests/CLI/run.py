#!/usr/bin/env python3
"""The fritidspas command line, run as a newcomer or an operator would: serve --demo twice (no
duplicates; a clean stop on SIGTERM; no personal data in the log), migrate, user add (password from
standard input or generated and printed once, never logged; wrong input refused with a message),
HTTP limits (too many or too large header fields are refused), backup while the server runs (the
copy passes integrity_check), a child erased on request stays
erased when that older backup is restored (the erasure ledger; retention --dry-run lists it, the
server's start erases again), and retention --dry-run (changes nothing), and e-mail delivered exactly once across a kill -9 between
the commit that queued it and its delivery.

  Tests/CLI/run.py BINARY"""
import http.cookiejar, json, os, re, shutil, signal, socket, sqlite3, stat, subprocess, sys, tempfile, time, urllib.parse, urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "Tests", "Support"))
from demo_authenticator import demo_code  # noqa: E402
failures = []


def expect(condition, message):
    print(("ok     " if condition else "FAILED ") + message)
    if not condition:
        failures.append(message)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def count(db, sql, *args):
    with sqlite3.connect(db) as c:
        return c.execute(sql, args).fetchone()[0]


def serve(binary, db, work, **extra_env):
    """Starts `serve --demo`, waits for /healthz, and returns (process, log path)."""
    port = free_port()
    log = os.path.join(work, f"serve-{port}.log")
    env = dict(os.environ, FRITIDSPAS_UPLOADS=os.path.join(work, "uploads"), **extra_env)
    process = subprocess.Popen([binary, "serve", "--db", db, "--port", str(port), "--demo"], cwd=ROOT, env=env,
                               stdout=open(log, "w"), stderr=subprocess.STDOUT)
    for _ in range(300):
        if process.poll() is not None:
            sys.exit(f"the server stopped (exit {process.returncode}); see {log}")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
            return process, log, port
        except Exception:
            time.sleep(0.2)
    process.kill()
    sys.exit("the server did not answer /healthz")


def stop(process):
    process.send_signal(signal.SIGTERM)
    try:
        return process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        return None


def coordinator_session(port):
    """Signs in as the demo coordinator; returns a function that posts a form as a browser does."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    base = f"http://127.0.0.1:{port}"

    def post(path, fields, form_path=None):
        page = opener.open(base + (form_path or path), timeout=10).read().decode()
        token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        data = urllib.parse.urlencode(dict(fields, csrf_token=token)).encode()
        return opener.open(urllib.request.Request(base + path, data=data), timeout=10)

    answer = post("/login", {"email": "coordinator@holstebro.demo", "password": "demo-fritidspas"})
    if answer.geturl().endswith("/login/code"):
        post("/login/code", {"code": demo_code("coordinator@holstebro.demo")})
    return post


def erase_on_request(port, child):
    """Signs in as the demo coordinator and erases the child through the confirmation form."""
    post = coordinator_session(port)
    return post(f"/children/{child}/anonymisation", {"reason": "Forældrene har bedt om sletning", "confirm": "yes"}).status


class BlackHole:
    """A TCP port that accepts connections and never answers: an SMTP delivery to it hangs, so
    the server can be killed with a message committed but not delivered."""

    def __init__(self):
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(16)
        self.socket.settimeout(0.2)
        self.port = self.socket.getsockname()[1]
        self.held = []

    def accept_pending(self):
        try:
            while True:
                self.held.append(self.socket.accept()[0])
        except (socket.timeout, BlockingIOError):
            pass
        return len(self.held)

    def close(self):
        for connection in self.held:
            connection.close()
        self.socket.close()


def mail_exactly_once_across_a_crash(binary, work):
    """kill -9 between commit and delivery, restart: every message arrives at the real SMTP server once."""
    db = os.path.join(work, "mail.sqlite")
    mail_dir = os.path.join(work, "mail")
    hole = BlackHole()
    mail = dict(FRITIDSPAS_SMTP_HOST="127.0.0.1", FRITIDSPAS_SMTP_FROM="fritidspas@holstebro.test",
                FRITIDSPAS_BASE_URL="https://fritidspas.holstebro.test")
    server, log, port = serve(binary, db, work, FRITIDSPAS_SMTP_PORT=str(hole.port), **mail)
    post = coordinator_session(port)
    created = post("/users", {"name": "Kim Krak", "email": "kim.krak@holstebro.demo", "role": "volunteer"}, form_path="/users/new")
    expect(created.status == 200, "the coordinator creates a user (its activation e-mail commits with it)")
    row = sqlite3.connect(db).execute("SELECT id, status FROM outbox WHERE recipient = 'kim.krak@holstebro.demo'").fetchone()
    expect(row is not None and row[1] == "pending", f"the e-mail is in the outbox, not yet delivered ({row})")
    for _ in range(50):
        if hole.accept_pending() > 0:
            break
        time.sleep(0.1)
    expect(hole.accept_pending() > 0, "a delivery is under way to the (silent) mail server")
    server.kill()  # SIGKILL: no shutdown, no chance to mark anything
    server.wait()
    expect(count(db, "SELECT COUNT(*) FROM outbox WHERE status = 'sent'") == 0, "nothing was marked sent before the crash")

    sink = subprocess.Popen(["/usr/bin/python3", os.path.join(ROOT, "Tests", "Support", "smtp_sink.py"), "--dir", mail_dir],
                            stdout=subprocess.PIPE, text=True)
    sink_port = int(sink.stdout.readline().split()[1])
    try:
        server, log, port = serve(binary, db, work, FRITIDSPAS_SMTP_PORT=str(sink_port), **mail)
        total = count(db, "SELECT COUNT(*) FROM outbox")
        for _ in range(150):
            if count(db, "SELECT COUNT(*) FROM outbox WHERE status = 'sent'") == count(db, "SELECT COUNT(*) FROM outbox"):
                break
            time.sleep(0.2)
        time.sleep(2)
        stop(server)
        received = [json.load(open(os.path.join(mail_dir, f))) for f in sorted(os.listdir(mail_dir)) if f.endswith(".json")]
        ids = [m["message_id"] for m in received]
        expect(count(db, "SELECT COUNT(*) FROM outbox WHERE status = 'sent'") == count(db, "SELECT COUNT(*) FROM outbox") >= total,
               "after the restart every message in the outbox is marked sent")
        expect(len(ids) == len(set(ids)) == count(db, "SELECT COUNT(*) FROM outbox"),
               f"each message arrived exactly once ({len(ids)} received, {len(set(ids))} distinct Message-IDs)")
        kim = [m for m in received if "kim.krak@holstebro.demo" in m["to"]]
        expect(len(kim) == 1 and kim[0]["message_id"] == f"<fritidspas-outbox-{row[0]}@holstebro.test>"
               and "https://fritidspas.holstebro.test/activate/" in kim[0]["text"],
               "the activation e-mail committed before the crash arrived once, its outbox id as Message-ID, with a link to the configured address")
    finally:
        sink.terminate()
        sink.wait()
        hole.close()


def raw_request(port, head):
    """Sends a raw request head and returns the status line (or "" when the server just closes)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        connection.sendall(head.encode())
        try:
            answer = connection.recv(4096).decode(errors="replace")
        except (ConnectionResetError, socket.timeout):
            answer = ""
    return answer.split("\r\n", 1)[0]


def run(binary, *args, stdin=None):
    return subprocess.run([binary, *args], cwd=ROOT, input=stdin, text=True, capture_output=True, timeout=120)


def main():
    binary = os.path.abspath(sys.argv[1])
    work = tempfile.mkdtemp(prefix="fritidspas-cli-")
    db = os.path.join(work, "cli.sqlite")
    try:
        server, log, port = serve(binary, db, work)
        urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=5).read()
        users, children = count(db, "SELECT COUNT(*) FROM app_user"), count(db, "SELECT COUNT(*) FROM child")
        expect(users >= 9 and children > 0, f"serve --demo loads demo data ({users} users, {children} children)")

        # The HTTP limits (AppConfig): oversized heads are refused before any route runs.
        some = "".join(f"X-Filler-{i}: x\r\n" for i in range(50))
        status = raw_request(port, f"GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n{some}\r\n")
        expect(status.startswith("HTTP/1.1 200"), f"50 header fields are fine ({status})")
        many = "".join(f"X-Filler-{i}: x\r\n" for i in range(150))
        status = raw_request(port, f"GET /login HTTP/1.1\r\nHost: localhost\r\n{many}\r\n")
        expect(not status.startswith("HTTP/1.1 200"), f"150 header fields are refused ({status or 'connection closed'})")
        status = raw_request(port, f"GET /login HTTP/1.1\r\nHost: localhost\r\nX-Big: {'a' * 20000}\r\n\r\n")
        expect(not status.startswith("HTTP/1.1 200"), f"a 20 KB header is refused ({status or 'connection closed'})")
        status = raw_request(port, "GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        expect(status.startswith("HTTP/1.1 200"), f"and the server still answers a normal request ({status})")

        backup = os.path.join(work, "backup.sqlite")
        done = run(binary, "backup", "--db", db, "--to", backup)
        expect(done.returncode == 0, f"backup while the server runs: {done.stdout.strip()} {done.stderr.strip()}")
        with sqlite3.connect(backup) as c:
            expect(c.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "the backup passes integrity_check")
            expect(c.execute("SELECT COUNT(*) FROM child").fetchone()[0] == children, "the backup holds every child")

        # A child erased on request after the backup was taken.
        child, last_name = sqlite3.connect(db).execute("""
            SELECT c.id, c.last_name FROM child c JOIN municipality m ON m.id = c.municipality_id
            WHERE m.slug = 'holstebro' AND c.anonymised_at IS NULL AND length(c.last_name) > 3 ORDER BY c.id LIMIT 1""").fetchone()
        expect(erase_on_request(port, child) == 200, "the coordinator erases a child on request")
        ledger = db + ".erasures"
        expect(count(db, "SELECT COUNT(*) FROM child WHERE id = ? AND anonymised_at IS NOT NULL", child) == 1, "the child is anonymised")
        expect(os.path.exists(ledger) and stat.S_IMODE(os.stat(ledger).st_mode) == 0o600,
               "the erasure is recorded in <db>.erasures, readable by the server's user only")
        expect(last_name not in open(ledger).read(), "the erasure ledger holds no name")

        code = stop(server)
        expect(code == 0, f"SIGTERM stops the server cleanly (exit {code})")
        text = open(log).read()
        first_names = [r[0] for r in sqlite3.connect(db).execute("SELECT DISTINCT first_name FROM child WHERE length(first_name) > 4 LIMIT 20")]
        request_lines = [line for line in text.splitlines() if "route" in line and "status" in line]
        expect(any("/login" in line and "200" in line and "duration_ms" in line for line in request_lines),
               "one log line per request with route, status and duration")
        leaked = [n for n in first_names if f" {n} " in text or f"\"{n}\"" in text]
        expect(not leaked, f"no child's name in the log ({leaked})")

        # Restore the backup taken before the erasure, as an operator would (server stopped).
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(db + suffix):
                os.remove(db + suffix)
        shutil.copy(backup, db)
        expect(count(db, "SELECT COUNT(*) FROM child WHERE id = ? AND last_name = ?", child, last_name) == 1,
               "the restored backup holds the erased child again")
        done = run(binary, "retention", "--db", db, "--dry-run")
        expect(done.returncode == 0 and f"Would erase again 1 children" in done.stdout and f"child {child} (holstebro)" in done.stdout,
               f"retention --dry-run lists the child erased on request: {done.stdout.strip()[:200]}")
        expect(count(db, "SELECT COUNT(*) FROM child WHERE id = ? AND last_name = ?", child, last_name) == 1, "--dry-run erases nothing")

        server, log, _ = serve(binary, db, work)
        for _ in range(50):
            if count(db, "SELECT COUNT(*) FROM child WHERE id = ? AND anonymised_at IS NOT NULL", child) == 1:
                break
            time.sleep(0.2)
        stop(server)
        expect(count(db, "SELECT COUNT(*) FROM child WHERE id = ? AND last_name = ?", child, last_name) == 0
               and count(db, "SELECT COUNT(*) FROM audit_event WHERE entity_id = ? AND detail LIKE 'anonymised again from the erasure ledger%'", str(child)) == 1,
               "the server's start erases the child again (and audits it)")
        expect(count(db, "SELECT COUNT(*) FROM app_user") == users and count(db, "SELECT COUNT(*) FROM child") == children,
               "serve --demo a second time adds nothing")

        fresh = os.path.join(work, "fresh.sqlite")
        done = run(binary, "migrate", "--db", fresh)
        expect(done.returncode == 0 and count(fresh, "SELECT COUNT(*) FROM grdb_migrations") > 0, "migrate creates and migrates a new file")

        done = run(binary, "user", "add", "--db", db, "--municipality", "holstebro", "--role", "caseworker",
                   "--email", "ny.sagsbehandler@holstebro.dk", "--name", "Ny Sagsbehandler", "--password-stdin",
                   stdin="et-langt-hemmeligt-kodeord\n")
        expect(done.returncode == 0, f"user add with --password-stdin ({done.stderr.strip()})")
        expect("et-langt-hemmeligt-kodeord" not in done.stdout + done.stderr, "the password read from stdin is never printed")
        expect(count(db, "SELECT COUNT(*) FROM app_user WHERE email = 'ny.sagsbehandler@holstebro.dk' AND role = 'caseworker'") == 1,
               "the user is created in Holstebro")
        done = run(binary, "user", "add", "--db", db, "--municipality", "holstebro", "--role", "volunteer",
                   "--email", "frivillig.ny@holstebro.dk", "--name", "Ny Frivillig")
        expect(done.returncode == 0 and "password (shown only this once): " in done.stdout.lower(),
               f"without --password-stdin a password is generated and printed: {done.stdout.strip()[:120]}")
        again = run(binary, "user", "add", "--db", db, "--municipality", "holstebro", "--role", "volunteer",
                    "--email", "frivillig.ny@holstebro.dk", "--name", "Ny Frivillig")
        expect(again.returncode != 0 and again.stderr.strip() != "", f"the same e-mail twice is refused: {again.stderr.strip()[:120]}")
        bad = run(binary, "user", "add", "--db", db, "--municipality", "nowhere", "--role", "caseworker", "--email", "x@y.dk", "--name", "X")
        expect(bad.returncode != 0 and bad.stderr.strip() != "", f"an unknown municipality is refused: {bad.stderr.strip()[:120]}")
        bad = run(binary, "user", "add", "--db", db, "--municipality", "holstebro", "--role", "chief", "--email", "x@y.dk", "--name", "X")
        expect(bad.returncode != 0, "an unknown role is refused")

        anonymised = count(db, "SELECT COUNT(*) FROM child WHERE anonymised_at IS NOT NULL")
        audit = count(db, "SELECT COUNT(*) FROM audit_event")
        done = run(binary, "retention", "--db", db, "--dry-run")
        expect(done.returncode == 0, f"retention --dry-run: {done.stdout.strip()[:160]}")
        expect(count(db, "SELECT COUNT(*) FROM child WHERE anonymised_at IS NOT NULL") == anonymised
               and count(db, "SELECT COUNT(*) FROM audit_event") == audit, "--dry-run changes nothing")

        mail_exactly_once_across_a_crash(binary, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"\n{'CLI tests passed' if not failures else f'{len(failures)} CLI checks FAILED'}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
