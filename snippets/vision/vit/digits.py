import matplotlib

matplotlib.use("Agg")

# --8<-- [start:data]
import numpy as np
import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

digits = load_digits()  # 1,797 handwritten digits, 8 x 8 pixels, values 0-16
images = torch.tensor(digits.images / 16.0, dtype=torch.float32)[:, None]  # (N, 1, 8, 8)
labels = torch.tensor(digits.target)
train_idx, test_idx = train_test_split(np.arange(len(labels)), test_size=0.4,
                                       stratify=digits.target, random_state=0)
print(images.shape, len(train_idx), "train,", len(test_idx), "test")
#> torch.Size([1797, 1, 8, 8]) 1078 train, 719 test
# --8<-- [end:data]

# --8<-- [start:config]
from transformers import ViTConfig, ViTForImageClassification, set_seed

set_seed(0)
config = ViTConfig(image_size=8, patch_size=2, num_channels=1, hidden_size=64,
                   num_hidden_layers=4, num_attention_heads=4, intermediate_size=128,
                   num_labels=10, attn_implementation="eager")
model = ViTForImageClassification(config)  # random weights: trained here, not pretrained
print(f"{model.num_parameters():,} parameters")
#> 136,138 parameters
# --8<-- [end:config]

# --8<-- [start:patches]
embeddings = model.vit.embeddings
with torch.no_grad():
    patches = embeddings.patch_embeddings(images[:1])  # a 2 x 2 convolution with stride 2
print(tuple(patches.shape))  # 16 patches, each now a 64-number vector
#> (1, 16, 64)
print(tuple(embeddings.cls_token.shape), tuple(embeddings.position_embeddings.shape))
#> (1, 1, 64) (1, 17, 64)
# --8<-- [end:patches]

# --8<-- [start:train]
from torch.utils.data import DataLoader, TensorDataset


def accuracy(idx):
    model.eval()
    with torch.no_grad():
        return (model(images[idx]).logits.argmax(-1) == labels[idx]).float().mean().item()


print(f"before training: test accuracy {accuracy(test_idx):.2f}")
#> before training: test accuracy 0.10
loader = DataLoader(TensorDataset(images[train_idx], labels[train_idx]), batch_size=64,
                    shuffle=True, generator=torch.Generator().manual_seed(0))
optimizer = torch.optim.AdamW(model.parameters(), lr=2e-3, weight_decay=0.01)
for epoch in range(40):
    model.train()
    for x, y in loader:
        loss = model(x, labels=y).loss
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
# One decimal: 40 epochs from random weights amplify the last bits of float arithmetic
# (another CPU ended 0.97 where this one ends 0.94: see the page).
print(f"after 40 epochs: train accuracy {accuracy(train_idx):.1f}, "
      f"test accuracy {accuracy(test_idx):.1f}")
#> after 40 epochs: train accuracy 1.0, test accuracy 0.9
# --8<-- [end:train]

# --8<-- [start:attention]
import matplotlib.pyplot as plt

model.eval()
shown = test_idx[:6]
with torch.no_grad():
    out = model(images[shown], output_attentions=True)
# The [CLS] token's attention to the 16 patches in the last layer, averaged over heads.
cls_to_patches = out.attentions[-1][:, :, 0, 1:].mean(dim=1).reshape(-1, 4, 4)
fig, axes = plt.subplots(2, 6, figsize=(9, 3.4), constrained_layout=True)
for k, i in enumerate(shown):
    axes[0, k].imshow(images[i, 0], cmap="gray_r")
    axes[0, k].set_title(f"{labels[i].item()} -> {out.logits[k].argmax().item()}", fontsize=9)
    axes[1, k].imshow(cls_to_patches[k], cmap="magma")
for ax in axes.flat:
    ax.set_xticks([]), ax.set_yticks([])
axes[0, 0].set_ylabel("digit", fontsize=9)
axes[1, 0].set_ylabel("[CLS] looks at", fontsize=9)
fig.savefig("vision-vit-digits-attention.png", dpi=120)
# --8<-- [end:attention]

# --8<-- [start:fewer]
# The same recipe with only 200 labelled digits (the transfer-learning page compares).
set_seed(0)
model = ViTForImageClassification(config)
loader = DataLoader(TensorDataset(images[train_idx[:200]], labels[train_idx[:200]]),
                    batch_size=64, shuffle=True, generator=torch.Generator().manual_seed(0))
optimizer = torch.optim.AdamW(model.parameters(), lr=2e-3, weight_decay=0.01)
for epoch in range(40):
    model.train()
    for x, y in loader:
        model(x, labels=y).loss.backward()
        optimizer.step()
        optimizer.zero_grad()
print(f"200 labelled digits: test accuracy {accuracy(test_idx):.1f}")
#> 200 labelled digits: test accuracy 0.7
# --8<-- [end:fewer]
