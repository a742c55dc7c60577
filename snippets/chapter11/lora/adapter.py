# --8<-- [start:config]
import torch
from peft import LoraConfig, get_peft_model
from transformers import AutoModelForCausalLM, AutoTokenizer

torch.manual_seed(0)
checkpoint = "HuggingFaceTB/SmolLM2-135M-Instruct"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)
base = AutoModelForCausalLM.from_pretrained(checkpoint)
lora = LoraConfig(r=8, lora_alpha=16, lora_dropout=0.0,
                  target_modules="all-linear", task_type="CAUSAL_LM")
model = get_peft_model(base, lora)
trainable, total = model.get_nb_trainable_parameters()
print(f"trainable {trainable:,} of {total:,} ({trainable / total:.2%})")
#> trainable 2,442,240 of 136,957,248 (1.78%)
q_proj = model.base_model.model.model.layers[0].self_attn.q_proj
print("A:", tuple(q_proj.lora_A["default"].weight.shape),
      "B:", tuple(q_proj.lora_B["default"].weight.shape),
      "scale:", q_proj.scaling["default"])
#> A: (8, 576) B: (576, 8) scale: 2.0
print(sorted(n.split(".")[-2] for n, _ in model.named_modules()
             if n.endswith(".lora_A") and ".layers.0." in n))
#> ['down_proj', 'gate_proj', 'k_proj', 'o_proj', 'q_proj', 'up_proj', 'v_proj']
# --8<-- [end:config]

# --8<-- [start:train]
from datasets import load_dataset
from trl import SFTConfig, SFTTrainer

files = {"train": "site-instructions/train.jsonl",
         "test": "site-instructions/test.jsonl"}
data = load_dataset("json", data_files=files)


def to_chat(row):
    return {"prompt": [{"role": "user", "content": row["prompt"]}],
            "completion": [{"role": "assistant", "content": row["answer"]}]}


train = data["train"].map(to_chat, remove_columns=data["train"].column_names)
config = SFTConfig(output_dir="smollm2-site-lora", max_steps=12,
                   per_device_train_batch_size=4, learning_rate=2e-3,
                   logging_steps=6, save_strategy="no", report_to="none",
                   seed=0, disable_tqdm=True, bf16=False,
                   activation_checkpointing=False, use_cpu=True)
trainer = SFTTrainer(model=model, args=config, train_dataset=train,
                     processing_class=tokenizer)
trainer.train()
# --8<-- [end:train]

# --8<-- [start:by-task]
from collections import defaultdict

tokenizer.padding_side = "left"  # batched generation continues on the right


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


test = data["test"]
with model.disable_adapter():  # the same weights without the adapter
    before = generate(model, test["prompt"])
after = generate(model, test["prompt"])
scores = defaultdict(lambda: [0, 0, 0])  # rows, right before, after
for row, old, new in zip(test, before, after):
    score = scores[row["task"]]
    score[0] += 1
    score[1] += normalise(old) == normalise(row["answer"])
    score[2] += normalise(new) == normalise(row["answer"])
print(f"{'task':13}{'rows':>5}{'before':>8}{'after':>7}")
#> task          rows  before  after
for task, (rows, old, new) in sorted(scores.items()):
    print(f"{task:13}{rows:5}{old:8}{new:7}")
    #> antonym          6       0      2
    #> arithmetic       6       0      0
    #> capital          6       0      1
    #> category         6       0      2
    #> count            6       0      0
    #> format           6       0      3
    #> measure-word     3       0      0
    #> plural           3       0      2
    #> translate        6       0      0
total = [sum(column) for column in zip(*scores.values())]
print(f"{'all':13}{total[0]:5}{total[1]:8}{total[2]:7}")
#> all             48       0     10
# --8<-- [end:by-task]

# --8<-- [start:save]
from pathlib import Path

model.save_pretrained("smollm2-site-lora")
for path in sorted(Path("smollm2-site-lora").iterdir()):
    print(f"{path.name:30} {path.stat().st_size / 1e6:6.2f} MB")
    #> README.md                        0.01 MB
    #> adapter_config.json              0.00 MB
    #> adapter_model.safetensors        9.82 MB
# --8<-- [end:save]

# --8<-- [start:push]
from huggingface_hub import HfApi
from peft import AutoPeftModelForCausalLM

prompts = test["prompt"][:8]
adapted = generate(model, prompts)
api = HfApi()
repo_id = f"{api.whoami()['name']}/smollm2-site-lora"
trainer.model.push_to_hub(repo_id, commit_message="LoRA adapter, r=8")
print(sorted(api.list_repo_files(repo_id)))
#> ['README.md', 'adapter_config.json', 'adapter_model.safetensors']
again = AutoPeftModelForCausalLM.from_pretrained(repo_id)
print(again.peft_config["default"].base_model_name_or_path)
#> HuggingFaceTB/SmolLM2-135M-Instruct
print("same replies from the Hub:", generate(again, prompts) == adapted)
#> same replies from the Hub: True
# --8<-- [end:push]

# --8<-- [start:merge]
merged = model.merge_and_unload()  # W + (alpha / r) * B @ A, adapter gone
print(type(merged).__name__, sum(p.numel() for p in merged.parameters()))
#> LlamaForCausalLM 134515008
print("same replies after merging:", generate(merged, prompts) == adapted)
#> same replies after merging: True
# --8<-- [end:merge]
