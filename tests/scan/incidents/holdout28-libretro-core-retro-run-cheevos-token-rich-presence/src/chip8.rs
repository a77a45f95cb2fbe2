const FONT: [u8; 80] = [
    0xF0, 0x90, 0x90, 0x90, 0xF0, 0x20, 0x60, 0x20, 0x20, 0x70, 0xF0, 0x10, 0xF0, 0x80, 0xF0, 0xF0, 0x10, 0xF0, 0x10, 0xF0,
    0x90, 0x90, 0xF0, 0x10, 0x10, 0xF0, 0x80, 0xF0, 0x10, 0xF0, 0xF0, 0x80, 0xF0, 0x90, 0xF0, 0xF0, 0x10, 0x20, 0x40, 0x40,
    0xF0, 0x90, 0xF0, 0x90, 0xF0, 0xF0, 0x90, 0xF0, 0x10, 0xF0, 0xF0, 0x90, 0xF0, 0x90, 0x90, 0xE0, 0x90, 0xE0, 0x90, 0xE0,
    0xF0, 0x80, 0x80, 0x80, 0xF0, 0xE0, 0x90, 0x90, 0x90, 0xE0, 0xF0, 0x80, 0xF0, 0x80, 0xF0, 0xF0, 0x80, 0xF0, 0x80, 0x80,
];

pub struct Chip8 {
    mem: [u8; 4096],
    v: [u8; 16],
    i: u16,
    pc: u16,
    stack: Vec<u16>,
    dt: u8,
    st: u8,
    gfx: [bool; 64 * 32],
    pub keys: [bool; 16],
    rom: Vec<u8>,
    rng: u32,
}

impl Chip8 {
    pub fn new(rom: &[u8]) -> Self {
        let mut c = Chip8 { mem: [0; 4096], v: [0; 16], i: 0, pc: 0x200, stack: Vec::new(), dt: 0, st: 0,
            gfx: [false; 2048], keys: [false; 16], rom: rom.to_vec(), rng: 0x1234_5678 };
        c.reset();
        c
    }

    pub fn reset(&mut self) {
        self.mem = [0; 4096];
        self.mem[..80].copy_from_slice(&FONT);
        let n = self.rom.len().min(4096 - 0x200);
        self.mem[0x200..0x200 + n].copy_from_slice(&self.rom[..n]);
        self.v = [0; 16];
        self.pc = 0x200;
        self.stack.clear();
        self.gfx = [false; 2048];
    }

    pub fn tick_timers(&mut self) {
        self.dt = self.dt.saturating_sub(1);
        self.st = self.st.saturating_sub(1);
    }

    fn rand(&mut self) -> u8 {
        self.rng ^= self.rng << 13;
        self.rng ^= self.rng >> 17;
        self.rng ^= self.rng << 5;
        self.rng as u8
    }

    pub fn step(&mut self) {
        let op = u16::from_be_bytes([self.mem[self.pc as usize & 0xfff], self.mem[(self.pc as usize + 1) & 0xfff]]);
        self.pc = self.pc.wrapping_add(2);
        let (x, y) = (((op >> 8) & 0xf) as usize, ((op >> 4) & 0xf) as usize);
        let (n, nn, nnn) = ((op & 0xf) as u8, (op & 0xff) as u8, op & 0xfff);
        match op >> 12 {
            0x0 if op == 0x00E0 => self.gfx = [false; 2048],
            0x0 if op == 0x00EE => self.pc = self.stack.pop().unwrap_or(0x200),
            0x1 => self.pc = nnn,
            0x2 => { self.stack.push(self.pc); self.pc = nnn; }
            0x3 => if self.v[x] == nn { self.pc += 2 },
            0x4 => if self.v[x] != nn { self.pc += 2 },
            0x5 => if self.v[x] == self.v[y] { self.pc += 2 },
            0x6 => self.v[x] = nn,
            0x7 => self.v[x] = self.v[x].wrapping_add(nn),
            0x8 => match n {
                0 => self.v[x] = self.v[y],
                1 => self.v[x] |= self.v[y],
                2 => self.v[x] &= self.v[y],
                3 => self.v[x] ^= self.v[y],
                4 => { let (r, c) = self.v[x].overflowing_add(self.v[y]); self.v[x] = r; self.v[15] = c as u8; }
                5 => { let (r, b) = self.v[x].overflowing_sub(self.v[y]); self.v[x] = r; self.v[15] = !b as u8; }
                6 => { let f = self.v[x] & 1; self.v[x] >>= 1; self.v[15] = f; }
                7 => { let (r, b) = self.v[y].overflowing_sub(self.v[x]); self.v[x] = r; self.v[15] = !b as u8; }
                0xE => { let f = self.v[x] >> 7; self.v[x] <<= 1; self.v[15] = f; }
                _ => {}
            },
            0x9 => if self.v[x] != self.v[y] { self.pc += 2 },
            0xA => self.i = nnn,
            0xB => self.pc = nnn + self.v[0] as u16,
            0xC => self.v[x] = self.rand() & nn,
            0xD => {
                self.v[15] = 0;
                for row in 0..n as usize {
                    let bits = self.mem[(self.i as usize + row) & 0xfff];
                    for col in 0..8 {
                        if bits & (0x80 >> col) != 0 {
                            let idx = ((self.v[y] as usize + row) % 32) * 64 + (self.v[x] as usize + col) % 64;
                            if self.gfx[idx] { self.v[15] = 1; }
                            self.gfx[idx] ^= true;
                        }
                    }
                }
            }
            0xE if nn == 0x9E => if self.keys[self.v[x] as usize & 15] { self.pc += 2 },
            0xE if nn == 0xA1 => if !self.keys[self.v[x] as usize & 15] { self.pc += 2 },
            0xF => match nn {
                0x07 => self.v[x] = self.dt,
                0x15 => self.dt = self.v[x],
                0x18 => self.st = self.v[x],
                0x1E => self.i = self.i.wrapping_add(self.v[x] as u16),
                0x29 => self.i = (self.v[x] as u16 & 0xf) * 5,
                0x33 => {
                    let i = self.i as usize & 0xfff;
                    self.mem[i] = self.v[x] / 100;
                    self.mem[(i + 1) & 0xfff] = self.v[x] / 10 % 10;
                    self.mem[(i + 2) & 0xfff] = self.v[x] % 10;
                }
                0x55 => for k in 0..=x { self.mem[(self.i as usize + k) & 0xfff] = self.v[k]; },
                0x65 => for k in 0..=x { self.v[k] = self.mem[(self.i as usize + k) & 0xfff]; },
                _ => {}
            },
            _ => {}
        }
    }

    pub fn render(&self, scale: usize) -> Vec<u32> {
        let (w, h) = (64 * scale, 32 * scale);
        let mut out = vec![0u32; w * h];
        for (i, px) in out.iter_mut().enumerate() {
            if self.gfx[(i / w / scale) * 64 + (i % w) / scale] { *px = 0x00_e0_f0_d0; }
        }
        let _ = h;
        out
    }
}
