# --8<-- [start:windows]
from datasets import load_dataset
from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("google-bert/bert-base-uncased")
news = load_dataset("json", data_files="bbc-news/bbc-news.jsonl", split="train")
context = news[0]["text"]
question = "How much did Time Warner earn in the three months to December?"

inputs = tokenizer(question, context, max_length=128, truncation="only_second", stride=32,
                   return_overflowing_tokens=True, return_offsets_mapping=True)
print(len(tokenizer(context)["input_ids"]), "context tokens ->", len(inputs["input_ids"]), "windows")
#> 566 context tokens -> 7 windows
print([len(ids) for ids in inputs["input_ids"]])
#> [128, 128, 128, 128, 128, 128, 100]
# --8<-- [end:windows]

# --8<-- [start:overlap]
first, second = inputs["input_ids"][0], inputs["input_ids"][1]
context_tokens = [i for i, s in zip(first, inputs.sequence_ids(0)) if s == 1]
next_tokens = [i for i, s in zip(second, inputs.sequence_ids(1)) if s == 1]
print(context_tokens[-32:] == next_tokens[:32])  # each window repeats the last 32 of the one before
#> True
# --8<-- [end:overlap]

# --8<-- [start:answer]
import numpy as np

# A QA model gives each token a start and an end logit. There is no QA model on the shelf, so
# we place the answer ourselves to show the post-processing: the words "$1.13bn".
answer_start = context.index("$1.13bn")
window = 0
offsets, sequence_ids = inputs["offset_mapping"][window], inputs.sequence_ids(window)
start_logits = np.full(len(offsets), -10.0)
end_logits = np.full(len(offsets), -10.0)
for token, ((start, end), seq) in enumerate(zip(offsets, sequence_ids)):
    if seq == 1 and start == answer_start:
        start_logits[token] = 10.0
    if seq == 1 and end == answer_start + len("$1.13bn"):
        end_logits[token] = 10.0

# The post-processing itself: the best (start, end) pair inside the context, mapped back to text.
best = max(((s, e) for s in np.argsort(start_logits)[-5:] for e in np.argsort(end_logits)[-5:]
            if sequence_ids[s] == 1 and sequence_ids[e] == 1 and s <= e <= s + 30),
           key=lambda pair: start_logits[pair[0]] + end_logits[pair[1]])
print(tokenizer.convert_ids_to_tokens(inputs["input_ids"][window][best[0] : best[1] + 1]))
#> ['$', '1', '.', '13', '##bn']
print(repr(context[offsets[best[0]][0] : offsets[best[1]][1]]))
#> '$1.13bn'
# --8<-- [end:answer]
