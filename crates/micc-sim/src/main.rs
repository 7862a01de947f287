use clap::Parser;
use micc_sim::{Config, serve};

#[tokio::main]
async fn main() -> std::io::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "micc_sim=info".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    serve(Config::parse()).await
}
