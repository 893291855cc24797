---
world: ovm2-bonding
---
[root@virtual4 ~]# cd /etc/sysconfig/network-scripts
[root@virtual4 network-scripts]# cat /etc/modprobe.conf
alias eth0 bnx2
alias eth1 bnx2
[root@virtual4 network-scripts]# cat >> /etc/modprobe.conf <<'EOF2'
> alias bond0 bonding
> alias bond1 bonding
> options bonding max_bonds=2
> EOF2
[root@virtual4 network-scripts]# cat > ifcfg-bond0 <<'EOF2'
> # 802.3ad bonded link
> # switch po1: Gi1/1, Gi1/2
> DEVICE=bond0
> BOOTPROTO=none
> ONBOOT=yes
> BONDING_OPTS="mode=4 miimon=100"
> EOF2
[root@virtual4 network-scripts]# cat > ifcfg-eth0 <<'EOF2'
> # First interface in bond0
> DEVICE=eth0
> BOOTPROTO=static
> HWADDR=00:14:5E:C0:FF:EE
> TYPE=Ethernet
> ONBOOT=yes
> MASTER=bond0
> SLAVE=yes
> EOF2
[root@virtual4 network-scripts]# cat > ifcfg-eth1 <<'EOF2'
> # Second interface in bond0
> DEVICE=eth1
> BOOTPROTO=static
> HWADDR=00:14:5E:C0:FF:EF
> TYPE=Ethernet
> ONBOOT=yes
> MASTER=bond0
> SLAVE=yes
> EOF2
[root@virtual4 network-scripts]# cat > ifcfg-vlan50 <<'EOF2'
> DEVICE=vlan50
> BOOTPROTO=none
> ONBOOT=yes
> TYPE=Bridge
> EOF2
[root@virtual4 network-scripts]# cat > ifcfg-vlan51 <<'EOF2'
> DEVICE=vlan51
> BOOTPROTO=none
> ONBOOT=yes
> TYPE=Bridge
> EOF2
[root@virtual4 network-scripts]# cat > ifcfg-vlan100 <<'EOF2'
> DEVICE=vlan100
> BOOTPROTO=none
> ONBOOT=yes
> TYPE=Bridge
> EOF2
[root@virtual4 network-scripts]# cat > ifcfg-bond0.50 <<'EOF2'
> DEVICE=bond0.50
> ONBOOT=yes
> BOOTPROTO=none
> VLAN=yes
> TYPE=Ethernet
> BRIDGE=vlan50
> EOF2
[root@virtual4 network-scripts]# cat > ifcfg-bond0.51 <<'EOF2'
> DEVICE=bond0.51
> ONBOOT=yes
> BOOTPROTO=none
> VLAN=yes
> TYPE=Ethernet
> BRIDGE=vlan51
> EOF2
[root@virtual4 network-scripts]# cat > ifcfg-bond0.100 <<'EOF2'
> DEVICE=bond0.100
> ONBOOT=yes
> BOOTPROTO=none
> VLAN=yes
> TYPE=Ethernet
> BRIDGE=vlan100
> EOF2
[root@virtual4 network-scripts]# cat > ifcfg-vlan100:1 <<'EOF2'
> DEVICE=vlan100:1
> BOOTPROTO=static
> ONBOOT=yes
> IPADDR=10.1.1.101
> NETMASK=255.255.255.0
> EOF2
[root@virtual4 network-scripts]# ls
ifcfg-bond0\t ifcfg-bond0.51  ifcfg-lo\t  ifcfg-vlan50 (esc)
ifcfg-bond0.100  ifcfg-eth0\t ifcfg-vlan100\t  ifcfg-vlan51 (esc)
ifcfg-bond0.50\t ifcfg-eth1\t ifcfg-vlan100:1 (esc)
[root@virtual4 network-scripts]# cat > /etc/xen/scripts/network-dummy <<'EOF2'
> #!/bin/sh
> exit 0
> EOF2
[root@virtual4 network-scripts]# chmod 755 /etc/xen/scripts/network-dummy
[root@virtual4 network-scripts]# echo "(network-script network-dummy)" >> /etc/xen/xend-config.sxp
[root@virtual4 network-scripts]# service network restart
Shutting down interface eth0:                              [  OK  ]
Shutting down loopback interface:                          [  OK  ]
Bringing up loopback interface:                            [  OK  ]
Bringing up interface bond0:                               [  OK  ]
Bringing up interface bond0.100:  Added VLAN with VID == 100 to IF -:bond0:-
                                                           [  OK  ]
Bringing up interface bond0.50:  Added VLAN with VID == 50 to IF -:bond0:-
                                                           [  OK  ]
Bringing up interface bond0.51:  Added VLAN with VID == 51 to IF -:bond0:-
                                                           [  OK  ]
Bringing up interface vlan50:                              [  OK  ]
Bringing up interface vlan51:                              [  OK  ]
Bringing up interface vlan100:                             [  OK  ]
[root@virtual4 network-scripts]# cd
[root@virtual4 ~]# # capture on the bond: the frames to the router on VLAN 100 wear their tag there
[root@virtual4 ~]# tcpdump -i bond0 -e &
[1] 1201
tcpdump: verbose output suppressed, use -v or -vv for full protocol decode
listening on bond0, link-type EN10MB (Ethernet), capture size 96 bytes
[root@virtual4 ~]# ping -c 1 10.1.1.1
PING 10.1.1.1 (10.1.1.1) 56(84) bytes of data.
09:01:36.000000 00:14:5e:c0:ff:ee (oui Unknown) > Broadcast, ethertype 802.1Q (0x8100), length 46: vlan 100, p 0, ethertype ARP, arp who-has gw100 tell virtual4
09:01:36.000064 00:1b:21:55:9c:4a (oui Unknown) > 00:14:5e:c0:ff:ee (oui Unknown), ethertype 802.1Q (0x8100), length 46: vlan 100, p 0, ethertype ARP, arp reply gw100 is-at 00:1b:21:55:9c:4a (oui Unknown)
09:01:36.000120 00:14:5e:c0:ff:ee (oui Unknown) > 00:1b:21:55:9c:4a (oui Unknown), ethertype 802.1Q (0x8100), length 102: vlan 100, p 0, ethertype IPv4, IP virtual4 > gw100: ICMP echo request, id 20762, seq 1, length 64
09:01:36.000182 00:1b:21:55:9c:4a (oui Unknown) > 00:14:5e:c0:ff:ee (oui Unknown), ethertype 802.1Q (0x8100), length 102: vlan 100, p 0, ethertype IPv4, IP gw100 > virtual4: ICMP echo reply, id 20762, seq 1, length 64
64 bytes from 10.1.1.1: icmp_seq=1 ttl=64 time=0.218 ms

--- 10.1.1.1 ping statistics ---
1 packets transmitted, 1 received, 0% packet loss, time 0ms
rtt min/avg/max/mdev = 0.219/0.219/0.219/0.000 ms
[root@virtual4 ~]# kill %1
4 packets captured
4 packets received by filter
0 packets dropped by kernel
[1]+  Done                    tcpdump -i bond0 -e
[root@virtual4 ~]# tcpdump -n -i vlan100 &
[1] 1202
tcpdump: verbose output suppressed, use -v or -vv for full protocol decode
listening on vlan100, link-type EN10MB (Ethernet), capture size 96 bytes
[root@virtual4 ~]# ping -c 2 10.1.1.5
PING 10.1.1.5 (10.1.1.5) 56(84) bytes of data.
09:01:39.000000 arp who-has 10.1.1.5 tell 10.1.1.101
09:01:39.000065 arp reply 10.1.1.5 is-at 00:1b:21:ce:f7:5c
09:01:39.000146 IP 10.1.1.101 > 10.1.1.5: ICMP echo request, id 20101, seq 1, length 64
09:01:39.000223 IP 10.1.1.5 > 10.1.1.101: ICMP echo reply, id 20101, seq 1, length 64
64 bytes from 10.1.1.5: icmp_seq=1 ttl=64 time=0.240 ms
09:01:40.000000 IP 10.1.1.101 > 10.1.1.5: ICMP echo request, id 20101, seq 2, length 64
09:01:40.000019 IP 10.1.1.5 > 10.1.1.101: ICMP echo reply, id 20101, seq 2, length 64
64 bytes from 10.1.1.5: icmp_seq=2 ttl=64 time=0.159 ms

--- 10.1.1.5 ping statistics ---
2 packets transmitted, 2 received, 0% packet loss, time 1002ms
rtt min/avg/max/mdev = 0.160/0.200/0.240/0.040 ms
[root@virtual4 ~]# jobs
[1]+  Running                 tcpdump -n -i vlan100 &
[root@virtual4 ~]# kill -9 %1
[1]+  Killed                  tcpdump -n -i vlan100
[root@virtual4 ~]# tcpdump -c 2 -w /tmp/gw.pcap -i vlan100 &
[1] 1203
tcpdump: listening on vlan100, link-type EN10MB (Ethernet), capture size 96 bytes
[root@virtual4 ~]# ping -c 2 10.1.1.1
PING 10.1.1.1 (10.1.1.1) 56(84) bytes of data.
2 packets captured
2 packets received by filter
0 packets dropped by kernel
64 bytes from 10.1.1.1: icmp_seq=1 ttl=64 time=0.256 ms
64 bytes from 10.1.1.1: icmp_seq=2 ttl=64 time=0.264 ms

--- 10.1.1.1 ping statistics ---
2 packets transmitted, 2 received, 0% packet loss, time 1002ms
rtt min/avg/max/mdev = 0.256/0.260/0.264/0.004 ms
[1]+  Done                    tcpdump -c 2 -w /tmp/gw.pcap -i vlan100
[root@virtual4 ~]# tcpdump -n -r /tmp/gw.pcap
reading from file /tmp/gw.pcap, link-type EN10MB (Ethernet)
09:01:44.000000 IP 10.1.1.101 > 10.1.1.1: ICMP echo request, id 3085, seq 1, length 64
09:01:44.000091 IP 10.1.1.1 > 10.1.1.101: ICMP echo reply, id 3085, seq 1, length 64
[root@virtual4 ~]# tcpdump -r /tmp/gw.pcap arp
reading from file /tmp/gw.pcap, link-type EN10MB (Ethernet)
[root@virtual4 ~]# cat /tmp/nothere
cat: /tmp/nothere: No such file or directory
[1]
[root@virtual4 ~]# tcpdump -r /tmp/nothere
tcpdump: /tmp/nothere: No such file or directory
[1]
[root@virtual4 ~]# tcpdump -r /etc/modprobe.conf
tcpdump: bad dump file format
[1]
[root@virtual4 ~]# tcpdump -i eth9
tcpdump: ioctl: No such device
[1]
[root@virtual4 ~]# tcpdump -i bond0 host nosuchhost
tcpdump: unknown host 'nosuchhost'
[1]
[root@virtual4 ~]# tcpdump -k
tcpdump: invalid option -- k
tcpdump version 3.9.4
libpcap version 0.9.4
Usage: tcpdump [-aAdDeflLnNOpqRStuUvxX] [-c count] [ -C file_size ]
\t\t[ -E algo:secret ] [ -F file ] [ -i interface ] [ -M secret ] (esc)
\t\t[ -r file ] [ -s snaplen ] [ -T type ] [ -w file ] (esc)
\t\t[ -W filecount ] [ -y datalinktype ] [ -Z user ] (esc)
\t\t[ expression ] (esc)
[1]
[root@virtual4 ~]# kill %3
-bash: kill: %3: no such job
[1]
[root@virtual4 ~]# kill 4242
-bash: kill: (4242) - No such process
[1]
[root@virtual4 ~]# fg
-bash: fg: current: no such job
[1]
[root@virtual4 ~]# tcpdump -i bond0
tcpdump: verbose output suppressed, use -v or -vv for full protocol decode
listening on bond0, link-type EN10MB (Ethernet), capture size 96 bytes
^C
0 packets captured
0 packets received by filter
0 packets dropped by kernel
