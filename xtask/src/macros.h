/* The hand-kept part of oxvirt's C headers: the function-like macros and
 * the few object-like macros that are not constants, which cannot be
 * written as Rust definitions.  `cargo run -p xtask -- gen` copies each
 * section into the header it names.  A macro's API-file entry takes its
 * text from the `/** NAME: ... */` comment just above it; `@arg:` lines
 * describe the parameters and `Since:` gives the version.
 */

/* @header libvirt-common */

/* Marks a declaration as deprecated where the compiler supports it. */
# ifndef VIR_DEPRECATED
#  if __GNUC__ > 3 || (__GNUC__ == 3 && __GNUC_MINOR__ >= 1)
#   define VIR_DEPRECATED __attribute__((__deprecated__))
#  else
#   define VIR_DEPRECATED
#  endif
# endif

/* Storage class for the library's exported data objects. */
# ifdef WIN32
#  ifdef LIBVIRT_STATIC
#   define VIR_EXPORT_VAR extern
#  elif defined(IN_LIBVIRT)
#   define VIR_EXPORT_VAR __declspec(dllexport) extern
#  else
#   define VIR_EXPORT_VAR __declspec(dllimport) extern
#  endif
# else
#  define VIR_EXPORT_VAR extern
# endif

/** LIBVIR_CHECK_VERSION:
 * @major: required major version
 * @minor: required minor version
 * @micro: required micro version
 * Since: 1.2.0
 * True at preprocessing time when these headers are at least version
 * major.minor.micro.
 */
# define LIBVIR_CHECK_VERSION(major, minor, micro) \
    ((major) * 1000000 + (minor) * 1000 + (micro) <= LIBVIR_VERSION_NUMBER)

/* @header libvirt-host */

/** VIR_NODEINFO_MAXCPUS:
 * @nodeinfo: a virNodeInfo value
 * Since: 0.1.4
 * Number of host CPUs described by a virNodeInfo (NUMA nodes times
 * sockets times cores times threads).
 */
# define VIR_NODEINFO_MAXCPUS(nodeinfo) \
    ((nodeinfo).nodes * (nodeinfo).sockets * (nodeinfo).cores * (nodeinfo).threads)

/* @header libvirt-domain */

/** _virBlkioParameter:
 * Since: 0.9.0
 * Old structure tag of virBlkioParameter, now virTypedParameter's.
 */
# define _virBlkioParameter _virTypedParameter

/** _virMemoryParameter:
 * Since: 0.8.5
 * Old structure tag of virMemoryParameter, now virTypedParameter's.
 */
# define _virMemoryParameter _virTypedParameter

/** _virSchedParameter:
 * Since: 0.2.3
 * Old structure tag of virSchedParameter, now virTypedParameter's.
 */
# define _virSchedParameter _virTypedParameter

/** VIR_USE_CPU:
 * @cpumap: CPU bitmap, one bit per host CPU, 8 per byte (in/out)
 * @cpu: host CPU number
 * Since: 0.1.4
 * Sets the bit of host CPU @cpu in @cpumap.
 */
# define VIR_USE_CPU(cpumap, cpu) \
    ((cpumap)[(cpu) / 8] |= (1 << ((cpu) % 8)))

/** VIR_UNUSE_CPU:
 * @cpumap: CPU bitmap, one bit per host CPU, 8 per byte (in/out)
 * @cpu: host CPU number
 * Since: 0.1.4
 * Clears the bit of host CPU @cpu in @cpumap.
 */
# define VIR_UNUSE_CPU(cpumap, cpu) \
    ((cpumap)[(cpu) / 8] &= ~(1 << ((cpu) % 8)))

/** VIR_CPU_USED:
 * @cpumap: CPU bitmap, one bit per host CPU, 8 per byte
 * @cpu: host CPU number
 * Since: 1.0.0
 * Non-zero when the bit of host CPU @cpu is set in @cpumap.
 */
# define VIR_CPU_USED(cpumap, cpu) \
    ((cpumap)[(cpu) / 8] & (1 << ((cpu) % 8)))

/** VIR_CPU_MAPLEN:
 * @cpu: number of host CPUs
 * Since: 0.1.4
 * Bytes needed for a CPU bitmap covering @cpu host CPUs.
 */
# define VIR_CPU_MAPLEN(cpu) \
    (((cpu) + 7) / 8)

/** VIR_GET_CPUMAP:
 * @cpumaps: array of per-vCPU bitmaps laid end to end
 * @maplen: bytes in one bitmap
 * @vcpu: virtual CPU number
 * Since: 0.1.4
 * Address of the bitmap of virtual CPU @vcpu inside @cpumaps.
 */
# define VIR_GET_CPUMAP(cpumaps, maplen, vcpu) \
    (&((cpumaps)[(vcpu) * (maplen)]))

/** VIR_CPU_USABLE:
 * @cpumaps: array of per-vCPU bitmaps laid end to end
 * @maplen: bytes in one bitmap
 * @vcpu: virtual CPU number
 * @cpu: host CPU number
 * Since: 0.1.4
 * Non-zero when virtual CPU @vcpu may run on host CPU @cpu.
 */
# define VIR_CPU_USABLE(cpumaps, maplen, vcpu, cpu) \
    VIR_CPU_USED(VIR_GET_CPUMAP(cpumaps, maplen, vcpu), cpu)

/** VIR_COPY_CPUMAP:
 * @cpumaps: array of per-vCPU bitmaps laid end to end
 * @maplen: bytes in one bitmap
 * @vcpu: virtual CPU number
 * @cpumap: destination bitmap of @maplen bytes (out)
 * Since: 0.1.4
 * Copies the bitmap of virtual CPU @vcpu out of @cpumaps (needs
 * <string.h> for memcpy).
 */
# define VIR_COPY_CPUMAP(cpumaps, maplen, vcpu, cpumap) \
    memcpy(cpumap, VIR_GET_CPUMAP(cpumaps, maplen, vcpu), maplen)

/** VIR_DOMAIN_EVENT_CALLBACK:
 * @cb: an event-specific domain callback
 * Since: 0.8.0
 * Casts @cb to the generic type virConnectDomainEventRegisterAny takes.
 */
# define VIR_DOMAIN_EVENT_CALLBACK(cb) \
    ((virConnectDomainEventGenericCallback)(cb))

/* @header libvirt-network */

/** VIR_NETWORK_EVENT_CALLBACK:
 * @cb: an event-specific network callback
 * Since: 1.2.1
 * Casts @cb to the generic type virConnectNetworkEventRegisterAny takes.
 */
# define VIR_NETWORK_EVENT_CALLBACK(cb) \
    ((virConnectNetworkEventGenericCallback)(cb))

/* @header libvirt-nodedev */

/** VIR_NODE_DEVICE_EVENT_CALLBACK:
 * @cb: an event-specific node device callback
 * Since: 2.2.0
 * Casts @cb to the generic type virConnectNodeDeviceEventRegisterAny takes.
 */
# define VIR_NODE_DEVICE_EVENT_CALLBACK(cb) \
    ((virConnectNodeDeviceEventGenericCallback)(cb))

/* @header libvirt-secret */

/** VIR_SECRET_EVENT_CALLBACK:
 * @cb: an event-specific secret callback
 * Since: 3.0.0
 * Casts @cb to the generic type virConnectSecretEventRegisterAny takes.
 */
# define VIR_SECRET_EVENT_CALLBACK(cb) \
    ((virConnectSecretEventGenericCallback)(cb))

/* @header libvirt-storage */

/** VIR_STORAGE_POOL_EVENT_CALLBACK:
 * @cb: an event-specific storage pool callback
 * Since: 2.0.0
 * Casts @cb to the generic type virConnectStoragePoolEventRegisterAny takes.
 */
# define VIR_STORAGE_POOL_EVENT_CALLBACK(cb) \
    ((virConnectStoragePoolEventGenericCallback)(cb))
