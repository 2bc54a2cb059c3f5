"""SLOGAN: codes, numeral-led and "+" formulations, campaigns, merged variants, and what quotes hold otherwise."""
import pytest

from policykg.extract.slogan import counts, plus_parts
from helpers import names, run


def slogans(result) -> set[str]:
    return {m.name for m in result.mentions if m.label == "SLOGAN"}


def spans(result) -> list[tuple[str, str]]:
    return [(m.text, m.name) for m in result.mentions if m.label == "SLOGAN"]


@pytest.mark.parametrize("text, expected", [
    ("全力打造“33618”现代制造业集群体系。", {"33618"}),
    ("构建完善“416”科技创新布局。", {"416"}),
    ("健全完善党建统领“885”工作机制。", {"885"}),
])
def test_slogan_numeric_code(text, expected):
    result = run(text)[0]
    assert slogans(result) == expected
    assert spans(result) == [(name, name) for name in expected]  # the quote marks are not part of the span


@pytest.mark.parametrize("quoted, unquoted, term", [
    ("深刻领悟“两个确立”的决定性意义。", "坚决做到两个确立。", "两个确立"),
    ("深入推进“三攻坚一盘活”改革。", "深入推进三攻坚一盘活改革。", "三攻坚一盘活"),
    ("加快建设“六区一高地”。", "加快建设六区一高地。", "六区一高地"),
])
def test_slogan_quoted_once_found_unquoted(quoted, unquoted, term):
    first, second = run(quoted, unquoted)
    assert term in slogans(first) and term in slogans(second)


@pytest.mark.parametrize("quoted, unquoted, term", [
    ("一体推进“小县大城”。小县大城成效明显。", "一体推进小县大城改革。", "小县大城"),
    ("深入实施“满天星”行动。", "满天星行动成效明显。", "满天星"),
])
def test_slogan_that_counts_nothing_is_found_unquoted_only_where_it_is_quoted(quoted, unquoted, term):
    first, second = run(quoted, unquoted)
    assert term in slogans(first) and term not in slogans(second)


@pytest.mark.parametrize("text", ["深入推进三攻坚一盘活改革。", "加快建设六区一高地。"])
def test_slogan_corpus_term_not_found_without_quotes_anywhere(text):
    assert slogans(run(text)[0]) == set()


def test_slogan_quoted_once_found_before_word():
    _, second = run("一体推进“六区一高地”。", "六区一高地建设取得新进展。")
    assert "六区一高地" in slogans(second)


@pytest.mark.parametrize("text, expected", [
    ("加快构建“产业大脑+未来工厂”新模式。", {"产业大脑+未来工厂"}),
    ("大力实施“人工智能+”行动。", {"人工智能+"}),
    ("深入实施“满天星”行动计划。", {"满天星"}),
    ("加快建设“六区一高地”，“一县一策”促进山区库区高质量发展。", {"六区一高地", "一县一策"}),
    ("打造“九大关键枢纽”。", {"九大关键枢纽"}),
    ("“保交房”项目交付房屋9.43万套。建立政务服务“好差评”制度。", {"保交房", "好差评"}),  # programmes by what follows
    ("开展“血拼”政策宣传。", set()),  # two characters before 政策 are not enough
    ("加快敦煌研究院“典范”“高地”建设，实施“护苗”行动。", {"护苗"}),  # an everyday word before 建设 is a metaphor
])
def test_slogan_shapes(text, expected):
    assert slogans(run(text)[0]) == expected


@pytest.mark.parametrize("name, parts", [
    ("产业大脑+未来工厂", ["产业大脑", "未来工厂"]),
    ("人工智能+", []),
    ("互联网+政务服务", ["政务服务"]),
])
def test_slogan_plus_parts(name, parts):
    assert plus_parts(name) == parts


@pytest.mark.parametrize("texts", [
    ("突出“四侧”协同推动“四链”融合。", "以钉钉子精神做深做透“四链融合”文章。"),
    ("以钉钉子精神做深做透“四链融合”文章。", "推动“四链”融合。", "推动四链融合。"),
])
def test_slogan_variants_merge(texts):
    results = run(*texts)
    names = set().union(*(slogans(r) for r in results)) - {"四侧"}
    assert names == {"四链融合"}


def test_slogan_variant_without_long_form_quoted_is_one_entity():
    results = run("做深做透“四链”融合文章。", "推动四链融合，发展四链。")
    assert set().union(*(slogans(r) for r in results)) == {"四链"}


@pytest.mark.parametrize("text", [
    "抓住“牛鼻子”，挺起“硬脊梁”。",
    "摸清“家底”，打上一针“强心剂”。",
    "奋力夺取一季度“开门红”。",
    "制造业成为重庆高质量发展的“金名片”。",
    "他说：“我们一定要把制造业搞上去。”",
    "“制造业是立市之本、强市之基。”",
    "“到2027年规模以上工业总产值达到7000亿元”目标。",
    "目标是“2025”。增长“15%”。“2027年”是关键之年。“3.5”级。",
    "重庆川仪精密机械有限公司（以下简称“川仪精密”）成立。",
    "市委召开会议，以下简称“会议”。",
])
def test_slogan_rejected_quotes(text):
    assert slogans(run(text)[0]) == set()


@pytest.mark.parametrize("text", [
    "发挥财政资金“四两拨千斤”作用。",
    "坚持“十年磨一剑”的精神。",
    "更好发挥“看不见的手”作用。",
    "坚决防止“半拉子”工程。",  # criticised after 防止
])
def test_slogan_rejects_quoted_idiom(text):
    assert slogans(run(text)[0]) == set()


def test_slogan_nested_quote_in_speech():
    result = run("“要以钉钉子精神做深做透‘四链融合’文章。”渝北区委书记杨晓云说。")[0]
    assert slogans(result) == {"四链融合"}


@pytest.mark.parametrize("text", ["落实“十四五”规划。", "“十四五”时期，经济稳步增长。", "十四五规划顺利实施。"])
def test_slogan_plan_names(text):
    assert slogans(run(text)[0]) == {"十四五"}


@pytest.mark.parametrize("text, expected", [
    ("深入实施消费保稳提质、潜能挖掘、供给优化、环境提升四大工程。", {"四大工程"}),
    ("全力打好汽车、钢铁、化工三大产业转型攻坚战。", {"三大产业转型攻坚战"}),
    ("深入实施颠覆性技术策源、应用场景牵引等6大行动。", {"6大行动"}),
    ("抓好支持高质量共建“一带一路”八项行动的落实落地。", {"一带一路", "八项行动"}),
    ("城市12分钟急救圈、农村30分钟医疗圈初步形成。", {"12分钟急救圈", "30分钟医疗圈"}),
    ("加快提升四大都市区和中心城市能级。", {"四大都市区"}),
    ("推动四大产业协同发展，培育3大万亿级主导产业集群。", set()),  # vague groups and statistics
    ("实施20项民心工程，落实八项规定和三项改革。", {"中央八项规定", "三项改革"}),  # 20项: a count; no 和 inside
    ("坚持八项主张。", {"八项主张"}),
    ("习近平对澳门提出3点期许。", {"3点期许"}),
    ("恪守中日四个政治文件确立的原则和中美三个联合公报。", {"中日四个政治文件", "中美三个联合公报"}),  # two states'
])
def test_slogan_counted_names_without_quotes(text, expected):
    assert slogans(run(text)[0]) == expected


@pytest.mark.parametrize("text, expected", [
    ("注重‘一乡一业、一村一品’错位发展。", {"一乡一业、一村一品"}),
    ("深入推进产业用地“两评估、一清单、一盘活”行动。", {"两评估、一清单、一盘活"}),
    ("盘活国有“三资”3708亿元。", {"三资"}),
    ("“国家所需”“浙江所能”有机结合，荣获“中国美术奖”。", set()),
    ("日子一定会“越来越好”。", set()),
    ("“一揽子”推动金融机构改革。", set()),  # a set phrase led by 一
    ("深入实施“三北”“双重”等重点生态工程。", {"三北", "双重"}),  # a numbered word next to a formulation
    ("扎实推进河湖库“清四乱”，落实“一盘棋”。", {"清四乱"}),  # a count inside a term, not a set phrase
    ("发展“互贸+电商、互贸+旅游”等业态。", {"互贸+电商", "互贸+旅游"}),  # a list of "+" formulations
])
def test_slogan_quoted_numbered_lists_and_non_terms(text, expected):
    assert slogans(run(text)[0]) == expected


def test_slogan_code_used_as_a_count():
    quoted, counted = run("推广“301”线上快贷模式。", "开展第二批301个典型镇建设。")
    assert slogans(quoted) == {"301"}
    assert slogans(counted) == set()


@pytest.mark.parametrize("text, expected", [
    ("大力推进氢能重卡、钠离子电池、取向硅钢等三大技术攻关项目，攻克难题。", {"三大技术攻关项目"}),
    ("分为前置改革项目和常规项目两大类别实施。", set()),  # no list of two; a verb at the end
    ("可实现静谧无感、高集成、高效率三大优势。", set()),  # traits, not a formulation
    ("按照相互尊重、和平共处、合作共赢三原则处理关系。", {"三原则"}),  # the count right after the last part
    ("川、渝、黔三地联合开展。", set()),  # a count of places
])
def test_counted_names_after_a_list_of_as_many(text, expected):
    assert names(text, "SLOGAN") == expected


@pytest.mark.parametrize("text", [
    "反对“筑墙设垒”、“脱钩断链”，反对单边制裁。",  # a run of criticised phrases
    "健全反“长臂管辖”机制。",
    "不搞“大水漫灌”。",
    "处置“久供未建”项目907万平方米。",
    "决不允许“上有政策、下有对策”。",
    "十七大对推进改革开放作出部署。",  # a party congress, not a count
    "这就彻底粉碎了“阶级斗争熄灭论”和“全民党”、“全民国家”之类的修正主义谬论。",  # crushed, and 之类的… after the quotes
    "批判“多中心即无中心论”。不要染上“做官当老爷”的恶习。",
    "刘少奇还继续散布“阶级斗争熄灭论”、“驯服工具论”。",  # spread (a run of them)
    "国际局势变乱交织，“脱钩断链”愈演愈烈。面对“脱钩断链”行径，中国坚定做开放的力量。",  # what spreads, a conduct
    "祖国统一势不可挡，“挟洋谋独”没有出路，“以台制华”注定失败。",  # what is doomed
])
def test_criticised_phrases_are_not_formulations(text):
    assert [m for m in run(text)[0].mentions if m.label == "SLOGAN"] == []


@pytest.mark.parametrize("text, expected", [
    ("坚决防止“两个确立”被动摇。", {"两个确立"}),  # numbered: a formulation whatever the verb
    ("坚持“一国两制”、“港人治港”、“澳人治澳”、高度自治的方针。", {"一国两制", "港人治港", "澳人治澳"}),  # 港人治港 is tagged ns
])
def test_formulations_near_verbs_of_opposing_or_tagged_as_names(text, expected):
    assert names(text, "SLOGAN") == expected


@pytest.mark.parametrize("text, expected", [
    ("坚定支持三大全球倡议和“一带一路”倡议。", {"三大全球倡议", "一带一路"}),  # not cut at 议和 (a word)
    ("提出五点倡议。", {"五点倡议"}),
])
def test_counted_initiatives(text, expected):
    assert slogans(run(text)[0]) == expected


def test_codes_of_digits_and_a_letter():
    assert slogans(run("加快培育“415X”先进制造业集群，打造“141X”体系。")[0]) == {"415X", "141X"}
    assert slogans(run("完成“2025”年度目标，“5G”网络覆盖。")[0]) == set()


def test_two_character_terms_are_found_only_where_quoted():
    quoted, bare = run("开展生态破坏事件“清零”行动，实施文物保护“强基”工程。",
                       "确保零就业家庭动态清零，加强基层消防设施配备。")
    assert slogans(quoted) == {"清零", "强基"} and slogans(bare) == set()
    assert slogans(run("推动“两新”落地。", "两新政策加力扩围。")[1]) == {"两新"}  # a count: matched bare too


@pytest.mark.parametrize("text, expected", [
    ("优化“班列＋保税”等运行模式，开通“澜湄快线+”。", {"班列+保税"}),  # a "+" mode, not a service named with one
    ("形成与“新两翼”错位联动发展格局。", {"新两翼"}),
    ("加快建设“一区两地一园一通道”。", {"一区两地一园一通道"}),  # a long code of several counts
    ("深化运用主动想、扎实干、看效果抓工作“三部曲”。", {"三部曲"}),  # a numeral-led word after as many parts
    ("做好外宾旁听、外媒报道自治区“两会”工作。", set()),  # the region's own sessions
])
def test_quoted_modes_renewed_counts_and_counted_words_after_their_parts(text, expected):
    assert slogans(run(text)[0]) == expected


def test_quoted_names_of_bodies_are_no_formulations():
    result = run("将监管主体由“中国人民银行”修改为“国家金融监督管理总局”。")[0]
    assert slogans(result) == set()
    assert {m.name for m in result.mentions if m.label == "ORG"} == {"中国人民银行", "国家金融监督管理总局"}
    result = run("双方要在“77国集团和中国”等多边机制中密切配合。")[0]  # names joined
    assert slogans(result) == set() and {m.name for m in result.mentions if m.label == "ORG"} == {"七十七国集团"}


@pytest.mark.parametrize("text, expected", [
    ("压紧压实产业链“链长制”责任。", "链长制"),  # a device of governance, quoted
    ("《天山放歌》等作品荣获“五个一工程”优秀作品奖。", "五个一工程"),  # a set phrase, but a programme
    ("坚持“三个赋予一个有利于”总要求。", "三个赋予一个有利于"),
    ("推进“百项农业重大科技攻关”。", "百项农业重大科技攻关"),
])
def test_quoted_devices_programmes_and_long_numbered_names(text, expected):
    assert expected in names(text, "SLOGAN")


def test_a_compound_term_is_not_cut_inside():
    found = names("落实河湖长制，推行田长制。", "SLOGAN")
    assert "河湖长制" in found and "湖长制" not in found


def test_established_terms_and_phrases_formulations_only_where_quoted():
    names = [m.name for m in run("推进源网荷储一体化，深入推进智改数转。推动企业“走出去”。“走出去、请进来”招商推介。"
                                 "加快走出去步伐。支持伊利、蒙牛两大乳企推进全球化战略。")[0].mentions if m.label == "SLOGAN"]
    assert sorted(names) == ["智改数转", "源网荷储", "走出去", "走出去"]  # not the bare phrase, nor a clause after 两大


def test_a_quoted_phrase_of_common_words_is_not_matched_bare():
    found = [m.text for m in run("全面实行“负面清单”管理。负面清单之外的领域，各类主体依法平等进入。")[0].mentions
             if m.label == "SLOGAN"]
    assert found == ["负面清单"]  # the quoted one only


def test_a_major_one_and_rankings_are_no_counts():
    assert names("打造一大支柱产业。入选十大最具价值运动服饰品牌。实施十大工程。", "SLOGAN") == {"十大工程"}


def test_programmes_by_their_names_and_codes_of_factors():
    found = names("深入实施“尖刀”工程。“高地”建设。加入研究院的“护证计划”。作为经济工作的“头号工程”。“4×4”现代化产业体系。",
                  "SLOGAN")
    assert found == {"尖刀", "护证计划", "4×4"}


def test_a_plan_by_its_numeral_and_circles_of_a_quarter_hour():
    assert names("全面完成“八五”普法规划各项任务。建设一刻钟社区养老服务圈。", "SLOGAN") == {"八五", "一刻钟社区养老服务圈"}


def test_a_circle_whose_time_is_quoted():
    assert names("加快构建城市“一刻钟”便民服务消费圈。", "SLOGAN") == {"一刻钟便民服务消费圈"}


def test_quoted_terms_in_a_run_share_what_follows():
    assert {"强科技", "强工业"} <= names("统筹推进“强科技”“强工业”行动。", "SLOGAN")


def test_a_harvested_formulation_is_not_the_end_of_a_verb():
    first, second = run("统筹推进“强科技”“强工业”行动。", "要加强科技创新，加强工业、交通建设。")
    assert not [m for m in second.mentions if m.label == "SLOGAN"]


def test_a_long_quoted_campaign_year():
    assert names("扎实开展“纪检监察工作规范化法治化正规化建设年”行动。", "SLOGAN") == {"纪检监察工作规范化法治化正规化建设年"}
    assert not names("他说“我们要把这件事情做好做实做细做到位的这一年”。", "SLOGAN")


@pytest.mark.parametrize("text, term", [
    ("着力解决“有人没活干”“有活没人干”问题。", "有人没活干"),
    ("“酒香也怕巷子深”，要加大宣传推介力度。", "酒香也怕巷子深"),
    ("牢记“学费不能白交”，举一反三。", "学费不能白交"),
])
def test_quoted_sayings_are_no_formulations(text, term):
    assert term not in slogans(run(text)[0])


def test_quoted_coinages_stay():
    assert {"险资入豫", "强基提能"} <= slogans(run("开展“险资入豫”活动，实施“强基提能”工程。")[0])


def test_a_quoted_formulation_of_two_phrases_joined_by_a_dot_not_a_foreign_name():
    assert names("深入开展“四在农家·和美乡村”创建，开展“万人下乡·单产提升”行动。“哈里·杜鲁门”号驶离。", "SLOGAN") == \
        {"四在农家·和美乡村", "万人下乡·单产提升"}


def test_quoted_metaphors_records_and_sayings_are_no_formulations():
    assert names("打通“最后一公里”。实现“二十一连丰”。做到“时时放心不下”“事事心中有底”。推进“最多跑一次”改革。",
                 "SLOGAN") == {"最多跑一次"}


def test_a_count_in_digits_names_the_parts_listed_right_before_it():
    text = "光电子信息、汽车制造与服务、大健康、现代化工、农产品加工5大支柱产业迈入万亿级规模。"
    assert "5大支柱产业" in names(text, "SLOGAN")
    for vague in ("光电子信息、汽车制造、大健康3大产业对增长贡献超五成。", "培育3大产业集群。", "打造5大支柱产业。"):
        assert not names(vague, "SLOGAN"), vague


@pytest.mark.parametrize("text, name", [
    ("深入实施科技兴赣六大行动，综合科技创新水平提升。", "科技兴赣六大行动"),
    ("实施节能降碳十大行动。", "节能降碳十大行动"),
    ("实施好三大工程。", "三大工程"),  # (好: no qualifier)
    ("推进城市建设和三大工程。", "三大工程"),  # (a coordination, not a qualifier)
])
def test_counted_programme_keeps_the_qualifier_after_its_verb(text, name):
    assert name in slogans(run(text)[0])


def test_quoted_teams_meetings_and_festivals_are_no_formulations():
    found = names("举办“海客圆桌会”。“猎鹰突击队”队员训练。举办“良渚论坛”。参加“中国影像节”。推进“一县一团”。", "SLOGAN")
    assert not {"海客圆桌会", "猎鹰突击队", "良渚论坛", "中国影像节"} & found and "一县一团" in found


def test_a_count_by_ge_names_a_programme_when_all_its_parts_are_listed_right_before_it():
    text = "打造粮食、蔗糖、水果、蔬菜、畜禽、渔业6个千亿级特色农业产业。推进人工智能、航空航天、先进装备、生物制造等4个重大科技专项。"
    assert {"6个千亿级特色农业产业", "4个重大科技专项"} <= names(text, "SLOGAN")
    for things in ("新建北京、上海、广州等3个国家产业基地。", "支持甲、乙、丙3个工程。", "建成成都、重庆、西安3个重大科技专项。"):
        assert not names(things, "SLOGAN") - {"成都", "重庆", "西安"}, things  # (places, or a bare count)


def test_quoted_call_and_answer_campaigns_keep_their_we():
    assert names("“企呼我办”等新机制推动问题解决。深化“民呼我为”，开展“我为群众办实事”。他说“我们都很好”。", "SLOGAN") == \
        {"企呼我办", "民呼我为", "我为群众办实事"}


def test_a_count_of_outcomes_is_no_programme():
    assert names("自贸试验区新增3项改革成果获全国最佳实践案例。实施六大行动。", "SLOGAN") == {"六大行动"}


def test_a_quoted_reform_named_before_its_kind():
    assert names("拓展“药价保”集成改革，促进协同发展。", "SLOGAN") == {"药价保"}


def test_a_quoted_clause_of_common_words_is_a_formulation_only_where_quoted():
    first, second = run("坚持“推动高质量发展”这一主题。", "要推动高质量发展，坚持以人民为中心。")
    assert "推动高质量发展" in {m.name for m in first.mentions if m.label == "SLOGAN"}
    assert "推动高质量发展" not in {m.name for m in second.mentions if m.label == "SLOGAN"}


def test_a_quoted_word_of_number_and_measure_is_a_formulation_only_where_quoted():
    first, second = run("培育“万亿”级产业集群，坚守“一线”，深化国有“三资”改革。", "全年投资超过万亿元，一线职工收入增加，盘活三资。")
    found = {m.name for m in second.mentions if m.label == "SLOGAN"}
    assert not {"万亿", "一线"} & found and "三资" in found


def test_quoted_three_character_abbreviations_of_policies():
    text = "实施“煤改电”“瓶改管”，推进“营改增”，打好“疏整促”组合拳，干部“包抓联”企业。"
    found = {m.name for m in run(text)[0].mentions if m.label == "SLOGAN"}
    assert {"煤改电", "瓶改管", "营改增", "疏整促", "包抓联"} <= found
    text = "推进城市“微改造”，这是“大转弯”，防止耕地“非粮化”。"  # a word after 改; an everyday word; what is prevented
    assert not {m.name for m in run(text)[0].mentions if m.label == "SLOGAN"}


def test_sayings_descriptors_and_a_counted_formulation_with_its_particle():
    text = "我们要勇挑大梁，“跳起来摘桃子”，以“又踏层峰辟新天”的魄力闯出新路。代表“中国速度”的超高速列车。"
    assert not {m.name for m in run(text)[0].mentions if m.label == "SLOGAN"}
    found = {m.name for m in run("锚定“三地一区”实现新突破和取得“三个新的更大进展”目标。")[0].mentions if m.label == "SLOGAN"}
    assert {"三地一区", "三个新的更大进展"} <= found


def test_no_counted_name_runs_across_de():
    text = "提升西安、榆林两大增长极的带动能力，协同推进关中科技赋能创新升级。"
    assert not {m.name for m in run(text)[0].mentions if m.label == "SLOGAN" and "的" in m.name}


def test_quoted_phrases_a_verb_of_opposing_takes_earlier_in_the_clause():
    text = "以实干出政绩，杜绝新官不理旧账和“形象工程”、“政绩工程”。着力打造“世界葡萄酒之都”、“中国算力之都”。"
    found = {m.name for m in run(text)[0].mentions if m.label == "SLOGAN"}
    assert not {"形象工程", "政绩工程"} & found


def test_a_code_of_digits_is_not_read_inside_a_number():
    text = "认真落实省委“132”总体工作部署。粮食总产量132.4亿斤，增长132%，新增132个项目，完成0.132万亩，改造132公里。"
    spans = [(m.start, m.end) for m in run(text)[0].mentions if m.name == "132"]
    assert spans == [(text.index("132"), text.index("132") + 3)]


def test_ordinals_superlatives_and_bodies_in_quotes_are_no_formulations():
    text = ("阿萨德基地是伊拉克第二大空军基地。让“亚洲最大恒温水景棚”呈现巨浪，“数字智能置景车间”配备平台。"
            "广州港是“内贸第一大港”，打造“最大增量”。美公布“和平委员会”成员。立足“三个最大”省情定位。")
    assert {m.name for m in run(text)[0].mentions if m.label == "SLOGAN"} == {"三个最大"}


def test_a_qualifier_opens_only_the_name_of_a_programme():
    assert "科技兴赣六大行动" in names("深入实施科技兴赣六大行动。", "SLOGAN")
    assert "国有企业六大优势产业" not in names("深入开展国有企业六大优势产业提升。", "SLOGAN")


def test_so_called_quoted_claims_are_no_formulations_but_a_definition_is():
    text = ("大肆宣扬所谓“主权独立”“两岸互不隶属”“台湾住民自决”等分裂谬论。坚决反对“四风”。"
            "所谓“三个一批”，就是谋划储备一批、开工新建一批、竣工投产一批。")
    assert names(text, "SLOGAN") == {"四风", "三个一批"}


def test_items_of_a_plus_formula_joined_and_names_a_thing_goes_by():
    text = "探索“绿色能源+制造、+交易、+认证、+金融”等模式。推广“互贸+电商、互贸+旅游”模式。南通素有“江海门户”之称。" \
           "后母戊大方鼎素有“青铜之王”的美誉。"
    assert names(text, "SLOGAN") == {"绿色能源+制造、+交易、+认证、+金融", "互贸+电商", "互贸+旅游"}


def test_records_lists_problems_and_faults_resolved_are_no_formulations():
    text = "实现粮食“18连增”，女排“六连冠”，推行“白名单”制度。着力解决“新官不理旧账”问题。化解“一地多证”160万亩。" \
           "解决“三农”问题。杜绝“四风”。落实“33618”。"
    assert names(text, "SLOGAN") == {"三农", "四风", "33618"}


def test_nicknames_media_congresses_and_two_words_qualifying_a_noun_are_no_formulations():
    text = "迎接党的二十大胜利召开作出战略部署。孩子亲切地叫她们“大白妈妈”。美国“枪支暴力档案”网站数据显示。“今日俄罗斯”电视台采访。" \
           "给消费者带来“真金白银”的实惠。合肥探索“以投带引”的招商模式。实施“十大工程”。构建“四横四纵两端”网络体系。" \
           "二十大新闻中心举行记者招待会。玻利维亚“争取社会主义运动”党主席莫拉莱斯表示。" \
           "全面落实党的二十大战略部署。伊朗最高领袖称坚决抵制美“服从要求”。委总统谴责美国“海盗行径”。" \
           "英国正向乌克兰提供“风暴之影”远程巡航导弹。海军“和平方舟”号医院船凯旋。初创企业“i太空公司”的月球着陆器。数十项改革方案相继落实。" \
           "伊拉克什叶派民兵组织“人民动员组织”称已做好准备。"  # a press centre, a party,
    # what is resisted or condemned, a weapon, a firm
    assert names(text, "SLOGAN") == {"以投带引", "十大工程", "四横四纵两端"}


def test_no_formulation_in_a_rank_nor_in_what_is_fought():
    text = ("中国是新西兰最大贸易伙伴、最大海外留学生来源国和第二大海外游客来源国。坚决杜绝一切“拦卡堵截”正常上访人员的错误做法。"
            "全面治理“餐桌污染”。治理“三乱”。实施“十大工程”。长江经济带污染治理“4+1”工程深入推进。推广基层网格治理“多格合一”。")
    assert names(text, "SLOGAN") == {"三乱", "十大工程", "4+1", "多格合一"}


def test_no_formulation_in_the_name_of_a_vessel():
    text = ("远洋渔船“鲁蓬远渔028”在印度洋倾覆。组织“鲁蓬远渔018”船、中远海运“远福海”轮到达海域开展救援。"
            "新一轮“双一流”建设启动。加大渔船“木改钢”力度。")
    assert names(text, "SLOGAN") == {"双一流", "木改钢"}


def test_a_count_before_a_quote_names_the_formulation_with_it():
    text = "我们要牢牢把握五个“必须统筹”的规律性认识。实现第五个“五年计划”。坚持“两个确立”。我国具有“五个战略性有利条件”。"
    assert names(text, "SLOGAN") == {"五个必须统筹", "两个确立", "五个战略性有利条件"}


def test_the_dual_controls_named_apart():
    """能耗双控 and 碳排放双控 are two policies (the one turns into the other); 双控 alone stays 双控."""
    text = "推动能耗双控逐步转向碳排放双控。实行用水总量和强度“双控”。"
    assert {"能耗双控", "碳排放双控", "双控"} <= names(text, "SLOGAN")


def test_a_long_quoted_counted_name_with_the_head_of_a_counted_name():
    assert "十大国家级示范试验区" in names("充分释放“十大国家级示范试验区”集于一体的比较优势。", "SLOGAN")


def test_zero_tariffs_an_established_term_quoted_or_not():
    assert names("三张“零关税”清单效应释放。对最不发达国家实施零关税待遇。", "SLOGAN") == {"零关税"}


@pytest.mark.parametrize("text, expected", [
    ("严格执行国务院“约法三章”。他们约法三章，互不干涉。", {"约法三章"}),  # quoted only: an idiom too
    ("推进城市平急两用公共基础设施建设。加快推进沙戈荒大基地建设。", {"平急两用", "沙戈荒"}),
    ("全面实施营改增，从5月1日起扩大试点范围。", {"营改增"}),  # unquoted: business tax to value-added tax
])
def test_established_terms_of_the_state_council(text, expected):
    found = run(text)[0]
    assert {m.name for m in found.mentions if m.label == "SLOGAN"} == expected
    assert sum(m.name == "约法三章" for m in found.mentions) <= 1


def test_a_quoted_code_of_three_actions_done_as_one():
    found = names("通过“建管养”一体推进污水治理。开展“防救治”一体化治理。打造“陕企通”平台。突出“稳控转”狠抓能源工业。",
                  "SLOGAN")
    assert {"建管养", "防救治", "稳控转"} <= found and "陕企通" not in found


def test_a_quoted_programme_opening_with_counts():
    assert names("五是“百县千镇万村高质量发展工程”实现三年初见成效。", "SLOGAN") == {"百县千镇万村高质量发展工程"}
    assert names("深入实施“五个一工程”。", "SLOGAN") == {"五个一工程"}


@pytest.mark.parametrize("text", [
    "严防“跑冒滴漏”，把有限资金花在刀刃上。",
    "对从孩子“口中夺食”的行为零容忍。",
    "纠治公务视频“泛化使用”等新型形式主义。",
])
def test_a_wrong_named_to_be_prevented_is_no_formulation(text):
    assert not names(text, "SLOGAN")


def test_a_numbered_wrong_stays_a_formulation():
    assert names("坚决反对“四风”。优化“城市书房”等新型文化业态布局。", "SLOGAN") >= {"四风", "城市书房"}


def test_a_counted_name_ends_before_a_word_that_runs_across_its_longest_end():
    assert "十大乡村特色产业" in names("茶叶、食用菌、林竹等十大乡村特色产业全产业链总产值突破3000亿元。", "SLOGAN")


def test_codes_of_things_done_together_quoted_as_one_list_are_each_a_formulation():
    assert names("推进“三医联动、六医协同”集成改革。", "SLOGAN") == {"三医联动", "六医协同"}
    assert names("实施“千村引领、万村升级”工程。", "SLOGAN") == {"千村引领、万村升级"}  # one programme in two steps


def test_a_quoted_question_is_no_formulation():
    assert not names("“如何提升基层医疗水平”是王雅丽持续关注的问题。", "SLOGAN")


@pytest.mark.parametrize("text", ["“90后”外卖小哥钟海南是一名退伍军人。", "抗疫进入“最吃劲、最关键”的阶段。"])
def test_a_generation_or_a_list_of_superlatives_is_no_formulation(text):
    assert not names(text, "SLOGAN")


def test_a_banner_about_a_comrade_is_no_formulation():
    assert not names("正厅上方悬挂着黑底白字的横幅“沉痛悼念王丙乾同志”。", "SLOGAN")
    assert "同志加兄弟" in names("双方重申“同志加兄弟”的传统友谊。", "SLOGAN")


def test_a_quoted_prediction_is_no_formulation():
    assert not names("欧尔班表示，欧洲如果继续走封闭道路“会出现大问题”。", "SLOGAN")


@pytest.mark.parametrize("text", ["以方或许“很快需要”恢复军事行动。", "有关60天法律时限已“暂停或中止”。"])
def test_words_quoted_from_what_someone_said_are_no_formulation(text):
    assert not names(text, "SLOGAN")


def test_a_quoted_word_naming_a_campaign_or_one_of_a_kind():
    assert names("扎实开展“制胜”专项行动，依法严厉打击暴力恐怖。推广“融救助”等模式。", "SLOGAN") == {"制胜", "融救助"}
    assert not names("推行“揭榜挂帅”“赛马制”“里程碑”等制度。", "SLOGAN") & {"里程碑"}


def test_a_package_named_by_its_number_of_articles():
    assert names("认真落实国务院关于鼓励引导民间投资新36条，出台实施细则。", "SLOGAN") == {"新36条"}
    assert not names("出台创新10条措施。建成全国十条高速。", "SLOGAN")


def test_what_is_not_supported_or_a_target_described_is_no_formulation():
    assert not names("不支持“台湾独立”，不寻求同中国冲突。袭击了埃拉特的一处“重要目标”。", "SLOGAN")


def test_what_is_opposed_being_made_is_criticised():
    assert not names("坚决反对制造“台湾独立”、“两个中国”、“一中一台”。", "SLOGAN")


def test_a_quoted_news_site_is_no_formulation():
    assert not names("赫什在接受美国“立即民主”新闻网站采访时说。", "SLOGAN")


def test_a_quoted_switch_the_dictionary_has_as_a_noun():
    assert names("逐步实行“费改税”。", "SLOGAN") == {"费改税"}


def test_a_quoted_campaign_named_by_a_word_that_opens_with_a_numeral():
    assert names("持续实施企业上市“千里马”行动。", "SLOGAN") == {"千里马"}


def test_quoted_programmes_by_their_names_though_the_dictionary_has_them():
    assert {"星火计划", "燎原计划"} <= names("继续实施“星火计划”、“燎原计划”和“丰收计划”。", "SLOGAN")


def test_a_quoted_pair_of_set_phrases_as_a_policy_though_a_numeral_opens_it():
    assert names("坚持“百花齐放、百家争鸣”的方针。", "SLOGAN") == {"百花齐放，百家争鸣"}
    assert not names("提出“三年两步走”的设想。", "SLOGAN") - {"三年两步走"}


def test_five_year_plans_by_their_number_and_a_quoted_gang_is_none():
    found = names("全面的改革，预期可在七五计划期间逐步展开。今年十五个省。第十五届大会。由于林彪、“四人帮”的长期破坏。", "SLOGAN")
    assert found == {"七五"}


def test_a_gang_quoted_next_to_a_formulation_is_none():
    text = "我们要彻底肃清“四人帮”“两个凡是”的流毒和影响。"
    assert "四人帮" not in names(text, "SLOGAN")


def test_measures_counted_in_figures_and_a_congress_that_proposes_are_no_formulations():
    text = "主要包括建立养老服务综合监管制度等7项措施。2017年，党的十九大提出了乡村振兴战略。实施稳增长八项措施。"
    found = names(text, "SLOGAN")
    assert "八项措施" in found and not {"7项措施", "十九大提出了乡村振兴战略"} & found


def test_unquoted_codes_of_things_done_together():
    text = "推动两网融合取得进展，深化三医联动机制。三地协同创新平台扩大。四是融合发展。五轴联动数控机床下线。（八）协同推进。"
    assert names(text, "SLOGAN") == {"两网融合", "三医联动"}


def test_no_formulation_of_sanctions_counted():
    assert names("外交部宣布采取八项反制措施，并实施3项制裁措施。", "SLOGAN") == set()


def test_the_formulation_of_a_quoted_pair_with_a_phrase_and_a_list_of_formulations_whole():
    text = "坚持“和平统一、一国两制”方针。推动“四化同步、城乡融合、五区共兴”。"
    assert names(text, "SLOGAN") == {"一国两制", "四化同步、城乡融合、五区共兴"}


def test_counted_strategies_bottom_lines_and_guidelines_with_tiao():
    text = "报告提出14条基本方略。要守住耕地保护两条底线。贯彻执行下列十条方针。根据宪法第十条规定。"
    assert {"14条基本方略", "两条底线", "十条方针"} <= names(text, "SLOGAN")
    assert not any("规定" in name for name in names(text, "SLOGAN"))


def test_counted_principles_and_requirements_and_the_campaign_against_pornography():
    found = names("周总理提出了对外援助的八项原则和五项正义要求。深入开展扫黄打非。", "SLOGAN")
    assert {"八项原则", "五项正义要求", "扫黄打非"} <= found


def test_established_terms_of_the_reform_era():
    text = ("实行价格双轨制。一手抓改革开放，一手抓打击犯罪，两手抓，两手都要硬。实施收支两条线管理。开展“三讲”教育。"
            "推动“三通”进程。建设第三通道。坚持古为今用、洋为中用。")
    found = names(text, "SLOGAN")
    assert {"双轨制", "两手抓", "收支两条线", "三讲", "三通", "古为今用", "洋为中用"} <= found
    assert [m.start for m in run(text)[0].mentions if m.name == "三通"] == [text.index("三通")]


def test_a_formulation_of_single_characters_listed_unquoted():
    assert "亲诚惠容" in names("坚持睦邻、安邻、富邻，突出体现亲、诚、惠、容的理念。", "SLOGAN")


def test_the_strike_hard_campaign_only_where_quoted():
    assert "严打" in names("继续深入开展“严打”斗争。", "SLOGAN")
    assert "严打" not in names("双方要严打网赌电诈等跨境犯罪。", "SLOGAN")


def test_the_double_hundred_policy_as_printed_with_a_comma_or_a_mark():
    text = "继续鼓励“百花齐放，百家争鸣”的方针不变。坚持百花齐放、百家争鸣的方针。"
    assert [m.name for m in run(text)[0].mentions if m.label == "SLOGAN"] == ["百花齐放，百家争鸣"] * 2


def test_the_communiques_of_two_states_counted():
    found = names("中美关系只有在严格遵守中美三个公报的基础上，才能稳定发展。会议发表了两个公报。", "SLOGAN")
    assert found == {"中美三个公报"}


def test_a_plans_number_in_quotes():
    assert names("今年，是全面完成“十五”任务、为“十一五”发展打好基础的关键一年。“八五”期间。", "SLOGAN") == {"十五", "十一五", "八五"}


def test_historical_formulations_of_the_glossary():
    text = ("按照毛主席关于三个世界的伟大理论。逐步缩小三大差别。按照毛主席提出的接班人五项条件。"
            "经过关于社会主义和资本主义两条道路的全民大辩论。")
    assert {"三个世界", "三大差别", "接班人五项条件", "两条道路"} <= names(text, "SLOGAN")


def test_a_code_of_three_faults_before_the_firms_it_names():
    assert names("宁夏依法分类处置4000多家“散乱污”企业。他说“走过场”不行。", "SLOGAN") == {"散乱污"}


def test_a_programme_named_by_numbers_and_a_policy_of_articles_counted():
    text = "努力实现“八七”扶贫攻坚计划的目标。去年7月出台的“金融十条”，发挥了作用。大家都说“八七”。"
    assert names(text, "SLOGAN") == {"八七", "金融十条"}


def test_the_three_forces_named_unquoted():
    assert "三股势力" in names("愿同巴方加强安全领域合作，共同打击三股势力。", "SLOGAN")


def test_campaigns_of_good_units_named_unquoted():
    assert {"四好连队", "五好战士"} <= names("解放军开展四好连队运动和五好战士活动。", "SLOGAN")


def test_campaigns_of_the_1950s_and_1980s_named_bare():
    assert {"三反五反", "五讲四美"} <= names("开展三反五反运动。我们必须开展五讲四美活动。", "SLOGAN")


def test_no_count_of_measures_told_before():
    found = {m.name for m in run("一是降低费率。二是规范缴存比例。上述两项措施的具体方案由各省确定。")[0].mentions
             if m.label == "SLOGAN"}
    assert "两项措施" not in found


def test_a_count_ends_before_the_verb_that_brings_what_it_counts():
    assert names("吸引标普、穆迪、惠誉三大评级机构落户北京；优化基层治理。", "SLOGAN") == {"三大评级机构"}


def test_a_quoted_title_is_no_formulation():
    assert names("县水利局的干部到村里当起了“第一书记”。", "SLOGAN") == set()


def test_a_quoted_motto_of_clauses_numbered_in_turn_and_no_definition_from_shi_zhidao():
    result = run("“一要吃饭，二要建设”，是指导我国经济工作的一项基本原则。")[0]
    assert {m.name for m in result.mentions if m.label == "SLOGAN"} == {"一要吃饭，二要建设"}
    assert not [r for r in result.relations if r.kind == "DEFINES"]  # 是指导: guides, not 是指 (means)


def test_a_number_named_as_one_or_ending_a_range_is_no_code_here_or_elsewhere_in_the_corpus():
    logo, other = run("活动标识由党徽、数字“100”“1921”“2021”和光芒线组成。从“1”到“100”的规模化难题。落实“1310”具体部署。",
                      "俄罗斯空军建军100周年。8架苏-25战机组成了数字100的图形。")
    assert {m.name for m in logo.mentions if m.label == "SLOGAN"} == {"1310"}
    assert not [m for m in other.mentions if m.label == "SLOGAN"]


def test_sayings_named_for_their_spirit_and_a_congress_s_strategy_are_no_formulations():
    text = ("我们要以“越是艰险越向前”的英雄气概和“狭路相逢勇者胜”的斗争精神，坚定不移抓下去。"
            "坚定不移落实党的十九大全面从严治党战略部署。要用三大纪律八项注意教育战士。")
    assert names(text, "SLOGAN") == {"三大纪律八项注意"}


def test_the_four_modernisations_named_short_without_quotes():
    assert names("我们实现四化的宏伟目标就一定能够实现！推进四化同步发展。", "SLOGAN") == {"四化", "四化同步"}


def test_a_quoted_phrase_of_ordinary_words_is_found_only_where_quoted():
    _, bare = run("迈过“进一步发展”绕不开的坎。", "为两国关系进一步发展注入动力。")
    assert not [m for m in bare.mentions if m.label == "SLOGAN"]


def test_a_code_of_numbers_before_the_campaign_it_names():
    assert names("农村贫困人口大幅度减少，“八七”扶贫攻坚目标基本实现。", "SLOGAN") == {"八七"}


@pytest.mark.parametrize("term, counting", [
    ("两个确立", True), ("双碳", True), ("一带一路", True), ("一县一策", True), ("33618", True), ("三农", True),
    ("双重", False), ("双向", False), ("一个中国", False), ("一件事", False), ("进一步发展", False),
])
def test_what_counts(term, counting):
    """A code counts (and a quoted one is found bare in other texts too); a noun of the language or a single 一 does not."""
    assert counts(term) is counting


def test_an_unquoted_code_of_one_measure_for_each_unit():
    assert {"一企一策", "一村一品", "一人一档"} <= names("明确一企一策转型路径，推行一村一品，做到一人一档。", "SLOGAN")
    assert not names("一心一意谋发展，一步一个脚印，一家一户。", "SLOGAN")


def test_one_of_them_counts_no_formulation():
    assert "一条基本方略" not in names("坚持人与自然和谐共生是其中一条基本方略，绿色是其中一大理念。", "SLOGAN")


def test_the_two_wheels_drive_is_an_established_code():
    assert "双轮驱动" in names("《国家创新驱动发展战略纲要》明确了双轮驱动的路线图。", "SLOGAN")


def test_the_five_concepts_short_for_the_five_concepts_of_development():
    assert "五大发展理念" in names("创新作为五大理念之首，被摆在国家发展全局的核心位置。", "SLOGAN")


def test_quoted_campaigns_sharing_a_qualified_kind():
    assert names("到开展“净网”“清朗”治理行动，网络健康文化加速培育。", "SLOGAN") == {"净网", "清朗"}
    assert names("“清朗”系列专项行动取得成效。", "SLOGAN") == {"清朗"}
    assert names("加强“高地”建设。", "SLOGAN") == set()


def test_the_ordinal_part_of_a_counted_formulation():
    assert names("总书记对“两个结合”特别是“第二个结合”作了全面系统深入阐述。", "SLOGAN") == {"两个结合", "第二个结合"}


def test_days_named_by_their_date_and_streets_full_of_something_are_no_formulations():
    assert names("今年“七一”期间，基层党组织组织学习。“五一”假期，游客增多。", "SLOGAN") == set()
    assert names("“一五”期间，156项重点工程开工建设。", "SLOGAN") == {"一五"}
    assert names("很多街道今天变身为“国旗一条街”，数万面红旗迎风飘扬。", "SLOGAN") == set()


def test_a_formulation_takes_in_the_spirit_printed_after_it():
    result = run("深入贯彻中央八项规定精神，持之以恒纠治四风。")[0]
    assert ("中央八项规定精神", "中央八项规定") in {(m.text, m.name) for m in result.mentions if m.label == "SLOGAN"}


def test_a_count_and_a_quality_that_make_a_noun_of_the_language():
    assert names("破解“两难”问题，入选“百强”县。", "SLOGAN") == set()
    assert names("推动“两新”政策落地，实施“双高”计划。", "SLOGAN") == {"两新", "双高"}


def test_a_counted_word_of_the_language_quoted_in_one_text_stays_there():
    quoted, bare = run("全省新增“两院”院士5人，“三甲”医院达到55家。", "新增两院院士3人，三甲医院实现全覆盖。")
    assert {"两院", "三甲"} <= slogans(quoted)
    assert not slogans(bare) & {"两院", "三甲"}  # (a word everywhere else)
    assert "两重" in slogans(run("加力支持“两重”建设。", "国债支持两重建设。")[1])  # (the gazetteer's, bare too)


@pytest.mark.parametrize("text", [
    "服务业增加值连续迈上三个“10万亿元”新台阶。",  # an amount
    "在“世界500强”排名由369位上升到235位。",  # a ranking
    "全国政协召开“双周协商座谈会”。",  # a meeting
])
def test_quoted_amounts_rankings_and_meetings_are_no_formulations(text):
    assert not names(text, "SLOGAN")


def test_a_strategy_named_by_a_set_phrase():
    assert "光明之路" in names("愿通过哈萨克斯坦“光明之路”发展战略同中方倡议对接。", "SLOGAN")  # (an idiom to the dictionary)


def test_a_visit_called_a_quoted_trip_is_a_metaphor():
    assert not names("希望你这次访华不仅是一次“怀旧之旅”，更是一次“开创之旅”。", "SLOGAN")


def test_established_code_unquoted():
    assert names("全市累计关停2万多家散乱污企业。", "SLOGAN") == {"散乱污"}


@pytest.mark.parametrize("text, code", [("河南率先推出七证合一，一张服务证整合了手续。", "七证合一"),
                                        ("深化商事制度改革，实行多证合一。", "多证合一")])
def test_papers_or_plans_made_one_unquoted(text, code):
    assert code in names(text, "SLOGAN")


def test_no_papers_made_one_inside_words():
    assert not names("很多证合一起来就方便了。", "SLOGAN")


def test_no_count_of_characters_quoted_one_each():
    assert "两个字" not in names("新型政商关系，概括起来说就是“亲”、“清”两个字。", "SLOGAN")


def test_a_counted_name_ends_before_an_adverb_of_its_verb():
    assert names("小麦、玉米、水稻三大主粮基本实现全程机械化。", "SLOGAN") == {"三大主粮"}


def test_a_count_after_quoted_parts_without_the_work_on_it():
    assert "五大体系" in names("北京市围绕“车、路、云、网、图”五大体系建设，打造聪明的车、智慧的路。", "SLOGAN")


@pytest.mark.parametrize("text", ["北京大学第三医院清晨六点就很忙。", "山东省地矿局第六地质大队成立于1958年。",
                                  "中国和德国作为世界第二、第三大经济体。"])
def test_no_formulation_inside_an_ordinal(text):
    assert not names(text, "SLOGAN")


def test_two_counted_parts_joined_in_quotes():
    text = "海南以“五自由便利和一安全有序流动”为主要特征的自由贸易港政策制度体系基本成型。"
    assert "五自由便利和一安全有序流动" in names(text, "SLOGAN")


def test_a_count_of_a_quoted_set_phrase_opening_with_一():
    assert "三个一以贯之" in names("大家表示，将用三个“一以贯之”武装头脑。", "SLOGAN")


def test_a_quoted_list_of_codes_of_groups_one_named_alone_splits_into_formulations():
    text = "贵州省因地制宜发展“一县一业、一乡一特、一村一品”，攻克深度贫困堡垒。“一县一业”带动了就业。"
    assert names(text, "SLOGAN") == {"一县一业", "一乡一特", "一村一品"}
    assert names("“四纵三横、一圈两带”现代化水网加快构建。", "SLOGAN") == {"四纵三横、一圈两带"}


def test_numbers_one_calls_are_no_codes_and_a_quoted_number_of_three_stays_home():
    assert names("优化“12345”市民热线运行管理，“120”急救车随叫随到。", "SLOGAN") == set()
    quoted, other = run("当地群众把流动医疗车称为“乡村120”和“120”。", "覆盖欧亚120多个城市，出让矿业权110宗。")
    assert not [m for m in other.mentions if m.label == "SLOGAN"]


def test_no_count_opened_by_the_number_after_a_plus():
    assert names("完善10+3大米紧急储备机制，努力让东亚实现粮食安全。", "SLOGAN") == set()


def test_a_count_of_a_noun_whose_points_open_after_a_comma():
    text = "中希关系有两大纽带，一是文明交流，二是互利合作。"
    assert names(text, "SLOGAN") == {"两大纽带"}
    assert names("国家将从三个层面着力，一是加强诚信教育，二是加强信用征集，三是建立失信惩戒制度。", "SLOGAN") == set()


def test_no_known_formulation_whose_end_a_word_takes_on():
    assert "两个文明" not in names("伊朗和中国是两个文明古国，交往历史悠久。", "SLOGAN")
    assert "两个文明" in names("坚持两个文明一起抓。", "SLOGAN")


def test_a_programme_quoted_after_what_launched_it_and_de():
    assert "春雨行动" in names("邢台市开展的“春雨行动”、沧州市评选的“沧州好人”等活动。", "SLOGAN")
    assert "头号工程" not in names("这是全省的“头号工程”。", "SLOGAN")


def test_a_quoted_count_of_the_self_and_a_plan_after_a_country_s_quoted_name():
    assert "四个自我" in names("坚持“五个必须”，实现“四个自我”，我们就能实现跨越。", "SLOGAN")
    assert "光明之路" in names("中方愿将“一带一路”倡议同哈方“光明之路”新经济计划更好衔接。", "SLOGAN")


def test_a_count_before_the_frame_of_what_it_is_for_ends_before_it():
    assert "四大水系为骨干" not in names("如今，以长江、淮河、黄河、海河四大水系为骨干，国家水网建设正在推进。", "SLOGAN")
