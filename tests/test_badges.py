"""No badge claims a verification that did not happen; every snippet can be downloaded."""

from __future__ import annotations

import re

import pytest

from course import SNIPPETS, records
from hooks import badges

FILE = "chapter0/similarity.py"
GOOD = {
    "status": "passed", "date": "2026-11-25T20:00:00+00:00", "transformers": "5.24.0",
    "torch": "2.13.0+cpu", "cpu": "Some CPU", "capability": "AVX2", "seconds": 3.21,
    "sha256": records.file_sha256(SNIPPETS / FILE),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("record, verified", [
    (GOOD, True),
    ({**GOOD, "status": "failed"}, False),
    ({**GOOD, "sha256": "0" * 64}, False),  # the file changed after the run
    (None, False),
])
def test_badge_verdict(record, verified, lang):
    recs = {f"snippets/{FILE}": record} if record else {}
    html = badges.badge(FILE, recs, lang)
    assert ("snippet-badge--verified" in html) is verified
    assert ("✓" in html) is verified
    if verified:
        assert "5.24.0" in html and "2026-11-25" in html and "Some CPU (AVX2)" in html
        assert ("3.2 s" if lang == "en" else "3.2 秒") in html


def test_badge_without_a_main_run_says_no_record():
    """An update or portability run records only part of an entry; that is no failed run."""
    entry = {records.PORTABILITY: {**GOOD, "capability": "DEFAULT"}}
    html = badges.badge(FILE, {f"snippets/{FILE}": entry}, "en")
    assert "no test record" in html and "failed" not in html


@pytest.mark.parametrize("portability, shown", [
    (None, "not re-run on plain kernels"),
    ({**GOOD, "capability": "DEFAULT"}, "plain-kernel re-run: same output"),
    ({**GOOD, "capability": "DEFAULT", "status": "failed"}, "plain-kernel re-run: output differs"),
    ({**GOOD, "capability": "DEFAULT", "sha256": "0" * 64}, "not re-run on plain kernels"),  # stale
])
def test_badge_shows_portability(portability, shown):
    entry = {**GOOD, **({records.PORTABILITY: portability} if portability else {})}
    html = badges.badge(FILE, {f"snippets/{FILE}": entry}, "en")
    assert shown in html


def test_records_merge_keeps_the_other_slot():
    main = {"s.py": {**GOOD}}
    port = {"s.py": {records.PORTABILITY: {**GOOD, "capability": "DEFAULT"}}}
    merged = records.merge(records.merge({}, main), port)
    assert merged["s.py"]["capability"] == "AVX2"
    assert merged["s.py"][records.PORTABILITY]["capability"] == "DEFAULT"
    again = records.merge(merged, {"s.py": {**GOOD, "seconds": 9.0}})  # a new main run
    assert again["s.py"]["seconds"] == 9.0 and records.PORTABILITY in again["s.py"]


def test_built_badges_match_the_record(site_build):
    site, _ = site_build
    recs = records.load()
    seen = 0
    for page in site.rglob("*.html"):
        for state, file in re.findall(r'snippet-badge--(verified|unverified)" data-snippet="([^"]+)"', page.read_text()):
            seen += 1
            assert (state == "verified") == records.verdict(file, recs)[0], (
                f"{page.relative_to(site)} shows {file} as {state}, but the record says {recs.get('snippets/' + file)}")
    assert seen, "no badges found in the built site"


def test_every_snippet_is_downloadable_with_its_data(site_build):
    site, _ = site_build
    html = (site / "chapter1" / "how-transformers-work" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../snippets/chapter1/how-transformers-work/' in html
    for path in SNIPPETS.rglob("*.py"):
        published = site / "snippets" / path.relative_to(SNIPPETS)
        assert published.read_bytes() == path.read_bytes(), f"{published} missing or not the snippet"
        for name in records.data_files(path.read_text()):
            assert (site / "assets" / "data" / name).is_file(), f"{name} (read by {path.name}) not published"
