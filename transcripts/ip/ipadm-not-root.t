---
world: lab-perms
user: alice
---
alice@primary:~$ # alice may look, not change: libipadm checks solaris.network.interface.config first
alice@primary:~$ ipadm show-if
IFNAME     CLASS    STATE    ACTIVE OVER
lo0        loopback ok       yes    --
net0       ip       ok       yes    --
alice@primary:~$ ipadm show-addr
ADDROBJ           TYPE     STATE        ADDR
lo0/v4            static   ok           127.0.0.1/8
net0/v4           static   ok           10.0.0.10/24
lo0/v6            static   ok           ::1/128
net0/v6           addrconf ok           fe80::221:28ff:fec6:7b02/10
alice@primary:~$ ipadm show-prop -p forwarding ipv4
PROTO PROPERTY              PERM CURRENT      PERSISTENT   DEFAULT      POSSIBLE
ipv4  forwarding            rw   off          --           off          on,off
alice@primary:~$ ipadm create-ip net1
ipadm: cannot create interface net1: Insufficient user authorizations
[1]
alice@primary:~$ ipadm delete-ip net0
ipadm: cannot delete interface net0: Insufficient user authorizations
[1]
alice@primary:~$ ipadm create-addr -T static -a 10.5.5.5/24 net0/v4b
ipadm: cannot create address: Insufficient user authorizations
[1]
alice@primary:~$ ipadm create-addr -T static -a 10.5.5.5/24 net0
ipadm: cannot create address: Insufficient user authorizations
[1]
alice@primary:~$ ipadm create-addr -T static -a bogus net0/v4b
ipadm: cannot set local address: Invalid address
[1]
alice@primary:~$ ipadm delete-addr net0/v4
ipadm: cannot delete address: Insufficient user authorizations
[1]
alice@primary:~$ ipadm down-addr net0/v4
ipadm: cannot mark the address down: Insufficient user authorizations
[1]
alice@primary:~$ ipadm up-addr net0/v4
ipadm: cannot mark the address up: Insufficient user authorizations
[1]
alice@primary:~$ ipadm disable-addr -t net0/v4
ipadm: cannot disable address: Insufficient user authorizations
[1]
alice@primary:~$ ipadm enable-addr -t net0/v4
ipadm: cannot enable address: Insufficient user authorizations
[1]
alice@primary:~$ ipadm set-prop -p forwarding=on ipv4
ipadm: set-prop: forwarding: Insufficient user authorizations
[1]
alice@primary:~$ ipadm reset-prop -p forwarding ipv4
ipadm: reset-prop: forwarding: Insufficient user authorizations
[1]
alice@primary:~$ ipadm show-addr
ADDROBJ           TYPE     STATE        ADDR
lo0/v4            static   ok           127.0.0.1/8
net0/v4           static   ok           10.0.0.10/24
lo0/v6            static   ok           ::1/128
net0/v6           addrconf ok           fe80::221:28ff:fec6:7b02/10
