from transformers import AutoConfig

checkpoints = [
    "sentence-transformers/all-MiniLM-L6-v2",
    "HuggingFaceTB/SmolLM2-135M-Instruct",
    "google/gemma-3-270m",
    "Qwen/Qwen2.5-Coder-0.5B-Instruct",
    "openai/whisper-base",
]
for checkpoint in checkpoints:
    config = AutoConfig.from_pretrained(checkpoint)  # config.json, no weights
    architecture = config.architectures[0]
    if config.is_encoder_decoder:
        family = "encoder-decoder"
        layers = f"{config.encoder_layers}+{config.decoder_layers}"
    elif architecture.endswith("ForCausalLM"):
        family, layers = "decoder", config.num_hidden_layers
    else:
        family, layers = "encoder", config.num_hidden_layers
    name = checkpoint.split("/")[1].removesuffix("-Instruct")
    print(f"{name:<19}{family:<16}{architecture:<32}{layers}")
    #> all-MiniLM-L6-v2   encoder         BertModel                       6
    #> SmolLM2-135M       decoder         LlamaForCausalLM                30
    #> gemma-3-270m       decoder         Gemma3ForCausalLM               18
    #> Qwen2.5-Coder-0.5B decoder         Qwen2ForCausalLM                24
    #> whisper-base       encoder-decoder WhisperForConditionalGeneration 6+6
