"""Links to pages that are promised but not written yet (mkdocs.yml: extra.planned_pages).

Such a link is written as a normal Markdown link. Until its target exists it is shown as
plain text marked "coming"; the day the page lands, the same link just works. A link to a
missing page that is not listed is left as it is, and the link check of tests/test_site.py
fails on it, as on any broken link.
"""

import posixpath

from course.pages import COMING, PAGE_LINK


def on_page_markdown(markdown, page, config, files):
    lang = page.file.src_uri.partition("/")[0]
    planned = set(config.extra.get("planned_pages", []))
    if lang not in COMING or not planned:
        return markdown
    here = posixpath.dirname(page.file.src_uri)

    def replace(m):
        target = posixpath.normpath(posixpath.join(here, m[2]))
        if files.get_file_from_path(target) is None and target.partition("/")[2] in planned:
            return f'<span class="planned-page">{m[1]}{COMING[lang]}</span>'
        return m[0]

    return PAGE_LINK.sub(replace, markdown)
