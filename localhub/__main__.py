"""python -m localhub {serve,add-user}: the local Hub for readers and maintainers (make hub)."""

from __future__ import annotations

import argparse
import sys
import time

from localhub import HOME, Store, serve


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m localhub", description=__doc__)
    parser.add_argument("--home", default=str(HOME), help=f"where repos are stored (default {HOME})")
    sub = parser.add_subparsers(dest="command", required=True)
    p_serve = sub.add_parser("serve", help="serve on 127.0.0.1 until interrupted")
    p_serve.add_argument("--port", type=int, default=8008)
    p_user = sub.add_parser("add-user", help="create a user and print a token for it")
    p_user.add_argument("name")
    args = parser.parse_args(argv)

    store = Store(args.home)
    if args.command == "add-user":
        print(store.add_user(args.name))
        return 0
    server = serve(store, port=args.port)
    url = f"http://127.0.0.1:{server.server_port}"
    print(f"local Hub at {url}, storing in {args.home}\n"
          f"  export HF_ENDPOINT={url} HF_HUB_DISABLE_XET=1\n"
          f"  a token: python -m localhub add-user YOUR_NAME", file=sys.stderr)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
