//! Synchronous connection pool.

mod recycle;
pub mod workarounds;

use std::collections::VecDeque;
use std::marker::PhantomData;
use std::ops::{Deref, DerefMut};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

pub trait Manager: Send + Sync + 'static {
    type Connection: Send + 'static;
    type Error: std::error::Error + Send + 'static;

    fn connect(&self) -> Result<Self::Connection, Self::Error>;
    fn is_valid(&self, conn: &mut Self::Connection) -> bool;
    /// `server_version_num` of the connection's server, if the client exposes it.
    fn server_version(&self, _conn: &mut Self::Connection) -> Option<u32> {
        None
    }
    /// Runs a statement that resets session state (`DISCARD ALL`).
    fn reset(&self, _conn: &mut Self::Connection) -> bool {
        true
    }
}

#[derive(Debug)]
pub enum Error<E> {
    Timeout,
    Connect(E),
}

impl<E: std::fmt::Display> std::fmt::Display for Error<E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Timeout => write!(f, "timed out waiting for a connection"),
            Error::Connect(e) => write!(f, "could not connect: {e}"),
        }
    }
}

impl<E: std::error::Error> std::error::Error for Error<E> {}

struct Idle<C> {
    conn: C,
    since: Instant,
    version: Option<u32>,
}

struct State<C> {
    idle: VecDeque<Idle<C>>,
    open: usize,
}

pub(crate) struct Shared<M: Manager> {
    manager: M,
    state: Mutex<State<M::Connection>>,
    freed: Condvar,
    max_size: usize,
    idle_timeout: Duration,
    get_timeout: Duration,
    pub(crate) started: Instant,
}

pub struct Pool<M: Manager> {
    shared: Arc<Shared<M>>,
}

impl<M: Manager> Clone for Pool<M> {
    fn clone(&self) -> Self {
        Pool { shared: self.shared.clone() }
    }
}

pub struct Builder<M> {
    max_size: usize,
    idle_timeout: Duration,
    get_timeout: Duration,
    manager: PhantomData<fn() -> M>,
}

impl<M: Manager> Pool<M> {
    pub fn builder() -> Builder<M> {
        Builder { max_size: 10, idle_timeout: Duration::from_secs(600), get_timeout: Duration::from_secs(30), manager: PhantomData }
    }

    pub fn get(&self) -> Result<PooledConnection<M>, Error<M::Error>> {
        let deadline = Instant::now() + self.shared.get_timeout;
        let mut st = self.shared.state.lock().unwrap_or_else(|e| e.into_inner());
        loop {
            while let Some(mut idle) = st.idle.pop_front() {
                if idle.since.elapsed() > self.shared.idle_timeout || !self.shared.manager.is_valid(&mut idle.conn) {
                    st.open -= 1;
                    continue;
                }
                return Ok(PooledConnection { conn: Some(idle.conn), version: idle.version, shared: self.shared.clone() });
            }
            if st.open < self.shared.max_size {
                st.open += 1;
                drop(st);
                return match self.shared.manager.connect() {
                    Ok(mut conn) => {
                        let version = self.shared.manager.server_version(&mut conn);
                        Ok(PooledConnection { conn: Some(conn), version, shared: self.shared.clone() })
                    }
                    Err(e) => {
                        self.shared.state.lock().unwrap_or_else(|e| e.into_inner()).open -= 1;
                        self.shared.freed.notify_one();
                        Err(Error::Connect(e))
                    }
                };
            }
            let now = Instant::now();
            if now >= deadline {
                return Err(Error::Timeout);
            }
            st = self.shared.freed.wait_timeout(st, deadline - now).unwrap_or_else(|e| e.into_inner()).0;
        }
    }

    /// (idle, open) connection counts.
    pub fn status(&self) -> (usize, usize) {
        let st = self.shared.state.lock().unwrap_or_else(|e| e.into_inner());
        (st.idle.len(), st.open)
    }
}

impl<M: Manager> Builder<M> {
    pub fn max_size(mut self, n: usize) -> Self {
        self.max_size = n.max(1);
        self
    }

    pub fn idle_timeout(mut self, d: Duration) -> Self {
        self.idle_timeout = d;
        self
    }

    pub fn connection_timeout(mut self, d: Duration) -> Self {
        self.get_timeout = d;
        self
    }

    pub fn build(self, manager: M) -> Result<Pool<M>, Error<M::Error>> {
        let shared = Shared {
            manager,
            state: Mutex::new(State { idle: VecDeque::new(), open: 0 }),
            freed: Condvar::new(),
            max_size: self.max_size,
            idle_timeout: self.idle_timeout,
            get_timeout: self.get_timeout,
            started: Instant::now(),
        };
        Ok(Pool { shared: Arc::new(shared) })
    }
}

pub struct PooledConnection<M: Manager> {
    conn: Option<M::Connection>,
    version: Option<u32>,
    shared: Arc<Shared<M>>,
}

impl<M: Manager> Deref for PooledConnection<M> {
    type Target = M::Connection;
    fn deref(&self) -> &M::Connection {
        self.conn.as_ref().expect("connection present until drop")
    }
}

impl<M: Manager> DerefMut for PooledConnection<M> {
    fn deref_mut(&mut self) -> &mut M::Connection {
        self.conn.as_mut().expect("connection present until drop")
    }
}

impl<M: Manager> Drop for PooledConnection<M> {
    fn drop(&mut self) {
        let Some(mut conn) = self.conn.take() else { return };
        let keep = recycle::check_in(&self.shared, &mut conn, self.version);
        let mut st = self.shared.state.lock().unwrap_or_else(|e| e.into_inner());
        if keep {
            st.idle.push_back(Idle { conn, since: Instant::now(), version: self.version });
        } else {
            st.open -= 1;
        }
        drop(st);
        self.shared.freed.notify_one();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    struct Fake(AtomicUsize);

    #[derive(Debug)]
    struct Never;
    impl std::fmt::Display for Never {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("never")
        }
    }
    impl std::error::Error for Never {}

    impl Manager for Fake {
        type Connection = usize;
        type Error = Never;
        fn connect(&self) -> Result<usize, Never> {
            Ok(self.0.fetch_add(1, Ordering::SeqCst))
        }
        fn is_valid(&self, _: &mut usize) -> bool {
            true
        }
    }

    #[test]
    fn reuses_and_times_out() {
        let pool = Pool::builder().max_size(1).connection_timeout(Duration::from_millis(20)).build(Fake(AtomicUsize::new(7))).unwrap();
        {
            let c = pool.get().unwrap();
            assert_eq!(*c, 7);
            assert!(matches!(pool.get(), Err(Error::Timeout)));
        }
        assert_eq!(*pool.get().unwrap(), 7);
        assert_eq!(pool.status(), (1, 1));
    }
}
