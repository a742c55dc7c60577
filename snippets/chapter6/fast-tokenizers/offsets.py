# --8<-- [start:encoding]
from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("google-bert/bert-base-uncased")
text = "My name is Sylvain and I work at Hugging Face in Brooklyn."
encoding = tokenizer(text)
print(type(encoding).__name__, tokenizer.is_fast)
#> BatchEncoding True
print(encoding.tokens())
'''
['[CLS]', 'my', 'name', 'is', 'sy', '##lva', '##in', 'and', 'i', 'work', 'at', 'hugging', 'face', 'in', 'brooklyn', '.', '[SEP]']
'''
print(encoding.word_ids())
#> [None, 0, 1, 2, 3, 3, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, None]
# --8<-- [end:encoding]

# --8<-- [start:offsets]
start, end = encoding.word_to_chars(3)  # the fourth word
print(text[start:end])
#> Sylvain
encoding = tokenizer(text, return_offsets_mapping=True)
for token, (start, end) in list(zip(encoding.tokens(), encoding["offset_mapping"]))[4:8]:
    print(f"{token:6} {start:>2}-{end:<2} {text[start:end]!r}")
    #> sy     11-13 'Sy'
    #> ##lva  13-16 'lva'
    #> ##in   16-18 'in'
    #> and    19-22 'and'
# --8<-- [end:offsets]

# --8<-- [start:group]
def words_with_tokens(text):
    """Each word of `text` with the tokens it was split into, from word_ids and offsets."""
    encoding = tokenizer(text, return_offsets_mapping=True, add_special_tokens=False)
    words = {}
    for token, word, (start, end) in zip(encoding.tokens(), encoding.word_ids(), encoding["offset_mapping"]):
        span = words.setdefault(word, [start, end, []])
        span[1] = end
        span[2].append(token)
    return [(text[start:end], tokens) for start, end, tokens in words.values()]


print(words_with_tokens("Tokenizers split uncommonly long words"))
'''
[('Tokenizers', ['token', '##izer', '##s']), ('split', ['split']), ('uncommonly', ['uncommon', '##ly']), ('long', ['long']), ('words', ['words'])]
'''
print(words_with_tokens("分词器把中文拆成单字"))
'''
[('分', ['分']), ('词', ['[UNK]']), ('器', ['[UNK]']), ('把', ['[UNK]']), ('中', ['中']), ('文', ['文']), ('拆', ['[UNK]']), ('成', ['成']), ('单', ['[UNK]']), ('字', ['[UNK]'])]
'''
# --8<-- [end:group]

# --8<-- [start:entities]
# An NER model labels every token. The shelf has none yet, so we label the words by hand and spread
# the labels over the tokens with word_ids(), as a model's output would be: B- begins an entity, I- goes on.
word_labels = {3: "PER", 8: "ORG", 9: "ORG", 11: "LOC"}  # Sylvain, Hugging, Face, Brooklyn
encoding = tokenizer(text, return_offsets_mapping=True)
token_labels, previous = [], None
for word in encoding.word_ids():
    label = word_labels.get(word) if word is not None else None
    same_entity = word == previous or (previous is not None and word_labels.get(previous) == label)
    token_labels.append("O" if label is None else ("I-" if same_entity else "B-") + label)
    previous = word
print(token_labels[4:7], token_labels[11:13])
#> ['B-PER', 'I-PER', 'I-PER'] ['B-ORG', 'I-ORG']

# What the pipeline's aggregation does: merge B-/I- runs and cut the text with the offsets.
entities = []
for label, (start, end) in zip(token_labels, encoding["offset_mapping"]):
    if label.startswith("B-"):
        entities.append({"entity_group": label[2:], "start": start, "end": end})
    elif label.startswith("I-") and entities and entities[-1]["entity_group"] == label[2:]:
        entities[-1]["end"] = end
for entity in entities:
    print(entity["entity_group"], repr(text[entity["start"] : entity["end"]]), entity["start"], entity["end"])
    #> PER 'Sylvain' 11 18
    #> ORG 'Hugging Face' 33 45
    #> LOC 'Brooklyn' 49 57
# --8<-- [end:entities]
