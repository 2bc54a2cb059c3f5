"""The recorded builds of scripts/record_checksums.py, and checksums of output folders, for the tests."""
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_spec = importlib.util.spec_from_file_location("record_checksums", ROOT / "scripts" / "record_checksums.py")
record_checksums = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(record_checksums)
checksums = record_checksums.checksums  # sha256 of every file of an output folder but the cache
