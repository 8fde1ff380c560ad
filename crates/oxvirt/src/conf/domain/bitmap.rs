//! libvirt's CPU and node sets (`0-3,^2,8`): parsed into a sorted set and
//! written back as its canonical ranges (`0-1,3,8`).

/// The largest set member libvirt accepts in a CPU mask.
pub const CPUMASK_LEN: u32 = 16384;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Bitmap(pub Vec<u32>);

impl Bitmap {
    /// Parses libvirt's set syntax; `None` where libvirt refuses it.
    pub fn parse(s: &str, limit: u32) -> Option<Bitmap> {
        let mut set = std::collections::BTreeSet::new();
        let mut any = false;
        for part in s.split(',') {
            let part = part.trim_matches(|c: char| c.is_ascii_whitespace());
            if part.is_empty() {
                return None;
            }
            let (neg, body) = match part.strip_prefix('^') {
                Some(b) => (true, b),
                None => (false, part),
            };
            let num = |t: &str| -> Option<u32> {
                if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                t.parse::<u32>().ok().filter(|v| *v < limit)
            };
            if neg {
                set.remove(&num(body)?);
                continue;
            }
            let (a, b) = match body.split_once('-') {
                Some((a, b)) => (num(a)?, num(b)?),
                None => {
                    let v = num(body)?;
                    (v, v)
                }
            };
            if b < a {
                return None;
            }
            set.extend(a..=b);
            any = true;
        }
        any.then(|| Bitmap(set.into_iter().collect()))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl std::fmt::Display for Bitmap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut first = true;
        let mut i = 0;
        while i < self.0.len() {
            let start = self.0[i];
            let mut end = start;
            while i + 1 < self.0.len() && self.0[i + 1] == end + 1 {
                i += 1;
                end += 1;
            }
            if !first {
                f.write_str(",")?;
            }
            first = false;
            if start == end {
                write!(f, "{start}")?;
            } else {
                write!(f, "{start}-{end}")?;
            }
            i += 1;
        }
        Ok(())
    }
}

impl super::super::xml::XmlValue for Bitmap {
    fn write_xml(&self, out: &mut String) {
        use std::fmt::Write;
        let _ = write!(out, "{self}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_and_negation() {
        let b = Bitmap::parse("1-4,8-20,525,^3", CPUMASK_LEN).unwrap();
        assert_eq!(b.to_string(), "1-2,4,8-20,525");
        assert_eq!(Bitmap::parse("0", 4096).unwrap().to_string(), "0");
        for bad in ["", "a", "3-1", "1,,2", "16384", "-1"] {
            assert!(Bitmap::parse(bad, CPUMASK_LEN).is_none(), "{bad}");
        }
    }
}
