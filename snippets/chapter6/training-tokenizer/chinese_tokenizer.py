# --8<-- [start:data]
from datasets import load_dataset

reviews = load_dataset("text", data_files=["chinese-reviews/pos.txt", "chinese-reviews/neg.txt"],
                       split="train")
reviews = reviews.filter(lambda x: x["text"].strip() != "").train_test_split(test_size=0.05, seed=0)
print(reviews.num_rows)
#> {'train': 33366, 'test': 1757}
# --8<-- [end:data]

# --8<-- [start:before]
from transformers import AutoTokenizer

old_tokenizer = AutoTokenizer.from_pretrained("google-bert/bert-base-uncased")
sentence = "物流很快，包装也不错，就是电池不太耐用。"
print(old_tokenizer.tokenize(sentence))
'''
['[UNK]', '[UNK]', '[UNK]', '[UNK]', '，', '[UNK]', '[UNK]', '也', '不', '[UNK]', '，', '[UNK]', '[UNK]', '[UNK]', '[UNK]', '不', '太', '[UNK]', '[UNK]', '。']
'''
# --8<-- [end:before]

# --8<-- [start:train]
def batches(size=1000):
    texts = list(reviews["train"]["text"])
    for start in range(0, len(texts), size):
        yield texts[start : start + size]


tokenizer = old_tokenizer.train_new_from_iterator(batches(), vocab_size=8000)
print(len(tokenizer), tokenizer.tokenize(sentence))
'''
8000
['物', '流', '很', '快', '，', '包', '装', '也', '不', '错', '，', '就', '是', '电', '池', '不', '太', '耐', '用', '。']
'''
# --8<-- [end:train]

# --8<-- [start:measure]
held_out = list(reviews["test"]["text"])
for name, tok in [("bert-base-uncased", old_tokenizer), ("retrained", tokenizer)]:
    ids = [i for row in tok(held_out, add_special_tokens=False)["input_ids"] for i in row]
    unknown = sum(i == tok.unk_token_id for i in ids) / len(ids)
    # thousands: the trainer breaks ties between equal counts in no fixed order
    print(f"{name:18} {len(ids) / 1000:.1f} thousand tokens, {unknown:.1%} [UNK]")
    #> bert-base-uncased  121.9 thousand tokens, 63.9% [UNK]
    #> retrained          121.7 thousand tokens, 0.0% [UNK]
# --8<-- [end:measure]
