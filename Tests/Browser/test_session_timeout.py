"""No lost work on time-out, on a server of its own whose idle time-out is 30 seconds: the page
states when the session ends, a banner offers to stay signed in shortly before, and a referral
typed across the time-out is kept and comes back after signing in again."""
import sqlite3, time

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from harness import Server, expect


def caseworkers_child(db_path):
    db = sqlite3.connect(db_path, timeout=10)
    try:
        return db.execute("""
            SELECT c.id FROM child c JOIN app_user u ON u.id = c.created_by
            WHERE u.email = 'caseworker@holstebro.demo' AND EXISTS (SELECT 1 FROM consent k WHERE k.child_id = c.id)
            ORDER BY c.id LIMIT 1""").fetchone()[0]
    finally:
        db.close()


def test_a_referral_typed_across_the_time_out_survives_signing_in_again(browser):
    server = Server(browser.binary, browser.root, env={"FRITIDSPAS_SESSION_IDLE_MINUTES": "0.5"})
    base, db = browser.base, browser.db
    browser.base, browser.db = server.base, server.db
    try:
        browser.login("caseworker@holstebro.demo")
        child = caseworkers_child(server.db)
        browser.open(f"/children/{child}/referrals/new")
        note = browser.driver.find_element(By.ID, "session-note").text
        expect(note.startswith("Du logges af kl. "), f"the page states when the session ends: {note!r}")
        banner = browser.driver.find_element(By.ID, "session-warning")
        expect(not banner.is_displayed(), "no warning yet")

        WebDriverWait(browser.driver, 40).until(lambda d: banner.is_displayed())
        browser.check(again=True)
        expect("Du bliver snart logget af" in banner.text, "the warning shows before the end")
        banner.find_element(By.XPATH, './/button[normalize-space()="Bliv logget ind"]').click()
        WebDriverWait(browser.driver, 10).until(lambda d: not banner.is_displayed())
        expect(browser.path == f"/children/{child}/referrals/new", "staying signed in keeps the page and what is typed")

        browser.choose("department", "school")
        browser.driver.find_element(By.CSS_SELECTOR, 'input[name="reasons[]"][value="economic"]').click()
        browser.fill("childWishes", "Vil gerne gå til spejder – skrevet før frokosten")
        time.sleep(32)  # away from the desk: the session ends
        browser.submit("Send indstilling")
        expect(browser.path.startswith("/login"), f"sent to sign in again, at {browser.path}")
        expect("Det, du skrev, er gemt" in browser.text, "told that the form was kept")

        browser.login("caseworker@holstebro.demo")
        expect(browser.path.startswith(f"/children/{child}/referrals/new?kept="), f"back on the form, at {browser.path}")
        expect("Her er det, du skrev, før du blev logget af" in browser.text, "told the form is restored")
        wishes = browser.driver.find_element(By.NAME, "childWishes").get_attribute("value")
        expect(wishes == "Vil gerne gå til spejder – skrevet før frokosten", f"what was typed is back: {wishes!r}")
        expect(browser.driver.find_element(By.CSS_SELECTOR, 'input[name="department"][value="school"]').is_selected(),
               "the choice is back")
        expect(browser.driver.find_element(By.CSS_SELECTOR, 'input[name="reasons[]"][value="economic"]').is_selected(),
               "the ticked reason is back")
        browser.submit("Send indstilling")
        expect("Indstillingen er sendt" in browser.text, "the referral is sent")
    finally:
        browser.base, browser.db = base, db
        server.stop()
