---
world: t5-2
---
root@primary:~# # Every way create-, add-, remove-, modify- and delete-aggr refuse (dladm.c do_*_aggr and
root@primary:~# # libdlaggr.c): options are checked first, as getopt meets them, then the names, then libdladm.
root@primary:~# dladm create-aggr -L active -l net1 -l net2 aggr0
root@primary:~# # a policy is L2, L3, L4 or a list of them
root@primary:~# dladm create-aggr -P L5 -l net3 aggr1
dladm: invalid policy 'L5'
[1]
root@primary:~# dladm create-aggr -P L2,L7 -l net3 aggr1
dladm: invalid policy 'L2,L7'
[1]
root@primary:~# # LACP mode off|active|passive, timer short|long
root@primary:~# dladm create-aggr -L sometimes -l net3 aggr1
dladm: invalid LACP mode 'sometimes'
[1]
root@primary:~# dladm create-aggr -T medium -l net3 aggr1
dladm: invalid LACP timer value 'medium'
[1]
root@primary:~# dladm create-aggr -L active -L passive -l net3 aggr1
dladm: the option -L cannot be specified more than once
[1]
root@primary:~# # -l with a word that does not end in a digit is the old spelling of -L
root@primary:~# dladm create-aggr -l maybe -l net3 aggr1
dladm: invalid LACP mode 'maybe'
[1]
root@primary:~# # a fixed address: unicast (not multicast), not all zeros, six octets
root@primary:~# dladm create-aggr -u 1:0:5e:0:0:1 -l net3 aggr1
dladm: invalid MAC address '1:0:5e:0:0:1'
[1]
root@primary:~# dladm create-aggr -u 0:0:0:0:0:0 -l net3 aggr1
dladm: invalid MAC address '0:0:0:0:0:0'
[1]
root@primary:~# dladm create-aggr -u 0:14:4f -l net3 aggr1
dladm: invalid MAC address '0:14:4f'
[1]
root@primary:~# # the name: a letter first, a number last
root@primary:~# dladm create-aggr -l net3 1aggr
dladm: invalid link name '1aggr'
[1]
root@primary:~# # a port that does not exist, by link or by device name
root@primary:~# dladm create-aggr -l net9 aggr1
dladm: invalid link name 'net9': object not found
[1]
root@primary:~# dladm create-aggr -d ixgbe9 aggr1
dladm: invalid dev name 'ixgbe9': object not found
[1]
root@primary:~# # a port that is no physical link
root@primary:~# dladm create-aggr -l aggr0 aggr1
dladm: create operation failed: invalid argument
[1]
root@primary:~# # a port already in an aggregation, named twice, or busy (net0 carries IP; a VNIC on net3)
root@primary:~# dladm create-aggr -l net1 -l net3 aggr1
dladm: create operation failed: link busy
[1]
root@primary:~# dladm create-aggr -l net3 -l net3 aggr1
dladm: create operation failed: link busy
[1]
root@primary:~# dladm create-aggr -l net0 aggr1
dladm: create operation failed: link busy
[1]
root@primary:~# dladm create-vnic -l net3 vnic3
root@primary:~# dladm create-aggr -l net3 aggr1
dladm: create operation failed: link busy
[1]
root@primary:~# dladm delete-vnic vnic3
root@primary:~# # a name in use
root@primary:~# dladm create-aggr -l net3 aggr0
dladm: create operation failed: object already exists
[1]
root@primary:~# # no port at all: the usage
root@primary:~# dladm create-aggr -P L2 aggr1
dladm: usage:     create-aggr      [-t] [-P <policy>] [-L <mode>] [-T <time>] [-u <address>]
\t\t     -l <link> [-l <link>...] <link> (esc)
[1]
root@primary:~# # the mode is Solaris 11's trunk or dlmp; a DLMP aggregation has no policy or LACP
root@primary:~# dladm create-aggr -m bogus -l net3 aggr1
dladm: invalid aggregation mode 'bogus'
[1]
root@primary:~# dladm create-aggr -m dlmp -L active -l net3 aggr1
dladm: create operation failed: operation not supported
[1]
root@primary:~# dladm show-aggr
LINK              MODE  POLICY   ADDRPOLICY           LACPACTIVITY LACPTIMER
aggr0             trunk L4       auto                 active       short
root@primary:~# # modify-aggr needs something to change
root@primary:~# dladm modify-aggr aggr0
dladm: at least one of the -PulT options must be specified
[1]
root@primary:~# dladm modify-aggr -T forever aggr0
dladm: invalid LACP timer value 'forever'
[1]
root@primary:~# dladm modify-aggr -P L2 aggr9
dladm: modify operation failed: object not found
[1]
root@primary:~# dladm modify-aggr -P L2 net1
dladm: modify operation failed: invalid argument
[1]
root@primary:~# # add-aggr and remove-aggr
root@primary:~# dladm add-aggr -l net3 aggr9
dladm: add operation failed: object not found
[1]
root@primary:~# dladm add-aggr -l net9 aggr0
dladm: invalid <link> 'net9': object not found
[1]
root@primary:~# dladm add-aggr -l net1 aggr0
dladm: add operation failed: link busy
[1]
root@primary:~# dladm add-aggr -l net0 aggr0
dladm: add operation failed: link busy
[1]
root@primary:~# dladm remove-aggr -l net3 aggr0
dladm: remove operation failed: invalid link
[1]
root@primary:~# dladm remove-aggr -l net1 -l net2 aggr0
dladm: remove operation failed: invalid argument
[1]
root@primary:~# dladm remove-aggr -l net9 aggr0
dladm: invalid <link> 'net9': object not found
[1]
root@primary:~# # delete-aggr: unknown, not an aggregation, key 0, an unknown key
root@primary:~# dladm delete-aggr aggr9
dladm: delete operation failed: object not found
[1]
root@primary:~# dladm delete-aggr net1
dladm: delete operation failed: invalid argument
[1]
root@primary:~# dladm delete-aggr 0
dladm: delete operation failed: invalid link
[1]
root@primary:~# dladm delete-aggr 5
dladm: delete operation failed: object not found
[1]
root@primary:~# # show-aggr
root@primary:~# dladm show-aggr aggr9
dladm: link aggr9 is not valid: object not found
[1]
root@primary:~# dladm show-aggr 9
dladm: non-existent aggregation '9'
[1]
root@primary:~# dladm show-aggr -p
dladm: -p requires -o
[1]
root@primary:~# dladm show-aggr -p -o all
dladm: "-o all" is invalid with -p
[1]
root@primary:~# dladm show-aggr -o link,speed
dladm: warning: ignoring unknown output field: `speed'
LINK
aggr0
root@primary:~# dladm show-aggr -L -x
dladm: the option -L cannot be used with -x
[1]
root@primary:~# dladm show-aggr -P -L
dladm: the option -P cannot be used with -L
[1]
root@primary:~# dladm show-aggr -i 5
dladm: the option -i can be used only with -s
[1]
root@primary:~# # nothing changed
root@primary:~# dladm show-aggr
LINK              MODE  POLICY   ADDRPOLICY           LACPACTIVITY LACPTIMER
aggr0             trunk L4       auto                 active       short
root@primary:~# dladm show-link
LINK                CLASS     MTU    STATE    OVER
net0                phys      1500   up       --
net1                phys      1500   up       --
net2                phys      1500   up       --
net3                phys      1500   up       --
aggr0               aggr      1500   up       net1 net2
