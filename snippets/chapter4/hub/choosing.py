import json
from pathlib import Path

from huggingface_hub import HfApi, hf_hub_download

api = HfApi()
for repo_id in ["sentence-transformers/all-MiniLM-L6-v2", "sentence-transformers/all-mpnet-base-v2"]:
    info = api.model_info(repo_id)
    weights = api.get_safetensors_metadata(repo_id)  # read from the file's header only
    millions = sum(weights.parameter_count.values()) / 1e6
    config = json.loads(Path(hf_hub_download(repo_id, "config.json")).read_text())
    trained = json.loads(Path(hf_hub_download(repo_id, "sentence_bert_config.json")).read_text())
    print(repo_id)
    #> sentence-transformers/all-MiniLM-L6-v2
    #> sentence-transformers/all-mpnet-base-v2
    print(f"  license {info.card_data.license}, language {info.card_data.language}")
    #>   license apache-2.0, language en
    #>   license apache-2.0, language en
    print(f"  {millions:.1f} M parameters, {config['num_hidden_layers']} layers, "
          f"{config['hidden_size']}-dimensional vectors, texts cut at {trained['max_seq_length']} tokens")
    #>   22.7 M parameters, 6 layers, 384-dimensional vectors, texts cut at 256 tokens
    '''
      109.5 M parameters, 12 layers, 768-dimensional vectors, texts cut at 384 tokens
    '''
