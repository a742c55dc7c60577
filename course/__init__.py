"""The course toolkit: what the site's content is made of, and how it is checked.

- `pages`: Markdown pages, their code fences, snippet includes, heading ids and twins;
- `outputs`: the `#>` output lines of snippets, compared at the precision they show;
- `records`: the record of each snippet's last run, its cache key and its verdict (badges);
- `translations`, `notebooks`, `glossary`, `requirements`: generated or checked files;
- `portability`, `bench`: maintainer reports. `python -m course --help` lists the commands.

Nothing here imports torch at module level: the site build (hooks/) uses this package too.
"""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "docs"
SNIPPETS = REPO / "snippets"
# Files a snippet reads by plain name: copied into its scratch folder when it runs, and
# published with the site so readers download them next to the script.
DATA = DOCS / "assets" / "data"
# Figures drawn by snippets, shown on the pages (written by `make update`, tracked).
FIGURES = DOCS / "assets" / "generated"
BUILD = REPO / "build"
LANGS = ("zh", "en")
# Snippet folders (a chapter, or chapter/page) whose snippets push and pull: they run against
# the local Hub (localhub/), started for each snippet with the shelf's models published on it,
# as a user named READER; readers run the same code against huggingface.co.
HUB_SNIPPETS = ("chapter4", "chapter5", "chapter6", "chapter9/hub", "chapter11/lora")
# Snippet folders that start an inference server (`transformers serve`) and call it. The server
# inherits the shelf's offline mode (it loads by Hub id from the cache); in the snippet's own
# process the Hub clients are taken out of offline mode, which would also refuse 127.0.0.1,
# and pointed at a closed port, so nothing but the local server answers.
SERVER_SNIPPETS = ("production/serve",)
READER = "learner"
# Wall-clock budget of one snippet in a checking run on the build machine (2 cores). A snippet
# over it fails the suite: shrink its training, not its checks. COURSE_SNIPPET_BUDGET (seconds;
# 0 = no limit) is for slower machines than the build machine, never for CI.
SNIPPET_BUDGET_SECONDS = 120
LOCALHUB = REPO / "localhub"


def page_lang(src_uri: str) -> str:
    """The language of a page from its MkDocs source path (zh/…, en/…)."""
    return "en" if src_uri.startswith("en/") else "zh"
