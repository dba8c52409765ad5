#!/usr/bin/env python3
"""The server under an operator's faults and a hostile client, over real sockets on this machine:

- a flood of 1 100 idle connections, or 1 100 sending their request head a byte a second, from
  one address, and from many: a new client is still served within a second or two;
- a client that sends its head too slowly is cut off after the head deadline;
- malformed chunked bodies (a bad or huge chunk size) answer 400, never 500;
- SIGTERM while a client is half-way through a body: the server stops accepting and exits
  within the shutdown grace, not after the idle timeout;
- links that leave the application come from configuration, never from the Host header, and no
  activation link is kept in the session store; `serve` without FRITIDSPAS_BASE_URL refuses;
- a full disk (a small tmpfs, filled): every page answers 503 with the "cannot save" page, the
  health check says the store is unwritable, the log says so once, and everything works again
  once space is freed.

  Tests/Operations/run.py BINARY"""
import errno, os, re, resource, shutil, signal, socket, sqlite3, subprocess, sys, tempfile, threading, time, urllib.parse
import http.client

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "Tests", "Support"))
from demo_authenticator import demo_code  # noqa: E402
failures = []


def expect(condition, message):
    print(("ok     " if condition else "FAILED ") + message, flush=True)
    if not condition:
        failures.append(message)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`fritidspas serve` on a free port of 127.0.0.1, with its log in a file."""

    def __init__(self, binary, db, work, demo=True, env=None, name="serve"):
        self.port = free_port()
        self.log = os.path.join(work, f"{name}-{self.port}.log")
        environment = dict(os.environ, FRITIDSPAS_UPLOADS=os.path.join(work, "uploads"))
        environment.pop("FRITIDSPAS_BASE_URL", None)
        environment.update(env or {})
        arguments = [binary, "serve", "--db", db, "--port", str(self.port)] + (["--demo"] if demo else [])
        self.process = subprocess.Popen(arguments, cwd=ROOT, env=environment, stdout=open(self.log, "w"), stderr=subprocess.STDOUT)

    def wait_ready(self):
        for _ in range(600):
            if self.process.poll() is not None:
                sys.exit(f"the server stopped (exit {self.process.returncode}); see {self.log}")
            try:
                status, _, _ = request(self.port, "GET", "/login", timeout=1)
                if status == 200:
                    return self
            except OSError:
                pass
            time.sleep(0.2)
        self.process.kill()
        sys.exit("the server did not answer")

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def text(self):
        return open(self.log).read()


def request(port, method, path, body=None, headers=None, timeout=10, source="127.0.0.1"):
    """One HTTP request on a new connection; returns (status, headers, text)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout, source_address=(source, 0))
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read().decode(errors="replace")
    finally:
        connection.close()


class Browser:
    """Cookies and the CSRF token, as a browser keeps them."""

    def __init__(self, port):
        self.port = port
        self.cookies = {}
        self.csrf = None

    def send(self, method, path, fields=None, headers=None, timeout=10):
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if fields is not None:
            fields = list(fields) + ([("csrf_token", self.csrf)] if self.csrf else [])
            body = urllib.parse.urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            text = response.read().decode(errors="replace")
            for name, value in response.getheaders():
                if name.lower() == "set-cookie":
                    key, _, rest = value.partition("=")
                    self.cookies[key] = rest.split(";")[0]
            token = re.search(r'name="csrf_token" value="([^"]+)"', text)
            if token:
                self.csrf = token.group(1)
            return response.status, {k.lower(): v for k, v in response.getheaders()}, text
        finally:
            connection.close()

    def login(self, email, password="demo-fritidspas"):
        self.send("GET", "/login")
        answer = self.send("POST", "/login", [("email", email), ("password", password)])
        if answer[0] == 303 and answer[1].get("location") == "/login/code":
            self.send("GET", "/login/code")
            return self.send("POST", "/login/code", [("code", demo_code(email))])
        return answer


def open_idle(port, count, sources):
    """Opens `count` connections spread over the source addresses, sending nothing."""
    sockets = []
    for i in range(count):
        s = socket.socket()
        s.setblocking(False)
        s.bind((sources[i % len(sources)], 0))
        s.connect_ex(("127.0.0.1", port))
        sockets.append(s)
    return sockets


def close_all(sockets):
    for s in sockets:
        try:
            s.close()
        except OSError:
            pass


def served_promptly(port, label, source="127.0.0.1", clients=5, limit=2.0):
    """`clients` new clients, one after another: each must get the sign-in page within `limit` s."""
    times = []
    for _ in range(clients):
        start = time.monotonic()
        try:
            status, _, text = request(port, "GET", "/login", timeout=5, source=source)
            ok = status == 200 and "Log ind" in text
        except OSError:
            ok = False
        times.append(time.monotonic() - start if ok else None)
    good = [t for t in times if t is not None and t <= limit]
    expect(len(good) == clients, f"{label}: {len(good)} of {clients} new clients from {source} served within {limit} s "
                                 f"({', '.join('–' if t is None else f'{t:.2f}s' for t in times)})")


def connection_flood(binary, work):
    db = os.path.join(work, "flood.sqlite")
    server = Server(binary, db, work, name="flood").wait_ready()
    port = server.port
    try:
        flood = open_idle(port, 1100, ["127.0.0.2"])
        time.sleep(1.0)
        served_promptly(port, "1 100 idle connections from one address")
        served_promptly(port, "the flooding address itself", source="127.0.0.2")
        close_all(flood)

        # 1 100 idle connections from 11 addresses, each under the per-address limit: the total
        # cap is reached, and the oldest idle connections make room.
        flood = open_idle(port, 1100, [f"127.0.0.{i}" for i in range(10, 21)])
        time.sleep(1.0)
        served_promptly(port, "1 100 idle connections from 11 addresses (over the total cap)")
        close_all(flood)

        # 1 100 connections sending a request head a byte a second.
        slow = open_idle(port, 1100, ["127.0.0.3"])
        time.sleep(0.5)
        stop = threading.Event()
        head = b"GET /login HTTP/1.1\r\nHost: localhost\r\nX-Slow: " + b"a" * 100

        def trickle():
            position = 0
            while not stop.is_set() and position < len(head):
                for s in slow:
                    try:
                        s.send(head[position:position + 1])
                    except OSError:
                        pass
                position += 1
                stop.wait(1.0)

        sender = threading.Thread(target=trickle, daemon=True)
        sender.start()
        time.sleep(3.0)
        served_promptly(port, "1 100 connections sending their head a byte a second")
        stop.set()
        sender.join()
        close_all(slow)

        # One slow client alone is cut off after the head deadline (10 s), not kept for the
        # keep-alive idle time (30 s).
        lone = socket.create_connection(("127.0.0.1", port), timeout=30)
        start = time.monotonic()
        closed_after = None
        try:
            for i in range(25):
                lone.send(head[i:i + 1])
                time.sleep(1.0)
                lone.setblocking(False)
                try:
                    if lone.recv(4096) == b"":
                        closed_after = time.monotonic() - start
                        break
                except BlockingIOError:
                    pass
                except OSError:
                    closed_after = time.monotonic() - start
                    break
                finally:
                    lone.setblocking(True)
        except OSError:
            closed_after = time.monotonic() - start
        lone.close()
        expect(closed_after is not None and closed_after < 14,
               f"a client sending its head a byte a second is closed after the head deadline ({closed_after and round(closed_after, 1)} s)")
        expect(server.process.poll() is None, "the server is still running")
        served_promptly(port, "after the floods")
    finally:
        server.stop()


def raw(port, data, timeout=10):
    """Sends raw bytes and returns the status line of the answer ('' if the server just closes)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        try:
            s.sendall(data)
        except OSError:
            pass  # the server may answer and close before it has read everything
        answer = b""
        try:
            while b"\r\n" not in answer:
                chunk = s.recv(4096)
                if not chunk:
                    break
                answer += chunk
        except (ConnectionResetError, socket.timeout):
            pass
    return answer.decode(errors="replace").split("\r\n", 1)[0]


def malformed_framing(binary, work):
    db = os.path.join(work, "framing.sqlite")
    server = Server(binary, db, work, name="framing").wait_ready()
    try:
        head = (b"POST /login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                b"Transfer-Encoding: chunked\r\n\r\n")
        cases = [("a chunk size that is not hex", b"zz\r\nemail=x\r\n0\r\n\r\n"),
                 ("a chunk size too large for any integer", b"FFFFFFFFFFFFFFFFFFFFFFFF\r\nemail=x\r\n0\r\n\r\n"),
                 ("a chunk shorter than its size, then garbage", b"5\r\nemail=x\r\n0\r\n\r\n")]
        for label, body in cases:
            status = raw(server.port, head + body)
            expect(status.startswith("HTTP/1.1 400"), f"{label} answers 400 ({status or 'connection closed'})")
        status = raw(server.port, head + b"7FFFFFFF\r\n" + b"a" * 1_100_000)
        expect(status.startswith("HTTP/1.1 413"),
               f"a huge (valid) chunk size is refused with 413 once the body passes 1 MB ({status or 'connection closed'})")
        expect(" 500 " not in server.text() and '"status":"500"' not in server.text().replace(" ", ""), "no 500 in the log")
        served_promptly(server.port, "after malformed bodies", clients=1)
    finally:
        server.stop()


def bounded_shutdown(binary, work):
    db = os.path.join(work, "shutdown.sqlite")
    server = Server(binary, db, work, name="shutdown").wait_ready()
    half = socket.create_connection(("127.0.0.1", server.port), timeout=30)
    half.sendall(b"POST /login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                 b"Content-Length: 1000\r\n\r\nemail=coordinator%40holstebro.demo&password=")
    idle = socket.create_connection(("127.0.0.1", server.port), timeout=30)
    time.sleep(0.5)
    start = time.monotonic()
    server.process.send_signal(signal.SIGTERM)
    refused = False
    for _ in range(20):
        try:
            socket.create_connection(("127.0.0.1", server.port), timeout=1).close()
        except OSError:
            refused = True
            break
        time.sleep(0.1)
    try:
        code = server.process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        code = None
        server.process.kill()
    took = time.monotonic() - start
    half.close()
    idle.close()
    expect(refused, "after SIGTERM new connections are refused")
    expect(code == 0 and took < 10, f"SIGTERM with a client half-way through a body: the server exits cleanly in {took:.1f} s (exit {code})")


def queued_mail(db, recipient):
    """What the outbox holds for a recipient (no mail server is configured here, so it waits)."""
    with sqlite3.connect(db) as c:
        return " ".join(row[0] for row in c.execute("SELECT params FROM outbox WHERE recipient = ?", (recipient,)))


def public_links(binary, work):
    db = os.path.join(work, "links.sqlite")
    refused = subprocess.run([binary, "serve", "--db", db, "--port", str(free_port())], cwd=ROOT, capture_output=True, text=True,
                             timeout=60, env={k: v for k, v in os.environ.items() if k != "FRITIDSPAS_BASE_URL"})
    expect(refused.returncode != 0 and "FRITIDSPAS_BASE_URL" in refused.stdout + refused.stderr,
           f"serve without --demo and without FRITIDSPAS_BASE_URL refuses to start (exit {refused.returncode})")

    server = Server(binary, db, work, name="links").wait_ready()
    try:
        browser = Browser(server.port)
        status, headers, _ = browser.login("coordinator@holstebro.demo")
        expect(status == 303, f"the coordinator signs in ({status})")
        browser.send("GET", "/users/new")
        status, _, text = browser.send("POST", "/users", [("name", "Vibeke Værtsnavn"), ("email", "vibeke.vaert@holstebro.demo"),
                                                          ("role", "caseworker")], headers={"Host": "evil.example"})
        expect(status == 303 and "/activate/" not in text, f"the new user is created; the link is not on the answer ({status})")
        link = re.search(r"(https?://[^\s<\"]+)/activate/[A-Za-z0-9_-]+", queued_mail(db, "vibeke.vaert@holstebro.demo"))
        expect(link is not None, "the activation link waits in the outbox")
        expect(link is not None and link.group(1) == f"http://127.0.0.1:{server.port}",
               f"with --demo the link uses the listen address, whatever the Host header ({link and link.group(1)})")
        status, _, text = browser.send("GET", "/users")
        expect("/activate/" not in text, "the link is not shown on the next page")
    finally:
        server.stop()
    with sqlite3.connect(db) as c:
        stored = [row[0] for row in c.execute("SELECT data FROM app_session")]
    expect(stored and not any(b"/activate/" in (d if isinstance(d, bytes) else d.encode()) for d in stored),
           f"no activation link in the session store ({len(stored)} sessions)")

    configured = Server(binary, db, work, demo=False, env={"FRITIDSPAS_BASE_URL": "https://fritidspas.holstebro.dk/"},
                        name="configured").wait_ready()
    try:
        browser = Browser(configured.port)
        browser.login("coordinator@holstebro.demo")
        browser.send("GET", "/users/new")
        browser.send("POST", "/users", [("name", "Karl Konfigureret"), ("email", "karl.konf@holstebro.demo"),
                                        ("role", "caseworker")], headers={"Host": "evil.example"})
        link = re.search(r"(https?://[^\s<\"]+)/activate/", queued_mail(db, "karl.konf@holstebro.demo"))
        expect(link is not None and link.group(1) == "https://fritidspas.holstebro.dk",
               f"with FRITIDSPAS_BASE_URL the link uses it ({link and link.group(1)})")
    finally:
        configured.stop()


def fill(path):
    """Writes to `path` until the file system is full."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        block = b"\0" * (1 << 20)
        while True:
            try:
                os.write(fd, block)
            except OSError as error:
                if error.errno != errno.ENOSPC:
                    raise
                if len(block) == 1:
                    break
                block = block[: len(block) // 16 or 1]
    finally:
        os.close(fd)


def full_disk(binary, work):
    if os.geteuid() != 0:
        expect(False, "the full-disk test mounts a tmpfs and must run as root (CI does)")
        return
    mount = os.path.join(work, "small-disk")
    os.makedirs(mount)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", mount], capture_output=True, text=True)
    if done.returncode != 0:
        expect(False, f"mount a 64 MB tmpfs: {done.stderr.strip()}")
        return
    server = None
    try:
        db = os.path.join(mount, "fritidspas.sqlite")
        server = Server(binary, db, work, name="disk").wait_ready()
        port = server.port
        caseworker = Browser(port)
        expect(caseworker.login("caseworker@holstebro.demo")[0] == 303, "the caseworker signs in")
        child = sqlite3.connect(db).execute("""
            SELECT c.id FROM child c JOIN app_user u ON u.id = c.created_by WHERE u.email = 'caseworker@holstebro.demo'
            ORDER BY c.id LIMIT 1""").fetchone()[0]
        status, _, _ = caseworker.send("GET", f"/children/{child}")
        expect(status == 200, f"the child's page opens before the disk fills ({status})")
        audit_before = sqlite3.connect(db).execute("SELECT COUNT(*) FROM audit_event").fetchone()[0]

        fill(os.path.join(mount, "filler"))
        time.sleep(1.5)
        visitor = Browser(port)
        answers = {
            "/healthz": request(port, "GET", "/healthz"),
            "the sign-in page": visitor.send("GET", "/login"),
            "signing in": visitor.send("POST", "/login", [("email", "coordinator@holstebro.demo"), ("password", "demo-fritidspas")]),
            "the child's page (an audited read)": caseworker.send("GET", f"/children/{child}"),
            "the children list": caseworker.send("GET", "/children"),
            "the new-child form": caseworker.send("GET", "/children/new"),
            "registering a child": caseworker.send("POST", "/children", [("firstName", "Fuld"), ("lastName", "Disk")]),
        }
        for label, (status, headers, text) in answers.items():
            expect(status == 503, f"while the disk is full, {label} answers 503 ({status})")
        pages = [text for label, (_, _, text) in answers.items() if label != "/healthz"]
        expect(all("Fritidspas kan ikke gemme lige nu" in t and "Frigør plads" in t for t in pages),
               "every page says \"Fritidspas kan ikke gemme lige nu\" and what the operator should do")
        expect('"writable":false' in answers["/healthz"][2].replace(" ", ""), f"/healthz says the store is unwritable: {answers['/healthz'][2][:200]}")
        expect(answers["the sign-in page"][1].get("retry-after") == "60", "with Retry-After")
        status, _, _ = request(port, "GET", "/css/app.css")
        expect(status == 200, "the stylesheet is still served (the page has its look)")
        log = server.text()
        expect(log.count("the database cannot be written") == 1, f"the log says so at error level once, not per request "
                                                                 f"({log.count('the database cannot be written')} lines)")
        expect('"status":"500"' not in log.replace(" ", "") and "status=500" not in log, "no 500 while the disk is full")

        os.remove(os.path.join(mount, "filler"))
        time.sleep(1.5)
        status, _, text = request(port, "GET", "/healthz")
        expect(status == 200, f"after space is freed /healthz is 200 again ({status})")
        status, _, _ = caseworker.send("GET", f"/children/{child}")
        expect(status == 200, f"the child's page opens again ({status})")
        coordinator = Browser(port)
        expect(coordinator.login("coordinator@holstebro.demo")[0] == 303, "signing in works again")
        caseworker.send("GET", "/children/new")
        status, headers, _ = caseworker.send("POST", "/children", [
            ("firstName", "Efter"), ("lastName", "Oprydning"), ("birthDateDay", "3"), ("birthDateMonth", "4"), ("birthDateYear", "2016"),
            ("gender", "not_stated"), ("needsAdaptation", "no"), ("guardianName1", "Mor Oprydning"), ("guardianRelation1", "mother"), ("guardianPhone1", "20304050"), ("confirmDuplicate", "yes")])
        expect(status == 303 and headers.get("location", "").startswith("/children/"), f"registering a child works again ({status})")
        server.stop()
        with sqlite3.connect(db) as c:
            expect(c.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "the database passes integrity_check")
            expect(c.execute("SELECT COUNT(*) FROM child WHERE first_name = 'Efter'").fetchone()[0] == 1
                   and c.execute("SELECT COUNT(*) FROM child WHERE first_name = 'Fuld'").fetchone()[0] == 0,
                   "the child registered after the clean-up is there, the one tried while full is not")
            expect(c.execute("SELECT COUNT(*) FROM audit_event").fetchone()[0] > audit_before, "the audit trail goes on")
    finally:
        if server:
            server.stop()
        subprocess.run(["umount", "-l", mount])

    # Without the free-space margin the server learns of the full disk from SQLite itself: a
    # write that cannot be made answers 503 with the same page, never 500.
    os.makedirs(mount, exist_ok=True)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", mount]).returncode != 0:
        expect(False, "mount a second tmpfs")
        return
    server = None
    try:
        db = os.path.join(mount, "fritidspas.sqlite")
        server = Server(binary, db, work, env={"FRITIDSPAS_MIN_FREE_MB": "0"}, name="disk-nomargin").wait_ready()
        caseworker = Browser(server.port)
        caseworker.login("caseworker@holstebro.demo")
        caseworker.send("GET", "/children/new")
        fill(os.path.join(mount, "filler"))
        statuses = []
        for i in range(300):
            status, _, text = caseworker.send("POST", "/children", [
                ("firstName", f"Fuld{i}"), ("lastName", "Disk"), ("birthDateDay", "3"), ("birthDateMonth", "4"),
                ("birthDateYear", "2016"), ("gender", "not_stated"), ("needsAdaptation", "no"), ("note", "x" * 480), ("interests", "y" * 480),
                ("guardianName1", "Mor Disk"), ("guardianRelation1", "mother"), ("guardianPhone1", "20304050"), ("confirmDuplicate", "yes")])
            statuses.append(status)
            if status == 503:
                expect("Fritidspas kan ikke gemme lige nu" in text, "a write SQLite refuses answers the \"cannot save\" page")
                break
        expect(503 in statuses and 500 not in statuses, f"SQLite's \"disk full\" becomes 503, never 500 ({statuses[-5:]})")
        log = server.text()
        expect(log.count("the database cannot be written") == 1, "and is logged once")
    finally:
        if server:
            server.stop()
        subprocess.run(["umount", "-l", mount])


def main():
    binary = os.path.abspath(sys.argv[1])
    only = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--only" else None
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, 8192)), hard))
    work = tempfile.mkdtemp(prefix="fritidspas-ops-")
    try:
        for test in (connection_flood, malformed_framing, bounded_shutdown, public_links, full_disk):
            if only and test.__name__ != only:
                continue
            print(f"== {test.__name__}", flush=True)
            test(binary, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"\n{'Operations tests passed' if not failures else f'{len(failures)} operations checks FAILED'}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
