"""Full-page screenshots of the built site, for reading pages as a reader sees them.

    python scripts/screenshot.py SITE_DIR PATH [PATH ...]   (PATH like /chapter1/ or /en/chapter1/)

Serves SITE_DIR on 127.0.0.1 and writes build/screenshots/<path>.png with Debian's chromium.
"""

from __future__ import annotations

import functools
import http.server
import sys
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

OUT = Path(__file__).resolve().parent.parent / "build" / "screenshots"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def main(site: str, paths: list[str]) -> None:
    handler = functools.partial(QuietHandler, directory=site)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        for path in paths:
            page.goto(f"http://127.0.0.1:{server.server_port}{path}", wait_until="networkidle")
            name = path.strip("/").replace("/", "_") or "home"
            page.screenshot(path=str(OUT / f"{name}.png"), full_page=True)
            print(OUT / f"{name}.png")
        browser.close()
    server.shutdown()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
