// A board game's board, not the clipboard.
struct Board { cells: Vec<u8> }

fn clear(board: &mut Board) { board.cells.clear(); }
