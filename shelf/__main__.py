"""Command line: python -m shelf {install,status,run,env}. The Makefile wraps these."""

from __future__ import annotations

import argparse
import os
import runpy
import sys
import time
import traceback


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m shelf", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p_install = sub.add_parser("install", help="install missing or outdated models")
    p_install.add_argument("ids", nargs="*", help="only these Hub ids (default: all)")
    p_status = sub.add_parser("status", help="list models, sizes, provenance, load times")
    p_status.add_argument("--no-load", action="store_true", help="skip measuring load times")
    p_run = sub.add_parser("run", help="run a Python file offline against the shelf")
    p_run.add_argument("file")
    p_run.add_argument("args", nargs=argparse.REMAINDER)
    sub.add_parser("env", help="print the environment variables as shell exports")
    args = parser.parse_args(argv)

    from . import offline_env

    if args.command == "env":
        for key, value in offline_env().items():
            print(f"export {key}={value}")
        return 0

    os.environ.update(offline_env())
    if args.command == "install":
        from .install import ShelfError, install

        start = time.monotonic()
        try:
            done = install(only=args.ids or None)
        except ShelfError as exc:
            print(f"\nshelf: {exc}", file=sys.stderr)
            return 1
        print(f"[shelf] {len(done)} installed now, the rest already present "
              f"({time.monotonic() - start:.1f} s)")
        return 0
    if args.command == "status":
        from .status import print_status

        return 0 if print_status(measure_load=not args.no_load) else 1
    if args.command == "run":
        from .offline import block_network, missing_model_hint

        block_network()
        sys.argv = [args.file, *args.args]
        sys.path.insert(0, os.path.dirname(os.path.abspath(args.file)))
        try:
            runpy.run_path(args.file, run_name="__main__")
        except SystemExit:
            raise
        except BaseException as exc:
            traceback.print_exc()
            hint = missing_model_hint(exc)
            if hint:
                print(f"\n{hint}", file=sys.stderr)
            return 1
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
