"""Guidance: the coordinator publishes a course on the open board, a volunteer offers, the
coordinator confirms; the volunteer logs a session from a phone-sized window and records the
activity start, and the 3-month follow-up shows as due."""
import calendar
import datetime
from selenium.webdriver.common.by import By
from harness import expect


def months_back(day, months):
    """The day `months` calendar months earlier, clamped to a shorter month's end (as the app does)."""
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    return datetime.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def set_date(browser, name, day):
    """Date inputs take typed text in the browser's locale; set the ISO value directly instead."""
    field = browser.driver.find_element(By.NAME, name)
    browser.driver.execute_script("arguments[0].value = arguments[1]", field, day.isoformat())


def no_sideways_scrolling(browser):
    width = browser.driver.execute_script("return document.documentElement.scrollWidth")
    viewport = browser.driver.execute_script("return window.innerWidth")
    expect(width <= viewport, f"{browser.path}: page is {width}px wide in a {viewport}px window")


def test_board_offer_confirmation_and_a_guides_week_on_a_phone(browser):
    # The coordinator puts a child who waits for a guide on the open board.
    browser.login("coordinator@holstebro.demo")
    browser.click_link("Forløb")
    browser.click_link("Venter på vejleder")
    rows = [r for r in browser.driver.find_elements(By.CSS_SELECTOR, "table tbody tr") if "På opslagstavlen" not in r.text]
    expect(rows, "a waiting course not yet on the board")
    browser.navigate(rows[0].find_element(By.CSS_SELECTOR, "td a"))
    course_path = browser.path
    heading = browser.driver.find_element(By.TAG_NAME, "h1").text
    first_name = heading.replace("Forløb for ", "").split(" ")[0]
    full_name = heading.replace("Forløb for ", "")
    browser.submit("Slå op på opslagstavlen")
    expect(f"{first_name} er slået op på opslagstavlen" in browser.text, "published")
    browser.logout()

    # The volunteer sees the child with minimal data and offers to guide.
    browser.login("volunteer@holstebro.demo")
    expect(browser.path == "/", f"a volunteer lands on the work list, not {browser.path}")
    browser.click_link("Opslagstavle")
    expect(f"{first_name}, " in browser.text, "the child is on the board")
    expect(full_name not in browser.text, "first name only")
    browser.submit(f"Tilbyd at blive vejleder for {first_name}")
    expect("Koordinatoren har fået dit tilbud" in browser.text, "offer sent")
    browser.logout()

    # The coordinator confirms the offer.
    browser.login("coordinator@holstebro.demo")
    browser.open(course_path)
    browser.submit("Bekræft Amira Hassan som vejleder")
    expect(f"Amira Hassan er nu vejleder for {first_name}" in browser.text, "confirmed")
    expect("I gang" in browser.text, "the course is ongoing")
    browser.logout()

    # On a phone: the volunteer finds the child, logs a session and records the start.
    browser.driver.set_window_size(360, 740)
    browser.login("volunteer@holstebro.demo")
    no_sideways_scrolling(browser)
    # The work list's next meetings lead straight to the session form.
    browser.navigate(browser.driver.find_element(
        By.XPATH, f'//section[@aria-labelledby="work-sessions"]//a[normalize-space()="{full_name}"]'))
    expect(browser.path == course_path + "/sessions/new", f"session form, not {browser.path}")
    no_sideways_scrolling(browser)
    browser.submit("Gem samtale")  # nothing chosen yet: the problems are shown, the form kept
    expect("Vælg hvad slags samtale det var" in browser.text, "error beside the field")
    no_sideways_scrolling(browser)
    browser.choose("kind", "home_visit")
    browser.fill("minutes", "45")
    browser.fill("note", "Første besøg hos familien. Barnet vil gerne prøve spejder.")
    browser.submit("Gem samtale")
    expect("Samtalen er gemt" in browser.text, "session saved")
    expect("Hjemmebesøg, 45 min." in browser.text, "the session is listed")
    no_sideways_scrolling(browser)

    browser.click_link("Registrér aktivitet")
    no_sideways_scrolling(browser)
    browser.fill("activity", "Spejder hos KFUM")
    browser.choose("started", "yes")
    set_date(browser, "startOn", months_back(datetime.date.today(), 3))
    browser.submit("Gem aktivitet")
    expect("Starten er gemt" in browser.text, "start recorded")

    # The 3-month follow-up is due now.
    browser.open("/my-children")
    expect(f"{full_name}: opfølgning efter 3 måneder" in browser.text, "follow-up listed")
    item = browser.driver.find_element(By.XPATH, f'//li[a[normalize-space()="{full_name}: opfølgning efter 3 måneder"]]')
    expect("Skal besvares" in item.text, "shown as due")
    browser.open("/follow-ups")
    expect(full_name in browser.text, "on the follow-up list too")
    no_sideways_scrolling(browser)


def test_coordinator_and_volunteer_pages_pass_axe(browser):
    """Every other guidance page, with its error state, checked by axe."""
    browser.login("coordinator@holstebro.demo")
    browser.click_link("Frivillige")
    expect("Uden opgave i" in browser.text, "idle volunteers are flagged")
    browser.click_link("Opret frivillig")
    browser.submit("Opret frivillig")
    expect("Indtast den frivilliges navn" in browser.text, "errors beside the fields")
    browser.open("/volunteers")
    browser.click_link("Henrik Lauridsen")
    expect("Børneattest udløbet" in browser.text, "certificate status")
    browser.submit("Gem kursus")
    expect("Skriv kursets emne" in browser.text, "training form errors")
    browser.click_link("Ret oplysninger")
    browser.open("/volunteers/settings")
    browser.click_link("Opslagstavle")
    browser.click_link("Opfølgning")
    expect("Fastholdelse efter 6 måneder" in browser.text, "retention for the coordinator")
    expect("Kræver handling" in browser.text, "answers about children who stopped or need help come first")
    rows = browser.driver.find_elements(By.XPATH, '//h2[normalize-space()="Skal besvares"]/following::table[1]//tbody//a')
    browser.navigate(rows[0])
    browser.submit("Gem svar")
    expect("Vælg om barnet stadig går til aktiviteten" in browser.text, "follow-up form errors")

    browser.click_link("Forløb")
    browser.click_link("I gang")
    browser.navigate(browser.driver.find_element(By.CSS_SELECTOR, "table tbody tr td a"))
    course_path = browser.path
    browser.click_link("Registrér aftale")
    browser.submit("Gem aftale")
    expect("Vælg hvad familien har lovet" in browser.text, "agreement errors")
    browser.open(course_path + "/guide")
    browser.open(course_path + "/outcome")
    browser.submit("Afslut forløbet")
    expect("Vælg hvordan forløbet gik" in browser.text, "outcome errors")
    browser.open(course_path)
    browser.click_link("Gå til barnets side")
    expect("Fritidsvejledning" in browser.text, "guidance on the child's page")
    browser.logout()

    browser.login("volunteer@holstebro.demo")
    browser.navigate(browser.driver.find_element(By.XPATH, '//section[@aria-labelledby="work-volunteerFollowUps"]//ul//a'))
    browser.choose("stillActive", "yes")
    browser.choose("attendsRegularly", "yes")
    browser.choose("needsHelp", "no")
    browser.submit("Gem svar")
    expect("Opfølgningen for" in browser.text and "er gemt" in browser.text, "answered")
    browser.click_link("Opfølgning")
