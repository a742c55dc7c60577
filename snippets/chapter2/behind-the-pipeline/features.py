# --8<-- [start:tokenize]
import torch
from transformers import AutoModel, AutoTokenizer

checkpoint = "sentence-transformers/all-MiniLM-L6-v2"

tokenizer = AutoTokenizer.from_pretrained(checkpoint)

sentences = [
    "The train to Shanghai leaves at nine.",
    "The high-speed train departs for Shanghai at nine.",
    "I burned the toast again this morning.",
]
inputs = tokenizer(sentences, padding=True, truncation=True, return_tensors="pt")
print(list(inputs.keys()))
#> ['input_ids', 'token_type_ids', 'attention_mask']
print(tuple(inputs["input_ids"].shape))
#> (3, 14)
print(inputs["input_ids"][0].tolist())
#> [101, 1996, 3345, 2000, 8344, 3727, 2012, 3157, 1012, 102, 0, 0, 0, 0]
print(" ".join(tokenizer.convert_ids_to_tokens(inputs["input_ids"][0])))
#> [CLS] the train to shanghai leaves at nine . [SEP] [PAD] [PAD] [PAD] [PAD]
print(inputs["attention_mask"][0].tolist())
#> [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0]
# --8<-- [end:tokenize]

# --8<-- [start:model]
model = AutoModel.from_pretrained(checkpoint)
with torch.no_grad():
    outputs = model(**inputs)
print(tuple(outputs.last_hidden_state.shape))
#> (3, 14, 384)
# --8<-- [end:model]

# --8<-- [start:postprocess]
# Mean pooling: average the token vectors, counting real tokens only.
mask = inputs["attention_mask"].unsqueeze(-1).float()  # (batch, seq_len, 1)
summed = (outputs.last_hidden_state * mask).sum(dim=1)
embeddings = summed / mask.sum(dim=1)
embeddings = torch.nn.functional.normalize(embeddings, dim=-1)
print(tuple(embeddings.shape))
#> (3, 384)

scores = embeddings @ embeddings.T  # cosine similarity of every pair
for sentence, score in zip(sentences[1:], scores[0, 1:]):
    print(f"{score:.3f}  {sentence}")
    #> 0.845  The high-speed train departs for Shanghai at nine.
    #> 0.053  I burned the toast again this morning.
# --8<-- [end:postprocess]
