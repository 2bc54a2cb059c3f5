"""PROMOTES (issue 4): who says a formulation — carry-over, hand-over, pronouns, collective speakers, boundaries."""
import pytest
from helpers import run



def promotes(result) -> set[tuple[str, str]]:
    return {(r.source.removeprefix("PERSON:"), r.target.removeprefix("SLOGAN:"))
            for r in result.relations if r.kind == "PROMOTES"}


BYLINE_PAGE = (
    "袁家军在全市推动制造业高质量发展大会上强调\n"
    "市委书记袁家军出席会议并讲话。袁家军强调，要做大做强“33618”现代制造业集群体系。\n"
    "新重庆-重庆日报记者 杨帆\n"
    "全市科技创新大会召开\n"
    "{second}\n"
)


@pytest.mark.parametrize("text, expected", [
    # carry-over across the sentences of a paragraph
    ("袁家军强调，要久久为功做大做强“33618”现代制造业集群体系。要以钉钉子精神做深做透“四链融合”文章。",
     {("袁家军", "33618"), ("袁家军", "四链融合")}),
    # hand-over to a new speaker in the same paragraph
    ("袁家军强调，要做大做强“33618”现代制造业集群体系。市委副书记、市长胡衡华说，要构建完善“416”科技创新布局。",
     {("袁家军", "33618"), ("胡衡华", "416")}),
    # 他强调 refers back to the last named person
    ("市委书记袁家军出席会议并讲话。他强调，要做大做强“33618”现代制造业集群体系。", {("袁家军", "33618")}),
    # 会议强调 clears the speaker
    ("袁家军强调，要做大做强“33618”现代制造业集群体系。会议强调，要构建完善“416”科技创新布局。",
     {("袁家军", "33618")}),
    ("袁家军强调，要做大做强“33618”现代制造业集群体系。会议要求，要构建完善“416”科技创新布局。",
     {("袁家军", "33618")}),
    ("渝北区委书记杨晓云表示，要以钉钉子精神做深做透“四链融合”文章。", {("杨晓云", "四链融合")}),
])
def test_promotes_attribution(text, expected):
    assert promotes(run(text)[0]) == expected


@pytest.mark.parametrize("text", [
    "会议要求，要做大做强“33618”现代制造业集群体系。",
    "全市上下要做大做强“33618”现代制造业集群体系。",
    "他强调，要做大做强“33618”现代制造业集群体系。",
])
def test_promotes_without_named_speaker(text):
    assert promotes(run(text)[0]) == set()


def test_promotes_not_across_paragraphs():
    result = run("袁家军强调，要做大做强“33618”现代制造业集群体系。\n要构建完善“416”科技创新布局。")[0]
    assert promotes(result) == {("袁家军", "33618")}


@pytest.mark.parametrize("second", [
    "要构建完善“416”科技创新布局。",
    "他强调，要构建完善“416”科技创新布局。",
])
def test_promotes_not_across_articles_of_a_page(second):
    result = run(BYLINE_PAGE.format(second=second))[0]
    assert promotes(result) == {("袁家军", "33618")}


def test_promotes_new_article_has_its_own_speaker():
    result = run(BYLINE_PAGE.format(second="市长胡衡华说，要构建完善“416”科技创新布局。"))[0]
    assert promotes(result) == {("袁家军", "33618"), ("胡衡华", "416")}


def test_promotes_quote_closed_by_speaker():
    """A paragraph that opens with a quote gives all its quoted sentences to the speaker after it."""
    _, quoted = run("深入推进“三攻坚一盘活”改革。",
                    "“我们将坚决扛起大区担当。深入推进三攻坚一盘活改革。”渝北区委书记杨晓云说。")
    assert promotes(quoted) == {("杨晓云", "三攻坚一盘活")}


def test_promotes_one_edge_per_sentence():
    result = run("袁家军强调，要做大做强“33618”现代制造业集群体系。要持续提升“33618”集群能级。")[0]
    edges = [r for r in result.relations if r.kind == "PROMOTES"]
    assert [(r.source, r.target) for r in edges] == [("PERSON:袁家军", "SLOGAN:33618")] * 2
    assert edges[0].sentence != edges[1].sentence


def test_a_pronoun_refers_to_who_met_the_person_named_last():
    text = "全国政协主席王沪宁27日在京会见傅崐萁率领的中国国民党民意代表参访团一行。他表示，我们将认真贯彻落实“九二共识”。"
    assert promotes(run(text)[0]) == {("王沪宁", "九二共识")}
