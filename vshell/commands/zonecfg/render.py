"""zonecfg's `info` and `export` text (illumos info_func/export_func; Oracle 11.4 prints only
what is set, zones.md §1.7-1.8, solaris11.md §6.3)."""
from __future__ import annotations

INFO_ORDER = ["inherit-pkg-dir", "fs", "net", "anet", "device", "dedicated-cpu", "capped-cpu",
              "capped-memory", "attr", "dataset", "admin", "rctl"]
EXPORT_ORDER = ["inherit-pkg-dir", "fs", "net", "anet", "device", "capped-memory", "rctl", "attr",
                "dataset", "dedicated-cpu", "admin"]
EXPORT_ORDER_2008 = ["inherit-pkg-dir", "fs", "net", "device", "rctl", "attr", "dataset",
                     "dedicated-cpu", "capped-memory"]
BRACKETED = {"capped-memory": ("swap", "locked"), "capped-cpu": ("ncpus",)}


def quote(v: str) -> str:
    return f'"{v}"' if " " in v else v


def default(ed, prop: str) -> str:
    dia = ed.dia
    return {"brand": dia["default_brand"], "autoboot": "false", "ip-type": dia["default_iptype"],
            "autoshutdown": "shutdown"}.get(prop, "")


def _value(ed, prop: str) -> str:
    if prop == "zonename":
        return ed.cfg.name
    v = ed.cfg.props.get(prop)
    return default(ed, prop) if v is None else v


def _shown(ed, prop: str) -> bool:
    """Oracle 11.4: a global property is shown when it is set to other than its default."""
    v = ed.cfg.props.get(prop)
    return v is not None and (prop in ed.dia["always_export"] or v != default(ed, prop))


def global_line(ed, prop: str, all_: bool = False) -> str:
    if prop in ed.aliases:
        v = ed.alias_value(prop)
        return f"[{prop}: {v}]\n" if v is not None else ""
    if ed.dia["info"] == "set" and not all_ and not _shown(ed, prop):
        return ""
    return f"{prop}: {_value(ed, prop)}\n"


def info(ed, all_: bool = False) -> str:
    out = ""
    for p in ed.dia["globals"]:
        if ed.dia["info"] == "set" and not all_:
            if p == "zonename" or _shown(ed, p):
                out += f"{p}: {_value(ed, p)}\n"
        else:
            out += f"{p}: {_value(ed, p)}\n"
    for a in ed.aliases:
        v = ed.alias_value(a)
        if v is not None:
            out += f"[{a}: {v}]\n"
    numbers: dict[str, int] = {}
    for rt in INFO_ORDER:
        if rt in ("capped-cpu", "capped-memory"):
            shown = ed.derived(rt)
            out += resource_block(ed, shown, all_=all_) if shown is not None else ""
            continue
        for r in ed.cfg.of(rt):
            n = numbers.get(rt, 0)
            numbers[rt] = n + 1
            number = n if ed.dia.get("number_resources") and ed.interactive else None
            out += resource_block(ed, r, number=number, all_=all_)
    return out


def resource_block(ed, res, number: int | None = None, in_scope: bool = False, all_: bool = False) -> str:
    head = f"{res.type} {number}:" if number is not None else f"{res.type}:"
    out = head + "\n"
    only_set = ed.dia["info"] == "set" and not all_
    for p in ed.props_of(res.type):
        v = res.props.get(p)
        bracket = p in BRACKETED.get(res.type, ())
        if isinstance(v, list):
            if res.type == "rctl" and p == "value":
                out += "".join(f"\tvalue: {x}\n" for x in v)
                continue
            inner = ",".join(f'"{x}"' if "=" in x else x for x in v)
            out += f"\t{p}: [{inner}]\n"
        elif v not in (None, ""):
            out += f"\t[{p}: {v}]\n" if bracket else f"\t{p}: {quote(v)}\n"
        elif only_set:
            continue
        elif res.type == "fs" and p == "options":
            out += "\toptions: []\n"
        elif res.type in ("dedicated-cpu", "capped-cpu", "capped-memory", "rctl"):
            if res.type == "dedicated-cpu" and p == "ncpus":
                out += "\tncpus: \n"
            elif res.type == "rctl" and p == "name":
                out += "\tname not specified\n"
            continue
        elif ed.dia["info"] == "set":
            out += f"\t{p}:\n"
        else:
            out += f"\t{p} not specified\n"
    for child in res.children:
        out += "".join("\t" + ln + "\n" for ln in resource_block(ed, child, all_=all_).splitlines())
    return out


def export(ed) -> str:
    cfg = ed.cfg
    out = "create -b\n"
    if ed.dia["info"] == "set":
        order = [p for p in ed.dia.get("always_export", [])] + [p for p in ed.dia["globals"]
                                                               if p not in ed.dia.get("always_export", [])]
        for p in order:
            if p != "zonename" and _shown(ed, p):
                out += f"set {p}={cfg.props[p]}\n"
    else:
        if cfg.props.get("zonepath"):
            out += f"set zonepath={cfg.props['zonepath']}\n"
        # zone_get_brand(zone): the brand of the zone as committed, so a configuration never
        # committed has no brand line; "native" is never written (export_func)
        saved = ed.zones.zones.get(ed.name)
        brand = saved.config.brand(ed.dia) if saved is not None else None
        if brand is not None and brand != "native":
            out += f"set brand={brand}\n"
        out += f"set autoboot={_value(ed, 'autoboot')}\n"
        for p in ("bootargs", "pool", "limitpriv", "scheduling-class"):
            if cfg.props.get(p):
                out += f"set {p}={cfg.props[p]}\n"
        out += f"set ip-type={_value(ed, 'ip-type')}\n"
        for p in ("hostid", "fs-allowed"):
            if p in ed.dia["globals"] and cfg.props.get(p):
                out += f"set {p}={cfg.props[p]}\n"
    order = EXPORT_ORDER_2008 if "inherit-pkg-dir" in ed.dia["resources"] else EXPORT_ORDER
    for rt in order:
        for r in cfg.of(rt):
            out += _export_resource(ed, r)
    return out


def _export_resource(ed, r) -> str:
    out = f"add {r.type}\n"
    for p in ed.props_of(r.type):
        v = r.props.get(p)
        if v in (None, "", []):
            continue
        if r.type == "capped-memory":       # only physical is the memory cap's own (bytes_to_units)
            out += f"set {p}={ed.units(int(v))}\n" if p == "physical" else ""
            continue
        if isinstance(v, list):
            for x in v:
                out += f'add {p} "{x}"\n' if "=" in x and not x.startswith("(") else f"add {p} {x}\n"
        else:
            out += f"set {p}={quote(v)}\n"
    for child in r.children:
        out += _export_resource(ed, child)
    return out + "end\n"
