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
    for task in tasks:
        gone = "" if task in SUPPORTED_TASKS else "  <- removed in this version"
        print(f"{modality:<8} {task}{gone}")
        #> text     text-generation
        #> text     text-classification
        #> text     token-classification
        #> text     zero-shot-classification
        #> text     fill-mask
        #> text     feature-extraction
        #> text     summarization  <- removed in this version
        #> text     translation  <- removed in this version
        #> text     question-answering  <- removed in this version
        #> image    image-classification
        #> image    object-detection
        #> image    image-segmentation
        #> image    depth-estimation
        #> image    image-to-text  <- removed in this version
        #> audio    automatic-speech-recognition
        #> audio    audio-classification
        #> audio    text-to-audio
        #> several  image-text-to-text
        #> several  zero-shot-image-classification
        #> several  document-question-answering
        #> several  any-to-any
