//! The connect-driver registry: drivers register themselves here, and
//! opening a connection asks them in order which one serves the URI, as
//! libvirt's `virConnectOpen` walks its registered connect drivers. Core
//! knows this table, never a driver.

use super::event_hub::EventHub;
use super::uri::Uri;
use crate::driver::auth::Authenticator;
use crate::driver::{Call, Families};
use crate::error::{Error, Result};
use oxvirt_abi::{virErrorDomain, virErrorNumber};
use std::sync::{Arc, RwLock};

/// What a driver's open answers.
pub enum Opened {
    /// The driver serves this URI.
    Yes(Families),
    /// The driver serves this URI and raises its events into this hub,
    /// which the connections sharing its state share.
    WithEvents(Families, Arc<EventHub>),
    /// Not this driver's URI after all; ask the next one (libvirt's
    /// `VIR_DRV_OPEN_DECLINED`).
    Declined,
}

/// One registered driver.
pub struct ConnectDriver {
    /// The name `virConnectGetType` reports and logs show.
    pub name: &'static str,
    /// Drivers are asked in ascending order; ties keep registration order.
    pub order: i32,
    /// The URI schemes it serves (the whole scheme: `test`, not
    /// `test+unix`); empty for any scheme.
    pub schemes: &'static [&'static str],
    /// Whether it serves only URIs without a server part (an in-process
    /// driver cannot reach another host).
    pub local_only: bool,
    /// Opens a connection (`flags` are `virConnectFlags`); `auth` answers
    /// the credentials the driver asks for, when the application gave a
    /// way to (`virConnectOpenAuth`).
    pub open:
        fn(uri: &Uri, flags: u32, auth: Option<&dyn Authenticator>, cx: &Call) -> Result<Opened>,
}

impl ConnectDriver {
    fn accepts(&self, uri: &Uri) -> bool {
        (self.schemes.is_empty() || self.schemes.contains(&uri.scheme.as_str()))
            && !(self.local_only && uri.server.is_some())
    }
}

static DRIVERS: RwLock<Vec<&'static ConnectDriver>> = RwLock::new(Vec::new());

/// Adds `driver` to the table; registering the same name again is a no-op,
/// so start-up code may run more than once.
pub fn register(driver: &'static ConnectDriver) {
    let mut all = DRIVERS.write().unwrap_or_else(|p| p.into_inner());
    if all.iter().any(|d| d.name == driver.name) {
        return;
    }
    let at = all.partition_point(|d| d.order <= driver.order);
    all.insert(at, driver);
}

/// The names of the registered drivers, in the order they are asked.
pub fn names() -> Vec<&'static str> {
    let all = DRIVERS.read().unwrap_or_else(|p| p.into_inner());
    all.iter().map(|d| d.name).collect()
}

/// Opens `uri` with the first registered driver that accepts it; `auth`
/// goes to the driver's open.
pub fn open(
    uri: &Uri,
    flags: u32,
    auth: Option<&dyn Authenticator>,
    cx: &Call,
) -> Result<(&'static ConnectDriver, Families, Option<Arc<EventHub>>)> {
    // A copy of the table, so no lock is held while a driver opens (which
    // may take long, or call back into the library).
    let all: Vec<&'static ConnectDriver> =
        DRIVERS.read().unwrap_or_else(|p| p.into_inner()).clone();
    for d in all {
        if !d.accepts(uri) {
            continue;
        }
        crate::log_debug!("libvirt", "trying driver {} for {}", d.name, uri.text);
        match (d.open)(uri, flags, auth, cx)? {
            Opened::Yes(f) => return Ok((d, f, None)),
            Opened::WithEvents(f, hub) => return Ok((d, f, Some(hub))),
            Opened::Declined => continue,
        }
    }
    Err(Error::new(
        virErrorDomain::VIR_FROM_NONE,
        virErrorNumber::VIR_ERR_NO_CONNECT,
        Some(&uri.text),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::driver::{CheckpointDriver, DomainDriver, HostDriver, SnapshotDriver};

    struct Fake;
    impl HostDriver for Fake {
        fn type_name(&self) -> &'static str {
            "FAKE"
        }
    }
    impl DomainDriver for Fake {}
    impl SnapshotDriver for Fake {}
    impl CheckpointDriver for Fake {}

    fn decline(_: &Uri, _: u32, _: Option<&dyn Authenticator>, _: &Call) -> Result<Opened> {
        Ok(Opened::Declined)
    }
    fn accept(_: &Uri, _: u32, _: Option<&dyn Authenticator>, _: &Call) -> Result<Opened> {
        Ok(Opened::Yes(Families::hypervisor_only(Arc::new(Fake))))
    }

    static DECLINER: ConnectDriver = ConnectDriver {
        name: "registry-test-decliner",
        order: -100,
        schemes: &["regtest"],
        local_only: true,
        open: decline,
    };
    static ACCEPTER: ConnectDriver = ConnectDriver {
        name: "registry-test-accepter",
        order: -99,
        schemes: &["regtest"],
        local_only: true,
        open: accept,
    };

    #[test]
    fn asks_in_order_and_skips_what_declines() {
        register(&ACCEPTER);
        register(&DECLINER);
        register(&DECLINER);
        let n = names();
        let a = n.iter().position(|x| *x == ACCEPTER.name).unwrap();
        let d = n.iter().position(|x| *x == DECLINER.name).unwrap();
        assert!(d < a, "lower order is asked first");
        assert_eq!(n.iter().filter(|x| **x == DECLINER.name).count(), 1);
        let cx = Call::new("virConnectOpen", virErrorDomain::VIR_FROM_NONE);
        let (drv, _, _) = open(&Uri::parse("regtest:///x").unwrap(), 0, None, &cx).unwrap();
        assert_eq!(drv.name, ACCEPTER.name);
        // A server part: the local-only drivers do not apply.
        let e = open(&Uri::parse("regtest://host/x").unwrap(), 0, None, &cx)
            .err()
            .unwrap();
        assert_eq!(e.code, virErrorNumber::VIR_ERR_NO_CONNECT as i32);
    }
}
