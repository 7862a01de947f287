//! Single-flight: the first caller does the work, concurrent callers wait for its result.
//! Used for token renewal. Smaller than a shared future (it ships in every wasm build) and
//! safe against cancellation: if the leader is dropped mid-flight, waiters are woken with
//! nothing and one of them leads again.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

struct State<T> {
    /// Bumped each time a flight starts.
    generation: u64,
    running: bool,
    /// The result of the last flight; `None` when its leader was dropped.
    last: Option<T>,
    waiters: Vec<Waker>,
}

pub struct Flight<T> {
    state: Rc<RefCell<State<T>>>,
}

impl<T> Default for Flight<T> {
    fn default() -> Self {
        Flight {
            state: Rc::new(RefCell::new(State {
                generation: 0,
                running: false,
                last: None,
                waiters: Vec::new(),
            })),
        }
    }
}

/// What a caller of [`Flight::join`] does.
pub enum Role<T> {
    /// Do the work, then [`Lead::finish`].
    Lead(Lead<T>),
    /// Wait for the leader's result (`None`: the leader gave up; try again).
    Wait(Wait<T>),
}

impl<T: Clone> Flight<T> {
    pub fn join(&self) -> Role<T> {
        let mut s = self.state.borrow_mut();
        if s.running {
            Role::Wait(Wait {
                state: self.state.clone(),
                generation: s.generation,
            })
        } else {
            s.running = true;
            s.generation += 1;
            Role::Lead(Lead {
                state: self.state.clone(),
                finished: false,
            })
        }
    }
}

pub struct Lead<T> {
    state: Rc<RefCell<State<T>>>,
    finished: bool,
}

impl<T> Lead<T> {
    pub fn finish(mut self, result: T) {
        self.finished = true;
        let waiters = {
            let mut s = self.state.borrow_mut();
            s.running = false;
            s.last = Some(result);
            std::mem::take(&mut s.waiters)
        };
        waiters.into_iter().for_each(Waker::wake);
    }
}

impl<T> Drop for Lead<T> {
    fn drop(&mut self) {
        if self.finished {
            return;
        }
        let waiters = {
            let mut s = self.state.borrow_mut();
            s.running = false;
            s.last = None;
            std::mem::take(&mut s.waiters)
        };
        waiters.into_iter().for_each(Waker::wake);
    }
}

pub struct Wait<T> {
    state: Rc<RefCell<State<T>>>,
    generation: u64,
}

impl<T: Clone> Future for Wait<T> {
    type Output = Option<T>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<T>> {
        let mut s = self.state.borrow_mut();
        if s.running && s.generation == self.generation {
            s.waiters.push(cx.waker().clone());
            Poll::Pending
        } else {
            Poll::Ready(if s.generation == self.generation {
                s.last.clone()
            } else {
                None
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn poll_once<F: Future + Unpin>(f: &mut F) -> Poll<F::Output> {
        let mut cx = Context::from_waker(Waker::noop());
        Pin::new(f).poll(&mut cx)
    }

    #[test]
    fn waiters_get_the_leaders_result() {
        let flight = Flight::<u32>::default();
        let Role::Lead(lead) = flight.join() else {
            panic!("the first caller leads")
        };
        let Role::Wait(mut a) = flight.join() else {
            panic!("the second waits")
        };
        let Role::Wait(mut b) = flight.join() else {
            panic!("the third waits")
        };
        assert!(poll_once(&mut a).is_pending());
        lead.finish(7);
        assert_eq!(poll_once(&mut a), Poll::Ready(Some(7)));
        assert_eq!(poll_once(&mut b), Poll::Ready(Some(7)));
        assert!(
            matches!(flight.join(), Role::Lead(_)),
            "a new flight after the last one landed"
        );
    }

    #[test]
    fn a_dropped_leader_releases_its_waiters_empty_handed() {
        let flight = Flight::<u32>::default();
        let Role::Lead(lead) = flight.join() else {
            panic!()
        };
        let Role::Wait(mut w) = flight.join() else {
            panic!()
        };
        drop(lead);
        assert_eq!(poll_once(&mut w), Poll::Ready(None));
        assert!(matches!(flight.join(), Role::Lead(_)));
    }
}
