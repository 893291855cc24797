---
world: lab-perms
user: alice
---
alice@primary:~$ # an ordinary user may not open a link for capture; reading a file needs no privilege
alice@primary:~$ snoop -d net0
snoop: cannot open "net0": Permission denied
[1]
alice@primary:~$ snoop
snoop: cannot open "net0": Permission denied
[1]
alice@primary:~$ snoop -d net7
snoop: cannot open "net7": DLPI link does not exist
[1]
alice@primary:~$ snoop -i /nothing
snoop: couldn't open /nothing: No such file or directory
[1]
alice@primary:~$ snoop -c
snoop: option requires an argument -- c

Usage:  snoop
\t[ -a ]                       # Listen to packets on audio (esc)
\t[ -d link ]                  # Listen on named link (esc)
\t[ -s snaplen ]               # Truncate packets (esc)
\t[ -I IP interface ]          # Listen on named IP interface (esc)
\t[ -c count ]                 # Quit after count packets (esc)
\t[ -P ]                       # Turn OFF promiscuous mode (esc)
\t[ -D ]                       # Report dropped packets (esc)
\t[ -S ]                       # Report packet size (esc)
\t[ -i file ]                  # Read previously captured packets (esc)
\t[ -o file ]                  # Capture packets in file (esc)
\t[ -n file ]                  # Load addr-to-name table from file (esc)
\t[ -N ]                       # Create addr-to-name table (esc)
\t[ -t  r|a|d ]                # Time: Relative, Absolute or Delta (esc)
\t[ -v ]                       # Verbose packet display (esc)
\t[ -V ]                       # Show all summary lines (esc)
\t[ -p first[,last] ]          # Select packet(s) to display (esc)
\t[ -x offset[,length] ]       # Hex dump from offset for length (esc)
\t[ -C ]                       # Print packet filter code (esc)
\t[ -q ]                       # Suppress printing packet count (esc)
\t[ -r ]                       # Do not resolve address to name (esc)

\t[ filter expression ] (esc)

Example:
\tsnoop -o saved  host fred (esc)

\tsnoop -i saved -tr -v -p19 (esc)
[1]
alice@primary:~$ # job control in the same shell: a timed job, an instant one, and the builtins' refusals
alice@primary:~$ sleep 30 &
[1] 1201
alice@primary:~$ jobs
[1]+  Running                 sleep 30 &
alice@primary:~$ sleep 40
[1]+  Done                    sleep 30
alice@primary:~$ jobs
alice@primary:~$ echo hi &
[1] 1202
hi
alice@primary:~$ true
[1]+  Done                    echo hi
alice@primary:~$ fg
-bash: fg: current: no such job
[1]
alice@primary:~$ fg %4
-bash: fg: %4: no such job
[1]
alice@primary:~$ kill
-bash: kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]
[2]
alice@primary:~$ kill %2
-bash: kill: %2: no such job
[1]
alice@primary:~$ kill -FOO %1
-bash: kill: FOO: invalid signal specification
[1]
alice@primary:~$ kill 99999
-bash: kill: (99999) - No such process
[1]
