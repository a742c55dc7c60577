"""Make mkdocs-jupyter render notebooks when mkdocs-static-i18n is on.

The i18n plugin rebuilds the file list (at priority -100) and drops mkdocs-jupyter's
NotebookFile wrappers, so notebooks are copied as raw JSON instead of rendered
(ultrabug/mkdocs-static-i18n#198). Running after it, we wrap them again.
"""

from mkdocs.plugins import event_priority
from mkdocs_jupyter.plugin import NotebookFile


@event_priority(-110)
def on_files(files, config):
    for file in list(files):
        if file.src_uri.endswith(".ipynb") and not isinstance(file, NotebookFile):
            files.remove(file)
            files.append(NotebookFile(file, **config))
    return files
