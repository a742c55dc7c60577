import torch
from transformers import AutoModelForSequenceClassification, AutoTokenizer

checkpoint = "sentence-transformers/all-MiniLM-L6-v2"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)
torch.manual_seed(0)  # the new head starts from random numbers
model = AutoModelForSequenceClassification.from_pretrained(
    checkpoint, num_labels=2
)

# The body comes from pretraining; the classification head is new.
body = sum(p.numel() for p in model.bert.parameters())
head = sum(p.numel() for p in model.classifier.parameters())
print(f"pretrained body: {body:,} parameters")
#> pretrained body: 22,713,216 parameters
print(f"new head:        {head:,} parameters")
#> new head:        770 parameters
print(model.classifier)
#> Linear(in_features=384, out_features=2, bias=True)

# Before fine-tuning the head knows nothing of the task: about 50/50.
reviews = ["I loved every minute of this course.", "A boring waste of time."]
inputs = tokenizer(reviews, padding=True, return_tensors="pt")
with torch.no_grad():
    probs = model(**inputs).logits.softmax(dim=-1)
for review, p in zip(reviews, probs):
    print(f"{p[0]:.2f} {p[1]:.2f}  {review}")
    #> 0.51 0.49  I loved every minute of this course.
    #> 0.50 0.50  A boring waste of time.
