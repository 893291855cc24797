---
world: t5-2
---
root@primary:~# # Link aggregations (dladm(1M) create-aggr ... show-aggr): the T5-2's four ixgbe ports are
root@primary:~# # net0..net3; net0 carries the host's IP interface, so the aggregation takes net1 and net2.
root@primary:~# dladm show-phys
LINK              MEDIA                STATE      SPEED  DUPLEX    DEVICE
net0              Ethernet             up         10000  full      ixgbe0
net1              Ethernet             up         10000  full      ixgbe1
net2              Ethernet             up         10000  full      ixgbe2
net3              Ethernet             up         10000  full      ixgbe3
root@primary:~# # LACP active, the default policy (L4) and timer (short); the address is net1's (auto)
root@primary:~# dladm create-aggr -L active -l net1 -l net2 aggr0
root@primary:~# dladm show-aggr
LINK              MODE  POLICY   ADDRPOLICY           LACPACTIVITY LACPTIMER
aggr0             trunk L4       auto                 active       short
root@primary:~# dladm show-aggr -L
LINK                PORT         AGGREGATABLE SYNC COLL DIST DEFAULTED EXPIRED
aggr0               net1         yes          yes  yes  yes  no        no
--                  net2         yes          yes  yes  yes  no        no
root@primary:~# dladm show-aggr -x
LINK       PORT           SPEED DUPLEX   STATE     ADDRESS            PORTSTATE
aggr0      --             20000Mb full   up        0:21:28:8b:3:1e    --
           net1           10000Mb full   up        0:21:28:8b:3:1e    attached
           net2           10000Mb full   up        0:21:28:8b:3:1f    attached
root@primary:~# dladm show-aggr -p -o link,policy,addrpolicy,lacpactivity,lacptimer
aggr0:L4:auto:active:short
root@primary:~# dladm show-aggr -x -p -o link,port,speed,portstate
aggr0::20000Mb:
aggr0:net1:10000Mb:attached
aggr0:net2:10000Mb:attached
root@primary:~# dladm show-aggr -o all aggr0
LINK              ZONE      MODE  POLICY   ADDRPOLICY           LACPACTIVITY LACPTIMER   FLAGS
aggr0             global    trunk L4       auto                 active       short       -----
root@primary:~# # the aggregation is a link: CLASS aggr, OVER its ports
root@primary:~# dladm show-link
LINK                CLASS     MTU    STATE    OVER
net0                phys      1500   up       --
net1                phys      1500   up       --
net2                phys      1500   up       --
net3                phys      1500   up       --
aggr0               aggr      1500   up       net1 net2
root@primary:~# dladm show-link -p -o link,class,over aggr0
aggr0:aggr:net1 net2
root@primary:~# # a port more, a port less
root@primary:~# dladm add-aggr -l net3 aggr0
root@primary:~# dladm show-aggr -x aggr0
LINK       PORT           SPEED DUPLEX   STATE     ADDRESS            PORTSTATE
aggr0      --             30000Mb full   up        0:21:28:8b:3:1e    --
           net1           10000Mb full   up        0:21:28:8b:3:1e    attached
           net2           10000Mb full   up        0:21:28:8b:3:1f    attached
           net3           10000Mb full   up        0:21:28:8b:3:20    attached
root@primary:~# dladm remove-aggr -l net2 aggr0
root@primary:~# dladm show-link aggr0
LINK                CLASS     MTU    STATE    OVER
aggr0               aggr      1500   up       net1 net3
root@primary:~# # policy, timer and a fixed address; then back to the first port's address
root@primary:~# dladm modify-aggr -P L2,L3 -T long -u 0:14:4f:fb:0:1 aggr0
root@primary:~# dladm show-aggr
LINK              MODE  POLICY   ADDRPOLICY           LACPACTIVITY LACPTIMER
aggr0             trunk L2,L3    fixed (0:14:4f:fb:0:1) active     long
root@primary:~# dladm modify-aggr -u auto -L passive aggr0
root@primary:~# dladm show-aggr
LINK              MODE  POLICY   ADDRPOLICY           LACPACTIVITY LACPTIMER
aggr0             trunk L2,L3    auto                 passive      long
root@primary:~# # a VNIC over the aggregation keeps it from going away
root@primary:~# dladm create-vnic -l aggr0 vnic0
root@primary:~# dladm show-vnic
LINK            OVER           SPEED  MACADDRESS        MACADDRTYPE IDS
vnic0           aggr0          20000  2:8:20:1c:10:a7   random      VID:0
root@primary:~# dladm show-link
LINK                CLASS     MTU    STATE    OVER
net0                phys      1500   up       --
net1                phys      1500   up       --
net2                phys      1500   up       --
net3                phys      1500   up       --
aggr0               aggr      1500   up       net1 net3
vnic0               vnic      1500   up       aggr0
root@primary:~# dladm delete-aggr aggr0
dladm: delete operation failed: link busy
[1]
root@primary:~# dladm delete-vnic vnic0
root@primary:~# dladm delete-aggr aggr0
root@primary:~# dladm show-aggr
root@primary:~# # a number as the last argument is the key: the link is aggr<key>; -f forces (FLAGS f----)
root@primary:~# dladm create-aggr -f -P l3,L2 -l net1 -l net2 1
root@primary:~# dladm show-aggr -o link,policy,flags 1
LINK              POLICY   FLAGS
aggr1             L2,L3    f----
root@primary:~# dladm delete-aggr 1
root@primary:~# # Solaris 11's other mode: a DLMP aggregation (no policy, no LACP)
root@primary:~# dladm create-aggr -m dlmp -l net1 -l net2 dlmp0
root@primary:~# dladm show-aggr
LINK              MODE  POLICY   ADDRPOLICY           LACPACTIVITY LACPTIMER
dlmp0             dlmp  --       --                   --           --
root@primary:~# dladm delete-aggr dlmp0
root@primary:~# dladm show-link
LINK                CLASS     MTU    STATE    OVER
net0                phys      1500   up       --
net1                phys      1500   up       --
net2                phys      1500   up       --
net3                phys      1500   up       --
