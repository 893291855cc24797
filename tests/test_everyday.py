"""The virtual file system's permission rules, the world's users and files, and the pieces of
the everyday commands that transcripts show only indirectly (mode parsing, ls layouts)."""
import pytest

from vshell.commands import lslayout
from vshell.commands.getopt import OptError, getopt
from vshell.commands.modes import BadMode, newmode
from vshell.model.vfs import Cred, FileSystem, FsError
from vshell.session import Session
from vshell.worlds import WorldError, build, load_decl

ROOT = Cred("root", 0, ("root",))
ALICE = Cred("alice", 101, ("staff",))
BOB = Cred("bob", 102, ("staff", "dev"))


@pytest.fixture
def fs():
    f = FileSystem()
    f.mkdir("/etc")
    f.write("/etc/secret", "s\n").mode = 0o600
    f.mkdir("/tmp").mode = 0o1777
    home = f.mkdir("/home/alice", parents=True)
    home.owner, home.group, home.mode = "alice", "alice", 0o750
    f.mkdir("/opt")
    f.mkdir("/opt/locked", 0o700)
    f.write("/opt/locked/x", "hidden\n")
    shared = f.write("/home/alice/plan", "p\n")
    shared.owner, shared.group, shared.mode = "alice", "dev", 0o640
    return f


def codes(fn, *a, **kw):
    try:
        fn(*a, **kw)
    except FsError as e:
        return e.code
    return None


def test_root_passes_every_check(fs):
    assert fs.read("/etc/secret", ROOT) == "s\n"
    assert fs.read("/opt/locked/x", ROOT) == "hidden\n"
    fs.write("/etc/new", "x", who=ROOT)
    fs.mkdir("/opt/locked/sub", who=ROOT)


def test_read_needs_the_read_bit_of_owner_group_or_other(fs):
    assert codes(fs.read, "/etc/secret", ALICE) == "eacces"
    assert fs.read("/home/alice/plan", ALICE) == "p\n"          # owner bits
    assert codes(fs.read, "/home/alice/plan", BOB) == "eacces"  # bob cannot search /home/alice


def test_group_bits_apply_to_members(fs):
    fs.lookup("/home/alice").mode = 0o755
    assert fs.read("/home/alice/plan", BOB) == "p\n"            # bob is in dev
    carol = Cred("carol", 103, ("staff",))
    assert codes(fs.read, "/home/alice/plan", carol) == "eacces"


def test_search_permission_guards_everything_below(fs):
    assert codes(fs.lookup, "/opt/locked/x", ALICE) == "eacces"
    assert codes(fs.listdir, "/opt/locked", ALICE) == "eacces"
    assert codes(fs.stat, "/opt/locked/x", ALICE) == "eacces"
    assert fs.stat("/opt/locked", ALICE).mode == 0o700         # the directory itself is visible


def test_creating_needs_write_and_search_on_the_parent(fs):
    assert codes(fs.write, "/etc/mine", "x", who=ALICE) == "eacces"
    assert codes(fs.mkdir, "/etc/d", who=ALICE) == "eacces"
    assert codes(fs.mkdir, "/etc/a/b", parents=True, who=ALICE) == "eacces"
    node = fs.write("/tmp/mine", "x", owner="alice", group="staff", who=ALICE)
    assert (node.owner, node.group) == ("alice", "staff")


def test_overwriting_needs_write_on_the_file(fs):
    fs.write("/tmp/ro", "x").mode = 0o444
    assert codes(fs.may_write, "/tmp/ro", ALICE) == "eacces"
    assert codes(fs.may_write, "/tmp", ALICE) == "eisdir"
    assert codes(fs.may_write, "/nodir/f", ALICE) == "enoent"
    assert codes(fs.may_write, "/etc/secret/x", ROOT) == "enotdir"


def test_sticky_directory_keeps_users_from_each_others_files(fs):
    node = fs.write("/tmp/bobs", "b")
    node.owner = "bob"
    assert codes(fs.remove, "/tmp/bobs", who=ALICE) == "eacces"
    fs.remove("/tmp/bobs", who=BOB)
    assert not fs.exists("/tmp/bobs")


def test_remove_needs_write_on_the_parent_and_empty_dirs(fs):
    assert codes(fs.remove, "/etc/secret", who=ALICE) == "eacces"
    assert codes(fs.remove, "/opt/locked", who=ROOT) == "enotempty"
    assert codes(fs.remove, "/opt/nothing", who=ROOT) == "enoent"
    fs.remove("/opt/locked", recursive=True, who=ROOT)
    assert not fs.exists("/opt/locked")


def test_only_the_owner_or_root_may_chmod(fs):
    assert codes(fs.chmod, "/home/alice/plan", 0o600, BOB) == "eacces"    # cannot even reach it
    fs.lookup("/home/alice").mode = 0o755
    assert codes(fs.chmod, "/home/alice/plan", 0o600, BOB) == "eperm"
    fs.chmod("/home/alice/plan", 0o600, ALICE)
    fs.chmod("/etc/secret", 0o644, ROOT)
    assert fs.lookup("/etc/secret").mode == 0o644


def test_stat_follows_the_file_system_type():
    z, e = FileSystem(fstype="zfs"), FileSystem(fstype="ext3")
    for f in (z, e):
        f.mkdir("/d/sub", parents=True)
        f.write("/d/f", "hello")
    assert (z.stat("/d").size, z.stat("/d").nlink) == (4, 3)      # ZFS: entries + 2
    assert (e.stat("/d").size, e.stat("/d").nlink) == (4096, 3)
    assert z.stat("/d/f").size == 5 and z.stat("/d/f").nlink == 1


def test_modes_octal_and_symbolic():
    assert newmode("640", 0o777) == 0o640
    assert newmode("u+x,g=r", 0o644) == 0o744
    assert newmode("a-w", 0o664) == 0o444
    assert newmode("+x", 0o644, umask=0o022) == 0o755
    assert newmode("o=u", 0o640) == 0o646
    assert newmode("u+s", 0o755) == 0o4755
    assert newmode("+t", 0o777, umask=0) == 0o1777
    assert newmode("g+X", 0o600, is_dir=True) == 0o610
    for bad, octal in (("8", True), ("zz", False), ("u", False), ("u+q", False), ("", False)):
        with pytest.raises(BadMode) as e:
            newmode(bad, 0o644)
        assert e.value.octal is octal


def test_getopt_dialects():
    assert getopt(["ls", "-la", "x", "-d"], "adl") == ([("-l", None), ("-a", None)], ["x", "-d"])
    assert getopt(["ls", "x", "-d"], "adl", gnu=True)[0] == [("-d", None)]
    assert getopt(["mkdir", "-m", "755", "d"], "m:p")[0] == [("-m", "755")]
    with pytest.raises(OptError) as e:
        getopt(["ls", "-z"], "al")
    assert e.value.text == "ls: illegal option -- z"
    with pytest.raises(OptError) as e:
        getopt(["mkdir", "-m"], "m:p")
    assert e.value.text == "mkdir: option requires an argument -- m"
    with pytest.raises(OptError) as e:
        getopt(["ls", "--bogus"], "a", gnu=True, longopts={"all": False})
    assert "unrecognized option" in e.value.text


def test_solaris_columns_fall_where_ls_c_puts_them():
    p = lslayout.SolarisPrinter(80, True, 2)
    names = [f"file{i:02d}" for i in range(20)]
    p.set_width(6)
    p.pem(names)
    lines = "".join(p.out).splitlines()
    assert lines[0] == "file00  file02  file04  file06  file08  file10  file12  file14  file16  file18"
    assert len(lines) == 2


def test_gnu_columns_use_tabs():
    text = lslayout.gnu_columns(["a", "bbbbbbbbbb", "c"], 80)
    assert text == "a  bbbbbbbbbb  c\n"
    text = lslayout.gnu_columns(["abcdefghij", "x"] * 30, 30)
    assert "\t" in text


def test_world_declares_users_groups_and_files():
    world = build(load_decl("lab-perms"))
    host = world.hosts["primary"]
    assert host.user("bob").groups == ("dev",) and host.user("alice").group == "staff"
    project = host.fs.lookup("/export/project")
    assert (project.owner, project.group, project.mode) == ("alice", "dev", 0o750)
    assert host.fs.lookup("/export/home/alice").owner == "alice"
    assert world.hosts["dom0"].user("oracle").group == "oracle"         # RHEL private group
    assert world.hosts["dom0"].fs.fstype == "ext3"


def test_bad_file_declarations_are_refused_in_words(tmp_path):
    for extra, words in (('[[hosts.files]]\npath = "relative"\n', "absolute"),
                         ('[[hosts.files]]\npath = "/x"\nmode = "9z"\n', "octal mode"),
                         ('files = "nope"\n', "list of tables")):
        p = tmp_path / "w.toml"
        p.write_text('name = "w"\n[[hosts]]\nname = "h"\n' + extra)
        with pytest.raises(WorldError) as e:
            build(load_decl(str(p)))
        assert words in str(e.value)


def test_hostname_renames_the_running_host_for_every_session():
    world = build(load_decl("t5-2"))
    a, b = Session(world), Session(world)
    assert a.execute("hostname lab1").status == 0
    assert b.prompt == "root@lab1:~# " and b.execute("uname -n").stdout == "lab1\n"


def test_sleep_moves_the_virtual_clock_only():
    world = build(load_decl("t5-2"))
    s = Session(world)
    before = world.clock.now
    s.execute("sleep 3600")
    assert world.clock.now - before >= 3600


def test_ls_writes_one_name_a_line_into_a_pipe_or_file():
    s = Session(build(load_decl("t5-2")))
    s.execute("mkdir /tmp/a /tmp/b /tmp/c")
    assert s.execute("ls /tmp").stdout == "a  b  c\n"
    s.execute("ls /tmp > /tmp/list")
    assert s.execute("cat /tmp/list").stdout == "a\nb\nc\nlist\n"
    assert s.execute("ls /tmp | cat").stdout == "a\nb\nc\nlist\n"


def test_completion_offers_paths_the_user_may_see():
    from vshell.completion import complete

    s = Session(build(load_decl("lab-perms")), user="alice")
    s.execute("mkdir /tmp/abc /tmp/abd; echo x > /tmp/file")
    assert complete(s, "ls /tmp/a") == [("/tmp/abc/", -6), ("/tmp/abd/", -6)]
    assert complete(s, "cd /tmp/") == [("/tmp/abc/", -5), ("/tmp/abd/", -5)]
    assert complete(s, "cat /tmp/f") == [("/tmp/file", -6)]
    assert complete(s, "ls /opt/locked/") == []             # alice may not read it
    assert complete(s, "man l") == [("ldm", -1)]


def test_the_root_and_the_empty_name_are_never_created_or_removed(fs):
    assert codes(fs.mkdir, "", who=ROOT) == "enoent"
    assert codes(fs.mkdir, "/", who=ROOT) == "eexist"
    assert codes(fs.write, "/", "x") == "eisdir"
    assert codes(fs.remove, "/", recursive=True, who=ROOT) == "ebusy"
    assert "" not in fs.root.children
