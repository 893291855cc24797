---
world: ovm2-bonding
---
[root@virtual4 ~]# vconfig add eth1 50
WARNING:  Could not open /proc/net/vlan/config.  Maybe you need to load the 8021q module, or maybe you are not using PROCFS??
Added VLAN with VID == 50 to IF -:eth1:-
[root@virtual4 ~]# cat /proc/net/vlan/config
VLAN Dev name\t | VLAN ID (esc)
Name-Type: VLAN_NAME_TYPE_RAW_PLUS_VID_NO_PAD
eth1.50        | 50  | eth1
[root@virtual4 ~]# vconfig add eth1 1
Added VLAN with VID == 1 to IF -:eth1:-
WARNING:  VLAN 1 does not work with many switches,
consider another number if you have problems.
[root@virtual4 ~]# vconfig set_flag eth1.50 1 1
Set flag on device -:eth1.50:- Should be visible in /proc/net/vlan/eth1.50
[root@virtual4 ~]# vconfig set_egress_map eth1.50 2 5
Set egress mapping on device -:eth1.50:- Should be visible in /proc/net/vlan/eth1.50
[root@virtual4 ~]# vconfig set_ingress_map eth1.50 2 5
Set ingress mapping on device -:eth1.50:- Should be visible in /proc/net/vlan/eth1.50
[root@virtual4 ~]# vconfig set_name_type VLAN_PLUS_VID_NO_PAD
Set name-type for VLAN subsystem. Should be visible in /proc/net/vlan/config
[root@virtual4 ~]# vconfig add eth1 60
Added VLAN with VID == 60 to IF -:eth1:-
[root@virtual4 ~]# ifconfig -a
eth0      Link encap:Ethernet  HWaddr 00:14:5E:C0:FF:EE  
          inet addr:10.1.1.101  Bcast:10.1.1.255  Mask:255.255.255.0
          UP BROADCAST RUNNING MULTICAST  MTU:1500  Metric:1
          RX packets:0 errors:0 dropped:0 overruns:0 frame:0
          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0
          collisions:0 txqueuelen:1000 
          RX bytes:0 (0.0 b)  TX bytes:0 (0.0 b)
          Interrupt:23 Memory:ce000000-ce011100 

eth1      Link encap:Ethernet  HWaddr 00:14:5E:C0:FF:EF  
          BROADCAST MULTICAST  MTU:1500  Metric:1
          RX packets:0 errors:0 dropped:0 overruns:0 frame:0
          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0
          collisions:0 txqueuelen:1000 
          RX bytes:0 (0.0 b)  TX bytes:0 (0.0 b)
          Interrupt:16 Memory:ca000000-ca011100 

eth1.1    Link encap:Ethernet  HWaddr 00:14:5E:C0:FF:EF  
          BROADCAST MULTICAST  MTU:1500  Metric:1
          RX packets:0 errors:0 dropped:0 overruns:0 frame:0
          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0
          collisions:0 txqueuelen:0 
          RX bytes:0 (0.0 b)  TX bytes:0 (0.0 b)

eth1.50   Link encap:Ethernet  HWaddr 00:14:5E:C0:FF:EF  
          BROADCAST MULTICAST  MTU:1500  Metric:1
          RX packets:0 errors:0 dropped:0 overruns:0 frame:0
          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0
          collisions:0 txqueuelen:0 
          RX bytes:0 (0.0 b)  TX bytes:0 (0.0 b)

lo        Link encap:Local Loopback  
          inet addr:127.0.0.1  Mask:255.0.0.0
          UP LOOPBACK RUNNING  MTU:16436  Metric:1
          RX packets:0 errors:0 dropped:0 overruns:0 frame:0
          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0
          collisions:0 txqueuelen:0 
          RX bytes:0 (0.0 b)  TX bytes:0 (0.0 b)

vlan60    Link encap:Ethernet  HWaddr 00:14:5E:C0:FF:EF  
          BROADCAST MULTICAST  MTU:1500  Metric:1
          RX packets:0 errors:0 dropped:0 overruns:0 frame:0
          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0
          collisions:0 txqueuelen:0 
          RX bytes:0 (0.0 b)  TX bytes:0 (0.0 b)

[root@virtual4 ~]# vconfig rem vlan60
Removed VLAN -:vlan60:-
[root@virtual4 ~]# vconfig rem eth1.50
Removed VLAN -:eth1.50:-
