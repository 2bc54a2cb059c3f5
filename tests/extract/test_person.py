"""PERSON: title-anchored names, lists, headlines, deputies, bylines, compound surnames, and what is not a name."""
import pytest
from helpers import names, pairs, run



def persons(result) -> set[str]:
    return {m.name for m in result.mentions if m.label == "PERSON"}


def roles(result) -> set[tuple[str, str | None]]:
    return {(m.name, m.role) for m in result.mentions if m.label == "PERSON"}


@pytest.mark.parametrize("text, expected", [
    ("市委书记袁家军出席会议并讲话。", {"袁家军"}),
    ("市委副书记、市长胡衡华主持会议。", {"胡衡华"}),
    ("市委副书记、市长胡衡华，市政协主席唐方裕出席。", {"胡衡华", "唐方裕"}),
    ("两江新区管委会主任罗林出席。", {"罗林"}),
    ("市发展改革委主任丁时勇介绍了全市经济运行情况。", {"丁时勇"}),
])
def test_person_title_anchored(text, expected):
    assert persons(run(text)[0]) == expected


@pytest.mark.parametrize("text, expected", [
    ("市长胡衡华、王炯、程丽华出席。", {"胡衡华", "王炯", "程丽华"}),
    ("市委常委王炯、程丽华出席会议。", {"王炯", "程丽华"}),
])
def test_person_list_continuation(text, expected):
    assert persons(run(text)[0]) == expected


def test_person_list_continues_from_corpus_name():
    body, listing = run("市委副书记、市长胡衡华主持会议。", "胡衡华、王炯、程丽华出席。")
    assert persons(listing) == {"胡衡华", "王炯", "程丽华"}


@pytest.mark.parametrize("headline, expected", [
    ("王炯程丽华出席重庆市推动制造业高质量发展大会", {"王炯", "程丽华"}),
    ("王炯程丽华出席", {"王炯", "程丽华"}),
])
def test_person_headline_run_together_found_via_corpus(headline, expected):
    body, head = run("市委常委王炯、程丽华出席会议。", headline)
    assert persons(body) == {"王炯", "程丽华"}
    assert persons(head) == expected


@pytest.mark.parametrize("headline", ["王炯程丽华出席", "陈鸣波李明清等回答记者提问"])
def test_person_headline_without_anchor_is_empty(headline):
    assert persons(run(headline)[0]) == set()


@pytest.mark.parametrize("text, expected", [
    ("袁家军胡衡华等回答记者提问", {"袁家军", "胡衡华"}),  # leaders are known by name
    ("李强在北京会见普京。", {"李强", "普京"}),
    ("要加强调查研究，李强调研时指出。", set()),  # no name runs into a word: 强调, 调研
    ("支持紫金山、钟山实验室建设。", set()),  # 钟山 is a place too
])
def test_person_leaders_known_by_name(text, expected):
    assert persons(run(text)[0]) == expected


@pytest.mark.parametrize("text, expected", [
    ("潘复生代表说，要加快建设西部（重庆）科学城。", {"潘复生"}),
    ("张轩代表建议，加快建设西部（重庆）科学城。", {"张轩"}),
    ("记者向潘复生代表提问。", {"潘复生"}),
])
def test_person_npc_deputy(text, expected):
    assert persons(run(text)[0]) == expected


@pytest.mark.parametrize("text, expected", [
    ("市委书记袁家军出席会议并讲话。\n新重庆-重庆日报记者 杨帆 王天翎\n",
     {("袁家军", None), ("杨帆", "reporter"), ("王天翎", "reporter")}),
    ("本报讯（记者 张珺）6月5日下午，重庆市推动制造业高质量发展大会召开。", {("张珺", "reporter")}),
    ("图为长安汽车生产线。鞠芝勤 摄/视觉重庆", {("鞠芝勤", "photographer")}),
    ("图为项目建设现场。特约摄影 秦廷富/视觉重庆", {("秦廷富", "photographer")}),
])
def test_person_byline_role(text, expected):
    assert roles(run(text)[0]) == expected


def test_person_byline_spaced_name():
    result = run("重庆日报讯（记者 张 珺）6月5日下午，重庆市推动制造业高质量发展大会召开。")[0]
    assert ("张珺", "reporter") in roles(result)


def test_person_byline_role_carries_to_unanchored_mentions():
    """A name only ever seen in bylines keeps its role where the corpus pass finds it again."""
    first, second = run("市委书记袁家军出席。\n新重庆-重庆日报记者 杨帆\n", "杨帆、王天翎参与报道。")
    assert ("杨帆", "reporter") in roles(second)


@pytest.mark.parametrize("text, expected", [
    ("市委常委欧阳晓明出席。", {"欧阳晓明"}),
    ("副市长司马南平主持会议。", {"司马南平"}),
    ("区长欧阳红出席。", {"欧阳红"}),
])
def test_person_compound_surname(text, expected):
    assert persons(run(text)[0]) == expected


@pytest.mark.parametrize("text, expected", [
    ("在轨卫星数量达到120颗。", set()),
    ("卫星互联网产业加快发展，人工智能赋能千行百业。", set()),
    ("智能化改造加快推进。", set()),
    ("市委高度重视制造业发展。", set()),
    ("习近平总书记来渝考察时强调，要加快建设现代化产业体系。", {"习近平"}),
    ("记者向全国人大代表提问。", set()),
    ("记者从市经信委获悉，全市工业增长。", set()),
    ("拨打市长热线反映问题。局长信箱收到来信。", set()),
    ("市民张先生表示满意。", set()),
])
def test_person_no_dictionary_word(text, expected):
    assert persons(run(text)[0]) == expected


@pytest.mark.parametrize("text, expected", [
    ("美国总统克林顿今天会见了来访的以色列总理内塔尼亚胡。", {"克林顿", "内塔尼亚胡"}),
    ("俄罗斯外长普里马科夫在会谈中表示。", {"普里马科夫"}),  # not 普里马 (普 is a surname)
    ("联合国秘书长科菲·安南发表讲话。", {"科菲·安南"}),
    ("联合国秘书长安南发表讲话。", {"安南"}),  # not 安南发 (发表)
    ("国务卿奥尔布赖特抵达北京。", {"奥尔布赖特"}),
    ("副总理韦列修克以及外长库列巴提交辞呈。", {"韦列修克", "库列巴"}),  # 修, 东: characters of transliteration too
    ("安哥拉外交部长安东尼奥发言。", {"安东尼奥"}),
    ("亚美尼亚总统哈恰图良、叙利亚总统巴沙尔表示哀悼。", {"哈恰图良", "巴沙尔"}),
    ("索马里总理巴雷赴中国驻索马里使馆悼念。", {"巴雷"}),  # 赴 follows a name
])
def test_person_transliterated_names_after_foreign_titles(text, expected):
    assert persons(run(text)[0]) == expected


@pytest.mark.parametrize("text", [
    "菲律宾总统廉政委员会主席发表讲话。",  # 廉政 is tagged as a name in jieba's dictionary
    "美国总统府发表声明。",
    "美国总统大选进入最后阶段。",
])
def test_person_no_name_after_foreign_titles(text):
    assert persons(run(text)[0]) == set()


@pytest.mark.parametrize("text, expected", [
    ("萨默斯说，七国集团将继续合作。", {"萨默斯"}),
    ("会上，姆贝基表示支持。", {"姆贝基"}),
    ("香港邵一夫先生为学校捐款。", set()),  # no boundary before 邵一夫: left alone
    ("据介绍，张雅茹女士为学校捐款。", {"张雅茹"}),
    ("巴西表示欢迎，布基纳法索总统孔波雷出席。", {"孔波雷"}),  # countries are not speakers' names
    ("重庆市民黄燕一天就拿到了执照。村民王一博一直在家。", {"黄燕", "王一博"}),  # 一天, 一直: words after a name
    ("2012年习近平主席成功访爱，去年卢拉总统成功访华。", {"习近平", "卢拉"}),  # 成功: no surname and given name
])
def test_person_names_before_speech_verbs_and_honorifics(text, expected):
    assert persons(run(text)[0]) == expected


@pytest.mark.parametrize("text, expected", [
    ("李富林立即意识到问题的严重性。", {"李富林"}),
    ("全省新增城镇就业65万人。", set()),
    ("成功应对严重洪涝灾害。", set()),
    ("王明是一个常见的名字。", set()),  # two characters: too often a word at a clause start
])
def test_person_three_character_name_opening_a_clause(text, expected):
    assert persons(run(text)[0]) == expected


@pytest.mark.parametrize("text, expected", [
    ("农民利益有保障。", set()),  # 利益 is a word
    ("每个球员都曾在赛场上拼搏。", set()),
    ("巴西外援鲁西亚努小角度射门得分。", {"鲁西亚努"}),
    ("前锋巴蒂斯图塔两次破门。", {"巴蒂斯图塔"}),  # longer than the Chinese reading 巴蒂斯
    ("村民张桂兰告诉记者，今年收成不错。", {"张桂兰"}),
])
def test_person_after_role_nouns(text, expected):
    assert persons(run(text)[0]) == expected


def test_person_reporters_named_inline_keep_their_role():
    result = run("本报北京3月5日讯记者王霞光、李长云报道：会议召开。")[0]
    assert {(m.name, m.role) for m in result.mentions if m.label == "PERSON"} == {("王霞光", "reporter"),
                                                                                    ("李长云", "reporter")}


@pytest.mark.parametrize("text, expected", [
    ("举办纪念郑成功诞辰400周年、严复诞辰170周年等活动。", {"郑成功", "严复"}),  # historical persons, rare names
    ("以及纪念陈嘉庚先生诞辰150周年。", {"陈嘉庚"}),  # a verb of honouring before the name
    ("《冬夜读书示子聿》——（宋）陆游\n陆游十分注重家风教育。", {"陆游"}),  # an author's era before the name
    ("晚清词人陈廷焯称赞此诗。", {"陈廷焯"}),  # a role noun of letters
])
def test_person_historical_and_cultural_figures(text, expected):
    assert names(text, "PERSON") == expected


@pytest.mark.parametrize("text", [
    "推动高水平对外开放，高水平建设自贸区。",  # tagged as a name in jieba's dictionary, an ordinary word here
    "纪念抗战胜利诞辰。",
    "（宋）体字。",
])
def test_no_person_from_loose_dictionary_names_or_cues(text):
    assert [m for m in run(text)[0].mentions if m.label == "PERSON"] == []


@pytest.mark.parametrize("text, holds", [
    ("全国政协主席王沪宁会见墨西哥众议长古铁雷斯。", {("王沪宁", "全国政协主席"), ("古铁雷斯", "墨西哥众议长")}),
    ("联合国副秘书长马丁·格里菲思计划前往中东地区。", {("马丁·格里菲思", "联合国副秘书长")}),  # 思 ends the name
    ("来自考古一线的全国人大代表何毓灵分享了最新发展。", {("何毓灵", "全国人大代表")}),  # a deputy named after the title
])
def test_news_transcript_people_and_posts(text, holds):
    result = run(text)[0]
    assert {(r.source.removeprefix("PERSON:"), r.target.removeprefix("POSITION:"))
            for r in result.relations if r.kind == "HOLDS"} == holds


def test_a_known_person_before_a_title_is_not_read_with_the_verb_before_it():
    assert persons(run("韩正说，完全赞成李强总理所作的政府工作报告。")[0]) == {"韩正", "李强"}  # not 成李强


def test_a_rare_surname_after_a_qualified_title_before_a_hard_boundary():
    assert persons(run("上海合合信息科技股份有限公司董事长、总经理镇立新——")[0]) == {"镇立新"}
    assert persons(run("市政府副市长介绍说，会议召开。")[0]) == set()


@pytest.mark.parametrize("text, person, post", [
    ("日本自民党干事长森山裕表示。", "森山裕", "日本自民党干事长"),  # a Japanese surname after a post
    ("日本首相石破茂，日本外相岩屋毅说。", "岩屋毅", "日本外相"),
    ("会见朝鲜劳动党中央国际部部长金成男。", "金成男", "朝鲜劳动党中央国际部部长"),  # a post in a foreign party
    ("越南共产党中央总书记苏林。", "苏林", "越南共产党中央总书记"),
    ("马来西亚最高元首易卜拉欣会见了代表团。", "易卜拉欣", "马来西亚最高元首"),  # the title of Malaysia's head of state
    ("日本公明党党首齐藤铁夫访华。", "齐藤铁夫", "日本公明党党首"),  # a party leader's title
    ("赵乐际会见突尼斯总统赛义德。", "赛义德", "突尼斯总统"),  # (义 of transliterations)
    ("丁薛祥同斯克利亚尔第一副总理举行会谈。", "斯克利亚尔", "第一副总理"),  # a foreign name before the post
    ("写给首相高市早苗和外相茂木敏充的信。", "茂木敏充", "外相"),  # a Japanese name after a bare title
    ("任命伊朗陆军总司令穆萨维为新任总参谋长。", "穆萨维", "伊朗陆军总司令"),  # 总司令 is a title, of a branch of the forces
    ("乌克兰总统办公室主任叶尔马克表示。", "叶尔马克", "乌克兰总统办公室主任"),  # the office of a head of state; 叶 abroad
    ("委内瑞拉内政部长卡韦略说。", "卡韦略", "委内瑞拉内政部长"),  # 略 of transliterations
    ("德国外长瓦德富尔指出。", "瓦德富尔", "德国外长"),  # 富 of transliterations
    ("委内瑞拉代理总统罗德里格斯7日批准。", "罗德里格斯", "委内瑞拉代理总统"),  # an acting president
    ("韩国执政党国民力量党党首韩东勋会谈。", "韩东勋", "国民力量党党首"),  # a party named after its role
    ("谈判代表团团长、俄总统助理梅金斯基表示。", "梅金斯基", "俄总统助理"),  # the staff of a post
    ("美国总统高级顾问马斯克表示。", "马斯克", "美国总统高级顾问"),
    ("石强是越西县就业局局长，刚搬下来的时候。", "石强", "越西县就业局局长"),  # a post said of a name with 是
    ("针对瓦格纳雇佣兵集团创始人普里戈任的刑事立案。", "普里戈任", "瓦格纳雇佣兵集团创始人"),  # a group abroad; 任 ends a name
    ("李强会见伦敦金融城市长曼斯菲尔德。", "曼斯菲尔德", "伦敦金融城市长"),  # the City's mayor, though 城市 is a word
    ("以军总参谋长哈莱维表示。", "哈莱维", "以军总参谋长"),  # a country's army by its letter
    ("苏格兰卫生大臣格雷表示。", "格雷", "苏格兰卫生大臣"),  # a minister of a nation of the United Kingdom
    ("韩国最大在野党共同民主党最高委员金珉锡表示。", "金珉锡", "共同民主党最高委员"),
])
def test_foreign_officials_and_their_posts(text, person, post):
    result = run(text)[0]
    assert (f"PERSON:{person}", f"POSITION:{post}") in pairs(result)


def test_names_listed_after_a_title_are_taken_together():
    """尹同跃 alone does not read as a name (同 rarely follows a surname); listed with 杭侃, 刘传健 it does."""
    result = run("在代表通道上，全国人大代表尹同跃、杭侃、刘传健也就此回答了提问。")[0]
    assert {m.name for m in result.mentions if m.label == "PERSON"} == {"尹同跃", "杭侃", "刘传健"}
    holds = pairs(result)
    assert holds == {(f"PERSON:{name}", "POSITION:全国人大代表") for name in ("尹同跃", "杭侃", "刘传健")}  # they share it
    assert {m.name for m in run("总书记走进搬迁户汪显平家，同他们一起拉家常。")[0].mentions if m.label == "PERSON"} \
        == {"汪显平"}  # (a role noun of poverty relief)
    text = "刚果参议院议长伊图、国民议会议长孔巴、全体政府部长出席。"  # (议会, 政府 run across the ends: no names)
    assert not {m.name for m in run(text)[0].mentions if m.label == "PERSON"} & {"国民议", "全体政"}


def test_names_listed_before_a_found_name():
    result = run("蔡达峰副委员长主持会议。杨关林、李巍、李慧琼、向巧、周佑勇、丛斌委员提出询问。")[0]
    assert {m.name for m in result.mentions if m.label == "PERSON"} >= {"杨关林", "李巍", "李慧琼", "向巧", "周佑勇", "丛斌"}
    result = run("实验室里，赛华征、付蕊正在进行实验。")[0]
    assert "华征" not in {m.name for m in result.mentions if m.label == "PERSON"}  # the first item whole, or nothing


def test_the_last_name_listed_after_a_title_ends_before_a_verb():
    result = run("全国政协副主席沈跃跃、王勇出席会议。")[0]
    assert {m.name for m in result.mentions if m.label == "PERSON"} == {"沈跃跃", "王勇"}  # not 王勇出 (出席)


@pytest.mark.parametrize("text, person, post", [
    ("国家副主席韩正在北京会见德国外长。", "韩正", "国家副主席"),  # a known person after a title, though 正在 is a word
    ("我赞赏阿比纳德尔总统坚定奉行一个中国政策。", "阿比纳德尔", "总统"),  # not the known 阿比 inside a longer name
])
def test_known_people_read_in_context(text, person, post):
    result = run(text)[0]
    assert (f"PERSON:{person}", f"POSITION:{post}") in pairs(result)


def test_authors_of_autonomous_regions_reports():
    text = "——2025年1月19日在西藏自治区第十二届人民代表大会第三次会议上\n西藏自治区代理主席 嘎玛泽登\n各位代表："
    holds = pairs(run(text)[0])
    assert holds == {("PERSON:嘎玛泽登", "POSITION:西藏自治区代理主席")}


@pytest.mark.parametrize("text, holds", [
    ("——2025年1月16日省长 张立伟在本省第十四届人民代表大会第三次会议上的讲话",  # a header's date, title and name
     {("张立伟", "省长")}),
    ("习近平在湖南省委书记沈晓明和省长毛伟明陪同下考察。", {("沈晓明", "湖南省委书记"), ("毛伟明", "省长")}),  # 长毛 is a word
    ("中共中央政治局常委、国务院副总理、第五次全国经济普查领导小组组长丁薛祥出席。",  # a stack with an ordinal
     {("丁薛祥", "中共中央政治局常委"), ("丁薛祥", "国务院副总理"), ("丁薛祥", "第五次全国经济普查领导小组组长")}),
    ("国务院总理李强会见美国财政部长耶伦。", {("李强", "国务院总理"), ("耶伦", "美国财政部长")}),  # a foreign minister
])
def test_posts_in_headers_stacks_and_abroad(text, holds):
    found = {(r.source.split(":", 1)[1], r.target.split(":", 1)[1]) for r in run(text)[0].relations if r.kind == "HOLDS"}
    assert found == holds


@pytest.mark.parametrize("text", ["在学院大厅，习近平同师生代表亲切交流。", "村民们纷纷围拢过来欢送总书记。"])
def test_no_person_from_words_before_a_title(text):
    assert names(text, "PERSON") <= {"习近平"}


@pytest.mark.parametrize("text, expected", [
    ("广大干部群众铆足干劲，涌现出王立平、刘本成等先进典型。", {"王立平", "刘本成"}),  # names before 等 and a kind of people
    ("支持华为、腾讯等企业。", set()),
    ("包括张超、孙冀等30名先进个人，还向张恕、刘才添等4名因公牺牲民警致敬。", {"张超", "孙冀", "张恕", "刘才添"}),
    ("刘洪、王喜玲、张渠伟等获奖代表作先进事迹报告。", {"刘洪", "王喜玲", "张渠伟"}),  # 等 and those who speak for them
    ("陈雷、张茅、饶子和、周慕冰、谷振春等8位常委作大会发言。", {"陈雷", "张茅", "饶子和", "周慕冰", "谷振春"}),  # a post
])
def test_names_listed_before_a_kind_of_people(text, expected):
    assert names(text, "PERSON") == expected


def test_no_person_from_an_adjective_opening_a_sentence():
    assert not [m for m in run("社会救助对象扩大。普惠性发放高龄津贴。")[0].mentions if m.label == "PERSON"]


def _holds(result) -> set[tuple[str, str]]:
    return {(r.source.split(":", 1)[1], r.target.split(":", 1)[1]) for r in result.relations if r.kind == "HOLDS"}


@pytest.mark.parametrize("text, expected", [
    ("李希还会见阿斯旺省省长阿什拉夫。", {("阿什拉夫", "阿斯旺省省长")}),  # a foreign province; a transliterated name
    ("国家副主席韩正在北京会见美国前财长鲍尔森。", {("韩正", "国家副主席"), ("鲍尔森", "美国前财长")}),  # a former post
    ("李希会见古巴共产党中央政治局委员、阿特米萨省委第一书记马丁内斯。",
     {("马丁内斯", "古巴共产党中央政治局委员"), ("马丁内斯", "阿特米萨省委第一书记")}),  # a province the gazetteer lacks
    ("习近平同越共中央总书记苏林通电话。", {("苏林", "越共中央总书记")}),  # a party by its country's letter
    ("驻村第一书记王建国说。", {("王建国", "驻村第一书记")}),  # the post as printed
    ("国务院总理李强乘包机抵达都柏林。", {("李强", "国务院总理")}),  # the known person, not 李强乘
    ("爱尔兰农业、食品与海洋事务部长麦克纳洛格送行。", {("麦克纳洛格", "爱尔兰农业、食品与海洋事务部长")}),
    ("全国政协副主席兼秘书长王东峰等就有关议题作说明。", {("王东峰", "全国政协副主席"), ("王东峰", "秘书长")}),  # 兼
    ("常驻联合国日内瓦办事处和瑞士其他国际组织代表陈旭等到机场送行。",
     {("陈旭", "常驻联合国日内瓦办事处和瑞士其他国际组织代表")}),  # a permanent representative's post as printed
    ("俄罗斯常驻联合国代表涅边贾当天在安理会指出。", {("涅边贾", "俄罗斯常驻联合国代表")}),  # another country's, with it
    ("习近平应约同美国总统特朗普通电话。", {("特朗普", "美国总统")}),  # a known name, though 普通 is a word
    ("市委书记袁家军", {("袁家军", "市委书记")}),  # a known name that ends the text
    ("和中国驻爱尔兰大使何向东等到机场迎接。", {("何向东", "中国驻爱尔兰大使")}),  # 向东: a given name after the surname
    ("沙特外交大臣费萨尔接任阿盟轮值主席国。", {("费萨尔", "沙特外交大臣")}),
    ("会见塞尔维亚国民议会副议长拉古什，乌兹别克斯坦第一副总理拉马托夫。",
     {("拉古什", "塞尔维亚国民议会副议长"), ("拉马托夫", "乌兹别克斯坦第一副总理")}),  # a parliament; 第一副总理
    ("波兰基础设施部副部长韦伯当天参加会议。", {("韦伯", "波兰基础设施部副部长")}),  # a ministry by shape; 当天 no name
    ("国家副主席韩正同巴西副总统阿尔克明互致贺电。", {("韩正", "国家副主席"), ("阿尔克明", "巴西副总统")}),
    ("上海市委原常委、浦东新区区委原书记朱芝松严重违纪违法。",
     {("朱芝松", "上海市委原常委"), ("朱芝松", "浦东新区区委原书记")}),  # former posts; the level said twice
])
def test_foreign_office_holders_and_former_posts(text, expected):
    assert _holds(run(text)[0]) == expected


def test_a_preposition_after_a_title_is_no_name():
    assert persons(run("市长向群众介绍情况。")[0]) == set()


def test_the_last_of_a_list_of_envoys_before_etc():
    text = "塞尔维亚总理布尔纳比奇、印尼总统特使卢胡特等在开幕式上发表视频致辞。"  # (特等 is a word; 印尼 a country's spelling)
    assert persons(run(text)[0]) == {"布尔纳比奇", "卢胡特"}


@pytest.mark.parametrize("text, expected", [
    ("举办庆典活动，巴依卡·凯力迪别克荣获国家荣誉称号。", {"巴依卡·凯力迪别克"}),  # parts joined by a dot
    ("阿布都热依木·艾合买提说。", {"阿布都热依木·艾合买提"}),
    ("鲁道夫·萨德高度赞赏中国经济社会发展成就。", {"鲁道夫·萨德"}),  # what is said of it runs past seven characters
    ("扩大有机旱作·晋品。举办首届中国·重庆科技电影周。", set()),  # words, not letters
    ("欢迎葡萄牙共和国总统阿尼巴尔·安东尼奥·卡瓦科·席尔瓦对我国进行国事访问。", {"阿尼巴尔·安东尼奥·卡瓦科·席尔瓦"}),  # four
])
def test_names_of_dotted_parts(text, expected):
    assert persons(run(text)[0]) == expected


def test_names_after_a_verb_of_appointing_before_their_post():
    result = run("会议审议通过关于免去杨小伟政协第十四届全国委员会教科卫体委员会副主任职务的决定。")[0]
    assert pairs(result) == \
        {("PERSON:杨小伟", "POSITION:政协第十四届全国委员会教科卫体委员会副主任")}


@pytest.mark.parametrize("text, expected", [
    ("北洋法政学堂李大钊求学遗址修缮开放。学习雷锋精神。", {"李大钊", "雷锋"}),  # figures of history, named bare
    ("国民警卫队指挥官维克托·琼戈率人劫走嫌疑人。", {"维克托·琼戈"}),
    ("习近平随后来到种粮大户戴宏家中。", {"习近平", "戴宏"}),  # the name, then where
    ("二大队大队长张斌果断抓住发射窗口。", {"张斌"}),  # the name, then how the holder acts
    ("神舟飞船首任总设计师戚发轫作了发言。", {"戚发轫"}),
    ("局长王建国家中有事。", set()),  # 建国 is a word: no name of two cut out of it
    ("无党派人士代表樊杰作了发言。", {"樊杰"}),  # a word that follows names, though 杰作 is a word
    ("白所成、白应苍、杨立强等5人被判处死刑，李福寿等16人分别被判处死缓。", {"白所成", "白应苍", "杨立强", "李福寿"}),  # one name opening a clause before 等N人
    ("会议通过关于接受王填辞去第十四届全国政协委员的决定。", {"王填"}),  # the frame vouches for a rare given name
    ("在歌声里共同为朱老师祝福。", set()),  # a surname and 老师 address a person: no name after them
    ("还到了达瓦坚参家里做客。几年过去了，达瓦坚参记忆犹新。", {"达瓦坚参"}),  # a Tibetan name of listed parts, anywhere
    ("南湖革命纪念馆副研究馆员袁晶；中国文化遗产研究院研究馆员王元林。", {"袁晶", "王元林"}),
])
def test_historical_figures_commanders_and_names_before_where(text, expected):
    assert persons(run(text)[0]) == expected


def test_a_foreign_name_after_a_post_in_a_firm_of_another_country():
    result = run("韩正会见了美国彭博集团创始人布隆伯格。")[0]
    assert ("PERSON:布隆伯格", "POSITION:美国彭博集团创始人") in {(r.source, r.target) for r in result.relations}


def test_names_appointed_to_posts():
    result = run("会议经表决，任命楼阳生为全国人大教育科学文化卫生委员会副主任委员，王蒙徽为全国人大环境与资源保护委员会"
                 "副主任委员；任命张新民为全国人大常委会副秘书长。她的父亲为公司董事长。")[0]
    holds = pairs(result)
    assert holds == {("PERSON:楼阳生", "POSITION:全国人大教育科学文化卫生委员会副主任委员"),
                     ("PERSON:王蒙徽", "POSITION:全国人大环境与资源保护委员会副主任委员"),
                     ("PERSON:张新民", "POSITION:全国人大常委会副秘书长")}


def test_every_post_of_an_appointment_and_a_name_the_frame_vouches_for():
    result = run("会议经表决，任命黄薇为全国人大常委会法制工作委员会副主任。任命茅仲华为最高人民法院副院长、审判委员会委员。")[0]
    holds = pairs(result)
    assert holds == {("PERSON:黄薇", "POSITION:全国人大常委会法制工作委员会副主任"),
                     ("PERSON:茅仲华", "POSITION:最高人民法院副院长"), ("PERSON:茅仲华", "POSITION:审判委员会委员")}


@pytest.mark.parametrize("text, holds", [
    ("柬埔寨副首相兼内阁办公厅大臣翁赛维索出席。", {("翁赛维索", "柬埔寨副首相"), ("翁赛维索", "内阁办公厅大臣")}),
    ("马来西亚副总理兼能源及水务转型部部长法迪拉出席。", {("法迪拉", "马来西亚副总理"), ("法迪拉", "能源及水务转型部部长")}),
    ("在习近平总书记、国家主席的战略引领下。", {("习近平", "总书记"), ("习近平", "国家主席")}),
    ("常委会委员庞丽娟、丛斌等与会同志提出意见。", {("庞丽娟", "常委会委员"), ("丛斌", "常委会委员")}),
])
def test_posts_held_at_once_stacked_after_a_name_and_of_the_standing_committee(text, holds):
    result = run(text)[0]
    assert {(r.source.split(":")[1], r.target.split(":")[1]) for r in result.relations if r.kind == "HOLDS"} == holds


def test_posts_of_a_committee_named_bare_and_seats_of_a_numbered_session():
    result = run("会议经表决，增补苏贵光为第十四届全国政协委员；任命苏贵光为提案委员会驻会副主任。"
                 "欧青平同志不再担任人口资源环境委员会驻会副主任。")[0]
    holds = pairs(result)
    assert holds == {("PERSON:苏贵光", "POSITION:第十四届全国政协委员"), ("PERSON:苏贵光", "POSITION:提案委员会驻会副主任"),
                     ("PERSON:欧青平", "POSITION:人口资源环境委员会驻会副主任")}


def test_names_listed_on_after_和_and_posts_of_firms_and_world_bodies():
    assert names("常委会委员王刚和徐淙祥、张淑萍等与会同志提出意见。", "PERSON") == {"王刚", "徐淙祥", "张淑萍"}
    result = run("北京长峰医院股份有限公司法定代表人汪文杰被逮捕。世界知识产权组织总干事邓鸿森表示。")[0]
    assert pairs(result) == {
        ("PERSON:汪文杰", "POSITION:北京长峰医院股份有限公司法定代表人"), ("PERSON:邓鸿森", "POSITION:世界知识产权组织总干事")}


def test_the_staff_of_a_post_named_after_it():
    result = run("俄罗斯总统新闻秘书佩斯科夫27日表示。联合国秘书长发言人迪雅里克说。")[0]
    assert pairs(result) == {
        ("PERSON:佩斯科夫", "POSITION:俄罗斯总统新闻秘书"), ("PERSON:迪雅里克", "POSITION:联合国秘书长发言人")}


def test_a_post_left_and_the_post_taken_instead():
    result = run("王伟同志不再担任全国政协港澳台侨委员会驻会副主任，改任全国政协港澳台侨委员会副主任。"
                 "会议经表决，增补苏贵光为第十四届全国政协委员。")[0]
    holds = pairs(result)
    assert {("PERSON:王伟", "POSITION:全国政协港澳台侨委员会驻会副主任"),
            ("PERSON:王伟", "POSITION:全国政协港澳台侨委员会副主任")} <= holds
    assert "改任全国政协港澳台侨委员会" not in names("王伟改任全国政协港澳台侨委员会副主任。", "ORG")


def test_a_person_the_story_follows_is_named_bare():
    text = ("7月31日上午，包村干部熊丽频繁望向窗外。面对汛情，熊丽始终坚守一线，参与群众疏散转移。途中护墙坍塌，熊丽不幸被掩埋。"
            "前线消息，乌军已撤出。会谈中，斯方也愿意合作，斯方也支持。乌军也称。")
    assert names(text, "PERSON") == {"熊丽"}  # not a country's side or army (乌军, 斯方)


@pytest.mark.parametrize("text, body, post", [
    ("韩正会见塔吉克斯坦议会上院议长鲁斯塔姆·埃莫马利。", "塔吉克斯坦议会上院", "塔吉克斯坦议会上院议长"),
    ("王沪宁会见乌兹别克斯坦最高会议参议院主席纳尔巴耶娃。", "乌兹别克斯坦最高会议参议院", "乌兹别克斯坦最高会议参议院主席"),
    ("赵乐际同蒙古国国家大呼拉尔主席阿玛尔巴伊斯格楞举行会谈。", "蒙古国国家大呼拉尔", "蒙古国国家大呼拉尔主席"),
])
def test_chambers_of_foreign_parliaments(text, body, post):
    result = run(text)[0]
    assert body in {m.name for m in result.mentions if m.label == "ORG"}
    assert post in {r.target.split(":", 1)[1] for r in result.relations if r.kind == "HOLDS"}


def test_a_post_keeps_the_places_that_hold_it_below_the_province():
    result = run("全国人大代表——成都市温江区寿安镇岷江村党委书记陶勋花。贵州省贵阳市市长王宏表示。")[0]
    holds = pairs(result)
    assert ("PERSON:陶勋花", "POSITION:成都市温江区寿安镇岷江村党委书记") in holds
    assert ("PERSON:王宏", "POSITION:贵阳市市长") in holds  # the province says where the city is


def test_names_listed_before_the_post_they_lose():
    result = run("会议审议通过关于撤销杨小伟、景亚萍、郭继孚政协第十四届全国委员会委员资格的决定。")[0]
    holds = pairs(result)
    assert holds == {(f"PERSON:{n}", "POSITION:政协第十四届全国委员会委员") for n in ("杨小伟", "景亚萍", "郭继孚")}
    assert "政协第十四届全国委员会" in {m.name for m in result.mentions if m.label == "ORG"}


def test_dotted_names_after_a_word_that_says_who():
    assert names("维吾尔族姑娘米娜瓦尔·艾力主动请缨，留在内地高校。", "PERSON") == {"米娜瓦尔·艾力"}
    assert not names("举办中国·重庆科技电影周。", "PERSON")


def test_the_author_line_of_a_report_names_its_author():
    text = ("2026年上海市政府工作报告\n上海市市长 龚 正\n各位代表：\n"
            "2026年内蒙古自治区政府工作报告\n自治区人民政府主席 包钢\n各位代表：\n")
    found = pairs(run(text)[0])
    assert {("PERSON:龚正", "POSITION:上海市市长"), ("PERSON:包钢", "POSITION:自治区人民政府主席")} <= found


def test_people_named_after_a_quoted_honour_and_a_photo_credit_without_spaces():
    text = "“人民楷模”布茹玛汗·毛勒朵、“全国最美退役军人”龙吉克·卡德尔、“时代楷模”张桂梅等先进典型不断涌现。"
    assert {"布茹玛汗·毛勒朵", "龙吉克·卡德尔", "张桂梅"} <= names(text, "PERSON")
    assert "阮洋" in names("省长卢东亮作政府工作报告。本报记者阮洋摄\n各位代表：", "PERSON")


def test_two_character_names_after_a_foreign_title():
    text = "韩正在南宁分别会见缅甸总理纽梭、老挝国家副主席本通、柬埔寨副首相翁赛维索。"
    assert {"纽梭", "本通", "翁赛维索"} <= names(text, "PERSON")


def test_a_frequent_word_after_a_title_and_before_的_is_no_name():
    first, second = run("展现了习近平主席卓越的政治理念。", "我们要追求卓越，勇攀高峰。")
    assert "卓越" not in {m.name for r in (first, second) for m in r.mentions if m.label == "PERSON"}


def test_a_name_before_因():
    assert "靳伟" in names("北京市委常委、副市长靳伟因北京长峰医院重大火灾事故被问责。", "PERSON")


def test_names_listed_with_quoted_honours_after_的_and_before_等人():
    found = persons(run("“最美巾帼奋斗者”玛依努尔·尼牙孜、“阿同汗”王桂珍、用生命践行为民情怀的贺娇龙等人的感人事迹。")[0])
    assert found == {"玛依努尔·尼牙孜", "王桂珍", "贺娇龙"}
    assert persons(run("向张桂梅、黄文秀等人学习。")[0]) == {"张桂梅", "黄文秀"}
    for text in ("关爱老人、儿童等人群。", "北京、上海等人口大市。", "美丽的小姐姐。"):
        assert not persons(run(text)[0])


def test_names_after_夫人_and_a_list_of_names_before_等先后发言():
    found = persons(run("习近平夫人彭丽媛和邦戈夫人西尔维娅陪同参加欢迎仪式。西米纳夫妇出席。")[0])
    assert {"彭丽媛", "西尔维娅"} <= found and not any(name.endswith("夫") for name in found)
    found = persons(run("座谈会上，张斌、李迅雷、沈建光、万敏、郑津等先后发言。")[0])
    assert found == {"张斌", "李迅雷", "沈建光", "万敏", "郑津"}
    assert not persons(run("陪同访华的有总统夫人、外交部部长。会上，企业、高校、科研院所等先后发言。")[0])


def test_a_name_opening_a_clause_before_常委_holds_it():
    text = "14位全国政协常委作大会发言。马建堂常委建议，培育完整内需体系。陈群常委建议，推进教育统筹。"
    result = run(text)[0]
    assert {("马建堂", "常委"), ("陈群", "常委")} <= _holds(result)
    assert not persons(run("省委常委会召开会议。市委常委、秘书长出席。")[0])


def test_names_listed_before_为_a_post_given_and_posts_resigned_or_left():
    text = ("会议决定增补马晓伟、易会满、曹军为第十四届全国政协委员；隋青不再担任民族和宗教委员会驻会副主任。"
            "会议通过关于接受张晓明同志辞去第十四届全国政协常委的决定。")
    holds = _holds(run(text)[0])
    assert {("曹军", "第十四届全国政协委员"), ("易会满", "第十四届全国政协委员"), ("隋青", "民族和宗教委员会驻会副主任"),
            ("张晓明", "第十四届全国政协常委")} <= holds
    assert "曹军为" not in persons(run(text)[0])


def test_no_致_of_a_message_sent_in_the_name_before_it():
    result = run("国家主席习近平就牙买加遭受飓风灾害向牙买加总督艾伦致慰问电。")[0]
    assert ("艾伦", "牙买加总督") in _holds(result) and "艾伦致" not in persons(result)


def test_a_crew_commander_and_a_chief_executive_before_their_names():
    text = "神舟十四号乘组指令长陈冬出席。俄罗斯联邦鞑靼斯坦共和国行政长官明尼哈诺夫到机场迎接。"
    assert {("陈冬", "指令长"), ("明尼哈诺夫", "行政长官")} <= _holds(run(text)[0])



def test_transliteration_characters_do_not_make_names_of_words():
    assert names("坚持中国特色社会主义道路，弘扬爱国主义精神。", "PERSON") == set()


def test_appointments_of_comrades():
    text = ("会议经表决，任命洪亮同志为第十四届全国政协副秘书长；增补潘岳同志为第十四届全国政协委员、文化文史和学习委员会副主任。"
            "会议通过关于免去邹加怡同志第十四届全国政协副秘书长职务的决定。")
    holds = {(r.source.removeprefix("PERSON:"), r.target.removeprefix("POSITION:"))
             for r in run(text)[0].relations if r.kind == "HOLDS"}
    assert holds == {("洪亮", "第十四届全国政协副秘书长"), ("潘岳", "第十四届全国政协委员"), ("潘岳", "文化文史和学习委员会副主任"),
                     ("邹加怡", "第十四届全国政协副秘书长")}
    assert names("一位老同志表示，要继续努力。", "PERSON") == set()


def test_foreign_names_end_before_a_title_or_a_palace_and_known_given_names_count():
    assert "法拉希" in names("请转达我对前任校长法拉希博士的问候。", "PERSON")
    assert "比尔·盖茨" in names("李强在纽约会见美国盖茨基金会主席比尔·盖茨。", "PERSON")
    assert not names("在喀山克里姆林宫会见，在爱丽舍宫举行会谈。", "PERSON")
    assert not names("游客来到罗马广场参观。", "PERSON")
    assert not names("据报道，特拉维夫本·古里安国际机场21日一度暂停运营。", "PERSON")  # an airport named after him
    assert not names("等地的便捷铁路通道。安岚高速建成通车。二十四节气·大暑。", "PERSON")  # a road; a count, no name
    assert not names("俄军在库皮扬斯克、尼古拉耶夫-克里沃罗格等方向击退乌军。", "PERSON")  # not the known 克里


def test_dotted_names_after_a_foreign_title_and_words_that_end_transliterations():
    found = names("欢迎芬兰共和国总统亚历山大·斯图布对我国进行国事访问。", "PERSON")
    assert "亚历山大·斯图布" in found and "·斯图布" not in found
    assert names("习近平致电祝贺柬埔寨国王西哈莫尼登基20周年。西哈莫尼国王登基以来。", "PERSON") == {"习近平", "西哈莫尼"}
    assert "约夫雷达" in names("委内瑞拉驻华大使约夫雷达、叙利亚驻华大使哈桑内出席。", "PERSON")  # a list's end


def test_a_verb_and_a_provinces_letter_are_no_recurring_name():
    assert not names("外国人来琼工作人数增长90%。来琼工作外国人增长20%。来琼投资企业增加。", "PERSON")


def test_a_list_of_names_goes_on_to_its_last_before_分别():
    found = names("团中央书记处书记徐晓、王艺、胡百精、胡盛、夏帕克提·吾守尔、余静分别作了发言。", "PERSON")
    assert "余静" in found and "余静分" not in found


def test_a_list_of_names_goes_on_past_a_given_name_that_is_a_word():
    found = names("出席座谈会的党外人士还有杨震和张恩迪、方光华、周黎安等。", "PERSON")
    assert {"张恩迪", "方光华", "周黎安"} <= found


def test_a_foreign_name_a_message_is_sent_to():
    assert "卡斯特" in names("国家主席习近平致电卡斯特，祝贺他当选智利共和国总统。", "PERSON")
    assert names("习近平致函联合国大会。习近平致信祝贺。", "PERSON") == {"习近平"}


def test_slavic_names_ending_in_qinke():
    assert "戈洛夫琴科" in names("应白俄罗斯总理戈洛夫琴科邀请。", "PERSON")


@pytest.mark.parametrize("text, wrong", [
    ("以加强“两个联系”为抓手，深化和拓展代表工作。", "和拓展"),  # a conjunction after a word, no surname
    ("中方愿同斯方一道，传承友谊。韩正还向斯方介绍了有关情况。", "斯方"),  # the side of a country
    ("但美方再次举起关税大棒，背离了解决问题的正确轨道。", "但美方"),  # a word, then the side of a country
    ("招募留用银龄人才5494人，银龄行动成效走深走实。", "银龄"),  # a programme's name, once opening a clause
])
def test_words_read_as_names_are_none(text, wrong):
    assert wrong not in {m.name for m in run(text)[0].mentions if m.label == "PERSON"}


def test_a_name_after_a_title_across_a_word_when_its_given_name_is_no_word():
    result = run("重庆市政府原党组成员、副市长江敦涛，大连海关原党委书记、关长刘大立受到处理。")[0]
    people = {m.name for m in result.mentions if m.label == "PERSON"}
    assert {"江敦涛", "刘大立"} <= people
    assert not {m.name for m in run("武汉市长江大桥建成通车。")[0].mentions if m.label == "PERSON"}  # 大桥 is a word


@pytest.mark.parametrize("text, name", [
    ("“00后”小伙张祝银去年大学毕业，回到家乡。", "张祝银"),
    ("总书记来到二孩妈妈王苗苗家中走访。", "王苗苗"),
    ("澳门青年黄景禧2021年成为一名内地律师。", "黄景禧"),
    ("航天驾驶员张志远为第三批航天员。", "张志远"),
])
def test_names_after_role_nouns_of_ordinary_people(text, name):
    assert name in {m.name for m in run(text)[0].mentions if m.label == "PERSON"}


def test_no_name_after_a_role_noun_a_verb_follows():
    text = "抓实领导干部包联服务企业。教育引导学生明德知耻。青年创新创业热情高涨。"
    assert not {m.name for m in run(text)[0].mentions if m.label == "PERSON"}


def test_a_name_before_the_home_visited():
    assert "郎素兰" in {m.name for m in run("总书记走进四世同堂的郎素兰家中看望。")[0].mentions if m.label == "PERSON"}
    assert not [m for m in run("回到自己家中，走进农户家中。")[0].mentions if m.label == "PERSON"]


def test_the_last_of_a_list_of_names_before_what_they_do_and_delegates_of_a_group():
    found = {m.name for m in run("神舟十六号航天员景海鹏、朱杨柱、桂海潮安全顺利出舱。")[0].mentions if m.label == "PERSON"}
    assert {"景海鹏", "朱杨柱", "桂海潮"} <= found
    text = "全国工商联主席高云龙、无党派人士代表孙其信先后发言。"
    assert "孙其信" in {m.name for m in run(text)[0].mentions if m.label == "PERSON"}


def test_a_double_barrelled_transliterated_name_and_what_befalls_a_dotted_one():
    text = "联合国黎巴嫩问题特别协调员亨尼斯-普拉斯哈特发表声明。伊朗驻黎巴嫩大使穆杰塔巴·阿马尼受轻伤。"
    found = names(text, "PERSON")
    assert {"亨尼斯-普拉斯哈特", "穆杰塔巴·阿马尼"} <= found and "尼斯" not in names(text, "PLACE")
    assert not names("巴西-阿根廷边境贸易活跃。中国-东盟博览会开幕。", "PERSON")  # countries joined, no name
    assert "威廉-亚历山大" in names("荷兰国王威廉-亚历山大和王后马克西玛出席。", "PERSON")  # (a name the dictionary knows)


def test_a_name_before_a_frequent_verb_a_rarer_word_runs_into_and_transliterations_with_liu():
    assert "宋鲁增" in names("亚洲奥林匹克理事会副主席宋鲁增发表致辞。", "PERSON")  # (增发 is a word)
    assert "科内柳斯" in names("德国政府发言人科内柳斯表示反对。", "PERSON")


def test_a_list_of_names_whose_last_two_are_joined_and_a_name_of_four_characters():
    text = "王玉凤、申小惠、尼玛拉毛、邢少云、刘志宏、农康、何建行、张军桥、周坚红和梁春荣等10名同志光荣入选。"
    assert names(text, "PERSON") == {"王玉凤", "申小惠", "尼玛拉毛", "邢少云", "刘志宏", "农康", "何建行", "张军桥",
                                     "周坚红", "梁春荣"}
    assert not names(text, "COMPANY")  # (not 建行 of 何建行)


def test_no_name_across_a_time_word_a_cause_a_side_or_a_place_before_a_hyphen():
    text = ("美国中央司令部司令布拉德·库珀当天向美国总统特朗普汇报。营地策划袭击。希拉里因涉爱泼斯坦案接受问询。乌方表示将继续谈判。"
            "冬残奥会在意大利米兰-科尔蒂纳举行。")
    found = names(text, "PERSON")
    assert {"布拉德·库珀", "希拉里", "特朗普"} <= found
    assert not {"布拉德·库珀当天", "希拉里因", "乌方"} & found and not {n for n in found if "科尔蒂纳" in n}


def test_a_name_after_a_title_abroad_that_is_also_a_city():
    text = "美国防部长奥斯汀表示。美国总统访问华盛顿。"
    assert names(text, "PERSON") == {"奥斯汀"} and "华盛顿" in names(text, "PLACE")


def test_a_dotted_name_after_its_country_and_de():
    found = names("来自美国的约瑟夫·波利希、埃及的伊萨姆·沙拉夫等国际友人。", "PERSON")
    assert {"约瑟夫·波利希", "伊萨姆·沙拉夫"} <= found and not {n for n in found if "的" in n}


def test_names_after_congress_delegates_and_roles_whose_first_characters_are_a_word():
    text = "二十大代表郑志明是工人。种粮大户张扬芳将600亩早稻托管。村民高兴地说好。"
    assert names(text, "PERSON") == {"郑志明", "张扬芳"}  # (张扬 is a word; not 高兴地)


def test_a_dotted_name_ends_where_what_is_said_of_it_starts():
    text = "二十大代表古兰拜尔·茹仙跟村民们一起学习。古兰拜尔·茹仙长期工作在一线。阿卜杜勒·阿齐兹在会上发言。"
    assert names(text, "PERSON") == {"古兰拜尔·茹仙", "阿卜杜勒·阿齐兹"}


def test_a_rare_surname_after_a_title_heading_a_list_of_names():
    assert names("全国人大代表水庆霞、朱悦萌、侯蓉也讲述了故事。推进水资源节约。", "PERSON") == {"水庆霞", "朱悦萌", "侯蓉"}


def test_a_name_after_a_title_opening_a_list_and_a_dotted_name_before_an_oath():
    assert names("航天员陈冬、刘洋、蔡旭哲依次进入。", "PERSON") == {"陈冬", "刘洋", "蔡旭哲"}
    assert names("哥伦比亚总统就职典礼7日举行，古斯塔沃·佩特罗宣誓就职。", "PERSON") == {"古斯塔沃·佩特罗"}


def test_a_van_der_name_that_holds_a_city_before_a_head_of_states_title():
    result = run("奥地利总统范德贝伦表示。愿同范德贝伦总统一道努力。")[0]
    assert {m.name for m in result.mentions if m.label == "PERSON"} == {"范德贝伦"}
    assert not {m.name for m in result.mentions if m.label == "POSITION"} & {"贝伦总统"}


def test_names_after_more_role_nouns_and_subjects_that_open_a_clause_after_a_comma():
    text = "技能大师张洪宾正带领年轻技工们。男子100米亚洲纪录保持者苏炳添接过火炬。19岁的澳门小伙儿吴立恒就是志愿者。" \
           "田径赛场，邹莉娟获得女子铅球金牌。在车间里，阎敏正准备加工。发展质量，高质量发展是关键。"
    assert names(text, "PERSON") == {"张洪宾", "苏炳添", "吴立恒", "邹莉娟"}


@pytest.mark.parametrize("text, person, post", [
    ("国家主席习近平特别代表、国家副主席韩正出席就职仪式。", "韩正", "国家主席习近平特别代表"),
    ("习近平主席特别代表、中央政治局常委李希出席。", "李希", "习近平主席特别代表"),  # whom the envoy represents
    ("国务院副总理张高丽将作为习近平主席特使出席签署仪式。", "张高丽", "习近平主席特使"),  # sent as the envoy
    ("习近平主席特别代表中共中央政治局常委、中央纪委书记李希出席峰会。", "李希", "习近平主席特别代表"),  # then own posts
])
def test_an_envoy_holds_the_post_of_whom_they_represent(text, person, post):
    result = run(text)[0]
    assert (f"PERSON:{person}", f"POSITION:{post}") in pairs(result)


def test_a_person_acting_as_posts_holds_each():
    text = "2021年7月，习近平同志作为中共中央总书记、国家主席、中央军委主席来到西藏。王毅作为国务院总理李强的特使出席。"
    held = pairs(run(text)[0])
    assert {("PERSON:习近平", f"POSITION:{post}") for post in ("中共中央总书记", "国家主席", "中央军委主席")} <= held
    assert ("PERSON:王毅", "POSITION:国务院总理") not in held  # a title before another's name


@pytest.mark.parametrize("text, person, post", [
    ("中国空间技术研究院技术顾问叶培建出席。", "叶培建", "中国空间技术研究院技术顾问"),
    ("兰考县焦裕禄同志纪念馆名誉馆长焦守云出席。", "焦守云", "兰考县焦裕禄同志纪念馆名誉馆长"),
    ("中国篮协主席姚明出席。", "姚明", "中国篮协主席"),  # a sports association's short name
])
def test_titles_of_honour_advice_and_sport(text, person, post):
    assert (f"PERSON:{person}", f"POSITION:{post}") in pairs(run(text)[0])


def test_heads_abroad_named_before_their_titles():
    text = "习近平主席同廷觉总统、昂山素季国务资政就新形势下巩固中缅传统友谊达成重要共识。"
    held = pairs(run(text)[0])
    assert {("PERSON:廷觉", "POSITION:总统"), ("PERSON:昂山素季", "POSITION:国务资政")} <= held
    assert names("习近平同两国总统会谈。与新任总统会谈。同该国总统会谈。", "PERSON") == {"习近平"}


@pytest.mark.parametrize("text, expected", [
    ("女子200米单人皮艇决赛，来自贵州的李悦后来居上。", {"李悦"}),  # a player from a place
    ("刚刚夺得世界冠军的巩立娇以19米46的成绩完成了三连冠。", {"巩立娇"}),  # a result won
    ("山东队的卜廷凯、张冬携手夺冠。上海队的高鹏、李阳以21比19力克福建组合。", {"卜廷凯", "张冬", "高鹏", "李阳"}),
    ("记者遇到了来定制薯条保温机的沙特客商哈西姆。", {"哈西姆"}),
    ("80岁的患者李大伯前不久住进了医院。", set()),  # a surname and a way to address an elder, no name
])
def test_players_traders_and_patients(text, expected):
    assert names(text, "PERSON") == expected


def test_a_region_of_three_hyphenated_parts_is_no_person():
    text = "国家主席习近平复信法国普罗旺斯－阿尔卑斯－蓝色海岸大区国际学校中文班师生。比利时首相亨尼斯-普拉斯哈特表示。"
    assert names(text, "PERSON") == {"习近平", "亨尼斯-普拉斯哈特"}


def test_a_leader_of_the_gazetteer_listed_after_another_is_a_person_not_the_qualifier_of_a_post():
    found = run("52年前，毛泽东主席、周恩来总理同尼克松总统作出正确抉择。")[0]
    assert {m.name for m in found.mentions if m.label == "PERSON"} == {"毛泽东", "周恩来", "尼克松"}
    assert "周恩来总理" not in {m.name for m in found.mentions if m.label == "POSITION"}


def test_a_double_barrelled_name_after_a_given_name_and_a_dot_is_one_name():
    assert "玛丽·路易丝-科尔曼" in names("国家主席习近平致电玛丽·路易丝-科尔曼，祝贺她当选爱尔兰总统。", "PERSON")


def test_no_person_of_a_country_after_a_word_that_ends_with_a_surname():
    assert not names("在安理会本月轮值主席国中国的倡议下，联合国安理会举行会议。", "PERSON")
    assert not names("共建联合医学中心。向非洲派遣2000名医疗队员。", "PERSON")  # a region of the world


def test_a_name_after_a_title_before_an_exchange_of_messages_is_the_holder():
    assert "阿里" in names("国家主席习近平同圭亚那合作共和国总统阿里互致贺电。", "PERSON")


def test_no_person_named_by_a_word_of_another_kind_or_a_letter_and_a_title():
    assert not persons(run("伊斯兰革命卫队发表声明。伊斯兰合作组织。")[0])  # 伊斯兰 is a word, not 伊|斯兰
    result = run("据报道，白防长称，导弹月底进入战斗值班。")[0]  # Belarus's defence minister
    assert not persons(result) and "白防长" in {m.name for m in result.mentions if m.label == "POSITION"}


@pytest.mark.parametrize("text, expected", [
    ("与健全人舞蹈演员默契配合，翩翩起舞。", set()),  # a frequent word after a role noun
    ("全国人大代表姜涛手拿一把焊枪。", {"姜涛"}),  # a body part and what it holds follow the name
    ("中方愿同各方一道。全国人大代表柴闪闪、陈良、王方发言。", {"柴闪闪", "陈良", "王方"}),  # 王方: a name, not a side
    ("中方愿同马方一道。", set()),  # Malaysia's side
    ("第一棒火炬手孙鹏祥是东京残奥会冠军。", {"孙鹏祥"}),  # a torchbearer
    ("多年来，包括基辛格在内的许多美国人。", {"基辛格"}),  # not the known 辛格 inside a name the dictionary knows
    ("巴基斯坦西北部开伯尔-普什图省首府白沙瓦市发生爆炸。", set()),  # a province named by a hyphened pair
    ("印尼的勒沃托比-拉基拉基火山1日晚喷发。", set()),  # a volcano
    ("混双决赛中，中国队的王楚钦/孙颖莎以4比2战胜对手。", {"王楚钦", "孙颖莎"}),  # a pair of players
    ("支持国家/地区合作。", set()),
    ("在射击决赛中，\u200c中国选手齐\u200b迎获得银牌。", {"齐迎"}),  # zero-width characters pasted from a web page
])
def test_names_and_their_edges_in_news(text, expected):
    assert persons(run(text)[0]) == expected


@pytest.mark.parametrize("text, expected", [
    ("意见建议。巴桑卓玛委员来自雪域高原的医院。", {"巴桑卓玛"}),  # before a title, not its last part 卓玛
    ("来自西藏的全国政协委员明吉措姆，介绍了变化。", {"明吉措姆"}),  # after a title
    ("全国人大代表次仁卓嘎表示。", {"次仁卓嘎"}),  # no surname opens it
    ("全国人大代表董彩云、夏吾卓玛也分别讲述了。", {"董彩云", "夏吾卓玛"}),  # the last of a list
    ("自治区主席嘎玛泽登出席。", {"嘎玛泽登"}),
])
def test_tibetan_names_of_listed_parts(text, expected):
    assert persons(run(text)[0]) == expected


def test_the_names_of_a_roster_separated_by_spaces():
    text = "常务委员名单\n车俊 方光华 邓蓉玲（女） 龙庄伟（苗族） 吉尔拉·衣沙木丁（维吾尔族） 朴世龙（朝鲜族） 齐扎拉（藏族） 江广平 张兴海\n"
    result = run(text)[0]
    assert persons(result) == {"车俊", "方光华", "邓蓉玲", "龙庄伟", "吉尔拉·衣沙木丁", "朴世龙", "齐扎拉", "江广平", "张兴海"}
    assert not [m for m in result.mentions if m.label == "PLACE"]  # not 广平县, 兴海县, nor 朝鲜 of 朝鲜族


def test_names_after_a_candidate_and_an_annulment_and_no_side_of_a_country():
    assert "比利亚维森西奥" in names("此前一天，厄瓜多尔总统候选人比利亚维森西奥在首都基多遭枪杀。", "PERSON")
    assert "于鲁明" in names("会议审议通过了关于撤销于鲁明政协第十三届全国委员会委员资格的决定。", "PERSON")
    assert not names("俄军持续打击乌克兰军事目标。乌方则称，继续在东部地区反攻。美方也表示反对。", "PERSON")
    assert not names("我们已经向苏方提出，用今年对苏贸易的顺差额来提前还清。", "PERSON")
    assert not names("美国总统比其他候选人更早抵达。", "PERSON")


def test_a_transliterated_minister_and_a_dotted_name_before_what_is_said():
    assert "莫措阿莱迪" in names("南非卫生部长莫措阿莱迪和中国驻南非大使吴鹏到机场迎接。", "PERSON")
    assert names("特斯拉首席执行官埃隆·马斯克称，将扩大投资。埃隆·马斯克称。", "PERSON") == {"埃隆·马斯克"}


def test_a_known_leader_read_whole_though_a_word_runs_across_his_name():
    text = "必须以毛泽东军事思想、邓小平新时期军队建设思想、江泽民国防和军队建设思想为指导。"
    assert names(text, "PERSON") == {"毛泽东", "邓小平", "江泽民"}


def test_royals_and_envoys_of_heads_of_state_by_name():
    text = "此外，文莱苏丹代表苏弗里亲王、约旦亲王费萨尔、泰国公主希里婉瓦丽出席。法国内政部长达尔马宁19日表示。"
    assert {"苏弗里", "费萨尔", "希里婉瓦丽", "达尔马宁"} <= names(text, "PERSON")


def test_a_head_of_state_of_a_transliteration_with_wu():
    assert "武罗巴拉武" in names("瓦努阿图总统武罗巴拉武表示，坚信两国合作将取得新成果。", "PERSON")


def test_players_of_a_places_team():
    text = "女子100米蝶泳决赛中，香港队陈睿琳以1分06秒05摘得金牌。单打决赛，贵州队的杨秋霞夺得冠军。中国队包揽8个冠军。"
    assert names(text, "PERSON") == {"陈睿琳", "杨秋霞"}


def test_no_name_of_a_preposition_and_a_countrys_letter_the_text_uses():
    text = "中方愿同安方实施好重点项目。中方将继续实施好援安哥拉医疗队等项目，向安留学生提供奖学金名额。中国都是最早向安方提供支持的国家。"
    assert "向安" not in names(text, "PERSON")


def test_no_name_of_a_frequent_word_before_a_title_nor_of_a_word_before_home():
    assert not names("哈萨克斯坦任命新总理 集安组织维和部队将分阶段撤离", "PERSON")
    assert not names("同中国构建新发展格局、印尼国家中长期发展规划结合起来。", "PERSON")
    assert "郎素兰" in names("记者走进四世同堂的郎素兰家中。", "PERSON")


def test_a_doctoral_student_a_former_diplomat_and_an_adverb_after_a_name():
    text = "初春时节正是“95后”博士生孙茜最忙的时候。乌克兰前外交官苏哈列夫斯卡娅发表评论文章。"
    assert names(text, "PERSON") == {"孙茜", "苏哈列夫斯卡娅"}
    assert names("村民王刚却不同意这个方案。她的外孙女李丹说。", "PERSON") == {"王刚", "李丹"}  # (却: but; a grandchild)


def test_no_conjunction_opens_the_first_name_of_a_list():
    text = "活动后，习近平和苏林、梁强共同启动项目。"
    assert "和苏林" not in names(text, "PERSON") and {"苏林", "梁强"} <= names(text, "PERSON")


def test_the_wife_of_a_president_by_a_transliteration_with_ge():
    assert "根哥斯" in names("非洲第一夫人发展联合会轮值主席、纳米比亚总统夫人根哥斯以及联合会成员积极响应。", "PERSON")


def test_no_name_after_a_title_of_many():
    assert names("佩戴上将军衔肩章的徐忠波向习近平敬礼，向参加仪式的全体同志敬礼。", "PERSON") == {"习近平"}


def test_a_list_of_names_with_known_members_taken_whole():
    found = names("中央军委委员魏凤和、李作成、苗华、张升民，以及军委机关各部门领导参加仪式。", "PERSON")
    assert found == {"魏凤和", "李作成", "苗华", "张升民"}


def test_a_verb_before_a_dotted_name():
    assert names("记者说，面对西摩·赫什的爆料，西方主流媒体集体失声。", "PERSON") == {"西摩·赫什"}


def test_a_name_after_an_age_and_a_pair_of_kin():
    assert names("76岁的甘永乐是越秀区的老街坊。76岁的老人说。", "PERSON") == {"甘永乐"}
    assert names("保障供应。何常清和赵国华夫妻二人是北京一家药品生产企业的双职工。", "PERSON") == {"何常清", "赵国华"}


def test_no_person_in_a_declaration_named_after_a_place():
    assert not names("会议发表《2024年亚太经合组织领导人马丘比丘宣言》。", "PERSON")


def test_names_listed_before_a_count_of_people_with_a_name_of_parts_among_them():
    found = names("简敏、祝鑫、库来西·依布拉音等10位高校辅导员被评为最美。", "PERSON")
    assert found == {"简敏", "祝鑫", "库来西·依布拉音"}


def test_appointees_between_the_verb_or_a_comma_and_their_post():
    text = ("会议经过表决，任命张茂于为第十三届全国政协副秘书长；增补付志方、宁吉喆为经济委员会副主任，韩勇为人口资源环境委员会"
            "副主任，多杰热旦、张裔炯、蒋建国为民族和宗教委员会副主任。")
    assert {"张茂于", "付志方", "宁吉喆", "韩勇", "多杰热旦", "张裔炯", "蒋建国"} <= names(text, "PERSON")


def test_a_name_of_parts_with_a_one_character_middle_and_a_name_after_an_official():
    assert names("世卫组织卫生紧急项目技术主管玛丽亚·范·科霍夫13日驳斥了某些国家的说法。", "PERSON") == {"玛丽亚·范·科霍夫"}
    assert names("大火仍在燃烧。该部门官员杰姆丘克发表声明说，火势得到控制。政府官员表示将加强管控。", "PERSON") == {"杰姆丘克"}


def test_a_name_taking_a_post_after_a_verb_of_appointment_or_election():
    text = "王建军被任命为青海省委书记。李明当选为湖南省人民政府省长。斯迈洛夫被任命为新一任哈萨克斯坦政府总理。"
    result = run(text)[0]
    holds = {(r.source.split(":", 1)[1], r.target.split(":", 1)[1]) for r in result.relations if r.kind == "HOLDS"}
    assert {("王建军", "青海省委书记"), ("李明", "湖南省人民政府省长"), ("斯迈洛夫", "哈萨克斯坦政府总理")} <= holds
    text = "阿里汗·斯迈洛夫今天（1月11日）被任命为新一任哈萨克斯坦政府总理。"
    assert ("阿里汗·斯迈洛夫", "哈萨克斯坦政府总理") in {(r.source.split(":", 1)[1], r.target.split(":", 1)[1])
                                                  for r in run(text)[0].relations if r.kind == "HOLDS"}


def test_a_transliterated_name_with_han():
    assert names("国家主席习近平在纽约会见罗马尼亚总统约翰尼斯。", "PERSON") == {"习近平", "约翰尼斯"}
    assert "尼斯" not in names("会见罗马尼亚总统约翰尼斯。", "PLACE")


def test_a_name_of_parts_before_local_time_and_opening_with_mu():
    text = "前副总理鲍里斯·涅姆佐夫当地时间27号晚遇害。被誉为大漠“猎鹰”的新疆特警木拉提·西日甫江。"
    assert {"鲍里斯·涅姆佐夫", "木拉提·西日甫江"} <= names(text, "PERSON")


def test_a_name_in_a_columns_headline_and_after_a_military_rank():
    assert names("【我们的2017】张晓军：我把中欧班列开出国门。【新时代 新气象】广西：让小农机大显身手", "PERSON") == {"张晓军"}
    assert names("雕塑再现的是开国上将王平描述的一幕。中央军委举行晋升上将军衔仪式。", "PERSON") == {"王平"}


def test_a_person_named_in_one_document_is_no_town_in_another():
    texts = ["雕塑再现的是开国上将王平描述的一幕。", "救援力量分别前往龙泉镇、王平镇、妙峰山镇等地。"]
    assert not [m for m in run(*texts)[1].mentions if m.label == "PERSON"]


def test_a_name_of_two_another_document_names_does_not_open_a_longer_name():
    texts = ["宋涛、朱德、刘洪等获奖代表作报告。", "最终刘洪涛却选择了让步。朱德彬是一家餐馆的老板。宋涛向金正恩转达问候。"]
    assert {m.name for m in run(*texts)[1].mentions if m.label == "PERSON"} == {"宋涛", "金正恩"}


def test_a_mongolian_name_after_a_role_is_no_capital_abroad():
    text = "工作人员为守边农牧民党员嘎拉巴特尔送来了推荐票。"
    assert names(text, "PERSON") == {"嘎拉巴特尔"} and not names(text, "PLACE")


def test_no_name_from_a_set_phrase_of_two_pairs_after_a_title():
    assert names("集中体现了习主席强军兴军的一系列重大战略思想。", "PERSON") == set()


def test_a_name_called_before_a_kind_of_person():
    text = "他要去找一位叫尹本熊的村民。有一个名叫苏古尔的小站。一个叫南年丰的小村子。"
    assert names(text, "PERSON") == {"尹本熊"}


def test_a_caption_of_a_post_and_a_name_opening_with_yu():
    result = run("今年吉林筹集春耕生产资金。\n吉林省农委副主任于文波：今年一次播种，一次拿全苗。")[0]
    assert ("PERSON:于文波", "POSITION:吉林省农委副主任") in pairs(result)


def test_the_posts_a_person_held_then_stacked_before_的():
    result = run("2009年，时任中共中央政治局常委、中央书记处书记、国家副主席的习近平考察山西。")[0]
    assert {("PERSON:习近平", "POSITION:" + post) for post in ("中共中央政治局常委", "中央书记处书记", "国家副主席")} \
        <= pairs(result)


def test_names_listed_before_an_adverb_and_分别():
    text = "聂海胜、刘伯明、汤洪波正分别进行操作。张三丰、李四海、王建正分别发言。"
    assert names(text, "PERSON") == {"聂海胜", "刘伯明", "汤洪波", "张三丰", "李四海", "王建正"}


def test_a_caption_of_a_professional_title_and_a_name():
    assert names("今年滑县拿出资金。\n河南滑县农业局农艺师郝广亮：一喷三防可以增产。", "PERSON") == {"郝广亮"}


def test_a_list_opening_with_its_mark():
    assert names("、袁家军、袁家军", "PERSON") == {"袁家军"}


def test_a_dotted_run_that_opens_with_a_place_is_no_person():
    text = "南京各界代表、日本神户·南京心连心会以及留学生参加。马里奥·德拉吉表示。"
    assert names(text, "PERSON") == {"马里奥·德拉吉"}


def test_a_transliterated_name_with_xun_and_a_japanese_one_after_a_post():
    text = "美国空军部长威尔逊出席了仪式。日本众议院议长大岛理森会见了代表团。"
    assert {"威尔逊", "大岛理森"} <= names(text, "PERSON")


def test_a_dotted_name_after_a_role_and_before_his_home_and_a_post_in_a_group_a_body_sends():
    text = "村民乌斯满江·木拉洪家去年新盖的房子没有损坏。国务院调查组组长、市场监管总局党组书记毕井泉主持会议。"
    result = run(text)[0]
    assert "乌斯满江·木拉洪" in names(text, "PERSON")
    assert ("PERSON:毕井泉", "POSITION:国务院调查组组长") in pairs(result)


def test_no_person_in_a_pair_of_country_letters_nor_in_a_dotted_headline():
    text = "阮晋勇说，越中关系十分特殊，维护越中同志加兄弟的友谊。\n奋斗百年路 启航新征程·数风流人物\n"
    assert names(text, "PERSON") == {"阮晋勇"}


def test_no_name_after_the_deputies_and_members_of_a_headline():
    assert not names("大会发言。\n代表委员谈修宪：站在新的历史起点上\n", "PERSON")


def test_the_caption_of_who_speaks_gives_the_name_and_the_post_as_printed():
    text = ("车流量明显增加。\n交通运输部路网中心副主任 李爱民：今年春节期间小客车同比增长92%。\n"
            "第二炮兵某旅旅长 谈卫红：目的就是为了检验部队能力。\n本台记者 李宁：收费站迎来大车流。\n")
    result = run(text)[0]
    holds = pairs(result)
    assert {("PERSON:李爱民", "POSITION:交通运输部路网中心副主任"), ("PERSON:谈卫红", "POSITION:第二炮兵某旅旅长")} <= holds
    assert "李宁" in names(text, "PERSON")


def test_a_caption_led_by_a_body_or_a_kinship_gives_the_name():
    text = ("民勤县水务局 张前中：贴近作物根部灌溉。\n民勤县薛百镇张八村村民 姚立文：一亩地只能用水。\n"
            "李素芝的妻子 郭淑琴：他很少回家。\n")
    assert {"张前中", "姚立文", "郭淑琴"} <= names(text, "PERSON")


def test_a_transliterated_name_before_a_monarchs_title():
    text = "习近平主席与玛格丽特女王就加强中丹全面战略伙伴关系达成重要共识。"
    assert ("PERSON:玛格丽特", "POSITION:女王") in pairs(run(text)[0])


def test_a_name_the_document_proves_a_place_is_no_person_and_the_author_inside_a_centre_named_after_his_thought():
    text = "叙利亚南部城市苏韦达今天发生袭击。其中在苏韦达一座市场发生了自杀式袭击。\n苏韦达位于叙利亚南部。"
    assert not names(text, "PERSON") and "苏韦达" in names(text, "PLACE")
    assert "习近平" in names("建设习近平新时代中国特色社会主义思想京华实践教研中心。", "PERSON")


def test_a_tibetan_name_in_full_after_de_and_a_person_named_by_jiao():
    text = "拉萨市城关区的扎西朗杰一家人登上屋顶。3岁的旦增群措听不到了。这个女孩叫权太琦，是现任组长。大家拍手叫好。"
    assert {"扎西朗杰", "旦增群措", "权太琦"} <= names(text, "PERSON")


def test_a_name_before_the_title_of_a_head_of_an_institution():
    result = run("这是流动医院的第116次巡诊，带队的李素芝院长已是第17个年头没有在家过年了。")[0]
    assert ("PERSON:李素芝", "POSITION:院长") in pairs(result)


def test_one_name_after_a_preposition_before_a_count_of_people():
    assert names("公安机关依法对王国利等14名涉嫌犯罪的有关责任人采取了刑事强制措施。", "PERSON") == {"王国利"}


def test_leaders_of_earlier_decades_named_bare():
    assert {"林彪", "陈云"} <= persons(run("由于林彪、“四人帮”的长期破坏。陈云同志指出。")[0])
    found = run("国务院秘书长罗干将对此作专门说明。李岚清、吴官正出席。")[0]
    assert {"罗干", "李岚清", "吴官正"} <= persons(found)  # (罗干将: 干将 is a word)
    assert ("PERSON:罗干", "POSITION:国务院秘书长") in pairs(found, "HOLDS")


def test_names_listed_before_what_each_of_them_does():
    text = "座谈会上，王战、刘世锦、李扬、林毅夫、胡鞍钢、樊纲分别就国际经济形势谈了看法。安康、石泉、宜川分别入选。"
    result = run(text)[0]
    assert persons(result) == {"王战", "刘世锦", "李扬", "林毅夫", "胡鞍钢", "樊纲"}
    assert not names(text, "COMPANY")  # (鞍钢 inside 胡鞍钢)


def test_a_name_of_parts_after_a_title_with_a_last_part_of_one_character():
    result = run("首相特雷莎·梅将在21日提交新版方案。")[0]
    assert pairs(result) == {("PERSON:特雷莎·梅", "POSITION:首相")}


def test_a_martyr_named_before_the_word_that_honours_him_and_a_transliteration_with_lian():
    assert "张超" in names("他们继承和发扬张超烈士的遗志。英勇牺牲的张超烈士同为一批。", "PERSON")
    assert "普连科维奇" in names("克罗地亚总理普连科维奇主持会晤。", "PERSON")
    assert "拉尔歇" in names("国务院总理李强在巴黎会见法国参议长拉尔歇。", "PERSON")
    assert names("李克强祝贺拉加德连任。瞻仰了中共一大会址、龙华烈士陵园。推出粤剧电影《谯国夫人》。", "PERSON") == {"李克强", "拉加德"}


def test_names_listed_among_names_found_and_before_a_kind_of_people():
    text = "李克强专门看望了帕巴拉·格列朗杰、热地、向巴平措和列确、巴桑等老同志。那年22岁的警卫员游泽华就陪在他的身边。"
    assert {"热地", "列确", "巴桑", "游泽华"} <= names(text, "PERSON")
    assert names("习近平、李强和同事、朋友等人出席。", "PERSON") == {"习近平", "李强"}


def test_the_name_after_a_post_and_de_in_a_clause_of_as():
    assert names("作为村妇联主席的王秀云，主动请缨成立了合作社。", "PERSON") == {"王秀云"}
    assert not names("作为村妇联主席的秀云，主动请缨成立了合作社。主席的讲话很重要。", "PERSON")


def test_a_quality_as_a_given_name_after_a_title_that_a_list_closes():
    result = run("香港福建社团联会主席吴换炎、荣誉主席吴良好分别作了发言。")[0]
    assert ("PERSON:吴良好", "POSITION:荣誉主席") in pairs(result)


def test_a_person_named_by_one_part_of_a_name_printed_in_full_takes_the_full_name():
    result = run("国家主席习近平向印尼总统佐科·维多多致贺电。愿继续同佐科总统共同努力。俄罗斯总统弗拉基米尔·普京表示欢迎。普京说。")[0]
    assert {("PERSON:佐科·维多多", "POSITION:总统"), ("PERSON:弗拉基米尔·普京", "POSITION:俄罗斯总统")} <= pairs(result)
    assert persons(result) == {"习近平", "佐科·维多多", "弗拉基米尔·普京"}


def test_a_dotted_name_whose_given_name_is_a_known_word_after_a_nationality():
    assert "约翰·拉贝" in names("南京大屠杀期间，德国人约翰·拉贝在日记中记录了暴行。", "PERSON")


def test_names_of_two_parts_joined_by_a_hyphen_after_a_title():
    text = "全国人大常委会副委员长司马义-铁力瓦尔地、全国政协副主席阿不来提-阿不都热西提出席座谈会。联合国秘书长特别协调员亨尼斯-普拉斯哈特表示。"
    assert persons(run(text)[0]) == {"司马义-铁力瓦尔地", "阿不来提-阿不都热西提", "亨尼斯-普拉斯哈特"}


def test_a_name_before_those_who_work_with_the_person():
    text = ("在中国石油辽阳石化的中心控制室，李禄松和同事正通过远程监控探头密切关注。在辽宁忠旺集团车间内，米东和工友们正在"
            "为京张高铁赶制全铝车厢。我们和同事一起，企业和伙伴们合作。")
    assert names(text, "PERSON") == {"李禄松", "米东"}


def test_a_japanese_given_name_of_two_before_a_word():
    assert "武藤正敏" in names("日本外相今天与紧急召回的日本驻韩国大使武藤正敏协商后表示。", "PERSON")


def test_leaders_named_by_their_honorifics_and_tibetan_lamas():
    text = ("周总理说，各民主党派以毛主席所提出六条政治标准作为共同准则。达赖喇嘛在逃亡印度后，组织流亡伪政府。"
            "撤销班禅的西藏自治区筹委会副主任委员职务。参观毛主席纪念堂。主席纪念堂开放。")
    assert names(text, "PERSON") == {"周恩来", "毛泽东", "达赖", "班禅"}


def test_residents_and_elders_named_before_what_is_said_of_them():
    text = ("杨金秀老人患肺癌已经三年了。家住河北张家口宣化区的韩吉龙最近觉得胸闷胸痛，儿子韩鹏带他来北京做了支架手术。"
            "让家住鸡西市滴道区洗煤街道的刘毓吓了一跳。空巢老人和留守老人得到照顾。")
    assert names(text, "PERSON") == {"杨金秀", "韩吉龙", "韩鹏", "刘毓"}
    assert not names("还为自家住在低矮平房而叹气的南充顺庆区头道巷的居民们准备搬迁了。", "PERSON")  # 自家|住在, a place
    assert names("23年前，李克强担任全国青联负责人时曾率团访德。", "PERSON") == {"李克强"}  # 时|曾率团: not a name
    assert ("PERSON:乔龙", "POSITION:艇长") in pairs(run("李永强与小艇艇长乔龙被摔出了两三米远。")[0])


def test_a_person_congratulated_on_taking_a_post_holds_it():
    result = run("国务院总理李克强3月9日致电穆希丁，祝贺他担任马来西亚总理。")[0]
    holds = pairs(result)
    assert ("PERSON:穆希丁", "POSITION:马来西亚总理") in holds


def test_chief_officers_and_team_leaders_are_titles():
    text = "华为首席财务官孟晚舟安全回国。国际货币基金组织首席经济学家奥布斯特费尔德表示。"
    result = run(text)[0]
    holds = pairs(result)
    assert ("PERSON:孟晚舟", "POSITION:首席财务官") in holds
    assert ("PERSON:奥布斯特费尔德", "POSITION:国际货币基金组织首席经济学家") in holds


def test_names_before_a_verb_with_a_particle_and_after_elders_and_village_posts():
    text = "企业负责人吴楠带着她提前下载申请书。天津70多岁的农村老汉李洪方装上宽带。村支委张华忠拍下了这张照片。"
    assert names(text, "PERSON") == {"吴楠", "李洪方", "张华忠"}


def test_no_person_named_by_a_noun_before_a_title_nor_across_a_held_flag():
    text = "以及智库代表等约1500人出席峰会。轮椅击剑运动员荣静手擎五星红旗。搬迁到格尔木市唐古拉镇长江源村。"
    assert names(text, "PERSON") == {"荣静"}
    assert "长江源村" in names(text, "PLACE")


def test_names_listed_before_a_count_of_champions():
    text = "王文教先后培养出汤仙虎、侯家昌、杨阳、赵剑华、李永波、田秉毅等众多羽毛球世界冠军。计划将普通高等学校招生人数增加。"
    assert names(text, "PERSON") == {"汤仙虎", "侯家昌", "杨阳", "赵剑华", "李永波", "田秉毅"}


def test_a_former_post_said_of_a_person_with_是原():
    result = run("央视网消息：严胜雄是原上海市农委副主任，退休以后来到大学。")[0]
    assert ("PERSON:严胜雄", "POSITION:上海市农委副主任") in pairs(result)


def test_the_elected_and_the_head_of_a_delegation_hold_their_posts():
    text = "协会召开理事大会，选举张海为会长。总理会见以国际部部长金成南为团长的友好代表团。"
    holds = pairs(run(text)[0])
    assert {("PERSON:张海", "POSITION:会长"), ("PERSON:金成南", "POSITION:团长")} <= holds


def test_a_short_foreign_name_before_his_party_and_no_name_in_a_letter():
    text = "全国政协主席王林在北京会见老挝国会主席赛宋一行。通伦在贺信中代表老挝党和人民致以祝贺。"
    assert names(text, "PERSON") == {"王林", "赛宋", "通伦"}


def test_a_dotted_name_after_an_age_and_names_after_fishers_and_the_poor():
    text = "72岁的买买提·吐尔逊带着孙子们下地。渔民周水根搬进新房。贫困户李春娥的母亲落下了残疾。"
    assert names(text, "PERSON") == {"买买提·吐尔逊", "周水根", "李春娥"}


def test_a_post_held_at_a_place_said_with_当():
    holds = pairs(run("谷文昌当年在东山当县委书记时，带领群众种树。")[0])
    assert ("PERSON:谷文昌", "POSITION:县委书记") in holds


def test_the_one_who_heads_a_body_and_composers_before_names():
    text = "以林森为首的南洋侨胞总会征募司机。请作曲家王雪岩为主题曲谱曲。"
    assert names(text, "PERSON") == {"林森", "王雪岩"}


def test_no_name_from_a_noun_after_a_role():
    assert names("推动建设书法艺术类专家智库、特色书法艺术字库。", "PERSON") == set()


def test_an_obituary_chain_of_clauses_of_posts_before_the_name():
    text = "党和国家的卓越领导人，第十届中央政治局委员、中央书记处书记，国务院原副总理，全国政协原副主席王立山同志，因病逝世。"
    holds = {r.target for r in run(text)[0].relations if r.kind == "HOLDS" and r.source == "PERSON:王立山"}
    assert {"POSITION:中央书记处书记", "POSITION:国务院原副总理", "POSITION:全国政协原副主席"} <= holds


def test_common_surnames_fu_xiao_lai_and_foreign_leaders_of_earlier_decades():
    text = "会议听取了主任委员傅明作的报告。村民赖秀英和萧国平来了。50年前，两国领导人和尼克松总统共同作出决断。"
    assert {"傅明", "赖秀英", "萧国平", "尼克松"} <= names(text, "PERSON")
    assert names("老师傅说，要依赖大家。", "PERSON") == set()


def test_names_listed_before_the_leaving_they_share_hold_the_post():
    text = "会议听取了代表资格的报告和关于接受刘文斌、郑晓辞去十四届全国人大常委会委员等职务的请求的决定草案的汇报。"
    holds = pairs(run(text)[0])
    assert {("PERSON:刘文斌", "POSITION:十四届全国人大常委会委员"),
            ("PERSON:郑晓", "POSITION:十四届全国人大常委会委员")} <= holds


def test_names_a_count_of_people_closes_without_deng_and_a_short_foreign_name_before_a_preposition():
    text = "中宣部邀请许文达、蒋春明、陈涛三位应急管理系统优秀党员代表与记者见面。柬埔寨参议院主席赛冲对大会高度关注。"
    assert {"许文达", "蒋春明", "陈涛", "赛冲"} <= names(text, "PERSON")
    assert names("丁薛祥会见新加坡副总理并共同主持会议。", "PERSON") == {"丁薛祥"}


def test_a_recurring_subject_whose_given_name_ends_in_jun():
    text = "这两天，李兴军负责的合作社肉兔要出栏了。当初，李兴军和很多乡亲还是贫困户。"
    assert "李兴军" in names(text, "PERSON")


def test_leaders_of_the_1960s_a_thai_princess_and_no_name_from_a_committees_short_name():
    text = "肯尼迪总统遇刺后，约翰逊总统继任。王岐山会见泰国公主诗琳通。香港特区行政长官、国安委主席林郑月娥出席。"
    found = names(text, "PERSON")
    assert {"肯尼迪", "约翰逊", "诗琳通", "林郑月娥"} <= found and "国安委" not in found
    assert ("PERSON:诗琳通", "POSITION:泰国公主") in pairs(run(text)[0])


def test_a_deputys_post_shared_by_two_names_joined_by_he():
    holds = pairs(run("全国政协副主席董建华和梁振英出席。国家主席习近平和王沪宁出席。")[0])
    assert {("PERSON:董建华", "POSITION:全国政协副主席"), ("PERSON:梁振英", "POSITION:全国政协副主席")} <= holds
    assert not any(person == "PERSON:王沪宁" for person, _ in holds)


def test_names_after_their_affiliations_in_a_counted_list_zeng_after_a_title_and_a_preposition_after_a_name():
    text = ("人民日报范正伟、新华社李柯勇、黑龙江人民广播电台温宝明等3位获奖代表先后发言。"
            "副主任曾廷富在单位违规。总经理蒋中良将个人费用由下属支付。")
    assert {"范正伟", "李柯勇", "温宝明", "曾廷富", "蒋中良"} <= names(text, "PERSON")
    assert names("主任曾多次前往。副县长曾任镇长。", "PERSON") == set()
    assert "黑龙江人民广播电台" in names(text, "ORG")


def test_medal_winners_opening_a_clause_and_an_examinee_before_the_name():
    text = ("自由泳S5级决赛，王李超获得亚军。随后，崔哲以102公斤的成绩收获一枚银牌。世界杯闭幕，李雅琴和杨健分别获得女子"
            "3米板和男子10米台冠军。考生魏小明患脑瘫多年。")
    assert {"王李超", "崔哲", "李雅琴", "杨健", "魏小明"} <= names(text, "PERSON")
    assert names("中国队获得冠军。比赛结束，全队获得金牌。", "PERSON") == set()


def test_a_name_the_dictionary_knows_before_tongzhi_a_mongolian_name_and_a_partys_seat_as_printed():
    text = ("中国共产党第十五届中央政治局委员、书记处书记，中央军委原副主席张万年同志，因病逝世。"
            "李克强同蒙古国总理奥云额尔登通电话。")
    holds = pairs(run(text)[0])
    assert {("PERSON:张万年", "POSITION:中国共产党第十五届中央政治局委员"),
            ("PERSON:奥云额尔登", "POSITION:蒙古国总理")} <= holds


def test_names_after_a_boy_a_winner_and_a_technician_and_a_transliteration_ending_in_wen():
    text = ("一位辽宁的六岁男孩冯奥博来到医院。旗手由三连冠获得者刘磊担任。董家口港区技术员张勇虽然受伤了。"
            "国际残奥会主席克雷文将会旗转交。")
    assert {"冯奥博", "刘磊", "张勇", "克雷文"} <= names(text, "PERSON") and "克雷" not in names(text, "PERSON")


def test_no_person_in_a_landmark_named_after_one():
    found = names("李克强抵达纽约肯尼迪国际机场。戴高乐机场关闭。肯尼迪总统说。", "PERSON")
    assert found == {"李克强", "肯尼迪"}
    assert [m.start for m in run("李克强抵达纽约肯尼迪国际机场。肯尼迪总统说。")[0].mentions
            if m.label == "PERSON" and m.name == "肯尼迪"] == [15]


def test_a_transliterated_name_opening_with_bi_after_a_foreign_title_and_laureates_named_bare():
    text = "欢迎塞拉利昂共和国总统比奥对我国进行国事访问。会见喀麦隆总统比亚。美国总统比中国总统更忙。屠呦呦成为首位获奖科学家。"
    result = run(text)[0]
    assert {("PERSON:比奥", "POSITION:塞拉利昂共和国总统"), ("PERSON:比亚", "POSITION:喀麦隆总统")} <= pairs(result)
    assert {m.name for m in result.mentions if m.label == "PERSON"} == {"比奥", "比亚", "屠呦呦"}


def test_na_inside_a_transliterated_name():
    holds = pairs(run("会见了签署《米胶协定》的前贸工部长森纳那亚克的后人。")[0])
    assert ("PERSON:森纳那亚克", "POSITION:前贸工部长") in holds


def test_a_recurring_subject_whose_given_name_is_a_word_and_a_national_firm_after_its_city():
    text = ("钱海军是宁波慈溪市供电公司的一名职工。趁着休息日，钱海军又去看望老人。到现在，钱海军已经结对帮助了100户。"
            "高新区实现产值增长。今年，高新区又新增企业。同时，高新区还引进人才。C919大型客机在上海中国商飞公司总装下线。")
    result = run(text)[0]
    assert {m.name for m in result.mentions if m.label == "PERSON"} == {"钱海军"}
    assert {m.name for m in result.mentions if m.label == "COMPANY"} >= {"中国商飞公司"}
    assert "上海中国商飞公司" not in {m.name for m in result.mentions}


def test_no_name_from_a_frequent_word_the_dictionary_tags_as_one_and_names_between_an_age_and_a_role():
    text = "坚决维护党中央和习主席权威。记者见到了82岁的陈义和老人。我们见到了89岁的王欣老人。90岁的张大爷说。市长高峰说。"
    assert names(text, "PERSON") == {"陈义和", "王欣", "高峰"}


def test_a_transliteration_opening_with_an_unusual_character_an_honour_in_quotes_and_heroes_of_history():
    text = ("栗战书会见捷克众议院主席冯德拉切克。“当代雷锋”郭明义先进事迹展开幕。带您认识英雄将领叶挺。学习杨靖宇精神。"
            "十一届全国政协主席贾庆林作报告、十一届全国政协副主席万钢作报告。中央文明委授予武警新疆总队医院院长庄仕华荣誉称号。")
    result = run(text)[0]
    assert {"冯德拉切克", "郭明义", "叶挺", "杨靖宇", "万钢", "庄仕华"} <= {m.name for m in result.mentions
                                                                 if m.label == "PERSON"}
    assert {("PERSON:冯德拉切克", "POSITION:捷克众议院主席"), ("PERSON:万钢", "POSITION:十一届全国政协副主席"),
            ("PERSON:庄仕华", "POSITION:武警新疆总队医院院长")} <= pairs(result)


def test_a_name_after_what_the_person_did_a_judge_remembered_and_a_supreme_leader():
    text = ("曾经参与北京奥运会医疗保障工作的胡跃林，带领团队做着准备。滕启刚生前是辽宁省鞍山市千山区人民法院法官。"
            "朝鲜最高领导人金正恩下令重新开通联络热线。上海市第二中级人民法院审理此案。")
    result = run(text)[0]
    assert {"胡跃林", "滕启刚", "金正恩"} <= {m.name for m in result.mentions if m.label == "PERSON"}
    assert {("PERSON:滕启刚", "POSITION:辽宁省鞍山市千山区人民法院法官"),
            ("PERSON:金正恩", "POSITION:朝鲜最高领导人")} <= pairs(result)
    assert "上海市第二中级人民法院" in {m.name for m in result.mentions if m.label == "ORG"}


def test_a_governor_abroad_a_name_said_again_after_its_title_and_a_title_between_name_and_verb():
    text = ("弗吉尼亚州州长麦克唐纳分别发言。全国港澳研究会会长邓中华在西宁作报告。邓中华对精神作了阐释。邓中华还来到公司。"
            "中央组织部原副部级巡视专员吴瀚飞作报告。祝贺习近平主席连任中共中央总书记。")
    result = run(text)[0]
    assert {"麦克唐纳", "邓中华", "吴瀚飞", "习近平"} == {m.name for m in result.mentions if m.label == "PERSON"}
    assert {("PERSON:麦克唐纳", "POSITION:弗吉尼亚州州长"), ("PERSON:邓中华", "POSITION:全国港澳研究会会长"),
            ("PERSON:吴瀚飞", "POSITION:中央组织部原副部级巡视专员"),
            ("PERSON:习近平", "POSITION:中共中央总书记")} <= pairs(result)


def test_a_hyphened_name_ends_before_a_frequent_word_a_squad_leader_and_a_foreign_national_assembly():
    text = ("习近平受到古巴国务委员会第一副主席迪亚斯-卡内尔热情迎接。休息时记者发现，班长秦永臻的帽子里贴着照片。"
            "习近平会见委内瑞拉全国代表大会主席卡韦略。")
    assert {("PERSON:迪亚斯-卡内尔", "POSITION:古巴国务委员会第一副主席"), ("PERSON:秦永臻", "POSITION:班长"),
            ("PERSON:卡韦略", "POSITION:委内瑞拉全国代表大会主席")} <= pairs(run(text)[0])


def test_names_appointed_with_a_note_listed_before_a_title_and_counted_before_one():
    text = ("会议根据国务院总理李克强的提名，决定了国务院其他组成人员，杨晶、常万全、王勇为国务委员。\n"
            "任命吴爱英(女)为司法部部长；\n这些缺点将要在李先念、薄一波两位副总理作的报告中指出。"
            "汪洋会见了以姚志胜为团长的中国和平统一促进会香港总会参访团。80后博导邓自刚说。")
    result = run(text)[0]
    assert {("PERSON:杨晶", "POSITION:国务委员"), ("PERSON:常万全", "POSITION:国务委员"), ("PERSON:王勇", "POSITION:国务委员"),
            ("PERSON:吴爱英", "POSITION:司法部部长"), ("PERSON:李先念", "POSITION:副总理"),
            ("PERSON:薄一波", "POSITION:副总理"), ("PERSON:姚志胜", "POSITION:团长")} <= pairs(result)
    assert "邓自刚" in {m.name for m in result.mentions if m.label == "PERSON"}


def test_a_transliteration_with_ji_a_commentator_and_phnom_penh():
    text = "李克强会见白俄罗斯副总理托济克。我们现在连线本台特约评论员杨禹。贾庆林在金边出席葬礼。"
    result = run(text)[0]
    assert ("PERSON:托济克", "POSITION:白俄罗斯副总理") in pairs(result)
    assert "杨禹" in {m.name for m in result.mentions if m.label == "PERSON"}
    assert "金边" in {m.name for m in result.mentions if m.label == "PLACE"}


def test_names_listed_after_removing_and_their_stack_of_posts():
    text = "任命徐显明为最高人民检察院副检察长，免去张常韧、柯汉民的最高人民检察院副检察长、检察委员会委员职务。"
    assert {("PERSON:张常韧", "POSITION:最高人民检察院副检察长"), ("PERSON:张常韧", "POSITION:检察委员会委员"),
            ("PERSON:柯汉民", "POSITION:检察委员会委员")} <= pairs(run(text)[0])


@pytest.mark.parametrize("text, expected", [
    ("2012年，犯罪嫌疑人马克锐、张国维、赵虹燕组织人员成立危机应对小组。", {"马克锐", "张国维", "赵虹燕"}),
    ("执行任务的维和步兵营战士杨树朋、李磊壮烈牺牲。", {"杨树朋", "李磊"}),  # not 李磊壮
    ("另一对中国组合陈宏、赵研获得铜牌。", {"陈宏", "赵研"}),
    ("村民、居民、市民都来了。", set()),
])
def test_names_listed_after_a_role(text, expected):
    assert names(text, "PERSON") == expected


def test_a_name_of_parts_ends_where_what_is_said_of_it_starts_before_a_title():
    text = "以“感动中国十大人物”之一的阿尼帕·阿力马洪真实事迹改编创作的电影《真爱》在北京首映。"
    assert names(text, "PERSON") == {"阿尼帕·阿力马洪"}


def test_a_transliterated_name_after_an_age():
    text = "23岁的苏比努尔，曾接触过宗教极端思想的书籍。25岁的巴黎，是个城市。"
    assert names(text, "PERSON") == {"苏比努尔"}


def test_names_after_a_collective_representative_or_a_police_officer():
    found = names("致力于刑事技术工作创新的刑事技术警察田雪梅，枫桥派出所集体代表杨叶峰，“漳州110”集体代表黄海强。", "PERSON")
    assert {"田雪梅", "杨叶峰", "黄海强"} <= found
    assert not names("工人阶级，农民利益。农民收入高。", "PERSON")


def test_leaders_of_history_named_bare():
    found = names("终于粉碎了王洪文、张春桥、江青、姚文元“四人帮”反党集团。里根总统不久前来我国访问。", "PERSON")
    assert {"王洪文", "张春桥", "江青", "姚文元", "里根"} <= found


def test_a_farm_owner_named_and_no_speaker_in_the_idiom_for_the_state():
    assert names("农场主金君收到气象局发来的一封邮件。", "PERSON") == {"金君"}
    assert not names("对职工个人来说，并无损失；对国家来说，却可以增加生产。", "PERSON")


def test_the_members_of_a_team_named_before_it_and_a_train_conductor():
    found = run("比赛中，由徐梦桃、孙佳旭、齐广璞组成的中国队摘得冠军。由财政、税务、审计组成的工作组进驻。列车长罗磊值班。")[0]
    assert {"徐梦桃", "孙佳旭", "齐广璞", "罗磊"} <= {m.name for m in found.mentions if m.label == "PERSON"}
    assert ("PERSON:罗磊", "POSITION:列车长") in pairs(found)


def test_a_generation_before_a_name():
    assert names("80后徐晓静放弃了当老师的工作。90后的张洪涛辞去了工作，回家开起了网店。80后青年创业。", "PERSON") \
        == {"徐晓静", "张洪涛"}


def test_what_a_person_said_is_no_part_of_the_name():
    assert "魏敏所" not in names("对某科技企业的负责人魏敏来说，意义特殊。魏敏所说的黑名单是国家建立的。", "PERSON")


def test_the_authors_of_a_doctrine_are_people_but_not_inside_its_name():
    text = "列宁说：帝国主义就是战争。坚持马克思列宁主义。马克思、恩格斯在宣言中说过。海军“郑和”舰抵达汤加。郑和下西洋。"
    found = run(text)[0]
    people = [(m.name, m.start) for m in found.mentions if m.label == "PERSON"]
    assert people == [("列宁", 0), ("马克思", text.index("马克思、")), ("恩格斯", text.index("恩格斯")),
                      ("郑和", text.index("郑和下"))]


def test_a_name_after_a_kinsman_or_a_pupil():
    text = "这是武汉高中生陈琪方写给患者的一封公开信。琪方的外公刘敦礼今年73岁。"
    assert {"陈琪方", "刘敦礼"} <= names(text, "PERSON")


def test_names_of_surnames_that_are_prepositions_and_before_one_as_soon_as():
    text = "瑞海公司董事长于学伟等13人被判刑。来调研的省环保规划院院长谢刚一落座就提问。"
    assert {("PERSON:于学伟", "POSITION:董事长"), ("PERSON:谢刚", "POSITION:省环保规划院院长")} <= pairs(run(text)[0])
    assert "于近日" not in names("总书记于近日，指出。", "PERSON")


@pytest.mark.parametrize("text, expected", [
    ("半小时前，玛依塔斯道班班长李建成接到救援电话。", {"李建成"}),  # a full name the dictionary knows, after a title
    ("不能忘了根。\n北京 企业家 黄梅邨\n我父亲崇信儒家思想。", {"黄梅邨"}),  # a caption: where, who, the name
    ("网友说，陈忠实老爷子几句朴实的话就是道理。", {"陈忠实"}),  # a name before a respectful word for an old man
    ("和李明夫妇一起。", {"李明"}),  # (not 和李明: a conjunction before a name of two)
    ("应世界经济论坛创始人兼执行主席施瓦布邀请出席年会。", {"施瓦布"}),  # a transliteration, no Chinese name, as long
    ("其中最受欢迎的是“克拉斯纳亚-波良纳”雪山。", set()),  # a mountain, quoted
])
def test_names_after_titles_captions_and_before_honorifics(text, expected):
    assert names(text, "PERSON") == expected


def test_transliterated_names_listed_after_a_title_and_no_airports_named_after_people():
    result = run("国务院副总理刘延东，俄罗斯副总理普里霍季科、戈洛杰茨、德沃尔科维奇和罗戈津以及有关部门负责人参加活动。")[0]
    deputies = {"普里霍季科", "戈洛杰茨", "德沃尔科维奇", "罗戈津"}
    assert {m.name for m in result.mentions if m.label == "PERSON"} >= deputies
    assert {(f"PERSON:{name}", "POSITION:俄罗斯副总理") for name in deputies} <= pairs(result)
    assert not names("纽约肯尼迪、拉瓜迪亚、纽瓦克三大机场航班起降一度暂停。", "PERSON") & {"拉瓜迪亚", "纽瓦克"}


def test_soviet_figures_of_history_named_bare():
    text = "毛主席的这个科学论断，是总结斯大林同托洛茨基、季诺维也夫、布哈林斗争的经验。"
    assert {"托洛茨基", "季诺维也夫", "布哈林"} <= names(text, "PERSON")


def test_a_name_that_opens_a_paragraph_and_the_sentence_that_says_who_it_is():
    text = ("数据显示就业形势总体稳定。\n唐鹏是山东济南一家家电企业的生产线操作师，企业近期进行了改造。\n"
            "张家口是冬奥会的举办城市之一。\n")
    assert names(text, "PERSON") == {"唐鹏"}  # (张家口: a place)


def test_a_name_before_a_post_it_held_after_a_comma_and_a_name_apposed_to_who_one_is():
    result = run("头号嫌犯杨秀珠回国投案自首。1946年出生的杨秀珠，曾担任浙江省建设厅副厅长，涉嫌贪污犯罪。")[0]
    assert ("PERSON:杨秀珠", "POSITION:浙江省建设厅副厅长") in pairs(result)
    text = "城里的年轻人感到了创业机会。\n郭可江，中央财经大学2008届毕业生。本来在北京一家投资公司工作。"
    assert "郭可江" in names(text, "PERSON")
    assert names("会议共识将反映在会后发表的领导人宣言中。与会期间，各方交流。", "PERSON") == set()  # 宣言中: a word and where


def test_a_name_recurring_before_yi_and_yao():
    text = ("在创业者名单上，季逸超以20岁的年纪创下新低。季逸超的中国梦是把浏览器做成一家公司。"
            "和季逸超要做一家伟大公司的中国梦不同。")
    assert names(text, "PERSON") == {"季逸超"}


def test_a_bare_title_a_named_person_takes_and_a_caption_of_a_name_and_its_post():
    result = run("这次访问是习近平主席就任国家主席后首次访问韩国。")[0]
    assert ("PERSON:习近平", "POSITION:国家主席") in pairs(result)
    assert "国家主席" not in names("国家主席的职权由宪法规定。", "POSITION")  # a bare title no one holds here
    text = "今年一季度增长较快。杨忠民，中国铁路总公司副总工程师。带着合同回国。\n王芳，北京市副市长。"
    result = run(text)[0]
    assert {("PERSON:杨忠民", "POSITION:中国铁路总公司副总工程师"), ("PERSON:王芳", "POSITION:北京市副市长")} <= pairs(result)
    assert pairs(run("会见了张华，北京市副市长也参加了会见。")[0]) == set()  # not a caption's sentence


def test_a_dotted_name_a_title_gave_inside_longer_readings_and_a_name_in_a_list_of_titled_names():
    text = "国务院总理李克强向新西兰总理约翰·基介绍了中国经济。李克强向约翰·基介绍了情况。这是约翰·基第五次访华。约翰·基对中方表示感谢。"
    assert names(text, "PERSON") == {"李克强", "约翰·基"}
    result = run("中宣部副部长梁言顺、北京大学党委书记邱水平、河北省委书记王东峰先后发言。")[0]
    assert ("PERSON:邱水平", "POSITION:北京大学党委书记") in pairs(result)


def test_no_name_of_a_degree_and_a_quality():
    assert names("越是艰苦劳动的岗位党员越少的严重情况。", "PERSON") == set()


def test_a_name_after_de_before_an_adverb_and_what_the_person_does():
    assert "苏立娟" in names("在农业示范园，脱贫后的苏立娟正和姐妹们栽植新一茬有机蔬菜。", "PERSON")
    assert names("这是我们的发展正在加快的时候。", "PERSON") == set()


def test_a_dotted_name_of_one_character_last_before_a_preposition_and_a_sentence_of_who_one_is():
    text = "欢迎新西兰总理约翰·基对我国进行正式访问。李克强向约翰·基介绍了中国经济。"
    assert names(text, "PERSON") == {"李克强", "约翰·基"}
    assert "郭可江" in names("在农村情况又如何呢？郭可江，中央财经大学2008届毕业生。他回到了老家。", "PERSON")


def test_a_branch_of_the_forces_named_bare_before_its_title_and_posts_taken_joined_by_he_and_jian():
    result = run("巴基斯坦总理伊姆兰·汗及其内阁成员、陆军参谋长巴杰瓦出席仪式。海军司令员董军出席。")[0]
    assert {("PERSON:巴杰瓦", "POSITION:陆军参谋长"), ("PERSON:董军", "POSITION:海军司令员")} <= pairs(result)
    result = run("毛主席提议邓小平同志任党中央副主席、国务院副总理和中央军委副主席兼总参谋长。")[0]
    assert {("PERSON:邓小平", f"POSITION:{post}") for post in ("党中央副主席", "国务院副总理", "中央军委副主席", "总参谋长")} \
        <= pairs(result)


def test_no_name_of_a_word_after_a_title():
    assert names("2021年以来，21万多名驻村第一书记扎根一线、履职尽责。", "PERSON") == set()


def test_a_post_taken_by_a_vote_named_between_the_holder_and_the_verb():
    result = run("热烈祝贺习近平总书记全票当选中国国家主席、中央军委主席。")[0]
    assert ("PERSON:习近平", "POSITION:中央军委主席") in pairs(result)


def test_a_dotted_name_after_de_and_before_the_persons_home():
    text = "县水利局的阿不来提·阿不拉到村里当起了“第一书记”。居住在小区的阿依孜木汗·伊盖尔家，今天格外热闹。"
    assert names(text, "PERSON") == {"阿不来提·阿不拉", "阿依孜木汗·伊盖尔"}


def test_a_transliteration_the_chinese_reading_cuts_inside_a_word_and_a_un_body_after_un():
    found = run("他们是：联合国亚太经社会执行秘书阿赫塔尔、上海合作组织秘书长梅津采夫。世界银行行长阿赫塔尔表示。")[0]
    assert {("PERSON:阿赫塔尔", "POSITION:联合国亚太经社会执行秘书"),
            ("PERSON:梅津采夫", "POSITION:上海合作组织秘书长")} <= pairs(found, "HOLDS")
    assert "联合国亚太经社会" in {m.text for m in found.mentions if m.label == "ORG"}


def test_a_name_of_two_transliterations_joined_by_a_dash_after_a_title():
    found = run("习近平分别致电马来西亚最高元首哈利姆、荷兰国王威廉—亚历山大表示慰问。")[0]
    assert ("PERSON:威廉—亚历山大", "POSITION:荷兰国王") in pairs(found, "HOLDS")


def test_a_japanese_name_after_a_title_though_a_word_runs_across_its_start():
    text = "李强会见日本国际贸易促进协会会长河野洋平率领的访华团。"
    assert "河野洋平" in names(text, "PERSON")
    assert "日本国际贸易促进协会会长" in names(text, "POSITION")


def test_a_transliterated_name_opening_with_fu():
    text = "苏联最高苏维埃主席团主席伏罗希洛夫同志访问我国。"
    assert "伏罗希洛夫" in names(text, "PERSON")
    assert ("PERSON:伏罗希洛夫", "POSITION:苏联最高苏维埃主席团主席") in pairs(run(text)[0])


def test_a_transliterated_name_opening_with_jiu():
    found = run("会见黑山总理久卡诺维奇、捷克总理索博特卡。")[0]
    assert ("PERSON:久卡诺维奇", "POSITION:黑山总理") in pairs(found)
    assert "卡诺" not in {m.name for m in found.mentions if m.label == "PLACE"}


def test_names_listed_after_a_role_with_a_long_first_name_and_a_note():
    found = names("乡村医生居马泰俄白克、钟晶、李前峰、何太瑜（夫妇）、陈凡经、邓前堆获得“最美乡村医生”称号。", "PERSON")
    assert found == {"居马泰俄白克", "钟晶", "李前峰", "何太瑜", "陈凡经", "邓前堆"}


def test_a_foreign_leader_with_a_spouse_and_a_deputy_s_title_abroad():
    found = run("毛里求斯总统鲁蓬夫妇到使馆吊唁。尼加拉瓜总统奥尔特加和副总统穆里略委派议长波拉斯前往。")[0]
    assert {("PERSON:鲁蓬", "POSITION:毛里求斯总统"), ("PERSON:穆里略", "POSITION:副总统")} <= pairs(found)


def test_names_ended_by_what_the_holder_is_doing_and_by_a_list_mark_after_he():
    found = run("村党支部书记李君正带着乡亲们装箱打包。台胞青年代表王正在会上发言。"
                "会见韩国国会议长郑义和、国务总理黄教安以及韩国主要企业负责人。")[0]
    assert {"李君", "王正", "郑义和", "黄教安"} <= {m.name for m in found.mentions if m.label == "PERSON"}
    assert {("PERSON:郑义和", "POSITION:韩国国会议长"), ("PERSON:黄教安", "POSITION:国务总理")} <= pairs(found)
    assert "李强" in names("国务院总理李强和、副总理丁薛祥出席。", "PERSON")


def test_a_known_foreign_name_not_stretched_over_the_end_of_a_title_and_a_spouse_not_a_post():
    found = run("韩正与英国首相苏纳克、威尔士亲王威廉王储进行了会见。感谢习近平主席及夫人彭丽媛教授发来贺电。")[0]
    assert {("PERSON:威廉", "POSITION:王储"), ("PERSON:彭丽媛", "POSITION:教授")} <= pairs(found)
    assert not {target for source, target in pairs(found) if "彭丽媛" in target}
    assert "王威廉" not in {m.name for m in found.mentions if m.label == "PERSON"}


def test_foreign_names_in_an_invitation_after_a_title_that_runs_into_them_and_with_men():
    found = run("应舒尤克总统和欧尔班总理盛情邀请，我即将进行国事访问。总理武切维奇和外长久里奇等热情迎接。"
                "上比利牛斯省省长萨罗门等在机场迎接。")[0]
    assert {("PERSON:舒尤克", "POSITION:总统"), ("PERSON:久里奇", "POSITION:外长"), ("PERSON:萨罗门", "POSITION:省长")} \
        <= pairs(found)
    assert not names("南京市长江大桥。外长久经考验。", "PERSON")


def test_a_dotted_name_read_whole_elsewhere_where_a_word_runs_across_its_end():
    found = run("俞正声会见了《我从新疆来》作者库尔班江·赛买提和在京书中人物代表。库尔班江·赛买提出生在新疆和田。")[0]
    assert {m.name for m in found.mentions if m.label == "PERSON" and "·" in m.name} == {"库尔班江·赛买提"}


def test_a_dotted_name_ends_before_a_common_word_and_starts_after_the_words_that_open_its_clause():
    found = names("情况，菲德尔·卡斯特罗如数家珍。李克强与菲德尔·卡斯特罗多次四手紧紧相握。菲德尔·卡斯特罗祝贺李克强总理访古。"
                  "李克强表示，昨天我同劳尔·卡斯特罗主席进行了会谈。在特拉维夫哈伊姆·谢巴医疗中心去世。"
                  "欢迎仪式后，习近平同劳尔·卡斯特罗举行会谈。", "PERSON")
    assert {name for name in found if "·" in name} == {"菲德尔·卡斯特罗", "劳尔·卡斯特罗"}
    assert {"阿尼巴尔·安东尼奥·卡瓦科·席尔瓦", "马塞洛·德索萨", "埃马纽埃尔·马克龙"} <= names(
        "欢迎葡萄牙共和国总统阿尼巴尔·安东尼奥·卡瓦科·席尔瓦访华。国家主席习近平致电马塞洛·德索萨，祝贺他当选。"
        "法国总统埃马纽埃尔·马克龙抵达北京。", "PERSON")


def test_a_hyphened_name_whose_second_part_names_a_country_and_a_dotted_name_before_a_deputy_s_title():
    found = run("李克强会见来华进行国事访问的瑞士联邦主席施奈德-阿曼。栗战书委员长出席。艾力更·依明巴海副委员长主持会议。")[0]
    assert {("PERSON:施奈德-阿曼", "POSITION:瑞士联邦主席"), ("PERSON:艾力更·依明巴海", "POSITION:副委员长")} <= pairs(found)
    assert "阿曼" not in {m.name for m in found.mentions if m.label == "PLACE"}


def test_a_person_named_as_an_example_after_like_opening_a_clause():
    assert "杨金文" in names("四个小组带头人产生了，像杨金文，就是村里响当当的种茶能手。", "PERSON")
    assert not names("像春节，大家都回家。就像黄河，奔流不息。", "PERSON")


def test_a_name_after_the_kind_of_household_a_person_heads():
    assert names("当地加大医疗救助力度。这让特困户王二牛有了实实在在的获得感。", "PERSON") == {"王二牛"}


def test_transliterated_names_after_a_date_or_a_function_word_before_a_title():
    assert ("PERSON:穆罕默德", "POSITION:王储") in pairs(run("今年2月穆罕默德王储访华。")[0])
    assert ("PERSON:莫拉莱斯", "POSITION:总统") in pairs(run("特别是莫拉莱斯总统执政期间，双方高层往来密切。")[0])
    assert "信中" not in names("安倍在信中表示，日中关系是最重要的双边关系之一。", "PERSON")


def test_a_full_known_name_before_a_conjunction_that_makes_a_word_with_it():
    assert names("丁薛祥和中央有关部门负责同志陪同考察。", "PERSON") == {"丁薛祥"}


def test_a_name_ending_in_he_before_what_a_speaker_does():
    assert names("无党派人士代表周忠和发了言。", "PERSON") == {"周忠和"}


def test_names_listed_after_a_title_and_a_copula():
    found = pairs(run("今天大会的执行主席是杜青林、罗富和、李海峰、周小川。")[0])
    assert {("PERSON:杜青林", "POSITION:执行主席"), ("PERSON:周小川", "POSITION:执行主席")} <= found


def test_a_partys_representative_is_no_party_delegate():
    assert names("美国民主党代表骆家辉、共和党代表杰克逊等表示，美中关系稳定发展。", "PERSON") == {"骆家辉", "杰克逊"}


def test_a_name_whose_last_character_makes_a_word_with_shuo():
    assert names("全国人大代表林书成说，今年收入增加了。", "PERSON") == {"林书成"}
    assert not names("这对某科技企业的负责人魏敏来说，却有着特殊的意义。", "PERSON")


def test_a_transliteration_whose_last_character_makes_a_word_before_a_frequent_verb():
    assert "马特维延科" in names("栗战书同俄罗斯联邦委员会主席马特维延科举行会谈。", "PERSON")
    assert "西哈莫尼" in names("柬埔寨国王西哈莫尼登基20周年。", "PERSON")


def test_a_veteran_by_name():
    assert names("92岁的抗战老兵王兰江在家人的陪伴下出现在展览现场。", "PERSON") == {"王兰江"}


@pytest.mark.parametrize("text, expected", [
    ("会上，约翰·史密斯表示，合作很重要。", {"约翰·史密斯"}),  # a known name ending as a transliteration
    ("托乎提汗·库尔班老人年近90。", {"托乎提汗·库尔班"}),
    ("呼和浩特的王国兴养了600多头奶牛。", {"王国兴"}),  # a full name after its place, then what the person does
    ("甘肃省的敦煌，福建的古田、贵州的乌江寨、各地的龙舟赛，", set()),
])
def test_dotted_names_and_people_of_a_place(text, expected):
    assert names(text, "PERSON") == expected


def test_a_dotted_name_ends_before_a_verb_done():
    held = pairs(run("中国驻厄瓜多尔大使王玉林向厄瓜多尔外长纪尧姆·隆交付了这笔现汇援助。")[0])
    assert ("PERSON:纪尧姆·隆", "POSITION:厄瓜多尔外长") in held


def test_an_envoy_after_a_transliterated_name_and_an_aged_one_before_who_they_are():
    held = pairs(run("习近平会见老挝人民革命党中央总书记本扬特使、中联部部长顺通。")[0])
    assert ("PERSON:本扬", "POSITION:老挝人民革命党中央总书记") in held
    assert names("78岁的弗朗克斯老人正在接受中国援外医疗队医生实施的手术。", "PERSON") == {"弗朗克斯"}


def test_an_emperor_of_japan_after_his_title():
    held = pairs(run("国家主席习近平就日本熊本县发生强烈地震向日本天皇明仁致电表示慰问。")[0])
    assert ("PERSON:明仁", "POSITION:日本天皇") in held


def test_names_a_count_of_players_checks_the_last_two_joined():
    text = "中国队第十个出场，冯雨、常昊、王赐月、张雅怡、王柳懿、王芊懿、肖雁宁和向玢璇8名选手齐心协力，高质量地完成表演。"
    assert names(text, "PERSON") == {"冯雨", "常昊", "王赐月", "张雅怡", "王柳懿", "王芊懿", "肖雁宁", "向玢璇"}


def test_names_before_a_count_of_comrades_after_the_clause_s_last_longer_item():
    text = "共青团中央、全国青联决定授予王传英、王兴兴、牛菲菲等30名同志2025年度中国青年五四奖章。"
    assert names(text, "PERSON") == {"王传英", "王兴兴", "牛菲菲"}
    assert names("审议全国人大民委、宪法法律委、教科文卫委、华侨委、农委分别提出的报告。", "PERSON") == set()
    assert names("一审宣判，主犯柳立国以生产、销售有毒、有害食品罪被判处无期徒刑。", "PERSON") == {"柳立国"}
    assert names("成长变化也被四十多岁的队友李雪松看在眼里。", "PERSON") == {"李雪松"}  # (a companion before a name)


@pytest.mark.parametrize("text, expected", [
    ("两名出舱航天员费俊龙、张陆圆满完成全部既定工作任务。", {"费俊龙", "张陆"}),  # (a word after the last of a list)
    ("在混双决赛中，中国组合王楚钦/孙颖莎以总比分3比0获胜。", {"王楚钦", "孙颖莎"}),  # a pair of players
    ("同样获得改革先锋称号的还有基层民警的优秀代表邱娥国。", {"邱娥国"}),
    ("今天，射击赛场上，杜宇、高博和张奕垚夺得了男子多向飞碟团体赛的冠军。", {"杜宇", "高博", "张奕垚"}),
    ("在决赛中，由师涛、袁中、秦晨路、刘浩组成的中国队击败韩国队。", {"师涛", "袁中", "秦晨路", "刘浩"}),
    ("作为援藏干部，马新明、孙伶伶夫妇在拉萨工作生活了三年。", {"马新明", "孙伶伶"}),
])
def test_names_in_lists_pairs_and_after_a_representative(text, expected):
    assert names(text, "PERSON") == expected


def test_a_name_of_two_before_a_verb_and_where_it_goes():
    assert ("PERSON:邹宜", "POSITION:连长") in pairs(run("担任现场指挥员的连长邹宜冲上去将战友拖拽到避弹区。")[0])


def test_a_county_opening_a_clause_is_no_person():
    assert names("阿尔山是国家级集中连片特困地区。", "PERSON") == set()


def test_transliterations_opening_with_shao_and_zhen():
    assert ("PERSON:绍伊古", "POSITION:俄国防部长") in pairs(run("俄国防部长绍伊古说，俄方已摧毁多处目标。")[0])
    assert names("在资格赛上，马耳他运动员珍妮斯·斯皮泰里在等待成绩。", "PERSON") == {"珍妮斯·斯皮泰里"}


def test_a_winner_by_a_wide_margin():
    assert names("举重女子87公斤级决赛，梁小梅以绝对优势夺冠。", "PERSON") == {"梁小梅"}


def test_a_country_and_its_title_open_the_next_item_and_a_dotted_name_ends_before_and():
    found = pairs(run("会见了白俄罗斯总统卢卡申科、卡塔尔埃米尔塔米姆、土耳其总统埃尔多安等与会领导人。")[0])
    assert ("PERSON:塔米姆", "POSITION:卡塔尔埃米尔") in found
    assert "玛德琳·金" in names("李强在澳资源部长玛德琳·金和西澳州州长库克陪同下参观。", "PERSON")


def test_a_spouse_s_name_of_two_and_a_dotted_name_after_a_conjunction():
    assert "兰格" in names("秘鲁总统库琴斯基和夫人兰格共同出席闭幕式。", "PERSON")
    assert "阿沛·阿旺晋美" in names("汪洋看望老同志巴桑，以及阿沛·阿旺晋美同志家人代表。", "PERSON")
    assert names("尤权、王勇、马飚以及张克辉出席开幕会。", "PERSON") == {"尤权", "王勇", "马飚", "张克辉"}


def test_a_wife_named_by_two_transliterated_characters():
    assert "丽莎" in names("习近平和夫人彭丽媛为马科斯和夫人丽莎举行欢迎宴会。", "PERSON")


def test_a_role_noun_before_a_name_that_opens_with_a_word():
    assert names("村民马克俊有了新打算。", "PERSON") == {"马克俊"}  # (马克 is a word)
    assert not names("村民马上有了新打算。", "PERSON")


def test_a_soldier_by_his_rank():
    assert names("刚刚度过18岁生日的列兵王小龙是第一次在边防线上过中秋节。", "PERSON") == {"王小龙"}


def test_a_queen_mother_and_scholars_by_their_field():
    found = run("中方对莫尼列太后的良好祝愿。")[0]
    assert ("PERSON:莫尼列", "POSITION:太后") in pairs(found)
    assert names("修辞学家陈望道、杰出数学家苏步青，都曾在复旦任校长。", "PERSON") == {"陈望道", "苏步青"}


def test_names_listed_before_a_vague_count_of_deputies_and_trades_before_names():
    text = "面对这个问题，戴继双、梁稳根、孙丕恕等几位全国人大代表则认为，既要改革。"
    assert names(text, "PERSON") == {"戴继双", "梁稳根", "孙丕恕"}
    assert names("老家四川的电焊工余方勇是工程队伍的一员。5岁的小女孩普艳芳出山就医。", "PERSON") == {"余方勇", "普艳芳"}
    assert names("这个元旦假期，线路工孟宇和工友们坚守在一线。", "PERSON") == {"孟宇"}


def test_an_author_named_before_the_title_of_a_work():
    found = names("大家朗诵的既有崔颢的《黄鹤楼》等经典名篇，也有魏明伦的《宜宾赋》等作品。王蒙的《这边风景》获奖。", "PERSON")
    assert found == {"崔颢", "魏明伦", "王蒙"}
    assert not names("国务院的《政府工作报告》提出。我们的《规划》已经发布。", "PERSON")


def test_a_tibetan_name_with_deqing_and_a_county_after_its_province():
    assert "格桑德青" in names("在村民格桑德青新家，俞正声仔细询问。", "PERSON")
    assert {"山西省", "夏县"} <= names("到仰韶早期山西夏县师村遗址发现中国最早石雕蚕蛹。", "PLACE")
    assert names("来到老榆林村看望村民。", "PLACE") == {"老榆林村"}  # (no 榆林 inside the village's name)


@pytest.mark.parametrize("text, person", [
    ("在江西南昌工作的浙江人朱敏勤却碰到一件麻烦事，他的身份证过期了。", "朱敏勤"),
    ("52岁的桐乡人董永泽种了12年的番茄。", "董永泽"),
    ("在武昌区社会福利院，全国道德模范吴天祥就被老人们问个不停。", "吴天祥"),
])
def test_a_native_of_a_place_and_a_model_named(text, person):
    assert person in names(text, "PERSON")


@pytest.mark.parametrize("text", ["他是四川人民的好儿子。", "的中国人都很高兴。", "安徽省涡阳县人民医院血透室很忙。"])
def test_no_native_named_where_a_word_follows_the_place(text):
    assert not names(text, "PERSON")


def test_a_name_ending_in_he_before_the_family():
    assert "王柏和" in names("黎族村民王柏和一家热情将总书记迎进家里。", "PERSON")


def test_a_dotted_name_keeps_its_last_letter_before_a_verb():
    assert "约翰·奈斯比特" in names("在著名未来学家约翰·奈斯比特看来，中国正在影响世界。", "PERSON")


def test_a_japanese_name_ends_before_zhi_of_a_speech():
    assert "福田康夫" in names("开幕式上，博鳌亚洲论坛理事长福田康夫致欢迎辞。", "PERSON")


def test_a_transliterated_name_ends_before_a_word_it_opens():
    found = names("彭丽媛会见印尼总统夫人伊莉亚娜。彭丽媛赞赏伊莉亚娜热心公益。", "PERSON")
    assert "伊莉亚娜" in found and "伊莉亚娜热" not in found


@pytest.mark.parametrize("text, name", [
    ("听取了全国人大内务司法委员会主任委员马馼作的报告。", "马馼"),  # a character too rare for the dictionary
    ("1939年，袁觉苍烈士被日军杀害，年仅37岁。", "袁觉苍"),  # a martyr's rarer given name
    ("全国政协主席俞正声7日在北京会见了饶颖奇率领的台湾民意代表交流参访团。", "饶颖奇"),  # the leader of whom one met
    ("由饶颖奇率领的台湾民意代表交流参访团抵达北京。", "饶颖奇"),
])
def test_names_of_rare_characters_martyrs_and_leaders_of_those_met(text, name):
    assert name in names(text, "PERSON")


def test_a_verb_before_a_martyr_is_no_name():
    assert names("这里，长春龙嘉国际机场，祖国接烈士申亮亮回家。", "PERSON") == {"申亮亮"}


def test_names_listed_with_同志_before_the_post_they_are_given_and_posts_left():
    text = ("会议经表决，增补丁学东、王广华、李飞同志为第十四届全国政协委员。郝明金同志不再兼任中央社会主义学院院长职务。"
            "会议通过关于接受嘎玛泽登同志请辞第十四届全国政协委员的决定。")
    assert {("PERSON:丁学东", "POSITION:第十四届全国政协委员"), ("PERSON:王广华", "POSITION:第十四届全国政协委员"),
            ("PERSON:李飞", "POSITION:第十四届全国政协委员"), ("PERSON:郝明金", "POSITION:中央社会主义学院院长"),
            ("PERSON:嘎玛泽登", "POSITION:第十四届全国政协委员")} <= pairs(run(text)[0])


def test_a_deputy_speaker_of_a_senate():
    assert ("PERSON:柴莱伊", "POSITION:波兰副参议长") in pairs(run("张德江会见波兰副参议长柴莱伊。")[0])


@pytest.mark.parametrize("text, name", [
    ("听到习主席的问候，开出租车19年的王建生，掩饰不住内心的激动。", "王建生"),  # what the person is, then the name
    ("在党委书记王尚海带领下，大家干。", "王尚海"),  # a frequent verb after the name, a rarer word across its end (海带)
    ("每年都要忙活植树的刘凤春今年忙活得有些不同。", "刘凤春"),  # what the person does, then a time word
])
def test_names_after_what_the_person_is_and_before_a_verb(text, name):
    assert name in names(text, "PERSON")


def test_a_name_after_what_the_person_does_before_a_time_word():
    assert "钟洪杰" in names("在西安务工的钟洪杰当晚乘坐小客车准备返回湖北老家。", "PERSON")


def test_a_short_transliterated_name_after_the_post_of_an_international_body_before_并():
    result = run("栗战书在亚的斯亚贝巴会见非盟委员会代理主席夸第并考察非盟总部。")[0]
    assert ("PERSON:夸第", "POSITION:非盟委员会代理主席") in pairs(result)


@pytest.mark.parametrize("text, name", [
    ("在看望新华社原副社长兼总编辑冯健时，刘云山与他畅谈。", "冯健"),
    ("在看望中央文献研究室原常务副主任金冲及时，刘云山首先感谢他。", "金冲及"),  # (not 金冲: 及时 a word)
])
def test_a_name_after_a_title_before_时_of_a_clause_opened_by_在(text, name):
    assert name in names(text, "PERSON")


@pytest.mark.parametrize("text, name", [
    ("欢迎仪式后，习近平主席同阿尔贝二世亲王举行会谈。", "阿尔贝二世"),  # a monarch's number before the title
    ("中国国民党副主席连胜文在致辞中表示。", "连胜文"),  # 连 a surname after a post (连胜: a name's word)
    ("对这样的一句话，六十多岁的韩万臣感受很深。", "韩万臣"),  # an age counted roughly
    ("重庆船主邱成猛路过长江中游荆江段。", "邱成猛"),  # what the person does
])
def test_names_after_a_monarchs_number_a_post_a_rough_age_or_a_trade(text, name):
    assert name in names(text, "PERSON")


def test_no_name_where_a_verb_opens_after_a_post_or_a_word_opens_a_firms_name():
    assert names("市委书记连夜赶到现场。省长连续三年到此。县委书记连同其他干部出席。", "PERSON") == set()
    text = "在吉利集团并购沃尔沃5年的时间内，吉利持续投入110亿美元。而吉利也从中学到了不少。"
    assert names(text, "PERSON") == set()
    assert "陈升" in names("香港创业者陈升正在分享创业经验。习近平来到陈升公司考察。", "PERSON")


def test_no_given_name_of_a_pronoun_nor_a_kind_of_tour_and_a_transliteration_with_祖():
    assert names("村民信赖他，妻子爱他，他收获着职业的幸福。这个假期，山西的古建游持续火热。", "PERSON") == set()
    assert names("摩洛哥外交与合作大臣梅祖阿尔表示，阿中友好关系源远流长。", "PERSON") == {"梅祖阿尔"}


def test_no_name_of_a_modal_and_a_verb_after_a_role():
    assert names("女党员和少数民族党员应占一定比例。", "PERSON") == set()
    assert names("最高人民检察院检察长应勇作报告。", "PERSON") == {"应勇"}


def test_the_name_after_a_post_held_and_的():
    result = run("金融与发展实验室理事长李扬和曾经担任国际货币基金组织副总裁的朱民都写了一个字。")[0]
    assert ("PERSON:朱民", "POSITION:国际货币基金组织副总裁") in pairs(result)


def test_names_after_a_trade_of_ones_own_and_before_an_honorific_after_a_copula():
    assert "陈少杰" in names("江苏丹阳的个体工商户陈少杰想在自己的超市里卖蔬菜。", "PERSON")
    assert names("今年是李光耀先生诞辰100周年。这是老人家的心愿。", "PERSON") == {"李光耀"}


def test_lao_names_with_通_and_children_named_by_their_order_of_birth():
    assert "本通" in names("会见由老挝人民革命党中央政治局委员、国家副主席本通率领的代表团。", "PERSON")
    assert names("同希腊总理萨马拉斯通电话。默克尔通报了德方的看法。", "PERSON") == {"萨马拉斯", "默克尔"}
    text = "参加会见的老挝前外交大臣贵宁·奔舍那长子甘乔、四女开芸、次子萨马诺、五子宋宝等曾在北京生活。"
    assert names(text, "PERSON") == {"贵宁·奔舍那", "甘乔", "开芸", "萨马诺", "宋宝"}
    assert names("他的长子上学去了，次女在家。", "PERSON") == set()


def test_a_name_and_the_other_name_brackets_give_and_a_name_after_校友():
    text = "现查明，努尔买买提(真名努拉买提·萨吾提，莎车县艾力西湖镇人)与境外组织勾连。张三（原名张山）出席。"
    assert names(text, "PERSON") == {"努尔买买提", "努拉买提·萨吾提", "张三", "张山"}
    assert names("改革开放（原名改革）是一项基本国策。", "PERSON") == set()
    assert names("老校友周国忠今年已经70岁了。", "PERSON") == {"周国忠"}


def test_names_before_医生_a_uyghur_dotted_name_and_no_person_of_two_places_a_route_joins():
    text = "对身有残疾的周月华医生、患有尿毒症的李前峰医生，李克强叮嘱有关方面给予关怀帮助。"
    assert {"周月华", "李前峰"} <= names(text, "PERSON")
    assert names("免费师范生古丽加汗·艾买提，马上就要回家乡乌鲁木齐实习当老师了。", "PERSON") == {"古丽加汗·艾买提"}
    assert names("家庭医生上门服务。", "PERSON") == set()
    text = "两国总理共同出席亚的斯亚贝巴-阿达玛高速公路一期竣工典礼。"
    assert names(text, "PERSON") == set() and "亚的斯亚贝巴" in names(text, "PLACE")


def test_a_surname_that_is_also_a_preposition_after_的():
    assert names("来自湖南农村的向平华代表，这次特地带上红薯淀粉。", "PERSON") == {"向平华"}


def test_no_name_after_a_title_of_many_counted_but_the_names_listed_after_it():
    assert names("加上中国，共有40位领导人齐聚在燕山脚下、雁栖湖边。", "PERSON") == set()
    assert names("中国队的两名选手张子扬、兰天辰包揽了冠、亚军。", "PERSON") == {"张子扬", "兰天辰"}


def test_a_full_name_after_的_before_a_speech_verb_and_after_a_post_taken_up():
    assert "陈莹洁" in persons(run("刚刚拿到营业执照的陈莹洁告诉记者，5本证照变由1张执照包干。")[0])
    result = run("2014年3月，刚刚就任河北省廊坊市纪委第一纪检监察室主任的李长海，接手查办腐败专案。")[0]
    assert "李长海" in persons(result) and not [m for m in result.mentions if m.label == "PLACE" and m.text == "长海"]
    assert persons(run("他在会见全国优秀县委书记时勉励大家。")[0]) == set()  # (时: when, no surname)


def test_the_inner_items_of_a_long_list_of_names():
    text = ("春节前夕，看望了胡锦涛、陈奎元、阿不来提·阿不都热西提、李兆焯、黄孟复、张梅颖、张榕明、钱运录、孙家正、李金华、"
            "郑万通、邓朴方等老同志。")
    assert {"阿不来提·阿不都热西提", "李兆焯", "钱运录", "郑万通"} <= persons(run(text)[0])
    text = "会议在北京、上海、广州、深圳、杭州、武汉、成都、苏州、威海举行。"
    assert persons(run(text)[0]) == set()  # (places listed: no names)


def test_names_before_老师_and_no_name_in_a_letter():
    text = "北京市八一学校的张亚红老师回想起一年前的情景。一年后又给他们回信，信中说：“扶贫必先扶智。”"
    assert persons(run(text)[0]) == {"张亚红"}


def test_a_name_of_two_closing_a_list_before_等():
    text = "出席座谈会的党外人士还有邵鸿、何报翔、王光谦、安立佳、李林等。"
    assert "李林" in persons(run(text)[0])


def test_no_name_of_a_message_that_jieba_tags_as_one():
    text = "拉共体候任轮值主席国乌拉圭总统奥尔西特别代表宣读总统贺信。\n贺信说，值此论坛开幕之际，我谨表示祝贺。会议通过领导人宣言。"
    assert not {"贺信", "宣言"} & persons(run(text)[0])
    assert "刘经南" in persons(run("刘经南告诉记者，武汉有89所高校。")[0])  # (one who speaks to reporters)


def test_names_of_rare_surnames_after_trades_and_with_作_opening_the_given_name():
    text = "天津大学90后青年教师冮皓被派驻到宕昌县担任驻村第一书记。保洁员刘启法的眼中只有垃圾杂物。企业主邓少忠被打动了。"
    result = run(text)[0]
    assert {"冮皓", "刘启法", "邓少忠"} <= persons(result)
    assert ("PERSON:冮皓", "POSITION:驻村第一书记") in pairs(result)  # (a post held at a place he was sent to)
    result = run("国家宗教事务局局长王作安等与委员互动交流。李强作报告，张强作了发言。")[0]
    assert persons(result) == {"王作安", "李强"}
    assert ("PERSON:王作安", "POSITION:国家宗教事务局局长") in pairs(result)


def test_posts_of_a_life_after_the_province_and_those_held_before():
    result = run("廖俊波同志生前是福建省南平市委常委、副市长，武夷新区党工委书记，曾任政和县县委书记。")[0]
    assert {("PERSON:廖俊波", "POSITION:南平市委常委"), ("PERSON:廖俊波", "POSITION:政和县县委书记")} <= pairs(result)


def test_a_leader_congratulated_on_a_post_taken_up_and_a_parliament_named_islamic():
    result = run("习近平致电祝贺米拉托维奇就任黑山总统。")[0]
    assert ("PERSON:米拉托维奇", "POSITION:黑山总统") in pairs(result)
    result = run("国家主席习近平在德黑兰会见伊朗伊斯兰议会议长拉里贾尼。")[0]
    assert ("PERSON:拉里贾尼", "POSITION:伊朗伊斯兰议会议长") in pairs(result)


def test_names_whose_posts_follow_in_brackets():
    text = ("会议同意，对金育辉（吉林省副省长，2017年4月起分管吉林省食品药品监管工作）予以免职。"
            "决定对吴浈（原食品药品监管总局副局长、原卫生计生委副主任，分管药化注册管理）进行立案审查调查。")
    result = run(text)[0]
    assert {"金育辉", "吴浈"} <= persons(result)
    assert {("PERSON:金育辉", "POSITION:吉林省副省长"), ("PERSON:吴浈", "POSITION:食品药品监管总局副局长")} <= pairs(result)


def test_no_author_named_by_a_headline_s_second_title():
    text = ("会议还研究了其他事项。\n李克强会见老挝人民革命党中央总书记 国家主席\n"
            "央视网消息（新闻联播）：国务院总理李克强在人民大会堂会见老挝人民革命党中央总书记、国家主席本扬。")
    assert persons(run(text)[0]) == {"李克强", "本扬"}


@pytest.mark.parametrize("text, name", [
    ("斐济共和国总统奈拉蒂考和总理姆拜尼马拉马邀请习近平访问。", "奈拉蒂考"),
    ("赞比亚驻华大使齐贝萨孔达递交国书。", "齐贝萨孔达"),
])
def test_transliterated_names_that_end_in_kao_or_kong(text, name):
    assert name in names(text, "PERSON")


@pytest.mark.parametrize("text, name", [
    ("竟然炸死了号称“名将之花”的日军中将阿部规秀，这也是日军最高级别将领。", "阿部规秀"),
    ("俞正声24日在京会见党首吉田忠智率领的日本社民党代表团。", "吉田忠智"),
])
def test_a_japanese_name_of_four_after_a_title_or_rank(text, name):
    assert name in names(text, "PERSON")


def test_a_name_after_a_retired_cadre():
    assert "赵忠生" in names("报告会上，海军某潜艇基地政委厉延明、退休干部赵忠生、某艇员队艇长吴昌弟分别讲述。", "PERSON")


def test_a_hyphened_transliterated_name_ends_where_its_characters_do():
    assert names("国家主席习近平7月5日同加纳总统阿库福-阿多互致贺电，庆祝两国建交60周年。", "PERSON") == {"习近平", "阿库福-阿多"}
