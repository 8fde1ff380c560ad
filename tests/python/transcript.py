"""What every transcript scenario here shares: which libvirt.so.0 the
process really loaded (a run on the wrong library proves nothing), and
silencing libvirt's default error printer (the transcript prints errors
itself)."""
import os

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
