---
world: ovm2-bonding
---
[root@virtual4 ~]# cd /etc/sysconfig/network-scripts
[root@virtual4 network-scripts]# cat /etc/modprobe.conf
alias eth0 bnx2
alias eth1 bnx2
[root@virtual4 network-scripts]# cat >> /etc/modprobe.conf <<'EOF2'
> alias bond0 bonding
> alias bond1 bonding
> options bonding max_bonds=2
> EOF2
[root@virtual4 network-scripts]# cat > ifcfg-bond0 <<'EOF2'
> # 802.3ad bonded link
> # switch po1: Gi1/1, Gi1/2
> DEVICE=bond0
> BOOTPROTO=none
> ONBOOT=yes
> BONDING_OPTS="mode=4 miimon=100"
> EOF2
[root@virtual4 network-scripts]# cat > ifcfg-eth0 <<'EOF2'
> # First interface in bond0
> DEVICE=eth0
> BOOTPROTO=static
> HWADDR=00:14:5E:C0:FF:EE
> TYPE=Ethernet
> ONBOOT=yes
> MASTER=bond0
> SLAVE=yes
> EOF2
[root@virtual4 network-scripts]# cat > ifcfg-eth1 <<'EOF2'
> # Second interface in bond0
> DEVICE=eth1
> BOOTPROTO=static
> HWADDR=00:14:5E:C0:FF:EF
> TYPE=Ethernet
> ONBOOT=yes
> MASTER=bond0
> SLAVE=yes
> EOF2
[root@virtual4 network-scripts]# cat > ifcfg-vlan50 <<'EOF2'
> DEVICE=vlan50
> BOOTPROTO=none
> ONBOOT=yes
> TYPE=Bridge
> EOF2
[root@virtual4 network-scripts]# cat > ifcfg-vlan51 <<'EOF2'
> DEVICE=vlan51
> BOOTPROTO=none
> ONBOOT=yes
> TYPE=Bridge
> EOF2
[root@virtual4 network-scripts]# cat > ifcfg-vlan100 <<'EOF2'
> DEVICE=vlan100
> BOOTPROTO=none
> ONBOOT=yes
> TYPE=Bridge
> EOF2
[root@virtual4 network-scripts]# cat > ifcfg-bond0.50 <<'EOF2'
> DEVICE=bond0.50
> ONBOOT=yes
> BOOTPROTO=none
> VLAN=yes
> TYPE=Ethernet
> BRIDGE=vlan50
> EOF2
[root@virtual4 network-scripts]# cat > ifcfg-bond0.51 <<'EOF2'
> DEVICE=bond0.51
> ONBOOT=yes
> BOOTPROTO=none
> VLAN=yes
> TYPE=Ethernet
> BRIDGE=vlan51
> EOF2
[root@virtual4 network-scripts]# cat > ifcfg-bond0.100 <<'EOF2'
> DEVICE=bond0.100
> ONBOOT=yes
> BOOTPROTO=none
> VLAN=yes
> TYPE=Ethernet
> BRIDGE=vlan100
> EOF2
[root@virtual4 network-scripts]# cat > ifcfg-vlan100:1 <<'EOF2'
> DEVICE=vlan100:1
> BOOTPROTO=static
> ONBOOT=yes
> IPADDR=10.1.1.101
> NETMASK=255.255.255.0
> EOF2
[root@virtual4 network-scripts]# ls
ifcfg-bond0\t ifcfg-bond0.51  ifcfg-lo\t  ifcfg-vlan50 (esc)
ifcfg-bond0.100  ifcfg-eth0\t ifcfg-vlan100\t  ifcfg-vlan51 (esc)
ifcfg-bond0.50\t ifcfg-eth1\t ifcfg-vlan100:1 (esc)
[root@virtual4 network-scripts]# cat > /etc/xen/scripts/network-dummy <<'EOF2'
> #!/bin/sh
> exit 0
> EOF2
[root@virtual4 network-scripts]# chmod 755 /etc/xen/scripts/network-dummy
[root@virtual4 network-scripts]# echo "(network-script network-dummy)" >> /etc/xen/xend-config.sxp
[root@virtual4 network-scripts]# service network restart
Shutting down interface eth0:                              [  OK  ]
Shutting down loopback interface:                          [  OK  ]
Bringing up loopback interface:                            [  OK  ]
Bringing up interface bond0:                               [  OK  ]
Bringing up interface bond0.100:  Added VLAN with VID == 100 to IF -:bond0:-
                                                           [  OK  ]
Bringing up interface bond0.50:  Added VLAN with VID == 50 to IF -:bond0:-
                                                           [  OK  ]
Bringing up interface bond0.51:  Added VLAN with VID == 51 to IF -:bond0:-
                                                           [  OK  ]
Bringing up interface vlan50:                              [  OK  ]
Bringing up interface vlan51:                              [  OK  ]
Bringing up interface vlan100:                             [  OK  ]
[root@virtual4 network-scripts]# cd
[root@virtual4 ~]# # traffic on VLAN 100 teaches bridge vlan100 where the router and the time server are
[root@virtual4 ~]# brctl showmacs vlan100
port no\tmac addr\t\tis local?\tageing timer (esc)
  1\t00:14:5e:c0:ff:ee\tyes\t\t   0.00 (esc)
[root@virtual4 ~]# ping -c 3 10.1.1.1
PING 10.1.1.1 (10.1.1.1) 56(84) bytes of data.
64 bytes from 10.1.1.1: icmp_seq=1 ttl=64 time=0.218 ms
64 bytes from 10.1.1.1: icmp_seq=2 ttl=64 time=0.240 ms
64 bytes from 10.1.1.1: icmp_seq=3 ttl=64 time=0.159 ms

--- 10.1.1.1 ping statistics ---
3 packets transmitted, 3 received, 0% packet loss, time 2004ms
rtt min/avg/max/mdev = 0.160/0.206/0.240/0.034 ms
[root@virtual4 ~]# brctl showmacs vlan100
port no\tmac addr\t\tis local?\tageing timer (esc)
  1\t00:14:5e:c0:ff:ee\tyes\t\t   0.00 (esc)
  1\t00:1b:21:55:9c:4a\tno\t\t   1.00 (esc)
[root@virtual4 ~]# sleep 60
[root@virtual4 ~]# ping -c 2 10.1.1.5
PING 10.1.1.5 (10.1.1.5) 56(84) bytes of data.
64 bytes from 10.1.1.5: icmp_seq=1 ttl=64 time=0.256 ms
64 bytes from 10.1.1.5: icmp_seq=2 ttl=64 time=0.264 ms

--- 10.1.1.5 ping statistics ---
2 packets transmitted, 2 received, 0% packet loss, time 1002ms
rtt min/avg/max/mdev = 0.256/0.260/0.264/0.004 ms
[root@virtual4 ~]# brctl showmacs vlan100
port no\tmac addr\t\tis local?\tageing timer (esc)
  1\t00:14:5e:c0:ff:ee\tyes\t\t   0.00 (esc)
  1\t00:1b:21:55:9c:4a\tno\t\t  65.00 (esc)
  1\t00:1b:21:ce:f7:5c\tno\t\t   1.00 (esc)
[root@virtual4 ~]# vshtrace 10.1.1.1
request 10.1.1.101 -> 10.1.1.1
  virtual4       route    10.1.1.1 via vlan100
  virtual4       send     vlan100 (bridge, 00:14:5e:c0:ff:ee) -> 00:1b:21:55:9c:4a
  virtual4       link     bond0.100 (port)
  virtual4       link     bond0.100 (vlan)
  virtual4       link     bond0 via eth0 (slave)
  -              segment  mgmt (wire)
  gw100          segment  eth0 (external) takes 00:1b:21:55:9c:4a
  gw100          receive  10.1.1.1 on eth0
  DELIVERED
reply 10.1.1.1 -> 10.1.1.101
  gw100          route    10.1.1.101 via eth0
  gw100          send     eth0 (external, 00:1b:21:55:9c:4a) -> 00:14:5e:c0:ff:ee
  virtual4       link     bond0 via eth0 (slave)
  virtual4       link     bond0.100 (vlan)
  virtual4       link     bond0.100 (port)
  virtual4       segment  vlan100 (bridge)
  virtual4       segment  vlan100 (bridge) takes 00:14:5e:c0:ff:ee
  virtual4       receive  10.1.1.101 on vlan100
  DELIVERED
[root@virtual4 ~]# # web50 has an address of this subnet but sits on VLAN 50: ARP never reaches it
[root@virtual4 ~]# ping -c 2 10.1.1.50
PING 10.1.1.50 (10.1.1.50) 56(84) bytes of data.

--- 10.1.1.50 ping statistics ---
2 packets transmitted, 0 received, 100% packet loss, time 1002ms

[1]
[root@virtual4 ~]# vshtrace 10.1.1.50
request 10.1.1.101 -> 10.1.1.50
  virtual4       route    10.1.1.50 via vlan100
  virtual4       arp      who has 10.1.1.50? tell 10.1.1.101
  VLAN_MISMATCH: 00:1b:21:ca:76:24 (web50 eth0) is in VLAN 50; frames from virtual4 vlan100 reach it in VLAN 100
[1]
[root@virtual4 ~]# # entries age out after the bridge's ageing time (300 s): the router first
[root@virtual4 ~]# sleep 250
[root@virtual4 ~]# brctl showmacs vlan100
port no\tmac addr\t\tis local?\tageing timer (esc)
  1\t00:14:5e:c0:ff:ee\tyes\t\t   0.00 (esc)
  1\t00:1b:21:ce:f7:5c\tno\t\t 269.00 (esc)
[root@virtual4 ~]# sleep 60
[root@virtual4 ~]# brctl showmacs vlan100
port no\tmac addr\t\tis local?\tageing timer (esc)
  1\t00:14:5e:c0:ff:ee\tyes\t\t   0.00 (esc)
[root@virtual4 ~]# brctl showmacs vlan50
port no\tmac addr\t\tis local?\tageing timer (esc)
  1\t00:14:5e:c0:ff:ee\tyes\t\t   0.00 (esc)
[root@virtual4 ~]# ifconfig bond0.100
bond0.100 Link encap:Ethernet  HWaddr 00:14:5E:C0:FF:EE  
          UP BROADCAST RUNNING MASTER MULTICAST  MTU:1500  Metric:1
          RX packets:7 errors:0 dropped:0 overruns:0 frame:0
          TX packets:7 errors:0 dropped:0 overruns:0 carrier:0
          collisions:0 txqueuelen:0 
          RX bytes:574 (574.0 b)  TX bytes:574 (574.0 b)

[root@virtual4 ~]# cat /proc/net/dev
Inter-|   Receive                                                |  Transmit
 face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed
    lo:       0       0    0    0    0     0          0         0        0       0    0    0    0     0       0          0
  eth0:     574       7    0    0    0     0          0         0      574       7    0    0    0     0       0          0
  eth1:       0       0    0    0    0     0          0         0        0       0    0    0    0     0       0          0
 bond0:     574       7    0    0    0     0          0         0      574       7    0    0    0     0       0          0
 bond1:       0       0    0    0    0     0          0         0        0       0    0    0    0     0       0          0
bond0.100:     574       7    0    0    0     0          0         0      574       7    0    0    0     0       0          0
vlan100:     574       7    0    0    0     0          0         0      574       7    0    0    0     0       0          0
bond0.50:       0       0    0    0    0     0          0         0        0       0    0    0    0     0       0          0
vlan50:       0       0    0    0    0     0          0         0        0       0    0    0    0     0       0          0
bond0.51:       0       0    0    0    0     0          0         0        0       0    0    0    0     0       0          0
vlan51:       0       0    0    0    0     0          0         0        0       0    0    0    0     0       0          0
