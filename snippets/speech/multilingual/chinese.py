# --8<-- [start:speak]
import subprocess

import numpy as np
import soundfile as sf
from scipy.signal import resample_poly

SENTENCE = "今天天气很好，我们一起去公园散步吧。"
PINYIN = "jin1 tian1 tian1 qi4 hen3 hao3, wo3 men5 yi4 qi3 qu4 gong1 yuan2 san4 bu4 ba5."
# espeak-ng's Mandarin voices: one reads Chinese characters, one reads pinyin with tones.
for name, voice, text in [("hanzi", "cmn", SENTENCE), ("pinyin", "cmn-latn-pinyin", PINYIN)]:
    subprocess.run(["espeak-ng", "-v", voice, "-s", "130", "-w", f"{name}.wav", text], check=True)


def load_16k(path):
    audio, rate = sf.read(path, dtype="float32")
    return resample_poly(audio, 16000, rate).astype(np.float32)  # espeak-ng: 22,050 Hz
# --8<-- [end:speak]


# --8<-- [start:detect]
from transformers import WhisperForConditionalGeneration, WhisperProcessor

processor = WhisperProcessor.from_pretrained("openai/whisper-base")
model = WhisperForConditionalGeneration.from_pretrained("openai/whisper-base")

clips = {"hanzi": load_16k("hanzi.wav"), "pinyin": load_16k("pinyin.wav")}
clips["english"] = sf.read("weather.wav", dtype="float32")[0]
for name, audio in clips.items():
    features = processor(audio, sampling_rate=16000, return_tensors="pt").input_features
    language = model.detect_language(features)
    print(name, processor.tokenizer.decode(language[0]))
    #> hanzi <|en|>
    #> pinyin <|th|>
    #> english <|en|>
# --8<-- [end:detect]

# --8<-- [start:transcribe]
import jiwer

for name in ["hanzi", "pinyin"]:
    features = processor(clips[name], sampling_rate=16000, return_tensors="pt").input_features
    ids = model.generate(features, language="zh", task="transcribe", do_sample=False)
    text = processor.batch_decode(ids, skip_special_tokens=True)[0].strip()
    print(f"{name}: {text} (character error rate {jiwer.cer(SENTENCE, text):.2f})")
    #> hanzi: 金幌天幌天幌K4103H3,Wormen 51K3K4,gon 1UM2,3445 (character error rate 2.17)
    #> pinyin: 堅堅 起 恨 抱 温 以 起 起 狗 软 山 古 八 (character error rate 1.39)
# --8<-- [end:transcribe]
