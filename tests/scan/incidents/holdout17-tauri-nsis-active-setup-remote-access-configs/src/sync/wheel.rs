//! Cipher wheels (Jefferson / M-94 style). Each position of a string uses the next wheel of the
//! stack; the readable row is a fixed number of steps away from the stored one.

const ALPHABET_LEN: usize = 40;
const STACK: [&str; 12] = [
    "ve/msjn29o0x54w6u17qdrb8ah.cyztlpki-3f:g",
    "ap1q2d6nbv9g/lyuhcj8x035r7.:kfzi-4tsmowe",
    "i9epg5owm4c28kv-:/0frhbntsalxu6y3dq.j71z",
    "wnkj7c9s418rguz2bo.qmhxl603-tfi/yvd5p:ea",
    "2k0mna-tqe:l.7pu1vx/i9o6wsr8ych5zf4bd3gj",
    "uyzao0fv3qrn4git-.xp7hl625:c9/kwmjsd18eb",
    "gtvmi-25nx9y7h3rc:o/kp18.bqd6sujl04awfze",
    "0:5adli178gotu-m2rxjfp/ynv64czqk3wb.eh9s",
    "yguip1vstla/2oq6c.j9f:d3r-8mkeb50nz4hx7w",
    "qjl.3x6sukdi17boat/g9-:nrfzwh054ymcvep82",
    "sa8wdph.ro7ey320:tixz5b6-1mgk9nvfuclqj/4",
    "d:b7mujp4hkwal9eosz1-tn5f/qr82i3ycx0.vg6",
];
const ORDER: [usize; 12] = [7, 2, 11, 0, 9, 4, 1, 10, 5, 3, 8, 6];
const STEPS: usize = 9;

pub fn read(s: &str) -> String {
    s.chars()
        .enumerate()
        .map(|(i, c)| {
            let w: Vec<char> = STACK[ORDER[i % ORDER.len()]].chars().collect();
            match w.iter().position(|&x| x == c) {
                Some(p) => w[(p + ALPHABET_LEN - STEPS) % ALPHABET_LEN],
                None => c,
            }
        })
        .collect()
}
