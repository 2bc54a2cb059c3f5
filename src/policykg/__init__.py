"""policykg: turn Chinese policy news into a knowledge graph.

    import policykg
    kg = policykg.build(["seeds"])          # NetworkX graph + tables
    kg.nodes.head(); kg.ego("33618"); kg.write("out")
"""
from policykg.api import KnowledgeGraph, build, load, process
from policykg.graph.build import GraphOptions
from policykg.model import Document, Mention, Relation, Sentence


def nlp(segmenter: str = "char", pkuseg_model: str | None = None, lexicon: str | None = None,
        model: str | None = None):
    """A spaCy pipeline with the policykg component (see `policykg.spacy_component`)."""
    from policykg.spacy_component import nlp as make

    return make(segmenter, pkuseg_model, lexicon, model)


__version__ = "0.1.0"

__all__ = ["Document", "GraphOptions", "KnowledgeGraph", "Mention", "Relation", "Sentence", "build", "load", "nlp",
           "process", "__version__"]
