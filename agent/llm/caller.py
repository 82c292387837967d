"""One AsyncOpenAI client and the calls the grader makes through it.

Each call goes through the retry policy (agent.llm.retry); a structured call also gets one more
chance when its reply does not match the schema, with the validation error shown to the model.
Every failure leaves as an LLMError whose message is redacted and has no SDK exception chained.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from agent.config import Settings
from agent.llm.errors import InvalidOutput, LLMError, Refusal, explain, redact
from agent.llm.prompt import Message, invalid_message
from agent.llm.retry import retrying

T = TypeVar("T", bound=BaseModel)


@dataclass
class Usage:
    """Tokens spent, summed over requests (for Grade.usage and the cost line of a batch)."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    requests: int = 0

    def add(self, other: Usage) -> None:
        self.prompt_tokens += other.prompt_tokens
        self.completion_tokens += other.completion_tokens
        self.requests += other.requests

    def record(self, completion: Any, *, count_request: bool = True) -> None:
        usage = getattr(completion, "usage", None)
        self.requests += count_request
        if usage is not None:
            self.prompt_tokens += usage.prompt_tokens or 0
            self.completion_tokens += usage.completion_tokens or 0

    def as_dict(self) -> dict[str, int]:
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "requests": self.requests,
        }


class Caller:
    """Model calls with retries, for one event loop (AsyncOpenAI clients belong to one loop)."""

    def __init__(self, settings: Settings, total: Usage | None = None) -> None:
        import openai

        self.settings = settings
        self.client = openai.AsyncOpenAI(
            api_key=settings.api_key,
            base_url=settings.base_url,
            timeout=settings.timeout,
            max_retries=0,  # tenacity is the one retry layer
        )
        self.total = total if total is not None else Usage()

    async def close(self) -> None:
        await self.client.close()

    async def request(self, send: Callable[[], Awaitable[Any]]) -> Any:
        """`send()` with transient failures retried; anything else becomes a clear LLMError."""
        attempts = 0
        try:
            async for attempt in retrying(self.settings.max_attempts):
                with attempt:
                    attempts += 1
                    return await send()
        except (ValidationError, InvalidOutput, LLMError):
            raise
        except Exception as exc:
            import openai

            if isinstance(exc, openai.LengthFinishReasonError):
                raise InvalidOutput("the reply was cut off before the JSON object was complete") from None
            raise explain(exc, key=self.settings.api_key, model=self.settings.model, attempts=attempts) from None
        raise AssertionError("unreachable: tenacity reraises the last error")

    async def structured(self, messages: list[Message], model: type[T], usage: Usage) -> T:
        """The reply parsed as `model`; a reply that breaks the schema is sent back once with its error."""
        for round_ in (1, 2):
            try:
                return await self._structured_once(messages, model, usage)
            except (ValidationError, InvalidOutput) as exc:
                error = short_error(exc)
                if round_ == 2:
                    raise LLMError(
                        redact(f"the model's reply did not match the schema twice: {error}", self.settings.api_key)
                    ) from None
                messages = [*messages, invalid_message(error)]
        raise AssertionError("unreachable")

    def _sent(self, send: Callable[[], Awaitable[Any]]) -> Callable[[], Awaitable[Any]]:
        """`send`, counting each completion request in the run's total when it is sent, answered or
        not: a cost line of "0 requests" after four failed attempts would hide what the server saw."""

        async def counted() -> Any:
            self.total.requests += 1
            return await send()

        return counted

    async def text(self, messages: list[Message], usage: Usage, temperature: float = 0.0) -> str:
        """A plain chat completion's text (for writing questions, not grading)."""
        completion = await self.request(
            self._sent(
                lambda: self.client.chat.completions.create(
                    model=self.settings.model, messages=messages, temperature=temperature
                )
            )
        )
        self._count(completion, usage)
        message = completion.choices[0].message
        if message.refusal:
            raise Refusal(f"the model refused: {message.refusal}")
        return (message.content or "").strip()

    async def _structured_once(self, messages: list[Message], model: type[T], usage: Usage) -> T:
        chat = self.client.chat.completions
        if self.settings.json_mode == "json_object":
            completion = await self.request(
                self._sent(
                    lambda: chat.create(
                        model=self.settings.model,
                        messages=messages,
                        temperature=0,
                        response_format={"type": "json_object"},
                    )
                )
            )
        else:
            completion = await self.request(
                self._sent(
                    lambda: chat.parse(
                        model=self.settings.model, messages=messages, temperature=0, response_format=model
                    )
                )
            )
        self._count(completion, usage)
        message = completion.choices[0].message
        if message.refusal:
            raise Refusal(f"the model refused to grade: {' '.join(message.refusal.split())}")
        parsed = getattr(message, "parsed", None)
        if parsed is not None:
            return parsed
        if not message.content:
            raise InvalidOutput("the reply was empty")
        return model.model_validate_json(message.content)

    def _count(self, completion: Any, usage: Usage) -> None:
        usage.record(completion)
        self.total.record(completion, count_request=False)  # counted when sent, in `request`


def short_error(exc: Exception) -> str:
    """A validation error in at most three lines, enough for the model to correct itself."""
    if isinstance(exc, ValidationError):
        parts = [f"{'.'.join(map(str, e['loc'])) or '(reply)'}: {e['msg']}" for e in exc.errors()[:3]]
        more = exc.error_count() - len(parts)
        return "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")
    return str(exc)
