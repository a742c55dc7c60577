import os

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"

# --8<-- [start:demo]
import csv
from pathlib import Path

import gradio as gr
import soundfile as sf
from transformers import pipeline

asr = pipeline("automatic-speech-recognition", model="openai/whisper-tiny.en")


def transcribe(path):
    audio, rate = sf.read(path, dtype="float32")
    return asr({"raw": audio, "sampling_rate": rate})["text"].strip()


demo = gr.Interface(
    fn=transcribe,
    inputs=gr.Audio(type="filepath", label="Speech"),
    outputs=gr.Textbox(label="Transcript"),
    examples=[["weather.wav"], ["welcome.wav"]],
    cache_examples=True,  # run once at start-up; a click shows the stored answer
    flagging_mode="manual",
    flagging_options=["Wrong words", "Missing words"],
    flagging_dir="flagged",
)
# --8<-- [end:demo]

# --8<-- [start:call]
from gradio_client import Client, handle_file

_, url, _ = demo.launch(server_name="127.0.0.1", prevent_thread_lock=True, quiet=True)
client = Client(url, verbose=False)
audio = handle_file("weather.wav")
transcript = client.predict(audio, api_name="/transcribe")
print(transcript)
#> But we're very sorry today, with a light wind from the west.
# What a click on "Flag as Wrong words" sends: the inputs and outputs shown
client.predict(audio, transcript, api_name="/Flag")
demo.close()

with open(next(Path("flagged").rglob("*.csv")), newline="") as file:
    for row in csv.DictReader(file):
        print(Path(row["Speech"]).name, "|", row["Transcript"], "|", row["flag"])
        '''
        weather.wav
        |
        But we're very sorry today, with a light wind from the west.
        |
        Wrong words
        '''
# --8<-- [end:call]
