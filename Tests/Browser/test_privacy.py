"""Privacy: a coordinator answers an access request with the child's data, anonymises a child,
and the child's page afterwards shows no personal data."""
import datetime
from harness import expect


def open_first_child_with_a_pass(browser):
    browser.open("/children?status=active")
    link = browser.driver.find_element("css selector", "table tbody tr td a")
    name = link.text  # "Efternavn, Fornavn"
    browser.navigate(link)
    return name


def test_coordinator_exports_and_anonymises_a_child(browser):
    browser.login("coordinator@holstebro.demo")
    listed = open_first_child_with_a_pass(browser)
    last_name = listed.split(",")[0]
    child_path = browser.path
    phone = browser.driver.find_element("xpath", '//dt[normalize-space()="Telefon"]/following-sibling::dd').text
    first_name = listed.split(",")[1].strip()
    guardian = browser.driver.find_element("xpath", '//dt[normalize-space()="Navn"]/following-sibling::dd').text.split(" (")[0]
    emails = [e.text for e in browser.driver.find_elements("xpath", '//dt[normalize-space()="E-mail"]/following-sibling::dd')]
    birth_date = browser.driver.find_element("xpath", '//dt[normalize-space()="Fødselsdato"]/following-sibling::dd').text

    browser.click_link("Registrér anmodning om indsigt")
    browser.fill("requestedBy", "Barnets mor")
    browser.submit("Registrér anmodningen")
    expect("Anmodningen er registreret" in browser.text, "request registered")
    browser.click_link("Åbn dokumentet til udskrift")
    expect(last_name in browser.text and phone in browser.text, "the document holds the child's and parent's data")
    expect("Hvem har brugt oplysningerne" in browser.text, "the access log summary is included")

    browser.open(child_path)
    browser.click_link("Anonymisér barnet")
    browser.fill("reason", "Forældrene har bedt om sletning")
    browser.driver.find_element("css selector", 'input[name="confirm"]').click()
    browser.submit("Anonymisér barnet")
    expect("Barnet er anonymiseret" in browser.text, "anonymised")
    expect(last_name not in browser.text, "the name is gone from the page")
    expect(phone not in browser.text, "the parent's phone is gone from the page")
    expect(first_name not in browser.text, "the first name is gone from the page")
    expect(guardian not in browser.text and not any(e in browser.text for e in emails), "the parent's name and e-mail are gone")
    expect(birth_date not in browser.text, f"the birth date is gone (only the year is kept): {birth_date}")
    browser.open("/children?q=" + last_name)
    expect("Børn" in browser.text and child_path + '"' not in browser.driver.page_source,
           "the children list answers, and a search for the old name does not find the child")


def test_records_of_processing_and_audit_log(browser):
    browser.login("coordinator@holstebro.demo")
    browser.click_link("Databeskyttelse")
    expect("Fortegnelse over behandling" in browser.text, "record of processing")
    browser.click_link("Logning")
    expect("Log over brug af oplysninger" in browser.text, "audit log")
    browser.select("action", "sign_in")
    browser.submit("Søg")
    rows = browser.driver.find_elements("css selector", "table tbody tr")
    expect(len(rows) > 0 and all("Loggede ind" in r.text for r in rows), "filtered to sign-ins")
