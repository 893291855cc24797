---
world: s10-x86
---
sol10# zonecfg -z z1 'create; set zonepath=/export/zones/z1; commit'
sol10# zoneadm -z z1 install
Preparing to install zone <z1>.
Creating list of files to copy from the global zone.
Copying <58990> files to the zone.
Initializing zone product registry.
Determining zone package initialization order.
Preparing to initialize <1566> packages on the zone.
Initializing package <1> of <1566>: percent complete: 0%\rInitializing package <16> of <1566>: percent complete: 1%\rInitializing package <32> of <1566>: percent complete: 2%\rInitializing package <47> of <1566>: percent complete: 3%\rInitializing package <63> of <1566>: percent complete: 4%\rInitializing package <79> of <1566>: percent complete: 5%\rInitializing package <94> of <1566>: percent complete: 6%\rInitializing package <110> of <1566>: percent complete: 7%\rInitializing package <126> of <1566>: percent complete: 8%\rInitializing package <141> of <1566>: percent complete: 9%\rInitializing package <157> of <1566>: percent complete: 10%\rInitializing package <173> of <1566>: percent complete: 11%\rInitializing package <188> of <1566>: percent complete: 12%\rInitializing package <204> of <1566>: percent complete: 13%\rInitializing package <220> of <1566>: percent complete: 14%\rInitializing package <235> of <1566>: percent complete: 15%\rInitializing package <251> of <1566>: percent complete: 16%\rInitializing package <267> of <1566>: percent complete: 17%\rInitializing package <282> of <1566>: percent complete: 18%\rInitializing package <298> of <1566>: percent complete: 19%\rInitializing package <314> of <1566>: percent complete: 20%\rInitializing package <329> of <1566>: percent complete: 21%\rInitializing package <345> of <1566>: percent complete: 22%\rInitializing package <361> of <1566>: percent complete: 23%\rInitializing package <376> of <1566>: percent complete: 24%\rInitializing package <392> of <1566>: percent complete: 25%\rInitializing package <408> of <1566>: percent complete: 26%\rInitializing package <423> of <1566>: percent complete: 27%\rInitializing package <439> of <1566>: percent complete: 28%\rInitializing package <455> of <1566>: percent complete: 29%\rInitializing package <470> of <1566>: percent complete: 30%\rInitializing package <486> of <1566>: percent complete: 31%\rInitializing package <502> of <1566>: percent complete: 32%\rInitializing package <517> of <1566>: percent complete: 33%\rInitializing package <533> of <1566>: percent complete: 34%\rInitializing package <549> of <1566>: percent complete: 35%\rInitializing package <564> of <1566>: percent complete: 36%\rInitializing package <580> of <1566>: percent complete: 37%\rInitializing package <596> of <1566>: percent complete: 38%\rInitializing package <611> of <1566>: percent complete: 39%\rInitializing package <627> of <1566>: percent complete: 40%\rInitializing package <643> of <1566>: percent complete: 41%\rInitializing package <658> of <1566>: percent complete: 42%\rInitializing package <674> of <1566>: percent complete: 43%\rInitializing package <690> of <1566>: percent complete: 44%\rInitializing package <705> of <1566>: percent complete: 45%\rInitializing package <721> of <1566>: percent complete: 46%\rInitializing package <737> of <1566>: percent complete: 47%\rInitializing package <752> of <1566>: percent complete: 48%\rInitializing package <768> of <1566>: percent complete: 49%\rInitializing package <783> of <1566>: percent complete: 50%\rInitializing package <799> of <1566>: percent complete: 51%\rInitializing package <815> of <1566>: percent complete: 52%\rInitializing package <830> of <1566>: percent complete: 53%\rInitializing package <846> of <1566>: percent complete: 54%\rInitializing package <862> of <1566>: percent complete: 55%\rInitializing package <877> of <1566>: percent complete: 56%\rInitializing package <893> of <1566>: percent complete: 57%\rInitializing package <909> of <1566>: percent complete: 58%\rInitializing package <924> of <1566>: percent complete: 59%\rInitializing package <940> of <1566>: percent complete: 60%\rInitializing package <956> of <1566>: percent complete: 61%\rInitializing package <971> of <1566>: percent complete: 62%\rInitializing package <987> of <1566>: percent complete: 63%\rInitializing package <1003> of <1566>: percent complete: 64%\rInitializing package <1018> of <1566>: percent complete: 65%\rInitializing package <1034> of <1566>: percent complete: 66%\rInitializing package <1050> of <1566>: percent complete: 67%\rInitializing package <1065> of <1566>: percent complete: 68%\rInitializing package <1081> of <1566>: percent complete: 69%\rInitializing package <1097> of <1566>: percent complete: 70%\rInitializing package <1112> of <1566>: percent complete: 71%\rInitializing package <1128> of <1566>: percent complete: 72%\rInitializing package <1144> of <1566>: percent complete: 73%\rInitializing package <1159> of <1566>: percent complete: 74%\rInitializing package <1175> of <1566>: percent complete: 75%\rInitializing package <1191> of <1566>: percent complete: 76%\rInitializing package <1206> of <1566>: percent complete: 77%\rInitializing package <1222> of <1566>: percent complete: 78%\rInitializing package <1238> of <1566>: percent complete: 79%\rInitializing package <1253> of <1566>: percent complete: 80%\rInitializing package <1269> of <1566>: percent complete: 81%\rInitializing package <1285> of <1566>: percent complete: 82%\rInitializing package <1300> of <1566>: percent complete: 83%\rInitializing package <1316> of <1566>: percent complete: 84%\rInitializing package <1332> of <1566>: percent complete: 85%\rInitializing package <1347> of <1566>: percent complete: 86%\rInitializing package <1363> of <1566>: percent complete: 87%\rInitializing package <1379> of <1566>: percent complete: 88%\rInitializing package <1394> of <1566>: percent complete: 89%\rInitializing package <1410> of <1566>: percent complete: 90%\rInitializing package <1426> of <1566>: percent complete: 91%\rInitializing package <1441> of <1566>: percent complete: 92%\rInitializing package <1457> of <1566>: percent complete: 93%\rInitializing package <1473> of <1566>: percent complete: 94%\rInitializing package <1488> of <1566>: percent complete: 95%\rInitializing package <1504> of <1566>: percent complete: 96%\rInitializing package <1520> of <1566>: percent complete: 97%\rInitializing package <1535> of <1566>: percent complete: 98%\rInitializing package <1551> of <1566>: percent complete: 99%\rInitializing package <1566> of <1566>: percent complete: 100% (esc)
Initialized <1566> packages on zone.
Zone <z1> is initialized.
The file </export/zones/z1/root/var/sadm/system/logs/install_log> contains a log of the zone installation.
sol10# zonecfg -z z2 'create -t z1; set zonepath=/export/zones/z2'
sol10# zoneadm -z z2 clone nosuch
zoneadm: nosuch: No such zone configured
[1]
sol10# zoneadm -z z2 clone z1
Copying /export/zones/z1...
sol10# zoneadm -z z2 clone z1
zoneadm: zone 'z2': is already installed.
[1]
sol10# zoneadm list -cv
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   - z1               installed  /export/zones/z1               native   shared
   - z2               installed  /export/zones/z2               native   shared
sol10# zoneadm -z z2 move /export/zones/z2b
sol10# zoneadm -z z2 detach
sol10# zoneadm list -cv
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   - z1               installed  /export/zones/z1               native   shared
   - z2               configured /export/zones/z2b              native   shared
sol10# zoneadm -z z2 attach
sol10# zoneadm -z z2 verify
sol10# zoneadm list -ip
0:global:running:/::native:shared
-:z1:installed:/export/zones/z1:46576789-3e24-42d4-a89e-50d1b23a7d73:native:shared
-:z2:installed:/export/zones/z2b:71205f01-a25e-8b3c-8482-5320e6440c53:native:shared
sol10# zonecfg -z z2 delete -F
sol10# zoneadm -z z2 uninstall -F
zoneadm: z2: No such zone configured
[1]
sol10# zonecfg -z z2 delete -F
z2: No such zone configured
[1]
sol10# zoneadm list -cv
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   - z1               installed  /export/zones/z1               native   shared
