"""The texts of route, netstat, arp, routeadm, svcs and svcadm that no stored source shows: part
of the registry of unverified messages (vshell/messages.py merges them)."""
from __future__ import annotations

from vshell.messages import Message

MESSAGES: list[Message] = [
    Message("netstat.usage-old",
            "usage: {cmd} [-anv] [-f address_family]\n"
            "       {cmd} [-n] [-f address_family] [-P protocol] [-g | -p | -s [interval [count]]]\n"
            "       {cmd} -m [-v] [interval [count]]\n"
            "       {cmd} -i [-I interface] [-an] [-f address_family] [interval [count]]\n"
            "       {cmd} -r [-anv] [-f address_family|filter]\n"
            "       {cmd} -M [-ns] [-f address_family]\n"
            "       {cmd} -D [-I interface] [-f address_family]",
            "netstat's usage before illumos added -u and -T (Solaris 10/11, OmniOS before 2020): "
            "the 2020 block (research-ip.md 2.1) without them; not read in an older netstat.c"),
    Message("arp.entry",
            "{host} ({addr}) at {mac}",
            "arp.c get()'s format; the MAC spelled by _link_ntoa without leading zeros is inferred "
            "(research-ip.md 3.2), not seen printed"),
    Message("arp.set-not-local",
            "{host}: No such device or address",
            "arp -s for an address on no local subnet: perror(host) is arp.c's; ENXIO as the "
            "kernel's answer is a guess"),
    Message("arp.denied",
            "{host}: Not owner",
            "arp -s/-d by an ordinary user: perror(host) with EPERM (Solaris strerror 'Not owner'); "
            "that the ioctl fails with EPERM is inferred, not seen"),
    Message("routeadm.denied",
            "routeadm: unexpected libscf error: Permission denied.",
            "routeadm -e/-d/-u by an ordinary user: the libscf failure path (research-ip.md 5.2) "
            "with scf_strerror(SCF_ERROR_PERMISSION_DENIED); not seen printed"),
    Message("svcadm.usage-modern",
            "Usage: svcadm [-v] [-Z | -z zone] [cmd [args ... ]]",
            "svcadm's usage on releases with zones support in SMF (Solaris 11, illumos): the 2005 "
            "svcadm.c text (research-ip.md 4.1) with [-Z | -z zone] added to its first line; the "
            "newer source was not read"),
    Message("svcs.usage-2008",
            "Usage: svcs [-aHpv] [-o col[,col ... ]] [-R restarter] [-sS col]\n"
            "            [<service> ...]\n"
            "       svcs -d | -D [-Hpv] [-o col[,col ... ]] [-sS col]\n"
            "            [<service> ...]\n"
            "       svcs -l <service> ...\n"
            "       svcs -x [-v] [<service> ...]\n"
            "       svcs -?",
            "svcs's usage before SMF knew zones (Solaris 10, Nevada 2008): the illumos text "
            "(research-ip.md 4.1) without the -Z/-z parts"),
    Message("svcadm.verbose-action",
            "Action {action} set for {fmri}.",
            "svcadm -v restart/refresh/clear: recalled from svcadm.c, not in the stored excerpt"),
    *[Message(f"routeadm.label-{var}", label,
              "routeadm's report label for a routing variable once -s sets it (ra_intloptname): "
              "recalled, the table of labels was not read")
      for var, label in (("ipv4-routing-daemon", "IPv4 routing daemon"),
                         ("ipv4-routing-daemon-args", "IPv4 routing daemon args"),
                         ("ipv4-routing-stop-cmd", "IPv4 routing daemon stop"),
                         ("ipv6-routing-daemon", "IPv6 routing daemon"),
                         ("ipv6-routing-daemon-args", "IPv6 routing daemon args"),
                         ("ipv6-routing-stop-cmd", "IPv6 routing daemon stop"))],
]
