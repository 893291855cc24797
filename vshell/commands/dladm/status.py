"""libdladm's status words (dladm_status2str, illumos libdladm.c @0663b557; errors.md §1.2):
verified facts, keyed by the status names the model's errors carry."""
from __future__ import annotations

STATUS = {
    "OK": "ok", "FAILED": "operation failed", "NOTSUP": "operation not supported",
    "BADVAL": "invalid value", "EXIST": "object already exists", "PROPRDONLY": "read-only property",
    "DBNOTFOUND": "database not found", "IOERR": "I/O error", "TIMEDOUT": "operation timed out",
    "NOTCONN": "not connected", "MACADDRINVAL": "invalid MAC address",
    "INVALIDMACADDRLEN": "invalid MAC address length", "LINKBUSY": "link busy",
    "TRYAGAIN": "try again later", "BADTIMEVAL": "invalid time range",
    "INVALIDMACADDRNIC": "MAC address reserved for use by underlying data-link",
    "MACFACTORYSLOTINVALID": "invalid factory MAC address slot",
    "MACFACTORYSLOTALLUSED": "all factory MAC address slots are in use",
    "INVALIDMACPREFIX": "Invalid MAC address prefix value", "BADCPUID": "non-existent processor ID",
    "CPUNOTONLINE": "processor not online", "BADRANGE": "invalid range",
    "BADARG": "invalid argument", "TOOSMALL": "buffer size too small", "NOTFOUND": "object not found",
    "NOMEM": "insufficient memory", "LINKINVAL": "invalid link", "BADVALCNT": "invalid number of values",
    "DENIED": "permission denied", "TEMPONLY": "change cannot be persistent",
    "ISCONN": "already connected", "REPOSITORYINVAL": "invalid configuration repository",
    "KEYINVAL": "invalid key", "INVALIDMACADDRTYPE": "invalid MAC address type",
    "VIDINVAL": "invalid VLAN identifier", "NONOTIF": "link notification is not supported",
    "INVALIDMACADDR": "invalid MAC address value",
    "INVALIDMACADDRINUSE": "MAC address is already in use",
    "MACFACTORYSLOTUSED": "factory MAC address slot already used",
    "MACFACTORYNOTSUP": "factory MAC address slots not supported",
    "INVALIDMACPREFIXLEN": "Invalid MAC address prefix length",
    "CPUERR": "could not determine processor status", "TOOMANYELEMENTS": "too many elements specified",
    "BADPROP": "invalid property", "MINMAXBW": "minimum value for maxbw is 1200K",
    "PERMONLY": "change must be persistent", "OPTMISSING": "optional software not installed",
    "ADDRINUSE": "address already in use", "ADDRNOTAVAIL": "can't assign requested address",
    "INVALID_MTU": "MTU check failed, MTU outside of device's supported range",
    "BAD_ENCAP": "invalid encapsulation protocol", "POOLCPU": "pool and cpus property are mutually exclusive",
    "PERSIST_ON_TEMP": "can't create persistent object on top of temporary object",
    "INVALID_IP": "invalid IP address", "INVALID_PREFIXLEN": "invalid IP prefix length",
}


def words(code: str) -> str:
    return STATUS.get(code, "operation failed")
