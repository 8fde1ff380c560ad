"""Device kinds of the domain XML (host devices, filesystems, balloon, RNG,
shared memory, panic, hub, NVRAM, watchdog, memory devices, IOMMU, vsock):
each case defines a domain with the given devices in test:///default and
prints what XMLDesc keeps of them, or the define's error. Run by Debian's
prebuilt python3-libvirt once on the C library and once on ours; run.sh
compares the two transcripts.

Usage: python3 devmisc_scenario.py EXPECTED_LIBDIR   (or "system")
"""
import sys

import libvirt
from transcript import expect_library, silence_default_errors

silence_default_errors()

UUID = "5a9b3e21-7c44-4d0e-9b8f-%012d"

CASES = [
    # memballoon
    "<memballoon model='virtio'><stats period='-5'/></memballoon>",
    "<memballoon model='virtio'><stats period='0x10'/></memballoon>",
    "<memballoon model='virtio'><stats period='x'/></memballoon>",
    "<memballoon/>",
    "<memballoon model='bogus'/>",
    "<memballoon model='none'><address type='pci' slot='3'/></memballoon>",
    "<memballoon model='virtio' autodeflate='on' freePageReporting='off'><driver iommu='on' ats='off' packed='on' page_per_vq='off'/></memballoon>",
    "<memballoon model='virtio' autodeflate='yes'/>",
    "<memballoon model='virtio'/><memballoon model='virtio'/>",
    "<memballoon model='virtio'><driver/></memballoon>",
    # watchdog
    "<watchdog/>",
    "<watchdog model='x'/>",
    "<watchdog model='ib700' action='y'/>",
    "<watchdog model='i6300esb'/>",
    "<watchdog model='diag288' action='inject-nmi'/><watchdog model='ib700'/>",
    # rng
    "<rng/>",
    "<rng model='virtio'/>",
    "<rng model='virtio'><backend/></rng>",
    "<rng model='virtio'><backend model='random'/><backend model='random'/></rng>",
    "<rng model='virtio'><rate bytes='x'/><backend model='random'/></rng>",
    "<rng model='virtio'><rate bytes='0' period='x'/><backend model='builtin'/></rng>",
    "<rng model='virtio'><rate bytes='10' period='x'/><backend model='builtin'/></rng>",
    "<rng model='virtio'><rate bytes='10' period='5'/><backend model='random'>/dev/urandom</backend><driver iommu='on'/></rng>",
    "<rng model='virtio'><backend model='egd'/></rng>",
    "<rng model='virtio'><backend model='egd' type='unix'><source path='/s'/><protocol type='raw'/></backend></rng>",
    "<rng model='virtio'><backend model='egd' type='tcp'><source mode='bind' host='h' service='1'/><protocol type='telnet'/></backend></rng>",
    "<rng model='virtio'><backend model='egd' type='tcp'><source host='h' service='1'/><protocol type='x'/></backend></rng>",
    "<rng model='virtio'><backend model='egd' type='pipe'/></rng>",
    "<rng model='virtio'><backend model='egd' type='udp'><source mode='bind' service='1'/><source mode='connect' host='h' service='2'/></backend></rng>",
    "<rng model='virtio'><backend model='egd' type='nope'/></rng>",
    "<rng model='virtio'><backend model='nope'/></rng>",
    "<rng model='x'><backend model='builtin'/></rng>",
    # nvram, hub, panic
    "<nvram/>",
    "<nvram/><nvram/>",
    "<hub/>",
    "<hub type='x'/>",
    "<hub type='usb'><alias name='ua-hub'/></hub>",
    "<panic/>",
    "<panic model='x'/>",
    "<panic model='isa'><address type='isa' iobase='0x505'/></panic>",
    "<panic model='hyperv'/><panic model='isa'/><panic model='hyperv'/>",
    "<panic/><panic/>",
    # shmem
    "<shmem/>",
    "<shmem name='a'/>",
    "<shmem name='a' role='master'><model type='ivshmem-plain'/><size unit='K'>3000</size></shmem>",
    "<shmem name='a' role='default'><model type='ivshmem-plain'/></shmem>",
    "<shmem name='a'><model type='ivshmem-doorbell'/><msi vectors='4' ioeventfd='on'/></shmem>",
    "<shmem name='a'><model type='ivshmem-doorbell'/><server path='//tmp///sock/'/><msi vectors='4' ioeventfd='on'/></shmem>",
    "<shmem name='a'><size>x</size></shmem>",
    "<shmem name='a'><model type='bad'/></shmem>",
    # iommu, vsock
    "<iommu/>",
    "<iommu model='intel'><driver caching_mode='off' eim='off' iotlb='on' aw_bits='48'/></iommu>",
    "<iommu model='intel'><driver eim='on'/></iommu>",
    "<iommu model='intel'><driver intremap='on' eim='on'/></iommu>",
    "<iommu model='intel'/><iommu model='intel'/>",
    "<iommu model='virtio'><driver aw_bits='x'/></iommu>",
    "<vsock/>",
    "<vsock model='virtio'><cid address='3'/></vsock>",
    "<vsock><cid auto='yes' address='0'/></vsock>",
    "<vsock><cid auto='maybe'/></vsock>",
    "<vsock/><vsock/>",
    # filesystem
    "<filesystem><source dir='/a'/><target dir='/b'/></filesystem>",
    "<filesystem type='mount'><target dir='/b'/></filesystem>",
    "<filesystem type='mount'/>",
    "<filesystem type='bogus'><source dir='/a'/></filesystem>",
    "<filesystem type='mount' accessmode='squash' fmode='644' dmode='0755' multidevs='remap' model='virtio'><source dir='/a'/><target dir='/b'/><readonly/><space_hard_limit unit='K'>10</space_hard_limit><space_soft_limit>7</space_soft_limit></filesystem>",
    "<filesystem fmode='1000'><source dir='/a'/></filesystem>",
    "<filesystem fmode='9'><source dir='/a'/></filesystem>",
    "<filesystem model='default'><source dir='/a'/></filesystem>",
    "<filesystem type='ram'><source usage='1024' units='MiB'/><target dir='/b'/></filesystem>",
    "<filesystem type='ram'><source/></filesystem>",
    "<filesystem type='ram'><source usage='x'/></filesystem>",
    "<filesystem type='block'><source dev='/dev/sda'/><target dir='/b'/></filesystem>",
    "<filesystem type='file'><driver type='loop' format='raw' wrpolicy='immediate'/><source file='/f.img'/><target dir='/b'/></filesystem>",
    "<filesystem type='file'><driver type='loop' format='none'/><source file='/f.img'/></filesystem>",
    "<filesystem type='template'><source name='t'/><target dir='/b'/></filesystem>",
    "<filesystem type='volume'><source pool='p' volume='v'/><target dir='/b'/></filesystem>",
    "<filesystem type='volume'><source pool='p'/></filesystem>",
    "<filesystem type='mount'><driver type='virtiofs' queue='1024'/><binary path='/usr//libexec/virtiofsd/' xattr='on'><cache mode='always'/><sandbox mode='chroot'/><lock posix='off' flock='on'/><thread_pool size='16'/></binary><source dir='/a'/><target dir='/b'/><boot order='1'/></filesystem>",
    "<filesystem type='mount'><driver type='virtiofs' queue='x'/><source dir='/a'/></filesystem>",
    "<filesystem type='mount'><driver type='virtiofs'/><source socket='/s'/><target dir='/b'/></filesystem>",
    "<filesystem type='mount'><driver type='virtiofs'/><binary><thread_pool size='x'/></binary><source dir='/a'/></filesystem>",
    "<filesystem type='mount'><driver type='virtiofs'/><source dir='/a'/><target dir='t'/></filesystem><filesystem type='mount'><driver type='virtiofs'/><source dir='/b'/><target dir='t'/></filesystem>",
    "<filesystem type='mount'><source dir='/a'/><target dir='t'/></filesystem><filesystem type='mount'><source dir='/b'/><target dir='t'/></filesystem>",
    # hostdev
    "<hostdev mode='subsystem' type='usb'><source><vendor id='0x1234'/><product id='0xbeef'/></source></hostdev>",
    "<hostdev mode='subsystem' type='usb' managed='yes'><source startupPolicy='optional' guestReset='off'><address bus='1' device='2'/></source><boot order='2'/></hostdev>",
    "<hostdev mode='subsystem' type='usb'><source><vendor id='0x1234'/></source></hostdev>",
    "<hostdev mode='subsystem' type='usb'><source><product id='0x1'/></source></hostdev>",
    "<hostdev mode='subsystem' type='usb'><source><vendor id='0'/><product id='1'/></source></hostdev>",
    "<hostdev mode='subsystem' type='usb'><source/></hostdev>",
    "<hostdev mode='subsystem' type='usb'/>",
    "<hostdev mode='subsystem'><source/></hostdev>",
    "<hostdev mode='bad' type='usb'><source/></hostdev>",
    "<hostdev type='floppy'><source/></hostdev>",
    "<hostdev mode='subsystem' type='pci' managed='yes'><driver name='vfio'/><source writeFiltering='yes'><address domain='0x0000' bus='0x06' slot='0x12' function='0x5'/></source><rom bar='off'/><address type='pci' slot='5'/></hostdev>",
    "<hostdev mode='subsystem' type='pci'><source/></hostdev>",
    "<hostdev mode='subsystem' type='pci'><source><address bus='0x100' slot='1'/></source></hostdev>",
    "<hostdev mode='subsystem' type='pci' managed='maybe'><source startupPolicy='optional'/></hostdev>",
    "<hostdev mode='subsystem' type='pci' sgio='filtered'><source/></hostdev>",
    "<hostdev mode='subsystem' type='pci' rawio='yes'><source/></hostdev>",
    "<hostdev mode='subsystem' type='pci' model='virtio'><source/></hostdev>",
    "<hostdev mode='subsystem' type='pci'><driver name='default'/><source/></hostdev>",
    "<hostdev mode='subsystem' type='pci'><source/><teaming type='transient' persistent='ua-net0'/></hostdev>",
    "<hostdev mode='subsystem' type='pci'><source/><teaming persistent='ua-net0'/></hostdev>",
    "<hostdev mode='subsystem' type='pci'><source/><teaming type='none'/></hostdev>",
    # (an explicit controller: the implicit one is the controllers' concern)
    "<hostdev mode='subsystem' type='scsi' sgio='unfiltered' rawio='yes'><source><adapter name='scsi_host0'/><address bus='0' target='0' unit='5'/></source><readonly/><shareable/></hostdev>",
    "<controller type='scsi' index='0'/><hostdev mode='subsystem' type='scsi'><source><adapter name='scsi_host0'/><address bus='0' target='0' unit='0'/></source></hostdev><hostdev mode='subsystem' type='scsi'><source><adapter name='h'/><address bus='0' target='0' unit='1'/></source></hostdev>",
    "<hostdev mode='subsystem' type='scsi'><source><address bus='0' target='0' unit='0'/></source></hostdev>",
    "<hostdev mode='subsystem' type='scsi'><source><adapter name='a'/></source></hostdev>",
    "<hostdev mode='subsystem' type='scsi'><source protocol='nfs'/></hostdev>",
    "<controller type='scsi' index='0'/><hostdev mode='subsystem' type='scsi'><source protocol='iscsi' name='iqn.2014-08.com.example:iscsi-nopool'><host name='example.org' port='3260'/><auth username='myname'><secret type='iscsi' usage='mycluster_myname'/></auth><initiator><iqn name='iqn.2020-07.com.example:test'/></initiator></source><address type='drive' controller='0' bus='0' target='0' unit='4'/></hostdev>",
    "<controller type='scsi' index='0'/><hostdev mode='subsystem' type='scsi'><source protocol='iscsi' name='iqn.x/2'><host name='h'/><auth type='chap' username='u'><secret type='iscsi' uuid='c4dbe20b-b1a3-4ac1-b6e6-2ac97852ebb6'/></auth></source></hostdev>",
    "<hostdev mode='subsystem' type='scsi'><source protocol='iscsi' name='n'/></hostdev>",
    "<hostdev mode='subsystem' type='scsi'><source protocol='iscsi' name='n'><host name='a'/><host name='b'/></source></hostdev>",
    "<hostdev mode='subsystem' type='scsi'><source protocol='iscsi' name='n'><host name='a' port='70000'/></source></hostdev>",
    "<hostdev mode='subsystem' type='scsi'><source protocol='iscsi' name='n'><host name='a'/><auth username='u'><secret type='ceph' usage='x'/></auth></source></hostdev>",
    "<hostdev mode='subsystem' type='scsi'><source protocol='iscsi' name='n'><host name='a'/><auth username='u'><secret usage='x' uuid='c4dbe20b-b1a3-4ac1-b6e6-2ac97852ebb6'/></auth></source></hostdev>",
    "<hostdev mode='subsystem' type='scsi_host'><source protocol='vhost' wwpn='naa.5123456789abcde0'/></hostdev>",
    "<hostdev mode='subsystem' type='scsi_host' model='virtio-transitional'><source protocol='vhost' wwpn='naa.5123456789abcde0'/><address type='pci' slot='8'/></hostdev>",
    "<hostdev mode='subsystem' type='scsi_host'><source protocol='vhost' wwpn='5123456789abcde0'/></hostdev>",
    "<hostdev mode='subsystem' type='scsi_host'><source protocol='none'/></hostdev>",
    "<hostdev mode='subsystem' type='scsi_host'><source/></hostdev>",
    "<hostdev mode='subsystem' type='mdev' model='vfio-pci' display='on' ramfb='off'><source><address uuid='c2177883-f1bb-47f0-914d-32a22e3a8804'/></source></hostdev>",
    "<hostdev mode='subsystem' type='mdev'><source><address uuid='c2177883-f1bb-47f0-914d-32a22e3a8804'/></source></hostdev>",
    "<hostdev mode='subsystem' type='mdev' model='vfio-ccw'><source/></hostdev>",
    "<hostdev mode='subsystem' type='mdev' model='vfio-ccw'><source><address/></source></hostdev>",
    "<hostdev mode='subsystem' type='mdev' model='vfio-ccw'><source><address uuid='zz'/></source></hostdev>",
    "<hostdev mode='subsystem' type='mdev' model='vfio-pci'><source><address uuid='c2177883-f1bb-47f0-914d-32a22e3a8804'/></source><address type='ccw' cssid='0xfe' ssid='0' devno='1'/></hostdev>",
    "<hostdev mode='capabilities' type='storage'><source><block>/dev/sdf1</block></source></hostdev>",
    "<hostdev mode='capabilities' type='misc'><source><char>/dev/input/event3</char></source></hostdev>",
    "<hostdev mode='capabilities' type='net'><source><interface>eth0</interface></source></hostdev>",
    "<hostdev mode='capabilities' type='net'><source><interface>eth0</interface></source><ip address='192.168.1.1' prefix='24'/><route family='ipv4' address='10.0.0.0' prefix='8' gateway='192.168.1.2'/></hostdev>",
    "<hostdev mode='subsystem' type='pci'><source><address function='0x1f'/></source></hostdev>",
    "<hostdev mode='capabilities' type='storage'><source/></hostdev>",
    "<hostdev mode='capabilities' type='usb'><source/></hostdev>",
    # the same host device twice, and other domain-wide rules
    "<hostdev mode='subsystem' type='pci'><source><address bus='1' slot='2'/></source></hostdev><hostdev mode='subsystem' type='pci'><source><address bus='1' slot='2'/></source></hostdev>",
    "<hostdev mode='subsystem' type='usb'><source><vendor id='1'/><product id='2'/></source></hostdev><hostdev mode='subsystem' type='usb'><source><vendor id='1'/><product id='2'/><address bus='3' device='4'/></source></hostdev>",
    "<hostdev mode='subsystem' type='usb'><source><vendor id='1'/><product id='2'/><address bus='3' device='4'/></source></hostdev><hostdev mode='subsystem' type='usb'><source><vendor id='1'/><product id='2'/></source></hostdev>",
    "<hostdev mode='subsystem' type='mdev' model='vfio-pci' ramfb='on'><source><address uuid='c2177883-f1bb-47f0-914d-32a22e3a8804'/></source></hostdev><hostdev mode='subsystem' type='mdev' model='vfio-pci' ramfb='on'><source><address uuid='c2177883-f1bb-47f0-914d-32a22e3a8805'/></source></hostdev>",
    "<hostdev mode='capabilities' type='misc'><source><char>/dev/a</char></source></hostdev><hostdev mode='capabilities' type='misc'><source><char>/dev/a</char></source></hostdev>",
    "<controller type='scsi' index='0'/><hostdev mode='subsystem' type='scsi'><source><adapter name='a'/><address bus='0' target='0' unit='0'/></source><address type='drive' controller='0' bus='1' target='0' unit='3'/></hostdev><hostdev mode='subsystem' type='scsi'><source><adapter name='b'/><address bus='0' target='0' unit='0'/></source><address type='drive' controller='0' bus='1' target='0' unit='3'/></hostdev>",
    "<disk type='file' device='disk'><source file='/a.img'/><target dev='sda' bus='scsi'/><address type='drive' controller='0' bus='0' target='0' unit='0'/></disk><hostdev mode='subsystem' type='scsi'><source><adapter name='a'/><address bus='0' target='0' unit='0'/></source></hostdev>",
    "<disk type='file' device='disk'><source file='/a.img'/><target dev='sdb' bus='scsi'/><address type='drive' controller='0' bus='0' target='0' unit='2'/></disk><hostdev mode='subsystem' type='scsi'><source><adapter name='a'/><address bus='0' target='0' unit='0'/></source><address type='drive' controller='0' bus='0' target='0' unit='2'/></hostdev>",
    "<disk type='file' device='disk'><source file='/a.img'/><target dev='sda' bus='scsi'/></disk><hostdev mode='subsystem' type='scsi'><source><adapter name='a'/><address bus='0' target='0' unit='0'/></source><address type='drive' controller='0' bus='0' target='0' unit='0'/></hostdev>",
    "<hostdev mode='subsystem' type='usb'><source><address bus='1' device='2'/></source><address type='pci' slot='4'/></hostdev>",
    "<hostdev mode='subsystem' type='pci'><source/><address type='usb' bus='0' port='1'/></hostdev>",
    # USB disabled
    "<controller type='usb' index='0' model='none'/><hostdev mode='subsystem' type='usb'><source><address bus='1' device='2'/></source></hostdev>",
    "<controller type='usb' index='0' model='none'/><hub type='usb'/>",
    "<controller type='usb' index='0' model='none'/><hostdev mode='subsystem' type='pci'><source/></hostdev>",
    # memory devices
    "<memory model='dimm'><target><size unit='KiB'>524288</size><node>0</node></target></memory>",
    "<memory/>",
    "<memory model='dimm'/>",
    "<memory model='dimm' access='shared' discard='yes'><source><pagesize unit='KiB'>4</pagesize><nodemask>1-3,^2</nodemask></source><target><size unit='MiB'>128</size></target><address type='dimm' slot='0'/></memory>",
    "<memory model='dimm'><source><nodemask>x</nodemask></source><target><size>1</size></target></memory>",
    "<memory model='dimm'><target><size>1</size><node>-1</node></target></memory>",
    "<memory model='nvdimm'><uuid>49545eb3-75e1-2d0a-acdd-f0294406c99e</uuid><source><path>/tmp/nvdimm</path><alignsize unit='KiB'>2048</alignsize><pmem/></source><target><size unit='KiB'>523264</size><label><size unit='KiB'>128</size></label><readonly/></target></memory>",
    "<memory model='nvdimm'><source><path>/tmp/nvdimm</path></source><target><size unit='KiB'>523264</size><label><size unit='KiB'>64</size></label></target></memory>",
    "<memory model='nvdimm'><uuid>zz</uuid><target><size>1</size></target></memory>",
    "<memory model='virtio-pmem'><source><path>/tmp/p</path></source><target><size unit='MiB'>512</size></target></memory>",
    "<memory model='virtio-mem'><target><size unit='MiB'>512</size><block unit='MiB'>2</block><requested unit='MiB'>256</requested></target></memory>",
    "<memory model='dimm'><target><size>1024</size><node>1</node></target></memory>",
    "<memory model='sgx-epc'><source><nodemask>0</nodemask></source><target><size unit='MiB'>64</size></target></memory>",
]


def domain(i, devices, features=""):
    return (f"<domain type='test'><name>dm{i}</name><uuid>{UUID % i}</uuid>"
            f"<maxMemory slots='16' unit='KiB'>8388608</maxMemory>"
            f"<memory unit='KiB'>4194304</memory>"
            f"<cpu><numa><cell id='0' cpus='0' memory='4194304' unit='KiB'/></numa></cpu>"
            f"<os><type>hvm</type></os>{features}<devices>{devices}</devices></domain>")


def main():
    expect_library()
    c = libvirt.open("test:///default")
    out = []
    for i, devs in enumerate(CASES):
        out.append(f"-- {devs}")
        try:
            d = c.defineXML(domain(i, devs))
        except libvirt.libvirtError as e:
            out.append(f"error {e.get_error_code()} {e.get_error_domain()} {e.get_error_message()}")
            continue
        for flags in (0, libvirt.VIR_DOMAIN_XML_INACTIVE):
            x = d.XMLDesc(flags)
            start, end = x.find("<devices>"), x.find("</devices>")
            out.append(x[start:end].replace("\n", "|") if start >= 0 else "no devices")
        d.undefine()
    # Interrupt remapping with the split I/O APIC it needs.
    features = "<features><ioapic driver='qemu'/></features>"
    iommu = "<iommu model='intel'><driver intremap='on' eim='on'/></iommu>"
    out.append(f"-- {features} {iommu}")
    d = c.defineXML(domain(len(CASES), iommu, features))
    x = d.XMLDesc(0)
    out.append(x[x.find("<iommu"):x.find("</devices>")].replace("\n", "|"))
    d.undefine()
    # A memory device on a NUMA node of a guest without NUMA.
    dimm = "<memory model='dimm'><target><size>1024</size><node>0</node></target></memory>"
    out.append(f"-- no NUMA: {dimm}")
    try:
        c.defineXML(domain(len(CASES) + 1, dimm).replace(
            "<cpu><numa><cell id='0' cpus='0' memory='4194304' unit='KiB'/></numa></cpu>", ""))
    except libvirt.libvirtError as e:
        out.append(f"error {e.get_error_code()} {e.get_error_domain()} {e.get_error_message()}")
    c.close()
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
