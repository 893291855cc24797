---
world: t5-2
---
root@primary:~# # IPv4 and IPv6 forwarding as ipadm protocol properties; routeadm shows the same switch
root@primary:~# ipadm show-prop -p forwarding ipv4
PROTO PROPERTY              PERM CURRENT      PERSISTENT   DEFAULT      POSSIBLE
ipv4  forwarding            rw   off          --           off          on,off
root@primary:~# ipadm show-prop -p forwarding ip
PROTO PROPERTY              PERM CURRENT      PERSISTENT   DEFAULT      POSSIBLE
ipv4  forwarding            rw   off          --           off          on,off
ipv6  forwarding            rw   off          --           off          on,off
root@primary:~# ipadm set-prop -p forwarding=on ipv4
root@primary:~# ipadm show-prop -p forwarding ipv4
PROTO PROPERTY              PERM CURRENT      PERSISTENT   DEFAULT      POSSIBLE
ipv4  forwarding            rw   on           on           off          on,off
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
root@primary:~# ipadm set-prop -t -p forwarding=on ipv6
root@primary:~# ipadm show-prop -p forwarding ipv6
PROTO PROPERTY              PERM CURRENT      PERSISTENT   DEFAULT      POSSIBLE
ipv6  forwarding            rw   on           --           off          on,off
root@primary:~# ipadm show-prop -c -o current,persistent -p forwarding ipv6
on:
root@primary:~# ipadm show-prop -o proto,current -p forwarding ip
PROTO CURRENT
ipv4  on
ipv6  on
root@primary:~# ipadm reset-prop -p forwarding ipv4
root@primary:~# ipadm reset-prop -t -p forwarding ipv6
root@primary:~# ipadm show-prop -p forwarding ip
PROTO PROPERTY              PERM CURRENT      PERSISTENT   DEFAULT      POSSIBLE
ipv4  forwarding            rw   off          --           off          on,off
ipv6  forwarding            rw   off          --           off          on,off
root@primary:~# # refusals
root@primary:~# ipadm set-prop -p forwarding=maybe ipv4
ipadm: set-prop: forwarding: Invalid argument provided
[1]
root@primary:~# ipadm set-prop -p forwarding ipv4
ipadm: please specify the value to be set.
\tset-prop\t[-t] -p <prop>[+|-]=<value[,...]> <protocol> (esc)
[1]
root@primary:~# ipadm set-prop -p forwarding= ipv4
ipadm: please specify the value to be set.
\tset-prop\t[-t] -p <prop>[+|-]=<value[,...]> <protocol> (esc)
[1]
root@primary:~# ipadm set-prop -p forwarding=on=off ipv4
ipadm: cannot specify more than one prop=val at a time.
\tset-prop\t[-t] -p <prop>[+|-]=<value[,...]> <protocol> (esc)
[1]
root@primary:~# ipadm set-prop -p forwarding=on -p forwarding=off ipv4
ipadm: -p must be specified once only
[1]
root@primary:~# ipadm set-prop -p forwarding=on tcpx
ipadm: invalid protocol 'tcpx' specified
[1]
root@primary:~# ipadm set-prop -p forwarding=on tcp
ipadm: set-prop: forwarding: Unknown property
[1]
root@primary:~# ipadm set-prop -p foo=1 tcp
ipadm: set-prop: foo: Unknown property
[1]
root@primary:~# ipadm set-prop -p =on ipv4
ipadm: invalid prop=val specified
\tset-prop\t[-t] -p <prop>[+|-]=<value[,...]> <protocol> (esc)
[1]
root@primary:~# ipadm set-prop ipv4
ipadm: usage: \tset-prop\t[-t] -p <prop>[+|-]=<value[,...]> <protocol> (esc)
[1]
root@primary:~# ipadm reset-prop -p forwarding=on ipv4
ipadm: incorrect syntax used for -p.
\treset-prop\t[-t] -p <prop> <protocol> (esc)
[1]
root@primary:~# ipadm show-prop -p forwarding
ipadm: protocol must be specified when property name is used
[1]
root@primary:~# ipadm show-prop -p forwarding,foo ipv4
PROTO PROPERTY              PERM CURRENT      PERSISTENT   DEFAULT      POSSIBLE
ipv4  forwarding            rw   off          --           off          on,off
ipv4  foo                   ?    ?            ?            ?            ?
[1]
root@primary:~# ipadm show-prop -p forwarding ipv4 ipv6
ipadm: usage: \tshow-prop\t[[-c] -o <field>,...] (esc)
\t\t\t[-p <prop>,... <protocol> | <protocol>] (esc)
[1]
root@primary:~# ipadm show-prop -p forwarding -p ttl ipv4
ipadm: -p must be specified once only
[1]
