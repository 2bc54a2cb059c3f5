"""Shared by the extractor tests: both passes over short inline texts."""
from policykg.run import process_documents
from policykg.model import Document


def run(*texts, user=None):
    """Both passes over the texts as one corpus; one DocumentResult per text."""
    return [p.result for p in process_documents([Document(f"d{i}", t) for i, t in enumerate(texts)], user=user)]


def names(text: str, label: str) -> set[str]:
    """The canonical names of `label` found in one text."""
    return {m.name for m in run(text)[0].mentions if m.label == label}


def pairs(result, kind: str = "HOLDS") -> set[tuple[str, str]]:
    """The (source, target) pairs of the relations of `kind` in one DocumentResult."""
    return {(r.source, r.target) for r in result.relations if r.kind == kind}
