import matplotlib

matplotlib.use("Agg")

# --8<-- [start:load]
import soundfile as sf

audio, rate = sf.read("weather.wav", dtype="float32")
print(audio.shape, audio.dtype, rate)
#> (66916,) float32 16000
print(f"{len(audio) / rate:.2f} seconds, samples from {audio.min():.2f} to {audio.max():.2f}")
#> 4.18 seconds, samples from -0.79 to 0.82
# --8<-- [end:load]

# --8<-- [start:resample]
from scipy.signal import resample_poly

audio_8k = resample_poly(audio, up=1, down=2)  # 16,000 -> 8,000 samples a second
audio_44k = resample_poly(audio, up=441, down=160)  # 16,000 -> 44,100
print(len(audio), len(audio_8k), len(audio_44k))
#> 66916 33458 184438
# --8<-- [end:resample]

# --8<-- [start:features]
from transformers import WhisperFeatureExtractor

extractor = WhisperFeatureExtractor.from_pretrained("openai/whisper-tiny.en")
print(extractor.sampling_rate, extractor.feature_size, extractor.hop_length)
#> 16000 80 160
features = extractor(audio, sampling_rate=rate, return_tensors="np").input_features
print(features.shape)
#> (1, 80, 3000)
frames = len(audio) // extractor.hop_length
print(frames, "frames hold speech; the rest of the 30 s window is padding")
#> 418 frames hold speech; the rest of the 30 s window is padding
# --8<-- [end:features]

# --8<-- [start:plot]
import matplotlib.pyplot as plt
import numpy as np

fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 5), constrained_layout=True)
# The waveform's outline: the lowest and highest sample of every 10 ms.
hop = extractor.hop_length
lows = audio[: frames * hop].reshape(frames, hop).min(axis=1)
highs = audio[: frames * hop].reshape(frames, hop).max(axis=1)
top.fill_between(np.arange(frames) / 100, lows, highs, linewidth=0)
top.set(xlabel="seconds", ylabel="amplitude", xlim=(0, frames / 100),
        title="weather.wav: the waveform")
bottom.imshow(features[0][:, : frames + 20], origin="lower", aspect="auto",
              extent=(0, (frames + 20) / 100, 0, 80), interpolation="nearest")
bottom.set(xlabel="seconds", ylabel="mel bin", title="the log-mel spectrogram Whisper reads")
fig.savefig("speech-weather-waveform-mel.png", dpi=100)
# --8<-- [end:plot]
