root@primary:~# pwd
/root
root@primary:~# cd /tmp
root@primary:/tmp# pwd
/tmp
root@primary:/tmp# cd
root@primary:~# pwd
/root
root@primary:~# cd /nonexistent
-bash: cd: /nonexistent: No such file or directory
[1]
root@primary:~# echo note > /tmp/file
root@primary:~# cd /tmp/file
-bash: cd: /tmp/file: Not a directory
[1]
root@primary:~# cat /tmp
cat: input error on /tmp: Is a directory
[1]
root@primary:~# cat /tmp/file/
cat: cannot open /tmp/file/: Not a directory
[2]
root@primary:~# false; echo $?
1
root@primary:~# echo ~ "$HOME" '$HOME'
/root /root $HOME
root@primary:~# cat /nope 2>&1 >/dev/null
cat: cannot open /nope: No such file or directory
[2]
root@primary:~# echo one > /tmp/a > /tmp/b; cat /tmp/b
one
root@primary:~# echo a |
> cat
a
root@primary:~# exit 1 2
-bash: exit: too many arguments
[1]
root@primary:~# echo x > /
-bash: /: Is a directory
[1]
root@primary:~# logout
logout
[1]
