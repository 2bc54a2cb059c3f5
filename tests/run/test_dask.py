"""The Dask path on a LocalCluster gives the graph, mentions and files of the local path."""
import json
import shutil

import pandas as pd
import pytest

pytest.importorskip("distributed")
pytest.importorskip("dask.bag")

from policykg.api import build
from policykg.graph.build import GraphOptions
from policykg.run.corpus import Corpus
from policykg.run.dask import aggregate_parquet, build_distributed, dask_client, read_processed

pytestmark = pytest.mark.xdist_group("dask")  # one LocalCluster for the module, in one pytest worker


@pytest.fixture(scope="module")
def client():
    with dask_client("local", 2) as client:
        yield client


def edges(graph):
    return sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))


@pytest.fixture(scope="module")
def local(seeds_dir):
    return build([seeds_dir])


@pytest.fixture(scope="module")
def dask_built(seeds_dir, tmp_path_factory, client):
    parts = tmp_path_factory.mktemp("dask") / "parts"
    return parts, build_distributed([seeds_dir], parts, client=client)


def test_dask_graph_equals_local(local, dask_built):
    _, kg = dask_built
    assert kg.graph.graph == local.graph.graph
    assert sorted(kg.graph.nodes(data=True)) == sorted(local.graph.nodes(data=True))
    assert edges(kg.graph) == edges(local.graph)
    assert kg.graph.number_of_edges() > 500
    assert kg.mentions_list == local.mentions_list and len(kg.mentions_list) > 500
    assert kg.documents_list == local.documents_list


def test_parquet_partitions_hold_the_processed_documents(seeds_dir, dask_built):
    parts, _ = dask_built
    listing = json.loads((parts / "parts.json").read_text(encoding="utf-8"))
    assert listing["documents"] == 5 and [p["first_file"] for p in listing["parts"]] == sorted(
        p["first_file"] for p in listing["parts"])
    assert list(read_processed(parts)) == list(Corpus([seeds_dir]).process())
    mentions = pd.read_parquet(parts / "mentions")  # the folder is one Parquet dataset
    assert len(mentions) == sum(p["mentions"] for p in listing["parts"])
    assert set(mentions["doc"]) == {p.name for p in seeds_dir.glob("*.txt")}


def test_one_partition_other_options_and_reaggregation(seeds_dir, tmp_path, client, dask_built):
    options = GraphOptions(window="paragraph", evidence=2, min_count=2)
    kg = build_distributed([seeds_dir], tmp_path / "parts", client=client, options=options, partitions=1,
                           by="year")
    reference = build([seeds_dir], options, by="year")
    assert len(list((tmp_path / "parts" / "mentions").glob("*.parquet"))) == 1
    assert sorted(kg.graph.nodes(data=True)) == sorted(reference.graph.nodes(data=True))
    assert edges(kg.graph) == edges(reference.graph)
    assert sorted(kg.periods) == sorted(reference.periods) == ["2023", "2024", "2025"]
    for key, graph in reference.periods.items():
        assert edges(kg.periods[key]) == edges(graph)
    # the graph again from the Parquet of the first build, without the cluster
    parts, _ = dask_built
    again = aggregate_parquet(parts, options)
    assert edges(again.graph) == edges(reference.graph)


def test_input_errors_reported_once_as_on_the_local_path(seeds_dir, tmp_path, client):
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    (corpus / "empty.txt").write_text("  \n", encoding="utf-8")
    (corpus / "rows.jsonl").write_text('{"id": "r1", "text": "市委书记袁家军出席会议。"}\nnot json\n{"id": "r2"}\n',
                                       encoding="utf-8")
    local_errors, dask_errors = [], []
    reference = build([corpus, tmp_path / "missing"], on_error=lambda e: local_errors.append(e.message))
    kg = build_distributed([corpus, tmp_path / "missing"], tmp_path / "parts", client=client,
                           on_error=lambda e: dask_errors.append(e.message))
    assert len(local_errors) == 4
    assert dask_errors == local_errors
    assert kg.documents_list == reference.documents_list and len(kg.documents_list) == 6
    assert edges(kg.graph) == edges(reference.graph)
