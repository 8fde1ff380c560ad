"""<controller> through test:///default: documents defined, their errors,
and the controllers the definition ends up with (libvirt's order, filled-in
indexes, implicit controllers). Run by Debian's prebuilt python3-libvirt
once on the C library and once on ours; run.sh compares the transcripts.

Usage: python3 controller_scenario.py EXPECTED_LIBDIR   (or "system")
"""
import sys

import libvirt
from transcript import Transcript, expect_library, silence_default_errors


silence_default_errors()

transcript = Transcript()
out, say = transcript.out, transcript.say


def doc(devices, name="ctl"):
    return (f"<domain type='test'><name>{name}</name>"
            "<uuid>3f1c2a4e-7b6d-4c1e-9a8f-0123456789ab</uuid>"
            "<memory>1048576</memory><vcpu>1</vcpu>"
            "<os><type arch='x86_64'>hvm</type></os>"
            f"<devices>{devices}</devices></domain>")


def devices_of(xml):
    """The lines of <devices> that concern controllers and addresses."""
    lines = xml.splitlines()
    try:
        a = next(i for i, l in enumerate(lines) if l.strip() == "<devices>")
        b = next(i for i, l in enumerate(lines) if l.strip() == "</devices>")
    except StopIteration:
        return []
    keep, inside = [], False
    for l in lines[a + 1:b]:
        s = l.strip()
        if s.startswith("<controller"):
            inside = not s.endswith("/>")
            keep.append(s)
        elif inside:
            keep.append("  " + s)
            if s == "</controller>":
                inside = False
        elif s.startswith("<address") or s.startswith("<smartcard"):
            keep.append("    " + s)
    return keep


def case(c, label, devices):
    try:
        d = c.defineXML(doc(devices))
    except libvirt.libvirtError as e:
        say(f"{label}: error {e.get_error_code()} {e.get_error_domain()} {e.get_error_message()}")
        return
    for f in (0, libvirt.VIR_DOMAIN_XML_MIGRATABLE):
        say(f"{label} xml {f}:")
        for line in devices_of(d.XMLDesc(f)):
            say("  " + line)
    d.undefine()


CASES = [
    # types, models and the index libvirt fills in
    ("no type", "<controller/>"),
    ("bad type", "<controller type='bogus'/>"),
    ("every type", "<controller type='isa'/><controller type='xenbus' maxGrantFrames='64' maxEventChannels='2047'/>"
     "<controller type='ccid'/><controller type='sata'/><controller type='fdc'/>"
     "<controller type='virtio-serial' ports='16' vectors='4'/><controller type='scsi' model='virtio-scsi'/>"
     "<controller type='ide' model='piix4'/><controller type='usb' model='qemu-xhci' ports='8'/>"
     "<controller type='pci' model='pci-root'/>"),
    ("bad model", "<controller type='scsi' model='piix3'/>"),
    ("isa model", "<controller type='isa' model='x'/>"),
    ("fdc model", "<controller type='fdc' model='piix3'/>"),
    ("negative index", "<controller type='ide' index='-1'/>"),
    ("hex index", "<controller type='ide' index='0x1'/>"),
    ("huge index", "<controller type='ide' index='99999999999'/>"),
    ("negative ports", "<controller type='virtio-serial' ports='-2'/>"),
    ("ports on ide", "<controller type='ide' ports='x'/>"),
    ("vectors bad", "<controller type='virtio-serial' vectors='x'/>"),
    ("grant frames bad", "<controller type='xenbus' maxGrantFrames='-1'/>"),
    # order and indexes
    ("sorted", "<controller type='ide' index='2'/><controller type='usb' index='1' model='ehci'/>"
     "<controller type='ide' index='0'/><controller type='usb' index='0' model='piix3-uhci'/>"
     "<controller type='ide'/><controller type='ide' index='1'/>"),
    ("duplicate", "<controller type='scsi' index='1'/><controller type='scsi' index='1'/>"),
    ("duplicate usb ok", "<controller type='usb' index='0' model='ehci'/><controller type='usb' index='0' model='ehci'/>"),
    ("usb2 group", "<controller type='usb' model='ich9-ehci1'/><controller type='usb' model='ich9-uhci1'/>"
     "<controller type='usb' model='ich9-uhci2'/><controller type='usb' model='ich9-uhci3'/>"
     "<controller type='usb' model='ich9-ehci1'/><controller type='usb' model='ich9-uhci1'/>"),
    ("usb2 companion first", "<controller type='usb' index='0' model='ich9-uhci1'/>"
     "<controller type='usb' index='0' model='ich9-ehci1'/>"),
    ("usb master given", "<controller type='usb' index='0' model='ich9-uhci2'><master startport='4'/></controller>"
     "<controller type='usb' index='0' model='ich9-ehci1'/>"),
    ("usb no master", "<controller type='usb' index='0' model='ich9-uhci1'/>"),
    ("usb none", "<controller type='usb' model='none'><alias name='ua-x'/><address type='pci' slot='3'/></controller>"),
    ("usb none twice", "<controller type='usb' model='none'/><controller type='usb' model='none'/>"),
    ("usb none then other", "<controller type='usb' model='none'/><controller type='usb' model='ehci'/>"),
    ("usb other then none", "<controller type='usb' model='ehci'/><controller type='usb' model='none'/>"),
    ("usb conflict before bad model", "<controller type='usb' model='none'/><controller type='usb' model='ehci'/>"
     "<controller type='scsi' model='bogus'/>"),
    ("bad model before usb conflict", "<controller type='scsi' model='bogus'/>"
     "<controller type='usb' model='none'/><controller type='usb' model='ehci'/>"),
    ("no master before later kinds", "<controller type='usb' index='0' model='ich9-uhci1'/>"
     "<smartcard mode='bogus'/>"),
    ("usb none input", "<controller type='usb' model='none'/><input type='tablet'/>"),
    ("usb none ps2 input", "<controller type='usb' model='none'/><input type='mouse'/><input type='keyboard'/>"
     "<input type='evdev'><source dev='/dev/input/event1'/></input>"),
    ("usb none usb keyboard", "<controller type='usb' model='none'/><input type='keyboard' bus='usb'/>"),
    ("usb none hub", "<controller type='usb' model='none'/><hub type='usb'/>"),
    ("usb none hostdev", "<controller type='usb' model='none'/><hub type='usb'/><hostdev mode='subsystem' type='usb'>"
     "<source><vendor id='0x1234'/><product id='0xbeef'/></source></hostdev>"),
    ("usb none storage hostdev", "<controller type='usb' model='none'/>"
     "<hostdev mode='capabilities' type='storage'><source><block>/dev/sdf1</block></source></hostdev>"),
    ("usb none pci hostdev", "<controller type='usb' model='none'/>"
     "<hostdev mode='subsystem' type='pci'><source><address domain='0' bus='6' slot='7' function='0'/></source></hostdev>"),
    # driver
    ("driver", "<controller type='scsi' model='virtio-scsi'><driver queues='4' cmd_per_lun='8' max_sectors='512' "
     "ioeventfd='on' iothread='2' iommu='on' ats='off' packed='on' page_per_vq='off'/></controller>"),
    ("driver empty", "<controller type='scsi'><driver/></controller>"),
    ("driver zero", "<controller type='scsi'><driver queues='0'/></controller>"),
    ("driver bad queues", "<controller type='scsi'><driver queues='-1'/></controller>"),
    ("driver bad ioeventfd", "<controller type='scsi'><driver ioeventfd='yes'/></controller>"),
    ("driver bad iommu", "<controller type='scsi'><driver iommu='maybe'/></controller>"),
    ("iothread not virtio", "<controller type='scsi' model='lsilogic'><driver iothread='1'/></controller>"),
    ("iothread no model", "<controller type='scsi'><driver iothread='1'/></controller>"),
    # PCI
    ("pci target", "<controller type='pci' index='0' model='pcie-root'/>"
     "<controller type='pci' index='1' model='pcie-root-port'><model name='pcie-root-port'/>"
     "<target chassis='1' port='0x10' hotplug='off'/><address type='pci' bus='0' slot='2' function='0'/></controller>"
     "<controller type='pci' index='2' model='pcie-expander-bus'><model name='pxb-pcie'/>"
     "<target busNr='252'><node>0</node></target></controller>"
     "<controller type='pci' index='3' model='pci-expander-bus'><target busNr='200' index='5' chassisNr='7'/></controller>"),
    ("pci empty target", "<controller type='pci' index='0' model='pci-root'><target/><model name='none'/></controller>"),
    ("pci two models", "<controller type='pci' model='pci-root'><model/><model/></controller>"),
    ("pci two targets", "<controller type='pci' model='pci-root'><target/><target/></controller>"),
    ("pci bad model name", "<controller type='pci' model='pci-root'><model name='x'/></controller>"),
    ("pci bad hotplug", "<controller type='pci' model='pci-root'><target hotplug='yes'/></controller>"),
    ("pci negative chassis", "<controller type='pci' index='1' model='pci-bridge'><target chassis='-1'/></controller>"),
    ("pci chassis 256", "<controller type='pci' index='1' model='pci-bridge'><target chassis='256'/></controller>"),
    ("pci chassisNr 0", "<controller type='pci' index='1' model='pci-bridge'><target chassisNr='0'/></controller>"),
    ("pci port 300", "<controller type='pci' index='1' model='pcie-root-port'><target port='300'/></controller>"),
    ("pci busNr 255", "<controller type='pci' index='1' model='pci-expander-bus'><target busNr='255'/></controller>"),
    ("pci target index 31", "<controller type='pci' index='1' model='pci-expander-bus'><target index='31'/></controller>"),
    ("pci target index 0", "<controller type='pci' index='1' model='pci-expander-bus'><target index='0'/></controller>"),
    ("pci root target index 1", "<controller type='pci' index='0' model='pci-root'><target index='1'/></controller>"),
    ("pci index 256", "<controller type='pci' index='256' model='pci-bridge'/>"),
    ("pci root address", "<controller type='pci' index='0' model='pci-root'><address type='pci' slot='1'/></controller>"),
    ("pci root numa", "<controller type='pci' index='0' model='pci-root'><target><node>1</node></target></controller>"),
    ("bad numa", "<controller type='scsi'><target><node>x</node></target></controller>"),
    ("negative numa", "<controller type='pci' index='1' model='pci-bridge'><target><node>-1</node></target></controller>"),
    ("pcihole64", "<controller type='pci' index='0' model='pci-root'><pcihole64 unit='MiB'>1</pcihole64></controller>"),
    ("pcihole64 bytes", "<controller type='pci' index='0' model='pcie-root'><pcihole64 unit='b'>1025</pcihole64></controller>"),
    ("pcihole64 bridge", "<controller type='pci' index='1' model='pci-bridge'><pcihole64>5</pcihole64></controller>"),
    ("pcihole64 bad", "<controller type='pci' index='0' model='pci-root'><pcihole64>x</pcihole64></controller>"),
    ("pcihole64 bad unit", "<controller type='pci' index='0' model='pci-root'><pcihole64 unit='q'>1</pcihole64></controller>"),
    ("spapr phb", "<controller type='pci' index='0' model='pci-root'><model name='spapr-pci-host-bridge'/>"
     "<target index='0'/></controller>"),
    ("unassigned address", "<controller type='scsi'><address type='unassigned'/></controller>"),
    ("alias kept", "<controller type='scsi'><alias name='ua-ctl'/></controller>"
     "<controller type='ide'><alias name='ide0'/></controller>"),
    ("ignored elsewhere", "<controller type='usb' index='0' model='ehci' vectors='x' maxGrantFrames='y'><model name='pxb'/>"
     "<target chassis='q'><node>3</node></target></controller>"
     "<controller type='ide' index='0'><pcihole64>5</pcihole64><master startport='1'/></controller>"),
    ("empty index", "<controller type='ide' index=''/>"),
    ("plus index", "<controller type='ide' index='+1'/>"),
    ("model before index", "<controller type='ide' model='x' index='-1'/>"),
    ("usb none bad address", "<controller type='usb' model='none'><address type='bogus'/></controller>"),
    ("bad address", "<controller type='scsi'><address type='bogus'/></controller>"),
    ("bad pci address", "<controller type='scsi'><address type='pci' bus='0x100' slot='1'/></controller>"),
    ("bad pci function", "<controller type='scsi'><address type='pci' slot='1' function='8'/></controller>"),
    ("bad ccw address", "<controller type='scsi'><address type='ccw' cssid='0xff' ssid='0' devno='1'/></controller>"),
    ("partial ccw address", "<controller type='scsi'><address type='ccw' cssid='0xfe'/></controller>"),
    ("long usb port", "<controller type='usb' model='qemu-xhci'><address type='usb' bus='0' port='1.2.3.4.5'/></controller>"),
    ("pci no model hole", "<controller type='pci' index='0'><pcihole64>5</pcihole64><model name='pci-bridge'/></controller>"),
    ("driver on pci", "<controller type='pci' index='1' model='pci-bridge'><driver iommu='on' queues='2'/></controller>"),
    ("master on scsi", "<controller type='scsi' index='0'><master startport='7'/><address type='pci' slot='4'/></controller>"),
    # controllers other devices imply
    ("implied by disks", "<disk type='file' device='disk'><source file='/a'/><target dev='sda' bus='scsi'/>"
     "<address type='drive' controller='2' bus='0' target='0' unit='0'/></disk>"
     "<disk type='file' device='disk'><source file='/b'/><target dev='hdb' bus='ide'/>"
     "<address type='drive' controller='1' bus='0' target='0' unit='1'/></disk>"
     "<disk type='file' device='floppy'><source file='/c'/><target dev='fda'/>"
     "<address type='drive' controller='0' bus='0' target='0' unit='0'/></disk>"
     "<controller type='scsi' index='1' model='lsilogic'/>"),
    ("implied by channel", "<controller type='virtio-serial' index='1'/>"
     "<channel type='pty'><target type='virtio' name='a'/><address type='virtio-serial' controller='3' bus='0' port='1'/></channel>"
     "<channel type='pty'><target type='virtio' name='b'/></channel>"
     "<console type='pty'><target type='virtio'/></console>"),
    ("implied by smartcard", "<smartcard mode='host'/><smartcard mode='host'><address type='ccid' controller='0' slot='3'/></smartcard>"
     "<smartcard mode='host'/><smartcard mode='host'><address type='ccid' controller='2' slot='0'/></smartcard>"),
    ("implied mixed", "<controller type='virtio-serial' index='1'/><controller type='scsi'/>"
     "<channel type='pty'><target type='virtio' name='a'/><address type='virtio-serial' controller='3' bus='0' port='1'/></channel>"
     "<smartcard mode='host'><address type='ccid' controller='2' slot='0'/></smartcard>"
     "<controller type='scsi' index='2' model='virtio-scsi'/>"
     "<hostdev mode='subsystem' type='scsi'><source><adapter name='scsi_host0'/><address bus='0' target='0' unit='0'/></source>"
     "<address type='drive' controller='2' bus='0' target='0' unit='0'/></hostdev>"),
    ("implied by scsi hostdev", "<controller type='scsi' index='1' model='virtio-scsi'/>"
     "<hostdev mode='subsystem' type='scsi'><source><adapter name='scsi_host0'/><address bus='0' target='0' unit='0'/></source>"
     "<address type='drive' controller='1' bus='0' target='0' unit='0'/></hostdev>"),
]


def main():
    expect_library()
    c = libvirt.open("test:///default")
    for label, devices in CASES:
        case(c, label, devices)
    c.close()
    transcript.print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
