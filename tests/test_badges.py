"""No badge claims a verification that did not happen."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re

import pytest

from shelf import REPO
from tests.records import RECORDS

spec = importlib.util.spec_from_file_location("badges", REPO / "hooks" / "badges.py")
badges = importlib.util.module_from_spec(spec)
spec.loader.exec_module(badges)

FILE = "chapter0/similarity.py"
GOOD = {
    "status": "passed", "date": "2026-11-25T20:00:00+00:00", "transformers": "5.24.0",
    "torch": "2.13.0+cpu", "cpu": "Some CPU", "seconds": 3.21,
    "sha256": hashlib.sha256((REPO / "snippets" / FILE).read_bytes()).hexdigest(),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("record, verified", [
    (GOOD, True),
    ({**GOOD, "status": "failed"}, False),
    ({**GOOD, "sha256": "0" * 64}, False),  # the file changed after the run
    (None, False),
])
def test_badge_verdict(record, verified, lang):
    records = {f"snippets/{FILE}": record} if record else {}
    html = badges.badge(FILE, records, lang)
    assert ("snippet-badge--verified" in html) is verified
    assert ("✓" in html) is verified
    if verified:
        assert "5.24.0" in html and "2026-11-25" in html and "3.2 s" in html and "Some CPU" in html


def test_built_badges_match_the_record(site_build):
    site, _ = site_build
    records = json.loads(RECORDS.read_text()) if RECORDS.exists() else {}
    seen = 0
    for page in site.rglob("*.html"):
        for state, file in re.findall(r'snippet-badge--(verified|unverified)" data-snippet="([^"]+)"', page.read_text()):
            seen += 1
            if state == "verified":
                rec = records.get(f"snippets/{file}", {})
                current = hashlib.sha256((REPO / "snippets" / file).read_bytes()).hexdigest()
                assert rec.get("status") == "passed" and rec.get("sha256") == current, (
                    f"{page.relative_to(site)} shows {file} as verified, but the record says {rec}")
    assert seen, "no badges found in the built site"
