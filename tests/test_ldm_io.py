"""ldm physical I/O: list-io, add-io, remove-io, set-io iov= — the rules behind transcripts/ldm/io.t."""
import random

import pytest

from vshell.messages_ldm_io import LDM_IO
from vshell.session import Session
from vshell.worlds import build, load_decl
from helpers import ok

SLOT_DYNAMIC = ("Dynamic I/O operations on PCIe slots are not supported.\n"
                "Use start-reconf command to trigger delayed reconfiguration and make I/O\n"
                "changes statically.\n")

# the 3.4 Admin Guide's T4-2 session after pci_1 left primary (research notes §4), verbatim with
# its trailing blanks, up to the last row the stored excerpt shows whole
T4_2_LIST_IO = """\
NAME                                      TYPE   BUS      DOMAIN   STATUS   
----                                      ----   ---      ------   ------   
pci_0                                     BUS    pci_0    primary  IOV      
pci_1                                     BUS    pci_1
niu_0                                     NIU    niu_0    primary           
niu_1                                     NIU    niu_1    primary           
/SYS/MB/PCIE0                             PCIE   pci_0    primary  OCC      
/SYS/MB/PCIE2                             PCIE   pci_0    primary  OCC      
/SYS/MB/PCIE4                             PCIE   pci_0    primary  OCC      
/SYS/MB/PCIE6                             PCIE   pci_0    primary  EMP      
/SYS/MB/PCIE8                             PCIE   pci_0    primary  EMP      
/SYS/MB/SASHBA                            PCIE   pci_0    primary  OCC      
/SYS/MB/NET0                              PCIE   pci_0    primary  OCC      
/SYS/MB/PCIE1                             PCIE   pci_1             UNK      
/SYS/MB/PCIE3                             PCIE   pci_1             UNK      
"""


def session(world="t5-2", platform=None):
    decl = dict(load_decl(world))
    if platform:
        decl["hosts"] = [dict(h, platform=platform) for h in decl["hosts"]]
    return Session(build(decl))


@pytest.fixture
def s():
    return session()


def refused(s, line, status=1):
    before = ldm(s).snapshot()
    r = s.execute(line)
    assert r.status == status and r.stderr and "Traceback" not in r.text, (line, r.text)
    assert ldm(s).snapshot() == before, line          # a refused command changes nothing
    return r.stderr


def ldm(s):
    return s.world.hosts["primary"].ldm


def owners(s, bus):
    return [d.name for d in ldm(s).domains.values() if bus in d.io]


def guest(s, name="ldg1"):
    for line in ("ldm set-vcpu 16 primary", "ldm set-memory 16G primary", f"ldm add-domain {name}",
                 f"ldm add-vcpu 8 {name}", f"ldm add-memory 4G {name}"):
        ok(s, line)


def give_bus(s, bus="pci_1", name="ldg1"):
    """The Admin Guide's root-domain recipe: out of primary, reboot, into the guest."""
    r = ok(s, f"ldm remove-io {bus} primary")
    assert r.stdout.startswith("Initiating a delayed reconfiguration operation on the primary domain.")
    ok(s, "reboot")
    ok(s, f"ldm add-io {bus} {name}")


def test_the_published_t4_2_list_io_comes_from_the_model():
    s = session(platform="T4-2")
    ok(s, "ldm start-reconf primary")
    ok(s, "ldm remove-io pci_1 primary")
    ok(s, "reboot")
    out = ok(s, "ldm list-io").stdout
    assert out.startswith(T4_2_LIST_IO)
    assert out[len(T4_2_LIST_IO):].startswith("/SYS/MB/PCIE5 ")


def test_factory_default_primary_holds_every_bus_and_slot(s):
    plat = ldm(s).platform
    out = ok(s, "ldm list-io").stdout.splitlines()
    names = [line.split()[0] for line in out[2:]]
    assert names == [r.pseudonym for r in plat.pcie] + [x for r in plat.pcie for x in r.slots + r.onboard]
    assert all(line.split()[3] == "primary" for line in out[2:])
    assert ok(s, "ldm list-io -p pci_0").stdout.splitlines()[1] == \
        "IO|name=pci_0|type=BUS|bus=pci_0|domain=primary|status=IOV"


def test_a_bus_moves_to_a_guest_through_primarys_delayed_reconfiguration(s):
    guest(s)
    ok(s, "ldm remove-io pci_1 primary")
    assert ldm(s).primary.delayed_reconf and owners(s, "pci@340") == ["primary"]   # waits for the reboot
    assert "Delayed reconfiguration of LDom ldg1 is not permitted" in refused(s, "ldm add-io pci_1 ldg1")
    ok(s, "reboot")
    assert owners(s, "pci@340") == [] and not ldm(s).primary.delayed_reconf
    ok(s, "ldm add-io pci_1 ldg1")
    assert owners(s, "pci@340") == ["ldg1"]
    assert refused(s, "ldm add-io pci_1 ldg1") == "I/O device pci_1 is already assigned to domain ldg1\n"
    assert refused(s, "ldm add-io pci_2 ldg1") == "I/O device pci_2 is already assigned to domain primary\n"
    ok(s, "ldm bind ldg1")
    ok(s, "ldm start ldg1")
    assert "    pci@340          pci_1" in ok(s, "ldm list -l ldg1").stdout
    assert "|dev=pci@340|alias=pci_1" in ok(s, "ldm list -l -p ldg1").stdout
    assert "pci@340          pci_1            yes" in ok(s, "ldm list-devices -a io").stdout


def test_an_active_root_domain_refuses_a_slot_change_until_start_reconf(s):
    guest(s)
    give_bus(s)
    ok(s, "ldm bind ldg1")
    ok(s, "ldm start ldg1")
    assert refused(s, "ldm remove-io /SYS/MB/PCIE7 ldg1") == SLOT_DYNAMIC
    assert refused(s, "ldm remove-io pci_1 ldg1").startswith("Dynamic I/O operations on PCIe buses")
    r = ok(s, "ldm start-reconf ldg1")
    assert r.stdout.startswith("Initiating a delayed reconfiguration operation on the ldg1 domain.\n")
    r = ok(s, "ldm remove-io /SYS/MB/PCIE7 ldg1")
    assert "Notice: The ldg1 domain is in the process of a delayed reconfiguration." in r.stdout
    assert "/SYS/MB/PCIE7 " in ok(s, "ldm list-io pci_1").stdout.splitlines()[-1]
    assert ok(s, "ldm list-io pci_1").stdout.splitlines()[-1].split()[3] == "ldg1"
    refused(s, "ldm add-vcpu 8 primary")            # the other domains are frozen meanwhile
    ok(s, "ldm stop ldg1")                          # the reset carries the change out
    last = ok(s, "ldm list-io pci_1").stdout.splitlines()[-1].split()
    assert last[0] == "/SYS/MB/PCIE7" and last[3] == "UNK" and not ldm(s).domains["ldg1"].delayed_reconf


def test_a_slot_goes_to_an_io_domain_and_back(s):
    guest(s)
    ok(s, "ldm start-reconf primary")
    ok(s, "ldm remove-io /SYS/MB/PCIE2 primary")
    ok(s, "reboot")
    ok(s, "ldm add-io /SYS/MB/PCIE2 ldg1")
    assert ldm(s).domains["ldg1"].io == ["/SYS/MB/PCIE2"]
    assert refused(s, "ldm add-io /SYS/MB/PCIE3 ldg1") == \
        "I/O device /SYS/MB/PCIE3 is already assigned to domain primary\n"
    ok(s, "ldm bind ldg1")
    io = ok(s, "ldm list -o physio ldg1").stdout
    assert "/SYS/MB/PCIE2" in io and "pci@380/" in io
    ok(s, "ldm unbind ldg1")
    ok(s, "ldm remove-io /SYS/MB/PCIE2 ldg1")       # an inactive domain changes at once
    assert ldm(s).domains["ldg1"].io == []
    row = [x for x in ok(s, "ldm list-io").stdout.splitlines() if x.startswith("/SYS/MB/PCIE2 ")][0]
    assert row.split()[3] == "OCC"                  # nobody holds it now


def test_direct_io_needs_iov_on_its_bus(s):
    guest(s)
    give_bus(s)
    ok(s, "ldm remove-io pci_1 ldg1")
    ok(s, "ldm set-io iov=off pci_1")
    assert refused(s, "ldm add-io /SYS/MB/PCIE7 ldg1") == \
        "I/O virtualization is not enabled on bus pci_1; use ldm set-io iov=on pci_1\n"
    ok(s, "ldm add-io iov=on pci_1 ldg1")
    assert ldm(s).pcie.iov["pci@340"] is True


def test_set_io_on_a_bus_of_active_primary_waits_for_the_reboot(s):
    r = ok(s, "ldm set-io iov=off pci_3")
    assert r.stdout.startswith("Initiating a delayed reconfiguration")
    assert ldm(s).pcie.iov["pci@3c0"] is True
    ok(s, "ldm cancel-reconf primary")
    assert ldm(s).pcie.iov["pci@3c0"] is True
    ok(s, "ldm set-io iov=off pci_3")
    ok(s, "reboot")
    assert ldm(s).pcie.iov["pci@3c0"] is False
    assert ok(s, "ldm list-io pci_3").stdout.splitlines()[2].rstrip().endswith("primary")


def test_refusals(s):
    guest(s)
    assert refused(s, "ldm remove-io pci_0 primary") == \
        "I/O device pci_0 holds the boot disk of domain primary and cannot be removed\n"
    refused(s, "ldm remove-io /SYS/MB/SASHBA0 primary")
    assert refused(s, "ldm remove-io pci_9 primary") == "Invalid I/O device: pci_9\n"
    assert refused(s, "ldm remove-io pci_1 ldg1") == "I/O device pci_1 is not assigned to domain ldg1\n"
    refused(s, "ldm add-io pci_1 ldgX")
    refused(s, "ldm list-io nosuch")
    refused(s, "ldm set-io iov=on /SYS/MB/PCIE5")
    refused(s, "ldm add-io iov=on /SYS/MB/PCIE5 primary")
    assert refused(s, "ldm start-reconf ldg1") == "Delayed reconfiguration is only supported on root domains\n"
    # a bus whose slot another domain holds stays where it is
    ok(s, "ldm start-reconf primary")
    ok(s, "ldm remove-io /SYS/MB/PCIE7 primary")
    ok(s, "reboot")
    ok(s, "ldm add-io /SYS/MB/PCIE7 ldg1")
    ok(s, "ldm start-reconf primary")
    assert refused(s, "ldm remove-io pci_1 primary") == \
        "Bus pci_1 cannot be removed: its device /SYS/MB/PCIE7 is assigned to domain ldg1\n"
    # a dry run checks and changes nothing
    ok(s, "ldm cancel-reconf primary")
    before = ldm(s).snapshot()
    ok(s, "ldm remove-io -n /SYS/MB/PCIE7 ldg1")
    assert ldm(s).snapshot() == before


def test_the_boot_bus_is_the_marked_one_else_the_onboard_sas_one():
    assert session(platform="S7-2").world.hosts["primary"].ldm.pcie.boot_root().pseudonym == "pci_2"
    assert session(platform="T4-2").world.hosts["primary"].ldm.pcie.boot_root().device == "pci@400"


def test_ldoms_1x_has_add_and_remove_io_of_buses_but_no_list_io():
    s = session("t2000-ldoms10")
    for line in ("ldm list-io", "ldm ls-io", "ldm set-io iov=on bus_a"):
        r = s.execute(line)
        assert r.status == 1 and r.stderr.startswith(f"Unknown command {line.split()[1]};")
    refused(s, "ldm remove-io PCIE2 primary")                     # no direct I/O before 2.0
    r = ok(s, "ldm remove-io bus_b primary")
    assert r.stdout.startswith("Initiating delayed reconfigure operation on LDom primary.")
    ok(s, "reboot")
    assert owners(s, "pci@7c0") == []
    assert "pci@7c0          bus_b            no" in ok(s, "ldm list-devices -a io").stdout


def test_every_bus_and_slot_has_at_most_one_holder_whatever_is_typed():
    s = session()
    guest(s)
    ok(s, "ldm add-domain ldg2")
    words = ("ldm add-io rm-io remove-io set-io iov=on iov=off list-io start-reconf cancel-reconf "
             "reboot bind unbind start stop pci_0 pci_1 pci_2 pci_3 pci@380 /SYS/MB/PCIE2 "
             "/SYS/MB/PCIE7 /SYS/MB/NET2 primary ldg1 ldg2 -n").split()
    rnd = random.Random(5)
    for _ in range(400):
        n = rnd.randint(1, 4)
        line = "ldm " + " ".join(rnd.choice(words) for _ in range(n))
        if rnd.random() < 0.1:
            line = "reboot"
        r = s.execute(line)
        assert "Traceback" not in r.text, line
        m = ldm(s)
        for root in m.platform.pcie:
            assert len(owners(s, root.device)) <= 1, line
            for dev in m.pcie.devices(root):
                assert sum(dev.name in d.io for d in m.domains.values()) <= 1, line


def test_every_guessed_message_is_unique_and_formats():
    keys = [m.key for m in LDM_IO]
    assert len(keys) == len(set(keys)) and all(k.startswith("ldm.io-") for k in keys)
    for m in LDM_IO:
        assert m.text.format(name="n", domain="d", slot="s", bus="b") and m.why
