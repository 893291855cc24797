"""reboot, init 6 and shutdown -i6: the host's OS restarts. On a control domain that is what
makes a delayed reconfiguration take effect (ldm.md §3.4: "...until the primary domain
reboots"). A session that came in by ssh loses its connection, as on a real machine; the
shell a person sits at directly comes back logged in after the boot, with the clock moved on
by the boot's length."""
from __future__ import annotations

from vshell import messages
from vshell.commands import not_simulated

BOOT_SECONDS = (90, 240)        # how long a reboot takes on the virtual clock  # unverified range


def reboot(ctx) -> int:
    if ctx.user.uid != 0:
        ctx.err(messages.text("shell.reboot-not-root", cmd=ctx.argv[0]) + "\n")
        return 1
    return _restart(ctx)


def init(ctx) -> int:
    args = ctx.argv[1:]
    if args not in (["6"], ["5"], ["0"]):
        return _usage_init(ctx)
    if ctx.user.uid != 0:
        ctx.err(messages.text("shell.reboot-not-root", cmd="init") + "\n")
        return 1
    if args != ["6"]:
        return not_simulated(ctx, f"init {args[0]} (powering off)")
    return _restart(ctx)


def shutdown(ctx) -> int:
    args = ctx.argv[1:]
    state = "s"
    for a in args:
        if a.startswith("-i"):
            state = a[2:]
    if state != "6":
        return not_simulated(ctx, f"shutdown -i{state} (only -i6, reboot, is)")
    if ctx.user.uid != 0:
        ctx.err(messages.text("shell.reboot-not-root", cmd="shutdown") + "\n")
        return 1
    when = ctx.world.clock.datetime().strftime("%a %b %e %H:%M:%S %Z %Y")
    ctx.out(messages.text("shell.shutdown-started", date=when, host=ctx.host.name) + "\n")
    return _restart(ctx)


def _usage_init(ctx) -> int:
    ctx.err(messages.text("shell.init-usage") + "\n")
    return 1


def _restart(ctx) -> int:
    host, world = ctx.host, ctx.world
    # the domain resets now (its ldm uptime starts again); the OS is back after the boot
    if host.ldm is not None:
        from vshell.model.errors import ModelError
        control = host.ldm.primary
        try:
            if control is not None:
                host.ldm.reboot(control.name)
        except ModelError:
            pass        # the delayed reconfiguration cannot bind: it stays pending, as checked at each change
    if host.has_netdevs:
        # a Linux host comes back with what its network scripts bring up at boot
        from vshell.model import netscripts
        host.netdevs.reset()
        netscripts.boot(host)
    r = world.streams.stream("boot-time", host.name)
    host.boot_time = world.clock.now
    world.clock.advance(r.randint(*BOOT_SECONDS))
    shell = ctx.shell
    if shell.via is not None:
        ctx.err(f"Connection to {shell.via} closed by remote host.\nConnection to {shell.via} closed.\n")
        ctx.session.pop(shell)
        return 255
    shell.cwd = shell.user.home
    return 0
