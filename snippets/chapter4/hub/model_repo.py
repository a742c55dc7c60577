# --8<-- [start:files]
from huggingface_hub import HfApi

api = HfApi()
info = api.model_info("sentence-transformers/all-MiniLM-L6-v2", files_metadata=True)
for file in info.siblings:
    print(f"{file.rfilename:34} {file.size:>11,} bytes" + ("  (LFS)" if file.lfs else ""))
    #> 1_Pooling/config.json                      190 bytes
    #> README.md                               10,454 bytes
    #> config.json                                612 bytes
    #> config_sentence_transformers.json          116 bytes
    #> data_config.json                        39,265 bytes
    #> model.safetensors                   90,868,376 bytes  (LFS)
    #> modules.json                               349 bytes
    #> sentence_bert_config.json                   53 bytes
    #> special_tokens_map.json                    112 bytes
    #> tokenizer.json                         466,247 bytes
    #> tokenizer_config.json                      350 bytes
    #> vocab.txt                              231,508 bytes
# --8<-- [end:files]

# --8<-- [start:card]
card = info.card_data
print(card.license, card.language, card.library_name)
#> apache-2.0 en sentence-transformers
print(card.tags)
'''
['sentence-transformers', 'feature-extraction', 'sentence-similarity', 'transformers']
'''
print(len(card.datasets), "training data sets, for example", card.datasets[:3])
'''
21
training data sets, for example
['s2orc', 'flax-sentence-embeddings/stackexchange_xml', 'ms_marco']
'''
# --8<-- [end:card]

# --8<-- [start:history]
commits = api.list_repo_commits("sentence-transformers/all-MiniLM-L6-v2")
print(len(commits), "commit(s); newest:", commits[0].title)
#> 2 commit(s); newest: Copy from the site's model shelf
print(len(info.sha), "hex digits; the newest commit is main:", info.sha == commits[0].commit_id)
#> 40 hex digits; the newest commit is main: True
refs = api.list_repo_refs("sentence-transformers/all-MiniLM-L6-v2")
print([branch.name for branch in refs.branches], [tag.name for tag in refs.tags])
#> ['main'] []
# --8<-- [end:history]
