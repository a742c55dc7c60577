# --8<-- [start:words]
en = "Jim's dogs chased the cat."
zh = "小狗追着猫跑。"
print(en.split())
#> ["Jim's", 'dogs', 'chased', 'the', 'cat.']
print(zh.split())  # no spaces in Chinese: one "word" for the whole sentence
#> ['小狗追着猫跑。']

# A word vocabulary built from a tiny corpus: every unseen form is unknown.
corpus = "the dog chased the cat . the cat sat on the mat ."
vocab = {word: i for i, word in enumerate(sorted(set(corpus.split())))}
print(vocab)
#> {'.': 0, 'cat': 1, 'chased': 2, 'dog': 3, 'mat': 4, 'on': 5, 'sat': 6, 'the': 7}
new_sentence = "the dogs chased a cat ."
print([vocab.get(word, "[UNK]") for word in new_sentence.split()])
#> [7, '[UNK]', 2, '[UNK]', 1, 0]
# --8<-- [end:words]

# --8<-- [start:chars]
print(list(en)[:10])  # first 10 of 26 characters
#> ['J', 'i', 'm', "'", 's', ' ', 'd', 'o', 'g', 's']
print(list(zh))
#> ['小', '狗', '追', '着', '猫', '跑', '。']
print(len(en), len(set(en)), len(zh), len(set(zh)))
#> 26 15 7 7
# --8<-- [end:chars]
