"""Foundation: a coordinator signs in through the real form, creates a caseworker, signs out;
the caseworker activates the account and signs in."""
import re
from harness import expect


def test_coordinator_creates_a_caseworker_who_signs_in(browser):
    browser.login("coordinator@holstebro.demo")
    expect(browser.path == "/", f"coordinator lands on the work list, not {browser.path}")
    expect("Mette Kjær" in browser.text, "name with æ in the header")

    browser.click_link("Brugere")
    browser.click_link("Opret bruger")
    browser.submit("Opret bruger")  # empty form: errors beside fields, summary on top
    expect("Der er problemer" in browser.text, "error summary shown")
    expect("Indtast brugerens navn" in browser.text, "message beside the name field")

    browser.fill("name", "Søren Ørsted")
    browser.fill("email", "soeren.oersted@holstebro.demo")
    browser.choose("role", "caseworker")
    browser.submit("Opret bruger")
    expect("Søren Ørsted er oprettet" in browser.text, "flash after creation")
    expect("/activate/" not in browser.text, "the activation link goes by e-mail, not on the page")
    browser.logout()
    expect("Du er nu logget af" in browser.text, "signed out")

    mail = browser.mail.wait_for("soeren.oersted@holstebro.demo", "Din bruger i Fritidspas")
    link = re.search(r"https?://\S+/activate/[A-Za-z0-9_-]+", mail["text"])
    expect(link is not None, "the e-mail holds the activation link")
    browser.open(link.group(0))
    expect("Vælg din adgangskode" in browser.text, "activation page")
    browser.fill("password", "cyklen står ved hallen")
    browser.fill("passwordConfirmation", "cyklen står ved hallen")
    browser.submit("Gem adgangskode")
    expect("Din adgangskode er gemt" in browser.text, "activated")

    browser.login("soeren.oersted@holstebro.demo", "cyklen står ved hallen")
    expect("Velkommen, Søren Ørsted" in browser.text, "caseworker signed in")
    expect("Brugere" not in browser.driver.find_element("css selector", "nav").text, "no user admin for caseworkers")


def test_wrong_password_keeps_the_email_and_says_what_to_do(browser):
    browser.login("coordinator@holstebro.demo", "forkert-kode")
    expect("E-mailadressen eller adgangskoden er forkert" in browser.text, "generic sign-in error")
    email = browser.driver.find_element("name", "email").get_attribute("value")
    expect(email == "coordinator@holstebro.demo", "email kept")
    expect(browser.driver.title.startswith("Fejl: "), "title marks the error")


def test_phone_sized_window_has_a_menu_and_no_sideways_scrolling(browser):
    browser.driver.set_window_size(360, 740)
    browser.login("coordinator@holstebro.demo")
    width = browser.driver.execute_script("return document.documentElement.scrollWidth")
    expect(width <= 360, f"no horizontal scrolling at 360px (scrollWidth {width})")
    summary = browser.driver.find_element("css selector", "details.nav-narrow summary")
    expect(summary.is_displayed(), "the Menu toggle is visible on a phone")
    summary.click()
    browser.navigate(browser.driver.find_element("css selector", 'details.nav-narrow a[href="/users"]'))
    expect(browser.path == "/users", "menu works without JavaScript")


def test_admin_sees_municipalities_only(browser):
    browser.login("admin@fritidspas.demo")
    expect(browser.path == "/admin/municipalities", "admin start page")
    expect("Holstebro Kommune" in browser.text and "Svendborg Kommune" in browser.text, "both tenants listed")
    browser.click_link("Holstebro Kommune")
    browser.click_link("Tilbage til kommuner")
    browser.open("/users")
    expect("Du har ikke adgang" in browser.text, "admin cannot manage a municipality's users")
