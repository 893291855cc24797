"""The tools of a Linux host (Oracle VM Server dom0): bridge-utils, net-tools, iproute2,
vconfig, ifenslave, and RHEL's network scripts, over vshell.model.netdevs."""
