//! Argument checks, with the errors libvirt gives for each.
//!
//! Object checks verify the class tag (not only NULL) and note the object's
//! connection as the one the call's error is dispatched to.

use super::entry::Cx;
use super::objects::*;
use crate::base::error::{Error, Result};
use crate::base::handle::Class;
use oxvirt_abi::*;
use std::os::raw::c_int;

/// # Safety
/// `p` is NULL or points at a handle of some class that the caller holds.
unsafe fn object<'a, T: Class, P>(
    cx: &Cx,
    p: *mut P,
    from: virErrorDomain,
    code: virErrorNumber,
) -> Result<&'a Handle<T>> {
    // SAFETY: as this function's own contract.
    unsafe { Handle::<T>::from_ptr(p as *const Handle<T>) }
        .ok_or_else(|| Error::new(from, code, Some(cx.api())))
}

/// A valid `virConnectPtr`; the call's error will be reported to it.
///
/// # Safety
/// `p` is NULL or a handle the caller holds.
pub unsafe fn conn<'a>(cx: &Cx, p: virConnectPtr) -> Result<&'a Handle<Connect>> {
    // SAFETY: as this function's own contract.
    let c =
        unsafe { object::<Connect, _>(cx, p, cx.from(), virErrorNumber::VIR_ERR_INVALID_CONN) }?;
    cx.report_to(c);
    Ok(c)
}

macro_rules! object_check {
    ($(#[$m:meta])* $fn:ident, $ptr:ty, $ty:ty, $from:ident, $code:ident) => {
        $(#[$m])*
        /// The call's error will be reported to its connection.
        ///
        /// # Safety
        /// `p` is NULL or a handle the caller holds.
        pub unsafe fn $fn<'a>(cx: &Cx, p: $ptr) -> Result<&'a Handle<$ty>> {
            // SAFETY: as this function's own contract.
            let o = unsafe { object::<$ty, _>(cx, p, virErrorDomain::$from, virErrorNumber::$code) }?;
            cx.report_to(o.conn());
            Ok(o)
        }
    };
}

object_check!(/// A valid `virDomainPtr`.
    domain, virDomainPtr, Domain, VIR_FROM_DOM, VIR_ERR_INVALID_DOMAIN);
object_check!(/// A valid `virNetworkPtr`.
    network, virNetworkPtr, Network, VIR_FROM_NETWORK, VIR_ERR_INVALID_NETWORK);
object_check!(/// A valid `virNetworkPortPtr`.
    network_port, virNetworkPortPtr, NetworkPort, VIR_FROM_NETWORK, VIR_ERR_INVALID_NETWORK_PORT);
object_check!(/// A valid `virInterfacePtr`.
    interface, virInterfacePtr, Interface, VIR_FROM_INTERFACE, VIR_ERR_INVALID_INTERFACE);
object_check!(/// A valid `virStoragePoolPtr`.
    storage_pool, virStoragePoolPtr, StoragePool, VIR_FROM_STORAGE, VIR_ERR_INVALID_STORAGE_POOL);
object_check!(/// A valid `virStorageVolPtr`.
    storage_vol, virStorageVolPtr, StorageVol, VIR_FROM_STORAGE, VIR_ERR_INVALID_STORAGE_VOL);
object_check!(/// A valid `virNodeDevicePtr`.
    node_device, virNodeDevicePtr, NodeDevice, VIR_FROM_NODEDEV, VIR_ERR_INVALID_NODE_DEVICE);
object_check!(/// A valid `virSecretPtr`.
    secret, virSecretPtr, Secret, VIR_FROM_SECRET, VIR_ERR_INVALID_SECRET);
object_check!(/// A valid `virNWFilterPtr`.
    nwfilter, virNWFilterPtr, NWFilter, VIR_FROM_NWFILTER, VIR_ERR_INVALID_NWFILTER);
object_check!(/// A valid `virNWFilterBindingPtr`.
    nwfilter_binding, virNWFilterBindingPtr, NWFilterBinding, VIR_FROM_NWFILTER, VIR_ERR_INVALID_NWFILTER_BINDING);
object_check!(/// A valid `virStreamPtr`, borrowed.
    stream_borrowed, virStreamPtr, Stream, VIR_FROM_STREAMS, VIR_ERR_INVALID_STREAM);

/// A valid `virStreamPtr`. Stream calls run the application's handlers,
/// which may release the caller's references, so the call holds its own
/// reference to the connection ([`Cx::hold`]).
///
/// # Safety
/// `p` is NULL or a handle the caller holds.
pub unsafe fn stream<'a>(cx: &Cx, p: virStreamPtr) -> Result<&'a Handle<Stream>> {
    // SAFETY: as this function's own contract.
    let s = unsafe { stream_borrowed(cx, p) }?;
    cx.hold();
    Ok(s)
}
object_check!(/// A valid `virDomainSnapshotPtr`.
    snapshot, virDomainSnapshotPtr, Snapshot, VIR_FROM_DOMAIN_SNAPSHOT, VIR_ERR_INVALID_DOMAIN_SNAPSHOT);
object_check!(/// A valid `virDomainCheckpointPtr`.
    checkpoint, virDomainCheckpointPtr, Checkpoint, VIR_FROM_DOMAIN_CHECKPOINT, VIR_ERR_INVALID_DOMAIN_CHECKPOINT);

/// A valid `virAdmConnectPtr`.
///
/// # Safety
/// `p` is NULL or a handle the caller holds.
pub unsafe fn adm_conn<'a>(cx: &Cx, p: virAdmConnectPtr) -> Result<&'a Handle<AdmConnect>> {
    // SAFETY: as this function's own contract.
    unsafe { object::<AdmConnect, _>(cx, p, cx.from(), virErrorNumber::VIR_ERR_INVALID_CONN) }
}
/// A valid `virAdmServerPtr`.
///
/// # Safety
/// `p` is NULL or a handle the caller holds.
pub unsafe fn adm_server<'a>(cx: &Cx, p: virAdmServerPtr) -> Result<&'a Handle<AdmServer>> {
    // SAFETY: as this function's own contract.
    unsafe { object::<AdmServer, _>(cx, p, cx.from(), virErrorNumber::VIR_ERR_INVALID_CONN) }
}
/// A valid `virAdmClientPtr`.
///
/// # Safety
/// `p` is NULL or a handle the caller holds.
pub unsafe fn adm_client<'a>(cx: &Cx, p: virAdmClientPtr) -> Result<&'a Handle<AdmClient>> {
    // SAFETY: as this function's own contract.
    unsafe { object::<AdmClient, _>(cx, p, cx.from(), virErrorNumber::VIR_ERR_INVALID_CONN) }
}

/// libvirt's argument-check errors carry their own message (no code
/// template), the function in `str1` and the argument in `str2`.
pub fn invalid_arg(cx: &Cx, name: &str, what: impl Into<String>) -> Error {
    Error::invalid_arg(cx.from(), cx.api(), name, &what.into())
}

/// Something that can be NULL.
pub trait Nullable {
    fn is_null_ptr(&self) -> bool;
}
impl<T> Nullable for *mut T {
    fn is_null_ptr(&self) -> bool {
        self.is_null()
    }
}
impl<T> Nullable for *const T {
    fn is_null_ptr(&self) -> bool {
        self.is_null()
    }
}
impl<F> Nullable for Option<F> {
    fn is_null_ptr(&self) -> bool {
        self.is_none()
    }
}

/// `name` must not be NULL.
pub fn non_null<P: Nullable>(cx: &Cx, p: P, name: &str) -> Result<()> {
    if p.is_null_ptr() {
        return Err(invalid_arg(
            cx,
            name,
            format!("{name} in {} must not be NULL", cx.api()),
        ));
    }
    Ok(())
}

/// `name` must be NULL.
pub fn null<P: Nullable>(cx: &Cx, p: P, name: &str) -> Result<()> {
    if !p.is_null_ptr() {
        return Err(invalid_arg(
            cx,
            name,
            format!("{name} in {} must be NULL", cx.api()),
        ));
    }
    Ok(())
}

/// `name` must be a non-empty string.
/// # Safety
/// `p` is NULL or a NUL-terminated string.
pub unsafe fn non_empty_string(cx: &Cx, p: *const std::os::raw::c_char, name: &str) -> Result<()> {
    non_null(cx, p, name)?;
    // SAFETY: not NULL, so a NUL-terminated string by the contract.
    if unsafe { *p } == 0 {
        return Err(invalid_arg(
            cx,
            name,
            format!("string {name} in {} must not be empty", cx.api()),
        ));
    }
    Ok(())
}

/// `name` must be NULL only when its size is zero.
pub fn non_null_array<P: Nullable>(cx: &Cx, p: P, size: i64, name: &str) -> Result<()> {
    if p.is_null_ptr() && size > 0 {
        return Err(invalid_arg(
            cx,
            name,
            format!("{name} in {} must not be NULL", cx.api()),
        ));
    }
    Ok(())
}

/// `name` must be > 0.
pub fn positive<N: Into<i128>>(cx: &Cx, v: N, name: &str) -> Result<()> {
    if v.into() <= 0 {
        return Err(invalid_arg(
            cx,
            name,
            format!("{name} in {} must be greater than zero", cx.api()),
        ));
    }
    Ok(())
}

/// `name` must be >= 0.
pub fn non_negative<N: Into<i128>>(cx: &Cx, v: N, name: &str) -> Result<()> {
    if v.into() < 0 {
        return Err(invalid_arg(
            cx,
            name,
            format!("{name} in {} must be zero or greater", cx.api()),
        ));
    }
    Ok(())
}

/// `name` must not be 0.
pub fn non_zero<N: Into<i128>>(cx: &Cx, v: N, name: &str) -> Result<()> {
    if v.into() == 0 {
        return Err(invalid_arg(
            cx,
            name,
            format!("{name} in {} must not be zero", cx.api()),
        ));
    }
    Ok(())
}

/// `name` must be 0. libvirt's own check for this reports the message of
/// the opposite one ("must not be zero"); callers see that text, so ours is
/// the same.
pub fn zero<N: Into<i128>>(cx: &Cx, v: N, name: &str) -> Result<()> {
    if v.into() != 0 {
        return Err(invalid_arg(
            cx,
            name,
            format!("{name} in {} must not be zero", cx.api()),
        ));
    }
    Ok(())
}

/// The connection must allow writes.
pub fn writable(cx: &Cx, c: &Handle<Connect>) -> Result<()> {
    if c.read_only {
        return Err(cx.error(
            virErrorNumber::VIR_ERR_OPERATION_DENIED,
            &format!("read only access prevents {}", cx.api()),
        ));
    }
    Ok(())
}

/// Two flags that cannot be combined.
pub fn exclusive_flags(
    cx: &Cx,
    flags: u32,
    a: u32,
    a_name: &str,
    b: u32,
    b_name: &str,
) -> Result<()> {
    if flags & a != 0 && flags & b != 0 {
        return Err(invalid_arg(
            cx,
            "flags",
            format!("Flags '{a_name}' and '{b_name}' are mutually exclusive"),
        ));
    }
    Ok(())
}

/// Flag `a` needs flag `b`.
pub fn require_flag(cx: &Cx, flags: u32, a: u32, a_name: &str, b: u32, b_name: &str) -> Result<()> {
    if flags & a != 0 && flags & b == 0 {
        return Err(invalid_arg(
            cx,
            "flags",
            format!("Flag '{b_name}' is required by flag '{a_name}'"),
        ));
    }
    Ok(())
}

/// The caller's buffer of a "get parameters" query (libvirt's
/// `virDomainGetMemoryParameters` and its kin): `nparams` must be given
/// and not negative, and `params` must be given when `*nparams` asks for
/// any. Returns `*nparams`.
///
/// # Safety
/// `nparams` is NULL or valid for a read.
pub unsafe fn param_buffer<P: Nullable>(cx: &Cx, params: P, nparams: *mut c_int) -> Result<c_int> {
    non_null(cx, nparams, "nparams")?;
    // SAFETY: not NULL, and valid for a read by this function's contract.
    let n = unsafe { *nparams };
    non_negative(cx, n, "*nparams")?;
    if n != 0 {
        non_null(cx, params, "params")?;
    }
    Ok(n)
}
