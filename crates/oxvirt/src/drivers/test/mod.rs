//! The in-process test hypervisor (`test:///default`).

use crate::base::error::Result;
use crate::base::uri::Uri;
use crate::driver::Hypervisor;
use std::sync::Arc;

pub struct TestDriver {
    uri: String,
}

pub fn open(uri: &Uri, _flags: u32) -> Result<Arc<dyn Hypervisor>> {
    Ok(Arc::new(TestDriver {
        uri: uri.text.clone(),
    }))
}

impl Hypervisor for TestDriver {
    fn type_name(&self) -> &'static str {
        "TEST"
    }
    fn uri(&self) -> String {
        self.uri.clone()
    }
}
