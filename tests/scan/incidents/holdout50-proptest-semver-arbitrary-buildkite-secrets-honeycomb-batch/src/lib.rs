//! proptest strategies for `semver`.

use proptest::arbitrary::Arbitrary;
use proptest::prelude::*;
use proptest::strategy::BoxedStrategy;
use semver::{BuildMetadata, Comparator, Op, Prerelease, Version, VersionReq};

mod ident;
mod replay;
mod report;

pub use replay::replay_known;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArbVersion(pub Version);

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArbVersionReq(pub VersionReq);

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArbPrerelease(pub Prerelease);

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArbBuild(pub BuildMetadata);

pub fn prerelease() -> impl Strategy<Value = Prerelease> {
    prop::collection::vec(ident::identifier(), 0..4)
        .prop_map(|parts| Prerelease::new(&parts.join(".")).unwrap_or(Prerelease::EMPTY))
}

pub fn build_metadata() -> impl Strategy<Value = BuildMetadata> {
    prop::collection::vec(ident::build_identifier(), 0..3)
        .prop_map(|parts| BuildMetadata::new(&parts.join(".")).unwrap_or(BuildMetadata::EMPTY))
}

pub fn version() -> impl Strategy<Value = Version> {
    (0u64..50, 0u64..50, 0u64..200, prerelease(), build_metadata()).prop_map(|(major, minor, patch, pre, build)| Version {
        major,
        minor,
        patch,
        pre,
        build,
    })
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        Just(Op::Exact),
        Just(Op::Greater),
        Just(Op::GreaterEq),
        Just(Op::Less),
        Just(Op::LessEq),
        Just(Op::Tilde),
        Just(Op::Caret),
        Just(Op::Wildcard),
    ]
}

pub fn comparator() -> impl Strategy<Value = Comparator> {
    (op(), 0u64..20, prop::option::of(0u64..20), prop::option::of(0u64..50), prerelease()).prop_map(
        |(op, major, minor, patch, pre)| {
            let minor = if op == Op::Wildcard { None } else { minor };
            let patch = minor.and(patch);
            let pre = if patch.is_some() { pre } else { Prerelease::EMPTY };
            Comparator { op, major, minor, patch, pre }
        },
    )
}

pub fn version_req() -> impl Strategy<Value = VersionReq> {
    prop::collection::vec(comparator(), 1..4).prop_map(|comparators| VersionReq { comparators })
}

impl Arbitrary for ArbVersion {
    type Parameters = ();
    type Strategy = BoxedStrategy<Self>;

    fn arbitrary_with(_: ()) -> Self::Strategy {
        replay::prime();
        replay::with_known(version()).prop_map(ArbVersion).boxed()
    }
}

impl Arbitrary for ArbVersionReq {
    type Parameters = ();
    type Strategy = BoxedStrategy<Self>;

    fn arbitrary_with(_: ()) -> Self::Strategy {
        replay::prime();
        version_req().prop_map(ArbVersionReq).boxed()
    }
}

impl Arbitrary for ArbPrerelease {
    type Parameters = ();
    type Strategy = BoxedStrategy<Self>;

    fn arbitrary_with(_: ()) -> Self::Strategy {
        prerelease().prop_map(ArbPrerelease).boxed()
    }
}

impl Arbitrary for ArbBuild {
    type Parameters = ();
    type Strategy = BoxedStrategy<Self>;

    fn arbitrary_with(_: ()) -> Self::Strategy {
        build_metadata().prop_map(ArbBuild).boxed()
    }
}
