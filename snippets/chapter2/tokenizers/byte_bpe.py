# --8<-- [start:english]
from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("gpt2")
print(len(tokenizer))
#> 50257

en = "Tokenization is surprisingly unbelievable!"
print(tokenizer.tokenize(en))
#> ['Token', 'ization', 'Ġis', 'Ġsurprisingly', 'Ġunbelievable', '!']
print(tokenizer.tokenize("two  spaces"))
#> ['two', 'Ġ', 'Ġspaces']
# --8<-- [end:english]

# --8<-- [start:chinese]
zh = "你好，世界"
print(tokenizer.tokenize(zh))
#> ['ä½', 'ł', 'å¥', '½', 'ï', '¼', 'Į', 'ä¸', 'ĸ', 'çķ', 'Į']
print(list("你".encode()))  # one character, three bytes
#> [228, 189, 160]

ids = tokenizer.encode(zh)
print([tokenizer.decode([i]) for i in ids])  # pieces alone are not valid UTF-8
#> ['�', '�', '�', '�', '�', '�', '�', '�', '�', '�', '�']
print(tokenizer.decode(ids))  # together they are
#> 你好，世界
# --8<-- [end:chinese]
