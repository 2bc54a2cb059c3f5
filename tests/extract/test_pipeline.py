"""The pipeline's own ordering of what it returns, and what it does with what the corpus learnt."""
from dataclasses import replace

from helpers import run
from policykg.extract.candidates import RULE, Candidate
from policykg.extract.pipeline import _relation_order, _stays_home
from policykg.model import Relation


def test_relations_alike_but_for_their_evidence_keep_one_order():
    """Two decodings of one formulation in one sentence, their evidence stretches apart (三个代表's parts printed
    twice): ordered by the stretch, not by the set they were gathered in (which changed with the hash seed)."""
    short = Relation("DEFINES", "SLOGAN:三个代表", "SLOGAN:代表中国最广大人民的根本利益", "d", 121, 4739, 4832, "3 known parts")
    long = replace(short, end=5320)
    assert sorted([long, short], key=_relation_order) == sorted([short, long], key=_relation_order) == [short, long]


def test_a_quoted_code_learnt_elsewhere_is_no_match_inside_a_number():
    plan, years = run("完成“九五”计划。", "到一九五五年，工业总产值增长。")
    assert "九五" in {m.name for m in plan.mentions if m.label == "SLOGAN"}
    assert not [m for m in years.mentions if m.label == "SLOGAN"]



def test_a_quoted_term_that_counts_nothing_stays_in_the_documents_that_quote_it():
    quoting, bare = run("持续推进“和美乡村”建设。和美乡村建设成效明显。", "建设宜居宜业和美乡村。")
    assert [m.text for m in quoting.mentions if m.label == "SLOGAN"] == ["和美乡村", "和美乡村"]
    assert not [m for m in bare.mentions if m.label == "SLOGAN"]
    # (a code counts, and spreads; a plain term listed with another formulation is one there too)
    _, elsewhere = run("深入实施“四千行动”，推进“强镇带村”“强村富民”。", "坚持四千行动，一体推进强镇带村、强村富民改革。")
    assert [m.name for m in elsewhere.mentions if m.label == "SLOGAN"] == ["四千行动", "强镇带村", "强村富民"]


def test_a_name_that_is_a_frequent_word_stays_in_the_documents_that_proved_it():
    spokesman, rush = run("商务部新闻发言人高峰表示，将坚决反击。高峰说，中方不愿打贸易战。", "春运迎来返程客流高峰。")
    assert [m.text for m in spokesman.mentions if m.label == "PERSON"] == ["高峰", "高峰"]
    assert not [m for m in rush.mentions if m.label == "PERSON"]


def test_names_listed_before_等_and_a_title_each_hold_it_but_not_a_collective():
    result = run("会议增补了王毅、李强、赵乐际等委员。哈莉玛、李显龙等新方领导人表示欢迎。")[0]
    held = {(r.source, r.target) for r in result.relations if r.kind == "HOLDS"}
    assert {("PERSON:王毅", "POSITION:委员"), ("PERSON:李强", "POSITION:委员"), ("PERSON:赵乐际", "POSITION:委员")} <= held
    assert not any(target.endswith("领导人") for _, target in held)


def test_a_name_that_is_a_word_of_the_language_stays_in_the_documents_that_proved_it():
    assert _stays_home(Candidate(0, 2, "PERSON", "龙舟", RULE), "龙舟")  # (赛|龙舟: 230 times in the dictionary)
    assert not _stays_home(Candidate(0, 3, "PERSON", "李光富", RULE), "李光富")
