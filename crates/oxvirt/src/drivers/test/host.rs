//! What the test driver answers about the connection and its host.

use super::TestDriver;
use crate::driver::{Call, HostDriver, NodeInfo};
use crate::error::{Error, Result};
use oxvirt_abi::{virErrorDomain, virErrorNumber};

impl HostDriver for TestDriver {
    fn type_name(&self) -> &'static str {
        "TEST"
    }
    fn version(&self, _cx: &Call) -> Result<u64> {
        Ok(2)
    }
    fn hostname(&self, _cx: &Call) -> Result<String> {
        let mut buf = [0u8; 256];
        // SAFETY: gethostname writes at most buf.len() bytes.
        let rc = unsafe { libc::gethostname(buf.as_mut_ptr() as *mut libc::c_char, buf.len()) };
        if rc != 0 {
            return Err(Error::new(
                virErrorDomain::VIR_FROM_NONE,
                virErrorNumber::VIR_ERR_SYSTEM_ERROR,
                Some("failed to determine host name"),
            ));
        }
        let end = buf.iter().position(|b| *b == 0).unwrap_or(buf.len());
        Ok(String::from_utf8_lossy(&buf[..end]).into_owned())
    }
    fn capabilities(&self, _cx: &Call) -> Result<String> {
        Ok(self.st.caps.format())
    }
    fn max_vcpus(&self, _cx: &Call, _type: Option<&str>) -> Result<i32> {
        Ok(32)
    }
    fn node_info(&self, _cx: &Call) -> Result<NodeInfo> {
        Ok(self.st.node.clone())
    }
    fn is_encrypted(&self, _cx: &Call) -> Result<bool> {
        Ok(false)
    }
    fn is_secure(&self, _cx: &Call) -> Result<bool> {
        Ok(true)
    }
    fn is_alive(&self, _cx: &Call) -> Result<bool> {
        Ok(true)
    }
}
