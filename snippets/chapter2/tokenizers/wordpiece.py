from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("bert-base-uncased")
print(len(tokenizer))
#> 30522

for text in [
    "Tokenization is surprisingly unbelievable!",
    "HuggingFace models run on CPUs.",
    "Das Café öffnet um 8 Uhr.",
    "我爱北京天安门",
]:
    print(tokenizer.tokenize(text))
    #> ['token', '##ization', 'is', 'surprisingly', 'unbelievable', '!']
    #> ['hugging', '##face', 'models', 'run', 'on', 'cpu', '##s', '.']
    #> ['das', 'cafe', 'off', '##net', 'um', '8', 'uh', '##r', '.']
    #> ['我', '[UNK]', '北', '京', '天', '安', '[UNK]']
