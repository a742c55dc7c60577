# --8<-- [start:corpus]
import math
from collections import Counter

from datasets import load_dataset
from tokenizers import pre_tokenizers

news = load_dataset("json", data_files="bbc-news/bbc-news.jsonl", split="train").train_test_split(
    test_size=0.1, seed=0)
pre_tokenizer = pre_tokenizers.Metaspace()  # the SentencePiece way: a space becomes "▁", glued to the next word
word_freqs = Counter(word.lower() for text in news["train"]["title"]
                     for word, _ in pre_tokenizer.pre_tokenize_str(text))
print(len(word_freqs), "different words, for example", list(word_freqs)[:4])
#> 3888 different words, for example ['▁top', '▁gig', '▁award', '▁for']
# --8<-- [end:corpus]

# --8<-- [start:seed]
# Start big: every character, and every substring seen at least twice.
substrings = Counter()
for word, freq in word_freqs.items():
    for start in range(len(word)):
        for end in range(start + 1, len(word) + 1):
            substrings[word[start:end]] += freq
characters = {piece for piece in substrings if len(piece) == 1}
seed = {piece: freq for piece, freq in substrings.items() if len(piece) == 1 or freq >= 2}
total = sum(seed.values())
model = {piece: -math.log(freq / total) for piece, freq in seed.items()}  # cost = -log p
print(len(model), "pieces to start from,", len(characters), "of them single characters")
#> 19090 pieces to start from, 53 of them single characters
# --8<-- [end:seed]

# --8<-- [start:viterbi]
def viterbi(word, model):
    """The cheapest split of the word: best[i] is the cheapest way to spell word[:i]."""
    best = [(0.0, None)] + [(math.inf, None)] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(end):
            piece = word[start:end]
            if piece in model and best[start][0] + model[piece] < best[end][0]:
                best[end] = (best[start][0] + model[piece], start)
    pieces, end = [], len(word)
    while end > 0:
        start = best[end][1]
        pieces.insert(0, word[start:end])
        end = start
    return pieces, best[-1][0]


for word in ["▁hugging", "▁profits"]:
    pieces, cost = viterbi(word, model)
    print(word, pieces, f"cost {cost:.1f}")
    #> ▁hugging ['▁hu', 'gging'] cost 21.5
    #> ▁profits ['▁profits'] cost 9.5
# --8<-- [end:viterbi]

# --8<-- [start:prune]
def corpus_loss(model, words):
    return sum(freq * viterbi(word, model)[1] for word, freq in words.items())


def prune(model, target_size, keep=0.8):
    while len(model) > target_size:
        splits = {word: viterbi(word, model)[0] for word in word_freqs}
        # Hard EM: re-estimate every piece's probability from how often the best splits use it.
        used = Counter()
        for word, freq in word_freqs.items():
            for piece in splits[word]:
                used[piece] += freq
        total = sum(used.values())
        model = {p: -math.log(used[p] / total) if used[p] else 50.0 for p in model}
        # What would the loss grow by without each piece? Only words split with it can change.
        words_using = {}
        for word, pieces in splits.items():
            for piece in set(pieces):
                words_using.setdefault(piece, []).append(word)
        growth = {}
        for piece in list(model):
            if piece in characters:
                continue  # single characters stay, so every word can still be spelled
            affected = {w: word_freqs[w] for w in words_using.get(piece, [])}
            before = corpus_loss(model, affected)
            cost = model.pop(piece)  # try the model without it, then put it back
            growth[piece] = corpus_loss(model, affected) - before
            model[piece] = cost
        n_drop = min(len(model) - target_size, int(len(model) * (1 - keep)))
        for piece in sorted(growth, key=lambda p: (growth[p], p))[:n_drop]:
            del model[piece]
        print(f"{len(model):5d} pieces, corpus loss {corpus_loss(model, word_freqs):,.0f}")
        #> 15273 pieces, corpus loss 98,324
        #> 12219 pieces, corpus loss 98,112
        #>  9776 pieces, corpus loss 98,099
        #>  7821 pieces, corpus loss 98,091
        #>  6257 pieces, corpus loss 98,091
        #>  5006 pieces, corpus loss 98,091
        #>  4005 pieces, corpus loss 98,091
        #>  3205 pieces, corpus loss 99,396
        #>  2565 pieces, corpus loss 102,588
        #>  2053 pieces, corpus loss 106,580
        #>  1643 pieces, corpus loss 111,496
        #>  1315 pieces, corpus loss 117,092
        #>  1053 pieces, corpus loss 122,910
        #>   843 pieces, corpus loss 128,933
        #>   800 pieces, corpus loss 129,460
    return model


model = prune(model, target_size=800)
# --8<-- [end:prune]

# --8<-- [start:encode]
for word in ["▁hugging", "▁profits"]:
    pieces, cost = viterbi(word, model)
    print(word, pieces, f"cost {cost:.1f}")
    #> ▁hugging ['▁h', 'u', 'g', 'g', 'ing'] cost 24.4
    #> ▁profits ['▁profits'] cost 7.2
# --8<-- [end:encode]

# --8<-- [start:check]
from tokenizers import Tokenizer, models, normalizers

pieces = sorted(model, key=model.get)
reference = Tokenizer(models.Unigram([("<unk>", 0.0)] + [(p, -model[p]) for p in pieces], unk_id=0))
reference.normalizer = normalizers.Lowercase()
reference.pre_tokenizer = pre_tokenizer
agree, held_out = 0, list(news["test"]["title"])
for title in held_out:
    words = [w.lower() for w, _ in pre_tokenizer.pre_tokenize_str(title)]
    ours = [p for w in words for p in viterbi(w, model)[0]]
    agree += ours == reference.encode(title).tokens
print(f"{agree} of {len(held_out)} held-out headlines split exactly as the library's Unigram model does")
#> 223 of 223 held-out headlines split exactly as the library's Unigram model does
# --8<-- [end:check]

# --8<-- [start:library]
from tokenizers import trainers

library = Tokenizer(models.Unigram())
library.normalizer = normalizers.Lowercase()
library.pre_tokenizer = pre_tokenizer
trainer = trainers.UnigramTrainer(vocab_size=800, special_tokens=["<unk>"], unk_token="<unk>")
library.train_from_iterator(list(news["train"]["title"]), trainer=trainer)
print(library.encode("Hugging profits").tokens)
#> ['▁h', 'u', 'g', 'g', 'ing', '▁profit', 's']
shared = set(library.get_vocab()) & set(model)
print(f"{len(shared)} of its {library.get_vocab_size()} pieces are also in ours")
#> 452 of its 800 pieces are also in ours
# --8<-- [end:library]
