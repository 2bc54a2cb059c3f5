"""The spaCy integration: policykg.nlp(), the "policykg" factory, learn(), segmenters."""
import pytest
import spacy

import policykg
from policykg.spacy_component import SPAN_KEY

TEXT = "市委书记袁家军出席会议并讲话。他强调，要做大做强“33618”现代制造业集群体系，推动两江新区、重庆高新区加快发展。"
EXPECTED = {("市委书记", "POSITION", "市委书记"), ("袁家军", "PERSON", "袁家军"), ("33618", "SLOGAN", "33618"),
            ("两江新区", "PLACE", "两江新区"), ("重庆高新区", "PLACE", "重庆高新区")}


@pytest.fixture(scope="module", params=["char", "jieba"])
def nlp(request):
    return policykg.nlp() if request.param == "char" else policykg.nlp(segmenter=request.param)


def triples(spans) -> set[tuple[str, str, str]]:
    return {(s.text, s.label_, s._.kg_name) for s in spans}


def test_spacy_nlp_sets_spans_and_ents(nlp):
    doc = nlp(TEXT)
    assert nlp.pipe_names == ["policykg"]
    assert triples(doc.spans[SPAN_KEY]) == EXPECTED
    assert triples(doc.ents) == EXPECTED
    assert all(doc.text[s.start_char:s.end_char] == s.text for s in doc.ents)


def test_spacy_relations_on_doc(nlp):
    doc = nlp(TEXT)
    kinds = {(r.kind, r.source, r.target) for r in doc._.kg_relations}
    assert ("HOLDS", "PERSON:袁家军", "POSITION:市委书记") in kinds
    assert ("PROMOTES", "PERSON:袁家军", "SLOGAN:33618") in kinds


def test_spacy_nested_spans_kept_in_spans_outermost_in_ents():
    doc = policykg.nlp()("渝北区委书记杨晓云说，要加快发展。")
    assert triples(doc.spans[SPAN_KEY]) == {("渝北区", "PLACE", "渝北区"), ("渝北区委书记", "POSITION", "渝北区委书记"),
                                            ("杨晓云", "PERSON", "杨晓云")}
    assert triples(doc.ents) == {("渝北区委书记", "POSITION", "渝北区委书记"), ("杨晓云", "PERSON", "杨晓云")}


def test_spacy_jieba_nested_span_keeps_labels():
    doc = policykg.nlp(segmenter="jieba")("渝北区委书记杨晓云说，要加快发展。")
    assert triples(doc.ents) == {("渝北区委书记", "POSITION", "渝北区委书记"), ("杨晓云", "PERSON", "杨晓云")}


def test_spacy_role_and_canonical_name():
    doc = policykg.nlp()("重庆加快建设西部陆海新通道。\n新重庆-重庆日报记者 杨帆\n")
    by_text = {s.text: s for s in doc.spans[SPAN_KEY]}
    assert by_text["重庆"]._.kg_name == "重庆市"
    assert by_text["杨帆"].label_ == "PERSON" and by_text["杨帆"]._.kg_role == "reporter"


def test_spacy_add_pipe_on_blank_chinese():
    nlp = spacy.blank("zh")
    nlp.add_pipe("policykg")
    doc = nlp(TEXT)
    assert triples(doc.ents) == EXPECTED


def test_spacy_learn_uses_corpus_for_first_pass():
    nlp = policykg.nlp()
    assert list(nlp("王炯程丽华出席").ents) == []
    nlp.get_pipe("policykg").learn(["市委常委王炯、程丽华出席会议。", "推进“三攻坚一盘活”改革。"])
    assert triples(nlp("王炯程丽华出席").ents) == {("王炯", "PERSON", "王炯"), ("程丽华", "PERSON", "程丽华")}
    assert triples(nlp("深入推进三攻坚一盘活改革。").ents) == {("三攻坚一盘活", "SLOGAN", "三攻坚一盘活")}


def test_spacy_user_lexicon(tmp_path):
    path = tmp_path / "lexicon.yaml"
    path.write_text("add:\n  - {label: COMPANY, name: 重庆博腾制药科技股份有限公司, aliases: [博腾制药]}\n", encoding="utf-8")
    doc = policykg.nlp(lexicon=str(path))("博腾制药作交流发言。")
    assert triples(doc.ents) == {("博腾制药", "COMPANY", "重庆博腾制药科技股份有限公司")}


@pytest.mark.parametrize("kwargs, message", [
    ({"segmenter": "pkuseg"}, "pkuseg_model"),
    ({"segmenter": "thulac"}, "segmenter must be one of char, jieba, pkuseg"),
])
def test_spacy_bad_segmenter_is_clear(kwargs, message):
    with pytest.raises(ValueError, match=message):
        policykg.nlp(**kwargs)
