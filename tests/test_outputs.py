"""How shown outputs are compared, merged and placed (course.outputs, course.harness)."""

from __future__ import annotations

import pytest

from course.outputs import compare_printed, line_holds, reconcile, shown_output


@pytest.mark.parametrize("shown, fresh, holds", [
    ("bicycle/lovely 0.057", "bicycle/lovely 0.056", True),   # one unit in the last shown digit
    ("bicycle/lovely 0.057", "bicycle/lovely 0.058", True),
    ("bicycle/lovely 0.057", "bicycle/lovely 0.055", False),  # two units
    ("loss 1.50e-03", "loss 1.51e-03", True),
    ("loss 1.50e-03", "loss 1.52e-03", False),
    ("score -0.001", "score 0.000", True),
    ("12.5%", "12.6%", True),
    ("768 dimensions", "769 dimensions", False),              # integers are exact
    ("[101, 7592, 102]", "[101, 7593, 102]", False),          # token ids are integers
    ("1,121 GPU-hours", "1,122 GPU-hours", False),
    ("paraphrase 0.91", "not_paraphrase 0.91", False),        # text is exact
    ("a  0.50", "a 0.50", False),                             # so is spacing
    ("0.5 0.7", "0.5", False),
])
def test_numbers_hold_at_shown_precision(shown, fresh, holds):
    assert line_holds(shown, fresh) is holds


def test_update_keeps_lines_that_hold_and_reports_the_rest():
    shown = "x = f()\nprint(x)\n#> 0.057\nprint(y)\n#> 3 tokens\n"
    fresh = "x = f()\nprint(x)\n#> 0.056\nprint(y)\n#> 4 tokens\n"
    merged, problems = reconcile(shown, fresh)
    assert merged == "x = f()\nprint(x)\n#> 0.057\nprint(y)\n#> 4 tokens\n"
    assert len(problems) == 1 and problems[0].startswith("line 5: shown '#> 3 tokens'")


def test_shown_output_reads_comments_and_blocks():
    source = "print(a)\n#> 1\n#> 2\nprint(b)\n'''\nlong\n  line\n'''\n"
    assert shown_output(source) == ["1", "2", "long", "  line"]


def test_printed_output_compares_in_order_or_as_a_loop_would_interleave():
    assert compare_printed(["a 0.50", "b 2"], ["a 0.51", "b 2"]) == []
    assert compare_printed(["x 1", "x 2", "y 1", "y 2"], ["x 1", "y 1", "x 2", "y 2"]) == []
    assert compare_printed(["a 0.50"], ["a 0.60"])


def test_output_of_a_multiline_print_goes_under_the_call(tmp_path):
    from pytest_examples import CodeExample

    from course.harness import find_print_location

    source = 'x = 1\nprint(f"{x} "\n      f"{x}")\n'
    example = CodeExample.create(source, path=tmp_path / "s.py")
    # Python reports the call at its first line; the output goes after its last.
    assert find_print_location(example, 2) == (3, 0)
