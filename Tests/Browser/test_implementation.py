"""Implementation workspace: a coordinator marks checklist items done, fills in a
tool-5 question, records a dialogue-tool round and prints the plan; a caseworker comments;
the admin sees the anonymous overview."""
import base64, re
from selenium.webdriver.common.by import By
from harness import expect


def open_subnav(browser, label):
    browser.follow(browser.driver.find_element(By.CSS_SELECTOR, "nav.impl-subnav").find_element(By.LINK_TEXT, label))


def test_coordinator_runs_the_implementation(browser):
    browser.login("coordinator@holstebro.demo")
    browser.click_link("Implementering")
    expect(browser.path == "/implementation", f"workspace overview, not {browser.path}")
    expect("I arbejder nu i Fase 3: Aktiv implementering" in browser.text, "current phase shown")
    expect("Overskredne frister" in browser.text, "overdue items section")

    # Mark two items of phase 3 done, one with a failed attempt first.
    browser.click_link("Fase 3: Aktiv implementering")
    browser.click_link("Hvordan kan vi eventuelt støtte foreningerne bedre?")
    browser.choose("status", "not_relevant")
    browser.submit("Gem punktet")
    expect("Der er problemer" in browser.text, "error summary")
    expect("Skriv, hvorfor punktet ikke er relevant" in browser.text, "message beside the reason field")
    browser.choose("status", "done")
    browser.fill("note", "Kursus for foreningsfrivillige holdt i januar.")
    browser.submit("Gem punktet")
    expect("Punktet er gemt" in browser.text, "saved, back on the phase page")
    expect(browser.path.startswith("/implementation/phases/phase-3"), f"phase page, not {browser.path}")
    browser.click_link("Hvordan deler vi løbende erfaringer med andre relevante aktører, så vi kan lære af dem og justere ordningen?")
    browser.choose("status", "done")
    browser.submit("Gem punktet")
    expect("Punktet er gemt" in browser.text, "second item saved")

    # Add an own item under a sub-step.
    browser.follow(browser.driver.find_element(By.CSS_SELECTOR, 'a[href="/implementation/sections/step-3.2/items/new"]'))
    browser.fill("text", "Vis data om fastholdelse på næste styregruppemøde")
    browser.submit("Tilføj punktet")
    expect("Punktet er tilføjet" in browser.text, "own item created")

    # Fill a tool-5 question, first without the initiatives the answer calls for.
    open_subnav(browser, "Implementeringsplan")
    browser.click_link("I hvor høj grad har I gjort indsatsen robust over for udskiftning blandt ledere, medarbejdere og frivillige?")
    browser.choose("answer", "some")
    browser.choose("initiativesNeeded", "yes")
    browser.submit("Gem i planen")
    expect("Skriv hvilke initiativer, der skal sættes i gang" in browser.text, "initiatives required")
    browser.fill("initiatives", "Drejebog for nye koordinatorer\nFast sparringspartner i nabokommunen")
    browser.fill("responsible", "Koordinator")
    browser.fill("milestones", "Drejebog skrevet")
    browser.submit("Gem i planen")
    expect("Planen er opdateret" in browser.text, "plan saved")
    expect("Drejebog for nye koordinatorer" in browser.text, "initiative in the plan")
    expect("Mette Kjær" in browser.driver.find_element(By.ID, "history-heading").find_element(By.XPATH, "..").text, "history names who")

    # Record a dialogue round.
    open_subnav(browser, "Dialogredskab")
    browser.click_link("Registrér en runde")
    browser.choose("rating-factor-infrastructure", "none")
    browser.fill("note-factor-infrastructure", "Betalingsgangen er beskrevet og i brug.")
    browser.choose("rating-factor-adaptability", "some")
    browser.choose("rating-factor-training-involvement", "none")
    browser.submit("Gem runden")
    expect("er gemt" in browser.text, "round saved")
    expect("Runde 3" in browser.text, "a third column in the comparison")
    expect("Løste barrierer" in browser.text, "resolved barriers listed")

    # The other sections, so axe checks them too.
    open_subnav(browser, "Møder")
    browser.click_link("Registrér møde")
    browser.submit("Gem mødet")
    expect("Indtast en dato" in browser.text, "a meeting needs a date")
    open_subnav(browser, "Møder")
    browser.follow(browser.driver.find_elements(By.CSS_SELECTOR, "table a")[-1])  # the oldest meeting: the kick-off
    expect("Handlinger" in browser.text, "meeting page with its actions")
    browser.click_link("Gør til tjekpunkt eller initiativ")
    browser.select("section", "step-2.1")
    browser.submit("Opret tjekpunkt")
    expect("Handlingen er nu et tjekpunkt" in browser.text, "action became an item")
    open_subnav(browser, "Afprøvningsrunder")
    expect("Version 3.0" in browser.text, "test rounds")
    browser.click_link("Redigér version 3.0")
    browser.fill("learnings", "Forældremøderne giver flere forældre, der kører til træning.")
    browser.submit("Gem ændringerne")
    expect("Version 3.0 er gemt" in browser.text, "round saved")
    open_subnav(browser, "Dokumentationsplan")
    expect("Antal ansøgte og bevilgede fritidspas" in browser.text, "documentation plan")
    browser.follow(browser.driver.find_elements(By.CSS_SELECTOR, "table.impl-table a")[0])
    browser.click_link("Slet rækken")
    expect("Det kan ikke fortrydes" in browser.text, "confirmation page before deleting")
    browser.click_link("Annullér")
    open_subnav(browser, "Kommunikationsplan")
    expect("Foreningslivet" in browser.text, "communication plan")

    # Print the plan: a clean A4 landscape document.
    open_subnav(browser, "Implementeringsplan")
    browser.click_link("Udskriftsvenlig version")
    expect("Udskrevet" in browser.text, "print view")
    expect("Drejebog for nye koordinatorer" in browser.text, "the new initiative is printed")
    pdf = base64.b64decode(browser.driver.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True})["data"])
    boxes = set(re.findall(rb"/MediaBox\s*\[([^\]]*)\]", pdf))
    expect(all(b.split()[2].startswith(b"841") and b.split()[3].startswith(b"59") for b in boxes), f"A4 landscape pages: {boxes}")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    expect(2 <= pages <= 8, f"the plan prints on a few pages, not {pages}")
    browser.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    hidden = browser.driver.execute_script(
        "return ['.main-nav', '.header-user', '.site-footer', '.back-link'].every(s => getComputedStyle(document.querySelector(s)).display === 'none')")
    expect(hidden, "navigation, buttons and footer are not printed")
    browser.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_caseworker_reads_and_comments_and_the_admin_sees_numbers_only(browser):
    browser.login("caseworker@holstebro.demo")
    browser.click_link("Implementering")
    browser.click_link("Fase 1: Parat")
    browser.click_link("Sammensæt implementeringsteamet, og afklar hver deltagers rolle.")
    expect("Opdatér punktet" not in browser.text, "caseworkers do not edit")
    browser.fill("comment", "Skolen vil gerne have en fast kontaktperson i teamet.")
    browser.submit("Tilføj kommentar")
    expect("Din kommentar er tilføjet" in browser.text, "comment saved")
    open_subnav(browser, "Implementeringsplan")
    browser.click_link("Har parterne indgået en samarbejdsaftale, eller er der brug for en?")
    expect("Historik for spørgsmålet" in browser.text, "plan history readable")
    # Narrow screens: no horizontal page scrolling on the overview.
    browser.driver.set_window_size(360, 800)
    browser.open("/implementation")
    width = browser.driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    expect(width <= 0, f"no horizontal scrolling at 360px (overflow {width}px)")
    browser.driver.set_window_size(1280, 900)
    browser.logout()

    browser.login("admin@fritidspas.demo")
    browser.open("/admin/implementation")
    expect("Holstebro Kommune" in browser.text and "Svendborg Kommune" in browser.text, "both municipalities")
    expect("Mette Kjær" not in browser.text and "Lars Nørgaard" not in browser.text, "no names")
