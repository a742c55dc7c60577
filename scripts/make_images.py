"""Make the image the vision chapter's OCR snippet reads: a notice written for the site
(CC0), rendered in a CJK font, with a little blur and tilt so that it is not a perfect
screenshot. Output is committed (docs/assets/data/notice.png); rerun to remake it.

    .venv/bin/python scripts/make_images.py
"""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"  # Debian: fonts-wqy-microhei
LINES = [
    (46, "图书馆通知"),
    (30, "本周六上午九点至十二点，三楼阅览室因设备维修暂停开放。"),
    (30, "二楼自习区照常开放，给您带来不便，敬请谅解。"),
    (26, "Library notice: the third-floor reading room is closed on Saturday morning."),
]


def main() -> None:
    image = Image.new("RGB", (1000, 300), (250, 248, 240))
    draw = ImageDraw.Draw(image)
    y = 24
    for size, text in LINES:
        draw.text((36, y), text, fill=(30, 30, 30), font=ImageFont.truetype(FONT, size))
        y += size + 30
    image = image.rotate(1.5, resample=Image.BICUBIC, expand=True, fillcolor=(250, 248, 240))
    image = image.filter(ImageFilter.GaussianBlur(0.6))
    out = Path(__file__).resolve().parent.parent / "docs" / "assets" / "data" / "notice.png"
    image.convert("L").save(out, optimize=True)  # grey: a third of the size
    print(out, image.size)


if __name__ == "__main__":
    main()
