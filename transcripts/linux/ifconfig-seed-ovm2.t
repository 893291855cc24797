---
world: ovm2-bonding
---
[root@virtual4 ~]# modprobe bonding
[root@virtual4 ~]# modprobe 8021q
[root@virtual4 ~]# ifconfig eth0 0.0.0.0
[root@virtual4 ~]# ifconfig bond0 up
[root@virtual4 ~]# ifenslave bond0 eth0 eth1
[root@virtual4 ~]# vconfig add bond0 50
Added VLAN with VID == 50 to IF -:bond0:-
[root@virtual4 ~]# vconfig add bond0 51
Added VLAN with VID == 51 to IF -:bond0:-
[root@virtual4 ~]# vconfig add bond0 100
Added VLAN with VID == 100 to IF -:bond0:-
[root@virtual4 ~]# ifconfig bond0.50 up
[root@virtual4 ~]# ifconfig bond0.51 up
[root@virtual4 ~]# ifconfig bond0.100 up
[root@virtual4 ~]# brctl addbr vlan50
[root@virtual4 ~]# brctl addbr vlan51
[root@virtual4 ~]# brctl addbr vlan100
[root@virtual4 ~]# brctl addif vlan50 bond0.50
[root@virtual4 ~]# brctl addif vlan51 bond0.51
[root@virtual4 ~]# brctl addif vlan100 bond0.100
[root@virtual4 ~]# ifconfig vlan50 up
[root@virtual4 ~]# ifconfig vlan51 up
[root@virtual4 ~]# ifconfig vlan100 up
[root@virtual4 ~]# ifconfig vlan100:1 10.1.1.101 netmask 255.255.255.0
[root@virtual4 ~]# ifconfig
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

[root@virtual4 ~]# brctl show
bridge name\tbridge id\t\tSTP enabled\tinterfaces (esc)
vlan100\t\t8000.00145ec0ffee\tno\t\tbond0.100 (esc)
vlan50\t\t8000.00145ec0ffee\tno\t\tbond0.50 (esc)
vlan51\t\t8000.00145ec0ffee\tno\t\tbond0.51 (esc)
