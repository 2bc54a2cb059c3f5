"""The same input gives byte-identical output files."""
import hashlib

from typer.testing import CliRunner

from policykg.cli import app


def checksums(folder):
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and ".cache" not in p.parts}


def test_build_twice_gives_identical_files(seeds_dir, tmp_path):
    runner = CliRunner()
    for name in ("a", "b"):
        result = runner.invoke(app, ["build", str(seeds_dir), "-o", str(tmp_path / name), "--jobs", "1",
                                     "--no-cache", "--no-progress"])
        assert result.exit_code == 0, result.output
    first, second = checksums(tmp_path / "a"), checksums(tmp_path / "b")
    assert len(first) >= 15 and first == second
