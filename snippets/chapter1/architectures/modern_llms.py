from transformers import AutoConfig

checkpoints = [
    "HuggingFaceTB/SmolLM2-135M-Instruct",
    "google/gemma-3-270m",
    "Qwen/Qwen2.5-Coder-0.5B-Instruct",
]
print(f"{'':<19}{'layers':>7}{'heads':>6}{'kv':>4}{'vocab':>8}{'context':>9}")
#>                     layers heads  kv   vocab  context
for checkpoint in checkpoints:
    config = AutoConfig.from_pretrained(checkpoint)
    name = checkpoint.split("/")[1].removesuffix("-Instruct")
    print(f"{name:<19}{config.num_hidden_layers:>7}{config.num_attention_heads:>6}"
          f"{config.num_key_value_heads:>4}{config.vocab_size:>8}"
          f"{config.max_position_embeddings:>9}")
    #> SmolLM2-135M            30     9   3   49152     8192
    #> gemma-3-270m            18     4   1  262144    32768
    #> Qwen2.5-Coder-0.5B      24    14   2  151936    32768

# Gemma 3 mixes two kinds of attention layer.
config = AutoConfig.from_pretrained("google/gemma-3-270m")
kinds = config.layer_types
print(kinds.count("sliding_attention"), "sliding-window layers of",
      config.sliding_window, "tokens,", kinds.count("full_attention"), "full")
#> 15 sliding-window layers of 512 tokens, 3 full
