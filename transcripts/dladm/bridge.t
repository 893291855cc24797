---
world: omnios
---
root@omnios:~# # Bridging two NICs of an OmniOS host (dladm(8) create-bridge; STP by default)
root@omnios:~# dladm show-link
LINK        CLASS     MTU    STATE    BRIDGE     OVER
e1000g0     phys      1500   up       --         --
e1000g1     phys      1500   up       --         --
e1000g2     phys      1500   up       --         --
root@omnios:~# dladm create-bridge -l e1000g1 -l e1000g2 tonowhere
root@omnios:~# dladm show-link
LINK        CLASS     MTU    STATE    BRIDGE     OVER
e1000g0     phys      1500   up       --         --
e1000g1     phys      1500   up       tonowhere  --
e1000g2     phys      1500   up       tonowhere  --
tonowhere0  bridge    1500   unknown  --         e1000g1 e1000g2
root@omnios:~# dladm show-bridge
BRIDGE      PROTECT ADDRESS            PRIORITY DESROOT
tonowhere   stp     32768/8:0:27:3e:2:7b 32768  32768/8:0:27:3e:2:7b
root@omnios:~# dladm show-bridge -l tonowhere
LINK        STATE       UPTIME  DESROOT
e1000g1     forwarding  3       32768/8:0:27:3e:2:7b
e1000g2     forwarding  3       32768/8:0:27:3e:2:7b
root@omnios:~# dladm show-bridge -o all tonowhere
BRIDGE      PROTECT ADDRESS            PRIORITY BMAXAGE BHELLOTIME BFWDDELAY FORCEPROTO TCTIME    TCCOUNT   TCHANGE   DESROOT                ROOTCOST   ROOTPORT   MAXAGE  HELLOTIME FWDDELAY HOLDTIME
tonowhere   stp     32768/8:0:27:3e:2:7b 32768  20      2          15        2          0         0         0         32768/8:0:27:3e:2:7b   0          0          20      2         15       1
root@omnios:~# dladm show-bridge -l -o all tonowhere
LINK        INDEX   STATE       UPTIME  OPERCOST OPERP2P OPEREDGE DESROOT               DESCOST    DESBRIDGE             DESPORT TCACK
e1000g1     1       forwarding  5       20000    yes     yes      32768/8:0:27:3e:2:7b  0          32768/8:0:27:3e:2:7b  32769   no
e1000g2     2       forwarding  5       20000    yes     yes      32768/8:0:27:3e:2:7b  0          32768/8:0:27:3e:2:7b  32770   no
root@omnios:~# dladm show-bridge -p -o bridge,address,desroot
tonowhere:32768/8\:0\:27\:3e\:2\:7b:32768/8\:0\:27\:3e\:2\:7b
root@omnios:~# # the forwarding table stays empty until frames cross the bridge
root@omnios:~# dladm show-bridge -f tonowhere
root@omnios:~# dladm show-bridge -s tonowhere
BRIDGE      DROPS       FORWARDS    MBCAST      UNKNOWN
tonowhere   0           0           0           0
root@omnios:~# # change the STP parameters; the priority keeps its top four bits
root@omnios:~# dladm modify-bridge -p 4097 -m 30 -d 20 tonowhere
root@omnios:~# dladm show-bridge -o bridge,priority,bmaxage,bhellotime,bfwddelay,forceproto tonowhere
BRIDGE      PRIORITY BMAXAGE BHELLOTIME BFWDDELAY FORCEPROTO
tonowhere   4096     30      2          20        2
root@omnios:~# # a third port, then back to two
root@omnios:~# dladm add-bridge -l e1000g0 tonowhere
root@omnios:~# dladm show-bridge -l tonowhere
LINK        STATE       UPTIME  DESROOT
e1000g0     forwarding  1       4096/8:0:27:3e:2:7b
e1000g1     forwarding  15      4096/8:0:27:3e:2:7b
e1000g2     forwarding  15      4096/8:0:27:3e:2:7b
root@omnios:~# dladm remove-bridge -l e1000g0 tonowhere
root@omnios:~# # a bridge with no ports yet, running TRILL
root@omnios:~# dladm create-bridge -P trill mybridge
root@omnios:~# dladm show-bridge
BRIDGE      PROTECT ADDRESS            PRIORITY DESROOT
tonowhere   stp     4096/8:0:27:3e:2:7b 4096    4096/8:0:27:3e:2:7b
mybridge    trill   32768/0:0:0:0:0:0  32768    32768/0:0:0:0:0:0
root@omnios:~# dladm show-bridge -t mybridge
NICK FLAGS LINK        NEXTHOP
9329 L                 
root@omnios:~# dladm modify-bridge -P stp mybridge
root@omnios:~# dladm delete-bridge mybridge
root@omnios:~# # a bridge goes once its links have left it
root@omnios:~# dladm remove-bridge -l e1000g1 -l e1000g2 tonowhere
root@omnios:~# dladm delete-bridge tonowhere
root@omnios:~# dladm show-bridge
root@omnios:~# dladm show-link
LINK        CLASS     MTU    STATE    BRIDGE     OVER
e1000g0     phys      1500   up       --         --
e1000g1     phys      1500   up       --         --
e1000g2     phys      1500   up       --         --
