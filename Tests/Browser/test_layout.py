"""Every page a role can reach by following links, on a phone: nothing pushes the page sideways
(tables scroll inside their own box), no word in a value or cell is split over two lines, and axe
checks each kind of page once."""
import re, urllib.parse
from selenium.webdriver.common.by import By
from harness import expect

SKIP = re.compile(r"logout|export|\.csv|attachment|/print|/download|^/was$")  # /was redirects to was.digst.dk


# Words in values, cells and badges that the layout splits over two lines (Chromium has no Danish
# hyphenation, so such a split shows as "Almindeli g"). A word wider than the whole column may
# break; one that would fit on a line of its own must not.
BROKEN_WORDS = """
const broken = [];
for (const el of document.querySelectorAll('main dd, main td, main th, main .badge')) {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const re = /[A-Za-zÆØÅæøåÉé]{4,}/g;
    let m;
    while ((m = re.exec(node.data)) !== null) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const lines = new Set(Array.from(range.getClientRects()).filter(r => r.width > 0).map(r => Math.round(r.top)));
      const width = range.getBoundingClientRect().width;
      if (lines.size > 1 && width < el.clientWidth) broken.push(m[0]);
    }
  }
}
return broken.slice(0, 5);
"""


def crawl_on_a_phone(browser, email, limit=150):
    browser.driver.set_window_size(360, 740)
    browser.login(email)
    start = browser.path.split("?")[0]
    queue, seen, kinds, too_wide = [start], set(), set(), []
    while queue and len(seen) < limit:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        browser.open(path)
        width = browser.driver.execute_script("return document.documentElement.scrollWidth")
        if width > 360:
            too_wide.append(f"{path} ({width}px)")
        broken = browser.driver.execute_script(BROKEN_WORDS)
        if broken:
            too_wide.append(f"{path} breaks words mid-word: {', '.join(broken)}")
        for link in browser.driver.find_elements(By.CSS_SELECTOR, "a[href^='/']"):
            href = urllib.parse.urlparse(link.get_attribute("href"))
            target = href.path
            if href.netloc not in browser.base or not target.startswith("/") or SKIP.search(target):
                continue
            kind = re.sub(r"\d+", ":id", target)
            if kind in kinds:
                continue
            kinds.add(kind)
            queue.append(target)
    return seen, too_wide


def test_no_page_scrolls_sideways_on_a_phone_for_the_coordinator(browser):
    seen, too_wide = crawl_on_a_phone(browser, "coordinator@holstebro.demo")
    expect(len(seen) > 60, f"the crawl reached the coordinator's pages ({len(seen)})")
    expect(not too_wide, "pages wider than a 360px phone, or splitting words: " + ", ".join(too_wide))


def test_no_page_scrolls_sideways_on_a_phone_for_the_other_roles(browser):
    for email in ["caseworker@holstebro.demo", "volunteer@holstebro.demo", "association@holstebro.demo", "admin@fritidspas.demo"]:
        seen, too_wide = crawl_on_a_phone(browser, email, limit=80)
        expect(len(seen) > 3, f"the crawl reached {email}'s pages")
        expect(not too_wide, f"pages wider than a 360px phone, or splitting words, for {email}: " + ", ".join(too_wide))
        browser.driver.delete_all_cookies()
