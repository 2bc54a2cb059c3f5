"""The flat forms of the records: JSON lines, table columns and rows read back."""
import json
from dataclasses import fields

from hypothesis import given
from hypothesis import strategies as st

from policykg.model import Block, Document, Mention
from policykg.records import (DOCUMENT_COLUMNS, MENTION_COLUMNS, OPTIONAL_MENTION_FIELDS, PARTITION_COLUMNS,
                              blocks_from_json, blocks_json, document_record, mention_columns, mention_from_row,
                              mention_line, mention_record)

text = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=12)
mentions = st.builds(Mention, text, st.sampled_from(["PERSON", "SLOGAN"]), text, text, st.integers(0, 10**9),
                     st.integers(0, 10**9), st.integers(0, 10**5), st.one_of(st.none(), st.just(""), text),
                     st.one_of(st.none(), st.sampled_from(["rule", "lexicon", "model"])))


@given(mentions)
def test_the_fast_json_line_is_the_record(m):
    assert mention_line(m) == json.dumps(mention_record(m), ensure_ascii=False) + "\n"
    assert list(mention_record(m)) == [f.name for f in fields(Mention)
                                       if f.name not in OPTIONAL_MENTION_FIELDS or getattr(m, f.name)]


def test_columns_come_from_the_dataclasses():
    assert set(MENTION_COLUMNS) == {f.name for f in fields(Mention)} | {"entity"}
    assert set(DOCUMENT_COLUMNS) == {f.name for f in fields(Document)} | {"chars", "sentences", "mentions"}
    assert PARTITION_COLUMNS["mentions"] == MENTION_COLUMNS
    assert DOCUMENT_COLUMNS[-2:] == PARTITION_COLUMNS["documents"][-2:] == ("text", "blocks")


def test_mention_rows_read_back():
    ms = [Mention("d", "PERSON", "袁 家军", "袁家军", 3, 7, 0, "reporter"), Mention("d", "SLOGAN", "33618", "33618", 9, 14, 1),
          Mention("d", "PLACE", "长安", "长安", 20, 22, 2, None, "model")]
    columns = mention_columns(ms)
    assert columns["entity"] == ["PERSON:袁家军", "SLOGAN:33618", "PLACE:长安"]
    assert columns["role"] == ["reporter", None, None] and columns["by"] == [None, None, "model"]
    rows = [{name: str(values[i]) if values[i] is not None else float("nan") for name, values in columns.items()}
            for i in range(len(ms))]  # as a CSV file gives them back: text, NaN when empty
    assert [mention_from_row(row) for row in rows] == ms


def test_document_record():
    record = document_record(Document("a.txt", "重庆。", "src", "2025", None, "field"), 1, 2)
    assert record == {"id": "a.txt", "source": "src", "date": "2025", "title": None, "date_origin": "field",
                      "chars": 3, "sentences": 1, "mentions": 2}
    laid_out = Document("a.pdf", "标题\n重庆。", blocks=(Block(0, 2, "title", 1), Block(3, 6, "paragraph")))
    assert document_record(laid_out, 2, 0)["blocks"] == [{"start": 0, "end": 2, "kind": "title", "page": 1},
                                                          {"start": 3, "end": 6, "kind": "paragraph"}]
    assert blocks_from_json(blocks_json(laid_out.blocks)) == laid_out.blocks and blocks_json(()) is None
