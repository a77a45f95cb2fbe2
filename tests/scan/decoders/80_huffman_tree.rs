// Huffman coding: the code table rebuilds a binary tree of
// Option<Box<Node>> links, and the bit stream is walked recursively.
#[derive(Default)]
struct Node {
    symbol: Option<char>,
    kids: [Option<Box<Node>>; 2],
}

const CODES: [(char, &str); 19] = [
    ('#', "10110"), ('.', "10111"), ('/', "001"), ('6', "010"),
    ('7', "11000"), (':', "0110"), ('a', "0111"), ('c', "1000"),
    ('e', "1001"), ('h', "11001"), ('i', "11010"), ('l', "11011"),
    ('m', "11100"), ('o', "11101"), ('p', "1010"), ('r', "11110"),
    ('s', "11111"), ('t', "0000"), ('x', "0001"),
];
const STREAM: &str = "11010111 10100001 10001001 10001100 10111000 01011110 01000101 11111001 01011011 10010110 01001001 01100000 11011011 10110101 1111";

fn insert(slot: &mut Option<Box<Node>>, path: &[u8], symbol: char) {
    let node = slot.get_or_insert_with(Box::default);
    match path.split_first() {
        None => node.symbol = Some(symbol),
        Some((&bit, rest)) => insert(&mut node.kids[usize::from(bit - b'0')], rest, symbol),
    }
}

fn walk(node: &Node, bits: &mut impl Iterator<Item = usize>) -> Option<char> {
    if let Some(c) = node.symbol {
        return Some(c);
    }
    let bit = bits.next()?;
    walk(node.kids[bit].as_deref()?, bits)
}

fn unhuff(codes: &[(char, &str)], stream: &str) -> String {
    let mut root = None;
    for &(symbol, path) in codes {
        insert(&mut root, path.as_bytes(), symbol);
    }
    let Some(root) = root else { return String::new() };
    let mut bits = stream
        .bytes()
        .filter(|b| matches!(b, b'0' | b'1'))
        .map(|b| usize::from(b - b'0'));
    std::iter::from_fn(|| walk(&root, &mut bits)).collect()
}

fn main() {
    println!("{}", unhuff(&CODES, STREAM)); // CALL
}
