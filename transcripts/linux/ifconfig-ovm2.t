---
world: ovm2-bonding
---
[root@virtual4 ~]# ifconfig
eth0      Link encap:Ethernet  HWaddr 00:14:5E:C0:FF:EE  
          inet addr:10.1.1.101  Bcast:10.1.1.255  Mask:255.255.255.0
          UP BROADCAST RUNNING MULTICAST  MTU:1500  Metric:1
          RX packets:0 errors:0 dropped:0 overruns:0 frame:0
          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0
          collisions:0 txqueuelen:1000 
          RX bytes:0 (0.0 b)  TX bytes:0 (0.0 b)
          Interrupt:23 Memory:ce000000-ce011100 

lo        Link encap:Local Loopback  
          inet addr:127.0.0.1  Mask:255.0.0.0
          UP LOOPBACK RUNNING  MTU:16436  Metric:1
          RX packets:0 errors:0 dropped:0 overruns:0 frame:0
          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0
          collisions:0 txqueuelen:0 
          RX bytes:0 (0.0 b)  TX bytes:0 (0.0 b)

[root@virtual4 ~]# ifconfig eth1
eth1      Link encap:Ethernet  HWaddr 00:14:5E:C0:FF:EF  
          BROADCAST MULTICAST  MTU:1500  Metric:1
          RX packets:0 errors:0 dropped:0 overruns:0 frame:0
          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0
          collisions:0 txqueuelen:1000 
          RX bytes:0 (0.0 b)  TX bytes:0 (0.0 b)
          Interrupt:16 Memory:ca000000-ca011100 

[root@virtual4 ~]# ifconfig eth1 up
[root@virtual4 ~]# ifconfig eth1 10.2.2.2 netmask 255.255.255.0 broadcast 10.2.2.255
[root@virtual4 ~]# ifconfig eth1:1 10.2.2.3 netmask 255.255.255.0
[root@virtual4 ~]# ifconfig eth1:1
eth1:1    Link encap:Ethernet  HWaddr 00:14:5E:C0:FF:EF  
          inet addr:10.2.2.3  Bcast:10.2.2.255  Mask:255.255.255.0
          UP BROADCAST RUNNING MULTICAST  MTU:1500  Metric:1
          Interrupt:16 Memory:ca000000-ca011100 

[root@virtual4 ~]# ifconfig eth1 mtu 9000
[root@virtual4 ~]# ifconfig eth1 down
[root@virtual4 ~]# ifconfig eth1 hw ether 00:14:5e:c0:ff:f0
[root@virtual4 ~]# ifconfig eth1 up
[root@virtual4 ~]# ifconfig -a
eth0      Link encap:Ethernet  HWaddr 00:14:5E:C0:FF:EE  
          inet addr:10.1.1.101  Bcast:10.1.1.255  Mask:255.255.255.0
          UP BROADCAST RUNNING MULTICAST  MTU:1500  Metric:1
          RX packets:0 errors:0 dropped:0 overruns:0 frame:0
          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0
          collisions:0 txqueuelen:1000 
          RX bytes:0 (0.0 b)  TX bytes:0 (0.0 b)
          Interrupt:23 Memory:ce000000-ce011100 

eth1      Link encap:Ethernet  HWaddr 00:14:5E:C0:FF:F0  
          inet addr:10.2.2.2  Bcast:10.2.2.255  Mask:255.255.255.0
          UP BROADCAST RUNNING MULTICAST  MTU:9000  Metric:1
          RX packets:0 errors:0 dropped:0 overruns:0 frame:0
          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0
          collisions:0 txqueuelen:1000 
          RX bytes:0 (0.0 b)  TX bytes:0 (0.0 b)
          Interrupt:16 Memory:ca000000-ca011100 

eth1:1    Link encap:Ethernet  HWaddr 00:14:5E:C0:FF:F0  
          inet addr:10.2.2.3  Bcast:10.2.2.255  Mask:255.255.255.0
          UP BROADCAST RUNNING MULTICAST  MTU:9000  Metric:1
          Interrupt:16 Memory:ca000000-ca011100 

lo        Link encap:Local Loopback  
          inet addr:127.0.0.1  Mask:255.0.0.0
          UP LOOPBACK RUNNING  MTU:16436  Metric:1
          RX packets:0 errors:0 dropped:0 overruns:0 frame:0
          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0
          collisions:0 txqueuelen:0 
          RX bytes:0 (0.0 b)  TX bytes:0 (0.0 b)

[root@virtual4 ~]# ifconfig eth1:1 down
[root@virtual4 ~]# ifconfig eth1 0.0.0.0
[root@virtual4 ~]# ifconfig eth1
eth1      Link encap:Ethernet  HWaddr 00:14:5E:C0:FF:F0  
          UP BROADCAST RUNNING MULTICAST  MTU:9000  Metric:1
          RX packets:0 errors:0 dropped:0 overruns:0 frame:0
          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0
          collisions:0 txqueuelen:1000 
          RX bytes:0 (0.0 b)  TX bytes:0 (0.0 b)
          Interrupt:16 Memory:ca000000-ca011100 

