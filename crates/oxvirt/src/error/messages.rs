//! The standard text of every `virErrorNumber`, with and without the
//! detail string, and the name of every `virErrorDomain` (libvirt 9.0.0's
//! wording, which programs match on).

use std::os::raw::c_int;

/// Per `virErrorNumber`: the message without detail, and the one with a
/// detail, where `%s` stands for the detail. `VIR_ERR_OK` has neither.
static MESSAGES: [(Option<&str>, Option<&str>); 111] = [
    // 0 VIR_ERR_OK
    (None, None),
    // 1 VIR_ERR_INTERNAL_ERROR
    (Some("internal error"), Some("internal error: %s")),
    // 2 VIR_ERR_NO_MEMORY
    (Some("out of memory"), Some("out of memory: %s")),
    // 3 VIR_ERR_NO_SUPPORT
    (
        Some("this function is not supported by the connection driver"),
        Some("this function is not supported by the connection driver: %s"),
    ),
    // 4 VIR_ERR_UNKNOWN_HOST
    (Some("unknown host"), Some("unknown host %s")),
    // 5 VIR_ERR_NO_CONNECT
    (
        Some("no connection driver available"),
        Some("no connection driver available for %s"),
    ),
    // 6 VIR_ERR_INVALID_CONN
    (
        Some("invalid connection pointer in"),
        Some("invalid connection pointer in %s"),
    ),
    // 7 VIR_ERR_INVALID_DOMAIN
    (
        Some("invalid domain pointer in"),
        Some("invalid domain pointer in %s"),
    ),
    // 8 VIR_ERR_INVALID_ARG
    (Some("invalid argument"), Some("invalid argument: %s")),
    // 9 VIR_ERR_OPERATION_FAILED
    (Some("operation failed"), Some("operation failed: %s")),
    // 10 VIR_ERR_GET_FAILED
    (
        Some("GET operation failed"),
        Some("GET operation failed: %s"),
    ),
    // 11 VIR_ERR_POST_FAILED
    (
        Some("POST operation failed"),
        Some("POST operation failed: %s"),
    ),
    // 12 VIR_ERR_HTTP_ERROR
    (
        Some("got unknown HTTP error code"),
        Some("got unknown HTTP error code %s"),
    ),
    // 13 VIR_ERR_SEXPR_SERIAL
    (
        Some("failed to serialize S-Expr"),
        Some("failed to serialize S-Expr: %s"),
    ),
    // 14 VIR_ERR_NO_XEN
    (
        Some("could not use Xen hypervisor entry"),
        Some("could not use Xen hypervisor entry %s"),
    ),
    // 15 VIR_ERR_XEN_CALL
    (Some("failed Xen syscall"), Some("failed Xen syscall %s")),
    // 16 VIR_ERR_OS_TYPE
    (Some("unknown OS type"), Some("unknown OS type %s")),
    // 17 VIR_ERR_NO_KERNEL
    (
        Some("missing kernel information"),
        Some("missing kernel information: %s"),
    ),
    // 18 VIR_ERR_NO_ROOT
    (
        Some("missing root device information"),
        Some("missing root device information in %s"),
    ),
    // 19 VIR_ERR_NO_SOURCE
    (
        Some("missing source information for device"),
        Some("missing source information for device %s"),
    ),
    // 20 VIR_ERR_NO_TARGET
    (
        Some("missing target information for device"),
        Some("missing target information for device %s"),
    ),
    // 21 VIR_ERR_NO_NAME
    (
        Some("missing name information"),
        Some("missing name information in %s"),
    ),
    // 22 VIR_ERR_NO_OS
    (
        Some("missing operating system information"),
        Some("missing operating system information for %s"),
    ),
    // 23 VIR_ERR_NO_DEVICE
    (
        Some("missing devices information"),
        Some("missing devices information for %s"),
    ),
    // 24 VIR_ERR_NO_XENSTORE
    (
        Some("could not connect to Xen Store"),
        Some("could not connect to Xen Store %s"),
    ),
    // 25 VIR_ERR_DRIVER_FULL
    (
        Some("too many drivers registered"),
        Some("too many drivers registered in %s"),
    ),
    // 26 VIR_ERR_CALL_FAILED
    (Some("library call failed"), Some("library call failed: %s")),
    // 27 VIR_ERR_XML_ERROR
    (
        Some("XML description is invalid or not well formed"),
        Some("XML error: %s"),
    ),
    // 28 VIR_ERR_DOM_EXIST
    (
        Some("this domain exists already"),
        Some("domain %s exists already"),
    ),
    // 29 VIR_ERR_OPERATION_DENIED
    (
        Some("operation forbidden for read only access"),
        Some("operation forbidden: %s"),
    ),
    // 30 VIR_ERR_OPEN_FAILED
    (
        Some("failed to open configuration file"),
        Some("failed to open configuration file %s"),
    ),
    // 31 VIR_ERR_READ_FAILED
    (
        Some("failed to read configuration file"),
        Some("failed to read configuration file %s"),
    ),
    // 32 VIR_ERR_PARSE_FAILED
    (
        Some("failed to parse configuration file"),
        Some("failed to parse configuration file %s"),
    ),
    // 33 VIR_ERR_CONF_SYNTAX
    (
        Some("configuration file syntax error"),
        Some("configuration file syntax error: %s"),
    ),
    // 34 VIR_ERR_WRITE_FAILED
    (
        Some("failed to write configuration file"),
        Some("failed to write configuration file: %s"),
    ),
    // 35 VIR_ERR_XML_DETAIL
    (Some("parser error"), Some("%s")),
    // 36 VIR_ERR_INVALID_NETWORK
    (
        Some("invalid network pointer in"),
        Some("invalid network pointer in %s"),
    ),
    // 37 VIR_ERR_NETWORK_EXIST
    (
        Some("this network exists already"),
        Some("network %s exists already"),
    ),
    // 38 VIR_ERR_SYSTEM_ERROR
    (Some("system call error"), Some("%s")),
    // 39 VIR_ERR_RPC
    (Some("RPC error"), Some("%s")),
    // 40 VIR_ERR_GNUTLS_ERROR
    (Some("GNUTLS call error"), Some("%s")),
    // 41 VIR_WAR_NO_NETWORK
    (
        Some("Failed to find the network"),
        Some("Failed to find the network: %s"),
    ),
    // 42 VIR_ERR_NO_DOMAIN
    (Some("Domain not found"), Some("Domain not found: %s")),
    // 43 VIR_ERR_NO_NETWORK
    (Some("Network not found"), Some("Network not found: %s")),
    // 44 VIR_ERR_INVALID_MAC
    (Some("invalid MAC address"), Some("invalid MAC address: %s")),
    // 45 VIR_ERR_AUTH_FAILED
    (
        Some("authentication failed"),
        Some("authentication failed: %s"),
    ),
    // 46 VIR_ERR_INVALID_STORAGE_POOL
    (
        Some("invalid storage pool pointer in"),
        Some("invalid storage pool pointer in %s"),
    ),
    // 47 VIR_ERR_INVALID_STORAGE_VOL
    (
        Some("invalid storage volume pointer in"),
        Some("invalid storage volume pointer in %s"),
    ),
    // 48 VIR_WAR_NO_STORAGE
    (
        Some("Failed to find a storage driver"),
        Some("Failed to find a storage driver: %s"),
    ),
    // 49 VIR_ERR_NO_STORAGE_POOL
    (
        Some("Storage pool not found"),
        Some("Storage pool not found: %s"),
    ),
    // 50 VIR_ERR_NO_STORAGE_VOL
    (
        Some("Storage volume not found"),
        Some("Storage volume not found: %s"),
    ),
    // 51 VIR_WAR_NO_NODE
    (
        Some("Failed to find a node driver"),
        Some("Failed to find a node driver: %s"),
    ),
    // 52 VIR_ERR_INVALID_NODE_DEVICE
    (
        Some("invalid node device pointer"),
        Some("invalid node device pointer in %s"),
    ),
    // 53 VIR_ERR_NO_NODE_DEVICE
    (
        Some("Node device not found"),
        Some("Node device not found: %s"),
    ),
    // 54 VIR_ERR_NO_SECURITY_MODEL
    (
        Some("Security model not found"),
        Some("Security model not found: %s"),
    ),
    // 55 VIR_ERR_OPERATION_INVALID
    (
        Some("Requested operation is not valid"),
        Some("Requested operation is not valid: %s"),
    ),
    // 56 VIR_WAR_NO_INTERFACE
    (
        Some("Failed to find the interface"),
        Some("Failed to find the interface: %s"),
    ),
    // 57 VIR_ERR_NO_INTERFACE
    (Some("Interface not found"), Some("Interface not found: %s")),
    // 58 VIR_ERR_INVALID_INTERFACE
    (
        Some("invalid interface pointer in"),
        Some("invalid interface pointer in %s"),
    ),
    // 59 VIR_ERR_MULTIPLE_INTERFACES
    (
        Some("multiple matching interfaces found"),
        Some("multiple matching interfaces found: %s"),
    ),
    // 60 VIR_WAR_NO_NWFILTER
    (
        Some("Failed to start the nwfilter driver"),
        Some("Failed to start the nwfilter driver: %s"),
    ),
    // 61 VIR_ERR_INVALID_NWFILTER
    (
        Some("Invalid network filter"),
        Some("Invalid network filter: %s"),
    ),
    // 62 VIR_ERR_NO_NWFILTER
    (
        Some("Network filter not found"),
        Some("Network filter not found: %s"),
    ),
    // 63 VIR_ERR_BUILD_FIREWALL
    (
        Some("Error while building firewall"),
        Some("Error while building firewall: %s"),
    ),
    // 64 VIR_WAR_NO_SECRET
    (
        Some("Failed to find a secret storage driver"),
        Some("Failed to find a secret storage driver: %s"),
    ),
    // 65 VIR_ERR_INVALID_SECRET
    (Some("Invalid secret"), Some("Invalid secret: %s")),
    // 66 VIR_ERR_NO_SECRET
    (Some("Secret not found"), Some("Secret not found: %s")),
    // 67 VIR_ERR_CONFIG_UNSUPPORTED
    (
        Some("unsupported configuration"),
        Some("unsupported configuration: %s"),
    ),
    // 68 VIR_ERR_OPERATION_TIMEOUT
    (
        Some("Timed out during operation"),
        Some("Timed out during operation: %s"),
    ),
    // 69 VIR_ERR_MIGRATE_PERSIST_FAILED
    (
        Some("Failed to make domain persistent after migration"),
        Some("Failed to make domain persistent after migration: %s"),
    ),
    // 70 VIR_ERR_HOOK_SCRIPT_FAILED
    (
        Some("Hook script execution failed"),
        Some("Hook script execution failed: %s"),
    ),
    // 71 VIR_ERR_INVALID_DOMAIN_SNAPSHOT
    (
        Some("Invalid domain snapshot"),
        Some("Invalid domain snapshot: %s"),
    ),
    // 72 VIR_ERR_NO_DOMAIN_SNAPSHOT
    (
        Some("Domain snapshot not found"),
        Some("Domain snapshot not found: %s"),
    ),
    // 73 VIR_ERR_INVALID_STREAM
    (
        Some("invalid stream pointer"),
        Some("invalid stream pointer in %s"),
    ),
    // 74 VIR_ERR_ARGUMENT_UNSUPPORTED
    (
        Some("argument unsupported"),
        Some("argument unsupported: %s"),
    ),
    // 75 VIR_ERR_STORAGE_PROBE_FAILED
    (
        Some("Storage pool probe failed"),
        Some("Storage pool probe failed: %s"),
    ),
    // 76 VIR_ERR_STORAGE_POOL_BUILT
    (
        Some("Storage pool already built"),
        Some("Storage pool already built: %s"),
    ),
    // 77 VIR_ERR_SNAPSHOT_REVERT_RISKY
    (
        Some("revert requires force"),
        Some("revert requires force: %s"),
    ),
    // 78 VIR_ERR_OPERATION_ABORTED
    (Some("operation aborted"), Some("operation aborted: %s")),
    // 79 VIR_ERR_AUTH_CANCELLED
    (
        Some("authentication cancelled"),
        Some("authentication cancelled: %s"),
    ),
    // 80 VIR_ERR_NO_DOMAIN_METADATA
    (Some("metadata not found"), Some("metadata not found: %s")),
    // 81 VIR_ERR_MIGRATE_UNSAFE
    (Some("Unsafe migration"), Some("Unsafe migration: %s")),
    // 82 VIR_ERR_OVERFLOW
    (Some("numerical overflow"), Some("numerical overflow: %s")),
    // 83 VIR_ERR_BLOCK_COPY_ACTIVE
    (
        Some("block copy still active"),
        Some("block copy still active: %s"),
    ),
    // 84 VIR_ERR_OPERATION_UNSUPPORTED
    (
        Some("Operation not supported"),
        Some("Operation not supported: %s"),
    ),
    // 85 VIR_ERR_SSH
    (Some("SSH transport error"), Some("SSH transport error: %s")),
    // 86 VIR_ERR_AGENT_UNRESPONSIVE
    (
        Some("Guest agent is not responding"),
        Some("Guest agent is not responding: %s"),
    ),
    // 87 VIR_ERR_RESOURCE_BUSY
    (Some("resource busy"), Some("resource busy: %s")),
    // 88 VIR_ERR_ACCESS_DENIED
    (Some("access denied"), Some("access denied: %s")),
    // 89 VIR_ERR_DBUS_SERVICE
    (Some("error from service"), Some("error from service: %s")),
    // 90 VIR_ERR_STORAGE_VOL_EXIST
    (
        Some("this storage volume exists already"),
        Some("storage volume %s exists already"),
    ),
    // 91 VIR_ERR_CPU_INCOMPATIBLE
    (
        Some("the CPU is incompatible with host CPU"),
        Some("the CPU is incompatible with host CPU: %s"),
    ),
    // 92 VIR_ERR_XML_INVALID_SCHEMA
    (
        Some("XML document failed to validate against schema"),
        Some("XML document failed to validate against schema: %s"),
    ),
    // 93 VIR_ERR_MIGRATE_FINISH_OK
    (
        Some("migration successfully aborted"),
        Some("migration successfully aborted: %s"),
    ),
    // 94 VIR_ERR_AUTH_UNAVAILABLE
    (
        Some("authentication unavailable"),
        Some("authentication unavailable: %s"),
    ),
    // 95 VIR_ERR_NO_SERVER
    (Some("Server not found"), Some("Server not found: %s")),
    // 96 VIR_ERR_NO_CLIENT
    (Some("Client not found"), Some("Client not found: %s")),
    // 97 VIR_ERR_AGENT_UNSYNCED
    (
        Some("guest agent replied with wrong id to guest-sync command"),
        Some("guest agent replied with wrong id to guest-sync command: %s"),
    ),
    // 98 VIR_ERR_LIBSSH
    (
        Some("libssh transport error"),
        Some("libssh transport error: %s"),
    ),
    // 99 VIR_ERR_DEVICE_MISSING
    (Some("device not found"), Some("device not found: %s")),
    // 100 VIR_ERR_INVALID_NWFILTER_BINDING
    (
        Some("Invalid network filter binding"),
        Some("Invalid network filter binding: %s"),
    ),
    // 101 VIR_ERR_NO_NWFILTER_BINDING
    (
        Some("Network filter binding not found"),
        Some("Network filter binding not found: %s"),
    ),
    // 102 VIR_ERR_INVALID_DOMAIN_CHECKPOINT
    (
        Some("Invalid domain checkpoint"),
        Some("Invalid domain checkpoint: %s"),
    ),
    // 103 VIR_ERR_NO_DOMAIN_CHECKPOINT
    (
        Some("Domain checkpoint not found"),
        Some("Domain checkpoint not found: %s"),
    ),
    // 104 VIR_ERR_NO_DOMAIN_BACKUP
    (
        Some("Domain backup job id not found"),
        Some("Domain backup job id not found: %s"),
    ),
    // 105 VIR_ERR_INVALID_NETWORK_PORT
    (
        Some("Invalid network port pointer"),
        Some("Invalid network port pointer: %s"),
    ),
    // 106 VIR_ERR_NETWORK_PORT_EXIST
    (
        Some("this network port exists already"),
        Some("network port %s exists already"),
    ),
    // 107 VIR_ERR_NO_NETWORK_PORT
    (
        Some("network port not found"),
        Some("network port not found: %s"),
    ),
    // 108 VIR_ERR_NO_HOSTNAME
    (Some("no hostname found"), Some("no hostname found: %s")),
    // 109 VIR_ERR_CHECKPOINT_INCONSISTENT
    (
        Some("checkpoint inconsistent"),
        Some("checkpoint inconsistent: %s"),
    ),
    // 110 VIR_ERR_MULTIPLE_DOMAINS
    (
        Some("multiple matching domains found"),
        Some("multiple matching domains found: %s"),
    ),
];

/// The message template of `code`; `%s` stands for the detail. `None` for
/// `VIR_ERR_OK` and for codes this release does not know.
pub fn template(code: c_int, with_info: bool) -> Option<&'static str> {
    let (plain, info) = *MESSAGES.get(usize::try_from(code).ok()?)?;
    if with_info {
        info
    } else {
        plain
    }
}

/// Per `virErrorDomain`: the name `virDefaultErrorFunc` prints.
static DOMAIN_NAMES: [&str; 73] = [
    "",                         // 0
    "Xen Driver",               // 1
    "Xen Daemon",               // 2
    "Xen Store",                // 3
    "S-Expression",             // 4
    "XML Util",                 // 5
    "Domain",                   // 6
    "XML-RPC",                  // 7
    "Proxy Daemon",             // 8
    "Config File",              // 9
    "QEMU Driver",              // 10
    "Network",                  // 11
    "Test Driver",              // 12
    "Remote Driver",            // 13
    "OpenVZ Driver",            // 14
    "Xen XM Driver",            // 15
    "Linux Statistics",         // 16
    "LXC Driver",               // 17
    "Storage Driver",           // 18
    "Network Driver",           // 19
    "Domain Config",            // 20
    "User Mode Linux Driver",   // 21
    "Node Device Driver",       // 22
    "Xen Inotify Driver",       // 23
    "Security Driver",          // 24
    "VirtualBox Driver",        // 25
    "Network Interface Driver", // 26
    "Open Nebula Driver",       // 27
    "ESX Driver",               // 28
    "Power Hypervisor Driver",  // 29
    "Secrets Driver",           // 30
    "CPU Driver",               // 31
    "XenAPI Driver",            // 32
    "Network Filter Driver",    // 33
    "Lifecycle Hook",           // 34
    "Domain Snapshot",          // 35
    "Audit Utils",              // 36
    "Sysinfo Utils",            // 37
    "I/O Stream Utils",         // 38
    "VMware Driver",            // 39
    "Event Loop",               // 40
    "Xen Light Driver",         // 41
    "Lock Driver",              // 42
    "Hyper-V Driver",           // 43
    "Capabilities Utils",       // 44
    "URI Utils",                // 45
    "Authentication Utils",     // 46
    "DBus Utils",               // 47
    "Parallels Cloud Server",   // 48
    "Device Config",            // 49
    "SSH transport layer",      // 50
    "Lock Space",               // 51
    "Init control",             // 52
    "Identity",                 // 53
    "Cgroup",                   // 54
    "Access Manager",           // 55
    "Systemd",                  // 56
    "Bhyve",                    // 57
    "Crypto",                   // 58
    "Firewall",                 // 59
    "Polkit",                   // 60
    "Thread jobs",              // 61
    "Admin Interface",          // 62
    "Log Manager",              // 63
    "Xen XL Config",            // 64
    "Perf",                     // 65
    "Libssh transport layer",   // 66
    "Resource control",         // 67
    "FirewallD",                // 68
    "Domain Checkpoint",        // 69
    "TPM",                      // 70
    "BPF",                      // 71
    "Cloud-Hypervisor Driver",  // 72
];

/// The name `virDefaultErrorFunc` prints for an error domain; `None` for a
/// domain this release does not know (libvirt then prints "Unknown").
pub fn domain_name(domain: c_int) -> Option<&'static str> {
    DOMAIN_NAMES.get(usize::try_from(domain).ok()?).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_but_ok_has_both_texts() {
        assert_eq!(template(0, false), None);
        assert_eq!(template(0, true), None);
        for code in 1..111 {
            let plain = template(code, false).unwrap();
            let info = template(code, true).unwrap();
            assert!(!plain.contains('%'), "{code}");
            assert_eq!(info.matches("%s").count(), 1, "{code}");
        }
        assert_eq!(template(111, true), None);
        assert_eq!(template(-1, false), None);
    }

    #[test]
    fn known_wording() {
        assert_eq!(template(1, true), Some("internal error: %s"));
        assert_eq!(template(6, false), Some("invalid connection pointer in"));
        assert_eq!(template(8, true), Some("invalid argument: %s"));
        assert_eq!(domain_name(0), Some(""));
        assert_eq!(domain_name(12), Some("Test Driver"));
        assert_eq!(domain_name(72), Some("Cloud-Hypervisor Driver"));
        assert_eq!(domain_name(73), None);
    }
}
