"""The zone tools' texts that no stored source shows as printed: part of the registry of
unverified messages (vshell/messages.py merges them). Keys start with "zonecfg.", "zoneadm.",
"zlogin." or "pkg." (the IPS client a zone install draws on)."""
from __future__ import annotations

from vshell.messages import Message

MESSAGES: list[Message] = [
    Message("zonecfg.name-in-use", "{zone}: Zone name already in use",
            "set zonename= to the name of another configured zone: zone_perror with Z_NAME_IN_USE "
            "(its zonecfg_strerror text is verified, the path that prints it is not)"),
    Message("zonecfg.unknown-brand", "{brand}: No such brand",
            "set brand= to a brand the release does not have; zonecfg.c's exact wording was not read"),
    Message("zonecfg.bad-mac", "{value}: invalid MAC address",
            "Oracle's anet mac-address check at set time; no capture or source (Oracle zonecfg is closed)"),
    Message("zonecfg.bad-boolean", "{prop} value must be 'true' or 'false'.",
            "modelled on autoboot's verified text; Oracle's anet boolean properties are closed source"),
    Message("zonecfg.anet-shared", "anet: anet cannot be specified for a shared IP type",
            "Oracle 11.x verify of an anet in a shared-IP zone; modelled on the net messages, not seen"),
    Message("zonecfg.scope-help",
            "The '{rt}' resource scope is used to configure {what}.\nValid commands:\n{props}",
            "Oracle 11.4 resource-scope help (anet, mac) is not published; the illumos header is reused"),
    Message("zoneadm.anet-failed", "failed to create vnic for {link}: {why}",
            "the format is Oracle Solaris 11 zoneadmd vplat.c's (research of the 2011 source); the status "
            "text after the colon is libdladm's dladm_status2str for the status our model returns, and "
            "which status a real vnet without alternate MAC addresses returns was never published"),
    Message("zoneadm.ip-failed", "{link}: could not set address {addr}: {why}",
            "zoneadmd's refusal of a shared-IP zone's address (vplat.c); the wording is guessed, the "
            "reason is the errno's strerror"),
    Message("zoneadm.already-halted", "zone is already halted",
            "zoneadmd's reply to halt of a zone that is not booted, from the source; no published session"),
    Message("zoneadm.already-booted", "zone is already booted",
            "zoneadmd's reply to boot of a running zone, from the source; no published session"),
    Message("zoneadm.link-busy", "WARNING: skipping network interface '{link}' which is used in the global zone.",
            "zoneadm verify's wording for an exclusive-IP link in use; zoneadmd's own boot-time refusal "
            "text was not read, so boot reports this and fails"),
    Message("zoneadm.no-link", "could not verify net physical={link}\n\tnetwork interface {link} does not exist",
            "zoneadm verify's `could not verify net physical=%s` form (source); the second line's "
            "wording for a missing link is guessed"),
    Message("pkg.try-help", "Try `pkg --help or -?' for more information.",
            "the 2010 pkg client.py's usage tail (OpenSolaris); its main() was not read, so which "
            "refusals (no subcommand, unknown subcommand) end with it is assumed"),
    Message("pkg.bad-format", "Unrecognized format {value}. Supported formats: {valid}",
            "pkg publisher -F with an unknown format: the 2010 client.py's words; the newer client "
            "refuses through options.py, whose text was not read"),
    Message("zlogin.fma-defects", "NOTE: system has {n} active defects; run 'fmadm list' for details.",
            "the login note for more than one active FMA defect: only the singular ('1 active defect') "
            "was published (solaris11/04); the plural form is guessed"),
]
