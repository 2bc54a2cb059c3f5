"""Lexicon matching: a copy that adds to a lexicon matches as a lexicon built from all its entries, with
automata or by looking up pieces of the text; the masked matching of `find_masked` is the matching of a
text whose masked characters match nothing."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.extract import lexicon as lexicon_module
from policykg.extract.candidates import FULL, HARVEST
from policykg.extract.lexicon import Lexicon


@pytest.fixture(autouse=True, params=["automata", "lookups"])
def matching(request, monkeypatch):
    """Every test twice: lexicons matching with automata, and by looking up pieces of the text."""
    monkeypatch.setattr(lexicon_module, "PROBED_CHARS", 0 if request.param == "automata" else 10**9)

# a small alphabet makes overlapping and nested surfaces likely; A and 1 test the Latin edges
_TEXT = st.text(alphabet="甲乙丙丁A1 ", max_size=60)
_SURFACES = st.lists(st.text(alphabet="甲乙丙丁A1", min_size=1, max_size=5), max_size=12)


def _lexicon(surfaces, label="PLACE", priority=FULL) -> Lexicon:
    lexicon = Lexicon()
    for surface in surfaces:
        lexicon.add(surface, label, surface, priority)
    return lexicon


def _alone(lexicon: Lexicon) -> Lexicon:
    """The same entries in a lexicon of its own, matched with one automaton of all of them."""
    alone = Lexicon()
    alone._probed = lexicon_module.PROBED_CHARS + 1
    for surface, (label, name, priority) in lexicon.items():
        alone.add(surface, label, name, priority)
    return alone


def _copy(base_surfaces, added) -> Lexicon:
    copy = _lexicon(base_surfaces).copy()
    for surface in added:  # new surfaces, and stronger entries for some of the original's
        copy.add(surface, "ORG", surface + "!", HARVEST if surface in base_surfaces else FULL + 5)
    return copy


@settings(max_examples=400, deadline=None)
@given(_SURFACES, _SURFACES, _TEXT)
def test_copy_matches_like_a_lexicon_of_all_its_entries(base_surfaces, added, text):
    copy = _copy(base_surfaces, added)
    seen = {}
    assert copy.find(text, seen) == _alone(copy).find(text)
    assert copy.find(text, seen) == _alone(copy).find(text)  # the second time from `seen`



@settings(max_examples=400, deadline=None)
@given(_SURFACES, _TEXT)
def test_the_automaton_finds_the_leftmost_longest_matches(surfaces, text):
    """An automaton's matches (all of them, reduced to the leftmost-longest) are those of looking up pieces."""
    lexicon = _lexicon(surfaces)
    if len(lexicon):
        assert lexicon._own(text) == lexicon._probe(text, 0, len(text), len(text))

@settings(max_examples=200, deadline=None)
@given(_SURFACES, _SURFACES, _SURFACES, _TEXT)
def test_copy_of_a_copy(first, second, third, text):
    copy = _copy(first, second)
    again = copy.copy()
    for surface in third:
        again.add(surface, "SLOGAN", surface, FULL + 10)
    assert again.find(text) == _alone(again).find(text)


@settings(max_examples=400, deadline=None)
@given(_SURFACES, _SURFACES, _TEXT, st.data())
def test_masked_matching(base_surfaces, added, text, data):
    copy = _copy(base_surfaces, added)
    masked = set(data.draw(st.lists(st.integers(0, max(0, len(text) - 1)), min_size=1, max_size=4))) if text else {0}
    start = data.draw(st.sampled_from(sorted(masked))) + 1
    limit = min([m for m in masked if m >= start] + [len(text)])
    stop = data.draw(st.integers(start, max(start, limit)))
    cut = "".join("\x00" if i in masked else ch for i, ch in enumerate(text))[:limit]
    expected = [c._replace(start=c.start + start, end=c.end + start) for c in _alone(copy).find(cut[start:])
                if c.start + start < stop]
    assert copy.find_masked(text, start, stop, limit, masked) == expected


def test_found_offsets_and_entries():
    lexicon = _lexicon(["重庆", "重庆市", "北碚区"])
    corpus = lexicon.copy()
    corpus.add("重庆市经信委", "ORG", "市经信委", HARVEST)
    text = "重庆市经信委和重庆市北碚区"
    assert [(c.start, c.end, c.label, c.name) for c in corpus.find(text)] == [
        (0, 6, "ORG", "市经信委"), (7, 10, "PLACE", "重庆市"), (10, 13, "PLACE", "北碚区")]
    assert [c.name for c in lexicon.find(text)] == ["重庆市", "重庆市", "北碚区"]  # the original is unchanged


def test_latin_names_do_not_run_into_latin_text():
    lexicon = _lexicon(["WHO", "G20"])
    assert [c.name for c in lexicon.find("WHO与WHOLESALE、G20和G200")] == ["WHO", "G20"]


def test_a_copy_of_a_lexicon_changed_after_the_copy_matches_its_own_entries():
    lexicon = _lexicon(["甲乙"])
    copy = lexicon.copy()
    copy.find("甲乙丙")
    lexicon.add("乙丙", "PLACE", "乙丙")
    assert [c.name for c in copy.find("甲乙丙")] == ["甲乙"]
    copy.ban("甲乙")
    assert copy.find("甲乙丙") == []
