# --8<-- [start:classification]
import torch
from transformers import AutoModelForSequenceClassification, AutoTokenizer

torch.manual_seed(0)  # the new head starts from random weights: fix them
checkpoint = "sentence-transformers/all-MiniLM-L6-v2"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)
model, info = AutoModelForSequenceClassification.from_pretrained(
    checkpoint, num_labels=3, output_loading_info=True
)
print("not in the checkpoint:", sorted(info["missing_keys"]))
#> not in the checkpoint: ['classifier.bias', 'classifier.weight']
print(model.classifier)
#> Linear(in_features=384, out_features=3, bias=True)

inputs = tokenizer("This course is great!", return_tensors="pt")
with torch.no_grad():
    outputs = model(**inputs, output_hidden_states=True)
    cls = outputs.hidden_states[-1][0, 0]  # the body's vector for [CLS]
    pooled = model.bert.pooler(outputs.hidden_states[-1])[0]  # tanh(dense(cls))
    by_hand = model.classifier(pooled)
print(tuple(cls.shape), "->", tuple(outputs.logits.shape))
#> (384,) -> (1, 3)
print("logits = classifier(pooler([CLS])):",
      torch.allclose(by_hand, outputs.logits[0], atol=1e-5))
#> logits = classifier(pooler([CLS])): True
# --8<-- [end:classification]

# --8<-- [start:token]
from transformers import AutoModelForTokenClassification

# 9 labels, as in CoNLL-2003: O, B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC, B-MISC, I-MISC
model = AutoModelForTokenClassification.from_pretrained(checkpoint, num_labels=9)
inputs = tokenizer("Hugging Face is based in New York", return_tensors="pt")
with torch.no_grad():
    logits = model(**inputs).logits
print(model.classifier)
#> Linear(in_features=384, out_features=9, bias=True)
print(inputs["input_ids"].shape[1], "tokens ->", tuple(logits.shape))
#> 9 tokens -> (1, 9, 9)
# --8<-- [end:token]

# --8<-- [start:qa]
import math

from transformers import AutoModelForQuestionAnswering

model = AutoModelForQuestionAnswering.from_pretrained(checkpoint)
question = "Where is Hugging Face based?"
context = "Hugging Face is a company based in New York City."
inputs = tokenizer(question, context, return_tensors="pt",
                   return_offsets_mapping=True)
offsets = inputs.pop("offset_mapping")[0].tolist()
with torch.no_grad():
    outputs = model(**inputs)
print(model.qa_outputs)
#> Linear(in_features=384, out_features=2, bias=True)
print(tuple(outputs.start_logits.shape), tuple(outputs.end_logits.shape))
#> (1, 20) (1, 20)

# In training data an answer is a character span; the labels are the positions
# of its first and last token in the context.
answer = "New York City"
begin = context.index(answer)
end = begin + len(answer)
in_context = [s == 1 for s in inputs.sequence_ids(0)]
first = next(i for i, (a, b) in enumerate(offsets) if in_context[i] and a == begin)
last = next(i for i, (a, b) in enumerate(offsets) if in_context[i] and b == end)
tokens = tokenizer.convert_ids_to_tokens(inputs["input_ids"][0])
print(first, last, tokens[first : last + 1])
#> 15 17 ['new', 'york', 'city']

with torch.no_grad():
    loss = model(**inputs, start_positions=torch.tensor([first]),
                 end_positions=torch.tensor([last])).loss
n = len(tokens)
print(f"untrained loss {loss:.1f}; a uniform guess over {n} tokens: {math.log(n):.1f}")
#> untrained loss 3.0; a uniform guess over 20 tokens: 3.0
# --8<-- [end:qa]
