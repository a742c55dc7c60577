"""Running code against the shelf: offline environment, a network guard, clear errors."""

from __future__ import annotations

import ipaddress
import re
import socket

from . import find, load_manifest, shelf_home

_real_connect = socket.socket.connect
_real_getaddrinfo = socket.getaddrinfo


class NetworkBlocked(ConnectionError):
    pass


def _is_local(host) -> bool:
    if host in ("localhost", "", None):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _blocked(host) -> NetworkBlocked:
    return NetworkBlocked(
        f"network access to {host!r} blocked: code here runs offline against the model "
        f"shelf ({shelf_home()}). Models load by their Hub id from the shelf; see "
        f"`make shelf-status` for what is installed."
    )


def block_network() -> None:
    """Fail at once, with a message, instead of waiting on a network that is not there."""

    def connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_local(address[0]):
            raise _blocked(address[0])
        return _real_connect(self, address)

    def getaddrinfo(host, *args, **kwargs):
        if not _is_local(host if not isinstance(host, bytes) else host.decode()):
            raise _blocked(host)
        return _real_getaddrinfo(host, *args, **kwargs)

    socket.socket.connect = connect
    socket.getaddrinfo = getaddrinfo


# Names under which transformers / huggingface_hub / sentence-transformers hold the id
# they are resolving; the final error message does not always repeat it.
_ID_NAMES = ("path_or_repo_id", "repo_id", "pretrained_model_name_or_path", "model_name_or_path", "model_id")
_ID = re.compile(r"['\"]([\w.-]+/[\w.-]+)['\"]")


def _ids_in(exc: BaseException) -> list[str]:
    found = []
    tb = exc.__traceback__
    while tb is not None:
        for name in _ID_NAMES:
            value = tb.tb_frame.f_locals.get(name)
            if isinstance(value, str) and value and not value.startswith(("/", ".")) and value not in found:
                found.append(value)
        tb = tb.tb_next
    return found + [i for i in _ID.findall(str(exc)) if i not in found]


def missing_model_hint(exc: BaseException) -> str | None:
    """If exc is 'model not in the cache', say which model and how to get it."""
    chain = []
    while exc is not None and exc not in chain:
        chain.append(exc)
        exc = exc.__cause__ or exc.__context__
    text = " ".join(str(e) for e in chain)
    names = {type(e).__name__ for e in chain}
    if not ({"LocalEntryNotFoundError", "OfflineModeIsEnabled", "NetworkBlocked"} & names
            or "cached files" in text or "offline mode" in text):
        return None
    models = load_manifest()
    on_shelf = ", ".join(m.id for m in models)
    for candidate in (i for e in chain for i in _ids_in(e)):
        if "://" in candidate or not re.fullmatch(r"[\w.-]+(/[\w.-]+)?", candidate):
            continue
        if find(candidate, models) is not None:
            return f"Model {candidate!r} is on the shelf but not installed here. Install it with: make shelf"
        return (f"Model {candidate!r} is not on the model shelf, and the Hugging Face Hub cannot "
                f"be reached from here. Models on the shelf: {on_shelf}. "
                f"To add one, give it an entry in shelf/manifest.toml and run: make shelf")
    return None
