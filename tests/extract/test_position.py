"""POSITION and HOLDS: stacked titles, qualified positions, inheritance in stacks, bare titles."""
import pytest
from helpers import pairs, run



def holds(result) -> set[tuple[str, str]]:
    return {(r.source.removeprefix("PERSON:"), r.target.removeprefix("POSITION:"))
            for r in result.relations if r.kind == "HOLDS"}


def names(result, label: str) -> set[str]:
    return {m.name for m in result.mentions if m.label == label}


@pytest.mark.parametrize("text, expected", [
    ("市委副书记、市人大常委会副主任李明清出席。", {("李明清", "市委副书记"), ("李明清", "市人大常委会副主任")}),
    ("市委副书记、市长胡衡华主持会议。", {("胡衡华", "市委副书记"), ("胡衡华", "市长")}),
    ("市委常委、市委秘书长罗蔺出席。", {("罗蔺", "市委常委"), ("罗蔺", "市委秘书长")}),
    ("区委书记、区长王伟出席。", {("王伟", "区委书记"), ("王伟", "区长")}),
    ("市委书记袁家军，市长胡衡华出席。", {("袁家军", "市委书记"), ("胡衡华", "市长")}),
])
def test_position_stacked_titles_one_holds_each(text, expected):
    assert holds(run(text)[0]) == expected


@pytest.mark.parametrize("text, position, place, person", [
    ("渝北区委书记杨晓云说，要加快发展。", "渝北区委书记", "渝北区", "杨晓云"),
    ("九龙坡区委副书记、区长王伟出席。", "九龙坡区委副书记", "九龙坡区", "王伟"),
    ("两江新区管委会主任罗林出席。", "两江新区管委会主任", "两江新区", "罗林"),
])
def test_position_qualified_by_place(text, position, place, person):
    result = run(text)[0]
    assert position in names(result, "POSITION")
    assert place in names(result, "PLACE")
    assert (person, position) in holds(result)


@pytest.mark.parametrize("text, expected", [
    ("市水利局党组书记、局长江夏介绍。", {("江夏", "市水利局党组书记"), ("江夏", "局长")}),
    ("恒力集团有限公司董事长、总裁陈建华。", {("陈建华", "恒力集团有限公司董事长"), ("陈建华", "总裁")}),
    ("市委常委、市政府党组副书记、常务副市长王炯出席。",
     {("王炯", "市委常委"), ("王炯", "市政府党组副书记"), ("王炯", "常务副市长")}),  # 副市长 names its own level
])
def test_position_stack_gives_each_post_as_printed(text, expected):
    assert holds(run(text)[0]) == expected


@pytest.mark.parametrize("text, expected", [
    ("湖北省人民政府代省长李殿勋作政府工作报告。", ("李殿勋", "湖北省人民政府代省长")),  # as printed
    ("广东省省长 王伟中", ("王伟中", "广东省省长")),  # a report's header
    ("在省第十四届人民代表大会第三次会议上\n省长 李炳军\n各位代表：", ("李炳军", "省长")),  # the bare title heads its line
    ("李德仁院士获国家最高科学技术奖。", ("李德仁", "院士")),
    ("村党支部书记王希昌说。", ("王希昌", "村党支部书记")),
    ("园区管委会主任康治平畅谈未来规划。", ("康治平", "园区管委会主任")),
])
def test_position_holds_as_printed(text, expected):
    assert expected in holds(run(text)[0])


@pytest.mark.parametrize("text", ["市委常委、副市长张安疆出席。", "市委常委、常务副市长王炯出席。"])
def test_position_stack_does_not_inherit_into_own_level(text):
    assert not any(name.startswith("市委") and "市长" in name for name in names(run(text)[0], "POSITION"))


def test_position_stack_with_department_title():
    result = run("市委常委、组织部部长张轩出席。")[0]
    assert ("张轩", "市委常委") in holds(result) and len(holds(result)) == 2


@pytest.mark.parametrize("text, expected", [
    ("习近平总书记对重庆寄予厚望。", {("习近平", "总书记")}),
    ("习近平总书记来渝考察时强调，要加快建设现代化产业体系。", {("习近平", "总书记")}),
])
def test_position_title_after_name(text, expected):
    assert holds(run(text)[0]) == expected


@pytest.mark.parametrize("text", [
    "要当好局长，做好书记。",
    "拨打市长热线反映问题。",
    "总书记强调，要坚持不懈。",
    "书记处会议召开。",
    "市委高度重视制造业发展。",
])
def test_position_bare_title_without_person(text):
    result = run(text)[0]
    assert names(result, "POSITION") == set() and holds(result) == set()


def test_a_bare_title_inside_a_line_is_not_the_next_name_s_post():
    assert holds(run("会见了省长 和李炳军。")[0]) == set()



def test_positions_keep_the_place_they_are_printed_with_in_a_city_corpus():
    """Bodies of the corpus's city are merged (重庆市经信委 = 市经信委); a post keeps its place as printed."""
    texts = ["重庆市人民政府市长 胡衡华\n各位代表：", "重庆市经信委、重庆市发展改革委负责人出席。重庆市召开会议。",
             "重庆市渝北区举行活动，重庆市江北区参加。"]
    first = run(*texts)[0]
    assert ("胡衡华", "重庆市人民政府市长") in {(r.source.removeprefix("PERSON:"), r.target.removeprefix("POSITION:"))
                                            for r in first.relations if r.kind == "HOLDS"}


@pytest.mark.parametrize("text, holds", [
    ("中国驻圣保罗总领馆副总领事孙仁安出席活动。", {("孙仁安", "中国驻圣保罗总领馆副总领事")}),  # a consulate's post
    ("中国驻美国大使谢锋表示。", {("谢锋", "中国驻美国大使")}),  # an envoy, as printed
    ("山西代表团团长、省贸促会会长陈河才介绍了投资环境。", {("陈河才", "山西代表团团长"), ("陈河才", "省贸促会会长")}),
])
def test_diplomatic_and_delegation_posts(text, holds):
    result = run(text)[0]
    assert {(r.source.removeprefix("PERSON:"), r.target.removeprefix("POSITION:"))
            for r in result.relations if r.kind == "HOLDS"} == holds


def test_a_seat_on_the_central_committee_keeps_its_edition():
    result = run("中央纪委国家监委对第二十届中央候补委员，上海市委原常委朱芝松进行了立案审查调查。")[0]
    assert {"第二十届中央候补委员", "上海市委原常委"} <= names(result, "POSITION")
    assert "中央委员会" not in names(result, "POSITION")


@pytest.mark.parametrize("text, holds", [
    ("习近平向印尼当选总统普拉博沃致贺电。", {("普拉博沃", "印尼当选总统")}),
    ("王沪宁会见由朝鲜劳动党中央政治局候补委员金成男率领的代表团。", {("金成男", "朝鲜劳动党中央政治局候补委员")}),
])
def test_presidents_elect_and_alternate_members(text, holds):
    result = run(text)[0]
    assert holds <= {(r.source.removeprefix("PERSON:"), r.target.removeprefix("POSITION:"))
                     for r in result.relations if r.kind == "HOLDS"}


@pytest.mark.parametrize("text, holds", [
    ("习近平主席同米尔济约耶夫总统一致决定。", {("米尔济约耶夫", "总统")}),  # 统一 runs across, the reading keeps 总统
    ("柬埔寨太后莫尼列会见。", {("莫尼列", "柬埔寨太后")}),
    ("会见朝鲜劳动党中央政治局候补委员、国际部部长金成男。", {("金成男", "国际部部长")}),  # a department in a stack
])
def test_titles_read_as_words_royals_and_departments_in_stacks(text, holds):
    result = run(text)[0]
    assert holds <= {(r.source.removeprefix("PERSON:"), r.target.removeprefix("POSITION:"))
                     for r in result.relations if r.kind == "HOLDS"}


def test_a_title_inside_a_word_is_none():
    assert names(run("研究所长期坚持。")[0], "POSITION") == set()


def test_titles_held_at_once_and_ministers_by_field():
    result = run("国务委员兼国务院秘书长吴政隆等出席。巴西总统府首席部长科斯塔、司法部长莱万多夫斯基在机场迎接。"
                 "王沪宁会见尼泊尔联邦院主席蒂米尔西纳。")[0]
    holds = pairs(result)
    assert {("PERSON:吴政隆", "POSITION:国务委员"), ("PERSON:吴政隆", "POSITION:国务院秘书长"),
            ("PERSON:科斯塔", "POSITION:巴西总统府首席部长"), ("PERSON:莱万多夫斯基", "POSITION:司法部长"),
            ("PERSON:蒂米尔西纳", "POSITION:尼泊尔联邦院主席")} <= holds


def test_full_time_deputies_executive_secretaries_and_supreme_leaders():
    found = holds(run("中央改革办专职副主任丁国文在广西宣讲。《公约》秘书处执行秘书西蒙·斯蒂尔致辞。")[0])
    assert {("丁国文", "中央改革办专职副主任"), ("西蒙·斯蒂尔", "执行秘书")} <= found
    assert ("哈梅内伊", "伊朗最高领袖") in holds(run("伊朗最高领袖哈梅内伊24日在德黑兰发表讲话。")[0])


def test_a_country_by_its_formal_name_qualifies_the_post():
    assert ("巴育", "泰王国总理") in holds(run("印度总理莫迪、泰王国总理巴育表示哀悼。")[0])
    assert ("伊萨亚斯·阿费沃基", "厄立特里亚国总统") in holds(run("厄立特里亚国总统伊萨亚斯·阿费沃基将访华。")[0])
    assert ("泽连斯基", "乌总统") in holds(run("乌克兰媒体报道，乌总统泽连斯基公布了方案。")[0])  # Ukraine by its letter


def test_a_ministry_by_its_fields_lists_no_posts():
    result = run("爱尔兰环境、气候与通讯部长瑞安表示。安哥拉总统代表、外交部长安东尼奥发言。")[0]
    assert "爱尔兰环境、气候与通讯部长" in names(result, "POSITION")
    assert ("查尔内克", "波兰教育部长") in holds(run("罗塔遭多方批评。波兰教育部长查尔内克表示。")[0])  # one field
    assert ("安东尼奥", "外交部长") in holds(result) and "安哥拉总统代表、外交部长" not in names(result, "POSITION")


def test_a_country_by_its_long_form_qualifies_the_post():
    result = run("欢迎加蓬共和国总统阿里·邦戈·翁丁巴对我国进行国事访问。")[0]
    assert holds(result) == {("阿里·邦戈·翁丁巴", "加蓬共和国总统")}
    assert {(m.text, m.name) for m in result.mentions if m.label == "PLACE"} == {("加蓬共和国", "加蓬")}
    assert ("韦斯利·西米纳", "密克罗尼西亚联邦总统") in holds(run("欢迎密克罗尼西亚联邦总统韦斯利·西米纳访华。")[0])


def test_honorary_posts():
    assert ("卢拉", "巴西劳工党名誉主席") in holds(run("习近平和巴西劳工党名誉主席、总统卢拉分别向研讨会致贺信。")[0])


def test_the_seats_of_a_party_committee_listed_after_it_and_posts_won():
    result = run("梁言顺同志任安徽省委委员、常委、书记，不再担任宁夏回族自治区党委书记、常委、委员职务。")[0]
    assert holds(result) == {("梁言顺", post) for post in ("安徽省委委员", "安徽省委常委", "安徽省委书记", "宁夏回族自治区党委书记",
                                                            "宁夏回族自治区党委常委", "宁夏回族自治区党委委员")}
    assert ("江夏", "局长") in holds(run("市水利局党组书记、局长江夏介绍情况。")[0])  # 局长 is no seat of the 党组
    assert holds(run("习近平致电祝贺阿比纳德尔当选连任多米尼加总统。")[0]) >= {("阿比纳德尔", "多米尼加总统")}


def test_foreign_posts_of_a_city_a_sultan_and_an_acting_president():
    result = run("共和国总理佩索申、喀山市市长梅特申出席。文莱苏丹哈桑纳尔会见代表团。对哈桑纳尔苏丹的问候。"
                 "习近平主席同敏昂莱代总统举行会晤。苏丹局势紧张。")[0]
    assert {("梅特申", "喀山市市长"), ("哈桑纳尔", "文莱苏丹"), ("敏昂莱", "代总统"), ("佩索申", "总理")} <= holds(result)
    assert sum(m.label == "PLACE" and m.text == "苏丹" for m in result.mentions) == 1  # Sudan once; the sultan no place
    assert not any(m.label == "PERSON" and "苏丹" in m.text for m in result.mentions)


def test_seats_of_a_regional_party_committee_and_posts_removed_together():
    assert ("李邑飞", "宁夏回族自治区党委委员") in holds(run("李邑飞同志任宁夏回族自治区党委委员、常委、书记。")[0])
    assert holds(run("会议通过关于免去毕井泉第十四届全国政协常委、经济委员会副主任职务的决定。")[0]) == {
        ("毕井泉", "第十四届全国政协常委"), ("毕井泉", "经济委员会副主任")}


def test_a_foreign_province_the_gazetteer_lacks_before_its_party_post():
    result = run("李希会见由古巴共产党中央政治局委员、阿特米萨省委第一书记马丁内斯率领的代表团。")[0]
    assert holds(result) == {("马丁内斯", "古巴共产党中央政治局委员"), ("马丁内斯", "阿特米萨省委第一书记")}
    assert ("袁家军", "省委书记") in holds(run("会上，省委书记袁家军讲话。")[0])  # the province's own committee


def test_an_emir_and_the_judges_and_prosecutors_appointed():
    text = "卡塔尔埃米尔塔米姆会见了他。任命茅仲华为最高人民法院副院长、审判委员会委员、审判员。"
    holds = {(r.source.split(":", 1)[1], r.target.split(":", 1)[1]) for r in run(text)[0].relations if r.kind == "HOLDS"}
    assert {("塔米姆", "卡塔尔埃米尔"), ("茅仲华", "审判员")} <= holds


def test_a_foreign_minister_or_envoy_of_fields_as_printed():
    text = "国家副主席韩正在北京会见英国外交发展大臣克莱弗利。韩正在北京会见美国总统气候问题特使克里。"
    holds = {(r.source.split(":", 1)[1], r.target.split(":", 1)[1]) for r in run(text)[0].relations if r.kind == "HOLDS"}
    assert {("克莱弗利", "英国外交发展大臣"), ("克里", "美国总统气候问题特使")} <= holds


def test_ministers_of_the_same_country_listed_after_the_first_one():
    text = "张高丽会见了澳大利亚国库部长霍基、贸易和投资部长罗布一行。"
    assert {"澳大利亚国库部长", "贸易和投资部长"} <= names(run(text)[0], "POSITION")


def test_a_legislatures_committee_named_alone_after_it_was_named_with_its_parent():
    text = ("会议听取了全国人大宪法和法律委员会副主任委员徐辉作的报告。会议听取了宪法和法律委员会副主任委员周光权作的报告。"
            "会议听取了宪法和法律委员会主任委员信春鹰作的报告。")
    result = run(text)[0]
    holds = {(r.source.removeprefix("PERSON:"), r.target.removeprefix("POSITION:"))
             for r in result.relations if r.kind == "HOLDS"}
    assert ("周光权", "全国人大宪法和法律委员会副主任委员") in holds
    assert ("信春鹰", "宪法和法律委员会主任委员") in holds  # (its full form is not printed)
    # only a legislature's or a CPPCC's: 市人大常委会主任 is not another 人大常委会主任's full form
    holds = {(r.source.removeprefix("PERSON:"), r.target.removeprefix("POSITION:")) for r in run(
        "重庆市人大常委会主任王炯出席。四川省人大常委会主任王晓晖出席。")[0].relations if r.kind == "HOLDS"}
    assert ("王炯", "重庆市人大常委会主任") in holds and ("王晓晖", "四川省人大常委会主任") in holds


@pytest.mark.parametrize("text, post", [
    ("共青团中央书记处第一书记阿东出席。", "共青团中央书记处第一书记"),  # a body's secretariat, then the post
    ("全国人大常委会办公厅主任出席。", "全国人大常委会办公厅主任"),
])
def test_a_post_in_a_bodys_secretariat_or_office(text, post):
    assert post in {m.name for m in run(text)[0].mentions if m.label == "POSITION"}


def test_a_foreign_firms_post_as_printed_and_a_boards_chair():
    result = run("法国达飞集团董事会主席鲁道夫·萨德表示。美国彭博集团创始人布隆伯格表示。博鳌亚洲论坛理事会理事长潘基文致辞。")[0]
    holds = {(r.source.split(":", 1)[1], r.target.split(":", 1)[1]) for r in result.relations if r.kind == "HOLDS"}
    assert {("鲁道夫·萨德", "法国达飞集团董事会主席"), ("布隆伯格", "美国彭博集团创始人"),
            ("潘基文", "博鳌亚洲论坛理事会理事长")} <= holds
    assert {"达飞集团", "彭博集团"} <= {m.name for m in result.mentions if m.label == "COMPANY"}
    assert {"法国", "美国"} <= {m.name for m in result.mentions if m.label == "PLACE"}


def test_a_post_then_held_as_printed():
    result = run("新加坡时任总理李显龙会见。")[0]
    assert ("PERSON:李显龙", "POSITION:新加坡时任总理") in {(r.source, r.target) for r in result.relations}


def test_the_auditor_general():
    assert ("侯凯", "审计署审计长") in holds(run("审计署审计长侯凯作了关于2022年度中央预算执行的报告。")[0])


def test_a_post_held_as_a_frame_says():
    assert ("习近平", "总书记") in holds(run("在以习近平同志为总书记的党中央坚强领导下，全国各族人民攻坚克难。")[0])
    assert not holds(run("以习近平同志为核心的党中央。")[0])


def test_a_reports_author_title_and_name_on_lines_of_their_own():
    text = "政府工作报告\n\n——2017年3月5日在第十二届全国人民代表大会第五次会议上\n\n国务院总理\n\u3000李克强\n\n各位代表："
    assert ("李克强", "国务院总理") in holds(run(text)[0])


def test_envoys_serve_the_person_named_before_them_and_more_titles():
    found = holds(run("国家主席习近平特别代表、国家副主席韩正将出席就职仪式。")[0])
    assert ("韩正", "国家主席习近平特别代表") in found  # the post as printed, with whom the envoy represents
    assert not {("习近平", "国家主席习近平特别代表"), ("习近平", "特别代表"), ("习近平", "国家副主席")} & found
    assert ("张志贤", "新加坡国务资政") in holds(run("新加坡国务资政张志贤出席会议。")[0])


def test_strengths_are_no_head_of_an_institute():
    assert not names(run("聚焦天津所长、所需、所能。")[0], "POSITION")


def test_committees_by_abbreviation_qualify_their_chairs():
    found = holds(run("会议听取了全国人大民委主任委员巴音朝鲁、宪法法律委主任委员信春鹰、外事委主任委员娄勤俭分别作的报告。"
                      "受委员长会议委托，常委会法工委副主任雷建斌作了说明，全国人大常委会预算工委主任许宏才作了说明。")[0])
    assert {("巴音朝鲁", "全国人大民委主任委员"), ("信春鹰", "宪法法律委主任委员"), ("娄勤俭", "外事委主任委员"),
            ("雷建斌", "常委会法工委副主任"), ("许宏才", "全国人大常委会预算工委主任")} <= found
    assert ("张三", "村委主任") in holds(run("村委主任张三说。")[0])  # (a bare title: no committee of its own)


@pytest.mark.parametrize("text, expected", [
    ("会议听取了全国人大宪法法律委副主任委员沈春耀作的汇报，主任委员信春鹰作的汇报，副主任委员周光权作的汇报。市长李明说。"
     "副主任委员王刚说。",  # a bare post after a qualified one of the same body in its sentence
     {("信春鹰", "全国人大宪法法律委主任委员"), ("周光权", "全国人大宪法法律委副主任委员"), ("王刚", "副主任委员")}),
    ("会议听取了金融监管总局副局长丛林受国务院委托作的说明，受国务院委托审计署审计长侯凯作的报告。",  # acting for someone
     {("丛林", "金融监管总局副局长"), ("侯凯", "审计署审计长")}),
    ("同议会上院议长阿希姆巴耶夫分别举行会谈。王沪宁会见柬埔寨人民党主席、参议院主席洪森。"
     "最高人民法院审判委员会专职委员刘贵祥介绍。",  # chambers and judicial committees
     {("阿希姆巴耶夫", "议会上院议长"), ("洪森", "参议院主席"), ("刘贵祥", "最高人民法院审判委员会专职委员")}),
    ("国家主席习近平致电博阿凯，祝贺他当选利比里亚共和国总统。",  # a post a foreign leader is congratulated on
     {("博阿凯", "利比里亚共和国总统")}),
])
def test_posts_of_bodies_named_once_chambers_and_frames(text, expected):
    assert expected <= holds(run(text)[0])


@pytest.mark.parametrize("text, expected", [
    ("全国政协十四届一次会议主席团常务主席沈跃跃出席会议。", {("沈跃跃", "全国政协十四届一次会议主席团常务主席")}),
    ("大会主席团常务主席、大会副秘书长、全国人大常委会秘书长刘奇作汇报。",
     {("刘奇", "大会主席团常务主席"), ("刘奇", "大会副秘书长"), ("刘奇", "全国人大常委会秘书长")}),
    ("主席团常务主席赵乐际主持会议。", {("赵乐际", "主席团常务主席")}),
    ("重庆市六届人大四次会议主席团常务主席张轩主持会议。", {("张轩", "重庆市六届人大四次会议主席团常务主席")}),
    ("大会执行主席李鸿忠在主席台执行主席席就座。", {("李鸿忠", "大会执行主席")}),
    ("丁薛祥同欧盟委员会执行副主席里贝拉举行对话。", {("里贝拉", "欧盟委员会执行副主席")}),
    ("澳门特别行政区第六任行政长官岑浩辉宣誓就职。", {("岑浩辉", "澳门特别行政区第六任行政长官")}),  # a term, as printed
    ("澳门特区第六任行政长官候任人岑浩辉表示感谢。", {("岑浩辉", "澳门特区第六任行政长官候任人")}),
    ("丹麦新任国王腓特烈十世即位。", {("腓特烈十世", "丹麦新任国王")}),  # a monarch's number
    ("赵乐际同古巴全国人民政权代表大会主席拉索举行会谈。", {("拉索", "古巴全国人民政权代表大会主席")}),
    ("赵乐际会见蒙古国国家大呼拉尔主席赞丹沙塔尔。", {("赞丹沙塔尔", "蒙古国国家大呼拉尔主席")}),
    ("内蒙古自治区主席王莉霞出席。", {("王莉霞", "内蒙古自治区主席")}),  # the title 自治区主席 runs into the place
    ("王沪宁同印尼人民协商会议主席穆扎尼会谈。", {("穆扎尼", "印尼人民协商会议主席")}),
    ("王沪宁会见印尼总统普拉博沃、国会议长布安。", {("普拉博沃", "印尼总统"), ("布安", "国会议长")}),  # a name of two
    ("韩正会见匈牙利前总统施米特。", {("施米特", "匈牙利前总统")}),  # whose Chinese reading is no name
])
def test_posts_of_a_session_as_printed(text, expected):
    """The presidium and the chairs of a congress's session, with the session before them (not 主席 alone), and
    those of other countries' congresses."""
    assert holds(run(text)[0]) == expected


@pytest.mark.parametrize("text, expected", [
    ("民政部规划财务司原司长冯亚平，因违规吃喝受到严肃处理。", ("冯亚平", "民政部规划财务司原司长")),  # a unit of a ministry
    ("中国电信河北分公司市场部副总经理孙继峰，因违规吃喝受到处理。", ("孙继峰", "中国电信河北分公司市场部副总经理")),
    ("国家电网湖北省黄冈市供电公司原党委委员、副总经理干磊，受到处理。",  # a known firm's subsidiary, a former post
     ("干磊", "国家电网湖北省黄冈市供电公司原党委委员")),
])
def test_a_post_in_a_unit_of_a_body_or_a_firm_as_printed(text, expected):
    assert expected in holds(run(text)[0])


@pytest.mark.parametrize("text, expected", [
    ("副总经理孙继峰出席会议。", ("孙继峰", "副总经理")),  # any title a name may follow, bare
    ("司长冯亚平出席会议。", ("冯亚平", "司长")),
    ("代表团团长余俊武表示。", ("余俊武", "团长")),
])
def test_a_name_after_any_bare_title(text, expected):
    assert expected in holds(run(text)[0])
    assert "关怀" not in names(run("在习近平总书记关怀下，乡亲们过上了好日子。")[0], "PERSON")  # 总书记 follows its holder


def test_a_mayor_whose_title_shares_the_level_of_the_city():
    assert ("殷勇", "北京市长") in holds(run("北京市长殷勇表示。")[0])
    assert not holds(run("南京市长江大桥通车。")[0])  # (长江 and 大桥: no mayor named 江大桥)


def test_a_post_said_of_a_person_named_first_and_deputy_titles_of_units():
    text = "邱建军，生前是湖北省武汉市公安局江汉区分局汉兴派出所副所长。许允若，生前是江苏省苏州市公安局吴中分局交警。"
    result = run(text)[0]
    assert ("邱建军", "湖北省武汉市公安局江汉区分局汉兴派出所副所长") in holds(result)
    assert "许允若" in names(result, "PERSON")
    assert ("陈辉", "政治委员") in holds(run("习近平向晋升上将军衔的陆军政治委员陈辉颁发命令状。")[0])


def test_a_post_abroad_qualified_by_the_countrys_letter():
    assert ("拉夫罗夫", "俄外长") in holds(run("据俄外长拉夫罗夫说。")[0])
    assert ("特朗普", "美总统") in holds(run("美总统特朗普表示。")[0])
    assert not names(run("中俄外长举行会谈。")[0], "POSITION")  # two countries' ministers, no holder


def test_collective_titles_and_what_a_post_holds_inside_its_body():
    result = run("美国亚洲协会董事会联席主席桑顿表示。以色列对巴勒斯坦伊斯兰抵抗运动（哈马斯）领导人哈尼亚的暗杀。")[0]
    assert {("桑顿", "美国亚洲协会董事会联席主席"), ("哈尼亚", "领导人")} <= holds(result)
    assert "亚洲" not in names(result, "PLACE")  # inside the body's name, inside the post
    assert not names(run("二十国集团领导人第十九次峰会举行。党和国家领导人出席。")[0], "POSITION")
    assert "宝鸡市" in names(run("陕西省宝鸡市交通局党组成员刘义受到处理。")[0], "PLACE")
    assert "俄罗斯联邦安全会议秘书" in names(run("会见俄罗斯联邦安全会议秘书绍伊古。")[0], "POSITION")
    assert ("施铭伦", "英国太古集团行政总裁") in holds(run("韩正会见英国太古集团行政总裁施铭伦。")[0])


def test_posts_of_a_general_staff_an_envoy_and_a_foreign_state_department():
    text = ("以国防军总参谋长哈莱维会见了高级军官。联合国黎巴嫩问题特别协调员亨尼斯-普拉斯哈特发表声明。"
            "美国国务院发言人米勒称。总经理张伟称，公司将扩产。")
    found = holds(run(text)[0])
    assert {("哈莱维", "总参谋长"), ("亨尼斯-普拉斯哈特", "特别协调员"), ("米勒", "美国国务院发言人"),
            ("张伟", "总经理")} <= found  # (not 张伟称: what he says follows)


def test_a_rotating_chair_and_no_title_in_the_chairing_state():
    assert ("加兹瓦尼", "非盟轮值主席") in holds(run("非盟轮值主席加兹瓦尼说。")[0])
    assert not names(run("今年二十国集团主席国印度总理莫迪主持会议。")[0], "POSITION") & {"二十国集团主席"}


def test_a_post_of_a_body_named_by_its_own_short_form_in_a_stack():
    text = "中共中央总书记、国家主席、中央军委主席、军委联指总指挥习近平8日视察。"
    assert {("习近平", "国家主席"), ("习近平", "军委联指总指挥")} <= holds(run(text)[0])
    others = run("新加坡总统尚达曼、黄循财总理出席。全省人民始终爱戴总书记、感恩总书记。")[0]
    assert not {"黄循财总理", "感恩总书记"} & names(others, "POSITION")  # a name, a verb: no body


def test_the_head_of_state_of_the_dprk():
    result = run("习近平同朝鲜劳动党总书记、国务委员长金正恩举行会谈。")[0]
    holds = pairs(result)
    assert holds >= {("PERSON:金正恩", "POSITION:国务委员长"), ("PERSON:金正恩", "POSITION:朝鲜劳动党总书记")}


def test_no_post_in_the_residence_of_its_holder():
    assert not [m for m in run("针对日本首相官邸一名负责安全政策的高官日前扬言。")[0].mentions if m.label == "POSITION"]


def test_no_post_in_a_decree_named_by_its_issuers_post():
    result = run("国家主席习近平签署第七号中华人民共和国主席令。全国政协副主席令计划出席。")[0]
    assert {m.name for m in result.mentions if m.label == "POSITION"} == {"国家主席", "全国政协副主席"}  # (令计划: a name)


def test_a_post_of_a_country_by_its_official_name():
    assert ("PERSON:阿尔塞", "POSITION:多民族玻利维亚国总统") in pairs(run("习近平致电阿尔塞，祝贺他当选多民族玻利维亚国总统。")[0])


def test_no_post_in_a_place_s_strengths():
    assert not [m for m in run("发挥福建所长、服务国家所需，奋勇争先。")[0].mentions if m.label == "POSITION"]


def test_a_country_sits_in_no_place_before_it():
    result = run("美国试图利用乌克兰危机削弱欧洲伊朗总统莱希日前在联合国大会发言。")[0]
    assert {m.name for m in result.mentions if m.label == "POSITION"} == {"伊朗总统"}


def test_an_alternate_member_of_the_central_committee_as_printed():
    result = run("全会按照党章规定，决定递补中央委员会候补委员丁向群、于立军为中央委员会委员。")[0]
    held = pairs(result)
    assert ("PERSON:丁向群", "POSITION:中央委员会候补委员") in held


@pytest.mark.parametrize("text, post", [("俄罗斯驻美大使安东诺夫警告。", "俄罗斯驻美大使"),
                                        ("此前一天，俄驻美大使安东诺夫表示。", "俄驻美大使"),
                                        ("中国驻美大使谢锋表示。", "中国驻美大使")])
def test_an_envoy_to_a_country_named_by_its_letter(text, post):
    result = run(text)[0]
    assert post in {m.name for m in result.mentions if m.label == "POSITION"}


def test_envoys_of_a_head_and_a_former_post_as_printed():
    result = run("法国总统特别代表、前总理拉法兰，希腊总理高级代表、发展部部长斯克雷卡斯出席会议并致辞。")[0]
    posts = {m.name for m in result.mentions if m.label == "POSITION"}
    assert {"法国总统特别代表", "前总理", "希腊总理高级代表"} <= posts and not {"法国总统", "希腊总理"} & posts
    held = pairs(result)
    assert ("PERSON:拉法兰", "POSITION:前总理") in held


def test_a_deputy_foreign_minister_and_an_emirs_post():
    result = run("俄罗斯副外长里亚布科夫表示。哈伊马角酋长国酋长卡希米出席。")[0]
    assert {"俄罗斯副外长", "哈伊马角酋长国酋长"} <= {m.name for m in result.mentions if m.label == "POSITION"}


def test_a_former_post_of_a_department_or_a_discipline_committee_as_printed():
    result = run("交通运输部安全与质量监督管理司原副司长彭付平，国家卫生健康委干部培训中心纪委原书记张智等人被查处。")[0]
    held = pairs(result)
    assert ("PERSON:彭付平", "POSITION:交通运输部安全与质量监督管理司原副司长") in held
    assert ("PERSON:张智", "POSITION:国家卫生健康委干部培训中心纪委原书记") in held


def test_an_executive_secretary_of_a_secretariat():
    result = run("越共中央政治局委员、中央书记处常务书记陈锦绣出席。")[0]
    assert "中央书记处常务书记" in {m.name for m in result.mentions if m.label == "POSITION"}


def test_a_former_post_of_a_body_as_printed():
    text = "贵州省晴隆县是我国最贫困的地区之一，原县委书记姜仕坤在任时，心里时时刻刻都在琢磨。"
    holds = {(r.source.split(":", 1)[1], r.target.split(":", 1)[1]) for r in run(text)[0].relations if r.kind == "HOLDS"}
    assert ("姜仕坤", "原县委书记") in holds


def test_a_post_of_a_branch_of_a_countrys_forces():
    text = "以空军司令巴尔表示将继续打击。泰国陆军司令巴育今天表示。"
    assert {("巴尔", "以空军司令"), ("巴育", "泰国陆军司令")} <= holds(run(text)[0])


def test_posts_of_a_firm_for_a_region_and_foreign_names_with_bao_and_japanese_surnames():
    text = ("美国前财长保尔森、日本前外相川口顺子、瑞士信贷集团全球首席执行官谭天忠等外方代表先后发言。"
            "苹果公司中国区总裁葛越表示。")
    assert {("保尔森", "美国前财长"), ("川口顺子", "日本前外相"), ("谭天忠", "瑞士信贷集团全球首席执行官"),
            ("葛越", "苹果公司中国区总裁")} <= holds(run(text)[0])


def test_two_posts_joined_by_jian_abroad_and_old_party_committees():
    text = ("会见来华出席第五次中日财长对话的日本副首相兼财务大臣麻生太郎。"
            "日本外相今天与紧急召回的日本驻韩国大使武藤正敏协商后表示。"
            "不久，袁玉冰被任命为中共九江地委书记，积极组织秋收暴动。11月，袁玉冰调任赣西特委书记。")
    found = holds(run(text)[0])
    assert {("麻生太郎", "日本副首相"), ("麻生太郎", "财务大臣"), ("武藤正敏", "日本驻韩国大使"),
            ("袁玉冰", "中共九江地委书记"), ("袁玉冰", "赣西特委书记")} <= found
    assert not any(post.endswith("兼财务大臣") for _, post in found)


def test_chinas_national_posts_named_as_at_home_after_the_country():
    result = run("在开幕式上，中国国家主席习近平倡导共同建设美丽地球家园。美国总统拜登表示。")[0]
    assert {("习近平", "国家主席"), ("拜登", "美国总统")} <= holds(result)
    assert any(m.text == "中国国家主席" and m.name == "国家主席" for m in result.mentions)  # printed as it is


def test_posts_held_before_and_posts_of_offices_and_parties():
    text = ("全国政协委员刘明康曾任银监会主席。央视网消息：湖北省十堰市扶贫办副主任黄星长期奔走在脱贫一线。"
            "朝鲜劳动党委员长、国务委员会委员长金正恩在平壤会见中联部部长宋涛。")
    found = holds(run(text)[0])
    assert {("刘明康", "银监会主席"), ("黄星", "十堰市扶贫办副主任"), ("金正恩", "朝鲜劳动党委员长"),
            ("宋涛", "中联部部长")} <= found


def test_a_post_of_a_preparatory_committee_whose_duties_are_revoked():
    text = "这次会议经国务院批准撤销班禅的西藏自治区筹委会副主任委员的职务。"
    assert ("班禅", "西藏自治区筹委会副主任委员") in holds(run(text)[0])


def test_posts_of_a_sentence_that_opens_with_them_before_a_comma_and_civil_service_ranks():
    text = ("这10起典型问题分别是：甘肃省委原常委，省政府原党组副书记、副省长宋亮违规收受礼金问题。"
            "北京市原密云经济开发区管理委员会二级调研员曹文秀以快递等方式违规收受礼品问题。")
    found = holds(run(text)[0])
    assert {("宋亮", "甘肃省委原常委"), ("宋亮", "副省长"), ("曹文秀", "北京市原密云经济开发区管理委员会二级调研员")} <= found


def test_the_posts_a_person_is_said_to_hold_in_terms_one_after_another():
    text = "谷牧同志是中国共产党第十一届、十二届中央书记处书记，国务院原副总理，第七届全国政协副主席。加尼正式就任阿富汗总统。"
    assert {("谷牧", "中央书记处书记"), ("谷牧", "国务院原副总理"), ("加尼", "阿富汗总统")} <= holds(run(text)[0])


def test_the_post_a_person_held_then_and_a_federal_parliament():
    text = "栗战书在人民大会堂会见德国联邦议院副议长弗里德里希。2003年，时任浙江省委书记的习近平同志来到这个穷山村走访调研。"
    assert {("弗里德里希", "德国联邦议院副议长"), ("习近平", "浙江省委书记")} <= holds(run(text)[0])


def test_a_second_post_after_a_list_mark_with_its_own_qualifier():
    text = ("国务院总理李克强会见欧盟委员会副主席、外交与安全政策高级代表莫盖里尼。韩正转达习近平主席、李克强总理对哈莉玛总统、"
            "李显龙总理的问候。会见美国国会联邦参议员戴恩斯率领的访华团。")
    result = run(text)[0]
    holds = pairs(result)
    assert {("PERSON:莫盖里尼", "POSITION:外交与安全政策高级代表"), ("PERSON:莫盖里尼", "POSITION:欧盟委员会副主席"),
            ("PERSON:戴恩斯", "POSITION:美国国会联邦参议员")} <= holds
    assert not any("对哈莉玛" in m.name for m in result.mentions)


def test_a_caption_that_prints_the_body_and_the_post_apart():
    text = "公益广告制作中心成立。\n中央电视台新闻中心 副主任 王涛：我们将精选主题。"
    holds = pairs(run(text)[0])
    assert ("PERSON:王涛", "POSITION:中央电视台新闻中心副主任") in holds


def test_a_province_qualifies_a_post_before_two_or_more_places_not_before_one():
    text = "二、山东省临沂市兰山区副区长王立新违规问题。贵州省贵阳市市长马宁出席。"
    holds = pairs(run(text)[0])
    assert {("PERSON:王立新", "POSITION:山东省临沂市兰山区副区长"), ("PERSON:马宁", "POSITION:贵阳市市长")} <= holds


def test_the_party_committee_of_a_town_qualifies_a_former_post():
    holds = pairs(run("一、河南省兰考县堌阳镇党委原书记李建国违规问题。")[0])
    assert ("PERSON:李建国", "POSITION:河南省兰考县堌阳镇党委原书记") in holds


def test_a_term_without_di_opens_a_post_after_a_clause_mark_not_inside_a_chain_of_terms():
    text = "他是中国共产党第十一届、十二届中央书记处书记。十三届全国政协常委、工程院院士吴卫东作了报告。"
    found = {m.name for m in run(text)[0].mentions if m.label == "POSITION"}
    assert "十三届全国政协常委" in found and "十二届中央书记处书记" not in found


def test_a_unit_of_a_department_qualifies_a_post_with_the_places_before_it():
    text = "湖南省张家界市环保局环境监测中心站分析室主任黄斌、福建省环保厅厅长朱华出席。"
    holds = pairs(run(text)[0])
    assert {("PERSON:黄斌", "POSITION:湖南省张家界市环保局环境监测中心站分析室主任"),
            ("PERSON:朱华", "POSITION:福建省环保厅厅长")} <= holds


def test_a_team_a_village_hosts_qualifies_its_leaders_post():
    holds = pairs(run("花垣县十八洞村扶贫工作队队长龙秀林说。")[0])
    assert ("PERSON:龙秀林", "POSITION:花垣县十八洞村扶贫工作队队长") in holds


def test_posts_of_several_terms_as_printed_and_an_obituarys_praise_between_posts_and_name():
    text = ("著名社会活动家，中国人民政治协商会议第九届、十届全国委员会副主席，中国致公党第十一届、十二届中央委员会主席，"
            "中国共产党的优秀党员陆文博同志的遗体在北京火化。中国工程院资深院士，中国人民政治协商会议第七届、八届全国委员会"
            "副主席钱永华同志逝世。")
    holds = pairs(run(text)[0])
    assert {("PERSON:陆文博", "POSITION:中国人民政治协商会议第九届、十届全国委员会副主席"),
            ("PERSON:陆文博", "POSITION:中国致公党第十一届、十二届中央委员会主席"),
            ("PERSON:钱永华", "POSITION:中国工程院资深院士"),
            ("PERSON:钱永华", "POSITION:中国人民政治协商会议第七届、八届全国委员会副主席")} <= holds


def test_a_dialogues_lead_post_in_a_stack_and_a_group_named_by_its_aim():
    text = ("特朗普会见习近平主席特使、中共中央政治局委员、国务院副总理、中美全面经济对话中方牵头人刘鹤。"
            "中共中央政治局常委、国务院副总理、推动长江经济带发展领导小组组长韩正主持会议。会见开国总统努乔马。")
    holds = pairs(run(text)[0])
    assert {("PERSON:刘鹤", "POSITION:中美全面经济对话中方牵头人"), ("PERSON:刘鹤", "POSITION:国务院副总理"),
            ("PERSON:韩正", "POSITION:推动长江经济带发展领导小组组长"), ("PERSON:韩正", "POSITION:国务院副总理"),
            ("PERSON:努乔马", "POSITION:开国总统")} <= holds


def test_the_central_committees_general_secretary_named_bare_in_a_communique():
    text = "全会由中央政治局主持。中央委员会总书记习近平作了重要讲话。越共中央委员会总书记阮富仲出席。"
    holds = pairs(run(text)[0])
    assert {("PERSON:习近平", "POSITION:中央委员会总书记"), ("PERSON:阮富仲", "POSITION:越共中央委员会总书记")} <= holds


def test_a_general_secretary_of_the_terms_printed_after_dang_de():
    text = "胡锦涛同志是党的十六届、十七届中央委员会总书记。江泽民同志是党的第十三届中央委员会总书记。"
    assert {("PERSON:胡锦涛", "POSITION:中央委员会总书记"),
            ("PERSON:江泽民", "POSITION:第十三届中央委员会总书记")} <= pairs(run(text)[0])


def test_a_title_before_talks_and_no_firm_opened_by_qie():
    text = "习近平主席同尼尼斯托总统、洛赫拉议长、西比莱总理会谈会见。且百度公司未取得许可。恢复关贸总协定缔约国地位。"
    result = run(text)[0]
    assert ("PERSON:西比莱", "POSITION:总理") in pairs(result)
    assert {m.name for m in result.mentions if m.label == "COMPANY"} == {"百度"}
    assert "关税及贸易总协定" in {m.name for m in result.mentions if m.label == "ORG"}


def test_a_former_post_as_printed_after_de_le_or_a_full_stop():
    holds = pairs(run("会见了签署协定的前贸工部长森纳那亚克的后人。他会见了前总统卡特。原县委书记姜仕坤。")[0])
    assert {("PERSON:森纳那亚克", "POSITION:前贸工部长"), ("PERSON:卡特", "POSITION:前总统"),
            ("PERSON:姜仕坤", "POSITION:原县委书记")} <= holds


def test_posts_joined_by_ji_a_sides_post_a_new_head_and_staff_of_a_head_named_bare():
    text = ("应新加坡共和国副总理兼国家安全统筹部长及内政部长张志贤邀请。马来西亚第一副总理兼乡村及区域发展部长扎希德说。"
            "会见美方主席、美国前国务卿基辛格，以及前国务卿舒尔茨，前总统国家安全事务助理哈德利。"
            "习近平致电比迪娅·戴维·班达里，祝贺她就任尼泊尔新总统。云南省原保山地委书记、优秀领导干部杨善洲植树。"
            "泰国副总理兼外长素拉蓬和文莱外长说。")
    holds = pairs(run(text)[0])
    assert {("PERSON:张志贤", "POSITION:国家安全统筹部长"), ("PERSON:张志贤", "POSITION:内政部长"),
            ("PERSON:张志贤", "POSITION:新加坡共和国副总理"), ("PERSON:扎希德", "POSITION:乡村及区域发展部长"),
            ("PERSON:基辛格", "POSITION:美方主席"), ("PERSON:舒尔茨", "POSITION:前国务卿"),
            ("PERSON:哈德利", "POSITION:前总统国家安全事务助理"),
            ("PERSON:比迪娅·戴维·班达里", "POSITION:尼泊尔新总统"), ("PERSON:杨善洲", "POSITION:云南省原保山地委书记"),
            ("PERSON:素拉蓬", "POSITION:泰国副总理")} <= holds
    assert ("PERSON:王一鸣", "POSITION:中国国际经济交流中心副理事长") in pairs(run("中国国际经济交流中心副理事长王一鸣作讲解。")[0])
    obituary = pairs(run("中国科学院原院长、党组书记，中国科学技术协会名誉主席、原主席，第九届全国人民代表大会常务委员会"
                         "副委员长周光召同志的遗体火化。")[0])
    assert {("PERSON:周光召", "POSITION:原主席"), ("PERSON:周光召", "POSITION:中国科学院原院长")} <= obituary
    assert ("PERSON:阿佩", "POSITION:联邦议会议长") in pairs(run("会见奥地利国民议会议长索博特卡和联邦议会议长阿佩。")[0])
    assert ("PERSON:马瓦利", "POSITION:阿曼协商会议主席") in pairs(run("汪洋会见阿曼协商会议主席马瓦利。")[0])
    posts = names(run("穆罕默德副总统兼总理和穆罕默德王储热烈欢迎习近平主席。")[0], "POSITION")
    assert {"副总统", "总理", "王储"} <= posts and not any("和" in post for post in posts)  # 兼|总理: the post after 兼


def test_a_congress_standing_committee_in_a_stack_a_state_abroad_with_its_country_and_a_queen_mother():
    text = ("宁夏回族自治区党委书记、人大常委会主任石泰峰在机场欢迎。在上海市徐汇区长桥街道这间康健苑。"
            "习近平会见美国加利福尼亚州州长布朗。看望柬埔寨国王西哈莫尼和太后莫尼列。")
    result = run(text)[0]
    assert {("PERSON:石泰峰", "POSITION:人大常委会主任"), ("PERSON:石泰峰", "POSITION:宁夏回族自治区党委书记"),
            ("PERSON:布朗", "POSITION:美国加利福尼亚州州长"), ("PERSON:莫尼列", "POSITION:太后")} <= pairs(result)
    assert "徐汇区长" not in {m.name for m in result.mentions if m.label == "POSITION"}
    assert "长桥街道" in {m.name for m in result.mentions if m.label == "PLACE"}


def test_no_post_for_the_members_of_a_committee_as_a_group():
    assert names(run("习近平总书记指导河南兰考县委常委班子民主生活会。")[0], "POSITION") == {"总书记"}


@pytest.mark.parametrize("text, expected", [
    ("王岐山会见日本国家安全保障局长北村滋。", ("PERSON:北村滋", "POSITION:日本国家安全保障局长")),
    ("世界卫生组织气候变化专员坎贝尔指出，治理空气污染很重要。", ("PERSON:坎贝尔", "POSITION:世界卫生组织气候变化专员")),
])
def test_posts_abroad_named_by_their_fields(text, expected):
    assert expected in pairs(run(text)[0])


def test_no_post_in_a_meeting_of_ministers():
    assert not names(run("成功举办上海合作组织成员国农业部长会议。")[0], "POSITION")


@pytest.mark.parametrize("text, expected", [
    ("刚获连任的古共中央第一书记劳尔·卡斯特罗表示，将实行改革。", ("PERSON:劳尔·卡斯特罗", "POSITION:古共中央第一书记")),
    ("联合国经济和社会事务部助理秘书长蒙蒂埃尔表示，中国承诺签署。",
     ("PERSON:蒙蒂埃尔", "POSITION:联合国经济和社会事务部助理秘书长")),
])
def test_posts_in_parties_and_departments_abroad(text, expected):
    assert expected in pairs(run(text)[0])


def test_a_city_or_district_printed_in_full_after_its_province_is_no_head_of_it():
    found = run("湖南省长沙市芙蓉区工商管理局联合执法。上海市长宁区政府发布通知。湖南省长毛伟明出席。")[0]
    positions = {m.name for m in found.mentions if m.label == "POSITION"}
    assert positions == {"湖南省长"}
    assert {"长沙市", "长宁区"} <= {m.name for m in found.mentions if m.label == "PLACE"}


def test_a_seat_in_a_partys_central_committee_named_by_its_short_name():
    found = run("受到越共中央委员、副总理兼外长范平明的欢迎。")[0]
    assert ("PERSON:范平明", "POSITION:越共中央委员") in pairs(found, "HOLDS")
    assert "省政协委员" not in {m.name for m in run("并请省政协委员提出意见。")[0].mentions}


def test_a_government_head_by_the_title_of_vietnam_and_laos():
    found = run("俞正声会见了越共中央总书记阮富仲、国家主席张晋创、政府总理阮晋勇。")[0]
    assert {("PERSON:阮晋勇", "POSITION:政府总理"), ("PERSON:张晋创", "POSITION:国家主席")} <= pairs(found, "HOLDS")


def test_a_chambers_minority_leader_and_a_federal_government_congratulated_on():
    found = run("张德江会见了美国众议院少数党领袖佩洛西。李克强致电托尼·阿博特，祝贺其当选澳大利亚联邦政府总理。")[0]
    assert {("PERSON:佩洛西", "POSITION:美国众议院少数党领袖"),
            ("PERSON:托尼·阿博特", "POSITION:澳大利亚联邦政府总理")} <= pairs(found, "HOLDS")
    assert "美国众议院少数党" not in {m.name for m in found.mentions if m.label == "ORG"}


def test_the_governor_of_a_foreign_central_bank():
    found = run("捷克中央银行行长米罗斯拉夫·辛格表示支持。日本央行行长植田和男出席。央行发布数据。")[0]
    assert ("PERSON:米罗斯拉夫·辛格", "POSITION:捷克中央银行行长") in pairs(found, "HOLDS")
    assert [m.text for m in found.mentions if m.name == "中国人民银行"] == ["央行"]  # (the last sentence's only)


def test_a_seat_of_the_youth_league_keeps_its_term_and_an_office_of_a_government_qualifies_its_head():
    found = run("共青团十八届中央书记处第一书记贺军科代表全国总工会致辞。田桥镇政府办主任魏衍顺受到处分。"
                "市委办主任李明讲话。提高市政府办事效率，县委办好民生实事。市金融办到企业走访。")[0]
    assert {("PERSON:贺军科", "POSITION:共青团十八届中央书记处第一书记"),
            ("PERSON:魏衍顺", "POSITION:田桥镇政府办主任"), ("PERSON:李明", "POSITION:市委办主任")} <= pairs(found, "HOLDS")
    bodies = {m.text for m in found.mentions if m.label == "ORG"}
    assert {"田桥镇政府办", "市委办", "市金融办"} <= bodies
    assert not {"市政府办", "县委办"} & bodies  # 办事, 办好: 办 as a verb


def test_a_membership_of_a_body_is_a_post_only_in_a_stack_that_ends_at_a_person():
    text = "中共中央政治局常委、国务院副总理、中央财经领导小组成员张高丽出席会议。二十国集团成员都是世界和地区大国。"
    result = run(text)[0]
    assert {"中央财经领导小组成员"} == {n for n in names(result, "POSITION") if n.endswith("成员")}
    assert ("PERSON:张高丽", "POSITION:中共中央政治局常委") in pairs(result)
    assert not {n for n in names(run("中央宣讲团成员、财政部部长蓝佛安作报告。")[0], "POSITION") if n.endswith("成员")}
    assert "丝路海运" in names(run("“丝路海运”联盟成员达343家。")[0], "SLOGAN")


def test_no_post_in_the_name_of_a_council_of_ministers():
    found = run("我们愿同北欧各国和北欧部长理事会保持密切沟通。")[0]
    assert not [m for m in found.mentions if m.label == "POSITION"]
    assert "北欧部长理事会" in {m.name for m in found.mentions if m.label == "ORG"}


def test_a_caption_s_posts_apart_are_each_held():
    found = run("中国人民大学副校长 社会学教授 洪大用：习总书记特别强调，必须要结合中国实际。")[0]
    assert {("PERSON:洪大用", "POSITION:中国人民大学副校长"), ("PERSON:洪大用", "POSITION:社会学教授")} <= pairs(found)
    assert ("PERSON:李明", "POSITION:中央电视台广告中心副主任") in pairs(run("中央电视台广告中心 副主任 李明：我们将继续努力。")[0])


def test_the_head_of_a_numbered_unit_of_an_army():
    found = run("红三军团军团长彭德怀曾在这里指挥战斗。红十团团长沈述清在作战中不幸牺牲。红五团政委易荡平负伤。")[0]
    assert {("PERSON:彭德怀", "POSITION:红三军团军团长"), ("PERSON:沈述清", "POSITION:红十团团长"),
            ("PERSON:易荡平", "POSITION:红五团政委")} <= pairs(found)


def test_the_legislative_council_of_hong_kong_and_its_members():
    result = run("香港立法会主席曾钰成宣布延后。对此，香港立法会议员梁君彦呼吁各方理性沟通。")[0]
    assert {("PERSON:曾钰成", "POSITION:香港立法会主席"), ("PERSON:梁君彦", "POSITION:香港立法会议员")} <= pairs(result)
    assert ("PERSON:巴兰西", "POSITION:代理大法官") in pairs(run("第一副总理克兰达维卢、代理大法官巴兰西在机场迎接。")[0])


def test_posts_in_army_units_by_number_and_in_institutions_named_after_a_service():
    text = ("给61786部队研究员罗晓广，海军工程大学动力工程学院某研究所教授何琳记一等功。授予96315部队42分队高级工程师谭清泉荣誉称号。"
            "给南京陆军指挥学院军事训练系教授胡坚，医务部主任、主任医师李进记二等功。")
    found = pairs(run(text)[0])
    assert {("PERSON:罗晓广", "POSITION:61786部队研究员"), ("PERSON:何琳", "POSITION:海军工程大学动力工程学院某研究所教授"),
            ("PERSON:谭清泉", "POSITION:96315部队42分队高级工程师"), ("PERSON:胡坚", "POSITION:南京陆军指挥学院军事训练系教授"),
            ("PERSON:李进", "POSITION:主任医师")} <= found



def test_a_number_written_with_the_zero_of_han_numerals_names_a_unit_and_a_second_post_after_jian():
    found = run("解放军第三〇二医院副院长兼医务部主任李进介绍了情况。")[0]
    assert {("PERSON:李进", "POSITION:解放军第三〇二医院副院长"), ("PERSON:李进", "POSITION:医务部主任")} <= pairs(found)


def test_a_group_a_body_sends_named_by_its_task_or_number():
    found = run("国务院事故调查组组长、应急管理部副部长宋元明通报调查安排。国务院第五督查组组长李建华表示。")[0]
    assert {("PERSON:宋元明", "POSITION:国务院事故调查组组长"), ("PERSON:宋元明", "POSITION:应急管理部副部长"),
            ("PERSON:李建华", "POSITION:国务院第五督查组组长")} <= pairs(found)


def test_the_posts_of_a_life_told_of_the_person_a_sentence_opens_with():
    found = run("纪念经叔平同志诞辰100周年座谈会举行。经叔平同志是中国近现代工商业者的优秀代表，曾任第九届全国政协副主席，"
                "第七、八届全国工商联主席。")[0]
    assert {("PERSON:经叔平", "POSITION:第九届全国政协副主席"), ("PERSON:经叔平", "POSITION:第七、八届全国工商联主席")} \
        <= pairs(found)


def test_posts_taken_at_a_place_gone_to_and_in_a_works_of_a_firm():
    found = run("1962年12月，焦裕禄到河南兰考先后任县委第二书记、书记。全国劳动模范孟泰说。"
                "1964年，孟泰开始担任鞍钢炼铁厂副厂长。")[0]
    assert {("PERSON:焦裕禄", "POSITION:县委第二书记"), ("PERSON:焦裕禄", "POSITION:县委书记"),
            ("PERSON:孟泰", "POSITION:鞍钢炼铁厂副厂长")} <= pairs(found)


def test_a_seat_numbered_by_the_party_s_term_in_a_stack_of_posts():
    found = run("中共中央政治局常委、全国人大常委会委员长、中共十二届全国人大常委会党组书记张德江主持会议并讲话。")[0]
    assert {("PERSON:张德江", "POSITION:中共中央政治局常委"), ("PERSON:张德江", "POSITION:全国人大常委会委员长"),
            ("PERSON:张德江", "POSITION:中共十二届全国人大常委会党组书记")} <= pairs(found)


def test_a_royal_title_said_after_a_name_stays_with_it():
    found = pairs(run("利雅得省副省长穆罕默德亲王、沙特商务大臣卡斯比到机场迎接。柬埔寨国王西哈莫尼、诺罗敦·西哈努克亲王出席。"
                      "韩正与威尔士亲王威廉王储进行了会见。")[0])
    assert {("PERSON:穆罕默德", "POSITION:亲王"), ("PERSON:卡斯比", "POSITION:沙特商务大臣"),
            ("PERSON:诺罗敦·西哈努克", "POSITION:亲王"), ("PERSON:威廉", "POSITION:威尔士亲王")} <= found
    assert not {("PERSON:穆罕默德", "POSITION:沙特商务大臣"), ("PERSON:卡斯比", "POSITION:亲王"),
                ("PERSON:诺罗敦·西哈努克", "POSITION:柬埔寨国王")} & found


def test_a_post_said_held_by_each_of_those_listed_after_it():
    found = pairs(run("担任中央代表团副团长的中共中央政治局委员、中央统战部部长李干杰，中共中央政治局委员、国务院副总理张国清，"
                      "全国人大常委会副委员长洛桑江村等参加。")[0])
    assert {("PERSON:李干杰", "POSITION:中央代表团副团长"), ("PERSON:张国清", "POSITION:中央代表团副团长"),
            ("PERSON:洛桑江村", "POSITION:中央代表团副团长"), ("PERSON:张国清", "POSITION:国务院副总理")} <= found


def test_a_bare_title_held_then_by_the_person_after_it():
    assert ("PERSON:习近平", "POSITION:国家副主席") in pairs(run("时任国家副主席的习近平来到嘉善调研。")[0])


def test_zizheng_as_a_verb_is_no_post():
    assert not names(run("全国政协召开座谈会 围绕议题建言资政 汪洋主持")[0], "POSITION")
    assert not names(run("发挥地方志存史资政育人作用。")[0], "POSITION")
    assert ("PERSON:李光耀", "POSITION:资政") in pairs(run("资政李光耀发表讲话。")[0])


def test_a_first_deputy_speaker():
    assert ("PERSON:阿斯克罗夫", "POSITION:阿塞拜疆国民议会第一副议长") in pairs(
        run("全国政协主席贾庆林会见阿塞拜疆国民议会第一副议长阿斯克罗夫。")[0])


def test_an_envoy_of_another_country_as_printed():
    assert ("PERSON:安东诺夫", "POSITION:俄罗斯驻美国大使") in pairs(run("俄罗斯驻美国大使安东诺夫随后表示。")[0])


def test_a_post_about_to_be_taken_as_printed():
    held = pairs(run("行政长官林郑月娥、候任行政长官李家超也参加有关会见。")[0])
    assert ("PERSON:李家超", "POSITION:候任行政长官") in held


def test_the_chairman_of_a_council_of_ministers_and_a_constitutional_court_s_president():
    held = pairs(run("秘鲁副总统阿劳斯，部长会议主席萨瓦拉，宪法法院院长米兰达出席。")[0])
    assert {("PERSON:萨瓦拉", "POSITION:部长会议主席"), ("PERSON:米兰达", "POSITION:宪法法院院长")} <= held


def test_a_special_assistant_to_a_head_of_government_abroad():
    result = run("巴基斯坦总理外事特别助理赛义德·塔里克·法特米表示，二战期间中国人民的斗争非常艰苦。")[0]
    assert ("PERSON:赛义德·塔里克·法特米", "POSITION:巴基斯坦总理外事特别助理") in pairs(result)


def test_two_posts_side_by_side_before_a_name_are_both_held():
    result = run("非洲联盟轮值主席卢旺达总统卡加梅致辞。")[0]
    assert {("PERSON:卡加梅", "POSITION:非洲联盟轮值主席"), ("PERSON:卡加梅", "POSITION:卢旺达总统")} <= pairs(result)


def test_the_post_an_envoy_serves_is_not_held():
    result = run("联合国秘书长叙利亚问题特使德米斯图拉表示，政治解决是唯一出路。")[0]
    assert ("PERSON:德米斯图拉", "POSITION:联合国秘书长") not in pairs(result)


@pytest.mark.parametrize("text, holder, post", [
    ("应法兰西共和国总统奥朗德邀请，国家主席习近平将赴法国出席大会。", "奥朗德", "法兰西共和国总统"),
    ("大会选举产生第十届理事会领导班子。石泰峰当选为执行副会长。", "石泰峰", "执行副会长"),
    ("中共中央政治局常委、全国政协主席王沪宁出席会议并当选会长。", "王沪宁", "会长"),
])
def test_posts_of_a_country_named_in_full_and_posts_taken(text, holder, post):
    assert (f"PERSON:{holder}", f"POSITION:{post}") in pairs(run(text)[0])


def test_a_post_among_the_clauses_of_what_a_person_is():
    result = run("钱正英同志是我国水利和电力战线的杰出领导人，中国工程院资深院士，中国人民政治协商会议第七届、八届、九届全国委员会"
                 "副主席。全国政协副主席胡春华主持座谈会。")[0]
    assert ("PERSON:钱正英", "POSITION:中国人民政治协商会议第七届、八届、九届全国委员会副主席") in pairs(result)
    assert ("PERSON:钱正英", "POSITION:全国政协副主席") not in pairs(result)


def test_civil_service_ranks_as_titles():
    result = run("山东省济南市公安局特警支队作训处副调研员张保国、上海市浦东新区市场监管局三级高级主办徐敏分别发言。")[0]
    assert {("PERSON:张保国", "POSITION:山东省济南市公安局特警支队作训处副调研员"),
            ("PERSON:徐敏", "POSITION:上海市浦东新区市场监管局三级高级主办")} <= pairs(result)


def test_a_foreign_partys_posts_and_a_heads_staff_and_a_village_branchs_secretary():
    result = run("苏丹全国大会党副主席、总统助理纳菲阿表示欢迎。听村支部书记洪义乾讲到村里的变化。")[0]
    held = {(r.source, r.target) for r in result.relations if r.kind == "HOLDS"}
    assert {("PERSON:纳菲阿", "POSITION:苏丹全国大会党副主席"), ("PERSON:纳菲阿", "POSITION:总统助理"),
            ("PERSON:洪义乾", "POSITION:村支部书记")} <= held
    assert {"苏丹全国大会党", "村党支部"} <= {m.name for m in result.mentions if m.label == "ORG"}


def test_the_posts_of_each_side_in_a_joint_body_of_china_and_a_partner_named_by_an_everyday_letter():
    result = run("国务院副总理、中沙高级别联合委员会中方牵头人韩正会见沙特王储兼副首相、中沙高级别联合委员会沙方牵头人穆罕默德。")[0]
    assert {("PERSON:韩正", "POSITION:中沙高级别联合委员会中方牵头人"), ("PERSON:韩正", "POSITION:国务院副总理"),
            ("PERSON:穆罕默德", "POSITION:中沙高级别联合委员会沙方牵头人")} <= pairs(result)
    assert "中沙高级别联合委员会" in {m.name for m in result.mentions if m.label == "ORG"}


def test_a_minister_of_fields_joined_by_与_and_no_post_of_a_head_joined_to_a_ministers():
    result = run("习近平受到摩纳哥政府首脑、国务大臣泰尔，摩纳哥对外关系与合作大臣托内利热情迎接。")[0]
    assert ("PERSON:托内利", "POSITION:摩纳哥对外关系与合作大臣") in pairs(result)
    assert "摩纳哥政府首脑、国务大臣" not in {m.name for m in result.mentions if m.label == "POSITION"}


def test_a_title_opening_at_a_places_level_and_a_group_named_by_its_task_with_its_verb():
    result = run("习近平会见了香港特别行政区长官梁振英。")[0]
    assert ("PERSON:梁振英", "POSITION:香港特别行政区长官") in pairs(result)
    result = run("中共中央政治局常委、国务院副总理、推进“一带一路”建设工作领导小组组长韩正主持会议。")[0]
    assert {("PERSON:韩正", "POSITION:中共中央政治局常委"), ("PERSON:韩正", "POSITION:国务院副总理"),
            ("PERSON:韩正", "POSITION:推进“一带一路”建设工作领导小组组长")} <= pairs(result)


def test_deputies_of_military_ranks():
    assert holds(run("班长马宝玉、副班长葛振林和战士宋学义边打边撤。")[0]) >= {("马宝玉", "班长"), ("葛振林", "副班长")}


def test_an_acting_head_of_a_body_as_printed():
    text = "联合国贸易和发展会议代理秘书长杜兰特通过视频方式致辞。"
    assert ("PERSON:杜兰特", "POSITION:联合国贸易和发展会议代理秘书长") in pairs(run(text)[0])


@pytest.mark.parametrize("text, pair", [
    ("预备会议通过了议程。李鸿忠为大会秘书长。", ("PERSON:李鸿忠", "POSITION:大会秘书长")),  # a sentence stating the post
    ("会议经过表决，决定刘俊臣、王超为大会副秘书长。", ("PERSON:王超", "POSITION:大会副秘书长")),  # 决定 … 为
    ("大会发言人傅莹向中外记者介绍情况。", ("PERSON:傅莹", "POSITION:大会发言人")),  # the spokesperson of a session
])
def test_the_posts_of_a_session_stated_or_decided(text, pair):
    assert pair in pairs(run(text)[0])


def test_no_post_after_a_name_and_for():
    assert pairs(run("习近平为国家主席的讲话很重要。")[0]) == set()


def test_those_listed_after_a_post_they_were_also_elected_to():
    text = "赵乐际被推选为主席团常务主席。同时被推选为主席团常务主席的还有李干杰、李鸿忠、王东明。会议随后举行。"
    assert {("PERSON:赵乐际", "POSITION:主席团常务主席"), ("PERSON:李干杰", "POSITION:主席团常务主席"),
            ("PERSON:王东明", "POSITION:主席团常务主席")} <= pairs(run(text)[0])


def test_titles_in_unnamed_military_units_and_a_name_of_three_after_a_known_one_of_two():
    text = ("报告会上，海军某潜艇基地政委厉延明、某艇员队艇长吴昌弟、某艇员队电工班班长于洪伟、青岛市登州路街道党工委副书记李希梅，"
            "分别讲述了先进事迹。")
    assert {("PERSON:厉延明", "POSITION:海军某潜艇基地政委"), ("PERSON:吴昌弟", "POSITION:某艇员队艇长"),
            ("PERSON:于洪伟", "POSITION:某艇员队电工班班长"),
            ("PERSON:李希梅", "POSITION:青岛市登州路街道党工委副书记")} <= pairs(run(text)[0])
