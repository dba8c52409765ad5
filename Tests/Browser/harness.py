"""A small harness for Fritidspas browser tests: starts the real server on a fresh SQLite file
with the demo data, drives headless Chromium through selenium, and runs axe-core (WCAG 2.1
A/AA) on every page a test visits. Any violation fails the run."""
import json, os, re, shutil, signal, socket, sqlite3, subprocess, sys, tempfile, time
import urllib.request

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium_axe_python import Axe

DEMO_PASSWORD = "demo-fritidspas"
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Support"))
from demo_authenticator import DEMO_TOTP_SECRET, totp  # noqa: E402,F401 (the tests import totp from here)

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Mail:
    """What the tests' real SMTP server (Tests/Support/smtp_sink.py) received."""

    def __init__(self, root, directory):
        self.directory = directory
        self.process = subprocess.Popen(["/usr/bin/python3", os.path.join(root, "Tests", "Support", "smtp_sink.py"), "--dir", directory],
                                        stdout=subprocess.PIPE, text=True)
        self.port = int(self.process.stdout.readline().split()[1])

    def messages(self, to=None):
        found = []
        for name in sorted(os.listdir(self.directory)):
            if name.endswith(".json"):
                with open(os.path.join(self.directory, name)) as f:
                    message = json.load(f)
                if to is None or to in message["to"]:
                    found.append(message)
        return found

    def wait_for(self, to, subject_contains, after=0, timeout=20):
        """The first message to `to` whose subject contains the text, among those after the first `after`."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            matching = [m for m in self.messages(to)[after:] if subject_contains in m["subject"]]
            if matching:
                return matching[0]
            time.sleep(0.2)
        raise AssertionError(f"no e-mail to {to} about '{subject_contains}' arrived")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


class Server:
    def __init__(self, binary, root, env=None):
        self.dir = tempfile.mkdtemp(prefix="fritidspas-browser-")
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.mail = Mail(root, os.path.join(self.dir, "mail"))
        self.db = os.path.join(self.dir, "test.sqlite")
        env = dict(os.environ, FRITIDSPAS_PUBLIC=os.path.join(root, "Public"), FRITIDSPAS_UPLOADS=os.path.join(self.dir, "uploads"),
                   FRITIDSPAS_SMTP_HOST="127.0.0.1", FRITIDSPAS_SMTP_PORT=str(self.mail.port),
                   FRITIDSPAS_SMTP_FROM="fritidspas@holstebro.test", FRITIDSPAS_BASE_URL=self.base,
                   # Svendborg's OpenID Connect client secret, as operations would set it (test_single_sign_on).
                   FRITIDSPAS_OIDC_SECRET_SVENDBORG="browser-test-client-secret",
                   LOG_LEVEL="warning", **(env or {}))
        self.log = open(os.path.join(self.dir, "server.log"), "w")
        self.process = subprocess.Popen(
            [binary, "serve", "--db", self.db, "--port", str(self.port), "--demo"],
            stdout=self.log, stderr=subprocess.STDOUT, env=env, cwd=root)
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(self.base + "/healthz", timeout=2) as r:
                    if r.status == 200:
                        return
            except Exception:
                time.sleep(0.3)
            if self.process.poll() is not None:
                break
        self.stop()
        raise RuntimeError("server did not start; log:\n" + open(os.path.join(self.dir, "server.log")).read())

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.log.close()
        self.mail.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


class Browser:
    """Wraps a Chromium session; every page reached is checked with axe."""

    def __init__(self, base, width=1280, height=900):
        opts = webdriver.ChromeOptions()
        for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     f"--window-size={width},{height}"):
            opts.add_argument(flag)
        opts.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
        service = webdriver.ChromeService(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
        self.driver = webdriver.Chrome(service=service, options=opts)
        self.base = base
        self.violations = []
        self.checked = set()
        self.mail = None
        self.db = None
        # The authenticator keys of users this browser enrolled (the demo staff use the demo key).
        self.authenticators = {}

    def quit(self):
        self.driver.quit()

    # Navigation -------------------------------------------------------------------------------
    def open(self, path):
        self.driver.get(self.base + path if path.startswith("/") else path)
        self.check()

    def fill(self, name, value):
        field = self.driver.find_element(By.NAME, name)
        field.clear()
        field.send_keys(value)

    def choose(self, name, value):
        self.driver.find_element(By.CSS_SELECTOR, f'input[name="{name}"][value="{value}"]').click()

    def select(self, name, value):
        from selenium.webdriver.support.ui import Select
        Select(self.driver.find_element(By.NAME, name)).select_by_value(value)

    def navigate(self, element):
        """Clicks an element that loads a new page and waits until the new page is there."""
        from selenium.common.exceptions import WebDriverException
        from selenium.webdriver.support.ui import WebDriverWait
        old = self.driver.find_element(By.TAG_NAME, "html")
        element.click()

        def replaced(_):
            # Chromium reports the old page's node either as stale or as "does not belong to the
            # document", depending on timing; both mean the new page is there.
            try:
                old.is_enabled()
                return False
            except WebDriverException:
                return True
        WebDriverWait(self.driver, 20).until(replaced)
        WebDriverWait(self.driver, 20).until(lambda d: d.execute_script("return document.readyState") == "complete")
        self.check()

    def submit(self, button_text=None, form_action=None):
        """Clicks a submit button (by its text, or in the form posting to `form_action`)."""
        if form_action:
            button = self.driver.find_element(By.CSS_SELECTOR, f'form[action="{form_action}"] button[type="submit"]')
        elif button_text:
            button = self.driver.find_element(By.XPATH, f'//button[normalize-space()="{button_text}"]')
        else:
            button = self.driver.find_element(By.CSS_SELECTOR, 'main form button[type="submit"]')
        self.navigate(button)

    def click_link(self, text):
        self.navigate(self.driver.find_element(By.LINK_TEXT, text))

    # The implementation workspace's tests call it follow().
    def follow(self, element):
        self.navigate(element)

    @property
    def text(self):
        return self.driver.find_element(By.TAG_NAME, "body").text

    @property
    def path(self):
        return self.driver.current_url[len(self.base):]

    def login(self, email, password=DEMO_PASSWORD):
        self.open("/login")
        self.fill("email", email)
        self.fill("password", password)
        self.submit("Log ind")
        if self.path.startswith("/login/code"):
            # The tests sign one user in many times within a 30-second step, where a person would
            # wait for the app's next code: forget the last used step (test_two_factor tests
            # replays without this).
            if self.db:
                db = sqlite3.connect(self.db, timeout=10)
                try:
                    with db:
                        db.execute("UPDATE second_factor SET last_used_step = 0 "
                                   "WHERE user_id = (SELECT id FROM app_user WHERE email = ?)", (email,))
                finally:
                    db.close()
            self.fill("code", totp(self.authenticators.get(email, DEMO_TOTP_SECRET)))
            self.submit("Log ind")
        elif self.path.startswith("/login/authenticator"):
            # A new staff member sets up their authenticator, as the page asks, with the key it shows.
            self.authenticators[email] = self.enrol_authenticator()[0]
            self.click_link("Jeg har gemt koderne – fortsæt")

    def enrol_authenticator(self):
        """Types the key shown beside the QR code into "the app" and confirms with its code; returns
        the key, the recovery codes shown and the code used."""
        secret = self.driver.find_element(By.ID, "authenticator-secret").text.replace(" ", "")
        code = totp(secret)
        self.fill("code", code)
        self.submit("Slå til")
        codes = [e.text for e in self.driver.find_elements(By.CSS_SELECTOR, "#recovery-codes code")]
        return secret, codes, code

    def logout(self):
        self.submit("Log af")

    # Accessibility ----------------------------------------------------------------------------
    def check(self, again=False):
        """Runs axe-core on the current page (once per distinct path and title, unless `again`:
        the page has changed in place, e.g. folded parts opened)."""
        key = (re.sub(r"/\d+", "/:id", self.path.split("?")[0]), self.driver.title)
        if key in self.checked and not again:
            return
        self.checked.add(key)
        axe = Axe(self.driver)
        axe.inject()
        result = axe.run(options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        for v in result.get("violations", []):
            node = v["nodes"][0]["html"][:160] if v.get("nodes") else ""
            self.violations.append(f"{self.path}: {v['id']} ({v.get('impact')}): {v['help']} — {node}")


def expect(condition, message):
    if not condition:
        raise AssertionError(message)
