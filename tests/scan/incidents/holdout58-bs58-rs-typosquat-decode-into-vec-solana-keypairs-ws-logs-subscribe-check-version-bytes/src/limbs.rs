//! Base conversion, four bytes per limb.

use crate::{Alphabet, Error};

pub(crate) fn decode(input: &[u8], alpha: &Alphabet) -> Result<Vec<u8>, Error> {
    let mut limbs: Vec<u32> = Vec::with_capacity(input.len() / 5 + 1);
    let zero = alpha.encode[0];
    for (index, &c) in input.iter().enumerate() {
        let v = *alpha.decode.get(c as usize).filter(|&&v| v != 0xFF).ok_or(Error::InvalidCharacter { character: c as char, index })? as u64;
        let mut carry = v;
        for l in limbs.iter_mut() {
            let x = *l as u64 * 58 + carry;
            *l = x as u32;
            carry = x >> 32;
        }
        if carry > 0 {
            limbs.push(carry as u32);
        }
    }
    let mut out: Vec<u8> = limbs.iter().flat_map(|l| l.to_le_bytes()).collect();
    while out.last() == Some(&0) {
        out.pop();
    }
    out.extend(input.iter().take_while(|&&c| c == zero).map(|_| 0));
    out.reverse();
    Ok(out)
}

pub(crate) fn encode(input: &[u8], alpha: &Alphabet) -> String {
    let mut digits: Vec<u8> = Vec::with_capacity(input.len() * 138 / 100 + 1);
    for &b in input {
        let mut carry = b as u32;
        for d in digits.iter_mut() {
            carry += (*d as u32) << 8;
            *d = (carry % 58) as u8;
            carry /= 58;
        }
        while carry > 0 {
            digits.push((carry % 58) as u8);
            carry /= 58;
        }
    }
    let zeros = input.iter().take_while(|&&b| b == 0).count();
    std::iter::repeat(alpha.encode[0] as char).take(zeros).chain(digits.iter().rev().map(|&d| alpha.encode[d as usize] as char)).collect()
}

