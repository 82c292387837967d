"""Settings from the environment: the LLM knobs and their errors."""

from __future__ import annotations

import pytest

from agent.config import SettingsError, load_settings


def test_llm_settings_from_the_environment():
    settings = load_settings(
        {
            "OPENAI_API_KEY": "sk-local",
            "OPENAI_BASE_URL": "http://localhost:11434/v1",
            "OWNERSHIP_MODEL": "qwen2.5:7b",
            "OWNERSHIP_TIMEOUT": "120",
            "OWNERSHIP_JSON_MODE": "json_object",
            "OWNERSHIP_PRICE_INPUT": "0",
        }
    )
    assert settings.default_backend == "openai"
    assert (settings.model, settings.timeout, settings.json_mode, settings.price_input) == (
        "qwen2.5:7b",
        120.0,
        "json_object",
        0.0,
    )
    assert "sk-local" not in repr(settings)


def test_no_key_means_offline():
    assert load_settings({}).default_backend == "offline"


def test_bad_json_mode_says_what_is_allowed():
    with pytest.raises(SettingsError, match="json_schema, json_object"):
        load_settings({"OWNERSHIP_JSON_MODE": "xml"})
