---
world: crossbow-2008
---
crossbow# # the private-network seed: an etherstub, VNICs, and a zone on it; snoop watches vnic0
crossbow# dladm create-etherstub etherstub0
crossbow# dladm create-vnic -d etherstub0 vnic0
crossbow# dladm create-vnic -d etherstub0 vnic1
crossbow# ifconfig vnic0 plumb
crossbow# ifconfig vnic0 inet 192.168.0.1 up
crossbow# zonecfg -z test1 'create; set zonepath=/export/test1; set ip-type=exclusive; add net; set physical=vnic1; end'
crossbow# zoneadm -z test1 install
...
crossbow# zoneadm -z test1 boot
crossbow# zlogin test1 ifconfig vnic1 plumb
crossbow# zlogin test1 ifconfig vnic1 inet 192.168.0.100/24 up
crossbow# snoop -d vnic0 &
[1] 1201
Using device vnic0 (promiscuous mode)
crossbow# ping 192.168.0.100
    crossbow -> (broadcast)  ARP C Who is 192.168.0.100, 192.168.0.100 ?
192.168.0.100 -> crossbow     ARP R 192.168.0.100, 192.168.0.100 is 2:8:20:1e:d3:1d
    crossbow -> 192.168.0.100 ICMP Echo request (ID: 11032 Sequence number: 0)
192.168.0.100 -> crossbow     ICMP Echo reply (ID: 11032 Sequence number: 0)
192.168.0.100 is alive
crossbow# ping -s 192.168.0.100 56 2
PING 192.168.0.100: 56 data bytes
    crossbow -> 192.168.0.100 ICMP Echo request (ID: 26927 Sequence number: 0)
192.168.0.100 -> crossbow     ICMP Echo reply (ID: 26927 Sequence number: 0)
64 bytes from 192.168.0.100: icmp_seq=0. time=0.050 ms
    crossbow -> 192.168.0.100 ICMP Echo request (ID: 26927 Sequence number: 1)
192.168.0.100 -> crossbow     ICMP Echo reply (ID: 26927 Sequence number: 1)
64 bytes from 192.168.0.100: icmp_seq=1. time=0.028 ms

----192.168.0.100 PING Statistics----
2 packets transmitted, 2 packets received, 0% packet loss
round-trip (ms)  min/avg/max/stddev = 0.028/0.039/0.050/0.015
crossbow# jobs
[1]+  Running                 snoop -d vnic0 &
crossbow# kill %1
[1]+  Done                    snoop -d vnic0
crossbow# snoop -r -V -d vnic0 &
[1] 1202
Using device vnic0 (promiscuous mode)
crossbow# ping 192.168.0.100
________________________________
 192.168.0.1 -> 192.168.0.100 ETHER Type=0800 (IP), size=98 bytes
 192.168.0.1 -> 192.168.0.100 IP  D=192.168.0.100 S=192.168.0.1 LEN=84, ID=0, TOS=0x0, TTL=64
 192.168.0.1 -> 192.168.0.100 ICMP Echo request (ID: 28206 Sequence number: 0)
________________________________
192.168.0.100 -> 192.168.0.1  ETHER Type=0800 (IP), size=98 bytes
192.168.0.100 -> 192.168.0.1  IP  D=192.168.0.1 S=192.168.0.100 LEN=84, ID=0, TOS=0x0, TTL=64
192.168.0.100 -> 192.168.0.1  ICMP Echo reply (ID: 28206 Sequence number: 0)
192.168.0.100 is alive
crossbow# kill %1
[1]+  Done                    snoop -r -V -d vnic0
crossbow# snoop -d vnic0 -c 2 -t a icmp &
[1] 1203
Using device vnic0 (promiscuous mode)
crossbow# ping 192.168.0.100
13:01:38.63907     crossbow -> 192.168.0.100 ICMP Echo request (ID: 17406 Sequence number: 0)
13:01:38.63913 192.168.0.100 -> crossbow     ICMP Echo reply (ID: 17406 Sequence number: 0)
2 packets captured
192.168.0.100 is alive
[1]+  Done                    snoop -d vnic0 -c 2 -t a icmp
crossbow# snoop -q -o /tmp/vnic0.snoop -d vnic0 &
[1] 1204
Using device vnic0 (promiscuous mode)
crossbow# ping 192.168.0.100
192.168.0.100 is alive
crossbow# fg
snoop -q -o /tmp/vnic0.snoop -d vnic0
^C

crossbow# snoop -i /tmp/vnic0.snoop
  1   0.00000     crossbow -> 192.168.0.100 ICMP Echo request (ID: 27092 Sequence number: 0)
  2   0.00003 192.168.0.100 -> crossbow     ICMP Echo reply (ID: 27092 Sequence number: 0)
crossbow# snoop -i /tmp/vnic0.snoop -r -p 2
  2   0.00000 192.168.0.100 -> 192.168.0.1  ICMP Echo reply (ID: 27092 Sequence number: 0)
crossbow# snoop -i /tmp/vnic0.snoop host 192.168.0.1 and not arp
  1   0.00000     crossbow -> 192.168.0.100 ICMP Echo request (ID: 27092 Sequence number: 0)
  2   0.00003 192.168.0.100 -> crossbow     ICMP Echo reply (ID: 27092 Sequence number: 0)
crossbow# snoop -d vnic0
Using device vnic0 (promiscuous mode)
^C
crossbow# snoop -d vnic9
snoop: cannot open "vnic9": DLPI link does not exist
[1]
crossbow# snoop -d vnic0 host nosuchhost
snoop: could not resolve nosuchhost
[1]
crossbow# snoop -d vnic0 port frob
snoop: invalid port number or name: frob
[1]
crossbow# snoop -t x

Usage:  snoop
\t[ -a ]                       # Listen to packets on audio (esc)
\t[ -d link ]                  # Listen on named link (esc)
\t[ -s snaplen ]               # Truncate packets (esc)
\t[ -c count ]                 # Quit after count packets (esc)
\t[ -P ]                       # Turn OFF promiscuous mode (esc)
\t[ -D ]                       # Report dropped packets (esc)
\t[ -S ]                       # Report packet size (esc)
\t[ -i file ]                  # Read previously captured packets (esc)
\t[ -o file ]                  # Capture packets in file (esc)
\t[ -n file ]                  # Load addr-to-name table from file (esc)
\t[ -N ]                       # Create addr-to-name table (esc)
\t[ -t  r|a|d ]                # Time: Relative, Absolute or Delta (esc)
\t[ -v ]                       # Verbose packet display (esc)
\t[ -V ]                       # Show all summary lines (esc)
\t[ -p first[,last] ]          # Select packet(s) to display (esc)
\t[ -x offset[,length] ]       # Hex dump from offset for length (esc)
\t[ -C ]                       # Print packet filter code (esc)
\t[ -q ]                       # Suppress printing packet count (esc)
\t[ -r ]                       # Do not resolve address to name (esc)

\t[ filter expression ] (esc)

Example:
\tsnoop -o saved  host fred (esc)

\tsnoop -i saved -tr -v -p19 (esc)
[1]
crossbow# snoop -i /tmp/nothere
snoop: couldn't open /tmp/nothere: No such file or directory
[1]
crossbow# echo hello > /tmp/notes
crossbow# snoop -i /tmp/notes
snoop: not a capture file: /tmp/notes
[1]
crossbow# kill %1
-bash: kill: %1: no such job
[1]
crossbow# fg %2
-bash: fg: %2: no such job
[1]
