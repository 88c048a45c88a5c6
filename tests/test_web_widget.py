"""The web widget in a real browser: headless Chromium (Debian's package) driven by Playwright, against the
running assistant over socket.io. Screenshots go to test-artefacts/."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTEFACTS = ROOT / "test-artefacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium_path() -> str:
    path = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        pytest.fail("Chromium is missing: scripts/setup.sh installs Debian's chromium package")
    return path


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def open_widget(page) -> None:
    """Open the chat with the keyboard only: Tab to the launcher, press Enter."""
    launcher = page.locator(".rw-launcher")
    launcher.wait_for(timeout=30_000)
    for _ in range(20):
        if page.evaluate("document.activeElement && document.activeElement.classList.contains('rw-launcher')"):
            break
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('rw-launcher')"), "launcher not reachable by Tab"
    page.keyboard.press("Enter")
    page.locator(".rw-new-message").wait_for(timeout=30_000)


def test_widget_conversation(browser, assistant, web_page):
    ARTEFACTS.mkdir(exist_ok=True)
    page = browser.new_page()
    page.goto(f"{web_page}/index.html?assistant={assistant}")
    open_widget(page)

    # The greeting arrives (no replies at all would mean the socket never joined its room).
    page.get_by_text("Hello, I'm SENCO Guide").wait_for(timeout=60_000)
    field = page.locator(".rw-new-message")
    assert field.get_attribute("aria-label") == "Your question for SENCO Guide"

    # A button starts the eligibility check, and the next question's buttons work too.
    page.locator(".rw-reply", has_text="Check my eligibility").first.click()
    page.get_by_text("Which part of the UK", exact=False).first.wait_for(timeout=60_000)
    # ... and by keyboard alone: the reply is a focusable button that Enter presses.
    england = page.locator(".rw-reply", has_text="England").first
    assert england.get_attribute("role") == "button"
    england.focus()
    assert page.evaluate("document.activeElement.textContent.trim()") == "England"
    page.keyboard.press("Enter")
    page.get_by_text("What kind of school", exact=False).first.wait_for(timeout=60_000)
    page.screenshot(path=str(ARTEFACTS / "widget-buttons.png"))

    # A question typed by keyboard mid-check: answered, with its source as a clickable link.
    field.fill("is the npq senco funded for academies")
    page.keyboard.press("Enter")
    page.get_by_text("scholarship funding", exact=False).first.wait_for(timeout=60_000)
    link = page.locator(".rw-message a[href^='https://www.gov.uk']").first
    link.wait_for(timeout=30_000)
    assert link.get_attribute("target") == "_blank"
    page.screenshot(path=str(ARTEFACTS / "widget-answer.png"))

    # Session persistence: after a reload the history is still there.
    page.reload()
    page.locator(".rw-launcher").wait_for(timeout=30_000)
    try:  # the widget remembers it was open; open it only if it did not
        page.locator(".rw-new-message").wait_for(timeout=5_000)
    except Exception:
        open_widget(page)
    page.get_by_text("Which part of the UK", exact=False).first.wait_for(timeout=60_000)
    assert page.get_by_text("scholarship funding", exact=False).count() >= 1
    page.wait_for_timeout(1_000)  # let the opening animation finish, for a readable screenshot
    page.screenshot(path=str(ARTEFACTS / "widget-after-reload.png"))
    page.close()


def test_page_loads_nothing_from_outside(browser, assistant, web_page):
    page = browser.new_page()
    loaded: list[str] = []  # requests that completed; the CSP blocks the bundle's Google-font @import
    page.on("requestfinished", lambda request: loaded.append(request.url))
    # Answer any outside request locally, as the internet would: then only the page's own policy can stop it.
    page.route(re.compile(r"^https?://(?!127\.0\.0\.1|localhost)"),
               lambda route: route.fulfill(status=200, content_type="text/css", body=""))
    page.goto(f"{web_page}/index.html?assistant={assistant}")
    page.locator(".rw-launcher").wait_for(timeout=30_000)  # shown once the socket is connected
    page.wait_for_timeout(2_000)
    outside = [url for url in loaded if not url.startswith(("http://127.0.0.1", "http://localhost", "data:"))]
    assert outside == [], outside
    page.close()


def contrast(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two #rrggbb colours."""
    def luminance(colour: str) -> float:
        channels = [int(colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_widget_colours_are_readable():
    script = (ROOT / "web" / "senco-chat.js").read_text()
    colour = dict(re.findall(r'(\w+Colou?r): "(#[0-9a-fA-F]{6})"', script))
    pairs = [("userTextColor", "userBackgroundColor"), ("assistTextColor", "assistBackgoundColor")]
    for text, background in pairs:
        assert contrast(colour[text], colour[background]) >= 4.5, (text, background)
    assert contrast("#ffffff", colour["mainColor"]) >= 4.5  # the header and launcher text
