# --8<-- [start:cut]
import numpy as np
import torch
from PIL import Image
from sklearn.datasets import load_sample_image

image = Image.fromarray(load_sample_image("china.jpg")).resize((224, 224))
pixels = torch.tensor(np.asarray(image), dtype=torch.float32) / 255  # (224, 224, 3)

size = 16  # ViT-Base/16 cuts the image into 16 x 16 pixel squares
grid = pixels.unfold(0, size, size).unfold(1, size, size)  # (14, 14, 3, 16, 16)
patches = grid.reshape(-1, 3 * size * size)  # one row of 768 numbers per patch
print(tuple(pixels.shape), "->", tuple(grid.shape), "->", tuple(patches.shape))
#> (224, 224, 3) -> (14, 14, 3, 16, 16) -> (196, 768)
print("tokens with [CLS]:", patches.shape[0] + 1)
#> tokens with [CLS]: 197
# --8<-- [end:cut]

# --8<-- [start:plot]
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

fig, axes = plt.subplots(14, 14, figsize=(4.5, 4.5))
for k, ax in enumerate(axes.flat):
    ax.imshow(grid[k // 14, k % 14].permute(1, 2, 0).numpy())
    ax.axis("off")
plt.subplots_adjust(wspace=0.08, hspace=0.08)
plt.savefig("vit-patches.png", dpi=64, bbox_inches="tight")
# --8<-- [end:plot]
