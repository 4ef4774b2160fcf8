"""blocwatch: news about international security organizations → a time-aware, source-cited knowledge base.

    import blocwatch
    kb = blocwatch.open("blocwatch.db")
    kb.members("CSTO", as_of="2012-10-25")     # members with the claims they rest on
    kb.officials("OSCE")                        # office terms in order
    kb.sources(fact_id)                         # the sentences behind a fact or event
"""

import logging

from .config import Options, load_options
from .errors import BlocwatchError, ConfigError, InputError, QueryError, StageError, StoreError
from .kb import KnowledgeBase, open
from .pipeline import IngestReport, ingest, process

logging.getLogger(__name__).addHandler(logging.NullHandler())

__version__ = "0.1.0"
__all__ = [
    "BlocwatchError", "ConfigError", "IngestReport", "InputError", "KnowledgeBase", "Options",
    "QueryError", "StageError", "StoreError", "ingest", "load_options", "open", "process",
    "__version__",
]
