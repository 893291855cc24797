---
world: dataplane-lab
---
root@primary:~# ssh ovs1
root@ovs1's password: 
[root@ovs1 ~]# arp
[root@ovs1 ~]# ifconfig eth0 192.168.50.30 netmask 255.255.255.0 up
[root@ovs1 ~]# ping -c 1 192.168.50.20
PING 192.168.50.20 (192.168.50.20) 56(84) bytes of data.
64 bytes from 192.168.50.20: icmp_seq=1 ttl=64 time=0.103 ms

--- 192.168.50.20 ping statistics ---
1 packets transmitted, 1 received, 0% packet loss, time 0ms
rtt min/avg/max/mdev = 0.104/0.104/0.104/0.000 ms
[root@ovs1 ~]# arp
Address                  HWtype  HWaddress           Flags Mask            Iface
192.168.50.20            ether   00:1b:21:6e:c6:50   C                     eth0
[root@ovs1 ~]# arp -n
Address                  HWtype  HWaddress           Flags Mask            Iface
192.168.50.20            ether   00:1b:21:6e:c6:50   C                     eth0
[root@ovs1 ~]# arp -a
? (192.168.50.20) at 00:1b:21:6e:c6:50 [ether] on eth0
[root@ovs1 ~]# arp -an
? (192.168.50.20) at 00:1b:21:6e:c6:50 [ether] on eth0
[root@ovs1 ~]# arp 192.168.50.20
Address                  HWtype  HWaddress           Flags Mask            Iface
192.168.50.20            ether   00:1b:21:6e:c6:50   C                     eth0
[root@ovs1 ~]# arp 192.168.50.21
192.168.50.21 (192.168.50.21) -- no entry
[root@ovs1 ~]# arp -a 192.168.50.21
arp: in 1 entries no match found.
[root@ovs1 ~]# arp -i eth1
arp: in 1 entries no match found.
[root@ovs1 ~]# arp foo
foo: Unknown host
[255]
[root@ovs1 ~]# arp -s 192.168.50.40 00:14:4F:01:02:03
[root@ovs1 ~]# arp -a
? (192.168.50.20) at 00:1b:21:6e:c6:50 [ether] on eth0
? (192.168.50.40) at 00:14:4f:01:02:03 [ether] PERM on eth0
[root@ovs1 ~]# arp -s 192.168.50.41 zz:zz
arp: invalid hardware address
[255]
[root@ovs1 ~]# arp -s 10.9.9.9 00:14:4f:01:02:04
SIOCSARP: Network is unreachable
[255]
[root@ovs1 ~]# arp -d 192.168.50.40
[root@ovs1 ~]# arp -d 192.168.50.40
No ARP entry for 192.168.50.40
[255]
[root@ovs1 ~]# arp -Y
arp: invalid option -- Y
Usage:
  arp [-vn]  [<HW>] [-i <if>] [-a] [<hostname>]             <-Display ARP cache
  arp [-v]          [-i <if>] -d  <hostname> [pub][nopub]    <-Delete ARP entry
  arp [-vnD] [<HW>] [-i <if>] -f  [<filename>]              <-Add entry from file
  arp [-v]   [<HW>] [-i <if>] -s  <hostname> <hwaddr> [temp][nopub] <-Add entry
  arp [-v]   [<HW>] [-i <if>] -s  <hostname> <hwaddr> [netmask <nm>] pub  <-''-
  arp [-v]   [<HW>] [-i <if>] -Ds <hostname> <if> [netmask <nm>] pub      <-''-

        -a                       display (all) hosts in alternative (BSD) style
        -s, --set                set a new ARP entry
        -d, --delete             delete a specified entry
        -v, --verbose            be verbose
        -n, --numeric            don't resolve names
        -i, --device             specify network interface (e.g. eth0)
        -D, --use-device         read <hwaddr> from given device
        -A, -p, --protocol       specify protocol family
        -f, --file               read new entries from file or from /etc/ethers

  <HW>=Use '-H <hw>' to specify hardware address type. Default: ether
  List of possible hardware types (which support ARP):
    ash (Ash) ether (Ethernet) tr (16/4 Mbps Token Ring) 
    tr (16/4 Mbps Token Ring (New)) ax25 (AMPR AX.25) netrom (AMPR NET/ROM) 
    rose (AMPR ROSE) arcnet (ARCnet) dlci (Frame Relay DLCI) 
    fddi (Fiber Distributed Data Interface) hippi (HIPPI) irda (IrLAP) 
    x25 (generic X.25) infiniband (InfiniBand) 
[4]
