"""ifconfig's texts that no stored source shows byte for byte: part of the registry of
unverified messages (vshell/messages.py merges them). Keys start with "ifconfig."."""
from __future__ import annotations

from vshell.messages import Message

MESSAGES: list[Message] = [
    Message("ifconfig.create-failed", "ifconfig: could not create address: {status}",
            "ifconfig.c prints \"could not create address:% s\"; whether libc's printf prints "
            "the space for a string conversion is not settled (errors.md §3 says treat it as printed)"),
    Message("ifconfig.plumb-no-link", "Could not open DLPI link",
            "libipadm's status when plumbing a name no datalink has (i_ipadm_plumb_if's "
            "dlpi_open failure, IPADM_DLPI_FAILURE): recalled, not traced in a stored source"),
    Message("ifconfig.plumb-no-link-ioctl", "ifconfig: cannot open link \"{name}\": DLPI link does not exist",
            "the pre-libipadm ifconfig (2008, Solaris 10) plumbing a missing link: Perrdlpi's "
            "format with dlpi_strerror(DLPI_ENOLINK); recalled"),
    Message("ifconfig.plumb-exists-ioctl", "ifconfig: SIOCSLIFNAME for ip: {name}: already exists",
            "the pre-libipadm ifconfig plumbing an interface twice; recalled from Solaris 10 sessions"),
    Message("ifconfig.plumb-denied", "Insufficient user authorizations",
            "libipadm's status for plumbing without privileges (IPADM_EAUTH); not traced"),
    Message("ifconfig.removeif-missing", "ifconfig: removeif: SIOCLIFREMOVEIF: {name}: Cannot assign requested address",
            "ifconfig.c removeif() of an address the interface does not have: Perror0 of "
            "SIOCLIFREMOVEIF; that the kernel answers EADDRNOTAVAIL is inferred"),
    Message("ifconfig.dhcp-timeout", "ifconfig: {name}: wait timed out, operation still pending...",
            "setifdhcp() prints dhcp_ipc_strerror(DHCP_IPC_E_TIMEOUT); the libdhcpagent text is recalled. "
            "Exit 4 (DHCP_EXIT_TIMEOUT, recalled) after the wait (30 s unless `wait` says, ifconfig(1M))"),
    Message("ifconfig.dhcp-unknown-if", "ifconfig: {name}: interface does not exist or cannot be managed using DHCP",
            "dhcp_ipc_strerror(DHCP_IPC_E_UNKIF), recalled. Exit 2 (DHCP_EXIT_FAILURE, recalled)"),
    Message("ifconfig.dhcp-running", "ifconfig: {name}: DHCP is already running",
            "dhcp_ipc_strerror(DHCP_IPC_E_RUNNING), recalled"),
    Message("ifconfig.dhcp-not-controlled", "ifconfig: {name}: interface not under DHCP control",
            "dhcp_ipc_strerror for release/drop of an interface dhcpagent does not manage; recalled"),
]
