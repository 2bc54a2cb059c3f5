"""COMPANY: legal names with suffixes, brackets and branches; left boundary; aliases and short names."""
import pytest
from helpers import names, pairs, run



def companies(result) -> set[str]:
    return {m.name for m in result.mentions if m.label == "COMPANY"}


def surfaces(result) -> list[tuple[str, str]]:
    return [(m.text, m.name) for m in result.mentions if m.label == "COMPANY"]


@pytest.mark.parametrize("text, expected", [
    ("长城汽车股份有限公司重庆分公司负责人作交流发言。", {"长城汽车股份有限公司重庆分公司"}),
    ("中船西南（重庆）装备研究院有限公司正式揭牌。", {"中船西南（重庆）装备研究院有限公司"}),
    ("重庆美的通用制冷设备有限公司、中信建投资本管理有限公司负责人作了交流发言。",
     {"重庆美的通用制冷设备有限公司", "中信建投资本管理有限公司"}),
    ("重庆中科云从科技有限公司、赛力斯集团股份有限公司签约。", {"重庆中科云从科技有限公司", "赛力斯"}),  # known: 赛力斯
])
def test_company_legal_names(text, expected):
    assert companies(run(text)[0]) == expected


@pytest.mark.parametrize("text, expected", [
    ("位于巴南区的重庆美心门业有限公司加快数字化改造。", {"重庆美心门业有限公司"}),
    ("记者来到重庆京东方光电科技有限公司生产车间。", {"重庆京东方光电科技有限公司"}),
    ("近日，重庆川仪精密机械有限公司新增一条产线。", {"重庆川仪精密机械有限公司"}),
    ("而中国出版集团公司目前已建成28家海外出版发行网点。", {"中国出版集团公司"}),  # (而: "while", no part of it)
])
def test_company_left_boundary(text, expected):
    assert companies(run(text)[0]) == expected


def test_company_left_boundary_keeps_place_outside():
    result = run("位于巴南区的重庆美心门业有限公司加快数字化改造。")[0]
    assert {m.name for m in result.mentions if m.label == "PLACE"} == {"巴南区"}


def test_company_alias_intro_is_same_entity():
    text = "重庆川仪精密机械有限公司（以下简称“川仪精密”）是一家专精特新企业。川仪精密今年产值增长20%。"
    result = run(text)[0]
    assert companies(result) == {"重庆川仪精密机械有限公司"}
    assert [s for s, _ in surfaces(result)] == ["重庆川仪精密机械有限公司", "川仪精密", "川仪精密"]
    assert "川仪精密" not in {m.name for m in result.mentions if m.label == "SLOGAN"}


def test_company_alias_found_in_other_documents():
    _, later = run("重庆川仪精密机械有限公司（以下简称“川仪精密”）成立于2009年。", "川仪精密今年产值增长20%。")
    assert surfaces(later) == [("川仪精密", "重庆川仪精密机械有限公司")]


def test_company_short_name_from_full_name_in_corpus():
    full, short = run("重庆植恩生物技术股份有限公司负责人作交流发言。", "会上，植恩生物技术围绕会议主题作交流发言。")
    assert companies(full) == {"重庆植恩生物技术股份有限公司"}
    assert surfaces(short) == [("植恩生物技术", "重庆植恩生物技术股份有限公司")]


def test_company_known_names_share_the_gazetteer_name():
    full, short = run("重庆长安汽车股份有限公司负责人作交流发言。", "会上，长安汽车、比亚迪、京东方A作交流发言。")
    assert companies(full) == {"长安汽车"}
    assert surfaces(short)[:2] == [("长安汽车", "长安汽车"), ("比亚迪", "比亚迪")]


@pytest.mark.parametrize("text, expected", [
    ("引进国药、华润、通用、中信等生物医药类央企。", {"国药集团", "华润", "通用", "中信"}),  # known names, and a word among them
    ("签约引进美国碧迪医疗、荷兰飞利浦等跨国公司。", {"碧迪医疗", "飞利浦"}),  # the country is not part of the name
    ("推动国有企业、民营企业等各类企业发展。", set()),
    ("省联投、省交投、省文旅集团等6家地方国企营收增长。", {"省联投", "省交投", "省文旅集团"}),
    ("卓尔控股董事长阎志表示。", {"卓尔控股"}),
    ("要加强生态保护。", set()),  # 强生 is inside 加强
    ("东风本田新能源、亿纬动力超级工厂等项目加快推进。", {"东风本田", "亿纬锂能"}),
    ("新组建省纺织集团、省外经贸集团、省农发集团。", {"省纺织集团", "省外经贸集团", "省农发集团"}),  # provincial groups
    ("支持省属企业集团做强做优，推动市属国有企业集团改革，全省集团化发展。", set()),  # kinds of groups
    ("永荣磷氟煤产业基地、盛义信煤焦化、裕能铜冶炼、瓮福江山新材料等一批百亿级重大项目落地。",
     {"盛义信", "裕能", "瓮福"}),  # firms before what their projects make (the first item may hold lead words)
    ("乡村振兴示范点、城市更新试点、老旧小区改造等项目。", set()),  # no industrial project, no firm
])
def test_company_lists_and_known_names(text, expected):
    assert companies(run(text)[0]) == expected


@pytest.mark.parametrize("text", [
    "公司加快发展。有限公司数量增长。",
    "该公司今年营收增长。",
    "国有企业改革深化提升。",
    "引导企业加大研发投入，支持民营企业发展壮大。",
    "用好稳岗返还、税费减免、就业补贴等政策支持企业减负稳岗。",  # a list of policies, not of firms
])
def test_company_not_without_name(text):
    assert companies(run(text)[0]) == set()


def test_company_kept_before_title():
    result = run("重庆长安汽车股份有限公司董事长朱华荣说，要加快智能网联新能源汽车发展。")[0]
    assert "长安汽车" in companies(result)  # the known company's name


@pytest.mark.parametrize("text, expected", [
    ("组建四川科创投资集团、省储备粮集团，四川农商联合银行开业运营。", {"四川科创投资集团", "省储备粮集团", "四川农商联合银行"}),
    ("抓好济南天岳碳化硅扩产、青岛物元先进封装、菏泽海辰等项目。", {"天岳", "物元", "海辰"}),  # firms behind projects
    ("推进城市更新、乡村振兴等项目。", set()),
    ("山东省滨州市沾化区汇宏新材料有限公司智慧工厂内。", {"汇宏新材料有限公司"}),  # an address before the name
    ("一家农业科技有限公司的工作人员查看农作物。", set()),
    ("北京银行业运行平稳。", set()),  # the sector, not the bank
])
def test_company_groups_banks_and_projects(text, expected):
    assert companies(run(text)[0]) == expected


@pytest.mark.parametrize("text, expected", [
    ("吉利新车型产销两旺。", {"吉利控股集团"}),  # an ambiguous known name before what it makes
    ("推动吉利贵阳基地扩大整车生产规模。", {"吉利控股集团"}),  # … after a place
    ("阿里通义千问等一批大模型加速发展。", {"阿里巴巴"}),  # … after a brand of its own
    ("湘潭吉利新能源汽车项目建成投产。", {"吉利控股集团"}),  # … before an industrial product
])
def test_known_ambiguous_names_before_their_products(text, expected):
    assert names(text, "COMPANY") == expected


def test_an_ambiguous_name_opening_an_item_of_a_list_of_projects():
    text = "大唐压缩空气储能、浪潮服务器生产线等项目投产达效。"
    assert {"中国大唐", "浪潮集团"} <= {m.name for m in run(text)[0].mentions if m.label == "COMPANY"}
    for text in ("推进长城国家文化公园等项目建设。", "建成广湛高铁、深圳机场三跑道等项目。"):  # public works
        assert not [m for m in run(text)[0].mentions if m.label == "COMPANY"]


def test_no_company_from_an_ambiguous_name_before_ordinary_words():
    assert [m for m in run("推进长城国家文化公园建设。")[0].mentions if m.label == "COMPANY"] == []
    assert [m for m in run("提升北方国际航运枢纽服务能力。")[0].mentions if m.label == "COMPANY"] == []
    result = run("中国载人航天工程新闻发言人介绍，中国载人航天工程代表团访问。")[0]  # a programme, not the firm 航天工程
    assert [m for m in result.mentions if m.label == "COMPANY"] == []


def test_no_company_from_public_works_named_after_a_place():
    text = "靖安洪屏抽水蓄能电站二期、信丰电厂扩建、南昌瑶湖科学岛一期等项目开工建设。"
    assert [m for m in run(text)[0].mentions if m.label == "COMPANY"] == []


@pytest.mark.parametrize("text, expected", [
    ("九江石化年产150万吨芳烃项目开工。", {"九江石化"}),  # a refinery's firm named after its place
    ("镇海炼化扩建。", {"镇海炼化"}),
    ("打造湛江石化产业园。", set()),  # an industrial park
])
def test_refineries_named_after_their_place(text, expected):
    assert names(text, "COMPANY") == expected


def test_a_word_among_known_firms_in_a_list_of_firms():
    found = names("持续抓好北大荒、森工、龙煤等重点企业改革。", "COMPANY")
    assert "森工" in found
    assert not names("支持物流、金融、制造等企业发展。", "COMPANY")


@pytest.mark.parametrize("text, expected", [
    ("推进吉能集团、交投集团战略性重组。", {"吉能集团", "交投集团"}),  # 交投: an abbreviation the dictionary knows
    ("显著提升产投集团、森工集团竞争力。", {"产投集团", "森工集团"}),  # 森工 is a word, but listed with a group
    ("诺和诺德、中美史克、SMC等增资扩产。", {"诺和诺德", "中美史克", "SMC"}),  # what only firms do
    ("支持中小银行补充资本。", set()),
])
def test_groups_and_firms_by_their_lists(text, expected):
    assert names(text, "COMPANY") == expected


def test_gazetteer_rules():
    """companies.tsv as its header defines it: every form once, a known kind, ambiguous forms of their own line."""
    from policykg.extract.resources import DATA

    kinds = {"central_soe", "local_soe", "bank", "insurer", "securities", "foreign", "internet", "auto", "energy",
             "tech", "private", "listed", "other"}
    lines = [line.rstrip("\n").split("\t") for line in (DATA / "companies.tsv").open(encoding="utf-8")
             if not line.startswith("#")][1:]
    forms = [form for name, aliases, _, _ in lines for form in (name, *filter(None, aliases.split("|")))]
    assert len(forms) == len(set(forms))
    assert {kind for _, _, kind, _ in lines} <= kinds
    for name, aliases, _, ambiguous in lines:
        assert set(filter(None, ambiguous.split("|"))) <= {name, *aliases.split("|")}


@pytest.mark.parametrize("text, expected", [
    ("推进台山核电3、4号机组核准，加快中海壳牌三期建设。", {"台山核电", "中海壳牌"}),
    ("九牧王礼服“逐梦”巴黎奥运。", {"九牧王"}),  # not 九牧
    ("鞍钢、华锦集团、沈阳黎明和大连华锐重工签约。", {"鞍钢集团", "华锦集团", "沈阳黎明", "大连华锐重工"}),
    ("华电湖北公司与国家能源集团宁夏公司合作。", {"华电湖北公司", "国家能源集团宁夏公司"}),
])
def test_regional_groups_and_subsidiaries(text, expected):
    assert companies(run(text)[0]) == expected


def test_an_ambiguous_name_leaves_its_place():
    result = run("西安地铁15号线年内建成投运，支持中西部建设有特色、高水平大学。")[0]
    assert companies(result) == set()
    assert "西安市" in {m.name for m in result.mentions if m.label == "PLACE"}


@pytest.mark.parametrize("text, expected", [
    ("加快推进华电铁岭绿色氨醇等重点能源项目建设。", {"中国华电"}),  # an ambiguous short name before a place
    ("国网湖南主配网调控技术项目落地。", {"国网湖南"}),  # a state group's provincial company as printed
    ("比亚迪重庆基地投产。", {"比亚迪"}),
    ("国能天津电力公司等落地。", {"国能天津电力公司"}),  # a branch: the firm, a place, its company
    ("深入推进平安中国建设，建设平安四川。", set()),  # an everyday word before a place
])
def test_company_short_names_before_places(text, expected):
    assert names(text, "COMPANY") == expected


def test_a_bank_named_after_its_province():
    assert names("海南农商银行挂牌运营。", "COMPANY") == {"海南农商银行"}
    assert names("吉林农商行正式挂牌运营。要求农商行加大支持。", "COMPANY") == {"吉林农商行"}


def test_a_legal_name_before_its_legal_representative():
    assert names("北京长峰医院股份有限公司法定代表人汪文杰被逮捕。", "COMPANY") == {"北京长峰医院股份有限公司"}


def test_a_firm_named_by_a_word_of_its_own_before_a_bare_company():
    assert names("思哲睿公司成为国内行业领军企业。该公司表示。平台公司转型。三家公司增加。新能源公司增加，上市公司增加。",
                 "COMPANY") == {"思哲睿"}  # (the firm by its own name; 公司 stays in the text)


def test_abbreviations_of_central_enterprises():
    assert names("国电投、中能建、中电建在吉林投资，释放吉化120万吨乙烯项目产能。", "COMPANY") == \
        {"国家电投", "中国能建", "中国电建", "吉林石化"}


@pytest.mark.parametrize("text, expected", [
    ("做实金控集团主体功能。", {"金控集团"}),  # a verb of what is done to it, not its name
    ("长客自主研发首列氢能源市域列车。", {"中车长客"}),  # what a firm does after an ambiguous short name
])
def test_company_groups_after_verbs_and_short_names_doing_research(text, expected):
    assert names(text, "COMPANY") == expected


@pytest.mark.parametrize("text, expected", [
    ("能源集团、林草生态公司利润分别增长1倍和15倍。", {"能源集团", "林草生态公司"}),  # a company listed with a group
    ("与阿里、百度、京东、金山、360、科大讯飞等头部企业签约。", {"阿里巴巴", "百度", "京东", "金山软件", "360", "科大讯飞"}),
    ("英思特稀磁新材料在深交所上市。", {"英思特稀磁新材料"}),  # listed on an exchange
    ("全年有5家企业在北交所上市。支持地方融资平台公司、城投公司转型。", set()),
])
def test_firms_by_their_company_and_by_listing(text, expected):
    assert names(text, "COMPANY") == expected


@pytest.mark.parametrize("text, expected", [
    ("举办大会，联想智慧创新产业园达产。", {"联想集团"}),  # an ambiguous name before the park it builds
    ("国网龙潭沟、华电西大峪抽水蓄能电站纳入国家规划。", {"国家电网", "中国华电"}),  # before its power station
    ("由此联想到产业园的发展。", set()),
    ("联想创新园正式启用、产业园扩能发力。", {"联想集团"}),
    ("有色高新材料中试线、修正生物医药产业园等项目加快推进。", {"修正药业"}),  # 正生 is a word: the reading decides
    ("抓好中粮油脂年产60万吨油料等项目建设。", {"中粮油脂"}),  # a firm's own name, not 中粮 (粮油 is a word)
    ("我们要及时修正错误，修正生产计划。", set()),
])
def test_ambiguous_names_before_what_the_firm_builds(text, expected):
    assert names(text, "COMPANY") == expected


@pytest.mark.parametrize("text, expected", [
    ("支持奥迪一汽新能源车型批量投产上市。", {"奥迪一汽"}),  # a joint venture as printed
    ("比亚迪弗迪电池项目投产。", {"比亚迪", "弗迪电池"}),  # a firm and its subsidiary
    ("拓展农发、旅控、吉勤集团战略性布局。", {"农发", "旅控", "吉勤集团"}),  # short names listed with a group
    ("推动钢铁、化工、建材集团发展。", set()),
])
def test_joint_ventures_and_short_names_listed_with_a_group(text, expected):
    assert names(text, "COMPANY") == expected


def test_firms_in_a_list_of_landmark_projects():
    text = "沈飞局部搬迁、鼎际得高端新材料、恒力重工二期等一批标志性产业项目开工。"
    assert "鼎际得" in names(text, "COMPANY")


def test_firms_named_by_their_projects():
    found = names("加快推进中石化煤制烯烃、荣盛煤化一体化、赛盛新材料、远景零碳电池等一批百亿级项目。", "COMPANY")
    assert {"中国石化", "荣盛石化", "赛盛", "远景科技集团"} <= found
    assert not names("展望2035年远景目标，编制远景规划。", "COMPANY")


def test_companies_founded_under_their_names():
    found = names("与中石油共同组建新塔油气联合勘探公司、新海天然气管道公司。", "COMPANY")
    assert {"新塔油气联合勘探公司", "新海天然气管道公司"} <= found
    assert not names("组建医药、环保等3家专业化产业公司。成立项目公司。组建平台公司。组建省级中试研发公司。", "COMPANY")


def test_a_list_of_firms_ending_in_a_word_with_its_等():
    found = names("支持超聚变、中创智领、许继、平高等领军企业全面提升。支持天兵科技、天章卫星等商业航天企业做大做优。", "COMPANY")
    assert {"中创智领", "平高", "天兵科技", "天章卫星"} <= found
    assert not names("依法平等保护各类企业。坚持公平、平等对待各类企业。", "COMPANY")


def test_no_group_or_bank_whose_name_a_word_runs_into():
    assert not names("保持高风险银行机构全面清零。", "COMPANY")


def test_a_firm_named_with_ordinary_words_is_not_spread_over_the_corpus():
    first, second = run("组建能源发展、数据、城市更新等一批主业企业。", "推进城市更新行动。")
    assert not [m for m in second.mentions if m.label == "COMPANY"]


def test_a_known_firm_widened_to_its_works():
    mentions = [m for m in run("仪式在江南造船厂举行。比亚迪厂区建设。")[0].mentions if m.label == "COMPANY"]
    assert [(m.text, m.name) for m in mentions] == [("江南造船厂", "江南造船"), ("比亚迪", "比亚迪")]


def test_a_known_firm_widened_to_the_business_line_printed_after_it():
    mention = next(m for m in run("永州紫金锂业、邵阳基板玻璃等重大项目建成投产。")[0].mentions if m.label == "COMPANY")
    assert mention.text == "紫金锂业"


def test_firms_that_name_the_projects_of_a_list():
    text = "推动奕斯伟二期、唐晶半导体等项目释放产能。延长石油天然气工程、恒神高性能碳纤维等项目建成。"
    assert {"唐晶半导体", "恒神"} <= names(text, "COMPANY")
    assert names("加快实施海泰新能印尼光伏等项目。", "COMPANY") == {"海泰新能"}  # the verb leading the list left out
    assert names("加快通苏嘉甬铁路、富芯集成电路一期等项目建设。", "COMPANY") == {"富芯"}


def test_a_name_listed_with_one_known_firm_before_projects_or_firms():
    assert names("推动新和成、英力士等项目建设。", "COMPANY") == {"新和成", "英力士"}
    assert names("推动华为、生物医药等企业发展。", "COMPANY") == {"华为"}  # ordinary words
    assert names("建成投产习酒技改一期、董酒扩建一期等项目。", "COMPANY") <= {"习酒", "董酒"}  # phases of projects
    assert not names("加快杭温、沪苏湖等铁路项目建设。", "COMPANY")  # railways: no product


def test_banks_named_by_a_city_or_listed_with_a_bank():
    assert companies(run("营口银行发放贷款10亿元。")[0]) == {"营口银行"}
    assert companies(run("新疆银行吸收合并库尔勒银行。")[0]) >= {"新疆银行"}
    assert "库尔勒银行" in companies(run("吸收合并库尔勒银行、汇和银行。")[0])
    for text in ("鼓励大型银行、中小银行加大投放。", "引导政策性银行、商业银行支持小微企业。"):
        assert not companies(run(text)[0])


def test_a_stop_character_that_ends_a_noun_opens_no_name():
    assert "北京数据集团" in companies(run("组建北京数据集团，数智北京创新中心投入运行。")[0])
    assert "库尔勒银行" in companies(run("新疆银行吸收合并库尔勒银行、汇和银行。")[0])  # 并 of 合并 still cuts


def test_a_short_name_before_a_power_station_with_its_capacity():
    assert companies(run("开工建设南网720兆瓦储能电站等项目。")[0]) == {"南方电网"}


def test_oilfields_named_by_their_own_name_are_the_firms_that_work_them():
    assert companies(run("塔里木油田万米超深钻井刷新亚洲纪录。推动长庆油田增产。")[0]) == {"塔里木油田", "长庆油田"}
    for text in ("乌石、惠州油田顺利投产，新发现开平南油田。", "建设海上油田和老油田。两大油田产量稳定。", "年产38.8亿方的延安气田增产。"):
        assert not companies(run(text)[0])


def test_no_firms_from_lists_of_places_products_or_sectors_before_企业_or_项目():
    for text in ("加强与北上广深等地大型农工商龙头企业合作。", "加大对米面油等大宗食品生产企业监督。",
                 "支持济南、青岛、泰安等市推进火箭、卫星制造、航天配套等重大项目。", "抓好生物制造、氢能装备、同位素应用等项目建设。"):
        assert not companies(run(text)[0]), text
    assert companies(run("重组整合交投、水发、国资运营等省属企业。")[0]) >= {"水发"}


def test_short_names_listed_with_two_known_firms_whatever_the_list_ends_with():
    found = companies(run("华海清科、海光信息、安擎信息、合源生物、火眼位置等快速成长。")[0])
    assert {"安擎信息", "合源生物", "火眼位置"} <= found
    for text in ("川藏铁路、成渝中线高铁、成达万高铁等重大基础设施项目和京东方、沃尔沃等重大产业项目加快建设。",
                 "推动天河、中国电信、中国联通等算力资源拓展应用。", "推动中国星网、中国中化、中国华能总部等标志性疏解项目迁驻运营。"):
        assert not companies(run(text)[0]) & {"川藏铁路", "成渝中线高铁", "成达万高铁", "天河", "中国华能总部"}, text


def test_the_firm_before_a_projects_capacity_in_a_list_of_projects():
    text = "推动国达化工60万吨钾肥复合造粒、蓝科锂业碳酸锂装置改造、沃锦储热40万吨熔盐装置技术升级等项目建设。"
    assert {"国达化工", "沃锦储热"} <= companies(run(text)[0])
    for text in ("建设龙滩水电站100万千瓦扩建、洋浦港20万吨航道等项目。", "加快建设南网720兆瓦储能电站等项目。"):
        assert not companies(run(text)[0]) & {"龙滩水电站", "洋浦港", "建设南网"}, text


def test_a_firm_under_a_group_and_a_former_firm_start_at_their_own_name():
    found = companies(run("图书繁体版由联合出版集团旗下三联书店（香港）有限公司出版。")[0])
    assert "三联书店（香港）有限公司" in found
    assert "陕西交建公路工程试验检测有限公司" in companies(run("原陕西交建公路工程试验检测有限公司项目负责人蔺超虎。")[0])


def test_a_firms_name_ending_in_its_business_before_what_the_project_makes():
    text = "推进众擎机器人全球生产制造中心、仕佳光子通信芯片等项目建设。开工建设杭州芯光半导体芯片、沪乍杭铁路等项目。"
    assert {"仕佳光子", "芯光半导体"} <= companies(run(text)[0])


def test_a_firm_of_two_characters_no_dictionary_has_before_a_bare_公司():
    assert "天焦" in companies(run("实施涉钢、石化企业深度治理工程，天焦公司转型退出。")[0])
    for text in ("该公司转型退出。", "子公司转型退出。", "新公司转型退出。"):
        assert not companies(run(text)[0]), text


def test_company_lists_ended_by_kinds_of_firm_and_what_only_firms_do():
    text = ("促进诺和诺德、碧迪等重点外企，合源生物、瑞普生物等民企深化布局。推动电科蓝天、云遥宇航等扩大产能。"
            "信息技术产业依托曙光、海光、麒麟、飞腾、联想、中芯国际等头部企业强链补链。")
    assert {"碧迪", "合源生物", "瑞普生物", "电科蓝天", "云遥宇航", "麒麟", "飞腾"} <= names(text, "COMPANY")
    # ordinary words among a few known firms only
    assert "苹果" not in names("推动苹果、香蕉、华为等企业发展。", "COMPANY")


def test_firms_named_by_a_rare_word_among_firms_projects_being_built():
    text = "推动新和成南港新材料、飞毛腿绿色储能、恒瑞创新药、玉湖冷链交易中心等建设。"
    assert {"新和成", "飞毛腿"} <= names(text, "COMPANY")
    # zones being built are no firms
    assert not names("推进惠州潼湖生态智慧区、江门大广海湾、肇庆新区等建设。", "COMPANY")


def test_a_province_opens_the_name_of_a_firm_named_by_its_project():
    found = names("推进桥头铝电50万吨绿电铝产能置换转型升级技改、青海辉源20万吨绿色高性能铝板带箔、青海广泰10万吨再生铝等项目建设。",
                  "COMPANY")
    assert "青海广泰" in found and "广泰" not in found


@pytest.mark.parametrize("text", ["来自中东地区的22家跨国公司组团参会。", "来自中东地区的跨国公司组团参会。"])
def test_a_kind_of_firm_after_的_is_no_company(text):
    assert companies(run(text)[0]) == set()


def test_a_verb_before_a_list_of_projects_names_no_firm():
    assert companies(run("抓实风电光伏、新一代煤电、新型储能等11个重点领域项目。")[0]) == set()


@pytest.mark.parametrize("text", ["境内上市公司数量增至184家。", "提升上市公司质量。"])
def test_a_kind_of_firm_named_by_what_it_is_is_no_company(text):
    assert companies(run(text)[0]) == set()


def test_no_firm_from_a_count_of_a_kind_of_bank():
    assert not [m for m in run("新增上市公司10家，35家村镇银行完成改革任务。")[0].mentions if m.label == "COMPANY"]


def test_a_state_group_before_a_place_a_word_runs_across():
    assert "中国船舶集团" in names("中船集团上海外高桥造船建造的全球首艘风帆助推油轮命名。", "COMPANY")


def test_a_refinery_named_after_its_place_also_where_the_dictionary_reads_one_word():
    found = names("九江石化扩能。推动上海石化转型。湛江石化产业园建设。", "COMPANY")
    assert {"九江石化", "上海石化"} <= found and not {name for name in found if "产业园" in name}


def test_a_firm_named_after_a_place_opening_an_item_of_a_list_of_projects():
    text = "推进比亚迪新能源商用车、中州时代电池三期、中创新航动力电池等项目建设。储热装置技术升级、青海时代动力电池极片等项目有序实施。" \
           "推进榆林煤化工、西安电池基地等项目。"
    found = names(text, "COMPANY")
    assert {"中州时代", "青海时代"} <= found and not {name for name in found if name.startswith(("西安", "榆林"))}


def test_unknown_names_listed_with_firms_that_open_or_end_the_items():
    text = "长江存储二期、东风岚图、邦普时代等1.1万个重大产业项目建成运营。推进温福高铁、长江存储二期、东风岚图等项目。"
    found = names(text, "COMPANY")
    assert "邦普时代" in found and "温福高铁" not in found


def test_a_firm_brought_to_a_zone_is_named_without_it():
    text = "深儋合作区落地深农集团、深圳港集团等企业。"
    assert companies(run(text)[0]) == {"深农集团", "深圳港集团"} and "深儋合作区" in names(text, "PLACE")


def test_no_firm_before_a_known_one_in_a_list_of_projects():
    text = "巴斯夫核心装置、埃克森美孚一期、华润微电子12英寸产线、深汕比亚迪二期等一批重大项目建成投产。"
    assert companies(run(text)[0]) == {"巴斯夫", "埃克森美孚", "华润微", "比亚迪"}


def test_firms_before_a_bare_gongsi_by_names_of_their_own():
    text = "思哲睿公司成为国内行业领军企业，天有为公司在科创板上市。康养等领域，支持吉翼公司发展。李克强考察了美翻公司的培训。"
    assert companies(run(text)[0]) == {"思哲睿", "天有为", "吉翼", "美翻"}
    assert not companies(run("支持城投公司转型。考察了该公司。锐意改革，努力把公司做强做优做大。农户占60%、村集体公司占20%。")[0])


def test_a_firm_named_after_its_city_keeps_it_when_the_rest_is_ordinary_words():
    found = companies(run("宁夏吴忠仪表有限责任公司党委书记马玉山。山东省滨州市沾化区汇宏新材料有限公司智慧工厂。")[0])
    assert "汇宏新材料有限公司" in found and not found & {"仪表有限责任公司"}


def test_what_only_firms_do_makes_an_ambiguous_name_a_firm():
    assert "中国电子" in companies(run("中国电子增资麒麟软件。")[0])
    assert "中国电子" not in companies(run("中国电子商务发展迅速。")[0])


def test_an_ambiguous_short_name_listed_with_a_known_firm():
    assert companies(run("一重、哈电等企业实现创新突破。")[0]) == {"中国一重", "哈电集团"}
    assert not companies(run("一重又一重的山峦。")[0])


def test_a_short_name_that_opens_a_longer_list_item_is_not_that_firm():
    found = companies(run("加快华为、火山引擎、世纪互联、中金数据等智算中心建设。中远海运、招商局、国能航运等央企新业务板块落地。")[0])
    assert {"火山引擎", "世纪互联", "中金数据", "国能航运"} <= found
    assert not found & {"中金公司", "国家能源集团"}


def test_a_firm_before_its_head_office_for_a_country_or_region_and_no_place_of_that_office():
    text = "思可源生物燃料中国区总部、中旅国际西南区域总部等落户重庆。"
    assert names(text, "COMPANY") == {"思可源生物燃料", "中旅国际"}
    assert names(text, "PLACE") == {"重庆市"}
    assert not names("吸引跨国公司中国区总部落户。建设重庆区域总部基地。", "COMPANY")


def test_a_state_group_named_in_full_is_not_widened_to_the_province_where_its_plant_is():
    assert names("国家能源集团宁夏灵武400万千瓦光伏基地建成。", "COMPANY") == {"国家能源集团"}
    assert names("国网湖南完成投资。", "COMPANY") == {"国网湖南"}


def test_a_three_character_firm_with_words_across_both_edges_is_inside_them():
    assert not names("建设省级技术创新和成果转化平台。", "COMPANY")  # 创|新和成|果: not 新和成
    assert names("支持新和成、比亚迪等企业。", "COMPANY") == {"新和成", "比亚迪"}


def test_the_banks_of_a_country_by_its_letter_are_a_kind():
    assert names("美国将允许与俄罗斯联邦储蓄银行等多家受制裁俄银行进行交易。", "COMPANY") == {"俄罗斯联邦储蓄银行"}


def test_a_clause_before_a_bare_company_names_none():
    assert names("在天津宏信建发租赁有限公司，李强听取公司业务经营情况汇报。希望诺华公司抓住机遇。", "COMPANY") == \
        {"天津宏信建发租赁有限公司", "诺华"}  # (not 李强听取公司, nor 希望诺华公司)
    assert names("《高端访谈》今晚播出西门子股份公司董事会主席博乐仁专访。", "COMPANY") == {"西门子"}


def test_a_list_of_sectors_before_firms_names_none():
    assert not names("吸引一批芯片制造、服务器生产、算力运维等上下游企业加速集聚。", "COMPANY")
    assert {"通用", "中信"} <= names("引进国药、华润、通用、中信等生物医药类央企和头部企业54家。", "COMPANY")  # known firms


def test_a_firm_s_short_name_read_across_two_words_is_none():
    assert names("中欧班列约占全国开行总量的四分之一。国开行超万亿元贷款支持。", "COMPANY") == {"国家开发银行"}
    assert len([m for m in run("中欧班列约占全国开行总量的四分之一。国开行超万亿元贷款支持。")[0].mentions
                if m.label == "COMPANY"]) == 1  # (全|国开行|总量: 全国 and 开行 are words)


def test_groups_and_banks_of_a_kind_are_none():
    text = "受美国多家银行关闭事件影响，瑞士第二大银行集团——瑞士信贷银行股价波动。浙江丽水对全市银行网点实施改造。"
    assert names(text, "COMPANY") == {"瑞士信贷"}
    assert not names("李克强强调，中国很多大型商业银行都是国有股份为主。我国许多大型企业集团走出去。", "COMPANY")


def test_a_list_joined_by_yiji_keeps_its_items_whole():
    found = names("工商银行、中国银行、交通银行以及中信集团、中国人保等中央金融企业。", "COMPANY")
    assert "交通银行" in found and not any(name.endswith("以") for name in found)


def test_an_airline_named_after_its_place_where_it_flies():
    assert {"济州航空", "成都航空"} <= names("韩国警方就济州航空空难对15人立案。该架飞机由成都航空接收运营。", "COMPANY")
    assert not names("打造成都航空枢纽，发展河北航空产业。", "COMPANY")


def test_no_bank_named_by_a_country_alone():
    assert not names("以色列对伊朗银行网络、伊朗国家电视台发动网络攻击。", "COMPANY")  # Iran's banks, a kind


def test_no_firm_across_a_date_in_brackets():
    assert not names("日本原子能规制委员会今天（7月22日）正式批准东京电力公司的排海计划。", "COMPANY")


def test_a_firm_abroad_named_after_what_it_trades_as():
    assert "威尔科" in names("10日，英国老牌连锁零售商威尔科宣告破产，进入管理程序。", "COMPANY")
    assert {"雷诺", "博世"} <= names("法国汽车制造商雷诺和德国供应商博世。", "COMPANY")
    assert not names("美国运营商多地断网。我国光伏制造商数量增加。", "COMPANY")


def test_a_bank_that_needs_context_as_a_party_to_an_agreement():
    assert "中国银行" in names("昨天，退役军人事务部与中国银行签署金融服务合作协议。", "COMPANY")
    assert "中国银行" in names("中国银行与重庆市政府签订战略合作协议。", "COMPANY")
    assert not names("提升中国银行业竞争力。", "COMPANY")


def test_no_known_firm_inside_a_word_of_four_characters():
    assert not names("11月9日晚，广东奥林匹克体育中心华灯璀璨。", "COMPANY")
    assert "匹克体育" in names("匹克体育发布财报。", "COMPANY")


def test_a_countrys_national_group_keeps_its_country():
    assert names("俄国家航天集团前总裁罗戈津称。俄罗斯国家航天集团表示。", "COMPANY") == {"俄国家航天集团", "俄罗斯国家航天集团"}


def test_no_airline_inside_an_airshow():
    assert not names("第十五届中国国际航空航天博览会在广东珠海闭幕。", "COMPANY")


def test_what_the_state_holds_is_no_holding_company():
    assert names("对关系国家安全的重要企业，国家必须控股；对其他企业，不必都要控股。卓尔控股发布公告。", "COMPANY") == {"卓尔控股"}


def test_a_countrys_central_bank_is_no_firm():
    assert not names("当伊朗能够自由出口石油、伊朗中央银行可以通过官方机制获得收入。", "COMPANY")


def test_a_kind_of_gas_field_is_no_firm():
    text = "我国首个深层千亿方页岩气田全面开建。中石化的四川威荣页岩气田项目建设全面铺开。长庆油田今天发布。"
    assert names(text, "COMPANY") == {"中国石化", "长庆油田"}


def test_a_firm_abroad_named_without_its_country():
    assert names("美国盖洛普公司3月1日公布的民调显示。", "COMPANY") == {"盖洛普公司"}
    assert "通讯公司" not in names("新华通讯社和巴西通讯公司共同主办。", "COMPANY")


def test_a_group_listed_after_another_keeps_its_ordinary_words():
    found = names("四川省组建运营好四川能源发展集团、数据集团、轨道交通集团。推动交投集团改革。", "COMPANY")
    assert {"轨道交通集团", "交投集团"} <= found


def test_a_kind_of_bank_is_no_firm():
    assert not names("用好政策性银行新增信贷和基础设施建设投资基金。", "COMPANY")


def test_the_places_of_firms_listed_are_not_their_names():
    text = "要对大同、开滦、抚顺等大型煤矿，天津、湖北、辽宁、四川、山东的大型碱厂等相当一部分企业进行改造。"
    assert not {"天津", "湖北", "辽宁", "四川"} & names(text, "COMPANY")


@pytest.mark.parametrize("text, expected", [
    ("包括鞍钢的九号炼铁炉、本溪工源水泥厂、包头第三电厂、阜新电厂、长春第一汽车厂、广东紫坭糖厂等，将要完成建设。",
     {"本溪工源水泥厂", "阜新电厂", "长春第一汽车厂", "广东紫坭糖厂"}),
    ("推动大唐抚州电厂、九江神华电厂建成投产。", {"大唐抚州电厂", "九江神华电厂"}),  # a firm and the place of its plant
])
def test_plants_named_after_their_place(text, expected):
    assert expected <= companies(run(text)[0])


@pytest.mark.parametrize("text", [
    "宁夏全数智化工厂加快建设。",  # a digital factory (数智化|工厂), no named plant
    "重庆新建电厂两座，各地水泥厂产量增长。",
    "包括鞍钢的九号炼铁炉、本溪工源水泥厂、阜新电厂等。",  # a part of a firm's works is no firm
])
def test_no_plant_without_a_name(text):
    assert not {name for name in companies(run(text)[0]) if name.endswith(("工厂", "电厂两座", "水泥厂", "炼铁炉"))
                and name not in ("本溪工源水泥厂",)}


def test_a_national_airline_after_a_preposition_in_both_passes():
    text = "奥巴马就马来西亚航空公司客机失去联系事件表达慰问。重庆就业服务有限公司成立。"
    assert {"马来西亚航空公司", "重庆就业服务有限公司"} <= companies(run(text)[0])


def test_a_firm_named_by_a_brand_and_its_trade_after_a_verb_of_visiting():
    found = names("13日下午，他来到惠龙易通物流公司考察。他又来到物流公司。走进新兴科技公司。中关村管委会联合银行、保险公司推出保险。",
                  "COMPANY")
    assert found == {"惠龙易通物流公司"}


def test_firms_abroad_named_with_their_country_when_the_rest_is_a_frequent_word():
    text = "在荷兰合作银行最新发布的报告中。巴西通讯公司。法国达飞集团。英国太古集团。伊利与美国最大牛奶公司DFA联手。美国侵略集团。东南亚防务集团。"
    assert names(text, "COMPANY") >= {"荷兰合作银行", "巴西通讯公司", "达飞集团", "太古集团"}
    assert not {"最大牛奶公司", "美国侵略集团", "侵略集团", "东南亚防务集团"} & names(text, "COMPANY")


def test_plants_of_more_kinds_and_no_firm_of_some_company_in_a_place():
    text = "武汉第二印刷厂扩产。阿依布拉克受聘到北京一家公司负责市场推广。推动蒙牛宁夏全数智化工厂建设。"
    assert names(text, "COMPANY") == {"武汉第二印刷厂", "蒙牛"}


def test_a_firm_named_after_what_it_is_and_no_firm_some_company_of_two_places():
    text = "她创办了全国首家中外合资企业广州航空服务有限公司。前不久，浙江温州一家公司的负责人来到法院。"
    assert names(text, "COMPANY") == {"广州航空服务有限公司"}
    assert {"浙江省", "温州市"} <= names(text, "PLACE")


def test_no_firm_named_by_an_adverb_and_a_verb_before_a_bare_company():
    text = "李梅是上海华联食品有限公司名誉董事长，也是公司的创始人。"
    assert names(text, "COMPANY") == {"上海华联食品有限公司"}
    holds = pairs(run(text)[0])
    assert ("PERSON:李梅", "POSITION:上海华联食品有限公司名誉董事长") in holds


def test_the_guangzhou_railway_group_and_the_xinhua_bookstores():
    found = names("北京、上海铁路局和广铁集团各主要车站增加服务人员。各地新华书店举办活动。", "COMPANY")
    assert {"国铁广州局", "新华书店"} <= found


def test_plants_of_the_first_five_year_plan_named_after_their_city_and_product():
    text = "重要的有：吉林肥料厂，吉林电石厂，佳木斯造纸厂。还有沈阳重型机器厂，本溪工源水泥厂，长春第一汽车厂。"
    assert {"吉林肥料厂", "吉林电石厂", "沈阳重型机器厂", "本溪工源水泥厂", "长春第一汽车厂"} <= names(text, "COMPANY")


def test_a_firm_given_as_an_example_and_the_first_car_plant_by_its_old_name():
    found = names("例如哈尔滨食品公司一九五四年发生浪费。第一汽车制造厂的建设积压器材。", "COMPANY")
    assert found == {"哈尔滨食品公司", "中国一汽"}


def test_a_construction_firm_mines_and_combines_named_after_their_place_and_a_name_read_with_its_company_word():
    text = ("中国中信建设公司承建住宅。例如安徽铜官山矿务局，江西钨矿和云南铅矿；同时，鞍山钢铁联合企业将建成。"
            "山西煤矿安全生产。还考察了由中兴公司承建的项目。")
    assert names(text, "COMPANY") == {"中国中信建设公司", "安徽铜官山矿务局", "江西钨矿", "云南铅矿", "鞍山钢铁联合企业",
                                      "中兴通讯"}


def test_a_firm_named_after_a_clause_that_opens_with_a_place_and_the_hospital_it_runs():
    found = run("北京长峰医院发生火灾。北京市公安机关以涉嫌重大责任事故罪对北京长峰医院股份有限公司法定代表人汪文杰立案侦查。")[0]
    assert {m.name for m in found.mentions if m.label == "COMPANY"} == {"北京长峰医院股份有限公司"}
    assert "北京长峰医院" in {m.name for m in found.mentions if m.label == "ORG"}


def test_a_mining_bureau_and_a_town_coal_mine_named_after_their_places():
    found = names("拿北京京西矿务局来说，指标是二百八十五万吨。甘肃阿干镇煤矿日产量提高。山西煤矿安全形势好转。", "COMPANY")
    assert found == {"北京京西矿务局", "甘肃阿干镇煤矿"}


def test_a_nuclear_power_plant_is_not_the_firm_that_runs_it():
    assert not names("这里是正在建设的福清核电站的施工现场。", "COMPANY")


def test_a_firm_named_after_its_place_with_a_clause_before_it():
    assert names("今天我们来认识安徽宿州供电公司的技师许启金。", "COMPANY") == {"安徽宿州供电公司"}


def test_cliques_of_traitors_and_counter_revolutionaries_are_no_firms():
    text = "发动了批判以苏修叛徒集团为中心的现代修正主义。对胡风反革命集团的批判。"
    result = run(text)[0]
    assert not [m for m in result.mentions if m.label == "COMPANY"]
    assert {(m.label, m.name) for m in result.mentions} >= {("ORG", "苏修"), ("PERSON", "胡风")}


def test_firms_of_a_time_honoured_brand():
    text = "在老字号西安饭庄里，总书记的一句话让人暖心。中华老字号全聚德的烤鸭。走进老字号中药馆。这家老字号的生意很好。"
    assert names(text, "COMPANY") == {"西安饭庄", "全聚德"}  # (not 中药馆, a kind of shop)


def test_a_firm_where_something_happens_named_after_its_trade():
    assert companies(run("在服装企业酷特智造，客户需求信息直接传递到生产一线。")[0]) == {"酷特智造"}
    assert not companies(run("无论在国营企业或集体企业中，都必须认真实行经济责任制。在中小企业融资难，")[0])


def test_no_short_name_of_a_firm_in_the_middle_of_an_idiom():
    assert names("使大批德才兼备、年富力强的中青年干部及时选拔到领导岗位上来。", "COMPANY") == set()
    assert names("富力地产发布公告。", "COMPANY") == {"富力地产"}


def test_a_firm_that_opens_a_sentence_saying_what_kind_of_firm_it_is():
    text = "小微企业续贷中心落户北京海淀。\n眼神科技是北京市海淀区的一家高新技术企业，专门从事生物识别技术研究。"
    assert names(text, "COMPANY") == {"眼神科技"}
    assert names("这家科技是一家高新技术企业。", "COMPANY") == set()


def test_a_field_a_verb_opens_is_no_firm():
    assert names("同时加强新油田的开发建设。长庆油田产量创新高。近距离体验了油田作业的艰辛。", "COMPANY") == {"长庆油田"}


def test_an_ambiguous_firm_that_opens_a_sentence_with_what_it_says():
    assert "中国银行" in names("经济学家认为利率将下降。中国银行今天就表示，将加大对中小企业的贷款投放。", "COMPANY")
    assert not names("我国的中国银行业协会表示支持。", "COMPANY") & {"中国银行"}


def test_a_firm_named_after_how_it_is_owned():
    text = "这个任务交给了当时负责全市工商业生产的北平国营永茂公司。他和国营永茂公司的职工们观看了升旗仪式。"
    assert names(text, "COMPANY") == {"国营永茂公司"}
    assert names("推动国有企业和国有独资公司改革，民营科技公司发展迅速。", "COMPANY") == set()


def test_a_works_numbered_after_its_city():
    assert names("1949年9月，南京3503服装厂的工人接到了一个紧急任务。", "COMPANY") == {"南京3503服装厂"}


def test_an_ambiguous_firm_after_firms_of_its_trade_in_its_sentence():
    text = "各大航空公司今天也加开航班，截至上午11点，仅南航就有800名旅客因高速拥堵而误机。"
    assert names(text, "COMPANY") == {"南方航空"}
    assert names("南航学生参加比赛，航空公司前来招聘。", "COMPANY") == set()


def test_no_firm_opens_with_the_particle_of_a_verb_done():
    assert names("韩国人郑寅株来到东莞注册了一家公司。村里成立了文化旅游公司，将村民纳入股权。", "COMPANY") == set()
    assert names("村里成立了华强物流公司。", "COMPANY") == {"华强物流公司"}


def test_a_listed_firm_named_by_two_everyday_words_needs_context():
    assert names("坚持面向世界航天发展前沿、面向国家航天重大战略需求。", "COMPANY") == set()


@pytest.mark.parametrize("text, expected", [
    ("华能北京热电厂对供热燃气轮机进行改造。", {"华能北京热电厂"}),  # a known group's plant in a place
    ("华能大庆热电公司开展系统排查。", {"华能大庆热电公司"}),  # (a short form that needs context)
    ("日本东京羽田机场日航客机与救援飞机相撞。", {"日本航空"}),
])
def test_a_known_groups_plant_and_an_airline(text, expected):
    assert {m.name for m in run(text)[0].mentions if m.label == "COMPANY"} == expected


def test_a_firm_a_group_owns_is_named_apart():
    text = "中国黄金集团公司下属的华泰龙矿业开发有限公司甲玛矿区发生大面积山体滑坡。"
    assert {m.name for m in run(text)[0].mentions if m.label == "COMPANY"} == {"中国黄金集团公司", "华泰龙矿业开发有限公司"}


def test_a_foreign_firms_short_name_inside_a_longer_transliteration():
    assert "伊利股份" not in names("病毒已在美国南伊利诺伊大学卡本代尔分校传播。", "COMPANY")


def test_plants_that_make_cars_planes_and_valves_after_their_city():
    assert names("第一座生产载重汽车的长春汽车制造厂建成，北京电子管厂投产。", "COMPANY") == {"长春汽车制造厂", "北京电子管厂"}
    assert names("长春第一汽车制造厂建成投产。", "COMPANY") == {"中国一汽"}  # (a known firm's own name)


def test_an_adverb_and_a_verb_before_a_bank_name_no_firm():
    assert not names("那么供货的上游企业也可获得银行的相关贷款。5万美元以上的也只需银行审核。", "COMPANY")


def test_central_groups_merged_since_and_groups_counted_by_kind():
    found = names("由中船重工集团自主研发的运沙船正在测试。会议听取了中国北车、中国南车重组进展情况的汇报。"
                  "中粮收购了国际两大农产品集团尼德拉和来宝集团。", "COMPANY")
    assert {"中船重工", "中国北车", "中国南车", "来宝集团"} <= found and not any(name.startswith("大") for name in found)


def test_a_group_named_after_where_it_is_with_de():
    assert names("在山东青岛的海尔集团，一种空调正在热卖。美的集团发布财报。", "COMPANY") == {"海尔集团", "美的集团"}


def test_a_firm_of_a_place_a_name_and_a_trade():
    found = names("贵州银星汞业新的锑汞车间正在建设。淄博齐峰纸业因为超标排污被通报。云南旅游业发展。贵州磷化工园区建设。"
                  "毕节磷煤化工一体化项目启动建设。", "COMPANY")
    assert found == {"贵州银星汞业", "淄博齐峰纸业"}


def test_a_firm_starts_after_the_role_it_plays():
    text = "国务院调查组查明，冷却塔施工单位河北亿能烟塔工程有限公司施工现场管理混乱。"
    assert names(text, "COMPANY") == {"河北亿能烟塔工程有限公司"}


@pytest.mark.parametrize("text, name", [
    ("习近平来到位于西宁市城中区的青海圣源地毯集团有限公司考察调研。", "青海圣源地毯集团有限公司"),  # the address ends at 的
    ("李克强考察了民营纳通生物科技公司新上的口罩生产线。", "纳通生物科技公司"),  # how it is owned, then name and trade
    ("电解铝厂由中方与哈萨克斯坦铝业公司合作建设。", "哈萨克斯坦铝业公司"),  # a country's firm of a trade
])
def test_a_firm_after_its_address_or_how_it_is_owned(text, name):
    assert names(text, "COMPANY") == {name}


def test_a_group_listed_after_a_quoted_item():
    assert names("国家速滑馆“冰丝带”、首钢滑雪大跳台迎来游客。", "COMPANY") == {"首钢集团"}  # (once an IndexError)


def test_cooperatives_named_by_a_name_of_their_own():
    text = "眼下，吉林东辽县国丰农业合作社的大棚蔬菜供不应求。\n国丰合作社的问题，东辽县上百个合作社都有。"
    assert names(text, "COMPANY") == {"国丰农业合作社", "国丰合作社"} and "国丰" not in names(text, "PERSON")
    text = "当地成立了养牛合作社和农民专业合作社。就连一些专业合作社也买不起。她在合作社打工。南猛村合作社诞生了。"
    assert names(text, "COMPANY") == set()


def test_no_firm_of_banks_shares():
    assert names("有利于缓解资本补充的压力，并可提升银行股的估值。招商银行股份有限公司发布公告。", "COMPANY") == {"招商银行"}


def test_no_firm_named_by_who_owns_it_in_a_list_of_firms():
    assert names("有序推动央企、国企等各类企业复工复产。", "COMPANY") == set()


def test_no_firm_named_by_a_known_person_and_a_preposition():
    text = "习近平察看全铝新能源客车等大部件产品。习近平对公司勇于创新创造给予肯定。"
    assert names(text, "COMPANY") == set() and "习近平" in names(text, "PERSON")


@pytest.mark.parametrize("text", ["中国在亚太地区不搞集团政治，不搞阵营对抗。", "许多中国公司在荷兰发展。",
                                  "欢迎阿方银行机构加入人民币跨境支付清算系统。"])
def test_no_firm_from_a_negated_verb_some_firms_or_the_other_sides_banks(text):
    assert names(text, "COMPANY") == set()


def test_a_firm_after_the_verb_that_introduces_its_head():
    text = "今天的节目，我们来认识新疆金风科技股份有限公司董事长和一位院士。"
    assert names(text, "COMPANY") == {"新疆金风科技股份有限公司"}
