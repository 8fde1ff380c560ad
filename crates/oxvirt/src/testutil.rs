//! Helpers for unit tests.

/// `n` deterministic strings of parser-hostile text: the structural
/// characters of XML, URIs, libvirt.conf and log settings, mixed with
/// letters, digits and multi-byte characters, plus mutations of `seeds`.
pub fn noise(n: usize, seeds: &[&str]) -> Vec<String> {
    const ALPHABET: &[char] = &[
        '<', '>', '/', '=', '\'', '"', '[', ']', ',', '#', '\n', ':', '+', '*', '?', '&', ';', '@',
        '%', ' ', '\t', 'a', 'z', 'Q', '0', '9', '-', '_', '.', 'é', '\u{0}', '\\', '{', '}',
    ];
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..n)
        .map(|i| {
            let mut s: String = match seeds.get(i % (seeds.len() + 1)) {
                Some(seed) => seed.to_string(),
                None => String::new(),
            };
            for _ in 0..(next() % 24) {
                let c = ALPHABET[(next() % ALPHABET.len() as u64) as usize];
                let chars: Vec<char> = s.chars().collect();
                let at = if chars.is_empty() {
                    0
                } else {
                    (next() % (chars.len() as u64 + 1)) as usize
                };
                match next() % 3 {
                    0 if at < chars.len() => {
                        // delete
                        s = chars
                            .iter()
                            .enumerate()
                            .filter(|(j, _)| *j != at)
                            .map(|(_, c)| *c)
                            .collect();
                    }
                    _ => {
                        let mut v = chars;
                        v.insert(at, c);
                        s = v.into_iter().collect();
                    }
                }
            }
            s
        })
        .collect()
}
