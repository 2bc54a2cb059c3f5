"""PERSON: names anchored by a title, a speech verb, a byline, a list, or a title after them.

A name is a surname (single or compound) and one or two given-name characters.
Each rule needs an anchor; the corpus pass then finds the anchored names
everywhere (lists, headlines run together: 王炯程丽华出席).
"""
from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

from policykg.extract.candidates import CONTEXT, RULE, WEAK, Candidate
from policykg.extract.defines import numeral_value
from policykg.extract.lexicon import builtin, is_known_place
from policykg.extract.resources import (NAME_TAGS, dictionary, foreign_countries, foreign_country_spellings, orgs,
                                        given_name_log_ratio, is_common_word, japanese_surnames, surnames,
                                        tibetan_name_parts, title_set, titles, word_tag, world_cities, world_regions)
from policykg.extract.text import (HYPHENS, PUNCT, TRANSLITERATION, all_after, clause_start, crosses_word, matches_at,
                                   scan, sentence_openings, starts_before, transliterated_before)
from policykg.extract.words import has_name_word, reads_as_word, segment
from policykg.vocabulary import (AFTER_NAME, BILATERAL_PAIRS, BYLINE_ROLE, BYLINE_ROLES, COUNT_NUMERALS, COUNTRY_LETTERS,
                                 ENVOY_WORDS, HAN, PARTY_KINDS, PERSONAL_PRONOUNS, PROVINCE_LETTERS, SPEECH_VERBS,
                                 alternation, is_han)

# Single characters that end a name: they start the word after it.
# Words after a historical person's name: 严复诞辰170周年, 纪念郑成功逝世.
_MEMORIAL_WORDS = ["诞辰", "逝世", "故居", "旧居", "生前"]
_SIDE_LETTERS = frozenset("乌伊以巴沙土叙黎阿哈塔吉孟尼斯苏")  # more one-character names of countries, before 方 (乌方, 苏方: a side)
# Frequent surnames, none a country's or a side's letter: 王方 is a name, though 中方 is in the text; 江夏 after a title
# is a name, though a frequent word (默契 is none: 默 is a rare surname).
_FREQUENT_SURNAMES = frozenset("王李张刘陈杨黄赵吴周徐孙朱胡郭何高林罗郑梁谢宋唐许冯邓曹彭曾肖田董袁潘于蒋蔡余杜程魏吕丁任沈姚姜"
                              "崔钟谭陆汪范金石廖贾夏韦付方邹熊邱江尹薛闫段雷侯龙史陶贺顾毛郝龚邵万钱严覃武戴孔向汤")
_ADDRESSED = frozenset(("老师", "大娘", "大爷", "阿姨", "师傅", "大伯", "大叔", "大哥", "大姐", "大婶", "大嫂", "大妈", "奶奶",
                        "爷爷"))  # words that follow a surname to address a person (朱老师, 李大伯): no given name
_BODY_PARTS, _HELD = frozenset("手肩头身脚"), frozenset("拿持握捧举提扛戴穿披踩扶擎舞")  # 手拿, 肩扛, 身穿 after a name
# Two-character words that follow names: verbs of speech and attendance, titles, time words.
_BIRTH_ORDERS = "长次" + COUNT_NUMERALS[2:9]  # a child's place among the children (长子, 次女, 三子)
_AFTER_TWO = frozenset((
    "表示 强调 指出 主持 出席 会谈 携手 老人 成功 晋级 陪同 介绍 认为 讲话 回答 代表 委员 书记 同志 副主 总书 市长 参加 会见 调研 考察 带队 透露 坦言 "
    "告诉 提出 要求 说道 看来 希望 建议 提问 询问 当地 一行 等人 先生 女士 教授 院士 主任 局长 部长 常委 传达 宣读 作了 作出 作的 做了 "
    "回答 答记 坦承 补充 感慨 主席 总理 接受 率队 现场 深入 前往 来到 走进 一起 报道 苏丹 不再 辞去 致电 致信 致函 致贺 致慰 致辞 互致 通电 "
    "博士 阁下 分别 先后 相继 因涉 因病 因故 因为 当天 当日 同日 今天 昨天 近日 日前 随后 此前 宣誓 今年 去年 前年 乘专 乘坐 "
    "记一 记二 记三 记功 追记"
).split() + _MEMORIAL_WORDS + [order + child for order in _BIRTH_ORDERS for child in "子女"])  # (…奔舍那|长子)
# Role nouns of ordinary people, weaker evidence: the name after them must not begin with a word (农民利益有保障).
_ROLE_NOUNS = frozenset("村民 居民 市民 党员 职工 工人 农民 志愿者 企业家 创业者 老将 老兵 前锋 后卫 中锋 门将 外援 球员 棋手 "
                        "冠军 火炬手 旗手 作者 编剧 烈士 劳动模范 道德模范 词人 思想家 哲学家 科学家 文学家 政治家 军事家 教育家 艺术家 音乐家 "
                        "史学家 翻译家 革命家 医学家 民族英雄 英雄 先烈 儿子 女儿 父亲 母亲 妻子 丈夫 长子 次子 大户 户主 "
                        "小伙 小伙子 小伙儿 大师 保持者 姑娘 青年 妈妈 爸爸 奶奶 爷爷 阿姨 驾驶员 监理员 司机 快递员 外卖员 骑手 带头人 护士 村医 农户 种植户 "
                        "养殖户 骨干 博导 评论员 组合 维修员 检修员 安全员 护林员 管理员 网格员 讲解员 邮递员 乘务员 大学生 研究生 老人 老汉 大爷 大妈 大娘 战士 士兵 列兵 上等兵 新兵 民警 医生 村官 群众代表 职工代表 人士代表 专家代表 企业家代表 青年代表 农民代表 工人代表 学生代表 "
                        "教师代表 村民代表 居民代表 优秀代表 博士生 硕士生 考生 表演艺术家 渔民 牧民 农牧民 贫困户 特困户 脱贫户 搬迁户 低保户 五保户 困难户 菜农 果农 茶农 作曲家 指挥家 "
                        "舞蹈家 雕塑家 剧作家 小说家 评论家 经济学家 物理学家 化学家 数学家 历史学家 考古学家 社会学家 法学家 修辞学家 语言学家 天文学家 男孩 女孩 获得者 标兵 "
                        "地质学家 生物学家 电焊工 焊工 钢筋工 线路工 养路工 巡道工 瓜农 棉农 药农 小女孩 小男孩 "
                        "犯罪嫌疑人 嫌疑人 被告人 被害人 主犯 从犯 集体代表 模范代表 警察 刑警 交警 特警 辅警 狱警 法警 农场主 牧场主 "
                        "外公 外婆 姥姥 姥爷 哥哥 姐姐 弟弟 妹妹 孙子 孙女 外孙 外孙女 老伴 女婿 儿媳 高中生 初中生 中学生 小学生 实习生 "
                        "毕业生 乡村医生 乡村教师 警卫员 技术员 服务员 操作员 调度员 信息员 联络员 辅导员 指导员 售货员 营业员 "
                        "炊事员 通讯员 保育员 质检员 巡逻员 护理员 养护员 巡护员 观测员 测量员 话务员 播音员 宣讲员 调解员 "
                        "协管员 巡查员 监测员 值班员 收费员 售票员 列车员 船员 海员 机务员 消防员 救援队员 队员 客商 商人 店主 摊主 患者 "
                        "退休干部 老干部 退休职工 退休工人 退休教师 船主 个体工商户 个体户 厨师 导游 留学生 同事 工友 队友 战友 同学 校友 老校友 企业主 保洁员 清洁工 环卫工 环卫工人 保安员 装卸工 建筑工人 农民工".split()
                       + [f"{decade}后{of}" for decade in ("60", "70", "80", "90", "95", "00") for of in ("", "的")])
# (not 干部|包联, 学生|明德知耻: verbs follow; 80后|徐晓静, 90后的|张洪涛: a generation before a name)
# Titles of other countries' office holders, after which a transliterated name may follow (美国总统克林顿).
_FOREIGN_TITLES = ("总统", "首相", "外相", "国务卿", "外长", "外交部长", "国防部长", "防长", "财长", "议长", "国王", "女王", "天皇", "王储",
                   "总督", "大使", "秘书长", "总理", "大臣", "候选人", "亲王", "王子", "公主", "王后", "王妃", "太后", "太皇", "外交官")
# Titles (titles.txt) and role nouns that a name may follow directly (总理朱镕基, 主教练马跃南), the longest first (found
# through the openings of the extractors' patterns, `scan`: a scan of the alternatives by `re` alone is slow).
_BEFORE_NAMES = re.compile(alternation(set((
    "上将 中将 少将 大将 元帅 官员 厂长 经理 总参谋长 军长 师长 副乡长 村长 支书 队长 主教练 教练 教练员 队员 选手 运动员 演员 歌唱家 作家 画家 书法家 诗人 导演 副教授 博士 研究员 工程师 农艺师 畜牧师 兽医师 技术员 消防员 专家 学者 医生 律师 "
    "法官 检察官 老师 教师 党代表 二十大代表 十九大代表 十八大代表 党代会代表 飞行员 航天员 主持人 负责人 记者 编辑 女士 大娘 大爷 同志 民警 店主 老板 科长 议员 参议员 众议员 部长助理 传承人 指挥员").split()) | _ROLE_NOUNS
    | set(_FOREIGN_TITLES) | set(titles()) - {"总书记"}))  # 司法部长|莱万多夫斯基; not 总书记|关怀 (it follows its holder)
_BUILDINGS = ("纪念堂", "纪念馆", "礼堂", "会堂", "教堂", "食堂", "展览馆", "博物馆", "图书馆", "体育馆")  # (a name to the
# dictionary: 纪念堂)
_GIVEN_OPENINGS = frozenset("作")  # a character that follows names as a verb but opens many given names
_BEFORE_BRACKETED_NAME = "对求、，；：）)"  # what may come right before a name whose post follows in brackets (对|…, 要求|…)
_TO_REPORTERS = ("告诉记者", "对记者说", "向记者介绍")
_MESSAGES = frozenset("宣言 贺信 贺电 贺词 贺辞 贺函 祝词 祝辞 唁电 唁函 谢函 谢词 复信 回信 来信 书信".split())  # messages and declarations, no names
_OWN_PEOPLE = ("一家", "一行", "夫妇", "全家")  # those with a person, named after the name (王柏和|一家, 赵志初|全家)
_COMPANIONS = ("同事", "工友", "队友", "战友", "同学", "家人", "伙伴")  # those a person works or lives with
_HOME_REACH = 24  # characters of where a resident lives, between 家住 and 的
_AGED = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})多?周?岁的")  # (…岁的 a name: 76岁的甘永乐是…, 六十多岁的|韩万臣)
_NATIVE = re.compile(rf"(?<=[的是位名，、])([{HAN}]{{2,3}}?)人")  # a native of a place, named after it (的|浙江人|朱敏勤)
_KIN = re.compile("夫妻|夫妇|父子|父女|母子|母女|兄弟|姐妹|兄妹|姐弟")
_PAIR_BEFORE_KIN = re.compile(rf"(?<![{HAN}])([{HAN}]{{2,3}})[和、]([{HAN}]{{2,3}})$")
_NAMED_DOCUMENTS = ("宣言", "公报", "议程")
_COLLECTIVES = ("全体", "各位", "广大", "众多", "各族")
_MANY = re.compile(rf"(?:\d+|[{COUNT_NUMERALS[1:]}百千]+)[余多]?[位名]$")  # 40位|领导人: a count of people, no one named
# The caption of who speaks in a news report: a line opening with a post (a role, a body), a space, the name, a colon.
_CAPTION_LEAD = re.compile(rf"[ \u3000]*([{HAN}A-Za-z0-9（）()]{{2,30}}(?:[ \u3000][{HAN}]{{2,8}})?)[ \u3000]+")  # (a body and the
# post apart: 中央电视台广告中心 副主任 李弋：)
# Surnames that are more often a preposition, adverb or verb right after a role noun (记者向…, 总书记来渝, 球员都曾).
_LOCATIVES = frozenset("中上里内外下")  # where in a thing (宣言中)
_DEGREE_ADVERBS = frozenset("越更最")  # surnames too, but before a quality a degree (越少, 更多)
_PLACE_AFTER_NAME = ("家中", "家里", "家门", "身边", "手中", "一家", "眼里", "眼中", "心中", "心里")  # words that end a
# name read one character too long (经济学家连平|眼里)
_SENT_FOR = ("代表", "特使")  # before the name of whom a head of state sends: 文莱苏丹代表|苏弗里亲王
_AFTER_SAYS = frozenset("，：,:。；！？将已要会在对")  # after 称 that a name's reading ran into
_GROUP_AFTER_NAME = ("等一批", "等人", "等同志", "等多名", "等一行")  # 原组长刘彦平|等一批…干部 (平等 is a word)
_JOINING = frozenset("和与及同跟")  # conjunctions before the first name of a list, no surname there
_AFTER_SIDE = frozenset("则也还都亦又就即")  # adverbs after a country's side: 乌方|则称
_VERB_SURNAMES = set("向和于与同从对由将把在为以被让给跟比连来到出是都也还就又已曾时")
_PLACE_LETTERS = PROVINCE_LETTERS + "华"  # (来华)
_SPEECH = re.compile(alternation(SPEECH_VERBS + ("告诉记者", "主持", "出席", "讲话")))
_TITLE_AFTER = re.compile(r"(?:总书记|主席|总理|副总理|代表|委员(?!会)|同志|院士|教授|院长|校长|所长|馆长|局长|厂长|站长|队长|董事长|总经理|医生|老师)")
# After a name that opens a clause: 。马建堂常委建议 (not 省委常委), ；隋青不再担任…, 王填辞去….
_SEAT_OR_LEAVING = re.compile("常委(?!会)|不再担任|辞去")
_ACCEPTED_LIST = re.compile(rf"接受((?:[{HAN}]{{2,3}}、){{1,6}})[{HAN}]{{2,3}}$")  # the names whose leaving is accepted
_SUBJECT_NEXT = set("是在对把被将已曾也还就又都称以要")
_CLAUSE_ENDS = frozenset("说，。；、")
_ADVERBIAL_TAGS = ("a", "ad", "d", "c", "p")  # words that open a predicate, not a name (成功, 马上, 于是)
# A quoted honour a person is named after: “时代楷模”张桂梅, “全国最美退役军人”龙吉克·卡德尔.
_HONOUR = re.compile(r"“[^“”\n]{0,10}(?:楷模|模范|奋斗者|英雄|标兵|先锋|榜样|人物|工匠|能手|劳模|之星|卫士|好人|功臣|带头人|"
                     r"最美[^“”\n]{1,8})”")
_AFTER_HONOURED = frozenset("、，。；等和")
_AFTER_SHORT_NAME = frozenset("、，。；和对向与同将称说等并")  # after a foreign title's two-character name (缅甸总理纽梭、…)
_HONORIFIC = re.compile(r"(?:先生|女士|小姐|夫人|烈士(?!陵园|纪念|墓|公墓)|等人|一行(?!.一行)|率领的|老人|老爷子|老人家|老先生|老两口|夫妇|大爷|大娘|大妈|奶奶|爷爷|老汉|"
                        r"阿姨)")  # after a name that has a boundary before it (杨金秀老人患肺癌; not 雷锋干|一行爱一行)
_MEMORIAL = re.compile("|".join(_MEMORIAL_WORDS))  # 严复诞辰170周年: a historical person, often a rare name
# Verbs whose object may be a person named bare: 纪念陈嘉庚先生, 学习雷锋同志.
_LEAVE_GIVEN = re.compile("[^，。；\n]{0,8}?(?:批准|同意|审定|授权)")  # after 经 and who gives it: 经习主席|批准
_HONOURING = ("纪念", "缅怀", "怀念", "追思", "学习", "弘扬", "悼念", "祭奠")
# What a person named bare is the object of, or the leader after (会见了|饶颖奇率领的…, 由|…率领的代表团).
MET = ("会见", "会见了", "接见", "接见了", "会晤", "看望", "看望了", "宴请", "约见", "由")
# Verbs by which the name before them takes the post after them (王建军被任命为|青海省委书记).
TAKING_POSTS = ("被任命为", "被提名为", "被选为", "被推选为", "当选为", "出任", "升任", "调任", "接任", "正式就任", "宣誓就任", "就任")
# Between a person and a post taken, left or held (王伟同志不再担任…, 习近平主席就任|国家主席).
TAKING = ("不再担任", "不再兼任", "请辞", "担任过", "担任", "辞去", "改任", "兼任", "当选连任", *TAKING_POSTS, "当选", "连任", "曾任", "曾担任", "现任",
          "当过", "任")
NEW_TERM = ("", "新一任", "新任", "下一任", "下任")  # between such a verb and the post
AND_THEN = re.compile(rf"[^，。；：、“”\n]{{2,12}}?并(?={alternation(TAKING)})")  # what a person did first, then 并 and a
# post taken (王沪宁|出席会议并|当选会长)


def takes_after_and(text: str, verb_start: int, person_ends: set[int]) -> bool:
    """Whether a person named before 并 (`AND_THEN`) takes the post after the verb at `verb_start`."""
    return text[verb_start - 1:verb_start] == "并" and any(
        k in person_ends and (m := AND_THEN.match(text, k)) is not None and m.end() == verb_start
        for k in range(max(0, verb_start - 13), verb_start - 2))
_APPOINTING = ("免去", "任命", "撤销", "提名", "增补", "递补", "选举", "推选", "决定")  # before a name and its post: 免去杨小伟政协…副主任职务;
# 选举汪洋为会长
# Names listed after such a verb, before the post they all hold: 撤销杨小伟、景亚萍、郭继孚|政协…委员资格.
_APPOINTED_LIST = re.compile(rf"(?:{'|'.join(_APPOINTING)})(?:[^，。；、“”]{{2,16}}?)?((?:[{HAN}]{{2,3}}、)+[{HAN}]{{2,3}}?)"
                             "(?:同志)?([为的]?)$")
# (增补…、曹军|为; 免去张常韧、柯汉民|的…职务; 增补丁学东、…、陈瑞峰同志为; 递补中央委员会候补委员|马国强、王宁、王伟中|为)
# The dynasty or era of an author in brackets before the name: ——（宋）陆游, [唐]杜甫.
_ERA = re.compile(r"[（(\[【〔](?:先秦|春秋|战国|秦|西汉|东汉|汉|三国|魏|蜀|吴|西晋|东晋|晋|南北朝|南朝|北朝|隋|唐|五代|北宋|南宋|宋|"
                  r"辽|金|元|明|清|晚清|近代|现代|当代)[）)\]】〕][ \u3000]*")
# What may follow a transliterated name that has a boundary before it (，萨默斯说).
_AFTER_FOREIGN = re.compile(alternation(SPEECH_VERBS + ("先生", "女士", "小姐", "夫人", "总统", "首相", "总理", "外长", "国务卿",
                                                        "议长", "国王", "州长", "苏丹", "王储", "代总统", "副总统", "副总理",
                                                        "第一副总理", "副首相", "亲王", "王子", "公主", "女王", "王后", "太后",
                                                        "最高元首", "埃米尔", "大公")))
_BYLINE = re.compile(f"({BYLINE_ROLE})[ \u3000]*((?:[{HAN}]{{1,4}}(?:[ \u3000][{HAN}]{{1,3}})*))")
_PHOTO_CREDIT = re.compile(rf"(?<![{HAN}])([{HAN}]{{2,3}})[ \u3000]*摄(?=/|$|\n| )")
# Three characters between a qualified title and a hard boundary: a name whose surname is rare (总经理镇立新——).
_RARE_SURNAME_NAME = re.compile(rf"((?![的之和与及在是])[{HAN}]{{3}})(?=——|[，。、；：（）\n ]|$)")  # (not 主席|的秀云)
_BODY_ENDS = frozenset("委办局厅署")  # the end of a body's short name before its chair's title (国安委|主席), no given name
_TITLES_AFTER_BODY = ("主席", "副主席", "主任", "副主任", "书记", "副书记", "局长", "副局长", "厅长", "副厅长", "署长", "委员")
_WORD_SUFFIXES = frozenset("性化型式率度")  # end words, not given names (普惠性发放…)
_KIND_ENDS = _WORD_SUFFIXES | frozenset("观赛里村寨陵城镇乡区县湖山河园馆游")  # (…的|文明观, …的|乌江寨, 山西的|古建游:
# no name)
_PRONOUNS = frozenset("他她它我你您")  # no given name opens with them
_HOLDING = ("作为", "担任", "曾任", "时任", "现任", "就任", "出任", "接任", "升任", "兼任")  # before a post held by whom
# 的 and a name follow
_DATE_BEFORE = re.compile(r"\d日$")  # ——2025年1月16日省长 李乐成在…: a report's date, its author's title
# A name of two to four parts joined by middle dots, as Uyghur and Kazakh names are printed (巴依卡·凯力迪别克).
_LATER_PARTS = rf"(?:·[{HAN}]{{1,7}}){{0,2}}·[{HAN}]{{2,7}}(?![{HAN}]*·)"  # the parts of a dotted name after its first (up to
# four in all: 阿尼巴尔·安东尼奥·卡瓦科·席尔瓦)
_DOTTED = re.compile(rf"(?:(?<![{HAN}·])|(?<=的))(?:(?!的)[{HAN}]){{2,6}}{_LATER_PARTS}")  # (not 埃及的伊萨姆…: after 的)
_CLAUSE_MARK = re.compile("[，。、；：！？（）《“\n]")  # (what is said of a name ends before a title: …真实事迹改编创作的电影|《真爱》)
_DOTTED_BEFORE = set("，。、；：！？（ \n”的")  # (”: after a quoted honour, “人民楷模”布茹玛汗·毛勒朵; 县水利局的|阿不来提·阿不拉)
# The same after a word that says who (维吾尔族姑娘|米娜瓦尔·艾力): a first part of characters of transliteration.
_DOTTED_AFTER_WORD = re.compile(rf"(?<=[{HAN}])(?<![{''.join(sorted(TRANSLITERATION))}])[{''.join(sorted(TRANSLITERATION - {'·'}))}]{{2,6}}"
                                + _LATER_PARTS)
_DOTTED_AFTER_TITLE = re.compile(rf"[{HAN}]{{2,6}}{_LATER_PARTS}")  # right after a title
_SPEAKING = SPEECH_VERBS + ("发言", "发了言", "讲话")  # what a speaker named in a list does
_BOUNDARY_BEFORE = set("，。、；：！？“”‘’（）《》 \n") | set("向对问与和同由请据")
_FUNCTION_BEFORE_TITLED = frozenset("是在让给被把将")  # before a transliterated name a title follows (特别是|莫拉莱斯总统)


_CHILD_NAMED = re.compile(rf"[{_BIRTH_ORDERS}][子女]([{HAN}]{{2,3}}?)(?=[、，。；等])")  # 长子|甘乔、四女|开芸


def _children_listed(text: str) -> list[tuple[int, int]]:
    """The names of children listed by their order of birth, two or more in a row (长子甘乔、四女开芸、次子萨马诺)."""
    if "长子" not in text and "长女" not in text:
        return []
    named = list(_CHILD_NAMED.finditer(text))
    starts = {m.start() for m in named}
    ends = {m.end() + 1 for m in named if text[m.end()] == "、"}
    return [m.span(1) for m in named if m.start() in ends or m.end() + 1 in starts and text[m.end()] == "、"]


_NAME_WORDS = ("真名", "原名", "本名", "曾用名", "全名")  # before another name of the same person
_OTHER_NAME = re.compile(rf"[（(](?:{'|'.join(_NAME_WORDS)})([{HAN}·]{{2,16}}?)[，,；）)]")


def _named_otherwise(text: str) -> list[tuple[int, int]]:
    """The name right before brackets that give another name of the person, and that one: 努尔买买提|(真名|努拉买提·萨吾提，…)
    (two to eight characters after a mark; each a name, no word of the dictionary nor a place)."""
    def named(name: str) -> bool:
        return has_name_word(name) and word_tag(name)[:2] in ("", "nr") and not is_known_place(name)

    found = []
    for match in _OTHER_NAME.finditer(text):
        start = match.start()
        while start > 0 and match.start() - start < 8 and (is_han(text[start - 1]) or text[start - 1] == "·"):
            start -= 1
        if 2 <= match.start() - start and (start == 0 or not is_han(text[start - 1])) \
                and named(text[start:match.start()]) and named(match.group(1)):
            found += [(start, match.start()), match.span(1)]
    return found


@lru_cache(maxsize=None)
def _surnames():
    return surnames()


@lru_cache(maxsize=None)
def _surname_firsts() -> frozenset[str]:
    """The characters surnames open with."""
    single, compound = _surnames()
    return frozenset(single) | {name[0] for name in compound}


@lru_cache(maxsize=None)
def _mark_before_surname(marks: str) -> re.Pattern:
    """One of `marks` before a character a surname opens with (the mark first: the scan skips to the marks)."""
    return re.compile(f"[{re.escape(marks)}](?=[{re.escape(''.join(sorted(_surname_firsts())))}])")


_AGE = re.compile(r"\d{1,3}岁的")
_ADVERBS_BEFORE_VERBS = frozenset("正曾仍")
_ADVERBS_AFTER_NAME = frozenset("最都也还就又一却")  # after a name of two read as one of three: 孙茜|最忙, 谢刚|一落座
_CLOSING_A_NAME = ("、", "，", "。", "分别", "等人", "同志")  # what closes a name after a title (not 主任王良好转…)
_ADVERBS_AFTER_ONE = frozenset("将已曾也还就又")  # after a last part of one character (特雷莎·梅|将在…)
_PREPOSITIONS_AFTER_ONE = frozenset("对向同与在")  # the same, before what is not transliterated (约翰·基|对我国…)


def _clause_starts(text: str) -> list[int]:
    """Where a clause starts with a surname character: the text's start, after 。！？； and line breaks."""
    return ([0] if text[:1] in _surname_firsts() else []) + \
        [match.end() for match in _mark_before_surname("。！？；\n").finditer(text)]


def name_score(name: str) -> float:
    """Mean log-likelihood ratio of the given-name characters: names vs. general text."""
    single, compound = _surnames()
    given = name[2:] if name[:2] in compound else name[1:]
    ratios, words = given_name_log_ratio(), dictionary()
    return sum(ratios.get(ch, -9.0 if ch in words else _UNSEEN_CHARACTER) for ch in given) / max(1, len(given))


_UNSEEN_CHARACTER = 1.0  # the ratio of a character neither names nor the dictionary know: too rare for a word (马馼)


# An honour in quotes right before the name of who holds it: “当代雷锋”郭明义, “时代楷模”张桂梅.
_HONOURED = re.compile("“[^“”，。、]{1,8}(?:雷锋|楷模|模范|英雄|先锋|卫士|好人|标兵|之星|奋斗者|工匠)”")
# A noun for who a person is, after a name called and 的: 一位叫尹本熊的|村民 (not 一个叫苏古尔的|小站, …的|地方).
_PERSON_AFTER_的 = re.compile(rf"[{HAN}]{{0,3}}?(?:人|民|员|女|男|孩|孩子|男子|女子|娃|姑娘|小伙|老汉|大爷|大妈|师|生|者|工|长|手)"
                             rf"(?![{HAN}])")
# A name between an age and a noun for who the person is: 82岁的|陈义和|老人, 89岁的|王欣|老人.
_AGED_NAME = re.compile(rf"\d{{1,3}}岁的([{HAN}]{{2,3}}?)(?=老人|老汉|大爷|大妈|大娘|奶奶|爷爷|阿姨|女士|先生|老师|医生|村民|患者)")
_AGED_NAME_SCORE = -1.0  # given-name characters likelier than this, though a conjunction's (义和)
# A name after a clause that says who the person is, opening the clause that says what they do: …工作的|胡跃林|，带领….
_DESCRIBED_NAME = re.compile(rf"的([{HAN}]{{3}})(?:，|(?=[正也还却](?:在|和|与|把|将|已|是)|当晚|当天|当时|每天|一直|从小|今年|去年|如今))")
# (…的|苏立娟|正和…, 在西安务工的|钟洪杰|当晚…)
_SURELY_GIVEN = 1.5  # the mean log-likelihood ratio above which given-name characters make a name, whatever word they form
_DESCRIBED_GIVEN = 1.0  # the same, for a name of three after what the person is (开出租车19年的|王建生|，)


def is_plausible_name(name: str, threshold: float = -1.3, known_names: bool = False) -> bool:
    """A surname plus one or two given characters that look like a given name, and not an ordinary word
    (`known_names`: or a person's name in the dictionary, 郑成功, whose given name is a word; only where
    the context says a person, as its dictionary tags names loosely: 高水平)."""
    if len(name) in (4, 6) and _tibetan_name_end(name, 0) == len(name):
        return True  # 巴桑卓玛: a Tibetan name of listed parts
    single, compound = _surnames()
    if not 2 <= len(name) <= 4 or not all(is_han(ch) for ch in name) or name in _MESSAGES:
        return False  # (总统|贺信, 。贺信|说: a message, which jieba tags as a name)
    if name[:2] in compound:
        given = name[2:]
    elif name[0] in single:
        given = name[1:]
    else:
        return False
    checked = given[1:] if len(given) == 2 and given[0] in _GIVEN_OPENINGS else given  # (王作安, 李作成: 作 opens the given
    # name; not 李强作|报告)
    if not 1 <= len(given) <= 2 or any(ch in AFTER_NAME for ch in checked) and word_tag(given) != "nr" or given in _ADDRESSED:
        return False
    entry = dictionary().get(name)
    if entry and entry[1] not in ("nr", "nrfg", "nrt", "ns", "nz") and entry[0] >= 20:
        return False
    known_person = known_names and entry is not None and entry[1] in ("nr", "nrfg") and entry[0] >= 20
    given_entry = dictionary().get(given) if len(given) == 2 and not known_person else None
    if given_entry and given_entry[1] not in ("nr", "nrt", "ns", "t") and given_entry[0] >= 1000:
        return False  # 和有关, 高度重视
    if given == "中国" or given in foreign_countries() or given in world_regions():
        return False  # 轮值主席国|中国, 向|非洲派遣: a country or a region after a character that is also a surname
    return name_score(name) >= threshold


def _subject_named(text: str, at: int) -> bool:
    """A three-character name at `at` whose first two characters are a word, the subject of what follows or closing
    its clause (种粮大户|张扬芳|将…: 张扬 is a word; 集体代表|黄海强。, 村民马克俊|有了…), its last two no word."""
    name = text[at:at + 3]
    after = text[at + 3:at + 4]
    return (after in _SUBJECT_NEXT or after in _CLAUSE_ENDS or after == "有" and not crosses_word(text, at + 3)) \
        and len(name) == 3 and not is_common_word(name[1:], 5) \
        and is_plausible_name(name, threshold=1.0)


def _surname_end(text: str, i: int) -> int | None:
    """The end of the surname at `i` (a compound one first), or None."""
    single, compound = _surnames()
    if text[i:i + 2] in compound:
        return i + 2
    if i < len(text) and text[i] in single:
        return i + 1
    return None


def read_name(text: str, i: int) -> int | None:
    """End of the name starting at `i`, or None: two or three characters (four with a compound surname), or a
    Tibetan name of two or three parts."""
    tibetan = _tibetan_name_end(text, i)
    if tibetan is not None:
        return tibetan
    base = _surname_end(text, i)
    if base is None or base >= len(text) or not is_han(text[base]) or text[base] in _PRONOUNS:
        return None  # (妻子爱|他: a verb and whom)
    named = word_tag(text[base:base + 2]) == "nr"  # 向东 is a given name, though 向 mostly follows a title as a preposition
    opening = text[base] in _GIVEN_OPENINGS and is_han(text[base + 1:base + 2]) and text[base + 1] not in AFTER_NAME \
        and not is_common_word(text[base:base + 2])  # 局长王|作安 (not 王|作为, 李强|作报告)
    if text[base] in AFTER_NAME and not named and not opening:
        return None
    end = base + 1
    if end < len(text) and is_han(text[end]) and (text[end] not in AFTER_NAME or named) \
            and text[end:end + 2] not in _AFTER_TWO \
            and (not _starts_word(text, end, "vt") or text.startswith(("作的", "作了"), end + 1)) \
            and not (text[end] == "一" and _starts_word(text, end, "dm")) \
            and not _ON_BEHALF.match(text, end) \
            and not (text[end + 1:end + 2] in ("了", "着") and word_tag(text[end]) == "v"
                     and not is_common_word(text[end + 1:end + 3])):
        end += 1  # 韦伯|当天, 丛林|受国务院委托; 周光权|作的…汇报 (not 权作); 刘毓|吓了一跳, 吴楠|带着
    return end


@lru_cache(maxsize=1)
def _tibetan_pair() -> re.Pattern:
    """Two listed parts of Tibetan names in a row."""
    return re.compile(alternation(tibetan_name_parts()) * 2)


def _tibetan_name_end(text: str, i: int) -> int | None:
    """End of a Tibetan name of two or three listed parts at `i` (巴桑卓玛, 白玛赤林), or None."""
    parts = tibetan_name_parts()
    if text[i:i + 2] not in parts or text[i + 2:i + 4] not in parts:
        return None
    return i + 6 if text[i + 4:i + 6] in parts else i + 4


_NAME_END_MARKS = frozenset("，、。；：）” \n")
_CLOSING_REN = frozenset("的，。、；：说称")  # what may follow a name ending in 任 (普里戈任), no verb it opens
_PAIR_OF_NAMES = re.compile(rf"(?:(?<![{HAN}])|(?<=选手)|(?<=队的))([{HAN}]{{2,3}})/([{HAN}]{{2,3}})")  # 中国选手|全红婵/陈芋汐
_ADDRESSING = re.compile("致(?:电|函|信|贺电|贺信|慰问电|唁电)(?:祝贺)?")  # a message to a foreign leader named right after
_TAKING_UP = ("当选", "就任", "连任", "荣任")  # a post the addressee is congratulated on (致电祝贺|米拉托维奇|就任…)
_ON_BEHALF = re.compile(r"受[^，。；\n]{1,10}?(?:委托|邀请|之邀|委派|派遣)")  # 受 opening a frame after a name
_SPOUSE = ("夫人", "夫妇")  # after a name: 邦戈|夫人, 西米纳|夫妇
_ROUTE_HEADS = ("高速", "高铁", "铁路", "公路", "大桥", "隧道", "城际")  # after the names of places a route joins
# What follows a name inside the name of a place or an institution named after a person, no person there (肯尼迪|国际机场,
# 孔子|学院, 李光|小学).
LANDMARK_HEADS = ("宫", "广场", "大街", "大道", "大教堂", "体育场", "机场", "学院", "课堂", "小学", "中学", "大学", "医院", "医疗中心",
                  "基金会", "研究所", "研究院", "博物馆", "纪念馆", "图书馆")


def _post_abroad(text: str, pos: Candidate) -> bool:
    """Whether a post names another country or a city or state abroad, in it or right before it (俄罗斯总统,
    俄罗斯|国防部长, 弗吉尼亚州州长)."""
    return text[pos.start:pos.end].startswith(_places_abroad()) or text.endswith(_countries(), 0, pos.start)


def transliterated_name_closed(text: str, at: int) -> bool:
    """Whether a transliterated name opening with a verb's character runs from `at` to a mark or a word that follows
    names (喀麦隆总统|比亚。, 塞拉利昂共和国总统|比奥|对我国…)."""
    end = read_transliteration(text, at)
    return end is not None and text[end:end + 1] in _AFTER_SHORT_NAME


def _long_transliteration(text: str, at: int) -> bool:
    """Whether a transliterated name of four characters or more opens at `at` (候选人|比利亚维森西奥: 比 is no verb here)."""
    end = read_transliteration(text, at)
    return end is not None and end - at >= 4


def read_transliteration(text: str, i: int) -> int | None:
    """End of a transliterated name starting at `i` (克林顿, 内塔尼亚胡, 约翰·克里), or None."""
    j = i
    while j < len(text) and j - i < 12 and text[j] in TRANSLITERATION and text[j:j + 2] not in _AFTER_TWO \
            and not text.startswith(_SPOUSE, j) and not _starts_word(text, j) and not text.startswith(ENVOY_WORDS, j) \
            and not (j > i and text[j] in _OPENING_WORDS and is_common_word(text[j:j + 2], 100)) \
            and not (j > i and _starts_word(text, j, "abcdefghijklmnopqrstuvwxyz", 1000)
                     and text[j + 2:j + 3] not in _NAME_END_MARKS and not _starts_word(text, j + 1, "v", 3000)):
        j += 1  # (西哈莫尼|登基20周年: a frequent word, whatever its tag, ends the name; but 约夫雷达、: a list's;
        # 马特维延科|举行: a frequent verb after the word's first character)
    while j > i and text[j - 1] == "·":
        j -= 1
    if j - i >= 3 and text[j:j + 1] == "任" and text[j + 1:j + 2] in _CLOSING_REN:
        j += 1  # 普里戈任|的: 任 ends the name where no verb can follow it (not 普京|任命)
    name = text[i:j]
    if len(name) < 2 or name[0] == "·" or (len(name) == 2 and crosses_word(text, j)) or _named_place(name) \
            or dictionary().get(name, (0,))[0] >= 1000 \
            or _ordinary_word(name, names=("nr", "nrt", "nrfg", "ns")) or text.startswith(LANDMARK_HEADS, j):
        return None  # (马丁内斯 and 普京 are tagged ns; 克里姆林|宫, 爱丽舍|宫: a palace; 国王|登基)
    regnal = _REGNAL.match(text, j)
    return regnal.end() if regnal else j  # 腓特烈|十世, 查尔斯|三世: a monarch's number


_REGNAL_NUMBER = rf"[{COUNT_NUMERALS}]{{1,3}}世"  # a monarch's number (查尔斯|三世)
_REGNAL = re.compile(rf"{_REGNAL_NUMBER}(?!纪|界|代)")
_REGNAL_BEFORE = re.compile(rf"(?<![{COUNT_NUMERALS}]){_REGNAL_NUMBER}$")
_OPENING_WORDS = frozenset("连热通")  # characters of transliteration that after a name mostly open a word (拉加德|连任,
# 伊莉亚娜|热心, 默克尔|通报; not 普连科维奇, 本通)


def _hyphenated(text: str, hyphen: int) -> tuple[int, int] | None:
    """The span of a double-barrelled transliterated name joined at `hyphen` (亨尼斯-普拉斯哈特, 内通博·南迪-恩代特瓦): both parts read as
    transliterations or names of the dictionary, neither a place (not 巴西-阿根廷), nothing transliterated before it."""
    start = transliterated_before(text, hyphen, 7)
    while start > 1 and text[start - 1] == "·" and (given := transliterated_before(text, start - 1, 7)) < start - 1:
        start = given  # 内通博·|南迪-恩代特瓦: the given name before the dot
    if hyphen - start < 2 or start > 0 and text[start - 1] in TRANSLITERATION:
        return None
    first, end = read_transliteration(text, start), read_transliteration(text, hyphen + 1)
    end = end or next((hyphen + 1 + size for size in (5, 4, 3, 2) if word_tag(text[hyphen + 1:hyphen + 1 + size])
                       in ("nr", "nrt", "ns") and not _named_place(text[hyphen + 1:hyphen + 1 + size])), None)
    if first != hyphen or end is None or end - hyphen < 3 or "·" in text[hyphen:end] or text[end:end + 1] in HYPHENS \
            or text[end:end + 1] in _DIVISION_LEVELS or text.startswith(_NATURAL_FEATURES, end + text.startswith("”", end)) \
            or any(_named_place(text[a:start + 1]) or _named_place(text[a:hyphen])
                   for a in range(max(0, start - 4), start)) \
            or text.startswith(_ROUTE_HEADS, end):
        return None  # (威廉-亚历山大: a name the dictionary knows; not 意大利|米兰-科尔蒂纳: a place ends in the run, nor
        # 亚的|斯亚贝巴-阿达玛|高速公路: a place ends at the hyphen, a route joins them;
        # not 普罗旺斯-阿尔卑斯-蓝色海岸大区: a third part, a region's; not 开伯尔-普什图|省: a division, nor a volcano)
    return start, end


_HYPHENED_PARTS = re.compile(rf"[{HAN}]{{2,6}}[-—][{HAN}]{{2,8}}")


def _hyphened_after_title(text: str, at: int) -> int | None:
    """The end of a name of two parts joined by a hyphen right after a title (司马义-铁力瓦尔地, 阿不来提-阿不都热西提), the
    second part ending before a mark or a word that follows names; joined by a dash, a transliteration on both sides of it
    (荷兰国王|威廉—亚历山大); None if there is none."""
    window = text[at + 2:at + 8]
    match = _HYPHENED_PARTS.match(text, at) if "-" in window or "—" in window else None
    if match is None:
        return None
    hyphen = at + 2 + min(k for k in (window.find("-"), window.find("—")) if k >= 0)
    end = next((k for k in range(match.end(), hyphen + 2, -1) if (text[k:k + 1] in _NAME_END_MARKS
                or text[k:k + 2] in _AFTER_TWO) and text[k - 2:k] not in _AFTER_TWO), None)  # (…普拉斯哈特|表示)
    if end is not None:  # …卡内尔|热情迎接: a frequent word that no transliteration spells ends the name
        end = next((k for k in range(hyphen + 3, end - 1) if is_common_word(text[k:k + 2], 1000)
                    and not TRANSLITERATION.issuperset(text[k:k + 2])), end)
    if end is not None and text[hyphen] == "-" and TRANSLITERATION.issuperset(text[at:hyphen]):
        end = next((k for k in range(hyphen + 3, end) if text[k] not in TRANSLITERATION), end)  # 阿库福-阿多|互致贺电:
        # a transliterated name ends where its characters do (not 威廉—亚历山大, joined by a dash)
    return end if end is not None and not _named_place(text[at:hyphen]) and (
        not _named_place(text[hyphen + 1:end]) or hyphen - at >= 3 and TRANSLITERATION.issuperset(text[at:hyphen])) \
        and (text[hyphen] == "-" or TRANSLITERATION.issuperset(text[at:hyphen + 2].replace("—", ""))) else None
    # (联邦主席|施奈德-阿曼: a second part that names a country too, after a first of three transliterated characters)


_DIVISION_LEVELS = frozenset("省州邦市县区")  # the level of a division named by a hyphened pair
_NATURAL_FEATURES = ("火山", "山脉", "山", "雪山", "岛", "湖", "河", "峰")  # 勒沃托比-拉基拉基|火山: a feature, no person
# (“克拉斯纳亚-波良纳”|雪山: also quoted)


def _city_named_person(text: str, at: int) -> int | None:
    """The end of a name after a title abroad that is also a city's (美国防部长|奥斯汀|表示), when what follows it is
    said of a person, or None."""
    return next((at + size for size in (4, 3, 2) if text[at:at + size] in world_cities()
                 and (text[at + size:at + size + 1] in AFTER_NAME or text.startswith(SPEECH_VERBS, at + size))), None)


def _transliteration_before(text: str, end: int) -> int | None:
    """Start of a transliterated name of 3 to 12 characters ending at `end` with a boundary before
    it (，萨默斯说), or None; not a place or body (，布基纳法索表示)."""
    regnal = _REGNAL_BEFORE.search(text, max(0, end - 4), end)  # 阿尔贝|二世|亲王: a monarch's number
    i = regnal.start() if regnal else end
    while i > 0 and end - i < 12 and text[i - 1] in TRANSLITERATION:
        i -= 1
    name = text[i:regnal.start() if regnal else end]
    invited = text[i - 1:i] == "应" and "邀请" in text[end:end + 16]  # 应|舒尤克总统和欧尔班总理盛情邀请
    opened = text[i - 1:i] in "月日" and text[i - 2:i - 1].isdigit() \
        or text[i - 1:i] in _FUNCTION_BEFORE_TITLED and text.startswith(_FOREIGN_TITLES, end)  # 今年2月|穆罕默德王储访华,
    # 特别是|莫拉莱斯总统: a date, or a function word before a name a title follows
    if len(name) < 3 or name[0] == "·" or (i > 0 and text[i - 1] not in _BOUNDARY_BEFORE and not invited and not opened
                                           and not text.endswith(_SENT_FOR, 0, i)) or _named_place(name) \
            or _ordinary_word(name, 1):
        return None
    return i


def _short_name_before_title(text: str, end: int) -> bool:
    """A foreign name of two characters and no Chinese reading, between a word that joins people and a head's title
    (习近平主席同|廷觉|总统、…; not 同|两国|总统, 与|新任|总统)."""
    start = end - 2
    name = text[start:end]
    return start > 0 and text[start - 1] in _JOINING_PEOPLE and all(map(is_han, name)) \
        and read_name(text, start) is None and not is_common_word(name, 5) and not _named_place(name) and not _ordinary_word(name, 1)


_JOINING_PEOPLE = frozenset("同与和向对、")  # before a name among people (同|廷觉总统)


def japanese_name(text: str, at: int) -> int | None:
    """The end of a Japanese name at `at` (a post before it: 干事长森山裕表示, 首相石破茂，): a known surname, then
    one to three characters up to a mark, a verb, a title or a word that follows names (大岛理森|会见)."""
    surname = next((text[at:at + size] for size in (3, 2) if text[at:at + size] in japanese_surnames()), None)
    if surname is None:
        return None
    base = at + len(surname)
    for end in range(base + 1, min(base + 3, len(text)) + 1):
        if not is_han(text[end - 1]):
            return None
        if end == len(text) or text[end] in _BOUNDARY_BEFORE or _starts_word(text, end, "vp") \
                or text[end:end + 2] in _AFTER_TWO and end > base + 1 \
                or text.startswith(SPEECH_VERBS + titles(), end) or end == base + 2 and (
                    text[end] in _AFTER_GIVEN_NAME or is_common_word(text[end:end + 2], 500)):  # 武藤正敏|协商
            return end
    return None


_FUNCTION_AFTER_NAME = frozenset("将把在对向被给从为与和跟同")  # 总经理蒋中良|将…: a preposition after the name,
# though a rare word runs across its end (良将)
_AFTER_GIVEN_NAME = frozenset("时访在的等与和率致")  # a one-character word after a two-character given name: 齐藤铁夫|率领,
# 福田康夫|致欢迎辞


def captions(text: str) -> list[tuple[int, int, int, int]]:
    """The captions of who speaks in a news report, a line opening with a post, a role or a body, a space, the name, a
    colon (成都车站新闻发言人 邓鸿：…): the spans of the lead and of the name (found from each colon back: a fast scan)."""
    found = []
    for colon in all_after(text, "：") if "：" in text else ():
        colon -= 1
        space = max(text.rfind(" ", colon - 5, colon), text.rfind("\u3000", colon - 5, colon))
        if space < 0 or not 2 <= colon - space - 1 <= 4 or not all(map(is_han, text[space + 1:colon])):
            continue
        line = text.rfind("\n", 0, space) + 1
        lead = _CAPTION_LEAD.fullmatch(text, line, space + 1)
        if lead is not None:
            found.append((lead.start(1), lead.end(1), space + 1, colon))
    return found


def _opens_with_a_place(part: str) -> bool:
    """A part of a dotted name that opens with a place, then goes on in characters no transliteration uses
    (日本神户·南京心连心会: an association; not 马里|奥, 巴西|尔)."""
    return any(_named_place(part[:size]) and any(ch not in TRANSLITERATION for ch in part[size:])
               for size in (2, 3, 4) if len(part) >= size + 2)


def _named_place(name: str) -> bool:
    """Whether the built-in lexicon names something else by `name` everywhere (巴西; not 江夏, a short
    form that is a place only with context)."""
    entry = builtin().get(name)
    return entry is not None and entry[0] != "PERSON" and entry[2] > CONTEXT


def _ordinary_word(name: str, min_freq: int = 50, names: tuple[str, ...] = ("nr", "nrt", "nrfg")) -> bool:
    """Whether a transliteration-like run is a dictionary word other than a name (阿拉伯, not 克林顿); with
    `names` tags that count as names too."""
    entry = dictionary().get(name)
    return entry is not None and entry[1] not in names and entry[0] >= min_freq


def _named_by_verb_surname(text: str, at: int) -> bool:
    """Whether 曾, 连 or 时 at `at` opens a name of three characters (副主任|曾廷富|在…, 副主席|连胜文|在…), not says what
    was once, goes on or when (主任|曾经…, 曾任, 曾多次, 连夜, 连续, 会见…县委书记|时勉励): neither the surname nor the
    given name makes a word (but a name's, 连胜: then the given name may open with a verb), and the given name opens with
    no verb or adverb."""
    return text[at:at + 1] in "曾连时" and read_name(text, at) == at + 3 and not is_common_word(text[at + 1:at + 3], 3) \
        and (word_tag(text[at:at + 2]) == "nr" or not is_common_word(text[at:at + 2], 3)
             and word_tag(text[at + 1])[:1] not in ("v", "d", "p", "c"))


def _named_yu(text: str, at: int) -> bool:
    """Whether 于 or 向 at `at` opens a name of three characters ending its clause or a group (董事长|于学伟|等13人):
    the given name is no word (not 于|近日, 向|记者)."""
    return text[at:at + 1] in "于向" and read_name(text, at) == at + 3 and text[at + 3:at + 4] in ("等", "，", "、", "：") \
        and not is_common_word(text[at + 1:at + 3], 3)


def _verb_beats_crossing(text: str, end: int) -> bool:
    """Whether a frequent verb opens at `end` (发表, 表示), at least ten times as frequent as the word the
    name's last character makes with its first (增发), or 说 ending its clause (林书成|说，: not 成说)."""
    if text[end:end + 1] == "说" and text[end + 1:end + 2] in ("，", "：", ":") and text[end - 1] != "来":
        return True  # (not 对…魏敏|来说，)
    verb, across = dictionary().get(text[end:end + 2]), dictionary().get(text[end - 1:end + 1])
    return verb is not None and verb[1] == "v" and verb[0] >= 1000 and (across is None or verb[0] >= 10 * across[0])


def _starts_word(text: str, i: int, tags: str = "v", min_freq: int = 500) -> bool:
    """Whether text[i] begins a common verb (or another part of speech of `tags`) with the next
    character (安南发表: 发表, not 安南发)."""
    entry = dictionary().get(text[i:i + 2])
    return entry is not None and entry[0] >= min_freq and entry[1][:1] in tags


def _word_of_another_kind(name: str) -> bool:
    """Whether `name` is a frequent dictionary word that is no person's name (伊斯兰, 基督教; not 林则徐)."""
    return is_common_word(name, 20) and not word_tag(name).startswith("nr")


def find_persons(text: str, positions: list[Candidate], byline_spans: list[tuple[int, int]],
                 known: list[Candidate] = ()) -> list[Candidate]:
    """Names after titles, before speech verbs and titles, in bylines, and continuing lists
    (which may start from `known` names the corpus pass found)."""
    found: dict[tuple[int, int], Candidate] = {}

    def add(start: int, end: int, role: str | None = None, threshold: float = -1.3, checked: bool = False,
            titled: bool = False) -> None:
        """A name at [start, end) if it looks like one (`checked`: the caller has judged it; `titled`: a title right
        before it, which vouches for a full name the dictionary knows as one, 班长|李建成, though 建成 is a verb)."""
        name = "".join(text[start:end].split())  # 张 珺 in a byline is 张珺
        if (len(name) == 2 or len(name) == 3 and name[2] in _AFTER_SIDE) and name[1] == "方" \
                and (name[0] in COUNTRY_LETTERS or name[0] in _SIDE_LETTERS
                     or "中方" in text and name[0] not in _FREQUENT_SURNAMES):
            return  # 中方愿同|斯方|一道: the side of a country (乌方, 伊方; 乌方则|称)
        if len(name) == 3 and name[2] == "方" and name[1] in COUNTRY_LETTERS and name[0] not in _FREQUENT_SURNAMES:
            return  # 但|美方再次…: a word, then the side of a country
        if len(name) == 2 and name[0] in _DEGREE_ADVERBS and (name[1] == "多" or word_tag(name[1]) == "a"):
            return  # 岗位党员|越少的…: a degree and a quality, no name
        if len(name) == 3 and text[end:end + 1] == name[1] and not checked and is_common_word(name[:2], 20):
            return  # 习主席|强军兴|军的…: a set phrase of two pairs that share their second character, no name
        if text.startswith(_ROUTE_HEADS + _NAMED_DOCUMENTS, end) or name[1:] in title_set() \
                or name.endswith(_BUILDINGS) or name[-1] in _BODY_ENDS and text.startswith(_TITLES_AFTER_BODY, end):
            return  # 安岚|高速: a road named by the places it joins; …|宣言: a declaration named after a place; 白防长: a
            # country's letter and a title; 毛主席|纪念堂: a building (a name to the dictionary)
        known = text.startswith("同志", end) or titled and len(name) == 3 and word_tag(name) == "nrfg"
        quality = titled and len(name) == 3 and word_tag(name[1:]) == "a" and text.startswith(_CLOSING_A_NAME, end)
        if (start, end) not in found and (checked or quality or is_plausible_name(name, threshold, known_names=known)) \
                and not _named_place(name):  # (…副主席张万年|同志: 同志 vouches for a name the dictionary knows, 万年 a word;
            # 荣誉主席吴良好|分别作了发言: a quality as a given name, after a title and before what closes a name)
            found[(start, end)] = Candidate(start, end, "PERSON", name, RULE, role)

    def after_title(at: int, foreign: bool, threshold: float, role: str | None = None) -> None:
        """The name right after a title: a transliterated one when that is longer (after a foreign
        title, 外长普里马科夫 not 普里马, or when the Chinese reading is no name: 省长阿什拉夫) or longer by two
        (司法部长卡洛斯·阿马特), else a Chinese one that
        ends at a word boundary (not 廉政 in 总统廉政委员会: 政委) unless it is a known person's."""
        hyphened = _hyphened_after_title(text, at)
        if hyphened is not None:  # 副委员长|司马义-铁力瓦尔地、: two parts joined by a hyphen, the whole name
            found.setdefault((at, hyphened), Candidate(at, hyphened, "PERSON", text[at:hyphened], RULE))
            return
        end = read_name(text, at)
        when = text.find("时，", at + 2, at + 5)
        if not foreign and when > 0 and "在" in text[clause_start(text, at):at] and text[at] in _surnames()[0] \
                and name_score(text[at:when]) >= threshold:
            add(at, when, checked=True)  # 在看望…总编辑冯健|时，, …常务副主任金冲及|时，: the name, then when
            return
        if end == at + 2 and text[end:end + 1] == "和" and (text[end + 1:end + 2] in ("、", "，", "。")
                                                          or text.startswith(_SPEAKING + _OWN_PEOPLE, end + 1)) \
                and not _known_person(text[at:end]) and is_plausible_name(text[at:end], threshold):
            add(at, end + 1, checked=True)  # 国会议长郑义和|、, 代表周忠和|发了言, 村民王柏和|一家: 和 ends the name where
            # nothing is joined to it
            return
        if end == at + 3 and _known_person(text[at:at + 2]) and not _known_person(text[at:end]) \
                and not (text[end:end + 1] in "、，；" and word_tag(text[end - 1]) in ("nr", "ng")):
            end = at + 2  # 国务院总理李强|乘包机: the known person, not 李强乘 (but 副书记|李希梅，: a name of three)
        elif end == at + 3 and text[end - 1] == "摄" and text[end:end + 1] in ("", "\n", " ", "/"):
            end -= 1  # 本报记者阮洋|摄: a photo credit
        elif end == at + 3 and text[end - 1] in "称说" and text[end:end + 1] in PUNCT:
            end -= 1  # 总经理张伟|称，…: what is said follows the name
        elif end == at + 3 and text[end - 1] in _BODY_PARTS and text[end:end + 1] in _HELD:
            end -= 1  # 全国人大代表姜涛|手拿一把焊枪: a body part and what it does follow the name
        elif end == at + 3 and text[end - 1] in _ADVERBS_AFTER_NAME and is_han(text[end:end + 1] or "。") \
                and not _known_person(text[at:end]):
            end -= 1  # 博士生孙茜|最忙的时候, 村民王刚|却…: an adverb opens what is said of the name
        elif end == at + 3 and text[end - 1] == "正" and not foreign and not _known_person(text[at:end]) \
                and (text[end:end + 1] == "在" or word_tag(text[end:end + 1]) == "v" and is_han(text[end + 1:end + 2] or "。")):
            end -= 1  # 村党支部书记李君|正带着乡亲们…, 台胞青年代表王正|在会上发言: 正 says what the holder is doing
        elif end == at + 3 and text[end:end + 1] in PERSONAL_PRONOUNS and word_tag(text[end - 1]) in ("v", "p") \
                and not _known_person(text[at:end]):
            end -= 1  # 儿子韩鹏|带他来北京: a verb that takes a person follows the name
        city = _city_named_person(text, at) if foreign else None
        if city is not None:
            found.setdefault((at, city), Candidate(at, city, "PERSON", text[at:city], RULE))
            return
        far = read_transliteration(text, at)
        if far is not None and text.startswith(_NAMED_DOCUMENTS, far):
            return  # …领导人马丘比丘|宣言: a declaration named after a place
        known = next((at + size for size in (5, 4, 3) if at + size <= len(text) and _known_person(text[at:at + size])),
                     None)
        if known is not None and known > max(far or at, end or at):
            found.setdefault((at, known), Candidate(at, known, "PERSON", text[at:known], RULE))
            return  # 美国总统特朗普|通电话: a known name, though 普通 is a word
        if not foreign and (end or far) == at + 2 and text[at] not in _FREQUENT_SURNAMES \
                and (is_common_word(text[at:at + 2], 100) or word_tag(text[at:at + 2]) == "n") \
                and (word_tag(text[at:at + 2]) != "nr" or is_common_word(text[at:at + 2], 2000)) \
                and not _known_person(text[at:at + 2]):
            return  # 舞蹈演员|默契|配合: a frequent word after a rare surname, no name; 专家|智库、: a noun; 习主席|权威:
            # a word the dictionary tags as a name, too frequent to be one
        if end == at + 3 and text[end - 1] in _LOCATIVES and text[end:end + 1] in PUNCT \
                and is_common_word(text[at:end - 1], 300) and not _known_person(text[at:end]):
            return  # 领导人|宣言中。: a frequent word and where in it, ending the clause
        chinese = end is not None and is_plausible_name(text[at:end], threshold)
        if foreign and far is None and end is not None and text[end:end + 1] in TRANSLITERATION \
                and (rest := read_transliteration(text, at + 1)) is not None and rest - at >= 4 and rest > end:
            far = rest  # 捷克众议院主席|冯德拉切克: a transliteration whose first character is no usual one of them
        if far is not None and (end is None or far > end + (0 if foreign or not chinese else 1)
                                or foreign and not chinese and far == end
                                or not chinese and far == end and far - at >= 3 and text[far:far + 1] in "、，。邀" \
                                and not _named_place(text[at:far]) and not is_known_place(text[at:far])
                                or far == end - 1 and (text[far] in "称说" or text.startswith(_SPOUSE, far))
                                or far == end + 1 and crosses_word(text, end) and not _known_person(text[at:end])):
            # 议长|布安: no Chinese name, as long; 发言人|米勒|称: what is said follows the name (总统|鲁蓬|夫妇: a
            # spouse); 行长|阿赫塔尔: the Chinese reading ends inside a word the transliteration ends (塔尔)
            found.setdefault((at, far), Candidate(at, far, "PERSON", text[at:far], RULE))
        elif end is not None and text[end:end + 1] == "的" and is_common_word(text[at:end], 300) \
                and not _known_person(text[at:end]):
            return  # 习近平主席|卓越的政治理念: a frequent word describing what follows, no name
        elif end is not None and word_tag(text[at:at + 2]) in _ADVERBIAL_TAGS and is_common_word(text[at:at + 2], 3000) \
                and not _known_person(text[at:end]):
            return  # 习近平主席|成功访爱, 总统|马上…: a frequent adverb or adjective opens what the holder does
        elif end == at + 3 and text.startswith(_DIRECTIONAL, end) and word_tag(text[end - 1]) == "v" \
                and not _known_person(text[at:end]):
            add(at, end - 1, role, threshold=threshold)  # 连长邹宜|冲上去: a verb and where it goes after a name of two
        elif end is not None and (not crosses_word(text, end) or _known_person(text[at:end])
                                  or text[end:end + 2] in _AFTER_TWO  # 代表|樊杰|作了发言 (杰作 is a word)
                                  or end - at == 2 and text[end - 1:end + 1] == "正在"  # 代表|王正|在会上发言
                                  or text[end:end + 1] == "等" and "、" in text[clause_start(text, at):at]  # …、…特使|卢胡特|等
                                  # 在…: the last of a list of people (特等 is a word)
                                  or end - at == 3 and (_verb_beats_crossing(text, end)
                                                        or text.startswith(_GROUP_AFTER_NAME, end)
                                                        or text[end] in _FUNCTION_AFTER_NAME
                                                        and not is_common_word(text[end - 1:end + 1], 200))):
            add(at, end, role, threshold=threshold, titled=True)  # 国家副主席韩正在…: a known person after a title,
            # though 正在 is a word; 副主席宋鲁增|发表致辞: a frequent verb after the name, a rarer word across its end
        elif end == at + 3 and not crosses_word(text, end - 1) and (text[end - 1:end + 1] in _PLACE_AFTER_NAME
                                                                    or _starts_word(text, end - 1, _ADVERBIAL_TAGS + ("v",), 300)):
            add(at, end - 1, role, threshold=threshold)  # 种粮大户戴宏|家中: the name, then where; 大队长张斌|果断…: a
            # frequent word opens what the holder does
        elif foreign and end is None and (text[at + 2:at + 3] in _AFTER_SHORT_NAME or text[at + 2:at + 4] in _AFTER_TWO) \
                and all(map(is_han, text[at:at + 2])) and not _PRONOUNS & set(text[at:at + 2]) \
                and not is_common_word(text[at:at + 2], 20) and not _named_place(text[at:at + 2]) \
                and not is_common_word(text[at + 1:at + 3], 100):
            found.setdefault((at, at + 2), Candidate(at, at + 2, "PERSON", text[at:at + 2], RULE))  # 缅甸总理纽梭、,
            # 柬埔寨参议院主席赛冲|一行, 赛冲|对…; not 副总理|并共同…

    def author(title_start: int, title_end: int) -> bool:
        """The name on a report's author line after its title (上海市市长 龚 正, 自治区人民政府主席 包钢: the line holds
        nothing else, so the name needs no other check), if there is one."""
        if text[title_end:title_end + 1] not in (" ", "\u3000") or not _author_name(text, title_start, title_end + 1):
            return False
        end = text.index("\n", title_end) if "\n" in text[title_end:title_end + 9] else len(text)
        name = "".join(text[title_end + 1:end].split())
        if name in title_set():
            return False  # 会见老挝人民革命党中央总书记 国家主席: a headline's second title, no author
        found.setdefault((title_end + 1, end), Candidate(title_end + 1, end, "PERSON", name, RULE))  # (a firm's name too:
        # 包钢)
        return True

    titled_starts = {pos.start for pos in positions if pos.priority > WEAK}
    for pos in positions:
        if pos.priority > WEAK and author(pos.start, pos.end):
            continue
        if pos.priority > WEAK and (text[pos.end:pos.end + 1] not in _VERB_SURNAMES
                                    or _named_by_verb_surname(text, pos.end)
                                    or _post_abroad(text, pos) and transliterated_name_closed(text, pos.end)):
            after_title(pos.end, pos.name.endswith(_FOREIGN_TITLES) or _post_abroad(text, pos), -2.5)
            name_end = read_name(text, pos.end)
            if name_end == pos.end + 3 and text[name_end:name_end + 1] == "、" and name_end + 1 in titled_starts \
                    and not _known_person(text[pos.end:pos.end + 2]):
                add(pos.end, name_end, checked=True)  # 北京大学党委书记|邱水平|、河北省委书记…: a list of titled names
                # vouches for each, though 水平 is a word
            if text.startswith("的", pos.end) and any(text.rfind(verb, clause_start(text, pos.start), pos.start) >= 0
                                                      for verb in _HOLDING):
                after_title(pos.end + 1, False, -1.5)  # 作为村妇联主席的|秀云，, 曾经担任…副总裁的|朱民: the name after 的
                # the post is the person's
            rare = _RARE_SURNAME_NAME.match(text, pos.end)
            if rare and read_name(text, pos.end) is None and name_score("_" + rare.group(1)[1:]) >= 0 \
                    and not is_common_word(rare.group(1)[:2]) and not is_common_word(rare.group(1), 1):
                add(pos.end, rare.end(1), checked=True)
            japanese = japanese_name(text, pos.end) if pos.priority == RULE else None
            if japanese is not None:
                add(pos.end, japanese, checked=True)
    abroad_ends = {pos.end for pos in positions if pos.priority > WEAK and _post_abroad(text, pos)}
    listed_abroad = {end for start, end in found if start in abroad_ends}  # the names after posts abroad
    for match in scan(_BEFORE_NAMES, text):
        start, end = match.span()
        title = text[start:end]
        if title.startswith("党") and text.endswith(PARTY_KINDS, 0, start + 1):
            start, title = start + 1, title[1:]  # 美国民主党|代表骆家辉: the party's representative (not 党代表)
        if title in _ROLE_NOUNS and "、" in text[end:end + 8]:
            _names_listed_after(text, end, add)  # 犯罪嫌疑人|马克锐、张国维、赵虹燕: names listed after a role
        header = start == 0 or text[start - 1] == "\n" or _DATE_BEFORE.search(text, max(0, start - 3), start) \
            or text[start - 1] in " \u3000" and is_known_place(text[text.rfind("\n", 0, start) + 1:start].strip())
        # (⏎北京 企业家 黄梅邨⏎: a caption of where, who and the name)
        at = end + 1 if header and text[end:end + 1] in (" ", "\u3000") else end  # 省长 李炳军: a header's space
        if author(start, end) or text.endswith(_COLLECTIVES, 0, start) \
                or title == "委员" and text.endswith("代表", 0, start) \
                or _MANY.search(text, max(0, start - 6), start) and "、" not in text[end + 2:end + 4]:
            continue  # (全体同志|敬礼, 广大干部, 代表委员|谈…, 40位领导人|齐聚: a title of many, no name after it; but
            # 两名选手|张子扬、兰天辰: the names of the many)
        if title in _ADDRESSED and start > 0 and text[start - 1] in _surnames()[0] and not crosses_word(text, start - 1):
            continue  # 为朱老师|祝福: a surname and the title address a person; no name follows (音乐老师: a word)
        if text[at:at + 1] in TRANSLITERATION and text[at:at + 2] not in _surnames()[1] \
                and (japanese := japanese_name(text, at)) is not None and japanese - at >= 4:
            add(at, japanese, checked=True)  # 日军中将|阿部规秀: a Japanese name of four, its surname of two
            continue
        if _surname_end(text, at) is None and text[at:at + 1] not in TRANSLITERATION \
                and _tibetan_name_end(text, at) is None:
            if title in _FOREIGN_TITLES and (japanese := japanese_name(text, at)) is not None:
                add(at, japanese, checked=True)  # 首相高市早苗和外相|茂木敏充
            continue  # no name can follow (委员会): the checks below are left out
        verb_next = text[at:at + 1] in _VERB_SURNAMES and not _named_by_verb_surname(text, at) \
            and not _named_yu(text, at) \
            and not (title in _FOREIGN_TITLES and _long_transliteration(text, at))  # (候选人|比利亚维森西奥)
        if verb_next or text[max(0, start - 1):end] == "总书记" \
                or (crosses_word(text, end) and not _unworded_name(text, end)
                    and not (title in _FOREIGN_TITLES and transliterated_name_closed(text, at))
                    or crosses_word(text, start) and text[start - 1] != title[0]) \
                and not reads_as_word(text, start, end):
            continue  # 记者向…; 总书记来渝; 惠科长沙 (科长 inside 长沙); but 省长|毛伟明 (长毛 is a word), 外长|久里奇|等 (长久: a
            # transliteration closed by what follows names), 副市长|江敦涛 (长江 is one, but 敦涛 is no word: not
            # 市长|江大桥), 红十团|团长 (团团 is one: the unit, then its head)
        if title in _ROLE_NOUNS and is_common_word(text[end:end + 2], 20) and not _subject_named(text, at) \
                or title in _ROLE_NOUNS and text[at:at + 1] == "应" and word_tag(text[at + 1:at + 2]) == "v":
            continue  # (党员|应占一定比例: what those people should do)
        abroad = text[start - 1:start] == "、" and start - 1 in listed_abroad  # 韩国国会议长郑义和、|国务总理|黄教安
        after_title(at, title.removeprefix("副") in _FOREIGN_TITLES or title in _ROLE_NOUNS or abroad,
                    -2.5 if abroad else -1.5, BYLINE_ROLES.get(title))  # (记者: reporter; 副总统|穆里略: a deputy's
        # title abroad; a title listed after a name that holds one abroad, of the same country)
    for at in [m.end() for m in _ADDRESSING.finditer(text)] if "致" in text else ():  # 习近平致电|卡斯特，祝贺他…
        end = read_transliteration(text, at)  # (致电祝贺|敦布亚当选…)
        if end is not None and end - at >= 3 and (text[end:end + 1] in "，、。" or text.startswith(_TAKING_UP, end)):
            found.setdefault((at, end), Candidate(at, end, "PERSON", text[at:end], RULE))
    for at in all_after(text, "】") if "】" in text else ():  # 【我们的2017】张晓军：我把中欧班列开出国门 (a column's headline)
        end = read_name(text, at)
        if end is not None and text[end:end + 1] in "：:":
            add(at, end)
    for lead_start, lead_end, start, end in captions(text):  # 成都车站新闻发言人 邓鸿：上海方向车票…
        lead = text[lead_start:lead_end]
        role = next((BYLINE_ROLES[r] for r in BYLINE_ROLES if lead.endswith(r)), None)
        if read_name(text, start) == end:  # (any lead: 民勤县水务局 张前中：, 张八村村民 姚立文：, 李素芝的妻子 郭淑琴：)
            add(start, end, role, threshold=-2.5)
    for match in scan(_tibetan_pair(), text):  # 城关区的|扎西朗杰一家人, 到了|达瓦坚参|家里: a Tibetan name in full, of four
        at, end = match.start(), _tibetan_name_end(text, match.start())  # or six characters, every part a Tibetan one
        if end is not None and not crosses_word(text, at) and not crosses_word(text, end) \
                and text[at:end] not in dictionary():
            add(at, end, checked=True)
    for at in all_after(text, "叫") if "叫" in text else ():  # 这个女孩叫|权太琦，: a person named, the name ending a clause
        end = read_name(text, at)
        if end is not None and (text[end:end + 1] in "，。；" or text.startswith("的", end)
                                and text.endswith(("一位叫", "一个叫", "一名叫", "名叫"), 0, at)
                                and _PERSON_AFTER_的.match(text, end + 1)) \
                and text[at - 2:at - 1] not in "喊呼尖" and not is_common_word(text[at:end], 20):  # (一位叫|尹本熊|的村民)
            add(at, end, threshold=-2.5)
    for end in all_after(text, "为首的") if "为首的" in text else ():  # 以|陈嘉庚|为首的南侨总会: the one who heads it
        end -= 3
        start = next((end - size for size in (3, 2) if text[end - size - 1:end - size] == "以"), None)
        if start is not None and read_name(text, start) == end:
            add(start, end, threshold=-2.5)
    for match in _AGED.finditer(text) if "岁的" in text else ():  # 76岁的|甘永乐是…
        end = read_name(text, match.end())
        if end is not None and not crosses_word(text, end):
            add(match.end(), end)
    for match in _NATIVE.finditer(text) if "人" in text else ():  # 工作的浙江人|朱敏勤却…: a native of a place, named
        at = match.end()
        if not is_known_place(match.group(1)) or crosses_word(text, at):
            continue
        end = read_name(text, at)
        if end is not None and not crosses_word(text, end):
            add(at, end)
    pairs = (_PAIR_BEFORE_KIN.search(text, max(0, kin.start() - 7), kin.start()) for kin in _KIN.finditer(text))
    for match in filter(None, pairs):  # 何常清和赵国华|夫妻二人
        if all(is_plausible_name(match.group(k), -2.5) for k in (1, 2)) \
                and any(is_plausible_name(match.group(k)) for k in (1, 2)):
            add(*match.span(1), checked=True)
            add(*match.span(2), checked=True)
    for match in scan(_SPEECH, text):
        if text.startswith("来说", match.start() - 1):
            continue  # 对国家|来说, 一般来说: the idiom, no one speaking
        end = match.start() - text.startswith("所说", match.start() - 1)
        _name_before(text, end, add, threshold=-2.5 if text.startswith(_TO_REPORTERS, end) else -1.3)  # 魏敏|所说的…;
        # ⏎刘经南|告诉记者: one who speaks to reporters, however rare the given name
        if text[end - 4:end - 3] == "的" and read_name(text, end - 3) == end and is_plausible_name(text[end - 3:end], 0):
            add(end - 3, end, checked=True)  # 拿到营业执照的|陈莹洁|告诉记者: a full name, well formed
    for pos in positions:
        bracket = pos.start - 1 - (text[pos.start - 1:pos.start] in "原前")  # (吴浈（原|食品药品监管总局副局长）)
        if text[bracket:bracket + 1] in "（(" and bracket >= 2 and is_han(text[bracket - 1]):
            _name_before(text, bracket, add, after=_BEFORE_BRACKETED_NAME)  # 对金育辉|（吉林省副省长，…）予以免职:
            # the post in brackets after the name, as notices of discipline print it
        comrade = comrade_before(text, pos.start)
        if pos.priority > WEAK and text[pos.start - 1:pos.start] not in ("为", "的") \
                and any(text.endswith(_APPOINTING, 0, pos.start - comrade - size) for size in (2, 3)):
            _name_before(text, pos.start, add)  # 免去邹加怡同志|第十四届全国政协副秘书长职务
        elif pos.priority >= WEAK and appointee_before(text, pos.start):  # (选举张海为|会长: bare, in the frame)
            _name_before(text, pos.start - 1, add, threshold=-2.5)  # 任命黄薇为…: the frame vouches for a name
            _appointee_between(text, pos.start - 1, add)
            if listed := _APPOINTED_LIST.search(text, max(0, pos.start - 40), pos.start):  # 免去张常韧、柯汉民的…职务
                _take_listed_names(text, _item_spans(listed.start(1), listed.group(1).split("、")), add)
        elif pos.priority > WEAK and (listed := _APPOINTED_LIST.search(text, max(0, pos.start - 40), pos.start)):
            _take_listed_names(text, _item_spans(listed.start(1), listed.group(1).split("、")), add)
        elif pos.priority > WEAK and (text[pos.start - 1:pos.start] == "是" or text[pos.start - 2:pos.start] in ("是原", "是前")):
            _name_before(text, text.rindex("是", 0, pos.start), add, threshold=-2.5)  # 。石强是|越西县就业局局长: a name
            # opening the clause (严胜雄是原|上海市农委副主任)
        elif pos.priority > WEAK and (verb := next((v + new for v in TAKING_POSTS for new in NEW_TERM
                                                    if text.endswith(v + new, 0, pos.start)), None)):
            end = pos.start - len(verb)  # 王建军被任命为|青海省委书记, 斯迈洛夫被任命为新一任|…总理: the name taking the post
            _name_before(text, end, add)
            if (start := _transliteration_before(text, end)) is not None:
                found.setdefault((start, end), Candidate(start, end, "PERSON", text[start:end], RULE))
    for match in scan(_TITLE_AFTER, text):
        _name_before(text, match.start(), add, strict=False)
    for match in _SEAT_OR_LEAVING.finditer(text) if "常委" in text or "不再担任" in text or "辞去" in text else ():
        accepted = any(text.endswith("接受", 0, match.start() - n) for n in (2, 3))  # 接受|王填|辞去…: the frame vouches
        _name_before(text, match.start(), add, threshold=-2.5 if accepted else -1.3, after="受" if accepted else "")
        if (listed := _ACCEPTED_LIST.search(text, max(0, match.start() - 30), match.start())) is not None:
            for name in re.finditer(f"[{HAN}]+(?=、)", listed.group(1)):  # 接受|陈斯喜、|王晓辞去…: each name listed
                _name_before(text, listed.start(1) + name.end(), add, threshold=-2.5, after="受、")
    for match in _HONOUR.finditer(text) if "”" in text else ():
        end = read_name(text, match.end())
        if end is not None and text[end:end + 1] in _AFTER_HONOURED and "·" not in text[match.end():end + 1]:
            add(match.end(), end, threshold=-2.5)  # “时代楷模”张桂梅、…
    for at in all_after(text, _SPOUSE[0]) if _SPOUSE[0] in text else ():  # 邦戈夫人西尔维娅, 习近平主席夫人彭丽媛
        end = read_name(text, at)
        if end is not None and end - at == 3 and is_common_word(text[end - 1:end + 1], 1000):
            end -= 1  # 夫人兰格|共同出席: a frequent word after a name of two
        if end is not None:
            add(at, end, threshold=-2.5)
        elif (end := read_transliteration(text, at)) is not None and (end - at >= 3 or end - at == 2 and (
                not is_common_word(text[at:end], 20) or word_tag(text[at:end]).startswith("nr"))):
            found.setdefault((at, end), Candidate(at, end, "PERSON", text[at:end], RULE))  # (夫人丽莎|举行: of two)
    for match in scan(_HONORIFIC, text):
        if text[match.end():match.end() + 1] != "》":  # (粤剧电影《谯国夫人》: a work's title)
            _name_before(text, match.start(), add, after="的是", closed=True, threshold=-1.6 if match.group() == "烈士"
                         else -1.3)  # 践行为民情怀的贺娇龙等人, 牺牲的张超烈士 (，袁觉苍|烈士: a rarer given name), 今年是|
            # 李光耀先生诞辰…
    for match in scan(_MEMORIAL, text):
        _name_before(text, match.start(), add, threshold=-2.5, known_names=True)
    for at in all_after(text, "队") if "队" in text else ():  # 香港队|陈睿琳, 贵州队的|杨秋霞: a player of a place's team
        if _place_before(text, at - 1):
            at += text.startswith("的", at)
            end = read_name(text, at)
            if end is not None and not crosses_word(text, end) and text[at] not in _VERB_SURNAMES:
                add(at, end, threshold=-1.3)
    firsts = _surname_firsts()
    for lead in all_after(text, "的") if "的" in text else ():  # 来自贵州的|李悦: a person of a place
        if text[lead:lead + 1] not in firsts or text[lead] in _VERB_SURNAMES:
            continue  # (most 的 are followed by no surname: looked at first)
        size = next((size for size in (4, 3, 2) if (entry := builtin().get(text[lead - 1 - size:lead - 1])) is not None
                     and entry[0] == "PLACE" and entry[2] > CONTEXT), None)  # (not 前进, a place only in context)
        end = read_name(text, lead) if size is not None else None
        if end is None or crosses_word(text, end) or is_known_place(text[lead:end]) \
                or _word_of_another_kind(text[lead:end]):
            continue
        if text.endswith("来自", 0, lead - 1 - size):
            add(lead, end, threshold=-1.3)
        elif end - lead == 3 and text[lead:end] not in dictionary() and text[end - 1] not in _KIND_ENDS \
                and (text[end:end + 1] == "，" or _starts_word(text, end) or text[end + 1:end + 2] in ("了", "着")):
            add(lead, end, threshold=0.0)  # 呼和浩特的|王国兴|养了…: a full name, then what the person does
    for match in _SCORED.finditer(text) if "成绩" in text else ():  # 冠军的巩立娇|以19米46的成绩: a result won
        _name_before(text, match.start(), add, after="的")
    for match in _MEDAL_WON.finditer(text) if any(medal in text for medal in _MEDALS + ("夺冠",)) else ():  # ，王李超|获得亚军
        winners = [(match.start(2), match.end(2))] if match.group(2) else []
        at = match.start(1)
        for item in match.group(1).split("、"):
            winners.append((at, at + len(item)))
            at += len(item) + 1
        for start, end in winners:
            if read_name(text, start) == end:
                add(start, end)
    for word in _COMPANIONS:  # 李禄松|和同事正通过…, 米东|和工友们正在…: a person at work with others
        for at in all_after(text, word):
            if text[at - len(word) - 1:at - len(word)] in ("和", "与"):
                _name_before(text, at - len(word) - 1, add)
    for at in all_after(text, "，生前") if "，生前" in text else ():  # 许允若，生前是…警长: a person remembered
        _name_before(text, at - 3, add, threshold=-2.5)
    for pos in positions:
        lead = next((verb for verb in _SERVED_AS if text.endswith(verb, 0, pos.start)), None)
        if lead is not None:  # …出生的杨秀珠，曾担任|浙江省建设厅副厅长
            _name_before(text, pos.start - len(lead), add, threshold=-2.5, after="的")
        elif (opening := captioned_name(text, pos)) is not None:
            add(opening, pos.start - 1, threshold=-2.5)  # 。杨忠民，中国铁路总公司副总工程师。: a caption's sentence
    for pos in positions:  # 以|姚志胜|为团长的…参访团: the person a delegation or group is led by
        if text[pos.start - 1:pos.start] == "为":
            at = next((pos.start - 1 - size for size in (3, 2) if text[pos.start - 2 - size:pos.start - 1 - size] == "以"
                       and read_name(text, pos.start - 1 - size) == pos.start - 1), None)
            if at is not None:
                add(at, pos.start - 1, threshold=-2.5)
    for match in _DESCRIBED_NAME.finditer(text) if "的" in text else ():  # …医疗保障工作的|胡跃林|，带领团队…
        at, end = match.start(1), match.end(1)
        if read_name(text, at) == end and (_starts_word(text, end + 1, min_freq=100) or text[end] != "，") \
                and not crosses_word(text, at) and not crosses_word(text, end):
            add(at, end, threshold=_DESCRIBED_GIVEN)  # (脱贫后的|苏立娟|正和姐妹们…: an adverb and what the person does)
    for at in all_after(text, "像") if "像" in text else ():  # 带头人产生了，像|杨金文，就是…: one of them named
        end = read_name(text, at) if at < 2 or text[at - 2] in "，。\n" else None  # (像 opens its clause)
        if end == at + 3 and text[end:end + 1] == "，":
            add(at, end, threshold=-1.3)
    for at in all_after(text, "家住") if "家住" in text else ():  # 家住河北张家口宣化区的|韩吉龙: a resident named
        of = text.find("的", at, at + _HOME_REACH)  # (not 自家|住在…的|南充顺庆区: 自家 a word, a place after 的)
        end = read_name(text, of + 1) if of > 0 and not any(ch in PUNCT for ch in text[at:of]) \
            and not crosses_word(text, at - 2) and not is_known_place(text[of + 1:of + 3]) else None
        if end is not None and not crosses_word(text, end):
            add(of + 1, end, threshold=-2.5)
    for at in all_after(text, "的《") if "的《" in text else ():  # 既有|崔颢|的《黄鹤楼》、|严阵|的《…》: a work's author
        _name_before(text, at - 2, add, after="有")
    for at in all_after(text, "家中") if "的" in text else ():  # 走进四世同堂的|郎素兰|家中: a person's home
        if not crosses_word(text, at - 2):  # (not 印尼国|家中长期: 国家 is a word)
            _name_before(text, at - 2, add, after="的")
    known_starts = {hit.start for hit in known}
    for hit in known:  # 路易斯·阿比纳德尔, not the known 阿比 inside a longer foreign name
        if TRANSLITERATION.issuperset(hit.name):
            start = hit.start
            while start > 0 and text[start - 1] in TRANSLITERATION:
                start -= 1
            if "·" not in text[start:hit.start]:  # 文莱苏丹|哈桑纳尔: what comes before is the name's only across a dot,
                start = next((hit.start - size for size in (2, 1) if hit.start >= size  # or in a name the dictionary
                              and text[hit.start - size:hit.end] in dictionary()  # knows (基|辛格), unless its first
                              and not is_common_word(text[hit.start - size - 1:hit.start - size + 1], 100)), hit.start)
                # character ends a word before it (亲王|威廉: not 王威廉)
            end = read_transliteration(text, hit.start) or (hit.end if start < hit.start else None)
            end = next((at for at in range(hit.end, end) if at in known_starts), end) if end else end  # (马克思|列宁
            # 主义: two known names, not one)
            if end is not None and (start, end) != (hit.start, hit.end) and end >= hit.end:
                found.setdefault((start, end), Candidate(start, end, "PERSON", text[start:end], RULE))
    for match in scan(_AFTER_FOREIGN, text):
        start = _transliteration_before(text, match.start())
        if start is not None and not any(k[1] == match.start() for k in found):
            found[(start, match.start())] = Candidate(start, match.start(), "PERSON", text[start:match.start()], RULE)
        elif start is None and match.group() in _FOREIGN_TITLES and _short_name_before_title(text, match.start()):
            found.setdefault((match.start() - 2, match.start()), Candidate(match.start() - 2, match.start(), "PERSON",
                                                                         text[match.start() - 2:match.start()], RULE))
    for at in (at for mark in HYPHENS if mark in text for at in all_after(text, mark)):
        name = _hyphenated(text, at - 1)
        if name is not None:  # 联合国…特别协调员|亨尼斯-普拉斯哈特
            found.setdefault(name, Candidate(*name, "PERSON", text[name[0]:name[1]], RULE))
    for name in _children_listed(text):
        found.setdefault(name, Candidate(*name, "PERSON", text[name[0]:name[1]], RULE))
    for name in _named_otherwise(text) if "名" in text else ():
        found.setdefault(name, Candidate(*name, "PERSON", text[name[0]:name[1]], RULE))
    dots = starts_before(text, ("·",), 6, 2)  # (where a name of parts can start: `re` would try each character)
    titled = [match for pos in positions if pos.priority > WEAK and "·" in text[pos.end + 2:pos.end + 8]
              and (match := _DOTTED_AFTER_TITLE.match(text, pos.end))]  # 芬兰共和国总统|亚历山大·斯图布
    titled += [match for age in (_AGED.finditer(text) if "岁的" in text else ()) if "·" in text[age.end() + 1:age.end() + 8]
               and (match := _DOTTED_AFTER_TITLE.match(text, age.end()))]  # 67岁的|如则·麦麦提
    dotted: dict[tuple[int, int], bool] = {}  # the dotted names read → whether a title vouches for it
    for match in [*matches_at(_DOTTED, text, dots), *matches_at(_DOTTED_AFTER_WORD, text, dots), *titled]:  # 巴依卡·凯力迪别克荣获…
        start, last = match.start(), text.rindex("·", match.start(), match.end())
        clause_end = _CLAUSE_MARK.search(text, match.end(), match.end() + 12)
        clause_end = clause_end.start() if clause_end else match.end()
        end = next((end for end in range(last + 2, match.end() + 1)  # the name ends where what is said of it starts
                    if end > last + 2 and (text[end:end + 1] in AFTER_NAME or end == match.end())
                    or text[end:end + 2] in _AFTER_TWO
                    or end > last + 2 and text[end:end + 1] == "副" and text.startswith(titles(), end + 1)  # …依明巴海|副委员长
                    or text[end:end + 1] in _ADVERBS_AFTER_ONE and is_han(text[end + 1:end + 2] or "。")  # 特雷莎·梅|将在…
                    or end == last + 2 and text[end:end + 1] in _PREPOSITIONS_AFTER_ONE
                    and text[end + 1:end + 2] not in TRANSLITERATION  # 约翰·基|对我国进行…
                    or text[end:end + 1] in "和与及" and any(is_known_place(text[end + 1:end + 1 + k]) for k in (2, 3))
                    # 玛德琳·金|和西澳州州长…: a conjunction, then a place
                    or text[end + 1:end + 2] in ("了", "着") and word_tag(text[end]) == "v"  # 如则·麦麦提|带着孩子们
                    or text[end + 2:end + 3] in ("了", "着") and word_tag(text[end:end + 2]) == "v"  # 纪尧姆·隆|交付了
                    or text[end:end + 1] == "家" and (text[end + 1:end + 3] in _AFTER_TWO  # 木拉洪|家去年…: his home
                                                     or text[end + 1:end + 2] in ("，", "。", "、", "；"))  # …伊盖尔|家，
                    or text[end:end + 1] == "称" and text[end + 1:end + 2] in _AFTER_SAYS  # 埃隆·马斯克|称，
                    or end >= last + 3 and _word_after_letters(text, last + 1, end)  # …卡斯特罗|如数家珍, …|多次
                    or _says_of_it(segment(text[end:match.end()]))
                    or clause_end > match.end() and _says_of_it(segment(text[end:clause_end]))), None)
        # (鲁道夫·萨德|高度赞赏中国…: what is said may run past the match)
        if end is not None and text.startswith(LANDMARK_HEADS, end + 2 if text.startswith("国际", end) else end) \
                or text.rfind("【", 0, start) > text.rfind("】", 0, start):
            continue  # 本·古里安国际|机场: a landmark named after a person; 【奋进新征程 建功新时代·大美边疆行】: a series'
            # title
        led = text.index("·", start) - start >= 4 and (_starts_word(text, start, "v", 1000)
                                                       or text.startswith("以及", start))
        if led:
            start += 2  # 面对|西摩·赫什, 以及|阿沛·阿旺晋美: a verb or a conjunction before the name
        if not led:
            start = _letters_after_words(text, start, text.index("·", start))  # 昨天我同|劳尔·卡斯特罗
        role = next((text[start:start + k] for k in (2, 3) if text[start:start + k] in _ROLE_NOUNS
                     or text[start:start + k] in title_set() or text[start:start + k] in _NAME_WORDS), "")
        if role and text.index("·", start) - start - len(role) >= 2:
            start += len(role)  # 村民|乌斯满江·木拉洪, 首相|特雷莎·梅: who the person is, before the name
        parts = text[start:end].split("·") if end is not None else []
        if end is not None and (start == 0 or text[start - 1] in _DOTTED_BEFORE or match.re is not _DOTTED or role
                                or led) \
                and all((_reads_as_letters(part) or match.re is _DOTTED_AFTER_TITLE
                         or _foreign_given_name(part) and (k + 1 < len(parts) or not is_han(text[end:end + 1] or "。")
                                                           or text[end:end + 2] in _AFTER_TWO))
                        and not _named_place(part) and not _opens_with_a_place(part)
                        for k, part in enumerate(parts)):  # (the title vouches)
            # (比尔·盖茨。: names the dictionary knows, where nothing follows them to tell where they end; a known given
            # name before the dot is fixed by the dot: 德国人约翰·拉贝在…)
            dotted[(start, end)] = dotted.get((start, end), False) or match.re is _DOTTED_AFTER_TITLE
    vouched = sorted({text[start:end] for (start, end), by_title in dotted.items() if by_title}, key=len, reverse=True)
    readings = sorted({text[start:end] for start, end in dotted}, key=len, reverse=True)
    for start, end in dotted:
        name = text[start:end]
        given = next((k for k in vouched if k != name and k in name and "·" not in name.replace(k, "", 1)), None)
        if given is not None:  # 李克强向|约翰·基, 约翰·基|对: the name a title gave, inside a longer reading of it
            start += name.index(given)
            end = start + len(given)
        else:
            end = next((start + len(k) for k in readings if len(k) > len(name) and k.startswith(name)
                        and text.startswith(k, start)), end)  # 库尔班江·赛买|提出生在…: the whole name read elsewhere,
            # where a word (提出) ran across its end
        found.setdefault((start, end), Candidate(start, end, "PERSON", text[start:end], RULE))
    for at in _clause_starts(text):
        if is_common_word(text[at:at + 2], 20):  # (before the name is read: it rejects most)
            continue
        end = read_name(text, at)
        if end is not None and end - at == 3 and text[end - 1] not in _WORD_SUFFIXES \
                and (text[end:end + 1] in _SUBJECT_NEXT or _starts_word(text, end, "vdp")) \
                and not _word_of_another_kind(text[at:end]) and not is_known_place(text[at:end]):
            add(at, end, threshold=-0.8)  # 周涛是, 李富林立即; not 全省新增, 成功应对, 普惠性发放, 伊斯兰|革命卫队, 阿尔山是 (a
            # county)
    ages = [m.end() for m in _AGE.finditer(text)] if "岁的" in text else []
    for at in ages:  # 23岁的|苏比努尔，: a transliterated name, the subject of its clause
        end = read_transliteration(text, at)
        if end is not None and 3 <= end - at <= 6 and (text[end:end + 1] in "，," or _HONORIFIC.match(text, end)) \
                and not _named_place(text[at:end]):
            found.setdefault((at, end), Candidate(at, end, "PERSON", text[at:end], RULE))  # (78岁的|弗朗克斯|老人)
    for at in ages + [m.end() for m in _mark_before_surname("，").finditer(text)]:  # 24岁的|文晓燕在, 田径赛场，|邹莉娟获得:
        if is_common_word(text[at:at + 2], 20):  # a subject that looks much like a name (the word first: it rejects most)
            continue
        end = read_name(text, at)
        if end is not None and end - at == 3 and text[end - 1] in _ADVERBS_BEFORE_VERBS and _starts_word(text, end, "v"):
            end -= 1  # 阎敏|正准备: a name of two, an adverb, a verb
        if end is not None and end - at in (2, 3) and text[at + 1:end] not in dictionary() and not crosses_word(text, end) \
                and (text[end:end + 1] in "是在" or _starts_word(text, end, "v")):
            add(at, end, threshold=2.0)
    for at in all_after(text, "/") if "/" in text else ():  # 王楚钦/孙颖莎: a pair of players
        pair = _PAIR_OF_NAMES.search(text, max(0, at - 4), at + 3)  # (a name of three, else of two, before it)
        if pair and all(read_name(text, pair.start(k)) == pair.end(k) and is_plausible_name(pair.group(k), -2.5)
                        for k in (1, 2)):
            add(*pair.span(1), checked=True)
            add(*pair.span(2), checked=True)
    for start, end in _roster_names(text) if text.count(" ") + text.count("\u3000") >= _ROSTER_LEAST - 1 else ():
        add(start, end, checked=True)  # a roster: 齐成喜 江广平 江尔雄（女） 江利平
    for match in _HONOURED.finditer(text) if "”" in text else ():
        end = read_name(text, match.end())
        if end is not None and not crosses_word(text, end):
            add(match.end(), end)  # “当代雷锋”|郭明义: the name after the honour it was given
    for match in _AGED_NAME.finditer(text) if "岁的" in text else ():
        name = match.group(1)
        if read_name(text, match.start(1)) is not None and name_score(name) >= _AGED_NAME_SCORE:
            add(*match.span(1), checked=True)  # 82岁的|陈义和|老人: a name between an age and who the person is
    post_ends = {pos.end for pos in positions}
    for at, end in _introduced(text):
        add(at, end)
    for at, end in _recurring_subjects(text):
        name = text[at:end]
        titled = not _known_person(name[:2]) and any(after - len(name) in post_ends for after in all_after(text, name))
        add(at, end, threshold=-0.8, checked=text.count(name) >= 3 and (name_score(name) >= _SURELY_GIVEN or titled))
        # (钱海军 printed three times and more: a given name of characters names favour, though 海军 is a word;
        # 会长邓中华…。邓中华对…。邓中华还…: once after a title)
    for match in scan(_ERA, text):
        end = read_name(text, match.end())
        if end is not None and not crosses_word(text, end):
            add(match.end(), end, checked=True)  # ——（宋）陆游: the era leaves no doubt
    for start, end in byline_spans:
        _bylines(text, start, end, add)
    for match in _PHOTO_CREDIT.finditer(text) if "摄" in text else ():  # the scan is slow; credits are rare
        add(match.start(1), match.end(1), "photographer")
    for pos in positions:
        _names_listed_after(text, pos.end, add)
    for match in _PEOPLE_AFTER.finditer(text) if "等" in text else ():
        _names_listed_before(text, match.start(), add, after_longer=True)
    for at in all_after(text, "组成的") if "、" in text else ():  # 由徐梦桃、孙佳旭、齐广璞|组成的中国队: a team's members
        if _TEAM_AFTER.match(text, at) and text.rfind("由", clause_start(text, at - 3), at - 3) >= 0:
            _names_listed_before(text, at - 3, add)
    for match in matches_at(_COUNTED_PEOPLE, text, starts_before(text, ("名", "位"), 3, 1)) if "、" in text else ():
        listed = text[clause_start(text, match.start()):match.start()]
        joined = bool(re.fullmatch(f"[{HAN}]{{2,3}}和[{HAN}]{{2,3}}", listed.rsplit("、", 1)[-1])) and "、" in listed
        count = int(match.group(1)) if match.group(1).isdigit() else numeral_value(match.group(1))
        if listed.count("、") + 1 + joined == count and not listed.endswith("等"):
            _names_listed_before(text, match.start(), add)  # 邀请肖文儒、…、王德朋|五位…代表: as many names as counted
            # (…、肖雁宁和向玢璇|8名选手: the last two joined)
    for word in _SEVERALLY:  # 王战、刘世锦、李扬…樊纲|分别就…谈了看法: names listed before what each of them does
        for at in all_after(text, word) if word in text else ():
            end = at - 2
            while text[end - 1:end] in _ADVERBS_BEFORE_SEVERALLY and (
                    text[end - 1] != "正" or end - 1 - text.rfind("、", 0, end) == 4):
                end -= 1  # 夏华、陆晓琳、贾少谦|还|分别…; 刘伯明、汤洪波|正|分别… (not 王建正|分别)
            items = text[clause_start(text, end):end].split("、")
            if len(items) >= 3 and text[end - 1:end] != "等" and not any(is_known_place(item) or is_common_word(item, 20)
                                                                        for item in items[1:]):
                _names_listed_before(text, end, add)  # (not 安康、石泉|分别入选…: places; 等 is read elsewhere)
    for person in [*found.values(), *known]:
        if text[person.start - 1:person.start] == "、":  # 杨关林、李巍、…、丛斌|委员: the names listed before a found one
            _names_listed_before(text, person.end, add)
    _long_lists_of_names(text, add)
    _continue_lists(text, found, add, known)
    _listed_among_names(text, [*found.values(), *known], add)
    return list(found.values())


_LIST_CLAUSE = re.compile(r"[^，。；：！？\n（）()“”]{20,}")  # a clause long enough for six names


def _long_lists_of_names(text: str, add) -> None:
    """The inner items of a long list of names (…看望了胡锦涛、朱镕基、…、阿不来提·阿不都热西提、李兆焯、…): eight of ten
    or more of at least six read as names, so each inner one with a surname (or a dotted one) is a name too."""
    if text.count("、") < 5:
        return
    for clause in _LIST_CLAUSE.finditer(text):
        if clause.group().count("、") < 5:
            continue
        spans = _item_spans(clause.start(), clause.group().split("、"))[1:-1]  # (not the first and last: what is said
        # before and after the list runs into them)
        names = [text[a:b] for a, b in spans]
        named = sum(is_plausible_name(name, -2.5) or _known_person(name) for name in names)
        if named < 5 or named * 5 < len(names) * 4:
            continue
        for (a, b), name in zip(spans, names):
            dotted = "·" in name[1:-1] and all(ch == "·" or is_han(ch) for ch in name)
            if dotted and len(name) <= 14 or 2 <= len(name) <= 3 and read_name(text, a) == b:
                add(a, b, checked=True)


_LISTED_ITEM = re.compile(rf"[、和]((?:(?![和与及、])[{HAN}]){{2,4}})(?=[、和]|等)")


def _listed_among_names(text: str, persons: list[Candidate], add) -> None:
    """Items of a list of names the rules do not read as names (Tibetan ones of two characters, 热地, 列确): those between two
    names found, and those after a name found up to 等 and a kind of people (帕巴拉·格列朗杰、|热地|、向巴平措和|列确|、|巴桑|
    等老同志); no place and no word of the language."""
    starts = {c.start for c in persons}
    for person in sorted(persons, key=lambda c: c.start):
        at, items = person.end, []
        while (item := _LISTED_ITEM.match(text, at)) is not None:
            items.append(item.span(1))
            at = item.end()
            if at + 1 in starts or _PEOPLE_AFTER.match(text, at):
                for start, end in items:
                    if not is_known_place(text[start:end]) and not is_common_word(text[start:end], 20):
                        add(start, end, checked=True)
                break
            if len(items) == 3:
                break


@lru_cache(maxsize=None)
def _places_abroad() -> tuple[str, ...]:
    """Other countries, cities and states abroad and the international bodies: a post qualified by one is held abroad
    (弗吉尼亚州州长|麦克唐纳, 非盟委员会代理主席|夸第)."""
    bodies = {spelling for e in orgs() if e.kind in ("world", "international") for spelling in (e.name, *e.aliases)}
    return _countries() + tuple(sorted(world_cities() | bodies))


@lru_cache(maxsize=None)
def _countries() -> tuple[str, ...]:
    """Other countries' names and spellings: a post qualified by one is held abroad (美国彭博集团创始人|布隆伯格,
    印尼总统特使|卢胡特)."""
    return tuple(sorted(foreign_country_spellings()))


def _foreign_given_name(part: str) -> bool:
    """A part of a dotted name that the dictionary knows as a foreign name (比尔, 盖茨, 约翰; 史密斯, 邓肯: ending as one)."""
    return word_tag(part) in ("nr", "nrt") and part[-1] in TRANSLITERATION


def _reads_as_letters(part: str) -> bool:
    """Whether a part of a dotted name is read mostly as single characters, as a transliteration is (凯|力|迪|别克),
    not as words (举办|首届|中国)."""
    if any(ch in COUNT_NUMERALS or ch.isdigit() for ch in part[:2]):
        return False  # 二十四节气·大暑: a count opens no name
    pieces = segment(part)
    if any(len(word) > 1 and word_tag(word) in ("v", "vn") and is_common_word(word, 20) for word in pieces):
        return False  # 启航新征程·数风流人物: a headline of phrases, a verb in them
    in_words = sum(len(word) for word in pieces if len(word) > 1 and is_common_word(word, 100))
    return 2 * in_words <= len(part)  # (玛|依|努尔: half a word still reads as letters)


def comrade_before(text: str, at: int) -> int:
    """The length of the 同志 that follows a name in an appointment, ending at `at` (任命洪亮同志为…), or 0."""
    return 2 if text.startswith("同志", at - 2) else 0


def _appointing_opened(text: str, at: int) -> int | None:
    """The start of the sentence that runs to `at` if an appointing verb is printed in it (增补…，|韩勇为…), else None."""
    opening = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
    return opening if any(verb in text[opening:at] for verb in _APPOINTING) else None


def _appointee_between(text: str, end: int, add) -> None:
    """The name between an appointing verb, or the comma of the sentence that opened with one, and the 为 at `end`,
    whatever its characters (任命张茂于为…: 于 may end a given name; ，多杰热旦、张裔炯、蒋建国为…: names listed)."""
    end -= comrade_before(text, end)
    opening = _appointing_opened(text, end)
    if opening is None:
        return
    lead = max(text.rfind(mark, opening, end) + len(mark) for mark in _APPOINTING + ("，", "；")
               if text.rfind(mark, opening, end) >= 0)
    items = _item_spans(lead, text[lead:end].split("、"))
    if all(2 <= b - a <= 4 and all(map(is_han, text[a:b])) for a, b in items):
        single, compound = _surnames()
        for a, b in items:
            if text[a] in single or text[a:a + 2] in compound or _tibetan_name_end(text, a) == b:
                add(a, b, checked=True)


def appointee_before(text: str, at: int) -> bool:
    """Whether the post at `at` is given to or taken from the name before it (任命张新民为|…副秘书长, 免去李高的|…
    委员职务, and the names listed after in the same sentence: ，王蒙徽为|…副主任委员), or held by it as the frame says
    (以习近平同志为|总书记的党中央)."""
    link = text[at - 1:at]
    if at < 4 or link not in ("为", "的") or link == "的" and "职务" not in text[at:at + 40]:
        return False
    noted = _NOTE_AFTER_NAME.search(text, max(0, at - 8), at - 1)
    at -= len(noted.group()) if noted else 0  # 任命王正伟(回族)|为…, 郭声琨(兼)为…: a note on the appointee
    comrade = comrade_before(text, at - 1)
    for size in (2, 3, 4):
        start = at - 1 - comrade - size
        if text.endswith(_APPOINTING, 0, start):
            return True
        if _APPOINTED_LIST.search(text, max(0, at - 40), at):
            return True  # 增补马晓伟、易会满、曹军为|…委员, 免去张常韧、柯汉民的|…职务
        if link == "为" and comrade and text.endswith("以", 0, start):
            return True  # 以习近平同志为|总书记的党中央
        if link == "为" and start > 0 and text[start - 1] in "，；" and _appointing_opened(text, start) is not None:
            return True
    if link == "为" and _LEADS_WHAT.match(text, at) and _led_by_name(text, at - 1):
        return True  # 以…国际部部长李洙墉为|团长的朝鲜友好艺术团: the one who leads a delegation
    if link == "为" and "、" in text[max(0, at - 16):at]:  # ，尚勇、柯尊平为|…副主任: a list after an earlier appointee
        lead = max(text.rfind("，", 0, at), text.rfind("；", 0, at)) + 1
        listed = text[lead:at - 1].split("、")
        return lead > 0 and _appointing_opened(text, lead) is not None \
            and all(2 <= len(item) <= 4 and all(map(is_han, item)) for item in listed)
    return False


_PEOPLE_COUNTED = re.compile(f"[{COUNT_NUMERALS}]位")


def counted_after_names(text: str, at: int, person_ends: Container[int]) -> int | None:
    """Where the last name ends if the title at `at` follows names and a count of them (李先念、薄一波两位|副总理) or a
    list of them and 等 (杨雄、应勇…、黄迪南等|代表): each holds it; else None."""
    if at >= 2 and at - 2 in person_ends and _PEOPLE_COUNTED.fullmatch(text, at - 2, at) is not None:
        return at - 2
    return at - 1 if text[at - 1:at] == "等" and at - 1 in person_ends and "、" in text[max(0, at - 6):at - 2] else None


_NOTE = r"[（(][^（）()，。]{1,4}[）)]"  # (女), (回族), (兼): what an appointment notes of a name
_NOTE_AFTER_NAME, _NOTE_BEFORE_WEI = re.compile(_NOTE + "$"), re.compile(_NOTE + "(?=为)")


def note_after_name(text: str, end: int) -> int:
    """The length of a note in brackets right after a name that ends at `end` and before its 为 (吴爱英(女)为…)."""
    note = _NOTE_BEFORE_WEI.match(text, end)
    return len(note.group()) if note else 0


_LEADS_WHAT = re.compile(rf"[{HAN}]{{1,5}}的")  # 为|团长的…


def _led_by_name(text: str, end: int) -> bool:
    """Whether a name ends at `end` in a phrase opened by 以 in its clause (以…李洙墉|为团长的)."""
    lead = text.rfind("以", max(0, end - 40), end)
    if lead < 0 or any(mark in text[lead:end] for mark in "，。；：\n"):
        return False
    return any(is_plausible_name(text[end - size:end]) for size in (3, 2)) \
        or any(read_transliteration(text, end - size) == end for size in range(6, 1, -1))


_SIDES = frozenset("方军队侧企")  # 乌军, 洪方: a country's side or army by its letter, no given name (李兴军 has one)


def _word_after_letters(text: str, first: int, end: int) -> bool:
    """Whether a common word that is not transliterated starts at `end`, after transliterated characters from `first`
    (…卡斯特罗|如数家珍, …卡斯特罗|多次, …卡斯特罗|祝贺; not …古里|安国际机场: a noun may go on a name's letters)."""
    return all(ch in TRANSLITERATION for ch in text[first:end]) and any(
        len(word) > 1 and is_common_word(word, 50) and not set(word) <= TRANSLITERATION
        and (word[0] not in TRANSLITERATION or not word_tag(word).startswith("n"))
        for word in (*segment(text[end:end + 4])[:1], text[end:end + 2]))  # (…卡斯特罗|举行会谈: 举行 opens a rarer word)


def _letters_after_words(text: str, start: int, dot: int) -> int:
    """Where the first part of a dotted name starts when common words, none with a character of transliteration and
    one of them a preposition or longer than a character, open the match before its transliterated characters
    (昨天我同|劳尔·卡斯特罗, 与|菲德尔·卡斯特罗; not 阿|尼巴尔, 买买|提明), else `start`."""
    at, opened = start, False
    for word in segment(text[start:dot]):
        if opened and dot - at >= 2 and all(ch in TRANSLITERATION for ch in text[at:dot]):
            return at
        if not (is_common_word(word, 100) or _known_person(word)) or any(ch in TRANSLITERATION for ch in word):
            return start
        at, opened = at + len(word), opened or len(word) > 1 or word_tag(word) in ("p", "c")  # (习近平同|劳尔·…)
    return start


def _says_of_it(words: list[str]) -> bool:
    """Whether the words after a dotted name say something of it: all common words, or the characters that follow a
    name, the first a word (…凯力迪别克|荣获, …茹仙|长期工作在一线), or a common
    word of an adverb's kind before a rarer verb (…艾力|主动请缨; not a letter of the name: …奈斯比|特看来)."""
    return all(len(word) > 1 and is_common_word(word, 100) or word in AFTER_NAME for word in words) \
        and len(words[0]) > 1 or \
        len(words) == 2 and is_common_word(words[0], 100) and word_tag(words[0])[:1] in "bd" \
        and word_tag(words[1]) == "v" and (len(words[0]) > 1 or words[0] not in TRANSLITERATION)


def captioned_name(text: str, post: Candidate) -> int | None:
    """Where the name starts of a sentence that is a name, a comma and a post, as a caption gives them (。杨忠民，中国铁路
    总公司副总工程师。), or None."""
    comma = post.start - 1
    if text[comma:post.start] != "，" or text[post.end:post.end + 1] not in ("。", "\n"):
        return None
    return next((comma - size for size in (3, 2) if comma - size >= 0 and (comma == size or text[comma - size - 1] in "。\n")
                 and read_name(text, comma - size) == comma), None)


_SERVED_AS = ("，曾担任", "，曾经担任", "，曾任", "，现任")  # between a name and a post it holds or held


_WHO = "(?:师|员|长|工|手|家|生|书记|干部|主任|代表|模范|标兵|农民|村民|职工)"
_WHO_ENDS = re.compile(rf"的[“]?[{HAN}]{{1,8}}?{_WHO}[”]?$")
_WHO_APPOSED = re.compile(rf"，[^，。；：\n的]{{2,24}}?{_WHO}。")  # ⏎郭可江|，中央财经大学2008届毕业生。


def _introduced(text: str) -> list[tuple[int, int]]:
    """Names that open a paragraph and the sentence that says who they are (唐鹏是山东济南一家家电企业的生产线操作师，…;
    黄丽萍是…选派到杨树村的“第一书记”，…), or open a sentence of who someone is (…呢？郭可江，中央财经大学2008届毕业生。): a
    name read there, no word or place, before 是 and a clause ending in what someone is, or before a comma and such a
    sentence."""
    found = []
    for at in sentence_openings(text):
        if text[at + 2:at + 3] not in ("是", "，") and text[at + 3:at + 4] not in ("是", "，"):
            continue  # (no name of two or three characters before either: most sentences, read no further)
        end = read_name(text, at)
        if end is None or text[end:end + 1] not in ("是", "，") or is_common_word(text[at:end], 20) \
                or is_known_place(text[at:end]):
            continue
        if text[end] == "，":
            if _WHO_APPOSED.match(text, end):
                found.append((at, end))
            continue
        if at and text[at - 1] != "\n":
            continue  # (is 是 only where a paragraph opens)
        stop = min((k for k in (text.find("，", end), text.find("。", end)) if k >= 0), default=-1)
        if 0 < stop - end <= 40 and _WHO_ENDS.search(text, end, stop):
            found.append((at, end))
    return found


def _recurring_subjects(text: str) -> list[tuple[int, int]]:
    """Names of two or three characters that open a clause and act (熊丽始终坚守一线, 徐纬一直在杭州) or open a list
    (赛华征、付蕊正在…): no word of the dictionary, printed more than once in the text (a person the story follows)."""
    found = []
    sides = {text[at - 2] for at in all_after(text, "方")} if "方" in text else set()  # 安 of 安方: a side's letter
    for mark in _mark_before_surname("，。！？；\n").finditer(text):  # (no name without a surname)
        at = mark.end()
        # once a clause, for both lengths (neither check depends on the length tried); the word first: it rejects most
        if is_common_word(text[at:at + 2], 20) or read_name(text, at) is None \
                or text[at] in _VERB_SURNAMES and (text[at + 1:at + 2] in _PLACE_LETTERS or text[at + 1:at + 2] in sides):
            continue  # (来琼|工作, 在京|召开: a verb and a province's letter; 向安|留学生 where the text says 安方)
        for end in (at + 2, at + 3):
            name = text[at:end]
            if len(name) == end - at and name[-1] not in _WORD_SUFFIXES and (len(name) == 3 or name[-1] not in _SIDES) \
                    and name not in dictionary() \
                    and (text[end:end + 1] in _SUBJECT_NEXT or text[end:end + 1] in ("、", "的") or _starts_word(text, end, "vdp")) \
                    and not crosses_word(text, end) and (count := text.count(name)) >= 2 \
                    and (count >= 3 or _opens_clauses(text, name) >= 2) \
                    and (text[end:end + 1] != "的" or count >= 3 and is_plausible_name(name, 0)):  # (…留用银龄人才，|银龄行动…:
                # a programme; ，边文波|的工作量: one the story follows, a name printed three times)
                found.append((at, end))
    return found


_ROSTER_ITEM = re.compile(rf"([{HAN}][{HAN}·]{{1,9}})(?:（[^（）\n]{{1,12}}）)?")  # a name and what it notes (女, 藏族)
_ROSTER_LEAST = 6  # the fewest names a line of names separated by spaces holds


def _roster_names(text: str) -> list[tuple[int, int]]:
    """The names of a roster: a line of six or more items separated by spaces, most of them opening with a surname
    (the others Tibetan, Uyghur or other names: 齐扎拉, 吉尔拉·衣沙木丁), as lists of officials elected print them."""
    found = []
    single, compound = _surnames()
    at = 0
    for line in text.split("\n"):
        start, at = at, at + len(line) + 1
        if line.count(" ") + line.count("\u3000") < _ROSTER_LEAST - 1 or any(role in line for role in BYLINE_ROLES):
            continue  # (记者 周尤 周盈 龙丹梅…: a byline, its names read with their role)
        items = [m for m in (_ROSTER_ITEM.fullmatch(piece) for piece in re.split("[ \u3000]+", line.strip())) if m]
        names = [m.group(1) for m in items]
        surnamed = [n for n in names if (n[0] in single or n[:2] in compound) and len(n) <= 4]
        if len(names) < _ROSTER_LEAST or len(surnamed) * 5 < len(names) * 4:
            continue
        offset = start + len(line) - len(line.lstrip())
        for piece in re.split("([ \u3000]+)", line.strip()):
            match = _ROSTER_ITEM.fullmatch(piece)
            if match and (len(match.group(1)) <= 4 or "·" in match.group(1)):
                found.append((offset, offset + len(match.group(1))))
            offset += len(piece)
    return found


def _unworded_name(text: str, at: int) -> bool:
    """Whether a name of three characters whose given name is no word of the dictionary opens at `at`, followed by a
    mark or a verb (江敦涛，, 江敦涛受到…)."""
    end = read_name(text, at)
    return end == at + 3 and text[at + 1:end] not in dictionary() and is_plausible_name(text[at:end]) \
        and (text[end:end + 1] in _NAME_END_MARKS or _starts_word(text, end, "v"))


def _opens_clauses(text: str, name: str) -> int:
    """How many times `name` opens a clause, a line or an item of a list in `text`."""
    return sum(at == 0 or text[at - 1] in "，。！？；、\n" for at in (end - len(name) for end in all_after(text, name)))


def _place_before(text: str, end: int) -> bool:
    """Whether a place the built-in lexicon knows, of two to four characters, ends at `end` after a boundary."""
    for size in (4, 3, 2):
        entry = builtin().get(text[end - size:end]) if end >= size else None
        if entry is not None and entry[0] == "PLACE" and (end == size or not is_han(text[end - size - 1])
                                                          or text[end - size - 1] in _BOUNDARY_BEFORE):
            return True
    return False


def _opens_with_a_word(name: str) -> bool:
    """Whether a frequent word that names no one opens a name of three characters (任命|新, 任务|重): no name."""
    return len(name) == 3 and is_common_word(name[:2], 1000) and word_tag(name[:2]) not in NAME_TAGS


def _name_before(text: str, end: int, add, strict: bool = True, threshold: float = -1.3, known_names: bool = False,
                 after: str = "", closed: bool = False) -> None:
    """A name of 3 or 2 characters ending at `end`, with a boundary (or a verb of honouring, or a character of
    `after`) before it when `strict`; a person the lexicon knows first (赞成李强总理: 李强, not 成李强); the 同志
    after a name left out (张茂于同志|不再担任); `closed`: what follows ends a name (张超|烈士: not read as 张超烈)."""
    comrade = comrade_before(text, end)
    end -= comrade
    threshold = min(threshold, -2.5) if comrade else threshold  # (同志 vouches for a name, and ends it)
    tibetan = next((n for n in (6, 4) if end >= n and _tibetan_name_end(text, end - n) == end), None)
    if tibetan is not None and (end == tibetan or not strict or text[end - tibetan - 1] in _BOUNDARY_BEFORE
                                or text[end - tibetan - 1] in after):
        add(end - tibetan, end, checked=True)  # 。巴桑卓玛|委员: a Tibetan name, not its last part
        return
    known = next((n for n in (2, 3) if _known_person(text[end - n:end])), None)
    for length in (known,) if known else (3, 2, 4):
        start = end - length
        if start < 0:
            continue
        if strict and start > 0 and text[start - 1] not in _BOUNDARY_BEFORE and text[start - 1] not in after \
                and not text.endswith(_HONOURING + _APPOINTING + MET, 0, start):
            continue
        if text[start] in _VERB_SURNAMES and start > 0 and is_han(text[start - 1]) \
                and not text.endswith(_APPOINTING, 0, start) \
                and not (text[start - 1] == "的" and text[start] not in _JOINING):
            continue  # 深化|和拓展|代表工作: a conjunction or preposition after a word, no surname (撤销|于鲁明, 农村的|向平华: one)
        if length == 3 and not known and text[start] in "和与及同跟" and is_plausible_name(text[start + 1:end], threshold):
            continue  # 和|李明夫妇: a conjunction, then a name of two
        if text[start] == "经" and _LEAVE_GIVEN.match(text, end):
            continue  # 经|习主席批准: the preposition of a leave given by whom follows, no surname
        if length == 2 and (text[start:end] in BILATERAL_PAIRS or text[end - 1] + text[start] in BILATERAL_PAIRS):
            continue  # 越中|同志加兄弟, 越中关系: China and a partner, named by their letters
        if length == 2 and not known and word_tag(text[start:end]) in ("n", "vn"):
            continue  # 智库|代表: a noun before the title, no name
        if length == 2 and not known and text[end - 1] in _LOCATIVES:
            continue  # 回信，|信中|说: in the letter, no name
        if length == 3 and not known and text[start - 1:start] in "在从于" and text[end - 1] in _LOCATIVES \
                and is_common_word(text[start:end - 1], 20):
            continue  # 在|贺信中|代表越南党: the place in a thing (a word before 中), no name
        if (comrade or read_name(text, start) == end or closed and read_name(text, start) == end + 1) \
                and is_plausible_name(text[start:end], threshold, known_names) and \
                (strict or known or reads_as_word(text, start, end) and not is_common_word(text[start:end], 400)
                 and not _opens_with_a_word(text[start:end])):  # (哈萨克斯坦|任命新|总理)
            add(start, end, checked=True)  # not 过来|欢送 总书记 (来欢送), 师生代表 (师生: a frequent word tagged nr)
            return


# A name alone on the rest of an author's line, its characters perhaps spaced out: 龚 正, 包钢.
_AUTHOR_LINE = re.compile(rf"[{HAN}](?:[ \u3000]?[{HAN}]){{1,3}}(?:\n|$)")


def _author_name(text: str, title_start: int, at: int) -> bool:
    """Whether a report's author line (上海市市长 龚 正) holds a title alone up to `title_start` and a name from
    `at` to its end, a surname first."""
    line_start = text.rfind("\n", 0, title_start) + 1
    line = _AUTHOR_LINE.match(text, at)
    if line is None or title_start - line_start > 16 or not all(map(is_han, text[line_start:title_start])):
        return False
    single, compound = _surnames()
    name = "".join(line.group().split())
    return name[0] in single or name[:2] in compound


def _known_person(name: str) -> bool:
    entry = builtin().get(name)
    return entry is not None and entry[0] == "PERSON"


_HAN_RUN = re.compile(f"[{HAN}]+")


def _bylines(text: str, start: int, end: int, add) -> None:
    for match in _BYLINE.finditer(text, start, end):
        role = BYLINE_ROLES[match.group(1)]
        tokens = _HAN_RUN.finditer(match.group(2))
        pending = None  # a one-character token waiting for its second half ("张 珺")
        base = match.start(2)
        for token in tokens:
            a, b = base + token.start(), base + token.end()
            if pending is not None:
                if b - a == 1:
                    add(pending, b, role)
                pending = None
                continue
            if b - a == 1:
                pending = a
            elif 2 <= b - a <= 4:
                add(a, b, role)


_LISTED_NAMES = re.compile(rf"[{HAN}]{{2,3}}(?:、[{HAN}]{{2,3}})+")
# Names listed after a role: the first may be a long one of another people's (乡村医生|居马泰俄白克、钟晶…), any of four
# characters (…、洛松江村、…) and each may carry a note (何太瑜（夫妇）).
_NAMES_AFTER_ROLE = re.compile(rf"[{HAN}]{{2,6}}?(?:（[{HAN}]{{1,4}}）)?"
                               rf"(?:、(?:[{HAN}]{{4}}(?=、|（)|[{HAN}]{{2,3}})(?:（[{HAN}]{{1,4}}）)?)+")
_NOTE_AFTER_ITEM = re.compile(rf"（[{HAN}]{{1,4}}）$")


def _names_listed_after(text: str, at: int, add) -> None:
    """全国人大代表尹同跃、杭侃、刘传健: names listed after a title, all taken when most of them read as names
    (a given name may hold a character that rarely follows a surname: 尹同跃); after a copula (执行主席是|杜青林、罗富和)."""
    at += text[at:at + 1] in ("是", "为") and text[at + 1:at + 2] in _surnames()[0]
    match = _NAMES_AFTER_ROLE.match(text, at)
    if match is None:
        return
    items = []
    for item in match.group().split("、"):
        note = _NOTE_AFTER_ITEM.search(item)
        items.append((at, at + len(item) - (len(note.group()) if note else 0)))
        at += len(item) + 1
    last_start, last_end = items[-1]
    if (tibetan := _tibetan_name_end(text, last_start)) is not None:
        items[-1] = (last_start, tibetan)  # …、夏吾卓玛也: a Tibetan name of four characters
    elif last_end - last_start == 3 and (text[last_end - 1] in AFTER_NAME or _starts_word(text, last_end - 1, "v")
                                         or _starts_word(text, last_end - 1, "ad", 200)):
        items[-1] = (last_start, last_end - 1)  # …、刘传健也, …、王勇出席, …、李磊壮烈牺牲: not 传健也, 王勇出, 李磊壮
    elif crosses_word(text, last_end) and text[last_end:last_end + 1] not in AFTER_NAME:
        items.pop()  # 议长伊图、|国民议|会议长孔巴, 孔巴、|全体政|府部长: a word runs across its end, no name
    _take_listed_names(text, items, add)


# A kind of people, or their speaking, after a list of names: 李清学、刘本成等先进典型, 张斌、李迅雷等先后发言, 戴继双、梁稳根等几位
# 全国人大代表.
_PEOPLE_AFTER = re.compile(rf"等(?:\d+|[{COUNT_NUMERALS}]+|几)[名位][{HAN}]{{0,6}}?(?:员|师|生|者|家|手|警|代表|干部|模范|人物|个人|常委|委员)|"
                           rf"等(?:\d+|[{COUNT_NUMERALS}]+)名[{HAN}]{{0,10}}?(?:责任人|嫌疑人|当事人)|"  # 等14名涉嫌犯罪的有关责任人
                           rf"等(?:\d+|[{COUNT_NUMERALS}]+)?[名位]?老?(?:先进典型|先进人物|英雄模范|劳动模范|模范人物|时代楷模|"
                           r"优秀代表|同志|院士|专家|科学家|运动员|企业家|人(?![群员士才口力物类民数均次工身文])|"
                           r"(?:先后|相继|分别)?(?:发言|讲话|致辞))|"
                           rf"等[{HAN}]{{0,4}}?代表(?=作|发言|讲话|致辞|先后|分别|相继)|"  # 等获奖代表作先进事迹报告
                           rf"等(?:众多|一批|多名)[{HAN}]{{0,6}}?(?:冠军|运动员|选手|英雄|模范)")  # 等众多羽毛球世界冠军


_TEAM_AFTER = re.compile(rf"[{HAN}]{{0,6}}?(?:队|团队|组合|小组|班子)")  # a team that names its members before it


# Those a list of names counts, without 等 (肖文儒、蒋海昆、…|五位应急管理系统优秀党员代表, …和向玢璇|8名选手): the count
# checks the list.
_COUNTED_PEOPLE = re.compile(rf"(?<=[{HAN}])([{COUNT_NUMERALS}]{{1,3}}|\d{{1,2}})[名位]"
                             rf"(?=[{HAN}]{{0,10}}?(?:代表|同志|模范|人物|专家|院士|英雄|楷模|选手|运动员|队员))")
_DIRECTIONAL = ("上去", "下去", "上来", "下来", "进去", "进来", "出去", "出来", "过去", "过来", "回去", "回来", "上前")  # after a verb
_MEDALS = ("冠军", "亚军", "季军", "金牌", "银牌", "铜牌")
# Who wins a medal or a place, opening a clause (，王李超获得亚军; 崔哲以102公斤的成绩收获一枚银牌).
_MEDAL_WON = re.compile(rf"(?<=[，。；：\n])((?:[{HAN}]{{2,3}}、){{0,4}}[{HAN}]{{2,3}}?)(?:和([{HAN}]{{2,3}}?))?"
                        r"(?:分别|先后|也|还|又)?"
                        r"(?:以[^，。；]{1,12}?(?:成绩|优势))?(?:(?:获得|夺得|摘得|收获|摘取|赢得)了?[^，。；]{0,20}?(?:"
                        + "|".join(_MEDALS) + ")|夺冠)")  # (昌雅妮和杨健|分别…; 杜宇、高博和张奕垚|夺得了…冠军; 梁小梅|以
# 绝对优势夺冠)
_SCORED = re.compile(r"以[\d.]{1,8}[^，。；、的]{0,8}的?成绩")  # a result a name wins with (以19米46的成绩)
_PREPOSITIONS_BEFORE_ONE = frozenset("对向把将给")  # before the one name of 等N名…
_NOT_SURNAMES_BEFORE_ONE = frozenset("对把给由")  # prepositions before names that are no surname (not 向: 向玢璇; 将)
_SEVERALLY = ("分别", "先后", "相继")  # after a list of those who each do what follows
_ADVERBS_BEFORE_SEVERALLY = frozenset("还也都又均则正")


def _names_listed_before(text: str, end: int, add, after_longer: bool = False) -> None:
    """涌现出李清学、刘本成等先进典型: the names listed before 等 and a kind of people (the first after the words
    that lead it); `after_longer`: those after the clause's last item longer than a name, which ends with the first
    of them (共青团中央、全国青联决定授予王传英、王兴兴、牛菲菲|等30名同志)."""
    clause = clause_start(text, end)
    parts = text[clause:end].split("、")
    joined = re.fullmatch(rf"([{HAN}]{{2,3}})[和及与][{HAN}]{{2,3}}", parts[-1]) if len(parts) >= 2 else None
    items = _item_spans(clause, parts)
    if joined:  # …、周坚红和梁春荣等: the last two joined by 和
        a, b = items.pop()
        items += [(a, a + joined.end(1)), (a + joined.end(1) + 1, b)]
    if len(items) == 1:  # 对|王国利|等14名…责任人: one name after a preposition; ，李福寿|等16人: one opening a clause
        start = next((end - n for n in (3, 2) if (text[end - n - 1:end - n] in _PREPOSITIONS_BEFORE_ONE
                                                  or end - n == clause) and read_name(text, end - n) == end), None)
        if start is not None:
            add(start, end, threshold=-1.5 if start > clause else 0.0)
        return
    items = [items[0]] + [_name_after_affiliation(text, a, b) for a, b in items[1:]]  # 新华社|李柯勇
    longer = [k for k, (a, b) in enumerate(items) if k and b - a > 4 and "·" not in text[a:b]] if after_longer else ()
    if longer and longer[-1] < len(items) - 2:
        items = items[longer[-1]:]
    sizes = [b - a for a, b in items[1:] if "·" not in text[a:b]]  # (…、库来西·依布拉音等: a name of parts)
    if len(items) < 2 or any(not 2 <= size <= 4 for size in sizes) or sizes.count(4) * 3 > len(items) + bool(joined):
        return  # (a name of four characters among them: 尼玛拉毛, a Tibetan name)
    first_start, first_end = items[0]
    if first_end - first_start == 3 and text[first_start] in _NOT_SURNAMES_BEFORE_ONE \
            and read_name(text, first_start + 1) == first_end:
        first_start += 1  # 由|师涛、袁中…组成的: a preposition, then a name of two
    titled = any(m.end() == first_end - 2 for m in _BEFORE_NAMES.finditer(text, max(first_start, first_end - 8),
                                                                            first_end - 2))
    size = first_end - first_start if first_end - first_start <= 3 else 2 if titled else \
        next((n for n in (3, 2) if read_name(text, first_end - n) == first_end
              and not (n == 3 and (text[first_end - 3] in _JOINING or text[first_end - 3] in _PREPOSITIONS_BEFORE_ONE
                                   and text[first_end - 2] in _surnames()[0]))), None)  # (赛华征、付蕊: not 华征;
    # 航天员|陈冬、刘洋: not 员陈冬; 习近平和|苏林、梁强: not 和苏林; 还向|张恕、刘才添: not 向张恕)
    if size is None:
        return
    items[0] = (first_end - size, first_end)
    _take_listed_names(text, items, add)


_AFFILIATION_HEADS = ("社", "台", "报", "大学", "学院", "医院", "公司", "集团", "研究院", "研究所", "协会")


def _name_after_affiliation(text: str, start: int, end: int) -> tuple[int, int]:
    """The name that ends a list item after the body it works for (人民日报|范正伟, 黑龙江人民广播电台|温宝明), else the
    item."""
    if end - start <= 4:
        return start, end
    for size in (3, 2):
        body = text[start:end - size]
        entry = builtin().get(body)
        if (entry is not None and entry[0] in ("ORG", "COMPANY") or body.endswith(_AFFILIATION_HEADS)) \
                and read_name(text, end - size) == end:
            return end - size, end
    return start, end


def _item_spans(start: int, items: list[str]) -> list[tuple[int, int]]:
    """The spans of `items`, listed from `start` with one separator between them."""
    spans = []
    for item in items:
        spans.append((start, start + len(item)))
        start += len(item) + 1
    return spans


def _take_listed_names(text: str, items: list[tuple[int, int]], add) -> None:
    """The items of a list of names, all taken when most of them read as names (a given name may hold a
    character that rarely follows a surname: 尹同跃), each with a surname."""
    names = [text[a:b] for a, b in items]
    plausible = sum(is_plausible_name(name, -2.5) or _known_person(name) for name in names)  # (魏凤和: 和 rarely ends one)
    if plausible >= 2 and plausible * 2 > len(names):
        single, compound = _surnames()
        for (a, b), name in zip(items, names):
            if not name:
                continue  # (、袁家军、袁家军: an empty item before the first mark)
            if (name[0] in single or name[:2] in compound) and len(name) <= 4 or len(name) >= 4 and not any(
                    is_common_word(name[k:k + 2], 100) for k in range(len(name) - 1)):
                add(a, b, checked=True)  # (尼玛拉毛: a Tibetan name of four characters, no surname; 居马泰俄白克: a
                # Kazakh one)


_QUOTED_BEFORE_NAME = re.compile(r"“[^“”\n]{1,10}”")


def _continue_lists(text: str, found: dict, add, known) -> None:
    """胡衡华、王炯、程丽华: names after a found name and "、" or 和 (…王刚和徐淙祥、张淑萍等)."""
    frontier = sorted([*found.values(), *known], key=lambda c: c.start)
    while frontier:
        new = []
        for person in frontier:
            i = person.end + text.startswith("以及", person.end)  # (…、马飚|以及|张克辉)
            if i < len(text) and text[i] in "、和/及":  # (王楚钦/孙颖莎: a pair of players)
                honour = _QUOTED_BEFORE_NAME.match(text, i + 1)  # …、“阿同汗”王桂珍
                if honour:
                    i = honour.end() - 1
                for length in (3, 2):
                    end = i + 1 + length
                    if end <= len(text) and (end == len(text) or text[end] in "、，。；：）等 \n"
                                             or text[end:end + 2] in _AFTER_TWO
                                             or read_name(text, i + 1) == end
                                             and reads_as_word(text, i + 1, end)  # …、桂海潮|安全顺利出舱
                                             or length == 2 and _surname_end(text, i + 1) == i + 2
                                             and is_common_word(text[end:end + 2], 200)):  # …、张陆|圆满完成
                        before = len(found)
                        add(i + 1, end, person.role)
                        item = text[i + 1:end]
                        if len(found) == before and length == 3 and text[end:end + 1] in "、等" \
                                and _surname_end(text, i + 1) == i + 2 and not is_common_word(item, 20) \
                                and name_score(item) >= 0:
                            add(i + 1, end, person.role, checked=True)  # …、张恩迪、方光华、周黎安等: in a list of names
                            # a given name may be a word (光华)
                        if len(found) > before:
                            new.append(found[(i + 1, end)])
                        elif length == 3 and text[end - 1] == "等":
                            continue  # …、安立佳、|李林|等: a name of two before the list's 等
                        break
                else:
                    far = read_transliteration(text, i + 1) if TRANSLITERATION.issuperset(person.name) else None
                    if far is not None and far - i > 2 and text[far:far + 1] in "、，。；和及以等" \
                            and (i + 1, far) not in found and not _counted_things_after(text, far) \
                            and not any(is_known_place(text[i + 1:i + 1 + k]) for k in (2, 3, 4)):  # (…、卡塔尔|埃米尔…:
                        # a country and its title open the next item)
                        # …副总理普里霍季科、戈洛杰茨、|德沃尔科维奇|和|罗戈津|以及 (not 纽约肯尼迪、|拉瓜迪亚|、纽瓦克三大机场)
                        found[(i + 1, far)] = Candidate(i + 1, far, "PERSON", text[i + 1:far], RULE, person.role)
                        new.append(found[(i + 1, far)])
        frontier = new


def _counted_things_after(text: str, at: int) -> bool:
    """Whether the list of transliterations going on at `at` ends in a count (…、纽瓦克|三大机场): things, not people."""
    while text[at:at + 1] in ("、", "和") and (end := read_transliteration(text, at + 1)) is not None:
        at = end
    return text[at:at + 1] in COUNT_NUMERALS or text[at:at + 1].isdigit()


def byline_spans(text: str, paragraphs) -> list[tuple[int, int]]:
    """Clean spans where bylines may be: byline paragraphs and "（记者 张 珺）" asides."""
    spans = [(p.start, p.end) for p in paragraphs if p.kind == "byline"]
    if "记者" in text or "通讯员" in text:  # (the scan tries every bracket: a report has thousands)
        spans += [m.span() for m in _BYLINE_ASIDE.finditer(text)]
    if "摄影" in text:
        spans += [m.span() for m in _PHOTOGRAPHER_AFTER.finditer(text)]
    return spans


_BYLINE_ASIDE = re.compile(r"[（(][^（()）]{0,12}(?:记者|通讯员)[^（()）]{1,30}[）)]")
_PHOTOGRAPHER_AFTER = re.compile(rf"(?:特约摄影|摄影)[ \u3000]*[{HAN}]{{2,4}}(?=/)")
