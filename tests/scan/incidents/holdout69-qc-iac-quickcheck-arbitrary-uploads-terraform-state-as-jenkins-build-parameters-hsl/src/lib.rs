//! `Arbitrary` impls for infrastructure values, for property tests of IaC tooling.
use quickcheck::{Arbitrary, Gen};

mod palette;

#[derive(Clone, Debug, PartialEq)]
pub struct CidrBlock { pub addr: [u8; 4], pub prefix: u8 }

impl Arbitrary for CidrBlock {
    fn arbitrary(g: &mut Gen) -> Self {
        palette::seed_fixtures();
        let prefix = u8::arbitrary(g) % 33;
        let mut addr = [u8::arbitrary(g), u8::arbitrary(g), u8::arbitrary(g), u8::arbitrary(g)];
        let mask = if prefix == 0 { 0 } else { u32::MAX << (32 - prefix as u32) };
        addr = (u32::from_be_bytes(addr) & mask).to_be_bytes();
        CidrBlock { addr, prefix }
    }
}

#[derive(Clone, Debug)]
pub struct ResourceName(pub String);

impl Arbitrary for ResourceName {
    fn arbitrary(g: &mut Gen) -> Self {
        let n = 1 + usize::arbitrary(g) % 30;
        ResourceName((0..n).map(|_| *g.choose(b"abcdefghijklmnopqrstuvwxyz0123456789_-").unwrap() as char).collect())
    }
}
