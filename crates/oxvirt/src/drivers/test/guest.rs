//! The test driver's guest file systems and disks: freezing, thawing and
//! trimming the guest's two file systems ("/" and "/boot", on the first
//! disk), their description, the disks' errors and the launch security
//! information (none), as libvirt's test driver reports them.

use super::lifecycle::check_active;
use super::{check_flags, test_error, TestDriver};
use crate::conf::domain::devices::DiskDevice;
use crate::driver::{Call, DomainId, FsInfo, TypedParam};
use crate::error::Result;
use oxvirt_abi::virErrorNumber;

/// The guest's file systems, by index into `ObjState::frozen`.
const MOUNTS: [&str; 2] = ["/", "/boot"];

fn mount_index(m: &str) -> Result<usize> {
    MOUNTS.iter().position(|x| *x == m).ok_or_else(|| {
        test_error(
            virErrorNumber::VIR_ERR_OPERATION_INVALID,
            Some(&format!("mount point not found: {m}")),
        )
    })
}

/// What `DomainDriver` (in domains.rs) forwards to for guest file systems.
impl TestDriver {
    /// Freezes (`to` true) or thaws the named file systems, or all of
    /// them; answers how many changed. A name the guest lacks changes
    /// nothing.
    pub(super) fn fs_set_frozen(
        &self,
        cx: &Call,
        dom: &DomainId,
        mountpoints: &[&str],
        to: bool,
        flags: u32,
    ) -> Result<i32> {
        check_flags(cx, flags, 0)?;
        let obj = self.obj(dom)?;
        let mut o = obj.lock();
        check_active(&o)?;
        let mut frozen = o.frozen;
        let mut changed = 0;
        if mountpoints.is_empty() {
            changed = frozen.iter().filter(|f| **f != to).count() as i32;
            frozen = [to; 2];
        } else {
            for m in mountpoints {
                let i = mount_index(m)?;
                if frozen[i] != to {
                    frozen[i] = to;
                    changed += 1;
                }
            }
        }
        o.frozen = frozen;
        Ok(changed)
    }

    pub(super) fn fs_trim(
        &self,
        cx: &Call,
        dom: &DomainId,
        mountpoint: Option<&str>,
        flags: u32,
    ) -> Result<()> {
        check_flags(cx, flags, 0)?;
        let obj = self.obj(dom)?;
        check_active(&obj.lock())?;
        if let Some(m) = mountpoint {
            mount_index(m)?;
        }
        Ok(())
    }

    /// Two ext4 file systems on the first disk of device kind "disk".
    pub(super) fn fs_info(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<Vec<FsInfo>> {
        check_flags(cx, flags, 0)?;
        let obj = self.obj(dom)?;
        let def = {
            let o = obj.lock();
            check_active(&o)?;
            o.def.clone()
        };
        let Some(dst) = def
            .devices
            .disks()
            .find(|d| d.device == DiskDevice::Disk)
            .map(|d| d.target().to_owned())
        else {
            return Ok(Vec::new());
        };
        Ok(MOUNTS
            .iter()
            .enumerate()
            .map(|(i, m)| FsInfo {
                mountpoint: (*m).to_owned(),
                name: format!("{dst}{}", i + 1),
                fstype: "ext4".to_owned(),
                dev_alias: vec![dst.clone()],
            })
            .collect())
    }

    /// Every disk, with errors alternating between "unspecified" and "no
    /// space".
    pub(super) fn disk_errors(
        &self,
        cx: &Call,
        dom: &DomainId,
        flags: u32,
    ) -> Result<Vec<(String, i32)>> {
        check_flags(cx, flags, 0)?;
        let obj = self.obj(dom)?;
        let def = {
            let o = obj.lock();
            check_active(&o)?;
            o.def.clone()
        };
        Ok(def
            .devices
            .disks()
            .enumerate()
            .map(|(i, d)| (d.target().to_owned(), (i % 2) as i32 + 1))
            .collect())
    }

    /// The test domains have no launch security: no parameters.
    pub(super) fn launch_security_info(
        &self,
        cx: &Call,
        _dom: &DomainId,
        flags: u32,
    ) -> Result<Vec<TypedParam>> {
        check_flags(cx, flags, 0)?;
        Ok(Vec::new())
    }
}
