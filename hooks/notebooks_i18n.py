"""Make mkdocs-jupyter render notebooks when mkdocs-static-i18n is on.

The i18n plugin rebuilds the file list (at priority -100) and drops mkdocs-jupyter's
marking of notebooks as pages, so they are copied as raw JSON instead of rendered
(ultrabug/mkdocs-static-i18n#198). Running after it, we mark them as pages again, keeping
the destination the i18n plugin chose (zh at the root, en under /en/).
"""

import posixpath

from mkdocs.plugins import event_priority


@event_priority(-110)
def on_files(files, config):
    for file in files:
        if file.src_uri.endswith(".ipynb") and not file.is_documentation_page():
            stem = posixpath.splitext(file.dest_uri)[0]  # e.g. en/notebooks/chapter0
            file.is_documentation_page = lambda: True
            file.dest_uri = posixpath.join(stem, "index.html")
            file.url = stem + "/"
    return files
