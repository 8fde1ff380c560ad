//! oxvirt's generator of its public C headers and API description files.
//!
//! `cargo run -p xtask -- gen`   rewrites `include/libvirt/*.h` and
//!                               `share/libvirt/api/*.xml` from the Rust
//!                               definitions (`crates/abi`, the ffi modules,
//!                               the companion crates) and `xtask/src/macros.h`.
//!                               (`docs/api-status.md` is not generated here: it
//!                               comes from what the functions do, see
//!                               `tests/arg-sweep`.)
//! `cargo run -p xtask -- check` generates into memory and fails when the
//!                               checked-in files differ.

mod apixml;
mod forwarders;
mod headers;
mod macros;
mod model;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// One public header and where its definitions live.
pub struct Header {
    /// File name without `.h`, also the API file's `file` attribute.
    pub name: &'static str,
    /// Module of `crates/abi/src` holding its types, if any.
    pub abi: Option<&'static str>,
    /// File holding its exported functions, relative to the workspace.
    pub ffi: &'static str,
    /// Which API file it belongs to.
    pub api: &'static str,
    /// Include guard macro.
    pub guard: &'static str,
    /// One-line summary and description for the API file.
    pub summary: &'static str,
    pub description: &'static str,
}

pub const HEADERS: &[Header] = &[
    Header {
        name: "libvirt-common",
        abi: Some("common"),
        ffi: "crates/oxvirt/src/ffi/common.rs",
        api: "libvirt",
        guard: "__VIR_VIRCOMMON_H__",
        summary: "macros, enums and typed parameters shared by libvirt and libvirt-admin",
        description:
            "Version macros, typed parameters and the definitions both client libraries use",
    },
    Header {
        name: "libvirt-host",
        abi: Some("host"),
        ffi: "crates/oxvirt/src/ffi/host.rs",
        api: "libvirt",
        guard: "LIBVIRT_HOST_H",
        summary: "connections and host information",
        description: "Opening and closing connections, authentication, and querying the host",
    },
    Header {
        name: "libvirt-domain",
        abi: Some("domain"),
        ffi: "crates/oxvirt/src/ffi/domain.rs",
        api: "libvirt",
        guard: "LIBVIRT_DOMAIN_H",
        summary: "domains",
        description: "Defining, running, inspecting and tuning domains (guests), and their events",
    },
    Header {
        name: "libvirt-domain-checkpoint",
        abi: Some("domain_checkpoint"),
        ffi: "crates/oxvirt/src/ffi/domain_checkpoint.rs",
        api: "libvirt",
        guard: "LIBVIRT_DOMAIN_CHECKPOINT_H",
        summary: "domain checkpoints",
        description: "Creating, listing and deleting checkpoints of domain disks",
    },
    Header {
        name: "libvirt-domain-snapshot",
        abi: Some("domain_snapshot"),
        ffi: "crates/oxvirt/src/ffi/domain_snapshot.rs",
        api: "libvirt",
        guard: "LIBVIRT_DOMAIN_SNAPSHOT_H",
        summary: "domain snapshots",
        description: "Creating, listing, reverting to and deleting domain snapshots",
    },
    Header {
        name: "libvirt-event",
        abi: Some("event"),
        ffi: "crates/oxvirt/src/ffi/event.rs",
        api: "libvirt",
        guard: "LIBVIRT_EVENT_H",
        summary: "event loop",
        description: "The event loop the library uses and how an application supplies its own",
    },
    Header {
        name: "libvirt-interface",
        abi: Some("interface"),
        ffi: "crates/oxvirt/src/ffi/interface.rs",
        api: "libvirt",
        guard: "LIBVIRT_INTERFACE_H",
        summary: "host network interfaces",
        description: "Defining and controlling the host's network interfaces",
    },
    Header {
        name: "libvirt-network",
        abi: Some("network"),
        ffi: "crates/oxvirt/src/ffi/network.rs",
        api: "libvirt",
        guard: "LIBVIRT_NETWORK_H",
        summary: "virtual networks",
        description: "Defining and controlling virtual networks and their ports, and their events",
    },
    Header {
        name: "libvirt-nodedev",
        abi: Some("nodedev"),
        ffi: "crates/oxvirt/src/ffi/nodedev.rs",
        api: "libvirt",
        guard: "LIBVIRT_NODEDEV_H",
        summary: "host devices",
        description: "Listing, creating and detaching the host's devices, and their events",
    },
    Header {
        name: "libvirt-nwfilter",
        abi: Some("nwfilter"),
        ffi: "crates/oxvirt/src/ffi/nwfilter.rs",
        api: "libvirt",
        guard: "LIBVIRT_NWFILTER_H",
        summary: "network filters",
        description: "Defining network filters and their bindings to ports",
    },
    Header {
        name: "libvirt-secret",
        abi: Some("secret"),
        ffi: "crates/oxvirt/src/ffi/secret.rs",
        api: "libvirt",
        guard: "LIBVIRT_SECRET_H",
        summary: "secrets",
        description: "Defining secrets, setting and reading their values, and their events",
    },
    Header {
        name: "libvirt-storage",
        abi: Some("storage"),
        ffi: "crates/oxvirt/src/ffi/storage.rs",
        api: "libvirt",
        guard: "LIBVIRT_STORAGE_H",
        summary: "storage pools and volumes",
        description: "Defining and controlling storage pools and volumes, and pool events",
    },
    Header {
        name: "libvirt-stream",
        abi: Some("stream"),
        ffi: "crates/oxvirt/src/ffi/stream.rs",
        api: "libvirt",
        guard: "LIBVIRT_STREAM_H",
        summary: "data streams",
        description: "Sending and receiving data over streams, including sparse streams",
    },
    Header {
        name: "virterror",
        abi: Some("virterror"),
        ffi: "crates/oxvirt/src/ffi/virterror.rs",
        api: "libvirt",
        guard: "LIBVIRT_VIRTERROR_H",
        summary: "error reporting",
        description: "The error record, its codes, domains and levels, and error callbacks",
    },
    Header {
        name: "libvirt-qemu",
        abi: Some("qemu"),
        ffi: "crates/oxvirt-qemu/src/lib.rs",
        api: "libvirt-qemu",
        guard: "LIBVIRT_QEMU_H",
        summary: "QEMU-specific interfaces",
        description: "Functions only the QEMU driver offers: monitor and guest agent commands",
    },
    Header {
        name: "libvirt-lxc",
        abi: None,
        ffi: "crates/oxvirt-lxc/src/lib.rs",
        api: "libvirt-lxc",
        guard: "LIBVIRT_LXC_H",
        summary: "LXC-specific interfaces",
        description:
            "Functions only the LXC driver offers: container namespaces and security labels",
    },
    Header {
        name: "libvirt-admin",
        abi: Some("admin"),
        ffi: "crates/oxvirt-admin/src/lib.rs",
        api: "libvirt-admin",
        guard: "LIBVIRT_ADMIN_H",
        summary: "daemon administration",
        description: "Managing a running libvirt daemon: its servers, clients and logging",
    },
];

/// Which API files exist, and the version-script each one's `version`
/// attributes come from.
pub const APIS: &[(&str, &str)] = &[
    ("libvirt", "lib/libvirt.map"),
    ("libvirt-qemu", "lib/libvirt-qemu.map"),
    ("libvirt-lxc", "lib/libvirt-lxc.map"),
    ("libvirt-admin", "lib/libvirt-admin.map"),
];

static ERRORS: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

/// An inconsistency that does not stop generation but fails the command.
pub fn report_error(msg: String) {
    ERRORS.lock().unwrap().push(msg);
}

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// Every generated file: path relative to the workspace -> contents.
fn generate() -> Result<BTreeMap<String, String>, String> {
    let root = root();
    let hand = macros::parse(
        &std::fs::read_to_string(root.join("xtask/src/macros.h")).map_err(|e| e.to_string())?,
    )?;
    let mut mods = BTreeMap::new();
    for h in HEADERS {
        let mut m = model::Module::default();
        if let Some(a) = h.abi {
            let am = model::parse_file(&root.join(format!("crates/abi/src/{a}.rs")))?;
            m.defs.extend(am.defs);
            m.aliases.extend(am.aliases);
            m.alias_docs.extend(am.alias_docs);
        }
        let fm = model::parse_file(&root.join(h.ffi))?;
        m.defs.extend(fm.defs.into_iter().filter(|d| {
            matches!(
                d.kind,
                model::Kind::Function { .. } | model::Kind::Static(_)
            )
        }));
        mods.insert(h.name, m);
    }
    let mut out = BTreeMap::new();
    for h in HEADERS {
        let text = headers::generate(h, &mods[h.name], &hand)?;
        out.insert(format!("include/libvirt/{}.h", h.name), text);
    }
    out.insert("include/libvirt/libvirt.h".into(), headers::umbrella());
    for (api, map) in APIS {
        let versions = apixml::read_map(&root.join(map))?;
        let text = apixml::generate(api, &mods, &hand, &versions)?;
        out.insert(format!("share/libvirt/api/{api}-api.xml"), text);
    }
    out.extend(forwarders::generate(&root)?);
    Ok(out)
}

fn main() -> ExitCode {
    let cmd = std::env::args().nth(1).unwrap_or_default();
    match cmd.as_str() {
        "forwarder-decls" => return forwarders::decls_main(),
        "gen" => forwarders::write(&root()).unwrap_or_else(report_error),
        _ => {}
    }
    let files = match generate() {
        Ok(f) => f,
        Err(e) => {
            eprintln!("xtask: error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let root = root();
    let errors = std::mem::take(&mut *ERRORS.lock().unwrap());
    for e in &errors {
        eprintln!("xtask: error: {e}");
    }
    let code = match cmd.as_str() {
        "gen" => {
            for (p, text) in &files {
                let path = root.join(p);
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(&path, text).unwrap();
                println!("wrote {p}");
            }
            ExitCode::SUCCESS
        }
        "check" => {
            let mut bad = 0;
            for (p, text) in &files {
                match std::fs::read_to_string(root.join(p)) {
                    Ok(old) if &old == text => {}
                    Ok(_) => {
                        eprintln!("out of date: {p}");
                        bad += 1;
                    }
                    Err(_) => {
                        eprintln!("missing: {p}");
                        bad += 1;
                    }
                }
            }
            for dir in ["include/libvirt", "share/libvirt/api"] {
                if let Ok(rd) = std::fs::read_dir(root.join(dir)) {
                    for e in rd.flatten() {
                        let p = format!("{dir}/{}", e.file_name().to_string_lossy());
                        if !files.contains_key(&p) {
                            eprintln!("not generated (stale?): {p}");
                            bad += 1;
                        }
                    }
                }
            }
            if bad > 0 {
                eprintln!("xtask check: {bad} file(s) differ; run `cargo run -p xtask -- gen`");
                ExitCode::FAILURE
            } else {
                println!(
                    "xtask check: {} generated files are up to date",
                    files.len()
                );
                ExitCode::SUCCESS
            }
        }
        _ => {
            eprintln!("usage: cargo run -p xtask -- gen|check");
            ExitCode::from(2)
        }
    };
    if errors.is_empty() {
        code
    } else {
        ExitCode::FAILURE
    }
}
