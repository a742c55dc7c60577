# --8<-- [start:pad]
import torch
from transformers import AutoModel, AutoTokenizer

checkpoint = "sentence-transformers/all-MiniLM-L6-v2"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)
model = AutoModel.from_pretrained(checkpoint)

sentences = [
    "You like this course.",
    "Attention picks the words that matter most.",
]
batch = tokenizer(sentences, padding=True, return_tensors="pt")
for ids, mask in zip(batch["input_ids"], batch["attention_mask"]):
    print(" ".join(tokenizer.convert_ids_to_tokens(ids)))
    #> [CLS] you like this course . [SEP] [PAD] [PAD] [PAD]
    #> [CLS] attention picks the words that matter most . [SEP]
    print(mask.tolist())
    #> [1, 1, 1, 1, 1, 1, 1, 0, 0, 0]
    #> [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
# --8<-- [end:pad]

# --8<-- [start:effect]
with torch.no_grad():
    single = tokenizer(sentences[0], return_tensors="pt")
    alone = model(**single).last_hidden_state[0]
    masked = model(**batch).last_hidden_state[0]
    # the same batch, with the mask left out
    unmasked = model(input_ids=batch["input_ids"]).last_hidden_state[0]

n = len(alone)  # the 7 real tokens; the rest of the row is padding
print("with the mask:   ", torch.allclose(alone, masked[:n], atol=1e-5))
#> with the mask:    True
print("without the mask:", torch.allclose(alone, unmasked[:n], atol=1e-5))
#> without the mask: False
# --8<-- [end:effect]
