"""The layers hold: each package imports only its own layer and those below it.

    core  ←  clusters  ←  alliance  ←  programmes  ←  clusterportal (the site)

The base (``core``) knows no app; ``clusters`` does not reach ``alliance`` or
``programmes``; ``alliance`` does not reach ``programmes``; no app imports the project
package. "Reach" counts an ``import`` statement, an import through a helper module
outside the layers (followed transitively), ``importlib.import_module("…")``, and naming
an upper app's model in a string (``"alliance.Association"``, ``get_model("alliance",
…)``), as lazy relations and the app registry do. Migrations and tests are not read.
"""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LAYERS = {"core": 0, "clusters": 1, "alliance": 2, "programmes": 3, "clusterportal": 4}
APPS = ("clusters", "alliance", "programmes")
MODEL_STRING = re.compile(rf"^({'|'.join(APPS)})\.[A-Z]\w*$")
SKIPPED_PARTS = {"migrations", "tests", ".venv", "var", "node_modules", "staticfiles"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def python_modules() -> dict[str, Path]:
    modules = {}
    for path in ROOT.rglob("*.py"):
        relative = path.relative_to(ROOT)
        if SKIPPED_PARTS & set(relative.parts) or relative.parts[0].startswith("."):
            continue
        modules[module_name(path)] = path
    return modules


def layer_of(module: str) -> int | None:
    return LAYERS.get(module.split(".")[0])


def references(path: Path) -> list[tuple[str, int, str]]:
    """(module or app label reached, line, how) for every reach in the file at ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module_name(path).rsplit(".", 1)[0] if path.name != "__init__.py" else ""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno, "import") for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative import: resolve against this module's package
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            found.append((base, node.lineno, "import"))
            found += [(f"{base}.{alias.name}", node.lineno, "import") for alias in node.names]
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if MODEL_STRING.match(node.value):
                found.append((node.value.split(".")[0], node.lineno, f"string {node.value!r}"))
        elif isinstance(node, ast.Call):
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            first = node.args[0] if node.args else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue
            if name in ("get_model", "get_app_config", "get_models"):
                found.append((first.value.split(".")[0], node.lineno, f"{name}({first.value!r})"))
            elif name == "import_module":
                found.append((first.value, node.lineno, f"import_module({first.value!r})"))
    return found


def violations() -> list[str]:
    modules = python_modules()
    reached = {name: references(path) for name, path in modules.items()}

    def first_party(target: str) -> str | None:
        """The first-party module ``target`` names (itself or its closest parent)."""
        parts = target.split(".")
        while parts:
            candidate = ".".join(parts)
            if candidate in modules:
                return candidate
            parts.pop()
        return None

    problems = []
    for name, path in modules.items():
        own = layer_of(name)
        if own is None:
            continue
        # Follow helper modules outside the layers; modules inside a layer are checked
        # on their own.
        stack = [(target, line, how, name) for target, line, how in reached[name]]
        seen = set()
        while stack:
            target, line, how, via = stack.pop()
            layer = layer_of(target)
            if layer is not None:
                if layer > own:
                    route = "" if via == name else f" through {via}"
                    problems.append(
                        f"{path.relative_to(ROOT)}:{line}: {name} reaches {target} ({how}){route}"
                    )
                continue
            helper = first_party(target)
            if helper is None or helper in seen:
                continue
            seen.add(helper)
            stack += [(t, line, h, helper) for t, _, h in reached[helper]]
    return sorted(problems)


def test_layers_depend_downward_only():
    assert violations() == []


def test_every_layer_is_read():
    """The test reads real code: each layer has modules, and the apps import the base."""
    modules = python_modules()
    for package in LAYERS:
        assert any(name.split(".")[0] == package for name in modules), package
    assert any(
        target.startswith("core") for target, _, _ in references(modules["clusters.models"])
    )


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from alliance.models import Association\n", "alliance.models"),
        ("import programmes.models\n", "programmes.models"),
        ('apps.get_model("programmes.Project")\n', "programmes"),
        ('apps.get_model("alliance", "Membership")\n', "alliance"),
        ('models.ForeignKey("alliance.Association", on_delete=None)\n', "alliance"),
        ('importlib.import_module("clusterportal.views")\n', "clusterportal.views"),
    ],
)
def test_each_kind_of_reach_is_seen(source, expected):
    path = ROOT / "clusters" / "_layer_probe.py"
    path.write_text(source, encoding="utf-8")
    try:
        assert expected in [target for target, _, _ in references(path)]
        assert any("_layer_probe" in problem for problem in violations())
    finally:
        path.unlink()


def test_a_helper_module_does_not_hide_a_reach():
    helper = ROOT / "_layer_helper_probe.py"
    user = ROOT / "core" / "_layer_probe.py"
    helper.write_text("from programmes.models import Project\n", encoding="utf-8")
    user.write_text("import _layer_helper_probe\n", encoding="utf-8")
    try:
        assert any(
            "core._layer_probe reaches programmes.models" in problem
            and "through _layer_helper_probe" in problem
            for problem in violations()
        )
    finally:
        helper.unlink()
        user.unlink()
