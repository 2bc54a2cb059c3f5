"""policykg: turn Chinese policy news into a knowledge graph.

    import policykg
    kg = policykg.build(["seeds"])          # NetworkX graph + tables
    kg.nodes.head(); kg.ego("33618"); kg.write("out")

The public names are imported when first used, so `import policykg` (and `policykg extract`) does not
load pandas or NetworkX.
"""
from importlib import import_module

from policykg.model import Document, Mention, Relation, Sentence

_LAZY = {"KnowledgeGraph": "policykg.api", "build": "policykg.api", "load": "policykg.api", "process": "policykg.api",
         "GraphOptions": "policykg.graph.build"}


def __getattr__(name: str):
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'policykg' has no attribute {name!r}")


def nlp(segmenter: str = "char", pkuseg_model: str | None = None, lexicon: str | None = None,
        model: str | None = None):
    """A spaCy pipeline with the policykg component (see `policykg.spacy_component`)."""
    from policykg.spacy_component import nlp as make

    return make(segmenter, pkuseg_model, lexicon, model)


__version__ = "0.1.0"

__all__ = ["Document", "GraphOptions", "KnowledgeGraph", "Mention", "Relation", "Sentence", "build", "load", "nlp",
           "process", "__version__"]
