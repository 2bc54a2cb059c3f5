"""Line repair: joining broken lines, keeping paragraphs, width/punctuation, the map back to raw."""
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.ingest import repair
from policykg.ingest.repair import normalise_width

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def same_modulo_width(raw_ch: str, clean_ch: str) -> bool:
    """Whether a clean character is the raw one after the width/punctuation table."""
    if clean_ch.isspace():  # kept spaces, the separators that replace line breaks, control characters
        return raw_ch.isspace() or raw_ch == "\ufeff" or normalise_width(raw_ch) == clean_ch
    if clean_ch == normalise_width(raw_ch):
        return True
    if raw_ch == '"':  # straight quotes pair up as “ ”
        return clean_ch in "“”"
    return clean_ch in ",:" and raw_ch in {",": ",，", ":": ":："}[clean_ch]  # 1,000 and 12:30 stay


def assert_maps_back(raw: str) -> None:
    clean = repair(raw)
    previous = -1
    for i, ch in enumerate(clean.text):
        j = clean.to_raw(i)
        assert previous < j < len(raw), (i, j)
        assert same_modulo_width(raw[j], ch), (i, ch, j, raw[j])
        previous = j


@pytest.mark.parametrize("prefix, broken, joined", [
    ("000", "建设制造强\n\n国", "习近平总书记就新征程上建设制造强国、推进新型工业化"),
    ("000", "着力打造智\n\n能网联", "着力打造智能网联新能源汽车之都"),
    ("001", "全国两会\n\n精神", "袁家军指出，学习好贯彻好全国两会精神，是当前和今后一个时期的重要任务。"),
    ("002", "智能化\n\n逐层递进", "以标准化、自动化、数字化、智能化逐层递进为纲领"),
    ("003", "6月5日下\n\n午", "重庆日报讯（记者 张 珺）6月5日下午，重庆市推动制造业高质量发展大会召开。"),
    ("003", "推进中国式\n\n现代化", "在推进中国式现代化新征程中为制造强国建设贡献更多更大的重庆力量。"),
    ("004", "核心业务数字\n\n化", "推动数据归集和党政机关核心业务数字化，大力提升算力水平"),
])
def test_repair_joins_sentence_broken_across_lines(prefix, broken, joined):
    raw = seed(prefix)
    assert broken in raw
    assert joined in repair(raw).text


@pytest.mark.parametrize("prefix, paragraphs", [
    ("000", ["胡衡华主持 王炯程丽华出席", "新重庆-重庆日报记者 杨帆", "市委常委会举行会议", "市委书记袁家军主持并讲话",
             "新重庆-重庆日报记者 卢志民", "T3A到T3B 仅需3分钟 江北机场全流程演练", "新重庆-上游新闻记者 黎静 邹飞"]),
    ("001", ["市委召开全市领导干部会议传达学习贯彻全国两会精神", "新重庆-重庆日报记者 杨帆 王天翎",
             "新重庆-重庆晨报记者 陈军 通讯员 罗丹 摄影报道"]),
    ("002", ["加快转型升级", "发展先进制造业", "强化科技创新", "赋能新质生产力发展", "建设美丽重庆"]),
    ("003", ["袁家军在重庆市推动制造业高质量发展大会上强调", "唯实争先 埋头苦干", "胡衡华主持 唐方裕出席",
             "据《重庆日报》", "重庆日报评论员", "鞠芝勤 摄/视觉重庆"]),
    ("004", ["重庆代表团举行开放团组会议", "袁家军胡衡华等回答记者提问 王炯张轩参加", "（上接01版）",
             "新重庆-重庆日报记者 杨帆 王天翎"]),
])
def test_repair_keeps_headlines_and_bylines_as_paragraphs(prefix, paragraphs):
    clean = repair(seed(prefix)).text.split("\n")
    for paragraph in paragraphs:
        assert paragraph in clean


def test_repair_breaks_before_the_paragraph_of_a_headline_run_on():
    """A transcript's item ends, its next headline runs on in the same line; the story opens with its subject."""
    raw = ("默茨已表示，希望能在八周内组建新政府。美国航空一架客机因安全原因备降罗马\n"
           "美国航空公司23日表示，当天该公司一架载有200多人的波音客机在从纽约飞往印度新德里的途中备降意大利罗马。\n")
    assert repair(raw).text.split("\n")[1].startswith("美国航空公司23日表示")
    wrapped = ("要以创新引领新兴产业跨越提升，更好在西部地区带头开放、带动开放。要扎实推进以县城为重\n"
               "载体的城镇化建设，统筹推进城乡融合发展，促进各类要素双向流动，推动城乡共同繁荣发展。\n")
    assert "以县城为重载体的城镇化建设" in repair(wrapped).text  # a sentence broken across lines


def test_repair_newspaper_column_becomes_paragraphs():
    raw = seed("003")
    clean = repair(raw).text.split("\n")
    lines = [line for line in raw.split("\n") if line.strip()]
    assert len(lines) > 150 and len(clean) < 40
    assert clean[0].endswith("更多更大的重庆力量。")
    assert clean[1] == "市委副书记、市长胡衡华主持会议，市政协主席唐方裕，市委副书记李明清，市委常委和有关市级领导出席。"


def test_repair_unifies_width_and_punctuation():
    text = repair('市委书记袁家军,市长胡衡华:共1,000人(约)于12:30出席?好!\u3000\uff12\uff10\uff12\uff15年"33618"').text
    assert text == "市委书记袁家军，市长胡衡华：共1,000人（约）于12:30出席？好！ 2025年“33618”"


def test_traditional_characters_are_written_simplified_one_for_one():
    assert normalise_width("廣州、武漢和瀋陽的工業發展。乾隆由於") == "广州、武汉和沈阳的工业发展。乾隆由于"  # (乾: simplified too)
    assert normalise_width("广州市推进高质量发展") == "广州市推进高质量发展"


def test_repair_keeps_paragraph_breaks_after_sentence_end():
    text = repair("第一段到此结束。\n\n第二段从这里开始，并且很长很长很长很长很长很长很长很长很长很长很长。").text
    assert text.split("\n") == ["第一段到此结束。", "第二段从这里开始，并且很长很长很长很长很长很长很长很长很长很长很长。"]


def test_repair_span_to_raw_covers_the_line_break():
    raw = seed("000")
    clean = repair(raw)
    a = clean.text.index("建设制造强国")
    start, end = clean.span_to_raw(a, a + len("建设制造强国"))
    assert raw[start:end] == "建设制造强\n\n国"


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_repair_to_raw_maps_each_clean_char_to_same_raw_char(prefix):
    assert_maps_back(seed(prefix))


TEXT = st.lists(st.one_of(
    st.sampled_from(list("，,。.：:；;？?！!（()）“”\"'《》、—-·#*• \u3000\u00a0\ufeff\t\r\n1０９Ａa")),
    st.sampled_from(["\n\n", "记者 ", "摄/", "# ", "- ", "1、", "（一）", "新重庆-重庆日报记者 杨帆\n"]),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF),
    st.characters(exclude_categories=("Cs",)),
), max_size=80).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_repair_to_raw_property(raw):
    assert_maps_back(raw)


@pytest.mark.parametrize("raw, cleaned, term, printed", [
    ("果断采取“五停一关［5］”等措施，整合交投、国资运营[2]等企业。见表[2024]和第(3)项。",  # the marks of notes
     "果断采取“五停一关”等措施，整合交投、国资运营等企业。见表[2024]和第（3）项。", "五停一关", "五停一关"),
    ("在射击决赛中，\u200c中国选手齐\u200b迎获得银牌，\u200c晋级决赛。",  # zero-width characters from a web page
     "在射击决赛中，中国选手齐迎获得银牌，晋级决赛。", "齐迎", "齐\u200b迎"),
])
def test_marks_of_notes_and_zero_width_characters_go_and_offsets_map_back(raw, cleaned, term, printed):
    clean = repair(raw)
    assert clean.text == cleaned
    start = clean.text.index(term)
    assert raw[slice(*clean.span_to_raw(start, start + len(term)))] == printed
    assert raw[clean.to_raw(start + len(term))] == cleaned[start + len(term)]
