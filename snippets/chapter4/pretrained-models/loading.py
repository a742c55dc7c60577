# --8<-- [start:pipeline]
from transformers import pipeline

checkpoint = "HuggingFaceTB/SmolLM2-135M-Instruct"
generator = pipeline("text-generation", model=checkpoint)
messages = [{"role": "user", "content": "What is the capital of France?"}]
reply = generator(messages, max_new_tokens=20, do_sample=False)
print(reply[0]["generated_text"][-1]["content"])
#> The capital of France is Paris.
print(type(generator.model).__name__)
#> LlamaForCausalLM
# --8<-- [end:pipeline]

# --8<-- [start:auto]
from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

config = AutoConfig.from_pretrained(checkpoint)
print(config.model_type, config.architectures)
#> llama ['LlamaForCausalLM']
tokenizer = AutoTokenizer.from_pretrained(checkpoint)
model = AutoModelForCausalLM.from_pretrained(checkpoint)
print(type(model).__name__, f"{model.num_parameters():,} parameters")
#> LlamaForCausalLM 134,515,008 parameters
# --8<-- [end:auto]

# --8<-- [start:exact]
from transformers import BertForMaskedLM, LlamaForCausalLM

model = LlamaForCausalLM.from_pretrained(checkpoint)  # the class named in config.json
print(type(model).__name__)
#> LlamaForCausalLM

wrong, info = BertForMaskedLM.from_pretrained(checkpoint, output_loading_info=True)
print(f"{len(info['missing_keys'])} BERT weights missing, {len(info['unexpected_keys'])} unused")
#> 492 BERT weights missing, 272 unused
# --8<-- [end:exact]
