# --8<-- [start:pad]
import numpy as np
import soundfile as sf

weather, rate = sf.read("weather.wav", dtype="float32")
welcome, _ = sf.read("welcome.wav", dtype="float32")
rng = np.random.default_rng(0)


def pause(seconds):  # quiet room noise, not digital silence
    return (0.003 * rng.standard_normal(int(seconds * rate))).astype(np.float32)


audio = np.concatenate([pause(2.0), weather, pause(3.0), welcome, pause(2.5)])
print(f"{len(audio) / rate:.1f} seconds, of which {(len(weather) + len(welcome)) / rate:.1f} speech")
#> 17.9 seconds, of which 10.4 speech
# --8<-- [end:pad]

# --8<-- [start:detect]
import torch
from silero_vad import get_speech_timestamps, load_silero_vad

vad = load_silero_vad(onnx=True)  # the ONNX model, run by onnxruntime
speech = get_speech_timestamps(torch.from_numpy(audio), vad, sampling_rate=rate)
for part in speech:
    print(f"speech from {part['start'] / rate:.1f} s to {part['end'] / rate:.1f} s")
    #> speech from 2.0 s to 3.7 s
    #> speech from 3.8 s to 5.9 s
    #> speech from 9.2 s to 10.6 s
    #> speech from 11.0 s to 15.0 s
# --8<-- [end:detect]

# --8<-- [start:transcribe]
from transformers import pipeline

asr = pipeline("automatic-speech-recognition", model="openai/whisper-tiny.en")
for part in speech:
    piece = audio[part["start"] : part["end"]]
    print(asr({"raw": piece, "sampling_rate": rate})["text"].strip())
    #> But we're very sorry today.
    #> with a light wind from the west.
    #> Welcome to the course.
    #> Today we learn how to transform our model's read and write text.
# --8<-- [end:transcribe]
