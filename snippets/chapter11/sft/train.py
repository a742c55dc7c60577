# --8<-- [start:data]
from datasets import load_dataset

files = {"train": "site-instructions/train.jsonl",
         "test": "site-instructions/test.jsonl"}
data = load_dataset("json", data_files=files)


def to_chat(row):  # prompt + completion: the loss is on the completion
    return {"prompt": [{"role": "user", "content": row["prompt"]}],
            "completion": [{"role": "assistant", "content": row["answer"]}]}


train = data["train"].map(to_chat, remove_columns=data["train"].column_names)
print(train)
'''
Dataset({
    features: ['prompt', 'completion'],
    num_rows: 144
})
'''
print(train[0])
'''
{'prompt': [{'role': 'user', 'content': "Give the opposite of 'hot'. Reply with one word."}], 'completion': [{'role': 'assistant', 'content': 'cold'}]}
'''
# --8<-- [end:data]

# --8<-- [start:before]
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

torch.manual_seed(0)
checkpoint = "HuggingFaceTB/SmolLM2-135M-Instruct"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)
tokenizer.padding_side = "left"  # batched generation continues on the right
model = AutoModelForCausalLM.from_pretrained(checkpoint)


def generate(model, prompts, max_new_tokens=16):
    chats = [[{"role": "user", "content": p}] for p in prompts]
    inputs = tokenizer.apply_chat_template(
        chats, add_generation_prompt=True, padding=True,
        return_tensors="pt", return_dict=True)
    with torch.no_grad():
        out = model.generate(**inputs, max_new_tokens=max_new_tokens,
                             do_sample=False)
    new = out[:, inputs["input_ids"].shape[1]:]
    return tokenizer.batch_decode(new, skip_special_tokens=True)


def normalise(text):
    return text.strip().strip("\"'“”").rstrip(".。").strip().lower()


def exact_match(replies, answers):
    hits = [normalise(r) == normalise(a) for r, a in zip(replies, answers)]
    return sum(hits) / len(hits)


test = data["test"]
before = generate(model, test["prompt"])
print(f"exact match before: {exact_match(before, test['answer']):.2f}")
#> exact match before: 0.00
# --8<-- [end:before]

# --8<-- [start:packing]
from trl import SFTConfig, SFTTrainer

cpu = {"bf16": False, "activation_checkpointing": False, "use_cpu": True}
prepared = {}
for packing in (False, True):
    config = SFTConfig(output_dir="sft-probe", packing=packing,
                       packing_strategy="wrapped", max_length=128,
                       report_to="none", **cpu)
    rows = SFTTrainer(model=model, args=config, train_dataset=train,
                      processing_class=tokenizer).train_dataset
    tokens = sum(len(ids) for ids in rows["input_ids"])
    print(f"packing={packing}: {len(rows)} rows, {tokens} tokens")
    #> packing=False: 144 rows, 8791 tokens
    #> packing=True: 69 rows, 8791 tokens
    prepared[packing] = rows
packed = tokenizer.decode(prepared[True][0]["input_ids"])
print(packed.count("<|im_start|>user"), "conversations in packed row 0")
#> 3 conversations in packed row 0
ids, labels = prepared[False][0]["input_ids"], prepared[False][0]["labels"]
kept = [t for t, label in zip(ids, labels) if label != -100]
print(len(ids), "tokens, loss on", len(kept), ":",
      repr(tokenizer.decode(kept)))
#> 46 tokens, loss on 3 : 'cold<|im_end|>\n'
# --8<-- [end:packing]

# --8<-- [start:train]
config = SFTConfig(output_dir="sft-smollm2", max_steps=12,
                   per_device_train_batch_size=4, learning_rate=1e-4,
                   logging_steps=6, save_strategy="no", report_to="none",
                   seed=0, disable_tqdm=True, **cpu)
trainer = SFTTrainer(model=model, args=config, train_dataset=train,
                     processing_class=tokenizer)
trainer.train()
# --8<-- [end:train]

# --8<-- [start:after]
after = generate(model, test["prompt"])
print(f"exact match after: {exact_match(after, test['answer']):.2f}")
#> exact match after: 0.29
for i in (0, 12, 24, 36):
    print(f"{before[i][:32]!r} -> {after[i]!r} (expected"
          f" {test['answer'][i]!r})")
    #> "The opposite of 'before' is 'aft" -> 'after' (expected 'after')
    #> "The word 'orange' has 10 letters" -> '5' (expected '6')
    #> '“南” is a Chinese word that means' -> '南' (expected '北')
    #> '自然语言处理是一种' -> '3' (expected '6')
# --8<-- [end:after]
