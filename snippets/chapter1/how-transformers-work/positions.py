# --8<-- [start:order]
import torch
from transformers import AutoModel, AutoTokenizer

checkpoint = "sentence-transformers/all-MiniLM-L6-v2"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)
model = AutoModel.from_pretrained(checkpoint)
print(tuple(model.embeddings.position_embeddings.weight.shape))
#> (512, 384)


def similarity(a, b):
    """Cosine similarity of the two sentences' mean token vectors."""
    batch = tokenizer([a, b], return_tensors="pt")
    with torch.no_grad():
        vectors = model(**batch).last_hidden_state.mean(dim=1)
    return torch.cosine_similarity(vectors[0], vectors[1], dim=0).item()


pair = ("the dog bit the man", "the man bit the dog")
print(f"with positions:    {similarity(*pair):.3f}")
#> with positions:    0.979

# Erase what the model knows about positions: every position gets the same vector.
with torch.no_grad():
    model.embeddings.position_embeddings.weight.zero_()
print(f"without positions: {similarity(*pair):.3f}")
#> without positions: 1.000
# --8<-- [end:order]

# --8<-- [start:rope]
from transformers import AutoConfig

for checkpoint in ["HuggingFaceTB/SmolLM2-135M-Instruct", "google/gemma-3-270m"]:
    config = AutoConfig.from_pretrained(checkpoint)
    rope = config.rope_parameters
    rope = rope.get("full_attention", rope)  # Gemma 3 has one setting per layer kind
    print(f"{checkpoint}: {config.max_position_embeddings} positions,",
          f"RoPE base {rope['rope_theta']:,.0f}")
    #> HuggingFaceTB/SmolLM2-135M-Instruct: 8192 positions, RoPE base 100,000
    #> google/gemma-3-270m: 32768 positions, RoPE base 1,000,000
# --8<-- [end:rope]
