"""Session, Result and frames: the one contract every front end uses."""
from conftest import run

from vshell.session import Session


def test_result_chunks_keep_stream_order(session):
    r = run(session, "echo one; nosuch; echo two")
    assert r.chunks == [("stdout", "one\n"), ("stderr", "-bash: nosuch: command not found\n"),
                        ("stdout", "two\n")]
    assert r.status == 0
    assert r.prompt == "root@primary:~# " and r.echo


def test_unknown_command_login_and_not(world):
    assert run(Session(world), "frob").stderr == "-bash: frob: command not found\n"
    r = run(Session(world, login=False), "frob")
    assert r.stderr == "bash: frob: command not found\n" and r.status == 127


def test_syntax_error(session):
    r = run(session, "echo a ;; echo b")
    assert r.status == 2 and "syntax error near unexpected token" in r.stderr


def test_interrupt_drops_continuation(session):
    r = run(session, "echo 'open")
    assert r.prompt == "> "
    r = session.interrupt()
    assert r.prompt == "root@primary:~# " and r.status == 130


def test_eof_leaves_login_shell(session):
    r = session.eof()
    assert r.closed and r.stderr == "logout\n"
    assert session.execute("echo x").closed


def test_heredoc_frame(session):
    assert run(session, "cat > /tmp/f <<EOF").prompt == "> "
    run(session, "line one")
    r = run(session, "EOF")
    assert r.prompt == "root@primary:~# "
    assert session.world.hosts["primary"].fs.read("/tmp/f") == "line one\n"


def test_two_sessions_share_one_world(world):
    a, b = Session(world), Session(world)
    run(a, "echo shared > /tmp/x")
    assert world.hosts["primary"].fs.read("/tmp/x") == "shared\n"
    assert a.id != b.id
    primary = world.hosts["primary"].ldm.domains["primary"]
    world.hosts["primary"].ldm.change_vcpus("primary", "set", 16)
    assert "16 " in run(b, "ldm list").stdout.splitlines()[1]
    assert primary.vcpus == 16


def test_pending_notifications_arrive_with_next_result(session):
    session.notify("stdout", "console message\n")
    r = run(session, "echo hi")
    assert r.chunks == [("stdout", "console message\nhi\n")]


def test_internal_error_has_its_own_status(session, monkeypatch):
    from vshell.commands import builtins

    monkeypatch.setattr(builtins, "echo", lambda ctx: 1 / 0)
    r = session.execute("echo boom")
    assert r.internal_error and r.status == 70
    assert "internal error" in r.stderr and "Traceback" not in r.text


def test_redirection_to_missing_directory(session):
    r = run(session, "echo x > /nonexistent/dir/file")
    assert r.stderr == "-bash: /nonexistent/dir/file: No such file or directory\n"


def test_journal_records_what_was_typed(session):
    run(session, "echo a")
    session.interrupt()
    assert session.world.journal[-2:] == [(session.id, "line", "echo a"), (session.id, "interrupt", "")]


def test_ssh_two_hosts_wrong_password_then_right():
    from vshell.worlds import build, load_decl

    world = build(load_decl("two-hosts"))
    s = Session(world)
    r = run(s, "ssh backup")
    assert r.prompt == "Password: " and r.echo is False
    r = run(s, "wrong")
    assert r.stderr == "Permission denied, please try again.\n" and r.prompt == "Password: "
    r = run(s, "solaris11")
    assert r.prompt == "root@backup:~# "
    assert run(s, "hostname").stdout == "backup\n"
    r = run(s, "exit")
    assert r.stderr == "logout\nConnection to backup closed.\n" and r.prompt == "root@primary:~# "


def test_ssh_gives_up_after_three_tries():
    from vshell.worlds import build, load_decl

    s = Session(build(load_decl("two-hosts")))
    run(s, "ssh backup")
    run(s, "a")
    run(s, "b")
    r = run(s, "c")
    assert r.status == 255 and r.prompt == "root@primary:~# "
    assert "Permission denied (publickey,password,keyboard-interactive)" in r.stderr


def test_redirections_left_to_right(session):
    r = run(session, "cat /nope 2>&1 >/dev/null")
    assert r.chunks == [("stdout", "cat: cannot open /nope: No such file or directory\n")]
    run(session, "echo hi > /tmp/a > /tmp/b")
    fs = session.world.hosts["primary"].fs
    assert fs.read("/tmp/a") == "" and fs.read("/tmp/b") == "hi\n"
    run(session, "cat /nope > /tmp/c 2>&1")
    assert fs.read("/tmp/c").startswith("cat: cannot open /nope")


def test_expansions_happen_when_each_command_runs(session):
    assert run(session, "false; echo $?").stdout == "1\n"
    assert run(session, "echo ~ ~/x '$HOME' \"$HOME\"").stdout == "/root /root/x $HOME /root\n"
    r = run(session, "echo z > ~")
    assert r.stderr == "-bash: /root: Is a directory\n" and r.status == 1


def test_unfinished_lines_continue(session):
    for first in ("echo a |", "echo a &&", "echo a \\"):
        assert run(session, first).prompt == "> "
        r = run(session, "echo b" if not first.endswith("\\") else "b")
        assert r.prompt == "root@primary:~# "
    assert run(session, "echo a \\").prompt == "> "
    assert run(session, "b").stdout == "a b\n"


def test_heredoc_strip_tabs(session):
    run(session, "cat <<-EOF")
    run(session, "\tindented")
    r = run(session, "\tEOF")
    assert r.stdout == "indented\n"


def test_exit_arguments(session):
    r = run(session, "exit 1 2")
    assert r.stderr == "-bash: exit: too many arguments\n" and r.status == 1 and not r.closed
    r = run(session, "exit abc")
    assert r.closed and r.status == 255
    assert r.stderr == "logout\n-bash: exit: abc: numeric argument required\n"


def test_eof_messages(session):
    run(session, "echo 'x")
    r = session.eof()
    assert r.stderr == ("-bash: unexpected EOF while looking for matching `''\n"
                        "-bash: syntax error: unexpected end of file\n")
    run(session, "cat <<E")
    r = session.eof()
    assert r.stderr == "-bash: warning: here-document at line 2 delimited by end-of-file (wanted `E')\n"


def test_ssh_command_is_not_interactive():
    from vshell.worlds import build, load_decl

    s = Session(build(load_decl("two-hosts")))
    run(s, 'ssh backup echo \\"x')
    r = run(s, "solaris11")
    assert r.status == 2 and "unexpected EOF while looking for matching" in r.stderr
    assert r.prompt == "root@primary:~# "
    run(s, "ssh backup exit 3")
    r = run(s, "solaris11")
    assert r.status == 3 and r.text == ""
    run(s, "ssh backup")
    r = s.interrupt()
    assert r.status == 130 and r.prompt == "root@primary:~# "
