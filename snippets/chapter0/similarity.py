from sentence_transformers import SentenceTransformer

# Loaded by its Hub id; here it comes from the local model shelf.
model = SentenceTransformer("sentence-transformers/all-MiniLM-L6-v2")

sentences = [
    "A cat is sleeping on the sofa.",
    "A kitten naps on the couch.",
    "The stock market fell sharply today.",
]
embeddings = model.encode(sentences)
print(embeddings.shape)
#> (3, 384)

scores = model.similarity(embeddings, embeddings)
for sentence, score in zip(sentences[1:], scores[0, 1:]):
    print(f"{score:.3f}  {sentence}")
    #> 0.737  A kitten naps on the couch.
    #> -0.008  The stock market fell sharply today.
