"""Elements of the domain definition outside <devices> as the test driver
of test:///default keeps them: each document is defined and read back (or
its error printed). Run by Debian's prebuilt python3-libvirt once on the C
library and once on ours; run.sh compares the two transcripts.

Usage: python3 toplevel_xml_scenario.py EXPECTED_LIBDIR   (or "system")
"""
import sys

import libvirt
from transcript import Transcript, expect_library, silence_default_errors


silence_default_errors()

transcript = Transcript()
out, say, call = transcript.out, transcript.say, transcript.call

# (label, what goes before <os>, what goes after it)
DOCS = [
    ("seclabel none", "", "<seclabel type='none'/>"),
    ("seclabel no type", "", "<seclabel/>"),
    ("seclabel model none", "", "<seclabel model='none' type='dynamic'/>"),
    ("seclabel dynamic", "", "<seclabel type='dynamic' model='selinux'><baselabel>x</baselabel><label>l</label></seclabel>"),
    ("seclabel dup", "", "<seclabel type='static' model='dac' relabel='no'><label>a</label></seclabel><seclabel model='dac'/>"),
    ("seclabel no label", "", "<seclabel type='static'/>"),
    ("seclabel dynamic norelabel", "", "<seclabel type='dynamic' relabel='no'/>"),
    ("seclabel default", "", "<seclabel type='default'/>"),
    ("seclabel no model of two", "", "<seclabel model='a'/><seclabel type='none'/>"),
    ("seclabel static", "", "<seclabel type='static' model='selinux' relabel='yes'><label>q&amp;</label><imagelabel>i</imagelabel></seclabel>"),
    ("seclabel none relabel", "", "<seclabel type='none' relabel='yes'/>"),
    ("memtune", "<memtune><hard_limit unit='MB'>10</hard_limit><soft_limit unit='bytes'>0</soft_limit>"
     "<swap_hard_limit unit='KB'>1048576</swap_hard_limit><min_guarantee>5</min_guarantee></memtune>", ""),
    ("memtune unlimited", "<memtune><hard_limit>9007199254740991</hard_limit></memtune>", ""),
    ("memtune bad", "<memtune><hard_limit>x</hard_limit></memtune>", ""),
    ("memtune bad unit", "<memtune><soft_limit unit='parsec'>1</soft_limit></memtune>", ""),
    ("memoryBacking", "<memoryBacking><discard/><access mode='shared'/><source type='memfd'/>"
     "<hugepages><page size='2' unit='M' nodeset='0-1,^1'/><page size='1048576'/></hugepages><locked/></memoryBacking>", ""),
    ("features", "", "<features><vmcoreinfo/><acpi/><pmu state='off'/><hyperv mode='passthrough'/><apic eoi='on'/>"
     "<smm><tseg unit='KiB'>49152</tseg></smm><hpt><maxpagesize unit='MiB'>2</maxpagesize></hpt></features>"),
    ("features hyperv", "", "<features><hyperv><relaxed state='on'/></hyperv></features>"),
    ("features empty", "", "<features/>"),
    ("cputune", "<iothreads>2</iothreads><cputune><emulatorpin cpuset='0-3,^2'/><vcpupin vcpu='1' cpuset='1'/>"
     "<vcpupin vcpu='0' cpuset='0'/><vcpupin vcpu='9' cpuset='0'/><iothreadpin iothread='2' cpuset='1'/>"
     "<quota>-1</quota><shares>0</shares><period>0</period><vcpusched vcpus='0-1' scheduler='fifo' priority='1'/>"
     "<iothreadsched iothreads='1-2' scheduler='batch'/><emulatorsched scheduler='idle'/></cputune>", ""),
    ("cputune dup pin", "<cputune><vcpupin vcpu='0' cpuset='0'/><vcpupin vcpu='0' cpuset='1'/></cputune>", ""),
    ("cputune empty pin", "<cputune><vcpupin vcpu='0' cpuset='^0'/></cputune>", ""),
    ("cputune bad shares", "<cputune><shares>-1</shares></cputune>", ""),
    ("cputune iothreadpin missing", "<cputune><iothreadpin iothread='1' cpuset='0'/></cputune>", ""),
    ("cputune sched overlap", "<cputune><vcpusched vcpus='0' scheduler='idle'/><vcpusched vcpus='0-1' scheduler='batch'/></cputune>", ""),
    ("cputune sched no prio", "<cputune><vcpusched vcpus='0' scheduler='rr'/></cputune>", ""),
    ("cputune sched vcpu missing", "<cputune><vcpusched vcpus='7' scheduler='idle'/></cputune>", ""),
    ("cputune two emulatorpins", "<cputune><emulatorpin cpuset='0'/><emulatorpin cpuset='1'/></cputune>", ""),
    ("cachetune", "<cputune><cachetune vcpus='0-3' id='x'><cache id='0' level='3' type='both' size='3' unit='MiB'/></cachetune>"
     "<cachetune vcpus='5'><cache id='0' level='3' type='both' size='3' unit='MiB'/></cachetune></cputune>", ""),
    ("cpu empty", "", "<cpu></cpu>"),
    ("cpu numa", "", "<cpu><maxphysaddr bits='42' mode='emulate'/><numa><cell id='1' cpus='1' memory='512' unit='MiB'>"
     "<distances><sibling id='0' value='21'/><sibling id='1' value='10'/></distances></cell>"
     "<cell id='0' cpus='0' memory='512' unit='MiB'/></numa></cpu>"),
    ("os firmware features no firmware", "", ""),
    ("loader", "", ""),
    ("memory devices", "", "<cpu><numa><cell id='0' cpus='0-1' memory='512' unit='MiB'/></numa></cpu>"
     "<devices><memory model='dimm'><target><size unit='MiB'>256</size><node>0</node></target></memory></devices>"),
    ("memory devices no memory", "", "<cpu><numa><cell id='0' cpus='0-1' memory='512' unit='MiB'/></numa></cpu>"
     "<devices><memory model='dimm'><target><size unit='MiB'>256</size><node>0</node></target></memory></devices>"),
    ("hugepages nodes", "<memoryBacking><hugepages><page size='2048' nodeset='1'/></hugepages></memoryBacking>", ""),
    ("hugepages overlap", "<memoryBacking><hugepages><page size='2048' nodeset='0'/><page size='4' unit='MiB' nodeset='0'/></hugepages></memoryBacking>",
     "<cpu><numa><cell id='0' cpus='0' memory='512' unit='MiB'/><cell id='1' cpus='1' memory='512' unit='MiB'/></numa></cpu>"),
    ("hugepages cells", "<memoryBacking><hugepages><page size='2048' nodeset='1'/><page size='1' unit='G'/></hugepages></memoryBacking>",
     "<cpu><numa><cell id='0' cpus='0' memory='512' unit='MiB'/><cell id='1' cpus='1' memory='512' unit='MiB'/></numa></cpu>"),
    ("memory devices too big", "", "<devices><memory model='dimm'><target><size unit='GiB'>4</size><node>0</node></target></memory></devices>"),
    ("blkiotune", "<blkiotune><weight>100</weight><device><path>/dev/a</path><weight>0</weight></device>"
     "<device><path>/dev/b</path><read_bytes_sec>5</read_bytes_sec></device></blkiotune>", ""),
    ("numatune", "<numatune><memory mode='interleave' nodeset='1-3,^2'/></numatune>", ""),
    ("iothreads", "<iothreads>3</iothreads><iothreadids><iothread id='7' thread_pool_max='4'/></iothreadids>", ""),
    ("iothreads pool", "<iothreadids><iothread id='1' thread_pool_min='4' thread_pool_max='2'/></iothreadids>", ""),
    ("iothreads max zero", "<defaultiothread thread_pool_max='0'/>", ""),
    ("clock timers", "", "<clock offset='localtime'><timer name='rtc' tickpolicy='catchup' track='guest'/>"
     "<timer present='no' name='pit'/><timer name='hpet' present='yes'/></clock>"),
    ("clock variable", "", "<clock offset='variable' adjustment='123' basis='localtime'/>"),
    ("clock variable bare", "", "<clock offset='variable'/>"),
    ("clock variable bad basis", "", "<clock offset='variable' basis='mars'/>"),
    ("clock utc numeric adjustment", "", "<clock offset='utc' adjustment='-5'/>"),
    ("clock utc bad adjustment", "", "<clock offset='utc' adjustment='soon'/>"),
    ("clock utc reset", "", "<clock offset='utc' adjustment='reset'/>"),
    ("clock timezone", "", "<clock offset='timezone' timezone='Europe/Paris'/>"),
    ("clock timezone missing", "", "<clock offset='timezone'/>"),
    ("clock absolute", "", "<clock offset='absolute' start='1234'/>"),
    ("clock catchup", "", "<clock offset='utc'><timer name='rtc' tickpolicy='catchup'><catchup limit='10000' threshold='123'/></timer></clock>"),
    ("clock catchup without policy", "", "<clock offset='utc'><timer name='rtc'><catchup slew='1'/></timer></clock>"),
    ("clock bad timer", "", "<clock offset='utc'><timer name='foo'/></clock>"),
    ("clock kvmclock tickpolicy", "", "<clock offset='utc'><timer name='kvmclock' tickpolicy='delay'/></clock>"),
    ("clock tsc", "", "<clock offset='utc'><timer name='tsc' mode='native' frequency='100'/></clock>"),
    ("clock track pit", "", "<clock offset='utc'><timer name='pit' track='guest'/></clock>"),
    ("pm", "", "<pm><suspend-to-disk enabled='no'/><suspend-to-mem enabled='yes'/></pm>"),
    ("pm bad", "", "<pm><suspend-to-mem enabled='maybe'/></pm>"),
    ("perf", "", "<perf><event enabled='yes' name='cmt'/><event name='mbmt' enabled='no'/><event name='cpu_cycles' enabled='yes'/></perf>"),
    ("perf bad", "", "<perf><event name='nope' enabled='yes'/></perf>"),
    ("perf twice", "", "<perf><event name='cmt' enabled='yes'/><event name='cmt' enabled='no'/></perf>"),
    ("perf no state", "", "<perf><event name='cmt'/></perf>"),
    ("sysinfo", "<sysinfo type='smbios'><system><entry name='product'>P</entry><entry name='manufacturer'>M</entry></system>"
     "<bios><entry name='release'>1.0</entry><entry name='vendor'>V</entry></bios></sysinfo>", ""),
    ("idmap", "", "<idmap><gid start='5' target='1000' count='10'/><uid target='1000' start='0' count='10'/>"
     "<gid target='2000' start='0' count='5'/></idmap>"),
    ("idmap bad", "", "<idmap><uid start='0' target='1000'/></idmap>"),
    ("maxMemory", "<maxMemory slots='16' unit='KiB'>4194304</maxMemory>", ""),
    ("maxMemory no slots", "<maxMemory unit='KiB'>4194304</maxMemory>", ""),
    ("maxMemory small", "<maxMemory slots='2' unit='KiB'>1024</maxMemory>", ""),
    # OS, firmware and loader variants (the <os> is in OS below).
    ("os: os bootmenu", "", ""),
    ("os: os bootmenu no", "", ""),
    ("os: os bootmenu bad timeout", "", ""),
    ("os: os kernel", "", ""),
    ("os: os nvram", "", ""),
    ("os: os loader pflash", "", ""),
    ("os: os firmware bios", "", ""),
    ("os: os firmware bad", "", ""),
    ("os: os boot bad", "", ""),
    ("os: os many boots", "", ""),
    ("os: os machine", "", ""),
    ("os: os bad arch", "", ""),
    ("os: os smbios bad", "", ""),
    ("os: os bios bad", "", ""),
    ("os: os reboot timeout bad", "", ""),
    ("os: os init", "", ""),
    ("os: os xen", "", ""),
    ("os: bootloader", "", ""),
    ("os: os linux", "", ""),
    ("os: fw efi readonly", "", ""),
    ("os: fw efi type", "", ""),
    ("os: fw efi path", "", ""),
    ("os: fw efi insecure", "", ""),
    ("os: fw efi stateless nvram", "", ""),
    ("os: fw bios nvram", "", ""),
    ("os: fw none", "", ""),
    ("os: loader no path", "", ""),
    ("os: nvram alone", "", ""),
    ("os: loader stateless nvram", "", ""),
    ("os: loader not stateless rom", "", ""),
    # Features, ciphers, lifecycle actions, CPU and NUMA variants.
    ("features kvm", "", "<features><kvm><pv-ipi state='off'/><hidden state='on'/><dirty-ring state='on' size='4096'/></kvm></features>"),
    ("features kvm empty", "", "<features><kvm/></features>"),
    ("features gic", "", "<features><gic version='3'/><ioapic driver='kvm'/></features>"),
    ("features gic bare", "", "<features><gic/></features>"),
    ("features caps", "", "<features><capabilities policy='allow'><mknod state='on'/><sys_chroot state='off'/></capabilities></features>"),
    ("features caps default", "", "<features><capabilities/></features>"),
    ("features apic", "", "<features><apic/><pae/><hap state='off'/><viridian/><privnet/></features>"),
    ("features hyperv full", "", "<features><hyperv><spinlocks state='on' retries='4096'/><vendor_id state='on' value='KVM Hv'/><stimer state='on'><direct state='on'/></stimer><vapic state='off'/><relaxed state='on'/></hyperv></features>"),
    ("features hyperv bad", "", "<features><hyperv><bogus state='on'/></hyperv></features>"),
    ("features bad", "", "<features><bogus/></features>"),
    ("features acpi off", "", "<features><acpi state='off'/></features>"),
    ("features vmport", "", "<features><vmport state='off'/><pvspinlock/></features>"),
    ("features msrs", "", "<features><msrs unknown='ignore'/><tcg><tb-cache unit='MiB'>128</tb-cache></tcg></features>"),
    ("features cfpc", "", "<features><cfpc value='workaround'/><sbbc value='broken'/><ibs value='fixed-ibs'/><htm state='on'/><nested-hv state='off'/><ccf-assist/></features>"),
    ("features xen", "", "<features><xen><e820_host state='on'/><passthrough state='on' mode='sync_pt'/></xen></features>"),
    ("features smm off", "", "<features><smm state='off'><tseg unit='MiB'>48</tseg></smm></features>"),
    ("features hpt", "", "<features><hpt resizing='required'><maxpagesize unit='KiB'>64</maxpagesize></hpt></features>"),
    ("keywrap", "", "<keywrap><cipher name='aes' state='on'/><cipher name='dea' state='off'/></keywrap>"),
    ("keywrap dup", "", "<keywrap><cipher name='aes' state='on'/><cipher name='aes' state='off'/></keywrap>"),
    ("resource", "", "<resource><partition>/machine</partition></resource>"),
    ("resource fibre", "", "<resource><fibrechannel appid='userid_1'/></resource>"),
    ("on actions", "", "<on_poweroff>restart</on_poweroff><on_reboot>destroy</on_reboot><on_crash>coredump-restart</on_crash>"),
    ("on reboot coredump", "", "<on_reboot>coredump-destroy</on_reboot>"),
    ("on_lockfailure", "", "<on_lockfailure>pause</on_lockfailure>"),
    ("cpu model only", "", "<cpu><model>Haswell</model></cpu>"),
    ("cpu host-model feature", "", "<cpu mode='host-model'><feature policy='require' name='vmx'/></cpu>"),
    ("cpu topology", "", "<cpu><topology sockets='1' dies='1' cores='2' threads='1'/></cpu>"),
    ("cpu custom nomodel", "", "<cpu match='exact'/>"),
    ("cpu check full", "", "<cpu mode='custom' match='exact' check='full'><model fallback='forbid'>qemu64</model></cpu>"),
    ("cpu cache", "", "<cpu mode='host-passthrough'><cache level='3' mode='emulate'/></cpu>"),
    ("cpu numa memAccess", "", "<cpu><numa><cell id='0' cpus='0-1' memory='1048576' memAccess='shared' discard='yes'/></numa></cpu>"),
    ("cpu numa bad id", "", "<cpu><numa><cell id='3' cpus='0-1' memory='1048576'/></numa></cpu>"),
    ("title newline", "", "<title>a\nb</title>"),
    ("description", "", "<description>x &lt; y</description><title></title>"),
]
# Memory, vCPU and NUMA variants: everything before <os>. (A vCPU count
# of -1 is left out: the C library crashes on it.)
BODIES = [
    ("mem units", "<memory unit='G'>1</memory><currentMemory unit='M'>512</currentMemory><vcpu>1</vcpu>"),
    ("mem cur bigger", "<memory>1024</memory><currentMemory>4096</currentMemory><vcpu>1</vcpu>"),
    ("mem zero", "<memory>0</memory><vcpu>1</vcpu>"),
    ("mem bad", "<memory>x</memory><vcpu>1</vcpu>"),
    ("mem neg", "<memory>-1</memory><vcpu>1</vcpu>"),
    ("mem huge", "<memory unit='E'>100</memory><vcpu>1</vcpu>"),
    ("mem dumpcore bad", "<memory dumpCore='maybe'>1024</memory><vcpu>1</vcpu>"),
    ("vcpu cpuset", "<memory>1024</memory><vcpu cpuset='0-3,^1' current='1'>2</vcpu>"),
    ("vcpu cpuset empty", "<memory>1024</memory><vcpu cpuset='^1'>2</vcpu>"),
    ("vcpu cpuset bad", "<memory>1024</memory><vcpu cpuset='x'>2</vcpu>"),
    ("vcpu auto cpuset", "<memory>1024</memory><vcpu placement='auto' cpuset='1'>2</vcpu>"),
    ("vcpu zero", "<memory>1024</memory><vcpu>0</vcpu>"),
    ("vcpu current zero", "<memory>1024</memory><vcpu current='0'>2</vcpu>"),
    ("vcpu current big", "<memory>1024</memory><vcpu current='3'>2</vcpu>"),
    ("vcpu bad placement", "<memory>1024</memory><vcpu placement='x'>2</vcpu>"),
    ("vcpu huge", "<memory>1024</memory><vcpu>5000</vcpu>"),
    ("numa auto no vcpupin", "<memory>1024</memory><vcpu>2</vcpu><numatune><memory placement='auto'/></numatune><cputune><vcpupin vcpu='0' cpuset='1'/></cputune>"),
    ("numa cell memory only", "<vcpu>2</vcpu><cpu><numa><cell id='0' cpus='0-1' memory='2' unit='GiB'/></numa></cpu>"),
    ("numa cpus exceed", "<memory>1024</memory><vcpu>2</vcpu><cpu><numa><cell id='0' cpus='0-3' memory='1024'/></numa></cpu>"),
    ("iothreads with numa", "<memory>1024</memory><vcpu>2</vcpu><iothreads>1</iothreads><numatune><memory placement='auto'/></numatune><cputune><iothreadpin iothread='1' cpuset='1'/></cputune>"),
]
BODIES += [
    # Tuning values and their ranges.
    ("period small", "<memory>1048576</memory><vcpu>2</vcpu><cputune><period>10</period></cputune>"),
    ("period ok", "<memory>1048576</memory><vcpu>2</vcpu><cputune><period>100000</period><quota>50000</quota></cputune>"),
    ("quota small", "<memory>1048576</memory><vcpu>2</vcpu><cputune><quota>10</quota></cputune>"),
    ("quota neg", "<memory>1048576</memory><vcpu>2</vcpu><cputune><quota>-5</quota></cputune>"),
    ("quota minus one", "<memory>1048576</memory><vcpu>2</vcpu><cputune><quota>-1</quota></cputune>"),
    ("global period big", "<memory>1048576</memory><vcpu>2</vcpu><cputune><global_period>2000000</global_period></cputune>"),
    ("emulator quota", "<memory>1048576</memory><vcpu>2</vcpu><cputune><emulator_quota>17592186044416</emulator_quota></cputune>"),
    ("shares big", "<memory>1048576</memory><vcpu>2</vcpu><cputune><shares>262145</shares></cputune>"),
    ("resource bad", "<memory>1048576</memory><vcpu>2</vcpu><resource><partition>machine</partition></resource>"),
    ("resource two", "<memory>1048576</memory><vcpu>2</vcpu><resource><partition>/a</partition></resource><resource><partition>/b</partition></resource>"),
    ("memtune order", "<memory>1048576</memory><vcpu>2</vcpu><memtune><hard_limit>2048</hard_limit><swap_hard_limit>1024</swap_hard_limit></memtune>"),
    ("memtune min", "<memory>1048576</memory><vcpu>2</vcpu><memtune><min_guarantee unit='G'>1</min_guarantee></memtune>"),
    ("blkio weight range", "<memory>1048576</memory><vcpu>2</vcpu><blkiotune><weight>5</weight></blkiotune>"),
    ("blkio dev weight range", "<memory>1048576</memory><vcpu>2</vcpu><blkiotune><device><path>/a</path><weight>5</weight></device></blkiotune>"),
    ("numatune bad memnode mode", "<memory>1048576</memory><vcpu>2</vcpu><numatune><memory mode='interleave' nodeset='0'/></numatune>"),
    ("iothreadsched missing", "<memory>1048576</memory><vcpu>2</vcpu><cputune><iothreadsched iothreads='3' scheduler='idle'/></cputune>"),
    ("emulatorsched", "<memory>1048576</memory><vcpu>2</vcpu><cputune><emulatorsched scheduler='fifo' priority='5'/></cputune>"),
    ("vcpusched rr", "<memory>1048576</memory><vcpu>2</vcpu><cputune><vcpusched vcpus='0' scheduler='rr' priority='-5'/></cputune>"),
]
OS = {
    "os: os bootmenu": "<os><type>hvm</type><bootmenu enable='yes' timeout='3000'/><bios useserial='yes' rebootTimeout='0'/><smbios mode='sysinfo'/><boot dev='network'/><boot dev='cdrom'/></os>",
    "os: os bootmenu no": "<os><type>hvm</type><bootmenu enable='no' timeout='3000'/></os>",
    "os: os bootmenu bad timeout": "<os><type>hvm</type><bootmenu enable='yes' timeout='99999'/></os>",
    "os: os kernel": "<os><type>hvm</type><kernel>/k</kernel><initrd>/i</initrd><cmdline>c</cmdline><dtb>/d</dtb><acpi><table type='slic'>/s</table></acpi></os>",
    "os: os nvram": "<os firmware='efi'><type>hvm</type><nvram template='/t'>/n</nvram></os>",
    "os: os loader pflash": "<os><type>hvm</type><loader readonly='yes' type='pflash' secure='yes'>/l</loader><nvram>/n</nvram></os>",
    "os: os firmware bios": "<os firmware='bios'><type>hvm</type></os>",
    "os: os firmware bad": "<os firmware='uefi'><type>hvm</type></os>",
    "os: os boot bad": "<os><type>hvm</type><boot dev='floppy'/></os>",
    "os: os many boots": "<os><type>hvm</type><boot dev='hd'/><boot dev='hd'/><boot dev='cdrom'/><boot dev='fd'/><boot dev='network'/></os>",
    "os: os machine": "<os><type arch='x86_64' machine='pc-i440fx-2.12'>hvm</type></os>",
    "os: os bad arch": "<os><type arch='z80'>hvm</type></os>",
    "os: os smbios bad": "<os><type>hvm</type><smbios mode='x'/></os>",
    "os: os bios bad": "<os><type>hvm</type><bios useserial='maybe'/></os>",
    "os: os reboot timeout bad": "<os><type>hvm</type><bios rebootTimeout='70000'/></os>",
    "os: os init": "<os><type>exe</type><init>/bin/sh</init><initarg>-c</initarg><initenv name='A'>b</initenv><initdir>/</initdir><inituser>u</inituser><initgroup>g</initgroup></os>",
    "os: os xen": "<os><type>xen</type><kernel>/k</kernel></os>",
    "os: bootloader": "<bootloader>/usr/bin/pygrub</bootloader><bootloader_args>-q</bootloader_args><os><type>xen</type></os>",
    "os: os linux": "<os><type>linux</type></os>",
    "os: fw efi readonly": "<os firmware='efi'><type>hvm</type><loader readonly='yes'/></os>",
    "os: fw efi type": "<os firmware='efi'><type>hvm</type><loader type='pflash'/></os>",
    "os: fw efi path": "<os firmware='efi'><type>hvm</type><loader>/x</loader></os>",
    "os: fw efi insecure": "<os firmware='efi'><type>hvm</type><loader secure='no'/></os>",
    "os: fw efi stateless nvram": "<os firmware='efi'><type>hvm</type><loader secure='yes' stateless='yes'/><nvram>/n</nvram></os>",
    "os: fw bios nvram": "<os firmware='bios'><type>hvm</type><nvram>/n</nvram></os>",
    "os: fw none": "<os firmware='none'><type>hvm</type></os>",
    "os: loader no path": "<os><type>hvm</type><loader readonly='yes'/></os>",
    "os: nvram alone": "<os><type>hvm</type><nvram>/n</nvram></os>",
    "os: loader stateless nvram": "<os><type>hvm</type><loader stateless='yes' type='pflash'>/x</loader><nvram>/n</nvram></os>",
    "os: loader not stateless rom": "<os><type>hvm</type><loader stateless='no'>/x</loader></os>",
    "os firmware features no firmware": "<os><type>hvm</type><firmware><feature enabled='yes' name='bogus'/></firmware></os>",
    "loader": "<os><type>hvm</type><loader readonly='yes'>/x.fd</loader></os>",
}


def read_back(c, x):
    """Defines `x` and reads it back (then undefines it): everything but
    the devices, which are not this scenario's."""
    d = c.defineXML(x)
    text = d.XMLDesc(0)
    d.undefine()
    a, b = text.find("<devices>"), text.find("</devices>")
    return text[:a] + text[b:]


def main():
    expect_library()
    c = libvirt.open("test:///default")
    for i, (label, before, after) in enumerate(DOCS):
        os_ = OS.get(label, "<os><type>hvm</type></os>")
        cpu = "" if "<cpu" in after else ""
        memory = "" if label.endswith("no memory") else "<memory unit='MiB'>1024</memory>"
        x = (f"<domain type='test'><name>tl{i}</name><uuid>0f1e2d3c-4b5a-4697-8879-{i:012d}</uuid>"
             f"{memory}<vcpu>2</vcpu>{before}{os_}{cpu}{after}</domain>")
        call(label, read_back, c, x)
    for i, (label, body) in enumerate(BODIES):
        x = (f"<domain type='test'><name>tb{i}</name><uuid>0f1e2d3c-4b5a-4697-8879-{900 + i:012d}</uuid>"
             f"{body}<os><type>hvm</type></os></domain>")
        call(label, read_back, c, x)
    c.close()
    transcript.print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
