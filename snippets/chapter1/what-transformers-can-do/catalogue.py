import textwrap

from transformers.pipelines import SUPPORTED_TASKS

# The course's catalogue of pipeline tasks, by the kind of input they take.
catalogue = {
    "text": ["text-generation", "text-classification", "token-classification",
             "zero-shot-classification", "fill-mask", "feature-extraction",
             "summarization", "translation", "question-answering"],
    "image": ["image-classification", "object-detection", "image-segmentation",
              "depth-estimation", "image-to-text"],
    "audio": ["automatic-speech-recognition", "audio-classification",
              "text-to-audio"],
    "several": ["image-text-to-text", "zero-shot-image-classification",
                "document-question-answering", "any-to-any"],
}
for modality, tasks in catalogue.items():
    here = ", ".join(t for t in tasks if t in SUPPORTED_TASKS)
    print(textwrap.fill(f"{modality}: {here}", 76, subsequent_indent="  "))
    gone = [t for t in tasks if t not in SUPPORTED_TASKS]
    if gone:
        print("  removed in this version:", ", ".join(gone))
