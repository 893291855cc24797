"""Link properties: set-, reset- and show-linkprop, and the check of -p properties given at
creation (create-vnic -p)."""
from __future__ import annotations

from vshell.commands import not_simulated
from vshell.commands.dladm.common import Env


def check_for_create(env: Env, cls: str, props: dict[str, str]) -> dict[str, str]:
    """The properties as they will be stored (names and values checked)."""
    return dict(props)


def set_linkprop(env: Env) -> int:
    return not_simulated(env.ctx, "dladm set-linkprop")


def reset_linkprop(env: Env) -> int:
    return not_simulated(env.ctx, "dladm reset-linkprop")


def show_linkprop(env: Env) -> int:
    return not_simulated(env.ctx, "dladm show-linkprop")
