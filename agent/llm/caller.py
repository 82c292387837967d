"""One AsyncOpenAI client and the calls the grader makes through it.

Every reply is capped (max_tokens) and streamed (agent.llm.stream). Transient HTTP failures go
through the retry policy (agent.llm.retry); a stalled or cut-off reply is sent once more, changed
(RETRY_TEMPERATURE, and the cap stated), then reported; a structured call also gets one more
chance when its reply does not match the schema, with the validation error shown to the model.
Every failure leaves as an LLMError whose message is redacted and has no SDK exception chained.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from agent.config import Settings
from agent.llm.errors import InvalidOutput, LLMError, Refusal, explain, redact
from agent.llm.prompt import Message, cut_off_message, invalid_message
from agent.llm.retry import retrying
from agent.llm.stream import Counter, CutOff, Reply, Stalled, Usage, stream_completion

__all__ = ["Caller", "Usage", "short_error", "model_label"]

# A timed-out or cut-off request is sent once more, never identically: at this temperature (and,
# after a cut-off, with the cap stated), so that a model looping at temperature 0 can end otherwise.
RETRY_TEMPERATURE = 0.4

T = TypeVar("T", bound=BaseModel)


class Caller:
    """Model calls with retries, for one event loop (AsyncOpenAI clients belong to one loop)."""

    def __init__(self, settings: Settings, total: Usage | None = None) -> None:
        import openai

        self.settings = settings
        self.client = openai.AsyncOpenAI(
            api_key=settings.api_key,
            base_url=settings.base_url,
            # The stall and queue limits are enforced per chunk in agent.llm.stream; this is a backstop.
            timeout=max(settings.timeout, settings.queue_timeout) + 5,
            max_retries=0,  # tenacity is the one retry layer
        )
        self.total = total if total is not None else Usage()
        self._model: str | None = None
        self._asking = asyncio.Lock()
        self.answered_by: str | None = None  # the `model` field of the latest reply

    async def close(self) -> None:
        await self.client.close()

    async def model(self) -> str:
        """The model to ask for: the one named, else (on a local server) the first one it serves."""
        if self._model is None:
            if not self.settings.model_named and not self.settings.is_openai:
                async with self._asking:  # concurrent first calls ask once
                    if self._model is None:
                        self._model = await self._served_model() or self.settings.model
            else:
                self._model = self.settings.model
        return self._model

    async def _served_model(self) -> str | None:
        try:
            page = await self.client.models.list()
        except Exception:  # a server without /v1/models: the request names the default
            return None
        return next((m.id for m in page.data), None)

    async def request(self, send: Callable[[], Awaitable[Any]]) -> Any:
        """`send()` with transient failures retried; anything else becomes a clear LLMError."""
        attempts = 0
        try:
            async for attempt in retrying(self.settings.max_attempts):
                with attempt:
                    attempts += 1
                    return await send()
        except (ValidationError, InvalidOutput, LLMError, Stalled):
            raise
        except Exception as exc:
            raise explain(exc, key=self.settings.api_key, model=self.settings.model, attempts=attempts) from None
        raise AssertionError("unreachable: tenacity reraises the last error")

    async def structured(self, messages: list[Message], model: type[T], usage: Usage, temperature: float = 0.0) -> T:
        """The reply parsed as `model`; a reply that breaks the schema is sent back once with its error."""
        fmt = _response_format(model, self.settings.json_mode)
        cap = self.settings.max_tokens_grade
        for round_ in (1, 2):
            try:
                reply = await self.complete(
                    messages, usage, cap=cap, temperature=temperature, response_format=fmt, what="grade"
                )
                if not reply.text.strip():
                    raise InvalidOutput("the reply was empty")
                return model.model_validate_json(reply.text)
            except (ValidationError, InvalidOutput) as exc:
                error = short_error(exc)
                if round_ == 2:
                    raise LLMError(
                        redact(f"the model's reply did not match the schema twice: {error}", self.settings.api_key)
                    ) from None
                messages = [*messages, invalid_message(error)]
        raise AssertionError("unreachable")

    async def text(self, messages: list[Message], usage: Usage, temperature: float = 0.0) -> str:
        """A plain chat completion's text (for writing questions, not grading)."""
        reply = await self.complete(
            messages, usage, cap=self.settings.max_tokens_question, temperature=temperature, what="question"
        )
        return reply.text.strip()

    async def complete(
        self,
        messages: list[Message],
        usage: Usage,
        *,
        cap: int,
        temperature: float,
        what: str,
        response_format: dict[str, Any] | None = None,
    ) -> Reply:
        """One capped reply; a stalled or cut-off one is sent once more, changed, then reported."""
        try:
            return await self._complete(messages, usage, cap, temperature, response_format, what)
        except (Stalled, CutOff) as first:
            again = [*messages, cut_off_message(cap)] if isinstance(first, CutOff) else messages
            try:
                return await self._complete(
                    again, usage, cap, max(temperature, RETRY_TEMPERATURE), response_format, what
                )
            except CutOff:
                setting = "OWNERSHIP_MAX_TOKENS" if what == "grade" else "OWNERSHIP_MAX_TOKENS_QUESTION"
                raise LLMError(
                    f"the {what} reply stopped at the cap of {cap} tokens twice (finish_reason length); "
                    f"raise {setting} above {cap} if the model needs more"
                ) from None
            except Stalled as exc:
                raise LLMError(f"{exc}; tried twice") from None

    async def _complete(
        self,
        messages: list[Message],
        usage: Usage,
        cap: int,
        temperature: float,
        response_format: dict[str, Any] | None,
        what: str,
    ) -> Reply:
        body: dict[str, Any] = {"model": await self.model(), "messages": messages, "temperature": temperature}
        body[cap_field(self.settings)] = cap
        if response_format is not None:
            body["response_format"] = response_format
        counter = Counter(usage, self.total)
        reply: Reply = await self.request(
            lambda: stream_completion(
                self.client,
                body,
                counter,
                timeout=self.settings.timeout,
                queue_timeout=self.settings.queue_timeout,
            )
        )
        self.answered_by = reply.model or self.answered_by
        if reply.refusal:
            verb = "grade" if what == "grade" else "answer"
            raise Refusal(f"the model refused to {verb}: {' '.join(reply.refusal.split())}")
        if reply.finish_reason == "length":
            raise CutOff(cap)
        if reply.finish_reason == "content_filter":
            raise Refusal("the model's reply was stopped by the content filter")
        return reply


def cap_field(settings: Settings) -> str:
    """OpenAI's newer models take only max_completion_tokens; local servers know max_tokens."""
    return "max_completion_tokens" if settings.is_openai else "max_tokens"


def model_label(model: str | None) -> str | None:
    """A model name fit for a grade's `grader` field (a llama.cpp server answers with a file path)."""
    if not model:
        return None
    return os.path.basename(model) if model.startswith(("/", "./")) or "\\" in model else model


def _response_format(model: type[BaseModel], json_mode: str) -> dict[str, Any]:
    from agent.llm.schema import response_format

    return response_format(model, json_mode)


def short_error(exc: Exception) -> str:
    """A validation error in at most three lines, enough for the model to correct itself."""
    if isinstance(exc, ValidationError):
        parts = [f"{'.'.join(map(str, e['loc'])) or '(reply)'}: {e['msg']}" for e in exc.errors()[:3]]
        more = exc.error_count() - len(parts)
        return "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")
    return str(exc)
