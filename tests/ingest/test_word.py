"""The Word reader: runs joined, line breaks, headings from styles, bold and numbering, tables, bad files."""
import zipfile
from collections import Counter
from pathlib import Path

import docx
from lxml import etree

from policykg.run import process_documents
from policykg.errors import InputError
from policykg.ingest import read_documents
from policykg.ingest.readers import make_document
from policykg.ingest.word import read_docx

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def lines_and_kinds(laid) -> list[tuple[str, str]]:
    return [(laid.text[b.start:b.end], b.kind) for b in laid.blocks]


def test_word_jiangxi_report_runs_joined_lines_apart_headings_bold(formats):
    laid = read_docx(formats / "gwr2025_jiangxi.docx")
    lines = laid.text.split("\n")
    assert lines[:4] == ["2025年江西省政府工作报告", "来源：江西省人民政府",
                         "2025年1月17日在江西省第十四届人民代表大会第三次会议上省长叶建春作政府工作报告。", "各位代表："]
    # words split across runs at proofing marks (请|予审|议) are whole again
    assert "现在，我代表江西省人民政府向大会报告工作，请予审议，并请省政协委员和列席会议的同志提出意见。" in lines
    kinds = dict(lines_and_kinds(laid))
    assert kinds["2025年江西省政府工作报告"] == kinds["一、2024年工作回顾"] == kinds["二、2025年工作安排"] == "heading"
    assert kinds["各位代表："] == "paragraph"
    # a paragraph opening with a bold lead-in sentence is not a heading
    assert next(k for t, k in lines_and_kinds(laid) if t.startswith("扩大有效投资。")) == "paragraph"


def test_word_heilongjiang_report_headings_by_numbering(formats):
    laid = read_docx(formats / "gwr2025_heilongjiang.docx")
    kinds = dict(lines_and_kinds(laid))
    assert kinds["省长 梁惠玲"] == "paragraph" and kinds["来源：黑龙江新闻网"] == "paragraph"
    assert [t for t, k in lines_and_kinds(laid) if k == "heading"] == [
        "2025年黑龙江省政府工作报告", "一、2024年工作回顾", "二、2025年工作总体要求", "三、2025年重点工作任务",
        "四、加强政府自身建设"]


def entities(doc) -> Counter:
    return Counter((m.label, m.name) for m in process_documents([doc])[0].result.mentions)


def test_word_jiangxi_entities_equal_those_of_its_text(formats):
    """Acceptance: the .docx gives the entities of its text as python-docx takes it out (within 2 %)."""
    path = formats / "gwr2025_jiangxi.docx"
    reference = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    (ours,) = read_documents([path])
    from_docx, from_text = entities(ours), entities(make_document("jiangxi.txt", reference, "jiangxi.txt", {}))
    names_docx, names_text = set(from_docx), set(from_text)
    assert len(names_docx) > 150
    assert len(names_docx ^ names_text) <= 0.02 * len(names_docx | names_text)
    assert abs(sum(from_docx.values()) - sum(from_text.values())) <= 0.02 * sum(from_text.values())


def _append_xml(paragraph, xml: str) -> None:
    paragraph._p.append(etree.fromstring(f'<w:r xmlns:w="{W_NS}">{xml}</w:r>' if not xml.startswith("<w:ins")
                                         else xml.replace("<w:ins", f'<w:ins xmlns:w="{W_NS}"', 1)))


def make_docx(path: Path) -> Path:
    document = docx.Document()
    document.core_properties.title = "关于加快建设的报告"
    document.add_heading("第一部分 总体要求", level=1)
    paragraph = document.add_paragraph()
    for piece in ("现在，我代表市人民政府向大会报告工作，请", "予审", "议。"):
        paragraph.add_run(piece)
    paragraph = document.add_paragraph()
    paragraph.add_run("重点工作").bold = True
    document.add_paragraph("一、加强组织领导")
    paragraph = document.add_paragraph("来源：重庆市人民政府")
    paragraph.runs[0].add_break()
    paragraph.add_run("市长 胡衡华")
    paragraph = document.add_paragraph("会议强调，要")
    _append_xml(paragraph, '<w:delText>删去的话</w:delText>')
    _append_xml(paragraph, '<w:ins w:id="1" w:author="a"><w:r><w:t>做大做强</w:t></w:r></w:ins>')
    paragraph.add_run("“33618”现代制造业集群体系。")
    table = document.add_table(rows=2, cols=2)
    for row, cells in zip(table.rows, (("姓名", "职务"), ("胡衡华", "市长"))):
        for cell, value in zip(row.cells, cells):
            cell.text = value
    document.add_paragraph("   ")
    document.save(str(path))
    return path


def test_word_made_document_styles_bold_numbering_breaks_revisions_tables(tmp_path):
    laid = read_docx(make_docx(tmp_path / "report.docx"))
    assert lines_and_kinds(laid) == [
        ("第一部分 总体要求", "heading"),
        ("现在，我代表市人民政府向大会报告工作，请予审议。", "paragraph"),
        ("重点工作", "heading"),
        ("一、加强组织领导", "heading"),
        ("来源：重庆市人民政府", "paragraph"),
        ("市长 胡衡华", "paragraph"),
        ("会议强调，要做大做强“33618”现代制造业集群体系。", "paragraph"),
        ("姓名\t职务", "table"),
        ("胡衡华\t市长", "table"),
    ]
    assert laid.meta == {"title": "关于加快建设的报告"}


def test_word_bad_files_are_one_line_each_and_the_rest_is_read(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_encrypted.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 an encrypted Office file")
    with zipfile.ZipFile(folder / "b_no_document.docx", "w") as archive:
        archive.writestr("hello.txt", "not a Word package")
    (folder / "c_truncated.docx").write_bytes(make_docx(tmp_path / "whole.docx").read_bytes()[:3000])
    (folder / "d_old.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    make_docx(folder / "e_good.docx")
    errors: list[InputError] = []
    docs = list(read_documents([folder], on_error=errors.append))
    assert [d.id for d in docs] == ["e_good.docx"]
    assert docs[0].title == "关于加快建设的报告"
    reasons = {Path(e.source).name: e.reason for e in errors}
    assert set(reasons) == {"a_encrypted.docx", "b_no_document.docx", "c_truncated.docx", "d_old.doc"}
    assert "password-protected" in reasons["a_encrypted.docx"]
    assert reasons["b_no_document.docx"] == "damaged .docx (There is no item named '[Content_Types].xml' in the archive)"
    assert reasons["c_truncated.docx"] == "damaged .docx (the zip archive is incomplete or corrupt)"
    assert reasons["d_old.doc"] == "Word 97-2003 .doc files are not read; save it as .docx"
    assert all("\n" not in e.message and e.message.startswith(e.source + ": ") for e in errors)
