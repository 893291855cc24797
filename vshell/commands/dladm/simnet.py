"""Simnets (illumos): create-, modify-, delete- and show-simnet. dladm.c (illumos-gate
@01c0cb1c) do_create_simnet, do_modify_simnet, do_delete_simnet, do_show_simnet; statuses from
libdlsim.c. The subcommands have no c_usage (they are left out of the usage block)."""
from __future__ import annotations

from vshell.commands import not_simulated
from vshell.commands.dladm.common import Env, die, die_dlerr
from vshell.model import bridges, simnets
from vshell.model.datalinks import MAXLINKNAMELEN, DlError, link_ntoa, valid_link_name


def _name(env: Env) -> str:
    return env.p.operand("simnet-link") or env.p.args[-1]


def create_simnet(env: Env) -> int:
    name = _name(env)
    if len(name) >= MAXLINKNAMELEN:
        raise die(f"link name too long '{name}'")
    if not valid_link_name(name):
        raise die(f"invalid link name '{name}'")
    media = "Ethernet"
    if env.p.flag("-m"):
        given = env.p.value("-m")
        media = simnets.media_name(given)
        if media is None:
            raise die(f"media type '{given}' is not supported")
    if env.p.flag("-R"):
        return not_simulated(env.ctx, "dladm -R (an alternate root's upgrade script)")
    try:
        env.need_privilege()
        simnets.create(env.links, name, media, temporary=env.p.flag("-t"))
    except DlError as e:
        raise die_dlerr(e.code if e.code.isupper() else "BADARG", "simnet creation failed") from None
    return 0


def modify_simnet(env: Env) -> int:
    peers = env.p.flags.get("-p", [])
    if len(peers) > 1:
        raise die("the option -p cannot be specified more than once")
    peer = None
    if peers:
        if peers[0].lower() != "none":
            peer = peers[0]
            if peer not in env.links.links and not bridges.name_taken(env.links, peer):
                raise die(f"invalid peer link name '{peer}'")
    name = _name(env)
    if not peers:
        return 0                      # nothing to do without a peer argument
    if env.p.flag("-R"):
        return not_simulated(env.ctx, "dladm -R (an alternate root's upgrade script)")
    if name not in env.links.links and not bridges.name_taken(env.links, name):
        raise die(f"invalid link name '{name}'")
    try:
        if peer is not None and peer not in env.links.links:
            raise DlError("BADARG", link=peer)          # a bridge's link is no simnet
        env.need_privilege()
        simnets.set_peer(env.links, name, peer)
    except DlError as e:
        raise die_dlerr(e.code, "simnet modification failed") from None
    return 0


def delete_simnet(env: Env) -> int:
    name = _name(env)
    if not valid_link_name(name):
        raise die(f"invalid link name '{name}'")
    if env.p.flag("-R"):
        return not_simulated(env.ctx, "dladm -R (an alternate root's upgrade script)")
    link = env.links.links.get(name)
    if link is None:
        if bridges.bridge_link_name(env.links, name) is None:
            raise die(f"simnet '{name}' not found")
        raise die_dlerr("BADARG", "failed to retrieve simnet information")
    if link.cls != "simnet":
        raise die_dlerr("BADARG", "failed to retrieve simnet information")
    try:
        env.need_privilege()
        simnets.delete(env.links, name)
    except DlError as e:
        raise die_dlerr(e.code if e.code.isupper() else "BADARG", "simnet deletion failed") from None
    return 0


def show_simnet(env: Env) -> int:
    p = env.p
    for flag in ("-p", "-P"):
        if len(p.flags.get(flag, [])) > 1:
            raise die(f"the option {flag} cannot be specified more than once")
    env.check_parseable(p.flag("-p"), p.value("-o"))
    name = p.operand("simnet-link")
    persistent = p.flag("-P")
    if name is not None:
        link = env.links.links.get(name)
        if link is None and bridges.bridge_link_name(env.links, name) is None:
            raise die_dlerr("NOTFOUND", f"link {name} is not valid")
        if link is None or link.cls != "simnet":
            raise die_dlerr("BADARG", f"failed to show simnet {name}")
        if persistent and link.temporary:
            raise die_dlerr("NOTFOUND", f"failed to show simnet {name}")
        links = [link]
    else:
        links = [k for k in env.visible_links("simnet") if not (persistent and k.temporary)]
    rows = [{"link": k.name, "media": k.media, "macaddress": link_ntoa(k.mac),
             "otherlink": k.peer} for k in links]
    env.listing("show_simnet", rows)
    return 0
