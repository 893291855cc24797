"""Job control in one session: `cmd &`, `jobs`, `kill`, `fg`, as bash does them.

A background job is one of three kinds: a live capture (snoop or tcpdump keep their tap open and
print each frame through Session.notify, so the lines fall among the output of the commands that
caused them), a timed job (`sleep N &` ends when the virtual clock passes N), or an ordinary
command, which vshell runs at once (its output follows the `[1] PID` line) and reports done at
the next line. bash reports a finished job before the next prompt: `[1]+  Done  cmd`, or
`Terminated`/`Killed` for a job a signal ended. snoop and tcpdump catch SIGTERM and exit 0
(snoop.c snoop_sigrecover sets `quitting`; tcpdump's cleanup breaks the loop and prints its
statistics), so `kill %1` on them is `Done`.

The Bourne shell of Solaris 10 (/sbin/sh, the release's `shell = "sh"`) prints only the PID
for `cmd &` and has no job control builtins."""
from __future__ import annotations

from dataclasses import dataclass

FIRST_PID = 1201              # the first PID a session's jobs get  # unverified: any free PID
SIGNALS = {"HUP": 1, "INT": 2, "QUIT": 3, "KILL": 9, "TERM": 15, "USR1": 10, "USR2": 12}
STATUS_WIDTH = 24             # bash pretty_print_job: the status in a 24-column field


@dataclass(eq=False)
class Job:
    number: int
    pid: int
    text: str                         # the command as typed, without the `&`
    state: str = "Running"            # Running, Done, Done(N), Terminated, Killed
    runner: object = None             # a live capture: has stop(out, err, signal), foreground(shell)
    ends_at: float | None = None      # a timed job (sleep)
    report_at: int = 0                # the shell line after which the end is reported
    reported: bool = False


class JobTable:
    def __init__(self):
        self.jobs: list[Job] = []

    def next_number(self) -> int:
        live = [j.number for j in self.jobs]
        return max(live, default=0) + 1

    def current(self) -> Job | None:
        return self.jobs[-1] if self.jobs else None

    def previous(self) -> Job | None:
        return self.jobs[-2] if len(self.jobs) > 1 else None

    def mark(self, job: Job) -> str:
        return "+" if job is self.current() else "-" if job is self.previous() else " "

    def find(self, spec: str) -> Job | None:
        if spec in ("%", "%%", "%+"):
            return self.current()
        if spec == "%-":
            return self.previous()
        body = spec[1:]
        if body.isdigit():
            return next((j for j in self.jobs if j.number == int(body)), None)
        hits = [j for j in self.jobs if j.text.startswith(body)]
        return hits[-1] if hits else None


def table(shell) -> JobTable:
    t = getattr(shell, "job_table", None)
    if t is None:
        t = shell.job_table = JobTable()
    return t


def _bourne(shell) -> bool:
    return shell.host.release.get("shell") == "sh"


def _next_pid(shell) -> int:
    world = shell.session.world
    pids = getattr(world, "_job_pids", None)
    if pids is None:
        pids = world._job_pids = {}
    key = (shell.host.global_host or shell.host).name
    pid = pids.get(key, FIRST_PID)
    pids[key] = pid + 1
    return pid


# starting ------------------------------------------------------------------------------------------
def launch(shell, pipeline, text: str, out, run) -> None:
    """Run `pipeline` as a background job; `run()` runs it (and returns its status) with
    shell.background set to the job, so a capture can attach itself instead of taking the
    foreground."""
    jt = table(shell)
    job = Job(jt.next_number(), _next_pid(shell), text)
    jt.jobs.append(job)
    out.err(f"{job.pid}\n" if _bourne(shell) else f"[{job.number}] {job.pid}\n")
    argv = pipeline.commands[0].argv if len(pipeline.commands) == 1 else []
    words = [w.expand(shell.var) for w in argv]
    if words and words[0] == "sleep" and len(words) == 2 and _number(words[1]) is not None:
        job.ends_at = shell.session.world.clock.now + _number(words[1])
        return
    shell.background = job
    try:
        status = run()
    finally:
        shell.background = None
    if job.runner is None:                      # an ordinary command: it has already ended
        job.state = "Done" if status == 0 else f"Exit {status}"
        job.report_at = shell.lineno + 1


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def finished(shell, job: Job, state: str = "Done") -> None:
    """A job ended now (its capture reached its count, or a signal ended it)."""
    job.state = state
    job.report_at = shell.lineno


# reporting -----------------------------------------------------------------------------------------
def report(shell, out) -> None:
    """Before the next prompt: the jobs that ended, each once."""
    jt = getattr(shell, "job_table", None)
    if jt is None:
        return
    now = shell.session.world.clock.now
    for job in list(jt.jobs):
        if job.state == "Running" and job.ends_at is not None and now >= job.ends_at:
            job.state, job.report_at = "Done", shell.lineno
        if job.state != "Running" and job.report_at <= shell.lineno and not job.reported:
            if not _bourne(shell):
                out.err(_line(jt, job))
            job.reported = True
            jt.jobs.remove(job)


def _line(jt: JobTable, job: Job, running_suffix: str = "") -> str:
    return f"[{job.number}]{jt.mark(job)}  {job.state:<{STATUS_WIDTH}}{job.text}{running_suffix}\n"


# builtins ------------------------------------------------------------------------------------------
def jobs(ctx) -> int:
    if _bourne(ctx.shell):
        ctx.err(f"{ctx.shell.name}: jobs: not found\n")  # unverified: /sbin/sh has no job control
        return 1
    jt = table(ctx.shell)
    report_now = []
    for job in jt.jobs:
        if job.state == "Running" and job.ends_at is not None and ctx.world.clock.now >= job.ends_at:
            job.state = "Done"
        ctx.out(_line(jt, job, " &" if job.state == "Running" else ""))
        if job.state != "Running":
            report_now.append(job)
    for job in report_now:
        job.reported = True
        jt.jobs.remove(job)
    return 0


KILL_USAGE = ("kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... "
              "or kill -l [sigspec]\n")


def kill(ctx) -> int:
    shell = ctx.shell
    name = shell.name
    args = ctx.argv[1:]
    sig = 15
    if args and args[0] in ("-s", "-n") and len(args) > 1:
        sig = _signal(args[1])
        args = args[2:]
    elif args and args[0].startswith("-") and args[0] != "-" and not args[0][1:].startswith("%"):
        sig = _signal(args[0][1:])
        args = args[1:]
        if sig is None:
            ctx.err(f"{name}: kill: {ctx.argv[1][1:]}: invalid signal specification\n")
            return 1
    if sig is None:
        ctx.err(f"{name}: kill: {ctx.argv[2]}: invalid signal specification\n")
        return 1
    if not args:
        ctx.err(f"{name}: {KILL_USAGE}")
        return 2
    jt = table(shell)
    status = 0
    for spec in args:
        if spec.startswith("%"):
            job = jt.find(spec)
            if job is None:
                ctx.err(f"{name}: kill: {spec}: no such job\n")
                status = 1
                continue
        elif spec.isdigit():
            job = next((j for j in jt.jobs if j.pid == int(spec)), None)
            if job is None:
                ctx.err(f"{name}: kill: ({spec}) - No such process\n")
                status = 1
                continue
        else:
            ctx.err(f"{name}: kill: {spec}: arguments must be process or job IDs\n")
            status = 1
            continue
        signal(ctx, job, sig)
    return status


def _signal(text: str) -> int | None:
    t = text.upper()
    if t.isdigit():
        n = int(t)
        return n if 0 < n < 65 else None
    t = t[3:] if t.startswith("SIG") else t
    return SIGNALS.get(t)


def signal(ctx, job: Job, sig: int) -> None:
    if job.state != "Running":
        return
    if job.runner is not None:
        job.runner.stop(ctx.out, ctx.err, sig)
        # snoop and tcpdump catch HUP, INT and TERM and exit 0; KILL ends them at once
        finished(ctx.shell, job, "Killed" if sig == 9 else "Done")
    else:
        finished(ctx.shell, job, "Killed" if sig == 9 else "Terminated" if sig == 15
                 else "Hangup" if sig == 1 else "Interrupt" if sig == 2 else "Terminated")


def fg(ctx) -> int:
    shell = ctx.shell
    name = shell.name
    jt = table(shell)
    spec = ctx.argv[1] if len(ctx.argv) > 1 else "%+"
    job = jt.find(spec if spec.startswith("%") else "%" + spec)
    if job is None:
        ctx.err(f"{name}: fg: {'current' if len(ctx.argv) == 1 else spec}: no such job\n")
        return 1
    if job.state != "Running":
        ctx.err(f"{name}: fg: job has terminated\n")
        job.reported = True
        jt.jobs.remove(job)
        return 1
    ctx.out(job.text + "\n")
    jt.jobs.remove(job)
    if job.ends_at is not None:
        ctx.world.clock.advance(job.ends_at - ctx.world.clock.now)
        return 0
    if job.runner is not None:
        job.runner.foreground(shell)
    return 0
