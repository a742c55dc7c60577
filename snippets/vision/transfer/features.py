# --8<-- [start:features]
import json
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from efficientnet_lite_pytorch import EfficientNet
from huggingface_hub import hf_hub_download
from safetensors.torch import load_file
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

repo = "ml-illustrated/efficientnet-lite0"
config = json.loads(Path(hf_hub_download(repo, "config.json")).read_text())
net = EfficientNet.from_name("efficientnet-lite0")
net.load_state_dict(load_file(hf_hub_download(repo, "model.safetensors")))
net.eval()

digits = load_digits()
train_idx, test_idx = train_test_split(np.arange(len(digits.target)), test_size=0.4,
                                       stratify=digits.target, random_state=0)


def features(images, size=160):
    """8 x 8 grey digits -> size x size 'photos' -> the CNN's 1,280 pooled features."""
    out = []
    for batch in torch.tensor(images / 16.0, dtype=torch.float32)[:, None].split(64):
        x = F.interpolate(batch, size=size, mode="bilinear").repeat(1, 3, 1, 1)  # RGB
        x = (1.0 - x - 0.5) / 0.5  # dark ink on white, then the model's mean and std
        with torch.no_grad():
            maps = net.extract_features(x)  # (batch, 1280, size / 32, size / 32)
        out.append(maps.mean(dim=(2, 3)))
    return torch.cat(out).numpy()


X = features(digits.images)
print(X.shape)
#> (1797, 1280)
# --8<-- [end:features]

# --8<-- [start:head]
from sklearn.linear_model import LogisticRegression

y = digits.target
for n in [50, 200, len(train_idx)]:
    head = LogisticRegression(max_iter=3000).fit(X[train_idx[:n]], y[train_idx[:n]])
    print(f"{n:5} labelled digits: test accuracy {head.score(X[test_idx], y[test_idx]):.2f}")
    #>    50 labelled digits: test accuracy 0.68
    #>   200 labelled digits: test accuracy 0.91
    #>  1078 labelled digits: test accuracy 0.97
# --8<-- [end:head]
