"""The knowledge graph: building, analytics and tables."""
from policykg.graph.analytics import ego, shortest_path
from policykg.graph.build import GraphBuilder, GraphOptions
from policykg.graph.tables import edges_table, graph_from_tables, mentions_table, nodes_table

__all__ = ["GraphBuilder", "GraphOptions", "edges_table", "ego", "graph_from_tables", "mentions_table", "nodes_table",
           "shortest_path"]
