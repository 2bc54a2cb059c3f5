"""Every output file of the recorded builds is byte-identical to tests/data/output_checksums.json.

The record was made by scripts/record_checksums.py; when extraction output changes on purpose, run that
script again (`.venv/bin/python scripts/record_checksums.py`) and commit the new record with the change.
"""
import pytest

from recorded import record_checksums


@pytest.fixture(scope="module", autouse=True)
def shared_cluster():
    """The Dask runs share one LocalCluster (started by the first); it is closed after the module."""
    yield
    record_checksums.close_cluster()


@pytest.mark.parametrize("name", [pytest.param(name, marks=pytest.mark.xdist_group("dask")) if "dask" in name
                                  else name for name in record_checksums.RUNS])
def test_outputs_match_the_recorded_checksums(name, tmp_path):
    if not record_checksums.available(name):
        pytest.skip(f"{name}: ../shared/corpus is not available")
    recorded = record_checksums.recorded()
    for case, found in record_checksums.run(name, tmp_path).items():
        expected = recorded.get(case)
        assert expected, f"{case} is not recorded: run scripts/record_checksums.py {name}"
        changed = sorted(file for file in set(expected) | set(found) if expected.get(file) != found.get(file))
        assert not changed, (f"{case}: {len(changed)} output files differ from the record ({', '.join(changed[:6])}); "
                             f"if the change is intended, run scripts/record_checksums.py {name}")
