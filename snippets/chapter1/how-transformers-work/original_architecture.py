# --8<-- [start:layers]
import soundfile as sf
import torch
from transformers import AutoModelForSpeechSeq2Seq, AutoProcessor

# Whisper keeps the original encoder-decoder layout: speech in, text out.
checkpoint = "openai/whisper-tiny.en"
processor = AutoProcessor.from_pretrained(checkpoint)
model = AutoModelForSpeechSeq2Seq.from_pretrained(
    checkpoint, attn_implementation="eager"
)
encoder, decoder = model.get_encoder(), model.get_decoder()

for name, stack in [("encoder", encoder), ("decoder", decoder)]:
    attention = [
        child for child, module in stack.layers[0].named_children()
        if type(module).__name__.endswith("Attention")
    ]
    print(f"{name}: {len(stack.layers)} layers, attention in each: {attention}")
    #> encoder: 4 layers, attention in each: ['self_attn']
    #> decoder: 4 layers, attention in each: ['self_attn', 'encoder_attn']
# --8<-- [end:layers]

# --8<-- [start:shapes]
audio, rate = sf.read("weather.wav")
features = processor(audio, sampling_rate=rate, return_tensors="pt")
features = features.input_features
start = "<|startoftranscript|><|notimestamps|> The weather"
prefix = processor.tokenizer(start, add_special_tokens=False,
                             return_tensors="pt").input_ids
with torch.no_grad():
    memory = encoder(features).last_hidden_state  # computed once
    out = decoder(input_ids=prefix, encoder_hidden_states=memory,
                  output_attentions=True)

print("encoder output:         ", tuple(memory.shape))
#> encoder output:          (1, 1500, 384)
print("decoder self-attention: ", tuple(out.attentions[0].shape))
#> decoder self-attention:  (1, 6, 4, 4)
print("decoder cross-attention:", tuple(out.cross_attentions[0].shape))
#> decoder cross-attention: (1, 6, 4, 1500)
# --8<-- [end:shapes]

# --8<-- [start:draw]
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib.patches import FancyBboxPatch


def box(ax, x, y, text, color):
    ax.add_patch(FancyBboxPatch((x, y), 3.4, 0.8, fc=color, ec="0.3",
                                boxstyle="round,pad=0.05"))
    ax.text(x + 1.7, y + 0.4, text, ha="center", va="center", fontsize=9)


def frame(ax, y, height, title, x):
    ax.add_patch(FancyBboxPatch((x - 0.3, y), 4, height, fc="none",
                                ec="0.6", ls="--", boxstyle="round,pad=0.1"))
    ax.text(x + 1.9, y + 0.2 + height, title, fontsize=10, weight="bold")


def arrow(ax, start, end):
    ax.annotate("", xy=end, xytext=start,
                arrowprops={"arrowstyle": "->", "color": "0.3"})


fig, ax = plt.subplots(figsize=(8, 5.6))
ax.set(xlim=(0, 10), ylim=(0, 8.6))
ax.axis("off")
# Encoder (left): self-attention over the whole input, then feed-forward.
frame(ax, 2.2, 2.7, f"encoder layer  × {len(encoder.layers)}", x=0.8)
box(ax, 0.8, 0.6, f"audio features {tuple(features.shape[1:])}", "#fbe3c9")
box(ax, 0.8, 2.6, "self-attention (all inputs)", "#cfe3f5")
box(ax, 0.8, 3.8, "feed-forward", "#e8e8e8")
box(ax, 0.8, 6.2, f"encoder output {tuple(memory.shape[1:])}", "#d5efd5")
for y0, y1 in [(1.45, 2.55), (3.45, 3.75), (4.65, 6.15)]:
    arrow(ax, (2.5, y0), (2.5, y1))
# Decoder (right): masked self-attention, cross-attention, feed-forward.
frame(ax, 2.2, 3.9, f"decoder layer  × {len(decoder.layers)}", x=5.8)
box(ax, 5.8, 0.6, "tokens generated so far", "#fbe3c9")
box(ax, 5.8, 2.6, "masked self-attention (past)", "#cfe3f5")
box(ax, 5.8, 3.8, "cross-attention (encoder)", "#d5efd5")
box(ax, 5.8, 5.0, "feed-forward", "#e8e8e8")
box(ax, 5.8, 7.3, "next-token probabilities", "#fbe3c9")
for y0, y1 in [(1.45, 2.55), (3.45, 3.75), (4.65, 4.95), (5.85, 7.25)]:
    arrow(ax, (7.5, y0), (7.5, y1))
arrow(ax, (4.25, 6.6), (5.75, 4.2))  # feeds every cross-attention layer
plt.savefig("transformer-encoder-decoder.png", dpi=90, bbox_inches="tight")
# --8<-- [end:draw]
