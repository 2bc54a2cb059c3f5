"""Pass 2 taking up pass 1's work on a document gives what working it out again gives."""
import gc
from pathlib import Path

from policykg.ingest import read_documents
from policykg.run.local import Inline
from policykg.run.passes import Documents, Kept, extract_document, learn, pass_one_lexicon, two_passes

ROOT = Path(__file__).resolve().parents[2]


def test_pass_two_with_pass_one_kept_equals_pass_two_from_scratch():
    documents = list(read_documents([ROOT / "seeds"]))
    base = pass_one_lexicon()
    lexicon = learn(Documents(documents), base)
    fresh = [extract_document(d, lexicon).result for d in documents]  # nothing kept
    for room in (Kept.CHARS, len(documents[0].text) + len(documents[1].text)):  # all kept, two kept
        runner = Inline()
        runner.kept = Kept(room)
        assert [p.result for p in two_passes(Documents(documents), base, runner)] == fresh
        assert not runner.kept.documents  # taken up by pass 2


def test_garbage_collection_is_back_on_after_the_passes():
    documents = list(read_documents([ROOT / "seeds"]))[:1]
    passes = two_passes(Documents(documents), pass_one_lexicon())
    next(passes)
    passes.close()  # a consumer that stops early (policykg extract | head)
    assert gc.isenabled() and gc.get_freeze_count() == 0
