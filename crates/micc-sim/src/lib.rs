//! micc-sim: a simulator of the Mitel CX SDK server.
//!
//! [`app`] builds the whole HTTP surface as an axum [`Router`] so tests can drive it in-process;
//! [`serve`] binds it and prints the one line harnesses wait for:
//! `micc-sim listening on http://127.0.0.1:PORT`.

pub mod config;
pub mod rest;
pub mod statics;
pub mod world;

use std::sync::Arc;

use axum::Router;
pub use config::Config;
use world::World;

/// Everything a request handler may read.
pub struct AppState {
    pub world: World,
}

pub fn app(config: &Config) -> Router {
    let state = Arc::new(AppState {
        world: World::generate(config.seed, config.queues),
    });
    Router::new()
        .nest("/miccsdk/api/v1", rest::router())
        .with_state(state)
        .merge(statics::router(config))
        .layer(statics::cors_layer(&config.allowed_origins))
}

pub async fn serve(config: Config) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind((config.host.as_str(), config.port)).await?;
    let addr = listener.local_addr()?;
    println!("micc-sim listening on http://{addr}");
    axum::serve(listener, app(&config))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}
