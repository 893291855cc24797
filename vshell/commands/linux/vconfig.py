"""vconfig of the vlan package (Ben Greear's vconfig.c, the socket/SIOCSIFVLAN era RHEL5 ships):
add, rem, set_flag, set_egress_map, set_ingress_map, set_name_type, on the netdevs model.

Source: vconfig.c (usage text, `Expecting argc to be 3-5, inclusive.  Was: %d`, the
`-:%s:-` messages, the VLAN 1 warning, the /proc/net/vlan/config warning, exit statuses 1 and
5; an ioctl failure is printed and the status stays 0). The kernel answers: kernels before
2.6.22 returned EINVAL for every failed request (nettools_common.old_vlan_ioctl)."""
from __future__ import annotations

from vshell.commands.clib import atoi
from vshell.commands.linux.nettools_common import is_root, old_vlan_ioctl, strerror
from vshell.model.netdevs import NetError

USAGE = (
    "Usage: add             [interface-name] [vlan_id]\n"
    "       rem             [vlan-name]\n"
    "       set_flag        [interface-name] [flag-num]       [0 | 1]\n"
    "       set_egress_map  [vlan-name]      [skb_priority]   [vlan_qos]\n"
    "       set_ingress_map [vlan-name]      [skb_priority]   [vlan_qos]\n"
    "       set_name_type   [name-type]\n"
    "\n"
    "* The [interface-name] is the name of the ethernet card that hosts\n"
    "  the VLAN you are talking about.\n"
    "* The vlan_id is the identifier (0-4095) of the VLAN you are operating on.\n"
    "* skb_priority is the priority in the socket buffer (sk_buff).\n"
    "* vlan_qos is the 3 bit priority in the VLAN header\n"
    "* name-type:  VLAN_PLUS_VID (vlan0005), VLAN_PLUS_VID_NO_PAD (vlan5),\n"
    "              DEV_PLUS_VID (eth0.0005), DEV_PLUS_VID_NO_PAD (eth0.5)\n"
    "* bind-type:  PER_DEVICE  # Allows vlan 5 on eth0 and eth1 to be unique.\n"
    "              PER_KERNEL  # Forces vlan 5 to be unique across all devices.\n"
    "* FLAGS:  1 REORDER_HDR  When this is set, the VLAN device will move the\n"
    "            ethernet header around to make it look exactly like a real\n"
    "            ethernet device.  This may help programs such as DHCPd which\n"
    "            read the raw ethernet packet and make assumptions about the\n"
    "            location of bytes.  If you don't need it, don't turn it on, because\n"
    "            there will be at least a small performance degradation.  Default\n"
    "            is OFF.\n")

NAME_TYPES = ("VLAN_PLUS_VID", "VLAN_PLUS_VID_NO_PAD", "DEV_PLUS_VID", "DEV_PLUS_VID_NO_PAD")
DEFAULT_NAME_TYPE = "DEV_PLUS_VID_NO_PAD"      # the kernel's default (linux-obp.md §5)


def vlan_name(nd, lower: str, vid: int) -> str:
    kind = nd.vlan_name_type
    return {"VLAN_PLUS_VID": f"vlan{vid:04d}", "VLAN_PLUS_VID_NO_PAD": f"vlan{vid}",
            "DEV_PLUS_VID": f"{lower}.{vid:04d}", "DEV_PLUS_VID_NO_PAD": f"{lower}.{vid}"}[kind]


def main(ctx) -> int:
    nd = ctx.host.netdevs
    argv = ctx.argv
    argc = len(argv)
    if argc < 3 or argc > 5:
        ctx.out(f"Expecting argc to be 3-5, inclusive.  Was: {argc}\n" + USAGE)
        return 1
    cmd = argv[1]
    lcmd = cmd.lower()
    name_type = None
    if lcmd == "set_name_type":
        name_type = next((t for t in NAME_TYPES if t.lower() == argv[2].lower()), None)
        if name_type is None:
            ctx.err("Invalid name type.\n")
            ctx.out(USAGE)
            return 1
        if_name = ""
    else:
        if_name = argv[2]
        if len(if_name) > 15:
            ctx.err("ERROR:  if_name must be 15 characters or less.\n")
            return 1
    vid = atoi(argv[3]) & 0xFFFFFFFF if argc == 4 else 0
    flag = atoi(argv[3]) if argc == 5 else 0
    if not nd.vlan_loaded:
        ctx.err("WARNING:  Could not open /proc/net/vlan/config.  Maybe you need to load the "
                "8021q module, or maybe you are not using PROCFS??\n")
    nd.vlan_loaded = True                   # the SIOCSIFVLAN request loads 8021q
    old = old_vlan_ioctl(ctx)

    def errno(e: str) -> str:
        return strerror("EINVAL" if old and e != "EPERM" else e)

    def vlan_dev(name: str) -> str | None:
        """The refusal for a request on a VLAN device by name, or None."""
        if not is_root(ctx):
            return "EPERM"
        dev = nd.devs.get(name)
        if dev is None:
            return "ENODEV"
        if dev.kind != "vlan":
            return "EINVAL"
        return None

    if lcmd == "add":
        code = None
        if not is_root(ctx):
            code = "EPERM"
        elif if_name not in nd.devs:
            code = "ENODEV"
        elif vid >= 4095:
            code = "ERANGE"
        else:
            try:
                nd.add_vlan(if_name, vid, vlan_name(nd, if_name, vid))
            except NetError as e:
                code = e.code
        if code:
            ctx.err(f"ERROR: trying to add VLAN #{vid} to IF -:{if_name}:-  error: {errno(code)}\n")
            return 0
        ctx.out(f"Added VLAN with VID == {vid} to IF -:{if_name}:-\n")
        if vid == 1:
            ctx.out("WARNING:  VLAN 1 does not work with many switches,\n"
                    "consider another number if you have problems.\n")
        return 0
    if lcmd == "rem":
        code = vlan_dev(if_name)
        if code is None:
            try:
                nd.delete(if_name)
            except NetError as e:
                code = e.code
        if code:
            ctx.err(f"ERROR: trying to remove VLAN -:{if_name}:- error: {errno(code)}\n")
            return 0
        ctx.out(f"Removed VLAN -:{if_name}:-\n")
        return 0
    if lcmd in ("set_egress_map", "set_ingress_map", "set_flag"):
        code = vlan_dev(if_name)
        if code is None and lcmd == "set_flag" and flag != 1:
            code = "EINVAL"                 # REORDER_HDR (1) is the only flag of these kernels
        what = {"set_egress_map": "egress map", "set_ingress_map": "ingress map",
                "set_flag": "flag"}[lcmd]
        if code:
            ctx.err(f"ERROR: trying to set {what} on device -:{if_name}:- error: {errno(code)}\n")
            return 0
        done = {"set_egress_map": "Set egress mapping", "set_ingress_map": "Set ingress mapping",
                "set_flag": "Set flag"}[lcmd]
        ctx.out(f"{done} on device -:{if_name}:- Should be visible in /proc/net/vlan/{if_name}\n")
        return 0
    if lcmd == "set_name_type":
        if not is_root(ctx):
            ctx.err("ERROR: trying to set name type for VLAN subsystem, error: "
                    f"{strerror('EPERM')}\n")
            return 0
        nd.vlan_name_type = name_type
        ctx.out("Set name-type for VLAN subsystem. Should be visible in /proc/net/vlan/config\n")
        return 0
    ctx.err(f"Unknown command -:{cmd}:-\n")
    ctx.out(USAGE)
    return 5
