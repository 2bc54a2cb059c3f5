"""The vocabulary the readers and the extractors share: the Han character range, the Chinese numerals,
speech verbs, the roles of people named in bylines and photo credits, and the one-character names of
countries."""
from __future__ import annotations

HAN = "\u3007\u4e00-\u9fff"  # (〇, the zero of numbers written out: 二〇二五年, 第三〇二医院)

# Chinese numerals: DIGITS one to nine (十四五); NUMERALS one to ten, as things are numbered (第三届, （二）, 三、);
# COUNT_NUMERALS add 两, as things are counted (两大定位, 三个); SEVERAL, two to nine before a measure word,
# say 两 and never 二 (两个实验室, 三项).
DIGITS = "一二三四五六七八九"
NUMERALS = DIGITS + "十"
COUNT_NUMERALS = NUMERALS + "两"
SEVERAL = "两" + DIGITS[2:]

# What makes digits a number when it follows them (132.4亿斤, 132%, 132个, 141公里): a code of digits (“132”) is not
# read there.
NUMBER_GOES_ON = frozenset("%％‰万亿千百个元家项条名人次倍岁年月日天公米吨亩辆台套座所户件种只头株部批期位份场届")

# Verbs that report what a person said (袁家军强调, 胡衡华说): they anchor names and make speakers.
SPEECH_VERBS = ("说", "表示", "指出", "强调", "介绍", "认为", "透露", "坦言", "回答", "提出", "要求", "谈到", "称", "宣布")

# Characters that may follow a name and open what is said of it (王敏|说, 民政部|将): a word the
# dictionary reads across the name's end with one of them (部将, 所在) is a misreading.
LEVELS = "市区县省州镇乡村"  # the characters that name a level of government (市委, 省市县乡村五级书记)
PERSONAL_PRONOUNS = frozenset("他她它我你您咱")  # after a name, a verb that takes a person before one (韩鹏|带他)
ENVOYS = frozenset({"特别代表", "特使", "高级代表"})  # posts of one sent for another (习近平主席特使)
ENVOY_WORDS = tuple(sorted(ENVOYS))  # the same, for str.startswith and str.endswith
AFTER_NAME = frozenset("说在和与及等是为对向从到赴就也都又还已将要的了着把被受让以于由因率陪同跟作曾、，。；：！？“”（）《》 ")

# Words that name the role of a person in a byline or a credit, and the role they give.
BYLINE_ROLES = {"记者": "reporter", "见习记者": "reporter", "特约记者": "reporter", "通讯员": "reporter",
                "评论员": "reporter", "摄影": "photographer", "特约摄影": "photographer", "摄": "photographer",
                "编辑": "editor"}

# One-character names of provinces and regions, as in 鲁豫, 来琼, 沪苏湖, with the province each names.
PROVINCE_BY_LETTER = {
    "京": "北京", "津": "天津", "沪": "上海", "渝": "重庆", "冀": "河北", "晋": "山西", "蒙": "内蒙古", "辽": "辽宁",
    "吉": "吉林", "黑": "黑龙江", "苏": "江苏", "浙": "浙江", "皖": "安徽", "闽": "福建", "赣": "江西", "鲁": "山东",
    "豫": "河南", "鄂": "湖北", "湘": "湖南", "粤": "广东", "桂": "广西", "琼": "海南", "川": "四川", "蜀": "四川",
    "黔": "贵州", "贵": "贵州", "滇": "云南", "云": "云南", "藏": "西藏", "陕": "陕西", "秦": "陕西", "甘": "甘肃",
    "陇": "甘肃", "青": "青海", "宁": "宁夏", "新": "新疆", "港": "香港", "澳": "澳门", "台": "台湾",
}
PROVINCE_LETTERS = "".join(PROVINCE_BY_LETTER)

# One-character names of countries and blocs, as in 中美关系, 越共中央.
COUNTRY_LETTERS = {
    "中": "中国", "美": "美国", "俄": "俄罗斯", "日": "日本", "韩": "韩国", "朝": "朝鲜", "英": "英国",
    "法": "法国", "德": "德国", "意": "意大利", "印": "印度", "欧": "欧盟", "非": "非洲", "澳": "澳大利亚",
    "加": "加拿大", "越": "越南", "老": "老挝", "柬": "柬埔寨", "泰": "泰国", "缅": "缅甸", "菲": "菲律宾",
    "新": "新加坡", "埃": "埃及", "墨": "墨西哥", "蒙": "蒙古", "乌": "乌克兰", "白": "白俄罗斯",
}

# China and another country by their letters, as they open a body, a zone or a meeting of both (中新, 中欧, 中老).
BILATERAL_PAIRS = frozenset("中" + ch for ch in COUNTRY_LETTERS if ch != "中")

# Those that name a country abroad before a body or a post of it (俄外交部, 美国会, 俄外长): not 中, nor 新, 老, 非, which
# are everyday words too.
LETTERS_ABROAD = "".join(ch for ch in COUNTRY_LETTERS if ch not in "中新老非")

# One-character names of China's partners in pairs and joint bodies (中巴, 巴中两国: either 巴), and of Israel's army
# (以军): the country letters and others that are everyday characters too.
PARTNER_LETTERS = "".join(COUNTRY_LETTERS) + "巴哈希塞乌土沙以"


def is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch == "\u3007"


def alternation(words) -> str:
    """A regular-expression group of `words`, longest first (so 特约摄影 wins over 摄影)."""
    import re

    return "(?:" + "|".join(map(re.escape, sorted(set(words), key=lambda w: (-len(w), w)))) + ")"


BYLINE_ROLE = alternation(role for role in BYLINE_ROLES if role != "摄")  # 摄 alone is a credit, not a byline

# Kinds of bodies named right before a quoted name, which is the body's: 极端组织“伊斯兰国”, 民兵组织“人民动员组织”.
# The kinds of party whose name ends a quoted name: “俄罗斯共和党—人民自由党” is a party, no formulation.
PARTY_KINDS = ("共和党", "民主党", "自由党", "人民党", "工党", "社会党", "国民党", "共产党", "进步党", "联盟党")
BODIES_BEFORE_QUOTES = ("民兵组织", "武装组织", "极端组织", "恐怖组织", "政治组织", "新组织", "反对派组织", "政党", "武装")
# The heads of the names of societies, quoted as names are (组织了“马克思学说研究会”和“民权运动大同盟”).
SOCIETY_HEADS = ("研究会", "同盟", "协会", "学会", "联合会", "促进会", "协进会", "基金会", "联盟", "俱乐部", "商会", "医疗队", "委员会")
# The heads of an institution whose quoted name is said to open (“16+1全球伙伴中心”揭牌, “一带一路”…实验室正式成立), and what opens it.
CENTRE_HEADS = ("中心", "研究院", "实验室", "研究所")
OPENED = ("揭牌", "挂牌", "成立", "正式成立", "落户", "启用", "建成", "正式运行", "正式启用")

# The offices a body keeps in a place it is posted to (中央电视台驻北京记者站, 四川省人民政府驻北京办事处) and the branches named
# after a place (中国和平统一促进会香港总会): bodies of their own, named after the body.
POSTED_OFFICES = ("办事处", "代表处", "记者站", "联络处")
BRANCHES = ("总会", "分会")
