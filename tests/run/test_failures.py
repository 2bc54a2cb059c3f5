"""A document policykg fails on (a bug in an extractor, not in the input) is reported in one line naming the
file and left without results; the run goes on with the other documents, in this process, in worker
processes and in the Dask partition code, and the failure is never cached. The bug is planted with
monkeypatch: no input is known to make the extractors fail."""
import pytest
from typer.testing import CliRunner

from policykg.cli import app
from policykg.errors import InputError
from policykg.model import Document
from policykg.run import local, passes
from policykg.run.corpus import Corpus
from policykg.run.dask import extract_partition, file_tasks, harvest_partition, read_processed
from policykg.run.passes import Documents, learn, pass_one_lexicon, two_passes

GOOD = "市委书记袁家军出席会议并讲话。市长胡衡华主持会议。\n"
BAD = "重庆市渝北区推动“33618”现代制造业集群体系建设。坏\n"  # 坏: where the planted bug strikes


def _bug(step):
    def failing(parsed, *args, **kwargs):
        if "坏" in parsed.document.text:
            raise ValueError("planted")
        return step(parsed, *args, **kwargs)
    return failing


@pytest.fixture(params=["harvest", "extract"])
def planted(request, monkeypatch):
    """A bug in pass 1 or in pass 2."""
    monkeypatch.setattr(passes, request.param, _bug(getattr(passes, request.param)))
    return request.param


@pytest.fixture
def inputs(tmp_path):
    (tmp_path / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b_bad.txt").write_text(BAD, encoding="utf-8")
    return tmp_path


def test_a_failed_document_is_reported_and_left_out(planted, inputs):
    errors = []
    corpus = Corpus([inputs], on_error=errors.append)
    processed = list(corpus.process())
    assert [p.document.id for p in processed] == ["a_good.txt", "b_bad.txt"]
    assert [e.message for e in errors] == [f"{inputs / 'b_bad.txt'}: left out: policykg failed on this document "
                                           "(ValueError: planted); please report it"]
    good, bad = processed
    assert {m.text for m in good.result.mentions} >= {"袁家军", "胡衡华"}
    if planted == "extract":
        assert bad.sentences == () and bad.result.mentions == bad.result.relations == ()


def test_a_document_that_fails_to_parse_ahead_fails_where_it_is_worked_on(monkeypatch, inputs):
    """The next documents are parsed ahead together (`passes.prepare_harvest`): one that fails there is reported by
    its own step, the others are worked on as always."""
    parse = passes.parse

    def failing(document):
        if "坏" in document.text:
            raise ValueError("planted")
        return parse(document)

    monkeypatch.setattr(passes, "parse", failing)
    errors = []
    good, bad = Corpus([inputs], on_error=errors.append).process()
    assert errors and all(e.message.startswith(f"{inputs / 'b_bad.txt'}: left out") for e in errors)
    assert {m.text for m in good.result.mentions} >= {"袁家军", "胡衡华"}
    assert bad.result.mentions == ()


def test_a_failure_is_not_cached(monkeypatch, inputs, tmp_path):
    cache = tmp_path / "cache.sqlite"
    with monkeypatch.context() as patch:
        patch.setattr(passes, "extract", _bug(passes.extract))
        first = list(Corpus([inputs], on_error=lambda error: None, cache=cache).process())
    assert first[1].result.mentions == ()
    errors = []
    again = list(Corpus([inputs], on_error=errors.append, cache=cache).process())
    assert errors == [] and "33618" in {m.text for m in again[1].result.mentions}


def test_without_a_report_the_failure_is_raised(monkeypatch):
    monkeypatch.setattr(passes, "extract", _bug(passes.extract))
    documents = [Document("good", GOOD), Document("bad", BAD)]
    with pytest.raises(ValueError, match="planted"):
        list(two_passes(Documents(documents), pass_one_lexicon()))
    errors = []
    processed = list(two_passes(Documents(documents, errors.append), pass_one_lexicon()))
    assert len(processed) == 2 and [e.source for e in errors] == ["bad"]


def test_a_worker_sends_the_failure_back(planted):
    step = local.HARVEST if planted == "harvest" else local.EXTRACT
    local._start_worker(pass_one_lexicon())
    good, bad = local._run_batch(step, [Document("good", GOOD, "good.txt"), Document("bad", BAD, "bad.txt")])
    assert isinstance(good, bytes) and step.decode(good) is not None
    assert isinstance(bad, InputError) and bad.source == "bad.txt" and "planted" in bad.reason


def test_the_dask_partitions_report_the_failure(planted, inputs, tmp_path):
    corpus = Corpus([inputs])
    tasks, _ = file_tasks(corpus)
    _, errors = harvest_partition(tasks, corpus.base)
    assert [e[2:4] for e in errors] == ([(str(inputs / "b_bad.txt"), "left out: policykg failed on this document "
                                        "(ValueError: planted); please report it")] if planted == "harvest" else [])
    out = tmp_path / "out"
    written = extract_partition(tasks, learn(corpus, corpus.base), str(out))
    assert written["documents"] == 2 and len(written["errors"]) == (planted == "extract")
    (out / "parts.json").write_text(f'{{"parts": [{{"name": "{written["name"]}"}}]}}', encoding="utf-8")
    assert [p.document.id for p in read_processed(out)] == ["a_good.txt", "b_bad.txt"]


def test_the_cli_says_one_line_and_writes_the_rest(planted, inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "mentions.jsonl"
    result = CliRunner().invoke(app, ["extract", str(inputs), "-o", str(out)])
    assert "Traceback" not in result.output and result.exit_code == 0
    assert [line for line in result.stderr.splitlines() if "b_bad.txt" in line] == [
        f"policykg: warning: {inputs / 'b_bad.txt'}: left out: policykg failed on this document (ValueError: planted); "
        "please report it"]
    assert "袁家军" in out.read_text(encoding="utf-8")
