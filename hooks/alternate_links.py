"""Drop the <link rel="alternate" hreflang> tags from each page's <head>.

mkdocs-static-i18n points them at the twin page (good for the switcher, which uses the
same data), but Material's JavaScript expects them to be language roots and fetches
`sitemap.xml` next to each one: on every page that is a 404 in the reader's console. The
visible language switcher keeps its page-to-twin links; the sitemap keeps the hreflang data.
"""

import re

HEAD_ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')


def on_post_page(output, page, config):
    head, sep, body = output.partition("</head>")
    return HEAD_ALTERNATE.sub("", head) + sep + body
