//! Reads the hand-kept `macros.h`: its sections per header, and for the
//! API file each documented macro's parameters, body, text and version.

#[derive(Debug, Clone)]
pub struct Macro {
    pub name: String,
    pub params: Option<Vec<String>>,
    pub raw: String,
    pub info: String,
    pub args: Vec<(String, String)>,
    pub since: Option<String>,
}

#[derive(Debug, Default)]
pub struct Hand {
    /// header name -> C text to paste into it.
    pub sections: Vec<(String, String)>,
    /// header name -> documented macros.
    pub macros: Vec<(String, Macro)>,
}

impl Hand {
    pub fn text_for(&self, header: &str) -> String {
        self.sections
            .iter()
            .filter(|(h, _)| h == header)
            .map(|(_, t)| t.as_str())
            .collect()
    }
}

pub fn parse(text: &str) -> Result<Hand, String> {
    let mut hand = Hand::default();
    let mut cur: Option<String> = None;
    let mut doc: Option<(String, Vec<String>)> = None;
    let mut lines = text.lines().peekable();
    let mut in_doc = false;
    let mut doc_lines: Vec<String> = Vec::new();
    while let Some(line) = lines.next() {
        let t = line.trim();
        if let Some(h) = t
            .strip_prefix("/* @header ")
            .and_then(|s| s.strip_suffix(" */"))
        {
            cur = Some(h.to_string());
            hand.sections.push((h.to_string(), String::new()));
            continue;
        }
        let Some(h) = cur.clone() else { continue };
        hand.sections.last_mut().unwrap().1.push_str(line);
        hand.sections.last_mut().unwrap().1.push('\n');
        if in_doc {
            if t.ends_with("*/") {
                in_doc = false;
                let name = doc_lines.remove(0);
                doc = Some((name, std::mem::take(&mut doc_lines)));
            } else {
                doc_lines.push(t.trim_start_matches('*').trim().to_string());
            }
            continue;
        }
        if let Some(rest) = t.strip_prefix("/** ") {
            in_doc = true;
            doc_lines = vec![rest.trim_end_matches(':').to_string()];
            continue;
        }
        let def = t.trim_start_matches('#').trim_start();
        if let Some(rest) = def.strip_prefix("define ") {
            let mut body = rest.to_string();
            while body.ends_with('\\') {
                body.pop();
                let next = lines
                    .next()
                    .ok_or("macros.h: continuation at end of file")?;
                hand.sections.last_mut().unwrap().1.push_str(next);
                hand.sections.last_mut().unwrap().1.push('\n');
                body.push(' ');
                body.push_str(next.trim());
            }
            let Some((dname, dl)) = doc.take() else {
                continue;
            };
            let (name, params, raw) = match body.find(|c: char| c == '(' || c.is_whitespace()) {
                Some(i) if body.as_bytes()[i] == b'(' => {
                    let close = body.find(')').ok_or("macros.h: unclosed parameter list")?;
                    let ps = body[i + 1..close]
                        .split(',')
                        .map(|s| s.trim().to_string())
                        .collect();
                    (
                        body[..i].to_string(),
                        Some(ps),
                        body[close + 1..].trim().to_string(),
                    )
                }
                Some(i) => (body[..i].to_string(), None, body[i..].trim().to_string()),
                None => (body.clone(), None, String::new()),
            };
            let raw = raw.split_whitespace().collect::<Vec<_>>().join(" ");
            if name != dname {
                return Err(format!("macros.h: comment for {dname} precedes {name}"));
            }
            let mut info = Vec::new();
            let mut args = Vec::new();
            let mut since = None;
            for l in dl {
                if let Some(a) = l.strip_prefix('@') {
                    let (n, d) = a.split_once(':').ok_or("macros.h: bad @arg line")?;
                    args.push((n.trim().to_string(), d.trim().to_string()));
                } else if let Some(v) = l.strip_prefix("Since:") {
                    since = Some(v.trim().to_string());
                } else if !l.is_empty() {
                    info.push(l);
                }
            }
            hand.macros.push((
                h,
                Macro {
                    name,
                    params,
                    raw,
                    info: info.join(" "),
                    args,
                    since,
                },
            ));
        }
    }
    Ok(hand)
}
