"""Grading thousands of transcripts through the OpenAI Batch API (half price, within 24 hours).

`submit` uploads one request per transcript and keeps a local manifest of what was sent, since
the service returns only answers keyed by custom_id and evidence must be checked against the
transcripts. `collect` joins the answers back in input order and runs them through the same
verification as online grading (a repair round, when needed, goes through the normal API).
"""

from __future__ import annotations

import asyncio
import io
import json
from functools import partial
from pathlib import Path
from typing import Any, Final

from pydantic import ValidationError

from agent.grading import Result, outcome
from agent.llm.backend import OpenAIBackend
from agent.llm.caller import Usage, short_error
from agent.llm.errors import LLMError, Refusal
from agent.llm.prompt import invalid_message
from agent.llm.schema import GraderOutput, response_format
from agent.models import Grade, Transcript
from agent.transcript import Item, ReadFailure

ENDPOINT: Final = "/v1/chat/completions"


class BatchNotReady(LLMError):
    """The batch has not finished; the message gives its status."""


def manifest_dir(backend: OpenAIBackend) -> Path:
    return backend.settings.home / "batches"


def request_lines(backend: OpenAIBackend, items: list[Item]) -> list[dict[str, Any]]:
    fmt = response_format(GraderOutput, backend.settings.json_mode)
    return [
        {
            "custom_id": str(index),
            "method": "POST",
            "url": ENDPOINT,
            "body": {
                "model": backend.settings.model,
                "messages": backend.messages(item),
                "temperature": 0,
                "max_completion_tokens": backend.settings.max_tokens_grade,
                "response_format": fmt,
            },
        }
        for index, item in enumerate(items)
        if isinstance(item, Transcript)
    ]


def submit(backend: OpenAIBackend, items: list[Item]) -> str:
    """Upload the requests, start the batch, save the manifest; returns the batch id."""
    lines = request_lines(backend, items)
    if not lines:
        raise LLMError("no readable transcript to send")
    data = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines).encode()

    async def go() -> str:
        client = backend.caller.client
        upload = await backend.caller.request(
            lambda: client.files.create(file=("grading.jsonl", io.BytesIO(data), "application/jsonl"), purpose="batch")
        )
        batch = await backend.caller.request(
            lambda: client.batches.create(
                input_file_id=upload.id, endpoint=ENDPOINT, completion_window="24h", metadata={"tool": "ownership"}
            )
        )
        batch_id: str = batch.id
        return batch_id

    batch_id = backend.run(go())
    manifest = {
        "batch_id": batch_id,
        "model": backend.settings.model,
        "items": [
            {"transcript": item.model_dump(mode="json")}
            if isinstance(item, Transcript)
            else {"error": {"id": item.id, "error": item.error}}
            for item in items
        ],
    }
    folder = manifest_dir(backend)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{batch_id}.json").write_text(json.dumps(manifest), encoding="utf-8")
    return batch_id


def status(backend: OpenAIBackend, batch_id: str) -> tuple[str, str]:
    """(status, one-line summary) of a batch."""

    async def go() -> Any:
        return await backend.caller.request(lambda: backend.caller.client.batches.retrieve(batch_id))

    batch = backend.run(go())
    return batch.status, f"{batch_id}: {batch.status} ({summary(batch)})"


def summary(batch: Any) -> str:
    counts = batch.request_counts
    return f"{counts.completed}/{counts.total} done, {counts.failed} failed" if counts else "no counts yet"


def collect(backend: OpenAIBackend, batch_id: str) -> tuple[list[Result], Usage]:
    """The results of a completed batch in input order, and the tokens the batch itself spent."""
    path = manifest_dir(backend) / f"{batch_id}.json"
    if not path.exists():
        raise LLMError(f"no record of batch {batch_id} in {path.parent}; collect where it was submitted")
    manifest = json.loads(path.read_text(encoding="utf-8"))
    return backend.run(_collect(backend, batch_id, manifest["items"]))


async def _collect(
    backend: OpenAIBackend, batch_id: str, entries: list[dict[str, Any]]
) -> tuple[list[Result], Usage]:
    caller = backend.caller
    batch = await caller.request(lambda: caller.client.batches.retrieve(batch_id))
    if batch.status != "completed":
        raise BatchNotReady(f"batch {batch_id} is {batch.status}, not completed yet: {summary(batch)}")
    rows: dict[str, dict[str, Any]] = {}
    for file_id in (batch.output_file_id, batch.error_file_id):
        if file_id:
            content = await caller.request(partial(caller.client.files.content, file_id))
            for line in content.text.splitlines():
                if line.strip():
                    row = json.loads(line)
                    rows[row["custom_id"]] = row
    batch_usage = Usage()
    bound = asyncio.Semaphore(8)

    async def one(index: int, entry: dict[str, Any]) -> Result:
        async def grade(transcript: Transcript) -> Grade:
            async with bound:
                return await _from_row(backend, transcript, rows.get(str(index)), batch_usage)

        return await outcome(_manifest_item(entry), grade, backend.settings.api_key)

    results = await asyncio.gather(*(one(i, entry) for i, entry in enumerate(entries)))
    return list(results), batch_usage


def _manifest_item(entry: dict[str, Any]) -> Item:
    """A transcript as the manifest kept it, or the read failure it was."""
    if "error" in entry:
        return ReadFailure(**entry["error"])
    return Transcript.model_validate(entry["transcript"])


async def _from_row(
    backend: OpenAIBackend, transcript: Transcript, row: dict[str, Any] | None, batch_usage: Usage
) -> Grade:
    if row is None:
        raise LLMError("the batch output has no result for this transcript")
    response = row.get("response") or {}
    body = response.get("body") or {}
    if row.get("error") or response.get("status_code") != 200:
        detail = (row.get("error") or body.get("error") or {}).get("message", "no detail")
        raise LLMError(f"the batch request failed ({response.get('status_code')}): {detail}")
    usage = Usage()
    used = body.get("usage") or {}
    row_usage = Usage(used.get("prompt_tokens", 0), used.get("completion_tokens", 0), 1)
    usage.add(row_usage)
    batch_usage.add(row_usage)
    message = body["choices"][0]["message"]
    if message.get("refusal"):
        raise Refusal(f"the model refused to grade: {message['refusal']}")
    try:
        first = GraderOutput.model_validate_json(message.get("content") or "")
    except ValidationError as exc:  # retried once online, with the error, like any reply
        messages = [*backend.messages(transcript), invalid_message(short_error(exc))]
        first = await backend.caller.structured(messages, GraderOutput, usage)
    return await backend.agrade_from(transcript, first, usage)


def cost_lines(backend: OpenAIBackend, batch_usage: Usage) -> list[str]:
    """What a collected batch cost (at half price), and the repair calls made online, if any."""
    from agent.llm.model_run import cost_line

    lines = ["batch: " + cost_line(batch_usage, backend.settings, discount=0.5)]
    if backend.usage.requests:
        lines.append("repairs: " + cost_line(backend.usage, backend.settings))
    return lines
