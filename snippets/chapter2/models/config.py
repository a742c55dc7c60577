# --8<-- [start:one]
from transformers import AutoConfig

config = AutoConfig.from_pretrained("HuggingFaceTB/SmolLM2-135M-Instruct")
print(type(config).__name__, config.model_type, config.architectures)
#> LlamaConfig llama ['LlamaForCausalLM']
for key in ["vocab_size", "hidden_size", "num_hidden_layers",
            "num_attention_heads", "max_position_embeddings"]:
    print(f"{key:24} {getattr(config, key)}")
    #> vocab_size               49152
    #> hidden_size              576
    #> num_hidden_layers        30
    #> num_attention_heads      9
    #> max_position_embeddings  8192
# --8<-- [end:one]

# --8<-- [start:many]
checkpoints = [
    "sentence-transformers/all-MiniLM-L6-v2",
    "HuggingFaceTB/SmolLM2-135M-Instruct",
    "google/gemma-3-270m",
    "Qwen/Qwen2.5-Coder-0.5B-Instruct",
]
for checkpoint in checkpoints:
    c = AutoConfig.from_pretrained(checkpoint)
    print(f"{c.model_type:12} layers={c.num_hidden_layers:<3} "
          f"hidden={c.hidden_size:<4} vocab={c.vocab_size}")
    #> bert         layers=6   hidden=384  vocab=30522
    #> llama        layers=30  hidden=576  vocab=49152
    #> gemma3_text  layers=18  hidden=640  vocab=262144
    #> qwen2        layers=24  hidden=896  vocab=151936
# --8<-- [end:many]
