"""The web page reader: the article among the portal's navigation, metadata, encodings, bad pages."""
from pathlib import Path

import pytest

from policykg.errors import InputError
from policykg.ingest import read_documents
from policykg.ingest.webpage import decode_html, read_html

PAGES = {
    "govcn_gongbao_2007_23.html": (
        {"title": "全国人民代表大会常务委员会关于批准财政部发行特别国债购买外汇及调整2007年末国债余额限额的决议",
         "date": "2007-08-20"},
        ["全国人民代表大会常务委员会", "（2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）",
         "第十届全国人民代表大会常务委员会第二十八次会议，听取了财政部部长金人庆代表国务院",
         "会议决定：批准发行15500亿元特别国债购买外汇，批准2007年末国债余额限额调整为53365.53亿元。"],
        ["首页", "登录", "无障碍", "https://www.gov.cn", "字号", "打印", "扫一扫在手机打开当前页", "相关稿件", "全国政协",
         "版权所有", "主办单位", "京ICP备", "国务院客户端"],
    ),
    "shanxi_gov_news_20190918.html": (
        {"title": "山西品牌丝路行（南美站）正式启动", "date": "2019-09-18", "source": "山西日报"},
        ["山西品牌丝路行（南美站）正式启动\n成功举办中国（山西）－巴西双向经贸投资推介会\n图为山西品牌丝路行（南美站）启动仪式。",
         "中国驻圣保罗总领馆副总领事孙仁安在致辞中说",
         "南美站活动将先后在巴西、乌拉圭、阿根廷举行。（张巨峰）"],
        ["山西省人民政府门户网站", "切換到繁體", "热门搜索", "首页", "时间：", "来源：", "打印", "字体：", "放大", "分享",
         "新华网", "网站地图", "版权所有", "晋ICP备", "分辨率"],
    ),
    "people_culture_20190615.html": (
        {"title": "女儿出嫁，郑板桥画了几笔兰花当嫁妆", "date": "2019-06-15", "source": "人民网-文化频道"},
        ["女儿出嫁，郑板桥画了几笔兰花当嫁妆\n父亲的教诲像一盏灯，为我们照亮前行的路；",
         "《冬夜读书示子聿》\n——（宋）陆游\n古人学问无遗力，少壮工夫老始成。\n纸上得来终觉浅，绝知此事要躬行。",
         "字里行间都是对儿子的爱。\n(责编：汤诗瑶、丁涛)"],
        ["点击进入", "文艺星青年", "【1】", "【2】", "推荐阅读", "【详细】", "相关新闻", "热点推荐", "网站首页", "登录",
         "分享到", "2019年06月15日08:18", "版 权 所 有", "Copyright"],
    ),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_webpage_real_page_gives_the_article_and_not_the_portal(formats, name):
    meta, present, absent = PAGES[name]
    laid = read_html(formats / name)
    assert laid.meta == meta
    for text in present:
        assert text in laid.text
    for text in absent:
        assert text not in laid.text, text
    assert laid.warnings == ()


def test_webpage_blocks_mark_the_title_lines(formats):
    laid = read_html(formats / "shanxi_gov_news_20190918.html")
    kinds = [(laid.text[b.start:b.end], b.kind) for b in laid.blocks]
    assert kinds[:3] == [("山西品牌丝路行（南美站）正式启动", "title"), ("成功举办中国（山西）－巴西双向经贸投资推介会", "title"),
                         ("图为山西品牌丝路行（南美站）启动仪式。（刘通摄）", "paragraph")]


def test_webpage_declared_gb2312_but_utf8_is_read_as_utf8(formats):
    data = (formats / "people_culture_20190615.html").read_bytes()
    assert b"charset=GB2312" in data[:400]
    assert "郑板桥" in decode_html(data, "people.html")


def test_webpage_true_gbk_declaration_is_followed(tmp_path):
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            "<title>市委常委会举行会议_新闻_重庆市人民政府网</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> | <a href='/news'>新闻</a></div>"
            "<div class='article'><p>3月21日下午，市委常委会举行会议。</p>"
            "<p>市委书记袁家军主持会议并讲话，强调要做大做强“33618”现代制造业集群体系。</p></div></body></html>")
    path = tmp_path / "gbk.html"
    path.write_bytes(page.encode("gb18030"))
    laid = read_html(path)
    # the title cut out of <title> names the document; it does not open the text (the page shows no headline)
    assert laid.text == "3月21日下午，市委常委会举行会议。\n市委书记袁家军主持会议并讲话，强调要做大做强“33618”现代制造业集群体系。"
    assert laid.meta == {"title": "市委常委会举行会议"}


def test_webpage_tables_hidden_parts_breaks_and_source_formatting(tmp_path):
    page = """<!DOCTYPE html><html><head><meta charset="utf-8">
    <meta property="og:title" content="重点项目名单"><meta name="publishdate" content="2024/05/06">
    <meta name="ContentSource" content="来源：重庆日报"></head><body>
    <nav><a href="/">首页</a></nav>
    <div id="content"><h1>重点项目名单</h1>
      <p>　　今年，全市安排市级重点项目1200个，
      总投资约2.8万亿元。</p>
      <p style="display:none">隐藏的内容，不应出现在文本中。</p>
      <p>项目名单如下：<br>第一批<br/>第二批</p>
      <table><tr><th>项目</th><th>区县</th></tr><tr><td>中新互联互通项目</td><td>两江新区</td></tr></table>
      <script>var x = "脚本";</script>
    </div>
    <footer>版权所有：重庆市人民政府</footer></body></html>"""
    path = tmp_path / "list.htm"
    path.write_text(page, encoding="utf-8")
    laid = read_html(path)
    assert laid.text.split("\n") == ["重点项目名单", "今年，全市安排市级重点项目1200个，总投资约2.8万亿元。", "项目名单如下：",
                                     "第一批", "第二批", "项目\t区县", "中新互联互通项目\t两江新区"]
    assert [b.kind for b in laid.blocks] == ["heading", "paragraph", "paragraph", "paragraph", "paragraph", "table",
                                             "table"]
    assert laid.meta == {"title": "重点项目名单", "date": "2024-05-06", "source": "重庆日报"}


def test_webpage_bad_pages_are_one_line_each_and_the_rest_is_read(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_links_only.html").write_text("<html><body><ul><li><a href='/'>首页</a></li>"
                                              "<li><a href='/n'>新闻</a></li></ul></body></html>", encoding="utf-8")
    (folder / "b_empty.html").write_bytes(b"")
    (folder / "c_binary.htm").write_bytes(bytes(range(256)) * 8)
    (folder / "d_archive.mht").write_bytes(b"MIME-Version: 1.0")
    (folder / "e_good.html").write_text("<html><body><p>市委书记袁家军出席会议并讲话，强调要抓好落实。</p></body></html>",
                                        encoding="utf-8")
    errors: list[InputError] = []
    docs = list(read_documents([folder], on_error=errors.append))
    assert [d.id for d in docs] == ["e_good.html"]
    reasons = {Path(e.source).name: e.reason for e in errors}
    assert reasons == {"a_links_only.html": "no article text found in the page", "b_empty.html": "empty file",
                       "c_binary.htm": "binary file (NUL bytes), not text",
                       "d_archive.mht": "web archives (.mht) are not read; save the page as HTML"}
