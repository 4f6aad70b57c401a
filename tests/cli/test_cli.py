"""The command line in-process: every command, its exit codes and its messages."""

from __future__ import annotations

import json
import os
import sys
import types
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, NoReturn

import pytest

from cjdesigner import __version__, storage
from cjdesigner.cli import main
from cjdesigner.model import Language, Touchpoint
from cjdesigner.storage import load_map, save_map
from cjdesigner.templates import build_map

CliRunner = Callable[..., Any]  # the ``cli`` fixture of conftest.py


@pytest.fixture
def editor_calls(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """Replace ``cjdesigner.editor.app`` with a fake whose ``run`` records its argument."""
    calls: list[str | None] = []

    def run(path: str | None) -> int:
        calls.append(path)
        return 0

    fake = types.ModuleType("cjdesigner.editor.app")
    fake.run = run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "cjdesigner.editor.app", fake)
    return calls


# -- top level --------------------------------------------------------------------------------


def test_version(cli: CliRunner) -> None:
    result = cli("--version")
    assert result.code == 0
    assert result.out.strip() == f"cjdesigner {__version__}"


def test_version_alone_builds_no_parser_and_says_what_argparse_says(
    cli: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    main_module = sys.modules["cjdesigner.cli.main"]
    with_parser = cli("--version", "--self-test")  # argparse's version action, then exit
    assert with_parser.code == 0

    def no_parser(wanted: str | None = None) -> NoReturn:
        raise AssertionError("the parser was built")

    monkeypatch.setattr(main_module, "_build", no_parser)
    alone = cli("--version")
    assert alone.code == 0
    assert alone.out == with_parser.out == f"cjdesigner {__version__}\n"


@pytest.mark.parametrize("command", [[], ["new"], ["templates"], ["validate"], ["info"]])
def test_help_of_every_command(cli: CliRunner, command: list[str]) -> None:
    result = cli(*command, "--help")
    assert result.code == 0
    assert "usage: cjdesigner" in result.out


def test_a_command_builds_only_the_sub_parsers_up_to_its_own() -> None:
    from cjdesigner.cli.main import _build

    everything = _build()[1]
    assert {"new", "validate", "info", "analyze", "export", "import"} <= set(everything)
    assert _build("not-a-command")[1] == everything  # a file name or a slip: every command
    only = _build("validate")[1]
    assert "validate" in only
    assert "export" not in only
    assert _build("import")[1] == everything  # the last module's command: all of them


def test_no_command_has_a_dot_or_a_slash_in_its_name() -> None:
    """So an existing ``map.cjm`` or ``maps/x`` opens in the editor before any parser is built."""
    from cjdesigner.cli.main import _build

    assert [c for c in _build()[1] if "." in c or "/" in c or os.sep in c] == []


def test_an_existing_map_file_opens_without_building_the_parser(
    cli: CliRunner,
    editor_calls: list[str | None],
    map_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_parser(wanted: str | None = None) -> NoReturn:
        raise AssertionError("the parser was built")

    monkeypatch.setattr(sys.modules["cjdesigner.cli.main"], "_build", no_parser)
    assert cli(map_file).code == 0
    assert editor_calls == [str(map_file)]


def test_no_arguments_opens_the_editor_on_a_new_map(
    cli: CliRunner, editor_calls: list[str | None]
) -> None:
    assert cli().code == 0
    assert editor_calls == [None]


def test_a_file_argument_opens_it_in_the_editor(
    cli: CliRunner, editor_calls: list[str | None], map_file: Path
) -> None:
    assert cli(map_file).code == 0
    assert cli("--", map_file).code == 0
    assert editor_calls == [str(map_file), str(map_file)]


def test_a_new_file_name_goes_to_the_editor_as_it_is(
    cli: CliRunner, editor_calls: list[str | None], tmp_path: Path
) -> None:
    path = tmp_path / "nowa mapa.cjm"
    assert cli(path).code == 0
    assert editor_calls == [str(path)]
    assert not path.exists()  # the editor decides what to do with it


def test_the_editors_exit_code_is_passed_on(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = types.ModuleType("cjdesigner.editor.app")
    fake.run = lambda path: 3  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "cjdesigner.editor.app", fake)
    assert main([]) == 3


def test_a_folder_is_not_opened_in_the_editor(
    cli: CliRunner, editor_calls: list[str | None], tmp_path: Path
) -> None:
    result = cli(tmp_path)
    assert result.code == 1
    assert "is a folder" in result.err
    assert editor_calls == []


def test_editor_that_cannot_be_imported_gives_a_message(
    cli: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    main_module = sys.modules["cjdesigner.cli.main"]
    monkeypatch.setattr(main_module, "EDITOR_MODULE", "cjdesigner.editor.no_such_module")
    result = cli()
    assert result.code == 1
    assert "the editor cannot start" in result.err


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--frobnicate"], "unrecognized arguments"),
        (["templats"], "did you mean 'templates'?"),
        (["valdate", "x.cjm"], "is not a command"),
        (["new"], "the following arguments are required: -o/--output"),
        (["new", "-o", "x.cjm", "--template", "journey"], "invalid choice: 'journey'"),
        (["new", "-o", "x.cjm", "--lang", "de"], "invalid choice: 'de'"),
        (["new", "-o", "x.cjm", "--colour", "red"], "unrecognized arguments: --colour"),
        (["info"], "the following arguments are required: FILE"),
        (["info", "a.cjm", "b.cjm"], "unrecognized arguments: b.cjm"),
        (["validate"], "the following arguments are required: FILE"),
        (["templates", "--lang", "pl"], "unrecognized arguments"),
    ],
)
def test_wrong_usage_exits_2(
    cli: CliRunner,
    editor_calls: list[str | None],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    expected: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    result = cli(*args)
    assert result.code == 2
    assert expected in result.err
    assert result.out == ""
    assert editor_calls == []
    assert list(tmp_path.iterdir()) == []  # nothing was written


# -- new --------------------------------------------------------------------------------------


def test_new_writes_the_blank_5a_template_by_default(cli: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "mapa.cjm"
    before = datetime.now(UTC).replace(microsecond=0)
    result = cli("new", "-o", path)
    assert result.code == 0, result.err
    assert "Created" in result.out and str(path) in result.out
    m = load_map(path).map
    assert [s.name for s in m.stages] == ["Awareness", "Appeal", "Ask", "Act", "Advocate"]
    assert len(m.personas) == 1 and m.touchpoints == []
    assert m.info.language == Language.EN
    assert m.info.created == m.info.modified
    assert before <= m.info.created <= datetime.now(UTC) + timedelta(seconds=1)


def test_new_with_template_language_title_client_author(cli: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "abonament.cjm"
    result = cli(
        "new",
        "--output",
        path,
        "--template",
        "lifecycle",
        "--lang",
        "ro",
        "--title",
        "  Abonament mobil — atelier  ",
        "--client",
        "Telecom Nord SRL",
        "--author",
        "Ioana Mureșan",
    )
    assert result.code == 0, result.err
    m = load_map(path).map
    assert m.info.title == "Abonament mobil — atelier"
    assert m.info.client == "Telecom Nord SRL"
    assert m.info.author == "Ioana Mureșan"
    assert m.info.language == Language.RO
    assert m.stages[0].name == "Interes"
    assert m.channel("social").name == "Rețele sociale"
    assert result.err == ""


def test_new_never_overwrites_without_force(cli: CliRunner, map_file: Path) -> None:
    original = map_file.read_bytes()
    result = cli("new", "-o", map_file)
    assert result.code == 1
    assert "already exists" in result.err and "--force" in result.err
    assert map_file.read_bytes() == original


def test_new_with_force_replaces_and_keeps_a_backup(cli: CliRunner, map_file: Path) -> None:
    original = map_file.read_bytes()
    result = cli("new", "-o", map_file, "--template", "decision", "--force")
    assert result.code == 0, result.err
    assert len(load_map(map_file).map.stages) == 4
    assert storage.backup_path_for(map_file).read_bytes() == original


def test_new_into_a_missing_folder(cli: CliRunner, tmp_path: Path) -> None:
    result = cli("new", "-o", tmp_path / "nowhere" / "map.cjm")
    assert result.code == 1
    assert "the folder does not exist" in result.err
    assert not (tmp_path / "nowhere").exists()


def test_new_under_a_file_instead_of_a_folder(cli: CliRunner, map_file: Path) -> None:
    result = cli("new", "-o", map_file / "map.cjm")
    assert result.code == 1
    assert "not a folder" in result.err


def test_new_onto_a_folder_even_with_force(cli: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "maps").mkdir()
    result = cli("new", "-o", tmp_path / "maps", "--force")
    assert result.code == 1
    assert "is a folder" in result.err
    assert (tmp_path / "maps").is_dir()


def test_new_into_an_unwritable_folder(
    cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):
            # Running as root: permissions do not stop us, so the OS refusal is simulated at the
            # one system call that creates the file, the way a read-only share refuses it.
            real_open = os.open

            def refusing_open(path: str | os.PathLike[str], *args: object, **kw: object) -> int:
                if Path(path).parent == folder:
                    raise PermissionError(13, "Permission denied", str(path))
                return real_open(path, *args, **kw)  # type: ignore[arg-type]

            monkeypatch.setattr(os, "open", refusing_open)
        result = cli("new", "-o", folder / "map.cjm")
    finally:
        folder.chmod(0o755)
    assert result.code == 1
    assert "Cannot save" in result.err and "permission denied" in result.err
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize(
    ("option", "value", "expected"),
    [
        ("--title", "   ", "the title must not be empty"),
        ("--client", "x" * 201, "--client:"),
        ("--author", "y" * 500, "--author:"),
    ],
)
def test_new_rejects_bad_metadata(
    cli: CliRunner, tmp_path: Path, option: str, value: str, expected: str
) -> None:
    path = tmp_path / "map.cjm"
    result = cli("new", "-o", path, option, value)
    assert result.code == 1
    assert expected in result.err
    assert not path.exists()


def test_new_too_long_title(cli: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "map.cjm"
    result = cli("new", "-o", path, "--title", "T" * 300)
    assert result.code == 1
    assert result.err == "cjdesigner: --title: String should have at most 200 characters.\n"
    assert not path.exists()


def test_new_warns_about_cedilla_letters_in_the_title(cli: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "harta.cjm"
    result = cli("new", "-o", path, "--lang", "ro", "--title", "Călătoria clientului (ţara)")
    assert result.code == 0
    assert "map.info.title" in result.err and "comma below" in result.err
    assert load_map(path).map.info.title == "Călătoria clientului (ţara)"  # never changed


# -- templates --------------------------------------------------------------------------------


def test_templates_lists_names_languages_and_titles(cli: CliRunner) -> None:
    result = cli("templates")
    assert result.code == 0
    for text in (
        "blank-5a (default)",
        "lifecycle",
        "decision",
        "en, pl, ro",
        "Pusta mapa ścieżki klienta (5A)",
        "Harta ciclului de viață al clientului",
        "Purchase decision map",
    ):
        assert text in result.out


def test_templates_json(cli: CliRunner) -> None:
    result = cli("templates", "--json")
    assert result.code == 0
    listing = json.loads(result.out)["templates"]
    assert [t["name"] for t in listing] == ["blank-5a", "lifecycle", "decision"]
    assert listing[2]["stages"] == 4
    assert listing[0]["titles"]["pl"] == "Pusta mapa ścieżki klienta (5A)"


# -- validate ---------------------------------------------------------------------------------


def test_validate_a_valid_file(cli: CliRunner, map_file: Path) -> None:
    result = cli("validate", map_file)
    assert result.code == 0
    assert "valid" in result.out and str(map_file) in result.out
    assert result.err == ""


def test_validate_reports_every_bad_file_and_goes_on(
    cli: CliRunner, map_file: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.cjm"
    broken.write_text('{"format": "cjdesigner.journey-map", "format_version": 1, "map": {', "utf-8")
    wrong = tmp_path / "wrong.cjm"
    data = json.loads(map_file.read_text("utf-8"))
    data["map"]["touchpoints"][2]["emotion"] = 7
    wrong.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    result = cli("validate", broken, map_file, wrong, tmp_path / "missing.cjm", tmp_path)
    assert result.code == 1
    assert "broken.cjm" in result.err and "line" in result.err
    assert "wrong.cjm" in result.err and "emotion" in result.err
    assert "missing.cjm" in result.err
    assert "folder" in result.err
    assert str(map_file) in result.out and "valid" in result.out


def test_validate_points_out_cedilla_letters_without_failing(
    cli: CliRunner, tmp_path: Path
) -> None:
    m = build_map("blank-5a", "ro")
    m.personas[0].name = "Ştefan"
    path = tmp_path / "ro.cjm"
    save_map(m, path)
    result = cli("validate", path)
    assert result.code == 0
    assert "warning" in result.err and "map.personas[0].name" in result.err


# -- info -------------------------------------------------------------------------------------


def test_info_text(cli: CliRunner, map_file: Path) -> None:
    result = cli("info", map_file)
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0] == "Zakup roweru — warsztat"
    table = {line.split()[0]: line.split()[-1] for line in lines[1:]}
    assert table == {
        "language": "pl",
        "stages": "5",
        "personas": "1",
        "touchpoints": "4",
        "positive": "2",
        "neutral": "1",
        "negative": "1",
        "connections": "2",
    }


def test_info_json(cli: CliRunner, map_file: Path) -> None:
    result = cli("info", map_file, "--json")
    assert result.code == 0
    summary = json.loads(result.out)
    assert summary == {
        "title": "Zakup roweru — warsztat",
        "language": "pl",
        "stages": 5,
        "personas": 1,
        "touchpoints": 4,
        "connections": 2,
        "sentiment": {"positive": 2, "neutral": 1, "negative": 1},
    }


def test_info_counts_an_empty_sentiment_as_zero(cli: CliRunner, tmp_path: Path) -> None:
    m = build_map("decision", "en")
    m.touchpoints.append(
        Touchpoint(stage_id=m.stages[0].id, persona_id=m.personas[0].id, title="Ad", channel="app")
    )
    path = tmp_path / "one.cjm"
    save_map(m, path)
    summary = json.loads(cli("info", "--json", path).out)
    assert summary["sentiment"] == {"positive": 0, "neutral": 1, "negative": 0}


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "does not exist"),
        (b"", "empty"),
        (b"\x00\x01\x02binary\xff", "binary"),
        (b"not json at all", "not a cjdesigner map"),
        (b'{"format": "cjdesigner.journey-map", "format_version": 99, "map": {}}', "newer"),
    ],
)
def test_info_on_bad_input(
    cli: CliRunner, tmp_path: Path, content: bytes | None, expected: str
) -> None:
    path = tmp_path / "bad.cjm"
    if content is not None:
        path.write_bytes(content)
    result = cli("info", path)
    assert result.code == 1
    assert "bad.cjm" in result.err and expected in result.err
    assert result.out == ""


def test_info_on_a_folder(cli: CliRunner, tmp_path: Path) -> None:
    result = cli("info", tmp_path, "--json")
    assert result.code == 1
    assert "folder" in result.err
    assert result.out == ""


# -- errors that reach main -------------------------------------------------------------------


def test_operating_system_errors_become_one_line(
    cli: CliRunner, monkeypatch: pytest.MonkeyPatch, map_file: Path
) -> None:
    def refuse(path: object) -> object:
        raise PermissionError(13, "Permission denied", "secret.cjm")

    monkeypatch.setattr(storage, "load_map", refuse)
    result = cli("info", map_file)
    assert result.code == 1
    assert result.err == "cjdesigner: “secret.cjm”: Permission denied.\n"


def test_unexpected_errors_are_one_line_unless_debugging(
    cli: CliRunner, monkeypatch: pytest.MonkeyPatch, map_file: Path
) -> None:
    def crash(path: object) -> object:
        raise RuntimeError("something broke")

    monkeypatch.setattr(storage, "load_map", crash)
    monkeypatch.delenv("CJDESIGNER_DEBUG", raising=False)
    result = cli("info", map_file)
    assert result.code == 1
    assert "unexpected error happened while" in result.err and "RuntimeError" in result.err
    assert "CJDESIGNER_DEBUG" in result.err
    monkeypatch.setenv("CJDESIGNER_DEBUG", "1")
    with pytest.raises(RuntimeError, match="something broke"):
        main(["info", str(map_file)])


def test_interrupt_exits_130(
    cli: CliRunner, monkeypatch: pytest.MonkeyPatch, map_file: Path
) -> None:
    def interrupted(path: object) -> object:
        raise KeyboardInterrupt

    monkeypatch.setattr(storage, "load_map", interrupted)
    result = cli("validate", map_file)
    assert result.code == 130
    assert "interrupted" in result.err


def test_a_closed_pipe_ends_quietly(
    cli: CliRunner, monkeypatch: pytest.MonkeyPatch, map_file: Path
) -> None:
    def reader_left(path: object) -> object:
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(storage, "load_map", reader_left)
    result = cli("info", map_file)
    assert result.code == 1
    assert result.err == ""


def test_main_dispatches_to_the_real_editor_module(
    cli: CliRunner, monkeypatch: pytest.MonkeyPatch, map_file: Path
) -> None:
    """The contract with the editor: ``cjdesigner.editor.app.run(path: str | None,
    language: str | None = None) -> int`` (``language`` only from ``--lang``)."""
    import importlib
    import inspect

    app = importlib.import_module("cjdesigner.editor.app")
    assert list(inspect.signature(app.run).parameters) == ["path", "language"]
    calls: list[tuple[str | None, ...]] = []
    monkeypatch.setattr(app, "run", lambda path, *language: calls.append((path, *language)) or 0)
    assert cli(map_file).code == 0
    assert cli().code == 0
    assert cli("--lang", "pl", map_file).code == 0
    assert calls == [(str(map_file),), (None,), (str(map_file), "pl")]
