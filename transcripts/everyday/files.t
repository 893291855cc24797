root@primary:~# mkdir /tmp/work
root@primary:~# mkdir /tmp/work
mkdir: Failed to make directory "/tmp/work"; File exists
[2]
root@primary:~# mkdir /tmp/missing/deeper
mkdir: Failed to make directory "/tmp/missing/deeper"; No such file or directory
[2]
root@primary:~# mkdir -p /tmp/missing/deeper
root@primary:~# ls -R /tmp/missing
/tmp/missing:
deeper

/tmp/missing/deeper:
root@primary:~# mkdir -m 700 /tmp/private
root@primary:~# mkdir -m u=rwx,g=rx /tmp/shared
root@primary:~# mkdir -m 9 /tmp/bad
mkdir: invalid mode
[6]
root@primary:~# mkdir -m zz /tmp/bad
mkdir: invalid mode
[5]
root@primary:~# mkdir
mkdir: usage: mkdir [-m mode] [-p] dirname ...
[2]
root@primary:~# mkdir -q /tmp/x
mkdir: illegal option -- q
mkdir: usage: mkdir [-m mode] [-p] dirname ...
[2]
root@primary:~# echo data > /tmp/work/f
root@primary:~# mkdir -p /tmp/work/f
mkdir: "/tmp/work/f": Exists but is not a directory
[2]
root@primary:~# ls -ld /tmp/private /tmp/shared
drwx------   2 root     root           2 Jan 15 09:00 /tmp/private
drwxr-xrwx   2 root     root           2 Jan 15 09:00 /tmp/shared
root@primary:~# chmod 640 /tmp/work/f
root@primary:~# chmod u+x,o+r /tmp/work/f
root@primary:~# chmod -w /tmp/work/f
root@primary:~# ls -l /tmp/work
total 1
-r-xr--r--   1 root     root           5 Jan 15 09:00 f
root@primary:~# chmod g+s,+t /tmp/work
root@primary:~# ls -ld /tmp/work
drwxr-sr-t   2 root     root           3 Jan 15 09:00 /tmp/work
root@primary:~# chmod -R 755 /tmp/work
root@primary:~# ls -lR /tmp/work
/tmp/work:
total 1
-rwxr-xr-x   1 root     root           5 Jan 15 09:00 f
root@primary:~# chmod 755 /nope /tmp/work /gone
chmod: WARNING: can't access /nope
chmod: WARNING: can't access /gone
[2]
root@primary:~# chmod 888 /tmp/work/f
chmod: ERROR: invalid mode
[6]
root@primary:~# chmod u+q /tmp/work/f
chmod: ERROR: invalid mode
[5]
root@primary:~# chmod -f 755 /nope
root@primary:~# chmod 755
usage:\tchmod [-fR] <absolute-mode> file ... (esc)
\tchmod [-fR] [-@ attribute] ... S<attribute-operation> file ... (esc)
\tchmod [-fR] <ACL-operation> file ... (esc)
\tchmod [-fR] <symbolic-mode-list> file ... (esc)

where \t<symbolic-mode-list> is a comma-separated list of (esc)
\t[ugoa]{+|-|=}[rwxXlstugo] (esc)

where \t<attribute-operation> is a comma-separated list of (esc)
\tone or more of the following (esc)
\t[+|-|=]c[<compact-attribute-list>|{<compact-attribute-list>}] (esc)
\t[+|-|=]v[<verbose-attribute-setting>|'{'<verbose-attribute-setting-list>'}'] (esc)
\t[+|-|=]a (esc)
where \t<compact-attribute-list> is a list of zero or more of (esc)
\t[H|S|R|A|a|d|i|m|q|u|O|s] (esc)
where \t<verbose-attribute-setting> is one of (esc)
\t[hidden|system|readonly|archive|appendonly|nodump|immutable|av_modified|av_quarantined|nounlink|offline|sparse] (esc)
\tand can be, optionally, immediately preceded by "no" (esc)

where \t<ACL-operation> is one of the following (esc)
\tA-<acl_specification> (esc)
\tA[number]- (esc)
\tA[number]{+|=}<acl_specification> (esc)
where \t<acl-specification> is a comma-separated list of ACEs (esc)
[2]
root@primary:~# cat /tmp/work/f /nope /tmp/work
data
cat: cannot open /nope: No such file or directory
cat: input error on /tmp/work: Is a directory
[1]
root@primary:~# cat -n /tmp/work/f
     1\tdata (esc)
root@primary:~# cat -z
cat: illegal option -- z
usage: cat [ -usvtebn ] [-|file] ...
[2]
root@primary:~# rm /tmp/work
rm: /tmp/work is a directory
[2]
root@primary:~# rm /nope
/nope: No such file or directory
[2]
root@primary:~# rm -f /nope
root@primary:~# rm /tmp/work/f /tmp/work/f
/tmp/work/f: No such file or directory
[2]
root@primary:~# rm -r /tmp/missing
root@primary:~# rm .
rm of . is not allowed
[2]
root@primary:~# rm /
rm of / is not allowed
[2]
root@primary:~# rm
usage: rm [-fiRr] file ...
[2]
root@primary:~# rm -z /tmp
rm: illegal option -- z
usage: rm [-fiRr] file ...
[2]
root@primary:~# cd /tmp/work
root@primary:/tmp/work# rm -r /tmp/work
rm: Cannot remove any directory in the path of the current working directory
/tmp/work
[2]
root@primary:/tmp/work# cd /
root@primary:/# rmdir /tmp/work /tmp/nope /tmp/private/ /tmp/shared/..
rmdir: directory "/tmp/nope": Directory does not exist
rmdir: directory "/tmp/shared/..": Can't remove current directory or ..
[2]
root@primary:/# rmdir /etc/nodename
rmdir: directory "/etc/nodename": Path component not a directory
[2]
root@primary:/# rmdir /tmp
rmdir: directory "/tmp": Directory not empty
[2]
root@primary:/# rmdir
Usage: rmdir [-ps] dirname ...
[2]
root@primary:/# ls /tmp
shared
