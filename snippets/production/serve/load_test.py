# --8<-- [start:server]
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

MODEL = "HuggingFaceTB/SmolLM2-135M-Instruct"


def start_server(*flags, timeout=120):
    """`transformers serve MODEL` on a free port of 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with open("serve.log", "w") as log:
        command = [sys.executable, "-m", "transformers.cli.transformers",
                   "serve", MODEL, "--host", "127.0.0.1", "--port", str(port),
                   *flags]
        server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            log = Path("serve.log").read_text()[-2000:]
            raise RuntimeError(f"the server exited:\n{log}")
        try:
            urllib.request.urlopen(f"{url}/v1/models", timeout=2).close()
            return server, url
        except OSError:
            time.sleep(0.5)
    server.kill()
    raise TimeoutError(f"no answer from {url} within {timeout} s")


def stop_server(server):
    server.terminate()
    server.wait(timeout=30)
# --8<-- [end:server]


# --8<-- [start:load]
from concurrent.futures import ThreadPoolExecutor

from openai import OpenAI

# Bounded in count (clients x requests) and in time (seconds).
CLIENTS, PER_CLIENT, MAX_TOKENS, TIME_CAP = 4, 4, 32, 90
topics = ["tea", "rivers", "bicycles", "volcanoes", "libraries", "bees",
          "winter", "trains", "clouds", "chess", "bread", "owls", "bridges",
          "rain", "maps", "salt"]


def load_test(url):
    client = OpenAI(base_url=f"{url}/v1", api_key="not-needed",
                    timeout=TIME_CAP)
    client.chat.completions.create(  # a warm-up, not measured
        model=MODEL, max_tokens=4, messages=[{"role": "user", "content": "Hi"}])
    deadline = time.monotonic() + TIME_CAP

    def one_client(k):
        results = []  # (seconds, generated tokens) per answered request
        for topic in topics[k * PER_CLIENT : (k + 1) * PER_CLIENT]:
            if time.monotonic() > deadline:
                break
            start = time.perf_counter()
            ask = f"Write two sentences about {topic}."
            reply = client.chat.completions.create(
                model=MODEL, max_tokens=MAX_TOKENS, temperature=0,
                messages=[{"role": "user", "content": ask}])
            seconds = time.perf_counter() - start
            results.append((seconds, reply.usage.completion_tokens))
        return results

    start = time.perf_counter()
    with ThreadPoolExecutor(CLIENTS) as pool:
        results = [r for client_results in pool.map(one_client, range(CLIENTS))
                   for r in client_results]
    return results, time.perf_counter() - start


runs = {}
for mode, flags in [("one request at a time", []),
                    ("continuous batching", ["--continuous-batching"])]:
    server, url = start_server(*flags)
    try:
        runs[mode] = load_test(url)
    finally:
        stop_server(server)
    print(f"{mode:22} answered {len(runs[mode][0])} of {CLIENTS * PER_CLIENT}")
    #> one request at a time  answered 16 of 16
    #> continuous batching    answered 16 of 16
# --8<-- [end:load]

# --8<-- [start:figure]
import matplotlib
import numpy as np

matplotlib.use("Agg")
import matplotlib.pyplot as plt

modes = list(runs)
throughput = [sum(t for _, t in runs[m][0]) / runs[m][1] for m in modes]
p50 = [np.percentile([s for s, _ in runs[m][0]], 50) for m in modes]
p95 = [np.percentile([s for s, _ in runs[m][0]], 95) for m in modes]

fig, (left, right) = plt.subplots(1, 2, figsize=(8, 3.2))
left.bar(modes, throughput, color=["#9e9e9e", "#3f51b5"])
left.set_ylabel("generated tokens per second")
x = np.arange(len(modes))
right.bar(x - 0.2, p50, 0.4, label="p50", color="#ffb74d")
right.bar(x + 0.2, p95, 0.4, label="p95", color="#e64a19")
right.set_xticks(x, modes)
right.set_ylabel("seconds per request")
right.legend()
name = MODEL.split("/")[1]
fig.suptitle(f"{name}: {CLIENTS} clients x {PER_CLIENT} requests, "
             f"{MAX_TOKENS} new tokens each, this CPU")
fig.tight_layout()
fig.savefig("production-serve-load.png", dpi=100)
# --8<-- [end:figure]
