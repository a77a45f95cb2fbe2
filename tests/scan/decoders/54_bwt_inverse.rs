// Burrows-Wheeler transform: only the last column of the sorted rotation
// matrix is stored, plus the row holding the original string.  A stable sort
// of that column gives the LF mapping that walks the text back out.
const LAST: &str = "escix$nilm.prp.ayamtc-ees";
const PRIMARY: usize = 5;

fn unbwt(last: &str, primary: usize) -> String {
    let l: Vec<char> = last.chars().collect();
    let mut order: Vec<usize> = (0..l.len()).collect();
    order.sort_by(|&a, &b| l[a].cmp(&l[b]));
    let mut row = primary;
    let mut text: String = (0..l.len())
        .map(|_| {
            row = order[row];
            l[row]
        })
        .collect();
    text.retain(|c| c != '$');
    text
}

fn main() {
    println!("{}", unbwt(LAST, PRIMARY)); // CALL
}
