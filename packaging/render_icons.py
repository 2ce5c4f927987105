"""Render resources/icons/qingdu.svg to the PNG sizes, the Windows .ico and the macOS .icns (a build-time tool).

Run `.venv/bin/python packaging/render_icons.py` after editing the SVG and commit the outputs. The SVG is drawn
with Qt's own renderer (offscreen); Pillow, only needed here, writes the .ico and .icns containers.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest size a Windows .ico entry can hold
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def render_pngs() -> dict[int, Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "qingdu.svg"))
    if not renderer.isValid():
        raise SystemExit("qingdu.svg is not a valid SVG")
    written = {}
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = ICONS / f"qingdu-{size}.png"
        if not image.save(str(path)):
            raise SystemExit(f"could not write {path}")
        written[size] = path
    del app
    return written


def write_containers(pngs: dict[int, Path]) -> None:
    from PIL import Image

    images = {size: Image.open(path).convert("RGBA") for size, path in pngs.items()}
    largest = images[max(images)]
    largest.save(ICONS / "qingdu.ico", sizes=[(s, s) for s in ICO_SIZES])
    largest.save(ICONS / "qingdu.icns", append_images=[images[s] for s in ICNS_SIZES if s != max(images)])


def main() -> int:
    pngs = render_pngs()
    write_containers(pngs)
    for path in sorted(ICONS.iterdir()):
        print(f"{path.relative_to(ROOT)}\t{path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
