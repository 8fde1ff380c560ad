"""Display and human-interface devices in test:///default: domains with
graphics, video, input, sound, audio and TPM defined, started and stopped,
their devices read back under every XMLDesc flag, and the definitions
libvirt refuses. Run by Debian's prebuilt python3-libvirt once on the C
library and once on ours; run.sh compares the two transcripts. Uses its own
domains and removes them.

Usage: python3 display_scenario.py EXPECTED_LIBDIR   (or "system")
"""
import os
import shutil
import sys
import tempfile
import zlib

import libvirt
from transcript import Transcript, expect_library, silence_default_errors


silence_default_errors()

transcript = Transcript(domains="name")
out, say, call = transcript.out, transcript.say, transcript.call


def quiet(label, fn, *args):
    """A call whose result is not printed (it holds times or addresses)."""
    try:
        r = fn(*args)
    except libvirt.libvirtError as e:
        say(f"{label}: error {e.get_error_code()} {e.get_error_domain()} {e.get_error_message()}")
        return None
    say(f"{label}: ok")
    return r


def xml(name, devices, arch="x86_64", os_type="hvm"):
    return (f"<domain type='test'><name>{name}</name>"
            f"<uuid>5d1e0c8a-7b7a-4c43-9e55-{zlib.crc32(name.encode()):012d}</uuid>"
            f"<memory>131072</memory><os><type arch='{arch}'>{os_type}</type></os>"
            f"<devices>{devices}</devices></domain>")


FLAGS = (
    ("plain", 0),
    ("secure", libvirt.VIR_DOMAIN_XML_SECURE),
    ("inactive", libvirt.VIR_DOMAIN_XML_INACTIVE),
    ("migratable", libvirt.VIR_DOMAIN_XML_MIGRATABLE),
)


def devices_of(d, label):
    for tag, f in FLAGS:
        try:
            x = d.XMLDesc(f)
        except libvirt.libvirtError as e:
            say(f"{label} {tag}: error {e.get_error_message()}")
            continue
        start, end = x.find("<devices>"), x.find("</devices>")
        say(f"{label} {tag}:")
        for line in x[start:end].splitlines()[1:]:
            say("  " + line.strip())


ACCEPTED = {
    "vnc": "<graphics type='vnc' port='5901' autoport='no' listen='127.0.0.1' passwd='s3cr&amp;t' "
           "passwdValidTo='2030-01-02T03:04:05' keymap='de' sharePolicy='force-shared'>"
           "<listen type='address' address='127.0.0.1'/></graphics>",
    "vnc-auto": "<graphics type='vnc' autoport='yes' websocket='-1' websocketGenerated='yes'>"
                "<listen type='network' network='default' address='10.0.0.1'/></graphics>"
                "<input type='keyboard'/><input type='tablet'/>",
    "spice": "<graphics type='spice' port='0' autoport='no' passwd='pw' connected='disconnect'>"
             "<channel name='main' mode='secure'/><image compression='glz'/>"
             "<streaming mode='filter'/><gl enable='no'/></graphics>"
             "<video><model type='qxl' vram='20000' heads='2'/></video>"
             "<video><model type='vga' primary='yes'/></video>",
    "sdl-egl-dbus": "<graphics type='sdl' display=':0' fullscreen='yes'><gl enable='yes'/></graphics>"
                    "<graphics type='egl-headless'><gl rendernode='/dev/dri/renderD128'/></graphics>"
                    "<graphics type='dbus' address='unix:path=/tmp/x'><audio id='1'/></graphics>"
                    "<audio id='1' type='dbus'/>",
    "sound-audio": "<sound model='ich9'><codec type='duplex'/><audio id='2'/></sound>"
                   "<audio id='2' type='pulseaudio' serverName='srv'><input name='in' latency='5'/>"
                   "<output mixingEngine='yes' fixedSettings='yes'><settings frequency='48000' "
                   "channels='2' format='s16'/></output></audio>",
    "tpm": "<tpm model='tpm-crb'><backend type='emulator' version='2.0'>"
           "<active_pcr_banks><sha256/></active_pcr_banks></backend></tpm>",
    "input-ppc": "<input type='mouse'/><input type='passthrough'><source evdev='/dev/input/event1'/></input>",
    "video-none": "<video><model type='none'/></video><graphics type='rdp' autoport='yes'/>",
}

REFUSED = {
    "listen-mismatch": "<graphics type='vnc' listen='1.1.1.1'><listen type='address' address='2.2.2.2'/></graphics>",
    "listen-network": "<graphics type='spice'><listen type='network'/></graphics>",
    "vnc-connected": "<graphics type='vnc' passwd='x' connected='fail'/>",
    "valid-to": "<graphics type='vnc' passwd='x' passwdValidTo='tomorrow'/>",
    "audio-missing": "<graphics type='vnc'><audio id='9'/></graphics>",
    "two-primary": "<video><model type='vga' primary='yes'/></video><video><model type='qxl' primary='yes'/></video>",
    "ram-vga": "<video><model type='vga' ram='1024'/></video>",
    "video-none-two": "<video><model type='none'/></video><video><model type='vga'/></video>",
    "input-model": "<input type='tablet' bus='usb' model='virtio'/>",
    "input-usb-off": "<controller type='usb' model='none'/><input type='tablet' bus='usb'/>",
    "audio-dup": "<audio id='1' type='none'/><audio id='1' type='spice'/>",
    "audio-fixed": "<audio id='1' type='none'><input fixedSettings='yes'/></audio>",
    "tpm-banks": "<tpm><backend type='emulator' version='1.2'><active_pcr_banks><sha1/></active_pcr_banks></backend></tpm>",
    "tpm-external-bind": "<tpm><backend type='external'><source type='unix' mode='bind' path='/s'/></backend></tpm>",
}


def main():
    expect_library()
    c = libvirt.open("test:///default")
    for name, devs in ACCEPTED.items():
        say(f"-- {name}")
        arch = "ppc64" if name.endswith("-ppc") else "x86_64"
        d = call("define", c.defineXML, xml("disp-" + name, devs, arch))
        if d is None:
            continue
        devices_of(d, name)
        if call("create", d.create) is not None:
            devices_of(d, name + " running")
            call("destroy", d.destroy)
        call("undefine", d.undefine)
    say("-- save image keeps the password")
    d = call("define", c.defineXML, xml("disp-save", ACCEPTED["vnc"]))
    tmp = tempfile.mkdtemp()
    try:
        img = os.path.join(tmp, "img")
        call("create", d.create)
        call("save", d.save, img)
        x = call("image xml", c.saveImageGetXMLDesc, img, 0)
        say("image has passwd: " + str(x is not None and "passwd='" in x))
        call("restore", c.restore, img)
        devices_of(d, "restored")
        call("destroy", d.destroy)
    finally:
        shutil.rmtree(tmp)
    say("-- snapshots and checkpoints show it only when asked")
    disk = ("<disk type='file' device='disk'><source file='/tmp/disp-chk.img'/>"
            "<target dev='vda' bus='virtio'/></disk>")
    k = call("define with disk", c.defineXML, xml("disp-chk", disk + ACCEPTED["vnc"]))
    call("create", k.create)
    chk = quiet("checkpoint", k.checkpointCreateXML,
                "<domaincheckpoint><name>c1</name></domaincheckpoint>", 0)
    for tag, f in (("plain", 0), ("secure", libvirt.VIR_DOMAIN_CHECKPOINT_XML_SECURE)):
        x = quiet(f"checkpoint xml {tag}", chk.getXMLDesc, f) if chk else None
        say(f"checkpoint {tag} has passwd: {x is not None and 'passwd=' in x}")
    if chk:
        call("checkpoint delete", chk.delete, 0)
    call("destroy", k.destroy)
    call("undefine", k.undefine)
    snap = quiet("snapshot", d.snapshotCreateXML,
                 "<domainsnapshot><name>s1</name></domainsnapshot>", 0)
    for tag, f in (("plain", 0), ("secure", libvirt.VIR_DOMAIN_SNAPSHOT_XML_SECURE)):
        x = quiet(f"snapshot xml {tag}", snap.getXMLDesc, f) if snap else None
        say(f"snapshot {tag} has passwd: {x is not None and 'passwd=' in x}")
    if snap:
        call("snapshot delete", snap.delete, 0)
    call("undefine", d.undefine)
    say("-- refused")
    for name, devs in REFUSED.items():
        call(name, c.defineXML, xml("disp-" + name, devs))
    c.close()
    transcript.print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
