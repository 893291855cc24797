---
world: t5-2
---
root@primary:~# # svcs and svcadm on an 11.4 control domain: ldmd runs, vntsd waits to be enabled
root@primary:~# svcs
STATE          STIME    FMRI
online         Dec_21   svc:/network/ssh:default
online         Dec_21   svc:/network/physical:default
online         Dec_21   svc:/network/routing/ndp:default
online         Dec_21   svc:/system/zones:default
online         Dec_21   svc:/ldoms/ldmd:default
online         Dec_21   svc:/network/loopback:default
root@primary:~# svcs -a
STATE          STIME    FMRI
disabled       Dec_21   svc:/network/ipv4-forwarding:default
disabled       Dec_21   svc:/network/routing/route:default
disabled       Dec_21   svc:/network/routing/legacy-routing:ipv4
disabled       Dec_21   svc:/network/physical:nwam
disabled       Dec_21   svc:/network/routing/ripng:default
disabled       Dec_21   svc:/network/routing/rdisc:default
disabled       Dec_21   svc:/ldoms/vntsd:default
disabled       Dec_21   svc:/network/routing/legacy-routing:ipv6
disabled       Dec_21   svc:/network/ipv6-forwarding:default
online         Dec_21   svc:/network/ssh:default
online         Dec_21   svc:/network/physical:default
online         Dec_21   svc:/network/routing/ndp:default
online         Dec_21   svc:/system/zones:default
online         Dec_21   svc:/ldoms/ldmd:default
online         Dec_21   svc:/network/loopback:default
root@primary:~# svcs ssh network/loopback svc:/network/physical:default
STATE          STIME    FMRI
online         Dec_21   svc:/network/ssh:default
online         Dec_21   svc:/network/physical:default
online         Dec_21   svc:/network/loopback:default
root@primary:~# svcs 'network/*forwarding'
STATE          STIME    FMRI
disabled       Dec_21   svc:/network/ipv4-forwarding:default
disabled       Dec_21   svc:/network/ipv6-forwarding:default
root@primary:~# svcs nosuch
svcs: Pattern 'nosuch' doesn't match any instances
STATE          STIME    FMRI
[1]
root@primary:~# svcs -H ssh
online         Dec_21   svc:/network/ssh:default
root@primary:~# svcs -a ssh
svcs: -a ignored when used with arguments.
STATE          STIME    FMRI
online         Dec_21   svc:/network/ssh:default
root@primary:~# svcadm disable ssh
root@primary:~# svcs ssh
STATE          STIME    FMRI
disabled        9:00:09 svc:/network/ssh:default
root@primary:~# svcadm -v enable ssh
svc:/network/ssh:default enabled.
root@primary:~# svcadm disable -t ssh
root@primary:~# svcs -a ssh
svcs: -a ignored when used with arguments.
STATE          STIME    FMRI
disabled        9:00:12 svc:/network/ssh:default
root@primary:~# svcadm -v enable -t ssh
svc:/network/ssh:default temporarily enabled.
root@primary:~# svcadm restart ssh
root@primary:~# svcadm refresh ssh
root@primary:~# svcs
STATE          STIME    FMRI
online         Dec_21   svc:/network/physical:default
online         Dec_21   svc:/network/routing/ndp:default
online         Dec_21   svc:/system/zones:default
online         Dec_21   svc:/ldoms/ldmd:default
online         Dec_21   svc:/network/loopback:default
online          9:00:15 svc:/network/ssh:default
root@primary:~# svcadm enable nosuch
svcadm: Pattern 'nosuch' doesn't match any instances
[1]
root@primary:~# svcadm disable default
svcadm: Pattern 'default' matches multiple instances:
    svc:/network/loopback:default
    svc:/network/physical:default
    svc:/network/ipv4-forwarding:default
    svc:/network/ipv6-forwarding:default
    svc:/network/routing/route:default
    svc:/network/routing/ripng:default
    svc:/network/routing/rdisc:default
    svc:/network/routing/ndp:default
    svc:/network/ssh:default
    svc:/system/zones:default
    svc:/ldoms/ldmd:default
    svc:/ldoms/vntsd:default
[1]
root@primary:~# svcadm restart legacy-routing
svcadm: Pattern 'legacy-routing' matches multiple instances:
    svc:/network/routing/legacy-routing:ipv4
    svc:/network/routing/legacy-routing:ipv6
[1]
root@primary:~# svcadm clear ssh
svcadm: Instance "svc:/network/ssh:default" is not in a maintenance or degraded state.
[1]
root@primary:~# svcadm
Usage: svcadm [-v] [-Z | -z zone] [cmd [args ... ]]

\tsvcadm enable [-rst] <service> ...\t- enable and online service(s) (esc)
\tsvcadm disable [-st] <service> ...\t- disable and offline service(s) (esc)
\tsvcadm restart <service> ...\t\t- restart specified service(s) (esc)
\tsvcadm refresh <service> ...\t\t- re-read service configuration (esc)
\tsvcadm mark [-It] <state> <service> ...\t- set maintenance state (esc)
\tsvcadm clear <service> ...\t\t- clear maintenance state (esc)
\tsvcadm milestone [-d] <milestone>\t- advance to a service milestone (esc)

\tServices can be specified using an FMRI, abbreviation, or fnmatch(5) (esc)
\tpattern, as shown in these examples for svc:/network/smtp:sendmail (esc)

\tsvcadm <cmd> svc:/network/smtp:sendmail (esc)
\tsvcadm <cmd> network/smtp:sendmail (esc)
\tsvcadm <cmd> network/*mail (esc)
\tsvcadm <cmd> network/smtp (esc)
\tsvcadm <cmd> smtp:sendmail (esc)
\tsvcadm <cmd> smtp (esc)
\tsvcadm <cmd> sendmail (esc)
[2]
root@primary:~# svcadm frob ssh
Usage: svcadm [-v] [-Z | -z zone] [cmd [args ... ]]

\tsvcadm enable [-rst] <service> ...\t- enable and online service(s) (esc)
\tsvcadm disable [-st] <service> ...\t- disable and offline service(s) (esc)
\tsvcadm restart <service> ...\t\t- restart specified service(s) (esc)
\tsvcadm refresh <service> ...\t\t- re-read service configuration (esc)
\tsvcadm mark [-It] <state> <service> ...\t- set maintenance state (esc)
\tsvcadm clear <service> ...\t\t- clear maintenance state (esc)
\tsvcadm milestone [-d] <milestone>\t- advance to a service milestone (esc)

\tServices can be specified using an FMRI, abbreviation, or fnmatch(5) (esc)
\tpattern, as shown in these examples for svc:/network/smtp:sendmail (esc)

\tsvcadm <cmd> svc:/network/smtp:sendmail (esc)
\tsvcadm <cmd> network/smtp:sendmail (esc)
\tsvcadm <cmd> network/*mail (esc)
\tsvcadm <cmd> network/smtp (esc)
\tsvcadm <cmd> smtp:sendmail (esc)
\tsvcadm <cmd> smtp (esc)
\tsvcadm <cmd> sendmail (esc)
[2]
root@primary:~# svcadm enable
Usage: svcadm [-v] [-Z | -z zone] [cmd [args ... ]]

\tsvcadm enable [-rst] <service> ...\t- enable and online service(s) (esc)
\tsvcadm disable [-st] <service> ...\t- disable and offline service(s) (esc)
\tsvcadm restart <service> ...\t\t- restart specified service(s) (esc)
\tsvcadm refresh <service> ...\t\t- re-read service configuration (esc)
\tsvcadm mark [-It] <state> <service> ...\t- set maintenance state (esc)
\tsvcadm clear <service> ...\t\t- clear maintenance state (esc)
\tsvcadm milestone [-d] <milestone>\t- advance to a service milestone (esc)

\tServices can be specified using an FMRI, abbreviation, or fnmatch(5) (esc)
\tpattern, as shown in these examples for svc:/network/smtp:sendmail (esc)

\tsvcadm <cmd> svc:/network/smtp:sendmail (esc)
\tsvcadm <cmd> network/smtp:sendmail (esc)
\tsvcadm <cmd> network/*mail (esc)
\tsvcadm <cmd> network/smtp (esc)
\tsvcadm <cmd> smtp:sendmail (esc)
\tsvcadm <cmd> smtp (esc)
\tsvcadm <cmd> sendmail (esc)
[2]
root@primary:~# svcadm enable -x ssh
svcadm: illegal option -- x
Usage: svcadm [-v] [-Z | -z zone] [cmd [args ... ]]

\tsvcadm enable [-rst] <service> ...\t- enable and online service(s) (esc)
\tsvcadm disable [-st] <service> ...\t- disable and offline service(s) (esc)
\tsvcadm restart <service> ...\t\t- restart specified service(s) (esc)
\tsvcadm refresh <service> ...\t\t- re-read service configuration (esc)
\tsvcadm mark [-It] <state> <service> ...\t- set maintenance state (esc)
\tsvcadm clear <service> ...\t\t- clear maintenance state (esc)
\tsvcadm milestone [-d] <milestone>\t- advance to a service milestone (esc)

\tServices can be specified using an FMRI, abbreviation, or fnmatch(5) (esc)
\tpattern, as shown in these examples for svc:/network/smtp:sendmail (esc)

\tsvcadm <cmd> svc:/network/smtp:sendmail (esc)
\tsvcadm <cmd> network/smtp:sendmail (esc)
\tsvcadm <cmd> network/*mail (esc)
\tsvcadm <cmd> network/smtp (esc)
\tsvcadm <cmd> smtp:sendmail (esc)
\tsvcadm <cmd> smtp (esc)
\tsvcadm <cmd> sendmail (esc)
[2]
root@primary:~# svcadm -q enable ssh
svcadm: illegal option -- q
Usage: svcadm [-v] [-Z | -z zone] [cmd [args ... ]]

\tsvcadm enable [-rst] <service> ...\t- enable and online service(s) (esc)
\tsvcadm disable [-st] <service> ...\t- disable and offline service(s) (esc)
\tsvcadm restart <service> ...\t\t- restart specified service(s) (esc)
\tsvcadm refresh <service> ...\t\t- re-read service configuration (esc)
\tsvcadm mark [-It] <state> <service> ...\t- set maintenance state (esc)
\tsvcadm clear <service> ...\t\t- clear maintenance state (esc)
\tsvcadm milestone [-d] <milestone>\t- advance to a service milestone (esc)

\tServices can be specified using an FMRI, abbreviation, or fnmatch(5) (esc)
\tpattern, as shown in these examples for svc:/network/smtp:sendmail (esc)

\tsvcadm <cmd> svc:/network/smtp:sendmail (esc)
\tsvcadm <cmd> network/smtp:sendmail (esc)
\tsvcadm <cmd> network/*mail (esc)
\tsvcadm <cmd> network/smtp (esc)
\tsvcadm <cmd> smtp:sendmail (esc)
\tsvcadm <cmd> smtp (esc)
\tsvcadm <cmd> sendmail (esc)
[2]
root@primary:~# svcs -q
svcs: illegal option -- q
Usage: svcs [-aHpv] [-o col[,col ... ]] [-R restarter] [-sS col] [-Z | -z zone ]
            [<service> ...]
       svcs -d | -D [-Hpv] [-o col[,col ... ]] [-sS col] [-Z | -z zone ]
            [<service> ...]
       svcs [-l | -L] [-Z | -z zone] <service> ...
       svcs -x [-v] [-Z | -z zone] [<service> ...]
       svcs -?
[2]
root@primary:~# svcadm enable vntsd
root@primary:~# svcs vntsd ldmd
STATE          STIME    FMRI
online         Dec_21   svc:/ldoms/ldmd:default
online          9:00:28 svc:/ldoms/vntsd:default
