"""A build killed with SIGKILL at any moment leaves OUT as the old complete build or the new one, never a mix,
and the next build cleans up what the killed one left.

A helper process imports policykg once, then forks one build after another into the same folder (two
corpora in turn, so the old build and the new one differ) and kills each at a random moment of its run;
after each kill it records the checksums of OUT."""
import json
import os
import subprocess
import sys
from pathlib import Path

from recorded import checksums
from policykg.run.folder import build_folder

TRIALS = 20
PAGE = "市委书记袁家军出席会议并讲话。市长胡衡华主持会议，强调要推进“33618”现代制造业集群体系建设。\n"

HELPER = r'''
import json, os, random, signal, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from recorded import checksums
from policykg.run.folder import build_folder

corpora, out, trials = [Path(p) for p in sys.argv[2:4]], Path(sys.argv[4]), int(sys.argv[5])


def fork_build(corpus):
    pid = os.fork()
    if pid == 0:  # the child: one build, then gone without running any cleanup of the parent
        try:
            build_folder([corpus], out, jobs=1)
        finally:
            os._exit(0)
    return pid


build_folder([corpora[0]], out.with_name("warm-up"), jobs=1)  # the lexicons, loaded once for every child
length = 0
for corpus in (corpora[1], corpora[0]):  # complete builds, to know how long one takes
    started = time.perf_counter()
    os.waitpid(fork_build(corpus), 0)
    length = max(length, time.perf_counter() - started)
rng = random.Random(19)
for trial in range(trials):
    pid = fork_build(corpora[(trial + 1) % 2])
    time.sleep(rng.uniform(0, 1.3 * length))  # (some builds end before the kill)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    print(json.dumps(checksums(out) if out.is_dir() else None), flush=True)
'''


def test_kill_9_at_any_moment_leaves_the_old_or_the_new_build(tmp_path):
    corpora = []
    for name, who in (("one", "胡衡华"), ("two", "李明清")):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "a.txt").write_text(PAGE.replace("胡衡华", who), encoding="utf-8")
        (folder / "b.txt").write_text(PAGE.replace("袁家军", "王炯"), encoding="utf-8")
        corpora.append(folder)
        build_folder([folder], tmp_path / f"reference-{name}", jobs=1)
    complete = [checksums(tmp_path / "reference-one"), checksums(tmp_path / "reference-two")]
    assert complete[0] != complete[1]
    out = tmp_path / "out"
    tests = Path(__file__).resolve().parents[1]
    result = subprocess.run([sys.executable, "-c", HELPER, str(tests), *map(str, corpora), str(out), str(TRIALS)],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    states = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(states) == TRIALS
    print("states after the kills (old/new):", [complete.index(state) if state in complete else state for state in states])
    assert all(state in complete for state in states)  # never a mix, never missing

    build_folder([corpora[1]], out, jobs=1)  # the next build cleans up
    assert checksums(out) == complete[1]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one", "out", "reference-one", "reference-two", "two",
                                                          "warm-up"]
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]
    assert not os.path.exists(out / ".cache" / "state.pickle")
