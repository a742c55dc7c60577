from sentence_transformers import SentenceTransformer

model = SentenceTransformer("sentence-transformers/all-MiniLM-L6-v2")

# Your own labels, each described in a few words.
labels = {
    "sport": "football, matches, players and teams",
    "cooking": "recipes, kitchens, ingredients and meals",
    "travel": "trips, flights, hotels and holidays",
}
texts = [
    "Add the garlic once the onions turn golden.",
    "Our flight to Lisbon was delayed by three hours.",
    "The striker scored twice in the second half.",
]
scores = model.similarity(model.encode(texts), model.encode(list(labels.values())))
names = list(labels)
for text, row in zip(texts, scores):
    best = int(row.argmax())
    print(f"{names[best]:<8} ({row[best]:.2f})  {text}")
    #> cooking  (0.28)  Add the garlic once the onions turn golden.
    #> travel   (0.16)  Our flight to Lisbon was delayed by three hours.
    #> sport    (0.28)  The striker scored twice in the second half.
