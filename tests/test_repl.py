"""The interactive shell, driven as a person would (pexpect)."""
import sys

import pexpect


def test_interactive_shell_prompt_command_and_exit():
    child = pexpect.spawn(sys.executable, ["-m", "vshell"], encoding="utf-8", timeout=20,
                          dimensions=(40, 160))
    try:
        child.expect_exact("root@primary:~#")
        child.sendline("ldm list")
        child.expect_exact("primary          active")
        child.expect_exact("root@primary:~#")
        child.sendline("exit")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert child.exitstatus == 0
