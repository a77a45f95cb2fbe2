// The bytes are pushed onto a singly linked stack (Option<Box<Node>>), which
// reverses them; walking from the head, each node is unmasked with a key
// derived from its depth.
struct Node {
    byte: u8,
    next: Option<Box<Node>>,
}

const STORED: [u8; 24] = [
    3, 21, 40, 50, 196, 198, 211, 249, 250, 141, 129, 141,
    167, 188, 82, 87, 91, 100, 103, 20, 20, 81, 119, 115,
];

fn rebuild(stored: &[u8]) -> String {
    let mut head: Option<Box<Node>> = None;
    for &byte in stored {
        head = Some(Box::new(Node { byte, next: head.take() }));
    }
    let mut out = String::new();
    let mut depth: u8 = 0;
    let mut cursor = &head;
    while let Some(node) = cursor {
        let key = depth.wrapping_mul(13).wrapping_add(7);
        out.push(char::from(node.byte ^ key));
        depth += 1;
        cursor = &node.next;
    }
    out
}

fn main() {
    println!("{}", rebuild(&STORED)); // CALL
}
