"""ldm's refusals for OpenBoot variables and SP configurations that no stored source shows: part
of the registry of unverified messages (vshell/messages.py merges them). Worded as ldm 3.x
words its known messages; the one verified text (an over-long configuration name) is not here
but in vshell/commands/ldm/spconfig.py with its source."""
from __future__ import annotations

from vshell.messages import Message

_WHY = "no published session or manual page shows this refusal (errors.md §7); worded after ldm's known messages"

LDM_CONFIG = [Message(f"ldm.{code}", text, why or _WHY) for code, text, why in [
    ("bad-variable-name", "Invalid variable name: {name}",
     "naming rule from the 3.6 Admin Guide 'Entering Names in the CLI'; the text is a guess"),
    ("variable-exists", "Variable {name} already exists in domain {domain}", ""),
    ("variable-not-found", "Variable {name} not found in domain {domain}", ""),
    ("spconfig-exists", "A configuration named {name} already exists", ""),
    ("spconfig-not-found", "Configuration {name} not found", ""),
    ("spconfig-factory-default", "The factory-default configuration cannot be removed", ""),
    ("spconfig-full", "The maximum number of configurations ({limit}) has been reached",
     "the limit of eight configurations on the SP is recalled, not found in a stored source"),
]]

BY_KEY = {m.key: m for m in LDM_CONFIG}
