"""DEFINES (issue 4): formulations decoded into the parts the text spells out, with the count checked."""
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.extract.defines import _headed_item, _spelled, numeral_value, part_count
from helpers import names, pairs, run

# seed 003 (重庆日报 2023-06-06), the sentence that spells out "33618"
SENTENCE_33618 = (
    "袁家军强调，要着力打造“33618”现代制造业集群体系，立足现有基础，放大特色优势，构建“四梁八柱”，聚力打造智能网联"
    "新能源汽车、新一代电子信息制造业、先进材料3大万亿级主导产业集群，升级打造智能装备及智能制造、食品及农产品加工、"
    "软件信息服务3大五千亿级支柱产业集群，创新打造新型显示、高端摩托车、轻合金材料、轻纺、生物医药、新能源及新型储能"
    "6大千亿级特色优势产业集群，聚焦未来产业和高成长性产业培育壮大18个“新星”产业集群。"
)
PARTS_33618 = {"智能网联新能源汽车", "新一代电子信息制造业", "先进材料", "智能装备及智能制造", "食品及农产品加工",
               "软件信息服务", "新型显示", "高端摩托车", "轻合金材料", "轻纺", "生物医药", "新能源及新型储能"}


def defines(result) -> dict[str, set[str]]:
    """formulation → parts (descriptors left out)."""
    found: dict[str, set[str]] = {}
    for r in result.relations:
        if r.kind == "DEFINES" and r.note != "descriptor":
            found.setdefault(r.source.removeprefix("SLOGAN:"), set()).add(r.target.removeprefix("SLOGAN:"))
    return found


def descriptors(result) -> dict[str, str]:
    return {r.source.removeprefix("SLOGAN:"): r.target.removeprefix("SLOGAN:")
            for r in result.relations if r.kind == "DEFINES" and r.note == "descriptor"}


FOUR_CHAINS = {"创新链", "产业链", "资金链", "人才链"}
FOUR_SIDES = {"政府侧", "社会侧", "产业侧", "企业侧"}


@pytest.mark.parametrize("text, term, parts", [
    ("以钉钉子精神推动创新链产业链资金链人才链“四链融合”。", "四链融合", FOUR_CHAINS),
    ("推动创新链、产业链、资金链、人才链“四链”融合。", "四链", FOUR_CHAINS),
    ("强化政府侧、社会侧、产业侧、企业侧“四侧”协同。", "四侧", FOUR_SIDES),
    ("扎实做好“六稳”，即稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。", "六稳",
     {"稳就业", "稳金融", "稳外贸", "稳外资", "稳投资", "稳预期"}),
    ("电动汽车、锂电池、太阳能电池“新三样”出口增长。", "新三样", {"电动汽车", "锂电池", "太阳能电池"}),
    ("健全货币政策和宏观审慎政策“双支柱”调控框架。", "双支柱", {"货币政策", "宏观审慎政策"}),  # two, joined by 和
    ("加大欠薪整治力度，案件数、涉及人数和金额“三下降”。", "三下降", {"案件数", "涉及人数", "金额"}),  # (及 of 涉及)
    ("深化公立医院综合改革，建设医疗、医保、医药“三医一张网”。", "三医一张网", {"医疗", "医保", "医药"}),  # its first group
    ("落实地下水水位水量“双控”要求。", "双控", {"水位", "水量"}),  # two nouns side by side, opening alike
    ("紧扣新发展格局的战略支点、高质量发展的示范地、中国式现代化的引领地“一点两地”全新定位。", "一点两地",
     {"新发展格局的战略支点", "高质量发展的示范地", "中国式现代化的引领地"}),  # parts of one shape, X的Y, whole
])
def test_defines_list(text, term, parts):
    assert defines(run(text)[0]) == {term: parts}


def test_two_counted_lists_joined_by_a_conjunction():
    """A list opens after another quoted count and the 和 that joins it (…“两个清单”和|C、D“两项机制”); 创建 leads a list."""
    text = "创建民生领域短板弱项、急难愁盼问题“两个清单”和工程式推进、应急式解决“两项机制”。"
    assert defines(run(text)[0]) == {"两个清单": {"民生领域短板弱项", "急难愁盼问题"},
                                     "两项机制": {"工程式推进", "应急式解决"}}


@pytest.mark.parametrize("text, expected", [
    ("向特殊老年群体发放服务和护理“两项补贴”。", {"两项补贴": {"服务", "护理"}}),  # two nouns the verb governs
    ("深化中职学校提质培优工程和高职学校“双高计划”。", {}),  # (not 工程 and 高职学校: of two kinds)
])
def test_a_pair_of_nouns_after_the_verb_that_governs_them(text, expected):
    assert defines(run(text)[0]) == expected


def test_defines_variant_merged_with_quoted_long_form():
    """“四链”融合 decodes to the same entity as “四链融合” when the long form is quoted in the corpus."""
    first, _ = run("推动创新链、产业链、资金链、人才链“四链”融合。", "做深做透“四链融合”文章。")
    assert defines(first) == {"四链融合": FOUR_CHAINS}


def test_defines_note_records_count():
    result = run("强化政府侧、社会侧、产业侧、企业侧“四侧”协同。")[0]
    notes = {r.note for r in result.relations if r.kind == "DEFINES"}
    assert notes == {"4 parts for 四"}


def test_defines_33618_from_seed_sentence():
    result = run(SENTENCE_33618)[0]
    assert defines(result) == {"33618": PARTS_33618}
    assert {r.note for r in result.relations if r.kind == "DEFINES" and r.note != "descriptor"} == {"3+3+6+18 = 33618"}


def test_defines_33618_group_with_wrong_count_left_out():
    """Two items before 3大: that group gives no parts, the others still do."""
    text = SENTENCE_33618.replace("新一代电子信息制造业、先进材料3大", "新一代电子信息制造业3大")
    parts = defines(run(text)[0]).get("33618", set())
    assert "智能网联新能源汽车" not in parts and "新一代电子信息制造业" not in parts
    assert {"新型显示", "软件信息服务"} <= parts


@pytest.mark.parametrize("text, code, descriptor", [
    ("久久为功做大做强“33618”现代制造业集群体系。", "33618", "现代制造业集群体系"),
    ("构建完善“416”科技创新布局。", "416", "科技创新布局"),
    ("健全完善党建统领“885”工作体系。", "885", "工作体系"),
])
def test_defines_descriptor(text, code, descriptor):
    result = run(text)[0]
    assert descriptors(result) == {code: descriptor}
    assert defines(result) == {}


@pytest.mark.parametrize("text", [
    "强化政府侧、社会侧、产业侧“四侧”协同。",
    "推动创新链、产业链、资金链“四链融合”。",
    "扎实做好“六稳”，即稳就业、稳金融、稳外贸、稳外资、稳投资。",
    "要着力打造“33618”现代制造业集群体系，聚力打造智能网联新能源汽车、新一代电子信息制造业、先进材料、生物医药3大万亿级主导产业集群。",
    "坚持稳中求进、守正创新“两个确立”。",
])
def test_defines_no_edge_when_count_contradicts(text):
    assert defines(run(text)[0]) == {}


def test_defines_no_edge_when_list_is_longer_than_numeral():
    assert defines(run("推动创新链、产业链、资金链、人才链、数据链“四链融合”。")[0]) == {}


def test_defines_list_after_noun():
    text = "扎实做好“六稳”工作，即稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。"
    assert defines(run(text)[0]) == {"六稳": {"稳就业", "稳金融", "稳外贸", "稳外资", "稳投资", "稳预期"}}


@pytest.mark.parametrize("name, value", [
    ("四链融合", 4), ("两大定位", 2), ("三个作用", 3), ("九大关键枢纽", 9), ("十四五", None), ("十五五", None),
    ("十大行动", 10), ("十二个", 12), ("二十条", 20), ("33618", None), ("新星", None), ("新三样", 3), ("老三样", 3),
    ("新时代", None), ("两增一稳", 3), ("两不愁三保障", 5), ("三去一降一补", 5), ("五位一体", 5), ("三个一批", 3),
])
def test_defines_numeral_value(name, value):
    assert numeral_value(name) == value


@pytest.mark.parametrize("text, name, parts", [
    ("深入实施消费保稳提质、潜能挖掘、供给优化、环境提升四大工程。", "四大工程", {"消费保稳提质", "潜能挖掘", "供给优化", "环境提升"}),
    ("农村实现寄递物流、充电桩、5G网络、四好农村路“四个全覆盖”。", "四个全覆盖", {"寄递物流", "充电桩", "5G网络", "四好农村路"}),
    ("奋力打造先进制造业中心、商贸物流中心、创意时尚中心、创新创业中心、人才中心“五大中心”。", "五大中心",
     {"先进制造业中心", "商贸物流中心", "创意时尚中心", "创新创业中心", "人才中心"}),
    ("天府、双流国际机场“两场一体”协同高效运营。", "两场一体", {"天府", "双流国际机场"}),
])
def test_defines_counted_lists_before(text, name, parts):
    assert defines(run(text)[0]) == {name: parts}


@pytest.mark.parametrize("text, name, parts, note", [
    ("深入实施颠覆性技术策源、应用场景牵引等6大行动。", "6大行动", {"颠覆性技术策源", "应用场景牵引"}, "2 of 6 parts (等)"),
    ("强化“德聊吨半粮”“鲁西南”等六大引领区示范带动。", "六大引领区", {"德聊吨半粮", "鲁西南"}, "2 of 6 parts (等)"),
])
def test_defines_open_lists_give_some_parts(text, name, parts, note):
    result = run(text)[0]
    assert defines(result) == {name: parts}
    assert {r.note for r in result.relations if r.kind == "DEFINES"} == {note}


def test_defines_glossary_entry_lists_parts():
    text = ("名词解释\n5.“五良”：推动良田、良种、良机、良法、良制融合发展，实现提单产、稳面积、增总产目标。\n"
            "6.“九小场所”：小型学校幼儿园、小型医疗机构、小商店、小餐饮、小旅店、小歌舞娱乐、小网吧、小美容洗浴、"
            "小生产加工企业等9类场所。")
    found = defines(run(text)[0])
    assert found["五良"] >= {"良田", "良种", "良机", "良法", "良制"}
    assert len(found["九小场所"] - {d for d in found["九小场所"] if len(d) > 12}) == 9


@pytest.mark.parametrize("text", [
    "坚定拥护“两个确立”、坚决做到“两个维护”，落实“三张清单”。",  # clauses about other formulations
    "确保不发生规模性返贫致贫、守住确保国家粮食安全“两条底线”。",  # clauses, not parts
])
def test_defines_not_clauses(text):
    found = defines(run(text)[0])
    assert all(not found.get(name) for name in ("两个维护", "两条底线"))


def test_defines_parts_one_per_paragraph_after_a_heading():
    text = ("过去一年，我们加快建设“五个中心”。\n"
            "\u2003\u2003（一）奋力落实“五个中心”建设重要使命，城市核心功能进一步强化\u2003\u2003"  # heading and paragraph on one line
            "加快国际经济中心建设，产业体系现代化水平持续提升。\n加快国际金融中心建设，金融体系持续完善。\n"
            "加快国际贸易中心建设，链接全球能力深化拓展。\n加快国际航运中心建设，航运枢纽功能持续增强。\n"
            "加快国际科技创新中心建设，创新策源能力实现新突破。\n（二）全方位推进高水平改革开放\n加快数据中心建设。")
    assert defines(run(text)[0]) == {"五个中心": {"国际经济中心", "国际金融中心", "国际贸易中心", "国际航运中心",
                                                 "国际科技创新中心"}}


def test_no_pair_from_a_reduplicated_word_before_a_count_of_two():
    assert not defines(run("推动人人人才“双提升”。")[0])


def test_no_parts_for_the_first_group_of_a_code_from_a_list_without_its_character():
    """A list before a code of groups gives the first group's parts only where each item holds its character."""
    assert "三医一张网" not in defines(run("统筹教育、科技、人才“三医一张网”。")[0])


def test_no_pronouns_as_parts():
    assert defines(run("我们和他们“两大阵营”。")[0]) == {}



@pytest.mark.parametrize("text, name, parts", [
    # a code of numbered groups counts them all (2 + 1), and the verb before it is not a part
    ("粮食面积、总产、单产实现“两增一稳”，总产762亿斤。", "两增一稳", {"粮食面积", "总产", "单产"}),
    ("刑事警情、治安警情实现“双下降”。", "双下降", {"刑事警情", "治安警情"}),
    ("以新产业、新业态、新商业模式为代表的“三新”经济占比稳步提高。", "三新", {"新产业", "新业态", "新商业模式"}),  # 为代表的
    ("外高桥造船、江南造船和沪东中华造船三大船厂一片繁忙。", "三大船厂", {"外高桥造船", "江南造船", "沪东中华造船"}),  # 一片…
    # a qualifier in brackets and a quoted word inside a part
    ("推进三一集团氢能重卡、中联重科“人机环境”物流机器人、联通（湖南）产业互联网传输系统等三大攻关项目。", "三大攻关项目",
     {"三一集团氢能重卡", "中联重科人机环境物流机器人", "联通（湖南）产业互联网传输系统"}),
    # a list after the formulation whose items begin or end with what the numeral counts
    ("持续推进“两业融合”，围绕先进制造业、现代服务业融合，发展新业态。", "两业融合", {"先进制造业", "现代服务业"}),
    ("做好“六保”工作，强化保居民就业、保基本民生、保市场主体、保粮食能源安全、保产业链供应链稳定、保基层运转。", "六保",
     {"保居民就业", "保基本民生", "保市场主体", "保粮食能源安全", "保产业链供应链稳定", "保基层运转"}),
    # the periods a set of plans is drawn for
    ("制定2024年、2025年、“十五五”期间实施重大项目“三张清单”，完善机制。", "三张清单", {"2024年", "2025年", "十五五期间"}),
    ("绘制好2025年、“十五五”时期、到2035年及中长期“三张图”。", "三张图", {"2025年", "十五五时期", "到2035年及中长期"}),
    # the last part joined by 和
    ("完善招商产业、项目、目标企业和政策“四个清单”。", "四个清单", {"招商产业", "项目", "目标企业", "政策"}),
    # a quoted list, then its count
    ("突出抓好“开工新建一批、竣工投产一批、谋划储备一批”三个一批。", "三个一批", {"开工新建一批", "竣工投产一批", "谋划储备一批"}),
])
def test_defines_more_shapes(text, name, parts):
    assert defines(run(text)[0]) == {name: parts}


@pytest.mark.parametrize("text", [
    "坚持“一院一城一集群”融合发展，发挥省医学科学院、省中医药科学院、省科学院分院等创新平台作用。",  # not the groups
    "高职“双高计划”深入实施，新增4所高校，普通高中录取比例、高水平大学录取人数再创新高。",  # a later clause
    "2023年、2024年连续两年实现“双提升”。",  # years of an achievement, not of plans
])
def test_defines_no_parts_from_other_lists(text):
    assert not any(defines(run(text)[0]).values())


@pytest.mark.parametrize("text, parts", [
    ("实行碳排放总量和强度“双控”制度。", {"碳排放总量", "强度"}),  # two measures of one thing
    ("健全货币政策和宏观审慎政策“双支柱”调控框架。", {"货币政策", "宏观审慎政策"}),
])
def test_defines_two_parts_joined_by_and(text, parts):
    assert set().union(*defines(run(text)[0]).values()) == parts


def test_defines_no_pair_across_other_quoted_terms():
    assert defines(run("高职“双高计划”和中职“双优计划”深入实施。")[0]) == {}


def test_defines_joint_glossary_entry_and_codes_spelled_by_chinese_counts():
    text = ("附件\n1.“两重”、“两新”：国家重大战略实施和重点领域安全能力建设；大规模设备更新和消费品以旧换新。\n"
            "2.“三通一码”：赣服通、赣政通、赣企通、赣通码。\n"
            "3.应急管理“2653”行动：聚焦生产安全事故持续下降、自然灾害损失不断减轻“两个目标”，推进本质安全提升、风险分级管控、"
            "隐患治理攻坚、监管执法提质、应急救援强基、调查评估优化“六项行动”，强化法规制度、人才队伍、科技信息、基层基础、"
            "宣教培训“五大体系”，落实加强组织领导、加强要素投入、加强考核督查“三条措施”。\n")
    found = defines(run(text)[0])
    assert found["两新"] == {"大规模设备更新和消费品以旧换新", "大规模设备更新", "消费品以旧换新"}  # (known parts)
    assert {"赣服通", "赣政通", "赣企通", "赣通码"} <= found["三通一码"]
    # each digit's counted formulation (which holds its own parts), and the entry's definition
    assert {"两个目标", "六项行动", "五大体系", "三条措施"} <= found["2653"] and "风险分级管控" in found["六项行动"]


def test_defines_a_list_of_actions_keeps_its_verbs():
    text = "主要包括坚持开放合作、深化互联互通、坚持绿色发展、推进数字经济合作、坚持合规经营和履行社会责任等五点倡议。"
    assert defines(run(text)[0]) == {"五点倡议": {"坚持开放合作", "深化互联互通", "坚持绿色发展", "推进数字经济合作",
                                                 "坚持合规经营和履行社会责任"}}


def test_defines_parts_one_per_sentence_after_the_formulation():
    text = ("迭代实施乡村振兴“四千行动”。实施千万亩高标准农田改造提升行动。统筹耕地数量、质量改革，完成建设任务。"
            "实施千亿级生态特色产业培育行动。促进产业提质增效。实施千万农民增收致富促进行动。建立帮扶体系。"
            "实施千个宜居宜业和美乡村建设行动。深化村庄规划治理改革。\n")
    assert defines(run(text)[0]) == {"四千行动": {"千万亩高标准农田改造提升行动", "千亿级生态特色产业培育行动",
                                                 "千万农民增收致富促进行动", "千个宜居宜业和美乡村建设行动"}}


def test_defines_a_counted_name_before_a_colon_and_its_list():
    text = "名词注释\n2.未来产业六大领域：未来材料、未来能源、未来生物、未来健康、未来显示、未来航空。\n"
    parts = {"未来材料", "未来能源", "未来生物", "未来健康", "未来显示", "未来航空"}
    assert defines(run(text)[0]) == {"未来产业六大领域": parts}  # the head of a glossary entry, unquoted too


@pytest.mark.parametrize("entry, name, parts", [
    ("6.六大科技专项：省委全会提出，要全力推进人工智能、航空航天、先进装备、生物制造、清洁能源、先进材料等6个重大科技专项，"
     "着力突破一批关键核心技术。", "六大科技专项", {"人工智能", "航空航天", "先进装备", "生物制造", "清洁能源", "先进材料"}),
    ("14.2025年5件民生实事：加大重点群体就业创业扶持力度、提高困难群众救助保障水平、开展肺癌筛查和早期干预、"
     "推进普惠托育服务体系建设、提高农村义务教育学校学生上学交通服务保障水平。", "5件民生实事",
     {"加大重点群体就业创业扶持力度", "提高困难群众救助保障水平", "开展肺癌筛查和早期干预", "推进普惠托育服务体系建设",
      "提高农村义务教育学校学生上学交通服务保障水平"}),
])
def test_defines_the_parts_of_an_unquoted_glossary_head(entry, name, parts):
    assert parts <= defines(run(f"名词解释\n1.“两新”：大规模设备更新和消费品以旧换新。\n{entry}\n")[0])[name]


def test_defines_parts_numbered_one_by_one_after_the_formulation():
    text = ("今年要继续办好“三件民生实事”。（1）做好重点群体高质量就业，围绕重点领域。（2）加强医疗健康服务，提升能力。"
            "（3）提升一老一小服务能力，建设托育。\n")
    assert defines(run(text)[0])["三件民生实事"] == {"做好重点群体高质量就业", "加强医疗健康服务", "提升一老一小服务能力"}


def test_a_glossary_titled_notes_with_bracketed_numbers_and_bodies_below_the_heads():
    text = ("注释\n［11］四库：\n水库、粮库、钱库、碳库。\n［19］九大行动：\n基础教育扩优提质行动、高等教育整体跃升行动、"
            "教育科技人才协同发展行动、现代职业教育体系构建行动、数字化转型提档升级行动、教育家精神铸魂强师行动、"
            "新时代教育评价改革深化行动、国际教育战略枢纽建设行动、教育系统大安全工作体系构建行动。\n"
            "［27］五个必须：\n必须维护党中央权威，必须维护党的团结，必须遵循组织程序，必须服从组织决定，必须管好亲属和身边工作人员。\n")
    found = defines(run(text)[0])
    assert {"水库", "粮库", "钱库", "碳库"} <= found["四库"]
    assert "高等教育整体跃升行动" in found["九大行动"] and len(found["九大行动"]) == 9
    assert "必须维护党中央权威" in found["五个必须"] and len(found["五个必须"]) == 5


def test_a_code_of_numbered_groups_given_one_group_a_clause():
    text = ("注释\n［13］“一本两基三梁”框架：\n坚持以总书记重要讲话精神为根本遵循，以《总体方案》《自由贸易港法》为制度基石，"
            "以改革开放试验区、生态文明试验区、国际旅游消费中心为目标定位。\n")
    assert {"总书记重要讲话精神", "总体方案", "自由贸易港法", "改革开放试验区", "生态文明试验区", "国际旅游消费中心"} <= \
        defines(run(text)[0])["一本两基三梁"]


def test_a_digit_code_whose_digits_are_quoted_one_by_one():
    text = ("注释\n［12］“432”发展架构：\n“4”是指旅游业、现代服务业、高新技术产业、热带特色高效农业四大主导产业，"
            "“3”是指“向海图强”“向天图强”“向绿图强”，“2”是指自由贸易港、生态文明试验区。\n")
    # the “4” names a formulation of its own, which holds the four industries
    assert defines(run(text)[0])["432"] == {"四大主导产业", "向海图强", "向天图强", "向绿图强", "自由贸易港", "生态文明试验区"}


def test_defines_parts_counted_一是_二是_after_the_formulation():
    text = ("丁薛祥提出四点建议：一是在增进信任中加强团结合作，推动全球治理。二是在开放融通中推动经济全球化，推进一体化。"
            "三是在互利共赢中促进繁荣发展，落实好倡议。四是在和平共处中守护安宁稳定，营造新局面。")
    assert defines(run(text)[0])["四点建议"] == {"在增进信任中加强团结合作", "在开放融通中推动经济全球化",
                                                 "在互利共赢中促进繁荣发展", "在和平共处中守护安宁稳定"}


def test_a_list_governed_by_a_preposition_before_a_quoted_count():
    text = "如今，数字化浪潮正加速与我国经济、政治、文化、社会、生态文明建设“五位一体”深度融合。"
    assert defines(run(text)[0])["五位一体"] == {"经济", "政治", "文化", "社会", "生态文明建设"}


def test_defines_the_openings_of_clauses_alike_that_say_what_it_is():
    text = ("基本要求是“三统一”。“三统一”，就是统一市场基础制度，特别是实现产权保护等制度的统一；统一市场基础设施，打通物流；"
            "统一政府行为尺度，规范行为。")
    assert defines(run(text)[0])["三统一"] == {"统一市场基础制度", "统一市场基础设施", "统一政府行为尺度"}


def test_defines_short_clauses_each_naming_what_is_counted():
    text = ("明确规定“3个70%”，即省产业基金投向民间投资项目比重达70%以上，每年新增能耗指标支持民间投资项目比重不低于70%，"
            "民间投资项目用地保障比重不低于70%。")
    assert len(defines(run(text)[0])["3个70%"]) == 3


def test_a_glossary_head_that_counts_kinds_of_things_is_no_formulation():
    text = "名词解释\n3.10种有色金属：铜、铅、锌、镍、锡、锑、铝、镁、硅、钛。\n"
    assert "10种有色金属" not in defines(run(text)[0])


def test_an_unquoted_numbered_line_outside_a_glossary_is_no_formulation():
    text = "二、2025年工作安排\n1.五大行动方案：今年要做好稳就业、稳企业、稳市场、稳预期、稳外贸的各项工作。\n"
    assert "五大行动方案" not in defines(run(text)[0])


@pytest.mark.parametrize("entry, name, parts", [
    ("“1+2”政策：“1”即《关于推动安全生产治本攻坚的意见》；“2”即《安全生产巡查办法》《安全生产责任追究办法（试行）》。", "1+2",
     {"关于推动安全生产治本攻坚的意见", "安全生产巡查办法", "安全生产责任追究办法（试行）"}),
    ("“1+M+N”服务体系：建设“1”个省级成果转移转化中心，指导建设“M”个设区市分中心，引导高校组建“N”个转化中心。", "1+M+N",
     {"省级成果转移转化中心", "设区市分中心", "转化中心"}),
    ("“1+3+N”低空经济平台：“1”是1个省级综合飞行服务站，“3”是广州、深圳、珠海3个A类飞行服务站，“N”是若干个B类飞行服务站。",
     "1+3+N", {"省级综合飞行服务站", "广州", "深圳", "珠海", "B类飞行服务站"}),
    ("“1+3”财政金融互动：“1”是指省政府印发的《关于实施财政金融互动政策的实施意见》，“3”是指省级部门配套出台的3类专项政策，"
     "即支持建设粮仓专项政策，推动新型工业化融资专项政策，做好金融大文章专项政策。", "1+3",
     {"关于实施财政金融互动政策的实施意见", "支持建设粮仓专项政策", "推动新型工业化融资专项政策", "做好金融大文章专项政策"}),
    ("“1+4”重点改革：“1”即推进两家集团战略性重组；“4”即推进旅游、建筑、科创领域专业化整合和闲置低效资产盘活利用。", "1+4",
     {"推进两家集团战略性重组", "旅游", "建筑", "科创领域专业化整合", "闲置低效资产盘活利用"}),
    ("“5+N”重点产业链：省政府办公厅印发通知，针对人工智能、低空经济、航空航天、新能源、银发经济等5个产业，形成协同推进机制。"
     "“N”是指各市重点发展的优势产业链。", "5+N",
     {"人工智能", "低空经济", "航空航天", "新能源", "银发经济", "各市重点发展的优势产业链"}),
])
def test_defines_each_number_of_a_plus_code_spelt_out(entry, name, parts):
    found = defines(run(f"名词解释\n1.{entry}\n")[0])[name]
    assert parts <= found and len(found - parts) == 1  # and the entry's definition


def test_a_number_of_a_plus_code_closing_a_list_of_another_count_is_not_its_parts():
    text = ("名词解释\n1.“5+N”重点产业链：针对人工智能、低空经济、航空航天、新能源等4个产业，形成协同推进机制。“N”是指各市的优势产业链。\n")
    assert "人工智能" not in defines(run(text)[0]).get("5+N", ())


def test_a_plus_code_whose_numbers_do_not_match_their_parts_is_not_decoded():
    text = "名词解释\n1.“1+3”政策：“1”即《关于推动安全生产治本攻坚的意见》；“3”即《安全生产巡查办法》《安全生产责任追究办法》。\n"
    assert not {part for part in defines(run(text)[0]).get("1+3", ()) if "《" not in part and "“" not in part} - {
        "“1”即《关于推动安全生产治本攻坚的意见》"}


def test_a_list_included_and_counted_after_it_needs_no_parallel_items():
    text = "“六横”指六个横向输水大动脉，包括都江堰灌区、引大济岷、长征渠引水、向家坝灌区、引雅济安、南水北调西线6个工程。"
    assert defines(run(text)[0])["六横"] == {"都江堰灌区", "引大济岷", "长征渠引水", "向家坝灌区", "引雅济安", "南水北调西线"}


@pytest.mark.parametrize("text, name, parts", [
    ("量子信息、聚变能源、深空探测三大科创引领高地建设成效显著。", "三大科创引领高地", {"量子信息", "聚变能源", "深空探测"}),
    ("深入实施科技型企业“登高、升规、晋位、上市”四个工程，完善体系。", "四个工程", {"登高", "升规", "晋位", "上市"}),
])
def test_defines_counted_names_after_their_parts(text, name, parts):
    assert defines(run(text)[0])[name] == parts


def test_no_formulation_from_counts_of_things():
    found = run("新增鄂州花湖机场、宜昌三峡机场2个国际机场。实施城乡生活污水治理3个“三年行动”。")[0]
    assert {m.name for m in found.mentions if m.label == "SLOGAN"} == set()


@pytest.mark.parametrize("text, expected", [
    ("以冰雪和避暑“双品牌”为引领。", {("双品牌", "冰雪"), ("双品牌", "避暑")}),  # two words, a noun among them
    ("坚持和落实“两个毫不动摇”。", set()),  # two verbs govern it
    ("实现标准机架和算力规模“双翻番”。", {("双翻番", "标准机架"), ("双翻番", "算力规模")}),  # ending in nouns
    ("守好发展和生态“两条底线”。", {("两条底线", "发展"), ("两条底线", "生态")}),  # not the verb before
    ("积极参与建设长江和大运河两大国家文化公园。", {("两大国家文化公园", "长江"), ("两大国家文化公园", "大运河")}),  # 参与: no 与
])
def test_a_pair_of_words_before_a_double(text, expected):
    assert {(r.source.split(":", 1)[1], r.target.split(":", 1)[1]) for r in run(text)[0].relations
            if r.kind == "DEFINES"} == expected


@pytest.mark.parametrize("text, parts", [
    ("算力投资、标准机架、高端算卡、算力规模比2023年实现“四个翻番”。", {"算力投资", "标准机架", "高端算卡", "算力规模"}),
    ("荒漠化、沙化土地面积持续“双缩减”。", {"荒漠化", "沙化土地面积"}),  # an adverb between
])
def test_defines_a_list_then_a_comparison_or_an_adverb(text, parts):
    assert {r.target.split(":", 1)[1] for r in run(text)[0].relations if r.kind == "DEFINES"} == parts


def test_set_phrases_are_parts_of_a_count_right_after_them():
    result = run("中方始终按照相互尊重、和平共处、合作共赢三原则看待和处理中美关系。")[0]
    assert defines(result) == {"三原则": {"相互尊重", "和平共处", "合作共赢"}}


@pytest.mark.parametrize("text, expected", [
    ("湖南要抓住种子和耕地两个要害，加快种业攻关。", {"两个要害": {"种子", "耕地"}}),  # what the verb after a modal governs
    ("在河南，空中、陆上、网上、海上四条“丝路”正加快构筑。", {"四条丝路": {"空中", "陆上", "网上", "海上"}}),
    ("北京、上海两个城市加强合作。", {}),  # a count of places
    ("养老、医疗、失业、工伤四项保险参保人数增长。", {}),  # a count of things
])
def test_counted_formulations_right_after_their_parts(text, expected):
    assert defines(run(text)[0]) == expected


def test_parts_that_fill_the_frame_or_open_the_sentences_after_it():
    framed = run("“五向图强”聚势谋远。向种图强，种业产值增长。向海图强，海洋装备落地。向天图强，发射场首发成功。"
                 "向数图强，数字经济增长。向绿图强，清洁能源装机比重提高。")[0]
    assert defines(framed) == {"五向图强": {"向种图强", "向海图强", "向天图强", "向数图强", "向绿图强"}}
    led = run("确保三大攻坚战见行见效。成立专班。聚焦封关运作，项目竣工。聚焦投资扩容，投资增长。聚焦旅游消费，游客增长。")[0]
    assert defines(led) == {"三大攻坚战": {"封关运作", "投资扩容", "旅游消费"}}
    inside = run("聚焦封关运作，项目竣工。聚焦投资扩容，“三张清单”滚动实施。聚焦旅游消费，游客增长。聚焦补链强链，集群新增。"
                 "聚焦营商环境，改革深化。")[0]
    assert "三张清单" not in defines(inside)  # inside the series, not heading it


def test_two_nouns_side_by_side_before_a_count_of_two():
    assert defines(run("统筹国内国际两个大局。")[0]) == {"两个大局": {"国内", "国际"}}
    assert defines(run("推进市属高校一校一策分类提升。")[0]) == {}  # a modifier and its noun


def test_parts_after_a_quoted_count_stop_before_the_figure():
    result = run("坚决兜牢兜实基层“三保”底线，保基本民生、保工资、保运转支出2585.3亿元。")[0]
    assert {r.target.removeprefix("SLOGAN:") for r in result.relations if r.kind == "DEFINES"} == \
        {"保基本民生", "保工资", "保运转"}


def test_the_province_after_the_last_part_is_no_part():
    result = run("绿色铝、硅光伏、新能源电池云南工业“新三样”增加值增长8.2%。")[0]
    defines = [r for r in result.relations if r.kind == "DEFINES"]
    assert {r.target.removeprefix("SLOGAN:") for r in defines} == {"绿色铝", "硅光伏", "新能源电池"}
    assert {r.note for r in defines} == {"3 parts for 三"}


def test_parts_of_uneven_length_when_the_short_one_is_a_place():
    result = run("深化合肥、上海张江综合性国家科学中心“两心同创”，支持科创金融改革。")[0]
    assert {r.target.removeprefix("SLOGAN:") for r in result.relations if r.kind == "DEFINES"} == \
        {"合肥", "上海张江综合性国家科学中心"}


@pytest.mark.parametrize("text, parts", [
    ("推进规上工业企业无研发机构和无研发活动“双清零”。", {"无研发机构", "无研发活动"}),  # parts that open alike
    ("加快向资产、营收“双千亿”目标迈进。", {"资产", "营收"}),
])
def test_two_parts_opening_alike_or_after_a_preposition(text, parts):
    assert {r.target.removeprefix("SLOGAN:") for r in run(text)[0].relations if r.kind == "DEFINES"} == parts


def test_the_first_part_without_verbs_of_promotion():
    result = run("大力培育弘扬生态、历史、红色、民族、高原“五个文化”。")[0]
    parts = {r.target for r in result.relations if r.kind == "DEFINES"}
    assert "SLOGAN:生态" in parts and "SLOGAN:弘扬生态" not in parts


def test_parts_that_end_with_what_is_counted_may_be_verbs():
    result, each = run("强化产业、创业、就业“三业联动”，创造更多优质就业岗位。", "完善自然人、企业法人“一人一档”“一企一档”。")
    parts = {r.target for r in result.relations if r.kind == "DEFINES"}
    assert parts == {"SLOGAN:产业", "SLOGAN:创业", "SLOGAN:就业"}
    assert not [r for r in each.relations if r.kind == "DEFINES"]  # one each, not parts


def test_a_scale_between_the_parts_and_the_formulation():
    result = run("打造冷水鱼、冷凉蔬菜万吨级“双冷”农产品出口产业集群。")[0]
    assert {r.target for r in result.relations if r.kind == "DEFINES"} == {"SLOGAN:冷水鱼", "SLOGAN:冷凉蔬菜"}


def test_clauses_after_the_formulation_that_share_what_it_counts():
    result, other = run("着重解决好“三个1亿人”问题，促进约1亿农业转移人口落户城镇，改造约1亿人居住的城镇棚户区和城中村，"
                        "引导约1亿人在中西部地区就近城镇化。", "推进“两个50万”工程，新建保障房，改造老旧小区。")
    parts = {r.target for r in result.relations if r.kind == "DEFINES"}
    assert parts == {"SLOGAN:促进约1亿农业转移人口落户城镇", "SLOGAN:改造约1亿人居住的城镇棚户区和城中村",
                     "SLOGAN:引导约1亿人在中西部地区就近城镇化"}
    assert not [r for r in other.relations if r.kind == "DEFINES"]  # the clauses do not hold 50万


def test_numbered_points_after_the_colon_lose_their_numbers():
    result = run("提出重点打造六大合作平台：一是筑牢安全合作平台；二是搭建产能合作平台；三是加快建设互联互通合作平台；"
                 "四是创新金融合作平台；五是构建区域贸易合作平台；六是打造社会民生合作平台。")[0]
    parts = {r.target for r in result.relations if r.kind == "DEFINES"}
    assert {"SLOGAN:筑牢安全合作平台", "SLOGAN:打造社会民生合作平台"} <= parts and len(parts) == 6


def test_codes_of_a_quoted_list_and_what_a_sentence_says_each_is():
    result = run("要按照“坚持双轮驱动、构建一个体系、推动六大转变”进行布局。\n双轮驱动就是科技创新和体制机制创新两个轮子相互"
                 "协调、持续发力。六大转变就是发展方式从粗放式增长向可持续发展转变；发展要素从传统要素主导向创新要素主导转变；"
                 "产业分工从价值链中低端向中高端转变；创新能力从跟踪为主向领跑为主转变；资源配置从研发环节为主向统筹配置转变；"
                 "创新群体从小众为主向大众创新创业转变。")[0]
    assert {"双轮驱动", "一个体系", "六大转变"} <= {m.name for m in result.mentions if m.label == "SLOGAN"}
    parts = {r.target for r in result.relations if r.kind == "DEFINES" and r.source == "SLOGAN:六大转变"}
    assert {"SLOGAN:产业分工从价值链中低端向中高端转变", "SLOGAN:创新群体从小众为主向大众创新创业转变"} <= parts
    assert {("SLOGAN:双轮驱动", "SLOGAN:科技创新"), ("SLOGAN:双轮驱动", "SLOGAN:体制机制创新")} <= pairs(result, "DEFINES")


def test_nouns_of_uneven_length():
    result = run("非法集资刑事案件、涉案金额和人员实现“三下降”。")[0]
    assert {r.target for r in result.relations if r.kind == "DEFINES"} == {"SLOGAN:非法集资刑事案件", "SLOGAN:涉案金额",
                                                                          "SLOGAN:人员"}


@pytest.mark.parametrize("text, term, parts", [
    ("持续推进大众创业、万众创新。“双创”是以创业创新带动就业的有效方式。", "双创", {"大众创业", "万众创新"}),
    ("重点解决“两不愁三保障”问题，脱贫群众不愁吃、不愁穿，义务教育、基本医疗、住房安全有保障。", "两不愁三保障",
     {"不愁吃", "不愁穿", "义务教育", "基本医疗", "住房安全"}),
    ("“新三样”助力出口提质升级。出口总值增长6.3%。电动汽车、锂电池、光伏产品出口表现突出。", "新三样",
     {"电动汽车", "锂电池", "光伏产品"}),
    ("讲话凝聚了“三个必胜”的坚强信念。\n老兵认为，习总书记提出的“正义必胜、和平必胜、人民必胜”，是历史的结论。\n"
     "实现“三个必胜”，需要个人命运与祖国发展紧密相连。", "三个必胜", {"正义必胜", "和平必胜", "人民必胜"}),
])
def test_known_parts_printed_as_one_list_in_the_paragraph(text, term, parts):
    assert defines(run(text)[0]).get(term) == parts


@pytest.mark.parametrize("text, term", [
    ("“新三样”助力出口提质升级。\n进口平稳。\n服务贸易增长。\n外资稳中有进。\n电动汽车、锂电池、光伏产品出口表现突出。",
     "新三样"),  # four paragraphs later
    ("积极稳妥推进碳达峰碳中和。实现碳达峰碳中和是一场广泛而深刻的变革。", "双碳"),  # only its own spelling
])
def test_no_known_parts_elsewhere_or_from_the_formulations_own_spelling(text, term):
    assert term not in defines(run(text)[0])


def test_long_parts_right_before_a_quoted_count():
    text = ("聚力打造铸牢中华民族共同体意识教育、西部民族地区教育高质量发展、教育服务区域经济社会发展和生态环境建设“三个样板”，"
            "以教育之力厚植人民幸福之本。")
    assert defines(run(text)[0])["三个样板"] == {"铸牢中华民族共同体意识教育", "西部民族地区教育高质量发展",
                                               "教育服务区域经济社会发展和生态环境建设"}


def test_parts_that_open_the_sentences_after_it_after_two_verbs():
    text = ("做好今年工作，加快打造具有重要影响力的“三地一区”是引领。围绕打造科技创新策源地，加快推进科学城改革。"
            "围绕打造新兴产业聚集地，加快发展新兴产业。围绕打造改革开放新高地，深化重点领域改革。"
            "围绕打造经济社会发展全面绿色转型区，推进生态文明建设。\n")
    assert defines(run(text)[0])["三地一区"] == {"科技创新策源地", "新兴产业聚集地", "改革开放新高地",
                                               "经济社会发展全面绿色转型区"}


def test_parts_of_a_list_split_by_a_clause_that_opens_with_and():
    text = "开展轨道交通“四网融合”试点，广佛南环、佛莞城际开通运营，与佛肇、莞惠城际“四线贯通”，实现城际公交化运营。"
    assert defines(run(text)[0])["四线贯通"] == {"广佛南环", "佛莞城际", "佛肇", "莞惠城际"}


def test_no_long_parts_from_sentences_that_do_not_end_with_what_is_counted():
    text = ("以关键问题突破带动“三化”水平整体提升。聚焦提升依规依纪依法办案质效，着力增强本领。"
            "聚焦加强纪检监察队伍建设，着力建强组织。聚焦加强纪法教育和培训，着力提升素养。\n")
    assert "三化" not in defines(run(text)[0])


def test_no_long_parts_from_a_pair_of_titles_before_a_name():
    text = "中共中央政治局常委、中央纪委书记李希16日在北京会见来华出席第三届“一带一路”国际合作高峰论坛的外宾。"
    assert "一带一路" not in defines(run(text)[0])


def test_the_verb_the_list_depends_on_is_no_part():
    text = "只要我们始终坚持干字当头，深化运用主动想、扎实干、看效果抓工作“三部曲”，就一定能推动各项事业发展。"
    assert defines(run(text)[0])["三部曲"] == {"主动想", "扎实干", "看效果"}


def test_places_abbreviated_before_a_count_and_named_in_the_paragraph():
    text = "强化沈大“双核”引领。支持沈阳建设东北亚国际化中心城市。支持大连建设现代海洋城市，引领沿海经济带高质量发展。\n"
    assert defines(run(text)[0])["双核"] == {"沈阳", "大连"}
    assert "双核" not in defines(run("成渝双核联动联建全面提速，渝中区加快发展。\n")[0])


def test_glossary_entries_on_two_lines_with_a_qualifier_and_指():
    text = ("名词解释\n3.“四好农村路”：\n指建好、管好、护好、运营好农村公路。\n5.“双一流”：\n指世界一流大学和一流学科。\n"
            "6.轨道交通“四网融合”：\n指干线铁路、城际铁路、市域（郊）铁路和城市轨道交通的融合。\n"
            "10.金融“五篇大文章”：\n指科技金融、绿色金融、普惠金融、养老金融、数字金融。\n")
    found = defines(run(text)[0])
    assert {"建好", "管好", "护好", "运营好"} <= found["四好农村路"]
    assert {"世界一流大学", "一流学科"} <= found["双一流"]
    assert {"干线铁路", "城际铁路", "市域（郊）铁路", "城市轨道交通"} <= found["四网融合"]
    assert found["五篇大文章"] == {"科技金融", "绿色金融", "普惠金融", "养老金融", "数字金融"}


def test_no_glossary_definition_across_the_next_entry_of_a_joint_one():
    text = "附件\n1.“两重”“两新”：国家重大战略实施和重点领域安全能力建设，大规模设备更新和消费品以旧换新。\n"
    found = defines(run(text)[0])
    assert found["两重"] == {"国家重大战略实施", "重点领域安全能力建设", "国家重大战略实施和重点领域安全能力建设"}
    assert found["两新"] == {"大规模设备更新", "消费品以旧换新", "大规模设备更新和消费品以旧换新"}  # each its clause


def test_glossary_parts_quoted_one_by_one_in_clauses_alike_and_counted_after_a_qualifier():
    text = ("名词解释\n24.行政复议护航企业高质量发展“十二项举措”：有关部门在行政复议前端、中端、后端共提出十二项举措，即"
            "“优化服务点位设置”、“畅通案件受理渠道”、“加强案件审查力度”、“健全实质解纷机制”、“建立案件回访机制”、"
            "“严格开展监督问责”、“延伸跟进提示效能”、“推进共性问题治理”、“强化类案示范引领”、“推进制度体系建设”、"
            "“加大宣传推广力度”和“培育队伍服务能力”。\n"
            "49.“四下基层”：习近平总书记在福建宁德工作时倡导的工作方法，具体指宣传党的路线、方针、政策下基层，"
            "调查研究下基层，信访接待下基层，现场办公下基层。\n"
            "31.“三江”水电基地：是指金沙江、雅砻江、大渡河“三江”水电基地。\n"
            "16.“天府森林四库”：省政府印发实施方案，提出建设森林水库、钱库、粮库、碳库。\n")
    found = defines(run(text)[0])
    assert {"优化服务点位设置", "培育队伍服务能力"} <= found["十二项举措"] and len(found["十二项举措"]) == 13
    assert {"宣传党的路线、方针、政策下基层", "调查研究下基层", "信访接待下基层", "现场办公下基层"} <= found["四下基层"]
    assert found["三江"] == {"金沙江", "雅砻江", "大渡河"}
    assert {"钱库", "粮库", "碳库"} <= found["天府森林四库"]


def test_no_parts_from_a_quoted_full_name_or_a_later_clause():
    text = "名词解释\n2.“双高计划”：\n是“中国特色高水平高职学校和专业建设计划”的简称，由教育部和财政部联合实施。\n"
    assert defines(run(text)[0])["双高计划"] == {"“中国特色高水平高职学校和专业建设计划”的简称，由教育部和财政部联合实施"}


def test_counts_of_institutions_are_no_parts():
    assert "双一流" not in defines(run("高校建设成效显著，16所高校、48个学科入选“双一流”建设名单。")[0])


def test_a_preposition_before_a_quoted_list_is_no_part():
    text = "坚持从“政府服务环境、产业生态环境、社会生活环境、法治保障环境”四个方面着重用力，持续优化营商环境。"
    assert "政府服务环境" in set().union(*defines(run(text)[0]).values())


def test_glossary_parts_after_包括_pairs_joined_by_和_and_parts_that_open_with_what_is_counted():
    text = ("名词解释\n15.“六横六纵”现代化水网体系：“六横”指六个横向输水大动脉，包括都江堰灌区、引大济岷、长征渠引水、"
            "向家坝灌区、引雅济安、南水北调西线6个工程；“六纵”指六个纵向输水大动脉，包括武都引水、升钟灌区、亭子口灌区、"
            "罐子坝灌区、川渝东北一体化水资源配置、大桥灌区6个工程。\n"
            "17.科技英才领航工程和“双千”计划：科技英才领航工程是指聚焦科技创新。“双千”计划是指面向共建“一带一路”国家"
            "实施千项合作项目、开展千名青年科学家交流。\n")
    found = defines(run(text)[0])
    assert {"武都引水", "大桥灌区", "川渝东北一体化水资源配置"} <= found["六纵"] and len(found["六纵"]) == 6
    assert {"千项合作项目", "千名青年科学家交流"} <= found["双千"]
    assert defines(run("深入推进文化和科技、文化和旅游“两个融合”，实验室投入运营。")[0])["两个融合"] == {"文化和科技", "文化和旅游"}
    parts = defines(run("部署开展违规设置市场准入门槛、拖欠企业账款、侵害企业产权和企业家合法权益、涉企违规收费罚款以及"
                        "涉企执法检查“五个专项治理”，优化环境。")[0])["五个专项治理"]
    assert {"违规设置市场准入门槛", "涉企违规收费罚款", "涉企执法检查"} <= parts and len(parts) == 5


def test_parts_in_brackets_after_the_formulation_or_the_word_it_qualifies():
    assert defines(run("加强农村集体“三资”（资金、资产、资源）管理，严防流失。")[0])["三资"] == {"资金", "资产", "资源"}
    found = defines(run("健全“五社联动”机制（社区、社会组织、社会工作者、社区志愿者和社会慈善资源），服务群众。")[0])
    assert found["五社联动"] == {"社区", "社会组织", "社会工作者", "社区志愿者", "社会慈善资源"}
    # a note in brackets, a year or a list of another length is no decoding
    for text in ("实施“三大工程”（详见附件1、附件2、附件3）。", "开展“双百行动”（2023年）。",
                 "实施“三资”管理（资金、资产、资源、资本），规范运行。"):
        assert not defines(run(text)[0])


def test_parts_after_the_word_a_formulation_qualifies_and_a_colon():
    parts = defines(run("推动“四个一”工作：一个平台、一套机制、一支队伍、一批项目。")[0])["四个一"]
    assert parts == {"一个平台", "一套机制", "一支队伍", "一批项目"}


def test_parts_that_open_paragraphs_numbered_一是_without_the_lead_they_share():
    text = ("（一）着力贯彻新发展理念，坚定实施“三大战略”。\n"
            "一是坚定实施扩大内需战略，在加快推动消费投资增长上实现新突破。用好政策。\n"
            "二是坚定实施产业兴区战略，在加快发展特色优势产业上实现新突破。\n"
            "三是坚定实施数字宁夏战略，在加快推进数实深度融合上实现新突破。\n"
            "（二）着力保障和改善民生。\n")
    assert defines(run(text)[0])["三大战略"] == {"扩大内需战略", "产业兴区战略", "数字宁夏战略"}


def test_a_list_of_short_nouns_in_the_clause_after_the_formulation():
    text = "全面提升“六要素”品质，加强餐饮、宾馆、交通、景区、商场和导游等从业人员专业培训，促进融合。"
    assert defines(run(text)[0])["六要素"] == {"餐饮", "宾馆", "交通", "景区", "商场", "导游"}
    assert not defines(run("全面提升“六要素”品质，加强餐饮、宾馆、交通、景区等从业人员专业培训。")[0])


def test_an_annex_title_that_counts_the_numbered_headings_below_it():
    text = ("附件1\n2026年省三件民生实事\n坚持民生为大，扎扎实实办好三件民生实事。\n"
            "一、提高低保和重点群体救助保障水平。\n农村低保标准提高到80%以上。（1）标准……\n"
            "二、加快建立长期护理保险制度和提升养老服务供给水平。\n加快建立制度。\n"
            "三、深入推进“四好农村路”建设。\n新建农村公路2500公里。\n附件2\n")
    result = run(text)[0]
    assert defines(result)["三件民生实事"] == {"提高低保和重点群体救助保障水平", "加快建立长期护理保险制度和提升养老服务供给水平",
                                          "深入推进“四好农村路”建设"}
    assert {m.text for m in result.mentions if m.label == "SLOGAN"} >= {"三件民生实事"}
    # headings of another count, or numbered out of turn, decode nothing
    for wrong in (text.replace("三、", "四、"), text.replace("三、深入", "三、深入\n四、另一件")):
        assert "三件民生实事" not in defines(run(wrong)[0])


def test_qualities_listed_before_a_formulation_and_a_pair_after_another_count():
    parts = defines(run("以建设和平、安宁、繁荣、美丽、友好“五大家园”为共同愿景。")[0])["五大家园"]
    assert parts == {"和平", "安宁", "繁荣", "美丽", "友好"}
    found = defines(run("统筹国内国际两个大局、发展安全两件大事，高举人类命运共同体旗帜。")[0])
    assert found["两个大局"] == {"国内", "国际"} and found["两件大事"] == {"发展", "安全"}


def test_parts_that_open_the_clauses_of_the_sentence_one_a_clause():
    text = ("抓好外贸“五新”，加快引育新主体，加强对接；着力拓展新市场，稳住传统市场；积极发展新模式，实施行动；"
            "更好畅通新渠道，强化对接；注重丰富新产品，支持出口。")
    assert defines(run(text)[0])["五新"] == {"新主体", "新市场", "新模式", "新渠道", "新产品"}
    assert "五新" not in defines(run(text.replace("；注重丰富新产品，支持出口", ""))[0])  # four clauses for five


def test_the_last_part_after_即_ends_where_the_others_do():
    parts = defines(run("推动“四链融合”，即创新链、产业链、资金链、人才链深度融合。")[0])["四链融合"]
    assert parts == {"创新链", "产业链", "资金链", "人才链"}


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="行动一二三，A1", max_size=30), st.text(alphabet="行动一", min_size=2, max_size=2))
def test_headed_item_is_the_pattern_search(opening, head):
    """The items before a counted head are found as the pattern of them would find them (without compiling it)."""
    found = re.search(f"[\u4e00-\u9fff]{{2,10}}?{head}", opening)
    assert _headed_item(opening, head) == (found.group() if found else None)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="创新创业、和大众万", max_size=30),
       st.lists(st.text(alphabet="创新创业大众万", min_size=1, max_size=4), min_size=1, max_size=5, unique=True),
       st.integers(0, 30), st.integers(0, 30))
def test_spelled_is_the_pattern_finditer(text, spellings, start, end):
    """The spellings of a known formulation's parts are found as the pattern of them all would find them."""
    spellings = tuple(sorted(spellings, key=len, reverse=True))
    pattern = re.compile("|".join(map(re.escape, spellings)))
    assert _spelled(text, start, end, spellings) == [m.span() for m in pattern.finditer(text, start, end)]


def test_a_count_of_four_characters_after_a_quoted_list_of_as_many_parts():
    text = ("坚持“改造传统产业、培育新兴产业、布局未来产业”三线并进，大力推进新型工业化。"
            "坚持“拓展就业需求与优化就业供给”两端发力。通过“债务重组、平台转型、开源节流、三资盘活、金融创新”五措并举，化解风险。")
    found = defines(run(text)[0])
    assert found["三线并进"] == {"改造传统产业", "培育新兴产业", "布局未来产业"}
    assert found["两端发力"] == {"拓展就业需求", "优化就业供给"}
    assert found["五措并举"] == {"债务重组", "平台转型", "开源节流", "三资盘活", "金融创新"}
    negatives = ("引入“红黄绿”三种颜色，分级管理。",  # one part for three
                 "抓住“新时代西部大开发”、“黄河流域生态保护和高质量发展”两大国家战略叠加的机遇。")  # not 生态保护|高质量发展
    assert "三种颜色" not in defines(run(negatives[0])[0])
    assert "高质量发展" not in defines(run(negatives[1])[0]).get("两大国家战略", set())


def test_a_digit_code_whose_digits_name_formulations_of_their_own():
    text = ("持续完善“11431”基层治理体系。\n注释\n［24］“11431”基层治理体系：\n第一个“1”指完善省、市县、乡镇（街道）、村（社区）党对"
            "基层治理全面领导机制；第二个“1”指设立县、乡、村级社会治理联动平台；“4”指设置乡镇（街道）党的建设、经济生态、平安法治、"
            "民生服务基层治理“四板块”；“3”指推进城乡社区自治、法治、德治“三融合”；第三个“1”指推动村（社区）网格“多格合一、多员合一”。\n")
    parts = defines(run(text)[0])["11431"]
    assert {"四板块", "三融合", "设立县、乡、村级社会治理联动平台"} <= parts
    assert not parts & {"党的建设", "自治"}  # the digits' own formulations hold those


def test_a_glossary_head_that_counts_things_a_quoted_word_names():
    text = ("注释\n［4］三张“零关税”清单：\n原辅料“零关税”正面清单、交通工具及游艇“零关税”正面清单、企业自用生产设备“零关税”"
            "负面清单。\n［5］ESI：\nEssential Science Indicators。\n")
    assert defines(run(text)[0])["三张零关税清单"] == {"原辅料零关税正面清单", "交通工具及游艇零关税正面清单",
                                                    "企业自用生产设备零关税负面清单"}


def test_a_glossary_entry_for_formulations_listed_in_its_head_one_clause_each():
    text = ("提升“两个基地”“两个网络”能级。\n注释\n［10］两个基地、两个网络：\n中国企业走向国际市场的总部基地和境外企业进入中国市场的"
            "总部基地，国际经贸合作网络和国际人文交流合作网络。\n［11］四库：\n水库、粮库、钱库、碳库。\n")
    assert defines(run(text)[0])["两个网络"] == {"国际经贸合作网络", "国际人文交流合作网络",
                                              "国际经贸合作网络和国际人文交流合作网络"}  # its parts and its definition


def test_a_list_before_a_quoted_count_whose_item_opens_with_重点_as_a_qualifier():
    text = "实施工业千亿投资、优服务提信心激发民间投资活力、重点产业招商聚能突破“三大行动”，放大效应。"
    assert defines(run(text)[0])["三大行动"] == {"工业千亿投资", "优服务提信心激发民间投资活力", "重点产业招商聚能突破"}


def test_a_verb_inside_the_first_part_of_a_glossary_list_stays():
    text = "附件\n7.“三大高地”“五大战略”：革命老区高质量发展高地、内陆地区改革开放高地、国家生态文明建设高地，产业升级战略、项目带动战略、科教强省战略、省会引领战略、治理强基战略。\n"
    found = defines(run(text)[0])
    assert {"革命老区高质量发展高地", "内陆地区改革开放高地"} <= found["三大高地"] and "高地" not in found["三大高地"]


def test_a_digit_code_whose_glossary_names_a_counted_formulation_for_each_digit():
    text = ("纵深开展应急管理高质量发展“2653”行动。\n名词解释\n25.应急管理高质量发展“2653”行动：聚焦生产安全事故持续下降、自然灾害"
            "损失不断减轻“两个目标”，推进本质安全提升、风险分级管控、隐患治理攻坚、监管执法提质、应急救援强基、调查评估优化“六项行动”，"
            "强化法规制度、人才队伍、科技信息、基层基础、宣教培训“五大体系”，落实加强组织领导、加强要素投入、加强考核督查“三条措施”。\n")
    found = defines(run(text)[0])
    assert {"两个目标", "六项行动", "五大体系", "三条措施"} <= found["2653"] and "法规制度" not in found["2653"]
    assert found["五大体系"] == {"法规制度", "人才队伍", "科技信息", "基层基础", "宣教培训"}


def test_a_glossary_pair_that_holds_what_双_counts_in_a_later_clause():
    text = ("实施“双高计划”。\n名词解释\n2.“双高计划”：\n是“中国特色高水平高职学校和专业建设计划”的简称，由教育部和财政部联合实施，"
            "旨在建设一批高水平学校和高水平专业群。\n3.“四库”：\n水库、粮库、钱库、碳库。\n")
    assert {"高水平学校", "高水平专业群"} <= defines(run(text)[0])["双高计划"]
    assert not {"教育部", "财政部"} & defines(run(text)[0])["双高计划"]


def test_counted_livelihood_projects_and_their_parts_numbered_一是_to_十五是():
    items = "。".join(f"{n}是{part}" for n, part in zip(
        ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"],
        ["为怀孕妇女提供免费产前筛查与诊断服务", "对新生儿参加居民基本医保个人缴费部分给予全额补助", "开展扶残助学圆梦工程",
         "帮扶3000余名符合条件的残疾人就业创业", "建立城乡居民养老保险丧葬补助金制度", "为既有住宅加装电梯600部",
         "推动粮食作物完全成本保险综合承保覆盖率达到70%以上", "大型农贸批发市场完成不少于100万批次农产品快检",
         "对农产品网络销售额2万元以上且快递单量达1000单以上的经营主体进行补助", "维修养护农村供水工程1900处",
         "免费送戏下乡1万场", "打造80个新型公共文化空间"]))
    found = defines(run(f"今年再办好12件民生实事。{items}。")[0])
    assert len(found["12件民生实事"]) == 12 and "为既有住宅加装电梯600部" in found["12件民生实事"]
    assert not names("我们办好每一件民生实事。", "SLOGAN")


def test_a_count_after_pairs_of_things_the_last_pair_after_以及():
    text = ("必须正确处理高质量发展和高水平保护、重点攻坚和协同治理、自然恢复和人工修复、外部约束和内生动力以及“双碳”承诺和自主行动"
            "这五个重大关系。")
    assert defines(run(text)[0])["五个重大关系"] == {"高质量发展和高水平保护", "重点攻坚和协同治理", "自然恢复和人工修复",
                                                   "外部约束和内生动力", "双碳承诺和自主行动"}
    assert not names("建成2个国际机场、3个枢纽。", "SLOGAN")  # 个 still counts things


def test_展开_leads_a_list_of_parts():
    text = "以高效能治理赋能高水平安全，全面展开城市生命线、全域水患治理、城乡安居三大工程，统筹推进风险化解。"
    assert defines(run(text)[0])["三大工程"] == {"城市生命线", "全域水患治理", "城乡安居"}


def test_the_last_group_of_a_code_of_numbered_groups_listed_across_clauses():
    text = ("构建“四向八廊”综合交通走廊。\n名词解释\n16.“四向八廊”综合交通走廊：东南西北4个方向8条进出川综合交通走廊，东向长江北走廊、"
            "长江南走廊，西向川甘青走廊、川藏走廊，南向川黔粤桂走廊、川滇走廊，北向川陕京走廊、川陕蒙走廊。\n")
    parts = defines(run(text)[0])["四向八廊"]
    assert {"长江北走廊", "川藏走廊", "川陕蒙走廊"} <= parts and "东向长江北走廊" not in parts


def test_a_list_after_是指_in_a_digits_decoding_starts_after_it():
    text = "［12］“45432”发展架构：\n第二个“4”是指生物制造、氢能、脑机接口、具身智能等“四新”未来产业，“3”是指免税购物、医疗、教育“三篇消费文章”。\n"
    found = defines(run(text)[0])
    assert found["四新"] == {"生物制造", "氢能", "脑机接口", "具身智能"}
    assert found["三篇消费文章"] == {"免税购物", "医疗", "教育"}


def test_parts_that_are_verbs_of_one_head():
    text = "“3”指推进城乡社区自治、法治、德治“三融合”；第三个“1”指推动网格化管理。"
    assert defines(run(text)[0])["三融合"] == {"自治", "法治", "德治"}


def test_a_plus_codes_parts_without_their_leading_verb_and_split_at_以及():
    text = ("构建“1+5+N”疾控体系。\n注释\n［8］1+5+N：\n“1”即省疾控中心，发挥龙头作用；“5”即依托海口、三亚、儋州、琼海、五指山等5家市疾控中心，建设区域疾控中心；"
            "“N”即其他市县（区）疾控中心以及各类专科疾病防治机构、医疗机构、基层医疗卫生机构等，发挥基础性作用。\n")
    parts = defines(run(text)[0])["1+5+N"]
    assert {"海口", "五指山", "其他市县（区）疾控中心", "各类专科疾病防治机构"} <= parts and "依托海口" not in parts


def test_such_as_inside_a_part_that_is_not_the_last():
    text = ("横琴发展“四新”产业。\n名词解释\n7.“四新”产业：\n发展新产业，包括：科技研发和高端制造产业、中医药等澳门品牌工业、文旅会展商贸产业、"
            "现代金融产业。\n8.“三库”：\n水库、粮库、钱库。\n")
    assert "中医药等澳门品牌工业" in defines(run(text)[0]).get("四新", set())


def test_parts_of_one_length_are_parallel_though_one_opens_like_a_verb():
    text = "分级分类梳理制定支持政策、优势资源、链主企业、人才技术、目标企业“五张清单”，实施链式招商。"
    assert defines(run(text)[0])["五张清单"] == {"支持政策", "优势资源", "链主企业", "人才技术", "目标企业"}


def test_parts_after_也就是_the_last_joined_by_和():
    text = "决战“三北”。荒漠化土地主要分布在三北地区，也就是西北、华北和东北。"
    assert defines(run(text)[0])["三北"] == {"西北", "华北", "东北"}


def test_a_pair_after_a_verb_and_its_complement():
    text = "调动保护好农民种粮和地方政府抓粮“两个积极性”；在增产和减损两端同时发力。"
    assert defines(run(text)[0])["两个积极性"] == {"农民种粮", "地方政府抓粮"}


def test_the_pair_a_双_of_one_character_counts_near_it():
    text = "习近平要求让创新链和产业链“无缝对接”。如今，聚焦“双链”间的堵点，一系列改革举措加快落地。"
    assert defines(run(text)[0])["双链"] == {"创新链", "产业链"}
    far = "实施消费品以旧换新，汽车报废更新和置换更新52.8万辆，" + "各项工作扎实推进，成效明显，" * 5 + "加力推进“两新”工作。"
    assert "两新" not in defines(run(far)[0])


def test_four_parts_of_two_characters_after_明确():
    text = "总书记系统提出新时代党的治藏方略，明确稳定、发展、生态、强边四件大事。"
    assert defines(run(text)[0])["四件大事"] == {"稳定", "发展", "生态", "强边"}


def test_industry_clusters_one_a_short_sentence_after_their_count():
    text = ("全力打造“六大产业集群”。推动集群发展。打造优势矿产资源精深加工产业集群。深入推进找矿。打造新能源新材料产业集群。"
            "打造新型综合能源产业集群。打造数智产业集群。打造酱香白酒产业集群。打造先进装备制造产业集群。")
    assert len(defines(run(text)[0])["六大产业集群"]) == 6


def test_the_clauses_a_count_of_a_word_counts_before_it():
    text = ("省委建议提出，要锚定高质量发展成效更加彰显，“三个高地”建设成果更加丰硕，“一带一部”区位优势更加凸显，文化创新创造活力"
            "更加强劲，人民生活更加幸福，生态环境更加美丽，治理效能更加显著的总体目标努力奋斗。\n对照“七个更加”的总体目标，省政府编制了纲要。\n")
    parts = defines(run(text)[0])["七个更加"]
    assert {"高质量发展成效更加彰显", "三个高地建设成果更加丰硕", "治理效能更加显著"} <= parts and len(parts) == 7


def test_parts_opening_sentences_alike_with_the_counted_character():
    text = ("（一）着力推动“四稳”政策落地。面对多重挑战，切实稳住经济基本盘。全力稳就业，强化就业帮扶。全力稳企业，优化服务。"
            "全力稳市场，加力扩围。全力稳预期，制定增量政策。\n")
    assert defines(run(text)[0])["四稳"] == {"稳就业", "稳企业", "稳市场", "稳预期"}


def test_the_pair_a_双_counts_as_a_clause_that_opens_with_its_character():
    text = "习近平近日对双拥工作作出重要指示指出，拥军优属、拥政爱民，是我党我军我国人民优良传统和特有政治优势。"
    assert defines(run(text)[0])["双拥"] == {"拥军优属", "拥政爱民"}


def test_known_parts_printed_apart_in_the_paragraph_that_names_them():
    text = ("扎实推进“三去一降一补”。以钢铁、煤炭等行业为重点加大去产能力度。三四线城市商品住宅去库存取得明显成效。"
            "积极稳妥去杠杆，控制债务规模。多措并举降成本。突出重点加大补短板力度。\n")
    assert defines(run(text)[0]) == {"三去一降一补": {"去产能", "去库存", "去杠杆", "降成本", "补短板"}}
    assert defines(run("“新三样”助力出口。电动汽车出口增长，锂电池和光伏产品也在增长。")[0]) == \
        {"新三样": {"电动汽车", "锂电池", "光伏产品"}}
    text = "加力扩围实施“两新”政策。持续推进汽车、家电等消费品以旧换新和医疗设备、电梯等设备更新。\n"
    assert defines(run(text)[0]) == {"两新": {"消费品以旧换新", "设备更新"}}  # two long parts
    text = ("稳定实现农村贫困人口不愁吃、不愁穿，义务教育、基本医疗、住房安全有保障，是脱贫的基本要求。总的看，“两不愁”基本解决了，"
            "“三保障”还存在不少薄弱环节。")
    assert defines(run(text)[0]) == {"两不愁": {"不愁吃", "不愁穿"}, "三保障": {"义务教育", "基本医疗", "住房安全"}}  # each
    # half of 两不愁三保障, a formulation of its own
    assert defines(run("拓宽“两山”转化路径，让更多绿水青山成为金山银山。")[0]) == {"两山": {"绿水青山", "金山银山"}}
    text = ("继续实施区域发展总体战略，充分发挥各地区比较优势，优先推进西部大开发，全面振兴东北地区等老工业基地，大力促进中部地区"
            "崛起，积极支持东部地区率先发展。")  # the clauses after it that do its known parts, whole
    assert defines(run(text)[0]) == {"区域发展总体战略": {"优先推进西部大开发", "全面振兴东北地区等老工业基地",
                                                   "大力促进中部地区崛起", "积极支持东部地区率先发展"}}
    # common two-character parts are no evidence when apart (农业 … 农村 … 农民 of 三农)
    assert defines(run("做好“三农”工作。发展现代农业，建设宜居乡村，农村改革深化，农民收入增长。\n")[0]) == {}


def test_a_count_of_actions_names_what_is_done():
    text = ("扎实开展清理限制民营企业公平竞争障碍、充分激发民间投资活力、破解民营企业融资难、助推民营经济创新升级、"
            "促进民营企业家健康成长等“五大行动”，支持民营企业合规建设。")
    assert defines(run(text)[0]) == {"五大行动": {"清理限制民营企业公平竞争障碍", "充分激发民间投资活力", "破解民营企业融资难",
                                                  "助推民营经济创新升级", "促进民营企业家健康成长"}}


def test_points_counted_by_a_digit_then_numbered():
    text = ("他就深化数字教育国际合作提出4点建议：一是携手构建数字教育国际开放合作体系，加强政策沟通。二是携手推进数字技术"
            "赋能教育转型变革，加强联合攻关。三是携手推动数字教育成果普惠共享，弥合发展差距。四是携手夯实数字教育伦理安全保障，"
            "强化监管。")
    assert defines(run(text)[0]) == {"4点建议": {"携手构建数字教育国际开放合作体系", "携手推进数字技术赋能教育转型变革",
                                                 "携手推动数字教育成果普惠共享", "携手夯实数字教育伦理安全保障"}}


def test_a_count_sums_up_the_parts_named_earlier_in_its_paragraph():
    text = ("他表示，中方提出的全球发展倡议、全球安全倡议、全球文明倡议同联合国宗旨是相通的。对方表示，中方提出的三大全球倡议"
            "与联合国宗旨原则高度契合。")
    assert defines(run(text)[0]) == {"三大全球倡议": {"全球发展倡议", "全球安全倡议", "全球文明倡议"}}
    # not when fewer are named; from another paragraph as its known parts only
    assert defines(run("中方提出全球发展倡议、全球安全倡议。对方支持三大全球倡议。")[0]) == {}
    found = run("全球发展倡议、全球安全倡议、全球文明倡议。\n对方支持三大全球倡议。")[0]
    assert {r.note for r in found.relations if r.kind == "DEFINES"} == {"3 known parts, printed apart"}


def test_a_counted_name_ends_before_its_predicate():
    text = "秦岭、黄河流域、南水北调水源涵养区三大生态安全屏障持续筑牢，空气质量改善。"
    assert defines(run(text)[0]) == {"三大生态安全屏障": {"秦岭", "黄河流域", "南水北调水源涵养区"}}


def test_a_programme_counted_after_its_qualifier_with_parts_one_a_sentence():
    text = ("实施城市更新六大提升行动。统筹地上地下空间。实施城市交通基础设施建设提升行动，建成一批项目。实施城市片区更新提升行动，"
            "整体提升滨江线。实施“三创”盘活存量资源提升行动，盘活资源。实施城市生命线工程提升行动，完善设施。"
            "实施新型基础设施建设提升行动，建设基站。实施“好房子、好小区、好社区、好城区”建设提升行动，改造小区。\n")
    assert defines(run(text)[0]) == {"城市更新六大提升行动": {
        "城市交通基础设施建设提升行动", "城市片区更新提升行动", "三创盘活存量资源提升行动", "城市生命线工程提升行动",
        "新型基础设施建设提升行动", "好房子、好小区、好社区、好城区建设提升行动"}}


def test_points_numbered_first_second_one_a_paragraph_after_a_colon():
    text = ("他提出三点主张：\n第一，坚持开放合作，共享机遇。\n第二，坚持创新驱动，激发活力。\n第三，坚持绿色发展，守护家园。\n"
            "一是其他工作。\n")
    assert defines(run(text)[0]) == {"三点主张": {"坚持开放合作", "坚持创新驱动", "坚持绿色发展"}}
    # a formulation that ends its paragraph without a colon does not take the numbered headings below, unless each
    # holds its word (test_points_that_each_hold_the_word_a_count_names_in_the_paragraphs_after_it)
    text = ("力争实现“五个新突破”。\n一是坚定实施扩大内需战略，在消费上实现新进展。\n二是坚定实施产业兴区战略，在产业上实现新进展。\n"
            "三是坚定实施创新驱动战略，在创新上实现新进展。\n四是坚定实施数字战略，在数实融合上实现新进展。\n"
            "五是坚定实施能源强区战略，在能源上实现新进展。\n")
    assert "五个新突破" not in defines(run(text)[0])
    assert defines(run(text.replace("新进展", "新突破"))[0])["五个新突破"] == {
        "在消费上实现新突破", "在产业上实现新突破", "在创新上实现新突破", "在数实融合上实现新突破", "在能源上实现新突破"}


@pytest.mark.parametrize("text, name, parts", [
    ("组织秉持互信、互利、平等、协商、尊重多样文明、谋求共同发展的“上海精神”，坚持共商共建。", "上海精神",
     {"互信", "互利", "平等", "协商", "尊重多样文明", "谋求共同发展"}),  # an established formulation's parts, listed before it
    ("坚持把以经济建设为中心同四项基本原则、改革开放这两个基本点统一于伟大实践。", "两个基本点", {"四项基本原则", "改革开放"}),
    ("十年来，我们经历了三件大事：一是迎来中国共产党成立一百周年，二是中国特色社会主义进入新时代，三是完成脱贫攻坚的历史任务。",
     "三件大事", {"迎来中国共产党成立一百周年", "中国特色社会主义进入新时代", "完成脱贫攻坚的历史任务"}),  # counted, then numbered
    ("中方愿朝着“三个更高”的目标发展。一是坚定相互支持，打造更高水平双边关系。二是坚持互利共赢，开展更高质量务实合作。"
     "三是共促发展，开展更高层次多边协作。", "三个更高",
     {"打造更高水平双边关系", "开展更高质量务实合作", "开展更高层次多边协作"}),  # the clause of each point with its word
    ("北京将培育新一代信息技术、科技服务业两个万亿级产业集群。", "两个万亿级产业集群", {"新一代信息技术", "科技服务业"}),
    ("培育软件集群，以及医药健康、智能装备、人工智能等三个千亿级产业集群；", "三个千亿级产业集群",
     {"医药健康", "智能装备", "人工智能"}),  # (以及 opens the list, 等 closes it)
    ("高标准推进中关村、昌平、怀柔三个国家实验室建设。", "三个国家实验室", {"中关村", "昌平", "怀柔"}),  # named by places
    ("经济呈现良好态势。\n就业和税收两大核心关切总体向好。", "两大核心关切", {"就业", "税收"}),  # a paragraph's subject
    ("围绕产业振兴、基础设施建设、粮食自给、民生改善等四大重点领域合作。", "四大重点领域",
     {"产业振兴", "基础设施建设", "粮食自给", "民生改善"}),  # (合作 is what is done in them)
    ("党的十四大作出三项具有深远意义的决策：一是抓住机遇，加快发展；二是明确我国经济体制改革的目标是建立社会主义市场经济体制；"
     "三是确立邓小平建设有中国特色社会主义理论在全党的指导地位。", "三项具有深远意义的决策",
     {"抓住机遇，加快发展", "明确我国经济体制改革的目标是建立社会主义市场经济体制",
      "确立邓小平建设有中国特色社会主义理论在全党的指导地位"}),  # the count qualified with 的, then numbered points
    ("一切以是否有利于发展社会主义社会的生产力、有利于增强社会主义国家的综合国力、有利于提高人民的生活水平这“三个有利于”为根本"
     "判断标准。", "三个有利于", {"有利于发展社会主义社会的生产力", "有利于增强社会主义国家的综合国力",
                         "有利于提高人民的生活水平"}),  # the last clause runs up to 这 and the count, its 的 kept
    ("习近平对促进两岸合作提出4点希望。\n第一，希望本着两岸同胞一家人的理念促进两岸经济合作。两岸经济同属中华民族经济。\n"
     "第二，希望两岸加强经济领域高层次对话和协调，共同推动经济合作迈上新台阶。\n第三，希望两岸加快后续协议商谈进程，提高经济合作"
     "制度化水平。\n第四，希望两岸同胞团结合作，共同致力于实现中华民族伟大复兴。", "4点希望",
     {"本着两岸同胞一家人的理念促进两岸经济合作", "两岸加强经济领域高层次对话和协调", "两岸加快后续协议商谈进程",
      "两岸同胞团结合作"}),  # the count ends its paragraph, the points open the next ones with what is counted
    ("同欧方领导人就共同打造和平、增长、改革、文明四大伙伴关系达成重要共识。", "四大伙伴关系", {"和平", "增长", "改革", "文明"}),
    ("形成了以西部、东北、中部、东部四大板块为基础的区域发展模式。", "四大板块", {"西部", "东北", "中部", "东部"}),  # (以…为)
    ("阶级斗争、生产斗争和科学实验，是建设社会主义强大国家的三项伟大革命运动。", "三项伟大革命运动",
     {"阶级斗争", "生产斗争", "科学实验"}),  # the parts the subject, the clause says what they are
    ("团结和带领全国各族人民，实现推进现代化建设、完成祖国统一、维护世界和平与促进共同发展这三大历史任务。", "三大历史任务",
     {"推进现代化建设", "完成祖国统一", "维护世界和平与促进共同发展"}),  # actions: the first keeps its own verb
])
def test_named_counted_and_numbered_formulations_in_news_and_congress_reports(text, name, parts):
    assert defines(run(text)[0]).get(name) == parts


@pytest.mark.parametrize("text", [
    "着力抓好四项具体工作：一是推动制造业发展；二是扩大有效投资；三是激发经营主体活力；四是抓好就业。",
    "《通知》重点明确了四个方面的政策要求：一是严控新增围填海造地；二是加快处理围填海历史遗留问题；三是加强海洋生态保护修复；"
    "四是建立滨海湿地保护和围填海管控长效机制。",  # aspects of a notice, not a formulation
])
def test_a_count_of_tasks_or_aspects_before_numbered_points_is_no_formulation(text):
    assert defines(run(text)[0]) == {}


@pytest.mark.parametrize("text, name, parts", [
    ("我提出相互尊重、和平共处、合作共赢三条大原则，既是经验的总结。", "三条大原则", {"相互尊重", "和平共处", "合作共赢"}),
    ("提出了共同树立正确认知、共同有效管控分歧、共同推进互利合作、共同承担大国责任、共同促进人文交流5根支柱。", "5根支柱",
     {"共同树立正确认知", "共同有效管控分歧", "共同推进互利合作", "共同承担大国责任", "共同促进人文交流"}),  # a figure
    ("我国经济发展面临需求收缩、供给冲击、预期转弱三重压力。", "三重压力", {"需求收缩", "供给冲击", "预期转弱"}),
    ("要坚持弘扬开放包容、合作共赢的金砖精神。", "金砖精神", {"开放包容", "合作共赢"}),
    ("围绕“钱从哪里来、用到哪里去、怎么用得好”三个关键问题，重构治理模式。", "三个关键问题",
     {"钱从哪里来", "用到哪里去", "怎么用得好"}),  # a quoted list before a count with its classifier
    ("破解“人口多、土地少，小生产、大市场，投入高、产出低”三大基本矛盾，推进改革。", "三大基本矛盾",
     {"人口多、土地少", "小生产、大市场", "投入高、产出低"}),  # quoted clauses, one part each
])
def test_counts_after_their_parts_with_more_classifiers(text, name, parts):
    assert defines(run(text)[0]).get(name) == parts


def test_glossary_codes_of_groups():
    text = ("名词注释\n1.“四级三类”国土空间规划：“四级”为省、市、县、乡，“三类”指总体规划、详细规划和专项规划。\n"
            "2.货运企业“三上门两加强”行动：上门排忧解难、上门宣讲法规、上门敦促企业扛起主体责任，加强源头管理、加强过程管理。\n")
    found = defines(run(text)[0])
    assert found["四级三类"] >= {"四级", "三类"} and found["四级"] == {"省", "市", "县", "乡"}
    assert found["三类"] == {"总体规划", "详细规划", "专项规划"}
    assert found["三上门两加强"] >= {"上门排忧解难", "上门宣讲法规", "上门敦促企业扛起主体责任", "加强源头管理", "加强过程管理"}
    # a figure does not count a quoted formulation's things into a new one
    assert "4条小三通" not in defines(run("厦门至金门、泉州至金门、福州马尾至马祖、连江黄岐至马祖4条“小三通”客运航线复航。")[0])


def test_glossary_entries_of_clauses_and_of_letter_codes():
    text = ("名词注释\n1.“1+N”常态化帮扶政策体系：“1”指省委和省政府制定出台的政策，“N”指省直相关部门制定出台的一系列配套政策。\n"
            "2.2026年3件民生实事：加大重点群体就业创业支持力度，提高困难群众生活保障标准，提升残疾人关爱服务水平。\n")
    found = defines(run(text)[0])
    assert {"省委和省政府制定出台的政策", "省直相关部门制定出台的一系列配套政策"} <= found["1+N"]
    assert {"加大重点群体就业创业支持力度", "提高困难群众生活保障标准", "提升残疾人关爱服务水平"} <= found["3件民生实事"]


def test_count_of_one_character_from_its_list_elsewhere_in_the_document():
    text = ("扎实推进“三新”、“三量”工作。" + "全市经济稳中有进，" * 20 +
            "深入推进科技创新、产业焕新、城市更新，深化盘活存量、做优增量、提升质量，因地制宜发展新质生产力。")
    found = defines(run(text)[0])
    assert found["三新"] == {"科技创新", "产业焕新", "城市更新"}
    assert found["三量"] == {"盘活存量", "做优增量", "提升质量"}
    # two such lists, or items of unlike lengths: no parts
    assert "三新" not in defines(run("推进“三新”。推进科技创新、产业焕新、城市更新，又推进理念创新、制度创新、技术革新。")[0])
    assert "三新" not in defines(run("推进“三新”。推进科技创新、产业焕新、老旧小区更新。")[0])


def test_known_parts_told_one_by_one_under_a_numbered_heading():
    text = ("二是着力抓好“三去一降一补”，供给结构有所改善。\n以钢铁、煤炭行业为重点去产能，全年退出钢铁产能超过6500万吨。"
            "房地产去库存取得积极成效。工业企业资产负债率有所下降。着眼促进企业降成本。加大补短板力度。")
    assert defines(run(text)[0])["三去一降一补"] == {"去产能", "去库存", "降成本", "补短板"}
    # not under an unnumbered line, nor with two parts untold
    assert "三去一降一补" not in defines(run(text.replace("二是", ""))[0])
    assert "三去一降一补" not in defines(run(text.replace("去库存", "库存"))[0])


def test_established_regions_and_strategies_told_apart():
    text = ("统筹实施“四大板块”和“三个支撑带”战略组合。在西部地区开工建设一批重大项目，落实好全面振兴东北地区等老工业基地政策措施，"
            "加快中部地区综合交通枢纽建设，支持东部地区率先发展。把“一带一路”建设与区域开发开放结合起来。推进京津冀协同发展。"
            "推进长江经济带建设。")
    found = defines(run(text)[0])
    assert found["四大板块"] == {"西部地区", "东北地区", "中部地区", "东部地区"}
    assert found["三个支撑带"] == {"一带一路建设", "京津冀协同发展", "长江经济带建设"}


def test_two_measures_before_a_quoted_count_and_a_strategy_named_by_its_work():
    assert defines(run("严格实施国企债务余额和资产负债率“双管控”，完善考评体系。")[0])["双管控"] == {"国企债务余额", "资产负债率"}
    assert "两个维护" not in defines(run("坚持和落实“两个维护”，不断提高政治判断力。")[0])
    text = "深入实施“一带一路”建设、京津冀协同发展、长江经济带发展三大战略，启动建设一批重点项目。"
    assert defines(run(text)[0])["三大战略"] == {"一带一路建设", "京津冀协同发展", "长江经济带发展"}
    text = "平衡推进和平、发展、人权三大支柱，更多聚焦发展议程。"
    assert defines(run(text)[0])["三大支柱"] == {"和平", "发展", "人权"}


def test_points_proposed_take_their_parts_after_not_the_proposers_before():
    text = ("习近平对各民主党派、全国工商联和无党派人士提出两点希望。一是统一思想认识，凝聚广泛共识。深刻理解形势。"
            "二是立足自身优势，推动高质量发展。结合履职选准调研题目。")
    assert defines(run(text)[0])["两点希望"] == {"统一思想认识", "立足自身优势"}


def test_three_regions_of_one_character_with_their_shared_word():
    text = "我国荒漠化土地主要分布在西北、华北和东北地区。深入推进“三北”等重点生态工程建设。"
    assert defines(run(text)[0])["三北"] == {"西北", "华北", "东北"}


def test_counts_of_one_character_and_two_measures_not_overreaching():
    far = "完善承包地“三权”分置制度。" + "持续深化改革，" * 300 + "保护人民人身权、财产权、人格权。"
    assert "三权" not in defines(run(far)[0])
    assert "一河一策" not in defines(run("深化太湖湖西及上游重点河道“一河一策”整治。")[0])


def test_code_of_groups_filled_by_the_zones_named_after_it():
    text = ("“一圈一带两区”发展格局加快构建。沈阳都市圈跨域通办事项260项。沿海经济带协同效应显现，大连迈入万亿级城市。"
            "辽西先导区承接京津冀转移项目131个。辽东绿色经济区特色产业快速发展。盘锦大洼区获评美丽乡村先行区。")
    assert defines(run(text)[0])["一圈一带两区"] == {"沈阳都市圈", "沿海经济带", "辽西先导区", "辽东绿色经济区"}
    # a group left unfilled: no parts
    assert "一圈一带两区" not in defines(run(text.replace("辽东绿色经济区", "辽东"))[0])


def test_quoted_count_after_phrases_and_a_list_after_a_coordination():
    text = "深化落实依法办理、舆论引导、社会面管控“三同步”工作机制。"
    assert defines(run(text)[0])["三同步"] == {"依法办理", "舆论引导", "社会面管控"}
    text = "深化国有企事业单位创新分配改革和科技研发项目评审、机构评估、人才评价、成果评奖“四评”改革。"
    assert defines(run(text)[0])["四评"] == {"科技研发项目评审", "机构评估", "人才评价", "成果评奖"}
    assert "一国两制" not in defines(run("十三、坚持和完善“一国两制”，推进祖国统一")[0])
    text = "推进成果赋权改革、职称评聘改革、分配改革和科技研发项目评审、机构评估、人才评价、成果评奖“四评”改革。"
    assert defines(run(text)[0])["四评"] == {"科技研发项目评审", "机构评估", "人才评价", "成果评奖"}


def test_points_after_a_colon_and_a_line_break_and_dashed_paragraphs():
    text = ("一年来，我们重点抓了三个方面工作：\n一是突出打好“六个攻坚战”，经济稳中有进。\n二是全面推进五个振兴，乡村面貌改善。\n"
            "三是倾力推进八项民生工程，民生持续改善。")
    assert defines(run(text)[0])["三个方面工作"] == {"突出打好“六个攻坚战”", "全面推进五个振兴", "倾力推进八项民生工程"}
    text = ("在工作推进中做到“三个更加注重”：\n——更加注重强化战略引领，突出战略导向。\n——更加注重准确识变应变，实事求是。\n"
            "——更加注重秉持长期主义，推动可持续发展。\n各位代表！")
    assert defines(run(text)[0])["三个更加注重"] == {"更加注重强化战略引领", "更加注重准确识变应变", "更加注重秉持长期主义"}
    # a dash too many or too few: no parts
    assert "三个更加注重" not in defines(run(text.replace("各位代表！", "——更加注重抓具体抓深入，狠抓落实。"))[0])
    assert "四项具体工作" not in defines(run("部署四项具体工作：一是抓好春耕，二是抓好防汛，三是抓好安全，四是抓好就业。")[0])


def test_glossary_entries_framed_long_alike_and_round_counts():
    text = ("增强“五个认同”，推进“四通行动”，实施“十县百乡千村万户”示范引领工程。\n名词解释\n"
            "1.“五个认同”：对伟大祖国、中华民族、中华文化、中国共产党、中国特色社会主义的认同。\n"
            "2.“四通行动”：思政课建设与党的创新理论武装贯通行动、思政课润心连通行动、“大思政”一体化融通行动、思政课教师成长渠道畅通行动。\n"
            "3.“十县百乡千村万户”示范引领工程：建设10个民族团结进步示范县、100个民族团结进步示范乡镇、1000个民族团结进步示范村（社区）、"
            "10000个民族团结进步示范户。\n")
    found = defines(run(text)[0])
    assert {"伟大祖国", "中华民族", "中华文化", "中国共产党", "中国特色社会主义"} <= found["五个认同"]
    assert {"思政课建设与党的创新理论武装贯通行动", "思政课润心连通行动", "思政课教师成长渠道畅通行动"} <= found["四通行动"]
    assert {"民族团结进步示范县", "民族团结进步示范乡镇", "民族团结进步示范村（社区）", "民族团结进步示范户"} <= \
        found["十县百乡千村万户"]


def test_nouns_and_verbs_a_quoted_count_names_and_a_verb_with_its_complement():
    text = "巩固拓展脱贫攻坚成果，落实责任、政策、帮扶、监管“四个不摘”要求。算好财力、空间、环境“三本账”，防止分解谬误。"
    found = defines(run(text)[0])
    assert found["四个不摘"] == {"责任", "政策", "帮扶", "监管"}
    assert found["三本账"] == {"财力", "空间", "环境"}


def test_two_considerations_on_the_one_hand_and_on_the_other():
    text = ("经济增长预期目标定为7.5%左右，主要基于两方面考虑：一方面，要继续抓住机遇、促进发展。这些年，产能较大。"
            "另一方面，要切实按照科学发展观的要求，引导各方面转变发展方式。")
    assert defines(run(text)[0])["两方面考虑"] == {"要继续抓住机遇、促进发展", "要切实按照科学发展观的要求"}


def test_points_numbered_under_a_heading_sentence_that_names_a_formulation():
    text = ("　　深入实施“千万工程”。更好发挥示范引领作用。一是扎实推进农村人居环境整治。今年安排资金。"
            "二是健全农村公共服务体系。三是着力优化村庄布局。")
    assert defines(run(text)[0])["千万工程"] == {"扎实推进农村人居环境整治", "健全农村公共服务体系", "着力优化村庄布局"}
    # named inside a sentence, not as its heading: no parts
    assert "千万工程" not in defines(run("我们深入实施“千万工程”，一是整治环境，二是优化布局。")[0])


def test_spirits_framed_by_their_content_and_named_by_two_traits():
    text = ("五四运动孕育了以爱国、进步、民主、科学为主要内容的伟大五四精神，其核心是爱国主义精神。"
            "老一辈扎根新疆，展现出的不屈不挠、艰苦奋斗的胡杨精神在这里代代传递。")
    found = defines(run(text)[0])
    assert found["五四精神"] == {"爱国", "进步", "民主", "科学"}
    assert found["胡杨精神"] == {"不屈不挠", "艰苦奋斗"}
    assert part_count("五四精神") is None and part_count("四链融合") == 4


def test_an_unquoted_policy_heading_points_that_run_on_in_the_paragraphs_after():
    text = ("　　继续实施积极的财政政策。一是保持适度的财政赤字和国债规模。今年拟安排财政赤字10500亿元。\n"
            "　　这样的安排主要是考虑到财政收支矛盾仍然十分突出。\n"
            "　　二是继续实施结构性减税政策，促进扩大内需。\n"
            "　　三是优化财政支出结构，有保有压。四是切实加强政府性债务管理，防范财政风险。\n"
            "　　四是切实加强政府性债务管理，防范财政风险。\n"
            "　　继续实施适度宽松的货币政策。一是保持货币信贷合理充裕。\n　　二是优化信贷结构。\n")
    found = defines(run(text)[0])
    assert found["积极的财政政策"] == {"保持适度的财政赤字和国债规模", "继续实施结构性减税政策", "优化财政支出结构",
                                      "切实加强政府性债务管理"}
    assert found["适度宽松的货币政策"] == {"保持货币信贷合理充裕", "优化信贷结构"}
    # a verb's phrase before the points names no policy
    assert "创新驱动发展战略" not in names("　　加快实施创新驱动发展战略。一是加强基础研究。二是培育人才。\n", "SLOGAN")


def test_a_quoted_word_after_a_verb_of_preventing_and_what_appears():
    assert "半拉子" not in names("资金主要用于项目续建和收尾，切实防止出现“半拉子”工程。", "SLOGAN")


def test_groups_of_a_code_with_notes_in_brackets():
    text = ("构建“四级三类”规划体系，建设“三级三类”教师队伍。\n名词解释\n"
            "1.“四级三类”：建立覆盖省、州（市）、县（市、区）、乡（镇、街道），包含总体规划、详细规划和相关专项规划的国土空间规划体系。\n"
            "2.基础教育“三级三类”教师人才队伍：“三级”即省、州（市）、县（市、区），“三类”即教学名师、学科带头人、骨干教师。\n")
    found = defines(run(text)[0])
    assert {"省", "州（市）", "县（市、区）", "乡（镇、街道）", "总体规划", "详细规划", "相关专项规划"} <= found["四级三类"]
    assert found["三级"] == {"省", "州（市）", "县（市、区）"} and found["三类"] == {"教学名师", "学科带头人", "骨干教师"}


def test_cases_counted_then_told_one_a_clause():
    text = ("这3起典型问题分别是：河南省信阳市息县在农村人居环境整治中层层加码问题；新疆墨玉县委原书记张冠军乱作为、假作为问题；"
            "重庆市沙坪坝区中梁镇党委原书记梁小丹贯彻耕地保护政策打折扣问题。中央纪委强调。")
    assert len(defines(run(text)[0])["3起典型问题"]) == 3
    assert "2起典型问题" not in defines(run(text.replace("这3起", "这2起"))[0])  # as many clauses as the count


def test_long_parts_of_one_kind_after_即_and_lists_led_by_adverbs():
    text = ("体现了《建议》提出的“九个坚持”重大原则，即坚持党的全面领导、坚持以铸牢中华民族共同体意识为主线、坚持人民至上、"
            "坚持统筹发展和安全、坚持高质量发展、坚持全面深化改革、坚持把南疆发展摆在突出位置、坚持兵地融合发展、"
            "坚持有效市场和有为政府相结合。")
    assert "坚持以铸牢中华民族共同体意识为主线" in defines(run(text)[0])["九个坚持"]
    found = defines(run("促进区域协调发展。继续推动东、中、西、东北地区“四大板块”协调发展。")[0])
    assert found["四大板块"] == {"东", "中", "西", "东北地区"}
    found = defines(run("进一步擦亮效率、服务、诚信“三大营商环境品牌”。“3”是指免税购物、医疗、教育“三篇消费文章”。")[0])
    assert found["三大营商环境品牌"] == {"效率", "服务", "诚信"}
    assert "免税购物" in found["三篇消费文章"]  # what 是指 says the parts are: as printed


def test_some_of_the_parts_the_last_two_joined_by_和():
    text = "实施新时代立德树人工程、五育并举提升工程和基础教育扩优提质等“九大行动”。"
    assert defines(run(text)[0])["九大行动"] == {"新时代立德树人工程", "五育并举提升工程", "基础教育扩优提质"}


def test_a_shared_object_before_the_first_part_and_formulations_side_by_side():
    found = defines(run("深入实施煤电机组节能降耗、供热、灵活性改造“三改联动”。")[0])
    assert found["三改联动"] == {"节能降耗", "供热", "灵活性改造"}
    found = defines(run("提升“两个基地”“两个枢纽”“两个网络”能级。")[0])
    assert "两个网络" not in found  # siblings, not parts


def test_pairs_joined_by_和_in_a_joint_glossary_entry():
    text = ("提升“两个基地”“两个枢纽”能级。\n注释\n［10］两个基地、两个枢纽：\n"
            "中国企业走向国际市场的总部基地和境外企业进入中国市场的总部基地，"
            "西部陆海新通道国际航运枢纽和面向太平洋、印度洋的航空区域门户枢纽。\n")
    found = defines(run(text)[0])
    assert {"西部陆海新通道国际航运枢纽", "面向太平洋、印度洋的航空区域门户枢纽"} <= found["两个枢纽"]


def test_counted_formulations_whose_counts_add_up():
    text = ("二、深化落实党中央赋予的五大战略定位和使命任务\n"
            "建设“两个屏障”、“两个基地”、“一个桥头堡”，是赋予内蒙古的战略定位和使命任务。")
    assert defines(run(text)[0])["五大战略定位"] == {"两个屏障", "两个基地", "一个桥头堡"}
    assert defines(run("落实“两个屏障”“两个基地”“一个桥头堡”五大战略定位。")[0])["五大战略定位"] == \
        {"两个屏障", "两个基地", "一个桥头堡"}
    assert "六大战略定位" not in defines(run(text.replace("五大", "六大"))[0])  # the counts must add up


def test_parts_that_each_name_the_counted_value_and_groups_crossed():
    text = "优化实施新一轮“3个100万”，“十五五”时期市（州）中心城市新增人口100万、县城新增人口100万、新增旅居人口100万。"
    assert defines(run(text)[0])["3个100万"] == {"市（州）中心城市新增人口100万", "县城新增人口100万", "新增旅居人口100万"}
    found = defines(run("加大“双招双引”力度。\n14.“双招双引”：招才引智、招商引资。\n")[0])
    assert {"招才引智", "招商引资"} <= found["双招双引"]


def test_counted_titles_numbered_and_run_together():
    text = ("中央广播电视总台今天发布2023国内十大新闻和国际十大新闻。2023国内十大新闻分别是：1.平稳进入“乙类乙管”常态化防控阶段"
            " 我国取得重大决定性胜利2.中共中央、国务院印发《关于促进民营经济发展壮大的意见》3.2023年我国粮食总产量达13908亿斤 再创历史新高"
            "4.甲乙丙丁戊己5.甲乙丙丁戊庚6.甲乙丙丁戊辛7.甲乙丙丁戊壬8.甲乙丙丁戊癸9.甲乙丙丁己庚10.我国高水平科技自立自强扎实推进"
            " 多领域科技创新取得突破\n")
    found = defines(run(text)[0])["国内十大新闻"]
    assert len(found) == 10 and {"平稳进入乙类乙管常态化防控阶段", "2023年我国粮食总产量达13908亿斤",
                                 "我国高水平科技自立自强扎实推进"} <= found
    assert "国内十大新闻" not in defines(run(text.replace("10.我国", "我国"))[0])  # as many as the count


def test_the_last_part_without_the_words_of_the_formulations_name():
    text = ("实施固体废物处置六大行动。\n名词解释\n35．固体废物处置六大行动：工业固体废物、生活垃圾、建筑垃圾、农业固体废物、"
            "危险废物、其它固体废物处置行动。\n")
    assert "其它固体废物" in defines(run(text)[0])["固体废物处置六大行动"]


def test_a_code_of_zones_filled_by_what_the_clauses_after_it_act_on():
    text = ("深化“三城一区”联动发展，支持中关村科学城建设人工智能集聚区，推动怀柔科学城高端科学仪器装备产业发展，"
            "加速未来科学城南口、马池口国重基地和科学小镇建设，支持创新型产业集群示范区更好承接三城研发成果。")
    assert defines(run(text)[0])["三城一区"] == {"中关村科学城", "怀柔科学城", "未来科学城", "创新型产业集群示范区"}
    text = "统筹做好“一老一小”服务，发展居家社区养老服务，推行中小学课后服务。"
    assert "一老一小" not in defines(run(text)[0])  # groups of people, not of places


def test_glossary_definitions_list_long_actions_closed_by_their_count():
    text = ("名词解释\n1.优化营商环境“五项措施”：为解决突出问题，司法厅出台的建立合法性审查与公平竞争审查联动机制、开展优化营商环境问题"
            "法治督察、全面落实涉企行政执法裁量权基准制度、建立涉市场主体行政复议绿色通道、实施小微企业法律帮扶计划等五项措施。\n"
            "2.六大优势产业：省委提出实施优势产业提质倍增行动，培育形成电子信息、装备制造、食品轻纺、能源化工、先进材料和医药健康"
            "等六大万亿级产业。\n3.国家先进制造业集群：工业和信息化部遴选先进制造业集群，本省现有成都软件和信息服务、成德高端能源装备、"
            "成渝地区生物医药等3个国家先进制造业集群。\n4.“天府森林四库”：省政府印发《建设“天府森林四库”实施方案》，提出建设森林水库、"
            "钱库、粮库、碳库。\n")
    found = {name: {part for part in parts if "，" not in part} for name, parts in defines(run(text)[0]).items()}  # (not
    # the entry's definition)
    assert found["五项措施"] >= {"建立合法性审查与公平竞争审查联动机制", "实施小微企业法律帮扶计划"} and len(found["五项措施"]) == 5
    assert found["六大优势产业"] == {"电子信息", "装备制造", "食品轻纺", "能源化工", "先进材料", "医药健康"}
    assert found["国家先进制造业集群"] == {"成都软件和信息服务", "成德高端能源装备", "成渝地区生物医药"}
    assert found["天府森林四库"] == {"森林水库", "钱库", "粮库", "碳库"}


def test_an_established_pair_decoded_where_printed():
    assert defines(run("更好发挥中央和地方两个积极性，尊重基层首创精神。")[0]) == {"两个积极性": {"中央", "地方"}}


def test_codes_of_groups_filled_by_the_clauses_after_them():
    found = defines(run("大力开展“两清两改两治理”，清理乱堆乱放、清理残垣断壁，推进改厕、改圈，治理污水、治理垃圾，打造美丽乡村。"
                        "建立服务企业“四通四到”机制，畅通联系渠道不叫不到、沟通解决问题随叫随到、疏通政策传导说到做到、打通部门壁垒"
                        "服务周到。")[0])
    assert found["两清两改两治理"] == {"清理乱堆乱放", "清理残垣断壁", "改厕", "改圈", "治理污水", "治理垃圾"}
    assert found["四通四到"] == {"畅通联系渠道不叫不到", "沟通解决问题随叫随到", "疏通政策传导说到做到", "打通部门壁垒服务周到"}


def test_a_count_of_industrial_belts_named_by_its_parts():
    assert defines(run("做强做优临海蓝色、闽西北绿色、闽东南高优三大特色农业产业带。")[0]) == \
        {"三大特色农业产业带": {"临海蓝色", "闽西北绿色", "闽东南高优"}}


def test_parts_anywhere_in_the_sentence_that_mark_themselves_as_the_parts():
    found = defines(run("具备条件的乡镇和建制村通硬化路、通客车、通邮路的“三通”目标全面实现。交通运输部提出了推进农村公路“新三通”"
                        "的时间表，到2035年基本实现乡镇通三级及以上公路、建制村通等级路、较大人口规模自然村（组）通硬化路。"
                        "中国将数字贸易与货物贸易、服务贸易并列为支撑贸易强国建设的三大支柱。")[0])
    assert found["三通"] == {"通硬化路", "通客车", "通邮路"}
    assert found["新三通"] == {"乡镇通三级及以上公路", "建制村通等级路", "较大人口规模自然村（组）通硬化路"}
    assert found["三大支柱"] == {"数字贸易", "货物贸易", "服务贸易"}


@pytest.mark.parametrize("text, term", [
    # a character of the name inside a word (工 of 人工智能), not opening one in each part
    ("开展人工智能“双百工程”，培育100家以上特色企业，争创工业软件、家居家电国家人工智能应用中试基地。", "双百工程"),
    # items that end alike, not named as the count
    ("坚定道路自信、理论自信、制度自信、文化自信，完成“四项任务”。", "四项任务"),
    # a code of several groups
    ("推动“一带一路”高质量发展，让友谊纽带、合作之路成为和平友谊纽带。", "一带一路"),
])
def test_lists_that_do_not_mark_themselves_as_the_parts(text, term):
    assert term not in defines(run(text)[0])


def test_counts_of_个_decoded_after_即_and_parts_that_share_their_head():
    found = defines(run("深入推进两个融合，即工业化与信息化融合、城镇化与农业现代化融合。坚持以人民为中心，实现四个提升，即收入提升、"
                        "就业提升、教育提升、医疗提升。扎实推进五项改革：财税改革、金融改革、国企改革、土地改革、价格改革。"
                        "新建两个机场，即北京大兴和上海浦东。")[0])
    assert found == {"两个融合": {"工业化与信息化融合", "城镇化与农业现代化融合"},
                     "四个提升": {"收入提升", "就业提升", "教育提升", "医疗提升"},
                     "五项改革": {"财税改革", "金融改革", "国企改革", "土地改革", "价格改革"}}


HEADED = ("各位代表！继续认真办好三方面民生实事，坚决做到言必信、行必果。\n1.医疗卫生方面。全省参保孕产妇“零自付”。\n"
          "2.养老帮困方面，提高标准。新增老年大学学位。\n3.关爱儿童方面。为儿童免费筛查。\n")


def test_a_count_a_verb_governs_right_before_numbered_headings():
    result = run(HEADED)[0]
    assert defines(result)["三方面民生实事"] == {"医疗卫生方面", "养老帮困方面", "关爱儿童方面"}
    assert "三方面民生实事" in {m.text for m in result.mentions if m.label == "SLOGAN"}


@pytest.mark.parametrize("text", [
    HEADED.replace("继续认真办好三方面民生实事，坚决做到言必信、行必果", "城乡居民收入增长，三方面民生实事圆满完成"),  # a review's
    HEADED.replace("三方面民生实事", "三个方面工作"),  # the report's areas of work
    HEADED.replace("3.关爱儿童方面。", "4.关爱儿童方面。"),  # numbered out of turn
])
def test_counts_before_numbered_headings_that_are_not_their_parts(text):
    assert not defines(run(text)[0])


def test_an_annex_title_that_does_not_count_its_numbered_lines():
    text = ("各位代表！\n附件\n2026年自治区民生实事\n1.通过“以工代赈”发放劳务报酬20亿元以上；扩大失业保险覆盖面（牵头单位：人社厅）。\n"
            "2.实现城镇新增就业18万人以上，发布就业岗位50万个以上。\n3.将学生意外伤害责任保险扩大到高中阶段。\n")
    assert defines(run(text)[0])["2026年自治区民生实事"] == {
        "通过“以工代赈”发放劳务报酬20亿元以上", "实现城镇新增就业18万人以上", "将学生意外伤害责任保险扩大到高中阶段"}


def test_traits_quoted_before_a_spirit_a_run_of_quoted_parts_and_industries_of_a_scale():
    found = defines(run("大力弘扬“蒙古马精神”。要弘扬“吃苦耐劳、一往无前、不达目的绝不罢休”的蒙古马精神。推行“放心消费”、“线下无理由"
                        "退货”双承诺。新增养老护理、应急救护“双持证”护理员1万人。加快发展茶叶、中药材、脐橙、赣莲等20个百亿级产业。")[0])
    assert found["蒙古马精神"] == {"吃苦耐劳", "一往无前", "不达目的绝不罢休"}
    assert found["双承诺"] == {"放心消费", "线下无理由退货"}
    assert found["双持证"] == {"养老护理", "应急救护"}
    assert found["20个百亿级产业"] == {"茶叶", "中药材", "脐橙", "赣莲"}


def test_parts_quoted_right_before_a_count_need_not_look_alike():
    found = defines(run("突出“做强自身实力、发挥支撑作用”两大要点，加速重构“技术创新与制度创新”双轮驱动的增长动力。围绕“激发创新"
                        "活力、促进创新协同和维护公平竞争”三大核心诉求，重点推进改革。")[0])
    assert found == {"两大要点": {"做强自身实力", "发挥支撑作用"}, "双轮驱动": {"技术创新", "制度创新"},
                     "三大核心诉求": {"激发创新活力", "促进创新协同", "维护公平竞争"}}


def test_points_opened_by_一是_one_a_paragraph_after_the_count_a_verb_governs():
    text = ("今后五年，政府将着力推进三个方面重点任务。\n一是经济综合实力显著提升，加快建设物质富足的现代化宁夏。\n"
            "二是铸牢主线实效显著提升，加快建设。\n三是科技创新能力显著提升，加快建设。\n")
    assert defines(run(text)[0]) == {"三个方面重点任务": {"经济综合实力显著提升", "铸牢主线实效显著提升", "科技创新能力显著提升"}}


def test_the_groups_of_a_code_spelt_out_one_by_one_after_it():
    found = defines(run("全力打造“一核两带三区”发展格局。一核即主城核心区，两带即沿江经济带和沿线经济带，三区即北部生态区、南部生态区、"
                        "西部生态区。构建“一主两副”城市格局，“一主”是指省会城市，“两副”是指襄阳和宜昌。")[0])
    assert found["一核两带三区"] == {"主城核心区", "沿江经济带", "沿线经济带", "北部生态区", "南部生态区", "西部生态区"}
    assert found["一主两副"] == {"省会城市", "襄阳", "宜昌"}
    assert "一主两副" not in defines(run("构建“一主两副”城市格局，“一主”是指省会城市，“两副”是指襄阳。")[0])


def test_a_count_of_clusters_named_after_all_its_parts():
    found = defines(run("先进材料补链成群，形成轻合金、纤维及复合材料、合成材料三大优势集群，建成全球最大己二酸生产基地。")[0])
    assert found == {"三大优势集群": {"轻合金", "纤维及复合材料", "合成材料"}}
    assert not defines(run("聚力打造智能网联新能源汽车、新一代电子信息制造、先进材料三大主导产业集群。")[0])


def test_subjects_of_the_next_sentence_and_a_pair_that_end_in_what_the_count_names():
    found = defines(run("加快“三大工程”建设。保障性住房建设工程稳步推进，城中村改造工程加快实施，“平急两用”公共基础设施建设工程有序"
                        "开展。落实“两个责任”，压实主体责任和监督责任。")[0])
    assert found["三大工程"] == {"保障性住房建设工程", "城中村改造工程", "平急两用公共基础设施建设工程"}
    assert found["两个责任"] == {"主体责任", "监督责任"}
    assert "三大工程" not in defines(run("加快“三大工程”建设。保障性住房建设工程稳步推进，城中村改造加快实施。")[0])


def test_paragraphs_opened_by_the_word_a_count_names_after_a_colon():
    text = ("实现“十五五”目标，必须做到“三个聚焦”：\n聚焦对外开放，高标准建设海南自由贸易港。\n全面落实总体方案。\n"
            "聚焦高质量发展，打造现代化产业体系。\n以新发展理念为引领。\n聚焦陆海统筹，加快再造一个“海上海南”。\n发挥优势。\n"
            "更好发挥中央、地方两个积极性。\n")
    found = defines(run(text)[0])
    assert found["三个聚焦"] == {"聚焦对外开放", "聚焦高质量发展", "聚焦陆海统筹"}
    assert found["两个积极性"] == {"中央", "地方"}
    assert "三个聚焦" not in defines(run(text.replace("聚焦陆海统筹", "坚持陆海统筹"))[0])


def test_a_pair_counted_after_years_in_a_row_without_the_provinces_word():
    found = defines(run("安全底线守得更加牢固。全省生产安全事故起数、死亡人数连续9年“双下降”，未发生重特大道路交通事故。")[0])
    assert found == {"双下降": {"生产安全事故起数", "死亡人数"}}
    assert defines(run("公众安全感、满意度连续12年实现“双提升”。")[0]) == {"双提升": {"公众安全感", "满意度"}}


def test_a_glossary_entry_whose_first_clause_lists_its_parts_as_printed():
    text = ("名词解释\n18．农业龙头企业“三个全覆盖”：国家级农业龙头企业16个州（市）全覆盖、省级农业龙头企业129个县（市、区）全覆盖、"
            "县级以上农业龙头企业村级全覆盖。\n28.“三个一律”：对使用乡村振兴衔接资金发展产业的、使用沪滇协作资金实施产业项目的、"
            "流转农村土地发展规模种养业的，一律建立联农带农利益联结机制。\n")
    found = {name: {p for p in parts if len(p) <= 30} for name, parts in defines(run(text)[0]).items()}  # (not the definition)
    assert found["三个全覆盖"] == {"国家级农业龙头企业16个州（市）全覆盖", "省级农业龙头企业129个县（市、区）全覆盖",
                                "县级以上农业龙头企业村级全覆盖"}
    assert found["三个一律"] == {"使用乡村振兴衔接资金发展产业的", "使用沪滇协作资金实施产业项目的", "流转农村土地发展规模种养业的"}


def test_points_that_each_hold_the_word_a_count_names_in_the_paragraphs_after_it():
    points = "".join(f"\n{n}是奋力推进{w}振兴，巩固壮大实体经济根基。正文。" for n, w in zip("一二三", ("产业", "科教", "农业")))
    result = run(f"未来五年，我们要落实“三个奋力推进”重点任务，实现“五转变一迈进”，奠定更加坚实基础。{points}\n")[0]
    assert defines(result)["三个奋力推进"] == {"奋力推进产业振兴", "奋力推进科教振兴", "奋力推进农业振兴"}
    assert {r.note for r in result.relations if r.source == "SLOGAN:三个奋力推进"} == {"3 parts for 三 (sentences)"}


@pytest.mark.parametrize("entry, name, parts", [
    ("“一图四清单”：重点行业、重点产业链数字化转型场景图谱，数据要素、知识模型、工具软件、人才技能四类清单。", "一图四清单",
     {"重点行业、重点产业链数字化转型场景图谱", "数据要素", "知识模型", "工具软件", "人才技能"}),
    ("“两专科一中心”：每个县级中医医院建成两个中医特色优势专科和一个县域中医药适宜技术推广中心。", "两专科一中心",
     {"中医特色优势专科", "县域中医药适宜技术推广中心"}),
    ("“一目录五清单”：是指“分类检查事项目录”和“不予处罚、免予处罚、减轻处罚、从轻处罚、从重处罚”清单。", "一目录五清单",
     {"分类检查事项目录", "不予处罚", "免予处罚", "减轻处罚", "从轻处罚", "从重处罚"}),
])
def test_defines_the_groups_of_a_code_named_by_their_heads_in_a_glossary(entry, name, parts):
    assert parts <= defines(run(f"名词解释\n1.{entry}\n")[0])[name]


def test_a_code_whose_groups_do_not_match_their_heads_is_not_decoded_by_them():
    found = defines(run("名词解释\n1.“一图四清单”：重点行业场景图谱，数据要素、知识模型、工具软件三类清单。\n")[0])
    assert "数据要素" not in found.get("一图四清单", ())


def test_defines_a_count_of_a_word_by_the_openings_of_the_sentences_after_it():
    text = ("五是坚决答好“两道融合命题”，推动文化强省建设。促进文化和科技融合，推动文化建设数智化赋能；"
            "推进文化和旅游深度融合，坚持以文塑旅；繁荣发展文化事业，提高服务水平。\n")
    assert defines(run(text)[0])["两道融合命题"] == {"文化和科技融合", "文化和旅游深度融合"}


def test_defines_two_hands_by_what_each_hand_takes_in_the_next_sentence():
    text = ("必须坚持两手抓的战略方针。\n要始终坚持一手抓改革开放，一手抓打击犯罪；一手抓物质文明，一手抓精神文明，两只手都要硬。\n")
    assert defines(run(text)[0])["两手抓"] == {"改革开放", "打击犯罪", "物质文明", "精神文明"}


def test_one_hand_alone_decodes_no_two_hands():
    text = "坚持两手抓。要一手抓改革开放，同时加强管理。\n"
    assert "两手抓" not in defines(run(text)[0])


def test_a_part_of_an_established_formulation_is_cut_to_the_glossary_part_it_ends_with():
    text = ("全党必须牢固树立中国特色社会主义道路自信、理论自信、制度自信、文化自信，确保事业胜利前进。"
            "党员干部认为，必须牢固树立“四个自信”。\n")
    assert defines(run(text)[0])["四个自信"] == {"道路自信", "理论自信", "制度自信", "文化自信"}


def test_a_count_of_activities_or_targets_after_as_many_listed_parts():
    found = defines(run("今年开展植树、清扫两项活动。全会讨论了任务，提出了钢产量一千八百万吨、煤产量三亿八千万吨的两项指标。\n")[0])
    assert found["两项活动"] == {"植树", "清扫"}
    assert found["两项指标"] == {"钢产量一千八百万吨", "煤产量三亿八千万吨"}
    assert not defines(run("今年开展植树、清扫、绿化两项活动。\n")[0])


def test_the_four_cardinal_principles_in_their_wording_of_1979():
    text = ("要坚持四项基本原则，即坚持社会主义道路，坚持无产阶级专政，坚持共产党的领导，即坚持马克思列宁主义毛泽东思想，"
            "这四项原则都不能离开社会主义民主。\n")
    assert "坚持无产阶级专政" in defines(run(text)[0])["四项基本原则"]


def test_a_list_taken_as_what_a_count_names():
    text = "希望双方把提升政治关系、促进务实合作、密切人文交流作为中乌战略伙伴关系的三大支柱，加强交流互鉴。\n"
    found = defines(run(text)[0])
    assert found["三大支柱"] == {"提升政治关系", "促进务实合作", "密切人文交流"}


def test_a_code_of_groups_whose_parts_take_turns_after_namely():
    text = ("对基本建设坚决实行“三保三压”的方针，即保计划内建设，压计划外建设；保生产性建设，压非生产性建设；"
            "保重点建设，压非重点建设。\n")
    assert defines(run(text)[0])["三保三压"] == {"保计划内建设", "压计划外建设", "保生产性建设", "压非生产性建设",
                                                "保重点建设", "压非重点建设"}
    assert "三保三压" not in defines(run("实行“三保三压”的方针，即保计划内建设，压计划外建设。\n")[0])


def test_the_two_sides_before_the_first_part_are_left_out():
    found = defines(run("推动中欧和平、增长、改革、文明四大伙伴关系不断取得新进展。\n")[0])
    assert found["四大伙伴关系"] == {"和平", "增长", "改革", "文明"}


def test_some_of_a_counted_set_of_industries_listed_before_it():
    found = defines(run("安徽省重点培育人工智能、新材料、新能源等10大新兴产业，打造新兴产业基地。\n")[0])
    assert found["10大新兴产业"] == {"人工智能", "新材料", "新能源"}


def test_a_list_taken_as_a_counted_set_of_principles():
    found = defines(run("本届政府把实行科学民主决策、推进依法行政、加强行政监督作为政府工作的三项基本准则。\n")[0])
    assert found["三项基本准则"] == {"实行科学民主决策", "推进依法行政", "加强行政监督"}


def test_more_openings_with_the_word_than_counted_define_nothing():
    text = "促进“两个融合”纵深发展。推进文化和科技融合，加快建设。推进文化和旅游融合，办好大会。推进文化和体育融合，办好赛事。\n"
    assert "两个融合" not in defines(run(text)[0])


def test_defines_an_uncounted_formulation_by_what_its_glossary_entry_includes():
    text = "名词解释\n8.“链式改造”：\n包括“供应链改造”和“产业链改造”。“供应链改造”是指由龙头企业建设数字化供应链。\n"
    assert {"供应链改造", "产业链改造"} <= defines(run(text)[0])["链式改造"]


def test_an_entry_that_includes_one_thing_lists_no_parts():
    text = "名词解释\n8.“链式改造”：\n包括供应链上下游企业的数字化改造。\n"
    assert defines(run(text)[0])["链式改造"] == {"包括供应链上下游企业的数字化改造"}


@pytest.mark.parametrize("text, name, parts", [
    ("构建科创平台矩阵，在量子科技、聚变能源、深空探测等领域持续领跑，在人工智能、生命科学等领域抢占先机，形成“3+N”发展格局。",
     "3+N", {"量子科技", "聚变能源", "深空探测", "人工智能", "生命科学"}),
    ("形成以热带雨林国家公园和低碳岛为主体的“2+N”标志性工程体系。", "2+N", {"热带雨林国家公园", "低碳岛"}),
])
def test_defines_a_number_and_letter_code_by_the_lists_before_it(text, name, parts):
    assert defines(run(text)[0])[name] == parts


def test_a_number_and_letter_code_with_no_list_of_its_number_before_it_is_not_decoded():
    text = "在量子科技、聚变能源等领域持续领跑，形成“3+N”发展格局。"
    assert "3+N" not in defines(run(text)[0])


@pytest.mark.parametrize("text, name, parts", [
    ("守住保障国家粮食安全和防止规模性返贫致贫“两条底线”，严守耕地保护红线。", "两条底线", {"保障国家粮食安全", "防止规模性返贫致贫"}),
    ("用好农业科技创新与农村综合改革“两大动力”，大力推进现代种业。", "两大动力", {"农业科技创新", "农村综合改革"}),
    ("坚持实干为要，统筹建好政治生态、自然生态“两个生态”，更好统筹发展和安全。", "两个生态", {"政治生态", "自然生态"}),
    ("开展文明创建，努力实现物质文明和精神文明“双提升”。", "双提升", {"物质文明", "精神文明"}),
])
def test_defines_a_count_of_two_by_the_pair_right_before_it(text, name, parts):
    assert defines(run(text)[0])[name] == parts


def test_two_bare_verbs_before_a_code_are_not_its_parts():
    assert "一带一路" not in defines(run("倡导和推动共建“一带一路”。")[0])


def test_defines_a_count_of_a_word_by_the_clauses_it_leads_after_it():
    text = ("上海以“五个聚力”推进高质量发展 上海将紧紧围绕首要任务，锚定目标，聚力加快“五个中心”建设，聚力培育发展新质生产力，"
            "聚力服务构建新发展格局，聚力实施高水平改革开放，聚力推进人民城市建设。未来五年，上海将持续做大经济总量。\n")
    assert defines(run(text)[0])["五个聚力"] == {"聚力加快“五个中心”建设", "聚力培育发展新质生产力", "聚力服务构建新发展格局",
                                             "聚力实施高水平改革开放", "聚力推进人民城市建设"}


def test_defines_a_count_by_the_subjects_of_the_sentences_after_it_sharing_a_head():
    text = ("优化“三极一带一区”发展格局。\n“三极”要持续挑大梁、走在前。海口经济圈要全面提升发展能级。三亚经济圈要加快协同发展。"
            "儋洋经济圈要进一步发挥示范引领作用。支持文昌、琼海打造重要节点城市。\n")
    assert defines(run(text)[0])["三极"] == {"海口经济圈", "三亚经济圈", "儋洋经济圈"}


def test_more_sentences_with_subjects_of_one_head_than_counted_define_nothing():
    text = "“两极”要持续挑大梁。海口经济圈要提升能级。三亚经济圈要协同发展。儋洋经济圈要示范引领。\n"
    assert "两极" not in defines(run(text)[0])


@pytest.mark.parametrize("text", [
    "郑州大学、河南大学“双一流”建设深入推进。\n",  # the universities it applies to
    "推动广大少数民族党员、干部深刻领悟“两个确立”的决定性意义。\n",  # the verb before it takes it
    "卓长立在山东从事家政服务行业20多年、多次关注“一老一小”问题。\n",
])
def test_a_list_before_an_established_formulation_that_is_not_its_parts(text):
    assert defines(run(text)[0]) == {}


def test_an_established_formulations_known_parts_as_printed_in_its_entry():
    text = "13.“双一流”：中国特色、世界一流的大学和优势学科。\n"
    assert defines(run(text)[0])["双一流"] == {"世界一流的大学", "优势学科"}
    text = "培养造就一支懂农业、爱农村、爱农民的“三农”工作队伍。\n"
    assert defines(run(text)[0])["三农"] == {"农业", "农村", "农民"}


def test_a_list_unlike_an_established_formulations_known_parts_is_none_of_them():
    text = "打造联通欧亚、辐射全球的高质量共建“一带一路”融汇支点。\n"
    assert "一带一路" not in defines(run(text)[0])
    text = "统筹国内国际两个大局。\n"  # the older reading of the count, printed
    assert defines(run(text)[0])["两个大局"] == {"国内", "国际"}


def test_a_verbal_noun_leading_the_first_part_is_left_out():
    text = "上海聚力攻坚人工智能、生物医药、集成电路三大先导产业关键核心技术。\n"
    assert defines(run(text)[0])["三大先导产业"] == {"人工智能", "生物医药", "集成电路"}


def test_a_group_of_a_code_spelt_out_one_clause_a_part():
    text = ("“一办五牵头”工作机制：“一办”即省信访工作联席会议办公室；“五牵头”即省委政法委牵头预防法治化工作，"
            "省委信访局牵头受理办理法治化工作，省司法厅牵头行政复议法治化工作，省法院牵头诉讼法治化工作，"
            "省检察院牵头监督法治化工作。\n")
    parts = defines(run(text)[0])["一办五牵头"]
    assert "省信访工作联席会议办公室" in parts and "省法院牵头诉讼法治化工作" in parts and len(parts) == 6


def test_a_glossary_entry_of_a_list_of_counted_groups():
    text = "落实“五统一、一开放”基本要求。\n名词解释\n11.“五统一、一开放”：\n指统一市场基础制度、统一市场基础设施、统一政府行为尺度、统一市场监管执法、" \
           "统一要素资源市场，持续扩大对内对外开放。\n"
    parts = {r.target.split(":", 1)[1] for r in run(text)[0].relations if r.kind == "DEFINES"}
    assert {"统一市场基础制度", "统一要素资源市场", "持续扩大对内对外开放"} <= parts
    from policykg.extract.defines import part_count
    assert part_count("五统一、一开放") == 6  # (not the 一 of 统一)


def test_things_counted_by_tiao_listed_before_them():
    text = "推进大运河、长城、西山永定河三条文化带建设。汽车产业重点抓好整车制造、关键部件配套、智能网联配套服务三条主线。\n"
    found = defines(run(text)[0])
    assert found["三条文化带"] == {"大运河", "长城", "西山永定河"}
    assert found["三条主线"] == {"整车制造", "关键部件配套", "智能网联配套服务"}  # (not 汽车产业重点抓好整车制造)
    routes = run("开通3号线一期、12号线、昌平线南延一期3条轨道新线，京港澳、沪昆、兰海三条高速贯通。\n")[0]
    assert not {m.name for m in routes.mentions if m.label == "SLOGAN"}  # routes counted, no formulation


def test_a_comparison_after_the_last_part_is_left_out():
    text = "标准机架、算力规模较上年实现“双翻番”。\n"
    assert defines(run(text)[0])["双翻番"] == {"标准机架", "算力规模"}


def test_two_clauses_that_hold_the_counted_word_listed_or_apart():
    text = ("“十五五”时期要实现人均地区生产总值稳居全国上游、居民收入稳居全国上游；到2035年要在推进中华民族共同体建设、"
            "边疆民族地区共同富裕上继续走在前列，在建设国家生态安全屏障、安全稳定屏障上继续走在前列。"
            "“两个稳居”、“两个继续走在前列”的目标催人奋进。\n")
    found = defines(run(text)[0])
    assert found["两个稳居"] == {"人均地区生产总值稳居全国上游", "居民收入稳居全国上游"}
    assert found["两个继续走在前列"] == {"在推进中华民族共同体建设、边疆民族地区共同富裕上继续走在前列",
                                      "在建设国家生态安全屏障、安全稳定屏障上继续走在前列"}


def test_a_formulation_of_one_or_two_characters_of_each_part():
    text = "奋力书写新时代江苏“强富美高”新篇章\n江苏按照“经济强、百姓富、环境美、社会文明程度高”的新江苏宏伟蓝图发展。\n" \
           "这是西部陆海新通道首次跨越中国、老挝、泰国、马来西亚四国，“中老泰马”班列开行。\n"
    found = defines(run(text)[0])
    assert found["强富美高"] == {"经济强", "百姓富", "环境美", "社会文明程度高"}
    assert found["中老泰马"] == {"中国", "老挝", "泰国", "马来西亚"}
    assert "环境美" not in defines(run("江苏“强富美高”新篇章。环境好、百姓富。\n")[0]).get("强富美高", set())


def test_a_count_right_after_a_list_of_single_words_and_a_verb_that_leads_it():
    found = defines(run("锚定总目标，激活改革、开放、创新三大动力，奋力实现新突破。\n")[0])
    assert found["三大动力"] == {"改革", "开放", "创新"}
    text = "中越要把准方向，夯实政治互信更高、安全合作更实、务实合作更深、民意基础更牢、多边协调配合更紧、分歧管控解决更好的“六个更”发展格局。\n"
    assert "政治互信更高" in defines(run(text)[0])["六个更"]


def test_clusters_named_by_a_distinctive_word_with_their_parts_listed_of_one_character():
    text = "钾、钠、镁、锂、氯五大盐湖产业集群逐步形成。重点打造新材料、特色装备两大产业集群。\n"
    found = defines(run(text)[0])
    assert found["五大盐湖产业集群"] == {"钾", "钠", "镁", "锂", "氯"} and "两大产业集群" not in found


@pytest.mark.parametrize("entry, code, parts", [
    ("43．重大灾害“123”快速响应机制：重大灾害发生后，第1小时各级应急指挥系统要全面运行，第2小时应急救援队伍要全面派出，"
     "第3小时救援工作要全面展开。", "123",
     {"第1小时各级应急指挥系统要全面运行", "第2小时应急救援队伍要全面派出", "第3小时救援工作要全面展开"}),
    ("9.“622”联农带农模式：蒙自市在发展蓝莓产业中，形成以农户占60%、村集体公司占20%、龙头企业占20%的利益分配模式。", "622",
     {"农户占60%", "村集体公司占20%", "龙头企业占20%"}),  # shares in per cent count their tens
    ("30.“1+1+N”运贸综合服务体系：1个管理运营机构、1个省级专业化运营平台公司、N个专业化二级运营公司。", "1+1+N",
     {"管理运营机构", "省级专业化运营平台公司", "专业化二级运营公司"}),
    ("13．职业教育“3+4”中本贯通：中职学校与本科院校开展联合培养，学生在中职学校就读3年、本科院校就读4年。", "3+4",
     {"中职学校就读3年", "本科院校就读4年"}),
    ("6.“2+3”园区：昆明、曲靖承接产业转移园和磨憨、瑞丽、河口沿边产业园。", "2+3",
     {"昆明、曲靖承接产业转移园", "磨憨、瑞丽、河口沿边产业园"}),  # as many places as each number
])
def test_codes_decoded_by_the_numbers_of_their_glossary_entry(entry, code, parts):
    assert defines(run("名词解释\n" + entry)[0])[code] >= parts


def test_a_code_whose_numbers_the_entry_does_not_carry_in_turn():
    entry = "5.“334”模式：农户占40%，龙头企业占30%，合作社占30%。"  # 4, 3, 3: not in the code's order
    assert not defines(run("名词解释\n" + entry)[0]).get("334", set()) & {"农户占40%"}


@pytest.mark.parametrize("text, expected", [
    ("培育“跨界消费”。发展旅居康养、文娱旅游、体育赛事等“跨界消费”。", {"跨界消费": {"旅居康养", "文娱旅游", "体育赛事"}}),
    ("大力支持赛事、演艺等“票根经济”发展。", {"票根经济": {"赛事", "演艺"}}),
    ("推动工业设备、建筑机械、老旧电梯等“应换尽换”。", {}),  # an action, not a kind: what it is done to
])
def test_a_kind_named_after_some_of_its_instances(text, expected):
    assert defines(run(text)[0]) == expected


def test_a_formulation_listed_as_the_last_item_is_not_decoded_by_the_others():
    text = "最低工资标准、残疾人“两项补贴”标准稳步提高。"  # the list is of 标准: 两项补贴's is its last item
    assert "两项补贴" not in defines(run(text)[0])


def test_a_digit_code_by_the_counted_formulations_after_it():
    text = ("运用好“543”体系，牢固树立“对标对表、解放思想、马上就办、攻坚克难、久久为功”五种意识，"
            "用好“清单工作法、一线工作法、专班工作法、闭环工作法”四个方法，健全“考核、督查、激励”三项机制。")
    found = defines(run(text)[0])
    assert found["543"] == {"五种意识", "四个方法", "三项机制"}  # a digit for each, in order
    assert found["五种意识"] == {"对标对表", "解放思想", "马上就办", "攻坚克难", "久久为功"}  # (对 opens a quoted part)


def test_a_count_of_a_word_by_the_clauses_after_it_that_end_with_the_word():
    text = ("文章指出，推进党的自我革命要做到“五个进一步到位”。文章指出，对党的自我革命认识要进一步到位。现在任务繁重。"
            "文章指出，党员干部增强党性要进一步到位。文章指出，权力规范运行要进一步到位。文章指出，从严监督执纪要进一步到位。"
            "文章指出，落实管党治党责任要进一步到位。")
    assert defines(run(text)[0])["五个进一步到位"] == {
        "对党的自我革命认识要进一步到位", "党员干部增强党性要进一步到位", "权力规范运行要进一步到位",
        "从严监督执纪要进一步到位", "落实管党治党责任要进一步到位"}
    assert "五个进一步到位" not in defines(run("要做到“五个进一步到位”。认识要进一步到位。")[0])  # (not all five)


@pytest.mark.parametrize("text, name, parts", [
    ("坚持提升传统产业、培育新兴产业、探索未来产业“三措并举”。", "三措并举", {"提升传统产业", "培育新兴产业", "探索未来产业"}),
    ("超额完成林分优化提升、森林抚育提升“两个200万亩”任务。", "两个200万亩", {"林分优化提升", "森林抚育提升"}),
])
def test_the_verb_that_leads_a_list_of_actions_and_the_first_action(text, name, parts):
    assert defines(run(text)[0])[name] == parts


@pytest.mark.parametrize("text, name", [
    ("城乡低保、残疾人两项补贴、孤儿保障等民生政策标准实现提标进位。", "两项补贴"),  # an item of a list itself
    ("发放高龄补贴32亿元、残疾人两项补贴12.4亿元。", "两项补贴"),  # what a sum was spent on
    ("加快建设全国统一大市场循环枢纽、国内国际市场双循环支点。", "双循环"),  # not like its known parts
    ("更好服务实体经济、科技创新和共建“一带一路”。", "一带一路"),
])
def test_no_parts_for_a_formulation_that_is_an_item_or_unlike_its_known_parts(text, name):
    assert name not in defines(run(text)[0])


def test_a_known_formulation_with_parts_of_its_own_when_one_is_spelt_as_known():
    assert defines(run("调动保护好农民种粮和地方政府抓粮“两个积极性”。")[0])["两个积极性"] == {"农民种粮", "地方政府抓粮"}


def test_a_glossary_entry_listing_what_the_whole_is_made_of_in_a_later_sentence():
    text = ("名词解释\n18.“新八级工”制度：属于国家职业技能等级制度，指企业可以适当增加或调整技能等级。对设有高级技师的职业，"
            "可在其上增设特级技师和首席技师，形成由学徒工、初级工、中级工、高级工、技师、高级技师、特级技师、首席技师构成的"
            "职业技能等级序列。\n")
    assert defines(run(text)[0])["新八级工"] >= {"学徒工", "初级工", "中级工", "高级工", "技师", "高级技师", "特级技师", "首席技师"}


def test_the_first_part_after_a_subject_and_an_inner_verb_and_no_cut_inside_items_that_open_alike():
    assert defines(run("北京市全面启动社区清淤、环境提升、饮用水安全等六大专项行动。")[0])["六大专项行动"] == {
        "社区清淤", "环境提升", "饮用水安全"}
    found = defines(run("并采取禁止其从事与中国有关的进出口活动、禁止其在中国境内新增投资等两项措施。")[0])
    assert "中国有关的进出口活动" not in found.get("两项措施", set())


def test_the_two_cancers_by_their_known_parts_not_who_is_screened():
    assert defines(run("开展宫颈癌和乳腺癌“两癌”免费筛查。")[0])["两癌"] == {"宫颈癌", "乳腺癌"}
    assert "两癌" not in defines(run("推进出生缺陷和适龄女性两癌筛查。")[0])


@pytest.mark.parametrize("text, term, parts", [
    ("推动商业航天、低空经济、深海科技等新兴产业安全健康发展。", "新兴产业", {"商业航天", "低空经济", "深海科技"}),
    ("稳步扩大规则、规制、管理、标准等制度型开放。", "制度型开放", {"规则", "规制", "管理", "标准"}),
    ("前瞻布局具身智能、量子科技、6G等未来产业。", "未来产业", {"具身智能", "量子科技", "6G"}),  # (布局 leads the list)
    ("优化布局冷链物流、寄递服务等新型基础设施。", "新型基础设施", {"冷链物流", "寄递服务"}),
])
def test_an_established_term_for_a_kind_of_things_decoded_by_the_list_before_etc(text, term, parts):
    found = run(text)[0]
    assert defines(found) == {term: parts}
    assert {m.name for m in found.mentions if m.label == "SLOGAN"} == {term}


def test_a_term_for_a_kind_is_a_formulation_only_after_its_list_and_not_spread_to_other_documents():
    listed, bare = run("推动商业航天、低空经济、深海科技等新兴产业发展。", "培育壮大新兴产业，发展未来产业。")
    assert "新兴产业" in {m.name for m in listed.mentions}
    assert not [m for m in bare.mentions if m.label == "SLOGAN"]


def test_the_place_where_all_parts_are_done_said_once_before_the_first():
    assert defines(run("深化农村生产、供销、信用“三位一体”改革。")[0])["三位一体"] == {"生产", "供销", "信用"}


@pytest.mark.parametrize("text, term, parts", [
    ("着眼于保持中高速增长和迈向中高端水平“双目标”。", "双目标", {"保持中高速增长", "迈向中高端水平"}),
    ("坚持稳政策稳预期和促改革调结构“双结合”。", "双结合", {"稳政策稳预期", "促改革调结构"}),  # two short actions each
    ("打造大众创业、万众创新和增加公共产品、公共服务“双引擎”。", "双引擎",
     {"大众创业、万众创新", "增加公共产品、公共服务"}),  # two lists joined by 和
])
def test_the_two_parts_of_a_quoted_count_of_two(text, term, parts):
    assert defines(run(text)[0])[term] == parts


def test_numbered_items_whose_first_clause_is_long_and_a_count_quoted_with_another():
    text = ("扎实办好“十大重点民生实事”。①补充配置电脑30万台。②组织创业培训23万人次。③培训乡村医生5000名。④建设老年助餐点500个。"
            "⑤城乡低保标准提高到不低于740元/月和485元/月、残疾人“两项补贴”标准提高到每人100元/月、散居和集中养育孤儿补贴标准提高到"
            "不低于1200元/月。⑥建成服务站1.9万个。⑦推进社保经办跨省互联互通。⑧建成150个基层消防站。⑨改造城市危旧房5000套。"
            "⑩提质改造农村公路3000公里。\n")
    assert len(defines(run(text)[0])["十大重点民生实事"]) == 10
    assert "六个基地" not in defines(run("坚持“四个中心、六个基地”定位。")[0])  # (no list before the second count)


def test_zones_of_one_kind_opening_the_sentences_after_a_count():
    text = ("“三极”带动效应进一步提升。海口经济圈产业发展规划完成编制。三亚经济圈建立常态化机制。儋洋经济圈工业总产值突破1500亿元。"
            "跨区域产业合作持续深化。\n")
    assert defines(run(text)[0])["三极"] == {"海口经济圈", "三亚经济圈", "儋洋经济圈"}
    assert "两极" not in defines(run("“两极”带动效应提升。海口经济圈完成编制。三亚经济圈建立机制。儋洋经济圈突破。\n")[0])


def test_no_parts_from_abbreviated_places_for_a_formulation_with_known_parts():
    assert "一带一路" not in defines(run("联合实验室是中新“一带一路”合作的成功案例。\n")[0])


@pytest.mark.parametrize("text, term, first", [
    ("浙江宁波推行领导干部领学、党组织书记带学、党支部督学、党员自学的“四学联动”机制。", "四学联动", "领导干部领学"),
    ("年会共设置论坛会议、技术交易、成果发布、前沿大赛、配套活动五大板块。", "五大板块", "论坛会议"),  # an adverb, then a verb
    ("民革创新提出示范支部、党员之家、教育基地与榜样人物“四位一体”推进自身建设。", "四位一体", "示范支部"),  # two verbs
])
def test_the_verb_that_leads_the_first_part_is_left_out(text, term, first):
    assert first in defines(run(text)[0])[term]


def test_soon_is_no_definition_and_a_formulation_with_known_parts_is_not_read_by_its_initials():
    found = defines(run("“十四五”收官在即，新发展理念贯穿发展全过程。“十五五”新的征程即将开启，全党勇毅前行。\n")[0])
    assert "十四五" not in found and "十五五" not in found
    assert "沙戈荒" not in defines(run("荒无人烟的沙漠、戈壁与荒滩变身巨大的发电场。“沙戈荒”新能源基地里光伏成片。\n")[0])


def test_among_them_opens_no_part_of_a_list_after_a_colon():
    text = "实现“三个下降”：其中年均受灾人次、因灾死亡失踪人数和因灾直接经济损失占国内生产总值比，分别下降36.0%、22.9%、39.0%。"
    assert defines(run(text)[0])["三个下降"] == {"年均受灾人次", "因灾死亡失踪人数", "因灾直接经济损失占国内生产总值比"}


def test_a_counted_breakthrough_of_tasks_takes_them_as_parts():
    text = "大力实施城乡生态环保设施补短板、工业固废综合治理、重点河湖污染治理和秸杆综合利用“四大攻坚突破”，新增能力。"
    assert defines(run(text)[0])["四大攻坚突破"] == {"城乡生态环保设施补短板", "工业固废综合治理", "重点河湖污染治理",
                                               "秸杆综合利用"}


def test_known_parts_told_in_the_paragraphs_under_a_heading_that_names_the_formulation_again():
    text = ("去年，“三去一降一补”取得成效，去产能、去库存、降成本、补短板扎实推进。\n"
            "（一）用改革的办法深入推进“三去一降一补”。\n要在巩固成果基础上完善政策措施。\n扎实有效去产能。今年要再压减钢铁产能。\n"
            "因城施策去库存。支持居民自住购房需求。\n积极稳妥去杠杆。降低企业杠杆率。\n多措并举降成本。降低收费。\n精准加力补短板。加强基础设施。\n"
            "（二）深化重要领域改革。\n")
    result = run(text)[0]
    later = {r.target.removeprefix("SLOGAN:") for r in result.relations
             if r.kind == "DEFINES" and r.source.endswith("三去一降一补") and r.start > text.index("（一）")}
    assert later == {"去产能", "去库存", "去杠杆", "降成本", "补短板"}


def test_a_known_part_printed_in_quotes_is_the_same_part():
    text = "中国特色社会主义理论体系包括邓小平理论、“三个代表”重要思想、科学发展观。\n"
    assert "三个代表重要思想" in defines(run(text)[0]).get("中国特色社会主义理论体系", set())


def test_a_code_qualifying_one_of_as_many_parts_as_counted():
    text = ("着重抓好国家干线铁路网湖南段工程、长株潭都市圈通勤交通工程、高速公路主通道扩容工程、长沙机场改扩建工程、高标准农田、"
            "重大水利工程、新型电力系统工程、一湖四水港航工程、“四算”新型基础设施、国家医学中心等“十大基础设施项目”建设。")
    parts = {r.target.split(":", 1)[1] for r in run(text)[0].relations if r.kind == "DEFINES"}
    assert len(parts) == 10 and "四算新型基础设施" in parts


def test_a_quoted_phrase_of_words_is_no_abbreviation_of_the_parts_after_it():
    text = "习近平向“读懂中国”国际会议致贺信。习近平指出，读懂中国，需要读懂进一步全面深化改革、推进中国式现代化。"
    assert not [r for r in run(text)[0].relations if r.kind == "DEFINES"]


def test_what_a_formulation_is_owed_to_is_not_its_parts():
    text = "王沪宁表示，新时代十年的伟大成就和伟大变革根本在于“两个确立”，中共界委员要深入学习。"
    assert not defines(run(text)[0])


def test_the_first_part_after_what_covers_the_parts():
    text = "本期展会涵盖时尚、家用纺织品、玩具及孕婴童、文具、健康休闲五大板块，参展企业超1.2万家。"
    assert defines(run(text)[0]).get("五大板块") == {"时尚", "家用纺织品", "玩具及孕婴童", "文具", "健康休闲"}


def test_an_unquoted_count_decoded_by_即_in_clauses_each_holding_its_word():
    text = "生鲜乳质量安全抽检实现两个全覆盖，即抽检覆盖全国所有奶站，检测指标覆盖卫生部公布的所有违禁添加物。奶站数量减少。"
    assert names(text, "SLOGAN") == {"两个全覆盖"}
    assert defines(run(text)[0]) == {"两个全覆盖": {"抽检覆盖全国所有奶站", "检测指标覆盖卫生部公布的所有违禁添加物"}}


def test_quoted_objects_one_a_clause_in_the_sentence_after_alike_and_as_many_as_counted():
    text = "辽宁以“三篇大文章”为抓手，打出一套组合拳。改造升级“老字号”，深度开发“原字号”，培育壮大“新字号”，推进产业发展。"
    assert defines(run(text)[0]) == {"三篇大文章": {"老字号", "原字号", "新字号"}}
    text = "辽宁以“三篇大文章”为抓手，打出一套组合拳。改造升级“老字号”，深度开发“原字号”，培育壮大“新字号”，做好“土特产”。"
    assert "三篇大文章" not in defines(run(text)[0])  # (a fourth quoted object: not the three)


def test_a_count_closing_its_paragraph_decoded_by_points_numbered_in_the_paragraphs_after():
    text = ("习近平主席同东盟国家领导人达成八项重大共识。\n一是坚持高层引领，落实双方关系新定位。与会领导人一致认为。\n"
            "二是坚持团结抗疫，维护人民生命健康。\n三是坚持共同发展，助力地区经济复苏。\n四是坚持创新发展，培育增长新动能。\n"
            "五是坚持可持续发展，加快绿色转型。\n六是坚持交流互鉴，促进民心相通。\n七是坚持携手合作，维护地区和平稳定。\n"
            "八是坚持东盟中心地位，践行真正的多边主义。\n")
    assert names(text, "SLOGAN") == {"八项重大共识"}
    assert len(defines(run(text)[0])["八项重大共识"]) == 8
    text = "年内要重点抓好五个方面。\n一是促进教育公平。\n二是优化教育结构。\n三是推进素质教育。\n四是加强教师队伍。\n五是实施安全工程。\n"
    assert names(text, "SLOGAN") == set()  # (the aspects of a text)


def test_a_count_of_things_to_do_by_件事_decoded_by_its_points():
    text = "当前，最重要的是做好四件事。一是坚持以人民为中心。二是尊重各国人权发展道路。三是统筹兼顾各类人权。四是加强全球人权治理。"
    assert defines(run(text)[0]) == {"四件事": {"坚持以人民为中心", "尊重各国人权发展道路", "统筹兼顾各类人权", "加强全球人权治理"}}


def test_a_quoted_list_before_的_and_its_spirit_quoted_by_a_name_of_two():
    text = "用“胸怀大局、无私奉献、弘扬传统、艰苦创业”的“西迁精神”建设祖国大西北。"
    assert defines(run(text)[0]) == {"西迁精神": {"胸怀大局", "无私奉献", "弘扬传统", "艰苦创业"}}


def test_numbered_points_each_naming_its_programme_after_a_count_proposed():
    text = ("习近平就下阶段加强中非务实合作、助力非洲一体化和现代化事业提出3项举措：一、中方愿发起“支持非洲工业化倡议”。"
            "中方将支持非洲发展制造业。二、中方愿实施“中国助力非洲农业现代化计划”。中方将帮助非洲拓展粮食作物种植。"
            "三、中方愿实施“中非人才培养合作计划”。中方计划每年培训500名校长。")
    assert defines(run(text)[0]) == {"3项举措": {"支持非洲工业化倡议", "中国助力非洲农业现代化计划", "中非人才培养合作计划"}}


def test_clauses_a_meaning_opens_one_a_semicolon():
    text = ("“四种形态”，指的是党内关系要正常化，批评和自我批评要经常开展，让咬耳扯袖、红脸出汗成为常态；党纪轻处分和组织处理要成为"
            "大多数；对严重违纪的重处分、作出重大职务调整应当是少数；而严重违纪涉嫌违法立案审查的只能是极极少数。")
    assert defines(run(text)[0])["四种形态"] == {
        "党内关系要正常化，批评和自我批评要经常开展，让咬耳扯袖、红脸出汗成为常态", "党纪轻处分和组织处理要成为大多数",
        "对严重违纪的重处分、作出重大职务调整应当是少数", "严重违纪涉嫌违法立案审查的只能是极极少数"}


def test_clauses_after_that_is_each_holding_the_counted_word():
    text = ("政府投资使用要确保“三个高于”，即：用于直接改善农村生产生活条件的投入高于上年，用于基础教育和公共卫生等社会事业的"
            "投入高于上年，用于西部大开发的投入高于上年。同时，加大对节能环保的支持。")
    assert defines(run(text)[0]).get("三个高于") == {"用于直接改善农村生产生活条件的投入高于上年",
                                                   "用于基础教育和公共卫生等社会事业的投入高于上年", "用于西部大开发的投入高于上年"}


def test_a_code_of_groups_listed_group_by_group_run_together():
    text = "继续搞好“三河三湖”（淮河海河辽河、太湖巢湖滇池）、渤海等重点流域污染治理。"
    assert defines(run(text)[0]).get("三河三湖") == {"淮河", "海河", "辽河", "太湖", "巢湖", "滇池"}


def test_known_parts_of_an_older_formulation_printed_as_goals():
    text = "今年要启动西部地区“两基”攻坚计划，到2007年使西部地区基本普及九年义务教育，基本扫除青壮年文盲。"
    assert defines(run(text)[0]).get("两基") == {"基本普及九年义务教育", "基本扫除青壮年文盲"}


def test_parts_listed_after_includes_and_a_quoted_list_describing_another_thing():
    text = ("中国将提供“6个100”项目支持，包括100个减贫项目，100个农业合作项目，100个促贸援助项目，100个生态保护项目，"
            "100所医院和诊所，100所学校和职业培训中心。")
    assert "100个减贫项目" in defines(run(text)[0]).get("6个100", set())
    text = "希望福建按照总书记提出的建设“机制活、产业优、百姓富、生态美”的新福建和“四个切实”等重要指示要求。"
    assert "四个切实" not in defines(run(text)[0])


def test_parts_after_a_dash():
    text = "黑龙江立即着手对“四煤城”——鸡西、鹤岗、双鸭山、七台河的采沉区进行调研。"
    assert defines(run(text)[0]).get("四煤城") == {"鸡西", "鹤岗", "双鸭山", "七台河"}


def test_the_pair_a_clause_opens_with_is_the_count_it_ends_with():
    text = "指出和平与发展是当代世界两大主题。中国和欧盟是两大独立自主力量，也是全面战略伙伴。"
    found = defines(run(text)[0])
    assert found.get("两大主题") == {"和平", "发展"} and found.get("两大独立自主力量") == {"中国", "欧盟"}


def test_a_code_of_ones_and_traits_listed_right_before_their_count():
    text = ("实现了每个贫困村有1名责任领导、1个帮扶单位、1个驻村工作组、1名“第一书记”、1名农技员的“五个一”全覆盖。"
            "必须紧紧抓住产业结构不合理、城乡发展不协调、区域发展不平衡这三大问题，加快完善总体方案。")
    found = defines(run(text)[0])
    assert found.get("五个一") == {"1名责任领导", "1个帮扶单位", "1个驻村工作组", "1名第一书记", "1名农技员"}
    assert found.get("三大问题") == {"产业结构不合理", "城乡发展不协调", "区域发展不平衡"}


@pytest.mark.parametrize("text, name, parts", [
    pytest.param("当代的世界存在着四大矛盾：被压迫民族同帝国主义的矛盾；资本主义国家内部无产阶级同资产阶级的矛盾；"
                 "帝国主义各国之间的矛盾；社会主义国家同帝国主义之间的矛盾。", "四大矛盾",
                 {"被压迫民族同帝国主义的矛盾", "资本主义国家内部无产阶级同资产阶级的矛盾", "帝国主义各国之间的矛盾",
                  "社会主义国家同帝国主义之间的矛盾"}, id="clauses after a colon"),
    pytest.param("要求我们始终坚持“一个中心、两个基本点”的基本路线。以经济建设为中心是兴国之要；四项基本原则是立国之本；"
                 "改革开放是强国之路。", "一个中心、两个基本点", {"以经济建设为中心", "四项基本原则", "改革开放"},
                 id="known parts printed apart"),
    pytest.param("以和平合作、开放包容、互学互鉴、互利共赢的丝绸之路精神为指引。", "丝绸之路精神",
                 {"和平合作", "开放包容", "互学互鉴", "互利共赢"}, id="known parts listed before"),
    pytest.param("《纲要》明确我国集成电路产业发展的四大任务是——着力发展集成电路设计业、加速发展集成电路制造业、"
                 "提升先进封装测试业发展水平、突破集成电路关键装备和材料。", "四大任务",
                 {"着力发展集成电路设计业", "加速发展集成电路制造业", "提升先进封装测试业发展水平", "突破集成电路关键装备和材料"},
                 id="tasks as actions after a dash"),
    pytest.param("支持人民政协围绕团结和民主两大主题履行职能。", "两大主题", {"团结", "民主"},
                 id="a pair a preposition frames, a verb after its count"),
    pytest.param("天津正从生态环保、交通先行、产业对接三大重点领域推动融合发展。", "三大重点领域",
                 {"生态环保", "交通先行", "产业对接"}, id="a list a preposition frames, a verb after its count"),
    pytest.param("行贿、偷工减料、盗窃国家资财、偷税漏税、盗窃国家经济情报等所谓“五毒”行为，必须严厉打击。", "五毒",
                 {"行贿", "偷工减料", "盗窃国家资财", "偷税漏税", "盗窃国家经济情报"},
                 id="a so-called count, a word of the language, its parts listed"),
    pytest.param("国新办：构建德智体美劳“五育”并举的教育体系。", "五育", {"德", "智", "体", "美", "劳"},
                 id="the letters of an education's sides"),
    pytest.param("李克强主持召开国务院常务会议\n会议部署新建一批大众创业万众创新示范基地，推动经济转型升级。\n"
                 "会议指出，要持续减税降费，让企业轻装上阵。\n会议指出，去年国家批准建设首批“双创”示范基地，有力促进了就业扩大。",
                 "双创", {"大众创业", "万众创新"}, id="known parts listed in a paragraph before, of the same article"),
    pytest.param("在相互尊重领土完整和主权、互不侵犯、互不干涉内政、平等互利、和平共处五项原则的基础上发展关系。",
                 "和平共处五项原则", {"相互尊重领土完整和主权", "互不侵犯", "互不干涉内政", "平等互利", "和平共处"},
                 id="known parts in a spelling of their own"),
    pytest.param("一定要坚持两手：一手是坚持对外开放、对内搞活经济的政策，另一手是坚决打击严重犯罪活动。只注意后一手是错误的。",
                 "两手", {"坚持对外开放、对内搞活经济的政策", "坚决打击严重犯罪活动"}, id="one hand, the other hand"),
    pytest.param("全面贯彻“三个代表”重要思想，保证我们党始终代表中国先进生产力的发展要求，代表中国先进文化的前进方向，"
                 "代表中国最广大人民的根本利益。", "三个代表",
                 {"代表中国先进生产力的发展要求", "代表中国先进文化的前进方向", "代表中国最广大人民的根本利益"},
                 id="known parts printed in clauses"),
    pytest.param("兴办深圳、珠海、汕头、厦门四个经济特区是对外开放的重大步骤。", "四个经济特区",
                 {"深圳", "珠海", "汕头", "厦门"}, id="zones counted after the places they are"),
])
def test_parts_in_shapes_of_their_own(text, name, parts):
    assert defines(run(text)[0]).get(name) == parts


def test_no_count_framed_where_the_list_is_a_subject_a_route_or_a_quoted_question():
    found = defines(run("伊利、蒙牛两大乳企推进全球化战略。在北京、上海两大城市开展试点。"
                        "中方将参与建设从秘鲁到巴西、连接太平洋和大西洋的“两洋铁路”项目。"
                        "围绕“钱从哪里来、用到哪里去、怎么用得好”三个关键问题，加快重构治理模式。")[0])
    assert not {"两大乳企", "两大城市", "两洋铁路"} & set(found)
    assert "钱从哪里来" in found.get("三个关键问题", set())


def test_some_industries_named_before_their_count():
    text = "示范区将重点发展农业高端服务业、生物产业、智能设备装备制造等五大产业。第三产业占比提高，三大产业协调发展。"
    found = defines(run(text)[0])
    assert found.get("五大产业") == {"农业高端服务业", "生物产业", "智能设备装备制造"} and "三大产业" not in found


def test_a_code_of_groups_filled_by_the_subject_of_a_clause():
    text = ("加强“三城一区”协同联动，强化中关村科学城创新前沿布局，推动怀柔科学城科技设施开放共享、形成集群效应，"
            "推进未来科学城效用发挥，创新型产业集群示范区承接三大科学城成果不少于300项。")
    assert defines(run(text)[0])["三城一区"] == {"中关村科学城", "怀柔科学城", "未来科学城", "创新型产业集群示范区"}


def test_a_count_of_a_kind_named_one_by_one_in_the_clauses_after_it():
    text = ("深入实施三大先导产业新一轮“上海方案”，优化集成电路产业空间布局，全链条加速生物医药产业创新发展，"
            "加快推进人工智能产业创新高地建设，培育壮大低空经济等产业。")
    assert defines(run(text)[0])["三大先导产业"] == {"集成电路", "生物医药", "人工智能"}


def test_the_verbs_that_open_a_list_are_no_part_of_its_first_item():
    text = ("今年要继续围绕贯彻按保护价敞开收购农民余粮、粮食收储企业实行顺价销售、粮食收购资金实行封闭运行“三项政策”"
            "和加快国有粮食企业自身改革。解决人民温饱问题、人民生活总体上达到小康水平这两个目标已提前实现。")
    found = defines(run(text)[0])
    assert found["三项政策"] == {"按保护价敞开收购农民余粮", "粮食收储企业实行顺价销售", "粮食收购资金实行封闭运行"}
    assert "解决人民温饱问题" in found.get("两个目标", {"解决人民温饱问题"})


def test_a_count_of_one_character_named_one_by_one_after_a_colon():
    text = "实现了“三个零”：564名患者零转重、零复阳，医护人员零感染。"
    assert defines(run(text)[0])["三个零"] == {"零转重", "零复阳", "零感染"}


def test_a_principle_decoded_by_pieces_of_one_clause_alike_at_their_start():
    text = ("坚持四项基本原则，即坚持社会主义道路，坚持人民民主专政，坚持共产党的领导，坚持马克思列宁主义、毛泽东思想，"
            "是载入我国宪法的共同政治基础。")
    assert defines(run(text)[0])["四项基本原则"] == {"坚持社会主义道路", "坚持人民民主专政", "坚持共产党的领导",
                                                  "坚持马克思列宁主义、毛泽东思想"}


def test_a_guideline_counted_by_its_characters_and_chains_fused():
    text = ("提出了“依法治湖、截污处理、清淤筑岸、搞活水体、美化环境”的“二十字方针”。\n浙江衢州：“四链融合”推动产业发展\n"
            "衢州市持续推动创新链、产业链、资金链、人才链深度融合。")
    found = defines(run(text)[0])
    assert found["二十字方针"] == {"依法治湖", "截污处理", "清淤筑岸", "搞活水体", "美化环境"}
    assert found["四链融合"] == {"创新链", "产业链", "资金链", "人才链"}


def test_zones_of_any_kind_opening_the_sentences_after_a_count_of_areas():
    text = ("支持五大片区差异发展。推动成都平原经济区率先突破。推动川南经济区打造先进制造业基地。出台支持川东北经济区政策措施。"
            "高水平建设攀西战略资源创新开发试验区，统筹推进能源资源开发。推动川西北生态示范区加强生态保护。落实支持丘陵地区政策。")
    assert defines(run(text)[0])["五大片区"] == {"成都平原经济区", "川南经济区", "川东北经济区", "攀西战略资源创新开发试验区",
                                              "川西北生态示范区"}


def test_the_two_civilisations_named_in_the_clauses_before_the_count():
    text = "在建设物质文明的同时，不断把社会主义精神文明建设推向前进，是我们的一贯方针。各单位要全面负起两个文明建设的责任。"
    assert defines(run(text)[0])["两个文明"] == {"物质文明", "精神文明"}


def test_two_parts_opening_alike_before_a_quoted_count_keep_their_verb():
    text = "守住确保国家粮食安全、确保不发生规模性返贫致贫“两条底线”，筑牢乡村产业。"
    assert defines(run(text)[0])["两条底线"] == {"确保国家粮食安全", "确保不发生规模性返贫致贫"}


def test_parts_quoted_before_the_short_form_of_a_formulation_named_in_full_elsewhere():
    text = ("我们坚持在和平共处五项原则的基础上发展同世界各国的关系。\n\n　　“互相尊重主权和领土完整、互不侵犯、互不干涉内政、平等互利、"
            "和平共处”\n五项原则\n早已载入我国宪法。")
    assert defines(run(text)[0])["和平共处五项原则"] == {"互相尊重主权和领土完整", "互不侵犯", "互不干涉内政", "平等互利", "和平共处"}


def test_numbered_points_that_open_the_sentence_after_the_formulation():
    text = ("办好十件民生实事。今年我省创新遴选工作机制，推动省十件民生实事更贴民意、更有成色。一是为老年人提供健康管理服务；二是提升困难群众"
            "兜底保障水平；三是为重点群体提供就业保障；四是提升县域基础教育水平；五是增加普惠托育服务供给；六是推进城乡生活污水治理；"
            "七是深入推进“四好农村路”建设；八是提升县域医疗服务水平；九是提升食品安全抽检水平；十是为青少年提供心理健康服务。")
    parts = defines(run(text)[0])["十件民生实事"]
    assert len(parts) == 10 and "为老年人提供健康管理服务" in parts and "为青少年提供心理健康服务" in parts


def test_parts_listed_in_the_clause_before_one_that_describes_the_count():
    text = "北京、上海、粤港澳大湾区，建设中的三大国际科技创新中心，集聚了大量人才。"
    assert defines(run(text)[0])["三大国际科技创新中心"] == {"北京", "上海", "粤港澳大湾区"}
    text = "但坚决反对台湾当局搞所谓“弹性外交”、“双重承认”，坚决反对任何形式的“两个中国”、“一中一台”。"
    assert "两个中国" not in defines(run(text)[0])


def test_teams_counted_after_their_list_and_a_subject_and_verb_before_the_first():
    text = "是指各地统筹专科医师、全科医师、公卫医师、健康管理师四支队伍，组成家庭医生签约服务团队。"
    assert defines(run(text)[0])["四支队伍"] == {"专科医师", "全科医师", "公卫医师", "健康管理师"}


def test_clauses_that_open_with_the_counted_verb_and_items_after_a_colon_of_includes():
    text = ("要把“四个防止”落实到位，一鼓作气，防止前紧后松，一把尺子量到底；上下衔接，防止矛盾积压，强化整改；慎重处置，防止简单粗糙；"
            "注重长效，防止短期效应，建立健全制度。")
    assert defines(run(text)[0])["四个防止"] == {"防止前紧后松", "防止矛盾积压", "防止简单粗糙", "防止短期效应"}
    text = "接续办好3件重点民生实事，包括：新开工改造城镇老旧小区3011万平方米；建设100个口袋公园、10座体育公园；加装农村公路安全护栏4000公里。"
    assert defines(run(text)[0])["3件重点民生实事"] == {"新开工改造城镇老旧小区3011万平方米", "建设100个口袋公园、10座体育公园",
                                                   "加装农村公路安全护栏4000公里"}


def test_historical_formulations_and_their_known_parts():
    text = ("这些胜利，主要是近两年来在总路线、大跃进和人民公社这三面红旗之下获得的。"
            "毛泽东同志提出了土、肥、水、种、密、保、管、工的“农业八字宪法”。")
    found = defines(run(text)[0])
    assert found["三面红旗"] == {"总路线", "大跃进", "人民公社"}
    assert found["农业八字宪法"] == set("土肥水种密保管工")


def test_a_list_after_the_formulation_whose_items_open_with_its_qualifier():
    text = "今年，广东发布五大未来产业集群行动计划，瞄准未来电子信息、未来智能装备、未来生命健康、未来材料、未来绿色低碳等前沿产业方向。"
    found = defines(run(text)[0])
    assert {"未来电子信息", "未来智能装备", "未来生命健康", "未来材料", "未来绿色低碳"} in found.values()


def test_points_in_the_text_are_evidence_beside_an_annex_that_numbers_the_same_parts():
    items = ["为老年人提供健康管理服务", "提升困难群众兜底保障水平", "为青少年提供心理健康服务"]
    text = ("办好三件民生实事。今年我省创新遴选机制，推动省三件民生实事更贴民意、更有成色。"
            + "；".join(f"{'一二三'[i]}是{item}" for i, item in enumerate(items)) + "。\n附件\n2025年省三件民生实事\n"
            + "".join(f"{i + 1}.{item}。\n" for i, item in enumerate(items)))
    relations = [r for r in run(text)[0].relations if r.kind == "DEFINES"]
    assert {r.target.removeprefix("SLOGAN:") for r in relations} == set(items)
    assert len({r.start for r in relations}) == 2  # the sentence of the points and the annex


def test_pieces_that_hold_the_round_number_a_formulation_counts():
    text = "实施文旅投资“三个一百”计划，推进100项在建重大项目、100项重点招商项目，省级财政五年统筹投入100亿元支持旅游产业发展。"
    assert defines(run(text)[0])["三个一百"] == {"100项在建重大项目", "100项重点招商项目", "省级财政五年统筹投入100亿元支持旅游产业发展"}


@pytest.mark.parametrize("text, term, parts", [
    ("全面建成社会主义现代化强国，总的战略安排是分两步走：从二〇二〇年到二〇三五年基本实现社会主义现代化；"
     "从二〇三五年到本世纪中叶把我国建成富强民主文明和谐美丽的社会主义现代化强国。", "两步走",
     {"从二〇二〇年到二〇三五年基本实现社会主义现代化", "从二〇三五年到本世纪中叶把我国建成富强民主文明和谐美丽的社会主义现代化强国"}),
    ("我国国民经济的发展，可以按两步来设想：第一步，用十五年时间，即在一九八○年以前，建成一个独立的比较完整的工业体系"
     "和国民经济体系；第二步，在本世纪内，全面实现农业、工业、国防和科学技术的现代化，使我国国民经济走在世界的前列。\n"
     "今后的十年，是实现上述两步设想的关键的十年，要向实现第二步设想的宏伟目标前进。", "两步设想",
     {"建成一个独立的比较完整的工业体系和国民经济体系", "全面实现农业、工业、国防和科学技术的现代化"}),
])
def test_steps_spelt_out_after_a_colon_or_as_points(text, term, parts):
    assert defines(run(text)[0])[term] == parts


@pytest.mark.parametrize("text", [
    "要分两步走，先试点后推开。",  # no steps spelt out
    "改革分两步走：第一步，实行税利并存，再逐步推开。",  # fewer steps than the count
    "必须迈好第一步、展现新气象，分两步走。",  # 第一步 is no point here
])
def test_no_steps_without_as_many_spelt_out(text):
    assert not any(name.endswith(("步走", "步设想")) for name in names(text, "SLOGAN"))


_VALUES = "富强、民主、文明、和谐、自由、平等、公正、法治、爱国、敬业、诚信、友善".split("、")


@pytest.mark.parametrize("text", [
    "《意见》说：富强、民主、文明、和谐是国家层面的价值目标，自由、平等、公正、法治是社会层面的价值取向，爱国、敬业、诚信、友善"
    "是公民个人层面的价值准则，这24个字是社会主义核心价值观的基本内容。",
    "倡导富强、民主、文明、和谐，倡导自由、平等、公正、法治，倡导爱国、敬业、诚信、友善，积极培育和践行社会主义核心价值观。",
])
def test_known_parts_printed_in_runs_of_one_sentence(text):
    assert defines(run(text)[0])["社会主义核心价值观"] == set(_VALUES)


def test_known_parts_in_runs_of_different_sentences_are_no_decoding():
    text = ("要培育和践行社会主义核心价值观。倡导富强、民主、文明、和谐。倡导自由、平等、公正、法治。"
            "倡导爱国、敬业、诚信、友善。")
    assert "社会主义核心价值观" not in defines(run(text)[0])


def test_a_count_of_a_kind_referring_to_the_parts_listed_in_the_sentence_before():
    text = ("习近平总书记强调，教育强国应当具有强大的思政引领力、人才竞争力、科技支撑力、民生保障力、社会协同力、国际影响力。"
            "广大教育工作者一致认为，总书记对教育强国六大特质的论述，高屋建瓴。")
    assert defines(run(text)[0])["六大特质"] == {"思政引领力", "人才竞争力", "科技支撑力", "民生保障力", "社会协同力", "国际影响力"}


@pytest.mark.parametrize("text", [
    "引导广大干部树立正确的权力观、政绩观、事业观。兜牢基层“三保”底线。",  # a code, not a count of a kind
    "管党治党的主体责任、监督责任、第一责任人责任、“一岗双责”等构成完整的责任链条。",
])
def test_no_parts_listed_before_for_codes(text):
    found = defines(run(text)[0])
    assert "三保" not in found and "一岗双责" not in found


def test_a_code_of_groups_named_by_words_that_end_the_clauses_after_it():
    text = ("未来五年，我们要实现“两转变一迈进”，为加快建设现代化强省奠定基础。\n"
            "一是奋力推进产业振兴，加快建设现代化基础设施体系，推动产业层级从中初级为主向中高端为主转变，培育产业集群。\n"
            "二是奋力推进科教振兴，推动发展方式从资源驱动为主向创新引领为主转变，研发经费投入增长10%左右。\n"
            "三是奋力推进民生改善，推动人民生活从全面小康向共同富裕迈进。\n二、今年工作安排\n推动数字化转变，加快转变。")
    assert defines(run(text)[0])["两转变一迈进"] == {"推动产业层级从中初级为主向中高端为主转变",
                                                   "推动发展方式从资源驱动为主向创新引领为主转变",
                                                   "推动人民生活从全面小康向共同富裕迈进"}


def test_the_aspects_a_paragraph_goes_through_after_a_count():
    text = ("（二）着力推动能源转型\n抓实能源科技创新3条路径，加快构建新型能源体系。煤炭智能绿色安全开采方面，抓好产能接续。"
            "新能源规模化基地化开发方面，力争基地建成投产；新一代煤电升级方面，实施专项行动。\n")
    assert defines(run(text)[0])["能源科技创新3条路径"] == {"煤炭智能绿色安全开采", "新能源规模化基地化开发", "新一代煤电升级"}
    fewer = text.replace("3条路径", "4条路径")  # as many aspects as the count, or none
    assert not any("路径" in name for name in defines(run(fewer)[0]))


def test_the_parts_a_count_is_represented_by():
    text = "推动国际海缆建设。开展以5G-A和万兆光网为代表的“双万兆”技术应用试点。"
    assert defines(run(text)[0])["双万兆"] == {"5G-A", "万兆光网"}


def test_items_numbered_and_run_together_after_a_count_and_a_colon():
    text = ("中央广播电视总台今天发布2021国内十大新闻。2021国内十大新闻是：1.庆祝大会隆重举行 习近平庄严宣告2.党的十九届六中全会胜利召开"
            " 审议通过决议3.我国经济发展全球领先 开局良好\n")
    text = text.replace("十大", "三大")
    assert defines(run(text)[0])["国内三大新闻"] == {"庆祝大会隆重举行", "党的十九届六中全会胜利召开", "我国经济发展全球领先"}


def test_a_pair_whose_first_item_holds_the_verb_that_takes_it():
    text = "确保粮食面积基本稳定。牢牢抓住种子、耕地两个要害，深入实施种业振兴行动。"
    assert defines(run(text)[0])["两个要害"] == {"种子", "耕地"}


def test_a_first_item_without_its_verb_and_complement():
    text = "万建民常委发言建议，做实乡村教师、医生、农技人员三支队伍“引育用留”工作，改善工作条件。"
    assert defines(run(text)[0])["三支队伍"] == {"乡村教师", "医生", "农技人员"}


def test_a_first_item_without_the_place_that_acts_and_the_verbs_complement():
    text = "在这次整改过程中，吉林省建立起农民工工资保证金、行政执法与刑事司法联动、创立农民工管理服务中心“三位一体”的新机制。"
    assert "农民工工资保证金" in defines(run(text)[0])["三位一体"]


def test_parts_named_in_run_in_headings_after_a_count():
    text = ("加快推进“五个中心”建设。增强国际经济中心核心功能。健全体制机制，培育龙头企业。提升国际金融中心服务能级。完善制度，"
            "高质量推进全球金融科技中心建设。推动国际贸易中心提质升级。办好进博会。提升国际航运中心资源配置能力。提高服务水平。"
            "强化国际科技创新中心策源功能。\n")
    assert defines(run(text)[0])["五个中心"] == {"国际经济中心", "国际金融中心", "国际贸易中心", "国际航运中心", "国际科技创新中心"}


def test_parts_printed_as_short_clauses_before_a_count():
    text = "国家发展改革委近日明确，为加快推进新型城镇化建设，国家今年启动农民工融入，新生城市培育，新型城市建设三大重点工程。"
    assert defines(run(text)[0])["三大重点工程"] == {"农民工融入", "新生城市培育", "新型城市建设"}
    assert not defines(run("一上来，杜昌元就明确表示，必须是两室一厅才行。")[0])


def test_a_count_with_a_qualifier_is_the_count_the_text_names_without_it():
    text = "我国启动新型城镇化建设三大工程\n国家今年启动农民工融入，新生城市培育，新型城市建设三大重点工程。"
    assert names(text, "SLOGAN") == {"三大工程"}
    assert defines(run(text)[0])["三大工程"] == {"农民工融入", "新生城市培育", "新型城市建设"}


def test_a_count_of_aspects_numbered_after_a_colon():
    text = "落实中要着力把握四个方面：\n一是聚力在发展新质生产力上取得新突破。坚持创新驱动。\n二是聚力在深化改革开放上取得新突破。" \
           "\n三是聚力在增进民生福祉上取得新突破。\n四是聚力在筑牢安全基石上取得新突破。\n"
    assert len(defines(run(text)[0])["四个方面"]) == 4
    assert "四个方面" not in names("从四个方面着手。", "SLOGAN")  # a count of aspects alone: no formulation


def test_the_first_item_cut_from_its_clause_at_a_word():
    text = "2022年将围绕一体化制度创新、重点项目建设、重点事项推进和重大问题研究四大任务，推进重点工作。"
    assert defines(run(text)[0])["四大任务"] == {"一体化制度创新", "重点项目建设", "重点事项推进", "重大问题研究"}


def test_some_of_the_clusters_of_a_scale_listed_before_their_count():
    text = "天津高新区已经形成新能源汽车、信息技术、智能装备等四大千亿级绿色产业集群。"
    assert defines(run(text)[0])["四大千亿级绿色产业集群"] == {"新能源汽车", "信息技术", "智能装备"}


def test_two_actions_before_an_unquoted_count_of_bottom_lines():
    text = "唐仁健表示，明年，要牢牢守住保障国家粮食安全和不发生规模性返贫两条底线，持续夯实三农。"
    assert defines(run(text)[0])["两条底线"] == {"保障国家粮食安全", "不发生规模性返贫"}


def test_kinds_of_work_listed_before_their_count_and_a_count_before_its_treatment():
    text = "统筹推进居住、产业、市政基础设施、公共服务设施、区域综合等五类更新改造。加强工业、燃煤、机动车三大污染源治理。"
    found = defines(run(text)[0])
    assert found["五类更新改造"] == {"居住", "产业", "市政基础设施", "公共服务设施", "区域综合"}
    assert found["三大污染源"] == {"工业", "燃煤", "机动车"}
    assert not names("支持三类企业发展。", "SLOGAN")


def test_the_first_item_after_the_verb_inside_its_clause():
    text = "基本实现责任规划师、建筑师、园艺师“三师”联动街区层面全覆盖。"
    assert defines(run(text)[0])["三师"] == {"责任规划师", "建筑师", "园艺师"}


def test_a_quoted_name_defined_by_即_where_it_is_named():
    text = ("开展“五访纳谏”即走访听取县乡干部、农民和外出务工人员、社区居民、企事业单位、教师和科技人员五个方面基层干部群众的意见；"
            "“下访听诉”即下到省、市信访局随机接访。")
    assert defines(run(text)[0])["五访纳谏"] >= {"县乡干部", "农民和外出务工人员", "社区居民", "企事业单位", "教师和科技人员"}
    text = "“1个总体方案”即“提质增效总体方案”，“8个工作方案”即问题整改、提升收入水平、提升发展质量等专项工作方案。"
    assert defines(run(text)[0])["1个总体方案"] == {"“提质增效总体方案”"}
    text = ("纵深推进全国统一大市场建设，基本要求是“五统一、一开放”，即统一市场基础制度、统一市场基础设施、统一政府行为尺度、"
            "统一市场监管执法、统一要素资源市场，持续扩大对内对外开放。")  # (after a comma too)
    assert defines(run(text)[0])["五统一、一开放"] >= {"统一市场基础制度", "统一要素资源市场", "持续扩大对内对外开放"}
    text = ("政府投资使用要确保“三个高于”，即：用于直接改善农村生产生活条件的投入高于上年，用于基础教育和公共卫生等社会事业的投入"
            "高于上年，用于西部大开发的投入高于上年。")
    assert all(not part.startswith("：") for part in defines(run(text)[0])["三个高于"])


def test_a_code_of_two_numbers_decoded_by_two_groups_joined_by_jia():
    text = "市里近日印发文件，出台就业加住房、医保、教育的“1+3”配套政策。"
    parts = {r.target.split(":", 1)[1] for r in run(text)[0].relations if r.kind == "DEFINES"}
    assert parts == {"就业", "住房", "医保", "教育"}


def test_red_flags_counted_and_the_quoted_clauses_a_verb_names_them():
    text = "他曾经把“东村的精神，西村的决心”树立为两面红旗。会场两侧10面红旗分列。"
    result = run(text)[0]
    assert names(text, "SLOGAN") == {"两面红旗"}
    assert defines(result) == {"两面红旗": {"东村的精神", "西村的决心"}}


def test_two_parts_joined_after_the_modifier_that_ends_in_de():
    text = "推广试验区形成的线上综合服务和线下产业园区“两平台”的成熟做法。"
    assert defines(run(text)[0]) == {"两平台": {"线上综合服务", "线下产业园区"}}


def test_sectors_by_their_letters_before_a_quoted_count():
    text = "构建政产学研用“五位一体”创新体系。"
    assert defines(run(text)[0]) == {"五位一体": set("政产学研用")}


def test_some_parts_said_to_be_included_before_a_quoted_count():
    text = "将实施包括道路硬化、村村通电在内的“八个全覆盖”工程。"
    assert defines(run(text)[0]) == {"八个全覆盖": {"道路硬化", "村村通电"}}


def test_cities_a_programme_designates_listed_before_their_count():
    text = "进一步开放苏州、无锡、常州、南通、扬州等五个沿江开放城市和崇明岛。北京、上海、广州三个城市。"
    result = run(text)[0]
    assert names(text, "SLOGAN") == {"五个沿江开放城市"}
    assert defines(result) == {"五个沿江开放城市": {"苏州", "无锡", "常州", "南通", "扬州"}}


def test_parts_framed_by_yi_and_wei_zhu_before_a_count():
    text = "全省形成了以煤炭、电力和化工为主的三大支柱产业。"
    assert defines(run(text)[0]) == {"三大支柱产业": {"煤炭", "电力", "化工"}}


@pytest.mark.parametrize("count", ["两个轮子", "“两个轮子”"])
def test_a_pair_framed_by_yi_and_wei_right_before_its_count_whole(count):
    text = f"要坚持巩固、增强、提升、畅通的方针，以创新驱动和改革开放为{count}，全面提高经济整体竞争力。"
    result = run(text)[0]
    assert names(text, "SLOGAN") == {"两个轮子"}
    assert defines(result) == {"两个轮子": {"创新驱动", "改革开放"}}


def test_known_parts_told_in_the_paragraphs_after_the_one_that_names_the_formulation():
    text = ("供给侧结构性改革带来了“三去一降一补”一整套施策方案。\n"
            "去产能，让过剩产能退烧；去杠杆，让资金正常运行；“去库存”、“降成本”，为企业减负；补短板，增后劲。\n")
    assert defines(run(text)[0]) == {"三去一降一补": {"去产能", "去杠杆", "去库存", "降成本", "补短板"}}


def test_lines_of_defence_counted_with_dao_after_their_list_and_a_lead_verb_of_building():
    text = "启动专项行动，筑牢进口货主、运输主体、市场环节、监管监测四道防线。要筑牢一道防线。"
    assert defines(run(text)[0]) == {"四道防线": {"进口货主", "运输主体", "市场环节", "监管监测"}}
    assert "一道防线" not in names(text, "SLOGAN")


def test_known_parts_listed_in_the_paragraph_before_the_one_that_names_the_formulation():
    text = ("会议指出，要在打好防范化解重大风险、精准脱贫、污染防治的攻坚战方面取得扎实进展。\n"
            "会议强调，要坚决打好三大攻坚战，推动经济高质量发展。\n")
    assert defines(run(text)[0]) == {"三大攻坚战": {"防范化解重大风险", "精准脱贫", "污染防治"}}


def test_a_spirit_named_after_the_quoted_list_of_what_it_holds_and_the_regional_strategy():
    text = ("习近平主席提出“真诚友好、平等相待，互利共赢、共同发展，主持公道、捍卫正义，顺应时势、开放包容”的中非友好合作"
            "精神。弘扬“坚韧、忠勇、开放、争先”的城市精神。继续实施西部大开发、东北地区等老工业基地振兴、中部地区崛起、"
            "东部地区率先发展的区域发展总体战略。")
    found = defines(run(text)[0])
    assert found["中非友好合作精神"] == {"真诚友好", "平等相待", "互利共赢", "共同发展", "主持公道", "捍卫正义", "顺应时势",
                                      "开放包容"}
    assert found["区域发展总体战略"] == {"西部大开发", "东北地区等老工业基地振兴", "中部地区崛起", "东部地区率先发展"}
    assert "城市精神" not in found


def test_two_battles_joined_by_he():
    text = "继续打好煤矿瓦斯治理和矿山整顿两个攻坚战。坚决打好污染防治和精准脱贫两大攻坚战。"
    found = defines(run(text)[0])
    assert found["两个攻坚战"] == {"煤矿瓦斯治理", "矿山整顿"} and found["两大攻坚战"] == {"污染防治", "精准脱贫"}


def test_points_numbered_inline_with_yi_dun_and_no_formulation_of_a_reports_sections():
    text = ("促进信息消费的五大任务是：一、加快信息基础设施演进升级。发布战略；二、增强信息产品供给能力。实施工程；"
            "三、培育信息消费需求。发展电商。四、提升公共服务信息化水平。实施工程；五、加强信息消费环境建设。推进认证。\n"
            "《意见》提出了四项政策。一、深化行政审批制度改革，清理事项；二、加大财税、金融政策支持。给予优惠；"
            "三、要改进和完善电信服务，降低资费；四、加强法律法规建设。\n"
            "报告分六个部分：一、三年来的斗争；二、加快经济建设；三、繁荣文化事业；四、加强政权建设；五、加强团结；六、对外政策。")
    found = defines(run(text)[0])
    assert found["五大任务"] == {"加快信息基础设施演进升级", "增强信息产品供给能力", "培育信息消费需求",
                                "提升公共服务信息化水平", "加强信息消费环境建设"}
    assert found["四项政策"] == {"深化行政审批制度改革", "加大财税、金融政策支持", "要改进和完善电信服务", "加强法律法规建设"}
    assert "六个部分" not in found


def test_a_spirit_named_after_the_list_a_verb_says_formed_it():
    text = "在建设和养护公路的过程中，形成和发扬了一不怕苦、二不怕死，顽强拼搏、甘当路石，军民一家、民族团结的“两路”精神。"
    assert defines(run(text)[0]) == {"两路精神": {"一不怕苦", "二不怕死", "顽强拼搏", "甘当路石", "军民一家", "民族团结"}}
    assert "北京" not in defines(run("形成了爱国、创新、包容、厚德的北京精神。")[0])
    text = "也孕育形成了热爱祖国、无私奉献，自力更生、艰苦奋斗，大力协同、勇于登攀的“两弹一星”精神。"
    assert defines(run(text)[0]) == {"两弹一星精神": {"热爱祖国", "无私奉献", "自力更生", "艰苦奋斗", "大力协同", "勇于登攀"}}


def test_quoted_parts_joined_by_marks_and_dialogues_counted_in_figures():
    text = ("成为“兰昆通道”、“沪昆通道”、“南部沿海及西南通道”和“泛亚铁路”四大通道的汇合点。"
            "两国建立外交安全对话、全面经济对话、执法及网络安全对话、社会和人文对话等4个高级别对话机制。")
    found = defines(run(text)[0])
    assert found["四大通道"] == {"兰昆通道", "沪昆通道", "南部沿海及西南通道", "泛亚铁路"}
    assert found["4个高级别对话机制"] == {"外交安全对话", "全面经济对话", "执法及网络安全对话", "社会和人文对话"}


def test_every_group_of_a_code_of_groups_listed_before_it():
    text = "提出了学讲话、学文件、学榜样；主动改、倒逼改、督促改；建体系、建机制、建制度的“三学三改三建”总体思路。"
    assert defines(run(text)[0]) == {"三学三改三建": {"学讲话", "学文件", "学榜样", "主动改", "倒逼改", "督促改", "建体系",
                                                  "建机制", "建制度"}}


def test_two_departments_joined_by_he_before_the_relation_between_them():
    text = "按照再生产理论，生产资料和生活资料两大部类之间的比例关系越是协调，经济的发展就会更加迅速。"
    assert defines(run(text)[0]) == {"两大部类": {"生产资料", "生活资料"}}


def test_the_five_connectivities_listed_in_the_next_sentence():
    text = "“五通”的理念惠及多个国家和地区。政策沟通、设施联通、贸易畅通、资金融通、民心相通不断推进。"
    assert defines(run(text)[0]) == {"五通": {"政策沟通", "设施联通", "贸易畅通", "资金融通", "民心相通"}}


def test_a_code_glossed_in_brackets_a_clause_a_group_and_a_count_joining_what_is_listed_before_it():
    text = ("有人鼓吹什么“三自一包”（指多留自留地、多搞自由市场、多搞自负盈亏企业，包产到户）。"
            "实行领导干部、专家、群众三结合。推动产业链、创新链、资金链三融合。")
    assert defines(run(text)[0]) == {"三自一包": {"多留自留地", "多搞自由市场", "多搞自负盈亏企业", "包产到户"},
                                     "三结合": {"领导干部", "专家", "群众"}, "三融合": {"产业链", "创新链", "资金链"}}


def test_a_count_doing_one_thing_to_the_parts_listed_before_it_or_naming_their_interests():
    text = ("做到组织、政治、军事三落实。做到国家、集体、个人三兼顾。将承包林的防火、管护、抚育、林下资源利用四合一。"
            "北京、天津、河北三地统一部署。兼顾国家、集体、个人三者利益。使责、权、利三者结合起来。处理好改革、发展、稳定三者关系。")
    assert defines(run(text)[0]) == {"三落实": {"组织", "政治", "军事"}, "三兼顾": {"国家", "集体", "个人"},
                                     "四合一": {"防火", "管护", "抚育", "林下资源利用"},
                                     "三者利益": {"国家", "集体", "个人"}, "三者结合": {"责", "权", "利"}}


def test_known_parts_whose_last_opens_the_formulations_own_name():
    text = "中国信守互相尊重主权和领土完整、互不侵犯、互不干涉内政、平等互利、和平共处五项原则。"
    assert defines(run(text)[0]) == {"和平共处五项原则": {"互相尊重主权和领土完整", "互不侵犯", "互不干涉内政", "平等互利",
                                                          "和平共处"}}


def test_a_gloss_opened_by_ji_and_a_count_of_fields_of_cooperation():
    text = "实行“两头在外”（即原材料来源在外和产品销售市场在外）。双方确立了农业、基建、能源、人文四大重点合作领域。"
    assert defines(run(text)[0]) == {"两头在外": {"原材料来源在外", "产品销售市场在外"},
                                     "四大重点合作领域": {"农业", "基建", "能源", "人文"}}


def test_points_opened_by_yi_yao_and_two_gates_guarded():
    text = ("《意见》列出三项重点举措：\n一要提高土地出让收入用于农业农村比例。各省可设定标准。\n二要做好与相关政策衔接。"
            "要与有关规定相衔接。\n三要加强资金的统筹使用。\n主要是严把土地审批和信贷投放两个闸门。继续把好土地、信贷两个闸门。"
            "中国全国人大愿与巴哈马议会参众两院加强往来。")
    found = defines(run(text)[0])
    assert found["三项重点举措"] == {"提高土地出让收入用于农业农村比例", "做好与相关政策衔接", "加强资金的统筹使用"}
    assert found["两个闸门"] == {"土地审批", "信贷投放", "土地", "信贷"} and "两院" not in found


def test_two_teams_built_by_two_actions_two_miracles_of_one_shape_and_a_code_opening_a_rare_word():
    text = ("组建销区采购商和培养产区经纪人两支队伍。为党领导人民创造经济快速发展和社会长期稳定“两大奇迹”提供保障。"
            "深入开展卖淫嫖娼、拐卖妇女儿童、吸毒贩毒等“除六害”斗争。")
    found = defines(run(text)[0])
    assert found["两支队伍"] == {"组建销区采购商", "培养产区经纪人"}
    assert found["两大奇迹"] == {"经济快速发展", "社会长期稳定"}
    assert found["除六害"] == {"卖淫嫖娼", "拐卖妇女儿童", "吸毒贩毒"}


def test_two_battles_after_two_verbs_joined_that_govern_them():
    text = "巩固和发展煤矿瓦斯治理和整顿关闭两个攻坚战成果，继续开展重点行业领域安全专项整治。"
    assert defines(run(text)[0]) == {"两个攻坚战": {"煤矿瓦斯治理", "整顿关闭"}}


def test_clauses_alike_at_their_start_right_after_a_count_to_its_sentences_end():
    text = ("明年要坚决打好三大攻坚战，确保实现脱贫攻坚目标任务，确保实现污染防治攻坚战阶段性目标，确保不发生系统性金融风险。"
            "要打好三大攻坚战，提高宏观调控的前瞻性、针对性、有效性。")
    assert defines(run(text)[0]) == {"三大攻坚战": {"确保实现脱贫攻坚目标任务", "确保实现污染防治攻坚战阶段性目标",
                                                     "确保不发生系统性金融风险"}}


def test_a_spirit_named_by_its_four_character_traits_before_after_or_pointed_back_to():
    text = ("继续发扬敢闯敢试、敢为人先、埋头苦干的特区精神。造就了一种崇高的中国医疗队精神，这就是不畏艰苦、甘于奉献、救死扶伤、大爱无疆。"
            "以绝对忠诚、责任担当、首善标准为要义的“红墙意识”不仅体现在行动中。")
    assert defines(run(text)[0]) == {"特区精神": {"敢闯敢试", "敢为人先", "埋头苦干"},
                                     "中国医疗队精神": {"不畏艰苦", "甘于奉献", "救死扶伤", "大爱无疆"},
                                     "红墙意识": {"绝对忠诚", "责任担当", "首善标准"}}
    pointed = defines(run("敢闯敢试、敢为人先、埋头苦干，深圳以这样的特区精神勇立时代潮头。")[0])
    assert pointed == {"特区精神": {"敢闯敢试", "敢为人先", "埋头苦干"}}
    generic = run("继续发扬自力更生、奋发图强、艰苦奋斗、勤俭建国的革命精神。大力发扬有我无敌、奋不顾身、前赴后继的大无畏精神。")[0]
    assert defines(generic) == {}  # a spirit a quality names (革命, 大无畏) is no formulation


def test_a_guide_counted_by_its_characters_and_a_count_after_quoted_parts_and_de():
    text = "根据“长期稳定、面向未来、睦邻友好、全面合作”的十六字方针和“好邻居、好朋友、好同志、好伙伴”的四好精神，保持高层交往。"
    found = defines(run(text)[0])
    assert found == {"十六字方针": {"长期稳定", "面向未来", "睦邻友好", "全面合作"},
                     "四好精神": {"好邻居", "好朋友", "好同志", "好伙伴"}}
    assert "三好精神" not in defines(run("根据“好邻居、好朋友、好同志、好伙伴”的三好精神，保持交往。")[0])  # the count checks


def test_clauses_each_opening_with_its_verb_that_are_the_subject_of_their_count():
    text = "在这个时期，建立比较完善的社会主义市场经济体制，保持国民经济持续快速健康发展，是必须解决好的两大课题。"
    assert defines(run(text)[0]) == {"两大课题": {"建立比较完善的社会主义市场经济体制", "保持国民经济持续快速健康发展"}}
    assert defines(run("我们认为，加强管理，提高效益，稳定队伍，是必须解决好的两大课题。")[0]) == {}  # three such clauses


def test_a_framed_count_of_abstract_tasks_ending_its_clause():
    text = "按照总要求，紧紧围绕打得赢、不变质两个历史性课题，坚定不移地走中国特色的精兵之路。"
    assert defines(run(text)[0]) == {"两个历史性课题": {"打得赢", "不变质"}}


def test_quoted_sentences_of_clauses_separated_by_semicolons_before_their_count():
    text = "毛主席提出了“\n要搞马克思主义，不要搞修正主义；要团结，不要分裂；要光明正大，不要搞阴谋诡计\n”三项基本原则。"
    assert defines(run(text)[0]) == {"三项基本原则": {"要搞马克思主义，不要搞修正主义", "要团结，不要分裂",
                                                  "要光明正大，不要搞阴谋诡计"}}


def test_steps_each_opened_by_its_period_in_one_sentence_after_a_colon():
    text = "为了实现奋斗目标，在战略部署上要分两步走：前十年主要是打好基础，积蓄力量，创造条件，后十年要进入一个新的经济振兴时期。"
    assert defines(run(text)[0]) == {"两步走": {"前十年主要是打好基础，积蓄力量，创造条件", "后十年要进入一个新的经济振兴时期"}}


def test_a_count_opening_a_quoted_motto_after_its_parts():
    text = "双方要发挥互补优势，落实好矿产开发、基础设施建设、金融合作“三位一体，统筹推进”的总体合作思路。"
    assert defines(run(text)[0]) == {"三位一体": {"矿产开发", "基础设施建设", "金融合作"}}


def test_a_decoding_printed_again_with_another_mention_is_evidence_of_each():
    text = ("这些胜利，主要是在总路线、大跃进和人民公社这三面红旗之下获得的。有了这些胜利。\n"
            "我们要走的路还是长的，必须在总路线、大跃进和人民公社这三面红旗的引导下，鼓足干劲。")
    found = [r for r in run(text)[0].relations if r.kind == "DEFINES"]
    assert len(found) == 6 and len({r.sentence for r in found}) == 2
    text = "“四级三类”国土空间规划体系基本形成。“四级三类”是指四级、三类的规划。"  # the parts inside the name are no list
    assert all("printed again" not in (r.note or "") for r in run(text)[0].relations)


def test_counts_of_aspects_in_figures_before_points_after_a_full_stop():
    text = ("《若干措施》聚焦6个方面。一是推动货物贸易创新发展。二是推进服务贸易自由便利。三是便利商务人员临时入境。"
            "四是促进数字贸易健康发展。五是加大优化营商环境力度。六是健全完善风险防控制度。")
    assert len(defines(run(text)[0])["6个方面"]) == 6


def test_a_count_of_problems_before_numbered_points():
    text = "这使我们长期面临两大问题：一是年轻优秀的人才难以脱颖而出，二是用人问题上的不正之风难以避免。"
    assert defines(run(text)[0]) == {"两大问题": {"年轻优秀的人才难以脱颖而出", "用人问题上的不正之风难以避免"}}


def test_a_count_made_one_and_fields_listed_before_their_count_after_what_the_list_is_said_to_be():
    found = run("我们要建设的互联互通，应该是基础设施、制度规章、人员交流三位一体，应该是政策沟通、设施联通、贸易畅通、"
                "资金融通、民心相通五大领域齐头并进。")[0]
    assert defines(found)["三位一体"] == {"基础设施", "制度规章", "人员交流"}
    assert defines(found)["五大领域"] == {"政策沟通", "设施联通", "贸易畅通", "资金融通", "民心相通"}


@pytest.mark.parametrize("text, term, parts", [
    ("工人、农民、知识分子三支基本社会力量，在新时期更加团结。", "三支基本社会力量", {"工人", "农民", "知识分子"}),
    ("将国土空间划分为优化开发、重点开发、限制开发和禁止开发四类主体功能区，实施不同的区域政策。", "四类主体功能区",
     {"优化开发", "重点开发", "限制开发", "禁止开发"}),
    ("全省生产总值连续跨越7万亿、8万亿、9万亿三个大台阶，年均增长5.9%。", "三个大台阶", {"7万亿", "8万亿", "9万亿"}),
])
def test_a_count_of_any_noun_right_after_as_many_parts(text, term, parts):
    assert defines(run(text)[0]).get(term) == parts


@pytest.mark.parametrize("text", [
    "北京、上海两个城市发展迅速。",  # places
    "我国农业、手工业和资本主义工商业的三大社会主义改造能够同时基本上完成。",  # the name goes on
    "纽约肯尼迪、拉瓜迪亚、纽瓦克三大机场航班起降一度暂停。",  # things of a kind, no formulation
    "中巴经济走廊“两大”公路、瓜达尔港先后落地。",  # a quoted count alone
])
def test_no_count_of_any_noun_over_places_things_or_a_name_that_goes_on(text):
    assert not [m for m in run(text)[0].mentions if m.label == "SLOGAN"]


def test_a_pair_after_the_verb_where_a_name_before_holds_another_join():
    text = "工业和信息化部坚持政策和服务两手抓。一方面，确保已出台政策落实到位；另一方面，组织开展服务月活动。"
    assert {("SLOGAN:两手抓", "SLOGAN:政策"), ("SLOGAN:两手抓", "SLOGAN:服务")} == pairs(run(text)[0], "DEFINES")


def test_a_quoted_count_that_points_back_to_the_list_of_the_clause_before():
    text = "要下大气力抓理论创新、抓科技创新、抓科学管理、抓人才集聚、抓实践创新，这“五抓”为军队创新驱动发展指明了方向。"
    assert defines(run(text)[0]) == {"五抓": {"抓理论创新", "抓科技创新", "抓科学管理", "抓人才集聚", "抓实践创新"}}
    assert not defines(run("要抓理论创新、抓科技创新，这“五抓”指明了方向。")[0])  # (two listed: no count of five)


def test_a_spirit_named_after_its_quoted_traits_but_not_after_a_quoted_motto_of_two():
    found = defines(run("一代代特区建设者发扬“敢闯敢试、敢为人先、埋头苦干”的特区精神。")[0])
    assert found == {"特区精神": {"敢闯敢试", "敢为人先", "埋头苦干"}}
    assert not defines(run("“有时间做志愿者、有困难找志愿者”和“我为人人、人人为我”的雷锋精神广为传扬。")[0])


def test_quoted_parts_then_what_is_said_of_the_count():
    found = defines(run("并以“连续性、创新性、统一性、包容性、和平性”深刻总结中华文明的五个突出特性。")[0])
    assert found == {"五个突出特性": {"连续性", "创新性", "统一性", "包容性", "和平性"}}


def test_a_code_of_groups_pointing_back_to_the_list_before_it():
    found = defines(run("旅游消费向旅游景区、度假区、街区和商圈这“三区一圈”集中。")[0])
    assert found == {"三区一圈": {"旅游景区", "度假区", "街区", "商圈"}}


def test_a_guide_counted_by_its_characters_unquoted():
    found = defines(run("总书记对公安工作提出了十六字总要求，“对党忠诚、服务人民、执法公正、纪律严明”这十六个字成了总纲领。")[0])
    assert found == {"十六字总要求": {"对党忠诚", "服务人民", "执法公正", "纪律严明"}}


def test_the_standard_of_good_officials_by_its_known_parts():
    found = defines(run("把信念坚定、为民服务、勤政务实、敢于担当、清正廉洁的好干部标准落实到干部选拔任用工作中去。")[0])
    assert found == {"好干部标准": {"信念坚定", "为民服务", "勤政务实", "敢于担当", "清正廉洁"}}


def test_two_cities_before_the_quoted_count_they_make():
    found = defines(run("辽宁正在通过沈阳、大连的“双核”引领作用，以沈阳为核心打造现代化都市圈。")[0])
    assert found == {"双核": {"沈阳", "大连"}}


def test_a_list_its_own_count_closes_and_a_modifier_before_its_first_part():
    text = "西藏农牧业以青稞、牦牛、藏猪、藏羊、奶业、蔬菜、饲草7大产业为重点的“7＋N”产业发展格局已经形成。"
    assert defines(run(text)[0])["7+N"] == {"青稞", "牦牛", "藏猪", "藏羊", "奶业", "蔬菜", "饲草"}
    found = defines(run("会晤推动金砖合作从传统的经济、政治“双轨并进”，向经济、政治、人文“三轮驱动”转变。")[0])
    assert found == {"双轨并进": {"经济", "政治"}, "三轮驱动": {"经济", "政治", "人文"}}


def test_a_count_of_measures_or_tasks_in_aspects_numbered_in_the_sentences_after():
    result = run("《意见》提出八个方面的政策措施。一是鼓励先进技术设备进口。二是稳定资源性产品进口。三是合理增加一般消费品进口。"
                 "四是大力发展服务贸易进口。五是进一步优化进口环节管理。六是提高进口贸易便利化水平。七是发展进口促进平台。"
                 "八是积极参与多双边合作。")[0]
    assert defines(result)["八个方面的政策措施"] >= {"鼓励先进技术设备进口", "积极参与多双边合作"}
    assert "四方面的主要任务" in defines(run("《指导意见》明确四方面的主要任务：一是改革体制机制。二是加快重点领域发展。"
                                           "三是支持创新发展。四是加强事中事后监管。")[0])
    other = run("《纲要》提出了15个方面的重点任务和4个方面的保障措施。一是突出了高质量发展要求。二是注重强化定位和作用。"
                "三是充分体现以人民为中心。四是更好统筹发展和安全。")[0]  # (another count before it: the points are traits)
    assert not defines(other)
    side = run("大冶一方面加速机电制造、饮品食品、建材、纺织服装等四大传统产业提档升级，另一方面培育新兴产业。")[0]
    assert defines(side)["四大传统产业"] == {"机电制造", "饮品食品", "建材", "纺织服装"}  # (一方面 opens the clause)


def test_the_secretaries_of_levels_run_together():
    result = run("落实一把手负责制，省市县乡村五级书记一起抓，为脱贫攻坚提供坚强政治保证。")[0]
    assert defines(result)["五级书记一起抓"] == {"省", "市", "县", "乡", "村"}
    assert not defines(run("省市县三级财政科技投入稳定增长，县乡村三级物流体系稳步构建。")[0])  # (levels of a system)


def test_known_parts_of_established_codes_and_spirits():
    found = run("全国文化科技卫生三下乡活动今天在河北拉开帷幕。")[0]
    assert {("SLOGAN:三下乡", f"SLOGAN:{part}") for part in ("文化", "科技", "卫生")} <= pairs(found, "DEFINES")
    found = run("朱婷表示，祖国至上、团结协作、顽强拼搏、永不言败是女排精神。")[0]
    assert ("SLOGAN:女排精神", "SLOGAN:永不言败") in pairs(found, "DEFINES")
    found = run("中央本级三公经费支出合计53.73亿元。其中：因公出国(境)费用17.44亿元，公务用车购置及运行维护费22.1亿元，"
                "公务接待费4.3亿元。")[0]
    assert ("SLOGAN:三公经费", "SLOGAN:公务接待费") in pairs(found, "DEFINES")


@pytest.mark.parametrize("text, term, parts", [
    ("我们致力于团结奋斗，致力于共同富裕，致力于全面发展，致力于永续发展，致力于和平发展，推动构建人类命运共同体。"
     "这五个“致力于”阐释了中国式现代化的主要特征。", "五个致力于",
     {"致力于团结奋斗", "致力于共同富裕", "致力于全面发展", "致力于永续发展", "致力于和平发展"}),
    ("对被巡视党组织落实政治责任进行监督，紧紧围绕落实党中央方针政策、落实党委主体责任、落实纪委监督责任，"
     "以及落实监督检查发现问题整改任务等“四个落实”开展监督检查。", "四个落实",
     {"落实党中央方针政策", "落实党委主体责任", "落实纪委监督责任", "落实监督检查发现问题整改任务"}),
])
def test_clauses_opening_with_the_counted_word_before_it(text, term, parts):
    """The clauses before a count of a word that open with the word, the last ones of a longer run that holds it."""
    assert defines(run(text)[0])[term] == parts


def test_clauses_opening_with_the_counted_word_need_the_count():
    text = "我们致力于团结奋斗，致力于共同富裕，致力于全面发展。这五个“致力于”阐释了中国式现代化的主要特征。"
    assert "五个致力于" not in defines(run(text)[0])


def test_points_of_a_hope_leave_out_whom_they_are_addressed_to():
    text = ("习近平提出三点希望。一是希望同志们积极为大会召开营造良好氛围，坚持党的领导。二是希望同志们紧紧围绕大局履职尽责，"
            "深入调查研究。三是希望同志们把政治交接贯穿换届工作全过程，做好各项工作。")
    assert defines(run(text)[0])["三点希望"] == {"积极为大会召开营造良好氛围", "紧紧围绕大局履职尽责",
                                                  "把政治交接贯穿换届工作全过程"}


def test_two_nouns_before_a_pair_beat_the_other_spelling_in_the_sentence():
    text = ("我们要站在统筹中华民族伟大复兴战略全局和世界百年未有之大变局的高度，统筹国内国际两个大局、发展安全两件大事，"
            "充分发挥优势。")
    assert defines(run(text)[0])["两个大局"] == {"国内", "国际"}


def test_a_part_printed_in_two_spellings_is_taken_in_todays():
    text = ("“四个全面”是人民的事业。从全面建成小康社会到全面建设社会主义现代化国家，追求共同富裕；全面深化改革，强调人民"
            "关心什么；全面依法治国，让人民感受到公平正义；全面从严治党，保持同人民群众的血肉联系。")
    assert defines(run(text)[0])["四个全面"] == {"全面建设社会主义现代化国家", "全面深化改革", "全面依法治国", "全面从严治党"}


def test_clauses_of_a_count_of_one_character_after_that_is():
    text = ("中国坚持做到“五不”，即：不干预非洲国家探索符合国情的发展道路，不干涉非洲内政，不把自己的意志强加于人，"
            "不在对非援助中附加任何政治条件，不在对非投资融资中谋取政治私利。")
    assert defines(run(text)[0])["五不"] == {"不干预非洲国家探索符合国情的发展道路", "不干涉非洲内政", "不把自己的意志强加于人",
                                             "不在对非援助中附加任何政治条件", "不在对非投资融资中谋取政治私利"}


def test_parts_of_one_character_quoted_before_a_count():
    text = "一张“陆、海、天、网”四位一体的交通图构建出新格局。"
    assert defines(run(text)[0])["四位一体"] == {"陆", "海", "天", "网"}


@pytest.mark.parametrize("text, term, parts", [
    ("习近平主席提出全球发展倡议、全球安全倡议、全球文明倡议。与会人士表示将同中国一道推动落实三大全球倡议。", "三大全球倡议",
     {"全球发展倡议", "全球安全倡议", "全球文明倡议"}),
    ("在本世纪内把我国建设成为农业、工业、国防和科学技术现代化的社会主义强国，实现四个现代化。", "四个现代化",
     {"农业", "工业", "国防", "科学技术"}),
])
def test_known_parts_of_national_formulations_printed_nearby(text, term, parts):
    assert defines(run(text)[0])[term] == parts


def test_known_parts_of_the_three_medicines():
    text = "推进“三医”协同发展和治理，医疗、医保、医药协同发展。"
    assert defines(run(text)[0])["三医"] == {"医疗", "医保", "医药"}


@pytest.mark.parametrize("text, term, parts", [
    ("党的十八大以来，我国依靠科技和改革双轮驱动，聚焦关键核心技术攻关。", "双轮驱动", {"科技", "改革"}),
    ("习近平肯定他们依靠村党组织带头人和致富带头人实施“双带”工程、帮助群众脱贫致富的做法。", "双带",
     {"村党组织带头人", "致富带头人"}),
])
def test_a_pair_after_a_verb_of_relying_on_it(text, term, parts):
    assert defines(run(text)[0])[term] == parts


def test_a_pair_after_the_verb_of_a_subject():
    assert defines(run("贵州坚守生态和发展两条底线，努力建设多彩贵州。")[0])["两条底线"] == {"生态", "发展"}


def test_clauses_a_formulation_includes_between_semicolons():
    text = ("中方愿启动“中国东盟健康之盾”合作倡议：包括再向东盟国家提供1.5亿剂新冠疫苗无偿援助；再向东盟抗疫基金追加500万美元，"
            "开展关键药物研发合作；帮助东盟加强基层公共卫生体系建设和人才培养。")
    assert defines(run(text)[0])["中国东盟健康之盾"] == {
        "再向东盟国家提供1.5亿剂新冠疫苗无偿援助", "再向东盟抗疫基金追加500万美元，开展关键药物研发合作",
        "帮助东盟加强基层公共卫生体系建设和人才培养"}


def test_parts_included_with_a_last_one_after_huanyou():
    text = "全面建设小康社会是“五位一体”整体推进的硬任务，包括经济、政治、文化、社会、还有生态这五个方面。"
    assert defines(run(text)[0])["五位一体"] == {"经济", "政治", "文化", "社会", "生态"}


def test_parts_of_a_quoted_count_without_the_noun_they_are_all_of():
    assert defines(run("要坚持耕地数量、质量、生态“三位一体”保护。")[0])["三位一体"] == {"数量", "质量", "生态"}
    assert defines(run("实行领导干部、专家、群众三结合。")[0]).get("三结合", set()) != {"干部", "专家", "群众"}


@pytest.mark.parametrize("mark", [("第一，", "第二，", "第三，", "第四，", "第五，"), ("一是", "二是", "三是", "四是", "五是")])
def test_points_numbered_from_the_sentence_after_a_count_on_into_the_paragraphs_after(mark):
    text = (f"习近平提出5点建议。{mark[0]}弘扬“上海精神”，坚持本组织发展之本。\n{mark[1]}坚持安全为先，巩固本组织发展之基。\n"
            f"{mark[2]}扩大务实合作，拓展本组织发展之路。\n{mark[3]}夯实人文基础，建设本组织发展之桥。\n{mark[4]}坚持开放包容，壮大合作队伍。")
    assert defines(run(text)[0])["5点建议"] == {"弘扬“上海精神”", "坚持安全为先", "扩大务实合作", "夯实人文基础", "坚持开放包容"}


def test_goals_listed_before_的_and_their_quoted_count_each_with_its_verb():
    text = "朝着实现共同发展、致力地区和平、携手振兴亚洲、促进世界繁荣的“四个伙伴”目标不断迈进。"
    assert defines(run(text)[0])["四个伙伴"] == {"实现共同发展", "致力地区和平", "携手振兴亚洲", "促进世界繁荣"}


@pytest.mark.parametrize("text, name, parts", [
    ("央视新闻新媒体将通过微信、微博、微视频、客户端，构建“三微一端”的新媒体报道集群。", "三微一端",
     {"微信", "微博", "微视频", "客户端"}),  # the groups run in one list in the clause before
    ("二是全方位贯彻“四水四定”原则。要坚决落实以水定城、以水定地、以水定人、以水定产，走好节约发展之路。", "四水四定",
     {"以水定城", "以水定地", "以水定人", "以水定产"}),  # each part holds every group, in the next sentence
    ("一个市场监管局就把食品的“生产-流通-消费”“三合一”的全过程监管。", "三合一", {"生产", "流通", "消费"}),  # dashes
    ("我国将实施高端装备创新发展工程：在航空航天装备、海洋工程装备及高技术船舶、先进轨道交通装备、高档数控机床、机器人装备、现代农机装备、"
     "高性能医疗器械、先进化工成套装备八大领域要实现自主研制。", "八大领域",
     {"航空航天装备", "海洋工程装备及高技术船舶", "先进轨道交通装备", "高档数控机床", "机器人装备", "现代农机装备",
      "高性能医疗器械", "先进化工成套装备"}),  # 在 frames the list, a modal before the verb after its count
])
def test_groups_in_one_list_parts_crossing_groups_parts_joined_by_dashes_and_a_list_framed_by_在(text, name, parts):
    assert defines(run(text)[0])[name] == parts


def test_a_code_of_numbers_named_in_as_many_frames_and_traits_of_a_spirit_framed_by_以_为():
    text = "构建“1+2+3”的合作格局，即以能源合作为主轴，以基础设施建设、贸易和投资便利化为两翼，以核能、航天卫星、新能源三大高新领域为突破口。"
    assert defines(run(text)[0])["1+2+3"] == {"能源合作", "基础设施建设", "贸易和投资便利化", "核能", "航天卫星", "新能源"}
    text = ("培育形成的以坚定正确的政治方向、解放思想实事求是的思想路线、全心全意为人民服务的根本宗旨、自力更生艰苦奋斗的创业精神"
            "为主要内容的延安精神，是党的宝贵精神财富。")
    assert defines(run(text)[0])["延安精神"] == {"坚定正确的政治方向", "解放思想实事求是的思想路线", "全心全意为人民服务的根本宗旨",
                                             "自力更生艰苦奋斗的创业精神"}


def test_a_counted_name_ends_before_a_word_much_more_frequent_than_the_one_across():
    text = "将丝绸之路经济带同塔方关心的能源、交通、粮食三大发展战略有效对接。"
    assert defines(run(text)[0])["三大发展战略"] == {"能源", "交通", "粮食"}


@pytest.mark.parametrize("text, name, parts", [
    ("推进伟大事业，必须坚持中国共产党领导，把党锻造得更加坚强有力；必须坚持以人民为中心，一切为了人民；必须坚持推进经济社会发展，"
     "不断壮大综合国力；必须加快推进国防和军队现代化，建成世界一流军队；必须维护世界和平和正义，推动构建人类命运共同体。"
     "这“五个必须”，是深刻的历史启示。", "五个必须",
     {"必须坚持中国共产党领导", "必须坚持以人民为中心", "必须坚持推进经济社会发展", "必须加快推进国防和军队现代化",
      "必须维护世界和平和正义"}),  # the clauses of the sentence before that open with the counted word
    ("中国经济要实现“双中高”，必须用好政府和市场这“两只手”，开启“双引擎”。", "两只手", {"政府", "市场"}),  # 这 points back
    ("中新关系在高水平的政治互信和互利双赢的经贸合作“双轮驱动”下发展很好。", "双轮驱动",
     {"高水平的政治互信", "互利双赢的经贸合作"}),  # 在…下 frames a pair of things, each as described
    ("他提炼出“不唯上、不唯书、只唯实，交换、比较、反复”这一充满唯物辩证法的“十五字诀”，善于从战略上思考问题。", "十五字诀",
     {"不唯上", "不唯书", "只唯实", "交换", "比较", "反复"}),  # as many characters, quoted before what points back
])
def test_clauses_before_a_count_of_their_word_pairs_pointed_back_to_or_framed_and_a_guideline_pointed_back_to(
        text, name, parts):
    assert defines(run(text)[0])[name] == parts


def test_an_alias_decoded_with_parts_unlike_the_known_ones_keeps_its_printed_name():
    text = ("建设中国－中亚命运共同体，要做到四个坚持：\n一是坚持守望相助。要深化战略互信。\n二是坚持共同发展。要实现发展战略对接。\n"
            "三是坚持普遍安全。要携手应对挑战。\n四是坚持世代友好。要开展人文交流。")
    assert defines(run(text)[0]) == {"四个坚持": {"坚持守望相助", "坚持共同发展", "坚持普遍安全", "坚持世代友好"}}
    text = "坚持四个坚持，即坚持社会主义道路，坚持人民民主专政，坚持中国共产党的领导，坚持马克思列宁主义毛泽东思想。"
    assert set(defines(run(text)[0])) == {"四项基本原则"}


def test_a_count_of_a_character_decoded_by_a_list_of_items_opening_with_it_printed_nearby():
    text = "双方同意继续秉持好邻居、好朋友、好同志、好伙伴精神，巩固中老传统友好。老挝将坚持按照“四好”精神推进合作。"
    assert defines(run(text)[0]) == {"四好": {"好邻居", "好朋友", "好同志", "好伙伴"}}
    text = "建设好学校、好医院、好公共设施。今年评选“三好”。"
    assert not defines(run(text)[0])


@pytest.mark.parametrize("text, name, parts", [
    ("中国和欧盟要积极致力于打造和平、增长、改革、文明四大伙伴关系，共同建设一个和平的世界。", "四大伙伴关系",
     {"和平", "增长", "改革", "文明"}),  # the 和 joins those who act, the verb governs the parts
    ("深入开展工业设备更新和技术改造扩能增量、提质增品、降本增利、提效增值四大重点行动。", "四大重点行动",
     {"扩能增量", "提质增品", "降本增利", "提效增值"}),  # as long as the other parts
])
def test_parts_after_a_verb_in_a_first_item_that_joins_others(text, name, parts):
    assert defines(run(text)[0])[name] == parts


def test_points_opened_by_shouxian_then_numbered():
    text = ("习近平就中德关系发展提出三点意见：\n首先，双方应该坚持正确的基本认知。中德始终是对话的伙伴。\n"
            "第二，中德合作务实开放，这是双方关系的最重要特色。\n第三，引领中欧关系健康稳定发展，这是共同努力的方向。")
    assert defines(run(text)[0])["三点意见"] == {"双方应该坚持正确的基本认知", "中德合作务实开放", "引领中欧关系健康稳定发展"}
    assert "三点意见" not in defines(run(text.replace("第二，", "另外，"))[0])  # (首先 alone opens no list)


def test_a_point_framed_by_mianduì_gives_its_second_clause():
    text = ("李强对亚投行未来发展提出三点希望。一是面对世界经济增长困境，更大力度支持成员提升发展能力。"
            "二是面对经贸格局重塑，更大范围增进国际对话交流协作。三是加强自身建设，更好发挥平台功能。")
    assert defines(run(text)[0])["三点希望"] == {"更大力度支持成员提升发展能力", "更大范围增进国际对话交流协作", "加强自身建设"}


def test_dashed_stages_joined_by_semicolons_whole_where_each_opens_with_its_date():
    text = ("按照中央确定的乡村振兴战略“三步走”时间表：\n——到2020年，乡村振兴取得重要进展，制度框架基本形成；\n"
            "——到2035年，乡村振兴取得决定性进展，农业农村现代化基本实现；\n——到2050年，乡村全面振兴。\n立足新时代")
    assert defines(run(text)[0])["三步走"] == {"到2020年，乡村振兴取得重要进展，制度框架基本形成",
                                            "到2035年，乡村振兴取得决定性进展，农业农村现代化基本实现", "到2050年，乡村全面振兴"}
    assert "三步走" not in defines(run(text.replace("——到2050年", "到2050年"))[0])  # (two dashes for three steps)


def test_phrases_of_a_guideline_opening_the_sentence_that_points_back_to_them():
    text = "对党忠诚、服务人民、执法公正、纪律严明，这是总书记对全国公安工作提出的十六字总要求，成了总纲领。"
    assert defines(run(text)[0]) == {"十六字总要求": {"对党忠诚", "服务人民", "执法公正", "纪律严明"}}
    assert not defines(run(text.replace("纪律严明", "纪律严明、作风过硬"))[0])  # (twenty characters for sixteen)


def test_a_list_after_a_code_of_groups_that_fills_its_groups_in_any_order():
    text = ("紧紧围绕建设“三区一中心”的战略定位。要紧紧围绕建设全面深化改革开放试验区、国家生态文明试验区、国际旅游消费中心、"
            "国家重大战略服务保障区的战略定位，科学谋划工作。")
    assert defines(run(text)[0])["三区一中心"] == {"全面深化改革开放试验区", "国家生态文明试验区", "国际旅游消费中心",
                                                "国家重大战略服务保障区"}
    text = "扎实推进“一带一路”建设，使其成为和平友谊纽带、共同繁荣之路。"
    assert defines(run(text)[0]).get("一带一路", set()) != {"和平友谊纽带", "共同繁荣之路"}  # (two alike: not enough)


def test_a_quoted_code_defined_by_是将_with_its_parts_counted():
    text = "“三证合一”是将企业登记注册过程中涉及的工商、税务、质监三个部门准入证照合为一个，申请人仅需填报一份表格。"
    assert defines(run(text)[0])["三证合一"] >= {"工商", "税务", "质监"}


def test_the_nation_as_the_scope_before_the_first_item_of_a_list():
    text = "从2019年的情况看，全国安全生产事故总量、较大事故和重特大事故实现“三个继续下降”，安全生产形势进一步好转。"
    assert defines(run(text)[0])["三个继续下降"] == {"安全生产事故总量", "较大事故", "重特大事故"}


def test_a_verb_and_its_complement_before_the_first_item():
    text = "中方愿同拉方一道，实施好团结、发展、文明、和平、民心“五大工程”，共谋发展振兴。"
    assert defines(run(text)[0])["五大工程"] == {"团结", "发展", "文明", "和平", "民心"}


def test_numbered_points_in_the_paragraphs_after_a_quoted_count_closing_its_sentence():
    text = ("我提议，为此做强和夯实“五大支柱”。\n第一，坚持政治上平等互信。要尊重各自选择的发展道路。\n"
            "第二，坚持经济上合作共赢。要秉持互利共赢的原则。\n第三，坚持文明上交流互鉴。要加强文化交流。\n"
            "第四，坚持安全上守望相助。要支持非洲。\n第五，坚持国际事务中团结协作。要共同维护。")
    assert defines(run(text)[0])["五大支柱"] == {"坚持政治上平等互信", "坚持经济上合作共赢", "坚持文明上交流互鉴",
                                              "坚持安全上守望相助", "坚持国际事务中团结协作"}


def test_a_list_after_the_verb_that_proposes_it_and_roles_after_即做():
    text = ("习主席高屋建瓴地提出深耕睦邻友好的示范田、建设高质量发展的合作带、强化守卫和平的防护盾、构建多元互动的大家庭、"
            "维护和平发展的地球村5点建议，得到积极响应。")
    assert defines(run(text)[0])["5点建议"] == {"深耕睦邻友好的示范田", "建设高质量发展的合作带", "强化守卫和平的防护盾",
                                               "构建多元互动的大家庭", "维护和平发展的地球村"}
    text = "习近平建议两国担当好“四个角色”，即做构建命运共同体的旗手、共建“一带一路”的先锋、民心相通的典范、团结协作的榜样。"
    assert defines(run(text)[0])["四个角色"] == {"构建命运共同体的旗手", "共建一带一路的先锋", "民心相通的典范", "团结协作的榜样"}


def test_pairs_without_their_leading_adverb_and_points_without_the_actor_they_share():
    text = "大力推动专业设置与产业需求、课程内容与职业标准、教学过程与生产过程“三对接”。"
    assert defines(run(text)[0])["三对接"] == {"专业设置与产业需求", "课程内容与职业标准", "教学过程与生产过程"}
    text = ("习近平就中德关系发展提出4点建议：\n第一，双方要密切高层交往，发挥双边对话机制作用。\n第二，双方要走开放、创新、"
            "共赢之路，开展战略性合作。\n第三，双方要用好人文交流对话机制，深化合作。\n第四，双方要加强国际组织中的协调和配合，"
            "保持沟通。")
    assert defines(run(text)[0])["4点建议"] == {"密切高层交往", "走开放、创新、共赢之路", "用好人文交流对话机制",
                                               "加强国际组织中的协调和配合"}


def test_the_subjects_of_what_they_become():
    text = "一季度，工业、消费、进出口成为支撑一季度经济增速加快的三大主要力量。"
    assert defines(run(text)[0])["三大主要力量"] == {"工业", "消费", "进出口"}


def test_the_points_of_the_item_under_a_headline_that_names_a_count():
    text = ("今年重点推进三大改革任务\n记者从国家发展改革委了解到，今年将着重从三个方面推进改革。一是深化企业改革，开展试点示范。"
            "二是持续推进简政放权。三是深化投融资体制改革。\n下一条新闻\n")
    assert defines(run(text)[0])["三大改革任务"] == {"深化企业改革", "持续推进简政放权", "深化投融资体制改革"}


@pytest.mark.parametrize("text, term, parts", [
    ("制定完善“三线一单”，也就是生态保护红线，资源利用上线，环境质量底线和环境准入负面清单。", "三线一单",
     {"生态保护红线", "资源利用上线", "环境质量底线", "环境准入负面清单"}),  # parts separated by commas
    ("全球安全倡议以“六个坚持”为核心要义，即坚持共同、综合、合作、可持续的安全观，坚持尊重各国主权、领土完整，"
     "坚持遵守联合国宪章宗旨和原则，坚持重视各国合理安全关切，坚持通过对话协商以和平的方式解决国家间的分歧和争端，"
     "坚持统筹维护传统领域和非传统领域安全。", "六个坚持",
     {"坚持共同、综合、合作、可持续的安全观", "坚持尊重各国主权、领土完整", "坚持遵守联合国宪章宗旨和原则",
      "坚持重视各国合理安全关切", "坚持通过对话协商以和平的方式解决国家间的分歧和争端", "坚持统筹维护传统领域和非传统领域安全"}),
    ("形成了经济、政治、人文并驾齐驱的“三轮驱动”新格局。", "三轮驱动", {"经济", "政治", "人文"}),  # what they do together
])
def test_parts_by_commas_clauses_of_one_verb_and_a_list_before_what_it_does(text, term, parts):
    assert defines(run(text)[0]) == {term: parts}


def test_numbered_points_separated_by_commas_keep_their_reading():
    text = "中方对巴黎大会成果有四点期待：一要坚持原则，二要全面均衡，三要引领方向，四要提供保障。"
    assert defines(run(text)[0]) == {"四点期待": {"坚持原则", "全面均衡", "引领方向", "提供保障"}}


def test_parts_framed_by_what_they_do_not_limit():
    text = "建立不受行政级别、事业编制、岗位设置、工资总额限制的“四不原则”。"
    assert defines(run(text)[0]) == {"四不原则": {"行政级别", "事业编制", "岗位设置", "工资总额"}}


def test_points_numbered_by_order_words_past_a_list_inside_the_first():
    text = ("习近平提出3点建议。第一，团结合作，携手抗疫。国际社会应该：一是加强合作，二是提高能力，三是推动共享。"
            "第二，加强协调，促进复苏。要加强宏观政策协调。第三，普惠包容，共同发展。发达国家要履行承诺。")
    assert defines(run(text)[0]) == {"3点建议": {"团结合作，携手抗疫", "加强协调，促进复苏", "普惠包容，共同发展"}}


@pytest.mark.parametrize("text, term, parts", [
    ("工信部还将以大中小企业创新链、产业链、供应链、数据链、资金链、服务链、人才链，“七条链”为着力点，保链稳链。", "七条链",
     {"创新链", "产业链", "供应链", "数据链", "资金链", "服务链", "人才链"}),  # the list, a comma, then its quoted count
    ("每个村安排1名联系干部、1个帮扶单位、1个驻村工作组、1名第一书记、1名农技员，实现“五个一”全覆盖。", "五个一",
     {"1名联系干部", "1个帮扶单位", "1个驻村工作组", "1名第一书记", "1名农技员"}),  # a verb that links them between
])
def test_a_list_in_the_clause_before_a_quoted_count(text, term, parts):
    assert defines(run(text)[0])[term] == parts


def test_no_parts_for_one_of_each_after_a_list_in_the_clause_before():
    text = "推动非主业非优势业务出清、同质化业务重组整合，“一企一策”开展亏损企业治理。"
    assert "一企一策" not in defines(run(text)[0])


def test_two_nouns_alike_after_a_verb_of_one_character():
    text = "提升粮食产能仍然是首要任务，关键还是抓耕地和种子两个要害。"
    assert defines(run(text)[0]) == {"两个要害": {"耕地", "种子"}}
    assert defines(run("落实碳排放总量和强度双控制度。")[0]).get("双控", set()) != {"总量", "强度"}


def test_a_count_before_a_colon_and_as_many_clauses_by_semicolons():
    text = ("推动长江经济带发展需要正确把握5个关系：正确把握整体推进和重点突破的关系；正确把握生态环境保护和经济发展的关系；"
            "正确把握总体谋划和久久为功的关系；正确把握破除旧动能和培育新动能的关系；正确把握自身发展和协同发展的关系。")
    assert len(defines(run(text)[0])["5个关系"]) == 5
    sections = "报告分为4个部分：回顾过去五年的工作；分析当前形势；部署今后的任务；加强自身建设。"
    assert names(sections, "SLOGAN") == set()  # the sections of a text, no formulation


def test_the_points_numbered_after_an_initiative_without_a_count():
    text = ("第二，我们必须复苏经济。习近平提出全球发展倡议：一是坚持发展优先。将发展置于突出位置。二是坚持以人民为中心。"
            "在发展中保障和改善民生。三是坚持普惠包容。关注发展中国家特殊需求。第三，我们必须加强团结。")
    assert defines(run(text)[0]) == {"全球发展倡议": {"坚持发展优先", "坚持以人民为中心", "坚持普惠包容"}}


def test_the_first_of_a_list_of_actions_keeps_its_own_verb():
    text = "陈锡文说，要紧紧扭住发展现代农业、增加农民收入、建设社会主义新农村三大任务，不断推进改革。"
    assert defines(run(text)[0]) == {"三大任务": {"发展现代农业", "增加农民收入", "建设社会主义新农村"}}


def test_numbered_points_lose_the_lead_they_share_before_the_counted_head():
    text = ("要坚持源头防治，调整“四个结构”。一是要调整产业结构，减少过剩产能。二是要调整能源结构，减少煤炭消费。"
            "三是要调整运输结构，减少公路运输量。四是要调整农业投入结构，减少化肥使用量。")
    assert defines(run(text)[0]) == {"四个结构": {"产业结构", "能源结构", "运输结构", "农业投入结构"}}


def test_the_counted_word_said_once_before_the_first_part():
    text = "粥店的每一个人心里还装着“三个尊重”：尊重捐赠者、志愿者和受捐者的意愿。"
    assert defines(run(text)[0]) == {"三个尊重": {"捐赠者", "志愿者", "受捐者"}}


def test_a_year_s_top_ten_list_introduced_by_includes_with_spaces_after_the_numbers():
    items = "".join(f"{k}. 第{k}条新闻标题内容 副标题" for k in range(1, 11))
    text = f"总台今天发布2024国内十大新闻。2024国内十大新闻包括：{items}\n下一条。"
    assert defines(run(text)[0])["国内十大新闻"] == {f"第{k}条新闻标题内容" for k in range(1, 11)}


def test_the_parts_of_a_count_of_a_word_keep_the_word():
    text = ("中俄关系之所以能够取得这些成就，得益于双方始终做到“五个坚持”。\n一是坚持以相互尊重为根本，始终相互支持。\n"
            "二是坚持以合作共赢为动力，构建新格局。\n三是坚持以世代友好为基础，传递友谊。\n四是坚持以战略协作为支撑，引领方向。\n"
            "五是坚持以公平正义为宗旨，维护和平。\n")
    assert defines(run(text)[0]) == {"五个坚持": {"坚持以相互尊重为根本", "坚持以合作共赢为动力", "坚持以世代友好为基础",
                                              "坚持以战略协作为支撑", "坚持以公平正义为宗旨"}}


def test_counted_battles_after_a_colon_separated_by_commas():
    text = "要全力打好三大标志性战役：黄河“几字弯”攻坚战，科尔沁、浑善达克两大沙地歼灭战，河西走廊—塔克拉玛干沙漠边缘阻击战。"
    assert defines(run(text)[0])["三大标志性战役"] == {"黄河“几字弯”攻坚战", "科尔沁、浑善达克两大沙地歼灭战",
                                                  "河西走廊—塔克拉玛干沙漠边缘阻击战"}


def test_comma_clauses_after_a_colon_that_are_no_alike_parts():
    text = "记者注意到，这座城市的目标中有四个“超过”：力争到2025年，研发投入强度超过4%，技术交易额超过8000亿元，高新技术企业超过1.8万家。"
    assert "力争到2025年" not in defines(run(text)[0]).get("四个超过", set())


def test_parts_of_one_character_and_a_last_word_of_two():
    text = "各地按高标准规划路、水、电、气、光纤“五网”建设，补短板，打基础。"
    assert defines(run(text)[0]) == {"五网": {"路", "水", "电", "气", "光纤"}}


def test_a_pair_whose_first_part_holds_a_verb_inside_its_name():
    text = "要注重开发强度管控，实现城市开发边界和生态红线“两线合一”。"
    assert defines(run(text)[0]) == {"两线合一": {"城市开发边界", "生态红线"}}


def test_a_last_item_ending_with_a_modal_and_its_verb_governs_the_count():
    text = "这次调整是指一方是独生子女的夫妇可以生育两个孩子，并不是全面放开、所有家庭都可以生育两个孩子。"
    assert "两个孩子" not in defines(run(text)[0])


def test_an_open_plus_code_after_the_codes_quoted_before_it():
    text = "今年，“文化+科技”“文化+金融”“文化+旅游”等“文化+N”战略将使湖南的文化创新收获更多成果。"
    assert defines(run(text)[0])["文化+N"] == {"文化+科技", "文化+金融", "文化+旅游"}
