//! Arbitrary impls for domain types.

mod calendar;
mod corpus;
mod relay;

use proptest::prelude::*;
use proptest::strategy::{BoxedStrategy, Strategy};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hostname(String);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Iban(String);

impl Email {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Hostname {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn label() -> impl Strategy<Value = String> {
    "[a-z][a-z0-9-]{0,14}[a-z0-9]"
}

impl Arbitrary for Hostname {
    type Parameters = ();
    type Strategy = BoxedStrategy<Self>;

    fn arbitrary_with(_: ()) -> Self::Strategy {
        (prop::collection::vec(label(), 1..4), prop::sample::select(vec!["example", "test", "invalid"]))
            .prop_map(|(labels, tld)| Hostname(format!("{}.{}", labels.join("."), tld)))
            .boxed()
    }
}

impl Arbitrary for Email {
    type Parameters = ();
    type Strategy = BoxedStrategy<Self>;

    fn arbitrary_with(_: ()) -> Self::Strategy {
        // Mix generated local parts with shapes seen in real address books (plus tags,
        // quoted parts, IDN domains) from the bundled corpus.
        let seen = corpus::local_part_shapes();
        let local = prop_oneof![
            3 => "[a-z0-9._%+-]{1,20}",
            1 => prop::sample::select(seen),
        ];
        (local, any::<Hostname>()).prop_map(|(l, h)| Email(format!("{l}@{}", h.0))).boxed()
    }
}

impl Arbitrary for Iban {
    type Parameters = ();
    type Strategy = BoxedStrategy<Self>;

    fn arbitrary_with(_: ()) -> Self::Strategy {
        ("[A-Z]{2}", "[0-9]{2}", "[A-Z0-9]{11,30}").prop_map(|(c, k, b)| Iban(format!("{c}{k}{b}"))).boxed()
    }
}
