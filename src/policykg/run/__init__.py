"""The run layer: the two passes over a corpus (`passes`), where they run (`local`: in this process or
in worker processes; `dask`: on a Dask cluster), what a rerun reuses (`cache`), the corpus of input
files (`corpus`), the graph of the processed documents (`aggregate`) and builds into an output folder,
incremental ones included (`folder`)."""
from policykg.run.passes import Processed, process_documents, two_passes

__all__ = ["Processed", "process_documents", "two_passes"]
