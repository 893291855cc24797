"""The ipnat.conf language (ipnat(4)) read into NAT rules (ipfilter.py), as ipnat_y.y and
lexer.c read it: keywords are case-insensitive, newlines are only whitespace (a rule ends where
the next keyword starts, or at `;`), `#` comments, `\\` continues a line, `name = value;` defines
a variable used as `$name`.

A hand-written token cursor rather than pyparsing: yacc reports the very token it choked on and
the lexer's line at that moment (`syntax error error at "<tok>", line <n>`, docs/facts/
ipfilter.md §3.4), and rules before the error are already loaded, so the reader yields each rule
as yacc reduces it, with the line the lexer was on then (ipnat prints that line before an ioctl
error)."""
from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass

from vshell.model.ipfilter import NatRule

KEYWORDS = {"age", "any", "auto", "bimap", "frag", "from", "icmpidmap", "mask", "map", "map-block",
            "mssclamp", "netmask", "port", "portmap", "ports", "proxy", "range", "rdr", "round-robin",
            "sequential", "sticky", "tag", "tcp", "tcpudp", "to", "udp"}
RULE_START = {"map", "bimap", "map-block", "rdr"}
_PUNCT = set("=,/;{}()@:!")
_PROTOS = {"ip": 0, "icmp": 1, "tcp": 6, "udp": 17, "gre": 47, "esp": 50, "ah": 51}


class NatSyntax(Exception):
    """yyerror: `message` is yacc's or a semantic one; `token` and `line` where it stopped."""

    def __init__(self, message: str, token: str, line: int):
        super().__init__(f'{message} error at "{token}", line {line}')
        self.message, self.token, self.line = message, token, line


@dataclass
class Tok:
    text: str
    line: int
    keyword: bool = False

    @property
    def word(self) -> str:
        return self.text.lower() if self.keyword else self.text


def tokens(text: str) -> list[Tok]:
    """The lexer's words, with `name = value ;` assignments taken out and `$name` replaced."""
    raw: list[Tok] = []
    line = 1
    i, n = 0, len(text)
    word_re = re.compile(r"[^\s=,/;{}()@:!#]+")
    while i < n:
        c = text[i]
        if c == "\\" and text.startswith("\n", i + 1):
            i += 2
            line += 1
        elif c == "\n":
            line += 1
            i += 1
        elif c in " \t\r":
            i += 1
        elif c == "#":
            while i < n and text[i] != "\n":
                i += 1
        elif text.startswith("->", i):
            raw.append(Tok("->", line))
            i += 2
        elif c in _PUNCT or c == "-":
            raw.append(Tok(c, line))
            i += 1
        else:
            word = word_re.match(text, i).group(0)
            # "-" inside a keyword is part of it (map-block, round-robin); elsewhere it splits a range
            if "-" in word and word.lower() not in ("map-block", "round-robin"):
                word = word.split("-", 1)[0]
            i += len(word)
            raw.append(Tok(word, line, word.lower() in KEYWORDS))
    out: list[Tok] = []
    variables: dict[str, list[Tok]] = {}
    j = 0
    while j < len(raw):
        t = raw[j]
        if not t.keyword and not t.text.startswith("$") and t.text not in _PUNCT \
                and j + 1 < len(raw) and raw[j + 1].text == "=":
            k = j + 2
            while k < len(raw) and raw[k].text != ";":
                k += 1
            variables[t.text] = raw[j + 2:k]
            j = k + 1
            continue
        if t.text.startswith("$"):
            out.extend(Tok(v.text, t.line, v.keyword) for v in variables.get(t.text[1:].strip("{}"), []))
        else:
            out.append(t)
        j += 1
    return out


class _Parser:
    def __init__(self, toks: list[Tok]):
        self.toks = toks
        self.i = 0

    # cursor --------------------------------------------------------------------------------
    def peek(self, k: int = 0) -> Tok | None:
        j = self.i + k
        return self.toks[j] if j < len(self.toks) else None

    def next(self) -> Tok:
        t = self.peek()
        if t is None:
            self.fail()
        self.i += 1
        return t

    def at(self, *words: str) -> bool:
        t = self.peek()
        return t is not None and t.word in words

    def take(self, *words: str) -> bool:
        if self.at(*words):
            self.i += 1
            return True
        return False

    def expect(self, *words: str) -> Tok:
        t = self.peek()
        if t is None or t.word not in words:
            self.fail()
        self.i += 1
        return t

    def fail(self, message: str = "syntax error", tok: Tok | None = None):
        """yyerror: at the end of the text the lexer has already reset its line to 1 and the
        token is the last real one."""
        if tok is None:
            tok = self.peek()
        if tok is None:
            last = self.toks[-1].text if self.toks else ""
            raise NatSyntax(message, last, 1)
        raise NatSyntax(message, tok.text, tok.line)

    def line_now(self) -> int:
        """The lexer's line when yacc reduces a rule: it has read one token ahead."""
        t = self.peek()
        return t.line if t is not None else 1

    # pieces --------------------------------------------------------------------------------
    def number(self, lo: int = 0, hi: int = 65535, what: str = "invalid port number") -> int:
        t = self.next()
        if not t.text.isdigit():
            self.fail(tok=t)
        v = int(t.text)
        if not lo <= v <= hi:
            self.fail(what, t)
        return v

    def host(self) -> ipaddress.IPv4Address:
        t = self.next()
        if t.keyword or t.text in _PUNCT or t.text in ("->", "-"):
            self.fail(tok=t)
        text = t.text
        if text.isdigit():
            return ipaddress.IPv4Address(int(text) & 0xFFFFFFFF)
        try:
            return ipaddress.IPv4Address(text)
        except ValueError:
            pass
        if re.fullmatch(r"[0-9.]+", text):
            parts = text.split(".")
            if all(parts) and len(parts) < 4:
                return ipaddress.IPv4Address(".".join(parts + ["0"] * (4 - len(parts))))
            self.fail("Invalid octet string for IP address", t)
        self.fail("Unknown hostname", t)

    def address(self) -> ipaddress.IPv4Network:
        """ADDR: any | host [/N | /dotted | mask dotted]; the address ANDed with the mask."""
        if self.take("any"):
            return ipaddress.IPv4Network("0.0.0.0/0")
        addr = self.host()
        bits = 32
        if self.take("/"):
            t = self.next()
            bits = self._mask(t)
        elif self.take("mask", "netmask"):
            bits = self._mask(self.next())
        return ipaddress.IPv4Network((int(addr) & _mask_int(bits), bits), strict=False)

    def _mask(self, t: Tok) -> int:
        text = t.text
        if text.isdigit():
            if int(text) > 32:
                self.fail("invalid mask", t)
            return int(text)
        try:
            value = int(text, 16) if text.lower().startswith("0x") else int(ipaddress.IPv4Address(text))
        except ValueError:
            self.fail("invalid mask", t)
        bits = bin(value).count("1")
        if value != _mask_int(bits):
            self.fail("invalid mask", t)   # vshell keeps masks contiguous  # unverified: IPF allows others
        return bits

    def proto(self) -> str:
        """tcp | udp | tcp/udp | tcpudp | a protocol name or number -> our spelling."""
        t = self.next()
        w = t.word
        if w == "tcp" and self.at("/"):
            self.i += 1
            self.expect("udp")
            return "tcp/udp"
        if w == "tcpudp":
            return "tcp/udp"
        if w in ("tcp", "udp"):
            return w
        if w.isdigit():
            num = int(w)
            return next((k for k, v in _PROTOS.items() if v == num), w)
        if w in _PROTOS:
            return w
        self.fail(tok=t)

    # rules ---------------------------------------------------------------------------------
    def rules(self):
        while self.peek() is not None:
            if self.take(";"):
                continue
            t = self.peek()
            if t.word not in RULE_START:
                self.fail()
            rule = self.rule()
            self.take(";")
            yield rule, self.line_now()

    def rule(self) -> NatRule:
        kind = self.next().word
        ifname = self.ifname()
        if kind == "rdr":
            return self.rdr(ifname)
        return self.map(kind, ifname)

    def ifname(self) -> str:
        t = self.next()
        if t.keyword or t.text in _PUNCT or t.text in ("->", "-"):
            self.fail(tok=t)
        name = t.text
        if self.take(","):
            other = self.next().text
            if other != name:
                name = f"{name},{other}"
        return name

    def map(self, kind: str, ifname: str) -> NatRule:
        rule = NatRule(kind, ifname, None)
        if self.at("from"):
            self.i += 1
            rule.src = self.address()
            self.ports_compare(rule, "sport")
            not_to = self.take("!")
            self.expect("to")
            rule.to = self.address()
            rule.not_to = not_to
            self.ports_compare(rule, "dport")
            rule.filter = True
        else:
            rule.src = self.address()
        self.expect("->")
        if self.take("range"):
            lo = self.host()
            self.expect("-")
            hi = self.host()
            rule.range = (lo, hi)
            rule.dst = ipaddress.IPv4Network("0.0.0.0/32")
        else:
            rule.dst = self.address()
        if kind == "map-block":
            if self.take("ports"):
                if self.take("auto"):
                    rule.auto = True
                else:
                    rule.ports = self.number()
        elif self.take("proxy"):
            self.expect("port")
            t = self.next()
            rule.proxy = (t.text, *self.proxy_label())
        elif self.at("portmap"):
            self.i += 1
            proto = self.proto() if self.at("tcp", "udp", "tcpudp") else "tcp/udp"  # unverified default
            rule.proto, rule.portmap = proto, True
            if self.take("auto"):
                rule.auto, rule.pmin, rule.pmax = True, 1024, 65535
            else:
                rule.pmin = self.number()
                self.expect(":")
                rule.pmax = self.number()
            if self.take("sequential"):
                rule.sequential = True
        elif self.take("icmpidmap"):
            if not self.at("icmp"):
                self.fail("icmpidmap not followed by icmp")
            self.i += 1
            lo = self.number(what="invalid ICMP Id number")
            self.expect(":")
            hi = self.number(what="invalid ICMP Id number")
            rule.icmpidmap = (lo, hi)
        self.options(rule, ("round-robin", "frag", "age", "mssclamp", "tag"))
        if self.peek() is not None and self.peek().word not in RULE_START and self.peek().text != ";":
            proto = self.proto()
            if rule.proto and rule.proto != proto:
                self.fail("protocol set twice")
            rule.proto = proto
        return rule

    def rdr(self, ifname: str) -> NatRule:
        rule = NatRule("rdr", ifname, None)
        if self.at("from", "!"):
            rule.not_from = self.take("!")
            self.expect("from")
            rule.from_ = self.address()
            self.ports_compare(rule, "sport")
            self.expect("to")
            rule.src = self.address()
            self.ports_compare(rule, "dport")
            rule.filter = True
        else:
            rule.src = self.address()
            if self.take("port"):
                rule.pmin = self.number()
                rule.pmax = rule.pmin
                if self.take("-", ":"):
                    rule.pmax = self.number()
                    if rule.pmax < rule.pmin:
                        self.fail("invalid port number")
        self.expect("->")
        first = self.host()
        targets = [first]
        if self.take(","):
            targets.append(self.host())
        elif self.take("/"):
            bits = self._mask(self.next())
            if int(first) != 0 or bits not in (0, 32):
                self.fail("Invalid mask for dip")
            rule.dip_mask = bits
        rule.targets = tuple(targets)
        if self.take("port"):
            if self.take("="):
                rule.fixed = True
            rule.pto = self.number()
            if not rule.proto:
                rule.proto = "tcp"             # a port without a protocol is TCP (setnatproto)
        if self.peek() is not None and self.peek().word not in RULE_START | {"round-robin", "frag", "age", "sticky",
                                                                             "mssclamp", "proxy", "tag", ";"}:
            rule.proto = self.proto()
        elif rule.pmin and not rule.proto:
            rule.proto = "tcp"
        self.options(rule, ("round-robin", "frag", "age", "sticky", "mssclamp", "proxy", "tag"))
        if rule.pmin and not rule.pto:
            self.fail()
        return rule

    def proxy_label(self) -> tuple[str, str]:
        label = self.next().text
        self.expect("/")
        return label, self.proto()

    def ports_compare(self, rule: NatRule, which: str) -> None:
        if not self.take("port"):
            return
        op = self.next().text
        if op not in ("=", "!", "<", ">", "eq", "ne", "lt", "gt", "le", "ge"):
            self.fail()
        if op in ("!", "<", ">") and self.take("="):
            op += "="
        setattr(rule, which, (op, self.number()))

    def options(self, rule: NatRule, allowed: tuple[str, ...]) -> None:
        """MAPOPTS / RDROPTS: each optional, in their fixed order."""
        for word in allowed:
            if not self.at(word):
                continue
            self.i += 1
            if word == "round-robin":
                rule.round_robin = True
            elif word == "frag":
                rule.frag = True
            elif word == "sticky":
                if not (rule.round_robin or len(rule.targets) > 1):
                    rule.warnings.append("'sticky' for use with round-robin/IP splitting only")
                rule.sticky = True
            elif word == "age":
                a = self.number(1, 1 << 31)
                b = a
                if self.take("/"):
                    b = self.number(1, 1 << 31)
                rule.age = (a, b)
            elif word == "mssclamp":
                rule.mssclamp = self.number(0, 65535)
            elif word == "tag":
                rule.tag = self.next().text
            elif word == "proxy":
                if self.take("port"):
                    self.next()
                    rule.proxy = ("", *self.proxy_label())
                else:
                    rule.proxy = ("", self.next().text, "")


def _mask_int(bits: int) -> int:
    return (0xFFFFFFFF << (32 - bits)) & 0xFFFFFFFF if bits else 0


def parse(text: str):
    """Yield (rule, line) as each rule is read; NatSyntax at the first error (the rules before
    it have been yielded: the kernel already has them)."""
    yield from _Parser(tokens(text)).rules()
