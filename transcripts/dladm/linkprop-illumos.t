---
world: omnios
---
root@omnios:~# # Link properties on illumos: the maxbw spelling, bridging and capability properties
root@omnios:~# dladm show-linkprop e1000g1
LINK         PROPERTY        PERM VALUE          DEFAULT        POSSIBLE
e1000g1      speed           r-   1000           --             -- 
e1000g1      autopush        rw   --             --             -- 
e1000g1      zone            rw   --             --             -- 
e1000g1      duplex          r-   full           full           half,full 
e1000g1      state           r-   up             up             up,down 
e1000g1      adv_autoneg_cap rw   1              1              1,0 
e1000g1      mtu             rw   1500           1500           1500-16298 
e1000g1      flowctrl        rw   bi             bi             no,tx,rx,bi 
e1000g1      adv_1000fdx_cap r-   1              1              1,0 
e1000g1      en_1000fdx_cap  rw   1              1              1,0 
e1000g1      adv_100fdx_cap  r-   1              1              1,0 
e1000g1      en_100fdx_cap   rw   1              1              1,0 
e1000g1      adv_100hdx_cap  r-   1              1              1,0 
e1000g1      en_100hdx_cap   rw   1              1              1,0 
e1000g1      adv_10fdx_cap   r-   1              1              1,0 
e1000g1      en_10fdx_cap    rw   1              1              1,0 
e1000g1      adv_10hdx_cap   r-   1              1              1,0 
e1000g1      en_10hdx_cap    rw   1              1              1,0 
e1000g1      maxbw           rw   --             --             -- 
e1000g1      cpus            rw   --             --             -- 
e1000g1      cpus-effective  r-   --             --             -- 
e1000g1      pool            rw   --             --             -- 
e1000g1      pool-effective  r-   --             --             -- 
LINK         PROPERTY        PERM VALUE          DEFAULT        POSSIBLE
e1000g1      priority        rw   high           high           low,medium,high 
e1000g1      tagmode         rw   vlanonly       vlanonly       normal,vlanonly 
e1000g1      forward         rw   1              1              1,0 
e1000g1      default_tag     rw   1              1              -- 
e1000g1      learn_limit     rw   1000           1000           -- 
e1000g1      learn_decay     rw   200            200            -- 
e1000g1      stp             rw   1              1              1,0 
e1000g1      stp_priority    rw   128            128            -- 
e1000g1      stp_cost        rw   auto           auto           -- 
e1000g1      stp_edge        rw   1              1              1,0 
e1000g1      stp_p2p         rw   auto           auto           true,false,auto 
e1000g1      stp_mcheck      rw   0              0              1,0 
e1000g1      protection      rw   --             --             mac-nospoof,
                                                                restricted,
                                                                ip-nospoof,
                                                                dhcp-nospoof 
e1000g1      allowed-ips     rw   --             --             -- 
e1000g1      allowed-dhcp-cids rw --             --             -- 
e1000g1      rxrings         rw   --             --             -- 
e1000g1      rxrings-effective r- --             --             -- 
e1000g1      txrings         rw   --             --             -- 
e1000g1      txrings-effective r- --             --             -- 
e1000g1      txrings-available r- 0              --             -- 
e1000g1      rxrings-available r- 0              --             -- 
e1000g1      rxhwclnt-available r- 0             --             -- 
e1000g1      txhwclnt-available r- 0             --             -- 
root@omnios:~# dladm set-linkprop -p maxbw=50M e1000g1
root@omnios:~# dladm set-linkprop -p mtu=9000 e1000g1
root@omnios:~# dladm show-link e1000g1
LINK        CLASS     MTU    STATE    BRIDGE     OVER
e1000g1     phys      9000   up       --         --
root@omnios:~# dladm create-vnic -l e1000g1 vnic0
root@omnios:~# dladm show-linkprop vnic0
LINK         PROPERTY        PERM VALUE          DEFAULT        POSSIBLE
vnic0        autopush        rw   --             --             -- 
vnic0        zone            rw   --             --             -- 
vnic0        state           r-   up             up             up,down 
vnic0        mtu             rw   9000           9000           576-9000 
vnic0        secondary-macs  rw   --             --             -- 
vnic0        maxbw           rw   --             --             -- 
vnic0        cpus            rw   --             --             -- 
vnic0        cpus-effective  r-   --             --             -- 
vnic0        pool            rw   --             --             -- 
vnic0        pool-effective  r-   --             --             -- 
vnic0        priority        rw   high           high           low,medium,high 
vnic0        tagmode         rw   vlanonly       vlanonly       normal,vlanonly 
vnic0        protection      rw   --             --             mac-nospoof,
                                                                restricted,
                                                                ip-nospoof,
                                                                dhcp-nospoof 
vnic0        promisc-filtered rw  on             on             off,on 
vnic0        allowed-ips     rw   --             --             -- 
vnic0        allowed-dhcp-cids rw --             --             -- 
vnic0        rxrings         rw   --             --             -- 
vnic0        rxrings-effective r- --             --             -- 
vnic0        txrings         rw   --             --             -- 
vnic0        txrings-effective r- --             --             -- 
root@omnios:~# dladm set-linkprop -p maxbw=10,priority=medium vnic0
root@omnios:~# dladm show-linkprop -p maxbw,priority,mtu vnic0
LINK         PROPERTY        PERM VALUE          DEFAULT        POSSIBLE
vnic0        maxbw           rw      10          --             -- 
vnic0        priority        rw   medium         high           low,medium,high 
vnic0        mtu             rw   9000           9000           576-9000 
root@omnios:~# dladm set-linkprop -p en_1000fdx_cap=0 e1000g1
root@omnios:~# dladm show-linkprop -p en_1000fdx_cap,adv_1000fdx_cap,adv_10gfdx_cap e1000g1
LINK         PROPERTY        PERM VALUE          DEFAULT        POSSIBLE
e1000g1      en_1000fdx_cap  rw   0              1              1,0 
e1000g1      adv_1000fdx_cap r-   1              1              1,0 
e1000g1      adv_10gfdx_cap  --   --             --             -- 
root@omnios:~# # stp and forward live in the persistent configuration until the link is brought up again
root@omnios:~# dladm set-linkprop -p stp=0 e1000g1
root@omnios:~# dladm show-linkprop -p stp e1000g1
LINK         PROPERTY        PERM VALUE          DEFAULT        POSSIBLE
e1000g1      stp             rw   1              1              1,0 
root@omnios:~# dladm show-linkprop -P -p stp e1000g1
LINK         PROPERTY        PERM VALUE          DEFAULT        POSSIBLE
e1000g1      stp             rw   0              1              1,0 
root@omnios:~# dladm reset-linkprop -p maxbw,mtu,en_1000fdx_cap,stp e1000g1
dladm: warning: cannot reset link property 'mtu' on 'e1000g1': link busy
root@omnios:~# dladm show-linkprop -p maxbw,mtu,en_1000fdx_cap e1000g1
LINK         PROPERTY        PERM VALUE          DEFAULT        POSSIBLE
e1000g1      maxbw           rw   --             --             -- 
e1000g1      mtu             rw   9000           1500           1500-16298 
e1000g1      en_1000fdx_cap  rw   1              1              1,0 
root@omnios:~# dladm show-linkprop -c -o property,value,default -p mtu,maxbw vnic0
mtu:9000:9000
maxbw:   10:
