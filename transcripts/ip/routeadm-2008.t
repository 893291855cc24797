---
world: crossbow-2008
---
crossbow# # the private-network seed: forwarding on, then IP Filter
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
crossbow# svcs ipv4-forwarding
STATE          STIME    FMRI
online         13:00:03 svc:/network/ipv4-forwarding:default
crossbow# svcadm enable network/ipfilter
crossbow# svcs ipfilter
STATE          STIME    FMRI
online         13:00:06 svc:/network/ipfilter:default
crossbow# routeadm -d ipv4-forwarding -u
crossbow# routeadm -e ipv4-routing
crossbow# routeadm -r ipv4-routing
crossbow# routeadm
              Configuration   Current              Current
                     Option   Configuration        System State
---------------------------------------------------------------
               IPv4 routing   default (disabled)   disabled
               IPv6 routing   default (disabled)   disabled
            IPv4 forwarding   disabled             disabled
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
crossbow# svcadm enable ipv6-forwarding
crossbow# routeadm
              Configuration   Current              Current
                     Option   Configuration        System State
---------------------------------------------------------------
               IPv4 routing   default (disabled)   disabled
               IPv6 routing   default (disabled)   disabled
            IPv4 forwarding   disabled             disabled
            IPv6 forwarding   enabled              enabled

           Routing services   "route:default ripng:default"

Routing daemons:

                      STATE   FMRI
                   disabled   svc:/network/routing/ripng:default
                   disabled   svc:/network/routing/legacy-routing:ipv4
                   disabled   svc:/network/routing/legacy-routing:ipv6
                   disabled   svc:/network/routing/ndp:default
                   disabled   svc:/network/routing/rdisc:default
                   disabled   svc:/network/routing/route:default
crossbow# routeadm -s routing-svcs=route:default
crossbow# routeadm
              Configuration   Current              Current
                     Option   Configuration        System State
---------------------------------------------------------------
               IPv4 routing   default (disabled)   disabled
               IPv6 routing   default (disabled)   disabled
            IPv4 forwarding   disabled             disabled
            IPv6 forwarding   enabled              enabled

           Routing services   "route:default"

Routing daemons:

                      STATE   FMRI
                   disabled   svc:/network/routing/ripng:default
                   disabled   svc:/network/routing/legacy-routing:ipv4
                   disabled   svc:/network/routing/legacy-routing:ipv6
                   disabled   svc:/network/routing/ndp:default
                   disabled   svc:/network/routing/rdisc:default
                   disabled   svc:/network/routing/route:default
crossbow# routeadm -e foo
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
crossbow# routeadm -e
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
crossbow# routeadm -e ipv4-routing-daemon
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
crossbow# routeadm -s bogus=x
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
crossbow# routeadm -s routing-svcs
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
crossbow# routeadm -p foo
routeadm: no such option/variable foo
[1]
crossbow# routeadm -p -u
routeadm: no such option/variable -u
[1]
crossbow# routeadm -u extra
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
crossbow# routeadm -x
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
