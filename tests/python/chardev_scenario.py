"""Character devices and their relatives in test:///default definitions
(serial, parallel, console, channel, smartcard, redirdev, redirfilter):
what the test driver keeps of them, in each XML form, and the errors it
gives for bad ones. Run by Debian's prebuilt python3-libvirt once on the C
library and once on ours; run.sh compares the two transcripts. Uses its own
domains and removes them.

Usage: python3 chardev_scenario.py EXPECTED_LIBDIR   (or "system")
"""
import sys

import libvirt
from transcript import Transcript, expect_library, silence_default_errors

silence_default_errors()

transcript = Transcript()
out, say = transcript.out, transcript.say

# Valid device sets: each defined, dumped, started, dumped, removed. The
# controllers their devices need are given (libvirt would add them).
VSER = "<controller type='virtio-serial' index='0'/>"
GOOD = [
    # The console of an HVM guest doubles the first serial port.
    "<console type='pty'/>",
    VSER + "<serial type='file'><source path='/var/log/s0'><seclabel model='dac'/>"
    "<seclabel model='selinux' relabel='no'/></source><target port='2'/>"
    "<alias name='ua-serial'/></serial>"
    "<console type='file'><source path='/var/log/s0'/></console>"
    "<console type='pty'><target type='virtio' port='9'/></console>",
    # User aliases are unique, but the serial port a console stands for and
    # its equals are left out of the check.
    "<serial><target port='0'/><alias name='ua-s'/></serial><serial><target port='0'/>"
    "<alias name='ua-s'/></serial><parallel><alias name='ua-p'/></parallel>",
    "<serial/><serial><target port='0'/></serial><serial type='null'/>"
    "<parallel/><parallel><target port='4'/></parallel><parallel type='vc'/>",
    "<serial type='tcp'><source mode='connect' host='127.0.0.1' service='9999' tls='no'>"
    "<reconnect enabled='yes' timeout='10'/></source><protocol type='telnet'/>"
    "<log file='/var/log/t.log' append='on'/><target type='isa-serial'>"
    "<model name='isa-serial'/></target></serial>"
    "<serial type='udp'><source mode='bind' host='0.0.0.0' service='1'/>"
    "<source host='127.0.0.1' service='2'/></serial>"
    "<serial type='unix'><source mode='connect' path='/tmp/s'><reconnect enabled='no'/></source>"
    "<target type='usb-serial'/></serial>",
    VSER + "<channel type='pty'><target type='guestfwd' address='10.1' port='4600'/></channel>"
    "<channel type='unix'><source mode='bind'/><target type='virtio' name='org.qemu.guest_agent.0' state='connected'/></channel>"
    "<channel type='spicevmc'><target type='virtio' name='com.redhat.spice.0'/></channel>"
    "<channel type='qemu-vdagent'><source><clipboard copypaste='yes'/><mouse mode='client'/></source>"
    "<target type='virtio' name='com.redhat.spice.0'/></channel>"
    "<channel type='pty'><target type='xen' name='x'/></channel>",
    "<controller type='ccid' index='0'/><smartcard mode='host'/>"
    "<smartcard mode='host-certificates'><certificate>a</certificate><certificate>b</certificate>"
    "<certificate>c</certificate><database>/etc/pki/nssdb</database></smartcard>"
    "<smartcard mode='passthrough' type='tcp'><source mode='bind' host='h' service='2001'/>"
    "<protocol type='raw'/><address type='ccid' controller='0' slot='7'/></smartcard>",
    "<controller type='usb' index='0'/><redirdev bus='usb' type='spicevmc'><boot order='1'/></redirdev>"
    "<redirdev type='dbus'/><redirfilter><usbdev class='0x08' vendor='0x15E1' product='0x2007'"
    " version='1.1' allow='yes'/><usbdev allow='no'/></redirfilter>",
]

# Device sets the C library refuses, each with its own error.
BAD = [
    "<channel type='pty'/>",
    "<channel type='pty'><target/></channel>",
    "<channel type='pty'><target type='guestfwd' address='::1' port='1'/></channel>",
    "<channel type='pty'><target type='guestfwd' address='nowhere' port='1'/></channel>",
    "<console type='pty'/><console type='pty'/>",
    "<serial type='bogus'/>",
    "<serial><target port='x'/></serial>",
    "<serial><target type='isa-serial' port='1'/></serial><serial><target type='isa-serial' port='1'/></serial>",
    "<serial><target type='isa-serial' port='4'/></serial>",
    "<serial type='tcp'><source host='a' service='1'/><protocol type='bad'/></serial>",
    "<serial type='tcp'><source host='a' service='1' mode='bind'><reconnect enabled='yes' timeout='1'/></source></serial>",
    "<serial type='file'/>",
    "<serial type='pty'><source/><source/></serial>",
    "<serial type='file'><source path='/x'><seclabel model='dac'/><seclabel model='dac'/></source></serial>",
    "<serial type='spiceport'><source channel='a b'/></serial>",
    "<serial type='spicevmc'/>",
    "<serial><target type='usb-serial'/><address type='pci'/></serial>",
    "<smartcard mode='passthrough'/>",
    "<smartcard mode='host-certificates'><certificate>a</certificate></smartcard>",
    "<smartcard mode='host'><address type='pci'/></smartcard>",
    "<redirdev type='spicevmc'/>",
    "<redirdev bus='pci' type='spicevmc'/>",
    "<redirfilter><usbdev version='100.1' allow='no'/></redirfilter>",
    "<redirfilter/><redirfilter/>",
    "<parallel><alias name='ua-a'/></parallel><channel type='pty'><target type='xen'/><alias name='ua-a'/></channel>",
]


def doc(name, devices, arch="x86_64", os_type="hvm"):
    return (f"<domain type='test'><name>{name}</name><memory>1048576</memory>"
            f"<os><type arch='{arch}'>{os_type}</type></os><devices>{devices}</devices></domain>")


def devices_of(x):
    start, end = x.find("<devices>"), x.find("</devices>")
    return x[start:end].splitlines() if start >= 0 else x.splitlines()


def dump(d, label):
    for f in (0, libvirt.VIR_DOMAIN_XML_INACTIVE, libvirt.VIR_DOMAIN_XML_SECURE):
        try:
            say(f"{label} xml {f}:")
            out.extend(devices_of(d.XMLDesc(f)))
        except libvirt.libvirtError as e:
            say(f"{label} xml {f}: error {e.get_error_code()} {e.get_error_message()}")


def define(c, label, x):
    try:
        return c.defineXML(x)
    except libvirt.libvirtError as e:
        say(f"{label}: error {e.get_error_code()} {e.get_error_domain()} {e.get_error_message()}")
        return None


def main():
    expect_library()
    c = libvirt.open("test:///default")
    for i, devs in enumerate(GOOD):
        d = define(c, f"good {i}", doc(f"chr-{i}", devs))
        if d is None:
            continue
        dump(d, f"good {i} defined")
        d.create()
        dump(d, f"good {i} running")
        d.destroy()
        d.undefine()
    # Other guests: no console twin, native console targets.
    for os_type in ("xen", "linux"):
        d = define(c, os_type, doc(f"chr-{os_type}", "<console type='pty'/><serial/>"
                                   "<console type='pty'><target type='xen'/></console>",
                                   os_type=os_type))
        if d is not None:
            dump(d, os_type)
            d.undefine()
    define(c, "isa-debug on aarch64",
           doc("chr-arm", "<serial><target type='isa-debug'/></serial>", arch="aarch64"))
    # A label override needs the domain's label of that model to relabel.
    for top in ("<seclabel type='none' model='dac'/>", "<seclabel type='dynamic' model='dac'/>"):
        x = doc("chr-label", "<serial type='file'><source path='/x'>"
                "<seclabel model='dac' relabel='no'/></source></serial>").replace(
                    "</domain>", top + "</domain>")
        d = define(c, f"override under {top}", x)
        if d is not None:
            dump(d, f"override under {top}")
            d.undefine()
    for i, devs in enumerate(BAD):
        d = define(c, f"bad {i}", doc(f"chr-bad-{i}", devs))
        if d is not None:
            say(f"bad {i}: accepted")
            d.undefine()
    c.close()
    transcript.print()


if __name__ == "__main__":
    sys.exit(main())
