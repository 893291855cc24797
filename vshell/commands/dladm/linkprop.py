"""Link properties: set-, reset- and show-linkprop, and the check of -p properties given at
creation (create-vnic -p). The property table is data (state/linkprops.toml, read through
vshell.model.linkprops); the words and the order of the checks follow illumos dladm.c
set_linkprop / reset_one_linkprop / do_show_linkprop / print_linkprop (@01c0cb1c) and libofmt's
ofmt_print with OFMT_WRAP (ofmt.c @d4581f86).

Quirks kept from the source:
- set-linkprop walks its properties in order, each refusal is a warning, and the exit status
  is that of the last property (a later success clears an earlier failure);
- a bad value lists the property's possible values when it has some
  (`link property 'priority' must be one of: low,medium,high`), else the generic warning;
- show-linkprop -p with a property the link lacks warns once and prints `?` in the row;
- POSSIBLE is printed with a trailing blank, and a long comma list wraps onto continuation
  lines under its column; the header comes back every 24 rows (ofmt's window height when the
  output is not a terminal)."""
from __future__ import annotations

from vshell import grammar
from vshell.commands import ofmt
from vshell.commands.dladm.common import Env, die, die_dlerr
from vshell.commands.dladm.status import words
from vshell.model import linkprops as lp
from vshell.model.datalinks import DlError

DLADM_STRSIZE = 256


# -p parsing (libdladm dladm_parse_args) ----------------------------------------------------------
def joined_props(env: Env) -> str:
    """Every -p joined with commas, as dladm strlcat's them; too long dies."""
    s = ""
    for v in env.p.flags.get("-p", []):
        s += v + ","
        if len(s) >= DLADM_STRSIZE:
            raise die(f"property list too long '{s[:DLADM_STRSIZE - 1]}'")
    return s


def parse_props(text: str, novalues: bool) -> list[tuple[str, list[str]]] | None:
    """[(name, values)] or None when dladm would say `invalid link properties specified`.
    name=v1,v2 gives two values; a word with no `=` continues the last property's list."""
    out: list[tuple[str, list[str]]] = []
    for tok in [t for t in text.split(",") if t]:
        if novalues:
            if "=" in tok:
                return None
            out.append((tok, []))
            continue
        name, eq, val = tok.partition("=")
        if eq:
            if not name or any(n == name for n, _ in out):
                return None
            out.append((name, [val] if val else []))
        elif out:
            out[-1][1].append(tok)
        else:
            return None
    return out


def _link(env: Env, name: str):
    zone = env.p.value("-z")
    link = env.links.links.get(name)
    if link is None or not env.visible(link) or (zone is not None and link.zone != zone):
        raise die_dlerr("NOTFOUND", f"link {name} is not valid")
    return link


# set-linkprop / reset-linkprop ------------------------------------------------------------------
def set_linkprop(env: Env) -> int:
    return _set(env, reset=False)


def reset_linkprop(env: Env) -> int:
    return _set(env, reset=True)


def _set(env: Env, reset: bool) -> int:
    p = env.p
    if len(p.args) != 1:
        raise grammar.UsageError("operands", "reset-linkprop" if reset else "set-linkprop")
    propstr = joined_props(env)
    props = parse_props(propstr, novalues=reset)
    if props is None:
        raise die("invalid link properties specified")
    if not props and not reset:
        raise die("link property must be specified")
    name = p.args[0]
    link = _link(env, name)
    temp = p.flag("-t")
    dialect = env.ctx.host.release.dladm_dialect
    verb = "reset" if reset else "set"
    if not props:                                   # reset every property (reset_one_linkprop)
        failed = None
        for pd in lp.properties_of(dialect, env.links, link):
            if pd.temponly:
                continue        # unverified: the walk would otherwise refuse zone without -t
            try:
                env.need_privilege()
                lp.check_reset(env.links, link, pd, temp)
                lp.apply(env.links, link, pd, None, temp)
            except DlError as e:
                if e.code in ("PROPRDONLY", "NOTSUP"):
                    continue
                env.warn(f"cannot reset link property '{pd.name}' on '{name}': {words(e.code)}")
                failed = e.code
        return 1 if failed else 0
    status = "OK"
    for pname, values in props:
        if not reset and not values:
            env.warn(f"no value specified for '{pname}'")
            status = "BADARG"
            continue
        pd = lp.lookup(dialect, pname)
        if pd is None:
            env.warn(f"invalid link property '{pname}'")
            status = "NOTFOUND"
            continue
        try:
            env.need_privilege()
            if reset:
                lp.check_reset(env.links, link, pd, temp)
                lp.apply(env.links, link, pd, None, temp)
            else:
                stored = lp.check(dialect, env.links, link, pd, values, cpus=lp.ncpus(env.host),
                                  temporary=temp)
                lp.apply(env.links, link, pd, stored, temp)
            status = "OK"
        except DlError as e:
            status = e.code
            if e.code == "BADVAL" and not reset:
                choices = [v for v in lp.possible(env.links, link, pd) if v]
                if choices:
                    env.warn(f"link property '{pd.name}' must be one of: {','.join(choices)}")
                else:
                    env.warn(f"cannot set link property '{pd.name}' on '{name}': {words(e.code)}")
            else:
                env.warn(f"cannot {verb} link property '{pd.name}' on '{name}': {words(e.code)}")
    return 0 if status == "OK" else 1


# create-vnic -p ---------------------------------------------------------------------------------
def check_for_create(env: Env, cls: str, props: dict[str, str]) -> dict[str, str]:
    """The properties as they will be stored: canonical names, checked values, and their
    persistent copies unless -t. A refusal is the DlError dladm_vnic_create would return."""
    dialect = env.ctx.host.release.dladm_dialect
    lower = env.p.value("-l") or env.p.value("-d")
    temp = env.p.flag("-t")
    out: dict[str, str] = {}
    for name, value in props.items():
        pd = lp.lookup(dialect, name)
        if pd is None:
            raise DlError("NOTFOUND")               # unverified: the status create-vnic reports
        stored = lp.check(dialect, env.links, None, pd, [v for v in value.split(",") if v] or [""],
                          cls=cls, lower=lower, cpus=lp.ncpus(env.host), temporary=True)
        if pd.afterperm:
            raise DlError("PERMONLY")               # unverified
        out[pd.key] = stored
        if not temp:
            out[lp.PERSIST + pd.key] = stored
    return out


# show-linkprop ---------------------------------------------------------------------------------
FIELDS = ("link", "property", "perm", "value", "effective", "default", "possible")


def show_linkprop(env: Env) -> int:
    p = env.p
    if len(p.args) > 1:
        raise grammar.UsageError("operands", "show-linkprop")
    parseable, persist = p.flag("-c"), p.flag("-P")
    link = _link(env, p.args[0]) if p.args else None
    propstr = joined_props(env)
    props = parse_props(propstr, novalues=True)
    if props is None:
        raise die("invalid link properties specified")
    chosen = _fields(env, parseable, bool(props))
    dialect = env.ctx.host.release.dladm_dialect
    links = [link] if link is not None else env.visible_links()
    zone = p.value("-z")
    if zone is not None:
        links = [k for k in links if k.zone == zone]
    rows: list[list[str | None]] = []        # per row, the field texts (None: the callback failed)
    failed = False
    for k in links:
        if persist and k.temporary:
            continue                          # no persistent configuration: skipped silently
        wanted = ([(n, lp.lookup(dialect, n)) for n, _ in props] if props else
                  [(pd.name, pd) for pd in lp.properties_of(dialect, env.links, k)])
        state = {"ok": True}
        for name, pd in wanted:
            row, bad = _row(env, k, name, pd, chosen, persist, parseable, state)
            failed = failed or bad
            rows.append(row)
    if rows:
        env.out(env.render(chosen, rows, parseable, wrap=True))
    return 1 if failed else 0


def _fields(env: Env, parseable: bool, with_list: bool) -> list[ofmt.Field]:
    """dladm_ofmt_check over ofmt_open (show-linkprop has no "-p requires -o" of its own)."""
    spec = ofmt.fields(env.d.show_linkprop)
    wide = lp.property_width_all(env.ctx.host.release.dladm_dialect)
    if wide and not with_list:
        spec = [ofmt.Field(f.name, wide, f.default) if f.name == "PROPERTY" else f for f in spec]
    return env.open_fields("", env.p.value("-o"), parseable, all_fields=spec)


def _row(env, k, name, pd, chosen, persist, parseable, state) -> tuple[list, bool]:
    """One ofmt_print: each field's text, or None where print_linkprop_cb failed (`?`)."""
    links = env.links
    failed = False
    out = []
    for f in chosen:
        fid = f.name.lower()
        if fid == "link":
            out.append(k.name)
            continue
        if fid == "property":
            out.append(name)
            continue
        status, vals = _get(links, k, pd, fid, persist)
        if status == "NOTSUP" or (persist and status not in ("OK", "TEMPONLY")):
            vals = ["--"] if fid == "perm" or (fid == "value" and not persist) else [""]
            status = "OK"
        if status == "TEMPONLY" and fid == "possible" and persist:
            vals, status = ["--"], "OK"
        if status != "OK":
            if status != "TEMPONLY" and state["ok"]:
                env.warn(f"cannot get link property '{name}' for {k.name}: {words(status)}")
                failed = True
            state["ok"] = False
            out.append(None)
            continue
        state["ok"] = True
        text = ",".join(v if v or parseable else "--" for v in vals)
        if fid == "possible" and not parseable:
            text += " "
        out.append(text)
    return out, failed


def _get(links, k, pd, fid, persist) -> tuple[str, list[str]]:
    """dladm_get_linkprop for one column: (status, values)."""
    if pd is None:
        return "NOTFOUND", []
    if not pd.applies(k.cls):
        return "BADARG", []
    if pd.cap and not lp.supported(links, k, pd):
        return "NOTSUP", []
    if fid == "perm":
        return "OK", [pd.perm]
    if fid == "value":
        if persist:
            if pd.temponly:
                return "TEMPONLY", []
            return "OK", lp.persistent(k, pd)
        return "OK", lp.current(links, k, pd) or [""]
    if fid == "effective":
        return "OK", lp.effective(links, k, pd) or [""]
    if fid == "default":
        return "OK", lp.default(links, k, pd)
    return "OK", lp.possible(links, k, pd)
