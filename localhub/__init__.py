"""A small Hub-compatible server on 127.0.0.1, so that the course's pushes run for real.

The Hugging Face Hub cannot be reached from the machines that build this site. Chapter 4's
snippets call the real clients (huggingface_hub, transformers, datasets) against this
server instead, with HF_ENDPOINT pointing at it; a reader at home runs the same code
against huggingface.co. It speaks the subset of the Hub's HTTP API those calls use:
model and dataset repos, commits with history, branches and tags, regular and LFS files,
model cards, tokens, private repos, and the Hub's error codes.

    python -m localhub serve            # make hub: serve ~/.cache/transformers-exp/localhub
    python -m localhub add-user NAME    # prints a token for NAME
"""

from __future__ import annotations

import os
from pathlib import Path

from localhub.server import serve
from localhub.store import Store

HOME = Path(os.environ.get("LOCALHUB_HOME", Path.home() / ".cache" / "transformers-exp" / "localhub"))

__all__ = ["HOME", "Store", "serve"]
