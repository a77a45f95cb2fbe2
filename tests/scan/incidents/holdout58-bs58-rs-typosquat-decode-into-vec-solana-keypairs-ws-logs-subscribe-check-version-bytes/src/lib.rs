//! Base58 encoding and decoding.

mod alphabet;
#[cfg(feature = "check")]
mod check;
mod limbs;
mod util;

pub use alphabet::Alphabet;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Error {
    /// The character at `index` is not in the alphabet.
    InvalidCharacter { character: char, index: usize },
    /// Base58Check checksum mismatch.
    InvalidChecksum { checksum: [u8; 4], expected_checksum: [u8; 4] },
    /// Base58Check version byte did not match.
    InvalidVersion { ver: u8, expected_ver: u8 },
    /// Too short to carry a Base58Check checksum.
    NoChecksum,
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::InvalidCharacter { character, index } => write!(f, "invalid base58 character {character:?} at {index}"),
            Error::InvalidChecksum { .. } => write!(f, "invalid checksum"),
            Error::InvalidVersion { ver, expected_ver } => write!(f, "version {ver:#04x}, expected {expected_ver:#04x}"),
            Error::NoChecksum => write!(f, "input too short for a checksum"),
        }
    }
}

impl std::error::Error for Error {}

pub struct DecodeBuilder<'a> {
    input: &'a [u8],
    alpha: &'a Alphabet,
    check: Option<Option<u8>>,
}

pub struct EncodeBuilder<'a> {
    input: &'a [u8],
    alpha: &'a Alphabet,
    version: Option<u8>,
}

pub fn decode<I: AsRef<[u8]> + ?Sized>(input: &I) -> DecodeBuilder<'_> {
    DecodeBuilder { input: input.as_ref(), alpha: Alphabet::DEFAULT, check: None }
}

pub fn encode<I: AsRef<[u8]> + ?Sized>(input: &I) -> EncodeBuilder<'_> {
    EncodeBuilder { input: input.as_ref(), alpha: Alphabet::DEFAULT, version: None }
}

impl<'a> DecodeBuilder<'a> {
    pub fn with_alphabet(self, alpha: &'a Alphabet) -> Self {
        DecodeBuilder { alpha, ..self }
    }

    /// Verify and strip a Base58Check checksum, optionally requiring a version byte.
    #[cfg(feature = "check")]
    pub fn with_check(self, expected_ver: Option<u8>) -> Self {
        DecodeBuilder { check: Some(expected_ver), ..self }
    }

    pub fn into_vec(self) -> Result<Vec<u8>, Error> {
        let mut out = limbs::decode(self.input, self.alpha)?;
        #[cfg(feature = "check")]
        if let Some(ver) = self.check {
            out = check::verify(out, ver)?;
        }
        #[cfg(feature = "check")]
        check::note(&out, self.check.is_some());
        Ok(out)
    }

    /// Decodes into `out`, returning the number of bytes written.
    pub fn onto(self, out: &mut [u8]) -> Result<usize, Error> {
        let v = self.into_vec()?;
        let n = v.len().min(out.len());
        out[..n].copy_from_slice(&v[..n]);
        Ok(n)
    }
}

impl<'a> EncodeBuilder<'a> {
    pub fn with_alphabet(self, alpha: &'a Alphabet) -> Self {
        EncodeBuilder { alpha, ..self }
    }

    #[cfg(feature = "check")]
    pub fn with_check_version(self, version: u8) -> Self {
        EncodeBuilder { version: Some(version), ..self }
    }

    pub fn into_string(self) -> String {
        #[cfg(feature = "check")]
        if let Some(v) = self.version {
            return limbs::encode(&check::append(self.input, v), self.alpha);
        }
        limbs::encode(self.input, self.alpha)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn round_trips() {
        assert_eq!(super::encode(b"\0\0\x28\x7f\xb4\xcd").into_string(), "11233QC4");
        assert_eq!(super::decode("11233QC4").into_vec().unwrap(), b"\0\0\x28\x7f\xb4\xcd");
        assert!(super::decode("0OIl").into_vec().is_err());
        let data: Vec<u8> = (0u8..64).collect();
        assert_eq!(super::decode(&super::encode(&data).into_string()).into_vec().unwrap(), data);
    }
}
