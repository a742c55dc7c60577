import textwrap

import soundfile as sf
from transformers import pipeline

# whisper-base: multilingual, 74M parameters (whisper-tiny.en has 39M).
asr = pipeline("automatic-speech-recognition", model="openai/whisper-base")


def transcribe(name):
    audio, rate = sf.read(name)
    result = asr(
        {"raw": audio, "sampling_rate": rate},
        generate_kwargs={"num_beams": 1},
    )
    return textwrap.fill(result["text"].strip(), width=70)  # wrapped for the page


print(transcribe("weather.wav"))
#> But wherever is sunny today, with a light wind from the west.
print(transcribe("welcome.wav"))
'''
Welcome to the course. Today we learn how transformer model breed and
write text.
'''
