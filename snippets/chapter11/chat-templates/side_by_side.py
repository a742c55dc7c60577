# --8<-- [start:render]
from transformers import AutoTokenizer

checkpoints = ["HuggingFaceTB/SmolLM2-135M-Instruct",
               "Qwen/Qwen2.5-Coder-0.5B-Instruct", "google/gemma-3-270m"]
tokenizers = {c.split("/")[1]: AutoTokenizer.from_pretrained(c)
              for c in checkpoints}
chat = [{"role": "user", "content": "Hi!"}]
for name, tokenizer in tokenizers.items():
    if tokenizer.chat_template is None:
        text = "(no chat template: a base model)"
    else:
        text = tokenizer.apply_chat_template(chat, tokenize=False)
    print(f"--- {name}\n{text}")
    '''
    --- SmolLM2-135M-Instruct
    <|im_start|>system
    You are a helpful AI assistant named SmolLM, trained by Hugging Face<|im_end|>
    <|im_start|>user
    Hi!<|im_end|>
    '''
    '''
    --- Qwen2.5-Coder-0.5B-Instruct
    <|im_start|>system
    You are Qwen, created by Alibaba Cloud. You are a helpful assistant.<|im_end|>
    <|im_start|>user
    Hi!<|im_end|>
    '''
    '''
    --- gemma-3-270m
    (no chat template: a base model)
    '''
# --8<-- [end:render]

# --8<-- [start:generation-prompt]
smol = tokenizers["SmolLM2-135M-Instruct"]
plain = smol.apply_chat_template(chat, tokenize=False)
prompted = smol.apply_chat_template(chat, tokenize=False,
                                    add_generation_prompt=True)
print(repr(prompted.removeprefix(plain)))
#> '<|im_start|>assistant\n'
# --8<-- [end:generation-prompt]

# --8<-- [start:multi-turn]
chat = [{"role": "system", "content": "Answer in one word."},
        {"role": "user", "content": "Capital of Italy?"},
        {"role": "assistant", "content": "Rome"},
        {"role": "user", "content": "And of Spain?"}]
text = smol.apply_chat_template(chat, tokenize=False,
                                add_generation_prompt=True)
print(text)
'''
<|im_start|>system
Answer in one word.<|im_end|>
<|im_start|>user
Capital of Italy?<|im_end|>
<|im_start|>assistant
Rome<|im_end|>
<|im_start|>user
And of Spain?<|im_end|>
<|im_start|>assistant
'''
print(len(smol(text)["input_ids"]), "tokens")
#> 39 tokens
# --8<-- [end:multi-turn]

# --8<-- [start:special-tokens]
marker = "<|im_start|>"
for name, tokenizer in tokenizers.items():
    pieces = tokenizer.tokenize(marker)
    print(f"{name:30} {len(pieces)} token(s): {pieces}")
    #> SmolLM2-135M-Instruct          1 token(s): ['<|im_start|>']
    #> Qwen2.5-Coder-0.5B-Instruct    1 token(s): ['<|im_start|>']
    #> gemma-3-270m                   6 token(s): ['<', '|', 'im', '_', 'start', '|>']
# --8<-- [end:special-tokens]

# --8<-- [start:tools]
def get_weather(city: str) -> str:
    """Get today's weather in a city.

    Args:
        city: The city's name, e.g. "Paris".
    """
    return "sunny, 21 °C"


question = [{"role": "user", "content": "What's the weather in Paris?"}]
qwen = tokenizers["Qwen2.5-Coder-0.5B-Instruct"]
text = qwen.apply_chat_template(question, tools=[get_weather],
                                tokenize=False, add_generation_prompt=True)
print(text)
'''
<|im_start|>system
You are Qwen, created by Alibaba Cloud. You are a helpful assistant.

# Tools

You may call one or more functions to assist with the user query.

You are provided with function signatures within <tools></tools> XML tags:
<tools>
{"type": "function", "function": {"name": "get_weather", "description": "Get today's weather in a city.", "parameters": {"type": "object", "properties": {"city": {"type": "string", "description": "The city's name, e.g. \"Paris\"."}}, "required": ["city"]}, "return": {"type": "string"}}}
</tools>

For each function call, return a json object with function name and arguments within <tool_call></tool_call> XML tags:
<tool_call>
{"name": <function-name>, "arguments": <args-json-object>}
</tool_call><|im_end|>
<|im_start|>user
What's the weather in Paris?<|im_end|>
<|im_start|>assistant
'''
ignored = smol.apply_chat_template(question, tools=[get_weather],
                                   tokenize=False)
print("SmolLM2 kept the tools:", "get_weather" in ignored)
#> SmolLM2 kept the tools: False
# --8<-- [end:tools]

# --8<-- [start:tool-call]
import json

import torch
from transformers import AutoModelForCausalLM

model = AutoModelForCausalLM.from_pretrained(
    "Qwen/Qwen2.5-Coder-0.5B-Instruct")
inputs = qwen(text, return_tensors="pt")
with torch.no_grad():
    out = model.generate(**inputs, max_new_tokens=40, do_sample=False)
reply = qwen.decode(out[0, inputs["input_ids"].shape[1]:],
                    skip_special_tokens=True)
print(reply)
#> {"name": "get_weather", "arguments": {"city": "Paris"}}
print("wrapped in <tool_call> tags:", "<tool_call>" in reply)
#> wrapped in <tool_call> tags: False
call = json.loads(reply[reply.index("{"):reply.rindex("}") + 1])
result = get_weather(**call["arguments"])
question += [{"role": "assistant", "tool_calls": [
                 {"type": "function", "function": call}]},
             {"role": "tool", "content": result}]
text = qwen.apply_chat_template(question, tools=[get_weather],
                                tokenize=False, add_generation_prompt=True)
print(text[text.index("<|im_start|>assistant"):])
'''
<|im_start|>assistant
<tool_call>
{"name": "get_weather", "arguments": {"city": "Paris"}}
</tool_call><|im_end|>
<|im_start|>user
<tool_response>
sunny, 21 °C
</tool_response><|im_end|>
<|im_start|>assistant
'''
# --8<-- [end:tool-call]
