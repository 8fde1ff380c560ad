//! Domains: listing, lookup, information, definition and life cycle.

use crate::driver::call::Call;
use crate::driver::hypervisor::tuning::{
    ControlInfo, IoThreadInfo, ParamsAnswer, TypedParam, VcpuInfo,
};
use crate::driver::ids::DomainId;
use crate::error::Result;

/// `virDomainInfo`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DomainInfo {
    pub state: u8,
    pub max_mem_kib: u64,
    pub memory_kib: u64,
    pub nr_virt_cpu: u16,
    pub cpu_time_ns: u64,
}

/// One guest file system (`virDomainFSInfo`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FsInfo {
    pub mountpoint: String,
    pub name: String,
    pub fstype: String,
    pub dev_alias: Vec<String>,
}

/// One guest interface and its addresses (`virDomainInterface`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GuestInterface {
    pub name: Option<String>,
    pub hwaddr: Option<String>,
    /// (`virIPAddrType`, address, prefix).
    pub addrs: Vec<(i32, String, u32)>,
}

/// A connection's domains.
pub trait DomainDriver: Send + Sync {
    fn num_of_domains(&self, cx: &Call) -> Result<usize> {
        Err(cx.unsupported())
    }
    fn list_domain_ids(&self, cx: &Call) -> Result<Vec<i32>> {
        Err(cx.unsupported())
    }
    fn num_of_defined_domains(&self, cx: &Call) -> Result<usize> {
        Err(cx.unsupported())
    }
    fn list_defined_domain_names(&self, cx: &Call) -> Result<Vec<String>> {
        Err(cx.unsupported())
    }
    fn list_all_domains(&self, cx: &Call, _flags: u32) -> Result<Vec<DomainId>> {
        Err(cx.unsupported())
    }
    fn domain_lookup_by_id(&self, cx: &Call, _id: i32) -> Result<DomainId> {
        Err(cx.unsupported())
    }
    fn domain_lookup_by_name(&self, cx: &Call, _name: &str) -> Result<DomainId> {
        Err(cx.unsupported())
    }
    fn domain_lookup_by_uuid(&self, cx: &Call, _uuid: &[u8; 16]) -> Result<DomainId> {
        Err(cx.unsupported())
    }
    fn domain_get_info(&self, cx: &Call, _dom: &DomainId) -> Result<DomainInfo> {
        Err(cx.unsupported())
    }
    /// (state, reason)
    fn domain_get_state(&self, cx: &Call, _dom: &DomainId, _flags: u32) -> Result<(i32, i32)> {
        Err(cx.unsupported())
    }
    fn domain_get_xml_desc(&self, cx: &Call, _dom: &DomainId, _flags: u32) -> Result<String> {
        Err(cx.unsupported())
    }
    fn domain_get_os_type(&self, cx: &Call, _dom: &DomainId) -> Result<String> {
        Err(cx.unsupported())
    }
    fn domain_get_max_memory(&self, cx: &Call, _dom: &DomainId) -> Result<u64> {
        Err(cx.unsupported())
    }
    fn domain_is_active(&self, cx: &Call, _dom: &DomainId) -> Result<bool> {
        Err(cx.unsupported())
    }
    fn domain_is_persistent(&self, cx: &Call, _dom: &DomainId) -> Result<bool> {
        Err(cx.unsupported())
    }
    fn domain_is_updated(&self, cx: &Call, _dom: &DomainId) -> Result<bool> {
        Err(cx.unsupported())
    }
    // Tuning: the scheduler, vCPUs and their pinning.

    /// `virDomainGetSchedulerType`: the scheduler and its parameter count.
    fn domain_get_scheduler_type(&self, cx: &Call, _dom: &DomainId) -> Result<(String, i32)> {
        Err(cx.unsupported())
    }
    /// `virDomainGetSchedulerParameters{,Flags}` (the flags as the driver
    /// gets them, `VIR_TYPED_PARAM_STRING_OKAY` included).
    fn domain_get_scheduler_parameters(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _flags: u32,
    ) -> Result<Vec<TypedParam>> {
        Err(cx.unsupported())
    }
    /// `virDomainSetSchedulerParameters{,Flags}`.
    fn domain_set_scheduler_parameters(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _params: &[TypedParam],
        _flags: u32,
    ) -> Result<()> {
        Err(cx.unsupported())
    }
    /// `virDomainGetVcpusFlags`.
    fn domain_get_vcpus_flags(&self, cx: &Call, _dom: &DomainId, _flags: u32) -> Result<i32> {
        Err(cx.unsupported())
    }
    /// `virDomainGetMaxVcpus`.
    fn domain_get_max_vcpus(&self, cx: &Call, _dom: &DomainId) -> Result<i32> {
        Err(cx.unsupported())
    }
    /// `virDomainSetVcpusFlags`; `virDomainSetVcpus` is `flags: None`.
    fn domain_set_vcpus(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _nvcpus: u32,
        _flags: Option<u32>,
    ) -> Result<()> {
        Err(cx.unsupported())
    }
    /// `virDomainGetVcpus`: at most `maxinfo` vCPUs, with maps of `maplen`
    /// bytes (0: no maps).
    fn domain_get_vcpus(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _maxinfo: usize,
        _maplen: usize,
    ) -> Result<Vec<VcpuInfo>> {
        Err(cx.unsupported())
    }
    /// `virDomainPinVcpu{,Flags}`.
    fn domain_pin_vcpu(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _vcpu: u32,
        _cpumap: &[u8],
        _flags: u32,
    ) -> Result<()> {
        Err(cx.unsupported())
    }
    /// `virDomainGetVcpuPinInfo`: one map of `maplen` bytes per vCPU, at
    /// most `ncpumaps`.
    fn domain_get_vcpu_pin_info(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _ncpumaps: usize,
        _maplen: usize,
        _flags: u32,
    ) -> Result<Vec<Vec<u8>>> {
        Err(cx.unsupported())
    }
    /// `virDomainPinEmulator`.
    fn domain_pin_emulator(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _cpumap: &[u8],
        _flags: u32,
    ) -> Result<()> {
        Err(cx.unsupported())
    }
    /// `virDomainGetEmulatorPinInfo`: the map (`maplen` bytes) and the
    /// count libvirt returns.
    fn domain_get_emulator_pin_info(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _maplen: usize,
        _flags: u32,
    ) -> Result<(i32, Vec<u8>)> {
        Err(cx.unsupported())
    }
    /// `virDomainGetMemoryParameters`; `nparams` is the caller's capacity
    /// (0 asks how many there are). The flags as the driver gets them.
    fn domain_get_memory_parameters(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _nparams: i32,
        _flags: u32,
    ) -> Result<ParamsAnswer> {
        Err(cx.unsupported())
    }
    /// `virDomainSetMemoryParameters`.
    fn domain_set_memory_parameters(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _params: &[TypedParam],
        _flags: u32,
    ) -> Result<()> {
        Err(cx.unsupported())
    }
    /// `virDomainGetBlkioParameters`.
    fn domain_get_blkio_parameters(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _nparams: i32,
        _flags: u32,
    ) -> Result<ParamsAnswer> {
        Err(cx.unsupported())
    }
    /// `virDomainSetBlkioParameters`.
    fn domain_set_blkio_parameters(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _params: &[TypedParam],
        _flags: u32,
    ) -> Result<()> {
        Err(cx.unsupported())
    }
    /// `virDomainGetNumaParameters`.
    fn domain_get_numa_parameters(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _nparams: i32,
        _flags: u32,
    ) -> Result<ParamsAnswer> {
        Err(cx.unsupported())
    }
    /// `virDomainSetNumaParameters`.
    fn domain_set_numa_parameters(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _params: &[TypedParam],
        _flags: u32,
    ) -> Result<()> {
        Err(cx.unsupported())
    }
    /// `virDomainGetIOThreadInfo`.
    fn domain_get_iothread_info(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _flags: u32,
    ) -> Result<Vec<IoThreadInfo>> {
        Err(cx.unsupported())
    }
    /// `virDomainAddIOThread`.
    fn domain_add_iothread(&self, cx: &Call, _dom: &DomainId, _id: u32, _flags: u32) -> Result<()> {
        Err(cx.unsupported())
    }
    /// `virDomainDelIOThread`.
    fn domain_del_iothread(&self, cx: &Call, _dom: &DomainId, _id: u32, _flags: u32) -> Result<()> {
        Err(cx.unsupported())
    }
    /// `virDomainPinIOThread`: `cpumap` as the caller gave it.
    fn domain_pin_iothread(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _id: u32,
        _cpumap: &[u8],
        _flags: u32,
    ) -> Result<()> {
        Err(cx.unsupported())
    }
    /// `virDomainSetIOThreadParams`.
    fn domain_set_iothread_params(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _id: u32,
        _params: &[TypedParam],
        _flags: u32,
    ) -> Result<()> {
        Err(cx.unsupported())
    }
    /// `virDomainGetBlockIoTune`; `nparams` is the caller's capacity (0
    /// asks how many there are, and `disk` may then be absent).
    fn domain_get_block_io_tune(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _disk: Option<&str>,
        _nparams: i32,
        _flags: u32,
    ) -> Result<ParamsAnswer> {
        Err(cx.unsupported())
    }
    /// `virDomainSetBlockIoTune`.
    fn domain_set_block_io_tune(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _disk: &str,
        _params: &[TypedParam],
        _flags: u32,
    ) -> Result<()> {
        Err(cx.unsupported())
    }
    /// `virDomainGetPerfEvents`.
    fn domain_get_perf_events(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _flags: u32,
    ) -> Result<Vec<TypedParam>> {
        Err(cx.unsupported())
    }
    /// `virDomainSetPerfEvents`.
    fn domain_set_perf_events(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _params: &[TypedParam],
        _flags: u32,
    ) -> Result<()> {
        Err(cx.unsupported())
    }
    /// `virDomainGetControlInfo`.
    fn domain_get_control_info(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _flags: u32,
    ) -> Result<ControlInfo> {
        Err(cx.unsupported())
    }
    /// `virDomainGetTime`: (seconds, nanoseconds).
    fn domain_get_time(&self, cx: &Call, _dom: &DomainId, _flags: u32) -> Result<(i64, u32)> {
        Err(cx.unsupported())
    }
    /// `virDomainSetTime`.
    fn domain_set_time(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _seconds: i64,
        _nseconds: u32,
        _flags: u32,
    ) -> Result<()> {
        Err(cx.unsupported())
    }
    // End of tuning.

    // Definition and life cycle. The methods that start or stop a domain
    // answer the id the caller's handle should cache from then on: libvirt's
    // drivers update the handle they were called with (and only that one),
    // so `virDomainGetID` on it follows, while other handles keep the id
    // they were made with. `None` leaves the handle as it is.

    /// `virDomainDefineXMLFlags`: the defined domain.
    fn domain_define_xml(&self, cx: &Call, _xml: &str, _flags: u32) -> Result<DomainId> {
        Err(cx.unsupported())
    }
    /// `virDomainUndefineFlags`.
    fn domain_undefine(&self, cx: &Call, _dom: &DomainId, _flags: u32) -> Result<()> {
        Err(cx.unsupported())
    }
    /// `virDomainCreateXML`: the started domain.
    fn domain_create_xml(&self, cx: &Call, _xml: &str, _flags: u32) -> Result<DomainId> {
        Err(cx.unsupported())
    }
    /// `virDomainCreateWithFlags`: the id the domain now runs with.
    fn domain_create(&self, cx: &Call, _dom: &DomainId, _flags: u32) -> Result<Option<i32>> {
        Err(cx.unsupported())
    }
    /// `virDomainCreateWithFiles`: as `domain_create`, the guest given
    /// the caller's open descriptors `files`.
    fn domain_create_with_files(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _files: &[i32],
        _flags: u32,
    ) -> Result<Option<i32>> {
        Err(cx.unsupported())
    }
    /// `virDomainCreateXMLWithFiles`: as `domain_create_xml`, with the
    /// caller's open descriptors `files`.
    fn domain_create_xml_with_files(
        &self,
        cx: &Call,
        _xml: &str,
        _files: &[i32],
        _flags: u32,
    ) -> Result<DomainId> {
        Err(cx.unsupported())
    }
    /// `virDomainDestroyFlags`.
    fn domain_destroy(&self, cx: &Call, _dom: &DomainId, _flags: u32) -> Result<Option<i32>> {
        Err(cx.unsupported())
    }
    /// `virDomainShutdownFlags`.
    fn domain_shutdown(&self, cx: &Call, _dom: &DomainId, _flags: u32) -> Result<Option<i32>> {
        Err(cx.unsupported())
    }
    /// `virDomainReboot`.
    fn domain_reboot(&self, cx: &Call, _dom: &DomainId, _flags: u32) -> Result<Option<i32>> {
        Err(cx.unsupported())
    }
    /// `virDomainReset`.
    fn domain_reset(&self, cx: &Call, _dom: &DomainId, _flags: u32) -> Result<()> {
        Err(cx.unsupported())
    }
    /// `virDomainSuspend`.
    fn domain_suspend(&self, cx: &Call, _dom: &DomainId) -> Result<()> {
        Err(cx.unsupported())
    }
    /// `virDomainResume`.
    fn domain_resume(&self, cx: &Call, _dom: &DomainId) -> Result<()> {
        Err(cx.unsupported())
    }
    /// `virDomainPMSuspendForDuration`.
    fn domain_pm_suspend_for_duration(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _target: u32,
        _duration: u64,
        _flags: u32,
    ) -> Result<()> {
        Err(cx.unsupported())
    }
    /// `virDomainPMWakeup`.
    fn domain_pm_wakeup(&self, cx: &Call, _dom: &DomainId, _flags: u32) -> Result<()> {
        Err(cx.unsupported())
    }
    fn domain_get_autostart(&self, cx: &Call, _dom: &DomainId) -> Result<bool> {
        Err(cx.unsupported())
    }
    fn domain_set_autostart(&self, cx: &Call, _dom: &DomainId, _autostart: bool) -> Result<()> {
        Err(cx.unsupported())
    }
    /// `virDomainSetMemory` (KiB).
    fn domain_set_memory(&self, cx: &Call, _dom: &DomainId, _kib: u64) -> Result<()> {
        Err(cx.unsupported())
    }
    /// `virDomainSetMaxMemory` (KiB).
    fn domain_set_max_memory(&self, cx: &Call, _dom: &DomainId, _kib: u64) -> Result<()> {
        Err(cx.unsupported())
    }
    /// `virDomainSetMemoryFlags` (KiB).
    fn domain_set_memory_flags(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _kib: u64,
        _flags: u32,
    ) -> Result<()> {
        Err(cx.unsupported())
    }
    /// `virDomainSetMemoryStatsPeriod` (seconds, never negative).
    fn domain_set_memory_stats_period(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _period: i32,
        _flags: u32,
    ) -> Result<()> {
        Err(cx.unsupported())
    }
    fn domain_has_managed_save_image(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _flags: u32,
    ) -> Result<bool> {
        Err(cx.unsupported())
    }

    // Saving, restoring and dumping a domain. Paths are absolute (the
    // public API canonicalises them); methods that stop the domain answer
    // the id the caller's handle takes.

    /// `virDomainSaveFlags` (`virDomainSave` with no XML and no flags).
    fn domain_save(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _to: &str,
        _dxml: Option<&str>,
        _flags: u32,
    ) -> Result<Option<i32>> {
        Err(cx.unsupported())
    }
    /// `virDomainRestoreFlags` (`virDomainRestore` with no XML and no flags).
    fn domain_restore(
        &self,
        cx: &Call,
        _from: &str,
        _dxml: Option<&str>,
        _flags: u32,
    ) -> Result<()> {
        Err(cx.unsupported())
    }
    /// `virDomainSaveImageGetXMLDesc`.
    fn domain_save_image_get_xml_desc(
        &self,
        cx: &Call,
        _file: &str,
        _flags: u32,
    ) -> Result<String> {
        Err(cx.unsupported())
    }
    /// `virDomainSaveImageDefineXML`.
    fn domain_save_image_define_xml(
        &self,
        cx: &Call,
        _file: &str,
        _dxml: &str,
        _flags: u32,
    ) -> Result<()> {
        Err(cx.unsupported())
    }
    /// `virDomainManagedSave`.
    fn domain_managed_save(&self, cx: &Call, _dom: &DomainId, _flags: u32) -> Result<Option<i32>> {
        Err(cx.unsupported())
    }
    /// `virDomainManagedSaveRemove`.
    fn domain_managed_save_remove(&self, cx: &Call, _dom: &DomainId, _flags: u32) -> Result<()> {
        Err(cx.unsupported())
    }
    /// `virDomainCoreDumpWithFormat` (`virDomainCoreDump`: the raw format).
    fn domain_core_dump(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _to: &str,
        _format: u32,
        _flags: u32,
    ) -> Result<Option<i32>> {
        Err(cx.unsupported())
    }

    // Guest information and guest-directed requests.

    /// `virDomainGetHostname`.
    fn domain_get_hostname(&self, cx: &Call, _dom: &DomainId, _flags: u32) -> Result<String> {
        Err(cx.unsupported())
    }
    /// `virDomainSetUserPassword`.
    fn domain_set_user_password(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _user: &str,
        _password: &str,
        _flags: u32,
    ) -> Result<()> {
        Err(cx.unsupported())
    }
    /// `virDomainInjectNMI`.
    fn domain_inject_nmi(&self, cx: &Call, _dom: &DomainId, _flags: u32) -> Result<()> {
        Err(cx.unsupported())
    }
    /// `virDomainSendProcessSignal`.
    fn domain_send_process_signal(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _pid: i64,
        _signum: u32,
        _flags: u32,
    ) -> Result<()> {
        Err(cx.unsupported())
    }
    /// `virDomainSendKey`: key codes of the `virKeycodeSet` `codeset`,
    /// held `holdtime` milliseconds.
    fn domain_send_key(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _codeset: u32,
        _holdtime: u32,
        _keycodes: &[u32],
        _flags: u32,
    ) -> Result<()> {
        Err(cx.unsupported())
    }
    /// `virDomainScreenshot`: the image's MIME type and the stream
    /// backend that delivers it (attached to the caller's stream).
    fn domain_screenshot(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _screen: u32,
        _flags: u32,
    ) -> Result<(String, std::sync::Arc<dyn crate::driver::StreamDriver>)> {
        Err(cx.unsupported())
    }
    // Metadata, names and security.

    /// `virDomainGetMetadata`: a `virDomainMetadataType`, the namespace
    /// URI for element metadata.
    fn domain_get_metadata(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _kind: i32,
        _uri: Option<&str>,
        _flags: u32,
    ) -> Result<String> {
        Err(cx.unsupported())
    }
    /// `virDomainSetMetadata`.
    #[allow(clippy::too_many_arguments)]
    fn domain_set_metadata(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _kind: i32,
        _metadata: Option<&str>,
        _key: Option<&str>,
        _uri: Option<&str>,
        _flags: u32,
    ) -> Result<()> {
        Err(cx.unsupported())
    }
    /// `virDomainRename`.
    fn domain_rename(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _new_name: &str,
        _flags: u32,
    ) -> Result<()> {
        Err(cx.unsupported())
    }
    /// `virDomainSetLifecycleAction`: a `virDomainLifecycle` and a
    /// `virDomainLifecycleAction`, both in range.
    fn domain_set_lifecycle_action(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _kind: u32,
        _action: u32,
        _flags: u32,
    ) -> Result<()> {
        Err(cx.unsupported())
    }
    /// `virDomainGetMessages`.
    fn domain_get_messages(&self, cx: &Call, _dom: &DomainId, _flags: u32) -> Result<Vec<String>> {
        Err(cx.unsupported())
    }
    /// `virDomainGetSecurityLabel`: the label and whether it is enforced
    /// (an empty label: none).
    fn domain_get_security_label(&self, cx: &Call, _dom: &DomainId) -> Result<(String, bool)> {
        Err(cx.unsupported())
    }
    // Guest file systems and disks.

    /// `virDomainFSFreeze`: answers how many file systems it froze.
    fn domain_fs_freeze(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _mountpoints: &[&str],
        _flags: u32,
    ) -> Result<i32> {
        Err(cx.unsupported())
    }
    /// `virDomainFSThaw`: answers how many file systems it thawed.
    fn domain_fs_thaw(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _mountpoints: &[&str],
        _flags: u32,
    ) -> Result<i32> {
        Err(cx.unsupported())
    }
    /// `virDomainFSTrim`.
    fn domain_fs_trim(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _mountpoint: Option<&str>,
        _minimum: u64,
        _flags: u32,
    ) -> Result<()> {
        Err(cx.unsupported())
    }
    /// `virDomainGetFSInfo`.
    fn domain_get_fs_info(&self, cx: &Call, _dom: &DomainId, _flags: u32) -> Result<Vec<FsInfo>> {
        Err(cx.unsupported())
    }
    /// `virDomainGetDiskErrors`: every disk with its
    /// `virDomainDiskErrorCode`.
    fn domain_get_disk_errors(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _flags: u32,
    ) -> Result<Vec<(String, i32)>> {
        Err(cx.unsupported())
    }
    /// `virDomainGetLaunchSecurityInfo`.
    fn domain_get_launch_security_info(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _flags: u32,
    ) -> Result<Vec<TypedParam>> {
        Err(cx.unsupported())
    }
    // Statistics.

    /// `virDomainMemoryStats`: at most `nr` (tag, value) pairs.
    fn domain_memory_stats(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _nr: u32,
        _flags: u32,
    ) -> Result<Vec<(i32, u64)>> {
        Err(cx.unsupported())
    }
    /// `virDomainBlockStats`: rd_req, rd_bytes, wr_req, wr_bytes, errs.
    fn domain_block_stats(&self, cx: &Call, _dom: &DomainId, _disk: &str) -> Result<[i64; 5]> {
        Err(cx.unsupported())
    }
    /// `virDomainGetBlockInfo`: capacity, allocation, physical.
    fn domain_get_block_info(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _disk: &str,
        _flags: u32,
    ) -> Result<(u64, u64, u64)> {
        Err(cx.unsupported())
    }
    /// `virDomainMemoryPeek`: `size` bytes from `start`.
    fn domain_memory_peek(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _start: u64,
        _size: usize,
        _flags: u32,
    ) -> Result<Vec<u8>> {
        Err(cx.unsupported())
    }
    /// `virDomainGetCPUStats`: the call's answer and the parameters it
    /// fills, each at its index in the caller's array.
    fn domain_get_cpu_stats(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _nparams: u32,
        _start_cpu: i32,
        _ncpus: u32,
        _flags: u32,
    ) -> Result<(i32, Vec<(usize, TypedParam)>)> {
        Err(cx.unsupported())
    }
    /// `virConnectGetAllDomainStats` (`doms` None) and
    /// `virDomainListGetStats`: each domain with its statistics.
    fn get_all_domain_stats(
        &self,
        cx: &Call,
        _doms: Option<&[DomainId]>,
        _stats: u32,
        _flags: u32,
    ) -> Result<Vec<(DomainId, Vec<TypedParam>)>> {
        Err(cx.unsupported())
    }
    /// `virDomainInterfaceStats`: rx_bytes, rx_packets, rx_errs, rx_drop,
    /// tx_bytes, tx_packets, tx_errs, tx_drop.
    fn domain_interface_stats(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _device: &str,
    ) -> Result<[i64; 8]> {
        Err(cx.unsupported())
    }
    /// `virDomainGetInterfaceParameters`; `nparams` is the caller's
    /// capacity (0 asks how many there are). The flags as the driver gets
    /// them. `device` is `None` when the caller passed NULL (libvirt looks
    /// at it only when it gets that far).
    fn domain_get_interface_parameters(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _device: Option<&str>,
        _nparams: i32,
        _flags: u32,
    ) -> Result<ParamsAnswer> {
        Err(cx.unsupported())
    }
    /// `virDomainSetInterfaceParameters` (`device` as for the getter).
    fn domain_set_interface_parameters(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _device: Option<&str>,
        _params: &[TypedParam],
        _flags: u32,
    ) -> Result<()> {
        Err(cx.unsupported())
    }
    /// `virDomainInterfaceAddresses`.
    fn domain_interface_addresses(
        &self,
        cx: &Call,
        _dom: &DomainId,
        _source: u32,
        _flags: u32,
    ) -> Result<Vec<GuestInterface>> {
        Err(cx.unsupported())
    }
}
