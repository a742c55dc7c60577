# --8<-- [start:encode]
import soundfile as sf
import torch
from transformers import AutoModelForSpeechSeq2Seq, AutoProcessor

checkpoint = "openai/whisper-tiny.en"
processor = AutoProcessor.from_pretrained(checkpoint)
model = AutoModelForSpeechSeq2Seq.from_pretrained(checkpoint)
tokenizer = processor.tokenizer

audio, rate = sf.read("weather.wav")
features = processor(audio, sampling_rate=rate, return_tensors="pt")

# The encoder reads the whole recording once and returns its features.
with torch.no_grad():
    memory = model.get_encoder()(features.input_features).last_hidden_state
print("encoder features:", tuple(memory.shape))
#> encoder features: (1, 1500, 384)
# --8<-- [end:encode]

# --8<-- [start:decode]
# The decoder writes one token at a time, from the encoder's features
# and its own output so far.
decoder = model.get_decoder()
start = "<|startoftranscript|><|notimestamps|>"
ids = tokenizer(start, add_special_tokens=False, return_tensors="pt").input_ids
new, cache = ids, None  # cache: what the decoder computed for earlier tokens
with torch.no_grad():
    while ids[0, -1] != tokenizer.eos_token_id and ids.shape[1] < 30:
        out = decoder(input_ids=new, encoder_hidden_states=memory,
                      cache=cache, use_cache=True)
        cache = out.cache
        logits = model.proj_out(out.last_hidden_state[:, -1])
        new = logits.argmax(dim=-1, keepdim=True)  # greedy: the likeliest
        ids = torch.cat([ids, new], dim=1)
        step = ids.shape[1] - 2
        if step <= 4:
            print(f"step {step}: {tokenizer.decode(new[0])!r}")
            #> step 1: ' But'
            #> step 2: ' wherever'
            #> step 3: ' is'
            #> step 4: ' sunny'

text = tokenizer.decode(ids[0], skip_special_tokens=True).strip()
print(ids.shape[1] - 2, "steps:", text)
#> 15 steps: But wherever is sunny today, with a light wind from the west.
# --8<-- [end:decode]
