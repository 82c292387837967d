"""Runtime settings, read once from the environment (and `.env`) at the CLI edge.

Nothing reads the environment at import time, so tests and library users see exactly the
settings they pass in.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

DEFAULT_MODEL = "gpt-4.1-mini"
OPENAI_API_HOST = "api.openai.com"  # OpenAI's own API, which takes only max_completion_tokens
# The grader backends, by name: the one list the command line offers and make_backend knows.
BACKENDS = ("offline", "openai")
# The data folder (sessions, history, Batch API records). The alias is the older name of the
# same folder, still honoured with a warning so that existing setups keep working.
HOME_ENV = "OWNERSHIP_HOME"
HOME_ALIAS_ENV = "OWNERSHIP_DATA_DIR"


@dataclass(frozen=True)
class Settings:
    api_key: str | None = None
    base_url: str | None = None
    model: str = DEFAULT_MODEL
    # False when OWNERSHIP_MODEL was not set: a local server is then asked which model it serves.
    model_named: bool = True
    # Seconds a reply may stall (no byte from the server once it has begun); time queued for a
    # slot on a busy server is bounded by queue_timeout instead.
    timeout: float = 60.0
    queue_timeout: float = 600.0
    max_attempts: int = 4
    # Reply caps in tokens: a grade (six layers of quotes and rationales) and an interview question.
    max_tokens_grade: int = 2000
    max_tokens_question: int = 150
    # Temperature of --samples N > 1 (identical temperature-0 requests would only repeat themselves).
    sample_temperature: float = 0.7
    # USD per million tokens, for the cost estimate at the end of a batch.
    price_input: float = 0.40
    price_output: float = 1.60
    # "json_schema" (strict structured outputs) or "json_object" for servers without it.
    json_mode: str = "json_schema"
    # The data folder as set (OWNERSHIP_HOME or its alias); None for the platform's default.
    # `grade --batch-api` keeps there what `batch collect` needs (the transcripts sent).
    data_dir: str | None = None

    @property
    def is_openai(self) -> bool:
        """True for OpenAI's own API (no base URL, or api.openai.com), not a gateway or local server."""
        return not self.base_url or OPENAI_API_HOST in self.base_url

    @property
    def home(self) -> Path:
        """The data folder: sessions, history, and what `grade --batch-api` sent."""
        return home_path(self.data_dir)

    @property
    def default_backend(self) -> str:
        return "openai" if self.api_key else "offline"

    def __repr__(self) -> str:  # never show the key, even in a traceback
        key = "set" if self.api_key else "unset"
        return f"Settings(api_key={key}, base_url={self.base_url!r}, model={self.model!r})"


def load_settings(env: Mapping[str, str] | None = None, *, dotenv: bool = True) -> Settings:
    """Settings from `env` (default: the process environment after loading `.env`)."""
    if env is None:
        if dotenv:
            load_env()
        env = os.environ

    def number(name: str, default: float) -> float:
        raw = env.get(name)
        if not raw:
            return default
        try:
            return float(raw)
        except ValueError:
            raise SettingsError(f"{name} must be a number, got {raw!r}") from None

    def choice(name: str, allowed: tuple[str, ...]) -> str:
        raw = env.get(name) or allowed[0]
        if raw not in allowed:
            raise SettingsError(f"{name} must be one of {', '.join(allowed)}, got {raw!r}")
        return raw

    return Settings(
        api_key=env.get("OPENAI_API_KEY") or None,
        base_url=env.get("OPENAI_BASE_URL") or None,
        model=env.get("OWNERSHIP_MODEL") or DEFAULT_MODEL,
        model_named=bool(env.get("OWNERSHIP_MODEL")),
        timeout=number("OWNERSHIP_TIMEOUT", 60.0),
        queue_timeout=number("OWNERSHIP_QUEUE_TIMEOUT", 600.0),
        max_attempts=int(number("OWNERSHIP_MAX_ATTEMPTS", 4)),
        max_tokens_grade=int(number("OWNERSHIP_MAX_TOKENS", 2000)),
        max_tokens_question=int(number("OWNERSHIP_MAX_TOKENS_QUESTION", 150)),
        sample_temperature=number("OWNERSHIP_SAMPLE_TEMPERATURE", 0.7),
        price_input=number("OWNERSHIP_PRICE_INPUT", 0.40),
        price_output=number("OWNERSHIP_PRICE_OUTPUT", 1.60),
        json_mode=choice("OWNERSHIP_JSON_MODE", ("json_schema", "json_object")),
        data_dir=home_setting(env),
    )


def home_setting(env: Mapping[str, str]) -> str | None:
    """The data folder named in `env`: OWNERSHIP_HOME, else its deprecated alias, else None."""
    return env.get(HOME_ENV) or env.get(HOME_ALIAS_ENV) or None


def data_home(env: Mapping[str, str]) -> Path:
    """The data folder: as set in `env`, else the per-user data directory of the platform."""
    return home_path(home_setting(env))


def home_path(raw: str | None) -> Path:
    """The data folder named `raw` (None: the per-user data directory of the platform)."""
    if raw:
        return Path(raw).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("ownership", appauthor=False))


def home_alias_warning(env: Mapping[str, str]) -> str | None:
    """The one-line warning due when only the deprecated alias names the data folder."""
    if env.get(HOME_ALIAS_ENV) and not env.get(HOME_ENV):
        return f"warning: {HOME_ALIAS_ENV} is deprecated; set {HOME_ENV} instead (it names the same folder)"
    return None


def load_env() -> None:
    """Adds the settings of `.env` to the process environment (the environment wins)."""
    from dotenv import find_dotenv, load_dotenv

    # The .env of the directory the user runs from, not of wherever the package lives.
    load_dotenv(find_dotenv(usecwd=True), override=False)


class SettingsError(ValueError):
    """A setting is missing or malformed; the message says what to set."""
