root@primary:~# ldm -V
Logical Domains Manager (v 3.6)
   Hypervisor control protocol v 1.12
   Using Hypervisor MD v 0.1
 
System PROM:
   Hypervisor  v. 1.15.16.  @(#)Hypervisor 1.15.16.
   OpenBoot    v. 4.38.16.  @(#)OBP 4.38.16.
root@primary:~# ldm --help list
Usage:
    ldm list-domain [-e] [-l] [-o format] [-p] [-S] [ldom...]
root@primary:~# ldm --help frob
Unknown command frob; use --help option for list of available commands
[1]
root@primary:~# ldm
Usage:
    ldm [--help] command [options] [properties] operands

Use "--help" option for a list of all commands.
[1]
root@primary:~# pfexec ldm list -p
VERSION 1.11
DOMAIN|name=primary|state=active|flags=-n-c--|cons=SP|ncpu=256|mem=273804165120|util=2.1|uptime=2112620|norm_util=2.1
root@primary:~# sudo ldm ls -x
Usage:
    ldm list-domain [-e] [-l] [-o format] [-p] [-S] [ldom...]
[1]
