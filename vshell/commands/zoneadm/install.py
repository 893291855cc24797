"""What `zoneadm install` and `clone` print, per brand family (zones.md §2.3, solaris11.md §6.2,
the OmniOS and OpenSolaris captures): zone name, paths and counts from the model and the
dialect table; durations and log stamps from the seed and the virtual clock."""
from __future__ import annotations

from vshell.model.zones import image_publishers


def _seconds(zones, z, key: str = "install_seconds") -> float:
    lo, hi = zones.dia.get(key, [60, 120])
    r = zones.world.streams.fixed("zone-install", f"{zones.host.name}/{z.name}/{zones.world.clock.now}")
    return round(r.uniform(lo, hi), 3)


def zonepath(zones, z) -> str:
    return z.config.get("zonepath") or zones.dia.get("default_zonepath", "/zones/%s") % z.name


def dataset(zones, z) -> str:
    """The ZFS dataset a zonepath gets: Solaris 11's default one under rpool/VARSHARE, else the
    zonepath's own name under its pool  # unverified mapping for declared pools"""
    zp = zonepath(zones, z)
    if zp.startswith("/system/zones/"):
        return "rpool/VARSHARE/zones/" + zp[len("/system/zones/"):]
    return "rpool" + zp if zp.count("/") < 2 else zp.lstrip("/")


def _stamp(zones) -> str:
    return zones.world.clock.datetime().strftime("%Y%m%dT%H%M%SZ")


def _download(pkgs, files, mb, speed=None, wide=True) -> str:
    if wide:
        head = f"{'DOWNLOAD':<34} {'PKGS':>9} {'FILES':>13} {'XFER (MB)':>12} {'SPEED':>7}\n"
        row = f"{'Completed':<34} {f'{pkgs}/{pkgs}':>9} {f'{files}/{files}':>13} {f'{mb}/{mb}':>12} {speed:>7}\n"
    else:
        head = f"{'DOWNLOAD':<40} {'PKGS':>7} {'FILES':>11} {'XFER (MB)':>13}\n"
        row = f"{'Completed':<40} {f'{pkgs}/{pkgs}':>7} {f'{files}/{files}':>11} {f'{mb}/{mb}':>13}\n"
    return head + row


def _phase(rows: list[tuple[str, str]], head: str = "ITEMS") -> str:
    return f"{'PHASE':<40} {head:>11}\n" + "".join(f"{a:<40} {b:>11}\n" for a, b in rows)


def install(zones, z) -> tuple[str, float]:
    """-> (what the install prints, how long it takes on the virtual clock)."""
    kind = zones.dia["install"]
    zp = zonepath(zones, z)
    secs = _seconds(zones, z)
    d = zones.dia
    if kind == "native":
        sparse = bool(z.config.of("inherit-pkg-dir"))
        files = d["install_files"][0 if sparse else 1]
        pkgs = d["install_packages"]
        text = (f"Preparing to install zone <{z.name}>.\n"
                "Creating list of files to copy from the global zone.\n"
                f"Copying <{files}> files to the zone.\n"
                "Initializing zone product registry.\n"
                "Determining zone package initialization order.\n"
                f"Preparing to initialize <{pkgs}> packages on the zone.\n")
        # the progress line is rewritten in place (a carriage return) as each percent completes
        # unverified: whether each package rewrites it; transcripts/zones/06 shows one state of it
        states, last = [], -1
        for i in range(1, pkgs + 1):
            if i * 100 // pkgs != last:
                last = i * 100 // pkgs
                states.append(f"Initializing package <{i}> of <{pkgs}>: percent complete: {last}%")
        text += "\r".join(states) + "\n"
        text += (f"Initialized <{pkgs}> packages on zone.\n"
                 f"Zone <{z.name}> is initialized.\n"
                 f"The file <{zp}/root/var/sadm/system/logs/install_log> contains a log of the zone installation.\n")
        return text, secs
    if kind == "ipkg":
        pub = image_publishers(zones.host)[0]
        speed = f"{round(d_mb(d) * 1024 / max(secs * 0.3, 1))}k/s"
        text = ("A ZFS file system has been created for this zone.\n\n"
                f"       Image: Preparing at {zp}/root.\n"
                "Sanity Check: Looking for 'entire' incorporation.\n"
                f"   Publisher: Using {pub.name} ({pub.origins[0]}).\n"
                "       Cache: Using /var/pkg/publisher.\n"
                "  Installing: Packages (output follows)\n"
                f"{'Packages to install:':>20} {d['install_packages']:>3}\n"
                f"{'Mediators to change:':>20} {d['install_mediators']:>3}\n"
                f"{'Services to change:':>20} {d['install_services']:>3}\n\n"
                + _download(d["install_packages"], d["install_files"], d["install_mb"], speed) + "\n"
                + _phase([("Installing new actions", f"{d['install_actions']}/{d['install_actions']}"),
                          ("Updating package state database", "Done"), ("Updating package cache", "0/0"),
                          ("Updating image state", "Done"), ("Creating fast lookup database", "Done")])
                + " Postinstall: Copying SMF seed repository ... done.\n"
                f"        Done: Installation completed in {secs:.3f} seconds.\n")
        return text, secs
    if kind == "ipkg-2008":
        pub = image_publishers(zones.host)[0]
        text = ("A ZFS file system has been created for this zone.\n"
                f"   Publisher: Using {pub.name} ({pub.origins[0]}).\n"
                f"       Image: Preparing at {zp}/root.\n"
                "       Cache: Using /var/pkg/download.\n"
                "Sanity Check: Looking for 'entire' incorporation.\n")
        for n, what in enumerate(("Core System", "Additional Packages")):
            p, f, m, a = (d["install_packages"][n], d["install_files"][n], d["install_mb"][n], d["install_actions"][n])
            text += (f"  Installing: {what} (output follows)\n" + _download(p, f, m, wide=False) + "\n"
                     + _phase([("Install Phase", f"{a}/{a}")], "ACTIONS"))
        text += ("\n        Note: Man pages can be obtained by installing SUNWman\n"
                 " Postinstall: Copying SMF seed repository ... done.\n"
                 " Postinstall: Applying workarounds.\n"
                 f"        Done: Installation completed in {secs:.3f} seconds.\n\n"
                 "  Next Steps: Boot the zone, then log into the zone console (zlogin -C)\n"
                 "              to complete the configuration process.\n")
        return text, secs
    # Oracle Solaris 11 (the AI-based solaris brand)
    stamp = _stamp(zones)
    log = f"/var/log/zones/zoneadm.{stamp}.{z.name}.install"
    r = zones.world.streams.fixed("zone-install-ids", f"{zones.host.name}/{z.name}/{zones.world.clock.now}")
    pid, rand = r.randrange(1000, 30000), "".join(r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(6))
    p, f, m, a = d["install_packages"], d["install_files"], d["install_mb"], d["install_actions"]
    speed = f"{d_mb(d) / max(secs * 0.6, 1):.1f}M/s"
    text = ("The following ZFS file system(s) have been created:\n"
            f"    {dataset(zones, z)}\n"
            f"Progress being logged to {log}\n"
            f"       Image: Preparing at {zp}/root.\n\n"
            f" Install Log: /system/volatile/install.{pid}/install_log\n"
            f" AI Manifest: /tmp/manifest.xml.{rand}\n"
            "  SC Profile: /usr/share/auto_install/sc_profiles/enable_sci.xml\n"
            f"    Zonename: {z.name}\n"
            "Installation: Starting ...\n\n"
            "        Creating IPS image\n"
            "Startup linked: 1/1 done\n"
            "        Installing packages from:\n"
            + "".join(f"            {p.name}\n" + "".join(f"                origin:  {o}\n" for o in p.origins)
                      for p in image_publishers(zones.host) if not p.disabled)
            + _download(p, f, m, speed) + "\n"
            + _phase([("Installing new actions", f"{a}/{a}"), ("Updating package state database", "Done"),
                      ("Updating package cache", "0/0"), ("Updating image state", "Done"),
                      ("Creating fast lookup database", "Done"), ("Updating package cache", "1/1")])
            + "Installation: Succeeded\n\n"
            "        Note: Man pages can be obtained by installing pkg:/system/manual\n\n"
            " done.\n\n"
            f"        Done: Installation completed in {secs:.3f} seconds.\n\n"
            "  Next Steps: Boot the zone, then log into the zone console (zlogin -C)\n"
            "              to complete the configuration process.\n\n"
            f"Log saved in non-global zone as {zp}/root{log}\n")
    return text, secs


def d_mb(d) -> float:
    mb = d.get("install_mb", "1")
    return float(mb[0] if isinstance(mb, list) else mb)


def clone(zones, src, z) -> tuple[str, float]:
    """zoneadm clone: a ZFS clone where the brand makes one (ipkg, solaris), else a copy."""
    kind = zones.dia["clone"]
    secs = _seconds(zones, z) / 20
    if kind == "copy":
        return f"Copying {zonepath(zones, src)}...\n", secs
    if kind == "ipkg":
        return (f"Cloning snapshot {dataset(zones, src)}@SUNWzone1\n"
                "Instead of copying, a ZFS clone has been created for this zone.\n"), secs
    stamp = _stamp(zones)
    log = f"/var/log/zones/zoneadm.{stamp}.{z.name}.clone"
    # The solaris brand's clone.ksh (the 2011 source) prints only start_log's "Progress being
    # logged to %s" (the log named zoneadm.<stamp>.<zone>.clone) and finish_log's "Log saved in
    # non-global zone as %s"; its system reconfiguration writes to the log alone. The first two
    # lines (the ZFS file systems zoneadm made) are 11.4's install's  # unverified for clone
    return ("The following ZFS file system(s) have been created:\n"
            f"    {dataset(zones, z)}\n"
            f"Progress being logged to {log}\n"
            f"Log saved in non-global zone as {zonepath(zones, z)}/root{log}\n"), secs
