# --8<-- [start:pad]
import torch
from transformers import AutoModel, AutoTokenizer

checkpoint = "sentence-transformers/all-MiniLM-L6-v2"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)
model = AutoModel.from_pretrained(checkpoint)

sentences = ["Good morning!", "The meeting moved to Thursday afternoon."]


def embed(inputs, pooling_mask):
    """Mean pooling over the positions where pooling_mask is 1."""
    with torch.no_grad():
        hidden = model(**inputs).last_hidden_state
    mask = pooling_mask.unsqueeze(-1).float()
    return (hidden * mask).sum(dim=1) / mask.sum(dim=1)


print(tokenizer.pad_token, tokenizer.pad_token_id)
#> [PAD] 0
batch = tokenizer(sentences, padding=True, return_tensors="pt")
print(batch["input_ids"][0].tolist())
#> [101, 2204, 2851, 999, 102, 0, 0, 0, 0]
print(batch["attention_mask"][0].tolist())
#> [1, 1, 1, 1, 1, 0, 0, 0, 0]
# --8<-- [end:pad]

# --8<-- [start:compare]
alone = []
for sentence in sentences:
    single = tokenizer(sentence, return_tensors="pt")  # no padding needed
    alone.append(embed(single, single["attention_mask"]))
alone = torch.cat(alone)
together = embed(batch, batch["attention_mask"])
print(torch.allclose(alone, together, atol=1e-5))
#> True
# --8<-- [end:compare]

# --8<-- [start:nomask]
no_mask = {"input_ids": batch["input_ids"]}  # attention_mask left out
wrong = embed(no_mask, batch["attention_mask"])
for i, sentence in enumerate(sentences):
    diff = (alone[i] - wrong[i]).abs().max()
    cos = torch.nn.functional.cosine_similarity(alone[i], wrong[i], dim=0)
    print(f"max diff {diff:.3f}  cosine {cos:.3f}  {sentence}")
    #> max diff 0.444  cosine 0.883  Good morning!
    #> max diff 0.000  cosine 1.000  The meeting moved to Thursday afternoon.
# --8<-- [end:nomask]
