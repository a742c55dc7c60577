import wave

import numpy as np
import soundfile as sf
from huggingface_hub import hf_hub_download
from piper import PiperVoice, SynthesisConfig
from scipy.signal import resample_poly
from transformers import pipeline

# --8<-- [start:record]
# A recording longer than Whisper's 30-second window, spoken by the Piper voice.
TEXT = (
    "Speech recognition turns a recording into text. "
    "Whisper reads audio in windows of thirty seconds. "
    "A longer recording must be cut into pieces, and each piece is transcribed in turn. "
    "The pipeline can do the cutting for you. "
    "It lets neighbouring pieces overlap a little, so that no word is lost at the edges, "
    "and then it stitches the texts back together. "
    "With timestamps, you also learn when each sentence was spoken. "
    "This is useful for subtitles, for searching a long meeting, "
    "or for jumping to the moment a word was said. "
    "Small models make mistakes, so always listen to a few pieces yourself. "
    "A good transcript is checked against the recording, not trusted blindly."
)
folder = "en/en_US/joe/medium/"
voice = PiperVoice.load(hf_hub_download("rhasspy/piper-voices", folder + "en_US-joe-medium.onnx"))
hf_hub_download("rhasspy/piper-voices", folder + "en_US-joe-medium.onnx.json")
steady = SynthesisConfig(noise_scale=0.0, noise_w_scale=0.0)  # no random variation
with wave.open("lecture.wav", "wb") as out:
    voice.synthesize_wav(TEXT, out, syn_config=steady)
audio, rate = sf.read("lecture.wav", dtype="float32")
audio = resample_poly(audio, 320, 441).astype(np.float32)  # 22,050 Hz -> 16,000 Hz
rate = 16000
print(f"{len(audio) / rate:.0f} seconds")
#> 37 seconds
# --8<-- [end:record]

asr = pipeline("automatic-speech-recognition", model="openai/whisper-tiny.en")
# --8<-- [start:chunked]
chunked = asr(
    {"raw": audio, "sampling_rate": rate},
    chunk_length_s=30,  # cut into 30-second windows ...
    stride_length_s=5,  # ... that overlap by 5 seconds at each inner edge
    return_timestamps=True,
)
for piece in chunked["chunks"]:
    start, end = piece["timestamp"]
    print(f"{start:4.1f}-{end:4.1f} s  {piece['text'].strip()[:48]}...")
    #>  0.0-27.5 s  Once each recognition turns a recording into tex...
    #> 27.5-28.5 s  a word was said....
    #> 28.5-32.8 s  Small models make mistakes, so always listen to ...
    #> 32.8-36.7 s  A good transcript is checked against the recordi...
# --8<-- [end:chunked]

# --8<-- [start:sequential]
# Without chunk_length_s, Whisper itself walks through the audio window by window,
# starting each window where the last complete sentence ended.
sequential = asr({"raw": audio, "sampling_rate": rate}, return_timestamps=True)
print(len(sequential["chunks"]), "timed pieces")
#> 11 timed pieces
# --8<-- [end:sequential]

# --8<-- [start:wer]
import jiwer

normalize = jiwer.Compose([jiwer.ToLowerCase(), jiwer.RemovePunctuation(),
                           jiwer.RemoveMultipleSpaces(), jiwer.Strip()])
for name, result in [("chunked", chunked), ("sequential", sequential)]:
    error = jiwer.wer(normalize(TEXT), normalize(result["text"]))
    print(f"{name:10} word error rate {error:.2f}")
    #> chunked    word error rate 0.05
    #> sequential word error rate 0.07
# --8<-- [end:wer]
