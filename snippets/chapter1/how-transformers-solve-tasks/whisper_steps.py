# --8<-- [start:features]
import soundfile as sf
import torch
from transformers import AutoModelForSpeechSeq2Seq, AutoProcessor

checkpoint = "openai/whisper-tiny.en"
processor = AutoProcessor.from_pretrained(checkpoint)
model = AutoModelForSpeechSeq2Seq.from_pretrained(checkpoint)

audio, rate = sf.read("weather.wav")
features = processor(audio, sampling_rate=rate, return_tensors="pt").input_features
print(f"{len(audio)} samples ({len(audio) / rate:.1f} s) ->", tuple(features.shape))
#> 66916 samples (4.2 s) -> (1, 80, 3000)
with torch.no_grad():
    memory = model.get_encoder()(features).last_hidden_state
print("encoder:", tuple(memory.shape))
#> encoder: (1, 1500, 384)
# --8<-- [end:features]

# --8<-- [start:decode]
ids = model.generate(features, num_beams=1, max_new_tokens=30)[0]  # greedy
start = model.generation_config.decoder_start_token_id
print("decoding starts from", processor.tokenizer.convert_ids_to_tokens(start))
#> decoding starts from <|startoftranscript|>
print(processor.tokenizer.convert_ids_to_tokens(ids)[:5])
#> ['ĠBut', 'Ġwherever', 'Ġis', 'Ġsunny', 'Ġtoday']
print(processor.decode(ids, skip_special_tokens=True).strip())
#> But wherever is sunny today, with a light wind from the west.
# --8<-- [end:decode]

# --8<-- [start:plot]
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

seconds = len(audio) / rate
fig, ax = plt.subplots(figsize=(10, 3))
ax.imshow(features[0].numpy(), origin="lower", aspect="auto", cmap="magma")
ax.axvline(seconds * 100, color="white", ls="--")  # 100 frames per second
ax.set_xlabel("frame (10 ms each); right of the dashed line: padding to 30 s")
ax.set_ylabel("mel band")
plt.savefig("whisper-log-mel.png", dpi=80, bbox_inches="tight")
# --8<-- [end:plot]
