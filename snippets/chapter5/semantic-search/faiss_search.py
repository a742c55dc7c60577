# --8<-- [start:dedup]
from datasets import load_dataset

news = load_dataset("json", data_files="bbc-news/bbc-news.jsonl", split="train")
print(news.num_rows, "articles,", len(set(news["text"])), "different texts")
#> 2225 articles, 2092 different texts
seen = set()


def first_copy(example):  # keep an article the first time its text appears
    new = example["text"] not in seen
    seen.add(example["text"])
    return new


news = news.filter(first_copy)
# --8<-- [end:dedup]

# --8<-- [start:embed]
from sentence_transformers import SentenceTransformer

model = SentenceTransformer("sentence-transformers/all-MiniLM-L6-v2", device="cpu")
model.max_seq_length = 128  # the headline and the opening paragraph are enough here

news = news.map(lambda x: {"passage": x["title"] + ". " + x["text"].split("\n")[0]})
news = news.map(lambda batch: {"embedding": model.encode(batch["passage"], batch_size=64)},
                batched=True, batch_size=256)
print(news.num_rows, "articles,", len(news[0]["embedding"]), "numbers each")
#> 2092 articles, 384 numbers each
# --8<-- [end:embed]

# --8<-- [start:index]
news.add_faiss_index(column="embedding")

question = "Which mobile phone makers are losing money?"
scores, found = news.get_nearest_examples("embedding", model.encode(question), k=3)
for score, title, topic in zip(scores, found["title"], found["topic"]):
    print(f"{score:.2f} {topic:9} {title}")
    #> 0.79 tech      Mobile multimedia slow to catch on
    #> 0.89 tech      Lifestyle 'governs mobile choice'
    #> 0.89 tech      Lifestyle 'governs mobile choice'
# --8<-- [end:index]

# --8<-- [start:more]
for question in ["Who won the match at Wembley?", "new rules for elections", "电影票房"]:
    _, found = news.get_nearest_examples("embedding", model.encode(question), k=5)
    print(question, "->", sorted(set(found["topic"])))
    #> Who won the match at Wembley? -> ['sports']
    #> new rules for elections -> ['politics']
    #> 电影票房 -> ['business']
# --8<-- [end:more]

# --8<-- [start:chinese]
from sklearn.metrics import roc_auc_score

files = ["paraphrase-pairs/train.jsonl", "paraphrase-pairs/validation.jsonl", "paraphrase-pairs/test.jsonl"]
pairs = load_dataset("json", data_files=files, split="train")  # all 320 pairs of chapter 3
first = model.encode(pairs["sentence1"], normalize_embeddings=True)
second = model.encode(pairs["sentence2"], normalize_embeddings=True)
pairs = pairs.add_column("cosine", (first * second).sum(axis=1).tolist())
for lang in ["en", "zh"]:
    subset = pairs.filter(lambda x, lang=lang: x["lang"] == lang)
    auc = roc_auc_score(subset["label"], subset["cosine"])
    print(f"{lang}: {subset.num_rows} pairs, a paraphrase scores above a non-paraphrase {auc:.0%} of the time")
    #> en: 200 pairs, a paraphrase scores above a non-paraphrase 94% of the time
    #> zh: 120 pairs, a paraphrase scores above a non-paraphrase 87% of the time

chinese = list(pairs.filter(lambda x: x["lang"] == "zh")["sentence1"])
ids = [i for row in model.tokenizer(chinese)["input_ids"] for i in row[1:-1]]  # no [CLS]/[SEP]
print(f"{sum(i == model.tokenizer.unk_token_id for i in ids) / len(ids):.0%} of the Chinese tokens are [UNK]")
#> 64% of the Chinese tokens are [UNK]
# --8<-- [end:chinese]
