# --8<-- [start:data]
from datasets import load_dataset

# Aligned sentences from this site's own twin pages (headings, quiz texts, glossary)
pairs = load_dataset("json", data_files={"train": "site-parallel/train.jsonl",
                                         "test": "site-parallel/test.jsonl"})
short = pairs.filter(lambda row: len(row["en"]) <= 60)  # short ones: generation stays fast
train, test = short["train"].select(range(64)), short["test"].select(range(30))
print(short.num_rows)
#> {'train': 272, 'test': 164}
print(test[0])
'''
{'source': 'chapter6', 'kind': 'answer', 'en': 'Converting it to a slow Python tokenizer', 'zh': '把它转换成慢速的 Python 分词器'}
'''
# --8<-- [end:data]

# --8<-- [start:metric]
import sacrebleu

references = test["zh"]


def scores(predictions):
    bleu = sacrebleu.corpus_bleu(predictions, [references], tokenize="zh")
    chrf = sacrebleu.corpus_chrf(predictions, [references])
    return f"BLEU {bleu.score:.0f}, chrF {chrf.score:.0f}"


print(scores(test["en"]))  # copying the English through: the floor
#> BLEU 8, chrF 21
# --8<-- [end:metric]

# --8<-- [start:prompt]
from transformers import AutoModelForCausalLM, AutoTokenizer


def messages(english):
    return [{"role": "user", "content": f"Translate into Simplified Chinese:\n{english}"}]


def translate(model, tokenizer, rows, batch_size=30, max_new_tokens=40):
    tokenizer.padding_side = "left"
    out = []
    for start in range(0, len(rows), batch_size):
        texts = [tokenizer.apply_chat_template(messages(en), tokenize=False,
                                               add_generation_prompt=True)
                 for en in rows["en"][start : start + batch_size]]
        inputs = tokenizer(texts, return_tensors="pt", padding=True)
        ids = model.generate(**inputs, max_new_tokens=max_new_tokens, do_sample=False)
        out += tokenizer.batch_decode(ids[:, inputs.input_ids.shape[1]:], skip_special_tokens=True)
    return [t.strip() for t in out]


for checkpoint in ["HuggingFaceTB/SmolLM2-135M-Instruct", "Qwen/Qwen2.5-Coder-0.5B-Instruct"]:
    tokenizer = AutoTokenizer.from_pretrained(checkpoint)
    model = AutoModelForCausalLM.from_pretrained(checkpoint)
    print(f"{checkpoint:36}", scores(translate(model, tokenizer, test)))
    #> HuggingFaceTB/SmolLM2-135M-Instruct  BLEU 2, chrF 9
    #> Qwen/Qwen2.5-Coder-0.5B-Instruct     BLEU 31, chrF 36
# --8<-- [end:prompt]

# --8<-- [start:lora]
from peft import LoraConfig, get_peft_model
from transformers import DataCollatorForSeq2Seq, Trainer, TrainingArguments, set_seed

checkpoint = "HuggingFaceTB/SmolLM2-135M-Instruct"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)
model = AutoModelForCausalLM.from_pretrained(checkpoint)
print(len(tokenizer(test[0]["en"]).input_ids), len(tokenizer(test[0]["zh"]).input_ids))
#> 8 23


def tokenize(row):
    prompt = tokenizer.apply_chat_template(messages(row["en"]), tokenize=False,
                                           add_generation_prompt=True)
    prompt_ids = tokenizer(prompt)["input_ids"]
    answer_ids = tokenizer(row["zh"] + tokenizer.eos_token)["input_ids"]
    return {"input_ids": prompt_ids + answer_ids, "labels": [-100] * len(prompt_ids) + answer_ids}


set_seed(0)
model = get_peft_model(model, LoraConfig(r=8, lora_alpha=16, target_modules="all-linear",
                                         task_type="CAUSAL_LM"))
tokenizer.padding_side = "right"
args = TrainingArguments("smollm2-en-zh-lora", learning_rate=2e-3, max_steps=12,
                         per_device_train_batch_size=8, warmup_steps=2, seed=0,
                         use_cpu=True, report_to="none", save_strategy="no",
                         logging_strategy="no", disable_tqdm=True)
Trainer(model=model, args=args, data_collator=DataCollatorForSeq2Seq(tokenizer, padding=True),
        train_dataset=train.map(tokenize, remove_columns=train.column_names)).train()
print(f"{'SmolLM2 + LoRA, 64 pairs':36}", scores(translate(model, tokenizer, test)))
#> SmolLM2 + LoRA, 64 pairs             BLEU 7, chrF 17
# --8<-- [end:lora]
