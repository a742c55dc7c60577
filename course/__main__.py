"""python -m course COMMAND: the toolkit's commands (the Makefile calls these).

    notebooks [--check]           regenerate docs/<lang>/notebooks/ from the pages
    translations [mark PATH|--all] list page pairs that drifted apart / record a pair as in step
    requirements [--check]        regenerate the readers' requirements file from the lock
    portability [PYTEST ARGS]     re-run snippets on torch's plain kernels; list outputs that differ
    records merge FILE... [-o OUT] merge snippet records of several shards
    bench [--skip-cold] [--reuse-run DIR]  measure the suite and write bench/report.md
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    if argv[:1] == ["portability"]:  # everything after it goes to pytest as it is
        from course import portability

        return portability.run(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m course", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    nb = sub.add_parser("notebooks")
    nb.add_argument("--check", action="store_true")
    tr = sub.add_parser("translations")
    tr.add_argument("args", nargs="*")
    rq = sub.add_parser("requirements")
    rq.add_argument("--check", action="store_true")
    sub.add_parser("portability")
    rc = sub.add_parser("records")
    rc.add_argument("action", choices=["merge"])
    rc.add_argument("files", nargs="+", type=Path)
    rc.add_argument("-o", "--out", type=Path, default=None)
    be = sub.add_parser("bench")
    be.add_argument("--skip-cold", action="store_true", help="keep the last cold shelf-install figure")
    be.add_argument("--reuse-run", type=Path, default=None,
                    help="a checkout whose full run left build/bench/junit.xml and its records")
    args = parser.parse_args(argv)

    if args.command == "notebooks":
        from course import notebooks

        return notebooks.main(args.check)
    if args.command == "translations":
        from course import translations

        return translations.main(args.args)
    if args.command == "requirements":
        from course import requirements

        return requirements.main(args.check)
    if args.command == "records":
        from course import records

        merged: dict = {}
        for f in args.files:
            records.merge(merged, records.load(f))
        records.write(merged, args.out or records.RECORDS)
        print(f"merged {len(args.files)} records: {len(merged)} snippets")
        return 0
    if args.command == "bench":
        from course import bench

        return bench.main(skip_cold=args.skip_cold, reuse_run=args.reuse_run)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
