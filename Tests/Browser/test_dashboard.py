"""Dashboard and status report: every part renders with its charts (SVG with a text alternative)
and the numbers as tables; another period shows other figures; the settings form keeps the input
and says what to fix; the report prints as an A4 document without the page's navigation and
forms, and its CSV holds the figures; the admin compares municipalities. Phone width too."""
import base64, re, subprocess, tempfile, urllib.request
from selenium.webdriver.common.by import By
from harness import expect


def cell(browser, label):
    """The period's value in the table row headed `label`."""
    row = browser.driver.find_element(By.XPATH, f'//tr[th[normalize-space()="{label}"]]')
    return row.find_elements(By.TAG_NAME, "td")[0].text


def pdf_text(pdf):
    """The PDF's text as pdftotext (poppler-utils) reads it, pages separated by form feeds."""
    with tempfile.NamedTemporaryFile(suffix=".pdf") as file:
        file.write(pdf)
        file.flush()
        return subprocess.run(["pdftotext", "-layout", file.name, "-"], check=True, capture_output=True).stdout.decode("utf-8")


def no_sideways_scrolling(browser):
    width = browser.driver.execute_script("return document.documentElement.scrollWidth")
    viewport = browser.driver.execute_script("return window.innerWidth")
    expect(width <= viewport, f"{browser.path}: page is {width}px wide in a {viewport}px window")


def test_dashboard_parts_periods_and_settings(browser):
    browser.login("coordinator@holstebro.demo")
    expect(browser.path == "/", "the coordinator starts on the work list")
    browser.click_link("Overblik: tal og grafer for ordningen")
    expect(browser.path == "/dashboard", "the statistics are on Overblik")
    charts = browser.driver.find_elements(By.CSS_SELECTOR, "svg.chart[role=img]")
    expect(len(charts) >= 8, f"funnel, months, departments, schools, outcomes, clubs, categories, volunteers ({len(charts)})")
    for chart in charts:
        title = chart.find_element(By.TAG_NAME, "title").get_attribute("textContent")
        desc = chart.find_element(By.TAG_NAME, "desc").get_attribute("textContent")
        expect(title and desc, "every chart has a title and a description")
    for part in ["Fritidsvejledning", "Foreninger og aktiviteter", "Frivillige", "Økonomi", "Omkostning pr. barn",
                 "Opfølgning og implementering"]:
        expect(browser.driver.find_elements(By.XPATH, f'//h2[normalize-space()="{part}"]'), f"part {part}")
    expect("Går til en aktivitet efter 6 måneder" in browser.text, "the funnel's fourth stage")
    expect(browser.driver.find_elements(By.CSS_SELECTOR, "progress.impl-progress"), "QIF progress per phase")

    this_half = (cell(browser, "Børn indstillet i perioden"), cell(browser, "Samtaler og møder holdt"))
    browser.click_link("Forrige halvår")
    expect("Periode: 01.01.2026–30.06.2026" in browser.text, f"the previous half-year is shown: {browser.text[:300]}")
    last_half = (cell(browser, "Børn indstillet i perioden"), cell(browser, "Samtaler og møder holdt"))
    expect(this_half != last_half, f"other figures for another period: {this_half} / {last_half}")
    browser.open("/dashboard?from=2026-12-01&to=2026-01-01")
    expect("Slutdatoen skal ligge efter startdatoen" in browser.text, "a wrong period says what to fix")

    browser.open("/dashboard")
    browser.click_link("Ret timeprisen")
    expect(browser.path == "/dashboard/settings", "the settings form")
    browser.fill("hourlyRate", "mange penge")
    browser.fill("unclaimedWeeks", "0")
    browser.submit("Gem opsætningen")
    expect(browser.driver.title.startswith("Fejl: "), "the title marks the error")
    expect("Der er problemer" in browser.text, "error summary")
    expect(browser.driver.find_element(By.NAME, "hourlyRate").get_attribute("value") == "mange penge", "input kept")
    expect(browser.driver.find_element(By.NAME, "hourlyRate").get_attribute("aria-invalid") == "true", "field marked")
    expect("Antal uger skal være et helt tal fra 1 til 52" in browser.text, "message beside the weeks")
    browser.fill("hourlyRate", "500")
    browser.fill("unclaimedWeeks", "8")
    browser.submit("Gem opsætningen")
    expect("Opsætningen er gemt." in browser.text, "saved")
    expect("Fritidsvejledning (timer × 500,00 kr.)" in browser.text, "the cost uses the new rate")
    browser.click_link("Ret timeprisen")
    browser.fill("hourlyRate", "450")
    browser.submit("Gem opsætningen")

    browser.driver.set_window_size(360, 740)
    browser.open("/dashboard")
    no_sideways_scrolling(browser)


def test_status_report_prints_on_a4_and_exports_csv(browser):
    browser.login("coordinator@holstebro.demo")
    browser.click_link("Overblik: tal og grafer for ordningen")
    browser.click_link("Statusrapport")
    expect(browser.driver.find_element(By.TAG_NAME, "h1").text == "Statusrapport for fritidspas", "the report")
    expect("Udviklingen kort" in browser.text and "end i forrige periode" in browser.text, "trend sentences")
    expect("< 5" in browser.text, "small groups suppressed")
    browser.fill("commentary", "Flere skoler indstiller nu. Vi prioriterer Nord i foråret.")
    browser.submit("Gem kommentarer")
    expect("Kommentarerne er gemt." in browser.text, "commentary saved")

    browser.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    hidden = browser.driver.execute_script("""
        return ['.main-nav', 'form.period-form', '.site-footer', '.skip-link']
          .map(s => document.querySelector(s)).filter(e => e).every(e => getComputedStyle(e).display === 'none')""")
    expect(hidden, "navigation, forms and footer are not printed")
    expect(browser.driver.find_element(By.CSS_SELECTOR, ".report-commentary").is_displayed(), "the commentary is printed")
    pdf = base64.b64decode(browser.driver.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True})["data"])
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)", pdf)
    expect(boxes, "a PDF with pages")
    width, height = float(boxes[0][0]), float(boxes[0][1])
    expect(abs(width - 595) < 2 and abs(height - 842) < 2, f"A4 pages ({width} × {height} pt)")
    # Read the printed report back: every page has the municipality, the period and "side X af Y",
    # and every column of the money table is on the paper.
    pages = [page for page in pdf_text(pdf).split("\f") if page.strip()]
    expect(len(pages) >= 2, f"the report runs over pages ({len(pages)})")
    lead = browser.driver.find_element(By.CSS_SELECTOR, ".report .lead").text
    municipality, period = [part.strip() for part in lead.split("·")]
    for number, page in enumerate(pages, 1):
        flat = " ".join(page.split())
        expect(f"side {number} af {len(pages)}" in flat, f"page {number} is numbered: {flat[-200:]}")
        expect(municipality in flat and period in flat, f"page {number} names {municipality} and {period}: {flat[:200]}")
    money = browser.driver.find_element(By.XPATH, '//section[h2="Økonomi"]//table')
    headings = [th.get_attribute("textContent").strip() for th in money.find_elements(By.CSS_SELECTOR, "thead th")]
    printed = " ".join(pdf_text(pdf).split())
    for row in money.find_elements(By.CSS_SELECTOR, "tbody tr"):
        for heading, cell in zip(headings[1:], row.find_elements(By.TAG_NAME, "td")):
            value = cell.get_attribute("textContent").strip()
            expect(value in printed, f"the {heading} column prints whole: {value}")
    browser.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "screen"})

    href = browser.driver.find_element(By.LINK_TEXT, "Hent tallene som CSV").get_attribute("href")
    cookies = "; ".join(f"{c['name']}={c['value']}" for c in browser.driver.get_cookies())
    with urllib.request.urlopen(urllib.request.Request(href, headers={"Cookie": cookies})) as response:
        kind, text = response.headers["Content-Type"], response.read().decode("utf-8")
    expect(kind.startswith("text/csv"), f"CSV ({kind})")
    expect(text.startswith("\ufeffAfsnit;Tal;Kolonne;Værdi;Enhed;Skjult;Vises som\r\n"), "the CSV's header")
    for section in ["Fritidsvejledning;", "Omkostning pr. barn;", "Økonomi;", "Frivillige;"]:
        expect(section in text, f"{section} in the CSV")
    # Long format: the value is a bare number (or empty when hidden), the unit and the flag beside it.
    for line in text.strip("\ufeff").split("\r\n")[1:]:
        if not line:
            continue
        cells = re.findall(r'(?:"[^"]*"|[^;]*)(?:;|$)', line)[:7]
        value, unit, suppressed, mark = [c.rstrip(";").strip('"') for c in cells[3:7]]
        expect(re.fullmatch(r"-?\d+(,\d+)?", value) or (value == "" and (suppressed == "Ja" or unit == "")),
               f"a number in the value column: {line}")
        expect(suppressed in ("Ja", "Nej") and (suppressed == "Ja") == (mark in ("< 5", "skjult")), f"the flag and the mark: {line}")

    browser.driver.set_window_size(360, 740)
    browser.open(browser.path)
    no_sideways_scrolling(browser)


def test_admin_sees_the_municipalities_side_by_side(browser):
    browser.login("admin@fritidspas.demo")
    browser.open("/admin/overview")
    rows = [th.text for th in browser.driver.find_elements(By.XPATH, '//h2[@id="passes"]/following-sibling::div[1]//tbody//th')]
    expect(rows == ["Holstebro Kommune", "Svendborg Kommune"], f"one row per municipality: {rows}")
    for section in ["Fritidspas", "Indstillinger pr. afsender", "Fritidsvejledning", "Børn pr. aktivitetstype", "Frivillige",
                    "Økonomi", "Udbetalinger og bevillinger uden krav", "Omkostning pr. barn", "Opfølgning og implementering"]:
        expect(browser.driver.find_elements(By.XPATH, f'//h2[normalize-space()="{section}"]'), f"section {section}")
    expect("Omkostning pr. barn, der startede i en aktivitet" in browser.text, "the cost per child")
    expect("Fase 1: Parat" in browser.text, "QIF progress")
    own = browser.driver.find_elements(By.XPATH, '//h3[starts-with(normalize-space(), "Indstillinger pr. skole")]')
    expect(len(own) == 2 and not any(h.is_displayed() for h in own), "each municipality's own figures start folded")
    for summary in browser.driver.find_elements(By.CSS_SELECTOR, "details.admin-municipality summary"):
        summary.click()
    expect(all(h.is_displayed() for h in own) and "Foreninger med ledige pladser" in browser.text, "they fold out")
    browser.check(again=True)

    browser.driver.set_window_size(360, 740)
    browser.open(browser.path)
    no_sideways_scrolling(browser)
