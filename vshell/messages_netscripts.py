"""The network scripts' texts no stored source shows: part of the registry of unverified
messages (vshell/messages.py merges them)."""
from __future__ import annotations

from vshell.messages import Message

MESSAGES: list[Message] = [
    Message("netscripts.sysfs-write",
            "/etc/sysconfig/network-scripts/ifup-eth: line 102: echo: write error: {reason}",
            "ifup-eth writes each BONDING_OPTS value with an unredirected echo (initscripts 9.03, "
            "research-initscripts.md 4); bash's words for a refused write are real, the line "
            "number is a guess"),
    Message("netscripts.source-eof",
            "{path}: line {line}: unexpected EOF while looking for matching `\"'",
            "an ifcfg file with an unclosed quote, as bash sourcing it reports; the quote "
            "character and the missing second line are not modelled"),
    Message("netscripts.kernel",
            "RTNETLINK answers: {reason}",
            "an ip(8) call inside ifup-eth refused by the kernel: iproute2's prefix; which call "
            "fails is not modelled"),
    Message("netscripts.service-usage",
            "Usage: service < option > | --status-all | [ service_name [ command | --full-restart ] ]",
            "RHEL5/6 /sbin/service's usage, from memory; not read in the initscripts source"),
    Message("netscripts.modprobe-denied",
            "FATAL: Error inserting {module}: Operation not permitted",
            "modprobe by an ordinary user: module-init-tools' words name the module's .ko path "
            "as well, which vshell does not model"),
    Message("netscripts.modprobe-usage",
            "Usage: modprobe [-v] [-V] [-C config-file] [-n] [-i] [-q] [-b] [-o <modname>] "
            "[ --dump-modversions ] <modname> [parameters...]\n"
            "modprobe -r [-n] [-i] [-v] <modulename> ...\n"
            "modprobe -l -t <dirname> [ -a <modulename> ...]",
            "module-init-tools 3.3 (RHEL5) modprobe usage, from memory"),
]
