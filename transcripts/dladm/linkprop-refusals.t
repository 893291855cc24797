---
world: t5-2
---
root@primary:~# # Every refusal of set-, reset- and show-linkprop: a refused property changes nothing
root@primary:~# dladm create-etherstub stub0
root@primary:~# dladm create-vnic -l net2 vnic0
root@primary:~# dladm set-linkprop net1
dladm: usage:     set-linkprop     [-t] -p <prop>=<value>[,...] <name>
[1]
root@primary:~# dladm set-linkprop -p mtu=1500
dladm: usage:     set-linkprop     [-t] -p <prop>=<value>[,...] <name>
[1]
root@primary:~# dladm set-linkprop -p mtu=1500 nosuch0
dladm: link nosuch0 is not valid: object not found
[1]
root@primary:~# dladm set-linkprop -p mtu=1500 -z zone1 net1
dladm: link net1 is not valid: object not found
[1]
root@primary:~# dladm set-linkprop -p mtu net1
dladm: invalid link properties specified
[1]
root@primary:~# dladm set-linkprop -p =1500 net1
dladm: invalid link properties specified
[1]
root@primary:~# dladm set-linkprop -p mtu=1500,mtu=9000 net1
dladm: invalid link properties specified
[1]
root@primary:~# dladm set-linkprop -p foo=1 net1
dladm: warning: invalid link property 'foo'
[1]
root@primary:~# dladm set-linkprop -p maxbw=100M net1
dladm: warning: invalid link property 'maxbw'
[1]
root@primary:~# dladm set-linkprop -p mtu= net1
dladm: warning: no value specified for 'mtu'
[1]
root@primary:~# dladm set-linkprop -p priority=urgent net1
dladm: warning: link property 'priority' must be one of: low,medium,high
[1]
root@primary:~# dladm set-linkprop -p mtu=abc net1
dladm: warning: link property 'mtu' must be one of: 1500-15500
[1]
root@primary:~# dladm set-linkprop -p mtu=99999 net2
dladm: warning: cannot set link property 'mtu' on 'net2': invalid argument
[1]
root@primary:~# dladm set-linkprop -p mtu=1500,9000 net2
dladm: warning: cannot set link property 'mtu' on 'net2': invalid number of values
[1]
root@primary:~# dladm set-linkprop -p mtu=9000 net0
dladm: warning: cannot set link property 'mtu' on 'net0': link busy
[1]
root@primary:~# dladm set-linkprop -p mtu=9000 net2
dladm: warning: cannot set link property 'mtu' on 'net2': link busy
[1]
root@primary:~# dladm set-linkprop -p mtu=9000 vnic0
dladm: warning: cannot set link property 'mtu' on 'vnic0': invalid argument
[1]
root@primary:~# dladm set-linkprop -p state=down net1
dladm: warning: cannot set link property 'state' on 'net1': read-only property
[1]
root@primary:~# dladm set-linkprop -p max-bw=1K net1
dladm: warning: cannot set link property 'max-bw' on 'net1': minimum value for maxbw is 1200K
[1]
root@primary:~# dladm set-linkprop -p max-bw=10T net1
dladm: warning: cannot set link property 'max-bw' on 'net1': invalid value
[1]
root@primary:~# dladm set-linkprop -p max-bw=lots net1
dladm: warning: cannot set link property 'max-bw' on 'net1': invalid argument
[1]
root@primary:~# dladm set-linkprop -p max-bw=10% net1
dladm: warning: cannot set link property 'max-bw' on 'net1': operation not supported
[1]
root@primary:~# dladm set-linkprop -p cpus=999 net1
dladm: warning: cannot set link property 'cpus' on 'net1': non-existent processor ID
[1]
root@primary:~# dladm set-linkprop -p cpus=a-b net1
dladm: warning: cannot set link property 'cpus' on 'net1': invalid value
[1]
root@primary:~# dladm set-linkprop -p zone=zone1 net1
dladm: warning: cannot set link property 'zone' on 'net1': change cannot be persistent
[1]
root@primary:~# dladm set-linkprop -p tag-mode=normal stub0
dladm: warning: cannot set link property 'tag-mode' on 'stub0': invalid argument
[1]
root@primary:~# dladm set-linkprop -p allowed-ips=10.0.0.300 vnic0
dladm: warning: cannot set link property 'allowed-ips' on 'vnic0': invalid IP address
[1]
root@primary:~# # each property is its own warning; the status is the last one's
root@primary:~# dladm set-linkprop -p foo=1,priority=low vnic0
dladm: warning: invalid link property 'foo'
root@primary:~# dladm set-linkprop -p priority=medium,foo=1 vnic0
dladm: warning: invalid link property 'foo'
[1]
root@primary:~# dladm reset-linkprop -p priority vnic0
root@primary:~# dladm reset-linkprop -p state net1
dladm: warning: cannot reset link property 'state' on 'net1': read-only property
[1]
root@primary:~# dladm reset-linkprop -p foo net1
dladm: warning: invalid link property 'foo'
[1]
root@primary:~# dladm reset-linkprop -p mtu=1500 net1
dladm: invalid link properties specified
[1]
root@primary:~# dladm reset-linkprop nosuch0
dladm: link nosuch0 is not valid: object not found
[1]
root@primary:~# dladm show-linkprop nosuch0
dladm: link nosuch0 is not valid: object not found
[1]
root@primary:~# dladm show-linkprop -p foo net1
dladm: warning: cannot get link property 'foo' for net1: object not found
LINK     PROPERTY        PERM VALUE        EFFECTIVE    DEFAULT   POSSIBLE
net1     foo             ?    ?            ?            ?         ?
[1]
root@primary:~# dladm show-linkprop -p mtu,foo,max-bw net1
dladm: warning: cannot get link property 'foo' for net1: object not found
LINK     PROPERTY        PERM VALUE        EFFECTIVE    DEFAULT   POSSIBLE
net1     mtu             rw   1500         1500         1500      1500-15500 
net1     foo             ?    ?            ?            ?         ?
net1     max-bw          rw   --           --           --        -- 
[1]
root@primary:~# dladm show-linkprop -p tag-mode stub0
dladm: warning: cannot get link property 'tag-mode' for stub0: invalid argument
LINK     PROPERTY        PERM VALUE        EFFECTIVE    DEFAULT   POSSIBLE
stub0    tag-mode        ?    ?            ?            ?         ?
[1]
root@primary:~# dladm show-linkprop -p mtu=1500 net1
dladm: invalid link properties specified
[1]
root@primary:~# dladm show-linkprop -c -p mtu net1
dladm: output fields must be specified in parsable mode
[1]
root@primary:~# dladm show-linkprop -c -o all -p mtu net1
dladm: output field `all' invalid in parsable mode
[1]
root@primary:~# dladm show-linkprop -c -o value,bogus -p mtu net1
dladm: unknown output field: `bogus'
[1]
root@primary:~# dladm show-linkprop -o value,bogus -p mtu net1
dladm: warning: ignoring unknown output field: `bogus'
VALUE
1500
root@primary:~# dladm show-linkprop -o bogus -p mtu net1
dladm: no valid output fields
[1]
root@primary:~# dladm show-linkprop net1 net2
dladm: usage:     show-linkprop    [-PZ] [[-c] -o <field>,...] [-p <prop>,...] [-z <zone>,...]
\t\t      <name> (esc)
[1]
root@primary:~# dladm create-vnic -l net1 -p max-bw=1K vnic1
dladm: vnic creation over net1 failed: minimum value for maxbw is 1200K
[1]
root@primary:~# dladm create-vnic -l net1 -p foo=1 vnic1
dladm: vnic creation over net1 failed: object not found
[1]
root@primary:~# dladm create-vnic -l net1 -p mtu=9000 vnic1
dladm: vnic creation over net1 failed: invalid argument
[1]
root@primary:~# # nothing changed
root@primary:~# dladm show-linkprop -p mtu,max-bw,priority,state,cpus net1
LINK     PROPERTY        PERM VALUE        EFFECTIVE    DEFAULT   POSSIBLE
net1     mtu             rw   1500         1500         1500      1500-15500 
net1     max-bw          rw   --           --           --        -- 
net1     priority        rw   high         high         high      low,medium,high 
net1     state           r-   up           up           up        up,down 
net1     cpus            rw   --           --           --        -- 
root@primary:~# dladm show-link
LINK                CLASS     MTU    STATE    OVER
net0                phys      1500   up       --
net1                phys      1500   up       --
net2                phys      1500   up       --
net3                phys      1500   up       --
stub0               etherstub 9000   up       --
vnic0               vnic      1500   up       net2
