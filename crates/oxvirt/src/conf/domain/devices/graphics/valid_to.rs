//! `passwdValidTo` times: libvirt's reading (each field a C `strtol`
//! prefix) and glib's UTC calendar.

use crate::conf::xml::number;

/// `YYYY-MM-DDTHH:MM:SS` as seconds since the epoch; a date glib
/// refuses (month 13, …) counts as the epoch, as it does in libvirt.
pub fn parse_valid_to(s: &str) -> Option<i64> {
    let mut fields = [0i64; 6];
    let seps = [b'-', b'-', b'T', b':', b':'];
    let mut rest = s;
    for (i, f) in fields.iter_mut().enumerate() {
        // Each field a C `strtol` prefix that fits a C int.
        let (v, used) = number::i32_prefix(rest, 10)?;
        let r = rest.get(used..)?;
        *f = i64::from(v);
        match seps.get(i) {
            Some(sep) => {
                if r.as_bytes().first() != Some(sep) {
                    return None;
                }
                rest = r.get(1..)?;
            }
            None if !r.is_empty() => return None,
            None => {}
        }
    }
    let [y, mo, d, h, mi, se] = fields;
    let valid = (1..=9999).contains(&y)
        && (1..=12).contains(&mo)
        && d >= 1
        && d <= days_in_month(y, mo)
        && (0..24).contains(&h)
        && (0..60).contains(&mi)
        && (0..60).contains(&se);
    if !valid {
        return Some(0);
    }
    Some(days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + se)
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days from 1970-01-01 to a proleptic Gregorian date.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

pub fn format_utc(t: i64) -> String {
    let (days, secs) = (t.div_euclid(86400), t.rem_euclid(86400));
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y}-{m:02}-{d:02}T{:02}:{:02}:{:02}",
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_to_round_trips() {
        let t = parse_valid_to("2010-11-28T14:29:01").unwrap();
        assert_eq!(t, 1290954541);
        assert_eq!(format_utc(t), "2010-11-28T14:29:01");
        assert_eq!(parse_valid_to("2010-13-28T14:29:01"), Some(0));
        assert_eq!(format_utc(0), "1970-01-01T00:00:00");
        assert_eq!(parse_valid_to("2010-11-28 14:29:01"), None);
        assert_eq!(parse_valid_to("2010-11-28T14:29:01Z"), None);
        assert_eq!(parse_valid_to("2010-11-28T14:29:"), None);
        assert_eq!(parse_valid_to(" +2010-02-29T00:00:00"), Some(0));
        assert_eq!(parse_valid_to("99999999999-1-1T0:0:0"), None);
    }
}
