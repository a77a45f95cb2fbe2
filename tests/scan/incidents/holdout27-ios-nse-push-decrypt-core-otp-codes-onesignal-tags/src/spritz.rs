//! Spritz (Rivest & Schuldt, 2014) sponge, used as a keystream for the insight catalogue.

const N: usize = 256;

pub(crate) struct Spritz {
    i: u8,
    j: u8,
    k: u8,
    z: u8,
    a: u8,
    w: u8,
    s: [u8; N],
}

impl Spritz {
    pub(crate) fn new() -> Self {
        let mut s = [0u8; N];
        for (v, x) in s.iter_mut().enumerate() {
            *x = v as u8;
        }
        Spritz { i: 0, j: 0, k: 0, z: 0, a: 0, w: 1, s }
    }

    pub(crate) fn absorb(&mut self, data: &[u8]) {
        for b in data {
            self.nibble(b & 15);
            self.nibble(b >> 4);
        }
    }

    fn nibble(&mut self, x: u8) {
        if self.a as usize == N / 2 {
            self.shuffle();
        }
        self.s.swap(self.a as usize, N / 2 + x as usize);
        self.a = self.a.wrapping_add(1);
    }

    fn shuffle(&mut self) {
        self.whip(2 * N);
        self.crush();
        self.whip(2 * N);
        self.crush();
        self.whip(2 * N);
        self.a = 0;
    }

    fn whip(&mut self, r: usize) {
        for _ in 0..r {
            self.update();
        }
        self.w = self.w.wrapping_add(2);
    }

    fn crush(&mut self) {
        for v in 0..N / 2 {
            if self.s[v] > self.s[N - 1 - v] {
                self.s.swap(v, N - 1 - v);
            }
        }
    }

    fn update(&mut self) {
        let s = &mut self.s;
        self.i = self.i.wrapping_add(self.w);
        self.j = self.k.wrapping_add(s[self.j.wrapping_add(s[self.i as usize]) as usize]);
        self.k = self.i.wrapping_add(self.k).wrapping_add(s[self.j as usize]);
        s.swap(self.i as usize, self.j as usize);
    }

    pub(crate) fn drip(&mut self) -> u8 {
        if self.a > 0 {
            self.shuffle();
        }
        self.update();
        let s = &self.s;
        self.z = s[self.j.wrapping_add(s[self.i.wrapping_add(s[self.z.wrapping_add(self.k) as usize]) as usize]) as usize];
        self.z
    }
}
