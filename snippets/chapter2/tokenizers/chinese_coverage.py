from transformers import AutoTokenizer

zh = "大语言模型把文本切成词元，再把词元变成数字。"
en = "Large language models cut text into tokens, then turn tokens into numbers."
print(len(zh), "characters;", len(en.split()), "words")
#> 22 characters; 12 words

checkpoints = [
    "bert-base-uncased",
    "gpt2",
    "HuggingFaceTB/SmolLM2-135M-Instruct",
    "Qwen/Qwen2.5-Coder-0.5B-Instruct",
    "google/gemma-3-270m",
]
tokenizers = {c: AutoTokenizer.from_pretrained(c) for c in checkpoints}
for checkpoint, tokenizer in tokenizers.items():
    n_zh = len(tokenizer(zh, add_special_tokens=False)["input_ids"])
    n_en = len(tokenizer(en, add_special_tokens=False)["input_ids"])
    name = checkpoint.split("/")[-1]
    print(f"{name:28} vocab {len(tokenizer):>7,}  zh {n_zh:>2}  en {n_en:>2}")
    #> bert-base-uncased            vocab  30,522  zh 22  en 16
    #> gpt2                         vocab  50,257  zh 48  en 14
    #> SmolLM2-135M-Instruct        vocab  49,152  zh 34  en 14
    #> Qwen2.5-Coder-0.5B-Instruct  vocab 151,936  zh 16  en 14
    #> gemma-3-270m                 vocab 262,144  zh 17  en 14

for checkpoint in ["Qwen/Qwen2.5-Coder-0.5B-Instruct", "google/gemma-3-270m"]:
    tokenizer = tokenizers[checkpoint]
    ids = tokenizer(zh, add_special_tokens=False)["input_ids"]
    print("/".join(tokenizer.decode([i]) for i in ids))
    #> 大/语言/模型/把/文本/切成/词/元/，/再/把/词/元/变成/数字/。
    #> 大/语言/模型/把/文本/切/成/词/元/，/再/把/词/元/变成/数字/。
