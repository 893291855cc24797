---
world: t5-2
---
root@primary:~# # Link properties on the control domain: a physical link, then a VNIC over it
root@primary:~# dladm show-linkprop net2
LINK     PROPERTY                PERM VALUE        EFFECTIVE    DEFAULT   POSSIBLE
net2     speed                   r-   10000        10000        --        -- 
net2     autopush                rw   --           --           --        -- 
net2     zone                    rw   --           --           --        -- 
net2     duplex                  r-   full         full         full      half,full 
net2     state                   r-   up           up           up        up,down 
net2     auto-negotiation        rw   1            1            1         1,0 
net2     mtu                     rw   1500         1500         1500      1500-15500 
net2     flow-control            rw   no           no           no        no,tx,rx,bi 
net2     speed-duplex            rw   10g-f,1g-f,  10g-f,1g-f,  10g-f,1g-f, 10g-f,1g-f,100m-f 
                                      100m-f       100m-f       100m-f    
net2     max-bw                  rw   --           --           --        -- 
net2     cpus                    rw   --           --           --        -- 
net2     cpus-effective          r-   --           --           --        -- 
net2     rx-fanout               rw   --           --           --        -- 
net2     rx-fanout-effective     r-   --           --           --        -- 
net2     pool                    rw   --           --           --        -- 
net2     pool-effective          r-   --           --           --        -- 
net2     priority                rw   high         high         high      low,medium,high 
net2     tag-mode                rw   vlanonly     vlanonly     vlanonly  normal,vlanonly 
net2     protection              rw   --           --           --        mac-nospoof,
                                                                          restricted,
                                                                          ip-nospoof,
                                                                          dhcp-nospoof 
net2     allowed-ips             rw   --           --           --        -- 
net2     allowed-dhcp-cids       rw   --           --           --        -- 
net2     rx-rings                rw   --           --           --        -- 
net2     tx-rings                rw   --           --           --        -- 
LINK     PROPERTY                PERM VALUE        EFFECTIVE    DEFAULT   POSSIBLE
net2     tx-rings-available      r-   0            0            --        -- 
net2     rx-rings-available      r-   0            0            --        -- 
root@primary:~# dladm show-linkprop -p mtu,max-bw net2
LINK     PROPERTY        PERM VALUE        EFFECTIVE    DEFAULT   POSSIBLE
net2     mtu             rw   1500         1500         1500      1500-15500 
net2     max-bw          rw   --           --           --        -- 
root@primary:~# # jumbo frames on a link nothing uses yet; show-link follows
root@primary:~# dladm set-linkprop -p mtu=9000 net2
root@primary:~# dladm show-link net2
LINK                CLASS     MTU    STATE    OVER
net2                phys      9000   up       --
root@primary:~# dladm create-vnic -l net2 vnic0
root@primary:~# dladm show-link
LINK                CLASS     MTU    STATE    OVER
net0                phys      1500   up       --
net1                phys      1500   up       --
net2                phys      9000   up       --
net3                phys      1500   up       --
vnic0               vnic      9000   up       net2
root@primary:~# # a VNIC starts at its lower link's MTU and may go no higher
root@primary:~# dladm show-linkprop vnic0
LINK     PROPERTY                PERM VALUE        EFFECTIVE    DEFAULT   POSSIBLE
vnic0    autopush                rw   --           --           --        -- 
vnic0    zone                    rw   --           --           --        -- 
vnic0    state                   r-   up           up           up        up,down 
vnic0    mtu                     rw   9000         9000         9000      576-9000 
vnic0    max-bw                  rw   --           --           --        -- 
vnic0    cpus                    rw   --           --           --        -- 
vnic0    cpus-effective          r-   --           --           --        -- 
vnic0    rx-fanout               rw   --           --           --        -- 
vnic0    rx-fanout-effective     r-   --           --           --        -- 
vnic0    pool                    rw   --           --           --        -- 
vnic0    pool-effective          r-   --           --           --        -- 
vnic0    priority                rw   high         high         high      low,medium,high 
vnic0    tag-mode                rw   vlanonly     vlanonly     vlanonly  normal,vlanonly 
vnic0    protection              rw   --           --           --        mac-nospoof,
                                                                          restricted,
                                                                          ip-nospoof,
                                                                          dhcp-nospoof 
vnic0    mac-address             r-   2:8:20:1c:10:a7 2:8:20:1c:10:a7 --  -- 
vnic0    allowed-ips             rw   --           --           --        -- 
vnic0    allowed-dhcp-cids       rw   --           --           --        -- 
vnic0    rx-rings                rw   --           --           --        -- 
vnic0    tx-rings                rw   --           --           --        -- 
root@primary:~# dladm set-linkprop -p mtu=1500 vnic0
root@primary:~# dladm set-linkprop -p max-bw=100M,priority=low vnic0
root@primary:~# dladm show-linkprop -p mtu,max-bw,priority vnic0
LINK     PROPERTY        PERM VALUE        EFFECTIVE    DEFAULT   POSSIBLE
vnic0    mtu             rw   1500         1500         9000      576-9000 
vnic0    max-bw          rw     100          100        --        -- 
vnic0    priority        rw   low          low          high      low,medium,high 
root@primary:~# dladm show-link vnic0
LINK                CLASS     MTU    STATE    OVER
vnic0               vnic      1500   up       net2
root@primary:~# # bandwidth in K, M or G; a fraction of a Mb/s prints with three decimals
root@primary:~# dladm set-linkprop -p max-bw=1500K vnic0
root@primary:~# dladm show-linkprop -p max-bw vnic0
LINK     PROPERTY        PERM VALUE        EFFECTIVE    DEFAULT   POSSIBLE
vnic0    max-bw          rw       1.500        1.500    --        -- 
root@primary:~# # -t changes only what is in force now: -P shows what a reboot brings back
root@primary:~# dladm set-linkprop -t -p priority=medium vnic0
root@primary:~# dladm show-linkprop -p priority vnic0
LINK     PROPERTY        PERM VALUE        EFFECTIVE    DEFAULT   POSSIBLE
vnic0    priority        rw   medium       medium       high      low,medium,high 
root@primary:~# dladm show-linkprop -P -p priority,max-bw vnic0
LINK     PROPERTY        PERM VALUE        EFFECTIVE    DEFAULT   POSSIBLE
vnic0    priority        rw   low          medium       high      low,medium,high 
vnic0    max-bw          rw       1.500        1.500    --        -- 
root@primary:~# dladm set-linkprop -p protection=mac-nospoof,ip-nospoof vnic0
root@primary:~# dladm show-linkprop -p protection vnic0
LINK     PROPERTY        PERM VALUE        EFFECTIVE    DEFAULT   POSSIBLE
vnic0    protection      rw   mac-nospoof, mac-nospoof, --        mac-nospoof,
                              ip-nospoof   ip-nospoof             restricted,
                                                                  ip-nospoof,
                                                                  dhcp-nospoof 
root@primary:~# # parseable output
root@primary:~# dladm show-linkprop -c -o link,property,value -p mtu,max-bw,priority vnic0
vnic0:mtu:1500
vnic0:max-bw:    1.500
vnic0:priority:medium
root@primary:~# dladm show-linkprop -c -o value -p mtu vnic0
1500
root@primary:~# # reset one property, then all of them
root@primary:~# dladm reset-linkprop -p max-bw vnic0
root@primary:~# dladm show-linkprop -p max-bw vnic0
LINK     PROPERTY        PERM VALUE        EFFECTIVE    DEFAULT   POSSIBLE
vnic0    max-bw          rw   --           --           --        -- 
root@primary:~# dladm reset-linkprop vnic0
root@primary:~# dladm show-linkprop -p mtu,max-bw,priority,protection vnic0
LINK     PROPERTY        PERM VALUE        EFFECTIVE    DEFAULT   POSSIBLE
vnic0    mtu             rw   9000         9000         9000      576-9000 
vnic0    max-bw          rw   --           --           --        -- 
vnic0    priority        rw   high         high         high      low,medium,high 
vnic0    protection      rw   --           --           --        mac-nospoof,
                                                                  restricted,
                                                                  ip-nospoof,
                                                                  dhcp-nospoof 
root@primary:~# dladm show-link vnic0
LINK                CLASS     MTU    STATE    OVER
vnic0               vnic      9000   up       net2
root@primary:~# # a property given at creation
root@primary:~# dladm create-vnic -l net2 -p max-bw=200M,priority=medium vnic1
root@primary:~# dladm show-linkprop -p max-bw,priority vnic1
LINK     PROPERTY        PERM VALUE        EFFECTIVE    DEFAULT   POSSIBLE
vnic1    max-bw          rw     200          200        --        -- 
vnic1    priority        rw   medium       medium       high      low,medium,high 
root@primary:~# # every link's mtu
root@primary:~# dladm show-linkprop -p mtu
LINK     PROPERTY        PERM VALUE        EFFECTIVE    DEFAULT   POSSIBLE
net0     mtu             rw   1500         1500         1500      1500-15500 
net1     mtu             rw   1500         1500         1500      1500-15500 
net2     mtu             rw   9000         9000         1500      1500-15500 
net3     mtu             rw   1500         1500         1500      1500-15500 
vnic0    mtu             rw   9000         9000         9000      576-9000 
vnic1    mtu             rw   9000         9000         9000      576-9000 
