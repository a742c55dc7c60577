# --8<-- [start:start]
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

model = "HuggingFaceTB/SmolLM2-135M-Instruct"
with socket.socket() as s:  # a free port on this machine
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
url = f"http://127.0.0.1:{port}"

# The same as `transformers serve <model> --host 127.0.0.1 --port <port>`
command = [sys.executable, "-m", "transformers.cli.transformers", "serve",
           model, "--host", "127.0.0.1", "--port", str(port)]
with open("serve.log", "w") as log:
    server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)


def wait_until_ready(url, server, timeout=120):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            log = Path("serve.log").read_text()[-2000:]
            raise RuntimeError(f"the server exited:\n{log}")
        try:
            with urllib.request.urlopen(f"{url}/v1/models", timeout=2) as r:
                return r.status
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"no answer from {url} within {timeout} s")


print(wait_until_ready(url, server))
#> 200
# --8<-- [end:start]

# --8<-- [start:openai]
from openai import OpenAI

# A local server checks no key, but the client wants one: any text will do.
client = OpenAI(base_url=f"{url}/v1", api_key="not-needed")
ask = "What is the capital of France? Answer in one sentence."
question = [{"role": "user", "content": ask}]
reply = client.chat.completions.create(model=model, messages=question,
                                       max_tokens=30, temperature=0)
print(repr(reply.choices[0].message.content))
#> 'The capital of France is Paris.'
used = reply.usage
print(used.prompt_tokens, "prompt tokens,", used.completion_tokens, "generated")
#> 42 prompt tokens, 8 generated
# --8<-- [end:openai]

# --8<-- [start:stream]
stream = client.chat.completions.create(model=model, messages=question,
                                        max_tokens=30, temperature=0,
                                        stream=True)
pieces = [chunk.choices[0].delta.content for chunk in stream
          if chunk.choices and chunk.choices[0].delta.content]
print(pieces)
#> ['The', ' capital', ' of', ' France', ' is', ' Paris', '.']
# --8<-- [end:stream]

# --8<-- [start:hf]
from huggingface_hub import InferenceClient

hf = InferenceClient(base_url=url)
answer = hf.chat_completion(messages=question, model=model, max_tokens=30,
                            temperature=0)
print(repr(answer.choices[0].message.content))
#> 'The capital of France is Paris.'
stream = hf.chat_completion(messages=question, model=model, max_tokens=30,
                            temperature=0, stream=True)
print([chunk.choices[0].delta.content for chunk in stream])
#> [None, 'The', ' capital', ' of', ' France', ' is', ' Paris', '.', None]
# --8<-- [end:hf]

# --8<-- [start:stop]
server.terminate()  # Ctrl+C in the shell does the same
print("exit code", server.wait(timeout=30))
#> exit code -15
# --8<-- [end:stop]
