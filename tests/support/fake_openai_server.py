"""A fake OpenAI-compatible server on 127.0.0.1, for tests and benchmarks (no network needed).

openai 3 talks through httpx2, which respx does not intercept, so the honest way to exercise
timeouts, status codes and retries is a real socket. `reply` decides every chat completion; the
Batch API (files and batches endpoints) is served from the same `reply`, so one script covers both.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    """What the server sends back for one chat request."""

    status: int = 200
    body: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before any byte is sent (a request queued for a slot)
    stall: float = 0.0  # seconds of silence after the first chunk of a streamed reply
    raw: bytes | None = None  # sent as is instead of `body`, streamed or not (a server that sends broken bytes)


def completion(
    content: str | None,
    *,
    refusal: str | None = None,
    prompt_tokens: int = 1000,
    finish_reason: str = "stop",
    model: str = "fake-model",
) -> dict[str, Any]:
    """A chat.completion body whose message carries `content` (or a refusal)."""
    message: dict[str, Any] = {"role": "assistant", "content": content}
    if refusal is not None:
        message["refusal"] = refusal
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": 0,
        "model": model,
        "choices": [{"index": 0, "finish_reason": finish_reason, "message": message}],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": len(content or "") // 4,
            "total_tokens": prompt_tokens + len(content or "") // 4,
        },
    }


def error(status: int, message: str, headers: dict[str, str] | None = None) -> Reply:
    return Reply(
        status=status, body={"error": {"message": message, "type": "fake", "code": None}}, headers=headers or {}
    )


class FakeOpenAI:
    """`with FakeOpenAI(reply) as server:` serves at `server.url` until the block ends."""

    def __init__(
        self,
        reply: Callable[[dict[str, Any]], Reply],
        *,
        batch_polls: int = 0,
        models: tuple[str, ...] = ("fake-model",),
        slots: int | None = None,
    ) -> None:
        self.reply = reply
        self.models = models  # what GET /v1/models lists
        self.slots = slots  # what GET /props reports as total_slots (llama.cpp); None: no /props
        self.batch_polls = batch_polls  # retrieves that answer in_progress before completed
        self.chat_requests: list[dict[str, Any]] = []
        self.auth_headers: list[str] = []
        self.files: dict[str, bytes] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self._lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), _handler(self))
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def __enter__(self) -> FakeOpenAI:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    # -- routes ------------------------------------------------------------------------------

    def chat(self, body: dict[str, Any]) -> Reply:
        with self._lock:
            self.chat_requests.append(body)
        return self.reply(body)

    def upload(self, content_type: str, raw: bytes) -> dict[str, Any]:
        boundary = re.search(r"boundary=([^;]+)", content_type).group(1).strip('"').encode()
        data = b""
        for part in raw.split(b"--" + boundary):
            head, _, rest = part.partition(b"\r\n\r\n")
            if b"filename=" in head:
                data = rest.rsplit(b"\r\n", 1)[0]
        with self._lock:
            file_id = f"file-{len(self.files) + 1}"
            self.files[file_id] = data
        return _file_object(file_id, len(data))

    def create_batch(self, body: dict[str, Any]) -> dict[str, Any]:
        rows = []
        for line in self.files[body["input_file_id"]].decode().splitlines():
            request = json.loads(line)
            answer = self.chat(request["body"])
            rows.append(
                {
                    "id": f"batch_req_{len(rows) + 1}",
                    "custom_id": request["custom_id"],
                    "response": {"status_code": answer.status, "request_id": "req", "body": answer.body},
                    "error": None,
                }
            )
        with self._lock:
            batch_id = f"batch_{len(self.batches) + 1}"
            out_id = f"file-out-{batch_id}"
            self.files[out_id] = "\n".join(json.dumps(r) for r in rows).encode() + b"\n"
            batch = {
                "id": batch_id,
                "object": "batch",
                "endpoint": body["endpoint"],
                "input_file_id": body["input_file_id"],
                "completion_window": body["completion_window"],
                "created_at": 0,
                "status": "validating",
                "output_file_id": None,
                "request_counts": {"total": len(rows), "completed": 0, "failed": 0},
                "_polls": self.batch_polls,
                "_output": out_id,
            }
            self.batches[batch_id] = batch
        return _public(batch)

    def retrieve_batch(self, batch_id: str) -> dict[str, Any] | None:
        with self._lock:
            batch = self.batches.get(batch_id)
            if batch is None:
                return None
            if batch["_polls"] > 0:
                batch["_polls"] -= 1
                batch["status"] = "in_progress"
            else:
                total = batch["request_counts"]["total"]
                batch.update(status="completed", output_file_id=batch["_output"])
                batch["request_counts"] = {"total": total, "completed": total, "failed": 0}
            return _public(batch)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # listen() backlog: the default 5 drops connections under concurrency


# Characters per streamed chunk: a real server sends about one token (4 characters); bigger chunks
# keep the fake cheap under the concurrency benchmark, and tests only need several chunks.
CHUNK = 24


def _model_object(name: str) -> dict[str, Any]:
    return {"id": name, "object": "model", "created": 0, "owned_by": "fake"}


def _events(body: dict[str, Any], include_usage: bool) -> list[dict[str, Any]]:
    """A chat.completion body cut into chat.completion.chunk events (CHUNK characters each)."""
    choice = body["choices"][0]
    message = choice["message"]
    base = {"id": body["id"], "object": "chat.completion.chunk", "created": 0, "model": body["model"]}
    events = [{**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}}]}]
    content = message.get("content") or ""
    for i in range(0, len(content), CHUNK):
        events.append({**base, "choices": [{"index": 0, "delta": {"content": content[i : i + CHUNK]}}]})
    if message.get("refusal"):
        events.append({**base, "choices": [{"index": 0, "delta": {"refusal": message["refusal"]}}]})
    events.append({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": choice["finish_reason"]}]})
    if include_usage:
        events.append({**base, "choices": [], "usage": body["usage"]})
    return events


def _public(batch: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in batch.items() if not k.startswith("_")}


def _file_object(file_id: str, size: int) -> dict[str, Any]:
    return {
        "id": file_id,
        "object": "file",
        "bytes": size,
        "created_at": 0,
        "filename": "grading.jsonl",
        "purpose": "batch",
        "status": "processed",
    }


def _handler(fake: FakeOpenAI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms delayed-ACK stall

        def log_message(self, *args: object) -> None:  # keep test output clean
            pass

        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            with fake._lock:
                fake.auth_headers.append(self.headers.get("Authorization", ""))
            if self.path.endswith("/chat/completions"):
                body = json.loads(raw)
                answer = fake.chat(body)
                if answer.delay:
                    time.sleep(answer.delay)
                if answer.raw is not None:
                    self._send_bytes(answer.status, answer.raw, "application/json", answer.headers)
                elif body.get("stream") and answer.status == 200:
                    self._stream(answer, (body.get("stream_options") or {}).get("include_usage", False))
                else:
                    self._send(answer.status, answer.body or {}, answer.headers)
            elif self.path.endswith("/files"):
                self._send(200, fake.upload(self.headers.get("Content-Type", ""), raw))
            elif self.path.endswith("/batches"):
                self._send(200, fake.create_batch(json.loads(raw)))
            else:
                self._send(404, {"error": {"message": f"no route {self.path}"}})

        def do_GET(self) -> None:
            if self.path.endswith("/models"):
                self._send(200, {"object": "list", "data": [_model_object(m) for m in fake.models]})
                return
            if self.path == "/props" and fake.slots is not None:
                self._send(200, {"total_slots": fake.slots, "model_path": fake.models[0]})
                return
            match = re.search(r"/batches/([^/]+)$", self.path)
            if match:
                batch = fake.retrieve_batch(match.group(1))
                self._send(200 if batch else 404, batch or {"error": {"message": "no such batch"}})
                return
            match = re.search(r"/files/([^/]+)/content$", self.path)
            if match and match.group(1) in fake.files:
                self._send_bytes(200, fake.files[match.group(1)], "application/jsonl")
                return
            self._send(404, {"error": {"message": f"no route {self.path}"}})

        def _stream(self, answer: Reply, include_usage: bool) -> None:
            """The reply as server-sent events: a few characters per chunk, as a server streams tokens."""
            try:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Transfer-Encoding", "chunked")
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                for n, event in enumerate(_events(answer.body or {}, include_usage)):
                    if n == 2 and answer.stall:  # after the first content chunk
                        time.sleep(answer.stall)
                    data = f"data: {json.dumps(event)}\n\n".encode()
                    self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
                    self.wfile.flush()
                done = b"data: [DONE]\n\n"
                self.wfile.write(f"{len(done):x}\r\n".encode() + done + b"\r\n0\r\n\r\n")
                self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):  # the client gave up (stall test)
                pass

        def _send(self, status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> None:
            self._send_bytes(status, json.dumps(body).encode(), "application/json", headers)

        def _send_bytes(self, status: int, data: bytes, ctype: str, headers: dict[str, str] | None = None) -> None:
            try:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
                pass

    return Handler
