import torch
from transformers import AutoModel, AutoTokenizer

checkpoint = "sentence-transformers/all-MiniLM-L6-v2"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)
model = AutoModel.from_pretrained(checkpoint)
print(tokenizer.model_max_length, model.config.max_position_embeddings)
#> 512 512

long_text = "This sentence repeats itself. " * 200
ids = tokenizer(long_text)["input_ids"]
print(len(ids))
#> 1002
try:
    model(torch.tensor([ids]))
except RuntimeError as error:
    print(type(error).__name__, error)  # 1002 tokens, room for 512
    '''
    RuntimeError
    The expanded size of the tensor (1002) must match the existing size (512) at non-singleton dimension 1.  Target sizes: [1, 1002].  Tensor sizes: [1, 512]
    '''

inputs = tokenizer(long_text, truncation=True, return_tensors="pt")
print(tuple(inputs["input_ids"].shape))
#> (1, 512)
short = tokenizer(long_text, truncation=True, max_length=8, return_tensors="pt")
print(tokenizer.convert_ids_to_tokens(short["input_ids"][0]))
#> ['[CLS]', 'this', 'sentence', 'repeats', 'itself', '.', 'this', '[SEP]']
with torch.no_grad():
    print(tuple(model(**inputs).last_hidden_state.shape))
    #> (1, 512, 384)

# Models with room for longer texts: their limits, from their configurations.
from transformers import AutoConfig

for name in ["HuggingFaceTB/SmolLM2-135M-Instruct", "Qwen/Qwen2.5-Coder-0.5B-Instruct",
             "google/gemma-3-270m"]:
    print(name, AutoConfig.from_pretrained(name).max_position_embeddings)
    #> HuggingFaceTB/SmolLM2-135M-Instruct 8192
    #> Qwen/Qwen2.5-Coder-0.5B-Instruct 32768
    #> google/gemma-3-270m 32768
