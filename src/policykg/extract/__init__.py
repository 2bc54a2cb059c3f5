"""Entity and relation extraction: one module per entity kind, and the two-pass pipeline."""
from policykg.extract import compiled

compiled.load_patterns()  # before the modules below compile theirs
from policykg.extract.pipeline import CorpusLexicon, DocumentResult, Harvest, corpus_lexicon, extract, harvest

__all__ = ["CorpusLexicon", "DocumentResult", "Harvest", "corpus_lexicon", "extract", "harvest"]
