"""Intake: a caseworker registers a child, records consent and refers; the coordinator approves
and the pass shows on the child's page."""
import datetime
from harness import expect


def test_caseworker_refers_and_coordinator_grants_a_pass(browser):
    browser.login("caseworker@holstebro.demo")
    browser.click_link("Børn")
    browser.click_link("Opret barn")
    browser.fill("firstName", "Nour")
    browser.fill("lastName", "Ærenlund")
    browser.fill("birthDateDay", "14")
    browser.fill("birthDateMonth", "2")
    browser.fill("birthDateYear", "2014")
    browser.choose("gender", "girl")
    browser.select("school", "Tvis Skole")
    browser.choose("needsAdaptation", "no")
    browser.fill("interests", "Svømning og håndbold")
    browser.fill("guardianName1", "Samira Ærenlund")
    browser.select("guardianRelation1", "mother")
    browser.fill("guardianPhone1", "40 50 60 70")
    browser.submit("Opret barn")
    expect("Nour Ærenlund er oprettet" in browser.text, "child created")
    child_path = browser.path

    browser.click_link("Registrér samtykke")
    browser.driver.find_element("css selector", 'input[name="covers[]"][value="association"]').click()
    browser.submit("Gem samtykke")
    expect("Samtykket er registreret" in browser.text, "consent recorded")

    browser.click_link("Opret indstilling")
    browser.choose("department", "school")
    browser.driver.find_element("css selector", 'input[name="reasons[]"][value="economic"]').click()
    browser.fill("childWishes", "Vil gerne i svømmeklub med veninderne")
    browser.submit("Send indstilling")
    expect("Indstillingen er sendt" in browser.text, "referral sent")
    expect("Modtaget" in browser.text, "referral submitted")
    browser.logout()

    browser.login("coordinator@holstebro.demo")
    browser.click_link("Indstillinger")
    expect("Nour Ærenlund" in browser.text, "referral in the coordinator's queue")
    browser.navigate(browser.driver.find_element("xpath", '//tr[td/a[normalize-space()="Nour Ærenlund"]]//a[starts-with(normalize-space(), "Afgør")]'))
    browser.choose("outcome", "approve")
    browser.submit("Gem afgørelse")
    expect("Nour Ærenlund har fået et fritidspas" in browser.text, "approved")
    expect(browser.path.startswith(child_path), "back on the child's page")
    expect("Har fritidspas" in browser.text, "status on the child's page")
    expect("Tildelt" in browser.text, "the pass is shown")


def test_children_list_filters_without_javascript(browser):
    browser.login("coordinator@holstebro.demo")
    browser.open("/children")
    browser.select("status", "waiting_list")
    browser.submit("Søg")
    rows = browser.driver.find_elements("css selector", "table tbody tr")
    expect(len(rows) > 0, "waiting-list children listed")
    expect(all("Venteliste" in r.text for r in rows), "only waiting-list children")
    browser.click_link("Alder")
    expect("sort=age" in browser.path, "sorted by age")
