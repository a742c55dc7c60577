"""The `#>` output lines of snippets, and when a fresh run still matches them.

pytest-examples runs a snippet, records each `print()` and writes what it printed under the
call, as `#> …` lines (or a `'''` block for long output); course.harness adapts it.
Here, without any test dependency (notebooks and the site use it too):

- Numbers are compared at the precision they are shown. A shown decimal number (`0.057`,
   `1.5e-03`) still holds when the run's value is within one unit of its last shown digit
   (`0.056`, `0.058`), like doctest's NUMBER option; integers and all other text stay
   exact. An update keeps such a line unchanged, so outputs don't churn between CPUs.
- A failing check names each output line that no longer holds.
"""

from __future__ import annotations

import difflib
import re

COMMENT = "#> "
TRIPLE = re.compile(r"^\s*(?:'''|\"\"\")\s*$")
# A decimal number as printed: optional sign, digits with optional thousands commas, a
# fraction and/or an exponent. Integers (no '.' and no exponent) are compared exactly.
NUMBER = re.compile(r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?(?:[eE][-+]?\d+)?")


def _is_decimal(token: str) -> bool:
    return "." in token or "e" in token.lower()


def _unit(shown: str) -> float:
    """One unit in the last shown digit: 0.057 -> 0.001, 1.50e-03 -> 1e-05, 12. -> 1."""
    mantissa, _, exponent = shown.lower().partition("e")
    decimals = len(mantissa.partition(".")[2])
    return 10.0 ** (-decimals + (int(exponent) if exponent else 0))


def _value(token: str) -> float:
    return float(token.replace(",", ""))


def line_holds(shown: str, fresh: str) -> bool:
    """Whether a freshly printed line still matches the shown one (numbers at shown precision)."""
    if shown == fresh:
        return True
    shown_parts, fresh_parts = NUMBER.split(shown), NUMBER.split(fresh)
    shown_nums, fresh_nums = NUMBER.findall(shown), NUMBER.findall(fresh)
    if len(shown_nums) != len(fresh_nums):
        return False
    if shown_parts != fresh_parts:
        return False
    for a, b in zip(shown_nums, fresh_nums):
        if a == b:
            continue
        if not (_is_decimal(a) and _is_decimal(b)):
            return False
        # 1e-9 absorbs binary rounding of the decimal unit itself.
        if abs(_value(a) - _value(b)) > _unit(a) * (1 + 1e-9):
            return False
    return True


def reconcile(shown_text: str, fresh_text: str) -> tuple[str, list[str]]:
    """Merge a fresh run into the shown file.

    Returns the text an update should write (shown lines kept wherever they still hold) and,
    for a check, one message per shown line that no longer holds, as `line N: …`.
    """
    shown, fresh = shown_text.splitlines(), fresh_text.splitlines()
    merged, problems = [], []
    matcher = difflib.SequenceMatcher(a=shown, b=fresh, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            merged += shown[i1:i2]
            continue
        if op == "replace" and i2 - i1 == j2 - j1:
            for k in range(i2 - i1):
                a, b = shown[i1 + k], fresh[j1 + k]
                if line_holds(a.rstrip(), b.rstrip()):
                    merged.append(a)
                else:
                    merged.append(b)
                    problems.append(f"line {i1 + k + 1}: shown {a.strip()!r}\n{'':>10}now   {b.strip()!r}")
            continue
        merged += fresh[j1:j2]
        for k in range(i1, i2):
            problems.append(f"line {k + 1}: shown {shown[k].strip()!r}, no longer printed")
        for b in fresh[j1:j2]:
            problems.append(f"line {i1 + 1}: new output {b.strip()!r}")
    return "\n".join(merged) + "\n", problems


def shown_output(source: str) -> list[str]:
    """The output a file shows, in file order: its `#>` lines and `'''` blocks."""
    out, lines, i = [], source.splitlines(), 0
    while i < len(lines):
        stripped = lines[i].strip()
        if stripped.startswith(COMMENT.strip()):
            out.append(stripped[len(COMMENT):] if stripped.startswith(COMMENT) else "")
        elif TRIPLE.match(lines[i]) and i > 0:
            indent = len(lines[i]) - len(lines[i].lstrip())
            i += 1
            while i < len(lines) and not TRIPLE.match(lines[i]):
                out.append(lines[i][indent:].rstrip())
                i += 1
        i += 1
    return out


def code_only(source: str) -> str:
    """The file without its shown output (what a notebook cell holds)."""
    shown = set()
    lines = source.splitlines()
    i = 0
    while i < len(lines):
        if lines[i].strip().startswith(COMMENT.strip()):
            shown.add(i)
        elif TRIPLE.match(lines[i]) and i > 0:
            start = i
            i += 1
            while i < len(lines) and not TRIPLE.match(lines[i]):
                i += 1
            shown.update(range(start, i + 1))
        i += 1
    return "\n".join(ln for n, ln in enumerate(lines) if n not in shown)


def compare_printed(shown: list[str], printed: list[str]) -> list[str]:
    """Problems (none: the reader saw the page's output) between shown output and real stdout.

    In file order first. A loop whose prints take turns shows each print's lines together
    under it, so its stdout interleaves them: then every printed line must match a distinct
    shown line, in any order.
    """
    shown = [s.rstrip() for s in shown]
    printed = [p.rstrip() for p in printed]
    if len(shown) == len(printed) and all(line_holds(a, b) for a, b in zip(shown, printed)):
        return []
    if len(shown) == len(printed):
        left = list(shown)
        for line in printed:
            match = next((i for i, s in enumerate(left) if line_holds(s, line)), None)
            if match is None:
                break
            left.pop(match)
        else:
            return []
    return [ln for ln in difflib.unified_diff(shown, printed, "shown on the page", "printed", lineterm="")]
