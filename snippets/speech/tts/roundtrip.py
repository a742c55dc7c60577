# --8<-- [start:speak]
import wave

import soundfile as sf
from huggingface_hub import hf_hub_download
from piper import PiperVoice, SynthesisConfig

folder = "en/en_US/joe/medium/"
model = hf_hub_download("rhasspy/piper-voices", folder + "en_US-joe-medium.onnx")
hf_hub_download("rhasspy/piper-voices", folder + "en_US-joe-medium.onnx.json")
voice = PiperVoice.load(model)
steady = SynthesisConfig(noise_scale=0.0, noise_w_scale=0.0)  # the same audio every run

SENTENCES = [
    "The weather is sunny today, with a light wind from the west.",
    "Welcome to the course. Today we learn how transformer models read and write text.",
    "Please send the report to Doctor Smith before Friday.",
]
with wave.open("spoken.wav", "wb") as out:
    voice.synthesize_wav(" ".join(SENTENCES), out, syn_config=steady)
audio, rate = sf.read("spoken.wav", dtype="float32")
print(rate, f"{len(audio) / rate:.1f} seconds")
#> 22050 10.8 seconds
# --8<-- [end:speak]

# --8<-- [start:listen]
import jiwer
from scipy.signal import resample_poly
from transformers import pipeline

asr = pipeline("automatic-speech-recognition", model="openai/whisper-tiny.en")
normalize = jiwer.Compose([jiwer.ToLowerCase(), jiwer.RemovePunctuation(),
                           jiwer.RemoveMultipleSpaces(), jiwer.Strip()])
reference = normalize(" ".join(SENTENCES))

audio_16k = resample_poly(audio, 320, 441).astype("float32")  # 22,050 -> 16,000 Hz
heard = asr({"raw": audio_16k, "sampling_rate": 16000})["text"]
print(heard.strip())
'''
The weather is sunny today with a light wind from the west. Welcome to the course. Today we learn how transformer models read in right text. Please send the report to Dr. Smith before Friday.
'''
print(f"word error rate {jiwer.wer(reference, normalize(heard)):.2f}")
#> word error rate 0.09
# --8<-- [end:listen]

# --8<-- [start:wrong-rate]
# The same samples, but told they were recorded at 16,000 Hz: 38% slower, deeper.
wrong = asr({"raw": audio, "sampling_rate": 16000})["text"]
print(wrong.strip())
'''
The weather is sunny today. With a light wind from the west, welcome to the course. Today we learn how to transform a model's read and write text. Please send a report to Dr. Smith before Friday.
'''
print(f"word error rate {jiwer.wer(reference, normalize(wrong)):.2f}")
#> word error rate 0.14
# --8<-- [end:wrong-rate]
