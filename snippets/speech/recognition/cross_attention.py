import matplotlib

matplotlib.use("Agg")

# --8<-- [start:encode]
import soundfile as sf
import torch
from transformers import WhisperForConditionalGeneration, WhisperProcessor

checkpoint = "openai/whisper-tiny.en"
processor = WhisperProcessor.from_pretrained(checkpoint)
model = WhisperForConditionalGeneration.from_pretrained(checkpoint, attn_implementation="eager")

audio, rate = sf.read("weather.wav", dtype="float32")
features = processor(audio, sampling_rate=rate, return_tensors="pt").input_features
with torch.no_grad():
    encoded = model.model.encoder(features).last_hidden_state
print(features.shape, "->", encoded.shape)  # 3,000 frames of 10 ms -> 1,500 of 20 ms
#> torch.Size([1, 80, 3000]) -> torch.Size([1, 1500, 384])
# --8<-- [end:encode]

# --8<-- [start:decode]
ids = model.generate(features, do_sample=False)[0]  # the text tokens only
print(processor.decode(ids))
#>  But wherever is sunny today, with a light wind from the west.
# Run the decoder once more over the whole answer, after its two start tokens, to see
# where it looked in the audio while writing each token.
prompt = processor.tokenizer.convert_tokens_to_ids(["<|startoftranscript|>", "<|notimestamps|>"])
decoder_input = torch.tensor([prompt + ids.tolist()[:-1]])
with torch.no_grad():
    out = model(input_features=features, decoder_input_ids=decoder_input, output_attentions=True)
print(len(out.cross_attentions), tuple(out.cross_attentions[0].shape))
#> 4 (1, 6, 15, 1500)
# --8<-- [end:decode]

# --8<-- [start:plot]
import matplotlib.pyplot as plt

# Average the heads of the last two decoder layers; keep the frames that hold speech.
# Row k: the attention while writing token k (it follows the prompt's last token).
weights = torch.stack(out.cross_attentions[-2:]).mean(dim=(0, 2))[0, len(prompt) - 1 :]
speech = len(audio) // 320  # 20 ms per encoder position
tokens = [processor.decode([i]) for i in ids]
fig, ax = plt.subplots(figsize=(8, 5), constrained_layout=True)
ax.imshow(weights[:, :speech], aspect="auto", cmap="magma",
          extent=(0, speech * 0.02, len(tokens) - 0.5, -0.5))
ax.set_yticks(range(len(tokens)), tokens, fontsize=7)
ax.set(xlabel="seconds of audio (encoder positions, 20 ms each)", ylabel="token written",
       title="Where each token looks: Whisper's cross-attention on weather.wav")
fig.savefig("speech-cross-attention.png", dpi=120)
# --8<-- [end:plot]
