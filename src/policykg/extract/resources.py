"""Package data: gazetteers, titles, surnames and the general-language dictionary.

Everything here is read once per process and cached.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

DATA = resources.files("policykg") / "data"


def lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _table(name: str) -> list[dict[str, str]]:
    """The rows of a tab-separated table of the package data, by the names in its first line, a short row's missing
    fields None: what `csv` reads (the tables quote nothing; a test checks each), in a third of the time."""
    header, *rows = (line.split("\t") for line in lines(name))
    return [dict(zip(header, row + [None] * (len(header) - len(row)))) for row in rows]


@lru_cache(maxsize=None)
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(single-character surnames, compound surnames)."""
    words = {w for line in lines("surnames.txt") for w in line.split()}
    return frozenset(w for w in words if len(w) == 1), frozenset(w for w in words if len(w) == 2)


@lru_cache(maxsize=None)
def japanese_surnames() -> frozenset[str]:
    """Japanese surnames as Chinese texts write them (森山, 石破, 长谷川)."""
    return frozenset(w for line in lines("japanese_surnames.txt") for w in line.split())


@lru_cache(maxsize=None)
def tibetan_name_parts() -> frozenset[str]:
    """The two-character parts of Tibetan names (巴桑, 卓玛, 白玛, 赤林)."""
    return frozenset(w for line in lines("tibetan_name_parts.txt") for w in line.split())


@lru_cache(maxsize=None)
def titles() -> tuple[str, ...]:
    """Core position titles, longest first; every deputy title also with 常务 (常务副部长)."""
    core = {line.strip() for line in lines("titles.txt")}
    core |= {"常务" + t for t in core if t.startswith("副")}
    return tuple(sorted(core, key=lambda t: (-len(t), t)))


@lru_cache(maxsize=None)
def title_set() -> frozenset[str]:
    """`titles` as a set, to look up."""
    return frozenset(titles())


@dataclass(frozen=True, slots=True)
class Entry:
    """A gazetteer entry: the canonical name, its other spellings and a kind."""

    label: str
    name: str
    aliases: tuple[str, ...] = ()
    kind: str = ""


def _entries(name: str, label: str) -> list[Entry]:
    rows = _table(name)
    return [Entry(label, r["name"], tuple(a for a in (r.get("aliases") or "").split("|") if a), r.get("kind") or "")
            for r in rows]


@lru_cache(maxsize=None)
def departments() -> tuple[tuple[str, tuple[str, ...], str], ...]:
    """(short form, other spellings, full-name template) of government departments."""
    return tuple((r["short"], tuple(a for a in (r.get("aliases") or "").split("|") if a), r.get("full") or "")
                 for r in _table("departments.tsv"))


@dataclass(frozen=True, slots=True)
class Division:
    code: str
    name: str
    level: str  # province, city, county
    short: str


_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "自治旗", "新区", "地区", "盟",
             "省", "市", "区", "县", "旗")
_ETHNIC_GROUPS = (
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 "
    "柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 "
    "塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各").split()
_GROUP = "(?:" + "|".join(sorted(_ETHNIC_GROUPS, key=len, reverse=True)) + ")"
_ETHNIC = re.compile(f"(?:{_GROUP}族)*{_GROUP}族?(?=自治[州县旗])")  # 土家族苗族 in 湘西土家族苗族自治州


# A banner named with its wing or its place among banners of one name: 察哈尔右翼前旗, 土默特右旗, 乌拉特前旗.
_PLACED_BANNER = re.compile("([一-鿿])[一-鿿]+?(左|右)?翼?(前|中|后)?旗")


def short_form(name: str) -> str:
    """北碚区 → 北碚, 重庆市 → 重庆, 石柱土家族自治县 → 石柱, 东乡族自治县 → 东乡; a placed banner by its first character, wing and place
    (察哈尔右翼前旗 → 察右前旗, 土默特右旗 → 土右旗); unchanged when too short."""
    banner = _PLACED_BANNER.fullmatch(name)
    if banner and (banner.group(2) or banner.group(3)):
        return banner.group(1) + (banner.group(2) or "") + (banner.group(3) or "") + "旗"
    base = _ETHNIC.sub("", name) if "自治" in name else name
    if base.startswith("自治"):  # 东乡族自治县 → 东乡, 鄂伦春自治旗 → 鄂伦春: named after its people (not 自治)
        base = re.sub("族?自治[州县旗]$", "", name)
        return base if len(base) >= 2 else name
    for suffix in _SUFFIXES:
        if base.endswith(suffix) and len(base) - len(suffix) >= 2:
            return base[: -len(suffix)]
    return name


@lru_cache(maxsize=None)
def divisions() -> tuple[Division, ...]:
    """China's divisions to county level (NBS 2023), with short forms (`read_divisions`, compiled once:
    `policykg.extract.compiled`)."""
    from policykg.extract import compiled

    return compiled.divisions()


@lru_cache(maxsize=None)
def provinces() -> frozenset[str]:
    """The names of China's provinces, autonomous regions and municipalities in full (广东省, 重庆市)."""
    return frozenset(d.name for d in divisions() if d.level == "province")


def read_divisions() -> tuple[Division, ...]:
    """The divisions of the package data."""
    result = []
    for level, file in (("province", "provinces.csv"), ("city", "cities.csv"), ("county", "areas.csv")):
        with (DATA / "admin_divisions" / file).open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                name = row["name"]
                if name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
                    continue
                result.append(Division(row["code"], name, level, short_form(name)))
    return tuple(result)


@lru_cache(maxsize=None)
def towns() -> dict[str, tuple[str, ...]]:
    """The towns, townships and streets of each county by its code (NBS 2023): 110114 → 南口地区, 马池口地区 …"""
    with (DATA / "admin_divisions" / "towns.csv").open(encoding="utf-8") as handle:
        return {row["areaCode"]: tuple(row["names"].split("|")) for row in csv.DictReader(handle)}


@lru_cache(maxsize=None)
def places() -> tuple[Entry, ...]:
    return tuple(_entries("places.tsv", "PLACE"))


@lru_cache(maxsize=None)
def kinds(name: str) -> tuple[tuple[str, str], ...]:
    """(name, kind) of each entry of a gazetteer table ("places.tsv", "companies.tsv"), without making its entries
    (`places`, `companies`: the built-in lexicon is compiled from them once)."""
    return tuple((row["name"], row.get("kind") or "") for row in _table(name))


@lru_cache(maxsize=None)
def world_cities() -> frozenset[str]:
    """Major cities abroad and states of the United States (kind city), which may also name a province or state of their
    own (阿斯旺省) or a person (奥斯汀)."""
    return frozenset(name for name, kind in kinds("places.tsv") if kind == "city")


@lru_cache(maxsize=None)
def foreign_countries() -> frozenset[str]:
    """The names of the countries other than China that the gazetteer knows."""
    return frozenset(name for name, kind in kinds("places.tsv") if kind == "country" and name != "中国")


@lru_cache(maxsize=None)
def foreign_country_spellings() -> frozenset[str]:
    """The names of the countries other than China and their other spellings (印尼, 沙特)."""
    return frozenset(spelling for entry in places() if entry.kind == "country" and entry.name != "中国"
                     for spelling in (entry.name, *entry.aliases))


@lru_cache(maxsize=None)
def world_regions() -> frozenset[str]:
    """Regions of the world the gazetteer knows (非洲, 欧洲, 中美洲, 拉美)."""
    return frozenset(name for name, kind in kinds("places.tsv") if kind == "world")


@lru_cache(maxsize=None)
def orgs() -> tuple[Entry, ...]:
    """The bodies of the gazetteer; a United Nations body's short name also spelt after 联合国 (联合国|亚太经社会)."""
    return tuple(entry if not entry.name.startswith("联合国") else replace(entry, aliases=entry.aliases + tuple(
        "联合国" + alias for alias in entry.aliases if not alias.startswith("联合国"))) for entry in _entries("orgs.tsv", "ORG"))


@lru_cache(maxsize=None)
def world_bodies() -> frozenset[str]:
    """The names of the international organisations and groupings the gazetteer knows (金砖国家, 上海合作组织)."""
    return frozenset(e.name for e in orgs() if e.kind in ("world", "international"))


@lru_cache(maxsize=None)
def media() -> frozenset[str]:
    """The names of the newspapers, broadcasters and agencies the gazetteer knows."""
    return frozenset(e.name for e in orgs() if e.kind == "media")


@lru_cache(maxsize=None)
def formulations() -> tuple[Entry, ...]:
    return tuple(_entries("formulations.tsv", "SLOGAN"))


@lru_cache(maxsize=None)
def formulation_names() -> frozenset[str]:
    """The established formulations' names (not their aliases)."""
    return frozenset(e.name for e in formulations())


@lru_cache(maxsize=None)
def formulation_parts() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The parts of established formulations, each with its spellings: 双创 → ((大众创业,), (万众创新,))."""
    return {row["name"]: tuple(tuple(part.split("/")) for part in row["parts"].split("、"))
            for row in _table("formulations.tsv") if row.get("parts")}


@lru_cache(maxsize=None)
def quoted_formulations() -> frozenset[str]:
    """Formulations that are phrases of the language too (走出去): formulations only where quoted."""
    return frozenset(surface for e in formulations() if e.kind == "quoted" for surface in (e.name, *e.aliases))


@lru_cache(maxsize=None)
def kind_formulations() -> frozenset[str]:
    """Established terms for a kind of things (新兴产业, 新型消费): formulations only after a list of some of them and 等."""
    return frozenset(surface for e in formulations() if e.kind == "kind" for surface in (e.name, *e.aliases))


@lru_cache(maxsize=None)
def companies() -> tuple[Entry, ...]:
    """Well-known companies; `kind` is their kind of owner or sector."""
    return tuple(_entries("companies.tsv", "COMPANY"))


@lru_cache(maxsize=None)
def ambiguous_company_names() -> frozenset[str]:
    """Company names that are also everyday words or places (美的, 长城, 国网): found only with context."""
    return frozenset(a for r in _table("companies.tsv") for a in (r.get("ambiguous") or "").split("|") if a)


@lru_cache(maxsize=None)
def people() -> tuple[Entry, ...]:
    """Leaders' names (national, provincial, ministers, foreign, international) with their other
    spellings, one entry per person (people.tsv has a row per post held)."""
    merged: dict[str, set[str]] = {}
    for row in _table("people.tsv"):
        merged.setdefault(row["name"], set()).update(a for a in (row.get("aliases") or "").split("|") if a)
    return tuple(Entry("PERSON", name, tuple(sorted(aliases))) for name, aliases in sorted(merged.items()))


@lru_cache(maxsize=None)
def dictionary() -> dict[str, tuple[int, str]]:
    """jieba's general dictionary: word → (frequency, part-of-speech tag) (`policykg.extract.compiled`)."""
    from policykg.extract import compiled

    return compiled.dictionary()


def read_dictionary(path: Path) -> dict[str, tuple[int, str]]:
    """A dictionary file in jieba's format: a word, its frequency and its tag on each line."""
    words: dict[str, tuple[int, str]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) >= 2:
                words[parts[0]] = (int(parts[1]), parts[2] if len(parts) > 2 else "")
    return words


# Tags jieba's dictionary gives to names (people, places, bodies, brands) and abbreviations.
NAME_TAGS = ("nr", "nrt", "nrfg", "ns", "nt", "nz", "j")


def is_ordinary_word(word: str, min_freq: int = 20) -> bool:
    """Whether `word` is a dictionary word that is not tagged as a name (通用, not 飞利浦 or 中信)."""
    entry = dictionary().get(word)
    return entry is not None and entry[0] >= min_freq and entry[1] not in NAME_TAGS


def word_tag(word: str) -> str:
    """jieba's part-of-speech tag of a dictionary word ("v", "ns", …), "" for a word it does not have."""
    entry = dictionary().get(word)
    return entry[1] if entry is not None else ""


def is_common_word(word: str, min_freq: int = 3) -> bool:
    """Whether `word` is an ordinary dictionary word (names tagged nr/ns by jieba included)."""
    entry = dictionary().get(word)
    return entry is not None and entry[0] >= min_freq


@lru_cache(maxsize=None)
def given_name_log_ratio() -> dict[str, float]:
    """log(P(char in a given name) / P(char in general text)) for every character seen in names."""
    from policykg.extract import compiled

    return compiled.data().given_name


def compute_given_name_log_ratio(words: dict[str, tuple[int, str]]) -> dict[str, float]:
    """`given_name_log_ratio` worked out from the dictionary `words`."""
    import math

    names = {row["char"]: int(row["count"]) for row in _table("given_name_chars.tsv")}
    text: dict[str, int] = {}
    for word, (freq, _tag) in words.items():
        for ch in word:
            text[ch] = text.get(ch, 0) + freq
    total_names = sum(names.values())
    total_text = sum(text.values())
    return {ch: math.log((count / total_names) / ((text.get(ch, 0) + 100) / total_text))
            for ch, count in names.items()}
