"""policykg.plotting: Chinese labels are drawn with a CJK font (matplotlib reports no missing glyphs)."""
import io
import warnings
from pathlib import Path

import pytest

matplotlib = pytest.importorskip("matplotlib")
from matplotlib import font_manager  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from policykg import plotting  # noqa: E402
from policykg.plotting import CJKFontError, find_cjk_font, has_cjk_glyphs, use_cjk_font  # noqa: E402

MISSING = "missing from font"  # matplotlib: "Glyph 20013 (\N{CJK UNIFIED IDEOGRAPH-4E2D}) missing from font(s) ..."


def render() -> tuple[bytes, list[str], Figure]:
    """A bar and line chart with Chinese title, labels, ticks and legend, saved to PNG with Agg."""
    fig = Figure(figsize=(5, 3.5))
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    years = [2013, 2015, 2017, 2019, 2021, 2023, 2025]
    ax.bar(years, [0, 1, 5, 5, 4, 3, 3], label="一带一路")
    ax.plot(years, [0, 0, 0, 0, 0, 1, 2], marker="o", label="新质生产力")
    ax.plot(years, [-1, 0, 1, 0, -1, 0, 1], label="负数−1")
    ax.set_title("政府工作报告中的提法：“33618”与“四链融合”")
    ax.set_xlabel("年份")
    ax.set_ylabel("提及次数")
    ax.set_xticks(years, [f"{year}年" for year in years])
    ax.legend(title="提法")
    buffer = io.BytesIO()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig.savefig(buffer, format="png", dpi=60)
    return buffer.getvalue(), [str(w.message) for w in caught], fig


def test_chinese_labels_render_with_a_cjk_font():
    with matplotlib.rc_context():
        family = use_cjk_font()
        png, messages, fig = render()
        assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 1000
        missing = [m for m in messages if MISSING in m]
        assert not missing, f"Chinese drawn as boxes with {family}: {missing[:3]}"

        # the font matplotlib resolves for the title is the CJK font chosen, and it really is one
        title_font = font_manager.findfont(fig.axes[0].title.get_fontproperties(), fallback_to_default=False)
        family_found, path = find_cjk_font()
        assert family_found == family
        assert Path(title_font).resolve() == Path(path).resolve()
        assert has_cjk_glyphs(title_font, "政府工作报告提及次数年份")
        assert plotting._looks_cjk(Path(title_font).name) or family in plotting.CJK_FAMILIES
        assert matplotlib.rcParams["font.sans-serif"][0] == family
        assert matplotlib.rcParams["axes.unicode_minus"] is False


def test_the_check_sees_boxes_without_a_cjk_font():
    """The control: with a Latin-only font matplotlib does warn, so the check above can fail."""
    with matplotlib.rc_context({"font.family": ["sans-serif"], "font.sans-serif": ["DejaVu Sans"]}):
        _, messages, _ = render()
    assert any(MISSING in m for m in messages)
    assert not has_cjk_glyphs(font_manager.findfont("DejaVu Sans"))


def test_a_font_missing_from_matplotlibs_cache_is_found_by_scanning(monkeypatch):
    family, path = find_cjk_font()
    if not any(Path(path).resolve().is_relative_to(Path(d).expanduser().resolve()) for d in plotting.FONT_DIRS):
        pytest.skip(f"{path} is outside the scanned font folders")
    manager = font_manager.fontManager
    monkeypatch.setattr(manager, "ttflist", [f for f in manager.ttflist if not has_cjk_glyphs(f.fname)])
    assert find_cjk_font() == (family, path)


def test_no_cjk_font_is_a_clear_error(monkeypatch, tmp_path):
    manager = font_manager.fontManager
    monkeypatch.setattr(manager, "ttflist", [f for f in manager.ttflist if not has_cjk_glyphs(f.fname)])
    monkeypatch.setattr(plotting, "FONT_DIRS", (str(tmp_path),))
    with pytest.raises(CJKFontError, match="no CJK font found.*fonts-wqy-microhei"):
        use_cjk_font()
