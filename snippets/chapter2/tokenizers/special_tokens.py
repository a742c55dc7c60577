# --8<-- [start:bert]
from transformers import AutoTokenizer

text = "Hello there"

bert = AutoTokenizer.from_pretrained("bert-base-uncased")
print(bert.tokenize(text))
#> ['hello', 'there']
print(bert.convert_ids_to_tokens(bert(text)["input_ids"]))
#> ['[CLS]', 'hello', 'there', '[SEP]']
print(bert.cls_token, bert.cls_token_id, bert.sep_token, bert.sep_token_id)
#> [CLS] 101 [SEP] 102
# --8<-- [end:bert]

# --8<-- [start:gemma]
gemma = AutoTokenizer.from_pretrained("google/gemma-3-270m")
print(gemma.convert_ids_to_tokens(gemma(text)["input_ids"]))
#> ['<bos>', 'Hello', '▁there']
print(gemma.bos_token, gemma.bos_token_id)
#> <bos> 2
# --8<-- [end:gemma]

# --8<-- [start:chat]
smol = AutoTokenizer.from_pretrained("HuggingFaceTB/SmolLM2-135M-Instruct")
print(smol.convert_ids_to_tokens(smol(text)["input_ids"]))  # nothing added
#> ['Hello', 'Ġthere']

messages = [{"role": "user", "content": text}]
prompt = smol.apply_chat_template(messages, tokenize=False,
                                  add_generation_prompt=True)
print(prompt)
'''
<|im_start|>system
You are a helpful AI assistant named SmolLM, trained by Hugging Face<|im_end|>
<|im_start|>user
Hello there<|im_end|>
<|im_start|>assistant
'''
# --8<-- [end:chat]
