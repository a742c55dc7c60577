from sentence_transformers import SentenceTransformer

model = SentenceTransformer("sentence-transformers/all-MiniLM-L6-v2")

# Each label gets a short description, embedded like any other text.
labels = {
    "education": "schools, students, teaching and learning",
    "politics": "government, elections and laws",
    "business": "companies, markets, money and the economy",
}
texts = [
    "Students can now take the exam online from home.",
    "Parliament passed the new election law after a long debate.",
    "The central bank raised interest rates again.",
    "Our new online class explains how neural networks learn.",
    "The startup hired ten engineers after its funding round.",
]

label_embeddings = model.encode(list(labels.values()))
text_embeddings = model.encode(texts)
scores = model.similarity(text_embeddings, label_embeddings)

names = list(labels)
for text, row in zip(texts, scores):
    best = int(row.argmax())
    print(f"{names[best]:<9} ({row[best]:.2f})  {text}")
    #> education (0.33)  Students can now take the exam online from home.
    #> politics  (0.46)  Parliament passed the new election law after a long debate.
    #> business  (0.33)  The central bank raised interest rates again.
    #> education (0.28)  Our new online class explains how neural networks learn.
    #> business  (0.17)  The startup hired ten engineers after its funding round.

# All three scores for the last text: the winner is not far ahead.
print({name: round(float(s), 3) for name, s in zip(names, scores[-1])})
#> {'education': 0.124, 'politics': -0.064, 'business': 0.166}
