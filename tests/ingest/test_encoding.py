"""Encodings: GBK/GB18030, UTF-16 and UTF-8 with BOM give the same text and mentions as UTF-8."""
import codecs
import random
from pathlib import Path

import pytest

from policykg.run import process_documents
from policykg.errors import InputError
from policykg.ingest import read_documents
from policykg.ingest.encoding import decode

SEED = next((Path(__file__).resolve().parents[2] / "seeds").glob("000_*.txt"))
COLUMN_SEED = next((Path(__file__).resolve().parents[2] / "seeds").glob("003_*.txt"))

ENCODERS = {
    "gbk": lambda text: text.encode("gbk"),
    "gb18030": lambda text: text.encode("gb18030"),
    "utf-16-le-bom": lambda text: text.encode("utf-16"),  # Python writes the BOM
    "utf-16-be-bom": lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    "utf-8-bom": lambda text: text.encode("utf-8-sig"),
}


def mentions_of(path: Path):
    docs = list(read_documents([path]))
    (processed,) = process_documents(docs)
    return docs[0].text, [(m.label, m.name, m.text, m.start, m.end) for m in processed.result.mentions]


@pytest.mark.parametrize("seed", [SEED, COLUMN_SEED], ids=["000", "003"])
@pytest.mark.parametrize("encoding", sorted(ENCODERS))
def test_encoding_file_gives_same_text_and_mentions_as_utf8(tmp_path, seed, encoding):
    text = seed.read_text(encoding="utf-8")
    (tmp_path / "utf8").mkdir()
    (tmp_path / encoding).mkdir()
    reference = tmp_path / "utf8" / seed.name
    reference.write_bytes(text.encode("utf-8"))
    encoded = tmp_path / encoding / seed.name
    encoded.write_bytes(ENCODERS[encoding](text))
    assert encoded.read_bytes() != reference.read_bytes()
    expected_text, expected = mentions_of(reference)
    got_text, got = mentions_of(encoded)
    assert got_text == expected_text == text
    assert got == expected and len(expected) > 50


def test_encoding_gbk_with_crlf_finds_same_entities(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    path = tmp_path / SEED.name
    path.write_bytes(text.replace("\n", "\r\n").encode("gbk"))
    raw, got = mentions_of(path)
    _, expected = mentions_of(SEED)
    assert sorted((label, name) for label, name, *_ in got) == sorted((label, name) for label, name, *_ in expected)
    for _, _, surface, start, end in got:
        assert raw[start:end] == surface


def test_encoding_undecodable_bytes_raise_input_error():
    data = bytes(random.Random(5).choices(range(0x80, 0x100), k=500))
    for codec in ("utf-8", "gb18030"):
        with pytest.raises(UnicodeDecodeError):
            data.decode(codec)
    with pytest.raises(InputError, match="cannot decode"):
        decode(data, "x.txt")


@pytest.mark.parametrize("data, reason", [
    (b"", "empty file"),
    (b"\n \t\n", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    (codecs.BOM_UTF16_LE + b"\x00\xd8", "byte order mark but does not decode"),  # lone surrogate
])
def test_encoding_rejects_non_text(data, reason):
    with pytest.raises(InputError, match=reason) as info:
        decode(data, "x.txt")
    assert info.value.source == "x.txt"
