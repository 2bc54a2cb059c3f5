"""The PDF reader: reading order, page furniture, rejoined paragraphs, newspaper columns, bad files."""
from collections import defaultdict
from pathlib import Path

import pytest
from pdf_pages import FONT_NAME, justified_pdf, newspaper_pdf, register, text_pdf

from policykg.run import process_documents
from policykg.errors import InputError
from policykg.ingest import parse, read_documents
from policykg.ingest.pdf import read_pdf


def read_one(path: Path):
    errors: list[InputError] = []
    docs = list(read_documents([path], on_error=errors.append))
    return docs, errors


def test_pdf_official_document_reads_in_order_without_page_numbers(formats):
    laid = read_pdf(formats / "govdoc_cn_397.pdf")
    text = laid.text
    # the red two-issuer head: each issuer on its line (the second one is spread out), then 文件
    assert text.startswith("发展改革委办公厅\n税务总局办公厅\n文件\n发改办财金规〔2019〕860号\n"
                           "关于加强个人所得税纳税信用建设的通知\n")
    # hard-wrapped lines rejoined, also across pages (page 1 → 2), the soft hyphen as a hyphen
    assert "各省、自治区、直辖市、新疆生产建设兵团社会信用体系建设牵头部门，国家税务总局各省" in text
    assert "是党中央、国务院着眼于优化税收制度、推动经济发展、惠及百姓民生作出的一项重大决策部署。" in text
    assert "《国务院关于印发社会信用体系建设规划纲要（2014-2020年）的通知》" in text
    assert text.endswith("国家发展改革委办公厅\n税务总局办公厅\n2019年8月20日")
    for furniture in ("— 1 —", "—1—", "— 5 —", "\u00ad", "\x02"):
        assert furniture not in text
    lines = text.split("\n")
    assert "一、总体要求" in lines and "（二）建立健全个人所得税纳税信用记录" in lines
    assert not any(line.strip("—- ").isdigit() for line in lines)


def test_pdf_blocks_give_pages_and_kinds(formats):
    laid = read_pdf(formats / "govdoc_cn_397.pdf")
    assert {b.page for b in laid.blocks} == {1, 2, 3, 4, 5}
    title = next(b for b in laid.blocks if laid.text[b.start:b.end] == "关于加强个人所得税纳税信用建设的通知")
    assert title.kind == "heading" and title.page == 1
    # the paragraph running from page 1 on to page 2 is one line of text in two blocks
    start = laid.text.index("2019年1月1日起全面施行")
    pieces = [b for b in laid.blocks if b.start <= start < b.end or (b.start > start and "\n" not in
                                                                       laid.text[start:b.start])]
    assert [(b.page, b.kind) for b in pieces] == [(1, "paragraph"), (2, "paragraph")]
    assert pieces[0].end == pieces[1].start
    for block in laid.blocks:
        assert "\n" not in laid.text[block.start:block.end]


def test_pdf_document_date_from_its_signature(formats, tmp_path):
    copy = tmp_path / "notice.pdf"
    copy.write_bytes((formats / "govdoc_cn_397.pdf").read_bytes())
    (doc,), errors = read_one(copy)
    assert errors == [] and doc.date == "2019-08-20" and doc.date_origin == "text"


def seed_articles(seeds_dir: Path, prefix: str) -> tuple:
    (doc,) = read_documents([next(seeds_dir.glob(f"{prefix}_*.txt"))])
    parsed = parse(doc)
    articles = defaultdict(list)
    for paragraph in parsed.paragraphs:
        text = parsed.text[paragraph.start:paragraph.end]
        if text.strip():
            articles[paragraph.article].append((paragraph.kind, text))
    return doc, list(articles.values())


def articles_and_entities(doc):
    processed = process_documents([doc])[0]
    parsed = parse(doc)
    articles = defaultdict(str)
    for paragraph in parsed.paragraphs:
        articles[paragraph.article] += "".join(parsed.text[paragraph.start:paragraph.end].split())
    entities = {(processed.sentences[m.sentence].article, m.label, m.name) for m in processed.result.mentions}
    return list(articles.values()), entities


def test_pdf_newspaper_columns_give_the_seed_articles_and_entities(seeds_dir, font, tmp_path):
    seed, articles = seed_articles(seeds_dir, "000")
    assert len(articles) == 3
    (doc,), errors = read_one(newspaper_pdf(tmp_path / "page.pdf", articles, font))
    assert errors == []
    seed_texts, seed_entities = articles_and_entities(seed)
    pdf_texts, pdf_entities = articles_and_entities(doc)
    assert len(pdf_texts) == len(seed_texts) == 3
    assert sum(a == b for a, b in zip(seed_texts, pdf_texts)) / len(seed_texts) >= 0.95
    shared = len(seed_entities & pdf_entities)
    assert shared / len(seed_entities) >= 0.95 and shared / len(pdf_entities) >= 0.95
    for furniture in ("2025年3月22日 星期六", "第1版", "第2版", "要闻", "— 1 —", "— 2 —"):  # running header, page numbers
        assert furniture not in doc.text
    assert {b.page for b in doc.blocks} == {1, 2}


@pytest.mark.parametrize("prefix", ["001", "003", "004"])
def test_pdf_newspaper_columns_other_seed_pages(seeds_dir, font, tmp_path, prefix):
    seed, articles = seed_articles(seeds_dir, prefix)
    (doc,), _ = read_one(newspaper_pdf(tmp_path / "page.pdf", articles[:3], font))
    seed_texts, _ = articles_and_entities(seed)
    pdf_texts, _ = articles_and_entities(doc)
    assert pdf_texts == seed_texts[:3]


def test_pdf_paragraphs_run_on_across_pages_and_page_numbers_go(font, tmp_path):
    paragraphs = ["市委书记袁家军出席会议并讲话。" * 3,
                  "重庆市推动制造业高质量发展，" * 30 + "做大做强“33618”现代制造业集群体系。",
                  "会议要求，各区县要抓好落实。"]
    laid = read_pdf(text_pdf(tmp_path / "two.pdf", paragraphs, font, lines_per_page=8))
    assert laid.text == "\n".join(paragraphs)
    assert [(b.kind, b.page) for b in laid.blocks] == [("paragraph", 1), ("paragraph", 1), ("paragraph", 2),
                                                       ("paragraph", 2)]


def test_pdf_line_end_hyphens_and_numbers(font, tmp_path):
    lines = [("", "据新重庆-"), ("重庆日报", "规划的英文名是develop-"), ("ment plan，", "共有17"), ("50余件。", "")]
    drawn = justified_pdf(tmp_path / "hyphens.pdf", lines, font)
    text = read_pdf(tmp_path / "hyphens.pdf").text
    # a hyphen before Chinese stays, one between Latin letters goes, a number broken over lines is whole
    assert text == drawn[0] + drawn[1][:-1] + drawn[2] + drawn[3]
    assert "据新重庆-重庆日报" in text and "development plan" in text and "共有1750余件" in text


def make_scanned(path: Path) -> Path:
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = Image.new("RGB", (200, 280), "white")
    page = canvas.Canvas(str(path), invariant=1)
    page.drawImage(ImageReader(image), 50, 400, 200, 280)
    page.save()
    return path


def make_encrypted(path: Path, font: str) -> Path:
    from reportlab.pdfgen import canvas

    register(font)
    page = canvas.Canvas(str(path), encrypt="secret")
    page.setFont(FONT_NAME, 12)
    page.drawString(72, 700, "市委书记袁家军出席会议并讲话。")
    page.save()
    return path


def test_pdf_bad_files_are_one_line_each_and_the_rest_is_read(font, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    make_scanned(folder / "a_scanned.pdf")
    make_encrypted(folder / "b_encrypted.pdf", font)
    (folder / "c_broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage")
    (folder / "d_empty.pdf").write_bytes(b"")
    text_pdf(folder / "e_good.pdf", ["市委书记袁家军出席会议并讲话。"], font)
    errors: list[InputError] = []
    docs = list(read_documents([folder], on_error=errors.append))
    assert [d.id for d in docs] == ["e_good.pdf"]
    reasons = {Path(e.source).name: e.reason for e in errors}
    assert set(reasons) == {"a_scanned.pdf", "b_encrypted.pdf", "c_broken.pdf", "d_empty.pdf"}
    assert "scanned" in reasons["a_scanned.pdf"] and "OCR" in reasons["a_scanned.pdf"]
    assert reasons["b_encrypted.pdf"].startswith("encrypted PDF")
    assert reasons["c_broken.pdf"].startswith("not a readable PDF")
    assert all("\n" not in e.message and e.message.startswith(e.source + ": ") for e in errors)


def test_pdf_scanned_pages_among_text_pages_are_named(font, tmp_path):
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    from PIL import Image

    register(font)
    path = tmp_path / "mixed.pdf"
    pages = canvas.Canvas(str(path), invariant=1)
    for number in (1, 2, 3):
        if number == 2:
            pages.drawImage(ImageReader(Image.new("RGB", (200, 280), "white")), 50, 400, 200, 280)
        else:
            pages.setFont(FONT_NAME, 12)
            pages.drawString(72, 700, f"第{number}页的正文写在这里。")
        pages.showPage()
    pages.save()
    (doc,), errors = read_one(path)
    assert doc.text == "第1页的正文写在这里。\n第3页的正文写在这里。"
    assert [e.reason for e in errors] == ["page 2 of 3 has no text layer (scanned images?); OCR them to read them"]


def test_pdf_document_read_twice_is_identical(formats):
    first, second = read_pdf(formats / "govdoc_cn_397.pdf"), read_pdf(formats / "govdoc_cn_397.pdf")
    assert first == second
