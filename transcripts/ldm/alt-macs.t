---
world: t5-2
---
root@primary:~# # Alternate MAC addresses on a vnet, so that zones and VNICs in the guest can use them
root@primary:~# # (the seed "What's up with LDoms: Part 7 - Layered Virtual Networking").
root@primary:~# ldm add-vsw net-dev=net0 primary-vsw0 primary
root@primary:~# ldm add-vcc port-range=5000-5100 primary-vcc0 primary
root@primary:~# ldm set-vcpu 16 primary
root@primary:~# ldm set-memory 16G primary
root@primary:~# ldm add-domain ldg1
root@primary:~# ldm add-vcpu 8 ldg1
root@primary:~# ldm add-memory 4G ldg1
root@primary:~# # at creation: two automatic alternates
root@primary:~# ldm add-vnet alt-mac-addrs=auto,auto vnet0 primary-vsw0 ldg1
root@primary:~# ldm list -o network ldg1
NETWORK
    NAME    SERVICE              MACADDRESS        PVID|PVLAN|VIDs
    ----    -------              ----------        ---------------
    vnet0   primary-vsw0@primary 00:14:4f:fa:bf:12 1|--|--
                                 00:14:4f:f9:aa:e5
                                 00:14:4f:fa:56:96
root@primary:~# # one set by hand, from the range for manual addresses
root@primary:~# ldm add-vnet alt-mac-addrs=00:14:4f:fc:00:10 vnet1 primary-vsw0 ldg1
root@primary:~# ldm bind ldg1
root@primary:~# ldm start ldg1
LDom ldg1 started
root@primary:~# # dynamically, while the domain runs: only adding is dynamic
root@primary:~# ldm set-vnet alt-mac-addrs=+auto vnet0 ldg1
root@primary:~# ldm set-vnet auto-alt-mac-addrs=+1 vnet1 ldg1
root@primary:~# ldm list -o network ldg1
NETWORK
    NAME    SERVICE              MACADDRESS        PVID|PVLAN|VIDs
    ----    -------              ----------        ---------------
    vnet0   primary-vsw0@primary 00:14:4f:fa:bf:12 1|--|--
                                 00:14:4f:f9:aa:e5
                                 00:14:4f:fa:56:96
                                 00:14:4f:f8:cf:53
    vnet1   primary-vsw0@primary 00:14:4f:fa:f9:ee 1|--|--
                                 00:14:4f:fc:00:10
                                 00:14:4f:f8:e8:23
root@primary:~# ldm set-vnet alt-mac-addrs=auto vnet0 ldg1
Alternate MAC addresses of vnet0 can only be added while domain ldg1 is active
[1]
root@primary:~# # an address already held anywhere is refused
root@primary:~# ldm add-vnet mac-addr=00:14:4f:fc:00:10 vnet2 primary-vsw0 ldg1
MAC address 00:14:4f:fc:00:10 is already in use
[1]
root@primary:~# ldm stop ldg1
LDom ldg1 stopped
root@primary:~# ldm set-vnet alt-mac-addrs=auto vnet0 ldg1
root@primary:~# ldm list -o network ldg1
NETWORK
    NAME    SERVICE              MACADDRESS        PVID|PVLAN|VIDs
    ----    -------              ----------        ---------------
    vnet0   primary-vsw0@primary 00:14:4f:fa:bf:12 1|--|--
                                 00:14:4f:f9:aa:e5
    vnet1   primary-vsw0@primary 00:14:4f:fa:f9:ee 1|--|--
                                 00:14:4f:fc:00:10
                                 00:14:4f:f8:e8:23
