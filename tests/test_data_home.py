"""One data folder: OWNERSHIP_HOME, with OWNERSHIP_DATA_DIR honoured as its deprecated alias."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from agent.cli import main
from agent.config import data_home, home_alias_warning, load_settings

WARNING = "warning: OWNERSHIP_DATA_DIR is deprecated; set OWNERSHIP_HOME instead (it names the same folder)"


def test_ownership_home_names_the_folder_and_wins_over_the_alias(tmp_path):
    home, old = str(tmp_path / "home"), str(tmp_path / "old")
    assert data_home({"OWNERSHIP_HOME": home}) == Path(home)
    assert data_home({"OWNERSHIP_HOME": home, "OWNERSHIP_DATA_DIR": old}) == Path(home)
    assert data_home({"OWNERSHIP_DATA_DIR": old}) == Path(old)
    assert home_alias_warning({"OWNERSHIP_HOME": home, "OWNERSHIP_DATA_DIR": old}) is None
    assert home_alias_warning({"OWNERSHIP_DATA_DIR": old}) == WARNING
    assert home_alias_warning({}) is None


def test_batch_records_go_to_the_same_folder(tmp_path):
    from agent.llm.backend import OpenAIBackend
    from agent.llm.batch import manifest_dir

    for env in ({"OWNERSHIP_HOME": str(tmp_path)}, {"OWNERSHIP_DATA_DIR": str(tmp_path)}):
        settings = load_settings({"OPENAI_API_KEY": "sk-test", **env})
        assert settings.home == tmp_path
        assert manifest_dir(OpenAIBackend(settings)) == tmp_path / "batches"
    assert load_settings({}).home == data_home({})


@pytest.fixture
def no_home(monkeypatch):
    monkeypatch.delenv("OWNERSHIP_HOME", raising=False)
    monkeypatch.delenv("OWNERSHIP_DATA_DIR", raising=False)
    monkeypatch.setattr("agent.cli.common._warned", [])


def test_the_alias_alone_still_works_with_one_line_of_warning(tmp_path, monkeypatch, no_home):
    monkeypatch.setenv("OWNERSHIP_DATA_DIR", str(tmp_path / "old"))
    result = CliRunner().invoke(main, ["sessions"])
    assert result.exit_code == 0
    assert result.stderr == WARNING + "\n"
    assert str(tmp_path / "old") in result.stdout


def test_no_warning_when_ownership_home_is_set(tmp_path, monkeypatch, no_home):
    monkeypatch.setenv("OWNERSHIP_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("OWNERSHIP_DATA_DIR", str(tmp_path / "old"))
    result = CliRunner().invoke(main, ["sessions"])
    assert result.exit_code == 0 and result.stderr == ""
    assert str(tmp_path / "home") in result.stdout and str(tmp_path / "old") not in result.stdout


def test_ownership_home_in_dotenv_names_the_folder_for_every_command(tmp_path, monkeypatch, no_home):
    import dotenv.main

    monkeypatch.setattr("dotenv.load_dotenv", dotenv.main.load_dotenv)  # the root conftest turns .env off
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text(f"OWNERSHIP_HOME={tmp_path / 'from-dotenv'}\n", encoding="utf-8")
    try:
        result = CliRunner().invoke(main, ["sessions"])
    finally:
        os.environ.pop("OWNERSHIP_HOME", None)  # load_dotenv set it outside monkeypatch's records
    assert result.exit_code == 0 and result.stderr == ""
    assert str(tmp_path / "from-dotenv") in result.stdout
