"""What the packaged app ships besides code: icons in every size and container, the .desktop entry, resource lookup."""

from __future__ import annotations

import configparser
import struct
import sys
from pathlib import Path

import pytest

from ui import resources
from ui.resources import ICON_SIZES, app_icon, resource_path, resources_root

ROOT = Path(__file__).resolve().parent.parent
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == PNG_MAGIC, f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])  # IHDR is always the first chunk
    return width, height


def test_resources_root_is_the_checkouts_folder_from_source() -> None:
    assert resources_root() == ROOT / "resources"
    assert resource_path("icons", "qingdu.svg").is_file()


def test_resources_root_follows_the_pyinstaller_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("icons", "qingdu-16.png") == tmp_path / "resources" / "icons" / "qingdu-16.png"


@pytest.mark.parametrize("size", ICON_SIZES)
def test_every_icon_size_is_a_square_png_of_that_size(size: int) -> None:
    assert png_size(resource_path("icons", f"qingdu-{size}.png")) == (size, size)


def test_windows_ico_holds_the_small_and_256_sizes() -> None:
    data = resource_path("icons", "qingdu.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)  # 1 = icon (2 would be a cursor)
    sizes = set()
    for index in range(count):
        width, height = data[6 + 16 * index], data[7 + 16 * index]
        sizes.add((width or 256, height or 256))  # 0 stands for 256 in an ICONDIRENTRY
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes


def test_macos_icns_is_a_complete_container_with_large_and_small_images() -> None:
    data = resource_path("icons", "qingdu.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, offset = set(), 8
    while offset < len(data):
        kind, length = data[offset : offset + 4], struct.unpack(">I", data[offset + 4 : offset + 8])[0]
        assert length >= 8
        kinds.add(kind)
        offset += length
    assert offset == len(data)
    assert {b"ic09", b"ic07"} <= kinds  # 512 and 128 pixel PNG entries


def test_app_icon_offers_every_rendered_size(qapp: object) -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert {size.width() for size in icon.availableSizes()} == set(ICON_SIZES)


def test_app_icon_is_empty_not_an_error_when_the_files_are_missing(
    qapp: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(resources, "resources_root", lambda: tmp_path)
    assert app_icon().isNull()


def test_desktop_entry_launches_qingdu_with_its_icon() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive in .desktop files
    parser.read(ROOT / "resources" / "qingdu.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "qingdu"
    assert entry["Exec"].split()[1] == "%F"  # several files or folders, as the command line takes them
    assert entry["Icon"] == "qingdu"
    assert entry["Terminal"] == "false"
    assert entry["Name[zh_CN]"] == "清读"
    for key in ("Categories", "MimeType", "Keywords"):
        assert entry[key].endswith(";"), f"{key} is a list and must end with ';'"
    assert "text/html" in entry["MimeType"].split(";")
