import matplotlib
import matplotlib.pyplot as plt
from sentence_transformers import SentenceTransformer

matplotlib.use("Agg")

model = SentenceTransformer("sentence-transformers/all-MiniLM-L6-v2")

documents = {
    "library": "The library lends e-books and audiobooks to members for free.",
    "bakery": "Our bakery opens at 7 a.m. and sells fresh bread until noon.",
    "password": "To reset your password, use the link on the login page.",
    "museum": "The museum is closed on Mondays and on public holidays.",
    "train": "Train tickets can be refunded up to 24 hours before departure.",
}
queries = [
    "I can't log in to my account",
    "When can I buy croissants?",
    "Can I get my money back for a trip?",
    "Is the gallery open on Monday?",
]

doc_embeddings = model.encode(list(documents.values()))
query_embeddings = model.encode(queries)
print(doc_embeddings.shape, query_embeddings.shape)
#> (5, 384) (4, 384)

scores = model.similarity(query_embeddings, doc_embeddings)  # cosine similarity
names = list(documents)
for query, row in zip(queries, scores):
    best = int(row.argmax())
    print(f"{query:<36} -> {names[best]:<8} {row[best]:.3f}")
    #> I can't log in to my account         -> password 0.490
    #> When can I buy croissants?           -> bakery   0.357
    #> Can I get my money back for a trip?  -> train    0.430
    #> Is the gallery open on Monday?       -> museum   0.572

# Every query against every document, as a picture.
fig, ax = plt.subplots(figsize=(7, 3.2))
ax.imshow(scores, cmap="Blues", vmin=0, vmax=1)
ax.set_xticks(range(len(names)), names, rotation=30, ha="right")
ax.set_yticks(range(len(queries)), queries)
for i in range(len(queries)):
    for j in range(len(names)):
        ax.text(j, i, f"{scores[i, j]:.2f}", ha="center", va="center")
fig.tight_layout()
plt.savefig("semantic-search-scores.png", dpi=120)
