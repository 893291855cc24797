"""ldm's refusals for physical I/O (add-io, remove-io, set-io, list-io) that no stored source
shows: part of the registry of unverified messages (vshell/messages.py merges them). Worded as
ldm 3.x words its known messages. The one verified refusal (a slot of an active root domain,
errors.md §7) is in vshell/commands/ldm/refusals.py with its source."""
from __future__ import annotations

from vshell.messages import Message

_WHY = "no published session or manual page shows this refusal (errors.md §7); worded after ldm's known messages"

LDM_IO = [Message(f"ldm.{code}", text, why or _WHY) for code, text, why in [
    ("io-not-found", "Invalid I/O device: {name}", ""),
    ("io-not-assigned", "I/O device {name} is not assigned to domain {domain}", ""),
    ("io-in-use", "I/O device {name} is already assigned to domain {domain}", ""),
    ("io-boot-device", "I/O device {name} holds the boot disk of domain {domain} and cannot be removed",
     "vshell's rule (the boot bus: `boot = true` or the onboard SAS entry in state/platforms.toml); "
     "ldm's own check and words were not found"),
    ("io-bus-has-slots", "Bus {name} cannot be removed: its device {slot} is assigned to domain {domain}", ""),
    ("io-iov-off", "I/O virtualization is not enabled on bus {bus}; use ldm set-io iov=on {bus}",
     "the Admin Guide says direct I/O needs iov=on on the bus (diohwswreqts.html); the refusal's words are a guess"),
    ("io-bus-dynamic",
     "Dynamic I/O operations on PCIe buses are not supported.\n"
     "Use start-reconf command to trigger delayed reconfiguration and make I/O\n"
     "changes statically.",
     "patterned on the verified refusal for a PCIe slot of an active root domain (errors.md §7); "
     "the bus form was not found"),
]]

BY_KEY = {m.key: m for m in LDM_IO}
