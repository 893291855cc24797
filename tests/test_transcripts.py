"""`vshell run` and `vshell check`: round trip, diffs, --update, determinism, Markdown."""
import subprocess
import sys

import pytest

from vshell.cli import main
from vshell.transcript import lines as L

SCRIPT = "ldm list\nldm list -p\nfrob\nssh backup\nsolaris11\nhostname\nexit\necho -n done\n"


def vshell(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "vshell", *args], input=stdin,
                          capture_output=True, text=True)


@pytest.fixture
def recorded(tmp_path):
    r = vshell("run", "--world", "two-hosts", "-", stdin=SCRIPT)
    assert r.returncode == 0, r.stderr
    path = tmp_path / "session.t"
    path.write_text(r.stdout)
    return path


def test_run_output_checks_back(recorded):
    assert "Password: \n" in recorded.read_text()          # the answer is not echoed
    assert main(["check", str(recorded)]) == 0


def test_one_changed_byte_fails_with_a_diff_and_update_repairs(recorded, capsys):
    text = recorded.read_text()
    broken = text.replace("-bash: frob: command not found", "-bash: frob: command not founD")
    assert broken != text
    recorded.write_text(broken)
    assert main(["check", str(recorded)]) == 1
    out = capsys.readouterr().out
    assert "-bash: frob: command not founD" in out and "+-bash: frob: command not found" in out
    assert main(["check", "--update", str(recorded)]) == 0
    assert recorded.read_text() == text
    assert main(["check", str(recorded)]) == 0


def test_same_seed_same_bytes_other_seed_other_bytes():
    a = vshell("run", "--seed", "3", "-", stdin="ldm list -p\n").stdout
    b = vshell("run", "--seed", "3", "-", stdin="ldm list -p\n").stdout
    c = vshell("run", "--seed", "4", "-", stdin="ldm list -p\n").stdout
    assert a == b and a != c


def test_markdown_handout_two_blocks_one_session(tmp_path):
    md = tmp_path / "handout.md"
    md.write_text(
        "# A lab\n\nFirst leave a note:\n\n```console\n"
        "root@primary:~# echo remember > /tmp/note\n```\n\n"
        "Then read it back in a second block, same world:\n\n```console\n"
        "root@primary:~# cat /tmp/note\nremember\n```\n\nThe end.\n")
    assert main(["check", str(md)]) == 0
    md.write_text(md.read_text().replace("remember\n```", "forgotten\n```"))
    assert main(["check", str(md)]) == 1
    assert main(["check", "--update", str(md)]) == 0
    assert "cat /tmp/note\nremember\n```\n\nThe end." in md.read_text()


def test_block_front_matter_starts_a_new_world(tmp_path):
    md = tmp_path / "h.md"
    md.write_text("```console\nroot@primary:~# echo x > /tmp/n\n```\n\n"
                  "```console\n---\nworld: t5-2\n---\nroot@primary:~# cat /tmp/n\n"
                  "cat: cannot open /tmp/n: No such file or directory\n[2]\n```\n")
    assert main(["check", str(md)]) == 0


def test_output_driven_lines_that_look_like_prompts(tmp_path):
    t = tmp_path / "p.t"
    t.write_text("root@primary:~# echo 'root@primary:~# not a command'\n"
                 "root@primary:~# not a command\nroot@primary:~# hostname\nprimary\n")
    assert main(["check", str(t)]) == 0


def test_wildcards(tmp_path):
    t = tmp_path / "w.t"
    t.write_text("root@primary:~# ldm list\n"
                 "NAME * (glob)\n"
                 r"primary\s+active\s+-n-c--\s+SP\s+256\s+\S+\s+[0-9.]+%.* (re)" "\n"
                 "root@primary:~# echo a; echo b; echo c\n...\nc\n"
                 "root@primary:~# frob\n-bash: frob: command not found\n[127]\n")
    assert main(["check", str(t)]) == 0


def test_missing_status_line_fails(tmp_path):
    t = tmp_path / "s.t"
    t.write_text("root@primary:~# frob\n-bash: frob: command not found\n")
    assert main(["check", str(t)]) == 1


def test_out_of_step_transcript_explains(tmp_path, capsys):
    t = tmp_path / "x.t"
    t.write_text("primary# ldm list\n")
    assert main(["check", str(t)]) == 1
    assert "the shell waits at 'root@primary:~# '" in capsys.readouterr().err


def test_special_keys(tmp_path):
    r = vshell("run", "-", stdin="echo 'open\n^C\n^D\n")
    # bash's $? is 130 after Ctrl-C, and Ctrl-D leaves with the last status
    assert r.stdout == "root@primary:~# echo 'open\n> ^C\n[130]\nroot@primary:~# ^D\nlogout\n[130]\n"


def test_escape_round_trip():
    for text in ["a\tb", "back\\slash\x07", "...", "[3]", "x (re)"]:
        (line,) = L.render_output(text + "\n", 0)
        assert line.endswith(" (esc)")
        assert L.matches(line, line) and L.unescape(line[:-6]) == text


def test_state_file_saved_after_every_command(tmp_path):
    state = tmp_path / "s.json"
    vshell("run", "--state", str(state), "-", stdin="echo persisted > /tmp/p\n")
    r = vshell("run", "--state", str(state), "-", stdin="cat /tmp/p\n")
    assert "persisted" in r.stdout


def test_run_does_not_import_front_ends():
    code = ("import sys, io; sys.stdin = io.StringIO('ldm list\\n'); from vshell.cli import main; "
            "main(['run', '-']); "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('prompt_toolkit', 'textual')]; "
            "assert not bad, bad")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_bad_world_is_an_error_not_a_traceback():
    r = vshell("run", "--world", "nosuch", "-", stdin="ldm list\n")
    assert r.returncode == 2 and "no world named 'nosuch'" in r.stderr and "Traceback" not in r.stderr


def test_key_at_a_password_prompt_round_trips(tmp_path):
    r = vshell("run", "--world", "two-hosts", "-", stdin="ssh backup\n^C\nhostname\n")
    assert "Password: ^C\n[130]\n" in r.stdout
    t = tmp_path / "k.t"
    t.write_text(r.stdout)
    assert main(["check", str(t)]) == 0


@pytest.mark.parametrize("front,message", [
    ("world: nosuch", "no world named 'nosuch'"),
    ("seed: abc", "seed 'abc' is not a number"),
    ("host: nosuch", "its start host 'nosuch' is not one of its hosts"),
])
def test_bad_front_matter_is_reported_and_the_next_file_still_checked(tmp_path, capsys, front, message):
    bad = tmp_path / "bad.t"
    bad.write_text(f"---\n{front}\n---\nroot@primary:~# hostname\nprimary\n")
    good = tmp_path / "good.t"
    good.write_text("root@primary:~# hostname\nprimary\n")
    assert main(["check", str(bad), str(good)]) == 1
    err = capsys.readouterr().err
    assert message in err and "1 of 2 transcripts differ" in err


def test_run_bad_inputs_are_errors_not_tracebacks(tmp_path):
    binary = tmp_path / "b"
    binary.write_bytes(b"\xff\n")
    r = vshell("run", str(binary))
    assert r.returncode == 2 and "not UTF-8" in r.stderr
    r = vshell("run", "--state", str(tmp_path / "no" / "dir" / "s.json"), "-", stdin="hostname\n")
    assert r.returncode == 2 and "cannot save state" in r.stderr
    damaged = tmp_path / "d.json"
    damaged.write_text('{"world": {"hosts": [{"name": "a"}]}, "journal": 5}')
    r = vshell("run", "--state", str(damaged), "-", stdin="hostname\n")
    assert r.returncode == 2 and "journal is damaged" in r.stderr
    for r in (vshell("run", "-", stdin='echo "c\fd"\n'),):
        assert r.stdout.count("root@primary:~# ") == 1 and "Traceback" not in r.stderr
