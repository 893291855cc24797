---
world: s114-x86
---
root@scorpion:~# # routeadm on Solaris 11.4: configuration, -u, the daemons in Solaris 11's order
root@scorpion:~# routeadm
              Configuration   Current              Current
                     Option   Configuration        System State
---------------------------------------------------------------
               IPv4 routing   disabled             disabled
               IPv6 routing   disabled             disabled
            IPv4 forwarding   disabled             disabled
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
root@scorpion:~# routeadm -e ipv4-forwarding
root@scorpion:~# routeadm
              Configuration   Current              Current
                     Option   Configuration        System State
---------------------------------------------------------------
               IPv4 routing   disabled             disabled
               IPv6 routing   disabled             disabled
            IPv4 forwarding   enabled              disabled
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
root@scorpion:~# svcs ipv4-forwarding
STATE          STIME    FMRI
disabled       Apr_07   svc:/network/ipv4-forwarding:default
root@scorpion:~# routeadm -u
root@scorpion:~# routeadm
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
root@scorpion:~# svcs ipv4-forwarding
STATE          STIME    FMRI
online         19:40:06 svc:/network/ipv4-forwarding:default
root@scorpion:~# routeadm -p
ipv4-routing persistent=disabled default=disabled current=disabled
ipv6-routing persistent=disabled default=disabled current=disabled
ipv4-forwarding persistent=enabled default=disabled current=enabled
ipv6-forwarding persistent=disabled default=disabled current=disabled
ipv4-routing-daemon persistent="" default="" 
ipv4-routing-daemon-args persistent="" default="" 
ipv4-routing-stop-cmd persistent="" default="" 
ipv6-routing-daemon persistent="" default="" 
ipv6-routing-daemon-args persistent="" default="" 
ipv6-routing-stop-cmd persistent="" default="" 
routing-svcs persistent="route:default ripng:default" default="route:default ripng:default" 
root@scorpion:~# routeadm -p ipv6-forwarding
ipv6-forwarding persistent=disabled default=disabled current=disabled
root@scorpion:~# routeadm -d ipv4-forwarding -u
root@scorpion:~# routeadm -e ipv4-routing
root@scorpion:~# routeadm -r ipv4-routing
root@scorpion:~# routeadm
              Configuration   Current              Current
                     Option   Configuration        System State
---------------------------------------------------------------
               IPv4 routing   disabled             disabled
               IPv6 routing   disabled             disabled
            IPv4 forwarding   disabled             disabled
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
root@scorpion:~# svcadm enable ipv6-forwarding
root@scorpion:~# routeadm
              Configuration   Current              Current
                     Option   Configuration        System State
---------------------------------------------------------------
               IPv4 routing   disabled             disabled
               IPv6 routing   disabled             disabled
            IPv4 forwarding   disabled             disabled
            IPv6 forwarding   enabled              enabled

           Routing services   "route:default ripng:default"

Routing daemons:

                      STATE   FMRI
                   disabled   svc:/network/routing/rdisc:default
                   disabled   svc:/network/routing/route:default
                   disabled   svc:/network/routing/ripng:default
                     online   svc:/network/routing/ndp:default
                   disabled   svc:/network/routing/legacy-routing:ipv4
                   disabled   svc:/network/routing/legacy-routing:ipv6
root@scorpion:~# routeadm -s routing-svcs=route:default
root@scorpion:~# routeadm
              Configuration   Current              Current
                     Option   Configuration        System State
---------------------------------------------------------------
               IPv4 routing   disabled             disabled
               IPv6 routing   disabled             disabled
            IPv4 forwarding   disabled             disabled
            IPv6 forwarding   enabled              enabled

           Routing services   "route:default"

Routing daemons:

                      STATE   FMRI
                   disabled   svc:/network/routing/rdisc:default
                   disabled   svc:/network/routing/route:default
                   disabled   svc:/network/routing/ripng:default
                     online   svc:/network/routing/ndp:default
                   disabled   svc:/network/routing/legacy-routing:ipv4
                   disabled   svc:/network/routing/legacy-routing:ipv6
root@scorpion:~# routeadm -e foo
routeadm: invalid option: foo
usage: routeadm [-p] [-R <root-dir>]
       routeadm [-e <option>] [-d <option>] [-r <option>]
           [-l <FMRI>] [-m <FMRI> key=value [...]]
           [-s <var>=<val>] [-R <root-dir>]
       routeadm -u

       <option> is one of:
       ipv4-forwarding
       ipv4-routing
       ipv6-forwarding
       ipv6-routing

       <var> is one of:
       ipv4-routing-daemon
       ipv4-routing-daemon-args
       ipv4-routing-stop-cmd
       ipv6-routing-daemon
       ipv6-routing-daemon-args
       ipv6-routing-stop-cmd
       routing-svcs
[1]
root@scorpion:~# routeadm -e
routeadm: option requires an argument --e
usage: routeadm [-p] [-R <root-dir>]
       routeadm [-e <option>] [-d <option>] [-r <option>]
           [-l <FMRI>] [-m <FMRI> key=value [...]]
           [-s <var>=<val>] [-R <root-dir>]
       routeadm -u

       <option> is one of:
       ipv4-forwarding
       ipv4-routing
       ipv6-forwarding
       ipv6-routing

       <var> is one of:
       ipv4-routing-daemon
       ipv4-routing-daemon-args
       ipv4-routing-stop-cmd
       ipv6-routing-daemon
       ipv6-routing-daemon-args
       ipv6-routing-stop-cmd
       routing-svcs
[1]
root@scorpion:~# routeadm -e ipv4-routing-daemon
usage: routeadm [-p] [-R <root-dir>]
       routeadm [-e <option>] [-d <option>] [-r <option>]
           [-l <FMRI>] [-m <FMRI> key=value [...]]
           [-s <var>=<val>] [-R <root-dir>]
       routeadm -u

       <option> is one of:
       ipv4-forwarding
       ipv4-routing
       ipv6-forwarding
       ipv6-routing

       <var> is one of:
       ipv4-routing-daemon
       ipv4-routing-daemon-args
       ipv4-routing-stop-cmd
       ipv6-routing-daemon
       ipv6-routing-daemon-args
       ipv6-routing-stop-cmd
       routing-svcs
[1]
root@scorpion:~# routeadm -s bogus=x
routeadm: invalid variable: bogus=x
usage: routeadm [-p] [-R <root-dir>]
       routeadm [-e <option>] [-d <option>] [-r <option>]
           [-l <FMRI>] [-m <FMRI> key=value [...]]
           [-s <var>=<val>] [-R <root-dir>]
       routeadm -u

       <option> is one of:
       ipv4-forwarding
       ipv4-routing
       ipv6-forwarding
       ipv6-routing

       <var> is one of:
       ipv4-routing-daemon
       ipv4-routing-daemon-args
       ipv4-routing-stop-cmd
       ipv6-routing-daemon
       ipv6-routing-daemon-args
       ipv6-routing-stop-cmd
       routing-svcs
[1]
root@scorpion:~# routeadm -s routing-svcs
usage: routeadm [-p] [-R <root-dir>]
       routeadm [-e <option>] [-d <option>] [-r <option>]
           [-l <FMRI>] [-m <FMRI> key=value [...]]
           [-s <var>=<val>] [-R <root-dir>]
       routeadm -u

       <option> is one of:
       ipv4-forwarding
       ipv4-routing
       ipv6-forwarding
       ipv6-routing

       <var> is one of:
       ipv4-routing-daemon
       ipv4-routing-daemon-args
       ipv4-routing-stop-cmd
       ipv6-routing-daemon
       ipv6-routing-daemon-args
       ipv6-routing-stop-cmd
       routing-svcs
[1]
root@scorpion:~# routeadm -p foo
routeadm: no such option/variable foo
[1]
root@scorpion:~# routeadm -p -u
routeadm: no such option/variable -u
[1]
root@scorpion:~# routeadm -u extra
usage: routeadm [-p] [-R <root-dir>]
       routeadm [-e <option>] [-d <option>] [-r <option>]
           [-l <FMRI>] [-m <FMRI> key=value [...]]
           [-s <var>=<val>] [-R <root-dir>]
       routeadm -u

       <option> is one of:
       ipv4-forwarding
       ipv4-routing
       ipv6-forwarding
       ipv6-routing

       <var> is one of:
       ipv4-routing-daemon
       ipv4-routing-daemon-args
       ipv4-routing-stop-cmd
       ipv6-routing-daemon
       ipv6-routing-daemon-args
       ipv6-routing-stop-cmd
       routing-svcs
[1]
root@scorpion:~# routeadm -x
usage: routeadm [-p] [-R <root-dir>]
       routeadm [-e <option>] [-d <option>] [-r <option>]
           [-l <FMRI>] [-m <FMRI> key=value [...]]
           [-s <var>=<val>] [-R <root-dir>]
       routeadm -u

       <option> is one of:
       ipv4-forwarding
       ipv4-routing
       ipv6-forwarding
       ipv6-routing

       <var> is one of:
       ipv4-routing-daemon
       ipv4-routing-daemon-args
       ipv4-routing-stop-cmd
       ipv6-routing-daemon
       ipv6-routing-daemon-args
       ipv6-routing-stop-cmd
       routing-svcs
[1]
