root@primary:~# ldm list -x
Usage:
    ldm list-domain [-e] [-l] [-o format] [-p] [-S] [ldom...]
[1]
root@primary:~# ldm list -o
Usage:
    ldm list-domain [-e] [-l] [-o format] [-p] [-S] [ldom...]
[1]
root@primary:~# ldm list nosuch
Domain nosuch not found
[1]
root@primary:~# ldm frob
Unknown command frob; use --help option for list of available commands
[1]
root@primary:~# ldm list-domain --auto-adj
Usage:
    ldm list-domain [-e] [-l] [-o format] [-p] [-S] [ldom...]
[1]
root@primary:~# ldm add-domain failure-policy=sometimes ldg1
Usage:
    ldm add-domain -i file
    ldm add-domain [cpu-arch=generic|native|migration-class1|sparc64-class1] [hostid=num] [mac-addr=MAC-address] [failure-policy=ignore|panic|reset|stop] [extended-mapin-space=off] [boot-policy=enforce|none|warning] [master=master-ldom1,...,master-ldom4] [max-cores=[num|unlimited]] [uuid=uuid] [shutdown-group=num] [rc-add-policy=[iov]] [perf-counters=counter-set] ldom
    ldm add-domain ldom...
[1]
root@primary:~# ldm add-domain frobnicate=1 ldg1
Usage:
    ldm add-domain -i file
    ldm add-domain [cpu-arch=generic|native|migration-class1|sparc64-class1] [hostid=num] [mac-addr=MAC-address] [failure-policy=ignore|panic|reset|stop] [extended-mapin-space=off] [boot-policy=enforce|none|warning] [master=master-ldom1,...,master-ldom4] [max-cores=[num|unlimited]] [uuid=uuid] [shutdown-group=num] [rc-add-policy=[iov]] [perf-counters=counter-set] ldom
    ldm add-domain ldom...
[1]
root@primary:~# ldm add-vcpu 4
Usage:
    ldm add-vcpu [-c] number ldom
[1]
