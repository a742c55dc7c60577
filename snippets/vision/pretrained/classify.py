# --8<-- [start:load]
import json
from pathlib import Path

import torch
from efficientnet_lite_pytorch import EfficientNet
from huggingface_hub import hf_hub_download
from safetensors.torch import load_file

repo = "ml-illustrated/efficientnet-lite0"
config = json.loads(Path(hf_hub_download(repo, "config.json")).read_text())
net = EfficientNet.from_name("efficientnet-lite0")
net.load_state_dict(load_file(hf_hub_download(repo, "model.safetensors")))
net.eval()
print(sum(p.numel() for p in net.parameters()), "parameters,", len(config["id2label"]), "classes")
#> 4652008 parameters, 1000 classes
# --8<-- [end:load]

# --8<-- [start:prepare]
from skimage import transform


def prepare(image):
    """A photo (height, width, 3) of 0-255 values -> a (1, 3, 224, 224) tensor."""
    h, w = image.shape[:2]
    side = min(h, w)  # the centre square, then 224 x 224 pixels
    top, left = (h - side) // 2, (w - side) // 2
    square = image[top : top + side, left : left + side, :3]
    pixels = transform.resize(square, (224, 224), anti_aliasing=True)  # floats in [0, 1]
    pixels = (pixels - 0.5) / 0.5  # this model's mean and std: 0.5 each
    return torch.tensor(pixels, dtype=torch.float32).permute(2, 0, 1)[None]
# --8<-- [end:prepare]


# --8<-- [start:classify]
from skimage import data
from sklearn.datasets import load_sample_image

photos = {"chelsea": data.chelsea(), "coffee": data.coffee(), "astronaut": data.astronaut(),
          "rocket": data.rocket(), "china.jpg": load_sample_image("china.jpg"),
          "flower.jpg": load_sample_image("flower.jpg")}
for name, image in photos.items():
    with torch.no_grad():
        probs = net(prepare(image)).softmax(dim=-1)[0]
    top = probs.topk(3)
    guesses = ", ".join(f"{config['id2label'][str(i)]} {p:.2f}"
                        for p, i in zip(top.values.tolist(), top.indices.tolist()))
    print(f"{name:11} {guesses}")
    #> chelsea     Egyptian cat 0.41, tiger cat 0.33, tabby 0.16
    #> coffee      espresso 0.94, cup 0.02, consomme 0.01
    #> astronaut   bobsled 0.22, football helmet 0.15, go-kart 0.04
    #> rocket      missile 0.30, projectile 0.16, drilling platform 0.08
    #> china.jpg   palace 0.34, bell cote 0.19, monastery 0.08
    #> flower.jpg  daisy 0.21, mushroom 0.10, bee 0.05
# --8<-- [end:classify]
