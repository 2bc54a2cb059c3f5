"""User lexicons: add, rename, merge or ban entities of any type, in both passes.

The names matched against the text are width-normalised like the text (`policykg.ingest.repair`):
"A&B(中国)" matches "A&B（中国）" as printed.

YAML:

    add:                                   # found everywhere, before any rule
      - {label: PERSON, name: 袁家军, aliases: [袁书记]}
      - {label: SLOGAN, name: 六区一高地}
    rename:                                # one canonical name for another
      - {label: ORG, from: 市经济信息委, to: 市经信委}
    merge:                                 # several names into one
      - {label: SLOGAN, names: [四链, 四链融合], into: 四链融合}
    ban:                                   # never an entity (a label narrows it)
      - 牛鼻子
      - {label: PERSON, name: 高峰}

CSV (header `action,label,name,target`; several aliases or names joined by "|"):

    add,PERSON,袁家军,袁书记|袁家军同志
    rename,ORG,市经济信息委,市经信委
    merge,SLOGAN,四链|四链融合,四链融合
    ban,,牛鼻子,
"""
from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass, field
from pathlib import Path

from policykg.errors import PolicyKGError
from policykg.ingest.repair import normalise_width
from policykg.model import LABELS


class LexiconError(PolicyKGError):
    """A user lexicon that cannot be read."""


@dataclass(frozen=True)
class UserLexicon:
    adds: tuple[tuple[str, str, str], ...] = ()  # (label, surface, canonical name)
    renames: dict[tuple[str, str], str] = field(default_factory=dict)  # (label, name) → name
    bans: frozenset[tuple[str | None, str]] = frozenset()  # (label or None, surface)

    def fingerprint(self) -> bytes:
        """The same bytes for the same lexicon in every process (set order varies with the hash seed)."""
        return repr((self.adds, sorted(self.renames.items()),
                     sorted(self.bans, key=lambda ban: (ban[0] or "", ban[1])))).encode()


def load_user_lexicon(path: str | os.PathLike) -> UserLexicon:
    """Read a YAML (.yaml/.yml) or CSV user lexicon; LexiconError names the file and the problem."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise LexiconError(f"{path}: cannot read the lexicon ({getattr(err, 'strerror', None) or err})") from None
    rows = _yaml_rows(text, path) if path.suffix.lower() in (".yaml", ".yml") else _csv_rows(text, path)
    adds, renames, bans = [], {}, set()
    for where, action, label, names, target in rows:
        if label is not None and label not in LABELS:
            raise LexiconError(f"{path}: {where}: unknown label {label!r} (use one of {', '.join(LABELS)})")
        if not names or not all(names):
            raise LexiconError(f"{path}: {where}: no name given")
        if action == "add":
            if label is None:
                raise LexiconError(f"{path}: {where}: 'add' needs a label")
            for surface in names + target:
                adds.append((label, normalise_width(surface), names[0]))
        elif action in ("rename", "merge"):
            if label is None or not target:
                raise LexiconError(f"{path}: {where}: '{action}' needs a label and a target name")
            for name in names:
                if name != target[0]:
                    renames[(label, normalise_width(name))] = target[0]
        elif action == "ban":
            bans.update((label, normalise_width(name)) for name in names)
        else:
            raise LexiconError(f"{path}: {where}: unknown action {action!r} (add, rename, merge or ban)")
    return UserLexicon(tuple(adds), renames, frozenset(bans))


def _yaml_rows(text: str, path: Path):
    import yaml

    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as err:
        raise LexiconError(f"{path}: not valid YAML ({str(err).splitlines()[0]})") from None
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: expected a mapping with add, rename, merge and ban lists")
    rows = []
    for action, items in data.items():
        if not isinstance(items, list):
            raise LexiconError(f"{path}: '{action}' must be a list")
        for i, item in enumerate(items, start=1):
            where = f"{action} item {i}"
            if isinstance(item, str):
                item = {"name": item}
            if not isinstance(item, dict):
                raise LexiconError(f"{path}: {where}: expected a name or a mapping")
            label = item.get("label")
            names = item.get("names") or ([item["from"]] if "from" in item else [item.get("name")])
            target = item.get("aliases") or ([item["to"]] if "to" in item else [item["into"]] if "into" in item else [])
            rows.append((where, action, label, [str(n) for n in names if n is not None], [str(t) for t in target]))
    return rows


def _csv_rows(text: str, path: Path):
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or not {"action", "name"} <= set(reader.fieldnames):
        raise LexiconError(f"{path}: CSV needs the columns action,label,name,target")
    rows = []
    for row in reader:
        rows.append((f"line {reader.line_num}", (row.get("action") or "").strip(), (row.get("label") or "").strip() or None,
                     _split(row.get("name")), _split(row.get("target"))))
    return rows


def _split(value: str | None) -> list[str]:
    return [x.strip() for x in (value or "").split("|") if x.strip()]
