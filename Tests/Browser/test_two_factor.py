"""Two-factor sign-in: Svendborg's coordinator resets a caseworker's authenticator (a lost phone;
the caseworker is told by e-mail); the caseworker sets up a new one from the QR code page, signs
out, and signs in again with a code from the app and with a recovery code."""
from selenium.webdriver.common.by import By
from harness import DEMO_PASSWORD, expect, totp


def password_step(browser, email):
    browser.open("/login")
    browser.fill("email", email)
    browser.fill("password", DEMO_PASSWORD)
    browser.submit("Log ind")


def test_a_caseworker_enrols_an_authenticator_and_signs_in_with_a_code_and_a_recovery_code(browser):
    browser.login("coordinator@svendborg.demo")
    browser.click_link("Brugere")
    browser.click_link("Ahmad Rahimi")
    expect("Totrinsbekræftelse: slået til den" in browser.text, "the user page shows the second factor")
    browser.submit("Nulstil totrinsbekræftelse")
    expect("Totrinsbekræftelsen for Ahmad Rahimi er nulstillet" in browser.text, "reset confirmed")
    browser.logout()
    mail = browser.mail.wait_for("caseworker@svendborg.demo", "totrinsbekræftelse")
    expect("nulstillet din totrinsbekræftelse" in mail["text"], "the caseworker is told by e-mail")

    # Enrolment: a QR code drawn on the server, the key to type by hand, a code to confirm.
    password_step(browser, "caseworker@svendborg.demo")
    expect(browser.path == "/login/authenticator", f"a user without an authenticator sets one up, not {browser.path}")
    svg = browser.driver.find_element(By.CSS_SELECTOR, ".qr-code svg")
    expect(svg.get_attribute("aria-label") == "QR-kode til godkendelsesappen", "the QR code is labelled")
    expect(svg.size["width"] >= 150, "the QR code is large enough to scan")
    browser.fill("code", "000000")
    browser.submit("Slå til")
    expect("Koden passer ikke" in browser.text, "a wrong code is refused beside the field")
    secret, codes, enrolment_code = browser.enrol_authenticator()
    expect(len(codes) == 10 and len(set(codes)) == 10, f"ten recovery codes, got {codes}")
    browser.click_link("Jeg har gemt koderne – fortsæt")
    expect("Velkommen, Ahmad Rahimi" in browser.text, "signed in after enrolling")
    browser.logout()

    # A code from the app; the one used to enrol cannot be used again.
    password_step(browser, "caseworker@svendborg.demo")
    expect(browser.path == "/login/code", f"asked for the code, not {browser.path}")
    browser.fill("code", enrolment_code)
    browser.submit("Log ind")
    expect("Koden er allerede brugt" in browser.text, "a used code is refused")
    browser.fill("code", totp(secret, offset=1))
    browser.submit("Log ind")
    expect("Velkommen, Ahmad Rahimi" in browser.text, "signed in with the app's next code")
    browser.logout()

    # A recovery code, once.
    password_step(browser, "caseworker@svendborg.demo")
    browser.fill("code", codes[0].upper())
    browser.submit("Log ind")
    expect("Velkommen, Ahmad Rahimi" in browser.text, "signed in with a recovery code")
    browser.logout()
    password_step(browser, "caseworker@svendborg.demo")
    browser.fill("code", codes[0])
    browser.submit("Log ind")
    expect("Koden passer ikke" in browser.text, "a recovery code works once")
    browser.fill("code", codes[1])
    browser.submit("Log ind")
    expect("Velkommen, Ahmad Rahimi" in browser.text, "another recovery code works")
    browser.open("/account/two-factor")
    expect("8 ubrugte" in browser.text, "the account page counts what is left")
