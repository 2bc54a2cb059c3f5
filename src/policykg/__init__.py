"""policykg: turn Chinese policy news into a knowledge graph.

    import policykg
    kg = policykg.build(["seeds"])          # NetworkX graph + tables
    kg.nodes.head(); kg.ego("33618"); kg.write("out")
"""
from policykg.api import KnowledgeGraph, build, process
from policykg.graph.build import GraphOptions
from policykg.model import Document, Entity, Mention, Relation, Sentence

__version__ = "0.1.0"

__all__ = ["Document", "Entity", "GraphOptions", "KnowledgeGraph", "Mention", "Relation", "Sentence", "build",
           "process", "__version__"]
