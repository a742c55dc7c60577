# --8<-- [start:corpus]
from collections import Counter
from itertools import pairwise

from datasets import load_dataset
from transformers import AutoTokenizer

news = load_dataset("json", data_files="bbc-news/bbc-news.jsonl", split="train")
corpus = list(news["title"])  # 2,225 real headlines
pre_tokenizer = AutoTokenizer.from_pretrained("openai-community/gpt2").backend_tokenizer.pre_tokenizer
word_freqs = Counter(word for text in corpus for word, _ in pre_tokenizer.pre_tokenize_str(text))
print(f"{len(corpus)} headlines, {len(word_freqs)} different words")
#> 2225 headlines, 4555 different words
print(word_freqs.most_common(3))
#> [("'", 365), ('Ġto', 322), ("Ġ'", 265)]
# --8<-- [end:corpus]

# --8<-- [start:train]
def train_bpe(word_freqs, vocab_size):
    splits = {word: list(word) for word in word_freqs}
    vocab = sorted({ch for word in word_freqs for ch in word})
    merges, counts = [], []  # counts: every pair's frequency at each step, to explain ties
    while len(vocab) < vocab_size:
        pair_freqs = Counter()
        for word, freq in word_freqs.items():
            symbols = splits[word]
            for pair in pairwise(symbols):
                pair_freqs[pair] += freq
        if not pair_freqs:
            break
        best = max(pair_freqs, key=lambda p: (pair_freqs[p], [-ord(c) for c in p[0] + p[1]]))
        merges.append(best)
        counts.append(pair_freqs)
        vocab.append(best[0] + best[1])
        for word, symbols in splits.items():
            i, merged = 0, []
            while i < len(symbols):
                if i + 1 < len(symbols) and (symbols[i], symbols[i + 1]) == best:
                    merged.append(symbols[i] + symbols[i + 1])
                    i += 2
                else:
                    merged.append(symbols[i])
                    i += 1
            splits[word] = merged
    return vocab, merges, counts


vocab, merges, counts = train_bpe(word_freqs, vocab_size=300)
print(f"{len(vocab)} tokens after {len(merges)} merges")
#> 300 tokens after 220 merges
print(merges[:5])
#> [('i', 'n'), ('e', 'r'), ('e', 's'), ('Ġ', 's'), ('Ġ', 't')]
# --8<-- [end:train]

# --8<-- [start:tokenize]
def tokenize(text, merges):
    """Split into characters, then apply the learned merges in the order they were learned."""
    splits = [list(word) for word, _ in pre_tokenizer.pre_tokenize_str(text)]
    for left, right in merges:
        for k, symbols in enumerate(splits):
            i = 0
            while i < len(symbols) - 1:
                if symbols[i] == left and symbols[i + 1] == right:
                    symbols[i : i + 2] = [left + right]
                else:
                    i += 1
            splits[k] = symbols
    return [symbol for symbols in splits for symbol in symbols]


print(tokenize("Hugging Face shares rise", merges))
#> ['H', 'ug', 'g', 'ing', 'ĠF', 'ace', 'Ġsh', 'ar', 'es', 'Ġr', 'is', 'e']
# --8<-- [end:tokenize]

# --8<-- [start:check]
import json

from tokenizers import Tokenizer, models, pre_tokenizers, trainers

reference = Tokenizer(models.BPE())
reference.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
alphabet = sorted({ch for word in word_freqs for ch in word})
reference.train_from_iterator(corpus, trainers.BpeTrainer(vocab_size=300, initial_alphabet=alphabet,
                                                          show_progress=False))
theirs = [tuple(pair) for pair in json.loads(reference.to_str())["model"]["merges"]]
first_difference = next(k for k, (a, b) in enumerate(zip(merges, theirs)) if a != b)
ours, library = merges[first_difference], theirs[first_difference]
print(f"the first {first_difference} merges are the library's, in the same order")
#> the first 46 merges are the library's, in the same order
seen = counts[first_difference]
print(f"then ours {ours} ({seen[ours]} times), the library's {library} ({seen[library]} times)")
#> then ours ('er', 's') (186 times), the library's ('o', 'l') (186 times)
print("a tie, broken differently" if seen[ours] == seen[library] else "not a tie: a difference to explain")
#> a tie, broken differently
print(f"{len(set(merges) & set(theirs))} of {len(merges)} merges are in both lists")
#> 217 of 220 merges are in both lists
# --8<-- [end:check]
