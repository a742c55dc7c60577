# --8<-- [start:tokenize]
from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("Qwen/Qwen2.5-Coder-0.5B-Instruct")

text = "分词器把 text 变成数字"
tokens = tokenizer.tokenize(text)
print(tokens)
#> ['åĪĨ', 'è¯į', 'åĻ¨', 'æĬĬ', 'Ġtext', 'Ġåı', 'ĺ', 'æĪĲ', 'æķ°åŃĹ']
# --8<-- [end:tokenize]

# --8<-- [start:ids]
ids = tokenizer.convert_tokens_to_ids(tokens)
print(ids)
#> [17177, 99689, 31548, 99360, 1467, 26853, 246, 12857, 82587]
print(tokenizer(text)["input_ids"] == ids)
#> True
# --8<-- [end:ids]

# --8<-- [start:decode]
print([tokenizer.decode([i]) for i in ids])
#> ['分', '词', '器', '把', ' text', ' �', '�', '成', '数字']
print(tokenizer.decode(ids))
#> 分词器把 text 变成数字
# --8<-- [end:decode]
