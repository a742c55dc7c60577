"""Show readers which code blocks were not run, and why.

A block (Python, or a shell session) that cannot run here is written in Markdown as
    ```python test="skip" reason="why it cannot run here"
The tests require the reason and forbid `#>` output in such a block; this hook turns
the marker into a visible notice above the code, in the page's language.
"""

from course import page_lang
from course.pages import rewrite_fences

TITLE = {"zh": "未执行的代码", "en": "Not executed"}
WHY = {"zh": "这段代码没有在本站的测试中运行：", "en": "This block is not run by the site's tests: "}


def on_page_markdown(markdown, page, config, files):
    lang = page_lang(page.file.src_uri)

    def notice(fence, lines):
        if not fence.skip_reason:  # python, or a shell session such as the git workflow
            return None
        pad = fence.indent + "    "
        return [
            f'{fence.indent}!!! warning "{TITLE[lang]}"', "",
            f"{pad}{WHY[lang]}{fence.skip_reason}", "",
            f"{pad}```{fence.lang}",
            *(pad + line[len(fence.indent):] if line.strip() else line for line in lines[1:-1]),
            f"{pad}```",
        ]

    return rewrite_fences(markdown, notice)
