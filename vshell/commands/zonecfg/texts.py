"""zonecfg's help and usage texts, as illumos zonecfg.c prints them (usage(), long_help(),
the resource-scope help): /tmp research of zonecfg.c @883e7314 (2014) and @01b4bc23 (2008),
summarised in ../shared/reference/zones.md §1. Built from the dialect so a release without a
resource type does not list it."""
from __future__ import annotations

ORDER = ["add", "cancel", "clear", "commit", "create", "delete", "end", "exit", "export", "help",
         "info", "remove", "revert", "select", "set", "verify"]

LONG = {
    "add": "Add specified resource to configuration.",
    "cancel": "Cancels resource/property specification.",
    "clear": "Clears property values.",
    "commit": "Commits current configuration.  Configuration must be committed to\n\tbe used by "
              "zoneadm.  Until the configuration is committed, changes \n\tcan be removed with the "
              "revert command.  This operation is\n\tattempted automatically upon completion of a "
              "zonecfg session.",
    "create": "Creates a configuration for the specified zone.  create should be\n\tused to begin "
              "configuring a new zone.  If overwriting an existing\n\tconfiguration, the -F flag can "
              "be used to force the action.  If\n\t-t template is given, creates a configuration "
              "identical to the\n\tspecified template, except that the zone name is changed from\n\t"
              "template to zonename.  'create -a' creates a configuration from a\n\tdetached "
              "zonepath.  'create -b' results in a blank configuration.\n\t'create' with no "
              "arguments applies the Sun default settings.",
    "delete": "Deletes the specified zone.  The -F flag can be used to force the\n\taction.",
    "end": "Ends resource/property specification.",
    "exit": "Exits the program.  The -F flag can be used to force the action.",
    "export": "Prints configuration to standard output, or to output-file if\n\tspecified, in a form "
              "suitable for use in a command-file.",
    "help": "Prints help message.",
    "info": "Displays information about the current configuration.  If resource\n\ttype is "
            "specified, displays only information about resources of\n\tthe relevant type.  If "
            "resource id is specified, displays only\n\tinformation about that resource.",
    "remove": "Remove specified resource from configuration.  The -F flag can be used\n\tto force "
              "the action.",
    "revert": "Reverts configuration back to the last committed state.  The -F flag\n\tcan be used "
              "to force the action.",
    "select": "Selects a resource to modify.  Resource modification is completed\n\twith the command "
              "\"end\".  The property name/value pairs must uniquely\n\tidentify a resource.  Note "
              "that the curly braces ('{', '}') mean one\n\tor more of whatever is between them.",
    "set": "Sets property values.",
    "verify": "Verifies current configuration for correctness (some resource types\n\thave required "
              "properties).",
}

USAGE = ("usage:\tzonecfg help\n\tzonecfg -z <zone>\t\t\t(interactive)\n"
         "\tzonecfg -z <zone> <command>\n\tzonecfg -z <zone> -f <command-file>\n")

META = ("More help is available for the following:\n\n\tcommands ('help commands')\n"
        "\tsyntax ('help syntax')\n\tusage ('help usage')\n\n"
        "You may also obtain help on any command by typing 'help <command-name>.'\n")

SYNTAX = ("<zone> := [A-Za-z0-9][A-Za-z0-9_.-]*\n"
          "\t(except the reserved words 'global' and anything starting with 'SUNW')\n"
          "\tName must be less than 64 characters.\n")

NETADDR = ("\n<net-addr> :=\t<IPv4-address>[/<IPv4-prefix-length>] |\n"
           "\t\t<IPv6-address>/<IPv6-prefix-length> |\n"
           "\t\t<hostname>[/<IPv4-prefix-length>]\n"
           "See inet(3SOCKET) for IPv4 and IPv6 address syntax.\n"
           "<IPv4-prefix-length> := [0-32]\n<IPv6-prefix-length> := [0-128]\n"
           "<hostname> := [A-Za-z0-9][A-Za-z0-9-.]*\n")

SCOPE_TAIL = ("And from any resource scope, you can:\n\tend\t(to conclude this operation)\n"
              "\tcancel\t(to cancel this operation)\n\texit\t(to exit the zonecfg utility)\n")

SCOPE = {
    "fs": ("The 'fs' resource scope is used to configure a file-system.\nValid commands:\n"
           "\tset dir=<path>\n\tset special=<path>\n\tset raw=<raw-device>\n"
           "\tset type=<file-system type>\n\tadd options <file-system options>\n"
           "\tremove options <file-system options>\n"
           "Consult the file-system specific manual page, such as mount_ufs(1M), for\n"
           "details about file-system options.  Note that any file-system options with an\n"
           "embedded '=' character must be enclosed in double quotes, such as \"retry=5\".\n"),
    "inherit-pkg-dir": ("The 'inherit-pkg-dir' resource scope is used to configure a directory\n"
                        "inherited from the global zone into a non-global zone in read-only mode.\n"
                        "Valid commands:\n\tset dir=<path>\n"),
    "net-2014": ("The 'net' resource scope is used to configure a network interface.\nValid commands:\n"
                 "\tset address=<IP-address>\n\tset allowed-address=<IP-address>\n"
                 "\tset physical=<interface>\nSee ifconfig(1M) for details of the <interface> string.\n"
                 "set address is valid if the ip-type property is set to shared, otherwise it must not be set.\n"
                 "set allowed-address is valid if the ip-type property is set to exclusive, otherwise it must not be set.\n"
                 "\tset defrouter=<IP-address>\n"
                 "set defrouter is valid if the address or allowed-address property is set, otherwise it must not be set\n"),
    "net": ("The 'net' resource scope is used to configure a network interface.\nValid commands:\n"
            "\tset address=<IP-address>\n\tset physical=<interface>\n"
            "See ifconfig(1M) for details of the <interface> string.\n\tset defrouter=<IP-address>\n"
            "set address and set defrouter are valid if the ip-type property is set to shared, otherwise "
            "they must not be set.\n"),
    "device": "The 'device' resource scope is used to configure a device node.\nValid commands:\n"
              "\tset match=<device-path>\n",
    "rctl": ("The 'rctl' resource scope is used to configure a resource control.\nValid commands:\n"
             "\tset name=<string>\n\tadd value (priv=<priv-value>,limit=<number>,action=<action-value>)\n"
             "\tremove value (priv=<priv-value>,limit=<number>,action=<action-value>)\nWhere\n"
             "\t<priv-value> := privileged\n\t<action-value> := none | deny\n"),
    "attr": ("The 'attr' resource scope is used to configure a generic attribute.\nValid commands:\n"
             "\tset name=<name>\n\tset type=boolean\n\tset value=true | false\nor\n\tset type=int\n"
             "\tset value=<integer>\nor\n\tset type=string\n\tset value=<string>\nor\n\tset type=uint\n"
             "\tset value=<unsigned integer>\n"),
    "dataset": "The 'dataset' resource scope is used to export ZFS datasets.\nValid commands:\n"
               "\tset name=<name>\n",
    "dedicated-cpu": ("The 'dedicated-cpu' resource scope configures the 'pools' facility to dedicate\n"
                      "a subset of the system's processors to this zone while it is running.\n"
                      "Valid commands:\n\tset ncpus=<unsigned integer | range>\n"
                      "\tset importance=<unsigned integer>\n"),
    "capped-cpu": ("The 'capped-cpu' resource scope is used to set an upper limit (a cap) on the\n"
                   "percentage of CPU that can be used by this zone.  A 'ncpus' value of 1\n"
                   "corresponds to one cpu.  The value can be set higher than 1, up to the total\n"
                   "number of CPUs on the system.  The value can also be less than 1,\n"
                   "representing a fraction of a cpu.\nValid commands:\n\tset ncpus=<unsigned decimal>\n"),
    "capped-memory": ("The 'capped-memory' resource scope is used to set an upper limit (a cap) on the\n"
                      "amount of physical memory, swap space and locked memory that can be used by\n"
                      "this zone.\nValid commands:\n\tset physical=<qualified unsigned decimal>\n"
                      "\tset swap=<qualified unsigned decimal>\n\tset locked=<qualified unsigned decimal>\n"),
    "admin": ("The 'admin' resource scope is used to delegate specific zone management\n"
              "rights to users and roles. These rights are only applicable to this zone.\n"
              "Valid commands:\n\tset user=<single user or role name>\n\tset auths=<comma separated list>\n"),
}


def commands_list(shorts: dict, verbose: bool) -> str:
    """`help commands` (verbose, with each command's long help) or the list after a syntax error."""
    out = "Commands:\n\n"
    for c in ORDER:
        out += shorts[c] + "\n"
        if verbose:
            out += "\t" + LONG[c] + "\n\n"
    return out


def resources_line(types: list[str], first: int = 5) -> str:
    """HELP_RESOURCES: `first` types on the first line (five in 2014's zonecfg.c, six in 2008's),
    the rest after a TAB."""
    head, rest = types[:first], types[first:]
    text = "<resource type> := " + " | ".join(head)
    if rest:
        text += " |\n\t" + " | ".join(rest)
    return text + "\n\n"


def props_list(globals_: list[str], aliases: list[str], resources: dict[str, list[str]],
               fs_props: list[str] | None = None) -> str:
    """HELP_PROPS. `fs_props`: what the fs line names (2008's printf has four %s for five
    arguments, so options never shows)."""
    out = "For resource type ... there are property types ...:\n"
    for p in globals_ + aliases:
        out += f"\t(global)\t{p}\n"
    for rt, props in resources.items():
        shown = list(fs_props) if rt == "fs" and fs_props else list(props)
        if rt == "net" and len(shown) >= 2:
            text = ", ".join(shown[:-1]) + "|" + shown[-1] if len(shown) == 4 else ", ".join(shown)
        else:
            text = ", ".join(shown)
        out += f"\t{rt}{chr(9) * (2 if len(rt) < 8 else 1)}{text}\n"
    return out
