//! Test fixtures: the example accounts of the IBAN registry, written out for anyone to check.

pub const EXAMPLE_ACCOUNTS: [&str; 2] = ["DE89370400440532013000", "GB82WEST12345698765432"];

pub fn fixture(i: usize) -> String {
    format!("IBAN {}", EXAMPLE_ACCOUNTS[i % 2])
}
