# --8<-- [start:replies]
import torch
from datasets import load_dataset
from transformers import AutoModelForCausalLM, AutoTokenizer

test = load_dataset("json", data_files="site-instructions/test.jsonl",
                    split="train")


def chat(checkpoint, prompts, max_new_tokens):
    tokenizer = AutoTokenizer.from_pretrained(checkpoint)
    tokenizer.padding_side = "left"  # batched generation continues right
    model = AutoModelForCausalLM.from_pretrained(checkpoint)
    inputs = tokenizer.apply_chat_template(
        [[{"role": "user", "content": p}] for p in prompts],
        add_generation_prompt=True, padding=True, return_tensors="pt",
        return_dict=True)
    with torch.no_grad():
        out = model.generate(**inputs, max_new_tokens=max_new_tokens,
                             do_sample=False)
    new = out[:, inputs["input_ids"].shape[1]:]
    return tokenizer.batch_decode(new, skip_special_tokens=True)


replies = chat("HuggingFaceTB/SmolLM2-135M-Instruct", test["prompt"], 24)
for i in (0, 6, 30):
    print(f"{test['prompt'][i]}\n  expected {test['answer'][i]!r},"
          f" got {replies[i]!r}")
    '''
    Give the opposite of 'before'. Reply with one word.
      expected 'after', got "The opposite of 'before' is 'after'."
    '''
    '''
    What is the capital of Portugal? Reply with the city name only.
      expected 'Lisbon', got 'Portugal is the capital of Portugal, not Portugal itself.'
    '''
    '''
    加拿大的首都是哪座城市？只回答城市名。
      expected '渥太华', got '你可以在首都上面面诉我，你可以'
    '''
# --8<-- [end:replies]

# --8<-- [start:rules]
def normalise(text):
    return text.strip().strip("\"'“”").rstrip(".。").strip().lower()


exact = [normalise(r) == normalise(a)
         for r, a in zip(replies, test["answer"])]
contains = [normalise(a) in normalise(r)
            for r, a in zip(replies, test["answer"])]
print(f"exact match {sum(exact)}/{len(test)},"
      f" answer contained {sum(contains)}/{len(test)}")
#> exact match 0/48, answer contained 15/48
# --8<-- [end:rules]

# --8<-- [start:judge]
JUDGE = ("Question: {q}\nReference answer: {a}\nReply: {r}\n"
         "Does the reply give the reference answer? Answer yes or no.")


def judge(rows, answers):
    prompts = [JUDGE.format(q=test["prompt"][i], a=a, r=replies[i])
               for i, a in zip(rows, answers)]
    verdicts = chat("Qwen/Qwen2.5-Coder-0.5B-Instruct", prompts, 3)
    return [v.strip().lower().startswith("yes") for v in verdicts]


says_yes = judge(range(len(test)), test["answer"])
print(f"judge says yes to {sum(says_yes)}/{len(test)} replies")
#> judge says yes to 16/48 replies
both = sum(y and c for y, c in zip(says_yes, contains))
print(f"judge and the contains rule agree on"
      f" {sum(y == c for y, c in zip(says_yes, contains))}/{len(test)};"
      f" both yes: {both}")
#> judge and the contains rule agree on 39/48; both yes: 11
# --8<-- [end:judge]

# --8<-- [start:spot-check]
for i, (y, c) in enumerate(zip(says_yes, contains)):
    if y != c:
        print(f"judge {'yes' if y else 'no '} | rule {'yes' if c else 'no '}"
              f" | expected {test['answer'][i]!r} | {replies[i][:40]!r}")
        #> judge yes | rule no  | expected 'star' | 'The answer is indeed a planet.'
        '''
        judge yes | rule no  | expected 'tomatoes' | "The plural of 'tomato' is 'tomatoiceps'."
        '''
        '''
        judge yes | rule no  | expected 'doctor' | 'The Chinese word for "health" is 医生.'
        '''
        '''
        judge yes | rule no  | expected '北' | '“南” is a Chinese word that means "south"'
        '''
        '''
        judge yes | rule no  | expected '近' | '“远” is a verb phrase that means "beyond"'
        '''
        #> judge no  | rule yes | expected '29' | '1. 58 减 29 等于多少？\n2'
        #> judge no  | rule yes | expected '38' | '76 减 38 等于多少？只回答'
        #> judge no  | rule yes | expected '沙漠' | '沙漠还是海洋？只回答：�'
        #> judge no  | rule yes | expected '海洋' | '“美国”是沙漠还是海洋？'
# --8<-- [end:spot-check]

# --8<-- [start:wrong-reference]
# One row per task and language (16), each given the next row's answer:
# same task, same kind of answer, but wrong for this question.
rows = range(0, len(test), 3)
fooled = judge(rows, [test["answer"][i + 1] for i in rows])
print(f"the same rows with their own reference: yes to"
      f" {sum(says_yes[i] for i in rows)}/{len(rows)}")
#> the same rows with their own reference: yes to 5/16
print(f"with the wrong reference answer, judge still says yes to"
      f" {sum(fooled)}/{len(rows)}")
#> with the wrong reference answer, judge still says yes to 4/16
# --8<-- [end:wrong-reference]
