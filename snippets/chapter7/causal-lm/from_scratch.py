# --8<-- [start:corpus]
import sysconfig
from pathlib import Path

from datasets import Dataset

# Real Python: the top-level modules of the standard library of the Python running this
stdlib = Path(sysconfig.get_paths()["stdlib"])
rows = [{"path": p.name, "code": p.read_text(encoding="utf-8")} for p in sorted(stdlib.glob("*.py"))]
code = Dataset.from_list(rows).train_test_split(test_size=0.1, seed=0)
print(code.num_rows)
#> {'train': 151, 'test': 17}
# --8<-- [end:corpus]

# --8<-- [start:tokenizer]
from transformers import AutoTokenizer

# Chapter 6's recipe: GPT-2's tokenizer retrained on code (a small vocabulary for a small model)
tokenizer = AutoTokenizer.from_pretrained("openai-community/gpt2")
tokenizer = tokenizer.train_new_from_iterator(code["train"]["code"], vocab_size=4096)
tokenizer.pad_token = tokenizer.eos_token
context_length = 128


def tokenize(batch):
    out = tokenizer(batch["code"], truncation=True, max_length=context_length,
                    return_overflowing_tokens=True, return_length=True)
    # keep full blocks only: the last, shorter piece of each file is dropped
    return {"input_ids": [ids for ids, n in zip(out["input_ids"], out["length"])
                          if n == context_length]}


blocks = code.map(tokenize, batched=True, remove_columns=code["train"].column_names)
print(blocks.num_rows)
#> {'train': 8631, 'test': 1452}
# --8<-- [end:tokenizer]

# --8<-- [start:model]
from transformers import GPT2Config, GPT2LMHeadModel, set_seed

set_seed(0)
config = GPT2Config(vocab_size=len(tokenizer), n_positions=context_length, n_embd=128,
                    n_layer=2, n_head=2, bos_token_id=tokenizer.eos_token_id,
                    eos_token_id=tokenizer.eos_token_id)
model = GPT2LMHeadModel(config)
print(f"{model.num_parameters() / 1e6:.1f}M parameters")
#> 0.9M parameters
# --8<-- [end:model]

# --8<-- [start:collator]
from transformers import DataCollatorForLanguageModeling

collator = DataCollatorForLanguageModeling(tokenizer, mlm=False)
batch = collator([blocks["train"][i] for i in range(4)])
print(batch["input_ids"].shape, bool((batch["labels"] == batch["input_ids"]).all()))
#> torch.Size([4, 128]) True
# --8<-- [end:collator]

# --8<-- [start:measure]
import torch

prompt = "    def __init__(self"
held_out = blocks["test"].select(range(200))


def measure(model):
    model.eval()
    ids = torch.tensor(held_out["input_ids"])
    with torch.no_grad():
        out = model(input_ids=ids, labels=ids)
    hits = (out.logits[:, :-1].argmax(-1) == ids[:, 1:]).float().mean()
    prompt_ids = tokenizer(prompt, return_tensors="pt").input_ids
    with torch.no_grad():
        completion = model.generate(prompt_ids, max_new_tokens=8, do_sample=False,
                                    pad_token_id=tokenizer.eos_token_id)
    text = tokenizer.decode(completion[0, prompt_ids.shape[1]:])
    return f"held-out loss {out.loss:.1f}, next token right {hits:.0%}, completion {text!r}"


print(measure(model))
'''
held-out loss 8.3, next token right 0%, completion 'selfselfselfselfselfselfselfself'
'''
# --8<-- [end:measure]

# --8<-- [start:train]
from transformers import Trainer, TrainingArguments

args = TrainingArguments("stdlib-gpt2", per_device_train_batch_size=16, max_steps=320,
                         learning_rate=2e-3, warmup_steps=32, lr_scheduler_type="cosine",
                         weight_decay=0.1, logging_steps=20, eval_strategy="steps",
                         eval_steps=80, per_device_eval_batch_size=50, seed=0, use_cpu=True,
                         report_to="none", save_strategy="no", disable_tqdm=True)
trainer = Trainer(model=model, args=args, data_collator=collator,
                  train_dataset=blocks["train"], eval_dataset=held_out)
trainer.train()
print(measure(model))
'''
held-out loss 5.3, next token right 15%, completion '):\n        return self._name, self'
'''
# --8<-- [end:train]

# --8<-- [start:curve]
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

history = trainer.state.log_history
train = [(h["step"], h["loss"]) for h in history if "loss" in h]
held = [(h["step"], h["eval_loss"]) for h in history if "eval_loss" in h]
plt.figure(figsize=(6, 3.5))
plt.plot(*zip(*train), label="training loss")
plt.plot(*zip(*held), "o-", label="held-out loss")
plt.xlabel("step")
plt.ylabel("cross-entropy")
plt.legend()
plt.tight_layout()
plt.savefig("ch7-code-lm-loss.png", dpi=120)
# --8<-- [end:curve]
