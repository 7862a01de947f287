//! Requests as they leave: URLs, query parameters and OData checked before sending, and
//! HAL paging.

mod support;

use futures::StreamExt;
use micc_client::odata::{Filter, Literal, Order};
use micc_client::{Credentials, Error, HalPage};
use support::*;

fn client(s: &Scripted) -> micc_client::MiccClient<Scripted> {
    s.client(Credentials::token("tok"))
}

fn invalid<T: std::fmt::Debug>(r: micc_client::Result<T>) -> String {
    match r {
        Err(Error::InvalidArgument { message }) => message,
        other => panic!("expected an invalid argument, got {other:?}"),
    }
}

#[test]
fn urls_encode_path_parameters_and_odata() {
    let s = Scripted::new();
    let c = client(&s);
    assert_eq!(
        c.queues().state("Sales & Support/EU").url().unwrap(),
        "https://cc.example/miccsdk/api/v1/queues/Sales%20%26%20Support%2FEU/state"
    );
    let url = c
        .directory()
        .list()
        .filter(Filter::eq(
            "Type",
            Literal::enum_member("DirectoryEntryType", "ADUser"),
        ))
        .order_by("Name", Order::Asc)
        .top(20)
        .url()
        .unwrap();
    assert_eq!(
        url,
        "https://cc.example/miccsdk/api/v1/directory?$filter=Type%20eq%20Mitel.MiccSdk.Models.DirectoryEntryType%27ADUser%27&$orderby=Name&$top=20"
    );
    assert_eq!(
        c.employees().me().state().url().unwrap(),
        "https://cc.example/miccsdk/api/v1/employees/me/state"
    );
    let q = c
        .queues()
        .conversations("Sales")
        .param("offset", -60)
        .url()
        .unwrap();
    assert!(q.ends_with("/queues/Sales/conversations?offset=-60"), "{q}");
}

#[test]
fn bad_arguments_are_rejected_before_anything_is_sent() {
    let s = Scripted::new();
    let c = client(&s);
    let cases = [
        invalid(block_on(c.queues().state("").send())),
        invalid(block_on(c.queues().state("Sales").top(5).send())),
        invalid(block_on(
            c.queues()
                .get("Sales")
                .filter(Filter::eq("Name", "x"))
                .send(),
        )),
        invalid(block_on(
            c.queues()
                .conversations("Sales")
                .param("offset", "soon")
                .send(),
        )),
        invalid(block_on(
            c.queues()
                .conversations("Sales")
                .param("colour", "red")
                .send(),
        )),
        invalid(block_on(c.history().search().send())),
        invalid(block_on(
            c.agents()
                .states()
                .filter(Filter::eq("Name' or 1 eq 1", 1))
                .send(),
        )),
        invalid(block_on(
            c.employees()
                .me()
                .conversations()
                .param("refreshMonitors", "yes")
                .send(),
        )),
    ];
    assert!(cases.iter().all(|m| !m.is_empty()));
    assert!(s.requests().is_empty(), "nothing was sent");
    // Allowed: $expand/$select on a single OData entity; required params given.
    s.reply(ok(r#"{"Id":"x"}"#));
    block_on(c.employees().me().get().expand("state").send()).unwrap();
    s.reply(ok("{}"));
    block_on(c.chat().reply_template("Greetings\\Hello.txt").send()).unwrap();
    assert!(s.urls()[1].ends_with("/chat/replytemplates/template?filePath=Greetings%5CHello.txt"));
}

fn page(ids: std::ops::Range<u32>, count: u32) -> String {
    let items: Vec<String> = ids.map(|i| format!(r#"{{"Id":"a{i}"}}"#)).collect();
    format!(
        r#"{{"count":{count},"_links":{{}},"_embedded":{{"items":[{}]}}}}"#,
        items.join(",")
    )
}

#[test]
fn pages_are_fetched_until_count_is_reached() {
    let s = Scripted::new();
    s.reply(ok(&page(0..4, 10)))
        .reply(ok(&page(4..8, 10)))
        .reply(ok(&page(8..10, 10)));
    let c = client(&s);
    let all = block_on(c.agents().states().top(4).all(1000)).unwrap();
    let ids: Vec<String> = all.iter().filter_map(|a| a.id.clone()).collect();
    assert_eq!(ids.len(), 10);
    assert_eq!(ids[9], "a9");
    let urls = s.urls();
    assert!(urls[0].ends_with("/agents/states?$top=4"), "{urls:?}");
    assert!(urls[1].ends_with("/agents/states?$top=4&$skip=4"));
    assert!(urls[2].ends_with("/agents/states?$top=4&$skip=8"));
}

#[test]
fn paging_stops_at_the_cap_and_at_an_empty_page() {
    let s = Scripted::new();
    s.reply(ok(&page(0..4, 100))).reply(ok(&page(4..8, 100)));
    let c = client(&s);
    let capped = block_on(c.agents().states().top(4).all(6)).unwrap();
    assert_eq!(capped.len(), 6);
    assert!(
        s.urls()[1].ends_with("$top=2&$skip=4"),
        "asks only for what is missing: {:?}",
        s.urls()
    );

    let s = Scripted::new();
    s.reply(ok(&page(0..3, 50))).reply(ok(&page(0..0, 50)));
    let c = client(&s);
    let pages: Vec<_> = block_on(c.agents().states().pages(1000).collect::<Vec<_>>());
    assert_eq!(
        pages.len(),
        2,
        "stops on an empty page although count says more"
    );
    let first: &HalPage<_> = pages[0].as_ref().unwrap();
    assert_eq!(first.count, Some(50));
}

#[test]
fn paging_follows_the_servers_next_link() {
    // The server pages by 3 although asked for 5, and says where the next page starts.
    let linked = |range: std::ops::Range<u32>, next: Option<&str>| {
        let items: Vec<String> = range.map(|i| format!(r#"{{"id":"a{i}"}}"#)).collect();
        let links = next.map_or(String::new(), |href| {
            format!(r#""next":{{"href":"{href}"}}"#)
        });
        format!(
            r#"{{"count":7,"_links":{{{links}}},"_embedded":{{"items":[{}]}}}}"#,
            items.join(",")
        )
    };
    let s = Scripted::new();
    s.reply(ok(&linked(
        0..3,
        Some("/miccsdk/api/v1/agents/states?$skip=3&$top=3"),
    )))
    // An absolute link to another host: only its paging is used, never its host.
    .reply(ok(&linked(
        3..6,
        Some("https://elsewhere.example/x?%24top=3&%24skip=6"),
    )))
    .reply(ok(&linked(6..7, None)));
    let c = client(&s);
    let all = block_on(c.agents().states().top(5).all(1000)).unwrap();
    assert_eq!(all.len(), 7);
    let urls = s.urls();
    assert!(
        urls[1].ends_with("/agents/states?$top=3&$skip=3"),
        "{urls:?}"
    );
    assert!(
        urls[2].starts_with("https://cc.example/") && urls[2].ends_with("$top=3&$skip=6"),
        "{urls:?}"
    );
}
