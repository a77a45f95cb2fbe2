//! Protocol buffer definitions for statsrelay.

pub mod statsrelay {
    #[derive(Clone, PartialEq, prost::Message)]
    pub struct Sample {
        #[prost(string, tag = "1")]
        pub name: String,
        #[prost(double, tag = "2")]
        pub value: f64,
        #[prost(string, repeated, tag = "3")]
        pub tags: Vec<String>,
    }

    #[derive(Clone, PartialEq, prost::Message)]
    pub struct Batch {
        #[prost(message, repeated, tag = "1")]
        pub samples: Vec<Sample>,
    }
}
