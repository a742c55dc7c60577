# --8<-- [start:mmap]
import gc
import json

import psutil
from datasets import load_dataset

process = psutil.Process()


def rss_mb():  # resident memory of this process
    gc.collect()
    return process.memory_info().rss / 2**20


start = rss_mb()
with open("bbc-news/bbc-news.jsonl", encoding="utf-8") as f:
    in_python = [json.loads(line) for line in f]  # every row as Python objects, in RAM
python_growth = rss_mb() - start
del in_python

news = load_dataset("json", data_files="bbc-news/bbc-news.jsonl", split="train")  # converts once
print(news.num_rows, "articles, cached as an Arrow file:", news.cache_files[0]["filename"].endswith(".arrow"))
#> 2225 articles, cached as an Arrow file: True
print(f"Arrow file {news.dataset_size / 2**20:.1f} MB")
#> Arrow file 4.9 MB

start = rss_mb()
news = load_dataset("json", data_files="bbc-news/bbc-news.jsonl", split="train")  # the cache, mapped
mapped_growth = rss_mb() - start
# --8<-- [end:mmap]

# --8<-- [start:speed]
import time

rows_per_second = {}
start = time.perf_counter()
words = 0
for batch in news.iter(batch_size=1000):  # read straight from the memory-mapped file
    words += sum(len(text.split()) for text in batch["text"])
rows_per_second["memory-mapped"] = news.num_rows / (time.perf_counter() - start)
print(f"{words:,} words in the articles")
#> 842,910 words in the articles
# --8<-- [end:speed]

# --8<-- [start:stream]
streamed = load_dataset("json", data_files="bbc-news/bbc-news.jsonl", split="train", streaming=True)
print(type(streamed).__name__)
#> IterableDataset
print(next(iter(streamed))["title"])
#> Ad sales boost Time Warner profit

start_rss, start = rss_mb(), time.perf_counter()
count = sum(1 for _ in streamed)
rows_per_second["streamed"] = count / (time.perf_counter() - start)
print(count, "articles streamed")
#> 2225 articles streamed

for example in streamed.shuffle(buffer_size=500, seed=42).take(3):
    print(example["topic"], "|", example["title"])
    #> business | Virgin Blue shares plummet 20%
    #> business | Salary scandal in Cameroon
    #> business | Two Nigerian banks set to merge
later = streamed.skip(2000)
print(sum(1 for _ in later), "articles after skipping 2,000")
#> 225 articles after skipping 2,000
# --8<-- [end:stream]

# --8<-- [start:interleave]
from datasets import interleave_datasets

reviews = load_dataset("text", data_files="chinese-reviews/pos.txt", split="train", streaming=True)
titles = streamed.map(lambda x: {"text": x["title"]}).select_columns(["text"])
mixed = interleave_datasets([titles, reviews], probabilities=[0.5, 0.5], seed=42)
for example in mixed.take(4):
    print(example["text"][:40])
    #> 我正在写这本书的心得，勘误和疑点，有兴趣的朋友可以访问我的网站，交流切磋。www
    #> Ad sales boost Time Warner profit
    #> 本人是一名大一学生，大一的生活一直处于浑浑噩噩的状态，直到我看到了这本书。它对于
    #> 当时是因为要写读书报告 所以上网到处抄 就发现这本书感觉以前自己没看过中文版的骆
# --8<-- [end:interleave]

# --8<-- [start:figure]
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

fig, (left, right) = plt.subplots(1, 2, figsize=(8, 3))
left.bar(["Arrow (memory-mapped)", "Python list"], [mapped_growth, python_growth], color=["#3f51b5", "#999"])
left.set_ylabel("RAM added (MB)")
right.bar(list(rows_per_second), list(rows_per_second.values()), color=["#3f51b5", "#7986cb"])
right.set_ylabel("rows per second")
fig.suptitle(f"BBC News, {news.num_rows:,} articles, measured on this machine")
fig.tight_layout()
plt.savefig("ch5-memory-and-speed.png", dpi=90)
# --8<-- [end:figure]
