---
world: crossbow-2008
---
crossbow# # The private-network seed (001) on its own era's host: the global zone routes between eri0 and a virtual network
crossbow# dladm create-etherstub etherstub0
crossbow# dladm create-vnic -d etherstub0 vnic0
crossbow# dladm create-vnic -d etherstub0 vnic1
crossbow# dladm create-vnic -d etherstub0 vnic2
crossbow# ifconfig eri0
eri0: flags=201000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,CoS> mtu 1500 index 2
\tinet 192.168.84.24 netmask ffffff00 broadcast 192.168.84.255 (esc)
\tether 0:3:ba:94:65:f8 (esc)
crossbow# ifconfig vnic0 plumb
crossbow# ifconfig vnic0 inet 192.168.0.1 up
crossbow# routeadm
              Configuration   Current              Current
                     Option   Configuration        System State
---------------------------------------------------------------
               IPv4 routing   default (disabled)   disabled
               IPv6 routing   default (disabled)   disabled
            IPv4 forwarding   default (disabled)   disabled
            IPv6 forwarding   default (disabled)   disabled

           Routing services   "route:default ripng:default"

Routing daemons:

                      STATE   FMRI
                   disabled   svc:/network/routing/ripng:default
                   disabled   svc:/network/routing/legacy-routing:ipv4
                   disabled   svc:/network/routing/legacy-routing:ipv6
                   disabled   svc:/network/routing/ndp:default
                   disabled   svc:/network/routing/rdisc:default
                   disabled   svc:/network/routing/route:default
crossbow# routeadm -u -e ipv4-forwarding
crossbow# routeadm
              Configuration   Current              Current
                     Option   Configuration        System State
---------------------------------------------------------------
               IPv4 routing   default (disabled)   disabled
               IPv6 routing   default (disabled)   disabled
            IPv4 forwarding   enabled              enabled
            IPv6 forwarding   default (disabled)   disabled

           Routing services   "route:default ripng:default"

Routing daemons:

                      STATE   FMRI
                   disabled   svc:/network/routing/ripng:default
                   disabled   svc:/network/routing/legacy-routing:ipv4
                   disabled   svc:/network/routing/legacy-routing:ipv6
                   disabled   svc:/network/routing/ndp:default
                   disabled   svc:/network/routing/rdisc:default
                   disabled   svc:/network/routing/route:default
crossbow# # forwarding is on: every interface now says ROUTER
crossbow# ifconfig vnic0
vnic0: flags=201100843<UP,BROADCAST,RUNNING,MULTICAST,ROUTER,IPv4,CoS> mtu 9000 index 3
\tinet 192.168.0.1 netmask ffffff00 broadcast 192.168.0.255 (esc)
\tether 2:8:20:2d:c1:3d (esc)
crossbow# ifconfig eri0
eri0: flags=201100843<UP,BROADCAST,RUNNING,MULTICAST,ROUTER,IPv4,CoS> mtu 1500 index 2
\tinet 192.168.84.24 netmask ffffff00 broadcast 192.168.84.255 (esc)
\tether 0:3:ba:94:65:f8 (esc)
crossbow# netstat -nr

Routing Table: IPv4
  Destination           Gateway           Flags  Ref     Use     Interface 
-------------------- -------------------- ----- ----- ---------- --------- 
default              192.168.84.1         UG        1          0 eri0      
192.168.84.0         192.168.84.24        U         1          0 eri0      
192.168.0.0          192.168.0.1          U         1          0 vnic0     
127.0.0.1            127.0.0.1            UH        1          0 lo0       

Routing Table: IPv6
  Destination/Mask            Gateway                   Flags Ref   Use    If   
--------------------------- --------------------------- ----- --- ------- ----- 
::1                         ::1                         UH      1       0 lo0   
crossbow# svcs network/ipfilter
STATE          STIME    FMRI
disabled       Jan_06   svc:/network/ipfilter:default
crossbow# svcadm enable network/ipfilter
crossbow# svcs network/ipfilter
STATE          STIME    FMRI
online         13:00:17 svc:/network/ipfilter:default
