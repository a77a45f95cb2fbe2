//! # Simple usage
//!
//! The first step is to create a `Server` object.

use std::io;
use std::net::{TcpListener, ToSocketAddrs};

pub struct Server {
    listener: TcpListener,
}

impl Server {
    /// Shortcut for a simple server on a specific address.
    pub fn http<A: ToSocketAddrs>(addr: A) -> io::Result<Server> {
        Ok(Server { listener: TcpListener::bind(addr)? })
    }

    pub fn local_addr(&self) -> io::Result<std::net::SocketAddr> {
        self.listener.local_addr()
    }
}
