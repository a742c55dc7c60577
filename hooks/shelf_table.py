"""Replace `<!-- shelf-table -->` with the table of models, generated from shelf/manifest.toml."""

from course import page_lang
from shelf import load_manifest

MARKER = "<!-- shelf-table -->"
HEAD = {
    "zh": "| Hub ID | 用途 | 本站使用的版本 | 来源（PyPI 包） | 许可证 | 安装后大小 |\n|---|---|---|---|---|---|\n",
    "en": "| Hub id | What it is | Build used on this site | Source (PyPI packages) | License | Size installed |\n|---|---|---|---|---|---|\n",
}


def table(lang: str) -> str:
    rows = []
    for m in load_manifest():
        ids = " ".join(f"`{i}`" for i in m.ids)
        task, build = (m.task_zh, m.build_zh) if lang == "zh" else (m.task, m.build)
        source = "<br>".join(f"`{p.name}=={p.version}`" for p in m.packages)
        rows.append(f"| {ids} | {task} | {build} | {source} | {m.license} | ~{m.size_mb} MB |")
    return HEAD[lang] + "\n".join(rows) + "\n"


def on_page_markdown(markdown, page, config, files):
    if MARKER not in markdown:
        return markdown
    return markdown.replace(MARKER, table(page_lang(page.file.src_uri)))
