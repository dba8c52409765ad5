"""Work lists, e-mail, decision letters and the family's pass, as people use them: each role's
start page (screenshots at 1280 and 360 px), activation and password reset through the e-mails a
real SMTP server received, and a decision letter and a pass card printed to PDF by Chromium and
read back with pdftotext."""
import base64, os, re, sqlite3, subprocess, tempfile
from harness import expect

SCREENS = os.path.join(tempfile.gettempdir(), "fritidspas-screens")


def link_in(message, path):
    found = re.search(r"https?://\S+" + re.escape(path) + r"[A-Za-z0-9_-]+", message["text"])
    expect(found is not None, f"the e-mail '{message['subject']}' has a {path} link")
    return found.group(0)


def pdf_text(browser, name):
    """The current page printed by Chromium (A4, as the print stylesheet lays it out), as text."""
    result = browser.driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": False, "preferCSSPageSize": True})
    path = os.path.join(SCREENS, name + ".pdf")
    with open(path, "wb") as f:
        f.write(base64.b64decode(result["data"]))
    text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout
    pages = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    # Words as a reader reads them, whatever the line breaks of the layout.
    return " ".join(text.split()), pages


def test_each_role_starts_on_its_work_list(browser):
    os.makedirs(SCREENS, exist_ok=True)
    sections = {
        "coordinator": ["Indstillinger at afgøre", "Krav om udbetaling at godkende", "Betalinger at gennemføre",
                        "Opfølgninger, der er overskredet", "Børneattester, der udløber inden for 60 dage", "Frivilliges tilbud at bekræfte"],
        "caseworker": ["Nyt om dine børn siden du sidst så dem", "Børn uden indstilling"],
        "volunteer": ["Næste møder", "Opfølgninger at svare på"],
        "association": ["Børn at markere som startet", "Bevillinger at sende krav om", "Opfølgninger at besvare"],
    }
    for role, headings in sections.items():
        browser.driver.set_window_size(1280, 900)
        browser.login(f"{role}@holstebro.demo")
        expect(browser.path == "/", f"{role} lands on the work list, not {browser.path}")
        for heading in headings:
            expect(heading in browser.text, f"{role}'s work list has '{heading}'")
        expect(re.search(r"\d+ i alt", browser.text) is not None, f"{role}'s sections show counts")
        browser.driver.save_screenshot(os.path.join(SCREENS, f"worklist-{role}-1280.png"))
        browser.driver.set_window_size(360, 740)
        browser.open("/")
        width = browser.driver.execute_script("return document.documentElement.scrollWidth")
        expect(width <= 360, f"{role}: no sideways scrolling at 360 px (scrollWidth {width})")
        browser.driver.save_screenshot(os.path.join(SCREENS, f"worklist-{role}-360.png"))
        browser.logout()
    browser.driver.set_window_size(1280, 900)
    browser.login("coordinator@holstebro.demo")
    first = browser.driver.find_element("css selector", 'section[aria-labelledby="work-referrals"] .work-list a')
    browser.navigate(first)
    expect(browser.path.endswith("/decision"), "a referral on the list opens its decision form")


def test_activation_and_password_reset_arrive_by_email_and_work(browser):
    browser.login("coordinator@holstebro.demo")
    browser.open("/users/new")
    browser.fill("name", "Signe Ravn")
    browser.fill("email", "signe.ravn@holstebro.demo")
    browser.choose("role", "caseworker")
    browser.submit("Opret bruger")
    expect("Vi har sendt en e-mail med et aktiveringslink" in browser.text, "the flash says the link went by e-mail")
    expect("/activate/" not in browser.driver.page_source, "no working link on the page")
    browser.logout()

    activation = browser.mail.wait_for("signe.ravn@holstebro.demo", "Din bruger i Fritidspas")
    browser.open(link_in(activation, "/activate/"))
    expect("Vælg din adgangskode" in browser.text, "the e-mailed link opens the activation page")
    browser.fill("password", "tranen flyver over fjorden")
    browser.fill("passwordConfirmation", "tranen flyver over fjorden")
    browser.submit("Gem adgangskode")
    browser.login("signe.ravn@holstebro.demo", "tranen flyver over fjorden")
    expect("Velkommen, Signe Ravn" in browser.text, "the new caseworker signs in")
    browser.logout()

    seen = len(browser.mail.messages("signe.ravn@holstebro.demo"))
    browser.open("/login")
    browser.click_link("Glemt adgangskode?")
    browser.fill("email", "signe.ravn@holstebro.demo")
    browser.submit("Send link")
    expect("Hvis adressen hører til en bruger" in browser.text, "the same answer whoever asks")
    reset = browser.mail.wait_for("signe.ravn@holstebro.demo", "Nulstil din adgangskode", after=seen)
    browser.open(link_in(reset, "/activate/"))
    expect("Vælg en ny adgangskode" in browser.text, "the reset link opens the new-password page")
    browser.fill("password", "en ny dag ved vesterhavet")
    browser.fill("passwordConfirmation", "en ny dag ved vesterhavet")
    browser.submit("Gem adgangskode")
    browser.login("signe.ravn@holstebro.demo", "tranen flyver over fjorden")
    expect("E-mailadressen eller adgangskoden er forkert" in browser.text, "the old password no longer works")
    browser.login("signe.ravn@holstebro.demo", "en ny dag ved vesterhavet")
    expect("Velkommen, Signe Ravn" in browser.text, "the new password works")
    browser.open(link_in(reset, "/activate/"))
    expect("Linket virker ikke" in browser.text, "the reset link works once")


def test_a_decision_letter_and_the_pass_card_print_to_pdf(browser):
    os.makedirs(SCREENS, exist_ok=True)
    db = sqlite3.connect(browser.db)
    referral, child, first_name = db.execute("""
        SELECT r.id, r.child_id, c.first_name FROM referral r JOIN child c ON c.id = r.child_id
        WHERE r.municipality_id = 1 AND r.status IN ('submitted', 'assessment') AND c.birth_date > date('now', '-16 years')
          AND EXISTS (SELECT 1 FROM consent k WHERE k.child_id = c.id AND k.covers_registration AND k.withdrawn_on IS NULL
                      AND (k.expires_on IS NULL OR k.expires_on > date('now')))
        ORDER BY r.id LIMIT 1""").fetchone()
    browser.login("coordinator@holstebro.demo")
    browser.open(f"/referrals/{referral}/decision")
    browser.choose("outcome", "approve")
    browser.choose("reasons[]", "economy")
    browser.submit("Gem afgørelse")
    expect("/children/" in browser.path, "the decision is saved")
    browser.click_link("Afgørelse om fritidspas")
    expect(f"Kære forældre til {first_name}" in browser.text, "the letter is addressed to the child's parents")
    text, info = pdf_text(browser, "decision-letter")
    for words in (f"Kære forældre til {first_name}", "Afgørelse", "Begrundelse", "Familiens økonomi", "Hvad fritidspasset dækker",
                  "Klagevejledning", "Med venlig hilsen"):
        expect(words in text, f"the printed letter says '{words}'")
    expect("Log af" not in text, "the letter prints without the application's frame")
    expect("(A4)" in info, f"the letter prints on A4 ({info.strip()[:80]})")

    code = db.execute("SELECT code FROM pass WHERE referral_id = ?", (referral,)).fetchone()[0]
    db.close()
    browser.open(f"/children/{child}")
    browser.navigate(browser.driver.find_element("xpath", '//a[starts-with(normalize-space(), "Fritidspas, gælder til og med")]'))
    text, info = pdf_text(browser, "pass-card")
    expect("(A5)" in info, "the pass prints as an A5 card")
    expect(first_name in text and f"{code[:4]}-{code[4:]}" in text, "the printed pass shows the first name and the code")
    expect("Passet dækker" in text and "Gælder til og med" in text, "and what it covers until when")
    browser.logout()

    browser.login("association@holstebro.demo")
    browser.open("/portal/pass")
    browser.fill("code", f"{code[:4]}-{code[4:]}".lower())
    browser.submit("Slå op")
    expect("Fritidspasset gælder" in browser.text and first_name in browser.text, "the club looks the code up in its portal")
