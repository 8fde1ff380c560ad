//! Types and constants of `libvirt-domain.h`.

use crate::prelude::*;

/// `VIR_DOMAIN_BLKIO_FIELD_LENGTH`.
/// Since: 0.9.0
pub const VIR_DOMAIN_BLKIO_FIELD_LENGTH: usize = 80;
/// `VIR_DOMAIN_BLOCK_STATS_FIELD_LENGTH`.
/// Since: 0.9.5
pub const VIR_DOMAIN_BLOCK_STATS_FIELD_LENGTH: usize = 80;
/// `VIR_DOMAIN_MEMORY_FIELD_LENGTH`.
/// Since: 0.8.5
pub const VIR_DOMAIN_MEMORY_FIELD_LENGTH: usize = 80;
/// `VIR_DOMAIN_MEMORY_PARAM_UNLIMITED`.
/// Since: 0.8.8
pub const VIR_DOMAIN_MEMORY_PARAM_UNLIMITED: c_longlong = 9007199254740991;
/// `VIR_DOMAIN_SCHED_FIELD_LENGTH`.
/// Since: 0.2.3
pub const VIR_DOMAIN_SCHED_FIELD_LENGTH: usize = 80;
/// `VIR_DOMAIN_SEND_KEY_MAX_KEYS`.
/// Since: 0.9.3
pub const VIR_DOMAIN_SEND_KEY_MAX_KEYS: c_int = 16;
/// `VIR_KEYCODE_SET_RFB`.
/// Since: 0.9.5
pub const VIR_KEYCODE_SET_RFB: c_int = 9;
/// Typed-parameter or identity field name `inbound.average`.
/// Since: 0.9.9
pub const VIR_DOMAIN_BANDWIDTH_IN_AVERAGE: &str = "inbound.average";
/// Typed-parameter or identity field name `inbound.burst`.
/// Since: 0.9.9
pub const VIR_DOMAIN_BANDWIDTH_IN_BURST: &str = "inbound.burst";
/// Typed-parameter or identity field name `inbound.floor`.
/// Since: 1.2.19
pub const VIR_DOMAIN_BANDWIDTH_IN_FLOOR: &str = "inbound.floor";
/// Typed-parameter or identity field name `inbound.peak`.
/// Since: 0.9.9
pub const VIR_DOMAIN_BANDWIDTH_IN_PEAK: &str = "inbound.peak";
/// Typed-parameter or identity field name `outbound.average`.
/// Since: 0.9.9
pub const VIR_DOMAIN_BANDWIDTH_OUT_AVERAGE: &str = "outbound.average";
/// Typed-parameter or identity field name `outbound.burst`.
/// Since: 0.9.9
pub const VIR_DOMAIN_BANDWIDTH_OUT_BURST: &str = "outbound.burst";
/// Typed-parameter or identity field name `outbound.peak`.
/// Since: 0.9.9
pub const VIR_DOMAIN_BANDWIDTH_OUT_PEAK: &str = "outbound.peak";
/// Typed-parameter or identity field name `device_read_bytes_sec`.
/// Since: 1.2.2
pub const VIR_DOMAIN_BLKIO_DEVICE_READ_BPS: &str = "device_read_bytes_sec";
/// Typed-parameter or identity field name `device_read_iops_sec`.
/// Since: 1.2.2
pub const VIR_DOMAIN_BLKIO_DEVICE_READ_IOPS: &str = "device_read_iops_sec";
/// Typed-parameter or identity field name `device_weight`.
/// Since: 0.9.8
pub const VIR_DOMAIN_BLKIO_DEVICE_WEIGHT: &str = "device_weight";
/// Typed-parameter or identity field name `device_write_bytes_sec`.
/// Since: 1.2.2
pub const VIR_DOMAIN_BLKIO_DEVICE_WRITE_BPS: &str = "device_write_bytes_sec";
/// Typed-parameter or identity field name `device_write_iops_sec`.
/// Since: 1.2.2
pub const VIR_DOMAIN_BLKIO_DEVICE_WRITE_IOPS: &str = "device_write_iops_sec";
/// Typed-parameter or identity field name `weight`.
/// Since: 0.9.0
pub const VIR_DOMAIN_BLKIO_WEIGHT: &str = "weight";
/// Typed-parameter or identity field name `bandwidth`.
/// Since: 1.2.8
pub const VIR_DOMAIN_BLOCK_COPY_BANDWIDTH: &str = "bandwidth";
/// Typed-parameter or identity field name `buf-size`.
/// Since: 1.2.8
pub const VIR_DOMAIN_BLOCK_COPY_BUF_SIZE: &str = "buf-size";
/// Typed-parameter or identity field name `granularity`.
/// Since: 1.2.8
pub const VIR_DOMAIN_BLOCK_COPY_GRANULARITY: &str = "granularity";
/// Typed-parameter or identity field name `group_name`.
/// Since: 3.0.0
pub const VIR_DOMAIN_BLOCK_IOTUNE_GROUP_NAME: &str = "group_name";
/// Typed-parameter or identity field name `read_bytes_sec`.
/// Since: 0.9.8
pub const VIR_DOMAIN_BLOCK_IOTUNE_READ_BYTES_SEC: &str = "read_bytes_sec";
/// Typed-parameter or identity field name `read_bytes_sec_max`.
/// Since: 1.2.11
pub const VIR_DOMAIN_BLOCK_IOTUNE_READ_BYTES_SEC_MAX: &str = "read_bytes_sec_max";
/// Typed-parameter or identity field name `read_bytes_sec_max_length`.
/// Since: 2.4.0
pub const VIR_DOMAIN_BLOCK_IOTUNE_READ_BYTES_SEC_MAX_LENGTH: &str = "read_bytes_sec_max_length";
/// Typed-parameter or identity field name `read_iops_sec`.
/// Since: 0.9.8
pub const VIR_DOMAIN_BLOCK_IOTUNE_READ_IOPS_SEC: &str = "read_iops_sec";
/// Typed-parameter or identity field name `read_iops_sec_max`.
/// Since: 1.2.11
pub const VIR_DOMAIN_BLOCK_IOTUNE_READ_IOPS_SEC_MAX: &str = "read_iops_sec_max";
/// Typed-parameter or identity field name `read_iops_sec_max_length`.
/// Since: 2.4.0
pub const VIR_DOMAIN_BLOCK_IOTUNE_READ_IOPS_SEC_MAX_LENGTH: &str = "read_iops_sec_max_length";
/// Typed-parameter or identity field name `size_iops_sec`.
/// Since: 1.2.11
pub const VIR_DOMAIN_BLOCK_IOTUNE_SIZE_IOPS_SEC: &str = "size_iops_sec";
/// Typed-parameter or identity field name `total_bytes_sec`.
/// Since: 0.9.8
pub const VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_BYTES_SEC: &str = "total_bytes_sec";
/// Typed-parameter or identity field name `total_bytes_sec_max`.
/// Since: 1.2.11
pub const VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_BYTES_SEC_MAX: &str = "total_bytes_sec_max";
/// Typed-parameter or identity field name `total_bytes_sec_max_length`.
/// Since: 2.4.0
pub const VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_BYTES_SEC_MAX_LENGTH: &str = "total_bytes_sec_max_length";
/// Typed-parameter or identity field name `total_iops_sec`.
/// Since: 0.9.8
pub const VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_IOPS_SEC: &str = "total_iops_sec";
/// Typed-parameter or identity field name `total_iops_sec_max`.
/// Since: 1.2.11
pub const VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_IOPS_SEC_MAX: &str = "total_iops_sec_max";
/// Typed-parameter or identity field name `total_iops_sec_max_length`.
/// Since: 2.4.0
pub const VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_IOPS_SEC_MAX_LENGTH: &str = "total_iops_sec_max_length";
/// Typed-parameter or identity field name `write_bytes_sec`.
/// Since: 0.9.8
pub const VIR_DOMAIN_BLOCK_IOTUNE_WRITE_BYTES_SEC: &str = "write_bytes_sec";
/// Typed-parameter or identity field name `write_bytes_sec_max`.
/// Since: 1.2.11
pub const VIR_DOMAIN_BLOCK_IOTUNE_WRITE_BYTES_SEC_MAX: &str = "write_bytes_sec_max";
/// Typed-parameter or identity field name `write_bytes_sec_max_length`.
/// Since: 2.4.0
pub const VIR_DOMAIN_BLOCK_IOTUNE_WRITE_BYTES_SEC_MAX_LENGTH: &str = "write_bytes_sec_max_length";
/// Typed-parameter or identity field name `write_iops_sec`.
/// Since: 0.9.8
pub const VIR_DOMAIN_BLOCK_IOTUNE_WRITE_IOPS_SEC: &str = "write_iops_sec";
/// Typed-parameter or identity field name `write_iops_sec_max`.
/// Since: 1.2.11
pub const VIR_DOMAIN_BLOCK_IOTUNE_WRITE_IOPS_SEC_MAX: &str = "write_iops_sec_max";
/// Typed-parameter or identity field name `write_iops_sec_max_length`.
/// Since: 2.4.0
pub const VIR_DOMAIN_BLOCK_IOTUNE_WRITE_IOPS_SEC_MAX_LENGTH: &str = "write_iops_sec_max_length";
/// Typed-parameter or identity field name `errs`.
/// Since: 0.9.5
pub const VIR_DOMAIN_BLOCK_STATS_ERRS: &str = "errs";
/// Typed-parameter or identity field name `flush_operations`.
/// Since: 0.9.5
pub const VIR_DOMAIN_BLOCK_STATS_FLUSH_REQ: &str = "flush_operations";
/// Typed-parameter or identity field name `flush_total_times`.
/// Since: 0.9.5
pub const VIR_DOMAIN_BLOCK_STATS_FLUSH_TOTAL_TIMES: &str = "flush_total_times";
/// Typed-parameter or identity field name `rd_bytes`.
/// Since: 0.9.5
pub const VIR_DOMAIN_BLOCK_STATS_READ_BYTES: &str = "rd_bytes";
/// Typed-parameter or identity field name `rd_operations`.
/// Since: 0.9.5
pub const VIR_DOMAIN_BLOCK_STATS_READ_REQ: &str = "rd_operations";
/// Typed-parameter or identity field name `rd_total_times`.
/// Since: 0.9.5
pub const VIR_DOMAIN_BLOCK_STATS_READ_TOTAL_TIMES: &str = "rd_total_times";
/// Typed-parameter or identity field name `wr_bytes`.
/// Since: 0.9.5
pub const VIR_DOMAIN_BLOCK_STATS_WRITE_BYTES: &str = "wr_bytes";
/// Typed-parameter or identity field name `wr_operations`.
/// Since: 0.9.5
pub const VIR_DOMAIN_BLOCK_STATS_WRITE_REQ: &str = "wr_operations";
/// Typed-parameter or identity field name `wr_total_times`.
/// Since: 0.9.5
pub const VIR_DOMAIN_BLOCK_STATS_WRITE_TOTAL_TIMES: &str = "wr_total_times";
/// Typed-parameter or identity field name `cpu_time`.
/// Since: 0.9.10
pub const VIR_DOMAIN_CPU_STATS_CPUTIME: &str = "cpu_time";
/// Typed-parameter or identity field name `system_time`.
/// Since: 0.9.11
pub const VIR_DOMAIN_CPU_STATS_SYSTEMTIME: &str = "system_time";
/// Typed-parameter or identity field name `user_time`.
/// Since: 0.9.11
pub const VIR_DOMAIN_CPU_STATS_USERTIME: &str = "user_time";
/// Typed-parameter or identity field name `vcpu_time`.
/// Since: 0.9.13
pub const VIR_DOMAIN_CPU_STATS_VCPUTIME: &str = "vcpu_time";
/// Typed-parameter or identity field name `poll_grow`.
/// Since: 4.10.0
pub const VIR_DOMAIN_IOTHREAD_POLL_GROW: &str = "poll_grow";
/// Typed-parameter or identity field name `poll_max_ns`.
/// Since: 4.10.0
pub const VIR_DOMAIN_IOTHREAD_POLL_MAX_NS: &str = "poll_max_ns";
/// Typed-parameter or identity field name `poll_shrink`.
/// Since: 4.10.0
pub const VIR_DOMAIN_IOTHREAD_POLL_SHRINK: &str = "poll_shrink";
/// Typed-parameter or identity field name `thread_pool_max`.
/// Since: 8.5.0
pub const VIR_DOMAIN_IOTHREAD_THREAD_POOL_MAX: &str = "thread_pool_max";
/// Typed-parameter or identity field name `thread_pool_min`.
/// Since: 8.5.0
pub const VIR_DOMAIN_IOTHREAD_THREAD_POOL_MIN: &str = "thread_pool_min";
/// Typed-parameter or identity field name `auto_converge_throttle`.
/// Since: 2.0.0
pub const VIR_DOMAIN_JOB_AUTO_CONVERGE_THROTTLE: &str = "auto_converge_throttle";
/// Typed-parameter or identity field name `compression_bytes`.
/// Since: 1.0.3
pub const VIR_DOMAIN_JOB_COMPRESSION_BYTES: &str = "compression_bytes";
/// Typed-parameter or identity field name `compression_cache`.
/// Since: 1.0.3
pub const VIR_DOMAIN_JOB_COMPRESSION_CACHE: &str = "compression_cache";
/// Typed-parameter or identity field name `compression_cache_misses`.
/// Since: 1.0.3
pub const VIR_DOMAIN_JOB_COMPRESSION_CACHE_MISSES: &str = "compression_cache_misses";
/// Typed-parameter or identity field name `compression_overflow`.
/// Since: 1.0.3
pub const VIR_DOMAIN_JOB_COMPRESSION_OVERFLOW: &str = "compression_overflow";
/// Typed-parameter or identity field name `compression_pages`.
/// Since: 1.0.3
pub const VIR_DOMAIN_JOB_COMPRESSION_PAGES: &str = "compression_pages";
/// Typed-parameter or identity field name `data_processed`.
/// Since: 1.0.3
pub const VIR_DOMAIN_JOB_DATA_PROCESSED: &str = "data_processed";
/// Typed-parameter or identity field name `data_remaining`.
/// Since: 1.0.3
pub const VIR_DOMAIN_JOB_DATA_REMAINING: &str = "data_remaining";
/// Typed-parameter or identity field name `data_total`.
/// Since: 1.0.3
pub const VIR_DOMAIN_JOB_DATA_TOTAL: &str = "data_total";
/// Typed-parameter or identity field name `disk_bps`.
/// Since: 1.2.9
pub const VIR_DOMAIN_JOB_DISK_BPS: &str = "disk_bps";
/// Typed-parameter or identity field name `disk_processed`.
/// Since: 1.0.3
pub const VIR_DOMAIN_JOB_DISK_PROCESSED: &str = "disk_processed";
/// Typed-parameter or identity field name `disk_remaining`.
/// Since: 1.0.3
pub const VIR_DOMAIN_JOB_DISK_REMAINING: &str = "disk_remaining";
/// Typed-parameter or identity field name `disk_temp_total`.
/// Since: 6.0.0
pub const VIR_DOMAIN_JOB_DISK_TEMP_TOTAL: &str = "disk_temp_total";
/// Typed-parameter or identity field name `disk_temp_used`.
/// Since: 6.0.0
pub const VIR_DOMAIN_JOB_DISK_TEMP_USED: &str = "disk_temp_used";
/// Typed-parameter or identity field name `disk_total`.
/// Since: 1.0.3
pub const VIR_DOMAIN_JOB_DISK_TOTAL: &str = "disk_total";
/// Typed-parameter or identity field name `downtime`.
/// Since: 1.0.3
pub const VIR_DOMAIN_JOB_DOWNTIME: &str = "downtime";
/// Typed-parameter or identity field name `downtime_net`.
/// Since: 1.2.15
pub const VIR_DOMAIN_JOB_DOWNTIME_NET: &str = "downtime_net";
/// Typed-parameter or identity field name `errmsg`.
/// Since: 6.3.0
pub const VIR_DOMAIN_JOB_ERRMSG: &str = "errmsg";
/// Typed-parameter or identity field name `memory_bps`.
/// Since: 1.2.9
pub const VIR_DOMAIN_JOB_MEMORY_BPS: &str = "memory_bps";
/// Typed-parameter or identity field name `memory_constant`.
/// Since: 1.0.3
pub const VIR_DOMAIN_JOB_MEMORY_CONSTANT: &str = "memory_constant";
/// Typed-parameter or identity field name `memory_dirty_rate`.
/// Since: 1.3.1
pub const VIR_DOMAIN_JOB_MEMORY_DIRTY_RATE: &str = "memory_dirty_rate";
/// Typed-parameter or identity field name `memory_iteration`.
/// Since: 1.3.1
pub const VIR_DOMAIN_JOB_MEMORY_ITERATION: &str = "memory_iteration";
/// Typed-parameter or identity field name `memory_normal`.
/// Since: 1.0.3
pub const VIR_DOMAIN_JOB_MEMORY_NORMAL: &str = "memory_normal";
/// Typed-parameter or identity field name `memory_normal_bytes`.
/// Since: 1.0.3
pub const VIR_DOMAIN_JOB_MEMORY_NORMAL_BYTES: &str = "memory_normal_bytes";
/// Typed-parameter or identity field name `memory_page_size`.
/// Since: 3.9.0
pub const VIR_DOMAIN_JOB_MEMORY_PAGE_SIZE: &str = "memory_page_size";
/// Typed-parameter or identity field name `memory_postcopy_requests`.
/// Since: 5.0.0
pub const VIR_DOMAIN_JOB_MEMORY_POSTCOPY_REQS: &str = "memory_postcopy_requests";
/// Typed-parameter or identity field name `memory_processed`.
/// Since: 1.0.3
pub const VIR_DOMAIN_JOB_MEMORY_PROCESSED: &str = "memory_processed";
/// Typed-parameter or identity field name `memory_remaining`.
/// Since: 1.0.3
pub const VIR_DOMAIN_JOB_MEMORY_REMAINING: &str = "memory_remaining";
/// Typed-parameter or identity field name `memory_total`.
/// Since: 1.0.3
pub const VIR_DOMAIN_JOB_MEMORY_TOTAL: &str = "memory_total";
/// Typed-parameter or identity field name `operation`.
/// Since: 3.3.0
pub const VIR_DOMAIN_JOB_OPERATION: &str = "operation";
/// Typed-parameter or identity field name `setup_time`.
/// Since: 1.2.9
pub const VIR_DOMAIN_JOB_SETUP_TIME: &str = "setup_time";
/// Typed-parameter or identity field name `success`.
/// Since: 6.0.0
pub const VIR_DOMAIN_JOB_SUCCESS: &str = "success";
/// Typed-parameter or identity field name `time_elapsed`.
/// Since: 1.0.3
pub const VIR_DOMAIN_JOB_TIME_ELAPSED: &str = "time_elapsed";
/// Typed-parameter or identity field name `time_elapsed_net`.
/// Since: 1.2.15
pub const VIR_DOMAIN_JOB_TIME_ELAPSED_NET: &str = "time_elapsed_net";
/// Typed-parameter or identity field name `time_remaining`.
/// Since: 1.0.3
pub const VIR_DOMAIN_JOB_TIME_REMAINING: &str = "time_remaining";
/// Typed-parameter or identity field name `sev-api-major`.
/// Since: 8.0.0
pub const VIR_DOMAIN_LAUNCH_SECURITY_SEV_API_MAJOR: &str = "sev-api-major";
/// Typed-parameter or identity field name `sev-api-minor`.
/// Since: 8.0.0
pub const VIR_DOMAIN_LAUNCH_SECURITY_SEV_API_MINOR: &str = "sev-api-minor";
/// Typed-parameter or identity field name `sev-build-id`.
/// Since: 8.0.0
pub const VIR_DOMAIN_LAUNCH_SECURITY_SEV_BUILD_ID: &str = "sev-build-id";
/// Typed-parameter or identity field name `sev-measurement`.
/// Since: 4.5.0
pub const VIR_DOMAIN_LAUNCH_SECURITY_SEV_MEASUREMENT: &str = "sev-measurement";
/// Typed-parameter or identity field name `sev-policy`.
/// Since: 8.0.0
pub const VIR_DOMAIN_LAUNCH_SECURITY_SEV_POLICY: &str = "sev-policy";
/// Typed-parameter or identity field name `sev-secret`.
/// Since: 8.0.0
pub const VIR_DOMAIN_LAUNCH_SECURITY_SEV_SECRET: &str = "sev-secret";
/// Typed-parameter or identity field name `sev-secret-header`.
/// Since: 8.0.0
pub const VIR_DOMAIN_LAUNCH_SECURITY_SEV_SECRET_HEADER: &str = "sev-secret-header";
/// Typed-parameter or identity field name `sev-secret-set-address`.
/// Since: 8.0.0
pub const VIR_DOMAIN_LAUNCH_SECURITY_SEV_SECRET_SET_ADDRESS: &str = "sev-secret-set-address";
/// Typed-parameter or identity field name `hard_limit`.
/// Since: 0.8.5
pub const VIR_DOMAIN_MEMORY_HARD_LIMIT: &str = "hard_limit";
/// Typed-parameter or identity field name `min_guarantee`.
/// Since: 0.8.5
pub const VIR_DOMAIN_MEMORY_MIN_GUARANTEE: &str = "min_guarantee";
/// Typed-parameter or identity field name `soft_limit`.
/// Since: 0.8.5
pub const VIR_DOMAIN_MEMORY_SOFT_LIMIT: &str = "soft_limit";
/// Typed-parameter or identity field name `swap_hard_limit`.
/// Since: 0.8.5
pub const VIR_DOMAIN_MEMORY_SWAP_HARD_LIMIT: &str = "swap_hard_limit";
/// Typed-parameter or identity field name `numa_mode`.
/// Since: 0.9.9
pub const VIR_DOMAIN_NUMA_MODE: &str = "numa_mode";
/// Typed-parameter or identity field name `numa_nodeset`.
/// Since: 0.9.9
pub const VIR_DOMAIN_NUMA_NODESET: &str = "numa_nodeset";
/// Typed-parameter or identity field name `dxml`.
/// Since: 8.4.0
pub const VIR_DOMAIN_SAVE_PARAM_DXML: &str = "dxml";
/// Typed-parameter or identity field name `file`.
/// Since: 8.4.0
pub const VIR_DOMAIN_SAVE_PARAM_FILE: &str = "file";
/// Typed-parameter or identity field name `cap`.
/// Since: 0.9.7
pub const VIR_DOMAIN_SCHEDULER_CAP: &str = "cap";
/// Typed-parameter or identity field name `cpu_shares`.
/// Since: 0.9.7
pub const VIR_DOMAIN_SCHEDULER_CPU_SHARES: &str = "cpu_shares";
/// Typed-parameter or identity field name `emulator_period`.
/// Since: 0.10.0
pub const VIR_DOMAIN_SCHEDULER_EMULATOR_PERIOD: &str = "emulator_period";
/// Typed-parameter or identity field name `emulator_quota`.
/// Since: 0.10.0
pub const VIR_DOMAIN_SCHEDULER_EMULATOR_QUOTA: &str = "emulator_quota";
/// Typed-parameter or identity field name `global_period`.
/// Since: 1.3.3
pub const VIR_DOMAIN_SCHEDULER_GLOBAL_PERIOD: &str = "global_period";
/// Typed-parameter or identity field name `global_quota`.
/// Since: 1.3.3
pub const VIR_DOMAIN_SCHEDULER_GLOBAL_QUOTA: &str = "global_quota";
/// Typed-parameter or identity field name `iothread_period`.
/// Since: 2.2.0
pub const VIR_DOMAIN_SCHEDULER_IOTHREAD_PERIOD: &str = "iothread_period";
/// Typed-parameter or identity field name `iothread_quota`.
/// Since: 2.2.0
pub const VIR_DOMAIN_SCHEDULER_IOTHREAD_QUOTA: &str = "iothread_quota";
/// Typed-parameter or identity field name `limit`.
/// Since: 0.9.7
pub const VIR_DOMAIN_SCHEDULER_LIMIT: &str = "limit";
/// Typed-parameter or identity field name `reservation`.
/// Since: 0.9.7
pub const VIR_DOMAIN_SCHEDULER_RESERVATION: &str = "reservation";
/// Typed-parameter or identity field name `shares`.
/// Since: 0.9.7
pub const VIR_DOMAIN_SCHEDULER_SHARES: &str = "shares";
/// Typed-parameter or identity field name `vcpu_period`.
/// Since: 0.9.7
pub const VIR_DOMAIN_SCHEDULER_VCPU_PERIOD: &str = "vcpu_period";
/// Typed-parameter or identity field name `vcpu_quota`.
/// Since: 0.9.7
pub const VIR_DOMAIN_SCHEDULER_VCPU_QUOTA: &str = "vcpu_quota";
/// Typed-parameter or identity field name `weight`.
/// Since: 0.9.7
pub const VIR_DOMAIN_SCHEDULER_WEIGHT: &str = "weight";
/// Typed-parameter or identity field name `blkdeviotune.disk`.
/// Since: 1.2.9
pub const VIR_DOMAIN_TUNABLE_BLKDEV_DISK: &str = "blkdeviotune.disk";
/// Typed-parameter or identity field name `blkdeviotune.group_name`.
/// Since: 3.0.0
pub const VIR_DOMAIN_TUNABLE_BLKDEV_GROUP_NAME: &str = "blkdeviotune.group_name";
/// Typed-parameter or identity field name `blkdeviotune.read_bytes_sec`.
/// Since: 1.2.9
pub const VIR_DOMAIN_TUNABLE_BLKDEV_READ_BYTES_SEC: &str = "blkdeviotune.read_bytes_sec";
/// Typed-parameter or identity field name `blkdeviotune.read_bytes_sec_max`.
/// Since: 1.2.11
pub const VIR_DOMAIN_TUNABLE_BLKDEV_READ_BYTES_SEC_MAX: &str = "blkdeviotune.read_bytes_sec_max";
/// Typed-parameter or identity field name `blkdeviotune.read_bytes_sec_max_length`.
/// Since: 2.4.0
pub const VIR_DOMAIN_TUNABLE_BLKDEV_READ_BYTES_SEC_MAX_LENGTH: &str =
    "blkdeviotune.read_bytes_sec_max_length";
/// Typed-parameter or identity field name `blkdeviotune.read_iops_sec`.
/// Since: 1.2.9
pub const VIR_DOMAIN_TUNABLE_BLKDEV_READ_IOPS_SEC: &str = "blkdeviotune.read_iops_sec";
/// Typed-parameter or identity field name `blkdeviotune.read_iops_sec_max`.
/// Since: 1.2.11
pub const VIR_DOMAIN_TUNABLE_BLKDEV_READ_IOPS_SEC_MAX: &str = "blkdeviotune.read_iops_sec_max";
/// Typed-parameter or identity field name `blkdeviotune.read_iops_sec_max_length`.
/// Since: 2.4.0
pub const VIR_DOMAIN_TUNABLE_BLKDEV_READ_IOPS_SEC_MAX_LENGTH: &str =
    "blkdeviotune.read_iops_sec_max_length";
/// Typed-parameter or identity field name `blkdeviotune.size_iops_sec`.
/// Since: 1.2.11
pub const VIR_DOMAIN_TUNABLE_BLKDEV_SIZE_IOPS_SEC: &str = "blkdeviotune.size_iops_sec";
/// Typed-parameter or identity field name `blkdeviotune.total_bytes_sec`.
/// Since: 1.2.9
pub const VIR_DOMAIN_TUNABLE_BLKDEV_TOTAL_BYTES_SEC: &str = "blkdeviotune.total_bytes_sec";
/// Typed-parameter or identity field name `blkdeviotune.total_bytes_sec_max`.
/// Since: 1.2.11
pub const VIR_DOMAIN_TUNABLE_BLKDEV_TOTAL_BYTES_SEC_MAX: &str = "blkdeviotune.total_bytes_sec_max";
/// Typed-parameter or identity field name `blkdeviotune.total_bytes_sec_max_length`.
/// Since: 2.4.0
pub const VIR_DOMAIN_TUNABLE_BLKDEV_TOTAL_BYTES_SEC_MAX_LENGTH: &str =
    "blkdeviotune.total_bytes_sec_max_length";
/// Typed-parameter or identity field name `blkdeviotune.total_iops_sec`.
/// Since: 1.2.9
pub const VIR_DOMAIN_TUNABLE_BLKDEV_TOTAL_IOPS_SEC: &str = "blkdeviotune.total_iops_sec";
/// Typed-parameter or identity field name `blkdeviotune.total_iops_sec_max`.
/// Since: 1.2.11
pub const VIR_DOMAIN_TUNABLE_BLKDEV_TOTAL_IOPS_SEC_MAX: &str = "blkdeviotune.total_iops_sec_max";
/// Typed-parameter or identity field name `blkdeviotune.total_iops_sec_max_length`.
/// Since: 2.4.0
pub const VIR_DOMAIN_TUNABLE_BLKDEV_TOTAL_IOPS_SEC_MAX_LENGTH: &str =
    "blkdeviotune.total_iops_sec_max_length";
/// Typed-parameter or identity field name `blkdeviotune.write_bytes_sec`.
/// Since: 1.2.9
pub const VIR_DOMAIN_TUNABLE_BLKDEV_WRITE_BYTES_SEC: &str = "blkdeviotune.write_bytes_sec";
/// Typed-parameter or identity field name `blkdeviotune.write_bytes_sec_max`.
/// Since: 1.2.11
pub const VIR_DOMAIN_TUNABLE_BLKDEV_WRITE_BYTES_SEC_MAX: &str = "blkdeviotune.write_bytes_sec_max";
/// Typed-parameter or identity field name `blkdeviotune.write_bytes_sec_max_length`.
/// Since: 2.4.0
pub const VIR_DOMAIN_TUNABLE_BLKDEV_WRITE_BYTES_SEC_MAX_LENGTH: &str =
    "blkdeviotune.write_bytes_sec_max_length";
/// Typed-parameter or identity field name `blkdeviotune.write_iops_sec`.
/// Since: 1.2.9
pub const VIR_DOMAIN_TUNABLE_BLKDEV_WRITE_IOPS_SEC: &str = "blkdeviotune.write_iops_sec";
/// Typed-parameter or identity field name `blkdeviotune.write_iops_sec_max`.
/// Since: 1.2.11
pub const VIR_DOMAIN_TUNABLE_BLKDEV_WRITE_IOPS_SEC_MAX: &str = "blkdeviotune.write_iops_sec_max";
/// Typed-parameter or identity field name `blkdeviotune.write_iops_sec_max_length`.
/// Since: 2.4.0
pub const VIR_DOMAIN_TUNABLE_BLKDEV_WRITE_IOPS_SEC_MAX_LENGTH: &str =
    "blkdeviotune.write_iops_sec_max_length";
/// Typed-parameter or identity field name `cputune.cpu_shares`.
/// Since: 1.2.9
pub const VIR_DOMAIN_TUNABLE_CPU_CPU_SHARES: &str = "cputune.cpu_shares";
/// Typed-parameter or identity field name `cputune.emulatorpin`.
/// Since: 1.2.9
pub const VIR_DOMAIN_TUNABLE_CPU_EMULATORPIN: &str = "cputune.emulatorpin";
/// Typed-parameter or identity field name `cputune.emulator_period`.
/// Since: 1.2.9
pub const VIR_DOMAIN_TUNABLE_CPU_EMULATOR_PERIOD: &str = "cputune.emulator_period";
/// Typed-parameter or identity field name `cputune.emulator_quota`.
/// Since: 1.2.9
pub const VIR_DOMAIN_TUNABLE_CPU_EMULATOR_QUOTA: &str = "cputune.emulator_quota";
/// Typed-parameter or identity field name `cputune.global_period`.
/// Since: 1.3.3
pub const VIR_DOMAIN_TUNABLE_CPU_GLOBAL_PERIOD: &str = "cputune.global_period";
/// Typed-parameter or identity field name `cputune.global_quota`.
/// Since: 1.3.3
pub const VIR_DOMAIN_TUNABLE_CPU_GLOBAL_QUOTA: &str = "cputune.global_quota";
/// Typed-parameter or identity field name `cputune.iothreadpin%u`.
/// Since: 1.2.14
pub const VIR_DOMAIN_TUNABLE_CPU_IOTHREADSPIN: &str = "cputune.iothreadpin%u";
/// Typed-parameter or identity field name `cputune.iothread_period`.
/// Since: 2.2.0
pub const VIR_DOMAIN_TUNABLE_CPU_IOTHREAD_PERIOD: &str = "cputune.iothread_period";
/// Typed-parameter or identity field name `cputune.iothread_quota`.
/// Since: 2.2.0
pub const VIR_DOMAIN_TUNABLE_CPU_IOTHREAD_QUOTA: &str = "cputune.iothread_quota";
/// Typed-parameter or identity field name `cputune.vcpupin%u`.
/// Since: 1.2.9
pub const VIR_DOMAIN_TUNABLE_CPU_VCPUPIN: &str = "cputune.vcpupin%u";
/// Typed-parameter or identity field name `cputune.vcpu_period`.
/// Since: 1.2.9
pub const VIR_DOMAIN_TUNABLE_CPU_VCPU_PERIOD: &str = "cputune.vcpu_period";
/// Typed-parameter or identity field name `cputune.vcpu_quota`.
/// Since: 1.2.9
pub const VIR_DOMAIN_TUNABLE_CPU_VCPU_QUOTA: &str = "cputune.vcpu_quota";
/// Typed-parameter or identity field name `auto_converge.increment`.
/// Since: 2.0.0
pub const VIR_MIGRATE_PARAM_AUTO_CONVERGE_INCREMENT: &str = "auto_converge.increment";
/// Typed-parameter or identity field name `auto_converge.initial`.
/// Since: 2.0.0
pub const VIR_MIGRATE_PARAM_AUTO_CONVERGE_INITIAL: &str = "auto_converge.initial";
/// Typed-parameter or identity field name `bandwidth`.
/// Since: 1.1.0
pub const VIR_MIGRATE_PARAM_BANDWIDTH: &str = "bandwidth";
/// Typed-parameter or identity field name `bandwidth.postcopy`.
/// Since: 5.1.0
pub const VIR_MIGRATE_PARAM_BANDWIDTH_POSTCOPY: &str = "bandwidth.postcopy";
/// Typed-parameter or identity field name `compression`.
/// Since: 1.3.4
pub const VIR_MIGRATE_PARAM_COMPRESSION: &str = "compression";
/// Typed-parameter or identity field name `compression.mt.dthreads`.
/// Since: 1.3.4
pub const VIR_MIGRATE_PARAM_COMPRESSION_MT_DTHREADS: &str = "compression.mt.dthreads";
/// Typed-parameter or identity field name `compression.mt.level`.
/// Since: 1.3.4
pub const VIR_MIGRATE_PARAM_COMPRESSION_MT_LEVEL: &str = "compression.mt.level";
/// Typed-parameter or identity field name `compression.mt.threads`.
/// Since: 1.3.4
pub const VIR_MIGRATE_PARAM_COMPRESSION_MT_THREADS: &str = "compression.mt.threads";
/// Typed-parameter or identity field name `compression.xbzrle.cache`.
/// Since: 1.3.4
pub const VIR_MIGRATE_PARAM_COMPRESSION_XBZRLE_CACHE: &str = "compression.xbzrle.cache";
/// Typed-parameter or identity field name `destination_name`.
/// Since: 1.1.0
pub const VIR_MIGRATE_PARAM_DEST_NAME: &str = "destination_name";
/// Typed-parameter or identity field name `destination_xml`.
/// Since: 1.1.0
pub const VIR_MIGRATE_PARAM_DEST_XML: &str = "destination_xml";
/// Typed-parameter or identity field name `disks_port`.
/// Since: 1.3.3
pub const VIR_MIGRATE_PARAM_DISKS_PORT: &str = "disks_port";
/// Typed-parameter or identity field name `disks_uri`.
/// Since: 6.8.0
pub const VIR_MIGRATE_PARAM_DISKS_URI: &str = "disks_uri";
/// Typed-parameter or identity field name `graphics_uri`.
/// Since: 1.1.0
pub const VIR_MIGRATE_PARAM_GRAPHICS_URI: &str = "graphics_uri";
/// Typed-parameter or identity field name `listen_address`.
/// Since: 1.1.4
pub const VIR_MIGRATE_PARAM_LISTEN_ADDRESS: &str = "listen_address";
/// Typed-parameter or identity field name `migrate_disks`.
/// Since: 1.2.17
pub const VIR_MIGRATE_PARAM_MIGRATE_DISKS: &str = "migrate_disks";
/// Typed-parameter or identity field name `parallel.connections`.
/// Since: 5.2.0
pub const VIR_MIGRATE_PARAM_PARALLEL_CONNECTIONS: &str = "parallel.connections";
/// Typed-parameter or identity field name `persistent_xml`.
/// Since: 1.3.4
pub const VIR_MIGRATE_PARAM_PERSIST_XML: &str = "persistent_xml";
/// Typed-parameter or identity field name `tls.destination`.
/// Since: 6.0.0
pub const VIR_MIGRATE_PARAM_TLS_DESTINATION: &str = "tls.destination";
/// Typed-parameter or identity field name `migrate_uri`.
/// Since: 1.1.0
pub const VIR_MIGRATE_PARAM_URI: &str = "migrate_uri";
/// Typed-parameter or identity field name `alignment_faults`.
/// Since: 3.2.0
pub const VIR_PERF_PARAM_ALIGNMENT_FAULTS: &str = "alignment_faults";
/// Typed-parameter or identity field name `branch_instructions`.
/// Since: 3.0.0
pub const VIR_PERF_PARAM_BRANCH_INSTRUCTIONS: &str = "branch_instructions";
/// Typed-parameter or identity field name `branch_misses`.
/// Since: 3.0.0
pub const VIR_PERF_PARAM_BRANCH_MISSES: &str = "branch_misses";
/// Typed-parameter or identity field name `bus_cycles`.
/// Since: 3.0.0
pub const VIR_PERF_PARAM_BUS_CYCLES: &str = "bus_cycles";
/// Typed-parameter or identity field name `cache_misses`.
/// Since: 2.3.0
pub const VIR_PERF_PARAM_CACHE_MISSES: &str = "cache_misses";
/// Typed-parameter or identity field name `cache_references`.
/// Since: 2.3.0
pub const VIR_PERF_PARAM_CACHE_REFERENCES: &str = "cache_references";
/// Typed-parameter or identity field name `cmt`.
/// Since: 1.3.3
pub const VIR_PERF_PARAM_CMT: &str = "cmt";
/// Typed-parameter or identity field name `context_switches`.
/// Since: 3.2.0
pub const VIR_PERF_PARAM_CONTEXT_SWITCHES: &str = "context_switches";
/// Typed-parameter or identity field name `cpu_clock`.
/// Since: 3.2.0
pub const VIR_PERF_PARAM_CPU_CLOCK: &str = "cpu_clock";
/// Typed-parameter or identity field name `cpu_cycles`.
/// Since: 2.3.0
pub const VIR_PERF_PARAM_CPU_CYCLES: &str = "cpu_cycles";
/// Typed-parameter or identity field name `cpu_migrations`.
/// Since: 3.2.0
pub const VIR_PERF_PARAM_CPU_MIGRATIONS: &str = "cpu_migrations";
/// Typed-parameter or identity field name `emulation_faults`.
/// Since: 3.2.0
pub const VIR_PERF_PARAM_EMULATION_FAULTS: &str = "emulation_faults";
/// Typed-parameter or identity field name `instructions`.
/// Since: 2.3.0
pub const VIR_PERF_PARAM_INSTRUCTIONS: &str = "instructions";
/// Typed-parameter or identity field name `mbml`.
/// Since: 1.3.5
pub const VIR_PERF_PARAM_MBML: &str = "mbml";
/// Typed-parameter or identity field name `mbmt`.
/// Since: 1.3.5
pub const VIR_PERF_PARAM_MBMT: &str = "mbmt";
/// Typed-parameter or identity field name `page_faults`.
/// Since: 3.2.0
pub const VIR_PERF_PARAM_PAGE_FAULTS: &str = "page_faults";
/// Typed-parameter or identity field name `page_faults_maj`.
/// Since: 3.2.0
pub const VIR_PERF_PARAM_PAGE_FAULTS_MAJ: &str = "page_faults_maj";
/// Typed-parameter or identity field name `page_faults_min`.
/// Since: 3.2.0
pub const VIR_PERF_PARAM_PAGE_FAULTS_MIN: &str = "page_faults_min";
/// Typed-parameter or identity field name `ref_cpu_cycles`.
/// Since: 3.0.0
pub const VIR_PERF_PARAM_REF_CPU_CYCLES: &str = "ref_cpu_cycles";
/// Typed-parameter or identity field name `stalled_cycles_backend`.
/// Since: 3.0.0
pub const VIR_PERF_PARAM_STALLED_CYCLES_BACKEND: &str = "stalled_cycles_backend";
/// Typed-parameter or identity field name `stalled_cycles_frontend`.
/// Since: 3.0.0
pub const VIR_PERF_PARAM_STALLED_CYCLES_FRONTEND: &str = "stalled_cycles_frontend";
/// Typed-parameter or identity field name `task_clock`.
/// Since: 3.2.0
pub const VIR_PERF_PARAM_TASK_CLOCK: &str = "task_clock";

/// Values of `virConnectDomainEventAgentLifecycleReason`.
/// Since: 1.2.11
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virConnectDomainEventAgentLifecycleReason {
    /// Since: 1.2.11
    VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_REASON_UNKNOWN = 0,
    /// Since: 1.2.11
    VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_REASON_DOMAIN_STARTED = 1,
    /// Since: 1.2.11
    VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_REASON_CHANNEL = 2,
    /// Since: 1.2.11
    #[cfg(feature = "enum_sentinels")]
    VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_REASON_LAST = 3,
}

/// Values of `virConnectDomainEventAgentLifecycleState`.
/// Since: 1.2.11
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virConnectDomainEventAgentLifecycleState {
    /// Since: 1.2.11
    VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_STATE_CONNECTED = 1,
    /// Since: 1.2.11
    VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_STATE_DISCONNECTED = 2,
    /// Since: 1.2.11
    #[cfg(feature = "enum_sentinels")]
    VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_STATE_LAST = 3,
}

/// Values of `virConnectGetAllDomainStatsFlags`.
/// Since: 1.2.8
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virConnectGetAllDomainStatsFlags {
    /// Since: 1.2.8
    VIR_CONNECT_GET_ALL_DOMAINS_STATS_ACTIVE = 1,
    /// Since: 1.2.8
    VIR_CONNECT_GET_ALL_DOMAINS_STATS_INACTIVE = 2,
    /// Since: 1.2.8
    VIR_CONNECT_GET_ALL_DOMAINS_STATS_PERSISTENT = 4,
    /// Since: 1.2.8
    VIR_CONNECT_GET_ALL_DOMAINS_STATS_TRANSIENT = 8,
    /// Since: 1.2.8
    VIR_CONNECT_GET_ALL_DOMAINS_STATS_RUNNING = 16,
    /// Since: 1.2.8
    VIR_CONNECT_GET_ALL_DOMAINS_STATS_PAUSED = 32,
    /// Since: 1.2.8
    VIR_CONNECT_GET_ALL_DOMAINS_STATS_SHUTOFF = 64,
    /// Since: 1.2.8
    VIR_CONNECT_GET_ALL_DOMAINS_STATS_OTHER = 128,
    /// Since: 4.5.0
    VIR_CONNECT_GET_ALL_DOMAINS_STATS_NOWAIT = 536870912,
    /// Since: 1.2.12
    VIR_CONNECT_GET_ALL_DOMAINS_STATS_BACKING = 1073741824,
    /// Since: 1.2.8
    VIR_CONNECT_GET_ALL_DOMAINS_STATS_ENFORCE_STATS = 2147483648,
}

/// Values of `virConnectListAllDomainsFlags`.
/// Since: 0.9.13
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virConnectListAllDomainsFlags {
    /// Since: 0.9.13
    VIR_CONNECT_LIST_DOMAINS_ACTIVE = 1,
    /// Since: 0.9.13
    VIR_CONNECT_LIST_DOMAINS_INACTIVE = 2,
    /// Since: 0.9.13
    VIR_CONNECT_LIST_DOMAINS_PERSISTENT = 4,
    /// Since: 0.9.13
    VIR_CONNECT_LIST_DOMAINS_TRANSIENT = 8,
    /// Since: 0.9.13
    VIR_CONNECT_LIST_DOMAINS_RUNNING = 16,
    /// Since: 0.9.13
    VIR_CONNECT_LIST_DOMAINS_PAUSED = 32,
    /// Since: 0.9.13
    VIR_CONNECT_LIST_DOMAINS_SHUTOFF = 64,
    /// Since: 0.9.13
    VIR_CONNECT_LIST_DOMAINS_OTHER = 128,
    /// Since: 0.9.13
    VIR_CONNECT_LIST_DOMAINS_MANAGEDSAVE = 256,
    /// Since: 0.9.13
    VIR_CONNECT_LIST_DOMAINS_NO_MANAGEDSAVE = 512,
    /// Since: 0.9.13
    VIR_CONNECT_LIST_DOMAINS_AUTOSTART = 1024,
    /// Since: 0.9.13
    VIR_CONNECT_LIST_DOMAINS_NO_AUTOSTART = 2048,
    /// Since: 0.9.13
    VIR_CONNECT_LIST_DOMAINS_HAS_SNAPSHOT = 4096,
    /// Since: 0.9.13
    VIR_CONNECT_LIST_DOMAINS_NO_SNAPSHOT = 8192,
    /// Since: 5.6.0
    VIR_CONNECT_LIST_DOMAINS_HAS_CHECKPOINT = 16384,
    /// Since: 5.6.0
    VIR_CONNECT_LIST_DOMAINS_NO_CHECKPOINT = 32768,
}

/// Values of `virDomainAbortJobFlagsValues`.
/// Since: 8.5.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainAbortJobFlagsValues {
    /// Since: 8.5.0
    VIR_DOMAIN_ABORT_JOB_POSTCOPY = 1,
}

/// Values of `virDomainModificationImpact`.
/// Since: 0.9.2
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainModificationImpact {
    /// Since: 0.9.2
    VIR_DOMAIN_AFFECT_CURRENT = 0,
    /// Since: 0.9.2
    VIR_DOMAIN_AFFECT_LIVE = 1,
    /// Since: 0.9.2
    VIR_DOMAIN_AFFECT_CONFIG = 2,
}

/// Values of `virDomainAgentResponseTimeoutValues`.
/// Since: 5.10.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainAgentResponseTimeoutValues {
    /// Since: 5.10.0
    VIR_DOMAIN_AGENT_RESPONSE_TIMEOUT_BLOCK = -2,
    /// Since: 5.10.0
    VIR_DOMAIN_AGENT_RESPONSE_TIMEOUT_DEFAULT = -1,
    /// Since: 5.10.0
    VIR_DOMAIN_AGENT_RESPONSE_TIMEOUT_NOWAIT = 0,
}

/// Values of `virDomainAuthorizedSSHKeysSetFlags`.
/// Since: 6.10.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainAuthorizedSSHKeysSetFlags {
    /// Since: 6.10.0
    VIR_DOMAIN_AUTHORIZED_SSH_KEYS_SET_APPEND = 1,
    /// Since: 6.10.0
    VIR_DOMAIN_AUTHORIZED_SSH_KEYS_SET_REMOVE = 2,
}

/// Values of `virDomainBackupBeginFlags`.
/// Since: 6.0.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainBackupBeginFlags {
    /// Since: 6.0.0
    VIR_DOMAIN_BACKUP_BEGIN_REUSE_EXTERNAL = 1,
}

/// Values of `virBlkioParameterType`.
/// Since: 0.9.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virBlkioParameterType {
    /// Since: 0.9.0
    VIR_DOMAIN_BLKIO_PARAM_INT = 1,
    /// Since: 0.9.0
    VIR_DOMAIN_BLKIO_PARAM_UINT = 2,
    /// Since: 0.9.0
    VIR_DOMAIN_BLKIO_PARAM_LLONG = 3,
    /// Since: 0.9.0
    VIR_DOMAIN_BLKIO_PARAM_ULLONG = 4,
    /// Since: 0.9.0
    VIR_DOMAIN_BLKIO_PARAM_DOUBLE = 5,
    /// Since: 0.9.0
    VIR_DOMAIN_BLKIO_PARAM_BOOLEAN = 6,
}

/// Values of `virDomainState`.
/// Since: 0.0.1
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainState {
    /// Since: 0.0.1
    VIR_DOMAIN_NOSTATE = 0,
    /// Since: 0.0.1
    VIR_DOMAIN_RUNNING = 1,
    /// Since: 0.0.1
    VIR_DOMAIN_BLOCKED = 2,
    /// Since: 0.0.1
    VIR_DOMAIN_PAUSED = 3,
    /// Since: 0.0.1
    VIR_DOMAIN_SHUTDOWN = 4,
    /// Since: 0.0.1
    VIR_DOMAIN_SHUTOFF = 5,
    /// Since: 0.0.2
    VIR_DOMAIN_CRASHED = 6,
    /// Since: 0.9.11
    VIR_DOMAIN_PMSUSPENDED = 7,
    /// Since: 0.9.5
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_LAST = 8,
}

/// Values of `virDomainBlockedReason`.
/// Since: 0.9.2
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainBlockedReason {
    /// Since: 0.9.2
    VIR_DOMAIN_BLOCKED_UNKNOWN = 0,
    /// Since: 0.9.10
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_BLOCKED_LAST = 1,
}

/// Values of `virDomainBlockCommitFlags`.
/// Since: 0.10.2
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainBlockCommitFlags {
    /// Since: 0.10.2
    VIR_DOMAIN_BLOCK_COMMIT_SHALLOW = 1,
    /// Since: 0.10.2
    VIR_DOMAIN_BLOCK_COMMIT_DELETE = 2,
    /// Since: 1.2.6
    VIR_DOMAIN_BLOCK_COMMIT_ACTIVE = 4,
    /// Since: 1.2.7
    VIR_DOMAIN_BLOCK_COMMIT_RELATIVE = 8,
    /// Since: 1.2.9
    VIR_DOMAIN_BLOCK_COMMIT_BANDWIDTH_BYTES = 16,
}

/// Values of `virDomainBlockCopyFlags`.
/// Since: 1.2.8
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainBlockCopyFlags {
    /// Since: 1.2.8
    VIR_DOMAIN_BLOCK_COPY_SHALLOW = 1,
    /// Since: 1.2.8
    VIR_DOMAIN_BLOCK_COPY_REUSE_EXT = 2,
    /// Since: 3.5.0
    VIR_DOMAIN_BLOCK_COPY_TRANSIENT_JOB = 4,
    /// Since: 8.0.0
    VIR_DOMAIN_BLOCK_COPY_SYNCHRONOUS_WRITES = 8,
}

/// Values of `virDomainBlockJobAbortFlags`.
/// Since: 0.9.12
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainBlockJobAbortFlags {
    /// Since: 0.9.12
    VIR_DOMAIN_BLOCK_JOB_ABORT_ASYNC = 1,
    /// Since: 0.9.12
    VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT = 2,
}

/// Values of `virConnectDomainEventBlockJobStatus`.
/// Since: 0.9.4
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virConnectDomainEventBlockJobStatus {
    /// Since: 0.9.4
    VIR_DOMAIN_BLOCK_JOB_COMPLETED = 0,
    /// Since: 0.9.4
    VIR_DOMAIN_BLOCK_JOB_FAILED = 1,
    /// Since: 0.9.12
    VIR_DOMAIN_BLOCK_JOB_CANCELED = 2,
    /// Since: 1.0.0
    VIR_DOMAIN_BLOCK_JOB_READY = 3,
    /// Since: 0.9.10
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_BLOCK_JOB_LAST = 4,
}

/// Values of `virDomainBlockJobInfoFlags`.
/// Since: 1.2.9
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainBlockJobInfoFlags {
    /// Since: 1.2.9
    VIR_DOMAIN_BLOCK_JOB_INFO_BANDWIDTH_BYTES = 1,
}

/// Values of `virDomainBlockJobSetSpeedFlags`.
/// Since: 1.2.9
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainBlockJobSetSpeedFlags {
    /// Since: 1.2.9
    VIR_DOMAIN_BLOCK_JOB_SPEED_BANDWIDTH_BYTES = 1,
}

/// Values of `virDomainBlockJobType`.
/// Since: 0.9.4
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainBlockJobType {
    /// Since: 0.9.4
    VIR_DOMAIN_BLOCK_JOB_TYPE_UNKNOWN = 0,
    /// Since: 0.9.4
    VIR_DOMAIN_BLOCK_JOB_TYPE_PULL = 1,
    /// Since: 0.9.12
    VIR_DOMAIN_BLOCK_JOB_TYPE_COPY = 2,
    /// Since: 0.10.2
    VIR_DOMAIN_BLOCK_JOB_TYPE_COMMIT = 3,
    /// Since: 1.2.6
    VIR_DOMAIN_BLOCK_JOB_TYPE_ACTIVE_COMMIT = 4,
    /// Since: 6.0.0
    VIR_DOMAIN_BLOCK_JOB_TYPE_BACKUP = 5,
    /// Since: 0.9.10
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_BLOCK_JOB_TYPE_LAST = 6,
}

/// Values of `virDomainBlockPullFlags`.
/// Since: 1.2.9
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainBlockPullFlags {
    /// Since: 1.2.9
    VIR_DOMAIN_BLOCK_PULL_BANDWIDTH_BYTES = 64,
}

/// Values of `virDomainBlockRebaseFlags`.
/// Since: 0.9.12
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainBlockRebaseFlags {
    /// Since: 0.9.12
    VIR_DOMAIN_BLOCK_REBASE_SHALLOW = 1,
    /// Since: 0.9.12
    VIR_DOMAIN_BLOCK_REBASE_REUSE_EXT = 2,
    /// Since: 0.9.12
    VIR_DOMAIN_BLOCK_REBASE_COPY_RAW = 4,
    /// Since: 0.9.12
    VIR_DOMAIN_BLOCK_REBASE_COPY = 8,
    /// Since: 1.2.7
    VIR_DOMAIN_BLOCK_REBASE_RELATIVE = 16,
    /// Since: 1.2.9
    VIR_DOMAIN_BLOCK_REBASE_COPY_DEV = 32,
    /// Since: 1.2.9
    VIR_DOMAIN_BLOCK_REBASE_BANDWIDTH_BYTES = 64,
}

/// Values of `virDomainBlockResizeFlags`.
/// Since: 0.9.11
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainBlockResizeFlags {
    /// Since: 0.9.11
    VIR_DOMAIN_BLOCK_RESIZE_BYTES = 1,
}

/// Values of `virDomainChannelFlags`.
/// Since: 1.0.2
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainChannelFlags {
    /// Since: 1.0.2
    VIR_DOMAIN_CHANNEL_FORCE = 1,
}

/// Values of `virDomainConsoleFlags`.
/// Since: 0.9.11
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainConsoleFlags {
    /// Since: 0.9.11
    VIR_DOMAIN_CONSOLE_FORCE = 1,
    /// Since: 0.9.11
    VIR_DOMAIN_CONSOLE_SAFE = 2,
}

/// Values of `virDomainControlState`.
/// Since: 0.9.3
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainControlState {
    /// Since: 0.9.3
    VIR_DOMAIN_CONTROL_OK = 0,
    /// Since: 0.9.3
    VIR_DOMAIN_CONTROL_JOB = 1,
    /// Since: 0.9.3
    VIR_DOMAIN_CONTROL_OCCUPIED = 2,
    /// Since: 0.9.3
    VIR_DOMAIN_CONTROL_ERROR = 3,
    /// Since: 0.9.10
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_CONTROL_LAST = 4,
}

/// Values of `virDomainControlErrorReason`.
/// Since: 1.2.14
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainControlErrorReason {
    /// Since: 1.2.14
    VIR_DOMAIN_CONTROL_ERROR_REASON_NONE = 0,
    /// Since: 1.2.14
    VIR_DOMAIN_CONTROL_ERROR_REASON_UNKNOWN = 1,
    /// Since: 1.2.14
    VIR_DOMAIN_CONTROL_ERROR_REASON_MONITOR = 2,
    /// Since: 1.2.14
    VIR_DOMAIN_CONTROL_ERROR_REASON_INTERNAL = 3,
    /// Since: 1.2.14
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_CONTROL_ERROR_REASON_LAST = 4,
}

/// Values of `virDomainCoreDumpFormat`.
/// Since: 1.2.3
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainCoreDumpFormat {
    /// Since: 1.2.3
    VIR_DOMAIN_CORE_DUMP_FORMAT_RAW = 0,
    /// Since: 1.2.3
    VIR_DOMAIN_CORE_DUMP_FORMAT_KDUMP_ZLIB = 1,
    /// Since: 1.2.3
    VIR_DOMAIN_CORE_DUMP_FORMAT_KDUMP_LZO = 2,
    /// Since: 1.2.3
    VIR_DOMAIN_CORE_DUMP_FORMAT_KDUMP_SNAPPY = 3,
    /// Since: 7.4.0
    VIR_DOMAIN_CORE_DUMP_FORMAT_WIN_DMP = 4,
    /// Since: 1.2.3
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_CORE_DUMP_FORMAT_LAST = 5,
}

/// Values of `virDomainCrashedReason`.
/// Since: 0.9.2
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainCrashedReason {
    /// Since: 0.9.2
    VIR_DOMAIN_CRASHED_UNKNOWN = 0,
    /// Since: 1.1.1
    VIR_DOMAIN_CRASHED_PANICKED = 1,
    /// Since: 0.9.10
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_CRASHED_LAST = 2,
}

/// Values of `virDomainDefineFlags`.
/// Since: 1.2.12
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainDefineFlags {
    /// Since: 1.2.12
    VIR_DOMAIN_DEFINE_VALIDATE = 1,
}

/// Values of `virDomainDestroyFlagsValues`.
/// Since: 0.9.4
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainDestroyFlagsValues {
    /// Since: 0.9.10
    VIR_DOMAIN_DESTROY_DEFAULT = 0,
    /// Since: 0.9.10
    VIR_DOMAIN_DESTROY_GRACEFUL = 1,
    /// Since: 8.3.0
    VIR_DOMAIN_DESTROY_REMOVE_LOGS = 2,
}

/// Values of `virDomainDeviceModifyFlags`.
/// Since: 0.7.7
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainDeviceModifyFlags {
    /// Since: 0.7.7
    VIR_DOMAIN_DEVICE_MODIFY_CURRENT = 0,
    /// Since: 0.7.7
    VIR_DOMAIN_DEVICE_MODIFY_LIVE = 1,
    /// Since: 0.7.7
    VIR_DOMAIN_DEVICE_MODIFY_CONFIG = 2,
    /// Since: 0.8.6
    VIR_DOMAIN_DEVICE_MODIFY_FORCE = 4,
}

/// Values of `virDomainDirtyRateStatus`.
/// Since: 7.2.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainDirtyRateStatus {
    /// Since: 7.2.0
    VIR_DOMAIN_DIRTYRATE_UNSTARTED = 0,
    /// Since: 7.2.0
    VIR_DOMAIN_DIRTYRATE_MEASURING = 1,
    /// Since: 7.2.0
    VIR_DOMAIN_DIRTYRATE_MEASURED = 2,
    /// Since: 7.2.0
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_DIRTYRATE_LAST = 3,
}

/// Values of `virDomainDirtyRateCalcFlags`.
/// Since: 8.1.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainDirtyRateCalcFlags {
    /// Since: 8.1.0
    VIR_DOMAIN_DIRTYRATE_MODE_PAGE_SAMPLING = 0,
    /// Since: 8.1.0
    VIR_DOMAIN_DIRTYRATE_MODE_DIRTY_BITMAP = 1,
    /// Since: 8.1.0
    VIR_DOMAIN_DIRTYRATE_MODE_DIRTY_RING = 2,
}

/// Values of `virDomainDiskErrorCode`.
/// Since: 0.9.10
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainDiskErrorCode {
    /// Since: 0.9.10
    VIR_DOMAIN_DISK_ERROR_NONE = 0,
    /// Since: 0.9.10
    VIR_DOMAIN_DISK_ERROR_UNSPEC = 1,
    /// Since: 0.9.10
    VIR_DOMAIN_DISK_ERROR_NO_SPACE = 2,
    /// Since: 0.9.10
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_DISK_ERROR_LAST = 3,
}

/// Values of `virDomainEventType`.
/// Since: 0.5.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainEventType {
    /// Since: 0.5.0
    VIR_DOMAIN_EVENT_DEFINED = 0,
    /// Since: 0.5.0
    VIR_DOMAIN_EVENT_UNDEFINED = 1,
    /// Since: 0.5.0
    VIR_DOMAIN_EVENT_STARTED = 2,
    /// Since: 0.5.0
    VIR_DOMAIN_EVENT_SUSPENDED = 3,
    /// Since: 0.5.0
    VIR_DOMAIN_EVENT_RESUMED = 4,
    /// Since: 0.5.0
    VIR_DOMAIN_EVENT_STOPPED = 5,
    /// Since: 0.9.8
    VIR_DOMAIN_EVENT_SHUTDOWN = 6,
    /// Since: 0.10.2
    VIR_DOMAIN_EVENT_PMSUSPENDED = 7,
    /// Since: 1.1.1
    VIR_DOMAIN_EVENT_CRASHED = 8,
    /// Since: 0.9.10
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_LAST = 9,
}

/// Values of `virDomainEventCrashedDetailType`.
/// Since: 1.1.1
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainEventCrashedDetailType {
    /// Since: 1.1.1
    VIR_DOMAIN_EVENT_CRASHED_PANICKED = 0,
    /// Since: 6.1.0
    VIR_DOMAIN_EVENT_CRASHED_CRASHLOADED = 1,
    /// Since: 1.1.1
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_CRASHED_LAST = 2,
}

/// Values of `virDomainEventDefinedDetailType`.
/// Since: 0.5.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainEventDefinedDetailType {
    /// Since: 0.5.0
    VIR_DOMAIN_EVENT_DEFINED_ADDED = 0,
    /// Since: 0.5.0
    VIR_DOMAIN_EVENT_DEFINED_UPDATED = 1,
    /// Since: 1.2.19
    VIR_DOMAIN_EVENT_DEFINED_RENAMED = 2,
    /// Since: 1.3.3
    VIR_DOMAIN_EVENT_DEFINED_FROM_SNAPSHOT = 3,
    /// Since: 0.9.10
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_DEFINED_LAST = 4,
}

/// Values of `virConnectDomainEventDiskChangeReason`.
/// Since: 0.9.7
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virConnectDomainEventDiskChangeReason {
    /// Since: 0.9.7
    VIR_DOMAIN_EVENT_DISK_CHANGE_MISSING_ON_START = 0,
    /// Since: 1.1.2
    VIR_DOMAIN_EVENT_DISK_DROP_MISSING_ON_START = 1,
    /// Since: 0.9.10
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_DISK_CHANGE_LAST = 2,
}

/// Values of `virDomainEventGraphicsAddressType`.
/// Since: 0.8.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainEventGraphicsAddressType {
    /// Since: 0.8.0
    VIR_DOMAIN_EVENT_GRAPHICS_ADDRESS_IPV4 = 0,
    /// Since: 0.8.0
    VIR_DOMAIN_EVENT_GRAPHICS_ADDRESS_IPV6 = 1,
    /// Since: 0.9.7
    VIR_DOMAIN_EVENT_GRAPHICS_ADDRESS_UNIX = 2,
    /// Since: 0.9.10
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_GRAPHICS_ADDRESS_LAST = 3,
}

/// Values of `virDomainEventGraphicsPhase`.
/// Since: 0.8.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainEventGraphicsPhase {
    /// Since: 0.8.0
    VIR_DOMAIN_EVENT_GRAPHICS_CONNECT = 0,
    /// Since: 0.8.0
    VIR_DOMAIN_EVENT_GRAPHICS_INITIALIZE = 1,
    /// Since: 0.8.0
    VIR_DOMAIN_EVENT_GRAPHICS_DISCONNECT = 2,
    /// Since: 0.9.10
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_GRAPHICS_LAST = 3,
}

/// Values of `virDomainEventID`.
/// Since: 0.8.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainEventID {
    /// Since: 0.8.0
    VIR_DOMAIN_EVENT_ID_LIFECYCLE = 0,
    /// Since: 0.8.0
    VIR_DOMAIN_EVENT_ID_REBOOT = 1,
    /// Since: 0.8.0
    VIR_DOMAIN_EVENT_ID_RTC_CHANGE = 2,
    /// Since: 0.8.0
    VIR_DOMAIN_EVENT_ID_WATCHDOG = 3,
    /// Since: 0.8.0
    VIR_DOMAIN_EVENT_ID_IO_ERROR = 4,
    /// Since: 0.8.0
    VIR_DOMAIN_EVENT_ID_GRAPHICS = 5,
    /// Since: 0.8.1
    VIR_DOMAIN_EVENT_ID_IO_ERROR_REASON = 6,
    /// Since: 0.9.2
    VIR_DOMAIN_EVENT_ID_CONTROL_ERROR = 7,
    /// Since: 0.9.4
    VIR_DOMAIN_EVENT_ID_BLOCK_JOB = 8,
    /// Since: 0.9.7
    VIR_DOMAIN_EVENT_ID_DISK_CHANGE = 9,
    /// Since: 0.9.11
    VIR_DOMAIN_EVENT_ID_TRAY_CHANGE = 10,
    /// Since: 0.9.11
    VIR_DOMAIN_EVENT_ID_PMWAKEUP = 11,
    /// Since: 0.9.11
    VIR_DOMAIN_EVENT_ID_PMSUSPEND = 12,
    /// Since: 0.10.0
    VIR_DOMAIN_EVENT_ID_BALLOON_CHANGE = 13,
    /// Since: 1.0.0
    VIR_DOMAIN_EVENT_ID_PMSUSPEND_DISK = 14,
    /// Since: 1.1.1
    VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED = 15,
    /// Since: 1.2.6
    VIR_DOMAIN_EVENT_ID_BLOCK_JOB_2 = 16,
    /// Since: 1.2.9
    VIR_DOMAIN_EVENT_ID_TUNABLE = 17,
    /// Since: 1.2.11
    VIR_DOMAIN_EVENT_ID_AGENT_LIFECYCLE = 18,
    /// Since: 1.2.15
    VIR_DOMAIN_EVENT_ID_DEVICE_ADDED = 19,
    /// Since: 1.3.2
    VIR_DOMAIN_EVENT_ID_MIGRATION_ITERATION = 20,
    /// Since: 1.3.3
    VIR_DOMAIN_EVENT_ID_JOB_COMPLETED = 21,
    /// Since: 1.3.4
    VIR_DOMAIN_EVENT_ID_DEVICE_REMOVAL_FAILED = 22,
    /// Since: 3.0.0
    VIR_DOMAIN_EVENT_ID_METADATA_CHANGE = 23,
    /// Since: 3.2.0
    VIR_DOMAIN_EVENT_ID_BLOCK_THRESHOLD = 24,
    /// Since: 6.9.0
    VIR_DOMAIN_EVENT_ID_MEMORY_FAILURE = 25,
    /// Since: 7.9.0
    VIR_DOMAIN_EVENT_ID_MEMORY_DEVICE_SIZE_CHANGE = 26,
    /// Since: 0.8.0
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_ID_LAST = 27,
}

/// Values of `virDomainEventIOErrorAction`.
/// Since: 0.8.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainEventIOErrorAction {
    /// Since: 0.8.0
    VIR_DOMAIN_EVENT_IO_ERROR_NONE = 0,
    /// Since: 0.8.0
    VIR_DOMAIN_EVENT_IO_ERROR_PAUSE = 1,
    /// Since: 0.8.0
    VIR_DOMAIN_EVENT_IO_ERROR_REPORT = 2,
    /// Since: 0.9.10
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_IO_ERROR_LAST = 3,
}

/// Values of `virDomainMemoryFailureActionType`.
/// Since: 6.9.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainMemoryFailureActionType {
    /// Since: 6.9.0
    VIR_DOMAIN_EVENT_MEMORY_FAILURE_ACTION_IGNORE = 0,
    /// Since: 6.9.0
    VIR_DOMAIN_EVENT_MEMORY_FAILURE_ACTION_INJECT = 1,
    /// Since: 6.9.0
    VIR_DOMAIN_EVENT_MEMORY_FAILURE_ACTION_FATAL = 2,
    /// Since: 6.9.0
    VIR_DOMAIN_EVENT_MEMORY_FAILURE_ACTION_RESET = 3,
    /// Since: 6.9.0
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_MEMORY_FAILURE_ACTION_LAST = 4,
}

/// Values of `virDomainMemoryFailureRecipientType`.
/// Since: 6.9.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainMemoryFailureRecipientType {
    /// Since: 6.9.0
    VIR_DOMAIN_EVENT_MEMORY_FAILURE_RECIPIENT_HYPERVISOR = 0,
    /// Since: 6.9.0
    VIR_DOMAIN_EVENT_MEMORY_FAILURE_RECIPIENT_GUEST = 1,
    /// Since: 6.9.0
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_MEMORY_FAILURE_RECIPIENT_LAST = 2,
}

/// Values of `virDomainEventPMSuspendedDetailType`.
/// Since: 0.10.2
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainEventPMSuspendedDetailType {
    /// Since: 0.10.2
    VIR_DOMAIN_EVENT_PMSUSPENDED_MEMORY = 0,
    /// Since: 1.0.0
    VIR_DOMAIN_EVENT_PMSUSPENDED_DISK = 1,
    /// Since: 0.10.2
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_PMSUSPENDED_LAST = 2,
}

/// Values of `virDomainEventResumedDetailType`.
/// Since: 0.5.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainEventResumedDetailType {
    /// Since: 0.5.0
    VIR_DOMAIN_EVENT_RESUMED_UNPAUSED = 0,
    /// Since: 0.5.0
    VIR_DOMAIN_EVENT_RESUMED_MIGRATED = 1,
    /// Since: 0.9.5
    VIR_DOMAIN_EVENT_RESUMED_FROM_SNAPSHOT = 2,
    /// Since: 1.3.3
    VIR_DOMAIN_EVENT_RESUMED_POSTCOPY = 3,
    /// Since: 8.5.0
    VIR_DOMAIN_EVENT_RESUMED_POSTCOPY_FAILED = 4,
    /// Since: 0.9.10
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_RESUMED_LAST = 5,
}

/// Values of `virDomainEventShutdownDetailType`.
/// Since: 0.9.8
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainEventShutdownDetailType {
    /// Since: 0.9.8
    VIR_DOMAIN_EVENT_SHUTDOWN_FINISHED = 0,
    /// Since: 3.4.0
    VIR_DOMAIN_EVENT_SHUTDOWN_GUEST = 1,
    /// Since: 3.4.0
    VIR_DOMAIN_EVENT_SHUTDOWN_HOST = 2,
    /// Since: 0.9.10
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_SHUTDOWN_LAST = 3,
}

/// Values of `virDomainEventStartedDetailType`.
/// Since: 0.5.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainEventStartedDetailType {
    /// Since: 0.5.0
    VIR_DOMAIN_EVENT_STARTED_BOOTED = 0,
    /// Since: 0.5.0
    VIR_DOMAIN_EVENT_STARTED_MIGRATED = 1,
    /// Since: 0.5.0
    VIR_DOMAIN_EVENT_STARTED_RESTORED = 2,
    /// Since: 0.8.0
    VIR_DOMAIN_EVENT_STARTED_FROM_SNAPSHOT = 3,
    /// Since: 0.9.11
    VIR_DOMAIN_EVENT_STARTED_WAKEUP = 4,
    /// Since: 0.9.10
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_STARTED_LAST = 5,
}

/// Values of `virDomainEventStoppedDetailType`.
/// Since: 0.5.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainEventStoppedDetailType {
    /// Since: 0.5.0
    VIR_DOMAIN_EVENT_STOPPED_SHUTDOWN = 0,
    /// Since: 0.5.0
    VIR_DOMAIN_EVENT_STOPPED_DESTROYED = 1,
    /// Since: 0.5.0
    VIR_DOMAIN_EVENT_STOPPED_CRASHED = 2,
    /// Since: 0.5.0
    VIR_DOMAIN_EVENT_STOPPED_MIGRATED = 3,
    /// Since: 0.5.0
    VIR_DOMAIN_EVENT_STOPPED_SAVED = 4,
    /// Since: 0.5.0
    VIR_DOMAIN_EVENT_STOPPED_FAILED = 5,
    /// Since: 0.8.0
    VIR_DOMAIN_EVENT_STOPPED_FROM_SNAPSHOT = 6,
    /// Since: 0.9.10
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_STOPPED_LAST = 7,
}

/// Values of `virDomainEventSuspendedDetailType`.
/// Since: 0.5.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainEventSuspendedDetailType {
    /// Since: 0.5.0
    VIR_DOMAIN_EVENT_SUSPENDED_PAUSED = 0,
    /// Since: 0.5.0
    VIR_DOMAIN_EVENT_SUSPENDED_MIGRATED = 1,
    /// Since: 0.8.0
    VIR_DOMAIN_EVENT_SUSPENDED_IOERROR = 2,
    /// Since: 0.8.0
    VIR_DOMAIN_EVENT_SUSPENDED_WATCHDOG = 3,
    /// Since: 0.9.5
    VIR_DOMAIN_EVENT_SUSPENDED_RESTORED = 4,
    /// Since: 0.9.5
    VIR_DOMAIN_EVENT_SUSPENDED_FROM_SNAPSHOT = 5,
    /// Since: 1.0.1
    VIR_DOMAIN_EVENT_SUSPENDED_API_ERROR = 6,
    /// Since: 1.3.3
    VIR_DOMAIN_EVENT_SUSPENDED_POSTCOPY = 7,
    /// Since: 1.3.3
    VIR_DOMAIN_EVENT_SUSPENDED_POSTCOPY_FAILED = 8,
    /// Since: 0.9.10
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_SUSPENDED_LAST = 9,
}

/// Values of `virDomainEventTrayChangeReason`.
/// Since: 0.9.11
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainEventTrayChangeReason {
    /// Since: 0.9.11
    VIR_DOMAIN_EVENT_TRAY_CHANGE_OPEN = 0,
    /// Since: 0.9.11
    VIR_DOMAIN_EVENT_TRAY_CHANGE_CLOSE = 1,
    /// Since: 0.9.11
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_TRAY_CHANGE_LAST = 2,
}

/// Values of `virDomainEventUndefinedDetailType`.
/// Since: 0.5.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainEventUndefinedDetailType {
    /// Since: 0.5.0
    VIR_DOMAIN_EVENT_UNDEFINED_REMOVED = 0,
    /// Since: 1.2.19
    VIR_DOMAIN_EVENT_UNDEFINED_RENAMED = 1,
    /// Since: 0.9.10
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_UNDEFINED_LAST = 2,
}

/// Values of `virDomainEventWatchdogAction`.
/// Since: 0.8.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainEventWatchdogAction {
    /// Since: 0.8.0
    VIR_DOMAIN_EVENT_WATCHDOG_NONE = 0,
    /// Since: 0.8.0
    VIR_DOMAIN_EVENT_WATCHDOG_PAUSE = 1,
    /// Since: 0.8.0
    VIR_DOMAIN_EVENT_WATCHDOG_RESET = 2,
    /// Since: 0.8.0
    VIR_DOMAIN_EVENT_WATCHDOG_POWEROFF = 3,
    /// Since: 0.8.0
    VIR_DOMAIN_EVENT_WATCHDOG_SHUTDOWN = 4,
    /// Since: 0.8.0
    VIR_DOMAIN_EVENT_WATCHDOG_DEBUG = 5,
    /// Since: 1.2.17
    VIR_DOMAIN_EVENT_WATCHDOG_INJECTNMI = 6,
    /// Since: 0.9.10
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_EVENT_WATCHDOG_LAST = 7,
}

/// Values of `virDomainFDAssociateFlags`.
/// Since: 9.0.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainFDAssociateFlags {
    /// Since: 9.0.0
    VIR_DOMAIN_FD_ASSOCIATE_SECLABEL_RESTORE = 1,
    /// Since: 9.0.0
    VIR_DOMAIN_FD_ASSOCIATE_SECLABEL_WRITABLE = 2,
}

/// Values of `virDomainGetHostnameFlags`.
/// Since: 6.1.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainGetHostnameFlags {
    /// Since: 6.1.0
    VIR_DOMAIN_GET_HOSTNAME_LEASE = 1,
    /// Since: 6.1.0
    VIR_DOMAIN_GET_HOSTNAME_AGENT = 2,
}

/// Values of `virDomainGuestInfoTypes`.
/// Since: 5.7.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainGuestInfoTypes {
    /// Since: 5.7.0
    VIR_DOMAIN_GUEST_INFO_USERS = 1,
    /// Since: 5.7.0
    VIR_DOMAIN_GUEST_INFO_OS = 2,
    /// Since: 5.7.0
    VIR_DOMAIN_GUEST_INFO_TIMEZONE = 4,
    /// Since: 5.7.0
    VIR_DOMAIN_GUEST_INFO_HOSTNAME = 8,
    /// Since: 5.7.0
    VIR_DOMAIN_GUEST_INFO_FILESYSTEM = 16,
    /// Since: 7.0.0
    VIR_DOMAIN_GUEST_INFO_DISKS = 32,
    /// Since: 7.10.0
    VIR_DOMAIN_GUEST_INFO_INTERFACES = 64,
}

/// Values of `virDomainInterfaceAddressesSource`.
/// Since: 1.2.14
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainInterfaceAddressesSource {
    /// Since: 1.2.14
    VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_LEASE = 0,
    /// Since: 1.2.14
    VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_AGENT = 1,
    /// Since: 4.2.0
    VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_ARP = 2,
    /// Since: 1.2.14
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_LAST = 3,
}

/// Values of `virDomainJobType`.
/// Since: 0.7.7
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainJobType {
    /// Since: 0.7.7
    VIR_DOMAIN_JOB_NONE = 0,
    /// Since: 0.7.7
    VIR_DOMAIN_JOB_BOUNDED = 1,
    /// Since: 0.7.7
    VIR_DOMAIN_JOB_UNBOUNDED = 2,
    /// Since: 0.7.7
    VIR_DOMAIN_JOB_COMPLETED = 3,
    /// Since: 0.7.7
    VIR_DOMAIN_JOB_FAILED = 4,
    /// Since: 0.7.7
    VIR_DOMAIN_JOB_CANCELLED = 5,
    /// Since: 0.9.10
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_JOB_LAST = 6,
}

/// Values of `virDomainJobOperation`.
/// Since: 3.3.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainJobOperation {
    /// Since: 3.3.0
    VIR_DOMAIN_JOB_OPERATION_UNKNOWN = 0,
    /// Since: 3.3.0
    VIR_DOMAIN_JOB_OPERATION_START = 1,
    /// Since: 3.3.0
    VIR_DOMAIN_JOB_OPERATION_SAVE = 2,
    /// Since: 3.3.0
    VIR_DOMAIN_JOB_OPERATION_RESTORE = 3,
    /// Since: 3.3.0
    VIR_DOMAIN_JOB_OPERATION_MIGRATION_IN = 4,
    /// Since: 3.3.0
    VIR_DOMAIN_JOB_OPERATION_MIGRATION_OUT = 5,
    /// Since: 3.3.0
    VIR_DOMAIN_JOB_OPERATION_SNAPSHOT = 6,
    /// Since: 3.3.0
    VIR_DOMAIN_JOB_OPERATION_SNAPSHOT_REVERT = 7,
    /// Since: 3.3.0
    VIR_DOMAIN_JOB_OPERATION_DUMP = 8,
    /// Since: 6.0.0
    VIR_DOMAIN_JOB_OPERATION_BACKUP = 9,
    /// Since: 9.0.0
    VIR_DOMAIN_JOB_OPERATION_SNAPSHOT_DELETE = 10,
    /// Since: 3.3.0
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_JOB_OPERATION_LAST = 11,
}

/// Values of `virDomainGetJobStatsFlags`.
/// Since: 1.2.9
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainGetJobStatsFlags {
    /// Since: 1.2.9
    VIR_DOMAIN_JOB_STATS_COMPLETED = 1,
    /// Since: 6.0.0
    VIR_DOMAIN_JOB_STATS_KEEP_COMPLETED = 2,
}

/// Values of `virDomainLifecycleAction`.
/// Since: 3.9.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainLifecycleAction {
    /// Since: 3.9.0
    VIR_DOMAIN_LIFECYCLE_ACTION_DESTROY = 0,
    /// Since: 3.9.0
    VIR_DOMAIN_LIFECYCLE_ACTION_RESTART = 1,
    /// Since: 3.9.0
    VIR_DOMAIN_LIFECYCLE_ACTION_RESTART_RENAME = 2,
    /// Since: 3.9.0
    VIR_DOMAIN_LIFECYCLE_ACTION_PRESERVE = 3,
    /// Since: 3.9.0
    VIR_DOMAIN_LIFECYCLE_ACTION_COREDUMP_DESTROY = 4,
    /// Since: 3.9.0
    VIR_DOMAIN_LIFECYCLE_ACTION_COREDUMP_RESTART = 5,
    /// Since: 3.9.0
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_LIFECYCLE_ACTION_LAST = 6,
}

/// Values of `virDomainLifecycle`.
/// Since: 3.9.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainLifecycle {
    /// Since: 3.9.0
    VIR_DOMAIN_LIFECYCLE_POWEROFF = 0,
    /// Since: 3.9.0
    VIR_DOMAIN_LIFECYCLE_REBOOT = 1,
    /// Since: 3.9.0
    VIR_DOMAIN_LIFECYCLE_CRASH = 2,
    /// Since: 3.9.0
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_LIFECYCLE_LAST = 3,
}

/// Values of `virDomainMemoryFailureFlags`.
/// Since: 6.9.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainMemoryFailureFlags {
    /// Since: 6.9.0
    VIR_DOMAIN_MEMORY_FAILURE_ACTION_REQUIRED = 1,
    /// Since: 6.9.0
    VIR_DOMAIN_MEMORY_FAILURE_RECURSIVE = 2,
}

/// Values of `virMemoryParameterType`.
/// Since: 0.8.5
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virMemoryParameterType {
    /// Since: 0.8.5
    VIR_DOMAIN_MEMORY_PARAM_INT = 1,
    /// Since: 0.8.5
    VIR_DOMAIN_MEMORY_PARAM_UINT = 2,
    /// Since: 0.8.5
    VIR_DOMAIN_MEMORY_PARAM_LLONG = 3,
    /// Since: 0.8.5
    VIR_DOMAIN_MEMORY_PARAM_ULLONG = 4,
    /// Since: 0.8.5
    VIR_DOMAIN_MEMORY_PARAM_DOUBLE = 5,
    /// Since: 0.8.5
    VIR_DOMAIN_MEMORY_PARAM_BOOLEAN = 6,
}

/// Values of `virDomainMemoryStatTags`.
/// Since: 0.7.5
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainMemoryStatTags {
    /// Since: 0.7.5
    VIR_DOMAIN_MEMORY_STAT_SWAP_IN = 0,
    /// Since: 0.7.5
    VIR_DOMAIN_MEMORY_STAT_SWAP_OUT = 1,
    /// Since: 0.7.5
    VIR_DOMAIN_MEMORY_STAT_MAJOR_FAULT = 2,
    /// Since: 0.7.5
    VIR_DOMAIN_MEMORY_STAT_MINOR_FAULT = 3,
    /// Since: 0.7.5
    VIR_DOMAIN_MEMORY_STAT_UNUSED = 4,
    /// Since: 0.7.5
    VIR_DOMAIN_MEMORY_STAT_AVAILABLE = 5,
    /// Since: 0.9.3
    VIR_DOMAIN_MEMORY_STAT_ACTUAL_BALLOON = 6,
    /// Since: 0.9.10
    VIR_DOMAIN_MEMORY_STAT_RSS = 7,
    /// Since: 2.1.0
    VIR_DOMAIN_MEMORY_STAT_USABLE = 8,
    /// Since: 2.1.0
    VIR_DOMAIN_MEMORY_STAT_LAST_UPDATE = 9,
    /// Since: 4.6.0
    VIR_DOMAIN_MEMORY_STAT_DISK_CACHES = 10,
    /// Since: 5.4.0
    VIR_DOMAIN_MEMORY_STAT_HUGETLB_PGALLOC = 11,
    /// Since: 5.4.0
    VIR_DOMAIN_MEMORY_STAT_HUGETLB_PGFAIL = 12,
    /// Since: 0.7.5
    VIR_DOMAIN_MEMORY_STAT_NR = 13,
    /// Since: 0.9.10
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_MEMORY_STAT_LAST = 13,
}

/// Values of `virDomainMemoryModFlags`.
/// Since: 0.9.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainMemoryModFlags {
    /// Since: 0.9.1
    VIR_DOMAIN_MEM_CURRENT = 0,
    /// Since: 0.9.0
    VIR_DOMAIN_MEM_LIVE = 1,
    /// Since: 0.9.0
    VIR_DOMAIN_MEM_CONFIG = 2,
    /// Since: 0.9.1
    VIR_DOMAIN_MEM_MAXIMUM = 4,
}

/// Values of `virDomainMessageType`.
/// Since: 7.1.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainMessageType {
    /// Since: 7.1.0
    VIR_DOMAIN_MESSAGE_DEPRECATION = 1,
    /// Since: 7.1.0
    VIR_DOMAIN_MESSAGE_TAINTING = 2,
}

/// Values of `virDomainMetadataType`.
/// Since: 0.9.10
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainMetadataType {
    /// Since: 0.9.10
    VIR_DOMAIN_METADATA_DESCRIPTION = 0,
    /// Since: 0.9.10
    VIR_DOMAIN_METADATA_TITLE = 1,
    /// Since: 0.9.10
    VIR_DOMAIN_METADATA_ELEMENT = 2,
    /// Since: 0.9.10
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_METADATA_LAST = 3,
}

/// Values of `virDomainMigrateMaxSpeedFlags`.
/// Since: 5.1.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainMigrateMaxSpeedFlags {
    /// Since: 5.1.0
    VIR_DOMAIN_MIGRATE_MAX_SPEED_POSTCOPY = 1,
}

/// Values of `virDomainCreateFlags`.
/// Since: 0.0.1
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainCreateFlags {
    /// Since: 0.0.1
    VIR_DOMAIN_NONE = 0,
    /// Since: 0.8.2
    VIR_DOMAIN_START_PAUSED = 1,
    /// Since: 0.9.3
    VIR_DOMAIN_START_AUTODESTROY = 2,
    /// Since: 0.9.4
    VIR_DOMAIN_START_BYPASS_CACHE = 4,
    /// Since: 0.9.5
    VIR_DOMAIN_START_FORCE_BOOT = 8,
    /// Since: 1.2.12
    VIR_DOMAIN_START_VALIDATE = 16,
    /// Since: 8.1.0
    VIR_DOMAIN_START_RESET_NVRAM = 32,
}

/// Values of `virDomainNostateReason`.
/// Since: 0.9.2
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainNostateReason {
    /// Since: 0.9.2
    VIR_DOMAIN_NOSTATE_UNKNOWN = 0,
    /// Since: 0.9.10
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_NOSTATE_LAST = 1,
}

/// Values of `virDomainNumatuneMemMode`.
/// Since: 0.9.9
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainNumatuneMemMode {
    /// Since: 0.9.9
    VIR_DOMAIN_NUMATUNE_MEM_STRICT = 0,
    /// Since: 0.9.9
    VIR_DOMAIN_NUMATUNE_MEM_PREFERRED = 1,
    /// Since: 0.9.9
    VIR_DOMAIN_NUMATUNE_MEM_INTERLEAVE = 2,
    /// Since: 7.3.0
    VIR_DOMAIN_NUMATUNE_MEM_RESTRICTIVE = 3,
    /// Since: 0.9.9
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_NUMATUNE_MEM_LAST = 4,
}

/// Values of `virDomainOpenGraphicsFlags`.
/// Since: 0.9.7
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainOpenGraphicsFlags {
    /// Since: 0.9.7
    VIR_DOMAIN_OPEN_GRAPHICS_SKIPAUTH = 1,
}

/// Values of `virDomainSetUserPasswordFlags`.
/// Since: 1.2.16
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainSetUserPasswordFlags {
    /// Since: 1.2.16
    VIR_DOMAIN_PASSWORD_ENCRYPTED = 1,
}

/// Values of `virDomainPausedReason`.
/// Since: 0.9.2
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainPausedReason {
    /// Since: 0.9.2
    VIR_DOMAIN_PAUSED_UNKNOWN = 0,
    /// Since: 0.9.2
    VIR_DOMAIN_PAUSED_USER = 1,
    /// Since: 0.9.2
    VIR_DOMAIN_PAUSED_MIGRATION = 2,
    /// Since: 0.9.2
    VIR_DOMAIN_PAUSED_SAVE = 3,
    /// Since: 0.9.2
    VIR_DOMAIN_PAUSED_DUMP = 4,
    /// Since: 0.9.2
    VIR_DOMAIN_PAUSED_IOERROR = 5,
    /// Since: 0.9.2
    VIR_DOMAIN_PAUSED_WATCHDOG = 6,
    /// Since: 0.9.2
    VIR_DOMAIN_PAUSED_FROM_SNAPSHOT = 7,
    /// Since: 0.9.5
    VIR_DOMAIN_PAUSED_SHUTTING_DOWN = 8,
    /// Since: 1.0.1
    VIR_DOMAIN_PAUSED_SNAPSHOT = 9,
    /// Since: 1.1.1
    VIR_DOMAIN_PAUSED_CRASHED = 10,
    /// Since: 1.2.14
    VIR_DOMAIN_PAUSED_STARTING_UP = 11,
    /// Since: 1.3.3
    VIR_DOMAIN_PAUSED_POSTCOPY = 12,
    /// Since: 1.3.3
    VIR_DOMAIN_PAUSED_POSTCOPY_FAILED = 13,
    /// Since: 0.9.10
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_PAUSED_LAST = 14,
}

/// Values of `virDomainPMSuspendedDiskReason`.
/// Since: 1.0.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainPMSuspendedDiskReason {
    /// Since: 1.0.0
    VIR_DOMAIN_PMSUSPENDED_DISK_UNKNOWN = 0,
    /// Since: 1.0.0
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_PMSUSPENDED_DISK_LAST = 1,
}

/// Values of `virDomainPMSuspendedReason`.
/// Since: 0.9.11
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainPMSuspendedReason {
    /// Since: 0.9.11
    VIR_DOMAIN_PMSUSPENDED_UNKNOWN = 0,
    /// Since: 0.9.11
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_PMSUSPENDED_LAST = 1,
}

/// Values of `virDomainProcessSignal`.
/// Since: 1.0.1
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainProcessSignal {
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_NOP = 0,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_HUP = 1,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_INT = 2,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_QUIT = 3,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_ILL = 4,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_TRAP = 5,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_ABRT = 6,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_BUS = 7,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_FPE = 8,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_KILL = 9,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_USR1 = 10,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_SEGV = 11,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_USR2 = 12,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_PIPE = 13,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_ALRM = 14,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_TERM = 15,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_STKFLT = 16,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_CHLD = 17,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_CONT = 18,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_STOP = 19,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_TSTP = 20,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_TTIN = 21,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_TTOU = 22,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_URG = 23,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_XCPU = 24,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_XFSZ = 25,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_VTALRM = 26,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_PROF = 27,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_WINCH = 28,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_POLL = 29,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_PWR = 30,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_SYS = 31,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_RT0 = 32,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_RT1 = 33,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_RT2 = 34,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_RT3 = 35,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_RT4 = 36,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_RT5 = 37,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_RT6 = 38,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_RT7 = 39,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_RT8 = 40,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_RT9 = 41,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_RT10 = 42,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_RT11 = 43,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_RT12 = 44,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_RT13 = 45,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_RT14 = 46,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_RT15 = 47,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_RT16 = 48,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_RT17 = 49,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_RT18 = 50,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_RT19 = 51,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_RT20 = 52,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_RT21 = 53,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_RT22 = 54,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_RT23 = 55,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_RT24 = 56,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_RT25 = 57,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_RT26 = 58,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_RT27 = 59,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_RT28 = 60,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_RT29 = 61,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_RT30 = 62,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_RT31 = 63,
    /// Since: 1.0.1
    VIR_DOMAIN_PROCESS_SIGNAL_RT32 = 64,
    /// Since: 1.0.1
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_PROCESS_SIGNAL_LAST = 65,
}

/// Values of `virDomainRebootFlagValues`.
/// Since: 0.9.10
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainRebootFlagValues {
    /// Since: 0.9.10
    VIR_DOMAIN_REBOOT_DEFAULT = 0,
    /// Since: 0.9.10
    VIR_DOMAIN_REBOOT_ACPI_POWER_BTN = 1,
    /// Since: 0.9.10
    VIR_DOMAIN_REBOOT_GUEST_AGENT = 2,
    /// Since: 1.0.1
    VIR_DOMAIN_REBOOT_INITCTL = 4,
    /// Since: 1.0.1
    VIR_DOMAIN_REBOOT_SIGNAL = 8,
    /// Since: 1.2.5
    VIR_DOMAIN_REBOOT_PARAVIRT = 16,
}

/// Values of `virDomainRunningReason`.
/// Since: 0.9.2
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainRunningReason {
    /// Since: 0.9.2
    VIR_DOMAIN_RUNNING_UNKNOWN = 0,
    /// Since: 0.9.2
    VIR_DOMAIN_RUNNING_BOOTED = 1,
    /// Since: 0.9.2
    VIR_DOMAIN_RUNNING_MIGRATED = 2,
    /// Since: 0.9.2
    VIR_DOMAIN_RUNNING_RESTORED = 3,
    /// Since: 0.9.2
    VIR_DOMAIN_RUNNING_FROM_SNAPSHOT = 4,
    /// Since: 0.9.2
    VIR_DOMAIN_RUNNING_UNPAUSED = 5,
    /// Since: 0.9.2
    VIR_DOMAIN_RUNNING_MIGRATION_CANCELED = 6,
    /// Since: 0.9.2
    VIR_DOMAIN_RUNNING_SAVE_CANCELED = 7,
    /// Since: 0.9.11
    VIR_DOMAIN_RUNNING_WAKEUP = 8,
    /// Since: 1.1.1
    VIR_DOMAIN_RUNNING_CRASHED = 9,
    /// Since: 1.3.3
    VIR_DOMAIN_RUNNING_POSTCOPY = 10,
    /// Since: 8.5.0
    VIR_DOMAIN_RUNNING_POSTCOPY_FAILED = 11,
    /// Since: 0.9.10
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_RUNNING_LAST = 12,
}

/// Values of `virDomainSaveRestoreFlags`.
/// Since: 0.9.4
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainSaveRestoreFlags {
    /// Since: 0.9.4
    VIR_DOMAIN_SAVE_BYPASS_CACHE = 1,
    /// Since: 0.9.5
    VIR_DOMAIN_SAVE_RUNNING = 2,
    /// Since: 0.9.5
    VIR_DOMAIN_SAVE_PAUSED = 4,
    /// Since: 8.1.0
    VIR_DOMAIN_SAVE_RESET_NVRAM = 8,
}

/// Values of `virDomainSaveImageXMLFlags`.
/// Since: 5.1.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainSaveImageXMLFlags {
    /// Since: 5.1.0
    VIR_DOMAIN_SAVE_IMAGE_XML_SECURE = 1,
}

/// Values of `virSchedParameterType`.
/// Since: 0.2.3
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virSchedParameterType {
    /// Since: 0.2.3
    VIR_DOMAIN_SCHED_FIELD_INT = 1,
    /// Since: 0.2.3
    VIR_DOMAIN_SCHED_FIELD_UINT = 2,
    /// Since: 0.2.3
    VIR_DOMAIN_SCHED_FIELD_LLONG = 3,
    /// Since: 0.2.3
    VIR_DOMAIN_SCHED_FIELD_ULLONG = 4,
    /// Since: 0.2.3
    VIR_DOMAIN_SCHED_FIELD_DOUBLE = 5,
    /// Since: 0.2.3
    VIR_DOMAIN_SCHED_FIELD_BOOLEAN = 6,
}

/// Values of `virDomainShutdownFlagValues`.
/// Since: 0.9.10
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainShutdownFlagValues {
    /// Since: 0.9.10
    VIR_DOMAIN_SHUTDOWN_DEFAULT = 0,
    /// Since: 0.9.10
    VIR_DOMAIN_SHUTDOWN_ACPI_POWER_BTN = 1,
    /// Since: 0.9.10
    VIR_DOMAIN_SHUTDOWN_GUEST_AGENT = 2,
    /// Since: 1.0.1
    VIR_DOMAIN_SHUTDOWN_INITCTL = 4,
    /// Since: 1.0.1
    VIR_DOMAIN_SHUTDOWN_SIGNAL = 8,
    /// Since: 1.2.5
    VIR_DOMAIN_SHUTDOWN_PARAVIRT = 16,
}

/// Values of `virDomainShutdownReason`.
/// Since: 0.9.2
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainShutdownReason {
    /// Since: 0.9.2
    VIR_DOMAIN_SHUTDOWN_UNKNOWN = 0,
    /// Since: 0.9.2
    VIR_DOMAIN_SHUTDOWN_USER = 1,
    /// Since: 0.9.10
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_SHUTDOWN_LAST = 2,
}

/// Values of `virDomainShutoffReason`.
/// Since: 0.9.2
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainShutoffReason {
    /// Since: 0.9.2
    VIR_DOMAIN_SHUTOFF_UNKNOWN = 0,
    /// Since: 0.9.2
    VIR_DOMAIN_SHUTOFF_SHUTDOWN = 1,
    /// Since: 0.9.2
    VIR_DOMAIN_SHUTOFF_DESTROYED = 2,
    /// Since: 0.9.2
    VIR_DOMAIN_SHUTOFF_CRASHED = 3,
    /// Since: 0.9.2
    VIR_DOMAIN_SHUTOFF_MIGRATED = 4,
    /// Since: 0.9.2
    VIR_DOMAIN_SHUTOFF_SAVED = 5,
    /// Since: 0.9.2
    VIR_DOMAIN_SHUTOFF_FAILED = 6,
    /// Since: 0.9.2
    VIR_DOMAIN_SHUTOFF_FROM_SNAPSHOT = 7,
    /// Since: 4.10.0
    VIR_DOMAIN_SHUTOFF_DAEMON = 8,
    /// Since: 0.9.10
    #[cfg(feature = "enum_sentinels")]
    VIR_DOMAIN_SHUTOFF_LAST = 9,
}

/// Values of `virDomainStatsTypes`.
/// Since: 1.2.8
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainStatsTypes {
    /// Since: 1.2.8
    VIR_DOMAIN_STATS_STATE = 1,
    /// Since: 1.2.9
    VIR_DOMAIN_STATS_CPU_TOTAL = 2,
    /// Since: 1.2.9
    VIR_DOMAIN_STATS_BALLOON = 4,
    /// Since: 1.2.9
    VIR_DOMAIN_STATS_VCPU = 8,
    /// Since: 1.2.9
    VIR_DOMAIN_STATS_INTERFACE = 16,
    /// Since: 1.2.9
    VIR_DOMAIN_STATS_BLOCK = 32,
    /// Since: 1.3.3
    VIR_DOMAIN_STATS_PERF = 64,
    /// Since: 4.10.0
    VIR_DOMAIN_STATS_IOTHREAD = 128,
    /// Since: 6.0.0
    VIR_DOMAIN_STATS_MEMORY = 256,
    /// Since: 7.2.0
    VIR_DOMAIN_STATS_DIRTYRATE = 512,
    /// Since: 8.9.0
    VIR_DOMAIN_STATS_VM = 1024,
}

/// Values of `virDomainSetTimeFlags`.
/// Since: 1.2.5
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainSetTimeFlags {
    /// Since: 1.2.5
    VIR_DOMAIN_TIME_SYNC = 1,
}

/// Values of `virDomainUndefineFlagsValues`.
/// Since: 0.9.4
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainUndefineFlagsValues {
    /// Since: 0.9.4
    VIR_DOMAIN_UNDEFINE_MANAGED_SAVE = 1,
    /// Since: 0.9.5
    VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA = 2,
    /// Since: 1.2.9
    VIR_DOMAIN_UNDEFINE_NVRAM = 4,
    /// Since: 2.3.0
    VIR_DOMAIN_UNDEFINE_KEEP_NVRAM = 8,
    /// Since: 5.6.0
    VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA = 16,
    /// Since: 8.9.0
    VIR_DOMAIN_UNDEFINE_TPM = 32,
    /// Since: 8.9.0
    VIR_DOMAIN_UNDEFINE_KEEP_TPM = 64,
}

/// Values of `virDomainVcpuFlags`.
/// Since: 0.8.5
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainVcpuFlags {
    /// Since: 0.9.4
    VIR_DOMAIN_VCPU_CURRENT = 0,
    /// Since: 0.8.5
    VIR_DOMAIN_VCPU_LIVE = 1,
    /// Since: 0.8.5
    VIR_DOMAIN_VCPU_CONFIG = 2,
    /// Since: 0.8.5
    VIR_DOMAIN_VCPU_MAXIMUM = 4,
    /// Since: 1.1.0
    VIR_DOMAIN_VCPU_GUEST = 8,
    /// Since: 2.4.0
    VIR_DOMAIN_VCPU_HOTPLUGGABLE = 16,
}

/// Values of `virDomainXMLFlags`.
/// Since: 0.3.3
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainXMLFlags {
    /// Since: 0.3.3
    VIR_DOMAIN_XML_SECURE = 1,
    /// Since: 0.3.3
    VIR_DOMAIN_XML_INACTIVE = 2,
    /// Since: 0.8.0
    VIR_DOMAIN_XML_UPDATE_CPU = 4,
    /// Since: 1.0.0
    VIR_DOMAIN_XML_MIGRATABLE = 8,
}

/// Values of `virDomainCoreDumpFlags`.
/// Since: 0.7.5
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainCoreDumpFlags {
    /// Since: 0.7.5
    VIR_DUMP_CRASH = 1,
    /// Since: 0.7.5
    VIR_DUMP_LIVE = 2,
    /// Since: 0.9.4
    VIR_DUMP_BYPASS_CACHE = 4,
    /// Since: 0.9.7
    VIR_DUMP_RESET = 8,
    /// Since: 0.9.13
    VIR_DUMP_MEMORY_ONLY = 16,
}

/// Values of `virKeycodeSet`.
/// Since: 0.9.3
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virKeycodeSet {
    /// Since: 0.9.3
    VIR_KEYCODE_SET_LINUX = 0,
    /// Since: 0.9.3
    VIR_KEYCODE_SET_XT = 1,
    /// Since: 0.9.3
    VIR_KEYCODE_SET_ATSET1 = 2,
    /// Since: 0.9.3
    VIR_KEYCODE_SET_ATSET2 = 3,
    /// Since: 0.9.3
    VIR_KEYCODE_SET_ATSET3 = 4,
    /// Since: 0.9.4
    VIR_KEYCODE_SET_OSX = 5,
    /// Since: 0.9.4
    VIR_KEYCODE_SET_XT_KBD = 6,
    /// Since: 0.9.4
    VIR_KEYCODE_SET_USB = 7,
    /// Since: 0.9.4
    VIR_KEYCODE_SET_WIN32 = 8,
    /// Since: 4.2.0
    VIR_KEYCODE_SET_QNUM = 9,
    /// Since: 0.9.4
    #[cfg(feature = "enum_sentinels")]
    VIR_KEYCODE_SET_LAST = 10,
}

/// Values of `virDomainMemoryFlags`.
/// Since: 0.4.4
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainMemoryFlags {
    /// Since: 0.4.4
    VIR_MEMORY_VIRTUAL = 1,
    /// Since: 0.7.0
    VIR_MEMORY_PHYSICAL = 2,
}

/// Values of `virDomainMigrateFlags`.
/// Since: 0.3.2
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainMigrateFlags {
    /// Since: 0.3.2
    VIR_MIGRATE_LIVE = 1,
    /// Since: 0.7.2
    VIR_MIGRATE_PEER2PEER = 2,
    /// Since: 0.7.2
    VIR_MIGRATE_TUNNELLED = 4,
    /// Since: 0.7.3
    VIR_MIGRATE_PERSIST_DEST = 8,
    /// Since: 0.7.3
    VIR_MIGRATE_UNDEFINE_SOURCE = 16,
    /// Since: 0.7.5
    VIR_MIGRATE_PAUSED = 32,
    /// Since: 0.8.2
    VIR_MIGRATE_NON_SHARED_DISK = 64,
    /// Since: 0.8.2
    VIR_MIGRATE_NON_SHARED_INC = 128,
    /// Since: 0.9.4
    VIR_MIGRATE_CHANGE_PROTECTION = 256,
    /// Since: 0.9.11
    VIR_MIGRATE_UNSAFE = 512,
    /// Since: 1.0.1
    VIR_MIGRATE_OFFLINE = 1024,
    /// Since: 1.0.3
    VIR_MIGRATE_COMPRESSED = 2048,
    /// Since: 1.1.0
    VIR_MIGRATE_ABORT_ON_ERROR = 4096,
    /// Since: 1.2.3
    VIR_MIGRATE_AUTO_CONVERGE = 8192,
    /// Since: 1.2.9
    VIR_MIGRATE_RDMA_PIN_ALL = 16384,
    /// Since: 1.3.3
    VIR_MIGRATE_POSTCOPY = 32768,
    /// Since: 3.2.0
    VIR_MIGRATE_TLS = 65536,
    /// Since: 5.2.0
    VIR_MIGRATE_PARALLEL = 131072,
    /// Since: 8.0.0
    VIR_MIGRATE_NON_SHARED_SYNCHRONOUS_WRITES = 262144,
    /// Since: 8.5.0
    VIR_MIGRATE_POSTCOPY_RESUME = 524288,
    /// Since: 8.5.0
    VIR_MIGRATE_ZEROCOPY = 1048576,
}

/// Values of `virVcpuState`.
/// Since: 0.1.4
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virVcpuState {
    /// Since: 0.1.4
    VIR_VCPU_OFFLINE = 0,
    /// Since: 0.1.4
    VIR_VCPU_RUNNING = 1,
    /// Since: 0.1.4
    VIR_VCPU_BLOCKED = 2,
    /// Since: 0.9.10
    #[cfg(feature = "enum_sentinels")]
    VIR_VCPU_LAST = 3,
}

/// Values of `virVcpuHostCpuState`.
/// Since: 6.10.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virVcpuHostCpuState {
    /// Since: 6.10.0
    VIR_VCPU_INFO_CPU_UNAVAILABLE = -2,
    /// Since: 6.10.0
    VIR_VCPU_INFO_CPU_OFFLINE = -1,
}

/// `virBlkioParameter`.
/// Since: 0.9.0
pub type virBlkioParameter = _virTypedParameter;

/// The C handle `virDomain`; its contents are private to the library.
/// Since: 0.0.1
pub struct _virDomain {
    _private: [u8; 0],
}
/// `virDomain`.
/// Since: 0.0.1
pub type virDomain = _virDomain;

/// The C structure `virDomainBlockInfo`.
/// Since: 0.8.1
#[repr(C)]
pub struct _virDomainBlockInfo {
    pub capacity: c_ulonglong,
    pub allocation: c_ulonglong,
    pub physical: c_ulonglong,
}
/// `virDomainBlockInfo`.
/// Since: 0.8.1
pub type virDomainBlockInfo = _virDomainBlockInfo;

/// The C structure `virDomainBlockJobInfo`.
/// Since: 0.9.4
#[repr(C)]
pub struct _virDomainBlockJobInfo {
    pub r#type: c_int,
    pub bandwidth: c_ulong,
    pub cur: virDomainBlockJobCursor,
    pub end: virDomainBlockJobCursor,
}
/// `virDomainBlockJobInfo`.
/// Since: 0.9.4
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
/// Since: 0.3.3
pub type virDomainBlockStatsStruct = _virDomainBlockStats;

/// The C structure `virDomainControlInfo`.
/// Since: 0.9.3
#[repr(C)]
pub struct _virDomainControlInfo {
    pub state: c_uint,
    pub details: c_uint,
    pub stateTime: c_ulonglong,
}
/// `virDomainControlInfo`.
/// Since: 0.9.3
pub type virDomainControlInfo = _virDomainControlInfo;

/// The C structure `virDomainDiskError`.
/// Since: 0.9.10
#[repr(C)]
pub struct _virDomainDiskError {
    pub disk: *mut c_char,
    pub error: c_int,
}
/// `virDomainDiskError`.
/// Since: 0.9.10
pub type virDomainDiskError = _virDomainDiskError;

/// The C structure `virDomainEventGraphicsAddress`.
/// Since: 0.8.0
#[repr(C)]
pub struct _virDomainEventGraphicsAddress {
    pub family: c_int,
    pub node: *mut c_char,
    pub service: *mut c_char,
}
/// `virDomainEventGraphicsAddress`.
/// Since: 0.8.0
pub type virDomainEventGraphicsAddress = _virDomainEventGraphicsAddress;

/// The C structure `virDomainEventGraphicsSubject`.
/// Since: 0.8.0
#[repr(C)]
pub struct _virDomainEventGraphicsSubject {
    pub nidentity: c_int,
    pub identities: virDomainEventGraphicsSubjectIdentityPtr,
}
/// `virDomainEventGraphicsSubject`.
/// Since: 0.8.0
pub type virDomainEventGraphicsSubject = _virDomainEventGraphicsSubject;

/// The C structure `virDomainEventGraphicsSubjectIdentity`.
/// Since: 0.8.0
#[repr(C)]
pub struct _virDomainEventGraphicsSubjectIdentity {
    pub r#type: *mut c_char,
    pub name: *mut c_char,
}
/// `virDomainEventGraphicsSubjectIdentity`.
/// Since: 0.8.0
pub type virDomainEventGraphicsSubjectIdentity = _virDomainEventGraphicsSubjectIdentity;

/// The C structure `virDomainFSInfo`.
/// Since: 1.2.11
#[repr(C)]
pub struct _virDomainFSInfo {
    pub mountpoint: *mut c_char,
    pub name: *mut c_char,
    pub fstype: *mut c_char,
    pub ndevAlias: usize,
    pub devAlias: *mut *mut c_char,
}
/// `virDomainFSInfo`.
/// Since: 1.2.11
pub type virDomainFSInfo = _virDomainFSInfo;

/// The C structure `virDomainIOThreadInfo`.
/// Since: 1.2.14
#[repr(C)]
pub struct _virDomainIOThreadInfo {
    pub iothread_id: c_uint,
    pub cpumap: *mut c_uchar,
    pub cpumaplen: c_int,
}
/// `virDomainIOThreadInfo`.
/// Since: 1.2.14
pub type virDomainIOThreadInfo = _virDomainIOThreadInfo;

/// The C structure `virDomainIPAddress`.
#[repr(C)]
pub struct _virDomainInterfaceIPAddress {
    pub r#type: c_int,
    pub addr: *mut c_char,
    pub prefix: c_uint,
}
/// `virDomainIPAddress`.
/// Since: 1.2.14
pub type virDomainIPAddress = _virDomainInterfaceIPAddress;

/// The C structure `virDomainInfo`.
/// Since: 0.0.1
#[repr(C)]
pub struct _virDomainInfo {
    pub state: c_uchar,
    pub maxMem: c_ulong,
    pub memory: c_ulong,
    pub nrVirtCpu: c_ushort,
    pub cpuTime: c_ulonglong,
}
/// `virDomainInfo`.
/// Since: 0.0.1
pub type virDomainInfo = _virDomainInfo;

/// The C structure `virDomainInterface`.
/// Since: 1.2.14
#[repr(C)]
pub struct _virDomainInterface {
    pub name: *mut c_char,
    pub hwaddr: *mut c_char,
    pub naddrs: c_uint,
    pub addrs: virDomainIPAddressPtr,
}
/// `virDomainInterface`.
/// Since: 1.2.14
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
/// Since: 0.3.3
pub type virDomainInterfaceStatsStruct = _virDomainInterfaceStats;

/// The C structure `virDomainJobInfo`.
/// Since: 0.7.7
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
/// Since: 0.7.7
pub type virDomainJobInfo = _virDomainJobInfo;

/// The C structure `virDomainMemoryStatStruct`.
#[repr(C)]
pub struct _virDomainMemoryStat {
    pub tag: c_int,
    pub val: c_ulonglong,
}
/// `virDomainMemoryStatStruct`.
/// Since: 0.7.5
pub type virDomainMemoryStatStruct = _virDomainMemoryStat;

/// The C structure `virDomainStatsRecord`.
/// Since: 1.2.8
#[repr(C)]
pub struct _virDomainStatsRecord {
    pub dom: virDomainPtr,
    pub params: virTypedParameterPtr,
    pub nparams: c_int,
}
/// `virDomainStatsRecord`.
/// Since: 1.2.8
pub type virDomainStatsRecord = _virDomainStatsRecord;

/// `virMemoryParameter`.
/// Since: 0.8.5
pub type virMemoryParameter = _virTypedParameter;

/// `virSchedParameter`.
/// Since: 0.2.3
pub type virSchedParameter = _virTypedParameter;

/// The C structure `virVcpuInfo`.
/// Since: 0.1.4
#[repr(C)]
pub struct _virVcpuInfo {
    pub number: c_uint,
    pub state: c_int,
    pub cpuTime: c_ulonglong,
    pub cpu: c_int,
}
/// `virVcpuInfo`.
/// Since: 0.1.4
pub type virVcpuInfo = _virVcpuInfo;

/// `virBlkioParameterPtr`.
/// Since: 0.9.0
pub type virBlkioParameterPtr = *mut virBlkioParameter;
/// `virDomainBlockInfoPtr`.
/// Since: 0.8.1
pub type virDomainBlockInfoPtr = *mut virDomainBlockInfo;
/// `virDomainBlockJobCursor`.
/// Since: 0.9.4
pub type virDomainBlockJobCursor = c_ulonglong;
/// `virDomainBlockJobInfoPtr`.
/// Since: 0.9.4
pub type virDomainBlockJobInfoPtr = *mut virDomainBlockJobInfo;
/// `virDomainBlockStatsPtr`.
/// Since: 0.3.2
pub type virDomainBlockStatsPtr = *mut virDomainBlockStatsStruct;
/// `virDomainControlInfoPtr`.
/// Since: 0.9.3
pub type virDomainControlInfoPtr = *mut virDomainControlInfo;
/// `virDomainDiskErrorPtr`.
/// Since: 0.9.10
pub type virDomainDiskErrorPtr = *mut virDomainDiskError;
/// `virDomainEventGraphicsAddressPtr`.
/// Since: 0.8.0
pub type virDomainEventGraphicsAddressPtr = *mut virDomainEventGraphicsAddress;
/// `virDomainEventGraphicsSubjectIdentityPtr`.
/// Since: 0.8.0
pub type virDomainEventGraphicsSubjectIdentityPtr = *mut virDomainEventGraphicsSubjectIdentity;
/// `virDomainEventGraphicsSubjectPtr`.
/// Since: 0.8.0
pub type virDomainEventGraphicsSubjectPtr = *mut virDomainEventGraphicsSubject;
/// `virDomainFSInfoPtr`.
/// Since: 1.2.11
pub type virDomainFSInfoPtr = *mut virDomainFSInfo;
/// `virDomainIOThreadInfoPtr`.
/// Since: 1.2.14
pub type virDomainIOThreadInfoPtr = *mut virDomainIOThreadInfo;
/// `virDomainIPAddressPtr`.
/// Since: 1.2.14
pub type virDomainIPAddressPtr = *mut virDomainIPAddress;
/// `virDomainInfoPtr`.
/// Since: 0.0.1
pub type virDomainInfoPtr = *mut virDomainInfo;
/// `virDomainInterfacePtr`.
/// Since: 1.2.14
pub type virDomainInterfacePtr = *mut virDomainInterface;
/// `virDomainInterfaceStatsPtr`.
/// Since: 0.3.2
pub type virDomainInterfaceStatsPtr = *mut virDomainInterfaceStatsStruct;
/// `virDomainJobInfoPtr`.
/// Since: 0.7.7
pub type virDomainJobInfoPtr = *mut virDomainJobInfo;
/// `virDomainMemoryStatPtr`.
/// Since: 0.7.5
pub type virDomainMemoryStatPtr = *mut virDomainMemoryStatStruct;
/// `virDomainPtr`.
/// Since: 0.0.1
pub type virDomainPtr = *mut virDomain;
/// `virDomainStatsRecordPtr`.
/// Since: 1.2.8
pub type virDomainStatsRecordPtr = *mut virDomainStatsRecord;
/// `virMemoryParameterPtr`.
/// Since: 0.8.5
pub type virMemoryParameterPtr = *mut virMemoryParameter;
/// `virSchedParameterPtr`.
/// Since: 0.2.3
pub type virSchedParameterPtr = *mut virSchedParameter;
/// `virVcpuInfoPtr`.
/// Since: 0.1.4
pub type virVcpuInfoPtr = *mut virVcpuInfo;

/// Callback type `virConnectDomainEventAgentLifecycleCallback`.
/// Since: 1.2.11
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
/// Since: 0.10.0
pub type virConnectDomainEventBalloonChangeCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        dom: virDomainPtr,
        actual: c_ulonglong,
        opaque: *mut c_void,
    ),
>;
/// Callback type `virConnectDomainEventBlockJobCallback`.
/// Since: 0.9.4
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
/// Since: 3.2.0
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
/// Since: 0.5.0
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
/// Since: 1.2.15
pub type virConnectDomainEventDeviceAddedCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        dom: virDomainPtr,
        devAlias: *const c_char,
        opaque: *mut c_void,
    ),
>;
/// Callback type `virConnectDomainEventDeviceRemovalFailedCallback`.
/// Since: 1.3.4
pub type virConnectDomainEventDeviceRemovalFailedCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        dom: virDomainPtr,
        devAlias: *const c_char,
        opaque: *mut c_void,
    ),
>;
/// Callback type `virConnectDomainEventDeviceRemovedCallback`.
/// Since: 1.1.1
pub type virConnectDomainEventDeviceRemovedCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        dom: virDomainPtr,
        devAlias: *const c_char,
        opaque: *mut c_void,
    ),
>;
/// Callback type `virConnectDomainEventDiskChangeCallback`.
/// Since: 0.9.7
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
/// Since: 0.8.0
pub type virConnectDomainEventGenericCallback =
    Option<unsafe extern "C" fn(conn: virConnectPtr, dom: virDomainPtr, opaque: *mut c_void)>;
/// Callback type `virConnectDomainEventGraphicsCallback`.
/// Since: 0.8.0
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
/// Since: 0.8.0
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
/// Since: 0.8.1
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
/// Since: 1.3.3
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
/// Since: 7.9.0
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
/// Since: 6.9.0
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
/// Since: 3.0.0
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
/// Since: 1.3.2
pub type virConnectDomainEventMigrationIterationCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        dom: virDomainPtr,
        iteration: c_int,
        opaque: *mut c_void,
    ),
>;
/// Callback type `virConnectDomainEventPMSuspendCallback`.
/// Since: 0.9.11
pub type virConnectDomainEventPMSuspendCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        dom: virDomainPtr,
        reason: c_int,
        opaque: *mut c_void,
    ),
>;
/// Callback type `virConnectDomainEventPMSuspendDiskCallback`.
/// Since: 1.0.0
pub type virConnectDomainEventPMSuspendDiskCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        dom: virDomainPtr,
        reason: c_int,
        opaque: *mut c_void,
    ),
>;
/// Callback type `virConnectDomainEventPMWakeupCallback`.
/// Since: 0.9.11
pub type virConnectDomainEventPMWakeupCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        dom: virDomainPtr,
        reason: c_int,
        opaque: *mut c_void,
    ),
>;
/// Callback type `virConnectDomainEventRTCChangeCallback`.
/// Since: 0.8.0
pub type virConnectDomainEventRTCChangeCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        dom: virDomainPtr,
        utcoffset: c_longlong,
        opaque: *mut c_void,
    ),
>;
/// Callback type `virConnectDomainEventTrayChangeCallback`.
/// Since: 0.9.11
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
/// Since: 1.2.9
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
/// Since: 0.8.0
pub type virConnectDomainEventWatchdogCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        dom: virDomainPtr,
        action: c_int,
        opaque: *mut c_void,
    ),
>;
