"""How entity types, communities and edge kinds look: colours, shapes and Chinese names (GEXF and the HTML page)."""
from __future__ import annotations

COLOURS = {  # entity type → (r, g, b)
    "PERSON": (231, 76, 60), "POSITION": (149, 165, 166), "PLACE": (39, 174, 96),
    "COMPANY": (41, 128, 185), "ORG": (142, 68, 173), "SLOGAN": (243, 156, 18),
}
DEFAULT_COLOUR = (120, 120, 120)  # any other type
SHAPES = {"PERSON": "dot", "POSITION": "square", "PLACE": "triangle", "COMPANY": "diamond",
          "ORG": "hexagon", "SLOGAN": "star"}
TYPE_NAMES = {"PERSON": "人物", "POSITION": "职务", "PLACE": "地点", "COMPANY": "企业", "ORG": "机构",
              "SLOGAN": "提法"}
COMMUNITY_COLOURS = (  # the HTML page's colours for its 20 largest communities; smaller ones are grey
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#6b6ecf",
    "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94", "#f7b6d2", "#9edae5", "#dbdb8d", "#393b79",
)
KIND_STYLES = {  # edge kind → (colour, Chinese name)
    "CO_OCCURS": ("#aab4be", "共现"), "HOLDS": ("#c0392b", "任职"), "DEFINES": ("#d68910", "定义"),
    "PROMOTES": ("#7d3c98", "推动"),
}


def hex_colour(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)
