import pytest

from policykg.extract.words import read, reads_as_word


def test_read_takes_the_likeliest_words():
    assert read("入选国家中医药") == ["入选", "国家", "中医药"]  # not 入选国|家中|医药


@pytest.mark.parametrize("text, word, expected", [
    ("积极申建中国（甘肃）自由贸易试验区", "中国", True),  # 建中 is a word, but 申建|中国 reads better
    ("融入关中平原城市群", "关中平原", True),  # 入关 is a word
    ("加强豫西南山丘区治理", "豫西南", True),  # 南山 is a word
    ("繁荣昌盛", "荣昌", False),
    ("深化粤黔东西部协作", "黔东", False),
    ("推广安吉经验", "广安", False),
    ("沿海地区", "海地", False),
])
def test_reads_as_word(text, word, expected):
    start = text.index(word)
    assert reads_as_word(text, start, start + len(word)) is expected


def test_the_frequency_total_is_the_dictionary_s():
    """`read` scores words against the sum of the dictionary's frequencies, kept as a constant (no start-up cost)."""
    from policykg.extract import words
    from policykg.extract.resources import dictionary

    assert words._TOTAL == sum(freq for freq, _tag in dictionary().values())


def test_the_package_tables_read_as_csv_reads_them():
    """The tab-separated tables of the package data are read by splitting their lines: the same rows as `csv`."""
    import csv

    from policykg.extract import resources

    for path in sorted(resources.DATA.glob("*.tsv")):
        rows = list(csv.DictReader(resources.lines(path.name), delimiter="\t"))
        assert resources._table(path.name) == rows, path.name
