//! The test driver's guest information and guest-directed requests: the
//! guest's host name, passwords, NMIs and process signals. The test
//! hypervisor has no guest, so requests are checked and then do nothing,
//! as in libvirt's test driver.

use super::lifecycle::check_active;
use super::{check_flags, test_error, TestDriver};
use crate::driver::{Call, DomainId};
use crate::error::Result;
use crate::util::keycode;
use oxvirt_abi::{virDomainProcessSignal, virDomainSetUserPasswordFlags, virErrorNumber};

/// What `DomainDriver` (in domains.rs) forwards to for guest requests.
impl TestDriver {
    pub(super) fn get_hostname(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<String> {
        check_flags(cx, flags, 0)?;
        check_active(&self.obj(dom)?.lock())?;
        // libvirt's test guest is named after the handle's domain.
        Ok(format!("{}host", dom.name))
    }

    pub(super) fn set_user_password(
        &self,
        cx: &Call,
        dom: &DomainId,
        _user: &str,
        _password: &str,
        flags: u32,
    ) -> Result<()> {
        check_flags(
            cx,
            flags,
            virDomainSetUserPasswordFlags::VIR_DOMAIN_PASSWORD_ENCRYPTED as u32,
        )?;
        check_active(&self.obj(dom)?.lock())
    }

    pub(super) fn inject_nmi(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<()> {
        check_flags(cx, flags, 0)?;
        check_active(&self.obj(dom)?.lock())
    }

    pub(super) fn send_process_signal(
        &self,
        cx: &Call,
        dom: &DomainId,
        pid: i64,
        signum: u32,
        flags: u32,
    ) -> Result<()> {
        check_flags(cx, flags, 0)?;
        if pid != 1 {
            return Err(test_error(
                virErrorNumber::VIR_ERR_INVALID_ARG,
                Some("only sending a signal to pid 1 is supported"),
            ));
        }
        // Signals past the last one libvirt names (SIGRT32).
        if signum > virDomainProcessSignal::VIR_DOMAIN_PROCESS_SIGNAL_RT32 as u32 {
            return Err(test_error(
                virErrorNumber::VIR_ERR_INVALID_ARG,
                Some(&format!("signum value {} is out of range", signum as i32)),
            ));
        }
        // The domain need not run: the request does nothing.
        self.obj(dom)?;
        Ok(())
    }

    /// The keys go nowhere; each must be a key of its set.
    pub(super) fn send_key(
        &self,
        cx: &Call,
        dom: &DomainId,
        codeset: u32,
        keycodes: &[u32],
        flags: u32,
    ) -> Result<()> {
        check_flags(cx, flags, 0)?;
        let obj = self.obj(dom)?;
        check_active(&obj.lock())?;
        match keycodes.iter().find(|&&k| !keycode::is_key(codeset, k)) {
            None => Ok(()),
            Some(k) => Err(test_error(
                virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                Some(&format!(
                    "invalid keycode {k} of {} codeset",
                    keycode::NAMES
                        .get(codeset as usize)
                        .copied()
                        .unwrap_or("(null)")
                )),
            )),
        }
    }
}
