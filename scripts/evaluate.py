#!/usr/bin/env python3
"""Measure policykg against the scorers in ../shared/eval and write docs/EVALUATION.md.

    .venv/bin/python scripts/evaluate.py [--shared ../shared] [--output docs/EVALUATION.md] [--holdout]
        [--external FOLDER ...]

Runs: the document-level gold sets (score.py): the seeds, the development gold of ../shared/eval, our
tuning gold (eval/gold/tune*.json) and, with --holdout, our held-out gold (eval/gold/holdout*.json, the
second one kept aside until the end) and, with --external, the gold of texts that are not shipped
(eval/gold/external, the texts read from the folders given); People's Daily 1998 test, MSRA test and
CLUENER2020 dev (span F1, score_spans.py); the same sets but the held-out one in accurate mode
(`--model lac`) and with the learned tagger alone, the checks of issue 15 and the persons each mode finds
in the policy texts; and the extraction speed over ../shared/corpus/policy_texts on one core in both
modes, with the tagger alone and jieba.posseg timed in the same run. Needs `policykg[model]` (`make
evaluate` installs it). The NER sets are read from ../shared only; they are never copied.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from policykg.io import atomic_write

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SPAN_SETS = [
    ("People's Daily 1998 test", "peoples_daily_test.jsonl", ["PER=PERSON", "LOC=PLACE", "ORG=ORG,COMPANY"]),
    ("MSRA test", "msra_test.jsonl", ["PER=PERSON", "LOC=PLACE", "ORG=ORG,COMPANY"]),
    ("CLUENER2020 dev", "cluener_dev.jsonl",
     ["name=PERSON", "position=POSITION", "company=COMPANY", "government=ORG", "address=PLACE"]),
]
MODES = ("default", "--model lac", "model alone")  # the rules; the rules and the tagger; the tagger alone
NAMES = ("PERSON", "PLACE", "ORG")  # what the tagger finds


def run(args: list[str], stdin: str | None = None) -> str:
    return subprocess.run(args, input=stdin, capture_output=True, text=True, check=True, cwd=ROOT).stdout


def extract(paths: list[str], mode: str = "default") -> str:
    """The JSON lines of `policykg extract` over `paths` in a mode, or (model alone) the tagger's names."""
    if mode == "model alone":
        return run([PYTHON, str(Path(__file__)), "--tagger-alone", *paths])
    return run([PYTHON, "-m", "policykg.cli", "extract", *paths, "--format", "jsonl",
                *(["--model", "lac"] if mode == "--model lac" else [])])


def tagger_alone(paths: list[str]) -> None:
    """Print the tagger's PERSON, PLACE and ORG names in the sentences of the documents as mention records."""
    from policykg.extract.tagger import LABELS, tagger
    from policykg.ingest import parse, read_documents

    for document in read_documents(paths):
        parsed = parse(document)
        bounds = [(a, b) for a, b in parsed.bounds if b > a]
        for (offset, _), spans in zip(bounds, tagger().entities([parsed.text[a:b] for a, b in bounds])):
            for span in spans:
                start, end = parsed.clean.span_to_raw(offset + span.start, offset + span.end)
                text = document.text[start:end]
                print(json.dumps({"doc": document.id, "label": LABELS[span.label], "text": text, "name": text,
                                  "start": start, "end": end}, ensure_ascii=False))


def gold_sets(shared: Path, holdout: bool, external: bool = False) -> list[tuple[str, Path]]:
    """(title, gold file) of the document-level gold sets at hand."""
    sets = [("Seeds (Chongqing Daily pages; the rules were written on them)", shared / "eval" / "seeds_gold.json"),
            ("Development gold (../shared/eval/dev_gold.json: 3 reports, 3 People's Daily articles)",
             shared / "eval" / "dev_gold.json"),
            ("Our tuning gold (eval/gold/tune.json: 4 reports)", ROOT / "eval" / "gold" / "tune.json"),
            ("Our second tuning gold (eval/gold/tune2.json: 2 reports, a party congress report)",
             ROOT / "eval" / "gold" / "tune2.json"),
            ("Our third tuning gold (eval/gold/tune3.json: 3 reports, a party congress report)",
             ROOT / "eval" / "gold" / "tune3.json"),
            ("Our fourth tuning gold (eval/gold/tune4.json: 2 reports as .docx, a notice as PDF, a resolution as HTML)",
             ROOT / "eval" / "gold" / "tune4.json"),
            ("Our eighth tuning gold (eval/gold/tune8.json: 3 national reports, a party congress report)",
             ROOT / "eval" / "gold" / "tune8.json")]
    if holdout:
        sets.append(("Our first held-out gold (eval/gold/holdout.json: 4 reports, 2 web news pages; scored once at the "
                     "end of the fourth session, tuned on since)", ROOT / "eval" / "gold" / "holdout.json"))
        sets.append(("Our second held-out gold (eval/gold/holdout2.json: 3 reports; kept aside until the end)",
                     ROOT / "eval" / "gold" / "holdout2.json"))
        sets.append(("Our national held-out gold (eval/gold/holdout_national.json: the national reports of 2013, 2015 and "
                     "2018; written blind in the fourteenth session, tuned on since)",
                     ROOT / "eval" / "gold" / "holdout_national.json"))
    if external:
        for path in sorted((ROOT / "eval" / "gold" / "external").glob("*.json")):
            if holdout or "holdout" not in path.stem:
                title = EXTERNAL.get(path.stem, path.stem)
                sets.append((f"{title} (eval/gold/external/{path.name}; texts not shipped)", path))
    return [(title, path) for title, path in sets if path.is_file()]


# The gold of texts that are not shipped (eval/gold/external/README.md says where each comes from).
EXTERNAL = {"holdout3_provinces": "External held-out gold: Anhui, Henan, Yunnan 2025 — 0.859 when scored once, "
                                  "tuned on since",
            "holdout4_provinces": "External held-out gold: Liaoning, Guangxi, Hainan 2025 — 0.854 when scored once, "
                                  "tuned on since",
            "news_holdout": "External held-out gold: three 新闻联播 days — 0.845 when scored once, tuned on since",
            "holdout5_provinces": "External held-out gold: Shanxi, Ningxia tasks, Hebei opening 2025 — 0.894 when "
                                  "scored once, tuned on since",
            "news_xwlb": "External tuning gold: three 新闻联播 days",
            "news_tune2": "External tuning gold: three more 新闻联播 days",
            "tune5_provinces": "External tuning gold: Gansu, Tianjin, Xinjiang, Jilin 2025",
            "tune6_provinces": "External tuning gold: Shanxi, Ningxia, Hebei, Inner Mongolia, Qinghai 2025",
            "tune7_openings": "External tuning gold: openings of Xizang, Gansu, Xinjiang, Jilin 2025",
            "tune9_provinces": "External tuning gold: Yunnan opening, Tianjin and Liaoning tasks 2025",
            "tune10_openings": "External tuning gold: openings of Henan, Guangxi, Hainan 2025",
            "news_tune3": "External tuning gold: a third set of three 新闻联播 days",
            "news_tune4": "External tuning gold: a fourth set of three 新闻联播 days",
            "holdout6_provinces": "External held-out gold: Inner Mongolia and Qinghai openings, Anhui tasks 2025 — "
                                  "0.849 when scored once, tuned on since",
            "holdout7_provinces": "External held-out gold: Xizang, Gansu, Xinjiang stretches 2025 — 0.892 when scored "
                                  "once, tuned on since",
            "news_holdout2": "External held-out gold: three more 新闻联播 days — 0.896 when scored once, tuned on since",
            "holdout8_provinces": "External held-out gold: Qinghai, Anhui, Xizang stretches 2025 — 0.874 when scored "
                                  "once, tuned on since",
            "holdout9_provinces": "External held-out gold: Inner Mongolia, Gansu, Xinjiang stretches 2025 — 0.897 when "
                                  "scored once, tuned on since",
            "news_holdout3": "External held-out gold: a third set of held-out 新闻联播 days — 0.938 when scored once, "
                             "tuned on since",
            "holdout10_provinces": "External held-out gold: Qinghai and Gansu stretches 2025 — 0.850 when scored "
                                   "once, tuned on since",
            "holdout11_provinces": "External held-out gold: Xinjiang, Anhui, Inner Mongolia stretches 2025 — 0.866 "
                                   "when scored once, tuned on since",
            "news_holdout4": "External held-out gold: a fourth set of held-out 新闻联播 days — 0.852 when scored once, "
                             "tuned on since",
            "holdout12_provinces": "External held-out gold: Jiangxi opening, Heilongjiang and Guangxi tasks 2026 — "
                                   "0.927 when scored once, tuned on since",
            "holdout13_provinces": "External held-out gold: Hebei opening, Yunnan and Henan tasks 2026 — 0.921 when "
                                   "scored once, tuned on since",
            "news_holdout5": "External held-out gold: a fifth set of held-out 新闻联播 days — 0.927 when scored once, "
                             "tuned on since",
            "holdout14_provinces": "External held-out gold: Hunan opening, Zhejiang tasks, Sichuan glossary 2026 — "
                                   "0.919 when scored once, tuned on since",
            "holdout15_provinces": "External held-out gold: Shaanxi opening, Shandong and Fujian tasks 2026 — 0.861 "
                                   "when scored once, tuned on since",
            "news_holdout6": "External held-out gold: a sixth set of held-out 新闻联播 days — 0.844 when scored once, "
                             "tuned on since",
            "holdout16_provinces": "External held-out gold: Heilongjiang opening, Jiangxi tasks and glossary 2025 — "
                                   "0.851 when scored once, tuned on since",
            "news_holdout7": "External held-out gold: a seventh set of held-out 新闻联播 days — 0.895 when scored once, "
                             "tuned on since",
            "holdout17_provinces": "External held-out gold: Jilin opening, Anhui review, Guizhou tasks 2026 — 0.895 "
                                   "when scored once, tuned on since",
            "news_holdout8": "External held-out gold: an eighth set of held-out 新闻联播 days — 0.904 when scored once, "
                             "tuned on since",
            "holdout18_provinces": "External held-out gold: Liaoning opening, Hainan tasks and glossary, Gansu tasks "
                                   "2026 — 0.891 when scored once, tuned on since",
            "news_holdout9": "External held-out gold: a ninth set of held-out 新闻联播 days — 0.911 when scored once, "
                             "tuned on since",
            "holdout19_provinces": "External held-out gold: Xinjiang opening, Jiangsu and Inner Mongolia tasks 2026 — "
                                   "0.858 when scored once, tuned on since",
            "news_holdout10": "External held-out gold: a tenth set of held-out 新闻联播 days — 0.923 when scored once, "
                              "tuned on since",
            "holdout20_provinces": "External held-out gold: Beijing opening, Ningxia tasks, Guangdong closing, annex and "
                                   "glossary 2026 — 0.876 when scored once, tuned on since",
            "news_holdout12": "External held-out gold: a twelfth set of held-out 新闻联播 days — 0.892 when scored once, "
                              "tuned on since",
            "holdout21_provinces": "External held-out gold: Tianjin opening, Qinghai and Chongqing tasks 2026 — 0.810 "
                                   "when scored once, tuned on since",
            "news_holdout11": "External held-out gold: an eleventh set of held-out 新闻联播 days — 0.899 when scored "
                              "once, tuned on since",
            "holdout22_provinces": "External held-out gold: Hubei opening, Shanxi and Shanghai tasks 2026 — 0.882 when "
                                   "scored once, tuned on since",
            "news_holdout13": "External held-out gold: a thirteenth set of held-out 新闻联播 days — 0.897 when scored "
                              "once, tuned on since",
            "holdout23_provinces": "External held-out gold: Xizang opening and tasks, Chongqing opening 2026 — 0.900 "
                                   "when scored once, tuned on since",
            "news_holdout14": "External held-out gold: a fourteenth set of held-out 新闻联播 days — 0.935 when scored "
                              "once, tuned on since",
            "holdout24_provinces": "External held-out gold: Hunan, Shaanxi and Guizhou task stretches 2026 — 0.928 "
                                   "when scored once, tuned on since",
            "news_holdout15": "External held-out gold: a fifteenth set of held-out 新闻联播 days — 0.932 when scored "
                              "once, tuned on since",
            "news_holdout16": "External held-out gold: a sixteenth set of held-out 新闻联播 days — 0.927 when scored "
                              "once, tuned on since",
            "holdout25_provinces": "External held-out gold: Sichuan and Liaoning 2026 task stretches, the national "
                                   "report of 2017 — 0.936 when scored at the end of the fifteenth session, tuned on since",
            "news_holdout17": "External held-out gold: a seventeenth set of held-out 新闻联播 days — 0.941 when scored at "
                              "the end of the fifteenth session, tuned on since",
            "holdout26_provinces": "External held-out gold: Tianjin and Beijing 2026 task stretches, the national "
                                   "report of 2015 — 0.817 when scored once, tuned on since",
            "news_holdout18": "External held-out gold: an eighteenth set of held-out 新闻联播 days — 0.950 when scored "
                              "once, tuned on since",
            "holdout27_provinces": "External held-out gold: Guangdong and Xinjiang 2026 task stretches, the national "
                                   "report of 2016 — 0.912 when scored at the end of the sixteenth session, tuned on since",
            "news_holdout19": "External held-out gold: a nineteenth set of held-out 新闻联播 days — 0.934 when scored "
                              "at the end of the sixteenth session, tuned on since",
            "holdout28_provinces": "External held-out gold: Hainan and Jilin 2026 task stretches, the national report "
                                   "of 2014 — 0.875 when scored at the end of the sixteenth session, tuned on since",
            "news_holdout20": "External held-out gold: a twentieth set of held-out 新闻联播 days — 0.953 when scored at "
                              "the end of the sixteenth session, tuned on since",
            "holdout29_provinces": "External held-out gold: Shanxi and Guangxi 2026 stretches, the national report "
                                   "of 2025 — scored blind in the seventeenth session, tuned on since",
            "news_holdout21": "External held-out gold: a twenty-first set of held-out 新闻联播 days — scored blind in the "
                              "seventeenth session, tuned on since",
            "holdout30_provinces": "External held-out gold: the end of Heilongjiang 2025, the Sichuan 2025 glossary, "
                                   "the national report of 2019 — scored blind in the seventeenth session, tuned on since",
            "news_holdout22": "External held-out gold: a twenty-second set of held-out 新闻联播 days — scored blind in the "
                              "seventeenth session, tuned on since",
            "holdout31_provinces": "External held-out gold: Gansu 2026, Guizhou 2025 tasks, the national report of "
                                   "2021 — scored blind at the start and the end of the eighteenth session's extraction "
                                   "work, tuned on after",
            "news_holdout23": "External held-out gold: a twenty-third set of held-out 新闻联播 days — scored blind at the "
                              "start and the end of the eighteenth session's extraction work, tuned on after",
            "holdout32_provinces": "External held-out gold: Fujian and Hunan 2025, the 19th congress report — scored "
                                   "blind at the start and the end of the eighteenth session's extraction work, tuned on "
                                   "after",
            "news_holdout24": "External held-out gold: a twenty-fourth set of held-out 新闻联播 days — scored blind at "
                              "the start and the end of the eighteenth session's extraction work, tuned on after",
            "tune11_defines": "External tuning gold for DEFINES: four 新闻联播 days, two party-congress stretches",
            "tune12_defines": "External tuning gold for DEFINES: three national-report openings, Jiangxi, Hubei and "
                              "Anhui 2026 stretches, two 新闻联播 days",
            "tune13_defines": "External tuning gold for DEFINES: national reports of 2013 and 2018, the 19th congress "
                              "report, Yunnan 2025 (its glossary), Ningxia, Zhejiang and Sichuan 2026, two 新闻联播 days",
            "holdout33_provinces": "External held-out gold: Shandong and Yunnan 2026 openings, the national report of "
                                   "2023 — scored blind at the start and the end of the nineteenth session's extraction "
                                   "work",
            "holdout34_provinces": "External held-out gold: Hebei and Jiangsu 2026, the 20th congress report — scored "
                                   "blind at the start and the end of the nineteenth session's extraction work",
            "news_holdout25": "External held-out gold: a twenty-fifth set of held-out 新闻联播 days — scored blind at "
                              "the start and the end of the nineteenth session's extraction work",
            "holdout35_defines": "External held-out gold for DEFINES: Heilongjiang, Shanghai, Fujian, Qinghai and Hainan "
                                 "2026 — scored blind at the start and the end of the nineteenth session's extraction work",
            "holdout36_defines": "External held-out gold for DEFINES: Guangdong, Tianjin and Fujian 2026, the national "
                                 "reports of 2024 and 2025 — scored blind at the start and the end of the nineteenth "
                                 "session's extraction work",
            "tune14_defines": "External tuning gold for DEFINES: Jiangxi, Inner Mongolia, Guangdong, Zhejiang and "
                              "Yunnan 2026",
            "tune15_defines": "External tuning gold for DEFINES: Guizhou, Chongqing, Ningxia and Hubei 2026, the 18th "
                              "congress report",
            "tune16_defines": "External tuning gold for DEFINES: Hainan, Sichuan, Xinjiang and Liaoning 2026, the "
                              "national report of 2022",
            "holdout37_provinces": "External held-out gold: Sichuan, Hubei and Guangxi 2026 (dev_gold's conventions) — "
                                   "scored blind at the start and the end of the twentieth session's extraction work",
            "holdout38_provinces": "External held-out gold: Hainan, Ningxia and Tianjin 2026 (dev_gold's conventions) — "
                                   "scored blind at the start and the end of the twentieth session's extraction work",
            "news_holdout26": "External held-out gold: a twenty-sixth set of held-out 新闻联播 days — scored blind at "
                              "the start and the end of the twentieth session's extraction work",
            "holdout39_provinces": "External held-out gold: Anhui, Hunan and Shandong 2026 (dev_gold's conventions) — "
                                   "scored blind at the start and the end of the twenty-first session's extraction work",
            "holdout40_provinces": "External held-out gold: Guangdong, Gansu and Shanghai 2026 (dev_gold's conventions) — "
                                   "scored blind at the start and the end of the twenty-first session's extraction work",
            "news_holdout27": "External held-out gold: a twenty-seventh set of held-out 新闻联播 days — scored blind at "
                              "the start and the end of the twenty-first session's extraction work",
            "holdout41_provinces": "External held-out gold: Jilin, Shaanxi and Hubei 2026 (dev_gold's conventions) — "
                                   "scored blind at the start and the end of the twenty-second session's extraction work",
            "holdout42_provinces": "External held-out gold: Inner Mongolia, Shanghai and Chongqing 2026 (dev_gold's "
                                   "conventions) — scored blind at the start and the end of the twenty-second session's "
                                   "extraction work",
            "news_holdout28": "External held-out gold: a twenty-eighth set of held-out 新闻联播 days — scored blind at "
                              "the start and the end of the twenty-second session's extraction work",
            "holdout43_provinces": "External held-out gold: Heilongjiang, Henan and Qinghai 2026 openings (dev_gold's "
                                   "conventions) — scored blind at the start and the end of the twenty-third session's "
                                   "extraction work",
            "holdout44_provinces": "External held-out gold: Beijing, Guizhou and Liaoning 2026 (dev_gold's conventions) — "
                                   "scored blind at the start and the end of the twenty-third session's extraction work",
            "news_holdout29": "External held-out gold: a twenty-ninth set of held-out 新闻联播 days — scored blind at "
                              "the start and the end of the twenty-third session's extraction work",
            "holdout45_provinces": "External held-out gold: Beijing, Heilongjiang and Henan 2026 (dev_gold's conventions) "
                                   "— scored blind at the start and the end of the twenty-fourth session's extraction "
                                   "work",
            "holdout46_provinces": "External held-out gold: Jiangsu, Qinghai 2026 and the Guangxi 2026 opening (dev_gold's "
                                   "conventions) — scored blind at the start and the end of the twenty-fourth session's "
                                   "extraction work",
            "news_holdout30": "External held-out gold: a thirtieth set of held-out 新闻联播 days — scored blind at the "
                              "start and the end of the twenty-fourth session's extraction work",
            "holdout47_provinces": "External held-out gold: Anhui, Hunan, Shandong 2026 stretches (dev_gold's conventions) — "
                                   "scored blind at the start and the end of the twenty-fifth session's extraction work",
            "holdout48_provinces": "External held-out gold: Shaanxi, Gansu 2026 and Liaoning 2025 stretches (dev_gold's "
                                   "conventions) — scored blind at the start and the end of the twenty-fifth session's "
                                   "extraction work",
            "news_holdout31": "External held-out gold: a thirty-first set of held-out 新闻联播 days — scored blind at the "
                              "start and the end of the twenty-fifth session's extraction work",
            "dev31_provinces": "Development gold of the twenty-fifth session: Tianjin, Jiangxi, Heilongjiang 2025 "
                               "stretches (written before the output was seen; tuned on)",
            "dev31_news": "Development gold of the twenty-fifth session: three 新闻联播 days (tuned on)",
            "dev32_provinces": "Development gold of the twenty-fifth session: Hubei, Jiangsu, Zhejiang 2025 stretches of "
                               "the shared corpus (tuned on)",
            "dev32_news": "Development gold of the twenty-fifth session: three more 新闻联播 days (tuned on)",
            "holdout49_provinces": "External held-out gold: Henan, Yunnan 2025 and Guangxi 2026 stretches (dev_gold's "
                                   "conventions) — scored blind at the start and the end of the twenty-sixth session's "
                                   "extraction work, then tuned on",
            "news_holdout32": "External held-out gold: a thirty-second set of held-out 新闻联播 days — scored blind at the "
                              "start and the end of the twenty-sixth session's extraction work",
            "news_holdout33": "External held-out gold: a thirty-third set of held-out 新闻联播 days — written blind midway "
                              "through the twenty-sixth session, scored at its start and its end, then tuned on",
            "dev33_provinces": "Development gold of the twenty-sixth session: Anhui, Shanxi 2026 and Ningxia 2025 "
                               "stretches (written before the output was seen; tuned on)",
            "dev33_news": "Development gold of the twenty-sixth session: three 新闻联播 days (tuned on)",
            "holdout50_provinces": "External held-out gold: Hainan, Ningxia, Shanxi 2025 review stretches (dev_gold's "
                                   "conventions) — scored blind at the start and the end of the twenty-seventh "
                                   "session's extraction work",
            "news_holdout34": "External held-out gold: a thirty-fourth set of held-out 新闻联播 days — scored blind at the "
                              "start and the end of the twenty-seventh session's extraction work",
            "holdout51_provinces": "External held-out gold: Zhejiang, Jiangxi, Fujian 2026 stretches — written blind early "
                                   "in the twenty-seventh session, scored at its start and its end",
            "holdout52_national": "External held-out gold: the national reports of 2016 and 2021 and the 20th congress "
                                  "report — written blind early in the twenty-seventh session, scored at its start and its end",
            "dev34_provinces": "Development gold of the twenty-seventh session: Heilongjiang 2025, Guizhou and Xinjiang "
                               "2026 stretches (written before the output was seen; tuned on)",
            "dev34_news": "Development gold of the twenty-seventh session: three 新闻联播 days (tuned on)",
            "dev35_provinces": "Development gold of the twenty-seventh session: Jiangsu 2026, Ningxia 2025, Yunnan 2026 "
                               "stretches (tuned on)",
            "dev36_provinces": "Development gold of the twenty-seventh session: Hainan, Shanxi, Jilin 2025 stretches "
                               "(tuned on)",
            "dev36_news": "Development gold of the twenty-seventh session: three more 新闻联播 days (tuned on)",
            "dev37_glossary": "Development gold of the twenty-seventh session: the annexes and glossary of the Guangdong "
                              "2025 report (tuned on)",
            "holdout53_provinces": "External held-out gold: Guizhou, Fujian, Shandong 2025 stretches of the shared corpus — "
                                   "scored blind at the start and the end of the twenty-eighth session's extraction "
                                   "work, then studied",
            "holdout54_national": "External held-out gold: the national reports of 2014 and 2017 and the 19th congress "
                                  "report — scored blind at the start and the end of the twenty-eighth session's work",
            "news_holdout35": "External held-out gold: a thirty-fifth set of held-out 新闻联播 days — scored blind at the "
                              "start and the end of the twenty-eighth session's extraction work, then studied",
            "dev38_provinces": "Development gold of the twenty-eighth session: Guizhou, Hunan, Chongqing 2025 stretches of "
                               "the shared corpus (written before the output was seen; tuned on)",
            "dev38_national": "Development gold of the twenty-eighth session: the national reports of 2015 and 2018 and "
                              "the 18th congress report (tuned on)",
            "holdout55_provinces": "External held-out gold: Zhejiang 2026, Shanxi 2025, Hunan 2025 stretches — scored "
                                   "blind at the start and the end of the twenty-ninth session's extraction work, then "
                                   "studied",
            "holdout56_national": "External held-out gold: the national reports of 2016 and 2023 and the 20th congress "
                                  "report — scored blind at the start and the end of the twenty-ninth session's work",
            "news_holdout36": "External held-out gold: a thirty-sixth set of held-out 新闻联播 days — scored blind at the "
                              "start and the end of the twenty-ninth session's extraction work, then studied",
            "holdout57_provinces": "External held-out gold: Guangdong 2026, Ningxia 2025, Shaanxi 2025 stretches — scored "
                                   "blind at the start and the end of the thirtieth session's extraction work, then "
                                   "studied",
            "holdout58_national": "External held-out gold: the national reports of 2013 and 2014 and the 19th congress "
                                  "report — scored blind at the start and the end of the thirtieth session's work",
            "news_holdout37": "External held-out gold: a thirty-seventh set of held-out 新闻联播 days — scored blind at the "
                              "start and the end of the thirtieth session's extraction work, then studied",
            "holdout59_provinces": "External held-out gold: Shanxi 2026, Zhejiang 2026, Shandong 2025 stretches — scored "
                                   "blind at the start and the end of the thirty-first session's extraction work, then "
                                   "studied",
            "holdout60_national": "External held-out gold: the national reports of 2023 and 2024 and the 20th congress "
                                  "report — scored blind at the start and the end of the thirty-first session's work",
            "news_holdout38": "External held-out gold: a thirty-eighth set of held-out 新闻联播 days — scored blind at the "
                              "start and the end of the thirty-first session's extraction work, then studied",
            "holdout61_provinces": "External held-out gold: Shaanxi, Shanxi, Sichuan 2025 stretches — scored blind at the "
                                   "start and the end of the thirty-second session's extraction work, then studied",
            "holdout62_national": "External held-out gold: the national reports of 2009, 2011 and 2012 (texts new to the "
                                  "project) — scored blind at the start and the end of the thirty-second session's work",
            "news_holdout39": "External held-out gold: a thirty-ninth set of held-out 新闻联播 days — scored blind at the "
                              "start and the end of the thirty-second session's extraction work, then studied",
            "holdout63_national": "External held-out gold: the national reports of 2005, 2006 and 2008 (texts new to the "
                                  "project) — written midway through the thirty-second session, scored blind, then studied",
            "news_holdout40": "External held-out gold: 新闻联播 days of 2016 and 2017 — written midway through the "
                              "thirty-second session, scored blind, then studied",
            "holdout64_provinces": "External held-out gold: Beijing, Jiangsu, Shanghai 2025 stretches — scored blind at "
                                   "the start of the thirty-third session, then studied",
            "holdout65_national": "External held-out gold: the national reports of 1999, 2002 and 2003 (texts new to the "
                                  "project) — scored blind at the start of the thirty-third session, then studied",
            "news_holdout41": "External held-out gold: 新闻联播 days of 2012, 2018 and 2025 — scored blind at the start "
                              "of the thirty-third session, then studied",
            "holdout66_provinces": "External held-out gold: Guangdong, Sichuan, Chongqing 2025 stretches — written in the "
                                   "thirty-third session's second batch, scored blind, then studied",
            "holdout67_national": "External held-out gold: the national reports of 1995, 1997 and 2000 — written in the "
                                  "thirty-third session's second batch, scored blind, then studied",
            "news_holdout42": "External held-out gold: 新闻联播 days of 2014, 2015 and 2021 — written in the "
                              "thirty-third session's second batch, scored blind, then studied",
            "holdout68_provinces": "External held-out gold: Fujian, Shandong, Zhejiang 2025 stretches — written in the "
                                   "thirty-third session's third batch, scored blind, then studied",
            "holdout69_national": "External held-out gold: the national reports of 1992, 1993 and 1994 — written in the "
                                  "thirty-third session's third batch, scored blind, then studied",
            "news_holdout43": "External held-out gold: 新闻联播 days of 2013, 2020 and 2022 — written in the "
                              "thirty-third session's third batch, scored blind, then studied",
            "holdout70_provinces": "External held-out gold: Guangdong, Sichuan, Hubei 2025 stretches — written in the "
                                   "thirty-third session's fourth batch, scored blind, then studied",
            "holdout71_national": "External held-out gold: the national reports of 1986, 1987 and 1988 — written in the "
                                  "thirty-third session's fourth batch, scored blind, then studied",
            "news_holdout44": "External held-out gold: 新闻联播 days of 2018, 2019 and 2024 — written in the "
                              "thirty-third session's fourth batch, scored blind, then studied",
            "holdout72_provinces": "External held-out gold: Chongqing, Fujian, Guangdong 2025 stretches — written in the "
                                   "thirty-fourth session's first batch, scored blind, then studied",
            "holdout73_national": "External held-out gold: the national reports of 1983, 1984 and 1985 — written in the "
                                  "thirty-fourth session's first batch, scored blind, then studied",
            "news_holdout45": "External held-out gold: 新闻联播 days of 2013, 2021 and 2022 — written in the "
                              "thirty-fourth session's first batch, scored blind, then studied",
            "holdout74_provinces": "External held-out gold: Fujian, Guangdong, Hubei 2025 stretches — written in the "
                                   "thirty-fourth session's second batch, scored blind, then studied",
            "holdout75_national": "External held-out gold: the national reports of 1979, 1981 and 1982 — written in the "
                                  "thirty-fourth session's second batch, scored blind, then studied",
            "news_holdout46": "External held-out gold: 新闻联播 days of 2014, 2020 and 2025 — written in the "
                              "thirty-fourth session's second batch, scored blind, then studied",
            "holdout76_provinces": "External held-out gold: Chongqing, Jiangsu, Sichuan 2025 stretches — written in the "
                                   "thirty-fourth session's third batch, scored blind, then studied",
            "holdout77_national": "External held-out gold: the national reports of 1975, 1978 and 1980 — written in the "
                                  "thirty-fourth session's third batch, scored blind, then studied",
            "news_holdout47": "External held-out gold: 新闻联播 days of 2014, 2019 and 2026 — written in the "
                              "thirty-fourth session's third batch, scored blind, then studied",
            "holdout78_national": "External held-out gold: the national reports of 1957, 1959 and 1960 — written in the "
                                  "thirty-fourth session's fourth batch, scored blind, then studied",
            "news_holdout48": "External held-out gold: 新闻联播 days of 2013, 2015 and 2025 — written in the "
                              "thirty-fourth session's fourth batch, scored blind, then studied",
            "news_holdout49": "External held-out gold: 新闻联播 days of 2017, 2018 and 2024 — written in the "
                              "thirty-fourth session's fourth batch, scored blind, then studied",
            "news_holdout50": "External held-out gold: 新闻联播 days of 2012, 2015 and 2018 — written in the "
                              "thirty-fifth session's first batch, scored blind, then studied",
            "news_holdout51": "External held-out gold: 新闻联播 days of 2013, 2015 and 2019 — written in the "
                              "thirty-fifth session's first batch, scored blind, then studied",
            "holdout79_national": "External held-out gold: the national reports of 1955, 1956 and 1958 — written in the "
                                  "thirty-fifth session's first batch, scored blind, then studied",
            "holdout80_mixed": "External held-out gold: Guangdong 2025 and the national report of 1955 — written in the "
                               "thirty-fifth session's first batch, scored blind, then studied",
            "news_holdout52": "External held-out gold: 新闻联播 days of 2014, 2018 and 2019 — written in the "
                              "thirty-fifth session's second batch, scored blind, then studied",
            "news_holdout53": "External held-out gold: 新闻联播 days of 2019, 2021 and 2022 — written in the "
                              "thirty-fifth session's second batch, scored blind, then studied",
            "holdout81_provinces": "External held-out gold: Hainan 2025 and Shanxi 2026 — written in the "
                                   "thirty-fifth session's second batch, scored blind, then studied",
            "holdout82_mixed": "External held-out gold: Beijing 2025 and the national report of 1964 — written in the "
                               "thirty-fifth session's second batch, scored blind, then studied",
            "news_holdout54": "External held-out gold: 新闻联播 days of 2014, 2015 and 2017 — written in the "
                              "thirty-fifth session's third batch, scored blind, then studied",
            "news_holdout55": "External held-out gold: 新闻联播 days of 2019, 2020 and 2021 — written in the "
                              "thirty-fifth session's third batch, scored blind, then studied",
            "holdout83_mixed": "External held-out gold: Guangdong 2025 and the 18th congress report — written in the "
                               "thirty-fifth session's third batch, scored blind, then studied",
            "holdout84_national": "External held-out gold: the national reports of 2019 and 2022 — written in the "
                                  "thirty-fifth session's third batch, scored blind, then studied",
            "news_holdout56": "External held-out gold: 新闻联播 days of 2012 and 2016 — written in the "
                              "thirty-fifth session's fourth batch, scored blind, then studied",
            "news_holdout57": "External held-out gold: 新闻联播 days of 2019, 2020 and 2021 — written in the "
                              "thirty-fifth session's fourth batch, scored blind, then studied",
            "holdout85_national": "External held-out gold: the national reports of 2016 and 2021 — written in the "
                                  "thirty-fifth session's fourth batch, scored blind, then studied",
            "holdout86_mixed": "External held-out gold: Guangdong 2025 and the 20th congress report — written in the "
                               "thirty-fifth session's fourth batch, scored blind, then studied",
            "news_holdout58": "External held-out gold: 新闻联播 days of 2014 and 2015 — written in the "
                              "thirty-sixth session's first batch, scored blind, then studied",
            "news_holdout59": "External held-out gold: 新闻联播 days of 2019 and 2020 — written in the "
                              "thirty-sixth session's first batch, scored blind, then studied",
            "holdout87_provinces": "External held-out gold: Guizhou and Shanghai 2025 — written in the "
                                   "thirty-sixth session's first batch, scored blind, then studied",
            "holdout88_national": "External held-out gold: the national report of 2015 and the 19th congress report — "
                                  "written in the thirty-sixth session's first batch, scored blind, then studied",
            "news_holdout60": "External held-out gold: 新闻联播 days of 2013, 2015 and 2016 — written in the "
                              "thirty-sixth session's second batch, scored blind, then studied",
            "news_holdout61": "External held-out gold: 新闻联播 days of 2016, 2017 and 2019 — written in the "
                              "thirty-sixth session's second batch, scored blind, then studied",
            "holdout89_provinces": "External held-out gold: Beijing and Chongqing 2025 — written in the "
                                   "thirty-sixth session's second batch, scored blind, then studied",
            "holdout90_national": "External held-out gold: the national reports of 2017 and 2019 — written in the "
                                  "thirty-sixth session's second batch, scored blind, then studied",
            "news_holdout62": "External held-out gold: 新闻联播 days of 2013, 2014 and 2015 — written in the "
                              "thirty-sixth session's third batch, scored blind, then studied",
            "news_holdout63": "External held-out gold: 新闻联播 days of 2017, 2018 and 2019 — written in the "
                              "thirty-sixth session's third batch, scored blind, then studied",
            "holdout91_mixed": "External held-out gold: Shanghai 2025 and the national report of 2018 — written in the "
                               "thirty-sixth session's third batch, scored blind, then studied",
            "holdout92_national": "External held-out gold: the opening of the 19th congress report — written in the "
                                  "thirty-sixth session's third batch, scored blind, then studied",
            "news_holdout64": "External held-out gold: 新闻联播 days of 2012, 2013 and 2014 — written in the "
                              "thirty-sixth session's fourth batch, scored blind, then studied",
            "news_holdout65": "External held-out gold: 新闻联播 days of 2015, 2020 and 2022 — written in the "
                              "thirty-sixth session's fourth batch, scored blind, then studied",
            "holdout93_national": "External held-out gold: the national reports of 1981 and 2008 — written in the "
                                  "thirty-sixth session's fourth batch, scored blind, then studied",
            "holdout94_national": "External held-out gold: the national reports of 1993 and 2011 — written in the "
                                  "thirty-sixth session's fourth batch, scored blind, then studied",
            "news_holdout66": "External held-out gold: 新闻联播 days of 2017, 2018 and 2019 — written in the "
                              "thirty-seventh session's first batch, scored blind, then studied",
            "news_holdout67": "External held-out gold: 新闻联播 days of 2016, 2018 and 2019 — written in the "
                              "thirty-seventh session's first batch, scored blind, then studied",
            "holdout95_national": "External held-out gold: the national reports of 1986 and 2006 — written in the "
                                  "thirty-seventh session's first batch, scored blind, then studied",
            "holdout96_national": "External held-out gold: the national reports of 1997 and 2012 — written in the "
                                  "thirty-seventh session's first batch, scored blind, then studied",
            "news_holdout68": "External held-out gold: 新闻联播 days of 2013, 2016 and 2022 — written in the "
                              "thirty-seventh session's second batch, scored blind, then studied",
            "news_holdout69": "External held-out gold: 新闻联播 days of 2013, 2015 and 2022 — written in the "
                              "thirty-seventh session's second batch, scored blind, then studied",
            "holdout97_national": "External held-out gold: the national reports of 1984 and 2005 — written in the "
                                  "thirty-seventh session's second batch, scored blind, then studied",
            "holdout98_national": "External held-out gold: the national reports of 1987 and 2002 — written in the "
                                  "thirty-seventh session's second batch, scored blind, then studied",
            "news_holdout70": "External held-out gold: 新闻联播 days of 2016, 2017 and 2020 — written in the "
                              "thirty-seventh session's third batch, scored blind, then studied",
            "news_holdout71": "External held-out gold: 新闻联播 days of 2016, 2017 and 2021 — written in the "
                              "thirty-seventh session's third batch, scored blind, then studied",
            "holdout99_national": "External held-out gold: the national reports of 1955 and 2003 — written in the "
                                  "thirty-seventh session's third batch, scored blind, then studied",
            "holdout100_national": "External held-out gold: the national reports of 1958 and 1982 — written in the "
                                   "thirty-seventh session's third batch, scored blind, then studied",
            "news_holdout72": "External held-out gold: 新闻联播 days of 2017 and 2021 — written in the "
                              "thirty-eighth session's first batch, scored blind, then studied",
            "news_holdout73": "External held-out gold: 新闻联播 days of 2013, 2014 and 2020 — written in the "
                              "thirty-eighth session's first batch, scored blind, then studied",
            "holdout101_national": "External held-out gold: the national reports of 1979 and 2009 — written in the "
                                   "thirty-eighth session's first batch, scored blind, then studied",
            "holdout102_national": "External held-out gold: the national reports of 1993 and 2011 — written in the "
                                   "thirty-eighth session's first batch, scored blind, then studied",
            "news_holdout74": "External held-out gold: 新闻联播 days of 2013 and 2020 — written in the "
                              "thirty-eighth session's second batch, kept aside unread until the session's end",
            "news_holdout75": "External held-out gold: 新闻联播 days of 2016 and 2018 — written in the "
                              "thirty-eighth session's second batch, kept aside unread until the session's end",
            "holdout103_national": "External held-out gold: the national reports of 1983 and 2000 — written in the "
                                   "thirty-eighth session's second batch, kept aside unread until the session's end",
            "holdout104_national": "External held-out gold: the national reports of 1988 and 2006 — written in the "
                                   "thirty-eighth session's second batch, kept aside unread until the session's end",
            "news_holdout76": "External held-out gold: 新闻联播 days of 2015, 2016 and 2019 — written in the "
                              "thirty-eighth session's third batch, scored blind, then studied",
            "news_holdout77": "External held-out gold: 新闻联播 days of 2016 and 2020 — written in the "
                              "thirty-eighth session's third batch, scored blind, then studied",
            "holdout105_national": "External held-out gold: the national reports of 1995 and 2008 — written in the "
                                   "thirty-eighth session's third batch, scored blind, then studied",
            "holdout106_national": "External held-out gold: the national reports of 1964 and 1999 — written in the "
                                   "thirty-eighth session's third batch, scored blind, then studied",
            "news_holdout78": "External held-out gold: 新闻联播 days of 2014, 2016 and 2021 — written in the "
                              "thirty-eighth session's fourth batch, scored blind, then studied",
            "news_holdout79": "External held-out gold: 新闻联播 days of 2018 and 2022 — written in the "
                              "thirty-eighth session's fourth batch, scored blind, then studied",
            "holdout107_national": "External held-out gold: the national reports of 1957 and 1992 — written in the "
                                   "thirty-eighth session's fourth batch, scored blind, then studied",
            "holdout108_national": "External held-out gold: the national reports of 1994 and 2012 — written in the "
                                   "thirty-eighth session's fourth batch, scored blind, then studied",
            "news_holdout80": "External held-out gold: 新闻联播 days of 2015 and 2021 — written in the "
                              "thirty-eighth session's fifth batch, scored blind, then studied",
            "news_holdout81": "External held-out gold: 新闻联播 days of 2021 — written in the "
                              "thirty-eighth session's fifth batch, scored blind, then studied",
            "holdout109_national": "External held-out gold: the national reports of 1955 and 1978 — written in the "
                                   "thirty-eighth session's fifth batch, scored blind, then studied",
            "holdout110_national": "External held-out gold: the national reports of 1985 and 2009 — written in the "
                                   "thirty-eighth session's fifth batch, scored blind, then studied",
            "news_holdout82": "External held-out gold: 新闻联播 days of 2016 and 2017 — written in the "
                              "thirty-ninth session's first batch, scored blind, then studied",
            "news_holdout83": "External held-out gold: 新闻联播 days of 2013 and 2014 — written in the "
                              "thirty-ninth session's first batch, scored blind, then studied",
            "holdout112_national": "External held-out gold: the national reports of 1981 and 1997 — written in the "
                                   "thirty-ninth session's first batch, scored blind, then studied",
            "holdout115_national": "External held-out gold: the national reports of 1956 and 2008 — written in the "
                                   "thirty-ninth session's first batch, scored blind, then studied",
            "news_holdout84": "External held-out gold: 新闻联播 days of 2015 and 2020 — written at the "
                              "thirty-ninth session's start and kept aside, unread, until its end",
            "news_holdout85": "External held-out gold: 新闻联播 days of 2017 and 2022 — written at the "
                              "thirty-ninth session's start and kept aside, unread, until its end",
            "holdout114_national": "External held-out gold: the national report of 1986 — written at the "
                                   "thirty-ninth session's start and kept aside, unread, until its end",
            "holdout116_national": "External held-out gold: the national reports of 1988 and 2011 — written at the "
                                   "thirty-ninth session's start and kept aside, unread, until its end",
            "news_holdout86": "External held-out gold: 新闻联播 days of 2017 and 2018 — written in the "
                              "thirty-ninth session's third batch, scored blind, then studied",
            "news_holdout87": "External held-out gold: 新闻联播 days of 2015 — written in the "
                              "thirty-ninth session's third batch, scored blind, then studied",
            "holdout117_national": "External held-out gold: the national reports of 1955 and 1993 — written in the "
                                   "thirty-ninth session's third batch, scored blind, then studied",
            "holdout118_national": "External held-out gold: the national reports of 1982 and 1999 — written in the "
                                   "thirty-ninth session's third batch, scored blind, then studied",
            "news_holdout88": "External held-out gold: 新闻联播 days of 2013 and 2015 — written in the "
                              "thirty-ninth session's fourth batch, scored blind, then studied",
            "news_holdout89": "External held-out gold: 新闻联播 days of 2013 and 2022 — written in the "
                              "thirty-ninth session's fourth batch, scored blind, then studied",
            "holdout119_national": "External held-out gold: the national reports of 1957 and 1984 — written in the "
                                   "thirty-ninth session's fourth batch, scored blind, then studied",
            "holdout120_national": "External held-out gold: the national reports of 1987 and 2006 — written in the "
                                   "thirty-ninth session's fourth batch, scored blind, then studied",
            "news_holdout90": "External held-out gold: 新闻联播 days of 2013 and 2020 — written in the "
                              "thirty-ninth session's fifth batch, scored blind, then studied",
            "news_holdout91": "External held-out gold: 新闻联播 days of 2018 and 2021 — written in the "
                              "thirty-ninth session's fifth batch, scored blind, then studied",
            "holdout121_national": "External held-out gold: the national reports of 1958 and 1981 — written in the "
                                   "thirty-ninth session's fifth batch, scored blind, then studied",
            "holdout122_national": "External held-out gold: the national reports of 1995 and 2012 — written in the "
                                   "thirty-ninth session's fifth batch, scored blind, then studied",
            "news_holdout92": "External held-out gold: 新闻联播 days of 2013 and 2019 — written in the "
                              "thirty-ninth session's sixth batch, scored blind, then studied",
            "news_holdout93": "External held-out gold: 新闻联播 days of 2018 and 2021 — written in the "
                              "thirty-ninth session's sixth batch, scored blind, then studied",
            "holdout123_national": "External held-out gold: the national reports of 1979 and 2003 — written in the "
                                   "thirty-ninth session's sixth batch, scored blind, then studied",
            "holdout124_national": "External held-out gold: the national reports of 1983 and 2009 — written in the "
                                   "thirty-ninth session's sixth batch, scored blind, then studied",
            "news_holdout94": "External held-out gold: 新闻联播 days of 2017 and 2018 — written in the "
                              "fortieth session's first batch, kept aside unread until the end",
            "news_holdout95": "External held-out gold: 新闻联播 days of 2018 and 2021 — written in the "
                              "fortieth session's first batch, kept aside unread until the end",
            "holdout125_national": "External held-out gold: the national reports of 1956 and 1959 — written in the "
                                   "fortieth session's first batch, kept aside unread until the end",
            "holdout126_national": "External held-out gold: the national reports of 1978 and 1983 — written in the "
                                   "fortieth session's first batch, kept aside unread until the end",
            "news_holdout96": "External held-out gold: 新闻联播 days of 2022 — written in the "
                              "fortieth session's second batch, scored blind, then studied",
            "news_holdout97": "External held-out gold: 新闻联播 days of 2018 and 2019 — written in the "
                              "fortieth session's second batch, scored blind, then studied",
            "holdout127_national": "External held-out gold: the national reports of 1986 and 1964 — written in the "
                                   "fortieth session's second batch, scored blind, then studied",
            "holdout128_national": "External held-out gold: the national reports of 1988 and 1957 — written in the "
                                   "fortieth session's second batch, scored blind, then studied",
            "news_holdout98": "External held-out gold: 新闻联播 days of 2013 and 2022 — written in the "
                              "fortieth session's third batch, scored blind, then studied",
            "news_holdout99": "External held-out gold: 新闻联播 days of 2013 and 2019 — written in the "
                              "fortieth session's third batch, scored blind, then studied",
            "holdout129_national": "External held-out gold: the national reports of 1955 and 1981 — written in the "
                                   "fortieth session's third batch, scored blind, then studied",
            "holdout130_national": "External held-out gold: the national reports of 1982 and 1987 — written in the "
                                   "fortieth session's third batch, scored blind, then studied",
            "news_holdout100": "External held-out gold: 新闻联播 days of 2014 and 2020 — written in the "
                               "fortieth session's fourth batch, scored blind, then studied",
            "news_holdout101": "External held-out gold: 新闻联播 days of 2019 and 2020 — written in the "
                               "fortieth session's fourth batch, scored blind, then studied",
            "holdout131_national": "External held-out gold: the national reports of 1958 and 1979 — written in the "
                                   "fortieth session's fourth batch, scored blind, then studied",
            "holdout132_national": "External held-out gold: the national reports of 2005 and 1980 — written in the "
                                   "fortieth session's fourth batch, scored blind, then studied",
            "news_holdout102": "External held-out gold: 新闻联播 days of 2018 and 2021 — written in the "
                               "fortieth session's fifth batch, scored blind, then studied",
            "news_holdout103": "External held-out gold: 新闻联播 days of 2013 and 2021 — written in the "
                               "fortieth session's fifth batch, scored blind, then studied",
            "holdout133_national": "External held-out gold: the national reports of 1994 and 1986 — written in the "
                                   "fortieth session's fifth batch, scored blind, then studied",
            "holdout134_national": "External held-out gold: the national reports of 1982 and 1957 — written in the "
                                   "fortieth session's fifth batch, scored blind, then studied",
            "news_holdout104": "External held-out gold: 新闻联播 days of 2014 and 2020 — written in the "
                               "fortieth session's sixth batch, scored blind, then studied",
            "news_holdout105": "External held-out gold: 新闻联播 days of 2013 and 2016 — written in the "
                               "fortieth session's sixth batch, scored blind, then studied",
            "news_holdout106": "External held-out gold: 新闻联播 days of 2013 and 2021 — written in the "
                               "fortieth session's sixth batch, scored blind, then studied",
            "holdout135_national": "External held-out gold: the national reports of 1978 and 1959 — written in the "
                                   "fortieth session's sixth batch, scored blind, then studied",
            "holdout136_national": "External held-out gold: the national reports of 1955 and 1981 — written in the "
                                   "fortieth session's sixth batch, scored blind, then studied",
            "holdout137_national": "External held-out gold: the national reports of 1988 and 2003 — written in the "
                                   "fortieth session's sixth batch, scored blind, then studied",
            "news_holdout107": "External held-out gold: 新闻联播 days of 2014 and 2020 — written in the "
                               "fortieth session's seventh batch, scored blind, then studied",
            "news_holdout108": "External held-out gold: 新闻联播 days of 2017 and 2019 — written in the "
                               "fortieth session's seventh batch, scored blind, then studied",
            "news_holdout109": "External held-out gold: 新闻联播 days of 2016 and 2017 — written in the "
                               "fortieth session's seventh batch, scored blind, then studied",
            "holdout138_national": "External held-out gold: the national reports of 1958 and 1978 — written in the "
                                   "fortieth session's seventh batch, scored blind, then studied",
            "holdout139_national": "External held-out gold: the national reports of 1955 and 2009 — written in the "
                                   "fortieth session's seventh batch, scored blind, then studied",
            "holdout140_national": "External held-out gold: the national reports of 1992 and 2000 — written in the "
                                   "fortieth session's seventh batch, scored blind, then studied",
            "news_holdout110": "External held-out gold: 新闻联播 days of 2019 and 2020 — written in the "
                               "fortieth session's eighth batch, scored blind, then studied",
            "news_holdout111": "External held-out gold: 新闻联播 days of 2020 and 2021 — written in the "
                               "fortieth session's eighth batch, scored blind, then studied",
            "news_holdout112": "External held-out gold: 新闻联播 days of 2013 and 2015 — written in the "
                               "fortieth session's eighth batch, scored blind, then studied",
            "holdout141_national": "External held-out gold: the national reports of 1957 and 1959 — written in the "
                                   "fortieth session's eighth batch, scored blind, then studied",
            "holdout142_national": "External held-out gold: the national reports of 1979 and 1985 — written in the "
                                   "fortieth session's eighth batch, scored blind, then studied",
            "holdout143_national": "External held-out gold: the national reports of 1997 and 1999 — written in the "
                                   "fortieth session's eighth batch, scored blind, then studied",
            "news_holdout113": "External held-out gold: 新闻联播 days of 2018 — written in the "
                               "forty-first session's first batch, kept aside unread until the end",
            "news_holdout114": "External held-out gold: 新闻联播 days of 2014 — written in the "
                               "forty-first session's first batch, kept aside unread until the end",
            "holdout144_national": "External held-out gold: the national reports of 1955 — written in the "
                                   "forty-first session's first batch, kept aside unread until the end",
            "holdout145_national": "External held-out gold: the national reports of 1959 — written in the "
                                   "forty-first session's first batch, kept aside unread until the end",
            "news_holdout115": "External held-out gold: 新闻联播 days of 2014 — written in the "
                               "forty-first session's second batch, scored blind, then studied",
            "news_holdout116": "External held-out gold: 新闻联播 days of 2019 — written in the "
                               "forty-first session's second batch, scored blind, then studied",
            "holdout146_national": "External held-out gold: the national reports of 1978 — written in the "
                                   "forty-first session's second batch, scored blind, then studied",
            "holdout147_national": "External held-out gold: the national reports of 2008 — written in the "
                                   "forty-first session's second batch, scored blind, then studied",
            "news_holdout117": "External held-out gold: 新闻联播 days of 2013 — written in the "
                               "forty-first session's third batch, scored blind, then studied",
            "news_holdout118": "External held-out gold: 新闻联播 days of 2017 — written in the "
                               "forty-first session's third batch, scored blind, then studied",
            "holdout148_national": "External held-out gold: the national reports of 1964 — written in the "
                                   "forty-first session's third batch, scored blind, then studied",
            "holdout149_national": "External held-out gold: the national reports of 1955 — written in the "
                                   "forty-first session's third batch, scored blind, then studied",
            "news_holdout119": "External held-out gold: 新闻联播 days of 2021 — written in the "
                               "forty-first session's fourth batch, scored blind, then studied",
            "news_holdout120": "External held-out gold: 新闻联播 days of 2016 — written in the "
                               "forty-first session's fourth batch, scored blind, then studied",
            "holdout150_national": "External held-out gold: the national reports of 1979 — written in the "
                                   "forty-first session's fourth batch, scored blind, then studied",
            "holdout151_national": "External held-out gold: the national reports of 1986 — written in the "
                                   "forty-first session's fourth batch, scored blind, then studied",
            "news_holdout121": "External held-out gold: 新闻联播 days of 2014 — written in the "
                               "forty-second session's first batch, kept aside unread until the end",
            "news_holdout122": "External held-out gold: 新闻联播 days of 2016 — written in the "
                               "forty-second session's first batch, kept aside unread until the end",
            "holdout152_national": "External held-out gold: the national reports of 1955 — written in the "
                                   "forty-second session's first batch, kept aside unread until the end",
            "holdout153_national": "External held-out gold: the national reports of 1959 — written in the "
                                   "forty-second session's first batch, kept aside unread until the end",
            "news_holdout123": "External held-out gold: 新闻联播 days of 2018 — written in the "
                               "forty-second session's second batch, scored blind, then studied",
            "news_holdout124": "External held-out gold: 新闻联播 days of 2021 — written in the "
                               "forty-second session's second batch, scored blind, then studied",
            "holdout154_national": "External held-out gold: the national reports of 1981 — written in the "
                                   "forty-second session's second batch, scored blind, then studied",
            "holdout155_national": "External held-out gold: the national reports of 1984 — written in the "
                                   "forty-second session's second batch, scored blind, then studied",
            "news_holdout125": "External held-out gold: 新闻联播 days of 2015 — written in the "
                               "forty-second session's third batch, scored blind, then studied",
            "news_holdout126": "External held-out gold: 新闻联播 days of 2013 — written in the "
                               "forty-second session's third batch, scored blind, then studied",
            "holdout156_national": "External held-out gold: the national reports of 1956 — written in the "
                                   "forty-second session's third batch, scored blind, then studied",
            "holdout157_national": "External held-out gold: the national reports of 1957 — written in the "
                                   "forty-second session's third batch, scored blind, then studied",
            "news_holdout127": "External held-out gold: 新闻联播 days of 2021 — written in the "
                               "forty-second session's fourth batch, scored blind, then studied",
            "news_holdout128": "External held-out gold: 新闻联播 days of 2015 — written in the "
                               "forty-second session's fourth batch, scored blind, then studied",
            "holdout158_national": "External held-out gold: the national reports of 1958 — written in the "
                                   "forty-second session's fourth batch, scored blind, then studied",
            "holdout159_national": "External held-out gold: the national reports of 1978 — written in the "
                                   "forty-second session's fourth batch, scored blind, then studied",
            "news_holdout129": "External held-out gold: 新闻联播 days of 2022 — written in the "
                               "forty-second session's fifth batch, scored blind, then studied",
            "news_holdout130": "External held-out gold: 新闻联播 days of 2017 — written in the "
                               "forty-second session's fifth batch, scored blind, then studied",
            "holdout160_national": "External held-out gold: the national reports of 1980 — written in the "
                                   "forty-second session's fifth batch, scored blind, then studied",
            "holdout161_national": "External held-out gold: the national reports of 1983 — written in the "
                                   "forty-second session's fifth batch, scored blind, then studied",
            "news_holdout131": "External held-out gold: 新闻联播 days of 2016 — written in the "
                               "forty-second session's sixth batch, scored blind, then studied",
            "news_holdout132": "External held-out gold: 新闻联播 days of 2019 — written in the "
                               "forty-second session's sixth batch, scored blind, then studied",
            "holdout162_national": "External held-out gold: the national reports of 1987 — written in the "
                                   "forty-second session's sixth batch, scored blind, then studied",
            "holdout163_national": "External held-out gold: the national reports of 2005 — written in the "
                                   "forty-second session's sixth batch, scored blind, then studied",
            "news_holdout133": "External held-out gold: 新闻联播 days of 2018 — written in the "
                               "forty-second session's seventh batch, scored blind, then studied",
            "news_holdout134": "External held-out gold: 新闻联播 days of 2021 — written in the "
                               "forty-second session's seventh batch, scored blind, then studied",
            "holdout164_national": "External held-out gold: the national reports of 1982 — written in the "
                                   "forty-second session's seventh batch, scored blind, then studied",
            "holdout165_national": "External held-out gold: the national reports of 1988 — written in the "
                                   "forty-second session's seventh batch, scored blind, then studied",
            "news_holdout135": "External held-out gold: 新闻联播 days of 2015 — written in the "
                               "forty-second session's eighth batch, scored blind, then studied",
            "news_holdout136": "External held-out gold: 新闻联播 days of 2019 — written in the "
                               "forty-second session's eighth batch, scored blind, then studied",
            "holdout166_national": "External held-out gold: the national reports of 1995 — written in the "
                                   "forty-second session's eighth batch, scored blind, then studied",
            "holdout167_national": "External held-out gold: the national reports of 2002 — written in the "
                                   "forty-second session's eighth batch, scored blind, then studied",
            "news_holdout137": "External held-out gold: 新闻联播 days of 2017 — written in the "
                               "forty-second session's ninth batch, scored blind, then studied",
            "news_holdout138": "External held-out gold: 新闻联播 days of 2014 — written in the "
                               "forty-second session's ninth batch, scored blind, then studied",
            "holdout168_national": "External held-out gold: the national reports of 2008 — written in the "
                                   "forty-second session's ninth batch, scored blind, then studied",
            "holdout169_national": "External held-out gold: the national reports of 2011 — written in the "
                                   "forty-second session's ninth batch, scored blind, then studied",
            "news_holdout139": "External held-out gold: 新闻联播 days of 2015 — written in the "
                               "forty-second session's tenth batch, scored blind, then studied",
            "news_holdout140": "External held-out gold: 新闻联播 days of 2021 — written in the "
                               "forty-second session's tenth batch, scored blind, then studied",
            "holdout170_national": "External held-out gold: the national reports of 2008 — written in the "
                                   "forty-second session's tenth batch, scored blind, then studied",
            "news_holdout141": "External held-out gold: 新闻联播 days of 2020 — written in the "
                               "forty-second session's eleventh batch, scored blind, then studied",
            "news_holdout142": "External held-out gold: 新闻联播 days of 2019 — written in the "
                               "forty-second session's eleventh batch, scored blind, then studied",
            "news_holdout143": "External held-out gold: 新闻联播 days of 2016 — written in the "
                               "forty-second session's eleventh batch, scored blind, then studied",
            "news_holdout144": "External held-out gold: 新闻联播 days of 2017 — written in the "
                               "forty-second session's eleventh batch, scored blind, then studied",
            "news_holdout145": "External held-out gold: 新闻联播 days of 2014 — written in the "
                               "forty-second session's twelfth batch, scored blind, then studied",
            "news_holdout146": "External held-out gold: 新闻联播 days of 2014 — written in the "
                               "forty-second session's twelfth batch, scored blind, then studied",
            "news_holdout147": "External held-out gold: 新闻联播 days of 2022 — written in the "
                               "forty-second session's twelfth batch, scored blind, then studied",
            "news_holdout148": "External held-out gold: 新闻联播 days of 2018 — written in the "
                               "forty-third session's first batch, kept aside unread until the end",
            "news_holdout149": "External held-out gold: 新闻联播 days of 2013 — written in the "
                               "forty-third session's first batch, kept aside unread until the end",
            "holdout171_congress": "External held-out gold: the report to the CPC's 12th national congress — written in the "
                                   "forty-third session's first batch, kept aside unread until the end",
            "holdout172_congress": "External held-out gold: the report to the CPC's 16th national congress — written in the "
                                   "forty-third session's first batch, kept aside unread until the end",
            "news_holdout150": "External held-out gold: 新闻联播 days of 2017 — written in the "
                               "forty-third session's second batch, scored blind, then studied",
            "news_holdout151": "External held-out gold: 新闻联播 days of 2013 — written in the "
                               "forty-third session's second batch, scored blind, then studied",
            "holdout173_congress": "External held-out gold: the report to the CPC's 9th national congress — written in the "
                                   "forty-third session's second batch, scored blind, then studied",
            "holdout174_congress": "External held-out gold: the report to the CPC's 14th national congress — written in the "
                                   "forty-third session's second batch, scored blind, then studied",
            "news_holdout152": "External held-out gold: 新闻联播 days of 2017 — written in the "
                               "forty-third session's third batch, scored blind, then studied",
            "news_holdout153": "External held-out gold: 新闻联播 days of 2018 — written in the "
                               "forty-third session's third batch, scored blind, then studied",
            "holdout175_congress": "External held-out gold: the report to the CPC's 11th national congress — written in the "
                                   "forty-third session's third batch, scored blind, then studied",
            "holdout176_congress": "External held-out gold: the report to the CPC's 17th national congress — written in the "
                                   "forty-third session's third batch, scored blind, then studied",
            "news_holdout154": "External held-out gold: 新闻联播 days of 2014 — written in the "
                               "forty-third session's fourth batch, scored blind, then studied",
            "news_holdout155": "External held-out gold: 新闻联播 days of 2014 — written in the "
                               "forty-third session's fourth batch, scored blind, then studied",
            "holdout177_congress": "External held-out gold: the report to the CPC's 10th national congress — written in the "
                                   "forty-third session's fourth batch, scored blind, then studied",
            "holdout178_congress": "External held-out gold: the report to the CPC's 13th national congress — written in the "
                                   "forty-third session's fourth batch, scored blind, then studied",
            "news_holdout156": "External held-out gold: 新闻联播 days of 2020 — written in the "
                               "forty-third session's fifth batch, scored blind, then studied",
            "news_holdout157": "External held-out gold: 新闻联播 days of 2014 — written in the "
                               "forty-third session's fifth batch, scored blind, then studied",
            "holdout179_congress": "External held-out gold: the report to the CPC's 15th national congress — written in the "
                                   "forty-third session's fifth batch, scored blind, then studied",
            "holdout180_congress": "External held-out gold: the report to the CPC's 9th national congress — written in the "
                                   "forty-third session's fifth batch, scored blind, then studied",
            "news_holdout158": "External held-out gold: 新闻联播 days of 2016 — written in the "
                               "forty-third session's sixth batch, scored blind, then studied",
            "news_holdout159": "External held-out gold: 新闻联播 days of 2016 — written in the "
                               "forty-third session's sixth batch, scored blind, then studied",
            "holdout181_congress": "External held-out gold: the report to the CPC's 11th national congress — written in the "
                                   "forty-third session's sixth batch, scored blind, then studied",
            "holdout182_congress": "External held-out gold: the report to the CPC's 12th national congress — written in the "
                                   "forty-third session's sixth batch, scored blind, then studied",
            "news_holdout160": "External held-out gold: 新闻联播 days of 2020 — written in the "
                               "forty-third session's seventh batch, scored blind, then studied",
            "news_holdout161": "External held-out gold: 新闻联播 days of 2017 — written in the "
                               "forty-third session's seventh batch, scored blind, then studied",
            "holdout183_congress": "External held-out gold: the report to the CPC's 16th national congress — written in the "
                                   "forty-third session's seventh batch, scored blind, then studied",
            "holdout184_congress": "External held-out gold: the report to the CPC's 17th national congress — written in the "
                                   "forty-third session's seventh batch, scored blind, then studied",
            "news_holdout162": "External held-out gold: 新闻联播 days of 2016 — written in the "
                               "forty-third session's eighth batch, scored blind, then studied",
            "news_holdout163": "External held-out gold: 新闻联播 days of 2022 — written in the "
                               "forty-third session's eighth batch, scored blind, then studied",
            "holdout185_congress": "External held-out gold: the report to the CPC's 10th national congress — written in the "
                                   "forty-third session's eighth batch, scored blind, then studied",
            "holdout186_congress": "External held-out gold: the report to the CPC's 13th national congress — written in the "
                                   "forty-third session's eighth batch, scored blind, then studied",
            "news_holdout164": "External held-out gold: 新闻联播 days of 2021 — written in the "
                               "forty-third session's ninth batch, scored blind, then studied",
            "news_holdout165": "External held-out gold: 新闻联播 days of 2016 — written in the "
                               "forty-third session's ninth batch, scored blind, then studied",
            "holdout187_congress": "External held-out gold: the report to the CPC's 14th national congress — written in the "
                                   "forty-third session's ninth batch, scored blind, then studied",
            "holdout188_congress": "External held-out gold: the report to the CPC's 15th national congress — written in the "
                                   "forty-third session's ninth batch, scored blind, then studied",
            "news_holdout166": "External held-out gold: 新闻联播 days of 2020 — written in the "
                               "forty-fourth session's first batch, kept aside unread until the end",
            "news_holdout167": "External held-out gold: 新闻联播 days of 2021 — written in the "
                               "forty-fourth session's first batch, kept aside unread until the end",
            "holdout189_congress": "External held-out gold: a report to a national congress of the CPC (the 15th) — written in the "
                                   "forty-fourth session's first batch, kept aside unread until the end",
            "holdout190_congress": "External held-out gold: a report to a national congress of the CPC (the 11th) — written in the "
                                   "forty-fourth session's first batch, kept aside unread until the end",
            "news_holdout168": "External held-out gold: 新闻联播 days of 2020 — written in the "
                               "forty-fourth session's second batch, scored blind, then studied",
            "news_holdout169": "External held-out gold: 新闻联播 days of 2020 — written in the "
                               "forty-fourth session's second batch, scored blind, then studied",
            "holdout191_congress": "External held-out gold: a report to a national congress of the CPC (the 9th) — written in the "
                                   "forty-fourth session's second batch, scored blind, then studied",
            "holdout192_congress": "External held-out gold: a report to a national congress of the CPC (the 12th) — written in the "
                                   "forty-fourth session's second batch, scored blind, then studied",
            "news_holdout170": "External held-out gold: 新闻联播 days of 2016 — written in the "
                               "forty-fourth session's third batch, scored blind, then studied",
            "news_holdout171": "External held-out gold: 新闻联播 days of 2014 — written in the "
                               "forty-fourth session's third batch, scored blind, then studied",
            "holdout193_congress": "External held-out gold: a report to a national congress of the CPC (the 13th) — written in the "
                                   "forty-fourth session's third batch, scored blind, then studied",
            "holdout194_congress": "External held-out gold: a report to a national congress of the CPC (the 16th) — written in the "
                                   "forty-fourth session's third batch, scored blind, then studied",
            "news_holdout172": "External held-out gold: 新闻联播 days of 2015 — written in the "
                               "forty-fourth session's fourth batch, scored blind, then studied",
            "news_holdout173": "External held-out gold: 新闻联播 days of 2014 — written in the "
                               "forty-fourth session's fourth batch, scored blind, then studied",
            "holdout195_congress": "External held-out gold: a report to a national congress of the CPC (the 14th) — written in the "
                                   "forty-fourth session's fourth batch, scored blind, then studied",
            "holdout196_congress": "External held-out gold: a report to a national congress of the CPC (the 17th) — written in the "
                                   "forty-fourth session's fourth batch, scored blind, then studied",
            "news_holdout174": "External held-out gold: 新闻联播 days of 2016 — written in the "
                               "forty-fourth session's fifth batch, scored blind, then studied",
            "news_holdout175": "External held-out gold: 新闻联播 days of 2020 — written in the "
                               "forty-fourth session's fifth batch, scored blind, then studied",
            "holdout197_congress": "External held-out gold: a report to a national congress of the CPC (the 15th) — written in the "
                                   "forty-fourth session's fifth batch, scored blind, then studied",
            "holdout198_congress": "External held-out gold: a report to a national congress of the CPC (the 11th) — written in the "
                                   "forty-fourth session's fifth batch, scored blind, then studied"}


def gold_table(shared: Path, gold: Path, mode: str = "default", external: tuple[Path, ...] = ()) -> str:
    """score.py's table for the documents of a gold file, found in seeds/, ../shared/corpus or the folders of
    texts that are not shipped (`external`)."""
    folders = [ROOT / "seeds"] + sorted(p for p in (shared / "corpus").iterdir() if p.is_dir()) + list(external)
    names = json.loads(gold.read_text(encoding="utf-8"))["docs"]
    files = sorted(next(str(folder / name) for folder in folders if (folder / name).is_file())  # the first holding it
                   for name in names if any((folder / name).is_file() for folder in folders))
    return run([PYTHON, str(shared / "eval" / "score.py"), "--gold", str(gold)], extract(files, mode))


def _scores(table: str) -> tuple[tuple[str, str, str], tuple[str, str]]:
    """(micro P, R, F1) and (label, recall) of the label with the lowest recall, from a scorer's table."""
    rows = {m.group(1): m.groups()[1:] for m in re.finditer(r"^(\w+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", table, re.M)}
    lowest = min(((label, v[1]) for label, v in rows.items() if label != "ALL"), key=lambda item: float(item[1]))
    return rows["ALL"], lowest


def summary_row(title: str, table: str) -> str:
    """One row of the summary: micro P/R/F1, the lowest label recall, HOLDS and DEFINES recall."""
    (p, r, f), (label, recall) = _scores(table)
    relations = dict(re.findall(r"^(HOLDS|DEFINES)\s+recall (\d+/\d+)", table, re.M))
    return (f"| {title.split(' (')[0]} | {f} | {p} | {r} | {recall} ({label}) | {relations.get('HOLDS', '–')} | "
            f"{relations.get('DEFINES', '–')} |")


def span_row(title: str, table: str) -> str:
    """One row of the summary for a span-level set: micro P/R/F1 and the lowest label recall."""
    (p, r, f), (label, recall) = _scores(table)
    return f"| {title} (span F1) | {f} | {p} | {r} | {recall} ({label}) | | |"


def span_table(shared: Path, file: str, maps: list[str], mode: str = "default") -> str:
    gold = shared / "eval" / "ner" / file
    predictions = extract([str(gold)], mode)
    args = [PYTHON, str(shared / "eval" / "score_spans.py"), "--gold", str(gold)]
    for m in maps:
        args += ["--map", m]
    return run(args, predictions)


def speed(shared: Path) -> dict[str, float]:
    """Single-core chars/s (CPU time of the process) of both passes in both modes over the policy texts, of
    the tagger alone and of jieba.posseg on the same text, in one run."""
    code = f"""
import time, json, logging
import jieba, jieba.posseg
from policykg.extract.tagger import tagger
from policykg.ingest import parse, read_documents
from policykg.run.passes import Documents, pass_one_lexicon, two_passes
from policykg.extract.words import forget_readings
jieba.setLogLevel(logging.WARNING)
docs = Documents(list(read_documents([{str(shared / 'corpus' / 'policy_texts')!r}])))
chars = sum(len(d.text) for d in docs.items)
result = {{"chars": chars}}
for name, model, runs in (("policykg", None, 3), ("model", "lac", 2)):
    base = pass_one_lexicon(model=model)
    list(two_passes(Documents(docs.items[:1]), base))
    best = None
    for _ in range(runs):
        forget_readings()
        t = time.process_time()
        for _ in two_passes(docs, base):
            pass
        elapsed = time.process_time() - t
        best = elapsed if best is None else min(best, elapsed)
    result[name] = chars / best
sentences = [parsed.text[a:b] for parsed in map(parse, docs.items) for a, b in parsed.bounds if b > a]
t = time.process_time()
tagger().entities(sentences)
result["tagger"] = sum(map(len, sentences)) / (time.process_time() - t)
list(jieba.posseg.cut("预热"))
t = time.process_time()
for d in docs.items:
    list(jieba.posseg.cut(d.text))
result["jieba"] = chars / (time.process_time() - t)
print(json.dumps(result))
"""
    return json.loads(run([PYTHON, "-c", code]))


def whole_process(shared: Path) -> dict[str, float]:
    """CPU seconds of `policykg extract` over the policy texts as a process of its own, in both modes
    (start-up, the tagger's loading and writing the records included)."""
    import resource

    seconds = {}
    for mode in MODES[:2]:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        extract([str(shared / "corpus" / "policy_texts")], mode)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        seconds[mode] = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return seconds


def label_rows(table: str) -> dict[str, list[str]]:
    """A scorer's table by label: the fields after the label."""
    return {line.split()[0]: line.split()[1:] for line in table.splitlines()[1:] if line.strip()}


def micro_f1(table: str) -> str:
    return re.search(r"micro-F1 ([\d.]+)", table).group(1)


def accurate_mode(shared: Path) -> tuple[list[str], dict]:
    """The table default / --model lac / model alone over the gold sets (never the held-out one), and
    the scorer tables by set and mode."""
    lines = ["| gold set | measure | " + " | ".join(MODES) + " |", "|---|---|" + "---:|" * len(MODES)]
    tables: dict = {}
    for title, gold in gold_sets(shared, holdout=False):
        title = title.split(" (")[0]
        tables[title] = {mode: gold_table(shared, gold, mode) for mode in MODES}
        by_mode = {mode: label_rows(table) for mode, table in tables[title].items()}
        for label in NAMES:
            lines.append(f"| {title} | {label} P / R | " + " | ".join(
                f"{by_mode[mode][label][0]} / {by_mode[mode][label][1]}" for mode in MODES) + " |")
        lines.append(f"| {title} | micro-F1, all six labels | " + " | ".join(
            micro_f1(tables[title][mode]) for mode in MODES) + " |")
    for title, file, maps in SPAN_SETS[:2]:
        if not (shared / "eval" / "ner" / file).is_file():
            continue
        tables[title] = {mode: span_table(shared, file, maps, mode) for mode in MODES}
        by_mode = {mode: label_rows(table) for mode, table in tables[title].items()}
        for label in ("PER", "LOC", "ORG"):
            lines.append(f"| {title} | {label} F1 (P / R) | " + " | ".join(
                f"{by_mode[mode][label][2]} ({by_mode[mode][label][0]} / {by_mode[mode][label][1]})"
                for mode in MODES) + " |")
    return lines, tables


def policy_persons(shared: Path) -> dict[str, Counter]:
    """The persons each mode finds in the policy texts: name → mentions."""
    found = {}
    for mode in MODES[:2]:
        records = map(json.loads, extract([str(shared / "corpus" / "policy_texts")], mode).splitlines())
        found[mode] = Counter(r["name"] for r in records if r.get("label") == "PERSON")
    return found


def _met(ok: bool) -> str:
    return "met" if ok else "**not met**"


def checks(tables: dict, persons: dict[str, Counter], numbers: dict[str, float]) -> list[str]:
    """The acceptance checks of issue 15, each met or not, from the numbers above."""
    lines = []
    pd = tables.get("People's Daily 1998 test")
    if pd:
        model, alone = label_rows(pd["--model lac"]), label_rows(pd["model alone"])
        for label, target in (("PER", 0.88), ("LOC", 0.82), ("ORG", 0.72)):
            f1, base = float(model[label][2]), float(alone[label][2])
            lines.append(f"- People's Daily test {label} F1 ≥ {target} and above the tagger alone: {f1:.3f} "
                         f"(tagger alone {base:.3f}) — {_met(f1 >= target and f1 > base)}")
    dev = tables.get("Development gold")
    if dev:
        found = label_rows(dev["--model lac"])
        for label in NAMES:
            p, r = float(found[label][0]), float(found[label][1])
            lines.append(f"- Development gold {label} recall ≥ 0.90 at precision ≥ 0.90: R {r:.3f}, P {p:.3f} — "
                         f"{_met(r >= 0.9 and p >= 0.9)}")
    seeds = tables.get("Seeds")
    if seeds:
        default, model = float(micro_f1(seeds["default"])), float(micro_f1(seeds["--model lac"]))
        lines.append(f"- Seeds micro-F1 not lower than the default mode: {model:.3f} against {default:.3f} — "
                     f"{_met(model >= default)}")
    added = sorted(set(persons["--model lac"]) - set(persons["default"]))
    lost = sorted(set(persons["default"]) - set(persons["--model lac"]))
    lines.append(f"- PERSON precision on the 28 policy texts not lower than the default mode's: the default mode finds "
                 f"{len(persons['default'])} persons, `--model lac` keeps "
                 f"{'all of them' if not lost else 'all but ' + '、'.join(lost)} and adds {len(added)}: "
                 f"{'、'.join(added) or 'none'} — judge by reading the names (below)")
    lines.append(f"- `--model lac` ≥ 150k characters/s per core, both passes, in-process: {numbers['model']:,.0f} "
                 f"(default {numbers['policykg']:,.0f}, same run) — {_met(numbers['model'] >= 150_000)}")
    return lines


def main() -> None:
    if sys.argv[1:2] == ["--tagger-alone"]:
        tagger_alone(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "EVALUATION.md")
    parser.add_argument("--holdout", action="store_true", help="also score the gold kept aside until the end")
    parser.add_argument("--external", type=Path, action="append", default=[],
                        help="a folder of texts that are not shipped (eval/gold/external/*_sources.tsv); repeatable")
    args = parser.parse_args()
    if not (args.shared / "eval" / "score.py").is_file():
        sys.exit(f"evaluate.py: {args.shared}/eval not found; pass --shared")

    tables = [(title, gold_table(args.shared, gold, external=tuple(args.external)))
              for title, gold in gold_sets(args.shared, args.holdout, bool(args.external))]
    spans = [(title, maps, span_table(args.shared, file, maps)) for title, file, maps in SPAN_SETS
             if (args.shared / "eval" / "ner" / file).is_file()]
    comparison, accurate = accurate_mode(args.shared)
    persons = policy_persons(args.shared)
    numbers = speed(args.shared)
    process_seconds = whole_process(args.shared)
    parts = ["# Evaluation", "",
             "Produced by `.venv/bin/python scripts/evaluate.py` (`make evaluate`) on "
             f"{time.strftime('%Y-%m-%d')}. Scorers and the shared gold: `../shared/eval/` (not shipped); our own "
             "gold: `eval/gold/` (written by reading the texts, before looking at the extractor's output on them, "
             "following ../shared/eval/GUIDELINES.md).", "",
             "## Summary", "",
             "| gold set | micro-F1 | precision | recall | lowest label recall | HOLDS | DEFINES |",
             "|---|---:|---:|---:|---|---:|---:|"]
    parts += [summary_row(title, table) for title, table in tables]
    parts += [span_row(title, table) for title, _, table in spans]
    parts += [f"| Extraction speed, both passes, one core | {numbers['policykg']:,.0f} characters/s "
              f"({numbers['policykg'] / numbers['jieba']:.1f}× jieba.posseg in the same run) | | | | | |",
              f"| Extraction speed with `--model lac`, same run | {numbers['model']:,.0f} characters/s "
              f"({numbers['model'] / numbers['jieba']:.1f}× jieba.posseg) | | | | | |", "",
              "Document-level rows: score.py (names per document, all six labels). Span rows: score_spans.py "
              "(exact spans; PER, LOC, ORG mapped to PERSON, PLACE, ORG+COMPANY).", "",
              "## Document-level gold (score.py)", ""]
    for title, table in tables:
        parts += [f"### {title}", "", "```", table.strip(), "```", ""]
    parts += ["Reference points on the seeds (from ../shared/eval/README.md), micro-F1 over all six labels: "
              "quoted spans as SLOGAN only 0.468; jieba.posseg (nr/ns/nt) 0.231; LAC (ONNX, PER/LOC/ORG) 0.402.", "",
              "## Public NER sets: exact span F1 (score_spans.py)", ""]
    for title, maps, table in spans:
        parts += [f"### {title}", "", "Label map: " + ", ".join(f"`{m}`" for m in maps), "", "```", table.strip(),
                  "```", ""]
    parts += ["Reference points on People's Daily test (same scorer, from ../shared/eval/README.md): "
              "jieba.posseg PER 0.495 / LOC 0.636 / ORG 0.440 at about 60k chars/s; "
              "LAC (ONNX) PER 0.815 / LOC 0.731 / ORG 0.641 at about 38k chars/s; "
              "published BERT models about 0.95 overall.", "",
              "Reading these numbers: policykg finds a person with evidence — a title or role noun before the name "
              "(transliterated names too after foreign titles: 美国总统克林顿), a speech verb, honorific or title "
              "after it, a byline, a list — or by name when the person is a leader (national and provincial "
              "leaders, ministers, foreign heads of state and government, 2012–2025), and then everywhere in the "
              "corpus. That keeps precision high, but general news names many people without such anchors: PER "
              "recall on People's Daily and MSRA stays near 0.35–0.41 in the default mode (the accurate mode with a "
              "learned tagger is for that). PD 1998 also marks single-character abbreviations (华人, 京) and many "
              "small places abroad as LOC; the CLUENER labels (company short names, game and book titles as "
              "organisations, generic addresses) are far from what policykg is built for.", "",
              "## Accurate mode (`--model lac`): default, accurate and the tagger alone", "",
              "The same inputs in three ways: policykg's rules and lexicons (default), with the learned tagger "
              "merged in (`--model lac`, see the README), and LAC's PER/LOC/ORG names alone (as PERSON, PLACE, "
              "ORG, in policykg's sentences). Document-level sets (score.py): precision / recall per label and "
              "the micro-F1 over all six labels (the tagger finds no positions, companies or formulations); NER "
              "sets: exact span F1 (score_spans.py, PER, LOC, ORG mapped to PERSON, PLACE, ORG+COMPANY). The "
              "held-out gold is not used here.", "", *comparison, "",
              "### The checks of issue 15", "", *checks(accurate, persons, numbers), "",
              "Persons in the 28 policy texts (`../shared/corpus/policy_texts`), mentions per name:", "",
              "- default: " + "，".join(f"{n}({c})" for n, c in persons["default"].most_common()), "",
              "- added by `--model lac`: " + ("，".join(f"{n}({c})" for n, c in persons["--model lac"].most_common()
                                                    if n not in persons["default"]) or "none"), "",
              "Accurate mode keeps the tagger's names only where they pass policykg's checks and agree with the "
              "rules, and a person of weak shape (two characters, a short transliteration, a given name that is a "
              "word, a name the tagger is unsure of) only in a person's context; so it keeps the precision of the "
              "default mode on policy texts and the development gold, and on general news gains much recall over "
              "the default mode but stays below the tagger alone for persons and bodies, whose many unanchored "
              "two-character names and sports teams it does not take.", "",
              "### Scorer tables in accurate mode", ""]
    for title, modes in accurate.items():
        parts += [f"{title}, `--model lac`:", "", "```", modes["--model lac"].strip(), "```", ""]
    parts += ["## Speed (one core)", "",
              f"Both extraction passes over `../shared/corpus/policy_texts/` ({numbers['chars']:,} characters), "
              "in one process after warm-up, best of three runs (two with the model); CPU seconds of the process "
              "(everything runs on one thread), so that other work on the machine does not count:", "",
              "| tool | chars/s | ratio |", "|---|---:|---:|",
              f"| policykg (harvest + extract) | {numbers['policykg']:,.0f} | "
              f"{numbers['policykg'] / numbers['jieba']:.1f}× |",
              f"| policykg `--model lac` (harvest with the tagger + extract) | {numbers['model']:,.0f} | "
              f"{numbers['model'] / numbers['jieba']:.1f}× |",
              f"| the tagger alone (LAC on onnxruntime, the same sentences) | {numbers['tagger']:,.0f} | "
              f"{numbers['tagger'] / numbers['jieba']:.1f}× |",
              f"| jieba.posseg (same text, same run) | {numbers['jieba']:,.0f} | 1.0× |", "",
              "As a process of its own, `policykg extract ../shared/corpus/policy_texts` took "
              + " and ".join(f"{process_seconds[mode]:.1f} CPU seconds "
                             f"{'with `--model lac`' if mode != 'default' else 'in the default mode'} "
                             f"({numbers['chars'] / process_seconds[mode]:,.0f} chars/s)" for mode in MODES[:2])
              + ", start-up (about 1 s more with the model: onnxruntime and the 32 MB model) and writing included.",
              ""]
    with atomic_write(args.output) as handle:
        handle.write("\n".join(parts) + "\n")
    print(args.output.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
