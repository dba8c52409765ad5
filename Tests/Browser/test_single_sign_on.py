"""Single sign-on: Svendborg's coordinator sets up the municipality's OpenID Connect provider — a
real one (PyPI's oidc-provider-mock) started here — and a caseworker signs in through it. A
tampered ID token, a wrong nonce and a person with no user in Fritidspas are refused. With the
provider working, the coordinator turns password sign-in off, and on again.

The provider's own pages are not ours: they are driven without the accessibility check."""
import base64, json, logging, os, sqlite3, threading, urllib.parse, warnings

import werkzeug.serving
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from harness import DEMO_PASSWORD, expect, free_port

os.environ.setdefault("AUTHLIB_INSECURE_TRANSPORT", "1")  # the provider runs on plain http on this machine
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # authlib's deprecation notices, about the provider's own code
    import oidc_provider_mock  # noqa: E402
logging.getLogger("werkzeug").setLevel(logging.ERROR)  # the provider's request log


class Interfering:
    """The provider, with an attacker in the path when `mode` says so: "tamper" swaps the e-mail
    in the ID token the provider signed; "nonce" replaces the nonce Fritidspas sent."""

    def __init__(self, app):
        self.app = app
        self.mode = None

    def __call__(self, environ, start_response):
        path = environ.get("PATH_INFO", "")
        if self.mode == "nonce" and path == "/oauth2/authorize":
            query = urllib.parse.parse_qsl(environ.get("QUERY_STRING", ""), keep_blank_values=True)
            environ["QUERY_STRING"] = urllib.parse.urlencode(
                [(k, "nonce-of-another-sign-in" if k == "nonce" else v) for k, v in query])
        if self.mode == "tamper" and path == "/oauth2/token":
            captured = {}

            def capture(status, headers, exc_info=None):
                captured["status"], captured["headers"] = status, headers
            body = b"".join(self.app(environ, capture))
            answer = json.loads(body)
            header, payload, signature = answer["id_token"].split(".")
            claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
            claims["email"] = "coordinator@svendborg.demo"
            forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
            answer["id_token"] = ".".join([header, forged, signature])
            body = json.dumps(answer).encode()
            headers = [(k, v) for k, v in captured["headers"] if k.lower() != "content-length"]
            start_response(captured["status"], headers + [("Content-Length", str(len(body)))])
            return [body]
        return self.app(environ, start_response)


def start_provider():
    provider = Interfering(oidc_provider_mock.app(require_nonce=True))
    server = werkzeug.serving.make_server("127.0.0.1", free_port(), provider, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, provider, f"http://127.0.0.1:{server.server_port}"


def through_provider(browser, person):
    """From the sign-in page, through the provider's page as `person`, back to Fritidspas."""
    browser.open("/login")
    link = browser.driver.find_element(By.LINK_TEXT, "Log ind via Svendborg Kommune")
    link.click()
    WebDriverWait(browser.driver, 20).until(lambda d: "/oauth2/authorize" in d.current_url)
    browser.driver.find_element(By.NAME, "sub").send_keys(person)
    browser.driver.find_element(By.XPATH, '//button[normalize-space()="Authorize"]').click()
    WebDriverWait(browser.driver, 20).until(lambda d: d.current_url.startswith(browser.base)
                                            and "/login/sso-callback" not in d.current_url)
    WebDriverWait(browser.driver, 20).until(lambda d: d.execute_script("return document.readyState") == "complete")
    browser.check()


def audited(browser, detail):
    db = sqlite3.connect(browser.db, timeout=10)
    try:
        return db.execute("SELECT COUNT(*) FROM audit_event WHERE detail = ? AND outcome = 'denied'", (detail,)).fetchone()[0]
    finally:
        db.close()


def test_staff_sign_in_through_the_municipalitys_provider_and_forgeries_are_refused(browser):
    server, provider, issuer = start_provider()
    try:
        browser.login("coordinator@svendborg.demo")
        browser.click_link("Brugere")
        browser.click_link("Opsætning af login og sikkerhed")
        expect("Fundet (sat af driften i FRITIDSPAS_OIDC_SECRET_SVENDBORG)" in browser.text,
               "the client secret comes from the environment")
        expect(browser.base + "/login/sso-callback" in browser.text, "the address to register with the provider")
        browser.fill("issuer", "ftp://login.svendborg.dk")
        browser.submit("Gem opsætningen")
        expect("Skriv udbyderens adresse, som begynder med https://" in browser.text, "a wrong address is refused beside the field")
        browser.fill("issuer", issuer)
        browser.fill("clientID", "fritidspas-svendborg")
        browser.submit("Gem opsætningen")
        expect("Opsætningen af login er gemt" in browser.text, "settings saved")
        browser.logout()

        through_provider(browser, "caseworker@svendborg.demo")
        expect(browser.path == "/", f"signed in through the provider, at {browser.path}")
        expect("Velkommen, Ahmad Rahimi" in browser.text, "as the user with the provider's e-mail")
        browser.logout()

        through_provider(browser, "stranger@svendborg.dk")
        expect("har ingen bruger i Fritidspas" in browser.text, "a person with no user here is refused")
        expect("Velkommen" not in browser.text, "not signed in")

        provider.mode = "tamper"
        through_provider(browser, "caseworker@svendborg.demo")
        expect("Login via kommunens login blev afvist" in browser.text, "a tampered ID token is refused")
        expect("Velkommen" not in browser.text, "the forged e-mail did not sign in the coordinator")
        expect(audited(browser, "single sign-on: token refused: signature") == 1, "the forgery is audited")

        provider.mode = "nonce"
        through_provider(browser, "caseworker@svendborg.demo")
        expect("Login via kommunens login blev afvist" in browser.text, "a token for another sign-in's nonce is refused")
        expect(audited(browser, "single sign-on: token refused: nonce") == 1, "the wrong nonce is audited")
        provider.mode = None

        # Passwords off: only after the coordinator has signed in through the provider.
        through_provider(browser, "coordinator@svendborg.demo")
        browser.open("/settings/sign-in")
        browser.choose("passwordSignIn", "no")
        browser.submit("Gem opsætningen")
        expect("Opsætningen af login er gemt" in browser.text, "password sign-in turned off")
        browser.logout()
        browser.open("/login")
        browser.fill("email", "caseworker@svendborg.demo")
        browser.fill("password", DEMO_PASSWORD)
        browser.submit("Log ind")
        expect("Din kommune bruger sit eget login" in browser.text, "a right password no longer signs in")
        expect(browser.path.startswith("/login"), "still on the sign-in page")
    finally:
        # On again for the tests after this one (they sign Svendborg's users in with passwords).
        try:
            if provider.mode is None:
                through_provider(browser, "coordinator@svendborg.demo")
                browser.open("/settings/sign-in")
                browser.choose("passwordSignIn", "yes")
                browser.submit("Gem opsætningen")
                browser.logout()
        finally:
            server.shutdown()
