# --8<-- [start:embed]
from datasets import load_dataset
from sentence_transformers import SentenceTransformer

model = SentenceTransformer("sentence-transformers/all-MiniLM-L6-v2", device="cpu")
model.max_seq_length = 128  # the headline and the opening paragraph are enough here

news = load_dataset("json", data_files="bbc-news/bbc-news.jsonl", split="train")
news = news.map(lambda x: {"passage": x["title"] + ". " + x["text"].split("\n")[0]})
news = news.map(lambda batch: {"embedding": model.encode(batch["passage"], batch_size=64)},
                batched=True, batch_size=256)
print(news.num_rows, "articles,", len(news[0]["embedding"]), "numbers each")
#> 2225 articles, 384 numbers each
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
import numpy as np


def neighbour_agreement(texts, labels, k=5):
    """How often the k nearest texts (by cosine) have the same label, over all texts."""
    vectors = model.encode(texts, batch_size=64, normalize_embeddings=True)
    similarity = vectors @ vectors.T
    np.fill_diagonal(similarity, -1)  # a text is not its own neighbour
    nearest = np.argsort(-similarity, axis=1)[:, :k]
    labels = np.array(labels)
    return float((labels[nearest] == labels[:, None]).mean())


drugs = load_dataset("csv", data_files="drug-reviews/drugsComTrain.tsv", delimiter="\t", split="train")
drugs = drugs.filter(lambda x: x["rating"] != "neutral").shuffle(seed=0).select(range(400))
reviews = load_dataset("text", data_files={"pos": "chinese-reviews/pos.txt", "neg": "chinese-reviews/neg.txt"})
zh_texts = reviews["pos"].shuffle(seed=0)["text"][:200] + reviews["neg"].shuffle(seed=0)["text"][:200]
zh_labels = ["positive"] * 200 + ["negative"] * 200

english = neighbour_agreement(drugs["review"], drugs["rating"])
chinese = neighbour_agreement(zh_texts, zh_labels)
print(f"English drug reviews: {english:.2f}, Chinese reviews: {chinese:.2f} (chance is about 0.5)")
#> English drug reviews: 0.63, Chinese reviews: 0.55 (chance is about 0.5)

ids = model.tokenizer(zh_texts[:50])["input_ids"]
unknown = sum(i == model.tokenizer.unk_token_id for row in ids for i in row) / sum(len(row) for row in ids)
print(f"{unknown:.0%} of the Chinese tokens are [UNK]")
#> 63% of the Chinese tokens are [UNK]
# --8<-- [end:chinese]
