"""The writers: one per format in the registry; GraphML, GEXF and node-link JSON in detail."""
import xml.etree.ElementTree as ET

import pytest

import policykg
from policykg.export import FORMATS, WRITERS, write_outputs
from policykg.export.gexf import write_gexf
from policykg.export.graphml import read_graphml, write_graphml
from policykg.export.json import read_json, write_json


@pytest.fixture(scope="module")
def seeds_kg(seeds_dir):
    return policykg.build([seeds_dir])


def test_every_format_has_a_writer_that_says_what_it_wrote(seeds_kg, tmp_path):
    assert tuple(WRITERS) == FORMATS
    for name in FORMATS:
        written = write_outputs(seeds_kg.graph, seeds_kg.documents_list, tmp_path / name, [name],
                                mentions=seeds_kg.mentions_list)
        files = sorted(p for p in (tmp_path / name).rglob("*") if p.is_file())
        assert written and sorted(written) == files, name


def test_graphml_round_trip_keeps_attributes_and_chinese(seeds_kg, tmp_path):
    graph = seeds_kg.graph
    write_graphml(graph, tmp_path / "g.graphml")
    back = read_graphml(tmp_path / "g.graphml")
    assert dict(graph.nodes(data=True)) == dict(back.nodes(data=True))
    assert sorted(graph.edges(keys=True, data=True), key=repr) == sorted(back.edges(keys=True, data=True), key=repr)
    assert "袁家军" in (tmp_path / "g.graphml").read_text(encoding="utf-8")


def test_gexf_has_unique_edge_ids_names_as_labels_and_undirected_cooccurrence(seeds_kg, tmp_path):
    graph = seeds_kg.graph
    write_gexf(graph, tmp_path / "g.gexf")
    root = ET.parse(tmp_path / "g.gexf").getroot()
    ns = {"g": root.tag.split("}")[0].strip("{")}
    edges = root.findall(".//g:edge", ns)
    assert len({e.get("id") for e in edges}) == len(edges) == graph.number_of_edges()
    assert {e.get("type") for e in edges if e.get("label") == "CO_OCCURS"} == {"undirected"}
    assert "袁家军" in {n.get("label") for n in root.findall(".//g:node", ns)}


def test_json_round_trip(seeds_kg, tmp_path):
    graph = seeds_kg.graph
    write_json(graph, tmp_path / "g.json")
    back = read_json(tmp_path / "g.json")
    assert dict(graph.nodes(data=True)) == dict(back.nodes(data=True))
    assert graph.number_of_edges() == back.number_of_edges()
