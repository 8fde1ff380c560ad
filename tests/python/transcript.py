"""What every transcript scenario here shares: which libvirt.so.0 the
process really loaded (a run on the wrong library proves nothing),
silencing libvirt's default error printer (the transcript prints errors
itself), and the transcript itself (`Transcript`: the lines, the calls with
their results or errors)."""
import os
import sys

import libvirt


def loaded_libvirt():
    """The real path of the libvirt.so.0 mapped into this process."""
    with open("/proc/self/maps") as maps:
        for line in maps:
            path = line.split()[-1]
            if os.path.basename(path).startswith("libvirt.so.0"):
                return os.path.realpath(path)
    return None


def assert_loaded(expected):
    """`expected` is "system" (Debian's library) or our library's directory."""
    lib = loaded_libvirt()
    if expected == "system":
        assert lib and lib.startswith("/usr/lib"), f"expected the system libvirt, loaded {lib}"
    else:
        want = os.path.realpath(expected)
        assert lib and lib.startswith(want), f"expected ours in {want}, loaded {lib}"
    return lib


def silence_default_errors():
    libvirt.registerErrorHandler(lambda ctx, err: None, None)


def expect_library(argv=None):
    """Checks that the library named on the command line (the first
    argument, "system" when there is none) is the one loaded."""
    argv = sys.argv if argv is None else argv
    return assert_loaded(argv[1] if len(argv) > 1 else "system")


def error_text(e):
    """A libvirt error as the transcripts print it."""
    return f"error {e.get_error_code()} {e.get_error_domain()} {e.get_error_message()}"


class Transcript:
    """The lines a scenario prints: `say` adds one (through `norm`, for what
    differs between runs), `call` adds what a call returned or its error.

    How a result is printed is `describe` (the text after the label), or
    `show` for results that take more than a line; scenarios override them
    for their own kinds of result. `domains` says how a returned domain
    reads: "name", "name id" or "name id active" (None: as any other
    value); `texts`, the indent of each line of a returned text of several
    lines (None: printed as any other value). `python_errors` are the
    binding's own exceptions, printed as `python <type> <message>` (without
    the message when `python_messages` is false).
    """

    def __init__(self, norm=None, domains=None, texts=None, python_errors=(),
                 python_messages=True):
        self.out = []
        self.norm = norm
        self.domains = domains
        self.texts = texts
        self.python_errors = python_errors
        self.python_messages = python_messages

    def say(self, line):
        self.out.append(self.norm(line) if self.norm else line)

    def call(self, label, fn, *args):
        try:
            r = fn(*args)
        except libvirt.libvirtError as e:
            self.say(f"{label}: {error_text(e)}")
            return None
        except self.python_errors as e:
            text = f"python {type(e).__name__}"
            self.say(f"{label}: {text} {e}" if self.python_messages else f"{label}: {text}")
            return None
        r = self.value(r)
        self.show(label, r)
        return r

    def value(self, r):
        """What `call` keeps of a result: prints it and returns it."""
        return r

    def show(self, label, r):
        if self.texts is not None and isinstance(r, str) and "\n" in r:
            self.text(label, r, self.texts)
        else:
            self.say(f"{label}: {self.describe(r)}")

    def describe(self, r):
        if self.domains and isinstance(r, libvirt.virDomain):
            if self.domains == "name id":
                return f"domain {r.name()} id {r.ID()}"
            if self.domains == "name id active":
                return f"domain {r.name()} id {r.ID()} active {r.isActive()}"
            return f"domain {r.name()}"
        return repr(r)

    def xml_of(self, d, label, flags=0):
        """The domain's XML with `flags`, or None when the domain does not
        give it: an error line (`label: error <message>`) instead."""
        try:
            return d.XMLDesc(flags)
        except libvirt.libvirtError as e:
            self.say(f"{label}: error {e.get_error_message()}")
            return None

    def xml_forms(self, d, label):
        """The domain's XML, live and inactive, with the flags of each; a
        form the domain does not give is an error line instead."""
        for f in (0, libvirt.VIR_DOMAIN_XML_INACTIVE):
            x = self.xml_of(d, f"{label} xml {f}", f)
            if x is not None:
                yield f, x

    def xml_sections(self, d, label, sections, also=()):
        """Of each form of the domain's XML, one line: the lines (stripped)
        from each opening to the closing of an element of `sections`, and
        the lines that hold one of the texts of `also`."""
        opens = [f"<{s}" for s in sections]
        closes = [f"</{s}" for s in sections]
        for f, x in self.xml_forms(d, label):
            keep, on = [], False
            for line in x.splitlines():
                if any(o in line for o in opens):
                    on = True
                if on or any(a in line for a in also):
                    keep.append(line.strip())
                if any(c in line for c in closes):
                    on = False
            self.say(f"{label} xml {f}: {keep}")

    def text(self, label, r, indent):
        """A text of several lines: the label, then each line indented."""
        self.say(f"{label}:")
        for line in r.splitlines():
            self.say(indent + line)

    def print(self):
        print("\n".join(self.out))

    def run(self, main):
        """Exits with what `main` returns; when it fails, what was gathered
        is printed before the error."""
        try:
            status = main()
        except Exception:
            self.print()
            raise
        sys.exit(status)
