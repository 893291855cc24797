"""The grammar compiler: every synopsis parses its own examples; generated bad input gets the
tool's usage error; one declaration drives parsing, usage, help and completion."""
import shlex

import pytest

from vshell import grammar
from vshell.grammar import UsageError
from vshell.grammar.styles import usage_error

TOOLS = ["ldm", "dladm"]


def _examples():
    for tool in TOOLS:
        g = grammar.load(tool)
        for name, c in g.commands.items():
            for ex in c["examples"]:
                yield tool, name, ex


@pytest.mark.parametrize("tool,command,example", list(_examples()))
def test_examples_parse(tool, command, example):
    g = grammar.load(tool)
    argv = shlex.split(example)
    assert argv[0] == tool
    parsed = g.parse(argv[1:])
    assert parsed.command == command


def test_every_command_has_examples():
    for tool in TOOLS:
        g = grammar.load(tool)
        missing = [n for n, c in g.commands.items() if not c["examples"]]
        assert not missing, f"{tool}: no examples for {missing}"


def _minimal(form):
    """The shortest argv a form accepts: required flags/props and one word per operand."""
    args = []
    for fname, spec in form["flags"].items():
        if spec["required"]:
            args += [fname, "x1"] if spec["value"] else [fname]
    for pname, spec in form["props"].items():
        if spec["required"]:
            value = (spec["values"] or ["v1"])[0]
            args.append(f"{'var1' if pname == '*' else pname}={value}")
    return args + _operands(form["pattern"])


def _operands(node):
    kind = node[0]
    if kind == "lit":
        return [node[1]]
    if kind == "ph":
        return ["w1"]
    if kind == "seq":
        return [w for n in node[1] for w in _operands(n)]
    if kind == "alt":
        return _operands(node[1][0])
    if kind == "rep":
        return _operands(node[1])
    return []


def _forms():
    for tool in TOOLS:
        g = grammar.load(tool)
        for name, c in g.commands.items():
            for i, form in enumerate(c["forms"]):
                yield tool, name, i


@pytest.mark.parametrize("tool,command,index", list(_forms()))
def test_generated_cases(tool, command, index):
    g = grammar.load(tool)
    form = g.commands[command]["forms"][index]
    args = _minimal(form)
    g.parse_args(command, args)                        # the minimal line is accepted

    union = g._union(command)
    letter = next(c for c in "ZQJKWYzqjkwy" if "-" + c not in union["flags"])
    with pytest.raises(UsageError) as e:               # unknown option
        g.parse_args(command, ["-" + letter] + args)
    assert e.value.kind == "unknown-option"
    _styled(g, e.value)

    for fname, spec in form["flags"].items():          # option without its value
        if spec["value"]:
            with pytest.raises(UsageError) as e:
                g.parse_args(command, args + [fname] if g.c["interleave"] else [fname])
            assert e.value.kind in ("missing-value", "operands", "missing-option")
            _styled(g, e.value)

    operands = _operands(form["pattern"])
    if operands and not any(
            g._fits(command, i, args[: len(args) - 1]) for i in range(len(g.commands[command]["forms"]))):
        with pytest.raises(UsageError) as e:            # missing operand
            g.parse_args(command, args[:-1])
        _styled(g, e.value)

    for pname, spec in form["props"].items():          # bad prop=value
        if spec["values"]:
            bad = [a if not a.startswith(pname + "=") else f"{pname}=nosuchvalue" for a in args]
            if bad == args:
                bad = [f"{pname}=nosuchvalue"] + args
            with pytest.raises(UsageError) as e:
                g.parse_args(command, bad)
            assert e.value.kind == "bad-value"
            _styled(g, e.value)
    if form["props"] and "*" not in form["props"]:
        with pytest.raises(UsageError) as e:
            g.parse_args(command, ["nosuchprop=1"] + args)
        assert e.value.kind == "bad-property"
        _styled(g, e.value)


def _styled(g, err):
    text, status = usage_error(g, err)
    assert status == 1
    if g.tool == "dladm":
        if err.kind == "unknown-option":
            assert text == f"dladm: unrecognized option '{err.word}'\n"
        elif err.kind == "missing-value":
            assert text == f"dladm: option '{err.word}' requires a value\n"
        else:
            assert text.startswith("usage:  dladm <subcommand> <args> ...\n")
    else:
        assert text.startswith("Usage:\n    ldm ")
        assert all(("    " + s) in text for s in g.synopsis(err.command))


def test_dladm_usage_block_is_the_declared_usage_verbatim():
    g = grammar.load("dladm")
    text, _ = usage_error(g, UsageError("operands", "create-vnic"))
    assert "    create-vnic      [-t] -l <link> [-m <value> | auto |\n\t\t     {factory [-n <slot-id>]}" in text
    text, _ = usage_error(g, UsageError("unknown-command", word="frob"))
    assert text.startswith("dladm: unknown subcommand 'frob'\nusage:  dladm <subcommand> <args> ...\n")


def test_bundled_flags_and_aliases():
    g = grammar.load("ldm")
    p = g.parse(["ls", "-lp", "primary"])
    assert p.command == "list-domain" and p.flag("-l") and p.flag("-p")
    assert p.operands["ldom"] == ["primary"]


def test_posix_operands_stop_options_for_dladm():
    g = grammar.load("dladm")
    with pytest.raises(UsageError):
        g.parse(["show-vnic", "vnic0", "-p"])


DECL = '''
tool = "demo"
style = "ldm"
bundle = true
interleave = true
[placeholders]
ldom = "domain"
[commands.list-domain]
aliases = ["ls"]
summary = "List domains"
synopsis = """
demo list-domain [-l] [ldom...]
"""
examples = ["demo ls -l"]
'''


def test_one_declaration_drives_parser_usage_help_and_completion():
    before = grammar.from_text(DECL)
    after = grammar.from_text(DECL.replace("[-l] [ldom...]", "[-l] [-Q] [ldom...]"))
    # parsing
    with pytest.raises(UsageError):
        before.parse(["ls", "-Q"])
    assert after.parse(["ls", "-Q"]).flag("-Q")
    # usage text
    assert "[-Q]" not in usage_error(before, UsageError("operands", "list-domain"))[0]
    assert "demo list-domain [-l] [-Q] [ldom...]" in usage_error(after, UsageError("operands", "list-domain"))[0]
    # completion
    assert ("flag", "-Q") not in before.expect(["ls"])
    assert ("flag", "-Q") in after.expect(["ls"])
    assert ("kind", "domain") in after.expect(["ls", "-l"])


def test_completion_literals_and_values():
    g = grammar.load("ldm")
    assert ("literal", "memory") in g.expect(["list-devices", "-a"])
    assert "panic" in g.prop_values("add-domain", "failure-policy")
    assert "list-domain" in [t for k, t in g.expect([]) if k == "literal"]


def test_cache_round_trip(tmp_path, monkeypatch):
    monkeypatch.setenv("VSHELL_CACHE", str(tmp_path))
    grammar._loaded.clear()
    g1 = grammar.load("ldm")
    assert list(tmp_path.iterdir())
    grammar._loaded.clear()
    g2 = grammar.load("ldm")
    assert g1.c == g2.c
    grammar._loaded.clear()
