root@primary:~# man ldm
ldm(8)                  System Administration Commands                  ldm(8)



NAME
       ldm - command-line interface for the Logical Domains Manager

SYNOPSIS
       ldm add-domain -i file
       ldm add-domain
           [cpu-arch=generic|native|migration-class1|sparc64-class1]
           [hostid=num] [mac-addr=MAC-address]
           [failure-policy=ignore|panic|reset|stop] [extended-mapin-space=off]
           [boot-policy=enforce|none|warning]
...
root@primary:~# man dladm
dladm(8)                System Administration Commands                dladm(8)



NAME
       dladm - administer data links

SYNOPSIS
       dladm show-link [-p] [-P] [-o <field>[,...]] [-s [-i <interval>]]
           [<link>]
       dladm show-link [-p] [-P] [-Z] [-o <field>[,...]] [-s [-i <interval>]]
           [-z zonename] [<link>]

       dladm rename-link [-z zonename] <oldlink> <newlink>
...
root@primary:~# man ls
No manual entry for ls.
[1]
root@primary:~# man frob ldm
No manual entry for frob.
ldm(8)                  System Administration Commands                  ldm(8)
...
[1]
root@primary:~# man
Usage: man [-] [-adFlrt] [-M path] [-T macro-package] [-s section] name ...
\tman [-M path] -k keyword ... (esc)
\tman [-M path] -f file ... (esc)
[1]
root@primary:~# help
GNU bash, version 4.4.19(1)-release (sparc-sun-solaris2.11)
These shell commands are defined internally.  Type `help' to see this list.
Type `help name' to find out more about the function `name'.
Use `info bash' to find out more about the shell in general.
Use `man -k' or `info' to find out more about commands not in this list.

A star (*) next to a name means that the command is disabled.

 job_spec [&]                            history [-c] [-d offset] [n] or hist>
 (( expression ))                        if COMMANDS; then COMMANDS; [ elif C>
 . filename [arguments]                  jobs [-lnprs] [jobspec ...] or jobs >
 :                                       kill [-s sigspec | -n signum | -sigs>
 [ arg... ]                              let arg [arg ...]
 [[ expression ]]                        local [option] name[=value] ...
 alias [-p] [name[=value] ... ]          logout [n]
 bg [job_spec ...]                       mapfile [-n count] [-O origin] [-s c>
 bind [-lpvsPVS] [-m keymap] [-f filen>  popd [-n] [+N | -N]
 break [n]                               printf [-v var] format [arguments]
 builtin [shell-builtin [arg ...]]       pushd [-n] [+N | -N | dir]
 caller [expr]                           pwd [-LP]
 case WORD in [PATTERN [| PATTERN]...)>  read [-ers] [-a array] [-d delim] [->
 cd [-L|-P] [dir]                        readarray [-n count] [-O origin] [-s>
 command [-pVv] command [arg ...]        readonly [-af] [name[=value] ...] or>
 compgen [-abcdefgjksuv] [-o option]  >  return [n]
 complete [-abcdefgjksuv] [-pr] [-DE] >  select NAME [in WORDS ... ;] do COMM>
 compopt [-o|+o option] [-DE] [name ..>  set [--abefhkmnptuvxBCHP] [-o option>
 continue [n]                            shift [n]
 coproc [NAME] command [redirections]    shopt [-pqsu] [-o] [optname ...]
 declare [-aAfFilrtux] [-p] [name[=val>  source filename [arguments]
 dirs [-clpv] [+N] [-N]                  suspend [-f]
 disown [-h] [-ar] [jobspec ...]         test [expr]
 echo [-neE] [arg ...]                   time [-p] pipeline
 enable [-a] [-dnps] [-f filename] [na>  times
 eval [arg ...]                          trap [-lp] [[arg] signal_spec ...]
 exec [-cl] [-a name] [command [argume>  true
 exit [n]                                type [-afptP] name [name ...]
 export [-fn] [name[=value] ...] or ex>  typeset [-aAfFilrtux] [-p] name[=val>
 false                                   ulimit [-SHacdefilmnpqrstuvx] [limit>
 fc [-e ename] [-lnr] [first] [last] o>  umask [-p] [-S] [mode]
 fg [job_spec]                           unalias [-a] name [name ...]
 for NAME [in WORDS ... ] ; do COMMAND>  unset [-f] [-v] [name ...]
 for (( exp1; exp2; exp3 )); do COMMAN>  until COMMANDS; do COMMANDS; done
 function name { COMMANDS ; } or name >  variables - Names and meanings of so>
 getopts optstring name [arg]            wait [id]
 hash [-lr] [-p pathname] [-dt] [name >  while COMMANDS; do COMMANDS; done
 help [-dms] [pattern ...]               { COMMANDS ; }
root@primary:~# help cd pwd
cd: cd [-L|-P] [dir]
    (vshell does not have bash's long help for cd)
pwd: pwd [-LP]
    (vshell does not have bash's long help for pwd)
root@primary:~# help frob
-bash: help: no help topics match `frob'.  Try `help help' or `man -k frob' or `info frob'.
[1]
root@primary:~# pfbash
root@primary:~# echo $0
pfbash
root@primary:~# frob
pfbash: frob: command not found
[127]
root@primary:~# cd /tmp
root@primary:/tmp# exit
exit
root@primary:~# pwd
/root
root@primary:~# logout
logout
