# --8<-- [start:model]
from datasets import load_dataset
from transformers import AutoTokenizer, BertConfig, BertForMaskedLM, set_seed

# No model on the shelf keeps its masked-LM head, so we pretrain a tiny BERT here on news,
# then adapt it to a new domain (drug reviews): the same two steps, at a scale that fits.
set_seed(0)
news = load_dataset("json", data_files="bbc-news/bbc-news.jsonl", split="train")
news = news.train_test_split(test_size=0.1, seed=0)
tokenizer = AutoTokenizer.from_pretrained("google-bert/bert-base-uncased")
tokenizer = tokenizer.train_new_from_iterator(news["train"]["text"], vocab_size=8000)
config = BertConfig(vocab_size=len(tokenizer), hidden_size=128, num_hidden_layers=2,
                    num_attention_heads=2, intermediate_size=256, max_position_embeddings=128)
model = BertForMaskedLM(config)
print(f"{model.num_parameters() / 1e6:.1f}M parameters")
#> 1.3M parameters
# --8<-- [end:model]

# --8<-- [start:chunks]
import html

chunk_size = 128


def group_texts(texts):
    # Concatenate all texts, then cut into blocks of chunk_size tokens (the last bit is dropped)
    ids = [i for row in tokenizer(texts)["input_ids"] for i in row]
    total = len(ids) // chunk_size * chunk_size
    return {"input_ids": [ids[i : i + chunk_size] for i in range(0, total, chunk_size)]}


news_blocks = news.map(lambda batch: group_texts(batch["text"]), batched=True,
                       remove_columns=news["train"].column_names)
reviews = load_dataset("csv", delimiter="\t", data_files={
    "train": "drug-reviews/drugsComTrain.tsv", "test": "drug-reviews/drugsComTest.tsv"})
review_blocks = reviews.map(  # the reviews keep HTML entities such as &#039;: unescape them
    lambda batch: group_texts([html.unescape(r) for r in batch["review"]]), batched=True,
    remove_columns=reviews["train"].column_names)
print(news_blocks.num_rows, review_blocks.num_rows)
#> {'train': 7989, 'test': 887} {'train': 596, 'test': 359}
# --8<-- [end:chunks]

# --8<-- [start:collator]
from transformers import DataCollatorForLanguageModeling

collator = DataCollatorForLanguageModeling(tokenizer, mlm_probability=0.15)
sample = collator([review_blocks["train"][0]])
print(tokenizer.decode(sample["input_ids"][0][:24]))
'''
[CLS] " i recently received an injection of nalb [MASK]hine in [MASK] walk - in [MASK] non - life
'''
print(sample["labels"][0][:24].tolist())
'''
[-100, -100, -100, -100, -100, -100, -100, -100, -100, -100, -100, -100, 1034, -100, -100, -100, 38, -100, -100, -100, 19, -100, -100, -100]
'''
# --8<-- [end:collator]

# --8<-- [start:fixed-masks]
import torch


def mask_once(blocks):
    # Mask the evaluation blocks once, so every evaluation sees the same masks
    torch.manual_seed(0)
    batch = collator([{"input_ids": ids} for ids in blocks["input_ids"]])
    return [{"input_ids": i, "labels": l} for i, l in zip(batch["input_ids"], batch["labels"])]


eval_sets = {"news": mask_once(news_blocks["test"].select(range(360))),
             "reviews": mask_once(review_blocks["test"])}
# --8<-- [end:fixed-masks]

# --8<-- [start:perplexity]
import math

from transformers import Trainer, TrainingArguments, default_data_collator


def train_on(blocks, epochs):
    args = TrainingArguments("tiny-bert-mlm", learning_rate=1e-3, num_train_epochs=epochs,
                             per_device_train_batch_size=32, warmup_steps=10, seed=0,
                             use_cpu=True, report_to="none", save_strategy="no",
                             logging_strategy="no", disable_tqdm=True)
    return Trainer(model=model, args=args, train_dataset=blocks, data_collator=collator)


def perplexities(trainer):
    result = {}
    for name, data in eval_sets.items():
        loss = trainer.evaluate(data)["eval_loss"]
        result[name] = f"{math.exp(loss):.2g}"  # two significant digits
    return result


# "Pretraining" on 1,600 news blocks: a real model saw billions of tokens, ours 0.2 million
trainer = train_on(news_blocks["train"].select(range(1600)), epochs=2)
trainer.data_collator = default_data_collator  # evaluation: the fixed masks above
print("untrained      ", perplexities(trainer))
#> untrained       {'news': '8.1e+03', 'reviews': '8.2e+03'}
trainer.data_collator = collator
trainer.train()
trainer.data_collator = default_data_collator
print("after news     ", perplexities(trainer))
#> after news      {'news': '1.1e+03', 'reviews': '1.1e+03'}
# --8<-- [end:perplexity]

# --8<-- [start:adapt]
trainer = train_on(review_blocks["train"], epochs=3)
trainer.train()
trainer.data_collator = default_data_collator
print("after reviews  ", perplexities(trainer))
#> after reviews   {'news': '1.7e+03', 'reviews': '5.3e+02'}
# --8<-- [end:adapt]
