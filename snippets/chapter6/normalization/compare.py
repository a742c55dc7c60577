# --8<-- [start:normalize]
from transformers import AutoTokenizer

checkpoints = ["google-bert/bert-base-uncased", "openai-community/gpt2",
               "Qwen/Qwen2.5-Coder-0.5B-Instruct", "google/gemma-3-270m"]
tokenizers = {name.split("/")[1]: AutoTokenizer.from_pretrained(name) for name in checkpoints}
text = "Héllò hôw are ü?  中文，全角ＡＢＣ"
for name, tokenizer in tokenizers.items():
    normalizer = tokenizer.backend_tokenizer.normalizer
    print(f"{name:28} {normalizer.normalize_str(text) if normalizer else '(no normalizer)'!r}")
    #> bert-base-uncased            'hello how are u?   中  文 ， 全  角 ａｂｃ'
    #> gpt2                         '(no normalizer)'
    #> Qwen2.5-Coder-0.5B-Instruct  'Héllò hôw are ü?  中文，全角ＡＢＣ'
    #> gemma-3-270m                 'Héllò▁hôw▁are▁ü?▁▁中文，全角ＡＢＣ'
# --8<-- [end:normalize]

# --8<-- [start:pretokenize]
text = "Hello, how are  you? 你好，世界"
for name, tokenizer in tokenizers.items():
    pre = tokenizer.backend_tokenizer.pre_tokenizer
    pieces = [piece for piece, _ in pre.pre_tokenize_str(text)] if pre else "(no pre-tokenizer)"
    print(f"{name:28} {pieces}")
    '''
    bert-base-uncased            ['Hello', ',', 'how', 'are', 'you', '?', '你好', '，', '世界']
    '''
    '''
    gpt2                         ['Hello', ',', 'Ġhow', 'Ġare', 'Ġ', 'Ġyou', '?', 'Ġä½łå¥½', 'ï¼Į', 'ä¸ĸçķĮ']
    '''
    '''
    Qwen2.5-Coder-0.5B-Instruct  ['Hello', ',', 'Ġhow', 'Ġare', 'Ġ', 'Ġyou', '?', 'Ġä½łå¥½', 'ï¼Įä¸ĸçķĮ']
    '''
    #> gemma-3-270m                 ['Hello, ', 'how ', 'are ', ' ', 'you? ', '你好，世界']
# --8<-- [end:pretokenize]

# --8<-- [start:tokens]
for name, tokenizer in tokenizers.items():
    print(f"{name:28} {tokenizer.tokenize(text)}")
    '''
    bert-base-uncased            ['hello', ',', 'how', 'are', 'you', '?', '[UNK]', '[UNK]', '，', '世', '[UNK]']
    '''
    '''
    gpt2                         ['Hello', ',', 'Ġhow', 'Ġare', 'Ġ', 'Ġyou', '?', 'Ġ', 'ä½', 'ł', 'å¥', '½', 'ï', '¼', 'Į', 'ä¸', 'ĸ', 'çķ', 'Į']
    '''
    '''
    Qwen2.5-Coder-0.5B-Instruct  ['Hello', ',', 'Ġhow', 'Ġare', 'Ġ', 'Ġyou', '?', 'Ġ', 'ä½łå¥½', 'ï¼Į', 'ä¸ĸçķĮ']
    '''
    '''
    gemma-3-270m                 ['Hello', ',', '▁how', '▁are', '▁▁', 'you', '?', '▁你', '好', '，', '世界']
    '''
# --8<-- [end:tokens]

# --8<-- [start:models]
for name, tokenizer in tokenizers.items():
    model = tokenizer.backend_tokenizer.model
    print(f"{name:28} {type(model).__name__:10} byte_fallback={getattr(model, 'byte_fallback', None)}")
    #> bert-base-uncased            WordPiece  byte_fallback=None
    #> gpt2                         BPE        byte_fallback=False
    #> Qwen2.5-Coder-0.5B-Instruct  BPE        byte_fallback=False
    #> gemma-3-270m                 BPE        byte_fallback=True
# --8<-- [end:models]
