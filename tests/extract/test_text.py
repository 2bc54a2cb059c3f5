"""The scans shared by the extractors: a pattern found through the openings of all (`text.scan`) gives exactly the
matches of its own `finditer`."""
import importlib
import re
from pathlib import Path

import pytest

from policykg.extract import text
from policykg.extract.org import department_forms
from policykg.extract.position import title_pattern

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
MODULES = ["company", "defines", "lexicon", "org", "person", "pipeline", "place", "position", "promotes", "slogan",
           "text", "words"]


def extractors_patterns() -> list[re.Pattern]:
    found = [department_forms()[0], title_pattern()]
    for module in MODULES:
        found += [value for value in vars(importlib.import_module(f"policykg.extract.{module}")).values()
                  if isinstance(value, re.Pattern)]
    return found


@pytest.mark.parametrize("pattern, heads", [
    (r"(?:先生|女士|等人)", {"先生", "女士", "等人"}),
    (r"[在于](?:深交所|科创板)(?:上市)?", {"在深交", "在科创", "于深交", "于科创"}),  # cut to _OPENING_CHARS
    (r"(?:大学(?<!环大学)(?![生城梦])|局(?![长面]))", {"大学", "局"}),  # look-arounds match no character
    (r"经济(?:带|圈)|城市群", {"经济带", "经济圈", "城市群"}),
    (r"(?:“[^“”]{1,12}”){2,}", {"“"}),
    (r"[一-鿿]{2,4}集团", None),  # a range opens it: no literal known
    (r"(?:东中|中西)?部", None),  # it may open with 部
    (r"联合国[一-鿿]+", None),  # one literal first: re itself skips to it
    (r"、(?:组织部|宣传部|(?!中)[一-鿿]{2}部)", None),  # 、 opens all: re skips to it
    (r"[省市](?:交投|[一-鿿]国资)", {"省", "市"}),  # 省交投 needs no opening of its own: 省 is one
    (r"(?i:ab)c|xy", None),
])
def test_the_openings_of_a_pattern(pattern, heads):
    assert text._heads_of(re.compile(pattern)) == (frozenset(heads) if heads else None)


def test_shared_scans_find_what_finditer_finds():
    """Every pattern of the extractors over the seed pages and texts made to trip it (one character repeated: too many
    openings; a pattern first asked for after the automaton was built), in two rounds (the automaton built in the
    first; in the second the texts scanned ahead)."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    texts += ["", "等", "市市市省省在在于于局局" * 200, "有限责任公司集团股份有限公司、宣传部部长" * 20, "😀先生\ud800代表一行"]
    openings = text._Openings()
    patterns = extractors_patterns()
    assert sum(text._heads_of(p) is not None for p in patterns) >= 20
    for round_ in range(2):
        if round_:
            openings.scan_ahead(texts)
        for page in texts:
            for pattern in patterns[round_::2] + patterns:
                assert [(m.span(), m.groups()) for m in openings.matches(pattern, page)] == \
                       [(m.span(), m.groups()) for m in pattern.finditer(page)], pattern.pattern
    assert openings.built[1] == len(openings.literals) > 0


@pytest.mark.parametrize("pattern, marks, most, least", [
    ("person._DOTTED", ("·",), 6, 2), ("person._DOTTED_AFTER_WORD", ("·",), 6, 2),
    ("slogan._MINUTE_CIRCLE", ("分钟", "一刻钟"), 3, 0),
])
def test_patterns_tried_before_their_marks_find_what_finditer_finds(pattern, marks, most, least):
    """A pattern tried only `least` to `most` characters before its marks (`starts_before`) gives its `finditer` matches."""
    module, name = pattern.split(".")
    compiled = getattr(importlib.import_module(f"policykg.extract.{module}"), name)
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    texts += ["", "·", "巴依卡·凯力迪别克荣获，维吾尔族姑娘米娜瓦尔·艾力·买买提说", "·王·李·" * 5, "打造15分钟托育服务圈、“一刻钟”便民生活圈和“12分钟”急救圈",
              "分钟圈一刻钟圈5分钟" * 3]
    for page in texts:
        assert [m.span() for m in text.matches_at(compiled, page, text.starts_before(page, marks, most, least))] == \
               [m.span() for m in compiled.finditer(page)]


def test_openings_kept_for_the_next_process(tmp_path, monkeypatch):
    """The openings a process works out are kept in the cache folder (at its exit) and read back by the next."""
    monkeypatch.setenv("POLICYKG_CACHE", str(tmp_path))
    at_exit = []
    monkeypatch.setattr(text.atexit, "register", lambda *call: at_exit.append(call))
    patterns = extractors_patterns()
    first = text._Openings()
    assert [first._heads(p) for p in patterns] == [text._heads_of(p) for p in patterns]
    (write, kept), = at_exit
    write(kept)
    second = text._Openings()
    assert [second._heads(p) for p in patterns] == [text._heads_of(p) for p in patterns]
    assert not second.new and len(at_exit) == 1
