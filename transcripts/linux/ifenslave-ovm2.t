---
world: ovm2-bonding
---
[root@virtual4 ~]# modprobe bonding
[root@virtual4 ~]# ifconfig bond0 10.1.1.120 netmask 255.255.255.0 up
[root@virtual4 ~]# ifenslave bond0 eth1
[root@virtual4 ~]# ifconfig bond0
bond0     Link encap:Ethernet  HWaddr 00:14:5E:C0:FF:EF  
          inet addr:10.1.1.120  Bcast:10.1.1.255  Mask:255.255.255.0
          UP BROADCAST RUNNING MASTER MULTICAST  MTU:1500  Metric:1
          RX packets:0 errors:0 dropped:0 overruns:0 frame:0
          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0
          collisions:0 txqueuelen:0 
          RX bytes:0 (0.0 b)  TX bytes:0 (0.0 b)

[root@virtual4 ~]# ifconfig eth1
eth1      Link encap:Ethernet  HWaddr 00:14:5E:C0:FF:EF  
          UP BROADCAST RUNNING SLAVE MULTICAST  MTU:1500  Metric:1
          RX packets:0 errors:0 dropped:0 overruns:0 frame:0
          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0
          collisions:0 txqueuelen:1000 
          RX bytes:0 (0.0 b)  TX bytes:0 (0.0 b)
          Interrupt:16 Memory:ca000000-ca011100 

[root@virtual4 ~]# ifenslave bond0
The result of SIOCGIFFLAGS on bond0 is 1443.
The result of SIOCGIFADDR is 00.00.0a.01.
The result of SIOCGIFHWADDR is type 1  00:14:5e:c0:ff:ef.
[root@virtual4 ~]# ifenslave -d bond0 eth1
[root@virtual4 ~]# ifconfig eth1
eth1      Link encap:Ethernet  HWaddr 00:14:5E:C0:FF:EF  
          BROADCAST MULTICAST  MTU:1500  Metric:1
          RX packets:0 errors:0 dropped:0 overruns:0 frame:0
          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0
          collisions:0 txqueuelen:1000 
          RX bytes:0 (0.0 b)  TX bytes:0 (0.0 b)
          Interrupt:16 Memory:ca000000-ca011100 

[root@virtual4 ~]# ifenslave -V
ifenslave.c:v1.1.0 (December 1, 2003)
o Donald Becker (becker@cesdis.gsfc.nasa.gov).
o Detach support added on 2000/10/02 by Willy Tarreau (willy at meta-x.org).
o 2.4 kernel support added on 2001/02/16 by Chad N. Tindel
  (ctindel at ieee dot org).
[root@virtual4 ~]# ifenslave -u
Usage: ifenslave [-f] <master-if> <slave-if> [<slave-if>...]
       ifenslave -d   <master-if> <slave-if> [<slave-if>...]
       ifenslave -c   <master-if> <slave-if>
       ifenslave --help
[root@virtual4 ~]# ifenslave --help
Usage: ifenslave [-f] <master-if> <slave-if> [<slave-if>...]
       ifenslave -d   <master-if> <slave-if> [<slave-if>...]
       ifenslave -c   <master-if> <slave-if>
       ifenslave --help

       To create a bond device, simply follow these three steps :
       - ensure that the required drivers are properly loaded :
         # modprobe bonding ; modprobe <3c59x|eepro100|pcnet32|tulip|...>
       - assign an IP address to the bond device :
         # ifconfig bond0 <addr> netmask <mask> broadcast <bcast>
       - attach all the interfaces you need to the bond device :
         # ifenslave [{-f|--force}] bond0 eth0 [eth1 [eth2]...]
         If bond0 didn't have a MAC address, it will take eth0's. Then, all
         interfaces attached AFTER this assignment will get the same MAC addr.
         (except for ALB/TLB modes)

       To set the bond device down and automatically release all the slaves :
         # ifconfig bond0 down

       To detach a dead interface without setting the bond device down :
         # ifenslave {-d|--detach} bond0 eth0 [eth1 [eth2]...]

       To change active slave :
         # ifenslave {-c|--change-active} bond0 eth0

       To show master interface info
         # ifenslave bond0

       To show all interfaces info
       # ifenslave {-a|--all-interfaces}

       To be more verbose
       # ifenslave {-v|--verbose} ...

       # ifenslave {-u|--usage}   Show usage
       # ifenslave {-V|--version} Show version
       # ifenslave {-h|--help}    This message

