root@primary:~# hostname
primary
root@primary:~# uname
SunOS
root@primary:~# uname -a
SunOS primary 5.11 11.4.0.15.0 sun4v sparc sun4v
root@primary:~# uname -s -n -r -v -m -p -i
SunOS primary 5.11 11.4.0.15.0 sun4v sparc sun4v
root@primary:~# uname -snrvmpi
SunOS primary 5.11 11.4.0.15.0 sun4v sparc sun4v
root@primary:~# uname -X
System = SunOS
Node = primary
Release = 5.11
KernelID = 11.4.0.15.0
Machine = sun4v
BusType = <unknown>
Serial = <unknown>
Users = <unknown>
OEM# = 0
Origin# = 1
NumCPU = 256

root@primary:~# uname -z
uname: illegal option -- z
usage:\tuname [-snrvmapiX] (esc)
\tuname [-S system_name] (esc)
[1]
root@primary:~# uname extra
usage:\tuname [-snrvmapiX] (esc)
\tuname [-S system_name] (esc)
[1]
root@primary:~# date
Thu Jan 15 09:00:09 UTC 2026
root@primary:~# date -u
Thu Jan 15 09:00:10 UTC 2026
root@primary:~# date '+%Y-%m-%d %H:%M:%S %Z'
2026-01-15 09:00:11 UTC
root@primary:~# date +%A
Thursday
root@primary:~# sleep 3600
root@primary:~# date
Thu Jan 15 10:00:14 UTC 2026
root@primary:~# sleep
usage: sleep time
[2]
root@primary:~# sleep 1.5
sleep: bad character in argument
[2]
root@primary:~# sleep -z
sleep: illegal option -- z
usage: sleep time
[2]
root@primary:~# date 0115090026
usage:\tdate [-u] mmddHHMM[[cc]yy][.SS] (esc)
\tdate [-u] [+format] (esc)
\tdate -a [-]sss[.fff] (esc)
[2]
root@primary:~# date -q
date: illegal option -- q
usage:\tdate [-u] mmddHHMM[[cc]yy][.SS] (esc)
\tdate [-u] [+format] (esc)
\tdate -a [-]sss[.fff] (esc)
[2]
root@primary:~# hostname ldom-lab
root@ldom-lab:~# hostname
ldom-lab
root@ldom-lab:~# uname -n
ldom-lab
root@ldom-lab:~# hostname a b
usage: hostname [system_name]
[1]
root@ldom-lab:~# hostname -x
usage: hostname [system_name]
[1]
root@ldom-lab:~# uname -S primary
root@primary:~# clear
\x1b[H\x1b[2J (esc) (no-eol)
