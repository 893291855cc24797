"""ldm's words for a refused operation: the model raises a ModelError with a code, this module
says it as ldm does. Verified texts carry their source here; every guess is an entry of the
registry of unverified messages (vshell/messages.py, keys "ldm.<code>")."""
from __future__ import annotations

from vshell import messages
from vshell.model.units import M

DASHES = "-" * 78


def reconf_notice(rel, primary: str) -> str:
    """Printed by each change to a domain in delayed reconfiguration (ldm.md §3.4; the dashed
    frame as the published 3.x session shows it, errors.md §7)."""
    if rel.reconf_style == "ldom":
        return (f"Notice: LDom {primary} is in the process of a delayed\n"
                "reconfiguration. Any changes made to this LDom will only take\n"
                "effect after it reboots.\n")
    return (f"{DASHES}\nNotice: The {primary} domain is in the process of a delayed reconfiguration.\n"
            f"Any changes made to the {primary} domain will only take effect after it reboots.\n{DASHES}\n")


def reconf_started(rel, name: str) -> str:
    """`ldm start-reconf` and a change that starts a delayed reconfiguration (ldm.md §3.4 for
    primary, errors.md §7 for another root domain)."""
    if rel.reconf_style == "ldom":
        return (f"Initiating delayed reconfigure operation on LDom {name}. All\n"
                "configuration changes for other LDoms are disabled until the\n"
                "LDom reboots, at which time the new configuration for LDom\n"
                f"{name} will also take effect.\n")
    if name == "primary":
        return ("Initiating a delayed reconfiguration operation on the primary domain.\n"
                "All configuration changes for other domains are disabled until the\n"
                "primary domain reboots, at which time the new configuration for the\n"
                "primary domain also takes effect.\n")
    return (f"Initiating a delayed reconfiguration operation on the {name} domain.\n"
            f"All configuration changes for other domains are disabled until the {name}\n"
            f"domain reboots, at which time the new configuration for the {name} domain\n"
            "will also take effect.\n")


def _mb(n: int) -> str:
    return f"{n // M}MB"


def text(err, rel, command: str = "") -> str:
    """The whole text (with its newline) ldm prints for a refused operation."""
    code, info = err.code, dict(err.info)
    if code == "reconf-blocks-others":
        # Fujitsu SPARC M10 Domain Configuration Guide §3.2.11 (ldm 3.x): the notice, then
        # the refusal naming the domain the command was for
        return reconf_notice(rel, info["primary"]) + \
            f"Delayed reconfiguration of LDom {info['domain']} is not permitted\n"
    if code == "memory-unaligned" and info.get("align") == 256 * M:
        # errors.md §7: `ldm add-mem 200M ldom1` on an active domain (a published session)
        return "The size of memory must be a multiple of 256MB.\n"
    if code == "set-memory-unaligned-removal":
        # ldm.md §3.3 (a published session): ldm names itself by the short alias set-mem
        return (f"A ldm set-mem {info['size_text']} command would remove {_mb(info['removal'])}, which is not a\n"
                f"multiple of 256MB. Instead, run ldm set-mem {_mb(info['suggest'])[:-1]} {info['domain']}\n"
                "to ensure a 256MB alignment.\n")
    if code == "io-slot-dynamic":
        # errors.md §7: `ldm remove-io /SYS/MB/PCIE7 ldg1` on an active root domain (a published session)
        return ("Dynamic I/O operations on PCIe slots are not supported.\n"
                "Use start-reconf command to trigger delayed reconfiguration and make I/O\n"
                "changes statically.\n")
    if code == "auto-mac-failed":
        # ldm.md §3.6 ([AG13]): two spaces after the period
        return "Automatic MAC allocation failed.  Please set the vnet MAC address manually.\n"
    if code == "no-domain":
        return messages.text("ldm.domain-not-found", domain=info.get("domain", "")) + "\n"
    if code in _SIZED:
        for k in ("wanted", "free", "have", "size", "minimum", "align"):
            if isinstance(info.get(k), int):
                info[k] = _mb(info[k])
    if "prop" in info:
        info["prop"] = {"mac": "mac-addr"}.get(info["prop"], info["prop"])
    key = f"ldm.{code}"
    if key not in messages.UNVERIFIED:
        key = "ldm.refused"
        info = {"code": code}
    return messages.text(key, command=command, **info) + "\n"


# codes whose sizes are memory amounts (said in MB)
_SIZED = {"memory", "remove-too-much-memory", "memory-below-minimum", "memory-unaligned"}
