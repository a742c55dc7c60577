# --8<-- [start:data]
from datasets import load_dataset
from rouge_score import rouge_scorer

# The same 56 + 40 articles as the summarization section
news = load_dataset("json", data_files="bbc-news/bbc-news.jsonl", split="train").shuffle(seed=1)
pairs = [{"article": text.split("\n\n")[0], "headline": title}
         for text, title in zip(news["text"][:96], news["title"][:96])]
train, test = pairs[:56], pairs[56:]
references = [p["headline"] for p in test]
scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)


def rouge(predictions):
    scores = [scorer.score(ref, pred) for pred, ref in zip(predictions, references)]
    return {k: round(sum(s[k].fmeasure for s in scores) / len(scores), 2)
            for k in ("rouge1", "rouge2", "rougeL")}
# --8<-- [end:data]

# --8<-- [start:prompts]
from transformers import AutoModelForCausalLM, AutoTokenizer

checkpoint = "Qwen/Qwen2.5-Coder-0.5B-Instruct"
tokenizer = AutoTokenizer.from_pretrained(checkpoint, padding_side="left")
model = AutoModelForCausalLM.from_pretrained(checkpoint)
task = "Write a headline for this news story."
shots = []  # few-shot: three solved examples from the training articles, as earlier turns
for p in train[:3]:
    shots += [{"role": "user", "content": f"{task}\n\n{p['article']}"},
              {"role": "assistant", "content": p["headline"]}]


def headlines(examples, batch_size=20):
    out = []
    for start in range(0, len(test), batch_size):
        texts = [tokenizer.apply_chat_template(
                     examples + [{"role": "user", "content": f"{task}\n\n{p['article']}"}],
                     tokenize=False, add_generation_prompt=True)
                 for p in test[start : start + batch_size]]
        inputs = tokenizer(texts, return_tensors="pt", padding=True)
        ids = model.generate(**inputs, max_new_tokens=16, do_sample=False)
        out += tokenizer.batch_decode(ids[:, inputs.input_ids.shape[1]:], skip_special_tokens=True)
    return [h.strip().strip('"') for h in out]


zero_shot, few_shot = headlines([]), headlines(shots)
print("zero-shot", rouge(zero_shot))
#> zero-shot {'rouge1': 0.27, 'rouge2': 0.05, 'rougeL': 0.25}
print("3-shot   ", rouge(few_shot))
#> 3-shot    {'rouge1': 0.28, 'rouge2': 0.07, 'rougeL': 0.25}
# --8<-- [end:prompts]

# --8<-- [start:look]
for reference, zero, few in list(zip(references, zero_shot, few_shot))[:3]:
    print(f"{reference}\n  zero-shot: {zero}\n  3-shot:    {few}")
    '''
    Mobile music challenges 'iPod age'
      zero-shot: Nokia and Microsoft are negotiating to work on music delivery to handsets and Sony
      3-shot:    Nokia and Microsoft agree to work on music delivery
    '''
    '''
    Jarvis sells Tube stake to Spain
      zero-shot: Shares in engineering group Jarvis have soared more than 16% on news that
      3-shot:    Shares rise more than 16% in engineering group
    '''
    '''
    Beckham virus spotted on the net
      zero-shot: David Beckham's Wares Are Trading on Interest in Virus Writers
      3-shot:    Virus writers trade on interest in Beckham
    '''
# --8<-- [end:look]
