---
world: crossbow-2008
---
crossbow# # svcs and svcadm on the 2008 snapshot: the 2005 svcadm usage
crossbow# svcs
STATE          STIME    FMRI
online         Jan_06   svc:/network/loopback:default
online         Jan_06   svc:/network/ssh:default
online         Jan_06   svc:/network/physical:default
online         Jan_06   svc:/system/zones:default
crossbow# svcs -a
STATE          STIME    FMRI
disabled       Jan_06   svc:/network/physical:nwam
disabled       Jan_06   svc:/network/ipfilter:default
disabled       Jan_06   svc:/network/routing/ndp:default
disabled       Jan_06   svc:/network/routing/route:default
disabled       Jan_06   svc:/network/ipv6-forwarding:default
disabled       Jan_06   svc:/network/routing/legacy-routing:ipv6
disabled       Jan_06   svc:/network/routing/ripng:default
disabled       Jan_06   svc:/network/routing/rdisc:default
disabled       Jan_06   svc:/network/ipv4-forwarding:default
disabled       Jan_06   svc:/network/routing/legacy-routing:ipv4
online         Jan_06   svc:/network/loopback:default
online         Jan_06   svc:/network/ssh:default
online         Jan_06   svc:/network/physical:default
online         Jan_06   svc:/system/zones:default
crossbow# svcs ssh network/loopback svc:/network/physical:default
STATE          STIME    FMRI
online         Jan_06   svc:/network/loopback:default
online         Jan_06   svc:/network/ssh:default
online         Jan_06   svc:/network/physical:default
crossbow# svcs 'network/*forwarding'
STATE          STIME    FMRI
disabled       Jan_06   svc:/network/ipv6-forwarding:default
disabled       Jan_06   svc:/network/ipv4-forwarding:default
crossbow# svcs nosuch
svcs: Pattern 'nosuch' doesn't match any instances
STATE          STIME    FMRI
[1]
crossbow# svcs -H ssh
online         Jan_06   svc:/network/ssh:default
crossbow# svcs -a ssh
svcs: -a ignored when used with arguments.
STATE          STIME    FMRI
online         Jan_06   svc:/network/ssh:default
crossbow# svcadm disable ssh
crossbow# svcs ssh
STATE          STIME    FMRI
disabled       13:00:09 svc:/network/ssh:default
crossbow# svcadm -v enable ssh
svc:/network/ssh:default enabled.
crossbow# svcadm disable -t ssh
crossbow# svcs -a ssh
svcs: -a ignored when used with arguments.
STATE          STIME    FMRI
disabled       13:00:12 svc:/network/ssh:default
crossbow# svcadm -v enable -t ssh
svc:/network/ssh:default temporarily enabled.
crossbow# svcadm restart ssh
crossbow# svcadm refresh ssh
crossbow# svcs
STATE          STIME    FMRI
online         Jan_06   svc:/network/loopback:default
online         Jan_06   svc:/network/physical:default
online         Jan_06   svc:/system/zones:default
online         13:00:15 svc:/network/ssh:default
crossbow# svcadm enable nosuch
svcadm: Pattern 'nosuch' doesn't match any instances
[1]
crossbow# svcadm disable default
svcadm: Pattern 'default' matches multiple instances:
    svc:/network/loopback:default
    svc:/network/physical:default
    svc:/network/ipv4-forwarding:default
    svc:/network/ipv6-forwarding:default
    svc:/network/routing/route:default
    svc:/network/routing/ripng:default
    svc:/network/routing/rdisc:default
    svc:/network/routing/ndp:default
    svc:/network/ipfilter:default
    svc:/network/ssh:default
    svc:/system/zones:default
[1]
crossbow# svcadm restart legacy-routing
svcadm: Pattern 'legacy-routing' matches multiple instances:
    svc:/network/routing/legacy-routing:ipv4
    svc:/network/routing/legacy-routing:ipv6
[1]
crossbow# svcadm clear ssh
svcadm: Instance "svc:/network/ssh:default" is not in a maintenance or degraded state.
[1]
crossbow# svcadm
Usage: svcadm [-v] [cmd [args ... ]]

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
crossbow# svcadm frob ssh
Usage: svcadm [-v] [cmd [args ... ]]

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
crossbow# svcadm enable
Usage: svcadm [-v] [cmd [args ... ]]

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
crossbow# svcadm enable -x ssh
svcadm: illegal option -- x
Usage: svcadm [-v] [cmd [args ... ]]

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
crossbow# svcadm -q enable ssh
svcadm: illegal option -- q
Usage: svcadm [-v] [cmd [args ... ]]

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
crossbow# svcs -q
svcs: illegal option -- q
Usage: svcs [-aHpv] [-o col[,col ... ]] [-R restarter] [-sS col]
            [<service> ...]
       svcs -d | -D [-Hpv] [-o col[,col ... ]] [-sS col]
            [<service> ...]
       svcs -l <service> ...
       svcs -x [-v] [<service> ...]
       svcs -?
[2]
crossbow# svcadm enable network/ipfilter
crossbow# svcs ipfilter
STATE          STIME    FMRI
online         13:00:28 svc:/network/ipfilter:default
