"""Money: the coordinator grants a fee, the association contact confirms the start and claims it
(with the club's invoice as PDF), the coordinator approves, gathers a payment batch, exports it
as CSV and marks it paid; the budget view shows the payment."""
import os, re, tempfile, urllib.parse, urllib.request
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select
from harness import expect


def kroner(text):
    """'1.234,50 kr.' -> 123450 (øre)."""
    return int(text.replace("kr.", "").replace(".", "").replace(",", "").replace("-", "").strip())


def budget_paid(browser, source):
    browser.open("/budget")
    row = browser.driver.find_element(By.XPATH, f'//tr[th[normalize-space()="{source}"]]')
    cells = row.find_elements(By.TAG_NAME, "td")
    return kroner(cells[3].text)


def fetch_csv(browser, action):
    """Posts the export form with the browser's session and token, returns (content type, text)."""
    token = browser.driver.find_element(By.CSS_SELECTOR, f'form[action="{action}"] input[name="csrf_token"]').get_attribute("value")
    cookies = "; ".join(f"{c['name']}={c['value']}" for c in browser.driver.get_cookies())
    request = urllib.request.Request(browser.base + action, data=urllib.parse.urlencode({"csrf_token": token}).encode(),
                                     headers={"Cookie": cookies, "Origin": browser.base,
                                              "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request) as response:
        return response.headers["Content-Type"], response.read().decode("utf-8")


def test_fee_is_granted_claimed_approved_exported_paid_and_budgeted(browser):
    # The demo's own municipal budget is nearly spent (its forecast shows the day it runs out), so
    # this fee comes from the BROEN pool.
    source = "BROEN Holstebro"
    browser.login("coordinator@holstebro.demo")
    paid_before = budget_paid(browser, source)

    # A child with consent to sharing with the association and a pass covering the fee.
    browser.open("/children/new")
    browser.fill("firstName", "Yara")
    browser.fill("lastName", "Østerby")
    browser.fill("birthDateDay", "3")
    browser.fill("birthDateMonth", "9")
    browser.fill("birthDateYear", "2018")
    browser.choose("gender", "girl")
    browser.choose("needsAdaptation", "no")
    browser.fill("guardianName1", "Rana Østerby")
    browser.select("guardianRelation1", "mother")
    browser.fill("guardianPhone1", "41 52 63 74")
    browser.submit("Opret barn")
    child_path = browser.path.split("#")[0]
    browser.click_link("Registrér samtykke")
    browser.driver.find_element(By.CSS_SELECTOR, 'input[name="covers[]"][value="association"]').click()
    browser.submit("Gem samtykke")
    browser.click_link("Opret indstilling")
    browser.choose("department", "school")
    browser.driver.find_element(By.CSS_SELECTOR, 'input[name="reasons[]"][value="economic"]').click()
    browser.submit("Send indstilling")
    browser.click_link("Afgør")
    browser.choose("outcome", "approve")
    browser.submit("Gem afgørelse")
    expect("Har fritidspas" in browser.text, "the pass is granted")

    # The coordinator grants the fee for the U9 team of Tvis Boldklub.
    browser.click_link("Bevil støtte")
    activity = browser.driver.find_element(By.XPATH, '//select[@name="activity"]/option[starts-with(normalize-space(), "Tvis Boldklub – U9 fodbold")]')
    Select(browser.driver.find_element(By.NAME, "activity")).select_by_value(activity.get_attribute("value"))
    browser.choose("kind", "fee")
    browser.fill("amount", "1.234,50")
    Select(browser.driver.find_element(By.NAME, "fundingSource")).select_by_visible_text(source)
    browser.submit("Bevil støtte")
    expect("Kontingent på 1.234,50 kr. er bevilget til Yara Østerby" in browser.text, "grant flash")
    expect("Tvis Boldklub – U9 fodbold" in browser.text, "the grant on the child's page")
    browser.logout()

    # The club's volunteer: portal → confirm the start → claim → check answers → send.
    browser.login("association@holstebro.demo")
    expect(browser.path == "/", f"association contacts land on their work list, not {browser.path}")
    browser.click_link("Foreningsportal")
    card = '//li[.//h3[contains(., "Yara Ø. (født 2018)")]]'
    browser.navigate(browser.driver.find_element(By.XPATH, card + '//button[contains(., "Barnet er startet i dag")]'))
    expect("Yara Ø. står nu som startet" in browser.text, "start confirmed")
    browser.navigate(browser.driver.find_element(By.XPATH, card + '//a[contains(., "Send krav om 1.234,50 kr.")]'))
    expect("Trin 1 af 2" in browser.text, "step line")
    invoice = os.path.join(tempfile.mkdtemp(), "faktura-tvis.pdf")
    with open(invoice, "wb") as f:
        f.write(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    browser.driver.find_element(By.NAME, "attachment").send_keys(invoice)
    browser.submit("Fortsæt")
    expect("Tjek dine svar" in browser.text and "Trin 2 af 2" in browser.text, "check your answers")
    expect("faktura-tvis.pdf" in browser.text and "1.234,50 kr." in browser.text, "answers shown")
    browser.submit("Send krav")
    expect("Kravet er sendt" in browser.text, "receipt")
    receipt = browser.path.split("?")[0]
    browser.logout()

    # The coordinator approves, gathers a batch, exports it and marks it paid.
    browser.login("coordinator@holstebro.demo")
    browser.click_link("Udbetalinger")
    row = browser.driver.find_element(By.XPATH, '//tr[td/a[normalize-space()="Yara Østerby"]]')
    expect("1.234,50 kr." in row.text, "the claim waits with its amount")
    row.find_element(By.CSS_SELECTOR, 'input[name="ids[]"]').click()
    browser.submit("Godkend valgte")
    expect("Godkendte krav: 1." in browser.text, "approved")
    browser.click_link("Udbetalingslister")
    browser.submit("Saml på en udbetalingsliste")
    expect("er oprettet" in browser.text and "Yara Østerby" in browser.text, "batch created with the claim")
    batch = browser.path
    content_type, csv = fetch_csv(browser, batch + "/export")
    expect(content_type.startswith("text/csv"), f"CSV, not {content_type}")
    expect(csv.startswith("\ufeffForening;CVR;Betalingsreference;Beløb (kr.);Krav"), "CSV header")
    claim_id = receipt.rsplit("/", 1)[1]
    tvis = [line for line in csv.split("\r\n") if line.startswith("Tvis Boldklub;")]
    expect(len(tvis) == 1 and claim_id in tvis[0].split(";")[4].split(" "), f"the club's line pays the claim: {tvis}")
    browser.open(batch)
    expect("Hentet som CSV" in browser.text, "the export is recorded")
    # Four eyes: the coordinator who approved the claim does not also mark it paid.
    browser.click_link("Markér som udbetalt")
    expect("En kollega skal markere udbetalingslisten som udbetalt" in browser.text, "the approver is sent to a colleague")
    browser.logout()
    browser.login("okonomi@holstebro.demo")
    browser.open(batch)
    browser.click_link("Markér som udbetalt")
    browser.fill("paymentReference", "OPUS 2026-7781")
    browser.submit("Markér som udbetalt")
    expect("Udbetalingslisten er markeret som udbetalt" in browser.text, "paid")
    expect("OPUS 2026-7781" in browser.text and "Hanne Bach" in browser.text and "Mette Kjær" in browser.text,
           "the list shows the reference, who approved and who marked it paid")

    paid_after = budget_paid(browser, source)
    expect(paid_after - paid_before == 123450, f"the budget shows the payment: {paid_before} → {paid_after}")
    browser.open(child_path)
    expect("1.234,50 kr. udbetalt til foreningen" in browser.text, "the child's timeline has the payment")
    browser.logout()

    browser.login("association@holstebro.demo")
    browser.open(receipt)
    expect("Udbetalt den" in browser.text, "the club sees it paid")


def test_the_club_answers_a_follow_up_with_one_press(browser):
    """The portal asks 'still coming?' once a start is 3 or 6 months old; 'stopped' goes on to the stop form."""
    browser.login("association@holstebro.demo")
    expect("Opfølgninger at besvare" in browser.text, "the work list has the follow-ups to answer")
    browser.click_link("Foreningsportal")
    expect("stadig til" in browser.text, "the portal asks about a child whose follow-up is due")
    browser.submit("Ja, kommer fast")
    expect("Tak for svaret." in browser.text, "one press answers")
    browser.submit("Nej, er stoppet")
    expect("Skriv, hvornår barnet stoppede" in browser.text, "a stop continues to the stop form")
    browser.submit("Meld stop")
    expect("er stoppet" in browser.text, "the stop is recorded")
