"""The fixed choices of the library and the command line: co-occurrence windows, time periods and output
formats, in a module of their own so that the command line knows them without loading the graph and
writer modules (and NetworkX and pandas with them)."""

WINDOWS = ("sentence", "paragraph", "document")
PERIODS = ("year", "month")
FORMATS = ("html", "graphml", "gexf", "json", "csv", "parquet", "neo4j-csv")  # policykg.export.WRITERS, in order
