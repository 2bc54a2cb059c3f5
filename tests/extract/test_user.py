"""User lexicons (YAML and CSV): add, rename, merge and ban in both passes, and one-line errors."""
import pytest

from policykg.extract.user import LexiconError, load_user_lexicon
from helpers import run

YAML = """\
add:
  - {label: COMPANY, name: 重庆植恩生物技术股份有限公司, aliases: [植恩生物]}
  - {label: PERSON, name: 袁家军, aliases: [袁书记]}
rename:
  - {label: ORG, from: 市经信委, to: 市经济和信息化委员会}
merge:
  - {label: SLOGAN, names: [三攻坚一盘活改革, 三攻坚一盘活], into: 三攻坚一盘活}
ban:
  - 四梁八柱
  - {label: PERSON, name: 王炯}
"""
CSV = """\
action,label,name,target
add,COMPANY,重庆植恩生物技术股份有限公司,植恩生物
add,PERSON,袁家军,袁书记
rename,ORG,市经信委,市经济和信息化委员会
merge,SLOGAN,三攻坚一盘活改革|三攻坚一盘活,三攻坚一盘活
ban,,四梁八柱,
ban,PERSON,王炯,
"""
TEXTS = (
    "会上，植恩生物、长安汽车作交流发言。市经信委、市经济信息委负责人参加。构建“四梁八柱”，深入推进“三攻坚一盘活改革”。",
    "袁书记强调，要深入推进“三攻坚一盘活”。市委常委王炯、程丽华出席会议。",
    "王炯程丽华出席",
)


@pytest.fixture(params=["yaml", "csv"])
def lexicon(request, tmp_path):
    path = tmp_path / f"lexicon.{request.param}"
    path.write_text(YAML if request.param == "yaml" else CSV, encoding="utf-8")
    return load_user_lexicon(path)


def mentions(results, label: str) -> set[tuple[str, str]]:
    return {(m.text, m.name) for r in results for m in r.mentions if m.label == label}


def test_user_add_finds_company(lexicon):
    assert ("植恩生物", "重庆植恩生物技术股份有限公司") in mentions(run(*TEXTS, user=lexicon), "COMPANY")
    assert ("植恩生物", "重庆植恩生物技术股份有限公司") not in mentions(run(*TEXTS), "COMPANY")


def test_user_add_alias_of_person(lexicon):
    assert ("袁书记", "袁家军") in mentions(run(*TEXTS, user=lexicon), "PERSON")


def test_user_rename_org(lexicon):
    assert mentions(run(*TEXTS, user=lexicon), "ORG") == {("市经信委", "市经济和信息化委员会"),
                                                    ("市经济信息委", "市经济和信息化委员会")}


def test_user_merge_slogans(lexicon):
    names = {name for _, name in mentions(run(*TEXTS, user=lexicon), "SLOGAN")}
    assert names == {"三攻坚一盘活"}
    assert {name for _, name in mentions(run(*TEXTS), "SLOGAN")} == {"四梁八柱", "三攻坚一盘活改革", "三攻坚一盘活"}


def test_user_ban_in_both_passes(lexicon):
    results = run(*TEXTS, user=lexicon)
    assert "四梁八柱" not in {name for _, name in mentions(results, "SLOGAN")}
    assert {name for _, name in mentions(results, "PERSON")} == {"袁家军", "程丽华"}  # 王炯 not even in the headline
    assert "王炯" in {m.name for m in run(*TEXTS)[2].mentions}


def test_user_merge_into_short_variant(tmp_path):
    path = tmp_path / "merge.yaml"
    path.write_text("merge:\n  - {label: SLOGAN, names: [四侧协同, 四侧], into: 四侧}\n", encoding="utf-8")
    results = run("推动“四侧协同”，突出“四侧”协同。", user=load_user_lexicon(path))
    assert {name for _, name in mentions(results, "SLOGAN")} == {"四侧"}


@pytest.mark.parametrize("name, content, message", [
    ("label.yaml", "add:\n  - {label: PEOPLE, name: 袁家军}\n", "add item 1: unknown label 'PEOPLE'"),
    ("label.csv", "action,label,name,target\nadd,PEOPLE,袁家军,\n", "line 2: unknown label 'PEOPLE'"),
    ("noname.yaml", "add:\n  - {label: PERSON}\n", "add item 1: no name given"),
    ("noname.csv", "action,label,name,target\nban,,,\n", "line 2: no name given"),
    ("broken.yaml", "add: [\n  - {label: PERSON\n", "not valid YAML"),
    ("list.yaml", "- 袁家军\n- 胡衡华\n", "expected a mapping"),
    ("columns.csv", "name\n袁家军\n", "CSV needs the columns action,label,name,target"),
    ("action.csv", "action,label,name,target\nremove,PERSON,袁家军,\n", "unknown action 'remove'"),
    ("nolabel.csv", "action,label,name,target\nadd,,袁家军,\n", "'add' needs a label"),
    ("noto.yaml", "rename:\n  - {label: ORG, from: 市经信委}\n", "'rename' needs a label and a target name"),
])
def test_user_error_is_one_line(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        load_user_lexicon(path)
    text = str(info.value)
    assert "\n" not in text and text.startswith(str(path)) and message in text


def test_user_missing_file_is_one_line(tmp_path):
    with pytest.raises(LexiconError) as info:
        load_user_lexicon(tmp_path / "missing.yaml")
    assert "\n" not in str(info.value) and "missing.yaml" in str(info.value) and "cannot read" in str(info.value)
