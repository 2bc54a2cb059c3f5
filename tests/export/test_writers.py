"""The writers: one per format in the registry; GraphML, GEXF and node-link JSON in detail.

GraphML and GEXF are validated against their official schemas (tests/data/schemas, with their licences)
and read back with networkx.
"""
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

import policykg
from policykg.export import FORMATS, WRITERS, write_outputs
from policykg.export.gexf import read_gexf, write_gexf
from policykg.export.graphml import read_graphml, write_graphml
from policykg.export.json import read_json, write_json
from policykg.export.xmlgraph import token_text, xml_token
from policykg.graph.schema import CONCORDANCE, exchange_node, flat_properties

SCHEMAS = Path(__file__).resolve().parents[1] / "data" / "schemas"
GRAPHML_NS = {"g": "http://graphml.graphdrawing.org/xmlns"}
GEXF_NS = {"g": "http://gexf.net/1.3"}
ODD_NAMES = ["产业大脑+未来工厂", "西部（重庆）科学城", "“四链”融合", "a b\tc", "<b>&amp;\"'", "_x0041_", "𠮷野家", "㐀", "1st",
             "", ":", "x" * 300]


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


def odd_graph() -> nx.MultiDiGraph:
    """Names no XML name token holds, attributes of every type, a property name with odd characters."""
    graph = nx.MultiDiGraph(window="sentence", documents=2)
    for i, name in enumerate(ODD_NAMES):
        graph.add_node(f"SLOGAN:{name}", label="SLOGAN", name=name, aliases=[name, "x"], mentions=i, pagerank=i / 7,
                       by_year={"2024": i}, flag=bool(i % 2), **{"odd key <&>": name})
    ids = list(graph)
    for i, (u, v) in enumerate(zip(ids, ids[1:] + ids[:1])):
        graph.add_edge(u, v, key="CO_OCCURS", kind="CO_OCCURS", weight=float(i) + 0.1, count=i,
                       evidence=[{"doc": "a.txt", "sentence": i, "start": 0, "end": 3, "text": f"{u}\n{v}"}])
        graph.add_edge(v, u, key="DEFINES", kind="DEFINES", weight=1.0, count=1, note="2 parts for 二")
    return graph


def validate(path: Path, schema) -> None:
    document = etree.parse(str(path))
    assert schema.validate(document), [f"{e.line}: {e.message}" for e in list(schema.error_log)[:5]]


@pytest.fixture(scope="module")
def graphml_schema():
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "graphml" / "graphml.xsd")))


@pytest.fixture(scope="module")
def gexf_schema():
    return etree.RelaxNG(etree.parse(str(SCHEMAS / "gexf13" / "gexf.rng")))


def same_graph(a: nx.MultiDiGraph, b: nx.MultiDiGraph) -> None:
    assert dict(a.nodes(data=True)) == dict(b.nodes(data=True))
    assert sorted(a.edges(keys=True, data=True), key=repr) == sorted(b.edges(keys=True, data=True), key=repr)
    assert {k: v for k, v in a.graph.items() if k != CONCORDANCE} == b.graph or not b.graph  # the page's only


FORMATS_READ = {  # format: (writer, policykg's reader, networkx's reader, a node or property name as networkx reads it)
    "graphml": (write_graphml, read_graphml, nx.read_graphml, token_text),
    "gexf": (write_gexf, read_gexf, nx.read_gexf, str),
}


@pytest.mark.parametrize("which", ["seeds", "odd"])
@pytest.mark.parametrize("fmt", list(FORMATS_READ))
def test_valid_against_the_official_schema_and_read_back(seeds_kg, request, tmp_path, fmt, which):
    write, read_back, nx_read, name = FORMATS_READ[fmt]
    graph = seeds_kg.graph if which == "seeds" else odd_graph()
    path = tmp_path / f"g.{fmt}"
    write(graph, path)
    validate(path, request.getfixturevalue(f"{fmt}_schema"))
    same_graph(graph, read_back(path))

    read = nx_read(path)  # networkx itself: the same nodes, edges and attributes (viz and ids aside)
    assert (read.number_of_nodes(), read.number_of_edges()) == (graph.number_of_nodes(), graph.number_of_edges())
    assert {name(n): {name(k): v for k, v in d.items() if k != "viz"} for n, d in read.nodes(data=True)} == \
        {n: exchange_node(d) for n, d in graph.nodes(data=True)}
    assert sorted(({name(k): v for k, v in d.items() if k != "id"} for *_, d in read.edges(data=True)), key=repr) == \
        sorted((flat_properties(d) for *_, d in graph.edges(data=True)), key=repr)


def test_what_gephi_needs(seeds_kg, tmp_path):
    """Unique edge ids, the name as `label`, the type in its own attribute, the kind on every edge."""
    graph = seeds_kg.graph
    write_graphml(graph, tmp_path / "g.graphml")
    write_gexf(graph, tmp_path / "g.gexf")
    root = ET.parse(tmp_path / "g.graphml").getroot()
    keys = {k.get("id"): (k.get("for"), k.get("attr.name")) for k in root.findall("g:key", GRAPHML_NS)}
    assert root.find("g:graph", GRAPHML_NS).get("edgedefault") == "undirected"
    edges = root.findall(".//g:edge", GRAPHML_NS)
    assert len({e.get("id") for e in edges}) == len(edges) == graph.number_of_edges()
    node = root.find(".//g:node[@id='PERSON:袁家军']", GRAPHML_NS)
    data = {keys[d.get("key")][1]: d.text for d in node.findall("g:data", GRAPHML_NS)}
    assert (data["label"], data["type"]) == ("袁家军", "PERSON") and "name" not in data
    assert {keys[d.get("key")][1] for e in edges for d in e.findall("g:data", GRAPHML_NS)} >= {"kind", "weight"}
    holds = [e for e in edges if any(keys[d.get("key")][1] == "kind" and d.text == "HOLDS"
                                     for d in e.findall("g:data", GRAPHML_NS))]
    assert holds and all(e.get("source").startswith("PERSON:") for e in holds)  # written from source to target

    root = ET.parse(tmp_path / "g.gexf").getroot()
    assert root.get("version") == "1.3" and root.find("g:graph", GEXF_NS).get("defaultedgetype") == "undirected"
    edges = root.findall(".//g:edge", GEXF_NS)
    assert len({e.get("id") for e in edges}) == len(edges) == graph.number_of_edges()
    assert {e.get("kind") for e in edges} == {k for *_, k in graph.edges(keys=True)}
    assert "袁家军" in {n.get("label") for n in root.findall(".//g:node", GEXF_NS)}


def test_xml_tokens():
    for name in ODD_NAMES + ["PERSON:袁家军", "_x00", "a_x0041_b_"]:
        token = xml_token(name)
        assert token_text(token) == name
        assert token and not set(token) - set("_-.:·0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") \
            - {c for c in token if "\u4e00" <= c <= "\u9fa5"}
    assert xml_token("PERSON:袁家军") == "PERSON:袁家军"
    assert xml_token("西部（重庆）科学城") == "西部_xFF08_重庆_xFF09_科学城"


def test_json_round_trip(seeds_kg, tmp_path):
    graph = seeds_kg.graph
    write_json(graph, tmp_path / "g.json")
    back = read_json(tmp_path / "g.json")
    assert dict(graph.nodes(data=True)) == dict(back.nodes(data=True))
    assert graph.number_of_edges() == back.number_of_edges()
    assert CONCORDANCE in graph.graph and CONCORDANCE not in back.graph  # for the HTML page only


def test_neo4j_csv_types_lists_and_picks_a_free_array_delimiter(seeds_kg, tmp_path):
    written = write_outputs(seeds_kg.graph, seeds_kg.documents_list, tmp_path, ["neo4j-csv"],
                            mentions=seeds_kg.mentions_list)
    assert sorted(p.name for p in written) == ["documents.csv", "import.sh", "mentions.csv", "nodes.csv",
                                               "relationships.csv"]
    script = (tmp_path / "neo4j" / "import.sh").read_text(encoding="utf-8")
    assert "--array-delimiter=';'" in script and "--nodes=documents.csv" in script
    header = (tmp_path / "neo4j" / "mentions.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header == ":START_ID(Document),:END_ID(Entity),:TYPE,count:long,starts:long[],ends:long[],sentences:long[]"

    graph = nx.MultiDiGraph()  # a list value with ";" in it: another delimiter, named in import.sh
    graph.add_node("PERSON:甲", label="PERSON", name="甲", aliases=["甲;乙", "丙"], mentions=1)
    graph.add_node("PERSON:乙", label="PERSON", name="乙", aliases=[], mentions=0)
    assert [p.name for p in write_outputs(graph, [], tmp_path / "semicolon", ["neo4j-csv"])] == \
        ["nodes.csv", "relationships.csv", "import.sh"]  # no documents: no documents.csv, mentions.csv
    rows = (tmp_path / "semicolon" / "neo4j" / "nodes.csv").read_text(encoding="utf-8").splitlines()
    assert rows == ["id:ID(Entity),:LABEL,label:string,name:string,aliases:string[],mentions:long",
                    "PERSON:乙,Entity|Person,PERSON,乙,,0", "PERSON:甲,Entity|Person,PERSON,甲,甲;乙|丙,1"]
    assert "--array-delimiter='|'" in (tmp_path / "semicolon" / "neo4j" / "import.sh").read_text(encoding="utf-8")


def test_neo4j_csv_shortens_ids_and_names_too_long_for_an_index_as_a_push_does(tmp_path):
    import csv

    from policykg.graph.schema import neo4j_id

    long = "很长的名字" * 4_000  # 60 kB of UTF-8
    graph = nx.MultiDiGraph()
    graph.add_node(f"SLOGAN:{long}", label="SLOGAN", name=long, mentions=1)
    write_outputs(graph, [], tmp_path, ["neo4j-csv"])
    with open(tmp_path / "neo4j" / "nodes.csv", encoding="utf-8", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["id:ID(Entity)"] == neo4j_id(f"SLOGAN:{long}") and row["name:string"] == neo4j_id(long)
    assert row["full_name:string"] == long


def test_neo4j_csv_mentions_are_the_same_from_every_mention_file(seeds_dir, tmp_path):
    """A build streams its mentions to mentions.jsonl (and .csv, .parquet when asked); the MENTIONS of the
    neo4j-admin files come out the same from each, and from the mentions given to write_outputs."""
    from typer.testing import CliRunner

    from policykg.cli import app

    found = {}
    for formats in ("neo4j-csv", "neo4j-csv,csv", "neo4j-csv,parquet"):
        out = tmp_path / formats.replace(",", "-")
        result = CliRunner().invoke(app, ["build", str(seeds_dir), "-o", str(out), "--formats", formats,
                                          "--no-progress", "--jobs", "1"])
        assert result.exit_code == 0, result.output
        found[formats] = (out / "neo4j" / "mentions.csv").read_bytes()
    kg = policykg.build([seeds_dir])
    write_outputs(kg.graph, kg.documents_list, tmp_path / "given", ["neo4j-csv"], mentions=kg.mentions_list)
    found["given"] = (tmp_path / "given" / "neo4j" / "mentions.csv").read_bytes()
    assert len(set(found.values())) == 1 and found["given"].count(b"\n") > 300
