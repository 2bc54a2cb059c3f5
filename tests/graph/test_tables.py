"""Round trips: graph → tables → graph, and through CSV and Parquet files."""
import networkx as nx
import pytest

import policykg
from policykg.graph.tables import edges_table, graph_from_tables, nodes_table, read_table, write_table


@pytest.fixture(scope="module")
def seeds_graph(seeds_dir):
    return policykg.build([seeds_dir]).graph


def same_graph(a: nx.MultiDiGraph, b: nx.MultiDiGraph) -> None:
    assert dict(a.nodes(data=True)) == dict(b.nodes(data=True))
    assert sorted(a.edges(keys=True, data=True), key=repr) == sorted(b.edges(keys=True, data=True), key=repr)


def test_tables_round_trip_in_memory(seeds_graph):
    same_graph(seeds_graph, graph_from_tables(nodes_table(seeds_graph), edges_table(seeds_graph)))


@pytest.mark.parametrize("suffix", ["csv", "parquet"])
def test_tables_round_trip_through_files(seeds_graph, tmp_path, suffix):
    write_table(nodes_table(seeds_graph), tmp_path / f"nodes.{suffix}")
    write_table(edges_table(seeds_graph), tmp_path / f"edges.{suffix}")
    back = graph_from_tables(read_table(tmp_path / f"nodes.{suffix}"), read_table(tmp_path / f"edges.{suffix}"))
    same_graph(seeds_graph, back)
    assert any("袁家军" in n for n in back.nodes)


def test_tables_load_reads_a_build_folder(seeds_dir, tmp_path):
    kg = policykg.build([seeds_dir])
    kg.write(tmp_path, formats=["parquet"])
    loaded = policykg.load(tmp_path)
    same_graph(kg.graph, loaded.graph)
    assert len(loaded.mentions_list) == len(kg.mentions_list) and loaded.documents_list


def test_parquet_tables_carry_no_pandas_version(seeds_graph, tmp_path):
    import pyarrow.parquet as pq

    write_table(nodes_table(seeds_graph), tmp_path / "nodes.parquet")
    assert not pq.read_schema(tmp_path / "nodes.parquet").metadata  # (the file must not change with pandas' version)
