//! The terminal authentication behind `virConnectAuthPtrDefault`: each
//! credential is asked for on stdout and read from stdin, secrets without
//! echo, as libvirt's default callback does.

use super::convert;
use oxvirt_abi::prelude::*;
use std::io::{BufRead, Write};

/// One line from stdin without its newline; `None` at end of input or on
/// error (`Err`).
fn read_line(hidden: bool) -> Result<Option<String>, ()> {
    // SAFETY: termios calls on fd 0 with a zeroed, then filled, struct.
    let saved = unsafe {
        let mut t: libc::termios = std::mem::zeroed();
        if hidden && libc::isatty(0) == 1 && libc::tcgetattr(0, &mut t) == 0 {
            let old = t;
            t.c_lflag &= !libc::ECHO;
            libc::tcsetattr(0, libc::TCSAFLUSH, &t);
            Some(old)
        } else {
            None
        }
    };
    let mut line = String::new();
    let got = std::io::stdin().lock().read_line(&mut line);
    if let Some(old) = saved {
        // SAFETY: restores the attributes read above.
        unsafe { libc::tcsetattr(0, libc::TCSAFLUSH, &old) };
        println!();
    }
    match got {
        Ok(0) => Ok(None),
        Ok(_) => Ok(Some(line.trim_end_matches(['\n', '\r']).to_string())),
        Err(_) => Err(()),
    }
}

unsafe fn c_str(p: *const c_char) -> String {
    // SAFETY: the callers uphold this function's contract (# Safety).
    unsafe {
        if p.is_null() {
            String::new()
        } else {
            std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
        }
    }
}

/// The `virConnectAuthCallbackPtr` of `virConnectAuthPtrDefault`. An empty
/// answer (or end of input) takes the credential's default; an external
/// credential other than PolicyKit cannot be answered here.
pub unsafe extern "C" fn default_auth_callback(
    cred: virConnectCredentialPtr,
    ncred: c_uint,
    _cbdata: *mut c_void,
) -> c_int {
    use virConnectCredentialType as T;
    // SAFETY: libvirt's contract for an auth callback: `cred` holds `ncred`
    // credentials whose strings are NULL or NUL-terminated.
    let outcome = std::panic::catch_unwind(|| unsafe {
        for i in 0..ncred as usize {
            let c = &mut *cred.add(i);
            let hidden = match c.r#type {
                t if t == T::VIR_CRED_EXTERNAL as c_int => {
                    if c_str(c.challenge) != "PolicyKit" {
                        return -1;
                    }
                    // Authentication may already have happened outside us.
                    continue;
                }
                t if t == T::VIR_CRED_USERNAME as c_int
                    || t == T::VIR_CRED_AUTHNAME as c_int
                    || t == T::VIR_CRED_ECHOPROMPT as c_int
                    || t == T::VIR_CRED_REALM as c_int =>
                {
                    false
                }
                t if t == T::VIR_CRED_PASSPHRASE as c_int
                    || t == T::VIR_CRED_NOECHOPROMPT as c_int =>
                {
                    true
                }
                _ => return -1,
            };
            let mut out = std::io::stdout();
            if write!(out, "{}: ", c_str(c.prompt))
                .and_then(|_| out.flush())
                .is_err()
            {
                return -1;
            }
            let answer = match read_line(hidden) {
                Ok(Some(a)) if !a.is_empty() => a,
                Ok(_) => c_str(c.defresult),
                Err(()) => return -1,
            };
            match convert::c_dup(&answer) {
                Some(p) => {
                    c.result = p;
                    c.resultlen = answer.len() as c_uint;
                }
                None => return -1,
            }
        }
        0
    });
    outcome.unwrap_or(-1)
}
