root@primary:~# hostname
primary
root@primary:~# frob
-bash: frob: command not found
[127]
root@primary:~# echo one; frob; echo two
one
-bash: frob: command not found
two
root@primary:~# echo a ;; echo b
-bash: syntax error near unexpected token `;;'
[2]
root@primary:~# echo "open
> close"
open
close
root@primary:~# echo x > /nonexistent/f
-bash: /nonexistent/f: No such file or directory
[1]
root@primary:~# cat /nonexistent
cat: cannot open /nonexistent: No such file or directory
[2]
root@primary:~# echo hello > /tmp/greeting
root@primary:~# cat /tmp/greeting
hello
root@primary:~# cat > /tmp/doc <<EOF
> first line
> 	tabbed line
> EOF
root@primary:~# cat /tmp/doc
first line
\ttabbed line (esc)
root@primary:~# false || echo recovered
recovered
root@primary:~# true && echo chained
chained
root@primary:~# echo -n no-newline
no-newline (no-eol)
root@primary:~# ^C
[130]
root@primary:~# exit
logout
[130]
