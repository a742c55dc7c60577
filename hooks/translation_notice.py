"""Tell readers when a page is behind its twin in the other language (translations.json)."""

from course import translations

NOTICE = {
    "zh": '!!! warning "本页可能落后于英文版"\n    英文版在本页上次同步之后有过修改，这里的内容可能还没跟上。\n\n',
    "en": '!!! warning "This page may be behind the Chinese version"\n    The Chinese page changed after this one was last brought in step; this page may not reflect it yet.\n\n',
}


def on_page_markdown(markdown, page, config, files):
    lang, _, name = page.file.src_uri.partition("/")
    if lang not in NOTICE or not name.endswith(".md") or not translations.behind(lang, name):
        return markdown
    # After the H1, so the title stays first.
    head, sep, rest = markdown.partition("\n")
    return head + sep + "\n" + NOTICE[lang] + rest if head.startswith("# ") else NOTICE[lang] + markdown
