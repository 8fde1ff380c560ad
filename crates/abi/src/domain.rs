//! Types and constants of `libvirt-domain.h`.

use crate::prelude::*;

/// `VIR_DOMAIN_BLKIO_FIELD_LENGTH`.
pub const VIR_DOMAIN_BLKIO_FIELD_LENGTH: usize = 80;
/// `VIR_DOMAIN_BLOCK_STATS_FIELD_LENGTH`.
pub const VIR_DOMAIN_BLOCK_STATS_FIELD_LENGTH: usize = 80;
/// `VIR_DOMAIN_MEMORY_FIELD_LENGTH`.
pub const VIR_DOMAIN_MEMORY_FIELD_LENGTH: usize = 80;
/// `VIR_DOMAIN_MEMORY_PARAM_UNLIMITED`.
pub const VIR_DOMAIN_MEMORY_PARAM_UNLIMITED: c_longlong = 9007199254740991;
/// `VIR_DOMAIN_SCHED_FIELD_LENGTH`.
pub const VIR_DOMAIN_SCHED_FIELD_LENGTH: usize = 80;
/// `VIR_DOMAIN_SEND_KEY_MAX_KEYS`.
pub const VIR_DOMAIN_SEND_KEY_MAX_KEYS: c_int = 16;
/// `VIR_KEYCODE_SET_RFB`.
pub const VIR_KEYCODE_SET_RFB: c_int = 9;
/// Typed-parameter or identity field name `inbound.average`.
pub const VIR_DOMAIN_BANDWIDTH_IN_AVERAGE: &str = "inbound.average";
/// Typed-parameter or identity field name `inbound.burst`.
pub const VIR_DOMAIN_BANDWIDTH_IN_BURST: &str = "inbound.burst";
/// Typed-parameter or identity field name `inbound.floor`.
pub const VIR_DOMAIN_BANDWIDTH_IN_FLOOR: &str = "inbound.floor";
/// Typed-parameter or identity field name `inbound.peak`.
pub const VIR_DOMAIN_BANDWIDTH_IN_PEAK: &str = "inbound.peak";
/// Typed-parameter or identity field name `outbound.average`.
pub const VIR_DOMAIN_BANDWIDTH_OUT_AVERAGE: &str = "outbound.average";
/// Typed-parameter or identity field name `outbound.burst`.
pub const VIR_DOMAIN_BANDWIDTH_OUT_BURST: &str = "outbound.burst";
/// Typed-parameter or identity field name `outbound.peak`.
pub const VIR_DOMAIN_BANDWIDTH_OUT_PEAK: &str = "outbound.peak";
/// Typed-parameter or identity field name `device_read_bytes_sec`.
pub const VIR_DOMAIN_BLKIO_DEVICE_READ_BPS: &str = "device_read_bytes_sec";
/// Typed-parameter or identity field name `device_read_iops_sec`.
pub const VIR_DOMAIN_BLKIO_DEVICE_READ_IOPS: &str = "device_read_iops_sec";
/// Typed-parameter or identity field name `device_weight`.
pub const VIR_DOMAIN_BLKIO_DEVICE_WEIGHT: &str = "device_weight";
/// Typed-parameter or identity field name `device_write_bytes_sec`.
pub const VIR_DOMAIN_BLKIO_DEVICE_WRITE_BPS: &str = "device_write_bytes_sec";
/// Typed-parameter or identity field name `device_write_iops_sec`.
pub const VIR_DOMAIN_BLKIO_DEVICE_WRITE_IOPS: &str = "device_write_iops_sec";
/// Typed-parameter or identity field name `weight`.
pub const VIR_DOMAIN_BLKIO_WEIGHT: &str = "weight";
/// Typed-parameter or identity field name `bandwidth`.
pub const VIR_DOMAIN_BLOCK_COPY_BANDWIDTH: &str = "bandwidth";
/// Typed-parameter or identity field name `buf-size`.
pub const VIR_DOMAIN_BLOCK_COPY_BUF_SIZE: &str = "buf-size";
/// Typed-parameter or identity field name `granularity`.
pub const VIR_DOMAIN_BLOCK_COPY_GRANULARITY: &str = "granularity";
/// Typed-parameter or identity field name `group_name`.
pub const VIR_DOMAIN_BLOCK_IOTUNE_GROUP_NAME: &str = "group_name";
/// Typed-parameter or identity field name `read_bytes_sec`.
pub const VIR_DOMAIN_BLOCK_IOTUNE_READ_BYTES_SEC: &str = "read_bytes_sec";
/// Typed-parameter or identity field name `read_bytes_sec_max`.
pub const VIR_DOMAIN_BLOCK_IOTUNE_READ_BYTES_SEC_MAX: &str = "read_bytes_sec_max";
/// Typed-parameter or identity field name `read_bytes_sec_max_length`.
pub const VIR_DOMAIN_BLOCK_IOTUNE_READ_BYTES_SEC_MAX_LENGTH: &str = "read_bytes_sec_max_length";
/// Typed-parameter or identity field name `read_iops_sec`.
pub const VIR_DOMAIN_BLOCK_IOTUNE_READ_IOPS_SEC: &str = "read_iops_sec";
/// Typed-parameter or identity field name `read_iops_sec_max`.
pub const VIR_DOMAIN_BLOCK_IOTUNE_READ_IOPS_SEC_MAX: &str = "read_iops_sec_max";
/// Typed-parameter or identity field name `read_iops_sec_max_length`.
pub const VIR_DOMAIN_BLOCK_IOTUNE_READ_IOPS_SEC_MAX_LENGTH: &str = "read_iops_sec_max_length";
/// Typed-parameter or identity field name `size_iops_sec`.
pub const VIR_DOMAIN_BLOCK_IOTUNE_SIZE_IOPS_SEC: &str = "size_iops_sec";
/// Typed-parameter or identity field name `total_bytes_sec`.
pub const VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_BYTES_SEC: &str = "total_bytes_sec";
/// Typed-parameter or identity field name `total_bytes_sec_max`.
pub const VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_BYTES_SEC_MAX: &str = "total_bytes_sec_max";
/// Typed-parameter or identity field name `total_bytes_sec_max_length`.
pub const VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_BYTES_SEC_MAX_LENGTH: &str = "total_bytes_sec_max_length";
/// Typed-parameter or identity field name `total_iops_sec`.
pub const VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_IOPS_SEC: &str = "total_iops_sec";
/// Typed-parameter or identity field name `total_iops_sec_max`.
pub const VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_IOPS_SEC_MAX: &str = "total_iops_sec_max";
/// Typed-parameter or identity field name `total_iops_sec_max_length`.
pub const VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_IOPS_SEC_MAX_LENGTH: &str = "total_iops_sec_max_length";
/// Typed-parameter or identity field name `write_bytes_sec`.
pub const VIR_DOMAIN_BLOCK_IOTUNE_WRITE_BYTES_SEC: &str = "write_bytes_sec";
/// Typed-parameter or identity field name `write_bytes_sec_max`.
pub const VIR_DOMAIN_BLOCK_IOTUNE_WRITE_BYTES_SEC_MAX: &str = "write_bytes_sec_max";
/// Typed-parameter or identity field name `write_bytes_sec_max_length`.
pub const VIR_DOMAIN_BLOCK_IOTUNE_WRITE_BYTES_SEC_MAX_LENGTH: &str = "write_bytes_sec_max_length";
/// Typed-parameter or identity field name `write_iops_sec`.
pub const VIR_DOMAIN_BLOCK_IOTUNE_WRITE_IOPS_SEC: &str = "write_iops_sec";
/// Typed-parameter or identity field name `write_iops_sec_max`.
pub const VIR_DOMAIN_BLOCK_IOTUNE_WRITE_IOPS_SEC_MAX: &str = "write_iops_sec_max";
/// Typed-parameter or identity field name `write_iops_sec_max_length`.
pub const VIR_DOMAIN_BLOCK_IOTUNE_WRITE_IOPS_SEC_MAX_LENGTH: &str = "write_iops_sec_max_length";
/// Typed-parameter or identity field name `errs`.
pub const VIR_DOMAIN_BLOCK_STATS_ERRS: &str = "errs";
/// Typed-parameter or identity field name `flush_operations`.
pub const VIR_DOMAIN_BLOCK_STATS_FLUSH_REQ: &str = "flush_operations";
/// Typed-parameter or identity field name `flush_total_times`.
pub const VIR_DOMAIN_BLOCK_STATS_FLUSH_TOTAL_TIMES: &str = "flush_total_times";
/// Typed-parameter or identity field name `rd_bytes`.
pub const VIR_DOMAIN_BLOCK_STATS_READ_BYTES: &str = "rd_bytes";
/// Typed-parameter or identity field name `rd_operations`.
pub const VIR_DOMAIN_BLOCK_STATS_READ_REQ: &str = "rd_operations";
/// Typed-parameter or identity field name `rd_total_times`.
pub const VIR_DOMAIN_BLOCK_STATS_READ_TOTAL_TIMES: &str = "rd_total_times";
/// Typed-parameter or identity field name `wr_bytes`.
pub const VIR_DOMAIN_BLOCK_STATS_WRITE_BYTES: &str = "wr_bytes";
/// Typed-parameter or identity field name `wr_operations`.
pub const VIR_DOMAIN_BLOCK_STATS_WRITE_REQ: &str = "wr_operations";
/// Typed-parameter or identity field name `wr_total_times`.
pub const VIR_DOMAIN_BLOCK_STATS_WRITE_TOTAL_TIMES: &str = "wr_total_times";
/// Typed-parameter or identity field name `cpu_time`.
pub const VIR_DOMAIN_CPU_STATS_CPUTIME: &str = "cpu_time";
/// Typed-parameter or identity field name `system_time`.
pub const VIR_DOMAIN_CPU_STATS_SYSTEMTIME: &str = "system_time";
/// Typed-parameter or identity field name `user_time`.
pub const VIR_DOMAIN_CPU_STATS_USERTIME: &str = "user_time";
/// Typed-parameter or identity field name `vcpu_time`.
pub const VIR_DOMAIN_CPU_STATS_VCPUTIME: &str = "vcpu_time";
/// Typed-parameter or identity field name `poll_grow`.
pub const VIR_DOMAIN_IOTHREAD_POLL_GROW: &str = "poll_grow";
/// Typed-parameter or identity field name `poll_max_ns`.
pub const VIR_DOMAIN_IOTHREAD_POLL_MAX_NS: &str = "poll_max_ns";
/// Typed-parameter or identity field name `poll_shrink`.
pub const VIR_DOMAIN_IOTHREAD_POLL_SHRINK: &str = "poll_shrink";
/// Typed-parameter or identity field name `thread_pool_max`.
pub const VIR_DOMAIN_IOTHREAD_THREAD_POOL_MAX: &str = "thread_pool_max";
/// Typed-parameter or identity field name `thread_pool_min`.
pub const VIR_DOMAIN_IOTHREAD_THREAD_POOL_MIN: &str = "thread_pool_min";
/// Typed-parameter or identity field name `auto_converge_throttle`.
pub const VIR_DOMAIN_JOB_AUTO_CONVERGE_THROTTLE: &str = "auto_converge_throttle";
/// Typed-parameter or identity field name `compression_bytes`.
pub const VIR_DOMAIN_JOB_COMPRESSION_BYTES: &str = "compression_bytes";
/// Typed-parameter or identity field name `compression_cache`.
pub const VIR_DOMAIN_JOB_COMPRESSION_CACHE: &str = "compression_cache";
/// Typed-parameter or identity field name `compression_cache_misses`.
pub const VIR_DOMAIN_JOB_COMPRESSION_CACHE_MISSES: &str = "compression_cache_misses";
/// Typed-parameter or identity field name `compression_overflow`.
pub const VIR_DOMAIN_JOB_COMPRESSION_OVERFLOW: &str = "compression_overflow";
/// Typed-parameter or identity field name `compression_pages`.
pub const VIR_DOMAIN_JOB_COMPRESSION_PAGES: &str = "compression_pages";
/// Typed-parameter or identity field name `data_processed`.
pub const VIR_DOMAIN_JOB_DATA_PROCESSED: &str = "data_processed";
/// Typed-parameter or identity field name `data_remaining`.
pub const VIR_DOMAIN_JOB_DATA_REMAINING: &str = "data_remaining";
/// Typed-parameter or identity field name `data_total`.
pub const VIR_DOMAIN_JOB_DATA_TOTAL: &str = "data_total";
/// Typed-parameter or identity field name `disk_bps`.
pub const VIR_DOMAIN_JOB_DISK_BPS: &str = "disk_bps";
/// Typed-parameter or identity field name `disk_processed`.
pub const VIR_DOMAIN_JOB_DISK_PROCESSED: &str = "disk_processed";
/// Typed-parameter or identity field name `disk_remaining`.
pub const VIR_DOMAIN_JOB_DISK_REMAINING: &str = "disk_remaining";
/// Typed-parameter or identity field name `disk_temp_total`.
pub const VIR_DOMAIN_JOB_DISK_TEMP_TOTAL: &str = "disk_temp_total";
/// Typed-parameter or identity field name `disk_temp_used`.
pub const VIR_DOMAIN_JOB_DISK_TEMP_USED: &str = "disk_temp_used";
/// Typed-parameter or identity field name `disk_total`.
pub const VIR_DOMAIN_JOB_DISK_TOTAL: &str = "disk_total";
/// Typed-parameter or identity field name `downtime`.
pub const VIR_DOMAIN_JOB_DOWNTIME: &str = "downtime";
/// Typed-parameter or identity field name `downtime_net`.
pub const VIR_DOMAIN_JOB_DOWNTIME_NET: &str = "downtime_net";
/// Typed-parameter or identity field name `errmsg`.
pub const VIR_DOMAIN_JOB_ERRMSG: &str = "errmsg";
/// Typed-parameter or identity field name `memory_bps`.
pub const VIR_DOMAIN_JOB_MEMORY_BPS: &str = "memory_bps";
/// Typed-parameter or identity field name `memory_constant`.
pub const VIR_DOMAIN_JOB_MEMORY_CONSTANT: &str = "memory_constant";
/// Typed-parameter or identity field name `memory_dirty_rate`.
pub const VIR_DOMAIN_JOB_MEMORY_DIRTY_RATE: &str = "memory_dirty_rate";
/// Typed-parameter or identity field name `memory_iteration`.
pub const VIR_DOMAIN_JOB_MEMORY_ITERATION: &str = "memory_iteration";
/// Typed-parameter or identity field name `memory_normal`.
pub const VIR_DOMAIN_JOB_MEMORY_NORMAL: &str = "memory_normal";
/// Typed-parameter or identity field name `memory_normal_bytes`.
pub const VIR_DOMAIN_JOB_MEMORY_NORMAL_BYTES: &str = "memory_normal_bytes";
/// Typed-parameter or identity field name `memory_page_size`.
pub const VIR_DOMAIN_JOB_MEMORY_PAGE_SIZE: &str = "memory_page_size";
/// Typed-parameter or identity field name `memory_postcopy_requests`.
pub const VIR_DOMAIN_JOB_MEMORY_POSTCOPY_REQS: &str = "memory_postcopy_requests";
/// Typed-parameter or identity field name `memory_processed`.
pub const VIR_DOMAIN_JOB_MEMORY_PROCESSED: &str = "memory_processed";
/// Typed-parameter or identity field name `memory_remaining`.
pub const VIR_DOMAIN_JOB_MEMORY_REMAINING: &str = "memory_remaining";
/// Typed-parameter or identity field name `memory_total`.
pub const VIR_DOMAIN_JOB_MEMORY_TOTAL: &str = "memory_total";
/// Typed-parameter or identity field name `operation`.
pub const VIR_DOMAIN_JOB_OPERATION: &str = "operation";
/// Typed-parameter or identity field name `setup_time`.
pub const VIR_DOMAIN_JOB_SETUP_TIME: &str = "setup_time";
/// Typed-parameter or identity field name `success`.
pub const VIR_DOMAIN_JOB_SUCCESS: &str = "success";
/// Typed-parameter or identity field name `time_elapsed`.
pub const VIR_DOMAIN_JOB_TIME_ELAPSED: &str = "time_elapsed";
/// Typed-parameter or identity field name `time_elapsed_net`.
pub const VIR_DOMAIN_JOB_TIME_ELAPSED_NET: &str = "time_elapsed_net";
/// Typed-parameter or identity field name `time_remaining`.
pub const VIR_DOMAIN_JOB_TIME_REMAINING: &str = "time_remaining";
/// Typed-parameter or identity field name `sev-api-major`.
pub const VIR_DOMAIN_LAUNCH_SECURITY_SEV_API_MAJOR: &str = "sev-api-major";
/// Typed-parameter or identity field name `sev-api-minor`.
pub const VIR_DOMAIN_LAUNCH_SECURITY_SEV_API_MINOR: &str = "sev-api-minor";
/// Typed-parameter or identity field name `sev-build-id`.
pub const VIR_DOMAIN_LAUNCH_SECURITY_SEV_BUILD_ID: &str = "sev-build-id";
/// Typed-parameter or identity field name `sev-measurement`.
pub const VIR_DOMAIN_LAUNCH_SECURITY_SEV_MEASUREMENT: &str = "sev-measurement";
/// Typed-parameter or identity field name `sev-policy`.
pub const VIR_DOMAIN_LAUNCH_SECURITY_SEV_POLICY: &str = "sev-policy";
/// Typed-parameter or identity field name `sev-secret`.
pub const VIR_DOMAIN_LAUNCH_SECURITY_SEV_SECRET: &str = "sev-secret";
/// Typed-parameter or identity field name `sev-secret-header`.
pub const VIR_DOMAIN_LAUNCH_SECURITY_SEV_SECRET_HEADER: &str = "sev-secret-header";
/// Typed-parameter or identity field name `sev-secret-set-address`.
pub const VIR_DOMAIN_LAUNCH_SECURITY_SEV_SECRET_SET_ADDRESS: &str = "sev-secret-set-address";
/// Typed-parameter or identity field name `hard_limit`.
pub const VIR_DOMAIN_MEMORY_HARD_LIMIT: &str = "hard_limit";
/// Typed-parameter or identity field name `min_guarantee`.
pub const VIR_DOMAIN_MEMORY_MIN_GUARANTEE: &str = "min_guarantee";
/// Typed-parameter or identity field name `soft_limit`.
pub const VIR_DOMAIN_MEMORY_SOFT_LIMIT: &str = "soft_limit";
/// Typed-parameter or identity field name `swap_hard_limit`.
pub const VIR_DOMAIN_MEMORY_SWAP_HARD_LIMIT: &str = "swap_hard_limit";
/// Typed-parameter or identity field name `numa_mode`.
pub const VIR_DOMAIN_NUMA_MODE: &str = "numa_mode";
/// Typed-parameter or identity field name `numa_nodeset`.
pub const VIR_DOMAIN_NUMA_NODESET: &str = "numa_nodeset";
/// Typed-parameter or identity field name `dxml`.
pub const VIR_DOMAIN_SAVE_PARAM_DXML: &str = "dxml";
/// Typed-parameter or identity field name `file`.
pub const VIR_DOMAIN_SAVE_PARAM_FILE: &str = "file";
/// Typed-parameter or identity field name `cap`.
pub const VIR_DOMAIN_SCHEDULER_CAP: &str = "cap";
/// Typed-parameter or identity field name `cpu_shares`.
pub const VIR_DOMAIN_SCHEDULER_CPU_SHARES: &str = "cpu_shares";
/// Typed-parameter or identity field name `emulator_period`.
pub const VIR_DOMAIN_SCHEDULER_EMULATOR_PERIOD: &str = "emulator_period";
/// Typed-parameter or identity field name `emulator_quota`.
pub const VIR_DOMAIN_SCHEDULER_EMULATOR_QUOTA: &str = "emulator_quota";
/// Typed-parameter or identity field name `global_period`.
pub const VIR_DOMAIN_SCHEDULER_GLOBAL_PERIOD: &str = "global_period";
/// Typed-parameter or identity field name `global_quota`.
pub const VIR_DOMAIN_SCHEDULER_GLOBAL_QUOTA: &str = "global_quota";
/// Typed-parameter or identity field name `iothread_period`.
pub const VIR_DOMAIN_SCHEDULER_IOTHREAD_PERIOD: &str = "iothread_period";
/// Typed-parameter or identity field name `iothread_quota`.
pub const VIR_DOMAIN_SCHEDULER_IOTHREAD_QUOTA: &str = "iothread_quota";
/// Typed-parameter or identity field name `limit`.
pub const VIR_DOMAIN_SCHEDULER_LIMIT: &str = "limit";
/// Typed-parameter or identity field name `reservation`.
pub const VIR_DOMAIN_SCHEDULER_RESERVATION: &str = "reservation";
/// Typed-parameter or identity field name `shares`.
pub const VIR_DOMAIN_SCHEDULER_SHARES: &str = "shares";
/// Typed-parameter or identity field name `vcpu_period`.
pub const VIR_DOMAIN_SCHEDULER_VCPU_PERIOD: &str = "vcpu_period";
/// Typed-parameter or identity field name `vcpu_quota`.
pub const VIR_DOMAIN_SCHEDULER_VCPU_QUOTA: &str = "vcpu_quota";
/// Typed-parameter or identity field name `weight`.
pub const VIR_DOMAIN_SCHEDULER_WEIGHT: &str = "weight";
/// Typed-parameter or identity field name `blkdeviotune.disk`.
pub const VIR_DOMAIN_TUNABLE_BLKDEV_DISK: &str = "blkdeviotune.disk";
/// Typed-parameter or identity field name `blkdeviotune.group_name`.
pub const VIR_DOMAIN_TUNABLE_BLKDEV_GROUP_NAME: &str = "blkdeviotune.group_name";
/// Typed-parameter or identity field name `blkdeviotune.read_bytes_sec`.
pub const VIR_DOMAIN_TUNABLE_BLKDEV_READ_BYTES_SEC: &str = "blkdeviotune.read_bytes_sec";
/// Typed-parameter or identity field name `blkdeviotune.read_bytes_sec_max`.
pub const VIR_DOMAIN_TUNABLE_BLKDEV_READ_BYTES_SEC_MAX: &str = "blkdeviotune.read_bytes_sec_max";
/// Typed-parameter or identity field name `blkdeviotune.read_bytes_sec_max_length`.
pub const VIR_DOMAIN_TUNABLE_BLKDEV_READ_BYTES_SEC_MAX_LENGTH: &str =
    "blkdeviotune.read_bytes_sec_max_length";
/// Typed-parameter or identity field name `blkdeviotune.read_iops_sec`.
pub const VIR_DOMAIN_TUNABLE_BLKDEV_READ_IOPS_SEC: &str = "blkdeviotune.read_iops_sec";
/// Typed-parameter or identity field name `blkdeviotune.read_iops_sec_max`.
pub const VIR_DOMAIN_TUNABLE_BLKDEV_READ_IOPS_SEC_MAX: &str = "blkdeviotune.read_iops_sec_max";
/// Typed-parameter or identity field name `blkdeviotune.read_iops_sec_max_length`.
pub const VIR_DOMAIN_TUNABLE_BLKDEV_READ_IOPS_SEC_MAX_LENGTH: &str =
    "blkdeviotune.read_iops_sec_max_length";
/// Typed-parameter or identity field name `blkdeviotune.size_iops_sec`.
pub const VIR_DOMAIN_TUNABLE_BLKDEV_SIZE_IOPS_SEC: &str = "blkdeviotune.size_iops_sec";
/// Typed-parameter or identity field name `blkdeviotune.total_bytes_sec`.
pub const VIR_DOMAIN_TUNABLE_BLKDEV_TOTAL_BYTES_SEC: &str = "blkdeviotune.total_bytes_sec";
/// Typed-parameter or identity field name `blkdeviotune.total_bytes_sec_max`.
pub const VIR_DOMAIN_TUNABLE_BLKDEV_TOTAL_BYTES_SEC_MAX: &str = "blkdeviotune.total_bytes_sec_max";
/// Typed-parameter or identity field name `blkdeviotune.total_bytes_sec_max_length`.
pub const VIR_DOMAIN_TUNABLE_BLKDEV_TOTAL_BYTES_SEC_MAX_LENGTH: &str =
    "blkdeviotune.total_bytes_sec_max_length";
/// Typed-parameter or identity field name `blkdeviotune.total_iops_sec`.
pub const VIR_DOMAIN_TUNABLE_BLKDEV_TOTAL_IOPS_SEC: &str = "blkdeviotune.total_iops_sec";
/// Typed-parameter or identity field name `blkdeviotune.total_iops_sec_max`.
pub const VIR_DOMAIN_TUNABLE_BLKDEV_TOTAL_IOPS_SEC_MAX: &str = "blkdeviotune.total_iops_sec_max";
/// Typed-parameter or identity field name `blkdeviotune.total_iops_sec_max_length`.
pub const VIR_DOMAIN_TUNABLE_BLKDEV_TOTAL_IOPS_SEC_MAX_LENGTH: &str =
    "blkdeviotune.total_iops_sec_max_length";
/// Typed-parameter or identity field name `blkdeviotune.write_bytes_sec`.
pub const VIR_DOMAIN_TUNABLE_BLKDEV_WRITE_BYTES_SEC: &str = "blkdeviotune.write_bytes_sec";
/// Typed-parameter or identity field name `blkdeviotune.write_bytes_sec_max`.
pub const VIR_DOMAIN_TUNABLE_BLKDEV_WRITE_BYTES_SEC_MAX: &str = "blkdeviotune.write_bytes_sec_max";
/// Typed-parameter or identity field name `blkdeviotune.write_bytes_sec_max_length`.
pub const VIR_DOMAIN_TUNABLE_BLKDEV_WRITE_BYTES_SEC_MAX_LENGTH: &str =
    "blkdeviotune.write_bytes_sec_max_length";
/// Typed-parameter or identity field name `blkdeviotune.write_iops_sec`.
pub const VIR_DOMAIN_TUNABLE_BLKDEV_WRITE_IOPS_SEC: &str = "blkdeviotune.write_iops_sec";
/// Typed-parameter or identity field name `blkdeviotune.write_iops_sec_max`.
pub const VIR_DOMAIN_TUNABLE_BLKDEV_WRITE_IOPS_SEC_MAX: &str = "blkdeviotune.write_iops_sec_max";
/// Typed-parameter or identity field name `blkdeviotune.write_iops_sec_max_length`.
pub const VIR_DOMAIN_TUNABLE_BLKDEV_WRITE_IOPS_SEC_MAX_LENGTH: &str =
    "blkdeviotune.write_iops_sec_max_length";
/// Typed-parameter or identity field name `cputune.cpu_shares`.
pub const VIR_DOMAIN_TUNABLE_CPU_CPU_SHARES: &str = "cputune.cpu_shares";
/// Typed-parameter or identity field name `cputune.emulatorpin`.
pub const VIR_DOMAIN_TUNABLE_CPU_EMULATORPIN: &str = "cputune.emulatorpin";
/// Typed-parameter or identity field name `cputune.emulator_period`.
pub const VIR_DOMAIN_TUNABLE_CPU_EMULATOR_PERIOD: &str = "cputune.emulator_period";
/// Typed-parameter or identity field name `cputune.emulator_quota`.
pub const VIR_DOMAIN_TUNABLE_CPU_EMULATOR_QUOTA: &str = "cputune.emulator_quota";
/// Typed-parameter or identity field name `cputune.global_period`.
pub const VIR_DOMAIN_TUNABLE_CPU_GLOBAL_PERIOD: &str = "cputune.global_period";
/// Typed-parameter or identity field name `cputune.global_quota`.
pub const VIR_DOMAIN_TUNABLE_CPU_GLOBAL_QUOTA: &str = "cputune.global_quota";
/// Typed-parameter or identity field name `cputune.iothreadpin%u`.
pub const VIR_DOMAIN_TUNABLE_CPU_IOTHREADSPIN: &str = "cputune.iothreadpin%u";
/// Typed-parameter or identity field name `cputune.iothread_period`.
pub const VIR_DOMAIN_TUNABLE_CPU_IOTHREAD_PERIOD: &str = "cputune.iothread_period";
/// Typed-parameter or identity field name `cputune.iothread_quota`.
pub const VIR_DOMAIN_TUNABLE_CPU_IOTHREAD_QUOTA: &str = "cputune.iothread_quota";
/// Typed-parameter or identity field name `cputune.vcpupin%u`.
pub const VIR_DOMAIN_TUNABLE_CPU_VCPUPIN: &str = "cputune.vcpupin%u";
/// Typed-parameter or identity field name `cputune.vcpu_period`.
pub const VIR_DOMAIN_TUNABLE_CPU_VCPU_PERIOD: &str = "cputune.vcpu_period";
/// Typed-parameter or identity field name `cputune.vcpu_quota`.
pub const VIR_DOMAIN_TUNABLE_CPU_VCPU_QUOTA: &str = "cputune.vcpu_quota";
/// Typed-parameter or identity field name `auto_converge.increment`.
pub const VIR_MIGRATE_PARAM_AUTO_CONVERGE_INCREMENT: &str = "auto_converge.increment";
/// Typed-parameter or identity field name `auto_converge.initial`.
pub const VIR_MIGRATE_PARAM_AUTO_CONVERGE_INITIAL: &str = "auto_converge.initial";
/// Typed-parameter or identity field name `bandwidth`.
pub const VIR_MIGRATE_PARAM_BANDWIDTH: &str = "bandwidth";
/// Typed-parameter or identity field name `bandwidth.postcopy`.
pub const VIR_MIGRATE_PARAM_BANDWIDTH_POSTCOPY: &str = "bandwidth.postcopy";
/// Typed-parameter or identity field name `compression`.
pub const VIR_MIGRATE_PARAM_COMPRESSION: &str = "compression";
/// Typed-parameter or identity field name `compression.mt.dthreads`.
pub const VIR_MIGRATE_PARAM_COMPRESSION_MT_DTHREADS: &str = "compression.mt.dthreads";
/// Typed-parameter or identity field name `compression.mt.level`.
pub const VIR_MIGRATE_PARAM_COMPRESSION_MT_LEVEL: &str = "compression.mt.level";
/// Typed-parameter or identity field name `compression.mt.threads`.
pub const VIR_MIGRATE_PARAM_COMPRESSION_MT_THREADS: &str = "compression.mt.threads";
/// Typed-parameter or identity field name `compression.xbzrle.cache`.
pub const VIR_MIGRATE_PARAM_COMPRESSION_XBZRLE_CACHE: &str = "compression.xbzrle.cache";
/// Typed-parameter or identity field name `destination_name`.
pub const VIR_MIGRATE_PARAM_DEST_NAME: &str = "destination_name";
/// Typed-parameter or identity field name `destination_xml`.
pub const VIR_MIGRATE_PARAM_DEST_XML: &str = "destination_xml";
/// Typed-parameter or identity field name `disks_port`.
pub const VIR_MIGRATE_PARAM_DISKS_PORT: &str = "disks_port";
/// Typed-parameter or identity field name `disks_uri`.
pub const VIR_MIGRATE_PARAM_DISKS_URI: &str = "disks_uri";
/// Typed-parameter or identity field name `graphics_uri`.
pub const VIR_MIGRATE_PARAM_GRAPHICS_URI: &str = "graphics_uri";
/// Typed-parameter or identity field name `listen_address`.
pub const VIR_MIGRATE_PARAM_LISTEN_ADDRESS: &str = "listen_address";
/// Typed-parameter or identity field name `migrate_disks`.
pub const VIR_MIGRATE_PARAM_MIGRATE_DISKS: &str = "migrate_disks";
/// Typed-parameter or identity field name `parallel.connections`.
pub const VIR_MIGRATE_PARAM_PARALLEL_CONNECTIONS: &str = "parallel.connections";
/// Typed-parameter or identity field name `persistent_xml`.
pub const VIR_MIGRATE_PARAM_PERSIST_XML: &str = "persistent_xml";
/// Typed-parameter or identity field name `tls.destination`.
pub const VIR_MIGRATE_PARAM_TLS_DESTINATION: &str = "tls.destination";
/// Typed-parameter or identity field name `migrate_uri`.
pub const VIR_MIGRATE_PARAM_URI: &str = "migrate_uri";
/// Typed-parameter or identity field name `alignment_faults`.
pub const VIR_PERF_PARAM_ALIGNMENT_FAULTS: &str = "alignment_faults";
/// Typed-parameter or identity field name `branch_instructions`.
pub const VIR_PERF_PARAM_BRANCH_INSTRUCTIONS: &str = "branch_instructions";
/// Typed-parameter or identity field name `branch_misses`.
pub const VIR_PERF_PARAM_BRANCH_MISSES: &str = "branch_misses";
/// Typed-parameter or identity field name `bus_cycles`.
pub const VIR_PERF_PARAM_BUS_CYCLES: &str = "bus_cycles";
/// Typed-parameter or identity field name `cache_misses`.
pub const VIR_PERF_PARAM_CACHE_MISSES: &str = "cache_misses";
/// Typed-parameter or identity field name `cache_references`.
pub const VIR_PERF_PARAM_CACHE_REFERENCES: &str = "cache_references";
/// Typed-parameter or identity field name `cmt`.
pub const VIR_PERF_PARAM_CMT: &str = "cmt";
/// Typed-parameter or identity field name `context_switches`.
pub const VIR_PERF_PARAM_CONTEXT_SWITCHES: &str = "context_switches";
/// Typed-parameter or identity field name `cpu_clock`.
pub const VIR_PERF_PARAM_CPU_CLOCK: &str = "cpu_clock";
/// Typed-parameter or identity field name `cpu_cycles`.
pub const VIR_PERF_PARAM_CPU_CYCLES: &str = "cpu_cycles";
/// Typed-parameter or identity field name `cpu_migrations`.
pub const VIR_PERF_PARAM_CPU_MIGRATIONS: &str = "cpu_migrations";
/// Typed-parameter or identity field name `emulation_faults`.
pub const VIR_PERF_PARAM_EMULATION_FAULTS: &str = "emulation_faults";
/// Typed-parameter or identity field name `instructions`.
pub const VIR_PERF_PARAM_INSTRUCTIONS: &str = "instructions";
/// Typed-parameter or identity field name `mbml`.
pub const VIR_PERF_PARAM_MBML: &str = "mbml";
/// Typed-parameter or identity field name `mbmt`.
pub const VIR_PERF_PARAM_MBMT: &str = "mbmt";
/// Typed-parameter or identity field name `page_faults`.
pub const VIR_PERF_PARAM_PAGE_FAULTS: &str = "page_faults";
/// Typed-parameter or identity field name `page_faults_maj`.
pub const VIR_PERF_PARAM_PAGE_FAULTS_MAJ: &str = "page_faults_maj";
/// Typed-parameter or identity field name `page_faults_min`.
pub const VIR_PERF_PARAM_PAGE_FAULTS_MIN: &str = "page_faults_min";
/// Typed-parameter or identity field name `ref_cpu_cycles`.
pub const VIR_PERF_PARAM_REF_CPU_CYCLES: &str = "ref_cpu_cycles";
/// Typed-parameter or identity field name `stalled_cycles_backend`.
pub const VIR_PERF_PARAM_STALLED_CYCLES_BACKEND: &str = "stalled_cycles_backend";
/// Typed-parameter or identity field name `stalled_cycles_frontend`.
pub const VIR_PERF_PARAM_STALLED_CYCLES_FRONTEND: &str = "stalled_cycles_frontend";
/// Typed-parameter or identity field name `task_clock`.
pub const VIR_PERF_PARAM_TASK_CLOCK: &str = "task_clock";

/// Values of `virConnectDomainEventAgentLifecycleReason`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virConnectDomainEventAgentLifecycleReason {
    VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_REASON_UNKNOWN = 0,
    VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_REASON_DOMAIN_STARTED = 1,
    VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_REASON_CHANNEL = 2,
    #[cfg(feature = "enum_sentinels")]
    VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_REASON_LAST = 3,
}

/// Values of `virConnectDomainEventAgentLifecycleState`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virConnectDomainEventAgentLifecycleState {
    VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_STATE_CONNECTED = 1,
    VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_STATE_DISCONNECTED = 2,
    #[cfg(feature = "enum_sentinels")]
    VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_STATE_LAST = 3,
}

/// Values of `virConnectGetAllDomainStatsFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virConnectGetAllDomainStatsFlags {
    VIR_CONNECT_GET_ALL_DOMAINS_STATS_ACTIVE = 1,
    VIR_CONNECT_GET_ALL_DOMAINS_STATS_INACTIVE = 2,
    VIR_CONNECT_GET_ALL_DOMAINS_STATS_PERSISTENT = 4,
    VIR_CONNECT_GET_ALL_DOMAINS_STATS_TRANSIENT = 8,
    VIR_CONNECT_GET_ALL_DOMAINS_STATS_RUNNING = 16,
    VIR_CONNECT_GET_ALL_DOMAINS_STATS_PAUSED = 32,
    VIR_CONNECT_GET_ALL_DOMAINS_STATS_SHUTOFF = 64,
    VIR_CONNECT_GET_ALL_DOMAINS_STATS_OTHER = 128,
    VIR_CONNECT_GET_ALL_DOMAINS_STATS_NOWAIT = 536870912,
    VIR_CONNECT_GET_ALL_DOMAINS_STATS_BACKING = 1073741824,
    VIR_CONNECT_GET_ALL_DOMAINS_STATS_ENFORCE_STATS = 2147483648,
}

/// Values of `virConnectListAllDomainsFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virConnectListAllDomainsFlags {
    VIR_CONNECT_LIST_DOMAINS_ACTIVE = 1,
    VIR_CONNECT_LIST_DOMAINS_INACTIVE = 2,
    VIR_CONNECT_LIST_DOMAINS_PERSISTENT = 4,
    VIR_CONNECT_LIST_DOMAINS_TRANSIENT = 8,
    VIR_CONNECT_LIST_DOMAINS_RUNNING = 16,
    VIR_CONNECT_LIST_DOMAINS_PAUSED = 32,
    VIR_CONNECT_LIST_DOMAINS_SHUTOFF = 64,
    VIR_CONNECT_LIST_DOMAINS_OTHER = 128,
    VIR_CONNECT_LIST_DOMAINS_MANAGEDSAVE = 256,
    VIR_CONNECT_LIST_DOMAINS_NO_MANAGEDSAVE = 512,
    VIR_CONNECT_LIST_DOMAINS_AUTOSTART = 1024,
    VIR_CONNECT_LIST_DOMAINS_NO_AUTOSTART = 2048,
    VIR_CONNECT_LIST_DOMAINS_HAS_SNAPSHOT = 4096,
    VIR_CONNECT_LIST_DOMAINS_NO_SNAPSHOT = 8192,
    VIR_CONNECT_LIST_DOMAINS_HAS_CHECKPOINT = 16384,
    VIR_CONNECT_LIST_DOMAINS_NO_CHECKPOINT = 32768,
}

/// Values of `virDomainAbortJobFlagsValues`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainAbortJobFlagsValues {
    VIR_DOMAIN_ABORT_JOB_POSTCOPY = 1,
}

/// Values of `virDomainModificationImpact`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainModificationImpact {
    VIR_DOMAIN_AFFECT_CURRENT = 0,
    VIR_DOMAIN_AFFECT_LIVE = 1,
    VIR_DOMAIN_AFFECT_CONFIG = 2,
}

/// Values of `virDomainAgentResponseTimeoutValues`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainAgentResponseTimeoutValues {
    VIR_DOMAIN_AGENT_RESPONSE_TIMEOUT_BLOCK = -2,
    VIR_DOMAIN_AGENT_RESPONSE_TIMEOUT_DEFAULT = -1,
    VIR_DOMAIN_AGENT_RESPONSE_TIMEOUT_NOWAIT = 0,
}

/// Values of `virDomainAuthorizedSSHKeysSetFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainAuthorizedSSHKeysSetFlags {
    VIR_DOMAIN_AUTHORIZED_SSH_KEYS_SET_APPEND = 1,
    VIR_DOMAIN_AUTHORIZED_SSH_KEYS_SET_REMOVE = 2,
}

/// Values of `virDomainBackupBeginFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainBackupBeginFlags {
    VIR_DOMAIN_BACKUP_BEGIN_REUSE_EXTERNAL = 1,
}

/// Values of `virBlkioParameterType`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virBlkioParameterType {
    VIR_DOMAIN_BLKIO_PARAM_INT = 1,
    VIR_DOMAIN_BLKIO_PARAM_UINT = 2,
    VIR_DOMAIN_BLKIO_PARAM_LLONG = 3,
    VIR_DOMAIN_BLKIO_PARAM_ULLONG = 4,
    VIR_DOMAIN_BLKIO_PARAM_DOUBLE = 5,
    VIR_DOMAIN_BLKIO_PARAM_BOOLEAN = 6,
}

/// Values of `virDomainState`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainState {
    VIR_DOMAIN_NOSTATE = 0,
    VIR_DOMAIN_RUNNING = 1,
    VIR_DOMAIN_BLOCKED = 2,
    VIR_DOMAIN_PAUSED = 3,
    VIR_DOMAIN_SHUTDOWN = 4,
    VIR_DOMAIN_SHUTOFF = 5,
    VIR_DOMAIN_CRASHED = 6,
    VIR_DOMAIN_PMSUSPENDED = 7,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_LAST = 8,
}

/// Values of `virDomainBlockedReason`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainBlockedReason {
    VIR_DOMAIN_BLOCKED_UNKNOWN = 0,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_BLOCKED_LAST = 1,
}

/// Values of `virDomainBlockCommitFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainBlockCommitFlags {
    VIR_DOMAIN_BLOCK_COMMIT_SHALLOW = 1,
    VIR_DOMAIN_BLOCK_COMMIT_DELETE = 2,
    VIR_DOMAIN_BLOCK_COMMIT_ACTIVE = 4,
    VIR_DOMAIN_BLOCK_COMMIT_RELATIVE = 8,
    VIR_DOMAIN_BLOCK_COMMIT_BANDWIDTH_BYTES = 16,
}

/// Values of `virDomainBlockCopyFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainBlockCopyFlags {
    VIR_DOMAIN_BLOCK_COPY_SHALLOW = 1,
    VIR_DOMAIN_BLOCK_COPY_REUSE_EXT = 2,
    VIR_DOMAIN_BLOCK_COPY_TRANSIENT_JOB = 4,
    VIR_DOMAIN_BLOCK_COPY_SYNCHRONOUS_WRITES = 8,
}

/// Values of `virDomainBlockJobAbortFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainBlockJobAbortFlags {
    VIR_DOMAIN_BLOCK_JOB_ABORT_ASYNC = 1,
    VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT = 2,
}

/// Values of `virConnectDomainEventBlockJobStatus`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virConnectDomainEventBlockJobStatus {
    VIR_DOMAIN_BLOCK_JOB_COMPLETED = 0,
    VIR_DOMAIN_BLOCK_JOB_FAILED = 1,
    VIR_DOMAIN_BLOCK_JOB_CANCELED = 2,
    VIR_DOMAIN_BLOCK_JOB_READY = 3,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_BLOCK_JOB_LAST = 4,
}

/// Values of `virDomainBlockJobInfoFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainBlockJobInfoFlags {
    VIR_DOMAIN_BLOCK_JOB_INFO_BANDWIDTH_BYTES = 1,
}

/// Values of `virDomainBlockJobSetSpeedFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainBlockJobSetSpeedFlags {
    VIR_DOMAIN_BLOCK_JOB_SPEED_BANDWIDTH_BYTES = 1,
}

/// Values of `virDomainBlockJobType`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainBlockJobType {
    VIR_DOMAIN_BLOCK_JOB_TYPE_UNKNOWN = 0,
    VIR_DOMAIN_BLOCK_JOB_TYPE_PULL = 1,
    VIR_DOMAIN_BLOCK_JOB_TYPE_COPY = 2,
    VIR_DOMAIN_BLOCK_JOB_TYPE_COMMIT = 3,
    VIR_DOMAIN_BLOCK_JOB_TYPE_ACTIVE_COMMIT = 4,
    VIR_DOMAIN_BLOCK_JOB_TYPE_BACKUP = 5,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_BLOCK_JOB_TYPE_LAST = 6,
}

/// Values of `virDomainBlockPullFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainBlockPullFlags {
    VIR_DOMAIN_BLOCK_PULL_BANDWIDTH_BYTES = 64,
}

/// Values of `virDomainBlockRebaseFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainBlockRebaseFlags {
    VIR_DOMAIN_BLOCK_REBASE_SHALLOW = 1,
    VIR_DOMAIN_BLOCK_REBASE_REUSE_EXT = 2,
    VIR_DOMAIN_BLOCK_REBASE_COPY_RAW = 4,
    VIR_DOMAIN_BLOCK_REBASE_COPY = 8,
    VIR_DOMAIN_BLOCK_REBASE_RELATIVE = 16,
    VIR_DOMAIN_BLOCK_REBASE_COPY_DEV = 32,
    VIR_DOMAIN_BLOCK_REBASE_BANDWIDTH_BYTES = 64,
}

/// Values of `virDomainBlockResizeFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainBlockResizeFlags {
    VIR_DOMAIN_BLOCK_RESIZE_BYTES = 1,
}

/// Values of `virDomainChannelFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainChannelFlags {
    VIR_DOMAIN_CHANNEL_FORCE = 1,
}

/// Values of `virDomainConsoleFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainConsoleFlags {
    VIR_DOMAIN_CONSOLE_FORCE = 1,
    VIR_DOMAIN_CONSOLE_SAFE = 2,
}

/// Values of `virDomainControlState`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainControlState {
    VIR_DOMAIN_CONTROL_OK = 0,
    VIR_DOMAIN_CONTROL_JOB = 1,
    VIR_DOMAIN_CONTROL_OCCUPIED = 2,
    VIR_DOMAIN_CONTROL_ERROR = 3,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_CONTROL_LAST = 4,
}

/// Values of `virDomainControlErrorReason`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainControlErrorReason {
    VIR_DOMAIN_CONTROL_ERROR_REASON_NONE = 0,
    VIR_DOMAIN_CONTROL_ERROR_REASON_UNKNOWN = 1,
    VIR_DOMAIN_CONTROL_ERROR_REASON_MONITOR = 2,
    VIR_DOMAIN_CONTROL_ERROR_REASON_INTERNAL = 3,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_CONTROL_ERROR_REASON_LAST = 4,
}

/// Values of `virDomainCoreDumpFormat`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainCoreDumpFormat {
    VIR_DOMAIN_CORE_DUMP_FORMAT_RAW = 0,
    VIR_DOMAIN_CORE_DUMP_FORMAT_KDUMP_ZLIB = 1,
    VIR_DOMAIN_CORE_DUMP_FORMAT_KDUMP_LZO = 2,
    VIR_DOMAIN_CORE_DUMP_FORMAT_KDUMP_SNAPPY = 3,
    VIR_DOMAIN_CORE_DUMP_FORMAT_WIN_DMP = 4,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_CORE_DUMP_FORMAT_LAST = 5,
}

/// Values of `virDomainCrashedReason`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainCrashedReason {
    VIR_DOMAIN_CRASHED_UNKNOWN = 0,
    VIR_DOMAIN_CRASHED_PANICKED = 1,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_CRASHED_LAST = 2,
}

/// Values of `virDomainDefineFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainDefineFlags {
    VIR_DOMAIN_DEFINE_VALIDATE = 1,
}

/// Values of `virDomainDestroyFlagsValues`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainDestroyFlagsValues {
    VIR_DOMAIN_DESTROY_DEFAULT = 0,
    VIR_DOMAIN_DESTROY_GRACEFUL = 1,
    VIR_DOMAIN_DESTROY_REMOVE_LOGS = 2,
}

/// Values of `virDomainDeviceModifyFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainDeviceModifyFlags {
    VIR_DOMAIN_DEVICE_MODIFY_CURRENT = 0,
    VIR_DOMAIN_DEVICE_MODIFY_LIVE = 1,
    VIR_DOMAIN_DEVICE_MODIFY_CONFIG = 2,
    VIR_DOMAIN_DEVICE_MODIFY_FORCE = 4,
}

/// Values of `virDomainDirtyRateStatus`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainDirtyRateStatus {
    VIR_DOMAIN_DIRTYRATE_UNSTARTED = 0,
    VIR_DOMAIN_DIRTYRATE_MEASURING = 1,
    VIR_DOMAIN_DIRTYRATE_MEASURED = 2,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_DIRTYRATE_LAST = 3,
}

/// Values of `virDomainDirtyRateCalcFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainDirtyRateCalcFlags {
    VIR_DOMAIN_DIRTYRATE_MODE_PAGE_SAMPLING = 0,
    VIR_DOMAIN_DIRTYRATE_MODE_DIRTY_BITMAP = 1,
    VIR_DOMAIN_DIRTYRATE_MODE_DIRTY_RING = 2,
}

/// Values of `virDomainDiskErrorCode`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainDiskErrorCode {
    VIR_DOMAIN_DISK_ERROR_NONE = 0,
    VIR_DOMAIN_DISK_ERROR_UNSPEC = 1,
    VIR_DOMAIN_DISK_ERROR_NO_SPACE = 2,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_DISK_ERROR_LAST = 3,
}

/// Values of `virDomainEventType`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainEventType {
    VIR_DOMAIN_EVENT_DEFINED = 0,
    VIR_DOMAIN_EVENT_UNDEFINED = 1,
    VIR_DOMAIN_EVENT_STARTED = 2,
    VIR_DOMAIN_EVENT_SUSPENDED = 3,
    VIR_DOMAIN_EVENT_RESUMED = 4,
    VIR_DOMAIN_EVENT_STOPPED = 5,
    VIR_DOMAIN_EVENT_SHUTDOWN = 6,
    VIR_DOMAIN_EVENT_PMSUSPENDED = 7,
    VIR_DOMAIN_EVENT_CRASHED = 8,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_LAST = 9,
}

/// Values of `virDomainEventCrashedDetailType`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainEventCrashedDetailType {
    VIR_DOMAIN_EVENT_CRASHED_PANICKED = 0,
    VIR_DOMAIN_EVENT_CRASHED_CRASHLOADED = 1,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_CRASHED_LAST = 2,
}

/// Values of `virDomainEventDefinedDetailType`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainEventDefinedDetailType {
    VIR_DOMAIN_EVENT_DEFINED_ADDED = 0,
    VIR_DOMAIN_EVENT_DEFINED_UPDATED = 1,
    VIR_DOMAIN_EVENT_DEFINED_RENAMED = 2,
    VIR_DOMAIN_EVENT_DEFINED_FROM_SNAPSHOT = 3,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_DEFINED_LAST = 4,
}

/// Values of `virConnectDomainEventDiskChangeReason`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virConnectDomainEventDiskChangeReason {
    VIR_DOMAIN_EVENT_DISK_CHANGE_MISSING_ON_START = 0,
    VIR_DOMAIN_EVENT_DISK_DROP_MISSING_ON_START = 1,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_DISK_CHANGE_LAST = 2,
}

/// Values of `virDomainEventGraphicsAddressType`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainEventGraphicsAddressType {
    VIR_DOMAIN_EVENT_GRAPHICS_ADDRESS_IPV4 = 0,
    VIR_DOMAIN_EVENT_GRAPHICS_ADDRESS_IPV6 = 1,
    VIR_DOMAIN_EVENT_GRAPHICS_ADDRESS_UNIX = 2,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_GRAPHICS_ADDRESS_LAST = 3,
}

/// Values of `virDomainEventGraphicsPhase`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainEventGraphicsPhase {
    VIR_DOMAIN_EVENT_GRAPHICS_CONNECT = 0,
    VIR_DOMAIN_EVENT_GRAPHICS_INITIALIZE = 1,
    VIR_DOMAIN_EVENT_GRAPHICS_DISCONNECT = 2,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_GRAPHICS_LAST = 3,
}

/// Values of `virDomainEventID`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainEventID {
    VIR_DOMAIN_EVENT_ID_LIFECYCLE = 0,
    VIR_DOMAIN_EVENT_ID_REBOOT = 1,
    VIR_DOMAIN_EVENT_ID_RTC_CHANGE = 2,
    VIR_DOMAIN_EVENT_ID_WATCHDOG = 3,
    VIR_DOMAIN_EVENT_ID_IO_ERROR = 4,
    VIR_DOMAIN_EVENT_ID_GRAPHICS = 5,
    VIR_DOMAIN_EVENT_ID_IO_ERROR_REASON = 6,
    VIR_DOMAIN_EVENT_ID_CONTROL_ERROR = 7,
    VIR_DOMAIN_EVENT_ID_BLOCK_JOB = 8,
    VIR_DOMAIN_EVENT_ID_DISK_CHANGE = 9,
    VIR_DOMAIN_EVENT_ID_TRAY_CHANGE = 10,
    VIR_DOMAIN_EVENT_ID_PMWAKEUP = 11,
    VIR_DOMAIN_EVENT_ID_PMSUSPEND = 12,
    VIR_DOMAIN_EVENT_ID_BALLOON_CHANGE = 13,
    VIR_DOMAIN_EVENT_ID_PMSUSPEND_DISK = 14,
    VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED = 15,
    VIR_DOMAIN_EVENT_ID_BLOCK_JOB_2 = 16,
    VIR_DOMAIN_EVENT_ID_TUNABLE = 17,
    VIR_DOMAIN_EVENT_ID_AGENT_LIFECYCLE = 18,
    VIR_DOMAIN_EVENT_ID_DEVICE_ADDED = 19,
    VIR_DOMAIN_EVENT_ID_MIGRATION_ITERATION = 20,
    VIR_DOMAIN_EVENT_ID_JOB_COMPLETED = 21,
    VIR_DOMAIN_EVENT_ID_DEVICE_REMOVAL_FAILED = 22,
    VIR_DOMAIN_EVENT_ID_METADATA_CHANGE = 23,
    VIR_DOMAIN_EVENT_ID_BLOCK_THRESHOLD = 24,
    VIR_DOMAIN_EVENT_ID_MEMORY_FAILURE = 25,
    VIR_DOMAIN_EVENT_ID_MEMORY_DEVICE_SIZE_CHANGE = 26,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_ID_LAST = 27,
}

/// Values of `virDomainEventIOErrorAction`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainEventIOErrorAction {
    VIR_DOMAIN_EVENT_IO_ERROR_NONE = 0,
    VIR_DOMAIN_EVENT_IO_ERROR_PAUSE = 1,
    VIR_DOMAIN_EVENT_IO_ERROR_REPORT = 2,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_IO_ERROR_LAST = 3,
}

/// Values of `virDomainMemoryFailureActionType`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainMemoryFailureActionType {
    VIR_DOMAIN_EVENT_MEMORY_FAILURE_ACTION_IGNORE = 0,
    VIR_DOMAIN_EVENT_MEMORY_FAILURE_ACTION_INJECT = 1,
    VIR_DOMAIN_EVENT_MEMORY_FAILURE_ACTION_FATAL = 2,
    VIR_DOMAIN_EVENT_MEMORY_FAILURE_ACTION_RESET = 3,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_MEMORY_FAILURE_ACTION_LAST = 4,
}

/// Values of `virDomainMemoryFailureRecipientType`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainMemoryFailureRecipientType {
    VIR_DOMAIN_EVENT_MEMORY_FAILURE_RECIPIENT_HYPERVISOR = 0,
    VIR_DOMAIN_EVENT_MEMORY_FAILURE_RECIPIENT_GUEST = 1,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_MEMORY_FAILURE_RECIPIENT_LAST = 2,
}

/// Values of `virDomainEventPMSuspendedDetailType`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainEventPMSuspendedDetailType {
    VIR_DOMAIN_EVENT_PMSUSPENDED_MEMORY = 0,
    VIR_DOMAIN_EVENT_PMSUSPENDED_DISK = 1,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_PMSUSPENDED_LAST = 2,
}

/// Values of `virDomainEventResumedDetailType`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainEventResumedDetailType {
    VIR_DOMAIN_EVENT_RESUMED_UNPAUSED = 0,
    VIR_DOMAIN_EVENT_RESUMED_MIGRATED = 1,
    VIR_DOMAIN_EVENT_RESUMED_FROM_SNAPSHOT = 2,
    VIR_DOMAIN_EVENT_RESUMED_POSTCOPY = 3,
    VIR_DOMAIN_EVENT_RESUMED_POSTCOPY_FAILED = 4,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_RESUMED_LAST = 5,
}

/// Values of `virDomainEventShutdownDetailType`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainEventShutdownDetailType {
    VIR_DOMAIN_EVENT_SHUTDOWN_FINISHED = 0,
    VIR_DOMAIN_EVENT_SHUTDOWN_GUEST = 1,
    VIR_DOMAIN_EVENT_SHUTDOWN_HOST = 2,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_SHUTDOWN_LAST = 3,
}

/// Values of `virDomainEventStartedDetailType`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainEventStartedDetailType {
    VIR_DOMAIN_EVENT_STARTED_BOOTED = 0,
    VIR_DOMAIN_EVENT_STARTED_MIGRATED = 1,
    VIR_DOMAIN_EVENT_STARTED_RESTORED = 2,
    VIR_DOMAIN_EVENT_STARTED_FROM_SNAPSHOT = 3,
    VIR_DOMAIN_EVENT_STARTED_WAKEUP = 4,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_STARTED_LAST = 5,
}

/// Values of `virDomainEventStoppedDetailType`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainEventStoppedDetailType {
    VIR_DOMAIN_EVENT_STOPPED_SHUTDOWN = 0,
    VIR_DOMAIN_EVENT_STOPPED_DESTROYED = 1,
    VIR_DOMAIN_EVENT_STOPPED_CRASHED = 2,
    VIR_DOMAIN_EVENT_STOPPED_MIGRATED = 3,
    VIR_DOMAIN_EVENT_STOPPED_SAVED = 4,
    VIR_DOMAIN_EVENT_STOPPED_FAILED = 5,
    VIR_DOMAIN_EVENT_STOPPED_FROM_SNAPSHOT = 6,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_STOPPED_LAST = 7,
}

/// Values of `virDomainEventSuspendedDetailType`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainEventSuspendedDetailType {
    VIR_DOMAIN_EVENT_SUSPENDED_PAUSED = 0,
    VIR_DOMAIN_EVENT_SUSPENDED_MIGRATED = 1,
    VIR_DOMAIN_EVENT_SUSPENDED_IOERROR = 2,
    VIR_DOMAIN_EVENT_SUSPENDED_WATCHDOG = 3,
    VIR_DOMAIN_EVENT_SUSPENDED_RESTORED = 4,
    VIR_DOMAIN_EVENT_SUSPENDED_FROM_SNAPSHOT = 5,
    VIR_DOMAIN_EVENT_SUSPENDED_API_ERROR = 6,
    VIR_DOMAIN_EVENT_SUSPENDED_POSTCOPY = 7,
    VIR_DOMAIN_EVENT_SUSPENDED_POSTCOPY_FAILED = 8,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_SUSPENDED_LAST = 9,
}

/// Values of `virDomainEventTrayChangeReason`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainEventTrayChangeReason {
    VIR_DOMAIN_EVENT_TRAY_CHANGE_OPEN = 0,
    VIR_DOMAIN_EVENT_TRAY_CHANGE_CLOSE = 1,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_TRAY_CHANGE_LAST = 2,
}

/// Values of `virDomainEventUndefinedDetailType`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainEventUndefinedDetailType {
    VIR_DOMAIN_EVENT_UNDEFINED_REMOVED = 0,
    VIR_DOMAIN_EVENT_UNDEFINED_RENAMED = 1,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_UNDEFINED_LAST = 2,
}

/// Values of `virDomainEventWatchdogAction`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainEventWatchdogAction {
    VIR_DOMAIN_EVENT_WATCHDOG_NONE = 0,
    VIR_DOMAIN_EVENT_WATCHDOG_PAUSE = 1,
    VIR_DOMAIN_EVENT_WATCHDOG_RESET = 2,
    VIR_DOMAIN_EVENT_WATCHDOG_POWEROFF = 3,
    VIR_DOMAIN_EVENT_WATCHDOG_SHUTDOWN = 4,
    VIR_DOMAIN_EVENT_WATCHDOG_DEBUG = 5,
    VIR_DOMAIN_EVENT_WATCHDOG_INJECTNMI = 6,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_WATCHDOG_LAST = 7,
}

/// Values of `virDomainFDAssociateFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainFDAssociateFlags {
    VIR_DOMAIN_FD_ASSOCIATE_SECLABEL_RESTORE = 1,
    VIR_DOMAIN_FD_ASSOCIATE_SECLABEL_WRITABLE = 2,
}

/// Values of `virDomainGetHostnameFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainGetHostnameFlags {
    VIR_DOMAIN_GET_HOSTNAME_LEASE = 1,
    VIR_DOMAIN_GET_HOSTNAME_AGENT = 2,
}

/// Values of `virDomainGuestInfoTypes`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainGuestInfoTypes {
    VIR_DOMAIN_GUEST_INFO_USERS = 1,
    VIR_DOMAIN_GUEST_INFO_OS = 2,
    VIR_DOMAIN_GUEST_INFO_TIMEZONE = 4,
    VIR_DOMAIN_GUEST_INFO_HOSTNAME = 8,
    VIR_DOMAIN_GUEST_INFO_FILESYSTEM = 16,
    VIR_DOMAIN_GUEST_INFO_DISKS = 32,
    VIR_DOMAIN_GUEST_INFO_INTERFACES = 64,
}

/// Values of `virDomainInterfaceAddressesSource`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainInterfaceAddressesSource {
    VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_LEASE = 0,
    VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_AGENT = 1,
    VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_ARP = 2,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_LAST = 3,
}

/// Values of `virDomainJobType`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainJobType {
    VIR_DOMAIN_JOB_NONE = 0,
    VIR_DOMAIN_JOB_BOUNDED = 1,
    VIR_DOMAIN_JOB_UNBOUNDED = 2,
    VIR_DOMAIN_JOB_COMPLETED = 3,
    VIR_DOMAIN_JOB_FAILED = 4,
    VIR_DOMAIN_JOB_CANCELLED = 5,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_JOB_LAST = 6,
}

/// Values of `virDomainJobOperation`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainJobOperation {
    VIR_DOMAIN_JOB_OPERATION_UNKNOWN = 0,
    VIR_DOMAIN_JOB_OPERATION_START = 1,
    VIR_DOMAIN_JOB_OPERATION_SAVE = 2,
    VIR_DOMAIN_JOB_OPERATION_RESTORE = 3,
    VIR_DOMAIN_JOB_OPERATION_MIGRATION_IN = 4,
    VIR_DOMAIN_JOB_OPERATION_MIGRATION_OUT = 5,
    VIR_DOMAIN_JOB_OPERATION_SNAPSHOT = 6,
    VIR_DOMAIN_JOB_OPERATION_SNAPSHOT_REVERT = 7,
    VIR_DOMAIN_JOB_OPERATION_DUMP = 8,
    VIR_DOMAIN_JOB_OPERATION_BACKUP = 9,
    VIR_DOMAIN_JOB_OPERATION_SNAPSHOT_DELETE = 10,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_JOB_OPERATION_LAST = 11,
}

/// Values of `virDomainGetJobStatsFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainGetJobStatsFlags {
    VIR_DOMAIN_JOB_STATS_COMPLETED = 1,
    VIR_DOMAIN_JOB_STATS_KEEP_COMPLETED = 2,
}

/// Values of `virDomainLifecycleAction`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainLifecycleAction {
    VIR_DOMAIN_LIFECYCLE_ACTION_DESTROY = 0,
    VIR_DOMAIN_LIFECYCLE_ACTION_RESTART = 1,
    VIR_DOMAIN_LIFECYCLE_ACTION_RESTART_RENAME = 2,
    VIR_DOMAIN_LIFECYCLE_ACTION_PRESERVE = 3,
    VIR_DOMAIN_LIFECYCLE_ACTION_COREDUMP_DESTROY = 4,
    VIR_DOMAIN_LIFECYCLE_ACTION_COREDUMP_RESTART = 5,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_LIFECYCLE_ACTION_LAST = 6,
}

/// Values of `virDomainLifecycle`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainLifecycle {
    VIR_DOMAIN_LIFECYCLE_POWEROFF = 0,
    VIR_DOMAIN_LIFECYCLE_REBOOT = 1,
    VIR_DOMAIN_LIFECYCLE_CRASH = 2,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_LIFECYCLE_LAST = 3,
}

/// Values of `virDomainMemoryFailureFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainMemoryFailureFlags {
    VIR_DOMAIN_MEMORY_FAILURE_ACTION_REQUIRED = 1,
    VIR_DOMAIN_MEMORY_FAILURE_RECURSIVE = 2,
}

/// Values of `virMemoryParameterType`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virMemoryParameterType {
    VIR_DOMAIN_MEMORY_PARAM_INT = 1,
    VIR_DOMAIN_MEMORY_PARAM_UINT = 2,
    VIR_DOMAIN_MEMORY_PARAM_LLONG = 3,
    VIR_DOMAIN_MEMORY_PARAM_ULLONG = 4,
    VIR_DOMAIN_MEMORY_PARAM_DOUBLE = 5,
    VIR_DOMAIN_MEMORY_PARAM_BOOLEAN = 6,
}

/// Values of `virDomainMemoryStatTags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainMemoryStatTags {
    VIR_DOMAIN_MEMORY_STAT_SWAP_IN = 0,
    VIR_DOMAIN_MEMORY_STAT_SWAP_OUT = 1,
    VIR_DOMAIN_MEMORY_STAT_MAJOR_FAULT = 2,
    VIR_DOMAIN_MEMORY_STAT_MINOR_FAULT = 3,
    VIR_DOMAIN_MEMORY_STAT_UNUSED = 4,
    VIR_DOMAIN_MEMORY_STAT_AVAILABLE = 5,
    VIR_DOMAIN_MEMORY_STAT_ACTUAL_BALLOON = 6,
    VIR_DOMAIN_MEMORY_STAT_RSS = 7,
    VIR_DOMAIN_MEMORY_STAT_USABLE = 8,
    VIR_DOMAIN_MEMORY_STAT_LAST_UPDATE = 9,
    VIR_DOMAIN_MEMORY_STAT_DISK_CACHES = 10,
    VIR_DOMAIN_MEMORY_STAT_HUGETLB_PGALLOC = 11,
    VIR_DOMAIN_MEMORY_STAT_HUGETLB_PGFAIL = 12,
    VIR_DOMAIN_MEMORY_STAT_NR = 13,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_MEMORY_STAT_LAST = 13,
}

/// Values of `virDomainMemoryModFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainMemoryModFlags {
    VIR_DOMAIN_MEM_CURRENT = 0,
    VIR_DOMAIN_MEM_LIVE = 1,
    VIR_DOMAIN_MEM_CONFIG = 2,
    VIR_DOMAIN_MEM_MAXIMUM = 4,
}

/// Values of `virDomainMessageType`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainMessageType {
    VIR_DOMAIN_MESSAGE_DEPRECATION = 1,
    VIR_DOMAIN_MESSAGE_TAINTING = 2,
}

/// Values of `virDomainMetadataType`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainMetadataType {
    VIR_DOMAIN_METADATA_DESCRIPTION = 0,
    VIR_DOMAIN_METADATA_TITLE = 1,
    VIR_DOMAIN_METADATA_ELEMENT = 2,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_METADATA_LAST = 3,
}

/// Values of `virDomainMigrateMaxSpeedFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainMigrateMaxSpeedFlags {
    VIR_DOMAIN_MIGRATE_MAX_SPEED_POSTCOPY = 1,
}

/// Values of `virDomainCreateFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainCreateFlags {
    VIR_DOMAIN_NONE = 0,
    VIR_DOMAIN_START_PAUSED = 1,
    VIR_DOMAIN_START_AUTODESTROY = 2,
    VIR_DOMAIN_START_BYPASS_CACHE = 4,
    VIR_DOMAIN_START_FORCE_BOOT = 8,
    VIR_DOMAIN_START_VALIDATE = 16,
    VIR_DOMAIN_START_RESET_NVRAM = 32,
}

/// Values of `virDomainNostateReason`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainNostateReason {
    VIR_DOMAIN_NOSTATE_UNKNOWN = 0,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_NOSTATE_LAST = 1,
}

/// Values of `virDomainNumatuneMemMode`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainNumatuneMemMode {
    VIR_DOMAIN_NUMATUNE_MEM_STRICT = 0,
    VIR_DOMAIN_NUMATUNE_MEM_PREFERRED = 1,
    VIR_DOMAIN_NUMATUNE_MEM_INTERLEAVE = 2,
    VIR_DOMAIN_NUMATUNE_MEM_RESTRICTIVE = 3,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_NUMATUNE_MEM_LAST = 4,
}

/// Values of `virDomainOpenGraphicsFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainOpenGraphicsFlags {
    VIR_DOMAIN_OPEN_GRAPHICS_SKIPAUTH = 1,
}

/// Values of `virDomainSetUserPasswordFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainSetUserPasswordFlags {
    VIR_DOMAIN_PASSWORD_ENCRYPTED = 1,
}

/// Values of `virDomainPausedReason`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainPausedReason {
    VIR_DOMAIN_PAUSED_UNKNOWN = 0,
    VIR_DOMAIN_PAUSED_USER = 1,
    VIR_DOMAIN_PAUSED_MIGRATION = 2,
    VIR_DOMAIN_PAUSED_SAVE = 3,
    VIR_DOMAIN_PAUSED_DUMP = 4,
    VIR_DOMAIN_PAUSED_IOERROR = 5,
    VIR_DOMAIN_PAUSED_WATCHDOG = 6,
    VIR_DOMAIN_PAUSED_FROM_SNAPSHOT = 7,
    VIR_DOMAIN_PAUSED_SHUTTING_DOWN = 8,
    VIR_DOMAIN_PAUSED_SNAPSHOT = 9,
    VIR_DOMAIN_PAUSED_CRASHED = 10,
    VIR_DOMAIN_PAUSED_STARTING_UP = 11,
    VIR_DOMAIN_PAUSED_POSTCOPY = 12,
    VIR_DOMAIN_PAUSED_POSTCOPY_FAILED = 13,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_PAUSED_LAST = 14,
}

/// Values of `virDomainPMSuspendedDiskReason`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainPMSuspendedDiskReason {
    VIR_DOMAIN_PMSUSPENDED_DISK_UNKNOWN = 0,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_PMSUSPENDED_DISK_LAST = 1,
}

/// Values of `virDomainPMSuspendedReason`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainPMSuspendedReason {
    VIR_DOMAIN_PMSUSPENDED_UNKNOWN = 0,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_PMSUSPENDED_LAST = 1,
}

/// Values of `virDomainProcessSignal`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainProcessSignal {
    VIR_DOMAIN_PROCESS_SIGNAL_NOP = 0,
    VIR_DOMAIN_PROCESS_SIGNAL_HUP = 1,
    VIR_DOMAIN_PROCESS_SIGNAL_INT = 2,
    VIR_DOMAIN_PROCESS_SIGNAL_QUIT = 3,
    VIR_DOMAIN_PROCESS_SIGNAL_ILL = 4,
    VIR_DOMAIN_PROCESS_SIGNAL_TRAP = 5,
    VIR_DOMAIN_PROCESS_SIGNAL_ABRT = 6,
    VIR_DOMAIN_PROCESS_SIGNAL_BUS = 7,
    VIR_DOMAIN_PROCESS_SIGNAL_FPE = 8,
    VIR_DOMAIN_PROCESS_SIGNAL_KILL = 9,
    VIR_DOMAIN_PROCESS_SIGNAL_USR1 = 10,
    VIR_DOMAIN_PROCESS_SIGNAL_SEGV = 11,
    VIR_DOMAIN_PROCESS_SIGNAL_USR2 = 12,
    VIR_DOMAIN_PROCESS_SIGNAL_PIPE = 13,
    VIR_DOMAIN_PROCESS_SIGNAL_ALRM = 14,
    VIR_DOMAIN_PROCESS_SIGNAL_TERM = 15,
    VIR_DOMAIN_PROCESS_SIGNAL_STKFLT = 16,
    VIR_DOMAIN_PROCESS_SIGNAL_CHLD = 17,
    VIR_DOMAIN_PROCESS_SIGNAL_CONT = 18,
    VIR_DOMAIN_PROCESS_SIGNAL_STOP = 19,
    VIR_DOMAIN_PROCESS_SIGNAL_TSTP = 20,
    VIR_DOMAIN_PROCESS_SIGNAL_TTIN = 21,
    VIR_DOMAIN_PROCESS_SIGNAL_TTOU = 22,
    VIR_DOMAIN_PROCESS_SIGNAL_URG = 23,
    VIR_DOMAIN_PROCESS_SIGNAL_XCPU = 24,
    VIR_DOMAIN_PROCESS_SIGNAL_XFSZ = 25,
    VIR_DOMAIN_PROCESS_SIGNAL_VTALRM = 26,
    VIR_DOMAIN_PROCESS_SIGNAL_PROF = 27,
    VIR_DOMAIN_PROCESS_SIGNAL_WINCH = 28,
    VIR_DOMAIN_PROCESS_SIGNAL_POLL = 29,
    VIR_DOMAIN_PROCESS_SIGNAL_PWR = 30,
    VIR_DOMAIN_PROCESS_SIGNAL_SYS = 31,
    VIR_DOMAIN_PROCESS_SIGNAL_RT0 = 32,
    VIR_DOMAIN_PROCESS_SIGNAL_RT1 = 33,
    VIR_DOMAIN_PROCESS_SIGNAL_RT2 = 34,
    VIR_DOMAIN_PROCESS_SIGNAL_RT3 = 35,
    VIR_DOMAIN_PROCESS_SIGNAL_RT4 = 36,
    VIR_DOMAIN_PROCESS_SIGNAL_RT5 = 37,
    VIR_DOMAIN_PROCESS_SIGNAL_RT6 = 38,
    VIR_DOMAIN_PROCESS_SIGNAL_RT7 = 39,
    VIR_DOMAIN_PROCESS_SIGNAL_RT8 = 40,
    VIR_DOMAIN_PROCESS_SIGNAL_RT9 = 41,
    VIR_DOMAIN_PROCESS_SIGNAL_RT10 = 42,
    VIR_DOMAIN_PROCESS_SIGNAL_RT11 = 43,
    VIR_DOMAIN_PROCESS_SIGNAL_RT12 = 44,
    VIR_DOMAIN_PROCESS_SIGNAL_RT13 = 45,
    VIR_DOMAIN_PROCESS_SIGNAL_RT14 = 46,
    VIR_DOMAIN_PROCESS_SIGNAL_RT15 = 47,
    VIR_DOMAIN_PROCESS_SIGNAL_RT16 = 48,
    VIR_DOMAIN_PROCESS_SIGNAL_RT17 = 49,
    VIR_DOMAIN_PROCESS_SIGNAL_RT18 = 50,
    VIR_DOMAIN_PROCESS_SIGNAL_RT19 = 51,
    VIR_DOMAIN_PROCESS_SIGNAL_RT20 = 52,
    VIR_DOMAIN_PROCESS_SIGNAL_RT21 = 53,
    VIR_DOMAIN_PROCESS_SIGNAL_RT22 = 54,
    VIR_DOMAIN_PROCESS_SIGNAL_RT23 = 55,
    VIR_DOMAIN_PROCESS_SIGNAL_RT24 = 56,
    VIR_DOMAIN_PROCESS_SIGNAL_RT25 = 57,
    VIR_DOMAIN_PROCESS_SIGNAL_RT26 = 58,
    VIR_DOMAIN_PROCESS_SIGNAL_RT27 = 59,
    VIR_DOMAIN_PROCESS_SIGNAL_RT28 = 60,
    VIR_DOMAIN_PROCESS_SIGNAL_RT29 = 61,
    VIR_DOMAIN_PROCESS_SIGNAL_RT30 = 62,
    VIR_DOMAIN_PROCESS_SIGNAL_RT31 = 63,
    VIR_DOMAIN_PROCESS_SIGNAL_RT32 = 64,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_PROCESS_SIGNAL_LAST = 65,
}

/// Values of `virDomainRebootFlagValues`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainRebootFlagValues {
    VIR_DOMAIN_REBOOT_DEFAULT = 0,
    VIR_DOMAIN_REBOOT_ACPI_POWER_BTN = 1,
    VIR_DOMAIN_REBOOT_GUEST_AGENT = 2,
    VIR_DOMAIN_REBOOT_INITCTL = 4,
    VIR_DOMAIN_REBOOT_SIGNAL = 8,
    VIR_DOMAIN_REBOOT_PARAVIRT = 16,
}

/// Values of `virDomainRunningReason`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainRunningReason {
    VIR_DOMAIN_RUNNING_UNKNOWN = 0,
    VIR_DOMAIN_RUNNING_BOOTED = 1,
    VIR_DOMAIN_RUNNING_MIGRATED = 2,
    VIR_DOMAIN_RUNNING_RESTORED = 3,
    VIR_DOMAIN_RUNNING_FROM_SNAPSHOT = 4,
    VIR_DOMAIN_RUNNING_UNPAUSED = 5,
    VIR_DOMAIN_RUNNING_MIGRATION_CANCELED = 6,
    VIR_DOMAIN_RUNNING_SAVE_CANCELED = 7,
    VIR_DOMAIN_RUNNING_WAKEUP = 8,
    VIR_DOMAIN_RUNNING_CRASHED = 9,
    VIR_DOMAIN_RUNNING_POSTCOPY = 10,
    VIR_DOMAIN_RUNNING_POSTCOPY_FAILED = 11,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_RUNNING_LAST = 12,
}

/// Values of `virDomainSaveRestoreFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainSaveRestoreFlags {
    VIR_DOMAIN_SAVE_BYPASS_CACHE = 1,
    VIR_DOMAIN_SAVE_RUNNING = 2,
    VIR_DOMAIN_SAVE_PAUSED = 4,
    VIR_DOMAIN_SAVE_RESET_NVRAM = 8,
}

/// Values of `virDomainSaveImageXMLFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainSaveImageXMLFlags {
    VIR_DOMAIN_SAVE_IMAGE_XML_SECURE = 1,
}

/// Values of `virSchedParameterType`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virSchedParameterType {
    VIR_DOMAIN_SCHED_FIELD_INT = 1,
    VIR_DOMAIN_SCHED_FIELD_UINT = 2,
    VIR_DOMAIN_SCHED_FIELD_LLONG = 3,
    VIR_DOMAIN_SCHED_FIELD_ULLONG = 4,
    VIR_DOMAIN_SCHED_FIELD_DOUBLE = 5,
    VIR_DOMAIN_SCHED_FIELD_BOOLEAN = 6,
}

/// Values of `virDomainShutdownFlagValues`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainShutdownFlagValues {
    VIR_DOMAIN_SHUTDOWN_DEFAULT = 0,
    VIR_DOMAIN_SHUTDOWN_ACPI_POWER_BTN = 1,
    VIR_DOMAIN_SHUTDOWN_GUEST_AGENT = 2,
    VIR_DOMAIN_SHUTDOWN_INITCTL = 4,
    VIR_DOMAIN_SHUTDOWN_SIGNAL = 8,
    VIR_DOMAIN_SHUTDOWN_PARAVIRT = 16,
}

/// Values of `virDomainShutdownReason`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainShutdownReason {
    VIR_DOMAIN_SHUTDOWN_UNKNOWN = 0,
    VIR_DOMAIN_SHUTDOWN_USER = 1,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_SHUTDOWN_LAST = 2,
}

/// Values of `virDomainShutoffReason`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainShutoffReason {
    VIR_DOMAIN_SHUTOFF_UNKNOWN = 0,
    VIR_DOMAIN_SHUTOFF_SHUTDOWN = 1,
    VIR_DOMAIN_SHUTOFF_DESTROYED = 2,
    VIR_DOMAIN_SHUTOFF_CRASHED = 3,
    VIR_DOMAIN_SHUTOFF_MIGRATED = 4,
    VIR_DOMAIN_SHUTOFF_SAVED = 5,
    VIR_DOMAIN_SHUTOFF_FAILED = 6,
    VIR_DOMAIN_SHUTOFF_FROM_SNAPSHOT = 7,
    VIR_DOMAIN_SHUTOFF_DAEMON = 8,
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_SHUTOFF_LAST = 9,
}

/// Values of `virDomainStatsTypes`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainStatsTypes {
    VIR_DOMAIN_STATS_STATE = 1,
    VIR_DOMAIN_STATS_CPU_TOTAL = 2,
    VIR_DOMAIN_STATS_BALLOON = 4,
    VIR_DOMAIN_STATS_VCPU = 8,
    VIR_DOMAIN_STATS_INTERFACE = 16,
    VIR_DOMAIN_STATS_BLOCK = 32,
    VIR_DOMAIN_STATS_PERF = 64,
    VIR_DOMAIN_STATS_IOTHREAD = 128,
    VIR_DOMAIN_STATS_MEMORY = 256,
    VIR_DOMAIN_STATS_DIRTYRATE = 512,
    VIR_DOMAIN_STATS_VM = 1024,
}

/// Values of `virDomainSetTimeFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainSetTimeFlags {
    VIR_DOMAIN_TIME_SYNC = 1,
}

/// Values of `virDomainUndefineFlagsValues`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainUndefineFlagsValues {
    VIR_DOMAIN_UNDEFINE_MANAGED_SAVE = 1,
    VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA = 2,
    VIR_DOMAIN_UNDEFINE_NVRAM = 4,
    VIR_DOMAIN_UNDEFINE_KEEP_NVRAM = 8,
    VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA = 16,
    VIR_DOMAIN_UNDEFINE_TPM = 32,
    VIR_DOMAIN_UNDEFINE_KEEP_TPM = 64,
}

/// Values of `virDomainVcpuFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainVcpuFlags {
    VIR_DOMAIN_VCPU_CURRENT = 0,
    VIR_DOMAIN_VCPU_LIVE = 1,
    VIR_DOMAIN_VCPU_CONFIG = 2,
    VIR_DOMAIN_VCPU_MAXIMUM = 4,
    VIR_DOMAIN_VCPU_GUEST = 8,
    VIR_DOMAIN_VCPU_HOTPLUGGABLE = 16,
}

/// Values of `virDomainXMLFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainXMLFlags {
    VIR_DOMAIN_XML_SECURE = 1,
    VIR_DOMAIN_XML_INACTIVE = 2,
    VIR_DOMAIN_XML_UPDATE_CPU = 4,
    VIR_DOMAIN_XML_MIGRATABLE = 8,
}

/// Values of `virDomainCoreDumpFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainCoreDumpFlags {
    VIR_DUMP_CRASH = 1,
    VIR_DUMP_LIVE = 2,
    VIR_DUMP_BYPASS_CACHE = 4,
    VIR_DUMP_RESET = 8,
    VIR_DUMP_MEMORY_ONLY = 16,
}

/// Values of `virKeycodeSet`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virKeycodeSet {
    VIR_KEYCODE_SET_LINUX = 0,
    VIR_KEYCODE_SET_XT = 1,
    VIR_KEYCODE_SET_ATSET1 = 2,
    VIR_KEYCODE_SET_ATSET2 = 3,
    VIR_KEYCODE_SET_ATSET3 = 4,
    VIR_KEYCODE_SET_OSX = 5,
    VIR_KEYCODE_SET_XT_KBD = 6,
    VIR_KEYCODE_SET_USB = 7,
    VIR_KEYCODE_SET_WIN32 = 8,
    VIR_KEYCODE_SET_QNUM = 9,
    #[cfg(feature = "enum_sentinels")]
    VIR_KEYCODE_SET_LAST = 10,
}

/// Values of `virDomainMemoryFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainMemoryFlags {
    VIR_MEMORY_VIRTUAL = 1,
    VIR_MEMORY_PHYSICAL = 2,
}

/// Values of `virDomainMigrateFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainMigrateFlags {
    VIR_MIGRATE_LIVE = 1,
    VIR_MIGRATE_PEER2PEER = 2,
    VIR_MIGRATE_TUNNELLED = 4,
    VIR_MIGRATE_PERSIST_DEST = 8,
    VIR_MIGRATE_UNDEFINE_SOURCE = 16,
    VIR_MIGRATE_PAUSED = 32,
    VIR_MIGRATE_NON_SHARED_DISK = 64,
    VIR_MIGRATE_NON_SHARED_INC = 128,
    VIR_MIGRATE_CHANGE_PROTECTION = 256,
    VIR_MIGRATE_UNSAFE = 512,
    VIR_MIGRATE_OFFLINE = 1024,
    VIR_MIGRATE_COMPRESSED = 2048,
    VIR_MIGRATE_ABORT_ON_ERROR = 4096,
    VIR_MIGRATE_AUTO_CONVERGE = 8192,
    VIR_MIGRATE_RDMA_PIN_ALL = 16384,
    VIR_MIGRATE_POSTCOPY = 32768,
    VIR_MIGRATE_TLS = 65536,
    VIR_MIGRATE_PARALLEL = 131072,
    VIR_MIGRATE_NON_SHARED_SYNCHRONOUS_WRITES = 262144,
    VIR_MIGRATE_POSTCOPY_RESUME = 524288,
    VIR_MIGRATE_ZEROCOPY = 1048576,
}

/// Values of `virVcpuState`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virVcpuState {
    VIR_VCPU_OFFLINE = 0,
    VIR_VCPU_RUNNING = 1,
    VIR_VCPU_BLOCKED = 2,
    #[cfg(feature = "enum_sentinels")]
    VIR_VCPU_LAST = 3,
}

/// Values of `virVcpuHostCpuState`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virVcpuHostCpuState {
    VIR_VCPU_INFO_CPU_UNAVAILABLE = -2,
    VIR_VCPU_INFO_CPU_OFFLINE = -1,
}

/// `virBlkioParameter`.
pub type virBlkioParameter = _virTypedParameter;

/// The C handle `virDomain`; its contents are private to the library.
pub struct _virDomain {
    _private: [u8; 0],
}
/// `virDomain`.
pub type virDomain = _virDomain;

/// The C structure `virDomainBlockInfo`.
#[repr(C)]
pub struct _virDomainBlockInfo {
    pub capacity: c_ulonglong,
    pub allocation: c_ulonglong,
    pub physical: c_ulonglong,
}
/// `virDomainBlockInfo`.
pub type virDomainBlockInfo = _virDomainBlockInfo;

/// The C structure `virDomainBlockJobInfo`.
#[repr(C)]
pub struct _virDomainBlockJobInfo {
    pub r#type: c_int,
    pub bandwidth: c_ulong,
    pub cur: virDomainBlockJobCursor,
    pub end: virDomainBlockJobCursor,
}
/// `virDomainBlockJobInfo`.
pub type virDomainBlockJobInfo = _virDomainBlockJobInfo;

/// The C structure `virDomainBlockStatsStruct`.
#[repr(C)]
pub struct _virDomainBlockStats {
    pub rd_req: c_longlong,
    pub rd_bytes: c_longlong,
    pub wr_req: c_longlong,
    pub wr_bytes: c_longlong,
    pub errs: c_longlong,
}
/// `virDomainBlockStatsStruct`.
pub type virDomainBlockStatsStruct = _virDomainBlockStats;

/// The C structure `virDomainControlInfo`.
#[repr(C)]
pub struct _virDomainControlInfo {
    pub state: c_uint,
    pub details: c_uint,
    pub stateTime: c_ulonglong,
}
/// `virDomainControlInfo`.
pub type virDomainControlInfo = _virDomainControlInfo;

/// The C structure `virDomainDiskError`.
#[repr(C)]
pub struct _virDomainDiskError {
    pub disk: *mut c_char,
    pub error: c_int,
}
/// `virDomainDiskError`.
pub type virDomainDiskError = _virDomainDiskError;

/// The C structure `virDomainEventGraphicsAddress`.
#[repr(C)]
pub struct _virDomainEventGraphicsAddress {
    pub family: c_int,
    pub node: *mut c_char,
    pub service: *mut c_char,
}
/// `virDomainEventGraphicsAddress`.
pub type virDomainEventGraphicsAddress = _virDomainEventGraphicsAddress;

/// The C structure `virDomainEventGraphicsSubject`.
#[repr(C)]
pub struct _virDomainEventGraphicsSubject {
    pub nidentity: c_int,
    pub identities: virDomainEventGraphicsSubjectIdentityPtr,
}
/// `virDomainEventGraphicsSubject`.
pub type virDomainEventGraphicsSubject = _virDomainEventGraphicsSubject;

/// The C structure `virDomainEventGraphicsSubjectIdentity`.
#[repr(C)]
pub struct _virDomainEventGraphicsSubjectIdentity {
    pub r#type: *mut c_char,
    pub name: *mut c_char,
}
/// `virDomainEventGraphicsSubjectIdentity`.
pub type virDomainEventGraphicsSubjectIdentity = _virDomainEventGraphicsSubjectIdentity;

/// The C structure `virDomainFSInfo`.
#[repr(C)]
pub struct _virDomainFSInfo {
    pub mountpoint: *mut c_char,
    pub name: *mut c_char,
    pub fstype: *mut c_char,
    pub ndevAlias: usize,
    pub devAlias: *mut *mut c_char,
}
/// `virDomainFSInfo`.
pub type virDomainFSInfo = _virDomainFSInfo;

/// The C structure `virDomainIOThreadInfo`.
#[repr(C)]
pub struct _virDomainIOThreadInfo {
    pub iothread_id: c_uint,
    pub cpumap: *mut c_uchar,
    pub cpumaplen: c_int,
}
/// `virDomainIOThreadInfo`.
pub type virDomainIOThreadInfo = _virDomainIOThreadInfo;

/// The C structure `virDomainIPAddress`.
#[repr(C)]
pub struct _virDomainInterfaceIPAddress {
    pub r#type: c_int,
    pub addr: *mut c_char,
    pub prefix: c_uint,
}
/// `virDomainIPAddress`.
pub type virDomainIPAddress = _virDomainInterfaceIPAddress;

/// The C structure `virDomainInfo`.
#[repr(C)]
pub struct _virDomainInfo {
    pub state: c_uchar,
    pub maxMem: c_ulong,
    pub memory: c_ulong,
    pub nrVirtCpu: c_ushort,
    pub cpuTime: c_ulonglong,
}
/// `virDomainInfo`.
pub type virDomainInfo = _virDomainInfo;

/// The C structure `virDomainInterface`.
#[repr(C)]
pub struct _virDomainInterface {
    pub name: *mut c_char,
    pub hwaddr: *mut c_char,
    pub naddrs: c_uint,
    pub addrs: virDomainIPAddressPtr,
}
/// `virDomainInterface`.
pub type virDomainInterface = _virDomainInterface;

/// The C structure `virDomainInterfaceStatsStruct`.
#[repr(C)]
pub struct _virDomainInterfaceStats {
    pub rx_bytes: c_longlong,
    pub rx_packets: c_longlong,
    pub rx_errs: c_longlong,
    pub rx_drop: c_longlong,
    pub tx_bytes: c_longlong,
    pub tx_packets: c_longlong,
    pub tx_errs: c_longlong,
    pub tx_drop: c_longlong,
}
/// `virDomainInterfaceStatsStruct`.
pub type virDomainInterfaceStatsStruct = _virDomainInterfaceStats;

/// The C structure `virDomainJobInfo`.
#[repr(C)]
pub struct _virDomainJobInfo {
    pub r#type: c_int,
    pub timeElapsed: c_ulonglong,
    pub timeRemaining: c_ulonglong,
    pub dataTotal: c_ulonglong,
    pub dataProcessed: c_ulonglong,
    pub dataRemaining: c_ulonglong,
    pub memTotal: c_ulonglong,
    pub memProcessed: c_ulonglong,
    pub memRemaining: c_ulonglong,
    pub fileTotal: c_ulonglong,
    pub fileProcessed: c_ulonglong,
    pub fileRemaining: c_ulonglong,
}
/// `virDomainJobInfo`.
pub type virDomainJobInfo = _virDomainJobInfo;

/// The C structure `virDomainMemoryStatStruct`.
#[repr(C)]
pub struct _virDomainMemoryStat {
    pub tag: c_int,
    pub val: c_ulonglong,
}
/// `virDomainMemoryStatStruct`.
pub type virDomainMemoryStatStruct = _virDomainMemoryStat;

/// The C structure `virDomainStatsRecord`.
#[repr(C)]
pub struct _virDomainStatsRecord {
    pub dom: virDomainPtr,
    pub params: virTypedParameterPtr,
    pub nparams: c_int,
}
/// `virDomainStatsRecord`.
pub type virDomainStatsRecord = _virDomainStatsRecord;

/// `virMemoryParameter`.
pub type virMemoryParameter = _virTypedParameter;

/// `virSchedParameter`.
pub type virSchedParameter = _virTypedParameter;

/// The C structure `virVcpuInfo`.
#[repr(C)]
pub struct _virVcpuInfo {
    pub number: c_uint,
    pub state: c_int,
    pub cpuTime: c_ulonglong,
    pub cpu: c_int,
}
/// `virVcpuInfo`.
pub type virVcpuInfo = _virVcpuInfo;

/// `virBlkioParameterPtr`.
pub type virBlkioParameterPtr = *mut virBlkioParameter;
/// `virDomainBlockInfoPtr`.
pub type virDomainBlockInfoPtr = *mut virDomainBlockInfo;
/// `virDomainBlockJobCursor`.
pub type virDomainBlockJobCursor = c_ulonglong;
/// `virDomainBlockJobInfoPtr`.
pub type virDomainBlockJobInfoPtr = *mut virDomainBlockJobInfo;
/// `virDomainBlockStatsPtr`.
pub type virDomainBlockStatsPtr = *mut virDomainBlockStatsStruct;
/// `virDomainControlInfoPtr`.
pub type virDomainControlInfoPtr = *mut virDomainControlInfo;
/// `virDomainDiskErrorPtr`.
pub type virDomainDiskErrorPtr = *mut virDomainDiskError;
/// `virDomainEventGraphicsAddressPtr`.
pub type virDomainEventGraphicsAddressPtr = *mut virDomainEventGraphicsAddress;
/// `virDomainEventGraphicsSubjectIdentityPtr`.
pub type virDomainEventGraphicsSubjectIdentityPtr = *mut virDomainEventGraphicsSubjectIdentity;
/// `virDomainEventGraphicsSubjectPtr`.
pub type virDomainEventGraphicsSubjectPtr = *mut virDomainEventGraphicsSubject;
/// `virDomainFSInfoPtr`.
pub type virDomainFSInfoPtr = *mut virDomainFSInfo;
/// `virDomainIOThreadInfoPtr`.
pub type virDomainIOThreadInfoPtr = *mut virDomainIOThreadInfo;
/// `virDomainIPAddressPtr`.
pub type virDomainIPAddressPtr = *mut virDomainIPAddress;
/// `virDomainInfoPtr`.
pub type virDomainInfoPtr = *mut virDomainInfo;
/// `virDomainInterfacePtr`.
pub type virDomainInterfacePtr = *mut virDomainInterface;
/// `virDomainInterfaceStatsPtr`.
pub type virDomainInterfaceStatsPtr = *mut virDomainInterfaceStatsStruct;
/// `virDomainJobInfoPtr`.
pub type virDomainJobInfoPtr = *mut virDomainJobInfo;
/// `virDomainMemoryStatPtr`.
pub type virDomainMemoryStatPtr = *mut virDomainMemoryStatStruct;
/// `virDomainPtr`.
pub type virDomainPtr = *mut virDomain;
/// `virDomainStatsRecordPtr`.
pub type virDomainStatsRecordPtr = *mut virDomainStatsRecord;
/// `virMemoryParameterPtr`.
pub type virMemoryParameterPtr = *mut virMemoryParameter;
/// `virSchedParameterPtr`.
pub type virSchedParameterPtr = *mut virSchedParameter;
/// `virVcpuInfoPtr`.
pub type virVcpuInfoPtr = *mut virVcpuInfo;

/// Callback type `virConnectDomainEventAgentLifecycleCallback`.
pub type virConnectDomainEventAgentLifecycleCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        dom: virDomainPtr,
        state: c_int,
        reason: c_int,
        opaque: *mut c_void,
    ),
>;
/// Callback type `virConnectDomainEventBalloonChangeCallback`.
pub type virConnectDomainEventBalloonChangeCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        dom: virDomainPtr,
        actual: c_ulonglong,
        opaque: *mut c_void,
    ),
>;
/// Callback type `virConnectDomainEventBlockJobCallback`.
pub type virConnectDomainEventBlockJobCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        dom: virDomainPtr,
        disk: *const c_char,
        r#type: c_int,
        status: c_int,
        opaque: *mut c_void,
    ),
>;
/// Callback type `virConnectDomainEventBlockThresholdCallback`.
pub type virConnectDomainEventBlockThresholdCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        dom: virDomainPtr,
        dev: *const c_char,
        path: *const c_char,
        threshold: c_ulonglong,
        excess: c_ulonglong,
        opaque: *mut c_void,
    ),
>;
/// Callback type `virConnectDomainEventCallback`.
pub type virConnectDomainEventCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        dom: virDomainPtr,
        event: c_int,
        detail: c_int,
        opaque: *mut c_void,
    ) -> c_int,
>;
/// Callback type `virConnectDomainEventDeviceAddedCallback`.
pub type virConnectDomainEventDeviceAddedCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        dom: virDomainPtr,
        devAlias: *const c_char,
        opaque: *mut c_void,
    ),
>;
/// Callback type `virConnectDomainEventDeviceRemovalFailedCallback`.
pub type virConnectDomainEventDeviceRemovalFailedCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        dom: virDomainPtr,
        devAlias: *const c_char,
        opaque: *mut c_void,
    ),
>;
/// Callback type `virConnectDomainEventDeviceRemovedCallback`.
pub type virConnectDomainEventDeviceRemovedCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        dom: virDomainPtr,
        devAlias: *const c_char,
        opaque: *mut c_void,
    ),
>;
/// Callback type `virConnectDomainEventDiskChangeCallback`.
pub type virConnectDomainEventDiskChangeCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        dom: virDomainPtr,
        oldSrcPath: *const c_char,
        newSrcPath: *const c_char,
        devAlias: *const c_char,
        reason: c_int,
        opaque: *mut c_void,
    ),
>;
/// Callback type `virConnectDomainEventGenericCallback`.
pub type virConnectDomainEventGenericCallback =
    Option<unsafe extern "C" fn(conn: virConnectPtr, dom: virDomainPtr, opaque: *mut c_void)>;
/// Callback type `virConnectDomainEventGraphicsCallback`.
pub type virConnectDomainEventGraphicsCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        dom: virDomainPtr,
        phase: c_int,
        local: *const virDomainEventGraphicsAddress,
        remote: *const virDomainEventGraphicsAddress,
        authScheme: *const c_char,
        subject: *const virDomainEventGraphicsSubject,
        opaque: *mut c_void,
    ),
>;
/// Callback type `virConnectDomainEventIOErrorCallback`.
pub type virConnectDomainEventIOErrorCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        dom: virDomainPtr,
        srcPath: *const c_char,
        devAlias: *const c_char,
        action: c_int,
        opaque: *mut c_void,
    ),
>;
/// Callback type `virConnectDomainEventIOErrorReasonCallback`.
pub type virConnectDomainEventIOErrorReasonCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        dom: virDomainPtr,
        srcPath: *const c_char,
        devAlias: *const c_char,
        action: c_int,
        reason: *const c_char,
        opaque: *mut c_void,
    ),
>;
/// Callback type `virConnectDomainEventJobCompletedCallback`.
pub type virConnectDomainEventJobCompletedCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        dom: virDomainPtr,
        params: virTypedParameterPtr,
        nparams: c_int,
        opaque: *mut c_void,
    ),
>;
/// Callback type `virConnectDomainEventMemoryDeviceSizeChangeCallback`.
pub type virConnectDomainEventMemoryDeviceSizeChangeCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        dom: virDomainPtr,
        alias: *const c_char,
        size: c_ulonglong,
        opaque: *mut c_void,
    ),
>;
/// Callback type `virConnectDomainEventMemoryFailureCallback`.
pub type virConnectDomainEventMemoryFailureCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        dom: virDomainPtr,
        recipient: c_int,
        action: c_int,
        flags: c_uint,
        opaque: *mut c_void,
    ),
>;
/// Callback type `virConnectDomainEventMetadataChangeCallback`.
pub type virConnectDomainEventMetadataChangeCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        dom: virDomainPtr,
        r#type: c_int,
        nsuri: *const c_char,
        opaque: *mut c_void,
    ),
>;
/// Callback type `virConnectDomainEventMigrationIterationCallback`.
pub type virConnectDomainEventMigrationIterationCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        dom: virDomainPtr,
        iteration: c_int,
        opaque: *mut c_void,
    ),
>;
/// Callback type `virConnectDomainEventPMSuspendCallback`.
pub type virConnectDomainEventPMSuspendCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        dom: virDomainPtr,
        reason: c_int,
        opaque: *mut c_void,
    ),
>;
/// Callback type `virConnectDomainEventPMSuspendDiskCallback`.
pub type virConnectDomainEventPMSuspendDiskCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        dom: virDomainPtr,
        reason: c_int,
        opaque: *mut c_void,
    ),
>;
/// Callback type `virConnectDomainEventPMWakeupCallback`.
pub type virConnectDomainEventPMWakeupCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        dom: virDomainPtr,
        reason: c_int,
        opaque: *mut c_void,
    ),
>;
/// Callback type `virConnectDomainEventRTCChangeCallback`.
pub type virConnectDomainEventRTCChangeCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        dom: virDomainPtr,
        utcoffset: c_longlong,
        opaque: *mut c_void,
    ),
>;
/// Callback type `virConnectDomainEventTrayChangeCallback`.
pub type virConnectDomainEventTrayChangeCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        dom: virDomainPtr,
        devAlias: *const c_char,
        reason: c_int,
        opaque: *mut c_void,
    ),
>;
/// Callback type `virConnectDomainEventTunableCallback`.
pub type virConnectDomainEventTunableCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        dom: virDomainPtr,
        params: virTypedParameterPtr,
        nparams: c_int,
        opaque: *mut c_void,
    ),
>;
/// Callback type `virConnectDomainEventWatchdogCallback`.
pub type virConnectDomainEventWatchdogCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        dom: virDomainPtr,
        action: c_int,
        opaque: *mut c_void,
    ),
>;
