"""dladm's texts for overlay that no stored source shows: part of the registry of unverified
messages (vshell/messages.py merges them). Keys start with "dladm."."""
from __future__ import annotations

from vshell.messages import Message

MESSAGES: list[Message] = [
    Message("dladm.overlay-varpd-props-gone",
            "failed to get varpd props for overlay {overlay}, varpd id 0: ok",
            "libdloverlay.c: after OVERLAY_IOC_ACTIVATE fails, the varpd instance is destroyed "
            "before dladm_overlay_walk_prop lists unset properties, so its walk of varpd "
            "properties fails and appends this line (printing the status of an earlier, "
            "successful call); that the destroyed instance reads as id 0 is derived, not seen"),
    Message("dladm.overlay-strerror-unknown", "Unknown error",
            "varpd's files plugin returns nvlist_parse_json's -1 for a file that is not JSON; "
            "strerror(-1) on illumos is recalled as this text"),
    Message("dladm.overlay-modify-segv", "Segmentation Fault (core dumped)",
            "dladm.c do_modify_overlay writes through strchr()'s NULL when -s has no '='; what "
            "bash prints for the signal (illumos strsignal wording) is recalled. Exit 139"),
    Message("dladm.overlay-drop-destination", ":::0",
            "show-overlay -t of an entry set to drop: print_overlay_targ_cb prints the zero "
            "address and port of an entry without a destination (derived from the source, "
            "never seen)"),
]
