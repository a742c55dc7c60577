"""Show readers which code blocks were not run, and why.

A Python block that cannot run here is written in Markdown as
    ```python test="skip" reason="why it cannot run here"
The tests require the reason and forbid `#>` output in such a block; this hook turns
the marker into a visible notice above the code, in the page's language.
"""

import re

FENCE = re.compile(
    r'^(?P<indent>[ \t]*)```(?P<lang>py\w*)[ \t]+test="skip"[ \t]+reason="(?P<reason>[^"]+)"[ \t]*\n'
    r"(?P<body>.*?)^(?P=indent)```[ \t]*$",
    re.M | re.S,
)
TITLE = {"zh": "未执行的代码", "en": "Not executed"}
WHY = {"zh": "这段代码没有在本站的测试中运行：", "en": "This block is not run by the site's tests: "}


def page_lang(page) -> str:
    return "en" if page.file.src_uri.startswith("en/") else "zh"


def on_page_markdown(markdown, page, config, files):
    lang = page_lang(page)

    def notice(m):
        pad = m["indent"] + "    "
        body = "".join(pad + line if line.strip() else line for line in m["body"].splitlines(True))
        return (
            f'{m["indent"]}!!! warning "{TITLE[lang]}"\n\n'
            f'{pad}{WHY[lang]}{m["reason"]}\n\n'
            f'{pad}```{m["lang"]}\n{body}{pad}```'
        )

    return FENCE.sub(notice, markdown)
