---
world: omnios-2019
---
root@Trixie:~# # Every refusal of ifconfig (illumos ifconfig.c), and that nothing changes after one
root@Trixie:~# ifconfig nosuch0
ifconfig: status: SIOCGLIFFLAGS: nosuch0: no such interface
[1]
root@Trixie:~# ifconfig nosuch0 up
ifconfig: setifflags: SIOCGLIFFLAGS: nosuch0: no such interface
[1]
root@Trixie:~# ifconfig nosuch0 plumb
ifconfig: cannot plumb nosuch0: Could not open DLPI link
[1]
root@Trixie:~# ifconfig nosuch0 unplumb
ifconfig: cannot unplumb nosuch0: Interface does not exist
[1]
root@Trixie:~# ifconfig nosuch0 192.168.9.9
ifconfig: error: nosuch0: no such interface
[1]
root@Trixie:~# ifconfig nosuch0 addif 192.168.9.9
ifconfig: addif: SIOCLIFADDIF: nosuch0: no such interface
[1]
root@Trixie:~# ifconfig e1000g0 plumb
ifconfig: cannot plumb e1000g0: Interface already exists
root@Trixie:~# echo $?
0
root@Trixie:~# ifconfig e1000g0 10.0.0.1/40
ifconfig: Bad prefix length in 10.0.0.1/40
[1]
root@Trixie:~# ifconfig e1000g0 inet6 ::1/200
ifconfig: Bad prefix length in ::1/200
[1]
root@Trixie:~# ifconfig e1000g0 bogus
ifconfig: bogus: bad address
[1]
root@Trixie:~# ifconfig e1000g0 netmask 255.255.255.0/24
ifconfig: 255.255.255.0/24: unexpected '/'
[1]
root@Trixie:~# ifconfig e1000g0 inet6 arp
ifconfig: Operation arp not supported for inet6
[1]
root@Trixie:~# ifconfig e1000g0 inet6 netmask 255.0.0.0
ifconfig: Operation netmask not supported for inet6
[1]
root@Trixie:~# ifconfig e1000g0 netmask
ifconfig: no argument for netmask
[1]
root@Trixie:~# ifconfig e1000g0 mtu
ifconfig: no argument for mtu
[1]
root@Trixie:~# ifconfig e1000g0 zone nosuchzone
ifconfig: unknown zone 'nosuchzone'
[1]
root@Trixie:~# ifconfig e1000g0 mtu 20000
ifconfig: setifmtu: SIOCSLIFMTU: e1000g0: Invalid argument
[1]
root@Trixie:~# ifconfig e1000g0 mtu 60
ifconfig: setifmtu: SIOCSLIFMTU: e1000g0: Invalid argument
[1]
root@Trixie:~# ifconfig e1000g0 index 1
ifconfig: setifindex: SIOCSLIFINDEX: e1000g0: already exists
[1]
root@Trixie:~# ifconfig e1000g0:1 addif 10.0.0.20
ifconfig: addif: bad physical interface name e1000g0:1
[1]
root@Trixie:~# ifconfig e1000g0:1 removeif 10.0.0.20
ifconfig: removeif: bad physical interface name e1000g0:1
[1]
root@Trixie:~# ifconfig e1000g0 removeif 10.0.0.10
ifconfig: removeif: cannot remove interface: e1000g0
[1]
root@Trixie:~# ifconfig e1000g0 removeif 10.0.0.99
ifconfig: removeif: SIOCLIFREMOVEIF: e1000g0: Cannot assign requested address
[1]
root@Trixie:~# ifconfig e1000g0 addif 10.0.0.10
Created new logical interface e1000g0:1
ifconfig: could not create address: Address already in use
[1]
root@Trixie:~# ifconfig e1000g0:1
ifconfig: status: SIOCGLIFFLAGS: e1000g0:1: no such interface
[1]
root@Trixie:~# ifconfig e1000g0:1 ether 0:1:2:3:4:5
ifconfig: cannot change ethernet address of a logical interface
[1]
root@Trixie:~# ifconfig e1000g0 ether 0:1:2:3:4:zz
ifconfig: bad ethernet address
[1]
root@Trixie:~# ifconfig -u
ifconfig: -u: no such interface
[1]
root@Trixie:~# ifconfig -a4u plumb
ifconfig: invalid syntax used to plumb all interfaces.
[1]
root@Trixie:~# ifconfig -aq
ifconfig: illegal option -- q
usage: ifconfig <interface> | -a[ 4 | 6 | D ][ u | d ][ Z ]
\t[ <addr_family> ] (esc)
\t[ <address>[/<prefix_length>] [ <dest_address> ] ] (esc)
\t[ set [ <address>][/<prefix_length>] ] [ <address>/<prefix_length>] ] (esc)
\t[ destination <dest_address> ] (esc)
\t[ addif <address>[/<prefix_length>]  [ <dest_address> ] ] (esc)
\t[ removeif <address>[/<prefix_length>] ] (esc)
\t[ arp | -arp ] (esc)
\t[ auto-revarp ] (esc)
\t[ broadcast <broad_addr> ] (esc)
\t[ index <if_index> ] (esc)
\t[ metric <n> ] [ mtu <n> ] (esc)
\t[ netmask <mask> ] (esc)
\t[ plumb ] [ unplumb ] (esc)
\t[ preferred | -preferred ] (esc)
\t[ private | -private ] (esc)
\t[ local | -local ] (esc)
\t[ router | -router ] (esc)
\t[ subnet <subnet_address>] (esc)
\t[ trailers | -trailers ] (esc)
\t[ token <address>/<prefix_length> ] (esc)
\t[ tsrc <tunnel_src_address> ] (esc)
\t[ tdst <tunnel_dest_address> ] (esc)
\t[ auth_algs <tunnel_AH_authentication_algorithm> ] (esc)
\t[ encr_algs <tunnel_ESP_encryption_algorithm> ] (esc)
\t[ encr_auth_algs <tunnel_ESP_authentication_algorithm> ] (esc)
\t[ up ] [ down ] (esc)
\t[ xmit | -xmit ] (esc)
\t[ modlist ] (esc)
\t[ modinsert <module_name@position> ] (esc)
\t[ modremove <module_name@position> ] (esc)
\t[ ipmp ] (esc)
\t[ group <groupname>] | [ group ""] (esc)
\t[ deprecated | -deprecated ] (esc)
\t[ standby | -standby ] (esc)
\t[ failover | -failover ] (esc)
\t[ zone <zonename> | -zone ] (esc)
\t[ usesrc <interface> ] (esc)
\t[ all-zones ] (esc)
or
\tifconfig <interface> |  -a[ 4 | 6 | D ] [ u | d ] (esc)
\tauto-dhcp | dhcp (esc)
\t[ wait <time> | forever ] (esc)
\t[ primary ] (esc)
\tstart | drop | ping | release | status | inform (esc)
[1]
root@Trixie:~# ifconfig abcdefghijklmnopqrstuvwxyzabcdefg
abcdefghijklmnopqrstuvwxyzabcdefg: interface name too long
[1]
root@Trixie:~# ifconfig e1000g0 dhcp wait abc
usage: ifconfig <interface> | -a[ 4 | 6 | D ][ u | d ][ Z ]
\t[ <addr_family> ] (esc)
\t[ <address>[/<prefix_length>] [ <dest_address> ] ] (esc)
\t[ set [ <address>][/<prefix_length>] ] [ <address>/<prefix_length>] ] (esc)
\t[ destination <dest_address> ] (esc)
\t[ addif <address>[/<prefix_length>]  [ <dest_address> ] ] (esc)
\t[ removeif <address>[/<prefix_length>] ] (esc)
\t[ arp | -arp ] (esc)
\t[ auto-revarp ] (esc)
\t[ broadcast <broad_addr> ] (esc)
\t[ index <if_index> ] (esc)
\t[ metric <n> ] [ mtu <n> ] (esc)
\t[ netmask <mask> ] (esc)
\t[ plumb ] [ unplumb ] (esc)
\t[ preferred | -preferred ] (esc)
\t[ private | -private ] (esc)
\t[ local | -local ] (esc)
\t[ router | -router ] (esc)
\t[ subnet <subnet_address>] (esc)
\t[ trailers | -trailers ] (esc)
\t[ token <address>/<prefix_length> ] (esc)
\t[ tsrc <tunnel_src_address> ] (esc)
\t[ tdst <tunnel_dest_address> ] (esc)
\t[ auth_algs <tunnel_AH_authentication_algorithm> ] (esc)
\t[ encr_algs <tunnel_ESP_encryption_algorithm> ] (esc)
\t[ encr_auth_algs <tunnel_ESP_authentication_algorithm> ] (esc)
\t[ up ] [ down ] (esc)
\t[ xmit | -xmit ] (esc)
\t[ modlist ] (esc)
\t[ modinsert <module_name@position> ] (esc)
\t[ modremove <module_name@position> ] (esc)
\t[ ipmp ] (esc)
\t[ group <groupname>] | [ group ""] (esc)
\t[ deprecated | -deprecated ] (esc)
\t[ standby | -standby ] (esc)
\t[ failover | -failover ] (esc)
\t[ zone <zonename> | -zone ] (esc)
\t[ usesrc <interface> ] (esc)
\t[ all-zones ] (esc)
or
\tifconfig <interface> |  -a[ 4 | 6 | D ] [ u | d ] (esc)
\tauto-dhcp | dhcp (esc)
\t[ wait <time> | forever ] (esc)
\t[ primary ] (esc)
\tstart | drop | ping | release | status | inform (esc)
[3]
root@Trixie:~# ifconfig e1000g0 dhcp release
ifconfig: e1000g0: interface not under DHCP control
[2]
root@Trixie:~# ifconfig nosuch0 dhcp
ifconfig: nosuch0: interface does not exist or cannot be managed using DHCP
[2]
root@Trixie:~# ifconfig -a
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
\tinet 127.0.0.1 netmask ff000000  (esc)
e1000g0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
\tinet 10.0.0.10 netmask ffffff00 broadcast 10.0.0.255 (esc)
\tether 8:0:27:6e:1f:3c (esc)
lo0: flags=2002000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv6,VIRTUAL> mtu 8252 index 1
\tinet6 ::1/128  (esc)
root@Trixie:~# # ifconfig acts word by word: two addresses are set before the third is refused
root@Trixie:~# dladm create-vnic -l e1000g0 vnic9
root@Trixie:~# ifconfig vnic9 plumb
root@Trixie:~# ifconfig vnic9 1.1.1.1 2.2.2.2 3.3.3.3
ifconfig: cannot configure more than two addresses in one command
[1]
root@Trixie:~# ifconfig vnic9
vnic9: flags=1000842<BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 3
\tinet 1.1.1.1 netmask ff000000 broadcast 1.255.255.255 (esc)
\tether 2:8:20:81:f5:e2 (esc)
