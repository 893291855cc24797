"""The interactive shell, driven as a person would (pexpect), and its completion."""
import os
import sys

import pexpect
import pytest

from vshell.cli import main
from vshell.completion import complete
from vshell.session import Session
from vshell.worlds import build, load_decl


@pytest.fixture
def child(tmp_path):
    env = dict(os.environ, XDG_STATE_HOME=str(tmp_path), TERM="xterm", PROMPT_TOOLKIT_NO_CPR="1")
    procs = []

    def spawn(*args):
        c = pexpect.spawn(sys.executable, ["-m", "vshell", *args], encoding="utf-8", timeout=20,
                          dimensions=(40, 160), env=env, cwd=str(tmp_path))
        procs.append(c)
        return c

    yield spawn
    for c in procs:
        c.close(force=True)


def test_interactive_shell_prompt_command_and_exit(child):
    c = child()
    c.expect_exact("root@primary:~#")
    c.sendline("ldm list")
    c.expect_exact("primary          active")
    c.expect_exact("root@primary:~#")
    c.sendline("exit")
    c.expect(pexpect.EOF)
    c.close()
    assert c.exitstatus == 0


def test_tab_completes_a_domain_from_the_model(child):
    c = child()
    c.expect_exact("root@primary:~#")
    c.send("ldm list-domain pr\t")
    c.expect(pexpect.TIMEOUT, timeout=1)      # completion runs asynchronously: let it land
    assert "imary" in c.before                # drawn whole or as the missing part
    # only the completed line lists primary; "ldm list-domain pr" would say it is not found
    c.sendline("")
    c.expect_exact("-n-c--")
    c.expect_exact("root@primary:~#")
    c.sendline("exit")
    c.expect(pexpect.EOF)


def test_ctrl_c_drops_a_half_typed_line(child):
    c = child()
    c.expect_exact("root@primary:~#")
    c.send("ldm lis")
    c.sendcontrol("c")
    c.expect_exact("root@primary:~#")
    c.sendline("echo $?")
    c.expect_exact("130")
    c.expect_exact("root@primary:~#")
    c.sendcontrol("d")
    c.expect_exact("logout")
    c.expect(pexpect.EOF)


def test_record_round_trip(child, tmp_path):
    rec = tmp_path / "rec.t"
    c = child("--world", "two-hosts", "--record", str(rec))
    c.expect_exact("root@primary:~#")
    c.sendline("ssh backup")
    c.expect_exact("Password:")
    c.sendline("solaris11")
    c.expect_exact("root@backup:~#")
    c.sendline("ldm list -p")
    c.expect_exact("root@backup:~#")
    c.sendline("frob")
    c.expect_exact("root@backup:~#")
    c.sendline("exit")
    c.expect_exact("root@primary:~#")
    c.sendline("exit")
    c.expect(pexpect.EOF)
    text = rec.read_text()
    assert text.startswith("---\nworld: two-hosts\n---\nroot@primary:~# ssh backup\nPassword: \n")
    assert "-bash: frob: command not found\n[127]\n" in text
    assert main(["check", str(rec)]) == 0


def test_completion_sees_a_domain_added_one_line_earlier():
    s = Session(build(load_decl("t5-2")))
    assert [c for c, _ in complete(s, "ldm ls ")] == ["primary"]
    s.world.hosts["primary"].ldm.add_domain("ldg1")
    assert [c for c, _ in complete(s, "ldm ls ")] == ["primary", "ldg1"]
    assert complete(s, "ldm ls l") == [("ldg1", -1)]


def test_completion_stages():
    s = Session(build(load_decl("t5-2")))
    assert ("ldm", -2) in complete(s, "ld")
    assert complete(s, "ldm list-dev") == [("list-devices", -8)]
    assert ("failure-policy=panic", -16) in complete(s, "ldm add-domain failure-policy=p")
    assert [c for c, _ in complete(s, "ldm list -")] == ["-e", "-l", "-o", "-p", "-S"]
    assert complete(s, "frob x") == []
