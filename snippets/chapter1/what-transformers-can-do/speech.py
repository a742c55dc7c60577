import soundfile as sf
from transformers import pipeline

asr = pipeline("automatic-speech-recognition", model="openai/whisper-tiny.en")

audio, rate = sf.read("weather.wav")  # the samples (a NumPy array) and the rate
print(audio.shape, rate, f"{len(audio) / rate:.1f} s")
#> (66916,) 16000 4.2 s
result = asr(
    {"raw": audio, "sampling_rate": rate},
    generate_kwargs={"num_beams": 1},  # greedy decoding
)
print(result["text"].strip())
#> But wherever is sunny today, with a light wind from the west.

# return_timestamps=True also says when each piece was spoken.
audio, rate = sf.read("welcome.wav")
result = asr(
    {"raw": audio, "sampling_rate": rate},
    generate_kwargs={"num_beams": 1},
    return_timestamps=True,
)
for chunk in result["chunks"]:
    start, end = chunk["timestamp"]
    print(f"{start:.2f}-{end:.2f} {chunk['text'].strip()}")
    #> 0.00-1.88 Welcome to the course.
    #> 1.88-5.76 Today we learn how to transform our models read and write text.
