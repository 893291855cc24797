root@primary:~# ls
root@primary:~# mkdir /tmp/lab; cd /tmp/lab
root@primary:/tmp/lab# mkdir vdisks zones-backup config-archive ldom-templates a b c
root@primary:/tmp/lab# echo x > notes.txt; echo hello > .hidden
root@primary:/tmp/lab# ls
a               c               ldom-templates  vdisks
b               config-archive  notes.txt       zones-backup
root@primary:/tmp/lab# ls -a
.               a               config-archive  vdisks
..              b               ldom-templates  zones-backup
.hidden         c               notes.txt
root@primary:/tmp/lab# ls -A
.hidden         b               config-archive  notes.txt       zones-backup
a               c               ldom-templates  vdisks
root@primary:/tmp/lab# ls -1
a
b
c
config-archive
ldom-templates
notes.txt
vdisks
zones-backup
root@primary:/tmp/lab# ls -F
a/               c/               ldom-templates/  vdisks/
b/               config-archive/  notes.txt        zones-backup/
root@primary:/tmp/lab# ls -l
total 22
drwxr-xr-x   2 root     root           2 Jan 15 09:00 a
drwxr-xr-x   2 root     root           2 Jan 15 09:00 b
drwxr-xr-x   2 root     root           2 Jan 15 09:00 c
drwxr-xr-x   2 root     root           2 Jan 15 09:00 config-archive
drwxr-xr-x   2 root     root           2 Jan 15 09:00 ldom-templates
-rw-r--r--   1 root     root           2 Jan 15 09:00 notes.txt
drwxr-xr-x   2 root     root           2 Jan 15 09:00 vdisks
drwxr-xr-x   2 root     root           2 Jan 15 09:00 zones-backup
root@primary:/tmp/lab# ls -la
total 29
drwxr-xr-x   9 root     root          11 Jan 15 09:00 .
drwxrwxrwt   3 root     root           3 Jan 15 09:00 ..
-rw-r--r--   1 root     root           6 Jan 15 09:00 .hidden
drwxr-xr-x   2 root     root           2 Jan 15 09:00 a
drwxr-xr-x   2 root     root           2 Jan 15 09:00 b
drwxr-xr-x   2 root     root           2 Jan 15 09:00 c
drwxr-xr-x   2 root     root           2 Jan 15 09:00 config-archive
drwxr-xr-x   2 root     root           2 Jan 15 09:00 ldom-templates
-rw-r--r--   1 root     root           2 Jan 15 09:00 notes.txt
drwxr-xr-x   2 root     root           2 Jan 15 09:00 vdisks
drwxr-xr-x   2 root     root           2 Jan 15 09:00 zones-backup
root@primary:/tmp/lab# ls -ld .
drwxr-xr-x   9 root     root          11 Jan 15 09:00 .
root@primary:/tmp/lab# ls -d vdisks notes.txt
notes.txt  vdisks
root@primary:/tmp/lab# ls notes.txt vdisks /tmp/lab/a
notes.txt

/tmp/lab/a:

vdisks:
root@primary:/tmp/lab# ls | cat
a
b
c
config-archive
ldom-templates
notes.txt
vdisks
zones-backup
root@primary:/tmp/lab# ls -C | cat
a               c               ldom-templates  vdisks
b               config-archive  notes.txt       zones-backup
root@primary:/tmp/lab# ls -x
a               b               c               config-archive  ldom-templates
notes.txt       vdisks          zones-backup
root@primary:/tmp/lab# ls -r
zones-backup    notes.txt       config-archive  b
vdisks          ldom-templates  c               a
root@primary:/tmp/lab# ls -lt
total 22
-rw-r--r--   1 root     root           2 Jan 15 09:00 notes.txt
drwxr-xr-x   2 root     root           2 Jan 15 09:00 a
drwxr-xr-x   2 root     root           2 Jan 15 09:00 b
drwxr-xr-x   2 root     root           2 Jan 15 09:00 c
drwxr-xr-x   2 root     root           2 Jan 15 09:00 config-archive
drwxr-xr-x   2 root     root           2 Jan 15 09:00 ldom-templates
drwxr-xr-x   2 root     root           2 Jan 15 09:00 vdisks
drwxr-xr-x   2 root     root           2 Jan 15 09:00 zones-backup
root@primary:/tmp/lab# ls -n notes.txt
-rw-r--r--   1 0        0              2 Jan 15 09:00 notes.txt
root@primary:/tmp/lab# ls -g notes.txt
-rw-r--r--   1 root           2 Jan 15 09:00 notes.txt
root@primary:/tmp/lab# ls -o notes.txt
-rw-r--r--   1 root           2 Jan 15 09:00 notes.txt
root@primary:/tmp/lab# ls /nonexistent
/nonexistent: No such file or directory
[2]
root@primary:/tmp/lab# ls notes.txt /nonexistent b
/nonexistent: No such file or directory
notes.txt

b:
[2]
root@primary:/tmp/lab# ls notes.txt/
notes.txt/: Not a directory
[2]
root@primary:/tmp/lab# ls -z
ls: illegal option -- z
usage: ls -aAbcCdeEfFghHilLmnopqrRsStuxvV1@/[c | v]%[atime | crtime | ctime | mtime | all] [files]
[2]
root@primary:/tmp/lab# ls -l /etc/nodename /root
-rw-r--r--   1 root     root           8 Jan 15 09:00 /etc/nodename

/root:
total 0
