"""The false positives issue 13 lists for unseen texts, one test per kind."""
import pytest

from helpers import names


@pytest.mark.parametrize("text", ["这是成县域经济的重要支撑。", "推动西区块开发。", "和县城一起发展。"])
def test_no_county_from_inside_a_word(text):
    assert names(text, "PLACE") == set()


def test_counties_named_as_such_are_found():
    assert names("甘肃成县、安徽和县、重庆西区", "PLACE") >= {"成县", "和县", "西区"}


def test_no_place_only_inside_a_company_name():
    assert names("锦州银行发布公告。", "PLACE") == set()
    assert names("锦州银行发布公告。", "COMPANY") == {"锦州银行"}


@pytest.mark.parametrize("text", ["要求是明确的。", "坚持实事求是。"])
def test_no_journal_from_inside_words(text):
    assert names(text, "ORG") == set()


def test_foreign_bodies_keep_their_names():
    text = "国防部长董军会见欧洲央行行长拉加德。"
    assert names(text, "ORG") == {"欧洲中央银行"}  # not 国防部 (inside 国防部长), not 中国人民银行
    assert names(text, "POSITION") == {"国防部长", "欧洲央行行长"}


@pytest.mark.parametrize("text", [
    "开通“澜湄快线+”班列。",  # a train service
    "美国海军“哈里·杜鲁门”号航母。",  # a ship
    "打造人才“高地”。",  # a metaphor
    "日子“越来越好”。",  # speech
])
def test_no_brands_ships_or_metaphors_as_formulations(text):
    assert names(text, "SLOGAN") == set()


@pytest.mark.parametrize("text", [
    "加快税务、海关、电力等单位与金融机构信息联通。",  # bodies before 等单位, then 与金融机构
    "加大重大应用场景、科技基础设施等向民营企业开放力度。",  # 等 then a verb phrase
    "扩大环境保护、节能节水等企业所得税优惠目录范围。",  # sectors
    "依法平等保护各种所有制企业产权。",  # 等 inside 平等
    "设立中小型银行等金融机构。",  # a kind of bank
    "完成人力资源、检验检测等13项市属国企专业化整合。",  # sectors of state firms
    "支持项目684个、撬动银行贷款1470亿元。",  # a verb before 银行贷款
])
def test_no_company_from_sectors_kinds_or_verbs_before_a_company_word(text):
    assert names(text, "COMPANY") == set()


def test_companies_in_a_list_are_still_found():
    found = names("福耀玻璃、新和成、中伟等龙头企业加快布局。", "COMPANY")
    assert {"福耀玻璃", "新和成", "中伟"} <= found


@pytest.mark.parametrize("text, label, wrong", [
    ("从农民、工人到战士，雷锋干一行爱一行、专一行精一行。", "PERSON", "雷锋干"),  # a line of work, no delegation
    ("中央军委始终重视建章立制，经习主席批准，军委出台规定。", "PERSON", "经习"),  # 经 of a leave given
    ("习近平走进果园，同老乡们亲切交流。", "PLACE", "同老乡"),  # 乡 ends the word 老乡
    ("尽早解决对在德中资银行监管过严等问题。", "COMPANY", "德中资银行"),  # a kind of capital
    ("二是优化外资银行、保险等金融机构准入要求。", "COMPANY", "优化外资银行"),
    ("中国政府支持本国企业积极参与中东欧国家核电等电力项目建设。", "COMPANY", "国家核电"),  # a region's countries
    ("黄渤海交汇处，距离烟台长岛60公里海域上。", "POSITION", "烟台长"),  # 台长 opens inside a place
    ("这里是湖北省宜昌市长阳县乐园村。", "POSITION", "宜昌市长"),
    ("广东给自贸试验区下放了60项省级审批权限。", "PLACE", "广东给自贸试验区"),  # a preposition
    ("7月13日清兵包围大通学堂，秋瑾不幸被捕。", "ORG", "月13日清兵包围大通学堂"),  # a date and a verb open no name
])
def test_idioms_prepositions_words_and_kinds_of_capital_name_nothing(text, label, wrong):
    assert wrong not in names(text, label)
