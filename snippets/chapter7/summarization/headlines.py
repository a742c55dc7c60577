# --8<-- [start:data]
from datasets import load_dataset

# The task: a BBC article's first paragraph in, its real headline out
news = load_dataset("json", data_files="bbc-news/bbc-news.jsonl", split="train").shuffle(seed=1)
pairs = [{"article": text.split("\n\n")[0], "headline": title}
         for text, title in zip(news["text"][:96], news["title"][:96])]
train, test = pairs[:56], pairs[56:]
print(len(train), len(test))
#> 56 40
print(test[0]["headline"])
#> Mobile music challenges 'iPod age'
# --8<-- [end:data]

# --8<-- [start:metric]
from rouge_score import rouge_scorer

scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)


def rouge(predictions, references, digits=2):
    scores = [scorer.score(ref, pred) for pred, ref in zip(predictions, references)]
    return {k: round(sum(s[k].fmeasure for s in scores) / len(scores), digits)
            for k in ("rouge1", "rouge2", "rougeL")}


example = scorer.score("Ink helps drive democracy in Asia", "Ink drives democracy in Asia")
print({name: round(score.fmeasure, 2) for name, score in example.items()})
#> {'rouge1': 0.91, 'rouge2': 0.67, 'rougeL': 0.91}
references = [p["headline"] for p in test]
lead = [" ".join(p["article"].split()[:8]) for p in test]  # baseline: the first 8 words
print("first 8 words ", rouge(lead, references))
#> first 8 words  {'rouge1': 0.22, 'rouge2': 0.04, 'rougeL': 0.21}
# --8<-- [end:metric]

# --8<-- [start:prompt]
from transformers import AutoModelForCausalLM, AutoTokenizer

checkpoint = "HuggingFaceTB/SmolLM2-135M-Instruct"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)
model = AutoModelForCausalLM.from_pretrained(checkpoint)


def prompt(article):
    messages = [{"role": "user", "content": f"Write a headline for this news story.\n\n{article}"}]
    return tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)


def headlines(model, rows, batch_size=20):
    tokenizer.padding_side = "left"  # a decoder generates after the last token: pad on the left
    out = []
    for start in range(0, len(rows), batch_size):
        texts = [prompt(r["article"]) for r in rows[start : start + batch_size]]
        inputs = tokenizer(texts, return_tensors="pt", padding=True)
        ids = model.generate(**inputs, max_new_tokens=16, do_sample=False)
        out += tokenizer.batch_decode(ids[:, inputs.input_ids.shape[1]:], skip_special_tokens=True)
    return [h.strip().strip('"') for h in out]


print("before training", rouge(headlines(model, test), references))
#> before training {'rouge1': 0.21, 'rouge2': 0.04, 'rougeL': 0.2}
# --8<-- [end:prompt]

# --8<-- [start:lora]
from peft import LoraConfig, get_peft_model

lora = LoraConfig(r=8, lora_alpha=16, lora_dropout=0.05, target_modules="all-linear",
                  task_type="CAUSAL_LM")
model = get_peft_model(model, lora)
trainable, total = model.get_nb_trainable_parameters()
print(f"{trainable:,} of {total:,} parameters are trained ({trainable / total:.2%})")
#> 2,442,240 of 136,957,248 parameters are trained (1.78%)
# --8<-- [end:lora]

# --8<-- [start:labels]
def tokenize(row):
    prompt_ids = tokenizer(prompt(row["article"]))["input_ids"]
    answer_ids = tokenizer(row["headline"] + tokenizer.eos_token)["input_ids"]
    # the loss is on the headline only: the prompt's positions get the label -100
    return {"input_ids": prompt_ids + answer_ids, "labels": [-100] * len(prompt_ids) + answer_ids}


example = tokenize(train[0])
print(len(example["input_ids"]), sum(label != -100 for label in example["labels"]))
#> 76 8
# --8<-- [end:labels]

# --8<-- [start:train]
from datasets import Dataset
from transformers import DataCollatorForSeq2Seq, Trainer, TrainingArguments, set_seed

set_seed(0)
tokenizer.padding_side = "right"
train_set = Dataset.from_list(train).map(tokenize, remove_columns=["article", "headline"])
args = TrainingArguments("smollm2-headlines-lora", learning_rate=2e-3, num_train_epochs=1,
                         per_device_train_batch_size=4, warmup_steps=3, seed=0,
                         use_cpu=True, report_to="none", save_strategy="no",
                         logging_strategy="no", disable_tqdm=True)
collator = DataCollatorForSeq2Seq(tokenizer, padding=True)  # pads labels with -100
Trainer(model=model, args=args, train_dataset=train_set, data_collator=collator).train()
predictions = headlines(model, test)
# Trained weights differ in their last bits from one CPU to another, and greedy decoding turns
# that into other words in a few headlines: the second decimal moves, the first holds.
print("after training ", rouge(predictions, references, digits=1))
#> after training  {'rouge1': 0.3, 'rouge2': 0.0, 'rougeL': 0.3}
# --8<-- [end:train]
