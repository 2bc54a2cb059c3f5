"""ORG: party and government bodies, congresses, CPPCC, universities, institutes, media,
international organisations and the state bodies of other countries.

National bodies, media and international organisations come from the lexicon. Local bodies are built from a
level (市, 区, 县 ...) or a place (渝北区) plus a department, with one canonical
short name per body: 市经济信息委, 市经信委 and 市经济和信息化委员会 are all 市经信委.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from policykg.extract import resources, words
from policykg.extract.candidates import FULL, RULE, Candidate
from policykg.extract.defines import numeral_value
from policykg.extract.lexicon import builtin, is_known_place
from policykg.extract.text import (BRINGING, DASHES, EPITHET_AFTER, LEFT_STOP_WORDS, LEFT_STOPS, MEETING_VERBS, PUNCT,
                                   TRANSLITERATION, all_after, clause_start, crosses_word, matches_at, quoted_bodies,
                                   scan, starts_before)
from policykg.vocabulary import (BILATERAL_PAIRS, BRANCHES, CENTRE_HEADS, COUNT_NUMERALS, COUNTRY_LETTERS, HAN,
                                 LETTERS_ABROAD, LEVELS, NUMERALS, OPENED, PARTNER_LETTERS, PARTY_KINDS,
                                 PERSONAL_PRONOUNS,
                                 SEVERAL, POSTED_OFFICES, SOCIETY_HEADS, SPEECH_VERBS, is_han)

# The leading bodies of a place: implied by a position (市委书记, 市政协主席), not listed apart from it.
_COMMITTEES = frozenset({"委", "党工委", "管委会", "政协", "人大", "人大常委会", "政府", "纪委", "监委", "纪委监委"})
# The leading organs of the party and the state, implied in the same way by a post (中共中央政治局常委, 中央军委副主席,
# 全国人大常委会委员长).
LEADING_ORGANS = frozenset({"党中央", "中央政治局", "中央政治局常委会", "中央书记处", "中央军委",
                            "全国人大", "全国人大常委会", "全国政协", "国务院"})
_DIVISION_ENDS = frozenset("省市县区州盟旗")  # the last character of a division named in full
_TEAMS = ("男足", "女足", "男篮", "女篮", "男排", "女排")  # a place's team: a body only after the place
_MATCHES = "资格赛|预选赛|选拔赛|锦标赛|联赛|比赛|世界杯|赛事|热身赛|邀请赛"  # after a team: an event (…女篮|资格赛)
# Head nouns of institutions.
_INSTITUTION = re.compile(r"(?:大学(?<!环大学)(?<![上读考念]大学)(?![生城梦子]|科技园|排[名行]|还没|毕业|期间)|学院(?!派)|专科学校|技工学校|联合研究生院|联合研究院|联合实验室|联合(?:协调)?(?:委员会|理事会)|研究院|规划院|设计院|(?<=教育)考试院|[农林水畜果茶蚕渔牧]科所|[农林社医]科院|(?:农林|农业|林业|卫生|师范|警察|体育|艺术|财经|交通|电力)学校|分院|研究生院|研究所|科学院|工程院|实验室|实验站|观测站|医院(?!船)|卫生院|保健院|疗养院|党校|代表团|宣讲团|(?:民族|实验|外国语|双语|特殊教育)学校|飞行表演队|"
                          r"博物馆|博物院|俱乐部|大剧院|歌剧院|艺术剧院|纪念馆|陈列馆|展览馆|军事馆|艺术馆|美术馆|文学馆|图书馆|版本馆|科技馆|档案馆|资料馆|文化馆|研究馆(?!员)|遗产馆|植物园|动物园|完全中学|(?<!科)研院(?!所)|报社(?!论)|杂志社|出版社|通讯社|书院|学堂|公学|传习所|讲习所|(?<![初高普])中学(?![生段习])|(?<!中)小学(?![生段])|论坛|交易所|协议会(?![议上])|协会|(?<![得要应能先还])学会|(?<!协)商会|促进会|联合会|协进会|联会(?!议)|基金会|"
                          r"研究会|爱国会|主教团|同盟会|派出所|救助站|(?<=大学)附(?:中|小)|联盟|联委会|兵团|集团军|军分区|军区|(?:警备|卫戍)区|独立(?:营|团|师)|游击队|舰队|(?<=部)战区(?!域)|(?<=部战区)(?:陆军|海军|空军)|交响乐团|乐团|(?<!军)乐队|文工团|剧团|歌舞团|芭蕾舞团|艺术团|国际救援队|敬老院|福利院|(?<=[一二三四五六七八九十])学校|乌兰牧骑|消防(?:救援)?(?:总队|支队|大队)|(?:监察|执法|稽查|刑侦|治安|交警|特警|巡警)(?:总队|支队|大队)|军校|气象台|天文台|电视台|卫视|广播电台|监察署|海关(?!总署|特殊|监管|通关|查验|[一-鿿]{0,2}区)|" + "|".join(f"{team}(?!{_MATCHES})" for team in _TEAMS) + r"|总领事馆|总领馆|领事馆|大使馆|使馆|使团|创新院|委员会(?!委(?!员)|议|(?<=全国委员会)委)|工商理事会|领导小组|协调小组|指挥部(?!署)|(?<!国)防总(?![体动结队])|(?<=[省市县区州旗])防指|组委会|筹委会|组委(?![会员])|边检总站|边检站|中心(?![城区镇组站点]|集群)|"
                          r"局(?![长面势部限])|(?<![部签公专合总联亲])署(?![名长理]))")
_SERVICE_BRANCH = re.compile(r"海军|空军|陆军|火箭军|第二炮兵|武警|八一(?![年期])")  # the services an institution of the army
# is named after, and the army's own name (八一飞行表演队, 八一电影制片厂)
_NUMBERED_UNIT = re.compile(r"(?<![\d.])\d{5}部队(?:\d{1,3}分队)?")  # the number the army gives a unit
# The national committee of the CPPCC of a term, by its name as printed.
_NATIONAL_TERM = re.compile(rf"(?:政协|中国人民政治协商会议)第[{NUMERALS}\d]+届(?:、第?[{NUMERALS}\d]+届)*全国委员会(?!委员会)")
_EDITION = re.compile(rf"第[{NUMERALS}\d]+届")  # 中国民主同盟|第十三届中央委员会: a term of the body, not a body in it
_HEAD_AND = re.compile(f"(?:{_INSTITUTION.pattern}|集团|公司|项目|工程|产业园|园区|基地|公园|设施|试点|总部|综合楼|大楼|院区|(?<=[{HAN}]{{2}})所)(?:和|与|及|以及)")  # one institution (or a
# firm, a project, a park), then another
_SCOPES_JOINED = ("及区域", "和区域", "与区域", "及地区", "和地区", "、区域", "、地区")
_WORLD_BODY = re.compile(rf"(?:国际|世界)(?:(?:(?![等和与及])[{HAN}]){{3,6}}?组织(?![部生工])|(?:(?![等和与及])[{HAN}]){{2,6}}?联盟)")  # an international
# body by its shape: 国际葡萄酒组织, 世界旅游联盟
# The first character as a set of its own, told apart after it (`(?<=…)`): the scan skips to such characters.
_LABS_AFTER = re.compile(rf"[等2-9{SEVERAL}](?:(?<=等)|(?<=([2-9{SEVERAL}]))个)(?:省|国家|全国重点)?实验室")
_SHARED_LAB = re.compile(rf"[{HAN}]{{2,4}}实验室")  # the last of labs listed by their names, with the head they share
_BRACKETED_PLACE = re.compile(rf"[（(][{HAN}]{{2,8}}[）)]")
# Characters before 局 that make a word of it, not a bureau (格局, 布局, 全局): checked apart, as a look-behind in
# `_INSTITUTION` would keep the regular expression engine from scanning for its literal heads.
_TASK_VERBS = ("推进", "推动", "深化", "加强", "促进", "实施", "加快")  # what opens a group's task in its name
_MEETING_ACTS = (*MEETING_VERBS, "召开")  # before a body's meeting: 主持召开|推进…领导小组全体会议
_NOT_BUREAU = frozenset("格布大结当全开赌饭骗时政残变新好治困僵棋")  # (政治局: a party organ the gazetteer names)
_ACRONYM = re.compile(rf"[A-Z]{{2,6}}(?=[{HAN}])")  # a grouping's Latin acronym opens the name: RCEP地方政府…论坛
_COUNT_WORDS = frozenset("余多场个家所座批次项届名位支")  # what a figure counts by: 33场|分论坛, 6000余名
# Verbs that put an institution after them as their object: the name starts after them.
_BEFORE_INSTITUTION = BRINGING + MEETING_VERBS + ("致贺", "致信", "致电", "祝贺", "委托", "申报", "争创", "签署", "签订", "举办", "申办", "承办", "主办", "建成", "建好", "组建", "成立", "设立", "筹建", "揭牌", "挂牌", "依托",
                       "加快", "推动", "打造", "实施", "开工", "获批", "入选", "创建", "会同", "通过", "其中", "以及", "作为",
                       "包括", "率领", "欢迎", "访问", "慰问", "参观", "走进", "接受", "批准", "就是",
                       "位于", "来自", "牵头", "获评", "成为", "建立", "新建", "启动", "新增", "召开", "办好", "抓好", "用好",
                       "运抵", "运往", "送抵", "送往", "印有", "写有", "刻有", "绣有", "标有", "了解", "实现",
                       "支持", "联合", "面向", "吸引", "开展", "完成", "走出", "围绕", "占", "当选", "荣获", "获得", "投用", "启用", "落实",
                       "发挥", "对接", "借助", "分别与", "共同", "鼓励", "要求", "提高",
                       "共建", "来到", "前往", "步入", "走入", "考察", "调研", "查看", "充分利用", "建强",
                       "投运", "更名为", "更名", "升格为", "改建为", "并入", "担任", "改任", "出任", "兼任", "接任", "包围", "复信", "回信",
                       "致函", "察看", "视察", "开幕式暨", "变成", "改造成", "改成", "扩大", "拓展", "构建", "肯定",
                       "纪念", "阐明", "表彰", "授予", "感谢", "赴", "到", "率", "进驻", "派遣", "部署", "派出", "出动", "递补", "增补", "补选", "选举", "中止", "终止", "暂停", "驱逐", "关闭", "开幕", "闭幕",
                       "考入", "考上", "就读于", "毕业于", "肄业于",  # (1922年考入|北京大学: where one studied)
                       "创办", "开办", "兴办", "筹办", "加入", "退出",
                       "邀请", "抵达", "离开", "赞扬", "赞赏", "称赞", "采取", "审议", "观看", "听取")  # (邀请|纳扎尔巴耶夫大学,
# 离开|…友好医院, 审议|国务院、中央军事委员会关于…, 回到检阅台观看|仪仗队分列式和军乐团…, 习近平听取|学院工作汇报)
_TIME_WORDS = ("今年", "去年", "明年", "当年", "近年", "目前", "如今", "届时", "时任", "期间", "上午", "下午", "晚上", "今天",
               "昨天", "日前", "近日", "当天", "同日", "年来", "以来", "每周", "每天", "每月", "每年", "几天", "几年", "这天",
               "那天", "此前", "随后", "最近")  # no name runs across
# them (近年来|沈阳军区, 每周会有|音乐学院)
# Verbs that may open the run before an institution without being part of its name (推进…中心建设).
_LEADING_VERBS = ("推进", "建设", "深化", "完善", "强化", "推动", "加强", "优化", "提升", "发展", "培育", "壮大", "布局", "建强",
                  "健全", "改造")
_GROUP_AIMS = ("推动", "推进", "促进")  # the verbs that open the aim a leading group is named by
_ALTERNATIVES = ("或者", "或是", "唯一")  # …科学院或者|省分院: another body; 国内唯一|光纤研发国家重点实验室: a rank
_KINDS_BEFORE_NAMES = ("智库", "咨询机构", "研究机构", "民调机构", "评级机构")  # 美国智库|卡内基…: a place, what the body is,
# then its name (not “一带一路”国际智库合作委员会)
_KINDS_LAST_CHARACTERS = frozenset(kind[-1] for kind in _KINDS_BEFORE_NAMES)
# Verbs that end a clause inside a run without an anchor (龙头企业建强技术创新中心).
_GOING_INTO = ("住进", "送往", "转往")  # where one is taken: its name, or no name (…因胆管癌住进|医院)
_CLAUSE_VERBS = ("推进", "建设", "建强", "深化", "加强", "布局") + _GOING_INTO
# Context that shows a run of ordinary words before a head noun names one institution.
_INSTITUTION_BEFORE = ("成立", "设立", "组建", "揭牌", "挂牌", "建成", "筹建", "落地", "落户", "新建", "建好", "开工建设", "举办", "召开", "运行",
                       "出席", "参加", "依托", "获批", "投用", "启用")
_DONE_BEFORE = tuple(f"{verb}的" for verb in _INSTITUTION_BEFORE)  # 举办的|东方经济论坛
_INSTITUTION_AFTER = re.compile(rf"(?<=医院)[{HAN}]{{2,4}}院区|(?:新馆|新址|分馆|新院区)?"  # 殷墟博物馆|新馆建成开放; 积水潭医院|新街口院区
                                r"(?:主任|副主任|候补委员|委员|常委|主席|副主席|院长|馆长|所长|校长|理事长|会长|秘书长|局长|副局长|团长|揭牌|挂牌|成立|开馆|开业|建成|"
                                rf"全体大会|年会|第[{NUMERALS}\d]{{1,3}}届(?:年会|大会|会议|全体会议)|"
                                r"正式运营|运营|高效运行(?!机制)|运行(?!机制)|投用|投运|启用|落成|组建|暨|获批|"
                                r"(?:多年|即将)(?:正式运营|运营|运行(?!机制))|"  # (…中心|多年运行良好, 即将正式运营)
                                r"(?<=中心)(?:要求|发布|通报|宣布|表示|指出|提醒|预计)|"  # (中国海上搜救中心|要求…: the centre speaks)
                                rf"、[^，。；、]{{2,18}}?(?:中心|研究院|实验室|馆)(?:揭牌|挂牌|成立|建成|投用|正式运营)|"
                                rf"致贺信|等(?:[{HAN}]{{0,4}})?(?:机构|平台|单位|论坛)|"
                                rf"在[{HAN}]{{2,8}}?(?:揭牌|挂牌|成立|落成|启用|开馆|开业))")  # (…中心|在省图书馆挂牌)
_MEETINGS_OF_A_BODY = ("全体大会", "年会", "代表大会", "理事会会议", "全体会议")  # after a body's name, its meeting
# A category or a rank, not one institution: 国家级研发中心, 首个…集结中心, 高水平理工类大学.
_GENERIC = re.compile(rf"[\d{COUNT_NUMERALS}]大(?!道)|^[个家所座批项]|[本此这该上下]届|更多|主要|定点|国家级|省级|市级|县级|国家一级|重点|首个|首批|首家|一批|多个|各类|各级|新型(?!冠状)|一流|高水平|世界级|顶级|区域性|"
                      rf"综合性|专业化|[\d{COUNT_NUMERALS}百千几多]+[个家所座批位]|类$|以上|所有|全部|"
                      rf"^(?:外商独资|中外合资|外资|合资|独资|公立|公办|[省市县]办|地级)|(?:城市|县级|县域|基层)(?:公立|公办)|公立医院|乡镇(?!企业)|两国|双方|各国|多国|驻外|很多|许多|不少|一些|"
                      r"[一二三]级(?:甲等|乙等)?(?:综合|专科|中医)?医院")
# (设立外商独资医院, 全面推开城市公立医院综合改革, 新建改造乡镇商贸中心, 中新两国实验室, 全国三级综合医院: a kind; not …乡镇企业局)
# What a centre does when it is a body rather than a role of a city (交易中心, not 金融中心 or 消费中心).
_SPECIAL_REGIONS = ("香港", "澳门", "香港特别行政区", "澳门特别行政区")
_BODY_WORK = ("交易", "研究", "检测", "疾控", "检验", "监测", "认证", "计量", "指挥", "调度", "培训", "评估", "鉴定", "控制", "急救", "发射",
              "仲裁", "调解", "转化", "孵化", "测控", "飞控")
# A key laboratory named by its field (富油煤资源化学与利用全国重点实验室): its rank is part of its name.
_KEY_LABS = ("全国重点实验室", "国家重点实验室")  # named by their field: 干旱区生态安全与可持续发展全国重点实验室
_KEY_LAB = re.compile(r"(?<=[\u4e00-\u9fff]{4})(?:" + "|".join(_KEY_LABS) + ")$")
# 建成…集散中心7个: a kind, counted; 博物馆总数, 人均博物馆拥有量: a statistic; 国际博物馆日: a day
_COUNTED_AFTER = re.compile(rf"[\d{COUNT_NUMERALS}百]+[个家所座批]|总数|数量|拥有量|日(?![报前])|[十百千]强|前[\d十百]+|等(?:设施|场所)")
# (…医院|百强: a ranking; 博物馆|日: a day, not 商会|日前; 学校医院|等设施: a kind of facilities)
_YEAR = re.compile(r"\d{4}年")
_SERVED_FROM = re.compile(r"(?:\d{4}年)?\d{1,2}月(?:起|至今)?(?:任|担任)[原前]?")  # the month a post was held from
_DAY = re.compile(r"(?:本月|上月|今年|去年|当月)?(?:\d{0,2}月)?\d{1,2}日")  # (月13日: the run stopped in it)
_ORDINAL = re.compile(rf"(?:第[\d{NUMERALS}]+[届次]|首届|[\d]{{4}}年?)")
_PARLIAMENT = re.compile("议会(?:大会)?")  # 亚洲议会大会: the assembly of a region's parliaments
_COUNTED_DELEGATIONS = re.compile(rf"[{COUNT_NUMERALS}]+(?:个|省|市|区|县)")


def _place_inside(starts: list[int], after: int, before: int) -> bool:
    """Whether one of the sorted place `starts` lies strictly between `after` and `before`."""
    k = bisect_right(starts, after)
    return k < len(starts) and starts[k] < before


def is_division_row(first: Candidate, second: Candidate) -> bool:
    """Two divisions in a row, the second inside the first (湖北省枝江市), not 四川 + 中国."""
    return first.label == second.label == "PLACE" and first.name[-1] in "省市州" and second.name[-1] in "市县区州旗"


_STOP_CHARS = set(LEFT_STOPS) - set("与和及经") | {"且", "兼", "则"}  # 中非创新合作与发展论坛, 贵州省文化和旅游厅, 经贸; 且: and; 则: then;
# 副秘书长兼|环境署主任: another post held with the body's
# A body inside a body, named after it: 预算工作委员会 of 全国人大常委会, 党群工作部 of a zone.
_SUB_BODY = re.compile(rf"(?:(?:(?![的和与及在是为对把向同给跟、，。；：“”（）])[{HAN}]){{2,8}}?(?:工作委员会|委员会|办公室|部际联席会议|工作部(?!际)|"
                       rf"管委会|党工委|会员总会|分会(?!场))|办公厅|办公室|宣传部|组织部)(?![{HAN}]{{0,1}}(?:委员|会议))")
# A unit of a body that works for it, named after it: 交通运输部|南海航海保障中心, 香港特别行政区政府|警务处.
UNIT_HEADS = ("中心站", "中心", "研究院", "研究所", "规划院", "设计院", "管理局", "处", "司")  # the heads of a unit that works for a body (a post's qualifier too)
_UNIT = re.compile(rf"(?:(?![的和与及等在是为对把向同给跟、，。；：“”（）])[{HAN}]){{2,10}}?(?:{'|'.join(UNIT_HEADS)})(?!长)")
_BUREAU = re.compile(rf"(?:(?![的和与及等在是为对把向同给跟各该原副])[{HAN}]){{2,4}}局(?![长级])")  # a ministry's bureau
_BUREAU_PARENTS = ("部", "委", "政府")  # the bodies whose bureaus are named after them
_UNIT_PARENTS = ("部", "委", "局", "署", "厅", "办", "政府", "委员会", "小组", "商会")  # bodies of state, party, trade
# A party department named bare inside a stack of titles: 市委常委、组织部部长张轩.
_STACKED_DEPARTMENT = re.compile(rf"、(组织部|宣传部|统战部|政法委|秘书长|办公厅|(?!中央)[{HAN}]{{2,4}}?部(?=部长|副部长))"
                                 r"(?=部长|副部长|书记|主任|秘书长|常务)")  # …候补委员、国际部部长
_OFFICE = re.compile(rf"(?:(?![的和与及在对把将为、])[{HAN}]){{1,3}}?办(?![公理法学事好成到结实得])")
_OFFICE_BODIES = frozenset({"国务院", "中央", "党中央", "中共中央"})
_WORLD = ("国际", "世界")
_DIRECTIONS = ("西南", "西北", "东南", "东北", "华中", "华南", "华东", "华北", "中南", "中国", "国家", "中央", "全国") + _WORLD


def _department_bureau(words_before: str) -> bool:
    """Whether a bureau's name after its place is a government department's (林业局), a branch of one (公安分局) or
    another bureau named after its place (上海|铁路局)."""
    canonical = department_forms()[1]
    return words_before in canonical or words_before in _PLACE_BUREAUS \
        or words_before.endswith("分局") and words_before[:-2] + "局" in canonical


_PLACE_BUREAUS = ("铁路局", "海事局", "邮政管理局", "气象局", "地震局")  # bureaus named after their place, of no government


@lru_cache(maxsize=None)
def department_forms() -> tuple[re.Pattern, dict[str, str]]:
    """A pattern for level + department, and each department spelling → canonical short form (a full name
    also without its 和: 发展改革委员会)."""
    canonical: dict[str, str] = {}
    for short, aliases, full in resources.departments():
        full = full.replace("{level}", "")
        for spelling in (short, *aliases, full, full.replace("和", "")):
            if spelling:
                canonical.setdefault(spelling, short)
    alternation = "|".join(sorted(map(re.escape, canonical), key=lambda s: (-len(s), s)))
    pattern = re.compile(f"([{LEVELS}])({alternation})(?![托屈婉任派员]|会(?!长)|(?<=办)[{_DOING}])")
    return pattern, canonical


_KINDS_OF_DIVISION = ("直辖", "省辖", "地级", "县级", "副省级", "计划单列", "设区的")  # a kind of city before its level
_DOING = "事实好理学法案成得妥结完"  # what 办 as a verb goes on with: 市政府|办事效率, 县委|办好实事 (not 县委办|主任)


@lru_cache(maxsize=None)
def _provincial_halls() -> re.Pattern:
    """A province's departments (厅) named bare, without 省: 自然资源厅会同农业农村厅、省林草局 (a 厅 is a province's)."""
    _, canonical = department_forms()
    halls = sorted((spelling for spelling, short in canonical.items() if short.endswith("厅") and len(spelling) >= 4),
                   key=lambda s: (-len(s), s))
    return re.compile("|".join(map(re.escape, halls)))


_JOINING_BODIES = ("会同", "联合", "和", "与", "及", "由", "牵头")  # words between bodies named one after another


# The state bodies of another country named after it: 美国国会, 日本政府, 韩国外交部, 塞尔维亚国民议会 (and their chambers:
# 塔吉克斯坦议会上院, 乌兹别克斯坦最高会议参议院, 缅甸联邦议会人民院, 蒙古国国家大呼拉尔, 尼泊尔联邦院, 古巴全国人民政权代表大会, 南非全国省务院),
# and its ministries by their shape (波兰基础设施部; not 美国中西部, 大部分, 部署, …集团总部).
_FOREIGN_BODY = re.compile(rf"(?:(?:国会|(?:国民|联邦|最高|立法|伊斯兰)?议会|最高会议|(?:国家)?大呼拉尔|国民大会|全国代表大会|国家杜马|(?:全国)?人民政权代表大会|最高人民会议|(?:全国)?省务院|大国民议会|国民会议|(?:人民)?协商会议|人民代表会议|地方代表理事会|最高苏维埃)(?:上院|下院|上议院|下议院|参议院|众议院|联邦院|国民院|人民院|民族院|主席团|常任委员会)?|"
                           rf"(?:临时|过渡|联合)?政府|国务院|部长会议|参议院|众议院|上议院|下议院|联邦议院|联邦参议院|联邦委员会|联邦院|国民院|人民院|内阁|"
                           rf"(?:最高|宪法)法院|(?:联邦|最高)?检察院|中央银行|央行|驻华大使馆|驻华使馆|总统府|(?:总统|总理|首相)办公室|国防军|武装部队|(?:联邦|国家)?安全(?:会议|委员会)|"
                           rf"警察局|警察厅|警视厅|"
                           rf"(?:(?![的了在是和与及对将向从等、部])[{HAN}]){{1,6}}?[^东西南北中内外局大小乐的了在是和与及对将向从等、部总干]部"
                           rf"(?!分(?!别)|[门署队位件落属])|(?:(?![的了在是和与及对将向从等、])[{HAN}]){{2,6}}?(?:组织|运动|阵线|卫队|联盟|同盟)(?![部员者工化会])"
                           rf"|(?:(?![的了在是和与及对将向从等、])[{HAN}]){{2,6}}?解放阵线)")  # (尼加拉瓜|桑地诺民族|解放阵线)


# A parliament or a ministry of another country named by the country's one-character name (墨众议院, 美国会, 俄外交部;
# not 美国会议, nor 新国会: a letter that is an everyday word; not 中俄|外交部: two countries).
_LETTER_BODY = re.compile("[" + LETTERS_ABROAD + "](?:众议院|参议院|国会(?!议)|议会"
                          "|(?:外交|国防|财政)部(?!长)|总统府)")  # 俄外交部|发言人扎哈罗娃 (not 美|国防部长: a title)


# A body of the United Nations by its shape (联合国近东救济工程处, 联合国难民署, 联合国粮食及农业组织).
_UN_BODY = re.compile(rf"联合国(?:(?![的了在是和与及对将等、])[{HAN}]){{1,10}}?(?:工程处|办事处|(?<![部签公专合总联])署(?![名长理])|基金会|组织|理事会|委员会|特派团)"
                      rf"(?![{HAN}]{{0,2}}(?:主任|成员|秘书|会议))|联合国(?:[{HAN}]{{2,4}}和)?[{HAN}]{{2,4}}事务部")  # 联合国经济和社会事务部


_MISSIONS = ("使馆", "领馆", "领事馆", "使团")  # a state's missions abroad, named by where they are stationed
_PUBLIC_OF = ("国立", "省立", "市立", "县立", "私立")  # whose school or hospital: opening its name as printed
_ORDINAL_COURT = re.compile(f"第[{COUNT_NUMERALS}]{{1,2}}中级人民法院")  # a city's courts numbered (北京市第一中级人民法院)


_AROUND = frozenset(("周边", "附近", "周围", "当地", "省内", "市内", "区内", "县内", "国内", "境内"))  # where, no name
_YEAR_THEN_VERB = re.compile(rf"\d年([{HAN}]{{2}})$")  # 谭天伟1981年考取|清华大学: a clause before a known body


_CONGRESS = re.compile(rf"第?[{NUMERALS}]+(?:大|次全国代表大会)")


def opens_congress(text: str, at: int) -> bool:
    """A party congress is named at `at` (中共|二十大, 中国共产党|第二十次全国代表大会)."""
    return bool(_CONGRESS.match(text, at))


def _titled_people_ends(text: str, start: int, end: int) -> list[int]:
    """Where the known people named right after a title in `text[start:end]` end (国务院副总理|韩正|在…): no
    institution's name runs across them."""
    lexicon, titles = builtin(), resources.titles()
    return [at + size for at in range(start + 2, end - 1) for size in (3, 2)
            if (entry := lexicon.get(text[at:at + size])) is not None and entry[0] == "PERSON"
            and text.endswith(titles, 0, at)]


@lru_cache(maxsize=None)
def _title_then_name() -> re.Pattern:
    """A title and the name of its holder, ending where the pattern is searched to (…主席科斯塔)."""
    return re.compile("(?:" + "|".join(map(re.escape, resources.titles())) + rf")[{HAN}·]{{2,6}}$")


@lru_cache(maxsize=None)
def _ministry_names() -> re.Pattern:
    """The names of the ministries of the gazetteer, the longest first (other countries' have the same names)."""
    names = sorted((name for name, kind in resources.kinds("orgs.tsv") if kind == "ministry"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


def is_foreign_body(words: str) -> bool:
    """Whether `words` name a state body after a country's name (国会 of 日本国会)."""
    return bool(words) and _FOREIGN_BODY.fullmatch(words) is not None


# A party of another country named after it (朝鲜劳动党, 日本自民党, 老挝人民革命党), not 党员, 党委, 执政党, 全党 ….
_PARTY_ROLE = re.compile("(?:最大)?(?:执政党|在野党|反对党)|第一大党|执政的")  # 韩国执政党|国民力量党, 英国执政的|保守党: the party
# named after its role
_PARTY_REACH = 120  # how far before a party named after its role alone (最大反对党|工党) its country may be named
_PARTY_AFTER_ROLE = re.compile(rf"(?:(?![的和与及在、党])[{HAN}]){{1,7}}党(?![员委组建校史性风纪务政内外派群])")  # 共同民主党, 工党
_FOREIGN_PARTY = re.compile(rf"(?![两各多]|全(?!国)|执政党|在野党|反对党|任何|所有|其[他它]|一些|有关)"
                            rf"(?:(?![的和与及在对把向同给跟、党])[{HAN}]){{1,6}}?(?<![少多]数)党"
                            rf"(?!委(?!员长)|[员组建校史性风纪务政内外派群])")  # (朝鲜劳动党|委员长: its chairman; not
# 众议院少数党: a chamber's minority, nor 全党; but 苏丹|全国大会党)


_PARTY_REGIONS = frozenset(("台湾", "香港", "澳门"))  # regions with parties of their own (台湾劳动党, 香港民主党)
_JOINED_PARTY = re.compile(rf"—(?:(?![的和与及在、])[{HAN}]){{2,8}}?(?:党|阵线|联盟|运动)(?![员委])")


def _joined_end(text: str, end: int) -> int:
    """The end of a party's or a front's name that a dash joins to another (津巴布韦非洲民族联盟|—爱国阵线, …解放运动|—社会
    民主党), else `end`."""
    joined = _JOINED_PARTY.match(text, end)
    return joined.end() if joined else end


_PARTY_HEADS = "主席|副主席|总书记|领袖|总裁"  # the titles of a party's head
_PARTY_TITLE_AFTER = re.compile(f"(?:名誉|第一)?(?:{_PARTY_HEADS}|领导人|秘书长)")  # after a party's name
_PARTY_ORGAN = re.compile(rf"中央(?:委员会)?(?:政治局|书记处|[{HAN}]{{1,4}}?部(?![长门分署]))?")
# A communist party of another country by its one-character name, before one of its organs: 越共中央.
_PARTY_LETTERS = {**COUNTRY_LETTERS, "古": "古巴"}  # the countries whose communist party a letter and 共 name (越共, 古共)
_COMMUNIST_PARTY = re.compile("([" + "".join(ch for ch in _PARTY_LETTERS if ch != "中") + "])共(?=中央)")
_RULING_PARTY = re.compile("(?:老挝|越南|古巴|朝鲜)党(?=中央)")  # a ruling party by its country's name: 老挝党|中央政治局


# The democratic parties by the short names that are words' pieces too (人民建|设), and what may be listed beside them.
_BARE_PARTIES = {"民革": "中国国民党革命委员会", "民建": "中国民主建国会", "民进": "中国民主促进会"}
_PARTY_NAMES = ("民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "台盟")
_BESIDE_PARTY = re.compile(rf"(?:{'|'.join(_PARTY_NAMES)}|无党派人士|[{HAN}]{{1,6}}界)(?=[、，和及委])")


def _publishers(text: str) -> list[Candidate]:
    """The publishing house of a newspaper the gazetteer knows, named with 社 after it (经济日报社, 人民日报社)."""
    found = []
    for at in all_after(text, "报社") if "报社" in text else ():
        if text.startswith("论", at):
            continue  # 人民日报|社论: the paper's editorial
        paper = next((at - 1 - k for k in range(2, 7) if text[at - 1 - k:at - 1] in resources.media()), None)
        if paper is not None:
            found.append(Candidate(paper, at, "ORG", text[paper:at], FULL))
    return found


# A newspaper named in book-title marks (《新苏黎世报》, 《华盛顿邮报》; not 《联合公报》, a document).
_NEWSPAPER = re.compile(rf"《([{HAN}]{{1,10}}?(?<![公通简情海画捷喜电汇])报)》")


def _newspapers(text: str) -> list[Candidate]:
    """Newspapers named in book-title marks (瑞士历史最为悠久的报纸《新苏黎世报》)."""
    return [Candidate(m.start(1), m.end(1), "ORG", m.group(1), RULE) for m in _NEWSPAPER.finditer(text)] \
        if "报》" in text else []


def _bare_parties(text: str) -> list[Candidate]:
    """民革, 民建, 民进 listed with other parties or with sectors of the CPPCC (看望民革、科技界、环境资源界委员)."""
    found = []
    for short, name in _BARE_PARTIES.items():
        for after in all_after(text, short) if short in text else ():
            start = after - 2
            listed = text[after:after + 1] in ("、", "和") and _BESIDE_PARTY.match(text, after + 1) \
                or text[start - 1:start] == "、" and any(text.endswith(party, 0, start - 1) for party in _PARTY_NAMES)
            if listed and not crosses_word(text, start):
                found.append(Candidate(start, after, "ORG", name, RULE))
    return found


def _parties_before_their_heads(text: str, places: list[Candidate], known: list[Candidate]) -> list[Candidate]:
    """A party named bare before its head's title, its name of two to five characters after a boundary, a
    conjunction or a verb of meeting (会见了…和|新民党|主席, ，|左联党|主席、政府总理); not a party named by its role, its
    kind or a count alone (执政党主席, 民主党主席, 两党总书记), nor one after a place or a known body's name."""
    found = []
    for after in all_after(text, "党") if "党" in text else ():
        if not _PARTY_HEAD.match(text, after):
            continue
        start = after - 1
        while start > after - 7 and start > 0 and is_han(text[start - 1]) and text[start - 1] not in LEFT_STOPS:
            start -= 1
        opening = words.read(text[start:after - 1])
        if len(opening) > 1 and resources.word_tag(opening[0])[:1] in ("v", "d"):
            start += len(opening[0])  # 会见|新民党主席: the verb, then the party
        name = text[start:after]
        if len(name) < 3 or start > 0 and is_han(text[start - 1]) and text[start - 1] not in LEFT_STOPS \
                or name in _GENERIC_PARTIES or name in PARTY_KINDS or resources.word_tag(opening[0])[:1] in ("r", "m") \
                or any(ch in COUNT_NUMERALS for ch in name) \
                or any(c.start < after and start < c.end for c in [*places, *known]):
            continue
        found.append(Candidate(start, after, "ORG", name, RULE))
    return found


_PARTY_HEAD = re.compile(f"(?:名誉|第一)?(?:{_PARTY_HEADS}|党首)")  # after a party named bare
_GENERIC_PARTIES = frozenset(("执政党", "反对党", "在野党", "少数党", "多数党", "政党", "该党", "本党", "我党", "全党", "入党",
                              "建党", "爱党", "友党", "两党", "各党", "大党", "老党"))


def _institutes_of_academies(text: str, known: list[Candidate]) -> list[Candidate]:
    """An institute of an academy by the short name of its field after the academy's (中科院|理化所, 中国科学院|自动化所),
    as the academies' own texts abbreviate them; not what the academy owns or has (中科院|所属单位), nor its institutes
    as a kind (中科院|研究所)."""
    found = []
    for academy in known:
        institute = _INSTITUTE_BY_FIELD.match(text, academy.end) if academy.name in _ACADEMIES else None
        if institute and institute.group(1) != "研究" \
                and not any(resources.word_tag(w) in ("d", "p", "c", "r", "u") for w in words.read(institute.group(1))):
            found.append(Candidate(academy.start, institute.end(), "ORG", text[academy.start:institute.end()], RULE))
    return found


_ACADEMIES = frozenset(("中国科学院", "中国社会科学院", "中国农业科学院", "中国医学科学院"))
_INSTITUTE_BY_FIELD = re.compile(rf"((?:(?![的和与及在是为对把等])[{HAN}]){{1,5}}?)所(?![有在以属得需谓长带做作说提指想见])")
# (not 院士叶玉如|所带领的…: 所 before a verb)


_QUOTED_PARTY = re.compile(rf"“([^“”，。\n]{{2,16}}?(?:{'|'.join(PARTY_KINDS)}))”")


_QUOTED_SOCIETY = re.compile(rf"“([^“”，。、\n]{{2,14}}?(?:{'|'.join(SOCIETY_HEADS)}))”|“([^“”，。、\n]{{2,14}})”(?=组织(?:称|说|表示|指出|认为|发布|[，。、]))")  # (not “一带一路”|组织协调)


_QUOTED_CENTRE = re.compile(rf"“([^“”，。、\n]{{2,16}}?(?<![{COUNT_NUMERALS}])(?:{'|'.join(CENTRE_HEADS)}))”(?={'|'.join(OPENED)})")
# (not “两院一中心”正式运行: institutions counted, a formulation)


def _quoted_bodies(text: str) -> list[Candidate]:
    """A body whose kind is said before its quoted name (极端组织“伊斯兰国”, 民兵组织“人民动员组织”) or after it (“叙利亚人权观察”
    组织), a quoted party's name (“俄罗斯共和党—人民自由党”), a quoted society's (“马克思学说研究会”), a quoted forum's
    (“2021从都国际论坛”) and an institution's said to open (“16+1全球伙伴中心”揭牌)."""
    found = [Candidate(m.start(1), m.end(1), "ORG", m.group(1), FULL) for m in quoted_bodies(text)]
    found += [Candidate(m.start(1), m.end(1), "ORG", m.group(1), FULL) for m in _QUOTED_CENTRE.finditer(text)] \
        if "”" in text else []
    found += [Candidate(m.start(1), m.end(1), "ORG", m.group(1), FULL) for m in _QUOTED_PARTY.finditer(text)] \
        if "党”" in text else []
    found += [Candidate(m.start(1), m.end(1), "ORG", m.group(1), RULE) for m in _QUOTED_FORUM.finditer(text)
              if not resources.is_ordinary_word(m.group(1)[:-2])] if "论坛”" in text else []
    return found + [Candidate(m.start(m.lastindex), m.end(m.lastindex), "ORG", m.group(m.lastindex), FULL)
                    for m in _QUOTED_SOCIETY.finditer(text)] if "”" in text else found


_QUOTED_FORUM = re.compile(rf"“(?:\d{{4}}年?)?((?:(?![的和与及在、])[{HAN}]){{2,12}}论坛)”")  # “2021从都国际论坛”: a forum's
# name quoted with its year (从 opens no other name)


_ROLE_WORDS = ("执政党", "在野党", "反对党", "第一大党")  # what `_PARTY_ROLE` finds, looked for first: fast
_FRONT_AFTER_ROLE = re.compile(rf"(?:(?![的和与及在、])[{HAN}]){{2,10}}?(?:解放阵线|阵线)")


def _parties_after_roles(text: str, place_ends: dict[int, Candidate]) -> list[Candidate]:
    """A party named after its role with no country before it (奥尔特加所在执政党|桑地诺民族解放阵线; after a country:
    `find_orgs`'s places), by the shape of a party's or a front's name."""
    found = []
    for role in _PARTY_ROLE.finditer(text) if any(word in text for word in _ROLE_WORDS) else ():
        if role.start() in place_ends:
            continue  # 韩国|执政党…: the country names it
        named = _PARTY_AFTER_ROLE.match(text, role.end()) or _FRONT_AFTER_ROLE.match(text, role.end())
        if named and not crosses_word(text, named.end()) \
                and resources.word_tag(words.read(named.group())[0])[:1] not in ("v", "d"):  # (执政党|加强治党: a verb)
            found.append(Candidate(role.end(), named.end(), "ORG", named.group(), FULL))
    return found


_STATIONED = ("纪检监察组", "纪检组")


def _stationed_teams(text: str, bodies: list[Candidate]) -> list[Candidate]:
    """The discipline inspection team a commission stations in a body, named with both: 中央纪委国家监委驻|国家安全部|
    纪检监察组 (a post there: …原组长)."""
    if "驻" not in text:
        return []
    by_end = {b.end: b for b in bodies if b.label == "ORG"}
    found = []
    for word, at in ((word, at) for word in _STATIONED if word in text for at in all_after(text, word)):
        host = by_end.get(at - len(word))
        if host is None or text[host.start - 1:host.start] != "驻":
            continue
        sender = by_end.get(host.start - 1)
        start = sender.start if sender is not None else host.start - 1
        found.append(Candidate(start, at, "ORG", text[start:at], FULL))
    return found


_OLD_COMMITTEES = ("地委", "特委")  # the party's committees of a prefecture and of a special region, before 1949 and after


_DEMOCRATIC_PARTY = re.compile("民革|民盟|民建|民进|农工党|致公党|九三学社|台盟")  # the short names their committees open with
_LOCAL_COMMITTEE = re.compile("(?:省|市|自治区|区|县)?委(?:员会)?")


def _democratic_party_committees(text: str, places: list[Candidate]) -> list[Candidate]:
    """A democratic party's committee of a province or a city: its short name, the place, 委 (民盟|吉林|省委, 九三学社|
    北京市|委)."""
    opening = {p.start: p for p in places}
    found = []
    for party in _DEMOCRATIC_PARTY.finditer(text):
        place = opening.get(party.end())
        committee = _LOCAL_COMMITTEE.match(text, place.end) if place is not None else None
        if committee:
            found.append(Candidate(party.start(), committee.end(), "ORG", text[party.start():committee.end()], FULL))
    return found


def _armed_police_unit_end(text: str, at: int) -> int | None:
    """The end of a unit of the armed police named after its place, right at `at` (…|总队, …|机动总队, …|支队), or None."""
    unit = next((u for u in ("机动总队", "总队", "支队") if text.startswith(u, at)), None)
    return at + len(unit) if unit else None


def _own_party_known(name: str | None, countries) -> bool:
    """Whether a known body named right after a region is its own party (台湾|国民党, the 中国国民党), not one abroad the
    name also stands for (香港|民主党: not the 美国民主党)."""
    return name is not None and not any(name.startswith(country) for country in countries)


def find_orgs(text: str, places: list[Candidate], orgs: list[Candidate], firms: list[Candidate] = ()) -> list[Candidate]:
    """Local bodies (level or place + department), foreign state bodies, delegations and institutions (named after a
    place, a body or a firm: `firms`)."""
    pattern, canonical = department_forms()
    place_by_end = {p.end: p for p in places}
    place_starts = sorted({p.start for p in places})
    found: list[Candidate] = []
    countries, states = resources.foreign_countries(), resources.world_cities()
    known = {org.start: org.name for org in orgs}
    for place in places:
        party = _FOREIGN_PARTY.match(text, place.end) if place.name in countries or place.name in _PARTY_REGIONS \
            and not _own_party_known(known.get(place.end), countries) else None
        if party and resources.word_tag(words.read(party.group())[0]) == "v" \
                and not _PARTY_TITLE_AFTER.match(text, party.end()):  # (not 劳工党: vn)
            party = None  # 越南|坚持党的领导: a verb, no party's name (but 塞尔维亚|前进党|主席)
        role = _PARTY_ROLE.match(text, place.end) if place.name in countries and not party else None
        after_role = role.end() + 2 * text.startswith("——", role.end()) if role else 0  # (韩国执政党——|新国家党)
        if role and (named := _PARTY_AFTER_ROLE.match(text, after_role)):
            found.append(Candidate(after_role, named.end(), "ORG", place.name + named.group(), FULL))  # 韩国执政党|国民力量党
            party, place = named, place._replace(start=after_role)  # (its organs below)
        if place.name in countries and "党" in text[place.end + 1:place.end + _PARTY_REACH]:
            for later in _PARTY_ROLE.finditer(text, place.end + 1, place.end + _PARTY_REACH):  # 英国…。目前，最大反对党|工党
                named = _PARTY_AFTER_ROLE.match(text, later.end())
                if named and later.group() != "执政的" and "\n" not in text[place.end:later.start()]:
                    found.append(Candidate(later.end(), named.end(), "ORG", place.name + named.group(), FULL))
        if party:  # 朝鲜劳动党, 日本自民党, 越南共产党
            end = _joined_end(text, party.end())
            found.append(Candidate(place.start, end, "ORG", text[place.start:end], FULL))
            organ = _PARTY_ORGAN.match(text, party.end())
            if organ:  # 越南共产党中央, 朝鲜劳动党中央国际部: the bodies a post there belongs to
                found.append(Candidate(place.start, organ.end(), "ORG", text[place.start:organ.end()], FULL))
        body = (_FOREIGN_BODY.match(text, place.end) or _ministry_names().match(text, place.end)) \
            if place.name in countries or place.name in states else None  # (苏联|高等教育部: 等 ends no name there)
        if body and place.name not in countries and body.group().endswith(("总统府", "使馆")):
            body = None  # 阿斯塔纳|总统府: a venue in a city (but 俄亥俄州|自然资源部: a state's own department)
        if body and body.group()[-1] in "部织动线队" and (
                any(resources.word_tag(w) == "v" for w in words.read(body.group()[:-1]))
                and not (body.group()[-1] in "动线" and _PARTY_TITLE_AFTER.match(text, _joined_end(text, body.end())))
                or body.group().startswith(_BEFORE_INSTITUTION)  # (平壤|会见中联部: 会见 a noun to the dictionary)
                or _place_inside(place_starts, place.end, body.end())):
            body = None  # 老挝等|建立省部: no ministry; 以色列|威胁伊朗外交部: another country's
        if body and body.group().endswith(("组织", "运动", "阵线", "联盟", "同盟")) \
                and not words.has_name_word(body.group()[:-2]) and not _PARTY_TITLE_AFTER.match(text, _joined_end(text, body.end())):
            body = None  # 巴勒斯坦|伊斯兰抵抗运动, 斯里兰卡|人民联合阵线|领袖; not 美国|群众运动
        if place.name in resources.world_regions() and text.startswith("议会", place.end):
            body = _PARLIAMENT.match(text, place.end)  # 中美洲议会, 拉丁美洲议会, 欧洲议会: a region's parliament
        if body and not text.startswith(("长", "行长"), body.end()):  # a title: 美国财政部长, 日本央行行长  # FULL: not harvested, the rule finds it again wherever the country is found
            end = _joined_end(text, body.end())
            found.append(Candidate(place.start, end, "ORG", place.name + text[body.start():end], FULL))
    for match in scan(_LETTER_BODY, text):  # 墨众议院, 美国会: a country by its letter, then its parliament
        before = text[match.start() - 1:match.start()]
        if not crosses_word(text, match.start()) and before not in COUNTRY_LETTERS and not before.isdigit():  # (13日|外交部)
            body = match.group()  # named with the country in full: 俄国防部 → 俄罗斯国防部, 美国会 → 美国国会
            found.append(Candidate(match.start(), match.end(), "ORG", COUNTRY_LETTERS[body[0]] + body[1:], RULE))
    for match in _NATIONAL_TERM.finditer(text) if "届全国委员会" in text else ():  # 政协第十四届全国委员会: a term by its name
        found.append(Candidate(match.start(), match.end(), "ORG", match.group(), RULE))
    found += [Candidate(m.start(), m.end(), "ORG", m.group(), RULE) for m in _NUMBERED_UNIT.finditer(text)] \
        if "部队" in text else []  # 61786部队, 96315部队42分队: army units by their numbers
    for match in _ORDINAL_COURT.finditer(text) if "中级人民法院" in text else ():  # 上海市|第二中级人民法院
        place = place_by_end.get(match.start())
        if place is not None and place.name.endswith("市"):
            found.append(Candidate(place.start, match.end(), "ORG", place.name + match.group(), RULE))
    found += [Candidate(place.start - 2, end, "ORG", text[place.start - 2:end], RULE) for place in places
              if text.endswith("武警", 0, place.start) and (end := _armed_police_unit_end(text, place.end))]
    # (武警|福建|总队: the armed police's corps of a province)
    found += _bare_parties(text) + _parties_before_their_heads(text, places, orgs)
    found += _institutes_of_academies(text, orgs)
    found += _publishers(text) + _newspapers(text)
    for match in _UN_BODY.finditer(text) if "联合国" in text else ():  # 联合国近东救济工程处
        found.append(Candidate(match.start(), match.end(), "ORG", match.group(), FULL))
    for match in _COMMUNIST_PARTY.finditer(text) if "共中央" in text else ():
        organ = _PARTY_ORGAN.match(text, match.end())
        found.append(Candidate(match.start(), organ.end(), "ORG",
                               _PARTY_LETTERS[match.group(1)] + "共产党" + organ.group(), FULL))
    for match in _RULING_PARTY.finditer(text) if "党中央" in text else ():
        organ = _PARTY_ORGAN.match(text, match.end())
        found.append(Candidate(match.start(), organ.end(), "ORG", text[match.start():organ.end()], FULL))
    for after in all_after(text, "中共"):  # 中共中央|宣传部: a department of the Central Committee, as printed
        organ = _PARTY_ORGAN.match(text, after)
        if organ and organ.end() - organ.start() > 2 and organ.group().endswith("部"):
            found.append(Candidate(after - 2, organ.end(), "ORG", text[after - 2:organ.end()], FULL))
    for word in _OLD_COMMITTEES if "委" in text else ():
        for end in all_after(text, word):
            place = place_by_end.get(end - 2)
            if place is not None and text[end:end + 1] != "员":  # (not 地委员: a member)
                start = place.start - 2 if text[place.start - 2:place.start] == "中共" else place.start
                found.append(Candidate(start, end, "ORG", text[start:end], RULE, "committee"))  # 中共九江|地委
    committees_by_end = {c.end: c for c in orgs + found if c.label == "ORG"}
    for match in scan(pattern, text):
        level_at = match.start(1)
        dept = canonical[match.group(2)]
        role = "committee" if dept in _COMMITTEES else None
        if text.startswith("工作报告", match.end()):
            continue  # 广东省政府工作报告: a document
        place = place_by_end.get(level_at + 1)
        doubled = place_by_end.get(level_at) if place is None else None
        if doubled is not None and (doubled.name[-1] == match.group(1) or match.group(1) == "市"
                                    and doubled.name in resources.world_cities()):
            # 浦东新区|区委: the level said again; 马德里|市政府: a city abroad named without its 市
            found.append(Candidate(doubled.start, match.end(), "ORG", doubled.name + match.group(1) + dept, RULE, role))
            continue
        if place is not None and place.start < level_at:
            start = place.start - 2 if text[place.start - 2:place.start] == "中共" else place.start  # 中共湖北省委
            name = place.name + (match.group(2) if place.name in _SPECIAL_REGIONS else dept)  # (香港特别行政区|法院: no
            found.append(Candidate(start, match.end(), "ORG", name, RULE, role))  # people's court, its word as printed)
            continue
        paired = max((c for c in (found[-1:] + [committees_by_end.get(level_at)]) if c is not None and c.end == level_at),
                     key=lambda c: len(c.name), default=None) \
            if level_at >= 2 and text[level_at - 2] == text[level_at] and text[level_at - 1] == "委" else None
        if paired is not None and paired.name.endswith(text[level_at - 2:level_at]):
            # 黑龙江省委|省政府: the body named with the party committee before it is the same place's (over 省政府)
            found.append(Candidate(level_at, match.end(), "ORG", paired.name[:-1] + dept, RULE + 1, role))
            continue
        if text[level_at - 2:level_at] == "省区" or text.endswith(_KINDS_OF_DIVISION, 0, level_at):
            continue  # 31个省区市人大常委会, 直辖市政府, 地级市政府: of every province or city of a kind, no one body
        if text.startswith("自治区", level_at - 2):  # 自治区政府, 自治区党委: the autonomous region's own
            found.append(Candidate(level_at - 2, match.end(), "ORG", "自治区" + dept, RULE, role))
            continue
        before = text[level_at - 1:level_at + 1] if level_at else ""
        if before and resources.is_common_word(before, 20):
            if dept == "管委会":  # 园区管委会
                found.append(Candidate(level_at - 1, match.end(), "ORG", before + dept, RULE, role))
            continue  # 地区, 社区 …
        found.append(Candidate(level_at, match.end(), "ORG", match.group(1) + dept, RULE, role))
    found += _departments_listed(text, canonical)
    halls = _provincial_halls()
    for match in halls.finditer(text) if "厅" in text else ():
        if match.start() == 0 or not is_han(text[match.start() - 1]) or text.endswith(_JOINING_BODIES, 0, match.start()):
            found.append(Candidate(match.start(), match.end(), "ORG", "省" + canonical[match.group()], RULE))

    found += _sub_bodies(text, orgs + found + [p for p in places if len(p.name) >= 4 and p.name[-1] == "区"])
    found += _sent_groups(text)
    for match in matches_at(_CHAMBER, text, starts_before(text, _CHAMBER_MARKS, 3)):  # 同议会上院|议长阿希姆巴耶夫、参议院|主席洪森
        if not (match.group().endswith("委员会") and crosses_word(text, match.start())):
            found.append(Candidate(match.start(), match.end(), "ORG", match.group(), RULE))
    found += _committees_before_titles(text, orgs + found)
    found += _offices(text, orgs + found)
    for match in scan(_LABS_AFTER, text):  # 嵩山、神农等实验室, 长白山、三江、吉光3个省实验室: labs by their bare names
        at = clause_start(text, match.start())
        items = re.split("[、和]", text[at:match.start()])  # 六盘山和贺兰山两个实验室
        if len(items) < 2 or not all(2 <= len(item) <= 6 and all(map(is_han, item)) for item in items) or \
                match.group(1) and len(items) != numeral_value(match.group(1) + "个"):  # 长白山、三江、吉光3个省实验室
            continue
        for item in items:
            lab = _bare_lab(item, at)
            if lab is not None:
                found.append(lab._replace(name=text[lab.start:lab.end]))
            at += len(item) + 1
    for head in all_after(text, "、") if "实验室" in text else ():  # 嘉陵江、|明月湖实验室: labs sharing the head
        shared = _SHARED_LAB.match(text, head)
        last = shared.group()[:-3] if shared else ""
        if not shared or _bare_lab(last, head) is None or _GENERIC.search(last):
            continue  # (基础研究、重点实验室: no lab named 重点)
        at = clause_start(text, head - 1)
        items = text[at:head - 1].split("、")
        labs = [_bare_lab(item, at + sum(len(x) + 1 for x in items[:k])) for k, item in enumerate(items)]
        if labs and all(labs):
            found += [lab._replace(name=lab.name + "实验室") for lab in labs]
    found += _abbreviated_institutes(text, orgs + found + list(firms))
    for match in scan(_WORLD_BODY, text):  # 国际葡萄酒组织; not 国际组织, 国际金融组织, 国际及区域组织 (kinds by scope)
        if text.startswith(_SCOPES_JOINED, match.start() + 2):
            continue
        if not crosses_word(text, match.start()) or words.reads_as_word(text, match.start(), match.end()):  # 设立|国际…
            found.append(Candidate(match.start(), match.end(), "ORG", match.group(), FULL))
    found += _stationed_teams(text, orgs + found)
    found += _quoted_bodies(text)
    found += _parties_after_roles(text, place_by_end) + _democratic_party_committees(text, places)
    known_spans = {(o.start, o.end) for o in orgs}
    for match in scan(_STACKED_DEPARTMENT, text):
        if match.span(1) not in known_spans:  # (中央农办主任、|农业农村部部长: a ministry the lexicon knows, a body of its own)
            found.append(Candidate(match.start(1), match.end(1), "ORG", match.group(1), RULE, "committee"))
    branches = [Candidate(m.start(), m.end(), "ORG", m.group(), RULE) for m in _SERVICE_BRANCH.finditer(text)] \
        if "军" in text or "八一" in text else []  # (anchors only: 海军|工程大学, 空军|机要研究所)
    anchors = sorted(places + orgs + found + list(firms) + branches, key=lambda c: c.start)  # 鞍钢博物馆: a firm's
    spans = {c.start: c for c in sorted(anchors, key=lambda c: c.length)}  # the longest anchor at each start
    ends = {a.end for a in spans.values()}
    body_ends = frozenset(a.end for a in spans.values() if a.label in ("ORG", "COMPANY"))
    known_by_end = {c.end: c for c in orgs if c.label == "ORG"}
    listed = []  # centres that only a list may show to be bodies
    named_before = len(found)
    place_spans = {(p.start, p.end) for p in places}
    for match in scan(_INSTITUTION, text):
        if any((match.start() - k, match.end()) in place_spans for k in (1, 2)):
            continue  # 南|联盟: the end of a place's name (a state), no head of a body
        if match.group() == "大学" and resources.is_ordinary_word(text[match.start() - 1:match.start() + 1], 50):
            continue  # 扩大学前教育: not a university
        if match.group() == "论坛" and text[match.start() - 1:match.start()] == "分":
            continue  # …高峰论坛系列|分论坛: the sessions of a forum named before them
        if match.group() == "局" and text[match.start() - 1:match.start()] in _NOT_BUREAU \
                and not (text.endswith("创新", 0, match.start()) and text[match.start() - 3:match.start() - 2] not in "开新"):
            continue  # (新局 of 开创新局, 开新局; but 科技创新局, a bureau)
        if match.group()[-1] in "会社" and is_han(text[match.end():match.end() + 1]) \
                and len(words.word_read_at(text, match.end() - 1) or "") > 1:
            continue  # the head's last character opens the next word: 中国科协|会同, 中国残联|会徽, 人民日报|社论
        start = name_start(text, match.start(), match.end(), spans, ends, nearest=match.group() == "代表团",
                           body_ends=body_ends)
        if start is not None and match.group().endswith("小组") and text[start - 2:start] in _TASK_VERBS \
                and (start < 3 or text[start - 3] in "、，。；\n" or text.endswith(_MEETING_ACTS, 0, start - 2)):
            start -= 2  # 国务院副总理、|推进“一带一路”建设工作领导小组: a group named by its task, its verb first
        if start is not None and "思想" in text[max(0, start - 20):start + 12]:
            start = _thought_opening(text, start, spans)
        start = _after_former(text, start, spans) if start is not None else None  # 原|北京军区
        if start is not None and text.endswith(_PUBLIC_OF, 0, start):
            start -= 2  # 省立|杭州第一师范学校: a school of the province, as its name was printed
        if start is not None and text[start - 1:start] == "驻" and match.group().endswith(_MISSIONS):
            start -= 1  # 我|驻马来西亚大使馆: a mission named by where it is stationed
        if start is not None and match.group().endswith(_MISSIONS) \
                and (ours := text.rfind("我国驻", start, match.start())) > start:
            start = ours  # 北约袭击|我国驻南联盟使馆: our mission, named from 我国
        stationed = (2 if text.endswith("常驻", 0, start) else 1 if text.endswith("驻", 0, start) else 0) \
            if start is not None and match.group() == "代表团" else 0
        if stationed and _counted(text, start - stationed - 3):
            continue  # 50多个国家|驻日内瓦代表团: missions counted, no name
        if stationed and text.endswith("中国", 0, start - stationed):
            start -= stationed + 2  # 中国常驻|日内瓦代表团: China's permanent mission
        if start is not None and _counted(text, start - 1) and not (start in spans and spans[start].label == "PLACE"):
            continue  # 多个|国家代表团: things counted, no name (but 两个|宁夏科创中心: named by their place)
        if match.group() == "代表团" and start in spans and spans[start].label == "ORG" \
                and spans[start].end == match.start():
            continue  # 日本公明党|代表团: the party is named, its delegation is no body of its own
        if match.group() == "代表团" and start is not None and _COUNTED_DELEGATIONS.search(text, start, match.start()):
            continue  # 上海、江苏、浙江、安徽三省一市代表团, 河南、广东两个代表团: several delegations, counted
        if start is not None and start not in spans and (known := known_by_end.get(match.end())) is not None \
                and start < known.start and (_YEAR.fullmatch(text, start, known.start)  # 2022年|中非合作论坛: an edition
                                             or not resources.word_tag(text[start:known.start]).startswith(("n", "t", "s", "f"))
                                             and not any(ch.isdigit() for ch in text[start:known.start])
                                             or (verb := _YEAR_THEN_VERB.search(text, start, known.start)) is not None
                                             and resources.word_tag(verb.group(1)) == "v"
                                             or text[start:known.start] in _AROUND):  # 依托周边|南京大学
            start = known.start  # 赛华征|清华大学, 确保|宁夏大学: a known body's whole name, not the words before it
            # (夏季|达沃斯论坛, 2025年夏季|达沃斯论坛: a kind or an edition of it)
        if start is not None and text[start - 1:start] == "《" and text[match.end():match.end() + 1] == "》":
            continue  # 《童趣美术馆》: a work named like a body (a known medium, 《人民日报》, is the lexicon's)
        if start is not None and match.end() - start >= 4:
            end = match.end()
            end = _served_place_end(text, end, spans) or end  # 国家碳计量中心（河南）
            found.append(Candidate(start, end, "ORG", text[start:end], FULL))
        elif (match.group() == "中心" or match.group() in _RESEARCH_HEADS) \
                and "、" in (text[match.end():match.end() + 1], text[match.start() - 14:match.start()]):
            listed.append(match)
    bodies = [c for c in found + orgs + list(firms) if c.label in ("ORG", "COMPANY")]
    body_starts, body_ends = {c.start for c in bodies}, {c.end for c in bodies}
    anchored_ends = {c.end for c in bodies if c.start in spans or text.startswith(("国家", "中国"), c.start)}
    for match in listed:  # a centre named next to a body in a list: one too (…创新中心、南港绿色石化科创中心、…研究院)
        start = name_start(text, match.start(), match.end(), spans, ends, body_ends=frozenset(body_ends), listed=True)
        if start is None:
            start = _researched_in_a_list(text, match, anchored_ends)
        if start is not None and match.end() - start >= 4 and (
                text[start - 1:start] == "、" and start - 1 in body_ends
                or text[match.end():match.end() + 1] == "、" and match.end() + 1 in body_starts):
            found.append(Candidate(start, match.end(), "ORG", text[start:match.end()], FULL))
    found += _branches_in_places(text, found + orgs, places)
    found += _sub_bodies(text, found[named_before:]) + _listed_alike(text, found + orgs)
    return [c for c in found if not (text[c.start - 1:c.start] == "“" and text.startswith("”", c.end)
                                     and text.startswith(EPITHET_AFTER, c.end + 1))]  # (“竹类博物馆”美誉: an epithet)


_UNNAMED = ("有关", "相关", "其他", "其它", "各")
_LISTED_HEADS = ("委员会", "办公室", "研究院", "研究所", "局", "厅")
_LISTED_BODY = re.compile(rf"[{HAN}]{{1,10}}?(?:{'|'.join(_LISTED_HEADS)})(?=[、，。；和及]|关于|$)")


def _listed_alike(text: str, bodies: list[Candidate]) -> list[Candidate]:
    """Bodies listed after one, each ending in its head (全国人大民族委员会、|法律委员会、内务司法委员会、…): the same kind."""
    found = []
    for body in bodies:
        head = next((h for h in _LISTED_HEADS if body.label == "ORG" and body.name.endswith(h)), None)
        at = body.end
        while head is not None and text.startswith("、", at):
            item = _LISTED_BODY.match(text, at + 1)
            if item is None or not item.group().endswith(head) or len(item.group()) <= len(head) + 1 \
                    or any(w in item.group() for w in LEFT_STOP_WORDS + _UNNAMED):  # (…、常委会有关工作委员会: unnamed)
                break
            found.append(Candidate(item.start(), item.end(), "ORG", item.group(), RULE - 1))
            at = item.end()
    return found


_BRANCH_IN_PLACE = re.compile("|".join(BRANCHES + ("分院",) + POSTED_OFFICES))  # (not 峰会: a summit in a place is an event)


def _branches_in_places(text: str, bodies: list[Candidate], places: list[Candidate]) -> list[Candidate]:
    """A body's branch in a place, named after the body and the place, or the place it is posted to (中国和平统一促进会|
    香港|总会, 中央电视台|驻北京|记者站)."""
    place_at = {p.start: p for p in places}
    found = []
    for body in bodies:
        posted = text[body.end:body.end + 1] == "驻"
        place = place_at.get(body.end + posted) if body.label == "ORG" else None
        branch = _BRANCH_IN_PLACE.match(text, place.end) if place is not None else None
        if branch is not None and not crosses_word(text, branch.end()):
            found.append(Candidate(body.start, branch.end(), "ORG", text[body.start:branch.end()], RULE))
    return found


_RESEARCH_HEADS = ("研究院", "研究所", "实验室")
_RESEARCH_FIELD = 6  # the fewest characters of the field that names an institute of ordinary words in a list


def _researched_in_a_list(text: str, match: re.Match, anchored_ends: set[int]) -> int | None:
    """The start of a research institute named by its field alone, a whole item of a list whose item before is a
    body named after a place, a body or the state (国家合成生物技术创新中心、|南港绿色石化科创中心、通用机床工程研究院):
    the field six characters or more (not 人工智能实验室, a kind)."""
    head = match.start()
    if match.group() == "中心":
        if not text.endswith("科创", 0, head):
            return None  # (a centre of another kind: its list rule is name_start's)
        head -= 2
    start = text.rfind("、", max(0, head - 14), head) + 1
    if not start or head - start < _RESEARCH_FIELD \
            or not all(map(is_han, text[start:head])) or _INSTITUTION.search(text, start, head):
        return None  # (not 西湖大学牵头建设|全国重点实验室: a body, then what it builds)
    previous = start - 1
    while previous not in anchored_ends:  # (the item before, or the one before that, anchored)
        previous = text.rfind("、", max(0, previous - 20), previous)
        if previous < 0 or previous < start - 40:
            return None
    return start


# A parliament's chamber before its chair, or with one of its committees (众院司法委员会, 参议院外交关系委员会).
_CHAMBER = re.compile(rf"(?:议会)?(?:上|下|上议|下议|参议|众议|参|众|民族|人民|联邦)院(?=副?议长|副?主席)|(?:参议|众议|参|众)院[{HAN}]{{2,6}}?委员会"
                      rf"|(?:(?<![{HAN}])|(?<=[和与及、]))联邦议会(?=副?议长)")  # (…和|联邦议会|议长阿佩)
_CHAMBER_MARKS = ("上院", "下院", "议院", "参院", "众院", "族院", "民院", "邦院", "邦议会")  # one ends each
# chamber's name, at most three characters in (民族院, 人民院, 联邦院: the upper or lower houses of Algeria, India,
# Switzerland)
_SENT_GROUP = re.compile(rf"[{NUMERALS}\d]{{1,4}}(?:指导组|巡视组|督导组|督察组)")
_CAMPAIGNS = ("主题教育", "学习教育")
_CHAIR = re.compile("副?主任")  # the chair of a committee, right after its abbreviated name
_SPEAKERS = ("负责人", "新闻发言人", "发言人")  # who speaks for a committee, after its abbreviated name and its parent body
_COMMITTEE_REACH = 6  # characters of an abbreviated committee's name before 委 (宪法法律委, 农业农村委)
_COMMITTEE_NEXT = ("、", "分别", "关于")  # after a committee's name in a list or before what it submits


def _bare_lab(item: str, at: int) -> Candidate | None:
    """The lab an item of a list of labs names by its bare name (嵩山, 神农; 挂牌建设|嘉陵江: after verbs), at `at`, or None
    (just below RULE: a bare name is a lab only in its list, not wherever it occurs: 三江源)."""
    lead = 0
    for word in words.read(item) if item else ():
        if len(word) < 2 or resources.word_tag(word) != "v" or len(item) - lead - len(word) < 2:
            break
        lead += len(word)  # 挂牌建设|嘉陵江
    name = item[lead:]
    if 2 <= len(name) <= 4 and all(map(is_han, name)) and not resources.is_ordinary_word(name, 20):
        return Candidate(at + lead, at + len(item), "ORG", name, RULE - 1)
    return None


_MERGING = ("并入", "划入", "更名", "改为", "改建", "整合", "合并", "升格")  # 国家预防腐败局|并入国家监察委员会: two bodies


def _sub_bodies(text: str, bodies: list[Candidate]) -> list[Candidate]:
    """Bodies inside the `bodies`, named right after them (全国人大常委会|预算工作委员会, …实验区|党群工作部, 国家防灾减灾救灾
    委员会|办公室), and the units of a body of state, party or trade named by what they do (交通运输部|南海航海保障中心;
    not 发展改革委|支持建设…中心: a verb; not 中山医院|国家医学中心: a designation; not 党中央…|落到实处: a word; not
    世界银行中国局|高级经济学家司克礼: a title, then a surname)."""
    found = []
    for body in sorted(bodies, key=lambda c: c.start):
        sub = _SUB_BODY.match(text, body.end)
        if sub is None and body.label == "ORG" and body.name.endswith(_UNIT_PARENTS) \
                and (unit := _UNIT.match(text, body.end)) is not None and not crosses_word(text, unit.end()) \
                and not (text[unit.end() - 1] in "处司" and (resources.is_common_word(text[unit.end() - 2:unit.end()], 20)
                                                            or text.endswith(resources.titles(), unit.start(), unit.end() - 1))) \
                and (resources.word_tag(words.read(unit.group())[0])[:1] not in ("v", "d", "p", "c")
                     or unit.group().endswith("司") and len(unit.group()) <= 5 and body.name.endswith("部")):
            sub = unit  # (外交部|翻译司: a ministry's department, named by what it does)
        if sub is None and body.label == "ORG" and body.name.endswith(_BUREAU_PARENTS) \
                and (bureau := _BUREAU.match(text, body.end)) is not None and not crosses_word(text, bureau.end()) \
                and not resources.is_common_word(text[bureau.end() - 2:bureau.end()], 20):
            sub = bureau  # 公安部|交管局, 中央宣传部|理论局 (not 商务部积极|布局, 外交部|当局)
        if sub and not any(w in sub.group() for w in LEFT_STOP_WORDS + _MERGING) and not _EDITION.match(sub.group()) \
                and resources.word_tag(words.read(sub.group())[0]) not in ("d", "p", "c"):  # (美国众议院|已要求…委员会)
            found.append(Candidate(body.start, sub.end(), "ORG", text[body.start:sub.end()], RULE))
    return found


_SOME_DEPARTMENTS = re.compile(rf"等(?:\d+|[{COUNT_NUMERALS}]+)?个?(?:部门|单位)")  # (…、卫计委等48个部门)


def _departments_listed(text: str, canonical: dict[str, str]) -> list[Candidate]:
    """Departments named bare in a list of them (由发展改革委、市场监管局等部门牵头), by their canonical short forms."""
    found = []
    for end in [m.start() for m in _SOME_DEPARTMENTS.finditer(text)] if "等" in text else ():
        at = max(text.rfind(mark, max(0, end - 80), end) for mark in "，。；：\n（）") + 1
        for k, item in enumerate(text[at:end].split("、") if "、" in text[at:end] else ()):
            lead = next((n for n in range(len(item) - 2) if canonical.get(item[n:]) not in (None, *_COMMITTEES)), None) \
                if k == 0 else 0  # (包括|商务厅、…: the words that lead the list)
            if lead is not None and len(item) - lead >= 3 and canonical.get(item[lead:]) not in (None, *_COMMITTEES):
                name = canonical[item[lead:]]
                found.append(Candidate(at + lead, at + len(item), "ORG", "省" + name if name.endswith("厅") else name, RULE))
                # (a province's hall, named as `_provincial_halls` names it)
            at += len(item) + 1
    return found


def _sent_groups(text: str) -> list[Candidate]:
    """The groups the centre sends out (中央第四十六指导组), with their campaign where it comes right before them
    (…主题教育中央第二十指导组: from the start of its clause)."""
    found = []
    for after in all_after(text, "中央第"):
        group = _SENT_GROUP.match(text, after)
        if group:
            start = after - 3
            if text.endswith(_CAMPAIGNS, 0, start):
                start = max([text.rfind(mark, max(0, start - 40), start) for mark in "，。；：、\n"]
                            + [text.rfind(conj, max(0, start - 40), start) for conj in "及和与"]) + 1  # 穆虹及|主题教育…
            found.append(Candidate(start, group.end(), "ORG", text[start:group.end()], RULE))
    return found


def _offices(text: str, bodies: list[Candidate]) -> list[Candidate]:
    """Offices by their abbreviations after the body they serve or 全国 (国务院减负办, 省委改革办, 全国双拥办; not 省委|督办,
    政府|主办: the word before 办 a verb; not 全国|累计新办: a verb or an adverb first)."""
    served = [(body.start, body.end) for body in bodies if body.name in _OFFICE_BODIES or body.role == "committee"]
    found = []
    for start, end in served + [(at - 2, at) for at in all_after(text, "全国")]:
        office = _OFFICE.match(text, end)
        if office and resources.word_tag(office.group()[-2:])[:1] in ("", "n") \
                and resources.word_tag(office.group())[:1] in ("", "n") \
                and resources.word_tag(words.read(office.group())[0]) not in ("v", "d") \
                and (len(office.group()) >= 3 or text[end - 2:end] != "全国"):
            found.append(Candidate(start, office.end(), "ORG", text[start:office.end()], RULE))
    return found


def _people_before(text: str, end: int) -> bool:
    """Whether a title or a word for people ends at `end` (首席执行官, 企业家, 学者)."""
    return any(text[end - size:end] in resources.title_set() for size in range(2, 7) if end >= size) \
        or text[end - 1:end] in ("家", "者") and any(resources.is_common_word(text[end - size:end], 20)
                                                     for size in (2, 3) if end >= size)


def _after_former(text: str, start: int, anchors: dict[int, Candidate] | None = None) -> int:
    """`start`, or past the 原 or 前 that opens a former body's name before a place or an anchor (原|北京军区, 原|上海市农委),
    when no word runs across it (not 原子能…, 前进…)."""
    if text[start:start + 1] in ("原", "前") and not crosses_word(text, start + 1) and (
            anchors is not None and start + 1 in anchors or any(is_known_place(text[start + 1:start + k]) for k in (3, 4))):
        return start + 1
    return start


def _committees_before_titles(text: str, known: list[Candidate]) -> list[Candidate]:
    """Committees by their abbreviations, named right before their chair's title (全国人大民委|主任委员, 、外事委|主任委员,
    常委会法工委|副主任) or who speaks for them (全国人大常委会预算工委|负责人), in a list or before what they submit
    (全国人大民委、宪法法律委、外事委分别提出, 、预算工委关于…报告):
    after a body they belong to (at least two characters of their own) or after a mark or a function word (听取了|宪法
    法律委: at least three, not a common word: not 村委主任)."""
    body_ends = {c.end: c for c in known if c.label == "ORG"}
    found = []
    for after in all_after(text, "委"):
        chair = _CHAIR.match(text, after) is not None
        speaker = text.startswith(_SPEAKERS, after)
        if not (chair or speaker or text.startswith(_COMMITTEE_NEXT, after)) or after - 1 in body_ends \
                or after in body_ends:
            continue
        start = after - 1
        while start > 0 and after - start <= _COMMITTEE_REACH and start not in body_ends and is_han(text[start - 1]) \
                and text[start - 1] not in _STOP_CHARS and text[start - 1] != "的":
            start -= 1
        start = _after_former(text, start)  # 是原|上海市农委副主任: a former body's chair
        core = text[start:after]
        if not chair and (core.endswith("常委") or core in resources.titles()):
            continue  # 中共中央政治局常委、|国务院总理: a seat, no committee
        parent = body_ends.get(start)
        opening = start == 0 or not is_han(text[start - 1]) or text[start - 1] in _STOP_CHARS or text[start - 1] == "的"
        named = not resources.is_common_word(core, 3) or resources.word_tag(core) == "nt" and core[0] != "党"  # (法工委)
        listed = text[start - 1:start] == "、" and start - 1 in body_ends  # 全国人大民委、|宪法法律委、…分别提出
        if parent is not None and len(core) >= 2 or not speaker and opening and len(core) >= 3 and named and (
                chair or listed or text.startswith("关于", after)):
            begin = parent.start if parent is not None else start
            found.append(Candidate(begin, after, "ORG", text[begin:after], RULE))
            body_ends[after] = found[-1]
    return found


# An institute by its abbreviation, a list item (北化院, 石科院, 长春应化所).
_BEFORE_ITEM, _AFTER_ITEM = set("、，。；：\n"), set("、，。；等")
_NOT_ABBREVIATED = ("学院", "医院", "法院", "剧院", "书院", "影院", "戏院", "大院")


def _abbreviated_institutes(text: str, known: list[Candidate]) -> list[Candidate]:
    """Institutes named by an abbreviation no dictionary has, listed next to a body or a firm (or another such
    institute): 中石化ABS、燕山石化绿色新材料、北化院、石科院等 (not 养老院, 重点场所, 科研院所)."""
    spans = []
    for end in sorted(all_after(text, "院") + all_after(text, "所")):  # (the heads first: `re` would try each character)
        if text[end:end + 1] not in _AFTER_ITEM:
            continue
        start = next((end - size for size in (5, 4, 3) if text[end - size - 1:end - size] in _BEFORE_ITEM
                      and all(map(is_han, text[end - size:end]))), None)
        name = text[start:end] if start is not None else ""
        if name and "的" not in name and not resources.is_common_word(name, 1) and not name.endswith(_NOT_ABBREVIATED) \
                and not any(resources.is_ordinary_word(name[i:-1], 20) for i in range(len(name) - 2)
                            if i < 2 or len(name) - 1 - i > 2):  # (天大|前沿院: an abbreviation, then a word)
            spans.append((start, end))
    if not spans:
        return []
    starts, ends = {k.start for k in known}, {k.end for k in known}
    taken: dict[int, int] = {}  # start → end of those taken
    for _ in range(2):  # a second time: next to one taken the first time (北化院、石科院)
        for start, end in spans:
            item_before = text.rfind("、", 0, start - 1) + 1
            if start - 1 in ends or item_before in starts or end + 1 in starts or start - 1 in taken.values() \
                    or end + 1 in taken:
                taken[start] = end
    return [Candidate(start, end, "ORG", text[start:end], RULE - 1) for start, end in sorted(taken.items())]


# A quoted formulation that opens an institution's name after a verb or punctuation.
_QUOTED_LEAD = re.compile(r"“[^“”，。；]{2,12}”$")
_BEFORE_QUOTED_LEAD = "，。、；：（\n批设立届在对与向的"  # (or a verb that takes the institution as its object)
_ORDINAL_BEFORE = re.compile(rf"(?:第[\d{NUMERALS}]+|首)届$")
_LEVEL_LEADS = "市省"


def _level_lead(text: str, at: int) -> int:
    """The length of the level word that opens a body of the province, region or city at `at` (省, 市, 自治区), or 0."""
    if text[at:at + 1] and text[at] in _LEVEL_LEADS:
        return 1
    return 3 if text.startswith("自治区", at) else 0


_INITIATIVE_LEADS = ("数字", "智慧", "美丽", "健康", "平安", "法治")  # 数字中国, 美丽中国: initiatives named after a place
_NOT_AFTER_LEVEL = "属级部市省县区内外委"  # 市属医院, 省级实验室, 省内…: not a body of the province or city
# A national centre by its own name (国家生猪技术创新中心, 国家健康战略资源中心), not a kind or a role (国家医学中心,
# 国家区域医疗中心, 国家重要先进制造业中心, 国家医学中心和区域医疗中心): six characters or more between; a centre of
# cooperation between countries named by their one-character names (中日韩创新合作中心) or between China and others
# (中国—太平洋岛国减贫与发展合作中心).
_JOINT_WORDS = "政府间|高层|企业家|友好|高级别|联合"  # what opens the name of a joint body after its two parties
# China and a partner named by a letter that is an everyday character too, before a joint body's words (中沙|高级别…).
_JOINT_PAIR = re.compile(f"中[{PARTNER_LETTERS}](?={_JOINT_WORDS})")
_NATIONAL_NAMED = re.compile(rf"(?:国家|中国)(?!重要|级)[^和与及、]{{5,14}}|[日韩美俄欧非英法德澳东盟阿拉{PARTNER_LETTERS}]{{2,4}}"
                             rf"[^和与及、]{{0,8}}合作[^和与及、]{{0,4}}"  # 中越双边合作指导委员会
                             rf"|中[{PARTNER_LETTERS}](?:{_JOINT_WORDS})[^和与及、]{{0,8}}"  # 中柬政府间协调委员会
                             rf"|中国[{DASHES}][^，。、]{{2,16}}合作")


def _served_place_end(text: str, end: int, anchors: dict[int, Candidate]) -> int | None:
    """The end of a place in brackets right after `end`, the place an institution serves (…中心（河南）)."""
    bracketed = _BRACKETED_PLACE.match(text, end)
    if bracketed and end + 1 in anchors and anchors[end + 1].end == bracketed.end() - 1:
        return bracketed.end()
    return None


def _field_start(text: str, start: int, end: int) -> int:
    """Where the field a key laboratory is named by starts in `text[start:end]`: after the adverbs and verbs
    that open it (分批|推进|全国重点实验室: none)."""
    for piece in words.read(text[start:end]):
        if resources.word_tag(piece)[:1] not in ("d", "v", "p", "c", "m") or resources.word_tag(piece) == "vn":
            break
        start += len(piece)
    return start


def _two_states_at(text: str, at: int, anchors: dict[int, Candidate]) -> bool:
    """Whether two states, the first China or abroad, the second abroad, open a name at `at`, side by side or joined by
    a dash (中国—沙特|高级别联合委员会): a body of both."""
    first = anchors.get(at)
    if first is None or first.label != "PLACE" or first.name != "中国" and first.name not in resources.foreign_countries():
        return False
    second = anchors.get(first.end + 1 if text[first.end:first.end + 1] in DASHES else first.end)
    return second is not None and second.label == "PLACE" and second.name in resources.foreign_countries()


# A national designation that a field names (集成电路|国家制造业创新中心), a kind without it.
_NATIONAL_KIND = re.compile("国家(?:制造业|产业|技术|工程技术|临床医学)?(?:创新|研究)中心")
_HEADS_BEFORE = ("实验室", "研究院", "研究所", "大学", "医院", "政府")  # heads of a name before another's


_SOME = frozenset("多几数每各")  # counts without a figure: 多个|国家代表团
_DEMONSTRATIVES = frozenset("这那此哪")  # what points to one named before: 这支|骑兵团
_MEASURES = (_COUNT_WORDS - frozenset("余多次届")) | {"级", "大"}  # the measure words of a count (not 第二届, 第三次: ordinals;
# 省、市两级|领导小组: the levels of a kind)


def _counted(text: str, at: int) -> bool:
    """Whether text[at] is the measure word of a count (6000余名|党校校长, 3个|中心, 多个|国家代表团, 几大|医院)."""
    if text[at] not in _MEASURES or text[at] == "大" and crosses_word(text, at + 1):
        return False  # (首届五大道|金融论坛: 大道, a word of a name)
    digit = at - 2 if text[at - 1:at] in ("余", "多") else at - 1
    return text[digit:digit + 1].isdigit() or text[at - 1:at] in _SOME or text[at - 1:at] in COUNT_NUMERALS


# The guiding thoughts that name the institutions that study them: 习近平经济思想研究中心.
_GUIDING_THOUGHT = re.compile("习近平(?:新时代中国特色社会主义思想|经济思想|法治思想|生态文明思想|外交思想|强军思想|文化思想)")


def _thought_opening(text: str, start: int, anchors: dict[int, Candidate]) -> int:
    """Where a name that `start` cuts inside or right after a guiding thought opens: at the thought, or at the body
    whose centre it is (教育部|习近平新时代中国特色社会主义思想研究中心)."""
    for thought in _GUIDING_THOUGHT.finditer(text, max(0, start - 24), start + 12):
        if thought.start() < start <= thought.end():
            body = next((at for at in range(max(0, thought.start() - 12), thought.start()) if at in anchors
                         and anchors[at].end == thought.start() and anchors[at].label == "ORG"), None)
            return thought.start() if body is None else body
    return start


def _after_function_words(text: str, start: int, head_at: int) -> int:
    """Where a name without an anchor may start in the run before its head: after the last personal pronoun or adverb
    the likeliest reading has there, and the verbs right after it (可前两年她就是不愿意去|医院, 大病才上|医院: no name;
    闫帅已经多次往返|良乡医院)."""
    lead = text[start:head_at]
    if not _CLAUSE_MARK.search(lead):
        return start
    at = cut = start
    after_clause = False
    for piece in words.read(lead):
        at += len(piece)
        if piece in _CLAUSE_CHARS or piece in _CLAUSE_WORDS or after_clause and resources.word_tag(piece) == "v":
            cut, after_clause = at, True
        else:
            after_clause = False
    return cut


_CLAUSE_CHARS = PERSONAL_PRONOUNS - {"我"} | frozenset("就才也还又再只却便仍曾没会")  # pronouns and adverbs: a clause, no
# name (我省|人民医院 is one)
_CLAUSE_WORDS = ("已经", "正在", "一直", "曾经", "经常", "多次", "常常", "总是", "终于", "刚刚", "仍然", "依然", "不仅", "不但")
_CLAUSE_MARK = re.compile(f"[{''.join(sorted(_CLAUSE_CHARS))}]|{'|'.join(_CLAUSE_WORDS)}")


_UNNAMED_UNIT = re.compile("某(?:试验训练基地|训练基地|基地|部队|部|旅|团|师|营|连|队)")  # a military unit left unnamed
_SUMMITS = ("峰会", "首脑会议", "领导人会议", "外长会议", "部长级会议")  # a meeting named after a body and its partner
_THIS_ONE = ("本次", "此次", "这次", "本届", "此届", "这届")  # before a bare head: the one the text is about


def _manner_before(text: str, at: int) -> bool:
    """Whether the word before `at` says how something is done (前所未有|地, 积极|地): an idiom or an adverb."""
    before = words.read(text[max(0, at - 6):at])
    return bool(before) and len(before[-1]) >= 2 and resources.word_tag(before[-1]) in ("i", "l", "ad", "a", "z", "d")


def name_start(text: str, head_at: int, head_end: int, anchors: dict[int, Candidate], ends: set[int],
               nearest: bool = False, body_ends: frozenset[int] = frozenset(), listed: bool = False) -> int | None:
    """Where the institution whose head noun starts at `head_at` begins, or None.

    The name runs left to punctuation or to a verb that takes it as its object (举办, 建成, 成立 …).
    Within that run it starts at the leftmost anchor — a place, a body, a direction word — (the
    nearest one for a delegation), at the last of places in a row (湖北省枝江市…中心 → 枝江市…), or
    after the verb of a short place name that is its subject (惠州建设…中心); else at the start of the
    run, without leading verbs and ordinals (第六届). A category or rank (国家级研发中心, 首个…) is none;
    a name without an anchor made only of ordinary words (公立医院), and any 中心, needs context
    that shows one institution (成立, 揭牌, 主任, 等新型研发机构). `ends`: where the anchors end; `body_ends`:
    where those that are bodies or firms end.
    """
    best = None
    if text[head_at - 1:head_at] in ("和", "与", "及") and not crosses_word(text, head_at - 1):
        return None  # 青少年学生和|纪念馆工作人员: a bare head after a conjunction names no institution (协和医院 does)
    served = False  # a place in brackets inside the name: 乡村振兴（太谷）论坛
    i = head_at
    reach = 26 if text.startswith(("领导小组", "协调小组"), head_at) else 18  # (a group named by its whole task:
    # 中央应对新型冠状病毒感染肺炎疫情工作|领导小组)
    while i > 0 and head_at - i < reach:
        ch = text[i - 1]
        if i == head_at and ch in "一某" and i - 1 in ends:
            return None  # 日本一|电视台, 美国某|大学: one of a place's, unnamed
        if ch == "该" and text[i - 2:i - 1] not in TRANSLITERATION:
            return None  # 援建的该校|图书馆, 该院|重点实验室: one the text named before, not a name
        if text.endswith(_THIS_ONE, 0, i) and (i == head_at or head_at - i == 2
                                                and resources.is_common_word(text[i:head_at], 100)):
            return None  # 出席本次|论坛, 本届|组委会, 这次|高峰|论坛: the one the text is about, named before
        dash = i - 1 - (ch in DASHES and text[i - 2:i - 1] == ch)  # (one or two: 中国——中东欧, 中国--中东欧)
        if ch in DASHES and dash in ends and text.startswith(_SUMMITS, head_end):
            break  # 中国－|海湾阿拉伯国家合作委员会峰会: the summit of China and the body, which opens after the dash
        if ch in DASHES and dash in ends:
            i = dash  # 中国—北欧经贸合作论坛, 第三届中国--中东欧国家经贸论坛
            continue
        if ch in "）)":  # 乡村振兴（太谷）论坛: the place it is held or serves, in brackets inside the name
            opening = max(text.rfind("（", max(0, i - 8), i - 1), text.rfind("(", max(0, i - 8), i - 1))
            inner = text[opening + 1:i - 1] if opening > 0 else ""
            if 2 <= len(inner) <= 6 and all(map(is_han, inner)) and is_han(text[opening - 1]) and (
                    opening + 1 in anchors or not resources.is_ordinary_word(inner)):
                i, served = opening, True
                continue
        quoted = _QUOTED_LEAD.search(text, max(0, i - 16), i) if ch == "”" else None
        if quoted and quoted.start() in ends:
            i = quoted.start()  # 中国西藏“环喜马拉雅”国际合作论坛: a formulation inside the name, after a place
            continue
        if quoted and text.endswith("中央", 0, quoted.start()) and text.startswith(("领导小组", "协调小组"), head_at):
            best = quoted.start() - 2  # 中央“不忘初心、牢记使命”主题教育领导小组: the central group of a campaign
            break
        joined = max(text.rfind(conj, i, head_at) for conj in "和与及") if quoted else -1
        if joined >= 0 and (words.has_name_word(text[joined + 1:head_at]) or joined + 1 in anchors):
            # “一带一路”倡议和|欧亚经济联盟: a quoted lead of the thing named before it (not “中国+中亚五国”产业与投资合作论坛,
            # one name)
            best = joined + 1
            break
        if quoted and (quoted.start() == 0 or text[quoted.start() - 1] in _BEFORE_QUOTED_LEAD
                       or text.endswith(_BEFORE_INSTITUTION + _LEADING_VERBS, 0, quoted.start())):
            i = quoted.start()  # “一带一路”国际技术转移中心
            ordinal = _ORDINAL_BEFORE.search(text, max(0, i - 6), i)
            best = ordinal.start() if ordinal else i  # 第三届“一带一路”国际合作高峰论坛
            held = next((k for k in range(best - 2, max(-1, best - 8), -1) if k in anchors
                         and anchors[k].end == best and anchors[k].label == "PLACE"), None) if ordinal else None
            best = best if held is None else held  # 香港|第八届“一带一路”高峰论坛: where its editions are held
            break
        if ch in _LEVEL_LEADS and i >= 3 and resources.word_tag(text[i - 3:i - 1]) == "v" and not crosses_word(text, i - 1) \
                and head_at - i >= 4 and text[i] not in _NOT_AFTER_LEVEL:
            i -= 1  # 投用|市技术转移研究院: a verb, then a body of the city
            best = i
            break
        if ch in "·及" and i >= 2 and text[i - 2] in TRANSLITERATION and text[i:i + 1] in TRANSLITERATION:
            i -= 1  # 比尔及梅琳达·盖茨基金会: the names of people it is named after
            continue
        if ch in _MEASURES and text[i - 2:i - 1] in _DEMONSTRATIVES and i >= 2 and not any(k in anchors for k in range(i, head_at)):
            return None  # 这支|骑兵团, 这个|委员会: one the text named before, not a name
        if ch in _MEASURES and _counted(text, i - 1) and not any(c in "和与及、" for c in text[i:head_at]):
            if best is not None and best in anchors and anchors[best].label == "PLACE":
                break  # 两个|宁夏科创中心: the centres a place names
            return None  # 6000余名|党校校长, 建设3个|旗舰医院: a count of a kind, no institution (not 3个省实验室和|…研究院)
        inner_digits = ch.isascii() and ch.isalnum() and i >= 2 and (is_han(text[i - 2]) or text[i - 2].isalnum())
        transliterated = ch == "其" and text[i - 3:i - 2] in TRANSLITERATION and text[i - 2:i - 1] in TRANSLITERATION
        of_a_name = ch == "的" and any(k in anchors and anchors[k].end >= i for k in range(max(0, i - 8), i - 1))
        if ch in PUNCT or ch == "的" and not text.endswith("中央党", 0, i - 1) and not of_a_name \
                or ch == "其" and i not in ends and not transliterated or not (is_han(ch) or inner_digits) \
                or ch == "即" and text[i - 2:i - 1] in "”’：，" or ch == "号" and text[i - 2:i - 1].isdigit() or \
                ch == "地" and words.word_read_at(text, i - 1) == "地" and _manner_before(text, i - 1) or \
                ch in _STOP_CHARS and not transliterated and text[i - 2:i - 1] != "、" \
                and (not (crosses_word(text, i - 1) or crosses_word(text, i)) or words.word_read_at(text, i - 1) == ch) \
                or text.endswith(_TIME_WORDS + _ALTERNATIVES, 0, i) \
                or text.endswith(("首都", "首府"), 0, i) and i - 2 in ends \
                or text[i - 1:i] in _KINDS_LAST_CHARACTERS and any(text.endswith(kind, 0, i) and i - len(kind) in ends
                                                       for kind in _KINDS_BEFORE_NAMES):
            break  # a preposition or conjunction, not a character of a word (据 in 根据地), nor a list item's first
            # character (、从都国际论坛); 中国500强企业高峰论坛; “1”即|省疾控中心 (not 接诉即办改革论坛); 在|世界技能博物馆
            # (在世 is a word, not read here); 今年|论坛; 291号|北京长峰医院 (an address); 盖茨及其|基金会 (its; not
            # 土耳其|灾害与应急管理署, 第四届库布其|国际沙漠论坛: a transliterated name; but 中央党的|建设工作领导小组, and
            # 的 inside a place's name: 亚的斯亚贝巴|阿勒塔医院)
        if i < head_at and text.endswith(_HEADS_BEFORE, 0, i) and (after := words.read(text[i:head_at])):
            verb = 1 if len(after) > 2 and resources.word_tag(after[0]) in ("d", "m") else 0
            if len(after) > 2 and resources.word_tag(after[0]) == "vn" and resources.word_tag(after[1]) == "v":
                break  # 河南省人民医院|对口帮扶|兰考县中心医院: what the one before does for this one
            if len(after[verb]) > 1 and resources.word_tag(after[verb]) == "v":
                if verb:
                    return None  # 海南医科大学|首次跻身软科世界大学: a clause after the body, an adverb and a verb
                break  # 藏语智能实验室|跻身全国重点实验室: another institution ends before a verb (not 青海大学|三江源…实验室)
        if ch in "和与及" and _people_before(text, i - 1):
            break  # 首席执行官和|商协会代表, 企业家和|商协会: people, then a body
        if text.endswith(_BEFORE_INSTITUTION, 0, i) and not (text.endswith("联合", 0, i) and text.startswith("国", i)) \
                and not (text.endswith("共同", 0, i) and (text.startswith("体", i) or i == head_at
                                                         or resources.word_tag(text[i - 2:i + 2]) == "n")) \
                or (best is not None and text.endswith(_LEADING_VERBS, 0, i)
                                                         and not text.startswith(_KEY_LABS, best)
                                                         and text[i - 3:i - 2] not in ("与", "和")) or \
                ch == "好" and resources.word_tag(text[i - 3:i - 1]).startswith("v"):
            break  # 举办…; 安顺学院更名建设|贵州文化旅游学院: a verb before an anchored name (not 环境与发展|国际…, nor 联合|国, nor 共同|体
            # of 联合国世界数据论坛, nor a noun 共同 opens: 两岸共同市场|基金会, nor 共同 of its head: …人文交流共同|委员会); 建设好|大青山实验室
        i -= 1
        if i in anchors and anchors[i].end <= head_at or text.startswith(_DIRECTIONS, i) \
                or (text[i:i + 2] in BILATERAL_PAIRS or _JOINT_PAIR.match(text, i)) and not crosses_word(text, i) \
                and head_at - i >= 4 \
                and text[i - 1:i] != "届" and not text.startswith("班列", i + 2):
            # (not 招商局 in 省招商局; 离开|中法友好医院: the two states a body is named after; not the 中欧 of 中欧班列, a
            # train, nor after an edition's number: 第二届|中美…论坛)
            best = i
            if nearest:
                break
    if nearest:
        return best
    if text[i:i + 1] in ("与", "及", "暨") or text[i:i + 1] == "和" and words.word_read_at(text, i) == "和":
        i += 1  # 与|怀柔国家实验室, 和|中新（重庆）…理事会, 举行暨|中部市场联盟: no name opens with a conjunction (和平 is
        # a word)
    day = _DAY.match(text, i)
    if day and day.end() < head_at:
        i = day.end()  # 本月14日|执政联盟, 今天（7月22日）: a date opens no name
    year_at = i
    while year_at > 0 and text[year_at - 1].isdigit():
        year_at -= 1  # (the run stops inside a year's digits)
    held_from = _SERVED_FROM.match(text, year_at)
    if held_from and held_from.end() < head_at:
        i = held_from.end()  # 2015年2月-2018年3月任原|食品药品监管总局局长: when a post was held, then the body
        best = best if best is not None and best >= i else None
    year = _YEAR.search(text, max(0, i - 3), i + 5)
    known = anchors.get(year.end()) if year else None
    if year and known is not None and known.label == "ORG" and known.end == head_end:
        i = year.end()  # 2024年|中非合作论坛: a body known without the year (an edition of it is an event)
    elif year and year.start() <= i < year.end() and text.startswith(_MEETINGS_OF_A_BODY, head_end):
        i = year.end()  # 2025年|世界工程组织联合会全体大会: the year is the meeting's, not the body's
    elif year and year.start() <= i < year.end():
        i = year.start()  # 2025年国际医学创新合作论坛: the year of an edition, as 第四届 (the run stopped inside it)
    elif _ACRONYM.match(text, i):
        while i > 0 and "A" <= text[i - 1] <= "Z":
            i -= 1  # (the acronym's letters the run left behind: RCEP after a comma)
    elif text[i:i + 1].isascii() and text[i:i + 1].isalnum():
        while i < head_at and text[i].isascii() and text[i].isalnum():
            i += 1  # 10余场主题论坛: digits open no name (中国500强 inside one)
        if text[i:i + 1] in _COUNT_WORDS and (best is None or best < i or text.startswith(_WORLD, best)):
            return None  # 33场分论坛, 3场国际交流主题分论坛: things counted, no name (but 70多次|中央深改领导小组)
        if best is not None and best < i:
            best = None
    if best is not None and best > i and text.startswith(_WORLD, best):
        best = None  # 东方枢纽|国际商务合作区: 国际 opens a name only where the run starts
    # Another institution and a conjunction: this one starts after them (省实验室和|省科技创新研究院, a known body:
    # 国家监委与|埃及行政监察署).
    restart = max([m.end() for m in _HEAD_AND.finditer(text, i, head_at)] +
                  [at + 1 for at in range(i + 1, head_at - 1) if text[at] in "与和及"
                   and _title_then_name().search(text, max(i, at - 14), at)] +  # 欧洲理事会主席科斯塔和|欧盟委员会
                  _titled_people_ends(text, i, head_at) +  # 国务院副总理韩正|在北京航天飞行控制中心
                  [at + 1 for at in range(i + 1, head_at - 1)
                   if text[at] in "与和及" and at in body_ends or text[at] in "与和及" and at in ends
                   and at not in anchors and at + 1 not in anchors and not crosses_word(text, at + 1)
                   and not (text[at + 1] in "东西南北中" and at + 2 in anchors)] +  # 东亚及|西太平洋电力工业协会: regions
                  # joined in one name
                  [at + 1 for at in range(i + 1, head_at - 1) if text[at] in "与和及" and at + 1 in anchors
                   and anchors[at + 1].label == "ORG" and anchors[at + 1].end > head_at] +  # 陕西和|新疆生产建设兵团
                  [at + 1 for at in range(i + 1, head_at - 1) if text[at] in "与和及" and at + 1 in anchors
                   and at not in ends and not crosses_word(text, at) and not crosses_word(text, at + 1)] +
                  # 牵头上与|北京儿童医院集团: a conjunction after no name, an anchor after it opens the name
                  [at + 1 for at in range(i + 1, head_at - 1) if text[at] in "与和及"
                   and text.endswith(("大会", "会议", "峰会", "年会"), 0, at)] +  # …聚变能大会和|国际大坝委员会: an event
                  [at + 2 for at in (text.rfind("所属", i + 1, head_at), text.rfind("下属", i + 1, head_at))
                   if at > i] +  # 总台所属|中央电视台
                  [m.end() for m in _UNNAMED_UNIT.finditer(text, i, head_at) if m.end() < head_at - 2] +
                  # 空军某基地|酒泉卫星发射中心: an unnamed unit, then the named body
                  [at + 1 for at in (text.rfind("暨", i + 1, head_at - 1),) if at > i and (
                      text[at - 1] in "会展节赛" or text.endswith(("论坛", "周年"), 0, at))],
                  # 中国商品展示会暨|中国—肯尼亚商务论坛: two events (not 地方政府暨友城合作（黄山）论坛, one); 建校100周年暨|
                  # 黄埔军校同学会: an anniversary, then the body
                  default=None)  # (a place, then 与: 中原农谷与|崖州湾国家实验室; not 珠三角与粤东西北经贸合作招商会)
    if restart is not None:
        i = restart
        best = next((at for at in range(i, head_at) if at in anchors and anchors[at].end <= head_at
                     or text.startswith(_DIRECTIONS, at)), None)  # 大连英博男足和|辽宁禾丰女足: the first anchor after
    core_start = i
    if best is not None and best in anchors:
        anchor = anchors[best]
        while anchor.end in anchors and is_division_row(anchor, anchors[anchor.end]) \
                and text[anchor.start:anchor.end] == anchor.name:
            anchor = anchors[anchor.end]  # 湖北省枝江市…中心 → 枝江市…中心; not 西安碑林博物馆 (short forms)
        best, core_start = anchor.start, anchor.end
        if anchor.label == "ORG" and _EDITION.match(text, anchor.end):
            return None  # 中国民主同盟|第十三届中央委员会: a term of the body
        lead = text[i:best]
        first = words.read(lead)[0] if lead else ""
        if 3 <= len(lead) <= 4 and text[i - 1:i] in "、，" and words.has_name_word(lead) and anchor.end <= head_at \
                and resources.word_tag(first)[:1] not in ("v", "d", "p") and not resources.is_common_word(first, 500):
            best = i  # 、华西二院|西藏医院: a list item is one name, though a place comes inside it
        elif lead in _INITIATIVE_LEADS:
            best = i  # 数字宁夏研究院: named after an initiative of the place (数字宁夏)
        elif 4 <= len(lead) <= 12 and text.startswith("实验室", anchor.end) and anchor.name[-1:] in "省市" \
                and "与" in lead and resources.word_tag(first)[:1] not in ("v", "d", "p"):
            best = i  # 人工智能与数字经济|广东省实验室: a province's lab named by its fields
        elif lead in BILATERAL_PAIRS:
            best = i  # 中新|苏州工业园区联合协调理事会: a body of two states, for a place of one
        elif text.endswith(_GROUP_AIMS, 0, best) and text.startswith(("领导小组", "协调小组"), head_at) \
                and (best == 2 or text[best - 3] in "、，。；：\n" or text.endswith("召开", 0, best - 2)):
            best -= 2  # 、推动|长江经济带发展领导小组, 召开推动|…: a group named by its aim, the verb too (not 要推动|…)
        elif text.startswith("论坛", head_at) and 2 <= len(lead) <= 6 and text.endswith(_BEFORE_INSTITUTION, 0, i) \
                and resources.word_tag(first)[:1] == "n":
            best = i  # 办好|生态文明贵阳国际论坛: a forum named by its theme, then its place
        while core_start in anchors and anchors[core_start].label == "PLACE" and anchors[core_start].end < head_at:
            core_start = anchors[core_start].end  # 上海张江|综合性国家科学中心: places in a row name it
        verb = next((v for v in _LEADING_VERBS if text.startswith(v, anchor.end)), None)
        if verb and anchor.name != text[anchor.start:anchor.end]:
            best = None  # 惠州建设…中心: a short place name as the subject of a verb
            i = anchor.end + len(verb)
    elif best is not None and "“" in text[best:best + 6]:
        core_start = text.index("”", best) + 1
    elif best is not None and text[best] in _LEVEL_LEADS:
        core_start = best + 1
    elif best is not None:
        core_start = best + 2  # 国家, 中国, 西南 …
        field = _field_start(text, i, best) if text.startswith(_KEY_LABS, best) \
            or _NATIONAL_KIND.fullmatch(text, best, head_end) else best  # 生物制造|国家制造业创新中心: a field, a kind
        joined = max(text.rfind("与", i, best), text.rfind("及", i, best))
        if joined >= i and 2 <= best - joined - 1 <= 3:
            i = joined + 1  # 中原农谷与|崖州湾国家实验室: the name after a conjunction
        if (2 <= best - i <= 3 or best - i == 4 and text[i - 1:i] in "、，") and words.has_name_word(text[i:best]):
            best = i  # 太行国家实验室江西创新中心, 崖州湾国家实验室: a name before it
        elif best - i >= 2 and text.startswith("中央", best) and text.endswith(("党", "阵线", "联盟", "同盟"), i, best):
            best = i  # 、祖国阵线|中央委员会: the central committee of a party or a front named before it
        elif best - field >= 4 and not text.startswith(("基地", "集群", "联盟", "体系"), head_end):
            best = field  # 富油煤资源化学与利用全国重点实验室: its field (not 南口全国重点实验室基地)
    if best is None:
        themed = text.startswith("论坛", head_at) and (text.endswith(_BEFORE_INSTITUTION, 0, i) or _ORDINAL.match(text, i))
        # (办好|文化强国建设高峰论坛, 首届文化强国建设高峰论坛: a forum named by its theme, the verb's object whole)
        verbs = [text.rfind(v, i, head_at) + len(v) for v in _CLAUSE_VERBS if text.find(v, i, head_at) >= 0] \
            if not themed else []
        if text.endswith(_GOING_INTO, 0, head_at):
            return None  # …因胆管癌住进|医院: a place one is taken to, no name
        i = max([v for v in verbs if head_at - v >= 2], default=i)  # 依托龙头企业建强技术创新中心 → 技术创新中心
        i = _after_function_words(text, i, head_at)
        edition = None  # where an ordinal or a year opens the name: 第四届…论坛, 2025年…论坛
        while True:
            ordinal = _ORDINAL.match(text, i, head_at)
            lead = next((v for v in _LEADING_VERBS if text.startswith(v, i, head_at)), None) or \
                (ordinal.group() if ordinal else None)
            if not lead:
                break
            edition = i if ordinal and not lead.startswith(_LEADING_VERBS) else edition
            i += len(lead)
        best = core_start = i
        if edition is not None and head_at - i >= 4:
            best = edition
    name = text[best:head_end]
    lead = _level_lead(text, best)
    level_body = lead and head_at - best == lead and head_end - head_at >= 3 \
        and not text.startswith("实验室", head_at)  # 省科学院, 市博物馆, 自治区博物馆; not 省实验室, a kind of lab
    generic = any(m.group() != "综合性" or core_start == best  # 上海张江综合性国家科学中心: one of its kind, named after
                  for m in _GENERIC.finditer(_KEY_LAB.sub("", name)))  # its place
    international = head_at - best == 2 and text.startswith(("国际", "全国"), best)  # 开展国际医院评审: a kind; 美中贸易|
    # 全国委员会: the end of a name the run did not reach
    if head_at - best < 2 and not level_body or generic or international or _COUNTED_AFTER.match(text, head_end) \
            or resources.is_ordinary_word(name, 5) and not words.has_name_word(text[core_start:head_at]):
        return None
    context = served or best < core_start and _ORDINAL.match(text, best) \
        or (text.endswith(_INSTITUTION_BEFORE, 0, best)
            or text.endswith(_DONE_BEFORE, 0, best) and not text.startswith(("中心", "委员会"), head_at)) \
        and not (text.startswith("等", head_end) and best == core_start and not words.has_name_word(text[best:head_at])) \
        or _INSTITUTION_AFTER.match(text, head_end) \
        or text.endswith("据", 0, best) and core_start > best \
        or _served_place_end(text, head_end, anchors) \
        or text.startswith("论坛上", head_at) and text[best - 1:best] == "在"  # …中心（河南）; not 新建|培训中心等项目: a
    # kind of several; 举办的|东方经济论坛, 普京在|东方经济论坛|上表示: the one held (not 组建的|综合农事服务中心: a kind);
    # 据|中国地震台网中心…统计: the source, named after a place or a body (not 据当地医疗中心)
    provincial = lead and (head_at - best - lead >= 2 or head_end - head_at >= 3) \
        and text[best + lead] not in _NOT_AFTER_LEVEL  # 省数据交易所, 自治区人民医院; 省科学院: a head of three characters
    anchored = core_start > best or provincial  # 省数据交易所, 省医学科学院: the province's own
    if text.startswith(_TEAMS, head_at):
        return best if anchored else None  # 辽宁男篮, 大连英博男足; not 青少年男足
    if text.startswith("宣讲团", head_at):
        return best if text[best:head_at] == "中央" or best in anchors and anchors[best].label == "ORG" \
            and anchors[best].end == head_at else None  # 湖北省委|宣讲团, 中央宣讲团; not 特色宣讲团, 云南组织宣讲团
    if text.startswith("小学", head_at):
        return best if anchored and core_start < head_at else None  # 东城区集贤里小学; not 刚上小学, 重庆市|小学一年级
        # (a place's primary schools)
    if text.startswith("局", head_at) and best in anchors and anchors[best].label == "PLACE" \
            and anchors[best].end == core_start and text[core_start - 1] in _DIVISION_ENDS:
        return best  # 深圳市|科技创新局: a bureau of the division named in full before it
    if text.startswith("局", head_at) and best in anchors and anchors[best].label == "PLACE" \
            and _department_bureau(text[core_start:head_end]):
        return best  # 加格达奇|林业局, 福州市仓山|公安分局: a department of a place named by its short form
    if text.startswith("局", head_at) and (best in anchors and anchors[best].name in _SPECIAL_REGIONS
                                           or text.startswith(("国家", "中国"), best) and head_at - best >= 4):
        return best  # 香港|金融管理局, 中国|外文局: a bureau of a special administrative region or of the state
    if text.startswith("海关", head_at):  # 昆明|海关, a customs district: after its place alone (not 智慧海关)
        return best if best in anchors and anchors[best].label == "PLACE" and anchors[best].end == head_at \
            and not text.startswith("—", head_at - 1) else None
    if text[head_at:head_end].endswith(("中心", "委员会", "理事会", "局")):  # a role as often as a body (国际航运中心, 城市副中心)
        if _NATIONAL_KIND.fullmatch(text, best, head_end):
            return None  # 国家制造业创新中心: a kind of designation, no field named
        national = _NATIONAL_NAMED.fullmatch(text, best, head_at) or (anchored and text.startswith(("国家", "中国", "综合性国家"), core_start)) \
            or text.startswith("中央", best) and text.startswith("中心", head_at) \
            or (kind := text.find("国家", best, head_at)) > best and _NATIONAL_KIND.fullmatch(text, kind, head_end) \
            or text.startswith(("国家", "中国"), best) and any(
                k in anchors and anchors[k].label == "PLACE" and anchors[k].end == head_at for k in range(best + 3, head_at - 1))
        # (国家超算|天津|中心: a national centre's branch in a place)
        # 郑州数据交易中心, 市疾病预防控制中心: a centre that does a body's work, named after a place
        working = anchored and text.endswith(_BODY_WORK, core_start + (
            0 if provincial or text[core_start - 1] in _DIVISION_ENDS else 2), head_at) \
            and text.startswith("中心", head_at)  # (省|疾控中心, 北京市|疾控中心: right after a division in full)
        named = listed and core_start > best and best in anchors and anchors[best].label != "COMPANY" \
            and "国家" not in text[best:head_at]  # (not a firm's 研发中心)
        abroad = best in anchors and anchors[best].name in resources.foreign_countries() and core_start == anchors[best].end \
            and (not text.startswith("中心", head_at) or text.startswith(SPEECH_VERBS, head_end))  # (not 美国|会议中心, a
        # venue; but 土耳其|灾害管理中心|说: a body that speaks)
        bilateral = not text.startswith("中心", head_at) and (text[best:best + 2] in BILATERAL_PAIRS
                                                           or _JOINT_PAIR.match(text, best) is not None
                                                           or _two_states_at(text, best, anchors))
        grouping = best in anchors and anchors[best].label == "ORG" and anchors[best].name in resources.world_bodies() \
            and not text.startswith("中心", head_at) and head_at - anchors[best].end <= 4
        # (金砖国家|工商理事会: a council of an international grouping; not …成员国政府首脑理事会, its summit)
        return best if context or national or working or named or abroad or bilateral or grouping else None  # 大湾区国家技术创新中心: a place, then a
        # national centre; `listed`: named next to a body, after a place or a body of its own (宁夏科创中心、…); a
        # country's (日本|原子能规制委员会)
    return best if anchored or context or words.has_name_word(text[core_start:head_at]) \
        or text.startswith(_NAMED_HALLS, head_at) and _rare_noun(text[core_start:head_at]) else _numbered_start(text, best, head_at)


_NUMBERED = re.compile(rf"第[{NUMERALS}]{{1,3}}(?:人民|中心|中医|附属)?")  # 第五医院, 第一人民医院, 第二中学: one by its number


def _numbered_start(text: str, start: int, head_at: int) -> int | None:
    """Where a hospital, a school or an army named by its ordinal number starts, the number right before its head and
    opening the run or after a conjunction (改造和|第五医院, 第二十集团军), or None."""
    if not text.startswith(("医院", "中学", "小学", "集团军"), head_at):
        return None
    for match in _NUMBERED.finditer(text, start, head_at):
        if match.end() == head_at and (match.start() == start or text[match.start() - 1] in "和与及、"):
            return match.start()
    return None


_NAMED_HALLS = ("博物馆", "博物院", "纪念馆", "美术馆")  # heads whose run is a name when it is one rare word (殷墟博物馆)


def _rare_noun(lead: str) -> bool:
    """One noun of two characters or more that the dictionary holds as rare (殷墟), not an everyday word (数字, 乡村)."""
    entry = resources.dictionary().get(lead)
    return len(lead) >= 2 and entry is not None and entry[1].startswith("n") and entry[0] < 500
