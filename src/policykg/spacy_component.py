"""spaCy integration: `policykg.nlp()` is a Chinese pipeline whose `policykg` component
sets `doc.spans["policykg"]` (every mention, nested ones included) and `doc.ents`
(the outermost mentions), with `span._.kg_name` (canonical name), `span._.kg_role` and, in accurate
mode (`policykg.nlp(model="lac")`), `span._.kg_by` (rule, lexicon or model).

    nlp = policykg.nlp()                        # char segmenter
    nlp = policykg.nlp(segmenter="jieba")       # jieba words
    nlp = policykg.nlp(segmenter="pkuseg", pkuseg_model="/path/to/model")  # a model folder you supply
    doc = nlp(text)

spaCy users can add the component to their own Chinese pipeline: `nlp.add_pipe("policykg")`.
Each document is analysed with both passes over itself; call
`nlp.get_pipe("policykg").learn(texts)` first to use a whole corpus for the first pass.
Mentions are character offsets into `doc.text`; with word segmenters a span that
cuts a word is widened to whole tokens.
"""
from __future__ import annotations

from collections.abc import Iterable

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from policykg.extract import CorpusLexicon
from policykg.model import Document
from policykg.run.passes import Documents, extract_document, learn, pass_one_lexicon, two_passes

SPAN_KEY = "policykg"
SEGMENTERS = ("char", "jieba", "pkuseg")

for _name in ("kg_name", "kg_role", "kg_by"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
if not Doc.has_extension("kg_relations"):
    Doc.set_extension("kg_relations", default=())


class PolicyKGComponent:
    """Runs policykg's extractors on `doc.text` and writes the mentions as spans."""

    def __init__(self, lexicon: str | None = None, model: str | None = None):
        self.base = pass_one_lexicon(lexicon, model)
        self.corpus: CorpusLexicon | None = None

    def learn(self, texts: Iterable[str]) -> None:
        """First pass over a corpus: names anchored anywhere in it are then found in every doc."""
        self.corpus = learn(Documents(Document(str(i), t) for i, t in enumerate(texts)), self.base)

    def __call__(self, doc: Doc) -> Doc:
        document = Document("doc", doc.text)
        if self.corpus is None:  # both passes over this document alone
            processed = next(two_passes(Documents([document]), self.base))
        else:
            processed = extract_document(document, self.corpus)
        result = processed.result
        spans, outer = [], []
        for m in result.mentions:
            nested = any(o is not m and o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end)
                         for o in result.mentions)
            span = doc.char_span(m.start, m.end, label=m.label)
            if span is None and not nested:  # widen an outer mention to whole tokens; drop a nested one
                span = doc.char_span(m.start, m.end, label=m.label, alignment_mode="expand")
            if span is None:
                continue
            span._.kg_name = m.name
            span._.kg_role = m.role
            span._.kg_by = m.by
            spans.append(span)
            if not nested:
                outer.append(span)
        doc.spans[SPAN_KEY] = spans
        doc.ents = spacy.util.filter_spans(outer)
        doc._.kg_relations = result.relations
        return doc


@Language.factory("policykg", default_config={"lexicon": None, "model": None})
def make_component(nlp: Language, name: str, lexicon: str | None, model: str | None) -> PolicyKGComponent:
    return PolicyKGComponent(lexicon, model)


def nlp(segmenter: str = "char", pkuseg_model: str | None = None, lexicon: str | None = None,
        model: str | None = None) -> Language:
    """A blank Chinese spaCy pipeline with the policykg component (`model="lac"`: accurate mode)."""
    if segmenter not in SEGMENTERS:
        raise ValueError(f"segmenter must be one of {', '.join(SEGMENTERS)}, not {segmenter!r}")
    pipeline = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": segmenter}}})
    if segmenter == "pkuseg":
        if not pkuseg_model:
            raise ValueError("the pkuseg segmenter needs pkuseg_model: a model folder (spacy-pkuseg ships none)")
        pipeline.tokenizer.initialize(pkuseg_model=pkuseg_model)
    pipeline.add_pipe("policykg", config={"lexicon": lexicon, "model": model})
    return pipeline
