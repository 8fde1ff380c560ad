//! Values of the domain tuning calls (scheduler, vCPUs, pinning): typed
//! parameters as plain Rust values, and what `virDomainGetVcpus` answers.

/// A typed parameter's value (`virTypedParameter`'s union and type).
#[derive(Clone, Debug, PartialEq)]
pub enum TypedValue {
    Int(i32),
    UInt(u32),
    LLong(i64),
    ULLong(u64),
    Double(f64),
    Boolean(bool),
    String(String),
}

impl TypedValue {
    /// The `virTypedParameterType` of the value.
    pub fn type_code(&self) -> i32 {
        match self {
            TypedValue::Int(_) => 1,
            TypedValue::UInt(_) => 2,
            TypedValue::LLong(_) => 3,
            TypedValue::ULLong(_) => 4,
            TypedValue::Double(_) => 5,
            TypedValue::Boolean(_) => 6,
            TypedValue::String(_) => 7,
        }
    }
}

/// A named typed parameter.
#[derive(Clone, Debug, PartialEq)]
pub struct TypedParam {
    pub field: String,
    pub value: TypedValue,
}

impl TypedParam {
    pub fn new(field: impl Into<String>, value: TypedValue) -> Self {
        TypedParam {
            field: field.into(),
            value,
        }
    }
}

/// One vCPU as `virDomainGetVcpus` describes it (`virVcpuInfo`), with its
/// CPU map (`maplen` bytes as the caller asked, lowest CPU first).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VcpuInfo {
    pub number: u32,
    pub state: i32,
    pub cpu_time_ns: u64,
    pub cpu: i32,
    pub cpumap: Vec<u8>,
}

/// What a "get parameters" call with a caller's buffer answers: how many
/// parameters there are (when asked with room for none), or the
/// parameters (at most as many as the caller has room for).
#[derive(Clone, Debug, PartialEq)]
pub enum ParamsAnswer {
    Count(i32),
    Params(Vec<TypedParam>),
}

/// `virDomainControlInfo`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ControlInfo {
    pub state: u32,
    pub details: u32,
    pub state_time: u64,
}

/// One I/O thread as `virDomainGetIOThreadInfo` describes it: its id and
/// the map of CPUs it may run on, lowest CPU first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IoThreadInfo {
    pub id: u32,
    pub cpumap: Vec<u8>,
}
