# --8<-- [start:loop]
import textwrap

from transformers import AutoModelForCausalLM, AutoTokenizer

# A base model: it continues text, it does not follow instructions.
model_id = "google/gemma-3-270m"
tokenizer = AutoTokenizer.from_pretrained(model_id)
model = AutoModelForCausalLM.from_pretrained(model_id)


def complete(text, **settings):
    inputs = tokenizer(text, return_tensors="pt")
    ids = model.generate(
        **inputs, max_new_tokens=24, do_sample=False, **settings
    )
    new = tokenizer.decode(ids[0, inputs.input_ids.shape[1]:])
    return textwrap.fill(new.strip(), width=70)  # wrap long lines for the page


print(complete("I like cats because"))
'''
they are so cute. I love them because they are so cute. I love them
because they are so cute. I
'''
print(complete("我最喜欢的季节是秋天，因为"))
#> 秋天是春天最美的季节，秋天是秋天最美的季节，秋天是秋天最美的
# --8<-- [end:loop]

# --8<-- [start:penalty]
print(complete("I like cats because", repetition_penalty=1.3))
'''
they are so cute. I love them for their intelligence, and the fact
that you can get a cat from birth to
'''
print(complete("我最喜欢的季节是秋天，因为", repetition_penalty=1.3))
#> 它温暖的阳光和美丽的景色。在秋季里，我们可以在公园里散步、骑自行车或游泳
print(complete("我最喜欢的季节是秋天，因为", no_repeat_ngram_size=3))
#> 秋天是春天最美的季节，秋天是我最喜欢的颜色，秋天的色彩是秋天的美，秋
# --8<-- [end:penalty]

# --8<-- [start:presence]
import torch
from transformers import LogitsProcessor


class PresenceFrequencyPenalty(LogitsProcessor):
    """presence_penalty and frequency_penalty as OpenAI-style APIs define them."""

    def __init__(self, prompt_length, presence=0.0, frequency=0.0):
        self.prompt_length = prompt_length  # only generated tokens count
        self.presence, self.frequency = presence, frequency

    def __call__(self, input_ids, scores):
        generated = input_ids[:, self.prompt_length:]
        counts = torch.zeros_like(scores).scatter_add_(
            1, generated, torch.ones_like(generated, dtype=scores.dtype)
        )
        # A flat amount once a token has appeared, plus an amount per occurrence.
        return scores - self.presence * (counts > 0) - self.frequency * counts


text = "我最喜欢的季节是秋天，因为"
length = len(tokenizer(text).input_ids)
presence = PresenceFrequencyPenalty(length, presence=1.5)
print(complete(text, logits_processor=[presence]))
#> 秋天是春天最美的季节，所以我们常说“秋天好”  但是，秋天又是一个
frequency = PresenceFrequencyPenalty(length, frequency=1.0)
print(complete(text, logits_processor=[frequency]))
#> 秋天是春天最美的季节，所以秋天是我的最爱。  我喜欢吃各种各样的水果
# --8<-- [end:presence]
