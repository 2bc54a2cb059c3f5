"""SLOGAN: formulations (提法) — codes, numeral-led phrases, "+" formulations, campaigns.

Quoted terms are judged by their shape and context: numeric codes ("33618"),
numeral-led phrases (两个确立, 六区一高地), "+" formulations (产业大脑+未来工厂),
named campaigns (“满天星”行动) and multi-word coinages are kept; quoted
metaphors and ordinary words (牛鼻子, 家底), quotations and alias introductions
are rejected. The corpus pass matches every accepted term without quotes.
"""
from __future__ import annotations

import re

from policykg.extract.candidates import RULE, Candidate
from policykg.extract.resources import dictionary, is_common_word

_QUOTES = (re.compile(r"“([^“”\n]{1,24})”"), re.compile(r"‘([^‘’\n]{1,24})’"), re.compile(r"「([^「」\n]{1,24})」"))
NUMERALS = "一二两三四五六七八九十百千万双"
_CAMPAIGN_AFTER = re.compile(r"(?:专项行动|三年行动|行动计划|行动|工程|计划|战略|品牌|模式|改革|机制|体系|工作法|建设|文章|布局)")
_METAPHOR_BEFORE = ("的", "是", "当成", "当作", "成为", "作为", "变成", "称为", "叫做", "简称", "名为", "这个", "一个", "一张", "这张",
                    "一块", "这块", "一把", "一股", "一剂")
_CONTINUATION = re.compile(r"(?:融合|协同|联动|贯通)")
_PLAN = re.compile(r"十[一二三四五六七八九]五(?=规划|时期|期间|末|以来|开局|收官)")
_YEARISH = re.compile(r"(?:19|20)\d{2}年?|\d{1,2}月\d{1,2}日|\d+(?:\.\d+)?%|\d+\.\d+|\d{1,2}")
_SPEECHY = re.compile(r"[了吗呢吧啊呀哦嘛啦我你他她它的]")
_CRAFT = re.compile(r".+(?:[一二三四五六七八九十\d]+号|之星)$")  # 天问一号, 嫦娥五号, 东方之星: craft and ships


def judge(term: str, before: str, after: str) -> str | None:
    """The canonical form of a quoted term if it is a formulation, else None."""
    term = term.strip()
    if not term or any(ch in term for ch in "。！？!?，,；;：:") or _YEARISH.fullmatch(term):
        return None
    if before.endswith(("简称", "称为", "名为", "叫做", "以下称")):
        return None
    if "+" in term:
        return term if len(term) >= 2 else None
    has_digit = any(ch.isdigit() for ch in term)
    if has_digit:
        codelike = re.fullmatch(r"\d{3,8}", term) or 3 <= len(term) <= 12 and re.search(r"[\u4e00-\u9fff]", term)
        return term if codelike else None
    if len(term) > 14 or _SPEECHY.search(term) or _CRAFT.fullmatch(term) or _idiom(term):
        return None
    if term[0] in NUMERALS and len(term) >= 2:
        entry = dictionary().get(term)
        ordinary = entry is not None and entry[0] >= 20 and entry[1] not in ("nz", "j", "l")  # 一把手, 四两拨千斤
        return None if ordinary or len(term) > 8 else term
    if _CAMPAIGN_AFTER.match(after) and len(term) >= 2 and not before.endswith(_METAPHOR_BEFORE):
        return term
    if len(term) >= 4 and not is_common_word(term) and not before.endswith(_METAPHOR_BEFORE):
        return term
    return None


def _idiom(term: str) -> bool:
    """An idiom or a proverb of the general language (千方百计, 十年磨一剑); four-character set
    phrases tagged l are often formulations themselves (一国两制, 五位一体) and stay."""
    entry = dictionary().get(term)
    return entry is not None and (entry[1] == "i" or (entry[1] == "l" and len(term) >= 5))


def find_quoted(text: str) -> list[Candidate]:
    """Formulations in quotes (“”, ‘’ also inside quoted speech, 「」); spans exclude the marks."""
    found = []
    for pattern in _QUOTES:
        for match in pattern.finditer(text):
            name = judge(match.group(1), text[max(0, match.start() - 4):match.start()], text[match.end():match.end() + 6])
            if name is not None:
                found.append(Candidate(match.start(1), match.end(1), "SLOGAN", name, RULE))
    for match in _PLAN.finditer(text):
        found.append(Candidate(match.start(), match.end(), "SLOGAN", match.group(), RULE))
    return found


def variants(text: str, quoted: list[Candidate]) -> list[tuple[str, str]]:
    """(longer form, term) for “四链”融合: the term with its continuation word."""
    pairs = []
    for cand in quoted:
        after = cand.end + 1  # past the closing quote
        match = _CONTINUATION.match(text, after)
        if match:
            pairs.append((cand.name + match.group(), cand.name))
    return pairs


def plus_parts(name: str) -> list[str]:
    """The parts of a "+" formulation long enough to stand for it (产业大脑+未来工厂 → 产业大脑, 未来工厂)."""
    parts = [p for p in name.split("+") if p]
    return [p for p in parts if len(p) >= 4] if len(parts) >= 2 else []
