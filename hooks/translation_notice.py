"""Tell readers when a page is behind its twin in the other language (translations.json)."""

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "sync_translations", Path(__file__).resolve().parent.parent / "scripts" / "sync_translations.py")
sync = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sync)

NOTICE = {
    "zh": '!!! warning "本页可能落后于英文版"\n    英文版在本页上次同步之后有过修改，这里的内容可能还没跟上。\n\n',
    "en": '!!! warning "This page may be behind the Chinese version"\n    The Chinese page changed after this one was last brought in step; this page may not reflect it yet.\n\n',
}


def on_page_markdown(markdown, page, config, files):
    lang, _, name = page.file.src_uri.partition("/")
    if lang not in NOTICE or not name.endswith(".md"):
        return markdown
    state = sync.state(name)
    behind = {"zh": ("zh-behind", "both-changed"), "en": ("en-behind", "both-changed")}[lang]
    if state not in behind:
        return markdown
    # After the H1, so the title stays first.
    head, sep, rest = markdown.partition("\n")
    return head + sep + "\n" + NOTICE[lang] + rest if head.startswith("# ") else NOTICE[lang] + markdown
