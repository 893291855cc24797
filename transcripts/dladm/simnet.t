---
world: omnios
---
root@omnios:~# # Simulated network links (illumos simnet): two ends of one wire, a WiFi one, a bridge over simnets
root@omnios:~# dladm create-simnet simnet0
root@omnios:~# dladm create-simnet simnet1
root@omnios:~# dladm create-simnet -t -m WiFi wifisim0
root@omnios:~# dladm show-simnet
LINK        MEDIA               MACADDRESS        OTHERLINK
simnet0     Ethernet            de:6e:2d:d1:a4:ce 
simnet1     Ethernet            5e:8c:9b:c4:b3:a1 
wifisim0    WiFi                4a:2:c1:fa:ec:18  
root@omnios:~# dladm show-link
LINK        CLASS     MTU    STATE    BRIDGE     OVER
e1000g0     phys      1500   up       --         --
e1000g1     phys      1500   up       --         --
e1000g2     phys      1500   up       --         --
simnet0     simnet    1500   up       --         --
simnet1     simnet    1500   up       --         --
wifisim0    simnet    1500   up       --         --
root@omnios:~# dladm modify-simnet -p simnet1 simnet0
root@omnios:~# dladm show-simnet
LINK        MEDIA               MACADDRESS        OTHERLINK
simnet0     Ethernet            de:6e:2d:d1:a4:ce simnet1
simnet1     Ethernet            5e:8c:9b:c4:b3:a1 simnet0
wifisim0    WiFi                4a:2:c1:fa:ec:18  
root@omnios:~# dladm show-simnet -p -o link,otherlink
simnet0:simnet1
simnet1:simnet0
wifisim0:
root@omnios:~# dladm show-simnet -P
LINK        MEDIA               MACADDRESS        OTHERLINK
simnet0     Ethernet            de:6e:2d:d1:a4:ce simnet1
simnet1     Ethernet            5e:8c:9b:c4:b3:a1 simnet0
root@omnios:~# dladm show-simnet simnet1
LINK        MEDIA               MACADDRESS        OTHERLINK
simnet1     Ethernet            5e:8c:9b:c4:b3:a1 simnet0
root@omnios:~# # -p none cuts the wire; without -p there is nothing to do
root@omnios:~# dladm modify-simnet -p none simnet0
root@omnios:~# dladm modify-simnet simnet0
root@omnios:~# dladm show-simnet -o link,otherlink
LINK        OTHERLINK
simnet0     
simnet1     
wifisim0    
root@omnios:~# dladm create-simnet simnet2
root@omnios:~# dladm create-bridge -l simnet0 -l simnet2 simbr
root@omnios:~# dladm show-link
LINK        CLASS     MTU    STATE    BRIDGE     OVER
e1000g0     phys      1500   up       --         --
e1000g1     phys      1500   up       --         --
e1000g2     phys      1500   up       --         --
simnet0     simnet    1500   up       simbr      --
simnet1     simnet    1500   up       --         --
wifisim0    simnet    1500   up       --         --
simnet2     simnet    1500   up       simbr      --
simbr0      bridge    1500   unknown  --         simnet0 simnet2
root@omnios:~# dladm show-bridge -l simbr
LINK        STATE       UPTIME  DESROOT
simnet0     forwarding  2       32768/56:43:72:a1:2e:4
simnet2     forwarding  2       32768/56:43:72:a1:2e:4
root@omnios:~# dladm remove-bridge -l simnet0 -l simnet2 simbr
root@omnios:~# dladm delete-bridge simbr
root@omnios:~# dladm modify-simnet -p simnet1 simnet2
root@omnios:~# dladm delete-simnet simnet2
root@omnios:~# dladm show-simnet
LINK        MEDIA               MACADDRESS        OTHERLINK
simnet0     Ethernet            de:6e:2d:d1:a4:ce 
simnet1     Ethernet            5e:8c:9b:c4:b3:a1 
wifisim0    WiFi                4a:2:c1:fa:ec:18  
root@omnios:~# dladm delete-simnet wifisim0
root@omnios:~# dladm delete-simnet simnet1
root@omnios:~# dladm delete-simnet simnet0
root@omnios:~# dladm show-simnet
root@omnios:~# # refusals (dladm.c do_*_simnet, libdlsim.c)
root@omnios:~# dladm create-simnet -m wifi0x simnet0
dladm: media type 'wifi0x' is not supported
[1]
root@omnios:~# dladm create-simnet simnet
dladm: invalid link name 'simnet'
[1]
root@omnios:~# dladm create-simnet abcdefghijabcdefghijabcdefghijab0
dladm: link name too long 'abcdefghijabcdefghijabcdefghijab0'
[1]
root@omnios:~# dladm create-simnet simnet0
root@omnios:~# dladm create-simnet simnet0
dladm: simnet creation failed: object already exists
[1]
root@omnios:~# dladm create-simnet -t tmpsim0
root@omnios:~# dladm create-bridge -l simnet0 sb
root@omnios:~# dladm create-simnet sb0
dladm: simnet creation failed: object already exists
[1]
root@omnios:~# dladm modify-simnet -p nosuch0 simnet0
dladm: invalid peer link name 'nosuch0'
[1]
root@omnios:~# dladm modify-simnet -p simnet0 -p none simnet0
dladm: the option -p cannot be specified more than once
[1]
root@omnios:~# dladm modify-simnet -p none nosuch0
dladm: invalid link name 'nosuch0'
[1]
root@omnios:~# dladm modify-simnet -p e1000g0 simnet0
dladm: simnet modification failed: invalid argument
[1]
root@omnios:~# dladm modify-simnet -p simnet0 e1000g0
dladm: simnet modification failed: invalid argument
[1]
root@omnios:~# dladm modify-simnet -p tmpsim0 simnet0
dladm: simnet modification failed: invalid argument
[1]
root@omnios:~# dladm delete-simnet nosuch0
dladm: simnet 'nosuch0' not found
[1]
root@omnios:~# dladm delete-simnet simnet
dladm: invalid link name 'simnet'
[1]
root@omnios:~# dladm delete-simnet e1000g0
dladm: failed to retrieve simnet information: invalid argument
[1]
root@omnios:~# dladm delete-simnet simnet0
dladm: simnet deletion failed: link busy
[1]
root@omnios:~# dladm show-simnet nosuch0
dladm: link nosuch0 is not valid: object not found
[1]
root@omnios:~# dladm show-simnet e1000g0
dladm: failed to show simnet e1000g0: invalid argument
[1]
root@omnios:~# dladm show-simnet -P tmpsim0
dladm: failed to show simnet tmpsim0: object not found
[1]
root@omnios:~# dladm show-simnet -p
dladm: -p requires -o
[1]
root@omnios:~# dladm show-simnet -p -o all
dladm: "-o all" is invalid with -p
[1]
root@omnios:~# dladm show-simnet -p -p -o link
dladm: the option -p cannot be specified more than once
[1]
