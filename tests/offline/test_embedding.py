"""The static embedding: loaded from the wheel, and without side effects on the process."""

from __future__ import annotations

import logging


def test_loading_the_embedding_leaves_logging_as_it_was():
    # wordllama configures the root logger at import; the reader must not pass that on to the
    # terminal, where every HTTP request of the openai SDK would then print a line.
    import subprocess
    import sys

    code = (
        "import logging\n"
        "from agent.offline import embedding\n"
        "embedding.embed(['a sentence'])\n"
        "root = logging.getLogger()\n"
        "print(len(root.handlers), root.level)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["0", str(logging.WARNING)]
