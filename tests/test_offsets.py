"""Offsets: every mention, relation and sentence indexes the original text, on the seeds and on any text."""
import re
from bisect import bisect_left
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.run import process_documents
from policykg.ingest import parse, read_documents
from policykg.ingest.repair import normalise_width
from policykg.model import LABELS, Document

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
_SPACE = re.compile(r"[\s\ufeff\x00-\x08\x0e-\x1f\x7f-\x9f\ufffe\uffff]")  # and control characters: spaces


def same_modulo_width(raw_ch: str, clean_ch: str) -> bool:
    if normalise_width(clean_ch) == normalise_width(raw_ch):  # (a sentence keeps a traditional character as printed)
        return True
    if raw_ch == '"':
        return clean_ch in "“”"
    return clean_ch in ",:" and raw_ch in {",": ",，", ":": ":："}[clean_ch]


def clean_span(parsed, start: int, end: int) -> str:
    """The repaired text of the clean characters that come from raw[start:end]."""
    raw_positions = [parsed.clean.to_raw(i) for i in range(len(parsed.text))]
    return parsed.text[bisect_left(raw_positions, start):bisect_left(raw_positions, end)]


def assert_same_surface(raw_surface: str, clean_surface: str) -> None:
    raw_chars, clean_chars = _SPACE.sub("", raw_surface), _SPACE.sub("", clean_surface)
    assert len(raw_chars) == len(clean_chars), (raw_surface, clean_surface)
    assert all(same_modulo_width(r, c) for r, c in zip(raw_chars, clean_chars)), (raw_surface, clean_surface)


def assert_valid_offsets(processed) -> None:
    text = processed.document.text
    for m in processed.result.mentions:
        assert 0 <= m.start <= m.end <= len(text)
        assert text[m.start:m.end] == m.text
        assert m.label in LABELS
    for r in processed.result.relations:
        assert 0 <= r.start <= r.end <= len(text)
    for s in processed.sentences:
        assert 0 <= s.start <= s.end <= len(text)


@pytest.fixture(scope="module")
def seeds_processed():
    return process_documents(read_documents([SEEDS]))


def test_offsets_every_seed_mention_is_its_raw_surface(seeds_processed):
    assert len(seeds_processed) == 5
    spanning_breaks = 0
    for processed in seeds_processed:
        assert len(processed.result.mentions) > 50
        assert_valid_offsets(processed)
        parsed = parse(processed.document)
        for m in processed.result.mentions:
            assert m.text and m.text == m.text.strip()
            assert_same_surface(m.text, clean_span(parsed, m.start, m.end))
            spanning_breaks += "\n" in m.text
    assert spanning_breaks >= 5  # mentions across repaired line breaks keep the break in their surface


def test_offsets_sentences_and_relation_evidence_map_to_raw(seeds_processed):
    for processed in seeds_processed:
        raw = processed.document.text
        sentences = processed.sentences
        for s in sentences:
            assert_same_surface(raw[s.start:s.end], s.text)
        keys = {m.key for m in processed.result.mentions}
        for r in processed.result.relations:
            sentence = sentences[r.sentence]
            assert sentence.start <= r.start <= r.end <= sentence.end
            if r.kind == "HOLDS":
                assert {r.source, r.target} <= keys
        for m in processed.result.mentions:
            sentence = sentences[m.sentence]
            assert sentence.start <= m.start and m.end <= sentence.end


TOKENS = ["市委书记", "市长", "袁家军", "胡衡华", "重庆市", "渝北区", "有限公司", "市经信委", "“33618”", "“四链”融合",
          "记者 ", "新重庆-重庆日报记者 杨帆", "摄/视觉重庆", "（上接01版）", "# ", "- ", "1、", "\n", "\n\n", "\r\n"]
TEXT = st.lists(st.one_of(
    st.sampled_from(TOKENS),
    st.sampled_from(list("，,。.：:；;？?！!（()）“”\"'‘’《》【】[]、—-…·  \u3000\t0123456789０１")),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    st.characters(exclude_categories=("Cs",)),
), max_size=60).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(TEXT, min_size=1, max_size=2))
def test_offsets_property_extract_never_raises_and_offsets_are_valid(texts):
    results = process_documents([Document(f"doc{i}", text) for i, text in enumerate(texts)])
    assert [p.document.text for p in results] == texts
    for processed in results:
        assert_valid_offsets(processed)
        parsed = parse(processed.document)
        for m in processed.result.mentions:
            assert_same_surface(m.text, clean_span(parsed, m.start, m.end))
        for s in processed.sentences:
            assert_same_surface(processed.document.text[s.start:s.end], s.text)
