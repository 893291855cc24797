"""The registry of messages not yet found in any real source.

Every text a tool prints that no reference (../shared/reference, man pages, published
sessions) confirms lives here, tagged unverified, and nowhere else as a literal. The README
lists them (a test keeps that list true). When the real text turns up, one line changes and
the entry moves into the command's code as a verified fact."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Message:
    key: str
    text: str          # str.format template
    why: str           # what we know and what we guessed


UNVERIFIED: dict[str, Message] = {m.key: m for m in [
    Message("ldm.usage",
            "Usage:\n{synopsis}",
            "ldm 3.x per-subcommand usage on bad input was not found (errors.md §7); the "
            "synopsis lines come from ldm(8), each indented four spaces"),
    Message("ldm.unknown-command",
            "Unknown command {word}; use --help option for list of available commands",
            "ldm's answer to an unknown subcommand: recalled, not found in a stored source"),
    Message("ldm.no-command",
            "Usage:\n    ldm [--help] command [options] [properties] operands\n\n"
            "Use \"--help\" option for a list of all commands.",
            "ldm with no arguments: the first line is LDoms 1.0's --help (ldm.md §1.1), the rest guessed"),
    Message("ldm.help-header",
            "Usage:\n ldm [--help] command [options] [properties] operands\n",
            "3.x --help text not found; the header follows the 1.0 text in ldm.md §1.1"),
    Message("ldm.domain-not-found",
            "Domain {domain} not found",
            "no published session shows ldm naming an unknown domain (errors.md §7)"),
 
    # --- GNU getopt (glibc 2.5, the RHEL5 userland of the Oracle VM Server dom0s) ---
    Message("getopt.gnu-illegal", "{cmd}: invalid option -- {opt}",
            "glibc getopt before 2.13 (no quotes around the letter); recalled, not in a stored source"),
    Message("getopt.gnu-needs-arg", "{cmd}: option requires an argument -- {opt}",
            "glibc getopt before 2.13; recalled"),
    Message("getopt.gnu-unrecognized", "{cmd}: unrecognized option `{opt}'",
            "glibc getopt_long before 2.13; recalled"),
    Message("getopt.gnu-ambiguous", "{cmd}: option `{opt}' is ambiguous",
            "glibc getopt_long before 2.13; recalled"),
    Message("getopt.gnu-long-needs-arg", "{cmd}: option `{opt}' requires an argument",
            "glibc getopt_long before 2.13; recalled"),
    Message("gnu.try-help", "Try `{cmd} --help' for more information.",
            "coreutils 5.97 usage tail (backquote style of its era); recalled"),
    Message("gnu.missing-operand", "{cmd}: missing operand",
            "coreutils 5.97 (mkdir, rm, rmdir, chmod with no operand); recalled"),
    # --- Solaris texts that no stored source gives byte for byte ---
    Message("ls.usage",
            "usage: ls -aAbcCdeEfFghHilLmnopqrRsStuxvV1@/[c | v]%[atime | crtime | ctime | mtime | all] [files]",
            "OpenSolaris ls.c usage string as its printf renders it (\"%[\" is no conversion: the % is "
            "dropped, \"%%\" prints %); Oracle's 11.4 ls may list more letters"),
    Message("chmod.usage",
            "usage:\tchmod [-fR] <absolute-mode> file ...\n"
            "\tchmod [-fR] [-@ attribute] ... S<attribute-operation> file ...\n"
            "\tchmod [-fR] <ACL-operation> file ...\n"
            "\tchmod [-fR] <symbolic-mode-list> file ...\n\n"
            "where \t<symbolic-mode-list> is a comma-separated list of\n"
            "\t[ugoa]{{+|-|=}}[rwxXlstugo]\n\n"
            "where \t<attribute-operation> is a comma-separated list of\n"
            "\tone or more of the following\n"
            "\t[+|-|=]c[<compact-attribute-list>|{{<compact-attribute-list>}}]\n"
            "\t[+|-|=]v[<verbose-attribute-setting>|'{{'<verbose-attribute-setting-list>'}}']\n"
            "\t[+|-|=]a\n"
            "where \t<compact-attribute-list> is a list of zero or more of\n"
            "\t[H|S|R|A|a|d|i|m|q|u|O|s]\n"
            "where \t<verbose-attribute-setting> is one of\n"
            "\t[hidden|system|readonly|archive|appendonly|nodump|immutable|av_modified|"
            "av_quarantined|nounlink|offline|sparse]\n"
            "\tand can be, optionally, immediately preceded by \"no\"\n\n"
            "where \t<ACL-operation> is one of the following\n"
            "\tA-<acl_specification>\n\tA[number]-\n\tA[number]{{+|=}}<acl_specification>\n"
            "where \t<acl-specification> is a comma-separated list of ACEs\n",
            "illumos chmod.c usage(); the two attribute lists come from libc's attribute table at "
            "run time and are guessed here"),
    # --- GNU coreutils 5.97 (RHEL5) wording: no stored source of that release ---
    Message("ls.gnu-try", "Try `ls --help' for more information.", "coreutils 5.97 ls; recalled"),
    Message("ls.gnu-cannot-access", "ls: {file}: {reason}",
            "coreutils 5.97 named the file without 'cannot access' (6.x added it); recalled. Exit 2"),
    Message("ls.gnu-cannot-open-dir", "ls: {file}: {reason}", "coreutils 5.97 opendir failure; recalled"),
    Message("cat.gnu-error", "cat: {file}: {reason}", "coreutils cat; recalled. Exit 1"),
    Message("mkdir.gnu-cannot-create", "mkdir: cannot create directory `{dir}': {reason}",
            "coreutils 5.97 mkdir; recalled. Exit 1"),
    Message("mkdir.gnu-not-dir", "mkdir: `{dir}' exists but is not a directory",
            "coreutils 5.97 mkdir -p; recalled"),
    Message("mkdir.gnu-invalid-mode", "mkdir: invalid mode `{mode}'", "coreutils 5.97; recalled"),
    Message("chmod.gnu-cannot-access", "chmod: cannot access `{file}': {reason}",
            "coreutils 5.97 chmod; recalled. Exit 1"),
    Message("chmod.gnu-cannot-change", "chmod: changing permissions of `{file}': {reason}",
            "coreutils 5.97 chmod; recalled"),
    Message("chmod.gnu-invalid-mode", "chmod: invalid mode: `{mode}'", "coreutils 5.97 chmod; recalled"),
    Message("rm.gnu-cannot-remove", "rm: cannot remove `{file}': {reason}",
            "coreutils 5.97 rm (also for a directory without -r: Is a directory); recalled. Exit 1"),
    Message("rm.gnu-dot", "rm: cannot remove `.' or `..'", "coreutils 5.97 rm; recalled"),
    Message("rmdir.gnu-failed", "rmdir: `{dir}': {reason}", "coreutils 5.97 rmdir; recalled. Exit 1"),
    Message("hostname.gnu-not-root", "hostname: you must be root to change the host name",
            "net-tools hostname (RHEL5) refusing a non-root user; recalled. Exit 1"),
    Message("uname.gnu-extra-operand", "uname: extra operand `{word}'", "coreutils 5.97 uname; recalled"),
    Message("date.usage",
            "usage:\tdate [-u] mmddHHMM[[cc]yy][.SS]\n\tdate [-u] [+format]\n\tdate -a [-]sss[.fff]",
            "illumos date.c usage(), recalled; vshell never sets the clock, so every date operand "
            "that is not +format gets it"),
    Message("date.gnu-invalid", "date: invalid date `{word}'", "coreutils 5.97 date; recalled"),
    Message("sleep.gnu-invalid", "sleep: invalid time interval `{word}'", "coreutils 5.97 sleep; recalled"),
    Message("clear.sequence", "\x1b[H\x1b[2J",
            "the terminfo `clear` capability of xterm; the terminal type (TERM=xterm) is assumed"),
    Message("man.no-entry", "No manual entry for {name}.",
            "the man(1) wording of SunOS and the BSDs; Solaris 11.4's man not checked. Exit 1"),
    Message("man.usage",
            "Usage: man [-] [-adFlrt] [-M path] [-T macro-package] [-s section] name ...\n"
            "\tman [-M path] -k keyword ...\n\tman [-M path] -f file ...",
            "Solaris 10/11 man usage, recalled"),
    Message("man.gnu-no-entry", "No manual entry for {name}", "man-1.6 (RHEL5); recalled. Exit 16"),
    Message("man.gnu-usage", "What manual page do you want?", "man-1.6 with no page named; recalled"),
    Message("bash.help-list",
            " job_spec [&]                            history [-c] [-d offset] [n] or hist>\n"
            " (( expression ))                        if COMMANDS; then COMMANDS; [ elif C>\n"
            " . filename [arguments]                  jobs [-lnprs] [jobspec ...] or jobs >\n"
            " :                                       kill [-s sigspec | -n signum | -sigs>\n"
            " [ arg... ]                              let arg [arg ...]\n"
            " [[ expression ]]                        local [option] name[=value] ...\n"
            " alias [-p] [name[=value] ... ]          logout [n]\n"
            " bg [job_spec ...]                       mapfile [-n count] [-O origin] [-s c>\n"
            " bind [-lpvsPVS] [-m keymap] [-f filen>  popd [-n] [+N | -N]\n"
            " break [n]                               printf [-v var] format [arguments]\n"
            " builtin [shell-builtin [arg ...]]       pushd [-n] [+N | -N | dir]\n"
            " caller [expr]                           pwd [-LP]\n"
            " case WORD in [PATTERN [| PATTERN]...)>  read [-ers] [-a array] [-d delim] [->\n"
            " cd [-L|-P] [dir]                        readarray [-n count] [-O origin] [-s>\n"
            " command [-pVv] command [arg ...]        readonly [-af] [name[=value] ...] or>\n"
            " compgen [-abcdefgjksuv] [-o option]  >  return [n]\n"
            " complete [-abcdefgjksuv] [-pr] [-DE] >  select NAME [in WORDS ... ;] do COMM>\n"
            " compopt [-o|+o option] [-DE] [name ..>  set [--abefhkmnptuvxBCHP] [-o option>\n"
            " continue [n]                            shift [n]\n"
            " coproc [NAME] command [redirections]    shopt [-pqsu] [-o] [optname ...]\n"
            " declare [-aAfFilrtux] [-p] [name[=val>  source filename [arguments]\n"
            " dirs [-clpv] [+N] [-N]                  suspend [-f]\n"
            " disown [-h] [-ar] [jobspec ...]         test [expr]\n"
            " echo [-neE] [arg ...]                   time [-p] pipeline\n"
            " enable [-a] [-dnps] [-f filename] [na>  times\n"
            " eval [arg ...]                          trap [-lp] [[arg] signal_spec ...]\n"
            " exec [-cl] [-a name] [command [argume>  true\n"
            " exit [n]                                type [-afptP] name [name ...]\n"
            " export [-fn] [name[=value] ...] or ex>  typeset [-aAfFilrtux] [-p] name[=val>\n"
            " false                                   ulimit [-SHacdefilmnpqrstuvx] [limit>\n"
            " fc [-e ename] [-lnr] [first] [last] o>  umask [-p] [-S] [mode]\n"
            " fg [job_spec]                           unalias [-a] name [name ...]\n"
            " for NAME [in WORDS ... ] ; do COMMAND>  unset [-f] [-v] [name ...]\n"
            " for (( exp1; exp2; exp3 )); do COMMAN>  until COMMANDS; do COMMANDS; done\n"
            " function name {{ COMMANDS ; }} or name >  variables - Names and meanings of so>\n"
            " getopts optstring name [arg]            wait [id]\n"
            " hash [-lr] [-p pathname] [-dt] [name >  while COMMANDS; do COMMANDS; done\n"
            " help [-dms] [pattern ...]               {{ COMMANDS ; }}\n",
            "the list `help` printed by bash 4.1.5 at 80 columns (a published capture, "
            "cyberciti.biz 'bash shell list all builtin commands'); the hosts' bash versions "
            "(4.4 on Solaris 11.4, 3.2 on the RHEL5 dom0s) list slightly different synopses"),
    Message("bash.help-no-long-text", "    (vshell does not have bash's long help for {topic})",
            "vshell's own line: bash prints the builtin's full description here"),
    Message("shell.reboot-not-root", "{cmd}: permission denied",
            "Solaris reboot/init/shutdown run by a non-root user: wording recalled, not in a stored source"),
    Message("shell.init-usage", "Usage: init [0123456SsQqabc]",
            "init with a missing or unknown run level; after illumos init.c's usage, not re-read"),
    Message("shell.shutdown-started", "\nShutdown started.    {date}\n\nChanging to init state 6 - please wait",
            "shutdown(1M)'s first lines, recalled; the wall(1) broadcast that follows is left out"),
]}


def text(key: str, **kw) -> str:
    return UNVERIFIED[key].text.format(**kw)


# ldm's unverified refusals live beside their tool's other texts; they join the one registry here
from vshell.messages_ldm import LDM as _LDM  # noqa: E402  (it imports Message from this module)

UNVERIFIED.update({m.key: m for m in _LDM})
from vshell.messages_ldm_config import LDM_CONFIG as _LDM_CONFIG  # noqa: E402

UNVERIFIED.update({m.key: m for m in _LDM_CONFIG})
from vshell.messages_ldm_io import LDM_IO as _LDM_IO  # noqa: E402

UNVERIFIED.update({m.key: m for m in _LDM_IO})
from vshell import messages_dladm_aggr, messages_dladm_bridge, messages_dladm_core  # noqa: E402
from vshell import messages_dladm_linkprop, messages_dladm_overlay  # noqa: E402

from vshell import messages_ifconfig  # noqa: E402

for _m in (messages_dladm_core, messages_dladm_aggr, messages_dladm_bridge, messages_dladm_linkprop,
           messages_dladm_overlay, messages_ifconfig):
    UNVERIFIED.update({m.key: m for m in _m.MESSAGES})
from vshell import messages_iproute  # noqa: E402

UNVERIFIED.update({m.key: m for m in messages_iproute.MESSAGES})
from vshell import messages_ipadm  # noqa: E402

UNVERIFIED.update({m.key: m for m in messages_ipadm.MESSAGES})
from vshell import messages_brctl, messages_netscripts, messages_nettools  # noqa: E402

for _m in (messages_brctl, messages_nettools, messages_netscripts):
    UNVERIFIED.update({m.key: m for m in _m.MESSAGES})
from vshell import messages_zones  # noqa: E402

UNVERIFIED.update({m.key: m for m in messages_zones.MESSAGES})
