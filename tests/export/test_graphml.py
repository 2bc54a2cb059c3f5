"""GraphML, GEXF and node-link JSON writers."""
import xml.etree.ElementTree as ET


import policykg
from policykg.export.gexf import write_gexf
from policykg.export.graphml import read_graphml, write_graphml
from policykg.export.json import read_json, write_json


def test_graphml_round_trip_keeps_attributes_and_chinese(seeds_dir, tmp_path):
    graph = policykg.build([seeds_dir]).graph
    write_graphml(graph, tmp_path / "g.graphml")
    back = read_graphml(tmp_path / "g.graphml")
    assert dict(graph.nodes(data=True)) == dict(back.nodes(data=True))
    assert sorted(graph.edges(keys=True, data=True), key=repr) == sorted(back.edges(keys=True, data=True), key=repr)
    assert "袁家军" in (tmp_path / "g.graphml").read_text(encoding="utf-8")


def test_gexf_has_unique_edge_ids_names_as_labels_and_undirected_cooccurrence(seeds_dir, tmp_path):
    graph = policykg.build([seeds_dir]).graph
    write_gexf(graph, tmp_path / "g.gexf")
    root = ET.parse(tmp_path / "g.gexf").getroot()
    ns = {"g": root.tag.split("}")[0].strip("{")}
    edges = root.findall(".//g:edge", ns)
    assert len({e.get("id") for e in edges}) == len(edges) == graph.number_of_edges()
    assert {e.get("type") for e in edges if e.get("label") == "CO_OCCURS"} == {"undirected"}
    assert "袁家军" in {n.get("label") for n in root.findall(".//g:node", ns)}


def test_json_round_trip(seeds_dir, tmp_path):
    graph = policykg.build([seeds_dir]).graph
    write_json(graph, tmp_path / "g.json")
    back = read_json(tmp_path / "g.json")
    assert dict(graph.nodes(data=True)) == dict(back.nodes(data=True))
    assert graph.number_of_edges() == back.number_of_edges()
