import os

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"

# --8<-- [start:demo]
import gradio as gr
import soundfile as sf
from transformers import pipeline

asr = pipeline("automatic-speech-recognition", model="openai/whisper-tiny.en")


def transcribe(path):
    audio, rate = sf.read(path, dtype="float32")  # an uploaded or recorded WAV file
    if audio.ndim == 2:  # stereo: average the two channels
        audio = audio.mean(axis=1)
    return asr({"raw": audio, "sampling_rate": rate})["text"].strip()


demo = gr.Interface(
    fn=transcribe,
    inputs=gr.Audio(sources=["upload", "microphone"], type="filepath", label="Speech"),
    outputs=gr.Textbox(label="Transcript"),
    examples=[["weather.wav"], ["welcome.wav"]],  # files next to the script
)
# --8<-- [end:demo]

# --8<-- [start:call]
from gradio_client import Client, handle_file

_, url, _ = demo.launch(server_name="127.0.0.1", prevent_thread_lock=True, quiet=True)
client = Client(url, verbose=False)
print(client.predict(handle_file("weather.wav"), api_name="/transcribe"))
#> But we're very sorry today, with a light wind from the west.
print(client.predict(handle_file("welcome.wav"), api_name="/transcribe"))
'''
Welcome to the course. Today we learn how to transform our models read and write text.
'''
demo.close()
# --8<-- [end:call]
