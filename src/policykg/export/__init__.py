"""Writers for the graph: one module per target format."""
