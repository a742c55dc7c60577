"""Notebooks (docs/<lang>/notebooks/*.ipynb, made by scripts/make_notebooks.py) as pages.

- mkdocs-jupyter renders nothing when mkdocs-static-i18n is on: the i18n plugin rebuilds
  the file list (priority -100) and drops the marking of notebooks as pages, so they are
  copied as raw JSON (ultrabug/mkdocs-static-i18n#198). After it, we mark them again,
  keeping the destination the i18n plugin chose (zh at the root, en under /en/).
- The language switcher of a notebook page must lead to the twin notebook.
- mkdocs-jupyter inlines ~600 KB of CSS into every notebook page; we move identical
  style blocks into one shared, cacheable file.
- A page with a notebook links to it (view online, download .ipynb) under its title.
- Notebook pages get no table of contents (see on_page_context), and stay out of the
  search index: their text is the page they came from, found there already, and indexing
  their large HTML cost a quarter of the build.
- mkdocs-jupyter caches each rendered notebook (keyed by its content) but, at the end of a
  build, deletes the entries that build did not use; with two languages each language's
  build deletes the other's, so every build rendered every notebook again (about 10 s).
  We keep the cache (it lives in .cache/, outside git).
- nbconvert builds a fresh Jinja environment for every notebook and compiles its ~17
  templates again each time (13 s of a 20 s build); a shared bytecode cache compiles once.
- A first build (fresh clone, empty cache) renders every notebook in both languages one
  after the other; we render the missing ones first on all CPU cores, into the plugin's
  own cache, which the build then reads.
"""

import hashlib
import json
import multiprocessing
import os
import pathlib
import posixpath
import re

from jinja2 import BytecodeCache
from mkdocs.plugins import event_priority
from mkdocs.structure.toc import TableOfContents

from course.notebooks import notebook_name

STYLE = re.compile(r"<style[^>]*>(.*?)</style>", re.S)
LINKS = {
    "zh": "[:material-notebook-outline: 以 Notebook 形式查看]({view}) · "
          '<a href="{download}" download>下载 .ipynb</a>（含本页全部代码及其经过验证的输出）',
    "en": "[:material-notebook-outline: View as a notebook]({view}) · "
          '<a href="{download}" download>download .ipynb</a> (all code on this page, with its verified output)',
}


def is_notebook(file) -> bool:
    return file.src_uri.endswith(".ipynb")


class _SharedBytecode(BytecodeCache):
    """Jinja bytecode kept in memory for the whole build (keys include the template's hash)."""

    def __init__(self):
        self.store = {}

    def load_bytecode(self, bucket):
        if bucket.key in self.store:
            bucket.bytecode_from_string(self.store[bucket.key])

    def dump_bytecode(self, bucket):
        self.store[bucket.key] = bucket.bytecode_to_string()


def on_startup(command, dirty):
    from nbconvert.exporters.templateexporter import TemplateExporter

    create = TemplateExporter._create_environment
    if getattr(create, "shares_bytecode", False):
        return
    shared = _SharedBytecode()

    def create_with_shared_bytecode(self):
        env = create(self)
        env.bytecode_cache = shared
        return env

    create_with_shared_bytecode.shares_bytecode = True
    TemplateExporter._create_environment = create_with_shared_bytecode


def on_config(config):
    import mkdocs_jupyter.plugin
    from mkdocs_jupyter.plugin import Plugin

    # Its table of contents converts each notebook a second time, and on_page_context drops
    # it anyway (wrong anchors): skip that conversion.
    mkdocs_jupyter.plugin._get_nb_toc_tokens = lambda path, depth: ([], None)

    # Drop mkdocs-jupyter's cache pruning (see above); the plugin's other events stay.
    events = config.plugins.events["post_build"]
    events[:] = [e for e in events if not isinstance(getattr(e, "__self__", None), Plugin)]
    return config


@event_priority(-110)
def on_files(files, config):
    for file in files:
        if is_notebook(file) and not file.is_documentation_page():
            # dest_uri is en/notebooks/chapter0.ipynb, or already …/chapter0/index.html when
            # mkdocs-jupyter's wrapper computed it before the i18n plugin copied the file.
            stem = file.dest_uri.removesuffix("/index.html").removesuffix(".ipynb")
            file.is_documentation_page = lambda: True
            file.dest_uri = posixpath.join(stem, "index.html")
            file.abs_dest_path = os.path.normpath(os.path.join(config["site_dir"], file.dest_uri))
            file.url = stem + "/"
    prerender([f.abs_src_path for f in files if is_notebook(f)], config)
    return files


# Options of mkdocs-jupyter passed on to nb2html, as its on_pre_page passes them.
RENDER_OPTIONS = ("kernel_name", "theme", "allow_errors", "show_input", "no_input", "no_prompt",
                  "remove_tag_config", "highlight_extra_classes", "include_requirejs",
                  "custom_mathjax_url")


_OPTIONS = {}  # set before the workers fork


def _render(job):
    from mkdocs_jupyter import nbconvert2

    path, cache_path = job
    cache_path = pathlib.Path(cache_path)
    body = nbconvert2.nb2html(path, **_OPTIONS)
    # toc and title as our patched _get_nb_toc_tokens gives them (see on_config)
    cache_path.parent.mkdir(parents=True, exist_ok=True)
    cache_path.write_text(json.dumps({"content": body, "toc_tokens": [], "title": None}),
                          encoding="utf-8")


def _render_all(jobs):
    for job in jobs:
        _render(job)


def prerender(paths, config):
    from mkdocs_jupyter.plugin import _compute_cache_key, _get_cache_path

    plugin = config.plugins.get("mkdocs-jupyter")
    if plugin is None or not plugin.config["cache"] or plugin.config["execute"]:
        return
    _OPTIONS.update(execute=False, **{k: plugin.config[k] for k in RENDER_OPTIONS})
    jobs = []
    for path in paths:
        cache_path = _get_cache_path(plugin.config["cache_dir"],
                                     _compute_cache_key(path, plugin.config, False))
        if not cache_path.exists():
            jobs.append((path, str(cache_path)))
    if len(jobs) < 2:
        return  # the build renders one notebook as fast as a pool would
    # Forked processes, not a Pool: a hook module can't be pickled by name
    workers = [multiprocessing.get_context("fork").Process(target=_render_all, args=(jobs[i::n],))
               for n in [min(os.cpu_count() or 1, len(jobs))] for i in range(n)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()


def on_page_markdown(markdown, page, config, files):
    lang, _, rest = page.file.src_uri.partition("/")
    if lang not in LINKS or is_notebook(page.file) or rest.startswith("notebooks/"):
        return markdown
    name = notebook_name(page.file.src_uri)
    notebook = files.get_file_from_path(f"{lang}/notebooks/{name}.ipynb")
    if notebook is None:
        return markdown
    here = posixpath.dirname(page.file.src_uri)
    view = posixpath.relpath(f"{lang}/notebooks/{name}.ipynb", here)
    page_dir = page.url.rstrip("/") or "."
    download = posixpath.relpath(f"{notebook.url}{name}.ipynb", page_dir)
    line = LINKS[lang].format(view=view, download=download)
    head, sep, body = markdown.partition("\n")
    return f"{head}{sep}\n{line}\n{{: .notebook-links }}\n{body}" if head.startswith("# ") else markdown


def on_page_content(html, page, config, files):
    if is_notebook(page.file):  # read by the search plugin in on_page_context
        page.meta["search"] = {"exclude": True}
    return html


@event_priority(-110)
def on_page_context(context, page, config, nav):
    # The i18n plugin sets config.extra.alternate per page (as an attribute), but finds no
    # twin for a notebook and falls back to the language roots.
    alternates = getattr(config.extra, "alternate", None) or config.extra.get("alternate")
    if not is_notebook(page.file) or not alternates:
        return context
    stem = posixpath.splitext(page.file.src_uri.partition("/")[2])[0]
    fixed = []
    for alternate in alternates:
        # Site-relative links like the i18n plugin's; the default language (zh) is the root.
        root = "" if alternate["lang"] == "zh" else f'{alternate["lang"]}/'
        fixed.append({**alternate, "link": f"{root}{stem}/"})
    config.extra.alternate = fixed
    config.extra["alternate"] = fixed
    # mkdocs-jupyter's table of contents slugs Chinese headings differently from the
    # notebook's own heading ids, so its links lead nowhere; the page it came from has one.
    page.toc = TableOfContents([])
    return context


def on_post_page(output, page, config):
    if not is_notebook(page.file):
        return output
    out_dir = os.path.join(config["site_dir"], "assets", "notebook")

    def extract(m):
        css = m.group(1)
        if len(css) < 2000:
            return m.group(0)
        name = hashlib.sha1(css.encode()).hexdigest()[:12] + ".css"
        os.makedirs(out_dir, exist_ok=True)
        path = os.path.join(out_dir, name)
        if not os.path.exists(path):
            with open(path, "w", encoding="utf-8") as f:
                f.write(css)
        href = posixpath.relpath(f"assets/notebook/{name}", page.url.rstrip("/") or ".")
        return f'<link rel="stylesheet" href="{href}">'

    return STYLE.sub(extract, output)
