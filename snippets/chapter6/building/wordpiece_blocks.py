# --8<-- [start:normalizer]
from tokenizers import (
    Tokenizer,
    decoders,
    models,
    normalizers,
    pre_tokenizers,
    processors,
    trainers,
)

tokenizer = Tokenizer(models.WordPiece(unk_token="[UNK]"))
tokenizer.normalizer = normalizers.Sequence(
    [normalizers.NFD(), normalizers.Lowercase(), normalizers.StripAccents()]
)
print(tokenizer.normalizer.normalize_str("Héllò hôw are ü?"))
#> hello how are u?
# --8<-- [end:normalizer]

# --8<-- [start:pre-tokenizer]
tokenizer.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
print(tokenizer.pre_tokenizer.pre_tokenize_str("Let's test my pre-tokenizer."))
'''
[('Let', (0, 3)), ("'", (3, 4)), ('s', (4, 5)), ('test', (6, 10)), ('my', (11, 13)), ('pre', (14, 17)), ('-', (17, 18)), ('tokenizer', (18, 27)), ('.', (27, 28))]
'''
# --8<-- [end:pre-tokenizer]

# --8<-- [start:train]
from datasets import load_dataset

news = load_dataset("json", data_files="bbc-news/bbc-news.jsonl", split="train")


def batches(size=500):
    for start in range(0, news.num_rows, size):
        yield list(news[start : start + size]["text"])


special_tokens = ["[UNK]", "[PAD]", "[CLS]", "[SEP]", "[MASK]"]
trainer = trainers.WordPieceTrainer(vocab_size=8000, special_tokens=special_tokens, show_progress=False)
tokenizer.train_from_iterator(batches(), trainer=trainer)
print(tokenizer.get_vocab_size(), tokenizer.encode("Let's test this tokenizer.").tokens)
#> 8000 ['let', "'", 's', 'test', 'this', 'to', '##ken', '##iz', '##er', '.']
# --8<-- [end:train]

# --8<-- [start:post-processor]
cls_id, sep_id = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")
tokenizer.post_processor = processors.TemplateProcessing(
    single="[CLS]:0 $A:0 [SEP]:0",
    pair="[CLS]:0 $A:0 [SEP]:0 $B:1 [SEP]:1",
    special_tokens=[("[CLS]", cls_id), ("[SEP]", sep_id)],
)
encoding = tokenizer.encode("Let's test this tokenizer...", "on a pair of sentences.")
print(encoding.tokens)
'''
['[CLS]', 'let', "'", 's', 'test', 'this', 'to', '##ken', '##iz', '##er', '.', '.', '.', '[SEP]', 'on', 'a', 'pair', 'of', 'sentences', '.', '[SEP]']
'''
print(encoding.type_ids)
#> [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1]
tokenizer.decoder = decoders.WordPiece(prefix="##")
print(tokenizer.decode(encoding.ids))
#> let ' s test this tokenizer... on a pair of sentences.
# --8<-- [end:post-processor]

# --8<-- [start:wrap]
from huggingface_hub import whoami
from transformers import AutoTokenizer, PreTrainedTokenizerFast

wrapped = PreTrainedTokenizerFast(
    tokenizer_object=tokenizer,
    unk_token="[UNK]", pad_token="[PAD]", cls_token="[CLS]", sep_token="[SEP]", mask_token="[MASK]",
)
repo_id = f"{whoami()['name']}/bbc-news-wordpiece"
wrapped.push_to_hub(repo_id)
again = AutoTokenizer.from_pretrained(repo_id)
text = ["Ad sales boost Time Warner profit", "Dollar gains on Greenspan speech"]
print(again(text, padding=True)["input_ids"] == wrapped(text, padding=True)["input_ids"])
#> True
# --8<-- [end:wrap]
