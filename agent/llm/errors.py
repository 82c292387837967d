"""Turning what the model service does wrong into one-line errors a user can act on.

Every message passes through `redact`, so the API key (or anything shaped like one, as in the
"Incorrect API key provided: sk-..." body of a 401) never reaches output, errors or logs.
"""

from __future__ import annotations

import json
import re

_KEY_SHAPED = re.compile(r"\bsk-[A-Za-z0-9_\-*.]{3,}")


class LLMError(Exception):
    """A grading call that failed for good: the message says what happened and what to do."""


class InvalidOutput(Exception):
    """The reply was not the JSON the schema asks for (unparseable, wrong shape, cut off)."""


class Refusal(LLMError):
    """The model declined to answer; retrying the same request will not change that."""


def redact(text: str, key: str | None) -> str:
    if key:
        text = text.replace(key, "***")
    return _KEY_SHAPED.sub("***", text)


def is_transient(exc: BaseException) -> bool:
    """Worth another attempt: rate limits, server errors and broken connections (a timeout is
    retried once, changed, by agent.llm.caller rather than here)."""
    import openai

    if isinstance(exc, openai.APITimeoutError):  # a slow reply is not transient: agent.llm.caller retries it once
        return False
    if isinstance(exc, openai.APIConnectionError):
        return True
    return isinstance(exc, openai.APIStatusError) and (exc.status_code in (408, 409, 429) or exc.status_code >= 500)


def server_message(exc: BaseException) -> str:
    """The server's own explanation from an error body, if it gave one."""
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        inner = body.get("error", body)
        message = inner.get("message") if isinstance(inner, dict) else inner
        if message:
            return " ".join(str(message).split())
    return " ".join(str(exc).split())


def explain(exc: BaseException, *, key: str | None, model: str, attempts: int) -> LLMError:
    """A clear LLMError for an exception raised by the openai SDK."""
    import openai

    if isinstance(exc, LLMError):
        return exc
    detail = server_message(exc)
    if isinstance(exc, openai.AuthenticationError):
        text = f"the server rejected the API key (401): check OPENAI_API_KEY ({detail})"
    elif isinstance(exc, openai.PermissionDeniedError):
        text = f"the API key may not use this model or endpoint (403): {detail}"
    elif isinstance(exc, openai.NotFoundError):
        text = f"not found (404): is OWNERSHIP_MODEL={model!r} served at OPENAI_BASE_URL? ({detail})"
    elif isinstance(exc, openai.BadRequestError):
        hint = ""
        if re.search(r"response_format|json_schema|structured", detail, re.IGNORECASE):
            hint = "; for a server without structured outputs set OWNERSHIP_JSON_MODE=json_object"
        text = f"the server rejected the request (400): {detail}{hint}"
    elif isinstance(exc, openai.APITimeoutError):
        text = "no reply within the timeout (raise OWNERSHIP_TIMEOUT or OWNERSHIP_QUEUE_TIMEOUT?)"
    elif isinstance(exc, openai.APIConnectionError):
        text = f"cannot reach the server after {attempts} attempts: check OPENAI_BASE_URL ({detail})"
    elif isinstance(exc, openai.RateLimitError):
        text = f"still rate limited (429) after {attempts} attempts: {detail}"
    elif isinstance(exc, openai.APIStatusError):
        text = f"server error ({exc.status_code}) after {attempts} attempts: {detail}"
    elif isinstance(exc, openai.ContentFilterFinishReasonError):
        return Refusal("the model's reply was stopped by the content filter")
    elif isinstance(exc, UnicodeDecodeError | json.JSONDecodeError):
        what = "not UTF-8 text" if isinstance(exc, UnicodeDecodeError) else "not JSON"
        text = f"the server's reply was {what}: is OPENAI_BASE_URL an OpenAI-compatible API? ({detail})"
    else:
        text = f"{type(exc).__name__}: {detail}"
    return LLMError(redact(text, key))
