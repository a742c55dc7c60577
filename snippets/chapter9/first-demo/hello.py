# --8<-- [start:demo]
import os

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"  # no usage reports to gradio.app

import gradio as gr


def greet(name):
    return f"Hello, {name}!"


demo = gr.Interface(fn=greet, inputs="text", outputs="text")
# --8<-- [end:demo]

# --8<-- [start:launch]
# In a script or notebook, demo.launch() alone is enough: it serves the demo on
# http://127.0.0.1:7860 and blocks until you stop it. Here we keep going instead.
_, url, _ = demo.launch(server_name="127.0.0.1", prevent_thread_lock=True, quiet=True)
# --8<-- [end:launch]

# --8<-- [start:client]
from gradio_client import Client

client = Client(url, verbose=False)
print(client.predict("Ada", api_name="/greet"))
#> Hello, Ada!
demo.close()
# --8<-- [end:client]
