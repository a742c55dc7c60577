# --8<-- [start:causal]
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

text = "Transformers learn how language works by reading lots of raw text."

# Causal language modeling: each prefix is an input, the next token its label.
checkpoint = "HuggingFaceTB/SmolLM2-135M-Instruct"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)
ids = tokenizer(text)["input_ids"]
for i in range(1, 5):
    print(f"{tokenizer.decode(ids[:i])!r:<26} -> {tokenizer.decode(ids[i])!r}")
    #> 'Transform'                -> 'ers'
    #> 'Transformers'             -> ' learn'
    #> 'Transformers learn'       -> ' how'
    #> 'Transformers learn how'   -> ' language'

# The labels are the text itself: no person had to write them.
model = AutoModelForCausalLM.from_pretrained(checkpoint)
inputs = tokenizer(text, return_tensors="pt")
with torch.no_grad():
    loss = model(**inputs, labels=inputs["input_ids"]).loss
print(f"{len(ids) - 1} predictions, average loss {loss.item():.2f}")
#> 12 predictions, average loss 5.18
# --8<-- [end:causal]

# --8<-- [start:masked]
from transformers import DataCollatorForLanguageModeling

# Masked language modeling: hide about 15% of the tokens, then restore them.
bert_tokenizer = AutoTokenizer.from_pretrained("google-bert/bert-base-uncased")
collator = DataCollatorForLanguageModeling(bert_tokenizer, mlm_probability=0.15)
torch.manual_seed(3)
batch = collator([bert_tokenizer(text)])
masked_ids = batch["input_ids"][0][1:-1]  # leave out [CLS] and [SEP]
print(bert_tokenizer.decode(masked_ids))
#> [MASK] learn how language summer by reading lots of raw text [MASK]
labels = batch["labels"][0]
hidden = labels != -100  # -100 marks the positions that carry no label
print(bert_tokenizer.convert_ids_to_tokens(labels[hidden]))
#> ['transformers', 'how', 'works', '.']
# --8<-- [end:masked]
