//! The CPU architectures libvirt knows by name.

/// libvirt's architecture names (`virArch`), in its order; `none` is no
/// architecture.
pub const NAMES: &[&str] = &[
    "none",
    "alpha",
    "armv6l",
    "armv7l",
    "armv7b",
    "aarch64",
    "cris",
    "i686",
    "ia64",
    "lm32",
    "m68k",
    "microblaze",
    "microblazeel",
    "mips",
    "mipsel",
    "mips64",
    "mips64el",
    "openrisc",
    "parisc",
    "parisc64",
    "ppc",
    "ppcle",
    "ppc64",
    "ppc64le",
    "ppcemb",
    "riscv32",
    "riscv64",
    "s390",
    "s390x",
    "sh4",
    "sh4eb",
    "sparc",
    "sparc64",
    "unicore32",
    "x86_64",
    "xtensa",
    "xtensaeb",
];

/// Whether `name` is an architecture libvirt knows (`none` is not one).
pub fn is_known(name: &str) -> bool {
    name != "none" && NAMES.contains(&name)
}
