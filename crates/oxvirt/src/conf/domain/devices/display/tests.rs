//! The display and human-interface devices against what libvirt 9.0's
//! test driver answers for the same documents.

use super::super::super::DomainDef;
use super::super::FormatCtx;
use oxvirt_abi::{virErrorDomain, virErrorNumber};

fn dom_on(arch: &str, os: &str, devices: &str) -> String {
    format!(
        "<domain type='test'><name>d</name><uuid>11111111-2222-3333-4444-555555555555</uuid>\
         <memory>65536</memory><os><type arch='{arch}'>{os}</type></os>\
         <devices>{devices}</devices></domain>"
    )
}

fn dom(devices: &str) -> String {
    dom_on("x86_64", "hvm", devices)
}

/// The `<devices>` part of the canonical form under `cx`.
fn devices_with(devices: &str, cx: &FormatCtx) -> String {
    let xml = DomainDef::parse(&dom(devices))
        .unwrap()
        .format_with(None, cx);
    let start = xml.find("  <devices>\n").unwrap() + "  <devices>\n".len();
    let end = xml.find("  </devices>").unwrap();
    xml[start..end].to_string()
}

fn devices(devices: &str) -> String {
    devices_with(devices, &FormatCtx::default())
}

fn refused(devices: &str) -> (i32, i32, String) {
    let e = DomainDef::parse(&dom(devices)).unwrap_err();
    (e.code, e.domain, e.message)
}

const DOMAIN: i32 = virErrorDomain::VIR_FROM_DOMAIN as i32;
const XML: i32 = virErrorDomain::VIR_FROM_XML as i32;
const UNSUPPORTED: i32 = virErrorNumber::VIR_ERR_CONFIG_UNSUPPORTED as i32;
const XML_ERROR: i32 = virErrorNumber::VIR_ERR_XML_ERROR as i32;
const INTERNAL: i32 = virErrorNumber::VIR_ERR_INTERNAL_ERROR as i32;

#[test]
fn graphics_bring_a_primary_cirrus_video() {
    assert_eq!(
        devices("<graphics type='vnc'/>"),
        "    <graphics type='vnc' port='-1' autoport='yes'>
      <listen type='address'/>
    </graphics>
    <video>
      <model type='cirrus' vram='16384' heads='1' primary='yes'/>
    </video>
"
    );
    // Without graphics there is no implicit video.
    assert_eq!(
        devices("<input type='tablet'/>"),
        "    <input type='tablet' bus='usb'/>\n"
    );
}

#[test]
fn video_defaults_follow_the_model_and_the_guest() {
    assert_eq!(
        devices("<video><model type='qxl' vram='9000'/></video>"),
        "    <video>
      <model type='qxl' ram='65536' vram='16384' heads='1' primary='yes'/>
    </video>
"
    );
    let ppc = DomainDef::parse(&dom_on("ppc64", "hvm", "<video/>")).unwrap();
    assert!(ppc.format(None).contains("<model type='vga' vram='16384'"));
    let xen = DomainDef::parse(&dom_on("x86_64", "xen", "<video/>")).unwrap();
    assert!(xen.format(None).contains("<model type='xen' vram='4096'"));
    // A `none` adapter keeps nothing filled in but its user alias.
    assert_eq!(
        devices("<video><model type='none' vram='1024'/><alias name='ua-v'/></video>"),
        "    <video>
      <model type='none'/>
      <alias name='ua-v'/>
    </video>
"
    );
}

#[test]
fn the_primary_video_goes_first() {
    let out = devices(
        "<video><model type='vga'/></video><video><model type='qxl' primary='yes'/></video>\
         <video><model type='bochs'/></video>",
    );
    let order: Vec<&str> = out
        .lines()
        .filter_map(|l| l.trim().strip_prefix("<model type='"))
        .map(|l| l.split('\'').next().unwrap_or(""))
        .collect();
    assert_eq!(order, ["qxl", "vga", "bochs"]);
    assert_eq!(
        refused(
            "<video><model type='vga' primary='yes'/></video>\
             <video><model type='qxl' primary='yes'/></video>"
        ),
        (
            UNSUPPORTED,
            DOMAIN,
            "unsupported configuration: Only one primary video device is supported".into()
        )
    );
}

#[test]
fn passwords_only_in_the_secure_form() {
    let g = "<graphics type='vnc' passwd='s&lt;3' passwdValidTo='2010-04-09T15:51:00' connected='keep'/>";
    assert!(devices(g).contains(
        "<graphics type='vnc' port='-1' autoport='yes' passwdValidTo='2010-04-09T15:51:00' connected='keep'>"
    ));
    let secure = FormatCtx {
        secure: true,
        ..FormatCtx::default()
    };
    assert!(devices_with(g, &secure).contains(
        "autoport='yes' passwd='s&lt;3' passwdValidTo='2010-04-09T15:51:00' connected='keep'>"
    ));
}

#[test]
fn listen_rules_between_attribute_and_elements() {
    assert_eq!(
        refused("<graphics type='vnc' listen='1.2.3.4'><listen type='address' address='1.2.3.5'/></graphics>"),
        (
            UNSUPPORTED,
            DOMAIN,
            "unsupported configuration: graphics 'listen' attribute '1.2.3.4' must match 'address' attribute of first listen element (found '1.2.3.5')".into()
        )
    );
    assert_eq!(
        refused("<graphics type='vnc'><listen type='network'/></graphics>"),
        (
            XML_ERROR,
            DOMAIN,
            "XML error: 'network' attribute is required for listen type 'network'".into()
        )
    );
    assert_eq!(
        refused("<graphics type='rdp'><listen type='socket'/></graphics>").2,
        "unsupported configuration: listen type 'socket' is not available for graphics type 'rdp'"
    );
    // The socket attribute replaces a first address listen.
    assert!(devices(
        "<graphics type='vnc' socket='/tmp/s'><listen type='address' address='1.2.3.4'/></graphics>"
    )
    .starts_with("    <graphics type='vnc' socket='/tmp/s'>\n      <listen type='socket' socket='/tmp/s'/>\n"));
    // SPICE with no port and no autoport listens nowhere.
    assert!(devices("<graphics type='spice' port='0' autoport='no'/>")
        .starts_with("    <graphics type='spice'>\n      <listen type='none'/>\n"));
    // Addresses are written as libvirt writes them: unescaped.
    assert!(devices("<graphics type='vnc' listen='a&amp;b'/>").contains("listen='a&b'"));
}

#[test]
fn graphics_errors_match_libvirt() {
    assert_eq!(
        refused("<graphics type='vnc' passwd='x' connected='fail'/>").2,
        "unsupported configuration: VNC supports connected='keep' only"
    );
    assert_eq!(
        refused("<graphics type='vnc' passwd='x' passwdValidTo='2010-04-09 15:51:00'/>"),
        (
            INTERNAL,
            DOMAIN,
            "internal error: cannot parse password validity time '2010-04-09 15:51:00', expect YYYY-MM-DDTHH:MM:SS".into()
        )
    );
    assert_eq!(
        refused("<graphics type='vnc'><audio id='3'/></graphics>").2,
        "XML error: no audio device with ID 3"
    );
    assert_eq!(
        refused("<graphics type='spice'><image compression='default'/></graphics>"),
        (
            XML_ERROR,
            XML,
            "XML error: Invalid value for attribute 'compression' in element 'image': 'default'."
                .into()
        )
    );
    assert_eq!(
        refused("<graphics type='dbus' p2p='yes' address='unix:path=/x'/>").2,
        "XML error: D-Bus p2p with an address is not supported"
    );
}

#[test]
fn inputs_get_libvirt_buses_and_checks() {
    assert_eq!(
        devices("<input type='tablet'/><input type='mouse'/><input type='keyboard'/>"),
        "    <input type='tablet' bus='usb'/>
    <input type='mouse' bus='ps2'/>
    <input type='keyboard' bus='ps2'/>
"
    );
    let s390 = DomainDef::parse(&dom_on("s390x", "hvm", "<input type='tablet'/>")).unwrap();
    assert!(s390
        .format(None)
        .contains("<input type='tablet' bus='virtio'/>"));
    assert_eq!(
        refused("<input bus='usb'/>"),
        (
            INTERNAL,
            DOMAIN,
            "internal error: missing input device type".into()
        )
    );
    assert_eq!(
        refused("<controller type='usb' model='none'/><input type='tablet' bus='usb'/>").2,
        "unsupported configuration: Can't add USB input device. USB bus is disabled"
    );
    assert_eq!(
        refused("<input type='tablet' bus='usb' model='virtio'/>").2,
        "unsupported configuration: only bus 'virtio' is supported for input model 'virtio'"
    );
    assert_eq!(
        refused("<input type='passthrough' bus='virtio'><source/></input>"),
        (
            XML_ERROR,
            DOMAIN,
            "XML error: Missing evdev path for input device".into()
        )
    );
    // A migration stream leaves out the PS/2 keyboard.
    let migratable = FormatCtx {
        migratable: true,
        ..FormatCtx::default()
    };
    assert_eq!(devices_with("<input type='keyboard'/>", &migratable), "");
}

#[test]
fn sound_and_audio_round_trip() {
    let audio = "<audio id='1' type='alsa' timerPeriod='100'><input mixingEngine='yes' \
                 fixedSettings='yes' dev='/dev/a'><settings frequency='44100' format='s16'/>\
                 </input></audio>";
    assert_eq!(
        devices(&format!(
            "<sound model='ich6'><codec type='micro'/><audio id='1'/></sound>{audio}"
        )),
        "    <sound model='ich6'>
      <codec type='micro'/>
      <audio id='1'/>
    </sound>
    <audio id='1' type='alsa' timerPeriod='100'>
      <input mixingEngine='yes' fixedSettings='yes' dev='/dev/a'>
        <settings frequency='44100' format='s16'/>
      </input>
    </audio>
"
    );
    assert_eq!(
        refused("<audio id='1' type='none'/><audio id='1' type='spice'/>").2,
        "XML error: audio ID 1 is used multiple times"
    );
    assert_eq!(
        refused("<audio id='1' type='none'><input fixedSettings='yes'/></audio>").2,
        "unsupported configuration: fixed audio settings requires mixing engine"
    );
    assert_eq!(
        refused("<sound model='ich9'><codec/></sound>").2,
        "unsupported configuration: unknown codec type '(null)'"
    );
}

#[test]
fn written_forms_read_back_the_same() {
    let xml = dom(
        "<input type='evdev'><source dev='/dev/input/e' grab='all' repeat='on'/></input>\
         <graphics type='spice' autoport='yes' passwd='p'><listen type='address' address='::1'/>\
         <channel name='main' mode='secure'/><gl enable='yes' rendernode='/r'/></graphics>\
         <graphics type='sdl'><gl enable='no'/></graphics><sound model='usb'/>\
         <audio id='2' type='oss' dspPolicy='3'><output tryPoll='yes' bufferCount='2'/></audio>\
         <video><driver iommu='on' name='qemu'/><model type='virtio'><acceleration accel3d='yes'/>\
         <resolution x='800' y='600'/></model></video>",
    );
    let secure = FormatCtx {
        secure: true,
        ..FormatCtx::default()
    };
    let once = DomainDef::parse(&xml).unwrap().format_with(None, &secure);
    let twice = DomainDef::parse(&once).unwrap().format_with(None, &secure);
    assert_eq!(once, twice);
}

#[test]
fn garbage_in_display_devices_never_panics() {
    let seed = dom(
        "<graphics type='vnc' listen='a'><listen type='address'/><audio id='1'/></graphics>\
         <graphics type='spice' passwdValidTo='2010-04-09T15:51:00' passwd='x'><image compression='lz'/></graphics>\
         <video><model type='qxl' vram='1'><acceleration rendernode='/x'/></model></video>\
         <input type='passthrough'><source evdev='/x'/></input><sound model='ich6'><codec type='micro'/></sound>\
         <audio id='1' type='jack'><input serverName='s'/></audio>",
    );
    for text in crate::testutil::noise(3000, &[&seed]) {
        if let Ok(d) = DomainDef::parse(&text) {
            let _ = d.format_with(
                None,
                &FormatCtx {
                    inactive: true,
                    secure: true,
                    migratable: true,
                },
            );
        }
    }
}

#[test]
fn tpm_backends_and_checks() {
    assert_eq!(
        devices(
            "<tpm model='tpm-crb'><backend type='emulator' version='2.0'>\
             <active_pcr_banks><sha512/><sha1/><sha1/></active_pcr_banks></backend></tpm>"
        ),
        "    <tpm model='tpm-crb'>
      <backend type='emulator' version='2.0'>
        <active_pcr_banks>
          <sha1/>
          <sha512/>
        </active_pcr_banks>
      </backend>
    </tpm>
"
    );
    assert!(
        devices("<tpm><backend type='passthrough'/></tpm>").contains("<device path='/dev/tpm0'/>")
    );
    assert_eq!(
        refused("<tpm><backend type='emulator' version='1.2'><active_pcr_banks><sha1/></active_pcr_banks></backend></tpm>"),
        (
            XML_ERROR,
            DOMAIN,
            "XML error: <active_pcr_banks/> requires TPM version '2.0'".into()
        )
    );
    assert_eq!(
        refused("<tpm><backend type='external'><source type='unix' mode='bind' path='/s'/></backend></tpm>").2,
        "XML error: only 'client' mode is supported for external TPM device"
    );
    assert_eq!(refused("<tpm/>").2, "XML error: missing TPM device backend");
}

#[test]
fn boot_of_a_video_is_not_read() {
    // libvirt reads <boot> only for disks, filesystems, interfaces, hostdevs
    // and redirdevs, so the domain still boots from the disk.
    let d = DomainDef::parse(&dom("<video><model type='vga'/><boot order='1'/></video>")).unwrap();
    let xml = d.format(None);
    assert!(xml.contains("<boot dev='hd'/>"));
    assert!(!xml.contains("<boot order"));
}

#[test]
fn quirks_of_libvirt_readers_kept() {
    // An unknown vgaconf is dropped, not refused.
    assert!(
        devices("<video><driver vgaconf='bogus'/><model type='vga'/></video>")
            .starts_with("    <video>\n      <model type='vga'")
    );
    // USB port paths: strtoul prefixes, written up to the first 0.
    let port = |p: &str| {
        devices(&format!(
            "<input type='tablet' bus='usb'><address type='usb' bus='0' port='{p}'/></input>"
        ))
    };
    assert!(port(" 5").contains("port='5'"));
    assert!(port("1.0").contains("port='1'/>"));
    assert_eq!(
        refused("<input type='tablet' bus='usb'><address type='usb' bus='0' port='1.'/></input>").2,
        "internal error: Cannot parse <address> 'port' attribute"
    );
}

#[test]
fn a_definition_not_running_is_written_inactive() {
    // libvirt formats a domain without an id in its inactive form: a
    // generated websocket port is written as "pick one" (-1).
    let xml = dom("<graphics type='vnc' websocket='5700' websocketGenerated='yes'/>");
    let d = DomainDef::parse(&xml).unwrap();
    assert!(d.format(None).contains("websocket='-1'"));
    assert!(d.format(Some(3)).contains("websocket='5700'"));
}

#[test]
fn devices_are_read_in_libvirt_order() {
    // libvirt reads videos before TPMs, so a bad video is what it reports.
    assert_eq!(
        refused(
            "<tpm><backend type='emulator'/></tpm><tpm><backend type='emulator'/></tpm>\
             <tpm><backend type='emulator'/></tpm><video><model type='bogus'/></video>"
        )
        .2,
        "unsupported configuration: unknown video model 'bogus'"
    );
}
