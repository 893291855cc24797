---
world: t5-2
---
root@primary:~# ldm list ldgX
Domain ldgX not found
[1]
root@primary:~# ldm bind ldgX
Domain ldgX not found
[1]
root@primary:~# ldm start ldgX primary
Domain ldgX not found
Domain primary is already active
[1]
root@primary:~# ldm add-domain ldg1
root@primary:~# ldm add-domain ldg1
A domain named ldg1 already exists
[1]
root@primary:~# ldm add-domain -bad
Usage:
    ldm add-domain -i file
    ldm add-domain [cpu-arch=generic|native|migration-class1|sparc64-class1] [hostid=num] [mac-addr=MAC-address] [failure-policy=ignore|panic|reset|stop] [extended-mapin-space=off] [boot-policy=enforce|none|warning] [master=master-ldom1,...,master-ldom4] [max-cores=[num|unlimited]] [uuid=uuid] [shutdown-group=num] [rc-add-policy=[iov]] [perf-counters=counter-set] ldom
    ldm add-domain ldom...
[1]
root@primary:~# ldm add-domain mac-addr=00:14:4f:fc:00:01 ldg2
root@primary:~# ldm add-domain mac-addr=00:14:4f:fc:00:01 ldg3
MAC address 00:14:4f:fc:00:01 is already in use
[1]
root@primary:~# ldm add-domain failure-policy=sometimes ldg3
Usage:
    ldm add-domain -i file
    ldm add-domain [cpu-arch=generic|native|migration-class1|sparc64-class1] [hostid=num] [mac-addr=MAC-address] [failure-policy=ignore|panic|reset|stop] [extended-mapin-space=off] [boot-policy=enforce|none|warning] [master=master-ldom1,...,master-ldom4] [max-cores=[num|unlimited]] [uuid=uuid] [shutdown-group=num] [rc-add-policy=[iov]] [perf-counters=counter-set] ldom
    ldm add-domain ldom...
[1]
root@primary:~# ldm add-domain master=ldg1,nosuch ldg3
Domain nosuch not found
[1]
root@primary:~# ldm set-domain master=ldg1 ldg1
Domain ldg1 cannot be its own master
[1]
root@primary:~# ldm set-domain shutdown-group=16 ldg1
shutdown-group must be between 1 and 15
[1]
root@primary:~# ldm start ldg1
Domain ldg1 is not bound; bind it before starting it
[1]
root@primary:~# ldm bind ldg1
Domain ldg1 has no virtual CPUs; add some before binding it
[1]
root@primary:~# ldm add-vcpu 8 ldg1
root@primary:~# ldm bind ldg1
Domain ldg1 has no memory; add some before binding it
[1]
root@primary:~# ldm add-memory 4G ldg1
root@primary:~# ldm bind ldg1
Not enough free VCPUs: 8 requested, 0 available
[1]
root@primary:~# ldm set-vcpu 16 primary
root@primary:~# ldm set-memory 8G primary
root@primary:~# ldm add-vcpu 300 ldg1
Not enough free VCPUs: 308 requested, 256 available
[1]
root@primary:~# ldm add-memory 2X ldg1
Usage:
    ldm add-memory [--auto-adj] size[unit] ldom
    ldm add-memory mblock=PA-start:size[,PA-start:size[,...]] ldom
[1]
root@primary:~# ldm add-vcpu eight ldg1
Usage:
    ldm add-vcpu [-c] number ldom
[1]
root@primary:~# ldm remove-vcpu 9 ldg1
Cannot remove 9 VCPUs; domain ldg1 has only 8
[1]
root@primary:~# ldm set-memory 1T ldg1
root@primary:~# ldm bind ldg1
Not enough free memory: 1048576MB requested, 252928MB available
[1]
root@primary:~# ldm set-memory 4G ldg1
root@primary:~# ldm set-crypto 40 ldg1
Not enough free crypto units on the cores of domain ldg1
[1]
root@primary:~# ldm set-crypto 1 ldg1
root@primary:~# ldm bind ldg1
root@primary:~# ldm bind ldg1
Domain ldg1 is already bound
[1]
root@primary:~# ldm set-domain mac-addr=00:14:4f:fc:00:09 ldg1
Domain ldg1 must be inactive to change its mac-addr
[1]
root@primary:~# ldm remove-domain ldg1
Domain ldg1 is bound; it must be unbound before it can be removed
[1]
root@primary:~# ldm stop ldg1
Domain ldg1 is not active
[1]
root@primary:~# ldm start ldg1
LDom ldg1 started
root@primary:~# ldm start ldg1
Domain ldg1 is already active
[1]
root@primary:~# ldm unbind ldg1
Domain ldg1 is active; only a bound domain can be unbound
[1]
root@primary:~# ldm remove-domain ldg1
Domain ldg1 is active; it must be unbound before it can be removed
[1]
root@primary:~# ldm remove-domain primary
The primary domain cannot be removed
[1]
root@primary:~# ldm stop primary
The primary domain cannot be stopped
[1]
root@primary:~# ldm unbind primary
The primary domain cannot be unbound
[1]
root@primary:~# ldm remove-vcpu 8 ldg1
Domain ldg1 must keep at least one VCPU
[1]
root@primary:~# ldm add-vcpu 1024 ldg1
Not enough free VCPUs: 1024 requested, 232 available
[1]
root@primary:~# ldm remove-memory 5G ldg1
Cannot remove 5120MB; domain ldg1 has only 4096MB
[1]
root@primary:~# ldm remove-memory 3968M ldg1
The size of memory must be a multiple of 256MB.
[1]
root@primary:~# ldm set-memory 100M ldg1
A ldm set-mem 100M command would remove 3996MB, which is not a
multiple of 256MB. Instead, run ldm set-mem 256M ldg1
to ensure a 256MB alignment.
[1]
root@primary:~# ldm add-memory 100M ldg1
The size of memory must be a multiple of 256MB.
[1]
root@primary:~# ldm remove-memory 100M ldg1
The size of memory must be a multiple of 256MB.
[1]
root@primary:~# ldm set-memory 4100M ldg1
The size of memory must be a multiple of 256MB.
[1]
root@primary:~# ldm add-memory 1T ldg1
Not enough free memory: 1048576MB requested, 248832MB available
[1]
root@primary:~# ldm cancel-reconf primary
Domain primary is not in delayed reconfiguration
[1]
root@primary:~# ldm start-reconf ldg1
Delayed reconfiguration is only supported on root domains
[1]
root@primary:~# ldm panic-domain ldg1
Domain ldg1 is not running an operating system
[1]
root@primary:~# ldm list
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  NORM  UPTIME
primary          active     -n-c--  SP      16    8G       2.1%  2.1%  24d 10h 51m
ldg1             active     -t----  5000    8     4G       5.2%  5.2%  19s
ldg2             inactive   ------
