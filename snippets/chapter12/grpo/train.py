# --8<-- [start:data]
import random

from datasets import Dataset

pairs = [(a, b) for a in range(1, 10) for b in range(1, 10)]
random.Random(0).shuffle(pairs)


def problem(a, b):
    question = f"What is {a} + {b}? Reply with the number only."
    return {"prompt": [{"role": "user", "content": question}],
            "target": str(a + b)}


train = Dataset.from_list([problem(a, b) for a, b in pairs[:48]])
held_out = Dataset.from_list([problem(a, b) for a, b in pairs[48:]])
print(len(train), "questions to train on,", len(held_out), "held out")
#> 48 questions to train on, 33 held out
print(train[0])
'''
{'prompt': [{'role': 'user', 'content': 'What is 3 + 7? Reply with the number only.'}], 'target': '10'}
'''
# --8<-- [end:data]

# --8<-- [start:rewards]
import re


def format_reward(completions, **kwargs):  # the number only, as asked
    return [1.0 if re.fullmatch(r"\s*-?\d+\.?\s*", c[0]["content"]) else 0.0
            for c in completions]


def correct_reward(completions, target, **kwargs):  # the last number
    found = [re.findall(r"-?\d+", c[0]["content"]) for c in completions]
    return [1.0 if numbers and numbers[-1] == t else 0.0
            for numbers, t in zip(found, target)]


tries = [[{"content": "9"}], [{"content": "8 + 1 = 9"}],
         [{"content": "The answer is 10."}]]
print(format_reward(tries), correct_reward(tries, target=["9"] * 3))
#> [1.0, 0.0, 0.0] [1.0, 1.0, 0.0]
# --8<-- [end:rewards]

# --8<-- [start:train]
from trl import GRPOConfig, GRPOTrainer

config = GRPOConfig(
    output_dir="grpo-smollm2", max_steps=6, per_device_train_batch_size=8,
    num_generations=4, max_completion_length=16, temperature=1.0,
    learning_rate=2e-5, loss_type="grpo", beta=0.04, logging_steps=1,
    seed=0, save_strategy="no", report_to="none", disable_tqdm=True,
    bf16=False, activation_checkpointing=False, use_cpu=True)
trainer = GRPOTrainer(model="HuggingFaceTB/SmolLM2-135M-Instruct",
                      reward_funcs=[format_reward, correct_reward],
                      args=config, train_dataset=train)
trainer.train()
# --8<-- [end:train]

# --8<-- [start:log]
for row in trainer.state.log_history[:-1]:  # the last row is a summary
    print(f"step {row['step']:2}:"
          f" format {row['rewards/format_reward/mean']:.2f},"
          f" correct {row['rewards/correct_reward/mean']:.2f},"
          f" groups with no signal {row['frac_reward_zero_std']:.1f},"
          f" KL {row['kl']:.2f}")
    #> step  1: format 0.00, correct 0.25, groups with no signal 0.5, KL 0.00
    #> step  2: format 0.12, correct 0.50, groups with no signal 0.0, KL 0.03
    #> step  3: format 0.00, correct 0.25, groups with no signal 0.5, KL 0.09
    #> step  4: format 0.00, correct 0.12, groups with no signal 0.5, KL 0.06
    #> step  5: format 0.00, correct 0.25, groups with no signal 0.0, KL 0.04
    #> step  6: format 0.12, correct 0.12, groups with no signal 0.0, KL 0.09
# --8<-- [end:log]

# --8<-- [start:figure]
import matplotlib.pyplot as plt

logs = [row for row in trainer.state.log_history if "reward" in row]
steps = [row["step"] for row in logs]
fig, ax = plt.subplots(figsize=(6, 3))
for key, label in (("rewards/format_reward/mean", "format"),
                   ("rewards/correct_reward/mean", "correct")):
    ax.plot(steps, [row[key] for row in logs], marker="o", label=label)
ax.set_xlabel("step")
ax.set_ylabel("mean reward (8 answers a step)")
ax.set_ylim(-0.05, 1.05)
ax.legend()
fig.tight_layout()
fig.savefig("chapter12-grpo-rewards.png", dpi=100)
# --8<-- [end:figure]

# --8<-- [start:held-out]
import torch
from transformers import AutoModelForCausalLM

tokenizer = trainer.processing_class
tokenizer.padding_side = "left"  # batched generation continues on the right
inputs = tokenizer.apply_chat_template(
    list(held_out["prompt"]), add_generation_prompt=True, padding=True,
    return_tensors="pt", return_dict=True)
before = AutoModelForCausalLM.from_pretrained(
    "HuggingFaceTB/SmolLM2-135M-Instruct")
for name, model in (("before", before), ("after", trainer.model)):
    with torch.no_grad():
        out = model.generate(**inputs, max_new_tokens=16, do_sample=False)
    texts = tokenizer.batch_decode(out[:, inputs["input_ids"].shape[1]:],
                                   skip_special_tokens=True)
    done = [[{"content": t}] for t in texts]
    print(f"{name:6} format {sum(format_reward(done)):2.0f}/{len(texts)},"
          f" correct {sum(correct_reward(done, held_out['target'])):2.0f}"
          f"/{len(texts)}")
    #> before format  0/33, correct 28/33
    #> after  format  0/33, correct 32/33
# --8<-- [end:held-out]
