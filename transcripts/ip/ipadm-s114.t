---
world: s114-x86
---
root@scorpion:~# # Oracle Solaris 11.4: `ipadm` alone is the tree of interfaces and their address objects
root@scorpion:~# ipadm
NAME              CLASS/TYPE STATE        UNDER      ADDR
lo0               loopback   ok           --         --
   lo0/v4         static     ok           --         127.0.0.1/8
   lo0/v6         static     ok           --         ::1/128
net0              ip         ok           --         --
   net0/v4        static     ok           --         10.0.0.10/24
   net0/v6        addrconf   ok           --         fe80::a00:27ff:fe1a:2b3c/10
root@scorpion:~# ipadm show-if
IFNAME     CLASS    STATE    ACTIVE OVER
lo0        loopback ok       yes    --
net0       ip       ok       yes    --
root@scorpion:~# ipadm show-addr
ADDROBJ           TYPE     STATE        ADDR
lo0/v4            static   ok           127.0.0.1/8
net0/v4           static   ok           10.0.0.10/24
lo0/v6            static   ok           ::1/128
net0/v6           addrconf ok           fe80::a00:27ff:fe1a:2b3c/10
root@scorpion:~# # a new IP interface has no address: it is down until it has one (S07)
root@scorpion:~# ipadm create-ip net1
root@scorpion:~# ipadm
NAME              CLASS/TYPE STATE        UNDER      ADDR
lo0               loopback   ok           --         --
   lo0/v4         static     ok           --         127.0.0.1/8
   lo0/v6         static     ok           --         ::1/128
net0              ip         ok           --         --
   net0/v4        static     ok           --         10.0.0.10/24
   net0/v6        addrconf   ok           --         fe80::a00:27ff:fe1a:2b3c/10
net1              ip         down         --         --
root@scorpion:~# # an interface name instead of an address object: 11.4 names it and says the name
root@scorpion:~# ipadm create-addr -T static -a 192.168.131.142 net1
net1/v4
root@scorpion:~# ipadm create-addr -d -a 192.168.1.220/24 net1
net1/v4a
root@scorpion:~# ipadm show-addr
ADDROBJ           TYPE     STATE        ADDR
lo0/v4            static   ok           127.0.0.1/8
net0/v4           static   ok           10.0.0.10/24
net1/v4           static   ok           192.168.131.142/24
net1/v4a          static   down         192.168.1.220/24
lo0/v6            static   ok           ::1/128
net0/v6           addrconf ok           fe80::a00:27ff:fe1a:2b3c/10
root@scorpion:~# ipadm up-addr net1/v4a
root@scorpion:~# ipadm show-addr net1/v4a
ADDROBJ           TYPE     STATE        ADDR
net1/v4a          static   ok           192.168.1.220/24
root@scorpion:~# ipadm down-addr net1/v4a
root@scorpion:~# ipadm show-addr net1/
ADDROBJ           TYPE     STATE        ADDR
net1/v4           static   ok           192.168.131.142/24
net1/v4a          static   down         192.168.1.220/24
root@scorpion:~# # IPv6: link-local by addrconf, then a static address under a name of our choosing
root@scorpion:~# ipadm create-addr -T addrconf net1
net1/v6
root@scorpion:~# ipadm create-addr -T static -a fd00:1::5/64 net1/ula
root@scorpion:~# ipadm
NAME              CLASS/TYPE STATE        UNDER      ADDR
lo0               loopback   ok           --         --
   lo0/v4         static     ok           --         127.0.0.1/8
   lo0/v6         static     ok           --         ::1/128
net0              ip         ok           --         --
   net0/v4        static     ok           --         10.0.0.10/24
   net0/v6        addrconf   ok           --         fe80::a00:27ff:fe1a:2b3c/10
net1              ip         ok           --         --
   net1/v4        static     ok           --         192.168.131.142/24
   net1/v4a       static     down         --         192.168.1.220/24
   net1/v6        addrconf   ok           --         fe80::a00:27ff:fe4d:5e6f/10
   net1/ula       static     ok           --         fd00:1::5/64
root@scorpion:~# ipadm show-if
IFNAME     CLASS    STATE    ACTIVE OVER
lo0        loopback ok       yes    --
net0       ip       ok       yes    --
net1       ip       ok       yes    --
root@scorpion:~# ipadm show-if -o all net1
IFNAME     CLASS    STATE    ACTIVE CURRENT       PERSISTENT OVER
net1       ip       ok       yes    bm46--------  46--       --
root@scorpion:~# ipadm show-addr -p -o addrobj,type,state
lo0/v4:static:ok
net0/v4:static:ok
net1/v4:static:ok
net1/v4a:static:down
lo0/v6:static:ok
net0/v6:addrconf:ok
net1/v6:addrconf:ok
net1/ula:static:ok
root@scorpion:~# ipadm show-addr -o addrobj,current,persistent
ADDROBJ           CURRENT PERSISTENT
lo0/v4            U----   U--
net0/v4           U----   U--
net1/v4           U----   U--
net1/v4a          -----   ---
lo0/v6            U----   U--
net0/v6           U----   U--
net1/v6           U----   U--
net1/ula          U----   U--
root@scorpion:~# # disable keeps the configuration; enable brings it back
root@scorpion:~# ipadm disable-addr -t net1/v4
root@scorpion:~# ipadm show-addr net1/v4
ADDROBJ           TYPE     STATE        ADDR
net1/v4           static   disabled     192.168.131.142/24
root@scorpion:~# ipadm enable-addr -t net1/v4
root@scorpion:~# ipadm show-addr net1/v4
ADDROBJ           TYPE     STATE        ADDR
net1/v4           static   ok           192.168.131.142/24
root@scorpion:~# ipadm delete-addr net1/v4a
root@scorpion:~# ipadm delete-addr net1/ula
root@scorpion:~# ipadm show-addr net1/
ADDROBJ           TYPE     STATE        ADDR
net1/v4           static   ok           192.168.131.142/24
net1/v6           addrconf ok           fe80::a00:27ff:fe4d:5e6f/10
root@scorpion:~# # a temporary interface and address (-t): gone at the next boot
root@scorpion:~# ipadm create-ip -t net2
ipadm: cannot create interface net2: Datalink does not exist
[1]
root@scorpion:~# ipadm create-addr -t -T static -a 10.1.2.3/8 net2/tmp
ipadm: cannot create address: Datalink does not exist
[1]
root@scorpion:~# ipadm show-addr -o addrobj,persistent net2/tmp
ipadm: address object not found
[1]
root@scorpion:~# ipadm show-if -p -o ifname,state,persistent
lo0:ok:----
net0:ok:46--
net1:ok:46--
root@scorpion:~# # DHCP: this world's DHCP server offers nothing, so dhcpagent times out
root@scorpion:~# ipadm create-addr -T dhcp net2/dhcp
ipadm: cannot create address: Datalink does not exist
[1]
root@scorpion:~# ipadm show-addr net2/dhcp
ipadm: address object not found
[1]
root@scorpion:~# ipadm delete-addr -r net2/dhcp
ipadm: cannot delete address: Object not found
[1]
root@scorpion:~# ipadm delete-ip net2
ipadm: cannot delete interface net2: No such interface
[1]
root@scorpion:~# ipadm delete-ip net1
root@scorpion:~# ipadm
NAME              CLASS/TYPE STATE        UNDER      ADDR
lo0               loopback   ok           --         --
   lo0/v4         static     ok           --         127.0.0.1/8
   lo0/v6         static     ok           --         ::1/128
net0              ip         ok           --         --
   net0/v4        static     ok           --         10.0.0.10/24
   net0/v6        addrconf   ok           --         fe80::a00:27ff:fe1a:2b3c/10
