//! Debug logging as libvirt's client library does it, set from the
//! environment on first use:
//!
//! - `LIBVIRT_DEBUG`: the default level, `1`…`4` or `debug`, `info`,
//!   `warning`/`warn`, `error` (default: warning);
//! - `LIBVIRT_LOG_FILTERS`: `level:match …`, e.g. `3:remote 4:event 1:*`;
//!   `match` is a glob matched anywhere in the source name; a leading `+`
//!   (libvirt's stack-trace flag) is accepted and ignored;
//! - `LIBVIRT_LOG_OUTPUTS`: `level:stderr`, `level:file:/path`,
//!   `level:syslog:name`, `level:journald` (written to stderr here).
//!
//! A line reads `<timestamp>: <thread id>: <level> : <function>:<line> :
//! <message>` with a UTC timestamp `YYYY-MM-DD HH:MM:SS.mmm+0000`. When
//! nothing would be logged, a log call costs one relaxed atomic load.

use std::ffi::CString;
use std::fmt;
use std::io::Write;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Mutex, OnceLock};

/// A message priority, libvirt's numbering.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Priority {
    Debug = 1,
    Info = 2,
    Warn = 3,
    Error = 4,
}

impl Priority {
    /// Parses `1`…`4` or a level name.
    pub fn parse(s: &str) -> Option<Priority> {
        Some(match s {
            "1" | "debug" => Priority::Debug,
            "2" | "info" => Priority::Info,
            "3" | "warning" | "warn" => Priority::Warn,
            "4" | "error" => Priority::Error,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Priority::Debug => "debug",
            Priority::Info => "info",
            Priority::Warn => "warning",
            Priority::Error => "error",
        }
    }
}

/// `level:match`: messages from sources matching `pattern` are logged from
/// `priority` up, whatever the default level.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Filter {
    pub priority: Priority,
    /// The match, wrapped in `*…*`.
    pub pattern: String,
}

/// Where log lines go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Dest {
    Stderr,
    /// No output configured: stderr, and the first line written is
    /// preceded by the version and host name lines, as libvirt does.
    DefaultStderr,
    File(String),
    Syslog(String),
    Journald,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Output {
    pub priority: Priority,
    pub dest: Dest,
}

/// Parses `LIBVIRT_LOG_FILTERS`; `None` if any entry is malformed (libvirt
/// then ignores the whole setting).
pub fn parse_filters(s: &str) -> Option<Vec<Filter>> {
    s.split_ascii_whitespace()
        .map(|f| {
            let (level, m) = f.split_once(':')?;
            let priority = Priority::parse(level)?;
            let m = m.strip_prefix('+').unwrap_or(m);
            if m.is_empty() {
                return None;
            }
            Some(Filter {
                priority,
                pattern: format!("*{m}*"),
            })
        })
        .collect()
}

/// Parses `LIBVIRT_LOG_OUTPUTS`; `None` if any entry is malformed.
pub fn parse_outputs(s: &str) -> Option<Vec<Output>> {
    s.split_ascii_whitespace()
        .map(|o| {
            let mut parts = o.splitn(3, ':');
            let priority = Priority::parse(parts.next()?)?;
            let dest = match (parts.next()?, parts.next()) {
                ("stderr", None) => Dest::Stderr,
                ("journald", None) => Dest::Journald,
                ("file", Some(p)) if !p.is_empty() => Dest::File(p.to_string()),
                ("syslog", Some(n)) if !n.is_empty() => Dest::Syslog(n.to_string()),
                _ => return None,
            };
            Some(Output { priority, dest })
        })
        .collect()
}

/// A glob match with `*` and `?` (GLib's `g_pattern_match_simple`).
pub fn glob(pattern: &str, s: &str) -> bool {
    let (p, s) = (pattern.as_bytes(), s.as_bytes());
    let (mut pi, mut si, mut star, mut mark) = (0, 0, None, 0);
    while si < s.len() {
        if pi < p.len() && (p[pi] == b'?' || p[pi] == s[si]) {
            pi += 1;
            si += 1;
        } else if pi < p.len() && p[pi] == b'*' {
            star = Some(pi);
            mark = si;
            pi += 1;
        } else if let Some(st) = star {
            pi = st + 1;
            mark += 1;
            si = mark;
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&c| c == b'*')
}

/// The logging set-up of the process.
#[derive(Debug)]
pub struct Settings {
    pub default: Priority,
    pub filters: Vec<Filter>,
    pub outputs: Vec<Output>,
}

impl Settings {
    /// The set-up the given environment values ask for.
    pub fn from_values(debug: Option<&str>, filters: Option<&str>, outputs: Option<&str>) -> Self {
        let default = debug.and_then(Priority::parse).unwrap_or(Priority::Warn);
        let filters = filters.and_then(parse_filters).unwrap_or_default();
        let outputs = outputs
            .and_then(parse_outputs)
            .filter(|o| !o.is_empty())
            .unwrap_or_else(|| {
                vec![Output {
                    priority: default,
                    dest: Dest::DefaultStderr,
                }]
            });
        Settings {
            default,
            filters,
            outputs,
        }
    }

    /// Whether a message of `priority` from `source` passes the filters and
    /// default level.
    pub fn wanted(&self, priority: Priority, source: &str) -> bool {
        match self.filters.iter().find(|f| glob(&f.pattern, source)) {
            Some(f) => priority >= f.priority,
            None => priority >= self.default,
        }
    }

    /// The lowest priority anything could be logged at.
    fn threshold(&self) -> Priority {
        let filt = self.filters.iter().map(|f| f.priority).min();
        let base = filt.map_or(self.default, |f| f.min(self.default));
        let out = self
            .outputs
            .iter()
            .map(|o| o.priority)
            .min()
            .unwrap_or(Priority::Error);
        base.max(out)
    }
}

struct State {
    settings: Settings,
    /// Open files, one per `Dest::File` output, in output order.
    files: Mutex<Vec<Option<std::fs::File>>>,
}

static STATE: OnceLock<State> = OnceLock::new();
/// 0 until initialised, then the threshold priority.
static THRESHOLD: AtomicU8 = AtomicU8::new(0);

fn env(k: &str) -> Option<String> {
    std::env::var(k).ok().filter(|v| !v.is_empty())
}

/// Whether the user asked for log outputs (`LIBVIRT_LOG_OUTPUTS`). libvirt
/// logs errors only then: with the default output they would land on the
/// application's stderr, which the error callback already owns.
pub fn has_explicit_outputs() -> bool {
    state()
        .settings
        .outputs
        .iter()
        .any(|o| !matches!(o.dest, Dest::DefaultStderr))
}

fn state() -> &'static State {
    STATE.get_or_init(|| {
        let settings = Settings::from_values(
            env("LIBVIRT_DEBUG").as_deref(),
            env("LIBVIRT_LOG_FILTERS").as_deref(),
            env("LIBVIRT_LOG_OUTPUTS").as_deref(),
        );
        let files = settings
            .outputs
            .iter()
            .map(|o| match &o.dest {
                Dest::File(p) => std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(p)
                    .ok(),
                _ => None,
            })
            .collect();
        THRESHOLD.store(settings.threshold() as u8, Ordering::Relaxed);
        let mut files: Vec<Option<std::fs::File>> = files;
        write_file_headers(&settings, &mut files);
        State {
            settings,
            files: Mutex::new(files),
        }
    })
}

/// Each log file starts with what produced it, as libvirt's do: the library
/// version and the host name, at info level.
fn write_file_headers(settings: &Settings, files: &mut [Option<std::fs::File>]) {
    let stamp = timestamp();
    for (o, f) in settings.outputs.iter().zip(files.iter_mut()) {
        if let (Some(f), true) = (f.as_mut(), Priority::Info >= o.priority) {
            let _ = f.write_all(header(&stamp).as_bytes());
        }
    }
}

/// The two lines a log starts with: library version and host name.
fn header(stamp: &str) -> String {
    // SAFETY: gettid has no preconditions.
    let tid = unsafe { libc::syscall(libc::SYS_gettid) };
    format!(
        "{stamp}: {tid}: info : libvirt version: 9.0.0, package: oxvirt {}\n\
         {stamp}: {tid}: info : hostname: {}\n",
        env!("CARGO_PKG_VERSION"),
        hostname()
    )
}

/// The host's name as libvirt's quiet lookup gives it (canonicalised, no
/// warning).
fn hostname() -> String {
    use crate::util::hostname::{canonicalize, kernel_hostname, system_resolver};
    match kernel_hostname() {
        Ok(raw) => canonicalize(&raw, system_resolver).0,
        Err(_) => String::new(),
    }
}

/// Whether a message of `priority` could be logged at all: the cheap check
/// the macros make first.
#[inline]
pub fn enabled(priority: Priority) -> bool {
    let t = THRESHOLD.load(Ordering::Relaxed);
    if t == 0 {
        return priority as u8 >= state().settings.threshold() as u8;
    }
    priority as u8 >= t
}

/// libvirt's timestamp: UTC, millisecond precision.
pub fn timestamp() -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let secs = now.as_secs() as libc::time_t;
    // SAFETY: all-zero bytes are a valid libc::tm.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: gmtime_r only writes the tm we pass.
    unsafe { libc::gmtime_r(&secs, &mut tm) };
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}:{:02}.{:03}+0000",
        tm.tm_year + 1900,
        tm.tm_mon + 1,
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        now.subsec_millis()
    )
}

/// One formatted line, without the timestamp (libvirt's message body).
pub fn format_body(priority: Priority, func: &str, line: u32, msg: &fmt::Arguments) -> String {
    // SAFETY: gettid has no preconditions.
    let tid = unsafe { libc::syscall(libc::SYS_gettid) };
    format!("{tid}: {} : {func}:{line} : {msg}\n", priority.name())
}

/// Logs a message from `source` (the filter name, e.g. `"remote"`);
/// `func` and `line` name the place it comes from.
pub fn message(priority: Priority, source: &str, func: &str, line: u32, msg: fmt::Arguments) {
    let st = state();
    if !st.settings.wanted(priority, source) {
        return;
    }
    let body = format_body(priority, func, line, &msg);
    let stamp = timestamp();
    for (i, o) in st.settings.outputs.iter().enumerate() {
        if priority < o.priority {
            continue;
        }
        match &o.dest {
            Dest::DefaultStderr => {
                static HEADER: std::sync::Once = std::sync::Once::new();
                HEADER.call_once(|| {
                    let _ = std::io::stderr().write_all(header(&stamp).as_bytes());
                });
                let _ = std::io::stderr().write_all(format!("{stamp}: {body}").as_bytes());
            }
            Dest::Stderr | Dest::Journald => {
                let _ = std::io::stderr().write_all(format!("{stamp}: {body}").as_bytes());
            }
            Dest::File(_) => {
                let mut files = st.files.lock().unwrap_or_else(|p| p.into_inner());
                if let Some(Some(f)) = files.get_mut(i) {
                    let _ = f.write_all(format!("{stamp}: {body}").as_bytes());
                }
            }
            Dest::Syslog(name) => syslog(name, priority, &body),
        }
    }
}

/// The debug line each public API writes on entry (source `api`).
#[inline]
pub fn api_entry(name: &'static str) {
    if enabled(Priority::Debug) {
        message(Priority::Debug, "api", name, 0, format_args!("entry"));
    }
}

fn syslog(ident: &str, priority: Priority, body: &str) {
    static IDENT: OnceLock<CString> = OnceLock::new();
    let ident = IDENT.get_or_init(|| CString::new(ident).unwrap_or_default());
    let level = match priority {
        Priority::Debug => libc::LOG_DEBUG,
        Priority::Info => libc::LOG_INFO,
        Priority::Warn => libc::LOG_WARNING,
        Priority::Error => libc::LOG_ERR,
    };
    let Ok(msg) = CString::new(body) else { return };
    // SAFETY: the ident lives for the whole process, as openlog requires;
    // the format is a literal "%s".
    unsafe {
        libc::openlog(ident.as_ptr(), libc::LOG_PID, libc::LOG_DAEMON);
        libc::syslog(level, c"%s".as_ptr(), msg.as_ptr());
    }
}

/// `log_at!(priority, source, "fmt", args…)`.
#[macro_export]
macro_rules! log_at {
    ($prio:expr, $source:expr, $($arg:tt)+) => {
        if $crate::base::log::enabled($prio) {
            $crate::base::log::message($prio, $source, module_path!(), line!(), format_args!($($arg)+));
        }
    };
}

/// `log_debug!(source, "fmt", args…)`: a debug message from `source`.
#[macro_export]
macro_rules! log_debug {
    ($source:expr, $($arg:tt)+) => { $crate::log_at!($crate::base::log::Priority::Debug, $source, $($arg)+) };
}

/// `log_info!(source, "fmt", args…)`.
#[macro_export]
macro_rules! log_info {
    ($source:expr, $($arg:tt)+) => { $crate::log_at!($crate::base::log::Priority::Info, $source, $($arg)+) };
}

/// `log_warn!(source, "fmt", args…)`.
#[macro_export]
macro_rules! log_warn {
    ($source:expr, $($arg:tt)+) => { $crate::log_at!($crate::base::log::Priority::Warn, $source, $($arg)+) };
}

/// `log_error!(source, "fmt", args…)`.
#[macro_export]
macro_rules! log_error {
    ($source:expr, $($arg:tt)+) => { $crate::log_at!($crate::base::log::Priority::Error, $source, $($arg)+) };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_never_panics() {
        let seeds = ["1:stderr 2:file:/tmp/x", "3:remote 4:event +1:*", "debug"];
        for text in crate::testutil::noise(3000, &seeds) {
            let _ = parse_filters(&text);
            let _ = parse_outputs(&text);
            let _ = Priority::parse(&text);
        }
    }

    #[test]
    fn priorities() {
        assert_eq!(Priority::parse("1"), Some(Priority::Debug));
        assert_eq!(Priority::parse("warn"), Some(Priority::Warn));
        assert_eq!(Priority::parse("warning"), Some(Priority::Warn));
        assert_eq!(Priority::parse("error"), Some(Priority::Error));
        assert_eq!(Priority::parse("5"), None);
        assert_eq!(Priority::parse("DEBUG"), None);
    }

    #[test]
    fn filters() {
        let f = parse_filters("3:remote 4:event 1:+util.json 1:*").unwrap();
        assert_eq!(f.len(), 4);
        assert_eq!(
            f[0],
            Filter {
                priority: Priority::Warn,
                pattern: "*remote*".into()
            }
        );
        assert_eq!(f[2].pattern, "*util.json*");
        assert_eq!(f[3].pattern, "***");
        assert!(parse_filters("3remote").is_none());
        assert!(parse_filters("9:remote").is_none());
        assert!(parse_filters("1:").is_none());
        assert_eq!(parse_filters("").unwrap(), vec![]);
    }

    #[test]
    fn outputs() {
        let o = parse_outputs("1:stderr 2:file:/tmp/x:y 3:syslog:libvirtd 1:journald").unwrap();
        assert_eq!(
            o[0],
            Output {
                priority: Priority::Debug,
                dest: Dest::Stderr
            }
        );
        assert_eq!(o[1].dest, Dest::File("/tmp/x:y".into()));
        assert_eq!(
            o[2],
            Output {
                priority: Priority::Warn,
                dest: Dest::Syslog("libvirtd".into())
            }
        );
        assert_eq!(o[3].dest, Dest::Journald);
        for bad in [
            "stderr",
            "1:file",
            "1:file:",
            "1:syslog",
            "1:nowhere",
            "7:stderr",
            "1:stderr:x",
        ] {
            assert!(parse_outputs(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn glob_matching() {
        assert!(glob("*remote*", "rpc.remote.driver"));
        assert!(glob("*re?ote*", "remote"));
        assert!(!glob("*remote*", "event"));
        assert!(glob("***", ""));
        assert!(glob("*a*b*", "xaxxbx"));
        assert!(!glob("*a*b*", "xbxa"));
    }

    #[test]
    fn filter_and_default_levels() {
        let s = Settings::from_values(Some("3"), Some("1:remote 4:event"), None);
        assert!(s.wanted(Priority::Debug, "remote"));
        assert!(!s.wanted(Priority::Warn, "event.loop"));
        assert!(s.wanted(Priority::Warn, "util"));
        assert!(!s.wanted(Priority::Info, "util"));
        // Without outputs, stderr at the default level.
        assert_eq!(
            s.outputs,
            vec![Output {
                priority: Priority::Warn,
                dest: Dest::DefaultStderr
            }]
        );
        assert_eq!(s.threshold(), Priority::Warn);
        let s = Settings::from_values(None, Some("1:api"), Some("1:stderr"));
        assert_eq!(s.default, Priority::Warn);
        assert_eq!(s.threshold(), Priority::Debug);
        // A malformed setting is ignored as a whole.
        let s = Settings::from_values(Some("verbose"), Some("1:a bogus"), Some("1:nowhere"));
        assert_eq!(s.default, Priority::Warn);
        assert!(s.filters.is_empty());
    }

    #[test]
    fn line_shape() {
        let body = format_body(
            Priority::Debug,
            "virConnectOpen",
            12,
            &format_args!("name={}", "x"),
        );
        let (tid, rest) = body.split_once(": ").unwrap();
        assert!(tid.parse::<u64>().is_ok());
        assert_eq!(rest, "debug : virConnectOpen:12 : name=x\n");
        let ts = timestamp();
        assert_eq!(ts.len(), "2024-01-01 00:00:00.000+0000".len(), "{ts}");
        assert!(ts.ends_with("+0000"));
    }

    /// Runs in a child test process whose environment sets the log outputs.
    #[test]
    fn file_output_child() {
        if std::env::var_os("OXVIRT_LOG_CHILD").is_none() {
            return;
        }
        crate::log_debug!("remote.client", "hidden {}", 1);
        crate::log_info!("api", "shown {}", 2);
        crate::log_error!("remote", "also shown");
    }

    #[test]
    fn file_output() {
        let path = std::env::temp_dir().join(format!("oxvirt-log-{}.txt", std::process::id()));
        let _ = std::fs::remove_file(&path);
        let st = std::process::Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "base::log::tests::file_output_child",
                "--nocapture",
            ])
            .env("OXVIRT_LOG_CHILD", "1")
            .env("LIBVIRT_LOG_FILTERS", "3:remote 1:api")
            .env("LIBVIRT_LOG_OUTPUTS", format!("1:file:{}", path.display()))
            .env_remove("LIBVIRT_DEBUG")
            .status()
            .unwrap();
        assert!(st.success());
        let text = std::fs::read_to_string(&path).unwrap();
        let _ = std::fs::remove_file(&path);
        // The file starts with the version and host name lines.
        let all: Vec<&str> = text.lines().collect();
        assert!(
            all.len() > 2 && all[0].contains(": info : libvirt version: 9.0.0"),
            "{text}"
        );
        assert!(all[1].contains(": info : hostname: "), "{text}");
        let lines = &all[2..];
        assert_eq!(lines.len(), 2, "{text}");
        assert!(
            lines[0].contains(": info : virt::base::log::tests:"),
            "{text}"
        );
        assert!(lines[0].ends_with(" : shown 2"), "{text}");
        assert!(
            lines[1].contains(": error : ") && lines[1].ends_with(" : also shown"),
            "{text}"
        );
        assert!(!text.contains("hidden"));
        assert!(
            lines[0].as_bytes()[4] == b'-' && lines[0].contains("+0000: "),
            "{text}"
        );
    }
}
