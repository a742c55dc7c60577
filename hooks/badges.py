"""Under every snippet on every page: a badge from its recorded test run, and downloads.

The verdict comes from course.records: "verified" only if the recorded run passed AND the
file is byte for byte the one that ran. The badge also says whether the same output held
under torch's plain kernels (the portability run), and links the snippet file and the data
files it reads, which this hook publishes with the site (/snippets/…, /assets/data/…).
"""

import html
import posixpath

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from course import DATA, SNIPPETS, page_lang, records
from course.pages import rewrite_fences

TEXT = {
    "zh": {"ok": "✓ 已验证", "no": "✗ 未验证：", "missing": "没有测试记录", "failed": "最近一次测试未通过",
           "changed": "代码在最近一次测试之后改动过", "title": "最近一次测试运行的结果",
           "portable": "通用内核复跑：输出一致", "not-portable": "通用内核复跑：输出不一致",
           "unknown": "未在通用内核上复跑", "seconds": "{:.1f} 秒", "download": "下载代码", "data": "数据："},
    "en": {"ok": "✓ Verified", "no": "✗ Not verified: ", "missing": "no test record", "failed": "the last test run failed",
           "changed": "the code changed after its last test run", "title": "Result of the last test run",
           "portable": "plain-kernel re-run: same output", "not-portable": "plain-kernel re-run: output differs",
           "unknown": "not re-run on plain kernels", "seconds": "{:.1f} s", "download": "download code", "data": "data: "},
}


def badge(file: str, recs: dict, lang: str, site_root: str = "") -> str:
    """The badge for snippets/<file>; `site_root` is the relative path from the page to the site root."""
    t = TEXT[lang]
    ok, reason = records.verdict(file, recs)
    if ok:
        run = recs[f"snippets/{file}"]
        portable = records.portable(file, recs)
        parts = [t["ok"], run["date"][:10], f'transformers {run["transformers"]}', f'torch {run["torch"]}',
                 f'{run["cpu"]} ({run.get("capability", "?")})', t["seconds"].format(run["seconds"]),
                 t["unknown" if portable is None else "portable" if portable else "not-portable"]]
        state, body = "verified", " · ".join(parts)
    else:
        state, body = "unverified", t["no"] + t[reason]
    links = [f'<a href="{site_root}snippets/{file}" download>{t["download"]}</a>']
    path = SNIPPETS / file
    data = records.data_files(path.read_text(encoding="utf-8")) if path.exists() else []
    if data:
        links.append(t["data"] + ", ".join(f'<a href="{site_root}assets/data/{n}" download>{n}</a>' for n in data))
    shelved = records.shelf_datasets(path.read_text(encoding="utf-8")) if path.exists() else []
    if shelved:  # not published with the site: the data page says where each comes from
        links.append(t["data"] + ", ".join(f'<a href="{site_root}{"" if lang == "zh" else "en/"}datasets/#{n}">{n}</a>'
                                           for n in shelved))
    return (f'<p class="snippet-badge snippet-badge--{state}" data-snippet="{file}" title="{t["title"]}">'
            f'{html.escape(body)}<span class="snippet-downloads"> · {" · ".join(links)}</span></p>')


def on_page_markdown(markdown, page, config, files):
    lang = page_lang(page.file.src_uri)
    recs = records.load()
    depth = page.url.rstrip("/").count("/") + 1 if page.url.strip("/") else 0
    root = "../" * depth

    def add(fence, lines):
        if not (fence.is_python and fence.include):
            return None
        return [*lines, fence.indent + badge(fence.snippet_file, recs, lang, root)]

    return rewrite_fences(markdown, add)


@event_priority(-120)  # after the i18n plugin has rebuilt the file list
def on_files(files, config):
    """Publish every snippet as a download at /snippets/<path> (data files are in docs/ already)."""
    for path in sorted(SNIPPETS.rglob("*.py")):
        rel = path.relative_to(SNIPPETS).as_posix()
        files.append(File(posixpath.join("snippets", rel), str(SNIPPETS.parent), config["site_dir"],
                          config["use_directory_urls"]))
    return files
