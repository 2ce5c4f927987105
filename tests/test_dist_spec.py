"""Guards on qingdu.spec that fail in `make test`, long before a packaged build would crash on a user's machine."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "qingdu.spec"


def spec_list(name: str) -> list[str]:
    """A module-level list of string literals from the spec, read without running PyInstaller."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            value = ast.literal_eval(node.value)
            assert isinstance(value, list)
            return [str(item) for item in value]
    raise AssertionError(f"{name} not found in qingdu.spec")


def imported_modules(package: str) -> set[str]:
    """Every absolute module name imported anywhere in a package, top-level or inside functions."""
    names: set[str] = set()
    for path in (ROOT / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_the_spec_never_excludes_a_module_the_app_imports() -> None:
    excludes = spec_list("EXCLUDES")
    assert "PySide6.QtNetwork" in excludes  # the list is the real one, not an empty stand-in
    for package in ("reader", "ui"):
        used = imported_modules(package)
        clashes = sorted(
            name for name in used for excluded in excludes if name == excluded or name.startswith(excluded + ".")
        )
        assert not clashes, f"{package}/ imports modules qingdu.spec excludes from the bundle: {clashes}"


def test_the_entry_script_and_runtime_hook_the_spec_names_exist() -> None:
    text = SPEC.read_text(encoding="utf-8")
    for name in ("entry.py", "rthook_qt_paths.py", "rthook_multiprocessing.py"):
        assert f'"packaging" / "{name}"' in text
        assert (ROOT / "packaging" / name).is_file()
    assert '(str(ROOT / "resources"), "resources")' in text  # resources/ goes in as one whole tree


RUN_HOOK = """
import runpy, sys
sys.argv = sys.argv[1:]
runpy.run_path({hook!r})
loaded = "multiprocessing" in sys.modules
import multiprocessing
print(loaded, multiprocessing.freeze_support.__module__ == "<run_path>")
"""


@pytest.mark.parametrize(
    ("argv", "diverts"),
    [
        (["qingdu"], False),
        (["qingdu", "--smoke-test", "seeds"], False),
        (["qingdu", "extract", "-c", "x.html"], False),  # "-c" not followed by a multiprocessing command
        (["qingdu", "-B", "-s", "-c", "from multiprocessing.forkserver import main; main(3, 4, [], **{})"], True),
        (["qingdu", "-c", "from multiprocessing.resource_tracker import main;main(5)"], True),
        (["qingdu", "--multiprocessing-fork", "pipe_handle=7"], True),
    ],
)
def test_the_multiprocessing_hook_diverts_only_multiprocessing_helpers(argv: list[str], diverts: bool) -> None:
    """Only a helper's start loads multiprocessing and gets the diverting freeze_support; the app's start loads none."""
    hook = str(ROOT / "packaging" / "rthook_multiprocessing.py")
    probe = RUN_HOOK.format(hook=hook)
    done = subprocess.run([sys.executable, "-S", "-c", probe, *argv], capture_output=True, text=True, check=True)
    assert done.stdout.split() == [str(diverts), str(diverts)]
