"""Every output file of the recorded builds is byte-identical to tests/data/output_checksums.json.

The record was made by scripts/record_checksums.py; when extraction output changes on purpose, run that
script again (`.venv/bin/python scripts/record_checksums.py`) and commit the new record with the change.
"""
import pytest

from conftest import record_checksums


@pytest.mark.parametrize("case", [pytest.param(case, marks=pytest.mark.xdist_group("dask")) if "dask" in case
                                  else case for case in record_checksums.CASES])
def test_outputs_match_the_recorded_checksums(case, tmp_path):
    if not record_checksums.available(case):
        pytest.skip(f"{case}: ../shared/corpus/policy_texts is not available")
    expected = record_checksums.recorded().get(case)
    assert expected, f"{case} is not recorded: run scripts/record_checksums.py {case}"
    found = record_checksums.run_case(case, tmp_path)
    changed = sorted(name for name in set(expected) | set(found) if expected.get(name) != found.get(name))
    assert not changed, (f"{case}: {len(changed)} output files differ from the record ({', '.join(changed[:6])}); "
                         f"if the change is intended, run scripts/record_checksums.py {case}")
