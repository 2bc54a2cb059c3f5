"""Segmentation: articles at headlines after bylines, byline recognition, sentences."""
from pathlib import Path

import pytest

from policykg.ingest import parse, read_documents
from policykg.ingest.segment import classify
from policykg.model import Document

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def parsed_seed(prefix: str):
    (doc,) = read_documents([next(SEEDS.glob(f"{prefix}_*.txt"))])
    return parse(doc)


def paragraphs(parsed):
    return [(p.article, p.kind, parsed.text[p.start:p.end]) for p in parsed.paragraphs]


def test_segment_seed_000_has_three_articles():
    parsed = parsed_seed("000")
    paras = paragraphs(parsed)
    assert sorted({article for article, _, _ in paras}) == [0, 1, 2]
    firsts = {}
    for article, _, text in paras:
        firsts.setdefault(article, text)
    assert firsts[1] == "市委常委会举行会议"
    assert firsts[2] == "T3A到T3B 仅需3分钟 江北机场全流程演练"
    bylines = [(article, text) for article, kind, text in paras if kind == "byline"]
    assert bylines == [(0, "新重庆-重庆日报记者 杨帆"), (1, "新重庆-重庆日报记者 卢志民"), (2, "新重庆-上游新闻记者 黎静 邹飞")]
    assert {s.article for s in parsed.sentences} == {0, 1, 2}


def test_segment_seed_002_subheads_stay_in_one_article():
    parsed = parsed_seed("002")
    assert {p.article for p in parsed.paragraphs} == {0}
    kinds = dict((text, kind) for _, kind, text in paragraphs(parsed))
    assert kinds["加快转型升级"] == "headline"
    assert kinds["（新重庆-重庆日报记者 周尤 周盈 龙丹梅 夏元 刘翰书 张亦筑 余振芳 唐琴 周雨 龙丹梅 彭瑜）"] == "byline"


@pytest.mark.parametrize("text, kind", [
    ("新重庆-重庆日报记者 杨帆", "byline"),
    ("新重庆-上游新闻记者 黎静 邹飞", "byline"),
    ("新重庆-重庆晨报记者 陈军 通讯员 罗丹 摄影报道", "byline"),
    ("（新重庆-重庆日报记者 周尤 周盈）", "byline"),
    ("重庆日报评论员", "byline"),
    ("据《重庆日报》", "byline"),
    ("鞠芝勤 摄/视觉重庆", "byline"),
    ("（上接01版）", "marker"),
    ("市委常委会举行会议", "headline"),
    ("市委书记袁家军主持会议并讲话。", "body"),
    ("- 1 新能源汽车安全车身与智能底盘产业创新综合体", "body"),
])
def test_segment_classify_paragraph(text, kind):
    assert classify(text) == kind


def test_segment_new_article_only_after_byline():
    text = "第一篇标题\n\n正文第一句。第二句！\n\n小标题\n\n正文继续。\n\n新重庆-重庆日报记者 杨帆\n\n第二篇标题\n\n第二篇正文。"
    parsed = parse(Document("d", text))
    assert [(p.article, p.kind) for p in parsed.paragraphs] == [
        (0, "headline"), (0, "body"), (0, "headline"), (0, "body"), (0, "byline"), (1, "headline"), (1, "body")]


def test_segment_sentences_keep_closing_quotes_and_raw_offsets():
    raw = "他说：“要干。”随后，他强调要\n\n抓落实！真的吗？好……最后一句"
    parsed = parse(Document("d", raw))
    assert [s.text for s in parsed.sentences] == ["他说：“要干。”", "随后，他强调要抓落实！", "真的吗？", "好……", "最后一句"]
    assert [s.index for s in parsed.sentences] == list(range(5))
    assert raw[parsed.sentences[1].start:parsed.sentences[1].end] == "随后，他强调要\n\n抓落实！"
    for s, (a, b) in zip(parsed.sentences, parsed.bounds):
        assert parsed.text[a:b] == s.text


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_segment_sentences_cover_seed_in_order(prefix):
    parsed = parsed_seed(prefix)
    raw = parsed.document.text
    assert len(parsed.sentences) > 40
    previous_end = 0
    for s in parsed.sentences:
        assert previous_end <= s.start < s.end <= len(raw)
        assert "".join(raw[s.start:s.end].split()) != ""
        previous_end = s.end


def test_a_sentence_keeps_its_traditional_characters_while_the_text_read_is_simplified():
    parsed = parse(Document("d", "廣州的工業有很大發展。"))
    assert parsed.text == "广州的工业有很大发展。" and parsed.sentences[0].text == "廣州的工業有很大發展。"
