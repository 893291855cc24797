"""vshell: a simulated Solaris/SPARC virtualization host."""

__version__ = "0.1.0"
