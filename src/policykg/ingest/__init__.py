"""Reading inputs and turning them into repaired, segmented documents."""
from policykg.ingest.readers import read_documents
from policykg.ingest.repair import CleanText, repair
from policykg.ingest.segment import ParsedDocument, parse

__all__ = ["CleanText", "ParsedDocument", "parse", "read_documents", "repair"]
