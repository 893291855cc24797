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
[root@virtual4 network-scripts]# ifconfig
bond0     Link encap:Ethernet  HWaddr 00:14:5E:C0:FF:EE  
          UP BROADCAST RUNNING MASTER MULTICAST  MTU:1500  Metric:1
          RX packets:0 errors:0 dropped:0 overruns:0 frame:0
          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0
          collisions:0 txqueuelen:0 
          RX bytes:0 (0.0 b)  TX bytes:0 (0.0 b)

bond0.50  Link encap:Ethernet  HWaddr 00:14:5E:C0:FF:EE  
          UP BROADCAST RUNNING MASTER MULTICAST  MTU:1500  Metric:1
          RX packets:0 errors:0 dropped:0 overruns:0 frame:0
          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0
          collisions:0 txqueuelen:0 
          RX bytes:0 (0.0 b)  TX bytes:0 (0.0 b)

bond0.51  Link encap:Ethernet  HWaddr 00:14:5E:C0:FF:EE  
          UP BROADCAST RUNNING MASTER MULTICAST  MTU:1500  Metric:1
          RX packets:0 errors:0 dropped:0 overruns:0 frame:0
          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0
          collisions:0 txqueuelen:0 
          RX bytes:0 (0.0 b)  TX bytes:0 (0.0 b)

bond0.100 Link encap:Ethernet  HWaddr 00:14:5E:C0:FF:EE  
          UP BROADCAST RUNNING MASTER MULTICAST  MTU:1500  Metric:1
          RX packets:0 errors:0 dropped:0 overruns:0 frame:0
          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0
          collisions:0 txqueuelen:0 
          RX bytes:0 (0.0 b)  TX bytes:0 (0.0 b)

eth0      Link encap:Ethernet  HWaddr 00:14:5E:C0:FF:EE  
          UP BROADCAST RUNNING SLAVE MULTICAST  MTU:1500  Metric:1
          RX packets:0 errors:0 dropped:0 overruns:0 frame:0
          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0
          collisions:0 txqueuelen:1000 
          RX bytes:0 (0.0 b)  TX bytes:0 (0.0 b)
          Interrupt:23 Memory:ce000000-ce011100 

eth1      Link encap:Ethernet  HWaddr 00:14:5E:C0:FF:EE  
          UP BROADCAST RUNNING SLAVE MULTICAST  MTU:1500  Metric:1
          RX packets:0 errors:0 dropped:0 overruns:0 frame:0
          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0
          collisions:0 txqueuelen:1000 
          RX bytes:0 (0.0 b)  TX bytes:0 (0.0 b)
          Interrupt:16 Memory:ca000000-ca011100 

lo        Link encap:Local Loopback  
          inet addr:127.0.0.1  Mask:255.0.0.0
          UP LOOPBACK RUNNING  MTU:16436  Metric:1
          RX packets:0 errors:0 dropped:0 overruns:0 frame:0
          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0
          collisions:0 txqueuelen:0 
          RX bytes:0 (0.0 b)  TX bytes:0 (0.0 b)

vlan50    Link encap:Ethernet  HWaddr 00:14:5E:C0:FF:EE  
          UP BROADCAST RUNNING MULTICAST  MTU:1500  Metric:1
          RX packets:0 errors:0 dropped:0 overruns:0 frame:0
          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0
          collisions:0 txqueuelen:0 
          RX bytes:0 (0.0 b)  TX bytes:0 (0.0 b)

vlan51    Link encap:Ethernet  HWaddr 00:14:5E:C0:FF:EE  
          UP BROADCAST RUNNING MULTICAST  MTU:1500  Metric:1
          RX packets:0 errors:0 dropped:0 overruns:0 frame:0
          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0
          collisions:0 txqueuelen:0 
          RX bytes:0 (0.0 b)  TX bytes:0 (0.0 b)

vlan100   Link encap:Ethernet  HWaddr 00:14:5E:C0:FF:EE  
          UP BROADCAST RUNNING MULTICAST  MTU:1500  Metric:1
          RX packets:0 errors:0 dropped:0 overruns:0 frame:0
          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0
          collisions:0 txqueuelen:0 
          RX bytes:0 (0.0 b)  TX bytes:0 (0.0 b)

vlan100:1 Link encap:Ethernet  HWaddr 00:14:5E:C0:FF:EE  
          inet addr:10.1.1.101  Bcast:10.1.1.255  Mask:255.255.255.0
          UP BROADCAST RUNNING MULTICAST  MTU:1500  Metric:1

[root@virtual4 network-scripts]# brctl show
bridge name\tbridge id\t\tSTP enabled\tinterfaces (esc)
vlan100\t\t8000.00145ec0ffee\tno\t\tbond0.100 (esc)
vlan50\t\t8000.00145ec0ffee\tno\t\tbond0.50 (esc)
vlan51\t\t8000.00145ec0ffee\tno\t\tbond0.51 (esc)
[root@virtual4 network-scripts]# cat /proc/net/bonding/bond0
Ethernet Channel Bonding Driver: v3.0.3 (March 23, 2006)

Bonding Mode: IEEE 802.3ad Dynamic link aggregation
Transmit Hash Policy: layer2 (0)
MII Status: up
MII Polling Interval (ms): 100
Up Delay (ms): 0
Down Delay (ms): 0

802.3ad info
LACP rate: slow
Active Aggregator Info:
\tAggregator ID: 1 (esc)
\tNumber of ports: 2 (esc)
\tActor Key: 17 (esc)
\tPartner Key: 101 (esc)
\tPartner Mac Address: c0:ff:ee:25:60:00 (esc)

Slave Interface: eth0
MII Status: up
Link Failure Count: 0
Permanent HW addr: 00:14:5e:c0:ff:ee
Aggregator ID: 1

Slave Interface: eth1
MII Status: up
Link Failure Count: 0
Permanent HW addr: 00:14:5e:c0:ff:ef
Aggregator ID: 1
[root@virtual4 network-scripts]# cat /sys/class/net/bonding_masters
bond0 bond1
[root@virtual4 network-scripts]# cat /proc/net/vlan/config
VLAN Dev name\t | VLAN ID (esc)
Name-Type: VLAN_NAME_TYPE_RAW_PLUS_VID_NO_PAD
bond0.100      | 100  | bond0
bond0.50       | 50  | bond0
bond0.51       | 51  | bond0
[root@virtual4 network-scripts]# service network status
Configured devices:
lo bond0 bond0.100 bond0.50 bond0.51 eth0 eth1 vlan50 vlan51 vlan100
Currently active devices:
lo eth0 eth1 bond0 bond0.100@bond0 vlan100 bond0.50@bond0 vlan50 bond0.51@bond0 vlan51
[root@virtual4 network-scripts]# reboot
[root@virtual4 ~]# brctl show
bridge name\tbridge id\t\tSTP enabled\tinterfaces (esc)
vlan100\t\t8000.00145ec0ffee\tno\t\tbond0.100 (esc)
vlan50\t\t8000.00145ec0ffee\tno\t\tbond0.50 (esc)
vlan51\t\t8000.00145ec0ffee\tno\t\tbond0.51 (esc)
[root@virtual4 ~]# cat /sys/class/net/bond0/bonding/slaves
eth0 eth1
