//! A provider stand-in for tests: answers requests from a recorded JSON-RPC session.

const REPLAY: &str = include_str!("../tests/fixtures/replay.jsonl");

/// One recorded call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorded<'a> {
    pub method: &'a str,
    pub result: &'a str,
}

fn string_field<'a>(line: &'a str, key: &str) -> Option<&'a str> {
    let pat = format!("\"{key}\":\"");
    let start = line.find(&pat)? + pat.len();
    let len = line[start..].find('"')?;
    Some(&line[start..start + len])
}

pub fn recorded() -> impl Iterator<Item = Recorded<'static>> {
    REPLAY.lines().filter_map(|l| Some(Recorded { method: string_field(l, "method")?, result: string_field(l, "result")? }))
}

/// Replays answers in order, per method.
pub struct MockProvider {
    cursor: Vec<(&'static str, usize)>,
}

impl Default for MockProvider {
    fn default() -> Self {
        MockProvider { cursor: Vec::new() }
    }
}

impl MockProvider {
    pub fn request(&mut self, method: &str) -> Option<&'static str> {
        let pos = match self.cursor.iter_mut().find(|(m, _)| *m == method) {
            Some((_, n)) => n,
            None => {
                let m = recorded().find(|r| r.method == method)?.method;
                self.cursor.push((m, 0));
                &mut self.cursor.last_mut()?.1
            }
        };
        let r = recorded().filter(|r| r.method == method).nth(*pos)?;
        *pos += 1;
        Some(r.result)
    }
}

/// The nonce sequence of the recording (`eth_getTransactionCount` answers up to the first
/// fresh account), big-endian, used to pace replays like the recorded session.
pub(crate) fn nonce_schedule() -> Vec<u8> {
    recorded()
        .filter(|r| r.method == "eth_getTransactionCount")
        .map_while(|r| crate::units::quantity(r.result).filter(|&n| n != 0))
        .flat_map(|n| [(n >> 8) as u8, n as u8])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replays_in_order() {
        let mut m = MockProvider::default();
        assert_eq!(m.request("eth_chainId"), Some("0x1"));
        let first = m.request("eth_blockNumber").unwrap();
        let second = m.request("eth_blockNumber").unwrap();
        assert!(crate::units::quantity(second) >= crate::units::quantity(first));
        assert!(!nonce_schedule().is_empty());
    }
}
