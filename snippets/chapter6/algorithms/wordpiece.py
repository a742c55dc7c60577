# --8<-- [start:train]
from collections import Counter
from itertools import pairwise

from datasets import load_dataset
from transformers import AutoTokenizer

news = load_dataset("json", data_files="bbc-news/bbc-news.jsonl", split="train").train_test_split(
    test_size=0.1, seed=0)
pre_tokenizer = AutoTokenizer.from_pretrained("google-bert/bert-base-uncased").backend_tokenizer.pre_tokenizer
word_freqs = Counter(word.lower() for text in news["train"]["title"]
                     for word, _ in pre_tokenizer.pre_tokenize_str(text))


def train_wordpiece(word_freqs, vocab_size):
    # Every character, with "##" in front when it is not the first of a word.
    splits = {w: [w[0]] + [f"##{c}" for c in w[1:]] for w in word_freqs}
    vocab = sorted({s for pieces in splits.values() for s in pieces})
    while len(vocab) < vocab_size:
        piece_freqs, pair_freqs = Counter(), Counter()
        for word, freq in word_freqs.items():
            for piece in splits[word]:
                piece_freqs[piece] += freq
            for pair in pairwise(splits[word]):
                pair_freqs[pair] += freq
        if not pair_freqs:
            break
        # WordPiece's score: a pair is merged when it is frequent *relative to its parts*.
        best = max(pair_freqs, key=lambda p: (pair_freqs[p] / (piece_freqs[p[0]] * piece_freqs[p[1]]), p))
        merged = best[0] + best[1].removeprefix("##")
        vocab.append(merged)
        for word, pieces in splits.items():
            out, i = [], 0
            while i < len(pieces):
                if i + 1 < len(pieces) and (pieces[i], pieces[i + 1]) == best:
                    out.append(merged)
                    i += 2
                else:
                    out.append(pieces[i])
                    i += 1
            splits[word] = out
    return vocab


vocab = train_wordpiece(word_freqs, vocab_size=600)
print(len(vocab), "pieces")
#> 600 pieces
print("the last five learned:", vocab[-5:])
#> the last five learned: ['engine', 'engines', '##eijing', 'beijing', '##ngh']
# --8<-- [end:train]

# --8<-- [start:encode]
def encode_word(word, vocab):
    """Longest piece of the vocabulary that starts the word, then the same for the rest ("##" + …)."""
    tokens, start = [], 0
    while start < len(word):
        prefix = "##" if start else ""
        end = len(word)
        while end > start and prefix + word[start:end] not in vocab:
            end -= 1
        if end == start:
            return ["[UNK]"]  # one character no piece can spell: the whole word is unknown
        tokens.append(prefix + word[start:end])
        start = end
    return tokens


print(encode_word("hugging", set(vocab)), encode_word("profits", set(vocab)))
#> ['h', '##u', '##g', '##g', '##ing'] ['p', '##r', '##o', '##f', '##i', '##t', '##s']
print(encode_word("naïve", set(vocab)))
#> ['[UNK]']
# --8<-- [end:encode]

# --8<-- [start:check]
from tokenizers import Tokenizer, models, normalizers

reference = Tokenizer(models.WordPiece({t: i for i, t in enumerate(["[UNK]", *vocab])}, unk_token="[UNK]",
                                       max_input_chars_per_word=100))
reference.normalizer = normalizers.Lowercase()
reference.pre_tokenizer = pre_tokenizer
known, agree = set(vocab), 0
held_out = list(news["test"]["title"])
for title in held_out:
    ours = [t for word, _ in pre_tokenizer.pre_tokenize_str(title) for t in encode_word(word.lower(), known)]
    agree += ours == reference.encode(title).tokens
print(f"{agree} of {len(held_out)} held-out headlines tokenized exactly as the library does")
#> 223 of 223 held-out headlines tokenized exactly as the library does
print(reference.encode("naïve").tokens)  # the [UNK] rule, which no held-out headline needs
#> ['[UNK]']
# --8<-- [end:check]
