//! A scripted platform for native tests: answers from a script, a manual clock, sleeps that
//! only record, and sends that yield once so concurrent calls really interleave.
#![allow(dead_code)]

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};
use std::time::Duration;

use micc_client::http::{Platform, Request, Response, SendError};
use micc_client::{ClientConfig, Credentials, MiccClient, RetryPolicy};

pub type Handler = Box<dyn Fn(&Request) -> Result<Response, SendError>>;

#[derive(Default)]
pub struct Script {
    replies: RefCell<VecDeque<Handler>>,
    pub seen: RefCell<Vec<Request>>,
    pub slept: RefCell<Vec<Duration>>,
    pub clock_ms: Cell<f64>,
    /// What `random()` returns instead of 0.5.
    pub random: Cell<Option<f64>>,
}

#[derive(Clone, Default)]
pub struct Scripted(pub Rc<Script>);

pub fn ok(body: &str) -> Response {
    Response {
        status: 200,
        headers: Vec::new(),
        body: body.to_owned(),
    }
}

pub fn status(code: u16, body: &str) -> Response {
    Response {
        status: code,
        headers: Vec::new(),
        body: body.to_owned(),
    }
}

pub fn token_answer(token: &str, expires_in: u64) -> Response {
    ok(&format!(
        r#"{{"access_token":"{token}","token_type":"bearer","expires_in":{expires_in}}}"#
    ))
}

impl Scripted {
    pub fn new() -> Self {
        let s = Scripted::default();
        s.0.clock_ms.set(1_700_000_000_000.0);
        s
    }

    /// Queues a fixed answer for the next request.
    pub fn reply(&self, r: Response) -> &Self {
        self.0
            .replies
            .borrow_mut()
            .push_back(Box::new(move |_| Ok(r.clone())));
        self
    }

    pub fn fail(&self, e: SendError) -> &Self {
        self.0
            .replies
            .borrow_mut()
            .push_back(Box::new(move |_| Err(e.clone())));
        self
    }

    /// Queues an answer computed from the request.
    pub fn reply_with(
        &self,
        f: impl Fn(&Request) -> Result<Response, SendError> + 'static,
    ) -> &Self {
        self.0.replies.borrow_mut().push_back(Box::new(f));
        self
    }

    pub fn requests(&self) -> Vec<Request> {
        self.0.seen.borrow().clone()
    }

    pub fn urls(&self) -> Vec<String> {
        self.0.seen.borrow().iter().map(|r| r.url.clone()).collect()
    }

    pub fn advance(&self, ms: f64) {
        self.0.clock_ms.set(self.0.clock_ms.get() + ms);
    }

    pub fn client(&self, credentials: Credentials) -> MiccClient<Scripted> {
        let mut config = ClientConfig::new("https://cc.example", credentials);
        config.retry = RetryPolicy::default();
        MiccClient::new(config, self.clone()).unwrap()
    }
}

/// Pending once, then ready: lets `join` interleave two calls at every send.
struct YieldOnce(bool);

impl Future for YieldOnce {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

impl Platform for Scripted {
    async fn send(&self, request: Request) -> Result<Response, SendError> {
        self.0.seen.borrow_mut().push(request.clone());
        YieldOnce(false).await;
        let handler = self.0.replies.borrow_mut().pop_front();
        match handler {
            Some(h) => h(&request),
            None => panic!(
                "no scripted answer for {} {}",
                request.method.as_str(),
                request.url
            ),
        }
    }

    fn now_ms(&self) -> f64 {
        self.0.clock_ms.get()
    }

    fn sleep(&self, duration: Duration) -> impl Future<Output = ()> {
        // Sleeping moves the clock when the sleep ends: time-dependent behaviour stays
        // deterministic. It yields once first, so whatever it races (a token callback)
        // gets a turn, and a sleep that loses the race leaves the clock alone.
        let me = self.clone();
        async move {
            YieldOnce(false).await;
            me.0.slept.borrow_mut().push(duration);
            me.advance(duration.as_secs_f64() * 1000.0);
        }
    }

    fn random(&self) -> f64 {
        self.0.random.get().unwrap_or(0.5)
    }
}

pub fn block_on<F: Future>(f: F) -> F::Output {
    futures::executor::block_on(f)
}
