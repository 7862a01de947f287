//! Load generator for the real-time channel: N SignalR 2 WebSocket clients, each monitoring
//! K queues, while queue states change R times a second through the admin endpoint. Reports
//! delivered events/s, the latency from each change's request to its arrival at each
//! client (p50/p90/p99/max), losses, and the simulator's CPU and memory from /proc.
//!
//! `scripts/bench/signalr-fanout.sh` runs it against a `--profile sim` build:
//!
//! ```sh
//! cargo run --release -p micc-sim --example signalr_load -- \
//!     --url http://127.0.0.1:PORT --pid SIM_PID --clients 500 --per-client 20 --rate 200 --duration 20
//! ```

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use futures::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;
use tokio::sync::Semaphore;
use tokio_tungstenite::tungstenite::Message;

type Error = Box<dyn std::error::Error + Send + Sync>;

struct Args {
    url: String,
    pid: Option<u32>,
    clients: usize,
    per_client: usize,
    rate: f64,
    duration: f64,
    warmup: f64,
    drivers: usize,
    clk_tck: f64,
}

fn args() -> Result<Args, Error> {
    let mut a = Args {
        url: String::new(),
        pid: None,
        clients: 500,
        per_client: 20,
        rate: 200.0,
        duration: 20.0,
        warmup: 3.0,
        drivers: 4,
        clk_tck: 100.0,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--url" => a.url = value()?,
            "--pid" => a.pid = Some(value()?.parse()?),
            "--clients" => a.clients = value()?.parse()?,
            "--per-client" => a.per_client = value()?.parse()?,
            "--rate" => a.rate = value()?.parse()?,
            "--duration" => a.duration = value()?.parse()?,
            "--warmup" => a.warmup = value()?.parse()?,
            "--drivers" => a.drivers = value()?.parse()?,
            "--clk-tck" => a.clk_tck = value()?.parse()?,
            other => return Err(format!("unknown argument {other}").into()),
        }
    }
    if a.url.is_empty() {
        return Err("--url is required".into());
    }
    Ok(a)
}

/// A minimal HTTP/1.1 client over one keep-alive connection: the generator must not need
/// more than the simulator's own dependencies.
struct Http {
    host: String,
    stream: BufReader<TcpStream>,
}

impl Http {
    async fn connect(host: &str) -> Result<Self, Error> {
        let stream = TcpStream::connect(host).await?;
        stream.set_nodelay(true)?;
        Ok(Http {
            host: host.to_owned(),
            stream: BufReader::new(stream),
        })
    }

    async fn request(
        &mut self,
        method: &str,
        path: &str,
        content_type: Option<&str>,
        body: &str,
    ) -> Result<(u16, String), Error> {
        self.request_with(method, path, "", content_type, body)
            .await
    }

    /// `extra` is more header lines, each ending in CRLF.
    async fn request_with(
        &mut self,
        method: &str,
        path: &str,
        extra: &str,
        content_type: Option<&str>,
        body: &str,
    ) -> Result<(u16, String), Error> {
        let mut head = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nContent-Length: {}\r\n{extra}",
            self.host,
            body.len()
        );
        if let Some(ct) = content_type {
            head.push_str(&format!("Content-Type: {ct}\r\n"));
        }
        head.push_str("\r\n");
        let s = self.stream.get_mut();
        s.write_all(head.as_bytes()).await?;
        s.write_all(body.as_bytes()).await?;
        // Head, byte by byte through the buffer, up to the blank line.
        let mut raw = Vec::new();
        while !raw.ends_with(b"\r\n\r\n") {
            let b = self.stream.read_u8().await?;
            raw.push(b);
        }
        let head = String::from_utf8_lossy(&raw).into_owned();
        let status: u16 = head.split_whitespace().nth(1).ok_or("no status")?.parse()?;
        let header = |name: &str| {
            head.lines().find_map(|l| {
                let (k, v) = l.split_once(':')?;
                k.trim()
                    .eq_ignore_ascii_case(name)
                    .then(|| v.trim().to_owned())
            })
        };
        let mut body = Vec::new();
        if let Some(len) = header("content-length") {
            body.resize(len.parse()?, 0);
            self.stream.read_exact(&mut body).await?;
        } else if header("transfer-encoding").is_some_and(|t| t.eq_ignore_ascii_case("chunked")) {
            loop {
                let mut line = Vec::new();
                while !line.ends_with(b"\r\n") {
                    line.push(self.stream.read_u8().await?);
                }
                let size = usize::from_str_radix(String::from_utf8_lossy(&line).trim(), 16)?;
                let mut chunk = vec![0; size + 2];
                self.stream.read_exact(&mut chunk).await?;
                if size == 0 {
                    break;
                }
                body.extend_from_slice(&chunk[..size]);
            }
        }
        Ok((status, String::from_utf8_lossy(&body).into_owned()))
    }
}

async fn once(
    host: &str,
    method: &str,
    path: &str,
    ct: Option<&str>,
    body: &str,
) -> Result<(u16, String), Error> {
    Http::connect(host)
        .await?
        .request(method, path, ct, body)
        .await
}

fn enc(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// What every client and the drivers share.
struct Shared {
    epoch: Instant,
    /// When each queue's latest change was requested (ns since `epoch`, 0: never).
    sent_at: Vec<AtomicU64>,
    /// The state each queue's latest change set.
    expected_dnd: Vec<AtomicBool>,
    measuring: AtomicBool,
    stop: AtomicBool,
}

#[derive(Default)]
struct ClientStats {
    latencies_us: Vec<u32>,
    received: u64,
    stale: u64,
}

async fn client(
    host: String,
    token: String,
    queues: Vec<String>,
    index: Arc<HashMap<String, usize>>,
    shared: Arc<Shared>,
    ready: Arc<Semaphore>,
) -> Result<ClientStats, Error> {
    let hubs = r#"[{"name":"queuehub"}]"#;
    let session = enc(&format!("Bearer {token}"));
    let (status, body) = once(
        &host,
        "GET",
        &format!(
            "/miccsdk/signalr/negotiate?clientProtocol=2.1&sessionid={session}&connectionData={}",
            enc(hubs)
        ),
        None,
        "",
    )
    .await?;
    if status != 200 {
        return Err(format!("negotiate: {status} {body}").into());
    }
    let n: Value = serde_json::from_str(&body)?;
    let conn_token = n["ConnectionToken"].as_str().ok_or("no token")?.to_owned();
    let query = format!(
        "transport=webSockets&clientProtocol=2.1&sessionid={session}&connectionToken={}&connectionData={}",
        enc(&conn_token),
        enc(hubs)
    );
    let (mut ws, _) =
        tokio_tungstenite::connect_async(format!("ws://{host}/miccsdk/signalr/connect?{query}"))
            .await?;
    // The init frame, then start, then the monitor.
    ws.next().await.ok_or("closed before init")??;
    let (status, _) = once(
        &host,
        "GET",
        &format!("/miccsdk/signalr/start?{query}"),
        None,
        "",
    )
    .await?;
    if status != 200 {
        return Err(format!("start: {status}").into());
    }
    let call = json!({ "H": "queuehub", "M": "addStateMonitor", "A": [queues], "I": 0 });
    ws.send(Message::Text(call.to_string().into())).await?;
    loop {
        let Message::Text(t) = ws.next().await.ok_or("closed before the monitor")?? else {
            continue;
        };
        if t.contains("\"I\":\"0\"") {
            if t.contains("\"E\"") {
                return Err(format!("addStateMonitor: {t}").into());
            }
            break;
        }
    }
    ready.add_permits(1);

    let mut stats = ClientStats::default();
    while !shared.stop.load(Ordering::Relaxed) {
        let next = tokio::time::timeout(Duration::from_millis(500), ws.next()).await;
        let msg = match next {
            Err(_) => continue,
            Ok(None) => return Err("socket closed".into()),
            Ok(Some(m)) => m?,
        };
        let Message::Text(t) = msg else {
            continue;
        };
        let now = shared.epoch.elapsed().as_nanos() as u64;
        let v: Value = serde_json::from_str(&t)?;
        let Some(messages) = v.get("M").and_then(Value::as_array) else {
            continue;
        };
        if !shared.measuring.load(Ordering::Relaxed) {
            continue;
        }
        for m in messages {
            if m["M"] != "queueStateChanged" {
                continue;
            }
            let state = &m["A"][0];
            let Some(&q) = state["id"].as_str().and_then(|id| index.get(id)) else {
                continue;
            };
            let sent = shared.sent_at[q].load(Ordering::Acquire);
            stats.received += 1;
            if sent == 0
                || state["isInDoNotDisturb"].as_bool()
                    != Some(shared.expected_dnd[q].load(Ordering::Acquire))
            {
                stats.stale += 1;
                continue;
            }
            stats
                .latencies_us
                .push(((now.saturating_sub(sent)) / 1000).min(u64::from(u32::MAX)) as u32);
        }
    }
    let _ = ws.close(None).await;
    Ok(stats)
}

/// One driver: every `period`, toggles the next of its queues through the admin endpoint.
async fn driver(
    host: String,
    ids: Arc<Vec<String>>,
    shared: Arc<Shared>,
    offset: usize,
    step: usize,
    period: Duration,
    until: Instant,
) -> Result<(u64, u64, Vec<u32>), Error> {
    let mut http = Http::connect(&host).await?;
    let mut tick = tokio::time::interval(period);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
    let (mut sent, mut failed) = (0u64, 0u64);
    let mut request_us = Vec::new();
    let mut n = offset;
    while Instant::now() < until {
        tick.tick().await;
        let q = n % ids.len();
        let on = (n / ids.len()).is_multiple_of(2);
        n += step;
        shared.expected_dnd[q].store(on, Ordering::Release);
        let t0 = shared.epoch.elapsed();
        shared.sent_at[q].store(t0.as_nanos() as u64, Ordering::Release);
        let (status, _) = http
            .request(
                "POST",
                &format!("/admin/queues/{}/dnd", ids[q]),
                Some("application/json"),
                &format!("{{\"on\":{on}}}"),
            )
            .await?;
        request_us.push((shared.epoch.elapsed() - t0).as_micros() as u32);
        if status == 204 {
            sent += 1;
        } else {
            failed += 1;
        }
    }
    Ok((sent, failed, request_us))
}

/// utime + stime (clock ticks) and VmRSS, VmHWM (kB) of a process.
fn proc_usage(pid: &str) -> Option<(u64, u64, u64)> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // Fields after the parenthesised command name; utime and stime are 14th and 15th.
    let rest = stat.rsplit_once(')')?.1;
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?;
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let kb = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<u64>().ok())
    };
    Some((ticks, kb("VmRSS:")?, kb("VmHWM:")?))
}

fn percentile(sorted: &[u32], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    f64::from(sorted[i.min(sorted.len() - 1)]) / 1000.0
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let a = args()?;
    let host = a
        .url
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_owned();

    let (status, body) = once(
        &host,
        "POST",
        "/authorizationserver/token",
        Some("application/x-www-form-urlencoded"),
        "grant_type=password&username=supervisor&password=supervisor",
    )
    .await?;
    if status != 200 {
        return Err(format!("token: {status} {body}").into());
    }
    let token = serde_json::from_str::<Value>(&body)?["access_token"]
        .as_str()
        .ok_or("no access_token")?
        .to_owned();
    let (status, body) = Http::connect(&host)
        .await?
        .request_with(
            "GET",
            "/miccsdk/api/v1/queues/state",
            &format!("Authorization: Bearer {token}\r\n"),
            None,
            "",
        )
        .await?;
    if status != 200 {
        return Err(format!("queues/state: {status}").into());
    }
    let ids: Vec<String> = serde_json::from_str::<Value>(&body)?["_embedded"]["items"]
        .as_array()
        .ok_or("no items")?
        .iter()
        .filter_map(|q| q["id"].as_str().map(str::to_owned))
        .collect();
    let nq = ids.len();
    if nq < a.per_client {
        return Err(format!("only {nq} queues").into());
    }
    let index: Arc<HashMap<String, usize>> = Arc::new(
        ids.iter()
            .enumerate()
            .map(|(i, id)| (id.clone(), i))
            .collect(),
    );
    let shared = Arc::new(Shared {
        epoch: Instant::now(),
        sent_at: (0..nq).map(|_| AtomicU64::new(0)).collect(),
        expected_dnd: (0..nq).map(|_| AtomicBool::new(false)).collect(),
        measuring: AtomicBool::new(false),
        stop: AtomicBool::new(false),
    });

    // Client i watches queues i, i+s, i+2s, ... (s = queues / per_client): every queue ends
    // up with about clients * per_client / queues watchers.
    let stride = (nq / a.per_client).max(1);
    let mut watchers = vec![0u64; nq];
    let ready = Arc::new(Semaphore::new(0));
    let setup = Instant::now();
    let gate = Arc::new(Semaphore::new(64));
    let mut clients = Vec::with_capacity(a.clients);
    for i in 0..a.clients {
        let mine: Vec<usize> = (0..a.per_client).map(|k| (i + k * stride) % nq).collect();
        for &q in &mine {
            watchers[q] += 1;
        }
        let queues = mine.iter().map(|&q| ids[q].clone()).collect();
        let (host, token, index, shared, ready, gate) = (
            host.clone(),
            token.clone(),
            index.clone(),
            shared.clone(),
            ready.clone(),
            gate.clone(),
        );
        clients.push(tokio::spawn(async move {
            // Connect at most 64 at a time, as a fleet of browsers would not all at once.
            let permit = gate.acquire_owned().await;
            let r = client(host, token, queues, index, shared, ready.clone());
            drop(permit);
            r.await
        }));
    }
    let all_ready = tokio::time::timeout(
        Duration::from_secs(120),
        ready.acquire_many(a.clients as u32),
    )
    .await;
    if all_ready.is_err() {
        return Err("clients did not connect within 120 s".into());
    }
    let setup_s = setup.elapsed().as_secs_f64();

    let pid = a.pid.map(|p| p.to_string());
    let drive = |secs: f64| {
        let until = Instant::now() + Duration::from_secs_f64(secs);
        let period = Duration::from_secs_f64(a.drivers as f64 / a.rate);
        let ids = Arc::new(ids.clone());
        (0..a.drivers)
            .map(|d| {
                tokio::spawn(driver(
                    host.clone(),
                    ids.clone(),
                    shared.clone(),
                    d,
                    a.drivers,
                    period,
                    until,
                ))
            })
            .collect::<Vec<_>>()
    };
    // Warm up (not measured), then measure.
    for h in drive(a.warmup) {
        h.await??;
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let before = pid.as_deref().and_then(proc_usage);
    let me_before = proc_usage("self");
    shared.measuring.store(true, Ordering::Release);
    let started = Instant::now();
    let mut sent = 0;
    let mut failed = 0;
    let mut request_us = Vec::new();
    let mut expected = 0u64;
    for h in drive(a.duration) {
        let (s, f, r) = h.await??;
        sent += s;
        failed += f;
        request_us.extend(r);
    }
    let driven_s = started.elapsed().as_secs_f64();
    // Stragglers.
    tokio::time::sleep(Duration::from_secs(1)).await;
    shared.measuring.store(false, Ordering::Release);
    let after = pid.as_deref().and_then(proc_usage);
    let me_after = proc_usage("self");
    shared.stop.store(true, Ordering::Release);

    // Each driver step touched queue n % nq; count watchers per change sent.
    let per_change: f64 = watchers.iter().sum::<u64>() as f64 / nq as f64;
    expected += (sent as f64 * per_change).round() as u64;
    let mut latencies = Vec::new();
    let (mut received, mut stale, mut errors) = (0u64, 0u64, 0u64);
    for c in clients {
        match c.await? {
            Ok(s) => {
                received += s.received;
                stale += s.stale;
                latencies.extend(s.latencies_us);
            }
            Err(e) => {
                errors += 1;
                eprintln!("client failed: {e}");
            }
        }
    }
    latencies.sort_unstable();
    request_us.sort_unstable();

    let cpu = |b: Option<(u64, u64, u64)>, e: Option<(u64, u64, u64)>| match (b, e) {
        (Some(b), Some(e)) => format!(
            "{:.0}%",
            (e.0 - b.0) as f64 / a.clk_tck / (driven_s + 1.0) * 100.0
        ),
        _ => "n/a".into(),
    };
    let rss = after.map_or("n/a".into(), |u| format!("{:.0} MiB", u.1 as f64 / 1024.0));
    let hwm = after.map_or("n/a".into(), |u| format!("{:.0} MiB", u.2 as f64 / 1024.0));
    println!(
        "| clients | queues watched each | changes/s (sent) | events expected | events received | delivered events/s | p50 | p90 | p99 | max | lost or stale | sim CPU (of one core) | sim RSS (peak) | generator CPU |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    println!(
        "| {} | {} | {:.0} | {} | {} | {:.0} | {:.1} ms | {:.1} ms | {:.1} ms | {:.1} ms | {} | {} | {} ({}) | {} |",
        a.clients,
        a.per_client,
        sent as f64 / driven_s,
        expected,
        received,
        received as f64 / driven_s,
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.9),
        percentile(&latencies, 0.99),
        percentile(&latencies, 1.0),
        expected.saturating_sub(received - stale) + stale,
        cpu(before, after),
        rss,
        hwm,
        cpu(me_before, me_after),
    );
    println!();
    println!(
        "Setup: {} clients connected and monitoring in {setup_s:.1} s; {sent} admin changes in {driven_s:.1} s ({failed} failed, request p50 {:.1} ms, p99 {:.1} ms); {errors} client errors; {} queues, {per_change:.1} watchers per queue on average.",
        a.clients,
        percentile(&request_us, 0.5),
        percentile(&request_us, 0.99),
        nq,
    );
    Ok(())
}
