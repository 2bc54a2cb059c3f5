"""The Python API: build a knowledge graph from paths, read one back from a build folder, or stream the
processed documents. Building into an output folder (what `policykg build` does) is
`policykg.run.folder.build_folder`.

Streaming (`process`, what `policykg extract` runs) loads neither NetworkX nor pandas: the graph
modules are imported by `build` and on first use of `KnowledgeGraph` and `load`.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from policykg.errors import InputError
from policykg.run.corpus import Corpus
from policykg.run.passes import Processed

if TYPE_CHECKING:
    from policykg.graph.build import GraphOptions
    from policykg.knowledge import KnowledgeGraph

__all__ = ["KnowledgeGraph", "build", "load", "process"]


def __getattr__(name: str):
    if name in ("KnowledgeGraph", "load"):
        from policykg import knowledge

        return getattr(knowledge, name)
    raise AttributeError(f"module 'policykg.api' has no attribute {name!r}")


def process(paths: Iterable[str | os.PathLike], on_error: Callable[[InputError], None] | None = None,
            manifest: str | os.PathLike | None = None, jobs: int = 1,
            lexicon: str | os.PathLike | None = None, include: Iterable[str] = (),
            exclude: Iterable[str] = (), model: str | None = None) -> Iterator[Processed]:
    """Both extraction passes over the documents under `paths`, one processed document at a time.

    `include`/`exclude`: glob patterns for the files found in folders (`policykg.ingest.readers.discover`);
    `model="lac"`: accurate mode, a learned tagger proposes names too (needs `policykg[model]`).
    """
    return Corpus(paths, on_error=on_error, manifest=manifest, jobs=jobs, lexicon=lexicon, include=include,
                  exclude=exclude, model=model).process()


def build(paths: Iterable[str | os.PathLike], options: GraphOptions | None = None,
          on_error: Callable[[InputError], None] | None = None, manifest: str | os.PathLike | None = None,
          keep_mentions: bool = True, mention_sink: Callable[[Processed], None] | None = None,
          jobs: int = 1, cache: str | os.PathLike | None = None,
          lexicon: str | os.PathLike | None = None, by: str | None = None, include: Iterable[str] = (),
          exclude: Iterable[str] = (), model: str | None = None) -> KnowledgeGraph:
    """Extract from the documents under `paths` (folders' files filtered by the `include` and
    `exclude` glob patterns) and build the graph.

    `jobs` worker processes extract in parallel (same output as one); `cache` is a
    SQLite file that makes rebuilds after adding documents extract only what changed;
    `lexicon` is a user lexicon (YAML or CSV, see `policykg.extract.user`); `by`
    ("year" or "month") also builds one graph per period from the dated documents; `model="lac"`
    runs accurate mode (a learned tagger proposes names too; needs `policykg[model]`).
    """
    from policykg.graph.build import PeriodBuilders
    from policykg.run.aggregate import aggregate

    periods = PeriodBuilders(by, options)
    corpus = Corpus(paths, on_error=on_error, manifest=manifest, jobs=jobs, cache=cache, lexicon=lexicon,
                    include=include, exclude=exclude, model=model)
    return aggregate(corpus.process(), options, keep_mentions=keep_mentions, mention_sink=mention_sink,
                     periods=periods)
