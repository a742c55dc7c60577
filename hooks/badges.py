"""Under every snippet on every page, a badge from the last recorded test run.

The record (build/records/snippets.json, written by tests/test_snippets.py) says per
snippet file whether it passed, when, with which library versions, on which CPU, in how
many seconds, and the sha256 of the file it ran. A badge says "verified" only if that run
passed AND the file is byte-for-byte the one that ran; anything else is "not verified",
with the reason. Set SNIPPET_RECORDS to read another record file.
"""

import hashlib
import html
import json
import os
import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SNIPPETS = REPO / "snippets"
RECORDS = Path(os.environ.get("SNIPPET_RECORDS", REPO / "build" / "records" / "snippets.json"))
INCLUDE_FENCE = re.compile(
    r'^(?P<indent>[ \t]*)(?P<ticks>`{3,})py\w*[^\n]*\n[ \t]*--8<--\s+"(?P<file>[^":]+)(?::[\w-]+)?"\s*\n(?P=indent)(?P=ticks)[ \t]*$',
    re.M,
)
TEXT = {
    "zh": {"ok": "已验证", "no": "未验证", "missing": "没有测试记录", "failed": "最近一次测试未通过",
           "changed": "代码在最近一次测试之后改动过", "title": "最近一次测试运行的结果"},
    "en": {"ok": "Verified", "no": "Not verified", "missing": "no test record", "failed": "the last test run failed",
           "changed": "the code changed after its last test run", "title": "Result of the last test run"},
}


def load_records() -> dict:
    try:
        return json.loads(RECORDS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def badge(file: str, records: dict, lang: str) -> str:
    t = TEXT[lang]
    path = SNIPPETS / file
    record = records.get(f"snippets/{file}")
    reason = None
    if record is None:
        reason = t["missing"]
    elif record.get("status") != "passed":
        reason = t["failed"]
    elif not path.exists() or hashlib.sha256(path.read_bytes()).hexdigest() != record.get("sha256"):
        reason = t["changed"]
    if reason:
        body = f'✗ {t["no"]}：{reason}' if lang == "zh" else f'✗ {t["no"]}: {reason}'
        return (f'<p class="snippet-badge snippet-badge--unverified" data-snippet="{file}" title="{t["title"]}">'
                f'{html.escape(body)}</p>')
    parts = [
        f'✓ {t["ok"]}',
        record["date"][:10],
        f'transformers {record["transformers"]}',
        f'torch {record["torch"]}',
        record["cpu"],
        f'{record["seconds"]:.1f} s',
    ]
    return (f'<p class="snippet-badge snippet-badge--verified" data-snippet="{file}" title="{t["title"]}">'
            f'{html.escape(" · ".join(parts))}</p>')


def on_page_markdown(markdown, page, config, files):
    lang = "en" if page.file.src_uri.startswith("en/") else "zh"
    records = load_records()

    def add(m):
        return f'{m.group(0)}\n{m["indent"]}{badge(m["file"], records, lang)}'

    return INCLUDE_FENCE.sub(add, markdown)
