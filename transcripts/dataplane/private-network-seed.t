---
world: crossbow-2008
---
crossbow# # The private-network seed (001) end to end: a virtual network of VNICs on an etherstub, zones on
crossbow# # it, the global zone routing and NATing for it with IP Filter, and a zone's ssh to a machine
crossbow# # outside, seen in `ipnat -l`. Where the published text has typos they are fixed and said so.
crossbow# dladm create-etherstub etherstub0
crossbow# dladm create-vnic -d etherstub0 vnic0
crossbow# dladm create-vnic -d etherstub0 vnic1
crossbow# dladm create-vnic -d etherstub0 vnic2
crossbow# dladm show-vnic
LINK         OVER         SPEED  MACADDRESS           MACADDRTYPE
vnic0        etherstub0   0 Mbps 2:8:20:2d:c1:3d      random
vnic1        etherstub0   0 Mbps 2:8:20:1e:d3:1d      random
vnic2        etherstub0   0 Mbps 2:8:20:d8:59:b4      random
crossbow# zonecfg -z test1
test1: No such zone configured
Use 'create' to begin configuring a new zone.
zonecfg:test1> create
zonecfg:test1> set zonepath=/export/test1
zonecfg:test1> set ip-type=exclusive
zonecfg:test1> add inherit-pkg-dir
zonecfg:test1:inherit-pkg-dir> set dir=/opt
zonecfg:test1:inherit-pkg-dir> end
zonecfg:test1> add net
zonecfg:test1:net> set physical=vnic1
zonecfg:test1:net> end
zonecfg:test1> exit
crossbow# # the seed boots test2 without showing its configuration: here it is test1's, on vnic2
crossbow# zonecfg -z test2 'create; set zonepath=/export/test2; set ip-type=exclusive; add net; set physical=vnic2; end'
crossbow# ifconfig eri0
eri0: flags=201000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,CoS> mtu 1500 index 2
\tinet 192.168.84.24 netmask ffffff00 broadcast 192.168.84.255 (esc)
\tether 0:3:ba:94:65:f8 (esc)
crossbow# ifconfig vnic0 plumb
crossbow# ifconfig vnic0 inet 192.168.0.1 up
crossbow# ifconfig vnic0
vnic0: flags=201000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,CoS> mtu 9000 index 3
\tinet 192.168.0.1 netmask ffffff00 broadcast 192.168.0.255 (esc)
\tether 2:8:20:2d:c1:3d (esc)
crossbow# routeadm -u -e ipv4-forwarding
crossbow# # the seed shows the file's contents; here it is written first
crossbow# cat > /etc/ipf/ipnat.conf <<EOT
> map eri0 192.168.0.0/24 -> 0/32 portmap tcp/udp auto
> map eri0 192.168.0.0/24 -> 0/32
> EOT
crossbow# cat /etc/ipf/ipnat.conf
map eri0 192.168.0.0/24 -> 0/32 portmap tcp/udp auto
map eri0 192.168.0.0/24 -> 0/32
crossbow# svcadm enable network/ipfilter
crossbow# ipnat -l
List of active MAP/Redirect filters:
map eri0 192.168.0.0/24 -> 0.0.0.0/32 portmap tcp/udp auto
map eri0 192.168.0.0/24 -> 0.0.0.0/32

List of active sessions:
crossbow# # the seed's zones were installed before; here they are installed now
crossbow# zoneadm -z test1 install
Preparing to install zone <test1>.
Creating list of files to copy from the global zone.
Copying <14512> files to the zone.
Initializing zone product registry.
Determining zone package initialization order.
Preparing to initialize <1182> packages on the zone.
Initializing package <1> of <1182>: percent complete: 0%\rInitializing package <12> of <1182>: percent complete: 1%\rInitializing package <24> of <1182>: percent complete: 2%\rInitializing package <36> of <1182>: percent complete: 3%\rInitializing package <48> of <1182>: percent complete: 4%\rInitializing package <60> of <1182>: percent complete: 5%\rInitializing package <71> of <1182>: percent complete: 6%\rInitializing package <83> of <1182>: percent complete: 7%\rInitializing package <95> of <1182>: percent complete: 8%\rInitializing package <107> of <1182>: percent complete: 9%\rInitializing package <119> of <1182>: percent complete: 10%\rInitializing package <131> of <1182>: percent complete: 11%\rInitializing package <142> of <1182>: percent complete: 12%\rInitializing package <154> of <1182>: percent complete: 13%\rInitializing package <166> of <1182>: percent complete: 14%\rInitializing package <178> of <1182>: percent complete: 15%\rInitializing package <190> of <1182>: percent complete: 16%\rInitializing package <201> of <1182>: percent complete: 17%\rInitializing package <213> of <1182>: percent complete: 18%\rInitializing package <225> of <1182>: percent complete: 19%\rInitializing package <237> of <1182>: percent complete: 20%\rInitializing package <249> of <1182>: percent complete: 21%\rInitializing package <261> of <1182>: percent complete: 22%\rInitializing package <272> of <1182>: percent complete: 23%\rInitializing package <284> of <1182>: percent complete: 24%\rInitializing package <296> of <1182>: percent complete: 25%\rInitializing package <308> of <1182>: percent complete: 26%\rInitializing package <320> of <1182>: percent complete: 27%\rInitializing package <331> of <1182>: percent complete: 28%\rInitializing package <343> of <1182>: percent complete: 29%\rInitializing package <355> of <1182>: percent complete: 30%\rInitializing package <367> of <1182>: percent complete: 31%\rInitializing package <379> of <1182>: percent complete: 32%\rInitializing package <391> of <1182>: percent complete: 33%\rInitializing package <402> of <1182>: percent complete: 34%\rInitializing package <414> of <1182>: percent complete: 35%\rInitializing package <426> of <1182>: percent complete: 36%\rInitializing package <438> of <1182>: percent complete: 37%\rInitializing package <450> of <1182>: percent complete: 38%\rInitializing package <461> of <1182>: percent complete: 39%\rInitializing package <473> of <1182>: percent complete: 40%\rInitializing package <485> of <1182>: percent complete: 41%\rInitializing package <497> of <1182>: percent complete: 42%\rInitializing package <509> of <1182>: percent complete: 43%\rInitializing package <521> of <1182>: percent complete: 44%\rInitializing package <532> of <1182>: percent complete: 45%\rInitializing package <544> of <1182>: percent complete: 46%\rInitializing package <556> of <1182>: percent complete: 47%\rInitializing package <568> of <1182>: percent complete: 48%\rInitializing package <580> of <1182>: percent complete: 49%\rInitializing package <591> of <1182>: percent complete: 50%\rInitializing package <603> of <1182>: percent complete: 51%\rInitializing package <615> of <1182>: percent complete: 52%\rInitializing package <627> of <1182>: percent complete: 53%\rInitializing package <639> of <1182>: percent complete: 54%\rInitializing package <651> of <1182>: percent complete: 55%\rInitializing package <662> of <1182>: percent complete: 56%\rInitializing package <674> of <1182>: percent complete: 57%\rInitializing package <686> of <1182>: percent complete: 58%\rInitializing package <698> of <1182>: percent complete: 59%\rInitializing package <710> of <1182>: percent complete: 60%\rInitializing package <722> of <1182>: percent complete: 61%\rInitializing package <733> of <1182>: percent complete: 62%\rInitializing package <745> of <1182>: percent complete: 63%\rInitializing package <757> of <1182>: percent complete: 64%\rInitializing package <769> of <1182>: percent complete: 65%\rInitializing package <781> of <1182>: percent complete: 66%\rInitializing package <792> of <1182>: percent complete: 67%\rInitializing package <804> of <1182>: percent complete: 68%\rInitializing package <816> of <1182>: percent complete: 69%\rInitializing package <828> of <1182>: percent complete: 70%\rInitializing package <840> of <1182>: percent complete: 71%\rInitializing package <852> of <1182>: percent complete: 72%\rInitializing package <863> of <1182>: percent complete: 73%\rInitializing package <875> of <1182>: percent complete: 74%\rInitializing package <887> of <1182>: percent complete: 75%\rInitializing package <899> of <1182>: percent complete: 76%\rInitializing package <911> of <1182>: percent complete: 77%\rInitializing package <922> of <1182>: percent complete: 78%\rInitializing package <934> of <1182>: percent complete: 79%\rInitializing package <946> of <1182>: percent complete: 80%\rInitializing package <958> of <1182>: percent complete: 81%\rInitializing package <970> of <1182>: percent complete: 82%\rInitializing package <982> of <1182>: percent complete: 83%\rInitializing package <993> of <1182>: percent complete: 84%\rInitializing package <1005> of <1182>: percent complete: 85%\rInitializing package <1017> of <1182>: percent complete: 86%\rInitializing package <1029> of <1182>: percent complete: 87%\rInitializing package <1041> of <1182>: percent complete: 88%\rInitializing package <1052> of <1182>: percent complete: 89%\rInitializing package <1064> of <1182>: percent complete: 90%\rInitializing package <1076> of <1182>: percent complete: 91%\rInitializing package <1088> of <1182>: percent complete: 92%\rInitializing package <1100> of <1182>: percent complete: 93%\rInitializing package <1112> of <1182>: percent complete: 94%\rInitializing package <1123> of <1182>: percent complete: 95%\rInitializing package <1135> of <1182>: percent complete: 96%\rInitializing package <1147> of <1182>: percent complete: 97%\rInitializing package <1159> of <1182>: percent complete: 98%\rInitializing package <1171> of <1182>: percent complete: 99%\rInitializing package <1182> of <1182>: percent complete: 100% (esc)
Initialized <1182> packages on zone.
Zone <test1> is initialized.
The file </export/test1/root/var/sadm/system/logs/install_log> contains a log of the zone installation.
crossbow# zoneadm -z test2 install
Preparing to install zone <test2>.
Creating list of files to copy from the global zone.
Copying <14512> files to the zone.
Initializing zone product registry.
Determining zone package initialization order.
Preparing to initialize <1182> packages on the zone.
Initializing package <1> of <1182>: percent complete: 0%\rInitializing package <12> of <1182>: percent complete: 1%\rInitializing package <24> of <1182>: percent complete: 2%\rInitializing package <36> of <1182>: percent complete: 3%\rInitializing package <48> of <1182>: percent complete: 4%\rInitializing package <60> of <1182>: percent complete: 5%\rInitializing package <71> of <1182>: percent complete: 6%\rInitializing package <83> of <1182>: percent complete: 7%\rInitializing package <95> of <1182>: percent complete: 8%\rInitializing package <107> of <1182>: percent complete: 9%\rInitializing package <119> of <1182>: percent complete: 10%\rInitializing package <131> of <1182>: percent complete: 11%\rInitializing package <142> of <1182>: percent complete: 12%\rInitializing package <154> of <1182>: percent complete: 13%\rInitializing package <166> of <1182>: percent complete: 14%\rInitializing package <178> of <1182>: percent complete: 15%\rInitializing package <190> of <1182>: percent complete: 16%\rInitializing package <201> of <1182>: percent complete: 17%\rInitializing package <213> of <1182>: percent complete: 18%\rInitializing package <225> of <1182>: percent complete: 19%\rInitializing package <237> of <1182>: percent complete: 20%\rInitializing package <249> of <1182>: percent complete: 21%\rInitializing package <261> of <1182>: percent complete: 22%\rInitializing package <272> of <1182>: percent complete: 23%\rInitializing package <284> of <1182>: percent complete: 24%\rInitializing package <296> of <1182>: percent complete: 25%\rInitializing package <308> of <1182>: percent complete: 26%\rInitializing package <320> of <1182>: percent complete: 27%\rInitializing package <331> of <1182>: percent complete: 28%\rInitializing package <343> of <1182>: percent complete: 29%\rInitializing package <355> of <1182>: percent complete: 30%\rInitializing package <367> of <1182>: percent complete: 31%\rInitializing package <379> of <1182>: percent complete: 32%\rInitializing package <391> of <1182>: percent complete: 33%\rInitializing package <402> of <1182>: percent complete: 34%\rInitializing package <414> of <1182>: percent complete: 35%\rInitializing package <426> of <1182>: percent complete: 36%\rInitializing package <438> of <1182>: percent complete: 37%\rInitializing package <450> of <1182>: percent complete: 38%\rInitializing package <461> of <1182>: percent complete: 39%\rInitializing package <473> of <1182>: percent complete: 40%\rInitializing package <485> of <1182>: percent complete: 41%\rInitializing package <497> of <1182>: percent complete: 42%\rInitializing package <509> of <1182>: percent complete: 43%\rInitializing package <521> of <1182>: percent complete: 44%\rInitializing package <532> of <1182>: percent complete: 45%\rInitializing package <544> of <1182>: percent complete: 46%\rInitializing package <556> of <1182>: percent complete: 47%\rInitializing package <568> of <1182>: percent complete: 48%\rInitializing package <580> of <1182>: percent complete: 49%\rInitializing package <591> of <1182>: percent complete: 50%\rInitializing package <603> of <1182>: percent complete: 51%\rInitializing package <615> of <1182>: percent complete: 52%\rInitializing package <627> of <1182>: percent complete: 53%\rInitializing package <639> of <1182>: percent complete: 54%\rInitializing package <651> of <1182>: percent complete: 55%\rInitializing package <662> of <1182>: percent complete: 56%\rInitializing package <674> of <1182>: percent complete: 57%\rInitializing package <686> of <1182>: percent complete: 58%\rInitializing package <698> of <1182>: percent complete: 59%\rInitializing package <710> of <1182>: percent complete: 60%\rInitializing package <722> of <1182>: percent complete: 61%\rInitializing package <733> of <1182>: percent complete: 62%\rInitializing package <745> of <1182>: percent complete: 63%\rInitializing package <757> of <1182>: percent complete: 64%\rInitializing package <769> of <1182>: percent complete: 65%\rInitializing package <781> of <1182>: percent complete: 66%\rInitializing package <792> of <1182>: percent complete: 67%\rInitializing package <804> of <1182>: percent complete: 68%\rInitializing package <816> of <1182>: percent complete: 69%\rInitializing package <828> of <1182>: percent complete: 70%\rInitializing package <840> of <1182>: percent complete: 71%\rInitializing package <852> of <1182>: percent complete: 72%\rInitializing package <863> of <1182>: percent complete: 73%\rInitializing package <875> of <1182>: percent complete: 74%\rInitializing package <887> of <1182>: percent complete: 75%\rInitializing package <899> of <1182>: percent complete: 76%\rInitializing package <911> of <1182>: percent complete: 77%\rInitializing package <922> of <1182>: percent complete: 78%\rInitializing package <934> of <1182>: percent complete: 79%\rInitializing package <946> of <1182>: percent complete: 80%\rInitializing package <958> of <1182>: percent complete: 81%\rInitializing package <970> of <1182>: percent complete: 82%\rInitializing package <982> of <1182>: percent complete: 83%\rInitializing package <993> of <1182>: percent complete: 84%\rInitializing package <1005> of <1182>: percent complete: 85%\rInitializing package <1017> of <1182>: percent complete: 86%\rInitializing package <1029> of <1182>: percent complete: 87%\rInitializing package <1041> of <1182>: percent complete: 88%\rInitializing package <1052> of <1182>: percent complete: 89%\rInitializing package <1064> of <1182>: percent complete: 90%\rInitializing package <1076> of <1182>: percent complete: 91%\rInitializing package <1088> of <1182>: percent complete: 92%\rInitializing package <1100> of <1182>: percent complete: 93%\rInitializing package <1112> of <1182>: percent complete: 94%\rInitializing package <1123> of <1182>: percent complete: 95%\rInitializing package <1135> of <1182>: percent complete: 96%\rInitializing package <1147> of <1182>: percent complete: 97%\rInitializing package <1159> of <1182>: percent complete: 98%\rInitializing package <1171> of <1182>: percent complete: 99%\rInitializing package <1182> of <1182>: percent complete: 100% (esc)
Initialized <1182> packages on zone.
Zone <test2> is initialized.
The file </export/test2/root/var/sadm/system/logs/install_log> contains a log of the zone installation.
crossbow# zoneadm -z test1 boot
crossbow# zoneadm -z test2 boot
crossbow# zlogin test1
[Connected to zone 'test1' pts/2]
test1# ifconfig vnic1 plumb
test1# ifconfig vnic1 192.168.0.100 netmask 255.255.255.0 up
test1# route add default 192.168.0.1
add net default: gateway 192.168.0.1
test1# ifconfig vnic1
vnic1: flags=201000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,CoS> mtu 9000 index 2
\tinet 192.168.0.100 netmask ffffff00 broadcast 192.168.0.255 (esc)
\tether 2:8:20:1e:d3:1d (esc)
test1# netstat -nr

Routing Table: IPv4
  Destination           Gateway           Flags  Ref     Use     Interface 
-------------------- -------------------- ----- ----- ---------- --------- 
default              192.168.0.1          UG        1          0 vnic1     
192.168.0.0          192.168.0.100        U         1          0 vnic1     
127.0.0.1            127.0.0.1            UH        1          0 lo0       

Routing Table: IPv6
  Destination/Mask            Gateway                   Flags Ref   Use    If   
--------------------------- --------------------------- ----- --- ------- ----- 
::1                         ::1                         UH      1       0 lo0   
test1# ssh someuser@129.146.17.55
Password: 
Last login: Tue Feb 12 13:35:03 2008 from somehost
Sun Microsystems Inc.\tSunOS 5.10\tGeneric\tJanuary 2005 (esc)
sunsrv$ hostname
sunsrv
sunsrv$ exit
logout
Connection to 129.146.17.55 closed.
test1# exit
logout

[Connection to zone 'test1' pts/2 closed]
crossbow# # the closed connection's session lingers two minutes in the global zone's NAT table
crossbow# ipnat -l
List of active MAP/Redirect filters:
map eri0 192.168.0.0/24 -> 0.0.0.0/32 portmap tcp/udp auto
map eri0 192.168.0.0/24 -> 0.0.0.0/32

List of active sessions:
MAP 192.168.0.100   59399 <- -> 192.168.84.24   26403 [129.146.17.55 22]
crossbow# ipnat -s
mapped\tin\t2\tout\t4 (esc)
added\t1\texpired\t0 (esc)
no memory\t0\tbad nat\t0 (esc)
inuse\t1 (esc)
rules\t2 (esc)
wilds\t0 (esc)
crossbow# sleep 121
crossbow# ipnat -l
List of active MAP/Redirect filters:
map eri0 192.168.0.0/24 -> 0.0.0.0/32 portmap tcp/udp auto
map eri0 192.168.0.0/24 -> 0.0.0.0/32

List of active sessions:
