---
world: t5-2
---
root@primary:~# # The private-network seed's network half on Oracle Solaris 11.4: a virtual network behind the global zone
root@primary:~# dladm create-etherstub etherstub0
root@primary:~# dladm create-vnic -l etherstub0 vnic0
root@primary:~# dladm create-vnic -l etherstub0 vnic1
root@primary:~# dladm create-vnic -l etherstub0 vnic2
root@primary:~# ipadm create-ip vnic0
root@primary:~# ipadm create-addr -T static -a 192.168.0.1/24 vnic0/v4
root@primary:~# ipadm
NAME              CLASS/TYPE STATE        UNDER      ADDR
lo0               loopback   ok           --         --
   lo0/v4         static     ok           --         127.0.0.1/8
   lo0/v6         static     ok           --         ::1/128
net0              ip         ok           --         --
   net0/v4        static     ok           --         10.0.0.10/24
   net0/v6        addrconf   ok           --         fe80::221:28ff:fe8b:31d/10
vnic0             ip         ok           --         --
   vnic0/v4       static     ok           --         192.168.0.1/24
root@primary:~# # 11.4 enables forwarding with ipadm; routeadm shows the same switch
root@primary:~# ipadm set-prop -p forwarding=on ipv4
root@primary:~# routeadm
              Configuration   Current              Current
                     Option   Configuration        System State
---------------------------------------------------------------
               IPv4 routing   disabled             disabled
               IPv6 routing   disabled             disabled
            IPv4 forwarding   enabled              enabled
            IPv6 forwarding   disabled             disabled

           Routing services   "route:default ripng:default"

Routing daemons:

                      STATE   FMRI
                   disabled   svc:/network/routing/rdisc:default
                   disabled   svc:/network/routing/route:default
                   disabled   svc:/network/routing/ripng:default
                     online   svc:/network/routing/ndp:default
                   disabled   svc:/network/routing/legacy-routing:ipv4
                   disabled   svc:/network/routing/legacy-routing:ipv6
root@primary:~# ifconfig vnic0
vnic0: flags=100001100843<UP,BROADCAST,RUNNING,MULTICAST,ROUTER,IPv4,PHYSRUNNING> mtu 9000 index 3
\tinet 192.168.0.1 netmask ffffff00 broadcast 192.168.0.255 (esc)
\tether 2:8:20:1c:10:a7 (esc)
root@primary:~# netstat -nr -f inet

Routing Table: IPv4
  Destination           Gateway           Flags  Ref     Use     Interface 
-------------------- -------------------- ----- ----- ---------- --------- 
10.0.0.0             10.0.0.10            U         2          0 net0      
127.0.0.1            127.0.0.1            UH        2          0 lo0       
192.168.0.0          192.168.0.1          U         2          0 vnic0     
root@primary:~# # 11.4 has no IP Filter: the seed's NAT step has nothing to enable here
root@primary:~# svcadm enable network/ipfilter
svcadm: Pattern 'network/ipfilter' doesn't match any instances
[1]
