use enum_variants_derive::Variants;

#[derive(Variants, Debug, PartialEq, Clone, Copy)]
enum Suit { Clubs, Diamonds, Hearts, Spades }

#[test]
fn names_round_trip() {
    assert_eq!(Suit::COUNT, 4);
    for s in Suit::VARIANTS { assert_eq!(Suit::from_name(s.name()), Some(s)); }
}
