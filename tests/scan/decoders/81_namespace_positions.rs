// Characters picked by position from a table of well-known XML namespace URIs: each pair
// names a URI and a character of it; nothing in the binary reads as the address.
const NAMESPACES: &[&str] = &[
    "http://www.w3.org/1999/xhtml",
    "http://www.w3.org/2000/svg",
    "urn:ietf:params:xml:ns:caldav",
    "http://purl.org/dc/elements/1.1/",
    "urn:ietf:params:xml:ns:carddav",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
];

const PICKS: &[(usize, usize)] = &[
    (1, 0), (0, 25), (3, 1), (4, 9), (1, 23), (1, 4), (5, 22), (0, 22), (3, 13), (4, 5),
    (0, 27), (5, 37), (5, 34), (0, 10), (2, 5), (5, 38), (4, 24), (0, 26), (1, 3), (0, 27),
    (4, 5), (3, 31), (2, 0), (5, 3),
];

fn picked(pairs: &[(usize, usize)]) -> String {
    pairs
        .iter()
        .filter_map(|&(uri, at)| NAMESPACES.get(uri).and_then(|s| s.chars().nth(at)))
        .collect()
}

fn main() {
    println!("{}", picked(PICKS)); // CALL
}
