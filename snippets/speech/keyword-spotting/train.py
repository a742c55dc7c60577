# --8<-- [start:data]
import subprocess
import wave

import numpy as np
import soundfile as sf
from huggingface_hub import hf_hub_download
from piper import PiperVoice, SynthesisConfig
from scipy.signal import resample_poly

WORDS = ["yes", "no", "up", "down", "left", "right", "stop", "go"]


def espeak(word, voice, speed, pitch):
    subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed), "-p", str(pitch),
                    "-w", "clip.wav", word], check=True)
    audio, rate = sf.read("clip.wav", dtype="float32")
    return resample_poly(audio, 16000, rate).astype(np.float32)


folder = "en/en_US/joe/medium/"
piper = PiperVoice.load(hf_hub_download("rhasspy/piper-voices", folder + "en_US-joe-medium.onnx"))
hf_hub_download("rhasspy/piper-voices", folder + "en_US-joe-medium.onnx.json")


def joe(word, speed):
    settings = SynthesisConfig(length_scale=speed, noise_scale=0.0, noise_w_scale=0.0)
    with wave.open("clip.wav", "wb") as out:
        piper.synthesize_wav(word, out, syn_config=settings)
    audio, rate = sf.read("clip.wav", dtype="float32")
    return resample_poly(audio, 16000, rate).astype(np.float32)


# Training: four espeak-ng accents at three speeds and three pitches.
train = [(espeak(w, v, s, p), w) for w in WORDS for v in ["en-us", "en-gb", "en-gb-scotland", "en-029"]
         for s in [140, 175, 210] for p in [30, 50, 70]]
# Held out: voices the classifier never hears in training.
test = [(espeak(w, "en-gb-x-gbcwmd", s, 50), w) for w in WORDS for s in [140, 175, 210]]
test += [(joe(w, s), w) for w in WORDS for s in [0.9, 1.0, 1.2]]
print(len(train), "training clips,", len(test), "held-out clips, all synthetic")
#> 288 training clips, 48 held-out clips, all synthetic
# --8<-- [end:data]

# --8<-- [start:features]
import torch
from transformers import WhisperFeatureExtractor, WhisperModel

checkpoint = "openai/whisper-tiny.en"
extractor = WhisperFeatureExtractor.from_pretrained(checkpoint)
encoder = WhisperModel.from_pretrained(checkpoint).encoder.eval()
# A keyword lasts under 1.5 s: keep the first 75 of the encoder's 1,500 positions (its
# first 1.5 s) instead of a 30-second window of padding, 20 times less work.
POSITIONS = 75
first = encoder.embed_positions.weight[:POSITIONS]
encoder.embed_positions = torch.nn.Embedding.from_pretrained(first, freeze=True)
encoder.config.max_source_positions = POSITIONS


def embed(clips):
    """One vector per clip: the encoder's states, averaged over the frames that hold the clip."""
    audio = [a for a, _ in clips]
    features = extractor(audio, sampling_rate=16000, return_tensors="pt").input_features
    with torch.no_grad():
        states = encoder(features[:, :, : 2 * POSITIONS]).last_hidden_state
    lengths = [min(len(a) // 320 + 1, POSITIONS) for a in audio]
    return np.stack([s[:n].mean(dim=0).numpy() for s, n in zip(states, lengths)])


X_train, X_test = embed(train), embed(test)
y_train, y_test = [w for _, w in train], [w for _, w in test]
print(X_train.shape)
#> (288, 384)
# --8<-- [end:features]

# --8<-- [start:train]
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score

head = LogisticRegression(max_iter=2000, C=1.0).fit(X_train, y_train)
print(f"train accuracy {accuracy_score(y_train, head.predict(X_train)):.2f}")
#> train accuracy 1.00
predicted = head.predict(X_test)
print(f"held-out accuracy {accuracy_score(y_test, predicted):.2f} (chance: 0.12)")
#> held-out accuracy 0.77 (chance: 0.12)
for voice, part in [("espeak West Midlands", slice(0, 24)), ("Piper joe", slice(24, 48))]:
    print(f"  {voice}: {accuracy_score(y_test[part], predicted[part]):.2f}")
    #>   espeak West Midlands: 1.00
    #>   Piper joe: 0.54
# --8<-- [end:train]

# --8<-- [start:asr]
from transformers import pipeline

asr = pipeline("automatic-speech-recognition", model=checkpoint)
heard = [asr({"raw": audio, "sampling_rate": 16000})["text"].strip(" .!?,").lower()
         for audio, _ in test]
print(f"Whisper transcribing, exact word: {accuracy_score(y_test, heard):.2f}")
#> Whisper transcribing, exact word: 0.54
# --8<-- [end:asr]
