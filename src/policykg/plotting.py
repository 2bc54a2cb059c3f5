"""Matplotlib with Chinese labels: find an installed CJK font and make it the default.

    from policykg.plotting import use_cjk_font
    use_cjk_font()          # -> "WenQuanYi Micro Hei"; then plot with Chinese labels, no boxes

The font is looked up by family name in matplotlib's font list; a font installed after matplotlib
built its cache (``~/.cache/matplotlib``) is found by scanning the usual font folders for the known
CJK files and registering them with ``font_manager.fontManager.addfont``.
"""
from __future__ import annotations

import os
from pathlib import Path

from policykg.errors import PolicyKGError

# Simplified-Chinese families first; WenQuanYi Micro Hei is the one `scripts/install.sh --all` installs.
CJK_FAMILIES = (
    "WenQuanYi Micro Hei",
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Zen Hei",
    "Noto Serif CJK SC",
    "Droid Sans Fallback",
    "AR PL UMing CN",
    "AR PL UKai CN",
    "SimHei",
    "Microsoft YaHei",
    "PingFang SC",
    "Heiti SC",
    "Noto Sans CJK JP",
    "Noto Sans CJK TC",
)
FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts",
             "/System/Library/Fonts", "/Library/Fonts", "C:/Windows/Fonts")
# lower-case file-name fragments of CJK fonts, for the scan
FILE_HINTS = ("wqy", "notosanscjk", "notoserifcjk", "notosanssc", "sourcehansans", "droidsansfallback",
              "uming", "ukai", "simhei", "msyh", "pingfang")
FONT_SUFFIXES = (".ttf", ".ttc", ".otf", ".otc")
INSTALL_HINT = ("install one, e.g. `sudo apt-get install fonts-wqy-microhei` (Debian/Ubuntu) or "
                "fonts-noto-cjk, then restart the kernel")
PROBE = "中文政策"  # characters the font must draw


class CJKFontError(PolicyKGError):
    """No font with Chinese glyphs could be found for matplotlib."""


def has_cjk_glyphs(path: str | os.PathLike[str], text: str = PROBE) -> bool:
    """True when the font file (first face of a collection) has a glyph for every character of `text`."""
    from matplotlib import ft2font

    try:
        font = ft2font.FT2Font(os.fspath(path))
    except (OSError, RuntimeError, ValueError):
        return False
    return all(font.get_char_index(ord(ch)) for ch in text)


def find_cjk_font() -> tuple[str, str]:
    """``(family, file)`` of an installed CJK font known to matplotlib (registering it if needed)."""
    from matplotlib import font_manager

    known = _known_fonts(font_manager.fontManager.ttflist)
    for family in CJK_FAMILIES:
        if family in known and has_cjk_glyphs(known[family]):
            return family, known[family]
    for path in _scan_font_files():
        try:
            font_manager.fontManager.addfont(str(path))
        except (OSError, RuntimeError, ValueError):
            continue
    known = _known_fonts(font_manager.fontManager.ttflist)
    for family in CJK_FAMILIES:
        if family in known and has_cjk_glyphs(known[family]):
            return family, known[family]
    # any other registered font file that looks CJK by its name and really has the glyphs
    for entry in sorted(font_manager.fontManager.ttflist, key=lambda f: (f.name, f.fname)):
        if _looks_cjk(Path(entry.fname).name) and has_cjk_glyphs(entry.fname):
            return entry.name, entry.fname
    raise CJKFontError("no CJK font found for matplotlib (looked for "
                       f"{', '.join(CJK_FAMILIES[:4])}, ... and in {', '.join(FONT_DIRS[:2])}); {INSTALL_HINT}")


def use_cjk_font() -> str:
    """Make an installed CJK font matplotlib's default sans-serif font; returns its family name.

    Sets ``font.family`` to sans-serif with the CJK family first in ``font.sans-serif`` (the others
    stay as fallbacks), and ``axes.unicode_minus = False`` (CJK fonts often lack U+2212).
    Raises CJKFontError when none is installed.
    """
    import matplotlib

    family, _ = find_cjk_font()
    rest = [name for name in matplotlib.rcParams["font.sans-serif"] if name != family]
    matplotlib.rcParams["font.family"] = ["sans-serif"]
    matplotlib.rcParams["font.sans-serif"] = [family, *rest]
    matplotlib.rcParams["axes.unicode_minus"] = False
    return family


def _known_fonts(entries) -> dict[str, str]:
    """Family name → file, the first file (in sorted order) of each family."""
    known: dict[str, str] = {}
    for entry in sorted(entries, key=lambda f: (f.name, f.fname)):
        known.setdefault(entry.name, entry.fname)
    return known


def _looks_cjk(filename: str) -> bool:
    name = filename.lower().replace("-", "").replace("_", "")
    return name.endswith(FONT_SUFFIXES) and any(hint in name for hint in FILE_HINTS)


def _scan_font_files() -> list[Path]:
    found = []
    for folder in FONT_DIRS:
        root = Path(folder).expanduser()
        if not root.is_dir():
            continue
        try:
            found.extend(p for p in root.rglob("*") if p.is_file() and _looks_cjk(p.name))
        except OSError:
            continue
    return sorted(set(found))
