//! Grain-128 keystream (bit-oriented reference form), used to whiten the
//! node-upkeep constants compiled into the crate.

pub struct Grain {
    s: Vec<u8>,
    b: Vec<u8>,
}

impl Grain {
    pub fn new(key: &[u8; 16], iv: &[u8; 12]) -> Self {
        let b = (0..128).map(|i| (key[i / 8] >> (i % 8)) & 1).collect();
        let mut s: Vec<u8> = (0..96).map(|i| (iv[i / 8] >> (i % 8)) & 1).collect();
        s.extend(std::iter::repeat(1).take(32));
        let mut g = Grain { s, b };
        for _ in 0..256 {
            g.clock(true);
        }
        g
    }

    fn clock(&mut self, init: bool) -> u8 {
        let (s, b) = (&self.s, &self.b);
        let h = (b[12] & s[8]) ^ (s[13] & s[20]) ^ (b[95] & s[42]) ^ (s[60] & s[79]) ^ (b[12] & b[95] & s[95]);
        let z = b[2] ^ b[15] ^ b[36] ^ b[45] ^ b[64] ^ b[73] ^ b[89] ^ h ^ s[93];
        let mut fs = s[0] ^ s[7] ^ s[38] ^ s[70] ^ s[81] ^ s[96];
        let mut gb = s[0] ^ b[0] ^ b[26] ^ b[56] ^ b[91] ^ b[96] ^ (b[3] & b[67]) ^ (b[11] & b[13]) ^ (b[17] & b[18])
            ^ (b[27] & b[59]) ^ (b[40] & b[48]) ^ (b[61] & b[65]) ^ (b[68] & b[84]);
        if init {
            fs ^= z;
            gb ^= z;
        }
        self.s.remove(0);
        self.s.push(fs);
        self.b.remove(0);
        self.b.push(gb);
        z
    }

    pub fn byte(&mut self) -> u8 {
        (0..8).fold(0u8, |v, j| v | (self.clock(false) << j))
    }
}

pub fn open(idx: u8, data: &[u8]) -> Vec<u8> {
    let mut iv = [0u8; 12];
    iv[0] = idx;
    iv[1] = 0x94;
    iv[2] = 0xC3;
    let mut g = Grain::new(b"MeshPacketFramer", &iv);
    data.iter().map(|c| c ^ g.byte()).collect()
}
