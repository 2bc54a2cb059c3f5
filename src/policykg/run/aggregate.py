"""The knowledge graph of processed documents, given in corpus order (the local and the Dask path alike)."""
from __future__ import annotations

from collections.abc import Callable, Iterable

from policykg.graph.build import GraphBuilder, GraphOptions, PeriodBuilders
from policykg.knowledge import KnowledgeGraph
from policykg.model import Mention
from policykg.run.passes import Processed


def aggregate(processed_documents: Iterable[Processed], options: GraphOptions | None = None,
              keep_mentions: bool = True, mention_sink: Callable[[Processed], None] | None = None,
              by: str | None = None, builder: GraphBuilder | None = None,
              periods: PeriodBuilders | None = None) -> KnowledgeGraph:
    """Feed the graph builder (and with `by`, "year" or "month", one builder per period) and build.

    `builder` and `periods` continue builders fed before; `mention_sink` gets every document as it passes.
    """
    builder = builder if builder is not None else GraphBuilder(options)
    periods = periods if periods is not None else PeriodBuilders(by, options)
    mentions: list[Mention] = []
    for processed in processed_documents:
        builder.add(processed)
        periods.add(processed)
        if keep_mentions:
            mentions.extend(processed.result.mentions)
        if mention_sink is not None:
            mention_sink(processed)
    return KnowledgeGraph(builder.build(), builder.documents, mentions, periods.build())
