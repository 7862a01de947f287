//! Typed access to every operation, grouped by resource:
//! `client.queues().state("Sales").send().await`, `client.employees().me().state()`,
//! `client.agents().states().filter(...).top(50).send()`.
//!
//! Each method builds a [`Call`] for one row of [`ops`], the table of the API description,
//! so every method is tied to its operationId (`tests/operations.rs` checks both ways).

mod groups;
pub mod methods;
pub mod ops;
pub mod shapes;

use crate::error::Quoted;
use std::marker::PhantomData;

use futures_util::stream::{self, Stream};
use serde::Serialize;
use serde::de::DeserializeOwned;

pub use groups::*;
use ops::{Op, ParamType};

use crate::client::MiccClient;
use crate::error::{Error, Result};
use crate::hal::HalPage;
use crate::http::Platform;
use crate::odata::{Filter, Order, Query};

/// One request being built. Nothing is sent until [`Call::send`].
#[must_use = "a call does nothing until it is sent"]
pub struct Call<'c, P, R> {
    client: &'c MiccClient<P>,
    op: &'static Op,
    args: Vec<String>,
    params: Vec<(String, String)>,
    odata: Query,
    body: Option<Result<String>>,
    _returns: PhantomData<fn() -> R>,
}

impl<'c, P: Platform + 'static, R> Call<'c, P, R> {
    pub(crate) fn new(client: &'c MiccClient<P>, op: &'static Op, args: Vec<String>) -> Self {
        Call {
            client,
            op,
            args,
            params: Vec::new(),
            odata: Query::default(),
            body: None,
            _returns: PhantomData,
        }
    }

    /// The operation this call runs.
    pub fn operation(&self) -> &'static Op {
        self.op
    }

    /// The request body in the request form (the reference's names, enum names).
    pub(crate) fn with_body<B: Serialize>(mut self, body: &B) -> Self {
        self.body = Some(
            crate::models::to_request_string(body)
                .map_err(|e| Error::invalid(format!("cannot serialize the body: {e}"))),
        );
        self
    }

    /// A raw JSON body (from the JavaScript API, already in the reference's form).
    #[cfg_attr(not(all(target_arch = "wasm32", feature = "js")), allow(dead_code))]
    pub(crate) fn with_json_body(mut self, body: String) -> Self {
        self.body = Some(Ok(body));
        self
    }

    /// One of the operation's own query parameters (e.g. `offset`, `global`, `type`).
    pub fn param(mut self, name: &str, value: impl ToString) -> Self {
        self.params.push((name.to_owned(), value.to_string()));
        self
    }

    /// All OData options at once.
    pub fn odata(mut self, query: Query) -> Self {
        self.odata = query;
        self
    }

    pub fn filter(mut self, filter: Filter) -> Self {
        self.odata.filter = Some(match self.odata.filter.take() {
            Some(f) => f.and(filter),
            None => filter,
        });
        self
    }

    pub fn order_by(mut self, property: &str, order: Order) -> Self {
        self.odata.orderby.push((property.to_owned(), order));
        self
    }

    pub fn top(mut self, n: u64) -> Self {
        self.odata.top = Some(n);
        self
    }

    pub fn skip(mut self, n: u64) -> Self {
        self.odata.skip = Some(n);
        self
    }

    pub fn expand(mut self, property: &str) -> Self {
        self.odata.expand.push(property.to_owned());
        self
    }

    pub fn select(mut self, property: &str) -> Self {
        self.odata.select.push(property.to_owned());
        self
    }

    pub fn search(mut self, text: &str) -> Self {
        self.odata.search = Some(text.to_owned());
        self
    }

    pub fn count(mut self) -> Self {
        self.odata.count = true;
        self
    }

    /// The query string pairs, checked against what the operation takes.
    pub(crate) fn query_pairs(&self) -> Result<Vec<(String, String)>> {
        check_odata(self.op, &self.odata)?;
        let mut pairs = Vec::new();
        for (name, value) in &self.params {
            let declared = self
                .op
                .query
                .iter()
                .find(|p| p.name.eq_ignore_ascii_case(name))
                .ok_or_else(|| {
                    Error::invalid(format!(
                        "{} takes no query parameter {}",
                        self.op.id,
                        Quoted(name)
                    ))
                })?;
            let ok = match declared.ty {
                ParamType::String => true,
                ParamType::Integer => value.parse::<i64>().is_ok(),
                ParamType::Boolean => matches!(value.as_str(), "true" | "false"),
            };
            if !ok {
                return Err(Error::invalid(format!(
                    "{}: {name} must be {:?}, got {}",
                    self.op.id,
                    declared.ty,
                    Quoted(value)
                )));
            }
            pairs.push((declared.name.to_owned(), value.clone()));
        }
        if let Some(missing) = self
            .op
            .query
            .iter()
            .find(|p| p.required && !pairs.iter().any(|(k, _)| k == p.name))
        {
            return Err(Error::invalid(format!(
                "{} needs the query parameter {}",
                self.op.id, missing.name
            )));
        }
        pairs.extend(self.odata.to_pairs()?);
        Ok(pairs)
    }

    /// The URL this call would request (for logging and tests; carries no token).
    pub fn url(&self) -> Result<String> {
        self.client.url(self.op, &self.args, &self.query_pairs()?)
    }

    fn prepare(self) -> Result<(&'c MiccClient<P>, &'static Op, String, Option<String>)> {
        if self.op.body && self.body.is_none() {
            return Err(Error::invalid(format!(
                "{} needs a request body",
                self.op.id
            )));
        }
        let url = self.url()?;
        let body = self.body.transpose()?;
        Ok((self.client, self.op, url, body))
    }
}

impl<P: Platform + 'static, R> Call<'_, P, R> {
    /// Sends the request and returns the body undecoded (the JavaScript API parses it with
    /// `JSON.parse` and converts it in JavaScript, js/convert.js).
    #[cfg_attr(not(all(target_arch = "wasm32", feature = "js")), allow(dead_code))]
    pub(crate) async fn send_raw(self) -> Result<String> {
        let (client, op, url, body) = self.prepare()?;
        Ok(client.execute(op, url, body).await?.body)
    }
}

impl<P: Platform + 'static, R: DeserializeOwned> Call<'_, P, R> {
    /// Sends the request and decodes the answer.
    pub async fn send(self) -> Result<R> {
        let (client, op, url, body) = self.prepare()?;
        client.call(op, url, body).await
    }
}

impl<'c, P: Platform + 'static, T: DeserializeOwned + 'c> Call<'c, P, HalPage<T>> {
    /// The pages of the collection, fetched one after the other until `count` items were
    /// seen, a page comes back empty, or `max_items` items were yielded. The first page
    /// uses this call's `$top`/`$skip` (or the server's page size).
    pub fn pages(self, max_items: usize) -> impl Stream<Item = Result<HalPage<T>>> + 'c {
        let start = self.odata.skip.unwrap_or(0);
        let state = Some((self, start, 0usize));
        stream::unfold(state, move |state| async move {
            let (call, skip, seen) = state?;
            if seen >= max_items {
                return None;
            }
            let mut query = call.odata.clone();
            query.skip = (skip > 0).then_some(skip);
            if let Some(top) = query.top {
                query.top = Some(top.min((max_items - seen) as u64));
            }
            let page = Call::<P, HalPage<T>> {
                client: call.client,
                op: call.op,
                args: call.args.clone(),
                params: call.params.clone(),
                odata: query,
                body: None,
                _returns: PhantomData,
            }
            .send()
            .await;
            match page {
                Err(e) => Some((Err(e), None)),
                Ok(page) => {
                    let n = page.items().len();
                    let total = page.count;
                    let seen_now = seen + n;
                    let done = n == 0
                        || total.is_some_and(|c| skip + n as u64 >= c)
                        || seen_now >= max_items;
                    let next = (!done).then(|| {
                        let mut call = call;
                        // The server's next link decides where the next page starts (and
                        // its size); without one, the next page follows this one.
                        let (next_skip, next_top) = page
                            .link("next")
                            .and_then(next_link_paging)
                            .unwrap_or((skip + n as u64, None));
                        if next_top.is_some() {
                            call.odata.top = next_top;
                        }
                        (call, next_skip, seen_now)
                    });
                    Some((Ok(page), next))
                }
            }
        })
    }

    /// Every item of the collection (at most `max_items`), page after page.
    pub async fn all(self, max_items: usize) -> Result<Vec<T>> {
        use futures_util::StreamExt;
        let mut out = Vec::new();
        let mut pages = std::pin::pin!(self.pages(max_items));
        while let Some(page) = pages.next().await {
            out.extend(page?.into_items());
        }
        out.truncate(max_items);
        Ok(out)
    }
}

/// `$skip` and `$top` of a HAL `next` link (absolute or relative). Only these are taken
/// from it: the request still goes to the client's own server and path, so a link to
/// another host never receives the token.
pub(crate) fn next_link_paging(href: &str) -> Option<(u64, Option<u64>)> {
    let query = href.split_once('?')?.1;
    let query = query.split('#').next().unwrap_or_default();
    let mut skip = None;
    let mut top = None;
    for pair in query.split('&') {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        let number = || value.parse::<u64>().ok().filter(|_| value.len() <= 15);
        match name {
            "$skip" | "%24skip" => skip = number(),
            "$top" | "%24top" => top = number(),
            _ => {}
        }
    }
    Some((skip?, top))
}

/// Which OData options an operation accepts: collections all of them, single OData
/// entities `$expand`/`$select`, others none. `History_GetHistory` needs `$search`.
fn check_odata(op: &Op, q: &Query) -> Result<()> {
    if !op.odata && !q.is_empty() {
        return Err(Error::invalid(format!("{} takes no OData options", op.id)));
    }
    if op.odata && !op.collection && !q.single_entity_only() {
        return Err(Error::invalid(format!(
            "{} returns one entity: only $expand and $select apply",
            op.id
        )));
    }
    if op.id == ops::HISTORY_GET_HISTORY.id && q.search.is_none() {
        return Err(Error::invalid(format!("{} needs $search", op.id)));
    }
    Ok(())
}
