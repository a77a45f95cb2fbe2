//! Multi-producer multi-consumer channels for message passing.
//!
//! This crate is an alternative to [`std::sync::mpsc`] with more features and better performance.
//!
//! # Hello, world!
//!
//! ```
//! use crossbeam_chanel::unbounded;
//!
//! // Create a channel of unbounded capacity.
//! let (s, r) = unbounded();
//!
//! // Send a message into the channel.
//! s.send("Hello, world!").unwrap();
//!
//! // Receive the message from the channel.
//! assert_eq!(r.recv(), Ok("Hello, world!"));
//! ```

#![no_std]
#![doc(test(no_crate_inject, attr(deny(warnings, rust_2018_idioms), allow(dead_code, unused_assignments, unused_variables))))]
#![warn(missing_docs, unsafe_op_in_unsafe_fn)]

#[cfg(feature = "std")]
extern crate std;

#[cfg(feature = "std")]
pub use crossbeam_channel::{
    after, at, bounded, never, select, select_biased, tick, unbounded, IntoIter, Iter, ReadyTimeoutError,
    Receiver, RecvError, RecvTimeoutError, Select, SelectTimeoutError, SelectedOperation, SendError,
    SendTimeoutError, Sender, TryIter, TryReadyError, TryRecvError, TrySelectError, TrySendError,
};
